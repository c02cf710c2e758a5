"""Figures and dates the review31 found wrong, on texts written for these tests: a relative
clause of origin after a count describes the whole count; a compound naming a part of town is
no population; a name or the noun "will" does not make a clause future; a date takes the tense
of its own clause, not of the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors.dates import find_dates
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


def _values(text: str, language: str, page: date) -> list[tuple[str, str]]:
    return [(d.text, str(d.value)) for d in find_dates(text, language=language, document_date=page)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The University of Leeds has 38,000 students who come from 140 countries.",
            ("university leeds", "students", 38000.0),
        ),
        (
            "The University of Leeds has 38,000 students who hail from more than 140 countries.",
            ("university leeds", "students", 38000.0),
        ),
        (
            "L'Université de Lyon compte 30 000 étudiants qui viennent de 120 pays.",
            ("universite de lyon", "students", 30000.0),
        ),
    ],
)
def test_figures_relative_clause_of_origin_keeps_the_size(
    text: str, expected: tuple[str, str, float]
) -> None:
    """A relative clause of origin right after the count describes all of it: the size stays."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Utrecht telt 12.000 binnenstadbewoners.",
        "Jena zählt 9.000 Innenstadtbewohner.",
        "Haarlem telt 20.000 centrumbewoners.",
    ],
)
def test_figures_part_of_town_compound_is_no_population(text: str) -> None:
    """Residents of the inner city, the centre or a district are a part, not the population."""
    assert not any(m == "population" for _, m, _ in _figures(text))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le Premier ministre de Madeira en visite à Lyon le 12 février.", "2025-02-12"),
        ("fr", "La délégation de la Riviera arrive à Lyon le 12 mars.", "2025-03-12"),
        ("en", "In February both mayors showed the political will to cooperate.", "2025-02"),
        # controls: a real future still moves the date ahead
        ("fr", "La délégation visitera Lyon le 12 février.", "2026-02-12"),
        ("en", "The mayor will visit Leeds in February.", "2026-02"),
    ],
)
def test_find_dates_names_and_nouns_are_no_future(language: str, text: str, expected: str) -> None:
    """A name ending like a French future and the noun "will" leave a past month in the past."""
    values = _values(text, language, date(2025, 6, 10))
    assert [v for _, v in values] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The delegation arrived on Tuesday, and the mayor will sign the agreement on Friday.",
            "2025-06-13",
        ),
        (
            "de",
            "Die Delegation traf am Dienstag ein und wird am Freitag den Vertrag unterzeichnen.",
            "2025-06-13",
        ),
    ],
)
def test_find_dates_tense_of_the_date_s_own_clause(language: str, text: str, expected: str) -> None:
    """A future clause after a past one joined by "and"/"und" places its weekday ahead."""
    values = _values(text, language, date(2025, 6, 10))
    assert values[-1][1] == expected
