"""A region's government datelines its releases with its capital: the region named as a body
above the dateline is the document's own place, not the dateline town. Texts written for
these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


def _homes(text: str) -> list[str]:
    return [fold(h.name) for h in cast_for(extract(text).doc).homes]


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        (
            "Persbericht | Provincie Gelderland\n\nArnhem, 3 mei 2024 – De gedeputeerde "
            "ontving gisteren een delegatie uit Neder-Silezië. De gasten bezochten Arnhem en "
            "Nijmegen. In Arnhem spraken zij over waterstof.",
            "gelderland",
            "arnhem",
        ),
        (
            "Nieuwsbericht | Provincie Zeeland\n\nMiddelburg, 3 mei 2024 – De commissaris "
            "ontving een delegatie uit Zhejiang. In Middelburg ging het over havens. Middelburg "
            "en Vlissingen toonden hun kades.",
            "zeeland",
            "middelburg",
        ),
        (
            "Communiqué de presse\nRégion Bretagne\n\nRennes - La présidente a reçu une "
            "délégation du Shandong. À Rennes, les élus ont parlé d'agriculture. Rennes "
            "accueillera un forum.",
            "bretagne",
            "rennes",
        ),
    ],
)
def test_parties_home_region_named_above_dateline(text: str, region: str, town: str) -> None:
    """The region named as a body above a dateline of its own town comes before the town."""
    homes = _homes(text)
    assert region in homes and town in homes
    assert homes.index(region) < homes.index(town)


@pytest.mark.parametrize(
    "text",
    [
        # the town's own government writes: the town stays the home
        "Stadt Hannover\nLand Niedersachsen\n\nHannover, 3. Mai 2024 – Der Oberbürgermeister "
        "empfing Gäste aus Hefei. In Hannover ging es um Messen. Hannover und Hefei sind "
        "Partnerstädte.",
        # a region named without a body word above the dateline (a breadcrumb)
        "Startseite > Niedersachsen > Hannover\n\nHANNOVER – Der Rat hat beschlossen, die "
        "Partnerschaft mit Hefei zu beenden. Hannover war seit 1985 mit Hefei verbunden.",
    ],
)
def test_parties_home_dateline_town_kept(text: str) -> None:
    """Without a region named as a body, or with the town's own government at the head, the
    dateline town stays before the region."""
    homes = _homes(text)
    assert homes and homes[0] == "hannover"
