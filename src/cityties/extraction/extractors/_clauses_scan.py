"""Fast scans shared by the date, figure, agreement and visit extractors.

`index_for(doc)` computes once per document what several extractors need: the lower-cased
text (same offsets) and the set of its words. `WordScan` runs a big word alternation (every
agreement keyword, every status marker) only where a word of the text could start one of its
matches, with exactly the matches `finditer` gives: the words that can start a match are
worked out from the pattern itself when it is built. At a word that starts with a letter c,
it runs a copy of the pattern without the alternatives that cannot start with c (built on
first use, one per letter).
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from typing import Any, Final

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors._clauses import lower_same

__all__ = ["DocIndex", "WordScan", "adopt", "index_for", "index_text"]

# re's own parser: the pattern's structure tells which words can start a match.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")

_WORD: Final = re.compile(r"[^\W\d_]+")
# Characters that IGNORECASE matches against a lower-case letter although `lower_same` does
# not turn them into it ("İ", "ı" for "i", "ſ" for "s"): with one of them in the text, a
# pattern run over the lower-cased text would not be the same as the original.
# (Looked for one by one: `in` sees at once that a text of Latin-1 holds none.)
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")
# Characters outside Latin-1 whose lower case or case folding has Latin-1 letters ("ﬁ" is
# "fi", "ẞ" is "ss", the Kelvin sign is "k"): every other character outside Latin-1 stays
# outside it, so a word of Latin-1 letters found in `low` is the same word case-folded.
# (All code points c > 255 with c.casefold() or c.lower() holding a character below 256.)
FOLD_TRAPS = "\u0130\u0149\u0178\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\u212b\ufb00-\ufb06"
_FOLD_TRAPS: Final = re.compile(f"[{FOLD_TRAPS}]")


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
    foldless: bool  # no character of FOLD_TRAPS in the text
    latin1: bool  # every character of the text is in Latin-1
    padded: bytes  # " " + `low` in Latin-1 with every character but letters a space + " "
    words: frozenset[bytes]  # the runs of letters of `padded`
    _words: dict[bytes, list[int]] = field(default_factory=dict)
    # by WordScan itself, not its id(): a scan made later may reuse the id of a dead one
    _cands: dict[WordScan, list[int]] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)  # per-document values by name
    _runs: dict[bytes, list[int]] | None = None  # `run_offsets`, once made
    # the runs of letters (keys of `words`) that `_RUNS` could not take (it was full): every
    # scan tries them in each call of `WordScan.candidates`
    fresh: list[bytes] = field(default_factory=list)
    # made by `index_text` and given to `adopt` before the document's sentences: the first
    # `index_for` takes over its words
    fresh_start: bool = False
    # the run of letters after the run that ends at a text offset (`next_run`), by offset
    _next_runs: dict[int, bytes] = field(default_factory=dict)

    def next_run(self, end: int) -> bytes:
        """The run of letters of `padded` after the run that ends at the text offset `end`
        (b"" when there is none), kept for the other scans of the document."""
        out = self._next_runs.get(end)
        if out is None:
            # what `rb" +([^ ]+)"` matches from the space after the run (`padded` opens with one
            # more character than the text): read with `find`, no regex call per word
            padded = self.padded
            n = len(padded)
            p = end + 1
            out = b""
            if p < n and padded[p] == 32:
                p += 1
                while p < n and padded[p] == 32:
                    p += 1
                if p < n:
                    q = padded.find(b" ", p)
                    out = padded[p:q] if q >= 0 else padded[p:]
            self._next_runs[end] = out
        return out

    def run_offsets(self) -> dict[bytes, list[int]]:
        """The offsets of the runs of letters of `padded`, by run, in order (see `_run_table`)."""
        out = self._runs
        if out is None:
            out = self._runs = _run_table(self.padded)
        return out

    def word_starts(self, word: bytes) -> list[int]:
        """Offsets of the runs of letters that are exactly `word` (Latin-1), in order."""
        out = self._words.get(word)
        if out is None:
            out = []
            if word in self.words:
                n = len(word)
                out = self.run_offsets()[word]
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

    def run_starts(self, run: bytes) -> list[int]:
        """Offsets of the runs of letters of `padded` that are exactly `run`, in order (in a
        text outside Latin-1 such a run may be part of a longer word: see `word_starts`)."""
        return self.run_offsets().get(run, [])


def _run_table(padded: bytes) -> dict[bytes, list[int]]:
    """The offsets in the text of the runs of letters of `padded`, by run, in order: read in
    one pass (a search for each run would read the whole text)."""
    out: dict[bytes, list[int]] = {}
    i = -1  # the offset in the text of the piece (`padded` has one more character first)
    for run in padded.split(b" "):  # a run of letters, or b"" between two spaces
        if run:
            at = out.get(run)
            if at is None:
                out[run] = [i]
            else:
                at.append(i)
            i += len(run) + 1
        else:
            i += 1  # an empty piece: no length to read
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
        if d is doc and idx.text is doc.text:
            if idx.sentences is doc.sentences:
                return idx
            if idx.fresh_start:
                # made (by `adopt`) before the document's sentences were split: its words
                # are the text's, its per-document values are yet to be read
                idx = _with_sentences(idx, doc.sentences)
                _LAST[:] = [(doc, idx)]
                return idx
    idx = index_text(doc.text, doc.sentences)
    _LAST[:] = [(doc, idx)]
    return idx


def adopt(doc: Doc, idx: DocIndex) -> None:
    """Keep `idx`, made by `index_text(doc.text)` before `doc` was (the pipeline reads the
    language guess from it), for the extractors of `doc`: the first `index_for(doc)` after its
    sentences are split takes over its words instead of splitting the text again."""
    if idx.text is not doc.text:
        raise ValueError("the index of another text")
    idx.fresh_start = True
    _LAST[:] = [(doc, idx)]


def _with_sentences(idx: DocIndex, sentences: list[Sentence]) -> DocIndex:
    """What `index_text(idx.text, sentences)` gives, from the words `idx` read already (its
    per-document values start empty, as in a new index)."""
    return DocIndex(
        text=idx.text,
        sentences=sentences,
        low=idx.low,
        caseless=idx.caseless,
        foldless=idx.foldless,
        latin1=idx.latin1,
        padded=idx.padded,
        words=idx.words,
        _runs=idx.run_offsets(),
        fresh=idx.fresh,
    )


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
    # the table of runs is made at once: every document's word scans read it, and its keys are
    # the words (one split of the text instead of two)
    runs = _run_table(padded)
    words = frozenset(runs)
    return DocIndex(
        text=text,
        sentences=sentences if sentences is not None else [],
        low=low,
        caseless=not any(c in text for c in _CASE_TRAPS),
        foldless=latin1 or _FOLD_TRAPS.search(text) is None,
        latin1=latin1,
        padded=padded,
        words=words,
        _runs=runs,
        fresh=_register(words),
    )


# Every run of letters met in a text so far, in the order met (a bounded cache of single
# words, shared by all scans): each scan tries each of them once against its small pattern
# (`WordScan.candidates`), so a document's runs are looked up once for all scans, not once
# per scan.
_RUNS: list[bytes] = []
_RUN_SET: set[bytes] = set()


def _register(words: frozenset[bytes]) -> list[bytes]:
    """Add the runs of `words` not met before to `_RUNS`; return those it could not take."""
    fresh: list[bytes] = []
    if _RUN_SET.issuperset(words):
        return fresh  # the usual case once the words of a kind of text recur
    for run in words:
        if run not in _RUN_SET:
            if len(_RUNS) < _MAX_RUNS:
                _RUNS.append(run)
                _RUN_SET.add(run)
            else:
                fresh.append(run)
    return fresh


# --------------------------------------------------------------------------- pattern analysis

_OPEN = "\0"  # a prefix whose next character could be anything
_NOT_LETTER = "\1"  # a prefix whose next character is no letter (a space, a digit ...)
_NOT_LETTER_CATEGORIES: Final = frozenset({"CATEGORY_SPACE", "CATEGORY_DIGIT", "CATEGORY_NOT_WORD"})
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


def _no_letters(items: list[tuple[Any, Any]]) -> bool:
    """True when an IN item matches no letter (\\s, \\d, punctuation)."""
    for op, av in items:
        if op is _c.LITERAL:
            if _is_letter(chr(av)):
                return False
        elif op is _c.RANGE:
            if av[1] - av[0] > 400 or any(_is_letter(chr(i)) for i in range(av[0], av[1] + 1)):
                return False
        elif op is _c.CATEGORY:
            if str(av) not in _NOT_LETTER_CATEGORIES:
                return False
        else:
            return False
    return True


def _is_word_end(av: Any) -> bool:
    """`(?![\\w...])`: the next character is no letter (or there is none)."""
    if av[0] != 1:
        return False
    data = list(av[1].data)
    if len(data) != 1 or data[0][0] is not _c.IN:
        return False
    return any(op is _c.CATEGORY and a is _c.CATEGORY_WORD for op, a in data[0][1])


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
        active = {p for p in prefixes if len(p[0]) < k and p[0][-1:] not in (_OPEN, _NOT_LETTER)}
        if not active:
            return prefixes
        done = prefixes - active
        if op is _c.LITERAL:
            new = {(s + chr(av), g) for s, g in active}
        elif op is _c.IN:
            chars = _charset(av)
            if chars is None:
                end = _NOT_LETTER if _no_letters(av) else _OPEN
                new = {(s + end, g) for s, g in active}
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
        elif op is _c.ASSERT_NOT and _is_word_end(av):
            new = {(s + _NOT_LETTER, g) for s, g in active}  # the run of letters ends here
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            new = active  # zero width
        else:  # ANY, NOT_LITERAL, GROUPREF, CATEGORY ...
            new = {(s + _OPEN, g) for s, g in active}
        prefixes = done | new
        if len(prefixes) > _MAX:
            raise _TooMany
    return prefixes


def _heads(
    pattern: str, k: int, parsed: Any = None
) -> tuple[frozenset[str], frozenset[str]] | None:
    """(exact, short) heads of a word-start pattern, or None when it is not one.

    A match starts after a character that is no letter (the pattern opens with a word
    guard), with a letter, and its first `k` characters are one of `exact`; a match that
    stops (or can go on with anything) before `k` characters starts with one of `short`.
    parsed: `pattern` already parsed by `re._parser.parse(pattern)`, if it is.
    """
    try:
        if parsed is None:
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
            short.add(closed)  # may end with _NOT_LETTER
    return frozenset(exact), frozenset(short)


def _trie(words: set[bytes]) -> bytes:
    """A regex (bytes) that matches any of `words`, as a prefix tree; a NUL byte stands for
    the end of a run of letters (a space follows, not taken)."""
    groups: dict[int, set[bytes]] = {}
    ends = False
    for w in words:
        if w:
            groups.setdefault(w[0], set()).add(w[1:])
        else:
            ends = True
    parts = []
    for first in sorted(groups):
        rest = groups[first]
        head = b"(?= )" if first == 0 else re.escape(bytes([first]))
        if rest == {b""}:
            parts.append(head)
        else:
            parts.append(head + b"(?:" + _trie(rest) + b")")
    if ends:
        parts.append(b"")
    return b"|".join(parts)


def _first_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a match of `items` (after a word guard) can start with, or None when
    that is not a small known set (anything, an empty match, a non-letter ...)."""
    try:
        found = _extend(items, {("", True)}, 1)
    except (_TooMany, RecursionError):
        return None
    out: set[str] = set()
    for s, _guarded in found:
        if not s or s[0] in (_OPEN, _NOT_LETTER):
            return None
        out.add(s[0])
    return out


