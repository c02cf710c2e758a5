"""Extractor cityties.figures: numbers a text states about a place or organisation.

A figure is a number with what it counts: a head noun ("263,608 inhabitants", "sieben
Städten" in a twinning context), a unit ("137 km2", "40 million tonnes of goods"), a currency
in an economic-output context ("PIB de 43 milliards d'euros"), the measure written before it
("a population of about 90,000"), or a rank ("the second largest city", "number 3",
"ranks 66"). Numbers that only refer to a known set ("the two cities", "all 8 sister
cities", "one of the four ..."), changes ("grew by 5,000"), densities, percentages,
temperatures, dates and years are not figures.

The subject is resolved by `_figures_subject.SubjectResolver` (nearest place or organisation,
anaphora, quoted speech, demonyms); the year is the one the figure's own clause gives
("(2020)", "in 2019", "At the end of June 2021, ...").
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from cityties.extraction.doc import Doc, Sentence, first_line
from cityties.extraction.extractors import _figures_lexicon as lex
from cityties.extraction.extractors._clauses import first_chars, opened
from cityties.extraction.extractors._clauses_scan import index_for
from cityties.extraction.extractors._figures_carried import (
    AFTER,
    BEFORE,
    CARRIED_MEASURES,
    FOR_AFTER,
    NOUN,
    carried,
    clause_noun,
    contrast_subject_at,
    gapped_name,
)
from cityties.extraction.extractors._figures_orgs import (
    headed_short_form,
    namesake_university,
    opening_employer,
    pronoun_opening,
    short_form_of,
    truncated_org,
    university_before,
)
from cityties.extraction.extractors._figures_round4 import (
    GAPPED_PARTNER_NOUN,
    bracketed_populations,
    home_to_before,
    participle_clause_start,
    phone_like,
    threshold_before,
)
from cityties.extraction.extractors._figures_subject import (
    Entity,
    SubjectResolver,
    entity_of,
    noun_kind,
)
from cityties.extraction.extractors._numbers import (
    APPROX,
    APPROX_COUNT_NOUNS,
    NUMBER_WORDS,
    NUMBER_WORDS_AND_ONE,
    ORDINAL,
    ORDINAL_WORDS,
    SCALE_WORDS,
    Quantity,
    find_quantities,
    ordinal_value,
)
from cityties.extraction.extractors.dates import relative_kind
from cityties.extraction.registry import register
from cityties.extraction.types import Evidence, FigureFact, FigureMeasure, Mention
from cityties.text import fold

__all__ = ["EXTRACTOR", "extract_figures"]

_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*|\S")
_WORD3: Final = re.compile(r"[^\W\d_]{3,}")
_DIGIT: Final = re.compile(r"\d")
_DIGITS: Final = re.compile(r"\d+")
# (The same matches as `_DIGITS`; opening with one digit, it lets re skip to the digits of a
# whole text.)
_DIGIT_RUN: Final = re.compile(r"\d\d*")
_ORDINAL_TRIGGERS: Final = frozenset(
    [w for w, v in ORDINAL_WORDS.items() if v >= 2]
    + [w + e for w, v in ORDINAL_WORDS.items() if v >= 2 and w.endswith("e") for e in "nrsm"]
)
_SCALE_WORDS: Final = frozenset(
    "thousand thousands duizend tausend mille million millions miljoen miljoenen millionen "
    "billion billions miljard miljarden milliarde milliarden milliard milliards mln mio mrd "
    "mld bn".split()
)
_ORDINAL_AT: Final = re.compile(ORDINAL, re.IGNORECASE)
# The Dutch numbers of "de op zeven na grootste" (the eighth largest).
_NL_NUMBERS: Final = {
    w: i + 1
    for i, w in enumerate("een twee drie vier vijf zes zeven acht negen tien elf twaalf".split())
} | {"één": 1}
_RANK_CUE: Final = re.compile(
    r"numb|no|nr|n°|#|rank|class|plaats|platz|rang|placed|nummer|numéro", re.IGNORECASE
)
_SPECIAL_WORDS = ("größt", "grösst", "groesst", "wichtigst", " na ")
_SPECIAL: Final = re.compile("|".join(_SPECIAL_WORDS))
# ("één", accented, is the numeral: "Lelystad heeft één partnergemeente")
_NUMBER_WORD_TRIGGERS: Final = frozenset(
    w for w in NUMBER_WORDS if NUMBER_WORDS[w] >= 2 or w == "één"
) | frozenset(APPROX_COUNT_NOUNS)
_NUMBER_WORD_HITS: Final = frozenset(w.encode("latin-1") for w in NUMBER_WORDS_AND_ONE)
_SCALE_HITS: Final = frozenset(w.encode("latin-1") for w in SCALE_WORDS)
_ONE_HITS: Final = frozenset(
    w.encode("latin-1")
    for w in NUMBER_WORDS_AND_ONE
    if w not in NUMBER_WORDS and w not in APPROX_COUNT_NOUNS
)
# The same words (of three letters or more: what _WORD3 finds) as the index keeps them.
_WORD_TRIGGERS: Final = frozenset(
    w.encode("latin-1")
    for w in _ORDINAL_TRIGGERS | _NUMBER_WORD_TRIGGERS | _SCALE_WORDS | lex.RANK_ONE_WORDS
    if len(w) >= 3
)
_DELEGATION_BEFORE: Final = re.compile(
    r"(?<![\w])(?:delegation|group|team|party|mission|delegatie|groep|missie|gruppe|delegation|"
    r"délégation|groupe|equipe|équipe)\s+(?:of|van|von|de|d['’]|aus|mit|met|with|avec)?\s*$",
    re.IGNORECASE,
)
_CHANGE_MODIFIER: Final = re.compile(
    r"new|nieuwe|neue[n]?|nouve(?:aux|lles)|additional|extra|more|meer|mehr|weitere|"
    r"supplémentaires|fewer|less|minder|weniger",
    re.IGNORECASE,
)
_LIVE_AFTER: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:live|living|lived|wonen|woonden|leben|lebten|vivent|habitent|"
    r"call\s+(?:[\w'’-]+\s+){1,3}home)\b",
    re.IGNORECASE,
)
# An approximation abbreviated with a full stop, which the sentence splitter may cut after.
_ABBREVIATION_END: Final = re.compile(
    r"(?<![\w])(?:approx|appr|ca|env|est|ong|rd|c)\.\s*$", re.IGNORECASE
)
# "lebten Ende 2023 genau 628.718 Menschen", "wonen er ruim 120.000 mensen": people who live
# somewhere are its population.
_LIVE_BEFORE: Final = re.compile(
    r"(?<![\w])(?:live|lived|living|wonen|woonden|wohnen|wohnten|leben|lebten|vivent|"
    r"vivaient|habitent|habitaient)(?![\w])[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
# The ranked noun is a port: the last word of the rank's span or one of the two after it.
_PORT_NOUN = (
    r"(?:port|seaport|harbou?r|haven|zeehaven|hafen|seehafen|containerhaven|containerhafen)"
)
_PORT_RANKED: Final = re.compile(
    r"(?:[^\W\d_]*" + _PORT_NOUN + r"|[^\W\d_]*(?:\s+[^\W\d_]+)?\s+" + _PORT_NOUN + r")(?![\w-])",
    re.IGNORECASE,
)
_LAST_WORD: Final = re.compile(r"[^\W\d_]+$")
_HOLDS_BEFORE: Final = opened(
    re.compile(
        r"(?<![\w])(?:home\s+to|has|had|have|heeft|herbergt|hat|hatte|beherbergt|possède|"
        r"abrite|accueille)\s+(?:(?:also|ook|auch|aussi|the|a|de|het|een|den|die|der|einen|le|la|"
        r"l['’]|un)\s+)*(?:[^\W\d_]+\s+)?$",
        re.IGNORECASE,
    )
)
_PORT_IN_SPAN: Final = re.compile(r"[^\W\d_]*" + _PORT_NOUN + r"(?![\w-])", re.IGNORECASE)


def _ranks_a_port(text: str, lo: int, start: int, end: int, stop: int) -> bool:
    """True when the rank at text[start:end] is that of a port the place holds ("home to the
    largest port", "heeft de grootste haven van Europa"). "Rotterdam is the largest port"
    ranks the place itself, as the port it is."""
    if _HOLDS_BEFORE.search(text, max(lo, start - 30), start) is None:
        return False
    if _PORT_IN_SPAN.search(text, start, end) is not None:
        return True
    last = _LAST_WORD.search(text, start, end)
    return _PORT_RANKED.match(text, last.start() if last else end, stop) is not None


_TOP_BEFORE: Final = re.compile(r"(?:top|the\s+first|in\s+de|unter\s+den|parmi\s+les)\s*$", re.I)
_YEAR_LIKE_BEFORE: Final = re.compile(
    r"(?:\b(?:in|since|by|of|en|im|seit|depuis|sinds|van|tot|vanaf|ab|from|until|to|jaar|year|"
    r"année|jahr|voor|na|und|and|et|en|or|of|oder|ou|the|het|de|le|la|der|die|das|mid|"
    r"early|late|eind|begin|fin|début|ende|anfang|spring|summer|autumn|winter|[a-zäöüéû]+ber|"
    r"januari|january|janvier|januar|mars|march|maart|märz|may|mai|mei|juin|june|juni|"
    r"july|juli|juillet|august|augustus|août|april|avril)|[,(\-–])\s*$",
    re.IGNORECASE,
)
_OF_CALL: Final = re.compile(r"\s*of\s+call\b", re.IGNORECASE)
_M_AFTER_CURRENCY: Final = re.compile(r"(?P<s>m|bn|k)(?![\w])", re.IGNORECASE)

_SCALE_FOR_M = {"m": 1e6, "bn": 1e9, "k": 1e3}


class _Raw:
    """A figure found, before its subject and year are known. (A plain class: compiled, it
    is built much faster than a frozen dataclass; it is not changed once made.)"""

    __slots__ = ("start", "end", "measure", "value", "unit", "label", "subject", "possessor_after")

    def __init__(
        self,
        start: int,
        end: int,
        measure: FigureMeasure,
        value: float,
        unit: str | None = None,
        label: str | None = None,
        subject: Entity | None = None,
        possessor_after: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.measure = measure
        self.value = value
        self.unit = unit
        self.label = label
        self.subject = subject
        self.possessor_after = possessor_after


# ------------------------------------------------------------------ classification
def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and b > x for x, y in spans)


def _rank_ok(src: str, pat: _Patterns, sent: Sentence, start: int, end: int) -> bool:
    before = src[max(sent.start, start - 40) : start]
    if pat.ONE_OF_BEFORE.search(before) or pat.TOP_BEFORE.search(before):
        return False
    if pat.RANK_OF_POSSESSION.search(src, max(sent.start, start - 80), start):
        return False
    if _aimed_rank(src, pat, sent, start, end):
        return False
    return pat.OF_CALL.match(src, end, end + 12) is None


def _aimed_rank(src: str, pat: _Patterns, sent: Sentence, start: int, end: int) -> bool:
    """True when the rank at src[start:end] is a goal, not a fact: "aims to become the
    largest port", "ambitionne de devenir le premier port", "wil de grootste haven worden",
    "will der größte Ostseehafen werden" (`lex.GOAL_BEFORE_RANK`, `lex.GOAL_AFTER_RANK`); "ist
    stolz, der größte Hafen zu sein" is a fact (no verb of aiming before it)."""
    lo = max(sent.start, start - 80)
    if pat.GOAL_BEFORE_RANK.search(src, lo, start) is not None:
        return True
    after = pat.GOAL_AFTER_RANK.match(src, end, sent.end)
    if after is None:
        return False
    if after.group("to") is not None:
        return True
    if after.group("be") is not None:
        return pat.GOAL_AIM_BEFORE.search(src, lo, start) is not None
    return pat.GOAL_MODAL_BEFORE.search(src, lo, start) is not None


def _ranks(
    text: str,
    src: str,
    pat: _Patterns,
    sent: Sentence,
    ordinals: list[int],
    low: str,
    *,
    superlative: bool,
    special: bool,
    has_digits: bool,
    firsts: list[tuple[int, int]] | None = None,
    digit_starts: list[int] | None = None,
) -> list[_Raw]:
    """Ranks: at the ordinals found, after 'number'/'ranks'/'Platz', German compounds, and
    rank 1 at a superlative without an ordinal ("China's largest city").

    special (bool): `low` (the sentence in lower case) holds one of `_SPECIAL_WORDS`.
    has_digits (bool): the sentence holds a digit.
    digit_starts (list[int] | None): where the sentence's runs of digits start (a run that
        began before the sentence: at its start), when the caller has them (`_runs_in`).
    """
    found: list[tuple[int, int, int]] = []
    for p in ordinals:
        for rank in (
            pat.RANK_ORD_SUPERLATIVE,
            pat.RANK_ORD_NOUN,
            pat.RANK_ORD_PLACE,
            pat.RANK_ORD_ONLY,
        ):
            m = rank.match(src, p, sent.end)
            if m:
                value = ordinal_value(m.group("n"), m.group("w"))
                if value is not None:
                    found.append((m.start(), m.end(), value))
                break
        else:
            ordinal = pat.ORDINAL_AT.match(src, p, sent.end)
            verb = pat.RANK_VERB_BEFORE_WORD.search(src, max(sent.start, p - 30), p)
            if ordinal and verb:
                value = ordinal_value(ordinal.group("n"), ordinal.group("w"))
                if value is not None:
                    found.append((verb.start(), ordinal.end(), value))
                continue
            bare = pat.RANK_ORD_BARE_NOUN.match(src, p, sent.end)
            if bare and pat.RANK_POSSESSIVE_BEFORE.search(src, max(sent.start, p - 12), p):
                value = ordinal_value(bare.group("n"), bare.group("w"))
                if value is not None:
                    found.append((bare.start(), bare.end(), value))
    if special:
        for m in pat.RANK_DE_COMPOUND.finditer(src, sent.start, sent.end):
            value = ordinal_value(None, m.group("de"))
            if value is not None:
                found.append((m.start(), m.end(), value))
    if " na " in low:
        for m in pat.RANK_NL_OP_NA.finditer(src, sent.start, sent.end):
            na = m.group("na").casefold()
            value = (int(na) if na.isdigit() else _NL_NUMBERS.get(na, 0)) + 1
            found.append((m.start(), m.end(), value))
    if has_digits and _RANK_GATE.search(low):
        # "number 3", "ranks66", "auf Platz 4", "3rd place": only where such a word is
        if digit_starts is None:
            digit_starts = [d.start() for d in _DIGITS.finditer(src, sent.start, sent.end)]
        for p in digit_starts:
            lo = max(sent.start, p - 35)
            window = src[lo:p]
            after = pat.RANK_PLACE_AFTER.match(src, p, sent.end)
            if after:
                found.append((p, after.end(), int(after.group("num"))))
                continue
            if not pat.RANK_CUE.search(window):
                continue
            digits = pat.RANK_DIGITS.match(src, p, sent.end)
            if digits is None:
                continue
            if phone_like(text, p, digits.end()):
                continue  # "het nummer 09 210 10 10": a phone number, not a rank
            if _edition_year(digits.group("num"), window):
                continue  # "im THE-Ranking 2024 auf Rang 128": the edition, not the rank
            for rank in (pat.RANK_NUMBER_BEFORE, pat.RANK_VERB_BEFORE, pat.RANK_PLACE_BEFORE):
                m = rank.search(window)
                if m:
                    found.append((lo + m.start(), digits.end(), int(digits.group("num"))))
                    break
    if superlative:
        for m in pat.RANK_ONE.finditer(src, sent.start, sent.end):
            lo = max(sent.start, m.start() - 60)
            if lex.RANK_ONE_BEFORE.search(
                text, max(lo, m.start() - 30), m.start()
            ) or lex.RANK_LABEL_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
                # "na Antwerpen de grootste", "after Leeds, the largest": second
                after = lex.RANK_AFTER_ONE.search(text, lo, m.start())
                found.append((m.start(), m.end(), 2 if after else 1))
        for m in pat.RANK_FR_FIRST.finditer(src, sent.start, sent.end):
            found.append((m.start(), m.end(), 1))
    for a, b in firsts or ():
        found.append((a, b, 1))  # "ranked first among UK cities", "the number one port"
    out: list[_Raw] = []
    spans: list[tuple[int, int]] = []
    for start, end, value in sorted(found):
        if not 1 <= value <= 5000 or _overlaps(start, end, spans):
            continue
        if not _rank_ok(src, pat, sent, start, end):
            continue
        spans.append((start, end))
        out.append(_Raw(start, end, "rank", float(value)))
    return out


# "home to Airbus, which employs about 28,000 people", "le siège d'Airbus, qui y emploie
# 28 000 personnes", "Bosch, der dort 14.000 Menschen beschäftigt": the employer named right
# before the relative pronoun.
_RELATIVE_EMPLOYER: Final = re.compile(
    r"(?:^|[\s'’(])(?P<name>(?-i:[A-ZÀ-Þ])[\w&.-]*(?:[ \t](?-i:[A-ZÀ-Þ0-9])[\w&.-]*){0,3}),?"
    r"[ \t]+(?:which|that|who|qui|die|der|dat|welche[rs]?)[ \t]+"
    r"(?:(?:y|dort|there|here|hier|er|now|today|currently|aujourd['’]hui|heute|nu|alone|seul|"
    r"allein|alleen)[ \t]+)*(?:employs|employed|emploie|employait|biedt[ \t]+werk[ \t]+aan|"
    r"geeft[ \t]+werk[ \t]+aan|beschäftigt|beschäftigte|has[ \t]+a[ \t]+(?:staff|workforce)"
    r"[ \t]+of)[ \t]+(?:[\w'’.]+[ \t]+){0,2}$",
    re.IGNORECASE,
)


def _relative_employer(text: str, sent: Sentence, start: int) -> str | None:
    """The employer a relative clause before the number names ("Airbus, which employs")."""
    m = _RELATIVE_EMPLOYER.search(text, max(sent.start, start - 80), start)
    if m is None:
        return None
    name = m.group("name")
    return None if name.casefold() in _NOT_EMPLOYERS else name


_COUNTS: Final = frozenset(("population", "companies", "employees", "students"))
_ORG_ENTITY_KINDS: Final = frozenset(("university", "org", "port", "airport"))
_NOT_EMPLOYERS: Final = frozenset(
    "it the city town port university stadt ville stad haven hafen port which".split()
)


# Counts a port or airport reports that no measure of the schema names: `other`, labelled.
_OTHER_UNIT: Final = re.compile(
    r"[ \t\u00a0]*(?:(?:de|d['’]|an)[ \t]*)?(?:(?P<teu>TEU|EVP|teu)(?![\w])|"
    r"(?i:(?:cruise|ferry|air)?[ \t-]?passengers|(?:cruise|veer)?passagiers|passagers|"
    r"(?:kreuzfahrt|flug|fähr)?passagiere|fluggäste|croisiéristes|reizigers)(?![\w]))"
)


# (What every match of `_OTHER_UNIT` holds, lower-cased: a gate for the whole text.)
_OTHER_UNIT_CUES = ("teu", "evp", "passag", "fluggäst", "croisiériste", "reiziger")


# The words every match of `RANK_FIRST` holds: "nummer" or "numéro"; "number" and "one"; or
# "first" after "rank", "ranks" or "ranked" (a gate for the whole text).
_NUMBER_ONE: Final = frozenset((b"number", b"one"))
_FIRST_ALONE: Final = frozenset((b"nummer", b"num\xe9ro"))
_RANKED: Final = frozenset((b"rank", b"ranks", b"ranked"))


def _may_rank_first(words: frozenset[bytes]) -> bool:
    """Whether a text with these words (`DocIndex.words`) may hold a match of `RANK_FIRST`."""
    return (
        _NUMBER_ONE <= words
        or not words.isdisjoint(_FIRST_ALONE)
        or (b"first" in words and not words.isdisjoint(_RANKED))
    )


_RANK_GATE: Final = re.compile(
    # "numb|no|nr|n°|#|rank|class|plaats|platz|rang|place|posit|nummer|numéro" with the
    # common first letters taken out: re tries one branch per letter instead of all of them
    r"n(?:umb|o|r|°|ummer|uméro)|#|ra(?:nk|ng)|class|pla(?:ats|tz|ce)|posit"
)


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding text[at] starts: after the last comma, semicolon or colon
    before it in text[lo:at], else at `lo`."""
    cut = max(text.rfind(",", lo, at), text.rfind(";", lo, at), text.rfind(":", lo, at))
    return lo if cut < 0 else cut + 1


def _ordinal_counts(text: str, sent: Sentence, ordinals: list[int], sentence: str) -> list[_Raw]:
    """'the 83rd of its kind', 'its 12th sister city': a count of partnerships."""
    out: list[_Raw] = []
    for p in ordinals:
        m = lex.ORDINAL_OF_KIND.match(text, p, sent.end)
        if not m or _item_at(text, p):
            continue
        value = ordinal_value(m.group("n"), m.group("w"))
        if value is None or value < 2:
            continue
        clause = _clause_start(text, sent.start, p)
        if lex.ORDINAL_COUNT_UNREAL.search(text, clause, min(sent.end, m.end() + 25)):
            continue  # "signerait ainsi son quatrième jumelage": one that may come
        kind = m.group("kind").casefold()
        generic = not lex.TWINNING_CONTEXT.search(kind)
        if generic and not (
            lex.TWINNING_CONTEXT.search(sentence) or lex.AGREEMENT_CONTEXT.search(sentence)
        ):
            continue
        out.append(_Raw(m.start(), m.end(), "sister_cities", float(value), possessor_after=True))
    return out


def _head_after(
    text: str, src: str, pat: _Patterns, pos: int, end: int, resolver: SubjectResolver
) -> tuple[str, int, Entity | None, bool] | None:
    """The head noun after a number: (measure key, end, demonym entity, changed).

    src (str): the text lower-cased with the same offsets (or the text itself), which the
        patterns of `pat` read.
    """
    m = lex.AFTER_HEAD_STOP.match(text, pos, end)
    i = m.end() if m else pos
    changed = False
    modifiers = 0
    # the head noun, or up to three modifiers before it ("400 rail transit equipment
    # companies", "62 rail transit related enterprises")
    for _ in range(4):
        while i < end and text[i] in " \t\u00a0\u202f":
            i += 1
        if i >= end:
            return None
        h = pat.HEADS_ANY.match(src, i, end)
        if h:
            return h.lastgroup or "", h.end(), None, changed
        w = _WORD.match(text, i, end)
        if w is None:
            return None
        word = w.group()
        if word.endswith("-") and text[w.end() : w.end() + 1] == "\n":
            # "9,5 miljoen inwo-\nners": a head noun broken at the end of a line
            rest = _WORD.match(text, w.end() + 1, end)
            if rest is not None:
                h = _HEADS_ANY.fullmatch(word[:-1] + rest.group())
                if h:
                    return h.lastgroup or "", rest.end(), None, changed
        if len(word) > 9:
            compound = lex.COMPOUND_HEAD.fullmatch(word)
            if compound is not None:
                # "mehr als 21.000 Vollzeitstudierende", "12.000 voltijdstudenten": the
                # measure noun is the head of the compound, its prefix a modifier
                prefix = compound.group("prefix").casefold()
                part = prefix.startswith(lex.COMPOUND_PART_PREFIXES)
                return compound.lastgroup or "", w.end(), None, changed or part
        if word[0].isupper() and len(word) > 3 and _is_noun_use(text, w.end(), end):
            entity = resolver.demonym(word)
            if entity is not None:
                return "demonym", w.end(), entity, changed
        pairs = _PAIRS_OF.match(text, w.start(), end)
        if pairs is not None:
            # "97 pairs of sister provinces and sister cities", "40 paires de villes jumelles":
            # the pairs counted are the partnerships the noun after them names
            i = pairs.end()
            modifiers += 1
            continue
        coordinated = _COORDINATED.match(text, w.start(), end) if modifiers else None
        if coordinated is not None:
            # "164.000 directe en indirecte banen": two modifiers joined by a conjunction
            i = coordinated.end()
            continue
        if not word[0].isalpha() or word.casefold() in lex.MODIFIER_STOP:
            return None
        folded = word.casefold()
        if (
            _CHANGE_MODIFIER.fullmatch(word)
            or folded in lex.PART_MODIFIERS
            or folded.split("-", 1)[0] in lex.PART_MODIFIERS  # "Chinese-owned"
        ) and folded not in _KIND_OF_FIRM:
            changed = True
        i = w.end()
        modifiers += 1
    return None


_ABROAD: Final = frozenset(
    """foreign international internationale internationalen buitenlandse ausländische
    ausländischen étrangers étrangères étrangère étranger internationaux overseas""".split()
)


def _abroad_only(text: str, start: int, end: int) -> bool:
    """The modifiers of a part in text[start:end] only say "abroad" ("foreign", "ausländische",
    "étrangères"), not where ("Chinese", "European")."""
    words = [w.casefold() for w in _WORD3.findall(text, start, end)]
    parts = [
        w for w in words if w in lex.PART_MODIFIERS or w.split("-", 1)[0] in lex.PART_MODIFIERS
    ]
    return bool(parts) and all(w in _ABROAD for w in parts)


_NEXT_WORD: Final = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_EN_COMPTE: Final = re.compile(
    r"(?<![\w])en\s+(?:compte|comptait|comptent|recense|recensait|accueille|accueillait|"
    r"emploie|employait|abrite|réunit|rassemble)\s+"
    r"(?:environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?$",
    re.IGNORECASE,
)
# "4,000 foreign-invested companies" in a development zone: a kind of firm the zone counts,
# not a part by origin.
_KIND_OF_FIRM: Final = frozenset(("foreign-invested", "foreign-funded", "foreign-owned"))
# Every head noun in one pattern, in the order they are tried: the first kind that matches
# is the group that matched.
_HEAD_ORDER = (
    "sister_cities",
    "population",
    "students",
    "companies",
    "employees",
    "people",
    "sister_cities_ctx",
    "countries_ctx",
    "staff_ctx",
)
_HEADS_ANY: Final = re.compile(
    "|".join(f"(?P<{key}>{lex.HEADS[key].pattern})" for key in _HEAD_ORDER), re.IGNORECASE
)


def _is_noun_use(text: str, pos: int, end: int) -> bool:
    """True unless a content word follows ("2 Chinese cities": "Chinese" is an adjective)."""
    nxt = _WORD.match(text, pos + 1, end) if pos < end and text[pos] == " " else None
    if nxt is None:
        return True
    word = nxt.group()
    return not word[0].isalpha() or word.casefold() in lex.MODIFIER_STOP


_LABEL_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t•*|-]*(?P<label>(?:(?P<mod>[^\W\d_]{3,})[ \t]+)?"
    r"(?:number\s+of\s+|aantal\s+|anzahl\s+(?:der\s+)?|nombre\s+d['’])?"
    r"(?P<word>inhabitants|residents|population|inwoners|bewoners|bevolking|einwohner(?:innen)?|"
    r"bevölkerung|habitants|students|studenten|studierende|étudiants|"
    r"(?:sister|twin|partner|friendship)\s+(?:and|&|or)\s+(?:sister|twin|partner|friendship)"
    r"\s+(?:cities|towns)|sister\s+cities|"
    r"twin\s+towns|twin\s+cities|partner\s+cities|partner\s+towns|zustersteden|"
    r"partnersteden|partnerstädte|villes\s+jumelées|villes\s+jumelles|companies|bedrijven|"
    r"unternehmen|entreprises|businesses|firms|ondernemingen|betriebe|sociétés|employees|werknemers|beschäftigte|salariés|jobs|banen|"
    r"arbeitsplätze|emplois|passengers|passagiers|passagiere|passagers|fluggäste|"
    r"croisiéristes)(?:[ \t]+(?:worldwide|in\s+total|total|abroad|wereldwijd|"
    r"in\s+totaal|weltweit|insgesamt|au\s+total|dans\s+le\s+monde))?)"
    r"(?:[ \t*]*(?:\([^)\n]{1,20}\)[ \t*]*[:=|]?|[:=|])[ \t*]*|"
    r"\t[ \t]*|[ ]{2,})"
    r"(?:approx\.?|approximately|ca\.?|c\.|about|around|roughly|some|nearly|almost|over|"
    r"ongeveer|circa|ruim|bijna|etwa|rund|knapp|über|environ|près\s+de|plus\s+de|±)?\s*$",
    re.IGNORECASE,
)
# Words before a fact-sheet label that make it a part or another quantity.
_NOT_LABEL_MOD = lex.PART_MODIFIERS | frozenset(
    "new nieuwe neue nouveaux nouvelles additional extra foreign buitenlandse ausländische "
    "étrangers average gemiddeld durchschnittliche moyenne".split()
)
_LABEL_MEASURE: dict[str, FigureMeasure] = {
    "people": "population",
    "students": "students",
    "sister": "sister_cities",
    "companies": "companies",
    "employees": "employees",
}


def _label_key(m: re.Match[str]) -> str:
    word = m.group("word").casefold()
    if re.match(r"stud|étud", word):
        return "students"
    if re.match(r"sister|twin|partner|friendship|zuster|villes", word):
        return "sister"
    if re.match(r"compan|bedrijv|unternehm|entrepr|business|firm|onderneming|betrieb|soci", word):
        return "companies"
    if re.match(r"employ|werkn|beschäft|salari|jobs|banen|arbeitspl|emplois", word):
        return "employees"
    if re.match(r"passag|passeng|fluggäst|croisi", word):
        return "passengers"
    return "people"


_HEAD_BEFORE_CUES = (
    "popul",
    "enrol",
    "pop.",
    "student body",
    "staff",
    "bevolking",
    "inwoner",
    "bevölkerung",
    "einwohner",
    "workforce",
    "effectif",
    "aantal",
    "number of",
    "nombre d",
    "zahl der",
)


class _Patterns:
    """The patterns `_quantity_figure` reads, for lower-cased text or for any case."""

    def __init__(self, lower: bool) -> None:
        def rx(p: re.Pattern[str]) -> re.Pattern[str]:
            # (`opened`: a pattern searched from a word guard opens with its words' first
            # characters, which `re` skips to)
            return opened(_lowered(p) if lower else p)

        self.lower = lower
        self.NOT_A_FIGURE_AFTER = rx(lex.NOT_A_FIGURE_AFTER)
        self.YEAR_LIKE_BEFORE = rx(_YEAR_LIKE_BEFORE)
        self.CURRENCY_SUFFIX = rx(lex.CURRENCY_SUFFIX)
        self.AREA_UNIT = rx(lex.AREA_UNIT)
        self.TONNE_UNIT = rx(lex.TONNE_UNIT)
        self.CURRENCY_PREFIX = rx(lex.CURRENCY_PREFIX)
        self.LABEL_BEFORE = rx(_LABEL_BEFORE)
        self.NUMBER_EXCLUDED_BEFORE = rx(lex.NUMBER_EXCLUDED_BEFORE)
        self.APPROX = rx(APPROX)
        self.M_AFTER_CURRENCY = rx(_M_AFTER_CURRENCY)
        self.PER_AFTER = rx(lex.PER_AFTER)
        self.PER_HEAD = rx(_PER_HEAD)
        self.ECONOMY_CONTEXT = rx(lex.ECONOMY_CONTEXT)
        self.MONEY_FLOW_CONTEXT = rx(lex.MONEY_FLOW_CONTEXT)
        self.NOT_CARGO = rx(lex.NOT_CARGO)
        self.CARGO_CONTEXT = rx(lex.CARGO_CONTEXT)
        self.DELEGATION_BEFORE = rx(_DELEGATION_BEFORE)
        self.DELTA_BEFORE = rx(lex.DELTA_BEFORE)
        self.FLOW_BEFORE = rx(lex.FLOW_BEFORE)
        self.MOVE_AFTER = rx(lex.MOVE_AFTER)
        self.HEAD_BEFORE = rx(lex.HEAD_BEFORE)
        self.SIZE_NOUN_BEFORE = rx(lex.SIZE_NOUN_BEFORE)
        self.EVENT_AFTER = rx(lex.EVENT_AFTER)
        self.DEFINITE_BEFORE = rx(lex.DEFINITE_BEFORE)
        self.DEFINITE_BEFORE_FR = rx(lex.DEFINITE_BEFORE_FR)
        self.ONE_OF_BEFORE = rx(lex.ONE_OF_BEFORE)
        self.OF_THE = rx(_OF_THE)
        self.TWINNING_CONTEXT = rx(lex.TWINNING_CONTEXT)
        self.GOVERNOR = rx(_GOVERNOR)
        self.EMPLOY_BEFORE = rx(lex.EMPLOY_BEFORE)
        self.STUDY_NEAR = rx(lex.STUDY_NEAR)
        self.WORK_NEAR = rx(lex.WORK_NEAR)
        self.PEOPLE_POPULATION_CONTEXT = rx(lex.PEOPLE_POPULATION_CONTEXT)
        self.LIVE_AFTER = rx(_LIVE_AFTER)
        self.LIVE_BEFORE = rx(_LIVE_BEFORE)
        self.HAS_BEFORE = rx(_HAS_BEFORE)
        self.TOP_BEFORE = rx(_TOP_BEFORE)
        self.RANK_OF_POSSESSION = rx(lex.RANK_OF_POSSESSION)
        self.GOAL_BEFORE_RANK = rx(lex.GOAL_BEFORE_RANK)
        self.GOAL_AFTER_RANK = rx(lex.GOAL_AFTER_RANK)
        self.GOAL_AIM_BEFORE = rx(lex.GOAL_AIM_BEFORE)
        self.GOAL_MODAL_BEFORE = rx(lex.GOAL_MODAL_BEFORE)
        self.OF_CALL = rx(_OF_CALL)
        self.RANK_ORD_SUPERLATIVE = rx(lex.RANK_ORD_SUPERLATIVE)
        self.RANK_ORD_NOUN = rx(lex.RANK_ORD_NOUN)
        self.RANK_ORD_PLACE = rx(lex.RANK_ORD_PLACE)
        self.RANK_ORD_ONLY = rx(lex.RANK_ORD_ONLY)
        self.ORDINAL_AT = rx(_ORDINAL_AT)
        self.RANK_VERB_BEFORE_WORD = rx(lex.RANK_VERB_BEFORE_WORD)
        self.RANK_ORD_BARE_NOUN = rx(lex.RANK_ORD_BARE_NOUN)
        self.RANK_POSSESSIVE_BEFORE = rx(lex.RANK_POSSESSIVE_BEFORE)
        self.RANK_DE_COMPOUND = rx(lex.RANK_DE_COMPOUND)
        self.RANK_NL_OP_NA = rx(lex.RANK_NL_OP_NA)
        self.RANK_PLACE_AFTER = rx(lex.RANK_PLACE_AFTER)
        self.RANK_CUE = rx(_RANK_CUE)
        self.RANK_DIGITS = rx(lex.RANK_DIGITS)
        self.RANK_NUMBER_BEFORE = rx(lex.RANK_NUMBER_BEFORE)
        self.RANK_VERB_BEFORE = rx(lex.RANK_VERB_BEFORE)
        self.RANK_PLACE_BEFORE = rx(lex.RANK_PLACE_BEFORE)
        self.RANK_ONE = rx(lex.RANK_ONE)
        self.RANK_FR_FIRST = rx(lex.RANK_FR_FIRST)
        self.RANK_FIRST = rx(lex.RANK_FIRST)
        self.ORDINAL_OF_KIND = rx(lex.ORDINAL_OF_KIND)
        self.HEADS_ANY = rx(_HEADS_ANY)


_ESCAPE: Final = re.compile(r"\\.|\(\?P(?:<\w+>|=\w+\))")
_UPPER: Final = re.compile(r"[A-Z\u00c0-\u00de]|\(\?-i")


def _lowered(p: re.Pattern[str]) -> re.Pattern[str]:
    """`p` without IGNORECASE, for lower-cased text; `p` itself when it names upper-case
    letters (it then matches lower-cased text as it matches the text)."""
    if not p.flags & re.IGNORECASE or _UPPER.search(_ESCAPE.sub("", p.pattern)):
        return p
    return re.compile(p.pattern, p.flags & ~re.IGNORECASE)


def _quantity_figure(
    text: str,
    src: str,
    pat: _Patterns,
    sent: Sentence,
    q: Quantity,
    resolver: SubjectResolver,
    language: str,
    *,
    other_units: bool = True,
) -> _Raw | None:
    """The figure a number states, or None. Cheap tests after the number come first.

    src (str): the text lower-cased with the same offsets (or the text itself), which the
        patterns of `pat` read.
    other_units (bool): the text may hold a unit of `_OTHER_UNIT` (a gate).
    """
    hi = min(sent.end, q.end + 90)
    if q.scaled and hi <= q.end + 1 and text[q.end - 1 : q.end] == ".":
        # "2,7 Mio. Einwohner", "717 Mrd. Euro": a sentence split after an abbreviated scale
        stop = _NEXT_STOP.search(text, q.end, q.end + 90)
        hi = stop.start() if stop is not None else min(len(text), q.end + 90)
    if pat.NOT_A_FIGURE_AFTER.match(src, q.end, hi):
        return None
    lo = max(sent.start, q.start - 60)
    if q.start - sent.start < 3 and _ABBREVIATION_END.search(src, max(0, lo - 12), sent.start):
        # "Residents: approx. 604,800": the sentence was split after the abbreviation; the
        # label is on the same line before it
        lo = max(text.rfind("\n", 0, sent.start) + 1, q.start - 60)
    before = src[lo : q.start]
    if q.year_like and ":" not in before[-25:] and pat.YEAR_LIKE_BEFORE.search(before[-16:]):
        return None  # "in 2019": what the tests below would conclude, found at once
    suffix = pat.CURRENCY_SUFFIX.match(src, q.end, hi)
    area = tonnes = None
    head: tuple[str, int, Entity | None, bool] | None = None
    if suffix is None:
        area = pat.AREA_UNIT.match(src, q.end, hi)
        if area is None:
            tonnes = pat.TONNE_UNIT.match(src, q.end, hi)
            if tonnes is not None and tonnes.group("unit").casefold() == "t" and not q.scaled:
                tonnes = None
            if tonnes is None:
                other = (
                    _OTHER_UNIT.match(text, q.end, hi)
                    if other_units and (q.scaled or q.value >= 1000)
                    else None
                )
                if other is not None and not q.year_like:
                    # "1.9 million TEU", "3,1 millions d'EVP", "2,6 Mio. Passagiere"
                    unit = "TEU" if other.group("teu") else "passengers"
                    return _Raw(q.start, other.end(), "other", q.value, label=unit)
                head = _head_after(text, src, pat, q.end, hi, resolver)
    near = before[-8:]
    prefix = _search_end(pat, pat.CURRENCY_PREFIX, near, _CURRENCY_ENDS) if near.strip() else None
    label = (
        pat.LABEL_BEFORE.search(before)
        if head is None
        and (
            ":" in before[-25:]
            or "|" in before[-25:]
            or ")" in before[-4:]
            or "\t" in before[-8:]
            or "  " in before[-8:]
        )
        else None
    )
    if label is not None and label.group("mod") and label.group("mod").casefold() in _NOT_LABEL_MOD:
        label = None  # "International students: 5,000": a part
    if label is not None and not q.word:
        # A fact sheet line: "Inwoners: 263.608", "Sister cities: 14"
        key = _label_key(label)
        if key == "passengers":  # "Cruise passengers: 2.6 million": an `other` count
            return _Raw(lo + label.start("label"), q.end, "other", q.value, label=key)
        return _Raw(lo + label.start("label"), q.end, _LABEL_MEASURE[key], q.value)
    low_before = before if pat.lower else before.lower()
    head_before = head is None and any(cue in low_before for cue in _HEAD_BEFORE_CUES)
    if not (suffix or prefix or area or tonnes or head or head_before):
        if (
            head is None
            and (q.scaled or (q.value >= 1000 and not q.word and not q.year_like))
            and pat.SIZE_NOUN_BEFORE.search(before[-45:])
            and _BARE_END.match(text, q.end, hi)
        ):
            # "Newcastle, a city of about 170,000, ...": the size of a place is its population
            return _Raw(q.start, q.end, "population", q.value)
        if (
            head is None
            and q.scaled
            and home_to_before(before[-40:])
            and _BARE_END.match(text, q.end, hi)
        ):
            # "Yantai is home to over 7 million.": the people the place is home to
            return _Raw(q.start, q.end, "population", q.value)
        if head is None and not q.scaled and text[q.end : q.end + 3].lstrip()[:2] == "Mt":
            # "658 Mt of cargo": million tonnes
            mt = _MEGATONNES.match(text, q.end, hi)
            if mt is not None and pat.CARGO_CONTEXT.search(src, sent.start, sent.end):
                return _Raw(q.start, mt.end(), "cargo_tonnes", q.value * 1e6, unit="t")
        return None
    if _search_end(pat, pat.NUMBER_EXCLUDED_BEFORE, before[-12:], _EXCLUDED_ENDS):
        return None
    if q.year_like and ":" in before[-25:] and pat.YEAR_LIKE_BEFORE.search(before[-16:]):
        return None  # (without a colon this was read at the start)
    approx = _search_end(pat, pat.APPROX, before[-30:], _APPROX_ENDS)
    bare = before[: len(before) - len(approx.group())] if approx else before
    if _PART_BEFORE.search(bare[-30:]):
        return None  # "waarvan 118 km² water", "dont 7 000 internationaux": a part
    if suffix or prefix:
        # Money: only economic output in euros is a figure of the schema.
        value = q.value
        end = suffix.end() if suffix else q.end
        if prefix and not q.scaled:
            sm = pat.M_AFTER_CURRENCY.match(src, q.end, hi)
            if sm:
                value *= _SCALE_FOR_M.get(sm.group("s").lower(), 1.0)
                end = sm.end()
        euro = (suffix is not None and suffix.group("eur")) or (prefix and prefix.group("eur"))
        cur = (suffix.group() if suffix else prefix.group() if prefix else "").casefold()
        yuan = not euro and lex.YUAN.search(cur) is not None
        if pat.PER_AFTER.match(src, end, hi) or pat.PER_HEAD.search(bare[-40:]):
            return None
        window = src[max(sent.start, q.start - 100) : min(sent.end, end + 40)]
        start = q.start - len(prefix.group()) if prefix else q.start
        economy = (euro or yuan) and pat.ECONOMY_CONTEXT.search(window) is not None
        if not economy:
            if not (q.scaled or value >= 1e6) or not pat.MONEY_FLOW_CONTEXT.search(window):
                return None
            # "exported about $310 million worth of goods to China": money a place or an
            # organisation trades or invests is an `other` figure, in its currency
            goods = _GOODS_WORTH.search(text, max(sent.start, start - 40), start)
            if goods is not None:
                # "habe Waren im Wert von 2,3 Milliarden Euro ausgeführt": the goods before
                # "worth" are part of the figure, not its subject
                start = goods.start()
            return _Raw(start, end, "other", value, unit=_currency_code(cur, bool(euro)))
        if yuan:
            # "an economic output of 357 billion yuan": an economy's output in yuan is `other`
            return _Raw(start, end, "other", value, unit="CNY")
        return _Raw(start, end, "added_value_eur", value, unit="EUR")
    if area:
        if pat.PER_AFTER.match(src, area.end(), hi):
            return None
        value = q.value
        if area.group("ha"):
            value /= 100.0
        elif area.group("mi2"):
            value *= 2.589988
        return _Raw(q.start, area.end(), "area_km2", value, unit="km2")
    if tonnes:
        around = src[q.start : min(sent.end, tonnes.end() + 30)]
        if pat.NOT_CARGO.search(around) or not pat.CARGO_CONTEXT.search(src, sent.start, sent.end):
            return None
        return _Raw(q.start, tonnes.end(), "cargo_tonnes", q.value, unit="t")
    tail = bare[-30:]
    if _search_end(pat, pat.DELEGATION_BEFORE, tail, _DELEGATION_ENDS) or _search_end(
        pat, pat.DELTA_BEFORE, tail, _DELTA_ENDS
    ):
        return None
    if pat.FLOW_BEFORE.search(tail):
        return None
    if head is None:
        # The measure written before the number: "a population of about 90,000".
        hb = pat.HEAD_BEFORE.search(bare)
        if hb is None or _DIGIT.search(hb.group("gap")) or (q.word and not q.scaled):
            return None
        written = " ".join(hb.group("head").split())
        measure: FigureMeasure = "population"
        if written in lex.HEAD_BEFORE_MEASURE:
            measure = lex.HEAD_BEFORE_MEASURE[written]
        elif (
            "student" in written
            or "étudiant" in written
            or "studierend" in written
            or ("enrol" in written)
        ):
            measure = "students"
        elif _EMPLOYEES_WRITTEN.search(written):
            measure = "employees"
        elif _COMPANIES_WRITTEN.search(written):
            measure = "companies"
        value, end = q.value, q.end
        if not q.scaled:
            short = _SHORT_SCALE.match(text, q.end, hi)
            if short is not None:  # "a population of 2.1m"
                value *= _SCALE_FOR_M[short.group("s").lower()]
                end = short.end()
        return _Raw(lo + hb.start("head"), end, measure, value)
    key, hend, demonym, changed = head
    if changed and key in ("sister_cities", "sister_cities_ctx"):
        # "relations with 10 foreign cities", "18 International Sister Seaport Agreements":
        # every partner is abroad, the count is the whole
        changed = not _abroad_only(text, q.end, hend)
    if changed or pat.PER_AFTER.match(src, hend, hi):
        return None
    if pat.EVENT_AFTER.match(src, hend, hi) and not _ENROLLED_AFTER.match(text, hend, hi):
        return None  # (but "40,000 students attend the University of Leeds" are enrolled)
    if key in ("students", "employees") and pat.MOVE_AFTER.match(src, hend, hi):
        return None  # "30 Studierende sollen jährlich in den Harz kommen": a planned flow
    after = _NEXT_WORD.match(text, hend, hi)
    if (
        after is not None
        and after.group(1).casefold() in lex.PART_MODIFIERS_AFTER
        and not (
            key in ("sister_cities", "sister_cities_ctx") and after.group(1).casefold() in _ABROAD
        )
    ):
        return None  # "200 entreprises françaises", "3 000 étudiants chinois": a part
    if (
        key != "population"
        and lex.FROM_PLACE_AFTER.match(text, hend, hi)
        # "1.300 Mitgliedsbetriebe aus dem Umland", "650 member firms from the valley": the
        # members a body counts, wherever they are
        and not (key == "companies" and _MEMBER_HEAD.search(text, q.end, hend))
    ):
        return None
    if (
        key in ("students", "employees", "companies")
        and _FROM_VERB_CUES.search(src, hend, hi) is not None
        and lex.FROM_VERB_AFTER.match(text, hend, hi) is not None
    ):
        return None  # "2.400 Studierende an den Hochschulen kommen aus China": a part
    tail = bare[-40:]
    definite = pat.DEFINITE_BEFORE_FR if language == "fr" else pat.DEFINITE_BEFORE
    if (
        (
            _search_end(pat, definite, tail, _DEFINITE_ENDS)
            and not threshold_before(tail)
            # "De UM, die ruim 22.000 studenten telt": a relative pronoun, not an article
            and not _RELATIVE_PRONOUN_BEFORE.search(tail)
        )
        or pat.ONE_OF_BEFORE.search(tail)
    ) and not _SIZE_ADJECTIVE_AFTER.match(text, hend, hi):
        return None  # (but "die knapp 244.000 Einwohner große Stadt" states a size)
    if _search_end(pat, pat.OF_THE, tail, _OF_THE_ENDS) and _DIGIT.search(bare[-25:]):
        return None  # "8 of the 32 cities"
    if key in ("sister_cities_ctx", "countries_ctx"):
        if not pat.TWINNING_CONTEXT.search(src, sent.start, sent.end) and not (
            lex.FORMAL_LINKS.search(text, sent.start, sent.end)
        ):
            return None
        # "relations with 32 cities", "Beziehungen zu sieben Städten", "has 8 partners":
        # a bare "two cities signed" is not a count of partners.
        governor = pat.GOVERNOR.search(bare[-25:]) or _GOVERNOR_ADVERB.search(bare[-45:])
        if governor is None and key == "sister_cities_ctx" and _TWINNED_WITH.match(text, hend, hi):
            # "ce sont trois villes qui sont jumelées avec notre cité": the place after
            return _Raw(q.start, hend, "sister_cities", q.value, possessor_after=True)
        if (
            governor is None
            and key == "sister_cities_ctx"
            and _IN_COUNTRIES.match(text, hend, hi) is not None
        ):
            # "International sisterhood relationships - 8 cities in 6 countries": cities
            # counted by the countries they lie in are the partners
            return _Raw(q.start, hend, "sister_cities", q.value)
        if governor is None or (key == "sister_cities_ctx" and governor.group(1) in _IN_WORDS):
            return None
        if key == "countries_ctx":
            if _ORIGIN_BEFORE.search(bare[-30:]):
                # "11 representatives from 9 countries", "80.000 bezoekers uit 40 landen",
                # "des entreprises venues de 23 pays": where people come from, no count of
                # the place's ties
                return None
            return _Raw(q.start, hend, "other", q.value, label="countries")
        return _Raw(q.start, hend, "sister_cities", q.value)
    if key == "staff_ctx":
        # "TRI, which employs some 750 researchers": an occupation counts staff only after a
        # verb that employs them ("300 researchers attended" counts no staff)
        if not pat.EMPLOY_BEFORE.search(bare):
            return None
        measure = "employees"
    elif key == "people":
        if pat.EMPLOY_BEFORE.search(bare):
            measure = "employees"
        elif pat.STUDY_NEAR.search(bare[-30:]) or pat.STUDY_NEAR.search(src, hend, hend + 25):
            measure = "students"
        elif pat.WORK_NEAR.match(src, hend + 1, hend + 12) or pat.WORK_NEAR.search(bare[-12:]):
            measure = "employees"  # "30,000 people work in the port"
        elif (
            pat.PEOPLE_POPULATION_CONTEXT.search(bare[-40:])
            or pat.LIVE_AFTER.match(src, hend, hi)
            or pat.LIVE_BEFORE.search(bare[-45:])
        ):
            measure = "population"
        elif (q.scaled or q.value >= 1000) and pat.HAS_BEFORE.search(bare[-25:]):
            # "X has 3 million people": the population of a place, the staff of a port or
            # company; decided by the subject
            return _Raw(q.start, hend, "population", q.value, label=_BY_SUBJECT)
        else:
            return None
    else:
        measure = _MEASURE_OF[key]
        # (people counted as a population were read above: no employing verb before them)
        if measure == "population" and pat.EMPLOY_BEFORE.search(bare):
            measure = "employees"
    if q.word and not q.scaled and measure != "sister_cities":
        return None
    if demonym is not None and q.value < 1000:
        return None
    return _Raw(q.start, hend, measure, q.value, subject=demonym)


# The head of a count of members ("member companies", "Mitgliedsunternehmen", "lidbedrijven").
_MEMBER_HEAD: Final = re.compile(
    r"member|mitglied|lidbedrijf|ledenbedrijv|lidbedrijv", re.IGNORECASE
)


# A noun of goods and "worth" right before an amount: "goods worth", "Waren im Wert von",
# "goederen ter waarde van", "des marchandises d'une valeur de".
_GOODS_WORTH: Final = re.compile(
    r"[^\W\d_][\w-]*[ \t]+(?:worth|im[ \t]+wert[ \t]+von|ter[ \t]+waarde[ \t]+van|"
    r"d['’]une[ \t]+valeur[ \t]+de)[ \t]+(?:(?:about|around|some|rund|etwa|ca\.|ongeveer|"
    r"circa|environ|près[ \t]+de)[ \t]+)?\Z",
    re.IGNORECASE,
)


def _search_end(
    pat: _Patterns, rx: re.Pattern[str], s: str, endings: tuple[str, ...]
) -> re.Match[str] | None:
    """`rx.search(s)` for a pattern of `pat` that matches only at the end of `s` (spaces
    after it), where every match ends with one of `endings` (lower case) before those spaces:
    on lower-cased text, a string that ends otherwise is not searched."""
    if pat.lower and not s.rstrip().endswith(endings):
        return None
    return rx.search(s)


def _currency_code(written: str, euro: bool) -> str | None:
    """The ISO 4217 code of a currency as written (lower case), or None."""
    if euro:
        return "EUR"
    if lex.YUAN.search(written):
        return "CNY"
    if "$" in written or "dollar" in written or "usd" in written:
        return "USD"
    if "£" in written or "pound" in written or "gbp" in written:
        return "GBP"
    return None


# The last words of the matches of the patterns `_search_end` reads.
_CURRENCY_ENDS = ("€", "eur", "euro", "$", "usd", "gbp", "rmb", "cny", "yuan", "£", "¥")
_APPROX_ENDS = tuple(
    """than over nearly almost about around approximately approx approx. some roughly to least
    under estimated ruim bijna ongeveer circa ca. zo'n zowat dan nagenoeg de etwa rund über als
    fast knapp ungefähr gut zirka environ presque quelque quelques d' unter welgeteld liefst
    precies as exactly precisely exactement genau exakt schreibe d’""".split()
)
# ("no.", "nr.", "art.", "p.", "fig." end with the full stop)
_EXCLUDED_ENDS = tuple(
    """. article artikel item page punt point section paragraph chapter hoofdstuk kapitel
    vorlage zaak file case dossier postbus box room zaal bus § # + / -""".split()
)
_DEFINITE_ENDS = tuple(
    """de the these those all both deze die alle beide der den diese les ces between tussen
    zwischen entre other andere anderen autres each elk jede jeden jeder jedes chaque first
    last eerste laatste ersten letzten premiers premières derniers dernières""".split()
)
_OF_THE_ENDS = ("the", "de", "die", "les")
# A Dutch or German relative pronoun after a comma, before a number ("De UM, die ruim 22.000
# studenten telt", "Leipzig, die rund 600.000 Einwohner zählt", "der Kreis, der etwa"): the
# clause states its antecedent's figure; "die" and "der" are no articles there.
_RELATIVE_PRONOUN_BEFORE: Final = re.compile(
    r",[ \t]*(?:die|der|dat|welke|welche[rs]?)[ \t]+(?:(?:ruim|bijna|ongeveer|circa|zo['’]n|"
    r"meer[ \t]+dan|rund|etwa|knapp|über|mehr[ \t]+als|fast|gut|nahezu|ca\.)[ \t]+)?$",
    re.IGNORECASE,
)
_DELEGATION_ENDS = tuple(
    """delegation group team party mission delegatie groep missie gruppe délégation groupe
    equipe équipe of van von de d' d’ aus mit met with avec""".split()
)
_DELTA_ENDS = tuple(
    """increased decreased grew grown rose risen fell fallen dropped gained lost declined
    climbed shrunk shrank increase decrease rise growth drop fall gain loss by of steeg stegen
    groeide groeiden daalde daalden gestegen gegroeid gedaald toegenomen afgenomen toename
    stijging groei daling met van stieg wuchs sank gestiegen gewachsen gesunken zugenommen
    abgenommen zuwachs anstieg rückgang um von augmenté diminué progressé hausse baisse
    augmentation croissance de extra additional new nieuwe neue neuen nouveaux
    nouvelles""".split()
)


