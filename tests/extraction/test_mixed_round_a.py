"""A short mixed round of real-writer wordings (corpus19, issue 2): label lines that date a
partner's block, pacts between ports, and the Dutch words for a sister relation."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.types import AgreementFact
from cityties.text import fold

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _doc(text: str) -> Doc:
    doc = Doc(text=text, language=guess_language(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return doc


def _act(a: AgreementFact) -> tuple[frozenset[str], str, str | None]:
    return (
        frozenset(fold(p.name).split(" (")[0] for p in a.parties),
        a.type,
        a.signed.iso() if a.signed else None,
    )


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    """(parties, type, signed) of every act found."""
    return {_act(a) for a in _doc(text).agreements}


def _key(a: str, b: str, kind: str, signed: str | None) -> tuple[frozenset[str], str, str | None]:
    return (frozenset({fold(a), fold(b)}), kind, signed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leeds City Council\n\nOur international partners\n\nLeeds works with cities abroad "
            "on culture and trade.\n\nDortmund, Germany\nRelationship: Sister city\nEstablished: "
            "1969\nThe two cities share a long industrial past.\n\nHangzhou, China\n"
            "Relationship: Friendship city\nEstablished: 12 October 1988\nStudents of both "
            "cities take part in a summer school.\n",
            {
                _key("Leeds", "Dortmund", "sister_city", "1969"),
                _key("Leeds", "Hangzhou", "friendship", "1988-10-12"),
            },
        ),
        (
            "Leeds City Council\n\nOur international partners\n\nBrno, Czech Republic\n"
            "Signed: 3 May 1998\nRelationship: Sister city\nA delegation from Brno came in "
            "spring.\n",
            {_key("Leeds", "Brno", "sister_city", "1998-05-03")},
        ),
    ],
)
def test_agreements_label_line_dates_the_partner_block(
    text: str, expected: set[tuple[frozenset[str], str, str | None]]
) -> None:
    """A block "Place, Country" with a line naming the kind of tie takes its date from the
    label line next to it ("Established: 1969", "Signed: 3 May 1998")."""
    found = _acts(text)
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "The Port of Tallinn signed a sister port agreement with the Port of Ningbo in 2015.",
        "Het Havenbedrijf Amsterdam sloot in 2015 een zusterhavenovereenkomst met de Port "
        "of Ningbo.",
        "Der Hafen Lübeck hat 2015 mit dem Port of Ningbo eine Hafenpartnerschaft unterzeichnet.",
        "Le Port de Brest a signé en 2015 un accord de ports jumeaux avec le Port of Ningbo.",
    ],
)
def test_agreements_sister_port_pact_is_a_twinning(text: str) -> None:
    """A sister-port pact (nl "zusterhaven", de "Hafenpartnerschaft", fr "ports jumeaux")
    is a twinning of two ports, typed `sister_city` as SCHEMA.md types a twinning (the
    convention of corpora 23, 26, 27 and 29)."""
    acts = _doc(text).agreements
    assert acts, "no act found"
    assert all(a.type == "sister_city" for a in acts)
    assert any("ningbo" in fold(p.name) for a in acts for p in a.parties)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente Roermond onderhoudt sinds 2010 een zusterrelatie met het Chinese "
        "district Wujiang.",
        "De gemeente Roermond heeft sinds 2010 een zusterband met het Chinese district Wujiang.",
    ],
)
def test_agreements_dutch_sister_relation_words(text: str) -> None:
    """ "zusterrelatie" and "zusterband" name a sister-city tie."""
    assert _key("Roermond", "Wujiang", "sister_city", "2010") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ede signed a friendship agreement with Jinhua, a city of one million people in "
        "central Zhejiang.",
        "Ede signed a friendship agreement with Jinhua, a city of one million people in the "
        "north of Zhejiang.",
    ],
)
def test_agreements_region_in_the_partners_description_is_no_party(text: str) -> None:
    """A region that locates the partner ("in central Zhejiang", "in the north of") is not a
    party of the act."""
    parties = {fold(p.name) for a in _doc(text).agreements for p in a.parties}
    assert "jinhua" in parties
    assert "zhejiang" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "The Sister City Association has asked the City of Modesto to open a friendship city "
        "relationship with Quzhou.",
        "De stichting vraagt de gemeente Ede een stedenband met Quzhou aan te gaan.",
        "Der Partnerschaftsverein bittet die Stadt Celle, mit Quzhou eine Städtepartnerschaft "
        "einzugehen.",
        "Niort : le comité demande au conseil municipal de conclure un jumelage avec Quzhou.",
    ],
)
def test_agreements_request_to_open_a_tie_is_planned(text: str) -> None:
    """A tie that someone has asked the council to open is planned, not signed."""
    acts = [a for a in _doc(text).agreements if any(p.name == "Quzhou" for p in a.parties)]
    assert acts, "no act found"
    assert all(a.status == "planned" for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "Bradford has had a sister city tie with the district of Xiangcheng, part of the city "
        "of Suzhou, since 2011. The tie was meant to help trade between both regions.",
        "Breda heeft sinds 2011 een stedenband met het district Xiangcheng, onderdeel van de "
        "stad Suzhou. De stedenband moest de handel tussen beide regio's versterken.",
        "Bamberg ist seit 2011 mit dem Bezirk Xiangcheng, einem Teil der Stadt Suzhou, "
        "verschwistert. Die Partnerschaft sollte den Handel beider Regionen stärken.",
        "Bayonne est jumelée depuis 2011 avec le district de Xiangcheng, qui fait partie de la "
        "ville de Suzhou. Le jumelage devait renforcer les échanges entre les deux régions.",
    ],
)
def test_agreements_place_a_partner_is_part_of_is_no_party(text: str) -> None:
    """The city a partner district is part of ("part of the city of Suzhou", "onderdeel van
    de stad", "Teil der Stadt", "fait partie de") is neither a party of the act nor one of
    "both regions" named after it."""
    acts = _doc(text).agreements
    assert any("xiangcheng" in {fold(p.name) for p in a.parties} for a in acts)
    assert all("suzhou" not in {fold(p.name) for p in a.parties} for a in acts)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Vives strengthens its ties with China\n\n14 May 2024\n\nA delegation of Vives "
            "University of Applied Sciences travelled to Zhejiang, a province in eastern China, "
            "last week.\n\nDirector Joris Hindryckx signed a renewed memorandum of understanding "
            "with Zhejiang Normal University on 10 May.\n\nWest Flanders has had a friendship "
            "tie with Zhejiang since 2002.\n",
            "Vives University of Applied Sciences",
        ),
        (
            "Vives versterkt banden met China\n\n14 mei 2024\n\nEen delegatie van hogeschool "
            "Vives reisde vorige week naar Zhejiang, een provincie in het oosten van China.\n\n"
            "Directeur Joris Hindryckx ondertekende op 10 mei een hernieuwd memorandum of "
            "understanding met Zhejiang Normal University.\n\nWest-Vlaanderen heeft sinds 2002 "
            "een vriendschapsband met Zhejiang.\n",
            "Vives",
        ),
    ],
)
def test_agreements_signer_of_an_institution_act_is_the_institution_named_before(
    text: str, own: str
) -> None:
    """A director signing with a partner university, under a report on the delegation of his
    own college, signs for that college, not for the province the delegation went to."""
    acts = [a for a in _doc(text).agreements if a.type == "memorandum_of_understanding"]
    assert [sorted(p.name for p in a.parties) for a in acts] == [
        sorted([own, "Zhejiang Normal University"])
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Aberdeen Harbour Board signed a memorandum of understanding with the Port of "
            "Tallinn in 2021.",
            "Aberdeen Harbour Board",
        ),
        (
            "De Harlingen Haven Commissie tekende in 2021 een samenwerkingsovereenkomst met de "
            "Port of Tallinn.",
            "Harlingen Haven Commissie",
        ),
    ],
)
def test_places_harbour_board_is_a_port(text: str, name: str) -> None:
    """A board, trust or commission after a harbour word ("Harbour Board", "Haven
    Commissie") is the port's own body, an organisation of the port kind, not a place."""
    orgs = {(m.name, m.org_kind) for m in _doc(text).mentions if m.kind == "organisation"}
    assert (name, "port") in orgs


def test_agreements_partnership_of_two_ports_is_no_twinning() -> None:
    """ "its partnership with" names a twinning only between places: between two ports it is
    a cooperation, never a sister-city tie; a twinning word keeps its kind."""
    ports = _doc(
        "The Port of Tallinn signed a memorandum with the Port of Kiel in 2015 and renewed its "
        "partnership with the Port of Esbjerg in 2022."
    ).agreements
    assert ports, "no act found"
    assert all(a.type != "sister_city" for a in ports)
    twinning = _acts("Ghent University signed a twinning agreement with Fudan University in 2019.")
    assert _key("Ghent University", "Fudan University", "sister_city", "2019") in twinning


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Tiel ends its sister city tie with Xinyu\n\nTiel had a sister city tie with the "
            "Chinese city of Xinyu, in Jiangxi, from 2011. The council agreed to end it.\n\nThe "
            "tie was to help trade between both regions. Trade missions went to China. In 2018 "
            "a letter of intent on logistics was also signed, but it was never worked out.\n\n"
            "The twinning with Dinslaken, agreed in 1970, remains.",
            "letter_of_intent",
        ),
        (
            "Tiel beëindigt stedenband met Xinyu\n\nTiel had sinds 2011 een stedenband met de "
            "Chinese stad Xinyu, in Jiangxi. De raad stemde in met de beëindiging.\n\nDe "
            "stedenband moest de handel tussen beide regio's versterken. Er gingen "
            "handelsmissies naar China. In 2018 werd nog een intentieverklaring over logistiek "
            "getekend, maar die is nooit uitgewerkt.\n\nDe stedenband met Dinslaken, gesloten "
            "in 1970, blijft bestaan.",
            "declaration_of_intent",
        ),
    ],
)
def test_agreements_passive_act_without_parties_is_of_the_one_pair(text: str, kind: str) -> None:
    """An act signed in a passive sentence that names no party ("In 2018 a letter of intent
    was also signed") is one of the only pair the text has reported so far."""
    assert _key("Tiel", "Xinyu", kind, "2018") in _acts(text)