# How many letters of the word after a one-word head ("the", "in") a candidate is checked
# against (see `_follows`), and how many prefixes that analysis may hold.
_NEXT_LETTERS = 3
_MAX_FOLLOW = 4000


def _follow_active(s: str, k: int) -> bool:
    """Whether a two-word prefix (see `_extend_follow`) can still grow: the first word has
    fewer than `k` letters and no end, or the second has fewer than `_NEXT_LETTERS` and no
    end (nothing read as anything ends a prefix)."""
    if s.endswith(_OPEN):
        return False
    i = s.find(_NOT_LETTER)
    if i < 0:
        return len(s) < k
    rest = s[i + 1 :]
    if rest.endswith(_NOT_LETTER):
        return False
    return len(rest) < _NEXT_LETTERS


def _extend_follow(items: list[tuple[Any, Any]], prefixes: set[str], k: int) -> set[str]:
    """`_extend` for two words: after the first word's end (a no-letter item, the
    `_NOT_LETTER` mark), the items that match no letter are read as the gap before the next
    word and add nothing; its letters follow the mark. The prefixes are characters only (the
    word guard is checked by `_heads`)."""
    for op, av in items:
        active = {p for p in prefixes if _follow_active(p, k)}
        if not active:
            return prefixes
        done = prefixes - active
        gap = {p for p in active if p.endswith(_NOT_LETTER)}  # between the two words
        new: set[str] = set()
        if op is _c.LITERAL:
            ch = chr(av)
            gap_ch = not _is_letter(ch)
            new = {s if s in gap and gap_ch else s + ch for s in active}
        elif op is _c.IN:
            chars = _charset(av)
            if chars is None:
                if _no_letters(av):
                    new = {s if s in gap else s + _NOT_LETTER for s in active}
                else:
                    new = {s + _OPEN for s in active}
            else:
                for s in active:
                    for ch in chars:
                        new.add(s if s in gap and not _is_letter(ch) else s + ch)
        elif op is _c.BRANCH:
            for alt in av[1]:
                new |= _extend_follow(list(alt.data), active, k)
        elif op is _c.SUBPATTERN:
            if av[1] & _c.SRE_FLAG_IGNORECASE:
                new = {s + _OPEN for s in active}
            else:
                new = _extend_follow(list(av[3].data), active, k)
        elif op is _c.ATOMIC_GROUP:
            new = _extend_follow(list(av.data), active, k)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            # read until the prefixes after n repeats no longer change (a gap's repeats add
            # nothing), or as many repeats as there may be
            lo, hi, sub = av
            cur = active
            n = 0
            while True:
                if n >= lo:
                    new |= cur
                if n >= hi:
                    break
                nxt = _extend_follow(list(sub.data), cur, k)
                n += 1
                if nxt == cur and n > lo:
                    break
                if n > 4 * (k + _NEXT_LETTERS) + 4:
                    raise _TooMany
                cur = nxt
        elif op is _c.ASSERT_NOT and _is_word_guard(op, av):
            new = active
        elif op is _c.ASSERT_NOT and _is_word_end(av):
            new = {s if s in gap else s + _NOT_LETTER for s in active}  # a word ends here
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            new = active  # zero width
        else:  # ANY, NOT_LITERAL, GROUPREF, CATEGORY ...
            new = {s + _OPEN for s in active}
        prefixes = done | new
        if len(prefixes) > _MAX_FOLLOW:
            raise _TooMany
    return prefixes


