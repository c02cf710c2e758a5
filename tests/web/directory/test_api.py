"""Directory API: CRUD, the protected delete (409), GeoJSON and vCard exports."""

from __future__ import annotations

import json

import pytest
import vobject

from cityties.web.directory.models import Organisation, Person, Place, Platform

from ..core.crud import crud_roundtrip
from .factories import OrganisationFactory, PersonFactory, PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_api(api_as, desk_users):  # type: ignore[no-untyped-def]
    return api_as(desk_users["admin"])


def test_api_places_crud(admin_api) -> None:  # type: ignore[no-untyped-def]
    """Places can be created, read, listed, changed and deleted."""
    body = crud_roundtrip(
        admin_api,
        path="places",
        model=Place,
        create_data={
            "name": "Taizhou",
            "country": "CN",
            "admin_region": "Zhejiang",
            "name_zh": "台州",
        },
        update_data={"pinyin": "Tāizhōu"},
    )
    assert body["display"] == "Taizhou (台州 Tāizhōu)"


def test_api_organisations_crud(admin_api) -> None:  # type: ignore[no-untyped-def]
    """Organisations round-trip through the API."""
    crud_roundtrip(
        admin_api,
        path="organisations",
        model=Organisation,
        create_data={"name": "Weihai Port Group", "kind": "port"},
        update_data={"website": "https://port.example.org"},
    )


def test_api_people_crud(admin_api, desk_org) -> None:  # type: ignore[no-untyped-def]
    """People round-trip; the phone is kept in E.164."""
    crud_roundtrip(
        admin_api,
        path="people",
        model=Person,
        create_data={"name": "Anja Example", "organisation": desk_org.pk, "phone": "+32478000000"},
        update_data={"role": "Adviser"},
    )


def test_api_platforms_crud(admin_api, desk_org) -> None:  # type: ignore[no-untyped-def]
    """Platforms round-trip with their members."""
    crud_roundtrip(
        admin_api,
        path="platforms",
        model=Platform,
        create_data={"name": "China Platform", "focus_country": "CN", "members": [desk_org.pk]},
        update_data={"description": "One point of contact for China."},
    )


def test_api_invalid_phone_is_400_with_message(admin_api) -> None:  # type: ignore[no-untyped-def]
    """A phone number not in E.164 is refused with the field's message."""
    response = admin_api.post("/api/people/", {"name": "X Y", "phone": "09 210"}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert "E.164" in body["message"]
    assert "phone" in body["extra"]["fields"]


def test_api_protected_delete_is_409_listing_dependants(admin_api) -> None:  # type: ignore[no-untyped-def]
    """Deleting a place an organisation is in answers 409 and names the organisation."""
    org = OrganisationFactory(name="Ghent University")
    response = admin_api.delete(f"/api/places/{org.place.pk}/")
    assert response.status_code == 409
    dependants = response.json()["extra"]["dependants"]
    assert dependants == [
        {"type": "directory.organisation", "id": org.pk, "display": "Ghent University"}
    ]
    assert Place.objects.filter(pk=org.place.pk).exists()


def test_api_missing_record_is_404(admin_api) -> None:  # type: ignore[no-untyped-def]
    """An unknown id answers 404 with a message."""
    response = admin_api.get("/api/places/999999/")
    assert response.status_code == 404
    assert response.json()["message"]


def test_api_places_geojson_parses(admin_api) -> None:  # type: ignore[no-untyped-def]
    """GeoJSON puts longitude first and leaves out places without coordinates."""
    PlaceFactory(name="Weihai", latitude=37.51, longitude=122.12, name_zh="威海")
    PlaceFactory(name="Nowhere")
    response = admin_api.get("/api/places/geojson/")
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [122.12, 37.51]}
    assert feature["properties"]["name_zh"] == "威海"


def test_api_people_vcard_parses(admin_api, desk_org) -> None:  # type: ignore[no-untyped-def]
    """The vCard export parses back with its names, organisation, phone and e-mail."""
    PersonFactory(
        name="Anja Van den Durpel",
        organisation=desk_org,
        unit="International Relations and Networking",
        phone="+32478789501",
        email="anja@example.org",
    )
    response = admin_api.get("/api/people/vcard/")
    assert response.status_code == 200
    [card] = list(vobject.readComponents(response.content.decode()))
    assert card.fn.value == "Anja Van den Durpel"
    assert card.org.value[0] == "City of Ghent"
    assert card.tel.value == "tel:+32478789501"
    assert card.email.value == "anja@example.org"


def test_api_export_csv_follows_filter(admin_api) -> None:  # type: ignore[no-untyped-def]
    """The CSV export holds exactly the filtered list."""
    PlaceFactory(name="Weihai", country="CN")
    PlaceFactory(name="Lille", country="FR")
    response = admin_api.get("/api/places/export/csv/?country=CN")
    lines = response.content.decode().strip().splitlines()
    assert lines[0].startswith("id,name,local_name")
    assert len(lines) == 2 and ",Weihai," in lines[1]
