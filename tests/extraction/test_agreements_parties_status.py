"""Acts' statuses and parties as other writers word them: a link ended in the past tense, a
signed act with a stated period, a person's title inside an organisation's name (issue 2)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import AgreementFact
from cityties.text import fold


def _acts(text: str) -> list[AgreementFact]:
    return list(extract(text).doc.agreements)


def _parties(act: AgreementFact) -> set[str]:
    return {fold(p.name) for p in act.parties}


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "In maart 2021 beëindigde de gemeente Gouda de stedenband met de Chinese stad Wuhan.",
            "2021-03",
        ),
        (
            "In oktober 2020 volgde de gemeente Leiden, die de stedenrelatie met Suzhou opzegde.",
            "2020-10",
        ),
        (
            "Im Juni 2021 beendete die Stadt Herne die Städtepartnerschaft mit Zhangjiagang.",
            "2021-06",
        ),
        (
            "Im Juni 2021 kündigte die Stadt Herne die Städtepartnerschaft mit Zhangjiagang.",
            "2021-06",
        ),
    ],
)
def test_agreements_ended_in_past_tense(text: str, ends: str) -> None:
    """A link ended in the past tense or in a subordinate clause ("beëindigde", "opzegde",
    "beendete", "kündigte") is ended, on the date of its sentence."""
    (act,) = _acts(text)
    assert act.status == "ended"
    assert act.ends is not None and act.ends.iso() == ends


def test_agreements_announced_is_no_ending() -> None:
    """ "kündigte ... an" announces; it ends nothing."""
    acts = _acts(
        "Im Juni 2021 kündigte die Stadt Herne eine Städtepartnerschaft mit Zhangjiagang an."
    )
    assert acts and all(a.status != "ended" for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "date 2019-11-20\nLe département du Haut-Rhin et la ville de Xianyang ont signé un "
        "accord de coopération pour la période 2020-2022.",
        "date 2019-11-20\nHaut-Rhin and Xianyang signed a cooperation agreement for the period "
        "2020-2022.",
        "date 2019-11-20\nDe provincie Limburg en Xianyang ondertekenden een "
        "samenwerkingsovereenkomst voor de periode 2020-2022.",
        "date 2019-11-20\nDer Kreis Kleve und Xianyang unterzeichneten eine "
        "Kooperationsvereinbarung für den Zeitraum 2020 bis 2022.",
    ],
)
def test_agreements_signed_for_a_period(text: str) -> None:
    """A signed act "for the period 2020-2022" is signed (not planned because the period
    starts after the page's date); the period gives its end, not its signing date."""
    (act,) = _acts(text)
    assert act.status == "signed"
    assert act.signed is None
    assert act.ends is not None and act.ends.iso() == "2022"


def test_agreements_planned_for_a_period() -> None:
    """A period of an act still to be signed leaves it planned."""
    (act,) = _acts(
        "Haut-Rhin and Xianyang will sign a cooperation agreement for the period 2020-2022."
    )
    assert act.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Chen Li, president of Fudan University, visited the University of Wollongong (UOW), "
        "where UOW Vice President Jane Moss welcomed him. The two universities signed a "
        "memorandum of understanding.",
        "Chen Li, president of Fudan University, visited the University of Wollongong (UOW), "
        "where UOW Deputy Director Jane Moss welcomed him. The two universities signed a "
        "memorandum of understanding.",
    ],
)
def test_agreements_title_fragment_no_party(text: str) -> None:
    """ "UOW Vice President Jane Moss": the title of a person of the university, whose
    acronym names it; not an organisation "UOW Vice" that signs."""
    (act,) = _acts(text)
    assert _parties(act) == {fold("Fudan University"), fold("University of Wollongong")}


@pytest.mark.parametrize(
    "text",
    [
        "Leuven en Wuhan ondertekenden in 2009 een vriendschapsverdrag. In 2018 bracht de "
        "burgemeester een werkbezoek aan zusterstad Wuhan.",
        "Leuven and Wuhan signed a friendship agreement in 2009. In 2018 the mayor paid a "
        "working visit to sister city Wuhan.",
        "Leuven und Wuhan unterzeichneten 2009 einen Freundschaftsvertrag. 2018 besuchte der "
        "Bürgermeister die Partnerstadt Wuhan.",
    ],
)
def test_agreements_sister_city_named_for_a_friendship(text: str) -> None:
    """ "zusterstad Wuhan" named in passing after a friendship treaty with Wuhan is that
    friendship under another name: one act, the friendship."""
    (act,) = _acts(text)
    assert act.type == "friendship"
    assert act.signed is not None and act.signed.iso() == "2009"


