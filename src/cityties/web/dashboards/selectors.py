"""Reads for the dashboard and the annual report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils import timezone

from cityties.web.agreements.models import Agreement
from cityties.web.core.models import JournalEntry
from cityties.web.directory.models import Place
from cityties.web.directory.selectors import place_documents
from cityties.web.documents.models import Document
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
    follow_up_days = settings.CITYTIES_FOLLOWUP_DAYS
    return {
        "today": today,
        "warning_days": warning_days,
        "dormant_months": dormant_months,
        "follow_up_days": follow_up_days,
        "expiring": list(_agreements().expiring(within_days=warning_days, today=today)),
        "ending_this_year": Agreement.objects.filter(ends_on__year=today.year)
        .exclude(status__in=["planned", "not_concluded"])
        .count(),
        "ended": list(_agreements().ended_without_renewal(today=today)[:50]),
        "dormant": dormancy_review(today=today, limit=8),
        "dormant_count": Place.objects.dormant(months=dormant_months, today=today).count(),
        "follow_ups": list(
            FollowUp.objects.due(within_days=follow_up_days, today=today).select_related(
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
    in_force: list[Agreement] = field(default_factory=list)

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
        in_force=_in_force_on(date(year, 12, 31)),
    )


def _in_force_on(day: date) -> list[Agreement]:
    """Agreements concluded by `day` whose term had not ended then (open-ended ones only while
    they are still in force)."""
    concluded = ["signed", "renewed", "ended"]
    return list(
        _agreements()
        .filter(status__in=concluded, signed_on__lte=day)
        .filter(Q(ends_on__gte=day) | Q(ends_on__isnull=True, status__in=["signed", "renewed"]))
        .order_by("ends_on", "signed_on", "pk")
    )


def report_years() -> list[int]:
    """Years with any signed agreement, visit or initiative, newest first (this year included)."""
    years = {timezone.localdate().year}
    years.update(d.year for d in Agreement.objects.dates("signed_on", "year"))
    years.update(d.year for d in Agreement.objects.dates("ends_on", "year"))
    years.update(d.year for d in Visit.objects.dates("start_date", "year"))
    years.update(d.year for d in Initiative.objects.dates("start_on", "year"))
    return sorted((y for y in years if y <= timezone.localdate().year), reverse=True)


@dataclass
class DormantPartner:
    """The evidence a council weighs before renewing or ending a quiet relation."""

    place: Place
    last_visit: Visit | None
    last_agreement: Agreement | None
    last_note: JournalEntry | None
    last_document: Document | None
    in_force: list[Agreement]
    years: list[tuple[int, int]] = field(default_factory=list)
    earlier: int = 0

    @property
    def peak(self) -> int:
        """The largest yearly count (the scale of the activity strip)."""
        return max([count for _year, count in self.years] + [1])


def dormancy_review(
    *, today: date | None = None, years: int = 10, limit: int | None = None
) -> list[DormantPartner]:
    """Dormant partners, quietest first, with their last visit, agreement, note and document
    and their activities (agreements signed, visits, initiatives started) per year."""
    today = today or timezone.localdate()
    places = Place.objects.dormant(months=settings.CITYTIES_DORMANT_MONTHS, today=today).order_by(
        "last_activity", "name"
    )
    if limit is not None:
        places = places[:limit]
    place_ct = ContentType.objects.get_for_model(Place)
    first_year = today.year - years + 1
    active_ids = set(Agreement.objects.active(today=today).values_list("pk", flat=True))
    out: list[DormantPartner] = []
    for place in places:
        agreements = list(Agreement.objects.involving(place).order_by("-signed_on", "-pk"))
        visits = list(Visit.objects.involving(place).order_by("-start_date", "-pk"))
        initiatives = list(
            Initiative.objects.filter(partner_places=place).exclude(start_on__isnull=True)
        )
        dated = (
            [a.signed_on for a in agreements if a.signed_on and a.status != "planned"]
            + [v.start_date for v in visits if v.start_date]
            + [i.start_on for i in initiatives if i.start_on]
        )
        counts = {year: 0 for year in range(first_year, today.year + 1)}
        earlier = 0
        for day in dated:
            if day.year in counts:
                counts[day.year] += 1
            elif day.year < first_year:
                earlier += 1
        out.append(
            DormantPartner(
                place=place,
                last_visit=next((v for v in visits if v.start_date), None),
                last_agreement=next(
                    (a for a in agreements if a.signed_on and a.status != "planned"), None
                ),
                last_note=JournalEntry.objects.filter(content_type=place_ct, object_id=place.pk)
                .order_by("-created")
                .first(),
                last_document=next(iter(place_documents(place, limit=1)), None),
                in_force=[a for a in agreements if a.pk in active_ids],
                years=sorted(counts.items()),
                earlier=earlier,
            )
        )
    return out


@dataclass
class SearchResults:
    """What a quick search found, by kind of record."""

    query: str
    places: list[Place]
    organisations: list[Any]
    people: list[Any]
    agreements: list[Agreement]
    initiatives: list[Initiative]
    documents: list[Document]

    @property
    def count(self) -> int:
        return sum(
            len(group)
            for group in (
                self.places,
                self.organisations,
                self.people,
                self.agreements,
                self.initiatives,
                self.documents,
            )
        )


def desk_search(query: str, *, limit: int = 8) -> SearchResults:
    """Records whose names hold every word of `query`: places (any of their names, Chinese
    characters and pinyin without tone marks included), organisations, people, agreements,
    initiatives and documents. Partners come before other places."""
    from cityties.text import fold
    from cityties.web.directory.models import Organisation, Person

    words = [w for w in query.split() if w]

    def matching(qs: QuerySet, fields: tuple[str, ...], folded: tuple[str, ...] = ()) -> QuerySet:
        for word in words:
            condition = Q()
            for name in fields:
                condition |= Q(**{f"{name}__icontains": word})
            key = fold(word)
            for name in folded:
                if key:
                    condition |= Q(**{f"{name}__icontains": key})
            qs = qs.filter(condition)
        return qs.distinct()

    if not words:
        return SearchResults(query, [], [], [], [], [], [])
    partner_ids = set(Place.objects.partners().values_list("pk", flat=True))
    places = list(
        matching(
            Place.objects.all(),
            ("name", "name_local", "name_zh", "pinyin", "admin_region"),
            ("folded", "aliases__folded"),
        )[:50]
    )
    places.sort(key=lambda p: (not p.is_home and p.pk not in partner_ids, p.name))
    return SearchResults(
        query=query,
        places=places[:limit],
        organisations=list(
            matching(
                Organisation.objects.select_related("place"),
                ("name",),
                ("folded", "aliases__folded"),
            )[:limit]
        ),
        people=list(
            matching(
                Person.objects.select_related("organisation"),
                ("name", "role", "unit", "email", "organisation__name"),
                ("folded",),
            ).order_by("active_to", "name")[:limit]
        ),
        agreements=list(
            matching(
                _agreements(),
                ("title", "notes", "parties__place__name", "parties__place__name_zh"),
                ("parties__place__folded", "parties__organisation__folded"),
            )[:limit]
        ),
        initiatives=list(
            matching(
                Initiative.objects.select_related("theme", "lead_organisation"),
                ("title", "description", "lead_organisation__name"),
            )[:limit]
        ),
        documents=list(
            matching(Document.objects.all(), ("title", "original_name")).order_by("-created")[
                :limit
            ]
        ),
    )
