"""Dates: the sentence is the scope of a year told in it (issue 2): "last year" ("vorig jaar",
"l'an dernier", "letztes Jahr") places the months of its own sentence in that year, not a month
told in the next sentence; a year alone ("- 2007: ... signed in November") places a month of
its sentence. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.extractors.dates import find_dates


def _values(text: str, language: str) -> dict[str, str]:
    return {
        d.text: str(d.value)
        for d in find_dates(text, language=language, document_date=date(2019, 5, 23))
    }


@pytest.mark.parametrize(
    ("text", "language", "month", "expected"),
    [
        (
            "Last year in October a delegation went to Wuhan. In March the two cities signed "
            "a memorandum.",
            "en",
            "In March",
            "2019-03",
        ),
        (
            "Vorig jaar in oktober bracht een delegatie een bezoek aan Nanchang. In maart "
            "tekende de hogeschool een overeenkomst.",
            "nl",
            "In maart",
            "2019-03",
        ),
        (
            "L'an dernier, en octobre, une délégation est allée à Wuhan. En mars, les deux "
            "villes ont signé un protocole.",
            "fr",
            "En mars",
            "2019-03",
        ),
        (
            "Letztes Jahr im Oktober reiste eine Delegation nach Wuhan. Im März "
            "unterzeichneten beide Städte eine Vereinbarung.",
            "de",
            "Im März",
            "2019-03",
        ),
    ],
)
def test_find_dates_month_of_the_next_sentence_keeps_the_page_year(
    text: str, language: str, month: str, expected: str
) -> None:
    """A month told in the sentence after "last year in October" is placed from the page's
    date (March 2019 on a page of May 2019), not in last year."""
    assert _values(text, language)[month] == expected


@pytest.mark.parametrize(
    ("text", "language", "month", "expected"),
    [
        ("Last year in October a delegation went to Wuhan.", "en", "in October", "2018-10"),
        ("Vorig jaar kwam hij op 5 september naar Gent.", "nl", "op 5 september", "2018-09-05"),
        ("L'an dernier, en octobre, il est allé à Wuhan.", "fr", "en octobre", "2018-10"),
        ("Letztes Jahr im Oktober reiste er nach Wuhan.", "de", "im Oktober", "2018-10"),
    ],
)
def test_find_dates_month_of_the_same_sentence_takes_last_year(
    text: str, language: str, month: str, expected: str
) -> None:
    """A month in the sentence of "last year" is in last year."""
    assert _values(text, language)[month] == expected


@pytest.mark.parametrize(
    ("text", "language", "month", "expected"),
    [
        (
            "- 2007: Both sides added a memorandum, signed in November.",
            "en",
            "in November",
            "2007-11",
        ),
        (
            "In 2015 bezocht de burgemeester Wuxi; in mei tekenden beide steden een akkoord.",
            "nl",
            "in mei",
            "2015-05",
        ),
        (
            "En 2015, le maire est allé à Wuxi et en mai les deux villes ont signé.",
            "fr",
            "en mai",
            "2015-05",
        ),
        (
            "Im Jahr 2015 reiste der Bürgermeister nach Wuxi, im Mai unterzeichneten beide Städte.",
            "de",
            "im Mai",
            "2015-05",
        ),
    ],
)
def test_find_dates_month_after_a_year_of_its_sentence_takes_that_year(
    text: str, language: str, month: str, expected: str
) -> None:
    """A month without a year, after a year alone in the same sentence, is in that year (not
    placed from the page's date)."""
    values = {
        d.text: str(d.value)
        for d in find_dates(text, language=language, document_date=date(2024, 5, 14))
    }
    assert values[month] == expected


@pytest.mark.parametrize(
    ("text", "language", "month", "expected"),
    [
        ("In 2015 the mayor went to Wuxi. In May the cities signed.", "en", "In May", "2024-05"),
        (
            "In 2015 ging de burgemeester naar Wuxi. In mei tekenden de steden.",
            "nl",
            "In mei",
            "2024-05",
        ),
        (
            "Für 2017-2019 gilt der Plan, im Mai unterzeichneten beide Städte.",
            "de",
            "im Mai",
            "2024-05",
        ),
    ],
)
def test_find_dates_month_after_another_sentence_or_a_period_keeps_the_page_year(
    text: str, language: str, month: str, expected: str
) -> None:
    """A year of another sentence, or a period of years, does not place a month."""
    values = {
        d.text: str(d.value)
        for d in find_dates(text, language=language, document_date=date(2024, 5, 14))
    }
    assert values[month] == expected