_SHORT_SCALE: Final = re.compile(r"(?P<s>m|bn|k)(?![\w²])", re.IGNORECASE)
_NEXT_STOP: Final = re.compile(r"[.!?;\n]")
# After a bare number: the end of its phrase ("a city of 170,000, ...", "... 170,000 and").
_BARE_END: Final = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:and|but|which|that|does|did|is|was|has|had|en|und|et|die|der|qui|"
    r"est|heeft|hat|ist|in|im|on|at|near|aan|op|bij|an|am|bei|à|dans|près)(?![\w]))",
    re.IGNORECASE,
)
_MEGATONNES: Final = re.compile(r"[ \u00a0]?Mt(?![\w'’])")
_BY_SUBJECT = "people"
_HAS_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?:has|have|had|counts|heeft|hebben|telt|telde|hat|haben|hatte|zählt|zählte|"
    r"compte|comptait)|,\s*(?:with|met|mit|avec))\s+$"
)
_EMPLOYEES_WRITTEN: Final = re.compile(r"employ|werknemer|beschäftigt|workforce")
_COMPANIES_WRITTEN: Final = re.compile(r"compan|bedrijv|entreprise|business|firm|onderneming")


# A time adverb beside a verb repeated for a second subject ("currently", "momenteel",
# "derzeit", "aujourd'hui").
_NOW_ADVERB: Final = (
    r"(?:currently|now|today|still|momenteel|nu|thans|inmiddels|derzeit|zurzeit|aktuell|heute|"
    r"actuellement|aujourd['’]hui)"
)
# "Québec compte 549 459 habitants, et Bordeaux plus de 260 000": a second subject and a bare
# number after a figure repeat the figure's measure.
# The second subject: a name ("Bordeaux"), a name after a description ("the metropolitan
# area of Lyon") or a place noun ("die Stadt selbst", "the city itself").
_GAPPED_BEFORE: Final = re.compile(
    # a dash may part the clauses too ("710.000 Einwohner – der Landkreis Cham hat etwa")
    r"(?:,|;|\s[–—-]|\b(?:and|while|whereas|en|terwijl|und|während|et|tandis\s+que))\s*"
    r"(?:,\s*)?(?:" + GAPPED_PARTNER_NOUN + r")?"
    r"(?:(?:(?:the|de|het|die|der|das|la|le|l['’])\s*(?:(?:[a-zà-ÿ-]+\s+){0,3}"
    r"(?:of|van|von|de|du|d['’])\s*)?)?(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3}|"
    r"(?:the|de|het|die|der|das|la|le|l['’])\s*(?:city|town|municipality|region|stad|gemeente|"
    r"regio|stadt|gemeinde|region|ville|commune|région|agglomération)\b)"
    r"(?:\s+(?:alone|itself|on\s+its\s+own|zelf|alleen|allein|selbst|seule?|à\s+elle\s+seule))?"
    # a time adverb before or after the repeated verb ("; Ball State currently enrolls
    # about", "; Delft telt momenteel", "; Jena zählt derzeit", "; Rennes accueille
    # aujourd'hui")
    r"(?:\s+" + _NOW_ADVERB + r")?"
    r"(?:\s+(?:has|had|have|counts|telt|telde|heeft|had|hat|hatte|zählt|compte|a|"
    # the verbs of a count of students or staff, repeated for the second subject
    r"enrolls|enrols|enrolled|employs|employed|beschäftigt|accueille|emploie|huisvest)"
    r"(?:\s+(?:er|ihrerseits))?(?:\s+" + _NOW_ADVERB + r")?)?"
    r"(?:\s+|\s*\()$",
    re.IGNORECASE,
)
_GAPPED_AFTER: Final = re.compile(
    r"(?:\s*\([^()\n]{1,25}\))?\s*(?:[.;:!?)]|,\s|$|(?:and|en|und|et)\s)", re.IGNORECASE
)
_GAPPED_MEASURES: Final = frozenset(("population", "students", "employees", "companies"))


