"""Dates of acts (issue 2, round c42): a comparative "more recently" ("plus récemment", "meer
recent") orders the events of a chronicle and dates none, so the year its sentence states dates
the act; a plain "recently" still dates by the page. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_years import tie_counts
from cityties.extraction.extractors.dates import find_dates

_PAGE = date(2026, 2, 26)


def _values(text: str, language: str) -> dict[str, str]:
    return {d.text: str(d.value) for d in find_dates(text, language=language, document_date=_PAGE)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("More recently, the town signed a friendship pact with Yixing in 2017.", "en"),
        ("Most recently a school exchange was agreed with Yixing in 2017.", "en"),
        ("Plus récemment, une charte d'amitié a été signée en 2017 avec Yixing.", "fr"),
        ("Meer recent werd in 2017 een vriendschapsband met Yixing gesloten.", "nl"),
        ("Meest recent tekende de gemeente in 2017 een akkoord met Yixing.", "nl"),
    ],
)
def test_find_dates_comparative_recently_dates_nothing(text: str, language: str) -> None:
    """A "recently" after "more", "most", "plus", "meer" or "meest" gives no date; the year of
    the sentence stays."""
    values = _values(text, language)
    assert "2017" in values.values()
    assert not any("recent" in t.lower() for t in values)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("The town recently signed a friendship pact with Yixing.", "en", "recently"),
        ("La ville a récemment signé une charte avec Yixing.", "fr", "récemment"),
        ("De gemeente heeft onlangs een akkoord met Yixing getekend.", "nl", "onlangs"),
        ("Die Stadt hat kürzlich eine Vereinbarung mit Yixing unterzeichnet.", "de", "kürzlich"),
    ],
)
def test_find_dates_plain_recently_keeps_page_year(text: str, language: str, word: str) -> None:
    """A plain "recently" (no comparative before it) still means the page's year."""
    assert _values(text, language).get(word) == "2026"


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-02-26\nComité de jumelage\n\nFigeac est jumelée avec Wetzlar depuis 1983. "
        "Plus récemment, une charte d'amitié a été signée en 2017 entre Figeac et Yixing, dans "
        "le Jiangsu.\n",
        "date 2026-02-26\nTwinning committee\n\nThe town of Ludlow has been twinned with "
        "Ratingen since 1980. More recently, a friendship pact was signed in 2017 between "
        "Ludlow and Yixing.\n",
    ],
)
def test_extract_comparative_recently_leaves_the_stated_year(text: str) -> None:
    """The act of a "more recently" sentence is dated by the year the sentence states, not by
    the page's year."""
    doc = extract(text).doc
    dated = {str(a.signed) for a in doc.agreements if any(p.name == "Yixing" for p in a.parties)}
    assert dated == {"2017"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two towns were twinned more than twenty years ago.", "en"),
        ("The two towns were twinned nearly thirty years ago.", "en"),
        ("De stedenband werd ruim twintig jaar geleden gesloten.", "nl"),
        ("De jumelage werd bijna dertig jaar geleden opgezet.", "nl"),
        ("Le jumelage a été signé il y a plus de vingt ans.", "fr"),
        ("Die Partnerschaft wurde vor mehr als 20 Jahren besiegelt.", "de"),
    ],
)
def test_find_dates_approximate_age_gives_no_year(text: str, language: str) -> None:
    """A count of years ago given as an approximation ("more than", "ruim", "bijna", "plus
    de", "mehr als") is no date."""
    assert _values(text, language) == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The two towns were twinned twenty years ago.", "en", "2006"),
        ("De stedenband werd twintig jaar geleden gesloten.", "nl", "2006"),
        ("Die Partnerschaft wurde vor 20 Jahren besiegelt.", "de", "2006"),
    ],
)
def test_find_dates_exact_age_counts_back(text: str, language: str, expected: str) -> None:
    """An exact count of years ago still counts back from the page's year."""
    assert list(_values(text, language).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the town wants to invest in its more than twenty years old twinning with yixing", []),
        ("de gemeente koestert de ruim twintig jaar oude stedenband met yixing", []),
        ("plus de vingt ans d'amitié entre les deux villes", []),
        ("mehr als 20 jahre partnerschaft mit yixing", []),
        ("de gemeente koestert de twintig jaar oude stedenband met yixing", [20]),
        ("vingt ans d'amitié entre les deux villes", [20]),
    ],
)
def test_tie_counts_skip_approximate_counts(text: str, expected: list[int]) -> None:
    """A tie's age after an approximation ("more than", "ruim", "plus de", "mehr als") is no
    count to date the tie by; an exact count is."""
    assert [n for _, n in tie_counts(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-06-08\nNieuws\n\nZeist zet ook dit jaar in op haar -inmiddels meer dan "
        "vijftien jaar oude- stedenband met Yixing.\n",
        "date 2026-06-08\nNews\n\nThe town of Ludlow will keep investing in its sister city "
        "relationship with Yixing, now more than twenty years old. The twinning of Ludlow and "
        "Yixing is more than twenty years old.\n",
    ],
)
def test_extract_approximate_age_leaves_tie_undated(text: str) -> None:
    """A tie said to be "more than twenty years old" gets no signing year."""
    doc = extract(text).doc
    assert doc.agreements
    assert all(a.signed is None for a in doc.agreements)


