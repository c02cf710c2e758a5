"""The directory's pages: places (the partner page), organisations, platforms, people."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cityties.web.core.models import ChangeLogEntry
from cityties.web.directory.models import Person, Place

pytestmark = pytest.mark.django_db

ROLES = ["admin", "editor", "viewer", "anonymous"]
READ = {"admin": 200, "editor": 200, "viewer": 200, "anonymous": 302}
WRITE = {"admin": 200, "editor": 200, "viewer": 403, "anonymous": 302}


def _url(name: str, register: dict, key: str | None) -> str:
    return reverse(name, args=[register[key].pk]) if key else reverse(name)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("directory:place_list", None),
        ("directory:place_detail", "taizhou"),
        ("directory:organisation_list", None),
        ("directory:organisation_detail", "own_org"),
        ("directory:platform_list", None),
        ("directory:platform_detail", "platform"),
        ("directory:person_list", None),
        ("directory:person_detail", "person"),
    ],
)
def test_directory_pages_read_by_role(client_as, desk_register, role, name, key):
    """Every logged-in role reads the directory; anonymous visitors are sent to the login."""
    response = client_as(role).get(_url(name, desk_register, key))
    assert response.status_code == READ[role]
    if role == "anonymous":
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("directory:place_create", None),
        ("directory:place_edit", "taizhou"),
        ("directory:organisation_create", None),
        ("directory:organisation_edit", "own_org"),
        ("directory:platform_create", None),
        ("directory:platform_edit", "platform"),
        ("directory:person_create", None),
        ("directory:person_edit", "person"),
    ],
)
def test_directory_forms_by_role(client_as, desk_register, role, name, key):
    """Admins and editors open the forms of shared and own records; viewers are refused."""
    response = client_as(role).get(_url(name, desk_register, key))
    assert response.status_code == WRITE[role]


@pytest.mark.parametrize("role", ["admin", "editor"])
def test_organisation_edit_of_other_org_by_role(client_as, desk_register, role):
    """An editor may not edit another organisation's record; an admin may."""
    url = reverse("directory:organisation_edit", args=[desk_register["other_org"].pk])
    response = client_as(role).get(url)
    assert response.status_code == (200 if role == "admin" else 403)


def test_person_edit_post_by_viewer_is_refused(client_as, desk_register):
    """A viewer's POST changes nothing and gets 403."""
    person = desk_register["person"]
    url = reverse("directory:person_edit", args=[person.pk])
    response = client_as("viewer").post(url, {"name": "Somebody Else"})
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.name == "Anja Example"


