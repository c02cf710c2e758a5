"""The document every extractor reads and annotates: text, sentences, mentions, facts."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from typing import Any, Final

from cityties.extraction.types import (
    AgreementFact,
    ContactFact,
    DateMention,
    Evidence,
    FigureFact,
    GoalFact,
    Mention,
    OrganisationFact,
    PlaceFact,
    TieFact,
    VisitFact,
)

__all__ = [
    "DEFAULT_COUNTERPARTS",
    "LANGUAGES",
    "Doc",
    "Sentence",
    "first_line",
    "guess_language",
    "language_from_runs",
    "split_sentences",
]

LANGUAGES = ("en", "nl", "fr", "de")

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is was with for on that by from as are this it at an be "
        "which has have their its were".split()
    ),
    "nl": frozenset(
        "de het een en van in is op dat met voor zijn niet aan ook als bij er door "
        "naar om heeft werd deze".split()
    ),
    "fr": frozenset(
        "le la les et des du un une est dans pour que qui sur avec par au aux ce "
        "pas sont été entre l d qu à où ses leur cette".split()
    ),
    "de": frozenset(
        "der die das und ist mit von zu den im für auf dem des sich nicht ein eine "
        "zur zum wird als bei".split()
    ),
}
# The stop words in Latin-1, and every Latin-1 byte that is no letter (no `[^\W\d_]`) as a space:
# the runs of letters of a text in Latin-1 are then its words.
_STOP_BYTES: dict[str, frozenset[bytes]] = {
    lang: frozenset(w.encode("latin-1") for w in words) for lang, words in _STOPWORDS.items()
}
# a letter stays, anything else (digits, "²", "½", punctuation) separates words
_LETTER_BYTES = bytes(c if chr(c).isalpha() else 32 for c in range(256))
# Each stop word -> its languages packed as counters of 16 bits (LANGUAGES[k] at bit 16 * k):
# one sum over the words counts the stop words of every language at once (a sample of fewer than
# 65,536 words: no counter overflows into the next).
_STOP_PACKED: dict[bytes, int] = {
    w: sum(1 << (16 * k) for k, lang in enumerate(LANGUAGES) if w in _STOP_BYTES[lang])
    for w in frozenset().union(*_STOP_BYTES.values())
}


def first_line(text: str) -> tuple[int, int]:
    """The span of the document's first line of words, its title when it has one (a first
    line `date YYYY-MM-DD`, the document date, is passed over); (len, len) for no words."""
    pos = 0
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end]
        if line.strip() and not line.startswith("date "):
            return pos, end
        pos = end + 1
    return n, n


def _latin1_letters(low: str) -> bytes:
    """`low` in Latin-1 where each character outside it is "ÿ", a letter of no stop word, when
    it is a letter, else a space (found at the "?" the encoder writes for it: no pattern runs
    over the text, and the characters need no replacing one kind at a time)."""
    buf = bytearray(low.encode("latin-1", "replace"))
    p = buf.find(b"?")
    while p >= 0:
        c = low[p]
        if c != "?":
            buf[p] = 0xFF if c.isalpha() else 0x20
        p = buf.find(b"?", p + 1)
    return bytes(buf)


def guess_language(text: str, *, sample: int = 20000) -> str:
    """Guess en, nl, fr or de from stop-word counts in the first `sample` characters."""
    low = text[:sample].casefold()
    try:
        raw = low.encode("latin-1")
    except UnicodeEncodeError:
        raw = _latin1_letters(low)
    words = raw.translate(_LETTER_BYTES).split()
    if len(words) <= 0xFFFF:
        packed = sum(map(_STOP_PACKED.get, words, repeat(0, len(words))))
        counts = {lang: packed >> (16 * k) & 0xFFFF for k, lang in enumerate(LANGUAGES)}
    else:  # (a sample of more words than a counter holds)
        counts = {lang: sum(map(_STOP_BYTES[lang].__contains__, words)) for lang in LANGUAGES}
    best = max(LANGUAGES, key=lambda lang: counts[lang])
    return best if counts[best] else "en"


# Each stop word (Latin-1) -> the indices in LANGUAGES of its languages
_STOP_LANGS: Final[dict[bytes, tuple[int, ...]]] = {
    w: tuple(k for k, lang in enumerate(LANGUAGES) if w in _STOP_BYTES[lang]) for w in _STOP_PACKED
}
# Latin-1 characters that `guess_language` reads as no letter but the shared word index
# (`_clauses_scan.index_text`, class `[^\W\d_]`) reads as one
_NUMERIC_LETTERS: Final = "\xb2\xb3\xb9\xbc\xbd\xbe"


def language_from_runs(
    text: str, padded: bytes, runs: dict[bytes, list[int]], *, sample: int = 20000
) -> str | None:
    """What `guess_language(text, sample=sample)` gives, read from the shared word index of
    `text` instead of a split of its own (`padded` and `runs` as `DocIndex` holds them: " " +
    the lower-cased text in Latin-1 with every character but letters a space + " ", and the
    offsets of its runs of letters by run); None where the two could differ.

    They agree when no letter of the text lies outside Latin-1 (the guess reads one as a letter
    of no stop word, the index as a space) and none of "²³¹¼½¾" is in it (the index reads them
    as letters); case folding and lower case differ on Latin-1 letters only at "ß" and "µ",
    which are in no stop word and stay letters either way. A run cut by the end of the sample
    counts as the part of it inside the sample, as in the guess.
    """
    if any(c in text for c in _NUMERIC_LETTERS):
        return None
    if not text.isascii():
        # a letter outside Latin-1, found at the "?" the encoder writes for each character
        # outside it (a pattern would test every character of the text)
        raw = text.encode("latin-1", "replace")
        p = raw.find(b"?")
        while p >= 0:
            if text[p].isalpha():
                return None
            p = raw.find(b"?", p + 1)
    counts = [0] * len(LANGUAGES)
    for word, langs in _STOP_LANGS.items():
        at = runs.get(word)
        if at is None:
            continue
        # the runs that end inside the sample
        n = bisect_right(at, sample - len(word))
        if n:
            for k in langs:
                counts[k] += n
    if sample < len(text) and padded[sample] != 32 and padded[sample + 1] != 32:
        # a run goes on past the end of the sample: the guess reads its first part as a word
        start = padded.rfind(b" ", 0, sample + 1)
        for k in _STOP_LANGS.get(padded[start + 1 : sample + 1], ()):
            counts[k] += 1
    best = max(range(len(LANGUAGES)), key=counts.__getitem__)
    return LANGUAGES[best] if counts[best] else "en"


class Sentence:
    """A sentence (or a heading, list item or table line) by character offsets.

    A plain class (not a frozen dataclass: compiled, its constructor is native); its fields are
    `Final`, read-only once compiled.
    """

    __slots__ = ("start", "end")

    def __init__(
        self,
        start: int,
        end: int,
    ) -> None:
        self.start: Final = start
        self.end: Final = end

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentence):
            return NotImplemented
        return (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __reduce__(self) -> tuple[type[Sentence], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (Sentence, (self.start, self.end))

    def __repr__(self) -> str:
        return f"Sentence(start={self.start!r}, end={self.end!r})"

    def replace(self, **changes: Any) -> Sentence:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return Sentence(
            **{
                "start": self.start,
                "end": self.end,
                **changes,
            }
        )


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr prof st mt no nr vs etc e.g i.e inc ltd co corp jr sr gen gov sen rep
    jan feb mar apr jun jul aug sep sept oct nov dec dhr mevr mw ir ing bzw ca vgl z.b
    u.a d.h s.a art abs str m mme mlle he hrh nv bv ag gmbh sa u.s u.k p.r env cf resp""".split()
)
# Abbreviated amounts (German Mio./Mrd./Tsd./Mill., Dutch mln./mld., Swiss Mia.): after a
# number ("32 Mio. Einwohner", "1,5 mld. euro") their full stop does not end a sentence.
_AMOUNT_ABBREVIATIONS: Final = frozenset("mio mrd tsd mill mln mld mia".split())
# (case folding never makes a word shorter: a longer word is none of them)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS | _AMOUNT_ABBREVIATIONS))
# Sentence ends, blank lines, and line breaks before a list item:
#   [.!?]+["”’')\]]*\s+  |  \n\s*\n  |  \n(?=\s*(?:[•·*\-–]|\d+[.)])\s)
# written with one character class first (the regex engine scans for it fast) and the three
# alternatives told apart by that character.
_BOUNDARY: Final = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’')\]]*\s+|(?<=\n)(?:\s*\n|(?=\s*(?:[•·*\-–]|\d+[.)])\s)))"
)


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the full stop just before `end` belongs to an abbreviation or an initial."""
    i = end
    while i > 0 and text[i - 1] in ".!?\"”’')] \t\r\n":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
        if i - j > _LONGEST_ABBREVIATION:
            return False  # (longer than any abbreviation, and no initial)
    word = text[j:i].casefold()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    if word in _AMOUNT_ABBREVIATIONS:
        k = j
        while k > 0 and text[k - 1] in " \t\xa0":
            k -= 1
        return k < j and text[k - 1].isdigit()
    # A single capital letter ("J. Smith") is an initial.
    return len(word) == 1 and text[j].isupper()


_MONTHS: Final = frozenset(
    """january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre januar jänner februar märz april august dezember""".split()
)


def _dot_continues(text: str, dot: int, nxt: int) -> bool:
    """True when the full stop at `dot` does not end a sentence because of what follows.

    A lower-case word after it continues the sentence ("approx. two", "St. petersburg" typed
    sloppily aside); a number of one or two digits before it is an ordinal ("am 5. Juni") or
    a list number at the start of a line ("1. Ishinomaki").
    """
    if nxt < len(text) and text[nxt].islower():
        return True
    j = dot
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    if not 1 <= dot - j <= 2 or (j > 0 and not (text[j - 1].isspace() or text[j - 1] in "(")):
        return False
    k = j
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] == "\n":
        return True
    word = re.match(r"[^\W\d_]+", text[nxt : nxt + 12])
    return word is not None and word.group().casefold() in _MONTHS


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, headings and list items.

    A line that does not end with punctuation and is followed by a line starting with a
    capital is treated as its own unit (headings, address blocks, table rows).
    """
    out: list[Sentence] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        dot = m.start()
        cut = m.end()
        if (
            text[dot] == "."
            and "\n" not in m.group()
            and (_ends_with_abbreviation(text, dot + 1) or _dot_continues(text, dot, cut))
        ):
            # "Dr. Smith", "e.g. this", "am 5. Juni": the sentence goes on.
            continue
        _push_lines(text, start, cut, out)
        start = cut
    if start < n:
        _push_lines(text, start, n, out)
    return out


