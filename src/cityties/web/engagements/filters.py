"""FilterSets of visits and initiatives: one per model, for the HTML lists and the API alike."""

from __future__ import annotations

import django_filters
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.filters import SearchFilterSet, SlugMultipleFilter
from cityties.web.core.models import Theme
from cityties.web.directory.models import Organisation, Person, Place

from .choices import GiftDirection, InitiativeStatus, MemberSide, VisitDirection
from .models import FollowUp, Gift, Initiative, Visit, VisitMember


class VisitFilterSet(SearchFilterSet):
    """Visits: by direction, place, organisation, organiser, year and dates."""

    search_fields = (
        "title",
        "purpose",
        "programme",
        "outcomes",
        "from_place__name",
        "to_place__name",
        "from_organisation__name",
        "to_organisation__name",
        "members__name",
    )
    direction = django_filters.ChoiceFilter(choices=VisitDirection.choices)
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), method="filter_place", label=_("Place (from or to)")
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), method="filter_organisation", label=_("Organisation")
    )
    organiser_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organiser"
    )
    year = django_filters.NumberFilter(field_name="start_date", lookup_expr="year", label=_("Year"))
    start_after = django_filters.DateFilter(field_name="start_date", lookup_expr="gte")
    start_before = django_filters.DateFilter(field_name="start_date", lookup_expr="lte")

    class Meta:
        model = Visit
        fields = ["id", "agreement"]

    def filter_place(self, queryset: models.QuerySet, name: str, value: list) -> models.QuerySet:
        if not value:
            return queryset
        return queryset.filter(models.Q(from_place__in=value) | models.Q(to_place__in=value))

    def filter_organisation(
        self, queryset: models.QuerySet, name: str, value: list
    ) -> models.QuerySet:
        if not value:
            return queryset
        return queryset.filter(
            models.Q(from_organisation__in=value)
            | models.Q(to_organisation__in=value)
            | models.Q(organiser__in=value)
        )


class VisitMemberFilterSet(SearchFilterSet):
    """Delegation members."""

    search_fields = ("name", "title")
    visit_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Visit.objects.all(), field_name="visit"
    )
    side = django_filters.ChoiceFilter(choices=MemberSide.choices)

    class Meta:
        model = VisitMember
        fields = ["id", "person"]


class FollowUpFilterSet(SearchFilterSet):
    """Follow-up actions: open, due, by owner and visit."""

    search_fields = ("description", "owner__name")
    visit_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Visit.objects.all(), field_name="visit"
    )
    owner_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Person.objects.all(), field_name="owner"
    )
    open = django_filters.BooleanFilter(field_name="done_on", lookup_expr="isnull", label=_("Open"))
    due_before = django_filters.DateFilter(field_name="due_on", lookup_expr="lte")
    due_after = django_filters.DateFilter(field_name="due_on", lookup_expr="gte")

    class Meta:
        model = FollowUp
        fields = ["id"]


class GiftFilterSet(SearchFilterSet):
    """The gift register: given or received, by visit, year."""

    search_fields = ("description", "giver", "receiver", "kept_at")
    direction = django_filters.ChoiceFilter(choices=GiftDirection.choices)
    visit_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Visit.objects.all(), field_name="visit"
    )
    year = django_filters.NumberFilter(field_name="given_on", lookup_expr="year")

    class Meta:
        model = Gift
        fields = ["id"]


class InitiativeFilterSet(SearchFilterSet):
    """Initiatives: by theme, status, lead or participating organisation, partner place."""

    search_fields = ("title", "description", "lead_organisation__name", "partner_places__name")
    status = django_filters.MultipleChoiceFilter(choices=InitiativeStatus.choices)
    theme = SlugMultipleFilter(
        queryset=Theme.objects.all(),
        field_name="theme__slug",
        to_field_name="slug",
        label=_("Theme"),
    )
    lead_organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="lead_organisation"
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), method="filter_organisation", label=_("Organisation")
    )
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="partner_places", label=_("Partner place")
    )
    year = django_filters.NumberFilter(field_name="start_on", lookup_expr="year")

    class Meta:
        model = Initiative
        fields = ["id", "agreement"]

    def filter_organisation(
        self, queryset: models.QuerySet, name: str, value: list
    ) -> models.QuerySet:
        if not value:
            return queryset
        return queryset.filter(
            models.Q(lead_organisation__in=value) | models.Q(participants__in=value)
        ).distinct()