def _gapped(
    text: str, src: str, pat: _Patterns, sent: Sentence, q: Quantity, last: _Raw
) -> _Raw | None:
    """A bare number that repeats the measure of the figure before it for another subject."""
    if last.measure == "sister_cities" and not q.year_like and last.end <= q.start:
        return _gapped_count(text, sent, q, last)
    if last.measure not in _GAPPED_MEASURES or q.year_like or q.word or last.end > q.start:
        return None
    if not _GAPPED_AFTER.match(text, q.end, sent.end) and q.end != sent.end:
        return None
    lo = max(sent.start, last.end, q.start - 60)
    m = pat.APPROX.search(src, lo, q.start)
    gap = text[lo : m.start() if m is not None else q.start]
    if not _GAPPED_BEFORE.search(gap) and not _GAPPED_NAME_COMMA.search(gap):
        return None
    return _Raw(q.start, q.end, last.measure, q.value)


# ------------------------------------------------------------ wordings of real writers
# "im Times Higher Education Ranking 2024 auf Rang 128": the year names the edition.
_EDITION_BEFORE: Final = re.compile(
    r"(?:ranking|rankings|rangliste|ranglijst|classement|index|league\s+table)[ \t]*$",
    re.IGNORECASE,
)


def _edition_year(num: str, window: str) -> bool:
    """True when `num` is a year written right after the name of a ranking."""
    return len(num) == 4 and 1900 <= int(num) <= 2100 and _EDITION_BEFORE.search(window) is not None


