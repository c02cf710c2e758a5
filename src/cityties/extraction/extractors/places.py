"""Extractor cityties.places: places, organisations and persons, ties and goals.

What it writes on the Doc:
- `mentions` (sorted by start): kind "place" with a `PlaceRef` (None when the name is not in
  the gazetteer), kind "organisation" with `org_kind`, kind "person".
- A city government ("City of Ghent", "Stad Gent", "eThekwini Municipality", "Cardiff
  Council") is written as TWO mentions over the same span: a place mention (name "Ghent", the
  PlaceRef) and an organisation mention (org_kind "city_government", the same name and
  PlaceRef). Consumers that want places take `kind == "place"`; those that want actors take
  either. Other organisation mentions carry the PlaceRef of the place their name contains
  ("Chongqing Chamber of Commerce" -> Chongqing, CN; "Wuhaner Außenhandelskammer" -> Wuhan),
  else None; tell a city government by `org_kind`, never by its PlaceRef. Their
  `OrganisationFact.place` is that place's surface name.
- Mention.name is the surface name without filler: "City of Xaimen" -> "Xaimen", "Jinhua City"
  -> "Jinhua", "Hansestadt Stralsund" -> "Stralsund", "the city of Tieling" -> "Tieling". A name
  that the gazetteer itself lists with the filler word keeps it ("New Taipei City").
- `places` (one PlaceFact per distinct place), `organisations`, `ties`, `goals`; `country` from
  the institution's place when it was not given.

`place_mentions(doc, start, end)` lists the place mentions of a span of text, once each.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors import _places_lex as lex
from cityties.extraction.extractors._places_country import home_country
from cityties.extraction.extractors._places_scan import (
    W_DEMONYM,
    RawSpan,
    Scanner,
    Tokens,
    gaz_memo,
)
from cityties.extraction.extractors._places_ties import (
    display_name,
    find_goals,
    find_ties,
    sentence_index,
)
from cityties.extraction.gazetteer import Gazetteer, ResolveContext, load, name_key
from cityties.extraction.registry import register
from cityties.extraction.types import (
    Evidence,
    Mention,
    OrganisationFact,
    PlaceFact,
    PlaceKind,
    PlaceRef,
)

__all__ = ["extract_places", "find_mentions", "place_mentions"]

_T = TypeVar("_T")
_KIND_ORDER = {"place": 0, "organisation": 1, "person": 2}
_MISSING = object()
_NEAR_KM = 30.0
_Q_PAREN = re.compile(r"\s*\(\s*([^()\n]{2,50}?)\s*\)")
_Q_COMMA = re.compile(r"\s*,\s*((?:[A-Z][\w'’.-]*\s?){1,4})")
_Q_IN = re.compile(
    r"\s+(?:in|en|au|aux|im)\s+(?:the\s+|der\s+|de\s+|het\s+)?"
    r"((?:(?:[A-Z][\w'’.-]*|of)\s?){1,5})"
)
# "Plymouth in de Amerikaanse staat Massachusetts", "Suzhou in the Chinese province of Anhui",
# "Springfield im US-Bundesstaat Illinois"
_Q_IN_REGION = re.compile(
    r"\s+(?:in|im|dans|en)\s+(?:the\s+|der\s+|de\s+|het\s+|l['’]|la\s+|le\s+)?"
    r"(?:[^\W\d_][\w-]*\s+)?(?:US-)?"
    r"(?i:states?|staat|bundesstaat|état|etat|provinces?|provincie|provinz|regions?|regio|"
    r"région|county|prefecture)"
    r"\s+(?:of\s+(?:the\s+)?|van\s+|de\s+|du\s+|d['’])?((?:[A-Z][\w'’.-]*\s?){1,4})"
)
_MAY_QUALIFY = re.compile(r"\s*[(,]|\s+(?:in|en|au|aux|im|dans)\s")
_Q_ARTICLE = re.compile(r"^(?:the|der|de|la|het)\s+", re.IGNORECASE)
_GEO_WORDS = re.compile(
    r"\b(?:provinces?|provincie|provinz|prefecture|state|county|region|regio|région|"
    r"département|departement|sheng|shi)\b",
    re.IGNORECASE,
)


def place_mentions(doc: Doc, start: int = 0, end: int | None = None) -> list[Mention]:
    """The place mentions inside [start, end), in text order, one per span."""
    stop = len(doc.text) if end is None else end
    return [m for m in doc.mentions_in(start, stop) if m.kind == "place"]


@register("cityties.places", version=3)
def extract_places(doc: Doc) -> None:
    """Find places, organisations and persons; resolve places; add ties and goals."""
    gaz = load()
    spans, resolved, tokens = _find(doc, gaz)
    mentions, org_places = _to_mentions(doc, spans, resolved, gaz)
    doc.mentions = sorted(
        [*doc.mentions, *mentions], key=lambda m: (m.start, -m.end, _KIND_ORDER[m.kind])
    )
    tag = extract_places.tag
    doc.places.extend(_place_facts(doc, mentions, tag))
    doc.organisations.extend(_organisation_facts(doc, mentions, org_places, tag, gaz))
    if doc.country is None and doc.institution:
        doc.country = _institution_country(doc, gaz, mentions)
    doc.ties.extend(find_ties(doc, mentions, tag, tokens=tokens))
    doc.goals.extend(find_goals(doc, mentions, tag, tokens=tokens))


# --------------------------------------------------------------------------------------------
# Scanning and resolution


def find_mentions(doc: Doc, gaz: Gazetteer) -> tuple[list[RawSpan], dict[int, int | None]]:
    """Raw spans of the text and, per place-bearing span (by id), its gazetteer entry."""
    spans, resolved, _ = _find(doc, gaz, infer_country=False)
    return spans, resolved


def _find(
    doc: Doc, gaz: Gazetteer, *, infer_country: bool = True
) -> tuple[list[RawSpan], dict[int, int | None], Tokens]:
    starts = {s.start for s in doc.sentences}
    sc = Scanner(doc.text, doc.language, gaz, starts)
    sc.find_persons()
    sc.find_city_forms()
    sc.find_organisations()
    sc.find_places()
    sc.find_headless_organisations()
    spans = sc.spans
    spans.sort(key=lambda s: s.start)
    if infer_country and doc.country is None and not doc.institution:
        doc.country = home_country(doc.text, spans, gaz)
    resolved = _resolve(doc, sc, spans, gaz)
    _fuzzy_places(doc, sc, spans, resolved, gaz)
    _near_namesakes(doc, spans, resolved, gaz)
    _repeated_names(sc, spans, resolved, gaz)
    return spans, resolved, sc.tk


def _near_namesakes(
    doc: Doc, spans: list[RawSpan], out: dict[int, int | None], gaz: Gazetteer
) -> None:
    """A name with a namesake next to another city of the same sentence means that namesake:
    'Lille-Roubaix-Tourcoing' is Lille in France, 'Huangshan ... Huizhou' the district nearby."""
    by_sentence: dict[int, list[tuple[RawSpan, int]]] = defaultdict(list)
    cands_of: dict[str, list[int]] = {}
    sentence_at = sentence_index(doc)
    memo_g = gaz_memo(gaz)  # (the lists are shared: never changed)
    for s in spans:
        e = out.get(id(s))
        if e is None or not s.key or gaz.kind_of(e) != "city":
            continue
        cands = cands_of.get(s.key)
        if cands is None:
            mk = ("namesakes", s.key)
            cands = memo_g.get(mk)
            if cands is None:
                cands = memo_g[mk] = [
                    c for c, _ in gaz.entries_for_key(s.key)[:12] if gaz.kind_of(c) == "city"
                ]
            cands_of[s.key] = cands
        sent = sentence_at(s.start)
        by_sentence[sent.start if sent else -1].append((s, e))
    memo: dict[tuple[int, tuple[int, ...]], int | None] = {}
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        for s, e in group:
            assert s.key is not None
            cands = cands_of[s.key]
            if len(cands) < 2:
                continue
            others = tuple(sorted({e2 for s2, e2 in group if s2.key != s.key}))
            countries = {gaz.country_of(o) for o in others}
            if not any(c != e and gaz.country_of(c) in countries for c in cands):
                continue  # no namesake in the country of another city of the sentence
            sig = (e, others)
            if sig not in memo:
                memo[sig] = _nearest_namesake(gaz, e, cands, others)
            better = memo[sig]
            if better is not None:
                out[id(s)] = better


def _nearest_namesake(
    gaz: Gazetteer, e: int, cands: list[int], others: tuple[int, ...]
) -> int | None:
    """The namesake of entry e within _NEAR_KM of one of `others`, when e itself is not."""
    if not others or any(gaz.distance_km(e, o) <= _NEAR_KM for o in others):
        return None
    countries = {gaz.country_of(o) for o in others}
    near = [
        c
        for c in cands
        if gaz.country_of(c) in countries and any(gaz.distance_km(c, o) <= _NEAR_KM for o in others)
    ]
    return max(near, key=lambda c: (gaz.weight(c), -c)) if near else None


def _repeated_names(
    sc: Scanner, spans: list[RawSpan], out: dict[int, int | None], gaz: Gazetteer
) -> None:
    """Every later bare use of a place name the document already recognised is a mention of
    that place: 'Leuven' after 'City of Leuven', 'Freiburg' after 'Freiburg im Breisgau'."""
    known: dict[str, int] = {}
    clash: set[str] = set()
    for s in spans:
        e = out.get(id(s))
        if e is None or not s.key or not (s.kind == "place" or s.government):
            continue
        ref = gaz.ref(e)
        for k in {s.key, name_key(ref.name), name_key(ref.name_en or "")}:
            if not k:
                continue
            if known.get(k, e) != e:
                clash.add(k)
            known[k] = e
    for k in clash:
        known.pop(k, None)
    if not known:
        return
    tk = sc.tk
    # a known name starts with the token's key (with a possessive "s" added, or a German
    # genitive "s" dropped): only such tokens are looked up
    firsts = {k.split(" ", 1)[0] for k in known}
    folds = tk.folds
    used = sc.used
    for i in sc.caps_idx:
        if used[i]:
            continue
        f = folds[i]
        if f not in firsts and f + "s" not in firsts and f[:-1] not in firsts:
            continue
        hit = sc.place_key_at(i)
        if hit is not None and hit[1] in known:
            end, key = hit
        elif tk.fold(i) in known and not sc.chain_cut(i, i + 1):
            end, key = i + 1, tk.fold(i)
        else:
            continue
        if not sc.free(i, end) or (end < tk.n and tk.linked(end - 1) and sc.head_kind(end)):
            continue
        span = sc.add_place(i, end, key, cue=True)
        out[id(span)] = known[key]
    spans.sort(key=lambda s: s.start)


def _country_events(sc: Scanner, spans: list[RawSpan], gaz: Gazetteer) -> list[tuple[int, str]]:
    """(offset, country) for each country, admin1 region or demonym written in the text."""
    events: list[tuple[int, str]] = []
    memo = gaz_memo(gaz)
    for s in spans:
        if s.kind == "place" and s.key and not s.weak:
            mk = ("event", s.key)
            cc = memo.get(mk)
            if cc is None:
                # the country of a country or admin1 name ('' when the name is no region)
                ents = gaz.entries_for_key(s.key)
                cc = memo[mk] = (
                    (gaz.country_of(ents[0][0]),)
                    if ents and gaz.kind_of(ents[0][0]) in ("country", "admin1")
                    else ()
                )
            if cc:
                events.append((s.start, cc[0]))
    tk = sc.tk
    for i in tk.having(W_DEMONYM):
        events.append((tk.starts[i], lex.DEMONYMS[tk.lowers[i]]))
    events.sort()
    return events


def _local_countries(
    sentence_at: Callable[[int], Sentence | None],
    start: int,
    events: list[tuple[int, str]],
    cache: dict[int, list[str]],
) -> list[str]:
    """Countries named or implied (demonyms) in the sentence around `start`."""
    sent = sentence_at(start)
    lo, hi = (sent.start, sent.end) if sent else (max(0, start - 150), start + 150)
    hit = cache.get(lo)
    if hit is not None:
        return hit
    out: list[str] = []
    k = bisect_left(events, (lo, ""))
    while k < len(events) and events[k][0] < hi:
        if events[k][1] and events[k][1] not in out:
            out.append(events[k][1])
        k += 1
    cache[lo] = out
    return out


def _qualifier(doc: Doc, end: int, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """A country or admin region written right after a place: '(Zheijang province)', ', Japan'
    (memoised by the text that follows)."""
    after = doc.text[end : end + 80]
    memo = gaz_memo(gaz)
    mk = ("qualifier", after)
    hit = memo.get(mk)
    if hit is None:
        hit = memo[mk] = _qualifier_of(after, gaz)
    return hit


def _qualifier_of(after: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    m = _Q_PAREN.match(after)
    if m is None:
        m = _Q_COMMA.match(after)
    if m is None:
        m = _Q_IN_REGION.match(after)
    if m is None:
        m = _Q_IN.match(after)
    if m is None:
        return None, None
    raw = m.group(1).strip().rstrip(".,;")
    if raw.endswith(("'s", "’s")):
        raw = raw[:-2]  # "Hamilton, New Zealand's fourth largest city"
    raw = _Q_ARTICLE.sub("", raw)
    core = _GEO_WORDS.sub(" ", raw).strip()
    if not core:
        return None, None
    ci = gaz.country_index(core) if len(core) > 1 else None
    if ci is not None and (len(core) > 3 or core.isupper() or "." in core):
        return gaz.country_of(ci), None
    words = core.split()
    for n in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[:n])
        hit = [e for e, _ in gaz.entries_for_key(name_key(cand)) if gaz.kind_of(e) == "admin1"]
        if hit:
            return gaz.country_of(hit[0]), gaz.admin1_of(hit[0])
    if _GEO_WORDS.search(raw) or after.lstrip().startswith("("):
        ref = gaz.admin1(core)
        if ref is not None:
            return ref.country, ref.admin1
    return None, None


def _resolve(doc: Doc, sc: Scanner, spans: list[RawSpan], gaz: Gazetteer) -> dict[int, int | None]:
    events = _country_events(sc, spans, gaz)
    votes = _count([cc for _, cc in events if cc])
    top = max(votes.values(), default=1)
    doc_bonus = {c: 2.5 * v / top for c, v in votes.items()}
    if doc.country:
        doc_bonus[doc.country] = max(2.0, doc_bonus.get(doc.country, 0.0))
    memo_g = gaz_memo(gaz)
    admin_names = []
    for s in spans:
        if s.key:
            mk = ("admin1_name", s.key)
            a = memo_g.get(mk, _MISSING)
            if a is _MISSING:
                ents = gaz.entries_for_key(s.key)
                a = memo_g[mk] = (
                    gaz.admin1_of(ents[0][0])
                    if ents and gaz.kind_of(ents[0][0]) == "admin1"
                    else None
                )
            if a:
                admin_names.append(a)
    admins = tuple(dict.fromkeys(admin_names))
    out: dict[int, int | None] = {}
    local_cache: dict[int, list[str]] = {}
    sentence_at = sentence_index(doc)
    memo: dict[tuple[str, tuple[PlaceKind, ...], tuple[str, ...]], int | None] = {}
    ctx_cache: dict[tuple[tuple[str, ...], tuple[PlaceKind, ...]], ResolveContext] = {}
    # key -> entries its qualified mentions name ("Suzhou (Anhui)"), in text order
    qualified_all: dict[str, list[int]] = defaultdict(list)
    pending: list[tuple[RawSpan, ResolveContext]] = []
    sent_lo, sent_hi = 0, -1
    local: tuple[str, ...] = ()
    # "het Engelse Plymouth": start of the word after a demonym -> the demonym's country
    tk = sc.tk
    demonym_at = {
        tk.ends[i] + 1: lex.DEMONYMS[tk.lowers[i]]
        for i in tk.having(W_DEMONYM)
        if i < tk.n - 1 and tk.gaps[i] == " "
    }
    for s in spans:
        if s.kind == "person" or (s.key is None and s.place_name is None):
            continue
        if s.key is None:
            e0 = None
            if s.kind == "place" and "admin1" in s.kinds and s.place_name:
                e0 = gaz.admin1_index(s.place_name)
            out[id(s)] = e0
            continue
        country, admin1 = (None, None)
        q_end = s.place_end if s.government and s.place_end else s.end
        if (s.kind == "place" or s.government) and _MAY_QUALIFY.match(doc.text, q_end):
            country, admin1 = _qualifier(doc, q_end, gaz)
        if s.start >= sent_hi or s.start < sent_lo:
            # (spans come in text order: the sentence changes seldom)
            sent = sentence_at(s.start)
            sent_lo, sent_hi = (sent.start, sent.end) if sent else (s.start, s.start)
            local = tuple(_local_countries(sentence_at, s.start, events, local_cache)[:3])
            if sent is None:
                sent_lo, sent_hi = 0, -1  # (no sentence: looked up again for the next span)
        ctx_key = (local, s.kinds)
        ctx = ctx_cache.get(ctx_key)
        if ctx is None:
            bonus = dict(doc_bonus)
            for cc in local:
                bonus[cc] = bonus.get(cc, 0.0) + 2.0
            ranked = sorted(bonus.items(), key=lambda kv: -kv[1])
            ctx = ctx_cache[ctx_key] = ResolveContext(
                countries=tuple([c for c, _ in ranked]),
                admin1=admins,
                kinds=s.kinds,
                country_bonus=tuple([b for _, b in ranked]),
            )
        if demonym_at and not (country or admin1) and s.kind == "place":
            demonym_cc = demonym_at.get(s.start)
            if demonym_cc is not None:
                e = gaz.resolve_index("", key=s.key, country=demonym_cc, context=ctx)
                if e is not None:
                    qualified_all[s.key].append(e)
                    out[id(s)] = e
                    continue
        if country or admin1:
            e = gaz.resolve_index("", key=s.key, country=country, admin1=admin1, context=ctx)
            if e is not None:
                s.cue = True
                qualified_all[s.key].append(e)
                out[id(s)] = e
                continue
            if country and s.kind == "place" and not s.government:
                # "Elizabeth, Australia" with no Elizabeth in Australia: an unknown place, not
                # a namesake elsewhere
                s.key = None
                out[id(s)] = None
                continue
        pending.append((s, ctx))
    # a bare name means the place its qualified mentions name most often (the first on a tie):
    # "Suzhou (Anhui)" three times and one "not to be confused with Suzhou in Jiangsu"
    qualified = {
        k: max(v, key=lambda e: (v.count(e), -v.index(e))) for k, v in qualified_all.items()
    }
    place_keys: set[str | None] | None = None
    for s, ctx in pending:
        if s.key is None:
            continue
        if s.key in qualified:
            out[id(s)] = qualified[s.key]
            continue
        sig = (s.key, s.kinds, ctx.countries[:4])
        if sig in memo:
            e = memo[sig]
        else:
            e = memo[sig] = gaz.resolve_index("", key=s.key, context=ctx)
        if s.kind == "organisation" and not s.government and e is not None:
            # a place inside an organisation's name must be a credible place of its own; one
            # among the name's modifiers must be a big place or one the text names anyway
            if s.weak:
                if place_keys is None:
                    place_keys = {
                        p.key for p in spans if (p.kind == "place" and not p.weak) or p.government
                    }
                if not (s.key in place_keys or _big_enough(gaz, e, s.key, bar=100_000)):
                    e = None
            elif not (_big_enough(gaz, e, s.key) or s.key in qualified):
                e = None
        out[id(s)] = e
    _filter_weak(spans, out, gaz)
    return out


def _filter_weak(spans: list[RawSpan], out: dict[int, int | None], gaz: Gazetteer) -> None:
    """Drop bare names that are too weak to be places (a rare word, a tiny namesake)."""
    strong_keys: set[str] = set()
    for s in spans:
        if not s.key or s.weak or s.initial or id(s) not in out:
            continue
        if s.kind == "place" or s.government:
            e = out[id(s)]
            if e is not None and (s.cue or _big_enough(gaz, e, s.key)):
                strong_keys.add(s.key)
    keep: list[RawSpan] = []
    for s in spans:
        if s.kind != "place" or s.place_name is None or s.key is None:
            keep.append(s)
            continue
        e = out.get(id(s))
        ok = e is not None and (
            s.key in strong_keys or (not s.weak and (s.cue or _big_enough(gaz, e, s.key)))
        )
        if ok and e is not None and s.initial and s.key not in strong_keys:
            # a capitalised word opening a sentence: a name only if some big place has it
            ok = any(_big_enough(gaz, c, s.key, bar=100_000) for c, _ in gaz.entries_for_key(s.key))
        if s.cue and not s.weak and s.kinds and e is None:
            ok = True
        if ok:
            keep.append(s)
        else:
            out.pop(id(s), None)
    spans[:] = keep


def _big_enough(gaz: Gazetteer, e: int, key: str, *, bar: float = 50_000) -> bool:
    """A prior high enough to take a name for this place without a cue in the text."""
    memo = gaz_memo(gaz)
    mk = ("big_enough", e, key, bar)
    hit = memo.get(mk)
    if hit is None:
        hit = memo[mk] = _big_enough_of(gaz, e, key, bar)
    return hit


def _big_enough_of(gaz: Gazetteer, e: int, key: str, bar: float) -> bool:
    kind = gaz.kind_of(e)
    if kind in ("country", "admin1"):
        return True
    w = gaz.weight(e)
    alt = all(alt for i, alt in gaz.entries_for_key(key) if i == e)
    return w >= bar or (not alt and w >= min(bar, 5_000) and bar <= 50_000)


def _fuzzy_places(
    doc: Doc, sc: Scanner, spans: list[RawSpan], out: dict[int, int | None], gaz: Gazetteer
) -> None:
    """Resolve misspelt names ('Xaimen', 'Schenzhen') to a place of the same document."""
    from rapidfuzz import fuzz

    known: dict[str, int] = {}
    for s in spans:
        e = out.get(id(s))
        if e is not None and s.place_name and gaz.kind_of(e) != "country":
            known.setdefault(name_key(s.place_name), e)

    def best(word: str) -> int | None:
        k = name_key(word)
        if len(k) < 5:
            return None
        top: tuple[float, int] | None = None
        for cand, e in known.items():
            if cand == k or abs(len(cand) - len(k)) > 2:
                continue
            sim = fuzz.ratio(cand, k)
            if sim >= 80 and (top is None or sim > top[0]):
                top = (sim, e)
        return top[1] if top else _big_city_like(gaz, k)

    for s in spans:
        if s.place_name and s.key is None and out.get(id(s)) is None:
            e = best(s.place_name)
            if e is not None:
                out[id(s)] = e
    tk = sc.tk
    preps = lex.PLACE_PREPOSITIONS.get(doc.language, lex.ALL_PREPOSITIONS)
    lowers = tk.lowers
    for i in sc.caps_idx:
        if i == 0 or lowers[i - 1] not in preps or sc.used[i]:
            continue  # (the cheap tests first: most capitalised words follow no preposition)
        if tk.all_caps(i) or len(tk.words[i]) < 5:
            continue
        if tk.lower(i - 1) not in preps or tk.lower(i) in lex.COMMON_WORDS:
            continue
        if i + 1 < tk.n and tk.linked(i) and tk.cap(i + 1):
            continue
        e = best(tk.words[i])
        if e is not None:
            span = RawSpan(
                tk.starts[i],
                tk.ends[i],
                "place",
                tk.words[i],
                key=None,
                place_start=tk.starts[i],
                place_end=tk.ends[i],
                place_name=tk.words[i],
                cue=True,
            )
            sc.claim(i, i + 1)
            spans.append(span)
            out[id(span)] = e


# --------------------------------------------------------------------------------------------
# Mentions and facts


def _big_city_like(gaz: Gazetteer, key: str) -> int | None:
    """The city of a million or more whose name `key` misspells ('xiaman' -> Xiamen, 'quingdao'
    -> Qingdao): the same first letter and one edit (two in names of nine letters or more)."""
    memo = gaz_memo(gaz)
    mk = ("big_like", key)
    hit = memo.get(mk, _MISSING)
    if hit is _MISSING:
        from rapidfuzz.distance import Levenshtein

        most = 1 if len(key) <= 8 else 2
        top: tuple[int, float, int] | None = None
        for cand, e in gaz.big_city_keys():
            if cand[0] != key[0] or abs(len(cand) - len(key)) > most or cand == key:
                continue
            d = Levenshtein.distance(cand, key, score_cutoff=most)
            if d <= most and (top is None or (d, -gaz.weight(e)) < top[:2]):
                top = (d, -gaz.weight(e), e)
        hit = memo[mk] = top[2] if top else None
    return hit  # type: ignore[no-any-return]


def _to_mentions(
    doc: Doc, spans: list[RawSpan], resolved: dict[int, int | None], gaz: Gazetteer
) -> tuple[list[Mention], dict[int, str]]:
    """Mentions from the spans, and the place named inside each organisation (by start)."""
    out: list[Mention] = []
    org_places: dict[int, str] = {}
    text = doc.text
    for s in spans:
        e = resolved.get(id(s))
        ref: PlaceRef | None = gaz.ref(e) if e is not None else None
        surface = text[s.start : s.end]
        if s.kind == "person":
            out.append(Mention(s.start, s.end, surface, "person", s.name))
        elif s.kind == "place":
            out.append(Mention(s.start, s.end, surface, "place", s.name, place=ref))
        else:
            if s.government:
                out.append(
                    Mention(s.start, s.end, surface, "place", s.place_name or s.name, place=ref)
                )
            out.append(
                Mention(
                    s.start,
                    s.end,
                    surface,
                    "organisation",
                    s.name,
                    place=ref,
                    org_kind=s.org_kind,
                )
            )
            if s.place_name and ref is not None:
                org_places[s.start] = s.place_name
    return out, org_places


def _place_facts(doc: Doc, mentions: list[Mention], tag: str) -> list[PlaceFact]:
    groups: dict[object, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind != "place":
            continue
        key: object = (
            m.place.geonameid or (m.place.name, m.place.kind, m.place.country)
            if m.place
            else name_key(m.name)
        )
        groups[key].append(m)
    facts = []
    for ms in sorted(groups.values(), key=lambda g: g[0].start):
        ref = ms[0].place
        facts.append(
            PlaceFact(
                name=_canonical_name(ms, ref),
                ref=ref,
                evidence=_evidence(doc, ms, tag),
            )
        )
    return facts


def _count(items: list[_T]) -> dict[_T, int]:
    """How often each item occurs, in the order of first occurrence (a Counter without its
    cost on short lists)."""
    out: dict[_T, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def _canonical_name(ms: list[Mention], ref: PlaceRef | None) -> str:
    name = ms[0].name
    if all(m.name == name for m in ms):
        return name  # one name: it is the canonical one whatever the rules below say
    names = _count([m.name for m in ms])
    if ref is not None:
        ref_keys = {name_key(ref.name), name_key(ref.name_en or "")}
        exact = [n for n in names if name_key(n) in ref_keys]
        if exact:
            return max(exact, key=lambda n: names[n])
    first = {m.name: m.start for m in reversed(ms)}
    return max(names, key=lambda n: (names[n], -first[n]))


def _evidence(doc: Doc, ms: Iterable[Mention], tag: str) -> tuple[Evidence, ...]:
    """One Evidence per distinct span of the mentions (a mention's text is its span's text and
    never starts or ends with white space, so `doc.evidence` would trim nothing)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for m in ms:
        k = (m.start, m.end)
        if k in seen:
            continue
        seen.add(k)
        t = m.text
        if t and not t[0].isspace() and not t[-1].isspace():
            out.append(Evidence(m.start, m.end, t, tag))
        else:
            out.append(doc.evidence(m.start, m.end, extractor=tag))
    return tuple(out)


