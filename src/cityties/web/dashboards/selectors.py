"""Reads for the dashboard and the annual report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from cityties.web.agreements.models import Agreement
from cityties.web.directory.models import Place
from cityties.web.documents.selectors import documents_with_counts
from cityties.web.engagements.models import FollowUp, Initiative, Visit


def _agreements() -> QuerySet[Agreement]:
    return Agreement.objects.select_related("owner").prefetch_related(
        "parties__place", "parties__organisation"
    )


def dashboard(*, today: date | None = None) -> dict[str, Any]:
    """What needs attention: ending and ended agreements, dormant partners, due actions, reviews."""
    today = today or timezone.localdate()
    warning_days = settings.CITYTIES_EXPIRY_WARNING_DAYS
    dormant_months = settings.CITYTIES_DORMANT_MONTHS
    return {
        "today": today,
        "warning_days": warning_days,
        "dormant_months": dormant_months,
        "expiring": list(_agreements().expiring(within_days=warning_days, today=today)),
        "ended": list(_agreements().ended_without_renewal(today=today)[:50]),
        "dormant": list(
            Place.objects.dormant(months=dormant_months, today=today).order_by("last_activity")[:50]
        ),
        "follow_ups": list(
            FollowUp.objects.due(within_days=30, today=today).select_related(
                "visit__from_place", "visit__to_place", "owner"
            )[:50]
        ),
        "reviews": list(documents_with_counts().filter(fact_pending__gt=0).order_by("-created")),
        "partner_count": Place.objects.partners().count(),
        "active_count": Agreement.objects.active(today=today).count(),
    }


@dataclass
class AnnualReport:
    """A year of relations: agreements signed, renewed and ended; visits; initiatives."""

    year: int
    signed: list[Agreement]
    renewed: list[Agreement]
    ended: list[Agreement]
    visits_in: list[Visit]
    visits_out: list[Visit]
    initiatives: list[Initiative]
    home: Place | None

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.signed,
                self.renewed,
                self.ended,
                self.visits_in,
                self.visits_out,
                self.initiatives,
            )
        )


def annual_report(year: int, *, today: date | None = None) -> AnnualReport:
    """The records of `year`: what was signed, renewed, ended, who visited, what ran."""
    today = today or timezone.localdate()
    in_year = _agreements().filter(signed_on__year=year).order_by("signed_on", "pk")
    renewed = [a for a in in_year if a.renews_id or a.status == "renewed"]
    signed = [a for a in in_year if a not in renewed and a.status != "planned"]
    ended = list(
        _agreements()
        .filter(ends_on__year=year, ends_on__lte=today)
        .exclude(status__in=["planned", "not_concluded"])
        .order_by("ends_on", "pk")
    )
    visits = (
        Visit.objects.in_year(year)
        .select_related("from_place", "to_place", "from_organisation", "to_organisation")
        .order_by("start_date", "pk")
    )
    initiatives = (
        Initiative.objects.filter(
            Q(start_on__year__lte=year) | Q(start_on__isnull=True),
            Q(end_on__isnull=True) | Q(end_on__year__gte=year),
        )
        .exclude(start_on__isnull=True, end_on__isnull=True)
        .select_related("theme", "lead_organisation")
        .prefetch_related("partner_places")
        .order_by("start_on", "title")
    )
    return AnnualReport(
        year=year,
        signed=signed,
        renewed=renewed,
        ended=ended,
        visits_in=[v for v in visits if v.direction == "incoming"],
        visits_out=[v for v in visits if v.direction == "outgoing"],
        initiatives=list(initiatives),
        home=Place.objects.filter(is_home=True).first(),
    )


def report_years() -> list[int]:
    """Years with any signed agreement, visit or initiative, newest first (this year included)."""
    years = {timezone.localdate().year}
    years.update(d.year for d in Agreement.objects.dates("signed_on", "year"))
    years.update(d.year for d in Agreement.objects.dates("ends_on", "year"))
    years.update(d.year for d in Visit.objects.dates("start_date", "year"))
    years.update(d.year for d in Initiative.objects.dates("start_on", "year"))
    return sorted((y for y in years if y <= timezone.localdate().year), reverse=True)
