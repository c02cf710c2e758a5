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
