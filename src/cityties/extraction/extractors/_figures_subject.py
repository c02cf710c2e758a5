"""Who a figure is about: places and organisations in reach, anaphora and quoted speech.

One pass over the sentences turns `Doc.mentions` into references (`Ref`): the mentions
themselves, nominal anaphors ("the city", "la cité chinoise", "die Stadt") resolved to the
most recent compatible entity, "it" resolved inside the sentence or to the topic, "we" to
the document's home place and "you" in quoted speech to the counterpart, demonyms ("1,4
million d'Yvelinois") to the place they derive from. A reference after a locative
preposition ("in Flanders", "im Osten der Volksrepublik China") is marked locative: it
places something, it is not what the sentence is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.types import Mention
from cityties.text import fold

__all__ = ["Entity", "Ref", "SubjectResolver", "entity_of"]

EntityKind = str  # "city" | "region" | "country" | "port" | "university" | "org"


@dataclass(frozen=True, slots=True)
class Entity:
    """A place or organisation a figure can be about."""

    name: str
    kind: EntityKind
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to an entity at a span of the text."""

    start: int
    end: int
    entity: Entity
    locative: bool = False
    source: str = "mention"  # mention | anaphor | pronoun | speech | demonym


def entity_of(m: Mention) -> Entity:
    """The entity a place or organisation mention refers to."""
    if m.kind == "organisation":
        kinds = {"city_government": "city", "port": "port", "university": "university"}
        country = m.place.country if m.place is not None else None
        return Entity(m.name, kinds.get(m.org_kind or "", "org"), country)
    ref = m.place
    if ref is None:
        return Entity(m.name, "city")
    kind = {"city": "city", "admin1": "region", "admin2": "region", "country": "country"}.get(
        ref.kind, "city"
    )
    return Entity(m.name, kind, ref.country)


# ------------------------------------------------------------------ lexicon
_LOCATIVE = {
    "en": r"in|at|near|around|across|within|outside|inside|throughout|from|to|towards|along|"
    r"beside|via|next\s+to|close\s+to",
    "nl": r"in|te|bij|nabij|naar|uit|langs|rond|richting|vanuit|aan|op",
    "de": r"in|im|am|an|bei|beim|nahe|nach|aus|auf|vom|zu|zum|zur|unweit|südlich|nördlich|"
    r"östlich|westlich",
    "fr": r"à|au|aux|en|dans|près\s+de|vers|chez|depuis|de\s+la\s+région|proche\s+de",
}
_LOCATIVE_GAP = {
    lang: re.compile(
        r"(?<![\w])(?:" + words + r")\s+(?:(?![\d])[\w'’.-]+\s+){0,4}$",
        re.IGNORECASE,
    )
    for lang, words in _LOCATIVE.items()
}
_CLAUSE = re.compile(r"[,;:()\[\]–—]")

_NOUNS: dict[str, tuple[str, ...]] = {
    "city": (
        "city",
        "town",
        "municipality",
        "metropolis",
        "stad",
        "stadje",
        "gemeente",
        "metropool",
        "stadt",
        "gemeinde",
        "metropole",
        "großstadt",
        "hansestadt",
        "ville",
        "cité",
        "commune",
        "métropole",
        "agglomération",
    ),
    "port": ("port", "harbour", "harbor", "haven", "hafen"),
    "university": ("university", "universiteit", "universität", "hochschule", "université"),
    "region": (
        "province",
        "region",
        "county",
        "prefecture",
        "provincie",
        "regio",
        "provinz",
        "bundesland",
        "région",
        "département",
        "departement",
        "préfecture",
    ),
}
_NOUN_KIND = {w: kind for kind, words in _NOUNS.items() for w in words}

