"""System checks of the desk's configuration (ids cityties.E0xx / W0xx)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=False)
def check_secrets(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """Production needs a secret key and allowed hosts."""
    errors: list[Error] = []
    # settings.SECRET_KEY itself raises ImproperlyConfigured when empty; read the raw value so
    # that the check can say which variable to set.
    raw_key = getattr(getattr(settings, "_wrapped", None), "SECRET_KEY", "")
    if not settings.DEBUG and not raw_key:
        errors.append(
            Error(
                "DJANGO_SECRET_KEY is not set.",
                hint="Set DJANGO_SECRET_KEY in the environment or .env (see .env.example).",
                id="cityties.E001",
            )
        )
    if not settings.DEBUG and not settings.ALLOWED_HOSTS:
        errors.append(
            Error(
                "DJANGO_ALLOWED_HOSTS is empty.",
                hint="List the host names the desk is served under, comma-separated.",
                id="cityties.E002",
            )
        )
    return errors


@register(Tags.database)
def check_sqlite_location(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """The directory of a SQLite database must exist (or be creatable) and be writable."""
    db = settings.DATABASES.get("default", {})
    if db.get("ENGINE") != "django.db.backends.sqlite3":
        return []
    name = str(db.get("NAME", ""))
    if not name or name == ":memory:" or name.startswith("file:"):
        return []
    parent = Path(name).parent
    probe = parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        return [
            Error(
                f"The database directory {parent} is not writable.",
                hint="Set DATABASE_URL or CITYTIES_DATA_DIR to a writable place.",
                id="cityties.E003",
            )
        ]
    return []


@register()
def check_desk_settings(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    """Domain settings have sensible values."""
    out: list[Error | Warning] = []
    if settings.CITYTIES_LOGIN_MAX_FAILURES < 1:
        out.append(
            Error(
                "CITYTIES_LOGIN_MAX_FAILURES must be at least 1.",
                id="cityties.E004",
            )
        )
    if settings.CITYTIES_LOGIN_LOCK_MINUTES < 1:
        out.append(
            Error(
                "CITYTIES_LOGIN_LOCK_MINUTES must be at least 1.",
                id="cityties.E005",
            )
        )
    if settings.CITYTIES_EXPIRY_WARNING_DAYS < 1:
        out.append(Error("CITYTIES_EXPIRY_WARNING_DAYS must be at least 1.", id="cityties.E006"))
    demo_dir = Path(settings.CITYTIES_DEMO_DIR)
    if not demo_dir.is_dir():
        out.append(
            Warning(
                f"The demo directory {demo_dir} does not exist.",
                hint="Set CITYTIES_DEMO_DIR; `cityties_demo` reads its documents from there.",
                id="cityties.W001",
            )
        )
    return out
