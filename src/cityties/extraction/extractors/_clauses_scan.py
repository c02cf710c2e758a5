"""Fast scans shared by the date, figure, agreement and visit extractors.

`index_for(doc)` computes once per document what several extractors need: the lower-cased
text (same offsets) and the set of its words. `WordScan` runs a big word alternation (every
agreement keyword, every status marker) only where a word of the text could start one of its
matches, with exactly the matches `finditer` gives: the words that can start a match are
worked out from the pattern itself when it is built.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors._clauses import lower_same

__all__ = ["DocIndex", "WordScan", "index_for", "index_text"]

# re's own parser: the pattern's structure tells which words can start a match.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_WORD = re.compile(r"[^\W\d_]+")
# Characters that IGNORECASE matches against a lower-case letter although `lower_same` does
# not turn them into it ("İ", "ı" for "i", "ſ" for "s"): with one of them in the text, a
# pattern run over the lower-cased text would not be the same as the original.
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f]")


@dataclass
class DocIndex:
    """What extractors compute from a document's text, computed once.

    Runs of letters are read from a copy of the lower-cased text in Latin-1 where every
    character that is no letter is a space. A character outside Latin-1 is a space there
    too: the runs found are then a superset (a letter outside Latin-1 may split a word), and
    `word_starts` checks the text itself.
    """

    text: str
    sentences: list[Sentence]
    low: str
    caseless: bool  # True when matching `low` is the same as IGNORECASE on `text`
    latin1: bool  # every character of the text is in Latin-1
    padded: bytes  # " " + `low` in Latin-1 with every character but letters a space + " "
    words: frozenset[bytes]  # the runs of letters of `padded`
    _runs: dict[bytes, list[int]] | None = None
    _words: dict[bytes, list[int]] = field(default_factory=dict)
    _cands: dict[int, list[int]] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)  # per-document values by name

    @property
    def runs(self) -> dict[bytes, list[int]]:
        """First three letters of each run of letters (all, if fewer) -> its offsets."""
        runs = self._runs
        if runs is None:
            runs = self._runs = {}
            at = -1  # offset in the text of the next part of the split
            for part in self.padded.split(b" "):
                if part:
                    key = part[:3]
                    found = runs.get(key)
                    if found is None:
                        runs[key] = [at]
                    else:
                        found.append(at)
                at += len(part) + 1
        return runs

    def word_starts(self, word: bytes) -> list[int]:
        """Offsets of the runs of letters that are exactly `word` (Latin-1), in order."""
        out = self._words.get(word)
        if out is None:
            out = []
            if word in self.words:
                n = len(word)
                pad = self.padded
                needle = b" " + word + b" "
                i = pad.find(needle)
                while i >= 0:
                    out.append(i)  # offset i + 1 of `padded` is offset i of the text
                    i = pad.find(needle, i + n + 1)
                if not self.latin1:
                    low = self.low
                    out = [
                        i
                        for i in out
                        if (i == 0 or not _is_letter(low[i - 1]))
                        and (i + n == len(low) or not _is_letter(low[i + n]))
                    ]
            self._words[word] = out
        return out


def _is_letter(c: str) -> bool:
    """The class [^\\W\\d_] of `re` for one character."""
    return c.isalnum() and not c.isdecimal()


_LETTERS = bytes(c if _is_letter(chr(c)) else 32 for c in range(256))
_LAST: list[tuple[Doc, DocIndex]] = []


def index_for(doc: Doc) -> DocIndex:
    """The index of `doc`, kept for the next extractor that reads the same document."""
    if _LAST:
        d, idx = _LAST[0]
        if d is doc and idx.text is doc.text and idx.sentences is doc.sentences:
            return idx
    idx = index_text(doc.text, doc.sentences)
    _LAST[:] = [(doc, idx)]
    return idx


def index_text(text: str, sentences: list[Sentence] | None = None) -> DocIndex:
    """The index of a text on its own (not kept)."""
    low = lower_same(text)
    try:
        raw = low.encode("latin-1")
        latin1 = True
    except UnicodeEncodeError:
        raw = low.encode("latin-1", "replace")  # one "?" per other character
        latin1 = False
    padded = b" " + raw.translate(_LETTERS) + b" "
    return DocIndex(
        text=text,
        sentences=sentences if sentences is not None else [],
        low=low,
        caseless=_CASE_TRAPS.search(text) is None,
        latin1=latin1,
        padded=padded,
        words=frozenset(padded.split()),
    )


# --------------------------------------------------------------------------- pattern analysis

_OPEN = "\0"  # a prefix whose next character could be anything
_MAX = 4000


class _TooMany(Exception):
    """The prefixes of a pattern do not fit a small set."""


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters an IN item matches, or None when unbounded."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE:
            if av[1] - av[0] > 400:
                return None
            out.update(chr(i) for i in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, ...
            return None
    return out


def _is_word_guard(op: Any, av: Any) -> bool:
    """`(?<![\\w...])` or `(?<![^\\W\\d_])`: the character before is no letter."""
    if op is not _c.ASSERT_NOT or av[0] != -1:
        return False
    data = list(av[1].data)
    if len(data) != 1:
        return False
    iop, iav = data[0]
    if iop is _c.IN:
        for op2, av2 in iav:
            if op2 is _c.CATEGORY and av2 is _c.CATEGORY_WORD:
                return True
        # [^\W\d_]: NEGATE, then \W, \d and "_"
        return (
            len(iav) == 4
            and iav[0][0] is _c.NEGATE
            and (_c.CATEGORY, _c.CATEGORY_NOT_WORD) in iav
            and (_c.CATEGORY, _c.CATEGORY_DIGIT) in iav
            and (_c.LITERAL, ord("_")) in iav
        )
    return False


# A prefix in progress: (characters so far, a word guard stands before the first one).
_Prefix = tuple[str, bool]


def _extend(items: list[tuple[Any, Any]], prefixes: set[_Prefix], k: int) -> set[_Prefix]:
    for op, av in items:
        active = {p for p in prefixes if len(p[0]) < k and not p[0].endswith(_OPEN)}
        if not active:
            return prefixes
        done = prefixes - active
        if op is _c.LITERAL:
            new = {(s + chr(av), g) for s, g in active}
        elif op is _c.IN:
            chars = _charset(av)
            if chars is None:
                new = {(s + _OPEN, g) for s, g in active}
            else:
                new = {(s + ch, g) for s, g in active for ch in chars}
        elif op is _c.BRANCH:
            new = set()
            for alt in av[1]:
                new |= _extend(list(alt.data), active, k)
        elif op is _c.SUBPATTERN:
            if av[1] & _c.SRE_FLAG_IGNORECASE:
                new = {(s + _OPEN, g) for s, g in active}
            else:
                new = _extend(list(av[3].data), active, k)
        elif op is _c.ATOMIC_GROUP:
            new = _extend(list(av.data), active, k)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            cur = active
            new = set()
            n = 0
            while True:
                if n >= min(lo, k + 1):
                    new |= cur
                if n >= min(hi, k + 1):
                    if hi > k + 1:
                        new |= cur
                    break
                cur = _extend(list(sub.data), cur, k)
                n += 1
        elif op is _c.ASSERT_NOT and _is_word_guard(op, av):
            new = {(s, g or not s) for s, g in active}
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            new = active  # zero width
        else:  # ANY, NOT_LITERAL, GROUPREF, CATEGORY ...
            new = {(s + _OPEN, g) for s, g in active}
        prefixes = done | new
        if len(prefixes) > _MAX:
            raise _TooMany
    return prefixes


def _heads(pattern: str, k: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """(exact, short) heads of a word-start pattern, or None when it is not one.

    A match starts after a character that is no letter (the pattern opens with a word
    guard), with a letter, and its first `k` characters are one of `exact`; a match that
    stops (or can go on with anything) before `k` characters starts with one of `short`.
    """
    try:
        parsed = _parser.parse(pattern)
        found = _extend(list(parsed.data), {("", False)}, k)
    except (_TooMany, RecursionError):
        return None
    exact: set[str] = set()
    short: set[str] = set()
    for s, guarded in found:
        closed = s.rstrip(_OPEN)
        if not guarded or not closed or not closed[0].isalpha():
            return None
        if len(closed) >= k:
            exact.add(closed[:k])
        else:
            short.add(closed)
    return frozenset(exact), frozenset(short)


class WordScan:
    """`rx.finditer(low, start, end)`, tried only at words that can start a match.

    rx (re.Pattern): a case-sensitive pattern for lower-cased text. When it does not open
        with a word guard and a letter, every position is tried as usual.
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._exact: frozenset[bytes] | None = None  # None: no analysis, try every offset
        self._short: frozenset[bytes] = frozenset()
        self._exact_str: frozenset[str] = frozenset()
        self._short_str: frozenset[str] = frozenset()
        self._prefixes: frozenset[bytes] = frozenset()
        if rx.flags & re.IGNORECASE:
            return
        heads = _heads(rx.pattern, 3)
        if heads is not None:
            try:
                exact = frozenset(h.encode("latin-1") for h in heads[0])
                short = frozenset(h.encode("latin-1") for h in heads[1])
            except UnicodeEncodeError:
                return
            self._exact, self._short = exact, short
            self._exact_str = heads[0]
            self._short_str = heads[1]
            self._prefixes = frozenset(s[:j] for s in exact | short for j in (1, 2))

    def candidates(self, idx: DocIndex) -> list[int] | None:
        """Sorted offsets where a match may start (a superset), or None when any offset may."""
        exact = self._exact
        if exact is None:
            return None
        key = id(self)
        out = idx._cands.get(key)
        if out is None:
            runs = idx.runs
            short = self._short
            starts: list[int] = []
            for h in runs.keys() & exact:
                starts += runs[h]
            if short:
                for h in runs.keys() - exact:
                    if h[:1] in short or h[:2] in short:
                        starts += runs[h]
            # a run shorter than three letters: what follows it decides
            exact_s, short_s = self._exact_str, self._short_str
            low = idx.low
            for h in runs.keys() & self._prefixes:
                if len(h) < 3 and not (h[:1] in short or h in short):
                    for p in runs[h]:
                        w = low[p : p + 3]
                        if w in exact_s or w[:1] in short_s or w[:2] in short_s:
                            starts.append(p)
            out = sorted(starts)
            idx._cands[key] = out
        return out

    def finditer(
        self, idx: DocIndex, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of `rx.finditer(idx.low, start, end)`."""
        low = idx.low
        stop = len(low) if end is None else min(end, len(low))
        cands = self.candidates(idx)
        if cands is None:
            yield from self.rx.finditer(low, start, stop)
            return
        match = self.rx.match
        pos = start
        i = bisect.bisect_left(cands, start)
        n = len(cands)
        while i < n:
            p = cands[i]
            if p >= stop:
                return
            i += 1
            if p < pos:
                continue
            m = match(low, p, stop)
            if m is not None:
                yield m
                pos = m.end()

    def search(self, idx: DocIndex, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`rx.search(idx.low, start, end)`."""
        return next(self.finditer(idx, start, end), None)

    def any_in(self, idx: DocIndex) -> bool:
        """False when no match can be anywhere in the document (cheap)."""
        cands = self.candidates(idx)
        return cands is None or bool(cands)
