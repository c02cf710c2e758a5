"""Readers of the parts of a visit report (private to cityties.visit_details).

Each reader takes a span of the document (a list line, a sentence, a phrase) and returns the
details it states, with evidence: delegation members, a programme item, a follow-up action,
a gift, an outcome.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

from cityties.extraction.doc import Doc
from cityties.extraction.extractors import _visit_details_lex as lex
from cityties.extraction.extractors._clauses import DateIndex, opened
from cityties.extraction.extractors._lexicon_dates import MONTHS
from cityties.extraction.types import (
    DateMention,
    DelegationMember,
    FollowUpAction,
    MemberSide,
    Mention,
    ProgrammeItem,
    VisitGift,
    VisitOutcome,
)
from cityties.text import PartialDate, fold

__all__ = ["Reader", "strip_bullet"]

_BULLET: Final = re.compile(r"[ \t]*(?:[•·*▪◦‣\-–—]|\(?\d{1,2}[.)]|\(?[a-h]\))[ \t]+")
_SPACES: Final = re.compile(r"\s+")
_NAME_TOKEN: Final = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|[A-ZÀ-Þ]\.")
# (searched in a window: written to open with its first characters; the lexicon's own
# pattern is also a part of the visit details' trigger scan, which reads its word guard)
_GIFT_VERB: Final = opened(lex.GIFT_VERB)
_WORD_AT: Final = re.compile(r"[^\s,;:()|]+")
_SEPARATORS: Final = re.compile(r"\s*(?:,|;|\||\(|\)|\s[–—-]\s|:)\s*")
_ROLE_OF: Final = re.compile(
    r"(?P<role>.+?)\s+(?:of|at|for|with|van|bij|voor|de|du|des|de\s+la|de\s+l['’]|d['’]|von|"
    r"der|des|bei|im|beim|am)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|les\s+|der\s+|des\s+|"
    r"dem\s+|den\s+)?(?P<org>\S.*)$",
    re.IGNORECASE,
)
_FROM: Final = re.compile(
    r"^(?:of|from|at|with|van|uit|bij|de|du|des|d['’]|von|aus|vom|der|des)\s+"
    r"(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|les\s+|der\s+|des\s+|dem\s+|den\s+)?",
    re.IGNORECASE,
)
_CONNECTOR: Final = re.compile(
    r"^(?:\s|,|;|:|and\b|en\b|et\b|und\b|as\s+well\s+as\b|sowie\b|ainsi\s+que\b)*"
)
_MONTH_DAY: Final = re.compile(
    r"(?<![\w])(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|e|er|\.)?\s+(?P<m1>[^\W\d_]{3,10})\.?"
    r"|(?P<m2>[^\W\d_]{3,10})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?![\w])"
)
_TABLE_HEAD: Final = re.compile(
    r"^(?:\s*(?:date|time|activity|activities|place|location|venue|who|what|datum|tijd|"
    r"activiteit|plaats|locatie|heure|activité|lieu|zeit|uhrzeit|programmpunkt|ort|wann|was|wo)"
    r"\s*(?:\||$))+$",
    re.IGNORECASE,
)
_OBJECT_END: Final = re.compile(
    r"\s*(?:;|,?\s+(?:and|en|et|und)\s+(?:then\s+|also\s+)?(?=[a-z]+ed\b)|"
    r",\s*(?:which|it|that|who|die|dat|het|qui|elle|il|das|der|es|sie)\b|\s+(?:as\s+a\s+"
    r"(?:gift|present|token)|als\s+(?:geschenk|cadeau|aandenken|Gastgeschenk|Geschenk)|en\s+"
    r"(?:cadeau|souvenir)|in\s+return|in\s+ruil|en\s+retour|im\s+Gegenzug)\b)",
    re.IGNORECASE,
)
_TO_RECEIVER: Final = re.compile(
    r"\s+(?:to|aan|à|au|aux|an)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|les\s+|den\s+|die\s+|"
    r"das\s+)?(?P<who>[^,;.]+)$",
    re.IGNORECASE,
)
_WITH: Final = re.compile(r"^(?P<who>.+?)\s+(?:with|met)\s+(?P<what>.+)$", re.IGNORECASE)
_FROM_GIVER: Final = re.compile(
    r"\s+(?:from|van|de\s+la\s+part\s+d[eu']|von|vom)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|"
    r"der\s+|dem\s+|den\s+)?(?P<who>[^,;.]+)$",
    re.IGNORECASE,
)
_BY_AGENT: Final = re.compile(
    r"(?<![\w-])(?:by|door|par|von|durch)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|der\s+|"
    r"die\s+|das\s+|dem\s+|den\s+)?(?P<who>[A-ZÀ-Þ][^,;.:()]{2,80}?)(?=\s*(?:[,;.:()]|$|\s+"
    r"(?:by|before|until|tegen|voor|avant|bis|on|op|le|am)\s))",
)
_INVERTED_SUBJECT: Final = re.compile(
    r"^\s*(?P<who>(?:the|de|het|la|le|l['’]|die|der|das)\s+[^\s,;]+(?:\s+[A-ZÀ-Þ][^\s,;]*)*)\s+"
)
_BOTH: Final = re.compile(
    r"^(?:both\s+\w+|the\s+two\s+\w+|each\s+side|beide\s+\w+|de\s+twee\s+\w+|les\s+deux\s+\w+|"
    r"chacune?\s+des\s+\w+|die\s+beiden\s+\w+|beide\s+\w+)$",
    re.IGNORECASE,
)
_TALK: Final = re.compile(
    r"(?<![\w-])(?:speech|presentation|talk|lecture|briefing|overview|toespraak|presentatie|"
    r"uiteenzetting|discours|exposé|présentation|Rede|Vortrag|Präsentation|Überblick)",
    re.IGNORECASE,
)
_CAPITALISED_RUN: Final = re.compile(r"(?:[ \t]+[A-ZÀ-Þ][\w'’\-]*)+")
_CAPITALISED_AFTER: Final = re.compile(
    r"(?<=\s)[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’\-]*|de|of|van|für))*"
)
_EMPTY_BRACKETS: Final = re.compile(r"\(\s*[,;:]*\s*\)|\s+[,;:]+\s*\)?\s*$")
_FUTURE_VERB: Final = re.compile(r"\w+(?:ra|ront)$")
_POSSESSIVE: Final = re.compile(
    r"^(?:their|his|her|its|our|the|some|hun|zijn|haar|onze|de|leurs|ses|les|des|nos|ihre|seine|"
    r"die|unsere)\s+",
    re.IGNORECASE,
)
_PRONOUN: Final = re.compile(
    r"^(?:it|they|this|these|het|dit|deze|die|il|elle|ils|elles|celui-ci|celle-ci|es|er|sie|"
    r"dieses|diese)$",
    re.IGNORECASE,
)


def strip_bullet(text: str, start: int, end: int) -> int:
    """The offset after a list mark ("• ", "- ", "1. ", "a) ") at `start`, else `start`."""
    m = _BULLET.match(text, start, end)
    return m.end() if m else start


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" \t\n,;:–—-").rstrip(".").strip()


def _no_article(text: str) -> str:
    return lex.LEADING_ARTICLE.sub("", text.strip(), count=1).strip()


def _month(word: str) -> int | None:
    entries = MONTHS.get(word.casefold().rstrip("."))
    return entries[0][1] if entries else None


@dataclass(frozen=True, slots=True)
class _Person:
    start: int  # where the name (after an honorific) starts
    end: int
    lead: int  # where the person's phrase starts (the honorific, or the name)
    name: str


class Reader:
    """Reads details out of spans of one document for one visit."""

    def __init__(self, doc: Doc, tag: str) -> None:
        self.doc = doc
        self.text = doc.text
        self.tag = tag
        self._orgs: set[str] | None = None
        self._mention_starts = [m.start for m in doc.mentions]
        self.dates = DateIndex(doc.dates)

    @property
    def orgs(self) -> set[str]:
        """The folded names of the organisations the document names (no city governments)."""
        if self._orgs is None:
            self._orgs = {
                fold(m.name)
                for m in self.doc.mentions
                if m.kind == "organisation" and m.org_kind != "city_government"
            }
        return self._orgs

    # ---- helpers

    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...]) -> list[Mention]:
        """Mentions of those kinds inside [start, end), in text order."""
        mentions = self.doc.mentions
        k = bisect.bisect_left(self._mention_starts, start)
        out = []
        while k < len(mentions) and mentions[k].start < end:
            m = mentions[k]
            if m.end <= end and m.kind in kinds:
                out.append(m)
            k += 1
        return out

    def is_org(self, text: str) -> bool:
        t = _no_article(text)
        return bool(t) and (fold(t) in self.orgs or lex.ORG_WORD.search(t) is not None)

    def _name_at(self, pos: int, end: int) -> tuple[int, int] | None:
        """A person's name of capitalised words (with particles) starting at `pos`."""
        text = self.text
        i = pos
        last = -1
        count = 0
        while i < end and count < 6:
            while i < end and text[i] in " \t":
                i += 1
            m = _WORD_AT.match(text, i, end)
            if m is None:
                break
            word = m.group()
            clean = word.rstrip(".")
            if _NAME_TOKEN.fullmatch(word) and not lex.ROLE_WORD.fullmatch(clean):
                last = i + len(clean) if word.endswith(".") and len(clean) > 1 else m.end()
                count += 1
            elif word.casefold() in lex.PARTICLES and count:
                pass
            else:
                break
            i = m.end()
            if i < end and text[i] not in " \t":
                break  # a comma or a bracket ends the name
        if last < 0:
            return None
        return pos, last

    def persons(self, start: int, end: int) -> list[_Person]:
        """People named in [start, end): after an honorific, or a person mention."""
        out: list[_Person] = []
        text = self.text
        for h in lex.HONORIFIC.finditer(text, start, end):
            j = h.end()
            while j < end and text[j] in " \t":
                j += 1
            span = self._name_at(j, end)
            if span is not None:
                out.append(_Person(span[0], span[1], h.start(), _clean(text[span[0] : span[1]])))
        for m in self.mentions_in(start, end, ("person",)):
            if any(p.lead <= m.start < p.end or m.start <= p.start < m.end for p in out):
                continue
            if lex.ROLE_WORD.fullmatch(m.text) or not m.text[:1].isupper():
                continue
            out.append(_Person(m.start, m.end, m.start, m.name))
        out.sort(key=lambda p: p.lead)
        return out

    def role_org(self, rest: str, *, line: bool = True) -> tuple[str | None, str | None]:
        """The role and the organisation of "Director of the Weihai Foreign Affairs Office".

        line (bool): `rest` is the rest of a list line, every part of which describes the
            person; in a sentence only the first part does (a second when it is an
            organisation).
        """
        roles: list[str] = []
        org: str | None = None
        parts = [p for p in (_clean(x) for x in _SEPARATORS.split(rest)) if p]
        if not line and parts:
            # in a sentence, what follows a name describes the person only when it names a
            # role or an organisation ("..., Vice-Mayor of Weihai, visited", not "im Februar")
            parts = [
                p
                for p in parts[:1] + [p for p in parts[1:2] if self.is_org(p)]
                if lex.ROLE_WORD.search(p) or self.is_org(p) or p[:1].isupper()
            ]
        for p in parts:
            if lex.ROLE_WORD.search(p):
                m = _ROLE_OF.match(p)
                if (
                    org is None
                    and m is not None
                    and lex.ROLE_WORD.search(m.group("role"))
                    and self.is_org(m.group("org"))
                ):
                    roles.append(_clean(m.group("role")))
                    org = _no_article(_clean(m.group("org")))
                else:
                    roles.append(p)
            elif org is None and (self.is_org(p) or p[:1].isupper()):
                org = _no_article(_FROM.sub("", p))
            elif org is not None and (self.is_org(p) or p[:1].isupper()):
                org = f"{org}, {p}"
            else:
                roles.append(p)
        role = ", ".join(r for r in roles if r) or None
        return role, org or None

    # ---- delegation members

    def members(
        self, start: int, end: int, *, side: MemberSide = "visitor", line: bool = False
    ) -> list[DelegationMember]:
        """The people of a phrase or list line: "Mr X, Vice-Mayor of Y, and Ms Z (interpreter)".

        line (bool): the span is one line of a members list, so a name without an honorific
            ("Sun Hailin, Vice-Mayor") counts too.
        """
        text = self.text
        start = strip_bullet(text, start, end)
        stop = lex.CLAUSE_END.search(text, start, end) if not line else None
        people = self.persons(start, end)
        if not people and line:
            people = self._bare_name(start, end)
        out: list[DelegationMember] = []
        prev_end = start
        for k, p in enumerate(people):
            if stop is not None and p.lead >= stop.start() and k:
                break
            nxt = people[k + 1].lead if k + 1 < len(people) else end
            seg_end = nxt
            cut = lex.CLAUSE_END.search(text, p.end, seg_end)
            if cut is not None and not line:
                seg_end = cut.start()
            rest = text[p.end : seg_end]
            # "the Mayor of Weihai, Mr Sun": a role before the name
            pre = _CONNECTOR.sub("", text[prev_end : p.lead]).strip(" ,")
            genitive = pre.startswith("des ") or text[:prev_end].rstrip().endswith(" des")
            pre = lex.LEADING_ARTICLE.sub("", pre, count=1)
            if genitive and pre.endswith("s") and " " not in pre:
                pre = pre[:-1]  # "unter Leitung des Bürgermeisters": the Bürgermeister
            ev_start = p.lead
            role, org = self.role_org(
                _FROM.sub("", rest.strip(" ,(–—-|:")) if rest else "", line=line
            )
            if rest.strip().startswith(("of ", "from ", "van ", "uit ", "de ", "von ", "aus ")):
                # "Mr Zhou Wei of the Weihai Port Group"
                tail = _clean(_FROM.sub("", rest.strip()))
                if tail and (self.is_org(tail) or tail[:1].isupper()):
                    role, org = None, _no_article(_SEPARATORS.split(tail)[0])
            if pre and lex.ROLE_WORD.search(pre) and len(pre.split()) <= 8:
                before_role, before_org = self.role_org(pre)
                if role is None and before_role is not None:
                    ev_start = text.find(before_role[:8], prev_end, p.lead)
                    ev_start = ev_start if ev_start >= 0 else p.lead
                role = role or before_role
                org = org or before_org
            ev_end = max(p.end, min(seg_end, end))
            while ev_end > p.end and text[ev_end - 1] in " ,;(–—-":
                ev_end -= 1
            out.append(
                DelegationMember(
                    name=p.name,
                    role=role,
                    organisation=org,
                    side=side,
                    evidence=(self.doc.evidence(ev_start, ev_end, extractor=self.tag),),
                )
            )
            prev_end = seg_end
        return out

    def _bare_name(self, start: int, end: int) -> list[_Person]:
        """A list line that starts with a name and no honorific: "Sun Hailin, Vice-Mayor"."""
        text = self.text
        first = _SEPARATORS.split(text[start:end], maxsplit=1)[0].strip()
        if not first or len(first) > 60 or lex.ROLE_WORD.search(first) or self.is_org(first):
            return []
        words = first.split()
        if not 2 <= len(words) <= 5:
            return []
        if not all(w[:1].isupper() or w.casefold() in lex.PARTICLES for w in words):
            return []
        s = text.index(first, start, end)
        return [_Person(s, s + len(first), s, first)]

    # ---- programme

    def day_of(self, d: DateMention, year: int | None) -> PartialDate | None:
        """A date mention's value; a day and month without a year take the visit's year."""
        if d.value is not None:
            return d.value
        m = _MONTH_DAY.search(d.text)
        if m is None or year is None:
            return None
        day = int(m.group("d1") or m.group("d2"))
        month = _month(m.group("m1") or m.group("m2"))
        if month is None or not 1 <= day <= 31:
            return None
        try:
            return PartialDate(year, month, day)
        except ValueError:
            return None

    def programme_item(
        self, start: int, end: int, *, first_day: PartialDate | None, current: PartialDate | None
    ) -> tuple[ProgrammeItem | None, PartialDate | None]:
        """One programme line: its date and time (a prefix, or a day heading before it), venue
        and description. Returns the item (None for a day heading) and the current day."""
        text = self.text
        start = strip_bullet(text, start, end)
        if _TABLE_HEAD.match(text[start:end]):
            return None, current
        year = first_day.year if first_day is not None else None
        dates = self.dates.within(start, end)
        pos = start
        date: PartialDate | None = None
        times: list[str] = []
        while pos < end:
            while pos < end and text[pos] in " \t,;:|–—-/":
                pos += 1
            d = next((x for x in dates if x.start == pos), None)
            if d is not None:
                date = self.day_of(d, year) or date
                pos = d.end
                continue
            m = lex.DAY_N.match(text, pos, end)
            if m is not None:
                n = int(m.group(1) or m.group(2))
                if first_day is not None and first_day.day is not None and 1 <= n <= 31:
                    date = _plus_days(first_day, n - 1)
                pos = m.end()
                continue
            m = lex.TIME.match(text, pos, end)
            if m is not None:
                times.append(_clean(m.group()))
                pos = m.end()
                continue
            m = _MONTH_DAY.match(text, pos, end)
            if m is not None and _month(m.group("m1") or m.group("m2") or "") is not None:
                day = int(m.group("d1") or m.group("d2"))
                month = _month(m.group("m1") or m.group("m2") or "")
                if year is not None and month is not None and 1 <= day <= 31:
                    try:
                        date = PartialDate(year, month, day)
                    except ValueError:
                        pass
                pos = m.end()
                continue
            break
        description = _clean(text[pos:end])
        if not re.search(r"[^\W\d_]{3}", description):
            # a day heading ("14 May", "Day 2"): the items under it are on that day
            return None, date or current
        if date is None:
            inner = [x for x in dates if x.start >= pos]
            if inner:
                date = self.day_of(inner[0], year)
        if not times:
            m = lex.TIME.search(text, pos, min(end, pos + 30))
            if m is not None:
                times.append(_clean(m.group()))
        item = ProgrammeItem(
            description=description,
            date=date or current,
            time=" ".join(times) or None,
            place=self.venue(pos, end),
            evidence=(self.doc.evidence(start, end, extractor=self.tag),),
        )
        return item, date or current

    def venue(self, start: int, end: int) -> str | None:
        """Where a programme item takes place: a named organisation or place after "at", "in",
        "to", else a city hall."""
        text = self.text
        found: list[tuple[int, str]] = []
        for m in self.mentions_in(start, end, ("organisation", "place")):
            if lex.LOCATIVE.search(text, max(start, m.start - 14), m.start):
                tail = _CAPITALISED_RUN.match(text, m.end, end)
                found.append((m.start, text[m.start : tail.end() if tail else m.end].strip()))
                break
        v = lex.VENUE.search(text, start, end)
        if v is not None:
            found.append((v.start(), _no_article(v.group())))
        if not found:
            for c in _CAPITALISED_AFTER.finditer(text, start, end):
                if lex.LOCATIVE.search(text, max(start, c.start() - 14), c.start()):
                    found.append((c.start(), c.group().strip()))
                    break
        return min(found)[1] if found else None

    # ---- outcomes

    def outcome(self, start: int, end: int) -> VisitOutcome | None:
        start = strip_bullet(self.text, start, end)
        description = _clean(self.text[start:end])
        if len(description) < 8:
            return None
        return VisitOutcome(description, (self.doc.evidence(start, end, extractor=self.tag),))

    # ---- follow-up actions

    def due(
        self, start: int, end: int, year: int | None, *, section: bool
    ) -> tuple[PartialDate | None, tuple[int, int] | None]:
        """The deadline of an action ("by 30 June 2019", "uiterlijk 1 juli", "d'ici le 30 juin")
        and the span of its phrase; in a follow-up section, a date at the end counts too."""
        text = self.text
        dates = self.dates.within(start, end)
        for d in dates:
            lead = lex.DEADLINE.search(text, max(start, d.start - 30), d.start)
            if lead is not None:
                value = self.day_of(d, year)
                if value is not None:
                    return value, (lead.start(), d.end)
            if lex.DEADLINE_START.match(d.text):
                value = self.day_of(d, year)
                if value is not None:
                    return value, (d.start, d.end)
        if section and dates:
            d = dates[-1]
            tail = text[d.end : end].strip(" .)")
            if not tail:
                value = self.day_of(d, year)
                if value is not None:
                    s = d.start
                    while s > start and text[s - 1] in " (:,–-":
                        s -= 1
                    return value, (s, d.end)
        return None, None

    def follow_up(
        self,
        start: int,
        end: int,
        *,
        year: int | None,
        section: bool,
        institution: str | None,
    ) -> FollowUpAction | None:
        """An action: its owner (the subject before "will", a label "Owner: X", an agent "by X")
        and its due date."""
        text = self.text
        start = strip_bullet(text, start, end)
        due, due_span = self.due(start, end, year, section=section)
        if not section and due is None:
            return None
        owner: str | None = None
        body_start, body_end = start, end
        cut: list[tuple[int, int]] = [due_span] if due_span else []
        label = lex.OWNER_LABEL.search(text, start, end)
        if label is not None:
            stop = re.search(r"[;,)\n]|$", text[label.end() : end])
            o_end = label.end() + (stop.start() if stop else 0)
            owner = _clean(text[label.end() : o_end]) or None
            s = label.start()
            while s > start and text[s - 1] in " (;,–-":
                s -= 1
            cut.append((s, o_end + (1 if o_end < end and text[o_end] == ")" else 0)))
        modal = lex.MODAL.search(text, start, end)
        if modal is not None and owner is None:
            subject = _no_article(_clean(text[start : modal.start()]))
            if "," in subject:
                subject = subject.rsplit(",", 1)[1].strip()
            if subject and len(subject.split()) <= 8 and not _BOTH.match(subject):
                if lex.FIRST_PERSON.fullmatch(subject):
                    owner = institution
                else:
                    owner = subject
            body_start = modal.end()
        elif modal is not None:
            body_start = modal.end()
        if modal is not None and _FUTURE_VERB.match(modal.group()):
            body_start = modal.start()  # "enverra le projet": the verb is the action
        if owner is None:
            agent = _BY_AGENT.search(text, start, end)
            if agent is not None and not self.dates.within(agent.start(), agent.end()):
                owner = _clean(agent.group("who"))
        pieces: list[str] = []
        pos = body_start
        for s, e in sorted(c for c in cut if c[0] >= body_start):
            pieces.append(text[pos:s])
            pos = max(pos, e)
        pieces.append(text[pos:body_end])
        description = _clean(_EMPTY_BRACKETS.sub(" ", " ".join(pieces)).strip(" ,;:()"))
        if len(description) < 4:
            return None
        return FollowUpAction(
            description=description,
            owner=owner,
            due=due,
            evidence=(self.doc.evidence(start, end, extractor=self.tag),),
        )

    # ---- gifts

    def gift(self, start: int, end: int, *, section: bool) -> VisitGift | None:
        """A gift: "X gave Y a Z", "X presented Y with Z", "Y received Z from X", in four
        languages; where it is kept ("it is kept in the protocol room")."""
        text = self.text
        start = strip_bullet(text, start, end)
        kept_m = lex.KEPT.search(text, start, end)
        kept = None
        body_end = end
        if kept_m is not None:
            group = next(g for g in kept_m.groups() if g)
            kept = _strip_prep(_clean(group))
            body_end = kept_m.start()
        verb = _GIFT_VERB.search(text, start, body_end)
        giver: str | None = None
        receiver: str | None = None
        what: str | None = None
        if verb is not None:
            subject = text[start : verb.start()]
            after = text[verb.end() : body_end]
            if "," in subject:
                subject = subject.rsplit(",", 1)[1]
            subject = _clean(subject)
            if not subject or lex.GIFT_NOUN.search(subject):
                inv = _INVERTED_SUBJECT.match(after)
                if inv is not None:
                    subject = inv.group("who")
                    after = after[inv.end() :]
            giver = _no_article(subject) or None
            end_m = _OBJECT_END.search(after)
            if end_m is not None:
                after = after[: end_m.start()]
            after = after.strip()
            if after.endswith((" aan", " an")):  # "bood de burgemeester een boek aan"
                after = after.rsplit(" ", 1)[0]
            w = _WITH.match(after)
            ind = lex.INDEFINITE.search(after)
            if w is not None and (ind is None or ind.start() >= w.start("what")):
                receiver, what = w.group("who"), w.group("what")
            elif ind is not None:
                receiver = after[: ind.start()] or None
                what = after[ind.start() :]
            else:
                what = after
            if what:
                to = _TO_RECEIVER.search(what)
                if to is not None and not receiver:
                    receiver = to.group("who")
                    what = what[: to.start()]
        else:
            got = lex.RECEIVED_GIFT.search(text, start, body_end)
            if got is None:
                return None
            receiver = _clean(text[start : got.start()])
            after = text[got.end() : body_end].strip()
            frm = _FROM_GIVER.search(after)
            if frm is not None:
                giver = frm.group("who")
                after = after[: frm.start()]
            end_m = _OBJECT_END.search(after)
            what = after[: end_m.start()] if end_m is not None else after
        what = _clean(what or "")
        if not what or (not section and _TALK.search(what)):
            return None
        if lex.GIFT_NOUN.fullmatch(_POSSESSIVE.sub("", what)):
            return None  # "exchanged their presents": no gift told
        receiver = _no_article(_clean(receiver or "")) or None
        if receiver is not None and _PRONOUN.match(receiver):
            receiver = None
        if giver is not None and _PRONOUN.match(giver):
            giver = None
        return VisitGift(
            description=_no_article(what) if lex.INDEFINITE.match(what + " ") is None else what,
            giver=_clean(giver) if giver else None,
            receiver=receiver,
            kept_at=kept,
            evidence=(self.doc.evidence(start, end, extractor=self.tag),),
        )

    def kept_at(self, start: int, end: int) -> str | None:
        """Where a gift named before is kept ("It is kept in the protocol room.")."""
        m = lex.KEPT.search(self.text, start, end)
        if m is None:
            return None
        return _strip_prep(_clean(next(g for g in m.groups() if g)))


def _strip_prep(text: str) -> str:
    out = re.sub(
        r"^(?:in|at|on|op|bij|dans|à|au|aux|en|im|in|am|bei)\s+"
        r"(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|les\s+|der\s+|dem\s+|den\s+)?",
        "",
        text,
        flags=re.IGNORECASE,
    )
    return out.strip() or text


def _plus_days(d: PartialDate, n: int) -> PartialDate:
    if d.day is None or d.month is None:
        return d
    from datetime import date

    x = date(d.year, d.month, d.day) + timedelta(days=n)
    return PartialDate(x.year, x.month, x.day)
