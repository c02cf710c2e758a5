"""The suite's single conftest: shared fixtures for every test package."""


# --- documents of every file type, generated in the test (issue 2: readers and CLI) ----------

import io as _io
from collections.abc import Callable as _Callable

import pytest as _pytest


def _pdf_escape(line: str) -> bytes:
    raw = line.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF written by hand: Helvetica text lines, or no text when `lines` is empty."""
    if lines:
        shown = b" ".join(b"(" + _pdf_escape(line) + b") Tj T*" for line in lines)
        content = b"BT /F1 10 Tf 72 760 Td 13 TL " + shown + b" ET"
    else:
        content = b"0.5 g 72 600 200 100 re f"  # a grey box: drawing, no text
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@_pytest.fixture
def make_pdf() -> _Callable[[list[str]], bytes]:
    """Build a PDF whose text layer holds the given lines (none: a page without text)."""
    return _pdf


@_pytest.fixture
def make_docx() -> _Callable[..., bytes]:
    """Build a .docx with python-docx: paragraphs, then a table of rows, then more paragraphs."""

    def build(
        paragraphs: list[str],
        *,
        table: list[list[str]] | None = None,
        after: list[str] | None = None,
    ) -> bytes:
        import docx

        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        if table:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
        for text in after or []:
            document.add_paragraph(text)
        buffer = _io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return build


# --- end of issue 2 section ------------------------------------------------------------------


# --- the web desk: organisations and users per role (issue 3, DESK-CORE) ---------------------


@_pytest.fixture
def desk_org(db):  # type: ignore[no-untyped-def]
    """The organisation the desk's editor works for (a city government)."""
    from cityties.web.directory.models import Organisation, Place

    ghent = Place.objects.create(name="Ghent", folded="ghent", country="BE", geonameid=2797656)
    return Organisation.objects.create(
        name="City of Ghent", folded="ghent", kind="city_government", place=ghent
    )


@_pytest.fixture
def other_org(db):  # type: ignore[no-untyped-def]
    """Another organisation, whose records the desk's editor may not change."""
    from cityties.web.directory.models import Organisation

    return Organisation.objects.create(name="Ghent University", folded="ghent university")


@_pytest.fixture
def desk_users(desk_org):  # type: ignore[no-untyped-def]
    """One user per role: admin, editor (of desk_org), viewer; plus 'anonymous': None."""
    from django.contrib.auth.models import Group, User

    from cityties.web.directory.models import UserProfile

    users = {}
    for role in ("admin", "editor", "viewer"):
        user = User.objects.create_user(username=f"desk-{role}", password="pw-for-tests")
        user.groups.add(Group.objects.get_or_create(name=role)[0])
        users[role] = user
    UserProfile.objects.create(user=users["editor"], organisation=desk_org)
    return users


@_pytest.fixture
def api_as():  # type: ignore[no-untyped-def]
    """A DRF API client logged in as the given user (None: not logged in)."""
    from rest_framework.test import APIClient

    def make(user):  # type: ignore[no-untyped-def]
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return make


@_pytest.fixture(autouse=True)
def _desk_language_reset():  # type: ignore[no-untyped-def]
    """Each test starts and ends in the default language (a Dutch page must not leak)."""
    import sys

    if "django" in sys.modules:
        from django.utils import translation

        translation.deactivate()
    yield
    if "django" in sys.modules:
        from django.utils import translation

        translation.deactivate()


# --- end of the web desk section ---------------------------------------------------------------


# --- hand-built documents for the figures and contacts extractors (issue 2) ------------------


