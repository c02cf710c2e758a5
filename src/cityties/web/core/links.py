"""Links to a record's page, by the URL-name convention `<app_label>:<model>_detail` (pk)."""

from __future__ import annotations

from django.db import models
from django.urls import NoReverseMatch, reverse


def detail_url(obj: models.Model | None) -> str:
    """The record's page, or "" while the pages do not define that route."""
    if obj is None or obj.pk is None:
        return ""
    opts = obj._meta
    try:
        return reverse(f"{opts.app_label}:{opts.model_name}_detail", kwargs={"pk": obj.pk})
    except NoReverseMatch:
        return ""
