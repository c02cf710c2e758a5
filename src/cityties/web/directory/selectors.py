"""Reads for the directory pages: the partner page of a place and its briefing pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cityties.web.agreements.models import Agreement
from cityties.web.documents.models import Document, Evidence, FactLink
from cityties.web.engagements.models import FollowUp, Gift, Initiative, Visit, VisitMember

from .models import Organisation, Person, Place, Platform, Tie

SENTENCE_LIMIT = 400


@dataclass
class EvidenceView:
    """One evidence span shown in context: the sentence around it, split for highlighting."""

    document_id: int
    document_title: str
    char_start: int
    char_end: int
    before: str
    quote: str
    after: str
    url: str


@dataclass
class KeyFact:
    """A fact about a place with the evidence it was read from."""

    label: str
    value: str
    record: models.Model | None = None
    evidence: list[EvidenceView] = field(default_factory=list)
    note: str = ""  # what a rank is a rank of, in the document's words

    @property
    def edit_url(self) -> str:
        """The form that changes the fact's record."""
        if self.record is None:
            return ""
        name = {"directory.figure": "figure_edit", "directory.goal": "goal_edit"}.get(
            self.record._meta.label_lower, ""
        )
        return reverse(f"directory:{name}", args=[self.record.pk]) if name else ""


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence (or line) holding text[start:end], as (before, quote, after)."""
    left = start
    while left > 0 and start - left < SENTENCE_LIMIT:
        ch = text[left - 1]
        if ch == "\n" or (ch in ".!?。" and left < start and text[left : left + 1].isspace()):
            break
        left -= 1
    right = end
    while right < len(text) and right - end < SENTENCE_LIMIT:
        ch = text[right]
        if ch == "\n":
            break
        right += 1
        if ch in ".!?。" and (right >= len(text) or text[right].isspace()):
            break
    return text[left:start].lstrip(), text[start:end], text[end:right].rstrip()


def evidence_for(records: list[models.Model]) -> dict[tuple[int, int], list[EvidenceView]]:
    """Evidence of the facts that created, updated or matched each record, keyed by (ct, pk)."""
    if not records:
        return {}
    by_ct: dict[int, list[int]] = {}
    for record in records:
        ct = ContentType.objects.get_for_model(record)
        by_ct.setdefault(ct.pk, []).append(record.pk)
    q = Q()
    for ct_id, pks in by_ct.items():
        q |= Q(content_type_id=ct_id, object_id__in=pks)
    links = (
        FactLink.objects.filter(q)
        .exclude(fact__state="rejected")
        .values_list("content_type_id", "object_id", "fact_id")
    )
    fact_keys: dict[int, list[tuple[int, int]]] = {}
    for ct_id, object_id, fact_id in links:
        fact_keys.setdefault(fact_id, []).append((ct_id, object_id))
    out: dict[tuple[int, int], list[EvidenceView]] = {}
    evidence = (
        Evidence.objects.filter(fact_id__in=fact_keys)
        .select_related("fact__document")
        .order_by("fact__document_id", "char_start")
    )
    seen: set[tuple[int, int, int, tuple[int, int]]] = set()
    for ev in evidence:
        doc = ev.fact.document
        for key in fact_keys[ev.fact_id]:
            marker = (doc.pk, ev.char_start, ev.char_end, key)
            if marker in seen:
                continue
            seen.add(marker)
            before, quote, after = sentence_around(doc.text, ev.char_start, ev.char_end)
            out.setdefault(key, []).append(
                EvidenceView(
                    document_id=doc.pk,
                    document_title=doc.title,
                    char_start=ev.char_start,
                    char_end=ev.char_end,
                    before=before,
                    quote=quote,
                    after=after,
                    url=reverse("documents:document_evidence", args=[doc.pk])
                    + f"?start={ev.char_start}&end={ev.char_end}#ev",
                )
            )
    return out


def _key(record: models.Model) -> tuple[int, int]:
    return ContentType.objects.get_for_model(record).pk, record.pk


def _number(value: float) -> str:
    from django.utils.formats import number_format

    if float(value).is_integer():
        return number_format(int(value), force_grouping=True)
    return number_format(value, decimal_pos=1, force_grouping=True)


def place_key_facts(place: Place) -> list[KeyFact]:
    """Figures and goals of a place, and the place record itself, each with its evidence."""
    figures = list(place.figures.all())
    goals = list(place.goals.all())
    evidence = evidence_for([place, *figures, *goals])
    facts: list[KeyFact] = []
    for figure in figures:
        value = _number(figure.value)
        if figure.unit:
            value = f"{value} {figure.unit}"
        label = figure.label or figure.get_measure_display()
        if figure.year:
            label = f"{label} ({figure.year})"
        seen_in = evidence.get(_key(figure), [])
        note = ""
        if figure.measure in ("rank", "other") and not figure.label and seen_in:
            note = _what_it_counts(seen_in[0])
        facts.append(KeyFact(str(label), value, figure, seen_in, note))
    for goal in goals:
        # "becoming climate neutral by 2050" says its year already
        if goal.year and str(goal.year) not in goal.description:
            label = _("Goal for %(year)s") % {"year": goal.year}
        else:
            label = _("Goal")
        facts.append(KeyFact(label, goal.description, goal, evidence.get(_key(goal), [])))
    return facts


_NOTE_LIMIT = 80


def _what_it_counts(ev: EvidenceView) -> str:
    """What a rank or an unlabelled figure is about, in the text's words: the quote and the
    rest of its clause ('second largest city of Flanders', 'ranks third by added value')."""
    rest = ev.after
    for stop in (",", ";", ".", "(", ":", "\n"):
        cut = rest.find(stop)
        if cut >= 0:
            rest = rest[:cut]
    note = " ".join(f"{ev.quote}{rest}".split())
    if len(note) > _NOTE_LIMIT:
        note = note[: _NOTE_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return note


def place_evidence(place: Place) -> list[EvidenceView]:
    """Where the place record was read: the first mention in each source document."""
    first: dict[int, EvidenceView] = {}
    for ev in evidence_for([place]).get(_key(place), []):
        first.setdefault(ev.document_id, ev)
    return list(first.values())


@dataclass
class TimelineBar:
    """One agreement drawn on the timeline, in percent of the axis."""

    agreement: Agreement
    left: float
    width: float
    open_end: bool
    point: bool


@dataclass
class Timeline:
    """The agreements of a place on one time axis with year ticks and today's line."""

    bars: list[TimelineBar]
    ticks: list[tuple[int, float]]
    today: float
    undated: list[Agreement]


