"""Extractor cityties.agreements: formal acts of cooperation between places or organisations.

How a document is read:
1. Keywords of every type (sister city, jumelage, Städtepartnerschaft, friendship agreement,
   MoU, letter/declaration of intent, cooperation agreement, action plan ...) are found in one
   pass of precompiled patterns over the lower-cased text (_lexicon_agreements.py). A
   keyword inside an organisation's name ("Sister City Association"), before an event noun
   ("Sister City Conference"), after "interest in", inside another act's title or topic
   ("Letter of Intent on the Establishment of a Friendly Exchange Relationship"), or in a
   counterfactual is no act. A bare "agreement" is an act only when signed (or renewed,
   planned ...) between two named places; "the agreement" is the act reported last.
2. Each keyword is read in its clause (sentences, split at semicolons and at relative
   clauses that report an event): its title (a quotation or a capitalised run), its status
   (the nearest marker: "re-signed", "will sign", "awaiting approval", "severed", "not
   enough ... to conclude"), its date, its duration or stated end, and its parties:
   "between A and B"; "A and B signed"; "A ... with B, C and D" (one act per partner, each
   with its own date where the list gives one); "A-B sister city"; lists after "which
   includes", "such as", ":" or a copula; lines under a "Sister cities" heading. A missing
   party is resolved from "both cities"/"the two regions" (the last act's parties, else the
   last two places), "this agreement", "the Chinese city", a pronoun subject (the previous
   sentence's topic), "our" and the document's own place, or the other party of an earlier
   act with the same partner. A clause that starts with "It"/"which" and a status verb
   ("it was renewed in 2015") reports on the act last named.
3. Readings of one act are merged by (parties, type): the most specific date, the strongest
   status and all evidence are kept; a renewal stays apart from the original signing. An
   undated sister-city relation that an MoU or a cooperation agreement between the same
   parties establishes is the same act, typed by the instrument.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Final, cast

from cityties.extraction.doc import Doc
from cityties.extraction.extractors import _act_model, _party_resolver
from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.extraction.extractors._act_details import (
    DECISION,
    PERFORMATIVE_WORDS,
    SUSPENSION_WORDS,
    YEAR_COUNT_WORDS,
    added_act,
    allowed_renewal,
    at_event,
    attached,
    attached_within,
    closing_formula,
    coordinated,
    day_part,
    definite_before,
    earlier_named,
    event_value,
    fronted,
    gated,
    is_suspension,
    jubilee_of,
    modal_signing,
    named_back,
    own_act,
    performative,
    plural_act,
    possible_renewal,
    ran_out,
    renewal_named,
    renewal_refused_ahead,
    report_date,
    reported_frame,
    signing_conjunct,
    signing_subject,
    suspension_date,
    term_period,
    term_pronoun,
    told_as_earlier,
    trip_aim,
    venue_before,
    verb_last_date,
    year_before_noun,
    year_count,
    years_later,
)
from cityties.extraction.extractors._act_years import tie_counts
from cityties.extraction.extractors._acts_frde import (
    compound_acts,
    dated_act,
    has_ordinal_tie,
    ordinal_list,
    verb_last_passive,
)
from cityties.extraction.extractors._agreements_lists import (
    COPULA,
    FRONTED_LEAD,
    LIST_END,
    LIST_GAP,
    OWNER_OF,
    SINCE_WITH,
    YEAR_AFTER,
    bar_rows,
    block_end,
    denies,
    header_rows,
    sentence_around,
    since_year_at,
)
from cityties.extraction.extractors._agreements_status import (
    FURTHER_RENEWAL_WORDS,
    NEAR_FUTURE_WORDS,
    NEW_WORDS,
    act_subject,
    approved_and_signed,
    attributive_signing,
    coming_occasion_signing,
    contact_lapse,
    descriptive_place_noun,
    effective_end,
    end_verb,
    ended_in_relative,
    follow_without_act,
    further_renewals,
    future_topic,
    later_predicate,
    named_back_late,
    names_a_partner,
    near_future_signing,
    new_before,
    occasion_made,
    origin_date,
    plan_after_dated,
    plan_in_relative,
    renewable_clause,
    renewed_in_apposition,
    signed_participle,
    standing_since,
    years_of_tie,
)
from cityties.extraction.extractors._clauses import (
    RELATIVE_CUT_WORDS,
    DateIndex,
    Unit,
    date_near,
    find_quotes,
    first_chars,
    lower_pattern,
    opened,
    title_after,
    units,
)
from cityties.extraction.extractors._clauses_pairs import (
    SUBORDINATOR,
    colon_subjects,
    coordinated_subject,
    list_mates,
    own_subject_clauses,
    reported_subjects,
)
from cityties.extraction.extractors._clauses_scan import (
    DocIndex,
    WordScan,
    index_for,
    index_text,
)
from cityties.extraction.extractors._parties import (
    Actor,
    Cast,
    _region_word_before,
    cast_for,
    fold,
    hub_org,
    org_country,
)
from cityties.extraction.extractors._party_resolver import ACT_THRESHOLD, keep_act, resolve_pair
from cityties.extraction.extractors._places_partners import heading_blocks
from cityties.extraction.extractors.dates import page_date, page_header_date, told_weekday
from cityties.extraction.registry import register
from cityties.extraction.types import (
    AgreementFact,
    AgreementStatus,
    AgreementType,
    DateMention,
    Evidence,
    Party,
)
from cityties.text import PartialDate

__all__ = ["EXTRACTOR", "extract_agreements", "find_keywords"]


@dataclass(frozen=True, slots=True)
class Keyword:
    """A word or phrase that names an act of some type."""

    start: int
    end: int
    type: AgreementType
    generic: bool = False

    def __init__(self, start: int, end: int, type: AgreementType, generic: bool = False) -> None:
        # written out: mypyc compiles it (the generated one of a frozen dataclass runs as Python)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "generic", generic)


def find_keywords(
    text: str, low: str | None = None, *, idx: DocIndex | None = None
) -> list[Keyword]:
    """Every act keyword in `text`, in text order (one pass: they never overlap).

    low (str | None): `text` in lower case with the same offsets (see `lower_same`).
    idx (DocIndex | None): the document's index (`_clauses_scan`), when there is one.
    Words of no named kind ("agreement", "overeenkomst") are `generic`.
    """
    if idx is None:
        idx = index_text(text)
    out: list[Keyword] = []
    for m in _KEYWORDS.finditer(idx):
        out.extend(_keyword(text, m, 0, 0))
    compounds = compound_acts(idx.low, [(k.start, k.end) for k in out])
    if compounds:
        # a compound whose head is an act noun ("landbouwovereenkomst"): a word of that noun
        # with what comes before it, read as the noun alone ("een overeenkomst")
        out = sorted(
            out + [Keyword(s, e, kind, generic=False) for s, e, kind in compounds],
            key=lambda k: k.start,
        )
    if "-\n" in text:
        out = _hyphenated(text, idx.low, out)
    return out


def _keyword(text: str, m: re.Match[str], offset: int, shift: int) -> list[Keyword]:
    """The keyword of a match of the keyword pattern (none, or one) at `offset` of the text;
    `shift` characters of a broken line lie inside it."""
    start, end = m.start() + offset, m.end() + offset + shift
    kind = m.lastgroup or "generic"
    if kind == "generic":
        return [Keyword(start, end, "cooperation_agreement", generic=True)]
    if kind == "generic_mou":
        return [Keyword(start, end, "memorandum_of_understanding", generic=True)]
    if kind == "generic_other":
        return [Keyword(start, end, "other", generic=True)]
    word = text[start:end]
    if m.group() in lex.CASED_ABBREVIATIONS and not (word[0].isupper() and word[2].isupper()):
        return []  # "la loi" is no LoI
    return [Keyword(start, end, cast(AgreementType, kind))]


_HYPHEN_BREAK: Final = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_A-ZÀ-Þ])")


def _without_descriptions(text: str, kws: list[Keyword]) -> list[Keyword]:
    """The keywords of a sentence without the place nouns that describe a party of another
    act in it ("signed an MoU with the Chinese sister city", "Oss en onze zusterstad")."""
    kept = [k for k in kws if not descriptive_place_noun(text, k.start, k.end)]
    if len(kept) == len(kws) or not kept or all(k.type == "sister_city" for k in kept):
        return kws
    return kept


def _hyphenated(text: str, low: str, found: list[Keyword]) -> list[Keyword]:
    """Keywords that a hyphenated line break splits ("convention de coopé-\nration"), read
    from the two lines joined; they replace the keywords found in their parts."""
    extra: list[Keyword] = []
    for b in _HYPHEN_BREAK.finditer(text):
        a0, b1 = max(0, b.start() - 60), min(len(text), b.end() + 60)
        cut = b.start() - a0
        window = low[a0 : b.start()] + low[b.end() : b1]
        for m in lex.KEYWORDS_LOW.finditer(window):
            if m.start() < cut < m.end():
                shift = b.end() - b.start()
                extra.extend(_keyword(text, m, a0, shift))
    if not extra:
        return found
    kept = [k for k in found if not any(k.start < e.end and e.start < k.end for e in extra)]
    return sorted(kept + extra, key=lambda k: k.start)


# ------------------------------------------------------------------------------- readings


@dataclass
class _Reading:
    """One report of an act in one sentence."""

    parties: tuple[Actor, ...]
    type: AgreementType
    status: AgreementStatus
    strong: bool  # the status comes from a marker, not the default
    unit: int
    span: tuple[int, int]
    group: int  # the keyword occurrence it comes from (siblings share it)
    title: str | None = None
    signed: PartialDate | None = None
    duration: int | None = None
    ends: PartialDate | None = None
    ends_stated: bool = False  # the text gives the end; it is not signed + duration
    sibling: bool = False
    generic: bool = False  # read from a word like "agreement" that names no kind
    renewal: bool = False  # a renewal, made or planned (kept apart from the original act)
    # a tie a partner noun names ("Aalens Partnerstadt Jiaxing"), not an act being made
    standing: bool = False
    keys: frozenset[str] = field(init=False)  # the parties' identities

    # Written out: mypyc compiles it (the generated `__init__` of a dataclass runs as Python).
    def __init__(
        self,
        parties: tuple[Actor, ...],
        type: AgreementType,
        status: AgreementStatus,
        strong: bool,
        unit: int,
        span: tuple[int, int],
        group: int,
        title: str | None = None,
        signed: PartialDate | None = None,
        duration: int | None = None,
        ends: PartialDate | None = None,
        ends_stated: bool = False,
        sibling: bool = False,
        generic: bool = False,
        renewal: bool = False,
        standing: bool = False,
    ) -> None:
        self.parties = parties
        self.type = type
        self.status = status
        self.strong = strong
        self.unit = unit
        self.span = span
        self.group = group
        self.title = title
        self.signed = signed
        self.duration = duration
        self.ends = ends
        self.ends_stated = ends_stated
        self.sibling = sibling
        self.generic = generic
        self.renewal = renewal
        self.standing = standing
        self.keys = frozenset(a.key for a in parties)


@dataclass
class _State:
    """What the reader remembers while going through the document."""

    doc: Doc
    cast: Cast
    readings: list[_Reading] = field(default_factory=list)
    # (unit, its first actor, or the unit itself until a pronoun asks for it)
    focus: list[tuple[int, Actor | Unit]] = field(default_factory=list)

    def last(self, kind: AgreementType | None = None) -> _Reading | None:
        for r in reversed(self.readings):
            if r.sibling:
                continue
            if kind is None or r.type == kind:
                return r
        return None

    def in_list(self, reading: _Reading) -> bool:
        """True when the reading is one of several acts of one list (one group, more than
        one partner)."""
        keys = {r.keys for r in self.readings if r.group == reading.group and not r.sibling}
        return len(keys) > 1

    def hub(self, besides: Actor) -> Actor | None:
        """The place that owns (is named first in) acts with at least two partners reported so
        far, more than any other place, if it is not `besides`."""
        partners: dict[str, set[str]] = {}
        first: dict[str, Actor] = {}
        for r in self.readings:
            if r.sibling or len(r.parties) != 2:
                continue
            a, b = r.parties
            if a.kind == "place":
                partners.setdefault(a.key, set()).add(b.key)
                first.setdefault(a.key, a)
        # the two places with most partners, the first named first among equals (what
        # Counter.most_common(2) gives; a plain dict stays compiled code)
        top = sorted(
            ((key, len(ps)) for key, ps in partners.items()), key=lambda kv: kv[1], reverse=True
        )[:2]
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        hub = first[top[0][0]]
        return hub if hub.key != besides.key else None

    def owner(self, partner: Actor) -> Actor | None:
        """The party of most acts reported so far (at least two, more than any other), of the
        kind of `partner` (a place, an organisation), when `partner` is in none of them."""
        counts: dict[str, int] = {}
        first: dict[str, Actor] = {}
        for r in self.readings:
            if r.sibling or len(r.parties) != 2:
                continue
            if partner.key in r.keys:
                return None
            for a in r.parties:
                counts[a.key] = counts.get(a.key, 0) + 1
                first.setdefault(a.key, a)
        top = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:2]
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        owner = first[top[0][0]]
        return owner if owner.kind == partner.kind else None

    def partner_of(self, actor: Actor) -> Actor | None:
        """The other party of the latest act that `actor` is a party to."""
        for r in reversed(self.readings):
            if actor.key in r.keys and len(r.parties) == 2:
                return next(a for a in r.parties if a.key != actor.key)
        return None


_LOCATIVE = {
    "en": r"(?:in|at|near|inside|outside)",
    "nl": r"(?:in|te|bij|naar)",
    "fr": r"(?:à|en|au|aux|dans|près\s+de)",
    "de": r"(?:in|im|bei|nach|nahe)",
}


def _locative_rx(words: str) -> re.Pattern[str]:
    """A locative word of `_LOCATIVE` ("in", "near"), an article, "city of" and the end of the
    window, written to open with the words' first characters in any case (`first_chars`: the
    same matches as "(?<![\\w-])(?:in|...)\\s+..." with re.IGNORECASE)."""
    firsts, tails = first_chars(words[3:-1].split("|"), ignorecase=True)
    return re.compile(
        firsts + r"(?<![\w-].)" + tails + r"\s+(?:(?:the|de|het|der|die|dem|la|le|l['’])\s*)?"
        r"(?:(?:city|town)\s+of\s+|stad\s+|ville\s+de\s+|Stadt\s+|"
        # "in the provincial capital Hangzhou", "in der Provinzhauptstadt Hangzhou", "in de
        # hoofdstad Nanchang", "dans la capitale provinciale Wuhan": a capital named as where
        r"(?:[\w-]+\s+)?(?:capital|capitale(?:\s+[\w-]+)?)\s+(?:of\s+|de\s+)?|"
        r"[\w-]*(?:hauptstadt|hoofdstad)\s+)?\Z",
        re.IGNORECASE,
    )


_LOCATIVE_RX = {lang: _locative_rx(words) for lang, words in _LOCATIVE.items()}
_CONJ: Final = re.compile(
    r"\s*(?:,|and|en|et|und|&|as\s+well\s+as|sowie|ainsi\s+que|or)?\s*"
    r"(?:(?:the|de|het|la|le|les|l['’]|der|die|das|den|dem)\s*)?\Z",
    re.I,
)
# "Changzhou, a manufacturing city in Jiangsu province, and the Estonian town of Tartu",
# "Wesgro, the promotion agency for Cape Town, and the Hangzhou Bureau of Commerce": an
# apposition after the first party (the places it names are no parties), closed by the
# conjunction of the second
_APPOSED_OPEN: Final = re.compile(
    r",\s+(?:a|an|the|un|une|een|ein|eine|la|le|l['’]|de|het|der|die|das|capital|capitale|"
    r"hoofdstad|Hauptstadt)\s",
    re.IGNORECASE,
)
_APPOSED_CLOSE: Final = re.compile(
    r",\s*(?:and|et|en|und)\s+(?:l['’]|(?:the|de|het|la|le|les|der|die|das|den|dem)\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}(?:of|de|du|d['’]|van|von)\s+(?:the\s+|la\s+|l['’])?|"
    # "und die chinesische Stadt Wuhu": the party within three words
    r"(?:[\w-]+\s+){0,3})?",
    re.IGNORECASE,
)
# "of Xiamen", "de Wuhu", "d'Anshan", "von Wuhu", "van Wuhu": a name after a described place
_NAMED_AFTER_OF: Final = re.compile(r" (?:of|de|d['’]|von|van) ?[A-ZÀ-Þ]")
# "Bayerns Partnerprovinz Shandong", "Aalens Partnerstadt Jiaxing", "Nürnbergs chinesische
# Partnerstadt Shenzhen": the place in the genitive and the partner its noun names
_POSSESSED_PARTNER: Final = re.compile(
    r"s\s+(?:[a-zäöü]+e[nrs]?\s+)?(?:Partner|Schwester)(?:stadt|provinz|region|kreis|gemeinde|"
    r"hafen)\s+\Z"
)
_POSSESSED_PARTNER_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in (
        "partnerstadt partnerprovinz partnerregion partnerkreis partnergemeinde partnerhafen "
        "schwesterstadt"
    ).split()
)
_APPOSED_STOP: Final = re.compile(r"[.;:!?()\n]|,\s*(?:and|et|en|und)\s")
# "... in 2010 and renewed it", "... en 2012 et renouvelé", "... und 2019 erneuert"
_AND_VERB: Final = re.compile(
    r"\s(?:and|en|et|und)\s+(?:(?:later|then|daarna|später|ensuite)\s+)?"
    r"(?:(?:l['’]\s*)?(?:ont|a)\s+|(?:have|has)\s+|(?:later|then|ensuite)\s+"
    # "..., and it was renewed in 2021", "et elle a été renouvelée en 2020", "en werd in 2020
    # verlengd", "und wurde 2019 erneuert": the act as the subject of a passive
    r"|(?:(?:it|il|elle|het|hij|ze|zij|die|dat|es|sie|er)\s+)?(?:was|has\s+been|a\s+été|fut|werd|is|"
    r"wurde|ist)\s+(?:(?:later|then|ensuite|daarna|später)\s+)?(?:[^\s,;.]+\s+){0,5}?"
    # a clause of its own with a time and the act named back: "..., and last year the
    # friendship was confirmed", "et en 2020 la charte a été renouvelée", "en in 2021 werd het
    # akkoord verlengd", "und 2019 wurde die Vereinbarung verlängert"
    r"|(?:[^\s,;.]+\s+){0,3}?(?:the|its|their|this|la|le|l['’]|cette|cet|het|de|dit|deze|die|"
    r"der|das|diese)\s*(?:[^\s,;.]+\s+){1,3}?(?:was|has\s+been|a\s+été|fut|werd|is|wurde|ist)\s+"
    r"(?:[^\s,;.]+\s+){0,5}?"
    r"|(?:[^\s,;.]+\s+){1,3}?(?:werd|wurde|a\s+été)\s+(?:the|la|le|l['’]|het|de|die|der|das)\s*"
    r"(?:[^\s,;.]+\s+){1,5}?)?\Z"
)
# "qui unit Vichy à Bad Tölz", "that binds Exeter to Rennes", "die Jena mit Berkeley verbindet"
_BINDS: Final = re.compile(
    # "un accord que Pau et Xi'an ont signé", "ein Vertrag, den A und B schlossen"
    r",?\s+(?:qui|que|qu['’]|that|which|die|dat|das|den|welche[rsn]?)\s*(?:(?:depuis\s+\w+\s+|"
    r"since\s+\w+\s+)?"
    r"(?:unit|unissent|lie|lient|relie|relient|binds?|links?|unites?|joins?|verbindt|verbinden|"
    r"verbindet)\s+)?(?:(?:the\s+)?(?:city|town|cities|towns|villes?|steden|stad|städte|stadt)"
    r"\s+(?:of\s+|de\s+)?)?"
)
_BOUND_TO: Final = re.compile(
    r"\s+(?:à|to|with|and|et|avec|met|en|mit|und)\s+(?:(?:the|la|le|l['’])\s*)?"
)
# "Eine Vereinbarung verbindet Krefeld seit 2016 mit der chinesischen Stadt Changzhou", "the
# charter links Exeter with Rennes", "het akkoord verbindt Gent met Wuhan": the main verb binds
_BINDS_MAIN: Final = re.compile(
    r"\s+(?:unit|relie|lie|binds|links|unites|joins|connects|verbindt|verbindet)\s+"
    r"(?:(?:the\s+)?(?:city|town|ville|stad|stadt)\s+(?:of\s+|de\s+)?)?"
)
_BOUND_TO_SINCE: Final = re.compile(
    r"(?:\s+(?:since|sinds|sedert|depuis|seit)\s+[^,;:()]{1,30}?)?"
    r"\s+(?:à|to|with|et|avec|met|mit)\s+(?:(?:the|la|le|l['’]|der|de|het)\s*)?(?:[\w-]+\s+)?"
)
# "X sinds 1961 en van Y", "X (1965) and Y", "X seit 1966, mit Y": a year, then the next party
_CONJ_DATED: Final = re.compile(
    r"\s*(?:(?:since|sinds|sedert|seit|depuis|in|en|im)\s+)?\(?[12]\d{3}\)?\s*"
    r"(?:,|and|en|et|und|;)\s*(?:(?:of|van|von|de|with|met|mit|avec)\s+)?"
    r"(?:(?:the|de|het|la|le|der|die|dem)\s+)?",
    re.I,
)
# A gap between two conjoined parties that names an acronym or their officials: "X (UCC) and
# Y", "the Mayor of X and the Mayor of Y", "Leipzigs Oberbürgermeister und der Bürgermeister von".
_TITLE = (
    r"(?:(?:lord|deputy|vice|executive|first|ober)[\s-]*)?(?:mayor|provost|governor|premier|"
    r"president|chair(?:man|woman)?|minister|maire|président(?:e)?|gouverneur|burgemeester|"
    r"schepen|gedeputeerde|bürgermeister(?:in)?|landrat|ministerpräsident(?:in)?|präsident(?:in)?)"
)
_REPRESENTED: Final = re.compile(r"(?:['’]s)?\s+(?:" + _TITLE + r")(?![\w])", re.IGNORECASE)
_CONJ_TITLED: Final = re.compile(
    r"(?:['’]?s)?\s*(?:(?:\d{1,2}|[IVX]{1,4})\s+)?(?:\([A-Z][\w&.-]{1,12}\)\s*)?"
    # "The city of Aarhus, Denmark and the city of Harbin": a country after the first
    r"(?:,\s*[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+)?\s*)?"
    r"(?:" + _TITLE + r"\s+)?"
    r"(?:,|and|en|et|und|&)\s*(?:l['’]|(?:the|de|het|la|le|der|die|das)\s+)?"
    r"(?:(?:" + _TITLE + r")\s+(?:[A-ZÀ-Þ][\w'’-]+\s+){0,3}(?:of|de|du|d['’]|von|van|der)\s+"
    r"(?:the\s+|la\s+|l['’])?|"
    # "Leeds and the Chinese city of Hangzhou", "Lyon et la ville chinoise de Wuhan"
    r"(?:[\w-]+\s+){0,2}(?:city|town|port|province|region|municipality|stad|havenstad|ville|"
    r"métropole|Stadt|Metropole|Hafenstadt|provincie|Provinz)(?:\s+[\w-]+)?\s+(?:of|de|du|d['’]|"
    r"van|von)\s+|"
    # "Le maire de Lyon et son homologue de Pékin", "his counterpart from Hangzhou"
    r"(?:his|her|their|son|sa|leur|sein(?:e|em|en)?|ihr(?:e|em|en)?|zijn|haar|hun)\s+"
    r"(?:[\w-]+\s+)?(?:counterpart|homologue|Amtskolleg(?:e|in)|Kolleg(?:e|in)|ambtgenoot|collega)\s+"
    r"(?:from|of|in|de|d['’]|du|aus|von|uit|van)\s+(?:the\s+|la\s+|l['’])?|"
    # "Leeds and the Chinese city of Hangzhou" where "city of Hangzhou" is the mention
    r"(?:" + "|".join(sorted((re.escape(w) for w in lex.DEMONYMS), key=len, reverse=True)) + r")\s+"
    r")?",
    re.IGNORECASE,
)
# Officials named with their places: "Heilbronns Oberbürgermeister Harry Mergel und Zhang Bing,
# Bürgermeister von Taizhou", "Salem Mayor Anna Peterson and Jinzhou Vice-Mayor Li Hong",
# "Ludwigsfeldes Bürgermeister Andreas Igel und sein Gast Wang Jun, Bürgermeister des Bezirks".
_PERSON = r"[A-ZÀ-Þ][\w'’.-]+"
_CONJ_OFFICIALS: Final = re.compile(
    r"(?:['’]?s)?\s+(?:" + _TITLE + r")(?:\s+" + _PERSON + r"){1,3},?\s+(?:and|en|et|und|&)\s+"
    r"(?:(?:(?:his|her|their|sein(?:em|en)?|ihr(?:em|en)?|zijn|haar|son|sa)\s+(?:[\w-]+\s+)?"
    r"(?:counterpart|guest|Amtskolleg(?:e|in)|Kolleg(?:e|in)|Gast|homologue|hôte|ambtgenoot|"
    r"collega|gast)\s+)?"
    r"(?:(?:" + _TITLE + r")\s+)?" + _PERSON + r"(?:\s+" + _PERSON + r"){0,2}?"
    r"(?:,\s*(?:the\s+|der\s+|de\s+|le\s+|la\s+)?(?:" + _TITLE + r")\s+|"
    r"\s+(?=aus|from|of|van|uit|von|de|du))"
    r"(?:of|von|des|der|van|de|du|d['’]|aus|from|uit)\s+(?:the\s+|der\s+|dem\s+|de\s+|la\s+|"
    r"le\s+|l['’])?(?:(?:Bezirks?|Kreises|Region|district|city|town|Stadt|ville)\s+"
    r"(?:of\s+|de\s+)?)?)?",
    re.IGNORECASE,
)
_COMPOUND: Final = re.compile(r"\s*[-–—/]\s*\Z")
_GENITIVE: Final = re.compile(
    r"\s*(?:(?:of|van|von|de|du|des|der|die|das|the|la|le|l['’]|het)\s*)*\Z", re.IGNORECASE
)
# The end of a partner list: a full stop, a word opening a clause, "to" + a verb, a purpose.
# Written to open with the first characters of its parts (`first_chars`: the same matches as
# "\.\s|(?<![\w-])(?:which|...)(?![\w-])|(?<![\w-])to\s+(?!the\b)[a-z]|(?<![\w-])(?:om|...)\s").
_BARRIER_WORDS = (
    "which|who|where|that|whose|because|while|whilst|whereas|but|when|after|waarbij|waarmee|"
    "waartoe|waarin|"
    "omdat|maar|terwijl|qui|que|où|mais|lorsque|tandis|welche[rs]?|weil|aber|sondern|nachdem|"
    "wenn|während|wohingegen"
).split("|")
_BARRIER_FIRSTS, _BARRIER_TAILS = first_chars(_BARRIER_WORDS)
_PURPOSE_FIRSTS, _PURPOSE_TAILS = first_chars(["om", "pour", "afin", "um"])
_BARRIER: Final = re.compile(
    "[.t" + _BARRIER_FIRSTS[1:-1] + _PURPOSE_FIRSTS[1:-1] + "]"
    r"(?:(?<=\.)\s|(?<![\w-].)(?:"
    + _BARRIER_TAILS
    + r"(?![\w-])|(?<=t)o\s+(?!the\b)[a-z]|"
    + _PURPOSE_TAILS
    + r"\s))"
)
_DATELINE: Final = re.compile(
    # "Beijing (Xinhua) - ", "Den Haag, 9 april 2021 - ", "Kiel, 03.05.2022 – "
    r"\s*(?:,\s*(?:[^\W\d_]+\s+)?(?:\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*)?(?:\([^)\n]{0,20}\)\s*)?[-–—]\s"
)
_ANNIVERSARY: Final = re.compile(
    r"(?P<n>\d{1,3})(?:st|nd|rd|th|e|ste|de|ème|\.)?[\s-]*(?:year\s+)?(?:anniversary|"
    r"anniversaire|verjaardag|jubileum|Jahrestag|Jubiläum)|(?P<w>[a-z-]+?)(?:th)?\s+anniversary|"
    r"(?P<j>\d{1,3}|[a-zäöü]+?)[\s-]*(?:jarig|jährig)(?:e[snmr]?)?\s+(?:bestaan|jubileum|"
    r"Jubiläum|Bestehen)|(?P<y>\d{1,3})\s+(?:years?|jaar|ans|Jahre)\s+(?:of\s+|de\s+|van\s+)?"
    r"(?:twinning|jumelage|stedenband|verzustering|Städtepartnerschaft|Partnerschaft|friendship|"
    r"partnership|amitié|vriendschap)",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fifth": 5,
    "tenth": 10,
    "fifteenth": 15,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
}
# "a Letter of Intent on the Establishment of a Friendly Exchange Relationship": the
# relation named after an instrument is what the instrument is about, not a second act.
_TOPIC: Final = re.compile(
    r"\s*(?:on|for|of|to|regarding|concerning|about|over|sur|pour|de|inzake|voor|over|über|zur|"
    r"zum)\s+(?:the\s+|la\s+|de\s+|het\s+|die\s+|der\s+|l['’])?(?:establish\w*|creat\w*|"
    r"formation|form|set(?:ting)?\s+up|preparation|prepar\w+|develop\w*|promot\w*|"
    r"oprichting|totstandkoming|création|établissement|Gründung|Begründung|Aufnahme|"
    r"Einrichtung)(?:\s+(?:of|van|de|d['’]|einer|eines|der))?\s*(?:a|an|the|this|une?|een|"
    r"het|de|la|le|l['’]|ofa)?\s*"
    # "sur l'établissement de relations de ville amie", "en vue de l'établissement de relations
    # de jumelage": the relation's kind after a noun of relations
    r"(?:relations?\s+(?:de\s+|d['’]\s*))?",
    re.IGNORECASE,
)
# "a letter of intent on friendly relations", "memorandum of understanding on becoming sister
# cities", "Absichtserklärung über eine Freundschaft", "lettre d'intention sur un jumelage":
# what the letter is about, no act of its own
_ON_TOPIC: Final = re.compile(
    r"\s+(?:on|about|regarding|concerning|sur|über|over|inzake)\s+(?:(?:the|a|an|une?|een|de|"
    r"het|la|le|les|l['’]|die|der|den|eine[nr]?)\s*)?(?:becoming\s+|establishing\s+)?\Z",
    re.IGNORECASE,
)
# "une lettre d'intention en vue d'un jumelage", "with a view to", "im Hinblick auf", "met het
# oog op": the act a letter or memorandum prepares, a further act still to come
_IN_VIEW: Final = re.compile(
    r"\s*,?\s*(?:en\s+vue\s+(?:d['’]|(?=de\s+l['’]))|with\s+a\s+view\s+to\s+|im\s+Hinblick\s+auf\s+|"
    r"met\s+het\s+oog\s+op\s+)"
    # "en vue d'établir un jumelage", "with a view to establishing a twinning", "im Hinblick
    # auf die Begründung einer Partnerschaft", "met het oog op het aangaan van een stedenband"
    r"(?:(?:établir|créer|conclure|nouer|signer|establishing|forming|concluding|signing|"
    r"(?:de\s+)?l['’](?:établissement|instauration|officialisation)|"
    r"the\s+(?:establishment|formation|conclusion|signing)|"
    r"(?:die|der)\s+(?:Begründung|Gründung|Aufnahme)|het\s+(?:aangaan|sluiten)|"
    r"de\s+(?:oprichting|totstandkoming))\s+(?:(?:of|van|einer|eines|der)\s+)?)?"
    r"(?:un|une|a|an|the|eine[nr]?|een|de|het|la|le|l['’])?\s*"
    r"(?:relations?\s+(?:de\s+|d['’]\s*))?",
    re.IGNORECASE,
)
# the same words right before a later act's word, after the instrument's parties: "une lettre
# d'intention entre la ville de Chengdu et Antananarivo, en vue d'établir un jumelage"
_IN_VIEW_LATER: Final = re.compile(_IN_VIEW.pattern + r"\Z", re.IGNORECASE)
# a relative clause of the instrument that says what it is to lead to, right before the later
# act's word: "a letter of intent which should lead to a formal sister city partnership", "une
# lettre d'intention qui doit déboucher l'an prochain sur un jumelage", "een intentieverklaring
# die volgend jaar moet uitmonden in een stedenband" (the German verb comes last: "die in eine
# Städtepartnerschaft münden soll" is read by its modal)
_LEADS_TO_LATER: Final = re.compile(
    r",?\s*(?:which|that|qui|die|dat|welke)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:should|shall|will|would|must|(?:is|are)\s+(?:meant\s+|expected\s+|intended\s+)?to|"
    r"doit|doivent|devrait|devraient|va|vont|moet|moeten|zal|zullen|zou|zouden)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:eventually\s+|ultimately\s+)?(?:lead\s+to|pave\s+the\s+way\s+(?:for|to)|result\s+in)|"
    r"(?:déboucher|aboutir|mener|conduire)\s+(?:[\w'’-]+\s+){0,3}?(?:sur|à)|"
    r"ouvrir\s+la\s+voie\s+à|(?:leiden|uitmonden|resulteren)\s+(?:tot|in))\s+"
    r"(?:(?:un|une|a|an|the|een|de|het|la|le|l['’])\s*)?"
    r"(?:(?:formal|official|full|officiële|formele|volwaardige)\s+)?\Z",
    re.IGNORECASE,
)
_INSTRUMENTS: Final = frozenset(
    {
        "memorandum_of_understanding",
        "letter_of_intent",
        "declaration_of_intent",
        "cooperation_agreement",
    }
)
# the ties an instrument may be meant to establish ("sur l'établissement de", "über die
# Aufnahme"), and the nouns of establishing that make them a further act still to come
_TIES: Final = frozenset({"sister_city", "friendship"})
_ESTABLISHMENT: Final = re.compile(
    r"établissement|instauration|création|Aufnahme|Anbahnung|Begründung|Gründung|Einrichtung|"
    r"totstandkoming|oprichting",
    re.IGNORECASE,
)
_PLURAL: Final = re.compile(
    r"(?:ies|towns|relationships|steden|städte|schaften|jumelages|agreements|memoranda|MoUs|"
    r"villes\s+\w+|provinces|regions|gemeinden)\Z",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _plural(word: str) -> bool:
    """True when a keyword's words are plural ("sister cities", "Partnerstädte")."""
    return _PLURAL.search(word) is not None


_NEAR_WORDS = ("near", "close", "outside", "bij", "nahe", "bei", "près", "proche")
_NEAR_RX: Final = re.compile(
    r",?\s*(?<![\w-])(?:near|close\s+to|outside|nabij|vlakbij|bij|nahe|bei|près\s+de|"
    r"proche\s+de)\s+(?:(?:the|de|het|der|la|le|l['’])\s*)?\Z",
    re.I,
)
# "in central Zhejiang", "in the north of", "in het oosten van", "im Süden von", "au centre du"
_IN_PART = (
    r"(?:(?:central|northern|southern|eastern|western|north(?:-?(?:east|west))?ern|"
    r"south(?:-?(?:east|west))?ern|coastal|centraal|noordelijk|zuidelijk|oostelijk|westelijk)\s+|"
    r"(?:north|south|east|west|centre|center|heart|noorden|zuiden|oosten|westen|midden|"
    r"norden|süden|osten|westen|zentrum|nord|sud|est|ouest)\s+"
    r"(?:of|van|von|des|der|du|de\s+la|de\s+l['’]|de|d['’])\s*(?:(?:the|het|de)\s+)?)?"
)
_IN_RX = {
    # "Ube, in Japan's Yamaguchi prefecture": a region after "in" (and a country's name)
    lang: re.compile(
        rf"(?<![\w-]){w}\s+(?:(?:the|de|het|der|la|le|l['’])\s*)?{_IN_PART}"
        rf"(?:[A-ZÀ-Þ][\w-]+['’]s\s+)?\Z",
        re.I,
    )
    for lang, w in (("en", "in"), ("nl", "in"), ("fr", "(?:en|au|aux|à)"), ("de", "(?:in|im)"))
}
# "the Xiangcheng district, part of the city of Suzhou", "onderdeel van de stad Suzhou", "Teil
# der Stadt Suzhou", "qui fait partie de la ville de Suzhou": the place the one before belongs to
_PART_OF_RX: Final = re.compile(
    r",\s*(?:(?:which\s+is\s+|een\s+|ein\s+|qui\s+fait\s+)?(?:a\s+)?(?:part|onderdeel|deel|"
    r"Teil|partie)\s+(?:of|van|von|der|des|de|du|d['’]))\s+(?:(?:the|de|het|der|la|le|l['’])\s*)?"
    r"(?:(?:city|stad|ville|Stadt|province|provincie|Provinz|municipality|gemeente|prefecture|"
    r"prefectuur|Präfektur|préfecture)\s+(?:(?:of|de|van)\s+)?)?\Z",
    re.I,
)
# A heading: "Our sister cities", "Sister cities of Ghent:", "Partnerstädte der Stadt Kiel".
_HEADING_LEAD: Final = re.compile(
    r"[\W\d]*(?:(?i:our|the|onze|de|nos|les|unsere|die|ihre|their|its|leurs|hun)\s+|"
    r"[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+)?(?:['’]s|s)\s+)?",
)
_HEADING_REST: Final = re.compile(
    r"\s*(?:(?:of|van|de|der|von|des)\s+(?:the\s+|de\s+|la\s+|der\s+)?(?:(?:city|stad|ville|"
    r"Stadt|Hansestadt|Gemeinde|gemeente)\s+(?:of\s+|de\s+)?)?[\w .'’-]{2,40})?\s*[:.]?\s*",
    re.IGNORECASE,
)
# "the agreement", "cet accord", "de overeenkomst", "das Abkommen": a known act.
# "their agreement", "leur accord", "hun overeenkomst", "ihre Vereinbarung"
_POSSESSED: Final = re.compile(
    r"(?<![\w-])(?:their|its|our|leur|leurs|notre|hun|onze|ihre[nmrs]?|unsere[nmrs]?)\s+"
    r"(?:[\w-]+\s+)?\Z"
)
_POSSESSED_GAP: Final = re.compile(
    r"\s+(?:their|its|our|leur|leurs|notre|hun|onze|ihre[nmrs]?|unsere[nmrs]?)\s+(?:[\w-]+\s+)?"
)
# (written to open with its first characters, `first_chars`: the same matches as
# "(?<![\w-])(?:the|this|...|ce)\s*(?:[\w-]+\s+)?\Z")
_DEFINITE_FIRSTS, _DEFINITE_TAILS = first_chars(
    "the|this|that|de|het|deze|dit|die|das|der|dieses|diese|le|la|l['’]|cet|cette|ce".split("|")
)
_DEFINITE: Final = re.compile(
    _DEFINITE_FIRSTS + r"(?<![\w-].)" + _DEFINITE_TAILS + r"\s*(?:[\w-]+\s+)?\Z"
)
# "with 32 cities", "with its sister cities", "met verschillende steden": no partner named
# "Alongside Xi'an, Edinburgh is twinned with ...": a place set beside the subject
_ASIDE: Final = opened(
    re.compile(
        r"(?<![\w-])(?:alongside|besides|beside|like|unlike|apart\s+from|in\s+addition\s+to|next\s+to|"
        r"naast|zoals|net\s+als|behalve|comme|outre|à\s+côté\s+de|hormis|neben|wie|außer|"
        r"ähnlich\s+wie)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|der\s+|die\s+|dem\s+)?\Z"
    )
)
_ORG_NOUNS: Final = re.compile(
    r"universit|institution|chamber|port|organi[sz]ation|hochschul|universitä|kammer|hafen|"
    r"instelling|kamer|haven|établissement|chambre|ports?\b|"
    # the heads of two organisations: "the two presidents", "les deux recteurs", "beide rectoren"
    r"presid|présid|präsid|rector|recteur|rektor|chair|chancellor|voorzitter|einrichtung|"
    # schools and ports: "both schools", "beide scholen", "les deux lycées", "beider Häfen"
    r"school|schul|scholen|lycée|école|collège|college|academ|académ|gymnasi|häfen"
)
# "the two parties", "beide partijen", "les deux côtés", "beide Seiten": nouns that name no
# kind; they stand for the parties of the act reported last, organisations or places
# "the delegation", "la délégation", "de delegatie", "die Delegation": a tour's stop is told
_DELEGATION_WORD: Final = re.compile(r"(?i)\bd[ée]l[ée]gat")
_NEUTRAL_NOUNS: Final = re.compile(
    r"\b(?:sides|parties|partners|signatories|partijen|zijden|kanten|partenaires|côtés|"
    r"seiten|partner|parteien)\Z"
)
# an event's co-organiser: "organized by the chamber together with X", "organisé par ... en
# collaboration avec X", "dat de kamer samen met X organiseerde", "das die Kammer gemeinsam mit X
# veranstaltet hatte" (the words gate the reading; the patterns read the low text)
_ORGANISED_WORDS: Final = ("organi", "veranstalt", "hosted", "ausgericht")
# A city named in a clause that describes the region before it ("mit der Provinz Anhui
# eingegangen, deren Hauptstadt Hefei ist": a verb may end the clause before the comma; "met
# Jiangsu, de provincie waarin Zhenjiang ligt", "with Liaoning, the province to which Dalian
# belongs", "avec l'Anhui, dont la capitale est Hefei"): the region's description, no party of
# the act (the words gate the sentence)
_DESCRIBED_WORDS: Final = (
    "deren",
    "dessen",
    "whose",
    "dont",
    "waarvan",
    "waarin",
    "waartoe",
    "waar ",
    "wiens",
    "où",
    "which",
    "laquelle",
    "in der",
    "zu der",
    "zu dem",
)
_DESCRIBED_GAP: Final = re.compile(
    r"(?:\s+(?-i:[a-zäöüß]+)){0,2}\s*,\s*(?:(?:deren|dessen|whose|dont|waarvan|wiens)\s+(?:(?:la|le|de|die)\s+)?"
    r"(?:provinz)?(?:hauptstadt|capital|capitale|hoofdstad|chef-lieu)\s+"
    r"(?:(?:ist|is|est|was|war|était)\s+)?|"
    r"(?:the|de|die|la|le|het|das)\s+(?:province|provincie|provinz|region|regio|région|state|"
    r"land|county|kreis)\s+(?:(?:to|in)\s+which|waarin|waartoe|waar|in\s+der|zu\s+der|"
    r"zu\s+dem|in\s+dem|où|dont|à\s+laquelle|de\s+laquelle)\s+)"
    r"(?:(?:the\s+city\s+of|de\s+stad|die\s+stadt|la\s+ville\s+de)\s+)?",
    re.IGNORECASE,
)
_CO_ORGANISER_BEFORE: Final = re.compile(
    r"(?:together\s+with|jointly\s+with|in\s+(?:co-?operation|collaboration|partnership)\s+with|"
    r"en\s+(?:collaboration|partenariat)\s+avec|conjointement\s+avec|samen\s+met|"
    r"in\s+samenwerking\s+met|gemeinsam\s+mit|zusammen\s+mit|in\s+zusammenarbeit\s+mit)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+|het\s+|der\s+|dem\s+|den\s+|die\s+)?\Z"
)
_ORGANISED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:co-?)?(?:organi[sz]ed|organisée?s?|georganiseerd|organiseerde|organisiert|"
    r"co-?hosted|hosted|veranstaltet|ausgerichtet)(?![\w-])"
)
_ORGANISED_AFTER: Final = re.compile(
    r"[^.;:]{0,30}?(?:organiseerde|organiseerden|georganiseerd|veranstaltet|veranstaltete|"
    r"organisiert|organisierte|ausgerichtet|ausrichtete)\b"
)
# "the city", "la ville", "de stad", "die Stadt" (not a pronoun): the document's own place
_THE_CITY: Final = re.compile(
    r"(?<![\w-])(?:the\s+(?:city|town|municipality)|la\s+(?:ville|commune)|de\s+(?:stad|gemeente)|"
    r"die\s+(?:Stadt|Gemeinde)|der\s+Stadt)(?:['’]s)?(?![\w-])(?!\s+of\b)",
    re.IGNORECASE,
)
# "the province", "de provincie", "le département", "das Land" as a subject (not "the province
# of ..." nor a name after it), also opening a sentence ("The County's friendship with ..."):
# the document's own region, not its dateline's town
# also by its government ("the provincial government", "Gedeputeerde Staten", "het
# provinciebestuur", "le gouvernement provincial", "le conseil départemental", "die
# Landesregierung", "der Kreistag": the government of the region, as "the city" of the city;
# not "the State Council", China's cabinet)
_THE_REGION: Final = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+(?:[Pp]rovince|[Cc]ounty|[Rr]egion)|[Dd]e\s+provincie|"
    r"(?:[Ll]a\s+(?:province|région)|[Ll]e\s+département)|"
    r"(?:[Dd]ie\s+Provinz|[Dd]as\s+Land|[Dd]er\s+Landkreis|[Dd]ie\s+Region)|"
    r"[Tt]he\s+(?:(?:[Pp]rovincial|[Rr]egional|[Cc]ounty)\s+(?:[Gg]overnment|[Cc]ouncil|"
    r"[Ee]xecutive)|[Ss]tate\s+(?:[Gg]overnment|[Ee]xecutive))|[Gg]edeputeerde\s+[Ss]taten|[Pp]rovinciale\s+[Ss]taten|"
    r"[Hh]et\s+provinciebestuur|[Dd]e\s+provinciale\s+(?:overheid|regering)|"
    r"[Ll]e\s+(?:gouvernement\s+(?:provincial|régional)|conseil\s+(?:départemental|"
    r"régional|provincial))|"
    r"[Dd]ie\s+(?:Landesregierung|Provinzregierung|Kreisverwaltung)|[Dd]er\s+Kreistag)"
    r"(?:['’]s)?(?![\w-])(?!\s+(?:of|van|de|du|des|der|von|d['’])\b)(?!\s+[A-Z])",
)
# a name after "the city" ("mit der Stadt Wuhan", "la ville de Wuhan"): no anaphor
_CITY_NAMED: Final = re.compile(r"\s+(?:(?:de|d['’])\s*)?[A-ZÀ-Þ]")
# the level an anaphor of `_THE_REGION` names
_REGION_LEVEL: Final = re.compile(r"(?i)county|landkreis|kreis|provin\w*|land\b")
_CITY_NOUNS: Final = re.compile(
    r"cit|town|steden|gemeenten|villes|cités|communes|städte|gemeinden|kommunen"
)
# "both provinces", "les deux régions", "beide provincies", "beide Regionen": two regions
_REGION_NOUNS: Final = re.compile(r"regio|régio|provinc|countie|départements|provinz|bundesländer")
_OF: Final = re.compile(
    r"\s+(?:of|van|de|du|des|der|von|d['’])\s*(?:the\s+|a\s+|an\s+|de\s+|la\s+|l['’]|het\s+|"
    r"een\s+|der\s+|des\s+|dem\s+|einer\s+|eines\s+)?"
)
_RENEW_STEM: Final = re.compile(
    r"renew|verleng|vernieuw|hernieuw|renouvel|reconduct|verlänger|erneuer|extend|re-?sign"
)
_DETERMINERS: Final = frozenset(
    "the this that these those a an our their its de het deze dit die dat een das der den dem "
    "des ein eine le la les ce cette un une".split()
)
_UNNAMED: Final = re.compile(
    r"\s*(?:the\s+|de\s+|les\s+|die\s+|den\s+)?(?:\d+|[a-zäöüéè]+\s+)?(?:other|several|many|"
    r"various|some|its|their|all|een\s+aantal|andere|verschillende|plusieurs|autres|diverses|"
    r"ses|leurs|mehreren|anderen|verschiedenen|seinen|ihren|\d+)?\s*(?:[a-zäöüéè-]+\s+)?"
    r"(?:cities|towns|partners|municipalities|regions|provinces|steden|gemeenten|partners|villes|"
    r"communes|collectivités|partenaires|städten|städte|gemeinden|partnern|kommunen)\b"
)
# a label line of a partner's block: "Established: 1974", "Signed: 3 May 2001", "Seit: 1987",
# "Depuis : 1962", "Sinds: 1994", "Date of signing: ...", "Jumelage : 1985"
_LABEL_SINCE: Final = re.compile(
    r"[ \t]*(?i:established|since|signed|date\s+(?:of\s+)?sign(?:ed|ing)|twinned|seit|"
    r"gegründet|unterzeichnet|depuis|signé|jumelage|sinds|opgericht|ondertekend|getekend)"
    r"[ \t]*:[ \t]*"
)
_SINCE: Final = re.compile(
    r"(?<![\w-])(?:since|sinds|sedert|vanaf|depuis|dès|seit|ab|back\s+to|terug\s+tot|remonte\s+à)"
    r"\s+(?:the\s+|de\s+|le\s+|l['’]|dem\s+|den\s+)?\Z"
)
_DORMANT_SINCE: Final = re.compile(
    r"(?<![\w-])(?:ruh(?:t|en|te|ten)|dormant|inactive|idle|(?:on|in)\s+abeyance|on\s+hold|"
    r"slaapt|slapen|slapend|sluimert|en\s+sommeil|auf\s+eis|suspended|suspendue?s?|ausgesetzt|"
    r"bevroren|gelée?s?|eingefroren|frozen)\s+(?:[\w-]+\s+)?(?:since|sinds|sedert|depuis|seit)\s+"
    r"(?:the\s+|de\s+|le\s+|l['’])?\Z"
)
_NEGATED: Final = opened(
    re.compile(r"(?<![\w-])(?:not|niet|pas|nicht|kein\w*|geen)(?:\s+\w+)?\s*\Z")
)
_SUBORDINATE: Final = opened(
    re.compile(
        r"(?<![\w-])(?:once|when|after|before|until|while|because|if|unless|as\s+soon\s+as|zodra|"
        r"wanneer|nadat|voordat|omdat|als|lorsque|quand|dès\s+que|avant\s+que|parce\s+que|sobald|"
        r"wenn|nachdem|bevor|weil|falls)(?![\w-])"
    )
)
# "Die Partnerschaft mit Gaziantep": a partner named that is no known place
# a negation right before an act's keyword: "are not twinned", "no twinning", "ne sont pas
# jumelées", "sind keine Partnerstädte", "zijn geen zustersteden"; group 1: "no longer", "nicht
# mehr", "niet meer", "ne ... plus" (the act ended). "not only", "nicht nur" deny nothing.
# (written to open with its first characters, `first_chars`: the same matches as
# "(?<![\w-])(?:(no\s+longer|...|n(?:e\s+|['’])(?:\S+\s+){1,2}plus)|...|aucun\w*)...", except
# that group 1 starts after its "n")
_KW_DENIED_FIRSTS, _KW_DENIED_TAILS = first_chars(
    [
        r"n(o\s+longer|icht\s+mehr|iet\s+meer|(?:e\s+|['’])(?:\S+\s+){1,2}plus)",
        r"n(?:e\s+|['’])(?:\S+\s+){1,2}pas",
        *r"not|never|no|nooit|niet|geen|nicht|kein\w*|nie|jamais|aucun\w*".split("|"),
    ]
)
_KW_DENIED: Final = re.compile(
    _KW_DENIED_FIRSTS + r"(?<![\w-].)" + _KW_DENIED_TAILS + r"(?:\s+(?!only\b|just\b|merely\b|"
    r"nur\b|alleen\b|seulement\b|enkel\b)[\w'’]+)?\s+\Z"
)
# after a denied act's word, a verb of making it: "keine Städtepartnerschaft mit X
# einzugehen", "geen stedenband met X aan te gaan", "no twinning with X will be established",
# "aucun jumelage ne sera conclu": the act is declined (not concluded), not merely absent
_DECLINED_AFTER: Final = re.compile(
    r"(?<![\w-])(?:einzugehen|eingehen|eingegangen|abzuschlie(?:ß|ss)en|zu\s+(?:begründen|"
    r"schlie(?:ß|ss)en|unterzeichnen)|aan\s+te\s+(?:gaan|knopen)|aangaan|aangegaan|"
    r"(?:te|om\s+te)\s+(?:sluiten|ondertekenen|tekenen)|af\s+te\s+sluiten|"
    r"(?:to|will|shall|would)\s+(?:be\s+)?(?:enter(?:ed)?|establish(?:ed)?|conclude[d]?|"
    r"form(?:ed)?|pursue[d]?|sign(?:ed)?)|ne\s+sera\s+(?:conclu|signé|établi|créé)|"
    r"(?:conclure|établir|nouer|signer)(?![\w-]))"
)
_NAMED_AFTER_PREP: Final = re.compile(
    r"\s+(?:with|met|mit|avec|zu|to)\s+(?:the\s+|de\s+|der\s+|la\s+|le\s+|l['’])?[A-ZÀ-Þ]"
)
# a term between a renewal's date and its verb at the end of a Dutch or German clause
_TERM_GAP: Final = re.compile(
    r"\s+(?:voor|met|für|um|pour)\s+(?:(?:nog|weitere|nochmals|une|een|eine)\s+)?"
    r"(?:[\w-]+\s+)?(?:jaar|jahre|ans|années|maanden|monate|mois)\s+"
    r"(?:(?:werd|wurde|is|ist|a\s+été)\s+)?"
)
# a clause opening a sentence that dates an act's first signing, the word of "first" and
# the participle in either order ("first signed in 2010", "signée pour la première fois le
# 12 novembre 2010", "erstmals 2010 unterzeichnet", "in 2010 voor het eerst ondertekend")
_FIRST_PARTICIPLE = (
    r"(?:signed|concluded|established|sealed|signée?s?|conclue?s?|paraphée?s?|unterzeichnet|"
    r"geschlossen|abgeschlossen|ondertekend|getekend|gesloten|aangegaan)"
)
_FIRST_ADVERB = (
    r"(?:first|originally|initially|pour\s+la\s+première\s+fois|une\s+première\s+fois|"
    r"initialement|erstmals|ursprünglich|zum\s+ersten\s+mal|voor\s+het\s+eerst|oorspronkelijk)"
)
_FRONTED_FIRST: Final = re.compile(
    rf"\s*(?:{_FIRST_ADVERB}\s+(?:[\w.-]+\s+){{0,5}}?{_FIRST_PARTICIPLE}"
    rf"|{_FIRST_PARTICIPLE}\s+{_FIRST_ADVERB}|(?:in|im|en)\s+\d{{4}}\s+{_FIRST_ADVERB}\s+"
    rf"{_FIRST_PARTICIPLE})(?:\s+[\w.-]+){{0,5}}\s*"
)
_FIRST_SIGNED: Final = re.compile(
    r"(?:first|originally|initially|erstmals|ursprünglich|zuerst|oorspronkelijk|eerst|"
    r"initialement|d['’]abord)?\s*(?:signed|concluded|established|agreed|sealed|forged|"
    r"signée?s?|conclue?s?|"
    r"unterzeichnet|geschlossen|abgeschlossen|besiegelt|ondertekend|getekend|gesloten|aangegaan|"
    r"formali[sz]ed|officiali[sz]ed|paraphée?s?|initialled|"
    # the verb of a relative clause after its date: "dat beide provincies in 2015 tekenden",
    # "das beide Städte 2015 unterzeichneten", "que les deux villes signèrent en 2015"
    r"(?:onder)?tekenden?|sloten|sloot|unterzeichneten?|(?:ab)?schlossen|signèrent)"
    r"(?:\s+(?:for\s+the\s+first\s+time|(?:pour\s+la|une)\s+première\s+fois|"
    r"zum\s+ersten\s+mal|erstmals|voor\s+het\s+eerst|first|originally))?"
    r"(?:\s+(?:in|on|en|le|im|am|op))?"
)
# "first signed", "conclu une première fois", "erstmals unterzeichnet": the original act
# the agent of a signing, then the preposition of its date: " by the two colleges in ",
# " par les deux villes en "
_AGENT_THEN_DATE: Final = re.compile(
    r"\s+(?:by|par)\s+[^,;:.()\n]{2,50}?\s+(?:(?:in|on|en|le)\s+(?:the\s+year\s+|l['’]an\s+)?)?"
)
# "the original agreement", "das ursprüngliche Abkommen": the act a renewal renews
# (written to open with its first characters, `first_chars`: the same matches as
# "(?<![\w-])(?:original|...|(?<=the\s)first|...|(?<=la\s)première)\s+(?:[\w-]+\s+)?\Z")
_ORIGINAL_FIRSTS, _ORIGINAL_TAILS = first_chars(
    [
        *"original|initial|ursprüngliche[nmrs]?|oorspronkelijke|initiale?|originelle?".split("|"),
        r"f(?<=the\sf)irst",
        r"e(?<=het\se)erste",
        r"e(?<=de\se)erste",
        r"e(?<=die\se)rste",
        r"e(?<=das\se)rste",
        r"e(?<=der\se)rste",
        r"p(?<=le\sp)remier",
        r"p(?<=la\sp)remière",
    ]
)
_ORIGINAL: Final = re.compile(
    _ORIGINAL_FIRSTS + r"(?<![\w-].)" + _ORIGINAL_TAILS + r"\s+(?:[\w-]+\s+)?\Z"
)
# (written to open with its first characters, `first_chars`: the same matches as
# "(?<![\w-])(?:first|...|(?:pour\s+la|une)\s+première\s+fois|...|zum\s+ersten\s+mal)(?![\w-])")
_FIRST_MARK_FIRSTS, _FIRST_MARK_TAILS = first_chars(
    (
        r"first|originally|initially|erstmals|ursprünglich|zuerst|oorspronkelijk|aanvankelijk|"
        r"initialement|à\s+l['’]origine|d['’]abord|pour\s+la\s+première\s+fois|"
        r"une\s+première\s+fois|for\s+the\s+first\s+time|voor\s+het\s+eerst|zum\s+ersten\s+mal"
    ).split("|")
)
_FIRST_MARK: Final = re.compile(
    _FIRST_MARK_FIRSTS + r"(?<![\w-].)" + _FIRST_MARK_TAILS + r"(?![\w-])"
)
# The occasion of an act: the visit, ceremony or day just told. Written to open with the first
# characters of its alternatives (`first_chars`; each leading "(?:on|at)" is written out as
# one alternative per word, in the same order: the same matches as the plain alternation).
_OCC_THIS = r"(?:this|that|the\s+same)"
_OCC_THE = r"(?:the|this|that|the\s+same)\s+(?:visit|meeting|ceremony|stay|event)"
_OCC_CETTE = r"\s+(?:cette|la|la\s+même)\s+(?:occasion|visite|rencontre|cérémonie)"
_OCC_DIE = (
    r"\s+(?:die|deze|dat|dezelfde|het|dit|de)\s+(?:gelegenheid|bezoek|plechtigheid|ceremonie)"
)
_OCC_DIESER = (
    r"\s+(?:diese[rsm]|de[rsm]|derselben|desselben)\s+(?:anlass|besuch(?:s|es)?|"
    r"treffen|zeremonie|festakt(?:s|es)?|gelegenheit)"
)
_OCC_SIGNING = r"\s+a\s+(?:signing\s+)?(?:ceremony|reception)"
_OCC_EINEM = r"\s+(?:einem|einer)\s+(?:festakt|zeremonie|empfang|feier(?:stunde)?)"
_OCC_EVENT = r"\s+(?:the|this|that)\s+[\w-]+\s+(?:reception|ceremony|dinner|banquet|meeting|forum)"
_OCC_DINER = r"\s+(?:dîner|banquet|forum)"
_OCCASION: Final = re.compile(
    "".join(
        first_chars(
            [
                rf"on\s+{_OCC_THIS}\s+occasion",
                rf"at\s+{_OCC_THIS}\s+occasion",
                rf"during\s+{_OCC_THE}",
                rf"at\s+{_OCC_THE}",
                r"on\s+(?:that|the\s+same)\s+day",
                r"that\s+day",
                r"the\s+same\s+day",
                # a part of the day just told: "The same afternoon, ... signed", "le soir
                # même", "dezelfde middag", "am selben Abend"
                r"the\s+same\s+(?:afternoon|evening|morning)",
                r"that\s+(?:afternoon|evening)",
                "à" + _OCC_CETTE,
                "a" + _OCC_CETTE,
                r"lors\s+de" + _OCC_CETTE,
                r"en\s+marge\s+de" + _OCC_CETTE,
                r"le\s+même\s+jour",
                r"ce\s+jour-là",
                r"le\s+même\s+(?:après-midi|soir|matin)",
                r"le\s+(?:soir|matin)\s+même",
                "bij" + _OCC_DIE,
                "tijdens" + _OCC_DIE,
                r"op\s+dezelfde\s+dag",
                r"dezelfde\s+dag",
                r"d(?:e|ie)zelfde\s+(?:middag|avond|ochtend|namiddag)",
                "bei" + _OCC_DIESER,
                "während" + _OCC_DIESER,
                r"am\s+Rande" + _OCC_DIESER,
                r"aus\s+diesem\s+anlass",
                r"anlässlich\s+(?:des|dieses)\s+besuch(?:s|es)",
                r"am\s+selben\s+tag",
                r"am\s+gleichen\s+tag",
                r"am\s+(?:selben|gleichen)\s+(?:nachmittag|abend|vormittag)",
                # a ceremony of the visit just reported: "At a ceremony in the town hall ...",
                # "Bei einem Festakt im dortigen Rathaus ..."
                "at" + _OCC_SIGNING,
                "during" + _OCC_SIGNING,
                "bei" + _OCC_EINEM,
                "während" + _OCC_EINEM,
                r"lors\s+d['’]une\s+(?:cérémonie|réception)",
                r"tijdens\s+een\s+(?:plechtigheid|ceremonie|receptie)",
                # "Dabei unterzeichneten beide Städte ...", "Daarbij ondertekenden ...": at the
                # visit before
                r"d(?<![\w-]d)abei(?![\w-])",
                r"d(?<![\w-]d)aarbij(?![\w-])",
                r"h(?<![\w-]h)ierbij(?![\w-])",
                # "At the civic reception both Mayors signed ...", "Lors du dîner officiel ...",
                # "Daar legden beide provincies hun afspraken vast": at the event of the
                # sentence before
                "during" + _OCC_EVENT,
                "at" + _OCC_EVENT,
                r"lors\s+du" + _OCC_DINER,
                r"au\s+cours\s+du" + _OCC_DINER,
                r"d(?:(?<=\.\sd)|(?<=\nd))aar\s+(?:legden|tekenden|ondertekenden|sloten|zetten|"
                r"werd|werden)(?![\w-])",
            ]
        )
    )
)
# Every match of _OCCASION (in lower-cased text) holds one of these: a clause without any
# of them is not searched.
# Words without which no sentence is counterfactual (see `_Reader._counterfactual`).
_COUNTERFACTUAL_WORDS = ("would", "zou", "aurai", "wäre", "jamais", "never", "nooit", " nie")
_OCCASION_WORDS = (
    "occasion",
    "visit",
    "meeting",
    "ceremon",
    "stay",
    "event",
    "day",
    "rencontre",
    "cérémonie",
    "même",
    "jour-là",
    "gelegenheid",
    "gelegenheit",
    "bezoek",
    "plechtigheid",
    "dezelfde",
    "anlass",
    "besuch",
    "treffen",
    "zeremonie",
    "festakt",
    "tag",
    "recep",
    "réception",
    "empfang",
    "feier",
    "dabei",
    "daarbij",
    "hierbij",
    "dinner",
    "banquet",
    "dîner",
    "forum",
    "daar ",
    "afternoon",
    "evening",
    "morning",
    "après-midi",
    "soir",
    "matin",
    "middag",
    "avond",
    "ochtend",
    "abend",
)


# how far back in its paragraph an occasion's date is looked for (`_Reader._paragraph_date`)
_PARAGRAPH_BACK = 400
# how far back the day of an occasion is looked for past a sentence without a date
# (`_Reader._occasion_back`)
_OCCASION_BACK = 600


def _occasion(low: str, start: int, end: int) -> bool:
    """True when _OCCASION matches in [start, end) of the lower-cased text."""
    return gated(low, start, end, _OCCASION_WORDS, _OCCASION)


_LIST_LEAD: Final = re.compile(
    r"partner|includ|such\s+as|namely|following|are\s*:|waaronder|zoals|volgende|darunter|"
    r"folgende|sind\s*:|dont|suivant|notamment|sont\s*:"
)
_ITEM_REST: Final = re.compile(r"\s*(?:[,(:;–|\t-]|\Z)|[ \t]{2,}")
# The other columns of a table's header row ("      Country        Since")
_COLUMNS: Final = re.compile(
    r"(?:[ \t]{2,}|\t|\s*\|\s*)[\w ]{1,20}(?:(?:[ \t]{2,}|\t|\s*\|\s*)[\w ]{1,20})*\s*\|?\s*"
)
# A table's header row or rule ("| City | Country | Since |", "|---|---|"): no item
# ("Stadt     | Land     | seit": a row whose cells are split by bars only inside)
_TABLE_HEAD: Final = re.compile(
    r"[ \t]*\|[^\n]*\|[ \t]*|[ \t]*[\w ]{1,20}(?:(?:\t+|[ \t]*\|[ \t]*)[\w ]{1,20})+[ \t]*"
)
_BULLET_ONLY: Final = re.compile(r"\s*(?:[•·*▪◦‣–-]|\d{1,2}[.)])\s")
_BULLET: Final = re.compile(
    r"\s*(?:[•·*▪◦‣–|-]|\d{1,2}[.)])?\s*(?:(?:since|seit|depuis|sinds|vanaf)?\s*\d{4}\s*[:–-]?\s*)?"
)
_WORDS: Final = re.compile(r"[^\W\d_]+")
# the count a list's heading gives after a colon or a dash ("Sister cities : 8 cities in 6
# countries", "Partnerstädte - 5 Städte in 4 Ländern", "Zustersteden: 4 steden")
_HEADING_COUNT: Final = re.compile(
    r"\s*[:–-]\s*\d{1,3}\s+[^\W\d_]+(?:\s+(?:in|en|dans|im)\s+\d{1,3}\s+[^\W\d_]+)?\s*\.?\s*"
)
# a group's label under a list's heading: one or two words, after a bullet or not
_SUBHEADING: Final = re.compile(r"\s*(?:[•·*▪◦‣–-]\s*)?[^\W\d_]+(?:\s[^\W\d_]+)?\s*:?\s*")
# "of" and a country's name after a partner's name on its line ("Okayama of Japan")
_OF_COUNTRY: Final = re.compile(r"\s+(?:of|de|van|von)\s+(?:the\s+)?")
# the small words of a country's name on a partner's own line ("Breda, the Netherlands",
# "Manila, the Philippines", "Busan, Republic of Korea", "Gent, la Belgique")
_ITEM_LOWER_WORDS: Final = frozenset(
    {"of", "de", "the", "la", "le", "les", "het", "die", "der", "du"}
)
_COORD: Final = re.compile(r"\s*(?:,|and|or|en|of|et|ou|und|oder|as\s+well\s+as|sowie)\s*", re.I)
# A clause about the act last reported: "It was renewed in 2015", "Il a été signé ...".
_ACT_PRONOUN: Final = re.compile(
    r"\W{0,3}(?:it|this|they|il|elle|celui-ci|celle-ci|het|dit|deze|ze|zij|es|dies|sie|er|"
    # "Die werd vorig jaar voor vijf jaar verlengd", "Diese wurde 2019 verlängert"
    r"(?:die|diese)(?=\s+(?:werd|werden|wordt|is|was|wurde|wurden|ist|war)\s)|"
    r"which|that|dewelke|qui|lequel|laquelle|welche[rs]?|"
    r"(?:the|this|that)\s+(?:new\s+|renewed\s+)?(?:agreement|memorandum|document|charter|accord|"
    r"treaty|act)|l['’](?:accord|acte|entente)|la\s+(?:nouvelle\s+)?(?:convention|charte|entente)|"
    r"le\s+(?:nouvel?\s+)?(?:protocole|mémorandum|texte|accord)|cet\s+(?:accord|acte)|"
    r"de\s+(?:nieuwe\s+)?(?:overeenkomst|akte|oorkonde)|het\s+(?:nieuwe\s+)?(?:akkoord|verdrag|"
    r"protocol)|das\s+(?:neue\s+)?(?:Abkommen|Memorandum|Dokument)|der\s+(?:neue\s+)?Vertrag|"
    r"die\s+(?:neue\s+)?(?:Vereinbarung|Urkunde))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# The same for the lower-cased text, where that is the same as IGNORECASE (faster).
_ACT_PRONOUN_LOW: Final = re.compile(lower_pattern(_ACT_PRONOUN.pattern))
# Words without which `_OBJECT_PRONOUN` cannot match
_OBJECT_WORDS = ("l'", "l’", " it", " het", " hem", " es", " ihn")
# A sentence opened by the participle of a signing verb and a term: the act last named
_FRONTED_PARTICIPLE: Final = re.compile(
    r"\W{0,3}(?:conclue?s?|signée?s?|signed|concluded|entered\s+into|gesloten|afgesloten|"
    r"ondertekend|geschlossen|abgeschlossen|unterzeichnet)\s+(?:pour|for|voor|für|op|auf)\s"
)
# The act last named as the object of a signing verb: "l'a paraphé", "signed it", "tekende
# het", "unterzeichnete es"
_OBJECT_PRONOUN: Final = re.compile(
    r"(?<![\w-])(?:l['’](?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:signée?|paraphée?|ratifiée?)|"
    r"(?:signed|initialled|initialed|ratified)\s+it|(?:ondertekende|tekende)(?:n)?\s+het|"
    r"(?:heeft|hebben)\s+het\s+(?:\w+\s+)?(?:ondertekend|getekend)|"
    r"unterzeichnete(?:n)?\s+(?:es|ihn)|(?:hat|haben)\s+(?:es|ihn)\s+(?:\w+\s+){0,4}unterzeichnet|"
    # renewed: "In 2019 the two provinces renewed it", "l'ont renouvelée en 2019", "verlengden
    # het in 2019", "verlängerten es 2019"
    r"(?:renewed|extended|reaffirmed)\s+it|l['’](?:a|ont|avait|avaient)\s+(?:\w+\s+)?"
    r"(?:renouvelée?|reconduite?|prolongée?)|(?:verlengde|hernieuwde|vernieuwde)(?:n)?\s+(?:het|hem)|"
    r"(?:heeft|hebben)\s+(?:het|hem)\s+(?:\w+\s+){0,4}(?:verlengd|hernieuwd|vernieuwd)|"
    r"(?:verlängerte|erneuerte)(?:n)?\s+(?:es|ihn)|(?:hat|haben)\s+(?:es|ihn)\s+(?:\w+\s+){0,4}"
    r"(?:verlängert|erneuert))"
    r"(?![\w-])"
)
# "in 2021 werd de band verlengd", "the relationship was renewed": the tie last reported.
_THE_TIE: Final = re.compile(
    r"(?<![\w-])(?:(?:the|that|this)\s+(?:tie|ties|relationship|relation|relations|partnership|"
    r"link|letter|declaration|charter|protocol|accord|treaty|pact)|"
    r"(?:de|die|deze)\s+(?:band|banden|relatie|samenwerking)|het\s+(?:partnerschap|verdrag)|"
    r"(?:la|cette)\s+(?:relation|coopération|charte)|le\s+(?:partenariat|traité)|"
    # the document of the tie named back: "de oorkonde", "die Urkunde"
    r"de\s+oorkonde|"
    r"die\s+(?:beziehung|beziehungen|partnerschaft|zusammenarbeit|urkunde))(?![\w-])"
)
_TIE_WITH: Final = re.compile(
    r"\s+(?:with|met|mit|avec|zu)\s+(?:(?:the|de|het|la|le|l['’]|dem|der)\s*)?"
)
_END_BEFORE: Final = re.compile(
    # a whole word ("ondertekend op 5 mei", "getekend in 2015" end in no "end")
    r"(?<![^\W\d_])(?:expir(?:es|ed|ing|e)|lapses|runs?\s+(?:out\s+)?(?:until|till|through|to)|"
    r"valid\s+(?:until|till|through|to)|until|till|ends?|ending|loopt\s+(?:af|tot|uit)|"
    r"geldig\s+tot|verloopt|tot\s+en\s+met|tot|jusqu['’](?:en|au|à)|valable\s+jusqu['’](?:en|au|à)|"
    r"expire|prend\s+fin|läuft|gilt\s+bis|gültig\s+bis|endet|bis)"
    r"(?:\s+(?:in|on|op|en|le|im|am|zum|the|end\s+of))*\s*\Z",
    re.IGNORECASE,
)
_INSTITUTIONS: Final = frozenset(
    {"university", "chamber_of_commerce", "port", "government_service"}
)
# "een intentieverklaring", "a letter of intent", "eine Absichtserklärung", "une lettre": an act
# named with an indefinite article (a further act, not one named before)
# "eine weitere Vereinbarung", "a further agreement", "another agreement", "un autre accord",
# "un nouvel accord", "een nieuwe overeenkomst", "een tweede akkoord"
_FURTHER_ACT: Final = re.compile(
    r"(?<![\w-])(?:eine[nm]?\s+(?:weitere|neue|zweite)|an?\s+(?:further|new|second)|another|"
    r"une?\s+(?:autre|nouvel(?:le)?|second(?:e)?|deuxième)|een\s+(?:nieuwe?|tweede|andere?))\s+"
    r"(?:[\w-]+\s+)?\Z"
)
_INDEFINITE_ACT: Final = re.compile(
    r"(?<![\w-])(?:een|an?|eine[nm]?|une?)\s+(?:(?:nieuwe|new|neue|nouvel(?:le)?|further|weitere|"
    r"second|tweede|zweite|seconde?|also|ook|auch|aussi|nog)\s+)?\Z"
)
# "volgde een intentieverklaring", "followed a letter of intent", "folgte eine
# Absichtserklärung", "suivit un protocole": the act that came next (the verb before it)
_FOLLOWED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:volgde|volgden|followed|folgte|folgten|suivit|suivirent|a\s+suivi|"
    # "2004 kam eine Vereinbarung über Hafenkooperation hinzu", "in 2015 kwam er een
    # overeenkomst bij"
    r"kam|kamen|kwam|kwamen)\s+"
    r"(?:(?:then|later|daarna|nog|ook|er|dann|später|noch|auch|ensuite|puis|aussi)\s+)*"
    r"(?:een|an?|eine[nm]?|une?)\s+(?:[\w-]+\s+)?\Z"
)
# "also", "ook", "également", "zudem": one act more
_ALSO: Final = re.compile(
    r"(?<![\w-])(?:also|too|as\s+well|ook|eveneens|bovendien|daarnaast|auch|zudem|ebenfalls|"
    r"außerdem|ausserdem|également|aussi|en\s+outre|de\s+plus)(?![\w-])"
)
# "Een intentieverklaring volgde in 2017", "A letter of intent followed in 2017", "Eine
# Absichtserklärung folgte 2017", "Une lettre d'intention a suivi en 2017" (the verb after it)
_FOLLOWED_AFTER: Final = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:volgde|volgden|followed|folgte|folgten|suivit|suivirent|"
    r"a\s+suivi|preceded|précédé|voorafgegaan|vooraf|vorausgegangen|voraus|vorangegangen|"
    r"voran)(?![\w-])"
)
# "Un accord d'amitié avait précédé le jumelage", "the twinning had been preceded by",
# "ging aan de stedenband vooraf", "der Partnerschaft vorausgegangen": one act came before another
_PRECEDED: Final = re.compile(
    r"(?<![\w-])(?:preceded|precedes|précéd(?:é|ée|és|ées|ait|aient|a)|voorafgegaan|vooraf|"
    r"vorausgegangen|voraus|vorangegangen|voran)(?![\w-])"
)
# Every word `_PRECEDED` matches, as a run of letters of the document's index (in Latin-1): a
# document without one skips its search.
_PRECEDED_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in (
        "preceded precedes précédé précédée précédés précédées précédait précédaient précéda "
        "voorafgegaan vooraf vorausgegangen voraus vorangegangen voran"
    ).split()
)
# the auxiliary of a passive sentence ("werd getekend", "was signed", "wurde unterzeichnet",
# "a été signée"): an act whose parties the sentence does not name
_PASSIVE_AUX: Final = opened(
    re.compile(
        r"(?<![\w-])(?:werd|werden|was|were|wurde|wurden|fut|furent|"
        # "a été signée", "a également été signée", "avait ensuite été conclu"
        r"(?:a|ont|avait|avaient)\s+(?:[\w-]+\s+)?été)(?![\w-])"
    )
)
# a sentence about every tie: "Every tie ...", "Each relationship ...", "Elke stedenband ...",
# "Jede Partnerschaft ...", "Chaque jumelage ..."
_EVERY: Final = re.compile(
    r"\W*(?:every|each|all|elke|iedere?|alle|jede[rs]?|chaque|tous|toutes)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ties?|relationships?|relations?|partnerships?|twinnings?|links?|sister|partner|stedenband|"
    r"partnerschap|band|partnerschaft|städtepartnerschaft|jumelage|partenariat)"
)
# a partner described after the act word ("signé avec la capitale vietnamienne")
_WITH_SOMEONE: Final = re.compile(
    r"(?<![\w-])(?:with|met|mit|avec|between|tussen|zwischen|entre)\s"
)
# the words of a tie that is a twinning only between places ("its partnership with ...")
_PARTNERSHIP_WORDS = ("partnerschaft", "partnership", "partnerschap", "ties", "link")
# "Partnerschaftsvertrag", "Partnerschaftsurkunde", "partnership agreement", "partnerschapsakte":
# a partnership word that names a signed document, an act like any other
_PARTNERSHIP_DEED: Final = re.compile(
    r"vertr|urkund|abkommen|vereinbarung|agreement|charter|contract|akte|oorkonde|overeenkomst|"
    r"verdrag|accord|convention"
)
_NEGOTIATION: Final = opened(
    re.compile(
        r"(?<![\w-])(?:negotiations?|talks|discussions|onderhandelingen|gesprekken|négociations|"
        r"pourparlers|verhandlungen|gespräche)(?![\w-])"
    )
)
_NAME_AFTER: Final = re.compile(r"[ \t]+[A-ZÀ-Þ][\w'’-]+")
_SINGULAR_COPULA: Final = frozenset({"is", "was", "ist", "war", "est", "était"})
_NAME_NEXT: Final = re.compile(r"\s+(?:the\s+|de\s+|la\s+|le\s+|l['’]|die\s+|der\s+)?[A-ZÀ-Þ]")
# "Tampere, with which a friendship-city agreement was signed", "Recife, a friendly city":
# the place before the relative or the apposition is the partner
_WITH_WHICH: Final = re.compile(
    r"(?:with\s+(?:which|whom)|avec\s+(?:laquelle|lequel|qui)|mit\s+(?:der|dem|denen|welche[rm])|"
    r"met\s+(?:wie|welke)|waarmee)\s+(?:[\w'’-]+\s+){0,3}\Z"
)
# a relative clause opened by "with which" after a comma, read up to its subject
_WITH_WHICH_WORDS: Final = frozenset(
    {
        b"which",
        b"whom",
        b"laquelle",
        b"lequel",
        b"lesquelles",
        b"lesquels",
        b"qui",
        b"dem",
        b"der",
        b"denen",
        b"welcher",
        b"welchem",
        b"wie",
        b"welke",
        b"waarmee",
    }
)
_WITH_WHICH_OPEN: Final = re.compile(
    r",[ \t\n]*(?:with[ \t]+(?:which|whom)|avec[ \t]+(?:laquelle|lequel|lesquelles|lesquels|"
    r"qui)|mit[ \t]+(?:der|dem|denen|welche[rm])|met[ \t]+(?:wie|welke)|waarmee)[ \t]"
)
# between the pronoun and the clause's subject: a determiner and a government's word
_CLAUSE_SUBJECT_GAP: Final = re.compile(
    r"[ \t]*(?:(?:the|de|het|la|le|l['’]|die|der|das)[ \t]*(?:(?:city|town|municipality|county|"
    r"province|commune|ville|gemeente|stad|provincie|stadt|gemeinde|kreis|landkreis|provinz|"
    r"région|region|regio)[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+|d['’]|van[ \t]+)?)?)?"
)
_APPOSITION: Final = re.compile(r",\s+(?:a|an|un|une|een|ein|eine)\s+(?:[\w-]+\s+)?\Z")
# a participle fronted before the act's noun or pronoun, with the act's term: "Conclu pour une
# durée de trois ans, ", "Signed for an initial term of five years, ", "Für fünf Jahre
# geschlossen, ", "Afgesloten voor een periode van vijf jaar, "
_FRONTED_TERM: Final = re.compile(
    r"\s*(?:(?:conclue?s?|signée?s?|passée?s?|valable|concluded|signed|agreed|valid|entered|"
    r"afgesloten|gesloten|ondertekend|geldig)\s+(?:into\s+)?(?:pour|for|voor|sur|op)\s"
    r"[^,;\n]{0,60}?(?:year|jaar|ans\b|année|month|maand|mois)[^,;\n]{0,40}|"
    r"(?:für|auf)\s[^,;\n]{0,40}?(?:jahre?n?|monate?n?)\s+(?:geschlossen|abgeschlossen|"
    r"unterzeichnet|gültig|angelegt))\s*,\s*"
)
# a definite article or a pronoun opening the subject after such a participle (in German and
# Dutch after the finite verb: "Für vier Jahre geschlossen, soll sie ...", "..., kan het ...")
_TERM_SUBJECT: Final = re.compile(
    r"(?:(?:soll|sollen|kann|können|wird|werden|ist|gilt|läuft|bleibt|kan|kunnen|wordt|is|"
    r"geldt|loopt|blijft)\s+)?"
    r"(?:the|this|it|le|la|l['’]|ce|cet|cette|il|elle|der|die|das|dieses|diese|es|sie|de|het|"
    r"dit|deze|dat)(?![\w-])"
)
_RELATIVE_START: Final = re.compile(
    r"\W{0,3}(?:which|that|qui|lequel|laquelle|die|dat|dewelke|welche[rs]?|das)(?![\w-])"
)
_TO_COME: Final = re.compile(
    r"(?<![\w-])(?:next|coming|prochaine?|volgende?|komende?|nächste[nmrs]?|kommende[nmrs]?)(?![\w-])",
    re.IGNORECASE,
)
_RELATIVE: Final = re.compile(
    r",\s+(?:who|which|where|whose|qui|où|dont|lequel|laquelle|die|der|das|welche[rs]?|wo|"
    r"dat|waar|waarmee|wie)(?![\w-])"
)
# a relative pronoun that opens a clause about the name before the comma ("Sydney, which is
# also ...", "Mâcon, qui ...", "Leer, die ook ...", "Hof, welche ..."); no "where" (a venue)
_SUBJECT_RELATIVE: Final = re.compile(r",[ \t]+(?:which|qui|die|dat|welche[rs]?)[ \t]")
_SINCE_THEN: Final = re.compile(r"since\s+then|sindsdien|depuis\s+lors|seitdem|seither", re.I)

_PARENS: Final = re.compile(r"\([^()]*\)")
_RENEWAL_NOUN: Final = re.compile(
    r"renewal|extension|prolongation|verlenging|vernieuwing|renouvellement|reconduction|"
    r"verlängerung|erneuerung"
)
# Between two items of a list: a country or region, a year in brackets, a conjunction
_LIST_GAP: Final = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})?(?:\s*\([^()\n]{0,30}\))?"
    r"\s*(?:[,;]\s*)?(?:(?:and|et|en|und|&)\s+)?",
)
_IN_LIST: Final = re.compile(r"\s+(?:in|à|en)\s+")
_AMONG_THEM: Final = re.compile(r"\s+(?:them|which|others|these|those)(?![\w-])")
_SUBJECT_ACT: Final = re.compile(
    r"\W{0,3}(?:the|this|that|de|het|deze|dit|die|das|der|dieses|diese|le|la|l['’]|cet|cette|ce)"
    r"\s*(?:(?:original|first|initial|new|oorspronkelijke|eerste|nieuwe|ursprüngliche|erste|neue|"
    r"première|nouvelle|nouvel|premier)\s+)?"
)
# A sentence that goes on with the list of the sentence before ("Among them are ...")
_LIST_GOES_ON: Final = re.compile(
    r"\W{0,3}(?:among\s+(?:them|these)|these\s+(?:are|include)|they\s+(?:are|include)|"
    r"waaronder|daaronder|dat\s+zijn|het\s+gaat\s+om|darunter|dazu\s+gehören|es\s+sind|"
    r"dies\s+sind|parmi\s+(?:elles|eux|lesquelles)|ce\s+sont|il\s+s['’]agit\s+de|"
    # "Den Anfang machten 1959 Coventry und Breslau.", "The first were ...", "Es folgten ..."
    r"den\s+anfang\s+machten?|the\s+first\s+(?:ones?\s+)?(?:was|were)|de\s+eersten?\s+(?:was|waren)|"
    r"les?\s+premi(?:er|ère)s?\s+(?:fut|furent|a\s+été|ont\s+été|était|étaient)|"
    r"es\s+folgten|then\s+came|later\s+came|daarna\s+volgden|later\s+volgden|suivirent|"
    r"puis\s+vinrent|"
    # "19 new pairs of sister cities ... Three of them involve Zhejiang: A with B, C with D"
    # (a count, not "Abgesehen davon" / "Unabhängig davon")
    r"(?:\d+|several|enkele|mehrere|einige|plusieurs|"
    + "|".join(sorted((w for w, n in lex.NUMBER_WORDS.items() if n > 1), key=len, reverse=True))
    + r")\s+(?:of\s+(?:them|these)|daarvan|d['’]entre\s+(?:eux|elles)|davon))(?![\w-])"
)
# "a first step towards a sister relationship": the plan of the act named after it
_STEP_TO: Final = re.compile(
    r"(?:first\s+|initial\s+|première\s+|eerste\s+|erste[nr]?\s+)?(?:step|étape|stap|schritt)"
)
# "la convention entre les deux établissements", "the agreement between the two universities":
# the text from an act word to a plural anaphor of organisations after "between"
_BETWEEN_ANAPHOR: Final = re.compile(
    r"[^.;:,()]{0,30}?(?<![\w-])(?:between|entre|tussen|zwischen)\s+\Z", re.IGNORECASE
)
_EARLIER: Final = re.compile(
    r"(?:previous|former|earlier|last|first|original|précédente?|ancienne?|première|premier|"
    r"vorige|eerdere|eerste|oude|vorherige[nmrs]?|frühere[nmrs]?|erste[nmrs]?|bisherige[nmrs]?)"
    r"\s+\Z"
)
_DEFINITE_AT: Final = re.compile(
    r"(?:^|\W)(?:the|this|that|de|het|deze|dit|die|das|der|dieses|diese|le|la|l['’]|cet|cette|"
    r"ce)\s*\Z"
)


def _definite_at(low: str, start: int, end: int) -> bool:
    """`_DEFINITE_AT.search(low, start, end)`, tried only where a match can start: it ends
    with an article of at most six letters, the spaces after it, and one character before."""
    j = end
    while j > start and low[j - 1].isspace():
        j -= 1
    return _DEFINITE_AT.search(low, max(start, j - 7), end) is not None


_FRONTED_WITH: Final = re.compile(
    r"\W{0,3}(?:with|met|mit|avec)\s+(?:the\s+|de\s+|der\s+|dem\s+|la\s+|le\s+|l['’])?"
    # "Mit dem norwegischen Kongsberg", "met het Duitse Freiberg", "with the Dutch city of"
    r"(?:(?:het\s+)?[^\W\d_]+(?:e|en|es|er|ish|ian|ese|ch)\s+(?:(?:city|town|stad|ville|stadt)\s+"
    r"(?:of\s+|de\s+)?)?)?"
)
_AGENT: Final = re.compile(
    r"(?<![\w-])(?:by|par|door|von|durch)\s+(?:(?:the|l['’]|la|le|de|het|der|die|dem)\s*)?"
    r"(?:[\w-]+\s+){0,2}"
)
# "– niet te verwarren met het Engelse Plymouth –": a namesake set aside, no party
_CONFUSED: Final = re.compile(
    r"(?:not\s+to\s+be\s+confused|niet\s+te\s+verwarren|à\s+ne\s+pas\s+confondre|ne\s+pas\s+"
    r"confondre|nicht\s+zu\s+verwechseln)\s+(?:with|met|avec|mit)\s+(?:[\w'’-]+\s+){0,2}\Z"
)
_WHO: Final = re.compile(r",\s+who(?![\w-])")
# "according to the 2023 census", "a year after the 2014 trade mission": a year that names
# another event
_STATISTIC_AFTER: Final = re.compile(
    r"\s+(?:census|population\s+count|volkstelling|recensement|zensus|volkszählung|"
    r"statistics|survey|figures|ranking|rankings|(?:trade\s+|economic\s+|official\s+)?"
    r"(?:missions?|visits?|trips?|elections?|olympics|games|expo|exhibition|world\s+cup|"
    r"handelsmissie|bezoek|verkiezingen|Handelsmission|Besuch|Wahlen?|visite|élections))(?![\w-])"
)
_POSSESSIVE_BEFORE: Final = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?")
_OF_WORD: Final = re.compile(r"\s+(?:of|van|de|von|der|du|des)\s")
# "Wiesbaden followed in 1977", "Lille joined in 1967", "Brno kam 1998 hinzu"
_FOLLOWED: Final = opened(
    re.compile(
        r"(?<![\w-])(?:followed|joined|was\s+added|were\s+added|came\s+next|volgde(?:n)?|kwam(?:en)?\s+"
        r"(?:\w+\s+){0,3}(?:erbij|bij)|suivi(?:t|rent)?|a\s+suivi|ont\s+suivi|folgte(?:n)?|kam(?:en)?\s+"
        r"(?:\w+\s+){0,3}hinzu)(?![\w-])"
    )
)
# What may stand before the subject place of such a sentence ("In 1977,", "Then", "Puis")
_PLACE_SUBJECT: Final = re.compile(
    r"\W{0,3}(?:(?:in|im|en|then|later|daarna|puis|dann|danach|1\d{3}|2\d{3})[\s,]+){0,3}"
    r"(?:(?:the|de|het|la|le|l['’]|die|der)\s+)?"
)
# "oldest link is with Rennes", "de band met Tiel", "le lien avec Kiel", "die Verbindung zu Kiel"
_LINK_WITH: Final = opened(
    re.compile(
        r"(?<![\w-])(?:links?|ties|band|banden|liens?|verbindung(?:en)?)\s+(?:(?:is|are|was|were|"
        r"bestaat|existe|besteht)\s+)?(?:(?:with|met|avec|mit|zu)\s+)(?:(?:the|de|het|la|le|l['’]|dem|der)\s*)?"
    )
)
# a demonym adjective between the tie noun's article and the partner ("het Litouwse",
# "dem chinesischen", "the Chinese")
_LINK_DEMONYM: Final = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*(?:e|en|se|sche|ischen|ese|an)\s+")
# "koos Delft voor Estelí", "Delft chose Estelí", "a choisi Kiel", "entschied sich für Kiel"
_CHOSE: Final = re.compile(
    r"(?<![\w-])(?:koos|kozen|chose|opted|choisit|choisirent|(?:a|ont)\s+choisi|wählte[n]?|"
    r"entschied(?:en)?)(?![\w-])"
)
_CHOOSE_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in (
        "koos kozen chose opted choisit choisirent choisi wählte wählten entschied entschieden"
    ).split()
)
# the subject after the verb: "koos [Delft] voor", "entschied sich [die Stadt] für"
_CHOSE_SUBJECT: Final = re.compile(r"\s+(?:(?:de|het|la|le|die|der)\s+)?")
_CHOSE_OBJECT: Final = re.compile(
    r"\s*(?:sich\s+)?(?:voor|for|für|pour)?\s*(?:(?:het|de|the|la|le|l['’]|das|die|den|dem)\s*)?"
    r"(?:[^\W\d_]+(?:e|en|es|er|ish|ian|ese|an)\s+)?"
)
_DASH_ASIDE: Final = re.compile(r"\s[–—]\s[^–—\n]{1,60}\s[–—]\s")
# "... joined in 1988 [and ]Yaroslavl[ in ]1989": the second half of an elliptic pair
_ELLIPTIC_AND: Final = re.compile(
    r"\s*(?:,\s*|;\s*)?(?:and|en|et|und)\s+(?:(?:the|de|la|le|die)\s+)?"
)
_ELLIPTIC_DATE: Final = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:(?:in|en|im|à|au|anno)\s+)?")
# "depuis 1963 avec Plymouth", "since 1963 with Plymouth", "seit 1963 mit Plymouth"
_SINCE_WITH: Final = re.compile(
    r"\W{0,3}(?:(?:and|en|et|und)\s+)?(?:since|depuis|seit|sinds|sedert)\s+(?:l['’]an\s+)?"
    r"[12]\d{3}\s*,?\s*(?:with|avec|mit|met)\s+(?:(?:the|de|la|le|l['’]|dem|der)\s*)?"
)
# A line of a list, or a part of it between semicolons or middle dots
_ITEM_PART: Final = re.compile(r"[^\s;·][^\n;·]*[^\s;·]|[^\s;·]")
# "Een stedenband met een Chinese stad is er nooit gekomen": a partner left unnamed
_INDEFINITE_PARTNER: Final = re.compile(
    r"\s+(?:with|met|mit|avec)\s+(?:a|an|een|une?|eine[mr]?|another|any|other|andere[mn]?|"
    r"autre|d['’]autres)\s"
)
_RESPECTIVELY: Final = re.compile(
    r"respectively|respectivement|respectievelijk|jeweils|beziehungsweise"
)
_AND: Final = re.compile(r"\s+(?:and|et|en|und|&)\s+")
_APPOSED_LIST: Final = re.compile(r"\s*[,:–—]\s*")
# "Salem, Oregon and Jinzhou, Liaoning province, as well as Bend, Oregon and Xianyang"
_QUALIFIER_GAP: Final = re.compile(r"\s*,\s*")
# plural act words: "sister-city agreements", "vriendschapsovereenkomsten", "des accords de"
_PLURAL_ACT: Final = re.compile(
    r"(?:agreements|memoranda|treaties|charters|overeenkomsten|akkoorden|verdragen|verträge|"
    r"vereinbarungen|urkunden|relationships)(?![\w-])|(?<![\w-])(?:accords|conventions|chartes|"
    r"protocoles|pactes)(?![\w-])",
    re.I,
)
# The same for the lower-cased text (its letters are lower case already): case-sensitive
# matching is faster, and the same where the text has no case traps (`DocIndex.caseless`).
# (written to open with its first characters, `first_chars`: the same matches)
_PLURAL_ACT_LOW: Final = re.compile(
    "".join(
        first_chars(
            [
                *(
                    w + r"(?![\w-])"
                    for w in "agreements|memoranda|treaties|charters|overeenkomsten|akkoorden|"
                    "verdragen|verträge|vereinbarungen|urkunden|relationships".split("|")
                ),
                *(
                    w[0] + r"(?<![\w-]." + ")" + w[1:] + r"(?![\w-])"
                    for w in "accords|conventions|chartes|protocoles|pactes".split("|")
                ),
            ]
        )
    )
)
assert _PLURAL_ACT.pattern == _PLURAL_ACT.pattern.lower()
_QUALIFIED = r"(?:\s*,\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)?"  # ", Liaoning province"
_IN_PAIR: Final = re.compile(
    _QUALIFIED + r"\s*,?\s*(?:and|en|et|und|&)\s+(?:(?:the|de|het|la|le|l['’]|die)\s+)?", re.I
)
_BETWEEN_PAIRS: Final = re.compile(
    _QUALIFIED + r"(?:\s*(?:,|;)\s*(?:(?:as\s+well\s+as|and|sowie|und|ainsi\s+que|et|evenals|"
    r"alsook|en)\s+)?|\s+(?:as\s+well\s+as|sowie|ainsi\s+que|evenals)\s+)"
    r"(?:(?:the|de|het|la|le|l['’]|die)\s+)?",
    re.I,
)
# a list of pairs: a place's region after it ("Guelph of Ontario", "Biella in Italy", "Salem,
# Oregon", "Kiel (Schleswig-Holstein)"), the join inside a pair and the gap between pairs
_PAIR_QUALIFIER: Final = re.compile(
    r"\s*(?:,|\(|(?:in|de|du|en|van|aus|im|in\s+der|in\s+the)\s)\s*(?:the\s+)?", re.I
)
# "Leeds of Yorkshire": after "of", any place qualifies the one before it in a list of pairs
_PAIR_OF: Final = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_PAIR_JOIN: Final = re.compile(
    r"\)?\s*(?:vs\.?|versus|with|and|&|met|en|avec|et|mit|und|[–—/-]|<->|↔)\s*"
    r"(?:(?:the|de|het|la|le|l['’]|die)\s+)?",
    re.I,
)
_PAIR_APART: Final = re.compile(
    # "Biella in Italien, ": a country the gazetteer does not name may close a pair
    r"(?:\s+(?:in|en|aus|im)\s+(?-i:[A-Z][\w-]+))?"
    r"\)?\s*(?:(?:,|;)\s*(?:(?:and|en|et|und|as\s+well\s+as|sowie|ainsi\s+que)\s+)?|"
    r"\s(?:and|en|et|und)\s+)"
    r"(?:(?:the|de|het|la|le|l['’]|die)\s+)?",
    re.I,
)
# "a new agreement", "een nieuw akkoord", "un nouvel accord", "eine neue Vereinbarung"
# a word like "agreement" after an indefinite article and up to three words of its subject
# ("a student exchange agreement", "een nieuw akkoord", "ein weiteres Abkommen"): one more act
_INDEFINITE_QUALIFIED: Final = re.compile(
    r"(?<![\w'’-])(?:een|an?|ein(?:e[nms]?)?|une?)\s+(?:[\w'’-]+\s+){0,3}\Z"
)
_NEW_ACT: Final = opened(
    re.compile(
        r"(?<![\w-])(?:an?\s+new|een\s+nieuwe?|un\s+nouvel|une\s+nouvelle|ein(?:e)?\s+neue[nrs]?)"
        r"\s+(?:[\w-]+\s+)?\Z"
    )
)
# "al 25 jaar", "seit 30 Jahren", "depuis 40 ans", "have been twinned for 25 years"
_YEARS_SINCE: Final = opened(
    re.compile(
        r"(?<![\w-])(?:al|reeds|inmiddels|sinds|seit|depuis|been\s+(?:[\w-]+\s+){0,3}for)\s+"
        r"(\d{1,3}|" + YEAR_COUNT_WORDS + r")\s+(?:jaar|jahren|ans|années|years)(?![\w-])"
    )
)
_APPROVED: Final = re.compile(
    r"approved|goedgekeurd|approuvée?s?|gebilligt|genehmigt|beschlossen|keurde|established"
)
_FRONTED_IN: Final = re.compile(r"\W{0,3}(?:In|À|A|Im|In\s+der\s+Stadt|En)\s+")
_FRONTED_IN_AFTER: Final = re.compile(
    r"\s*,?\s+(?:dagegen|however|also|too|ook|echter|daarentegen|aussi|en\s+revanche|par\s+contre|"
    r"hingegen|wiederum|jedoch)(?![\w-])"
)
# "similar" right before an act's name, or one word before it ("similar agreements", "similar
# cooperation agreements", "similar sister port agreements", "similar memoranda of
# understanding"), read up to the name's start
_SIMILAR: Final = re.compile(
    r"(?<![\w-])(?:similar|comparable|soortgelijke|vergelijkbare|gelijkaardige|ähnliche[n]?|"
    r"vergleichbare[n]?)\s+(?:[\w-]+\s+)?\Z"
)
_SIMILAR_HINT: Final = re.compile(
    r"similar|comparab|soortgelijk|vergelijkbar|gelijkaardig|ähnlich|vergleichbar|semblable|"
    r"analogue|same\s+lines|same\s+kind|même\s+type|même\s+nature|dezelfde|gleicher"
)
_SAME_LINES: Final = re.compile(
    r"\s+(?:along\s+the\s+same\s+lines|of\s+the\s+same\s+kind|du\s+même\s+type|"
    r"de\s+même\s+nature|van\s+dezelfde\s+(?:soort|strekking)|gleicher\s+art)(?![\w-])"
)
_SIMILAR_AFTER: Final = re.compile(r"\s+(?:similaires|semblables|analogues|comparables)(?![\w-])")
_BARE_FRIENDSHIP = ("friendship", "vriendschap", "amitié", "freundschaft")
_TOPIC_OF: Final = re.compile(
    r"(?<![\w-])(?:über|on|about|regarding|sur|concernant|over|inzake|betreffende|zur|zu|for|"
    r"pour|voor|für)\s+(?:(?:eine[rn]?|a|an|une|een|die|der|the|la|l['’]|de|het)\s*)?"
    r"(?:[\w-]+\s+)?\Z"
)
# "has one sister city, Kofu", "heeft één zusterstad, Kanazawa", "a une seule ville jumelle,"
_HAS_ONE: Final = re.compile(
    r"(?<![\w-])(?:has|have|had|heeft|hebben|had|a|ont|avait|hat|haben|hatte)\s+(?:only\s+|nur\s+|"
    r"maar\s+|slechts\s+)?(?:one|a\s+single|a|een|één|une\s+seule|une|eine|einzige)\s+"
    r"(?:[\w-]+\s+)?\Z"
)
# "..., Grenoble et Suzhou depuis 1998": an elliptic pair after the act of a pair
_PAIR_LEAD: Final = re.compile(r",\s*(?:(?:and|et|en|und)\s+)?\Z")
_PAIR_SINCE: Final = re.compile(r"\s+(?:since|depuis|seit|sinds|sedert|in|en|im)\s+")
_PAIR_PREP: Final = re.compile(r"\s+(?:between|with|tussen|met|entre|avec|zwischen|mit)\s")
_DESCRIBING: Final = re.compile(r",\s*(?:which|that|qui|die|dat|welche[rs]?|das)\s+\Z")
# "Sittard-Geleen – Masvingo (Zimbabwe)", "Beispiel: Kiel – Qingdao": a line of a pair
_ENTRY_DASH: Final = re.compile(r"[ \t][–—-][ \t]")
_ENTRY_LEAD: Final = re.compile(r"[ \t]*(?:[^\W\d_][\w'’-]*[ \t]*:[ \t]*)?")
_ENTRY_REST: Final = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?")
# "Lomé/Marseille-Fos", "Brisbane – Chongqing", "Lille / Erfurt": the pair of a list line
_PAIR_LINE_JOIN: Final = re.compile(r"[ \t]*/[ \t]*|[ \t]+[–—-][ \t]+")
# then a bracket, and a comma or a colon before the act's words ("(Chine), accord ...")
_PAIR_LINE_REST: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[,:][ \t]*(?:[\w'’-]+[ \t]+){0,3}"
)
# A keyword that names a place, not an act ("der Partnerstadt", "the sister city")
_PLACE_WORD: Final = re.compile(
    r"(?:cit(?:y|ies)|towns?|st(?:a|ä)dte?n?|st(?:ad|eden)|provinces?|regions?|provincies?|"
    r"regio'?s?|gemeenten?|gemeinden?|prefectures?|count(?:y|ies)|municipalit(?:y|ies)|states?|"
    r"ports?|jumelles?|s(?:œ|oe)urs?|amies?)\Z"
)
# The big alternations, tried only at words that can start them (same matches).
_KEYWORDS = WordScan(lex.KEYWORDS_LOW)
# "seit", "since", "depuis", "sinds": a sentence that may date each partner (`_since_with`)
_SINCE_WORDS: Final = re.compile(r"(?<![\w-])(?:seit|since|depuis|sinds|sedert)\s")
_SINCE_SCAN = WordScan(_SINCE_WORDS, ranged=True)  # read in the sentences with an act only
# the words of `_SINCE_WORDS` and `_FRONTED_WORDS`: a document without one skips its search
_SINCE_WORD_SET: Final = frozenset(
    w.encode("latin-1") for w in ("seit", "since", "depuis", "sinds", "sedert")
)
_FRONTED_WORD_SET: Final = frozenset(
    w.encode("latin-1") for w in ("after", "following", "après", "nach", "na")
)
# the close of a fronted list: a comma, or the verb of the main clause ("und Luton hat ...")
_LIST_CLOSED: Final = re.compile(r"\s*,\s|\s*\S?\s*(?-i:[a-zäöüéèà])")
# the words of a text that may open a sentence with a list of earlier partners
# (opening with the first characters of its words, `first_chars`: `re` skips to them, where a
# look-behind opening makes it try every position of the text; the same matches)
_FRONTED_FIRSTS, _FRONTED_TAILS = first_chars("after following après nach na".split())
_FRONTED_WORDS: Final = re.compile(_FRONTED_FIRSTS + r"(?<![\w-].)" + _FRONTED_TAILS + r"\s")
# the words of a page that may hold partner blocks (`_partner_blocks`)
_BLOCK_WORDS = ("partner", "zuster", "jumel", "twin", "sister", "friendship")
# "Nach Hamm, Sens und Żagań hat Ludwigsfelde seine vierte Partnerstadt": a sentence that
# opens with the partners before an ordinal act
_AFTER_LIST: Final = re.compile(
    r"[\s\"'„“«]*(?:after|besides|apart\s+from|nach|neben|na|naast|après|outre)\s+(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
_ORDINAL_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|"
    r"tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|"
    r"deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|"
    r"dixième)[nrsme]?\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_LOCATIVE_IN: Final = re.compile(r"(?<![\w-])(?:in|en|im)\s+\Z", re.IGNORECASE)
# A tie put on hold is still a tie (corpora 5 and 8: "suspended since March 2022" is signed)
_PAUSED: Final = re.compile(
    r"suspend|ausgesetzt|aussetzen|auf\s+eis|opgeschort|opschort|fr[eo]+z|gel[ée]|eingefroren|bevroren"
)
# "Since the signing of", "Seit der Unterzeichnung des", "Sinds de ondertekening van",
# "Depuis la signature de": an act named in a fronted phrase, its parties in the main clause
_FRONTED_SIGNING: Final = re.compile(
    r"[\s\"'„“«]*(?:ever\s+)?(?:since|after|following|seit|nach|sinds|na|depuis|après|dès)\s+"
    r"(?:the\s+|der\s+|dem\s+|de\s+|het\s+|la\s+|le\s+|l['’]\s*)?"
    r"(?:signing|signature|conclusion|unterzeichnung|abschluss|ondertekening|sluiting)\s+"
    r"(?:of\s+|des\s+|der\s+|eines\s+|einer\s+|van\s+|de\s+|du\s+|d['’]\s*)?"
)
# what may stand between the fronted phrase and the act word: articles, a few modifiers
_FRONTED_GAP: Final = re.compile(r"(?:[\w'’-]+\s+){0,3}")
_PAIR_AND: Final = re.compile(r"\s+(?:and|und|en|et)\s+")
_BOTH = WordScan(lex.BOTH_LOW, ranged=True)  # read in the sentences with an act only
_BOTH_SEARCHED: Final = opened(lex.BOTH_LOW)  # (searched: opens with its first characters)
# "the new agreement", "die neue Vereinbarung", "de nieuwe overeenkomst", "le nouvel accord"
_THE_NEW: Final = re.compile(
    r"(?<![\w-])(?:the\s+new|die\s+neue|der\s+neue|das\s+neue|de\s+nieuwe|het\s+nieuwe|"
    r"le\s+nouvel|la\s+nouvelle|le\s+nouveau|cette\s+nouvelle|ce\s+nouvel)\s+(?:[\w-]+\s+)?\Z"
)
# the nouns of "the Chinese city", "de Chinese miljoenenstad", "la ville chinoise", "die
# chinesische Stadt" (a town, not a province)
_TOWN_NOUN: Final = re.compile(
    r"(?<![\w-])(?:city|town|metropolis|municipality|stad|gemeente|miljoenenstad|metropool|"
    r"havenstad|stadt|metropole|millionenstadt|hafenstadt|kommune|partnerstadt|ville|cité|"
    r"métropole|commune)(?![\w-])"
)
_DEMONYM_SCAN = WordScan(lex.DEMONYM_ANAPHOR_LOW, ranged=True)  # "the Chinese city"
_THE_TIE_SCAN = WordScan(_THE_TIE, ranged=True)  # "the tie", at a sentence's start
_WITH_PREP_SCAN = WordScan(lex.WITH_PREP_LOW, ranged=True)  # "with", "between" ...
# The list openers without their ":" alternative (a word pattern, tried at words only); the
# ":" is looked for with `str.find` (see `_Reader._search`).
_LIST_INTRO_WORDS = lex.LIST_INTRO_LOW.pattern.removeprefix("(?:").removesuffix("|:)")
assert lex.LIST_INTRO_LOW.pattern == f"(?:{_LIST_INTRO_WORDS}|:)"
_LIST_INTRO_SCAN = WordScan(re.compile(_LIST_INTRO_WORDS), ranged=True)
_COLON: Final = re.compile(":")
# Words of the text (Latin-1 bytes, lower case) without which a pattern cannot match.
_DEMONYM_WORDS: Final = frozenset(
    w.encode("latin-1", "replace") for d in lex.DEMONYMS for w in d.split("-")
)
# The first run of letters of every demonym ("south" of "south-african"): a match of
# DEMONYM_ANAPHOR_LOW holds one as a run of its own.
_DEMONYM_FIRSTS: Final = frozenset(
    m.group().encode("latin-1", "replace")
    for m in (re.match(r"[^\W\d_]+", d) for d in lex.DEMONYMS)
    if m is not None
)
_PAIR_WORDS: Final = frozenset({b"both", b"two", b"beide", b"beiden", b"deux", b"twee", b"zwei"})
_FOLLOW_WORDS: Final = frozenset(
    b"followed joined added next volgde volgden kwam kwamen suivi suivit suivirent folgte "
    b"folgten kam kamen".split()
)

_PRIORITY: dict[AgreementStatus, int] = {
    "ended": 5,
    "not_concluded": 4,
    "signed": 3,
    "renewed": 3,
    "planned": 2,
}


def _overlaps(a: Actor, spans: list[tuple[int, int]]) -> bool:
    return any(a.start < e and a.end > s for s, e in spans)


def _is_locative(doc: Doc, a: Actor) -> bool:
    rx = _LOCATIVE_RX.get(doc.language, _LOCATIVE_RX["en"])
    m = rx.search(doc.text, max(0, a.start - 30), a.start)
    return m is not None and not _bound_to(doc, m.start())


# "la convention qui la lie depuis 2009 à la ville de Lijiang", "le jumelage qui unit Vichy à
# Bad Tölz", "Colmar est jumelée à Lucca", "la Région est liée par un accord de coopération à
# la province du Hunan": the partner a tie binds to, not a place where
_BINDING_VERB_BEFORE: Final = opened(
    re.compile(
        r"(?<![\w-])(?:lie|lient|liait|liaient|relie|relient|reliait|unit|unissent|unissait|"
        r"jumelée?s?|liée?s?|reliée?s?)(?:\s+[\w'’-]+){0,5}?\s+\Z",
        re.IGNORECASE,
    )
)


# the "à" right after an act's words ("... un accord de coopération à la province")
_A_AFTER_ACT: Final = re.compile(r"\s*(?:\d{4}\s+)?(à|au)\s")


def _bound_to(doc: Doc, at: int) -> bool:
    """Whether a French "à" at `at` follows a verb that binds a tie to its partner."""
    return (
        doc.language == "fr"
        and doc.text.startswith(("à", "À", "au", "Au"), at)
        and _BINDING_VERB_BEFORE.search(doc.text, max(0, at - 60), at) is not None
    )


def _group(text: str, actors: list[Actor]) -> list[Actor]:
    """The first actor and those conjoined with it ("Weihai and Ghent", "A, B en C").

    An alias in brackets ("the Kenya Ports Authority (KPA) and ...") is passed over.
    """
    if not actors:
        return []
    out = [actors[0]]
    end = actors[0].end
    for a in actors[1:]:
        gap = text[end : a.start]
        if a.key == out[-1].key and re.fullmatch(r"\s*\(\s*", gap):
            close = text.find(")", a.end, a.end + 4)
            end = close + 1 if close >= 0 else a.end
            continue
        if len(gap) <= 18 and _CONJ.fullmatch(gap):
            out.append(a)
            end = a.end
            continue
        if len(gap) <= 32 and _CONJ_DATED.fullmatch(gap):
            # "zusterstad van Osnabrück sinds 1961 en van Angers sinds 1964": each with its year
            out.append(a)
            end = a.end
            continue
        if len(gap) <= 60 and _CONJ_TITLED.fullmatch(gap):
            # "University College Cork (UCC) and ...", "the Mayor of Lyon and the Mayor of ..."
            out.append(a)
            end = a.end
            continue
        if len(gap) <= 110 and _CONJ_OFFICIALS.fullmatch(gap):
            out.append(a)
            end = a.end
            continue
        if len(out) == 1 and _APPOSED_OPEN.match(gap):
            # "Changzhou, a manufacturing city in Jiangsu province, and ... Tartu": the
            # conjunction after the apposition joins the next party; the places inside it
            # are passed over
            stop = _APPOSED_STOP.search(text, end + 1, min(len(text), end + 160))
            if stop is not None and stop.group().startswith(","):
                joint = _APPOSED_CLOSE.match(text, stop.start())
                nxt = next((b for b in actors if b.start >= stop.start()), None)
                # (the mention may hold the noun before the name: "town of Tartu")
                if joint is not None and nxt is not None and stop.end() <= nxt.start <= joint.end():
                    out.append(nxt)
                    end = nxt.end
                    rest = actors[actors.index(nxt) + 1 :]
                    out += _group(text, [nxt, *rest])[1:]
                    return out
        break
    return out


def _governs_next(low: str, kw_end: int, m: _Marker, nxt: int) -> bool:
    """Whether the marker `m` after an act's word at `kw_end` is the verb of the next act's
    word at `nxt`, in a clause of its own: "signed agreements with A and B, and it renewed its
    partnership with A" (the renewal is the partnership's, not the agreements')."""
    return (
        _OWN_GAP.fullmatch(low, m[1], nxt) is not None
        and _last_clause_break(low, kw_end, m[0]) is not None
    )


# the verb of a new act with the act it replaces as its object: "replaces the agreement",
# "vervangt de overeenkomst", "ersetzt die Vereinbarung", "remplace l'accord"
_REPLACED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:replaces|replaced|supersedes|superseded|vervangt|verving|ersetzt|ersetzte|"
    r"remplace|remplaçait)\s+(?:the|an?|de|het|een|die|das|den|eine[nm]?|l['’]|le|la|un|une)\s*"
    r"(?:[\w-]+\s+){0,3}\Z"
)
_REPLACED_BEFORE_WORDS: Final = frozenset(
    b"replaces replaced supersedes superseded vervangt verving ersetzt ersetzte remplace".split()
)


def _past_signing(low: str, markers: list[_Marker], start: int, end: int) -> bool:
    """Whether the act's clause [start, end) tells its signing in the past tense, by a finite
    verb of its own ("tekende", "ondertekenden", "sloten", "unterzeichneten", "signèrent",
    "ont signé", "signed" after a subject, not after "be" or "will")."""
    for m in markers:
        if start <= m[0] < end and m[2] == "signed":
            if _PAST_SIGNING.fullmatch(low, m[0], m[1]) is not None:
                return True
            if (
                _PAST_SIGNED_EN.fullmatch(low, m[0], m[1]) is not None
                and _NOT_FINITE_BEFORE.search(low, max(start, m[0] - 16), m[0]) is None
            ):
                return True
    return False


_PAST_SIGNING: Final = re.compile(
    r"(?:onder)?tekende[n]?|sloot|sloten|unterzeichnete[n]?|unterschrieb(?:en)?|schloss(?:en)?|"
    r"sign(?:èrent|a)|concl(?:urent|ut)"
)
_PAST_SIGNED_EN: Final = re.compile(r"signed|concluded|inked|sealed")
# an auxiliary before the participle: a passive or a future, not a finite past
_NOT_FINITE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:is|are|be|been|being|was|were|will|would|to|get|gets)\s+(?:\w+\s+)?\Z"
)


def _subject_act_verb(low: str, prev_end: int, m: _Marker, kw_start: int) -> bool:
    """Whether the marker `m` is the finite verb of the act's word ending at `prev_end` with
    the next act's word (at `kw_start`) as its object: "The MoU renews the first memorandum",
    "De overeenkomst verlengt het memorandum", "Das Abkommen verlängert die
    Vereinbarung von 2015", "La convention renouvelle l'accord de 2010"."""
    return (
        prev_end <= m[0] < kw_start
        and m[2] in ("renewed", "ended")
        and _SUBJECT_GAP.fullmatch(low, prev_end, m[0]) is not None
        and _FINITE_OBJECT_VERB.fullmatch(low, m[0], m[1]) is not None
        and _OBJECT_GAP.fullmatch(low, m[1], kw_start) is not None
    )


# between an act's word and its own verb: nothing but a term or a date ("The MoU (2025)
# renews", "Das neue Abkommen verlängert")
_SUBJECT_GAP: Final = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:also\s+|ook\s+|auch\s+|aussi\s+)?")
# a finite verb in the active voice (not "was renewed", "to renew", "will be extended"); the
# markers it is asked about are renewals or ends ("replaces" is none: `_REPLACED_BEFORE`)
_FINITE_OBJECT_VERB: Final = re.compile(
    r"renews|renewed|extends|extended|terminates|"
    r"verlengt|verlengde|vernieuwt|beëindigt|verlängert|verlängerte|erneuert|"
    r"renouvelle|renouvela|prolonge|reconduit"
)
# the object's article and at most two adjectives ("the first", "het eerdere", "l'ancien")
_OBJECT_GAP: Final = re.compile(
    r"\s+(?:the|this|that|de|het|dit|deze|die|das|den|der|le|la|les|l['’]|cet|cette|ce)\s*"
    r"(?:[\w-]+\s+){0,2}"
)


# a possessive between a verb and the act's word ("renewed its partnership", "a renouvelé son
# partenariat", "verlengde zijn samenwerking", "verlängerte seine Partnerschaft")
_OWN_GAP: Final = re.compile(
    r"\s+(?:their|its|his|her|our|leur|leurs|notre|son|sa|ses|hun|haar|zijn|onze|ihre[nmrs]?|"
    r"seine[nmrs]?|unsere[nmrs]?)\s+(?:[\w-]+\s+)?"
)


# after a subject pair, the verb of the act and its article: "ont renouvelé l'", "haben den ...
# verlängert", "renewed the", "hebben de ... verlengd" (a finite verb, maybe an adverb or a date)
_PAIR_VERB_GAP: Final = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?:ont|have|has|had|avaient|hebben|haben|hatten|hadden)\s+"
    r"(?:[\w'’-]+\s+){0,2}?|(?:[\w'’-]+\s+){0,3}?(?:renouvel\w*|renew\w*|sign\w*|conclu\w*|"
    r"verleng\w*|verläng\w*|unterzeichn\w*|ondertek\w*|tekenden|extended)\s+"
    r"(?:(?:for|pour)\s+[\w-]+\s+(?:years?|ans)\s+)?)?"
    r"(?:l['’]|the|their|leur|le|la|de|het|hun|den|die|das|ihr\w*)\s*(?:[\w-]+\s+){0,2}\Z"
)
# the verb of the act after its word, when the pair and the article stand alone before it
# ("Dezelfde dag hebben A en B de overeenkomst verlengd", "haben A und B das Abkommen
# verlängert")
_PAIR_VERB_AFTER: Final = re.compile(
    r"verleng\w*|verläng\w*|unterzeichn\w*|ondertek\w*|getekend|geschlossen|gesloten|renouvel\w*|"
    r"renew\w*|sign\w*"
)


_ARTICLE_ONLY: Final = re.compile(
    r"\s*(?:de|het|den|die|das|the|l['’]|le|la)\s*(?:[\w-]+\s+){0,2}", re.IGNORECASE
)


def _subject_pair_verb(low: str, end: int, kw_start: int, kw_end: int, stop: int) -> bool:
    """Whether the words between a subject pair (ending at `end`) and the act's word are its
    verb and an article ("... ont renouvelé l'accord", "... renewed their agreement"), or only
    an article with the verb after the act's word ("... hebben A en B de overeenkomst
    verlengd")."""
    m = _PAIR_VERB_GAP.fullmatch(low, end, kw_start) if kw_start - end <= 80 else None
    if m is None:
        return False
    if _ARTICLE_ONLY.fullmatch(m.group()) is not None:
        return _PAIR_VERB_AFTER.search(low, kw_end, min(stop, kw_end + 80)) is not None
    return True


def _without_abbreviations(text: str, kws: list[Keyword]) -> list[Keyword]:
    """The keywords without the abbreviation in brackets that follows an act's words ("a
    memorandum of understanding (MoU) was concluded", "une lettre d'intention (LOI)"): one
    act, whose clause goes on after the brackets. A name of another kind in the brackets
    glosses the act's own name with the instrument's name and types it: "eine
    Absichtserklärung (Memorandum of Understanding)" is an MoU, "een intentieverklaring
    (letter of intent)" a letter of intent. The brackets may hold the abbreviation and a
    gloss in another language ("memorandum of understanding (MoU, intentieverklaring)"):
    every name in them glosses the act; an instrument's name (MoU, letter of intent) types
    it over the vaguer declaration of intent, whichever of the two is written first."""
    if len(kws) < 2 or "(" not in text:
        return kws
    out = [kws[0]]
    gloss_end = -1  # where the last gloss read inside the brackets after `out[-1]` ends
    for k in kws[1:]:
        last = out[-1]
        lead = last.end if gloss_end < 0 else gloss_end
        gap = text[lead : k.start].strip()
        opens = gap == "(" if gloss_end < 0 else _GLOSS_SEPARATOR.fullmatch(gap) is not None
        closes = text[k.end : k.end + 1] == ")" or _GLOSS_NEXT.match(text, k.end) is not None
        if opens and closes and ")" in text[k.end : k.end + 60]:
            gloss_end = k.end
            if k.type == last.type:
                continue
            if not k.generic and not last.generic:
                out[-1] = Keyword(last.start, last.end, _glossed_type(last.type, k.type))
                continue
        gloss_end = -1
        out.append(k)
    return out


# between two names inside one pair of brackets: "(MoU, intentieverklaring)", "(MoU of LoI)"
_GLOSS_SEPARATOR: Final = re.compile(r"[,;/]|(?i:or|of|oder|ou|bzw\.)")
# after a name in brackets, the next name of the same brackets
_GLOSS_NEXT: Final = re.compile(r"\s*(?:[,;/]|\s(?i:or|of|oder|ou)\s)\s*[\w'’ -]{2,40}\)")
_GLOSS_INSTRUMENTS: Final = ("memorandum_of_understanding", "letter_of_intent")


def _glossed_type(act: AgreementType, gloss: AgreementType) -> AgreementType:
    """The type of an act glossed in brackets: the gloss's, but an MoU or a letter of intent
    glossed as a declaration of intent (or the reverse) is the instrument."""
    if act in _GLOSS_INSTRUMENTS and gloss == "declaration_of_intent":
        return act
    return gloss


def _dedupe(actors: list[Actor] | tuple[Actor, ...]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


_Marker = tuple[int, int, AgreementStatus]


def _status(
    markers: list[_Marker], kw: Keyword, zone_end: int, floor: int = 0, low: str = ""
) -> tuple[AgreementStatus, bool, bool]:
    """The status of an act from its markers: (status, strong, renewal).

    A non-default marker right after the keyword (a passive: "was renewed") wins, then the
    nearest one before it ("will sign a ...", "proposing to end the ..."), then one later in
    its clause ("..., established in 1988, was terminated"); a plain "signed" marker only
    makes the default status strong. A renewal that is only asked for or intended ("approval
    to renew", "will be renewed") is planned, and remembered as a renewal.
    """
    if low and any(m[2] == "renewed" and floor <= m[0] < kw.start for m in markers):
        # "verlängerten das 2015 geschlossene Abkommen": the participle dates the act renewed;
        # the renewal before it is the clause's verb
        markers = [
            m
            for m in markers
            if not (
                m[2] == "signed"
                and floor <= m[0] < kw.start
                and attributive_signing(low, m[0], m[1], kw.start)
            )
            # "verlängerten das Abkommen um fünf Jahre und verhandelten über ...": a verb of
            # its own after "und", not the renewal's status
            and not (m[2] == "planned" and kw.end <= m[0] and _AND_NEXT.search(low, kw.end, m[0]))
        ]
    chosen = _chosen_marker(markers, kw, zone_end, floor)
    if (
        chosen is not None
        and chosen[2] == "planned"
        and chosen[0] >= kw.end
        and low
        and not _RENEW_WORD.search(low, chosen[0], chosen[1] + 20)
        and signed_participle(low, markers, kw.start, kw.end, chosen[0])
    ):
        # "Die am 3. Mai unterzeichnete Vereinbarung ... soll den Austausch stärken", "the MoU,
        # signed on 3 May, will run for three years": what the signed act will do
        return "signed", True, False
    if (
        chosen is not None
        and chosen[2] == "planned"
        and chosen[0] >= kw.end
        and low
        and plan_in_relative(low, markers, floor, kw.start, kw.end, chosen[0])
    ):
        # "unterzeichneten eine Kooperationsvereinbarung, die den Austausch fördern soll":
        # the modal of a relative clause tells what the signed act is to do
        return "signed", True, False
    if chosen is None:
        return "signed", False, False
    if (
        chosen[2] == "planned"
        and low
        and approved_and_signed(low, [m for m in markers if m[0] < zone_end], chosen, kw.end)
    ):
        return "signed", True, False
    if chosen[2] == "renewed":
        planned = [
            m for m in markers if m[2] == "planned" and m[1] <= chosen[0] and chosen[0] - m[1] <= 30
        ]
        if planned:
            return "planned", True, True
        if _RENEWAL_NOUN.fullmatch(low, chosen[0], chosen[1]) and any(
            m[2] == "planned" and kw.end <= m[0] < zone_end for m in markers
        ):
            # "That the renewal of the agreement ... be endorsed": a renewal asked for
            return "planned", True, True
    return chosen[2], True, chosen[2] == "renewed"


# a signing verb in the present tense: "ondertekenen Mechelen en Jiaxing een ...", "tekent de
# universiteit een memorandum", "the mayor signs", "le maire signe", "unterzeichnen die Städte";
# not the noun of the same letters ("the first signs of ...", "en signe d'amitié", "un signe
# de", "het tekenen van", "zum Unterzeichnen")
_PRESENT_SIGNING: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?<!\bhet\s)(?:onder)?teken(?:t|en)(?!\s+van(?![\w-]))|"
    r"(?<!\bthe\s)signs(?!\s+of(?![\w-]))|"
    r"signent|"
    r"(?<!\ben\s)(?<!\bun\s)(?<!\bce\s)(?<!\bcomme\s)signe(?!\s+(?:de|du)(?![\w-])|\s+d['’])|"
    r"(?<!\bzum\s)unterzeichnen|unterschreib(?:t|en)"
    r")(?![\w-])"
)
_PRESENT_SIGNING_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in (
        "tekent tekenen ondertekent ondertekenen signs signe signent unterzeichnen "
        "unterschreibt unterschreiben"
    ).split()
)
# a coordinated predicate: "..., and", "und", "en", "et" right before the next verb
_AND_NEXT: Final = re.compile(r"(?<![\w-])(?:and|und|en|et)\s+\Z")
_RENEW_WORD: Final = re.compile(
    r"renew|extend|vernieuw|hernieuw|verleng|verläng|erneuer|renouvel|recondu|prolong"
)


# the Dutch present of renewing, and the proposal whose clause it may close ("stelt voor dat
# ... verlengt", "het voorstel is dat ... verlengt")
_PRESENT_RENEWALS: Final = frozenset(("verlengt", "vernieuwt", "hernieuwt"))
_PROPOSED_THAT: Final = re.compile(r"(?<![\w-])voor(?:stel)?\s+(?:is\s+)?dat(?![\w-])")


def _chosen_marker(
    markers: list[_Marker], kw: Keyword, zone_end: int, floor: int
) -> _Marker | None:
    after = [m for m in markers if kw.end <= m[0] < zone_end]
    before = [m for m in markers if floor <= m[0] < kw.start]
    final = [m for m in after if m[2] in ("ended", "not_concluded")]
    failed = (
        before[-1]
        if before and before[-1][2] == "not_concluded" and kw.start - before[-1][1] <= 40
        else None
    )
    for m in after:
        if m[0] < kw.end + 50 and m[2] != "signed":
            if failed is not None and m[2] == "planned":
                # "te weinig raakvlakken om een MoU te sluiten", "zu wenige ..., um ein MoU
                # abzuschließen": the verb after the act belongs to the failed purpose
                return failed
            # "..., drafted last year, will not be signed": the final state wins over a plan
            return final[0] if m[2] == "planned" and final else m
    if before and before[-1][2] != "signed":
        if before[-1][2] == "planned":
            failed_after = next((m for m in after if m[2] == "not_concluded"), None)
            if failed_after is not None:
                # "Talks on a friendship agreement were held, but no agreement was concluded":
                # the talks' outcome, not their subject
                return failed_after
            # "ended negotiations on a proposed agreement": the end of the talks, not the plan
            for m in reversed(before[:-1]):
                if m[2] in ("ended", "not_concluded") and before[-1][0] - m[1] <= 40:
                    return m
        return before[-1]
    if len(before) > 1 and before[-2][2] != "signed" and before[-1][0] - before[-2][1] <= 12:
        return before[-2]  # "intends to sign", "is expected to sign"
    late = [m for m in after if m[2] != "signed"]
    if late:
        # "..., drafted last year, will not be signed either": the final state wins over a
        # plan; a plan later in the sentence does not undo a signing verb before the keyword
        # ("signed a protocol ..., which is to bring trainees to Houston")
        best = max(late, key=lambda m: _PRIORITY[m[2]])
        if not (best[2] == "planned" and before and before[-1][2] == "signed"):
            return best
    if before:
        return before[-1]
    if after:
        return after[0]
    return None


@functools.cache
def _status_scan() -> WordScan:
    """Status markers, tried only where one may start (built on first use: it takes a while)."""
    return WordScan(lex.STATUS_RX_LOW, ranged=True)  # read in some sentences only


def _markers(
    idx: DocIndex, start: int, end: int, skip: list[tuple[int, int]]
) -> list[tuple[int, int, AgreementStatus]]:
    """Status markers in [start, end) of the lower-cased text, outside `skip`, in order.

    A sentence is asked for its markers several times (its act words, its signings, its
    pronouns): the markers of a span are read once per document (kept in `idx.cache`), and
    those in `skip` are left out of them.
    """
    memo: dict[tuple[int, int], list[tuple[int, int, AgreementStatus]]] | None = idx.cache.get(
        "agreements.markers"
    )
    if memo is None:
        memo = idx.cache["agreements.markers"] = {}
    found = memo.get((start, end))
    if found is None:
        found = memo[(start, end)] = _markers_in(idx, start, end)
    if not skip:
        return list(found)
    return [m for m in found if not any(s <= m[0] < e for s, e in skip)]


# a signing as a condition of what follows: "Once signed, ...", "Une fois signée, ...",
# "Sobald sie unterzeichnet ist", "Eenmaal ondertekend, ...", "Zodra het is ondertekend"
_ONCE: Final = re.compile(
    r"(?<![\w-])(?:once|une\s+fois|sobald|eenmaal|zodra)\s+(?:(?:it|is|has\s+been|sie|es|er|"
    r"het|is|elle|il|formally|officially|officiellement|offiziell)\s+)*\Z"
)


def _markers_in(idx: DocIndex, start: int, end: int) -> list[tuple[int, int, AgreementStatus]]:
    """Status markers in [start, end) of the lower-cased text, in order (see `_markers`)."""
    out: list[tuple[int, int, AgreementStatus]] = []
    quoted = not idx.words.isdisjoint(PERFORMATIVE_WORDS)
    near = not idx.words.isdisjoint(NEAR_FUTURE_WORDS)
    for m in _status_scan().finditer(idx, start, end):
        status = cast(AgreementStatus, m.lastgroup)
        if quoted and status == "signed" and performative(idx.low, m.start(), m.end()):
            continue  # "hereby sign the following Memorandum": the instrument's own text
        if status == "ended" and (
            is_suspension(idx.low, m.start(), m.end())
            or renewal_refused_ahead(idx.low, m.start(), m.end())
            or contact_lapse(idx.low, start, m.start())
        ):
            # "suspended since 2022", "ausgesetzt"; "wordt niet verlengd", "will not be
            # renewed": no status of the act (it is in force until it lapses); "contact between
            # the two cities lapsed": the tie fell quiet, it did not end
            continue
        if status == "signed" and (
            modal_signing(idx.low, m.start(), m.end(), start)
            or _ONCE.search(idx.low, max(start, m.start() - 14), m.start()) is not None
            or (near and near_future_signing(idx.low, m.start(), m.end(), start, end, idx.text))
            or coming_occasion_signing(idx.low, m.start(), m.end(), start)
        ):
            # "it could be signed in the autumn", "pourrait être signé"; "Once signed, the MoU
            # will run ...", "Une fois signé", "Sobald unterzeichnet", "Eenmaal ondertekend"
            status = "planned"
        elif (
            status == "renewed"
            and idx.low[m.start() : m.end()] in _PRESENT_RENEWALS
            and _PROPOSED_THAT.search(idx.low, start, m.start()) is not None
        ):
            # "stelt de raad voor dat Leiden de overeenkomst met Suzhou verlengt": the renewal
            # proposed, as "stelt voor de overeenkomst te verlengen"
            status = "planned"
        elif status == "planned" and follow_without_act(idx.low, m.start(), start):
            continue  # "..., het programma moet nog volgen": no act to follow
        elif status == "planned" and (aim := trip_aim(idx.low, start, (m.start(), m.end()))):
            # "visited Leeds on Friday to sign the twinning charter", "les élus se sont rendus
            # à Yangshuo pour renouveler la charte": the aim of a trip told in the past, reached
            status = aim
        elif status == "planned" and occasion_made(idx.low, start, (m.start(), m.end(), status)):
            # "The ceremony was also used to renew the memorandum", "used the occasion to sign"
            status = "renewed" if _RENEW_WORD.search(idx.low, m.start(), m.end()) else "signed"
        out.append((m.start(), m.end(), status))
    if len(out) > 1 and any(m[2] == "not_concluded" for m in out):
        # "the talks ... ended without an agreement", "eindigden zonder akkoord", "se sont
        # terminées sans accord", "endeten ohne Einigung": the outcome denied, not an act ended
        failed = [m for m in out if m[2] == "not_concluded"]
        out = [
            m
            for m in out
            if m[2] != "ended"
            or not any(-2 <= n[0] - m[1] <= 2 or -2 <= m[0] - n[1] <= 2 for n in failed)
        ]
    if any(m[2] == "renewed" for m in out):
        # "pourra être renouvelé par tacite reconduction", "can be extended": the term, not a
        # renewal
        out = [
            m
            for m in out
            if m[2] != "renewed" or not renewable_clause(idx.low, max(start, m[0] - 40), m[1] + 30)
        ]
    if (
        any(m[2] == "ended" for m in out)
        and not idx.words.isdisjoint(lex.PROPOSAL_WORDS)
        and not _proposal_adopted(idx)
    ):
        out = _proposed_ends(idx.low, start, out)
    return out


def _proposal_adopted(idx: DocIndex) -> bool:
    """Whether the document says a proposal or motion was adopted ("the motion was carried",
    "stemden in met een motie"), read once per document."""
    known: bool | None = idx.cache.get("agreements.proposal_adopted")
    if known is None:
        known = lex.PROPOSAL_ADOPTED_LOW.search(idx.low) is not None
        idx.cache["agreements.proposal_adopted"] = known
    return known


def _proposed_ends(
    low: str, start: int, out: list[tuple[int, int, AgreementStatus]]
) -> list[tuple[int, int, AgreementStatus]]:
    """The markers without the ends that a proposal or motion only asks for ("stelt voor de
    stedenbanden ... te beëindigen", "a motion to sever the ties") and the proposal's own
    plan markers: the tie stays signed while the proposal is not adopted."""
    drop: list[tuple[int, int]] = []
    for m in out:
        if m[2] != "ended":
            continue
        p = lex.PROPOSAL_BEFORE_LOW.search(low, max(start, m[0] - 160), m[0])
        if p is not None:
            drop.append((p.start(), m[1]))
    if not drop:
        return out
    return [
        m for m in out if not any(a <= m[0] < b and m[2] in ("ended", "planned") for a, b in drop)
    ]


def _duration(low: str, start: int, end: int, skip: list[tuple[int, int]]) -> int | None:
    """The term of an act in months ("5-year", "for three years"), from lower-cased text."""
    if not _DURATION_HINT.search(low, start, end):
        return None
    for rx in lex.DURATION_PATTERNS_LOW:
        for m in rx.finditer(low, start, end):
            if any(s <= m.start() < e for s, e in skip):
                continue
            raw = m.group("n").casefold()
            n = int(raw) if raw.isdigit() else lex.NUMBER_WORDS.get(raw)
            if not n:
                continue
            unit = (m.groupdict().get("unit") or m.groupdict().get("unit2") or "").casefold()
            months = n if unit.startswith(("month", "maand", "mois", "monat")) else 12 * n
            if 0 < months <= 1200:
                return months
    return None


# an end that takes effect at once
_IMMEDIATE: Final = re.compile(
    r"(?<![\w-])(?:per\s+direct|met\s+onmiddellijke\s+ingang|with\s+immediate\s+effect|"
    r"effective\s+immediately|avec\s+effet\s+imm[ée]diat|mit\s+sofortiger\s+wirkung)(?![\w-])"
)
_DURATION_HINT: Final = re.compile(r"year|jaar|jari|ans\b|année|jahr|jähr|month|maand|mois|monat")


_ANNIVERSARY_WORDS = (
    "anniversa",
    "verjaardag",
    "jubil",
    "jahrestag",
    "jarig",
    "jährig",
    "jaar ",
    "years of",
    "jahre ",
    " ans ",
)


def _tie_years(low: str) -> int | None:
    """`years_of_tie`, else the first count of `tie_counts` ("20 years of the sister-province
    relationship", "dertig jaar vriendschappelijke betrekkingen")."""
    n = years_of_tie(low)
    if n is not None:
        return n
    counts = tie_counts(low, 0, len(low))
    return counts[0][1] if counts else None


def _anniversary(text: str, counts: bool = True) -> int | None:
    """The years of a jubilee the text names; with `counts` also a count of a tie's years
    ("20 years of friendly relations", `_tie_years`)."""
    low = text.lower()
    years = _tie_years if counts else years_of_tie
    if not any(w in low for w in _ANNIVERSARY_WORDS):
        return years(low)
    m = _ANNIVERSARY.search(text)
    if not m:
        return years(low)
    if m.group("n"):
        return int(m.group("n"))
    if m.group("y"):
        return int(m.group("y"))
    if m.group("j"):
        raw = m.group("j").casefold()
        return int(raw) if raw.isdigit() else lex.NUMBER_WORDS.get(raw)
    w = (m.group("w") or "").casefold()
    # "twentieth anniversary": the lazy group stops before "th"
    return _ORDINALS.get(w) or _ORDINALS.get(w + "th")


_CLAUSE_BREAK: Final = re.compile(
    r",\s+(?:and|et|en|und|while|but|mais|maar|aber|puis|then|daarna|dann|danach)\s|;\s"
)
_AND_THEN: Final = re.compile(r"(?<![\w-])(?:and|en|und|et|puis|then|daarna|dann)(?![\w-])")


def _last_clause_break(low: str, start: int, end: int) -> int | None:
    """The end of the last ", and" or ";" in [start, end), where a new clause begins."""
    cut = None
    for m in _CLAUSE_BREAK.finditer(low, start, end):
        cut = m.end()
    return cut


def _range_months(a: PartialDate, b: PartialDate) -> int | None:
    """The months from `a` to `b`, both ends included ("2024-2026": 36; "1 July 2019 - 30 June
    2022": 36)."""
    if a.month is None or b.month is None:
        months = 12 * (b.year - a.year + 1)  # "2024-2026": three calendar years
    elif a.day is None or b.day is None:
        months = 12 * (b.year - a.year) + (b.month - a.month) + 1
    else:
        nb = b.to_date() + timedelta(days=1)
        months = 12 * (nb.year - a.year) + (nb.month - a.month) - (nb.day < a.day)
    return months if months > 0 else None


# ------------------------------------------------------------------------------- reading


# a relative clause about the act named just before, up to its signing verb: "which was",
# "that has been", "qui a été", "die werd", "dat in 2019 werd", "das gestern", "welche"
_RELATIVE_OPENER: Final = re.compile(
    r"(?:which|that|qui|lequel|laquelle|die|dat|welke|der|das|welche[rs]?)(?![\w-])"
    r"(?:\s+[\w'’.-]+){0,6}\s*\Z"
)


class _Signing:
    """A dated signing a sentence reports (`_Reader.signings`)."""

    def __init__(
        self,
        unit: int,
        date: PartialDate,
        types: frozenset[AgreementType],
        generic: bool,
        pronoun: bool,
        named: list[Actor],
        months: int | None,
        plural: bool = False,
    ) -> None:
        self.unit = unit
        self.plural = plural  # an act's noun in the plural: every act of its kind
        self.months = months  # the term the sentence states
        self.date = date
        self.types = types
        self.generic = generic  # an act word of no kind ("the agreement") or a pronoun
        self.pronoun = pronoun
        self.named = named


_PRECISION = {"year": 0, "month": 1, "day": 2}


# a partner's row: "Iwaki (Japan): sister city since 1991.", "2. Luoyang, China: Chairperson
# Wagner reported ...", "- Kobe (Japon) : jumelage depuis 1970": the place that opens a line,
# its country in brackets or after a comma, then a colon
_ROW_OPENER: Final = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*–][ \t]*)?\Z")
_ROW_QUALIFIED: Final = re.compile(r"[ \t]*(?:\([^()\n:]{2,40}\)|,[ \t]*[^\n,:()]{2,40}?)[ \t]*:")


def _row_heads_last(text: str, cast: Cast) -> list[Actor] | None:
    """The document's likely own places with the heads of partner rows put last, when the
    likeliest is one: a council report or minutes that list their partners one row each
    ("Iwaki (Japan): sister city since 1991.", "Suwon (Republic of Korea): a friendship
    agreement links Townsville to Suwon since 2017.") are written by the place no row opens,
    however often a partner's row names it. None when nothing changes (fewer than two rows,
    or the likeliest own place opens no row)."""
    if not cast.homes or "\n" not in text:
        return None
    heads: set[str] = set()
    for a in cast.actors:
        if a.kind != "place" or a.place_kind == "country" or a.key in heads:
            continue
        line = text.rfind("\n", 0, a.start) + 1
        if _ROW_OPENER.match(text, line, a.start) and _ROW_QUALIFIED.match(text, a.end):
            heads.add(a.key)
    if len(heads) < 2 or cast.homes[0].key not in heads:
        return None
    rest = [h for h in cast.homes if h.key not in heads]
    if not rest:
        return None
    return rest + [h for h in cast.homes if h.key in heads]


class _Reader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.idx = index_for(doc)
        self.low = self.idx.low
        self.dates = DateIndex(doc.dates)
        self.prev_dates: list[DateMention] = []
        self.cast = cast_for(doc)
        self.header_rows = heads = header_rows(self.text)
        if heads:
            # "No.  Country  City / Province  Category  Signing Date": column titles, no party
            kept = [a for a in self.cast.actors if not _overlaps(a, heads)]
            nations = [a for a in self.cast.countries if not _overlaps(a, heads)]
            if len(kept) < len(self.cast.actors) or len(nations) < len(self.cast.countries):
                self.cast = Cast(
                    kept,
                    nations,
                    self.cast.persons,
                    self.cast.homes,
                    self.cast.qualifiers,
                )
        heads_first = _row_heads_last(self.text, self.cast)
        if heads_first is not None:
            home_org = self.cast.home_org
            self.cast = Cast(
                self.cast.actors,
                self.cast.countries,
                self.cast.persons,
                heads_first,
                self.cast.qualifiers,
            )
            self.cast.home_org = home_org
        self.state = _State(doc, self.cast)
        self.group = 0
        # the start of the act's word each group of readings of `_read_keywords` comes from
        self.group_keyword: dict[int, int] = {}
        self._anniv: dict[tuple[int, bool], int | None] = {}
        # words some patterns need, to skip them in a document without any
        words = self.idx.words
        self.demonyms = not words.isdisjoint(_DEMONYM_WORDS)
        self._demonym_at: list[int] | None = None  # offsets of the _DEMONYM_FIRSTS runs
        self.pairs = not words.isdisjoint(_PAIR_WORDS)
        self.follows = not words.isdisjoint(_FOLLOW_WORDS)
        self.chooses = not words.isdisjoint(_CHOOSE_WORDS)
        self.since = not words.isdisjoint(_SINCE_WORD_SET)
        self.suspends = not words.isdisjoint(SUSPENSION_WORDS)
        self.replaces = not words.isdisjoint(_REPLACED_BEFORE_WORDS)
        # "preceded", "précédé", "vooraf", "vorausgegangen", "voran" (a word of the index: a
        # search of stems would read the whole text)
        self.precedes = not words.isdisjoint(_PRECEDED_WORDS)
        # the kind a heading of the page names ("Zustersteden", "Sister cities")
        self.heading_kind: AgreementType | None = None
        # the partner a numbered or bulleted line names, for the lines under it
        # ("1. Fukuoka, Japan" then "Sister city since May 2, 1979."): (unit index, actor)
        self.item: tuple[int, Actor] | None = None
        self.kw_ends: list[int] = []
        self.keywords: list[Keyword] = []
        self.keyword_starts: list[int] = []
        # the partner each line of a list under a heading names, by unit index
        self.list_items: dict[int, Actor] = {}
        # the place that a sentence with a plural type word names as owner (unit index, actor)
        self.list_owner: tuple[int, Actor] | None = None
        org_spans = [
            (m.start, m.end)
            for m in doc.mentions
            if m.kind == "organisation" and m.org_kind != "city_government"
        ]
        self.org_spans = sorted(org_spans)
        self.similar_owner: dict[int, Actor] = {}  # "similar agreements": the last act's owner
        self._own_side: str | None = None  # `_own_side_country`, once read ("" for none)
        # the document date, else the page's dateline: what anniversaries count back from
        self.page_date = page_date(doc)
        # ordinal partner lists read: (unit, owner, new partner, earlier partners)
        self.ordinal_lists: list[tuple[Unit, Actor, Actor | None, list[Actor]]] = []
        self.units: list[Unit] = []
        self.per_unit: list[list[Keyword]] = []
        self.unit_starts: list[int] = []  # the sentences' starts, for the party resolver
        self.resolved: list[_Reading] = []  # the readings whose parties the resolver chose
        self._venue_keys: set[str] | None = None  # places named only as venues
        self._hub: list[Actor | None] | None = None  # the touring institution, once read
        self.co_organisers: set[int] = set()  # starts of an event's co-organisers
        # the starts of act words a letter or memorandum prepares ("en vue d'un accord-cadre")
        self.in_view: set[int] = set()
        # the entries of a list or chronicle under "A – B" lines: (line start, the entry's
        # end, A, B), read once when asked (`_entry_pair`)
        self._entries: list[tuple[int, int, Actor, Actor]] | None = None
        # lines that may open with a pair ("A/B (Country), accord signé ...")
        self.pair_lines = "/" in self.text or "–" in self.text or " - " in self.text
        # "with which", "avec laquelle", "mit der", "waarmee": relative clauses of an act
        self.with_which = not words.isdisjoint(_WITH_WHICH_WORDS)

    def run(self) -> list[_Reading]:
        keywords = find_keywords(self.text, idx=self.idx)
        self.keywords = keywords
        self.keyword_starts = [k.start for k in keywords]
        starts = [k.start for k in keywords]
        self.kw_ends = sorted(k.end for k in keywords)
        # the relative words where a sentence may be cut, found in the word index
        relative_at = sorted(
            i for w in RELATIVE_CUT_WORDS for i in self.idx.word_starts(w.encode("latin-1"))
        )
        us = units(self.doc, relative=True, relative_at=relative_at)
        per_unit: list[list[Keyword]] = []
        self.units, self.per_unit = us, per_unit
        for u in us:
            i = bisect.bisect_left(starts, u.start)
            kws = []
            while i < len(keywords) and keywords[i].start < u.end:
                if keywords[i].end <= u.end:
                    kws.append(keywords[i])
                i += 1
            if len(kws) > 1:
                kws = _without_descriptions(self.text, kws)
            per_unit.append(kws)
        continued: tuple[int, Unit, Keyword] | None = None  # the last continued list
        for n, u in enumerate(us):
            kws = per_unit[n]
            if kws and n and not per_unit[n - 1] and self._is_label(u, kws[0]):
                self._examples(us[n - 1], kws[0])
            if len(kws) == 1 and self._is_heading(u, kws[0]):
                self.heading_kind = kws[0].type
                self._heading_list(u, kws[0], us[n + 1 :], per_unit[n + 1 :])
                continue
            item = self._item_line(u, kws) or self.list_items.get(u.index)
            if item is not None and self._entry_line(u.start) is not None:
                # "Venray – Kabale (Oeganda)": the line heads an entry of its own pair
                item = None
                self.item = None
            if item is not None:
                self.item = (u.index, item)
            elif self.item is not None and u.index - self.item[0] > 6:
                self.item = None
            colon = self.text.find(":\n", u.start, u.end)
            if colon >= 0 and kws and kws[0].start < colon:
                # "Partnerstädte der Stadt Kiel:\nBrest (Frankreich), seit 1964": the heading
                # and the first line of its list were read as one sentence
                lead = [k for k in kws if k.end <= colon]
                # each line (and each part of a line between semicolons) is an item
                parts = [
                    Unit(u.index, m.start(), m.end())
                    for m in _ITEM_PART.finditer(self.text, colon + 2, u.end)
                ]
                before = len(self.state.readings)
                self._heading_list(
                    Unit(u.index, u.start, colon + 1),
                    lead[-1],
                    [*parts, *us[n + 1 :]],
                    [[k for k in kws if p.start <= k.start < p.end] for p in parts]
                    + per_unit[n + 1 :],
                )
                if len(self.state.readings) == before or any(
                    a.start < colon for a in self.cast.within(lead[-1].end, colon)
                ):
                    # "Swansea is twinned with:" over its list: the partners are the lines
                    self._unit(Unit(u.index, u.start, colon + 1), lead)
                self.prev_dates = self.dates.within(u.start, u.end)
                continue
            if (
                not kws
                and n
                and per_unit[n - 1]
                and _LIST_GOES_ON.match(self.low, u.start)
                and (
                    _plural(self.text[per_unit[n - 1][-1].start : per_unit[n - 1][-1].end])
                    # "Kooperationsvereinbarungen", "des accords de coopération"
                    or _PLURAL_ACT.search(
                        self.text, per_unit[n - 1][-1].start, per_unit[n - 1][-1].end
                    )
                    is not None
                )
            ):
                # "Lyon has several sister cities. Among them are Birmingham (1951), ..."
                self._continued_list(us[n - 1], per_unit[n - 1][-1], u)
                continued = (n, us[n - 1], per_unit[n - 1][-1])
            elif (
                not kws
                and continued is not None
                and continued[0] == n - 1
                and _LIST_GOES_ON.match(self.low, u.start)
            ):
                # "Den Anfang machten 1959 Coventry und Breslau. Es folgten 1961 Leningrad ..."
                self._continued_list(continued[1], continued[2], u)
                continued = (n, continued[1], continued[2])
            if not kws and n and self.follows and self.state.readings:
                self._followed(u)
            if not kws and n and self.state.readings:
                self._elliptic(u)
            if not kws and self.heading_kind is not None:
                if self.chooses:
                    self._chosen(u, self.heading_kind)
                self._linked(u, self.heading_kind)
            elif not kws and n and self.state.readings:
                last = self.state.last()
                if (
                    last is not None
                    and last.unit == u.index - 1
                    and last.type in ("sister_city", "friendship")
                    # "Zwolle zegde de band met Tai'an op. Delft houdt de band met Jinan aan."
                    and last.status in ("signed", "ended")
                    and len(last.parties) == 2
                ):
                    # "Galway is twinned with Lorient; links with Bozeman and Cambridge came
                    # later": more partners of the owner of the act before
                    self._linked(u, last.type, last.parties[0])
            before = len(self.state.readings)
            self._unit(u, kws)
            if before and len(self.state.readings) > before and self._term_only(u, kws, before):
                # "The MoU is valid for two years and can be extended": the term of the act
                # just reported, not a planned act
                del self.state.readings[before:]
                self._term_sentence(u, kws)
                self.prev_dates = self.dates.within(u.start, u.end)
                continue
            if kws and len(self.state.readings) == before:
                self._copular_list(u, kws)
            if kws and self.since and _SINCE_SCAN.search(self.idx, u.start, u.end) is not None:
                self._since_with(u, kws, before)
            if len(self.state.readings) == before and before and kws:
                self._implicit_pair(u, kws)
            if len(self.state.readings) == before and before and kws:
                self._earlier_period(u, kws)
            if len(self.state.readings) == before and before:
                self._term_sentence(u, kws)
            if kws and len(self.state.readings) == before + 1:
                self._elliptic_pairs(u, kws[-1], self.state.readings[-1])
            if kws and has_ordinal_tie(self.idx, u.start, u.end):
                self._ordinal_list(u)
            if (
                kws
                and n + 1 < len(us)
                and _plural(self.text[kws[-1].start : kws[-1].end])
                and self.text[u.start : u.end].rstrip().endswith(".")
                and self._list_item(us[n + 1], per_unit[n + 1]) is not None
                and _BULLET.fullmatch(self.text, us[n + 1].start, us[n + 1].start)
                and self.text[us[n + 1].start : us[n + 1].end].count(" ") <= 8
            ):
                # "Nijmegen heeft vijf partnersteden." over lines "Pskov (Rusland) sinds 1991"
                self._heading_list(u, kws[-1], us[n + 1 :], per_unit[n + 1 :])
            if self.text[u.start : u.end].rstrip().endswith(":"):
                # "Hannover unterhält sieben Städtepartnerschaften:" over a list of lines, or
                # "The partners include:" after a sentence about the city's sister cities
                head = kws[-1] if kws else (per_unit[n - 1][-1] if n and per_unit[n - 1] else None)
                if head is not None and (kws or n and self._is_list_lead(u)):
                    self._heading_list(
                        u if kws else us[n - 1], head, us[n + 1 :], per_unit[n + 1 :]
                    )
            self.prev_dates = self.dates.within(u.start, u.end)
        if (
            not self.idx.words.isdisjoint(_FRONTED_WORD_SET)
            and _FRONTED_WORDS.search(self.low) is not None
        ):
            self._fronted_lists()
        if any(w in self.low for w in _BLOCK_WORDS):
            self._partner_blocks(keywords, us)
        if not self.idx.words.isdisjoint(_POSSESSED_PARTNER_WORDS):
            self._possessed_partners(us)
        if "|" in self.text and keywords:
            self._act_tables(keywords, us)
        if self.ordinal_lists:
            self._ordinal_acts()
        if self.resolved:
            self._add_resolved()
        return self.state.readings

    def signings(self) -> list[_Signing]:
        """The dated signings the sentences report: a date next to a signing verb in a
        sentence with an act's word or with the act as a pronoun subject ("A memorandum was
        signed in Lahti on 11 June", "Il a été signé à Brest le 19 novembre"), with what the
        sentence names."""
        out: list[_Signing] = []
        text = self.text
        for n, u in enumerate(self.units):
            kws = self.per_unit[n]
            dates = [
                d
                for d in self.dates.within(u.start, u.end)
                if d.value is not None and not d.end_value
            ]
            if not dates:
                continue
            pronoun = not kws and (
                act_subject(text, u.start, None)
                or signing_subject(text, u.start)
                # "hatten das Papier bereits am 3. Mai unterzeichnet": the act told before
                or named_back(self.low, u.start, u.end)
            )
            every = _markers(self.idx, u.start, u.end, [])
            markers = [m for m in every if m[2] == "signed"]
            if not markers:
                continue
            if not kws and not pronoun:
                # "Signée le 7 octobre 2023 à Lorient, elle ouvre ...", "Signed on 7 October, it
                # ...": a participle opening the sentence, about the act told just before
                # "The agreement, which was signed on 9 October": the relative clause of the
                # act's noun, a sentence unit of its own
                # ("Der Bürgermeister unterzeichnete ...", "That evening ... signed": an
                # article opening a sentence is no relative pronoun: the clause follows a comma)
                head = text[u.start : markers[0][0]].strip(" \t\n\"'«“„-–")
                if head and (
                    not _RELATIVE_OPENER.match(head.lower())
                    or not text[: u.start].rstrip().endswith(",")
                ):
                    continue
                pronoun = True
            # a plan told before the date ("is expected to be signed on Tuesday"); one after
            # it is the aim of the act ("The agreements, signed on Tuesday, aim to promote")
            planned = min((m[0] for m in every if m[2] == "planned"), default=u.end)
            verb_last = self.doc.language in ("de", "nl")
            near = [
                d
                for d in dates
                if d.start < planned
                and any(
                    attached(self.low, d.start, d.end, m[0], m[1])
                    # "Am Mittwoch wurde ... von Landrat X und Y unterzeichnet": the date last
                    # before the participle
                    or (
                        verb_last
                        and verb_last_date(self.low, d.start, d.end, m[0], m[1])
                        and not any(d.end <= o.start < m[0] for o in dates)
                    )
                    for m in markers
                )
                and not (
                    self.suspends
                    and suspension_date(
                        self.low, d.start, d.end, u.start, u.end, [(m[0], m[1]) for m in markers]
                    )
                )
            ]
            if not near:
                continue
            best = max(near, key=lambda d: _PRECISION[d.value.precision] if d.value else 0)
            if best.value is None:
                continue
            out.append(
                _Signing(
                    u.index,
                    best.value,
                    frozenset(k.type for k in kws if not k.generic),
                    any(k.generic for k in kws) or pronoun,
                    pronoun,
                    # where it was signed is no party ("in Brugge", "à Hefei")
                    [
                        a
                        for a in self.cast.within(u.start, u.end)
                        if a.kind != "place" or not _is_locative(self.doc, a)
                    ],
                    _duration(self.low, u.start, u.end, []) or self._term_after(n),
                    any(plural_act(self.low, k.start, k.end, self.doc.language) for k in kws),
                )
            )
        return out

    def _term_after(self, n: int) -> int | None:
        """The term the sentence after unit `n` states when it has the act as its subject and
        names no act of its own ("... am 3. Juli unterschrieben; es gilt zunächst fünf Jahre",
        "... signed on 3 July. It runs for five years")."""
        if n + 1 >= len(self.units) or self.per_unit[n + 1]:
            return None
        nxt = self.units[n + 1]
        if not act_subject(self.text, nxt.start, None):
            return None
        return _duration(self.low, nxt.start, nxt.end, [])

    def endings(self) -> list[tuple[int, PartialDate, int, list[Actor]]]:
        """The dated endings and decisions the sentences report, as (unit index, date,
        strength, what the sentence names): a day or a month next to a verb that ends an act
        (strength 2: "Op 7 juli heeft de burgemeester de band opgezegd") or to a decision
        (strength 1: "Dat besloot de gemeenteraad op 16 januari")."""
        out: list[tuple[int, PartialDate, int, list[Actor]]] = []
        low = self.low
        for u in self.units:
            # "on Monday" dates a meeting, not the end ("op 16 januari" does), unless the
            # decision takes effect at once ("stemden woensdagavond in met een motie die ...
            # de relatie per direct te beëindigen", "voted on Monday to end it with immediate
            # effect")
            now = _IMMEDIATE.search(low, u.start, u.end) is not None
            dates = [
                d
                for d in self.dates.within(u.start, u.end)
                if d.value is not None
                and d.value.month is not None
                and not d.end_value
                and (not d.relative or now or any(c.isdigit() for c in d.text))
            ]
            if not dates:
                continue
            verbs = [
                (m[0], m[1], 2) for m in _markers(self.idx, u.start, u.end, []) if m[2] == "ended"
            ]
            verbs += [(m.start(), m.end(), 1) for m in DECISION.finditer(low, u.start, u.end)]
            best: tuple[int, PartialDate] | None = None
            ends = any(v[2] == 2 for v in verbs) or end_verb(low, u.start, u.end)
            for d in dates:
                if (
                    ends
                    and d.value is not None
                    and effective_end(
                        low, d.start, d.end, u.start, u.end, [(v[0], v[1]) for v in verbs]
                    )
                ):
                    # "de relatie stopt met ingang van 1 juni", "vanaf 1 juli is er geen
                    # band meer": the day the end takes effect (strength 3) over the vote
                    best = (3, d.value)
                    break
                for s, e, strength in verbs:
                    if d.value is not None and attached_within(low, d.start, d.end, s, e, 80):
                        if best is None or strength > best[0]:
                            best = (strength, d.value)
            if best is not None:
                out.append((u.index, best[1], best[0], self.cast.within(u.start, u.end)))
        return out

    def _marks_other_act(self, m: tuple[int, int, AgreementStatus], k: Keyword) -> bool:
        """Whether the marker after keyword `k` is an adjective of the act word right after it
        ("the expired memorandum"), not a status of `k`."""
        if m[0] < k.end:
            return False
        i = bisect.bisect_left(self.keyword_starts, m[1])
        return (
            i < len(self.keyword_starts)
            and self.keyword_starts[i] - m[1] <= 2
            and not self.low[m[1] : self.keyword_starts[i]].strip()
        )

    def _implicit_pair(self, u: Unit, kws: list[Keyword]) -> None:
        """ "In 2016 kwam er een samenwerkingsovereenkomst bij", "A cooperation agreement
        followed in 2019": a dated act of a named kind in a sentence that names no place or
        organisation is one more act of the two parties just reported."""
        k = next((k for k in kws if not k.generic), None)
        if (
            k is None
            or self._named_besides(u, [(kw.start, kw.end) for kw in kws])
            or names_a_partner(self.low, u.start, u.end)
        ):
            return
        dates = [d for d in self.dates.within(u.start, u.end) if d.value is not None]
        last = self.state.last()
        if (
            not dates
            or last is None
            or last.unit < u.index - 3
            or len(last.parties) != 2
            or last.status not in ("signed", "renewed", "ended")
            or self._counterfactual(u)
        ):
            return
        markers = _markers(self.idx, u.start, u.end, [])
        status: AgreementStatus = next((m[2] for m in markers if m[2] != "signed"), "signed")
        if status != "signed":
            return  # a status word may be about the act before ("die overeenkomst werd ...")
        signed, ends, duration = self._dates(u, k, u.start, u.end, status, dates, markers, [])
        if signed is None:
            return
        self.group += 1
        self.state.readings.append(
            _Reading(
                last.parties,
                k.type,
                status,
                bool(markers),
                u.index,
                (u.start, u.end),
                self.group,
                signed=signed,
                duration=duration,
                ends=ends,
            )
        )

    def _earlier_period(self, u: Unit, kws: list[Keyword]) -> None:
        """ "The first agreement between the two cities ran from January 2014 to December
        2018", "Het vorige memorandum, voor de periode 2016-2020, is afgelopen": after a
        renewal, the earlier act of its parties named by its noun with the period it ran, an
        act of its own dated by that period (ended when the sentence ends it)."""
        k = kws[0]
        if not earlier_named(self.low, k.start):
            return
        last = self.state.last()
        if (
            last is None
            or last.unit < u.index - 3
            or len(last.parties) != 2
            or not (last.renewal or last.status == "renewed")
            or (not k.generic and k.type != last.type)
            or any(a.key not in last.keys for a in self.cast.within(u.start, u.end))
        ):
            return
        period = next(
            (
                d
                for d in self.dates.within(u.start, u.end)
                if d.value is not None
                and d.end_value is not None
                and d.end_value.year > d.value.year
            ),
            None,
        )
        if period is None or period.value is None:
            return
        markers = _markers(self.idx, u.start, u.end, [])
        status: AgreementStatus = (
            "ended"
            if any(m[2] == "ended" for m in markers) or ran_out(self.low, u.start, u.end)
            else "signed"
        )
        self.group += 1
        self.state.readings.append(
            _Reading(
                last.parties,
                last.type,
                status,
                True,
                u.index,
                (u.start, u.end),
                self.group,
                signed=period.value,
                ends=period.end_value,
                ends_stated=True,
            )
        )

    def _term_only(self, u: Unit, kws: list[Keyword], before: int) -> bool:
        """Whether unit `u`, which gave the readings after `before`, only states the term of the
        act just reported: the act as its subject, a term, no date, and no status marker but a
        renewal the act allows ("It runs for four years and may be renewed", "Le protocole est
        valable trois ans et peut être prolongé")."""
        new = self.state.readings[before:]
        if any(r.status != "planned" or r.signed is not None for r in new):
            return False
        if not act_subject(self.text, u.start, kws[0].start if kws else None):
            return False
        if self.dates.within(u.start, u.end) or _duration(self.low, u.start, u.end, []) is None:
            return False
        markers = _markers(self.idx, u.start, u.end, [])
        return bool(markers) and all(allowed_renewal(self.low, m[0], m[1]) for m in markers)

    def _term_sentence(self, u: Unit, kws: list[Keyword]) -> None:
        """ "The MOU will remain in effect for three years", "De overeenkomst is drie jaar
        geldig", "Il est conclu pour cinq ans": the term of the act reported just before, in
        a sentence with the act as its subject that reads as no act of its own."""
        # "Conclu pour une durée de trois ans, le pacte ...", "Signed for five years, the
        # memorandum ...": the subject after a fronted participle that states the term
        fronted = _FRONTED_TERM.match(self.low, u.start, u.end)
        subject = fronted.end() if fronted is not None else u.start
        if (
            not (
                act_subject(self.text, subject, kws[0].start if kws else None)
                # (a participle with a term is said of an act: its subject is the act named back)
                or (fronted is not None and _TERM_SUBJECT.match(self.low, subject) is not None)
            )
            and not (
                not kws
                and self.text[max(0, u.start - 2) : u.start].strip() == ","
                and _RELATIVE_START.match(self.low, u.start, u.end)
            )
        ):
            return
        self._jubilee(u)
        months = _duration(self.low, u.start, u.end, [])
        # ", dat loopt van 2021 tot en met 2025", "It covers 2019-2023": a period of years
        period = next(
            (
                d
                for d in self.dates.within(u.start, u.end)
                if d.value is not None
                and d.end_value is not None
                and d.value.month is None
                and d.end_value.year > d.value.year
            ),
            None,
        )
        if (months is None and period is None) or any(
            m[2] in ("renewed", "ended")
            # ("The term is five years; it can be extended": a renewal allowed, not done)
            and not (m[2] == "renewed" and possible_renewal(self.low, m[0], u.start))
            for m in _markers(self.idx, u.start, u.end, [])
        ):
            return  # "sie wurde 2018 um fünf Jahre verlängert": a renewal's term, not the act's
        kind = kws[0].type if kws and not kws[0].generic else None
        last = next(
            (
                r
                for r in reversed(self.state.readings)
                if (kind is None or r.type == kind) and r.unit >= u.index - 8
            ),
            None,
        )
        if last is None and fronted is not None and kws:
            # "... ont signé un pacte d'amitié. Conclu pour trois ans, le pacte ...": the act
            # last reported, named back by a shorter noun
            last = next((r for r in reversed(self.state.readings) if r.unit >= u.index - 8), None)
        if last is not None and last.status == "planned":
            # "... ont signé un mémorandum qui pose les bases d'un futur jumelage. Il est valable
            # trois ans.", "eine Absichtserklärung zur Gründung einer Partnerschaft ... Sie gilt
            # fünf Jahre": the term of the act made in that sentence, not of the one it plans
            made = next(
                (
                    r
                    for r in reversed(self.state.readings)
                    if r.unit == last.unit
                    and r.status in ("signed", "renewed")
                    and (kind is None or r.type == kind)
                ),
                None,
            )
            if made is not None:
                last = made
        if (
            last is None
            or last.status == "ended"
            or (last.duration is not None if months is not None else last.ends is not None)
        ):
            return
        for k in self.keywords:
            if (
                last.span[1] < k.end <= u.start
                and k.type != last.type
                and not k.generic
                # "Ce pacte ouvre ... Conclu pour trois ans, le pacte ...": the noun it is named
                # back by
                and not (fronted is not None and k.type == kind)
            ):
                if not any(r.span[0] < k.end <= r.span[1] for r in self.state.readings):
                    return  # an act named in between, that no reading took, is what "it" is
        if months is None and period is not None:
            last.ends = period.end_value
            last.ends_stated = True
            return
        last.duration = months
        if last.signed is not None and last.ends is None and months is not None:
            last.ends = last.signed.add_months(months)

    def _jubilee(self, u: Unit) -> None:
        """ "..., which will celebrate its twentieth anniversary next year": the act just
        reported began that many years before the year the clause (or the page) gives."""
        n = self._anniversary_in(u)
        last = self.state.last()
        if not n or last is None or last.signed is not None or last.unit < u.index - 1:
            return
        year = next(
            (
                d.value.year
                for d in self.dates.within(u.start, u.end)
                if d.value is not None and d.value.month is None
            ),
            self.page_date.year if self.page_date else None,
        )
        if year is not None and 0 < n < year:
            for r in self.state.readings:
                if r.unit == last.unit and r.signed is None:
                    r.signed = PartialDate(year - n)

    def _since_with(self, u: Unit, kws: list[Keyword], before: int) -> None:
        """ "Lahr ist seit 1985 mit Dole und seit 1999 mit Belleville verschwistert": each
        "since YEAR with X" of a sentence on a twinning or friendship is an act of the
        sentence's subject with X in that year (two of them at least)."""
        k = kws[0]
        if len(kws) != 1 or k.type not in ("sister_city", "friendship"):
            return
        text = self.text
        pairs: list[tuple[Actor, PartialDate | None, Actor | None]] = []
        actors = [a for a in self.cast.within(u.start, u.end) if a.kind == "place"]
        for m in SINCE_WITH.finditer(text, u.start, u.end):
            partner = next((a for a in actors if a.start == m.end()), None)
            if partner is None:
                continue
            year = self.dates.within(m.start(1), m.end(1))
            # "..., Meerane seit 1991 mit Bad Hersfeld": a place right before names its owner
            own = next(
                (a for a in actors if a.end <= m.start() and not text[a.end : m.start()].strip()),
                None,
            )
            pairs.append((partner, year[0].value if year else None, own))
        keys = {p.key for p, _, _ in pairs}
        if len(keys) < 2:
            return
        owner = (
            next(
                (
                    a
                    for a in self.cast.within(u.start, u.end)
                    if a.kind == "place" and a.key not in keys and not self._qualifying(a, [a])
                ),
                None,
            )
            or self.cast.home
        )
        if owner is None or owner.key in keys:
            return
        # the pairs replace what the sentence gave these partners
        owners = {owner.key} | {o.key for _, _, o in pairs if o is not None}
        mine = [r for r in self.state.readings[before:] if r.unit == u.index]
        if any(not r.keys <= keys | owners for r in mine):
            return
        del self.state.readings[before:]
        self.group += 1
        for partner, signed, own in pairs:
            self.state.readings.append(
                _Reading(
                    (own if own is not None and own.key not in keys else owner, partner),
                    k.type,
                    "signed",
                    False,
                    u.index,
                    (u.start, u.end),
                    self.group,
                    signed=signed,
                )
            )

    def _copular_list(self, u: Unit, kws: list[Keyword]) -> None:
        """ "Les villes jumelles d'Angers sont Haarlem (1964), Osnabrück (1964) et Wigan
        (1988)", "Zu den Partnerstädten von Freiburg gehören A, B und C": each place after the
        copula is a partner of the owner named after the plural type word."""
        k = kws[0]
        word = self.low[k.start : k.end]
        plural = (
            _plural(word)
            or word.endswith("städten")  # "Zu den Partnerstädten von X gehören"
            or self.low.startswith("villes ", max(0, k.start - 7))  # "villes jumelées avec"
        )
        if k.type not in ("sister_city", "friendship") or not plural:
            return
        of = OWNER_OF.match(self.text, k.end, u.end)
        if of is None:
            return
        owner = next((a for a in self.cast.within(of.end(), u.end) if a.start == of.end()), None)
        if owner is None or owner.kind != "place":
            return
        cop = COPULA.match(
            self.text, owner.end + (2 if self.text.startswith("s ", owner.end) else 0), u.end
        )
        if cop is None:
            return
        places = [a for a in self.cast.within(cop.end(), u.end) if a.kind == "place"]
        places = [a for a in places if not self._qualifying(a, places) and a.key != owner.key]
        parens = [m.span() for m in _PARENS.finditer(self.text, cop.end(), u.end)]
        partners = _dedupe([a for a in places if not any(s <= a.start < e for s, e in parens)])
        if not partners:
            return
        sets = [[owner, p] for p in partners]
        own = self._partner_dates(sets, cop.end(), u.end, self.dates.within(cop.end(), u.end))
        self.group += 1
        for n, ps in enumerate(sets):
            self.state.readings.append(
                _Reading(
                    tuple(ps),
                    k.type,
                    "signed",
                    False,
                    u.index,
                    (u.start, u.end),
                    self.group,
                    signed=own[n] if own is not None else None,
                )
            )

    def _ordinal_list(self, u: Unit) -> None:
        """ "Neben A und B ist C die dritte Partnerstadt von D": A and B are earlier partners
        of D, undated acts of their own, and never partners of C (see `_acts_frde`)."""
        found = ordinal_list(self.text, u.start, u.end, self.cast.within(u.start, u.end))
        if found is None:
            return
        self.ordinal_lists.append((u, *found))

    def _ordinal_acts(self) -> None:
        """After every other reading: drop those that pair an earlier partner of an ordinal
        list with another place than the list's owner, and add the owner's acts with them."""
        for u, owner, _new, listed in self.ordinal_lists:
            keys = {a.key for a in listed}
            self.state.readings[:] = [
                r
                for r in self.state.readings
                if r.unit != u.index or owner.key in r.keys or not keys & r.keys
            ]
            self.group += 1
            for p in listed:
                self.state.readings.append(
                    _Reading(
                        (owner, p),
                        "sister_city",
                        "signed",
                        False,
                        u.index,
                        (u.start, u.end),
                        self.group,
                    )
                )

    def _fronted(self, start: int, end: int) -> tuple[list[Actor], int]:
        """The places of a list that opens a sentence after "Après", "Nach", "After" (up to
        `end`), and the end of the list."""
        text = self.text
        listed: list[Actor] = []
        pos = start
        for a in self.cast.within(start, end):
            if a.kind != "place":
                continue
            gap = text[pos : a.start]
            if listed:
                g = LIST_GAP.fullmatch(gap)
                if g is None:
                    break
                listed.append(a)
                pos = a.end
                if g.group(1):
                    break  # "A, B and C": C is the last
                continue
            if gap.strip() and not all(w[:1].islower() for w in gap.split()):
                break  # "Nach Hamm ...": the list opens the sentence
            listed.append(a)
            pos = a.end
        if not listed:
            return listed, start
        m = LIST_END.match(text, pos, end)
        return listed, (m.end() if m is not None else pos)

    def _fronted_lists(self) -> None:
        """ "Après Sarrebruck (1965) et Cardiff (1964), la ville s'est jumelée avec Seattle":
        the places listed before the act word are earlier partners of the act's owner, not
        parties of the act it reports."""
        text = self.text
        out: list[_Reading] = []
        made: set[tuple[int, str]] = set()
        for r in self.state.readings:
            lead = FRONTED_LEAD.match(text, r.span[0], r.span[1])
            if lead is None or r.sibling or r.type not in ("sister_city", "friendship"):
                out.append(r)
                continue
            listed, list_end = self._fronted(lead.end(), r.span[1])
            keys = {a.key for a in listed}
            if (
                len(listed) < 2
                or r.keys.isdisjoint(keys)
                or not _LIST_CLOSED.match(text, list_end - 2, list_end + 12)
            ):
                out.append(r)
                continue
            prep = lex.WITH_PREP.search(text, list_end, r.span[1])
            prep_at = prep.start() if prep is not None else r.span[1]
            # the partner of the act the sentence reports comes after its "with"; its owner,
            # when named, before it ("hat Zwickau 2014 mit dem ukrainischen ...")
            partners = [a for a in r.parties if a.key not in keys and a.start > prep_at]
            subject = next(
                (a for a in self.cast.within(list_end, prep_at) if a.kind == "place"), None
            )
            owner = subject or self.cast.home
            if owner is None:
                out.append(r)
                continue
            if partners and owner.key not in keys:
                main = _with_parties(r, (owner, partners[0]))
                # its date is in the main clause, not a bracket of the list
                if r.signed is None or any(
                    d.value == r.signed for d in self.dates.within(lead.end(), list_end)
                ):
                    later = [
                        d for d in self.dates.within(list_end, r.span[1]) if d.value is not None
                    ]
                    main.signed = later[0].value if later else None
                out.append(main)
            for a in listed:
                if (r.span[0], a.key) in made or a.key == owner.key:
                    continue
                made.add((r.span[0], a.key))
                year = YEAR_AFTER.match(text, a.end)
                dates = self.dates.within(a.end, year.end()) if year is not None else []
                out.append(
                    _Reading(
                        (owner, a),
                        r.type,
                        "signed",
                        False,
                        r.unit,
                        r.span,
                        r.group,
                        signed=dates[0].value if dates else None,
                    )
                )
        self.state.readings[:] = out

    def _act_tables(self, keywords: list[Keyword], us: list[Unit]) -> None:
        """A table whose header row names a kind of act ("| Country | University | Signed date
        of MOU |"): each row naming a partner (an organisation, or a place that is no country)
        is an act of that kind of the page's owner with it, dated by its row."""
        text = self.text
        unit_starts = [u.start for u in us]
        for k in keywords:
            line_start = text.rfind("\n", 0, k.start) + 1
            line_end = text.find("\n", k.end)
            if line_end < 0 or k.generic:
                continue
            header = text[line_start:line_end]
            if header.count("|") < 2 or any(c.isdigit() for c in header):
                continue
            rows = bar_rows(text, line_end + 1)
            if not rows:
                continue
            self.group += 1
            for start, end in rows:
                actors = [
                    a
                    for a in self.cast.within(start, end)
                    if a.kind == "organisation" or a.place_kind not in ("country", None)
                ]
                dates = [d for d in self.dates.within(start, end) if d.value is not None]
                if not actors:
                    continue
                partner = actors[0]
                owner = self._table_owner(partner, line_start)
                if owner is None or owner.key == partner.key:
                    continue
                unit = max(0, bisect.bisect_right(unit_starts, start) - 1)
                self.state.readings.append(
                    _Reading(
                        (owner, partner),
                        k.type,
                        "signed",
                        False,
                        unit,
                        (start, end),
                        self.group,
                        signed=dates[0].value if dates else None,
                    )
                )

    def _table_owner(self, partner: Actor, before: int) -> Actor | None:
        """The owner of a table of partners: for an institution, the first institution of the
        same kind the page names before it; else the page's own place."""
        if partner.kind == "organisation" and partner.org_kind in _INSTITUTIONS:
            return next(
                (
                    a
                    for a in self.cast.within(0, before)
                    if a.kind == "organisation" and a.org_kind == partner.org_kind
                ),
                None,
            )
        return self.cast.home

    def _possessed_partners(self, us: list[Unit]) -> None:
        """ "Zhucheng liegt in Bayerns Partnerprovinz Shandong", "Mit der Universität in Aalens
        Partnerstadt Jiaxing ...": the place in the genitive is twinned with the partner its
        noun names, an act (undated) unless the pair has a twinning or friendship already."""
        actors = [a for a in self.cast.actors if a.kind == "place"]
        known = {r.keys for r in self.state.readings if r.type in ("sister_city", "friendship")}
        unit_starts = [u.start for u in us]
        for a, b in zip(actors, actors[1:], strict=False):
            if (
                a.key == b.key
                or b.start - a.end > 40
                or not self.text[a.start : a.end].endswith("s")
                or a.name.endswith("s")
                or not _POSSESSED_PARTNER.fullmatch(self.text, a.end - 1, b.start)
            ):
                continue
            if _party_resolver._qualifies(a, b):
                continue
            unit = max(0, bisect.bisect_right(unit_starts, a.start) - 1)
            pair = frozenset((a.key, b.key))
            if pair in known:
                for r in self.state.readings:
                    if r.keys == pair and r.unit == unit and r.type == "sister_city":
                        r.standing = True  # the partner noun read as a twinning: it stands
                continue
            self.group += 1
            self.state.readings.append(
                _Reading(
                    (a, b),
                    "sister_city",
                    "signed",
                    False,
                    unit,
                    (a.start, b.end),
                    self.group,
                    standing=True,
                )
            )
            known.add(frozenset((a.key, b.key)))

    def _partner_blocks(self, keywords: list[Keyword], us: list[Unit]) -> None:
        """Each block or table row under a partner-town heading is an act of the page's owner
        with the partner the block names (see `_agreements_lists`)."""
        text = self.text
        unit_starts = [u.start for u in us]
        for head, blocks in heading_blocks(text, self.low):
            named = [a for a in self.cast.within(head.start(), head.end()) if a.kind == "place"]
            owner = named[-1] if named else self.cast.home
            if owner is None:
                continue
            head_kws = [k for k in keywords if head.start() <= k.start < head.end()]
            head_kind = head_kws[0].type if head_kws else "sister_city"
            self.group += 1
            group = self.group
            spans: list[tuple[int, int, Actor]] = []
            denied: set[str] = set()
            for n, (name_start, _, start, title_end) in enumerate(blocks):
                end = blocks[n + 1][2] if n + 1 < len(blocks) else block_end(text, title_end)
                if "|" in text[start:title_end]:
                    end = title_end  # a table row
                partner = next(
                    (a for a in self.cast.within(name_start, title_end) if a.start == name_start),
                    None,
                )
                if partner is None or partner.kind != "place" or partner.key == owner.key:
                    continue
                if denies(text, start, end):
                    denied.add(partner.key)  # "Eine formelle Partnerschaft besteht nicht."
                    spans.append((start, end, partner))
                    continue
                spans.append((start, end, partner))
                unit = max(0, bisect.bisect_right(unit_starts, start) - 1)
                self._block_acts(owner, partner, head_kind, keywords, (start, title_end, end), unit)
            self._drop_strays(spans, group, denied)

    def _block_acts(
        self,
        owner: Actor,
        partner: Actor,
        head_kind: AgreementType,
        keywords: list[Keyword],
        block: tuple[int, int, int],
        unit: int,
    ) -> None:
        """The acts of one partner block: one per kind of act its words name, each with the
        date of its sentence; else one of the heading's kind with the title's date."""
        text = self.text
        start, title_end, end = block
        kws = [k for k in keywords if start <= k.start < end and not k.generic]
        kinds: list[tuple[AgreementType, int, int]] = []
        for k in kws:
            if all(t != k.type for t, _, _ in kinds):
                kinds.append((k.type, k.start, k.end))
        if not kinds:
            kinds.append((head_kind, start, title_end))
        for n, (kind, k_start, k_end) in enumerate(kinds):
            lo, hi = sentence_around(text, k_start, k_end, start, end)
            if n == 0:
                lo = min(lo, start)  # the title's year ("Ravenne\n(Italie) 1989")
            dates = [d for d in self.dates.within(lo, hi) if d.value is not None]
            if not dates and n == 0:
                at = since_year_at(text, start, end)  # "... Partnerschaft seit 1964."
                if at is not None:
                    dates = [d for d in self.dates.within(at, end) if d.value is not None][:1]
            ended = next(
                (
                    m
                    for m in _markers(self.idx, lo, hi, [])
                    if m[2] == "ended" and not _PAUSED.match(self.low, m[0])
                ),
                None,
            )
            ends: PartialDate | None = None
            if ended is not None:
                after = [d for d in dates if d.start >= ended[1]]
                dates = [d for d in dates if d.start < ended[0]]
                ends = after[0].value if after else None
            self.state.readings.append(
                _Reading(
                    (owner, partner),
                    kind,
                    "ended" if ended is not None else "signed",
                    ended is not None,
                    unit,
                    (start, min(end, hi if n else max(hi, title_end))),
                    self.group,
                    signed=dates[0].value if dates else None,
                    ends=ends,
                    ends_stated=ends is not None,
                )
            )

    def _drop_strays(
        self, spans: list[tuple[int, int, Actor]], group: int, denied: set[str]
    ) -> None:
        """Drop the acts read inside one partner's block with another partner of the list
        that the block does not name (a sentence of Zhenjiang's block read as Brest's), and
        those with a partner whose block says that there is no formal tie."""
        if len(spans) < 2 and not denied:
            return
        keys = {p.key for _, _, p in spans}
        keep: list[_Reading] = []
        for r in self.state.readings:
            stray = r.group != group and not r.keys.isdisjoint(denied)
            if r.group != group and not r.sibling:
                for start, end, partner in spans:
                    if start <= r.span[0] and r.span[1] <= end:
                        named = {a.key for a in self.cast.within(start, end)}
                        stray = stray or any(
                            a.key in keys and a.key != partner.key and a.key not in named
                            for a in r.parties
                        )
                        break
            if not stray:
                keep.append(r)
        self.state.readings[:] = keep

    def _followed(self, u: Unit) -> None:
        """ "Wiesbaden followed in 1977.", "Lille joined in 1967": after an act of one owner,
        a sentence whose subject is a place that followed is another act of that owner."""
        m = _FOLLOWED.search(self.low, u.start, min(u.end, u.start + 120))
        if m is None:
            return
        last = self.state.last()
        if (
            last is None
            or last.unit < u.index - 2
            or last.status not in ("signed", "renewed")
            or len(last.parties) != 2
        ):
            return
        owner = last.parties[0]
        places = [
            a
            for a in self.cast.within(u.start, m.start())
            if a.kind == "place" and a.key not in last.keys
        ]
        if not places and _PLACE_SUBJECT.fullmatch(self.low, u.start, m.start()):
            # "In 1977 volgde Wiesbaden", "1998 folgte Brno": the subject after the verb
            places = [
                a
                for a in self.cast.within(m.end(), u.end)
                if a.kind == "place" and a.key not in last.keys
            ]
            # "1988 folgte – noch vor dem Mauerfall – Mainz": an aside between dashes
            between = _DASH_ASIDE.sub(" ", self.low[m.end() : places[0].start]) if places else ""
            if places and not _PLACE_SUBJECT.fullmatch(between):
                places = []
        elif places and not _PLACE_SUBJECT.fullmatch(self.low, u.start, places[0].start):
            places = []
        if not places:
            return
        partners = _dedupe(
            [places[0]]
            + [a for a in places[1:] if _CONJ.fullmatch(self.text, places[0].end, a.start)]
        )
        dates = [d for d in self.dates.within(u.start, u.end) if d.value is not None]
        signed = dates[0].value if dates else None
        own: dict[str, PartialDate | None] = {p.key: signed for p in partners}
        if len(partners) == 1 and dates:
            # "Terracina joined in 1988 and Yaroslavl in 1989": the second half keeps the verb
            # of the first and has a date of its own
            after = dates[0].end
            for a in self.cast.within(after, u.end):
                if a.kind != "place" or a.key in last.keys or a.key in own:
                    continue
                if not _ELLIPTIC_AND.fullmatch(self.low, after, a.start):
                    break
                d = next((x for x in dates if x.start >= a.end), None)
                if d is None or not _ELLIPTIC_DATE.fullmatch(self.low, a.end, d.start):
                    break
                partners.append(a)
                own[a.key] = d.value
                after = d.end
        self.group += 1
        for p in partners:
            self.state.readings.append(
                _Reading(
                    (owner, p),
                    last.type,
                    "signed",
                    False,
                    u.index,
                    (u.start, u.end),
                    self.group,
                    signed=own[p.key],
                )
            )

    def _chosen(self, u: Unit, kind: AgreementType) -> None:
        """ "In 1984 koos Delft voor Estelí" on a page headed "Zustersteden": the place chosen
        is a partner of the kind the heading names."""
        m = _CHOSE.search(self.low, u.start, u.end)
        if m is None:
            return
        places = [a for a in self.cast.within(u.start, u.end) if a.kind == "place"]
        before = [a for a in places if a.end <= m.start()]
        after = [a for a in places if a.start >= m.end()]
        owner: Actor | None = None
        if after and _CHOSE_SUBJECT.fullmatch(self.low, m.end(), after[0].start):
            owner, after = after[0], after[1:]
        elif before and _PLACE_SUBJECT.fullmatch(self.low, u.start, before[0].start):
            owner = before[0]
        if not after:
            return
        partner = after[0]
        gap = self.low[
            owner.end if owner is not None and owner.start >= m.end() else m.end() : partner.start
        ]
        if not _CHOSE_OBJECT.fullmatch(gap):
            return
        if owner is None:
            owner = self.cast.home_besides(partner)
        if owner is None or owner.key == partner.key:
            return
        dates = [d for d in self.dates.within(u.start, u.end) if d.value is not None]
        self.group += 1
        self.state.readings.append(
            _Reading(
                (owner, partner),
                kind,
                "signed",
                False,
                u.index,
                (u.start, u.end),
                self.group,
                signed=dates[0].value if len(dates) == 1 else None,
            )
        )

    def _linked(self, u: Unit, kind: AgreementType, prior: Actor | None = None) -> None:
        """ "Exeter's oldest link is with Rennes, formalised in 1956" under a "Twin towns"
        heading, or right after an act of `prior`: a tie with a place is a partner of that
        kind (each place of "links with A and B")."""
        m = _LINK_WITH.search(self.low, u.start, min(u.end, u.start + 80))
        if m is None:
            return
        after = [a for a in self.cast.within(m.end(), u.end) if a.kind == "place"]
        if not after or (
            after[0].start != m.end()
            # "de band met het Litouwse Šiauliai", "die Verbindung mit dem chinesischen Jinan"
            and not _LINK_DEMONYM.fullmatch(self.text, m.end(), after[0].start)
        ):
            return
        partner = after[0]
        partners = [partner]
        for a in after[1:]:
            if not _CONJ.fullmatch(self.text, partners[-1].end, a.start):
                break
            partners.append(a)
        before = [a for a in self.cast.within(u.start, m.start()) if a.kind == "place"]
        owner = before[0] if before else prior or self.cast.home_besides(partner)
        if owner is None or any(owner.key == p.key for p in partners):
            return
        # "The link with Dortmund is the oldest": a tie already reported
        partners = [
            p
            for p in partners
            if not any(owner.key in r.keys and p.key in r.keys for r in self.state.readings)
        ]
        if not partners:
            return
        marks = [mk for mk in _markers(self.idx, u.start, u.end, []) if mk[2] != "signed"]
        ended = bool(marks) and all(mk[2] == "ended" and mk[1] > m.end() for mk in marks)
        if marks and not ended:
            return  # "De band met Lębork werd in 2021 stopgezet": read as a status sentence
        dates = [d for d in self.dates.within(u.start, u.end) if d.value is not None]
        one = dates[0].value if len(dates) == 1 and len(partners) == 1 else None
        self.group += 1
        for p in _dedupe(partners):
            reading = _Reading(
                (owner, p),
                kind,
                "ended" if ended else "signed",
                ended,
                u.index,
                (u.start, u.end),
                self.group,
                signed=None if ended else one,
            )
            if ended:
                # "Zwolle liet in 2015 de band met Šiauliai aflopen": a tie not reported
                # before, ended in the year the clause gives
                reading.ends = one
                reading.ends_stated = one is not None
            self.state.readings.append(reading)

    def _elliptic(self, u: Unit) -> bool:
        """ "Depuis 1964, Brest est jumelée avec Kiel ; depuis 1963 avec Plymouth": a clause
        of only a date and a partner goes on with the act of the clause before."""
        m = _SINCE_WITH.match(self.low, u.start, u.end)
        if m is None:
            return False
        last = self.state.last()
        if (
            last is None
            or last.unit != u.index - 1
            or last.status not in ("signed", "renewed")
            or len(last.parties) != 2
            or self.text[u.start - 2 : u.start].strip() not in (";", ",")
        ):
            return False
        partner = next((a for a in self.cast.within(m.end(), u.end) if a.kind == "place"), None)
        if partner is None or partner.start != m.end() or partner.key in last.keys:
            return False
        dates = [d for d in self.dates.within(u.start, m.end()) if d.value is not None]
        if not dates:
            return False
        self.group += 1
        self.state.readings.append(
            _Reading(
                (last.parties[0], partner),
                last.type,
                "signed",
                False,
                u.index,
                (u.start, u.end),
                self.group,
                signed=dates[0].value,
            )
        )
        return True

    def _elliptic_pairs(self, u: Unit, k: Keyword, r: _Reading) -> None:
        """ "Lyon et Canton sont jumelées depuis 1988, Grenoble et Suzhou depuis 1998": a pair
        of places and a date after the act of a pair is the same kind of act for that pair."""
        if len(r.parties) != 2 or r.status != "signed" or r.signed is None or r.generic:
            return
        if "," not in self.text[k.end : u.end]:
            return  # no elliptic pair without a comma
        places = [a for a in self.cast.within(k.end, u.end) if a.kind == "place"]
        for a, b in zip(places, places[1:], strict=False):
            if a.key in r.keys or b.key in r.keys or a.key == b.key:
                continue
            lead = _PAIR_LEAD.search(self.text, max(k.end, a.start - 12), a.start)
            if (
                lead is None
                or lead.end() != a.start
                or not _AND.fullmatch(self.text, a.end, b.start)
            ):
                continue
            since = _PAIR_SINCE.match(self.low, b.end)
            if since is None:
                continue
            date = next((d for d in self.dates.within(since.end(), u.end)), None)
            if date is None or date.start != since.end() or date.value is None:
                continue
            self.group += 1
            self.state.readings.append(
                _Reading(
                    (a, b),
                    r.type,
                    "signed",
                    False,
                    u.index,
                    (u.start, u.end),
                    self.group,
                    signed=date.value,
                )
            )

    def _similar(self, k: Keyword, last: _Reading) -> Keyword:
        """A generic act word after "similar": of the last act's kind and owner."""
        self.similar_owner[k.start] = last.parties[0]
        return replace(k, type=last.type, generic=False)

    def _years_later(self, u: Unit, k: Keyword) -> PartialDate | None:
        """The year of an act "two years later" than the last year told before it ("De
        eerste contacten dateren van 2015. Twee jaar later volgde een intentieverklaring")."""
        found = years_later(self.low, u.start, k.start)
        if found is None:
            return None
        at, n = found
        i = bisect.bisect_right(self.keyword_starts, at)
        if i < len(self.keyword_starts) and self.keyword_starts[i] < k.start:
            return None  # the first act after the phrase is the one it dates
        before = [d for d in self.dates.within(u.start, at) if d.value is not None]
        base = before[-1] if before else (self.prev_dates[-1] if self.prev_dates else None)
        if base is None or base.value is None or base.end_value is not None or base.relative:
            return None
        return PartialDate(base.value.year + n)

    def _paragraph_date(self, start: int) -> DateMention | None:
        """The one date of a day or a month told before `start` in its paragraph (no blank
        line between), at most `_PARAGRAPH_BACK` characters back, or None: two dates of two
        events leave the choice to `_date_by_event` (the one naming the act's party)."""
        floor = max(0, start - _PARAGRAPH_BACK, self.text.rfind("\n\n", 0, start) + 1)
        found = [d for d in self.dates.within(floor, start) if d.value is not None]
        if len(found) != 1:
            return None
        d = found[0]
        ok = d.value is not None and d.value.month is not None and d.end_value is None
        return d if ok else None

    def _occasion_finer(self, u: Unit, zone_end: int, signed: PartialDate) -> PartialDate:
        """The month or day of the sentence before when the act's sentence is about the same
        occasion ("Begin mei 2025 reisde de burgemeester naar Itami. Bij die gelegenheid
        ondertekenden beide steden een overeenkomst voor de periode 2025-2029"): a finer date
        of the same year beats the year."""
        if not _occasion(self.low, u.start, zone_end):
            return signed
        d = date_near(self.prev_dates, u.start)
        if (
            d is None
            or d.value is None
            or d.end_value is not None
            or d.value.month is None
            or d.value.year != signed.year
        ):
            # "On Monday 9 June a delegation from A came to B. They toured ... | During the
            # visit, ... signed": the occasion's day told a few sentences
            # back, when the sentence before gives none of the act's year
            d = self._occasion_back(u.start, signed)
            return signed if d is None or d.value is None else d.value
        return d.value

    def _occasion_told(self) -> list[DateMention]:
        """The dates of the sentence before but those of the year a tie runs from ("since
        2010", "depuis 2010", "seit 2005", "sinds 2002")."""
        return [
            x for x in self.prev_dates if not _SINCE.search(self.low, max(0, x.start - 12), x.start)
        ]

    def _occasion_back(self, start: int, signed: PartialDate | None) -> DateMention | None:
        """The last day or month told in the `_OCCASION_BACK` characters before `start`, of
        `signed`'s year when given, not to come and no period, or None."""
        floor = max(0, start - _OCCASION_BACK)
        for d in reversed(self.dates.within(floor, start)):
            v = d.value
            if v is None or d.end_value is not None or v.month is None:
                continue
            if (signed is None or v.year == signed.year) and not self._future(v, [], 0, 0):
                return d
            return None
        return None

    def _coordinated_date(
        self, u: Unit, before: Keyword, k: Keyword, dates: list[DateMention]
    ) -> PartialDate | None:
        """The date of the act before, in the same sentence, when a date opening the sentence
        or its clause dated it and the two acts stand in coordinated clauses ("In 2019 sloot de
        gemeente een vriendschapsovereenkomst met A, werd de stedenband met B verlengd ...")."""
        prev = self.state.readings[-1] if self.state.readings else None
        if prev is None or prev.unit != u.index or prev.signed is None:
            return None
        if any(before.start <= d.start < k.start for d in dates):
            return None  # a date of its own between the two acts
        if not coordinated(self.low, before.end, k.start):
            return None
        d0 = next((d for d in reversed(dates) if d.end <= before.start), None)
        if (
            d0 is None
            or d0.value is None
            or d0.end_value is not None
            or not _compatible(d0.value, prev.signed)
            or not fronted(self.low, u.start, d0.start)
        ):
            return None
        return prev.signed

    def _pair_date(self, start: int, d: DateMention) -> bool:
        """True when the date after `start` belongs to an elliptic pair (", C and D since
        1998") rather than to the act before it."""
        places = [a for a in self.cast.within(start, d.start) if a.kind == "place"]
        if len(places) < 2:
            return False
        a, b = places[-2], places[-1]
        lead = _PAIR_LEAD.search(self.text, max(start, a.start - 12), a.start)
        since = _PAIR_SINCE.match(self.low, b.end)
        return (
            lead is not None
            and lead.end() == a.start
            and bool(_AND.fullmatch(self.text, a.end, b.start))
            and since is not None
            and since.end() == d.start
        )

    def _coordinated_pairs(self, places: list[Actor]) -> list[list[Actor]]:
        """ "Salem, Oregon and Jinzhou, Liaoning province, as well as Bend, Oregon and Xianyang
        signed sister-city agreements": pairs of places joined by "and", the pairs set apart
        by a comma or "as well as", each place with its region or country after a comma."""
        main: list[Actor] = []
        ends: list[int] = []
        for a in places:
            if (
                main
                and a.place_kind != "city"
                and _QUALIFIER_GAP.fullmatch(self.text, ends[-1], a.start)
            ):
                ends[-1] = a.end  # "Salem, Oregon": the state qualifies the city
                continue
            main.append(a)
            ends.append(a.end)
        return self._read_pairs(main, ends, _IN_PAIR, _BETWEEN_PAIRS)

    def _listed_pairs(self, places: list[Actor]) -> list[list[Actor]]:
        """ "Guelph of Ontario vs. Jiaxing of Zhejiang, Red Deer of Alberta vs. Dezhou of
        Shandong", "Shaoxing with Biella in Italy, Jiaxing with Ceske Budejovice ...", "Kiel –
        Qingdao; Lübeck – Wuxi": pairs of places joined by "vs.", "with", "and" or a dash, the
        pairs set apart by a comma or a semicolon, each place with its region or country after
        "of", "in" or a comma. At least two pairs, every place of the list in one."""
        main: list[Actor] = []
        ends: list[int] = []
        countries = {c.start: c.end for c in self.cast.countries}
        for a in places:
            if main and (
                (a.place_kind != "city" and _PAIR_QUALIFIER.fullmatch(self.text, ends[-1], a.start))
                or _PAIR_OF.fullmatch(self.text, ends[-1], a.start)
            ):
                ends[-1] = a.end  # "Guelph of Ontario": the province qualifies the city
                continue
            main.append(a)
            ends.append(a.end)
            q = _PAIR_QUALIFIER.match(self.text, a.end)
            if q is not None and q.end() in countries:
                # "Biella in Italy", "Tauranga (New Zealand)": the country qualifies the city
                ends[-1] = countries[q.end()]
                if self.text.startswith(")", ends[-1]) and "(" in self.text[a.end : q.end()]:
                    ends[-1] += 1
        return self._read_pairs(main, ends, _PAIR_JOIN, _PAIR_APART)

    def _read_pairs(
        self, main: list[Actor], ends: list[int], join: re.Pattern[str], apart: re.Pattern[str]
    ) -> list[list[Actor]]:
        """The places of a list read two by two (`ends`: where each place ends with its
        qualifiers): each pair joined by `join`, the pairs set apart by `apart`; none unless
        the list holds two pairs or more and every place is in one."""
        if len(main) < 4 or len(main) % 2:
            return []
        pairs: list[list[Actor]] = []
        for i in range(0, len(main), 2):
            a, b = main[i], main[i + 1]
            if a.key == b.key or not join.fullmatch(self.text, ends[i], b.start):
                return []
            if i and not apart.fullmatch(self.text, ends[i - 1], a.start):
                return []
            pairs.append([a, b])
        return pairs

    def _continued_list(self, head: Unit, k: Keyword, u: Unit) -> None:
        """The places of a sentence that goes on with the list a plural type word opened in
        the sentence before: acts of that sentence's subject (else the document's place)."""
        owner = (
            next(
                (
                    a
                    for a in self.cast.within(head.start, k.start)
                    if a.kind == "place" and not _is_locative(self.doc, a)
                ),
                None,
            )
            or self.cast.home
        )
        parens = [m.span() for m in _PARENS.finditer(self.text, u.start, u.end)]
        places = [
            a
            for a in self.cast.within(u.start, u.end)
            if a.kind == "place" and not any(s0 <= a.start < e0 for s0, e0 in parens)
        ]
        dates = self.dates.within(u.start, u.end)
        colon = self.text.find(":", u.start, u.end)  # the lead's, not a later "10:30"
        # "Three of them involve Zhejiang: Shaoxing with Biella, ...": the pairs follow the colon
        pairs = self._listed_pairs([a for a in places if a.start > colon])
        if pairs:
            # "five pairs of cities signed agreements. They are: Guelph of Ontario vs. Jiaxing of
            # Zhejiang, Red Deer of Alberta vs. Dezhou of Shandong, ...": one act per pair, of
            # the date the sentence before gives when it gives one
            head_dates = [d.value for d in self.dates.within(head.start, head.end) if d.value]
            known_here = [d.value for d in dates if d.value is not None]
            when = None
            if head_dates and not known_here and len({d.year for d in head_dates}) == 1:
                # "On June 12, 2018, ... at the 2018 Forum": one year, its finest date
                when = max(head_dates, key=lambda d: _PRECISION[d.precision])
            # the sentence before read with a partner of the list ("signed in Berlin" and
            # Qingdao): the list's pairs are that sentence's acts
            listed = {a.key for pair in pairs for a in pair}
            self.state.readings = [
                r
                for r in self.state.readings
                if not (r.unit == head.index and any(p.key in listed for p in r.parties))
            ]
            self.group += 1
            for pair in pairs:
                self.state.readings.append(
                    _Reading(
                        tuple(pair),
                        k.type,
                        "signed",
                        False,
                        u.index,
                        (head.start, u.end),
                        self.group,
                        signed=when,
                    )
                )
            return
        if owner is None:
            return
        places = [a for a in places if not self._qualifying(a, places) and a.key != owner.key]
        partners = _dedupe(places)
        if not partners:
            return
        sets = [[owner, p] for p in partners]
        own = self._partner_dates(sets, u.start, u.end, dates)
        known = [d for d in dates if d.value is not None]
        if len(known) == 1 and known[0].end <= partners[0].start:
            # "Den Anfang machten 1959 das englische Coventry und das polnische Breslau."
            own = [known[0].value] * len(sets)
        self.group += 1
        for n, ps in enumerate(sets):
            self.state.readings.append(
                _Reading(
                    tuple(ps),
                    k.type,
                    "signed",
                    False,
                    u.index,
                    (head.start, u.end),
                    self.group,
                    signed=own[n] if own is not None else None,
                )
            )

    def _is_list_lead(self, u: Unit) -> bool:
        """A short line that opens a list ("The partners include:", "Darunter:")."""
        return u.end - u.start <= 60 and bool(_LIST_LEAD.search(self.low, u.start, u.end))

    def _is_heading(self, u: Unit, k: Keyword) -> bool:
        """A line that is only a plural type word ("Sister cities", "Partnerstädte von X:")."""
        if u.end - u.start > 80 or "\n" in self.text[u.start : u.end].strip():
            return False
        if k.start - u.start <= 2 and _COLUMNS.fullmatch(self.text, k.end, u.end):
            return True  # "Partner city      Country      Since": a table's header row
        if not _plural(self.text[k.start : k.end]):
            return False
        rest = self.text[k.end : u.end]
        lead = self.text[u.start : k.start]
        return bool(_HEADING_LEAD.fullmatch(lead)) and bool(
            _HEADING_REST.fullmatch(rest) or _HEADING_COUNT.fullmatch(rest)
        )

    def _heading_list(
        self, head: Unit, k: Keyword, following: list[Unit], their_kws: list[list[Keyword]]
    ) -> None:
        """Lines under a heading that each start with a place are the partners of one owner."""
        text = self.text
        named = [
            a
            for a in self.cast.within(head.start, k.start if k.start > head.start else head.end)
            if a.kind == "place" and not _is_locative(self.doc, a)
        ]
        named = named or [a for a in self.cast.within(head.start, head.end) if a.kind == "place"]
        owner = named[0] if named else (self._government_head() or self.cast.home)
        if owner is None:
            return
        self.group += 1
        items = 0
        last_end = head.end
        prose = 0  # descriptions under an item ("1. Fukuoka, Japan (1979)" then a paragraph)
        for u, kws in zip(following, their_kws, strict=False):
            if not items and any(s < u.end and u.start < e for s, e in self.header_rows):
                continue  # "No.  Country  City  Category  Signing Date": a table's header row
            item = self._list_item(u, kws)
            if item is None:
                if (
                    not items
                    and not prose
                    and not kws
                    and _TABLE_HEAD.fullmatch(text, u.start, u.end)
                ):
                    continue  # the header row of a table of partners
                if not items and not prose and not kws and self._subheading(u):
                    continue  # "Sister cities" over "• Cities" over the partners' lines
                if not prose and not kws and self._unknown_item(u, following, their_kws):
                    continue  # a partner the gazetteer does not know, on a line like the others
                prose += 1
                # a numbered or bulleted list may describe each partner under its line, or on
                # the same line ("Kanazawa (Japan). The twinning dates from 1971.")
                same_line = "\n" not in text[last_end : u.start]
                if (
                    not items
                    or prose > 4
                    or _BULLET_ONLY.match(text, u.start) is None
                    and kws
                    and not same_line
                ):
                    break
                last_end = u.end
                continue
            last_end = u.end
            prose = 0
            items += 1
            partner = item
            self.list_items[u.index] = item
            if partner.key == owner.key:
                continue
            # "- Sedan (Frankrijk) – vriendschapsband sinds 2004": the line names its own kind
            own_kind = next((o.type for o in kws if not o.generic and o.start > item.end), k.type)
            dates = self.dates.within(u.start, u.end)
            # "- Port Lincoln, Australia (twinned 1991; suspended in 2019)": a line that says
            # the tie ended; the date after that word is its end, the one before its signing
            ended = next(
                (
                    m
                    for m in _markers(self.idx, item.end, u.end, [])
                    if m[2] == "ended" and not _PAUSED.match(self.low, m[0])
                ),
                None,
            )
            ends: PartialDate | None = None
            if ended is not None:
                dates = [d for d in dates if d.start < ended[0]]
                ends = next(
                    (
                        d.value
                        for d in self.dates.within(ended[1], u.end)
                        if d.value is not None and d.start - ended[1] <= 16
                    ),
                    None,
                )
            signed = next((d.value for d in dates if d.value is not None), None)
            self.state.readings.append(
                _Reading(
                    (owner, partner),
                    own_kind,
                    "ended" if ended is not None else "signed",
                    ended is not None,
                    u.index,
                    (head.start, u.end) if items == 1 else (u.start, u.end),
                    self.group,
                    signed=signed,
                    ends=ends,
                    ends_stated=ends is not None,
                )
            )

    def _label_date(self, start: int, end: int) -> PartialDate | None:
        """The date of a label line just before or after the line [start, end) of a partner's
        block ("Established: 1974", "Seit: 12. Mai 1987", "Depuis : 1962", "Sinds: 1994")."""
        text = self.text
        nxt = text.find("\n", end)
        prev = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else -1
        lines = []
        if nxt >= 0 and text[end:nxt].strip() == "":
            stop = text.find("\n", nxt + 1)
            lines.append((nxt + 1, len(text) if stop < 0 else stop))
        if 0 <= prev < start and text[start - 1 : start] == "\n":
            lines.append((prev, start - 1))
        for lo, hi in lines:
            m = _LABEL_SINCE.match(text, lo, hi)
            if m is None:
                continue
            d = next((d for d in self.dates.within(m.end(), hi) if d.value is not None), None)
            if d is not None and not text[m.end() : d.start].strip():
                return d.value
        return None

    def _list_item(self, u: Unit, kws: list[Keyword]) -> Actor | None:
        """The partner a list line names ("- Bristol (Großbritannien), seit 1947")."""
        text = self.text
        places = [a for a in self.cast.within(u.start, u.end) if a.kind == "place"]
        if not places or u.end - u.start > 160 or (kws and kws[0].start < places[0].start):
            return None
        if not _BULLET.fullmatch(text, u.start, places[0].start):
            return None
        if not _ITEM_REST.match(text, places[0].end, u.end) and not self._of_country(
            places[0].end, u.end
        ):
            return None  # "Lyon is a city ...": a paragraph, not a list item
        return places[0]

    def _government_head(self) -> Actor | None:
        """The government that heads the page on its first line, when the place it governs
        is no actor of its own ("Gyeongsangnam-do Provincial Government" over its list of
        sister regions): the owner of a list whose heading names no place."""
        first_line = self.text.find("\n")
        stop = first_line if first_line >= 0 else len(self.text)
        head = self.cast.within(0, stop)
        if len(head) != 1:
            return None
        a = head[0]
        if a.kind != "organisation" or a.org_kind != "city_government" or a.start > 3:
            return None
        return a if not self.text[a.end : stop].strip() else None

    def _since_before(self, u: Unit, d: DateMention, k: Keyword) -> bool:
        """Whether `d` is a "since" date in a clause of its own before the act's word: "À
        Niigata, ville jumelle de Nantes depuis 2007, ils ont signé une feuille de route pour
        2024-2026" (the twinning's year, not the roadmap's)."""
        return (
            d.end <= k.start
            and _SINCE.search(self.low, max(u.start, d.start - 12), d.start) is not None
            and "," in self.text[d.end : k.start]
        )

    def _period_of_a_since_sentence(self, u: Unit, near: list[DateMention], k: Keyword) -> bool:
        """Whether the act's sentence dates another tie "since" a year before the act's word
        and gives the act only a period: the period is its term, its signing is not told."""
        return any(x.end_value is None and self._since_before(u, x, k) for x in near)

    def _unknown_item(self, u: Unit, following: list[Unit], their_kws: list[list[Keyword]]) -> bool:
        """A bulleted line with a date and no place, whose next line is an item of the list
        ("• Guangxi Zhuang Autonomous Region (22nd November, 2004) of China" over "• Province
        of Saxony (5th May, 2010)"): a partner no place was found in, skipped."""
        if u.end - u.start > 120 or _BULLET_ONLY.match(self.text, u.start) is None:
            return False
        if self.cast.within(u.start, u.end) or not self.dates.within(u.start, u.end):
            return False
        n = next((i for i, x in enumerate(following) if x.index == u.index), None)
        if n is None or n + 1 >= len(following):
            return False
        return self._list_item(following[n + 1], their_kws[n + 1]) is not None

    def _subheading(self, u: Unit) -> bool:
        """A short line of one or two words that names no place and no date, under a list's
        heading and over its lines: a group's label ("• Cities", "Regions", "Europe",
        "Villes", "Steden")."""
        if u.end - u.start > 30 or self.cast.within(u.start, u.end):
            return False
        if self.dates.within(u.start, u.end):
            return False
        return _SUBHEADING.fullmatch(self.text, u.start, u.end) is not None

    def _of_country(self, end: int, stop: int) -> bool:
        """Whether the place ending at `end` goes on with its country after "of" and then a
        stop, a bracket or the line's end ("Okayama of Japan (12th April, 1981)")."""
        m = _OF_COUNTRY.match(self.text, end, stop)
        if m is None:
            return False
        c = next((c for c in self.cast.countries if c.start == m.end()), None)
        return c is not None and _ITEM_REST.match(self.text, c.end, stop) is not None

    def _item_line(self, u: Unit, kws: list[Keyword]) -> Actor | None:
        """The place a numbered or bulleted line names on its own ("3. Manila, Philippines"),
        or a line that is only a place and its country ("Sapporo, Japan")."""
        if u.end - u.start > 80:
            return None
        text = self.text
        bare = not _BULLET_ONLY.match(text, u.start)
        if bare and (
            u.end - u.start > 50
            or text[u.start - 1 : u.start] not in ("", "\n")
            or text[u.end : u.end + 1] not in ("", "\n", "\r")
        ):
            return None
        item = self._list_item(u, kws)
        if item is None or kws:
            return None
        line_end = text.find("\n", item.end, u.end)
        rest = text[item.end : u.end if line_end < 0 else line_end]
        words = _WORDS.findall(rest)
        if bare and not all(w[:1].isupper() or w in _ITEM_LOWER_WORDS for w in words):
            return None
        return item if len(words) <= 4 else None

    def _is_label(self, u: Unit, k: Keyword) -> bool:
        """A plural type word heading its sentence ("Zustersteden: ...", "Twin towns?")."""
        return (
            k.start - u.start <= 2
            and bool(_plural(self.text[k.start : k.end]))
            and bool(re.match(r"\s*[:?]", self.text[k.end : k.end + 3]))
        )

    def _examples(self, u: Unit, k: Keyword) -> None:
        """Pairs "A ... met B en C, D met E" in the sentence before a label are of its type."""
        text = self.text
        actors = [a for a in self.cast.within(u.start, u.end) if a.kind == "place"]
        subject: Actor | None = None
        last_partner = False
        pairs: list[list[Actor]] = []
        for n, a in enumerate(actors):
            gap = text[actors[n - 1].end if n else u.start : a.start]
            after = text[a.end : a.end + 12]
            if subject is not None and re.search(
                r"(?<![\w-])(?:with|met|mit|avec)\s+(?:\w+\s+)?\Z", gap
            ):
                pairs.append([subject, a])
                last_partner = True
            elif lex.WITH_PREP.match(after.lstrip()) and after[:1].isspace():
                subject, last_partner = a, False
            elif last_partner and subject is not None and _CONJ.fullmatch(gap):
                pairs.append([subject, a])
            elif _IN_RX.get(self.doc.language, _IN_RX["en"]).search(gap):
                continue
            else:
                subject, last_partner = a, False
        if not pairs:
            return
        self.group += 1
        for ps in pairs:
            if ps[0].key != ps[1].key:
                self.state.readings.append(
                    _Reading(
                        tuple(ps), k.type, "signed", False, u.index, (u.start, u.end), self.group
                    )
                )

    # ---- one sentence

    def _unit(self, u: Unit, kws: list[Keyword]) -> None:
        text = self.text
        if not kws:
            self._no_keyword(u)
            return
        actors_all = self.cast.within(u.start, u.end)
        last = self.state.last()
        if last is not None and any(k.generic for k in kws):
            # "Similar agreements were signed with X (2016) and Y (2017)", "soortgelijke
            # overeenkomsten", "des accords similaires", "ähnliche Vereinbarungen": of the kind
            # of the act just reported
            kws = [
                self._similar(k, last)
                if k.generic
                and (
                    _SIMILAR.search(self.low, max(u.start, k.start - 24), k.start)
                    or _SIMILAR_AFTER.match(self.low, k.end)
                )
                else k
                for k in kws
            ]
        if last is not None and last.parties and _SIMILAR_HINT.search(self.low, u.start, u.end):
            # "Similar memoranda were concluded with X", "Memoranda along the same lines were
            # concluded earlier with X and Y": acts of the kind named, with the last act's owner
            for k in kws:
                if not k.generic and (
                    _SIMILAR.search(self.low, max(u.start, k.start - 24), k.start)
                    or _SIMILAR_AFTER.match(self.low, k.end)
                    or _SAME_LINES.match(self.low, k.end)
                ):
                    self.similar_owner[k.start] = last.parties[0]
        if self.replaces and any(k.generic for k in kws):
            # "It replaces the agreement on student exchange concluded in 2019": the act
            # replaced is another than the one just reported (the verb's subject), of the kind
            # its word names
            kws = [
                replace(k, generic=False)
                if k.generic
                and _REPLACED_BEFORE.search(self.low, max(u.start, k.start - 60), k.start)
                else k
                for k in kws
            ]
        kws = [k for k in kws if self._is_act(k, u)]
        if kws and text[u.start : u.end].rstrip().endswith("?"):
            kws = []  # a question reports no act ("Eine Städtefreundschaft mit Hannover?")
        drop: set[int] = set()
        for j in range(1, len(kws)):
            if kws[j].start - kws[j - 1].end <= 2 and not text[kws[j - 1].end : kws[j].start].strip(
                " -–"
            ):
                if kws[j].generic and not kws[j - 1].generic:
                    # "a friendly city relationship agreement": the named kind of the agreement
                    drop.add(j)
                    continue
                drop.add(j - 1)  # "Sister City Action Plan": the last word names the act
            elif _TOPIC.fullmatch(text, kws[j - 1].end, kws[j].start) or (
                _ON_TOPIC.fullmatch(text, kws[j - 1].end, kws[j].start)
            ):
                if kws[j - 1].generic:
                    drop.add(j - 1)  # "the agreement for the establishment of a sister relation"
                elif (
                    kws[j - 1].type in _INSTRUMENTS
                    and kws[j].type in _TIES
                    and _ESTABLISHMENT.search(text, kws[j - 1].end, kws[j].start) is not None
                ):
                    # "eine Absichtserklärung über die Aufnahme freundschaftlicher Beziehungen",
                    # "une lettre d'intention sur l'établissement de relations de ville amie":
                    # the instrument, and the tie it is meant to establish, still to come (the
                    # English "a letter of intent on the establishment of friendly relations"
                    # is read by the writers of the gold as the letter alone)
                    self.in_view.add(kws[j].start)
                elif kws[j - 1].type in _INSTRUMENTS:
                    drop.add(j)
            elif _IN_VIEW.fullmatch(text, kws[j - 1].end, kws[j].start) or (
                kws[j - 1].type in _INSTRUMENTS
                and not kws[j].generic
                and kws[j].start - kws[j - 1].end <= 160
                and (
                    _IN_VIEW_LATER.search(text, kws[j - 1].end, kws[j].start) is not None
                    or _LEADS_TO_LATER.search(text, kws[j - 1].end, kws[j].start) is not None
                )
            ):
                if kws[j - 1].generic:
                    drop.add(j - 1)  # "an agreement with a view to a twinning": the twinning
                elif kws[j - 1].type in _INSTRUMENTS:
                    # "une lettre d'intention en vue d'un accord-cadre": the letter, and the
                    # framework agreement still to be concluded by the same parties
                    self.in_view.add(kws[j].start)
        kws = [k for j, k in enumerate(kws) if j not in drop]
        low_u = self.low[u.start : u.end]
        if kws and any(w in low_u for w in _COUNTERFACTUAL_WORDS) and self._counterfactual(u):
            kws = []
        if not kws:
            self._no_keyword(u)
            return
        quotes = find_quotes(text, u.start, u.end)
        titles: dict[int, tuple[int, int]] = {}
        for j, k in enumerate(kws):
            limit = kws[j + 1].start if j + 1 < len(kws) else u.end
            t = title_after(text, k.start, k.end, quotes, max(limit, u.end))
            if t:
                titles[k.start] = t
        kws = [
            k
            for k in kws
            if not any(s <= k.start < e and ks != k.start for ks, (s, e) in titles.items())
        ]
        blocked = [(k.start, k.end) for k in kws] + list(titles.values())
        actors = [self._trimmed(a, kws) for a in actors_all]
        actors = [a for a in actors if not _overlaps(a, blocked)]
        actors = self._without_datelines(u, actors, kws)
        if any(w in low_u for w in _DESCRIBED_WORDS):
            actors = self._without_described(actors)
        if any(w in low_u for w in _ORGANISED_WORDS):
            actors = self._without_co_organisers(u, actors)
        actors = sorted(actors + self._demonym_actors(u), key=lambda a: a.start)
        mine = 0
        listed = self._earlier_partners(u, kws, actors)
        if listed:
            actors = [a for a in actors if a not in listed]
            mine = self.group
        first = len(self.state.readings)
        told = len(self.resolved)
        self._read_keywords(u, kws, actors, titles, blocked)
        if (
            not actors
            and len(self.state.readings) == first
            and len(self.resolved) == told
            and self._named_back(u, kws)
        ):
            # "L'accord, arrivé à terme, n'a pas été renouvelé", "The agreement expired in
            # 2020", "Das Abkommen wurde 2019 verlängert": the act just reported, named back by
            # its noun as the subject of a status verb (as a pronoun is: `_anaphoric`)
            self._anaphoric(u)
        if (
            len(kws) > 1
            and self.precedes
            and _PRECEDED.search(self.low, u.start, u.end) is not None
        ):
            self._preceded(u, first)
        if listed:
            # the ordinal act is a further one: not with a partner of the list
            keys = {a.key for a in listed}
            self.state.readings = [
                r
                for r in self.state.readings
                if r.unit != u.index or r.group == mine or not (r.keys & keys)
            ]
        self._topic(u, actors)

    def _named_back(self, u: Unit, kws: list[Keyword]) -> bool:
        """Whether the sentence opens with the act last reported named back by an article
        or a demonstrative and its noun, of no other kind ("The agreement ...", "L'accord
        ...", "Die Vereinbarung ...", "Dat memorandum ..."), and holds a status verb of an
        end or a renewal."""
        last = self._last_told()
        if last is None or not act_subject(self.text, u.start, kws[0].start):
            return False
        if any(not k.generic and k.type != last.type for k in kws):
            return False
        return any(m[2] in ("ended", "renewed") for m in _markers(self.idx, u.start, u.end, []))

    def _preceded(self, u: Unit, first: int) -> None:
        """ "Un accord d'amitié avait précédé le jumelage en 1984", "The twinning had been
        preceded, in 1990, by a friendship protocol": the act preceded is the one reported
        before (of its kind and pair, with another date); the sentence's date is the act's that
        came first."""
        new = [r for r in self.state.readings[first:] if r.unit == u.index and not r.sibling]
        if len(new) != 2 or new[0].keys != new[1].keys or new[0].type == new[1].type:
            return
        earlier = [r for r in self.state.readings[:first] if not r.sibling]
        known = [
            (r, e)
            for r in new
            for e in earlier
            if e.type == r.type and e.keys == r.keys and e.signed is not None
        ]
        if len(known) != 1:
            return
        ref, before = known[0]
        other = new[1] if new[0] is ref else new[0]
        if ref.signed is None or _compatible(ref.signed, before.signed):
            return
        if other.signed is None:
            other.signed = ref.signed
        self.state.readings.remove(ref)

    def _counterfactual(self, u: Unit) -> bool:
        """A sentence that says what would have happened ("Had it been signed, ... would
        have ..."); a relative clause that describes an act ("the MoU, which would have
        covered ...") does not make its sentence counterfactual."""
        for m in lex.COUNTERFACTUAL_LOW.finditer(self.low, u.start, u.end):
            if not _DESCRIBING.search(self.low, max(u.start, m.start() - 12), m.start()):
                return True
        return False

    def _no_keyword(self, u: Unit) -> None:
        """A sentence without an act's keyword: an act named by a pronoun ("It was renewed in
        2015"), and its topic, found only when a pronoun asks for it."""
        if (
            (self.state.readings or self.resolved)
            and (
                (
                    _ACT_PRONOUN_LOW.match(self.low, u.start, u.end)
                    if self.idx.caseless
                    else _ACT_PRONOUN.match(self.text, u.start, u.end)
                )
                or _THE_TIE_SCAN.search(self.idx, u.start, min(u.end, u.start + 60))
                # "La présidente l'a paraphé le 12 mars", "The Mayor signed it on 3 May"
                or (
                    any(w in self.low[u.start : u.start + 80] for w in _OBJECT_WORDS)
                    and _OBJECT_PRONOUN.search(self.low, u.start, min(u.end, u.start + 80))
                )
                # "Conclu pour trois ans, il couvre ...", "Signed for five years, it ..."
                or _FRONTED_PARTICIPLE.match(self.low, u.start, u.end)
                # "een partnerschap, dat in 2020 werd verlengd", "..., die 2015 erneuert wurde"
                or (
                    self.text[max(0, u.start - 2) : u.start].strip() == ","
                    and _RELATIVE_START.match(self.low, u.start, u.end)
                )
            )
        ):
            self._anaphoric(u)
        self.state.focus.append((u.index, u))

    def _topic(self, u: Unit, actors: list[Actor]) -> None:
        """Remember the sentence's first place or organisation (what "it" refers to next)."""
        actor = self._first_actor(actors)
        if actor is not None:
            readings = self.state.readings
            if readings and readings[-1].unit == u.index and actor.start > u.start:
                # "la Ville a signé un accord avec Wuxi ; elle a renouvelé ...", "it signed an
                # MoU with Wuxi": the subject that names no place is the act's other party,
                # not the partner named first
                made = next(
                    (r for r in reversed(readings) if r.unit == u.index and not r.sibling),
                    None,
                )
                if (
                    made is not None
                    and len(made.keys) == 2
                    and actor.key in made.keys
                    and (
                        lex.PRONOUN.search(self.text, u.start, actor.start)
                        or lex.OUR.search(self.text, u.start, actor.start)
                    )
                ):
                    actor = next(a for a in made.parties if a.key != actor.key)
            self.state.focus.append((u.index, actor))

    def _first_actor(self, actors: list[Actor]) -> Actor | None:
        for a in actors:
            if a.place_kind != "country" and not _is_locative(self.doc, a):
                return a
        return None

    def _focus(self, since: int) -> list[Actor]:
        """The topics of the sentences from unit `since` on, latest first."""
        out = []
        for i in range(len(self.state.focus) - 1, -1, -1):
            idx, item = self.state.focus[i]
            if idx < since:
                break
            if isinstance(item, Unit):
                actor = self._first_actor(self.cast.within(item.start, item.end))
                if actor is None:
                    continue
                self.state.focus[i] = (idx, actor)
                item = actor
            out.append(item)
        return out

    def _anaphoric(self, u: Unit) -> None:
        """ "It was renewed for five years in 2015": a status verb about the last act."""
        last = self._last_told()
        if last is None or last.unit < u.index - 2:
            return
        if any(
            not k.generic
            for n in range(last.unit + 1, min(u.index, len(self.per_unit)))
            for k in self.per_unit[n]
        ):
            # "Un jumelage avec Seattle aurait semblé logique ; il n'a jamais été proposé": the
            # act word between names the act the pronoun is about, though it gave no reading
            return
        # (a new sentence opened by "Die werd ...", "Diese wurde ..." is no relative clause)
        relative = _RELATIVE_START.match(self.low, u.start) is not None and self.text[
            max(0, u.start - 3) : u.start
        ].rstrip()[-1:] not in (".", "!", "?")
        markers = _markers(self.idx, u.start, u.end, [])
        # "..., which had seen no exchanges since 2008, was formally terminated in 2023", "Il
        # a été suspendu en 2008, puis formellement résilié en 2019": the act's predicate,
        # far from the start (the dates before it are not the act's)
        main = next(
            (
                m
                for m in markers
                if m[2] in ("ended", "renewed")
                and m[0] - u.start > 40
                and later_predicate(self.low, u.start, m[0], relative)
            ),
            None,
        )
        if relative and (
            main is None or last.unit != u.index - 1 or not self.per_unit[u.index - 1]
        ):
            # ", which has been in the province since Wednesday": a relative clause is about
            # the act only when it follows the act's own word (or when the main verb after it
            # is the predicate of the act the sentence opened with)
            i = bisect.bisect_left(self.kw_ends, u.start - 30)
            if i >= len(self.kw_ends) or self.kw_ends[i] > u.start:
                return
        first_at = u.start
        if main is not None:
            markers = [m for m in markers if m[0] >= main[0]]
            first_at = max(u.start, self.low.rfind(",", u.start, main[0]), main[0] - 60)
        elif not markers or (
            markers[0][0] - u.start > 40
            and not verb_last_passive(self.low, u.start, markers[0][0])
            and not (
                markers[0][2] in ("renewed", "ended")
                and named_back_late(self.low, u.start, markers[0][0])
            )
        ):
            # "Die Partnerschaft besteht seit 1993": the act's starting date
            since = next(
                (
                    d
                    for d in self.dates.within(u.start, u.end)
                    if d.value is not None
                    and _SINCE.search(self.low, max(u.start, d.start - 12), d.start)
                ),
                None,
            )
            if since is None or since.start - u.start > 60:
                return
            markers = [(since.start, since.start, "signed")]
        lead = next((m for m in markers if m[2] != "signed"), markers[0])
        status = lead[2]
        if status == "not_concluded" and last.status in ("signed", "renewed") and last.signed:
            # "Contacts were put on hold in 2022" after a dated act: a pause, not a failure
            return
        if (
            status == "signed"
            and (last.renewal or last.status == "renewed")
            and not _FIRST_MARK.search(self.low, u.start, u.end)
        ):
            status = "renewed"  # "The document was signed by ...": the renewal just reported
        k = Keyword(lead[0], lead[1], last.type)
        # "..., who arrived in Cork yesterday": a date of the relative clause is not the act's
        rel = _RELATIVE.search(self.low, lead[1], u.end)
        dates = self.dates.within(first_at, rel.start() if rel else u.end)
        parties, kind = self._tie_partner(u, last)
        if not parties:
            return
        signed, ends, duration = self._dates(u, k, u.start, u.end, status, dates, markers, [])
        self.group += 1
        # an act whose parties the resolver chose waits apart with it (`_add_resolved`)
        told = self.resolved if any(r is last for r in self.resolved) else self.state.readings
        told.append(
            _Reading(
                parties,
                kind,
                status,
                True,
                u.index,
                (u.start, u.end),
                self.group,
                renewal=status == "renewed",
                signed=signed,
                duration=duration,
                ends=ends,
                ends_stated=ends is not None
                and not (signed is not None and duration and signed.add_months(duration) == ends),
            )
        )

    def _last_told(self) -> _Reading | None:
        """The act told last, also when the resolver chose its parties ("Am 12. Juni 2013
        unterzeichneten beide eine Freundschaftsvereinbarung; sie wurde 2018 verlängert", "Un
        accord a été signé avec la capitale vietnamienne en 2009 ; il a été renouvelé en
        2021"): those readings wait apart until the whole text is read (`_add_resolved`)."""
        last = self.state.last()
        late = next((r for r in reversed(self.resolved) if not r.sibling), None)
        if late is not None and (last is None or late.unit > last.unit):
            return late
        return last

    def _tie_partner(self, u: Unit, last: _Reading) -> tuple[tuple[Actor, ...], AgreementType]:
        """The act "the tie with X" names: the last act, unless X is another partner; then
        the act of X with the place that owns the acts so far (of their most common kind)."""
        tie = _THE_TIE_SCAN.search(self.idx, u.start, min(u.end, u.start + 60))
        w = _TIE_WITH.match(self.low, tie.end()) if tie is not None else None
        if w is None:
            return last.parties, last.type
        partner = next((a for a in self.cast.within(w.end(), u.end) if a.kind == "place"), None)
        if partner is None or partner.start != w.end() or partner.key in last.keys:
            return last.parties, last.type
        owner = self.state.hub(partner) or self.cast.home_besides(partner)
        if owner is None:
            return (), last.type
        kinds: dict[AgreementType, int] = {}
        for r in self.state.readings:
            if owner.key in r.keys:
                kinds[r.type] = kinds.get(r.type, 0) + 1
        # the most common kind, the first reported among equals
        return (owner, partner), max(kinds, key=lambda t: kinds[t]) if kinds else last.type

    def _trimmed(self, a: Actor, kws: list[Keyword]) -> Actor:
        """An actor that starts inside a keyword ("twin [town of Birmingham]") keeps its name."""
        for k in kws:
            if k.start <= a.start < k.end < a.end:
                at = self.text.find(a.name, k.end, a.end)
                if at >= 0:
                    return a.at(at, at + len(a.name))
        return a

    def _is_act(self, k: Keyword, u: Unit) -> bool:
        i = bisect.bisect_right(self.org_spans, (k.start, 10**9))
        for s, e in self.org_spans[max(0, i - 3) : i + 1]:
            if s <= k.start and k.end <= e and (s, e) != (k.start, k.end):
                return False  # "Sister City Association" (the bare word is no organisation)
        if k.type in ("sister_city", "friendship") and lex.NON_ACT_AFTER_LOW.match(self.low, k.end):
            return False
        if (
            k.type in ("sister_city", "friendship")
            and self._non_act_noun(max(0, k.start - 24), k.start)
            and lex.NON_ACT_BEFORE.search(self.low, max(0, k.start - 24), k.start) is not None
        ):
            return False  # "le comité de jumelage organise ...", "la fête du jumelage"
        if self.low.startswith(_BARE_FRIENDSHIP, k.start) and k.end - k.start <= 12:
            # "the friendship between A and B" names an act only with a status verb ("was
            # sealed", "werd opgezegd", "remonte à"), not "friendship between peoples"
            if not _markers(self.idx, u.start, u.end, []) or _TOPIC_OF.search(
                self.low, max(u.start, k.start - 30), k.start
            ):
                return False  # "Absichtserklärung über eine Freundschaft zwischen ..."
        return not lex.INTEREST_LOW.search(self.low, max(u.start, k.start - 80), k.start)

    def _non_act_noun(self, start: int, end: int) -> bool:
        """Whether low[start:end] may hold a match of `lex.NON_ACT_BEFORE` (one of its stems;
        any text where lower case is not the same as IGNORECASE)."""
        if not self.idx.caseless:
            return True
        window = self.low[start:end]
        return any(stem in window for stem in lex.NON_ACT_BEFORE_STEMS)

    def _without_co_organisers(self, u: Unit, actors: list[Actor]) -> list[Actor]:
        """The actors of the sentence but the co-organisers of an event ("a webinar organized
        by the chamber together with X", "un forum organisé par la chambre en collaboration
        avec X", "een forum dat de kamer samen met X organiseerde", "ein Forum, das die Kammer
        gemeinsam mit X veranstaltet hatte"): X organised the event where the act was signed,
        it is no party of the act."""
        out: list[Actor] = []
        for a in actors:
            if a.kind == "organisation" and _CO_ORGANISER_BEFORE.search(
                self.low, max(u.start, a.start - 30), a.start
            ):
                head = self.low[max(u.start, a.start - 90) : a.start]
                tail = self.low[a.end : min(u.end, a.end + 40)]
                if _ORGANISED_BEFORE.search(head) or _ORGANISED_AFTER.match(tail):
                    self.co_organisers.add(a.start)
                    continue
            out.append(a)
        return out

    def _without_described(self, actors: list[Actor]) -> list[Actor]:
        """The actors without a place named in a clause that describes the region before it
        ("Anhui, deren Hauptstadt Hefei ist": Hefei is no party; see `_DESCRIBED_GAP`)."""
        out: list[Actor] = []
        for a in actors:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == "place"
                and prev.place_kind in ("admin1", "admin2")
                and a.kind == "place"
                and _DESCRIBED_GAP.fullmatch(self.text, prev.end, a.start) is not None
            ):
                continue
            out.append(a)
        return out

    def _without_datelines(self, u: Unit, actors: list[Actor], kws: list[Keyword]) -> list[Actor]:
        if not actors or actors[0].start - u.start > 1:
            return actors
        first = actors[0]
        m = _DATELINE.match(self.text, first.end)
        if not m:
            return actors
        nxt = actors[1] if len(actors) > 1 else None
        if (
            nxt is not None
            and nxt.start == m.end()
            and any(0 <= k.start - nxt.end <= 2 for k in kws)
        ):
            return actors  # "Antwerp - Chongqing sister city"
        return actors[1:]

    def _demonym_actors(self, u: Unit) -> list[Actor]:
        out: list[Actor] = []
        if not self.demonyms:
            return out
        if self._demonym_at is None:
            idx = self.idx
            self._demonym_at = sorted(
                i for w in idx.words & _DEMONYM_FIRSTS for i in idx.word_starts(w)
            )
        i = bisect.bisect_left(self._demonym_at, u.start)
        if i == len(self._demonym_at) or self._demonym_at[i] >= u.end:
            return out  # no demonym in the sentence
        for m in _DEMONYM_SCAN.finditer(self.idx, u.start, u.end):
            nxt = self.text[m.end() : m.end() + 3].lstrip()
            if nxt[:1].isupper() or _NAMED_AFTER_OF.match(self.text, m.end()):
                # "the Chinese city of Xiamen", "la ville chinoise de Wuhu": a description of
                # a named place
                continue
            word = (m.group("d1") or m.group("d2") or "").casefold()
            cc = lex.DEMONYMS.get(word)
            # "de Chinese stad", "the Chinese city": a city, not the province named after it
            town = _TOWN_NOUN.search(self.low, m.start(), m.end()) is not None
            # the partner of the act last reported, if it is of that country; else the last
            # place of that country named
            last = self.state.last()
            target = next(
                (
                    a
                    for a in (last.parties if last else ())
                    if a.kind == "place"
                    and a.country == cc
                    and not (town and a.place_kind == "admin1")
                ),
                None,
            ) or next(
                (
                    a
                    for a in self.cast.before(m.start())
                    if a.kind == "place"
                    and a.country == cc
                    and not (town and a.place_kind == "admin1")
                ),
                None,
            )
            if target is not None:
                out.append(target.at(m.start(), m.end()))
        return out

    def _read_keywords(
        self,
        u: Unit,
        kws: list[Keyword],
        actors: list[Actor],
        titles: dict[int, tuple[int, int]],
        blocked: list[tuple[int, int]],
    ) -> None:
        text = self.text
        title_spans = list(titles.values())
        markers = _markers(self.idx, u.start, u.end, title_spans)
        kws = [k for k in kws if not k.generic or self._generic_ok(k, kws, markers, u)]
        if not kws:
            return
        dates = [
            d
            for d in self.dates.within(u.start, u.end)
            if not any(s <= d.start < e for s, e in title_spans)
        ]
        subject_zone = [a for a in actors if a.end <= kws[0].start]
        subject = [
            a
            for a in subject_zone
            if not _is_locative(self.doc, a)
            and not _ASIDE.search(self.low, max(u.start, a.start - 24), a.start)
            and not _CONFUSED.search(self.low, max(u.start, a.start - 40), a.start)
        ]
        if len(subject) >= 2:
            # "la députée de l'Isère a expliqué que Grenoble avait résilié la convention avec
            # Suzhou": the subject of the reported clause is the act's, not the speaker's
            spans = [(a.start, a.end) for a in subject]
            at = reported_subjects(text, spans, kws[0].start)
            if at < 0 and SUBORDINATOR.search(self.low, subject[0].end, kws[0].start):
                # "travelled to Zhaoqing, where Zhaoqing University signed a cooperation
                # agreement with ...": the subject of the clause where the act was made (an
                # institution too)
                at = reported_subjects(text, spans, kws[0].start, SUBORDINATOR)
                if at >= 0:
                    subject = subject[at:]
                    at = -1
            if at < 0 and text.find(":", subject[0].end, kws[0].start) >= 0:
                # "A steht damit nicht allein: Der Kanton B pflegt Partnerschaften mit ...":
                # the subject of the clause after the colon
                at = colon_subjects(text, spans, kws[0].start)
            if at >= 0 and subject[at].kind == "place":
                subject = subject[at:]
        if subject and text.find(":", subject[-1].end, kws[0].start) >= 0:
            # "Tilburg is in China, met een missie uit Noord-Brabant: de provincie heeft zelf
            # een vriendschapsband met X": the clause after the colon names its own
            # subject by the document's region (or city), not the place before the colon
            colon = text.rfind(":", subject[-1].end, kws[0].start)
            sp = colon + 1
            while sp < kws[0].start and text[sp] in " \t":
                sp += 1
            the_city = _THE_CITY.match(text, sp)
            if _THE_REGION.match(text, sp) is not None or (
                the_city is not None and _CITY_NAMED.match(text, the_city.end()) is None
            ):
                subject = []
        if not subject and subject_zone:
            # "In Lübeck dagegen kam eine Absichtserklärung mit Lanzhou nicht zustande": a town
            # that opens the sentence with no other subject is the party, not a venue
            opener = subject_zone[0]
            if (
                len([a for a in subject_zone if a.kind == "place"]) == 1
                and opener.kind == "place"
                and opener.place_kind != "country"
                and _FRONTED_IN.fullmatch(self.text, u.start, opener.start)
                and _FRONTED_IN_AFTER.match(self.low, opener.end)
            ):
                subject = [opener]
        both = _BOTH.finditer(self.idx, u.start, u.end) if self.pairs else []
        owner_place = next((a for a in subject if a.kind == "place"), None)
        if owner_place is not None and any(_plural(text[k.start : k.end]) for k in kws):
            # "Portland, Oregon has nine sister cities.": the owner of the entries below
            self.list_owner = (u.index, owner_place)
        # "Xiamen (1983, friendship city)": a kind in brackets after a partner is its kind
        retype: dict[int, AgreementType] = {}
        kept: list[Keyword] = []
        for k in kws:
            opening = text.rfind("(", u.start, k.start)
            if opening >= 0 and ")" not in text[opening : k.start] and kept:
                before = [a for a in actors if a.end <= opening and opening - a.end <= 3]
                if before and text.find(")", k.end, u.end) >= 0:
                    retype[before[-1].start] = k.type
                    continue
            kept.append(k)
        kws = _without_abbreviations(text, kept)
        # "Weert zegde in 2023 de zusterrelatie met Yuhang op, en Eindhoven verbrak in 2022 de
        # vriendschapsrelatie met Nanjing": clauses of their own subject, each with its act
        heads = [
            a
            for a in actors
            if a.government
            or (a.kind == "place" and a.place_kind != "country")
            # "..., and the University of Alberta signed a memorandum with ...": an
            # institution is the subject of a clause too
            or (a.kind == "organisation" and a.org_kind in _INSTITUTIONS)
        ]
        clauses = (
            own_subject_clauses(
                text, [(k.start, k.end) for k in kws], [(a.start, a.end) for a in heads], u.end
            )
            if heads
            and (text.find(",", kws[0].end, u.end) >= 0 or text.find(";", kws[0].end, u.end) >= 0)
            else {}
        )
        prev_parties: list[list[Actor]] = []
        for j, k in enumerate(kws):
            zone_end = kws[j + 1].start if j + 1 < len(kws) else u.end
            n = j
            while n + 1 < len(kws) and _COORD.fullmatch(text, kws[n].end, kws[n + 1].start):
                # "twinning links or friendship links with ...": shared partners
                n += 1
                zone_end = kws[n + 1].start if n + 1 < len(kws) else u.end
            pre_start = kws[j - 1].end if j else u.start
            own_subject = subject
            for jj, (comma, _) in clauses.items():
                if jj > j and k.end <= comma < zone_end:
                    zone_end = comma  # the act's clause ends where the next subject's begins
            if j in clauses:
                pre_start, own_subject = clauses[j][0], [heads[clauses[j][1]]]
                second = coordinated_subject(text, [(a.start, a.end) for a in heads], clauses[j][1])
                if second >= 0:
                    # "..., and the City of Greater Bendigo and Tianshui renewed ...": a pair
                    own_subject = [heads[clauses[j][1]], heads[second]]
            # "... plan to sign X once the Y expires": a subordinate clause has its own status
            floor = pre_start if j and _SUBORDINATE.search(self.low, pre_start, k.start) else 0
            mine = markers
            if j + 1 < len(kws):
                # "Renewal of [the] Memorandum": the marker belongs to the next keyword
                nxt = kws[j + 1].start
                mine = [
                    m
                    for m in markers
                    if not (
                        k.end <= m[0] < nxt
                        and (
                            _OF.fullmatch(self.low, m[1], nxt)
                            or _STEP_TO.match(self.low, m[0])
                            or (
                                kws[j + 1].generic and _POSSESSED_GAP.fullmatch(self.low, m[1], nxt)
                            )
                            or _governs_next(self.low, k.end, m, nxt)
                        )
                    )
                ]
            if j:
                # "The new MoU renews the first memorandum, which was signed in 2019", "Het
                # akkoord verlengt de overeenkomst van 2015": the verb between two acts' words
                # is the first act's (its subject), the second is its object
                mine = [
                    m for m in mine if not _subject_act_verb(self.low, kws[j - 1].end, m, k.start)
                ]
            if any(m[2] == "planned" and future_topic(self.low, k.end, m[0], m[1]) for m in mine):
                # "eine Absichtserklärung über die künftige Zusammenarbeit", "a letter of
                # intent for future friendly relations": the act's topic, not its status
                mine = [
                    m
                    for m in mine
                    if not (m[2] == "planned" and future_topic(self.low, k.end, m[0], m[1]))
                ]
            if any(m[0] >= k.end and m[2] == "ended" for m in mine):
                # "to replace the expired memorandum of 2016": an adjective of another act
                mine = [m for m in mine if not self._marks_other_act(m, k)]
            denied = _KW_DENIED.search(self.low, max(pre_start, k.start - 24), k.start)
            declined = False
            if denied is not None and not denied.group(1):
                if not _DECLINED_AFTER.search(self.low, k.end, min(zone_end, k.end + 80)):
                    continue  # "Kiel and Lyon are not twinned", "keine Partnerstädte": no act
                # "beschließt, keine Städtepartnerschaft mit Ganzhou einzugehen", "besloot geen
                # stedenband met Suzhou aan te gaan": an act declined, not concluded
                declined = True
            status, strong, renewal = _status(mine, k, zone_end, floor, self.low)
            if (
                status == "planned"
                and not renewal
                and not any(m[2] == "planned" and 0 <= k.start - m[1] <= 20 for m in mine)
                and standing_since(
                    self.low, self.dates.within(k.end, min(zone_end, k.end + 60)), k.end, zone_end
                )
            ):
                # "Im Vordergrund sollen ... die Städtepartnerschaften von Lünen mit Dinard (seit
                # 1983) ... stehen", "CONSIDÉRANT que Vienne ... est jumelée depuis 1979 avec
                # ...": a tie that has stood since a year, not the plan of its sentence
                status, strong = "signed", True
            if declined:
                status, strong, renewal = "not_concluded", True, False
            elif denied is not None:
                status, strong = "ended", True  # "are no longer twinned", "nicht mehr"
            elif k.start in self.in_view:
                status, strong, renewal = "planned", True, False  # "en vue d'un accord-cadre"
            if status == "ended" and _NEGOTIATION.search(
                self.low, max(pre_start, k.start - 60), k.start
            ):
                status = "not_concluded"  # the talks about an act ended: it was not concluded
            prior = [m for m in mine if m[1] <= k.start and m[0] >= pre_start]
            first_time = bool(
                prior
                and prior[-1][2] == "signed"
                and _FIRST_MARK.search(self.low, max(u.start, prior[-1][0] - 16), prior[-1][1] + 28)
            )
            # "Signée pour la première fois le 12 novembre 2010, l'Entente est renouvelée pour
            # cinq ans": the first signing fronted, the renewal (and its term) the main verb's
            renewed_after_first = (
                first_time
                and status == "renewed"
                and any(
                    m[2] == "renewed"
                    and k.end <= m[0] < zone_end
                    # a verb ("est renouvelée", "was renewed"), not a noun ("and the renewal")
                    and not _RENEWAL_NOUN.match(self.low, m[0])
                    for m in mine
                )
            )
            first_time = first_time or bool(
                _ORIGINAL.search(self.low, max(pre_start, k.start - 16), k.start)
            )
            if (
                not first_time
                and not any(m[2] == "renewed" for m in prior)
                and (k.generic or _definite_at(self.low, u.start, k.start))
            ):
                # "Das Memorandum war erstmals im Jahr 2014 unterzeichnet worden."
                first_time = bool(
                    any(m[2] == "signed" and k.end <= m[0] < zone_end for m in mine)
                    and _FIRST_MARK.search(self.low, k.end, zone_end)
                )
            if (
                first_time
                and status == "ended"
                and ended_in_relative(self.low, mine, k.end, zone_end)
            ):
                # "first signed a memorandum in 2016, which lapsed in 2019": its own end
                first_time = False
            if first_time and not renewed_after_first:
                # "The two cities first signed the agreement in 2005, and the renewal ...": the
                # original act, whatever the rest of the sentence says
                status, strong, renewal = "signed", True, False
            if status == "planned" and not renewal:
                renewal = any(
                    k.start - 40 <= m[0] < min(k.end + 50, zone_end)
                    and m[0] != k.start
                    and _RENEW_STEM.search(self.low, m[0], m[1])
                    for m in mine
                )
            new_act = False
            if status == "planned" and not renewal:
                # "een nieuw akkoord moet in 2025 getekend worden": a further act, kept apart
                # from the one the same parties signed before
                new_act = renewal = bool(
                    _NEW_ACT.search(self.low, max(u.start, k.start - 16), k.start)
                )
            title_end = titles[k.start][1] if k.start in titles else k.end
            sets, siblings = self._parties(
                u, k, j, kws, zone_end, actors, own_subject, both, title_end
            )
            inline = self._inline_pair(u, k) if self.pair_lines else None
            if inline is not None:
                # "Port Autonome de Lomé/Port de Lianyungang (Chine), accord de jumelage signé
                # le 9 septembre 2019 ;": a list line that opens with its pair
                sets = [inline]
            via_item = False
            kind: AgreementType = k.type
            referred: _Reading | None = None  # the act a definite "the agreement" names
            definite = _DEFINITE.search(self.low, max(u.start, k.start - 24), k.start)
            if k.generic or self.low.startswith(
                ("partnerschaft", "partnership", "partnerschap", "ties", "link"), k.start
            ):
                # "renewed their student exchange agreement": between places, or between
                # institutions (universities, chambers, ports), never companies
                sets = [
                    ps
                    for ps in sets
                    if all(a.kind == "place" or a.government for a in ps)
                    or (k.generic and all(a.org_kind in _INSTITUTIONS for a in ps))
                ]
                possessed = (
                    j
                    and not kws[j - 1].generic
                    and _POSSESSED.search(self.low, max(u.start, k.start - 24), k.start)
                )
                latest = self.state.last()
                between_orgs = (
                    bool(sets)
                    and (latest is None or {a.key for a in sets[0]} != set(latest.keys))
                    and any(
                        _ORG_NOUNS.search(m.group().casefold()) is not None
                        and _BETWEEN_ANAPHOR.fullmatch(text, k.end, m.start()) is not None
                        for m in both
                        if k.end <= m.start() < zone_end
                    )
                )
                # "Le même jour, l'École ... de Limoges et l'Université ... de Jingdezhen ont
                # renouvelé l'accord d'échange": a pair that opens the clause as the subject of
                # the act's verb owns "the agreement", not the act reported last
                own_pair = (
                    len(sets) == 1
                    and len(sets[0]) == 2
                    and (latest is None or {a.key for a in sets[0]} != set(latest.keys))
                    and all(pre_start <= a.start and a.end <= k.start for a in sets[0])
                    and len(_group(text, list(sets[0]))) == 2
                    and _subject_pair_verb(self.low, sets[0][1].end, k.start, k.end, zone_end)
                )
                if (definite or possessed) and k.generic and not between_orgs and not own_pair:
                    # "the agreement": the act reported last, whatever its kind ("the
                    # memorandum": the last memorandum; "the Beijing agreement": the last act
                    # with Beijing)
                    modifier = next(
                        (a for a in actors if a.end <= k.start and k.start - a.end <= 3), None
                    )
                    if modifier is None and _NAMED_AFTER_PREP.match(text, k.end, zone_end):
                        # "the agreement with Lviv": the last act with Lviv, not the last act
                        modifier = next(
                            (
                                a
                                for a in actors
                                if k.end < a.start <= k.end + 30
                                and _NAMED_AFTER_PREP.match(text, k.end, a.start + 1)
                            ),
                            None,
                        )
                    last = (
                        self.state.last(k.type) or self.state.last()
                        if k.type != "cooperation_agreement"
                        else self.state.last()
                    )
                    newest = self._the_new(u, k) if last is not None and modifier is None else None
                    last = newest or last
                    if (
                        last is not None
                        and last.strong
                        and last.status in ("planned", "not_concluded")
                        and status in ("signed", "renewed")
                    ):
                        # "... signed a friendship agreement, a first step towards a sister
                        # relationship. The agreement was signed at ...": the act made, not the
                        # one hoped for
                        made = next(
                            (
                                r
                                for r in reversed(self.state.readings)
                                if not r.sibling
                                and r.unit >= u.index - 3
                                and r.status not in ("planned", "not_concluded")
                            ),
                            None,
                        )
                        last = made or last
                    if last is not None and modifier is None and self.state.in_list(last):
                        # "... with Amiens (1990), Celle (1992) and Utsunomiya (1992). The
                        # proposed agreement ...": one act of a list is not "the agreement"
                        last = next(
                            (
                                r
                                for r in reversed(self.state.readings)
                                if not r.sibling and not self.state.in_list(r)
                            ),
                            None,
                        )
                    if modifier is not None:
                        last = next(
                            (
                                r
                                for r in reversed(self.state.readings)
                                if not r.sibling and modifier.key in r.keys
                            ),
                            None if modifier.start > k.start else last,
                        )
                    own_act = (
                        last is None
                        and modifier is not None
                        and modifier.start > k.start
                        and strong
                        and status in ("ended", "not_concluded", "planned")
                        and bool(sets)
                        and all(any(a.key == modifier.key for a in ps) for ps in sets)
                    )
                    # "Het akkoord met Wuhan University uit 2009 liep af", "the agreement with
                    # the Port of Busan expired", "l'accord avec X a pris fin": a partner no act
                    # named before, an act of its own (with the owner the clause implies)
                    if not own_act and (
                        last is None
                        or (last.unit < u.index - 3 and modifier is None and last is not newest)
                    ):
                        continue
                    if last is not None:
                        sets, kind = [list(last.parties)], last.type
                        referred = last
                        if (
                            k.type != last.type
                            and k.type != "cooperation_agreement"
                            and _EARLIER.search(self.low, max(u.start, k.start - 24), k.start)
                        ):
                            # "Zuid-Holland en Hebei sloten in 2007 een vriendschapsrelatie. Het
                            # vorige memorandum ... is afgelopen": an earlier act of the same
                            # parties, of the kind its word names, not the act just reported
                            kind, referred = k.type, None
            if not sets and k.start in titles:
                # "guided by the “Alberta-Heilongjiang Cooperation Action Plan 2019-2023”": the
                # parties its title names
                named = _dedupe(
                    [a for a in self.cast.within(*titles[k.start]) if a.kind == "place"]
                )
                if len(named) == 2:
                    sets = [named]
            if not sets and prev_parties:
                sets = prev_parties
                if len(sets) > 1 and _NAMED_AFTER_PREP.match(text, k.end, zone_end):
                    # "signed sister port agreements with Esbjerg and Stavanger, and it renewed
                    # its partnership with Esbjerg": the partner the act's own clause names
                    after = [
                        a
                        for a in actors
                        if k.end < a.start <= k.end + 30
                        and _NAMED_AFTER_PREP.match(text, k.end, a.start + 1)
                    ]
                    named_sets = [
                        ps
                        for ps in sets
                        if any(p.key == a.key or _nested(a, p) for p in ps for a in after)
                    ]
                    if named_sets:
                        sets = named_sets
            if not sets:
                # "Since the signing of the friendship agreement in 2011, Leeds and Hangzhou
                # have ...", "Seit der Unterzeichnung des Freundschaftsvertrages pflegen beide
                # Städte ...": the subject of the main clause after a fronted signing
                sets = self._fronted_signing(u, k, zone_end, actors, both)
            named_after = [a for a in actors if a.start >= k.end and a.start - k.end <= 40]
            last_same = self.state.last(k.type)
            named_unknown = bool(_NAMED_AFTER_PREP.match(text, k.end, zone_end)) and (
                not named_after
                or last_same is None
                or not any(a.key in last_same.keys for a in named_after)
            )
            if not sets and definite and not named_unknown and not _plural(text[k.start : k.end]):
                # "Le jumelage avait été renouvelé": the act of that kind reported last
                last = self.state.last(k.type)
                if last is not None and self._new_item_since(last):
                    last = None  # "Izumiotsu, Japan" over "The sister city agreement ...": its own
                if last is not None and last.unit >= u.index - 3:
                    sets = [list(last.parties)]
                    referred = last
                elif _EARLIER.search(self.low, max(u.start, k.start - 24), k.start):
                    # "La précédente convention de coopération, signée ...": an earlier act
                    # of the places of the act just reported
                    last = self.state.last()
                    if (
                        last is not None
                        and last.unit >= u.index - 3
                        and all(a.kind == "place" for a in last.parties)
                    ):
                        sets = [list(last.parties)]
            if referred is not None and referred.renewal and status == "signed" and not first_time:
                # "La nouvelle entente, conclue pour quatre ans": the renewal just reported
                status, strong, renewal = "renewed", True, True
            if (
                not sets
                and self.state.readings
                and self.state.readings[-1].unit == u.index - 1
                and _RELATIVE_START.match(self.low, u.start)
            ):
                # "..., which was upgraded to a sister city relationship in 2001": the parties
                # of the act of the clause before
                sets = [list(self.state.readings[-1].parties)]
            if not sets and not k.generic and not any(a.kind == "place" for a in actors):
                # "Stedenband sinds 1995." under "Sittard-Geleen – Masvingo (Zimbabwe)": the
                # pair of the entry's line
                entry = self._entry_pair(u)
                if entry is not None:
                    sets = [entry]
            if not sets and not k.generic and self.item is not None:
                # "Sister city since 1981." under "2. Los Angeles, United States"
                partner = self.item[1]
                owner = self.cast.home_besides(partner)
                if (
                    self.list_owner is not None
                    and self.list_owner[1].key != partner.key
                    and 0 <= self.item[0] - self.list_owner[0] <= 60
                ):
                    owner = self.list_owner[1]
                if owner is not None and not any(a.kind == "place" for a in actors):
                    sets = [[owner, partner]]
                    via_item = True
            if (
                not sets
                and not actors
                and strong
                and status in ("not_concluded", "planned")
                and (
                    not k.generic
                    or _INDEFINITE_QUALIFIED.search(self.low, max(u.start, k.start - 48), k.start)
                    is not None
                )
                and not _plural(text[k.start : k.end])
                and not _PLACE_WORD.search(self.low, k.start, k.end)
                and not _INDEFINITE_PARTNER.match(self.low, k.end)
            ):
                # "Talks on a twinning did not lead to an agreement.", "Ein Memorandum ist noch
                # nicht unterzeichnet.", "A student exchange agreement is to be finalized next
                # year", "Un accord d'échange sera signé en 2026": a further act of the parties
                # just reported
                last = self.state.last()
                if last is not None and last.unit >= u.index - 2:
                    sets = [list(last.parties)]
                    if k.generic and status == "planned":
                        # "a student exchange agreement" after the act just signed: one more
                        # act of theirs, kept apart from it (as "a new agreement" is)
                        new_act = renewal = True
            named = [a for a in actors if not self._common_noun(a)]
            if (
                not sets
                and k.generic
                and strong
                and status in ("planned", "not_concluded", "ended")
                and len(named) == 1
                and not _plural(text[k.start : k.end])
                and not _is_locative(self.doc, named[0])
            ):
                # "Met Fudan University lopen nog gesprekken over een gelijkaardig akkoord",
                # "With Fudan University an agreement is being negotiated": a partner no act
                # named before, with the party that owns the acts reported so far
                owner = self.state.owner(named[0])
                if owner is not None:
                    sets = [[owner, named[0]]]
            if (
                not sets
                and not named
                and status == "signed"
                and (
                    not k.generic
                    # "In 2015 werd ook een overeenkomst over havens getekend": a word like
                    # "agreement" said to be one more
                    or _ALSO.search(self.low, u.start, u.end) is not None
                    or self._followed_act(u, k)
                )
                and not _plural(text[k.start : k.end])
                and _INDEFINITE_ACT.search(self.low, max(u.start, k.start - 8), k.start)
                and not self._named_besides(u, blocked)
                and (
                    (strong and _PASSIVE_AUX.search(self.low, u.start, u.end) is not None)
                    or self._followed_act(u, k)
                )
                and _BOTH_SEARCHED.search(self.low, u.start, u.end) is None
                and _WITH_SOMEONE.search(self.low, k.end, u.end) is None
            ):
                # "In 2018 werd nog een intentieverklaring getekend", "A letter of intent was
                # also signed in 2018": an act of the one pair the text has reported so far
                pair = self._only_pair(u.index)
                if pair is not None:
                    sets = [pair]
            if (
                not sets
                and not named
                and status == "planned"
                and strong
                and not _plural(text[k.start : k.end])
                and self._further_act(u, k)
                and not self._named_besides(u, blocked)
                and _WITH_SOMEONE.search(self.low, k.end, u.end) is None
            ):
                # "Eine weitere Vereinbarung ... soll im Sommer unterzeichnet werden", "Daar zal
                # dan ook een tweede akkoord worden getekend", "Un accord
                # de double diplôme sera soumis au conseil": an act still to come of the pair
                # whose act the sentence before reported
                pair = self._pair_just_before(u.index)
                if pair is not None:
                    sets = [pair]
            if (
                not sets
                and not named
                and strong
                and status in ("signed", "renewed", "ended")
                and not k.generic
                and not _plural(text[k.start : k.end])
                and not self._named_besides(u, blocked)
                and _BOTH_SEARCHED.search(self.low, u.start, u.end) is None
                and _WITH_SOMEONE.search(self.low, k.end, u.end) is None
            ):
                # "Partnership with Hangzhou" or "Geelong and Changzhou" over "1986: Friendship
                # agreement signed.": the pair the heading above names
                pair = self._heading_pair(u)
                if pair is not None:
                    sets = [pair]
            resolved_from = -1
            if not sets:
                sets = self._resolved(u, k, strong, dates)
                resolved_from = len(self.state.readings)
            if sets and self.low.startswith("schulpartnerschaft", k.start):
                # "Die Realschule von Bocholt hat eine Schulpartnerschaft mit einer Schule in
                # Wuxi": a school twinning binds two schools, never their towns
                sets = [
                    ps
                    for ps in sets
                    if all(a.kind == "organisation" and not a.government for a in ps)
                ]
            if not sets:
                continue
            if resolved_from < 0:
                prev_parties = sets
            title = None
            if k.start in titles:
                s, e = titles[k.start]
                title = " ".join(text[s:e].split()).strip(" .,;:")
            original: PartialDate | None = None
            original_term: int | None = None
            skip = blocked
            # "die in 2012 een vriendschapsakkoord sloot en dat akkoord in 2022 verlengde",
            # "2013 ... geschlossen und diese 2023 verlängert": the signing's conjunct dates
            # the original act, the renewal's conjunct the renewal
            split = self._coordinated_renewal(k, mine, status, pre_start, zone_end, dates, blocked)
            if split is not None:
                original = split[0]
                skip = [*blocked, split[1]]
            if status == "renewed" or (status == "planned" and renewal and not new_act):
                # "renewed their agreement, first signed in 2005", "l'entente signée en 2017",
                # "approuve le renouvellement de la charte signée le 14 mai 2018":
                # the original act too, and its date is not the renewal's
                first = (
                    _FIRST_SIGNED.search(self.low, k.end, zone_end) if original is None else None
                )
                if first is not None and renewal_named(self.low, k.start, k.end):
                    first = None  # "The renewed agreement was signed on ...": the renewal's
                if first is not None:
                    d0 = date_near(self.dates.within(first.start(), zone_end), first.end())
                    # "am 3. Mai 1990 unterzeichnet und 2015 erneuert", "in 1999 aangegaan, werd
                    # in 2023 verlengd": the verb comes after its date
                    d1 = next(
                        (
                            d
                            for d in reversed(self.dates.within(k.end, first.start()))
                            if d.end <= first.start()
                            and not self.low[d.end : first.start()].strip()
                        ),
                        None,
                    )
                    if d1 is not None and d1.value is not None:
                        d0 = d1
                    if (
                        d0 is not None
                        and d0.value is not None
                        and (
                            d0.start - first.end() <= 12
                            # "first signed by the two colleges in 2018", "signée par les deux
                            # universités en 2010": the signing's agent, then its date
                            or _AGENT_THEN_DATE.fullmatch(self.low, first.end(), d0.start)
                            is not None
                        )
                    ):
                        original = d0.value
                        skip = [*blocked, (d0.start, d0.end)]
                renew = next((m for m in mine if m[2] == "renewed" and m[0] >= k.end), None)
                and_verb = (
                    _AND_VERB.search(self.low, k.end, renew[0])
                    if renew is not None and original is None and prior
                    else None
                )
                if (
                    original is None
                    and renew is not None
                    and prior
                    and prior[-1][2] == "signed"
                    and (
                        (
                            self.low[renew[0] - 2 : renew[0]].strip() in (",", "")
                            and "," in self.low[k.end : renew[0]]
                        )
                        # "formalised their partnership in 1946 and renewed it in 1996"
                        or and_verb is not None
                        or renewed_after_first
                    )
                ):
                    # "ont signé un accord de coopération en 2012, renouvelé en 2018": the
                    # signing before the keyword and the renewal in the participle after it
                    # (a date after "and" is the renewal's: "et en 2021 l'accord a été
                    # renouvelé")
                    first_end = and_verb.start() if and_verb is not None else renew[0]
                    d0 = date_near(
                        [d for d in dates if d.end <= first_end], prior[-1][1], skip=blocked
                    )
                    if d0 is not None and d0.value is not None:
                        original = d0.value
                        skip = [*blocked, (d0.start, d0.end)]
                if original is None and renew is not None and status == "renewed":
                    # "En 2015, ... une convention de partenariat, reconduite en 2020 pour cinq
                    # ans", "In 2015 ... an agreement on tourism, renewed in 2020", "..., in
                    # 2020 verlengd", "..., 2020 um fünf Jahre verlängert": a participle after a
                    # comma with a later date of its own renews the act of the earlier date
                    d0 = renewed_in_apposition(
                        self.low, dates, u.start, k.start, k.end, renew, zone_end
                    )
                    if d0 is not None and d0.value is not None:
                        original = d0.value
                        skip = [*blocked, (d0.start, d0.end)]
                if original is None and renew is not None:
                    # "Rouen et Norwich, jumelées depuis 1959, ont renouvelé leur charte en
                    # 2009": the date the tie runs from is the original's, when the renewal
                    # has a date of its own after its verb
                    since = next(
                        (
                            d
                            for d in dates
                            if d.value is not None
                            and pre_start <= d.start
                            and d.end <= renew[0]
                            and _SINCE.search(self.low, max(u.start, d.start - 12), d.start)
                        ),
                        None,
                    )
                    if since is not None and any(
                        d.start >= renew[1] and d.value is not None and d.value != since.value
                        for d in dates
                    ):
                        original = since.value
                        skip = [*blocked, (since.start, since.end)]
                if original is None and status == "renewed":
                    # "Signée pour la première fois le 12 novembre 2010, l'Entente est
                    # renouvelée", "First signed in 2010, the MoU was renewed": the fronted
                    # clause dates the original act
                    d0 = self._fronted_first(u, k)
                    if d0 is not None and d0.value is not None:
                        original = d0.value
                        skip = [*blocked, (d0.start, d0.end)]
                if (
                    original is None
                    and status == "renewed"
                    and not (
                        resolved_from < 0
                        and all(u.start <= a.start < u.end for ps in sets for a in ps)
                    )
                ):
                    # "Op maandag 10 november werd bij de Ocean University ... het memorandum
                    # uit 2019 met vijf jaar verlengd": with a party only guessed no original
                    # act is made, but the year the noun carries is still not the renewal's
                    d0 = origin_date(self.low, dates, k.start, k.end, pre_start, zone_end)
                    if d0 is not None and any(
                        d is not d0 and d.value is not None and pre_start <= d.start < zone_end
                        for d in dates
                    ):
                        skip = [*blocked, (d0.start, d0.end)]
                    elif (
                        d0 is not None
                        and d0.value is not None
                        and status == "renewed"
                        and _BOTH_SEARCHED.search(self.low, pre_start, k.start) is not None
                    ):
                        # "Beide Seiten verlängerten das 2015 geschlossene Abkommen", "Both
                        # sides renewed the 2019 agreement": the pair just reported renews the
                        # act of the noun's year; the renewal's day is told elsewhere
                        original = d0.value
                        skip = [*blocked, (d0.start, d0.end)]
                if (
                    original is None
                    # "is to re-sign the 1996 memorandum on Thursday": a renewal to come
                    and (status == "renewed" or (status == "planned" and renewal))
                    # (when the sentence names both parties, or names the partner and the
                    # owner is implied, read by the rules or the resolver: "werd bij de Ocean
                    # University of China het memorandum uit 2019 verlengd" in a university's
                    # news)
                    and all(any(u.start <= a.start < u.end for a in ps) for ps in sets)
                ):
                    # "die Kooperationsvereinbarung aus dem Jahr 2012 wurde ... verlängert",
                    # "the 2010 agreement was renewed", "het sinds 2010 bestaande akkoord werd
                    # verlengd", "l'accord de 2010 a été renouvelé": the year the act's noun
                    # carries is the original's, a renewal's date is another (when the
                    # sentence names both parties: no original act between guessed ones)
                    d0 = origin_date(self.low, dates, k.start, k.end, pre_start, zone_end)
                    if d0 is not None and d0.value is not None:
                        original = d0.value
                        skip = [*blocked, (d0.start, d0.end)]
            own_dates = dates
            if j:
                # "signed an MoU in 2016, and a sister city agreement followed in 2019": the
                # dates of the clause before belong to the act before
                cut = _last_clause_break(self.low, kws[j - 1].end, k.start)
                if cut is None:
                    # "an MoU with Hangzhou in 2015 and a friendship agreement with Xi'an in
                    # 2017": a date after the act before, then "and", belongs to that act
                    conjs = list(_AND_THEN.finditer(self.low, kws[j - 1].end, k.start))
                    conj = conjs[-1] if conjs else None
                    if conj is not None and any(
                        kws[j - 1].end <= d.start < conj.start() for d in dates
                    ):
                        cut = conj.end()
                if cut is not None:
                    own_dates = [d for d in dates if d.start >= cut]
            signed, ends, duration = self._dates(
                u, k, pre_start, zone_end, status, own_dates, markers, skip, strong
            )
            if via_item and signed is None and status == "signed":
                # "Relationship: Sister city" then "Established: 19 September 1980"
                signed = self._label_date(u.start, u.end)
            if j and signed is None and status in ("signed", "renewed"):
                signed = self._coordinated_date(u, kws[j - 1], k, dates)
                if signed is not None and duration and ends is None:
                    ends = signed.add_months(duration)
            if original is not None and status == "renewed":
                # "paraphé en 2012 et renouvelé en 2017", "ont renouvelé leur charte en 2009":
                # the renewal's date is the one next to its verb
                again = self._next_to_renewal(
                    mine, split[2][1] if split is not None else k.end, zone_end, original
                )
                if again is not None:
                    signed = again
                    ends = again.add_months(duration) if duration else ends
            if split is not None:
                # "signée en 2014 pour quatre ans et renouvelée en 2018": the term of each
                # conjunct is its own verb's
                first_term = _duration(self.low, max(pre_start, k.start - 60), split[2][0], blocked)
                own_term = _duration(self.low, split[2][1], zone_end, blocked)
                if own_term != duration:
                    if (
                        duration is not None
                        and signed is not None
                        and ends == signed.add_months(duration)
                    ):
                        ends = None
                    duration = own_term
                    if duration is not None and signed is not None:
                        ends = signed.add_months(duration)
                original_term = first_term
            if status in ("signed", "renewed") and self._future(signed, dates, pre_start, zone_end):
                if signed is not None and _past_signing(self.low, mine, pre_start, zone_end):
                    # "Daar tekende de UT een overeenkomst voor een programma dat in september
                    # van start gaat", "ondertekenden een programma voor de jaren 2026 tot en
                    # met 2028": a signing told in the past; the date to come is another's
                    signed, ends = None, None
                elif (
                    signed is None
                    and status == "signed"
                    and self._coming_in_relative(k, dates, mine, pre_start, zone_end)
                ):
                    # "unterzeichneten eine Absichtserklärung, die 2027 in eine förmliche
                    # Städtepartnerschaft münden soll", "ont signé ensemble une lettre
                    # d'intention qui doit déboucher l'an prochain sur un jumelage": the date
                    # to come is that of what the signed act leads to
                    pass
                else:
                    # "which could be signed early next year", "le jumelage l'an prochain"
                    status, strong, signed, ends = "planned", True, None, None
            if (
                status == "signed"
                and signed is None
                and not self.idx.words.isdisjoint(_PRESENT_SIGNING_WORDS)
                and _PRESENT_SIGNING.search(self.low, u.start, zone_end) is not None
                and self._coming_frame(u.start)
            ):
                # "Tijdens het seminar ondertekenen Mechelen en Jiaxing een intentieverklaring",
                # "In Shanghai tekent de universiteit een memorandum", "the mayor signs": a
                # signing in the present tense of an announced trip or event still to come
                status, strong = "planned", True
            if duration is None and k.start in titles:
                # "Action Plan 2024-2026": the span in the title is the act's term
                s0, e0 = titles[k.start]
                term = next((d for d in self.dates.within(s0, e0) if d.end_value), None)
                if term is not None and term.value is not None and term.end_value is not None:
                    duration = _range_months(term.value, term.end_value)
                    ends = term.end_value if status != "planned" else None
            self.group += 1
            self.group_keyword[self.group] = k.start
            span = (max(u.start, k.start - 400), min(u.end, zone_end + 400))
            if original is not None:
                for parties in sets:
                    self.state.readings.append(
                        _Reading(
                            tuple(parties),
                            k.type,
                            "signed",
                            True,
                            u.index,
                            span,
                            self.group,
                            signed=original,
                            duration=original_term,
                            ends=(
                                original.add_months(original_term)
                                if original_term is not None
                                else None
                            ),
                        )
                    )
            own = (
                self._partner_dates(sets, k.end, zone_end, dates)
                if status not in ("planned", "ended", "not_concluded")
                # coordinated pairs before the act word share its date
                and not (len(sets) > 1 and all(p.end <= k.start for ps in sets for p in ps))
                else None
            )
            for n, parties in enumerate(sets):
                one_signed, one_ends = signed, ends
                if own is not None:
                    one_signed = own[n]
                    one_ends = one_signed.add_months(duration) if one_signed and duration else None
                one_kind = retype.get(parties[-1].start, kind)
                if (
                    one_kind == "sister_city"
                    and self.low.startswith(_PARTNERSHIP_WORDS, k.start)
                    and all(
                        a.kind == "organisation"
                        and a.org_kind in _INSTITUTIONS
                        and not a.government
                        for a in parties
                    )
                    # "signed sister port agreements with the Port of Esbjerg ..., and it renewed
                    # its partnership with Esbjerg": the tie of the act it renews
                    and not any(
                        r.type == "sister_city" and r.keys == {a.key for a in parties}
                        for r in self.state.readings
                    )
                ):
                    # "renewed its partnership with the Port of Esbjerg": a partnership, a sister
                    # city tie only between places, is a cooperation of two institutions
                    one_kind = "cooperation_agreement"
                self.state.readings.append(
                    _Reading(
                        tuple(parties),
                        one_kind,
                        status,
                        strong,
                        u.index,
                        span,
                        self.group,
                        generic=k.generic,
                        renewal=renewal,
                        title=title,
                        signed=one_signed,
                        duration=duration,
                        ends=one_ends,
                        ends_stated=one_ends is not None
                        and not (
                            one_signed is not None
                            and duration is not None
                            and one_signed.add_months(duration) == one_ends
                        ),
                    )
                )
            for partner, other in siblings:
                self.state.readings.append(
                    _Reading(
                        (partner, other),
                        k.type,
                        status if status != "renewed" else "signed",
                        False,
                        u.index,
                        span,
                        self.group,
                        sibling=True,
                    )
                )
            if resolved_from >= 0:
                # kept apart until the rules have read the whole document
                self.resolved.extend(self.state.readings[resolved_from:])
                del self.state.readings[resolved_from:]

    def _fronted_first(self, u: Unit, k: Keyword) -> DateMention | None:
        """The date of a clause that opens the sentence before the act's word and says when
        the act was first signed ("Signée pour la première fois le 12 novembre 2010, ...",
        "First signed in 2010, ...", "Erstmals 2010 unterzeichnet, ...", "In 2010 voor het
        eerst ondertekend, ..."), or None."""
        comma = self.low.find(",", u.start, k.start)
        if comma < 0 or comma - u.start > 80:
            return None
        m = _FRONTED_FIRST.fullmatch(self.low, u.start, comma)
        if m is None:
            return None
        return next(
            (d for d in self.dates.within(u.start, comma) if d.value is not None),
            None,
        )

    def _future(
        self, signed: PartialDate | None, dates: list[DateMention], start: int, end: int
    ) -> bool:
        """True when the act is dated after the document's date, or by a date to come
        ("next year", "l'an prochain") that the document's date does not resolve."""
        today = self.page_date
        if signed is not None:
            if today is None:
                return False
            if signed.month is None:
                return signed.year > today.year
            if signed.day is None:
                return (signed.year, signed.month) > (today.year, today.month)
            return signed.to_date() > today
        return any(
            d.value is None and d.relative and start <= d.start < end and _TO_COME.search(d.text)
            for d in dates
        )

    def _coming_in_relative(
        self, k: Keyword, dates: list[DateMention], markers: list[_Marker], start: int, end: int
    ) -> bool:
        """Whether every date to come of the act's zone [start, end) stands in a relative
        clause of the act's word `k` whose signing the clause tells in the past (see
        `plan_in_relative`)."""
        coming = [
            d
            for d in dates
            if d.value is None and d.relative and start <= d.start < end and _TO_COME.search(d.text)
        ]
        return bool(coming) and all(
            plan_in_relative(self.low, markers, start, k.start, k.end, d.start) for d in coming
        )

    def _coming_frame(self, start: int) -> bool:
        """Whether the last day or month the text names before `start` is after the page's
        date: the text announces an event still to come ("Op zaterdag 31 januari organiseert
        ...", "reizen tussen 13 en 18 april naar China")."""
        today = self.page_date
        if today is None:
            return False
        last = next(
            (
                d.value
                for d in reversed(self.dates.within(0, start))
                if d.value is not None and d.value.month is not None
            ),
            None,
        )
        if last is None:
            return False
        if last.day is None:
            return (last.year, last.month) > (today.year, today.month)
        return last.to_date() > today

    def _occasion_date(self, u: Unit, zone_end: int) -> PartialDate | None:
        """The date of the occasion a sentence refers to ("Bij die gelegenheid", "On this
        occasion"): the last date of the sentence before, when it is not to come; not the
        year a tie runs from ("... depuis 2010. Lors de cette visite, ..."), but then the day
        told a few sentences back."""
        if not _occasion(self.low, u.start, zone_end):
            return None
        told = self._occasion_told()
        d = date_near(told, u.start)
        if d is None and len(told) < len(self.prev_dates):
            d = self._occasion_back(u.start, None)
        if d is None or d.value is None or self._future(d.value, [], 0, 0):
            return None
        return d.value

    def _jubilee_of(self, u: Unit, k: Keyword, d: DateMention | None, n: int | None) -> int | None:
        """`jubilee_of` for act `k` in unit `u`, `n` being the unit's first count of years."""
        if not n:
            return n
        return jubilee_of(self.low, u.start, u.end, k.start, k.end, d.start if d else None, n)

    def _anniversary_in(self, u: Unit, counts: bool = True) -> int | None:
        """`_anniversary` of a unit's text, computed once per unit."""
        key = (u.start, counts)
        if key not in self._anniv:
            self._anniv[key] = _anniversary(self.text[u.start : u.end], counts)
        return self._anniv[key]

    def _partner_dates(
        self, sets: list[list[Actor]], zone_start: int, zone_end: int, dates: list[DateMention]
    ) -> list[PartialDate | None] | None:
        """Dates written with each partner of a list, if any.

        After the partner ("Munich (1989), Gifu (1988)"), or before it when the list starts
        with a date ("seit 1965 mit Arcachon und seit 1969 mit Windsor").
        """
        if len(sets) < 2:
            return None
        partners = [ps[-1] for ps in sets]
        resp = _RESPECTIVELY.search(self.low, partners[-1].end, zone_end)
        if resp is not None:
            # "with Dortmund, Lille and Brno in 1969, 1967 and 1998 respectively"
            listed = [d for d in dates if partners[-1].end <= d.start < resp.start()]
            if len(listed) == len(partners):
                return [d.value for d in listed]
        if dates:
            # "in respectievelijk 1969, 1967 en 1998 ... met Dortmund, Lille en Brno"
            resp = _RESPECTIVELY.search(self.low, max(0, dates[0].start - 30), partners[0].start)
            if resp is not None:
                listed = [d for d in dates if resp.end() <= d.start < partners[0].start]
                if len(listed) == len(partners):
                    return [d.value for d in listed]
        if all(
            _SINCE_WITH.fullmatch(self.low, partners[n - 1].end, partners[n].start)
            for n in range(1, len(partners))
        ):
            # "sinds 1958 verzusterd met Kiel, sinds 1991 met Melle en sinds 2015 met
            # Kumamoto": each date comes before its partner, the first one before the verb
            first = [
                d
                for d in dates
                if d.end <= partners[0].start
                and partners[0].start - d.end <= 40
                and d.value is not None
            ]
            if first:
                out_lead: list[PartialDate | None] = [first[-1].value]
                for n in range(1, len(partners)):
                    gap = [
                        d
                        for d in dates
                        if partners[n - 1].end <= d.start and d.end <= partners[n].start
                    ]
                    out_lead.append(gap[-1].value if gap else None)
                return out_lead
        lead_start = max([zone_start, *(p.end for p in sets[0][:-1])])
        leading = [d for d in dates if lead_start <= d.start and d.end <= partners[0].start]
        out: list[PartialDate | None] = []
        for n, p in enumerate(partners):
            if leading:
                lo = partners[n - 1].end if n else lead_start
                inside = [d for d in dates if lo <= d.start and d.end <= p.start]
                out.append(inside[-1].value if inside else None)
                continue
            stop = partners[n + 1].start if n + 1 < len(partners) else zone_end
            if stop <= p.end:
                return None
            inside = [d for d in dates if p.end <= d.start and d.end <= stop]
            out.append(inside[0].value if inside else None)
        if not leading:
            for n in range(len(out) - 2, -1, -1):
                if out[n] is None and _AND.fullmatch(
                    self.text, partners[n].end, partners[n + 1].start
                ):
                    # "Haarlem et Osnabrück depuis 1964": one date for both
                    out[n] = out[n + 1]
        return out if any(v is not None for v in out) else None

    # ---- parties

    def _parties(
        self,
        u: Unit,
        k: Keyword,
        j: int,
        kws: list[Keyword],
        zone_end: int,
        actors: list[Actor],
        subject: list[Actor],
        both: list[re.Match[str]],
        title_end: int,
    ) -> tuple[list[list[Actor]], list[tuple[Actor, Actor]]]:
        text = self.text
        if (
            _plural(text[k.start : k.end])
            or (
                _PLURAL_ACT_LOW.search(self.low, k.start, k.end)
                if self.idx.caseless
                else _PLURAL_ACT.search(text, k.start, k.end)
            )
        ) and self._prep(
            max(k.end, title_end),
            zone_end,
            [a for a in actors if a.start >= k.end and a.end <= zone_end],
        ) is None:
            # no partner after "with": the pairs before the act word are its parties
            pairs = self._coordinated_pairs([a for a in subject if a.kind == "place"])
            if pairs:
                return pairs, []
        zone = [a for a in actors if a.start >= k.end and a.end <= zone_end]
        parens = [m.span() for m in _PARENS.finditer(text, k.end, zone_end)]
        in_paren = [a for a in zone if any(s <= a.start < e for s, e in parens)]
        zone = [a for a in zone if a not in in_paren]
        # "(avec la Région Bretagne)": the same kind of act with another party
        sibling_partners = []
        for s, e in parens:
            if lex.WITH_PREP.match(text, s + 1) or re.match(
                r"\(\s*(?:avec|with|met|mit)\s", text[s:e], re.I
            ):
                sibling_partners += [a for a in in_paren if s <= a.start < e and a.kind == "place"]

        owners: list[Actor] = []
        partners: list[Actor] = []
        agent_pair: list[Actor] = []
        mode = "list"
        prep = self._prep(max(k.end, title_end), zone_end, zone)
        agent = (
            _AGENT.search(self.low, k.end, zone[0].start)
            if prep is None and len(zone) >= 2 and zone[0].start - k.end <= 120
            else None
        )
        if agent is not None and agent.end() == zone[0].start:
            # "un accord ... signé en 2013 par l'ancienne Région Alsace avec le Hubei": the
            # agent of the passive signs with the partner after the preposition
            after_agent = self._prep(zone[0].end, zone_end, zone[1:])
            if after_agent is not None and after_agent[2].casefold() not in ("between", "among"):
                prep = after_agent
            else:
                agent = None
                # "was signed by Leeds and Hangzhou", "wurde von Jena und Guangzhou
                # unterzeichnet": the agents of the passive are its parties
                agent_pair = _dedupe(_group(text, zone))
        inside = _IN_LIST.match(self.low, k.end) if zone and prep is None else None
        if (
            inside is not None
            and zone[0].start == inside.end()
            and zone[0].place_kind == "city"
            and _plural(text[k.start : k.end])
        ):
            # "De stad heeft zustersteden in León, Brno en Portland": the cities named
            prep = (inside.start(), inside.end(), "in")
        comma = _APPOSED_LIST.match(text, k.end) if zone else None
        if (
            comma is not None
            and zone[0].start == comma.end()
            and _plural(text[k.start : k.end])
            and (prep is None or prep[0] > zone[0].start)
            and len(zone) >= 2
            and _LIST_GAP.fullmatch(text, zone[0].end, zone[1].start)
            and not (
                # "A und B sind seit 1985 Partnerstädte, C und D seit 1986": an elliptic pair
                _PAIR_SINCE.match(self.low, zone[1].end)
                and len(_dedupe(_group(text, [a for a in subject if a.kind == "place"]))) >= 2
            )
        ):
            # "Richmond has two sister cities, Pierrefonds (1967) and Wakayama (1973)"
            prep = (comma.start(), comma.end(), ",")
        elif (
            comma is not None
            and zone[0].start == comma.end()
            and prep is None
            and _HAS_ONE.search(self.low, max(u.start, k.start - 40), k.start) is not None
        ):
            # "Lodi has one Sister City, Kofu, Japan", "Eupen hat nur eine Partnerstadt, Marche"
            prep = (comma.start(), comma.end(), ",")
        if prep is not None:
            p_start, p_end, word = prep
            barrier = _BARRIER.search(text, p_end, zone_end)
            stop = barrier.start() if barrier else zone_end
            owners = [
                a
                for a in zone
                if a.end <= p_start
                and len(text[k.end : a.start]) <= 24
                and _GENITIVE.fullmatch(text[k.end : a.start])
            ]
            if agent is not None and agent.end() == zone[0].start:
                owners = [zone[0]]
            partners = [a for a in zone if a.start >= p_end and a.end <= stop]
            partners = [a for a in partners if not self._qualifying(a, partners)]
            partners = [  # "twinned with Kawasaki, not with Tokyo"
                a
                for a in partners
                if not _NEGATED.search(self.low, max(p_end, a.start - 16), a.start)
            ]
            if word.casefold() in ("between", "entre", "tussen", "zwischen", "among") and not (
                _AMONG_THEM.match(self.low, p_end)
            ):
                mode = "between"  # not "its sister cities, among them A and B": a list
        elif (
            zone
            and _GENITIVE.fullmatch(text[k.end : zone[0].start])
            and zone[0].start - k.end <= 24
        ):
            partners = _group(text, zone)
            if (
                len(_dedupe(partners)) >= 2
                and _OF_WORD.match(self.low, k.end)
                and not _plural(text[k.start : k.end])
                and not any(
                    _CONJ_DATED.fullmatch(text, x.end, y.start)
                    for x, y in zip(partners, partners[1:], strict=False)
                )
            ):
                mode = "between"  # "the 1985 twinning of Leeds and Hangzhou"
        if len(agent_pair) >= 2 and prep is None and not partners:
            partners = agent_pair
            mode = "between"
        # "Antwerp-Chongqing sister city"
        compound = [a for a in actors if a.end <= k.start and k.start - a.end <= 3]
        if compound:
            a2 = compound[-1]
            i2 = actors.index(a2)
            if i2 > 0 and _COMPOUND.fullmatch(text[actors[i2 - 1].end : a2.start]):
                owners = [actors[i2 - 1], a2] + owners

        # organisations are parties only when the partner is one ("Fachhochschule ... zu ihrer
        # Partnerhochschule Huangshan University")
        org_mode = bool(partners) and partners[0].kind == "organisation"
        if not partners and not owners:
            # "Ghent University and Zhejiang University signed ..."
            lead = _group(text, subject)
            orgs = [a for a in subject if a.kind == "organisation" and not a.government]
            org_mode = (
                (
                    len(lead) >= 2
                    and all(a.kind == "organisation" and not a.government for a in lead)
                )
                or (
                    # "l'Université Laval, avec laquelle l'Université de Bordeaux a signé ..."
                    len(_dedupe(orgs)) >= 2 and not any(a.kind == "place" for a in subject)
                )
                or (
                    # "Met de Kamer van Koophandel van Cádiz ondertekende de gemeente ...": an
                    # institution put first is the partner of the document's own place
                    len(subject) == 1
                    and subject[0].kind == "organisation"
                    and subject[0].org_kind in _INSTITUTIONS
                    and bool(_FRONTED_WITH.fullmatch(self.low, u.start, subject[0].start))
                )
            )
        if not org_mode:
            partners = [a for a in partners if a.kind == "place"]
            owners = [a for a in owners if a.kind == "place"]
            subj = [a for a in subject if a.kind == "place"]
        else:
            partners = [a for a in partners if a.kind == "organisation"]
            subj = [a for a in subject if a.kind == "organisation" or a.government]
        if j and not owners:
            subj = subj if not partners else subj[:1]

        demonstrative = lex.DEMONSTRATIVE_LOW.search(self.low, max(u.start, k.start - 30), k.start)
        anaphor = next((m for m in both if m.start() >= u.start), None)
        pre_text = text[kws[j - 1].end if j else u.start : k.start]

        sets: list[list[Actor]] = []
        if not partners and self.with_which:
            with_which = self._with_which_pair(u, k, actors)
            if with_which is not None:
                return [with_which], []
        antecedent = self._antecedent(u, k, actors)
        if antecedent is not None and not partners:
            besides = self.cast.home_besides(antecedent)
            owner = (
                [besides]
                if besides is not None
                else [a for a in _group(text, subj) if a.key != antecedent.key][:1]
            )
            if owner:
                return [[owner[0], antecedent]], []
        relative = self._relative_pair(u, k)
        if relative is not None:
            return [relative], []
        if mode == "between" and len(_dedupe(partners)) >= 2:
            sets = [_dedupe(owners + partners)]
        elif partners:
            if (
                not owners
                and len(subj) >= 2
                and subj[1].key != subj[0].key
                and _FRONTED_WITH.fullmatch(self.low, u.start, subj[0].start)
            ):
                # "Mit Sens ist Lörrach seit 1966 verschwistert, mit Senigallia seit 1987": the
                # fronted place is a partner too, the subject the owner
                owners = [subj[1]]
                partners = [subj[0], *partners]
            if not owners and k.start in self.similar_owner:
                owners = [self.similar_owner[k.start]]
            if not owners:
                # "Eine Vereinbarung verbindet Krefeld seit 2016 mit Changzhou": the place the
                # act binds to the partner
                owners = [
                    a
                    for a in zone[:1]
                    if a.kind == "place"
                    and a.end <= partners[0].start
                    and _BINDS_MAIN.fullmatch(self.low, k.end, a.start)
                    and _BOUND_TO_SINCE.fullmatch(self.low, a.end, partners[0].start)
                ]
            if not owners and not subj:
                # "De zusterrelatie met het Chinese district Yuhang" under "Weert – Yuhang
                # (China)": the other place of the entry's line
                entry = self._entry_pair(u)
                if entry is not None and any(a.key == partners[0].key for a in entry):
                    owners = [a for a in entry if a.key != partners[0].key]
            if not owners:
                group = _group(text, subj)
                owners = group or self._resolve_owner(
                    u, pre_text, partners[0], fallback=not k.generic
                )
                if (
                    org_mode
                    and not group
                    and not k.generic
                    and owners
                    and owners[0].kind == "place"
                ):
                    # "News | Port of Aberdeen" over "A cooperation agreement with the Port of
                    # Esbjerg": the issuing institution, not a place named earlier
                    issuer = self._issuer() or self._peer_before(partners[0], u.start)
                    if issuer is not None and issuer.key != partners[0].key:
                        owners = [issuer]
            if not owners and org_mode and not k.generic:
                # "PRESS RELEASE - University of X" over "a memorandum with the Port of Y":
                # the institution that issues the document is the other party
                issuer = self._issuer()
                owners = [issuer] if issuer is not None and issuer.key != partners[0].key else []
            for p in _dedupe(partners):
                ps = _dedupe([*owners, p])
                if len(ps) >= 2:
                    sets.append(ps)
        else:
            bound = [a for a in actors if k.end <= a.start < zone_end]
            if (
                not owners
                and len(bound) >= 2
                and (
                    (
                        _BINDS.fullmatch(self.low, k.end, bound[0].start)
                        and _BOUND_TO.fullmatch(self.low, bound[0].end, bound[1].start)
                    )
                    or (
                        _BINDS_MAIN.fullmatch(self.low, k.end, bound[0].start)
                        and _BOUND_TO_SINCE.fullmatch(self.low, bound[0].end, bound[1].start)
                    )
                )
                and bound[0].key != bound[1].key
            ):
                # "le serment de jumelage qui unit Vichy à Bad Tölz", "die Partnerschaft, die
                # Jena mit Berkeley verbindet": the two places the act binds
                owners = [bound[0], bound[1]]
            if not owners:
                owners = _group(text, subj)
                speakers = _dedupe([a for a in subj if _REPRESENTED.match(text, a.end)])
                if len(owners) == 1 and len(speakers) == 2:
                    # "Alberta's Minister of Trade and Heilongjiang Vice-Governor Sun Yao
                    # signed ...": the places whose officials sign
                    owners = speakers
                if len(owners) == 1:
                    # "Stralsund intends to turn its contacts with Huangshan into a twinning"
                    fronted_with = _FRONTED_WITH.fullmatch(self.low, u.start, owners[0].start)
                    extra = [
                        a
                        for a in subj[1:]
                        if (
                            lex.WITH_PREP.search(text, max(u.start, a.start - 40), a.start)
                            # "Hangzhou became Leeds's sister city in 1985"
                            or _POSSESSIVE_BEFORE.fullmatch(text, a.end, k.start)
                            # "Mit der Yantai University aus der Provinz Shandong hat die
                            # Hochschule Harz ...": the subject after a fronted partner, however
                            # long the partner's phrase
                            or (fronted_with is not None and a is subj[1])
                        )
                        and a.key != owners[0].key
                    ]
                    owners += extra[:1]
            owners = _dedupe(owners)
            if len(owners) >= 2:
                sets = [owners]
            elif len(owners) == 1 and _FRONTED_WITH.fullmatch(self.low, u.start, owners[0].start):
                # "Mit Oviedo unterzeichnete die Stadt 2016 ein Protokoll": the partner comes
                # first, the owner is the document's place
                first = (
                    self.state.hub(owners[0])
                    or self._own_institution(owners[0], u)
                    or self.cast.home_besides(owners[0])
                )
                if first is not None:
                    sets = [[first, owners[0]]]
            elif len(owners) == 1:
                # "with 32 cities", "the work of sister cities": the partner is left unnamed
                unnamed = (
                    (prep is not None and bool(_UNNAMED.match(self.low, prep[1])))
                    or k.generic
                    or bool(_plural(text[k.start : k.end]))
                )
                other = self._other(u, owners[0], anaphor, fallback=not unnamed)
                if other is not None:
                    sets = [_dedupe([owners[0], *other])]
            elif demonstrative is not None:
                last = self.state.last(k.type) or self.state.last()
                if last is not None:
                    sets = [list(last.parties)]
            elif anaphor is not None:
                pair = self._both(u, anaphor.start(), anaphor.group())
                if pair:
                    sets = [pair]
            elif _NEW_ACT.search(self.low, max(u.start, k.start - 16), k.start):
                # "Een nieuw akkoord ... moet in 2025 getekend worden", "a new agreement will be
                # signed": a further act of the parties of the act just reported
                last = self.state.last()
                if last is not None and last.unit >= u.index - 2 and len(last.parties) == 2:
                    sets = [list(last.parties)]
            sets = [s for s in sets if len(s) >= 2]
        if demonstrative is not None and sets:
            last = self.state.last(k.type) or self.state.last()
            if last is not None and all(a.key in last.keys for a in sets[0]):
                sets = [list(last.parties)]
        siblings = []
        if sibling_partners and len(_dedupe(partners)) == 1:
            siblings = [(partners[0], s) for s in sibling_partners if s.key != partners[0].key]
        return sets, siblings

    def _resolved(
        self, u: Unit, k: Keyword, strong: bool, dates: list[DateMention]
    ) -> list[list[Actor]]:
        """The pair `resolve_pair` scores for an act cue the rules left without parties: an
        act word (not a generic one, not a bare partnership word, not a plural) with a status
        verb or a date next to it, or any such act word with `_party_resolver.WEAK_CUES`."""
        if (
            k.generic
            or not (
                strong
                or _party_resolver.WEAK_CUES
                or any(abs(d.start - k.start) <= 40 for d in dates)
            )
            or (
                self.low.startswith(_PARTNERSHIP_WORDS, k.start)
                # "Partnerschaftsvertrag" (a twinning deed) is asked about; a bare
                # "Partnerschaft" is not, nor a "Partnerschaftsvereinbarung" read as a
                # cooperation, which binds cities or institutions alike
                and (
                    k.type == "cooperation_agreement"
                    or _PARTNERSHIP_DEED.search(self.low, k.start, k.end) is None
                )
            )
            or _plural(self.text[k.start : k.end])
        ):
            return []
        relative = self._relative_pair(u, k)
        if relative is not None:
            return [relative]
        if not self.unit_starts:
            self.unit_starts = [x.start for x in self.units]  # the units `run` reads
        known = frozenset(r.keys for r in self.state.readings if not r.sibling)
        excluded = frozenset(
            a.start for a in self.cast.within(u.start, u.end) if _is_locative(self.doc, a)
        )
        pair = resolve_pair(
            self.text,
            self.cast,
            self.unit_starts,
            (k.start, k.end, k.type),
            known_pairs=known,
            excluded=excluded,
            counterparts=self.doc.counterparts,
        )
        if pair is not None and any(self._third_venue(a, excluded) for a in pair):
            return []
        return [pair] if pair is not None else []

    def _third_venue(self, a: Actor, excluded: frozenset[int]) -> bool:
        """Whether `a` is a place the cue's sentence names as a venue ("une lettre d'intention
        signée à Changsha", "in Hefei unterzeichnet") that the document names nowhere but
        after a preposition of place, while an act read before has another party of its
        country: the city where two others signed, no party of theirs (a partner the text also
        names as such, "mit Jiaxing", or the only place of its country, "during the visit a
        letter of intent was signed in Jinan", stays one)."""
        if a.kind != "place" or not any(
            b.key == a.key and b.start in excluded for b in self.cast.actors
        ):
            return False
        if not any(
            b.kind == "place" and b.key != a.key and b.country == a.country
            for r in self.state.readings
            if not r.sibling
            for b in r.parties
        ):
            # "During the visit a letter of intent was signed in Jinan" after a mission to
            # China: no other partner of its country, the venue is the partner
            return False
        return all(_is_locative(self.doc, b) for b in self.cast.actors if b.key == a.key)

    def _add_resolved(self) -> None:
        """The readings of the resolver, after those of the rules, except those that repeat
        an act the rules read (the same pair and kind): the rules read its details closer."""
        ruled = {(r.keys, r.type) for r in self.state.readings if not r.sibling}
        self.state.readings.extend(r for r in self.resolved if (r.keys, r.type) not in ruled)

    def _coordinated_renewal(
        self,
        k: Keyword,
        mine: list[tuple[int, int, AgreementStatus]],
        status: AgreementStatus,
        pre_start: int,
        zone_end: int,
        dates: list[DateMention],
        blocked: list[tuple[int, int]],
    ) -> tuple[PartialDate, tuple[int, int], tuple[int, int]] | None:
        """For a renewal whose signing verb follows the act's word and is coordinated with the
        renewal verb ("die in 2011 met Hubei een vriendschapsakkoord sloot en die overeenkomst
        in 2021 verlengde", "hat 2013 mit Wuxi eine Vereinbarung geschlossen und sie 2023
        verlängert", "signée en 2014 pour quatre ans et renouvelée en 2018"): the original
        act's date, the date of the signing's conjunct nearest its verb, with where that date
        stands, the conjunction's span); else None."""
        if status != "renewed":
            return None
        sign = next((m for m in mine if m[2] == "signed" and k.end <= m[0] < zone_end), None)
        if sign is None:
            return None
        renew = next((m for m in mine if m[2] == "renewed" and sign[1] <= m[0] < zone_end), None)
        if renew is None:
            return None
        conj = signing_conjunct(self.low, sign[1], renew[0], self.doc.language)
        if conj is None:
            return None
        d0 = date_near(
            [
                d
                for d in dates
                if d.value is not None
                and d.end_value is None
                and pre_start <= d.start
                and d.end <= conj[0]
            ],
            (sign[0] + sign[1]) // 2,
            skip=blocked,
        )
        if d0 is None or d0.value is None:
            return None
        if not any(
            d.start >= conj[1] and d.start < zone_end and d.value is not None for d in dates
        ):
            return None  # no date of the renewal's own: the signing's date may be the renewal's
        return d0.value, (d0.start, d0.end), conj

    def _next_to_renewal(
        self,
        markers: list[tuple[int, int, AgreementStatus]],
        start: int,
        end: int,
        original: PartialDate,
    ) -> PartialDate | None:
        """The date written next to the first renewing verb in [start, end) ("renewed in
        2017", "in 2015 erneuert", "ont renouvelé leur charte en 2009"), if not `original`."""
        renew = next((m for m in markers if m[2] == "renewed" and start <= m[0] < end), None)
        if renew is None:
            return None
        for d in self.dates.within(start, end):
            if d.value is None or d.value == original:
                continue
            if (d.start >= renew[1] and d.start - renew[1] <= 24) or (
                d.end <= renew[0]
                and (
                    not self.low[d.end : renew[0]].strip()
                    # "in 2015 voor tien jaar hernieuwd", "2018 um weitere fünf Jahre
                    # verlängert": a term between the date and the verb at the clause's end
                    or _TERM_GAP.fullmatch(self.low, d.end, renew[0]) is not None
                )
            ):
                return d.value
        return None

    def _issuer(self) -> Actor | None:
        """The institution named on the document's first line (a press release's sender),
        by its shortest name in the document ("University of X" for "PRESS RELEASE -
        University of X")."""
        first_line = self.text.find("\n")
        head = next(
            (
                a
                for a in self.cast.within(0, first_line if first_line >= 0 else len(self.text))
                if a.kind == "organisation" and a.org_kind in _INSTITUTIONS
            ),
            None,
        )
        if head is None:
            return None
        shorter = [
            a
            for a in self.cast.actors
            if a.kind == "organisation" and a.name != head.name and head.name.endswith(a.name)
        ]
        return min(shorter, key=lambda a: (-len(a.name), a.start)) if shorter else head

    def _named_besides(self, u: Unit, blocked: list[tuple[int, int]]) -> bool:
        """Whether the sentence names a place or organisation outside its act words (an
        organisation mention that is only the act word itself names nobody)."""
        return any(
            not _overlaps(a, blocked) and not self._common_noun(a)
            for a in self.cast.within(u.start, u.end)
        )

    def _common_noun(self, a: Actor) -> bool:
        """A German noun read as an organisation of no known kind ("Hafenkooperation",
        "Absichtserklärung"): one capitalised word, no name."""
        return (
            self.doc.language == "de"
            and a.kind == "organisation"
            and a.org_kind == "other"
            and " " not in a.name
            and "-" not in a.name
            and a.name[1:].islower()
        )

    def _followed_act(self, u: Unit, k: Keyword) -> bool:
        """Whether the act of keyword `k` is said to have followed ("Twee jaar later volgde een
        intentieverklaring", "In 2017 followed a letter of intent", "Es folgte eine
        Absichtserklärung", "Une lettre d'intention a suivi en 2017"): a further act of the
        parties reported so far."""
        if _FOLLOWED_BEFORE.search(self.low, max(u.start, k.start - 48), k.start):
            return True
        return k.start - u.start <= 12 and bool(_FOLLOWED_AFTER.match(self.low, k.end, u.end))

    def _the_new(self, u: Unit, k: Keyword) -> _Reading | None:
        """ "Die neue Vereinbarung soll im Mai unterzeichnet werden", "the new agreement",
        "de nieuwe overeenkomst", "le nouvel accord": the act in preparation or the renewal
        reported last, not an older act named after it."""
        if _THE_NEW.search(self.low, max(u.start, k.start - 16), k.start) is None:
            return None
        return next(
            (
                r
                for r in reversed(self.state.readings)
                if not r.sibling and (r.status == "planned" or r.renewal) and r.unit >= u.index - 8
            ),
            None,
        )

    def _new_item_since(self, last: _Reading) -> bool:
        """Whether a line naming another partner ("Izumiotsu, Japan") stands between the act
        `last` and the sentence read now: "the agreement" under it is that partner's."""
        return (
            self.item is not None and self.item[0] > last.unit and self.item[1].key not in last.keys
        )

    def _heading_pair(self, u: Unit) -> list[Actor] | None:
        """The two places the nearest heading above `u` names ("Geelong and Changzhou: forty
        years", "Partnerschaft mit Changzhou" under the masthead of Krefeld): a line standing
        alone, without a sentence's end, that names two places, or one place besides the
        document's own. None when the acts read so far are of another pair."""
        entry = self._entry_pair(u)
        if entry is not None:
            return entry  # "Beispiel: Kiel – Qingdao": the pair of the entry, whatever came before
        text = self.text
        end = text.rfind("\n", 0, u.start)
        seen = 0
        while end > 0 and u.start - end <= 1500 and seen < 3:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            alone = start <= 1 or text[max(0, start - 2) : start] == "\n\n"
            if line and alone and len(line) <= 100 and line[-1] not in ".!?;,":
                seen += 1
                places = _dedupe(
                    [
                        a
                        for a in self.cast.within(start, end)
                        if a.kind == "place" and a.place_kind != "country"
                    ]
                )
                pair: list[Actor] | None = None
                if len(places) == 2:
                    pair = places
                elif len(places) == 1:
                    home = self.cast.home_besides(places[0])
                    pair = [home, places[0]] if home is not None else None
                if pair is not None:
                    done = {r.keys for r in self.state.readings if not r.sibling}
                    keys = frozenset(a.key for a in pair)
                    return pair if not done or done == {keys} else None
                if places:
                    return None
            end = start - 1
        return None

    def _further_act(self, u: Unit, k: Keyword) -> bool:
        """Whether the act word `k` is one more act ("eine weitere Vereinbarung", "a further
        agreement", "un nouvel accord", "een nieuw akkoord")."""
        return _FURTHER_ACT.search(self.low, max(u.start, k.start - 24), k.start) is not None

    def _inline_pair(self, u: Unit, k: Keyword) -> list[Actor] | None:
        """The pair that opens the line of the act word `k` ("Port Autonome de Lomé/Port de
        Xiamen (Chine), protocole d'accord ...", "Brisbane – Chongqing: sister city, 2005",
        "- Lille / Erfurt : jumelage signé en 1991"): two names joined by a slash or a dash at
        the line's start, maybe a bracket, then a comma or a colon before the act word, and
        no other party named before it."""
        text = self.text
        line_start = text.rfind("\n", 0, k.start) + 1
        if line_start < u.start - 1:
            return None  # the act word's line starts before its sentence: no list line
        named = [
            a
            for a in self.cast.within(line_start, k.start)
            if a.place_kind != "country" and a.kind in ("place", "organisation")
        ]
        if len(named) != 2 or named[0].key == named[1].key:
            return None
        a, b = named
        if not _BULLET.fullmatch(text, line_start, a.start):
            return None
        if _PAIR_LINE_JOIN.fullmatch(text, a.end, b.start) is None:
            return None
        rest = _PAIR_LINE_REST.match(text, b.end, k.start)
        return [a, b] if rest is not None and rest.end() == k.start else None

    def _entry_line(self, start: int) -> tuple[int, int, Actor, Actor] | None:
        """The entry whose "A – B" line starts at `start`, if any."""
        if self._entries is None:
            self._entries = self._read_entries()
        return next((e for e in self._entries if e[0] == start), None)

    def _entry_pair(self, u: Unit) -> list[Actor] | None:
        """The two parties of the entry of a list or chronicle that `u` stands in: the lines
        under a line that names only a pair ("Sittard-Geleen – Masvingo (Zimbabwe)",
        "Beispiel: Kiel – Qingdao", "Weert – Yuhang (China)"), down to the paragraph's end.
        An entry is a boundary: the parties of another entry are not this one's."""
        if self._entries is None:
            self._entries = self._read_entries()
        for start, end, a, b in self._entries:
            if start < u.start < end:
                return [a, b]
        return None

    def _read_entries(self) -> list[tuple[int, int, Actor, Actor]]:
        """The "A – B" lines of the text and the paragraph each heads."""
        text = self.text
        if "–" not in text and "—" not in text and " - " not in text:
            return []
        out: list[tuple[int, int, Actor, Actor]] = []
        for m in _ENTRY_DASH.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if line_end - line_start > 90 or text[line_start:line_end].rstrip()[-1:] in ".!?;,":
                continue
            if text[max(0, line_start - 2) : line_start] != "\n\n" and line_start > 1:
                continue  # a heading stands alone, after a blank line
            left = [
                a
                for a in self.cast.within(line_start, m.start())
                if a.place_kind != "country" and a.kind in ("place", "organisation")
            ]
            right = [
                a
                for a in self.cast.within(m.end(), line_end)
                if a.place_kind != "country" and a.kind in ("place", "organisation")
            ]
            if len(left) != 1 or len(right) != 1 or left[0].key == right[0].key:
                continue
            a, b = left[0], right[0]
            if not _ENTRY_LEAD.fullmatch(text, line_start, a.start):
                continue
            if not _ENTRY_REST.fullmatch(text, b.end, line_end) or not _ENTRY_REST.fullmatch(
                text, a.end, m.start()
            ):
                continue
            # the paragraph under the line, also after a blank line ("Leeds – Hefei\n\nSister
            # cities since 2005."), unless that opens with a line of its own pair
            under = line_end
            if text.startswith("\n\n", line_end):
                nl = text.find("\n", line_end + 2)
                if _ENTRY_DASH.search(text, line_end + 2, len(text) if nl < 0 else nl) is None:
                    under = line_end + 2
            stop = text.find("\n\n", under)
            out.append((line_start, len(text) if stop < 0 else stop, a, b))
        return out

    def _last_reading_within(self, unit: int, n: int) -> _Reading | None:
        """The act read last (a sibling reading aside) when its sentence is at most `n`
        sentences before the sentence `unit` (or that sentence itself)."""
        last = self.state.last()
        return last if last is not None and last.unit >= unit - n else None

    def _pair_just_before(self, unit: int) -> list[Actor] | None:
        """The parties of the act read last, when its sentence is one of the four before
        `unit`."""
        last = self._last_reading_within(unit, 4)
        if last is None or last.unit >= unit:
            return None
        return list(last.parties)

    def _only_pair(self, unit: int) -> list[Actor] | None:
        """The parties of the acts read so far when they are all of one pair, the latest of
        them at most four sentences before `unit`."""
        readings = [r for r in self.state.readings if not r.sibling]
        if not readings or readings[-1].unit < unit - 4:
            return None
        keys = {r.keys for r in readings}
        return list(readings[-1].parties) if len(keys) == 1 else None

    def _peer_before(self, partner: Actor, pos: int) -> Actor | None:
        """The first institution of the partner's kind that the text names before `pos` ("Een
        delegatie van hogeschool Howest ..." before "De directeur ondertekende een MoU met
        Zhejiang Normal University"): the signer's own institution."""
        if partner.kind != "organisation" or partner.org_kind not in _INSTITUTIONS:
            return None
        return next(
            (
                a
                for a in self.cast.within(0, pos)
                if a.kind == "organisation"
                and a.org_kind == partner.org_kind
                and a.key != partner.key
            ),
            None,
        )

    def _antecedent(self, u: Unit, k: Keyword, actors: list[Actor]) -> Actor | None:
        """The place a relative or an apposition before the keyword refers to: "Tampere in
        Finland, with which a friendship-city agreement ...", "Recife, a friendly city"."""
        window = max(u.start, k.start - 60)
        m = _WITH_WHICH.search(self.low, window, k.start) or _APPOSITION.search(
            self.low, window, k.start
        )
        if m is None:
            return None
        before = [a for a in actors if a.end <= m.start() and a.kind == "place"]
        while len(before) > 1 and self._qualifying(before[-1], before):
            before.pop()  # "Tampere in Finland": the country qualifies
        if not before:
            return None
        a = before[-1]
        gap = self.text[a.end : m.start()]
        return a if len(gap) <= 30 and "." not in gap else None

    def _with_which_pair(self, u: Unit, k: Keyword, actors: list[Actor]) -> list[Actor] | None:
        """The two parties of an act told in a relative clause opened by "with which" that
        names its own subject ("Guizhou, avec laquelle la province de Luxembourg a signé un
        accord de coopération", "Hildesheim, waarmee Aalst sinds 1968 verzusterd is", "the
        University of Y, with which the University of X signed an agreement", "Xuancheng, mit
        der die Stadt Frankenberg eine Partnerschaft ... unterzeichnete"): the clause's
        subject and the name before the comma. None when no name opens the clause."""
        found = list(_WITH_WHICH_OPEN.finditer(self.low, max(u.start - 2, k.start - 160), k.start))
        if not found:
            return None
        m = found[-1]
        inner = [a for a in actors if m.end() <= a.start and a.end <= k.start]
        if not inner or not _CLAUSE_SUBJECT_GAP.fullmatch(self.low, m.end(), inner[0].start):
            return None
        subject = inner[0]
        antecedent = next(
            (
                a
                for a in self.cast.before(m.start() + 1, limit=40)
                if a.place_kind != "country" and a.kind in ("place", "organisation")
            ),
            None,
        )
        if antecedent is None or "." in self.text[antecedent.end : m.start()]:
            return None
        if subject.key == antecedent.key or subject.kind != antecedent.kind:
            return None
        return [subject, antecedent]

    def _search(self, rx: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """`rx.search` in [start, end) of the lower-cased text (the prepositions, tried only at
        the words that can start one)."""
        if rx is lex.WITH_PREP_LOW:
            return _WITH_PREP_SCAN.search(self.idx, start, end)
        if rx is lex.LIST_INTRO_LOW:
            # the leftmost of a list word and a ":" (a ":" is no word's start: no tie)
            m = _LIST_INTRO_SCAN.search(self.idx, start, end)
            colon = self.low.find(":", start, end if m is None else m.start())
            return m if colon < 0 else _COLON.match(self.low, colon)
        return rx.search(self.low, start, end)

    def _prep(self, start: int, end: int, zone: list[Actor]) -> tuple[int, int, str] | None:
        """The preposition or list opener that introduces the partners after a keyword."""
        first_free = None
        for a in zone:
            if not _GENITIVE.fullmatch(self.text[start : a.start]) or a.start - start > 24:
                first_free = a.start
                break
        best = None
        for rx in (lex.WITH_PREP_LOW, lex.LIST_INTRO_LOW):
            m = self._search(rx, start, end)
            while (
                m is not None
                and m.group() in _SINGULAR_COPULA
                and not _NAME_NEXT.match(self.text, m.end())
            ):
                # "... was signed in 2008": a passive, not "... first sister city was Sapporo"
                m = self._search(rx, m.end(), end)
            if m and (first_free is None or m.start() < first_free):
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.end(), m.group())
        if (
            best is not None
            and best[2].casefold() in ("to", "zu", "zum", "zur", "aan")
            and best[0] - start > 12
        ):
            return None
        if best is None and self.doc.language == "fr":
            best = self._bound_a(start, first_free)
        return best

    def _bound_a(self, start: int, first_free: int | None) -> tuple[int, int, str] | None:
        """ "la Région est liée par un accord de coopération à la province du Hunan": the "à"
        right after the act's words, after a verb that binds a tie to its partner, introduces
        the partner (not the place where)."""
        m = _A_AFTER_ACT.match(self.text, start)
        if m is None or (first_free is not None and m.start(1) > first_free):
            return None
        if not _bound_to(self.doc, m.start(1)):
            return None
        return (m.start(1), m.end(1), m.group(1))

    def _qualifying(self, a: Actor, partners: list[Actor]) -> bool:
        """An actor after "in" within a list qualifies the item before it ("Alicante in Spain")."""
        i = partners.index(a)
        rx = _IN_RX.get(self.doc.language, _IN_RX["en"])
        if i == 0:
            return False
        gap = self.text[partners[i - 1].end : a.start]
        if rx.search(gap) or _PART_OF_RX.search(gap):
            return True
        # "Le Vésinet, near Paris", "Kronstadt bei St. Petersburg": a place that locates it
        low = gap.lower()
        return any(w in low for w in _NEAR_WORDS) and bool(_NEAR_RX.search(gap))

    def _generic_ok(
        self,
        k: Keyword,
        kws: list[Keyword],
        markers: list[tuple[int, int, AgreementStatus]],
        u: Unit | None = None,
    ) -> bool:
        """A word like "agreement" names an act only when signed (or so) and of no named kind."""
        text = self.text
        if u is not None and _EVERY.match(self.low, u.start, k.start):
            # "Every tie rests on an agreement signed by the mayors of both cities": how ties
            # are made, no act
            return False
        if (
            u is not None
            and len(kws) == 1
            and markers
            and self._last_reading_within(u.index, 2) is not None
            and _SUBJECT_ACT.fullmatch(self.low, u.start, k.start)
        ):
            # "Die Vereinbarung war 2009 nach mehreren Besuchen unterzeichnet worden.": the
            # act just reported, as the subject of a sentence with a status verb
            return True
        if (
            u is not None
            and len(kws) == 1
            and self._last_reading_within(u.index, 2) is not None
            and _SUBJECT_ACT.fullmatch(self.low, u.start, k.start)
            and _duration(self.low, k.end, min(u.end, k.end + 160), []) is not None
        ):
            # "De overeenkomst loopt drie jaar.": the term of the act just reported
            return True
        if (
            u is not None
            and len(kws) == 1
            and self._last_reading_within(u.index, 4) is not None
            and any(m[2] == "planned" and m[0] >= k.end for m in markers)
            and self._further_act(u, k)
        ):
            # "Eine weitere Vereinbarung ... soll im Sommer unterzeichnet werden", "a further
            # agreement is to be signed": one more act of the parties just reported, to come
            return True
        if any(not o.generic for o in kws):
            # "... have been sister cities since 1989 and re-signed their agreement in 2019":
            # "their agreement" after a named act is that act, in a clause of its own
            return bool(
                any(not o.generic and o.end <= k.start for o in kws)
                and _POSSESSED.search(self.low, max(0, k.start - 24), k.start)
                and any(k.start - 40 <= m[1] <= k.start for m in markers)
            ) or any(
                # "The MoU renews the first memorandum ...": the object of the named act's verb
                # is an act of its own, the one renewed or replaced
                not o.generic and _subject_act_verb(self.low, o.end, m, k.start)
                for o in kws
                if o.end <= k.start
                for m in markers
            )
        if lex.GENERIC_NOT_AFTER_LOW.search(self.low, max(0, k.start - 25), k.start):
            return False
        word = text[k.start : k.end]
        before = re.search(r"([A-Z][\w-]+)\s+\Z", text[max(0, k.start - 30) : k.start])
        if word[:1].isupper() and before and before.group(1).casefold() not in _DETERMINERS:
            return False  # "the Paris Agreement", "the Schengen Agreement"
        if k.type == "memorandum_of_understanding" and _PAIR_PREP.match(self.low, k.end):
            return True  # "an energy memorandum between A and B": a memorandum of two parties
        return any(
            (k.start - 60 <= m[1] <= k.start)
            or (k.end <= m[0] <= k.end + 40)
            # "Leiden verlengt de overeenkomst niet": a marker around the word
            or (m[0] <= k.start and k.end <= m[1])
            for m in markers
        )

    def _resolve_owner(
        self, u: Unit, pre_text: str, partner: Actor, *, fallback: bool = True
    ) -> list[Actor]:
        home = self._anaphor_home(partner)
        if lex.OUR.search(pre_text) and home is not None and home.key != partner.key:
            return [home]
        if _THE_CITY.search(pre_text) and home is not None and home.key != partner.key:
            # "the city's sister-city relationship with Wuxi": the document's own city
            return [home]
        the_region = _THE_REGION.search(pre_text)
        if the_region is not None:
            # "Vandaag verlengde de provincie de vriendschapsovereenkomst met Neder-Silezië"
            # under an "Arnhem, 17 april" dateline: the region the document names, not its town
            region = self._own_region(partner, the_region.group(0))
            if region is not None:
                return [region]
        if lex.PRONOUN.search(pre_text):
            for actor in self._focus(u.index - 3):
                if actor.key != partner.key:
                    return [actor]
            # "Like its sister city Portland, Seattle ...": the subject comes after
            later = [
                a
                for a in self.cast.within(partner.end, u.end)
                if a.kind == partner.kind and a.key != partner.key and not _is_locative(self.doc, a)
            ]
            if later and re.match(r"\s*,\s*\Z", self.text[partner.end : later[0].start]):
                return [later[0]]
        home_org = self.cast.home_org
        if (
            home_org is not None
            and home_org.key != partner.key
            and partner.org_kind in _INSTITUTIONS
        ):
            # "unterzeichnete der Präsident einen Vertrag mit der Shanghai International Studies
            # University" in a university's news: the document's own institution signs
            return [home_org]
        if home_org is not None and home_org.key == partner.key and self.cast.other_org:
            # "des Kooperationsabkommens mit der Hochschule Hof" on the Hof delegation's visit
            # to the Universität Changzhou: the one other institution signs
            return [self.cast.other_org]
        if not fallback:
            return []
        other = self.state.partner_of(partner)
        if other is not None:
            return [other]
        hub = self.state.hub(partner) if not self.doc.institution else None
        if hub is not None:
            # "Newcastle has sister cities A and B ... an MoU with C": the place that is a party
            # to the acts reported so far, rather than the place named most often
            return [hub]
        own = self._anaphor_home(partner)
        if own is not None and own.key != partner.key and own is not self.cast.home:
            # "Termination of Sister City Relationship with Glenrothes" in the attachments of
            # a report on a new Chinese partner: the third country's tie is the own city's
            return [own]
        besides = self.cast.home_besides(partner)
        return [besides] if besides is not None else []

    def _anaphor_home(self, partner: Actor) -> Actor | None:
        """The own place an anaphor ("the City's", "our", "the County") names beside an act
        with `partner`: the likeliest home, unless that home is of a counterpart country (the
        Chinese partner the page is about, named in its subject line) while the partner is
        of a third country ("The City's only previous relationship, the sister city
        relationship with Glenrothes": the American city's, not its new Chinese partner's);
        then the likeliest home of neither country."""
        home = self.cast.home
        wanted = self.doc.counterparts
        if (
            home is None
            or home.country not in wanted
            or partner.country is None
            or partner.country in wanted
            or partner.country == home.country
        ):
            return home
        own = self._own_side_country()
        if own is None or own == partner.country:
            return home  # a Chinese city's page on partners all over the world
        for h in self.cast.homes:
            if h.country == own:
                return h
        return home

    def _own_side_country(self) -> str | None:
        """The country of the document's own side beside its counterpart: the one country of
        its own places outside the counterparts' countries, else the country of most places
        it names outside them when it has at least twice the mentions of any other (a report
        of one city on its new Chinese partner); else None (a Chinese city's page on its
        partners in many countries)."""
        if self._own_side is not None:
            return self._own_side or None
        wanted = self.doc.counterparts
        own = {h.country for h in self.cast.homes if h.country and h.country not in wanted}
        best = ""
        if len(own) == 1:
            best = next(iter(own))
        else:
            counts: dict[str, int] = {}
            for a in self.cast.actors:
                if a.kind == "place" and a.country and a.country not in wanted:
                    counts[a.country] = counts.get(a.country, 0) + 1
            ranked = sorted(counts.values(), reverse=True)
            if ranked and ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
                best = next(c for c in counts if counts[c] == ranked[0])
        self._own_side = best
        return best or None

    def _own_region(self, partner: Actor, said: str = "") -> Actor | None:
        """The document's own region: a province (a county, a Land) among its own places,
        else the region of the own place's country that the document names most often; never
        the partner nor a region of the partner's country. `said` is the anaphor ("the
        county", "de provincie"): a county's anaphor prefers an own region of that level or
        named so ("Placer County" before "Fujian" among the places of a county's minutes)."""
        homes = self.cast.homes
        regions = ("admin1", "admin2")
        if partner.country is not None and partner.country not in self.doc.counterparts:
            # the region's earlier tie with a third country: its own region comes before the
            # new counterpart's ("Placer County" before "Fujian", see `_anaphor_home`)
            wanted = self.doc.counterparts
            homes = [h for h in homes if h.country not in wanted] + [
                h for h in homes if h.country in wanted
            ]
        level = _REGION_LEVEL.search(said)
        if level is not None:
            word = level.group(0).casefold()
            kind = "admin2" if word in ("county", "landkreis", "kreis") else "admin1"
            for h in homes:
                if (
                    h.key != partner.key
                    and h.place_kind in regions
                    and h.country != partner.country
                    and (h.place_kind == kind or word in h.name.casefold())
                ):
                    return h
        for h in homes:
            if h.key != partner.key and h.place_kind in regions and h.country != partner.country:
                return h
        country = homes[0].country if homes else None
        if country is None or country == partner.country:
            return None
        counts: dict[str, int] = {}
        first: dict[str, Actor] = {}
        for a in self.cast.actors:
            if a.kind == "place" and a.place_kind in regions and a.country == country:
                counts[a.key] = counts.get(a.key, 0) + 1
                first.setdefault(a.key, a)
        if not counts:
            return None
        return first[max(counts, key=lambda key: counts[key])]

    def _earlier_partners(self, u: Unit, kws: list[Keyword], actors: list[Actor]) -> list[Actor]:
        """Earlier partners listed before an ordinal act ("Nach Hamm (Westfalen), Sens in
        Frankreich und Żagań in Polen hat Ludwigsfelde damit seine vierte Partnerstadt",
        "Après Bitburg, Olsztyn et Gabrovo, Châteauroux signerait son quatrième jumelage"):
        each is an act of the same kind between the owner named after the list and it.
        Returns the partners listed (the act word itself is then read without them)."""
        opener = _AFTER_LIST.match(self.text, u.start, u.end)
        if opener is None or not kws:
            return []
        k = kws[0]
        if (
            k.generic
            or _ORDINAL_BEFORE.search(self.text, max(u.start, k.start - 40), k.start) is None
        ):
            return []
        text = self.text
        parens = [m.span() for m in _PARENS.finditer(text, opener.end(), k.start)]
        places = [
            a
            for a in actors
            if a.kind == "place"
            and opener.end() <= a.start
            and a.end <= k.start
            and a.place_kind != "country"
            and not any(s <= a.start < e for s, e in parens)
            and not (
                _LOCATIVE_IN.search(text, max(u.start, a.start - 4), a.start)
                and (self.doc.language == "fr" or text[a.start - 3 : a.start - 1] != "en")
            )
        ]
        if len(places) < 2:
            return []
        owner = places[-1]
        listed = _dedupe([a for a in places[:-1] if a.key != owner.key])
        if not listed:
            return []
        self.group += 1
        for a in listed:
            self.state.readings.append(
                _Reading((owner, a), k.type, "signed", False, u.index, (u.start, u.end), self.group)
            )
        return [a for a in places[:-1]]

    def _fronted_signing(
        self,
        u: Unit,
        k: Keyword,
        zone_end: int,
        actors: list[Actor],
        both: list[re.Match[str]],
    ) -> list[list[Actor]]:
        """The parties of an act named in a sentence-opening "since the signing of" phrase.

        The two places coordinated as the subject of the main clause ("A and B", "A und B"),
        or the pair "both cities" stands for; else nothing.
        """
        opener = _FRONTED_SIGNING.match(self.low, u.start, k.start)
        if opener is None or not _FRONTED_GAP.fullmatch(self.low, opener.end(), k.start):
            return []
        after = [a for a in actors if a.start >= k.end and a.end <= zone_end and a.kind == "place"]
        for x, y in zip(after, after[1:], strict=False):
            if _PAIR_AND.fullmatch(self.text, x.end, y.start) and x.key != y.key:
                return [[x, y]]
        for m in both:
            if k.end <= m.start() < zone_end:
                pair = self._both(u, m.start(), m.group())
                if pair is not None and len(pair) == 2:
                    return [pair]
        return []

    def _both(self, u: Unit, pos: int, noun: str = "") -> list[Actor] | None:
        """What "both cities" refers to.

        The two places (or, for "the two institutions", organisations) named last before it,
        when they were named after the latest act; else the latest act's parties.
        """
        want = "organisation" if _ORG_NOUNS.search(noun) else "place"
        entry = self._entry_pair(u)
        if entry is not None and all(a.kind == want for a in entry):
            # "tussen beide gemeenten" under "Sittard-Geleen – Masvingo (Zimbabwe)"
            return entry
        # "beide Städte" are two cities, "the two regions" two regions
        cities = bool(_CITY_NOUNS.search(noun))
        regions = not cities and _REGION_NOUNS.search(noun.casefold()) is not None
        last = self.state.last()
        if (
            last is not None
            and _NEUTRAL_NOUNS.search(noun)
            and all(a.kind == "organisation" and not a.government for a in last.parties)
        ):
            # "a framework agreement was signed in 2013 ... a specific agreement was signed
            # between the two parties": the two organisations of the act just reported
            want = "organisation"
        seen: list[Actor] = []
        before = self.cast.before(pos, limit=1500)
        if want == "place" and _NEUTRAL_NOUNS.search(noun):
            # "the two sides signed", "les deux parties ont renouvelé" at a tour's stop
            host = next((a for a in before if a.kind == "organisation"), None)
            stop = self._tour_stop(u, [host]) if host is not None else None
            if stop is not None:
                return stop
        venues = self._venues_only(before) if want == "place" else set()
        for a in before:
            if cities and a.place_kind in ("admin1", "admin2"):
                continue
            if regions and a.place_kind == "city" and not self._named_as_region(a):
                continue  # "both provinces signed ... in Nanchang": the capital is no province
            if a.key in venues:
                continue  # "à Vannes", where the Département of Morbihan met: a venue
            if a.start in self.co_organisers:
                continue  # "a webinar organized by the chamber together with X": no party
            if _PART_OF_RX.search(self.text, max(0, a.start - 60), a.start):
                continue  # "het district Xiangcheng, onderdeel van de stad Suzhou"
            if a.kind == want and all(a.key != b.key for b in seen):
                seen.append(a)
            if len(seen) == 2:
                break
        if last is not None and any(a.kind != want and not a.government for a in last.parties):
            # "les deux villes" after an act of two chambers: the last act of two places
            last = next(
                (
                    r
                    for r in reversed(self.state.readings)
                    if not r.sibling and all(a.kind == want or a.government for a in r.parties)
                ),
                None,
            )
        if want == "organisation" and seen:
            stop = self._tour_stop(u, seen)
            if stop is not None:
                return stop
        if len(seen) == 2 and (last is None or min(a.start for a in seen) > last.span[1]):
            return seen[::-1]
        if last is not None and (u.index - last.unit <= 2 or len(seen) < 2):
            return list(last.parties)
        return seen[::-1] if len(seen) == 2 else None

    def _touring(self) -> Actor | None:
        """`hub_org` of the document, read once."""
        if self._hub is None:
            self._hub = [hub_org(self.doc, self.cast)]
        return self._hub[0]

    def _own_institution(self, partner: Actor, u: Unit) -> Actor | None:
        """The other party of an act whose one named party is an institution ("Met Tsinghua
        University wordt nog onderhandeld over een uitwisselingsakkoord", "an agreement with
        Kyushu University is being prepared"): the document's own institution of its kind
        (`hub_org`), of another country, before the document's own place (a university's
        page names its city, or its partner's, more than itself)."""
        if partner.kind != "organisation" or partner.government or partner.org_kind is None:
            return None
        hub = self._touring()
        if hub is None or hub.key == partner.key or hub.org_kind != partner.org_kind:
            return None
        country = org_country(self.doc, hub)
        if country is not None and country == org_country(self.doc, partner):
            return None
        if any(a.key == hub.key for a in self.cast.within(u.start, u.end)):
            return None  # named in the sentence, yet no party: "le Port X dit Port Y", an alias
        return hub

    def _tour_stop(self, u: Unit, seen: list[Actor]) -> list[Actor] | None:
        """The pair of "the two universities" at a stop of an institution's tour: when the
        sentence or the one before it tells of a delegation ("the delegation visited Ulster
        University in Belfast, where the two universities renewed ...", "la délégation a été
        reçue par la rectrice de l'Université de Liège. Les deux universités ont signé ..."),
        the touring institution (`hub_org`) and the institution of its kind named last, not
        the two hosts named last. None when no tour is told or the touring one is named last."""
        host = seen[0]
        if host.government or host.org_kind is None:
            return None
        start = self.units[u.index - 1].start if 0 < u.index <= len(self.units) else u.start
        if _DELEGATION_WORD.search(self.text, start, u.end) is None:
            return None
        hub = self._touring()
        if hub is None or hub.key == host.key or hub.org_kind != host.org_kind:
            return None
        country = org_country(self.doc, hub)
        if country is not None and country == org_country(self.doc, host):
            return None  # a tour visits abroad: "Qingdao Port" and "Shandong Port Qingdao"
        if host.start < start:
            return None  # the host of this stop is named in the stop's own sentences
        return [hub, host]

    def _named_as_region(self, a: Actor) -> bool:
        """Whether the document names the place of `a` with a region's kind word somewhere
        ("la Province de Namur", "the Province of Antwerp"): a city's name that stands for
        its province too."""
        return any(
            b.key == a.key and _region_word_before(self.text, b.start, b.end)
            for b in self.cast.actors
        )

    def _venues_only(self, candidates: list[Actor]) -> set[str]:
        """The keys of places that the document names only after a preposition of place ("à
        Vannes", "in Rostock") while it names another place of their country otherwise ("le
        département du Morbihan"): the seat where its authority meets, not a party."""
        if self._venue_keys is None:
            named: dict[str, bool] = {}
            for a in self.cast.actors:
                if a.kind == "place":
                    named[a.key] = named.get(a.key, True) and _is_locative(self.doc, a)
            self._venue_keys = {k for k, only in named.items() if only}
        if not self._venue_keys:
            return set()
        out = set()
        for a in candidates:
            if a.key in self._venue_keys and any(
                b.kind == "place"
                and b.country == a.country
                and b.key != a.key
                and b.key not in self._venue_keys
                for b in candidates
            ):
                out.add(a.key)
        return out

    def _other(
        self, u: Unit, owner: Actor, anaphor: re.Match[str] | None, *, fallback: bool
    ) -> list[Actor] | None:
        if anaphor is not None:
            pair = self._both(u, anaphor.start(), anaphor.group())
            if pair and any(a.key == owner.key for a in pair):
                return pair
        if not fallback:
            return None
        if self.item is not None and u.index - self.item[0] <= 3 and self.item[1].key != owner.key:
            # "Kanazawa (Japan). Ghent's oldest partner: the twinning dates from 1971.": the
            # partner of the list line just read
            return [self.item[1]]
        other = self.state.partner_of(owner) or self._own_institution(owner, u)
        if other is not None:
            return [other]
        besides = self.cast.home_besides(owner)
        return [besides] if besides is not None else None

    def _relative_pair(self, u: Unit, k: Keyword) -> list[Actor] | None:
        """The parties of an act told in a relative clause that names one party after its
        act word ("... with Bergen, which is a sister city of Lyon too", "... avec
        Mâcon, qui est aussi jumelée avec Overijse", "... met Leer, die ook een stedenband met
        Elbląg heeft", "... mit Hof, welche auch Partnerstadt von Joensuu ist"): the name
        right before the comma and the pronoun, and that party. None when a name stands
        between the pronoun and the act word or the clause names two."""
        # (the sentence may be cut at the comma: the clause is a unit of its own)
        found = list(_SUBJECT_RELATIVE.finditer(self.low, max(u.start - 2, k.start - 60), k.start))
        m = found[-1] if found else None
        if (
            m is None
            or self.cast.within(m.end(), k.start)
            or not self.low[m.end() : k.start].strip()
        ):
            # ("Rostock pflegt eine Partnerschaft mit Dalian, die Partnerschaft mit Aarhus ...": a
            # "die" or "dat" right before the act word is its article, no pronoun)
            return None
        end = self.low.find(",", k.end, u.end)
        # ("a sister city of Portsmouth": the name may take in the end of the act word)
        named = _dedupe(
            [a for a in self.cast.within(m.end(), u.end if end < 0 else end) if a.end > k.end]
        )
        before = self.cast.before(m.start(), limit=2)
        if len(named) != 1 or not before or self.text[before[0].end : m.start()].strip():
            return None
        a, b = before[0], named[0]
        if a.key == b.key or a.kind != b.kind:
            return None
        return [a, b]

    # ---- dates

    def _dates(
        self,
        u: Unit,
        k: Keyword,
        pre_start: int,
        zone_end: int,
        status: AgreementStatus,
        dates: list[DateMention],
        markers: list[tuple[int, int, AgreementStatus]],
        blocked: list[tuple[int, int]],
        strong: bool = True,
    ) -> tuple[PartialDate | None, PartialDate | None, int | None]:
        """The signing date, the end date and the duration of one reading.

        An end is stated when it does not follow from the signing date and the duration.
        """
        text = self.text
        duration = _duration(self.low, max(pre_start, k.start - 60), zone_end, blocked)
        if duration is not None:
            held = _YEARS_SINCE.search(self.low, max(pre_start, k.start - 60), zone_end)
            if held is not None and duration == (year_count(held.group(1)) or 0) * 12:
                duration = None  # "have been twinned for 52 years": how long it lasted, no term
        if status in ("planned", "not_concluded"):
            # "een samenwerkingsovereenkomst op te stellen voor de periode 2023-2025": the
            # period of a planned act is its term and its stated end
            period = next(
                (
                    d
                    for d in dates
                    if pre_start <= d.start
                    and d.end <= zone_end
                    and d.value is not None
                    and d.end_value is not None
                    and d.value.month is None
                    and d.end_value.year > d.value.year
                ),
                None,
            )
            if period is not None and period.value is not None and period.end_value is not None:
                return (
                    None,
                    period.end_value,
                    duration or _range_months(period.value, period.end_value),
                )
            return None, None, duration
        near = [
            d
            for d in dates
            if pre_start <= d.start
            and d.end <= zone_end
            # bounded by the sentence: "... in 2015. Since then, ..." dates the act of 2015
            and not _SINCE_THEN.search(text, max(u.start, d.start - 12), min(u.end, d.end + 12))
        ]
        if self.suspends:
            # "suspended since March 2022", "im März 2022 ausgesetzt": no date of the act
            verbs = [(m[0], m[1]) for m in markers if m[2] in ("signed", "renewed")]
            near = [
                d
                for d in near
                if not suspension_date(self.low, d.start, d.end, u.start, u.end, verbs)
            ]
        # "expires in 2018", "valid until 2025", "läuft 2020 aus": an end, not a signing
        stated_end = next(
            (
                d
                for d in near
                if d.value is not None
                and _END_BEFORE.search(text, max(u.start, d.start - 24), d.start)
            ),
            None,
        )
        if stated_end is not None:
            near = [d for d in near if d is not stated_end]
        if status == "ended":
            # the signing date first: the one next to a signing word ("die 1993 geschlossene
            # Partnerschaft zu beenden"), then the end from the others
            sign = next(
                (m for m in markers if m[2] == "signed" and pre_start <= m[0] < zone_end), None
            )
            end_marker = next((m for m in markers if m[2] == "ended" and m[0] >= pre_start), None)
            if sign is None and end_marker is not None:
                # "a Friendship City relationship with Kotka, approved by Council in 1997, was
                # discontinued in 2012": the approval before the end is when it began
                sign = next(
                    (
                        m
                        for m in markers
                        if pre_start <= m[0] < end_marker[0]
                        and _APPROVED.match(self.low, m[0], m[1])
                    ),
                    None,
                )
            # "het memorandum uit 2009 verliep dit jaar", "eine Absichtserklärung aus dem Jahr
            # 2011 ist 2016 ausgelaufen", "a 2019 letter of intent, which lapsed": the year the
            # act's noun carries is its signing, never its end
            origin = origin_date(
                self.low, [d for d in near if d is not stated_end], k.start, k.end,
                pre_start, zone_end,
            )  # fmt: skip
            if stated_end is None:
                # "De gemeenteraad stemde op 2 mei; vanaf 1 juni 2022 is de band
                # verbroken": the day the end takes effect, never the signing
                # (the day of effect wins over an origin read in "the twinning with X,
                # with effect from 1 May")
                stated_end = next(
                    (
                        d
                        for d in near
                        if d.value is not None
                        and d.value.month is not None
                        and effective_end(
                            self.low,
                            d.start,
                            d.end,
                            u.start,
                            u.end,
                            [(m[0], m[1]) for m in markers if m[2] == "ended"],
                        )
                    ),
                    None,
                )
                if stated_end is origin:
                    origin = None
            if stated_end is None and end_marker is not None:
                # "ein Vertrag geschlossen, der 2010 auslief", "in 2015 opgeheven": the verb
                # after its date
                stated_end = next(
                    (
                        d
                        for d in near
                        if d is not origin
                        and d.value is not None
                        and d.end <= end_marker[0]
                        and not text[d.end : end_marker[0]].strip()
                    ),
                    None,
                )
            d_sign = None
            if sign is not None:
                # "die Gent in 2019 ... heeft getekend, is vorig jaar afgelopen": a date after the
                # signing verb and a comma, before the verb that ends the act, is the end's
                d_sign = date_near(
                    [
                        d
                        for d in near
                        if d is not stated_end
                        and not (
                            end_marker is not None
                            and sign[1] <= d.start
                            and d.end <= end_marker[1]
                            and "," in text[sign[1] : d.start]
                        )
                    ],
                    (sign[0] + sign[1]) // 2,
                    skip=blocked,
                )
                if (
                    d_sign is not None
                    and min(abs(d_sign.start - sign[1]), abs(sign[0] - d_sign.end)) > 30
                ):
                    d_sign = None
            if d_sign is None:
                # "Die samenwerkingsovereenkomst uit 2015 is stilzwijgend verlopen", "the 2015
                # agreement expired", "l'accord de 2015 a expiré", "die Vereinbarung aus dem
                # Jahr 2015 lief aus": the year the act's noun carries is its signing; "a 2019
                # letter of intent ..., which lapsed": also after an indefinite article
                d_sign = origin or next(
                    (
                        d
                        for d in near
                        if d is not stated_end
                        and year_before_noun(self.low, d.start, d.end, k.start)
                    ),
                    None,
                )
            anchor = end_marker[1] if end_marker else k.start
            d_end = stated_end or date_near(
                [d for d in near if d is not d_sign], anchor, skip=blocked
            )
            if d_sign is None and end_marker is not None and d_end is not None:
                # "Gold Coast – Beihai: sister city, 1998 (lapsed in 2012 ...)", "a Friendship
                # City agreement with Xiangtan ... in 2006, which expired in 2011": the act's
                # date between its noun and the verb that ends it, when the end has its own
                d_sign = next(
                    (
                        d
                        for d in reversed(near)
                        if d is not d_end
                        and d.value is not None
                        and d_end.value is not None
                        and k.end <= d.start
                        and d.end <= end_marker[0]
                        and d.value.year < d_end.value.year
                        and not any(s <= d.start < e for s, e in blocked)
                    ),
                    None,
                )
            if (
                d_sign is None
                and end_marker is not None
                and d_end is not None
                and d_end.value is not None
                and k.end <= end_marker[0]
            ):
                # "worked with X in 2012 under a student exchange agreement, which expired in
                # 2017", "a 2021 letter of intent ..., which lapsed in 2023": the year told
                # before the act's noun, in its clause, earlier than the end after it
                end_year = d_end.value.year
                d_sign = next(
                    (
                        d
                        for d in reversed(near)
                        if d is not d_end
                        and d.value is not None
                        and d.end <= k.start
                        and d.value.year < end_year
                        and not any(c in text[d.end : k.start] for c in ".;:")
                        and not any(s <= d.start < e for s, e in blocked)
                    ),
                    None,
                )
            ends = (
                d_end.value
                if d_end is not None
                # "zegde vorig jaar de stedenband op": a relative year the document's date
                # resolves (not "Tuesday night's meeting", which dates a meeting)
                and (
                    not d_end.relative
                    or (
                        self.doc.document_date is not None
                        and d_end.value is not None
                        and (
                            d_end.value.month is None
                            # "op 7 juli opgezegd": a day and month the page's year places
                            or any(c.isdigit() for c in d_end.text)
                        )
                    )
                )
                else None
            )
            signed = d_sign.value if d_sign is not None else None
            return signed, ends, duration
        # "according to the 2023 census": the year of a statistic, no signing
        near = [d for d in near if not _STATISTIC_AFTER.match(self.low, d.end)]
        # "Die Partnerschaft ruht seit 2014", "dormant since 2019": when it fell silent
        near = [
            d for d in near if not _DORMANT_SINCE.search(self.low, max(0, d.start - 40), d.start)
        ]
        # "A und B sind seit 1985 Partnerstädte, C und D seit 1986": the date of the pair after
        near = [
            d
            for d in near
            if d.start < k.end
            or "," not in self.text[k.end : d.start]
            or not self._pair_date(k.end, d)
        ]
        framed = [
            d
            for d in near
            if d.end <= k.start and reported_frame(self.low, d.start, d.end, k.start)
        ]
        if framed and any(d.start >= k.end and d.value is not None for d in near):
            # "It emerged at yesterday's meeting that a memorandum was signed ... in May": the
            # act's own date, not the report's
            near = [d for d in near if d not in framed]
        who = _WHO.search(self.low, k.end, zone_end)
        if who is not None:
            # "... by the Vice-Mayor, who is leading a visit that began on Monday": the
            # dates of a clause about a person are not the act's
            near = [d for d in near if d.start < who.start()]
        since = [
            d
            for d in near
            if d.start >= k.end
            and d.start - k.end <= 60
            and _SINCE.search(self.low, max(u.start, d.start - 12), d.start)
            # (not the original's, "renewed the agreement that has linked them since 2009")
            and not any(s <= d.start < e for s, e in blocked)
        ]
        # "has been twinned with Berlin since 2000": the date the tie runs from
        d = date_near(since or near, k.start, skip=blocked)
        if (
            d is not None
            and not strong
            and min(abs(d.start - k.end), abs(k.start - d.end)) > 30
            and not _SINCE.search(self.low, max(u.start, d.start - 12), d.start)
            and self._anniversary_in(u) is None
            and not dated_act(self.low, u.start, d)
        ):
            d = None  # "In 2015 Lyon hosted a meeting of its sister cities": not a signing
        if (
            d is not None
            and not strong
            and not _SINCE.search(self.low, max(u.start, d.start - 12), d.start)
            and _NAME_AFTER.match(self.text, k.end)
            and not _plural(self.text[k.start : k.end])
        ):
            # "bezocht in oktober 2018 de partnerstad Wuxi": a title of the place, not a
            # signing on the date of the sentence
            d = None
        signed = d.value if d is not None else None
        if d is not None:
            d = _finer_date(d, near)
            signed = d.value
        if d is None and _occasion(self.low, u.start, zone_end):
            # "On this occasion, the two cities signed ...", "that day": the date of the
            # sentence before when it gives a day or a month, else of the last act signed on
            # a known day ("At the same ceremony ...")
            # (a day or a month of that sentence, not a period of years it gives an act:
            # "signed on 30 October a plan for 2026 to 2030. The same day ...")
            # (a moment of a day, "le soir même", "that evening", needs a day: a month told
            # before it is no anchor, `_date_by_event` looks further back for the day)
            part = day_part(self.low, u.start, zone_end)
            days = [
                x
                for x in self.prev_dates
                if x.value is not None
                and x.value.month is not None
                and (not part or (x.value.day is not None and x.end_value is None))
            ]
            # (not the year a tie runs from: "Rennes coopère avec X depuis 2010. Lors de cette
            # visite, ...": the day of the visit told before it, if any)
            years = [] if part else self._occasion_told()
            d = date_near(days or years, u.start)
            if d is None and not part and not days and len(years) < len(self.prev_dates):
                d = self._occasion_back(u.start, None)
            if d is None and not part:
                # "Au mois de mai 2014, c'est au tour de X de venir ... Les visiteurs ... Les
                # deux communes signent à cette occasion ...": the last day or month its
                # paragraph told, a few sentences back
                d = self._paragraph_date(u.start)
            last = next(
                (
                    r
                    for r in reversed(self.state.readings)
                    if r.signed is not None and r.signed.day is not None
                ),
                None,
            )
            if d is not None and (d.value is None or self._future(d.value, [], 0, 0)):
                d = None  # "l'an prochain" in the sentence before is no ceremony's date
            if d is not None and d.value is not None and d.value.month is not None:
                signed = d.value
            elif last is not None:
                signed = last.signed
            elif d is not None:
                signed = d.value
        ends = stated_end.value if stated_end is not None else None
        if (
            d is not None
            and d.end_value is not None
            and signed is not None
            and signed.day is not None
            and (d.end_value.to_date() - signed.to_date()).days < 62
        ):
            # a stay ("from 3 to 7 June 2018"), not a term: the act was signed during it
            same_month = (signed.year, signed.month) == (d.end_value.year, d.end_value.month)
            signed = PartialDate(signed.year, signed.month) if same_month else signed
        elif d is not None and d.end_value is not None and signed is not None:
            # a period ("for 2021-2023", "the 2017-2019 action plan")
            months = _range_months(signed, d.end_value)
            if duration is None:
                duration = months
            ends = d.end_value
            other = date_near(
                [x for x in near if x.end_value is None and not self._since_before(u, x, k)],
                k.start,
                skip=blocked,
            )
            if other is not None and other.value is not None:
                signed = other.value
            elif self._period_of_a_since_sentence(u, near, k):
                signed = None  # "ville jumelle depuis 2007, ils ont signé ... pour 2024-2026"
            elif strong and term_period(self.low, u.start, d.start):
                # "ont signé un accord pour la période 2020-2022": the term, not the signing
                # date ("Bij die gelegenheid ...": the date of the occasion, if any)
                signed = self._occasion_date(u, zone_end)
        if signed is not None and signed.month is None and d is not None:
            signed = self._occasion_finer(u, zone_end, signed)
        if signed is None and d is None:
            signed = self._years_later(u, k)
        if ends is None and signed is not None and (d is None or d.end_value is None):
            # "een nieuw memorandum, dat loopt van 2021 tot en met 2025": a period of years
            # right after the act's word is its term; the calendar years it names as the
            # act's ("pour les années 2024 à 2028": 60, "for the years 2021 to 2023": 36) are
            # the act's months too, a span it runs over ("dat loopt van 2021 tot en met 2025")
            # its end only
            period = _period_after(near, d, k.end)
            if period is not None and period.value is not None and period.end_value is not None:
                ends = period.end_value
                if duration is None and term_period(self.low, u.start, period.start):
                    duration = _range_months(period.value, period.end_value)
        if signed is not None:
            # a count of a tie's years only where no verb signs the act ("celebrate 20 years
            # of friendly relations between A and B"): "To mark 15 years of cooperation, A and
            # B signed a memorandum on 3 May 2024" dates the memorandum 2024, not 2009
            n = self._jubilee_of(u, k, d, self._anniversary_in(u, counts=not strong))
            # "besteht in diesem Jahr dreißig Jahre": a relative year the page's date resolves
            if (
                n
                and d is not None
                and (
                    not d.relative
                    or (d.value is not None and d.value.month is None)
                    # "Op 12 juni kwam ... over het tienjarig bestaan van hun akkoord": the day
                    # of a meeting about the jubilee, when no verb signs the act
                    or not strong
                )
                # "on the twentieth anniversary ... reaffirmed the agreement on 9 October
                # 2014": the renewal's own date
                and status != "renewed"
                # "les trente ans du jumelage qui relie A à B depuis le 8 octobre 1994": the
                # day the tie runs from, no day of the jubilee
                and not _SINCE.search(self.low, max(u.start, d.start - 12), d.start)
            ):
                signed = PartialDate(signed.year - n) if signed.year - n >= 1 else None
        elif d is None and self.page_date is not None:
            # "celebrated the 20th anniversary of the arrangement", "al 25 jaar een stedenband",
            # "seit 30 Jahren verschwistert": counted back from the document's date
            since_years = _YEARS_SINCE.search(self.low, u.start, zone_end)
            n = self._jubilee_of(u, k, None, self._anniversary_in(u, counts=not strong)) or (
                year_count(since_years.group(1)) if since_years else None
            )
            if n and 0 < n < self.page_date.year:
                signed = PartialDate(self.page_date.year - n)
        if ends is None and signed is not None and duration:
            ends = signed.add_months(duration)
        return signed, ends, duration


# ------------------------------------------------------------------------------- merging


def _finer_date(d: DateMention, near: list[DateMention]) -> DateMention:
    """The day of the year `d` names, when the sentence gives it too ("1986: The mayors
    signed a friendship agreement on 3 September 1986"): a year, then the same year's day."""
    if d.value is None or d.value.month is not None or d.end_value is not None:
        return d
    year = d.value.year
    return next(
        (
            x
            for x in near
            if x is not d
            and not x.relative
            and x.end_value is None
            and x.value is not None
            and x.value.year == year
            and x.value.month is not None
        ),
        d,
    )


def _period_after(
    near: list[DateMention], chosen: DateMention | None, after: int
) -> DateMention | None:
    """The period of years ("2021 tot en met 2025") within 60 characters after `after`,
    other than the chosen date."""
    for x in near:
        if (
            x is not chosen
            and 0 <= x.start - after <= 60
            and x.value is not None
            and x.end_value is not None
            and x.value.month is None
            and x.end_value.year > x.value.year
        ):
            return x
    return None


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


def _specific(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    if a is None:
        return b
    if b is None:
        return a
    rank = {"year": 0, "month": 1, "day": 2}
    return b if rank[b.precision] > rank[a.precision] else a


def _nested(a: Actor, b: Actor) -> bool:
    """'Taipei County' and 'New Taipei City': one name's words inside the other's."""
    if a.country and b.country and a.country != b.country:
        return False
    wa, wb = set(fold(a.name).split()), set(fold(b.name).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


class _Cluster:
    def __init__(self, r: _Reading) -> None:
        self.readings = [r]
        self.type: AgreementType = r.type
        self.renewed = r.renewal or r.status == "renewed"
        self.keys = r.keys
        self._signed_memo: tuple[int, PartialDate | None] = (0, None)  # (readings seen, date)

    @property
    def signed(self) -> PartialDate | None:
        seen, out = self._signed_memo
        if seen != len(self.readings):
            for r in self.readings[seen:]:
                out = _specific(out, r.signed)
            self._signed_memo = (len(self.readings), out)
        return out

    def forget_signed(self) -> None:
        """Read the signing date from the readings again (after one of them changed)."""
        self._signed_memo = (0, None)

    def accepts(self, r: _Reading) -> bool:
        return (
            r.keys == self.keys
            and r.type == self.type
            and (r.renewal or r.status == "renewed") == self.renewed
            and _compatible(self.signed, r.signed)
            and not (
                # "the Action Plan 2019-2023" and "a new action plan for 2024 to 2026": two
                # terms, two acts
                r.ends is not None
                and any(
                    (q.ends_stated or r.ends_stated)
                    and q.ends is not None
                    and not _compatible(q.ends, r.ends)
                    for q in self.readings
                )
            )
        )


def _with_parties(r: _Reading, parties: tuple[Actor, ...]) -> _Reading:
    """A copy of the reading with other parties."""
    return _Reading(
        parties,
        r.type,
        r.status,
        r.strong,
        r.unit,
        r.span,
        r.group,
        title=r.title,
        signed=r.signed,
        duration=r.duration,
        ends=r.ends,
        ends_stated=r.ends_stated,
        sibling=r.sibling,
        generic=r.generic,
        renewal=r.renewal,
    )


def _later_plan(r: _Reading, c: _Cluster, page_year: int | None) -> bool:
    """Whether `r`, a renewal still to come, is a further act beside the renewals of `c` that
    the text dates before the page's year (see `plan_after_dated`)."""
    if not (r.renewal and r.strong and r.status == "planned" and r.signed is None):
        return False
    dated = [
        (q.unit, q.signed.year)
        for q in c.readings
        if q.strong and q.status == "renewed" and q.signed is not None
    ]
    return plan_after_dated(r.unit, page_year, dated)


def _merge(readings: list[_Reading], page_year: int | None = None) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    order = sorted(
        range(len(readings)),
        key=lambda i: (-(readings[i].signed is not None), i),
    )
    for i in order:
        r = readings[i]
        target = next(
            (c for c in clusters if c.accepts(r) and not _later_plan(r, c, page_year)), None
        )
        if target is None:
            clusters.append(_Cluster(r))
        else:
            target.readings.append(r)
    # one party named two ways with the same dated act ("Taipei County", "New Taipei City")
    merged: list[_Cluster] = []
    for c in clusters:
        target = None
        for m in merged:
            if m.type != c.type or m.renewed != c.renewed or len(m.keys) != len(c.keys):
                continue
            if m.signed is None or c.signed is None or not _compatible(m.signed, c.signed):
                continue
            da = [a for a in m.readings[0].parties if a.key not in c.keys]
            db = [a for a in c.readings[0].parties if a.key not in m.keys]
            if len(da) == 1 and len(db) == 1 and _nested(da[0], db[0]):
                target = m
                break
        if target is None:
            merged.append(c)
        else:
            target.readings.extend(c.readings)
    # an undated sister-city relation that an MoU or a cooperation agreement establishes
    out: list[_Cluster] = []
    retyped: dict[int, AgreementType] = {}
    for c in merged:
        if (
            c.type == "sister_city"
            and not c.renewed
            and c.signed is None
            and not any(r.standing for r in c.readings)
        ):
            host = next(
                (
                    m
                    for m in merged
                    if m is not c
                    and m.type in ("memorandum_of_understanding", "cooperation_agreement")
                    and not m.renewed
                    and not all(r.generic for r in m.readings)
                    and m.keys == c.keys
                    and _status_of(m)[0] == _status_of(c)[0]
                    and min(abs(r.unit - q.unit) for r in m.readings for q in c.readings) <= 3
                ),
                None,
            )
            if host is not None:
                host.readings.extend(c.readings)
                for r in c.readings:
                    retyped[r.group] = host.type
                continue
        out.append(c)
    for c in out:
        if any(r.sibling for r in c.readings):
            new = {retyped[r.group] for r in c.readings if r.group in retyped}
            if len(new) == 1:
                c.type = new.pop()
    return out


def _in_passing(reader: _Reader, c: _Cluster, host: _Cluster) -> bool:
    """Whether a cluster only names the tie of `host` in passing: no status word, no date,
    no term, no title, and in each sentence one party only ("aan zusterstad Zhenjiang") or
    the host's own report ("jumelée à Norwich, ... Salerne, avec laquelle un accord
    d'amitié a été paraphé")."""
    host_units = {q.unit for q in host.readings if q.strong}
    for r in c.readings:
        if r.strong or r.signed is not None or r.duration is not None or r.ends is not None:
            return False
        if r.title:
            return False
        u = reader.units[r.unit]
        named = r.keys & {a.key for a in reader.cast.within(u.start, u.end)}
        if len(named) > 1 and r.unit not in host_units:
            return False
    return True


def _another_name(reader: _Reader, clusters: list[_Cluster]) -> list[_Cluster]:
    """A sister city named in passing ("het werkbezoek aan zusterstad Zhenjiang", "visited
    its sister city Wuxi", "in der Partnerstadt Zhenjiang") where the text reports a
    friendship between the same two places (a treaty, a date, a signing) is that friendship
    under another name, not a second act (read once the undated acts took the dates of
    the signings the page reports)."""
    out: list[_Cluster] = []
    for c in clusters:
        host = None
        if c.type == "sister_city" and not c.renewed and c.signed is None:
            host = next(
                (
                    m
                    for m in clusters
                    if m is not c
                    and m.type == "friendship"
                    and m.keys == c.keys
                    and not m.renewed
                    and m.signed is not None
                    and _status_of(m)[0] == "signed"
                ),
                None,
            )
        if host is not None and _in_passing(reader, c, host):
            host.readings.extend(c.readings)
            continue
        out.append(c)
    return out


def _ended_as_friendship(clusters: list[_Cluster]) -> list[_Cluster]:
    """An undated town tie reported ended ("een einde gemaakt aan de stedenbanden met Kraśnik
    en Nantong", "mettre fin aux jumelages avec A et B") where the text dates a friendship
    between the same two places ("met Nantong tekende Rijswijk in 2003 een
    vriendschapsovereenkomst"): the generic word for the town ties names that friendship,
    which ends; not a second act of another type."""
    out: list[_Cluster] = []
    for c in clusters:
        host = None
        if c.type == "sister_city" and not c.renewed and c.signed is None:
            if _status_of(c)[0] == "ended" and not any(
                m is not c
                and m.type == "sister_city"
                and m.keys == c.keys
                and _status_of(m)[0] != "ended"
                for m in clusters
            ):
                host = next(
                    (
                        m
                        for m in clusters
                        if m.type == "friendship"
                        and m.keys == c.keys
                        and not m.renewed
                        and m.signed is not None
                    ),
                    None,
                )
        if host is not None:
            host.readings.extend(c.readings)
            continue
        out.append(c)
    return out


def _region_of_partner(clusters: list[_Cluster]) -> list[_Cluster]:
    """An act between a place and a province (a state, a region) that repeats an act of the
    same type between that place and a town of the province ("Kankan signed a friendship
    agreement with Jinhua, in Zhejiang province", "das Abkommen mit Hefei, der Hauptstadt der
    Provinz Anhui", "het akkoord met Jiangmen (Guangdong)"): the province names where the
    partner lies, not a second partner; the act is the town's."""
    towns: dict[tuple[str, AgreementType, str], list[_Cluster]] = {}
    for m in clusters:
        ps = m.readings[0].parties
        if len(ps) != 2:
            continue
        for a, b in ((ps[0], ps[1]), (ps[1], ps[0])):
            if b.kind == "place" and b.place_kind not in (None, "admin1", "country") and b.admin1:
                towns.setdefault((a.key, m.type, b.admin1), []).append(m)
    if not towns:
        return clusters
    out: list[_Cluster] = []
    for c in clusters:
        ps = c.readings[0].parties
        drop = False
        if len(ps) == 2:
            for a, b in ((ps[0], ps[1]), (ps[1], ps[0])):
                # a town's act; a province's partner is often a province ("Niedersachsen und
                # Anhui"), named beside its capital
                if a.place_kind != "city" or b.place_kind != "admin1" or not b.admin1:
                    continue
                for m in towns.get((a.key, c.type, b.admin1), []):
                    town = _other(m, a)
                    if (
                        m.renewed == c.renewed
                        and town is not None
                        and town.country == b.country
                        and not _same_stem(town, b)
                    ):
                        drop = True
        if not drop:
            out.append(c)
    return out


def _list_owner(text: str, units: list[Unit], readings: list[_Reading]) -> None:
    """An act whose one party is named in its own sentence and whose other party is a
    partner of a list, taken from the sentences before ("Met Fudan University lopen nog
    gesprekken. Het memorandum met Wuhan University liep af", "Chiang Mai, the old capital
    ... The two cities aim to sign"): the act is the list owner's, the place or institution
    that has acts with that partner and with at least one other (maybe the act's own
    partner) and is named before them, as in a list of partners followed by a sentence on
    each. The development gold has no act between two partners of one owner (no triangle in
    some 1,000 acts). A personal pronoun that opens the sentence ("It also signed ...") keeps
    the partner it refers to."""
    partners: dict[str, dict[str, Actor]] = {}  # {key: {its partner's key: its own actor}}
    first: dict[str, int] = {}  # where each party is first named among the acts' parties
    for r in readings:
        if r.sibling or len(r.parties) != 2:
            continue
        a, b = r.parties
        partners.setdefault(a.key, {})[b.key] = a
        partners.setdefault(b.key, {})[a.key] = b
        for c in r.parties:
            first[c.key] = min(first.get(c.key, c.start), c.start)
    if len(partners) < 3:
        return
    for n, r in enumerate(readings):
        if r.sibling or len(r.parties) != 2:
            continue
        u = units[r.unit]
        outside = [a for a in r.parties if not u.start <= a.start < u.end]
        if not outside or _PERSONAL_PRONOUN.match(text, u.start, u.end):
            continue
        if any(
            not _CITY_NAMED.match(text, m.end()) for m in _THE_CITY.finditer(text, u.start, u.end)
        ) or _THE_REGION.search(text, u.start, u.end):
            # "The County's only earlier relationship, a friendship agreement with Kamiichi":
            # the sentence names its owner by the document's own place, no list's owner
            continue
        # the party named farther before the act is the one taken from the context
        x = min(outside, key=lambda a: a.start)
        p = r.parties[1] if x is r.parties[0] else r.parties[0]
        theirs = partners.get(x.key, {})
        if len(theirs) != 2 or p.key not in theirs:
            continue
        owner_key = next(k for k in theirs if k != p.key)
        owner = partners[owner_key][x.key]
        if (
            owner.kind != x.kind
            or len(partners[owner_key].keys() - {x.key}) < 1
            or first[owner_key] > first[x.key]
            or _nested(owner, p)  # "Burgas Port" and "Port of Burgas": one party
        ):
            continue
        readings[n] = _with_parties(r, (owner, p))


# "respectively" in the four languages: the n-th owner goes with the n-th partner, the n-th
# partner with the n-th date; "bzw." and "beziehungsweise" also mean "or" and count only
# inside a list they join
_RESP_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in ("respectively", "respectievelijk", "respectivement", "beziehungsweise", "bzw", "resp")
)
_RESP_ANY: Final = re.compile(r"(?<![\w-])(?:respectively|respectievelijk|respectivement)(?![\w-])")
_RESP_JOIN: Final = (
    r"(?:and|et|en|und|&|respectively|respectievelijk|respectivement|beziehungsweise|bzw\.|"
    r"resp\.)"
)
# the gap between two items of one list: a comma or a conjunction, then at most three words
# that name the item's kind ("en de stad", "und dem Landkreis", "et la ville de")
_RESP_FILLER: Final = (
    r"(?:the|de|la|le|les|l['’]|het|der|die|dem|den|des|du|of|van|von|city|town|province|"
    r"county|district|region|stad|provincie|gemeente|regio|ville|commune|région|"
    r"stadt|kreis|landkreis|provinz|bezirk|region|chinese|chinesische[nmr]?|chinoises?)"
)
_RESP_GAP: Final = re.compile(
    r"\s*(?:,\s*(?:" + _RESP_JOIN + r"\s+)?|\s+" + _RESP_JOIN + r"\s+)"
    r"(?:" + _RESP_FILLER + r"\s*){0,3}",
    re.IGNORECASE,
)
_RESP_DATE_GAP: Final = re.compile(
    r"\s*(?:,\s*(?:" + _RESP_JOIN + r"\s+)?|\s+" + _RESP_JOIN + r"\s+)"
)
_RESP_INNER: Final = re.compile(
    r"(?i:respectively|respectievelijk|respectivement|beziehungsweise|bzw\.|resp\.)"
)


def _runs(text: str, items: list[tuple[int, int]], gap: re.Pattern[str]) -> list[list[int]]:
    """The lists among spans in text order: indexes of spans joined by `gap`, two or more."""
    out: list[list[int]] = []
    run = [0] if items else []
    for i in range(1, len(items)):
        if items[i - 1][1] <= items[i][0] and gap.fullmatch(text, items[i - 1][1], items[i][0]):
            run.append(i)
            continue
        if len(run) > 1:
            out.append(run)
        run = [i]
    if len(run) > 1:
        out.append(run)
    return out


def _respectively(reader: _Reader, readings: list[_Reading]) -> list[_Reading]:
    """Acts of a sentence that pairs two lists with "respectively": "Oujda, Nador et Berkane
    ont respectivement signé des protocoles avec Luoyang, Qinhuangdao et Shouguang" (the
    n-th owner with the n-th partner: three acts, not three acts of four parties); "X heeft
    met de provincie Jiangsu en de stad Suzhou sinds 2009 respectievelijk 2012 een
    vriendschapsrelatie" (one owner, the n-th partner dated by the n-th year). Read on the
    sentences with a respectively word that hold the readings of one act word."""
    if reader.idx.words.isdisjoint(_RESP_WORDS):
        return readings
    text, low = reader.text, reader.low
    by_unit: dict[int, list[int]] = {}
    for n, r in enumerate(readings):
        by_unit.setdefault(r.unit, []).append(n)
    drop: set[int] = set()
    added: list[_Reading] = []
    for unit, idxs in by_unit.items():
        if len({readings[n].group for n in idxs}) != 1:
            continue
        u = reader.units[unit]
        actors = [a for a in reader.cast.within(u.start, u.end) if not _is_locative(reader.doc, a)]
        runs = _runs(text, [(a.start, a.end) for a in actors], _RESP_GAP)
        dates = [d for d in reader.dates.within(u.start, u.end) if d.value is not None]
        date_runs = _runs(text, [(d.start, d.end) for d in dates], _RESP_DATE_GAP)
        anywhere = _RESP_ANY.search(low, u.start, u.end) is not None

        def joined(lo: int, hi: int) -> bool:
            return _RESP_INNER.search(text, lo, hi) is not None

        first = readings[idxs[0]]
        pairs: list[tuple[Actor, Actor, PartialDate | None]] = []
        if len(runs) == 2 and len(runs[0]) == len(runs[1]):
            owners = [actors[i] for i in runs[0]]
            partners = [actors[i] for i in runs[1]]
            if (
                anywhere
                or joined(owners[0].start, owners[-1].end)
                or joined(partners[0].start, partners[-1].end)
            ):
                ranked = [dates[i] for i in date_runs[0]] if len(date_runs) == 1 else []
                if len(ranked) == len(owners):
                    # "... with Kunming and Xi'an in 2015 and 2018 respectively"
                    pairs = [
                        (o, p, d.value) for o, p, d in zip(owners, partners, ranked, strict=True)
                    ]
                else:
                    pairs = [(o, p, first.signed) for o, p in zip(owners, partners, strict=True)]
        elif len(runs) == 1 and len(date_runs) == 1:
            partners = [actors[i] for i in runs[0]]
            years = [dates[i] for i in date_runs[0]]
            before = [
                a
                for a in actors
                if a.end <= partners[0].start and a.key not in {p.key for p in partners}
            ]
            with_prep = _WITH_PREP_BEFORE.search(
                text, max(u.start, partners[0].start - 40), partners[0].start
            )
            if (
                len(years) == len(partners)
                and before
                and with_prep is not None
                and (
                    joined(years[0].start, years[-1].end)
                    or _RESP_ANY.search(low, years[-1].end, min(u.end, years[-1].end + 16))
                )
            ):
                owner = before[-1]
                pairs = [(owner, p, d.value) for p, d in zip(partners, years, strict=True)]
        if not pairs:
            continue
        keys = {a.key for o, p, _ in pairs for a in (o, p)}
        if not all(readings[n].keys <= keys for n in idxs):
            continue
        drop.update(idxs)
        for o, p, signed in pairs:
            r = _with_parties(first, (o, p))
            r.signed = signed
            if signed is not None and r.duration and not r.ends_stated:
                r.ends = signed.add_months(r.duration)
            added.append(r)
    if not drop:
        return readings
    out = [r for n, r in enumerate(readings) if n not in drop]
    return out + added


_WITH_PREP_BEFORE: Final = re.compile(
    r"(?:with|met|mit|avec)\s+(?:" + _RESP_FILLER + r"\s*){0,3}\Z", re.IGNORECASE
)


# a personal pronoun as the subject that opens a sentence ("It also has ...", "Elle a signé")
_PERSONAL_PRONOUN: Final = re.compile(
    r"\W{0,3}(?:it|they|il|elle|ils|elles|er|sie|es|zij|ze|hij)\s", re.IGNORECASE
)


def _foreign_pair(c: _Cluster, home: Actor) -> tuple[Actor, Actor] | None:
    """The two parties of `c` when they are places of another country than the document's
    home place, else None."""
    ps = c.readings[0].parties
    if len(ps) != 2 or not home.country:
        return None
    a, b = ps
    for x in (a, b):
        if x.kind != "place" or x.place_kind == "country" or not x.country:
            return None
    if home.country in (a.country, b.country):
        return None
    return a, b


def _list_mates(reader: _Reader, clusters: list[_Cluster]) -> list[_Cluster]:
    """Acts whose two parties are items of one enumeration in every sentence that tells
    them ("sister-port pacts with five ports: Qinzhou, China; Mombasa, Kenya; Tema, Ghana",
    "liée à Gifu, Nancy et Munich"): the items are partners of the list's owner, never
    each other's; such an act is dropped (see `list_mates`)."""
    memo: dict[int, dict[str, int]] = {}
    out: list[_Cluster] = []
    for c in clusters:
        mates = True
        for r in c.readings:
            if len(r.parties) != 2 or not 0 <= r.unit < len(reader.units):
                mates = False
                break
            u = reader.units[r.unit]
            a, b = r.parties
            if not (u.start <= a.start < u.end and u.start <= b.start < u.end):
                mates = False
                break
            lists = memo.get(r.unit)
            if lists is None:
                spans = [(x.start, x.end, x.key) for x in reader.cast.within(u.start, u.end)]
                lists = memo[r.unit] = list_mates(reader.text, spans)
            n = lists.get(a.key)
            if n is None or lists.get(b.key) != n:
                mates = False
                break
        if not mates:
            out.append(c)
    return out


def _partners_of_home(home: Actor | None, clusters: list[_Cluster]) -> list[_Cluster]:
    """Two partners of the document's home read as each other's partners: an act between two
    places of other countries than the home's, one of which the document pairs again and
    again ("die chinesische Stadt Xianning und die ungarische Stadt Szentendre haben um die
    Begründung einer Städtepartnerschaft gebeten ... die Freundschaftsvereinbarung mit der
    tschechischen Stadt Tábor", in the minutes
    of a town's committee). Only where the home is a government writing or written to (a
    letterhead, "City of X"): a news page on two other towns lists one's partners. The party
    carried from act to act, named in none of the act's sentences, stands for the home; the
    act is the home's with the other one. A pair whose parties are named equally often, or
    whose carried party the act's sentence names, is left alone."""
    if home is None or home.kind != "place" or not home.government or len(clusters) < 2:
        return clusters
    pairs = [(c, _foreign_pair(c, home)) for c in clusters]
    if all(p is None for _, p in pairs):
        return clusters
    uses: dict[str, int] = {}
    for c in clusters:
        for k in c.keys:
            uses[k] = uses.get(k, 0) + 1
    out: list[_Cluster] = []
    for c, pair in pairs:
        if pair is None:
            out.append(c)
            continue
        a, b = pair
        if uses[a.key] == uses[b.key]:
            out.append(c)
            continue
        carried, kept = (a, b) if uses[a.key] > uses[b.key] else (b, a)
        if any(
            r.span[0] <= x.start < r.span[1]
            for r in c.readings
            for x in r.parties
            if x.key == carried.key
        ):
            out.append(c)  # named in the act's own sentence: "Cincinnati's sister cities are"
            continue
        readings = [_with_parties(r, (home, kept)) for r in c.readings]
        keys = readings[0].keys
        same = next(
            (
                o
                for o in out
                if o.keys == keys
                and o.type == c.type
                and o.renewed == c.renewed
                and _compatible(o.signed, c.signed)
            ),
            None,
        )
        if same is not None:
            same.readings.extend(readings)
            same.forget_signed()
            continue
        moved = _Cluster(readings[0])
        moved.readings.extend(readings[1:])
        moved.type, moved.renewed = c.type, c.renewed
        out.append(moved)
    return out


def _other(m: _Cluster, a: Actor) -> Actor | None:
    """The party of `m` other than `a`."""
    return next((b for b in m.readings[0].parties if b.key != a.key), None)


def _same_stem(a: Actor, b: Actor) -> bool:
    """'Brussel' and 'Brussels Hoofdstedelijk Gewest', 'Jilin' the city and the province:
    one name for the town and its region, not a town inside another region."""
    wa, wb = fold(a.name).split(), fold(b.name).split()
    return bool(wa and wb) and wa[0][:5] == wb[0][:5]


def _status_of(c: _Cluster) -> tuple[AgreementStatus, bool]:
    strong = [r for r in c.readings if r.strong]
    if strong:
        if (
            c.renewed
            and any(r.status == "planned" for r in strong)
            and not any(r.status == "renewed" and r.signed is not None for r in strong)
        ):
            # a renewal asked for, not yet made ("Renewal of MoU"); one that is also reported
            # made on a date was approved before it was signed
            return "planned", True
        best = max(strong, key=lambda r: _PRIORITY[r.status])
        if (
            best.status == "planned"
            and not c.renewed
            and all(r.signed is None for r in strong)
            and any(r.signed is not None and r.status == "signed" for r in c.readings)
        ):
            # "authorized to execute an MoU confirming a sister city relationship" and
            # "the Council adopted on March 4, 2014 a resolution establishing a sister city
            # relationship": a dated report of the act made outweighs an undated mention of
            # the act in a plan
            return "signed", False
        return best.status, True
    return c.readings[0].status, False


def _fact(doc: Doc, c: _Cluster, tag: str, cast: Cast) -> AgreementFact:
    status, _ = _status_of(c)
    # an act that ended was signed before: its signing readings date it too
    kept = {status, "signed"} if status == "ended" else {status}
    rs = [r for r in c.readings if r.status in kept or not r.strong] or c.readings
    signed: PartialDate | None = None
    for r in rs:
        if _compatible(signed, r.signed):
            signed = _specific(signed, r.signed)
    if status in ("planned", "not_concluded"):
        signed = None
    duration = next((r.duration for r in c.readings if r.duration), None)
    ends = next((r.ends for r in rs if r.ends is not None), None)
    if signed is not None and duration:
        computed = signed.add_months(duration)
        stated = [r.ends for r in rs if r.ends is not None and r.ends_stated]
        ends = stated[0] if stated else computed
    elif signed is None and status != "ended":
        ends = next((r.ends for r in rs if r.ends is not None and r.ends_stated), None)
    titles = [r.title for r in c.readings if r.title]
    title = max(titles, key=len) if titles else None
    names: dict[str, dict[str, int]] = {}  # how often each party is written each way
    for r in c.readings:
        for a in r.parties:
            counts = names.get(a.key)
            if counts is None:
                counts = names[a.key] = {}
            counts[a.name] = counts.get(a.name, 0) + 1
    parties = []
    for a in c.readings[0].parties:
        counts = names[a.key]  # every party of the first reading was counted
        name = max(counts, key=lambda n: counts[n]) if counts else a.name
        name = cast.display_name(a if name == a.name else replace(a, name=name))
        parties.append(Party(name=name, kind=a.kind, geonameid=a.geonameid))
    seen: set[tuple[int, int]] = set()
    evidence: list[Evidence] = []
    for r in sorted(c.readings, key=lambda r: r.span):
        if r.span in seen:
            continue
        seen.add(r.span)
        evidence.append(doc.evidence(r.span[0], r.span[1], extractor=tag))
    return AgreementFact(
        parties=tuple(parties),
        type=c.type,
        status=status,
        title=title,
        signed=signed,
        duration_months=duration,
        ends=ends,
        evidence=tuple(evidence),
    )


def _date_reported(reader: _Reader, clusters: list[_Cluster]) -> list[_Cluster]:
    """An act dated only by the report of it ("Port of X has signed a sister port agreement
    with Y, the port announced Tuesday", "X said on Friday it had signed ...") is the act
    another sentence dates by its signing ("The agreement was signed on Monday in Y"): the
    readings join that act, which keeps its own date. Only when one act of the same parties,
    kind and standing has a date of its own, no later than the report's."""
    low = reader.low
    position = {u.index: u for u in reader.units}

    def framed(c: _Cluster) -> bool:
        dated = [r for r in c.readings if r.signed is not None]
        if not dated:
            return False
        for r in dated:
            u = position.get(r.unit)
            if u is None or not any(
                d.value == r.signed and report_date(low, d.start)
                for d in reader.dates.within(u.start, u.end)
            ):
                return False
        return True

    out = list(clusters)
    for a in clusters:
        signed = a.signed
        if signed is None or not framed(a):
            continue
        told = [
            b
            for b in out
            if b is not a
            and b.keys == a.keys
            and b.type == a.type
            and b.renewed == a.renewed
            and b.signed is not None
            and not _compatible(b.signed, signed)
            and b.signed.to_date() <= signed.to_date()
            and not framed(b)
        ]
        if len(told) != 1:
            continue
        b = told[0]
        for r in a.readings:
            r.signed = None  # the report's day
            if not r.ends_stated:
                r.ends = None
        b.readings.extend(a.readings)
        b._signed_memo = (0, None)
        out.remove(a)
    return out


def _date_undated(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An undated act takes the date of a signing that a sentence of the page reports about
    an act of its kind (or about "the agreement", "it") and that names no other party: "Port
    of Tallinn signs MoU with Qingdao Port Group" over "A memorandum of understanding was
    signed in Lahti on 11 June by ...". A signing that could date two undated acts dates
    neither."""
    undated = [
        c
        for c in clusters
        if c.signed is None
        and not all(r.generic for r in c.readings)
        # "Aalens Partnerstadt Jiaxing" in a sentence that signs another act: no signing
        and not all(r.standing for r in c.readings)
        # a renewal, dated by the signing of it ("The renewal was signed on Tuesday")
        and _status_of(c)[0] == ("renewed" if c.renewed else "signed")
    ]
    if not undated:
        return
    found: dict[int, list[_Signing]] = {}
    for s in reader.signings():
        named = {a.key for a in s.named}
        if any(
            r.unit == s.unit and (r.keys <= named or (not named and _item_act(reader, r, s)))
            for c in clusters
            for r in c.readings
        ):
            # the sentence reports an act of its own, whose parties it names, or the act of
            # its list item (see `_item_act`)
            continue
        at = next((n for n, u in enumerate(reader.units) if u.index == s.unit - 1), None)
        # the act the sentence before names last: "The agreement, | which was signed on ..."
        # (any kind, for a word of none), "Une feuille de route lie ... | Signée le 7 octobre"
        last = reader.per_unit[at][-1:] if at is not None else []
        read = {c.type for c in clusters if any(r.unit == s.unit - 1 for r in c.readings)}
        before = frozenset(
            c.type
            for c in undated
            # a word of no kind is the kind of the act read in that sentence, if any
            if any((k.generic and (not read or c.type in read)) or k.type == c.type for k in last)
        )
        fits = [
            c for c in undated if _fits(s, c, before) and not _first_signing(clusters, c, s.date)
        ]
        if len(fits) == 1:
            found.setdefault(id(fits[0]), []).append(s)
        elif s.plural and not s.pronoun:
            # "The agreements, signed on Tuesday during the conference of the Pacific Ports
            # Forum": every undated act of its kind, the names of no act left aside
            told = {k for c in clusters for k in c.keys}
            bare = _Signing(
                s.unit, s.date, s.types, s.generic, s.pronoun,
                [a for a in s.named if a.key in told], s.months,
            )  # fmt: skip
            every = [
                c for c in undated if _fits(bare, c) and not _first_signing(clusters, c, s.date)
            ]
            for c in every:
                if not any(o is not c and _shorter_names(c, o) for o in every):
                    # "Napier Port signs sister port ties with Ningbo-Zhoushan" over "...
                    # with Ningbo Zhoushan Port Group": the short names stay undated
                    found.setdefault(id(c), []).append(s)
    for c in undated:
        signings = found.get(id(c))
        if not signings:
            continue
        worded = [s for s in signings if not s.pronoun]
        if worded and len(worded) < len(signings):
            # "arrived on Tuesday to put their signature on the document. ... signed the
            # agreement on 14 March": a sentence with the act's word before one naming it back
            signings = worded
        date: PartialDate | None = None
        for s in signings:
            if not _compatible(date, s.date):
                date = None
                break
            date = _specific(date, s.date)
        if date is not None:
            months = next((s.months for s in signings if s.months), None)
            for r in c.readings:
                r.signed = date
                if months and not r.duration:
                    r.duration = months
                if r.duration and r.ends is None:
                    r.ends = date.add_months(r.duration)
            c._signed_memo = (0, None)


def _date_beside_province(clusters: list[_Cluster]) -> None:
    """An undated act takes the date of the act of the same kind read with the same parties
    and the province one of its towns lies in ("Le jumelage de Niort avec Yueyang, ville du Hunan,
    fut conclu le 9 avril",
    "signed with Jinhua, in Zhejiang province, on 4 May", "am 3. Mai mit Hefei in der Provinz
    Anhui unterzeichnet"): the province names where the partner lies (see
    `_region_of_partner`), and the sentence dates the act of the two towns."""
    for c in clusters:
        if c.signed is not None or _status_of(c)[0] != ("renewed" if c.renewed else "signed"):
            continue
        parties = c.readings[0].parties
        days = {
            o.signed
            for o in clusters
            if o is not c
            and o.signed is not None
            and o.type == c.type
            and o.renewed == c.renewed
            and c.keys < o.keys
            and all(
                a.key in c.keys or any(_province_of(a, p) for p in parties)
                for a in o.readings[0].parties
            )
        }
        if len(days) != 1:
            continue
        date = days.pop()
        for r in c.readings:
            r.signed = date
            if r.duration and r.ends is None:
                r.ends = date.add_months(r.duration)
        c._signed_memo = (0, None)


def _date_coarse(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An act dated only by its year or month takes the finer day of that year or month on
    which another sentence reports an act of its kind (or "the agreement", "it") signed, naming
    no other party (see `_date_undated`): "Niort est jumelée avec Yueyang depuis 2001. ...
    La charte a été signée le 9 juin 2001", "In March the county signed a letter of intent
    ... The letter was signed on 21 March in Dalian", "Im
    September 1994 ... Die Urkunde wurde am 18. September 1994 unterzeichnet". Only when every
    such day is one and fits one act of the page; an act with a day keeps it."""
    coarse = [
        c
        for c in clusters
        if c.signed is not None
        and c.signed.day is None
        and not all(r.generic for r in c.readings)
        and _status_of(c)[0] == ("renewed" if c.renewed else "signed")
    ]
    if not coarse:
        return
    low = reader.low
    french = reader.doc.language == "fr"
    found: dict[int, list[_Signing]] = {}
    for s in reader.signings():
        if s.date.day is None or s.plural:
            continue
        named = {a.key for a in s.named}
        if any(r.unit == s.unit and r.keys <= named for c in clusters for r in c.readings):
            continue  # the sentence reports an act of its own, whose parties it names
        # the place of the signing is no party ("signée le 9 juin à Yueyang", "signed
        # in Hangzhou on 5 May", "in Qingdao unterzeichnet", "getekend in Wuhan")
        named_parties = [
            a
            for a in s.named
            if not venue_before(low, a.start, a.end, french and a.place_kind == "country")
        ]
        s = _Signing(
            s.unit, s.date, s.types, s.generic, s.pronoun, named_parties, s.months,
        )  # fmt: skip
        if any(
            o.signed is not None and o.signed == s.date for o in clusters
        ):  # the day another act of the page has
            continue
        fits = [
            c
            for c in clusters
            if _fits(s, c) and (c.signed is None or _compatible(c.signed, s.date))
        ]
        if len(fits) == 1 and fits[0] in coarse and not _first_signing(clusters, fits[0], s.date):
            found.setdefault(id(fits[0]), []).append(s)
    for c in coarse:
        signings = found.get(id(c))
        if not signings or len({s.date for s in signings}) != 1:
            continue
        date = signings[0].date
        for r in c.readings:
            if r.signed is not None and r.signed.day is None:
                r.signed = date
                if r.duration and not r.ends_stated:
                    r.ends = date.add_months(r.duration)
        c._signed_memo = (0, None)


def _date_by_jubilee(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An undated tie takes the year a sentence's jubilee counts back to, when the sentence
    names both its parties: "A und B feierten am Dienstag das 40-jährige Bestehen ihrer
    Partnerschaft" (a page of 2025: 1985), "A and B celebrate the 45th anniversary of their
    sister-province ties this week" (2026: 1981), "20 years of friendly relations between A
    and B". The year counted from is the sentence's
    own date, else the page's; a jubilee still to come ("will celebrate ... next year") dates
    nothing."""
    undated = [
        c
        for c in clusters
        if c.signed is None
        # a jubilee counts the years of a tie, not of a memorandum signed to mark it
        and c.type in ("sister_city", "friendship")
        and not c.renewed
        and _status_of(c)[0] == "signed"
        and not all(r.generic for r in c.readings)
    ]
    if not undated:
        return
    for u in reader.units:
        n = reader._anniversary_in(u)
        if not n:
            continue
        named = {a.key for a in reader.cast.within(u.start, u.end)}
        fits = [c for c in undated if c.keys <= named]
        if len(fits) != 1:
            continue
        dates = [d for d in reader.dates.within(u.start, u.end) if d.value is not None]
        if any(d.value and reader._future(d.value, [], 0, 0) for d in dates):
            continue  # "the 25th anniversary be celebrated with a memorandum ... in October"
        told = next((d.value for d in dates if not d.end_value), None)
        year = told.year if told is not None else None
        if year is None and reader.page_date is not None:
            year = reader.page_date.year
        if year is None or not 0 < n < year:
            continue
        c = fits[0]
        for r in c.readings:
            r.signed = PartialDate(year - n)
        c._signed_memo = (0, None)
        undated.remove(c)


def _term_later(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An act with no term takes the term that a sentence after its last report states with
    the act as its subject, when no sentence up to it reports another act: a pronoun right
    after a sentence naming the act ("... signed on 3 July. It runs for five years.", "L'accord
    prévoit ... Il est conclu pour une durée de cinq ans."), the act named back by its noun
    ("... ondertekend op 6 november. Studenten volgen ... De overeenkomst geldt voor vijf
    jaar."). Up to five sentences on, those between naming no other kind of act; the
    sentence names no date of its own."""
    position = {u.index: n for n, u in enumerate(reader.units)}
    last_of = [max(r.unit for r in c.readings) for c in clusters]
    for c, last in zip(clusters, last_of, strict=True):
        if (
            any(r.duration or r.ends_stated for r in c.readings)
            or _status_of(c)[0] not in ("signed", "renewed")
            or sum(1 for o in last_of if o == last) != 1
            or last not in position
        ):
            continue
        # the acts reported after this one: the term is found before any of them
        later = min((o for o in last_of if o > last), default=None)
        at = position[last]
        named = True  # the sentence before names the act
        for n in range(at + 1, min(at + 6, len(reader.units))):
            u, kws = reader.units[n], reader.per_unit[n]
            if (later is not None and u.index >= later) or any(
                not k.generic and k.type != c.type for k in kws
            ):
                break  # another act
            subject = (
                act_subject(reader.text, u.start, kws[0].start)
                if kws
                else named and act_subject(reader.text, u.start, None)
            )
            if subject and not reader.dates.within(u.start, u.end):
                months = _duration(reader.low, u.start, u.end, [])
                if months is not None:
                    _set_term(c, months)
                    break
            named = bool(kws)


def _term_of_kind(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An act with no term takes the term that a sentence of its own states with the act
    named as the subject and no place, organisation or date ("The MoU is valid for two years",
    "This Memorandum of Understanding shall remain in effect for a period of three years",
    "Die Vereinbarung gilt fünf Jahre"), wherever it stands among the act's reports: of the
    acts of that kind (of any kind for a word that names none), the one reported last before
    the sentence, else the only one; an act that has a term keeps it."""
    acts = [c for c in clusters if _status_of(c)[0] in ("signed", "renewed")]
    if not any(not any(r.duration or r.ends_stated for r in c.readings) for c in acts):
        return
    for n, u in enumerate(reader.units):
        kws = reader.per_unit[n]
        if not kws or not act_subject(reader.text, u.start, kws[0].start):
            continue
        if any(k.type != kws[0].type for k in kws) or reader.dates.within(u.start, u.end):
            continue
        if reader.cast.within(u.start, u.end):
            continue
        months = _duration(reader.low, u.start, u.end, [])
        if months is None:
            continue
        # "agreement" names any kind; "memorandum" an MoU only
        anyone = kws[0].generic and kws[0].type != "memorandum_of_understanding"
        kind = [c for c in acts if anyone or c.type == kws[0].type]
        before = [
            (max((r.unit for r in c.readings if r.unit < u.index), default=-1), c) for c in kind
        ]
        best = max((b for b, _ in before), default=-1)
        if best >= 0:
            kind = [c for b, c in before if b == best]
        if len(kind) != 1 or any(r.duration or r.ends_stated for r in kind[0].readings):
            continue
        if best >= 0 and any(
            not k.generic and k.type != kind[0].type
            for m in range(n)
            if best < reader.units[m].index
            for k in reader.per_unit[m]
        ):
            # "Donderdag zal de samenwerkingsovereenkomst worden ondertekend. De overeenkomst
            # krijgt een looptijd van vijf jaar": another act named in between has the term
            continue
        _set_term(kind[0], months)


def _term_by_anaphor(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An act with no term takes the term of a sentence that names it back: the act's word
    after a definite or demonstrative article ("The Sister Port Protocol, which ..., is valid
    for three years", "cet accord ... sera valable pour une durée de 4 ans", "De overeenkomst
    bepaalt dat ... gedurende vijf jaar"), a pronoun or a word for any act ("It runs for six
    years", "Signé pour deux ans, il favorisera", "The plan runs for two years").
    The anaphor resolves to the act reported last up to that sentence (of the word's kind,
    when the word names one), at most five sentences back; acts reported in one sentence
    alike take it together when they are of one kind, else none does. A sentence with a date,
    or that renews, ends or plans an act, states no term of an act told before."""
    if not any(not any(r.duration or r.ends_stated for r in c.readings) for c in clusters):
        return
    low = reader.low
    position = {u.index: n for n, u in enumerate(reader.units)}
    for n, u in enumerate(reader.units):
        if _DURATION_HINT.search(low, u.start, u.end) is None:
            continue
        kws = reader.per_unit[n]
        named = [k for k in kws if definite_before(low, u.start, k.start)]
        if len(named) < len(kws) or (not kws and not term_pronoun(low, u.start, u.end)):
            continue  # "signed an agreement, which runs for five years": a new act's term
        if reader.dates.within(u.start, u.end):
            continue
        if any(
            m[2] != "signed"
            # "It runs for six years and may be extended": renewable, no renewal
            and not (m[2] == "planned" and _RENEW_WORD.search(low, m[0], m[1]) is not None)
            for m in _markers(reader.idx, u.start, u.end, [])
        ):
            continue  # "will be extended for five years": a renewal's or a plan's term
        months = _duration(low, u.start, u.end, [])
        if months is None:
            continue
        held = _YEARS_SINCE.search(low, u.start, u.end)
        if held is not None and months == (year_count(held.group(1)) or 0) * 12:
            continue  # "have been twinned for 52 years": how long it lasted
        kinds = {k.type for k in named if not k.generic}
        candidates = [
            (max(r.unit for r in c.readings if r.unit <= u.index), c)
            for c in clusters
            if any(r.unit <= u.index for r in c.readings) and (not kinds or c.type in kinds)
        ]
        if not candidates:
            continue
        last = max(b for b, _ in candidates)
        if last not in position or n - position[last] > 5:
            continue
        chosen = [c for b, c in candidates if b == last]
        if len({c.type for c in chosen}) != 1:
            continue
        if any(
            not k.generic and k.type != chosen[0].type
            for m in range(position[last] + 1, n + 1)
            for k in reader.per_unit[m]
        ):
            # "Vrijdag zal het convenant worden getekend. Het convenant loopt vier jaar": the
            # act named in between has the term
            continue
        for c in chosen:
            if _status_of(c)[0] in ("signed", "renewed") and not any(
                r.duration or r.ends_stated for r in c.readings
            ):
                _set_term(c, months)


def _set_term(c: _Cluster, months: int) -> None:
    """Give act `c` a term of `months` (its end follows from its signing date)."""
    for r in c.readings:
        r.duration = months
        if r.signed is not None and r.ends is None:
            r.ends = r.signed.add_months(months)


def _shorter_names(c: _Cluster, o: _Cluster) -> bool:
    """Whether act `c` is act `o` of the same kind named shorter: each party of `c` is a party
    of `o` or a name inside one ("Lianyungang" in "Port of Lianyungang")."""
    if c.type != o.type or c.keys == o.keys:
        return False
    return all(
        a.key in o.keys
        or any(set(fold(a.name).split()) < set(fold(b.name).split()) for b in o.readings[0].parties)
        for a in c.readings[0].parties
    )


def _first_signing(clusters: list[_Cluster], c: _Cluster, date: PartialDate) -> bool:
    """Whether `date` is, for a renewed act `c`, the first signing of the act it renews (the
    date of a signed act of the same parties: "renewed their agreement. It was first signed
    in 2010"), or before it: no day of the renewal."""
    if not c.renewed:
        return False
    for o in clusters:
        first = o.signed
        if o is c or o.renewed or o.keys != c.keys or first is None:
            continue
        if _compatible(first, date) or date.to_date() < first.to_date():
            return True
    return False


def _item_act(reader: _Reader, r: _Reading, s: _Signing) -> bool:
    """Whether reading `r`, of the sentence of signing `s`, is the act of the list item that
    sentence belongs to: dated by the signing, of its kind, with a party named earlier on the
    same line ("- Barga (Italie). La charte de jumelage signée en 1995 ...": that item's act,
    no other item's)."""
    if r.signed is None or r.type not in s.types:
        return False
    start = next((u.start for u in reader.units if u.index == s.unit), None)
    if start is None:
        return False
    text = reader.text
    return any(a.start < start and "\n" not in text[a.start : start] for a in r.parties)


def _date_by_closing(reader: _Reader, clusters: list[_Cluster]) -> None:
    """The formula closing an act's own text dates that act: "This Proclamation was signed in
    Dalian on October 15, 2024", "Done at Kolkata on 23 October 2013", "Fait à Angoulême, le
    17 juin 2019", "Geschehen zu Bonn am 3. Mai 2010", "Gedaan te Gent op 4 juni 2018". The
    act is the one undated act (signed or renewed) the text tells as itself: read in its
    title (its first line, and the second when it is no sentence) or in a sentence with
    "hereby", "hiermit", "hierbij", "le présent". When the title's act was joined with an
    earlier act a recital dates, it is parted from it as an act of its own, with the term
    "le présent protocole" states. The formula stands in the second half of the text, with
    a day or a month."""
    units, low = reader.units, reader.low
    if len(units) < 3:
        return
    undated = [
        c
        for c in clusters
        if c.signed is None
        and _status_of(c)[0] in ("signed", "renewed")
        and not all(r.generic or r.standing for r in c.readings)
    ]
    date: PartialDate | None = None
    half = len(low) // 2
    for u in reversed(units):
        if u.start < half:
            break
        head = closing_formula(low, u.start, u.end)
        if head is None:
            continue
        near = [
            d
            for d in reader.dates.within(u.start, min(u.end, head + 80))
            # "on 28 November 2023": a date mention may hold the formula's preposition
            if d.end > head
            and d.value is not None
            and not d.end_value
            and d.value.precision != "year"
        ]
        if near:
            date = near[0].value
            break
    if date is None:
        return
    title = {units[0].index}
    second = units[1]
    if not reader.dates.within(second.start, second.end) and not low[
        second.start : second.end
    ].rstrip().endswith((".", ";", ":")):
        title.add(second.index)  # a title on two lines, no sentence
    own_units = [u for u in units if own_act(low, u.start, u.end)]
    mine = title | {u.index for u in own_units}
    own = [c for c in undated if any(r.unit in mine for r in c.readings)]
    months: int | None = None
    if not own:
        # the title's act joined with an earlier act of the same kind a recital dates ("Vu la
        # convention ... signée le 9 juin 1999"): the text's own act is a further one
        hosts = [
            c
            for c in clusters
            if c.signed is not None
            and not _compatible(c.signed, date)
            and any(r.unit in mine and r.signed is None for r in c.readings)
            and any(r.unit not in mine for r in c.readings)
        ]
        if len(hosts) != 1 or _status_of(hosts[0])[0] != "signed":
            return
        host = hosts[0]
        moved = [r for r in host.readings if r.unit in mine and r.signed is None]
        host.readings = [r for r in host.readings if r not in moved]
        host._signed_memo = (0, None)
        c = _Cluster(moved[0])
        c.readings = moved
        clusters.append(c)
        months = next(
            (m for u in own_units if (m := _duration(low, u.start, u.end, [])) is not None), None
        )
    elif len(own) == 1:
        c = own[0]
    else:
        return
    for r in c.readings:
        r.signed = date
        if months and not r.duration:
            r.duration = months
        if r.duration and r.ends is None:
            r.ends = date.add_months(r.duration)
    c._signed_memo = (0, None)


def _date_by_event(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An undated act that its sentence reports signed takes the date of the event the page
    told before it: the visit, trip or forum its sentence names ("Tijdens die reis
    ondertekende ...", "Au cours du forum, ... ont signé", "in de marge van het bezoek"),
    dated in one of the six sentences before (the one naming a party of the act first; the
    day another act was signed is none);
    or, in a dated page, the one recent event day the page tells before the act ("A
    delegation ... visited UET on Monday. ... A memorandum of understanding was signed ...",
    "le forum, ouvert lundi dernier ... L'Université a signé deux accords"); in an undated
    page, the one day told before the act, in the six sentences before it ("Le mardi 12
    septembre 2023, ... C'est là que ... a signé"). An act told as done earlier ("had already
    signed", "bereits") takes none."""
    undated = [
        c
        for c in clusters
        if c.signed is None
        and not all(r.standing for r in c.readings)
        and _status_of(c)[0] == ("renewed" if c.renewed else "signed")
    ]
    if not undated:
        return
    units = reader.units
    position = {u.index: n for n, u in enumerate(units)}
    for c in undated:
        chosen: DateMention | None = None
        for r in sorted(c.readings, key=lambda r: r.unit):
            if r.strong and r.status in ("signed", "renewed") and chosen is None:
                # the dates of the other acts of its sentence, with other parties ("A and B
                # signed ..., and C and D renewed the agreement first concluded in 2010"), or
                # the first signing of the act it renews
                taken = [
                    x.signed
                    for o in clusters
                    if o is not c and (o.keys.isdisjoint(c.keys) or o.renewed != c.renewed)
                    for x in o.readings
                    if x.unit == r.unit and x.signed is not None
                ]
                chosen = _event_of(reader, c, r.unit, position, taken)
        if chosen is None or chosen.value is None:
            continue
        date = event_value(chosen.value, chosen.end_value)
        for x in c.readings:
            x.signed = date
            if x.duration and x.ends is None:
                x.ends = date.add_months(x.duration)
        c._signed_memo = (0, None)
    _date_by_added(reader, clusters)


def _date_by_added(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An undated act that its sentence tells signed as one more of the acts just reported
    ("Per Videoschaltung unterzeichneten A und B am Montag ... Zudem schlossen C und D einen
    Kooperationsvertrag", "... a signé des accords avec A et B. Un mémorandum ... a également
    été signé avec C") takes the day on which the sentence before dates its acts, when it
    dates them all to one day. An act told as done earlier ("had also signed") takes none."""
    undated = [
        c
        for c in clusters
        if c.signed is None
        and not all(r.standing for r in c.readings)
        and _status_of(c)[0] == ("renewed" if c.renewed else "signed")
    ]
    if not undated:
        return
    units, low = reader.units, reader.low
    position = {u.index: n for n, u in enumerate(units)}
    for c in undated:
        # "A and B also renewed their agreement, first concluded in 2011": the renewal's
        # verb, whose date is none of the first signing's
        verb = "renewed" if c.renewed else "signed"
        r = min(
            (x for x in c.readings if x.strong and x.status == verb),
            default=None,
            key=lambda x: x.unit,
        )
        n = position.get(r.unit) if r is not None else None
        if r is None or not n:
            continue
        u = units[n]
        if not added_act(low, u.start, u.end) or told_as_earlier(low, u.start, u.end):
            continue
        signs = [m for m in _markers(reader.idx, u.start, u.end, []) if m[2] == verb]
        if not signs or any(
            attached(low, d.start, d.end, m[0], m[1])
            for d in reader.dates.within(u.start, u.end)
            for m in signs
        ):
            # no signing told, or one with a date of its own ("... signé avec Prato, jumelée
            # avec Wenzhou depuis 2016": that year dates another tie)
            continue
        before = units[n - 1].index
        days = {
            x.signed
            for b in clusters
            if b is not c
            for x in b.readings
            if x.unit == before and x.signed is not None
        }
        if len(days) != 1:
            continue
        date = days.pop()
        if date is None or date.day is None:
            continue
        for x in c.readings:
            x.signed = date
            if x.duration and x.ends is None:
                x.ends = date.add_months(x.duration)
        c._signed_memo = (0, None)


def _dates_of_no_signing(
    reader: _Reader, v: Unit, keep: Callable[[DateMention], bool]
) -> list[DateMention]:
    """The dates of sentence `v` that `keep` accepts, but for the day another act was signed
    or renewed in it (a date attached to its marker): the candidates of an event's day."""
    low = reader.low
    signs = [m for m in _markers(reader.idx, v.start, v.end, []) if m[2] in ("signed", "renewed")]
    return [
        d
        for d in reader.dates.within(v.start, v.end)
        if keep(d) and not any(attached(low, d.start, d.end, m[0], m[1]) for m in signs)
    ]


def _event_of(
    reader: _Reader,
    c: _Cluster,
    unit: int,
    position: dict[int, int],
    taken: list[PartialDate] | None = None,
) -> DateMention | None:
    """The date of the event at which the sentence `unit` reports act `c` signed or renewed
    (see `_date_by_event`), else None. The dates `taken` (other acts' of the sentence) are
    not its own."""
    n = position.get(unit)
    if n is None:
        return None
    units, page, low = reader.units, reader.page_date, reader.low
    u = units[n]
    markers = _markers(reader.idx, u.start, u.end, [])
    signs = [m for m in markers if m[2] == "signed" or (c.renewed and m[2] == "renewed")]
    if not signs or any(
        m[2] == "not_concluded"
        or (m[2] == "planned" and not (m[0] > signs[0][0] and _act_subject(low, m[0])))
        for m in markers
    ):
        return None
    # a term period ("pour la période 2020-2022") is no signing date of the act
    own = [
        d
        for d in reader.dates.within(u.start, u.end)
        if d.value is not None
        and not term_period(low, u.start, d.start)
        and not (taken and d.value in taken)
    ]
    event = at_event(low, u.start, u.end) or _at_gathering(low, u.start, u.end)
    part = low[u.start : u.end]
    if not own and not event and gated(low, u.start, u.end, _THEN_WORDS, _THEN):
        then = reader._paragraph_date(u.start)
        if then is not None and then.value is not None and then.value.month is not None:
            return then
        return None
    if own:
        # the event's own day, told before the signing and not attached to it ("En marge du
        # forum, ouvert lundi dernier, ... ont signé") is the act's day in a dated page
        if (
            event
            and len({(d.value, d.end_value) for d in own}) == 1
            and own[0].end <= signs[0][0]
            and not any(attached(low, d.start, d.end, m[0], m[1]) for d in own for m in signs)
            and own[0].value is not None
            and own[0].value.day is not None
        ):
            return own[0]
        return None
    if event:
        nouns = [w for w in _EVENT_NOUNS if w in part]
        best: tuple[bool, bool, int] | None = None
        chosen: DateMention | None = None
        for back in range(n - 1, max(-1, n - 7), -1):
            v = units[back]
            ds = _dates_of_no_signing(
                reader,
                v,
                lambda d: (
                    d.value is not None
                    and d.value.month is not None
                    and (page is None or d.value.to_date() <= page)
                    # the page's own day ("date 2019-10-30", "momenteel") is no event told,
                    # but a weekday is ("HEFEI, 16. Juni 2025 -- ... haben am Montag ...")
                    and not (
                        page is not None and d.value.to_date() == page and not told_weekday(d.text)
                    )
                ),
            )
            if not ds:
                continue
            names = any(a.key in c.keys for a in reader.cast.within(v.start, v.end))
            # the sentence naming the event itself ("a accueilli ... les Rencontres") before
            # one telling a moment of it ("Le 22 octobre, la séance d'ouverture")
            told = any(w in low[v.start : v.end] for w in nouns)
            key = (names, told, back)
            if best is None or key > best:
                best, chosen = key, ds[0]
        return chosen
    if day_part(low, u.start, u.end):
        # "Aan het eind van de middag werd een convenant getekend", "Earlier in the day
        # the ports had signed ...", "le soir même": the last day told before it (a part of
        # the day needs a day: a month or a stay of several days is no anchor)
        for back in range(n - 1, max(-1, n - 13), -1):
            ds = _dates_of_no_signing(
                reader,
                units[back],
                lambda d: (
                    d.value is not None
                    and d.value.day is not None
                    and d.end_value is None
                    and (page is None or d.value.to_date() < page or told_weekday(d.text))
                ),
            )
            if ds:
                return ds[-1]
        return None
    if told_as_earlier(low, u.start, u.end):
        return None
    before = [
        d
        for d in reader.dates.within(units[0].start, u.start)
        if d.value is not None
        and not (page is not None and d.value.month is not None and d.value.to_date() == page)
    ]
    if len({(d.value, d.end_value) for d in before}) != 1:
        return None
    d = before[0]
    if d.value is None or d.value.day is None:
        return None
    if page is None:
        # an undated page: the day must open the report, in the six sentences before
        if d.start < units[max(0, n - 6)].start:
            return None
    elif not 0 <= (page - d.value.to_date()).days <= 92:
        return None
    return d


# a gathering an act is signed at, besides the visits and forums of `at_event`: "on the
# sidelines of the conference", "en marge des Rencontres", "am Rande der Konferenz", "in de
# marge van de 3e editie van het congres", "lors du salon", "à l'occasion des Assises",
# "während der Messe"
_GATHERING: Final = re.compile(
    r"(?<![\w-])(?:(?:on\s+the\s+(?:sidelines|margins?)|in\s+the\s+margins?)\s+of|"
    r"in\s+de\s+marge\s+van|en\s+marge\s+d[eu'’]|am\s+rande|"
    r"(?:during|at|tijdens|op|au\s+cours\s+d(?:es|e|u|['’])|lors\s+d(?:es|e|u|['’])|"
    r"à\s+l['’]occasion\s+d(?:es|e|u|['’])|pendant|während|bei|auf|anlässlich)"
    r"(?=\s*(?:[\w'’-]+\s+){0,3}?(?:conferences?|congress|fair|expo|festival|"
    r"meeting|conférence|congrès|salon|rencontres|assises|sommet|konferenz|kongress(?:es)?|"
    r"messe|tagung|festivals?|conferentie|congres|beurs|"
    # the ceremony of such a gathering: "at the opening ceremony", "lors de la cérémonie
    # d'ouverture", "bei der Eröffnungsfeier", "tijdens de openingsceremonie"
    r"ceremony|cérémonie|zeremonie|eröffnungsfeier|abschlussfeier|festakt|ceremonie|"
    r"openingsceremonie|slotceremonie|plechtigheid)(?![\w-])))"
)
# the words one of which such a phrase holds (a quick test before the pattern)
_GATHERING_WORDS: Final = (
    "marge", "margin", "sideline", "rande", "conf", "congr", "kongress", "fair", "expo",
    "festival", "meeting", "salon", "rencontres", "assises", "sommet", "messe", "tagung",
    "beurs", "ceremon", "cérémonie", "zeremonie", "feier", "festakt", "plechtigheid",
)  # fmt: skip
# the time the paragraph just told: "Damals unterzeichneten beide Seiten", "At that time the
# two towns signed", "À l'époque, les deux villes ont signé", "Op dat moment tekenden"
_THEN: Final = re.compile(
    r"(?<![\w-])(?:damals|zu\s+diesem\s+zeitpunkt|at\s+(?:that|the)\s+time|"
    r"à\s+l['’]époque|à\s+ce\s+moment-là|op\s+dat\s+moment)(?![\w-])"
)
_THEN_WORDS: Final = ("damals", "zeitpunkt", "time", "époque", "moment")

# the nouns of an event, to find the sentence that tells it
_EVENT_NOUNS: Final = (
    "visit", "trip", "journey", "mission", "forum", "summit", "bezoek", "reis", "missie",
    "voyage", "séjour", "sommet", "besuch", "reise", "gipfel", "conference", "congress",
    "conférence", "congrès", "salon", "rencontres", "assises", "konferenz", "kongress",
    "messe", "tagung", "conferentie", "congres", "beurs", "festival", "fair", "expo",
)  # fmt: skip


def _at_gathering(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] names a gathering an act was signed at (see `_GATHERING`)."""
    return gated(low, start, end, _GATHERING_WORDS, _GATHERING)


# the subject of an act, after its word: "eine Absichtserklärung über eine künftige
# Partnerschaft", "a letter of intent on a future partnership", "une lettre d'intention sur
# un futur jumelage", "een intentieverklaring over een toekomstige stedenband"
_SUBJECT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:über|on|about|concerning|regarding|sur|concernant|over|betreffende|"
    r"inzake|betreffend)\s+(?:(?:eine?[nmrs]?|die|der|den|das|a|an|the|un|une|la|le|les|"
    r"een|de|het)\s+)?\Z"
)


def _act_subject(low: str, at: int) -> bool:
    """Whether the word at `at` opens the subject of an act ("über eine künftige
    Partnerschaft"): a planned word there is not the act's status."""
    return _SUBJECT_BEFORE.search(low, max(0, at - 30), at) is not None


def _date_endings(reader: _Reader, clusters: list[_Cluster]) -> None:
    """An ended act with no end date ends on the day that a sentence after its report (or
    the report itself) gives the ending or the decision to end, when that sentence names no
    other party: "Capelle maakt een einde aan zijn stedenbanden met Anshan en Pécs. Dat
    besloot de gemeenteraad op 16 januari", "... voted on 3 March to end it"."""
    if not any(r.status == "ended" for c in clusters for r in c.readings):
        return
    ended = [c for c in clusters if _status_of(c)[0] == "ended"]
    if not ended:
        return
    endings = reader.endings()
    if not any(e[2] == 3 for e in endings):
        ended = [c for c in ended if all(r.ends is None for r in c.readings)]
    head = reader.units[0].index + 1 if reader.units else 0
    effect = {(unit, date.iso()) for unit, date, strength, _ in endings if strength == 3}
    for c in ended:
        if effect and any(
            not r.strong and r.signed is not None and (r.unit, r.signed.iso()) in effect
            for r in c.readings
        ):
            # "De stedenband eindigt met ingang van 15 juni" after the vote to end it: the
            # day the end takes effect, not a signing of the act the sentence names
            for r in c.readings:
                if not r.strong and r.signed is not None and (r.unit, r.signed.iso()) in effect:
                    r.signed = None
            c.forget_signed()
    for c in ended:
        # an end already dated is moved only to a day the end takes effect ("De raad besloot
        # op 2 mei de band te beëindigen ... de relatie stopt met ingang van 1 juni")
        floor = 0 if all(r.ends is None for r in c.readings) else 3
        first = min(r.unit for r in c.readings)
        last = max(r.unit for r in c.readings if r.status == "ended")
        # an end told in the headline only ("Gemeente X beëindigt zusterrelatie met Y") is
        # dated by the decision the lead tells a few sentences down ("De gemeenteraad stemde
        # daar op 2 oktober 2024 mee in")
        reach = 4 if last <= head else 2
        parties = c.readings[0].parties
        best: tuple[int, int, PartialDate] | None = None  # (strength, -distance, date)
        for unit, date, strength, named in endings:
            if strength < floor or not first <= unit <= last + reach:
                continue
            if not all(a.key in c.keys or any(_nested(a, p) for p in parties) for a in named):
                continue
            if c.signed is not None and _compatible(c.signed, date):
                continue
            key = (strength, -abs(unit - last), date)
            if best is None or key[:2] > best[:2]:
                best = key
        if best is not None:
            for r in c.readings:
                if r.status == "ended":
                    r.ends, r.ends_stated = best[2], True


def _signing_bodies(reader: _Reader, readings: list[_Reading]) -> None:
    """A place read as the party of an organisation's act where its sentence names it only
    as the venue ("... setzten die Vorsitzenden der Lianyungang Port Holdings Group und der
    Rostock Port GmbH in Rostock ihre Unterschriften ...", "signed in Antwerp by the heads of
    Port of Antwerp and ...") is the organisation of that sentence named after it: the body
    that signs, not the town where."""
    for r in readings:
        if len(r.parties) != 2:
            continue
        orgs = [a for a in r.parties if a.kind == "organisation" and not a.government]
        places = [a for a in r.parties if a.kind == "place" and not a.government]
        if len(orgs) != 1 or len(places) != 1:
            continue
        place = places[0]
        u = reader.units[r.unit]
        named = reader.cast.within(u.start, u.end)
        own = [a for a in named if a.key == place.key]
        if not own or not all(_is_locative(reader.doc, a) for a in own):
            continue
        bodies = {
            a.key: a
            for a in named
            if a.kind == "organisation"
            and a.key != orgs[0].key
            and not a.government
            and a.org_kind != "government_service"
            and f" {fold(place.name)} " in f" {fold(a.name)} "
        }
        if len(bodies) == 1:
            body = next(iter(bodies.values()))
            r.parties = tuple(body if a is place else a for a in r.parties)
            r.keys = frozenset(a.key for a in r.parties)


# An authorisation to sign, in the resolution's next point: "Die Bürgermeisterin wird
# ermächtigt, die Partnerschaftsvereinbarung zu unterzeichnen", "The Mayor is authorized to
# sign the agreement", "De burgemeester wordt gemachtigd de overeenkomst te ondertekenen",
# "Le maire est autorisé à signer la convention"
_AUTHORISED_TO_SIGN: Final = re.compile(
    r"(?<![\w-])(?:ermächtigt|bevollmächtigt|beauftragt|authori[sz]ed|empowered|gemachtigd|"
    r"gemandateerd|autorisée?|habilitée?)(?![\w-])[^.;]{0,120}?(?<![\w-])(?:zu\s+unterzeichnen|"
    r"zu\s+unterschreiben|abzuschließen|abzuschliessen|to\s+(?:sign|execute|enter\s+into)|"
    r"te\s+(?:ondertekenen|tekenen|sluiten)|à\s+signer|à\s+conclure)(?![\w-])",
    re.IGNORECASE,
)


# the words that open it (a gate on the document's words, `DocIndex.words`: Latin-1)
_AUTHORISE_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "ermächtigt bevollmächtigt beauftragt authorised authorized empowered gemachtigd"
    " gemandateerd autorisé autorisée habilité habilitée".split()
)


def _authorised_next(reader: _Reader, readings: list[_Reading]) -> None:
    """An act a resolution states with no status word ("1. Die Stadt Witten geht mit der
    Stadt Quzhou eine Städtepartnerschaft ein.") whose next sentence authorises someone to
    sign its instrument, a sentence that reports no act of its own ("2. Die Bürgermeisterin
    wird ermächtigt, die Partnerschaftsvereinbarung zu unterzeichnen."), is still to be
    signed: planned."""
    if reader.idx.words.isdisjoint(_AUTHORISE_WORDS):
        return
    reported = {r.unit for r in readings}
    for r in readings:
        if r.strong or r.signed is not None or r.status != "signed" or r.renewal:
            continue
        nxt = r.unit + 1
        if nxt >= len(reader.units) or nxt in reported or not reader.per_unit[nxt]:
            continue
        u = reader.units[nxt]
        if _AUTHORISED_TO_SIGN.search(reader.text, u.start, u.end) is not None:
            r.status, r.strong = "planned", True


def _ties_of_plans(reader: _Reader, clusters: list[_Cluster]) -> None:
    """A twinning or a friendship that a page names only in sentences that name an
    instrument still to be approved or signed, with no status word of its own
    ("Absichtserklärung zur Anbahnung einer Städtepartnerschaft mit ..." over a proposal to
    authorise its signing; "Recommendation to approve the Memorandum ... Regarding the
    Establishment of Friendly City Relations", then the draft's "reached consensus on
    establishing friendly city relations"), is the tie the plan would establish: planned,
    like its instrument."""
    for c in clusters:
        if c.type not in ("sister_city", "friendship") or c.renewed or c.signed is not None:
            continue
        if any(r.strong or r.generic for r in c.readings):
            continue
        for m in clusters:
            if (
                m.type not in _INSTRUMENTS
                or m.keys != c.keys
                or m.renewed
                or _status_of(m) != ("planned", True)
            ):
                continue
            # each sentence of the tie names the instrument (by its kind's word)
            if all(
                any(k.type == m.type and not k.generic for k in reader.per_unit[r.unit])
                for r in c.readings
            ):
                for r in c.readings:
                    r.status, r.strong = "planned", True
                break


def _successor_renewals(reader: _Reader, clusters: list[_Cluster]) -> None:
    """A dated act called new ("signed a new Memorandum of Understanding", "een nieuw
    memorandum", "la nouvelle convention", "eine neue Vereinbarung") after an earlier dated act
    of the same parties and kind that the text reports in another sentence ("the previous
    memorandum, 2016-2020, has expired", "la première convention, signée en 2022") is that
    act's renewal; the earlier act keeps its own date and status."""
    for c in clusters:
        if c.renewed or c.signed is None or len(c.keys) < 2 or _status_of(c)[0] != "signed":
            continue
        year = c.signed.year
        earlier = [
            m
            for m in clusters
            if m is not c
            and m.keys == c.keys
            and m.type == c.type
            and m.signed is not None
            and m.signed.year < year
            and _status_of(m)[0] in ("signed", "renewed", "ended")
        ]
        if not earlier:
            continue
        theirs = {r.unit for m in earlier for r in m.readings}
        if any(r.unit not in theirs and _called_new(reader, r, c.type) for r in c.readings):
            c.renewed = True
            for r in c.readings:
                r.status, r.strong, r.renewal = "renewed", True, True


def _called_new(reader: _Reader, r: _Reading, kind: AgreementType) -> bool:
    """Whether the act's word `r` was read from is called new ("signed a new memorandum"):
    only that word, not another act of the sentence ("signed a memorandum on tourism, and
    Leeds signed a new memorandum with Durban"). A reading of no known word reads every act
    word of its kind in its sentence."""
    floor = reader.units[r.unit].start
    at = reader.group_keyword.get(r.group)
    if at is not None:
        return new_before(reader.low, at, floor)
    return any(
        k.type == kind and not k.generic and new_before(reader.low, k.start, floor)
        for k in reader.per_unit[r.unit]
    )


def _further_renewals(reader: _Reader, clusters: list[_Cluster]) -> None:
    """A further renewal named by its noun alone in a clause that says it is still to come
    ("Over een nieuwe verlenging wordt nog onderhandeld", "a further extension is being
    negotiated", "une nouvelle prolongation est à l'étude", "über eine erneute Verlängerung wird
    verhandelt"), with no act word of its own, is a planned renewal of the act reported last in
    that sentence or the two before it: one more entry, not the dated renewal."""
    starts = [u.start for u in reader.units]
    for lo, start, end, hi in further_renewals(reader.low):
        i = bisect.bisect_right(reader.keyword_starts, lo)
        if i < len(reader.keyword_starts) and reader.keyword_starts[i] < hi:
            continue  # an act word in the clause: the reader read it
        marks = _markers(reader.idx, lo, hi, [])
        if not any(m[2] == "planned" for m in marks) or any(
            m[2] in ("ended", "not_concluded") for m in marks
        ):
            continue
        n = bisect.bisect_right(starts, start) - 1
        if n < 0:
            continue
        unit = reader.units[n].index
        last: _Cluster | None = None
        at = -1
        for c in clusters:
            for r in c.readings:
                if unit - 2 <= r.unit <= unit and at < r.span[0] < start:
                    last, at = c, r.span[0]
        if last is None or len(last.keys) != 2:
            continue
        if any(
            m.keys == last.keys
            and m.type == last.type
            and m.renewed
            and _status_of(m)[0] == "planned"
            for m in clusters
        ):
            continue  # the plan is already read from an act word
        r = _Reading(
            last.readings[0].parties,
            last.type,
            "planned",
            True,
            unit,
            (start, end),
            -1,
            renewal=True,
        )
        clusters.append(_Cluster(r))


def _fits(s: _Signing, c: _Cluster, before: frozenset[AgreementType] = frozenset()) -> bool:
    """Whether the signing `s` may be the act of cluster `c`: its kind, and no name in its
    sentence but the act's parties (or names inside them: "Tallinn" in "Port of Tallinn").
    `before`: the kinds of act the sentence before `s` names."""
    if c.type not in s.types and not (s.generic and not s.types):
        return False
    if s.pronoun and not (c.type in before or any(r.unit == s.unit - 1 for r in c.readings)):
        # "It was signed on ...": the act of the sentence before, read there or named by its
        # kind ("Une feuille de route lie désormais X et Y. Signée le 7 octobre, elle ...")
        return False
    parties = c.readings[0].parties
    return all(a.key in c.keys or any(_nested(a, p) for p in parties) for a in s.named)


def _province_of(region: Actor, town: Actor) -> bool:
    """Whether `region` is the province (state, region) a party town lies in, named beside it
    ("Yueyang, ville de la province du Hunan", "Jinhua, in Zhejiang province",
    "Hefei in der Provinz Anhui", "Jiangmen (Guangdong)"): where the partner lies, no party."""
    return (
        region.kind == "place"
        and region.place_kind == "admin1"
        and bool(region.admin1)
        and town.kind == "place"
        and town.place_kind not in (None, "admin1", "country")
        and town.admin1 == region.admin1
        and town.country == region.country
    )


# the learned act decider over broad candidates (_act_model, tools/train_act_model.py):
# gated on pairs named before the act word's sentence and refit on 30 corpora, it gains in
# nested leave-one-corpus-out but one corpus loses 0.012 (see _act_model): off
ACT_MODEL = False


def _own_seat(doc: Doc, parties: tuple[Actor, ...]) -> bool:
    """Whether the two parties are an institution and its own town or region ("Universiteit
    Maastricht" and Limburg, "Copperbelt University" and Kitwe, a port and its city): a
    university, port or chamber is never the partner of the place it stands in; the pair
    comes from a town named beside the institution, not from an act between them."""
    if len(parties) != 2:
        return False
    org = next(
        (
            a
            for a in parties
            if a.kind == "organisation" and not a.government and a.org_kind in _INSTITUTIONS
        ),
        None,
    )
    place = next((a for a in parties if a.kind == "place"), None)
    if org is None or place is None:
        return False
    i = bisect.bisect_left([m.start for m in doc.mentions], org.start)
    ref = None
    while i < len(doc.mentions) and doc.mentions[i].start == org.start:
        if doc.mentions[i].kind == "organisation":
            ref = doc.mentions[i].place
            break
        i += 1
    if ref is None or ref.country != place.country:
        return False
    if place.geonameid is not None and ref.geonameid == place.geonameid:
        return True
    # a region and a town in it: "Copperbelt University" and Kitwe, Maastricht's and Limburg
    region = place.place_kind == "admin1" or ref.kind == "admin1"
    return region and bool(ref.admin1) and ref.admin1 == place.admin1


@register("cityties.agreements", version=26)
def extract_agreements(doc: Doc) -> None:
    """Find the acts of cooperation the document reports (see the module docstring)."""
    if not doc.text.strip():
        return
    reader = _Reader(doc)
    readings = reader.run()
    if not readings:
        return
    _signing_bodies(reader, readings)
    _authorised_next(reader, readings)
    _list_owner(doc.text, reader.units, readings)
    readings = _respectively(reader, readings)
    page_year: int | None = None
    if any(r.renewal and r.status == "planned" for r in readings):
        # the page's own date, also from a header line ("Date: October 16, 2023"): what a
        # renewal asked for is later than (see `_later_plan`)
        head = page_header_date(doc)
        page_year = head.year if head is not None else None
    clusters = [c for c in _merge(readings, page_year) if not _own_seat(doc, c.readings[0].parties)]
    if not reader.idx.words.isdisjoint(FURTHER_RENEWAL_WORDS):
        _further_renewals(reader, clusters)
    clusters = _date_reported(reader, clusters)
    _date_undated(reader, clusters)
    _date_beside_province(clusters)
    _date_coarse(reader, clusters)
    _date_by_jubilee(reader, clusters)
    _date_by_closing(reader, clusters)
    clusters = _another_name(reader, clusters)
    clusters = _ended_as_friendship(clusters)
    clusters = _region_of_partner(clusters)
    clusters = _partners_of_home(reader.cast.home, clusters)
    clusters = _list_mates(reader, clusters)
    _ties_of_plans(reader, clusters)
    _date_endings(reader, clusters)
    if ACT_THRESHOLD > 0.0:
        # the learned filter for extra acts (_party_resolver.keep_act)
        weak = {id(r) for r in reader.resolved if not r.strong}  # resolver, no status marker
        clusters = [
            c
            for c in clusters
            if keep_act(
                c.readings[0].parties,
                _status_of(c)[0],
                c.signed is not None,
                doc.counterparts,
                all(id(r) in weak for r in c.readings),
            )
        ]
    # after the filter: the date of an event keeps no act the filter drops
    _date_by_event(reader, clusters)
    if not reader.idx.words.isdisjoint(NEW_WORDS):
        _successor_renewals(reader, clusters)
    if _DURATION_HINT.search(reader.low) is not None:
        _term_later(reader, clusters)
        _term_of_kind(reader, clusters)
        _term_by_anaphor(reader, clusters)
    clusters.sort(key=lambda c: min(r.span[0] for r in c.readings))
    cast = cast_for(doc)
    doc.agreements.extend(_fact(doc, c, extract_agreements.tag, cast) for c in clusters)
    if ACT_MODEL:
        tag, kws = extract_agreements.tag, reader.keywords
        doc.agreements.extend(_act_model.extra_acts(doc, cast, kws, doc.agreements, tag))


EXTRACTOR = extract_agreements
