"""Extractor cityties.visit_details: what a visit report says of a visit in depth.

For every visit `cityties.visits` found, the document is read for:
- the delegation members with their role and organisation: a list under a heading
  ("Delegation members", "Delegatie", "Délégation", "Teilnehmer"; one person a line, a bullet
  or a table row), or a phrase ("led by Mr X, Vice-Mayor of Y", "accompanied by ...",
  "the delegation included ..."); the hosts who received it ("received by Ms Z, Alderman");
- the purpose (a "Purpose"/"Doel"/"Objet"/"Zweck" section, "the aim of the visit was to ...",
  "... visited Y to discuss ...");
- the programme: the items of a "Programme"/"Programma"/"Programm" section with their day
  (a date, "Day 2", or a day heading above them), time ("10:00", "morning", "namiddag") and
  venue (a named organisation or place after "at"/"to"/"bij"/"à"/"im", or a city hall);
- the outcomes: an "Outcomes"/"Afspraken"/"Résultats"/"Ergebnisse" section, or sentences near
  the visit that say what was agreed ("agreed to", "afgesproken", "convenu", "vereinbart");
- follow-up actions: what, the owner (the subject of "will", "Owner: X", an agent "by X") and
  the due date ("by 30 June 2019", "uiterlijk 1 juli", "d'ici le 30 juin", "bis 30. Juni");
- gifts given and received: what, giver, receiver ("X gave Y a Z", "X presented Y with Z",
  "Y received Z from X", "schonk", "a offert", "überreichte"), where it is kept, and which
  side gave it.

Details under a section heading belong to the report's visit (the first the document reports);
details read in a sentence belong to the visit reported in that sentence or last before it.
Only documents with a visit cost anything: the headings are found in one pattern scan, and the
phrases are looked for only in the sentences of a visit and the few after them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final, TypeVar

from cityties.extraction.doc import Doc
from cityties.extraction.extractors import _visit_details_lex as lex
from cityties.extraction.extractors._clauses import lower_pattern, opened
from cityties.extraction.extractors._clauses_scan import WordScan, index_for
from cityties.extraction.extractors._visit_details_read import Reader, strip_bullet
from cityties.extraction.registry import register
from cityties.extraction.types import (
    DelegationMember,
    Evidence,
    FollowUpAction,
    MemberSide,
    ProgrammeItem,
    VisitFact,
    VisitGift,
    VisitOutcome,
)
from cityties.text import PartialDate, fold

__all__ = ["EXTRACTOR", "extract_visit_details"]

_ROLE_HEAD: Final = re.compile(
    r"\s+(?:of|for|at|van|voor|bij|de|du|des|d['’]|von|für|der|des|bei)\s+", re.IGNORECASE
)
# Every sentence trigger in one pattern, the group name its kind; and the same in lower case
# (matching the lower-cased text without IGNORECASE is the same, and faster).
_TRIGGER_PARTS = (
    ("led", lex.LED_BY),
    ("accompanied", lex.ACCOMPANIED),
    ("included", lex.INCLUDED),
    ("received", lex.RECEIVED_BY),
    ("purpose", lex.PURPOSE_PHRASE),
    ("outcome", lex.OUTCOME),
    ("modal", lex.MODAL),
    ("gift", lex.GIFT_NOUN),
    ("give", lex.GIFT_VERB),
)
_TRIGGERS: Final = re.compile(
    "|".join(f"(?P<{k}>{rx.pattern})" for k, rx in _TRIGGER_PARTS), re.IGNORECASE
)
_TRIGGERS_LOW: Final = re.compile(lower_pattern(_TRIGGERS.pattern))
_GUARD = r"(?<![\w-])"


@functools.cache
def _triggers_scan() -> WordScan:
    """`_TRIGGERS_LOW`, tried only at words that can start a trigger: every part opens with
    `_GUARD`, which then may open the whole pattern (the same matches). Built on first use."""
    if all(rx.pattern.startswith(_GUARD) for _, rx in _TRIGGER_PARTS):
        return WordScan(re.compile(lower_pattern(f"{_GUARD}(?:{_TRIGGERS.pattern})")))
    return WordScan(_TRIGGERS_LOW)


_MEMBER_TRIGGERS = {k: rx for k, rx in _TRIGGER_PARTS[:4]}
_LOW: dict[re.Pattern[str], re.Pattern[str]] = {
    rx: opened(re.compile(lower_pattern(rx.pattern)))
    for rx in (*(rx for _k, rx in _TRIGGER_PARTS), lex.PURPOSE_CLAUSE)
}
_NEAR = 4  # sentences after a visit's sentence read for its details
_MAX_SECTION = 8000  # characters a section runs at most without a heading ending it


@dataclass(frozen=True, slots=True)
class _Section:
    kind: str
    start: int  # the body
    end: int


@dataclass
class _Details:
    members: list[DelegationMember] = field(default_factory=list)
    purpose: str | None = None
    purpose_evidence: list[Evidence] = field(default_factory=list)
    programme: list[ProgrammeItem] = field(default_factory=list)
    outcomes: list[VisitOutcome] = field(default_factory=list)
    follow_ups: list[FollowUpAction] = field(default_factory=list)
    gifts: list[VisitGift] = field(default_factory=list)


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of [start, end) by offsets, trimmed."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and text[s] in " \t\r":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        if e > s:
            out.append((s, e))
        pos = stop + 1
    return out


def _is_generic_heading(text: str, s: int, e: int) -> bool:
    """A short line standing alone after a blank line, like a heading ("Contact", "Annex")."""
    line = text[s:e]
    if len(line) > 50 or not line[:1].isupper() or line[-1] in ".,;:!?)":
        return False
    if any(c.isdigit() for c in line) or "," in line or lex.HONORIFIC.match(line):
        return False
    if len(line.split()) > 5 or strip_bullet(text, s, e) != s:
        return False
    before = text.rfind("\n", 0, s)
    if before <= 0:
        return False
    prev = text.rfind("\n", 0, before)
    return not text[prev + 1 : before].strip()


# HEADING for lower-cased text (no IGNORECASE: faster, the same matches there).
_HEADING_LOW: Final = re.compile(lower_pattern(lex.HEADING.pattern), re.MULTILINE)


def _headings(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """`lex.HEADING.finditer(text)`, or the same on `low`, the lower-cased text (offset for
    offset) when that matches as IGNORECASE does, tried only where a line starts (the
    pattern opens with "^" in MULTILINE mode; a plain scan tries every character)."""
    match = lex.HEADING.match if low is None else _HEADING_LOW.match
    src = text if low is None else low
    pos = 0  # where the last match ends: matches do not overlap
    start = 0
    n = len(src)
    while start <= n:
        if start >= pos:
            m = match(src, start)
            if m is not None:
                yield m
                pos = m.end()
        nl = src.find("\n", start)
        if nl < 0:
            break
        start = nl + 1


def _sections(text: str, low: str | None = None) -> list[_Section]:
    """The report's sections by their headings; a section ends at the next heading.

    low (str | None): the text lower-cased offset for offset, when matching it without
        IGNORECASE is the same as matching the text with it.
    """
    heads: list[tuple[int, int, str, tuple[int, int] | None]] = []
    for m in _headings(text, low):
        kind = next((k for k in (*lex.SECTION_KINDS, "other") if m.group(k)), "other")
        inline = None
        if m.group("inline") and m.group("inline").strip():
            if kind == "other":
                continue
            inline = (m.start("inline"), m.end("inline"))
        heads.append((m.start(), m.end(), kind, inline))
    out: list[_Section] = []
    for i, (_hs, he, kind, inline) in enumerate(heads):
        if kind == "other":
            continue
        if inline is not None:
            out.append(_Section(kind, inline[0], inline[1]))
            continue
        limit = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        limit = min(limit, he + _MAX_SECTION)
        end = limit
        lines = _line_spans(text, he, limit)
        for k, (s, e) in enumerate(lines):
            if k and _is_generic_heading(text, s, e):
                end = s
                break
        out.append(_Section(kind, he, end))
    return out


class _Extraction:
    def __init__(self, doc: Doc, tag: str) -> None:
        self.doc = doc
        self.text = doc.text
        self.tag = tag
        self.reader = Reader(doc, tag)
        self.visits = doc.visits
        self.details = [_Details() for _ in doc.visits]
        firsts = [min(e.start for e in v.evidence) if v.evidence else 0 for v in doc.visits]
        self.main = min(range(len(doc.visits)), key=lambda i: (firsts[i], i))
        self.sentence_starts = [s.start for s in doc.sentences]
        self.idx = idx = index_for(doc)
        self.low = idx.low if idx.caseless else None

    def find(self, rx: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """`rx` searched in [start, end) (on the lower-cased text where that is the same)."""
        if self.low is not None:
            return _LOW[rx].search(self.low, start, end)
        return rx.search(self.text, start, end)

    def find_all(self, rx: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        if self.low is not None:
            return list(_LOW[rx].finditer(self.low, start, end))
        return list(rx.finditer(self.text, start, end))

    # ---- which visit

    def visit_at(self, pos: int) -> int:
        """The visit whose evidence holds `pos`, else the one reported last before it."""
        best, best_start = self.main, -1
        for i, v in enumerate(self.visits):
            for e in v.evidence:
                if e.start <= pos < e.end:
                    return i
                if best_start < e.start <= pos:
                    best, best_start = i, e.start
        return best

    def year(self, i: int) -> int | None:
        d = self.visits[i].date
        return d.year if d is not None else None

    # ---- sections

    def read_sections(self, sections: list[_Section]) -> list[tuple[int, int]]:
        """Read every section for the main visit; returns the spans the sections cover."""
        i = self.main
        det = self.details[i]
        text = self.text
        for sec in sections:
            lines = _line_spans(text, sec.start, sec.end)
            if sec.kind in ("members", "hosts"):
                side: MemberSide = "host" if sec.kind == "hosts" else "visitor"
                for s, e in lines:
                    found = self.reader.members(s, e, side=side, line=len(lines) > 1)
                    if not found:
                        for u in self._sentences(s, e):
                            found += self._member_phrases(*u, default_side=side)
                    det.members += found
            elif sec.kind == "purpose":
                if det.purpose is None and lines:
                    first = self._paragraph(lines)
                    det.purpose = _squash(text[first[0] : first[1]]).rstrip(".")
                    det.purpose_evidence.append(
                        self.doc.evidence(first[0], first[1], extractor=self.tag)
                    )
            elif sec.kind == "programme":
                current: PartialDate | None = None
                first_day = self.visits[i].date
                for s, e in self._items(lines):
                    item, current = self.reader.programme_item(
                        s, e, first_day=first_day, current=current
                    )
                    if item is not None:
                        det.programme.append(item)
            elif sec.kind == "outcomes":
                for s, e in self._items(lines):
                    out = self.reader.outcome(s, e)
                    if out is not None:
                        det.outcomes.append(out)
                    fu = self.reader.follow_up(
                        s, e, year=self.year(i), section=False, institution=self.doc.institution
                    )
                    if fu is not None:
                        det.follow_ups.append(fu)
            elif sec.kind == "follow_ups":
                for s, e in self._items(lines):
                    fu = self.reader.follow_up(
                        s, e, year=self.year(i), section=True, institution=self.doc.institution
                    )
                    if fu is not None:
                        det.follow_ups.append(fu)
            elif sec.kind == "gifts":
                for s, e in self._items(lines):
                    self._gift(i, s, e, section=True)
        return [(s.start, s.end) for s in sections]

    def _paragraph(self, lines: list[tuple[int, int]]) -> tuple[int, int]:
        """The first paragraph of a section (its lines up to a blank line)."""
        s, e = lines[0]
        for s2, e2 in lines[1:]:
            if self.text.count("\n", e, s2) > 1 or strip_bullet(self.text, s2, e2) != s2:
                break
            e = e2
        return s, e

    def _items(self, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The items of a section: each list line, and each sentence of a paragraph."""
        out: list[tuple[int, int]] = []
        for s, e in lines:
            if strip_bullet(self.text, s, e) != s or " | " in self.text[s:e]:
                out.append((s, e))
            else:
                out += self._sentences(s, e)
        return out

    def _sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        sents = self.doc.sentences
        k = max(0, bisect.bisect_right(self.sentence_starts, start) - 1)
        out = []
        while k < len(sents) and sents[k].start < end:
            s, e = max(sents[k].start, start), min(sents[k].end, end)
            if e > s:
                out.append((s, e))
            k += 1
        return out or [(start, end)]

    # ---- sentences near a visit

    def read_near(self, covered: list[tuple[int, int]], report: bool) -> None:
        """Read the sentences of each visit and the few after them (in a report, every
        sentence outside its sections) for members, purpose, outcomes, actions and gifts."""
        sents = self.doc.sentences
        wanted: set[int] = set()
        for v in self.visits:
            for e in v.evidence:
                k = max(0, bisect.bisect_right(self.sentence_starts, e.start) - 1)
                wanted.update(range(k, min(len(sents), k + _NEAR + 1)))
        if report:
            first = min((s for s, _ in covered), default=len(self.text))
            wanted.update(k for k, s in enumerate(sents) if s.end <= first)
        for k in sorted(wanted):
            s = sents[k]
            if any(a <= s.start < b for a, b in covered):
                continue
            self._sentence(s.start, s.end)

    def _member_phrases(
        self,
        start: int,
        end: int,
        *,
        default_side: MemberSide = "visitor",
        kinds: set[str] | None = None,
    ) -> list[DelegationMember]:
        out: list[DelegationMember] = []
        for kind, rx in _MEMBER_TRIGGERS.items():
            if kinds is not None and kind not in kinds:
                continue
            side: MemberSide = "host" if kind == "received" else default_side
            for m in self.find_all(rx, start, end):
                out += self.reader.members(m.end(), end, side=side)
        return out

    def _kinds(self, start: int, end: int) -> set[str]:
        """The kinds of trigger a sentence holds ("led", "outcome", "gift", ...)."""
        found: Iterable[re.Match[str]]
        if self.low is not None:
            found = _triggers_scan().finditer(self.idx, start, end)
        else:
            found = _TRIGGERS.finditer(self.text, start, end)
        return {m.lastgroup for m in found if m.lastgroup}

    def _sentence(self, start: int, end: int) -> None:
        i = self.visit_at(start)
        kinds = self._kinds(start, end)
        holds = self._holds_visit(i, start)
        if not kinds and not holds:
            return
        det = self.details[i]
        text = self.text
        if kinds & _MEMBER_TRIGGERS.keys():
            det.members += self._member_phrases(start, end, kinds=kinds)
        if det.purpose is None and ("purpose" in kinds or holds):
            m = self.find(lex.PURPOSE_PHRASE, start, end) if "purpose" in kinds else None
            begin = m.end() if m is not None else start
            if m is None and holds:
                m = self.find(lex.PURPOSE_CLAUSE, start, end)
                begin = m.start() if m is not None else start
            if m is not None:
                purpose = _squash(text[begin:end]).rstrip(".")
                if len(purpose) >= 8:
                    det.purpose = purpose
                    det.purpose_evidence.append(
                        self.doc.evidence(m.start(), end, extractor=self.tag)
                    )
        if "outcome" in kinds:
            out = self.reader.outcome(start, end)
            if out is not None:
                det.outcomes.append(out)
        if kinds & {"modal", "outcome"} and self.reader.dates.within(start, end):
            fu = self.reader.follow_up(
                start, end, year=self.year(i), section=False, institution=self.doc.institution
            )
            if fu is not None:
                det.follow_ups.append(fu)
        if kinds & {"gift", "give"}:
            self._gift(i, start, end, section=False)

    def _holds_visit(self, i: int, pos: int) -> bool:
        return any(e.start <= pos < e.end for e in self.visits[i].evidence)

    def _gift(self, i: int, start: int, end: int, *, section: bool) -> None:
        det = self.details[i]
        if not section and not self.find(lex.GIFT_NOUN, start, end):
            verb = self.find(lex.GIFT_VERB, start, end)
            if verb is None or verb.group().casefold() in (
                "gave",
                "gives",
                "given",
                "gaf",
                "gaven",
            ):
                return
        gift = self.reader.gift(start, end, section=section)
        if gift is not None:
            det.gifts.append(gift)
            return
        kept = self.reader.kept_at(start, end)
        if kept and det.gifts and det.gifts[-1].kept_at is None:
            last = det.gifts[-1]
            det.gifts[-1] = last.replace(
                kept_at=kept,
                evidence=(*last.evidence, self.doc.evidence(start, end, extractor=self.tag)),
            )

    # ---- the facts

    def facts(self) -> list[VisitFact]:
        out = []
        for v, det in zip(self.visits, self.details, strict=True):
            members = _merge_members(det.members)
            gifts = [_sides(g, v, members) for g in _unique(det.gifts)]
            names = list(v.members)
            folded = {fold(n) for n in names}
            for m in members:
                if m.side == "visitor" and (key := fold(m.name)) not in folded:
                    names.append(m.name)
                    folded.add(key)
            out.append(
                v.replace(
                    purpose=v.purpose or det.purpose,
                    members=tuple(names),
                    evidence=(*v.evidence, *(det.purpose_evidence if not v.purpose else [])),
                    member_details=(*v.member_details, *members),
                    programme=(*v.programme, *_unique(det.programme)),
                    outcomes=(*v.outcomes, *_unique(det.outcomes)),
                    follow_ups=(*v.follow_ups, *_unique(det.follow_ups)),
                    gifts=(*v.gifts, *gifts),
                )
            )
        return out


