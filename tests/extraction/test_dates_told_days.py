"""Tests of days told from the day told before them ("the next day", "le lendemain") and of
the date of a letter's header of fields, on texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates, find_dates, page_date
from cityties.text import PartialDate
from factsets import date_told_by


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "The mayors met in Ghent on 4 May 2021. The next day, the charter was signed.",
            "en",
            "The next day",
            "2021-05-05",
        ),
        (
            "The delegation arrived on 30 June 2022; the following day it toured the port.",
            "en",
            "the following day",
            "2022-07-01",
        ),
        (
            "The forum opened on 8 March 2019 and the memorandum was signed two days later.",
            "en",
            "two days later",
            "2019-03-10",
        ),
        (
            "Le 12 octobre 2020, la délégation est arrivée à Nantes. Le lendemain, les deux "
            "maires ont signé la charte.",
            "fr",
            "Le lendemain",
            "2020-10-13",
        ),
        (
            "La convention fut signée le 3 février 2018 ; la veille, les maires avaient visité "
            "le port.",
            "fr",
            "la veille",
            "2018-02-02",
        ),
        (
            "Op 31 december 2019 kwam de delegatie aan. De volgende dag werd het akkoord getekend.",
            "nl",
            "De volgende dag",
            "2020-01-01",
        ),
        (
            "De gasten kwamen op 9 mei 2017 aan in Breda; daags daarna tekenden zij de "
            "intentieverklaring.",
            "nl",
            "daags daarna",
            "2017-05-10",
        ),
        (
            "Die Delegation traf am 14. Juni 2016 in Kiel ein. Am nächsten Tag unterzeichneten "
            "die Bürgermeister den Vertrag.",
            "de",
            "Am nächsten Tag",
            "2016-06-15",
        ),
        (
            "Der Vertrag wurde am 20. April 2015 unterzeichnet; am Vortag hatte der Rat "
            "zugestimmt.",
            "de",
            "am Vortag",
            "2015-04-19",
        ),
        (
            "Vom 3. bis 5. Mai 2018 war die Delegation in Weimar, am Tag darauf in Erfurt.",
            "de",
            "am Tag darauf",
            "2018-05-06",
        ),
    ],
)
def test_find_dates_day_told_from_the_day_before(text: str, lang: str, span: str, iso: str) -> None:
    """A day told from the day told just before ("the next day", "le lendemain", "de
    volgende dag", "am Vortag", "two days later") is that day moved by its days; after a
    stay, a later day counts from the stay's last day."""
    value = date_told_by(text, span, lang)
    assert value is not None
    assert value.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The partnership began in 2015. The next day was a holiday.", "en"),
        ("Le jumelage date de 1998. Le lendemain, la fête continua.", "fr"),
        ("In oktober 2019 was er een missie. De volgende dag reisde men verder.", "nl"),
    ],
)
def test_find_dates_day_shift_after_no_day_is_no_mention(text: str, lang: str) -> None:
    """A day told from a year or a month ("In 2015 ... the next day") is no date: the phrase
    is left out rather than given a value it cannot have."""
    found = find_dates(text, language=lang, document_date=None)
    assert all(
        "day" not in d.text and "lendemain" not in d.text and "dag" not in d.text for d in found
    )


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        (
            "On 3 May 2019 the council met. Au lendemain de la guerre, tout changea.",
            "fr",
            "lendemain",
        ),
        ("Le 2 juin 2021, à la veille du sommet, les maires se sont vus.", "fr", "veille"),
        ("On 3 May 2019 the council met; the day before the vote was calm.", "en", "day before"),
    ],
)
def test_find_dates_day_of_another_event_is_no_shift(text: str, lang: str, phrase: str) -> None:
    """ "au lendemain de la guerre", "à la veille du sommet", "the day before the vote": a day
    told from another event than the day written before is no date."""
    found = find_dates(text, language=lang, document_date=None)
    assert not any(phrase in d.text for d in found)


def test_extract_dates_day_shift_counts_from_a_dateline_resolved_day() -> None:
    """A weekday the page's dateline resolves is the day a "next day" counts from."""
    text = (
        "Kortrijk, 10 maart 2023\n\nMaandag kwam de delegatie aan. De volgende dag werd getekend.\n"
    )
    doc = Doc(text=text, language="nl")
    extract_dates(doc)
    nxt = next(d for d in doc.dates if d.text == "De volgende dag")
    assert nxt.value == PartialDate(2023, 3, 7)


