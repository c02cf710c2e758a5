"""Extractor cityties.figures: numbers a text states about a place or organisation.

A figure is a number with what it counts: a head noun ("263,608 inhabitants", "sieben
Städten" in a twinning context), a unit ("137 km2", "71.5 million tons of cargo"), a currency
in an economic-output context ("PIB de 43 milliards d'euros"), the measure written before it
("a population of around 120,000"), or a rank ("the second largest city", "number 3",
"ranks 66"). Numbers that only refer to a known set ("the two cities", "all 8 sister
cities", "one of the four ..."), changes ("grew by 5,000"), densities, percentages,
temperatures, dates and years are not figures.

The subject is resolved by `_figures_subject.SubjectResolver` (nearest place or organisation,
anaphora, quoted speech, demonyms); the year is the one the figure's own clause gives
("(2020)", "in 2019", "By the end of April 2020, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors import _figures_lexicon as lex
from cityties.extraction.extractors._figures_subject import Entity, SubjectResolver
from cityties.extraction.extractors._numbers import (
    APPROX,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    Quantity,
    find_quantities,
    ordinal_value,
)
from cityties.extraction.registry import register
from cityties.extraction.types import Evidence, FigureFact, FigureMeasure

__all__ = ["EXTRACTOR", "extract_figures"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\S")
_HAS_FIGURE_MATERIAL = re.compile(
    r"\d|\b(?:" + "|".join(sorted([*ORDINAL_WORDS, *NUMBER_WORDS], key=len, reverse=True)) + r")\b|"
    r"(?:zweit|dritt|viert|fünft)\w*größt|op\s+(?:één|een|twee)\s+na",
    re.IGNORECASE,
)
_DELEGATION_BEFORE = re.compile(
    r"(?:delegation|group|team|party|delegatie|groep|gruppe|delegation|délégation|groupe|"
    r"equipe|équipe)\s+(?:of|van|von|de|d['’]|aus|mit|met|with)?\s*$",
    re.IGNORECASE,
)
_CHANGE_MODIFIER = re.compile(
    r"new|nieuwe|neue[n]?|nouve(?:aux|lles)|additional|extra|more|meer|mehr|weitere|"
    r"supplémentaires|fewer|less|minder|weniger",
    re.IGNORECASE,
)
_LIVE_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:live|living|lived|wonen|woonden|leben|lebten|vivent|habitent)\b",
    re.IGNORECASE,
)
_TOP_BEFORE = re.compile(r"(?:top|the\s+first|in\s+de|unter\s+den|parmi\s+les)\s*$", re.I)
_YEAR_LIKE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|of|en|im|seit|depuis|sinds|van|tot|vanaf|ab|from|until|to|jaar|year|"
    r"année|jahr|voor|na|und|and|et|en|or|of|oder|ou|the|het|de|le|la|der|die|das|mid|"
    r"early|late|eind|begin|fin|début|ende|anfang|spring|summer|autumn|winter|[a-zäöüéû]+ber|"
    r"januari|january|janvier|januar|mars|march|maart|märz|may|mai|mei|juin|june|juni|"
    r"july|juli|juillet|august|augustus|août|april|avril)|[,(\-–])\s*$",
    re.IGNORECASE,
)
_M_AFTER_CURRENCY = re.compile(r"(?P<s>m|bn|k)(?![\w])", re.IGNORECASE)

_SCALE_FOR_M = {"m": 1e6, "bn": 1e9, "k": 1e3}


@dataclass(frozen=True, slots=True)
class _Raw:
    start: int
    end: int
    measure: FigureMeasure
    value: float
    unit: str | None = None
    label: str | None = None
    subject: Entity | None = None
    possessor_after: bool = False


# ------------------------------------------------------------------ classification
def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and b > x for x, y in spans)


def _ranks(text: str, sent: Sentence) -> list[_Raw]:
    out: list[_Raw] = []
    spans: list[tuple[int, int]] = []
    for pat in lex.RANK_PATTERNS:
        for m in pat.finditer(text, sent.start, sent.end):
            groups = m.groupdict()
            value: int | None
            if groups.get("num"):
                value = int(groups["num"])
            elif groups.get("de"):
                value = ordinal_value(None, groups["de"])
            elif groups.get("na"):
                na = groups["na"].casefold()
                words = {"één": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5}
                value = words[na] + 1
            else:
                value = ordinal_value(groups.get("n"), groups.get("w"))
            if value is None or not 1 <= value <= 5000:
                continue
            before = text[max(sent.start, m.start() - 40) : m.start()]
            if lex.ONE_OF_BEFORE.search(before) or _TOP_BEFORE.search(before):
                continue
            if _overlaps(m.start(), m.end(), spans):
                continue
            after = text[m.end() : m.end() + 30]
            if re.match(r"\s*of\s+call\b", after, re.I):
                continue
            spans.append((m.start(), m.end()))
            out.append(_Raw(m.start(), m.end(), "rank", float(value)))
    return out


def _ordinal_counts(text: str, sent: Sentence) -> list[_Raw]:
    out: list[_Raw] = []
    sentence = text[sent.start : sent.end]
    for m in lex.ORDINAL_OF_KIND.finditer(text, sent.start, sent.end):
        value = ordinal_value(m.group("n"), m.group("w"))
        if value is None or value < 2:
            continue
        kind = m.group("kind").casefold()
        generic = not lex.TWINNING_CONTEXT.search(kind)
        if generic and not (
            lex.TWINNING_CONTEXT.search(sentence) or lex.AGREEMENT_CONTEXT.search(sentence)
        ):
            continue
        out.append(_Raw(m.start(), m.end(), "sister_cities", float(value), possessor_after=True))
    return out


def _head_after(
    text: str, pos: int, end: int, resolver: _LazyResolver
) -> tuple[str, int, Entity | None, bool] | None:
    """The head noun after a number: (measure key, end, demonym entity, changed)."""
    m = lex.AFTER_HEAD_STOP.match(text, pos, end)
    i = m.end() if m else pos
    changed = False
    for _ in range(3):
        while i < end and text[i] in " \t\u00a0\u202f":
            i += 1
        if i >= end:
            return None
        for key in (
            "sister_cities",
            "population",
            "students",
            "companies",
            "employees",
            "people",
            "sister_cities_ctx",
            "countries_ctx",
        ):
            h = lex.HEADS[key].match(text, i, end)
            if h:
                return key, h.end(), None, changed
        w = _WORD.match(text, i, end)
        if w is None:
            return None
        word = w.group()
        if word[0].isupper() and len(word) > 3 and _is_noun_use(text, w.end(), end):
            entity = resolver.get().demonym(word)
            if entity is not None:
                return "demonym", w.end(), entity, changed
        if not word[0].isalpha() or lex.MODIFIER_STOP.fullmatch(word):
            return None
        if _CHANGE_MODIFIER.fullmatch(word):
            changed = True
        i = w.end()
    return None


def _is_noun_use(text: str, pos: int, end: int) -> bool:
    """True unless a content word follows ("2 Chinese cities": "Chinese" is an adjective)."""
    nxt = _WORD.match(text, pos + 1, end) if pos < end and text[pos] == " " else None
    if nxt is None:
        return True
    word = nxt.group()
    return not word[0].isalpha() or lex.MODIFIER_STOP.fullmatch(word) is not None


class _LazyResolver:
    """Builds the SubjectResolver only when a sentence has a figure candidate."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._r: SubjectResolver | None = None

    def get(self) -> SubjectResolver:
        if self._r is None:
            self._r = SubjectResolver(self.doc)
        return self._r


