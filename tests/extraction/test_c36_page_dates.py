"""The page's own date read from a byline header, and weekdays a header's date places (texts
written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates, page_date
from cityties.extraction.pipeline import extract
from cityties.text import PartialDate, fold


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


def _signed(text: str, party: str) -> str | None:
    """The signing date of the one act reported with `party`."""
    hits = [
        a
        for a in extract(text).doc.agreements
        if any(fold(party) in fold(p.name) for p in a.parties)
    ]
    assert len(hits) == 1, [(a.parties, a.signed) for a in hits]
    return str(hits[0].signed) if hits[0].signed is not None else None


@pytest.mark.parametrize(
    ("text", "party", "expected"),
    [
        (
            "date 2024-10-04\nOn 2 October, the Mayor of Aalborg hosted a reception for a "
            "delegation from Suzhou at the town hall. The harbour was enlarged in May 2019.\n\n"
            "During that reception, both cities signed a memorandum of understanding to "
            "promote tourism.\n",
            "Suzhou",
            "2024-10-02",
        ),
        (
            "date 2024-10-04\nOp 2 oktober ontving de burgemeester van Zwolle een delegatie "
            "uit Suzhou in het stadhuis. De haven werd in mei 2019 uitgebreid.\n\nBij de "
            "ontmoeting ondertekenden beide steden een intentieverklaring over toerisme.\n",
            "Suzhou",
            "2024-10-02",
        ),
        (
            "date 2024-10-04\nLe 2 octobre, le maire de Rodez a reçu une délégation de Suzhou "
            "à l'hôtel de ville. Le musée a été agrandi en mai 2019.\n\nLors de la "
            "réception, les deux villes ont signé un protocole d'accord sur le tourisme.\n",
            "Suzhou",
            "2024-10-02",
        ),
        (
            "date 2024-10-04\nAm 2. Oktober empfing der Oberbürgermeister von Gotha eine "
            "Delegation aus Suzhou im Rathaus. Das Schloss wurde im Mai 2019 renoviert.\n\n"
            "Beim Empfang unterzeichneten beide Städte eine Absichtserklärung über den "
            "Tourismus.\n",
            "Suzhou",
            "2024-10-02",
        ),
        (
            "date 2024-10-04\nOn 2 October, a delegation of Suzhou University visited Aalborg "
            "University. The laboratories were enlarged in May 2019.\n\nBoth universities "
            "used the occasion to sign a letter of intent on joint degrees.\n",
            "Suzhou University",
            "2024-10-02",
        ),
    ],
)
def test_act_signed_at_reception_takes_its_day(text: str, party: str, expected: str) -> None:
    """An act signed "during the reception", "bij de ontmoeting", "lors de la réception",
    "beim Empfang" or at "the occasion" a university "used to sign" takes the day the page
    told that meeting on, a few sentences before (not the month of another sentence)."""
    assert _signed(text, party) == expected