# A count of pairs before the noun of what is paired: "pairs of", "paires de", "paren",
# "Paare von".
_PAIRS_OF: Final = re.compile(
    r"(?:pairs|paires|paren|paare)[ \t]+(?:(?:of|de|von|van)[ \t]+|d['’][ \t]*)?", re.IGNORECASE
)
# "directe en indirecte banen", "direct and indirect jobs": a modifier, a conjunction and a
# second modifier before the head noun.
_COORDINATED: Final = re.compile(
    r"(?:and|or|en|of|und|oder|et|ou)[ \t]+(?!(?:the|de|het|die|der|das|la|le|les|a|an|een)"
    r"(?![\w]))[^\W\d_][\w'’-]*",
    re.IGNORECASE,
)
# "waarvan 118 km² water", "of which 40,000 students", "dont 7 000 internationaux": a part of
# the figure before it.
# (written to open with its words' first characters in any case, `first_chars`: the same
# matches as "(?<![\w])(?:waarvan|of\s+which|...|including)\s*$" with re.IGNORECASE)
_PART_FIRSTS, _PART_TAILS = first_chars(
    [
        *"waarvan of\\s+which of\\s+whom davon wovon darunter dont onder\\s+wie".split(),
        r"parmi\s+lesquel(?:le)?s",
        r"among\s+them",
        "including",
    ],
    ignorecase=True,
)
_PART_BEFORE: Final = re.compile(
    _PART_FIRSTS + r"(?<![\w].)" + _PART_TAILS + r"\s*$", re.IGNORECASE
)
# "Die gut 390.000 Einwohner zählende Stadt", "die 16.000 Einwohner große Stadt", "de 56.000
# inwoners tellende stad": an adjectival size, which a definite article opens.
_SIZE_ADJECTIVE_AFTER: Final = re.compile(
    r"[ \t]+(?:große[nmrs]?|grosse[nmrs]?|starke[nmrs]?|zählende[nmrs]?|umfassende[nmrs]?|"
    r"tellende|sterke|grote)(?![\w])",
    re.IGNORECASE,
)
# The noun an adjectival size describes, before the name it carries: "großen Kreis Jinyun",
# "zählenden Küstenstadt Yantai", "tellende gemeente Zwolle" (one word, no article).
_DESCRIBED_NOUN: Final = re.compile(r"[ \t]+(?:[^\W\d_][\w-]*[ \t]+)?")


def _described_name(doc: Doc, at: int, stop: int) -> Entity | None:
    """The place or organisation named right after an adjectival size and its noun (`at`:
    where the adjective ends), or None."""
    gap = _DESCRIBED_NOUN.match(doc.text, at, stop)
    if gap is None:
        return None
    starts = (at, gap.end())
    k = bisect.bisect_left(doc.mentions, at, key=lambda m: m.start)
    while k < len(doc.mentions) and doc.mentions[k].start <= gap.end():
        m = doc.mentions[k]
        k += 1
        if m.kind == "person" or m.start < at:
            continue
        if m.start in starts or doc.text[at : m.start].strip() == "":
            return entity_of(m)
        if m.start <= gap.end() and m.end > gap.end():
            return entity_of(m)  # the mention holds the noun ("Kreis Jinyun")
    return None


