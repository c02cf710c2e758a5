"""Extractor cityties.dates: every date expression in the text, with the date it means.

Candidates are found with precompiled regular expressions over the whole text (English,
Dutch, French and German month and weekday words, numeric and ISO dates, year ranges and
relative expressions); the parts a pattern captures (day, month word, year) become a
PartialDate directly, so no date parser runs per sentence and nothing slow loads.

Relative expressions ("on Tuesday", "today", "last year", "le 9 février dernier",
"onlangs") are resolved against `Doc.document_date`; without one they get value None and
`relative=True`, never a guess. A day and month without a year ("from 29 to 31 January") is
placed by the document date, else by the year of a full date of the same month written
before it ("On 30 January 2018 ..."), else left without a value.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from cityties.extraction.doc import Doc
from cityties.extraction.extractors._act_years import APPROXIMATE_BEFORE
from cityties.extraction.extractors._clauses import lower_pattern
from cityties.extraction.extractors._clauses_scan import DocIndex, WordScan, index_for, index_text
from cityties.extraction.extractors._lexicon_dates import (
    CASED_ONLY,
    DAY_COUNTS,
    DAY_SHIFT_WORDS,
    DAY_SHIFTS,
    MONTHS,
    WEEKDAYS,
)
from cityties.extraction.registry import register
from cityties.extraction.types import DateMention
from cityties.text import PartialDate

__all__ = [
    "EXTRACTOR",
    "extract_dates",
    "find_dates",
    "page_date",
    "page_header_date",
    "parse_date_string",
    "relative_date",
    "relative_kind",
    "told_weekday",
]


# --------------------------------------------------------------------------- parsing


_DATE_STRING: Final = re.compile(
    r"\s*(?:(?P<d>\d{1,2})(?:st|nd|rd|th|er|e|\.)?\s+(?:of\s+)?)?(?P<m>[^\W\d_]+)\.?"
    r"(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)?\s+(?P<y>\d{4})\s*",
)
_ISO_STRING: Final = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


@functools.lru_cache(maxsize=8192)
def _make(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A PartialDate, or None when the day or month does not exist."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def parse_date_string(text: str, lang: str) -> PartialDate | None:
    """Parse a date string such as "24 September 2013", "September 24, 2013" or "février 2014".

    The precision of the result is what the string states (day, month or year); a missing
    day or month is never filled in. Month words of all four languages are known; `lang`
    (en, nl, fr or de) decides between homographs.
    """
    m = _ISO_STRING.fullmatch(text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DATE_STRING.fullmatch(text)
    if not m or (m.group("d") and m.group("d2")):
        return None
    entry = _month_entry(m.group("m"), lang)
    if entry is None:
        return None
    day = m.group("d") or m.group("d2")
    return _make(int(m.group("y")), entry[1], int(day) if day else None)


# --------------------------------------------------------------------------- patterns


def _alt(words: list[str]) -> str:
    """An alternation of the literal `words` that matches as the words listed longest first.

    Written as a prefix tree: two words that match at one place are a word and a longer word
    it starts, and the tree tries the longer one first; at each character, only the words
    that go on with it are tried, not every word of the list.
    """
    tree: dict[str, _Tree] = {}
    for w in sorted(words):
        node = tree
        for c in w:
            node = node.setdefault(c, _Tree()).next
        node.setdefault("", _Tree())  # a word ends here
    return _tree_pattern(tree)


class _Tree:
    """A node of `_alt`'s prefix tree: what goes on after a character."""

    def __init__(self) -> None:
        self.next: dict[str, _Tree] = {}


def _tree_pattern(tree: dict[str, _Tree]) -> str:
    alts = [re.escape(c) + _tree_pattern(node.next) for c, node in tree.items() if c]
    if "" in tree:
        if not alts:
            return ""
        alts.append("")  # the shorter word, after the longer ones
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_FULL_MONTH_WORDS = sorted(
    {w for w, entries in MONTHS.items() if any(w == e[2].casefold() for e in entries)}
    | {"fevrier", "aout", "decembre", "jänner", "maerz"}
)
_MONTH = rf"(?:{_alt(list(MONTHS))})(?![^\W\d_])\.?"
# French month names: "en juin" is a month ("en" before another language's month is Dutch
# "and": "april en mei")
_FR_MONTH_WORDS = [w for w in _FULL_MONTH_WORDS if any(e[0] == "fr" for e in MONTHS[w])]
_FR_FULL_MONTH = rf"(?:{_alt(_FR_MONTH_WORDS)})(?![^\W\d_])"
_FULL_MONTH = rf"(?:{_alt(_FULL_MONTH_WORDS)})(?![^\W\d_])"
_WEEKDAY = rf"(?:{_alt(list(WEEKDAYS))})(?![^\W\d_])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# `_DAY` opening with its first digit (the same matches, tried in the same order): a pattern
# that starts so gives the regex engine a set of first characters to skip to, where `_DAY`'s
# alternatives give it none and every character of a window is tried.
_DAY_FIRST = r"[0-9](?:(?<=3)[01]|(?<=[12])\d|(?<=0)[1-9]|(?<=[1-9]))"
_ORD = r"(?:st|nd|rd|th|er|ème|e|ste|de|\.)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NB = r"(?<![\w.,/-])"  # not inside a longer number, word or code
_NA = r"(?![\w/]|[.,]\d)"  # nor followed by one
# nor the number of a decision or file: "Délibération n° 2019-58", "Vorlage Nr. 2016-12"
_NUMBERED = r"(?<!n°)(?<!n°\s)(?<!nº)(?<!nº\s)(?<!nr\.\s)(?<!no\.\s)(?<!nr\.)(?<!no\.)"
# An ISO date may be followed by the label of a header's next field, run together with it as
# a page's header loses its spaces ("Time:2025-06-13Editor:Zhou Lin")
_FIELD_NEXT = r"(?=[^\W\d_]{2,20}[ \t]*[:：])"
# Words before a date that belong to the expression (not after an elided word: in "valable
# jusqu'en octobre 2026", "jusqu'en" is the end's preposition, read by the act's reader).
_PRE = r"(?:(?<!['’])(?:on|in|im|am|op|le|en|by)\s+)?"
# A part of a month or year: "the end of", "early", "eind", "fin de", "Mitte"
_QUAL_WORDS = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|"
    r"spring|summer|autumn|fall|winter)\s+of\s+|early\s+|late\s+|mid-?\s*|"
    r"(?:het\s+)?(?:eind|einde|begin|midden|medio|half|voorjaar|najaar|zomer|winter)\s+|"
    r"(?:la\s+|à\s+la\s+|au\s+)?(?:fin|début|mi-|courant|printemps|été|automne|hiver)\s*(?:de\s+|d')?|"
    r"(?:Ende|Anfang|Mitte|Frühjahr|Sommer|Herbst|Winter)\s+)"
)
_QUAL = rf"{_QUAL_WORDS}?"
_YEAR_PRE = (
    r"(?:(?:in\s+)?(?:the\s+)?year\s+|im\s+Jahre?\s+|(?:in\s+)?het\s+jaar\s+|"
    r"en\s+l'an(?:née)?\s+|(?:dans\s+)?l'année\s+)?"
)
_PAST = (
    r"(?:dernier|dernière|passé|passée|last|past|jl|jongstleden|laatstleden|vorig|vorige|"
    r"afgelopen|letzten|"
    r"vergangenen|vorigen)"
)
_FUTURE = r"(?:prochain|prochaine|next|coming|volgend|volgende|komend|komende|nächsten|kommenden)"
# between a weekday and its date: "Tuesday, 24", "dinsdag 24", "am Dienstag, den 24."
_WD_LINK = r",?\s+(?:de[nm]\s+)?"
_RANGE_SEP = r"\s*(?:-|–|—|to|till|until|through|and|tot|t/m|tot\s+en\s+met|en|au|à|et|bis|und)\s*"

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    needs: int  # anchor bits of which one must be in a window for the pattern to apply
    low: re.Pattern[str]  # the same for lower-cased text, case-sensitive (much faster)


_NEEDS = {
    "dmy_range": 1,
    "dm_dm_range": 1,
    "mdy_range": 1,
    "dmy": 1,
    "mdy": 1,
    "my": 1,
    "m_rel": 1,
    "iso": 4,
    "numeric": 4,
    "cjk": 4,
    "year_range": 4,
    "year": 4,
    "weekday": 2,
}


def _p(name: str, pattern: str, flags: int = _I) -> _Pattern:
    return _Pattern(
        name, re.compile(pattern, flags), _NEEDS[name], re.compile(lower_pattern(pattern))
    )


_PATTERNS: tuple[_Pattern, ...] = (
    # "24-26 September 2013", "du 9 au 12 février 2017", "vom 3. bis 5. Mai 2014"
    _p(
        "dmy_range",
        rf"{_NB}(?:(?:from|between|van|tussen|du|entre|vom|von|zwischen)\s+)?(?:the\s+)?"
        rf"(?P<d>{_DAY}){_ORD}{_RANGE_SEP}(?:the\s+)?(?P<d2>{_DAY}){_ORD}\s+(?:of\s+)?"
        rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?:\s+(?P<rel>{_PAST}|{_FUTURE}))?{_NA}",
    ),
    # "30 September - 2 October 2013"
    _p(
        "dm_dm_range",
        rf"{_NB}(?:(?:from|between|van|tussen|du|entre|vom|von|zwischen)\s+)?(?:the\s+)?"
        rf"(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH}){_RANGE_SEP}(?:the\s+)?"
        rf"(?P<d2>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?{_NA}",
    ),
    # "September 24-26, 2013"
    _p(
        "mdy_range",
        rf"(?<![\w])(?:(?:from|between)\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:st|nd|rd|th)?"
        rf"\s*(?:-|–|to|through|and)\s*(?P<d2>{_DAY})(?:st|nd|rd|th)?"
        rf"(?:,?\s+(?P<y>{_YEAR}))?{_NA}",
    ),
    # "On Tuesday, 24 September 2013", "le 9 février dernier", "24. September 2013", "am
    # Dienstag, den 5. Juni 2012"
    _p(
        "dmy",
        rf"{_NB}{_PRE}(?:(?P<wd>{_WEEKDAY}){_WD_LINK})?(?:the\s+)?(?:le\s+)?(?P<d>{_DAY}){_ORD}\s+"
        rf"(?:of\s+|de\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
        rf"(?:\s+(?P<rel>{_PAST}|{_FUTURE}))?{_NA}",
    ),
    # "On September 24, 2013", "Tuesday, September 24th"
    _p(
        "mdy",
        rf"(?<![\w]){_PRE}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})"
        rf"(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?{_NA}",
    ),
    # "the end of September 2006", "im Februar 2014", "sept. 2013", "September of 2006"
    _p(
        "my",
        rf"(?<![\w]){_PRE}{_QUAL}(?P<m>{_MONTH})\s*(?:of\s+|,\s*)?(?P<y>{_YEAR}){_NA}",
    ),
    # "février dernier", "in February", "last September"
    _p(
        "m_rel",
        rf"(?<![\w])(?:(?:(?<!['’])(?:in|im|en|op|au\s+mois\s+de|in\s+de\s+maand)\s+(?:the\s+)?)?"
        rf"(?P<m>{_FULL_MONTH})\s+(?P<rel>{_PAST}|{_FUTURE})"
        rf"|(?:(?P<rel2>{_PAST}|{_FUTURE}|this|deze|dit|diesen|ce\s+mois\s+de)\s+"
        rf"(?P<m2>{_FULL_MONTH}))"
        rf"|(?:(?<!['’])(?:in|im|au\s+mois\s+de|in\s+de\s+maand|en(?=\s+(?:{_FR_FULL_MONTH})))\s+"
        # "jusqu'en mars": the month alone, its preposition left to the end before it
        rf"|(?<=jusqu'en\s)|(?<=jusqu’en\s))(?:the\s+)?"
        rf"(?P<m3>{_FULL_MONTH})"
        rf"(?!\s*(?:of\s+|,\s*)?\d)"
        # "Ende September", "eind september", "fin septembre", "late September"
        rf"|{_QUAL_WORDS}(?P<m4>{_FULL_MONTH})(?!\s*(?:of\s+|,\s*)?\d))(?![\w])",
    ),
    # 2013-09-24; year first with dots or slashes, as Chinese pages write it: "1988.7.20",
    # "2016/4/18"
    _p(
        "iso",
        rf"{_NB}{_PRE}(?P<y>{_YEAR})(?P<isep>[-./])(?P<mo>0?[1-9]|1[0-2])(?P=isep)(?P<d>{_DAY})"
        rf"(?:{_NA}|{_FIELD_NEXT})",
    ),
    # 24.09.2013, 24/09/2013, 09/24/2013, "Am Montag, dem 04.06.2012", "lundi 04/06/2012"
    _p(
        "numeric",
        rf"{_NB}{_PRE}(?:(?P<wd>{_WEEKDAY}){_WD_LINK}(?:the\s+|le\s+)?)?(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR}){_NA}",
    ),
    # 2013年9月24日
    _p(
        "cjk",
        rf"(?P<y>{_YEAR})\s*年\s*(?P<mo>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>{_DAY})\s*日)?",
    ),
    # "2017-2019", "from 2017 to 2019", "2017–19", "between 2017 and 2019"
    _p(
        "year_range",
        rf"{_NB}{_NUMBERED}(?:(?P<pre>from|between|van|tussen|de|du|entre|von|zwischen)\s+)?"
        rf"{_YEAR_PRE}"
        rf"(?P<y>{_YEAR})(?P<sep>\s*(?:-|–|—)\s*|\s+(?:to|until|till|through|and|tot|en|à|au|et|"
        rf"bis|und)\s+)(?P<y2>{_YEAR}|\d\d){_NA}",
    ),
    # "In 2021", "(2020)", "seit 2012"
    _p("year", rf"{_NB}(?<!\d\s){_NUMBERED}{_PRE}{_QUAL}{_YEAR_PRE}(?P<y>{_YEAR}){_NA}(?!\s\d)"),
    # weekdays: "on Tuesday", "last Friday", "mardi dernier"
    _p(
        "weekday",
        rf"(?<![\w])(?:(?:on|op|am|le|this|next|last|coming|vorige|afgelopen|volgende|komende|"
        rf"deze|letzten|vergangenen|nächsten|kommenden|diesen|(?:an\s+)?diesem|ce)\s+)?(?P<wd>{_WEEKDAY})"
        rf"(?:\s+(?P<rel>{_PAST}|{_FUTURE}))?(?![\w])",
    ),
)

