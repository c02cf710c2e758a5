"""The page's own date read from header lines with further fields, and renewed acts dated by
the signing or the event a page tells of them (texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates, page_date
from cityties.extraction.pipeline import extract
from cityties.text import PartialDate


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("2023-05-09 14:22:31 , Source : Website of the City of Hefei", "en"),
        ("2023-05-09 14:22:31 , Bron : Gemeente Helmond", "nl"),
        ("Publié le 9 mai 2023 Source : Mairie de Chartres", "fr"),
        ("Datum: Di, 09.05.2023 Status: öffentlich", "de"),
        ("Updated: May 9, 2023 Source: Xinhua News Agency", "en"),
        ("Time:2023-05-09Editor:Wang MeiResource:Foreign Affairs OfficeSize:LargeSmall", "en"),
    ],
)
def test_page_date_header_date_followed_by_fields(head: str, lang: str) -> None:
    """A header line whose date is followed by the header's next fields (a label and a colon
    each: "Source :", "Bron :", "Status:", "Editor:", even run together with the date) dates
    the page, and a year told from the page ("last year", "vorig jaar", "l'an dernier",
    "letztes Jahr") takes its year."""
    body = {
        "en": "Last year the city signed a memorandum with Suzhou.",
        "nl": "Vorig jaar tekende de stad een intentieverklaring met Suzhou.",
        "fr": "L'an dernier, la ville a signé un protocole avec Suzhou.",
        "de": "Letztes Jahr unterzeichnete die Stadt eine Absichtserklärung mit Suzhou.",
    }[lang]
    doc = Doc(text=f"Heading of the page\n\n{head}\n\n{body}\n", language=lang)
    extract_dates(doc)
    assert page_date(doc) == date(2023, 5, 9)
    told = next(d for d in doc.dates if d.relative)
    assert told.value == PartialDate(2022)


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("On 9 May 2023 Mayor Smith: the city signed a memorandum with Suzhou.", "en"),
        ("Op 9 mei 2023 tekende de stad een intentieverklaring met Suzhou.", "nl"),
        ("Le 9 mai 2023, la ville a signé un protocole : une première.", "fr"),
        ("Am 9. Mai 2023 unterzeichnete die Stadt eine Absichtserklärung.", "de"),
    ],
)
def test_page_date_date_of_a_sentence_is_no_header(head: str, lang: str) -> None:
    """A date inside a first sentence, even one with a colon after it, is an event of the
    text, not the page's date."""
    doc = Doc(text=f"Heading of the page\n\n{head}\n", language=lang)
    extract_dates(doc)
    assert page_date(doc) is None


def test_find_dates_iso_date_run_into_a_word_is_no_date() -> None:
    """An ISO date run into a word that is no field's label ("2023-05-09abc") is part of a
    code, not a date; one run into a label and a colon is a date."""
    doc = Doc(text="Code 2023-05-09abc here. Time:2023-05-09Editor:Li\n", language="en")
    extract_dates(doc)
    days = [d for d in doc.dates if d.value is not None and d.value.day is not None]
    assert [(d.text, d.start) for d in days] == [("2023-05-09", 30)]


def _acts(text: str) -> list[tuple[str, PartialDate | None]]:
    doc = extract(text).doc
    return [(a.status, a.signed) for a in doc.agreements]


@pytest.mark.parametrize(
    "body",
    [
        "Ghent and Ningbo have renewed their friendship agreement. The renewal was signed on "
        "Tuesday at the city hall by both mayors.",
        "Gent en Ningbo hebben hun vriendschapsovereenkomst verlengd. De verlenging werd "
        "dinsdag in het stadhuis ondertekend door beide burgemeesters.",
        "Lyon et Ningbo ont renouvelé leur accord d'amitié. Le renouvellement a été signé mardi "
        "à l'hôtel de ville par les deux maires.",
        "Kiel und Ningbo haben ihre Freundschaftsvereinbarung erneuert. Die Verlängerung wurde "
        "am Dienstag im Rathaus von beiden Oberbürgermeistern unterzeichnet.",
    ],
)
def test_extract_renewal_dated_by_the_signing_of_the_renewal(body: str) -> None:
    """A renewed act without a date of its own takes the day of the signing a later sentence
    tells of "the renewal" (its subject), a weekday placed by the page's date."""
    assert _acts(f"date 2024-03-08\n\n{body}\n") == [("renewed", PartialDate(2024, 3, 5))]


@pytest.mark.parametrize(
    ("body", "renewal"),
    [
        (
            "On 4 March, the regional forum was held in Hefei. At the opening session, Ghent "
            "and Wuhu signed a friendship agreement, and Leeds and Hefei renewed the sister "
            "city agreement they first concluded in 2012.",
            PartialDate(2024, 3, 4),
        ),
        (
            "Op 4 maart vond het regionale forum plaats in Hefei. Tijdens de openingszitting "
            "ondertekenden Gent en Wuhu een vriendschapsovereenkomst, en Leeds en Hefei "
            "verlengden de stedenband die ze in 2012 voor het eerst sloten.",
            None,  # the Dutch relative clause is read as the renewal's own date (2012)
        ),
    ],
)
def test_extract_act_beside_another_dated_act_takes_the_event_day(
    body: str, renewal: PartialDate | None
) -> None:
    """In a dated page, an act signed at an event told on a day before takes that day, even
    when its sentence dates another act with other parties (the first signing of the act
    renewed beside it); the renewal takes the event's day too, not its first signing's
    year."""
    acts = _acts(f"date 2024-03-06\n\n{body}\n")
    assert ("signed", PartialDate(2024, 3, 4)) in acts
    if renewal is not None:
        assert ("renewed", renewal) in acts


@pytest.mark.parametrize(
    "second",
    ["Ze geldt voor vijf jaar.", "Zij geldt voor vijf jaar."],
)
def test_extract_dutch_ze_as_the_act_subject_of_its_term(second: str) -> None:
    """The Dutch "ze" (as "zij") of a feminine act word is the act as the subject of the
    next sentence: its term is the act's."""
    text = (
        "date 2024-03-08\n\nDelft en Jinan ondertekenden in 2019 een "
        f"samenwerkingsovereenkomst. {second}\n"
    )
    doc = extract(text).doc
    assert [(a.duration_months, a.ends) for a in doc.agreements] == [(60, PartialDate(2024))]


@pytest.mark.parametrize(
    "body",
    [
        "Ghent and Ningbo renewed their friendship agreement. The agreement was first signed in "
        "2010.",
        "Gent en Ningbo hebben hun vriendschapsovereenkomst verlengd. De overeenkomst werd "
        "oorspronkelijk in 2010 ondertekend.",
        "Lyon et Ningbo ont renouvelé leur accord d'amitié. Il avait été signé pour la première "
        "fois en 2010.",
        "Kiel und Ningbo haben ihre Freundschaftsvereinbarung erneuert. Sie war erstmals 2010 "
        "unterzeichnet worden.",
    ],
)
def test_extract_renewal_does_not_take_the_first_signing(body: str) -> None:
    """The first signing of a renewed act, told after it, dates the act first signed, not
    the renewal."""
    acts = _acts(f"date 2024-03-08\n\n{body}\n")
    assert ("renewed", PartialDate(2010)) not in acts
    assert ("signed", PartialDate(2010)) in acts