# "Rostock unterhält gegenwärtig zwölf Partnerschaften": a verb and an adverb before a count.
_GOVERNOR_ADVERB: Final = re.compile(
    r"\b(pflegt|pflegen|unterhält|unterhalten|hat|haben|zählt|onderhoudt|onderhouden|heeft|"
    r"hebben|telt|maintains|maintain|has|have|counts|entretient|entretiennent|compte|a)\s+"
    r"(?:(?:derzeit|gegenwärtig|aktuell|heute|inzwischen|mittlerweile|insgesamt|bislang|"
    r"currently|now|today|presently|altogether|momenteel|thans|nu|inmiddels|intussen|"
    r"in\s+totaal|actuellement|aujourd['’]hui|désormais|au\s+total)\s+){1,2}$",
    re.IGNORECASE,
)
# "villes qui sont jumelées avec", "towns twinned with", "steden die verzusterd zijn met".
_TWINNED_WITH: Final = re.compile(
    r"[ \t]+(?:(?:qui|that|which|die|dat)[ \t]+)?(?:(?:sont|are|zijn|sind)[ \t]+)?"
    r"(?:officiellement[ \t]+|officially[ \t]+|officieel[ \t]+|offiziell[ \t]+)?"
    r"(?:jumelées?|jumelés|twinned|verzusterd|verschwistert|partnered)"
    r"(?:[ \t]+(?:zijn|sind))?[ \t]+(?:avec|with|met|mit)(?![\w])",
    re.IGNORECASE,
)
# A second subject and a count for it, the noun left out: "Kampen vier", "Bordeaux, 261 000",
# "Enschede heeft er zelfs zes", "gefolgt von Berlin mit 17".
_GAPPED_NAME_COMMA: Final = re.compile(
    r"(?:,|;|\s[–—-]|\b(?:and|en|und|et|while|whereas|terwijl|während|tandis\s+que))\s*"
    r"(?:(?:followed\s+by|gefolgt\s+von|gevolgd\s+door|suivie?s?\s+(?:de|par))\s+)?"
    r"(?:(?:the|de|het|die|der|das|la|le|l['’])\s*)?"
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3}(?:\s*,)?"
    r"(?:\s+(?:has|had|have|counts|telt|telde|heeft|had|hat|hatte|zählt|pflegt|unterhält|"
    r"onderhoudt|maintains|compte|a|en\s+a|en\s+compte))?"
    r"(?:\s+(?:er|es|sogar|zelfs|even|même|nog|noch|ook|auch|aussi|only|slechts|nur|"
    r"seulement|maar|derzeit|currently))*"
    r"(?:\s+(?:with|met|mit|avec))?\s+$",
    re.IGNORECASE,
)
# "13. Sister city links update": the number of an item or a heading at the start of a line.
_ITEM_AFTER: Final = re.compile(r"[.)][ \t]+(?-i:[A-ZÀ-Þ])")


def _item_at(text: str, p: int) -> bool:
    """True when the digits at `p` open a line and number the item after them ("13. Sister
    city links update")."""
    if text[text.rfind("\n", 0, p) + 1 : p].strip():
        return False
    digits = _DIGITS.match(text, p)
    return digits is not None and _ITEM_AFTER.match(text, digits.end()) is not None


def _item_number(text: str, q: Quantity) -> bool:
    """True for a small number that opens a line and numbers the item after it."""
    if q.scaled or q.word or q.value >= 1000 or not _ITEM_AFTER.match(text, q.end):
        return False
    return text[text.rfind("\n", 0, q.start) + 1 : q.start].strip() == ""


# A cheap test before `lex.FROM_VERB_AFTER`: a verb of origin's stem in the clause.
_FROM_VERB_CUES: Final = re.compile(
    r"(?<![\w])(?:com|cam|hail|komm|kam|stamm|kom|kwam|vien|venai|originai)", re.IGNORECASE
)
# "40,000 students attend the University of Leeds", "bezoeken de hogeschool": enrolment, not
# the attendance of an event.
_ENROLLED_AFTER: Final = re.compile(
    r"[ \t]+(?:attend|attended|attending|bezoeken|besuchen|fréquentent)[ \t]+(?:the|de|het|die|"
    r"l['’]|la|le)?[ \t]*(?:[^\W\d_]+[ \t]+)?(?:university|universiteit|universität|université|"
    r"college|hogeschool|hochschule|school|schools|scholen|schulen|écoles?|campus)",
    re.IGNORECASE,
)
_GAPPED_COUNT_AFTER: Final = re.compile(r"\s*(?:[.;!?)]|,\s|$|(?:and|en|und|et)\s)", re.IGNORECASE)


def _gapped_count(text: str, sent: Sentence, q: Quantity, last: _Raw) -> _Raw | None:
    """A count of partner cities for a second subject after one given in full ("Deventer
    onderhoudt drie stedenbanden, Kampen vier en Enschede heeft er zelfs zes")."""
    if q.value > 500 or q.value != int(q.value) or q.start - last.end > 120:
        return None
    if not _GAPPED_COUNT_AFTER.match(text, q.end, sent.end) and q.end != sent.end:
        return None
    lo = max(sent.start, last.end, q.start - 60)
    if not _GAPPED_NAME_COMMA.search(text, lo, q.start):
        return None
    return _Raw(q.start, q.end, "sister_cities", q.value)


_GOVERNOR: Final = re.compile(
    r"\b(with|met|mit|zu|zur|avec|to|has|have|had|heeft|hebben|had|hat|haben|hatte|compte|"
    r"comptait|telt|telde|zählt|unterhält|maintains|counts|comprises|totals?|in|dans|en|"
    r"across|uit|aus|from|de|d['’]|van|von|of)\s*$",
    re.IGNORECASE,
)
# "... 8 cities in 6 countries", "vier Städte in drei Ländern", "12 villes dans 9 pays".
_IN_COUNTRIES: Final = re.compile(
    r"[ \t]+(?:in|en|dans|aus|uit|across|from)[ \t]+(?:den[ \t]+)?(?:\d{1,3}|[^\W\d_]+)[ \t]+"
    r"(?:countries|nations|landen|ländern|staaten|pays)(?![\w])",
    re.IGNORECASE,
)
# An origin right before a count of countries: "from", "uit", "aus", "venus de", "kommen aus".
_ORIGIN_BEFORE: Final = re.compile(
    r"(?<![\w])(?:from|uit|aus|(?:venu(?:e)?s|venant|originaires)\s+d['’e])\s*"
    r"(?:(?:about|around|some|over|more\s+than|ruim|bijna|rund|über|plus\s+de|près\s+de)\s+)?$",
    re.IGNORECASE,
)
_IN_WORDS: Final = frozenset(("in", "dans", "en", "across", "uit", "aus", "from", "de", "d'", "d’"))
_PER_HEAD: Final = re.compile(
    r"(?<![\w])(?:per\s+(?:capita|inhabitant|resident|head|inwoner|hoofd)|pro\s+kopf|pro\s+einwohner|"
    r"par\s+habitant|par\s+tête)\b[^,;]*$",
    re.IGNORECASE,
)
_OF_THE: Final = re.compile(r"\b(?:of|van|von|de|des|d['’])\s+(?:the|de|die|les)\s*$", re.I)
_MEASURE_OF: dict[str, FigureMeasure] = {
    "sister_cities": "sister_cities",
    "population": "population",
    "students": "students",
    "companies": "companies",
    "employees": "employees",
    "demonym": "population",
}


def _ordinal_starts(
    text: str,
    sent: Sentence,
    *,
    digits: bool,
    words: bool,
    known: list[int] | None,
    runs: list[tuple[int, int]] | None = None,
) -> list[int]:
    """Where ordinals start in the sentence: '83rd', '2e', 'second', 'tweede', 'zweiten'.

    known: the starts of the ordinal words of the whole text, when the caller has them.
    runs: the sentence's runs of digits (cut at its ends), when the caller has them: a match
        of `DIGIT_ORDINAL` holds the last one to four digits of a run and what follows it, so
        it is tried only there (where a scan of the sentence finds it first).
    """
    starts: list[int] = []
    if digits and runs is None:
        starts.extend(m.start() for m in lex.DIGIT_ORDINAL.finditer(text, sent.start, sent.end))
    elif digits and runs is not None:
        last = -1
        for a, b in runs:
            p = max(a, b - 4)
            if p < last:
                continue
            m = lex.DIGIT_ORDINAL.match(text, p, sent.end)
            if m is not None:
                starts.append(p)
                last = m.end()
    if words and known is not None:
        i = bisect.bisect_left(known, sent.start)
        j = bisect.bisect_left(known, sent.end, i)
        starts.extend(known[i:j])
    elif words:
        starts.extend(
            m.start()
            for m in _WORD3.finditer(text, sent.start, sent.end)
            if m.group().casefold() in _ORDINAL_TRIGGERS
        )
    return sorted(starts)


def _word_cues(
    doc: Doc,
) -> tuple[set[int], set[int], bool, list[tuple[int, int, str]] | None, set[int], list[int]] | None:
    """The sentences that hold an ordinal word, those that hold a number or scale word,
    whether the document has a German compound rank or "op twee na" anywhere, the
    number words (and "a", "one" ...) of the text for `find_quantities` (None when a
    character could case-fold into a Latin-1 word: its words are then read one by one), and
    the sentences that hold a superlative of rank 1, and where the ordinal words start.

    Read from the document's index of words. None when a character could make the words of
    a sentence differ from the index ("İ" is two characters in lower case) or a sentence cuts
    a word: each sentence is then read on its own.
    """
    idx = index_for(doc)
    if not idx.caseless:
        return None
    low = idx.low
    n = len(low)
    sentences = doc.sentences
    for sent in sentences:
        # a letter (or digit) on both sides of a sentence's start or end: a word cut in two
        s, e = sent.start, sent.end
        if (s > 0 and low[s - 1 : s + 1].isalnum()) or (e < n and low[e - 1 : e + 1].isalnum()):
            return None
    special = any(w in low for w in _SPECIAL_WORDS)
    hits: list[tuple[int, int, str]] | None = None
    if idx.foldless:
        wanted = idx.words & _NUMBER_WORD_HITS
        if idx.words.isdisjoint(_SCALE_HITS):
            # "a", "one", "een" ... count only before a scale word ("a million")
            wanted -= _ONE_HITS
        hits = sorted(
            (p, p + len(w), w.decode("latin-1")) for w in wanted for p in idx.word_starts(w)
        )
    present = idx.words & _WORD_TRIGGERS
    if not present:
        return set(), set(), special, hits, set(), []
    starts = [s.start for s in sentences]
    ordinal: set[int] = set()
    number: set[int] = set()
    sup: set[int] = set()
    ordinal_starts: list[int] = []
    for w in present:
        word = w.decode("latin-1")
        into = ordinal if word in _ORDINAL_TRIGGERS else None
        into2 = number if word in _NUMBER_WORD_TRIGGERS or word in _SCALE_WORDS else None
        into3 = sup if word in lex.RANK_ONE_WORDS else None
        for p in idx.word_starts(w):
            si = bisect.bisect_right(starts, p) - 1
            if si >= 0 and p + len(w) <= sentences[si].end:
                if into is not None:
                    into.add(si)
                    ordinal_starts.append(p)
                if into2 is not None:
                    into2.add(si)
                if into3 is not None:
                    into3.add(si)
    ordinal_starts.sort()
    return ordinal, number, special, hits, sup, ordinal_starts


_LOWER = _Patterns(True)
_ANY_CASE = _Patterns(False)


def _runs_in(
    runs: list[tuple[int, int]], run_starts: list[int], start: int, end: int
) -> list[tuple[int, int]]:
    """The runs of digits of text[start:end], cut at its ends: what `_DIGITS` finds there, from
    the runs of the whole text (`runs`, and their starts in `run_starts`)."""
    if start >= end:
        return []
    k = bisect.bisect_left(run_starts, start)
    if k > 0 and runs[k - 1][1] > start:
        k -= 1  # a run that began before the span
    out: list[tuple[int, int]] = []
    while k < len(runs) and runs[k][0] < end:
        a, b = runs[k]
        out.append((max(a, start), min(b, end)))
        k += 1
    return out


# Taking part in a mission, fair or delegation, in the four languages.
_TAKE_PART: Final = re.compile(
    r"(?<![\w])(?:took\s+part|take\s+part|taking\s+part|participat\w*|particip[ée]\w*|"
    r"namen\s+(?:[^.;]{0,80}\s)?deel|nemen\s+(?:[^.;]{0,80}\s)?deel|deelnemende|deelnemers|"
    r"deelgenomen|nahmen\s+(?:[^.;]{0,80}\s)?teil|nehmen\s+(?:[^.;]{0,80}\s)?teil|"
    r"teilnehmende|teilgenommen|teilnehmer)(?![\w])"
)


# A participle of twinning or an infinitive of doing after a ranked noun: an order in time.
_FIRST_TO: Final = re.compile(
    r"[ \t]+(?:jumelée?s?|twinned|paired|partnered|verzusterd|gekoppeld|verschwistert|"
    r"to[ \t]+(?:sign|twin|establish|become|join|open|set[ \t]+up)|"
    r"à[ \t]+(?:signer|se[ \t]+jumeler|nouer|établir|devenir|rejoindre))(?![\w])",
    re.IGNORECASE,
)
# The noun of an act, and a verb of signing one, in the four languages.
_ACT_NOUN: Final = re.compile(
    r"accord|agreement|overeenkomst|akkoord|abkommen|vertr[aä]g|vereinbarung|convention",
    re.IGNORECASE,
)
_SIGNED_BEFORE: Final = re.compile(
    r"(?<![\w])(?:signed|signé|signés|signées|conclu|conclus|ondertekend|ondertekende|"
    r"ondertekenden|sloot|sloten|gesloten|unterzeichnet|unterzeichnete|unterzeichneten|"
    r"schloss|schlossen|geschlossen)(?![\w])[^.;:]{0,40}$",
    re.IGNORECASE,
)


# The events companies take part in: a mission, a delegation's trip, a fair or a forum.
_EVENT: Final = re.compile(
    r"(?<![\w])(?:\w*(?:missie|mission|delegat|délégation|reise|beurs|messe)\w*|reis|trip|"
    r"trips|voyage|fairs?|salons?|forums?|expo)(?![\w])"
)


def _signed_acts(text: str, lo: int, r: _Raw) -> bool:
    """A count of acts after a verb of signing ("a signé deux accords de coopération")."""
    return (
        r.measure == "sister_cities"
        and _ACT_NOUN.search(text, r.start, r.end) is not None
        and _SIGNED_BEFORE.search(text[max(lo, r.start - 60) : r.start]) is not None
    )


