"""Directory FilterSets: search by any name, partners and dormancy, current contacts."""

from __future__ import annotations

import datetime as dt

import pytest

from cityties.web.directory.filters import PersonFilterSet, PlaceFilterSet
from cityties.web.directory.models import Person, Place

from ..agreements.factories import AgreementPartyFactory
from ..engagements.factories import VisitFactory
from .factories import PersonFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def _names(filterset) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in filterset.qs)


@pytest.mark.parametrize("query", ["Taizhou", "taiz", "台州", "Tāizhōu", "Tai Zhou"])
def test_place_filter_q_any_name(query: str) -> None:
    """`q` finds a place by its name, characters or pinyin; every word must match."""
    PlaceFactory(name="Taizhou", name_zh="台州", pinyin="Tāizhōu", country="CN")
    PlaceFactory(name="Lille", country="FR")
    result = PlaceFilterSet({"q": query}, queryset=Place.objects.all())
    assert _names(result) == ["Taizhou"]


def test_place_filter_country_and_kind() -> None:
    """Country and kind filter the list."""
    PlaceFactory(name="Weihai", country="CN")
    PlaceFactory(name="Shandong", country="CN", kind="admin1")
    PlaceFactory(name="Lille", country="FR")
    result = PlaceFilterSet({"country": "cn", "kind": ["city"]}, queryset=Place.objects.all())
    assert _names(result) == ["Weihai"]


def test_place_filter_dormant_partners() -> None:
    """A partner with nothing for years is dormant; one visited recently is not."""
    quiet = AgreementPartyFactory(place=PlaceFactory(name="Quiet")).place
    busy = PlaceFactory(name="Busy")
    home = PlaceFactory(name="Home", is_home=True)
    VisitFactory(
        from_place=busy, to_place=home, start_date=dt.date.today(), start_date_precision="day"
    )
    PlaceFactory(name="Not a partner")
    dormant = PlaceFilterSet({"dormant": True}, queryset=Place.objects.all())
    partners = PlaceFilterSet({"partner": True}, queryset=Place.objects.all())
    assert _names(dormant) == [quiet.name]
    assert _names(partners) == ["Busy", "Quiet"]


def test_person_filter_current_and_search() -> None:
    """`current` leaves out people whose role ended; `q` searches names and roles."""
    PersonFactory(name="Old Officer", role="International Relations", active_to=dt.date(2020, 1, 1))
    PersonFactory(name="New Officer", role="International Relations")
    result = PersonFilterSet({"current": True, "q": "relations"}, queryset=Person.objects.all())
    assert _names(result) == ["New Officer"]