def _push(text: str, s: int, e: int, out: list[Sentence]) -> None:
    """Append text[s:e] without its surrounding white space, unless nothing is left."""
    if s >= e:
        return
    if text[s].isspace() or text[e - 1].isspace():
        part = text[s:e]
        inner = part.lstrip()
        if not inner:
            return
        s += len(part) - len(inner)
        e = s + len(inner.rstrip())
    out.append(Sentence(s, e))


# words a heading or a table row never ends with, but a line of wrapped prose may
_LINE_END_WORDS: Final = frozenset(
    """of the a an and or with to for from in on at by as than van de het een en of met voor
    uit in op aan bij te du des la le les et ou avec pour par dans sur à au aux der die das
    dem den des ein eine und oder mit von für in im am an auf zu zum zur bei""".split()
)


def _wrapped(line: str, first: str) -> bool:
    """True for a line break inside a sentence of wrapped prose (`line` is the whole physical
    line before it, `first` the next line's first character): the line ends with a word a
    heading never ends with ("signed with the city of / Lyon"), or a long line of words goes on
    with a number ("... on 14 May / 2003 ..."); never in a table row."""
    if "\t" in line or "|" in line:
        return False
    k = len(line)
    while k > 0 and line[k - 1].isalpha():
        k -= 1  # (the last word's start, found backwards: a pattern anchored at the end
        # would be tried from every position of the line)
    if k == len(line):
        return False
    if line[k:] in _LINE_END_WORDS:
        return True
    if first.isupper() and len(line) >= 60 and line.count(" ") >= 8:
        return True  # a long line of words cut before a name ("... the mayor of Beit / Sira")
    return first.isdigit() and len(line) >= 40 and " " in line


