"""Figures of the classes corpus41's writer reported (issue 2), each written for these tests in
the four languages: a population stated after a place that a compass direction locates ("a
city south-west of X with N inhabitants") is about the described city, not about X; an
approximation before the number ("some", "ruim", "quelque", "rund") keeps the figure. Every
text is read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "subject", "located"),
    [
        (
            "Jiaxing ist eine Kanalstadt südwestlich von Shanghai mit 5,4 Millionen Einwohnern.",
            "jiaxing",
            "shanghai",
        ),
        (
            "Wenzhou ist eine Hafenstadt nordöstlich von Fuzhou mit etwa 9,6 Millionen Einwohnern.",
            "wenzhou",
            "fuzhou",
        ),
        (
            "Yangzhou liegt nordwestlich von Suzhou und hat gut 4,6 Millionen Einwohner.",
            "yangzhou",
            "suzhou",
        ),
        (
            "Ningbo ist eine Hafenstadt südöstlich von Hangzhou mit 9,6 Millionen Einwohnern.",
            "ningbo",
            "hangzhou",
        ),
        (
            "Wenzhou is a port city north-east of Fuzhou with about 9.6 million inhabitants.",
            "wenzhou",
            "fuzhou",
        ),
        (
            "Wenzhou is een havenstad ten noordoosten van Fuzhou met ongeveer 9,6 miljoen "
            "inwoners.",
            "wenzhou",
            "fuzhou",
        ),
        (
            "Wenzhou, ville portuaire au nord-est de Fuzhou, compte 9,6 millions d'habitants.",
            "wenzhou",
            "fuzhou",
        ),
    ],
)
def test_population_after_compass_direction_belongs_to_described_city(
    text: str, subject: str, located: str
) -> None:
    """A place after a compass direction ("südwestlich von", "north-east of", "ten
    noordoosten van", "au nord-est de") only locates the city described; the population is
    the described city's."""
    found = _figures(text)
    assert {s for s, m, _ in found if m == "population"} == {subject}
    assert all(s != located for s, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Research showed that Yangzhou was a city of some 4,600,000 inhabitants.",
        "Yangzhou telt ruim 4,6 miljoen inwoners.",
        "Yangzhou compte quelque 4,6 millions d'habitants.",
        "Yangzhou hat rund 4,6 Millionen Einwohner.",
        "Yangzhou zählt etwa 4,6 Millionen Einwohner.",
    ],
)
def test_approximation_before_population_keeps_figure(text: str) -> None:
    """An approximation before the number ("some", "ruim", "quelque", "rund", "etwa")
    keeps the figure at its stated value."""
    assert ("yangzhou", "population", 4600000.0) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zhejiang now counts 97 pairs of sister provinces and sister cities worldwide.",
        "Le Zhejiang réunit 97 paires de provinces et villes jumelles sur tous les continents.",
        "Zhejiang heeft nu 97 paren zusterprovincies en -steden.",
        "Zhejiang pflegt inzwischen 97 Paare von Partnerstädten weltweit.",
    ],
)
def test_pairs_of_partners_count_sister_cities(text: str) -> None:
    """A count of pairs ("97 pairs of", "paires de", "paren", "Paare von") before the noun of
    the partners paired is the place's count of partnerships."""
    assert ("zhejiang", "sister_cities", 97.0) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Four pairs of Australian and Chinese towns signed agreements in Sydney.",
        "Quatre paires de villes australiennes et chinoises ont signé des accords à Sydney.",
    ],
)
def test_pairs_of_cities_signing_are_no_count(text: str) -> None:
    """Pairs of cities that sign something are no place's count of partnerships."""
    assert not [f for f in _figures(text) if f[1] == "sister_cities"]
