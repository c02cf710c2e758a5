"""Admin of documents: read-only (documents come in through ingest, facts through review)."""

from django.contrib import admin

from cityties.web.core.admin_base import ReadOnlyAdmin

from .models import Document, Evidence, ExtractionRun, Fact, FactLink


@admin.register(Document)
class DocumentAdmin(ReadOnlyAdmin):
    list_display = ["title", "original_name", "size", "media_type", "created", "uploaded_by"]
    search_fields = ["title", "original_name", "sha256"]


@admin.register(ExtractionRun)
class ExtractionRunAdmin(ReadOnlyAdmin):
    list_display = ["document", "engine_version", "status", "error_code", "fact_count", "started"]
    list_filter = ["status"]


@admin.register(Fact)
class FactAdmin(ReadOnlyAdmin):
    list_display = ["summary", "kind", "state", "document"]
    list_filter = ["kind", "state"]
    search_fields = ["summary"]


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    list_display = ["fact", "char_start", "char_end", "extractor", "confidence"]


@admin.register(FactLink)
class FactLinkAdmin(ReadOnlyAdmin):
    list_display = ["fact", "content_type", "object_id", "action"]
