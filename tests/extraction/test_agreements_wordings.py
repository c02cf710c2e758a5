"""Agreement wordings found missing on corpus5 (documents the rules were not written from):
terms, reaffirmations, partner lists after a dash, tables with inner bars, a fronted partner
with an adjective, dormant relations, and the document's own administration as a party."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.types import AgreementFact
from cityties.text import fold

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _agreements(text: str) -> list[AgreementFact]:
    doc = Doc(text=text, language=guess_language(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return doc.agreements


def _parties(a: AgreementFact) -> frozenset[str]:
    return frozenset(fold(p.name) for p in a.parties)


def _pairs(text: str) -> set[tuple[frozenset[str], str]]:
    return {(_parties(a), a.type) for a in _agreements(text)}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Leeds and Dortmund yesterday signed a cooperation agreement that commits both "
            "cities to sharing depot designs over three years.",
            36,
        ),
        (
            "Nijmegen en Pécs ondertekenden in maart 2025 een samenwerkingsovereenkomst. De "
            "overeenkomst loopt drie jaar.",
            36,
        ),
        (
            "Le conseil municipal approuve le renouvellement de la convention de coopération "
            "entre Grenoble et Ouagadougou pour une nouvelle période de quatre ans.",
            48,
        ),
    ],
)
def test_agreements_term_wordings(text: str, months: int) -> None:
    """ "over three years", "loopt drie jaar", "pour une nouvelle période de" state a term."""
    acts = _agreements(text)
    assert [a.duration_months for a in acts] == [months]


def test_agreements_over_more_than_is_no_term() -> None:
    """ "for over 30 years" is an age ("more than"), not a term of the act."""
    acts = _agreements(
        "Leeds and Dortmund have been twinned for over 30 years, and signed a new "
        "cooperation agreement in 2024."
    )
    assert all(a.duration_months is None for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "The mayors of Auckland and Guangzhou on 30 September 2025 reaffirmed the sister-city "
        "relationship of their cities.",
        "Les maires de Brest et de Kiel ont réaffirmé le 4 mai 2024 le jumelage entre les "
        "deux villes.",
    ],
)
def test_agreements_reaffirmed_is_renewed(text: str) -> None:
    """Reaffirming an existing act renews it."""
    acts = _agreements(text)
    assert acts and all(a.status == "renewed" for a in acts)


def test_agreements_verbal_noun_article_is_no_pronoun() -> None:
    """In "het sluiten van een intentieverklaring met Tartu" 'het' is an article: the other
    party is the deciding city, not the partner of the item before."""
    text = (
        "Gemeente Zwolle\n\nDe raad van de gemeente Zwolle besluit:\n\n"
        "1. de stedenband met Lünen te beëindigen;\n"
        "2. de vriendschapsovereenkomst met Kasama te verlengen;\n"
        "3. in te stemmen met het sluiten van een intentieverklaring met Tartu.\n"
    )
    pairs = _pairs(text)
    assert (frozenset({"zwolle", "tartu"}), "declaration_of_intent") in pairs
    assert all("kasama" not in ps or "tartu" not in ps for ps, _ in pairs)


def test_agreements_partnerships_after_dash() -> None:
    """ "Die übrigen Partnerschaften – mit A, B und C" lists sister cities of the subject."""
    pairs = _pairs(
        "Die Stadt Kiel setzt ihre Kontakte aus. Die übrigen Partnerschaften – mit Coventry, "
        "Gdynia und Tallinn – seien nicht betroffen, sagte der Oberbürgermeister von Kiel."
    )
    for partner in ("coventry", "gdynia", "tallinn"):
        assert (frozenset({"kiel", partner}), "sister_city") in pairs


def test_agreements_table_with_inner_bars() -> None:
    """A table under a heading whose cells are split by bars only inside is a partner list."""
    text = (
        "Partnerstädte der Stadt Ludwigsburg\n\n"
        "Stadt          | Land            | Partnerschaft seit\n"
        "Jewpatorija    | Ukraine         | 1990\n"
        "Coventry       | England         | 1960\n"
    )
    found = {(_parties(a), a.signed.iso() if a.signed else None) for a in _agreements(text)}
    assert (frozenset({"ludwigsburg", "jewpatorija"}), "1990") in found
    assert (frozenset({"ludwigsburg", "coventry"}), "1960") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Partnerstädte der Stadt Ludwigsburg\n\n- Coventry (England), seit 1960\n"
            "- Jewpatorija (Ukraine), seit 1990\n\nMit dem norwegischen Kongsberg verbindet "
            "Ludwigsburg seit 2002 eine Städtefreundschaft.",
            {"ludwigsburg", "kongsberg"},
        ),
        (
            "Zustersteden van Delft\n\n- Estelí (Nicaragua), sinds 1984\n- Kunshan (China), "
            "sinds 2009\n\nMet het Duitse Kiel heeft Delft sinds 1988 een stedenband.",
            {"delft", "kiel"},
        ),
    ],
)
def test_agreements_fronted_partner_with_adjective(text: str, pair: set[str]) -> None:
    """ "Mit dem norwegischen X verbindet Y ...": X is the partner of the document's place,
    not of the list line just read."""
    found = {_parties(a) for a in _agreements(text)}
    assert frozenset(pair) in found
    assert all(len(ps & {"jewpatorija", "kunshan"}) == 0 or len(ps & pair) == 1 for ps in found)


def test_agreements_dormant_since_is_no_signing() -> None:
    """ "Die Partnerschaft mit X ruht seit 2014" dates the silence, not a signing."""
    acts = _agreements(
        "Stadt Ludwigsburg\n\nLudwigsburg ist seit 1990 mit Jewpatorija verschwistert. Die "
        "Partnerschaft mit Jewpatorija ruht seit 2014."
    )
    assert {a.signed.iso() for a in acts if a.signed} == {"1990"}


def test_agreements_city_administration_header_is_home() -> None:
    """A header "Stadt Münster – Beschlussvorlage" names the deciding city: it is the other
    party of acts "mit X" even when a partner is named more often."""
    text = (
        "Stadt Münster – Beschlussvorlage 12/2025\n\n"
        "1. Der Rat beschließt, die Freundschaftsvereinbarung mit Lublin zu verlängern.\n"
        "2. Der Rat nimmt die am 12. Mai 2025 unterzeichnete Absichtserklärung mit Rishon "
        "LeZion zur Kenntnis.\n\nDie Vereinbarung mit Lublin hat sich bewährt.\n"
    )
    pairs = _pairs(text)
    assert (frozenset({"munster", "rishon lezion"}), "declaration_of_intent") in pairs


def _dated(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    return {(_parties(a), a.type, a.signed.iso() if a.signed else None) for a in _agreements(text)}


@pytest.mark.parametrize(
    ("text", "owner", "partner", "year"),
    [
        (
            "Lyon has been twinned with Birmingham since 1951. Frankfurt joined in 1960 and "
            "Milan in 1966.",
            "lyon",
            "milan",
            "1966",
        ),
        (
            "Depuis 1964, Brest entretient un jumelage avec Kiel ; depuis 1963 avec Plymouth, de "
            "l'autre côté de la Manche.",
            "brest",
            "plymouth",
            "1963",
        ),
        (
            "Seit 1964 ist Kiel mit Brest verschwistert; seit 1967 mit Coventry.",
            "kiel",
            "coventry",
            "1967",
        ),
        (
            "Erfurt ist seit 1971 mit Győr verschwistert. 1988 folgte – noch vor dem Mauerfall – "
            "Mainz.",
            "erfurt",
            "mainz",
            "1988",
        ),
    ],
)
def test_agreements_elliptic_second_partner(text: str, owner: str, partner: str, year: str) -> None:
    """The second half of a coordination keeps the act of the first and has its own date:
    "X joined in 1960 and Y in 1966", "; depuis 1963 avec Y", "1988 folgte – ... – Y"."""
    assert (frozenset({owner, partner}), "sister_city", year) in _dated(text)


def test_agreements_partnerships_with_places() -> None:
    """ "has partnerships with A (1984), B (1988) and C (1989)" lists sister cities, each
    with its year; a partnership with a company is no act."""
    found = _dated(
        "Bristol is twinned with Bordeaux (since 1947). The city also has partnerships with "
        "Porto (1984), Tbilisi (1988) and Beira (1990)."
    )
    for partner, year in (("porto", "1984"), ("tbilisi", "1988"), ("beira", "1990")):
        assert (frozenset({"bristol", partner}), "sister_city", year) in found
    assert not _agreements("Bristol Airport has a partnership with Ryanair since 2015.")


def test_agreements_list_line_names_its_own_kind() -> None:
    """A line of a list of partner cities that names its own kind ("vriendschapsband") is an
    act of that kind, not a second act of the list's kind."""
    found = _dated(
        "Onze partnersteden\n- Tiel (Nederland) – sinds 1962\n"
        "- Sedan (Frankrijk) – vriendschapsband sinds 2004\n\nStad Sint-Niklaas"
    )
    assert (frozenset({"sint niklaas", "sedan"}), "friendship", "2004") in found
    assert (frozenset({"sint niklaas", "sedan"}), "sister_city", "2004") not in found


