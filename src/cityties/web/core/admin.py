"""Admin of the core app."""

from django.contrib import admin

from .admin_base import AuditedAdmin, ReadOnlyAdmin
from .models import ChangeLogEntry, JournalEntry, Theme


@admin.register(ChangeLogEntry)
class ChangeLogEntryAdmin(ReadOnlyAdmin):
    list_display = ["timestamp", "actor_name", "action", "content_type", "object_repr"]
    list_filter = ["action", "content_type"]
    search_fields = ["object_repr", "actor_name"]
    date_hierarchy = "timestamp"


@admin.register(JournalEntry)
class JournalEntryAdmin(AuditedAdmin):
    list_display = ["created", "kind", "content_type", "object_id", "created_by"]
    list_filter = ["kind"]
    search_fields = ["comments"]


@admin.register(Theme)
class ThemeAdmin(AuditedAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
