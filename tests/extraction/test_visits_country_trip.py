"""Visits to a country (issue 2, session 20): a trip written as to a country gives way to the
hosts the text names in it for that trip (docs/facts-format.md, "Visits"); a trip to the
country in another year, or a host in another country, leaves it. The texts are written for
these tests."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors._parties import Actor
from cityties.extraction.extractors.visits import _countries_of_named_hosts
from cityties.text import PartialDate
from factsets import visits_of as _visits


def test_visits_country_trip_gives_way_to_named_host() -> None:
    """A trip written as to a country is no visit of its own when the text names a host of
    that trip in the country."""
    found = _visits(
        "Université de Gand en Chine\n\n2025-06-20 | Actualités\n\nUne délégation de "
        "l'Université de Gand s'est rendue début juin en Chine. Le 4 juin, la délégation "
        "était reçue à l'Université du Sichuan à Chengdu."
    )
    assert ("universite de gand", "universite du sichuan", "2025-06-04") in found
    assert not any(h == "chine" for _, h, _ in found)


def _actor(name: str, kind: str, place_kind: str | None, country: str | None) -> Actor:
    key = f"{kind}:{name.casefold()}"
    return Actor(0, len(name), name, kind, key, country=country, place_kind=place_kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stop", "stop_date", "dropped"),
    [
        (("Chengdu", "place", "city", "CN"), PartialDate(2025, 6, 4), True),
        (("Chengdu", "place", "city", "CN"), PartialDate(2019, 6, 4), False),
        (("Sichuan University", "organisation", None, None), PartialDate(2025, 6, 4), True),
        (("Sichuan University", "organisation", None, None), PartialDate(2025, 9, 4), False),
        (("Osaka", "place", "city", "JP"), PartialDate(2025, 6, 4), False),
    ],
)
def test_countries_of_named_hosts_same_trip_only(
    stop: tuple[str, str, str | None, str | None], stop_date: PartialDate, dropped: bool
) -> None:
    """The country visit goes when the same visitor is at a host of that country in the same
    year (a body of no known country: in the same month), and stays otherwise."""
    ghent = _actor("Ghent University", "organisation", None, "BE")
    china = _actor("China", "place", "country", "CN")
    visits = [(ghent, china, PartialDate(2025, 6)), (ghent, _actor(*stop), stop_date)]
    assert (0 in _countries_of_named_hosts(visits)) is dropped
