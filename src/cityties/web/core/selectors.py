"""Reads the pages share: a record's change history and journal."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q, QuerySet

from .models import ChangeLogEntry, JournalEntry


def changelog_for(obj: models.Model, *, limit: int = 50) -> list[ChangeLogEntry]:
    """Changes to `obj` and to the records shown on its page (its parties, gifts, notes)."""
    ct = ContentType.objects.get_for_model(obj)
    qs = ChangeLogEntry.objects.filter(
        Q(content_type=ct, object_id=obj.pk) | Q(related_content_type=ct, related_object_id=obj.pk)
    ).select_related("content_type", "actor")
    return list(qs[:limit])


def journal_for(obj: models.Model) -> QuerySet[JournalEntry]:
    """The notes written on `obj`, newest first."""
    ct = ContentType.objects.get_for_model(obj)
    return JournalEntry.objects.filter(content_type=ct, object_id=obj.pk).select_related(
        "created_by"
    )