def test_agreements_tie_with_another_partner() -> None:
    """ "De band met X werd stopgezet" after a list is about X, not about the last act."""
    acts = _agreements(
        "Onze partnersteden\n- Tiel (Nederland) – sinds 1962\n- Bad Aibling (Duitsland) – "
        "sinds 1970\n\nDe band met Lębork (Polen) werd in 2021 stopgezet.\n\nStad Sint-Niklaas"
    )
    by_partner = {p: a for a in acts for p in _parties(a)}
    assert by_partner["lebork"].status == "ended"
    assert by_partner["bad aibling"].status == "signed"


def test_agreements_the_agreement_is_not_one_of_a_list() -> None:
    """ "The proposed agreement" after a list of sister cities is not the list's last act."""
    acts = _agreements(
        "WHEREAS, the City of Tulsa maintains sister city relationships with Amiens, France "
        "(1990), Celle, Germany (1992) and Utsunomiya, Japan (1992); and\n\n"
        "WHEREAS, the proposed agreement would promote trade and education;"
    )
    by_partner = {p: a for a in acts for p in _parties(a)}
    assert by_partner["utsunomiya"].status == "signed"
    assert by_partner["utsunomiya"].signed is not None
    assert by_partner["utsunomiya"].signed.iso() == "1992"


