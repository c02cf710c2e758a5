"""Exports of agreements: CSV columns and calendar events for their end dates."""

from __future__ import annotations

from collections.abc import Iterable

from cityties.web.core.exports import CalendarEvent, Column
from cityties.web.core.links import detail_url

from .models import Agreement


def _parties(a: Agreement) -> str:
    return "; ".join(str(p) for p in a.parties.all())


AGREEMENT_COLUMNS: list[Column] = [
    ("id", "pk"),
    ("title", "title"),
    ("type", "type"),
    ("status", "status"),
    ("parties", _parties),
    ("signed", lambda a: a.signed.iso() if a.signed else ""),
    ("duration_months", "duration_months"),
    ("ends", lambda a: a.ends.iso() if a.ends else ""),
    ("renews", "renews"),
    ("owner", "owner"),
    ("themes", "themes"),
]


def agreement_events(agreements: Iterable[Agreement]) -> list[CalendarEvent]:
    """One all-day event on each agreement's end date (when it is known to the day or month)."""
    events = []
    for a in agreements:
        if a.ends_on is None:
            continue
        events.append(
            CalendarEvent(
                uid=f"agreement-{a.pk}-ends@cityties",
                summary=f"Ends: {a}",
                start=a.ends_on,
                description=f"{a.get_type_display()} · {_parties(a)} · ends {a.ends_on}",
                url=detail_url(a),
                categories=("agreement",),
            )
        )
    return events
