"""Visit and initiative FilterSets."""

from __future__ import annotations

import datetime as dt

import pytest

from cityties.web.engagements.filters import InitiativeFilterSet, VisitFilterSet
from cityties.web.engagements.models import Initiative, Visit

from ..directory.factories import OrganisationFactory, PlaceFactory
from .factories import InitiativeFactory, VisitFactory

pytestmark = pytest.mark.django_db


def test_visit_filter_place_either_end_and_year() -> None:
    """place_id matches the origin or the destination; year the start."""
    weihai = PlaceFactory(name="Weihai")
    incoming = VisitFactory(from_place=weihai)
    outgoing = VisitFactory(to_place=weihai, direction="outgoing", start_date=dt.date(2018, 1, 1))
    VisitFactory()
    found = VisitFilterSet({"place_id": [weihai.pk]}, queryset=Visit.objects.all()).qs
    assert set(found) == {incoming, outgoing}
    in_2018 = VisitFilterSet(
        {"year": 2018, "direction": "outgoing"}, queryset=Visit.objects.all()
    ).qs
    assert list(in_2018) == [outgoing]


def test_initiative_filter_theme_and_organisation() -> None:
    """theme by slug; organisation_id matches the lead or a participant."""
    university = OrganisationFactory(name="Ghent University")
    led = InitiativeFactory(lead_organisation=university)
    joined = InitiativeFactory()
    joined.participants.add(university)
    InitiativeFactory()
    by_org = InitiativeFilterSet(
        {"organisation_id": [university.pk]}, queryset=Initiative.objects.all()
    ).qs
    assert set(by_org) == {led, joined}
    by_theme = InitiativeFilterSet({"theme": ["education"]}, queryset=Initiative.objects.all()).qs
    assert by_theme.count() == 3
    assert (
        InitiativeFilterSet({"theme": ["culture"]}, queryset=Initiative.objects.all()).qs.count()
        == 0
    )