def figures_in(doc: Doc, resolver: SubjectResolver) -> list[tuple[_Raw, int]]:
    """Every figure candidate of the document with the index of its sentence."""
    text = doc.text
    out: list[tuple[_Raw, int]] = []
    cues = _word_cues(doc)
    any_special = cues is None or cues[2]
    # The patterns read the lower-cased text where that is the same as ignoring case.
    idx = index_for(doc)
    src, pat = (idx.low, _LOWER) if idx.caseless else (text, _ANY_CASE)
    other_units = any(w in idx.low for w in _OTHER_UNIT_CUES)
    # Numbers inside a date ("24 September 2013", "in 2019") are no figures.
    dates = sorted((d.start, d.end) for d in doc.dates)
    date_starts = [a for a, _ in dates]
    last: _Raw | None = None  # the last figure found, for "en compte N"
    last_si = -2  # the index of its sentence
    # rank 1 in words ("ranked first", "the number one port"): read once, only when the text
    # has the words of one of its forms
    firsts: list[tuple[int, int]] = []
    if not idx.caseless or _may_rank_first(idx.words):
        firsts = [(m.start(), m.end()) for m in pat.RANK_FIRST.finditer(src)]
    first_starts = [a for a, _ in firsts]
    # The runs of digits of the text, read once: each sentence takes its own from them
    # (instead of four scans of every sentence for its digits).
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]
    run_starts = [a for a, _ in runs]
    resolver.digit_runs = runs  # (the resolver's demonym slots start at them)
    for si, sent in enumerate(doc.sentences):
        sent_runs = _runs_in(runs, run_starts, sent.start, sent.end) if runs else []
        digits = bool(sent_runs)
        sent_firsts: list[tuple[int, int]] = []
        if firsts:
            f0 = bisect.bisect_left(first_starts, sent.start)
            f1 = bisect.bisect_left(first_starts, sent.end, f0)
            sent_firsts = [x for x in firsts[f0:f1] if x[1] <= sent.end]
        if cues is None:
            sentence = text[sent.start : sent.end]
            low = sentence.lower()
            words = set(_WORD3.findall(low))
            ordinal_words = not _ORDINAL_TRIGGERS.isdisjoint(words)
            number_words = not (
                _NUMBER_WORD_TRIGGERS.isdisjoint(words) and _SCALE_WORDS.isdisjoint(words)
            )
            superlative = not lex.RANK_ONE_WORDS.isdisjoint(words)
        else:
            ordinal_words = si in cues[0]
            number_words = si in cues[1]
            superlative = si in cues[4]
            if not (
                digits or ordinal_words or number_words or any_special or superlative or sent_firsts
            ):
                continue
            sentence = text[sent.start : sent.end]
            low = sentence.lower()
        special = any_special and _SPECIAL.search(low) is not None
        if not (digits or ordinal_words or number_words or special or superlative or sent_firsts):
            continue
        ordinals = _ordinal_starts(
            text,
            sent,
            digits=digits,
            words=ordinal_words,
            known=cues[5] if cues is not None else None,
            runs=sent_runs,
        )
        found = _ranks(
            text,
            src,
            pat,
            sent,
            ordinals,
            low,
            superlative=superlative,
            special=special,
            has_digits=digits,
            firsts=sent_firsts,
            digit_starts=[a for a, _ in sent_runs],
        )
        found += _ordinal_counts(text, sent, ordinals, sentence)
        if ordinals or "premi" in low or "first" in low or "erste" in low:
            ranked = [(x.start, x.end) for x in found]
            found += [
                r
                for r in _elided_ranks(text, sent, ordinals, low)
                if not _overlaps(r.start, r.end, ranked)
            ]
        taken = [(r.start, r.end) for r in found]
        quantities = find_quantities(
            text,
            sent.start,
            sent.end,
            language=doc.language,
            words=number_words,
            word_hits=cues[3] if cues is not None else None,
            skip=dates,
            digit_starts=[a for a, _ in sent_runs],
        )
        for q in quantities:
            if _overlaps(q.start, q.end, taken) or _item_number(text, q):
                continue
            k = bisect.bisect_right(date_starts, q.start) - 1
            if k >= 0 and (dates[k][1] >= q.end or (k > 0 and dates[k - 1][1] >= q.end)):
                continue
            raw = _quantity_figure(
                text, src, pat, sent, q, resolver, doc.language, other_units=other_units
            )
            if raw is None and found:
                raw = _gapped(text, src, pat, sent, q, found[-1])
                if raw is not None and raw.subject is None:
                    # "le Jiangsu compte 85 millions d'habitants, la région 3,8 millions":
                    # the region the text names with that noun
                    noun = clause_noun(text, sent.start, q.start)
                    named = _noun_named(doc, noun, q.start) if noun else None
                    if named is not None:
                        raw.subject = entity_of(named)
                    elif not q.word:
                        # "; Orléans, à peine 117 000": the name of its own gapped clause
                        own = _carried_figure(doc, sent, q, found, None)
                        if own is not None and own.subject is not None:
                            raw.subject = own.subject
            if (
                raw is None
                and last is not None
                and last.measure in _GAPPED_MEASURES
                and not q.year_like
                and _EN_COMPTE.search(text, max(sent.start, q.start - 30), q.start)
            ):
                # "Dijon ... en compte 159 346": "en" repeats the measure just given
                raw = _Raw(q.start, q.end, last.measure, q.value)
            if raw is None and not q.year_like and not q.word:
                raw = _carried_figure(doc, sent, q, found, last if last_si == si - 1 else None)
            if raw is None and not q.year_like:
                raw = _partitive_count(doc, si, q)
            if raw is not None:
                found.append(raw)
                taken.append((raw.start, raw.end))
        if (
            any(r.measure == "companies" for r in found)
            and _TAKE_PART.search(low)
            and _EVENT.search(low)
        ):
            # "Aan de missie namen 23 bedrijven deel", "250 companies took part in the trade
            # mission": participants of an event, not a count about a place
            found = [r for r in found if r.measure != "companies"]
        if any(r.measure == "rank" for r in found):
            # "première région française jumelée avec le Hubei", "the first city to sign":
            # an order in time, not a rank
            found = [r for r in found if r.measure != "rank" or not _FIRST_TO.match(text, r.end)]
        if any(r.measure == "sister_cities" for r in found):
            # "a signé deux accords de coopération", "signed three partnership agreements":
            # acts signed, counted, not a count of partners
            found = [r for r in found if not _signed_acts(text, sent.start, r)]
        if found:
            last = found[-1]
            last_si = si
        out.extend((r, si) for r in found)
    if "millionen-" in idx.low or "einwohner-" in idx.low:
        out.extend(_size_compounds(doc, resolver, [(r.start, r.end) for r, _ in out]))
    if "|" in text or "\t" in text:
        out.extend(_table_figures(doc, [(r.start, r.end) for r, _ in out]))
    out.extend(_bracketed(doc, [(r.start, r.end) for r, _ in out]))
    return out


# A partitive pronoun and a verb of having right before a count: "Assen heeft er drie",
# "hebben er vier", "le Hunan en totalise à lui seul 9", "la ville en compte cinq".
_PARTITIVE_HAS: Final = re.compile(
    r"(?<![\w])(?:(?:heeft|hebben|had|hadden|telt|tellen|onderhoudt|onderhouden)\s+"
    r"(?:(?:nu|inmiddels|al|zelf|daar)\s+)?er|"
    r"(?<!\by\s)en\s+(?:compte|comptent|comptait|totalise|totalisent|a|ont|possède|"
    r"entretient))"
    r"(?:\s+(?:(?:à\s+(?:lui|elle)\s+seule?)|zelfs|even|al|même|aujourd['’]hui|nu|"
    r"inmiddels|ook|aussi|ruim|bijna|plus\s+de|près\s+de|environ))*\s+$",
    re.IGNORECASE,
)
# Partner towns named in the plural: what a partitive count before them counts.
_PARTNER_PLURAL: Final = re.compile(
    r"(?<![\w])(?:partner(?:gemeenten|steden)|zustersteden|stedenbanden|jumelages|"
    r"(?:villes|localités|communes)\s+(?:jumelles|jumelées|partenaires)|partnerstädte|"
    r"sister\s+cities|twin\s+towns)(?![\w])",
    re.IGNORECASE,
)


# What may follow a partitive count: the end of its clause; in Dutch also "en" ("Assen heeft
# er drie en ..."), which in French is a preposition ("trois en Allemagne").
_CLOSES_COUNT: Final = re.compile(
    r"\s*(?:[.;:!?)]|,\s|$|(?:and|und|et|maar|mais)\s)", re.IGNORECASE
)
_CLOSES_COUNT_NL: Final = re.compile(r"\s*en\s", re.IGNORECASE)


def _partitive_count(doc: Doc, si: int, q: Quantity) -> _Raw | None:
    """A count of partner towns told by a partitive pronoun, the towns named in the plural
    just before ("... hebben allemaal partnersteden. Assen heeft er drie", "30 villes
    jumelles dans la région. Le Hunan ... en totalise à lui seul 9")."""
    if q.value < 1 or q.value > 500 or q.value != int(q.value):
        return None
    text = doc.text
    sent = doc.sentences[si]
    if not _PARTITIVE_HAS.search(text, max(sent.start, q.start - 40), q.start):
        return None
    if not _CLOSES_COUNT.match(text, q.end, sent.end) and not (
        doc.language == "nl" and _CLOSES_COUNT_NL.match(text, q.end, sent.end)
    ):
        return None  # "heeft er 34.000 inwoners": a head noun of its own
    lo = doc.sentences[si - 1].start if si > 0 else sent.start
    if not _PARTNER_PLURAL.search(text, lo, q.start):
        return None
    return _Raw(q.start, q.end, "sister_cities", q.value)


def _carried_figure(
    doc: Doc, sent: Sentence, q: Quantity, found: list[_Raw], previous: _Raw | None
) -> _Raw | None:
    """A bare number with the measure of the figure just before it (`_figures_carried`):
    "contre 650 000 pour Nantes", "while Normandy has 3.3 million", "Nijmegen heeft er
    180.000"; the subject after it when a contrast names it there."""
    same = next(
        (r.measure for r in reversed(found) if r.end <= q.start and r.measure in CARRIED_MEASURES),
        None,
    )
    prev = previous.measure if previous is not None else None
    if same is None and prev not in CARRIED_MEASURES:
        return None
    text = doc.text
    got = carried(text, sent.start, q.start, q.end, sent.end, same, prev)
    if got is None:
        return None
    measure, where = got
    subject = None
    if where == AFTER:
        gap = FOR_AFTER.match(text, q.end, sent.end)
        at = gap.end() if gap is not None else -1
        m = next((m for m in doc.mentions if m.start == at and m.kind != "person"), None)
        if m is None:
            return None
        subject = entity_of(m)
    elif where == NOUN:
        # "et le district en compte 5,7 millions", "d'une province qui en compte 38
        # millions": the last place the text writes with that noun
        noun = clause_noun(text, sent.start, q.start)
        m = _noun_named(doc, noun, q.start) if noun else None
        if m is None:
            return None
        subject = entity_of(m)
    elif where == BEFORE:
        # "; de hoofdstad Nanchang ongeveer 5,5 miljoen": the last name of the gapped clause
        lo = max(
            sent.start - 1,
            text.rfind(";", sent.start, q.start),
            text.rfind(",", sent.start, q.start),
        )
        written = gapped_name(text, sent.start, q.start)
        if written is not None:
            # "; Orléans, à peine 117 000": the comma after the name is not the clause's
            w = text.rfind(written, sent.start, q.start)
            if 0 <= w <= lo:
                lo = w - 1
        inside = [
            m for m in doc.mentions if lo < m.start and m.end <= q.start and m.kind != "person"
        ]
        # the clause's own name ("Zhenjiang aan de Jangtse": Zhenjiang, not the river)
        m = next((m for m in inside if written and written in m.text), None)
        if m is None and inside:
            m = inside[-1]
        if m is not None:
            subject = entity_of(m)
        else:
            # a name the gazetteer lacks ("im Main-Kinzig-Kreis sind es etwa 405 000"): a
            # name the document writes again elsewhere, of no common word
            name = gapped_name(text, sent.start, q.start)
            if name is None or not _known_elsewhere(text, name, q.start):
                return None
            subject = Entity(name, "place")
    return _Raw(q.start, q.end, _MEASURE_OF[measure], q.value, subject=subject)


_NOUN_OF: Final = re.compile(r"(?P<noun>[^\W\d_]+)[ \t]+(?:of|de|du|d['’]|van|von)[ \t]*$")
# The noun right before the name, maybe inflected: "la Région Pays de la Loire", "des
# Landkreises Lüneburg", "im Kreis Borken".
_NOUN_BEFORE: Final = re.compile(r"(?P<noun>[^\W\d_]+?)(?:es|s|e|n)?[ \t]+$")


def _noun_named(doc: Doc, noun: str, before: int) -> Mention | None:
    """The last place mention before `before` written with `noun` ("district de Pudong",
    "Landkreis Cham", "province du Fujian")."""
    key = noun.casefold()
    text = doc.text
    for m in reversed(doc.mentions):
        if m.end > before or m.kind != "place":
            continue
        if key in m.text.casefold().split():
            return m
        of = _NOUN_OF.search(text, max(0, m.start - 20), m.start)
        if of is not None and of.group("noun").casefold() == key:
            return m
        right = _NOUN_BEFORE.search(text, max(0, m.start - len(key) - 4), m.start)
        if right is not None and text[right.start() - 1 : right.start()].isalpha() is False:
            if right.group("noun").casefold() == key:
                return m
    return None


def _known_elsewhere(text: str, name: str, at: int) -> bool:
    """A name written again outside its clause, not only of common words ("Main-Kinzig-
    Kreis", not "Vorjahr")."""
    from cityties.extraction import gazetteer

    common = gazetteer.load().common_words
    if all(w.casefold() in common for w in re.split(r"[ -]", name) if w):
        return False
    first = text.find(name)
    return 0 <= first and (first < at - 80 or text.find(name, at) >= 0)


# "die Neun-Millionen-Stadt", "der Acht-Millionen-Metropole Qingdao", "die 600.000-Einwohner-
# Stadt Duisburg": a German compound that states a place's size.
_SIZE_COMPOUND: Final = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3}(?:[.,]\d{1,3})*|[^\W\d_]+)-(?P<unit>Millionen|Einwohner|"
    r"Millionen-Einwohner)-(?:Stadt|Metropole|Hafenstadt|Küstenstadt|Gemeinde|Provinz|Region|"
    r"Metropolregion|Megacity|Megastadt)(?![\w-])",
    re.IGNORECASE,
)


def _size_compounds(
    doc: Doc, resolver: SubjectResolver, taken: list[tuple[int, int]]
) -> list[tuple[_Raw, int]]:
    """Populations stated by a German size compound: the place named right after it, else
    the other city of the text ("die Gruppe aus der Neun-Millionen-Stadt")."""
    text = doc.text
    out: list[tuple[_Raw, int]] = []
    starts = [s.start for s in doc.sentences]
    for m in _SIZE_COMPOUND.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        n = m.group("n")
        word = NUMBER_WORDS.get(n.casefold())
        if word is not None:
            value = float(word)
        elif n[0].isdigit():
            value = (
                float(n.replace(".", "").replace(",", "."))
                if "," in n
                else float(n.replace(".", ""))
            )
        else:
            continue
        if m.group("unit").casefold().startswith("millionen"):
            value *= 1e6
        if value < 1000:
            continue
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0 or doc.sentences[si].end < m.end():
            continue
        # the name after it (the mention may take in the compound's last part: "Stadt Yantai")
        after = next(
            (
                x
                for x in doc.mentions
                if m.start() <= x.start <= m.end() + 2 and x.end > m.end() + 1 and x.kind == "place"
            ),
            None,
        )
        # without a name, the description stands for the other city of the text, not the
        # one it is written from ("Mannheim ist die einzige Partnerstadt der Neun-Millionen-
        # Metropole"): the city of the paragraph that is not the home
        subject = entity_of(after) if after is not None else resolver.counterpart(m.start())
        if subject is None:
            continue
        out.append((_Raw(m.start(), m.end(), "population", value, subject=subject), si))
    return out


def _bracketed(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[_Raw, int]]:
    """ "Alkmaar, Netherlands (96,000)": the population of the place opening the line."""
    found = bracketed_populations(doc.text)
    if not found:
        return []
    places = {m.start: m for m in doc.mentions if m.kind == "place" and m.place is not None}
    starts = [s.start for s in doc.sentences]
    out: list[tuple[_Raw, int]] = []
    for name_start, start, end, value in found:
        m = places.get(name_start)
        if m is None or _overlaps(start, end, taken):
            continue
        si = bisect.bisect_right(starts, start) - 1
        if si < 0 or doc.sentences[si].end <= start:
            continue
        out.append((_Raw(start, end, "population", value, subject=entity_of(m)), si))
    return out


# "Son port, le premier du nord de la Chine", "blijft de haven de tweede van Europa", "the
# third in Europe": an ordinal after an article with its noun left out, and the domain.
_ELIDED_DOMAIN = (
    r"[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’]|van|of|in|von|im|der|en|au|aux)[ \t]*"
    r"(?:(?:la|le|les|l['’]|de|het|the|der|die|dem|des)[ \t]+)?"
    r"(?:(?-i:[A-ZÀ-Þ])[\w-]+|nord|sud|est|ouest|north|south|east|west|noorden|zuiden|oosten|"
    r"westen|norden|süden|osten|pays|land|landes|monde|world|wereld|welt|country|région|regio|"
    r"region)(?![\w])"
    r"(?![^,;.]{0,40}(?:\b(?:to|om|zu)[ \t]+\w+|\bà[ \t]+\w+(?:er|ir|re)\b))"
)
_ELIDED_RANK: Final = re.compile(ORDINAL + _ELIDED_DOMAIN, re.IGNORECASE)
_ELIDED_FIRST: Final = opened(
    re.compile(r"(?<![\w])(?:premier|première|first|eerste|erste)" + _ELIDED_DOMAIN, re.IGNORECASE)
)
_ELIDED_ARTICLE: Final = re.compile(
    r"(?:^|[\s,(])(?:le|la|l['’]|de|het|the|der|die|das)[ \t]+$", re.I
)
_MONTH_WORDS: Final = frozenset(
    """january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre januar februar märz dezember""".split()
)


# An ordinal and the common noun it counts ("het eerste semester", "the first year").
_ORDINAL_NOUN: Final = re.compile(ORDINAL + r"[ \t]+(?P<noun>[^\W\d_][\w-]+)", re.IGNORECASE)


