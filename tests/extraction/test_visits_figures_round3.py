"""Visits and figures in the same documents, as real writers word them (issue 2, third round),
found with benchmarks/corpus14 in view: wire datelines ("CHICAGO, Sept. 14 (Xinhua) --") that
date no visit, later stops of one trip each with its own date, a trip's stop that is not its
visitor, "last year" before a day and month, an economy's output in yuan, a chamber named back
("the chamber", "Die IHK"), a place qualified by another in brackets ("Lusignan (Vienne)") and
"één partnergemeente". Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import figures_of as _figures
from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Source: Xinhua | 2023-09-15\n\nCHICAGO, Sept. 14 (Xinhua) -- A delegation from "
            "Zhuzhou visited its sister city Bloomington on Monday, local media reported on "
            "Thursday.",
            ("zhuzhou", "bloomington", "2023-09-11"),
        ),
        (
            "Publié le 12 avril 2024\n\nPARIS, 11 avril (AFP) - Une délégation de Kyoto a "
            "visité Paris le 2 avril.",
            ("kyoto", "paris", "2024-04-02"),
        ),
    ],
)
def test_visits_wire_dateline_is_no_visit_date(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """The day of a wire dateline is the report's, not the visit's; the dateline's place is
    neither visitor nor host."""
    found = _visits(text)
    assert visit in found
    assert not any(v[0] in ("chicago", "paris") and v[1] != "paris" for v in found)


def test_visits_dateline_place_is_no_visitor() -> None:
    """'CHICAGO, Dec. 3 (Xinhua) -- The mayor of Wichita ... visiting Kaifeng': Chicago is
    where the report was filed."""
    text = (
        "Updated: December 4, 2023\n\nCHICAGO, Dec. 3 (Xinhua) -- The mayor of Wichita, "
        "Brandon Whipple, came back from China after visiting the Chinese city of Kaifeng "
        "in November."
    )
    found = _visits(text)
    assert ("wichita", "kaifeng", "2023-11") in found
    assert not any(v[0] == "chicago" for v in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Port of Hull | News | 18 June 2024\n\nThe delegates of the Port of Hull visited "
            "Mumbai (4 June), where they spoke at a seminar in the city, and Chennai (6-7 June).",
            {("port hull", "mumbai", "2024-06-04"), ("port hull", "chennai", "2024-06-06")},
        ),
        (
            "Communiqué du 17 mai 2024\n\nLe maire de Lyon s'était rendu à Montréal le 9 "
            "octobre 2023, puis à Québec le 12 octobre.",
            {("lyon", "montreal", "2023-10-09"), ("lyon", "quebec", "2023-10-12")},
        ),
    ],
)
def test_visits_later_stops_with_their_own_dates(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    """Each stop of one trip is a visit dated by the date that follows it."""
    assert expected <= _visits(text)


def test_visits_last_year_places_day_and_month() -> None:
    """'Last year he visited Shanghai (5 September)' on a page of March 2024 is 2023-09-05,
    not the year of an earlier full date."""
    text = (
        "Port of Leith | News | 12 March 2024\n\nA delegation from Ningbo visited the Port of "
        "Leith on 11 March 2024. Last year the Port of Leith visited Shanghai (5 September)."
    )
    found = _visits(text)
    assert ("port leith", "shanghai", "2023-09-05") in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Zhuzhou reported an economic output of 357 billion yuan in 2022.",
            ("zhuzhou", "other", 357e9, 2022),
        ),
        (
            "Guangzhou has an economy worth 3 trillion yuan.",
            ("guangzhou", "other", 3e12, None),
        ),
        (
            "Die Wirtschaftsleistung von Shenzhen lag 2022 bei 3,2 Billionen Yuan.",
            ("shenzhen", "other", 3.2e12, 2022),
        ),
    ],
)
def test_figures_economy_in_yuan_is_other(
    text: str, figure: tuple[str, str, float, int | None]
) -> None:
    """An economy's output in yuan is an `other` figure (only euros are added value)."""
    assert figure in _figures(text)


def test_figures_money_in_yuan_without_economy_is_none() -> None:
    """A cost in yuan is no figure about a place."""
    assert not _figures("The new bridge of Zhuzhou cost 3 billion yuan.")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A delegation of the Leeds Chamber of Commerce went to Shenzhen. The chamber "
            "represents around 2,500 member businesses.",
            ("leeds chamber commerce", "companies", 2500.0, None),
        ),
        (
            "Eine Delegation der IHK Nürnberg reiste nach Shenzhen. Die IHK vertritt rund "
            "170.000 Mitgliedsunternehmen.",
            ("ihk nurnberg", "companies", 170000.0, None),
        ),
    ],
)
def test_figures_chamber_named_back(text: str, figure: tuple[str, str, float, int | None]) -> None:
    """'the chamber', 'Die IHK' stand for the chamber of commerce named before."""
    assert figure in _figures(text)