def _letters(s: str) -> int:
    """How many characters open `s` that are letters (no mark)."""
    n = 0
    while n < len(s) and s[n] != _OPEN and s[n] != _NOT_LETTER and _is_letter(s[n]):
        n += 1
    return n


def _follows(parsed: Any, k: int) -> dict[bytes, frozenset[bytes] | None] | None:
    """For each one-word head of a pattern (a run of fewer than `k` letters, then no letter:
    "the", "in"), what the next run of letters of a match opens with: its first letters
    (up to `_NEXT_LETTERS`), or its letters and b"\0" when the run is no longer; None for a
    head where it may be any run (or none). None when the pattern is too big to read so.
    """
    try:
        found = _extend_follow(list(parsed.data), {""}, k)
    except (_TooMany, RecursionError):
        return None
    out: dict[bytes, set[bytes] | None] = {}
    for s in found:
        n = _letters(s)
        if n >= len(s) or s[n] != _NOT_LETTER:
            continue  # no one-word head
        try:
            key = s[:n].encode("latin-1")
        except UnicodeEncodeError:
            continue
        rest = s[n + 1 :]
        m = _letters(rest)
        word = b""
        if m:
            try:
                word = rest[:m].encode("latin-1")
            except UnicodeEncodeError:
                word = b""
        if not word:
            out[key] = None  # any next run, or none
            continue
        if m < len(rest) and rest[m] == _NOT_LETTER:
            word += b"\0"  # a run of exactly these letters
        have = out.get(key, set())
        if have is not None:
            have.add(word)
            out[key] = have
    return {key: None if v is None else frozenset(v) for key, v in out.items()}


