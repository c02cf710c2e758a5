"""Write services of visits (with members, follow-ups, gifts) and initiatives."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction

from cityties.text import PartialDate
from cityties.web.agreements.services import dates_compatible
from cityties.web.core.dates import partial_date_fields
from cityties.web.core.services import record_create, record_delete, record_update
from cityties.web.directory.models import Organisation, Place

from .choices import MemberSide
from .models import FollowUp, Gift, Initiative, Visit, VisitMember

Actor = AbstractBaseUser | AnonymousUser | None

__all__ = [
    "follow_up_create",
    "follow_up_delete",
    "follow_up_update",
    "gift_create",
    "gift_delete",
    "gift_update",
    "initiative_create",
    "initiative_delete",
    "initiative_update",
    "visit_create",
    "visit_delete",
    "visit_match",
    "visit_member_add",
    "visit_member_delete",
    "visit_member_update",
    "visit_update",
]


def _dates(data: dict[str, Any]) -> dict[str, Any]:
    for key, field in (("start", "start_date"), ("end", "end_date")):
        if key in data:
            value, precision = partial_date_fields(data.pop(key))
            data[field] = value
            data[f"{field}_precision"] = precision
    return data


def visit_create(*, actor: Actor, source_documents: Iterable[Any] = (), **data: Any) -> Visit:
    """Add a visit; `start`/`end` may be PartialDate or ISO text to their known precision."""
    data = _dates(dict(data))
    return record_create(
        actor=actor, model=Visit, data={**data, "source_documents": list(source_documents)}
    )


def visit_update(*, actor: Actor, visit: Visit, **data: Any) -> Visit:
    """Change a visit."""
    return record_update(actor=actor, instance=visit, data=_dates(dict(data)))


def visit_delete(*, actor: Actor, visit: Visit) -> None:
    """Delete a visit with its members and follow-ups (its gifts stay in the register)."""
    record_delete(actor=actor, instance=visit)


def visit_match(
    *,
    from_place: Place | None,
    from_organisation: Organisation | None,
    to_place: Place | None,
    to_organisation: Organisation | None,
    start: PartialDate | None,
) -> Visit | None:
    """The existing visit between the same ends whose start date is compatible."""
    candidates = Visit.objects.filter(
        from_place=from_place,
        from_organisation=from_organisation,
        to_place=to_place,
        to_organisation=to_organisation,
    )
    for visit in candidates:
        if start is None and visit.start is None:
            return visit
        if start is not None and visit.start is not None and dates_compatible(visit.start, start):
            return visit
    return None


def visit_member_add(
    *,
    actor: Actor,
    visit: Visit,
    name: str,
    title: str = "",
    side: str = MemberSide.VISITOR,
    person: Any = None,
) -> tuple[VisitMember, str]:
    """Add a delegation member (no change when the name is already listed)."""
    existing = visit.members.filter(name__iexact=name.strip()).first()
    if existing is not None:
        if title and not existing.title:
            record_update(actor=actor, instance=existing, data={"title": title}, related=visit)
            return existing, "updated"
        return existing, "matched"
    member = record_create(
        actor=actor,
        model=VisitMember,
        data={"visit": visit, "name": name.strip(), "title": title, "side": side, "person": person},
        related=visit,
    )
    return member, "created"


def visit_member_update(*, actor: Actor, member: VisitMember, **data: Any) -> VisitMember:
    """Change a delegation member's name, title or side."""
    if "name" in data:
        data["name"] = str(data["name"]).strip()
    return record_update(actor=actor, instance=member, data=data, related=member.visit)


def visit_member_delete(*, actor: Actor, member: VisitMember) -> None:
    """Remove a delegation member."""
    record_delete(actor=actor, instance=member, related=member.visit)


def follow_up_create(*, actor: Actor, **data: Any) -> FollowUp:
    """Add a follow-up action to a visit."""
    return record_create(actor=actor, model=FollowUp, data=data, related=data.get("visit"))


def follow_up_update(*, actor: Actor, follow_up: FollowUp, **data: Any) -> FollowUp:
    """Change a follow-up action (mark it done with `done_on`)."""
    return record_update(actor=actor, instance=follow_up, data=data, related=follow_up.visit)


def follow_up_delete(*, actor: Actor, follow_up: FollowUp) -> None:
    """Remove a follow-up action."""
    record_delete(actor=actor, instance=follow_up, related=follow_up.visit)


def gift_create(*, actor: Actor, **data: Any) -> Gift:
    """Record a gift given or received."""
    return record_create(actor=actor, model=Gift, data=data, related=data.get("visit"))


def gift_update(*, actor: Actor, gift: Gift, **data: Any) -> Gift:
    """Change a gift record."""
    return record_update(actor=actor, instance=gift, data=data, related=gift.visit)


def gift_delete(*, actor: Actor, gift: Gift) -> None:
    """Remove a gift record."""
    record_delete(actor=actor, instance=gift, related=gift.visit)


def initiative_create(*, actor: Actor, **data: Any) -> Initiative:
    """Add an initiative (`participants` and `partner_places` may be given)."""
    return record_create(actor=actor, model=Initiative, data=data)


def initiative_update(*, actor: Actor, initiative: Initiative, **data: Any) -> Initiative:
    """Change an initiative."""
    return record_update(actor=actor, instance=initiative, data=data)


def initiative_delete(*, actor: Actor, initiative: Initiative) -> None:
    """Delete an initiative."""
    with transaction.atomic():
        record_delete(actor=actor, instance=initiative)
