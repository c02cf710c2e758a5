"""Numbers as English, Dutch, French and German texts write them.

Digits with thousands grouping ("263,608", "15.000", "1 400 000"), decimals ("14.5", "9,8"),
scale words ("million", "miljard", "Millionen", "milliards d'"), number words ("seven",
"sieben", "huit") and ordinals ("83rd", "83ème", "tweede", "zweitgrößte"). Everything is a
precompiled regular expression; nothing here knows what a number counts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

__all__ = [
    "APPROX",
    "APPROX_COUNT_NOUNS",
    "NUMBER_WORDS",
    "NUMBER_WORDS_AND_ONE",
    "ORDINAL",
    "ORDINAL_WORDS",
    "SCALE_WORDS",
    "Quantity",
    "find_quantities",
    "ordinal_value",
    "parse_digits",
]

# Decimal separator per language; the other of "," and "." groups thousands.
_DECIMAL = {"en": ".", "nl": ",", "fr": ",", "de": ","}

_SPACE = "\u00a0\u202f\u2009 "

# Digits: grouped by "," "." or "'" (same separator throughout), grouped by spaces (French),
# or plain with an optional decimal part. A letter may touch the number ("ranks66").
# (The first digit comes first and the character before it is checked after it: re then
# skips at once to a digit. Same matches as "(?<![\d.,])(?P<num>\d{1,3}...|[1-9]...|\d+...)".)
_DIGITS: Final = re.compile(
    r"(?P<num>\d(?<![\d.,]\d)(?:"
    r"\d{0,2}(?P<sep>[,.'’])\d{3}(?:(?P=sep)\d{3})*(?:(?!(?P=sep))[.,]\d+)?(?![\d])"
    r"|(?<=[1-9])\d{0,2}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:,\d+)?(?![\d]|[\u00a0\u202f\u2009 ]\d)"
    r"|\d*(?:[.,]\d+)?"
    r"))"
    r"(?![.,]?\d)"
)

_DIGIT_SPACES: Final = frozenset(" \u00a0\u202f\u2009")
_AFTER_YEAR: Final = re.compile(r"(?<![\d.,/])(?<!\d[ \u00a0])(?:1[89]|20)\d\d[ \u00a0]$")

NUMBER_WORDS: dict[str, int] = {
    # English
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
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    # Dutch ("een" is also the article: only with a scale word, see _ONE_WITH_SCALE)
    "één": 1,  # (accented: the numeral, never the article)
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    # German
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "neun": 9,
    "zehn": 10,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    # French
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
}
# Nouns of an approximate count ("une vingtaine de villes", "een twintigtal steden", "rund ein
# Dutzend Städte", "a dozen cities"): read as the count they round, with the "de"/"d'"/"of"
# that joins them to the counted noun. (Kept out of NUMBER_WORDS, which other extractors read
# as plain numerals; "quarantaine" is also "quarantine".)
APPROX_COUNT_NOUNS: dict[str, int] = {
    "dozen": 12,
    "dutzend": 12,
    "tiental": 10,
    "twaalftal": 12,
    "vijftiental": 15,
    "twintigtal": 20,
    "dertigtal": 30,
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "cinquantaine": 50,
}
_APPROX_NOUN_JOIN: Final = re.compile(
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+|d['’]|of[ \t\u00a0]+)?(?=[^\W\d_])"
)
_APPROX_NOUN_ARTICLE: Final = re.compile(
    r"(?<![\w])(?:a|an|een|une|ein|einem|einer|eine)[ \t\u00a0]+\Z", re.IGNORECASE
)
# Number words of one language that are common words of another: Dutch "onze" is "our".
_OTHER_WORD: dict[str, frozenset[str]] = {"nl": frozenset({"onze"})}
_ONE_WITH_SCALE = ("a", "an", "one", "een", "één", "ein", "eine", "einer", "un", "une")

# Scale words; "billion" is 10^9 in English and 10^12 in the other three languages.
_SCALES: dict[str, float] = {
    "thousand": 1e3,
    "thousands": 1e3,
    "duizend": 1e3,
    "tausend": 1e3,
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "miljoen": 1e6,
    "miljoenen": 1e6,
    "millionen": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "miljard": 1e9,
    "miljarden": 1e9,
    "mld": 1e9,
    "mrd": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "biljoen": 1e12,
    "billionen": 1e12,
}
_LONG_SCALE_BILLION = {"billion": 1e12, "billions": 1e12}
# Every scale word, lower case.
SCALE_WORDS: frozenset[str] = frozenset(_SCALES)

_SCALE_RE: Final = re.compile(
    r"[\s\u00a0\u202f]*(?:-[\s]*)?(?=[tdmbTDMB])(?P<scale>"
    + "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
    + r")(?P<dot>\.)?(?![\w])",
    re.IGNORECASE,
)

_WORD_TOKEN: Final = re.compile(r"[^\W\d_]+")
_ONE: Final = frozenset(_ONE_WITH_SCALE)
# Every word `find_quantities` reads in a span: a caller that finds them in the text itself
# (lower case) passes them as `word_hits`. ("dreißig" is a key as well as "dreissig", so a
# lower-cased word is the key its case-folded form would be.)
NUMBER_WORDS_AND_ONE: frozenset[str] = (
    frozenset(NUMBER_WORDS) | _ONE | frozenset(APPROX_COUNT_NOUNS)
)

# Words that qualify a number without changing it ("over 75,000", "etwa 1,5 Millionen").
# "half a million", "een half miljoen" (the "a"/"een" is the word before the scale)
_HALF_BEFORE: Final = re.compile(r"(?<![\w])half\s+$", re.IGNORECASE)
APPROX: Final = re.compile(
    r"(?:(?:more|fewer|less)\s+than|over|nearly|almost|about|around|approximately|approx\.?|"
    r"some|roughly|close\s+to|up\s+to|at\s+least|just\s+(?:over|under)|an\s+estimated|"
    # "un peu plus de", "slightly more than", "iets meer dan", "etwas mehr als": a small
    # margin before the approximation
    r"(?:un\s+peu|slightly|a\s+little|a\s+bit|iets|wat|etwas|ein\s+wenig|"
    r"légèrement)\s+(?:(?:more|fewer|less)\s+than|over|under|(?:plus|moins)\s+de|"
    r"(?:meer|minder)\s+dan|(?:mehr|weniger)\s+als|über|unter)|"
    r"estimated|ruim|bijna|ongeveer|circa|ca\.|zo'n|zowat|meer\s+dan|minder\s+dan|"
    r"nagenoeg|rond\s+de|etwa|rund|über|mehr\s+als|fast|knapp|ungefähr|gut|zirka|"
    r"environ|plus\s+de|près\s+de|presque|quelque|quelques|autour\s+de|moins\s+de|"
    r"pr[eè]s\s+d'|"
    # intensifiers that stress a count without changing it ("met welgeteld drie steden",
    # "met maar liefst vier stedenbanden", "no fewer than 12", "pas moins de 25", "nicht
    # weniger als zwölf", "exactly nine", "genau sieben")
    r"welgeteld|(?:maar\s+)?liefst|precies|(?:niet\s+)?minder\s+dan|no\s+(?:fewer|less)\s+than|"
    r"not\s+(?:fewer|less)\s+than|as\s+many\s+as|exactly|precisely|pas\s+moins\s+de|"
    r"pas\s+moins\s+d['’]|exactement|nicht\s+weniger\s+als|genau|exakt|sage\s+und\s+schreibe)"
    r"\s*$",
    re.IGNORECASE,
)

_ORD_EN = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
_ORD_NL = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "elfde": 11,
    "twaalfde": 12,
    "dertiende": 13,
    "veertiende": 14,
    "vijftiende": 15,
    "zestiende": 16,
    "zeventiende": 17,
    "achttiende": 18,
    "negentiende": 19,
    "twintigste": 20,
}
_ORD_DE = {
    "erste": 1,
    "zweite": 2,
    "dritte": 3,
    "vierte": 4,
    "fünfte": 5,
    "sechste": 6,
    "siebte": 7,
    "achte": 8,
    "neunte": 9,
    "zehnte": 10,
    "elfte": 11,
    "zwölfte": 12,
    "dreizehnte": 13,
    "vierzehnte": 14,
    "fünfzehnte": 15,
    "sechzehnte": 16,
    "siebzehnte": 17,
    "achtzehnte": 18,
    "neunzehnte": 19,
    "zwanzigste": 20,
}
_ORD_FR = {
    "premier": 1,
    "première": 1,
    "deuxième": 2,
    "second": 2,
    "seconde": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
    "onzième": 11,
    "douzième": 12,
    "treizième": 13,
    "quatorzième": 14,
    "quinzième": 15,
    "seizième": 16,
    "dix-septième": 17,
    "dix-huitième": 18,
    "dix-neuvième": 19,
    "vingtième": 20,
}
ORDINAL_WORDS: dict[str, int] = {**_ORD_EN, **_ORD_NL, **_ORD_FR}
# German ordinals take case endings ("zweiten", "dritter"): matched by stem.
_ORD_DE_STEMS = {
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "dreizehnt": 13,
    "vierzehnt": 14,
    "fünfzehnt": 15,
    "sechzehnt": 16,
    "siebzehnt": 17,
    "achtzehnt": 18,
    "neunzehnt": 19,
    "zwanzigst": 20,
}
ORDINAL_WORDS.update(_ORD_DE)
# the longest stem first ("achtzehnt" before "acht")
_ORD_DE_STEMS_LONGEST = tuple(sorted(_ORD_DE_STEMS.items(), key=lambda kv: -len(kv[0])))

# An ordinal in digits or words; group "n" holds the digits, "w" the word.
ORDINAL = (
    r"(?:(?P<n>\d{1,4})(?:st|nd|rd|th|e|è|ème|eme|er|ère|re|de|ste|ste|te|\.)(?![\w])"
    r"|(?P<w>" + "|".join(sorted(map(re.escape, ORDINAL_WORDS), key=len, reverse=True)) + r")"
    r"(?:[nrs]|m)?(?![\w]))"
)


def ordinal_value(digits: str | None, word: str | None) -> int | None:
    """The value of an ORDINAL match from its `n` or `w` group."""
    if digits:
        return int(digits)
    if word:
        w = word.casefold()
        if w in ORDINAL_WORDS:
            return ORDINAL_WORDS[w]
        for stem, value in _ORD_DE_STEMS_LONGEST:
            if w.startswith(stem):
                return value
    return None


class Quantity:
    """A number in the text: `start`..`end` covers the number and its scale word.

    (A plain class: compiled, it is built much faster than a frozen dataclass; it is not
    changed once made.)
    """

    __slots__ = ("start", "end", "value", "word", "scaled", "year_like")

    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        word: bool = False,  # written in words ("seven") rather than digits
        scaled: bool = False,  # had a scale word ("million")
        year_like: bool = False,  # four plain digits between 1000 and 2100
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.word = word
        self.scaled = scaled
        self.year_like = year_like

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quantity):
            return NotImplemented
        return (self.start, self.end, self.value, self.word, self.scaled, self.year_like) == (
            other.start,
            other.end,
            other.value,
            other.word,
            other.scaled,
            other.year_like,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.value, self.word, self.scaled, self.year_like))

    def __repr__(self) -> str:
        return (
            f"Quantity(start={self.start!r}, end={self.end!r}, value={self.value!r}, "
            f"word={self.word!r}, scaled={self.scaled!r}, year_like={self.year_like!r})"
        )


def parse_digits(raw: str, *, language: str, scaled: bool) -> float | None:
    """The value of a digit string as _DIGITS matched it.

    A single "," or "." followed by exactly three digits groups thousands, unless it is the
    language's decimal separator and a scale word follows ("1,500 Millionen" is 1.5 million
    in German, "1,500 million" is 1500 million in English).
    """
    s = raw.replace("’", "'")
    for ch in _SPACE + "'":
        s = s.replace(ch, "")
    dec = _DECIMAL.get(language, ".")
    commas, dots = s.count(","), s.count(".")
    try:
        if commas and dots:
            # Both: the last one is the decimal separator.
            if s.rfind(",") > s.rfind("."):
                return float(s.replace(".", "").replace(",", "."))
            return float(s.replace(",", ""))
        if commas + dots == 0:
            return float(s)
        sep = "," if commas else "."
        head, _, tail = s.rpartition(sep)
        if commas + dots > 1:
            return float(s.replace(sep, ""))
        if len(tail) == 3 and not (sep == dec and scaled):
            return float(head + tail)
        return float(head + "." + tail)
    except ValueError:
        return None


# "1.2m inhabitants", "75k students": a scale letter written on the digits, a word after.
_ATTACHED_LETTERS: Final = frozenset("mkMK")
_ATTACHED_SCALE: Final = re.compile(r"[mkMK](?![\w²³'’.,/-])(?=[ \u00a0]+[^\W\d_])")


def _scale_after(text: str, pos: int, end: int, language: str) -> tuple[float, int] | None:
    m = _SCALE_RE.match(text, pos, end)
    if not m:
        if text[pos : pos + 1] not in _ATTACHED_LETTERS:
            return None
        a = _ATTACHED_SCALE.match(text, pos, end)
        if a is not None:
            return (1e6 if a.group() in "mM" else 1e3), a.end()
        return None
    word = m.group("scale").lower()
    # "md"/"mds" are scale words only in French.
    if word in ("md", "mds") and language != "fr":
        return None
    if word in _SCALES:
        factor = _SCALES[word]
        if language != "en" and word in _LONG_SCALE_BILLION:
            factor = _LONG_SCALE_BILLION[word]
        stop = (
            m.end() if m.group("dot") and word in ("mio", "mrd", "mld", "mln") else m.end("scale")
        )
        return factor, stop
    return None


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int], end: int) -> list[re.Match[str]]:
    """The matches of `rx.finditer(text, starts[0], end)` for a pattern that can match only
    at the positions `starts` (in order): tried there, each after the last match's end."""
    out: list[re.Match[str]] = []
    last = -1
    for p in starts:
        if p < last:
            continue
        m = rx.match(text, p, end)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def find_quantities(
    text: str,
    start: int,
    end: int,
    *,
    language: str,
    words: bool = True,
    word_hits: list[tuple[int, int, str]] | None = None,
    skip: list[tuple[int, int]] | None = None,
    digit_starts: list[int] | None = None,
) -> list[Quantity]:
    """Every number in text[start:end], in text order, with its scale word applied.

    words (bool): also read number words ("sieben", "a million"); callers that know the
        span holds none skip the word scan.
    word_hits (list | None): (start, end, word) of every number word and "a"/"one"/"ein"
        ... of the text, in order, when the caller has them (see `NUMBER_WORDS_AND_ONE`);
        else the words of the span are read one by one.
    skip (list | None): sorted spans that do not overlap (dates) whose digits are no
        quantities.
    digit_starts (list | None): where the runs of digits of the span start (a run that began
        before it: at `start`), when the caller has them: a number opens a run of digits (its
        look-behind refuses a digit before it), so `_DIGITS` is tried only there, not at
        every character of the span.
    """
    out: list[Quantity] = []
    k = 0
    found: Iterable[re.Match[str]] = (
        _DIGITS.finditer(text, start, end)
        if digit_starts is None
        else _matches_at(_DIGITS, text, digit_starts, end)
    )
    for m in found:
        s = m.start()
        if skip:
            while k < len(skip) and skip[k][1] <= s:
                k += 1
            if k < len(skip) and skip[k][0] <= s and m.end() <= skip[k][1]:
                continue
        if s >= 2 and text[s - 1] in _DIGIT_SPACES and text[s - 2].isdecimal():
            # "09 210 10 10" is one phone number; "in 2022 240 miljoen" follows a year.
            if not _AFTER_YEAR.search(text, max(0, s - 8), s):
                continue
        raw = m.group("num")
        scale = _scale_after(text, m.end(), end, language)
        value = parse_digits(raw, language=language, scaled=scale is not None)
        if value is None:
            continue
        stop = m.end()
        if scale is not None:
            value *= scale[0]
            stop = scale[1]
        year_like = scale is None and raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100
        out.append(Quantity(m.start(), stop, value, scaled=scale is not None, year_like=year_like))
    if words:
        if word_hits is None:
            tokens: Iterable[tuple[int, int, str]] = (
                (m.start(), m.end(), m.group().casefold())
                for m in _WORD_TOKEN.finditer(text, start, end)
            )
        else:
            i = bisect.bisect_left(word_hits, (start,))
            tokens = []
            while i < len(word_hits) and word_hits[i][0] < end:
                if word_hits[i][1] <= end:
                    tokens.append(word_hits[i])
                i += 1
        for w_start, w_end, w in tokens:
            if w in NUMBER_WORDS:
                if text[w_end : w_end + 1] == "-" or text[w_start - 1 : w_start] == "-":
                    continue  # "three-three tie", "Baden-Baden"
                if w in _OTHER_WORD.get(language, ()):
                    continue  # Dutch "onze zustersteden" (our), not French "onze" (11)
                value = float(NUMBER_WORDS[w])
                scale = _scale_after(text, w_end, end, language)
                stop = w_end
                if scale is not None:
                    value *= scale[0]
                    stop = scale[1]
                out.append(
                    Quantity(w_start, stop, value, word=scale is None, scaled=scale is not None)
                )
            elif w in APPROX_COUNT_NOUNS:
                # "une vingtaine de villes": the count ends where the counted noun begins
                join = _APPROX_NOUN_JOIN.match(text, w_end, end)
                if join is not None:
                    # (with its article: "met een twintigtal", "mit rund einem Dutzend")
                    art = _APPROX_NOUN_ARTICLE.search(text, max(start, w_start - 7), w_start)
                    first = art.start() if art is not None else w_start
                    out.append(Quantity(first, join.end(), float(APPROX_COUNT_NOUNS[w]), word=True))
            elif w in _ONE:
                scale = _scale_after(text, w_end, end, language)
                if scale is not None:
                    half = _HALF_BEFORE.search(text, max(start, w_start - 8), w_start)
                    if half is not None:  # "half a million": 500,000
                        out.append(Quantity(half.start(), scale[1], scale[0] / 2, scaled=True))
                    else:
                        out.append(Quantity(w_start, scale[1], scale[0], scaled=True))
    out.sort(key=lambda q: q.start)
    return out
