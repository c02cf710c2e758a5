"""Write services of the directory: places, organisations, ties, platforms, people, figures.

Every function is keyword-only, runs in a transaction, validates with full_clean() and writes
a ChangeLogEntry through `core.services`. The `*_resolve` functions find the record a name
stands for (merging instead of duplicating) and create it only when nothing matches.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from cityties.text import fold
from cityties.web.core.choices import Role
from cityties.web.core.exceptions import ApplicationError
from cityties.web.core.permissions import can_edit, role_of
from cityties.web.core.services import record_create, record_delete, record_update

from .choices import OrganisationKind, PlaceKind, TieRelation
from .models import (
    Alias,
    Figure,
    Goal,
    Organisation,
    Person,
    Place,
    Platform,
    Tie,
    UserProfile,
)

Actor = AbstractBaseUser | AnonymousUser | None

# --- places -------------------------------------------------------------------------------------


def place_create(*, actor: Actor, **data: Any) -> Place:
    """Add a place."""
    return record_create(actor=actor, model=Place, data=data)


def place_update(*, actor: Actor, place: Place, **data: Any) -> Place:
    """Change a place's fields."""
    return record_update(actor=actor, instance=place, data=data)


def place_delete(*, actor: Actor, place: Place) -> None:
    """Delete a place (refused while agreements, visits or organisations refer to it)."""
    record_delete(actor=actor, instance=place)


def place_set_home(*, actor: Actor, place: Place) -> Place:
    """Make `place` the desk's home city (the previous one stops being home)."""
    with transaction.atomic():
        for other in Place.objects.home().exclude(pk=place.pk):
            record_update(actor=actor, instance=other, data={"is_home": False})
        return record_update(actor=actor, instance=place, data={"is_home": True})


def alias_add(
    *, actor: Actor, name: str, place: Place | None = None, organisation: Organisation | None = None
) -> Alias | None:
    """Record another name of a place or organisation; None when it adds nothing."""
    target = place or organisation
    if target is None or not name.strip():
        return None
    key = fold(name)
    if key == target.folded or target.aliases.filter(folded=key).exists():
        return None
    return record_create(
        actor=actor,
        model=Alias,
        data={"name": name.strip(), "place": place, "organisation": organisation},
        related=target,
    )


_GAZETTEER_FILL = {
    "name_zh": "name_zh",
    "pinyin": "pinyin",
    "admin_region": "admin1",
    "admin_region_code": "admin1_code",
    "latitude": "latitude",
    "longitude": "longitude",
    "country": "country",
}


def _place_data_from_ref(name: str, ref: Mapping[str, Any]) -> dict[str, Any]:
    usual = ref.get("name_en") or name or ref.get("name") or ""
    data: dict[str, Any] = {
        "name": usual,
        "geonameid": ref.get("geonameid"),
        "kind": ref.get("kind") if ref.get("kind") in PlaceKind.values else PlaceKind.OTHER,
    }
    if ref.get("name") and ref["name"] != usual:
        data["name_local"] = ref["name"]
    for field, key in _GAZETTEER_FILL.items():
        if ref.get(key) not in (None, ""):
            data[field] = ref[key]
    if ref.get("population"):
        data["population"] = int(ref["population"])
    return data


def place_find(
    *,
    name: str,
    geonameid: int | None = None,
    country: str | None = None,
    admin_region: str | None = None,
) -> Place | None:
    """The place a name (and GeoNames id) stands for, or None when none or several match."""
    if geonameid:
        found = Place.objects.filter(geonameid=geonameid).first()
        if found is not None:
            return found
    if not name.strip():
        return None
    candidates = list(Place.objects.named(name))
    if geonameid:
        # A different GeoNames id means a different place of the same name (two Taizhous).
        candidates = [p for p in candidates if p.geonameid in (None, geonameid)]
    if country:
        candidates = [p for p in candidates if p.country in ("", country)]
    if admin_region and len(candidates) > 1:
        narrowed = [p for p in candidates if fold(p.admin_region) == fold(admin_region)]
        candidates = narrowed or candidates
    return candidates[0] if len(candidates) == 1 else None


