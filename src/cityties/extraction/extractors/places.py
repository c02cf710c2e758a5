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
from collections.abc import Callable, Iterable
from itertools import compress, repeat
from operator import attrgetter, itemgetter, lt, sub
from typing import Final, TypeVar

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors import _places_lex as lex
from cityties.extraction.extractors._clauses import first_chars
from cityties.extraction.extractors._clauses_scan import index_for
from cityties.extraction.extractors._places_country import home_country
from cityties.extraction.extractors._places_orgs import (
    find_agency_names,
    find_conjoined_heads,
    find_described_names,
    find_name_cores,
    find_network_names,
    find_organisation_partners,
    find_partners_between,
    find_port_references,
    find_seat_compounds,
    find_short_forms,
    find_unit_names,
    join_company_tails,
    nominative_names,
)
from cityties.extraction.extractors._places_partners import find_unknown_partners
from cityties.extraction.extractors._places_scan import (
    DISTRICT_KINDS,
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
_Q_PAREN: Final = re.compile(r"\s*\(\s*([^()\n]{2,50}?)\s*\)")
_Q_COMMA: Final = re.compile(r"\s*,\s*((?:[A-Z][\w'’.-]*\s?){1,4})")
_Q_IN: Final = re.compile(
    r"\s+(?:in|en|au|aux|im)\s+(?:the\s+|der\s+|de\s+|het\s+)?"
    r"((?:(?:[A-Z][\w'’.-]*|of)\s?){1,5})"
)
# "Plymouth in de Amerikaanse staat Massachusetts", "Suzhou in the Chinese province of Anhui",
# "Springfield im US-Bundesstaat Illinois"
_Q_IN_REGION: Final = re.compile(
    r"\s+(?:in|im|dans|en)\s+(?:the\s+|der\s+|de\s+|het\s+|l['’]|la\s+|le\s+)?"
    r"(?:[^\W\d_][\w-]*\s+)?(?:US-)?"
    r"(?i:states?|staat|bundesstaat|état|etat|provinces?|provincie|provinz|regions?|regio|"
    r"région|county|prefecture)"
    r"\s+(?:of\s+(?:the\s+)?|van\s+|de\s+|du\s+|d['’])?((?:[A-Z][\w'’.-]*\s?){1,4})"
)
# the first letters of the prepositions `_Q_IN_REGION` and `_Q_IN` open with
_Q_IN_REGION_FIRSTS: Final = frozenset("ide")
_Q_IN_FIRSTS: Final = frozenset("iea")
_MAY_QUALIFY: Final = re.compile(r"\s*[(,]|\s+(?:in|en|au|aux|im|dans)\s")
_QUALIFY_WORDS = ("in", "en", "au", "aux", "im", "dans")


def _may_qualify(text: str, pos: int) -> bool:
    """True when `_MAY_QUALIFY.match(text, pos)` matches: "(" or "," after white space, or
    white space, a preposition and white space (read with string methods: a pattern call costs
    more than the few characters it reads)."""
    n = len(text)
    i = pos
    while i < n and text[i].isspace():
        i += 1
    if i >= n:
        return False
    c = text[i]
    if c == "(" or c == ",":
        return True
    if i == pos or not (c == "i" or c == "e" or c == "a" or c == "d"):
        return False
    # (a slice compared: compiled, `startswith` with a start is a generic method call)
    for w in _QUALIFY_WORDS:
        e = i + len(w)
        if e < n and text[i:e] == w and text[e].isspace():
            return True
    return False


_Q_ARTICLE: Final = re.compile(r"^(?:the|der|de|la|het)\s+", re.IGNORECASE)
# (written to open with its words' first characters in any case, `first_chars`: the same
# matches as "\b(?:provinces?|provincie|...|shi)\b" with re.IGNORECASE)
_GEO_FIRSTS, _GEO_TAILS = first_chars(
    "provinces? provincie provinz prefecture state county region regio région département "
    "departement sheng shi".split(),
    ignorecase=True,
)
_GEO_WORDS: Final = re.compile(_GEO_FIRSTS + r"(?<!\w.)" + _GEO_TAILS + r"\b", re.IGNORECASE)


def place_mentions(doc: Doc, start: int = 0, end: int | None = None) -> list[Mention]:
    """The place mentions inside [start, end), in text order, one per span."""
    stop = len(doc.text) if end is None else end
    return [m for m in doc.mentions_in(start, stop) if m.kind == "place"]


@register("cityties.places", version=26)
def extract_places(doc: Doc) -> None:
    """Find places, organisations and persons; resolve places; add ties and goals."""
    gaz = load()
    spans, tokens = _find(doc, gaz)
    mentions, org_places = _to_mentions(doc, spans, gaz)
    # spans with strictly increasing starts give mentions in the order of the sort below
    starts = list(map(_START, spans))
    in_order = all(map(lt, starts, starts[1:]))
    if in_order and not doc.mentions:
        doc.mentions = mentions[:]
    else:
        doc.mentions = sorted([*doc.mentions, *mentions], key=_mention_order)
    tag = extract_places.tag
    doc.places.extend(_place_facts(doc, mentions, tag))
    doc.organisations.extend(_organisation_facts(doc, mentions, org_places, tag, gaz))
    if doc.country is None and doc.institution:
        doc.country = _institution_country(doc, gaz, mentions)
    doc.ties.extend(find_ties(doc, mentions, tag, tokens=tokens, in_order=in_order))
    doc.goals.extend(find_goals(doc, mentions, tag, tokens=tokens, in_order=in_order))


def _mention_order(m: Mention) -> tuple[int, int, int]:
    return (m.start, -m.end, _KIND_ORDER[m.kind])


# --------------------------------------------------------------------------------------------
# Scanning and resolution


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[RawSpan]:
    """Raw spans of the text; a place-bearing span carries its gazetteer entry (`entry`)."""
    spans, _ = _find(doc, gaz, infer_country=False)
    return spans


def _find(doc: Doc, gaz: Gazetteer, *, infer_country: bool = True) -> tuple[list[RawSpan], Tokens]:
    starts = {s.start for s in doc.sentences}
    # the partner cues and the home country look for words and phrases of Latin-1 letters in
    # the case-folded text: the lower-cased text of the document's index (made by the dates
    # extractor) has them at the same places unless a character folds into Latin-1 letters
    # otherwise ("ß" into "ss", the ligature "ﬁ" into "fi": not `foldless`)
    idx = index_for(doc)
    folded = idx.low if idx.foldless and "ß" not in doc.text else None
    sc = Scanner(doc.text, doc.language, gaz, starts, folded)
    sc.find_persons()
    sc.find_broken_places()
    sc.find_suffixed_districts()
    sc.find_compound_districts()  # "Main-Kinzig-Kreis"
    sc.find_city_forms()
    sc.find_organisations()
    sc.find_named_pairs()
    sc.find_places()
    sc.find_headless_organisations()
    find_seat_compounds(sc)  # "Handelsministerium der Provinz Jilin", "Unternehmerverband Sachsen"
    find_described_names(sc)  # "le Bureau municipal du tourisme de Zibo"
    find_agency_names(sc)  # "Tourisme Laval", "Calgary Economic Development"
    find_conjoined_heads(sc)  # "Xuancheng Vocational and Technical College"
    find_unit_names(sc)  # "the China Council for the Promotion ..., Chongqing Sub-Council"
    find_network_names(sc)  # "Sister Cities Australia", "Cités Unies France"
    join_company_tails(sc)  # "Qingdao Port International Co., Ltd", not "Qingdao Port"
    find_short_forms(sc)  # "the chamber", "la CCI", "Ajman Chamber" after the full name
    find_name_cores(sc)  # "Avans" after "Avans Hogeschool", "Seehafen Wismar" after "... GmbH"
    find_port_references(sc)  # "its port", "son port", "ihren Hafen", "de Amsterdamse haven"
    find_unknown_partners(sc)
    find_partners_between(sc)  # "the twinning between Bredene and Qianjiangxin"
    find_organisation_partners(sc)  # "Saxion en de Hubei University ondertekenden"
    nominative_names(sc)  # "Technische Hochschule", not "Technischen Hochschule"
    spans = sc.spans
    spans.sort(key=_START)
    home: str | None = None
    if infer_country and doc.country is None:
        if not doc.institution:
            doc.country = home_country(doc.text, spans, gaz, sc.folded())
        else:
            # the institution's country steers namesakes ("Richmond" in a text of Metro
            # Vancouver); `doc.country` itself is set from the resolved mentions afterwards
            home = _header_country(doc.institution, doc.language, gaz)
    sentence_at = sentence_index(doc)
    facts = _key_facts(gaz)
    _resolve(doc, sc, spans, gaz, facts, sentence_at, home=home)
    _fuzzy_places(doc, sc, spans, gaz)
    _near_namesakes(spans, gaz, facts, sentence_at)
    _repeated_names(sc, spans, gaz)
    return spans, sc.tk


_START = attrgetter("start")


class _KeyFacts:
    """What the gazetteer says about one name key, looked up once per process (bounded)."""

    __slots__ = ("admin1", "event", "namesakes")

    def __init__(self, gaz: Gazetteer, key: str) -> None:
        ents = gaz.entries_for_key(key)
        top = ents[0][0] if ents else -1
        kind = gaz.kind_of(top) if ents else None
        if len(key) <= 3 and kind == "city":
            # an abbreviation of a country ("UK") before a village of that name
            ctry = next((c for c, _ in ents if gaz.kind_of(c) == "country"), None)
            if ctry is not None:
                top, kind = ctry, "country"
        # the country of a country or admin1 name ('' when the name is no region)
        self.event: str = gaz.country_of(top) if kind in ("country", "admin1") else ""
        self.admin1: str | None = gaz.admin1_of(top) if kind == "admin1" else None
        # the cities among its first twelve entries (the namesakes near other cities)
        self.namesakes: list[int] = [c for c, _ in ents[:12] if gaz.kind_of(c) == "city"]


def _key_facts(gaz: Gazetteer) -> _KeyFactsMemo:
    memo = gaz_memo(gaz)
    facts = memo.get(("key_facts",))
    if facts is None or len(facts) > 100_000:
        facts = memo[("key_facts",)] = _KeyFactsMemo(gaz)
    return facts


class _KeyFactsMemo(dict[str, _KeyFacts]):
    def __init__(self, gaz: Gazetteer) -> None:
        super().__init__()
        self.gaz = gaz

    def __missing__(self, key: str) -> _KeyFacts:
        f = self[key] = _KeyFacts(self.gaz, key)
        return f


def _near_namesakes(
    spans: list[RawSpan],
    gaz: Gazetteer,
    facts: _KeyFactsMemo,
    sentence_at: Callable[[int], Sentence | None],
) -> None:
    """A name with a namesake next to another city of the same sentence means that namesake:
    'Lille-Roubaix-Tourcoing' is Lille in France, 'Huangshan ... Huizhou' the district nearby."""
    by_sentence: dict[int, list[tuple[RawSpan, str, int]]] = {}
    for s in spans:
        e = s.entry
        key = s.key
        if e is None or not key or gaz.kind_of(e) != "city" or s.qualified:
            continue  # (a country written with the name is stronger than its neighbours)
        sent = sentence_at(s.start)
        k = sent.start if sent else -1
        group = by_sentence.get(k)
        if group is None:
            by_sentence[k] = [(s, key, e)]
        else:
            group.append((s, key, e))
    memo = _near_memo(gaz)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        others_of: dict[str, tuple[int, ...]] = {}
        for s, key, e in group:
            cands = facts[key].namesakes
            if len(cands) < 2:
                continue
            others = others_of.get(key)
            if others is None:
                others = others_of[key] = tuple(sorted({e2 for _, k2, e2 in group if k2 != key}))
            sig = (key, e, others)
            better = memo.get(sig, -1)
            if better == -1:
                countries = {gaz.country_of(o) for o in others}
                if not any(c != e and gaz.country_of(c) in countries for c in cands):
                    better = None  # no namesake in the country of another city of the sentence
                else:
                    better = _nearest_namesake(gaz, e, cands, others)
                if len(memo) > 50_000:
                    memo.clear()
                memo[sig] = better
            if better is not None:
                s.entry = better


def _near_memo(gaz: Gazetteer) -> dict[tuple[str, int, tuple[int, ...]], int | None]:
    """(name key, entry, other cities' entries) -> the namesake the name means there."""
    memo = gaz_memo(gaz)
    hit = memo.get(("near",))
    if hit is None:
        hit = memo[("near",)] = {}
    return hit


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


def _repeated_names(sc: Scanner, spans: list[RawSpan], gaz: Gazetteer) -> None:
    """Every later bare use of a place name the document already recognised is a mention of
    that place: 'Leuven' after 'City of Leuven', 'Freiburg' after 'Freiburg im Breisgau'."""
    known: dict[str, int] = {}
    clash: set[str] = set()
    names_of = _entry_names(gaz)
    for s in spans:
        e = s.entry
        if e is None or not s.key or not (s.kind == "place" or s.government):
            continue
        names = names_of.get(e)
        if names is None:
            ref = gaz.ref(e)
            names = names_of[e] = (name_key(ref.name), name_key(ref.name_en or ""))
        for k in {s.key, *names}:
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
    # genitive "s" dropped): only such tokens are looked up. "key + s" is a first word when the
    # key is that word without its final "s"; "key minus its last letter" is one only when the
    # key is one letter longer than some first word (tested before the key is cut).
    firsts = {k.split(" ", 1)[0] for k in known}
    whole = firsts | {f[:-1] for f in firsts if f.endswith("s")}
    cut_lengths = {len(f) + 1 for f in firsts}
    folds = tk.folds
    used = sc.used
    for i in sc.caps_idx:
        f = folds[i]
        if f not in whole and not (len(f) in cut_lengths and f[:-1] in firsts):
            continue
        if used[i]:
            continue
        hit = sc.place_key_at(i)
        if hit is not None and hit[1] in known:
            end, key = hit
        elif tk.folds[i] in known and not sc.chain_cut(i, i + 1):
            end, key = i + 1, tk.folds[i]
        else:
            continue
        if not sc.free(i, end) or (end < tk.n and tk.linked(end - 1) and sc.head_kind(end)):
            continue
        span = sc.add_place(i, end, key, cue=True)
        span.entry = known[key]
        span.resolved = True
    spans.sort(key=_START)


def _entry_names(gaz: Gazetteer) -> dict[int, tuple[str, str]]:
    """Entry -> the keys of its main and English names (memoised by entry, bounded)."""
    memo = gaz_memo(gaz)
    hit = memo.get(("entry_names",))
    if hit is None or len(hit) > 100_000:
        hit = memo[("entry_names",)] = {}
    return hit


def _country_events(
    sc: Scanner, spans: list[RawSpan], facts: _KeyFactsMemo
) -> list[tuple[int, str]]:
    """(offset, country) for each country, admin1 region or demonym written in the text."""
    events: list[tuple[int, str]] = []
    for s in spans:
        if s.key and not s.weak and (s.kind == "place" or s.org_kind == "government_service"):
            # (a government names its country too: "the Government of Canada")
            cc = facts[s.key].event
            if cc:
                events.append((s.start, cc))
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
        if events[k][1] not in out:
            out.append(events[k][1])
        k += 1
    cache[lo] = out
    return out


def _qualifier(text: str, end: int, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """A country or admin region written right after a place: '(Zheijang province)', ', Japan'."""
    return _qualifier_of(text[end : end + 80], gaz)


_LIST_NEXT: Final = re.compile(
    r"[ \t]*(?:,[ \t]*|(?:and|en|et|und)[ \t]+)((?:[A-Z][\w'’.-]*\s?){1,4})"
)


def _in_a_list(after: str, end: int, gaz: Gazetteer) -> bool:
    """True when the name after a comma is an item of a list of places, not a region: a
    comma or 'and' and a capitalised name follow it ('San José, Santo Domingo, São Paulo and
    Saint John'), unless that name is a country ('Suzhou, Jiangsu, China')."""
    m = _LIST_NEXT.match(after, end)
    if m is None:
        return False
    nxt = m.group(1).strip().rstrip(".,;")
    return gaz.country_index(nxt) is None


def _qualifier_of(after: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    # (each pattern is run only where the character it needs after white space is there)
    rest = after.lstrip()
    first = rest[:1]
    m = _Q_PAREN.match(after) if first == "(" else None
    if m is None and first == ",":
        m = _Q_COMMA.match(after)
        if m is not None and _in_a_list(after, m.end(), gaz):
            return None, None
    spaced = len(rest) < len(after)
    if m is None and spaced and first in _Q_IN_REGION_FIRSTS:
        m = _Q_IN_REGION.match(after)
    if m is None and spaced and first in _Q_IN_FIRSTS:
        m = _Q_IN.match(after)
    if m is None:
        return None, None
    raw = m.group(1).strip()
    found = _qualifier_name(raw, after, gaz)
    if found == (None, None):
        cut = _SENTENCE_END.split(raw, 1)[0]
        if cut != raw:
            # "in Germany. The delegation": the name ends with its sentence
            found = _qualifier_name(cut, after, gaz)
    return found


_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s|\n")


def _qualifier_name(raw: str, after: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """The country, or the country and admin1 region, named by the words after a place."""
    raw = raw.rstrip(".,;")
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
    if len(words) > 1:
        # a region of several words is read whole before its first words are: "(West
        # Flanders)" is the Belgian province, not the West region of Cameroon
        whole = [
            e
            for e, _ in gaz.entries_for_key(name_key(core))
            if gaz.kind_of(e) in ("admin1", "admin2")
        ]
        if whole:
            return gaz.country_of(whole[0]), gaz.admin1_of(whole[0])
    for n in range(min(4, len(words)), 0, -1):
        if n < len(words) and words[n][:1].isupper() and gaz.country_index(words[n]) is None:
            # the region's name goes on: "the West Midlands" is not the West region of some
            # country; an unknown region qualifies nothing
            continue
        cand = " ".join(words[:n])
        hit = [e for e, _ in gaz.entries_for_key(name_key(cand)) if gaz.kind_of(e) == "admin1"]
        if hit:
            return gaz.country_of(hit[0]), gaz.admin1_of(hit[0])
    if _GEO_WORDS.search(raw) or after.lstrip().startswith("("):
        ref = gaz.admin1(core)
        if ref is not None:
            return ref.country, ref.admin1
    return None, None


def _resolve(
    doc: Doc,
    sc: Scanner,
    spans: list[RawSpan],
    gaz: Gazetteer,
    facts: _KeyFactsMemo,
    sentence_at: Callable[[int], Sentence | None],
    *,
    home: str | None = None,
) -> None:
    """Set `entry` on every span that names a place (its own or the one inside its name);
    `home` is the country of the document's institution when `doc.country` is not set."""
    events = _country_events(sc, spans, facts)
    votes = _count([cc for _, cc in events])
    top = max(votes.values(), default=1)
    doc_bonus = {c: 2.5 * v / top for c, v in votes.items()}
    for cc in (doc.country, home):
        if cc:
            doc_bonus[cc] = max(2.0, doc_bonus.get(cc, 0.0))
    admin_names = [a for s in spans if s.key and (a := facts[s.key].admin1)]
    admins = tuple(dict.fromkeys(admin_names))
    text = doc.text
    dutch = doc.language == "nl"
    local_cache: dict[int, list[str]] = {}
    memo: dict[tuple[str, tuple[PlaceKind, ...], tuple[str, ...]], int | None] = {}
    ctx_cache: dict[tuple[tuple[str, ...], tuple[PlaceKind, ...]], ResolveContext] = {}
    # countries of a sentence -> (countries, bonuses) ranked by bonus
    ranked_of: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[float, ...]]] = {}
    # key -> entries its qualified mentions name ("Suzhou (Anhui)"), in text order
    qualified_all: dict[str, list[int]] = {}
    # (span, context, countries of its sentence)
    pending: list[tuple[RawSpan, ResolveContext, tuple[str, ...]]] = []
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
        kind = s.kind
        if kind == "person":
            continue
        key = s.key
        if key is None:
            if s.place_name is None:
                continue
            e0 = None
            if kind == "place" and "admin1" in s.kinds and s.place_name:
                e0 = gaz.admin1_index(s.place_name)
            s.entry = e0
            s.resolved = True
            continue
        country, admin1 = (None, None)
        if kind == "place" or s.government:
            q_end = s.place_end if s.government and s.place_end else s.end
            if _may_qualify(text, q_end) and not (dutch and text.startswith(" en ", q_end)):
                # (Dutch "en" is "and": "Zuid-Korea en Japan")
                country, admin1 = _qualifier(text, q_end, gaz)
            if country is None and s.country:
                country = s.country  # the scanner's own ("Suwon-si" is in Korea)
        start = s.start
        if start >= sent_hi or start < sent_lo:
            # (spans come in text order: the sentence changes seldom)
            sent = sentence_at(start)
            sent_lo, sent_hi = (sent.start, sent.end) if sent else (start, start)
            local = tuple(_local_countries(sentence_at, start, events, local_cache)[:3])
            if sent is None:
                sent_lo, sent_hi = 0, -1  # (no sentence: looked up again for the next span)
        ctx_key = (local, s.kinds)
        ctx = ctx_cache.get(ctx_key)
        if ctx is None:
            order = ranked_of.get(local)
            if order is None:
                bonus = dict(doc_bonus)
                for cc in local:
                    bonus[cc] = bonus.get(cc, 0.0) + 2.0
                # (highest first; a reverse sort keeps the order of equal bonuses too)
                pairs = sorted(bonus.items(), key=_VALUE, reverse=True)
                order = ranked_of[local] = (
                    tuple(map(_KEY, pairs)),
                    tuple(map(_VALUE, pairs)),
                )
            ctx = ctx_cache[ctx_key] = ResolveContext(
                countries=order[0],
                admin1=admins,
                kinds=s.kinds,
                country_bonus=order[1],
            )
        if country or admin1:
            pass
        elif demonym_at and kind == "place":
            demonym_cc = demonym_at.get(start)
            if demonym_cc is not None:
                e = gaz.resolve_index("", key=key, country=demonym_cc, context=ctx)
                if e is not None:
                    _append(qualified_all, key, e)
                    s.entry = e
                    s.resolved = True
                    continue
        if country or admin1:
            e = gaz.resolve_index("", key=key, country=country, admin1=admin1, context=ctx)
            if e is not None:
                s.cue = s.qualified = True
                _append(qualified_all, key, e)
                s.entry = e
                s.resolved = True
                continue
            if country and kind == "place" and not s.government:
                # "Elizabeth, Australia" with no Elizabeth in Australia: an unknown place, not
                # a namesake elsewhere
                s.key = None
                s.entry = None
                s.resolved = True
                continue
        pending.append((s, ctx, local))
    # a bare name means the place its qualified mentions name most often (the first on a tie):
    # "Suzhou (Anhui)" three times and one "not to be confused with Suzhou in Jiangsu"
    qualified = {
        k: v[0] if len(v) == 1 else max(v, key=lambda e: (v.count(e), -v.index(e)))
        for k, v in qualified_all.items()
    }
    place_keys: set[str | None] | None = None
    bare_all: dict[str, list[int]] = {}  # key -> entries of its bare mentions
    # (of those in a sentence that names the country of the namesake chosen)
    informed_all: dict[str, list[int]] = {}
    for s, ctx, local_cc in pending:
        key = s.key
        if key is None:
            continue
        q = qualified.get(key)
        if q is not None:
            s.entry = q
            s.resolved = True
            continue
        sig = (key, s.kinds, ctx.countries[:4])
        e = memo.get(sig, -1)
        if e == -1:
            e = memo[sig] = gaz.resolve_index("", key=key, context=ctx)
        if e is not None and s.kind == "organisation" and not s.government:
            # a place inside an organisation's name must be a credible place of its own; one
            # among the name's modifiers must be a big place or one the text names anyway
            if s.weak:
                if place_keys is None:
                    place_keys = {
                        p.key for p in spans if (p.kind == "place" and not p.weak) or p.government
                    }
                if not (key in place_keys or _big_enough(gaz, e, key, bar=100_000)):
                    e = None
            elif not (
                _big_enough(gaz, e, key)
                or key in qualified
                or (s.org_kind == "port" and _by_main_name(gaz, e, key))
            ):
                # (a port is named after its town whatever the town's size: "the port of
                # Moerdijk", "Hafen Zeebrügge", "le port de Zeebrugge")
                e = None
        s.entry = e
        s.resolved = True
        if e is not None and (s.kind == "place" or s.government):
            _append(bare_all, key, e)
            if local_cc and gaz.country_of(e) in local_cc:
                _append(informed_all, key, e)
    # one name, one place: when the sentences around a bare name point its mentions to
    # different namesakes, the namesake chosen most often by sentences naming its country or
    # a region of it wins (on a tie, the one the document's countries and regions choose, else the
    # first): "Richmond has two sister cities, Pierrefonds, Quebec ..." and later bare
    # "Richmond" in a report whose wording looks American
    split = [k for k, v in bare_all.items() if len(set(v)) > 1 and k in informed_all]
    if split:
        ranked = sorted(doc_bonus.items(), key=_MINUS_VALUE)
        doc_ctx = ResolveContext(
            countries=tuple([c for c, _ in ranked]),
            admin1=admins,
            country_bonus=tuple([b for _, b in ranked]),
        )
        chosen: dict[str, int] = {}
        for k in split:
            tally = _count(informed_all[k])
            most = max(tally.values())
            tied = [e for e, v in tally.items() if v == most]
            pick = tied[0]
            if len(tied) > 1:
                by_doc = gaz.resolve_index("", key=k, context=doc_ctx)
                if by_doc is not None and by_doc in tied:
                    pick = by_doc
            chosen[k] = pick
        for s, _, _ in pending:
            sk = s.key
            if sk in chosen and s.entry is not None and (s.kind == "place" or s.government):
                s.entry = chosen[sk]
    _filter_weak(spans, gaz, doc.text, doc.language)


def _append(groups: dict[str, list[int]], key: str, e: int) -> None:
    group = groups.get(key)
    if group is None:
        groups[key] = [e]
    else:
        group.append(e)


def _minus_value(kv: tuple[str, float]) -> float:
    return -kv[1]


_MINUS_VALUE = _minus_value
_KEY = itemgetter(0)
_VALUE = itemgetter(1)


_PAIRED: Final = re.compile(r"[ \t]*(?:,|&|and|en|et|und)[ \t]+")


def _paired_with_place(text: str, s: RawSpan, spans: list[RawSpan], k: int) -> bool:
    """True when a place resolved with some confidence follows span k (s) after a comma or
    an "and": "Roubaix and Tourcoing", "Lille, Roubaix"."""
    if k + 1 >= len(spans):
        return False
    nxt = spans[k + 1]
    m = _PAIRED.match(text, s.end)
    return (
        m is not None
        and m.end() == nxt.start
        and nxt.kind == "place"
        and nxt.entry is not None
        and not (nxt.weak or nxt.initial)
    )


def _filter_weak(spans: list[RawSpan], gaz: Gazetteer, text: str, language: str) -> None:
    """Drop bare names that are too weak to be places (a rare word, a tiny namesake)."""
    # a town's main name opening a sentence is a place from 25,000 inhabitants on; in German,
    # where every noun is capitalised, only from 100,000 (with the other big-place tests)
    initial_bar = 100_000 if language == "de" else 25_000
    strong_keys: set[str] = set()
    for s in spans:
        key = s.key
        if not key or s.weak or s.initial or not s.resolved:
            continue
        if s.kind == "place" or s.government:
            e = s.entry
            if e is not None and (s.cue or _big_enough(gaz, e, key)):
                strong_keys.add(key)
    keep: list[RawSpan] = []
    for k, s in enumerate(spans):
        key = s.key
        if s.kind != "place" or s.place_name is None or key is None:
            keep.append(s)
            continue
        e = s.entry
        ok = e is not None and (
            key in strong_keys or (not s.weak and (s.cue or _big_enough(gaz, e, key)))
        )
        if ok and e is not None and s.initial and key not in strong_keys:
            # a capitalised word opening a sentence: a name only if some big place has it, or
            # if a place follows it in a pair ("Roubaix and Tourcoing signed ...")
            ok = (
                any(_big_enough(gaz, c, key, bar=100_000) for c, _ in gaz.entries_for_key(key))
                or _paired_with_place(text, s, spans, k)
                or (initial_bar < 100_000 and _main_name_of_town(gaz, e, key, initial_bar))
            )
        if s.cue and not s.weak and s.kinds and e is None:
            ok = True
        if ok:
            keep.append(s)
        else:
            s.entry = None
            s.resolved = False
    spans[:] = keep


def _main_name_of_town(gaz: Gazetteer, e: int, key: str, bar: float) -> bool:
    """True when the name is the main name of a town of at least `bar` inhabitants, or an
    alternate name of five letters or more of a town twice that size: "Deventer organiseert
    ...", "Friedberg." opening a news item, "Dunkerque accueille ..." (GeoNames: Dunkirk)."""
    if gaz.kind_of(e) != "city" or gaz.weight(e) < bar:
        return False
    main = any(i == e and not alt for i, alt in gaz.entries_for_key(key))
    return main or (len(key) >= 5 and gaz.weight(e) >= 2 * bar)


def _big_enough(gaz: Gazetteer, e: int, key: str, *, bar: float = 50_000) -> bool:
    """A prior high enough to take a name for this place without a cue in the text."""
    memo = gaz_memo(gaz)
    mk = ("big_enough", e, key, bar)
    hit = memo.get(mk)
    if hit is None:
        hit = memo[mk] = _big_enough_of(gaz, e, key, bar)
    return hit


def _by_main_name(gaz: Gazetteer, e: int, key: str) -> bool:
    """True when `key` is a main (not an alternate) name of the town or district e."""
    return gaz.kind_of(e) in ("city", "admin2") and any(
        i == e and not alt for i, alt in gaz.entries_for_key(key)
    )


def _big_enough_of(gaz: Gazetteer, e: int, key: str, bar: float) -> bool:
    kind = gaz.kind_of(e)
    if kind in ("country", "admin1"):
        return True
    w = gaz.weight(e)
    alt = all(alt for i, alt in gaz.entries_for_key(key) if i == e)
    if alt and len(key) <= 3 and kind == "city" and not name_key(gaz.ref(e).name).startswith(key):
        return False  # "Ben" is an alternate name of Bern, and a first name ("Aix" is fine)
    return w >= bar or (not alt and w >= min(bar, 5_000) and bar <= 50_000)


def _fuzzy_places(doc: Doc, sc: Scanner, spans: list[RawSpan], gaz: Gazetteer) -> None:
    """Resolve misspelt names ('Xaimen', 'Schenzhen') to a place of the same document."""
    from rapidfuzz import fuzz

    known: dict[str, int] = {}
    for s in spans:
        e = s.entry
        if e is not None and s.place_name and gaz.kind_of(e) != "country":
            known.setdefault(name_key(s.place_name), e)
    found: dict[str, int | None] = {}  # (`known` does not change below)
    for s in spans:
        # a district the gazetteer lacks is no misspelt city, nor is its name repeated bare
        if s.kinds is DISTRICT_KINDS and s.key is None and s.entry is None and s.place_name:
            found[name_key(s.place_name)] = None

    def best(word: str) -> int | None:
        k = name_key(word)
        if k in found:
            return found[k]
        top: tuple[float, int] | None = None
        if len(k) >= 5:
            for cand, e in known.items():
                if cand == k or abs(len(cand) - len(k)) > 2:
                    continue
                sim = fuzz.ratio(cand, k)
                if sim >= 80 and (top is None or sim > top[0]):
                    top = (sim, e)
        if len(k) < 5:
            hit = None
        elif top:
            hit = top[1]
        else:
            hit = _big_city_like(gaz, k)
            if hit is None:
                hit = _respelled(gaz, k)
        found[k] = hit
        return hit

    for s in spans:
        if s.place_name and s.key is None and s.entry is None:
            e = best(s.place_name)
            if e is not None:
                s.entry = e
                s.resolved = True
    tk = sc.tk
    preps = lex.PLACE_PREPOSITIONS.get(doc.language, lex.ALL_PREPOSITIONS)
    lowers = tk.lowers
    words = tk.words
    caps_idx = sc.caps_idx
    # (the cheap tests first: most capitalised words follow no preposition)
    after_prep = map(preps.__contains__, map(lowers.__getitem__, map(sub, caps_idx, repeat(1))))
    used = sc.used
    n = tk.n
    for i in compress(caps_idx, after_prep):
        if i == 0 or used[i]:
            continue
        w = words[i]
        if len(w) < 5 or (w.isupper() and len(w) > 1):
            continue
        if lowers[i] in lex.COMMON_WORDS:
            continue
        if i + 1 < n and tk.linked(i) and tk.caps[i + 1]:
            continue
        e = best(w)
        if e is not None:
            span = RawSpan(
                tk.starts[i],
                tk.ends[i],
                "place",
                w,
                key=None,
                place_start=tk.starts[i],
                place_end=tk.ends[i],
                place_name=w,
                cue=True,
                entry=e,
                resolved=True,
            )
            sc.claim(i, i + 1)
            spans.append(span)


# --------------------------------------------------------------------------------------------
# Mentions and facts


# German, Dutch and French spellings of Russian, Ukrainian and Chinese sounds, and their
# English transliteration ("Tscheljabinsk", "Nizjni", "Iekaterinbourg", "Selenogradsk")
_RESPELLINGS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "y"), ("^s", "z")),  # German
    (("tsj", "ch"), ("zj", "zh"), ("sj", "sh"), ("oe", "u"), ("j", "y")),  # Dutch
    (("tch", "ch"), ("ch", "sh"), ("ou", "u"), ("^i", "y"), ("j", "zh")),  # French
)
_RESPELL_MIN_WEIGHT = 20_000


