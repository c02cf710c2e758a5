"""Who may change what: the one place the desk's permission rule lives.

Admins change everything; viewers change nothing; an editor changes what the organisation
of their profile owns (its initiatives, the visits it organised, its contacts, the agreements
it keeps, the documents it uploaded) and may add shared reference records (places, platforms,
organisations, ties) that no organisation owns.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models

from .choices import Role

__all__ = [
    "NOBODY",
    "SHARED",
    "can_create",
    "can_delete",
    "can_edit",
    "can_view",
    "owner_organisation_id",
    "register_ownership",
    "role_of",
    "user_organisation_id",
]

SHARED = object()  # records no organisation owns: any editor may change them
NOBODY = object()  # records only admins change

# model label -> dotted attribute path to the owning organisation's id, or SHARED / NOBODY.
OWNERSHIP: dict[str, str | object] = {
    "directory.place": SHARED,
    "directory.platform": SHARED,
    "directory.alias": SHARED,
    "directory.tie": SHARED,
    "directory.organisation": "pk",
    "directory.person": "owner_id|organisation_id",
    "directory.figure": SHARED,
    "directory.goal": SHARED,
    "directory.userprofile": NOBODY,
    "core.theme": NOBODY,
    "core.journalentry": SHARED,
    "core.changelogentry": NOBODY,
    "agreements.agreement": "owner_id",
    "agreements.agreementparty": "agreement.owner_id",
    "engagements.visit": "organiser_id",
    "engagements.visitmember": "visit.organiser_id",
    "engagements.followup": "visit.organiser_id",
    "engagements.gift": "visit.organiser_id",
    "engagements.initiative": "lead_organisation_id",
    "documents.document": "organisation_id",
    "documents.extractionrun": "document.organisation_id",
    "documents.fact": "document.organisation_id",
    "documents.evidence": "fact.document.organisation_id",
    "documents.factlink": "fact.document.organisation_id",
}

User = AbstractBaseUser | AnonymousUser | None


def register_ownership(label: str, rule: str | object) -> None:
    """Declare who owns the records of another app's model (`app_label.model`).

    rule: a dotted path to the owning organisation's id ("lead_organisation_id"), SHARED
    or NOBODY. An app calls this from its AppConfig.ready(); the rule itself stays here.
    """
    OWNERSHIP[label.lower()] = rule


def role_of(user: User) -> str | None:
    """'admin', 'editor' or 'viewer' for a logged-in user; None for anyone else.

    A superuser is an admin; a user in no role group is a viewer.
    """
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if getattr(user, "is_superuser", False):
        return Role.ADMIN
    names = {g.name for g in user.groups.all()}  # type: ignore[union-attr]
    for role in (Role.ADMIN, Role.EDITOR, Role.VIEWER):
        if role.value in names:
            return role.value
    return Role.VIEWER


def user_organisation_id(user: User) -> int | None:
    """The id of the organisation an editor works for, if any."""
    profile = getattr(user, "profile", None) if user is not None else None
    return getattr(profile, "organisation_id", None)


def _resolve(obj: Any, path: str) -> Any:
    """Follow a dotted path; `a|b` takes the first alternative that is set."""
    if "|" in path:
        for alternative in path.split("|"):
            value = _resolve(obj, alternative)
            if value is not None:
                return value
        return None
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def owner_organisation_id(obj: models.Model) -> int | None | object:
    """The id of the organisation that owns `obj`, or SHARED / NOBODY."""
    rule = OWNERSHIP.get(obj._meta.label_lower, NOBODY)
    if rule is SHARED or rule is NOBODY:
        return rule
    if not isinstance(rule, str):
        return NOBODY
    return _resolve(obj, rule)


def can_view(user: User) -> bool:
    """Every logged-in user with a role reads the whole register."""
    return role_of(user) is not None


def can_create(user: User, obj: models.Model | type[models.Model]) -> bool:
    """May `user` add `obj` (an unsaved record), or records of a model class at all?

    For a class the answer is about the role only; for a record, an editor may add it when
    it is shared or when its owner is the editor's organisation. Any editor may add a new
    organisation.
    """
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role != Role.EDITOR:
        return False
    label = obj._meta.label_lower
    rule = OWNERSHIP.get(label, NOBODY)
    if rule is NOBODY:
        return False
    if isinstance(obj, type) or rule is SHARED or label == "directory.organisation":
        return True
    mine = user_organisation_id(user)
    return mine is not None and owner_organisation_id(obj) == mine


def can_edit(user: User, obj: models.Model) -> bool:
    """May `user` change `obj`? The rule of the whole desk: services, API and pages ask here."""
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role != Role.EDITOR:
        return False
    owner = owner_organisation_id(obj)
    if owner is NOBODY:
        return False
    if owner is SHARED:
        if obj._meta.label_lower == "core.journalentry":
            return getattr(obj, "created_by_id", None) == getattr(user, "pk", None)
        return True
    mine = user_organisation_id(user)
    return mine is not None and owner == mine


def can_delete(user: User, obj: models.Model) -> bool:
    """Deleting follows the same rule as editing."""
    return can_edit(user, obj)
