"""Write services shared by every app: create, update and delete a record with its audit entry.

Each app's services call these with their own model; they check the permission rule
(`core.permissions`), validate with `full_clean()`, write, and log a ChangeLogEntry in the
same transaction. `actor=None` is the system itself (migrations, maintenance) and is not checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from .audit import changelog_record, snapshot
from .choices import ChangeAction, JournalKind
from .models import JournalEntry
from .permissions import can_create, can_delete, can_edit

M = TypeVar("M", bound=models.Model)
Actor = AbstractBaseUser | AnonymousUser | None

__all__ = [
    "journal_entry_create",
    "journal_entry_delete",
    "record_create",
    "record_delete",
    "record_update",
]


def _split_m2m(model: type[models.Model], data: Mapping[str, Any]) -> tuple[dict, dict]:
    m2m_names = {f.name for f in model._meta.many_to_many}
    fields = {k: v for k, v in data.items() if k not in m2m_names}
    m2m = {k: v for k, v in data.items() if k in m2m_names}
    return fields, m2m


def _set_m2m(instance: models.Model, m2m: Mapping[str, Iterable[Any]]) -> None:
    for name, values in m2m.items():
        getattr(instance, name).set(list(values))


def record_create(
    *,
    actor: Actor,
    model: type[M],
    data: Mapping[str, Any],
    related: models.Model | None = None,
) -> M:
    """Create a `model` record from `data` (fields and many-to-many values) and log it.

    RAISES PermissionDenied when `actor` may not add it; ValidationError when it is invalid.
    """
    fields, m2m = _split_m2m(model, data)
    instance = model(**fields)
    if actor is not None and not can_create(actor, instance):
        raise PermissionDenied(_("You may not add this %(model)s.") % _model_name(model))
    with transaction.atomic():
        instance.full_clean()
        instance.save()
        _set_m2m(instance, m2m)
        changelog_record(
            actor=actor,
            action=ChangeAction.CREATE,
            instance=instance,
            before=None,
            after=snapshot(instance),
            related=related,
        )
    return instance


def _without_timestamps(snap: Mapping[str, Any]) -> dict[str, Any]:
    """A snapshot without the times `save()` sets itself: saving unchanged is no change."""
    return {k: v for k, v in snap.items() if k not in ("created", "last_updated")}


def record_update(
    *,
    actor: Actor,
    instance: M,
    data: Mapping[str, Any],
    related: models.Model | None = None,
) -> M:
    """Change the given fields of `instance`, validate, save and log the before/after snapshot.

    Nothing is logged when nothing changed.
    """
    if actor is not None and not can_edit(actor, instance):
        raise PermissionDenied(_("You may not change %(object)s.") % {"object": instance})
    fields, m2m = _split_m2m(type(instance), data)
    with transaction.atomic():
        before = snapshot(type(instance)._default_manager.get(pk=instance.pk))
        for name, value in fields.items():
            setattr(instance, name, value)
        instance.full_clean()
        # The new owner must also be one the actor may write to (no giving records away).
        if actor is not None and not can_edit(actor, instance):
            raise PermissionDenied(_("You may not change %(object)s.") % {"object": instance})
        instance.save()
        _set_m2m(instance, m2m)
        after = snapshot(instance)
        if _without_timestamps(before) != _without_timestamps(after):
            changelog_record(
                actor=actor,
                action=ChangeAction.UPDATE,
                instance=instance,
                before=before,
                after=after,
                related=related,
            )
    return instance


def record_delete(
    *, actor: Actor, instance: models.Model, related: models.Model | None = None
) -> None:
    """Delete `instance` and log it; a protected link raises ProtectedError (the API's 409)."""
    if actor is not None and not can_delete(actor, instance):
        raise PermissionDenied(_("You may not delete %(object)s.") % {"object": instance})
    with transaction.atomic():
        pk = instance.pk
        before = snapshot(instance)
        text = str(instance)
        instance.delete()
        changelog_record(
            actor=actor,
            action=ChangeAction.DELETE,
            instance=instance,
            before=before,
            after=None,
            related=related,
            object_id=pk,
            object_repr=text,
        )


def _model_name(model: type[models.Model]) -> dict[str, str]:
    return {"model": str(model._meta.verbose_name)}


def journal_entry_create(
    *, actor: Actor, obj: models.Model, comments: str, kind: str = JournalKind.INFO
) -> JournalEntry:
    """Add a note to any record; any user who may write (editor, admin) may add one."""
    user = actor if actor is not None and actor.is_authenticated else None
    return record_create(
        actor=actor,
        model=JournalEntry,
        data={
            "content_type": ContentType.objects.get_for_model(obj),
            "object_id": obj.pk,
            "comments": comments,
            "kind": kind,
            "created_by": user,
        },
        related=obj,
    )


def journal_entry_delete(*, actor: Actor, entry: JournalEntry) -> None:
    """Remove a note (its author or an admin)."""
    record_delete(actor=actor, instance=entry, related=entry.assigned_object)
