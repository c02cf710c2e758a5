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
- the second place of a comparison presented by a partner noun ("Deventer heeft 101.000
  inwoners, zusterstad Hangzhou ruim 12 miljoen");
- a port named by its city's adjective ("de Amsterdamse haven": Port of Amsterdam);
- an apposition after a subject and the place that locates it ("Die Tongji-Universität in
  Shanghai, seit 1980 Partnerin der TU Darmstadt, belegt Platz 190": Tongji's rank);
- an organisation named back by its initials ("Harbin Institute of Technology ... HIT was
  ranked 66th");
- a size after a verb of exceeding and an article ("dépasse les 8,3 millions d'habitants");
- a hyphenated place name the gazetteer may lack ("Rosny-sous-Bois, 46 000 habitants"): a
  subject of its own, not the topic's;
- a name inside the description that holds a figure ("Bath, a World Heritage city of 94,000
  residents"): the figure is the subject's before it;
- a port named through its place ("whose port", "the city's port", "le port de la ville"),
  like "its port";
- "home to over 7 million" with no noun: a population;
- "op nummer 7", "die Nummer 1", "le numéro 1" rank (not "het nummer 09 210 10 10");
- a year stated before a comma for a figure in a participle phrase after it ("It ranked 43rd
  in 2023, handling 3.7 million TEU").
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._clauses import opened

__all__ = [
    "GAPPED_PARTNER_NOUN",
    "bracketed_populations",
    "city_adjective_ports",
    "description_holds",
    "home_to_before",
    "hyphenated_place_names",
    "initials",
    "joins_locative",
    "lives_in_gap",
    "names_other_place",
    "participle_clause_start",
    "phone_like",
    "relative_ports",
    "stem_names_city",
    "threshold_before",
]

# A label for a place that belongs to the subject of a fact sheet: its capital, seat or
# largest city (or port city).
_OTHER_PLACE_LABEL: Final = re.compile(
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
_LIVE_GAP: Final = re.compile(
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
_BRACKETED_POPULATION: Final = re.compile(
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


# Where such a bracket may be: "(" then a population word, an approximation or a digit.
_PAREN_NUMBER: Final = re.compile(
    r"\([ \t]*(?:\d|pop|inh|resid|einw|inw|hab|ew|c\.|ca\.|approx|env|ong|about|circa)",
    re.IGNORECASE,
)


def bracketed_populations(text: str) -> list[tuple[int, int, int, float]]:
    """(name start, number start, number end, value) of every "Place (pop. N)" that opens a
    line: the caller keeps those whose name is a place the document names there."""
    if "(" not in text:
        return []
    out: list[tuple[int, int, int, float]] = []
    lines: list[int] = []
    for b in _PAREN_NUMBER.finditer(text):
        line = text.rfind("\n", 0, b.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    for line in lines:
        m = _BRACKETED_POPULATION.match(text, line)
        if m is None:
            continue
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
_PARTICIPLE_OPEN: Final = re.compile(
    r"[ \t]*(?:handling|moving|carrying|processing|employing|counting|totall?ing|reaching|"
    r"serving|welcoming|hosting|housing|teaching|including|with|met|goed\s+voor|waarvan|"
    r"waaronder|inclusief|mit|darunter|davon|einschließlich|avec|soit|dont|y[ \t]+compris|"
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


# "Deventer heeft 101.000 inwoners, zusterstad Hangzhou ruim 12 miljoen", "Ghent has 265,000
# inhabitants, its partner city Weihai about 2.8 million", "maar partnerstad Jiaxing telt er
# 5,4 miljoen": the noun that presents the second place of a comparison (a pattern piece of
# the gapped figures, read before the name).
GAPPED_PARTNER_NOUN = (
    r"(?:(?:but|maar|aber|mais)\s+)?"
    r"(?:(?:its|their|zijn|haar|hun|seine?|ihre?|sa|son|leur|notre|our|onze|unsere?)\s+)?"
    r"(?:(?:chinese|chinees|chinese|chinesische|chinoise|new|nieuwe|neue|nouvelle)\s+)?"
    r"(?:(?:partner|sister|twin|friendship)[\s-]+(?:city|town)|zusterstad|partnerstad|"
    r"vriendschapsstad|partnerstadt|schwesterstadt|ville\s+(?:jumelle|partenaire|sœur)|"
    r"jumelle)\s+"
)


# "de Amsterdamse haven", "de Rotterdamse zeehaven", "die Duisburger Häfen" are written as
# organisations; the Dutch adjective of a city before "haven" names the city's port.
_CITY_ADJECTIVE_PORT: Final = re.compile(
    r"(?<![\w])(?P<adj>[A-ZÀ-Þ][a-zà-ÿ]{2,}?)(?:se|sche)[ \t]+(?:zee|container)?haven(?![\w-])"
)


def city_adjective_ports(text: str, start: int, end: int) -> list[re.Match[str]]:
    """ "de Amsterdamse haven" in text[start:end]: the matches, with the city's stem in
    group "adj" ("Amsterdam", "Antwerp" for Antwerpen)."""
    if "haven" not in text[start:end]:
        return []
    return list(_CITY_ADJECTIVE_PORT.finditer(text, start, end))


def stem_names_city(stem: str, name: str) -> bool:
    """True when a city adjective's stem ("amsterdam", "antwerp", "gent") names the city
    (folded names: "amsterdam", "antwerpen", "gent")."""
    return name == stem or (name.startswith(stem) and len(name) - len(stem) <= 2)


# "Die Tongji-Universität in Shanghai, seit 1980 Partnerin der TU Darmstadt, belegt ...": a
# place after "in" right after a subject is part of its noun phrase; an apposition may follow.
_LOCATIVE_JOIN: Final = re.compile(r"[ \t]+(?:in|im|at|à|au|en|te|bei|near|nahe|bij)[ \t]+")


def joins_locative(text: str, end: int, start: int) -> bool:
    """True when text[end:start] joins a subject to a place that locates it ("... in ")."""
    return _LOCATIVE_JOIN.fullmatch(text, end, start) is not None


_SMALL_WORDS: Final = frozenset(
    "of for and the de des du van voor der die für und et la le".split()
)


def initials(name: str) -> str:
    """The initials of an organisation's name without its small words ("Harbin Institute of
    Technology": "HIT", "Universität für Bodenkultur": "UB")."""
    return "".join(
        w[0] for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _SMALL_WORDS
    )


# "dépasse les 8,3 millions d'habitants", "franchit la barre des 100 000 habitants", "exceeds
# the 2 million mark", "overschrijdt de 100.000 inwoners", "überschreitet die 1-Millionen-
# Grenze": the article before the number follows a verb of exceeding; the number is a size.
_THRESHOLD_BEFORE: Final = opened(
    re.compile(
        r"(?<![\w])(?:dépass\w*|franchi\w*|atteint|atteignait|exceed\w*|surpass\w*|tops|topped|"
        r"overschrijd\w*|overschreed|overstijg\w*|passeert|überschr\w*|übersteig\w*|überstieg\w*)"
        r"[ \t]+(?:(?:la[ \t]+barre|le[ \t]+cap|the|de|die|les|la|le|l['’])[ \t]*)"
        r"(?:des|de|du)?[ \t]*$",
        re.IGNORECASE,
    )
)


def threshold_before(tail: str) -> bool:
    """True when `tail` (the text before a number) ends with a verb of exceeding and its
    article ("dépasse les"): a definite article there does not make the number a mere
    reference to a figure given before."""
    return _THRESHOLD_BEFORE.search(tail) is not None


# "Rosny-sous-Bois", "Boulogne-sur-Mer", "Châlons-en-Champagne", "Stratford-upon-Avon",
# "Halle-an-der-Saale": a capitalised compound joined by a lower-case place preposition is a
# place's name, whether or not the gazetteer knows it.
_HYPHENATED_PLACE: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-(?:sur|sous|lès|lez|en|le|la|les|aux|au|de|du|"
    r"des|am|an|im|ob|upon|on|under|op|aan|in|bei)(?:-(?:la|le|der|dem|den|de|the))?"
    r"-[A-ZÀ-Þ][a-zà-ÿ]+)+)(?![\w-])"
)


_HYPHEN_JOIN: Final = re.compile(
    r"-(?:sur|sous|lès|lez|en|le|la|les|aux|au|de|du|des|am|an|im|ob|upon|on|under|op|aan|in|"
    r"bei)-"
)


def hyphenated_place_names(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The hyphenated place names in text[start:end] ("Rosny-sous-Bois"), group "name"."""
    if _HYPHEN_JOIN.search(text, start, end) is None:
        return []
    return list(_HYPHENATED_PLACE.finditer(text, start, end))


# What may stand inside a description between its article and a figure it holds: words and
# names, no clause mark ("a World Heritage city of ", "een Chinese havenstad met ").
_DESCRIPTION_TO_FIGURE: Final = re.compile(r"[^,;:()\n.!?]{0,60}")


def description_holds(text: str, start: int, figure_start: int) -> bool:
    """True when text[start:figure_start], the rest of an apposition up to a figure, has no
    clause mark: the figure belongs to the description ("Bath, a World Heritage city of
    94,000 residents")."""
    return _DESCRIPTION_TO_FIGURE.fullmatch(text, start, figure_start) is not None


# "Qingdao, whose port handled ...", "The city's port employs ...", "de haven van de stad",
# "le port de la ville", "der Hafen der Stadt", "dont le port": the port of the place named
# before (or of the topic), like "its port". Tried only at the port nouns of the text.
_PORT_WORD: Final = re.compile(
    r"(?:sea|container|zee|see)?(?:port|harbou?r|haven|hafen)(?![\w-])", re.IGNORECASE
)
_RELATIVE_LEAD: Final = re.compile(
    r"(?<![\w])(?:whose|city['’]s|town['’]s|dont[ \t]+le|deren|dessen|waarvan[ \t]+de)[ \t]+\Z",
    re.IGNORECASE,
)
_CITY_AFTER: Final = re.compile(
    r"[ \t]+(?:of[ \t]+the[ \t]+city|van[ \t]+de[ \t]+stad|de[ \t]+la[ \t]+ville|"
    r"der[ \t]+stadt)(?![\w])",
    re.IGNORECASE,
)


def relative_ports(text: str, starts: list[int], lo: int, hi: int) -> list[re.Match[str]]:
    """The port nouns starting at `starts` (those of text[lo:hi]) that name the port through
    its place: "whose port", "the city's port", "le port de la ville"."""
    out: list[re.Match[str]] = []
    for p in starts:
        m = _PORT_WORD.match(text, p, hi)
        if m is None:
            continue
        if _RELATIVE_LEAD.search(text, max(lo, p - 16), p) or _CITY_AFTER.match(text, m.end(), hi):
            out.append(m)
    return out


# "Yantai is home to over 7 million", "abrite près de 2 millions", "beherbergt rund 2
# Millionen": a scaled number after "home to" with no noun is the place's population.
_HOME_TO_BEFORE: Final = re.compile(
    r"(?<![\w])(?:home[ \t]+to|thuisbasis[ \t]+van|abrite|beherbergt)[ \t]+"
    r"(?:(?:over|more[ \t]+than|some|about|around|nearly|almost|ruim|bijna|meer[ \t]+dan|"
    r"ongeveer|plus[ \t]+de|près[ \t]+de|environ|über|mehr[ \t]+als|rund|knapp|fast|"
    r"etwa)[ \t]+)?$",
    re.IGNORECASE,
)


def home_to_before(before: str) -> bool:
    """True when `before` (the text before a number) ends with "home to" (and an
    approximation): a scaled number after it with no noun is a population."""
    return _HOME_TO_BEFORE.search(before) is not None


_MORE_DIGITS: Final = re.compile(r"[ \t./-]?\d")


def phone_like(text: str, start: int, end: int) -> bool:
    """True when the digits at text[start:end] open a phone or reference number ("09 210 10
    10", "0475/12"): a leading zero or more digits right after."""
    return (text[start] == "0" and end - start > 1) or _MORE_DIGITS.match(text, end) is not None