def _quantity_figure(
    text: str, sent: Sentence, q: Quantity, resolver: _LazyResolver, sentence: str
) -> _Raw | None:
    lo = max(sent.start, q.start - 80)
    before = text[lo : q.start]
    if lex.NUMBER_EXCLUDED_BEFORE.search(before):
        return None
    if q.year_like and _YEAR_LIKE_BEFORE.search(before):
        return None
    hi = min(sent.end, q.end + 90)
    if lex.NOT_A_FIGURE_AFTER.match(text, q.end, hi):
        return None
    bare = APPROX.sub("", before)
    # Money: only economic output in euros is a figure of the schema.
    prefix = lex.CURRENCY_PREFIX.search(bare)
    suffix = lex.CURRENCY_SUFFIX.match(text, q.end, hi)
    if prefix or suffix:
        value = q.value
        end = suffix.end() if suffix else q.end
        if prefix and not q.scaled:
            sm = _M_AFTER_CURRENCY.match(text, q.end, hi)
            if sm:
                value *= _SCALE_FOR_M[sm.group("s").casefold()]
                end = sm.end()
        euro = (suffix is not None and suffix.group("eur")) or (prefix and prefix.group("eur"))
        if not euro or lex.PER_AFTER.match(text, end, hi):
            return None
        window = text[max(sent.start, q.start - 100) : min(sent.end, end + 40)]
        if not lex.ECONOMY_CONTEXT.search(window):
            return None
        start = q.start - len(prefix.group()) if prefix else q.start
        return _Raw(start, end, "added_value_eur", value, unit="EUR")
    area = lex.AREA_UNIT.match(text, q.end, hi)
    if area:
        if lex.PER_AFTER.match(text, area.end(), hi):
            return None
        value = q.value
        if area.group("ha"):
            value /= 100.0
        elif area.group("mi2"):
            value *= 2.589988
        return _Raw(q.start, area.end(), "area_km2", value, unit="km2")
    tonnes = lex.TONNE_UNIT.match(text, q.end, hi)
    if tonnes and (tonnes.group("unit").casefold() != "t" or q.scaled):
        near = text[q.start : min(sent.end, tonnes.end() + 30)]
        if lex.NOT_CARGO.search(near) or not lex.CARGO_CONTEXT.search(sentence):
            return None
        return _Raw(q.start, tonnes.end(), "cargo_tonnes", q.value, unit="t")
    if _DELEGATION_BEFORE.search(bare) or lex.DELTA_BEFORE.search(bare):
        return None
    # The measure written before the number: "a population of around 120,000".
    hb = lex.HEAD_BEFORE.search(bare)
    if hb and not re.search(r"\d", hb.group("gap")):
        written = re.sub(r"\s+", " ", hb.group("head").casefold())
        measure: FigureMeasure = "population"
        if written in lex.HEAD_BEFORE_MEASURE:
            measure = lex.HEAD_BEFORE_MEASURE[written]
        elif "student" in written or "étudiant" in written or "studierend" in written:
            measure = "students"
        elif re.search(r"employ|werknemer|beschäftigt|workforce", written):
            measure = "employees"
        elif re.search(r"compan|bedrijv|entreprise", written):
            measure = "companies"
        if q.word and not q.scaled:
            return None
        return _Raw(lo + hb.start("head"), q.end, measure, q.value)
    head = _head_after(text, q.end, hi, resolver)
    if head is None:
        return None
    key, hend, demonym, changed = head
    if changed or lex.PER_AFTER.match(text, hend, hi):
        return None
    if lex.DEFINITE_BEFORE.search(bare) or lex.ONE_OF_BEFORE.search(bare):
        return None
    if re.search(r"\b(?:of|van|von|de|des|d['’])\s+(?:the|de|die|les)\s*$", bare, re.I) and (
        re.search(r"\d", bare[-25:])
    ):
        return None  # "8 of the 32 cities"
    measure_of: dict[str, FigureMeasure] = {
        "sister_cities": "sister_cities",
        "population": "population",
        "students": "students",
        "companies": "companies",
        "employees": "employees",
        "demonym": "population",
    }
    if key in ("sister_cities_ctx", "countries_ctx"):
        if not lex.TWINNING_CONTEXT.search(sentence):
            return None
        if key == "countries_ctx":
            return _Raw(q.start, hend, "other", q.value, label="countries")
        return _Raw(q.start, hend, "sister_cities", q.value)
    if key == "people":
        if lex.EMPLOY_BEFORE.search(bare):
            measure = "employees"
        elif lex.PEOPLE_POPULATION_CONTEXT.search(bare[-40:]) or _LIVE_AFTER.match(text, hend, hi):
            measure = "population"
        else:
            return None
    else:
        measure = measure_of[key]
    if measure == "population" and lex.EMPLOY_BEFORE.search(bare):
        measure = "employees"
    if q.word and not q.scaled and measure != "sister_cities":
        return None
    if demonym is not None and q.value < 1000:
        return None
    return _Raw(q.start, hend, measure, q.value, subject=demonym)


