"""Agreements API: partial dates, parties, validation messages, iCalendar."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject

from cityties.web.agreements.models import Agreement

from ..core.crud import crud_roundtrip
from ..directory.factories import PlaceFactory
from .factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_api(api_as, desk_users):  # type: ignore[no-untyped-def]
    return api_as(desk_users["admin"])


def test_api_agreements_crud_with_partial_dates(admin_api) -> None:  # type: ignore[no-untyped-def]
    """An agreement with a month-precision date keeps it; the end follows from the term."""
    ghent, taizhou = PlaceFactory(name="Gent"), PlaceFactory(name="Taizhou")
    created = admin_api.post(
        "/api/agreements/",
        {
            "type": "letter_of_intent",
            "signed": "2018-06",
            "duration_months": 24,
            "party_places": [ghent.pk, taizhou.pk],
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["signed"], body["ends"]) == ("2018-06", "2020-06")
    assert sorted(p["display"] for p in body["parties"]) == ["Gent", "Taizhou"]
    crud_roundtrip(
        admin_api,
        path="agreements",
        model=Agreement,
        create_data={"type": "friendship", "signed": "2013-09-24", "party_places": [ghent.pk]},
        update_data={"status": "ended", "ends": "2018-09-24"},
    )


def test_api_agreement_end_before_signing_is_400(admin_api) -> None:  # type: ignore[no-untyped-def]
    """An end before the signing date is refused with the constraint's message."""
    response = admin_api.post(
        "/api/agreements/",
        {"type": "friendship", "signed": "2013-09-24", "ends": "2012-01-01"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json()["message"] == "An agreement cannot end before it is signed."


def test_api_agreement_bad_partial_date_is_400(admin_api) -> None:  # type: ignore[no-untyped-def]
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD is refused."""
    response = admin_api.post(
        "/api/agreements/", {"type": "friendship", "signed": "24/09/2013"}, format="json"
    )
    assert response.status_code == 400
    assert "YYYY" in response.json()["message"]


def test_api_agreement_renewed_is_protected_409(admin_api) -> None:  # type: ignore[no-untyped-def]
    """An agreement that a renewal refers to cannot be deleted (409)."""
    old = AgreementFactory()
    AgreementFactory(renews=old, signed_on=dt.date(2018, 9, 24))
    assert admin_api.delete(f"/api/agreements/{old.pk}/").status_code == 409


def test_api_agreements_calendar_parses(admin_api) -> None:  # type: ignore[no-untyped-def]
    """The iCalendar export parses back: one all-day event on each end date."""
    AgreementFactory(
        title="Friendship, Ghent and Weihai; 2013",
        ends_on=dt.date(2018, 9, 24),
        ends_on_precision="day",
    )
    AgreementFactory()  # no end date: no event
    response = admin_api.get("/api/agreements/calendar/")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = vobject.readOne(response.content.decode())
    [event] = calendar.vevent_list
    assert event.dtstart.value == dt.date(2018, 9, 24)
    assert event.dtend.value == dt.date(2018, 9, 25)
    assert event.summary.value == "Ends: Friendship, Ghent and Weihai; 2013"