def test_agreements_sister_city_after_friendship_kept() -> None:
    """A twinning reported as an act of its own (signed, dated) after a friendship stays a
    second act."""
    acts = _acts(
        "Leuven and Wuhan signed a friendship agreement in 2009. In 2015 they signed a sister "
        "city agreement."
    )
    assert sorted(a.type for a in acts) == ["friendship", "sister_city"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Le département de l'Isère et la ville de Xianyang ont signé un accord de "
            "coopération en 2019. La ville de Grenoble a pour sa part renouvelé la convention "
            "d'amitié qui la lie depuis 2009 à la ville de Lijiang.",
            {"grenoble", "lijiang"},
        ),
        ("Le jumelage qui unit Vichy à Bad Tölz date de 1962.", {"vichy", "bad tolz"}),
    ],
)
def test_agreements_tie_binds_to_partner(text: str, pair: set[str]) -> None:
    """French "qui la lie à X", "qui unit A à B": X (B) is the partner the tie binds to, not
    a place where something happens."""
    acts = _acts(text)
    assert any(_parties(a) == pair for a in acts), [[p.name for p in a.parties] for a in acts]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Die Hochschule Emden/Leer und die Hefei University unterzeichneten 2012 eine "
            "Kooperationsvereinbarung.",
            "Hochschule Emden/Leer",
        ),
        (
            "De Hogeschool Arnhem/Nijmegen en de Universiteit van Wuhan ondertekenden in 2015 een "
            "samenwerkingsovereenkomst.",
            "Hogeschool Arnhem/Nijmegen",
        ),
    ],
)
def test_agreements_slashed_institution_name(text: str, name: str) -> None:
    """An institution named with two seats ("Hochschule Emden/Leer") signs under its whole
    name: the name is not cut at the slash."""
    (act,) = _acts(text)
    assert fold(name) in _parties(act)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Le 3 mai 2019, les présidents de Qingdao Port Group et du Grand Port Maritime de "
            "Marseille ont signé à Marseille un protocole d'accord.",
            {"qingdao port group", "grand port maritime de marseille"},
        ),
        (
            "Am 3. Mai 2019 unterzeichneten die Chefs der Qingdao Port Group und der Hamburg Port "
            "Authority in Hamburg eine Absichtserklärung.",
            {"qingdao port group", "hamburg port authority"},
        ),
    ],
)
def test_agreements_venue_is_no_party(text: str, pair: set[str]) -> None:
    """The town where two port companies sign ("à Marseille", "in Hamburg") is the venue;
    the company named after it signs."""
    (act,) = _acts(text)
    assert _parties(act) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Beschlussvorschlag:\n\n1. Die Stadt Herne geht mit der Stadt Zhangjiagang eine "
        "Städtepartnerschaft ein.\n2. Der Oberbürgermeister wird ermächtigt, die beigefügte "
        "Vereinbarung für die Stadt zu unterzeichnen.",
        "Raadsbesluit:\n\n1. De gemeente Gouda gaat een stedenband aan met Wuhan.\n2. De "
        "burgemeester wordt gemachtigd om de bijgevoegde overeenkomst namens de gemeente te "
        "ondertekenen.",
    ],
)
def test_agreements_authorised_to_sign_next(text: str) -> None:
    """A resolution's point that states the twinning, then a point that authorises the mayor
    to sign the agreement: the twinning is still to be signed."""
    acts = _acts(text)
    assert [(a.type, a.status, a.signed) for a in acts] == [("sister_city", "planned", None)]


def test_agreements_german_genitive_noun_no_party() -> None:
    """ "des Büros für Auswärtige Angelegenheiten": a German noun after "des" is no town (a
    gazetteer holds "Büros" in Sweden); "beide Städte" are the two towns named before."""
    acts = _acts(
        "Eine Delegation aus Weifang besucht Landshut. Zu ihr gehört die Direktorin des Büros "
        "für Auswärtige Angelegenheiten, Zhao Lina. Vorausgegangen war eine Absichtserklärung, "
        "mit der beide Städte 2008 ihre Zusammenarbeit vereinbart hatten."
    )
    assert acts and all(_parties(a) == {"weifang", "landshut"} for a in acts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Le président du département de la Gironde a reçu la délégation du Hubei à Bordeaux. "
            "Il a évoqué son séjour dans la province du Hubei, au cours duquel les deux "
            "collectivités avaient signé un protocole d'accord en 2019.",
            {"gironde", "hubei"},
        ),
        (
            "Ghent's mayor spent a week in Wuhan. During the stay in Wuhan the two cities signed "
            "a friendship agreement.",
            {"ghent", "wuhan"},
        ),
    ],
)
def test_agreements_both_skips_seat_town(text: str, pair: set[str]) -> None:
    """ "les deux collectivités" are the département and the province, not the town where the
    département received the delegation ("à Bordeaux"); a place named only as a venue with no
    other place of its country stays a candidate ("in Wuhan")."""
    (act,) = _acts(text)
    assert _parties(act) == pair


def test_agreements_link_kept_after_an_ended_one() -> None:
    """After a link ended by one town, "Delft houdt de band met Jinan aan" is another town's
    link, still in force."""
    acts = _acts(
        "In maart 2021 beëindigde de gemeente Gouda de stedenband met Wuhan. De gemeente Delft "
        "houdt de band met Jinan juist aan."
    )
    assert {(frozenset(_parties(a)), a.status) for a in acts} == {
        (frozenset({"gouda", "wuhan"}), "ended"),
        (frozenset({"delft", "jinan"}), "signed"),
    }