def figures_in(doc: Doc, resolver: _LazyResolver) -> list[tuple[_Raw, int]]:
    """Every figure candidate of the document with the index of its sentence."""
    text = doc.text
    out: list[tuple[_Raw, int]] = []
    for si, sent in enumerate(doc.sentences):
        if not _HAS_FIGURE_MATERIAL.search(text, sent.start, sent.end):
            continue
        sentence = text[sent.start : sent.end]
        found = _ranks(text, sent) + _ordinal_counts(text, sent)
        taken = [(r.start, r.end) for r in found]
        for q in find_quantities(text, sent.start, sent.end, language=doc.language):
            if _overlaps(q.start, q.end, taken):
                continue
            raw = _quantity_figure(text, sent, q, resolver, sentence)
            if raw is not None:
                found.append(raw)
                taken.append((raw.start, raw.end))
        out.extend((r, si) for r in found)
    return out


# ------------------------------------------------------------------ year
def _year(text: str, sent: Sentence, start: int, end: int, next_start: int) -> int | None:
    """The year a figure refers to: its own clause first, then the sentence's opening."""
    stop = min(sent.end, next_start, end + 80)
    b = re.compile(r"[;:,!?)]").search(text, end, stop)
    tail_end = b.start() if b else stop
    for m in lex.YEAR.finditer(text, end, tail_end):
        if not lex.TEMPORAL_BEFORE_YEAR.search(text[max(sent.start, m.start() - 15) : m.start()]):
            return int(m.group("year"))
    lo = sent.start
    for c in re.finditer(r"[;:,(]", text[sent.start : start]):
        lo = sent.start + c.end()
    for m in reversed(list(lex.YEAR.finditer(text, lo, start))):
        if not lex.TEMPORAL_BEFORE_YEAR.search(text[max(sent.start, m.start() - 15) : m.start()]):
            return int(m.group("year"))
    intro = lex.YEAR_INTRO.match(text[sent.start : min(sent.end, sent.start + 80)])
    if intro and sent.start + intro.end() <= start:
        return int(intro.group("year"))
    return None


