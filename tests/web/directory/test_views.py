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


# --- deleting, handover and the briefing pack (DESK-UI, second round) --------------------------

DELETE = {"admin": 200, "editor": 200, "viewer": 403, "anonymous": 302}


def _spare(register: dict, kind: str):  # type: ignore[no-untyped-def]
    """A record of `kind` that nothing depends on, owned where the editor may delete it."""
    from cityties.web.directory.models import Figure, Goal, Organisation, Platform, Tie

    own, taizhou = register["own_org"], register["taizhou"]
    if kind == "place":
        return Place.objects.create(name="Weihai", folded="weihai", country="CN")
    if kind == "organisation":
        return Organisation.objects.create(name="Spare Chamber", folded="spare chamber")
    if kind == "platform":
        return Platform.objects.create(name="Spare Platform", folded="spare platform")
    if kind == "person":
        return Person.objects.create(name="Spare Person", folded="spare person", organisation=own)
    if kind == "figure":
        return Figure.objects.create(place=taizhou, measure="population", value=1, year=1990)
    if kind == "goal":
        return Goal.objects.create(place=taizhou, description="A spare goal")
    return Tie.objects.create(
        subject=own, relation="member_of", object_organisation=register["other_org"]
    )


KINDS = ["place", "organisation", "platform", "person", "figure", "goal", "tie"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", KINDS)
def test_directory_delete_page_by_role(client_as, desk_register, role, kind):
    """The delete confirmation opens for admins and for editors who may edit the record (shared
    ones and their own; an organisation only when it is theirs); viewers get 403."""
    record = _spare(desk_register, kind)
    response = client_as(role).get(reverse(f"directory:{kind}_delete", args=[record.pk]))
    expected = 403 if (role, kind) == ("editor", "organisation") else DELETE[role]
    assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", KINDS)
def test_directory_delete_post_by_role(client_as, desk_register, role, kind):
    """A confirmed delete removes the record for admins and editors and nobody else."""
    record = _spare(desk_register, kind)
    model = type(record)
    response = client_as(role).post(reverse(f"directory:{kind}_delete", args=[record.pk]))
    allowed = role == "admin" or (role == "editor" and kind != "organisation")
    assert model.objects.filter(pk=record.pk).exists() is not allowed
    assert response.status_code == (302 if allowed or role == "anonymous" else 403)


def test_place_delete_is_logged_and_returns_to_the_list(client_as, desk_register):
    """Deleting a place leaves a change-log entry and goes back to the places list."""
    record = _spare(desk_register, "place")
    response = client_as("admin").post(reverse("directory:place_delete", args=[record.pk]))
    assert response["Location"] == reverse("directory:place_list")
    entry = ChangeLogEntry.objects.get(action="delete", object_id=record.pk)
    assert entry.object_repr == "Weihai"


def test_figure_delete_returns_to_its_place(client_as, desk_register):
    """A figure is deleted from its place's page and the browser goes back there."""
    record = _spare(desk_register, "figure")
    response = client_as("editor").post(reverse("directory:figure_delete", args=[record.pk]))
    assert response["Location"] == reverse(
        "directory:place_detail", args=[desk_register["taizhou"].pk]
    )


def test_place_delete_page_lists_what_depends_on_it(client_as, desk_register):
    """Taizhou is party to two agreements and a visit: the page names them and offers no
    delete button."""
    taizhou = desk_register["taizhou"]
    response = client_as("admin").get(reverse("directory:place_delete", args=[taizhou.pk]))
    html = response.content.decode()
    assert "cannot be deleted" in html
    assert "Friendship agreement Ghent–Taizhou" in html
    assert "University exchange memorandum" in html
    assert reverse("engagements:visit_detail", args=[desk_register["visit"].pk]) in html
    assert 'id="confirm-delete"' not in html


def test_place_delete_refused_while_referred_to(client_as, desk_register):
    """A protected delete changes nothing and answers 409 with the list of dependents."""
    taizhou = desk_register["taizhou"]
    response = client_as("admin").post(reverse("directory:place_delete", args=[taizhou.pk]))
    assert response.status_code == 409
    assert Place.objects.filter(pk=taizhou.pk).exists() is True
    assert "Not deleted." in response.content.decode()


def test_organisation_delete_page_names_cascaded_records(client_as, desk_register):
    """Deleting an organisation also deletes its ties; the confirmation page says so."""
    from cityties.web.directory.models import Organisation, Tie

    chamber = Organisation.objects.create(name="Spare Chamber", folded="spare chamber")
    Tie.objects.create(subject=chamber, relation="member_of", object_place=desk_register["ghent"])
    html = (
        client_as("admin")
        .get(reverse("directory:organisation_delete", args=[chamber.pk]))
        .content.decode()
    )
    assert "1 × ties" in html
    assert 'id="confirm-delete"' in html


def test_organisation_delete_of_another_org_refused_to_editor(client_as, desk_register):
    """An editor may not delete another organisation's record."""
    other = desk_register["other_org"]
    response = client_as("editor").post(reverse("directory:organisation_delete", args=[other.pk]))
    assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_place_detail_delete_button_by_role(client_as, desk_register, role):
    """The partner page offers 'Delete this place' only to who may delete it."""
    taizhou = desk_register["taizhou"]
    response = client_as(role).get(reverse("directory:place_detail", args=[taizhou.pk]))
    if role == "anonymous":
        assert response.status_code == 302
        return
    url = reverse("directory:place_delete", args=[taizhou.pk])
    assert (url in response.content.decode()) is (role != "viewer")


HANDOVER = {"admin": 200, "editor": 200, "viewer": 403, "anonymous": 302}


@pytest.mark.parametrize("role", ROLES)
def test_person_handover_form_by_role(client_as, desk_register, role):
    """The handover form opens for who may edit the contact."""
    url = reverse("directory:person_handover", args=[desk_register["person"].pk])
    assert client_as(role).get(url).status_code == HANDOVER[role]


def test_person_handover_refused_for_another_orgs_contact(client_as, desk_register):
    """An editor cannot hand over a contact another organisation keeps."""
    other = Person.objects.create(
        name="Li Ming", folded="li ming", organisation=desk_register["other_org"]
    )
    url = reverse("directory:person_handover", args=[other.pk])
    assert client_as("editor").post(url, {"on": "2024-01-01", "name": "X"}).status_code == 403


def test_person_handover_keeps_both_tenures(client_as, desk_register):
    """The outgoing contact ends on the day, the successor starts then in the same role and
    organisation; the successor's page lists both holders of the role."""
    person = desk_register["person"]
    client = client_as("editor")
    data = {
        "on": "2024-03-01",
        "name": "Bart Successor",
        "role": person.role,
        "phone": "+32 9 210 10 11",
        "email": "Bart@Example.org",
    }
    response = client.post(reverse("directory:person_handover", args=[person.pk]), data)
    successor = Person.objects.get(name="Bart Successor")
    assert response["Location"] == reverse("directory:person_detail", args=[successor.pk])
    person.refresh_from_db()
    assert person.active_to.isoformat() == "2024-03-01"
    assert successor.active_from.isoformat() == "2024-03-01"
    assert successor.organisation_id == person.organisation_id
    assert successor.phone == "+3292101011"
    page = client.get(response["Location"])
    assert [p.name for p in page.context["role_holders"]] == ["Anja Example", "Bart Successor"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"phone": "0032 abc"}, "E.164"),
        ({"name": ""}, "This field is required."),
        ({"on": "2010-01-01"}, "the handover cannot come earlier"),
    ],
)
def test_person_handover_explains_bad_input(client_as, desk_register, changes, message):
    """A bad phone, a missing name or a date before the tenure began is refused with a message."""
    from datetime import date

    person = desk_register["person"]
    person.active_from = date(2015, 1, 1)
    person.save()
    data = {"on": "2024-03-01", "name": "Bart Successor", **changes}
    response = client_as("editor").post(
        reverse("directory:person_handover", args=[person.pk]), data
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Person.objects.filter(name="Bart Successor").exists() is False


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", ["directory:place_briefing", "directory:place_briefing_pdf"])
def test_place_briefing_by_role(client_as, desk_register, role, name):
    """Every role reads the briefing pack as a page and a PDF; anonymous visitors log in."""
    response = client_as(role).get(reverse(name, args=[desk_register["taizhou"].pk]))
    assert response.status_code == READ[role]


def _briefing_register(register: dict) -> None:
    """Gifts both ways, a delegation member, a done and an open follow-up, a former contact."""
    from datetime import date

    from cityties.web.engagements.models import FollowUp, Gift, VisitMember

    visit = register["visit"]
    Gift.objects.create(
        visit=visit,
        direction="given",
        description="Book on the history of Ghent",
        giver="Mayor of Ghent",
        receiver="Vice-mayor of Taizhou",
    )
    Gift.objects.create(
        visit=visit,
        direction="received",
        description="Porcelain vase",
        giver="Vice-mayor of Taizhou",
        receiver="Mayor of Ghent",
        kept_at="City hall",
    )
    VisitMember.objects.create(visit=visit, name="Chen Jie", title="Vice-mayor of Taizhou")
    FollowUp.objects.create(
        visit=visit, description="Share the port plan", done_on=date(2018, 7, 1)
    )
    from cityties.web.directory.models import Organisation

    town_hall = Organisation.objects.create(
        name="Taizhou Foreign Affairs Office",
        folded="taizhou foreign affairs office",
        place=register["taizhou"],
    )
    Person.objects.create(
        name="Wang Fang", folded="wang fang", role="Director", organisation=town_hall
    )
    Person.objects.create(
        name="Zhou Min",
        folded="zhou min",
        role="Director",
        organisation=town_hall,
        active_to=date(2017, 12, 31),
    )


def test_place_briefing_holds_the_partners_history(client_as, desk_register):
    """The briefing of Taizhou: pinyin name, agreements, the visit, current and former contacts,
    the people met, the open follow-up only, and the gifts given and received."""
    _briefing_register(desk_register)
    response = client_as("viewer").get(
        reverse("directory:place_briefing", args=[desk_register["taizhou"].pk])
    )
    briefing = response.context["briefing"]
    assert [c.name for c in briefing.current_contacts] == ["Wang Fang"]
    assert [c.name for c in briefing.former_contacts] == ["Zhou Min"]
    assert [f.description for f in briefing.open_follow_ups] == ["Send the thank-you letter"]
    assert [g.description for g in briefing.gifts_given] == ["Book on the history of Ghent"]
    assert [g.description for g in briefing.gifts_received] == ["Porcelain vase"]
    html = response.content.decode()
    for text in (
        "台州",
        "Tāizhōu",
        "Friendship agreement Ghent–Taizhou",
        "University exchange memorandum",
        "Letter of intent and a visit to the port",
        "Chen Jie",
        "Porcelain vase",
    ):
        assert text in html
    assert "Share the port plan" not in html


def test_place_briefing_for_a_visit_names_the_visit(client_as, desk_register):
    """Opened from a visit, the briefing says which visit it prepares; a visit that does not
    involve the place is ignored."""
    taizhou, visit = desk_register["taizhou"], desk_register["visit"]
    url = reverse("directory:place_briefing", args=[taizhou.pk])
    client = client_as("viewer")
    assert client.get(url, {"visit": visit.pk}).context["briefing"].visit == visit
    ghent_only = desk_register["ghent"]
    other = client.get(reverse("directory:place_briefing", args=[ghent_only.pk]), {"visit": 0})
    assert other.status_code == 404


def test_place_briefing_pdf_renders_chinese_names(client_as, desk_register):
    """The briefing PDF is a PDF whose text holds Taizhou's characters and its agreements."""
    from io import BytesIO

    from pypdf import PdfReader

    _briefing_register(desk_register)
    url = reverse("directory:place_briefing_pdf", args=[desk_register["taizhou"].pk])
    response = client_as("viewer").get(url, {"visit": desk_register["visit"].pk})
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="briefing-taizhou.pdf"' in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "台州" in text
    assert "Friendship agreement Ghent" in text
    assert "Porcelain vase" in text


@pytest.mark.parametrize(("key", "linked"), [("taizhou", True), ("ghent", False)])
def test_place_detail_links_the_briefing(client_as, desk_register, key, linked):
    """A partner's page links its briefing pack; the home city's does not."""
    place = desk_register[key]
    html = client_as("viewer").get(reverse("directory:place_detail", args=[place.pk]))
    url = reverse("directory:place_briefing", args=[place.pk])
    assert (url in html.content.decode()) is linked


def test_place_detail_shows_the_partner_at_a_glance(client_as, desk_register):
    """Under the partner's name: the agreements in force with their end, the last visit and
    the current contact with a phone number to call."""
    from cityties.web.directory.models import Organisation

    taizhou = desk_register["taizhou"]
    office = Organisation.objects.create(name="Taizhou FAO", folded="taizhou fao", place=taizhou)
    Person.objects.create(
        name="Wang Fang", folded="wang fang", role="Director", organisation=office, phone="+8657688"
    )
    response = client_as("viewer").get(reverse("directory:place_detail", args=[taizhou.pk]))
    glance = response.context["glance"]
    assert [a.pk for a in glance.in_force] == [desk_register["mou"].pk]
    assert glance.last_visit == desk_register["visit"]
    assert glance.contact.name == "Wang Fang"
    html = response.content.decode()
    assert 'id="glance"' in html and 'href="tel:+8657688"' in html


# --- the partner page as a person reads it (demo desk review) ---------------------------------


def test_place_detail_lists_people_met_on_visits(client_as, desk_register):
    """A partner's page lists its delegation members and the home city's page its hosts, each
    with the visit they were met on; nobody appears on the other side's page."""
    from cityties.web.engagements.models import VisitMember

    visit = desk_register["visit"]
    VisitMember.objects.create(visit=visit, name="Chen Example", title="Vice-Mayor of Taizhou")
    VisitMember.objects.create(visit=visit, name="Lotte Example", title="Alderman", side="host")
    client = client_as("viewer")
    taizhou = client.get(reverse("directory:place_detail", args=[desk_register["taizhou"].pk]))
    html = taizhou.content.decode()
    assert 'id="visit-people"' in html
    assert "Chen Example" in html and "Vice-Mayor of Taizhou" in html
    assert "Lotte Example" not in html
    assert reverse("engagements:visit_detail", args=[visit.pk]) in html
    ghent = client.get(reverse("directory:place_detail", args=[desk_register["ghent"].pk]))
    html = ghent.content.decode()
    assert "Lotte Example" in html and "Chen Example" not in html


def test_place_detail_contact_without_role_starts_with_its_unit(client_as, desk_register):
    """A contact with no role shows its unit on the first line, not after an empty line."""
    person = desk_register["person"]
    person.role = ""
    person.unit = "International Relations"
    person.save()
    page = client_as("viewer").get(
        reverse("directory:place_detail", args=[desk_register["ghent"].pk])
    )
    html = page.content.decode()
    assert '<td><small class="muted">International Relations</small>' in html


@pytest.mark.parametrize(
    ("description", "year", "label"),
    [
        ("becoming climate neutral by 2050", 2050, "Goal"),
        ("a car-free centre", 2035, "Goal for 2035"),
        ("more green space", None, "Goal"),
    ],
)
def test_place_key_facts_goal_label_does_not_repeat_the_year(
    desk_register, description, year, label
):
    """A goal whose description gives its year is labelled 'Goal', not 'Goal for 2050'."""
    from cityties.web.directory.models import Goal
    from cityties.web.directory.selectors import place_key_facts

    ghent = desk_register["ghent"]
    Goal.objects.create(place=ghent, description=description, year=year)
    facts = [f for f in place_key_facts(ghent) if f.value == description]
    assert [f.label for f in facts] == [label]


@pytest.mark.parametrize(
    ("quote", "after", "note"),
    [
        ("second largest", " city of Flanders.", "second largest city of Flanders"),
        ("ranks third", " by added value (14.5 billion euros).", "ranks third by added value"),
        ("ranked 12th", "", "ranked 12th"),
        (
            "ranked 66th",
            " in a ranking of universities that is much longer than this note may ever be, really",
            "ranked 66th in a ranking of universities that is much longer than this note…",
        ),
    ],
)
def test_place_key_facts_rank_note_in_the_documents_words(quote, after, note):
    """A rank says what it ranks with its quote and the rest of its clause, kept short."""
    from cityties.web.directory.selectors import EvidenceView, _what_it_counts

    ev = EvidenceView(1, "doc", 0, len(quote), "Ghent is the ", quote, after, "/ev")
    assert _what_it_counts(ev) == note


def test_place_history_names_the_kind_of_a_related_record(client_as, desk_register):
    """A change to a record shown on the page says what kind of record it is ('alias Gent'), not
    just its name."""
    from django.contrib.contenttypes.models import ContentType

    from cityties.web.directory.models import Alias

    ghent = desk_register["ghent"]
    alias = Alias.objects.create(place=ghent, name="Gand", folded="gand")
    ChangeLogEntry.objects.create(
        actor_name="admin",
        action="create",
        content_type=ContentType.objects.get_for_model(Alias),
        object_id=alias.pk,
        object_repr="Gand",
        related_content_type=ContentType.objects.get_for_model(Place),
        related_object_id=ghent.pk,
    )
    page = client_as("viewer").get(reverse("directory:place_detail", args=[ghent.pk]))
    assert "created alias <em>Gand</em>" in page.content.decode()


# --- usability pass: a tenure without a start reads as words, not "?" ------------------------


@pytest.mark.parametrize(
    ("active_from", "active_to", "expected"),
    [
        (None, None, 'current <span class="muted">(start not recorded)</span>'),
        ("2019-01-01", None, "since 1 Jan 2019"),
        ("2019-01-01", "2021-06-30", "1 Jan 2019 – 30 Jun 2021"),
        (None, "2021-06-30", "until 30 Jun 2021"),
    ],
)
def test_person_detail_tenure_reads_as_words(
    client_as, desk_register, active_from, active_to, expected
):
    """A person's time in the role is "since", "until", a range, or "current" when no dates
    are known; never a bare question mark."""
    import datetime as dt

    person = desk_register["person"]
    person.active_from = dt.date.fromisoformat(active_from) if active_from else None
    person.active_to = dt.date.fromisoformat(active_to) if active_to else None
    person.save()
    html = client_as("viewer").get(reverse("directory:person_detail", args=[person.pk])).content
    text = html.decode()
    assert expected in text
    assert "<dd>?" not in text and ">?</span>" not in text


def test_place_briefing_keeps_outcomes_on_their_own_lines(client_as, desk_register):
    """Two outcomes of a visit read as two lines in the briefing, not as one run-on sentence."""
    visit = desk_register["visit"]
    visit.outcomes = "Both sides agreed on a programme\nA summer school will be explored"
    visit.save()
    html = (
        client_as("viewer")
        .get(reverse("directory:place_briefing", args=[desk_register["taizhou"].pk]))
        .content.decode()
    )
    assert "Both sides agreed on a programme<br>A summer school will be explored" in html


def test_organisation_page_gives_its_agreements_the_full_width(client_as, desk_register):
    """An organisation that keeps agreements shows their table across the page, not squeezed
    into half a column beside its initiatives."""
    org = desk_register["own_org"]
    html = (
        client_as("viewer")
        .get(reverse("directory:organisation_detail", args=[org.pk]))
        .content.decode()
    )
    block = html.split("Agreements it keeps")[0].rsplit("<div class=", 1)[1]
    assert block.startswith('"grid"')


def test_place_timeline_labels_a_lapsed_act_like_the_others(client_as, desk_register):
    """On the timeline a lapsed act is labelled "Lapsed", capitalised like "Signed"."""
    html = (
        client_as("viewer")
        .get(reverse("directory:place_detail", args=[desk_register["taizhou"].pk]))
        .content.decode()
    )
    assert ">Lapsed</div>" in html
    assert ">lapsed</div>" not in html


def test_person_list_marks_a_missing_email(client_as, desk_register):
    """A contact without e-mail shows a dash in the list, not an empty cell."""
    html = client_as("viewer").get(reverse("directory:person_list")).content.decode()
    assert '<span class="muted">—</span>' in html


def test_place_list_and_partner_page_name_the_country(client_as, desk_register):
    """The places list and the partner page's key facts name the country, not its ISO code."""
    client = client_as("viewer")
    html = client.get(reverse("directory:place_list")).content.decode()
    assert "<td>China</td>" in html
    html = client.get(
        reverse("directory:place_detail", args=[desk_register["taizhou"].pk])
    ).content.decode()
    assert "<dd>China · Zhejiang</dd>" in html


def test_organisation_people_without_role_have_no_stray_dot(client_as, desk_register):
    """A contact without a role is listed by name (and unit), with no dangling separator."""
    person = desk_register["person"]
    person.role = ""
    person.save()
    html = (
        client_as("viewer")
        .get(reverse("directory:organisation_detail", args=[desk_register["own_org"].pk]))
        .content.decode()
    )
    assert f"{person.name}</a> · </li>" not in html
    assert f"{person.name}</a></li>" in html or f"{person.name}</a> · <span" in html
