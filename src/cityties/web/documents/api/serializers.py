"""Serializers of the documents API."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from cityties.web.core.api.serializers import ObjectTypeField, RegisterSerializer
from cityties.web.core.links import detail_url

from ..models import Document, Evidence, ExtractionRun, Fact, FactLink


class ExtractionRunSerializer(RegisterSerializer):
    class Meta:
        model = ExtractionRun
        fields = [
            "id",
            "display",
            "web_url",
            "document",
            "started",
            "finished",
            "engine_version",
            "extractors",
            "status",
            "error_code",
            "error_message",
            "fact_count",
        ]
        read_only_fields = fields


class DocumentSerializer(RegisterSerializer):
    latest_run = serializers.SerializerMethodField()
    pending_facts = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = [
            "id",
            "display",
            "web_url",
            "title",
            "original_name",
            "sha256",
            "size",
            "media_type",
            "source",
            "language",
            "uploaded_by",
            "organisation",
            "created",
            "latest_run",
            "pending_facts",
        ]
        read_only_fields = [f for f in fields if f != "title"]

    def get_latest_run(self, obj: Document) -> dict[str, Any] | None:
        run = obj.runs.first()
        return ExtractionRunSerializer(run, context=self.context).data if run else None

    def get_pending_facts(self, obj: Document) -> int:
        return obj.facts.filter(state="pending").count()


class DocumentTextSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text"]
        read_only_fields = [*DocumentSerializer.Meta.read_only_fields, "text"]


class EvidenceSerializer(RegisterSerializer):
    class Meta:
        model = Evidence
        fields = [
            "id",
            "display",
            "fact",
            "char_start",
            "char_end",
            "quote",
            "extractor",
            "confidence",
        ]
        read_only_fields = fields


class FactLinkSerializer(RegisterSerializer):
    object_type = ObjectTypeField(source="content_type", read_only=True)
    record_display = serializers.SerializerMethodField()
    record_url = serializers.SerializerMethodField()

    class Meta:
        model = FactLink
        fields = [
            "id",
            "fact",
            "object_type",
            "object_id",
            "action",
            "record_display",
            "record_url",
        ]
        read_only_fields = fields

    def get_record_display(self, obj: FactLink) -> str:
        return str(obj.record) if obj.record is not None else ""

    def get_record_url(self, obj: FactLink) -> str:
        return detail_url(obj.record)


class FactSerializer(RegisterSerializer):
    evidence = EvidenceSerializer(many=True, read_only=True)
    links = FactLinkSerializer(many=True, read_only=True)

    class Meta:
        model = Fact
        fields = [
            "id",
            "display",
            "web_url",
            "document",
            "run",
            "position",
            "kind",
            "summary",
            "payload",
            "edited_payload",
            "state",
            "reviewed_by",
            "reviewed_at",
            "note",
            "evidence",
            "links",
        ]
        read_only_fields = fields


class IngestSerializer(serializers.Serializer):
    """A file upload or pasted text, with an optional title."""

    file = serializers.FileField(required=False)
    text = serializers.CharField(required=False, trim_whitespace=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=300)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if bool(attrs.get("file")) == bool(attrs.get("text")):
            raise serializers.ValidationError("Send either a file or a text.")
        return attrs


class FactReviewSerializer(serializers.Serializer):
    """A review note (reject) or the corrected fields (edit)."""

    note = serializers.CharField(required=False, allow_blank=True, max_length=500)
    payload = serializers.DictField(required=False)
