"""The migrations match the models."""

import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_migrations_match_models() -> None:
    """`makemigrations --check` finds no model change without a migration."""
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    assert "No changes detected" in out.getvalue()
