"""The demo desk: users per role, and the demo documents read and accepted like a user would.

Nothing here states a fact about Ghent: the facts come from the extraction engine reading the
documents in CITYTIES_DEMO_DIR, and are accepted through the review services. `demo_checklist`
then reports which parts of the expected demo desk the engine has delivered.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction

from cityties.extraction import pipeline, registry
from cityties.web.agreements.models import Agreement
from cityties.web.core.choices import Role
from cityties.web.core.exceptions import ApplicationError
from cityties.web.directory.models import Organisation, Person, Place, Platform, Tie
from cityties.web.directory.services import (
    organisation_find,
    organisation_resolve,
    place_set_home,
    user_role_set,
)
from cityties.web.engagements.models import FollowUp, Gift, Visit

from .choices import FactKind, ReviewState
from .models import Document
from .services import document_extract, document_ingest, fact_accept, facts_accept_all

DEMO_DOCUMENTS = ("ghent-profile.txt", "delegation-visit.txt")
DEMO_USERS = {Role.ADMIN: "admin", Role.EDITOR: "editor", Role.VIEWER: "viewer"}


@dataclass
class DemoReport:
    """What loading the demo desk did."""

    logins: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (user, password)
    documents: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _logins_file() -> Path:
    return Path(settings.DATA_DIR) / "demo-logins.json"


def demo_password(role: str) -> str:
    """CITYTIES_DEMO_PASSWORD, else the password generated at first start (kept in DATA_DIR)."""
    if settings.CITYTIES_DEMO_PASSWORD:
        return str(settings.CITYTIES_DEMO_PASSWORD)
    path = _logins_file()
    stored: dict[str, str] = {}
    if path.is_file():
        stored = json.loads(path.read_text(encoding="utf-8"))
    if role not in stored:
        stored[role] = secrets.token_urlsafe(12)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(stored, indent=1) + "\n", encoding="utf-8")
        os.chmod(path, 0o600)
    return stored[role]


def _user(role: str, report: DemoReport) -> User:
    username = DEMO_USERS[role]
    password = demo_password(role)
    user, created = User.objects.get_or_create(username=username)
    if created or not user.check_password(password):
        user.set_password(password)
    if role == Role.ADMIN:
        user.is_staff = True
        user.is_superuser = True
    user.save()
    report.logins[role] = (username, password)
    return user


def _current_extractors() -> list[str]:
    return [registry.get(name).tag for name in pipeline.PIPELINE]


def _accept_first(actor: User, document: Document, kinds: tuple[str, ...]) -> None:
    for fact in document.facts.filter(state=ReviewState.PENDING, kind__in=kinds):
        fact.refresh_from_db()
        if fact.state == ReviewState.PENDING:
            try:
                fact_accept(actor=actor, fact=fact)
            except (ApplicationError, ValidationError, PermissionDenied):
                continue  # left pending; facts_accept_all below reports it


def _home(actor: User, document: Document, report: DemoReport) -> Organisation | None:
    """The desk's home city and its government: the institution the profile is written by."""
    if not document.institution:
        return None
    org = organisation_find(name=document.institution)
    if org is None:
        org, _action = organisation_resolve(
            actor=actor, name=document.institution, kind="city_government"
        )
        report.notes.append(f"added the organisation {org} (the engine gave no organisation fact)")
    home = Place.objects.home().first()
    if home is None and org is not None and org.place is not None:
        place_set_home(actor=actor, place=org.place)
    return org


def demo_load(*, demo_dir: Path | None = None) -> DemoReport:
    """Create the demo users and read the demo documents into the register (idempotent).

    A document already read by the current engine is left alone; one read by an older engine
    is read again, and its new facts are merged with what the register holds.
    """
    report = DemoReport()
    demo_dir = demo_dir or Path(settings.CITYTIES_DEMO_DIR)
    with transaction.atomic():
        admin = _user(Role.ADMIN, report)
        editor = _user(Role.EDITOR, report)
        viewer = _user(Role.VIEWER, report)
        user_role_set(actor=None, user=admin, role=Role.ADMIN)
        user_role_set(actor=None, user=viewer, role=Role.VIEWER)
    current = _current_extractors()
    city: Organisation | None = None
    for name in DEMO_DOCUMENTS:
        path = demo_dir / name
        if not path.is_file():
            report.failures.append(f"{name}: not found in {demo_dir}")
            continue
        result = document_ingest(actor=admin, data=path.read_bytes(), name=name, title=name)
        document = result.document
        run = result.run
        if not result.created and (run is None or run.extractors != current):
            run = document_extract(actor=admin, document=document)
        if run is not None and run.status != "ok":
            report.failures.append(f"{name}: extraction failed ({run.error_code})")
            continue
        _accept_first(admin, document, (FactKind.PLACE, FactKind.ORGANISATION))
        if city is None:
            city = _home(admin, document, report)
        _accepted, failures = facts_accept_all(actor=admin, document=document)
        for fact_id, message in failures.items():
            report.failures.append(f"{name}: fact {fact_id} not merged: {message}")
        report.documents.append(name)
    if city is not None:
        user_role_set(actor=None, user=editor, role=Role.EDITOR, organisation=city)
    else:
        report.notes.append("the editor has no organisation yet (no home city government found)")
        user_role_set(actor=None, user=editor, role=Role.VIEWER)
    return report