def _organisation_facts(
    doc: Doc, mentions: list[Mention], org_places: dict[int, str], tag: str, gaz: Gazetteer
) -> list[OrganisationFact]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind != "organisation":
            continue
        key = name_key(m.name)
        if m.org_kind == "city_government":
            # "City of Ghent" and "Stad Gent" are one government; its council is another body
            same_place = m.name == org_places.get(m.start)
            gid = m.place.geonameid if m.place is not None else None
            key = f"gov:{gid}" if same_place and gid else f"gov:{key}"
        groups[key].append(m)
    facts = []
    for ms in sorted(groups.values(), key=lambda g: g[0].start):
        first = ms[0]
        if len(ms) == 1:
            kind = first.org_kind or "other"
        else:
            kinds = _count([m.org_kind for m in ms if m.org_kind])
            kind = max(kinds, key=kinds.__getitem__) if kinds else "other"
        place = next((org_places[m.start] for m in ms if m.start in org_places), None)
        name = display_name(first)
        if first.place is not None and not gaz.has_key(name_key(first.name)):
            # a misspelt first mention ("City of Xaimen") yields to a correct one
            right = [m for m in ms if gaz.has_key(name_key(m.name))]
            if right:
                name = display_name(right[0])
                place = org_places.get(right[0].start, place)
        facts.append(
            OrganisationFact(name=name, kind=kind, place=place, evidence=_evidence(doc, ms, tag))
        )
    return facts


def _institution_country(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> str | None:
    inst = doc.institution or ""
    for m in mentions:
        if m.place is not None and doc.text[m.start : m.end] == inst[: m.end - m.start]:
            return m.place.country
    sub = Doc(text=inst, language=doc.language)
    spans, resolved = find_mentions(sub, gaz)
    for s in spans:
        e = resolved.get(id(s))
        if e is not None:
            cc = gaz.country_of(e)
            return cc or None
    return None
