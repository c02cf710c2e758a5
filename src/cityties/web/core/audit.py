"""The audit trail: snapshots of records and ChangeLogEntry rows written by the services."""

from __future__ import annotations

import contextvars
import datetime as dt
import decimal
import uuid
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models

from .choices import ChangeAction
from .models import ChangeLogEntry

_request_id: contextvars.ContextVar[uuid.UUID | None] = contextvars.ContextVar(
    "cityties_request_id", default=None
)


def set_request_id(
    value: uuid.UUID | None, *, token: contextvars.Token[uuid.UUID | None] | None = None
) -> contextvars.Token[uuid.UUID | None]:
    """Set the current request id (or restore the previous one from `token`)."""
    if token is not None:
        _request_id.reset(token)
        return token
    return _request_id.set(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or None
    return value


def snapshot(instance: models.Model) -> dict[str, Any]:
    """The record's concrete fields (and many-to-many ids) as JSON-ready values."""
    data: dict[str, Any] = {}
    opts = instance._meta
    for field in opts.concrete_fields:
        data[field.attname] = _json_value(field.value_from_object(instance))
    if instance.pk is not None:
        for field in opts.many_to_many:
            data[field.name] = sorted(getattr(instance, field.name).values_list("pk", flat=True))
    return data


def changelog_record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    instance: models.Model,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    related: models.Model | None = None,
    object_id: int | None = None,
    object_repr: str | None = None,
) -> ChangeLogEntry:
    """Write one ChangeLogEntry; call it inside the transaction that makes the change.

    related (Model | None): the parent record on whose page this change shows
        (an agreement for its party, a visit for its gift).
    object_id (int | None): the id of a deleted record (its pk is gone after delete()).
    object_repr (str | None): its text, taken before it was deleted.
    """
    if action not in ChangeAction.values:
        raise ValueError(f"unknown change action: {action}")
    user = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    entry = ChangeLogEntry(
        actor=user,
        actor_name=user.get_username() if user is not None else "system",
        request_id=_request_id.get(),
        action=action,
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
        object_id=object_id if object_id is not None else instance.pk,
        object_repr=(object_repr if object_repr is not None else str(instance))[:200],
        before=before,
        after=after,
    )
    if related is not None:
        entry.related_content_type = ContentType.objects.get_for_model(related)
        entry.related_object_id = related.pk
    entry.save()
    return entry