def _push_lines(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Push [start, end) split further at single line breaks that end a heading-like line."""
    s = start
    p = text.find("\n", start, end)
    while p >= 0:
        line = text[s:p].rstrip()
        if not line:
            s = p + 1
        elif line[-1] not in ",;:-–(":
            # the first character of the next line after spaces and tabs
            q = p + 1
            while q < end and text[q] in " \t":
                q += 1
            if q == end or not (
                text[q].islower() or _wrapped(text[text.rfind("\n", 0, p) + 1 : p], text[q])
            ):
                _push(text, s, p, out)
                s = p + 1
        p = text.find("\n", p + 1, end)
    _push(text, s, end, out)


# The countries of the counterparts the genre's acts are made with (ISO 3166 alpha-2): China,
# Taiwan, Hong Kong, Macao. The party resolver prefers a pair with one party of these.
DEFAULT_COUNTERPARTS: Final = frozenset({"CN", "TW", "HK", "MO"})


@dataclass
class Doc:
    """The state passed through the pipeline; extractors add mentions and facts to it."""

    text: str
    language: str
    document_date: date | None = None
    country: str | None = None  # default ISO 3166 country for phones and places
    counterparts: frozenset[str] = DEFAULT_COUNTERPARTS  # the partner countries looked for
    institution: str | None = None  # the document's own institution ("City of Ghent")
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[PlaceFact] = field(default_factory=list)
    organisations: list[OrganisationFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    visits: list[VisitFact] = field(default_factory=list)
    figures: list[FigureFact] = field(default_factory=list)
    contacts: list[ContactFact] = field(default_factory=list)
    ties: list[TieFact] = field(default_factory=list)
    goals: list[GoalFact] = field(default_factory=list)

    def evidence(
        self, start: int, end: int, *, extractor: str, confidence: float = 1.0
    ) -> Evidence:
        """Evidence for text[start:end], trimmed of surrounding white space."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(start, end, self.text[start:end], extractor, confidence)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains `offset`, if any."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= offset:
                lo = mid + 1
            elif s.start > offset:
                hi = mid
            else:
                return s
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside [start, end), in text order."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Date mentions that lie inside [start, end), in text order."""
        return [d for d in self.dates if d.start >= start and d.end <= end]
