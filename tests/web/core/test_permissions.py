"""The permission rule as a matrix: every role against records owned here, elsewhere, or shared."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from cityties.web.agreements.models import Agreement
from cityties.web.agreements.services import agreement_update
from cityties.web.core.permissions import can_create, can_edit, role_of
from cityties.web.directory.models import Person, Place
from cityties.web.directory.services import person_create, place_update
from cityties.web.engagements.models import Initiative, Visit

from ..directory.factories import PersonFactory, PlaceFactory
from ..engagements.factories import InitiativeFactory, VisitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(desk_org, other_org):  # type: ignore[no-untyped-def]
    """One record of each ownership kind: ours, theirs, shared."""
    return {
        "own_agreement": Agreement.objects.create(type="friendship", owner=desk_org),
        "other_agreement": Agreement.objects.create(type="friendship", owner=other_org),
        "own_visit": VisitFactory(organiser=desk_org),
        "other_visit": VisitFactory(organiser=other_org),
        "own_initiative": InitiativeFactory(lead_organisation=desk_org),
        "other_initiative": InitiativeFactory(lead_organisation=other_org),
        "own_contact": PersonFactory(organisation=desk_org),
        "other_contact": PersonFactory(organisation=other_org),
        "kept_contact": PersonFactory(organisation=other_org, owner=desk_org),
        "own_organisation": desk_org,
        "other_organisation": other_org,
        "place": PlaceFactory(),
    }


#: record -> (admin, editor, viewer, anonymous) may edit
MATRIX = {
    "own_agreement": (True, True, False, False),
    "other_agreement": (True, False, False, False),
    "own_visit": (True, True, False, False),
    "other_visit": (True, False, False, False),
    "own_initiative": (True, True, False, False),
    "other_initiative": (True, False, False, False),
    "own_contact": (True, True, False, False),
    "other_contact": (True, False, False, False),
    "kept_contact": (True, True, False, False),
    "own_organisation": (True, True, False, False),
    "other_organisation": (True, False, False, False),
    "place": (True, True, False, False),
}
ROLES = ("admin", "editor", "viewer", "anonymous")


@pytest.mark.parametrize("record", sorted(MATRIX))
@pytest.mark.parametrize("role_index", range(4), ids=ROLES)
def test_can_edit_matrix(records, desk_users, record: str, role_index: int) -> None:  # type: ignore[no-untyped-def]
    """can_edit gives each role exactly the rights of the matrix."""
    role = ROLES[role_index]
    user = desk_users.get(role, AnonymousUser())
    assert can_edit(user, records[record]) is MATRIX[record][role_index]


def test_role_of_each_user(desk_users) -> None:  # type: ignore[no-untyped-def]
    """Each demo user has the role of its group; nobody logged in has none."""
    assert [role_of(desk_users[r]) for r in ("admin", "editor", "viewer")] == [
        "admin",
        "editor",
        "viewer",
    ]
    assert role_of(AnonymousUser()) is None


def test_can_create_only_for_own_organisation(desk_users, desk_org, other_org) -> None:  # type: ignore[no-untyped-def]
    """An editor adds initiatives led by its organisation, not by another."""
    editor = desk_users["editor"]
    assert can_create(editor, Initiative(lead_organisation=desk_org)) is True
    assert can_create(editor, Initiative(lead_organisation=other_org)) is False
    assert can_create(editor, Place) is True
    assert can_create(desk_users["viewer"], Place) is False


def test_service_refuses_viewer(desk_users, records) -> None:  # type: ignore[no-untyped-def]
    """The services apply the rule: a viewer's change is refused and nothing is saved."""
    with pytest.raises(PermissionDenied):
        place_update(actor=desk_users["viewer"], place=records["place"], name="Elsewhere")
    assert Place.objects.filter(name="Elsewhere").exists() is False


def test_service_refuses_editor_on_other_agreement(desk_users, records) -> None:  # type: ignore[no-untyped-def]
    """An editor cannot change another organisation's agreement."""
    with pytest.raises(PermissionDenied):
        agreement_update(
            actor=desk_users["editor"], agreement=records["other_agreement"], title="Mine now"
        )


def test_service_refuses_giving_away_a_record(desk_users, records, other_org) -> None:  # type: ignore[no-untyped-def]
    """An editor cannot hand its own agreement to another organisation."""
    with pytest.raises(PermissionDenied):
        agreement_update(
            actor=desk_users["editor"], agreement=records["own_agreement"], owner=other_org
        )
    assert Agreement.objects.get(pk=records["own_agreement"].pk).owner_id != other_org.pk


def test_service_editor_adds_own_contact(desk_users, desk_org, other_org) -> None:  # type: ignore[no-untyped-def]
    """An editor adds a contact of its own organisation but not one kept by another."""
    person = person_create(actor=desk_users["editor"], name="New Contact", organisation=desk_org)
    assert person.pk is not None
    with pytest.raises(PermissionDenied):
        person_create(actor=desk_users["editor"], name="Theirs", organisation=other_org)
    assert Person.objects.filter(name="Theirs").exists() is False


API_CASES = [
    # (path, record, method) -> expected status per role (admin, editor, viewer, anonymous)
    ("agreements", "own_agreement", "patch", (200, 200, 403, 403)),
    ("agreements", "other_agreement", "patch", (200, 403, 403, 403)),
    ("visits", "other_visit", "delete", (204, 403, 403, 403)),
    ("initiatives", "own_initiative", "patch", (200, 200, 403, 403)),
    ("people", "other_contact", "patch", (200, 403, 403, 403)),
    ("places", "place", "get", (200, 200, 200, 403)),
]


@pytest.mark.parametrize(("path", "record", "method", "expected"), API_CASES)
@pytest.mark.parametrize("role_index", range(4), ids=ROLES)
def test_api_permission_matrix(  # type: ignore[no-untyped-def]
    api_as, desk_users, records, path, record, method, expected, role_index
) -> None:
    """Each endpoint answers each role as the rule says (403 for a refused change)."""
    user = desk_users.get(ROLES[role_index])
    client = api_as(user)
    url = f"/api/{path}/{records[record].pk}/"
    if method == "patch":
        response = client.patch(
            url, {"notes": "x"} if path != "initiatives" else {"description": "x"}, format="json"
        )
    else:
        response = getattr(client, method)(url)
    assert response.status_code == expected[role_index], response.content


def test_api_refused_body_has_message(api_as, desk_users, records) -> None:  # type: ignore[no-untyped-def]
    """A refused change answers {message, extra}."""
    response = api_as(desk_users["viewer"]).delete(f"/api/places/{records['place'].pk}/")
    assert response.status_code == 403
    assert set(response.json()) == {"message", "extra"}


def test_api_editor_cannot_create_for_other_organisation(api_as, desk_users, other_org) -> None:  # type: ignore[no-untyped-def]
    """Creating a visit organised by another organisation is refused by the service (403)."""
    from ..directory.factories import PlaceFactory as Places

    a, b = Places(), Places()
    response = api_as(desk_users["editor"]).post(
        "/api/visits/",
        {"direction": "incoming", "from_place": a.pk, "to_place": b.pk, "organiser": other_org.pk},
        format="json",
    )
    assert response.status_code == 403
    assert Visit.objects.count() == 0
