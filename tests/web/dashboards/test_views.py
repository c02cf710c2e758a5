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


# --- the dormancy review and the follow-up window (DESK-UI, second round) -------------------


@pytest.mark.parametrize("role", list(READ))
def test_dormancy_review_by_role(client_as, desk_register, role):
    """Every role reads the dormancy review; anonymous visitors go to the login."""
    assert client_as(role).get(reverse("dashboards:dormancy")).status_code == READ[role]


def _make_taizhou_dormant(register: dict) -> None:
    """Move every activity with Taizhou to 2013-2019 and leave a note on the partner."""
    from cityties.web.core.services import journal_entry_create

    initiative = register["initiative"]
    initiative.start_on = date(2015, 1, 1)
    initiative.save()
    journal_entry_create(
        actor=register["users"]["editor"],
        obj=register["taizhou"],
        comments="Called the foreign affairs office about a renewal.",
    )


def test_dormancy_review_gives_the_evidence(client_as, desk_register):
    """For dormant Taizhou: the last visit (2018), the last agreement (the 2019 memorandum),
    the latest note, the agreement still in force, and the activities per year."""
    _make_taizhou_dormant(desk_register)
    response = client_as("viewer").get(reverse("dashboards:dormancy"))
    [taizhou] = [d for d in response.context["partners"] if d.place == desk_register["taizhou"]]
    assert taizhou.last_visit == desk_register["visit"]
    assert taizhou.last_agreement == desk_register["mou"]
    assert taizhou.last_note.comments.startswith("Called the foreign affairs office")
    assert [a.pk for a in taizhou.in_force] == [desk_register["mou"].pk]
    per_year = dict(taizhou.years)
    this_year = date.today().year
    assert len(per_year) == 10 and max(per_year) == this_year
    assert per_year.get(2018, 0) == (1 if 2018 > this_year - 10 else 0)
    assert sum(per_year.values()) + taizhou.earlier == 4
    html = response.content.decode()
    assert "Called the foreign affairs office" in html
    assert reverse("directory:place_briefing", args=[desk_register["taizhou"].pk]) in html


def test_dashboard_links_the_dormancy_review(client_as, desk_register):
    """The dashboard's dormant card shows the partner's last visit and links the full review."""
    _make_taizhou_dormant(desk_register)
    response = client_as("viewer").get(reverse("dashboards:home"))
    assert response.context["dormant_count"] == 1
    html = response.content.decode()
    assert reverse("dashboards:dormancy") in html
    assert reverse("engagements:visit_detail", args=[desk_register["visit"].pk]) in html


@pytest.mark.parametrize(("days", "listed"), [(30, False), (90, True)])
def test_dashboard_follow_up_window_is_a_setting(client_as, desk_register, days, listed):
    """A follow-up due in 60 days is listed when CITYTIES_FOLLOWUP_DAYS reaches it."""
    from datetime import timedelta

    from django.test import override_settings
    from django.utils import timezone

    follow_up = desk_register["visit"].follow_ups.get()
    follow_up.due_on = timezone.localdate() + timedelta(days=60)
    follow_up.save()
    with override_settings(CITYTIES_FOLLOWUP_DAYS=days):
        response = client_as("viewer").get(reverse("dashboards:home"))
    assert (follow_up in response.context["follow_ups"]) is listed
    assert f"within {days} days" in response.content.decode()


@pytest.mark.parametrize(("role", "button"), [("editor", True), ("viewer", False)])
def test_dashboard_mark_done_button_by_role(client_as, desk_register, role, button):
    """A due follow-up has a 'Mark done' button for who may change its visit."""
    from django.utils import timezone

    follow_up = desk_register["visit"].follow_ups.get()
    follow_up.due_on = timezone.localdate()
    follow_up.save()
    html = client_as(role).get(reverse("dashboards:home")).content.decode()
    url = reverse("engagements:followup_done", args=[follow_up.pk])
    assert (url in html) is button


def test_dashboard_counts_agreements_ending_this_year(client_as, desk_register):
    """'End in <year>' counts the agreements whose end falls in this year and links the list."""
    from django.utils import timezone

    today = timezone.localdate()
    mou = desk_register["mou"]
    mou.ends_on, mou.ends_on_precision = date(today.year, 12, 31), "day"
    mou.save()
    response = client_as("viewer").get(reverse("dashboards:home"))
    assert response.context["ending_this_year"] == 1
    link = reverse("agreements:agreement_list") + f"?ends_year={today.year}"
    assert link in response.content.decode()


# --- one search box for the register ---------------------------------------------------------


