"""Reads the pages share: a record's change history and journal, and what a delete would do."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models, router
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


@dataclass
class DependentRecord:
    """A record that refers to the one about to be deleted, with its page."""

    label: str
    kind: str
    url: str


@dataclass
class DeletePreview:
    """What deleting a record would do: records that block it, records deleted with it."""

    blockers: list[DependentRecord] = field(default_factory=list)
    cascades: list[tuple[str, int]] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return bool(self.blockers)


def _page_record(obj: models.Model) -> models.Model:
    """The record whose page shows `obj` (an agreement for its party, a visit for its gift)."""
    from .views import PARENTS, RECORD_URLS

    seen = 0
    while obj._meta.label_lower not in RECORD_URLS and seen < 3:
        parent = None
        for attr in PARENTS.get(obj._meta.label_lower, "").split("|"):
            parent = getattr(obj, attr, None) if attr else None
            if parent is not None:
                break
        if parent is None:
            break
        obj, seen = parent, seen + 1
    return obj


def delete_preview(obj: models.Model, *, limit: int = 25) -> DeletePreview:
    """The records that refer to `obj` and forbid deleting it, and those deleted with it.

    A blocker is shown as the record a person knows (the agreement, not its party row).
    """
    from django.contrib.admin.utils import NestedObjects

    from .views import record_url

    collector = NestedObjects(using=router.db_for_write(type(obj)))
    collector.collect([obj])
    preview = DeletePreview()
    seen: set[tuple[str, object]] = set()
    for blocker in sorted(collector.protected, key=lambda o: (o._meta.label_lower, o.pk)):
        record = _page_record(blocker)
        key = (record._meta.label_lower, record.pk)
        if key in seen:
            continue
        seen.add(key)
        preview.blockers.append(
            DependentRecord(
                label=str(record),
                kind=str(record._meta.verbose_name),
                url=record_url(record),
            )
        )
        if len(preview.blockers) >= limit:
            break
    for model, objects in collector.model_objs.items():
        if model is type(obj) or model._meta.auto_created:
            continue
        preview.cascades.append((str(model._meta.verbose_name_plural), len(objects)))
    preview.cascades.sort()
    return preview
