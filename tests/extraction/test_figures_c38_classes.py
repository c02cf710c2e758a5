"""Figures of the classes corpus38 showed (issue 2), on texts written for these tests in the
four languages: in a contrast "A has N units, B M" the second number is B's, whether B is a
name ("; Poitiers, à peine 89 000") or only the noun of a region the text named before ("la
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
            "Yangzhou, c'est 4,5 millions d'habitants ; Poitiers, à peine 89 000.",
            ("poitiers", "population", 89000.0),
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
    """A gapped clause whose name a comma closes ("; Poitiers, à peine 89 000") gives the
    bare number to that name."""
    assert figure in _figures(text)


def test_carried_figure_region_noun_without_named_region() -> None:
    """Without a region the text names with the noun, the bare number is given to nobody
    new: no figure is made up for "the county"."""
    found = _figures("Grand Rapids has 200,000 residents; the county about 650,000.")
    assert ("grand rapids", "population", 200000.0) in found
    assert not any(s == "county" for s, _, _ in found)


def _years(text: str) -> set[tuple[str, float, int | None]]:
    doc = extract(text).doc
    return {(f.measure, f.value, f.year) for f in doc.figures}


@pytest.mark.parametrize(
    "text",
    [
        "Rotterdam, 3 maart 2025 – De haven van Rotterdam en Ningbo tekenden vandaag een "
        "akkoord. De haven van Ningbo verwerkte vorig jaar 1,3 miljard ton goederen.",
        "Hamburg, 3. März 2025 – Der Hafen Hamburg und Ningbo unterzeichneten heute ein "
        "Abkommen. Der Hafen Ningbo schlug im vergangenen Jahr 1,3 Milliarden Tonnen Güter um.",
        "Le Havre, 3 mars 2025 – Le port du Havre et Ningbo ont signé un accord. Le port de "
        "Ningbo a traité l'an dernier 1,3 milliard de tonnes de marchandises.",
        "3 March 2025 The Port of Felixstowe and Ningbo signed an agreement today. The Port of "
        "Ningbo handled 1.3 billion tonnes of cargo last year.",
    ],
)
def test_figure_year_last_year_from_dateline(text: str) -> None:
    """A figure of "last year" ("vorig jaar", "im vergangenen Jahr", "l'an dernier") in a
    text without a document date takes the year before its dateline's."""
    assert ("cargo_tonnes", 1300000000.0, 2024) in _years(text)


def test_figure_year_last_year_without_dateline() -> None:
    """Without a dated opening line "last year" names no year: none is made up."""
    text = (
        "The Port of Felixstowe and Ningbo signed an agreement. The Port of Ningbo handled "
        "1.3 billion tonnes of cargo last year."
    )
    assert ("cargo_tonnes", 1300000000.0, None) in _years(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Guangdong has 90 sister provinces and cities abroad.", ("guangdong", 90.0)),
        (
            "Gelderland heeft 12 zusterprovincies en -steden in het buitenland.",
            ("gelderland", 12.0),
        ),
        ("Sachsen hat 14 Partnerprovinzen und -städte in Asien.", ("sachsen", 14.0)),
        ("Le Hubei compte 25 provinces et villes amies en France.", ("hubei", 25.0)),
    ],
)
def test_sister_count_of_coordinated_partner_kinds(text: str, figure: tuple[str, float]) -> None:
    """A count of partners of two kinds joined by a conjunction ("sister provinces and
    cities", "zusterprovincies en -steden") is a count of sister cities."""
    assert (fold(figure[0]), "sister_cities", figure[1]) in _figures(text)