def place_resolve(
    *, actor: Actor, name: str, ref: Mapping[str, Any] | None = None, create: bool = True
) -> tuple[Place | None, str]:
    """Find or create the place `name` (with its gazetteer entry `ref`) stands for.

    A place is matched by GeoNames id, else by folded name (aliases, Chinese name, pinyin
    included) within the same country. Empty fields of a matched place are filled from the
    gazetteer and the name is kept as an alias. Returns (place, "created" | "updated" |
    "matched"), or (None, "") when nothing matches and `create` is False.
    """
    ref = ref or {}
    with transaction.atomic():
        place = place_find(
            name=name,
            geonameid=ref.get("geonameid"),
            country=ref.get("country"),
            admin_region=ref.get("admin1"),
        )
        if place is None:
            if not create:
                return None, ""
            if not name.strip() and not ref:
                raise ApplicationError(_("A place needs a name."))
            place = place_create(actor=actor, **_place_data_from_ref(name, ref))
            alias_add(actor=actor, name=name, place=place)
            if ref.get("name"):
                alias_add(actor=actor, name=ref["name"], place=place)
            return place, "created"
        if actor is not None and not can_edit(actor, place):
            return place, "matched"
        fill = {
            field: value
            for field, value in _place_data_from_ref(name, ref).items()
            if field not in ("name", "kind")
            and value not in (None, "")
            and getattr(place, field) in (None, "")
        }
        if place.kind == PlaceKind.OTHER and ref.get("kind") in PlaceKind.values:
            fill["kind"] = ref["kind"]
        changed = bool(fill)
        if fill:
            place_update(actor=actor, place=place, **fill)
        if alias_add(actor=actor, name=name, place=place) is not None:
            changed = True
        return place, "updated" if changed else "matched"


# --- organisations ------------------------------------------------------------------------------


def organisation_create(*, actor: Actor, **data: Any) -> Organisation:
    """Add an organisation."""
    return record_create(actor=actor, model=Organisation, data=data)


def organisation_update(*, actor: Actor, organisation: Organisation, **data: Any) -> Organisation:
    """Change an organisation's fields."""
    return record_update(actor=actor, instance=organisation, data=data)


def organisation_delete(*, actor: Actor, organisation: Organisation) -> None:
    """Delete an organisation (refused while people, agreements or visits refer to it)."""
    record_delete(actor=actor, instance=organisation)


def organisation_find(*, name: str) -> Organisation | None:
    """The organisation a name stands for (folded name or alias), when exactly one matches."""
    if not name.strip():
        return None
    found = list(Organisation.objects.named(name)[:2])
    return found[0] if len(found) == 1 else None


def organisation_resolve(
    *,
    actor: Actor,
    name: str,
    kind: str | None = None,
    place: Place | None = None,
    create: bool = True,
) -> tuple[Organisation | None, str]:
    """Find (by folded name or alias) or create an organisation; fill its kind and place."""
    with transaction.atomic():
        org = organisation_find(name=name)
        if org is None:
            if not create:
                return None, ""
            if not name.strip():
                raise ApplicationError(_("An organisation needs a name."))
            org = organisation_create(
                actor=actor,
                name=name.strip(),
                kind=kind if kind in OrganisationKind.values else OrganisationKind.OTHER,
                place=place,
            )
            return org, "created"
        if actor is not None and not can_edit(actor, org):
            return org, "matched"
        fill: dict[str, Any] = {}
        if (
            kind in OrganisationKind.values
            and kind != OrganisationKind.OTHER
            and (org.kind == OrganisationKind.OTHER)
        ):
            fill["kind"] = kind
        if place is not None and org.place_id is None:
            fill["place"] = place
        changed = bool(fill)
        if fill:
            organisation_update(actor=actor, organisation=org, **fill)
        if alias_add(actor=actor, name=name, organisation=org) is not None:
            changed = True
        return org, "updated" if changed else "matched"


