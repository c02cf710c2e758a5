"""Exports of the directory: CSV columns, GeoJSON of places, vCards of people."""

from __future__ import annotations

import json
from collections.abc import Iterable

from cityties.web.core.exports import Column, VCard, to_vcards
from cityties.web.core.links import detail_url

from .models import Organisation, Person, Place

PLACE_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("name", "name"),
    ("local_name", "name_local"),
    ("chinese_name", "name_zh"),
    ("pinyin", "pinyin"),
    ("kind", "kind"),
    ("country", "country"),
    ("admin_region", "admin_region"),
    ("geonameid", "geonameid"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("population", "population"),
    ("population_year", "population_year"),
]
ORGANISATION_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("name", "name"),
    ("kind", "kind"),
    ("place", "place"),
    ("website", "website"),
    ("phone", "phone"),
    ("email", "email"),
    ("platforms", "platforms"),
]
PERSON_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("name", "name"),
    ("role", "role"),
    ("unit", "unit"),
    ("organisation", "organisation"),
    ("phone", "phone"),
    ("email", "email"),
    ("active_from", "active_from"),
    ("active_to", "active_to"),
]


def places_geojson(places: Iterable[Place], *, home: Place | None = None) -> dict:
    """Places with coordinates as a GeoJSON FeatureCollection (RFC 7946: longitude first)."""
    features = []
    for place in places:
        if place.latitude is None or place.longitude is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": place.pk,
                "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
                "properties": {
                    "name": place.name,
                    "name_zh": place.name_zh,
                    "pinyin": place.pinyin,
                    "country": place.country,
                    "admin_region": place.admin_region,
                    "kind": place.kind,
                    "home": place.is_home or (home is not None and place.pk == home.pk),
                    "url": detail_url(place),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def places_geojson_text(places: Iterable[Place]) -> str:
    """The GeoJSON as text."""
    return json.dumps(places_geojson(places), ensure_ascii=False) + "\n"


def people_vcards(people: Iterable[Person]) -> str:
    """People as vCard 4.0 text."""
    return to_vcards(
        VCard(
            uid=f"urn:cityties:person:{p.pk}",
            name=p.name,
            organisation=str(p.organisation) if p.organisation else "",
            unit=p.unit,
            title=p.role,
            phone=p.phone,
            email=p.email,
        )
        for p in people
    )


def organisation_label(org: Organisation) -> str:
    """An organisation with its place."""
    return f"{org.name} ({org.place})" if org.place else org.name