def _squash(text: str) -> str:
    return " ".join(text.split()).strip()


_T = TypeVar("_T", ProgrammeItem, VisitOutcome, FollowUpAction, VisitGift)


def _unique(items: list[_T]) -> list[_T]:
    """Items told once each (the same description, or the same evidence, is one item)."""
    out: list[_T] = []
    seen: set[str] = set()
    spans: set[tuple[int, int]] = set()
    for item in items:
        key = fold(item.description)
        span = (item.evidence[0].start, item.evidence[0].end) if item.evidence else (-1, -1)
        if key in seen or span in spans:
            continue
        seen.add(key)
        spans.add(span)
        out.append(item)
    return out


def _merge_members(found: list[DelegationMember]) -> list[DelegationMember]:
    """One member per name: the fields of every mention, the evidence of each."""
    out: list[DelegationMember] = []
    index: dict[str, int] = {}
    for m in found:
        key = fold(m.name)
        if key not in index:
            index[key] = len(out)
            out.append(m)
            continue
        k = index[key]
        old = out[k]
        evidence = (*old.evidence, *(e for e in m.evidence if e not in old.evidence))
        out[k] = old.replace(
            role=old.role or m.role,
            organisation=old.organisation or m.organisation,
            evidence=evidence,
        )
    return sorted(out, key=lambda m: min((e.start for e in m.evidence), default=-1))


