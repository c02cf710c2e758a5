"""Figures: a rank a place only aims at is no figure (issue 2). "aims to become the largest
port", "ambitionne de devenir le premier port", "will der größte Hafen werden", "wil de
grootste haven worden" state a goal; the same rank stated as a fact ("is the largest port",
"vient de devenir le premier port", "ist geworden") stays a figure. Every text is written for
these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _ranks(text: str) -> set[tuple[str, float]]:
    return {(s, v) for s, m, v, _ in figures_of(text) if m == "rank"}


@pytest.mark.parametrize(
    "text",
    [
        "The Port of Durban, which handled 80 million tonnes in 2023, aims to become the "
        "largest transshipment port of Africa.",
        "Kingston wants to be the busiest port of the Caribbean by 2030.",
        "Le port de Lomé, fort de 30 millions de tonnes traitées en 2023, cherche à devenir le "
        "plus grand port de la sous-région.",
        "Le port de Lomé veut bientôt devenir le premier port à conteneurs du golfe de Guinée.",
        "Der Hafen Wismar, der 2023 rund 4 Millionen Tonnen umschlug, will der größte "
        "Ostseehafen Mecklenburgs werden.",
        "Der Hafen Wismar strebt an, der größte Ostseehafen Mecklenburgs zu werden.",
        "De haven van Vlissingen, die in 2023 35 miljoen ton oversloeg, wil de grootste haven "
        "van Zeeland worden.",
        "De haven van Vlissingen streeft ernaar de grootste haven van Zeeland te worden.",
    ],
)
def test_figures_rank_aimed_at_is_no_figure(text: str) -> None:
    """A rank after a verb of becoming that a goal governs is read as no rank."""
    assert _ranks(text) == set()


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "The Port of Durban, which handled 80 million tonnes in 2023, is the largest port "
            "of Africa.",
            ("port durban", 1.0),
        ),
        (
            "Le port de Lomé vient de devenir le premier port de la sous-région.",
            ("port de lome", 1.0),
        ),
        ("Der Hafen Wismar ist der größte Ostseehafen Mecklenburgs.", ("hafen wismar", 1.0)),
        (
            "De haven van Vlissingen is de grootste haven van Zeeland geworden.",
            ("haven van vlissingen", 1.0),
        ),
    ],
)
def test_figures_rank_stated_as_fact_stays(text: str, rank: tuple[str, float]) -> None:
    """The same rank told as a fact (present or just reached) is still a figure."""
    assert rank in _ranks(text)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Duisburg ist stolz, der größte Binnenhafen Europas zu sein.",
            ("duisburg", 1.0),
        ),
        ("Rotterdam blijkt de grootste haven van Europa te zijn.", ("rotterdam", 1.0)),
        ("Rotterdam later went on to become the largest port of Europe.", ("rotterdam", 1.0)),
        ("Rotterdam grew to become the largest port of Europe.", ("rotterdam", 1.0)),
    ],
)
def test_figures_rank_to_be_without_aim_stays(text: str, rank: tuple[str, float]) -> None:
    """ "zu sein"/"te zijn" after a rank state it when no verb of aiming stands before ("ist
    stolz, ... zu sein", "blijkt ... te zijn"): the rank is still a figure."""
    assert rank in _ranks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Hafen Wismar strebt danach, der größte Ostseehafen Mecklenburgs zu sein.",
        "De haven van Vlissingen streeft ernaar de grootste haven van Zeeland te zijn.",
    ],
)
def test_figures_rank_to_be_after_aim_is_no_figure(text: str) -> None:
    """ "te zijn"/"zu sein" after a verb of aiming ("streeft ernaar") state a goal: no rank."""
    assert _ranks(text) == set()


@pytest.mark.parametrize(
    ("text", "tonnes"),
    [
        (
            "Le port de Lomé, fort de 30 millions de tonnes traitées en 2023, cherche à devenir "
            "le plus grand port de la sous-région.",
            ("port de lome", 30000000.0),
        ),
        (
            "De haven van Vlissingen, die in 2023 35 miljoen ton oversloeg, wil de grootste "
            "haven van Zeeland worden.",
            ("haven van vlissingen", 35000000.0),
        ),
    ],
)
def test_figures_goal_keeps_the_stated_tonnage(text: str, tonnes: tuple[str, float]) -> None:
    """The tonnage the sentence states before the goal is still read."""
    found = {(s, v) for s, m, v, _ in figures_of(text) if m == "cargo_tonnes"}
    assert tonnes in found