# ------------------------------------------------------------------ the extractor
def _clean(value: float) -> float:
    r = round(value)
    return float(r) if abs(value - r) < 1e-6 * max(1.0, abs(value)) else round(value, 6)


@register("cityties.figures", version=1)
def extract_figures(doc: Doc) -> None:
    """Add a FigureFact for every number the text states about a place or organisation."""
    lazy = _LazyResolver(doc)
    raws = figures_in(doc, lazy)
    if not raws:
        return
    resolver = lazy.get()
    starts = sorted(r.start for r, _ in raws)
    facts: dict[tuple[str, str, float], FigureFact] = {}
    order: list[tuple[str, str, float]] = []
    for raw, si in raws:
        sent = doc.sentences[si]
        confidence = 0.9
        subject = raw.subject
        if subject is None:
            found = resolver.subject(si, raw.start, raw.end, possessor_after=raw.possessor_after)
            if found is None:
                continue
            subject, confidence = found
        later = [s for s in starts if s > raw.start]
        year = _year(doc.text, sent, raw.start, raw.end, later[0] if later else sent.end)
        value = _clean(raw.value)
        ev = doc.evidence(raw.start, raw.end, extractor=EXTRACTOR.tag, confidence=confidence)
        key = (subject.name.casefold(), raw.measure, value)
        old = facts.get(key)
        if old is not None and (old.year is None or year is None or old.year == year):
            facts[key] = _merge(old, year, ev)
            continue
        if old is not None:
            key = (*key[:2], value + 1e-9 * len(order))  # a second year of the same value
        facts[key] = FigureFact(
            subject=subject.name,
            measure=raw.measure,
            value=value,
            year=year,
            unit=raw.unit,
            label=raw.label,
            evidence=(ev,),
        )
        order.append(key)
    doc.figures.extend(facts[k] for k in order)


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
