"""Signal receivers of the core app: the role groups exist after every migrate."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_migrate
from django.dispatch import receiver

from .choices import Role


@receiver(post_migrate)
def _ensure_role_groups(sender: Any, using: str = "default", **_: Any) -> None:
    if getattr(sender, "label", None) != "core":
        return
    from django.contrib.auth.models import Group

    for role in Role:
        Group.objects.using(using).get_or_create(name=role.value)
