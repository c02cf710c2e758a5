"""Dates without their year or week, placed by the tense of their sentence, and counts back
from the page's date ("il y a un mois", "two weeks ago"). Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.extractors.dates import clause_tense, find_dates


def _values(text: str, language: str, page: date) -> list[tuple[str, str]]:
    return [(d.text, str(d.value)) for d in find_dates(text, language=language, document_date=page)]


@pytest.mark.parametrize(
    ("language", "text", "page", "expected"),
    [
        # a month after the page's month, told in the past: the year before
        (
            "en",
            "The mayor of Tarnow led a trade mission to Ningde in October.",
            date(2025, 3, 6),
            ("in October", "2024-10"),
        ),
        (
            "nl",
            "In oktober bezocht wethouder De Wit de zusterstad Lishui.",
            date(2026, 3, 10),
            ("In oktober", "2025-10"),
        ),
        (
            "fr",
            "La délégation de Quimper s'est rendue à Jinhua en novembre.",
            date(2026, 2, 2),
            ("en novembre", "2025-11"),
        ),
        (
            "de",
            "Im September reiste der Landrat nach Yancheng.",
            date(2026, 4, 1),
            ("Im September", "2025-09"),
        ),
        # a month before the page's month, told in the future: the year after
        (
            "en",
            "A youth orchestra from Heze will visit Lund in February.",
            date(2025, 11, 20),
            ("in February", "2026-02"),
        ),
        (
            "fr",
            "Le maire se rendra le 12 février à Jinhua.",
            date(2026, 5, 12),
            ("le 12 février", "2027-02-12"),
        ),
        # a month of the page's own month told in the future stays in its year
        (
            "de",
            "Die Delegation wird im Mai nach Yancheng reisen.",
            date(2026, 5, 12),
            ("im Mai", "2026-05"),
        ),
    ],
)
def test_find_dates_month_by_tense(
    language: str, text: str, page: date, expected: tuple[str, str]
) -> None:
    """A month or a day and month without a year is the last one up to the page's date in a
    sentence told in the past, the next one from it in a sentence told in the future."""
    assert expected in _values(text, language, page)


@pytest.mark.parametrize(
    ("language", "text", "page", "expected"),
    [
        # page of Wednesday 10 April 2024
        ("en", "The delegation from Heze will arrive on Friday.", date(2024, 4, 10), "2024-04-12"),
        ("en", "The delegation from Heze arrived on Friday.", date(2024, 4, 10), "2024-04-05"),
        (
            "de",
            "Am Freitag wollen die beiden Landräte eine Vereinbarung unterzeichnen.",
            date(2024, 4, 10),
            "2024-04-12",
        ),
        (
            "de",
            "Eine Delegation des Kreises startet an diesem Samstag nach Yancheng.",
            date(2024, 4, 10),
            "2024-04-13",
        ),
        (
            "nl",
            "De burgemeester zal vrijdag de overeenkomst ondertekenen.",
            date(2024, 4, 10),
            "2024-04-12",
        ),
        ("fr", "La délégation signera vendredi la convention.", date(2024, 4, 10), "2024-04-12"),
        # "this" with a past: the day just gone
        (
            "en",
            "The city celebrated the anniversary this Sunday.",
            date(2024, 4, 10),
            "2024-04-07",
        ),
    ],
)
def test_find_dates_weekday_by_tense(language: str, text: str, page: date, expected: str) -> None:
    """A weekday alone is the next one in a sentence told in the future ("will arrive on
    Friday", "signera vendredi"), the last one up to the page in a past."""
    values = _values(text, language, page)
    assert [v for _, v in values] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Il y a un mois, une délégation de Lorient a visité Qingdao.", "2026-04"),
        ("nl", "Twee weken geleden bezocht de burgemeester Jiaxing.", "2026-04"),
        ("de", "Vor drei Tagen unterzeichneten Celle und Pingxiang das Protokoll.", "2026-05-09"),
        ("en", "Two months ago the council hosted a delegation from Zibo.", "2026-03"),
    ],
)
def test_find_dates_counts_back_from_the_page(language: str, text: str, expected: str) -> None:
    """Months, weeks and days "ago" count back from the page's date: a month or a week to its
    month, days to the day."""
    values = _values(text, language, date(2026, 5, 12))
    assert [v for _, v in values] == [expected]


def test_find_dates_approximate_months_ago_give_no_date() -> None:
    """An approximation ("more than two months ago") dates nothing."""
    values = _values("More than two months ago the council wrote to Zibo.", "en", date(2026, 5, 12))
    assert values == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The two ports signed a memorandum in October.", -1),
        (
            "en",
            "The ports agreed on a letter, to be signed when a delegation visits in October.",
            0,
        ),
        ("en", "The mayor has been invited to a fair in Shaoguan in October.", 0),
        ("en", "The refurbished library opens in October.", 0),
        ("fr", "Une délégation est attendue à Bangui en juin.", 0),
        ("fr", "Une délégation a été reçue à Bangui en juin.", -1),
        ("nl", "Daar tekende de UT een overeenkomst, dat in september van start gaat.", 0),
        ("de", "Die Stadt hat im Oktober einen Vertrag unterzeichnet.", -1),
        ("de", "Der Besuch ist im Oktober geplant.", 0),
    ],
)
def test_clause_tense_reads_the_date_s_own_clause(language: str, text: str, expected: int) -> None:
    """The tense is that of the date's own clause: a participle after "be" or "has been
    invited", an adjective in -ed, "attendue", "geplant" tell no past; a relative clause
    after a comma has its own tense."""
    at = max(text.find(w) for w in ("October", "juin", "september", "Oktober"))
    assert clause_tense(text, at, at + 4, language) == expected
