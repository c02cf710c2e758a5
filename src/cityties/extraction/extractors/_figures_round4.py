"""Figure subjects as real writers leave them (issue 2, fourth round of figures).

Small rules the subject resolver and the figure reader call, each for one wording class met in
city profiles, partner-city pages and fact sheets in English, Dutch, French and German:

- a label line that names another place than the sheet is about ("Hauptstadt: Jinan, ca.
  9,4 Mio. Einwohner", "Hoofdstad: Nanjing", "Capital: Jinan", "Chef-lieu : Rennes",
  "Largest city: Qingdao"): the place it names is not the topic of the lines after it;
- people who live in a place named after "in" ("in Shanghai leben mehr als 24 Millionen
  Menschen"): that place's population, whatever the sentence named before;
- lists of towns with their populations in brackets ("Alkmaar, Netherlands (96,000)", "Bath
  (pop. 94,000)");
- a year stated before a comma for a figure in a participle phrase after it ("It ranked 43rd
  in 2023, handling 3.7 million TEU").
"""

from __future__ import annotations

import re

__all__ = [
    "bracketed_populations",
    "lives_in_gap",
    "names_other_place",
    "participle_clause_start",
]

# A label for a place that belongs to the subject of a fact sheet: its capital, seat or
# largest city (or port city).
_OTHER_PLACE_LABEL = re.compile(
    r"[ \t]*(?:[-•*–·▪][ \t]*)?(?:"
    r"(?:provincial[ \t]+|regional[ \t]+|state[ \t]+)?capital(?:[ \t]+city)?|seat|"
    r"(?:largest|biggest|main|second|major)[ \t]+(?:port[ \t]+)?(?:city|cities|town|port)|"
    r"[\w-]*hauptstadt|sitz|verwaltungssitz|kreisstadt|"
    r"größte[ \t]+(?:hafen)?stadt|grösste[ \t]+(?:hafen)?stadt|größter[ \t]+hafen|"
    r"hoofdstad|provinciehoofdstad|zetel|grootste[ \t]+(?:haven)?stad|grootste[ \t]+haven|"
    r"capitale|chef-lieu|préfecture|siège|plus[ \t]+grande[ \t]+ville|premier[ \t]+port"
    r")[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?:[ \t]*",
    re.IGNORECASE,
)


def names_other_place(text: str, start: int, name_start: int) -> bool:
    """True when text[start:name_start] is a label that introduces a place other than the
    sheet's subject ("- Hauptstadt: " before "Jinan"): that place does not become the topic."""
    return _OTHER_PLACE_LABEL.fullmatch(text, start, name_start) is not None


# "in Shanghai leben mehr als 24 Millionen Menschen", "in Wuhan wonen ruim 11 miljoen
# mensen", "in Lyon vivent 520 000 personnes": between a locative place and the number, a verb
# of living (and an approximation): the people live in that place.
_LIVE_GAP = re.compile(
    r"[ \t]+(?:leben|lebten|wohnen|wohnten|wonen|woonden|leven|leefden|live|lived|vivent|"
    r"vivaient|habitent|habitaient)(?:[ \t]+(?:heute|derzeit|inzwischen|today|now|nu|er|"
    r"tegenwoordig|aujourd['’]hui|actuellement))?(?:[ \t]+(?:mehr[ \t]+als|über|rund|etwa|"
    r"knapp|fast|gut|more[ \t]+than|over|about|around|nearly|some|almost|ruim|bijna|ongeveer|"
    r"zo['’]n|meer[ \t]+dan|plus[ \t]+de|près[ \t]+de|environ|quelque))?[ \t]+",
    re.IGNORECASE,
)


def lives_in_gap(text: str, end: int, start: int) -> bool:
    """True when text[end:start], between a place after "in" and a number, is a verb of
    living ("[in Shanghai] leben mehr als [24 Millionen]")."""
    return _LIVE_GAP.fullmatch(text, end, start) is not None


# "Alkmaar, Netherlands (96,000)", "Partner: Beppu, Japan (113,000)", "Bath (pop. 94,000) is
# twinned with ...", "Weert (50.000 inw.)": a place opening a line or a list item with its
# population in brackets. A bare number counts only when the bracket ends the line (a list of
# towns with their sizes); inside a sentence the bracket must say what it counts.
_NUM = r"(?P<num>\d{1,3}(?:(?:,|\.|[ \u00a0\u202f])\d{3})+|\d{4,7})"
_POP_WORD = (
    r"(?:pop(?:ulation)?\.?|inh(?:abitants)?\.?|residents|einw(?:ohner)?\.?|inw(?:oners)?\.?|"
    r"hab(?:itants)?\.?|ew\.?)"
)
_BRACKETED_POPULATION = re.compile(
    r"^[ \t]*(?:[-•*–·▪][ \t]*)?(?:[A-Za-zÀ-ÿ][\w ]{0,24}:[ \t]*)?"
    r"(?P<name>[A-ZÀ-Þ][^\n(),:]{1,40}?)"
    r"(?:,[ \t]*[A-ZÀ-Þ][^\n(),:]{1,30})?[ \t]*\("
    r"(?:(?P<word>"
    + _POP_WORD
    + r")[:\s]*)?(?:c\.|ca\.|approx\.|env\.|ong\.|about|circa)?[ \t]*"
    + _NUM
    + r"(?:[ \t]*(?P<word2>"
    + _POP_WORD
    + r"))?[ \t]*\)(?P<eol>[ \t]*$)?",
    re.MULTILINE | re.IGNORECASE,
)


def bracketed_populations(text: str) -> list[tuple[int, int, int, float]]:
    """(name start, number start, number end, value) of every "Place (pop. N)" that opens a
    line: the caller keeps those whose name is a place the document names there."""
    if "(" not in text:
        return []
    out: list[tuple[int, int, int, float]] = []
    for m in _BRACKETED_POPULATION.finditer(text):
        if m.group("eol") is None and m.group("word") is None and m.group("word2") is None:
            continue
        num = m.group("num")
        digits = re.sub(r"\D", "", num)
        value = float(digits)
        if value < 1000 or (len(num) == 4 and 1800 <= value <= 2100):
            continue  # "(1989)": a year, not a size
        out.append((m.start("name"), m.start("num"), m.end("num"), value))
    return out


# ", handling 3.7 million TEU", ", en accueillant ...", ", mit 1,9 Millionen": a participle or
# "with" phrase after a comma continues the clause before it, whose year it shares ("It ranked
# 43rd in 2023, handling 3.7 million TEU").
_PARTICIPLE_OPEN = re.compile(
    r"[ \t]*(?:handling|moving|carrying|processing|employing|counting|totall?ing|reaching|"
    r"serving|welcoming|hosting|housing|teaching|with|met|goed\s+voor|mit|avec|soit|"
    r"en[ \t]+(?:traitant|manutentionnant|accueillant|employant|comptant))(?![\w])"
    r"[^,;:()]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_MARKS = ";:,()"


def participle_clause_start(text: str, lo: int, cut_start: int, start: int) -> int:
    """Where the clause of a figure at `start` begins for its year: `cut_start` (just after
    the last clause mark) unless what follows that mark opens a participle phrase, which
    belongs to the clause before ("..., handling 3.7 million TEU"); `lo` bounds the search."""
    if cut_start <= lo or _PARTICIPLE_OPEN.match(text, cut_start, start) is None:
        return cut_start
    prev = max(text.rfind(c, lo, cut_start - 1) for c in _CLAUSE_MARKS)
    return prev + 1 if prev >= 0 else lo
