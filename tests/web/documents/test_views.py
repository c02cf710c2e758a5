"""Upload, review and evidence pages: who may do what, and what each action does."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cityties.web.documents.models import Document, Fact

pytestmark = pytest.mark.django_db

TEXT = (
    "Institution: City of Ghent\n\n"
    "Ghent, a port city of 263,608 inhabitants (2020), welcomed a delegation from Weihai.\n"
)


@pytest.fixture
def uploaded(client_as, desk_register):  # type: ignore[no-untyped-def]
    """A pasted text uploaded by the editor, with its facts pending review."""
    response = client_as("editor").post(
        reverse("documents:document_upload"), {"title": "Short report", "text": TEXT}
    )
    assert response.status_code == 302
    return Document.objects.get(title="Short report")


@pytest.mark.parametrize(
    ("role", "expected"), [("admin", 200), ("editor", 200), ("viewer", 403), ("anonymous", 302)]
)
def test_upload_page_by_role(client_as, desk_register, role, expected):
    """Admins and editors may upload; viewers may not."""
    assert client_as(role).get(reverse("documents:document_upload")).status_code == expected


def test_upload_of_a_file_opens_its_review(client_as, desk_register):
    """An uploaded file is read and its review page opens with the facts found."""
    upload = SimpleUploadedFile("report.txt", TEXT.encode(), content_type="text/plain")
    response = client_as("editor").post(reverse("documents:document_upload"), {"file": upload})
    document = Document.objects.get(original_name="report.txt")
    assert response["Location"] == reverse("documents:document_detail", args=[document.pk])
    assert document.facts.count() > 0


def test_upload_of_the_same_bytes_twice_is_recognised(client_as, desk_register, uploaded):
    """Uploading the same text again leads to the existing review, not a second document."""
    client = client_as("editor")
    response = client.post(reverse("documents:document_upload"), {"text": TEXT}, follow=True)
    assert Document.objects.count() == 1
    assert "uploaded before" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose a file or paste some text."),
        ({"text": "   "}, "Choose a file or paste some text."),
    ],
)
def test_upload_form_needs_a_file_or_text(client_as, desk_register, data, message):
    """An empty upload is refused with a message."""
    response = client_as("editor").post(reverse("documents:document_upload"), data)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("role", "expected"), [("admin", 200), ("editor", 200), ("viewer", 200), ("anonymous", 302)]
)
@pytest.mark.parametrize(
    "name",
    [
        "documents:document_list",
        "documents:document_detail",
        "documents:document_evidence",
        "documents:document_original",
    ],
)
def test_document_pages_read_by_role(client_as, uploaded, role, expected, name):
    """Every role reads documents, their review and their original."""
    args = [] if name.endswith("list") else [uploaded.pk]
    response = client_as(role).get(reverse(name, args=args))
    response.close()  # the original is streamed from its file
    assert response.status_code == expected


def test_review_page_highlights_every_fact(client_as, uploaded):
    """The review shows the text with a highlight for each fact's evidence."""
    response = client_as("viewer").get(reverse("documents:document_detail", args=[uploaded.pk]))
    html = response.content.decode()
    highlighted = {pk for segment in response.context["segments"] for pk in segment.facts}
    for fact in uploaded.facts.all():
        assert f'id="fact-{fact.pk}"' in html
        assert fact.pk in highlighted


def test_review_page_shows_no_actions_to_viewers(client_as, uploaded):
    """A viewer sees the facts but no accept, edit or reject buttons."""
    html = client_as("viewer").get(reverse("documents:document_detail", args=[uploaded.pk]))
    assert "accept-all" not in html.content.decode()
    assert "/accept/" not in html.content.decode()


@pytest.mark.parametrize(
    ("role", "expected", "state"),
    [("editor", 200, "accepted"), ("admin", 200, "accepted"), ("viewer", 403, "pending")],
)
def test_fact_accept_by_role_with_htmx(client_as, uploaded, role, expected, state):
    """Accepting by htmx returns the fact's new card; a viewer is refused."""
    fact = uploaded.facts.filter(kind="figure").first()
    url = reverse("documents:fact_action", args=[fact.pk, "accept"])
    response = client_as(role).post(url, headers={"HX-Request": "true"})
    assert response.status_code == expected
    fact.refresh_from_db()
    assert fact.state == state
    if expected == 200:
        html = response.content.decode()
        assert f'id="fact-{fact.pk}"' in html and 'hx-swap-oob="true"' in html


def test_fact_reject_keeps_it_out_of_the_register(client_as, uploaded):
    """A rejected fact stays with its evidence but touches no record."""
    fact = uploaded.facts.filter(kind="figure").first()
    url = reverse("documents:fact_action", args=[fact.pk, "reject"])
    assert client_as("editor").post(url).status_code == 302
    fact.refresh_from_db()
    assert fact.state == "rejected"
    assert fact.links.count() == 0