def _pruned(
    items: list[tuple[Any, Any]],
    rest: list[tuple[Any, Any]],
    c: str,
    firsts: dict[int, set[str] | None],
) -> list[Any]:
    """`items` (followed by `rest` in the pattern) without the alternatives of their leading
    branches that cannot start with the character `c`; every group is kept, so group numbers
    and names stay the same. At a position where the text starts with `c`, the pruned pattern
    matches exactly as the whole one: the alternatives left out could not match there, and
    the others are tried in the same order.

    firsts (dict): the first characters of each alternative already worked out, by its id
        (the parsed pattern is kept, so the ids stay those of the same alternatives).
    """
    out: list[Any] = []
    for n, (op, av) in enumerate(items):
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            out.append((op, av))  # a word guard or a look-around: kept, the next item leads
            continue
        after = items[n + 1 :] + rest
        if op is _c.BRANCH:
            alts = []
            for alt in av[1]:
                data = list(alt.data)
                if id(alt) in firsts:
                    first = firsts[id(alt)]
                else:
                    first = firsts[id(alt)] = _first_chars(data + after)
                if first is None or c in first:
                    alts.append(_parser.SubPattern(alt.state, _pruned(data, after, c, firsts)))
            if alts:
                out.append((op, (av[0], alts)))
            else:
                out.extend(_parser.parse("(?!)").data)  # no alternative can match here
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            group, add_flags, del_flags, sub = av
            inner = _pruned(list(sub.data), after, c, firsts)
            out.append((op, (group, add_flags, del_flags, _parser.SubPattern(sub.state, inner))))
        else:
            out.append((op, av))
        out.extend(items[n + 1 :])
        break
    return out


