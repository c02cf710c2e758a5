"""The agreement pages: list, detail and form, by role, with the date rules."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cityties.web.agreements.models import Agreement

pytestmark = pytest.mark.django_db

ROLES = ["admin", "editor", "viewer", "anonymous"]


@pytest.mark.parametrize(
    ("role", "expected"), [("admin", 200), ("editor", 200), ("viewer", 200), ("anonymous", 302)]
)
@pytest.mark.parametrize("name", ["agreements:agreement_list", "agreements:agreement_detail"])
def test_agreement_pages_read_by_role(client_as, desk_register, role, expected, name):
    """Every role reads agreements; anonymous visitors go to the login page."""
    args = [desk_register["friendship"].pk] if name.endswith("detail") else []
    assert client_as(role).get(reverse(name, args=args)).status_code == expected


@pytest.mark.parametrize(
    ("role", "key", "expected"),
    [
        ("admin", "friendship", 200),
        ("admin", "mou", 200),
        ("editor", "friendship", 200),
        ("editor", "mou", 403),
        ("viewer", "friendship", 403),
        ("anonymous", "friendship", 302),
    ],
)
def test_agreement_edit_form_by_role(client_as, desk_register, role, key, expected):
    """An editor edits the agreements their organisation owns, not the others'."""
    url = reverse("agreements:agreement_edit", args=[desk_register[key].pk])
    assert client_as(role).get(url).status_code == expected


@pytest.mark.parametrize(
    ("role", "expected"), [("admin", 200), ("editor", 200), ("viewer", 403), ("anonymous", 302)]
)
def test_agreement_create_form_by_role(client_as, desk_register, role, expected):
    """Admins and editors may add agreements; viewers may not."""
    assert client_as(role).get(reverse("agreements:agreement_create")).status_code == expected


def _form(register: dict, **changes: object) -> dict:
    data = {
        "type": "friendship",
        "status": "signed",
        "title": "Friendship with Taizhou",
        "party_places": [register["ghent"].pk, register["taizhou"].pk],
        "signed_year": "2013",
        "signed_month": "9",
        "signed_day": "24",
        "duration_months": "60",
        "ends_year": "",
        "ends_month": "",
        "ends_day": "",
        "owner": register["own_org"].pk,
    }
    data.update(changes)
    return data


def test_agreement_create_computes_the_end_from_the_term(client_as, desk_register):
    """Signed 2013-09-24 for 60 months and no end given: it ends 2018-09-24, day precision."""
    response = client_as("editor").post(
        reverse("agreements:agreement_create"), _form(desk_register)
    )
    assert response.status_code == 302
    agreement = Agreement.objects.get(title="Friendship with Taizhou")
    assert agreement.ends.iso() == "2018-09-24"
    assert {p.place_id for p in agreement.parties.all()} == {
        desk_register["ghent"].pk,
        desk_register["taizhou"].pk,
    }


def test_agreement_create_keeps_a_partial_signing_date(client_as, desk_register):
    """A signing date known only to the month is stored at month precision, no day invented."""
    data = _form(desk_register, signed_day="", duration_months="", title="Month only")
    assert client_as("editor").post(reverse("agreements:agreement_create"), data).status_code == 302
    agreement = Agreement.objects.get(title="Month only")
    assert agreement.signed.iso() == "2013-09"
    assert agreement.signed_on_precision == "month"


def test_agreement_form_refuses_an_end_before_signing(client_as, desk_register):
    """An end before the signing date is refused with a clear message; nothing is saved."""
    data = _form(desk_register, ends_year="2012", ends_month="1", ends_day="1", title="Backwards")
    response = client_as("editor").post(reverse("agreements:agreement_create"), data)
    assert response.status_code == 200
    assert "An agreement cannot end before it is signed." in response.content.decode()
    assert Agreement.objects.filter(title="Backwards").exists() is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"signed_year": "", "signed_month": "9", "signed_day": ""},
            "A month or day needs a year.",
        ),
        ({"signed_month": "", "signed_day": "24"}, "A day needs a month."),
        ({"signed_month": "2", "signed_day": "30"}, "Enter a valid date"),
        ({"party_places": []}, "Name at least one party"),
    ],
)
def test_agreement_form_explains_bad_input(client_as, desk_register, changes, message):
    """Impossible dates and a missing party are refused with a message naming the problem."""
    data = _form(desk_register, title="Bad input", **changes)
    response = client_as("editor").post(reverse("agreements:agreement_create"), data)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_agreement_editor_cannot_give_it_to_another_organisation(client_as, desk_register):
    """The owner choice of an editor holds only their own organisation."""
    data = _form(desk_register, owner=desk_register["other_org"].pk, title="Given away")
    response = client_as("editor").post(reverse("agreements:agreement_create"), data)
    assert response.status_code == 200
    assert Agreement.objects.filter(title="Given away").exists() is False


