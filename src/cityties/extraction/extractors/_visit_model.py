"""A learned decider over visit candidates (cityties.visits).

Every sentence with a visit cue (a visit verb, a visit noun, a receiving verb, a signing
word of `_lexicon_visits`) offers candidates: each ordered pair (visitor, host) of the actors
of the sentence (and of the `WINDOW` sentences around it) and the document's own place. A
candidate is described by cheap features that hold in the four languages (the cue's kind,
where the two actors stand against the cue and each other, "from"/"to"/"in" words before
them, their kinds and countries, the own place, whether the rules found the pair) and scored
by a logistic model (`WEIGHTS`) fitted on the gold visits of the development corpora by
`tools/train_visit_model.py`:

    PYTHONPATH=src .venv/bin/python tools/train_visit_model.py --write

A pair the rules did not find whose probability reaches `ADD_THRESHOLD` is added (dated by
the reader's own date rules for its sentence); a pair the rules found whose best candidate
falls below `DROP_THRESHOLD` is left out. The model runs only when `ENABLED` (the environment
variable CITYTIES_VISIT_MODEL=1 or 0 overrides it).
"""

from __future__ import annotations

import math
import os
import re
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import Unit, lower_pattern
from cityties.extraction.extractors._clauses_scan import WordScan
from cityties.extraction.extractors._parties import Actor

if TYPE_CHECKING:
    from cityties.extraction.extractors.visits import _Reader

__all__ = [
    "ADD_THRESHOLD",
    "DROP_THRESHOLD",
    "DROP_WEIGHTS",
    "ENABLED",
    "WEIGHTS",
    "Candidate",
    "candidates",
    "probability",
    "run",
]

# ---- written by tools/train_visit_model.py (--write); do not edit by hand
WEIGHTS: dict[str, float] = {}
DROP_WEIGHTS: dict[str, float] = {}
ADD_THRESHOLD = 1.0  # >= 1: no pair is added
DROP_THRESHOLD = 0.0  # <= 0: no pair the rules found is left out
WINDOW = 0  # sentences read on each side of the cue's sentence
ENABLED = False
# ---- end of the written part