# Relative expressions: regex -> kind. Kinds with a day offset, a year or month offset, or a
# vague "recently"; weeks cannot be written as a PartialDate and stay unresolved.
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "ein": 1,
    "einem": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "neun": 9,
    "zehn": 10,
    # the counts of a twinning's history: "twenty years ago", "dertig jaar geleden", "il y a
    # vingt-cinq ans", "vor fünfzig Jahren"
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "vijftien": 15,
    "twintig": 20,
    "vijfentwintig": 25,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "quinze": 15,
    "vingt": 20,
    "vingt-cinq": 25,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "fünfzehn": 15,
    "zwanzig": 20,
    "fünfundzwanzig": 25,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
}
_NUM = rf"(?P<n>\d{{1,2}}|{_alt(list(_NUMBER_WORDS))})"

_RELATIVE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"today|this\s+(?:morning|afternoon|evening)|tonight", "day:0"),
        # two days off, before the one day off ("the day before yesterday" is no "yesterday")
        (r"the\s+day\s+before\s+yesterday", "day:-2"),
        (r"the\s+day\s+after\s+tomorrow", "day:2"),
        # "last night" as "gisteravond", "hier soir", "gestern Abend": the evening before
        (r"yesterday|last\s+night", "day:-1"),
        (r"tomorrow", "day:1"),
        (r"currently|at\s+present|presently|at\s+the\s+moment", "day:0"),
        (r"recently|lately", "recent"),
        (r"last\s+year|the\s+previous\s+year|the\s+past\s+year", "year:-1"),
        (r"this\s+year", "year:0"),
        (r"next\s+year", "year:1"),
        (r"last\s+month", "month:-1"),
        (r"this\s+month", "month:0"),
        (r"next\s+month", "month:1"),
        (r"(?:last|past|previous)\s+week|the\s+week\s+before", "week:-1"),
        (r"this\s+week", "week:0"),
        (r"next\s+week|the\s+coming\s+week", "week:1"),
        (r"(?:last|past|previous)\s+weekend", "weekend:-1"),
        (r"this\s+weekend", "weekend:0"),
        (r"(?:next|coming)\s+weekend", "weekend:1"),
        (rf"{_NUM}\s+years?\s+ago", "ago"),
        (rf"{_NUM}\s+months?\s+ago", "ago:month"),
        (rf"{_NUM}\s+weeks?\s+ago", "ago:week"),
        (rf"{_NUM}\s+days?\s+ago", "ago:day"),
    ),
    "nl": (
        (r"vandaag|vanmorgen|vanochtend|vanmiddag|vanavond", "day:0"),
        (r"eergisteren", "day:-2"),
        (r"overmorgen", "day:2"),
        (r"gisteren|gisteravond|gistermiddag|gisterochtend|gistermorgen", "day:-1"),
        (r"morgen(?!\s+\w+\s+[a-z])", "day:1"),
        (r"momenteel|op\s+dit\s+moment|thans|heden|tegenwoordig", "day:0"),
        (r"onlangs|recent(?:elijk)?|kortgeleden|pas\s+geleden", "recent"),
        (r"vorig\s+jaar|verleden\s+jaar|afgelopen\s+jaar", "year:-1"),
        (r"dit\s+jaar", "year:0"),
        (r"volgend\s+jaar|komend\s+jaar", "year:1"),
        (r"vorige\s+maand|afgelopen\s+maand", "month:-1"),
        (r"deze\s+maand", "month:0"),
        (r"volgende\s+maand", "month:1"),
        (r"(?:vorige|afgelopen)\s+week", "week:-1"),
        (r"deze\s+week", "week:0"),
        (r"(?:volgende|komende)\s+week", "week:1"),
        (r"(?:vorig|afgelopen|verleden)\s+weekend", "weekend:-1"),
        (r"dit\s+weekend", "weekend:0"),
        (r"(?:volgend|komend)\s+weekend", "weekend:1"),
        (rf"{_NUM}\s+jaar\s+geleden", "ago"),
        (rf"{_NUM}\s+maand(?:en)?\s+geleden", "ago:month"),
        (rf"{_NUM}\s+(?:weken|week)\s+geleden", "ago:week"),
        (rf"{_NUM}\s+dag(?:en)?\s+geleden", "ago:day"),
    ),
    "fr": (
        (r"aujourd['’]hui|ce\s+matin|ce\s+soir|cet\s+après-midi", "day:0"),
        (r"avant-hier", "day:-2"),
        (r"après-demain", "day:2"),
        (r"hier", "day:-1"),
        (r"demain", "day:1"),
        (r"actuellement|à\s+l['’]heure\s+actuelle|en\s+ce\s+moment", "day:0"),
        (r"récemment|dernièrement", "recent"),
        (r"l['’]an(?:née)?\s+(?:dernier|dernière|passé|passée)", "year:-1"),
        (r"cette\s+année", "year:0"),
        (r"l['’]an(?:née)?\s+prochaine?", "year:1"),
        (r"le\s+mois\s+(?:dernier|passé)", "month:-1"),
        (r"ce\s+mois-ci", "month:0"),
        (r"le\s+mois\s+prochain", "month:1"),
        (r"la\s+semaine\s+(?:dernière|passée)", "week:-1"),
        (r"cette\s+semaine", "week:0"),
        (r"la\s+semaine\s+prochaine", "week:1"),
        (r"le\s+week-?end\s+(?:dernier|passé)", "weekend:-1"),
        (r"ce\s+week-?end", "weekend:0"),
        (r"le\s+week-?end\s+prochain", "weekend:1"),
        (rf"il\s+y\s+a\s+{_NUM}\s+ans", "ago"),
        (rf"il\s+y\s+a\s+{_NUM}\s+mois", "ago:month"),
        (rf"il\s+y\s+a\s+{_NUM}\s+semaines?", "ago:week"),
        (rf"il\s+y\s+a\s+{_NUM}\s+jours", "ago:day"),
    ),
    "de": (
        (r"heute|heute\s+(?:Morgen|Abend|Nachmittag)", "day:0"),
        (r"vorgestern", "day:-2"),
        (r"übermorgen", "day:2"),
        (r"gestern|gestrigen", "day:-1"),
        (r"(?-i:morgen)", "day:1"),
        (r"derzeit|zurzeit|zur\s+Zeit|gegenwärtig|momentan", "day:0"),
        (r"kürzlich|unlängst|vor\s+kurzem|neulich|jüngst", "recent"),
        (
            r"(?:im\s+)?(?:letzten|vergangenen|vorigen)\s+Jahr(?:es)?|letztes\s+Jahr|"
            r"vergangenes\s+Jahr",
            "year:-1",
        ),
        (r"(?:in\s+)?diese[ms]?\s+Jahr(?:es)?|diesen\s+Jahres", "year:0"),
        (r"(?:im\s+)?(?:nächsten|kommenden)\s+Jahr|nächstes\s+Jahr", "year:1"),
        (r"(?:im\s+)?(?:letzten|vergangenen|vorigen)\s+Monat", "month:-1"),
        (r"(?:in\s+)?diese[mn]\s+Monat", "month:0"),
        (r"(?:im\s+)?(?:nächsten|kommenden)\s+Monat", "month:1"),
        (
            r"(?:letzte|vergangene|vorige)\s+Woche|(?:in\s+der\s+)?(?:letzten|vergangenen)\s+Woche",
            "week:-1",
        ),
        (r"(?:diese|in\s+dieser)\s+Woche", "week:0"),
        (r"(?:nächste|kommende)\s+Woche|(?:in\s+der\s+)?(?:nächsten|kommenden)\s+Woche", "week:1"),
        (
            r"(?:am\s+)?(?:vergangenen|letzten|vorigen)\s+Wochenende|"
            r"(?:letztes|vergangenes)\s+Wochenende",
            "weekend:-1",
        ),
        (r"(?:an\s+)?diesem\s+Wochenende|dieses\s+Wochenende", "weekend:0"),
        (
            r"(?:am\s+)?(?:kommenden|nächsten)\s+Wochenende|(?:nächstes|kommendes)\s+Wochenende",
            "weekend:1",
        ),
        (rf"vor\s+{_NUM}\s+Jahren", "ago"),
        (rf"vor\s+{_NUM}\s+Monat(?:en)?", "ago:month"),
        (rf"vor\s+{_NUM}\s+Wochen?", "ago:week"),
        (rf"vor\s+{_NUM}\s+Tag(?:en)?", "ago:day"),
    ),
}


