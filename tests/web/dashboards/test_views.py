"""The dashboard and the annual report (page and PDF)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

READ = {"admin": 200, "editor": 200, "viewer": 200, "anonymous": 302}


@pytest.mark.parametrize("role", list(READ))
@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("dashboards:home", []),
        ("dashboards:annual_report", []),
        ("dashboards:annual_report_year", [2013]),
    ],
)
def test_dashboard_pages_by_role(client_as, desk_register, role, name, args):
    """Every role reads the dashboard and the report; anonymous visitors go to the login."""
    assert client_as(role).get(reverse(name, args=args)).status_code == READ[role]


def test_dashboard_lists_what_needs_attention(client_as, desk_register):
    """The friendship agreement that ended in 2018 shows as ended without renewal, the open
    follow-up is not yet due, and Taizhou is no dormant partner while its initiative runs."""
    response = client_as("viewer").get(reverse("dashboards:home"))
    ended = {a.pk for a in response.context["ended"]}
    assert desk_register["friendship"].pk in ended
    assert response.context["expiring"] == []
    html = response.content.decode()
    assert "Friendship agreement Ghent–Taizhou" in html


def test_dashboard_lists_expiring_and_due(client_as, desk_register):
    """An agreement ending in 60 days and a follow-up due tomorrow are on the dashboard."""
    from datetime import timedelta

    from django.utils import timezone

    today = timezone.localdate()
    mou = desk_register["mou"]
    mou.ends_on, mou.ends_on_precision = today + timedelta(days=60), "day"
    mou.save()
    follow_up = desk_register["visit"].follow_ups.first()
    follow_up.due_on = today + timedelta(days=1)
    follow_up.save()
    response = client_as("viewer").get(reverse("dashboards:home"))
    assert [a.pk for a in response.context["expiring"]] == [mou.pk]
    assert [f.pk for f in response.context["follow_ups"]] == [follow_up.pk]


def test_dashboard_lists_dormant_partners(client_as, desk_register):
    """A partner whose last activity is years ago is dormant."""
    initiative = desk_register["initiative"]
    initiative.start_on = date(2015, 1, 1)
    initiative.save()
    response = client_as("viewer").get(reverse("dashboards:home"))
    assert desk_register["taizhou"].pk in {d.place.pk for d in response.context["dormant"]}


def test_annual_report_sorts_the_year(client_as, desk_register):
    """2013: the friendship signed; 2018: it ended and Taizhou's delegation came in."""
    client = client_as("viewer")
    y2013 = client.get(reverse("dashboards:annual_report_year", args=[2013])).context["report"]
    assert [a.pk for a in y2013.signed] == [desk_register["friendship"].pk]
    y2018 = client.get(reverse("dashboards:annual_report_year", args=[2018])).context["report"]
    assert [a.pk for a in y2018.ended] == [desk_register["friendship"].pk]
    assert [v.pk for v in y2018.visits_in] == [desk_register["visit"].pk]
    assert y2018.visits_out == []


def test_annual_report_pdf_renders_chinese_names(client_as, desk_register):
    """The PDF of 2013 is a PDF whose text holds the Chinese name of Taizhou."""
    from io import BytesIO

    from pypdf import PdfReader

    response = client_as("viewer").get(reverse("dashboards:annual_report_pdf", args=[2013]))
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert "Friendship agreement Ghent" in text
    assert "台州" in text


def test_annual_report_pdf_refused_to_anonymous(client_as, desk_register):
    """The PDF needs a login like every other page."""
    response = client_as("anonymous").get(reverse("dashboards:annual_report_pdf", args=[2013]))
    assert response.status_code == 302
