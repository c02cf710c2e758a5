"""Serializer bases: every record shows its `display` text and the link to its page."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import empty

from cityties.text import PartialDate
from cityties.web.core.dates import partial_date_format
from cityties.web.core.links import detail_url
from cityties.web.core.models import ChangeLogEntry, JournalEntry, Theme


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
        "example": "2013-09",
    }
)
class PartialDateField(serializers.Field):
    """A partial date as ISO text to its known precision ("2013", "2013-09", "2013-09-24").

    It reads `<date_field>` and `<date_field>_precision` and writes a PartialDate under its
    own name, which the services store as the two fields.
    """

    default_error_messages = {"invalid": "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD."}

    def __init__(self, *, date_field: str, **kwargs: Any) -> None:
        self.date_field = date_field
        kwargs.setdefault("source", "*")
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def run_validation(self, data: Any = empty) -> Any:
        if data is None or data == "":
            return {self.field_name: None}
        return super().run_validation(data)

    def to_representation(self, value: Any) -> str | None:
        text = partial_date_format(
            getattr(value, self.date_field), getattr(value, f"{self.date_field}_precision")
        )
        return text or None

    def to_internal_value(self, data: Any) -> dict[str, PartialDate]:
        try:
            return {self.field_name: PartialDate.parse(str(data))}
        except ValueError:
            self.fail("invalid")
            raise  # pragma: no cover - fail() raises


class RegisterSerializer(serializers.ModelSerializer):
    """A model serializer with `display` (the record's text) and `web_url` (its page)."""

    display = serializers.SerializerMethodField()
    web_url = serializers.SerializerMethodField()

    def get_display(self, obj: Any) -> str:
        return str(obj)

    def get_web_url(self, obj: Any) -> str:
        return detail_url(obj)


class ThemeSerializer(RegisterSerializer):
    class Meta:
        model = Theme
        fields = ["id", "display", "web_url", "slug", "name"]


class ObjectTypeField(serializers.CharField):
    """A content type as `app_label.model`."""

    def to_representation(self, value: Any) -> str:
        return f"{value.app_label}.{value.model}"

    def to_internal_value(self, data: Any) -> ContentType:
        app_label, _sep, model = str(data).lower().partition(".")
        try:
            return ContentType.objects.get_by_natural_key(app_label, model)
        except ContentType.DoesNotExist as e:
            raise serializers.ValidationError(f"Unknown object type: {data}") from e


class ChangeLogEntrySerializer(RegisterSerializer):
    object_type = ObjectTypeField(source="content_type", read_only=True)
    related_object_type = ObjectTypeField(source="related_content_type", read_only=True)
    changed_fields = serializers.ListField(read_only=True)

    class Meta:
        model = ChangeLogEntry
        fields = [
            "id",
            "display",
            "web_url",
            "timestamp",
            "actor",
            "actor_name",
            "request_id",
            "action",
            "object_type",
            "object_id",
            "object_repr",
            "related_object_type",
            "related_object_id",
            "before",
            "after",
            "changed_fields",
        ]
        read_only_fields = fields


class JournalEntrySerializer(RegisterSerializer):
    object_type = ObjectTypeField(source="content_type")

    class Meta:
        model = JournalEntry
        fields = [
            "id",
            "display",
            "web_url",
            "object_type",
            "object_id",
            "kind",
            "comments",
            "created_by",
            "created",
            "last_updated",
        ]
        read_only_fields = ["created_by", "created", "last_updated"]