@pytest.mark.parametrize(
    "text",
    [
        "The mayors of Auckland and Guangzhou on 30 September 2025 reaffirmed their 36-year "
        "sister-city bond.",
        "Leeds and Dortmund celebrated their 50-year twinning ties in May 2019.",
    ],
)
def test_agreements_age_of_a_relation_is_no_term(text: str) -> None:
    """ "a 36-year sister-city bond" is the relation's age, not the term of an act."""
    acts = _agreements(text)
    assert all(a.duration_months is None for a in acts)


def test_agreements_five_year_friendship_agreement_keeps_its_term() -> None:
    """ "a five-year friendship agreement" still states a term."""
    acts = _agreements("Leeds and Dortmund signed a five-year friendship agreement in May 2019.")
    assert [a.duration_months for a in acts] == [60]


@pytest.mark.parametrize(
    ("text", "pair", "kind", "status"),
    [
        (
            "Leeds City Council\n\nLeeds is twinned with Lille. A memorandum with Durban on "
            "port planning is expected to follow in the autumn.",
            {"leeds", "durban"},
            "memorandum_of_understanding",
            "planned",
        ),
        (
            "Rouen, jumelée à Norwich depuis 1959, accueille cette année le festival.",
            {"rouen", "norwich"},
            "sister_city",
            "signed",
        ),
        (
            "VILLE DE GRENOBLE\n\nLe conseil municipal prend acte de la dénonciation, par la "
            "ville de Phoenix, du jumelage conclu en 1990.",
            {"grenoble", "phoenix"},
            "sister_city",
            "ended",
        ),
    ],
)
def test_agreements_more_wordings(text: str, pair: set[str], kind: str, status: str) -> None:
    """ "a memorandum with X", "jumelée à X", "la dénonciation du jumelage" are read."""
    found = {(_parties(a), a.type, a.status) for a in _agreements(text)}
    assert (frozenset(pair), kind, status) in found


