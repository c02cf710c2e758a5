"""Factories of agreements."""

from __future__ import annotations

import datetime as dt

import factory

from cityties.web.agreements.models import Agreement, AgreementParty

from ..directory.factories import PlaceFactory


class AgreementFactory(factory.django.DjangoModelFactory):
    """A friendship agreement signed on a known day."""

    class Meta:
        model = Agreement

    type = "friendship"
    status = "signed"
    signed_on = dt.date(2013, 9, 24)
    signed_on_precision = "day"


class AgreementPartyFactory(factory.django.DjangoModelFactory):
    """A place as a party."""

    class Meta:
        model = AgreementParty

    agreement = factory.SubFactory(AgreementFactory)
    place = factory.SubFactory(PlaceFactory)
