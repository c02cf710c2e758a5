"""Visit and initiative invariants on both paths."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from .factories import InitiativeFactory, VisitFactory

pytestmark = pytest.mark.django_db


def test_visit_end_before_start_validation_error() -> None:
    """A visit cannot end before it starts (full_clean)."""
    visit = VisitFactory.build(
        from_place=None, to_place=None, end_date=dt.date(2019, 5, 1), end_date_precision="day"
    )
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        visit.full_clean(exclude=["from_place", "to_place"])


def test_visit_end_before_start_integrity_error() -> None:
    """The database refuses the same visit."""
    with pytest.raises(IntegrityError), transaction.atomic():
        VisitFactory(end_date=dt.date(2019, 5, 1), end_date_precision="day")


def test_visit_needs_both_ends_integrity_error() -> None:
    """A visit without an origin is refused by the database."""
    with pytest.raises(IntegrityError), transaction.atomic():
        VisitFactory(from_place=None)


def test_visit_str_shows_partial_date() -> None:
    """A visit known to the month shows the month only, in the desk's form (no invented day)."""
    visit = VisitFactory(start_date=dt.date(2018, 9, 1), start_date_precision="month")
    assert str(visit).endswith("(Sep 2018)")


def test_initiative_end_before_start_integrity_error() -> None:
    """An initiative cannot end before it starts."""
    with pytest.raises(IntegrityError), transaction.atomic():
        InitiativeFactory(start_on=dt.date(2020, 1, 1), end_on=dt.date(2019, 1, 1))


def test_visit_str_shows_the_desk_date(desk_register) -> None:
    """A visit's text name gives its day as the pages do ("4 Jun 2018"), never ISO text."""
    assert str(desk_register["visit"]) == "Taizhou (台州 Tāizhōu) → Ghent (4 Jun 2018)"