# --- ties and platforms -------------------------------------------------------------------------


def tie_create(*, actor: Actor, **data: Any) -> Tie:
    """Tie an organisation to another organisation or a place."""
    return record_create(actor=actor, model=Tie, data=data, related=data.get("subject"))


def tie_update(*, actor: Actor, tie: Tie, **data: Any) -> Tie:
    """Change a tie."""
    return record_update(actor=actor, instance=tie, data=data, related=tie.subject)


def tie_delete(*, actor: Actor, tie: Tie) -> None:
    """Remove a tie."""
    record_delete(actor=actor, instance=tie, related=tie.subject)


def tie_ensure(
    *,
    actor: Actor,
    subject: Organisation,
    relation: str,
    object_organisation: Organisation | None = None,
    object_place: Place | None = None,
) -> tuple[Tie, str]:
    """The tie, created when it does not exist yet."""
    if relation not in TieRelation.values:
        raise ApplicationError(_("Unknown relation: %(relation)s") % {"relation": relation})
    existing = Tie.objects.filter(
        subject=subject,
        relation=relation,
        object_organisation=object_organisation,
        object_place=object_place,
    ).first()
    if existing is not None:
        return existing, "matched"
    tie = tie_create(
        actor=actor,
        subject=subject,
        relation=relation,
        object_organisation=object_organisation,
        object_place=object_place,
    )
    return tie, "created"


def platform_create(*, actor: Actor, **data: Any) -> Platform:
    """Add a platform (its `members` may be given)."""
    return record_create(actor=actor, model=Platform, data=data)


def platform_update(*, actor: Actor, platform: Platform, **data: Any) -> Platform:
    """Change a platform, its members included."""
    return record_update(actor=actor, instance=platform, data=data)


def platform_delete(*, actor: Actor, platform: Platform) -> None:
    """Delete a platform."""
    record_delete(actor=actor, instance=platform)


def platform_find(*, name: str) -> Platform | None:
    """The platform of this (folded) name."""
    return Platform.objects.filter(folded=fold(name)).first()


def platform_member_add(
    *, actor: Actor, platform: Platform, organisation: Organisation
) -> tuple[Platform, str]:
    """Add an organisation to a platform (no change when it is already a member)."""
    if platform.members.filter(pk=organisation.pk).exists():
        return platform, "matched"
    members = [*platform.members.all(), organisation]
    return platform_update(actor=actor, platform=platform, members=members), "updated"


# --- people -------------------------------------------------------------------------------------


def person_create(*, actor: Actor, **data: Any) -> Person:
    """Add a contact person."""
    return record_create(actor=actor, model=Person, data=data)


def person_update(*, actor: Actor, person: Person, **data: Any) -> Person:
    """Change a contact person."""
    return record_update(actor=actor, instance=person, data=data)


def person_delete(*, actor: Actor, person: Person) -> None:
    """Delete a contact person (prefer `person_handover`, which keeps the history)."""
    record_delete(actor=actor, instance=person)


def person_handover(
    *, actor: Actor, person: Person, successor: Mapping[str, Any], on: date
) -> Person:
    """End `person`'s tenure on `on` and add the successor in the same role and organisation."""
    with transaction.atomic():
        person_update(actor=actor, person=person, active_to=on)
        data = {
            "role": person.role,
            "unit": person.unit,
            "organisation": person.organisation,
            "owner": person.owner,
            "active_from": on,
            **successor,
        }
        return person_create(actor=actor, **data)


def person_find(
    *, name: str | None, email: str | None = None, organisation: Organisation | None = None
) -> Person | None:
    """The person an e-mail address or a name (within the organisation) stands for."""
    if email:
        found = Person.objects.filter(email__iexact=email.strip()).first()
        if found is not None:
            return found
    if name:
        people = Person.objects.named(name)
        if organisation is not None:
            people = people.filter(organisation__in=[organisation, None])
        found_list = list(people[:2])
        if len(found_list) == 1:
            return found_list[0]
    return None


