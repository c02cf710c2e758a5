"""Factories of the directory."""

from __future__ import annotations

import factory

from cityties.text import fold
from cityties.web.directory.models import Organisation, Person, Place, Platform


class PlaceFactory(factory.django.DjangoModelFactory):
    """A city."""

    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Town {n}")
    folded = factory.LazyAttribute(lambda o: fold(o.name))
    kind = "city"
    country = "BE"


class OrganisationFactory(factory.django.DjangoModelFactory):
    """An organisation in a place."""

    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    folded = factory.LazyAttribute(lambda o: fold(o.name))
    kind = "other"
    place = factory.SubFactory(PlaceFactory)


class PlatformFactory(factory.django.DjangoModelFactory):
    """A platform."""

    class Meta:
        model = Platform

    name = factory.Sequence(lambda n: f"Platform {n}")
    folded = factory.LazyAttribute(lambda o: fold(o.name))


class PersonFactory(factory.django.DjangoModelFactory):
    """A contact of an organisation."""

    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Contact Person{n}")
    folded = factory.LazyAttribute(lambda o: fold(o.name, drop_stop_words=False))
    organisation = factory.SubFactory(OrganisationFactory)