@pytest.mark.parametrize(
    ("head", "lang", "iso"),
    [
        (
            "Aan de voorzitter van Provinciale Staten\np/a Statengriffier\n\nons kenmerk: 2201/7\n"
            "afdeling: Economie\nbijlage(n): 2\nbehandeld door: A. de Wit\ndoorkiesnummer: "
            "(0118) 12 34 56\nonderwerp: Zusterprovincie\nverzonden: Middelburg, 4 maart 2021",
            "nl",
            "2021-03-04",
        ),
        (
            "An den Kreistag\n\nAz.: 12-40/3\nAmt: Wirtschaft\nAnlagen: 2\nBearbeiter: B. Roth\n"
            "Telefon: 09971 1234\nBetreff: Partnerregion\nDatum: Cham, 4. März 2021",
            "de",
            "2021-03-04",
        ),
        (
            "To the members of the council\n\nOur ref: 22/7\nDepartment: Economy\nEnclosures: 2\n"
            "Contact: A. White\nPhone: 0118 123456\nSubject: Sister province\nDate: 4 March 2021",
            "en",
            "2021-03-04",
        ),
    ],
)
def test_page_date_letter_header_of_fields(head: str, lang: str, iso: str) -> None:
    """The fields of a letter's header (reference, department, enclosures, contact) do not
    count among the page's first lines: the date of its "sent:"/"Datum:"/"Date:" line, after
    the place of sending, dates the page and what the letter tells relative to it."""
    text = f"{head}\n\nDrie jaar geleden, drei Jahre, three years ago.\n"
    doc = Doc(text=text, language=lang)
    extract_dates(doc)
    assert page_date(doc) == date.fromisoformat(iso)


def test_extract_dates_letter_date_places_past_month_and_years_ago() -> None:
    """In a letter dated by its header ("verzonden: Middelburg, 1 december 2009"), "van 3 tot
    11 november jongstleden" is that November and "drie jaar geleden" the letter's year less
    three."""
    text = (
        "Aan de voorzitter van Provinciale Staten\n\nons kenmerk: 0903/12\nafdeling: Economie\n"
        "bijlage(n): 3\nbehandeld door: A. de Wit\ndoorkiesnummer: (0118) 63 17 22\n"
        "e-mail: a.dewit@example.nl\nonderwerp: Handelsmissie\n"
        "verzonden: Middelburg, 1 december 2009\n\nGeachte voorzitter,\n\n"
        "Van 3 tot 11 november jongstleden bezocht een delegatie de stad. De regio heeft drie "
        "jaar geleden een convenant gesloten.\n"
    )
    doc = Doc(text=text, language="nl")
    extract_dates(doc)
    stay = next(d for d in doc.dates if d.text.startswith("Van 3 tot 11 november"))
    assert stay.text.endswith("jongstleden")
    assert (stay.value, stay.end_value) == (PartialDate(2009, 11, 3), PartialDate(2009, 11, 11))
    ago = next(d for d in doc.dates if d.text == "drie jaar geleden")
    assert ago.value == PartialDate(2006)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Op 4 december jongstleden werd getekend.", "2020-12-04"),
        ("Op 4 december laatstleden werd getekend.", "2020-12-04"),
    ],
)
def test_find_dates_jongstleden_is_a_past_day(text: str, iso: str) -> None:
    """ "4 december jongstleden" (Belgian "laatstleden") on a page of January is the last
    4 December before it, in the year before."""
    found = find_dates(text, language="nl", document_date=date(2021, 1, 20))
    assert len(found) == 1
    assert found[0].value is not None
    assert found[0].value.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "Vom 9. bis 12. Oktober 2016 reiste der Bürgermeister nach Lyon. Der Bezirk hatte "
            "2012 eine Erklärung unterzeichnet.\n\nBereits im September hatte eine Delegation "
            "aus Lyon die Stadt besucht.",
            "de",
            "im September",
            "2016-09",
        ),
        (
            "On 17 April 2018 the two universities signed an agreement. Already in February a "
            "delegation had come to Leeds.",
            "en",
            "in February",
            "2018-02",
        ),
        (
            "Le 3 mars 2021, les deux villes ont signé la charte. Déjà en novembre, une "
            "délégation était venue à Lyon.",
            "fr",
            "en novembre",
            "2020-11",
        ),
        (
            "Op 12 juni 2019 tekenden de steden het akkoord. Al in maart was een delegatie in "
            "Gent geweest.",
            "nl",
            "in maart",
            "2019-03",
        ),
    ],
)
def test_find_dates_month_told_as_already_takes_the_year_told(
    text: str, lang: str, span: str, iso: str
) -> None:
    """On a page without a date, a month told as earlier ("Bereits im September", "already in
    February", "déjà en novembre", "al in maart") is in the year of the last date told before
    it with a month (a year alone passed over), or the year before when the month comes
    after that date's."""
    value = date_told_by(text, span, lang)
    assert value is not None
    assert value.iso() == iso