def test_figures_place_qualified_in_brackets() -> None:
    """'À Lusignan (Vienne), il y a 2 700 habitants': the figure is about Lusignan; two names
    of one place in brackets ('Rijsel (Lille)') keep theirs."""
    found = _figures("À Lusignan (Vienne), il y a 2 700 habitants et douze villes jumelles.")
    assert ("lusignan", "population", 2700.0, None) in found
    assert not any(f[0] == "vienne" for f in found)
    assert ("lille", "population", 236000.0, 2020) in _figures(
        "Rijsel (Lille) telt 236.000 inwoners (2020)."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almere heeft één partnerstad.", {("almere", "sister_cities", 1.0, None)}),
        ("Rotterdam is één van de grootste havens ter wereld.", set()),
    ],
)
def test_figures_een_with_accents_is_one(
    text: str, expected: set[tuple[str, str, float, int | None]]
) -> None:
    """'één' (accented) is the numeral one; 'één van de' is no count."""
    found = {f for f in _figures(text) if f[1] == "sister_cities"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "22 oktober 2019\n\nDe provincie Utrecht werkt samen met Jiangxi. Het volgende "
            "bezoek van de Utrechtse delegatie aan Jiangxi staat gepland voor april 2020.",
            ("utrecht", "jiangxi", "2020-04"),
        ),
        (
            "The visit of the Leeds delegation to Dortmund took place on 3 May 2024.",
            ("leeds", "dortmund", "2024-05-03"),
        ),
        (
            "18.09.2024\n\nDer Besuch der Kieler Delegation in Brest fand am 12. September "
            "2024 statt.",
            ("kiel", "brest", "2024-09-12"),
        ),
    ],
)
def test_visits_delegation_named_by_adjective_after_noun(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """'het bezoek van de Utrechtse delegatie aan Jiangxi': the visitor is the place of the
    adjective, the host follows."""
    assert visit in _visits(text)


def test_visits_dutch_relative_clause_bracht() -> None:
    """'bezoeken die wethouder Jansen aan Oxford bracht': a visit of the document's own place
    to the place after 'aan'."""
    text = (
        "Leiden werkt samen met Oxford. Leiden en Oxford zijn zustersteden. De contacten komen "
        "voort uit bezoeken die wethouder Jansen aan Oxford bracht."
    )
    assert ("leiden", "oxford", None) in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Delft werkt samen met Kraków. Delft en Kraków zijn zustersteden. Toen wethouders "
            "Baas en Smit in oktober 2017 de stad Kraków bezochten, werd over toerisme gesproken.",
            ("delft", "krakow", "2017-10"),
        ),
        (
            "Kiel und Brest sind Partnerstädte. Kiel ist schön. Als der Oberbürgermeister von "
            "Kiel im Mai 2019 Brest besuchte, wurde ein Vertrag unterzeichnet.",
            ("kiel", "brest", "2019-05"),
        ),
    ],
)
def test_visits_past_verb_closing_a_subordinate_clause(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """'Toen ... de stad Kraków bezochten,', 'Als ... Brest besuchte,': the place before the
    verb is the host."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mayor of Bath had led a civic party to Aix-en-Provence in March 2024.",
            {("bath", "aix en provence", "2024-03")},
        ),
        (
            "In March 2024 the Mayor of Bath led a group of councillors to Aix-en-Provence.",
            {("bath", "aix en provence", "2024-03")},
        ),
        ("The coach of Leeds led the party to victory in 2024.", set()),
    ],
)
def test_visits_led_a_party_to(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """'led a civic party to X', 'led a group of councillors to X' are visits; a party led
    to no place is none."""
    assert _visits(text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Delft (104.000 inw.) heeft een stedenband met Zhangjiajie (1,5 miljoen inw.).",
            ("zhangjiajie", "population", 1.5e6, None),
        ),
        (
            "Kiel (247.000 Einw.) ist eine Partnerstadt von Brest.",
            ("kiel", "population", 247e3, None),
        ),
        ("Brest (140 000 hab.) est jumelée avec Kiel.", ("brest", "population", 140e3, None)),
    ],
)
def test_figures_abbreviated_inhabitants(
    text: str, figure: tuple[str, str, float, int | None]
) -> None:
    """'inw.', 'Einw.', 'hab.' abbreviate inhabitants."""
    assert figure in _figures(text)
