"""A bare number that carries the measure of the figure told just before it (ellipsis).

Writers compare two places with one measure noun: the second number stands alone and takes
the measure of the first. Three shapes recur in the four languages:
- a contrast before the number, its subject after it: "21 millions d'habitants, contre
  650 000 pour Nantes", "21 miljoen inwoners, tegenover 180.000 voor Leiden", "gegenüber
  260.000 in Freiburg", "against 250,000 in Cambridge";
- a second clause with its own subject (and a verb of having before the number or, in Dutch
  and German, after it): "while Normandy has 3.3 million", "quand la Normandie en compte 3,3
  millions", "terwijl Leiden er 125.000 telt", "während Freiburg 230.000 zählt";
- a partitive in the next sentence: "Nijmegen heeft er 180.000", "accounts for about 95,000
  of these", "Davon leben 1,5 Millionen in München", "dont 300 000 à Nantes".
The measure carried is one that counts (population, students, employees, companies); the
number must close its clause (no head noun of its own after it).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CARRIED_MEASURES", "carried"]

CARRIED_MEASURES: Final = frozenset(("population", "students", "employees", "companies"))

_APPROX = (
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately|just\s+over|"
    r"under|environ|près\s+de|plus\s+de|quelque|presque|à\s+peine|ruim|bijna|ongeveer|circa|"
    r"zo'n|ca\.|rund|etwa|knapp|gut|fast|über|mehr\s+als|nur|only|seulement|slechts)\s+)*"
)
# A contrast right before the number: the subject is named after it.
_VERSUS_BEFORE: Final = re.compile(
    r"(?:,|;|\(|\s)\s*(?:contre|against|compared\s+(?:with|to)|versus|vs\.?|tegenover|"
    r"vergeleken\s+met|gegenüber|verglichen\s+mit|im\s+vergleich\s+zu)\s+" + _APPROX + r"\Z",
    re.IGNORECASE,
)
# ... and the subject after the number: "pour Nantes", "voor Leiden", "in Freiburg"
FOR_AFTER: Final = re.compile(
    r"[ \t]+(?:pour|for|voor|für|in|à|en|au|im|bij|chez|dans)[ \t]+"
    r"(?:(?:le|la|les|the|de|het|die|der|das|den|dem)[ \t]+|l['’][ \t]*)?",
    re.IGNORECASE,
)
# A second clause with its own subject before the number: "while Normandy has", "quand la
# Normandie en compte", "terwijl Leiden er", "während Freiburg".
_SECOND_CLAUSE: Final = re.compile(
    r"(?:,|;|\s)\s*(?:while|whereas|and|quand|alors\s+que|tandis\s+que|et|terwijl|en|"
    r"während|wohingegen|und)\s+"
    r"(?:(?:the|la|le|les|l['’]|de|het|die|der|das)\s*)?"
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3}\s+"
    r"(?:(?:has|had|counts|en\s+compte|en\s+comptait|compte|a|heeft\s+er|telt\s+er|heeft|telt|"
    r"er|hat|hatte|zählt|zählte)\s+)?" + _APPROX + r"\Z",
    re.IGNORECASE,
)
# A partitive that refers back to the figure of the sentence before.
_PARTITIVE_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?:heeft|hebben|had|telt|telde|tellen|woont|wonen|werkt|werken|studeert|"
    r"studeren)\s+(?:(?:daar|hier)\s+)?er\s+|(?<![\w])en\s+(?:compte|comptait|abrite|accueille)"
    r"\s+|(?<![\w])(?:davon|daarvan|hiervan|dont|of\s+(?:these|them|which|whom))\s+"
    r"(?:(?:leben|wohnen|arbeiten|studieren|sind|waren|wonen|werken|zijn|waren)\s+)?)"
    + _APPROX
    + r"\Z",
    re.IGNORECASE,
)
_PARTITIVE_AFTER: Final = re.compile(
    r"[ \t]+(?:of\s+(?:these|them|those|the\s+total)|daarvan|hiervan|davon|d['’]entre\s+eux)"
    r"(?![\w])",
    re.IGNORECASE,
)
# The number closes its clause: punctuation, a conjunction, the subject after, or a verb
# last in a Dutch or German clause ("terwijl Leiden er 125.000 telt").
_CLOSES: Final = re.compile(
    r"(?:\s*\([^()\n]{1,25}\))?\s*(?:[.;!?)]|,\s|\Z|(?:and|en|und|et)\s|"
    r"(?:pour|for|voor|für|in|à|au|im|dans)\s|(?:telt|heeft|hat|zählt|zählte|telde)(?![\w]))",
    re.IGNORECASE,
)


def carried(
    text: str,
    lo: int,
    start: int,
    end: int,
    stop: int,
    same: str | None,
    previous: str | None,
) -> tuple[str, bool] | None:
    """The measure a bare number at text[start:end] carries, and whether its subject is
    named after it; None when it carries none.

    lo (int): where its sentence starts; stop: where it ends.
    same (str | None): the measure of the last counting figure before it in its sentence.
    previous (str | None): the measure of the last figure of the sentence before.
    """
    before = text[max(lo, start - 80) : start]
    if same is not None:
        if _VERSUS_BEFORE.search(before) and FOR_AFTER.match(text, end, stop):
            return same, True
        if _SECOND_CLAUSE.search(before) and (_CLOSES.match(text, end, stop) or end == stop):
            return same, False
        return None
    if previous is not None and (
        _PARTITIVE_BEFORE.search(before) or _PARTITIVE_AFTER.match(text, end, stop)
    ):
        return previous, False
    return None
