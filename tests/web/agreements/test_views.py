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


# --- delete, renew, end (DESK-UI, second round) --------------------------------------------

ACTION = {"admin": 200, "editor": 200, "viewer": 403, "anonymous": 302}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "name",
    ["agreements:agreement_delete", "agreements:agreement_renew", "agreements:agreement_end"],
)
def test_agreement_actions_by_role(client_as, desk_register, role, name):
    """Delete, renew and end open for who may edit the agreement (the owner's editors)."""
    url = reverse(name, args=[desk_register["friendship"].pk])
    assert client_as(role).get(url).status_code == ACTION[role]


@pytest.mark.parametrize(
    "name",
    ["agreements:agreement_delete", "agreements:agreement_renew", "agreements:agreement_end"],
)
def test_agreement_actions_refused_on_another_orgs_agreement(client_as, desk_register, name):
    """An editor cannot delete, renew or end another organisation's agreement."""
    url = reverse(name, args=[desk_register["mou"].pk])
    assert client_as("editor").post(url, {}).status_code == 403


@pytest.mark.parametrize(
    ("role", "deleted"), [("admin", True), ("editor", True), ("viewer", False)]
)
def test_agreement_delete_post_by_role(client_as, desk_register, role, deleted):
    """A confirmed delete removes the agreement and its parties; viewers change nothing."""
    friendship = desk_register["friendship"]
    response = client_as(role).post(reverse("agreements:agreement_delete", args=[friendship.pk]))
    assert Agreement.objects.filter(pk=friendship.pk).exists() is not deleted
    if deleted:
        assert response["Location"] == reverse("agreements:agreement_list")


def test_agreement_delete_refused_while_renewed(client_as, desk_register):
    """An agreement a renewal refers to cannot go: the page names the renewal, answers 409."""
    friendship = desk_register["friendship"]
    renewal = Agreement.objects.create(
        type="friendship", status="renewed", title="Renewed friendship", renews=friendship
    )
    client = client_as("admin")
    url = reverse("agreements:agreement_delete", args=[friendship.pk])
    page = client.get(url).content.decode()
    assert "Renewed friendship" in page
    assert reverse("agreements:agreement_detail", args=[renewal.pk]) in page
    response = client.post(url)
    assert response.status_code == 409
    assert Agreement.objects.filter(pk=friendship.pk).exists() is True


def test_agreement_renew_form_is_prefilled(client_as, desk_register):
    """The renewal form proposes the old title, its end date as signing date, the same term."""
    friendship = desk_register["friendship"]
    response = client_as("editor").get(reverse("agreements:agreement_renew", args=[friendship.pk]))
    form = response.context["form"]
    assert form["title"].value() == "Friendship agreement Ghent–Taizhou"
    assert form["duration_months"].value() == 60
    assert str(form["signed"].value()) == "2018-09-24"