def _compile_relative(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex per language; the name of the alternative that matched gives the kind."""
    parts: list[str] = []
    kinds: dict[str, str] = {}
    for i, (pattern, kind) in enumerate(_RELATIVE[lang]):
        name = f"r{i}"
        kinds[name] = kind
        parts.append(f"(?P<{name}>{pattern.replace('(?P<n>', f'(?P<n{i}>')})")
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts)})(?![\w])", _I), kinds


_RELATIVE_RX: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    lang: _compile_relative(lang) for lang in _RELATIVE
}
# The same for the lower-cased text (about twice faster); "(?-i:morgen)" becomes "morgen" and
# a match of it is kept only where the text writes it in lower case.
_RELATIVE_LOW: dict[str, re.Pattern[str]] = {
    lang: re.compile(lower_pattern(rx.pattern)) for lang, (rx, _) in _RELATIVE_RX.items()
}
# Every match of a language's relative expressions in the lower-cased text holds one of these
# (a quick scan for them spares the slow one in most windows).
_RELATIVE_PART: dict[str, re.Pattern[str]] = {
    lang: re.compile(part)
    for lang, part in (
        (
            "en",
            r"today|morning|afternoon|evening|tonight|night|yesterday|tomorrow|currently|"
            r"present|moment|recently|lately|year|month|week|ago",
        ),
        (
            "nl",
            r"vandaag|vanochtend|vanmiddag|vanavond|gister|morgen|moment|thans|heden|"
            r"tegenwoordig|onlangs|recent|geleden|jaar|maand|week",
        ),
        (
            "fr",
            r"aujourd|matin|soir|midi|hier|demain|actuel|moment|récemment|dernièrement|"
            r"l['’]an|année|mois|semaine|week|il\s+y\s+a",
        ),
        (
            "de",
            r"heute|gestern|gestrig|morgen|zeit|gegenwärtig|momentan|kürzlich|unlängst|kurzem|neulich|"
            r"jüngst|jahr|monat|woche|tag",
        ),
    )
}
_CASED_GROUPS: dict[str, frozenset[str]] = {
    lang: frozenset(f"r{i}" for i, (pattern, _) in enumerate(_RELATIVE[lang]) if "(?-i:" in pattern)
    for lang in _RELATIVE
}

# Words that can start or anchor a date expression: a window around each is searched, with
# only the patterns its anchors can start (a bit mask per window).
_MONTH_BIT, _WEEKDAY_BIT, _YEAR_BIT, _RELATIVE_BIT = 1, 2, 4, 8
_MONTH_KEYS: Final = frozenset(MONTHS)
_WEEKDAY_KEYS: Final = frozenset(WEEKDAYS)
_RELATIVE_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(
        w.casefold()
        for pattern, _ in _RELATIVE[lang]
        for w in re.findall(r"[^\W\d_]{3,}", pattern)
        if w not in {"this", "the", "next", "last", "past", "previous", "moment", "een", "end"}
    )
    | frozenset({"ago", "geleden", "ans", "jahren", "mois", "semaine", "semaines", "jours"})
    for lang in _RELATIVE
}
# A year-like number: four digits, 1800-2099, not inside a longer number. The check of the
# digit before comes after the first digit, so that re skips quickly to a "1" or a "2".
_YEARISH: Final = re.compile(r"(?:1[89]|20)\d\d(?<!\d\d\d\d\d)(?!\d)")
_MARGIN = 48


def _bit_of(word: str) -> int:
    if word in _MONTH_KEYS:
        return _MONTH_BIT
    if word in _WEEKDAY_KEYS:
        return _WEEKDAY_BIT
    return _RELATIVE_BIT


def _windows(
    text: str, language: str, idx: DocIndex, years: list[int]
) -> list[tuple[int, int, int]]:
    """Merged spans of text around every year-like number and date word, with anchor bits.

    years (list[int]): where the year-like numbers of the text (`_YEARISH`) start.
    The date words are found through the document's index of words (`_clauses_scan`).
    """
    hits: list[tuple[int, int, int]] = [(p, p + 4, _YEAR_BIT) for p in years]
    words: list[tuple[int, int, int]] = []
    known = _KNOWN.get(language)
    if known is None:
        known = _KNOWN[language] = _known(language)
    for word in idx.words & known:
        n = len(word)
        bit = _KNOWN_BITS[word]
        words.extend((i, i + n, bit) for i in idx.word_starts(word))
    if words:
        hits.extend(words)
        hits.sort()
    spans: list[tuple[int, int, int]] = []
    n = len(text)
    for start, end, bit in hits:
        lo, hi = max(0, start - _MARGIN), min(n, end + _MARGIN)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi, spans[-1][2] | bit)
        else:
            spans.append((lo, hi, bit))
    return spans


def _known(language: str) -> frozenset[bytes]:
    """The date words a document in `language` may anchor on (Latin-1)."""
    words = _MONTH_KEYS | _WEEKDAY_KEYS | _RELATIVE_WORDS["en"]
    words |= _RELATIVE_WORDS.get(language, frozenset())
    return frozenset(w.encode("latin-1") for w in words)


_KNOWN: dict[str, frozenset[bytes]] = {lang: _known(lang) for lang in ("en", "nl", "fr", "de")}
_KNOWN_BITS: dict[bytes, int] = {
    w.encode("latin-1"): _bit_of(w)
    for w in _MONTH_KEYS | _WEEKDAY_KEYS | frozenset().union(*_RELATIVE_WORDS.values())
}


# A bare year followed by one of these counts things, it is not a date ("2000 inhabitants").
_COUNT_NOUNS: Final = re.compile(
    r"\s*(?:[a-zäöüéèàç]+\s+)?(?:inhabitants?|people|persons?|residents?|students?|"
    r"companies|firms|employees|jobs|workers|members|visitors|tons?|tonnes?|km|km2|m2|"
    r"hectares?|ha|euros?|eur|dollars?|usd|yuan|rmb|inwoners|mensen|bedrijven|studenten|"
    r"werknemers|banen|habitants|personnes|entreprises|étudiants|emplois|salariés|"
    r"Einwohner|Menschen|Unternehmen|Firmen|Studierende|Studenten|Beschäftigte|Mitarbeiter|"
    r"Arbeitsplätze|Tonnen|%|percent|procent|pour\s*cent|Prozent)\b",
    _I,
)
_COUNT_NOUNS_LOW: Final = re.compile(lower_pattern(_COUNT_NOUNS.pattern))
_PAST_RX: Final = re.compile(_PAST, _I)
_FUTURE_RX: Final = re.compile(_FUTURE, _I)


# --------------------------------------------------------------------------- candidates


# (first day, its month word, last day, its month word, weekday written with the day)
_Yearless = tuple[int, str, int | None, str | None, int | None]


class _Found:
    """A date expression found, before overlaps are settled. (A plain class: compiled, it is
    built much faster than a frozen dataclass; it is not changed once made.)"""

    __slots__ = ("start", "end", "value", "relative", "end_value", "priority", "yearless")

    def __init__(
        self,
        start: int,
        end: int,
        value: PartialDate | None,
        relative: bool,
        end_value: PartialDate | None,
        priority: int,
        yearless: _Yearless | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.relative = relative
        self.end_value = end_value
        self.priority = priority
        # a day and month without a year or a relative word, with no document date to place
        # them: (first day, its month word, last day, its month word, the weekday written
        # with it), placed by `_years_from_context`
        self.yearless = yearless


@functools.lru_cache(maxsize=4096)
def _month_entry(word: str, language: str) -> tuple[str, int, str] | None:
    """(language, month, canonical name) of a month word, preferring the document's language."""
    key = word.rstrip(".").casefold()
    entries = MONTHS.get(key)
    if not entries:
        return None
    if key in CASED_ONLY and not word[:1].isupper():
        return None
    for entry in entries:
        if entry[0] == language:
            return entry
    return entries[0]


def _day_month_year(day: int, word: str, year: int, language: str) -> PartialDate | None:
    entry = _month_entry(word, language)
    if entry is None:
        return None
    return _make(year, entry[1], day)


def _month_year(word: str, year: int, language: str) -> PartialDate | None:
    entry = _month_entry(word, language)
    if entry is None:
        return None
    return _make(year, entry[1])


def _numeric(year: int, month: int, day: int) -> PartialDate | None:
    return _make(year, month, day)


# The tense of a clause, for a month, a day or a weekday written without its year or week
# ("in October", "le 12 février", "on Tuesday"): told in the future, it is the next such one
# from the page's date; told in the past, the last one up to it.
_TOLD_FUTURE: dict[str, str] = {
    # "will" before a verb, not the noun ("the political will to cooperate")
    "en": r"(?<!the\s)(?<!their\s)(?<!its\s)(?<!our\s)(?<!good\s)(?<!political\s)"
    r"(?<!strong\s)(?<!free\s)(?<!own\s)(?<!public\s)will(?!\s+(?:to|of|and|or|for)\s)(?=\s+[a-z])|"
    r"shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|slated|expected|going)\s+to|"
    r"to\s+be\s+[a-z]{2,}ed",
    "nl": r"zal|zullen|zult|staat\s+gepland|staan\s+gepland",
    "de": r"wird|werden|soll|sollen|wollen|will",
    # the French simple future: "signera", "se rendront", "recevrons", "sera", "aura" (the
    # regular endings "-era", "-ira" are `_FR_FUTURE_ENDING`, read on the written case)
    "fr": r"va|vont|devra|devront|"
    r"(?:vien|revien|devien|ren|tien|obtien|pren|compren|atten|répon)dr(?:a|ont|ons)|"
    r"(?:rece|poursui|sui)vr(?:a|ont|ons)|(?:pour|ver|enver|cour)r(?:a|ont|ons)|"
    r"sera|seront|serons|aura|auront|fera|feront|ira|iront",
}
_TOLD_PAST: dict[str, str] = {
    # a finite verb of an event in the past, not a participle after "be" ("to be signed",
    # "is expected"), nor one used as an adjective ("the refurbished library")
    "en": r"was|were|had|did|came|went|met|took|spent|held|led|made|gave|began|saw|left|"
    r"(?<!be\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)(?:signed|visited|travelled|"
    r"traveled|arrived|hosted|welcomed|received|concluded|agreed|opened|attended|launched|"
    r"renewed|returned|toured|joined|celebrated|marked|lapsed|ended|started|completed|"
    r"organised|organized|inaugurated|discussed|presented|announced|approved|decided|"
    r"established|formalised|formalized|visited|stayed|hosted|paid|sent|flew)|"
    r"(?:has|have)\s+(?:(?!been\s)[^\W\d_.,;:]+\s+){0,3}?"
    r"(?:(?!(?:invited|asked|scheduled|planned|expected)(?![\w'’-]))[a-z]{2,}ed|"
    r"been(?!\s+(?:invited|asked|scheduled|planned|expected|set|due)))",
    "nl": r"was|waren|werd|werden|had|hadden|kwam|kwamen|bracht|brachten|bezocht|bezochten|"
    r"ontving|ontvingen|reisde|reisden|tekende|tekenden|ondertekende|ondertekenden|leidde|"
    r"leidden|sloot|sloten|vond|vonden|ging|gingen|"
    r"(?:heeft|hebben|is|zijn)\s+(?:[^\W\d_.,;:]+\s+){0,6}?(?:(?!gepland)ge[^\W\d_]{2,}(?:t|d|en)|ondertekend|bezocht|ontvangen|verlengd|"
    r"vernieuwd|bekrachtigd|ontmoet|besloten|afgesloten|overhandigd)",
    "de": r"war|waren|wurde|wurden|hatte|hatten|kam|kamen|reiste|reisten|besuchte|besuchten|"
    r"unterzeichnete|unterzeichneten|unterschrieb|unterschrieben|traf|trafen|empfing|"
    r"empfingen|fand|fanden|[^\W\d_]{3,}ierten?|"
    r"(?:hat|haben|ist|sind)\s+(?:[^\W\d_.,;:]+\s+){0,6}?(?:(?!geplant)ge[^\W\d_]{2,}(?:t|en)|unterzeichnet|unterschrieben|"
    r"besucht|vereinbart|beschlossen|empfangen|eröffnet|verlängert|erneuert|bekräftigt|"
    r"begrüßt|überreicht|besiegelt)",
    # a perfect: its auxiliary, then its participle ("a signé", "ont été reçus", "est arrivée")
    "fr": r"était|étaient|avait|avaient|(?:a|ont|est|sont|s['’]est)\s+"
    r"(?:(?:déjà|bien|également|aussi|été|ensuite|alors|finalement|officiellement)\s+){0,2}"
    r"(?!(?:prévu|attendu|situé|invité|appelé|chargé|destiné|programmé|envisagé|convié)[a-zé]*(?![\w-]))"
    r"[^\W\d_]{2,}(?:é|ée|és|ées|i|is|it|u|us|ue|ues)",
}


def _told(parts: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(rf"(?<![\w'’-])(?:{part})(?![\w'’-])") for lang, part in parts.items()}


_FUTURE_TOLD: Final = _told(_TOLD_FUTURE)
_PAST_TOLD: Final = _told(_TOLD_PAST)
# A French verb in the simple future by its regular ending ("signera", "se rendront"), on a
# word written in lower case: a name ending the same way ("Madeira", "Riviera") is no verb.
_FR_FUTURE_ENDING: Final = re.compile(
    r"(?<![\w'’-])(?-i:[a-zà-ÿ])[^\W\d_]+(?:era|eront|erons|ira|iront|irons)(?![\w'’-])"
)
# Two clauses joined by "and" ("arrived on Tuesday, and ... will sign on Friday", "traf am
# Dienstag ein und wird am Freitag ..."): each has its own tense.
_COORDINATION: Final = {
    lang: re.compile(rf"(?:,\s*|\s)(?:{word})\s", re.IGNORECASE)
    for lang, word in (("en", "and"), ("nl", "en"), ("de", "und"), ("fr", "et"))
}
_CLAUSE_EDGE: Final = re.compile(
    r"[.!?;:]\s|\n|"
    # a clause of its own before the date: "..., dat in september van start gaat", "..., to
    # be signed when a delegation visits Antwerp in September", "..., qui se rendra à Wuhan"
    r",\s*(?:to\s+be\s+[a-z]+\s+)?(?=(?:dat|die|which|that|who|when|once|qui|que|où|lorsque|"
    r"quand|der|das|wo|wenn|als|waar|wanneer|toen)\s)"
)
# after the date, a clause of its own ends its sentence, but for one that tells what happened
# on that day ("in October, when the two councils signed ...")
_CLAUSE_END: Final = re.compile(
    r"[.!?;:]\s|\n|,\s*(?=(?:dat|die|which|that|who|qui|que|der|das|waar)\s)"
)
_CLAUSE_REACH = 200


def clause_tense(text: str, start: int, end: int, language: str) -> int:
    """+1 when the sentence around `text[start:end]` is told in the future ("will sign on
    Friday", "se rendra en octobre", "wird am Montag ... unterzeichnen", "zal in maart"), -1
    when in the past ("signed on Tuesday", "a signé le 12 février", "unterzeichneten am
    Dienstag", "bezocht in oktober"), 0 when it tells neither or both. The sentence is read
    back and forth to its ends (a full stop, a semicolon, a line break), at most
    `_CLAUSE_REACH` characters each way."""
    lo = max(0, start - _CLAUSE_REACH)
    head = text[lo:start]
    cuts = [c.end() for c in _CLAUSE_EDGE.finditer(head)]
    if cuts:
        lo += cuts[-1]
    tail = text[end : end + _CLAUSE_REACH]
    nxt = _CLAUSE_END.search(tail)
    hi = end + (nxt.start() if nxt is not None else len(tail))
    if text[end - 1 : end] in ".!?;:":
        hi = end  # the date's own text ends its sentence ("on 26 September.")
    tense = _tense(text[lo:hi], language)
    if tense is None:
        # past and future both: read the part of the clause between the "and"s around the
        # date ("arrived on Tuesday, and the mayor will sign on Friday")
        lang = language if language in _COORDINATION else "en"
        joins = list(_COORDINATION[lang].finditer(text, lo, hi))
        if joins:
            part_lo = max((j.end() for j in joins if j.end() <= start), default=lo)
            part_hi = min((j.start() for j in joins if j.start() >= end), default=hi)
            tense = _tense(text[part_lo:part_hi], language)
    return tense or 0


def _tense(raw: str, language: str) -> int | None:
    """+1 future, -1 past, 0 neither, None both (see `clause_tense`)."""
    clause = raw.casefold()
    lang = language if language in _FUTURE_TOLD else "en"
    future = _FUTURE_TOLD[lang].search(clause) is not None or (
        lang == "fr" and _FR_FUTURE_ENDING.search(raw) is not None
    )
    past = _PAST_TOLD[lang].search(clause) is not None
    if future and past:
        return None
    if future == past:
        return 0
    return 1 if future else -1


def _direction(rel: str | None) -> int:
    """-1 for "last/dernier", +1 for "next/prochain", 0 when unmarked."""
    if not rel:
        return 0
    if _PAST_RX.fullmatch(rel):
        return -1
    if _FUTURE_RX.fullmatch(rel):
        return 1
    return 0


def _resolve_day_month(
    day: int | None,
    word: str,
    rel: str | None,
    language: str,
    ref: date | None,
    tense: Callable[[], int] = int,
) -> PartialDate | None:
    """A day and month (or a month) without a year, placed relative to the document date:
    by its "last" or "next", else by the tense of its sentence (`tense`, asked only then: the
    last such day or month up to the document date for a past, the next one from it for a
    future), else in the document's year."""
    if ref is None:
        return None
    direction = _direction(rel)
    year = ref.year

    def build(y: int) -> PartialDate | None:
        if day is None:
            return _month_year(word, y, language)
        return _day_month_year(day, word, y, language)

    value = build(year)
    if value is None:
        return None
    ref_pd = PartialDate.from_date(ref)
    if direction == 0:
        told = tense()
        if told < 0 and _long_before(ref_pd, value.to_date()) and _after(value, ref_pd):
            return build(year - 1)
        if told > 0 and _long_before(value, ref):
            return build(year + 1)
        return value
    if direction < 0 and _after(value, ref_pd):
        value = build(year - 1)
    elif direction > 0 and not _after(value, ref_pd):
        value = build(year + 1)
    return value


def _long_before(a: PartialDate, ref: date) -> bool:
    """True when the month or day `a` lies more than a month before `ref`: a page may be
    issued some weeks after it was written, so a month or day just gone, told in the future,
    is still the one of its year ("Le jumelage sera signé début mai" on a page of 3 June);
    read the other way round, a day just to come told in a sentence that also tells a past
    ("kwam op 18 maart aan en bezoekt op 22 maart Bergen" on a page of 20 March) is too."""
    if a.month is None:
        return a.year < ref.year
    if a.day is None:
        return (ref.year * 12 + ref.month) - (a.year * 12 + a.month) >= 2
    return (ref - a.to_date()).days > 31


def _after(a: PartialDate, ref: PartialDate) -> bool:
    """True when `a` lies after `ref` at `a`'s precision."""
    if a.month is None:
        return a.year > ref.year
    if a.day is None:
        return (a.year, a.month) > (ref.year, ref.month or 0)
    return a.to_date() > ref.to_date()


def _weekday(
    wd: str, prefix: str, rel: str | None, ref: date | None, tense: Callable[[], int] = int
) -> PartialDate | None:
    """A weekday told from the document date: "last"/"next" say which; "this" is the one of
    the coming days (the last one up to the date in a sentence told in the past); unmarked,
    the next one in a sentence told in the future (`tense`), else the last one up to the
    date."""
    if ref is None:
        return None
    target = WEEKDAYS[wd.casefold()]
    words = prefix.casefold().split()
    direction = _direction(rel) or _direction(words[0] if words else None)
    if words and words[-1] in {"this", "deze", "diesen", "diesem", "ce"}:
        direction = 2
    back = (ref.weekday() - target) % 7
    if direction == 0 and tense() > 0:
        direction = 1
    elif direction == 2 and tense() < 0:
        direction = 0
    if direction < 0:
        delta = -(back or 7)
    elif direction == 1:
        delta = (target - ref.weekday()) % 7 or 7
    elif direction == 2:
        delta = (target - ref.weekday()) % 7
    else:
        delta = -back
    return PartialDate.from_date(ref + timedelta(days=delta))


def _year(text: str) -> int:
    return int(text)


def _handle(
    name: str,
    m: re.Match[str],
    language: str,
    ref: date | None,
    text: str,
    priority: int,
    idx: DocIndex,
    month_first: Callable[[], bool] = bool,
) -> _Found | None:
    """The date a match of pattern `name` means; groups are read from the original `text`.

    month_first: whether the document writes slashed dates month/day/year (see
        `_slash_month_first`), asked only for a slashed date both orders can read.
    """
    if name == "year":  # the most frequent by far: "In 2021", "(2020)"
        end = m.end()
        if idx.caseless:
            if _COUNT_NOUNS_LOW.match(idx.low, end):
                return None
        elif _COUNT_NOUNS.match(text, end):
            return None
        return _Found(m.start(), end, _make(int(m.group("y"))), False, None, priority)
    # like m.groupdict(): a group that did not take part is None
    g: dict[str, Any] = {
        k: (text[m.start(k) : m.end(k)] if m.start(k) >= 0 else None) for k in m.re.groupindex
    }
    start, end = m.span()
    value: PartialDate | None = None
    end_value: PartialDate | None = None
    relative = False
    told: list[int] = []

    def tense() -> int:
        # the tense of the date's sentence, read once and only when asked
        if not told:
            told.append(clause_tense(text, start, end, language))
        return told[0]

    yearless: _Yearless | None = None
    if name in ("dmy_range", "mdy_range", "dm_dm_range"):
        d1, d2 = int(g["d"]), int(g["d2"])
        m1 = g["m"]
        m2 = g.get("m2") or m1
        if g["y"]:
            y = _year(g["y"])
            value = _day_month_year(d1, m1, y, language)
            end_value = _day_month_year(d2, m2, y, language)
        else:
            relative = True
            value = _resolve_day_month(d1, m1, g.get("rel"), language, ref, tense)
            end_value = _resolve_day_month(d2, m2, g.get("rel"), language, ref, tense)
            if ref is None and not g.get("rel"):
                yearless = (d1, m1, d2, m2, None)
        if value is None and not relative:
            return None
        if value is not None and end_value is not None and end_value < value:
            if m2 is m1:
                return None
            end_value = end_value.add_months(12) if end_value.month else end_value
    elif name in ("dmy", "mdy"):
        if _month_entry(g["m"], language) is None:
            return None
        d = int(g["d"])
        if g["y"]:
            value = _day_month_year(d, g["m"], _year(g["y"]), language)
            if value is None:
                return None
        else:
            if name == "mdy" and not g["wd"] and g["m"][:1].islower():
                return None
            relative = True
            value = _resolve_day_month(d, g["m"], g.get("rel"), language, ref, tense)
            if ref is None and not g.get("rel"):
                wd = g.get("wd")
                yearless = (d, g["m"], None, None, WEEKDAYS[wd.casefold()] if wd else None)
    elif name == "my":
        value = _month_year(g["m"], _year(g["y"]), language)
        if value is None:
            return None
    elif name == "m_rel":
        word = g["m"] or g["m2"] or g["m3"] or g["m4"]
        rel = g["rel"] or g["rel2"]
        if _month_entry(word, language) is None:
            return None
        relative = True
        value = _resolve_day_month(None, word, rel, language, ref, tense)
    elif name == "iso":
        value = _numeric(_year(g["y"]), int(g["mo"]), int(g["d"]))
        if value is None:
            return None
    elif name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        y = _year(g["y"])
        if a > 12 or (b <= 12 and not (g["sep"] == "/" and month_first())):
            value = _numeric(y, b, a)
        else:
            value = _numeric(y, a, b)
        if value is None:
            return None
    elif name == "cjk":
        if g["d"]:
            value = _numeric(_year(g["y"]), int(g["mo"]), int(g["d"]))
        else:
            value = _make(_year(g["y"]), int(g["mo"]))
        if value is None:
            return None
    elif name == "year_range":
        y1 = _year(g["y"])
        raw2 = g["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        sep = g["sep"].strip().casefold()
        if not (y1 < y2 <= y1 + 100):
            return None
        if sep in {"and", "en", "et", "und"} and not g["pre"]:
            return None
        if sep in {"à", "au", "en", "de"} and not g["pre"]:
            return None
        value, end_value = PartialDate(y1), PartialDate(y2)
    elif name == "year":
        if _COUNT_NOUNS.match(text, end):
            return None
        value = PartialDate(_year(g["y"]))
    elif name == "weekday":
        prefix = text[start : m.start("wd")]
        wd = g["wd"]
        if wd.casefold() in _EN_WEEKDAYS and not wd[:1].isupper():
            # English writes its weekdays with a capital; the words of the other languages
            # count in lower case also in a text read as English ("dinsdagmiddag")
            return None
        relative = True
        value = _weekday(wd, prefix, g.get("rel"), ref, tense)
    else:  # pragma: no cover - every pattern has a branch
        return None
    return _Found(start, end, value, relative, end_value, priority, yearless)


_EN_WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _relative_value(kind: str, m: re.Match[str] | None, ref: date | None) -> PartialDate | None:
    if ref is None:
        return None
    if kind.startswith("weekend"):
        return PartialDate.from_date(_saturday(int(kind.split(":")[1]), ref))
    if kind.startswith("week"):
        # a week is written as its month when all its days fall in one month, else not at all
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=int(kind.split(":")[1]))
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) != (sunday.year, sunday.month):
            return None
        return PartialDate(monday.year, monday.month)
    if kind == "recent":
        return PartialDate(ref.year)
    if kind.startswith("ago:"):
        # "two months ago", "il y a un mois", "vor drei Wochen", "vijf dagen geleden": counted
        # back from the page's date; a week is told to its month, a day to the day
        if m is None:
            return None
        raw = next(v for k, v in m.groupdict().items() if k.startswith("n") and v).casefold()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = kind[4:]
        if unit == "month":
            return PartialDate(ref.year, ref.month).add_months(-n)
        back = ref - timedelta(days=7 * n if unit == "week" else n)
        if unit == "week":
            return PartialDate(back.year, back.month)
        return PartialDate.from_date(back)
    if kind == "ago":
        if m is None:
            return None
        raw = next(v for k, v in m.groupdict().items() if k.startswith("n") and v).casefold()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        return PartialDate(ref.year - n) if ref.year - n >= 1 else None
    unit, _, offset = kind.partition(":")
    k = int(offset)
    if unit == "day":
        return PartialDate.from_date(ref + timedelta(days=k))
    if unit == "month":
        return PartialDate(ref.year, ref.month).add_months(k)
    return PartialDate(ref.year + k)