def _who(
    text: str | None, v: VisitFact, members: list[DelegationMember]
) -> tuple[str | None, MemberSide | None]:
    """A giver or receiver named by a role ("the Vice-Mayor") is that member; "the delegation"
    is the visitor; the host's name is the host."""
    if not text:
        return text, None
    key = fold(lex.HONORIFIC.sub("", text))
    by_role = [m for m in members if m.role and fold(_ROLE_HEAD.split(m.role)[0]) == key]
    if len(by_role) == 1:
        return by_role[0].name, by_role[0].side
    for m in members:
        if fold(m.name) == key:
            return m.name, m.side
    if key and " " not in key:
        by_surname = [
            m for m in members if key in fold(m.name).split()[0:1] + fold(m.name).split()[-1:]
        ]
        if len(by_surname) == 1:
            return by_surname[0].name, by_surname[0].side
    if lex.VISITOR_WORDS.fullmatch(text):
        return v.visitor.name, "visitor"
    if lex.VISITOR_WORDS.search(text):
        return text, "visitor"
    if fold(v.visitor.name) in key:
        return text, "visitor"
    if fold(v.host.name) in key:
        return text, "host"
    return text, None


def _sides(g: VisitGift, v: VisitFact, members: list[DelegationMember]) -> VisitGift:
    giver, side = _who(g.giver, v, members)
    receiver, receiver_side = _who(g.receiver, v, members)
    if side is None and receiver_side is not None:
        side = "host" if receiver_side == "visitor" else "visitor"
    return g.replace(giver=giver, receiver=receiver, giver_side=side)


@register("cityties.visit_details", version=2)
def extract_visit_details(doc: Doc) -> None:
    """Read the members, purpose, programme, outcomes, actions and gifts of each visit."""
    if not doc.visits or not doc.sentences:
        return
    ex = _Extraction(doc, extract_visit_details.tag)
    sections = _sections(doc.text, ex.low)
    covered = ex.read_sections(sections)
    ex.read_near(covered, report=bool(sections))
    doc.visits[:] = ex.facts()


EXTRACTOR = extract_visit_details