_CUES: Final = WordScan(lex.TRIGGERS_LOW)
_SIGNING: Final = WordScan(re.compile(lower_pattern(lex.SIGNING.pattern)))
# words before an actor, in the four languages (the last words before its mention)
_FROM_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:from|uit|aus|von|de|du|des|d['’])\s*(?:[\w'’-]+\s+)?\Z", re.IGNORECASE
)
_TO_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:to|naar|à|au|aux|nach|zu|zur|zum|aan|visit(?:ed|ing)?|bezocht(?:en)?|"
    r"visité|besucht(?:e|en)?)\s+(?:[\w'’-]+\s+)?\Z",
    re.IGNORECASE,
)
_IN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:in|at|im|en|dans|te|op|bei)\s+(?:[\w'’-]+\s+)?\Z", re.IGNORECASE
)
_OF_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:of|van|von|der|des)\s+(?:[\w'’-]+\s+){0,1}\Z", re.IGNORECASE
)
_BY_BEFORE: Final = re.compile(r"(?<![\w-])(?:by|door|par|von)\s+(?:[\w'’-]+\s+)?\Z", re.I)
_AND_BETWEEN: Final = re.compile(r"\s*(?:,|and|en|et|und|&|/)\s*(?:the\s+)?\Z", re.IGNORECASE)
_POSSESSIVE: Final = re.compile(r"['’]s?\s")
_PLANNED: Final = re.compile(
    r"(?<![\w-])(?:will|shall|plans?|planned|zal|zullen|gepland|sera|seront|prévue?s?|wird|"
    r"werden|geplant)(?![\w-])",
    re.IGNORECASE,
)
_KINDS: Final = ("verb", "noun", "receive", "signing")
_PREV_WORD: Final = re.compile(
    r"([^\W\d_]+)['’]?\s*(?:(?:the|het|la|le|les|der|die|dem|den)\s+)?\Z"
)
_WORD: Final = re.compile(r"[^\W\d_]+")
# function words whose presence before an actor is a feature of its own
_SMALL_WORDS: Final = frozenset(
    "from to in at of by with and for uit naar in te op van door met en voor aan bij "
    "de du des à au aux en dans par avec et pour d l aus nach zu zur zum im von mit und "
    "für bei".split()
)


class Candidate:
    """One ordered pair of actors read at one visit cue of one sentence."""

    __slots__ = ("anchor", "features", "host", "kind", "unit", "visitor")

    def __init__(self, unit: Unit, visitor: Actor, host: Actor, anchor: int, kind: str) -> None:
        self.unit = unit
        self.visitor = visitor
        self.host = host
        self.anchor = anchor
        self.kind = kind
        self.features: dict[str, float] = {}


def _before(rx: re.Pattern[str], text: str, a: Actor, reach: int = 40) -> bool:
    return a.end > a.start and rx.search(text, max(0, a.start - reach), a.start) is not None


def _features(
    reader: _Reader,
    c: Candidate,
    rule_pairs: set[tuple[str, str]],
    act_pairs: set[frozenset[str]],
) -> None:
    text = reader.text
    u, a, b, t = c.unit, c.visitor, c.host, c.anchor
    home = reader.cast.home
    f = c.features
    f["bias"] = 1.0
    f[f"cue={c.kind}"] = 1.0
    cue = _WORD.match(reader.low, t)
    if cue is not None:
        f[f"cue_word={cue.group()[:6]}"] = 1.0
    f[f"lang={reader.doc.language}"] = 1.0
    implicit_a = a.end <= a.start or not (u.start <= a.start < u.end)
    implicit_b = b.end <= b.start or not (u.start <= b.start < u.end)
    f["a_outside"] = float(implicit_a)
    f["b_outside"] = float(implicit_b)
    for side, x, out in (("a", a, implicit_a), ("b", b, implicit_b)):
        f[f"{side}_home"] = float(home is not None and x.key == home.key)
        f[f"{side}_org"] = float(x.kind == "organisation")
        f[f"{side}_country"] = float(x.place_kind == "country")
        f[f"{side}_region"] = float(x.place_kind in ("admin1", "admin2"))
        f[f"{side}_partner_country"] = float(x.country in reader.doc.counterparts)
        f[f"{side}_party"] = float(x.key in reader.party_keys)
        if not out:
            before = x.end <= t
            f[f"{side}_before_cue"] = float(before)
            f[f"{side}_dist"] = math.log1p(abs(x.start - t)) / 5.0
            f[f"{side}_from"] = float(_before(_FROM_BEFORE, text, x))
            f[f"{side}_to"] = float(_before(_TO_BEFORE, text, x))
            f[f"{side}_in"] = float(_before(_IN_BEFORE, text, x))
            f[f"{side}_of"] = float(_before(_OF_BEFORE, text, x))
            f[f"{side}_by"] = float(_before(_BY_BEFORE, text, x))
            f[f"{side}_possessive"] = float(_POSSESSIVE.match(text, x.end) is not None)
            f[f"{side}_first"] = float(not text[u.start : x.start].strip(" \n\t\"'“‘-"))
            prev = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
            if prev is not None and prev.group(1).casefold() in _SMALL_WORDS:
                f[f"{side}_prev={prev.group(1).casefold()}"] = 1.0
            for k in _KINDS:
                if k == c.kind:
                    f[f"{k}&{side}_before"] = float(before)
                    f[f"{k}&{side}_from"] = f[f"{side}_from"]
                    f[f"{k}&{side}_to"] = f[f"{side}_to"]
                    f[f"{k}&{side}_in"] = f[f"{side}_in"]
    if not implicit_a and not implicit_b:
        f["a_first"] = float(a.start < b.start)
        lo, hi = (a, b) if a.start < b.start else (b, a)
        f["gap"] = math.log1p(max(0, hi.start - lo.end)) / 5.0
        f["coordinated"] = float(_AND_BETWEEN.match(text, lo.end, hi.start) is not None)
    f["same_country"] = float(a.country is not None and a.country == b.country)
    f["rules_pair"] = float((a.key, b.key) in rule_pairs)
    f["rules_reverse"] = float((b.key, a.key) in rule_pairs)
    f["rules_visitor"] = float(any(p[0] == a.key for p in rule_pairs))
    f["rules_host"] = float(any(p[1] == b.key for p in rule_pairs))
    f["rules_none"] = float(not rule_pairs)
    here = [v for v in reader.found if v.span[0] <= t < v.span[1]]
    f["rules_here"] = float(bool(here))
    f["rules_here_visitor"] = float(any(v.visitor.key == a.key for v in here))
    f["rules_here_host"] = float(any(v.host.key == b.key for v in here))
    f["named_after"] = float(_named_after(a, b) or _named_after(b, a))
    f["act_pair"] = float(frozenset((a.key, b.key)) in act_pairs)
    dates = [d for d in reader.dates.within(u.start, u.end) if d.value is not None]
    f["dated"] = float(bool(dates))
    if dates:
        d = min(dates, key=lambda d: abs(d.start - t))
        f["date_day"] = float(d.value is not None and d.value.day is not None)
        f["date_month"] = float(d.value is not None and d.value.month is not None)
        f["date_dist"] = math.log1p(abs(d.start - t)) / 5.0
        f["dates"] = math.log1p(len(dates))
    f["planned"] = float(_PLANNED.search(text, u.start, u.end) is not None)
    f["actors"] = math.log1p(len(reader.cast.within(u.start, u.end))) / 2.0


def _named_after(org: Actor, place: Actor) -> bool:
    """True when an organisation is named after a place ("Port of Aberdeen", "Hochschule
    Aalen")."""
    if org.kind != "organisation" or place.kind != "place":
        return False
    name = place.name.casefold()
    return len(name) >= 4 and name in org.name.casefold()


def _pairs_of(actors: list[Actor], anchor: int) -> list[tuple[Actor, Actor]]:
    """Ordered pairs of distinct actors, each actor by its mention nearest the anchor."""
    nearest: dict[str, Actor] = {}
    for a in actors:
        old = nearest.get(a.key)
        if old is None or abs(a.start - anchor) < abs(old.start - anchor):
            nearest[a.key] = a
    xs = list(nearest.values())
    return [(a, b) for a in xs for b in xs if a.key != b.key]


def candidates(reader: _Reader, us: list[Unit]) -> list[Candidate]:
    """The candidate pairs of every sentence with a visit cue, with their features."""
    idx = reader.idx
    rule_pairs = {(v.visitor.key, v.host.key) for v in reader.found}
    act_pairs: set[frozenset[str]] = set()
    for fact in reader.doc.agreements:
        keys = [a.key for a in map(reader._party_actor, fact.parties) if a is not None]
        act_pairs.update(frozenset((x, y)) for x in keys for y in keys if x != y)
    home = reader.cast.home
    out: list[Candidate] = []
    for i, u in enumerate(us):
        cues = [(m.start(), m.lastgroup or "noun") for m in _CUES.finditer(idx, u.start, u.end)]
        if not cues:
            cues = [(m.start(), "signing") for m in _SIGNING.finditer(idx, u.start, u.end)][:1]
        if not cues:
            continue
        lo, hi = max(0, i - WINDOW), min(len(us), i + WINDOW + 1)
        actors = reader._places(u)
        for j in range(lo, hi):
            if j != i:
                actors = actors + reader._places(us[j])
        if home is not None and all(a.key != home.key for a in actors):
            actors = [*actors, home.at(0, 0)]
        if len(actors) < 2:
            continue
        seen: set[tuple[str, str]] = set()
        for pos, kind in cues:
            for a, b in _pairs_of(actors, pos):
                if (a.key, b.key) in seen:
                    continue
                seen.add((a.key, b.key))
                c = Candidate(u, a, b, pos, kind)
                _features(reader, c, rule_pairs, act_pairs)
                out.append(c)
    return out


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    """The model's probability: with `WEIGHTS`, that the candidate's visit (its pair and its
    date) is a visit the rules missed; with `DROP_WEIGHTS`, that a pair the rules found is a
    visit."""
    z = sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _enabled() -> bool:
    flag = os.environ.get("CITYTIES_VISIT_MODEL")
    if flag is not None:
        return flag not in ("", "0")
    return ENABLED


def run(reader: _Reader, us: list[Unit]) -> None:
    """Add the candidates the model finds likely that the rules missed, and leave out the
    rules' pairs that it finds unlikely."""
    if not WEIGHTS or not _enabled() or (ADD_THRESHOLD >= 1.0 and DROP_THRESHOLD <= 0.0):
        return
    cands = candidates(reader, us)
    if not cands:
        return
    rule_pairs = {(v.visitor.key, v.host.key) for v in reader.found}
    kept: dict[tuple[str, str], float] = {}  # the rules' pairs: their best probability
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}  # the others: the best candidate
    for c in cands:
        k = (c.visitor.key, c.host.key)
        if k in rule_pairs:
            if DROP_THRESHOLD > 0.0:
                kept[k] = max(kept.get(k, 0.0), probability(c.features, DROP_WEIGHTS))
        elif ADD_THRESHOLD < 1.0:
            p = probability(c.features, WEIGHTS)
            if p >= ADD_THRESHOLD and (k not in best or p > best[k][0]):
                best[k] = (p, c)
    low = {k for k, p in kept.items() if p < DROP_THRESHOLD}
    if low:
        reader.found = [v for v in reader.found if (v.visitor.key, v.host.key) not in low]
    for _, c in sorted(best.values(), key=lambda pc: pc[1].anchor):
        reader._add(c.unit, c.visitor, c.host, c.anchor)