@pytest.mark.parametrize("role", list(READ))
def test_search_by_role(client_as, desk_register, role):
    """Every role searches the register; anonymous visitors go to the login."""
    response = client_as(role).get(reverse("dashboards:search"), {"q": "Taizhou"})
    assert response.status_code == READ[role]


@pytest.mark.parametrize("query", ["Taizhou", "taizhou", "台州", "Tāizhōu", "taiz"])
def test_search_finds_a_partner_by_any_of_its_names(client_as, desk_register, query):
    """A place is found by its name in any case, its characters, its pinyin with or without
    tone marks, or the start of its name."""
    response = client_as("viewer").get(reverse("dashboards:search"), {"q": query})
    assert desk_register["taizhou"] in response.context["results"].places


def test_search_shows_the_partner_at_a_glance(client_as, desk_register):
    """The answer to "what do we have with Taizhou?": the agreement in force, the last visit,
    and the agreements and people that name it."""
    response = client_as("viewer").get(reverse("dashboards:search"), {"q": "Taizhou"})
    [(place, glance)] = response.context["places"]
    assert [a.pk for a in glance.in_force] == [desk_register["mou"].pk]
    assert glance.last_visit == desk_register["visit"]
    results = response.context["results"]
    assert {a.title for a in results.agreements} == {
        "Friendship agreement Ghent–Taizhou",
        "University exchange memorandum",
    }
    assert [i.title for i in results.initiatives] == ["Student exchange with Taizhou University"]


@pytest.mark.parametrize(("query", "count"), [("", 0), ("zzzz", 0), ("Anja", 1)])
def test_search_empty_and_person(client_as, desk_register, query, count):
    """No words, no results; a person is found by name."""
    results = client_as("viewer").get(reverse("dashboards:search"), {"q": query}).context["results"]
    assert len(results.people) == count


@pytest.mark.parametrize(
    ("year", "titles"),
    [
        (2012, set()),
        (2013, {"Friendship agreement Ghent–Taizhou"}),
        (2018, set()),
        (2019, {"University exchange memorandum"}),
    ],
)
def test_annual_report_lists_agreements_in_force_at_year_end(
    client_as, desk_register, year, titles
):
    """The friendship (2013-2018) was in force at the end of 2013, not of 2018; the open-ended
    memorandum from 2019 on."""
    report = (
        client_as("viewer")
        .get(reverse("dashboards:annual_report_year", args=[year]))
        .context["report"]
    )
    assert {a.title for a in report.in_force} == titles


# --- the dashboard as a person reads it (demo desk review) ------------------------------------


def test_dashboard_agreements_in_force_singular_and_plural(client_as, desk_register):
    """One agreement in force reads '1 agreement in force', two '2 agreements in force'."""
    client = client_as("viewer")
    response = client.get(reverse("dashboards:home"))
    count = response.context["active_count"]
    assert count == 1
    assert "<span>agreement in force</span>" in response.content.decode()
    friendship = desk_register["friendship"]
    friendship.ends_on, friendship.ends_on_precision, friendship.duration_months = None, "", None
    friendship.save()
    response = client.get(reverse("dashboards:home"))
    assert response.context["active_count"] == 2
    assert "<span>agreements in force</span>" in response.content.decode()


def test_dashboard_follow_ups_header_says_overdue_ones_are_listed(client_as, desk_register):
    """The follow-up card lists overdue actions too, and its header says so."""
    from datetime import timedelta

    from django.utils import timezone

    follow_up = desk_register["visit"].follow_ups.get()
    follow_up.due_on = timezone.localdate() - timedelta(days=400)
    follow_up.save()
    response = client_as("viewer").get(reverse("dashboards:home"))
    assert follow_up in response.context["follow_ups"]
    assert "overdue or due within 30 days" in response.content.decode()


def test_search_person_without_role_shows_no_dash(client_as, desk_register):
    """A contact without a recorded role is shown by organisation alone, with no stray dash."""
    person = desk_register["person"]
    person.role = ""
    person.save()
    html = client_as("viewer").get(reverse("dashboards:search"), {"q": "Anja"}).content.decode()
    assert f'<small class="muted">{person.organisation}</small>' in html
    assert '<small class="muted">—' not in html


def test_dashboard_dormant_partner_without_visit_says_none_recorded(client_as, desk_register):
    """A dormant partner never visited reads "none recorded" in the last-visit column."""
    from cityties.web.engagements.models import Visit

    Visit.objects.all().delete()
    html = client_as("viewer").get(reverse("dashboards:home")).content.decode()
    assert '<span class="muted">none recorded</span>' in html
