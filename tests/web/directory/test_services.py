"""Directory services: resolve by GeoNames id or name, fill from the gazetteer, log every change."""

from __future__ import annotations

import datetime as dt

import pytest

from cityties.web.core.models import ChangeLogEntry
from cityties.web.directory.models import Figure, Person, Place
from cityties.web.directory.services import (
    figure_upsert,
    organisation_resolve,
    person_handover,
    place_resolve,
    place_set_home,
    place_update,
)

from .factories import OrganisationFactory, PersonFactory, PlaceFactory

pytestmark = pytest.mark.django_db

TAIZHOU_ZJ = {
    "geonameid": 1793505,
    "name": "Taizhou",
    "country": "CN",
    "admin1": "Zhejiang",
    "name_zh": "台州",
    "kind": "city",
}
TAIZHOU_JS = {
    "geonameid": 1793424,
    "name": "Taizhou",
    "country": "CN",
    "admin1": "Jiangsu",
    "name_zh": "泰州",
    "kind": "city",
}


def test_place_resolve_creates_from_gazetteer() -> None:
    """A new place takes its English name, region, characters and id from the gazetteer entry."""
    place, action = place_resolve(actor=None, name="Taizhou", ref=TAIZHOU_ZJ)
    assert action == "created"
    assert (place.name, place.admin_region, place.name_zh, place.geonameid) == (
        "Taizhou",
        "Zhejiang",
        "台州",
        1793505,
    )


def test_place_resolve_two_taizhous_never_confused() -> None:
    """The Taizhou of Jiangsu is not merged into the Taizhou of Zhejiang."""
    zhejiang, _ = place_resolve(actor=None, name="Taizhou", ref=TAIZHOU_ZJ)
    jiangsu, action = place_resolve(actor=None, name="Taizhou", ref=TAIZHOU_JS)
    assert action == "created"
    assert zhejiang.pk != jiangsu.pk
    again, action = place_resolve(actor=None, name="Taizhou", ref=TAIZHOU_ZJ)
    assert (again.pk, action) == (zhejiang.pk, "matched")


def test_place_resolve_by_name_fills_id_and_keeps_alias() -> None:
    """A place found by its folded name ("City of Ghent") gets the gazetteer's id filled in."""
    existing = PlaceFactory(name="Ghent", country="BE")
    place, action = place_resolve(
        actor=None, name="City of Ghent", ref={"geonameid": 2797656, "country": "BE"}
    )
    assert (place.pk, action) == (existing.pk, "updated")
    place.refresh_from_db()
    assert place.geonameid == 2797656


def test_place_resolve_by_alias_name() -> None:
    """A name the register knows as an alias finds the place."""
    ghent = PlaceFactory(name="Ghent", country="BE")
    ghent.aliases.create(name="Gent", folded="gent")
    place, action = place_resolve(actor=None, name="Gent")
    assert place.pk == ghent.pk
    assert action == "matched"


def test_place_resolve_fills_empty_fields_only() -> None:
    """Matching fills what the register lacks and never overwrites what it has."""
    weihai = PlaceFactory(
        name="Weihai", country="CN", admin_region="Shandong", geonameid=1791673, latitude=1.0
    )
    place, action = place_resolve(
        actor=None, name="Weihai", ref={"geonameid": 1791673, "name_zh": "威海", "latitude": 37.5}
    )
    place.refresh_from_db()
    assert action == "updated"
    assert (place.pk, place.name_zh, place.latitude) == (weihai.pk, "威海", 1.0)


def test_place_update_logs_before_and_after(desk_users) -> None:
    """A change is logged with its actor and the values before and after."""
    place = PlaceFactory(name="Weihai")
    place_update(actor=desk_users["admin"], place=place, pinyin="Wēihǎi")
    entry = ChangeLogEntry.objects.get(action="update")
    assert entry.actor == desk_users["admin"]
    assert (entry.before["pinyin"], entry.after["pinyin"]) == ("", "Wēihǎi")
    assert entry.changed_fields() == ["last_updated", "pinyin"]


def test_place_set_home_moves_the_flag() -> None:
    """Only one place is home."""
    first, second = PlaceFactory(is_home=True), PlaceFactory()
    place_set_home(actor=None, place=second)
    assert list(Place.objects.home()) == [second]
    first.refresh_from_db()
    assert first.is_home is False


def test_organisation_resolve_by_folded_name() -> None:
    """'The City of Ghent' finds 'City of Ghent'; the kind is filled in."""
    city = OrganisationFactory(name="City of Ghent")
    org, action = organisation_resolve(actor=None, name="the City of Ghent", kind="city_government")
    assert (org.pk, org.kind, action) == (city.pk, "city_government", "updated")


def test_figure_upsert_updates_population_of_place() -> None:
    """A newer population figure becomes the place's population; an older one does not."""
    ghent = PlaceFactory(population=250000, population_year=2015)
    figure_upsert(actor=None, place=ghent, measure="population", value=263608, year=2020)
    figure_upsert(actor=None, place=ghent, measure="population", value=240000, year=2010)
    ghent.refresh_from_db()
    assert (ghent.population, ghent.population_year) == (263608, 2020)
    assert Figure.objects.filter(place=ghent).count() == 2


def test_figure_upsert_same_measure_and_year_updates() -> None:
    """The same measure and year is one figure, updated rather than repeated."""
    org = OrganisationFactory()
    figure_upsert(actor=None, organisation=org, measure="employees", value=99000, year=2019)
    figure, action = figure_upsert(
        actor=None, organisation=org, measure="employees", value=100000, year=2019
    )
    assert (action, figure.value, Figure.objects.count()) == ("updated", 100000, 1)


def test_person_handover_keeps_history() -> None:
    """A handover ends the predecessor's tenure and starts the successor's in the same role."""
    before = PersonFactory(role="International Relations officer", active_from=dt.date(2015, 1, 1))
    after = person_handover(
        actor=None, person=before, successor={"name": "New Officer"}, on=dt.date(2021, 3, 1)
    )
    before.refresh_from_db()
    assert before.active_to == dt.date(2021, 3, 1)
    assert (after.role, after.organisation, after.active_from) == (
        "International Relations officer",
        before.organisation,
        dt.date(2021, 3, 1),
    )
    assert list(Person.objects.current(today=dt.date(2022, 1, 1))) == [after]