def _counted_noun_before(text: str, lo: int, hi: int) -> bool:
    """An ordinal with a noun of its own before `hi` that ranks nothing: a later ordinal
    without a noun counts the same thing ("het eerste semester in Leeuwarden en het tweede
    in Chengdu", "the first year in Ghent and the second in Ningbo", "le premier semestre à
    Lyon et le second à Wuhan")."""
    for m in _ORDINAL_NOUN.finditer(text, lo, hi):
        if m.group("noun").casefold() in _FUNCTION_AFTER_ORDINAL:
            continue
        at = m.start()
        if lex.RANK_ORD_NOUN.match(text, at, hi) or lex.RANK_ORD_SUPERLATIVE.match(text, at, hi):
            continue  # "the second largest city ... and the third in Europe": ranks
        return True
    return False


# Words after an ordinal that are no noun of it ("the first of", "de eerste van").
_FUNCTION_AFTER_ORDINAL: Final = frozenset(
    """of in and or to at on for the van in en of te op voor de het von im und oder zu für der
    die das de du des et ou à au en pour la le les""".split()
)


def _elided_ranks(text: str, sent: Sentence, ordinals: list[int], low: str) -> list[_Raw]:
    """Ranks whose noun the sentence leaves out ("de tweede van Europa")."""
    out: list[_Raw] = []
    hits: list[re.Match[str]] = []
    for p in ordinals:
        m = _ELIDED_RANK.match(text, p, sent.end)
        if m is not None:
            hits.append(m)
    if "premi" in low or "first" in low or "erste" in low:
        hits.extend(_ELIDED_FIRST.finditer(text, sent.start, sent.end))
    for m in hits:
        if not _ELIDED_ARTICLE.search(text, max(sent.start, m.start() - 8), m.start()):
            continue
        if _counted_noun_before(text, sent.start, m.start()):
            continue
        domain = _LAST_WORD.search(text, m.start(), m.end())
        if domain is not None and domain.group().casefold() in _MONTH_WORDS:
            continue  # "the first of May": a date
        word = m.group(0).split(None, 1)[0]
        value = ordinal_value(m.groupdict().get("n"), m.groupdict().get("w")) or (
            1 if word.casefold() in ("premier", "première", "first", "eerste", "erste") else None
        )
        if value is not None:
            out.append(_Raw(m.start(), m.start() + len(word), "rank", float(value)))
    return out


# ------------------------------------------------------------------ tables
# "Stadt | Land | Einwohner | seit" and its rows "Rennes | Frankreich | 222.000 | 1964": a
# column headed by a measure holds that measure of the place the row names first.
_TABLE = "table"
_TABLE_CELL: Final = re.compile(r"[^|\t\n]+")
_TABLE_HEADS: tuple[tuple[FigureMeasure, re.Pattern[str]], ...] = (
    (
        "population",
        re.compile(
            r"(?:inhabitants|residents|population|pop\.?|inwoners|bevolking|einwohner(?:zahl)?|"
            r"bevölkerung|habitants)(?:[ \t]*\((?:[^()\d]{0,12})?(?P<year>1[89]\d\d|20\d\d)\))?",
            re.IGNORECASE,
        ),
    ),
    (
        "students",
        re.compile(
            r"(?:students|studenten|studierende|étudiants)"
            r"(?:[ \t]*\((?:[^()\d]{0,12})?(?P<year>1[89]\d\d|20\d\d)\))?",
            re.IGNORECASE,
        ),
    ),
    (
        "area_km2",
        re.compile(
            r"(?:area|fläche|oppervlakte|superficie)(?:[ \t]*(?:\(|in[ \t]+)?(?:km2|km²)\)?)?",
            re.IGNORECASE,
        ),
    ),
)
_TABLE_YEAR: Final = re.compile(r"table(?P<year>\d{4})")


def _table_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a line separated by '|' or tabs, stripped, as spans."""
    cells: list[tuple[int, int]] = []
    for m in _TABLE_CELL.finditer(text, a, b):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \u00a0":
            s += 1
        while e > s and text[e - 1] in " \u00a0":
            e -= 1
        if s < e:
            cells.append((s, e))
    return cells


def _table_header(text: str, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """The measure label of every column when the line is a header, else None."""
    if any(_DIGIT.search(text, a, b) and not _TABLE_HEAD_YEAR.search(text, a, b) for a, b in cells):
        return None
    labels: list[str | None] = []
    for a, b in cells:
        label = None
        for measure, rx in _TABLE_HEADS:
            m = rx.fullmatch(text, a, b)
            if m is not None:
                year = m.groupdict().get("year")
                label = f"{measure}|{_TABLE}{year or ''}"
                break
        labels.append(label)
    return labels if any(labels[1:]) else None


_TABLE_HEAD_YEAR: Final = re.compile(r"\((?:[^()\d]{0,12})?(?:1[89]\d\d|20\d\d)\)")


def _table_figures(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[_Raw, int]]:
    """The figures of the rows of tables whose header names a measure."""
    text = doc.text
    out: list[tuple[_Raw, int]] = []
    starts = [m.start for m in doc.mentions]
    sentence_starts = [s.start for s in doc.sentences]
    header: list[str | None] | None = None
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line_start, pos = pos, end + 1
        if "|" not in text[line_start:end] and "\t" not in text[line_start:end]:
            header = None
            continue
        cells = _table_cells(text, line_start, end)
        if len(cells) < 2:
            header = None
            continue
        if header is None or len(cells) != len(header):
            header = _table_header(text, cells)
            continue
        a0, b0 = cells[0]
        k = bisect.bisect_left(starts, a0)
        if k >= len(starts) or starts[k] >= b0 or doc.mentions[k].kind != "place":
            continue
        subject = entity_of(doc.mentions[k])
        for (a, b), label in zip(cells[1:], header[1:], strict=True):
            if label is None or _overlaps(a, b, taken):
                continue
            qs = find_quantities(text, a, b, language=doc.language, words=False)
            if len(qs) != 1 or qs[0].year_like:
                continue
            q = qs[0]
            tail = text[q.end : b].strip().casefold()
            if q.start != a or tail not in ("", "km²", "km2"):
                continue
            measure, tag = label.split("|")
            si = max(0, bisect.bisect_right(sentence_starts, a) - 1)
            out.append((_Raw(a, q.end, measure, q.value, label=tag, subject=subject), si))  # type: ignore[arg-type]
    return out


# ------------------------------------------------------------------ year
_OPEN_PAREN: Final = re.compile(r"\s*\(")
_PAREN_YEAR: Final = re.compile(r"\((?:[^()\d]{0,12})(1[89]\d\d|20\d\d)\)")
_TAIL_STOP: Final = re.compile(r"[;:,!?)]")
_YEAR_AFTER_PAREN: Final = re.compile(
    r"[ \t]*(?:in|en|im|op|à|au|for|für|voor|pour)?[ \t]*(?:(?:the\s+)?(?:year|jahr|jaar|"
    r"l['’]an|l['’]année)[ \t]+)?(?P<year>1[89]\d\d|20\d\d)(?![\d])",
    re.IGNORECASE,
)
# ", Stand 31.12.2023", ", as of 2022", ", per 1 januari 2023", ", au 1er janvier 2021".
_AS_OF_AFTER: Final = re.compile(
    r",[ \t]*(?:stand(?:[ \t]+(?:vom|von|zum))?|as[ \t]+of|per|peildatum|au|état[ \t]+au|"
    r"op)[ \t:]*(?:[\w.]+[ \t]+){0,2}?(?:\d{1,2}[./]\d{1,2}[./])?"
    r"(?P<year>1[89]\d\d|20\d\d)(?![\d])",
    re.IGNORECASE,
)


def _year(
    text: str,
    sent: Sentence,
    start: int,
    end: int,
    next_start: int,
    relative: list[tuple[int, int, int]],
    language: str,
) -> int | None:
    """The year a figure refers to: its own clause first, then the sentence's opening.

    relative: (start, end, year) of the relative years of the text ("last year", "vorig
    jaar", "im vergangenen Jahr"), resolved against the document date, in text order.
    """
    inside = _PAREN_YEAR.search(text, start, end)
    if inside is not None:
        return int(inside.group(1))  # "Students (2021): 800,000"
    stop = min(sent.end, next_start, end + 80)
    paren = _OPEN_PAREN.match(text, end, stop)
    if paren is not None:
        # "(Stand: 31.12.2021)", "(2020)": the whole parenthesis right after the figure
        close = text.find(")", paren.end(), stop)
        tail_end = close if close >= 0 else stop
    else:
        b = _TAIL_STOP.search(text, end, stop)
        tail_end = b.start() if b else stop
        # "800,000 residents and hosted the Tour in 2014": another clause's year
        c = _CONJUNCTIONS.get(language, _CONJUNCTIONS["en"]).search(text, end, tail_end)
        tail_end = c.start() if c else tail_end
    for m in lex.YEAR.finditer(text, end, tail_end):
        if not lex.TEMPORAL_BEFORE_YEAR.search(
            text[max(sent.start, m.start() - 15) : m.start()]
        ) and not _FOUNDED_AFTER_YEAR.match(text, m.end()):
            return _first_relative(relative, end, m.start()) or int(m.group("year"))
    as_of = _AS_OF_AFTER.match(text, end, stop)
    if as_of is not None:
        return int(as_of.group("year"))  # "(116.500 Einwohner, Stand 31.12.2023)"
    if paren is None and text.rfind("(", sent.start, start) > text.rfind(")", sent.start, start):
        # "1.6 trillion yuan (about 210 billion euros) in 2023": the year after the
        # parenthesis the figure sits in
        close = text.find(")", end, stop)
        after = _YEAR_AFTER_PAREN.match(text, close + 1, stop) if close >= 0 else None
        if after is not None:
            return int(after.group("year"))
    found = _first_relative(relative, end, tail_end)
    if found is not None:
        return found  # "handled 10 million tonnes last year"
    cut = max(text.rfind(c, sent.start, start) for c in ";:,()")
    lo = cut + 1 if cut >= 0 else sent.start  # after the last clause mark before the figure
    lo = participle_clause_start(text, sent.start, lo, start)  # "in 2023, handling 3.7m TEU"
    for c in _CONJUNCTIONS.get(language, _CONJUNCTIONS["en"]).finditer(text, lo, start):
        lo = c.end()  # "6,5 millions de tonnes en 2022 et emploie 300 personnes"
    for m in reversed(list(lex.YEAR.finditer(text, lo, start))):
        if not lex.TEMPORAL_BEFORE_YEAR.search(
            text[max(sent.start, m.start() - 15) : m.start()]
        ) and not _FOUNDED_AFTER_YEAR.match(text, m.end()):
            return _last_relative(relative, m.end(), start) or int(m.group("year"))
    found = _last_relative(relative, lo, start)
    if found is not None:
        return found  # "haalde vorig jaar een bbp van ..."
    intro = lex.YEAR_INTRO.match(text[sent.start : min(sent.end, sent.start + 80)])
    if intro and sent.start + intro.end() <= start:
        return int(intro.group("year"))
    # "Last year, the port handled ...": a relative year opening the sentence
    k = bisect.bisect_left(relative, (sent.start,))
    if k < len(relative) and relative[k][1] <= start:
        r_start, r_end, r_year = relative[k]
        opening = text[sent.start : r_start].strip(" \t\n\"“'‘(")
        if not opening and _INTRO_END.match(text, r_end, start):
            return r_year
    return None


# "in the same year", "im selben Jahr", "la même année", "in hetzelfde jaar": the year the
# text named last.
_SAME_YEAR: Final = opened(
    re.compile(
        r"(?<![\w])(?:(?:in\s+)?the\s+same\s+year|im\s+(?:selben|gleichen)\s+jahr|"
        r"(?:dans\s+)?la\s+même\s+année|(?:in\s+)?(?:hetzelfde|datzelfde)\s+jaar)(?![\w])",
        re.IGNORECASE,
    )
)
# "Total throughput: 34.2 million tonnes": a label, a colon and the figure, on its own line.
_LABEL_LINE: Final = re.compile(r"[^\W\d_][^\n:]{0,60}:[ \t]*[^\n:]{1,40}\Z")
_TITLE_CHARS: Final = (3, 90)


def _title(text: str) -> str | None:
    """The document's title: its first line of words (`doc.first_line`) when it is short
    and text follows it."""
    start, end = first_line(text)
    line = text[start:end].strip()
    if end >= len(text) or not _TITLE_CHARS[0] <= len(line) <= _TITLE_CHARS[1]:
        return None
    return line


def _title_year(text: str) -> int | None:
    """The one year the document's first line (its title) names: "2023 traffic
    statistics", "jaarcijfers 2022", "Umschlag 2023"."""
    title = _title(text)
    if title is None:
        return None
    years = {y.group("year") for y in lex.YEAR.finditer(title)}
    return int(years.pop()) if len(years) == 1 else None


# A title that names a yearly report: "Annual report 2023", "Jaarverslag 2023", "bilan
# 2023", "Aus dem Jahresbericht 2023", "2023 traffic statistics", "jaarcijfers 2022".
_REPORT_TITLE: Final = re.compile(
    r"(?<![\w])(?:annual\s+report|year\s+in\s+review|statistics|key\s+figures|"
    r"in\s+figures|jaarverslag|jaarcijfers|jaaroverzicht|kerncijfers|in\s+cijfers|"
    r"jahresbericht|jahresbilanz|bilanz|umschlag|in\s+zahlen|rapport\s+annuel|bilan|"
    r"en\s+chiffres|chiffres\s+clés)(?![\w])",
    re.IGNORECASE,
)


def _report_year(text: str, title_year: int | None) -> int | None:
    """The year of a yearly report the title names ("HAROPA PORT : bilan 2023"), which the
    figures its text states without a year of their own refer to; else None."""
    if title_year is None:
        return None
    title = _title(text)
    return title_year if title is not None and _REPORT_TITLE.search(title) else None


_SAME_YEAR_WORDS: Final = frozenset(
    w.encode("latin-1") for w in "same selben gleichen même hetzelfde datzelfde".split()
)


def _year_elsewhere(
    text: str, sent: Sentence, start: int, title_year: int | None, *, same_year: bool = True
) -> int | None:
    """A year the figure's sentence does not state: "in the same year" (the year named last
    before), or the title's year for a label-value line of a fact sheet.

    same_year (bool): the document may say "the same year" (a gate)."""
    if same_year and _SAME_YEAR.search(text, sent.start, sent.end):
        years = list(lex.YEAR.finditer(text, max(0, start - 400), start))
        return int(years[-1].group("year")) if years else None
    if title_year is not None:
        line = text.rfind("\n", 0, start) + 1
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        if _LABEL_LINE.match(text, line, stop) and text.find("\n", 0, line) < line - 1:
            return title_year
    return None


_CONJUNCTIONS = {
    # not before a year: "tonnes de marchandises en 2023" is French "in 2023", whatever
    # language the document was taken for
    lang: re.compile(r"\s(?:" + words + r")\s(?!(?:1[89]|20)\d\d(?![\d.,]\d))", re.IGNORECASE)
    for lang, words in (
        ("en", "and|but|while"),
        ("nl", "en|maar|terwijl"),
        ("de", "und|aber|während"),
        ("fr", "et|mais|tandis"),
    )
}
_INTRO_END: Final = re.compile(r"\s*,")


# How far into a text its dateline may stand ("Amsterdam, woensdag 19 november 2025 -",
# "12 September 2019 On Thursday").
_DATELINE_REACH = 400


def _dateline_years(doc: Doc) -> list[tuple[int, int, int]]:
    """Years of relative expressions of years ("last year", "vorig jaar", "l'an dernier",
    "im vergangenen Jahr") that the date extractor left unplaced for want of a document date,
    placed from the text's dateline: the first full date (day, month, year) in its opening
    lines. (start, end, year) of each; none without such a date."""
    unplaced = [d for d in doc.dates if d.relative and d.value is None]
    if not unplaced:
        return []
    line = next(
        (
            d.value
            for d in doc.dates
            if d.start < _DATELINE_REACH
            and not d.relative
            and d.value is not None
            and d.value.day is not None
            and d.end_value is None
        ),
        None,
    )
    if line is None:
        return []
    out: list[tuple[int, int, int]] = []
    for d in unplaced:
        kind = relative_kind(doc.text[d.start : d.end], doc.language)
        if kind is None or not kind.startswith("year:"):
            continue
        out.append((d.start, d.end, line.year + int(kind.partition(":")[2])))
    return out


def _first_relative(relative: list[tuple[int, int, int]], lo: int, hi: int) -> int | None:
    k = bisect.bisect_left(relative, (lo,))
    if k < len(relative) and relative[k][1] <= hi:
        return relative[k][2]
    return None


def _last_relative(relative: list[tuple[int, int, int]], lo: int, hi: int) -> int | None:
    k = bisect.bisect_left(relative, (hi,)) - 1
    while k >= 0 and relative[k][0] >= lo:
        if relative[k][1] <= hi:
            return relative[k][2]
        k -= 1
    return None


# ------------------------------------------------------------------ the extractor
def _clean(value: float) -> float:
    r = round(value)
    return float(r) if abs(value - r) < 1e-6 * max(1.0, abs(value)) else round(value, 6)


_ORG_HEAD_STEMS: Final = ("chamb", "kamer", "kammer", "universit")
# Measures only a place has: its population and area are never an organisation's.
_PLACE_ONLY: Final = frozenset(("population", "area_km2"))


# Between two coordinated figures: a conjunction and an approximation at most.
_FLOW_JOIN: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:and|as[ \t]+well[ \t]+as|alongside|en|naast|und|sowie|et|ainsi[ \t]+que)"
    r"[ \t]+(?:(?:some|about|around|more[ \t]+than|over|nearly|almost|ruim|bijna|circa|zo['’]n|"
    r"rund|etwa|fast|über|mehr[ \t]+als|près[ \t]+de|environ|plus[ \t]+de|quelque)[ \t]+)?\Z",
    re.IGNORECASE,
)


