"""Shared page pieces: journal notes, language switch, partial dates, template helpers."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from cityties.text import PartialDate
from cityties.web.core.forms import PartialDateField
from cityties.web.core.models import JournalEntry
from cityties.web.core.templatetags.desk import format_partial, place_name

pytestmark = pytest.mark.django_db


def _journal_url(obj) -> str:  # type: ignore[no-untyped-def]
    return reverse("core:journal_add", args=[ContentType.objects.get_for_model(obj).pk, obj.pk])


@pytest.mark.parametrize(
    ("role", "expected", "saved"),
    [
        ("admin", 302, True),
        ("editor", 302, True),
        ("viewer", 403, False),
        ("anonymous", 302, False),
    ],
)
def test_journal_add_by_role(client_as, desk_register, role, expected, saved):
    """Editors and admins write notes on a record; viewers cannot."""
    taizhou = desk_register["taizhou"]
    response = client_as(role).post(
        _journal_url(taizhou), {"kind": "info", "comments": "Met the vice-mayor at the fair."}
    )
    assert response.status_code == expected
    assert JournalEntry.objects.filter(object_id=taizhou.pk).exists() is saved


def test_journal_note_shows_on_the_record(client_as, desk_register):
    """A note appears on the record's page with its author."""
    taizhou = desk_register["taizhou"]
    client = client_as("editor")
    client.post(_journal_url(taizhou), {"kind": "warning", "comments": "Renewal is on hold."})
    html = client.get(reverse("directory:place_detail", args=[taizhou.pk])).content.decode()
    assert "Renewal is on hold." in html


def test_language_switch_to_dutch(client_as, desk_register):
    """Choosing NL serves the pages in Dutch."""
    client = client_as("viewer")
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    html = client.get(reverse("dashboards:home")).content.decode()
    assert '<html lang="nl">' in html
    assert "Overeenkomsten" in html and "Afmelden" in html


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (["2013", "", ""], PartialDate(2013)),
        (["2013", "9", ""], PartialDate(2013, 9)),
        (["2013", "9", "24"], PartialDate(2013, 9, 24)),
        (["", "", ""], None),
    ],
)
def test_partial_date_field_keeps_the_known_precision(data, expected):
    """Year, month or day: the field gives back only what was given."""
    assert PartialDateField(required=False).clean(data) == expected


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        (PartialDate(2013).to_date(), "year", "2013"),
        (PartialDate(2013, 9).to_date(), "month", "Sep 2013"),
        (PartialDate(2013, 9, 24).to_date(), "day", "24 Sep 2013"),
    ],
)
def test_format_partial_shows_no_invented_day(value, precision, expected):
    """A date known to the year or month is shown without a day."""
    assert format_partial(value, precision) == expected


def test_place_name_shows_characters_with_pinyin(desk_register):
    """A Chinese place shows its characters and pinyin; others their name."""
    assert '台州</span> <span class="pinyin">Tāizhōu' in place_name(desk_register["taizhou"])
    assert place_name(desk_register["ghent"]) == "Ghent"


def _po_entries(path):  # type: ignore[no-untyped-def]
    """(msgid, msgstr) pairs of a .po file, plural forms joined; the header left out."""
    import ast
    import re

    entries, current, field = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        match = re.match(r"(msgid_plural|msgid|msgstr(?:\[\d\])?) (\".*\")$", line)
        if match:
            if match.group(1) == "msgid" and current:
                entries.append(current)
                current = {}
            field = match.group(1)
            current[field] = ast.literal_eval(match.group(2))
        elif line.startswith('"') and field:
            current[field] += ast.literal_eval(line)
    if current:
        entries.append(current)
    return [
        (e["msgid"], [v for k, v in e.items() if k.startswith("msgstr")])
        for e in entries
        if e.get("msgid")
    ]


def test_dutch_catalogue_is_complete_and_compiled():
    """Every string of the desk has a Dutch translation, and the committed .mo holds it."""
    import gettext
    from pathlib import Path

    import cityties.web

    folder = Path(cityties.web.__file__).parent / "locale" / "nl" / "LC_MESSAGES"
    entries = _po_entries(folder / "django.po")
    assert len(entries) > 600
    untranslated = [msgid for msgid, strs in entries if not all(strs)]
    assert untranslated == []
    with open(folder / "django.mo", "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    stale = [
        msgid
        for msgid, strs in entries
        if "\x04" not in msgid and catalogue.gettext(msgid) == msgid and strs[0] != msgid
    ]
    assert stale == []


# --- deleting a note (DESK-UI, second round) -------------------------------------------------


@pytest.mark.parametrize(
    ("role", "author", "expected"),
    [
        ("admin", "editor", 200),
        ("editor", "editor", 200),
        ("editor", "admin", 403),
        ("viewer", "editor", 403),
        ("anonymous", "editor", 302),
    ],
)
def test_journal_delete_page_by_role(client_as, desk_register, role, author, expected):
    """A note is deleted by its author or an admin; nobody else opens its delete page."""
    from cityties.web.core.services import journal_entry_create

    note = journal_entry_create(
        actor=desk_register["users"][author], obj=desk_register["taizhou"], comments="Met her."
    )
    url = reverse("core:journal_delete", args=[note.pk])
    assert client_as(role).get(url).status_code == expected


