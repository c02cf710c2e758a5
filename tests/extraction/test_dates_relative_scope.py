"""Dates: "last year" ("vorig jaar", "l'an dernier", "letztes Jahr") places the months of its
own sentence in that year, not a month told in the next sentence (issue 2). Every sentence
here was written for these tests."""

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