def _joined_flow(text: str, raw: _Raw, si: int, raws: list[tuple[_Raw, int]]) -> _Raw | None:
    """The flow figure right after `raw` in its sentence, joined to it by a conjunction
    ("16 million TEU and 500 million tonnes of cargo in 2023"), else None."""
    after: _Raw | None = None
    for other, osi in raws:
        if osi == si and other.start >= raw.end and (after is None or other.start < after.start):
            after = other
    if after is None or after.measure not in _FLOW_MEASURES:
        return None
    if _FLOW_JOIN.match(text, raw.end, after.start) is None:
        return None
    return after


# Measures of what a year moves (cargo, containers, passengers, money): a year given to one
# of them in a sentence holds for the others after it.
_FLOW_MEASURES: Final = frozenset(("cargo_tonnes", "other", "added_value_eur"))
_FLOW = "flow"


# A university as a common noun in a sentence, after a lower-case word and not before a noun
# of students ("one of the largest universities", "sa seule université éponyme", "eine der
# größten Universitäten", "een van de grootste hogescholen"; not "Ghent University", "World
# Universities", "one million university students").
_UNIVERSITY_NOUN: Final = re.compile(
    r"(?:(?<![\w-])(?-i:[a-zà-ÿ][\w'’-]*)[ \t]+(?:university|université|universiteit|"
    r"universität|hogeschool|hochschule)(?![\w-])"
    # (no name's head: "de Universiteit Gent", "the University of Sheffield")
    r"(?![ \t]+(?:(?:of|van|de|du|d['’]|der)[ \t]*)?(?-i:[A-ZÀ-Þ]))|"
    # a plural only as the class the city's university is one of (but "An den Hochschulen
    # der Stadt studieren ...", "aan de Universiteit Gent en de hogescholen" count the city's)
    r"(?:one[ \t]+of|een[ \t]+van|eine[rn]?[ \t]+der|une[ \t]+des)[ \t]+"
    r"(?:[^\W\d_]+[ \t]+){1,3}"
    r"(?:universities|universités|universiteiten|universitäten|hogescholen|hochschulen)"
    r"(?![\w-]))"
    r"(?![ \t]+(?:students?|studenten|studierende|étudiants?))",
    re.IGNORECASE,
)
# A founding participle right after a year ("An der 1955 gegründeten Putian University sind
# 15.000 Studierende", "de in 1955 opgerichte universiteit telt 12.000 studenten"): the year
# dates the founding, not the figure (the English and French "founded in 1955", "fondée en
# 1955" put the participle first and are no year of the clause).
_FOUNDED_AFTER_YEAR: Final = re.compile(
    r"[ \t]+(?:gegründet|eröffnet|errichtet|opgericht|geopend|gesticht)[a-z]*(?![\w])",
    re.IGNORECASE,
)
# The confidence of a subject that is the topic of earlier sentences or the home place.
_TOPIC_CONFIDENCE: Final = 0.6


@register("cityties.figures", version=24)
def extract_figures(doc: Doc) -> None:
    """Add a FigureFact for every number the text states about a place or organisation."""
    resolver = SubjectResolver(doc)
    raws = figures_in(doc, resolver)
    if not raws:
        return
    resolver.focus = {si for _, si in raws}
    starts = sorted(r.start for r, _ in raws)
    relative = sorted(
        (d.start, d.end, d.value.year)
        for d in doc.dates
        if d.relative and d.value is not None and d.value.month is None and d.end_value is None
    )
    if doc.document_date is None:
        relative = sorted(relative + _dateline_years(doc))
    facts: dict[tuple[str, str, float], FigureFact] = {}
    order: list[tuple[str, str, float]] = []
    title_year = _title_year(doc.text)
    report_year = _report_year(doc.text, title_year)
    idx = index_for(doc)
    same_year = not idx.caseless or not idx.words.isdisjoint(_SAME_YEAR_WORDS)
    # a chamber or university named by its place and head ("Ajman Chamber"): read only when
    # the text has a head word
    heads = not idx.caseless or any(h in idx.low for h in _ORG_HEAD_STEMS)
    # a contrast before a figure ("contre", "against", "tegenover", "gegenüber"): a gate
    contrast_ok = not idx.caseless or not idx.words.isdisjoint(_CONTRAST_WORDS)
    mention_starts = [m.start for m in doc.mentions] if contrast_ok else []
    years_in_sentence: dict[tuple[int, str], int] = {}  # (sentence, measure) -> last year
    # the subject of the last figure of each sentence whose subject the sentence itself named
    named_in_sentence: dict[int, Entity] = {}
    for raw, si in raws:
        sent = doc.sentences[si]
        confidence = 0.9
        subject = raw.subject
        if subject is None and raw.measure in ("employees", "population"):
            employer = _relative_employer(doc.text, sent, raw.start)
            if employer is None and raw.measure == "employees":
                employer = opening_employer(doc.text, sent.start, raw.start)
            if employer is not None and not any(
                m.start <= raw.start and fold(m.text) == fold(employer) and m.kind == "place"
                for m in doc.mentions
            ):
                subject = Entity(employer, "org")
        if subject is None and raw.measure == "population":
            # "Die knapp 244.000 Einwohner große Hafenstadt": the place the noun after describes
            size = _SIZE_ADJECTIVE_AFTER.match(doc.text, raw.end, sent.end)
            if size is not None:
                # "den 450 000 Einwohner großen Kreis Jinyun", "de 56.000 inwoners tellende
                # gemeente Zwolle": the name the described noun carries, else the place
                # named before
                subject = _described_name(doc, size.end(), sent.end)
                if subject is None:
                    subject = resolver.described(si, raw.start)
                    noun = _NEXT_WORD.match(doc.text, size.end(), sent.end)
                    kind = noun_kind(noun.group(1)) if noun is not None else ""
                    if subject is not None and kind == "city" and subject.kind != kind:
                        # "Wie ähnlich der Landkreis der 560.000 Einwohner zählenden Stadt
                        # ist": the city the noun names back, not the district before it
                        subject = resolver.latest_of_kind(kind, raw.start) or subject
        if subject is None and raw.measure == "population":
            # "in Shanghai leben mehr als 24 Millionen Menschen": the place they live in
            subject = resolver.lived_in(si, raw.start)
        contrasted = False
        if subject is None and contrast_ok:
            # "contre 4,5 millions de tonnes pour Sihanoukville": the place after the figure
            at = contrast_subject_at(doc.text, sent.start, raw.start, raw.end, sent.end)
            if at >= 0:
                k = bisect.bisect_left(mention_starts, at)
                if k < len(mention_starts) and mention_starts[k] == at:
                    named = doc.mentions[k]
                    if named.kind != "person":
                        subject = entity_of(named)
                        contrasted = True
        if subject is None:
            found = resolver.subject(
                si,
                raw.start,
                raw.end,
                possessor_after=raw.possessor_after,
                count=raw.measure in _COUNTS,
                partners=raw.measure == "sister_cities",
            )
            if found is None:
                continue
            subject, confidence = found
            if (
                confidence <= _TOPIC_CONFIDENCE
                and si in named_in_sentence
                and not (
                    raw.measure in _PLACE_ONLY and named_in_sentence[si].kind in _ORG_ENTITY_KINDS
                )
            ):
                # "28,000 businesses are registered in the city, and the logistics sector
                # alone accounts for 33,000 jobs": a figure the sentence names no subject for
                # shares that of the figure before it, not the topic of earlier sentences
                # (but a port's or a university's figure lends no subject to a population)
                subject = named_in_sentence[si]
            elif confidence > _TOPIC_CONFIDENCE:
                named_in_sentence[si] = subject
        if (
            raw.measure in _PLACE_ONLY
            and raw.label != _BY_SUBJECT  # ("X has 3,000 people": staff if X is a body)
            and subject.kind in _ORG_ENTITY_KINDS
            # (a port or an airport has an area)
            and (raw.measure == "population" or subject.kind not in ("port", "airport"))
        ):
            # "An der Putian University sind 15.000 Studierende eingeschrieben. In der Provinz
            # Fujian, die ... liegt, leben 41 Millionen Menschen": no university or company
            # has inhabitants or a territory; the place the sentence names has
            place = resolver.place_before(si, raw.start)
            if place is None:
                continue
            subject = place
        if raw.measure == "students" and subject.kind not in _ORG_ENTITY_KINDS:
            # "an der Universität Vaasa sind 5.000 Studierende": the university's students
            university = university_before(doc.text, doc.mentions, sent.start, raw.start)
            if university is not None:
                subject = Entity(university[0], "university", subject.country)
            elif subject.kind == "city" and _UNIVERSITY_NOUN.search(doc.text, sent.start, sent.end):
                # "Wuhan, qui compte 60.000 étudiants dans sa seule université éponyme",
                # "With 30,000 students, Sheffield is one of the largest universities": a
                # city counts no students of its own where the text names its university
                namesake = namesake_university(doc.mentions, subject.name, fold)
                if namesake is not None:
                    subject = Entity(namesake, "university", subject.country)
        if raw.measure not in _PLACE_ONLY and subject.kind in ("city", "region"):
            # "Chesapeake State, with some 6,200 students" after "Chesapeake State University",
            # "Lyon 1 figure parmi ..." after "Université Claude Bernard Lyon 1": the
            # organisation whose name the place's name with more words shortens
            org = truncated_org(
                doc.text, doc.mentions, subject.name, sent.start, raw.start, sent.end
            )
            if org is not None:
                subject = entity_of(org)
        if subject.kind == "place":
            # "Fudan telt ruim 36.000 studenten" after "Fudan University": its short form
            org = short_form_of(subject.name, doc.mentions, raw.start)
            if org is not None:
                subject = entity_of(org)
        if heads and raw.measure not in _PLACE_ONLY and subject.kind in ("city", "region", "place"):
            # "Ajman Chamber now counts 42,000 member companies": the chamber, not Ajman
            lo = sent.start
            if si > 0 and pronoun_opening(doc.text, sent.start):
                lo = doc.sentences[si - 1].start
            full = headed_short_form(doc.text, doc.mentions, subject.name, lo, raw.start)
            if full is not None:
                subject = Entity(full, "org", subject.country)
        measure = raw.measure
        if measure == "sister_cities" and subject.kind == "university":
            # "Derzeit unterhält die Universität fünf Partnerschaftsabkommen mit chinesischen
            # Hochschulen": a university's partnerships are acts, not partner cities
            continue
        if (
            measure == "rank"
            and subject.kind in ("city", "region")
            and _ranks_a_port(doc.text, sent.start, raw.start, raw.end, min(sent.end, raw.end + 30))
        ):
            # "Rotterdam blijft de grootste haven van Europa", "home to the largest port":
            # the port of the place is ranked, not the place
            subject = Entity(f"Port of {subject.name}", "port", subject.country)
        if raw.label == _BY_SUBJECT:
            if subject.kind in ("port", "org", "airport"):
                measure = "employees"
            elif subject.kind not in ("city", "region", "country", "place", "district"):
                continue
        k = bisect.bisect_right(starts, raw.start)
        next_start = starts[k] if k < len(starts) else sent.end
        year = _year(doc.text, sent, raw.start, raw.end, next_start, relative, doc.language)
        if year is None:
            year = _year_elsewhere(doc.text, sent, raw.start, title_year, same_year=same_year)
        if year is None:
            # "HAROPA PORT : bilan 2023 ... Avec 3,1 millions d'EVP": the report's year
            year = report_year
        if year is None and contrasted:
            # "25 millions de tonnes en 2014, contre 4,5 millions de tonnes pour X": the year
            # of the figure it is set against
            year = years_in_sentence.get((si, raw.measure))
        if year is None and raw.measure in _FLOW_MEASURES:
            # "handled some 16 million TEU in 2018, alongside more than 500 million tonnes of
            # cargo": a flow beside another flow of the sentence is of that flow's year
            year = years_in_sentence.get((si, _FLOW))
        if year is None and raw.measure in _FLOW_MEASURES:
            # "handled 16 million TEU and 500 million tonnes of cargo in 2023": the year of
            # the flow it is coordinated with
            joined = _joined_flow(doc.text, raw, si, raws)
            if joined is not None:
                k2 = bisect.bisect_right(starts, joined.start)
                year = _year(
                    doc.text,
                    sent,
                    joined.start,
                    joined.end,
                    starts[k2] if k2 < len(starts) else sent.end,
                    relative,
                    doc.language,
                )
        if year is not None:
            years_in_sentence[(si, raw.measure)] = year
            if raw.measure in _FLOW_MEASURES:
                years_in_sentence[(si, _FLOW)] = year
        table = _TABLE_YEAR.fullmatch(raw.label) if raw.label else None
        if raw.label == _TABLE or table is not None:
            year = int(table.group("year")) if table is not None else None  # the column's
        value = _clean(raw.value)
        ev = doc.evidence(raw.start, raw.end, extractor=EXTRACTOR.tag, confidence=confidence)
        key = (subject.name.casefold(), measure, value)
        old = facts.get(key)
        if old is not None and (old.year is None or year is None or old.year == year):
            facts[key] = _merge(old, year, ev)
            continue
        if old is not None:
            key = (*key[:2], value + 1e-9 * len(order))  # a second year of the same value
        facts[key] = FigureFact(
            subject=subject.name,
            measure=measure,
            value=value,
            year=year,
            unit=raw.unit,
            label=None
            if raw.label == _BY_SUBJECT or (raw.label or "").startswith(_TABLE)
            else raw.label,
            evidence=(ev,),
        )
        order.append(key)
    doc.figures.extend(_one_partner_count([facts[k] for k in order]))


# The words that open a contrast before a figure (`contrast_subject_at`), lower case.
_CONTRAST_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "contre against compared versus vs tegenover vergeleken gegenüber verglichen "
    "vergleich".split()
)


def _one_partner_count(figures: list[FigureFact]) -> list[FigureFact]:
    """One count of partner cities per subject: the largest. A smaller one counts a part of
    them ("set friendly relationships with 3 foreign cities" this year, "now has sister
    city relationships with 24 cities")."""
    most: dict[str, float] = {}
    for f in figures:
        if f.measure == "sister_cities":
            k = f.subject.casefold()
            most[k] = max(most.get(k, f.value), f.value)
    if not most:
        return figures
    return [
        f for f in figures if f.measure != "sister_cities" or f.value >= most[f.subject.casefold()]
    ]


def _merge(old: FigureFact, year: int | None, ev: Evidence) -> FigureFact:
    return FigureFact(
        subject=old.subject,
        measure=old.measure,
        value=old.value,
        year=old.year if old.year is not None else year,
        unit=old.unit,
        label=old.label,
        evidence=(*old.evidence, ev),
    )


EXTRACTOR = extract_figures
