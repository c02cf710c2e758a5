"""The viewset base of every register endpoint, and the core endpoints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.serializers import BaseSerializer

from cityties.web.core.exports import Column, default_columns, export_csv, export_json
from cityties.web.core.filters import ChangeLogEntryFilterSet, JournalEntryFilterSet, ThemeFilterSet
from cityties.web.core.models import ChangeLogEntry, JournalEntry, Theme
from cityties.web.core.services import (
    journal_entry_create,
    journal_entry_delete,
    record_create,
    record_delete,
    record_update,
)

from .serializers import ChangeLogEntrySerializer, JournalEntrySerializer, ThemeSerializer


class ExportMixin:
    """`GET <list>/export/csv/` and `<list>/export/json/`: the filtered list as a file."""

    export_columns: Sequence[Column] | None = None

    def get_export_columns(self) -> Sequence[Column]:
        return self.export_columns or default_columns(self.queryset.model)  # type: ignore[attr-defined]

    @extend_schema(
        parameters=[
            OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=["csv", "json"])
        ],
        responses={200: OpenApiTypes.STR},
    )
    @action(detail=False, methods=["get"], url_path=r"export/(?P<fmt>csv|json)")
    def export(self, request: Request, fmt: str) -> HttpResponse:
        """The filtered list as CSV or JSON."""
        objects = self.filter_queryset(self.get_queryset())  # type: ignore[attr-defined]
        model = self.queryset.model  # type: ignore[attr-defined]
        name = model._meta.verbose_name_plural.replace(" ", "-")
        if fmt == "csv":
            body = export_csv(objects, self.get_export_columns())
            response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        else:
            body = export_json(objects, self.get_export_columns())
            response = HttpResponse(body, content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
        return response


class RegisterViewSet(ExportMixin, viewsets.ModelViewSet):
    """A NetBox-style endpoint: set queryset, serializer_class and filterset_class.

    Writes go through the services (permission check, validation, change log); a subclass
    with its own service overrides `create_record` / `update_record` / `delete_record`.
    """

    def create_record(self, data: dict[str, Any]) -> Any:
        return record_create(actor=self.request.user, model=self.queryset.model, data=data)

    def update_record(self, instance: Any, data: dict[str, Any]) -> Any:
        return record_update(actor=self.request.user, instance=instance, data=data)

    def delete_record(self, instance: Any) -> None:
        record_delete(actor=self.request.user, instance=instance)

    def perform_create(self, serializer: BaseSerializer) -> None:
        serializer.instance = self.create_record(dict(serializer.validated_data))

    def perform_update(self, serializer: BaseSerializer) -> None:
        serializer.instance = self.update_record(
            serializer.instance, dict(serializer.validated_data)
        )

    def perform_destroy(self, instance: Any) -> None:
        self.delete_record(instance)


class ReadOnlyRegisterViewSet(ExportMixin, viewsets.ReadOnlyModelViewSet):
    """A read-only endpoint (the change log, evidence)."""


class ThemeViewSet(RegisterViewSet):
    queryset = Theme.objects.all()
    serializer_class = ThemeSerializer
    filterset_class = ThemeFilterSet


class ChangeLogEntryViewSet(ReadOnlyRegisterViewSet):
    queryset = ChangeLogEntry.objects.select_related("content_type", "actor")
    serializer_class = ChangeLogEntrySerializer
    filterset_class = ChangeLogEntryFilterSet


class JournalEntryViewSet(RegisterViewSet):
    queryset = JournalEntry.objects.select_related("content_type", "created_by")
    serializer_class = JournalEntrySerializer
    filterset_class = JournalEntryFilterSet

    def create_record(self, data: dict[str, Any]) -> Any:
        ct = data["content_type"]
        obj = ct.get_object_for_this_type(pk=data["object_id"])
        return journal_entry_create(
            actor=self.request.user,
            obj=obj,
            comments=data["comments"],
            kind=data.get("kind", "info"),
        )

    def delete_record(self, instance: Any) -> None:
        journal_entry_delete(actor=self.request.user, entry=instance)
