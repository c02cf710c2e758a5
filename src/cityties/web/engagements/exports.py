"""Exports of visits, follow-ups, gifts and initiatives: CSV columns and calendar events."""

from __future__ import annotations

from collections.abc import Iterable

from cityties.web.core.exports import CalendarEvent, Column
from cityties.web.core.links import detail_url

from .models import FollowUp, Visit

VISIT_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("direction", "direction"),
    ("from", lambda v: v.from_organisation or v.from_place),
    ("to", lambda v: v.to_place or v.to_organisation),
    ("start", lambda v: v.start.iso() if v.start else ""),
    ("end", lambda v: v.end.iso() if v.end else ""),
    ("purpose", "purpose"),
    ("organiser", "organiser"),
    ("members", "members"),
]
FOLLOW_UP_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("visit", "visit"),
    ("action", "description"),
    ("owner", "owner"),
    ("due", "due_on"),
    ("done", "done_on"),
]
GIFT_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("direction", "direction"),
    ("gift", "description"),
    ("giver", "giver"),
    ("receiver", "receiver"),
    ("date", "given_on"),
    ("kept_at", "kept_at"),
    ("visit", "visit"),
]
INITIATIVE_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("title", "title"),
    ("theme", "theme"),
    ("status", "status"),
    ("lead", "lead_organisation"),
    ("participants", "participants"),
    ("partner_places", "partner_places"),
    ("start", "start_on"),
    ("end", "end_on"),
]


def visit_events(visits: Iterable[Visit]) -> list[CalendarEvent]:
    """One all-day event per visit known to the day (a month-precision visit has no day)."""
    events = []
    for v in visits:
        if v.start_date is None or v.start_date_precision != "day":
            continue
        last = v.end_date if v.end_date and v.end_date_precision == "day" else None
        events.append(
            CalendarEvent(
                uid=f"visit-{v.pk}@cityties",
                summary=f"Visit: {v}",
                start=v.start_date,
                end=last,
                description=v.purpose,
                url=detail_url(v),
                categories=("visit", v.direction),
            )
        )
    return events


def follow_up_events(follow_ups: Iterable[FollowUp]) -> list[CalendarEvent]:
    """One all-day event on each open follow-up's due date."""
    return [
        CalendarEvent(
            uid=f"follow-up-{f.pk}@cityties",
            summary=f"Due: {f.description}",
            start=f.due_on,
            description=f"{f.visit} · {f.owner or ''}",
            url=detail_url(f.visit),
            categories=("follow-up",),
        )
        for f in follow_ups
        if f.due_on is not None and f.done_on is None
    ]
