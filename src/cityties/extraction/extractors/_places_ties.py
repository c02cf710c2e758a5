"""Ties between organisations and places, and stated goals, from sentence patterns.

Patterns are written for English, Dutch, French and German and read the mentions the scanner
found: a tie links an organisation mention to another organisation or a place mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors._clauses import first_chars, lower_pattern
from cityties.extraction.extractors._clauses_scan import index_for
from cityties.extraction.extractors._places_scan import W_GOAL, W_TIE, Tokens
from cityties.extraction.types import Evidence, GoalFact, Mention, TieFact, TieRelation

__all__ = ["display_name", "find_goals", "find_ties", "sentence_index"]

_BRANCH: Final = re.compile(
    r"\b(?:branch(?:es)?|subsidiar(?:y|ies)|offices?|plants?|factor(?:y|ies)|vestiging(?:en)?|"
    r"filia(?:al|len)|kantor?(?:en)?|fabrie(?:k|ken)|filiales?|succursales?|usines?|bureaux?|"
    r"Niederlassung(?:en)?|Filialen?|Standorte?|Werke?|Tochtergesellschaft(?:en)?)"
    r"\s+(?:in|à|au|te|en|im)\s+(?:the\s+|het\s+|de\s+|der\s+|la\s+|le\s+)?",
    re.IGNORECASE,
)
_MEMBER_VERB: Final = re.compile(
    r"\b(?:form|forms|formed|constitute|constitutes|constituted|make up|makes up|"
    r"vormen|vormt|vormden|forment|forme|formaient|constituent|bilden|bildet|bildeten)"
    r"\s+(?:together\s+|samen\s+|ensemble\s+|gemeinsam\s+)?"
    r"(?:the|het|de|la|le|les|l'|l’|die|das|den|der)?\s*",
    re.IGNORECASE,
)
_TOGETHER: Final = re.compile(
    r"(?:together\s+with|samen\s+met|zusammen\s+mit|ensemble\s+avec|avec|met|mit)\s",
    re.IGNORECASE,
)
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:the|het|de|la|le|l'|die|das|den)\s+$", re.IGNORECASE)
_MEMBER_OF: Final = re.compile(
    r"\b(?:(?:is|are|was|were|became|become)\s+(?:a\s+|an\s+)?members?\s+of|joined|"
    r"(?:is|zijn|werd|werden)\s+lid\s+(?:van|geworden van)|lid\s+van|"
    r"(?:est|sont)\s+membres?\s+(?:de\s+la|du|de|des)|a\s+rejoint|ont\s+rejoint|"
    r"(?:ist|sind)\s+Mitglied(?:er)?\s+(?:der|des|im|in\s+der))"
    r"\s+(?:the\s+|het\s+|de\s+|la\s+|le\s+|l'|der\s+|des\s+)?",
    re.IGNORECASE,
)
_MERGED: Final = re.compile(
    r"\b(?:merged|merge|merges|fuseerde(?:n)?|gefuseerd|fusionn(?:é|ée|és|ées|ent|a|èrent)|"
    r"fusionierte(?:n)?|fusioniert)\b",
    re.IGNORECASE,
)
_INTO: Final = re.compile(
    r"\b(?:into|to form|tot|pour former|en|zu(?:r|m)?|in)\s+"
    r"(?:the|het|de|la|le|l'|l’|die|der|den|das)?\s*",
    re.IGNORECASE,
)
_BASED_HYPHEN: Final = re.compile(r"-(?:based|gebaseerde?|basierte[nrs]?)\b", re.IGNORECASE)
_BASED_IN: Final = re.compile(
    r"\b(?:based|headquartered|located|gevestigd|basée?s?|installée?s?|implantée?s?|"
    r"mit\s+Sitz|ansässig)\s+(?:in|te|à|au|en)\s+",
    re.IGNORECASE,
)
_INCLUDING: Final = re.compile(
    r"^[^.;:]{0,40}?\b(?:including|such as|among them|waaronder|zoals|dont|notamment|"
    r"darunter|wie)\b",
    re.IGNORECASE,
)
_PART_OF: Final = re.compile(
    r"\b(?:(?:is\s+|as\s+)?(?:a\s+)?(?:part|subsidiary|division|member)\s+of|"
    r"(?:is\s+)?(?:een\s+)?(?:onderdeel|dochter(?:onderneming)?)\s+van|"
    r"(?:fait\s+partie|filiale)\s+(?:de|du|des)|Teil\s+(?:der|des|von)|Tochter\s+(?:der|des|von))"
    r"\s+(?:the\s+|het\s+|de\s+|la\s+|le\s+|der\s+|des\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _TieRx:
    """The case-insensitive patterns of the tie finders: as written (IGNORECASE, for the text),
    or lowered and case-sensitive (for the lower-cased text, about 2.5 times faster)."""

    branch: re.Pattern[str]
    member_verb: re.Pattern[str]
    together: re.Pattern[str]
    article_before: re.Pattern[str]
    member_of: re.Pattern[str]
    merged: re.Pattern[str]
    into: re.Pattern[str]
    based_hyphen: re.Pattern[str]
    based_in: re.Pattern[str]
    including: re.Pattern[str]
    part_of: re.Pattern[str]


_TIE_PATTERNS = (
    _BRANCH,
    _MEMBER_VERB,
    _TOGETHER,
    _ARTICLE_BEFORE,
    _MEMBER_OF,
    _MERGED,
    _INTO,
    _BASED_HYPHEN,
    _BASED_IN,
    _INCLUDING,
    _PART_OF,
)
_TIE_RX = _TieRx(*_TIE_PATTERNS)
_TIE_RX_LOW = _TieRx(*(re.compile(lower_pattern(rx.pattern)) for rx in _TIE_PATTERNS))

_PERSON_NOUNS: Final = frozenset(
    """member members official officials politician leader chairman president spokesman
    spokeswoman spokesperson councillor councilor mp lid politicus woordvoerder membre
    élu porte-parole mitglied politiker sprecher""".split()
)


_Add = Callable[[Mention, TieRelation, Mention, int, int], None]


def display_name(m: Mention) -> str:
    """The name under which an organisation is listed ('City of Ghent', 'Ghent University')."""
    if m.kind == "organisation" and m.org_kind == "city_government":
        return re.sub(r"^(?:the|The)\s+", "", " ".join(m.text.split()))
    return " ".join(m.name.split())


def _by_start(m: Mention) -> tuple[int, int]:
    return (m.start, -m.end)


def _orgs(ms: Sequence[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in ms if m.kind == "organisation" and m.start >= lo and m.end <= hi]


def _first_at(ms: Sequence[Mention], pos: int, kinds: tuple[str, ...]) -> Mention | None:
    """The mention that starts exactly at `pos` (after white space), organisation first."""
    hits = [m for m in ms if m.start == pos and m.kind in kinds]
    hits.sort(key=lambda m: 0 if m.kind == "organisation" else 1)
    return hits[0] if hits else None


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def sentence_index(doc: Doc) -> Callable[[int], Sentence | None]:
    """`doc.sentence_at` by a bisection in C over the sentences' starts (they are sorted and do
    not overlap)."""
    sents = doc.sentences
    starts = [s.start for s in sents]

    def at(offset: int) -> Sentence | None:
        k = bisect_right(starts, offset) - 1
        if k >= 0:
            s = sents[k]
            if offset < s.end:
                return s
        return None

    return at


def _candidate_sentences(
    doc: Doc, tokens: Tokens | None, words: int, rx: Sequence[re.Pattern[str]]
) -> list[Sentence]:
    """Sentences holding a word of the list `words` (a W_* bit; from the tokens), else matching
    one of `rx`."""
    seen: dict[int, Sentence] = {}
    if tokens is not None:
        hits = tokens.having(words)
        if not hits:
            return []
        sentence_at = sentence_index(doc)
        for i in hits:
            sent = sentence_at(tokens.starts[i])
            if sent is not None:
                seen.setdefault(sent.start, sent)
    else:
        for r in rx:
            for hit in r.finditer(doc.text):
                sent = doc.sentence_at(hit.start())
                if sent is not None:
                    seen.setdefault(sent.start, sent)
    return [seen[k] for k in sorted(seen)]


def find_ties(
    doc: Doc,
    mentions: Iterable[Mention],
    tag: str,
    *,
    tokens: Tokens | None = None,
    in_order: bool = False,
) -> list[TieFact]:
    """Ties (branch_in, member_of, merged_into, based_in, part_of) from the sentences.

    tokens (Tokens | None): the scanner's tokens, to skip sentences without a tie word fast.
    in_order (bool): the mentions are sorted by start, longest first, already.
    """
    patterns = (_BRANCH, _MEMBER_VERB, _MEMBER_OF, _MERGED, _BASED_HYPHEN, _BASED_IN, _PART_OF)
    sentences = _candidate_sentences(doc, tokens, W_TIE, patterns)
    if not sentences:
        return []
    ms = list(mentions) if in_order else sorted(mentions, key=_by_start)
    text = doc.text
    out: list[TieFact] = []
    seen: set[tuple[str, str, str]] = set()

    def add(subj: Mention, rel: TieRelation, obj: Mention, lo: int, hi: int) -> None:
        s = display_name(subj)
        o = obj.name if obj.kind == "place" else display_name(obj)
        if not s or not o or s == o:
            return
        k = (s, rel, o)
        if k in seen:
            return
        seen.add(k)
        ev = doc.evidence(min(lo, subj.start, obj.start), max(hi, subj.end, obj.end), extractor=tag)
        out.append(TieFact(subject=s, relation=rel, object=o, evidence=(ev,)))

    starts = [m.start for m in ms]
    # the patterns read the lower-cased text where that is the same as ignoring case (the
    # document's index, which the dates extractor made already)
    scan: str | None = None
    rx = _TIE_RX
    for sent in sentences:
        lo, hi = sent.start, sent.end
        sms = ms[bisect_left(starts, lo) : bisect_left(starts, hi)]
        sms = [m for m in sms if m.end <= hi]
        if len(sms) < 2 or all(m.kind != "organisation" for m in sms):
            continue  # every tie has an organisation for its subject
        if scan is None:
            idx = index_for(doc)
            scan, rx = (idx.low, _TIE_RX_LOW) if idx.caseless else (text, _TIE_RX)
        chunk = scan[lo:hi]
        for find, cues in _FINDERS:
            # (in the lower-cased text a finder's patterns match only where it holds a cue)
            if rx is _TIE_RX or any(c in chunk for c in cues):
                find(text, scan, rx, lo, hi, chunk, sms, add)
    return out


def _clause_start(chunk: str, upto: int) -> int:
    cut = max(chunk.rfind(";", 0, upto), chunk.rfind(":", 0, upto))
    return cut + 1 if cut >= 0 else 0


def _branch_ties(
    text: str,
    scan: str,
    rx: _TieRx,
    lo: int,
    hi: int,
    chunk: str,
    sms: Sequence[Mention],
    add: _Add,
) -> None:
    for m in rx.branch.finditer(chunk):
        pos = _skip_ws(text, lo + m.end())
        place = _first_at(sms, pos, ("place",))
        if place is None:
            continue
        c0 = lo + _clause_start(chunk, m.start())
        for org in _orgs(sms, c0, lo + m.start()):
            if org.org_kind != "city_government":
                add(org, "branch_in", place, org.start, place.end)


def _member_ties(
    text: str,
    scan: str,
    rx: _TieRx,
    lo: int,
    hi: int,
    chunk: str,
    sms: Sequence[Mention],
    add: _Add,
) -> None:
    for m in rx.member_verb.finditer(chunk):
        pos = _skip_ws(text, lo + m.end())
        c0 = lo + _clause_start(chunk, m.start())
        group = _first_at(sms, pos, ("organisation",))
        members = _orgs(sms, c0, lo + m.start())
        if group is None and rx.together.match(scan, pos):
            # "X vormt samen met A en B het P": the group is the last one after an article
            c1 = lo + len(chunk)
            after = _orgs(sms, pos, c1)
            groups = [
                o for o in after if rx.article_before.search(scan, max(lo, o.start - 5), o.start)
            ]
            if groups:
                group = groups[-1]
                members += [o for o in after if o is not group and o.end <= group.start]
        if group is None:
            continue
        for org in members:
            add(org, "member_of", group, org.start, group.end)
    for m in rx.member_of.finditer(chunk):
        pos = _skip_ws(text, lo + m.end())
        group = _first_at(sms, pos, ("organisation",))
        if group is None:
            continue
        c0 = lo + _clause_start(chunk, m.start())
        for org in _orgs(sms, c0, lo + m.start()):
            add(org, "member_of", group, org.start, group.end)


def _merge_ties(
    text: str,
    scan: str,
    rx: _TieRx,
    lo: int,
    hi: int,
    chunk: str,
    sms: Sequence[Mention],
    add: _Add,
) -> None:
    for m in rx.merged.finditer(chunk):
        c0 = lo + _clause_start(chunk, m.start())
        subjects = _orgs(sms, c0, lo + m.start())
        target = None
        for into in rx.into.finditer(chunk, m.end()):
            pos = _skip_ws(text, lo + into.end())
            target = _first_at(sms, pos, ("organisation",))
            if target is not None:
                # organisations between the verb and "into" merged too ("with X and Y")
                subjects += [
                    o for o in _orgs(sms, lo + m.end(), lo + into.start()) if o is not target
                ]
                break
        if target is None:
            continue
        for org in subjects:
            add(org, "merged_into", target, org.start, target.end)


def _based_ties(
    text: str,
    scan: str,
    rx: _TieRx,
    lo: int,
    hi: int,
    chunk: str,
    sms: Sequence[Mention],
    add: _Add,
) -> None:
    for m in rx.based_hyphen.finditer(chunk):
        start = lo + m.start()
        place = next((p for p in sms if p.kind == "place" and p.end == start), None)
        if place is None:
            continue
        pos = _skip_ws(text, lo + m.end())
        org = _first_at(sms, pos, ("organisation",))
        orgs: list[Mention] = []
        if org is not None:
            nxt = re.match(r"\s+([^\W\d_]+)", text[org.end : hi])
            if not (nxt and nxt.group(1).casefold() in _PERSON_NOUNS):
                orgs.append(org)
        else:
            inc = rx.including.match(scan[pos:hi])
            if inc:
                rest = pos + inc.end()
                stop = min(
                    [i for i in (text.find(".", rest, hi), text.find(";", rest, hi)) if i >= 0]
                    or [hi]
                )
                verb = re.search(
                    r"\b(?:have|has|are|is|were|was|hebben|heeft|ont|sont|haben|sind)\b",
                    text[rest:stop],
                )
                if verb:
                    stop = rest + verb.start()
                orgs = _orgs(sms, rest, stop)
        for o in orgs:
            add(o, "based_in", place, place.start, o.end)
    for m in rx.based_in.finditer(chunk):
        pos = _skip_ws(text, lo + m.end())
        place = _first_at(sms, pos, ("place",))
        if place is None:
            continue
        before = [o for o in _orgs(sms, lo, lo + m.start())]
        if before:
            org = before[-1]
            between = text[org.end : lo + m.start()]
            if len(between) <= 12 and not re.search(r"[.;]", between):
                add(org, "based_in", place, org.start, place.end)


def _part_ties(
    text: str,
    scan: str,
    rx: _TieRx,
    lo: int,
    hi: int,
    chunk: str,
    sms: Sequence[Mention],
    add: _Add,
) -> None:
    for m in rx.part_of.finditer(chunk):
        pos = _skip_ws(text, lo + m.end())
        parent = _first_at(sms, pos, ("organisation",))
        if parent is None:
            continue
        before = _orgs(sms, lo, lo + m.start())
        if before:
            org = before[-1]
            between = text[org.end : lo + m.start()]
            if len(between) <= 12 and not re.search(r"[.;]", between):
                add(org, "part_of", parent, org.start, parent.end)


# Each tie finder, with what every match of its patterns (`_TIE_RX_LOW`, for the lower-cased
# text) holds: a sentence without one of these is not scanned by it. (Patterns that a finder
# reads only after a match of these, "into" or "together with", need no cue of their own.)
_FINDERS: tuple[tuple[Callable[..., None], tuple[str, ...]], ...] = (
    (
        _branch_ties,
        (
            "branch",
            "subsidiar",
            "office",
            "plant",
            "factor",
            "vestiging",
            "filia",
            "kanto",
            "fabrie",
            "succursale",
            "usine",
            "bureau",
            "niederlassung",
            "standort",
            "werk",
            "tochtergesellschaft",
        ),
    ),
    (
        _member_ties,
        ("form", "constitu", "make", "vorm", "bild", "member", "joined", "lid", "membre")
        + ("rejoint", "mitglied"),
    ),
    (_merge_ties, ("merge", "fuse", "fusion")),
    (
        _based_ties,
        ("based", "basé", "basiert", "gebaseerd", "headquartered", "located", "gevestigd")
        + ("install", "implant", "sitz", "ansässig"),
    ),
    (
        _part_ties,
        ("part", "subsidiary", "division", "member", "onderdeel", "dochter", "filiale", "teil")
        + ("tochter",),
    ),
)


# --------------------------------------------------------------------------------------------
# Goals

# The words that open a stated goal, by language.
_GOAL_WORDS: Final = {
    "en": [
        r"aims?\s+to",
        r"aiming\s+to",
        r"goal\s+(?:is\s+)?to",
        r"goal\s+of",
        r"ambitions?\s+(?:is\s+)?to",
        r"ambition\s+of",
        r"target\s+(?:is\s+)?to",
        r"wants?\s+to",
        r"strives?\s+to",
        r"striving\s+to",
        r"is\s+committed\s+to",  # "(?:is\s+)?committed\s+to", written out
        r"committed\s+to",
        r"commits?\s+to",
        r"pledged?\s+to",
        r"seeks?\s+to",
        r"objective\s+(?:is\s+)?to",
    ],
    "nl": [
        "wil",
        "willen",
        r"streeft\s+(?:ernaar|naar)",
        r"streven\s+naar",
        r"ambitie\s+(?:om|is)",
        r"doel(?:stelling)?\s+(?:om|is)",
        "ambieert",
        "beoogt",
    ],
    "fr": [
        r"vise\s+à",
        r"visent\s+à",
        "vise",
        "visent",
        r"ambitionne\s+de",
        r"ambition\s+(?:de|d')",
        r"objectif\s+(?:de|d'|est)",
        "souhaite",
        "veut",
        r"s'engage\s+à",
    ],
    "de": ["will", "wollen", "Ziel,?", "strebt", "anstreben", "beabsichtigt"],
}


def _goal_trigger(words: list[str]) -> re.Pattern[str]:
    """`\\b(?:w1|w2|...)\\s*` with re.IGNORECASE, written to open with the words' first
    characters in any case (`first_chars`: the same matches; a word opens with a letter, so
    the boundary before it is no word character before it)."""
    firsts, tails = first_chars(words, ignorecase=True)
    return re.compile(firsts + r"(?<!\w.)" + tails + r"\s*", re.IGNORECASE)


_GOAL_TRIGGERS: dict[str, re.Pattern[str]] = {
    lang: _goal_trigger(words) for lang, words in _GOAL_WORDS.items()
}
_GOAL_YEAR: Final = re.compile(
    r"\b(?:by|before|until|in|tegen|tegen\s+het\s+jaar|voor|tot|in|d'ici(?:\s+à)?|d’ici|"
    r"avant|en|bis(?:\s+zum\s+Jahr)?|im\s+Jahr|ab)\s+((?:20|21)\d\d)\b",
    re.IGNORECASE,
)
_CLAUSE_END: Final = re.compile(
    r"[.;:!?]\s|[.;:!?]$|,\s+(?:and|en|et|und|or|but|maar|mais|aber)\b|[“”\"(]"
)
_THEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "sustainability",
        re.compile(
            r"climat|klimaat|klima|carbon|co2|co₂|emission|uitstoot|émission|neutral|neutre|"
            r"neutraal|sustainab|duurzaam|durable|nachhaltig|renewable|hernieuwbare|"
            r"renouvelable|erneuerbar|green|groen|vert|grün|energ",
            re.IGNORECASE,
        ),
    ),
    ("mobility", re.compile(r"mobilit|transport|verkehr|traffic|verkeer", re.IGNORECASE)),
    ("digital", re.compile(r"smart|digital|digitaal|numérique", re.IGNORECASE)),
    (
        "economy",
        re.compile(r"econom|économ|wirtschaft|jobs|emploi|werkgelegenheid|business", re.I),
    ),
    ("education", re.compile(r"educat|onderwijs|éducation|bildung|student", re.IGNORECASE)),
    (
        "social",
        re.compile(r"child-friendly|kindvriendelijk|inclusi|poverty|armoede|pauvreté", re.I),
    ),
    ("health", re.compile(r"health|gezondheid|santé|gesundheit", re.IGNORECASE)),
    ("housing", re.compile(r"housing|wonen|woningen|logement|wohnen", re.IGNORECASE)),
)


def _themes(text: str) -> tuple[str, ...]:
    return tuple(name for name, rx in _THEMES if rx.search(text))


def find_goals(
    doc: Doc,
    mentions: Iterable[Mention],
    tag: str,
    *,
    tokens: Tokens | None = None,
    in_order: bool = False,
) -> list[GoalFact]:
    """Stated ambitions with a target year ('wants to halve its emissions by 2035').

    in_order (bool): the mentions are sorted by start, longest first, already.
    """
    trigger_rx = _GOAL_TRIGGERS.get(doc.language, _GOAL_TRIGGERS["en"])
    sentences = _candidate_sentences(doc, tokens, W_GOAL, (trigger_rx,))
    if not sentences:
        return []
    ms = [m for m in mentions if m.kind != "person"]
    if not in_order:
        ms.sort(key=_by_start)
    starts = [m.start for m in ms]
    text = doc.text
    out: list[GoalFact] = []
    sentence_at = sentence_index(doc)
    for sent in sentences:
        lo, hi = sent.start, sent.end
        chunk = text[lo:hi]
        triggers = list(trigger_rx.finditer(chunk))
        if not triggers:
            continue
        first_here = bisect_left(starts, lo)
        sms = [m for m in ms[first_here : bisect_left(starts, hi)] if m.end <= hi]
        for y in _GOAL_YEAR.finditer(chunk):
            before = [t for t in triggers if t.end() <= y.start()]
            if not before:
                continue
            trig = before[-1]
            if y.start() - trig.end() > 160:
                continue
            year = int(y.group(1))
            # the clause from the ambition to its end ("become climate neutral by 2050",
            # "tegen 2050 klimaatneutraal zijn")
            stop = _CLAUSE_END.search(chunk, y.end())
            end = stop.start() if stop else len(chunk)
            desc = chunk[trig.end() : end].strip(" ,;:.")
            if not desc or len(desc) > 200:
                continue
            first_trigger = before[0]
            subject = _goal_subject(
                doc, ms, starts, sent, sms, lo + first_trigger.start(), sentence_at
            )
            if subject is None:
                continue
            ev: tuple[Evidence, ...] = (
                doc.evidence(lo + first_trigger.start(), lo + end, extractor=tag),
            )
            out.append(
                GoalFact(
                    subject=subject,
                    description=desc,
                    year=year,
                    themes=_themes(desc) or _themes(chunk),
                    evidence=ev,
                )
            )
            break
    return out


# The words before a sentence's subject: an article, or an opening phrase set off by a comma
# ("In its climate plan, Leuven aims to ...").
_LEAD_IN: Final = re.compile(
    r"^[\W_]*(?:[^.;:!?\n]{0,80}?,\s*)?"
    r"(?:(?:the|het|de|la|le|les|l['’]|die|der|das|den)\s+)?$",
    re.IGNORECASE,
)
# A subject that names no one: the city the text is about ("The city aims to ...", "De stad
# wil ...", "La ville vise ...", "Die Stadt will ..."), or a pronoun.
_CITY_SUBJECT: Final = re.compile(
    r"^[\W_]*(?:[^.;:!?\n]{0,80}?,\s*)?"
    r"(?:(?:the|this|our|de|deze|onze|la|cette|notre|die|diese|unsere)\s+"
    r"(?:city|town|municipality|city\s+council|council|stad|gemeente|stadsbestuur|ville|commune|"
    r"municipalité|stadt|gemeinde)|we|wij|nous|wir)\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT: Final = re.compile(
    r"^[\W_]*(?:[^.;:!?\n]{0,80}?,\s*)?(?:it|its|they|het|zij|ze|elle|il|sie|es)\b",
    re.IGNORECASE,
)
_TOPIC_SENTENCES = 4  # how far back "the city" or "it" is looked up


def _goal_subject(
    doc: Doc,
    ms: Sequence[Mention],
    starts: Sequence[int],
    sent: Sentence,
    sms: Sequence[Mention],
    trigger_at: int,
    sentence_at: Callable[[int], Sentence | None],
) -> str | None:
    """Whose goal a sentence states: its subject.

    A place or organisation named before the ambition ('Leuven aims to ...') is the subject.
    'The city', 'we' or 'it' name no one: they stand for the city the preceding sentences are
    about ('Leuven ... . The city aims to ...'), else for the document's institution. A goal
    whose subject cannot be told is not attributed to whatever place was named last.
    """
    head = doc.text[sent.start : trigger_at]
    named = [m for m in sms if m.end <= trigger_at and m.kind in ("place", "organisation")]
    generic = _CITY_SUBJECT.match(head)
    if named and (generic is None or named[0].start < sent.start + generic.end()):
        return named[0].name
    city_only = generic is not None or _PRONOUN_SUBJECT.match(head) is None
    topic = _topic(doc, ms, starts, sent, sentence_at, city_only=city_only)
    return topic or _institution_name(doc)


def _topic(
    doc: Doc,
    ms: Sequence[Mention],
    starts: Sequence[int],
    sent: Sentence,
    sentence_at: Callable[[int], Sentence | None],
    *,
    city_only: bool,
) -> str | None:
    """The place (or organisation, unless `city_only`) the sentences before `sent` are about:
    the subject of the nearest one that names its subject, through a chain of sentences whose
    subject is 'the city' or 'it'."""
    text = doc.text
    pos = sent.start
    for _ in range(_TOPIC_SENTENCES):
        prev = sentence_at(pos - 1) if pos > 0 else None
        while prev is None and pos > 0:
            pos -= 1
            prev = sentence_at(pos - 1) if pos > 0 else None
        if prev is None:
            return None
        pos = prev.start
        lo = bisect_left(starts, prev.start)
        first = next(
            (m for m in ms[lo : bisect_left(starts, prev.end)] if m.kind != "person"), None
        )
        if first is not None and _LEAD_IN.match(text[prev.start : first.start]):
            if _is_city(first) or not city_only:
                return first.name
            return None
        head = text[prev.start : prev.end]
        if not (_CITY_SUBJECT.match(head) or _PRONOUN_SUBJECT.match(head)):
            return None
    return None


def _is_city(m: Mention) -> bool:
    if m.kind == "organisation":
        return m.org_kind == "city_government"
    return m.place is None or m.place.kind == "city"


def _institution_name(doc: Doc) -> str | None:
    inst = doc.institution
    if not inst:
        return None
    return re.sub(
        r"^(?:the\s+)?(?:city|stad|ville|stadt)\s+(?:of\s+|de\s+|van\s+)?", "", inst, flags=re.I
    )