def test_fact_edit_accepts_the_corrected_value(client_as, uploaded):
    """Editing a fact's value accepts it as edited, with the correction on record."""
    fact = uploaded.facts.filter(kind="figure").first()
    client = client_as("editor")
    url = reverse("documents:fact_edit", args=[fact.pk])
    assert client.get(url, headers={"HX-Request": "true"}).status_code == 200
    data = {k: ("" if v is None else v) for k, v in fact.payload.items() if not isinstance(v, dict)}
    data["value"] = "263609"
    response = client.post(url, data)
    assert response.status_code == 302
    fact.refresh_from_db()
    assert fact.state == "edited"
    assert fact.edited_payload["value"] == 263609
    assert fact.payload["value"] == 263608


def test_fact_edit_refuses_a_bad_number(client_as, uploaded):
    """A figure's value that is not a number is refused on the form."""
    fact = uploaded.facts.filter(kind="figure").first()
    response = client_as("editor").post(
        reverse("documents:fact_edit", args=[fact.pk]), {"value": "many"}
    )
    assert response.status_code == 200
    assert "Enter a whole number." in response.content.decode()
    fact.refresh_from_db()
    assert fact.state == "pending"


def test_facts_accept_all_by_editor_and_viewer(client_as, uploaded):
    """'Accept all' accepts every pending fact for the editor; a viewer is refused."""
    url = reverse("documents:facts_accept_all", args=[uploaded.pk])
    assert client_as("viewer").post(url).status_code == 403
    assert Fact.objects.filter(document=uploaded, state="pending").exists() is True
    assert client_as("editor").post(url).status_code == 302
    assert Fact.objects.filter(document=uploaded, state="pending").exists() is False


def test_accepted_figure_shows_on_the_partner_page_with_evidence(client_as, uploaded):
    """After 'accept all' the population is a key fact of Ghent with its sentence."""
    client = client_as("editor")
    client.post(reverse("documents:facts_accept_all", args=[uploaded.pk]))
    ghent = uploaded.facts.filter(kind="figure").first().links.first().record
    ghent = getattr(ghent, "place", None) or ghent
    html = client.get(reverse("directory:place_detail", args=[ghent.pk])).content.decode()
    assert "263,608" in html
    assert "<mark>263,608 inhabitants</mark>" in html
    assert "Short report" in html


def test_evidence_page_marks_the_requested_span(client_as, uploaded):
    """An evidence link marks exactly the requested span as active."""
    start = TEXT.index("263,608")
    response = client_as("viewer").get(
        reverse("documents:document_evidence", args=[uploaded.pk]),
        {"start": start, "end": start + len("263,608 inhabitants")},
    )
    focused = "".join(s.text for s in response.context["segments"] if s.focus)
    assert focused == "263,608 inhabitants"


def test_document_list_filters_awaiting_review(client_as, uploaded):
    """'Awaiting review' lists the document until its facts are reviewed."""
    client = client_as("editor")
    url = reverse("documents:document_list")
    assert len(client.get(url, {"awaiting_review": "true"}).context["object_list"]) == 1
    client.post(reverse("documents:facts_accept_all", args=[uploaded.pk]))
    assert len(client.get(url, {"awaiting_review": "true"}).context["object_list"]) == 0


# --- deleting a document (DESK-UI, second round) -------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"), [("admin", 200), ("editor", 200), ("viewer", 403), ("anonymous", 302)]
)
def test_document_delete_page_by_role(client_as, uploaded, role, expected):
    """The uploader's editors and admins open the delete page; viewers may not."""
    url = reverse("documents:document_delete", args=[uploaded.pk])
    assert client_as(role).get(url).status_code == expected


def test_document_delete_page_names_its_facts(client_as, uploaded):
    """The confirmation says the document's facts go with it."""
    html = (
        client_as("editor")
        .get(reverse("documents:document_delete", args=[uploaded.pk]))
        .content.decode()
    )
    assert f"{uploaded.facts.count()} × facts" in html


def test_document_delete_keeps_the_accepted_records(client_as, uploaded):
    """Deleting a reviewed document removes it and its facts; the place it made stays."""
    from cityties.web.directory.models import Place

    client = client_as("editor")
    client.post(reverse("documents:facts_accept_all", args=[uploaded.pk]))
    assert Place.objects.filter(name="Weihai").exists() is True
    response = client.post(reverse("documents:document_delete", args=[uploaded.pk]))
    assert response["Location"] == reverse("documents:document_list")
    assert Document.objects.filter(pk=uploaded.pk).exists() is False
    assert Fact.objects.filter(document_id=uploaded.pk).exists() is False
    assert Place.objects.filter(name="Weihai").exists() is True