def test_agreement_edit_post_by_other_editor_is_refused(client_as, desk_register):
    """A POST to another organisation's agreement is refused and changes nothing."""
    mou = desk_register["mou"]
    url = reverse("agreements:agreement_edit", args=[mou.pk])
    response = client_as("editor").post(url, _form(desk_register, title="Hijacked"))
    assert response.status_code == 403
    mou.refresh_from_db()
    assert mou.title == "University exchange memorandum"


def test_agreement_edit_is_logged_with_before_and_after(client_as, desk_register):
    """Editing shows on the agreement's page: who changed what, before and after."""
    friendship = desk_register["friendship"]
    client = client_as("editor")
    url = reverse("agreements:agreement_edit", args=[friendship.pk])
    data = _form(desk_register, title="Friendship (renamed)", ends_year="2018", ends_month="9")
    data["ends_day"] = "24"
    assert client.post(url, data).status_code == 302
    page = client.get(reverse("agreements:agreement_detail", args=[friendship.pk]))
    html = page.content.decode()
    assert "Friendship (renamed)" in html
    assert "Friendship agreement Ghent–Taizhou" in html  # the value before
    assert "desk-editor" in html


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ({"type": "friendship"}, {"Friendship agreement Ghent–Taizhou"}),
        ({"q": "exchange"}, {"University exchange memorandum"}),
        ({"ended_without_renewal": "true"}, {"Friendship agreement Ghent–Taizhou"}),
        (
            {"place_id": "TAIZHOU"},
            {"Friendship agreement Ghent–Taizhou", "University exchange memorandum"},
        ),
    ],
)
def test_agreement_list_filters(client_as, desk_register, query, titles):
    """The list's filters narrow the agreements shown."""
    query = {
        k: (str(desk_register["taizhou"].pk) if v == "TAIZHOU" else v) for k, v in query.items()
    }
    response = client_as("viewer").get(reverse("agreements:agreement_list"), query)
    shown = {a.title for a in response.context["object_list"]}
    assert shown == titles


def test_agreement_list_csv_follows_the_filter(client_as, desk_register):
    """The CSV download holds exactly the filtered agreements."""
    response = client_as("viewer").get(
        reverse("agreements:agreement_list"), {"type": "friendship", "export": "csv"}
    )
    body = response.content.decode()
    assert response["Content-Disposition"] == 'attachment; filename="agreements.csv"'
    assert "Friendship agreement Ghent–Taizhou" in body
    assert "University exchange memorandum" not in body
    assert "2013-09-24" in body


@pytest.mark.parametrize(("role", "visible"), [("editor", True), ("viewer", False)])
def test_agreement_detail_edit_button_by_role(client_as, desk_register, role, visible):
    """The edit button shows to who may edit the agreement, and to nobody else."""
    friendship = desk_register["friendship"]
    html = client_as(role).get(reverse("agreements:agreement_detail", args=[friendship.pk]))
    edit = reverse("agreements:agreement_edit", args=[friendship.pk])
    assert (edit in html.content.decode()) is visible


def test_agreement_detail_hides_edit_from_other_editors(client_as, desk_register):
    """An editor sees no edit button on another organisation's agreement."""
    mou = desk_register["mou"]
    html = client_as("editor").get(reverse("agreements:agreement_detail", args=[mou.pk]))
    assert reverse("agreements:agreement_edit", args=[mou.pk]) not in html.content.decode()