def _respelled(gaz: Gazetteer, key: str) -> int | None:
    """The place of at least 20,000 whose English transliteration `key` respells in German,
    Dutch or French conventions, each convention applied whole and then without its last
    rules ('tsjeljabinsk' -> Chelyabinsk, 'iekaterinbourg' -> Yekaterinburg)."""
    memo = gaz_memo(gaz)
    mk = ("respelled", key)
    hit = memo.get(mk, _MISSING)
    if hit is not _MISSING:
        return hit  # type: ignore[no-any-return]
    best: int | None = None
    seen = {key}
    for rules in _RESPELLINGS:
        for n in range(len(rules), 0, -1):
            cand = key
            for a, b in rules[:n]:
                if a[0] != "^":
                    cand = cand.replace(a, b)
                elif cand.startswith(a[1:]):
                    cand = b + cand[len(a) - 1 :]  # (at the start of the name only)
            if cand in seen:
                continue
            seen.add(cand)
            for e, _ in gaz.entries_for_key(cand):
                if gaz.kind_of(e) != "country" and gaz.weight(e) >= _RESPELL_MIN_WEIGHT:
                    if best is None or gaz.weight(e) > gaz.weight(best):
                        best = e
        if best is not None:
            break
    memo[mk] = best
    return best


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
    doc: Doc, spans: list[RawSpan], gaz: Gazetteer
) -> tuple[list[Mention], dict[int, str]]:
    """Mentions from the spans, and the place named inside each organisation (by start)."""
    out: list[Mention] = []
    org_places: dict[int, str] = {}
    text = doc.text
    for s in spans:
        e = s.entry
        ref: PlaceRef | None = gaz.ref(e) if e is not None else None
        start = s.start
        end = s.end
        surface = text[start:end]
        kind = s.kind
        if kind == "person":
            out.append(Mention(start, end, surface, "person", s.name))
        elif kind == "place":
            out.append(Mention(start, end, surface, "place", s.name, ref))
        else:
            if s.government:
                out.append(Mention(start, end, surface, "place", s.place_name or s.name, ref))
            out.append(Mention(start, end, surface, "organisation", s.name, ref, s.org_kind))
            if s.place_name and ref is not None:
                org_places[start] = s.place_name
    return out, org_places