def agreement_timeline(agreements: list[Agreement], *, today: date | None = None) -> Timeline:
    """Place each agreement from signing to end on a shared axis (an open end runs to today)."""
    today = today or timezone.localdate()
    dated = [a for a in agreements if a.signed_on]
    undated = [a for a in agreements if not a.signed_on]
    if not dated:
        return Timeline([], [], 0.0, undated)
    first = min(a.signed_on for a in dated if a.signed_on)
    last = max([today, *[a.ends_on for a in dated if a.ends_on]])
    start_year, end_year = first.year, last.year + 1
    axis_start, axis_end = date(start_year, 1, 1), date(end_year, 1, 1)
    span = (axis_end - axis_start).days or 1

    def pct(d: date) -> float:
        return round(100 * (d - axis_start).days / span, 2)

    bars = []
    for a in sorted(dated, key=lambda x: (x.signed_on or today, x.pk)):
        left = pct(a.signed_on or today)
        point = a.status in ("planned", "not_concluded")
        if point:
            bars.append(TimelineBar(a, left, 0.0, False, True))
            continue
        end = a.ends_on or today
        open_end = a.ends_on is None
        bars.append(TimelineBar(a, left, max(pct(end) - left, 0.6), open_end, False))
    step = max(1, round((end_year - start_year) / 8))
    ticks = [(y, pct(date(y, 1, 1))) for y in range(start_year, end_year + 1, step)]
    return Timeline(bars, ticks, pct(today), undated)


def home_place() -> Place | None:
    """The city the desk works for."""
    return Place.objects.filter(is_home=True).first()


def place_agreements(place: Place) -> list[Agreement]:
    """Agreements to which the place is a party, with their parties."""
    return list(
        Agreement.objects.involving(place)
        .prefetch_related("parties__place", "parties__organisation", "renewals")
        .select_related("owner", "renews")
        .order_by("signed_on", "pk")
    )


def place_visits(place: Place) -> list[Visit]:
    """Visits from or to the place, newest first."""
    return list(
        Visit.objects.involving(place)
        .select_related("from_place", "to_place", "from_organisation", "to_organisation")
        .order_by("-start_date", "-pk")
    )


