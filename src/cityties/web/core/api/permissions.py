"""The API's permission class: reads for every role, writes as `core.permissions` says."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from cityties.web.core.permissions import can_edit, can_view, role_of


class RegisterPermission(BasePermission):
    """Logged-in users with a role read; writes need a role that may write, then `can_edit`.

    Whether an editor may create a given record depends on its owner, so creation is checked
    again by the service with the submitted data.
    """

    def has_permission(self, request: Request, view: Any) -> bool:
        if not can_view(request.user):
            return False
        if request.method in SAFE_METHODS:
            return True
        return role_of(request.user) in ("admin", "editor")

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return can_edit(request.user, obj)
