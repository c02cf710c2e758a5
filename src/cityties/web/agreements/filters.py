"""FilterSets of agreements: one per model, for the HTML lists and the API alike."""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.filters import SearchFilterSet, SlugMultipleFilter
from cityties.web.core.models import Theme
from cityties.web.directory.models import Organisation, Place

from .choices import AgreementStatus, AgreementType
from .models import Agreement, AgreementParty


class AgreementFilterSet(SearchFilterSet):
    """Agreements: by type, status, party, owner, theme, dates, ending soon, ended unrenewed."""

    search_fields = ("title", "notes", "parties__place__name", "parties__organisation__name")
    type = django_filters.MultipleChoiceFilter(choices=AgreementType.choices)
    status = django_filters.MultipleChoiceFilter(choices=AgreementStatus.choices)
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="parties__place", label=_("Party (place)")
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(),
        field_name="parties__organisation",
        label=_("Party (organisation)"),
    )
    owner_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="owner"
    )
    theme = SlugMultipleFilter(
        queryset=Theme.objects.all(), field_name="themes__slug", to_field_name="slug"
    )
    signed_after = django_filters.DateFilter(field_name="signed_on", lookup_expr="gte")
    signed_before = django_filters.DateFilter(field_name="signed_on", lookup_expr="lte")
    ends_after = django_filters.DateFilter(field_name="ends_on", lookup_expr="gte")
    ends_before = django_filters.DateFilter(field_name="ends_on", lookup_expr="lte")
    signed_year = django_filters.NumberFilter(field_name="signed_on", lookup_expr="year")
    active = django_filters.BooleanFilter(method="filter_active", label=_("In force"))
    expiring = django_filters.BooleanFilter(method="filter_expiring", label=_("Ending soon"))
    ended_without_renewal = django_filters.BooleanFilter(
        method="filter_ended_without_renewal", label=_("Ended without renewal")
    )

    class Meta:
        model = Agreement
        fields = ["id", "renews", "source_documents"]

    def _subset(
        self, queryset: models.QuerySet, subset: models.QuerySet, value: bool | None
    ) -> models.QuerySet:
        if value is None:
            return queryset
        ids = subset.values("pk")
        return queryset.filter(pk__in=ids) if value else queryset.exclude(pk__in=ids)

    def filter_active(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        return self._subset(queryset, Agreement.objects.active(), value)

    def filter_expiring(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        subset = Agreement.objects.expiring(within_days=settings.CITYTIES_EXPIRY_WARNING_DAYS)
        return self._subset(queryset, subset, value)

    def filter_ended_without_renewal(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        return self._subset(queryset, Agreement.objects.ended_without_renewal(), value)


class AgreementPartyFilterSet(SearchFilterSet):
    """Agreement parties."""

    search_fields = ("place__name", "organisation__name", "agreement__title")
    agreement_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Agreement.objects.all(), field_name="agreement"
    )
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="place"
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )

    class Meta:
        model = AgreementParty
        fields = ["id"]