def test_agreement_renew_creates_the_successor(client_as, desk_register):
    """Renewing records a new agreement that renews the old one, with its parties and owner;
    the old one no longer counts as ended without renewal."""
    friendship = desk_register["friendship"]
    data = {
        "title": "Friendship agreement Ghent–Taizhou (renewed)",
        "signed_year": "2018",
        "signed_month": "9",
        "signed_day": "24",
        "duration_months": "60",
    }
    client = client_as("editor")
    response = client.post(reverse("agreements:agreement_renew", args=[friendship.pk]), data)
    renewal = Agreement.objects.get(renews=friendship)
    assert response["Location"] == reverse("agreements:agreement_detail", args=[renewal.pk])
    assert renewal.status == "renewed"
    assert renewal.owner_id == friendship.owner_id
    assert renewal.ends.iso() == "2023-09-24"
    assert {p.place_id for p in renewal.parties.all()} == {
        desk_register["ghent"].pk,
        desk_register["taizhou"].pk,
    }
    assert friendship not in Agreement.objects.ended_without_renewal()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"signed_year": "", "signed_month": "", "signed_day": ""}, "This field is required."),
        ({"signed_year": "2010"}, "A renewal cannot be signed before the agreement it renews."),
        (
            {"ends_year": "2018", "ends_month": "1"},
            "An agreement cannot end before it is signed.",
        ),
    ],
)
def test_agreement_renew_explains_bad_input(client_as, desk_register, changes, message):
    """A missing or too early signing date, or an end before it, is refused with a message."""
    friendship = desk_register["friendship"]
    data = {"signed_year": "2018", "signed_month": "9", "signed_day": "24", **changes}
    response = client_as("editor").post(
        reverse("agreements:agreement_renew", args=[friendship.pk]), data
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Agreement.objects.filter(renews=friendship).exists() is False


def test_agreement_renew_refused_for_an_act_never_concluded(client_as, desk_register):
    """A memorandum that was never concluded cannot be renewed: the form says why."""
    friendship = desk_register["friendship"]
    friendship.status = "not_concluded"
    friendship.save()
    data = {"signed_year": "2019"}
    response = client_as("editor").post(
        reverse("agreements:agreement_renew", args=[friendship.pk]), data
    )
    assert response.status_code == 200
    assert "never concluded cannot be renewed" in response.content.decode()


def test_agreement_end_records_the_end(client_as, desk_register):
    """'Record end' marks the agreement ended on the date given, to its precision."""
    mou = desk_register["mou"]
    data = {"ends_year": "2022", "ends_month": "6"}
    response = client_as("admin").post(reverse("agreements:agreement_end", args=[mou.pk]), data)
    assert response["Location"] == reverse("agreements:agreement_detail", args=[mou.pk])
    mou.refresh_from_db()
    assert mou.status == "ended"
    assert mou.ends.iso() == "2022-06"


def test_agreement_end_refuses_an_end_before_signing(client_as, desk_register):
    """An end before the signing date is refused; the agreement stays signed."""
    friendship = desk_register["friendship"]
    data = {"ends_year": "2012"}
    response = client_as("editor").post(
        reverse("agreements:agreement_end", args=[friendship.pk]), data
    )
    assert "An agreement cannot end before it is signed." in response.content.decode()
    friendship.refresh_from_db()
    assert friendship.status == "signed"


@pytest.mark.parametrize(
    ("status", "renew", "end"),
    [("signed", True, True), ("ended", True, False), ("planned", False, False)],
)
def test_agreement_detail_offers_renew_and_end_by_status(
    client_as, desk_register, status, renew, end
):
    """Renew shows for acts in force or ended; Record end only for acts in force."""
    friendship = desk_register["friendship"]
    friendship.status = status
    friendship.save()
    html = (
        client_as("editor")
        .get(reverse("agreements:agreement_detail", args=[friendship.pk]))
        .content.decode()
    )
    assert (reverse("agreements:agreement_renew", args=[friendship.pk]) in html) is renew
    assert (reverse("agreements:agreement_end", args=[friendship.pk]) in html) is end


def test_agreement_detail_links_its_source_documents(client_as, desk_register):
    """An agreement read from a document links the document's review page."""
    from cityties.web.documents.models import Document

    document = Document.objects.create(
        title="Seed profile", original="x.txt", original_name="x.txt", sha256="a" * 64, size=1
    )
    friendship = desk_register["friendship"]
    friendship.source_documents.add(document)
    response = client_as("viewer").get(reverse("agreements:agreement_detail", args=[friendship.pk]))
    assert response.status_code == 200
    assert reverse("documents:document_detail", args=[document.pk]) in response.content.decode()


def test_agreement_list_filters_by_the_year_it_ends(client_as, desk_register):
    """'Which agreements end in 2018?': the list filters by the end year."""
    response = client_as("viewer").get(reverse("agreements:agreement_list"), {"ends_year": 2018})
    assert {a.title for a in response.context["object_list"]} == {
        "Friendship agreement Ghent–Taizhou"
    }
