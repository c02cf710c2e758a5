"""Figures of the classes corpus38 showed (issue 2), on texts written for these tests in the
four languages: in a contrast "A has N units, B M" the second number is B's, whether B is a
name ("; Orléans, à peine 117 000") or only the noun of a region the text named before ("la
région 3,8 millions", "der Landkreis etwa 185.000")."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "figure", "not_figure"),
    [
        (
            "La Région Bretagne coopère avec la province du Shandong depuis 1985. L'écart est "
            "net : le Shandong compte 101 millions d'habitants, la région 3,4 millions.",
            ("bretagne", "population", 3400000.0),
            ("shandong", "population", 3400000.0),
        ),
        (
            "Eine Delegation des Landkreises Celle besuchte Pingxiang. Pingxiang zählt knapp "
            "zwei Millionen Einwohner, der Landkreis etwa 178.000.",
            ("celle", "population", 178000.0),
            ("pingxiang", "population", 178000.0),
        ),
        (
            "Kent County and Grand Rapids signed a letter of intent with Jinan. Grand Rapids "
            "has 200,000 residents; the county about 650,000.",
            ("kent county", "population", 650000.0),
            ("grand rapids", "population", 650000.0),
        ),
        (
            "De provincie Limburg tekende een intentieverklaring met Jiangxi. Jiangxi telt 45 "
            "miljoen inwoners, de provincie ruim 1,1 miljoen.",
            ("limburg", "population", 1100000.0),
            ("jiangxi", "population", 1100000.0),
        ),
    ],
)
def test_carried_figure_region_noun_goes_to_named_region(
    text: str, figure: tuple[str, str, float], not_figure: tuple[str, str, float]
) -> None:
    """The bare second number of a contrast whose subject is only a region noun ("la région",
    "der Landkreis", "the county", "de provincie") is the population of the region the text
    named with that noun, not of the first subject."""
    found = _figures(text)
    assert (fold(figure[0]), *figure[1:]) in found
    assert (fold(not_figure[0]), *not_figure[1:]) not in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Zhenjiang, c'est 3,2 millions d'habitants ; Orléans, à peine 117 000.",
            ("orleans", "population", 117000.0),
        ),
        (
            "Jiangxi telt 46 miljoen inwoners; Hasselt, amper 80.000.",
            ("hasselt", "population", 80000.0),
        ),
        (
            "Qingdao hat zehn Millionen Einwohner; Kiel, knapp 250.000.",
            ("kiel", "population", 250000.0),
        ),
        (
            "Qingdao has 10 million people; Kiel, about 250,000.",
            ("kiel", "population", 250000.0),
        ),
    ],
)
def test_carried_figure_name_closed_by_comma(text: str, figure: tuple[str, str, float]) -> None:
    """A gapped clause whose name a comma closes ("; Orléans, à peine 117 000") gives the
    bare number to that name."""
    assert figure in _figures(text)


def test_carried_figure_region_noun_without_named_region() -> None:
    """Without a region the text names with the noun, the bare number is given to nobody
    new: no figure is made up for "the county"."""
    found = _figures("Grand Rapids has 200,000 residents; the county about 650,000.")
    assert ("grand rapids", "population", 200000.0) in found
    assert not any(s == "county" for s, _, _ in found)