_NATIONALITY: dict[str, str] = {}
for _cc, _words in {
    "CN": "chinese chinees chinesisch chinois chinoise",
    "BE": "belgian belgisch belgische belge",
    "DE": "german duits duitse deutsch deutsche allemand allemande",
    "FR": "french frans franse französisch français française",
    "NL": "dutch nederlands nederlandse niederländisch néerlandais néerlandaise",
    "JP": "japanese japans japanse japanisch japonais japonaise",
    "US": "american amerikaans amerikaanse amerikanisch américain américaine",
    "IT": "italian italiaans italiaanse italienisch italien italienne",
    "ES": "spanish spaans spaanse spanisch espagnol espagnole",
    "GB": "british brits britse britisch britannique",
    "TW": "taiwanese taiwanees taiwanese taiwanisch taïwanais taïwanaise",
    "KR": "korean koreaans koreaanse koreanisch coréen coréenne",
    "ZA": "south-african zuid-afrikaanse südafrikanisch sud-africain sud-africaine",
    "AU": "australian australisch australische australien australienne",
    "PL": "polish pools poolse polnisch polonais polonaise",
    "RU": "russian russisch russische russe",
    "IN": "indian indiaas indiase indisch indien indienne",
}.items():
    for _w in _words.split():
        _NATIONALITY[_w] = _cc
_NAT_RE = "|".join(sorted(map(re.escape, _NATIONALITY), key=len, reverse=True))
_ADJ_ENDINGS = r"(?:e|en|er|es|em|s)?"