def test_find_dates_month_without_already_stays_open() -> None:
    """A month without a year and without "already" on a page without a date keeps no year
    (it may be the month of a year to come)."""
    text = "On 17 April 2018 the universities signed an agreement. In February a delegation came."
    assert date_told_by(text, "In February", "en") is None


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("ROTTERDAM, 7 maart 2022 - De haven en de stad Ningbo hebben dinsdag getekend.", "nl"),
        ("Nantes, le 7 mars 2022 – Le maire a signé mardi une charte avec Jinan.", "fr"),
        ("Kiel, 07.03.2022 (dpa) -- Die Stadt hat am Dienstag unterschrieben.", "de"),
        ("LEEDS, March 7, 2022 (Wire) -- The council signed on Tuesday.", "en"),
    ],
)
def test_page_date_run_in_dateline_of_a_press_release(head: str, lang: str) -> None:
    """A press release's dateline that runs into its first sentence (a place, the date, a
    source in brackets perhaps, a dash, the text) dates the page to the day: a weekday of the
    text is the last such day before it."""
    doc = Doc(text=f"Titel\n\n{head}\n", language=lang)
    extract_dates(doc)
    assert page_date(doc) == date(2022, 3, 7)
    weekday = next(d for d in doc.dates if d.relative)
    assert weekday.value == PartialDate(2022, 3, 1)


def test_page_date_dash_after_a_date_in_a_sentence_is_no_dateline() -> None:
    """A date inside the first sentence, not after a place that opens its line, is no
    dateline even when a dash follows it."""
    doc = Doc(
        text="Title\n\nThe charter of 7 March 2022 - a first step - was signed.\n", language="en"
    )
    extract_dates(doc)
    assert page_date(doc) is None


def test_page_date_run_in_dateline_without_its_year_leaves_the_header_date() -> None:
    """A wire's run-in dateline without its year ("CHICAGO, April 16 (Wire) --") is no
    dateline of its own: the header's date stays the page's date."""
    text = (
        "Title\n\nSource: Wire | 2019-04-17 08:12:40 | Editor: Liu\n\n"
        "CHICAGO, April 16 (Wire) -- A delegation spent three days this week in Peoria.\n"
    )
    doc = Doc(text=text, language="en")
    extract_dates(doc)
    assert page_date(doc) == date(2019, 4, 17)


@pytest.mark.parametrize(
    ("head", "body", "lang", "span", "iso"),
    [
        (
            "Stadtblatt, Ausgabe Oktober 2019",
            "Im Oktober unterzeichneten die Bürgermeister die Urkunde.",
            "de",
            "Im Oktober",
            "2019-10",
        ),
        (
            "Jaarverslag Internationale Zaken 2019",
            "In juni bezocht een delegatie de partnerstad.",
            "nl",
            "In juni",
            "2019-06",
        ),
        (
            "Annual report 2023",
            "A delegation came this year and another one in May.",
            "en",
            "this year",
            "2023",
        ),
        (
            "Bilan des relations internationales 2018",
            "En novembre dernier, la ville a reçu une délégation.",
            "fr",
            "En novembre dernier",
            "2018-11",
        ),
    ],
)
def test_extract_dates_issue_heading_places_months_and_years(
    head: str, body: str, lang: str, span: str, iso: str
) -> None:
    """A report's or an issue's heading with its year or month ("Jaarverslag ... 2019",
    "Ausgabe Oktober 2019") places the months and the years the page tells from its own."""
    doc = Doc(text=f"{head}\n\n{body}\n", language=lang)
    extract_dates(doc)
    d = next(d for d in doc.dates if d.text == span)
    assert d.value is not None
    assert d.value.iso() == iso


@pytest.mark.parametrize(
    "head",
    ["Twinning with Lyon since 1990", "The annual report of 2019 was approved by the council."],
)
def test_extract_dates_year_of_a_title_or_sentence_is_no_issue(head: str) -> None:
    """A year in a heading that names no report or issue, or in a sentence, places nothing:
    "this year" stays open."""
    doc = Doc(text=f"{head}\n\nA delegation came this year.\n", language="en")
    extract_dates(doc)
    d = next(d for d in doc.dates if d.text == "this year")
    assert d.value is None


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("The charter was signed twenty years ago in Lyon.", "en", 2004),
        ("Het akkoord werd dertig jaar geleden getekend.", "nl", 1994),
        ("La charte fut signée il y a vingt-cinq ans.", "fr", 1999),
        ("Der Vertrag wurde vor fünfzig Jahren unterzeichnet.", "de", 1974),
    ],
)
def test_find_dates_tens_of_years_ago(text: str, lang: str, year: int) -> None:
    """A count of years ago written in words beyond ten ("twenty years ago", "dertig jaar
    geleden", "il y a vingt-cinq ans", "vor fünfzig Jahren") is the page's year less it."""
    found = find_dates(text, language=lang, document_date=date(2024, 5, 1))
    assert [d.value for d in found] == [PartialDate(year)]
