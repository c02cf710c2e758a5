"""Reads of the visit and gift pages: a visit's partner place, the gift register."""

from __future__ import annotations

from django.db import models

from cityties.web.directory.models import Place

from .models import Gift, Visit


def visit_partner_place(visit: Visit) -> Place | None:
    """The partner place of a visit: the end that is not the home city.

    An incoming delegation's origin, an outgoing one's destination; the place of an
    organisation at that end when no place is recorded.
    """
    ends = [
        visit.from_place or getattr(visit.from_organisation, "place", None),
        visit.to_place or getattr(visit.to_organisation, "place", None),
    ]
    if visit.direction == "outgoing":
        ends.reverse()
    for place in ends:
        if place is not None and not place.is_home:
            return place
    return None


def gift_register() -> models.QuerySet[Gift]:
    """Every gift with its visit and the visit's places, newest first."""
    return Gift.objects.select_related(
        "visit__from_place",
        "visit__to_place",
        "visit__from_organisation__place",
        "visit__to_organisation__place",
    ).order_by(models.F("given_on").desc(nulls_last=True), "-pk")