def test_person_edit_by_editor_is_saved_and_logged(client_as, desk_register):
    """An editor's change to an own contact is saved and shows in the change history."""
    person = desk_register["person"]
    client = client_as("editor")
    url = reverse("directory:person_edit", args=[person.pk])
    data = {
        "name": "Anja Example",
        "role": "Head of international relations",
        "organisation": person.organisation_id,
        "owner": desk_register["own_org"].pk,
        "phone": "+3292101010",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.role == "Head of international relations"
    assert ChangeLogEntry.objects.filter(object_id=person.pk, action="update").exists()
    page = client.get(reverse("directory:person_detail", args=[person.pk])).content.decode()
    assert "Head of international relations" in page
    assert "desk-editor" in page


def test_person_form_refuses_leaving_before_starting(client_as, desk_register):
    """A contact cannot leave a role before taking it up: the form says so."""
    person = desk_register["person"]
    url = reverse("directory:person_edit", args=[person.pk])
    data = {
        "name": person.name,
        "organisation": person.organisation_id,
        "owner": desk_register["own_org"].pk,
        "active_from": "2020-05-01",
        "active_to": "2019-01-01",
    }
    response = client_as("editor").post(url, data)
    assert response.status_code == 200
    assert "cannot leave a role before taking it up" in response.content.decode()


def test_place_create_by_viewer_is_refused(client_as, desk_register):
    """A viewer cannot add a place."""
    response = client_as("viewer").post(
        reverse("directory:place_create"), {"name": "Weihai", "kind": "city", "country": "CN"}
    )
    assert response.status_code == 403
    assert Place.objects.filter(name="Weihai").exists() is False


def test_place_create_by_editor_adds_the_place(client_as, desk_register):
    """An editor adds a shared reference record such as a place."""
    response = client_as("editor").post(
        reverse("directory:place_create"),
        {"name": "Weihai", "kind": "city", "country": "cn", "admin_region": "Shandong"},
    )
    assert response.status_code == 302
    weihai = Place.objects.get(name="Weihai")
    assert weihai.country == "CN"
    assert response["Location"] == reverse("directory:place_detail", args=[weihai.pk])


def test_place_form_reports_a_bad_country_code(client_as, desk_register):
    """An invalid country code is refused with the field's message."""
    response = client_as("editor").post(
        reverse("directory:place_create"), {"name": "Nowhere", "kind": "city", "country": "X1"}
    )
    assert response.status_code == 200
    assert "ISO 3166" in response.content.decode()


def test_place_detail_shows_the_partner_page(client_as, desk_register):
    """The partner page shows the pinyin name, the agreements, visits, initiatives and contacts."""
    page = client_as("viewer").get(
        reverse("directory:place_detail", args=[desk_register["taizhou"].pk])
    )
    html = page.content.decode()
    assert "台州" in html and "Tāizhōu" in html
    assert "Friendship agreement Ghent–Taizhou" in html
    assert "timeline-bar" in html
    assert "Letter of intent and a visit to the port" in html
    assert "Student exchange with Taizhou University" in html
    assert 'id="map-config"' in html and 'id="network-data"' in html
    assert 'id="fit-panel"' in html


def test_place_detail_network_links_platform_members(client_as, desk_register):
    """The network view ties the home city, the partner and the platform with its members."""
    page = client_as("viewer").get(
        reverse("directory:place_detail", args=[desk_register["taizhou"].pk])
    )
    network = page.context["network"]
    labels = {node["label"] for node in network["nodes"]}
    assert {"台州 Tāizhōu", "Ghent", "China Platform", "City of Ghent"} <= labels
    kinds = {edge["kind"] for edge in network["edges"]}
    assert {"agreement", "member"} <= kinds


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_place_detail_edit_button_follows_permission(client_as, desk_register, role):
    """Viewers see no edit button; editors see it on shared records such as places."""
    url = reverse("directory:place_detail", args=[desk_register["taizhou"].pk])
    html = client_as(role).get(url).content.decode()
    edit = reverse("directory:place_edit", args=[desk_register["taizhou"].pk])
    assert (edit in html) is (role == "editor")


@pytest.mark.parametrize(
    ("role", "key", "visible"),
    [("editor", "person", True), ("viewer", "person", False), ("admin", "person", True)],
)
def test_person_detail_edit_button_by_role(client_as, desk_register, role, key, visible):
    """The edit button shows only to who may edit the contact."""
    person = desk_register[key]
    html = client_as(role).get(reverse("directory:person_detail", args=[person.pk])).content
    assert (reverse("directory:person_edit", args=[person.pk]).encode() in html) is visible


def test_person_list_filters_and_exports_csv(client_as, desk_register):
    """The people list filters by search words and downloads the filtered list as CSV."""
    Person.objects.create(name="Zhang Wei", folded="zhang wei", role="Director")
    client = client_as("viewer")
    html = client.get(reverse("directory:person_list"), {"q": "Anja"}).content.decode()
    assert "Anja Example" in html and "Zhang Wei" not in html
    csv = client.get(reverse("directory:person_list"), {"q": "Zhang", "export": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    body = csv.content.decode()
    assert "Zhang Wei" in body and "Anja Example" not in body


def test_place_list_htmx_returns_only_the_results(client_as, desk_register):
    """An htmx filter request gets the results table, not the whole page."""
    response = client_as("viewer").get(
        reverse("directory:place_list"),
        {"q": "Taizhou"},
        headers={"HX-Request": "true", "HX-Target": "results"},
    )
    html = response.content.decode()
    assert "<html" not in html
    assert "Tāizhōu" in html and "Ghent</a>" not in html


def test_place_public_profile_needs_the_switch(client_as, desk_register):
    """The public profile is hidden until an admin switches it on; then anyone may read it."""
    taizhou = desk_register["taizhou"]
    client = client_as("anonymous")
    url = reverse("directory:place_public", args=[taizhou.pk])
    assert client.get(url).status_code == 404
    taizhou.public_profile = True
    taizhou.save()
    response = client.get(url)
    assert response.status_code == 200
    assert "Tāizhōu" in response.content.decode()
    assert "Anja Example" not in response.content.decode()


@pytest.mark.parametrize(
    ("role", "expected"), [("admin", 200), ("editor", 200), ("viewer", 403), ("anonymous", 302)]
)
@pytest.mark.parametrize(
    "name", ["directory:figure_create", "directory:goal_create", "directory:tie_create"]
)
def test_part_forms_by_role(client_as, desk_register, role, expected, name):
    """Figures, goals and ties are added by admins and editors, never by viewers."""
    assert client_as(role).get(reverse(name)).status_code == expected


def test_figure_added_from_the_partner_page_shows_there(client_as, desk_register):
    """A figure added with ?place= is preselected, saved, and listed among the key facts."""
    taizhou = desk_register["taizhou"]
    client = client_as("editor")
    url = reverse("directory:figure_create") + f"?place={taizhou.pk}"
    assert client.get(url).context["form"]["place"].value() == taizhou.pk
    data = {"place": taizhou.pk, "measure": "population", "value": "6622000", "year": "2020"}
    response = client.post(url, data)
    assert response["Location"] == reverse("directory:place_detail", args=[taizhou.pk])
    html = client.get(response["Location"]).content.decode()
    assert "6,622,000" in html


def test_figure_form_needs_exactly_one_subject(client_as, desk_register):
    """A figure about both a place and an organisation is refused."""
    data = {
        "place": desk_register["taizhou"].pk,
        "organisation": desk_register["own_org"].pk,
        "measure": "students",
        "value": "10",
    }
    response = client_as("editor").post(reverse("directory:figure_create"), data)
    assert response.status_code == 200
    assert "either a place or an organisation" in response.content.decode()


def test_tie_added_on_the_organisation_page(client_as, desk_register):
    """A tie added from an organisation shows on its page and in the partner's network."""
    own, taizhou = desk_register["own_org"], desk_register["taizhou"]
    client = client_as("editor")
    data = {"subject": own.pk, "relation": "branch_in", "object_place": taizhou.pk}
    response = client.post(reverse("directory:tie_create") + f"?subject={own.pk}", data)
    assert response.status_code == 302
    html = client.get(reverse("directory:organisation_detail", args=[own.pk])).content.decode()
    assert "has a branch in" in html
    network = client.get(reverse("directory:place_detail", args=[taizhou.pk])).context["network"]
    assert any(edge["kind"] == "branch" for edge in network["edges"])
