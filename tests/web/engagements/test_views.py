"""The visit and initiative pages, by role; follow-ups and gifts added on the visit page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cityties.web.engagements.models import Visit

pytestmark = pytest.mark.django_db

READ = {"admin": 200, "editor": 200, "viewer": 200, "anonymous": 302}


@pytest.mark.parametrize("role", list(READ))
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("engagements:visit_list", None),
        ("engagements:visit_detail", "visit"),
        ("engagements:initiative_list", None),
        ("engagements:initiative_detail", "initiative"),
    ],
)
def test_engagement_pages_read_by_role(client_as, desk_register, role, name, key):
    """Every role reads visits and initiatives; anonymous visitors go to the login page."""
    url = reverse(name, args=[desk_register[key].pk] if key else [])
    assert client_as(role).get(url).status_code == READ[role]


@pytest.mark.parametrize(
    ("role", "name", "key", "expected"),
    [
        ("admin", "engagements:visit_edit", "visit", 200),
        ("editor", "engagements:visit_edit", "visit", 200),
        ("viewer", "engagements:visit_edit", "visit", 403),
        ("anonymous", "engagements:visit_edit", "visit", 302),
        ("admin", "engagements:initiative_edit", "initiative", 200),
        ("editor", "engagements:initiative_edit", "initiative", 403),
        ("viewer", "engagements:initiative_edit", "initiative", 403),
        ("admin", "engagements:visit_create", None, 200),
        ("editor", "engagements:visit_create", None, 200),
        ("viewer", "engagements:visit_create", None, 403),
        ("editor", "engagements:initiative_create", None, 200),
        ("viewer", "engagements:initiative_create", None, 403),
        ("anonymous", "engagements:initiative_create", None, 302),
    ],
)
def test_engagement_forms_by_role(client_as, desk_register, role, name, key, expected):
    """Editors change the visits their organisation organised, not another's initiative."""
    url = reverse(name, args=[desk_register[key].pk] if key else [])
    assert client_as(role).get(url).status_code == expected


def test_visit_create_with_a_partial_date(client_as, desk_register):
    """A visit known only to the month keeps month precision."""
    data = {
        "direction": "outgoing",
        "from_place": desk_register["ghent"].pk,
        "to_place": desk_register["taizhou"].pk,
        "start_year": "2019",
        "start_month": "5",
        "organiser": desk_register["own_org"].pk,
        "purpose": "Trade mission",
    }
    response = client_as("editor").post(reverse("engagements:visit_create"), data)
    assert response.status_code == 302
    visit = Visit.objects.get(purpose="Trade mission")
    assert visit.start.iso() == "2019-05"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"from_place": ""}, "Say where the delegation came from."),
        (
            {"end_year": "2018", "end_month": "1", "end_day": "1"},
            "A visit cannot end before it starts.",
        ),
    ],
)
def test_visit_form_explains_bad_input(client_as, desk_register, changes, message):
    """A visit with no origin, or ending before it starts, is refused with its message."""
    data = {
        "direction": "incoming",
        "from_place": desk_register["taizhou"].pk,
        "to_place": desk_register["ghent"].pk,
        "start_year": "2018",
        "start_month": "6",
        "start_day": "4",
        "organiser": desk_register["own_org"].pk,
        **changes,
    }
    response = client_as("editor").post(reverse("engagements:visit_create"), data)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_visit_create_prefills_from_the_partner_page(client_as, desk_register):
    """'Add visit' from a partner page proposes an incoming visit from it to the home city."""
    response = client_as("editor").get(
        reverse("engagements:visit_create"), {"place": desk_register["taizhou"].pk}
    )
    form = response.context["form"]
    assert form["from_place"].value() == desk_register["taizhou"].pk
    assert form["to_place"].value() == desk_register["ghent"].pk


@pytest.mark.parametrize(
    ("part", "data", "attr"),
    [
        ("followup", {"followup-description": "Send the photos"}, "follow_ups"),
        (
            "gift",
            {
                "gift-direction": "given",
                "gift-description": "Book on Ghent's history",
                "gift-giver": "Mayor of Ghent",
                "gift-receiver": "Vice-mayor of Taizhou",
            },
            "gifts",
        ),
        ("member", {"member-name": "Li Ming", "member-side": "visitor"}, "members"),
    ],
)
def test_visit_parts_added_by_editor(client_as, desk_register, part, data, attr):
    """An editor adds follow-ups, gifts and delegation members on their visit's page."""
    visit = desk_register["visit"]
    before = getattr(visit, attr).count()
    url = reverse("engagements:visit_part_add", args=[visit.pk, part])
    response = client_as("editor").post(url, data)
    assert response.status_code == 302
    assert getattr(visit, attr).count() == before + 1


def test_visit_parts_refused_for_viewer(client_as, desk_register):
    """A viewer cannot add a follow-up action."""
    visit = desk_register["visit"]
    url = reverse("engagements:visit_part_add", args=[visit.pk, "followup"])
    response = client_as("viewer").post(url, {"followup-description": "Sneaky"})
    assert response.status_code == 403
    assert visit.follow_ups.filter(description="Sneaky").exists() is False


def test_visit_list_filters_by_direction(client_as, desk_register):
    """The visits list filters by direction."""
    client = client_as("viewer")
    incoming = client.get(reverse("engagements:visit_list"), {"direction": "incoming"})
    outgoing = client.get(reverse("engagements:visit_list"), {"direction": "outgoing"})
    assert len(incoming.context["object_list"]) == 1
    assert len(outgoing.context["object_list"]) == 0


def test_initiative_list_shows_partner_places_with_pinyin(client_as, desk_register):
    """The initiatives list names its Chinese partner place with characters and pinyin."""
    html = client_as("viewer").get(reverse("engagements:initiative_list")).content.decode()
    assert "Student exchange with Taizhou University" in html
    assert "台州" in html and "Tāizhōu" in html
