"""Sister-city acts read from partner lists: prose lists, semicolons, wrapped lines, entries
under a place line, and the owner of such a list (issue 2)."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.extractors._parties import cast_for
from cityties.extraction.types import AgreementFact
from cityties.text import fold

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _doc(text: str) -> Doc:
    doc = Doc(text=text, language=guess_language(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return doc


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    """(parties, type, signed) of every act found."""
    return {_act(a) for a in _doc(text).agreements}


def _act(a: AgreementFact) -> tuple[frozenset[str], str, str | None]:
    return (
        frozenset(fold(p.name).split(" (")[0] for p in a.parties),
        a.type,
        a.signed.iso() if a.signed else None,
    )


def _sc(owner: str, partner: str, year: str | None) -> tuple[frozenset[str], str, str | None]:
    return (frozenset({fold(owner), fold(partner)}), "sister_city", year)


@pytest.mark.parametrize(
    "text",
    [
        "Hull lies on the Humber. Hull has kept its links for decades. Twinnings with "
        "Freetown (Sierra Leone) in 1980, "
        "Raleigh in 1986 and Rotterdam (Netherlands) in 1974 followed.",
        "Hull has two sister cities, Freetown, Sierra Leone (1980) and Raleigh, North "
        "Carolina (1986), and one more, Rotterdam (1974).",
    ],
)
def test_agreements_prose_list_dates_each_partner(text: str) -> None:
    """Each partner of a prose list is an act of the list's owner, dated by its own year."""
    found = _acts(text)
    assert _sc("Hull", "Freetown", "1980") in found
    assert _sc("Hull", "Raleigh", "1986") in found


def test_agreements_semicolon_list_over_wrapped_lines() -> None:
    """A semicolon list whose lines are hard-wrapped before a bracket is one list."""
    text = (
        "The City of Tacoma maintains sister city relationships with Kitakyushu, Japan\n"
        "(1959); Kunsan, Korea (1979); Taichung, Taiwan (1983); Fuzhou, China\n"
        "(1994); George, South Africa (2002) and Cienfuegos, Republic of\nCuba (2008).\n"
    )
    found = _acts(text)
    for partner, year in (
        ("Kitakyushu", "1959"),
        ("Taichung", "1983"),
        ("Fuzhou", "1994"),
        ("Cienfuegos", "2008"),
    ):
        assert _sc("Tacoma", partner, year) in found


def test_agreements_entries_under_place_lines() -> None:
    """Lines that name only a place ("Sapporo, Japan") followed by "Sister city since 1959."
    are the partners of the place the page says has the sister cities."""
    text = (
        "Denver's Sister Cities\n\n"
        "Denver, Colorado, the state capital, has three sister cities.\n\n"
        "Brest, France\n"
        "Sister city since 1956. A port on the Atlantic.\n\n"
        "Takayama, Japan\n"
        "Sister city since 1960.\n\n"
        "Nairobi, Kenya\n"
        "Sister city since 1975. The capital of Kenya.\n"
    )
    found = _acts(text)
    assert found == {
        _sc("Denver", "Brest", "1956"),
        _sc("Denver", "Takayama", "1960"),
        _sc("Denver", "Nairobi", "1975"),
    }


def test_agreements_among_them_is_a_list_not_a_pair() -> None:
    """ "its sister cities, among them A and B": two acts of the subject, not one act of A
    and B."""
    text = "Bristol has its own sister cities, among them Bordeaux in France and Hanover."
    found = _acts(text)
    assert found == {_sc("Bristol", "Bordeaux", None), _sc("Bristol", "Hanover", None)}


def test_parties_bare_name_means_the_namesake_qualified_before() -> None:
    """A bare name on a page that names two namesakes means the one qualified last before
    it (else the first qualified after it)."""
    text = (
        "Portland's partners\n\n"
        "Portland, Oregon, has many friends. Portland welcomes visitors.\n\n"
        "Looking for Portland, Maine? Portland, Maine is a smaller city.\n"
    )
    doc = _doc(text)
    cast = cast_for(doc)
    portlands = [a for a in cast.actors if a.name == "Portland"]
    assert len(portlands) == 5
    assert [a.admin1 for a in portlands] == ["Oregon", "Oregon", "Oregon", "Maine", "Maine"]


