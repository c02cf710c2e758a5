"""Tests of cityties.dates: a date never runs across a paragraph break (texts written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.extractors.dates import find_dates

REF = date(2025, 3, 11)


def _spans(text: str, lang: str, ref: date | None = REF) -> list[tuple[str, str | None]]:
    return [
        (d.text, d.value.iso() if d.value else None)
        for d in find_dates(text, language=lang, document_date=ref)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        (
            "Harbour news\n11 March 2025\n\nLast weekend a group from Wuxi came to the port.",
            "en",
            ("11 March 2025", "2025-03-11"),
            ("Last weekend", "2025-03-08"),
        ),
        (
            "Nouvelles\n11 mars 2025\n\nDernier jour de la visite : les hôtes partent.",
            "fr",
            ("11 mars 2025", "2025-03-11"),
            None,
        ),
        (
            "Nieuws\nop 11 maart\n\nVorige week kwam een groep uit Yantai.",
            "nl",
            ("op 11 maart", "2025-03-11"),
            ("Vorige week", "2025-03"),
        ),
        (
            "Meldung vom Dienstag\n\nLetzten Monat war eine Gruppe aus Jinan hier.",
            "de",
            ("Dienstag", "2025-03-11"),
            ("Letzten Monat", "2025-02"),
        ),
    ],
)
def test_dates_no_mention_across_a_paragraph_break(
    text: str,
    lang: str,
    first: tuple[str, str],
    second: tuple[str, str] | None,
) -> None:
    """A date that ends a paragraph does not take the first word of the next one ("Last",
    "Dernier", "Vorige", "Letzten") as its own: the date keeps its value and the relative
    expression after the break is read on its own."""
    found = _spans(text, lang)
    assert found[0] == first
    if second is not None:
        assert second in found


def test_dates_a_capitalised_last_word_on_the_next_line_starts_that_line() -> None:
    """ "11 March" at the end of a line and "Last weekend" opening the next: two mentions;
    "le 9 février" wrapped before "dernier" in lower case stays one."""
    assert _spans("Posted 11 March\nLast weekend the guests left.", "en") == [
        ("11 March", "2025-03-11"),
        ("Last weekend", "2025-03-08"),
    ]
    assert _spans("Signé le 9 février\ndernier à Lyon.", "fr") == [
        ("le 9 février\ndernier", "2025-02-09")
    ]


def test_dates_a_year_after_a_paragraph_break_is_its_own_date() -> None:
    """A day and month closing a paragraph and a year opening the next are two mentions; a
    date wrapped over a single line break ("on\\nNovember 18, 2023") stays one."""
    assert _spans("Posted 11 March\n\n2019 was the first year.", "en", None) == [
        ("11 March", None),
        ("2019", "2019"),
    ]
    assert _spans("It was signed on\nNovember 18, 2023 in Ghent.", "en", None) == [
        ("on\nNovember 18, 2023", "2023-11-18")
    ]
