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


# --- end of the web desk section ---------------------------------------------------------------
