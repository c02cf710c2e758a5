"""The base of every FilterSet: a `q` search over a model's `search_fields`."""

from __future__ import annotations

from typing import Any, ClassVar

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from cityties.text import fold

from .models import ChangeLogEntry, JournalEntry, Theme


class SearchFilterSet(django_filters.FilterSet):
    """A FilterSet with `q`: every word must occur in one of `search_fields` (case-insensitive).

    One FilterSet per model serves both the HTML list and the API query string.
    """

    search_fields: ClassVar[tuple[str, ...]] = ()
    q = django_filters.CharFilter(method="search", label=_("Search"))

    def search(self, queryset: models.QuerySet, name: str, value: str) -> models.QuerySet:
        """Keep the records where every word of `value` occurs in some search field."""
        for word in value.split():
            condition = models.Q()
            for field in self.search_fields:
                condition |= models.Q(**{f"{field}__icontains": word})
                if field.endswith("folded"):
                    condition |= models.Q(**{f"{field}__icontains": fold(word)})
            queryset = queryset.filter(condition)
        return queryset.distinct()


@extend_schema_field(OpenApiTypes.STR)
class SlugMultipleFilter(django_filters.ModelMultipleChoiceFilter):
    """Several records by slug (`?theme=education&theme=research`)."""


class ContentTypeFilter(django_filters.CharFilter):
    """Filter by a content type given as `app_label.model` ("agreements.agreement")."""

    def filter(self, qs: models.QuerySet, value: Any) -> models.QuerySet:
        if not value:
            return qs
        app_label, _sep, model = str(value).lower().partition(".")
        try:
            ct = ContentType.objects.get_by_natural_key(app_label, model)
        except ContentType.DoesNotExist:
            return qs.none()
        return qs.filter(**{self.field_name: ct})


class ThemeFilterSet(SearchFilterSet):
    """Themes."""

    search_fields = ("name", "slug")

    class Meta:
        model = Theme
        fields = ["id", "slug", "name"]


class ChangeLogEntryFilterSet(SearchFilterSet):
    """The change log: by object, actor, action and time."""

    search_fields = ("object_repr", "actor_name")
    object_type = ContentTypeFilter(field_name="content_type")
    related_object_type = ContentTypeFilter(field_name="related_content_type")
    time_after = django_filters.IsoDateTimeFilter(field_name="timestamp", lookup_expr="gte")
    time_before = django_filters.IsoDateTimeFilter(field_name="timestamp", lookup_expr="lte")

    class Meta:
        model = ChangeLogEntry
        fields = [
            "id",
            "action",
            "actor",
            "actor_name",
            "object_id",
            "related_object_id",
            "request_id",
        ]


class JournalEntryFilterSet(SearchFilterSet):
    """Journal notes: by object, kind and author."""

    search_fields = ("comments",)
    object_type = ContentTypeFilter(field_name="content_type")

    class Meta:
        model = JournalEntry
        fields = ["id", "kind", "object_id", "created_by"]