def test_document_delete_refused_to_another_organisations_editor(client_as, uploaded):
    """An editor of another organisation cannot delete the document."""
    from cityties.web.directory.models import UserProfile

    editor = UserProfile.objects.get(user__username="desk-editor")
    editor.organisation = uploaded.organisation.__class__.objects.create(
        name="Elsewhere", folded="elsewhere"
    )
    editor.save()
    response = client_as("editor").post(reverse("documents:document_delete", args=[uploaded.pk]))
    assert response.status_code == 403
    assert Document.objects.filter(pk=uploaded.pk).exists() is True


def test_fact_card_shows_party_details_readably():
    """A list of party details reads as names with kind and GeoNames id, not as raw data."""
    from cityties.web.documents.selectors import payload_items

    fact = Fact(
        kind="agreement",
        payload={
            "parties": ["Ghent", "Dalian"],
            "party_details": [
                {"name": "Ghent", "kind": "place", "geonameid": 2797656},
                {"name": "Dalian", "kind": "place", "geonameid": None},
            ],
        },
    )
    items = dict(payload_items(fact))
    assert items["parties"] == "Ghent; Dalian"
    assert items["party details"] == "Ghent (place, GeoNames 2797656); Dalian (place)"


# --- usability pass: codes and dates on the review cards read as words --------------------


def test_fact_card_shows_labels_not_codes():
    """An agreement fact shows its type and status by their labels and its dates in the
    desk's form, never the vocabulary codes or ISO text."""
    from cityties.web.documents.selectors import fact_summary, payload_items

    fact = Fact(
        kind="agreement",
        payload={
            "parties": ["Ghent", "Dalian"],
            "type": "cooperation_agreement",
            "status": "not_concluded",
            "signed": "2013-09-24",
            "ends": "2018-09",
        },
    )
    items = dict(payload_items(fact))
    assert items["type"] == "Cooperation agreement"
    assert items["status"] == "Not concluded"
    assert items["signed"] == "24 Sep 2013"
    assert items["ends"] == "Sep 2018"
    assert fact_summary(fact) == "Cooperation agreement: Ghent – Dalian 24 Sep 2013 (Not concluded)"


@pytest.mark.parametrize(
    ("kind", "payload", "expected"),
    [
        ("organisation", {"name": "City of Ghent", "kind": "city_government"}, "City government"),
        ("tie", {"subject": "Port of Ghent", "relation": "member_of", "object": "X"}, "member of"),
        ("figure", {"subject": "Ghent", "measure": "population", "value": 263608}, "263,608"),
        ("visit", {"from": "Weihai", "to": "Ghent", "date": "2019-05-14"}, "14 May 2019"),
        ("visit", {"from": "A", "to": "B", "gifts": [{"description": "a vase"}]}, "(1 gift)"),
    ],
)
def test_fact_summary_reads_as_words(kind, payload, expected):
    """Each kind of fact gets a headline with labels, grouped numbers, desk dates and a
    correct singular or plural."""
    from cityties.web.documents.selectors import fact_summary

    summary = fact_summary(Fact(kind=kind, payload=payload))
    assert expected in summary
    assert "_" not in summary


def test_review_page_shows_no_raw_codes(client_as, uploaded):
    """The review page of a document names organisation kinds by label, not by code."""
    response = client_as("editor").get(reverse("documents:document_detail", args=[uploaded.pk]))
    body = response.content.decode()
    assert "city_government" not in body
    assert "City government" in body


def test_visit_fact_details_show_desk_dates():
    """The programme and follow-ups of a visit fact show days as "14 May 2019"."""
    from django.template.loader import render_to_string

    html = render_to_string(
        "documents/_visit_details.html",
        {
            "d": {
                "from": "Weihai",
                "to": "Ghent",
                "date": "2019-05-14",
                "programme": [{"date": "2019-05-15", "time": "morning", "description": "tour"}],
                "follow_ups": [{"description": "send the letter", "due": "2019-06-30"}],
            }
        },
    )
    assert "2019-05-1" not in html
    assert "14 May 2019" in html
    assert "15 May 2019 morning" in html
    assert "30 Jun 2019" in html


def test_fact_edit_headline_reads_as_words(client_as, uploaded):
    """The edit form of a fact repeats its headline with labels, not vocabulary codes."""
    fact = uploaded.facts.get(kind="organisation", payload__name="City of Ghent")
    body = client_as("editor").get(reverse("documents:fact_edit", args=[fact.pk])).content
    text = body.decode()
    assert "City of Ghent (City government)" in text
    assert "(city_government)" not in text