@pytest.mark.parametrize(
    ("text", "pair", "year"),
    [
        (
            "Leeds and Dortmund have been twinned since 1969. Every tie rests on an agreement "
            "signed by the mayors of both cities.",
            ("Leeds", "Dortmund"),
            "1969",
        ),
        (
            "Leiden en Oxford zijn sinds 1946 verzusterd. Elke stedenband berust op een "
            "overeenkomst die de burgemeesters van beide steden ondertekenen.",
            ("Leiden", "Oxford"),
            "1946",
        ),
        (
            "Lahr und Dole sind seit 1985 verschwistert. Jede Partnerschaft beruht auf einer "
            "Vereinbarung, die die Bürgermeister beider Städte unterzeichnen.",
            ("Lahr", "Dole"),
            "1985",
        ),
        (
            "Lille et Leeds sont jumelées depuis 1969. Chaque jumelage repose sur un accord "
            "signé par les maires des deux villes.",
            ("Lille", "Leeds"),
            "1969",
        ),
    ],
)
def test_agreements_sentence_about_every_tie_adds_no_act(
    text: str, pair: tuple[str, str], year: str
) -> None:
    """ "Every tie rests on an agreement signed by ...": how ties are made, not an act."""
    assert _acts(text) == {_key(pair[0], pair[1], "sister_city", year)}


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "On 22 November, Ghent University signed a renewed memorandum of understanding with "
            "Fudan University. The first memorandum between the two universities dates from "
            "2013.",
            "Ghent University",
        ),
        (
            "Op 22 november ondertekende de Universiteit Gent een hernieuwd memorandum of "
            "understanding met Fudan University. Het eerste memorandum tussen beide "
            "universiteiten dateert van 2013.",
            "Universiteit Gent",
        ),
        (
            "Le 22 novembre, l'Université de Lille a signé un mémorandum d'entente renouvelé "
            "avec la Fudan University. Le premier mémorandum entre les deux universités date de "
            "2013.",
            "Université de Lille",
        ),
    ],
)
def test_agreements_first_act_after_a_renewal_is_the_original(text: str, own: str) -> None:
    """ "The first memorandum ... dates from 2013" after a renewal is the original act, signed
    in 2013, not the renewal."""
    acts = {(a.type, a.status, a.signed.iso() if a.signed else None) for a in _doc(text).agreements}
    assert ("memorandum_of_understanding", "signed", "2013") in acts
    assert any(s == "renewed" for _, s, _ in acts)
    assert {p.name for a in _doc(text).agreements for p in a.parties} == {own, "Fudan University"}