def test_journal_delete_returns_to_the_record(client_as, desk_register):
    """Deleting a note removes it and goes back to the record's journal."""
    from cityties.web.core.services import journal_entry_create

    taizhou = desk_register["taizhou"]
    note = journal_entry_create(
        actor=desk_register["users"]["editor"], obj=taizhou, comments="Met her."
    )
    response = client_as("editor").post(reverse("core:journal_delete", args=[note.pk]))
    assert response["Location"] == reverse("directory:place_detail", args=[taizhou.pk]) + "#journal"
    assert JournalEntry.objects.filter(pk=note.pk).exists() is False


def test_delete_preview_names_blockers_by_their_page(desk_register):
    """A place party to agreements is blocked by the agreements (not their party rows), each
    with its page; a visit's members and follow-ups are counted as deleted with it."""
    from cityties.web.core.selectors import delete_preview

    preview = delete_preview(desk_register["taizhou"])
    assert preview.blocked is True
    labels = {dep.label for dep in preview.blockers}
    assert {"Friendship agreement Ghent–Taizhou", "University exchange memorandum"} <= labels
    friendship_url = reverse("agreements:agreement_detail", args=[desk_register["friendship"].pk])
    assert friendship_url in {dep.url for dep in preview.blockers}
    visit_preview = delete_preview(desk_register["visit"])
    assert visit_preview.blocked is False
    assert ("follow-up actions", 1) in visit_preview.cascades


# --- usability pass: one date format, names kept whole, no empty history entries -----------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013-09-24", "24 Sep 2013"),
        ("2013-09", "Sep 2013"),
        ("2013", "2013"),
        ("morning", "morning"),
        (None, ""),
    ],
)
def test_isodate_formats_partial_iso_text(value, expected):
    """ISO partial dates read like every other date of the desk; other text is kept."""
    from cityties.web.core.templatetags.desk import isodate

    assert isodate(value) == expected


def test_dated_lines_formats_a_leading_day():
    """A programme line that starts with an ISO day shows the day in the desk's form."""
    from cityties.web.core.templatetags.desk import dated_lines

    text = "2019-05-14 morning: welcome at the City Hall\n\nvisit to the port\n"
    assert dated_lines(text) == [
        ("14 May 2019", "morning: welcome at the City Hall"),
        ("", "visit to the port"),
    ]


def test_place_name_is_one_unbreakable_unit(desk_register):
    """Characters and pinyin sit in one no-wrap span, so a table cell never splits them."""
    html = str(place_name(desk_register["taizhou"]))
    assert html.startswith('<span class="place-name">')
    assert html.endswith("</span></span>")


def test_record_update_without_change_logs_nothing(desk_register):
    """Saving a record unchanged adds no empty "updated" line to its history."""
    from cityties.web.core.models import ChangeLogEntry
    from cityties.web.core.services import record_update

    friendship = desk_register["friendship"]
    before = ChangeLogEntry.objects.count()
    record_update(actor=desk_register["users"]["admin"], instance=friendship, data={})
    assert ChangeLogEntry.objects.count() == before
    record_update(
        actor=desk_register["users"]["admin"], instance=friendship, data={"notes": "Renew?"}
    )
    assert ChangeLogEntry.objects.count() == before + 1


def test_dutch_due_column_is_a_deadline(client_as, desk_register):
    """In Dutch the follow-up's due date is "Uiterlijk" (by), not "Tegen" (against)."""
    client = client_as("admin")
    client.cookies["django_language"] = "nl"
    response = client.get(reverse("engagements:visit_detail", args=[desk_register["visit"].pk]))
    body = response.content.decode()
    assert "Uiterlijk" in body
    assert "Tegen" not in body


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [("BE", "en", "Belgium"), ("BE", "nl", "België"), ("cn", "en", "China"), ("XX", "en", "XX")],
)
def test_country_name_in_the_interface_language(code, language, expected):
    """An ISO country code reads as the country's name in the interface language."""
    from django.utils import translation

    from cityties.web.core.templatetags.desk import country_name

    with translation.override(language):
        assert country_name(code) == expected


@pytest.mark.parametrize(("language", "expected"), [("en", "14 May 2019"), ("nl", "14 mei 2019")])
def test_day_writes_months_as_the_language_does(language, expected):
    """Dutch writes a short month in lower case ("14 mei 2019"), English capitalised."""
    import datetime as dt

    from django.utils import translation

    from cityties.web.core.templatetags.desk import day, format_partial

    with translation.override(language):
        assert day(dt.date(2019, 5, 14)) == expected
        assert format_partial(dt.date(2019, 5, 1), "month") == expected.split(" ", 1)[1]


def test_stamp_shows_a_moment_in_local_time():
    """A change's moment is shown in the desk's time zone, to the minute."""
    import datetime as dt

    from django.template import Context, Template

    moment = dt.datetime(2026, 11, 29, 15, 47, tzinfo=dt.UTC)
    html = Template("{% load desk %}{{ t|stamp }}").render(Context({"t": moment}))
    assert html == "29 Nov 2026 16:47"
