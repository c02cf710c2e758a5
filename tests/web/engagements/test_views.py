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


# --- the parts of a visit, deleting, the gift register (DESK-UI, second round) --------------

ROLES = ["admin", "editor", "viewer", "anonymous"]
WRITE = {"admin": 200, "editor": 200, "viewer": 403, "anonymous": 302}


def _parts(register: dict) -> dict:
    """A member, a follow-up and a gift on the editor's visit."""
    from cityties.web.engagements.models import Gift, VisitMember

    visit = register["visit"]
    return {
        "member": VisitMember.objects.create(visit=visit, name="Chen Jie", title="Vice-mayor"),
        "followup": visit.follow_ups.get(),
        "gift": Gift.objects.create(
            visit=visit,
            direction="received",
            description="Porcelain vase",
            giver="Vice-mayor of Taizhou",
            receiver="Mayor of Ghent",
        ),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "name",
    [
        "engagements:member_edit",
        "engagements:member_delete",
        "engagements:followup_edit",
        "engagements:followup_delete",
        "engagements:gift_edit",
        "engagements:gift_delete",
    ],
)
def test_visit_part_pages_by_role(client_as, desk_register, role, name):
    """Editing and deleting members, follow-ups and gifts: the visit's editors only."""
    part = _parts(desk_register)[name.split(":")[1].split("_")[0]]
    assert client_as(role).get(reverse(name, args=[part.pk])).status_code == WRITE[role]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "key"),
    [("engagements:visit_delete", "visit"), ("engagements:initiative_delete", "initiative")],
)
def test_engagement_delete_pages_by_role(client_as, desk_register, role, name, key):
    """The visit belongs to the editor's organisation, the initiative to another one."""
    expected = WRITE[role]
    if role == "editor" and key == "initiative":
        expected = 403
    url = reverse(name, args=[desk_register[key].pk])
    assert client_as(role).get(url).status_code == expected


def test_visit_delete_takes_members_and_follow_ups_keeps_gifts(client_as, desk_register):
    """Deleting a visit deletes its members and follow-ups; its gifts stay in the register."""
    from cityties.web.engagements.models import FollowUp, Gift

    parts = _parts(desk_register)
    visit = desk_register["visit"]
    client = client_as("editor")
    page = client.get(reverse("engagements:visit_delete", args=[visit.pk])).content.decode()
    assert "1 × delegation members" in page and "1 × follow-up actions" in page
    response = client.post(reverse("engagements:visit_delete", args=[visit.pk]))
    assert response["Location"] == reverse("engagements:visit_list")
    assert Visit.objects.filter(pk=visit.pk).exists() is False
    assert FollowUp.objects.filter(pk=parts["followup"].pk).exists() is False
    assert Gift.objects.get(pk=parts["gift"].pk).visit is None


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("engagements:member_delete", "VisitMember"),
        ("engagements:followup_delete", "FollowUp"),
        ("engagements:gift_delete", "Gift"),
    ],
)
def test_visit_part_delete_returns_to_the_visit(client_as, desk_register, name, model):
    """A deleted part is gone, logged on the visit, and the browser goes back to the visit."""
    from cityties.web.core.models import ChangeLogEntry
    from cityties.web.engagements import models

    part = _parts(desk_register)[name.split(":")[1].split("_")[0]]
    visit = desk_register["visit"]
    response = client_as("editor").post(reverse(name, args=[part.pk]))
    assert response["Location"] == reverse("engagements:visit_detail", args=[visit.pk])
    assert getattr(models, model).objects.filter(pk=part.pk).exists() is False
    entry = ChangeLogEntry.objects.get(action="delete", object_id=part.pk)
    assert entry.related_object_id == visit.pk


def test_visit_part_delete_refused_to_viewer(client_as, desk_register):
    """A viewer's delete of a gift is refused and changes nothing."""
    from cityties.web.engagements.models import Gift

    gift = _parts(desk_register)["gift"]
    response = client_as("viewer").post(reverse("engagements:gift_delete", args=[gift.pk]))
    assert response.status_code == 403
    assert Gift.objects.filter(pk=gift.pk).exists() is True


def test_follow_up_edit_sets_owner_and_due_date(client_as, desk_register):
    """A follow-up's text, owner and due date are changed on its form."""
    follow_up = _parts(desk_register)["followup"]
    data = {
        "description": "Send the thank-you letter and photos",
        "owner": desk_register["person"].pk,
        "due_on": "2018-06-30",
        "done_on": "",
    }
    response = client_as("editor").post(
        reverse("engagements:followup_edit", args=[follow_up.pk]), data
    )
    assert response["Location"] == reverse(
        "engagements:visit_detail", args=[desk_register["visit"].pk]
    )
    follow_up.refresh_from_db()
    assert follow_up.description == "Send the thank-you letter and photos"
    assert follow_up.owner == desk_register["person"]
    assert follow_up.due_on.isoformat() == "2018-06-30"