def relative_kind(text: str, language: str) -> str | None:
    """The kind of relative expression that the whole of `text` is, read as this extractor
    reads a document in `language` (its own expressions, then English ones): "day:-1" for
    "yesterday", "gisteren", "hier"; "week:0" for "this week", "cette semaine"; "weekend:-1"
    for "am vergangenen Wochenende"; "year:1", "month:-1", "recent", "ago". None for any other
    text (a weekday, a month, a date)."""
    langs = [language] if language == "en" or language not in _RELATIVE else [language, "en"]
    for lang in langs:
        rx, kinds = _RELATIVE_RX[lang]
        m = rx.fullmatch(text.strip())
        if m is not None:
            return kinds[m.lastgroup or ""] if m.lastgroup in kinds else _kind_of(m, kinds)
    return None


def relative_date(kind: str, ref: date) -> PartialDate | None:
    """The date a relative expression of `kind` (see `relative_kind`; not "ago") means when
    told on `ref`: a week is its month when all its days fall in one month, else None; a
    weekend is its Saturday."""
    return _relative_value(kind, None, ref)


def _saturday(offset: int, ref: date) -> date:
    """The Saturday of a weekend told from `ref`: the last one over before it (-1), the one
    of its week (0), the first one after it (1)."""
    if offset < 0:
        return ref - timedelta(days=(ref.weekday() - 5) % 7 + (7 if ref.weekday() >= 5 else 0))
    if offset == 0:
        return ref + timedelta(days=5 - ref.weekday())
    return ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)


# A character without which a pattern cannot match.
_NEEDS_CHAR = {"cjk": "年"}
# A part of a pattern that every match holds, searched for first in a window where the whole
# pattern seldom matches: a quick scan (it starts with a digit or a month's first letter, which
# the regex engine skips to; the pattern opens with a look-behind tried everywhere) spares the
# slow one.
_NEEDS_PART: dict[str, re.Pattern[str]] = {
    name: re.compile(lower_pattern(part))
    for name, part in (
        ("numeric", rf"\d[./-]\d{{1,2}}[./-]{_YEAR}"),
        ("iso", rf"{_YEAR}[./-]\d"),
        (
            "year_range",
            rf"{_YEAR}(?:\s*(?:-|–|—)\s*|\s+(?:to|until|till|through|and|tot|en|à|au|et|"
            rf"bis|und)\s+)\d\d",
        ),
        ("mdy_range", rf"{_DAY_FIRST}(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*{_DAY}"),
        # a day, then its month ("24 September", "3. Mai", "the 5th of May")
        ("dmy", rf"{_DAY_FIRST}{_ORD}\s+(?:of\s+|de\s+)?{_MONTH}"),
        # a month, then its day ("September 24")
        ("mdy", rf"{_MONTH}\s+{_DAY_FIRST}"),
        # two days ("24-26", "3. bis 5.") and a month before the second ("September - 2")
        ("dmy_range", rf"{_DAY_FIRST}{_ORD}{_RANGE_SEP}(?:the\s+)?{_DAY}"),
        ("dm_dm_range", rf"{_MONTH}{_RANGE_SEP}(?:the\s+)?{_DAY}"),
        # a month, then its year ("September 2006", "sept. 2013", "September of 2006")
        ("my", rf"{_MONTH}\s*(?:of\s+|,\s*)?{_YEAR}"),
    )
}
# Patterns whose every match holds a day and then its month (the part of "dmy"): that part,
# quick to miss, is searched once per window for all three before their own parts.
_DAY_MONTH_NAMES: Final = frozenset({"dmy_range", "dm_dm_range", "dmy"})
# A window bit besides the anchors: the window holds an ASCII digit (every day and year of a
# pattern starts with one; a window around a year-like number holds one).
_DIGIT_BIT = 16
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
# Bits a pattern needs all of, besides one of its `needs`: a digit for a day or a year, and
# for "my" a year too (which `_YEARISH` finds inside the same window: a month word or a space
# stands before it, no digit).
_REQUIRES = {
    **{p.name: _DIGIT_BIT for p in _PATTERNS if p.name not in ("m_rel", "weekday")},
    "my": _MONTH_BIT | _YEAR_BIT | _DIGIT_BIT,
}
# The patterns (with their priority) a window with these bits needs.
# A month alone ("in May", "en septembre") is looked for in every window with a month, where a
# full date was seldom found: tried only at the words that can start one (`WordScan`: the same
# matches as `finditer` on the lower-cased text; its words are found once per document). The
# other patterns match in most of their windows, where the scan would cost more than it saves.
_SCANS: dict[str, WordScan] = {
    p.name: scan for p in _PATTERNS if p.name == "m_rel" and (scan := WordScan(p.low)).ok
}
_BY_BITS: tuple[tuple[tuple[int, _Pattern], ...], ...] = tuple(
    tuple(
        (i, p)
        for i, p in enumerate(_PATTERNS)
        if bits & p.needs and bits & _REQUIRES.get(p.name, 0) == _REQUIRES.get(p.name, 0)
    )
    for bits in range(32)
)


# Countries that write a slashed date month/day/year: the United States and its territories,
# the Philippines and the states in free association with the US.
_MONTH_FIRST_COUNTRIES: Final = frozenset("US PH FM MH PW AS GU MP PR VI UM".split())
_SLASH_DATE: Final = re.compile(rf"{_NB}(\d{{1,2}})/(\d{{1,2}})/{_YEAR}{_NA}")
# English dates written out month first ("September 24, 2013", American) or day first
# ("24 September 2013", British and most other English).
_EN_MONTH_NAMES = "|".join(sorted({e[2] for es in MONTHS.values() for e in es if e[0] == "en"}))
_EN_MDY: Final = re.compile(rf"\b(?:{_EN_MONTH_NAMES})\s+{_DAY}(?:st|nd|rd|th)?,\s*{_YEAR}\b")
_EN_DMY: Final = re.compile(
    rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTH_NAMES}),?\s+{_YEAR}\b"
)


def _slash_month_first(text: str, country: str | None, language: str = "en") -> bool:
    """True when the document writes slashed dates month/day/year ("09/24/2013").

    That is when its country writes them so, or when one of its slashed dates can only be read
    month first (a second number above 12) and none can only be read day first, or, in an
    English document of no known country whose slashed dates fit both orders, when it writes
    out more dates month first ("September 24, 2013") than day first ("24 September 2013").
    Otherwise a slashed date is day/month/year, as almost everywhere else.
    """
    if country is not None and country.upper() in _MONTH_FIRST_COUNTRIES:
        return True
    if "/" not in text:
        return False
    month_only = day_only = False
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            day_only = True
        elif b > 12 >= a:
            month_only = True
    if month_only or day_only:
        return month_only and not day_only
    if country is not None or language != "en":
        return False
    return len(_EN_MDY.findall(text)) > len(_EN_DMY.findall(text))