def test_agreements_conjoined_partners_share_the_date_after_them() -> None:
    """ "Lyon et Turin depuis 1958" dates both partners; each later partner keeps its own."""
    text = (
        "Nancy compte cinq villes jumelles : Lüttich et Karlsruhe depuis 1955, Padoue depuis "
        "1964, Kanazawa depuis 1973."
    )
    found = _acts(text)
    assert _sc("Nancy", "Karlsruhe", "1955") in found
    assert _sc("Nancy", "Padoue", "1964") in found
    assert _sc("Nancy", "Kanazawa", "1973") in found
    dates = {a[2] for a in found if fold("Karlsruhe") not in a[0] and fold("Padoue") not in a[0]}
    assert dates <= {"1955", "1973"}


@pytest.mark.parametrize(
    "table",
    [
        "| City | Country | Since |\n| Oxford | United Kingdom | 1947 |\n"
        "| Tel Aviv | Israel | 1983 |\n| Potsdam | Germany | 1988 |\n",
        "City\tCountry\tSince\nOxford\tUnited Kingdom\t1947\nTel Aviv\tIsrael\t1983\n"
        "Potsdam\tGermany\t1988\n",
    ],
)
def test_agreements_table_under_a_heading(table: str) -> None:
    """The rows of a table under a "Twin towns of X" heading are X's acts, each dated by its
    row; the header row is skipped."""
    found = _acts("Twin towns of Bonn\n" + table)
    assert found == {
        _sc("Bonn", "Oxford", "1947"),
        _sc("Bonn", "Tel Aviv", "1983"),
        _sc("Bonn", "Potsdam", "1988"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lyon has several sister cities. Among them are Birmingham (1951), Frankfurt (1960) "
        "and Milan (1966).",
        "Lyon unterhält mehrere Städtepartnerschaften. Darunter sind Birmingham (1951), "
        "Frankfurt (1960) und Mailand (1966).",
        "Lyon a plusieurs villes jumelles. Parmi elles, Birmingham (1951), Francfort (1960) "
        "et Milan (1966).",
    ],
)
def test_agreements_list_continued_in_the_next_sentence(text: str) -> None:
    """ "X has several sister cities. Among them are A (1951), ...": acts of X, each dated."""
    found = _acts(text)
    assert _sc("Lyon", "Birmingham", "1951") in found
    assert len(found) == 3
    assert {a[2] for a in found} == {"1951", "1960", "1966"}


def test_agreements_fronted_phrase_with_comma_is_no_list() -> None:
    """ "Besides its sister cities, Xiamen maintains ...": the place after the comma is the
    subject, not an item of a list of sister cities."""
    text = (
        "Sister Cities of Xiamen\n\n"
        "1. Cardiff, United Kingdom\nSister city since 1983.\n\n"
        "Besides its sister cities, Xiamen maintains friendly relations with a wider group of "
        "cities.\n"
    )
    assert _acts(text) == {_sc("Xiamen", "Cardiff", "1983")}


@pytest.mark.parametrize(
    ("text", "owner", "second"),
    [
        (
            "Ghent is a Belgian city. In 1971 Ghent twinned with Kanazawa; Wiesbaden followed "
            "in 1977.",
            "Ghent",
            "Wiesbaden",
        ),
        (
            "Gent is een stad. Gent sloot in 1971 een stedenband met Kanazawa. In 1977 volgde "
            "Wiesbaden.",
            "Gent",
            "Wiesbaden",
        ),
        (
            "Kiel ist eine Stadt. Kiel schloss 1971 eine Partnerschaft mit Kanazawa. 1977 folgte "
            "Brest.",
            "Kiel",
            "Brest",
        ),
    ],
)
def test_agreements_a_partner_that_followed(text: str, owner: str, second: str) -> None:
    """ "Wiesbaden followed in 1977" after an act of Ghent is another act of Ghent, dated by
    its own year."""
    found = _acts(text)
    assert _sc(owner, "Kanazawa", "1971") in found
    assert _sc(owner, second, "1977") in found