def place_initiatives(place: Place) -> list[Initiative]:
    """Initiatives with the place among their partner places or led from it."""
    return list(
        Initiative.objects.filter(Q(partner_places=place) | Q(lead_organisation__place=place))
        .select_related("theme", "lead_organisation")
        .distinct()
    )


def place_contacts(place: Place) -> list[Person]:
    """People of the organisations in the place, current ones first."""
    people = Person.objects.filter(organisation__place=place).select_related("organisation")
    return sorted(people, key=lambda p: (p.active_to is not None, p.name))


def place_visit_people(place: Place) -> list[VisitMember]:
    """People of the place met on visits: its delegation members when it visited, its hosts
    when it received a delegation; the latest visit first, each person once."""
    members = (
        VisitMember.objects.filter(
            Q(visit__from_place=place, side="visitor") | Q(visit__to_place=place, side="host")
        )
        .select_related("visit", "person")
        .order_by(models.F("visit__start_date").desc(nulls_last=True), "-visit_id", "pk")
    )
    seen: set[str] = set()
    out: list[VisitMember] = []
    for m in members:
        key = " ".join(m.name.casefold().split())
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def place_organisations(place: Place) -> list[Organisation]:
    """Organisations located in the place."""
    return list(place.organisations.all())


def _short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _place_node(place: Place, kind: str) -> dict[str, Any]:
    label = f"{place.name_zh} {place.pinyin or place.name}" if place.name_zh else place.name
    return {
        "id": f"p{place.pk}",
        "label": _short(label),
        "title": place.label,
        "kind": kind,
        "url": reverse("directory:place_detail", args=[place.pk]),
    }


def _org_node(org: Organisation) -> dict[str, Any]:
    return {
        "id": f"o{org.pk}",
        "label": _short(org.name),
        "title": f"{org.name} ({org.get_kind_display()})",
        "kind": "company" if org.kind == "company" else "organisation",
        "url": reverse("directory:organisation_detail", args=[org.pk]),
    }


