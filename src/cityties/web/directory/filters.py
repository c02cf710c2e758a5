"""FilterSets of the directory: one per model, for the HTML lists and the API alike."""

from __future__ import annotations

import django_filters
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.filters import SearchFilterSet

from .choices import FigureMeasure, OrganisationKind, PlaceKind, TieRelation
from .models import Alias, Figure, Goal, Organisation, Person, Place, Platform, Tie, UserProfile


class PlaceFilterSet(SearchFilterSet):
    """Places: by country, region, kind, partner status, dormancy, public profile."""

    search_fields = ("name", "name_local", "name_zh", "pinyin", "folded", "aliases__folded")
    kind = django_filters.MultipleChoiceFilter(choices=PlaceKind.choices)
    country = django_filters.CharFilter(lookup_expr="iexact")
    admin_region = django_filters.CharFilter(lookup_expr="icontains")
    partner = django_filters.BooleanFilter(method="filter_partner", label=_("Partner"))
    dormant = django_filters.BooleanFilter(method="filter_dormant", label=_("Dormant"))

    class Meta:
        model = Place
        fields = ["id", "geonameid", "public_profile", "is_home"]

    def filter_partner(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        if value is None:
            return queryset
        partners = Place.objects.partners().values("pk")
        return queryset.filter(pk__in=partners) if value else queryset.exclude(pk__in=partners)

    def filter_dormant(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        if value is None:
            return queryset
        dormant = Place.objects.dormant().values("pk")
        return queryset.filter(pk__in=dormant) if value else queryset.exclude(pk__in=dormant)


class OrganisationFilterSet(SearchFilterSet):
    """Organisations: by kind, place and platform."""

    search_fields = ("name", "folded", "aliases__folded", "place__name")
    kind = django_filters.MultipleChoiceFilter(choices=OrganisationKind.choices)
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="place"
    )
    platform_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Platform.objects.all(), field_name="platforms", label=_("Platform")
    )
    country = django_filters.CharFilter(field_name="place__country", lookup_expr="iexact")

    class Meta:
        model = Organisation
        fields = ["id"]


class AliasFilterSet(SearchFilterSet):
    """Other names of places and organisations."""

    search_fields = ("name", "folded")
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="place"
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )

    class Meta:
        model = Alias
        fields = ["id"]


class TieFilterSet(SearchFilterSet):
    """Ties between organisations and places."""

    search_fields = ("subject__name", "object_organisation__name", "object_place__name")
    relation = django_filters.MultipleChoiceFilter(choices=TieRelation.choices)
    subject_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="subject"
    )
    object_organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="object_organisation"
    )
    object_place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="object_place"
    )

    class Meta:
        model = Tie
        fields = ["id"]


class PlatformFilterSet(SearchFilterSet):
    """Platforms: by focus country and member."""

    search_fields = ("name", "description", "members__name")
    focus_country = django_filters.CharFilter(lookup_expr="iexact")
    member_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="members"
    )

    class Meta:
        model = Platform
        fields = ["id"]


class PersonFilterSet(SearchFilterSet):
    """People: by organisation, current or past, place."""

    search_fields = ("name", "role", "unit", "email", "phone", "organisation__name")
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )
    owner_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="owner"
    )
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="organisation__place"
    )
    current = django_filters.BooleanFilter(method="filter_current", label=_("Current"))

    class Meta:
        model = Person
        fields = ["id", "email"]

    def filter_current(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        if value is None:
            return queryset
        current = Person.objects.current().values("pk")
        return queryset.filter(pk__in=current) if value else queryset.exclude(pk__in=current)


class FigureFilterSet(SearchFilterSet):
    """Figures: by subject, measure and year."""

    search_fields = ("place__name", "organisation__name", "label")
    measure = django_filters.MultipleChoiceFilter(choices=FigureMeasure.choices)
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="place"
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )

    class Meta:
        model = Figure
        fields = ["id", "year"]


class GoalFilterSet(SearchFilterSet):
    """Goals: by subject and target year."""

    search_fields = ("description", "place__name", "organisation__name")
    place_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Place.objects.all(), field_name="place"
    )
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )

    class Meta:
        model = Goal
        fields = ["id", "year", "themes"]


class UserProfileFilterSet(SearchFilterSet):
    """User profiles: by organisation."""

    search_fields = ("user__username", "organisation__name")
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )

    class Meta:
        model = UserProfile
        fields = ["id"]