class _MonthFirst:
    """`_slash_month_first` of a document, worked out when first asked."""

    def __init__(self, text: str, country: str | None, language: str) -> None:
        self.text = text
        self.country = country
        self.language = language
        self.value: bool | None = None

    def __call__(self) -> bool:
        if self.value is None:
            self.value = _slash_month_first(self.text, self.country, self.language)
        return self.value


def _candidates(
    text: str, language: str, ref: date | None, idx: DocIndex, country: str | None = None
) -> list[_Found]:
    found: list[_Found] = []
    month_first = _MonthFirst(text, country, language)
    langs = [language] if language == "en" or language not in _RELATIVE else [language, "en"]
    base = len(_PATTERNS)
    low = idx.low
    years = [m.start() for m in _YEARISH.finditer(text)]
    for lo, hi, bits in _windows(text, language, idx, years):
        if bits & _YEAR_BIT or _ASCII_DIGIT.search(low, lo, hi) is not None:
            bits |= _DIGIT_BIT
        # a window of more than one line: a match may not run across every line break
        lines = low.find("\n", lo, hi) >= 0
        day_month: bool | None = None
        for priority, pattern in _BY_BITS[bits]:
            need = _NEEDS_CHAR.get(pattern.name)
            if need is not None and low.find(need, lo, hi) < 0:
                continue  # "2013年9月" needs its "年"
            if pattern.name in _DAY_MONTH_NAMES:
                if day_month is None:
                    day_month = _NEEDS_PART["dmy"].search(low, lo, hi) is not None
                if not day_month:
                    continue  # "3-5 May", "30 April - 2 May", "5 May" need "5 May"
            part = _NEEDS_PART.get(pattern.name) if pattern.name != "dmy" else None
            if part is not None and part.search(low, lo, hi) is None:
                continue  # "24.09.2013" needs "4.09.2013", "2017-2019" needs "2017-20"
            scan = _SCANS.get(pattern.name)
            matches: Iterable[re.Match[str]] = (
                _year_matches(pattern.low, low, lo, hi, years)
                if pattern.name == "year"
                else pattern.low.finditer(low, lo, hi)
                if scan is None
                else scan.finditer(idx, lo, hi)
            )
            if lines:
                matches = _in_paragraphs(pattern.low, low, text, matches, hi)
            for m in matches:
                f = _handle(pattern.name, m, language, ref, text, priority, idx, month_first)
                if f is not None:
                    found.append(f)
        if not bits & _RELATIVE_BIT:
            continue
        for lang in langs:
            rx, kinds = _RELATIVE_RX[lang]
            if idx.caseless:
                if _RELATIVE_PART[lang].search(low, lo, hi) is None:
                    continue
                cased = _CASED_GROUPS[lang]
                matches = [
                    m
                    for m in _RELATIVE_LOW[lang].finditer(low, lo, hi)
                    if m.lastgroup not in cased or text[m.start() : m.end()] == m.group()
                ]
            else:
                matches = list(rx.finditer(text, lo, hi))
            if lines:
                matches = _in_paragraphs(
                    _RELATIVE_LOW[lang] if idx.caseless else rx,
                    low if idx.caseless else text,
                    text,
                    matches,
                    hi,
                )
            for m in matches:
                kind = kinds[m.lastgroup or ""] if m.lastgroup in kinds else _kind_of(m, kinds)
                if kind == "recent" and _COMPARATIVE.search(low, max(0, m.start() - 12), m.start()):
                    # "Plus récemment, un pacte a été signé en 2018", "More recently, ...":
                    # a comparative orders the events of a chronicle, it dates none
                    continue
                if kind.startswith("ago") and APPROXIMATE_BEFORE.search(
                    low, max(0, m.start() - 16), m.start()
                ):
                    # "more than twenty years ago", "bijna twintig jaar geleden": an age
                    # given as an approximation, no year ("il y a plus de vingt ans", "vor
                    # mehr als 20 Jahren" are no match of their patterns)
                    continue
                value = _relative_value(kind, m, ref)
                # a weekend is its Saturday and Sunday
                end_value = (
                    PartialDate.from_date(value.to_date() + timedelta(days=1))
                    if value is not None and kind.startswith("weekend")
                    else None
                )
                found.append(_Found(m.start(), m.end(), value, True, end_value, base))
    return found


# a comparative or superlative before a "recently" ("more recently", "most recently", "plus
# récemment", "meer recent", "meest recent"): the word orders events, it dates none
_COMPARATIVE: Final = re.compile(r"(?<![\w-])(?:more|most|plus|meer|meest)\s+\Z")


# A paragraph break: a line with nothing but white space on it.
_BLANK_LINE: Final = re.compile(r"\n[ \t\r\xa0]*\n")


def _in_paragraphs(
    rx: re.Pattern[str], subject: str, text: str, matches: Iterable[re.Match[str]], hi: int
) -> list[re.Match[str]]:
    """`matches` of `rx` in `subject` (the text or its lower-cased copy), none across a
    paragraph break, nor with a last word ("last", "dernier", "vorige") that opens the next
    line with a capital: a match that runs across one ("11 March 2025" + a blank line + "Last
    weekend ...") is searched again in the text before the break, as if the break ended the
    text, and in the text after it (up to `hi`)."""
    out: list[re.Match[str]] = []
    for m in matches:
        cut = _line_cut(m, subject, text)
        if cut is None:
            out.append(m)
            continue
        pos = m.start()
        while (part := rx.search(subject, pos, cut[0])) is not None and part.end() > pos:
            out.append(part)
            pos = part.end()
        pos = cut[1]
        while (
            (part := rx.search(subject, pos, hi)) is not None
            and part.start() < m.end()
            and part.end() > pos
        ):
            out.append(part)
            pos = part.end()
    return out


def _line_cut(m: re.Match[str], subject: str, text: str) -> tuple[int, int] | None:
    """Where a match must end and the text after it begins, when it runs across a line break
    it may not run across (see `_in_paragraphs`), else None."""
    start, end = m.span()
    nl = subject.find("\n", start, end)
    if nl < 0:
        return None
    brk = _BLANK_LINE.search(subject, nl, end)
    if brk is not None:
        return brk.start(), brk.end()
    rel = m.re.groupindex.get("rel")
    if rel is not None and (r := m.start(rel)) >= 0 and text[r].isupper():
        last = subject.rfind("\n", start, r)
        if last >= 0:
            return last, r
    return None


# The words a match of the "year" pattern may write before its year: its optional parts
# (`_PRE`, `_QUAL`, `_YEAR_PRE`) hold at most 9 ("in the very first half of the year 2019").
_YEAR_PREFIX_WORDS = 10


def _year_prefix_start(low: str, p: int, floor: int) -> int:
    """The earliest offset, not before `floor`, at which a match of the "year" pattern whose
    year starts at `p` can start: its words before the year are letters, spaces, "'" and
    "-", and there are no more than `_YEAR_PREFIX_WORDS` of them."""
    i = p
    words = 0
    while i > floor:
        c = low[i - 1]
        if c.isspace():
            if i < p and not low[i].isspace():
                words += 1  # a word starts at i
                if words > _YEAR_PREFIX_WORDS:
                    break
        elif not (c.isalpha() or c == "'" or c == "-"):
            break
        i -= 1
    return i


# The words that can end what the "year" pattern reads before its year (`_PRE`, `_QUAL`,
# `_YEAR_PRE`, lower-cased) when white space follows them.
_YEAR_LEADS: Final = frozenset(
    "on in im am op le en by of early late mid eind einde begin midden medio half voorjaar "
    "najaar zomer winter fin début courant printemps été automne hiver de ende anfang mitte "
    "frühjahr sommer herbst year jahr jahre jaar an année".split()
)


def _may_lead(low: str, p: int, floor: int) -> bool:
    """Whether a match of the "year" pattern may start before the year at `p` (not before
    `floor`): the text right before the year ends with a word of `_YEAR_LEADS` and white space
    ("in 2019", "fin de 2019", "im Jahr 2019"), or with one of them written onto the next
    ("midyear 2019", "finde 2019"), or with "-", "'" or a letter ("mid-2019", "d'2019",
    "mid2019"). Elsewhere a search from the year finds what a search from its words does."""
    i = p
    if i <= floor:
        return False
    c = low[i - 1]
    if not c.isspace():
        return c.isalpha() or c == "-" or c == "'"
    while i > floor and low[i - 1].isspace():
        i -= 1
    if i <= floor:
        return False
    c = low[i - 1]
    if c == "-" or c == "'":
        return True
    j = i
    while j > floor and low[j - 1].isalpha():
        j -= 1
    word = low[j:i]
    return word in _YEAR_LEADS or word.endswith("year") or word.endswith("de")


def _year_matches(
    rx: re.Pattern[str], low: str, lo: int, hi: int, years: list[int]
) -> list[re.Match[str]]:
    """What `rx.finditer(low, lo, hi)` finds for the "year" pattern, searched only from
    where a match can start: every match holds one of `years` (the year-like numbers, in
    order), with nothing but its words before it (see `_year_prefix_start`), or four digits
    that `hi` cuts from a longer number ("1999" of "19999")."""
    out: list[re.Match[str]] = []
    pos = lo
    starts = years[bisect.bisect_left(years, lo) : bisect.bisect_left(years, hi)]
    cut = hi - 4
    if cut >= lo and low[cut] in "12" and cut not in starts:
        # (a start that holds no year is harmless: it is a digit, which no match writes
        # before its year)
        starts.append(cut)
        starts.sort()
    for p in starts:
        if p < pos:
            continue
        start = _year_prefix_start(low, p, pos) if _may_lead(low, p, pos) else p
        m = rx.search(low, start, hi)
        if m is None:
            break
        out.append(m)
        pos = m.end()
    return out


def _kind_of(m: re.Match[str], kinds: dict[str, str]) -> str:
    for name, kind in kinds.items():
        if m.group(name) is not None:
            return kind
    return "recent"  # pragma: no cover - one alternative always matched


def _select(found: list[_Found]) -> list[_Found]:
    """Non-overlapping candidates, the longest first (then the pattern listed first)."""
    found.sort(key=lambda f: (-(f.end - f.start), f.priority, f.start))
    starts: list[int] = []  # taken spans, sorted and disjoint
    ends: list[int] = []
    out: list[_Found] = []
    for f in found:
        i = bisect.bisect_right(starts, f.start)
        if i and ends[i - 1] > f.start:
            continue
        if i < len(starts) and starts[i] < f.end:
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        out.append(f)
    out.sort(key=lambda f: f.start)
    return out


_RANGE_LINK: Final = re.compile(
    r"\s*(?:-|–|—|to|till|until|through|tot(?:\s+en\s+met)?|t/m|au|à|jusqu['’]au|"
    r"bis(?:\s+(?:zum|zur))?)\s*\Z",
    _I,
)
_RANGE_LINK_PAIRED: Final = re.compile(r"\s*(?:and|en|et|und)\s*\Z", _I)
_RANGE_OPEN: Final = re.compile(r"(?:between|tussen|entre|zwischen)\s+\Z", _I)


def _merge_ranges(text: str, items: list[_Found]) -> list[_Found]:
    """Join "from 24 September 2013 to 2 October 2013" style pairs into one ranged mention."""
    out: list[_Found] = []
    i = 0
    while i < len(items):
        cur = items[i]
        if i + 1 < len(items) and cur.end_value is None:
            nxt = items[i + 1]
            between = text[cur.end : nxt.start]
            linked = bool(_RANGE_LINK.match(between)) or (
                bool(_RANGE_LINK_PAIRED.match(between))
                and bool(_RANGE_OPEN.search(text, max(0, cur.start - 12), cur.start))
            )
            if (
                linked
                and nxt.end_value is None
                and cur.value is not None
                and nxt.value is not None
                and cur.relative == nxt.relative
                and nxt.value.to_date() >= cur.value.to_date()
            ):
                out.append(_Found(cur.start, nxt.end, cur.value, cur.relative, nxt.value, 0))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


_CONTEXT_CHARS = 1500


# The words before a date that make it an end ("valable jusqu'en octobre 2026", "valid until
# March 2027", "gültig bis Mai 2025", "loopt tot juni 2026", "expires in May 2026"): a time
# ahead of the report, which gives no year to the days and months the report tells after it
_END_LEAD: Final = re.compile(
    r"(?<![\w-])(?:until|till|through|jusqu['’]\s*(?:en|au|à)?|bis(?:\s+(?:zum|in|ende))?|"
    r"tot(?:\s+en\s+met)?|t/m|expir\w*(?:\s+(?:in|on|at))?|verloopt(?:\s+(?:in|op))?|"
    r"endet(?:\s+(?:im|am))?|prend\s+fin(?:\s+(?:en|le))?)\s*\Z"
)
_END_LEAD_CHARS = 24


def _is_end(low: str, f: _Found) -> bool:
    """Whether the date `f` is written as an end (`_END_LEAD` just before it)."""
    return _END_LEAD.search(low, max(0, f.start - _END_LEAD_CHARS), f.start) is not None


def _years_from_context(items: list[_Found], language: str, low: str = "") -> list[_Found]:
    """A day and month without a year take the year of the nearest full date of the same
    month written before them ("On 30 January 2018 ... from 29 to 31 January", also one placed
    so itself); with no such date they stay unresolved. A date written as an end ("valable
    jusqu'en octobre 2026", "valid until March 2027") gives no year: it is passed over.

    A day and month written with their weekday ("op dinsdag 4 september", "Monday 15 April",
    "am Samstag, 1. Juli") take the year, of the dates the text writes around them (the
    nearest before first, then the nearest after), in which that day falls on that weekday;
    with none, they stay unresolved."""
    out: list[_Found] = []
    for i, f in enumerate(items):
        if f.yearless is None or f.value is not None:
            out.append(f)
            continue
        d1, m1, d2, m2, wd = f.yearless
        entry = _month_entry(m1, language)
        year = None
        if wd is None:
            for prev in reversed(out):
                if f.start - prev.end > _CONTEXT_CHARS:
                    break
                v = prev.value
                if prev.relative or v is None or entry is None or (low and _is_end(low, prev)):
                    continue
                if v.month == entry[1] or (
                    prev.end_value is not None and prev.end_value.month == entry[1]
                ):
                    year = v.year
                    break
            if year is None and entry is not None:
                year = _running_year(f, out, entry[1], low)
        elif entry is not None:
            year = _weekday_year(d1, entry[1], wd, f, out, items[i + 1 :])
        if year is None:
            out.append(f)
            continue
        value = _day_month_year(d1, m1, year, language)
        end_value = _day_month_year(d2, m2 or m1, year, language) if d2 is not None else None
        if value is None:
            out.append(f)
            continue
        out.append(_Found(f.start, f.end, value, False, end_value, f.priority))
    return out