def place_network(place: Place, *, home: Place | None = None, limit: int = 40) -> dict[str, Any]:
    """Who is tied to whom around a place and the home city.

    Nodes: the place, the home city, their partner places (by agreement), the organisations
    in both cities, organisations tied to those (branches, owners, members) and their platforms.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []
    edge_keys: set[tuple[str, str, str]] = set()

    def add_edge(a: str, b: str, kind: str, label: str = "") -> None:
        key = (min(a, b), max(a, b), kind)
        if a == b or key in edge_keys:
            return
        edge_keys.add(key)
        edges.append({"source": a, "target": b, "kind": kind, "label": label})

    nodes[f"p{place.pk}"] = _place_node(place, "home" if place.is_home else "focus")
    centres = [place]
    if home is not None and home.pk != place.pk:
        # The partner on the left, the home city on the right: their ties fan out between.
        nodes[f"p{place.pk}"]["fixed"] = [0.3, 0.5]
        nodes[f"p{home.pk}"] = _place_node(home, "home")
        nodes[f"p{home.pk}"]["fixed"] = [0.66, 0.5]
        centres.append(home)
    else:
        nodes[f"p{place.pk}"]["fixed"] = [0.5, 0.5]

    # Partner places of the centres, through agreements.
    for centre in centres:
        for agreement in Agreement.objects.involving(centre).prefetch_related("parties__place"):
            for party in agreement.parties.all():
                other = party.place
                if other is None or other.pk == centre.pk:
                    continue
                pid = f"p{other.pk}"
                if pid not in nodes:
                    if len(nodes) >= limit:
                        continue
                    nodes[pid] = _place_node(other, "place")
                add_edge(f"p{centre.pk}", pid, "agreement", agreement.get_type_display())

    # Organisations in the centres, and those tied to them (two steps).
    centre_ids = {c.pk for c in centres}
    orgs = {o.pk: o for o in Organisation.objects.filter(place_id__in=centre_ids)}
    for tie in Tie.objects.filter(object_place_id__in=centre_ids).select_related("subject"):
        orgs.setdefault(tie.subject_id, tie.subject)
    frontier = set(orgs)
    for _step in range(2):
        if not frontier:
            break
        ties = Tie.objects.filter(
            Q(subject_id__in=frontier) | Q(object_organisation_id__in=frontier)
        ).select_related("subject", "object_organisation")
        new: set[int] = set()
        for tie in ties:
            for org in (tie.subject, tie.object_organisation):
                if org is not None and org.pk not in orgs:
                    orgs[org.pk] = org
                    new.add(org.pk)
        frontier = new
    for org in list(orgs.values())[: max(0, limit - len(nodes))]:
        nodes[f"o{org.pk}"] = _org_node(org)
        if org.place_id in centre_ids or f"p{org.place_id}" in nodes:
            add_edge(f"o{org.pk}", f"p{org.place_id}", "located")
    for tie in Tie.objects.filter(subject_id__in=orgs).select_related("subject"):
        a = f"o{tie.subject_id}"
        b = (
            f"o{tie.object_organisation_id}"
            if tie.object_organisation_id
            else f"p{tie.object_place_id}"
        )
        if a in nodes and b in nodes:
            kind = "branch" if tie.relation.startswith("branch") else "tie"
            add_edge(a, b, kind, tie.get_relation_display())
    for platform in Platform.objects.filter(members__in=orgs).distinct():
        members = [m for m in platform.members.all() if f"o{m.pk}" in nodes]
        if not members:
            continue
        pid = f"f{platform.pk}"
        nodes[pid] = {
            "id": pid,
            "label": _short(platform.name),
            "title": platform.name,
            "kind": "platform",
            "url": reverse("directory:platform_detail", args=[platform.pk]),
        }
        for member in members:
            add_edge(pid, f"o{member.pk}", "member")
    return {"nodes": list(nodes.values()), "edges": edges}


def place_map(place: Place, *, home: Place | None = None) -> dict[str, Any]:
    """Points and links for the partner map: the place, the home city and the place's partners."""
    points: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def point(p: Place, kind: str) -> None:
        if p.latitude is None or p.longitude is None:
            return
        label = f"{p.name_zh} {p.pinyin or p.name}" if p.name_zh else p.name
        points.append(
            {
                "lat": p.latitude,
                "lon": p.longitude,
                "label": label,
                "kind": kind,
                "url": reverse("directory:place_detail", args=[p.pk]),
            }
        )

    def located(p: Place) -> bool:
        return p.latitude is not None and p.longitude is not None

    point(place, "home" if place.is_home else "focus")
    if home is not None and home.pk != place.pk:
        point(home, "home")
        if located(place) and located(home):
            links.append(
                {"from": [home.latitude, home.longitude], "to": [place.latitude, place.longitude]}
            )
    # The place's own partners (by agreement), so the home city's page maps all its partners.
    partners = (
        Place.objects.filter(agreement_parties__agreement__parties__place=place, kind="city")
        .exclude(pk=place.pk)
        .exclude(pk=getattr(home, "pk", None))
        .distinct()
    )
    for partner in partners[:40]:
        point(partner, "other")
        if located(place) and located(partner):
            links.append(
                {
                    "from": [place.latitude, place.longitude],
                    "to": [partner.latitude, partner.longitude],
                }
            )
    return {"points": points, "links": links}


# --- the briefing pack of a partner ---------------------------------------------------------


@dataclass
class MetPerson:
    """Someone met on a visit with the partner: name, title, side and when."""

    name: str
    title: str
    side: str
    visit: Visit


@dataclass
class Briefing:
    """What a delegation needs to know about a partner, one week ahead.

    The partner's profile and key facts, the agreement history, past and planned visits,
    contacts with their tenure, people met on visits, open commitments, gifts both ways,
    initiatives and the documents the register was read from.
    """

    place: Place
    home: Place | None
    visit: Visit | None
    today: date
    aliases: list[str]
    key_facts: list[KeyFact]
    agreements: list[Agreement]
    in_force: list[Agreement]
    past_visits: list[Visit]
    planned_visits: list[Visit]
    contacts: list[Person]
    met: list[MetPerson]
    open_follow_ups: list[FollowUp]
    gifts_given: list[Gift]
    gifts_received: list[Gift]
    initiatives: list[Initiative]
    documents: list[Document]

    @property
    def current_contacts(self) -> list[Person]:
        """Contacts still in their role."""
        return [p for p in self.contacts if p.active_to is None or p.active_to >= self.today]

    @property
    def former_contacts(self) -> list[Person]:
        """Contacts who have left their role (their successors are among the current ones)."""
        return [p for p in self.contacts if p.active_to is not None and p.active_to < self.today]


