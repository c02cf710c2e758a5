"""Reads of the documents pages: the review state of a document and its highlighted text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from cityties.web.core.views import record_url

from .choices import ReviewState
from .models import Document, Evidence, Fact

STATE_RANK = {
    ReviewState.PENDING: 0,
    ReviewState.EDITED: 1,
    ReviewState.ACCEPTED: 2,
    ReviewState.REJECTED: 3,
}
HIDDEN_KEYS = {"gazetteer", "evidence"}


@dataclass
class Segment:
    """A run of document text and the facts whose evidence covers it."""

    text: str
    facts: list[int]
    state: str = ""
    focus: bool = False


def documents_with_counts() -> QuerySet[Document]:
    """Documents with their number of facts and of facts awaiting review."""
    return Document.objects.select_related("uploaded_by", "organisation").annotate(
        fact_total=Count("facts", distinct=True),
        fact_pending=Count("facts", filter=Q(facts__state=ReviewState.PENDING), distinct=True),
    )


def document_facts(document: Document) -> list[Fact]:
    """The facts of the document's latest run (earlier runs' reviewed facts too), in order."""
    return list(
        document.facts.select_related("reviewed_by")
        .prefetch_related("evidence", "links__content_type")
        .order_by("position", "pk")
    )


def review_counts(facts: list[Fact]) -> dict[str, int]:
    """How many facts are in each review state."""
    counts = {state.value: 0 for state in ReviewState}
    for fact in facts:
        counts[fact.state] = counts.get(fact.state, 0) + 1
    counts["total"] = len(facts)
    counts["done"] = counts["total"] - counts[ReviewState.PENDING]
    return counts


def highlighted_text(
    text: str, facts: list[Fact], *, focus: tuple[int, int] | None = None
) -> list[Segment]:
    """Split the text where evidence spans start or end; each piece knows the facts covering it.

    `focus` (start, end) marks one span as the one a link pointed to.
    """
    spans: list[tuple[int, int, int, str]] = []
    for fact in facts:
        for ev in fact.evidence.all():
            if 0 <= ev.char_start < ev.char_end <= len(text):
                spans.append((ev.char_start, ev.char_end, fact.pk, fact.state))
    cuts = {0, len(text)}
    for start, end, _pk, _state in spans:
        cuts.update((start, end))
    if focus is not None and 0 <= focus[0] < focus[1] <= len(text):
        cuts.update(focus)
    bounds = sorted(cuts)
    starts: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, pk, state in spans:
        starts.setdefault(start, []).append((end, pk, state))
    active: list[tuple[int, int, str]] = []
    segments: list[Segment] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [span for span in active if span[0] > a] + starts.get(a, [])
        ids = sorted({pk for _end, pk, _state in active})
        state = min(
            (st for _end, _pk, st in active), key=lambda st: STATE_RANK.get(st, 9), default=""
        )
        in_focus = focus is not None and focus[0] <= a and b <= focus[1]
        segments.append(Segment(text[a:b], ids, state, in_focus))
    return segments


def payload_items(fact: Fact) -> list[tuple[str, str]]:
    """The fact's values as (label, text) pairs for its card; empty values left out."""
    items: list[tuple[str, str]] = []
    for key, value in fact.data.items():
        if key in HIDDEN_KEYS or value in (None, "", []):
            continue
        if isinstance(value, list):
            value = "; ".join(_item_text(v) for v in value)
        elif isinstance(value, dict):
            continue
        items.append((key.replace("_", " "), str(value)))
    ref = fact.data.get("gazetteer")
    if isinstance(ref, dict):
        where = ", ".join(str(ref[k]) for k in ("admin1", "country") if ref.get(k))
        if ref.get("name_zh"):
            items.append(("中文", f"{ref['name_zh']} {ref.get('pinyin') or ''}".strip()))
        if where:
            items.append(("where", where))
        if ref.get("geonameid"):
            items.append(("GeoNames", str(ref["geonameid"])))
    return items


def _item_text(value: Any) -> str:
    """One item of a list value: a party's details as "Dalian (place, GeoNames 1814087)"."""
    if not isinstance(value, dict):
        return str(value)
    name = str(value.get("name") or "?")
    details = [str(value["kind"])] if value.get("kind") else []
    if value.get("geonameid"):
        details.append(f"GeoNames {value['geonameid']}")
    return f"{name} ({', '.join(details)})" if details else name


def fact_links(fact: Fact) -> list[dict[str, Any]]:
    """The records accepting the fact touched, with their page and what happened to them."""
    out = []
    for link in fact.links.all():
        record = link.record
        if record is None:
            continue
        out.append(
            {
                "record": record,
                "label": str(record),
                "model": record._meta.verbose_name,
                "action": link.get_action_display(),
                "url": record_url(record),
            }
        )
    return out


def evidence_quotes(fact: Fact) -> list[Evidence]:
    """The evidence of a fact in text order."""
    return sorted(fact.evidence.all(), key=lambda ev: ev.char_start)
