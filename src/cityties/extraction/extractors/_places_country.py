"""The home country of a document that has no `Institution:` header, when the text makes it clear.

Evidence, each a vote for a country:
- e-mail addresses and web addresses under a country's domain ("@leuven.be", "www.x.com.au");
- international phone prefixes ("+32 9 ...");
- a dateline opening the text ("Durban - eThekwini Municipality on Tuesday ...");
- the acting city government named at the top of the document ("City of Adelaide");
- the vocabulary of US council documents ("City Manager", "Councilmembers", "Fiscal Impact").

A place name with namesakes in several countries votes for the country that other evidence
already favours ("City of Dublin" in a US council agenda). The country is returned only when
it has at least three votes and twice as many as any other.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from cityties.extraction.extractors._places_scan import RawSpan, offsets_of
from cityties.extraction.gazetteer import Gazetteer

__all__ = ["home_country"]

_DOMAIN: Final = re.compile(
    r"(?:@|\bwww\.|://)(?:[\w-]+\.)*[\w-]+\.([a-z]{2})\b(?![.\w-]*@)", re.IGNORECASE
)
_PHONE_PREFIX: Final = re.compile(r"(?<![\w+])\+\s?(\d{1,3})(?=[\s\-().]*\d)")
_DATELINE: Final = re.compile(
    r"\A(?:\ufeff?[ \t]*date[ \t]*:?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*\r?\n)?\s*"
    r"(?:[^\n]{0,200}\n\s*)?"
    r"([A-Z][\w'’.]+(?:[ -][A-Z][\w'’.]+){0,2})(?:,[ \t][^\n,–—]{2,30})?[ \t]+[-–—][ \t]+\S"
)
_US_COUNCIL_PHRASES = (
    "city manager",
    "city clerk",
    "councilmember",
    "council member",
    "agenda statement",
    "agenda report",
    "staff report",
    "honorable mayor",
    "fiscal impact",
    "county supervisor",
)
# Generic domains that name no country, and ccTLDs used for other things.
_NOT_COUNTRY: Final = frozenset({"eu", "tv", "io", "co", "me", "fm", "ai", "ly"})
_TOP_CHARS = 400


def _matches_from(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches of `rx.finditer(text)` when every match starts at one of `starts` (in order):
    each is tried where the match before did not reach."""
    out: list[re.Match[str]] = []
    last = 0
    for p in starts:
        if p < last:
            continue
        m = rx.match(text, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _domains(text: str) -> list[re.Match[str]]:
    """The matches of `_DOMAIN.finditer(text)`: tried at each "@", "://" and "www." (in lower
    case; a pattern of alternatives is tried at every character)."""
    if "\u0130" in text:  # (lower-casing "İ" gives two characters)
        return list(_DOMAIN.finditer(text))
    return _matches_from(
        _DOMAIN,
        text,
        sorted({*offsets_of(text, ("@", "://")), *offsets_of(text.lower(), ("www.",))}),
    )


def _phone_prefixes(text: str) -> list[re.Match[str]]:
    """The matches of `_PHONE_PREFIX.finditer(text)`: tried at each "+" (the pattern opens with a
    look-behind, tried at every character)."""
    return _matches_from(_PHONE_PREFIX, text, offsets_of(text, ("+",)))


def home_country(
    text: str, spans: list[RawSpan], gaz: Gazetteer, low: str | None = None
) -> str | None:
    """The country the document is written from, or None when the text does not make it clear.

    low (str | None): the text case-folded, when the caller has it already.
    """
    votes: Counter[str] = Counter()
    if "@" in text or "www." in text or "://" in text:
        for cc in {m.group(1).casefold() for m in _domains(text)}:
            code = "GB" if cc == "uk" else cc.upper()
            if cc not in _NOT_COUNTRY and gaz.country_index(code) is not None:
                votes[code] += 2
    if "+" in text:
        for prefix in {m.group(1) for m in _phone_prefixes(text)}:
            region = _phone_region(prefix)
            if region:
                votes[region] += 2
    if low is None:
        low = text.casefold()
    if sum(low.count(p) for p in _US_COUNCIL_PHRASES) >= 2:
        votes["US"] += 3
    m = _DATELINE.match(text)
    if m:
        cc = _place_country(gaz, m.group(1), votes, cities_only=True)
        if cc:
            votes[cc] += 3
    for s in spans:
        if s.start > _TOP_CHARS:
            break
        if s.government and s.key:
            cc = _place_country(gaz, s.key, votes, cities_only=False)
            if cc:
                votes[cc] += 2
            break
    if not votes:
        return None
    ranked = votes.most_common()
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n >= 2 * second else None


def _phone_region(prefix: str) -> str | None:
    import phonenumbers

    for k in range(len(prefix), 0, -1):
        region = phonenumbers.region_code_for_country_code(int(prefix[:k]))
        if region and region != "ZZ":
            return "US" if region in ("US", "CA") and prefix[:k] == "1" else region
    return None


def _place_country(
    gaz: Gazetteer, name: str, votes: Counter[str], *, cities_only: bool
) -> str | None:
    """The country of a named place; among namesakes, the one the votes favour."""
    cands = [
        e
        for e, _ in gaz.entries(name)
        if not cities_only or gaz.kind_of(e) in ("city", "admin2", "admin1")
    ]
    if not cands:
        return None
    for cc, _ in votes.most_common():
        if any(gaz.country_of(e) == cc for e in cands):
            return cc
    best = max(cands, key=lambda e: gaz.weight(e))
    return gaz.country_of(best) or None
