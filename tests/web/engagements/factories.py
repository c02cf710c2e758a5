"""Factories of visits and initiatives."""

from __future__ import annotations

import datetime as dt

import factory

from cityties.web.core.models import Theme
from cityties.web.engagements.models import FollowUp, Gift, Initiative, Visit

from ..directory.factories import OrganisationFactory, PlaceFactory


class VisitFactory(factory.django.DjangoModelFactory):
    """An incoming visit between two places, on a known day."""

    class Meta:
        model = Visit

    direction = "incoming"
    from_place = factory.SubFactory(PlaceFactory)
    to_place = factory.SubFactory(PlaceFactory)
    start_date = dt.date(2019, 5, 14)
    start_date_precision = "day"


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    visit = factory.SubFactory(VisitFactory)
    description = "Send the thank-you letter"
    due_on = dt.date(2019, 6, 1)


class GiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gift

    visit = factory.SubFactory(VisitFactory)
    direction = "received"
    description = "A porcelain vase"
    giver = "The visiting mayor"
    receiver = "The mayor"


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative

    title = factory.Sequence(lambda n: f"Exchange {n}")
    theme = factory.LazyFunction(lambda: Theme.objects.get(slug="education"))
    lead_organisation = factory.SubFactory(OrganisationFactory)
