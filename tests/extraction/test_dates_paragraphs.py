"""Tests of cityties.dates on texts written for these tests: no date across a paragraph break,
a month of a relative year, the page's own date line and the year a sentence tells."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import (
    extract_dates,
    find_dates,
    page_date,
    page_header_date,
)
from cityties.text import PartialDate

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


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "The two mayors signed it on 4 June this year in Ghent.",
            "en",
            "on 4 June this year",
            "2019-06-04",
        ),
        ("A group came in October last year.", "en", "in October last year", "2018-10"),
        ("She has led the office since April of last year.", "en", "April of last year", "2018-04"),
        (
            "Zij tekenden op 4 juni van dit jaar in Gent.",
            "nl",
            "op 4 juni van dit jaar",
            "2019-06-04",
        ),
        (
            "In oktober vorig jaar kwam een groep uit Wuxi.",
            "nl",
            "In oktober vorig jaar",
            "2018-10",
        ),
        ("Signé le 4 juin de cette année à Lyon.", "fr", "le 4 juin de cette année", "2019-06-04"),
        (
            "Venus en octobre de l'année dernière.",
            "fr",
            "en octobre de l'année dernière",
            "2018-10",
        ),
        (
            "Unterzeichnet am 4. Juni dieses Jahres in Kiel.",
            "de",
            "am 4. Juni dieses Jahres",
            "2019-06-04",
        ),
        (
            "Im Oktober vergangenen Jahres kam eine Gruppe.",
            "de",
            "Im Oktober vergangenen Jahres",
            "2018-10",
        ),
    ],
)
def test_dates_month_of_a_relative_year(text: str, lang: str, span: str, iso: str) -> None:
    """A month, or a day and month, followed by a year told from the page's ("this year",
    "van dit jaar", "de l'année dernière", "vergangenen Jahres") is one date in that year;
    without a page date it is one date without a value."""
    found = find_dates(text, language=lang, document_date=date(2019, 9, 12))
    assert [(d.text, d.value.iso() if d.value else None) for d in found] == [(span, iso)]
    bare = find_dates(text, language=lang, document_date=None)
    assert [(d.text, d.value, d.relative) for d in bare] == [(span, None, True)]


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Harbour Board | News | 14 May 2021", "2021-05-14"),
        ("Archive | www.portnews.example July 2, 2021", "2021-07-02"),
        ("Release time: 2021-07-02", "2021-07-02"),
        ("Meeting Date: July 2, 2021", "2021-07-02"),
        ("Séance du 2 juillet 2021 à 18h30", "2021-07-02"),
        ("Verslag van de raadsvergadering van 2 juli 2021", "2021-07-02"),
        ("Stadtblatt · Lokales · 02.07.2021", "2021-07-02"),
        ("Pressemeldung - 2. Juli 2021", "2021-07-02"),
        ("2 juli 2021     Tekst: Gemeente Zwolle", "2021-07-02"),
        ("(Lyon, 2 juillet 2021)", "2021-07-02"),
        ("Wire desk | 2021-07-02 09:15:00 | Editor: Chen", "2021-07-02"),
    ],
)
def test_dates_a_header_line_dates_the_page(head: str, iso: str) -> None:
    """A date line at the head of a page, after its site and section, a label, or the
    heading of a sitting, dates the page: a day and month without a year take its year; a
    weekday is the last such day up to it (the blind sets since corpus27 resolve weekdays by
    the page's header)."""
    text = (
        f"{head}\n\nThe mayors signed on 22 May; the guests left on Tuesday. They met last year.\n"
    )
    doc = Doc(text=text, language="en")
    extract_dates(doc)
    assert page_date(doc) == date.fromisoformat(iso)
    may = next(d for d in doc.dates if d.text.endswith("22 May"))
    assert may.value == PartialDate(2021, 5, 22)
    tuesday = next(d for d in doc.dates if "Tuesday" in d.text)
    page = date.fromisoformat(iso)
    assert tuesday.value == PartialDate.from_date(page - timedelta(days=(page.weekday() - 1) % 7))
    last_year = next(d for d in doc.dates if d.text == "last year")
    assert last_year.value == PartialDate(2020)


@pytest.mark.parametrize(
    "head", ["Published on 2 July 2021", "Ghent, 2 July 2021", "Stand: 02.07.2021", "02.07.2021"]
)
def test_dates_a_dateline_gives_its_day_to_a_weekday(head: str) -> None:
    """A dateline (a lead word or a place before the date, or the date alone) is the day of
    writing: "on Tuesday" is the last Tuesday before it."""
    doc = Doc(text=f"{head}\n\nThe guests left on Tuesday.\n", language="en")
    extract_dates(doc)
    tuesday = next(d for d in doc.dates if "Tuesday" in d.text)
    assert tuesday.value == PartialDate(2021, 6, 29)


@pytest.mark.parametrize(
    "head",
    [
        "The twinning was signed in Lyon on 3 May 2019",
        "Since the signing of the friendship act on 16 May 2003 the ties have grown",
        "Monday 4 November 2024 - arrival in Kyoto; courtesy call at the city hall",
        "| AUSTRIA | University of Graz | 2012-04-16 |",
    ],
)
def test_dates_a_sentence_or_a_row_at_the_head_is_no_dateline(head: str) -> None:
    """A sentence of the text, an itinerary's day and a table row that give a date on one of
    the first lines do not date the page: "on Tuesday" stays without a value."""
    text = f"{head}\n\nA delegation from Wuxi arrived on Tuesday for talks.\n"
    doc = Doc(text=text, language="en")
    extract_dates(doc)
    assert page_date(doc) is None
    tuesday = next(d for d in doc.dates if "Tuesday" in d.text)
    assert tuesday.value is None


def test_dates_page_header_date_reads_a_coarser_head_date() -> None:
    """`page_header_date` gives the dateline's day, else a year or month alone on a short line
    at the head ("Annual report 2023"); `page_date` gives no date for the latter."""
    doc = Doc(text="Annual report 2023\n\nGuests from Wuxi came in May.\n", language="en")
    extract_dates(doc)
    assert page_date(doc) is None
    assert page_header_date(doc) == PartialDate(2023)
    doc = Doc(text="Port News | May 6, 2013\n\nGuests came in April.\n", language="en")
    extract_dates(doc)
    assert page_header_date(doc) == PartialDate(2013, 5, 6)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Last year he went to Shanghai (5 September) and Qingdao (8 September).",
            "en",
            "8 September",
        ),
        ("Vorig jaar reisde hij op 8 september naar Qingdao.", "nl", "op 8 september"),
        ("L'an dernier, le 8 septembre, il était à Qingdao.", "fr", "le 8 septembre"),
        ("Letztes Jahr war er am 8. September in Qingdao.", "de", "am 8. September"),
    ],
)
def test_dates_a_day_in_a_sentence_of_last_year(text: str, lang: str, day: str) -> None:
    """A day and month without a year, in a sentence that says "last year", is in the year
    before the page's date, with a date line and with a dateline of the page alike."""
    found = find_dates(text, language=lang, document_date=date(2024, 3, 12))
    assert next(d for d in found if d.text == day).value == PartialDate(2023, 9, 8)
    doc = Doc(text="Port News | 12 March 2024\n\n" + text, language=lang)
    extract_dates(doc)
    assert next(d for d in doc.dates if d.text == day).value == PartialDate(2023, 9, 8)


