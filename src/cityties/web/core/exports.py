"""Exports shared by the API and the pages: CSV and JSON of any list, iCalendar, vCard.

iCalendar (RFC 5545) and vCard 4.0 (RFC 6350) are written by hand: text is escaped, lines
end in CRLF and are folded at 75 octets.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.db import models

Column = tuple[str, str | Callable[[Any], Any]]

__all__ = [
    "CalendarEvent",
    "Column",
    "VCard",
    "default_columns",
    "export_csv",
    "export_json",
    "to_icalendar",
    "to_vcards",
]


def _value(obj: Any, accessor: str | Callable[[Any], Any]) -> Any:
    if callable(accessor):
        return accessor(obj)
    value: Any = obj
    for part in accessor.split("__"):
        if value is None:
            return None
        value = getattr(value, part)
        if callable(value) and not isinstance(value, models.Manager):
            value = value()
    if isinstance(value, models.Manager):
        return "; ".join(str(v) for v in value.all())
    return value


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, models.Model):
        return str(value)
    return value


def default_columns(model: type[models.Model]) -> list[Column]:
    """Every concrete field of `model`, foreign keys shown by their text."""
    out: list[Column] = []
    for f in model._meta.concrete_fields:
        if f.name in ("folded",):
            continue
        out.append((f.name, f.name))
    return out


def export_csv(objects: Iterable[Any], columns: Sequence[Column]) -> str:
    """The objects as CSV text with a header row (for a filtered list)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header for header, _ in columns])
    for obj in objects:
        writer.writerow([_plain(_value(obj, accessor)) for _, accessor in columns])
    return buffer.getvalue()


def export_json(objects: Iterable[Any], columns: Sequence[Column]) -> str:
    """The objects as a JSON array of objects keyed by column name."""
    rows = [
        {header: _plain(_value(obj, accessor)) for header, accessor in columns} for obj in objects
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


# --- iCalendar ----------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74  # continuation lines start with a space
    return "\r\n ".join(parts)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """An all-day event (an agreement's end, a visit, a follow-up's due date)."""

    uid: str
    summary: str
    start: date
    end: date | None = None  # the last day, inclusive
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()


def to_icalendar(events: Iterable[CalendarEvent], *, name: str = "CityTies") -> str:
    """Events as an RFC 5545 VCALENDAR text."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CityTies//Desk//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for ev in events:
        last = ev.end or ev.start
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{ev.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(ev.summary)}",
        ]
        if ev.description:
            lines.append(f"DESCRIPTION:{_escape(ev.description)}")
        if ev.url:
            lines.append(f"URL:{ev.url}")
        if ev.categories:
            lines.append("CATEGORIES:" + ",".join(_escape(c) for c in ev.categories))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


# --- vCard --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VCard:
    """A contact card."""

    uid: str
    name: str
    organisation: str = ""
    unit: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""


def _name_parts(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return f"{_escape(name)};;;;"
    return f"{_escape(words[-1])};{_escape(' '.join(words[:-1]))};;;"


def to_vcards(cards: Iterable[VCard]) -> str:
    """Contact cards as vCard 4.0 text (RFC 6350)."""
    lines: list[str] = []
    for card in cards:
        lines += ["BEGIN:VCARD", "VERSION:4.0", f"UID:{card.uid}", f"FN:{_escape(card.name)}"]
        lines.append(f"N:{_name_parts(card.name)}")
        if card.organisation:
            org = _escape(card.organisation)
            lines.append(f"ORG:{org};{_escape(card.unit)}" if card.unit else f"ORG:{org}")
        if card.title:
            lines.append(f"TITLE:{_escape(card.title)}")
        if card.phone:
            lines.append(f"TEL;VALUE=uri;TYPE=work:tel:{card.phone}")
        if card.email:
            lines.append(f"EMAIL;TYPE=work:{card.email}")
        if card.note:
            lines.append(f"NOTE:{_escape(card.note)}")
        lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)