def _place_facts(doc: Doc, mentions: list[Mention], tag: str) -> list[PlaceFact]:
    groups: dict[object, list[Mention]] = {}
    for m in mentions:
        if m.kind != "place":
            continue
        p = m.place
        key: object = (p.geonameid or (p.name, p.kind, p.country)) if p else name_key(m.name)
        group = groups.get(key)
        if group is None:
            groups[key] = [m]
        else:
            group.append(m)
    return [
        PlaceFact(
            name=_canonical_name(ms, ms[0].place),
            ref=ms[0].place,
            evidence=_evidence(doc, ms, tag),
        )
        for ms in sorted(groups.values(), key=_FIRST_START)
    ]


def _first_start(ms: list[Mention]) -> int:
    return ms[0].start


_FIRST_START = _first_start


def _count(items: list[_T]) -> dict[_T, int]:
    """How often each item occurs, in the order of first occurrence (a Counter without its
    cost on short lists)."""
    out: dict[_T, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def _canonical_name(ms: list[Mention], ref: PlaceRef | None) -> str:
    name = ms[0].name
    if len(ms) == 1:
        return name
    for m in ms:
        if m.name != name:
            break
    else:
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
    seen: set[int] = set()
    out = []
    for m in ms:
        start = m.start
        k = start << 32 | m.end
        if k in seen:
            continue
        seen.add(k)
        t = m.text
        if t and not t[0].isspace() and not t[-1].isspace():
            out.append(Evidence(start, m.end, t, tag))
        else:
            out.append(doc.evidence(start, m.end, extractor=tag))
    return tuple(out)


def _organisation_facts(
    doc: Doc, mentions: list[Mention], org_places: dict[int, str], tag: str, gaz: Gazetteer
) -> list[OrganisationFact]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind != "organisation":
            continue
        key = name_key(m.name)
        if m.org_kind == "city_government":
            # "City of Ghent" and "Stad Gent" are one government; its council is another body
            same_place = m.name == org_places.get(m.start)
            gid = m.place.geonameid if m.place is not None else None
            key = f"gov:{gid}" if same_place and gid else f"gov:{key}"
        group = groups.get(key)
        if group is None:
            groups[key] = [m]
        else:
            group.append(m)
    facts = []
    for ms in sorted(groups.values(), key=_FIRST_START):
        first = ms[0]
        if len(ms) == 1:
            kind = first.org_kind or "other"
            place = org_places.get(first.start)
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


def _header_country(inst: str, language: str, gaz: Gazetteer) -> str | None:
    """The country of the first place the institution's name holds (memoised by name)."""
    memo = gaz_memo(gaz)
    mk = ("header_country", inst, language)
    hit = memo.get(mk, _MISSING)
    if hit is _MISSING:
        hit = None
        for s in find_mentions(Doc(text=inst, language=language), gaz):
            e = s.entry
            if e is not None:
                hit = gaz.country_of(e) or None
                if s.key and hit and _namesake_abroad(gaz, e, s.key):
                    hit = None  # "Newcastle City Council": no country to prefer
                break
        if len(memo) > 100_000:
            memo.clear()
        memo[mk] = hit
    return hit  # type: ignore[no-any-return]


def _namesake_abroad(gaz: Gazetteer, e: int, key: str) -> bool:
    """True when a city of another country called `key` has at least a third of e's prior."""
    cc = gaz.country_of(e)
    bar = gaz.weight(e) / 3
    return any(
        gaz.kind_of(c) == "city" and gaz.country_of(c) != cc and gaz.weight(c) >= bar
        for c, _ in gaz.entries_for_key(key)
    )


def _institution_country(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> str | None:
    inst = doc.institution or ""
    for m in mentions:
        if m.place is not None and doc.text[m.start : m.end] == inst[: m.end - m.start]:
            return m.place.country
    sub = Doc(text=inst, language=doc.language)
    for s in find_mentions(sub, gaz):
        e = s.entry
        if e is not None:
            cc = gaz.country_of(e)
            return cc or None
    return None
