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
        "date 2026-02-26\nComité de jumelage\n\nLa ville de Montauban est jumelée avec Ratingen "
        "depuis 1980. Plus récemment, un pacte d'amitié a été signé en 2017 entre Montauban et "
        "Yixing, dans la province du Jiangsu.\n",
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
        "date 2026-06-08\nNieuws\n\nDe stad Gouda wil blijven investeren in de -intussen meer "
        "dan twintig jaar oude- stedenband met Yixing.\n",
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