# --- what the demo desk should hold, checked against the register ------------------------------


def _place(name: str, region: str | None = None) -> Place | None:
    places = Place.objects.named(name)
    if region:
        places = places.filter(admin_region__icontains=region)
    return places.first()


def _agreement(kind: str, other: str, **where: Any) -> Callable[[], bool]:
    def check() -> bool:
        home = Place.objects.home().first()
        partner = _place(other)
        if home is None or partner is None:
            return False
        return (
            Agreement.objects.filter(type=kind, parties__place=home)
            .filter(parties__place=partner)
            .filter(**where)
            .exists()
        )

    return check


def _member(platform: str, organisation: str) -> bool:
    p = Platform.objects.filter(name__icontains=platform).first()
    org = organisation_find(name=organisation)
    return p is not None and org is not None and p.members.filter(pk=org.pk).exists()


def _branch(company: str) -> bool:
    home = Place.objects.home().first()
    return Tie.objects.filter(
        models.Q(object_place=home) | models.Q(object_organisation__place=home),
        subject__name__icontains=company,
        relation__in=["branch_in", "branch_of"],
    ).exists()


def demo_checklist() -> list[tuple[str, bool]]:
    """Each part of the expected demo desk and whether the register holds it."""
    home = Place.objects.home().first()
    checks: list[tuple[str, Callable[[], bool]]] = [
        (
            "home city Ghent (GeoNames 2797656)",
            lambda: home is not None and home.geonameid == 2797656,
        ),
        (
            "City of Ghent (city government)",
            lambda: organisation_find(name="City of Ghent") is not None,
        ),
        (
            "Ghent population 263,608 (2020)",
            lambda: (
                home is not None
                and home.figures.filter(measure="population", value=263608, year=2020).exists()
            ),
        ),
        (
            "Ghent students 75,000",
            lambda: home is not None and home.figures.filter(measure="students").exists(),
        ),
        (
            "North Sea Port figures",
            lambda: Organisation.objects.filter(
                name__icontains="North Sea Port", figures__isnull=False
            ).exists(),
        ),
        (
            "goal: climate neutral by 2050",
            lambda: home is not None and home.goals.filter(year=2050).exists(),
        ),
        ("China Platform: City of Ghent", lambda: _member("China Platform", "City of Ghent")),
        ("China Platform: Ghent University", lambda: _member("China Platform", "Ghent University")),
        (
            "China Platform: Flanders-China Chamber of Commerce",
            lambda: _member("China Platform", "Flanders-China Chamber of Commerce"),
        ),
        (
            "China Platform: Port of Ghent / North Sea Port",
            lambda: (
                _member("China Platform", "Port of Ghent")
                or _member("China Platform", "North Sea Port")
            ),
        ),
        ("Volvo Cars with a branch in Ghent", lambda: _branch("Volvo")),
        ("Huawei with a branch in Ghent", lambda: _branch("Huawei")),
        ("Weihai (Shandong)", lambda: _place("Weihai", "Shandong") is not None),
        ("Taizhou (Zhejiang)", lambda: _place("Taizhou", "Zhejiang") is not None),
        (
            "friendship Ghent–Weihai 2013-09-24, 60 months, ends 2018-09-24",
            _agreement(
                "friendship",
                "Weihai",
                signed_on="2013-09-24",
                duration_months=60,
                ends_on="2018-09-24",
            ),
        ),
        (
            "declaration of intent Ghent–Weihai 2013-11-21, 24 months",
            _agreement(
                "declaration_of_intent", "Weihai", signed_on="2013-11-21", duration_months=24
            ),
        ),
        (
            "letter of intent Ghent–Taizhou 2018-06-04",
            _agreement("letter_of_intent", "Taizhou", signed_on="2018-06-04"),
        ),
        (
            "MoU Ghent–Taizhou not concluded",
            _agreement("memorandum_of_understanding", "Taizhou", status="not_concluded"),
        ),
        (
            "contact Anja Van den Durpel (+32478789501)",
            lambda: Person.objects.filter(
                name__icontains="Van den Durpel", phone="+32478789501"
            ).exists(),
        ),
        (
            "visit Weihai → Ghent, May 2019",
            lambda: Visit.objects.filter(
                from_place__name__icontains="Weihai", start_date__year=2019
            ).exists(),
        ),
        ("visit delegation members", lambda: Visit.objects.filter(members__isnull=False).exists()),
        ("visit follow-up action", lambda: FollowUp.objects.exists()),
        ("gifts given and received", lambda: Gift.objects.exists()),
    ]
    return [(label, bool(check())) for label, check in checks]
