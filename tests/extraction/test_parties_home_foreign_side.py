"""An English text on one partner place's ties with the counterpart country is written from
that place, even when it names the counterpart city more often; a counterpart city's own page
on partners of several countries keeps the counterpart city as its home. Texts written for
these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


def _homes(text: str) -> list[str]:
    return [fold(h.name) for h in cast_for(extract(text).doc).homes]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Plymouth docks welcome officials from Dalian\n\nOfficials from Dalian toured the "
            "docks at Plymouth on Monday. Dalian is a large port city, and Dalian handles much "
            "of the trade of the north-east. The visitors from Dalian also saw the fish market. "
            "Dalian hopes to send students next year.",
            "plymouth",
        ),
        (
            "A delegation led by the mayor of Graz visited Wuhan on Tuesday. Wuhan is a city of "
            "eleven million people, and Wuhan lies on the Yangtze. In Wuhan the guests from "
            "Graz saw the river port. Wuhan will send a trade group next year.",
            "graz",
        ),
    ],
)
def test_parties_home_sole_foreign_place_first(text: str, home: str) -> None:
    """The only place of a country other than the counterparts comes before the counterpart
    city named more often."""
    homes = _homes(text)
    assert homes and homes[0] == home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Harbin and its friendship cities\n\nHarbin keeps ties with Edmonton in Canada, "
            "with Niigata in Japan and with Minneapolis. Harbin and Edmonton signed in 1985. "
            "Niigata and Harbin signed in 1979. Harbin welcomed guests from Edmonton and "
            "Niigata last year.",
            "harbin",
        ),
        (
            "Harbin welcomes guests from Edmonton\n\nHarbin received a delegation from "
            "Edmonton on Monday. Harbin showed its ice festival. Edmonton sent a choir, and "
            "Harbin hosted a dinner.",
            "harbin",
        ),
    ],
)
def test_parties_home_counterpart_city_page_kept(text: str, home: str) -> None:
    """A counterpart city's own page naming partners of several countries, or naming itself
    before its one partner, keeps it first."""
    homes = _homes(text)
    assert homes and homes[0] == home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Eine Delegation aus Wuhan besuchte am Montag Kassel. In Wuhan leben elf "
            "Millionen Menschen. Wuhan und Kassel arbeiten seit 2016 zusammen. Die Gäste aus "
            "Wuhan sahen auch den Bergpark.",
            "kassel",
        ),
        (
            "Une délégation de Wuhan a visité Nantes lundi. Wuhan compte onze millions "
            "d'habitants. Wuhan et Nantes coopèrent depuis 2016. Les invités de Wuhan ont "
            "aussi vu le port.",
            "nantes",
        ),
        (
            "Een delegatie uit Wuhan bezocht maandag Zwolle. Wuhan telt elf miljoen inwoners. "
            "Wuhan en Zwolle werken sinds 2016 samen. De gasten uit Wuhan zagen ook de haven.",
            "zwolle",
        ),
    ],
)
def test_parties_home_own_language_place_first(text: str, home: str) -> None:
    """A German, French or Dutch text keeps the place of its language's countries first over
    the counterpart city named more often (the same class in the other languages)."""
    homes = _homes(text)
    assert homes and homes[0] == home
