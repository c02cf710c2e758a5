"""Tests of cityties.dates on texts written for these tests: a date written as an end ("jusqu'en
octobre 2026", "until March 2027") keeps the end's preposition out of its span and gives no
year to the days told after it; a periodical's issue at the head of the page ("City Mag –
December 2019") dates the days and months the page writes without a year."""

from __future__ import annotations

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates, find_dates
from cityties.text import PartialDate


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("La convention est valable jusqu'en octobre 2026.", "octobre 2026", PartialDate(2026, 10)),
        ("Le protocole court jusqu’en 2027 au moins.", "2027", PartialDate(2027)),
        ("L'accord restera en vigueur jusqu'en mars.", "mars", None),
    ],
)
def test_dates_end_preposition_stays_out_of_the_span(
    text: str, span: str, value: PartialDate | None
) -> None:
    """After an elided "jusqu'", the "en" belongs to the end's preposition, not to the date:
    the date's span starts at the month or the year (as after "jusqu'au")."""
    found = find_dates(text, language="fr", document_date=None)
    assert [d.text for d in found] == [span]
    if value is not None:
        assert found[0].value == value


@pytest.mark.parametrize(
    ("text", "lang", "day", "value"),
    [
        (
            "Kortrijk, le 20 mai 2023. L'accord signé le 12 mai 2023 est valable jusqu'en mai "
            "2028. Une délégation était à Kunming du 14 au 16 mai.",
            "fr",
            "du 14 au 16 mai",
            PartialDate(2023, 5, 14),
        ),
        (
            "On 3 March 2024 the two ports signed a memorandum, valid until March 2027. The "
            "harbour master stayed from 5 to 7 March.",
            "en",
            "from 5 to 7 March",
            PartialDate(2024, 3, 5),
        ),
        (
            "Am 2. Juni 2022 wurde die Vereinbarung unterzeichnet; sie gilt bis Juni 2025. Die "
            "Gäste blieben vom 4. bis 6. Juni.",
            "de",
            "vom 4. bis 6. Juni",
            PartialDate(2022, 6, 4),
        ),
        (
            "Op 9 april 2021 tekenden de havens een akkoord dat loopt tot april 2024. De "
            "delegatie bleef van 10 tot 12 april.",
            "nl",
            "van 10 tot 12 april",
            PartialDate(2021, 4, 10),
        ),
    ],
)
def test_dates_an_end_gives_no_year_to_later_days(
    text: str, lang: str, day: str, value: PartialDate
) -> None:
    """A day and month without a year take the year of the report's dates, not that of an
    end written between them ("valid until March 2027", "gilt bis Juni 2025")."""
    found = find_dates(text, language=lang, document_date=None)
    assert next(d for d in found if d.text.rstrip(".") == day).value == value


def test_dates_a_later_date_of_the_same_month_still_gives_its_year() -> None:
    """A full date that is no end still gives its year to a day of its month told after it."""
    text = "The memorandum was signed on 3 March 2024. The guests stayed from 5 to 7 March."
    found = find_dates(text, language="en", document_date=None)
    assert next(d for d in found if "5 to 7" in d.text).value == PartialDate(2024, 3, 5)


@pytest.mark.parametrize(
    ("head", "lang", "day", "value"),
    [
        (
            "Harbour Mag – December 2019",
            "en",
            "on 5 November",
            PartialDate(2019, 11, 5),
        ),
        (
            "Gemeentemagazine – december 2019",
            "nl",
            "op 5 november",
            PartialDate(2019, 11, 5),
        ),
        (
            "Le Mag de la ville, décembre 2019",
            "fr",
            "le 5 novembre",
            PartialDate(2019, 11, 5),
        ),
        (
            "Stadtmagazin Dezember 2019",
            "de",
            "am 5. November",
            PartialDate(2019, 11, 5),
        ),
    ],
)
def test_dates_a_periodical_issue_dates_days_without_a_year(
    head: str, lang: str, day: str, value: PartialDate
) -> None:
    """A magazine's issue written with its month and year at the head of the page gives its
    year to a day and month the page writes without one."""
    body = {
        "en": "The delegation signed a letter of intent on 5 November in Hangzhou.",
        "nl": "De delegatie tekende op 5 november een intentieverklaring in Hangzhou.",
        "fr": "La délégation a signé le 5 novembre une lettre d'intention à Hangzhou.",
        "de": "Die Delegation unterzeichnete am 5. November in Hangzhou eine Absichtserklärung.",
    }[lang]
    doc = Doc(text=f"{head}\n\n{body}\n", language=lang)
    extract_dates(doc)
    assert next(d for d in doc.dates if d.text == day).value == value


def test_dates_a_sentence_with_a_magazine_is_no_issue_head() -> None:
    """A sentence that names a magazine and a month is no page header: it dates nothing."""
    doc = Doc(
        text="The city magazine wrote about it in December 2019, and more.\n\n"
        "The delegation signed a letter of intent on 5 November in Hangzhou.\n",
        language="en",
    )
    extract_dates(doc)
    assert next(d for d in doc.dates if d.text == "on 5 November").value is None