@_pytest.fixture
def hand_doc() -> _Callable[..., object]:
    """Build a Doc by hand: sentences split, a mention at every occurrence of each given name.

    places: surface -> (gazetteer kind, ISO country); orgs: surface -> org kind;
    persons: surfaces of person names. The mention's canonical name is the surface.
    """
    import re

    from cityties.extraction.doc import Doc, split_sentences
    from cityties.extraction.types import Mention, PlaceRef

    def build(
        text: str,
        *,
        language: str = "en",
        places: dict[str, tuple[str, str | None]] | None = None,
        orgs: dict[str, str] | None = None,
        persons: tuple[str, ...] = (),
        institution: str | None = None,
        country: str | None = None,
    ) -> Doc:
        found: list[Mention] = []
        for name, (kind, cc) in (places or {}).items():
            ref = PlaceRef(None, name, kind, cc)  # type: ignore[arg-type]
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                found.append(Mention(m.start(), m.end(), name, "place", name, ref))
        for name, org_kind in (orgs or {}).items():
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                found.append(
                    Mention(m.start(), m.end(), name, "organisation", name, None, org_kind)  # type: ignore[arg-type]
                )
        for name in persons:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                found.append(Mention(m.start(), m.end(), name, "person", name))
        found.sort(key=lambda m: (m.start, -m.end))
        mentions: list[Mention] = []
        for m in found:  # the longest mention wins where two overlap
            if not mentions or m.start >= mentions[-1].end:
                mentions.append(m)
        doc = Doc(text=text, language=language, country=country, institution=institution)
        doc.sentences = split_sentences(text)
        doc.mentions = mentions
        return doc

    return build


# --- end of the figures and contacts section -------------------------------------------------


# --- the desk's pages: a small register and logged-in clients (issue 3, DESK-UI) -------------

import os as _os  # noqa: E402

# Playwright's sync API runs an event loop in this thread; the live server's ORM calls are safe.
_os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@_pytest.fixture
def desk_register(desk_org, other_org, desk_users):  # type: ignore[no-untyped-def]
    """A small register: Ghent (home) and Taizhou, two agreements, a visit, an initiative.

    The friendship agreement and the visit belong to desk_org (the editor's organisation);
    the university's exchange initiative and its MoU belong to other_org.
    """
    from datetime import date

    from cityties.web.agreements.models import Agreement, AgreementParty
    from cityties.web.core.models import Theme
    from cityties.web.directory.models import Person, Place, Platform
    from cityties.web.engagements.models import FollowUp, Initiative, Visit

    ghent = desk_org.place
    ghent.is_home = True
    ghent.latitude, ghent.longitude = 51.05, 3.72
    ghent.admin_region = "Flanders"
    ghent.save()
    taizhou = Place.objects.create(
        name="Taizhou",
        folded="taizhou",
        name_zh="台州",
        pinyin="Tāizhōu",
        country="CN",
        admin_region="Zhejiang",
        latitude=28.66,
        longitude=121.42,
        geonameid=1793505,
    )
    friendship = Agreement.objects.create(
        type="friendship",
        status="signed",
        title="Friendship agreement Ghent–Taizhou",
        signed_on=date(2013, 9, 24),
        signed_on_precision="day",
        ends_on=date(2018, 9, 24),
        ends_on_precision="day",
        duration_months=60,
        owner=desk_org,
    )
    mou = Agreement.objects.create(
        type="memorandum_of_understanding",
        status="signed",
        title="University exchange memorandum",
        signed_on=date(2019, 1, 1),
        signed_on_precision="year",
        owner=other_org,
    )
    for agreement in (friendship, mou):
        AgreementParty.objects.create(agreement=agreement, place=ghent)
        AgreementParty.objects.create(agreement=agreement, place=taizhou)
    visit = Visit.objects.create(
        direction="incoming",
        from_place=taizhou,
        to_place=ghent,
        start_date=date(2018, 6, 4),
        start_date_precision="day",
        purpose="Letter of intent and a visit to the port",
        organiser=desk_org,
    )
    FollowUp.objects.create(visit=visit, description="Send the thank-you letter")
    theme = Theme.objects.get_or_create(slug="education", defaults={"name": "Education"})[0]
    initiative = Initiative.objects.create(
        title="Student exchange with Taizhou University",
        theme=theme,
        lead_organisation=other_org,
        status="active",
        start_on=date(2019, 9, 1),
    )
    initiative.partner_places.add(taizhou)
    person = Person.objects.create(
        name="Anja Example",
        folded="anja example",
        role="International relations officer",
        organisation=desk_org,
        phone="+3292101010",
    )
    platform = Platform.objects.create(name="China Platform", folded="china platform")
    platform.members.add(desk_org, other_org)
    return {
        "ghent": ghent,
        "taizhou": taizhou,
        "friendship": friendship,
        "mou": mou,
        "visit": visit,
        "initiative": initiative,
        "person": person,
        "platform": platform,
        "own_org": desk_org,
        "other_org": other_org,
        "users": desk_users,
    }