class _Pruner:
    """Copies of one pattern pruned for a first letter (see `_pruned`); the pattern is parsed
    once, and each alternative's first characters are worked out once."""

    def __init__(self, rx: re.Pattern[str], parsed: Any = None) -> None:
        self.rx = rx
        # `parsed`: the pattern already parsed with its flags, if it is
        self.parsed = parsed if parsed is not None else _parser.parse(rx.pattern, rx.flags)
        self.firsts: dict[int, set[str] | None] = {}

    def pattern_for(self, c: str) -> re.Pattern[str]:
        """`rx` for positions where the text starts with `c`."""
        data = _pruned(list(self.parsed.data), [], c, self.firsts)
        tree = _parser.SubPattern(self.parsed.state, data)
        out: re.Pattern[str] = _compiler.compile(tree, self.rx.flags)
        return out


def _pruned_pattern(rx: re.Pattern[str], c: str) -> re.Pattern[str]:
    """`rx` for positions where the text starts with `c` (see `_pruned`)."""
    return _Pruner(rx).pattern_for(c)


# At most this many pruned copies of one pattern (one per first letter met).
_MAX_PRUNED = 80
# At most this many runs of letters kept in `_RUNS` (later runs are tried each time they are met).
_MAX_RUNS = 20000
# How many first characters of a match the words of the text are checked against: five let
# about half as many words through as three ("interest" no longer for "intends"), for a
# scan of the same cost; a pattern with too many heads of five is analysed at three.
_HEAD_LETTERS = (5, 3)


