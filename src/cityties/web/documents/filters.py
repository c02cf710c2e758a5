"""FilterSets of documents, runs, facts and evidence."""

from __future__ import annotations

import django_filters
from django.db import models
from django.utils.translation import gettext_lazy as _

from cityties.web.core.filters import SearchFilterSet
from cityties.web.directory.models import Organisation

from .choices import DocumentSource, FactKind, ReviewState, RunStatus
from .models import Document, Evidence, ExtractionRun, Fact, FactLink


class DocumentFilterSet(SearchFilterSet):
    """Documents: by source, organisation, and whether facts await review."""

    search_fields = ("title", "original_name", "text")
    source = django_filters.ChoiceFilter(choices=DocumentSource.choices)
    organisation_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Organisation.objects.all(), field_name="organisation"
    )
    awaiting_review = django_filters.BooleanFilter(
        method="filter_awaiting_review", label=_("Awaiting review")
    )

    class Meta:
        model = Document
        fields = ["id", "sha256", "media_type", "language", "uploaded_by"]

    def filter_awaiting_review(
        self, queryset: models.QuerySet, name: str, value: bool | None
    ) -> models.QuerySet:
        if value is None:
            return queryset
        pending = Fact.objects.filter(state=ReviewState.PENDING).values("document_id")
        return queryset.filter(pk__in=pending) if value else queryset.exclude(pk__in=pending)


class ExtractionRunFilterSet(SearchFilterSet):
    """Extraction runs: by document, status and error code."""

    search_fields = ("engine_version", "error_code", "error_message")
    status = django_filters.ChoiceFilter(choices=RunStatus.choices)
    document_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Document.objects.all(), field_name="document"
    )

    class Meta:
        model = ExtractionRun
        fields = ["id", "error_code"]


class FactFilterSet(SearchFilterSet):
    """Facts: by document, kind and review state."""

    search_fields = ("summary",)
    kind = django_filters.MultipleChoiceFilter(choices=FactKind.choices)
    state = django_filters.MultipleChoiceFilter(choices=ReviewState.choices)
    document_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Document.objects.all(), field_name="document"
    )

    class Meta:
        model = Fact
        fields = ["id", "run"]


class EvidenceFilterSet(SearchFilterSet):
    """Evidence spans: by fact and extractor."""

    search_fields = ("quote", "extractor")
    fact_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Fact.objects.all(), field_name="fact"
    )
    document_id = django_filters.NumberFilter(field_name="fact__document_id")

    class Meta:
        model = Evidence
        fields = ["id", "extractor"]


class FactLinkFilterSet(SearchFilterSet):
    """Links from accepted facts to records."""

    fact_id = django_filters.ModelMultipleChoiceFilter(
        queryset=Fact.objects.all(), field_name="fact"
    )

    class Meta:
        model = FactLink
        fields = ["id", "action", "content_type", "object_id"]
