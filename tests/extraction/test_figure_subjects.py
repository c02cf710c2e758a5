"""Figures whose measure noun is left out (issue 2): a bare number compared with the figure
just before it ("contre 650 000 pour Nantes", "while Normandy has 3.3 million", "terwijl
Hasselt er 6.500 telt") or told as a part of it in the next sentence ("Nijmegen heeft er
180.000", "95,000 of these", "Davon leben ..."), in the four languages. Every text is written
for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a contrast before the number, the subject after it
        (
            "Chengdu compte près de 21 millions d'habitants, contre 650 000 pour Nantes.",
            ("nantes", "population", 650000.0),
        ),
        (
            "Chengdu heeft 21 miljoen inwoners, tegenover 180.000 voor Leiden.",
            ("leiden", "population", 180000.0),
        ),
        (
            "Chengdu hat 21 Millionen Einwohner, gegenüber 260.000 in Freiburg.",
            ("freiburg", "population", 260000.0),
        ),
        (
            "Chengdu has 21 million inhabitants, against 250,000 in Cambridge.",
            ("cambridge", "population", 250000.0),
        ),
        # a second clause with its own subject, after another figure of the sentence
        (
            "Sichuan has 83 million inhabitants on 486,000 km², while Normandy has 3.3 million.",
            ("normandy", "population", 3300000.0),
        ),
        (
            "Le Sichuan compte 83 millions d'habitants sur 486 000 km², quand la Normandie en "
            "compte 3,3 millions.",
            ("normandie", "population", 3300000.0),
        ),
        (
            "Leuven telt 60.000 studenten, terwijl Hasselt er 6.500 telt.",
            ("hasselt", "students", 6500.0),
        ),
        (
            "Die Universität Leipzig hat 30.000 Studierende, während die Universität Halle "
            "20.000 zählt.",
            ("universitat halle", "students", 20000.0),
        ),
        # a part of the figure of the sentence before
        (
            "Gelderland telt 2,1 miljoen inwoners. Nijmegen heeft er 180.000.",
            ("nijmegen", "population", 180000.0),
        ),
        (
            "Birmingham has 1.1 million residents. Sutton Coldfield, a town within the city, "
            "accounts for about 95,000 of these.",
            ("sutton coldfield", "population", 95000.0),
        ),
        (
            "Bayern hat 13 Millionen Einwohner. Davon leben 1,5 Millionen in München.",
            ("munchen", "population", 1500000.0),
        ),
    ],
)
def test_carried_measure_gives_the_bare_number_a_figure(
    text: str, figure: tuple[str, str, float]
) -> None:
    """A bare number that closes a comparison or a partitive takes the counting measure of
    the figure just before it, for the subject of its own clause."""
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # the number has its own noun
        "Sichuan has 83 million inhabitants, while Normandy has 3 universities.",
        "Chengdu compte 21 millions d'habitants, contre 650 000 euros pour Nantes.",
        # the figure before does not count people or firms
        "Gelderland beslaat 5.100 km². Nijmegen heeft er 58.",
    ],
)
def test_carried_measure_needs_a_bare_number_after_a_count(text: str) -> None:
    """Only a number without a noun of its own, after a figure that counts, carries the
    measure: the text gives one figure only."""
    assert len(_figures(text)) == 1
