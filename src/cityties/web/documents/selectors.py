"""Reads of the documents pages: the review state of a document and its highlighted text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cityties.web.agreements.choices import AgreementStatus, AgreementType
from cityties.web.core.templatetags.desk import isodate
from cityties.web.core.views import record_url
from cityties.web.directory.choices import FigureMeasure, OrganisationKind, TieRelation

from .choices import FactKind, ReviewState
from .models import Document, Evidence, Fact

STATE_RANK = {
    ReviewState.PENDING: 0,
    ReviewState.EDITED: 1,
    ReviewState.ACCEPTED: 2,
    ReviewState.REJECTED: 3,
}
HIDDEN_KEYS = {"gazetteer", "evidence"}
# The engine's payload keys as a reviewer reads them.
KEY_LABELS = {
    "name": _("name"),
    "title": _("title"),
    "type": _("type"),
    "status": _("status"),
    "parties": _("parties"),
    "party_details": _("party details"),
    "signed": _("signed"),
    "ends": _("ends"),
    "duration_months": _("duration (months)"),
    "themes": _("themes"),
    "kind": _("kind"),
    "place": _("place"),
    "subject": _("subject"),
    "relation": _("relation"),
    "object": _("object"),
    "measure": _("measure"),
    "value": _("value"),
    "unit": _("unit"),
    "year": _("year"),
    "label": _("label"),
    "description": _("description"),
    "organization": _("organisation"),
    "role": _("role"),
    "phone": _("phone"),
    "email": _("e-mail"),
    "where": _("where"),
}
# Payload values that are codes of a vocabulary: shown by their label, never raw.
VALUE_CHOICES: dict[str, Any] = {
    "type": AgreementType,
    "status": AgreementStatus,
    "relation": TieRelation,
    "measure": FigureMeasure,
}
DATE_KEYS = {"signed", "ends", "date", "end_date", "due"}


def _choice_label(choices: Any, value: Any) -> str:
    """The label of a vocabulary code ("Cooperation agreement"); unknown codes made readable."""
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value).replace("_", " ")


def _value_text(kind: str, key: str, value: Any) -> str:
    """One payload value as a reviewer reads it: labels for codes, dates in the desk's form."""
    if key == "kind" and kind == FactKind.ORGANISATION:
        return _choice_label(OrganisationKind, value)
    if key in VALUE_CHOICES:
        return _choice_label(VALUE_CHOICES[key], value)
    if key in DATE_KEYS:
        return isodate(value)
    if key == "themes" and isinstance(value, list):
        return ", ".join(str(v).replace("_", " ") for v in value)
    if key == "value" and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def fact_summary(fact: Fact) -> str:
    """The one-line headline of a fact's card, with labels and dates a person reads."""
    p = fact.data
    kind = fact.kind
    if kind == FactKind.AGREEMENT:
        parties = " – ".join(str(x) for x in p.get("parties") or [])
        signed = isodate(p.get("signed"))
        status = _value_text(kind, "status", p["status"]) if p.get("status") else ""
        head = f"{_value_text(kind, 'type', p.get('type'))}: {parties} {signed}".strip()
        return f"{head} ({status})" if status else head
    if kind == FactKind.VISIT:
        when = isodate(p.get("date"))
        if p.get("end_date"):
            when = f"{when} – {isodate(p['end_date'])}"
        head = f"{p.get('from') or '?'} → {p.get('to') or '?'} {when}".strip()
        counts = []
        for key, count_text in (
            ("member_details", lambda n: ngettext("%d person", "%d people", n)),
            ("programme", lambda n: ngettext("%d programme item", "%d programme items", n)),
            ("outcomes", lambda n: ngettext("%d outcome", "%d outcomes", n)),
            ("follow_ups", lambda n: ngettext("%d follow-up action", "%d follow-up actions", n)),
            ("gifts", lambda n: ngettext("%d gift", "%d gifts", n)),
        ):
            n = len(p.get(key) or [])
            if n:
                counts.append(count_text(n) % n)
        return f"{head} ({', '.join(counts)})" if counts else head
    if kind == FactKind.FIGURE:
        year = f" ({p['year']})" if p.get("year") else ""
        measure = _value_text(kind, "measure", p.get("measure"))
        return f"{p.get('subject')}: {measure} {_value_text(kind, 'value', p.get('value'))}{year}"
    if kind == FactKind.TIE:
        relation = _value_text(kind, "relation", p.get("relation"))
        return f"{p.get('subject')} {relation} {p.get('object')}"
    if kind == FactKind.ORGANISATION and p.get("kind"):
        return f"{p.get('name')} ({_value_text(kind, 'kind', p['kind'])})"
    return str(fact)


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
        if isinstance(value, dict):
            continue
        if isinstance(value, list) and key != "themes":
            text = "; ".join(_item_text(v) for v in value)
        else:
            text = _value_text(fact.kind, key, value)
        items.append((str(KEY_LABELS.get(key, key.replace("_", " "))), text))
    ref = fact.data.get("gazetteer")
    if isinstance(ref, dict):
        where = ", ".join(str(ref[k]) for k in ("admin1", "country") if ref.get(k))
        if ref.get("name_zh"):
            items.append(("中文", f"{ref['name_zh']} {ref.get('pinyin') or ''}".strip()))
        if where:
            items.append((str(KEY_LABELS["where"]), where))
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
