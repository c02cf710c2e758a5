"""Reusable model constraints."""

from __future__ import annotations

from django.db import models
from django.utils.functional import Promise


def exactly_one(
    first: str, second: str, *, name: str, message: str | Promise
) -> models.CheckConstraint:
    """A CheckConstraint: exactly one of two nullable foreign keys is set."""
    return models.CheckConstraint(
        condition=(
            models.Q(**{f"{first}__isnull": False, f"{second}__isnull": True})
            | models.Q(**{f"{first}__isnull": True, f"{second}__isnull": False})
        ),
        name=name,
        violation_error_message=message,
    )


def not_before(
    later: str, earlier: str, *, name: str, message: str | Promise
) -> models.CheckConstraint:
    """A CheckConstraint: `later` is not before `earlier` when both are set."""
    return models.CheckConstraint(
        condition=(
            models.Q(**{f"{later}__isnull": True})
            | models.Q(**{f"{earlier}__isnull": True})
            | models.Q(**{f"{later}__gte": models.F(earlier)})
        ),
        name=name,
        violation_error_message=message,
    )