def _running_year(f: _Found, before: list[_Found], month: int, low: str = "") -> int | None:
    """The year of a text that tells dated items in the order of the calendar ("On 12 May
    2023 ... came to Leeds on 3 July", "From 24 to 27 March 2025 ... a webinar on 2 April"):
    the year of the date told last before `f` (within `_CONTEXT_CHARS`), when that date has
    its month and `month` does not come before it; a year alone ("in 2024") or a relative
    expression ("last year") stops the reading; a date written as an end is passed over."""
    for prev in reversed(before):
        if f.start - prev.end > _CONTEXT_CHARS:
            return None
        if low and prev.value is not None and _is_end(low, prev):
            continue
        if prev.value is None:
            return None  # "Last year he went to Shanghai (5 September)": a time of its own
        last = prev.end_value or prev.value
        if last.month is None or last.year != prev.value.year or last.month > month:
            return None
        return last.year
    return None


def _weekday_year(
    day: int, month: int, wd: int, f: _Found, before: list[_Found], after: list[_Found]
) -> int | None:
    """The year of the nearest date around `f` (within `_CONTEXT_CHARS`, those before first)
    in which `day` of `month` is weekday `wd`, or None."""
    near = [p for p in reversed(before) if f.start - p.end <= _CONTEXT_CHARS]
    near += [p for p in after if p.start - f.end <= _CONTEXT_CHARS]
    for p in near:
        if p.relative or p.value is None:
            continue
        for v in (p.value, p.end_value):
            if v is None:
                continue
            try:
                if date(v.year, month, day).weekday() == wd:
                    return v.year
            except ValueError:
                return None
    return None


_BARE_MONTH: Final = re.compile(r"(?:[^\W\d_]+\s+)?(?P<m>[^\W\d_]+)\.?")
_SENTENCE_END: Final = re.compile(r"[.!?]\s+[A-Z\u00c0-\u00de]|\n")


def _months_in_sentence(text: str, items: list[_Found], language: str) -> list[_Found]:
    """A month named without a year ("in juni", "in June", "en juin", "im Juni") after a month
    and year in the same sentence ("In maart 2018 ...; in juni ...") is in that year, when it
    does not come before it in the calendar: the sentence tells a sequence in one year. After
    a year alone in the same sentence ("- 2007: ... signed in November", "En 2015, ... en
    mai") it is in that year."""
    out: list[_Found] = []
    for f in items:
        if (
            not f.relative
            or f.end_value is not None
            or any(c.isdigit() for c in text[f.start : f.end])
        ):
            out.append(f)
            continue
        m = _BARE_MONTH.fullmatch(text, f.start, f.end)
        entry = _month_entry(m.group("m"), language) if m else None
        anchor = (
            next(
                (p for p in reversed(out) if not p.relative and p.value is not None),
                None,
            )
            if entry is not None
            else None
        )
        if (
            entry is None
            or anchor is None
            or anchor.value is None
            # a year alone ("- 2007: ... signed in November", "In 2015 ... in May") places
            # the month too; a period of years ("2017-2019") does not
            or (anchor.value.month is None and anchor.end_value is not None)
            or (anchor.value.month is not None and anchor.value.month > entry[1])
            # (the capital that opens the next sentence is the first character of `f`)
            or _SENTENCE_END.search(text, anchor.end, min(len(text), f.start + 1))
        ):
            out.append(f)
            continue
        value = _make(anchor.value.year, entry[1])
        out.append(_Found(f.start, f.end, value, False, None, f.priority) if value else f)
    return out


# "Bereits im September hatte eine Delegation ...", "already in March", "déjà en mars", "al in
# maart": a month without a year, told as earlier than the time the text has just told, on a
# page without a date of its own
_ALREADY: Final = re.compile(r"(?<![\w-])(?:bereits|schon|already|earlier|déjà|al|reeds)[ \t]+\Z")
_ALREADY_WORDS: Final = frozenset(
    w.encode("latin-1") for w in "bereits schon already earlier déjà al reeds".split()
)


def _already_months(text: str, low: str, items: list[_Found], language: str) -> list[_Found]:
    """A month without a year after "bereits", "already", "déjà", "al" (`_ALREADY`) takes the
    year of the last date before it (within `_CONTEXT_CHARS`) that has a month, a year alone
    passed over ("Vom 9. bis 12. Oktober 2016 ... hatte 2012 ... Bereits im September"): that
    year when the month does not come after that date's, else the year before."""
    out: list[_Found] = []
    for f in items:
        if (
            not f.relative
            or f.value is not None
            or f.end_value is not None
            or f.yearless is not None
            or _ALREADY.search(low, max(0, f.start - 12), f.start) is None
        ):
            out.append(f)
            continue
        m = _BARE_MONTH.fullmatch(text, f.start, f.end)
        entry = _month_entry(m.group("m"), language) if m else None
        anchor = None
        for prev in reversed(out):
            if f.start - prev.end > _CONTEXT_CHARS:
                break
            if prev.value is None:
                break  # a time of its own the text did not date
            if prev.value.month is not None:
                anchor = prev.value
                break
        if entry is None or anchor is None or anchor.month is None:
            out.append(f)
            continue
        year = anchor.year if entry[1] <= anchor.month else anchor.year - 1
        value = _make(year, entry[1])
        out.append(_Found(f.start, f.end, value, False, None, f.priority) if value else f)
    return out


# "cette année-là", "that year", "the same year", "im selben Jahr", "in datzelfde jaar": the
# year of the date told before ("Tout commence en 1988 : cette année-là, Lyon signe ..."); after
# a month or a day and month, the year of that date ("In September of the same year", "le 14
# août de la même année", "im Mai desselben Jahres", "in juni van datzelfde jaar")
_SAME_YEAR: Final = re.compile(
    r"(?<![\w-])(?P<of>of\s+|de\s+|van\s+)?(?:"
    r"(?:that|the\s+same|that\s+same)\s+year|"
    r"cette\s+année-là|cette\s+même\s+année|la\s+même\s+année|l['’]année\s+même|"
    r"dat(?:zelfde)?\s+jaar|hetzelfde\s+jaar|"
    r"(?:im\s+)?(?:selben|gleichen|demselben|jenem)\s+jahr(?:e)?|"
    r"(?P<gen>(?:desselben|des\s+gleichen|des\s+selben|jenes)\s+jahres)"
    r")(?![\w-])"
)
# tried only at the words that can start a match (the shared word index)
_SAME_YEAR_SCAN: Final = WordScan(_SAME_YEAR)
_YEAR_NOUNS: Final = frozenset(
    w.encode("latin-1") for w in ("year", "année", "jaar", "jahr", "jahre", "jahres")
)
_SAME_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "that same là même dat datzelfde hetzelfde selben gleichen demselben desselben"
    " jenem jenes".split()
)
_SAME_YEAR_BACK = 600  # how far back the date of the year may be told
# a month (and day) that the phrase takes its year to: only spaces between them, or "of"
_SAME_YEAR_GAP: Final = re.compile(r"[ \t]*,?[ \t]*")


def _same_years(text: str, idx: DocIndex, items: list[_Found], language: str) -> list[_Found]:
    """The phrases of `_SAME_YEAR` dated by the year of the date before them (a new item, or
    the month before them given that year); the caller gates on the document's words."""
    out = list(items)
    for m in _SAME_YEAR_SCAN.finditer(idx):
        start, end = m.span()
        # the item the phrase completes ("In September" + "of the same year"), and the one it
        # replaces ("cette année" of "cette année-là")
        inside = [f for f in out if start <= f.start < end or f.start < start < f.end]
        month = None
        if m.group("of") or m.group("gen"):
            month = next(
                (
                    f
                    for f in reversed(out)
                    if f.end <= start
                    and f.end_value is None
                    and _SAME_YEAR_GAP.fullmatch(text, f.end, start) is not None
                ),
                None,
            )
            if month is None and m.group("of"):
                start = m.end("of")  # "at the end of that year": the year alone
        first = month.start if month is not None else start
        anchor = next(
            (
                f
                for f in reversed(out)
                if f.end <= first
                and first - f.end <= _SAME_YEAR_BACK
                and f.value is not None
                and f.end_value is None
                and f not in inside
            ),
            None,
        )
        if anchor is None or anchor.value is None:
            continue
        year = anchor.value.year
        value: PartialDate | None
        if month is None:
            value = _make(year)
            new = _Found(start, end, value, False, None, 0)
        else:
            md = _month_day(text, month, language)
            if md is None:
                continue
            value = _make(year, md[0], md[1])
            new = _Found(month.start, end, value, False, None, month.priority)
            inside.append(month)
        if value is None:
            continue
        out = [f for f in out if f not in inside]
        bisect.insort(out, new, key=lambda f: f.start)
    return out


def _month_day(text: str, f: _Found, language: str) -> tuple[int, int | None] | None:
    """The month and day of a date item without its year."""
    if f.value is not None and f.value.month is not None:
        return f.value.month, f.value.day
    if f.yearless is not None:
        entry = _month_entry(f.yearless[1], language)
        return (entry[1], f.yearless[0]) if entry is not None else None
    m = _BARE_MONTH.fullmatch(text, f.start, f.end)
    entry = _month_entry(m.group("m"), language) if m else None
    return (entry[1], None) if entry is not None else None


# A month, or a day and month, whose year is told relative to the page's: "am 3. Mai dieses
# Jahres", "im Oktober vergangenen Jahres", "in juni van dit jaar", "in oktober vorig jaar",
# "in March of this year", "November of last year", "en octobre de l'année dernière", "le 3
# mai de cette année". Matched on the lower-cased text, ending at the year's noun.
_REL_YEAR_PAST = (
    r"(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+year|(?:van\s+)?(?:vorig|verleden|"
    r"afgelopen)\s+jaar|(?:de\s+)?l['’]an(?:née)?\s+(?:dernière?|passée?)|(?:des\s+)?"
    r"(?:vergangenen|letzten|vorigen)\s+jahres"
)
_REL_YEAR_THIS = (
    r"(?:of\s+)?this\s+year|(?:van\s+)?dit\s+jaar|(?:de\s+)?cette\s+année|"
    r"(?:dieses|diesen|des\s+laufenden)\s+jahres"
)
_REL_YEAR_NEXT = (
    r"(?:of\s+)?next\s+year|(?:van\s+)?volgend\s+jaar|(?:de\s+)?l['’]an(?:née)?\s+"
    r"prochaine?|(?:des\s+)?(?:nächsten|kommenden)\s+jahres"
)
_MONTH_REL_YEAR: Final = re.compile(
    rf"(?<![\w.])(?:(?:on|in|im|am|op|le|en|au\s+mois\s+de|in\s+de\s+maand)\s+)?(?:the\s+)?"
    rf"(?:(?P<d>{_DAY})(?:st|nd|rd|th|er|e|\.)?\s+(?:of\s+)?)?(?P<m>{lower_pattern(_MONTH)})"
    rf"(?:\s+(?P<d2>{_DAY})(?:st|nd|rd|th)?,?)?\s+"
    rf"(?:(?P<past>{_REL_YEAR_PAST})|(?P<this>{_REL_YEAR_THIS})|(?P<next>{_REL_YEAR_NEXT}))"
    r"(?![\w-])"
)
# the year nouns those phrases end with, of which the document must hold one
_REL_YEAR_NOUNS: Final = frozenset(
    w.encode("latin-1") for w in ("year", "jaar", "année", "an", "jahres")
)
_ANY_YEAR_NOUN: Final = _REL_YEAR_NOUNS | frozenset((b"jahr",))
_REL_YEAR_REACH = 64  # how far before its year noun such a phrase may start


def _months_of_relative_years(
    text: str, idx: DocIndex, items: list[_Found], language: str, ref: date | None
) -> list[_Found]:
    """The phrases of `_MONTH_REL_YEAR` as one date each, in the year the phrase tells from
    the page's date (no value without one), in place of the mentions they hold (the month
    alone, "last year" alone, or "October last" read as the last October)."""
    low = idx.low
    found: list[_Found] = []
    pos = 0
    for noun in sorted(p for w in _REL_YEAR_NOUNS & idx.words for p in idx.word_starts(w)):
        if noun < pos:
            continue
        for m in _MONTH_REL_YEAR.finditer(low, max(pos, noun - _REL_YEAR_REACH), noun + 16):
            if m.end() <= noun or m.start() >= noun:
                continue
            entry = _month_entry(text[m.start("m") : m.end("m")], language)
            if entry is None:
                break
            day = m.group("d") or m.group("d2")
            if m.group("d") and m.group("d2"):
                break
            value = None
            if ref is not None:
                year = ref.year + (-1 if m.group("past") else 1 if m.group("next") else 0)
                value = _make(year, entry[1], int(day) if day else None)
                if value is None:
                    break
            found.append(_Found(m.start(), m.end(), value, True, None, 0))
            pos = m.end()
            break
    if not found:
        return items
    out = []
    for f in items:
        # a mention inside a phrase is replaced by it; one that runs out of it (a range "vom
        # 3. bis 5. Mai") makes the phrase no date of its own
        inside = [g for g in found if f.start < g.end and g.start < f.end]
        if not inside:
            out.append(f)
        elif any(f.start < g.start or f.end > g.end for g in inside):
            found = [g for g in found if g not in inside]
            out.append(f)
    # (a phrase that a range made void was dropped above, the mentions it held are kept)
    kept = [f for f in out if not any(f.start < g.end and g.start < f.end for g in found)]
    return sorted([*kept, *found], key=lambda f: f.start)


