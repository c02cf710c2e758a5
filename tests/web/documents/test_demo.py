"""The demo desk: read through the engine and the review services, idempotent, logins."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import override_settings

from cityties.web.core.permissions import role_of
from cityties.web.documents.models import Document, Evidence, Fact

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

DEMO_DIR = Path(__file__).resolve().parents[3] / "demo"


def _run() -> str:
    out = io.StringIO()
    call_command("cityties_demo", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_cityties_demo_idempotent_with_logins(tmp_path: Path) -> None:
    """Two runs give the same register; each prints the same login for every role."""
    with override_settings(
        DATA_DIR=tmp_path, CITYTIES_DEMO_PASSWORD="", CITYTIES_DEMO_DIR=DEMO_DIR
    ):
        first = _run()
        facts = Fact.objects.count()
        second = _run()
    assert Document.objects.count() == 2
    assert Fact.objects.count() == facts
    assert Fact.objects.filter(state="pending").count() == 0 or "not merged" in first
    logins = [line for line in first.splitlines() if "login:" in line]
    assert len(logins) == 3
    assert logins == [line for line in second.splitlines() if "login:" in line]
    assert [role_of(User.objects.get(username=u)) for u in ("admin", "viewer")] == [
        "admin",
        "viewer",
    ]
    assert (tmp_path / "demo-logins.json").is_file()
    assert "expected facts in the register" in first
    for document in Document.objects.all():
        for ev in Evidence.objects.filter(fact__document=document):
            assert document.text[ev.char_start : ev.char_end] == ev.quote


def test_cityties_demo_password_from_environment(tmp_path: Path) -> None:
    """CITYTIES_DEMO_PASSWORD is every demo user's password."""
    with override_settings(
        DATA_DIR=tmp_path, CITYTIES_DEMO_PASSWORD="s3cret-demo", CITYTIES_DEMO_DIR=tmp_path
    ):
        out = io.StringIO()
        call_command("cityties_demo", "--quiet-checklist", stdout=out, stderr=io.StringIO())
    assert User.objects.get(username="editor").check_password("s3cret-demo") is True
    assert "password: s3cret-demo" in out.getvalue()