def test_dates_a_day_after_a_sentence_of_last_year_keeps_the_page_year() -> None:
    """ "Last year" in the sentence before does not move a day told in the next sentence."""
    found = find_dates(
        "Last year was quiet. He comes back on 8 September.",
        language="en",
        document_date=date(2024, 3, 12),
    )
    assert found[-1].value == PartialDate(2024, 9, 8)


@pytest.mark.parametrize(
    ("text", "lang", "day", "iso"),
    [
        (
            "On 12 May 2023 a group from Xiamen came.\n\nA team from Wuhan came on 3 July.",
            "en",
            "on 3 July",
            "2023-07-03",
        ),
        (
            "Van 24 tot 27 maart 2025 was een groep in Accra.\n\nOp 2 april volgde een webinar.",
            "nl",
            "Op 2 april",
            "2025-04-02",
        ),
        (
            "Le 12 mai 2023, une délégation est venue. Une autre est venue le 3 juillet.",
            "fr",
            "le 3 juillet",
            "2023-07-03",
        ),
        (
            "Am 12. Mai 2023 kam eine Gruppe. Am 3. Juli kam eine zweite.",
            "de",
            "Am 3. Juli",
            "2023-07-03",
        ),
    ],
)
def test_dates_a_day_in_a_running_year(text: str, lang: str, day: str, iso: str) -> None:
    """Without a page date, a day and month told after a full date of an earlier month
    take its year: the text tells its items in the order of the calendar."""
    found = find_dates(text, language=lang, document_date=None)
    d = next(d for d in found if d.text.rstrip(".") == day)
    assert d.value is not None and d.value.iso() == iso


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May 2023 a group came. A summer school follows in 2024. They came on 3 July.",
        "On 12 September 2023 a group came. A team from Wuhan came on 3 July.",
    ],
)
def test_dates_no_running_year_after_a_bare_year_or_a_later_month(text: str) -> None:
    """A year alone told in between, or a full date of a later month, leaves the day and
    month without a year."""
    found = find_dates(text, language="en", document_date=None)
    assert next(d for d in found if d.text.rstrip(".") == "on 3 July").value is None


def test_dates_no_running_year_after_last_year() -> None:
    """ "Last year" between a full date and a day and month stops the running year."""
    found = find_dates(
        "On 12 May 2023 a group came. Last year he went there on 3 July.",
        language="en",
        document_date=None,
    )
    assert next(d for d in found if d.text.rstrip(".") == "on 3 July").value is None
