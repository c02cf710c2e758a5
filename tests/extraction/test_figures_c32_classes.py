"""Figures as writers the engine was not tuned on give them (issue 2, the figure misses and
extras of benchmarks/corpus32 taken as classes, each also seen in other corpora): a place
named inside the apposition of the place that locates an organisation ("X liegt in der Provinz
Anhui, der Partnerprovinz Niedersachsens, und hat ..."), which describes that place and is no
subject. Every text is written for these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _subjects(text: str, measure: str) -> set[str]:
    return {s for s, m, _, _ in figures_of(text) if m == measure}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Hefei University of Technology lies in Anhui province, the partner province of "
            "Lower Saxony, and has about 30,000 students.",
            "hefei university technology",
        ),
        (
            "Die Universität Jinan liegt in der Provinz Shandong, der Partnerprovinz Bayerns, "
            "und hat rund 40.000 Studierende.",
            "universitat jinan",
        ),
        (
            "De Universiteit van Wuhan ligt in de provincie Hubei, de partnerprovincie van "
            "Wallonië, en telt 52.000 studenten.",
            "universiteit van wuhan",
        ),
        (
            "L'Université du Shandong se trouve dans la province du Shandong, partenaire de la "
            "Bavière, et compte 60 000 étudiants.",
            "universite du shandong",
        ),
    ],
)
def test_figures_place_in_locative_apposition_is_no_subject(text: str, subject: str) -> None:
    """A place named in the description of the place that locates the clause's subject
    describes that place: the students are the organisation's."""
    assert _subjects(text, "students") == {subject}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "In Flanders, the port of Antwerp, Europe's second port, handled 290 million "
            "tonnes of cargo in 2023.",
            "port antwerp",
            290000000.0,
        ),
        (
            "The deal was signed in Tallinn by the Port of Tallinn, the largest port of "
            "Estonia, and Qingdao Port Group, which handled 700 million tonnes of cargo.",
            "qingdao port group",
            700000000.0,
        ),
    ],
)
def test_figures_fronted_place_or_conjunct_is_no_apposition(
    text: str, subject: str, value: float
) -> None:
    """A place that opens the sentence locates it, and a name after ', and' is a conjunct:
    neither makes the name after it a description of the place."""
    assert subject in _subjects(text, "cargo_tonnes")
    assert any(s == subject and v == value for s, m, v, _ in figures_of(text))
