"""A learned decider over broad act candidates (cityties.agreements, issue 2).

A candidate is an act word (a keyword of the agreement reader, with its type) and an
unordered pair of actors of the engine's cast found in the act word's sentence or the one
before it; the document's own place (`Cast.home`) stands in every window. The decider only
ADDS acts to the rules' acts: a pair the rules link under any type (by names or GeoNames
ids), or whose names share a telling word each with the two parties of an act of the rules
("Port Atlantique La Rochelle" for "port de La Rochelle": the same act under other names),
is no candidate, nor is a place that qualifies an organisation noun ("Sanya hospital",
"l'hôpital de Lyon", "het ziekenhuis van Gent": the organisation is the party). Each
candidate is described by cheap features that hold in the four languages (the act word's
type and whether it is generic, the distance between the act word and each actor, where the
act word stands against the pair, the actors' kinds and countries, whether an actor is
already a party of an act of the rules, cue words of the sentence: a signing verb, a
negation, a future or plan, an ending, a list, "the two cities"; the count of actors; the
language) and by features that LINK the two actors (`_links`): "A and B signed" / "A et B" /
"A und B" / "A en B" or "A – B", "between A and B" / "entre" / "zwischen" / "tussen", "A ...
with B" (the lexicon's `WITH_PREP`: with, met, avec, mit, "jumelée à"; the "with" actor
nearest the act word, and not when the other actor is a venue), the page's own place with a
"with" actor, a third actor the "with" one, "B, with which / waarmee / avec laquelle A", a
venue among the pair or outside it ("in Z", "à Z", "te Z", "nach Z"), how many other actors
stand nearer the act word. A logistic model (`WEIGHTS`) fitted on the gold acts of the
development corpora by `tools/train_act_model.py` scores them; candidates at `THRESHOLD` or
more become acts.

A pair whose two actors both stand in the sentence before the act word's is no candidate
(`SKIP_BOTH_PREV`: guests "uit Lyon en Wuhan" named before "werd een intentieverklaring
ondertekend") unless the act word's sentence names a pair ("the two universities", "beide
Städte", `BOTH_LOW`: then the feature "both_prev"). A candidate that no layout of the pair
can lift to the threshold is left out before `_structure` and `_links` read it (`floor`).

Shipped OFF (`agreements.ACT_MODEL` False; `WEIGHTS` and `THRESHOLD` written: l2 1,
threshold 0.5, fitted on 30 corpora with corpus37). Measured 2026-12-02 (session 24,
actdec3; tools/train_act_model.py): nested leave-one-corpus-out over 30 development corpora
agreements F1 summed 25.9394 -> 26.0080, 20 acts added of which 12 right, but corpus34 loses
0.012 (two wrong acts: "lehrenden" read as an actor beside a negated act, a wrong pair of
universities under "de universiteiten van Wuhan en Shanghai") and corpus27 0.005: the
switch's condition (no corpus losing more than 0.01) fails by one corpus. Gains: corpus32
+0.037 (4 right), corpus29 +0.019, corpus33 / corpus35 +0.009, corpus31 +0.008, corpus37
+0.006 (5 added, 2 right; the wrong ones a person "ZHAO Min" as an actor and a venue "9
april, Shanghai:"). Turned on with these weights, the five failures of session 23 (a pair
both in the sentence before the act word) are gone: tests/extraction's
test_party_resolver.py and test_agreements.py pass (308 tests), and the first 73 % of
tests/extraction ran without a failure (the run was stopped there). An added act is
"planned" when its sentence has a plan or future word, else "signed"; a signed one takes the
one date its act word's sentence names (`DATED`; none or several: undated; the engine's
detail readers work on the rules' readings, which a candidate has not). Development corpora,
scoreall with session 23's decider (its weights and candidates) on against off: agreements
corpus20 +0.045, corpus32 +0.038, corpus35 +0.026, corpus36 +0.020, corpus31 +0.019,
corpus29 +0.019, corpus33 +0.017, corpus27 +0.016; corpus16 -0.009, corpus30 / corpus34
-0.006, corpus2 -0.004; strict falls where undated acts are added (corpus20 -0.022, corpus35
-0.011; +0.013 corpus32, +0.007 corpus36 with the dating). Cost, pure-Python extraction's
CPU time, decider on against off in the same run (session 24, one core, a loaded machine):
corpora 30-37 +8.7 % with `floor` (+14.4 % without it; session 23: about 11 % on corpora
30-36), the dev texts +26 % (10 documents dense in acts, 0.14 -> 0.18 s; `floor` saves
little there); on 505 pickled documents the candidates alone take 0.50 s with `floor`
against 0.61 s without.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors._lexicon_agreements import BOTH_LOW, WITH_PREP_LOW
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.types import (
    AGREEMENT_TYPES,
    AgreementFact,
    AgreementStatus,
    AgreementType,
    Party,
)

if TYPE_CHECKING:
    from cityties.extraction.doc import Doc
    from cityties.extraction.extractors._parties import Cast
    from cityties.extraction.extractors.agreements import Keyword
    from cityties.text import PartialDate

__all__ = [
    "THRESHOLD",
    "WEIGHTS",
    "Candidate",
    "candidates",
    "extra_acts",
    "probability",
]

# cue words of the act word's sentence, lower case, matched at word starts
_SIGN_WORDS: Final = (
    "signed",
    "signing",
    "sign ",
    "signs ",
    "concluded",
    "established",
    "ondertek",
    "getekend",
    "gesloten",
    "signé",
    "signat",
    "conclu",
    "unterzeichn",
    "unterschrieb",
    "geschlossen",
)
_NEGATION_WORDS: Final = (
    "not ",
    "never",
    "no ",
    "niet ",
    "geen ",
    "nooit",
    "pas ",
    "jamais",
    "aucun",
    "nicht ",
    "kein",
    "nie ",
)
_FUTURE_WORDS: Final = (
    "will ",
    "would ",
    "plan",
    "intend",
    "propos",
    "zal ",
    "zullen",
    "wil ",
    "willen",
    "voorne",
    "sera ",
    "seront",
    "prévu",
    "envisag",
    "wird ",
    "werden",
    "soll",
    "geplant",
)
_ENDED_WORDS: Final = (
    "ended",
    "terminat",
    "suspend",
    "beëindig",
    "opgezegd",
    "verbroken",
    "rompu",
    "résili",
    "beendet",
    "gekündigt",
)
# a pair that resembles the parties of an act of the rules is that act under other names
SKIP_RESEMBLING: Final = True
DATED: Final = True  # an added signed act takes the one date of its sentence
WINDOW: Final = 1  # sentences before the act word's sentence that the window takes
# a pair whose two actors both stand in a sentence before the act word's ("Ghent received
# guests from Lyon and Wuhan. A letter of intent was signed."): no candidate unless the act
# word's sentence names a pair ("the two cities", "beide Städte", "les deux universités":
# `BOTH_LOW`); False: the feature "both_prev" only
SKIP_BOTH_PREV: Final = True

# the logistic model (tools/train_act_model.py --write); empty: no act is added
WEIGHTS: Final[dict[str, float]] = {
    "bias": -1.1379,
    "a_in_act": -1.2611,
    "actors": -0.3129,
    "adjacent": -1.3699,
    "admin1_party": -1.0812,
    "after": -0.2916,
    "before": 0.6989,
    "between": 0.4835,
    "between_a": -0.1685,
    "between_pair": 0.9489,
    "both_in_act": -1.3372,
    "both_phrase": 0.0144,
    "both_prev": -0.7829,
    "clause_break": -0.4087,
    "coord_pair": 0.4769,
    "coordinated": 0.5552,
    "country_party": -0.0048,
    "country_unknown": -0.5716,
    "doc_acts": -0.0691,
    "ended": -0.1547,
    "far": -0.6768,
    "future": -0.8529,
    "generic": 0.6349,
    "home": 0.8352,
    "home_injected": -0.3032,
    "lang=de": -0.3547,
    "lang=en": -0.3647,
    "lang=fr": 0.4875,
    "lang=nl": 0.2319,
    "linked": 0.639,
    "list": -0.5364,
    "near": -0.7159,
    "nearer": -0.6646,
    "negation": 0.6536,
    "one_counterpart": 0.2096,
    "one_new": 0.0761,
    "others_between": -0.3622,
    "prev_sentence": -0.8103,
    "rel_with": -0.0432,
    "resembles_act": 0.0,
    "same_country": -1.994,
    "sign": -0.1564,
    "together": 0.5671,
    "two_orgs": 1.4943,
    "two_places": 0.6789,
    "type=cooperation_agreement": 0.0135,
    "type=declaration_of_intent": 0.3693,
    "type=friendship": -0.4456,
    "type=letter_of_intent": 0.2297,
    "type=memorandum_of_understanding": -0.126,
    "type=other": -0.2722,
    "type=sister_city": 0.2314,
    "venue_other": 0.6664,
    "venue_pair": 0.1138,
    "with_a": -1.1176,
    "with_b": 0.8144,
    "with_home": -0.5378,
    "with_one": 0.012,
    "with_other": -0.2142,
}
THRESHOLD: Final = 0.5


class Candidate:
    """An act word with a pair of actors: the act it would be, and its features."""

    __slots__ = ("type", "a", "b", "start", "end", "features")

    def __init__(
        self,
        type: AgreementType,
        a: Actor,
        b: Actor,
        start: int,
        end: int,
        features: dict[str, float],
    ) -> None:
        self.type = type
        self.a = a
        self.b = b
        self.start = start
        self.end = end
        self.features = features


def _has(low: str, words: tuple[str, ...]) -> bool:
    for w in words:
        i = low.find(w)
        while i >= 0:
            if i == 0 or not low[i - 1].isalpha():
                return True
            i = low.find(w, i + 1)
    return False


def _ident(name: str) -> str:
    return " ".join(name.lower().split())


def candidates(
    doc: Doc,
    cast: Cast,
    keywords: list[Keyword],
    acts: list[AgreementFact],
    skip_both_prev: bool = SKIP_BOTH_PREV,
    floor: tuple[dict[str, float], float] | None = None,
) -> list[Candidate]:
    """The candidates of a document the rules' `acts` do not already hold, one per type and
    pair (the nearest act word's), with their features; with `skip_both_prev` none whose
    two actors both stand in the sentence before the act word's (the own place added to
    the window stands nowhere) unless that sentence names a pair ("the two cities").

    floor: (weights, z): a candidate whose score under the weights stays below z whatever
    the pair's layout (`_LATE`: "with B", "A and B", ...) is left out before that layout is
    read (the candidates kept at a threshold are the same, found for less).
    """
    sentences = doc.sentences
    if not keywords or not sentences:
        return []
    gain = _late_gain(floor[0]) if floor is not None else 0.0
    home = cast.home
    # the actors by sentence index
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Actor]] = {}
    for a in cast.actors:
        k = _index(starts, a.start)
        if k >= 0 and a.start < sentences[k].end:
            by_sentence.setdefault(k, []).append(a)
    seen: dict[str, set[int]] = {}  # the sentences each actor stands in
    for k, actors in by_sentence.items():
        for a in actors:
            seen.setdefault(a.key, set()).add(k)
    # the pairs of the rules' acts, by names and by GeoNames ids: the decider adds acts
    # between pairs the rules did not link (a second type of a linked pair is theirs)
    geo_pairs: set[frozenset[int]] = set()
    in_acts: dict[str, int] = {}
    pair_acts: set[frozenset[str]] = set()
    act_words: list[tuple[frozenset[str], ...]] = []  # the content words of each act's parties
    for act in acts:
        ids = frozenset(_ident(p.name) for p in act.parties)
        pair_acts.add(ids)
        if len(act.parties) == 2:
            act_words.append(tuple(_content_words(p.name) for p in act.parties))
        geos = frozenset(p.geonameid for p in act.parties if p.geonameid is not None)
        if len(geos) == 2:
            geo_pairs.add(geos)
        for name in ids:
            in_acts[name] = in_acts.get(name, 0) + 1
    best: dict[tuple[str, frozenset[str]], Candidate] = {}
    low_cache: dict[int, str] = {}
    cue_cache: dict[int, dict[str, float]] = {}  # the sentence's cue words
    names: dict[int, str] = {}  # display names by actor identity

    idents: dict[int, str] = {}  # the same, folded (`_ident`)
    likes: dict[frozenset[str], bool] = {}  # pairs of names resembling an act of the rules

    def shown(x: Actor) -> str:
        got = names.get(id(x))
        if got is None:
            got = names[id(x)] = cast.display_name(x)
        return got

    def ident(x: Actor) -> str:
        got = idents.get(id(x))
        if got is None:
            got = idents[id(x)] = _ident(shown(x))
        return got

    memo: dict[tuple[int, int], bool] = {}  # (actor start, 0 "with" / 1 venue) -> marked
    n_acts = len(acts)
    for kw in keywords:
        k = _index(starts, kw.start)
        if k < 0:
            continue
        window = list(by_sentence.get(k, []))
        if k >= WINDOW:
            for j in range(k - WINDOW, k):
                window.extend(by_sentence.get(j, []))
        # the nearest occurrence of each actor
        near: dict[str, Actor] = {}
        for a in window:
            o = near.get(a.key)
            if o is None or _gap(a, kw.start, kw.end) < _gap(o, kw.start, kw.end):
                near[a.key] = a
        injected = home is not None and home.key not in near
        if home is not None and injected:
            near[home.key] = home
        if len(near) < 2:
            continue
        low = low_cache.get(k)
        if low is None:
            s = sentences[k]
            low = low_cache[k] = doc.text[s.start : s.end].lower()
            cue_cache[k] = _cues(low)
        actors = sorted(near.values(), key=lambda a: a.start)
        s_start = sentences[k].start
        # "the two cities": the act word's sentence may name a pair of the one before
        skip_prev = skip_both_prev and not cue_cache[k]["both_phrase"]
        n_in_sentence = sum(1 for a in actors if a.start >= s_start)
        for i, a in enumerate(actors):
            a_prev = a.start < s_start and not (injected and a is home)
            for b in actors[i + 1 :]:
                both_prev = a_prev and b.start < s_start and not (injected and b is home)
                if both_prev and skip_prev:
                    continue
                ids = frozenset((ident(a), ident(b)))
                if len(ids) < 2 or ids in pair_acts:
                    continue
                key = (kw.type, ids)  # one candidate per type and pair of names
                c = best.get(key)
                dist = _gap(a, kw.start, kw.end) + _gap(b, kw.start, kw.end)
                if c is not None and c.features["_dist"] <= dist:
                    continue
                like = likes.get(ids)
                if like is None:
                    like = likes[ids] = bool(act_words) and _resembles(
                        shown(a), shown(b), act_words
                    )
                if like and SKIP_RESEMBLING:
                    continue
                if (
                    a.geonameid is not None
                    and b.geonameid is not None
                    and frozenset((a.geonameid, b.geonameid)) in geo_pairs
                ):
                    continue
                if any(
                    _qualifies(doc.text, x, memo) for x in (a, b) if x is not home or not injected
                ):
                    continue  # "Sanya hospital": the organisation is the party, not the place
                f = _features(doc, kw, a, b, home, cue_cache[k], n_in_sentence, n_acts)
                f["home_injected"] = float(injected and home in (a, b))
                f["both_prev"] = float(both_prev)
                lo = min(a.start, kw.start)
                hi = max(b.end, kw.end)
                others = {
                    x.key for x in window if lo <= x.start < hi and x.key not in (a.key, b.key)
                }
                f["others_between"] = math.log1p(len(others))
                f["prev_sentence"] = float(
                    any(x.start < s_start and not (injected and x is home) for x in (a, b))
                )
                f["_dist"] = float(dist)
                f["resembles_act"] = float(like)
                ia, ib = sorted(ids)
                f["a_in_act"] = float(in_acts.get(ia, 0) > 0 or in_acts.get(ib, 0) > 0)
                f["both_in_act"] = float(in_acts.get(ia, 0) > 0 and in_acts.get(ib, 0) > 0)
                f["one_new"] = float((in_acts.get(ia, 0) > 0) != (in_acts.get(ib, 0) > 0))
                f["together"] = math.log1p(len(seen.get(a.key, set()) & seen.get(b.key, set())))
                if floor is not None and _score(f, floor[0]) + gain < floor[1]:
                    # no layout of the pair can lift it to the threshold: it still holds its
                    # type and pair against a farther act word, unscored
                    f["_pruned"] = 1.0
                else:
                    _structure(f, doc.text, kw, a, b)
                    _links(f, doc.text, s_start, kw, (a, b), window, injected, memo)
                best[key] = Candidate(kw.type, a, b, kw.start, kw.end, f)
    return sorted((c for c in best.values() if "_pruned" not in c.features), key=lambda c: c.start)


# the features of the pair's layout (`_structure`, `_links`) and the most each can be
# (None: no bound; "nearer" counts actors)
_LATE: Final[dict[str, float | None]] = {
    "with_b": 1.0,
    "with_a": 1.0,
    "between_a": 1.0,
    "coordinated": 1.0,
    "clause_break": 1.0,
    "adjacent": 1.0,
    "with_one": 1.0,
    "with_home": 1.0,
    "with_other": 1.0,
    "venue_pair": 2.0,
    "venue_other": 1.0,
    "coord_pair": 1.0,
    "between_pair": 1.0,
    "rel_with": 1.0,
    "nearer": None,
    "linked": 1.0,
}


def _late_gain(weights: dict[str, float]) -> float:
    """The most the layout features can add to a score under `weights` (inf: no bound)."""
    gain = 0.0
    for name, top in _LATE.items():
        w = weights.get(name, 0.0)
        if w > 0.0:
            if top is None:
                return math.inf
            gain += w * top
    return gain


def _score(features: dict[str, float], weights: dict[str, float]) -> float:
    z = 0.0
    for name, value in features.items():
        z += weights.get(name, 0.0) * value
    return z


_WITH_WORDS: Final = ("with", "met", "avec", "mit", "entre", "between", "tussen", "zwischen")
_BETWEEN_WORDS: Final = ("between", "entre", "tussen", "zwischen")
_AND_WORDS: Final = ("and", "en", "et", "und", "&", "-", "–", "/")


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def _structure(f: dict[str, float], text: str, kw: Keyword, a: Actor, b: Actor) -> None:
    """Where the pair stands against the act word: "between A and B", "A and B sign",
    "with B", a clause break between them."""
    before_a = _last_word(text[max(0, a.start - 12) : a.start])
    before_b = _last_word(text[max(0, b.start - 12) : b.start])
    f["with_b"] = float(before_b in _WITH_WORDS)
    f["with_a"] = float(before_a in _WITH_WORDS)
    f["between_a"] = float(before_a in _BETWEEN_WORDS)
    gap = text[a.end : b.start] if a.end <= b.start else ""
    f["coordinated"] = float(
        0 < len(gap) <= 8 and (gap.strip().lower() in _AND_WORDS or gap.strip() == "")
    )
    lo = min(a.start, kw.start)
    hi = max(b.end, kw.end)
    span = text[lo:hi]
    f["clause_break"] = float(";" in span or ":" in span or "\n" in span)
    f["adjacent"] = float(min(_gap(a, kw.start, kw.end), _gap(b, kw.start, kw.end)) <= 3)


_BETWEEN_SET: Final = frozenset(_BETWEEN_WORDS)
_AND_SET: Final = frozenset(("and", "en", "et", "und", "&", "as", "well", "sowie", "ainsi", "que"))
_DASHES: Final = frozenset(("-", "–", "—", "/", "&"))
# a place named as where something happens, not as a party: "signed in Z", "à Z", "te Z"
_VENUE_SET: Final = frozenset(("in", "at", "à", "au", "te", "im", "nach", "naar", "to"))
# the words of the two lists below: articles and "of", the nouns of a place's kind, the
# nouns of an institution's kind ("with the port of X", "Port Atlantique La Rochelle")
_ARTICLES: Final = frozenset(
    (
        "the",
        "de",
        "d",
        "het",
        "la",
        "le",
        "les",
        "l",
        "der",
        "die",
        "dem",
        "den",
        "des",
        "du",
        "of",
        "van",
        "von",
    )
)
_PLACE_NOUNS: Final = frozenset(
    (
        "city",
        "town",
        "stad",
        "ville",
        "stadt",
        "gemeente",
        "commune",
        "municipality",
        "municipalité",
        "county",
        "province",
        "provincie",
        "provinz",
        "région",
        "regio",
        "region",
    )
)
_INSTITUTION_NOUNS: Final = frozenset(
    (
        "port",
        "ports",
        "haven",
        "hafen",
        "university",
        "université",
        "universiteit",
        "universität",
        "universidad",
        "college",
        "hogeschool",
        "hochschule",
        "school",
        "institute",
        "institut",
        "instituut",
        "chamber",
        "chambre",
        "kamer",
        "kammer",
        "handelskammer",
        "authority",
        "council",
        "conseil",
        "government",
    )
)
# fillers between a preposition and the name: articles, "the city of", "der Stadt", "its
# partner city", "the Chinese port of"
_FILLERS: Final = (
    _ARTICLES
    | _PLACE_NOUNS
    | _INSTITUTION_NOUNS
    | frozenset(
        (
            "chinese",
            "chinesischen",
            "chinoise",
            "chinois",
            "chinees",
            "partner",
            "partnerstadt",
            "zusterstad",
            "twin",
            "sister",
            "a",
            "an",
            "een",
            "une",
            "un",
            "ein",
            "einer",
            "einem",
            "its",
            "zijn",
            "haar",
            "sa",
            "son",
            "ses",
            "seiner",
            "ihrer",
            "our",
            "onze",
            "notre",
            "unserer",
        )
    )
)
_REL_WITH: Final = (
    "with which",
    "with whom",
    "waarmee",
    "met wie",
    "avec laquelle",
    "avec lequel",
    "avec lesquelles",
    "avec lesquels",
    "avec qui",
    "mit der",
    "mit dem",
    "mit denen",
    "mit welche",
)


def _words_before(text: str, start: int, n: int = 5) -> list[str]:
    """The last words before `start` within its clause, lower case, nearest last (a comma,
    full stop, semicolon, colon or line break ends the look-back; a quote is dropped)."""
    lo = max(0, start - 60)
    chunk = text[lo:start]
    for stop in (",", ".", ";", ":", "\n", "(", ")"):
        i = chunk.rfind(stop)
        if i >= 0:
            chunk = chunk[i + 1 :]
    words = chunk.lower().replace("'", " ").replace("’", " ").split()
    return words[-n:]


def _marked(text: str, x: Actor, marks: frozenset[str]) -> bool:
    """Whether a word of `marks` stands before `x` with at most fillers between
    ("with the city of X", "mit der chinesischen Stadt X", "à Z")."""
    for w in reversed(_words_before(text, x.start)):
        if w in marks:
            return True
        if w not in _FILLERS:
            return False
    return False


def _with_marked(text: str, x: Actor) -> bool:
    """Whether a "with" of the lexicon (`WITH_PREP_LOW`: with, met, avec, mit, entre, "jumelée
    à", "qui la lie ... à") governs `x`: it ends before it with at most fillers between."""
    lo = max(0, x.start - 60)
    chunk = text[lo : x.start].lower()
    end = -1
    for m in WITH_PREP_LOW.finditer(chunk):
        end = m.end()
    if end < 0:
        return False
    rest = chunk[end:]
    if any(p in rest for p in ",.;:()\n"):
        return False
    words = rest.replace("'", " ").replace("’", " ").split()
    return all(w in _FILLERS for w in words) and len(words) <= 4


# organisation nouns a place may qualify: "Sanya hospital", "l'hôpital de Sanya", "het
# ziekenhuis van Sanya", "das Krankenhaus von Sanya"
_ORG_NOUNS: Final = frozenset(
    (
        "hospital",
        "hospitals",
        "hôpital",
        "ziekenhuis",
        "krankenhaus",
        "klinikum",
        "port",
        "ports",
        "haven",
        "hafen",
        "university",
        "université",
        "universiteit",
        "universität",
        "college",
        "school",
        "école",
        "schule",
        "company",
        "firm",
        "entreprise",
        "bedrijf",
        "unternehmen",
        "firma",
        "chamber",
        "chambre",
        "kamer",
        "kammer",
        "delegation",
        "délégation",
        "delegatie",
        "museum",
        "musée",
        "zoo",
        "airport",
        "aéroport",
        "luchthaven",
        "flughafen",
        "team",
        "club",
        "officials",
        "authorities",
    )
)
_OF_WORDS: Final = frozenset(("of", "de", "d", "du", "des", "van", "von", "vom", "der"))


def _modifier(text: str, x: Actor) -> bool:
    """Whether a place qualifies an organisation noun instead of being a party: "Sanya
    hospital", "the hospital of Sanya", "l'hôpital de Sanya", "het ziekenhuis van Sanya"."""
    after = text[x.end : x.end + 16].lstrip(" -").lower().split()
    if after and after[0].strip(",.;:") in _ORG_NOUNS:
        return True
    before = _words_before(text, x.start, 2)
    return len(before) == 2 and before[1] in _OF_WORDS and before[0] in _ORG_NOUNS


def _qualifies(text: str, x: Actor, memo: dict[tuple[int, int], bool]) -> bool:
    """`_modifier` of a place, kept in `memo` (key: start, 2)."""
    if x.kind != "place":
        return False
    m = memo.get((x.start, 2))
    if m is None:
        m = memo[(x.start, 2)] = _modifier(text, x)
    return m


def _links(
    f: dict[str, float],
    text: str,
    s_start: int,
    kw: Keyword,
    pair: tuple[Actor, Actor],
    window: list[Actor],
    injected: bool,
    memo: dict[tuple[int, int], bool],
) -> None:
    """Whether the sentence links the two actors by the act: "A and B signed", "between A
    and B", "A ... with B", "B, with which A ...", one of them named as a venue ("in Z") or
    a third actor the "with" one; the two parties named as "the two cities". An injected
    own place (`injected`: the pair's second actor stands outside the window) has no
    position of its own. `memo` keeps each actor's marks."""

    def with_marked(x: Actor) -> bool:
        m = memo.get((x.start, 0))
        if m is None:
            m = memo[(x.start, 0)] = _with_marked(text, x)
        return m

    def venue(x: Actor) -> bool:
        m = memo.get((x.start, 1))
        if m is None:
            m = memo[(x.start, 1)] = _marked(text, x, _VENUE_SET)
        return m

    a, b = pair
    real = [x for x in pair if not injected or any(x is y for y in window)]
    with_pair = [with_marked(x) for x in real]
    in_sentence = [x for x in window if x.start >= s_start and x.key != a.key and x.key != b.key]
    # the "with" actor of the act word: the nearest one "with" governs
    gaps = [_gap(x, kw.start, kw.end) for x, m in zip(real, with_pair, strict=True) if m]
    ours = min(gaps) if gaps else -1
    nearer_with = any(
        with_marked(x) and (ours < 0 or _gap(x, kw.start, kw.end) < ours) for x in in_sentence
    )
    # "A signed ... with B": the other actor is no venue ("with B in Z" names no party Z)
    f["with_one"] = float(
        len(real) == 2
        and with_pair[0] != with_pair[1]
        and not nearer_with
        and not any(venue(x) for x, m in zip(real, with_pair, strict=True) if not m)
    )
    f["with_home"] = float(len(real) == 1 and with_pair[0] and not nearer_with)
    f["with_other"] = float(nearer_with)
    f["venue_pair"] = float(sum(1 for x in real if venue(x)))
    f["venue_other"] = float(any(venue(x) for x in in_sentence))
    if len(real) == 2 and a.end <= b.start:
        gap = text[a.end : b.start]
        words = gap.lower().replace("'", " ").replace("’", " ").split()
        clean = not any(p in gap for p in ".;:\n")
        head = words[0] if words else ""
        coord = clean and len(words) <= 5 and (head in _AND_SET or head in _DASHES)
        coord = coord and all(w in _FILLERS or w in _AND_SET for w in words[1:])
        between = _marked(text, a, _BETWEEN_SET)
        f["coord_pair"] = float(coord and not between)
        f["between_pair"] = float(coord and between)
        tail = text[a.end : a.end + 24].lower().lstrip(" ,")
        f["rel_with"] = float(any(tail.startswith(r) for r in _REL_WITH))
    else:
        f["coord_pair"] = f["between_pair"] = f["rel_with"] = 0.0
    # how many other actors of the window stand nearer the act word than the farther of
    # the pair
    far = max(_gap(x, kw.start, kw.end) for x in real) if real else 0
    nearer = {
        x.key for x in window if x.key not in (a.key, b.key) and _gap(x, kw.start, kw.end) < far
    }
    f["nearer"] = math.log1p(len(nearer))
    f["linked"] = float(
        f["with_one"] or f["with_home"] or f["coord_pair"] or f["between_pair"] or f["rel_with"]
    )


# words of names that say what an actor is, not which one it is
_GENERIC_NAME_WORDS: Final = (
    _ARTICLES
    | _PLACE_NOUNS
    | _INSTITUTION_NOUNS
    | frozenset(
        (
            "commerce",
            "koophandel",
            "industry",
            "industrie",
            "autonome",
            "municipal",
            "people",
            "group",
            "holding",
            "sciences",
            "applied",
            "studies",
            "études",
            "international",
            "internationales",
            "and",
            "et",
            "en",
            "und",
            "for",
            "für",
        )
    )
)


_WORDS_MEMO: dict[str, frozenset[str]] = {}


def _content_words(name: str) -> frozenset[str]:
    """The words of a name that tell which actor it is ("Port Atlantique La Rochelle":
    atlantique, rochelle), folded to lower case."""
    got = _WORDS_MEMO.get(name)
    if got is None:
        if len(_WORDS_MEMO) > 4096:
            _WORDS_MEMO.clear()
        words = name.lower().replace("-", " ").replace("'", " ").replace("’", " ").split()
        got = _WORDS_MEMO[name] = frozenset(
            w for w in words if len(w) > 2 and w not in _GENERIC_NAME_WORDS
        )
    return got


def _resembles(a: str, b: str, acts: list[tuple[frozenset[str], ...]]) -> bool:
    """Whether the two names share a content word each with a different party of one
    act of the rules ("Port Atlantique La Rochelle" and "port de La Rochelle"): the same
    act read under other names (an act of a pair is the rules' whatever its type)."""
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return False
    for parties in acts:
        p, q = parties
        if (wa & p and wb & q) or (wa & q and wb & p):
            return True
    return False


def _index(starts: list[int], offset: int) -> int:
    """The index of the last sentence starting at or before `offset` (-1 if none)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _gap(a: Actor, start: int, end: int) -> int:
    if a.end <= start:
        return start - a.end
    if a.start >= end:
        return a.start - end
    return 0


def _cues(low: str) -> dict[str, float]:
    """The cue words of a sentence (lower case): a signing verb, a negation, a future or
    plan, an ending, a list, "the two cities"."""
    return {
        "sign": float(_has(low, _SIGN_WORDS)),
        "negation": float(_has(low, _NEGATION_WORDS)),
        "future": float(_has(low, _FUTURE_WORDS)),
        "ended": float(_has(low, _ENDED_WORDS)),
        "list": float(low.count(",") + low.count(";") >= 3),
        "both_phrase": float(BOTH_LOW.search(low) is not None),
    }


def _features(
    doc: Doc,
    kw: Keyword,
    a: Actor,
    b: Actor,
    home: Actor | None,
    cues: dict[str, float],
    n_in_sentence: int,
    n_acts: int,
) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0}
    for t in AGREEMENT_TYPES:
        if kw.type == t:
            f[f"type={t}"] = 1.0
    f["generic"] = float(kw.generic)
    gaps = sorted((_gap(a, kw.start, kw.end), _gap(b, kw.start, kw.end)))
    f["near"] = math.log1p(gaps[0]) / 5
    f["far"] = math.log1p(gaps[1]) / 5
    is_home = home is not None and (a.key == home.key or b.key == home.key)
    f["home"] = float(is_home)
    f["between"] = float(a.end <= kw.start and b.start >= kw.end)
    f["before"] = float(b.end <= kw.start)
    f["after"] = float(a.start >= kw.end)
    orgs = [x.kind == "organisation" and not x.government for x in (a, b)]
    f["two_places"] = float(not any(orgs))
    f["two_orgs"] = float(all(orgs))
    kinds = (a.place_kind, b.place_kind)
    f["country_party"] = float("country" in kinds)
    f["admin1_party"] = float("admin1" in kinds)
    countries = [x.country for x in (a, b)]
    known = [x for x in countries if x]
    f["country_unknown"] = float(len(known) < 2)
    f["same_country"] = float(len(known) == 2 and known[0] == known[1])
    cps = doc.counterparts
    f["one_counterpart"] = float(len(known) == 2 and (known[0] in cps) != (known[1] in cps))
    f.update(cues)
    f["actors"] = math.log1p(n_in_sentence) / 2
    f["doc_acts"] = math.log1p(n_acts) / 2
    lang = doc.language
    for code in ("en", "nl", "fr", "de"):
        if lang == code:
            f[f"lang={code}"] = 1.0
    return f


def probability(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """The model's probability that a candidate is a gold act."""
    z = _score(features, WEIGHTS if weights is None else weights)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def extra_acts(
    doc: Doc,
    cast: Cast,
    keywords: list[Keyword],
    acts: list[AgreementFact],
    tag: str,
    weights: dict[str, float] | None = None,
    threshold: float = THRESHOLD,
) -> list[AgreementFact]:
    """The acts of the candidates the model (`weights`, else `WEIGHTS`) keeps: probability
    at least `threshold`."""
    w = WEIGHTS if weights is None else weights
    if not w:
        return []
    out: list[AgreementFact] = []
    floor = None
    if 0.0 < threshold < 1.0:  # a candidate scored below the threshold's logit is left out
        floor = (w, math.log(threshold / (1.0 - threshold)) - 1e-6)
    for c in candidates(doc, cast, keywords, acts, floor=floor):
        if probability(c.features, w) < threshold:
            continue
        status: AgreementStatus = "planned" if c.features["future"] else "signed"
        parties = tuple(
            Party(name=cast.display_name(x), kind=x.kind, geonameid=x.geonameid) for x in (c.a, c.b)
        )
        out.append(
            AgreementFact(
                parties=parties,
                type=c.type,
                status=status,
                signed=_sentence_date(doc, c.start) if status == "signed" and DATED else None,
                evidence=(doc.evidence(c.start, c.end, extractor=tag),),
            )
        )
    return out


def _sentence_date(doc: Doc, offset: int) -> PartialDate | None:
    """The one date the act word's sentence names (several or none: None)."""
    k = _index([s.start for s in doc.sentences], offset)
    if k < 0:
        return None
    s = doc.sentences[k]
    values = {d.value for d in doc.dates_in(s.start, s.end) if d.value is not None}
    return next(iter(values)) if len(values) == 1 else None
