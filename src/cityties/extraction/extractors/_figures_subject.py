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
_LOCATIVE: dict[str, frozenset[str]] = {
    "en": frozenset(
        "in at near around across within outside inside throughout from to towards along "
        "beside via".split()
    ),
    "nl": frozenset("in te bij nabij naar uit langs rond richting vanuit aan op".split()),
    "de": frozenset(
        "in im am an bei beim nahe nach aus auf vom zu zum zur unweit südlich nördlich "
        "östlich westlich".split()
    ),
    "fr": frozenset("à au aux en dans près vers chez depuis proche".split()),
}
_GAP_WORD = re.compile(r"[^\W\d_]+|\d+")
_CLAUSE_CHARS = ",;:()[]–—"
_LAST_CLAUSE = re.compile(r".*[,;:()\[\]–—]", re.DOTALL)

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
_PORTISH = re.compile(r"port|haven|hafen", re.IGNORECASE)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class SubjectResolver:
    """References per sentence and the topic before each sentence, built as far as needed.

    focus (set[int] | None): sentences that hold figures; only these are searched for
    anaphors, pronouns and demonyms (the others contribute their mentions to the topic).
    """

    def __init__(self, doc: Doc, *, focus: set[int] | None = None) -> None:
        self.doc = doc
        self.lang = doc.language if doc.language in _LOCATIVE else "en"
        self.focus = focus
        mentions = [m for m in doc.mentions if m.kind in ("place", "organisation")]
        self._mentions = mentions
        self._entities = [entity_of(m) for m in mentions]
        self._folded: dict[str, str] = {}
        self._quotes: list[tuple[int, int]] | None = None
        self._home: Entity | None = None
        self._home_done = False
        self.refs: list[list[Ref]] = []
        self.topic_before: list[Entity | None] = []
        self._history: list[Ref] = []
        self._topic: Entity | None = None
        self._mi = 0

    def _fold(self, name: str) -> str:
        f = self._folded.get(name)
        if f is None:
            f = self._folded[name] = fold(name)
        return f

    # ---------------------------------------------------------- document-level entities
    @property
    def home(self) -> Entity | None:
        """The document's own place: its institution, else its most mentioned city."""
        if not self._home_done:
            self._home = self._find_home()
            self._home_done = True
        return self._home

    def _find_home(self) -> Entity | None:
        inst = self.doc.institution
        if inst:
            key = self._fold(inst)
            for m, e in zip(self._mentions, self._entities, strict=True):
                if self._fold(m.name) == key or self._fold(m.text) == key:
                    return e
            for m, e in zip(self._mentions, self._entities, strict=True):
                name = self._fold(m.name)
                if name and name in key:
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
        p_start = text.rfind("\n\n", 0, pos)
        p_start = 0 if p_start < 0 else p_start
        p_end = text.find("\n\n", pos)
        p_end = len(text) if p_end < 0 else p_end
        home = self.home
        for lo, hi in ((p_start, p_end), (0, len(text))):
            counts = Counter(
                e
                for m, e in zip(self._mentions, self._entities, strict=True)
                if lo <= m.start < hi and e.kind == "city" and e != home
            )
            if counts:
                return counts.most_common(1)[0][0]
        return None

    def in_quote(self, pos: int) -> bool:
        """True when `pos` lies inside quoted speech."""
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(self.doc.text)]
        return any(a < pos < b for a, b in self._quotes)

    def demonym(self, word: str) -> Entity | None:
        """The place a demonym derives from ("Yvelinois" -> Yvelines, "Gentenaars" -> Gent)."""
        w = self._fold(word)
        best: tuple[int, Entity] | None = None
        for e in self._entities:
            name = self._fold(e.name)
            for part in (name, *name.split()[-1:]):
                if not part or part == w:
                    continue
                n = _common_prefix(w, part)
                if n >= max(4, len(part) - 3) and (best is None or n > best[0]):
                    best = (n, e)
        return best[1] if best else None

    # ---------------------------------------------------------- the pass
    def _locative(self, gap_start: int, start: int) -> bool:
        """True when the words just before `start` put the mention after a locative word."""
        seg = self.doc.text[max(gap_start, start - 70) : start]
        cut = _LAST_CLAUSE.match(seg)
        if cut is not None:
            seg = seg[cut.end() :]
        words = _GAP_WORD.findall(seg.lower())
        preps = _LOCATIVE[self.lang]
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
            w = words[k]
            if w.isdigit():
                return False  # "In 2018 the Port of ...": a date, not a place
            if w in preps:
                return True
        return False

    def _recent(self, refs: list[Ref], kind: str, country: str | None) -> Entity | None:
        for r in reversed(refs):
            e = r.entity
            if country and e.country != country:
                continue
            if kind == e.kind:
                return e
            if kind == "university" and e.kind == "org" and "univers" in e.name.casefold():
                return e
            if kind == "port" and e.kind == "org" and _PORTISH.search(e.name):
                return e
        return None

    def _forward(
        self, sent: Sentence, pos: int, items: list[tuple[int, int, str, int]]
    ) -> Entity | None:
        text = self.doc.text
        cut = min((i for c in _CLAUSE_CHARS if (i := text.find(c, pos, sent.end)) >= 0), default=-1)
        if cut < 0:
            return None
        for a, _, src, k in items:
            if src == "mention" and a > cut:
                if not self._locative(cut + 1, a):
                    return self._entities[k]
                return None
        return None

    def _ensure(self, index: int) -> None:
        sentences = self.doc.sentences
        while len(self.refs) <= index and len(self.refs) < len(sentences):
            si = len(self.refs)
            self.topic_before.append(self._topic)
            refs = self._sentence(sentences[si], self.focus is None or si in self.focus)
            self.refs.append(refs)
            self._history.extend(refs)
            subject = next(
                (r for r in refs if not r.locative and r.entity.kind != "country"),
                next((r for r in refs if not r.locative), None),
            )
            if subject is not None:
                self._topic = subject.entity

    def _sentence(self, sent: Sentence, focus: bool) -> list[Ref]:
        text = self.doc.text
        mentions = self._mentions
        while self._mi < len(mentions) and mentions[self._mi].start < sent.start:
            self._mi += 1
        # (start, end, source, index into `mentions` or into `found`)
        items: list[tuple[int, int, str, int]] = []
        j = self._mi
        while j < len(mentions) and mentions[j].start < sent.end:
            items.append((mentions[j].start, mentions[j].end, "mention", j))
            j += 1
        found: list[re.Match[str]] = []
        if focus:
            self._find_references(sent, items, found)
        refs: list[Ref] = []
        prev_end = sent.start
        topic = self._topic
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
                entity = self._recent(self._history + refs, kind, country)
            elif (
                src == "pronoun"
                and not refs
                and text[a:b].casefold() == "its"
                and not any(c in text[sent.start : a] for c in _CLAUSE_CHARS)
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
            if not focus and any(not r.locative for r in refs):
                loc = False  # outside the focus only the first subject needs the test
            else:
                loc = src in ("mention", "anaphor") and self._locative(prev_end, a)
            refs.append(Ref(a, b, entity, loc, src))
            prev_end = b
        return refs

    def _find_references(
        self,
        sent: Sentence,
        items: list[tuple[int, int, str, int]],
        found: list[re.Match[str]],
    ) -> None:
        text = self.doc.text
        spans = [(a, b) for a, b, _, _ in items]

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in spans)

        def add(m: re.Match[str], src: str, group: int | str = 0) -> None:
            found.append(m)
            items.append((m.start(group), m.end(group), src, len(found) - 1))

        for m in _ANAPHOR.finditer(text, sent.start, sent.end):
            if free(m.start(), m.end()):
                add(m, "anaphor")
        for m in _IT.finditer(text, sent.start, sent.end):
            add(m, "pronoun")
        for m in _WE[self.lang].finditer(text, sent.start, sent.end):
            if free(m.start(), m.end()):
                add(m, "we")
        for m in _YOU[self.lang].finditer(text, sent.start, sent.end):
            if free(m.start(), m.end()) and self.in_quote(m.start()):
                add(m, "you")
        for m in _DEMONYM_SLOT.finditer(text, sent.start, sent.end):
            if free(m.start("w"), m.end("w")):
                add(m, "demonym", "w")
        items.sort(key=lambda t: (t[0], -t[1]))

    # ---------------------------------------------------------- queries
    def subject(
        self, index: int, start: int, end: int, *, possessor_after: bool = False
    ) -> tuple[Entity, float] | None:
        """The entity a figure at text[start:end] in sentence `index` is about.

        The nearest non-locative reference before it in the sentence; else the first after
        it; else the topic carried from earlier sentences; else the document's home place.
        possessor_after (bool): prefer a reference right after ("the 12th sister city of X").
        """
        self._ensure(index)
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