_ANAPHOR = re.compile(
    r"(?<![\w])(?:(?:the|this|that|de|deze|dit|die|diese[rsmn]?|der|das|la|cette|cet|le)\s+"
    r"|l['’]\s*)(?:(?P<nat1>" + _NAT_RE + r")" + _ADJ_ENDINGS + r"\s+)?"
    r"(?P<noun>" + "|".join(sorted(map(re.escape, _NOUN_KIND), key=len, reverse=True)) + r")"
    r"(?:\s+(?P<nat2>" + _NAT_RE + r")" + _ADJ_ENDINGS + r")?(?![\w-])"
    r"(?!\s+(?:of|van|von|de|d['’]|du|des)\s+\w*[A-Z])"
    r"(?!\s+(?:council|hall|centre|center|government|administration|authorities|authority|"
    r"officials|limits|walls|card|marketing|raad|bestuur|huis|centrum|rat|verwaltung|"
    r"conseil|hôtel|mairie)\b)",
    re.IGNORECASE,
)
_IT = re.compile(r"(?<![\w])(?:it|its|It|Its)(?![\w'’])")
_WE = {
    "en": re.compile(r"(?<![\w])(?:we|We|our|Our)(?![\w])"),
    "nl": re.compile(r"(?<![\w])(?:wij|Wij|we|We|onze|Onze|ons|Ons)(?![\w])"),
    "de": re.compile(r"(?<![\w])(?:wir|Wir|unser\w*|Unser\w*)(?![\w])"),
    "fr": re.compile(r"(?<![\w])(?:nous|Nous|notre|Notre|nos|Nos)(?![\w])"),
}
_YOU = {
    "en": re.compile(r"(?<![\w])(?:you|You|your|Your)(?![\w])"),
    "nl": re.compile(r"(?<![\w])(?:u|U|uw|Uw|jullie|Jullie)(?![\w'’])"),
    "de": re.compile(r"(?<=\w\s)(?:Sie|Ihr|Ihre[rnms]?|Ihnen)(?![\w])"),
    "fr": re.compile(r"(?<![\w])(?:vous|Vous|votre|Votre|vos|Vos)(?![\w])"),
}
_QUOTES = re.compile(
    r"“[^”\n]{1,1500}”|«[^»]{1,1500}»|„[^“”\n]{1,1500}[“”]|\"[^\"\n]{1,1500}\""
    r"|(?<![\w])['‘](?=[^\W\d_])[^\n]{1,1500}?(?<=[\w.!?,])['’](?![\w])"
)
# A capitalised word after a number and a scale word: a demonym candidate ("d'Yvelinois").
_DEMONYM_SLOT = re.compile(
    r"\d(?:[\d.,\s\u00a0]*\d)?\s*(?:[a-zA-Z]+\.?\s+)?(?:d['’]\s*|de\s+|of\s+)?"
    r"(?P<w>[A-ZÀ-Þ][^\W\d_]{3,})"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class SubjectResolver:
    """References per sentence and the topic before each sentence, built in one pass."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lang = doc.language if doc.language in _LOCATIVE else "en"
        mentions = [m for m in doc.mentions if m.kind in ("place", "organisation")]
        self._mentions = mentions
        self._entities = [entity_of(m) for m in mentions]
        self._quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(doc.text)]
        self.home = self._home()
        self.refs: list[list[Ref]] = []
        self.topic_before: list[Entity | None] = []
        self._build()

    # ---------------------------------------------------------- document-level entities
    def _home(self) -> Entity | None:
        """The document's own place: its institution, else its most mentioned city."""
        inst = self.doc.institution
        if inst:
            key = fold(inst)
            for m, e in zip(self._mentions, self._entities, strict=True):
                if fold(m.name) == key or fold(m.text) == key:
                    return e
            for m, e in zip(self._mentions, self._entities, strict=True):
                if fold(m.name) and fold(m.name) in key:
                    return e
        counts = Counter(e for e in self._entities if e.kind == "city")
        if not counts:
            return None
        best = max(counts.values())
        for e in self._entities:
            if counts.get(e) == best:
                return e
        return None

    def _counterpart(self, pos: int) -> Entity | None:
        """The other party in a dialogue: the most mentioned city of the paragraph not home."""
        text = self.doc.text
        starts = [m.end() for m in _PARAGRAPH.finditer(text, 0, pos)]
        p_start = starts[-1] if starts else 0
        nxt = _PARAGRAPH.search(text, pos)
        p_end = nxt.start() if nxt else len(text)
        for lo, hi in ((p_start, p_end), (0, len(text))):
            counts = Counter(
                e
                for m, e in zip(self._mentions, self._entities, strict=True)
                if lo <= m.start < hi and e.kind == "city" and e != self.home
            )
            if counts:
                return counts.most_common(1)[0][0]
        return None

    def in_quote(self, pos: int) -> bool:
        """True when `pos` lies inside quoted speech."""
        return any(a < pos < b for a, b in self._quotes)

    def demonym(self, word: str) -> Entity | None:
        """The place a demonym derives from ("Yvelinois" -> Yvelines, "Gentenaars" -> Gent)."""
        w = fold(word)
        best: tuple[int, Entity] | None = None
        for e in self._entities:
            for part in (fold(e.name), *fold(e.name).split()[-1:]):
                if not part or part == w:
                    continue
                n = _common_prefix(w, part)
                if n >= max(4, len(part) - 3) and (best is None or n > best[0]):
                    best = (n, e)
        return best[1] if best else None

    # ---------------------------------------------------------- the pass
    def _locative(self, sent: Sentence, gap_start: int, start: int) -> bool:
        text = self.doc.text
        lo = gap_start
        for m in _CLAUSE.finditer(text, gap_start, start):
            lo = m.end()
        return _LOCATIVE_GAP[self.lang].search(text, lo, start) is not None

    def _recent(self, refs: list[Ref], kind: str, country: str | None) -> Entity | None:
        for r in reversed(refs):
            e = r.entity
            if country and e.country and e.country != country:
                continue
            if country and not e.country:
                continue
            if kind == "city" and e.kind == "city":
                return e
            if kind == e.kind:
                return e
            if kind == "university" and e.kind == "org" and "univers" in e.name.casefold():
                return e
            if kind == "port" and e.kind == "org" and re.search(r"port|haven|hafen", e.name, re.I):
                return e
        return None

    def _forward(
        self, sent: Sentence, pos: int, items: list[tuple[int, int, str, int]]
    ) -> Entity | None:
        boundary = _CLAUSE.search(self.doc.text, pos, sent.end)
        if boundary is None:
            return None
        for a, _, src, k in items:
            if src == "mention" and a > boundary.start():
                if not self._locative(sent, boundary.end(), a):
                    return self._entities[k]
                return None
        return None

    def _build(self) -> None:
        text = self.doc.text
        history: list[Ref] = []
        topic: Entity | None = None
        mi = 0
        mentions = self._mentions
        we = _WE[self.lang]
        you = _YOU[self.lang]
        for sent in self.doc.sentences:
            self.topic_before.append(topic)
            while mi < len(mentions) and mentions[mi].start < sent.start:
                mi += 1
            # (start, end, source, index into `mentions` or into `found`)
            items: list[tuple[int, int, str, int]] = []
            found: list[re.Match[str]] = []
            j = mi
            while j < len(mentions) and mentions[j].start < sent.end:
                items.append((mentions[j].start, mentions[j].end, "mention", j))
                j += 1
            spans = [(a, b) for a, b, _, _ in items]

            def free(a: int, b: int, spans: list[tuple[int, int]] = spans) -> bool:
                return all(b <= x or a >= y for x, y in spans)

            def add(
                m: re.Match[str],
                src: str,
                group: int | str = 0,
                items: list[tuple[int, int, str, int]] = items,
                found: list[re.Match[str]] = found,
            ) -> None:
                found.append(m)
                items.append((m.start(group), m.end(group), src, len(found) - 1))

            for m in _ANAPHOR.finditer(text, sent.start, sent.end):
                if free(m.start(), m.end()):
                    add(m, "anaphor")
            for m in _IT.finditer(text, sent.start, sent.end):
                add(m, "pronoun")
            for m in we.finditer(text, sent.start, sent.end):
                if free(m.start(), m.end()):
                    add(m, "we")
            for m in you.finditer(text, sent.start, sent.end):
                if free(m.start(), m.end()) and self.in_quote(m.start()):
                    add(m, "you")
            for m in _DEMONYM_SLOT.finditer(text, sent.start, sent.end):
                if free(m.start("w"), m.end("w")):
                    add(m, "demonym", "w")
            items.sort(key=lambda t: (t[0], -t[1]))

            refs: list[Ref] = []
            prev_end = sent.start
            for a, b, src, k in items:
                if a < prev_end:
                    continue
                entity: Entity | None = None
                if src == "mention":
                    entity = self._entities[k]
                elif src == "anaphor":
                    m = found[k]
                    kind = _NOUN_KIND[m.group("noun").casefold()]
                    nat = m.group("nat1") or m.group("nat2")
                    country = _NATIONALITY.get(nat.casefold()) if nat else None
                    entity = self._recent(history + refs, kind, country)
                elif (
                    src == "pronoun"
                    and not refs
                    and text[a:b].casefold() == "its"
                    and _CLAUSE.search(text, sent.start, a) is None
                ):
                    # "With its 263,608 inhabitants, Ghent is ...": a fronted possessive
                    # points forward to the subject of the main clause.
                    entity = self._forward(sent, b, items) or topic
                elif src == "pronoun":
                    entity = next(
                        (
                            r.entity
                            for r in reversed(refs)
                            if not r.locative and r.entity.kind != "country"
                        ),
                        topic,
                    )
                elif src == "we":
                    entity = self.home
                elif src == "you":
                    entity = self._counterpart(a)
                else:
                    entity = self.demonym(found[k].group("w"))
                if entity is None:
                    continue
                loc = src in ("mention", "anaphor") and self._locative(sent, prev_end, a)
                refs.append(Ref(a, b, entity, loc, "mention" if src == "mention" else src))
                prev_end = b
            self.refs.append(refs)
            history.extend(refs)
            subject = next(
                (r for r in refs if not r.locative and r.entity.kind != "country"),
                next((r for r in refs if not r.locative), None),
            )
            if subject is not None:
                topic = subject.entity

    # ---------------------------------------------------------- queries
    def subject(
        self, index: int, start: int, end: int, *, possessor_after: bool = False
    ) -> tuple[Entity, float] | None:
        """The entity a figure at text[start:end] in sentence `index` is about.

        The nearest non-locative reference before it in the sentence; else the first after
        it; else the topic carried from earlier sentences; else the document's home place.
        possessor_after (bool): prefer a reference right after ("the 12th sister city of X").
        """
        refs = self.refs[index]
        if possessor_after:
            for r in refs:
                if r.start >= end and r.start - end <= 40 and not r.locative:
                    return r.entity, 0.8
        for r in reversed(refs):
            if r.end <= start and not r.locative:
                return r.entity, 0.9
        for r in refs:
            if r.start >= end and not r.locative:
                return r.entity, 0.8
        topic = self.topic_before[index] or self.home
        if topic is not None:
            return topic, 0.6
        return None