# --- figures and goals --------------------------------------------------------------------------


def figure_create(*, actor: Actor, **data: Any) -> Figure:
    """Add a figure about a place or organisation."""
    return record_create(
        actor=actor, model=Figure, data=data, related=data.get("place") or data.get("organisation")
    )


def figure_update(*, actor: Actor, figure: Figure, **data: Any) -> Figure:
    """Change a figure."""
    return record_update(
        actor=actor, instance=figure, data=data, related=figure.place or figure.organisation
    )


def figure_delete(*, actor: Actor, figure: Figure) -> None:
    """Delete a figure."""
    record_delete(actor=actor, instance=figure, related=figure.place or figure.organisation)


def figure_upsert(
    *,
    actor: Actor,
    place: Place | None = None,
    organisation: Organisation | None = None,
    measure: str,
    value: float,
    year: int | None = None,
    unit: str = "",
    label: str = "",
) -> tuple[Figure, str]:
    """Store a figure, updating the value of the same measure and year when it exists.

    A population figure of a place also becomes the place's population when it is at
    least as recent as the one the place has.
    """
    with transaction.atomic():
        existing = Figure.objects.filter(
            place=place, organisation=organisation, measure=measure, label=label, year=year
        ).first()
        if existing is None:
            figure = figure_create(
                actor=actor,
                place=place,
                organisation=organisation,
                measure=measure,
                value=value,
                year=year,
                unit=unit,
                label=label,
            )
            action = "created"
        elif existing.value != value:
            figure = figure_update(actor=actor, figure=existing, value=value)
            action = "updated"
        else:
            figure, action = existing, "matched"
        if (
            place is not None
            and measure == "population"
            and year is not None
            and (place.population_year is None or place.population_year <= year)
            and (place.population != int(value) or place.population_year != year)
            and (actor is None or can_edit(actor, place))
        ):
            place_update(actor=actor, place=place, population=int(value), population_year=year)
        return figure, action


def goal_create(*, actor: Actor, **data: Any) -> Goal:
    """Add a goal of a place or organisation."""
    return record_create(
        actor=actor, model=Goal, data=data, related=data.get("place") or data.get("organisation")
    )


def goal_update(*, actor: Actor, goal: Goal, **data: Any) -> Goal:
    """Change a goal."""
    return record_update(
        actor=actor, instance=goal, data=data, related=goal.place or goal.organisation
    )


def goal_delete(*, actor: Actor, goal: Goal) -> None:
    """Delete a goal."""
    record_delete(actor=actor, instance=goal, related=goal.place or goal.organisation)


# --- users and roles ----------------------------------------------------------------------------


def user_role_set(
    *, actor: Actor, user: AbstractBaseUser, role: str, organisation: Organisation | None = None
) -> UserProfile:
    """Give `user` one role (admin, editor, viewer) and, for an editor, an organisation."""
    if actor is not None and role_of(actor) != Role.ADMIN:
        raise PermissionDenied(_("Only an admin assigns roles."))
    if role not in Role.values:
        raise ApplicationError(_("Unknown role: %(role)s") % {"role": role})
    if role == Role.EDITOR and organisation is None:
        raise ApplicationError(_("An editor belongs to an organisation."))
    with transaction.atomic():
        groups = {g.name: g for g in Group.objects.filter(name__in=Role.values)}
        for name in Role.values:
            if name not in groups:
                groups[name] = Group.objects.create(name=name)
        user.groups.remove(*[g for n, g in groups.items() if n != role])  # type: ignore[attr-defined]
        user.groups.add(groups[role])  # type: ignore[attr-defined]
        profile = UserProfile.objects.filter(user=user).first()
        if profile is None:
            return record_create(
                actor=actor, model=UserProfile, data={"user": user, "organisation": organisation}
            )
        return record_update(actor=actor, instance=profile, data={"organisation": organisation})
