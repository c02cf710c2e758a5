"""The page's own date read from a byline header, and weekdays a header's date places (texts
written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates, page_date
from cityties.text import PartialDate


def _dates(text: str, lang: str) -> dict[str, PartialDate | None]:
    doc = Doc(text=text, language=lang)
    extract_dates(doc)
    return {d.text.strip(" ."): d.value for d in doc.dates}


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("Published on May 14, 2025 by Karen Whitfield", "en"),
        ("Gepubliceerd op 14 mei 2025 door Pieter van Damme", "nl"),
        ("Publié le 14 mai 2025 par Odile Marchand", "fr"),
        ("Veröffentlicht am 14. Mai 2025 von Jürgen Albrecht", "de"),
    ],
)
def test_page_date_byline_header(head: str, lang: str) -> None:
    """A header line that gives the page's date and then its author ("by", "door", "par",
    "von" and a name) dates the page."""
    doc = Doc(text=f"A heading of the page\n\n{head}\n\nThe text of the page.\n", language=lang)
    extract_dates(doc)
    assert page_date(doc) == date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "lang", "told", "day"),
    [
        (
            "Harbour news | 14 May 2025\n\nThe two ports signed the agreement on Monday in "
            "Tianjin.\n",
            "en",
            "on Monday",
            PartialDate(2025, 5, 12),
        ),
        (
            "Havennieuws | 14 mei 2025\n\nDe twee havens ondertekenden maandag in Tianjin een "
            "akkoord.\n",
            "nl",
            "maandag",
            PartialDate(2025, 5, 12),
        ),
        (
            "Publié le 14 mai 2025 par Odile Marchand\n\nLa convention, signée lundi à "
            "Tianjin, court sur trois ans.\n",
            "fr",
            "lundi",
            PartialDate(2025, 5, 12),
        ),
        (
            "Hafennachrichten | 14.05.2025\n\nDie beiden Häfen unterzeichneten am Mittwoch in "
            "Tianjin eine Vereinbarung.\n",
            "de",
            "am Mittwoch",
            PartialDate(2025, 5, 14),
        ),
    ],
)
def test_weekday_placed_by_header_date(text: str, lang: str, told: str, day: PartialDate) -> None:
    """A weekday of a page dated by its header (no date line) is the last such day up to the
    header's date, the day itself included."""
    assert _dates(text, lang)[told] == day


@pytest.mark.parametrize(
    ("text", "lang", "told"),
    [
        (
            "Harbour news | 14 May 2025\n\nThe two ports signed the agreement today.\n",
            "en",
            "today",
        ),
        (
            "Havennieuws | 14 mei 2025\n\nDe twee havens ondertekenden gisteren een akkoord.\n",
            "nl",
            "gisteren",
        ),
    ],
)
def test_day_of_writing_not_placed_by_header_date(text: str, lang: str, told: str) -> None:
    """ "today" and "yesterday" are told from the day of writing, which a header's date may
    follow by days: they stay undated."""
    assert _dates(text, lang)[told] is None
