"""One error body for the whole API: {"message": ..., "extra": {...}}.

Django and DRF validation errors are 400, a missing object 404, a refused change 403, and a
delete that would break a protected link 409 with the records that depend on it.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from cityties.web.core.exceptions import ApplicationError


def _dependants(objs: Any) -> list[dict[str, Any]]:
    out = []
    for obj in list(objs)[:50]:
        out.append({"type": obj._meta.label_lower, "id": obj.pk, "display": str(obj)})
    return out


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Map an exception raised in a view to the desk's error body."""
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        first = next(iter(detail.values()), [""])
        return Response(
            {"message": first[0] if first else _("Invalid data."), "extra": {"fields": detail}},
            status=status.HTTP_400_BAD_REQUEST,
        )
    if isinstance(exc, ProtectedError | RestrictedError):
        objs = exc.protected_objects if isinstance(exc, ProtectedError) else exc.restricted_objects
        return Response(
            {
                "message": _("Cannot delete: other records depend on this one."),
                "extra": {"dependants": _dependants(objs)},
            },
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, ApplicationError):
        return Response(
            {"message": exc.message, "extra": exc.extra}, status=status.HTTP_400_BAD_REQUEST
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        data = exc.detail
        fields = data if isinstance(data, dict) else {"non_field_errors": data}
        first = next(iter(fields.values()), [""])
        message = str(first[0]) if isinstance(first, list) and first else str(first)
        response.data = {"message": message or _("Invalid data."), "extra": {"fields": fields}}
    elif isinstance(exc, exceptions.APIException):
        response.data = {"message": str(exc.detail), "extra": {}}
    return response
