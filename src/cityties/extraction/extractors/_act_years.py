"""Agreements: the years a tie has lasted, counted the way a jubilee counts them.

A page that marks a tie's jubilee dates its signing by the count: "mark 20 years of the
sister-province relationship" on a day of 2026 is a tie of 2006; "20 years of friendly
relations between A and B", "dertig jaar vriendschappelijke betrekkingen", "trente
ans de relations d'amitié", "40 Jahre freundschaftliche Beziehungen". The count is followed by
the tie's noun, after an article or a possessive and up to three words that qualify it
("the sister-province", "their friendly", "de hechte"); the patterns of `agreements` read the
shorter forms ("thirty years of twinning", "the 45th anniversary").
"""

from __future__ import annotations

import re
from typing import Final

from ._numbers import NUMBER_WORDS

__all__ = ["APPROXIMATE_BEFORE", "TIE_COUNT_WORDS", "tie_counts"]

# counts of years written in words (the digits are read as they are): the round numbers of
# `_numbers.NUMBER_WORDS` and the jubilees past fifty that it does not spell
_COUNTS: dict[str, int] = {w: n for w, n in NUMBER_WORDS.items() if n % 5 == 0} | {
    "twenty-five": 25, "thirty-five": 35, "forty-five": 45, "sixty": 60, "seventy": 70,
    "vijfentwintig": 25, "vijfendertig": 35, "zestig": 60, "zeventig": 70,
    "vingt-cinq": 25, "trente-cinq": 35, "soixante": 60,
    "fünfundzwanzig": 25, "fünfunddreißig": 35, "sechzig": 60, "siebzig": 70,
}  # fmt: skip
_COUNT: Final = r"(?P<n>\d{1,3}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + r")"
# the noun of a tie between two places or bodies (not of an act: "20 years of the agreement"
# is read by the act patterns)
_TIE: Final = (
    r"(?:relationships?|relations|ties|links|bonds?|friendship|partnership|cooperation|"
    r"co-operation|collaboration|twinning|sisterhood|"
    r"betrekkingen|banden?|relaties?|vriendschap|samenwerking|partnerschap|stedenband|"
    r"verzustering|zusterband|"
    r"liens|amitié|coopération|partenariat|jumelage|"
    r"beziehungen|freundschaft|partnerschaft|zusammenarbeit|städtepartnerschaft)"
)
# a word between the count and the noun qualifies the tie; no preposition, conjunction or
# act's noun ("a treaty of ten years on friendship": a term; "les trente ans du serment de
# jumelage": the oath's years)
_NOT_QUALIFIER: Final = (
    r"(?!(?:on|of|for|with|to|in|at|and|or|de|du|des|van|der|von|agreements?|accords?|overeenkomst|akkoord|"
    r"vereinbarung|abkommen|vertrag|op|met|voor|en|mit|für|und|avec|pour|sur|et|ou|a|an|een|un|une|ein|eine|einer)(?![\w'’-]))"
)
_TIE_COUNT: Final = re.compile(
    rf"(?<![\w-]){_COUNT}\s+(?:years|jaar|ans|années|jahre)\s+"
    r"(?:(?:of|de|des|du|van|der)\s+|d['’]\s*)?"
    r"(?:(?:the|their|its|our|de|hun|onze|het|la|les|leur|leurs|nos|notre|die|ihrer|unserer)\s+)?"
    rf"(?:{_NOT_QUALIFIER}[^\W\d_][\w'’-]*\s+){{0,3}}?"
    rf"{_TIE}(?![\w-])"
)
# a count that is a term ("for five years", "voor vijf jaar", "pour cinq ans", "für fünf Jahre")
_TERM_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:for|over|during|voor|gedurende|pour|pendant|sur|für|über|auf)\s+\Z"
)
# a count given as an approximation ("more than twenty years of friendship", "ruim twintig
# jaar stedenband", "plus de vingt ans d'amitié", "mehr als 20 Jahre Partnerschaft", "some
# thirty years"): an age, no year to count back to
APPROXIMATE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:more\s+than|over|nearly|almost|some|about|around|roughly|upwards\s+of|"
    r"meer\s+dan|ruim|bijna|ongeveer|zo['’]n|circa|plus\s+de|près\s+de|presque|environ|"
    r"quelque|mehr\s+als|über|fast|knapp|rund|etwa|gut)\s*\Z"
)
# the words one of which such a count holds (a quick test before the pattern)
TIE_COUNT_WORDS: Final = ("year", "jaar", "ans", "année", "jahre")


def tie_counts(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, years) of each count of a tie's years in low[start:end], lower-cased text:
    "20 years of the sister-province relationship", "twenty years of friendly relations",
    "dertig jaar vriendschappelijke betrekkingen", "trente ans de relations d'amitié",
    "40 Jahre freundschaftliche Beziehungen". A count after "more than", "ruim", "plus de",
    "mehr als" (an approximation) is none."""
    part = low[start:end]
    if not any(w in part for w in TIE_COUNT_WORDS):
        return []
    out = []
    for m in _TIE_COUNT.finditer(low, start, end):
        if _TERM_BEFORE.search(low, max(start, m.start() - 24), m.start()) is not None:
            continue  # "voor vijf jaar samenwerking", "for ten years": a term
        if APPROXIMATE_BEFORE.search(low, max(start, m.start() - 16), m.start()) is not None:
            continue  # "een ruim vijftien jaar oude band": an age, no year
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else _COUNTS[raw]
        if 0 < n <= 150:
            out.append((m.start(), n))
    return out
