"""Visits and initiatives API: CRUD, members, calendars."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject

from cityties.web.core.models import Theme
from cityties.web.engagements.models import FollowUp, Gift, Initiative, Visit

from ..core.crud import crud_roundtrip
from ..directory.factories import PlaceFactory
from .factories import FollowUpFactory, VisitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_api(api_as, desk_users):  # type: ignore[no-untyped-def]
    return api_as(desk_users["admin"])


def test_api_visits_crud(admin_api, desk_org) -> None:  # type: ignore[no-untyped-def]
    """A visit round-trips; its start keeps the precision it was given."""
    weihai, ghent = PlaceFactory(name="Weihai"), PlaceFactory(name="Gent")
    body = crud_roundtrip(
        admin_api,
        path="visits",
        model=Visit,
        create_data={
            "direction": "incoming",
            "from_place": weihai.pk,
            "to_place": ghent.pk,
            "start": "2019-05",
            "organiser": desk_org.pk,
        },
        update_data={"start": "2019-05-14", "end": "2019-05-15", "purpose": "Port logistics"},
    )
    assert body["start"] == "2019-05-14"


def test_api_follow_ups_and_gifts_crud(admin_api) -> None:  # type: ignore[no-untyped-def]
    """Follow-ups and gifts of a visit round-trip."""
    visit = VisitFactory()
    crud_roundtrip(
        admin_api,
        path="follow-ups",
        model=FollowUp,
        create_data={
            "visit": visit.pk,
            "description": "Send the draft programme",
            "due_on": "2019-06-30",
        },
        update_data={"done_on": "2019-06-20"},
    )
    crud_roundtrip(
        admin_api,
        path="gifts",
        model=Gift,
        create_data={
            "visit": visit.pk,
            "direction": "received",
            "description": "Porcelain plate",
            "giver": "Vice-Mayor of Weihai",
            "receiver": "City of Ghent",
        },
        update_data={"kept_at": "Protocol room"},
    )


def test_api_initiatives_crud(admin_api, desk_org) -> None:  # type: ignore[no-untyped-def]
    """Initiatives round-trip with their theme and partner places."""
    crud_roundtrip(
        admin_api,
        path="initiatives",
        model=Initiative,
        create_data={
            "title": "Summer school",
            "theme": Theme.objects.get(slug="education").pk,
            "lead_organisation": desk_org.pk,
            "partner_places": [PlaceFactory().pk],
        },
        update_data={"status": "active"},
    )


def test_api_visit_without_origin_is_400(admin_api) -> None:  # type: ignore[no-untyped-def]
    """A visit must say where the delegation came from."""
    response = admin_api.post(
        "/api/visits/", {"direction": "incoming", "to_place": PlaceFactory().pk}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["message"] == "Say where the delegation came from."


def test_api_calendars_parse(admin_api) -> None:  # type: ignore[no-untyped-def]
    """Visits known to the day and open follow-ups appear in their iCalendar feeds."""
    visit = VisitFactory(end_date=dt.date(2019, 5, 15), end_date_precision="day")
    VisitFactory(start_date=dt.date(2019, 9, 1), start_date_precision="month")
    FollowUpFactory(visit=visit, due_on=dt.date(2019, 6, 30))
    FollowUpFactory(visit=visit, done_on=dt.date(2019, 6, 1))
    visits = vobject.readOne(admin_api.get("/api/visits/calendar/").content.decode())
    [event] = visits.vevent_list
    assert (event.dtstart.value, event.dtend.value) == (dt.date(2019, 5, 14), dt.date(2019, 5, 16))
    follow_ups = vobject.readOne(admin_api.get("/api/follow-ups/calendar/").content.decode())
    [due] = follow_ups.vevent_list
    assert due.dtstart.value == dt.date(2019, 6, 30)
