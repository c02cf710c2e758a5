"""A bare number that carries the measure of the figure told just before it (ellipsis).

Writers compare two places with one measure noun: the second number stands alone and takes
the measure of the first. Three shapes recur in the four languages:
- a contrast before the number, its subject after it: "21 millions d'habitants, contre
  650 000 pour Nantes", "21 miljoen inwoners, tegenover 180.000 voor Leiden", "gegenüber
  260.000 in Freiburg", "against 250,000 in Cambridge";
- a second clause with its own subject (and a verb of having before the number or, in Dutch
  and German, after it): "while Normandy has 3.3 million", "quand la Normandie en compte 3,3
  millions", "terwijl Leiden er 125.000 telt", "während Freiburg 230.000 zählt";
- a second clause without a verb, its subject before the number after a semicolon or a
  comma: "Jiangxi telt 46 miljoen inwoners; de hoofdstad Nanchang ongeveer 5,5 miljoen",
  "in der Stadt leben 8,3 Millionen Menschen, im Kreis Offenbach sind es etwa 350 000",
  "the province has 40 million people; its capital Fuzhou about 8 million"; or a sentence of
  its own after the figure ("Im Landkreis Schwandorf sind es 146 000");
- a comparative with "with" ("Glasgow is larger, with 635,000", "Kiel ist kleiner, mit
  250.000"), in the figure's sentence or the next;
- a partitive in the next sentence: "Nijmegen heeft er 180.000", "accounts for about 95,000
  of these", "Davon leben 1,5 Millionen in München", "dont 300 000 à Nantes".
The measure carried is one that counts (population, students, employees, companies); the
number must close its clause (no head noun of its own after it).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "AFTER",
    "BEFORE",
    "CARRIED_MEASURES",
    "NOUN",
    "carried",
    "clause_noun",
    "contrast_subject_at",
    "gapped_name",
]

AFTER: Final = "after"  # the subject is named after the number
BEFORE: Final = "before"  # ... in the gapped clause before it
NOUN: Final = "noun"  # ... by the noun of a region named before ("et le district en compte")

CARRIED_MEASURES: Final = frozenset(("population", "students", "employees", "companies"))

_APPROX = (
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately|just\s+over|"
    r"under|environ|près\s+de|plus\s+de|quelque|presque|à\s+peine|ruim|bijna|ongeveer|circa|amper|"
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
# The subject may be the noun of a region or district ("et le district en compte 5,7
# millions"), or a region in a relative clause ("d'une province qui en compte 38 millions").
_REGION_NOUN = (
    r"(?:district|province|provincie|provinz|landkreis|kreis|region|regio|région|county|"
    r"département|departement|bezirk|stadsdeel|arrondissement|prefecture|préfecture)(?![\w-])"
)
_SECOND_CLAUSE: Final = re.compile(
    r"(?:(?:,|;|\s)\s*(?:while|whereas|and|quand|alors\s+que|tandis\s+que|et|terwijl|en|"
    r"während|wohingegen|und)\s+"
    r"(?:(?:the|la|le|les|l['’]|de|het|die|der|das)\s*)?"
    r"(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3}|(?P<noun>"
    + _REGION_NOUN
    + r"))\s+"
    r"|(?<![\w])(?:d['’]une?|of\s+a|van\s+een|einer?)\s+(?P<noun2>"
    + _REGION_NOUN
    + r")\s*,?\s+(?:qui|which|that|die|welche)\s+)"
    r"(?:(?:has|had|counts|en\s+compte|en\s+comptait|compte|a|heeft\s+er|telt\s+er|heeft|telt|"
    r"er|hat|hatte|zählt|zählte)\s+)?" + _APPROX + r"\Z",
    re.IGNORECASE,
)
# A gapped clause: a semicolon or a comma, a place word or locative, a name, and the number
# ("; de hoofdstad Nanchang ongeveer", ", im Main-Kinzig-Kreis sind es etwa", "; its capital
# Fuzhou about", ", à Lyon environ"). The clause's name is the subject.
_GAPPED_CLAUSE: Final = re.compile(
    r"(?:;|,)\s*(?:(?:im|in|in\s+der|in\s+de|in\s+het|à|au|en|dans\s+(?:la|le|l['’])|"
    r"(?:the|de|het|die|der|das|la|le|l['’]|its|their|zijn|haar|ihre|sa|son)"
    r"(?:\s+(?:hoofdstad|capital|capitale|hauptstadt|stad|city|ville|stadt|provincie|province|"
    r"provinz|district|landkreis|kreis|regio|region|région|gemeente|commune|gemeinde))?)\s*)?"
    # "; Orléans, à peine 117 000": a comma may close the name
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3}),?\s+"
    # "Zhenjiang aan de Jangtse 3,2 miljoen": where the place lies, between name and number
    r"(?:(?:aan|an|on|sur|am|bei|near|bij|près\s+de)\s+(?:(?:de|het|der|dem|the|la|le|l['’])\s*)?"
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]*\s+)?"
    r"(?:(?:sind\s+es|waren\s+es|zijn\s+het|waren\s+het|ce\s+sont|there\s+are)\s+)?"
    + _APPROX
    + r"\Z",
    re.IGNORECASE,
)
# A gapped clause whose subject is only the noun of a region named before: "le Jiangsu compte
# 85 millions d'habitants, la région 3,8 millions", "Lianyungang zählt 4,6 Millionen
# Einwohner, der Landkreis etwa 185.000", "the city has 2 million people; the county about
# 400,000", "de provincie telt 5 miljoen inwoners, de gemeente ruim 80.000".
_GAPPED_NOUN: Final = re.compile(
    r"(?:;|,)\s*(?:the|de|het|die|der|das|la|le|l['’]|its|sa|son|zijn|haar|ihre?|seine?)\s*"
    r"(?P<noun>" + _REGION_NOUN + r")\s*,?\s+" + _APPROX + r"\Z",
    re.IGNORECASE,
)
# A place with its number after a comparison: "twintig keer zoveel als Overijssel met zijn
# 1,2 miljoen", "as large as Leeds with its 800,000", "so viel wie Kiel mit seinen 250.000".
_WITH_ITS: Final = re.compile(
    r"(?<![\w])(?:as|als|wie|que)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3})\s+"
    r"(?:with\s+its|met\s+(?:zijn|haar)|mit\s+(?:seinen|ihren)|avec\s+(?:ses|son|sa))\s+"
    + _APPROX
    + r"\Z",
    re.IGNORECASE,
)
# A comparative and "with" before the number: "Glasgow is larger, with 635,000", "Tilburg is
# kleiner, met 220.000", "Kiel ist kleiner, mit 250.000", "Lyon est plus petite, avec 520 000".
_COMPARED_WITH: Final = re.compile(
    r"(?<![\w])(?:larger|smaller|bigger|greater|groter|kleiner|größer|grösser|"
    r"plus\s+(?:grande?s?|petite?s?|peuplée?s?))\s*,?\s*(?:with|met|mit|avec)\s+" + _APPROX + r"\Z",
    re.IGNORECASE,
)
# A sentence that opens with the gapped clause, after a figure in the sentence before: "Rund
# 870 000 Menschen leben in Laizhou. Im Landkreis Schwandorf sind es 146 000."
_GAPPED_OPENING: Final = re.compile(
    r"\A[\s\"“'‘(]*(?:im|in|in\s+der|in\s+de|in\s+het|à|au|dans\s+(?:la|le|l['’]))\s+"
    r"(?:(?:stad|stadt|gemeente|gemeinde|provincie|provinz|landkreis|kreis|district|"
    r"commune|ville)\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’.-]*){0,3})\s+"
    r"(?:(?:sind|waren)\s+(?:es|das)|(?:zijn|waren)\s+(?:het|dat|er)(?:\s+er)?|ce\s+sont|"
    r"there\s+are|there\s+were)\s+(?:(?:gerade\s+mal|nur|only|slechts|seulement)\s+)?"
    + _APPROX
    + r"\Z",
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
) -> tuple[str, str] | None:
    """The measure a bare number at text[start:end] carries, and where its subject is named
    (AFTER the number, BEFORE it in its own gapped clause, or "" for the sentence's own);
    None when it carries none.

    lo (int): where its sentence starts; stop: where it ends.
    same (str | None): the measure of the last counting figure before it in its sentence.
    previous (str | None): the measure of the last figure of the sentence before.
    """
    before = text[max(lo, start - 80) : start]
    if same is not None:
        if _VERSUS_BEFORE.search(before) and FOR_AFTER.match(text, end, stop):
            return same, AFTER
        closes = _CLOSES.match(text, end, stop) is not None or end == stop
        if closes and _COMPARED_WITH.search(before):
            return same, ""
        second = _SECOND_CLAUSE.search(before)
        if second is not None and closes:
            return same, NOUN if second.group("noun") or second.group("noun2") else ""
        if closes and _GAPPED_NOUN.search(before):
            return same, NOUN
        if closes and (_GAPPED_CLAUSE.search(before) or _WITH_ITS.search(before)):
            return same, BEFORE
        return None
    if previous is not None and (
        _PARTITIVE_BEFORE.search(before)
        or _PARTITIVE_AFTER.match(text, end, stop)
        or (_COMPARED_WITH.search(before) and (_CLOSES.match(text, end, stop) or end == stop))
    ):
        return previous, ""
    if (
        previous is not None
        and start - lo <= 80
        and _GAPPED_OPENING.search(text[lo:start])
        and (_CLOSES.match(text, end, stop) or end == stop)
    ):
        return previous, BEFORE
    return None


# What may follow a figure's unit before the subject of a contrast: "of cargo", "de
# marchandises", "goederen", "Güter".
_UNIT_FILLER: Final = re.compile(
    r"[ \t]+(?:(?:of|de|d['’])[ \t]*)?(?:cargo|goods|freight|marchandises|fret|goederen|"
    r"lading|güter|fracht|ladung)(?![\w])",
    re.IGNORECASE,
)


def contrast_subject_at(text: str, lo: int, start: int, end: int, stop: int) -> int:
    """Where the subject of a figure at text[start:end] that a contrast introduces is named,
    after it ("contre 4,5 millions de tonnes pour Sihanoukville", "against 230 million tonnes
    for Antwerp", "tegenover 230 miljoen ton voor Antwerpen", "gegenüber 600.000 Einwohnern
    in Leipzig"); -1 when the figure opens no contrast. `lo`, `stop`: its sentence's ends."""
    if not _VERSUS_BEFORE.search(text[max(lo, start - 80) : start]):
        return -1
    while end < stop and text[end].isalpha():
        end += 1  # the rest of the unit's word ("Tonne|n", "Einwohner|n")
    filler = _UNIT_FILLER.match(text, end, stop)
    gap = FOR_AFTER.match(text, filler.end() if filler is not None else end, stop)
    return gap.end() if gap is not None else -1


def gapped_name(text: str, lo: int, start: int) -> str | None:
    """The name written in the gapped clause before a carried number at `start` (from `lo`,
    where its sentence starts): "Main-Kinzig-Kreis" of ", im Main-Kinzig-Kreis sind es etwa
    405 000"; None when the clause has none."""
    m = _GAPPED_CLAUSE.search(text[max(lo, start - 80) : start])
    if m is None:
        m = _WITH_ITS.search(text[max(lo, start - 80) : start])
    if m is None and start - lo <= 80:
        m = _GAPPED_OPENING.search(text[lo:start])
    return m.group("name") if m is not None else None


def clause_noun(text: str, lo: int, start: int) -> str | None:
    """The region noun that is the subject of the second clause before a carried number at
    `start` ("district" of "et le district en compte 5,7 millions"); None when none is."""
    before = text[max(lo, start - 80) : start]
    m = _SECOND_CLAUSE.search(before)
    if m is not None and (m.group("noun") or m.group("noun2")):
        return m.group("noun") or m.group("noun2")
    gapped = _GAPPED_NOUN.search(before)
    return gapped.group("noun") if gapped is not None else None