@pytest.mark.parametrize(
    ("role", "expected", "done"),
    [
        ("admin", 302, True),
        ("editor", 302, True),
        ("viewer", 403, False),
        ("anonymous", 302, False),
    ],
)
def test_follow_up_mark_done_by_role(client_as, desk_register, role, expected, done):
    """'Mark done' records today as the done day, for the visit's editors only."""
    from django.utils import timezone

    follow_up = _parts(desk_register)["followup"]
    response = client_as(role).post(reverse("engagements:followup_done", args=[follow_up.pk]))
    assert response.status_code == expected
    follow_up.refresh_from_db()
    assert (follow_up.done_on == timezone.localdate()) is done


def test_follow_up_mark_done_returns_to_a_local_page_only(client_as, desk_register):
    """From the dashboard it goes back there; an outside address is ignored for the visit."""
    follow_up = _parts(desk_register)["followup"]
    url = reverse("engagements:followup_done", args=[follow_up.pk])
    client = client_as("editor")
    assert client.post(url, {"next": "/#follow-ups"})["Location"] == "/#follow-ups"
    follow_up.done_on = None
    follow_up.save()
    response = client.post(url, {"next": "https://example.org/"})
    visit_url = reverse("engagements:visit_detail", args=[desk_register["visit"].pk])
    assert response["Location"] == visit_url + "#followup"


def test_member_edit_changes_the_title(client_as, desk_register):
    """A delegation member's title is corrected on their form."""
    member = _parts(desk_register)["member"]
    data = {"name": "Chen Jie", "title": "Mayor of Taizhou", "side": "visitor"}
    client_as("editor").post(reverse("engagements:member_edit", args=[member.pk]), data)
    member.refresh_from_db()
    assert member.title == "Mayor of Taizhou"


def test_gift_edit_records_where_it_is_kept(client_as, desk_register):
    """A received gift gets the place where it is kept."""
    gift = _parts(desk_register)["gift"]
    data = {
        "direction": "received",
        "description": "Porcelain vase",
        "giver": "Vice-mayor of Taizhou",
        "receiver": "Mayor of Ghent",
        "given_on": "2018-06-04",
        "kept_at": "City hall, protocol cabinet",
    }
    client_as("editor").post(reverse("engagements:gift_edit", args=[gift.pk]), data)
    gift.refresh_from_db()
    assert gift.kept_at == "City hall, protocol cabinet"


@pytest.mark.parametrize("role", ROLES)
def test_visit_detail_part_actions_by_role(client_as, desk_register, role):
    """The visit page shows edit, delete and 'Mark done' to its editors only."""
    parts = _parts(desk_register)
    response = client_as(role).get(
        reverse("engagements:visit_detail", args=[desk_register["visit"].pk])
    )
    if role == "anonymous":
        assert response.status_code == 302
        return
    html = response.content.decode()
    shown = role in ("admin", "editor")
    assert (reverse("engagements:gift_delete", args=[parts["gift"].pk]) in html) is shown
    assert (reverse("engagements:followup_done", args=[parts["followup"].pk]) in html) is shown
    assert (reverse("engagements:member_edit", args=[parts["member"].pk]) in html) is shown


def test_visit_detail_links_the_briefing_of_its_partner(client_as, desk_register):
    """An incoming visit from Taizhou links Taizhou's briefing pack for this visit."""
    visit = desk_register["visit"]
    html = client_as("viewer").get(reverse("engagements:visit_detail", args=[visit.pk]))
    url = reverse("directory:place_briefing", args=[desk_register["taizhou"].pk])
    assert f"{url}?visit={visit.pk}" in html.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_gift_register_by_role(client_as, desk_register, role):
    """Every role reads the gift register; anonymous visitors go to the login."""
    assert client_as(role).get(reverse("engagements:gift_list")).status_code == READ[role]


@pytest.mark.parametrize("role", ROLES)
def test_gift_create_form_by_role(client_as, desk_register, role):
    """Admins and editors record gifts from the register; viewers may not."""
    assert client_as(role).get(reverse("engagements:gift_create")).status_code == WRITE[role]