def test_agreements_followed_without_a_place_is_no_act() -> None:
    """ "The mayor followed the talks" names no new partner: no act."""
    text = (
        "Leeds signed a friendship agreement with Hangzhou in 2010. The mayor followed the talks."
    )
    assert len(_acts(text)) == 1


def test_agreements_table_with_aligned_columns() -> None:
    """A table whose header row names the type ("Partner city   Country   Since") and whose
    rows are aligned with spaces gives one act per row."""
    text = (
        "Leeds is a city in England. Leeds has a long history.\n"
        "Partner city      Country        Since\n"
        "Dortmund          Germany        1969\n"
        "Lille             France         1967\n"
    )
    assert _acts(text) == {_sc("Leeds", "Dortmund", "1969"), _sc("Leeds", "Lille", "1967")}


def test_agreements_plural_type_word_in_cities() -> None:
    """ "zustersteden in León, Brno en Portland": the cities are partners; a country after
    "in" is none."""
    found = _acts("Utrecht is een stad. De stad heeft zustersteden in León, Brno en Portland.")
    assert found == {
        _sc("Utrecht", "León", None),
        _sc("Utrecht", "Brno", None),
        _sc("Utrecht", "Portland", None),
    }
    assert _acts("Utrecht is een stad. Utrecht heeft twee zustersteden in Duitsland.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ghent is a city. Ghent is in Flanders.\n"
        "Ghent maintains twinning relationships with the following cities:\n"
        "Kanazawa, Japan, 1971;\nWiesbaden, Germany, 1977;\nSaint-Raphaël, France, 1963.\n",
        "Ghent is a city. Ghent is in Flanders.\nVilles jumelées avec Ghent :\n"
        "Kanazawa (Japon) depuis 1971 ; Wiesbaden (Allemagne) depuis 1977 ; Saint-Raphaël "
        "(France) depuis 1963.\n",
    ],
)
def test_agreements_items_after_a_colon_line(text: str) -> None:
    """Items after a line ending with a colon, one per line or separated by semicolons on
    one line, are acts of the owner, each dated by its own year."""
    assert _acts(text) == {
        _sc("Ghent", "Kanazawa", "1971"),
        _sc("Ghent", "Wiesbaden", "1977"),
        _sc("Ghent", "Saint-Raphaël", "1963"),
    }


def test_agreements_list_items_with_descriptions_on_their_line() -> None:
    """ "Kanazawa (Japan). Ghent's oldest partner: the twinning dates from 1971." under "Our
    partner cities": each description dates the item of its own line."""
    text = (
        "Ghent is a city. Ghent is in Flanders.\nOur partner cities\n"
        "Kanazawa (Japan). Ghent's oldest partner: the twinning dates from 1971.\n"
        "Wiesbaden (Germany). Twinned since 1977, with exchanges in music.\n"
    )
    assert _acts(text) == {_sc("Ghent", "Kanazawa", "1971"), _sc("Ghent", "Wiesbaden", "1977")}


@pytest.mark.parametrize(
    "text",
    [
        "Leeds is a city. Leeds has a history. Leeds established sister city relationships "
        "with Dortmund, Lille and Brno in 1969, 1967 and 1998 respectively.",
        "Leeds is een stad. Leeds ging in respectievelijk 1969, 1967 en 1998 stedenbanden aan "
        "met Dortmund, Lille en Brno.",
    ],
)
def test_agreements_dates_listed_respectively(text: str) -> None:
    """ "A, B and C in 1969, 1967 and 1998 respectively": each partner takes its date."""
    assert _acts(text) == {
        _sc("Leeds", "Dortmund", "1969"),
        _sc("Leeds", "Lille", "1967"),
        _sc("Leeds", "Brno", "1998"),
    }