_MONTH_WORD: Final = re.compile(r"[^\W\d_]+")
_WRITTEN_YEAR: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _in_relative_years(text: str, items: list[_Found], language: str, ref: date) -> list[_Found]:
    """A day and month, or a month, that the page's date placed in its own year, told in a
    sentence that says the year is another ("Last year he went to Shanghai (5 September)",
    "Vorig jaar kwam hij op 5 september", "L'an dernier, le 5 septembre"), in that year: the
    year of the sentence's "last year" or "next year", when the sentence writes no year."""
    years: list[tuple[_Found, int]] = []
    for f in items:
        if f.relative and f.value is not None and f.value.month is None:
            kind = relative_kind(text[f.start : f.end], language)
            if kind in ("year:-1", "year:1"):
                years.append((f, int(kind.split(":")[1])))
    if not years:
        return items
    out: list[_Found] = []
    for f in items:
        v = f.value
        if (
            not f.relative
            or v is None
            or v.month is None
            or v.year != ref.year
            or _WRITTEN_YEAR.search(text, f.start, f.end)
            or _PAST_RX.search(text, f.start, f.end)
            or _FUTURE_RX.search(text, f.start, f.end)
            or not any(
                _month_entry(w.group(), language)
                for w in _MONTH_WORD.finditer(text, f.start, f.end)
            )
        ):
            out.append(f)
            continue
        shift = None
        for r, k in years:
            lo, hi = (r.end, f.start) if r.end <= f.start else (f.end, r.start)
            # (the capital that opens the next sentence is the first character at `hi`)
            if lo > hi or _SENTENCE_END.search(text, lo, min(len(text), hi + 1)):
                continue
            if any(lo <= g.start < hi and not g.relative and g.value is not None for g in items):
                continue  # a year written between them
            if r.start >= f.end and any(c in text[lo:hi] for c in ",;:"):
                # "On June 11th the cities signed a letter ..., with a view to an agreement
                # next year": the year of a later clause's plan, not of the day
                continue
            shift = k
            break
        if shift is None:
            out.append(f)
            continue
        value = _make(v.year + shift, v.month, v.day)
        end_value = f.end_value
        if end_value is not None:
            end_value = _make(end_value.year + shift, end_value.month, end_value.day)
        out.append(
            _Found(f.start, f.end, value, True, end_value, f.priority) if value is not None else f
        )
    return out


# "Am 14.05. wurde ... eröffnet", "vom 3.10. bis", "le 14.05.": a numeric day and month
# without a year, after a preposition (not a numbered heading "1.2."), the year from the
# document date or a full date of the same month before it, like "am 14. Mai"
_DAY_MONTH_NUM: Final = re.compile(
    r"(?<![\w.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<mo>0?[1-9]|1[0-2])\.(?![\d.]|\s*\d)"
)
_DAY_MONTH_LANGUAGES: Final = frozenset(("de", "nl", "fr"))  # English writes no "14.05."
_DAY_MONTH_PREP: Final = re.compile(r"(?<![\w.])(?:am|vom|bis|zum|ab|seit|le|du|au|on|op)\s+\Z")


def _numeric_day_months(low: str, language: str, ref: date | None) -> list[_Found]:
    """The numeric days and months of the lower-cased text (see `_DAY_MONTH_NUM`)."""
    out = []
    for m in _DAY_MONTH_NUM.finditer(low):
        start = m.start()
        if not _DAY_MONTH_PREP.search(low, max(0, start - 8), start):
            continue
        day = int(m.group("d"))
        word = _canonical_month(int(m.group("mo")), language)
        value = _resolve_day_month(day, word, None, language, ref)
        yearless = (day, word, None, None, None) if ref is None else None
        out.append(_Found(start, m.end(), value, True, None, len(_PATTERNS), yearless))
    return out


@functools.lru_cache(maxsize=64)
def _canonical_month(month: int, language: str) -> str:
    """The full name of a month in `language` (the first language that has it otherwise)."""
    fallback = ""
    for word, entries in MONTHS.items():
        for lang, n, name in entries:
            if n == month and word == name.casefold():
                if lang == language:
                    return name
                fallback = fallback or name
    return fallback


def find_dates(
    text: str, *, language: str, document_date: date | None, country: str | None = None
) -> list[DateMention]:
    """Every date expression in `text`, in text order.

    language (str): the document's language (en, nl, fr, de); month words of the other three
        languages are still recognised.
    document_date (date | None): what relative expressions refer to; None leaves them unresolved.
    country (str | None): the document's ISO country; in the US (and a few others) a slashed
        date is month/day/year, elsewhere day/month/year.
    """
    idx = index_text(text)
    return _day_shifts(text, idx, _find_dates(text, language, document_date, idx, country))


def _find_dates(
    text: str,
    language: str,
    document_date: date | None,
    idx: DocIndex,
    country: str | None = None,
) -> list[DateMention]:
    found = _candidates(text, language, document_date, idx, country)
    if language in _DAY_MONTH_LANGUAGES and (".0" in idx.low or ".1" in idx.low):
        found.extend(_numeric_day_months(idx.low, language, document_date))
    items = _merge_ranges(text, _select(found))
    if document_date is None:
        items = _years_from_context(items, language, idx.low)
        if not idx.words.isdisjoint(_ALREADY_WORDS):
            items = _already_months(text, idx.low, items, language)
    if not idx.words.isdisjoint(_REL_YEAR_NOUNS):
        items = _months_of_relative_years(text, idx, items, language, document_date)
    items = _months_in_sentence(text, items, language)
    if document_date is not None and not idx.words.isdisjoint(_ANY_YEAR_NOUN):
        items = _in_relative_years(text, items, language, document_date)
    if not idx.words.isdisjoint(_SAME_WORDS) and not idx.words.isdisjoint(_YEAR_NOUNS):
        items = _same_years(text, idx, items, language)
    out: list[DateMention] = []
    for f in items:
        start, end = f.start, f.end
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        out.append(DateMention(start, end, text[start:end], f.value, f.relative, f.end_value))
    return out


# "the next day", "le lendemain", "de volgende dag", "am Tag darauf", "two days later", "la
# veille": a day told from the day told just before (`DAY_SHIFTS`), one pattern of named
# alternatives on the lower-cased text
_DAY_SHIFT: Final = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        f"(?P<s{i}>{pattern.replace('(?P<n>', f'(?P<n{i}>')})"
        for i, (pattern, _) in enumerate(DAY_SHIFTS)
    )
    + r")(?![\w-])"
)
_SHIFT_REACH = 800  # how far before the phrase the day it counts from may be told
# every match holds one of `DAY_SHIFT_WORDS`, at most so many characters after its start
# ("de daarop volgende dag") and with at most so many after that word's start ("jours plus
# tard")
_SHIFT_BEFORE = 32
_SHIFT_AFTER = 24


def _day_shift_matches(idx: DocIndex) -> list[re.Match[str]]:
    """The matches of `_DAY_SHIFT` in the lower-cased text, searched only around the words
    one of them must hold (the shared word index), in order and without overlaps."""
    low = idx.low
    at = sorted(p for w in DAY_SHIFT_WORDS & idx.words for p in idx.word_starts(w))
    out: list[re.Match[str]] = []
    pos = 0
    for p in at:
        if p < pos:
            continue
        for m in _DAY_SHIFT.finditer(low, max(pos, p - _SHIFT_BEFORE), p + _SHIFT_AFTER):
            if m.start() <= p < m.end():
                out.append(m)
                pos = m.end()
                break
    return out


# a relative clause about a person or a thing, opened after a comma: ", who arrived on June
# 10th", ", qui était arrivé le 10 juin", ", die am 10. Juni angereist war", ", die op 10 juni
# was aangekomen"
_RELATIVE_OPENER: Final = re.compile(
    r",\s*(?:who|which|qui|lequel|laquelle|lesquels|der|die|das|welche[rs]?|dat|wie|welke)"
    r"(?![\w-])[^,;:.!?()]*\Z"
)


def _in_relative_clause(low: str, d: DateMention) -> bool:
    """Whether the date `d` stands in a relative clause opened after a comma, at most 60
    characters before it (", who arrived in Xi'an on June 10th", ", qui est arrivée le 10
    juin")."""
    return _RELATIVE_OPENER.search(low, max(0, d.start - 60), d.start) is not None


def _day_shifts(text: str, idx: DocIndex, found: list[DateMention]) -> list[DateMention]:
    """`found` with the phrases of `DAY_SHIFTS` as dates of their own: the day told last
    before the phrase (within `_SHIFT_REACH` characters, a day and no coarser date; after a
    range, its last day for a later day) moved by the phrase's days. A phrase after no such
    day ("In 2015 ... the next day") is left out: no mention rather than one without a value
    (the visits extractor dates an onward trip by the visit before it)."""
    if idx.words.isdisjoint(DAY_SHIFT_WORDS):
        return found
    starts = [d.start for d in found]
    new: list[DateMention] = []
    for m in _day_shift_matches(idx):
        start, end = m.span()
        i = bisect.bisect_left(starts, start)
        if (i < len(found) and found[i].start < end) or (i and found[i - 1].end > start):
            continue  # inside a date already read
        group = m.lastgroup or ""
        if not group.startswith("s"):
            continue
        k = int(group[1:])
        raw = DAY_SHIFTS[k][1]
        if raw in ("n", "-n"):
            count = m.group(f"n{k}")
            shift = int(count) if count.isdigit() else DAY_COUNTS[count]
            shift = -shift if raw == "-n" else shift
        else:
            shift = int(raw)
        value: PartialDate | None = None
        prev = found[i - 1] if i else None
        if shift < 0 and prev is not None and i > 1 and _in_relative_clause(idx.low, prev):
            # "met X, who arrived on June 10th ... One day earlier, ...": the day of the
            # sentence's own event, not of the clause about a person
            prev = found[i - 2]
        if prev is not None and start - prev.end <= _SHIFT_REACH and prev.value is not None:
            base = prev.end_value if shift > 0 and prev.end_value is not None else prev.value
            if base.day is not None:
                value = PartialDate.from_date(base.to_date() + timedelta(days=shift))
        if value is not None:
            new.append(DateMention(start, end, text[start:end], value, True, None))
    if not new:
        return found
    return sorted([*found, *new], key=lambda d: d.start)


# A dateline at the head of a page: "Cergy, le 21 mars 2018", "Aarau, 24. Mai 2019",
# "Publié le 12 septembre 2016", "4 juin 2019 à 8h15 par la rédaction", "Magdeburg, 21.06.2018",
# "Published on 3 May 2020". The date is the whole line but for a place before it, a lead word
# and a time (with a byline) after it.
_DATELINE_LEAD: Final = re.compile(
    r"[ \t]*(?:(?:publié|mis\s+à\s+jour|mise\s+à\s+jour|veröffentlicht|aktualisiert|stand|"
    r"published|posted|updated|gepubliceerd|geplaatst|bijgewerkt|datum|date|"
    # a blog's entry: "Ajouté au 23/09/2026 par ...", "Added on 3 May 2024 by ...",
    # "Toegevoegd op ...", "Hinzugefügt am ..."
    r"ajouté|added|toegevoegd|hinzugefügt)\s*(?:le|au|am|on|op)?"
    r"\s*:?\s*|[A-ZÀ-Þ][\w'’ .()/–—-]{1,50},\s*"
    # a second part of the place: "XI'AN, China, Oct. 27, 2023", "SPRINGFIELD, Ill., May 3"
    r"(?:[A-ZÀ-Þ][\w'’ .-]{1,30},\s*)?(?:(?:le|den|am|the|on|op)\s+)?)?",
    re.IGNORECASE,
)
_DATELINE_TAIL: Final = re.compile(
    r"[ \t]*(?:(?:à|a|um|at|om|-|–|,|\|)\s*\d{1,2}\s*[h:.]\s*\d{2}(?:\s*(?:uhr|h))?"
    r"(?:[ \t]+\S.{0,40})?|"
    # an entry's author after it: "Ajouté au 23/09/2026 par WANG Mei", "Added on 3 May
    # 2024 by Jane Doe" (a name: at most five words, the end of the line)
    r",?[ \t]+(?:par|by|von|door)[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4})?"
    r"[ \t]*",
    re.IGNORECASE,
)
# A date line of the page's header, besides a dateline: the lead and the tail of a dateline,
# and more. A page's header of parts (its site, its section) set
# apart by "|" or "·" may stand before it ("Port News | May 6, 2013", "Archive |
# www.ports.org June 10, 2014", "Kieler Rundschau · Lokales · 14.03.2022"), a label and a colon
# ("Release time: 2022-03-14", "Meeting Date: March 5, 2024"), the heading of a sitting or a
# release that the date is "of" ("Séance du 7 avril 2022", "Meldung vom 21.09.2023",
# "Verslag van de vergadering van 10 april 2024"), and a part after a "|" or a wide gap after
# it ("Source: Xinhua | 2019-04-17 08:12:40 | Editor: Liu", "12 april 2023     Tekst: Gemeente
# Helmond"), or the header's next fields, a one-word label and a colon each (not "On 9 May
# 2023 Mayor Smith: ..."), after a comma or a space or
# run together ("2025-11-20 09:14:02 , Source : Website of the Province", "Updated: December 4,
# 2023 Source: Xinhua", "Datum: Mi, 25.06.2025 Status: öffentlich", "Time:2025-06-13Editor:
# Zhou Lin", "2024-06-04 来源：解放日报").
_HEADER_LEAD: Final = re.compile(
    r"[ \t]*\(?(?:[^\n|·]{1,60}?(?:[|·]|[ \t][-–—/])[ \t]*){0,4}"
    r"(?:(?:publié|mis\s+à\s+jour|mise\s+à\s+jour|veröffentlicht|aktualisiert|stand|"
    r"published|posted|updated|gepubliceerd|geplaatst|bijgewerkt|datum|date)\s*(?:le|am|on|op)?"
    r"\s*:?\s*|[A-ZÀ-Þ][\w'’ .()/–—-]{1,50},\s*(?:(?:le|den|am|the|on|op)\s+)?|"
    r"[^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_]+){0,3}[ \t]*:[ \t]*"
    r"(?:[A-ZÀ-Þ][\w'’ .()/–—-]{1,50},[ \t]*)?|"
    r"[^\W\d_][^\n.;:!?|·]{0,70}[ \t](?:du|vom|van|of|dated|daté|datiert)[ \t]+|"
    r"(?<=[|·])[ \t]*[^\s|·]{1,40}[ \t]+)?",
    re.IGNORECASE,
)
_HEADER_TAIL: Final = re.compile(
    r"[ \t]*(?:(?:à|a|um|at|om|-|–|,|\|)?\s*\d{1,2}\s*[h:.]\s*\d{2}(?::\d{2})?(?:\s*(?:uhr|h))?"
    r"(?:[ \t]+\S.{0,40})?)?\)?[,.]?(?:[ \t]*[|·][^\n]{0,60}|[ \t]{2,}\S[^\n]{0,60}|"
    # the byline after it: "Publié le 28 mai 2026 par Marie Dubois", "Published on May 3,
    # 2024 by Jane Doe", "Veröffentlicht am 3. Mai 2024 von Anna Huber", "Gepubliceerd op 3
    # mei 2024 door Jan de Vries" (a name: at most five words, the end of the line)
    r",?[ \t]+(?:par|by|von|door)[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}"
    r"[ \t]*\Z|"
    r"[ \t]*,?[ \t]*[^\W\d_]{2,20}[ \t]*[:：][^\n]{0,90}|"
    # a periodical's issue after it: "Mar 03, 2026 Volume 58", "May 2024, Issue 12", "mars
    # 2024 - numéro 112", "Juni 2023 Nr. 6", "juni 2023 – jaargang 41"
    r"[ \t]*[,–—-]?[ \t]*(?:volume|vol\.|issue|no\.|numéro|n°|nr\.|ausgabe|jahrgang|"
    r"jaargang|editie|édition|edition)[ \t]*\d{1,4})?[ \t]*",
    re.IGNORECASE,
)
# A dateline that runs into the text of its line, as press releases write it: "AMSTERDAM, 14
# november 2023 - Havenbedrijf ...", "Québec, le 20 juin 2022 – Le maire ...", "Kiel,
# 03.05.2022 (dpa) -- Die Stadt ...": after the date, a source in brackets perhaps, a dash
# and the first words of the text.
# A wire service's release writes its source between slashes ("HANGZHOU, 6 mai 2025
# /PRNewswire/ -- ...", "XI'AN, China, Oct. 27, 2023 /Xinhua-AsiaNet/--").
_DATELINE_RUN_IN: Final = re.compile(
    r"[ \t]*(?:(?:\([^()\n]{1,30}\)[ \t]*)?(?:--|[-–—])[ \t]+|"
    r"/[^/\n]{1,30}/[ \t]*(?:--|[-–—])\s*)\S"
)
_HEAD_LINES = 6
# A field of a letter's or a report's header ("ons kenmerk: 09031877/12", "bijlage(n): 3",
# "Az.: 12-4", "Betreff: ..."): a short line of a label and its value, which does not count
# among the page's first lines (a letter may open with ten of them before its date)
_FIELD_LINE: Final = re.compile(r"[ \t]*[^\W\d_][\w ()/.-]{0,30}:[ \t]+\S[^\n]{0,80}\n")
_FIELD_LINES = 12  # at most so many of them