@pytest.mark.parametrize(
    ("text", "weekday", "expected"),
    [
        (
            "Harbour News\n\n12 Mar 2025\nAntwerp and Ningbo sign a port pact\nThe two ports "
            "signed an agreement on 10 March.\n\n6 Feb 2025\nTema and Xiamen extend ties\nThe "
            "ports renewed on Tuesday their memorandum for three years.\n",
            "on Tuesday",
            "2025-02-04",
        ),
        (
            "Havennieuws\n\n12 maart 2025\nAntwerpen en Ningbo tekenen een havenpact\nDe twee "
            "havens tekenden op 10 maart een akkoord.\n\n6 februari 2025\nTema en Xiamen "
            "verlengen hun band\nDe havens verlengden dinsdag hun memorandum met drie jaar.\n",
            "dinsdag",
            "2025-02-04",
        ),
        (
            "Actualités portuaires\n\n12 mars 2025\nAnvers et Ningbo signent un pacte\nLes deux "
            "ports ont signé un accord le 10 mars.\n\n6 février 2025\nTema et Xiamen prolongent "
            "leur lien\nLes ports ont renouvelé mardi leur protocole pour trois ans.\n",
            "mardi",
            "2025-02-04",
        ),
        (
            "Hafennachrichten\n\n12. März 2025\nAntwerpen und Ningbo unterzeichnen einen Pakt\n"
            "Die beiden Häfen unterzeichneten am 10. März ein Abkommen.\n\n6. Februar 2025\nTema "
            "und Xiamen verlängern ihre Partnerschaft\nDie Häfen verlängerten am Dienstag ihre "
            "Absichtserklärung um drei Jahre.\n",
            "am Dienstag",
            "2025-02-04",
        ),
    ],
)
def test_extract_weekday_under_a_listing_entry_takes_the_entry_day(
    text: str, weekday: str, expected: str
) -> None:
    """On a listing page of dated entries (no `date` line), a weekday is the last such day up
    to the date line of the entry it stands under, not up to the page's first date."""
    doc = extract(text).doc
    values = {d.text: str(d.value) for d in doc.dates}
    assert values.get(weekday) == expected


def test_extract_weekday_on_a_page_with_one_date_line_takes_the_page_day() -> None:
    """With a single date line, a weekday still counts back from the page's date."""
    text = (
        "Harbour News\n\n12 Mar 2025\nTema and Xiamen extend ties\nThe ports renewed on "
        "Tuesday their memorandum for three years.\n"
    )
    values = {d.text: str(d.value) for d in extract(text).doc.dates}
    assert values.get("on Tuesday") == "2025-03-11"
