"""Figures worded as other writers word them (issue 2): urban areas named around a city,
street names that are not ranks, and more. Every text is written for these tests and read by
the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float, int | None]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value, f.year) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Die Metropolregion Hamburg zählt 5,4 Millionen Einwohner.",
            ("metropolregion hamburg", "population", 5400000, None),
            ("hamburg", "population", 5400000, None),
        ),
        (
            "The West Midlands metropolitan area had about 2.9 million inhabitants in 2021.",
            ("west midlands metropolitan area", "population", 2900000, 2021),
            ("midlands", "population", 2900000, 2021),
        ),
        (
            "De Métropole Européenne de Lille komt op ruim 1,1 miljoen inwoners.",
            ("metropole europeenne de lille", "population", 1100000, None),
            ("lille", "population", 1100000, None),
        ),
        (
            "Lyon has 520,000 inhabitants; the metropolitan area of Lyon has 2.3 million.",
            ("metropolitan area of lyon", "population", 2300000, None),
            ("lyon", "population", 2300000, None),
        ),
    ],
)
def test_figures_urban_area_is_its_own_subject(
    text: str,
    expected: tuple[str, str, float, int | None],
    not_expected: tuple[str, str, float, int | None],
) -> None:
    """The urban area around a city, named before or after it, is the subject, not the city."""
    found = _figures(text)
    assert (fold(expected[0]), *expected[1:]) in found
    assert (fold(not_expected[0]), *not_expected[1:]) not in found


def test_figures_city_after_its_urban_area() -> None:
    """ "Die Stadt" after only "die Metropolregion Hamburg" is the city of that area."""
    found = _figures(
        "Die Metropolregion Hamburg zählt 5,4 Millionen Einwohner. "
        "Die Stadt selbst hat 1,9 Mio. Einwohner."
    )
    assert ("hamburg", "population", 1900000, None) in found


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: Ernst-Schneider-Platz 1, 40212 Düsseldorf.",
        "Unser Büro liegt am Willy-Brandt-Platz 3 in Ulm.",
    ],
)
def test_figures_street_name_is_not_a_rank(text: str) -> None:
    """A street named "...-Platz" followed by its house number gives no rank."""
    assert not any(m == "rank" for _, m, _, _ in _figures(text))


def test_figures_platz_after_auf_is_still_a_rank() -> None:
    """ "auf Platz 6" stays a rank."""
    found = _figures("Im Ranking liegt Düsseldorf auf Platz 6.")
    assert ("dusseldorf", "rank", 6, None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lyon has 520,000 inhabitants; the metropolitan area of Lyon has 2.3 million.",
            ("metropolitan area of lyon", "population", 2300000, None),
        ),
        (
            "Die Metropolregion Hamburg zählt 5,4 Millionen Einwohner, die Stadt selbst 1,9 Mio.",
            ("hamburg", "population", 1900000, None),
        ),
    ],
)
def test_figures_bare_number_after_a_described_subject(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A bare number after a second subject that is a description repeats the measure."""
    assert (fold(expected[0]), *expected[1:]) in _figures(text)


def test_figures_bare_number_after_a_common_noun_is_not_gapped() -> None:
    """A number after a lower-case noun that is not a place gives no population."""
    found = _figures("Ghent has 263,608 inhabitants and the city 2,500 streets.")
    assert {v for _, m, v, _ in found if m == "population"} == {263608}
