"""Visit services: members without duplicates, matching by ends and date, follow-ups due."""

from __future__ import annotations

import datetime as dt

import pytest

from cityties.text import PartialDate
from cityties.web.engagements.models import FollowUp
from cityties.web.engagements.services import (
    follow_up_create,
    visit_create,
    visit_match,
    visit_member_add,
)

from ..directory.factories import PlaceFactory
from .factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_visit_create_keeps_month_precision() -> None:
    """A visit known to the month is stored as such."""
    visit = visit_create(
        actor=None,
        direction="incoming",
        from_place=PlaceFactory(),
        to_place=PlaceFactory(),
        start="2018-09",
    )
    assert visit.start == PartialDate(2018, 9)


def test_visit_member_add_is_idempotent() -> None:
    """Adding the same member twice lists them once; a missing title is filled in."""
    visit = VisitFactory()
    visit_member_add(actor=None, visit=visit, name="Sun Hailin")
    member, action = visit_member_add(
        actor=None, visit=visit, name="sun hailin", title="Vice-Mayor"
    )
    assert action == "updated"
    assert [(m.name, m.title) for m in visit.members.all()] == [("Sun Hailin", "Vice-Mayor")]


def test_visit_match_by_ends_and_compatible_date() -> None:
    """The same visit reported to the month and to the day is found again."""
    visit = VisitFactory()
    found = visit_match(
        from_place=visit.from_place,
        from_organisation=None,
        to_place=visit.to_place,
        to_organisation=None,
        start=PartialDate(2019, 5),
    )
    assert found == visit
    other_year = visit_match(
        from_place=visit.from_place,
        from_organisation=None,
        to_place=visit.to_place,
        to_organisation=None,
        start=PartialDate(2020),
    )
    assert other_year is None


def test_follow_ups_due_include_overdue() -> None:
    """Open follow-ups due within 30 days, overdue ones first; done ones are left out."""
    visit = VisitFactory()
    overdue = follow_up_create(
        actor=None, visit=visit, description="Thank-you letter", due_on=dt.date(2025, 12, 1)
    )
    soon = follow_up_create(
        actor=None, visit=visit, description="Draft programme", due_on=dt.date(2026, 1, 20)
    )
    follow_up_create(actor=None, visit=visit, description="Later", due_on=dt.date(2026, 6, 1))
    follow_up_create(
        actor=None,
        visit=visit,
        description="Done",
        due_on=dt.date(2025, 12, 2),
        done_on=dt.date(2025, 12, 2),
    )
    assert list(FollowUp.objects.due(today=dt.date(2026, 1, 1))) == [overdue, soon]


def test_visit_member_update_changes_and_logs_on_the_visit() -> None:
    """A member's title is corrected; the change shows in the visit's history."""
    from cityties.web.core.models import ChangeLogEntry
    from cityties.web.engagements.services import visit_member_update

    visit = VisitFactory()
    member, _action = visit_member_add(actor=None, visit=visit, name="Sun Hailin")
    visit_member_update(actor=None, member=member, name="  Sun Hailin ", title="Mayor")
    member.refresh_from_db()
    assert (member.name, member.title) == ("Sun Hailin", "Mayor")
    entry = ChangeLogEntry.objects.get(action="update", object_id=member.pk)
    assert entry.related_object_id == visit.pk


def test_visit_member_update_refuses_a_duplicate_name() -> None:
    """Renaming a member to the name of another member of the visit is refused."""
    from django.core.exceptions import ValidationError

    from cityties.web.engagements.services import visit_member_update

    visit = VisitFactory()
    visit_member_add(actor=None, visit=visit, name="Sun Hailin")
    other, _action = visit_member_add(actor=None, visit=visit, name="Li Ming")
    with pytest.raises(ValidationError, match="already listed"):
        visit_member_update(actor=None, member=other, name="Sun Hailin")


@pytest.mark.parametrize(
    ("direction", "expected"), [("incoming", "Weihai"), ("outgoing", "Weihai")]
)
def test_visit_partner_place_is_the_end_that_is_not_home(direction, expected) -> None:
    """The partner of a visit is the end that is not the home city, in either direction."""
    from cityties.web.engagements.selectors import visit_partner_place

    home = PlaceFactory(name="Gent", is_home=True)
    weihai = PlaceFactory(name="Weihai")
    ends = (weihai, home) if direction == "incoming" else (home, weihai)
    visit = VisitFactory(direction=direction, from_place=ends[0], to_place=ends[1])
    assert visit_partner_place(visit).name == expected
