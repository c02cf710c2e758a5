"""Figures: whose figure it is, as classes of figure misses seen in several development
corpora and on real pages (issue 2): a relative clause after a region that only places a town
("X is a town in the province of Y, which has N inhabitants", "die Stadt in der Provinz Y,
die N Einwohner zählt") describes the town, not the region; a relative clause after a region
that places the subject directly ("X lies in Y, which has ...") still describes the region.
Every text is written for these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _population(text: str) -> set[tuple[str, float]]:
    return {(s, v) for s, m, v, _ in figures_of(text) if m == "population"}


@pytest.mark.parametrize(
    "text",
    [
        "Xuancheng is a city in the province of Anhui, which has about 2.5 million inhabitants.",
        "Xuancheng is a city in Anhui province, which has about 2.5 million inhabitants.",
        "Xuancheng ist eine Stadt in der Provinz Anhui, die rund 2,5 Millionen Einwohner zählt.",
        "Xuancheng is een stad in de provincie Anhui, die zo'n 2,5 miljoen inwoners telt.",
        "Xuancheng est une ville de la province de l'Anhui, qui compte 2,5 millions d'habitants.",
    ],
)
def test_figures_relative_after_region_placing_a_town_describes_the_town(text: str) -> None:
    """The region after "a city in" only places the town: the population is the town's."""
    assert _population(text) == {("xuancheng", 2_500_000)}


def test_figures_relative_after_placed_town_reaches_the_anaphor() -> None:
    """'der Stadt in der Provinz Anhui, die ... zählt' after a partner named before: the
    population belongs to the town the anaphor names back, not to the province."""
    text = (
        "Frankenberg pflegt seit 2008 eine Partnerschaft mit Xuancheng. Die Partnerschaft mit "
        "der Stadt in der Provinz Anhui, die rund 2,5 Millionen Einwohner zählt, bleibt bestehen."
    )
    assert _population(text) == {("xuancheng", 2_500_000)}


@pytest.mark.parametrize(
    "text",
    [
        "Xuancheng lies in the province of Anhui, which has 61 million inhabitants.",
        "Xuancheng liegt in der Provinz Anhui, die rund 61 Millionen Einwohner zählt.",
        "Xuancheng ligt in de provincie Anhui, die zo'n 61 miljoen inwoners telt.",
    ],
)
def test_figures_relative_after_region_placing_the_subject_stays_the_regions(text: str) -> None:
    """Without a town noun before it, the region's relative clause is about the region."""
    assert _population(text) == {("anhui", 61_000_000)}


def test_figures_relative_after_region_placing_a_town_french_adjective() -> None:
    """'une ville portuaire de la province de ..., qui compte': the adjective after the
    French noun does not hide the town."""
    text = (
        "Rizhao est une ville portuaire de la province du Shandong, qui compte 3 millions "
        "d'habitants."
    )
    assert _population(text) == {("rizhao", 3_000_000)}


@pytest.mark.parametrize(
    "text",
    [
        "Hefei ist die Hauptstadt der Provinz Anhui, die rund 61 Millionen Einwohner zählt.",
        "Hefei is de hoofdstad van de provincie Anhui, die zo'n 61 miljoen inwoners telt.",
    ],
)
def test_figures_relative_after_capital_of_region_stays_the_regions(text: str) -> None:
    """A capital is no town the region only places: its relative clause keeps the region."""
    assert _population(text) == {("anhui", 61_000_000)}