def place_documents(place: Place, *, limit: int = 8) -> list[Document]:
    """Documents the place's records come from: sources of its agreements and visits, and
    documents whose accepted facts made or matched the place, newest first."""
    linked = FactLink.objects.filter(
        content_type=ContentType.objects.get_for_model(Place), object_id=place.pk
    ).exclude(fact__state="rejected")
    return list(
        Document.objects.filter(
            Q(agreements__parties__place=place)
            | Q(visits__from_place=place)
            | Q(visits__to_place=place)
            | Q(facts__in=linked.values("fact_id"))
        )
        .select_related("uploaded_by", "organisation")
        .distinct()
        .order_by("-created", "-pk")[:limit]
    )


def place_briefing(
    place: Place, *, visit: Visit | None = None, today: date | None = None
) -> Briefing:
    """The briefing pack of a partner place (for `visit`, when one is being prepared)."""
    today = today or timezone.localdate()
    visits = place_visits(place)
    past = [v for v in visits if v.start_date is not None and v.start_date <= today]
    planned = sorted(
        (v for v in visits if v.start_date is None or v.start_date > today),
        key=lambda v: (v.start_date or date.max, v.pk),
    )
    visit_ids = [v.pk for v in visits]
    members = (
        VisitMember.objects.filter(visit_id__in=visit_ids)
        .select_related("visit")
        .order_by("-visit__start_date", "side", "pk")
    )
    met = [MetPerson(m.name, m.title, m.get_side_display(), m.visit) for m in members]
    gifts = list(
        Gift.objects.filter(visit_id__in=visit_ids).select_related(
            "visit__from_place", "visit__to_place"
        )
    )
    agreements = place_agreements(place)
    in_force = list(
        Agreement.objects.active(today=today)
        .filter(pk__in=[a.pk for a in agreements])
        .order_by("ends_on", "pk")
    )
    return Briefing(
        place=place,
        home=home_place(),
        visit=visit,
        today=today,
        aliases=sorted(
            {a.name for a in place.aliases.all()} - {place.name, place.name_zh, place.pinyin}
        ),
        key_facts=place_key_facts(place),
        agreements=agreements,
        in_force=in_force,
        past_visits=past,
        planned_visits=planned,
        contacts=place_contacts(place),
        met=met,
        open_follow_ups=list(
            FollowUp.objects.open()
            .filter(visit_id__in=visit_ids)
            .select_related("owner", "visit")
            .order_by(models.F("due_on").asc(nulls_last=True), "pk")
        ),
        gifts_given=[g for g in gifts if g.direction == "given"],
        gifts_received=[g for g in gifts if g.direction != "given"],
        initiatives=place_initiatives(place),
        documents=place_documents(place),
    )


def role_holders(person: Person) -> list[Person]:
    """Everyone who held the person's role in the same organisation, earliest first.

    Empty when the person is the only holder on record (nothing to show).
    """
    if not person.role or person.organisation_id is None:
        return []
    holders = list(
        Person.objects.filter(organisation_id=person.organisation_id, role__iexact=person.role)
    )
    if len(holders) < 2:
        return []
    return sorted(holders, key=lambda p: (p.active_from or date.min, p.pk))


@dataclass
class Glance:
    """A partner in one line: the agreements in force, the last and next visit, the contact."""

    in_force: list[Agreement]
    agreement_count: int
    last_visit: Visit | None
    next_visit: Visit | None
    contact: Person | None


def place_glance(place: Place, *, today: date | None = None) -> Glance:
    """What the desk says first about a place when somebody asks "what do we have with X?"."""
    today = today or timezone.localdate()
    agreements = Agreement.objects.involving(place)
    visits = Visit.objects.involving(place).exclude(start_date__isnull=True)
    contacts = place_contacts(place)
    current = [p for p in contacts if p.active_to is None or p.active_to >= today]
    return Glance(
        in_force=list(agreements.active(today=today).order_by("ends_on", "pk")),
        agreement_count=agreements.count(),
        last_visit=visits.filter(start_date__lte=today).order_by("-start_date", "-pk").first(),
        next_visit=visits.filter(start_date__gt=today).order_by("start_date", "pk").first(),
        contact=current[0] if current else None,
    )