def test_gift_create_offers_an_editor_only_their_visits(client_as, desk_register):
    """An editor records a gift on a visit their organisation organised, and on no other."""
    other = Visit.objects.create(
        direction="outgoing",
        from_place=desk_register["ghent"],
        to_place=desk_register["taizhou"],
        organiser=desk_register["other_org"],
    )
    client = client_as("editor")
    form = client.get(reverse("engagements:gift_create")).context["form"]
    assert list(form.fields["visit"].queryset) == [desk_register["visit"]]
    data = {
        "visit": desk_register["visit"].pk,
        "direction": "given",
        "description": "Book on Ghent",
        "giver": "Mayor of Ghent",
        "receiver": "Mayor of Taizhou",
    }
    response = client.post(reverse("engagements:gift_create"), data)
    assert response["Location"] == reverse("engagements:gift_list")
    assert desk_register["visit"].gifts.get().description == "Book on Ghent"
    refused = client.post(reverse("engagements:gift_create"), {**data, "visit": other.pk})
    assert refused.status_code == 200
    assert other.gifts.exists() is False


def _gift_register(register: dict) -> None:
    """A gift received in 2018 from Taizhou, one given in 2019 to Weihai."""
    from datetime import date

    from cityties.web.directory.models import Place
    from cityties.web.engagements.models import Gift

    weihai = Place.objects.create(name="Weihai", folded="weihai", country="CN")
    to_weihai = Visit.objects.create(
        direction="outgoing", from_place=register["ghent"], to_place=weihai
    )
    Gift.objects.create(
        visit=register["visit"],
        direction="received",
        description="Porcelain vase",
        giver="Vice-mayor of Taizhou",
        receiver="Mayor of Ghent",
        given_on=date(2018, 6, 4),
    )
    Gift.objects.create(
        visit=to_weihai,
        direction="given",
        description="Book on Ghent",
        giver="Mayor of Ghent",
        receiver="Mayor of Weihai",
        given_on=date(2019, 5, 14),
    )


@pytest.mark.parametrize(
    ("query", "gifts"),
    [
        ({}, ["Book on Ghent", "Porcelain vase"]),
        ({"direction": "received"}, ["Porcelain vase"]),
        ({"year": "2019"}, ["Book on Ghent"]),
        ({"place_id": "TAIZHOU"}, ["Porcelain vase"]),
        ({"q": "vase"}, ["Porcelain vase"]),
    ],
)
def test_gift_register_filters(client_as, desk_register, query, gifts):
    """The register filters by direction, year, partner place and words, newest first."""
    _gift_register(desk_register)
    query = {
        k: (str(desk_register["taizhou"].pk) if v == "TAIZHOU" else v) for k, v in query.items()
    }
    response = client_as("viewer").get(reverse("engagements:gift_list"), query)
    assert [g.description for g in response.context["object_list"]] == gifts


def test_gift_register_shows_the_partner_and_exports_csv(client_as, desk_register):
    """Each gift names its partner place with pinyin; the CSV has a partner column."""
    _gift_register(desk_register)
    client = client_as("viewer")
    html = client.get(reverse("engagements:gift_list")).content.decode()
    assert "台州" in html and "Tāizhōu" in html
    csv = client.get(reverse("engagements:gift_list"), {"direction": "received", "export": "csv"})
    lines = csv.content.decode().splitlines()
    assert lines[0].endswith(",partner")
    assert len(lines) == 2 and "Porcelain vase" in lines[1] and lines[1].endswith(",Taizhou")


# --- usability pass: empty lists, filter labels, programme dates ------------------------------


def test_initiative_list_empty_register_says_none_recorded(client_as, desk_register):
    """With no initiatives at all the list says none are recorded; with a filter that finds
    nothing it says none match."""
    from cityties.web.engagements.models import Initiative

    Initiative.objects.all().delete()
    client = client_as("viewer")
    body = client.get(reverse("engagements:initiative_list")).content.decode()
    assert "No initiatives recorded yet." in body
    assert "match these filters" not in body
    body = client.get(reverse("engagements:initiative_list"), {"q": "nothing"}).content.decode()
    assert "No initiatives match these filters." in body


@pytest.mark.parametrize(
    ("name", "labels", "raw"),
    [
        ("engagements:initiative_list", ["Theme", "Partner place"], "Theme slug"),
        ("engagements:visit_list", ["Year"], "Start date year"),
    ],
)
def test_list_filters_have_plain_labels(client_as, desk_register, name, labels, raw):
    """Filters are labelled in plain words, not with field paths."""
    body = client_as("viewer").get(reverse(name)).content.decode()
    for label in labels:
        assert f">{label}</label>" in body
    assert raw not in body


def test_visit_programme_shows_desk_dates(client_as, desk_register):
    """A programme written with ISO days shows them as "14 May 2019", one line per item."""
    visit = desk_register["visit"]
    visit.programme = "2018-06-04 morning: welcome\n2018-06-05 afternoon: port tour"
    visit.save()
    body = client_as("viewer").get(reverse("engagements:visit_detail", args=[visit.pk])).content
    text = body.decode()
    assert "2018-06-0" not in text
    assert "4 Jun 2018" in text
    assert "5 Jun 2018" in text
