"""Settings and system checks: SQLite in WAL mode, secrets required outside debug."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.test import override_settings

from cityties.web.checks import check_desk_settings, check_secrets


@pytest.mark.django_db
def test_settings_sqlite_connection_uses_wal(tmp_path: Path) -> None:
    """A connection made with the desk's SQLite options is in WAL journal mode."""
    options = dict(settings.DATABASES["default"]["OPTIONS"])
    db = {
        **settings.DATABASES["default"],
        "NAME": str(tmp_path / "wal.sqlite3"),
        "OPTIONS": options,
    }
    wrapper = DatabaseWrapper(db, alias="wal-test")
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
    finally:
        wrapper.close()


@override_settings(DEBUG=False, SECRET_KEY="", ALLOWED_HOSTS=[])
def test_checks_secret_key_and_hosts_required() -> None:
    """Without DEBUG, a missing secret key and empty allowed hosts are errors E001 and E002."""
    assert [e.id for e in check_secrets()] == ["cityties.E001", "cityties.E002"]


@override_settings(DEBUG=True, SECRET_KEY="", ALLOWED_HOSTS=[])
def test_checks_debug_needs_no_secret() -> None:
    """A development server runs without them."""
    assert check_secrets() == []


@override_settings(CITYTIES_LOGIN_MAX_FAILURES=0)
def test_checks_login_failures_at_least_one() -> None:
    """A throttle that locks before any attempt is refused (E004)."""
    assert "cityties.E004" in [e.id for e in check_desk_settings()]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_settings_languages(language: str) -> None:
    """English and Dutch are the desk's languages."""
    assert language in dict(settings.LANGUAGES)
