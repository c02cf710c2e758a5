"""Template context every page gets: the user's role and organisation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from .permissions import role_of


def desk(request: HttpRequest) -> dict[str, Any]:
    """`desk_role` ('admin', 'editor', 'viewer' or None) and `desk_organisation`."""
    user = getattr(request, "user", None)
    profile = getattr(user, "profile", None) if user is not None and user.is_authenticated else None
    return {
        "desk_role": role_of(user),
        "desk_organisation": getattr(profile, "organisation", None),
    }