class WordScan:
    """`rx.finditer(low, start, end)`, tried only at words that can start a match.

    The words that can start a match are found for the whole document from its runs of
    letters: each run is tried once against a small pattern (" " + the run + " "), and the
    offsets of the runs where it matches are kept for every later call.

    rx (re.Pattern): a case-sensitive pattern for lower-cased text. When it does not open
        with a word guard and a letter, every position is tried as usual.
    ranged (bool): a pattern read in some sentences only (kept for the callers that say so:
        the candidates of the whole document, found from its runs of letters, cost about as
        much as a few sentences' worth of a scan, and every later call reuses them).
    """

    def __init__(self, rx: re.Pattern[str], *, ranged: bool = False) -> None:
        self.rx = rx
        self.ok = False  # False: no analysis, every offset is tried
        self.ranged = ranged
        self._scan: re.Pattern[bytes] | None = None  # at " " + a run that may start a match
        # how many runs of `_RUNS` were tried, and those of them where a match of `_scan`
        # starts (" " + the run + " ")
        self._tried = 0
        self._opens: set[bytes] = set()
        # what `_scan` takes, as sets (`_takes`): the runs that open with one of these letters,
        # by their number, and the runs of exactly these letters
        self._starts: list[tuple[int, frozenset[bytes]]] = []
        self._whole: frozenset[bytes] = frozenset()
        # a run of exactly these letters that may start a match when the text goes on in one
        # of these ways ("co-")
        self._ways: dict[bytes, tuple[str, ...]] = {}
        # the pattern without the alternatives that cannot start with a letter, by letter
        self._by_first: dict[str, re.Pattern[str]] = {}
        self._pruner: _Pruner | None = None
        self._parsed: Any = None  # the parsed pattern, for the pruner
        # the one-word heads ("the", "in") whose candidates are kept only where the next run
        # of letters opens as a match's next word may (`_follows`): the runs it may be, and
        # the first letters it may open with, by their number; worked out on first use
        self._next: dict[bytes, tuple[frozenset[bytes], list[tuple[int, frozenset[bytes]]]]] = {}
        self._next_todo: Any = None  # (the parsed pattern, k) until `_next` is worked out
        if rx.flags & re.IGNORECASE:
            return
        try:
            parsed = _parser.parse(rx.pattern)
        except RecursionError:
            return
        if rx.flags & ~re.UNICODE == 0:
            self._parsed = parsed  # the same as parsed with the pattern's flags: kept
        heads = None
        k = 0
        for k in _HEAD_LETTERS:
            heads = _heads(rx.pattern, k, parsed)
            if heads is not None:
                break
        if heads is None:
            return
        exact, short = heads
        alternatives: set[bytes] = set()  # first letters of a run, or a whole run + " "
        ways: dict[bytes, set[str]] = {}
        try:
            for h in exact | short:
                n = 0
                while n < len(h) and h[n] != _NOT_LETTER and _is_letter(h[n]):
                    n += 1
                key = h[:n].encode("latin-1")
                if n == k or n == len(h):  # a run that starts with these letters
                    alternatives.add(key)
                elif h[n] == _NOT_LETTER:  # a run of exactly these letters ("in ", "a ")
                    alternatives.add(key + b"\0")
                else:  # letters, then what follows the run ("co-", "n'"), up to a run's end
                    ways.setdefault(key, set()).add(h.split(_NOT_LETTER)[0])
        except UnicodeEncodeError:
            return
        trie = _trie(alternatives) if alternatives else b"(?!)"
        self._scan = re.compile(b" (?:" + trie + b")")
        starts: dict[int, set[bytes]] = {}
        for a in alternatives:
            if not a.endswith(b"\0"):
                starts.setdefault(len(a), set()).add(a)
        self._starts = [(n, frozenset(v)) for n, v in sorted(starts.items())]
        self._whole = frozenset(a[:-1] for a in alternatives if a.endswith(b"\0"))
        self._ways = {k: tuple(sorted(v)) for k, v in ways.items()}
        if self._whole:
            self._next_todo = (parsed, k)
        self.ok = True

    def _read_next(self) -> None:
        """Work out `_next` (see `_follows`) for the heads taken as a whole run only."""
        parsed, k = self._next_todo
        self._next_todo = None
        follows = _follows(parsed, k)
        if follows is None:
            return
        for run in self._whole:
            words = follows.get(run)
            if not words or any(run[:n] in heads for n, heads in self._starts):
                continue  # any next run, or a head that a longer run may open with
            exact = frozenset(w[:-1] for w in words if w.endswith(b"\0"))
            by_len: dict[int, set[bytes]] = {}
            for w in words:
                if not w.endswith(b"\0"):
                    by_len.setdefault(len(w), set()).add(w)
            self._next[run] = (exact, [(n, frozenset(v)) for n, v in sorted(by_len.items())])

    def candidates(self, idx: DocIndex) -> list[int] | None:
        """Sorted offsets where a match may start (a superset), or None when any offset may."""
        if self._scan is None:
            return None
        key = self
        out = idx._cands.get(key)
        if out is None:
            # A match of the small pattern reads the space before a run, letters of the run
            # and at most the space after it: whether one starts at a run depends on the run
            # alone. Each run met in a text (`_RUNS`, where `index_text` puts the document's
            # runs) is tried once, and the offsets of the document's runs where a match
            # starts are the candidates.
            yes = self._opens
            if self._tried < len(_RUNS):  # runs not tried yet (none, once the words recur)
                for run in _RUNS[self._tried :]:
                    if self._takes(run):
                        yes.add(run)
                self._tried = len(_RUNS)
            hits = yes & idx.words
            for run in idx.fresh:  # runs `_RUNS` could not take: tried each time
                if self._takes(run):
                    hits.add(run)
            out = []
            offsets = idx.run_offsets()  # (`run_starts`, read once)
            if self._next_todo is not None:
                self._read_next()
            nexts = self._next
            for run in hits:
                at = offsets.get(run)
                if at is not None:
                    follow = nexts.get(run)
                    if follow is None:
                        out.extend(at)
                    else:
                        # a one-word head: where the next run of letters may go on a match
                        exact, starts = follow
                        n_run = len(run)
                        for i in at:
                            nxt = idx.next_run(i + n_run)
                            if nxt in exact or any(nxt[:n] in ws for n, ws in starts):
                                out.append(i)
            out.sort()
            if self._ways:
                # a run of exactly these letters, where the text goes on in one of the ways
                # ("co-"): the runs are found with `word_starts` (kept for the document)
                low = idx.low
                extra = [
                    i
                    for run, ways in self._ways.items()
                    for i in idx.word_starts(run)
                    if any(low.startswith(w, i) for w in ways)
                ]
                if extra:
                    out = sorted(set(out + extra))
            idx._cands[key] = out
        return out

    def _takes(self, run: bytes) -> bool:
        """Whether `_scan` matches " " + `run` + " " (a run that opens with the letters of a
        head, or is one of the runs a head is made of), read from sets: a few look-ups
        instead of a match for each run of each scan."""
        if run in self._whole:
            return True
        for n, heads in self._starts:
            if n > len(run):
                break
            if run[:n] in heads:
                return True
        return False

    def finditer(
        self, idx: DocIndex, start: int = 0, end: int | None = None
    ) -> list[re.Match[str]]:
        """The matches of `rx.finditer(idx.low, start, end)`, in a list."""
        return self._matches(idx, start, end, False)

    def _matches(
        self, idx: DocIndex, start: int, end: int | None, first: bool
    ) -> list[re.Match[str]]:
        """`finditer`, or only its first match when `first` is True (for `search`)."""
        low = idx.low
        n = len(low)
        stop = n if end is None or end > n else end
        cands = idx._cands.get(self)
        if cands is None:
            cands = self.candidates(idx)
            if cands is None:
                if first:
                    m0 = self.rx.search(low, start, stop)
                    return [] if m0 is None else [m0]
                return list(self.rx.finditer(low, start, stop))
        i = bisect_left(cands, start)
        j = bisect_left(cands, stop, i)
        cut = -1
        if 0 < stop < n:
            c = low[stop]
            if c.isalnum() and not c.isdecimal():
                c = low[stop - 1]
                if c.isalnum() and not c.isdecimal():
                    # `stop` cuts a run of letters: its start may begin a match of the part
                    # before `stop`
                    r = stop - 1
                    while r > 0 and _is_letter(low[r - 1]):
                        r -= 1
                    if r >= start:
                        cut = r
        out: list[re.Match[str]] = []
        ps = cands  # the offsets to try: ps[i:j] (a copy only when `cut` joins them)
        if cut >= 0:
            ps = cands[i:j]
            if cut not in ps:
                insort(ps, cut)
            i, j = 0, len(ps)
        elif i == j:
            return out
        by_first = self._by_first
        pos = start
        for k in range(i, j):
            p = ps[k]
            if p < pos:
                continue
            rx = by_first.get(low[p])
            if rx is None:
                rx = self._for_first(low[p])
            m = rx.match(low, p, stop)
            if m is not None:
                out.append(m)
                if first:
                    break
                pos = m.end()
        return out

    def _for_first(self, c: str) -> re.Pattern[str]:
        """The pattern pruned for a match that starts with `c` (built once per letter)."""
        if len(self._by_first) >= _MAX_PRUNED:
            return self.rx
        try:
            if self._pruner is None:
                self._pruner = _Pruner(self.rx, self._parsed)
            rx = self._pruner.pattern_for(c)
        except (re.error, RecursionError, TypeError, ValueError):
            rx = self.rx
        self._by_first[c] = rx
        return rx

    def search(self, idx: DocIndex, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """`rx.search(idx.low, start, end)`: the first match of `finditer`, the candidates
        after it not tried."""
        found = self._matches(idx, start, end, True)
        return found[0] if found else None