@_pytest.fixture
def client_as(client, desk_users):  # type: ignore[no-untyped-def]
    """The test client logged in as 'admin', 'editor', 'viewer', or nobody ('anonymous')."""

    def login(role: str):  # type: ignore[no-untyped-def]
        client.logout()
        if role != "anonymous":
            client.force_login(desk_users[role])
        return client

    return login


@_pytest.fixture(scope="session")
def desk_browser():  # type: ignore[no-untyped-def]
    """One headless Debian Chromium for the whole session (Playwright's sync API)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


class _InFlight:
    """Requests the live server is still serving (its threads), counted by Django's signals.

    A test can end while the page it drove still has a request open (a map's outlines, an htmx
    swap): the server thread then holds the shared in-memory database while the test's teardown
    flushes it ("database table is locked"). Teardown waits until no request is open. A request
    is kept by the thread that serves it (request_finished carries no request): a thread that
    starts a new request has finished its last one.
    """

    def __init__(self) -> None:
        import threading

        self.open: dict[int, str] = {}
        self.idle = threading.Condition()

    def started(self, environ: dict[str, str] | None = None, **_: object) -> None:
        import threading

        path = (environ or {}).get("PATH_INFO", "?")
        with self.idle:
            self.open[threading.get_ident()] = path

    def finished(self, **_: object) -> None:
        import threading

        with self.idle:
            self.open.pop(threading.get_ident(), None)
            self.idle.notify_all()

    def reset(self) -> None:
        """Forget requests counted before this test (a test client's unread streaming reply)."""
        with self.idle:
            self.open.clear()

    def wait(self, seconds: float) -> str:
        """'' once no request is open, else (after `seconds`) the paths still served."""
        with self.idle:
            self.idle.wait_for(lambda: not self.open, timeout=seconds)
            return ", ".join(sorted(self.open.values()))


_in_flight = _InFlight()


@_pytest.fixture
def desk_page(desk_browser):  # type: ignore[no-untyped-def]
    """A fresh browser tab (own cookies) at a desktop size; closed after the test.

    Closing waits for the page's network to go quiet and for the live server to finish every
    request it has begun, so the database flush after the test never meets a running request.
    """
    from django.core.signals import request_finished, request_started
    from playwright.sync_api import Error as PlaywrightError

    request_started.connect(_in_flight.started, dispatch_uid="cityties-tests-in-flight-start")
    request_finished.connect(_in_flight.finished, dispatch_uid="cityties-tests-in-flight-end")
    _in_flight.reset()
    context = desk_browser.new_context(viewport={"width": 1360, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    try:
        page.wait_for_load_state("networkidle", timeout=5000)
    except PlaywrightError:
        pass  # a page that keeps polling: the server-side wait below still holds
    context.close()
    # A loaded machine (CI shares it) can take many seconds over a page such as a fit panel;
    # waiting is cheap, a flush that meets the request is a failure of the next test.
    still = _in_flight.wait(120.0)
    if still:  # a request whose end was never signalled holds nothing: say so, go on
        import sys

        print(
            f"desk_page: the live server still serves {still} 120 s after the test", file=sys.stderr
        )


@_pytest.fixture
def screenshot():  # type: ignore[no-untyped-def]
    """Save a full-page screenshot under test-artifacts/screenshots/NAME.png."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:  # type: ignore[no-untyped-def]
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


# --- end of the desk's pages section -----------------------------------------------------------


# --- visits section (c35-visits) ----------------------------------------------------------------


@_pytest.fixture
def future_visits_dropped(monkeypatch):  # type: ignore[no-untyped-def]
    """Leave out visits dated after the page's date (the convention of the gold of corpus28
    and later), for tests of that reading."""
    from cityties.extraction.extractors import visits

    monkeypatch.setattr(visits, "_FUTURE_VISITS_KEPT", False)


# --- end of the visits section ------------------------------------------------------------------