def test_agreements_verbroederd_and_convenant() -> None:
    """ "verbroederd" is a twinning; "het convenant werd verlengd" renews the act before."""
    found = _dated(
        "Gemeente Delft\n\nMet Kiel is Delft sinds 1988 verbroederd. Kunshan werd in 2009 "
        "zusterstad van Delft. Het convenant werd in 2019 voor vijf jaar verlengd."
    )
    assert (frozenset({"delft", "kiel"}), "sister_city", "1988") in found
    assert (frozenset({"delft", "kunshan"}), "sister_city", "2019") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zustersteden\n\nDelft onderhoudt banden met steden in drie werelddelen.\n\n"
            "In 1984 koos Delft voor Estelí, in het noorden van Nicaragua.",
            {(frozenset({"delft", "esteli"}), "sister_city", "1984")},
        ),
        (
            "Partnerstädte\n\nDie Stadt Kiel pflegt viele Kontakte. 1964 wählte Kiel das "
            "französische Brest als Partner.",
            {(frozenset({"kiel", "brest"}), "sister_city", "1964")},
        ),
        (
            "Economie\n\nIn 2010 koos Delft voor Rotterdam als vestigingsplaats van het "
            "nieuwe datacentrum.",
            set(),
        ),
    ],
)
def test_agreements_partner_chosen(
    text: str, expected: set[tuple[frozenset[str], str, str | None]]
) -> None:
    """On a page headed by a kind of partner ("Zustersteden"), the place a city chose is a
    partner of that kind; without such a heading a choice is no act."""
    assert _dated(text) == expected


def test_agreements_link_with_under_heading() -> None:
    """Under a "Twin towns" heading, "X's oldest link is with Y, formalised in 1956" is a
    twinning, and "Z followed in 1965" goes on with it; without the heading it is no act."""
    text = (
        "Twin towns\n\nExeter's oldest link is with Rennes in Brittany, formalised in 1956; "
        "Bad Homburg followed in 1965."
    )
    found = _dated(text)
    assert (frozenset({"exeter", "rennes"}), "sister_city", "1956") in found
    assert (frozenset({"exeter", "bad homburg"}), "sister_city", "1965") in found
    assert not _agreements(
        "Transport\n\nExeter's oldest rail link is with Bristol, opened in 1844."
    )


def test_agreements_pause_is_no_failure() -> None:
    """ "Contacts were put on hold" after a dated twinning does not make it not concluded."""
    acts = _agreements(
        "Kiel has been twinned with Tallinn since 1986. Contacts were put on hold in 2022."
    )
    assert [a.status for a in acts] == ["signed"]


def test_agreements_term_later_in_the_sentence() -> None:
    """ "The agreement commits both cities to ... over three years": the term of the act."""
    acts = _agreements(
        "Leeds and Dortmund signed a cooperation agreement in June 2025. The agreement commits "
        "both cities to sharing depot designs, driver training and procurement data over three "
        "years."
    )
    assert [a.duration_months for a in acts] == [36]


def test_agreements_first_agreed_is_the_original() -> None:
    """ "reaffirmed the relationship their predecessors first agreed in 1989": a renewal and
    the 1989 original."""
    acts = _agreements(
        "The mayors of Auckland and Guangzhou on 30 September 2025 reaffirmed the sister-city "
        "relationship their predecessors first agreed in 1989."
    )
    found = {(a.status, a.signed.iso() if a.signed else None) for a in acts}
    assert ("signed", "1989") in found
    assert ("renewed", "2025-09-30") in found


def test_agreements_link_sentence_with_a_status_is_no_signing() -> None:
    """ "De band met X werd in 2021 stopgezet" under a partner heading ends the tie: 2021 is
    not a signing date."""
    acts = _agreements(
        "Onze partnersteden\n- Tiel (Nederland) – sinds 1962\n- Bad Aibling (Duitsland) – "
        "sinds 1970\n\nDe band met Lębork (Polen) werd in 2021 stopgezet.\n\nStad Sint-Niklaas"
    )
    lebork = next(a for a in acts if "lebork" in _parties(a))
    assert lebork.status == "ended"
    assert lebork.signed is None


def test_agreements_links_after_a_twinning() -> None:
    """ "links with A and B came later" right after a twinning of the same owner: two more
    partners; "the link with X" for a partner already reported adds no act."""
    found = _dated(
        "Galway has been twinned with Lorient since 1975 and with Seattle since 1986; links "
        "with Bozeman and Chicago came later."
    )
    assert (frozenset({"galway", "bozeman"}), "sister_city", None) in found
    assert (frozenset({"galway", "chicago"}), "sister_city", None) in found
    found = _dated(
        "Leeds has twinning links with Dortmund (since 1969) and Lille. The link with Dortmund "
        "is the oldest: a street festival marked it in 2019."
    )
    assert (frozenset({"leeds", "dortmund"}), "sister_city", "2019") not in found
