"""Documents API: ingest (file or text), the facts, accept, reject, edit, accept all."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cityties.extraction.doc import Doc
from cityties.extraction.types import AgreementFact, Party
from cityties.text import PartialDate
from cityties.web.agreements.models import Agreement
from cityties.web.documents import services
from cityties.web.documents.models import Document, Fact

from .factories import result_of, span

pytestmark = pytest.mark.django_db

TEXT = "Ghent and Taizhou signed a letter of intent on 4 June 2018.\n"


@pytest.fixture(autouse=True)
def _engine(monkeypatch):  # type: ignore[no-untyped-def]
    """The engine for these tests: one agreement fact built by hand."""

    def engine(text: str):  # type: ignore[no-untyped-def]
        doc = Doc(text=text, language="en")
        if "letter of intent" in text:
            doc.agreements.append(
                AgreementFact(
                    parties=(Party("Ghent"), Party("Taizhou")),
                    type="letter_of_intent",
                    signed=PartialDate(2018, 6, 4),
                    evidence=span(doc, "signed a letter of intent on 4 June 2018"),
                )
            )
        return result_of(doc)

    monkeypatch.setattr(services, "_engine", engine)


def test_api_ingest_file_then_same_file(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """An upload answers 201 with the document; the same bytes again answer 200, created false."""
    client = api_as(desk_users["editor"])
    upload = SimpleUploadedFile("loi.txt", TEXT.encode(), content_type="text/plain")
    first = client.post("/api/documents/ingest/", {"file": upload}, format="multipart")
    assert first.status_code == 201, first.content
    assert first.json()["latest_run"]["status"] == "ok"
    assert first.json()["pending_facts"] == 1
    again = client.post(
        "/api/documents/ingest/",
        {"file": SimpleUploadedFile("copy.txt", TEXT.encode())},
        format="multipart",
    )
    assert again.status_code == 200
    assert again.json()["created"] is False
    assert Document.objects.count() == 1


def test_api_ingest_needs_file_or_text(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """A request with neither a file nor a text is refused with a message."""
    response = api_as(desk_users["editor"]).post("/api/documents/ingest/", {}, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == "Send either a file or a text."


def test_api_ingest_refused_for_viewer(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """A viewer cannot upload."""
    response = api_as(desk_users["viewer"]).post(
        "/api/documents/ingest/", {"text": TEXT}, format="json"
    )
    assert response.status_code == 403


def test_api_fact_accept_then_again(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """Accepting merges the fact and links it; accepting again is a 400 with a message."""
    client = api_as(desk_users["editor"])
    client.post("/api/documents/ingest/", {"text": TEXT}, format="json")
    fact = Fact.objects.get()
    response = client.post(f"/api/facts/{fact.pk}/accept/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "accepted"
    assert body["links"][-1]["object_type"] == "agreements.agreement"
    assert body["evidence"][0]["quote"] == "signed a letter of intent on 4 June 2018"
    again = client.post(f"/api/facts/{fact.pk}/accept/")
    assert again.status_code == 400
    assert "already been reviewed" in again.json()["message"]


def test_api_fact_reject_and_edit(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """Reject keeps the note; edit accepts the corrected fields."""
    client = api_as(desk_users["editor"])
    client.post("/api/documents/ingest/", {"text": TEXT}, format="json")
    client.post("/api/documents/ingest/", {"text": TEXT + "\n"}, format="json")
    first, second = Fact.objects.order_by("pk")
    rejected = client.post(f"/api/facts/{first.pk}/reject/", {"note": "duplicate"}, format="json")
    assert (rejected.json()["state"], rejected.json()["note"]) == ("rejected", "duplicate")
    edited = client.post(
        f"/api/facts/{second.pk}/edit/", {"payload": {"status": "planned"}}, format="json"
    )
    assert edited.json()["state"] == "edited"
    assert Agreement.objects.get().status == "planned"


def test_api_document_accept_all(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """Accept all merges every pending fact and lists none as failed."""
    client = api_as(desk_users["editor"])
    document_id = client.post("/api/documents/ingest/", {"text": TEXT}, format="json").json()["id"]
    response = client.post(f"/api/documents/{document_id}/accept-all/")
    assert response.status_code == 200
    assert response.json()["failed"] == []
    assert Agreement.objects.count() == 1


def test_api_unknown_fact_is_404(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """Accepting a fact that does not exist answers 404."""
    assert api_as(desk_users["editor"]).post("/api/facts/999/accept/").status_code == 404


def test_api_schema_served(api_as, desk_users) -> None:  # type: ignore[no-untyped-def]
    """The OpenAPI schema is served to logged-in users and lists the endpoints."""
    response = api_as(desk_users["viewer"]).get("/api/schema/?format=json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/agreements/" in paths and "/api/documents/ingest/" in paths