def _dateline(text: str, found: list[DateMention]) -> tuple[date, bool] | None:
    """The date of the page's date line among its first lines, and whether it is a dateline,
    or None: a full date (day, month and year) that, but for a place, a lead word ("Publié
    le") and a time, is its line, or that a place opens and a dash runs into the text
    ("AMSTERDAM, 14 november 2023 - Havenbedrijf ...") (a dateline: the day the page was
    written); or one that, but for the parts of a header (`_HEADER_LEAD`, `_HEADER_TAIL`),
    is a short line and writes its year (a header's date: the day a page was issued or
    filed, which may come days after it was written)."""
    limit = 0
    lines = fields = 0
    while lines < _HEAD_LINES:
        nl = text.find("\n", limit)
        if nl < 0:
            limit = len(text)
            break
        if fields < _FIELD_LINES and _FIELD_LINE.match(text, limit, nl + 1) is not None:
            fields += 1
        else:
            lines += 1
        limit = nl + 1
        while limit < len(text) and text[limit] == "\n":
            limit += 1
    header: date | None = None
    for d in found:
        if d.start >= limit:
            break
        v = d.value
        if v is None or d.relative or v.day is None or d.end_value is not None:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        day = date(v.year, v.month or 1, v.day)
        if _DATELINE_LEAD.fullmatch(text, line_start, d.start) and (
            _DATELINE_TAIL.fullmatch(text, d.end, line_end)
            or (
                d.start > line_start  # a place or a lead word before it
                and _WRITTEN_YEAR.search(d.text) is not None  # not "CHICAGO, April 16 --"
                and _DATELINE_RUN_IN.match(text, d.end, line_end) is not None
            )
        ):
            return day, True
        if (
            header is None
            and line_end - line_start <= _HEADER_LINE
            and _WRITTEN_YEAR.search(d.text) is not None
            and _HEADER_LEAD.fullmatch(text, line_start, d.start)
            and _HEADER_TAIL.fullmatch(text, d.end, line_end)
        ):
            header = day
    return (header, False) if header is not None else None


def page_date(doc: Doc) -> date | None:
    """The date the page speaks from: the document date, else the date of its dateline
    ("Leoben, 12. September 2018") or of its header's date line ("Port News | May 6, 2013",
    "Release time: 2022-03-14") among its dates (`_dateline`), else None. Relative
    expressions are dated by it (by a header's date, only those that need no more than its
    year); see `page_header_date` for the looser reading of visits."""
    if doc.document_date is not None:
        return doc.document_date
    line = _dateline(doc.text, doc.dates)
    return line[0] if line is not None else None


# A date of the page's head that is no dateline still dates the page for a visit's day or
# month written without a year ("Jaarverslag 2023", "Ausgabe Oktober 2019", "Meeting Date:
# March 5, 2024"): the first date alone on a short line near the top.
_HEADER_CHARS = 400
_HEADER_LINE = 120


def page_header_date(doc: Doc) -> PartialDate | None:
    """The page's own date at the precision it is written: the document date, else its
    dateline or header date line (`page_date`), else the first date of the page's first
    `_HEADER_CHARS` characters that stands on a line of at most `_HEADER_LINE` characters
    and is no range ("Publié le 20 juin 2024 | Argentan", "Haller Tagblatt online |
    18.09.2024", "Jaarverslag 2023"), else None. The one reader of the page's date for the
    visits extractor."""
    day = page_date(doc)
    if day is not None:
        return PartialDate(day.year, day.month, day.day)
    text = doc.text
    head = min(len(text), _HEADER_CHARS)
    for d in doc.dates:
        if d.start >= head:
            break
        if d.end > head or d.value is None or d.end_value is not None:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        if (line_end if line_end >= 0 else len(text)) - line_start > _HEADER_LINE:
            continue  # a sentence of the text, not the page's header
        return d.value
    return None


# The issue of a periodical or a report named with its year or month at the head of the page:
# "Jaarverslag Internationale Zaken 2019", "Stadtblatt, Ausgabe Oktober 2019", "Annual
# report 2023", "Bilan des relations internationales 2018", "Newsletter - March 2024"; a
# periodical named by its kind ("MOW Mag – december 2019", "City Magazine, May 2021",
# "Stadtmagazin März 2018", "Le Mag de la ville – avril 2018", "Gemeenteblad juni 2020")
_ISSUE_WORDS: Final = re.compile(
    r"(?<![\w-])(?:jaarverslag|jaaroverzicht|jaarbericht|nieuwsbrief|annual\s+report|report|"
    r"review|round-up|newsletter|bulletin|edition|issue|rapport|bilan|lettre|numéro|"
    r"jahresbericht|bericht|ausgabe|rundbrief|newsletter|mag|magazine|magazin|gazette|"
    r"journal|krant|zeitung)(?![\w-])|[^\W\d_]{3,}(?:magazine|magazin|blad|blatt|krant|"
    r"zeitung)(?![\w-])",
    re.IGNORECASE,
)
_ISSUE_LINE = 80  # the longest line such a heading is written on


def _issue_line(text: str, found: list[DateMention]) -> tuple[date, bool] | None:
    """The last day of the year or month of a report's or an issue's heading among the
    page's first lines (`_ISSUE_WORDS` on a short line with a year or a month and year, no
    day), as a header's date (not the day of writing), or None. A month or a year told from
    the page's ("In juni", "im April", "dit jaar") is placed by it."""
    limit = 0
    for _ in range(_HEAD_LINES):
        nl = text.find("\n", limit)
        limit = len(text) if nl < 0 else nl + 1
        while limit < len(text) and text[limit] == "\n":
            limit += 1
        if nl < 0:
            break
    for d in found:
        if d.start >= limit:
            break
        v = d.value
        if v is None or d.relative or v.day is not None or d.end_value is not None:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start > _ISSUE_LINE or text[line_start:line_end].rstrip().endswith("."):
            continue  # a sentence, not a heading
        if _ISSUE_WORDS.search(text, line_start, line_end) is None:
            continue
        month = v.month or 12
        last = (date(v.year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
        return last, False
    return None


def _with_dateline(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """Without a document date, the relative dates ("le 12 février dernier", "lundi",
    "Am 14.05.") that found no value take it from the page's own dateline, when it has one;
    every date that has a value keeps it."""
    if not any(d.value is None for d in found):
        return found
    line = _dateline(doc.text, found) or _issue_line(doc.text, found)
    if line is None:
        return found
    anchor, written = line
    entries = _entry_lines(doc.text, found)
    out = []
    for d in found:
        if d.value is None and (written or _yearless(doc, d)):
            # a listing of dated entries ("5 Feb 2025" over its item): the day of the entry
            # the date stands under, else the page's
            own = next((day for at, day in reversed(entries) if at < d.start), None)
            d = _anchored(doc, d, own if own is not None and told_weekday(d.text) else anchor)
        out.append(d)
    idx = index_for(doc)
    if idx.words.isdisjoint(_ANY_YEAR_NOUN):
        return out
    # "Last year he went to Shanghai (...) and to Qingdao (8 September)": the sentence's year,
    # read over the whole sentence (the context read again around each date is short)
    items = [_Found(d.start, d.end, d.value, d.relative, d.end_value, 0) for d in out]
    shifted = _in_relative_years(doc.text, items, doc.language, anchor)
    return [
        d
        if f.value is d.value
        else DateMention(d.start, d.end, d.text, f.value, d.relative, f.end_value)
        for d, f in zip(out, shifted, strict=True)
    ]


def _entry_lines(text: str, found: list[DateMention]) -> list[tuple[int, date]]:
    """The entries of a listing ("9 Apr 2026 / Brest and Dalian sign a port memorandum / ... /
    2 Dec 2025 / Tema and Xiamen renew their port pact"): (offset, day) of each
    line that is a full date with its year and nothing else, when the page has two or more of
    them with different days; else none."""
    out: list[tuple[int, date]] = []
    for d in found:
        v = d.value
        if v is None or d.relative or v.day is None or v.month is None or d.end_value is not None:
            continue
        if _WRITTEN_YEAR.search(d.text) is None:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : d.start].strip() or text[d.end : line_end].strip():
            continue
        out.append((d.start, date(v.year, v.month, v.day)))
    if len({day for _, day in out}) < 2:
        return []
    return out


def _yearless(doc: Doc, d: DateMention) -> bool:
    """True for a date that a header's date may place: a day and month or a month without a
    year ("May 22", "am 3. Mai", "en octobre dernier"), a year told from the page's ("vorig
    jaar", "im Mai dieses Jahres"), a weekday ("signée lundi", "on Thursday", "am Montag",
    "dinsdag": the last such day up to the page's date, as a news page tells the week it is
    published in). A day or a week told from the day of writing ("today", "yesterday",
    "this week") is not: a header's date may come days after the writing."""
    kind = relative_kind(d.text, doc.language)
    if kind is not None:
        return kind.startswith(("year:", "ago"))
    if told_weekday(d.text):
        return True
    return any(_month_entry(w.group(), doc.language) for w in _MONTH_WORD.finditer(d.text))


_AROUND = 60  # characters of context read again around a date resolved by the dateline


def _anchored(doc: Doc, d: DateMention, anchor: date) -> DateMention:
    """The date `d` read again (with its context) against the dateline's date. A future year
    or month ("next year", "l'an prochain") is left open: what a page plans for it is no date
    of its own; a future day ("ce samedi 8 juin") is kept."""
    lo = max(0, d.start - _AROUND)
    sub = doc.text[lo : d.end + _AROUND]
    for m in _find_dates(sub, doc.language, anchor, index_text(sub), doc.country):
        if m.start + lo != d.start or m.end + lo != d.end or m.value is None:
            continue
        v = m.value
        if v.day is None and (v.year, v.month or 1) > (anchor.year, anchor.month):
            return d
        return DateMention(d.start, d.end, d.text, v, m.relative, m.end_value)
    return d


@register("cityties.dates", version=17)
def extract_dates(doc: Doc) -> None:
    """Find every date expression and resolve it to a PartialDate (see the module docstring)."""
    idx = index_for(doc)
    found = _find_dates(doc.text, doc.language, doc.document_date, idx, doc.country)
    if doc.document_date is None:
        found = _with_dateline(doc, found)
    doc.dates = _day_shifts(doc.text, idx, found)


EXTRACTOR = extract_dates


# a weekday word at a word's start ("am Montag", "on Tuesday", "lundi dernier", "woensdagavond")
_TOLD_WEEKDAY: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_alt(sorted(WEEKDAYS, key=len, reverse=True))})", re.IGNORECASE
)


def told_weekday(text: str) -> bool:
    """Whether a date expression's text names a weekday: a day an event is told on ("am Montag
    in Hefei mit einem Forum"), even when it is the page's own day, unlike the page's date line
    or a word for the present ("currently", "momenteel")."""
    return _TOLD_WEEKDAY.search(text) is not None