# --------------------------------------------------------------------------------------------
# gen-lists (corpus15): partner blocks under a heading, table rows, lists before the act word


def _all(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    return _acts(text)


@pytest.mark.parametrize(
    ("text", "owner", "expected"),
    [
        (
            "Stadt Wendelstein\n\nUnsere Partnerstädte\n\nHorsens [DK]\n"
            "Städtepartnerschaft seit 1981\n\nHorsens liegt am Horsens Fjord und hat einen "
            "lebhaften Hafen.\n\nGnesen [PL]\nStädtefreundschaft seit 1996\n\nDie alte "
            "Bischofsstadt ist ein Ziel vieler Pilger.\n",
            "Wendelstein",
            {("Horsens", "sister_city", "1981"), ("Gnesen", "friendship", "1996")},
        ),
        (
            "Ville de Saumur\n\nVilles jumelles\n\nVerden\n(Allemagne)\n1968\n\nPetite ville "
            "de Basse-Saxe, connue pour ses chevaux.\n\nWarwick\n(Royaume-Uni)\nPacte "
            "d'amitié signé en 2003\n\nLa ville du château médiéval.\n",
            "Saumur",
            {("Verden", "sister_city", "1968"), ("Warwick", "friendship", "2003")},
        ),
        (
            "City of Dunedin\n\nOur sister cities\n\nEdinburgh (Scotland)\nThe Scottish "
            "capital lies on the Firth of Forth. Partnership since 1974.\n\nShanghai (China)\n"
            "A great port on the Yangtze delta. Partnership since 1994.\n",
            "Dunedin",
            {("Edinburgh", "sister_city", "1974"), ("Shanghai", "sister_city", "1994")},
        ),
        (
            "Gemeente Oss\n\nPartnersteden\n\nOss heeft banden met drie steden.\n\n"
            "Stad | Land | Sinds\nGlauchau | Duitsland | 1990\nKarlovac | Kroatië | 1996\n",
            "Oss",
            {("Glauchau", "sister_city", "1990"), ("Karlovac", "sister_city", "1996")},
        ),
    ],
)
def test_agreements_partner_blocks_under_heading(
    text: str, owner: str, expected: set[tuple[str, str, str]]
) -> None:
    """Each block (name with its country in brackets, then its kind and year) or table row
    under a partner-town heading is an act of the page's owner with that partner, of the kind
    its block names (else the heading's) and dated by its block."""
    found = _all(text)
    for partner, kind, year in expected:
        assert (frozenset({fold(owner), fold(partner)}), kind, year) in found


def test_agreements_partner_block_two_acts_and_denial() -> None:
    """A block telling a friendship and then a twinning gives both acts, each with the date of
    its sentence; a block that says no formal partnership exists gives none, and an act read
    in one block never goes to the partner of another."""
    text = (
        "Stadt Biberach\n\nLernen Sie unsere Partnerstädte kennen\n\n"
        "Valence (Frankreich)\nDie Stadt an der Rhône. Partnerschaft seit 1966.\n\n"
        "Zhuzhou (China)\nSeit 2002 ist Biberach mit Zhuzhou freundschaftlich verbunden. "
        "Am 3. Juni 2011 wurde die offizielle Städtepartnerschaft unterzeichnet.\n\n"
        "Ulm (Baden-Württemberg)\nMit Ulm verbinden uns viele Vereinskontakte. Eine "
        "formelle Partnerschaft besteht nicht.\n"
    )
    found = _all(text)
    assert _sc("Biberach", "Valence", "1966") in found
    assert (frozenset({fold("Biberach"), fold("Zhuzhou")}), "friendship", "2002") in found
    assert _sc("Biberach", "Zhuzhou", "2011-06-03") in found
    assert not any(fold("Ulm") in parties for parties, _, _ in found)
    assert not any(
        fold("Valence") in parties and year == "2011-06-03" for parties, _, year in found
    )


def test_agreements_heading_over_prose_is_no_block_list() -> None:
    """A heading followed by prose paragraphs only (no line of a name with its country in
    brackets) gives no act of its own."""
    text = (
        "Unsere Partnerstädte\n\nDie Stadt pflegt viele Kontakte. Schulen und Vereine "
        "besuchen sich regelmäßig.\n\nIm Sommer findet das Fest der Begegnung statt.\n"
    )
    assert _all(text) == set()


@pytest.mark.parametrize(
    ("text", "owner", "earlier", "partner"),
    [
        (
            "Vienne fête ses jumelages. Après Esslingen (1958) et Pietrasanta (1964), la "
            "ville de Vienne s'est jumelée avec Velké Meziříčí en 1991.",
            "Vienne",
            [("Esslingen", "1958"), ("Pietrasanta", "1964")],
            ("Velké Meziříčí", "1991"),
        ),
        (
            "Stadt Wolfsburg\n\nNach Pesaro (1980) und Luton (1986) hat Wolfsburg 1990 mit "
            "Halberstadt eine weitere Städtepartnerschaft geschlossen.",
            "Wolfsburg",
            [("Pesaro", "1980"), ("Luton", "1986")],
            ("Halberstadt", "1990"),
        ),
        (
            "After Kiel (1947) and Dresden (1956), Coventry twinned with Sarajevo in 1957.",
            "Coventry",
            [("Kiel", "1947"), ("Dresden", "1956")],
            ("Sarajevo", "1957"),
        ),
    ],
)
def test_agreements_fronted_list_of_earlier_partners(
    text: str, owner: str, earlier: list[tuple[str, str]], partner: tuple[str, str]
) -> None:
    """Places listed before the act word ("Après A (1958) et B (1964), la ville s'est jumelée
    avec C") are earlier partners of the act's owner, each dated by its bracket, not parties
    of the act the sentence reports."""
    found = _all(text)
    for place, year in earlier:
        assert _sc(owner, place, year) in found
    assert _sc(owner, partner[0], partner[1]) in found
    assert all(len(parties) == 2 for parties, _, _ in found)


def test_agreements_fronted_unknown_town_is_a_partner() -> None:
    """A town the gazetteer lacks, listed before the act word after "Nach", is a partner."""
    text = (
        "Stadt Ludwigsfelde\n\nNach Hamm, Jintanbeek und Sens hat Ludwigsfelde 2001 mit "
        "Kalisz seine vierte Partnerstadt gewonnen."
    )
    found = _all(text)
    assert any(
        fold("Jintanbeek") in parties and fold("Ludwigsfelde") in parties for parties, _, _ in found
    )


def test_agreements_act_table_rows() -> None:
    """A bar table whose header names a kind of act gives each row's partner (an institution,
    or a place that is no country) an act of that kind with the page's institution, dated by
    its row; the country cells are no partners."""
    text = (
        "International Office, Chungnam National University\n\nPartner universities\n\n"
        "| Country | University | MoU signed |\n|---|---|---|\n"
        "| SPAIN | University of Salamanca | 2014-02-11 |\n"
        "| SWEDEN | Lund University | 2016-09-27 |\n"
    )
    found = _all(text)
    mou = "memorandum_of_understanding"
    owner = fold("Chungnam National University")
    assert (frozenset({owner, fold("University of Salamanca")}), mou, "2014-02-11") in found
    assert (frozenset({owner, fold("Lund University")}), mou, "2016-09-27") in found
    assert not any(fold("Spain") in parties for parties, _, _ in found)


@pytest.mark.parametrize(
    ("text", "owner", "expected"),
    [
        (
            "Chemnitz hat zwölf Partnerstädte. Den Anfang machten 1963 das tschechische Ústí "
            "nad Labem und das französische Arras. Es folgten 1968 Tampere und 1971 Łódź.",
            "Chemnitz",
            [("Arras", "1963"), ("Tampere", "1968"), ("Łódź", "1971")],
        ),
        (
            "Coventry has many twin towns. The first were Volgograd in 1944 and Kiel in 1947. "
            "Then came Sarajevo in 1957 and Dresden in 1959.",
            "Coventry",
            [("Volgograd", "1944"), ("Kiel", "1947"), ("Dresden", "1959")],
        ),
        (
            "Lyon compte plusieurs villes jumelles. Les premières furent Francfort en 1960 et "
            "Milan en 1966.",
            "Lyon",
            [("Francfort", "1960"), ("Milan", "1966")],
        ),
    ],
)
def test_agreements_list_goes_on_in_next_sentences(
    text: str, owner: str, expected: list[tuple[str, str]]
) -> None:
    """After "X has N sister cities", a sentence "The first were A and B" ("Den Anfang
    machten", "Les premières furent"), and one "Then came C" ("Es folgten") after it, list
    more acts of X, each with its own year (or the year they share)."""
    found = _all(text)
    for partner, year in expected:
        assert _sc(owner, partner, year) in found


@pytest.mark.parametrize(
    "text",
    [
        "Les villes jumelles de Rennes sont Exeter (1956), Erlangen (1964) et Brno (2001).",
        "Les villes jumelées avec Rennes sont Exeter (1956), Erlangen (1964) et Brno (2001).",
        "Zu den Partnerstädten von Rennes gehören Exeter (1956), Erlangen (1964) und Brno (2001).",
        "The twin towns of Rennes are Exeter (1956), Erlangen (1964) and Brno (2001).",
    ],
)
def test_agreements_copular_list_after_owner(text: str) -> None:
    """ "The twin towns of X are A (year), B (year) and C (year)" in any language: each place
    after the copula is a partner of X, dated by its bracket."""
    found = _all(text)
    assert _sc("Rennes", "Exeter", "1956") in found
    assert _sc("Rennes", "Erlangen", "1964") in found
    assert _sc("Rennes", "Brno", "2001") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kehl ist seit 1972 mit Montreux und seit 1996 mit Tczew verschwistert.",
        "Seit 1972 ist Kehl mit Montreux (Schweiz) verschwistert, seit 1996 mit Tczew (Polen).",
        "Kehl has been twinned with Montreux since 1972 and with Tczew since 1996.",
        "Sinds 1972 is Kehl verzusterd met Montreux, sinds 1996 met Tczew.",
    ],
)
def test_agreements_since_with_each_partner(text: str) -> None:
    """Each "since YEAR with X" of a sentence on a twinning is an act of its subject with X in
    that year, also where German puts both before the participle or one after it."""
    found = _all(text)
    assert _sc("Kehl", "Montreux", "1972") in found
    assert _sc("Kehl", "Tczew", "1996") in found


@pytest.mark.parametrize(
    "text",
    [
        "Blois et Weimar sont jumelées depuis 1995. Le comité de jumelage organise le 24 juin "
        "une fête avec des stands de Weimar.",
        "Blois et Weimar sont jumelées depuis 1995. La fête du jumelage aura lieu le 3 mai à "
        "Weimar.",
    ],
)
def test_agreements_twinning_committee_is_no_act(text: str) -> None:
    """ "Le comité de jumelage", "la fête du jumelage": the body or the event of a twinning,
    not an act; the twinning of the sentence before keeps its own date only."""
    found = _all(text)
    assert found == {_sc("Blois", "Weimar", "1995")}


def test_agreements_since_with_new_subject_per_pair() -> None:
    """ "A ... seit 1990 mit B, C seit 1991 mit D": a place right before "seit" owns its pair."""
    text = (
        "Gotha unterhält seit 1990 eine Partnerschaft mit Salzgitter, Arnstadt seit 1991 mit "
        "Kassel."
    )
    found = _all(text)
    assert _sc("Gotha", "Salzgitter", "1990") in found
    assert _sc("Arnstadt", "Kassel", "1991") in found
    assert not any(fold("Gotha") in p and fold("Kassel") in p for p, _, _ in found)
