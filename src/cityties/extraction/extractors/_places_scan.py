"""Find persons, organisations and places in a document (the engine of `cityties.places`).

The scanner works on word tokens. It claims spans in a fixed order so that a later, weaker
rule never overrides an earlier one: persons after titles, city-government and region forms
("City of Ghent", "Jiangsu Province"), organisations around a head word ("Ghent University",
"Port of Ghent", "Volvo Cars NV"), then bare gazetteer names with context checks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Hashable, Sequence
from itertools import compress
from operator import not_
from typing import Any, Final

from cityties.extraction.extractors import _places_lex as lex
from cityties.extraction.extractors._places_names import act_acronym, country_stems
from cityties.extraction.extractors._places_orgs import (
    agreement_noun,
    described_unknown,
    district_suffix,
    find_bracketed_names,
    find_hyphen_heads,
    find_lone_acronyms,
    find_noun_named,
    find_schools,
    find_university_short_names,
    region_form_end,
)
from cityties.extraction.gazetteer import Gazetteer, name_key
from cityties.extraction.types import MentionKind, OrgKind, PlaceKind

__all__ = ["W_DEMONYM", "W_GOAL", "W_TIE", "RawSpan", "Scanner", "Tokens"]

_POSSESSIVE = ("'s", "’s")
# Words (letters and digits, joined by apostrophes); a French elided article or preposition
# ("l'", "d'", "qu'") is a token of its own: a letter after a word boundary, then an apostrophe
# before a letter. The pattern starts with a letter class, which the regex engine scans for fast;
# with a group, `split` gives the gaps and the words in one pass.
# (the apostrophe or the "u" is matched before the look-behind: most words fail there at once)
_TOKEN_SPLIT: Final = re.compile(
    r"([^\W_](?:['’](?<=\b[LlDdNnSsJjCcMmTt]['’])(?=[^\W\d_])|u['’](?<=\b[Qq]u['’])(?=[^\W\d_])"
    r"|[^\W_]*(?:['’][^\W_]+)*))"
)
# The same with `\w` for `[^\W_]`, for a text without "_" (where the two are one class): what
# `_RUN_SPLIT` and `Tokens._join_runs` give (the definition they are tested against).
_TOKEN_SPLIT_W: Final = re.compile(_TOKEN_SPLIT.pattern.replace(r"[^\W_]", r"\w"))
# Runs of word characters: in a text without "_", the tokens of `_TOKEN_SPLIT_W` once the runs
# an apostrophe joins are made one (`Tokens._join_runs`); a pattern this simple splits a third
# faster, and few runs meet an apostrophe.
_RUN_SPLIT: Final = re.compile(r"(\w+)")
# Each Latin-1 character: itself when it is a word character of `re` (`\w`: a letter, a digit
# or a number sign such as "²", and "_"), else a space (see `word_runs`)
_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(256))
_ELISION_LETTERS: Final = frozenset("LlDdNnSsJjCcMmTt")
_ELISION: Final = re.compile(r"\b(?:[LlDdNnSsJjCcMmTt]|[Qq]u)['’](?=[^\W\d_])")
_POSSESSIVE_END: Final = re.compile(r"(?<=[^\W_])['’]s\b")
_ADDRESS: Final = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE
)
_WEB_START: Final = re.compile(r"https?://|www\.", re.IGNORECASE)
# what `_WEB_START` matches, in lower case; and the characters IGNORECASE matches against one of
# their letters although lower-casing does not give it ("ſ" for "s"), or for which lower-casing
# gives more than one character ("İ")
_WEB_LITERALS = ("http://", "https://", "www.")
_WEB_TRAPS = ("\u0130", "\u017f")
_COMMA_SPACE: Final = re.compile(r",[ \t]")
_MISS = object()
_HAN_OR_COMPAT: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# a word hyphenated at the end of a line ("Frank-\nfurt")
_BREAK_HYPHEN: Final = re.compile(r"-[ \t]*\r?\n[ \t]*")
# a district or town with its administrative suffix: Korean "Gangnam-gu", "Suwon-si",
# "Gapyeong-gun", "Myeong-dong"; Japanese "Minato-ku", "Kyoto-shi"; Chinese "Pudong-xinqu"
# (the suffix is found first, a literal hyphen being fast to scan for; the name before it is
# checked on the tokens)
_ADMIN_SUFFIX: Final = re.compile(
    r"-(gu|si|gun|dong|eup|myeon|ku|shi|cho|machi|mura|qu|xinqu|xian)\b"
)
_ADMIN_STEM: Final = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
_SUFFIX_COUNTRY = {
    **dict.fromkeys(("gu", "si", "gun", "dong", "eup", "myeon"), "KR"),
    **dict.fromkeys(("ku", "shi", "cho", "machi", "mura"), "JP"),
    **dict.fromkeys(("qu", "xinqu", "xian"), "CN"),
}


def web_starts(text: str) -> list[int]:
    """Where the matches of `_WEB_START.finditer(text)` start: its literals found with
    `str.find` in the lower-cased text (a pattern of alternatives is tried at every character;
    no two of the literals overlap)."""
    if any(c in text for c in _WEB_TRAPS):
        return [m.start() for m in _WEB_START.finditer(text)]
    return offsets_of(text.lower(), _WEB_LITERALS)


def _addresses(text: str) -> list[re.Match[str]]:
    """The matches of `_ADDRESS.finditer(text)`, tried only where one may start: at a web
    address's "http"/"www", and at the start of the run of [\\w.+-] before an "@" (where the
    run fails, every later start inside it fails too: the same "@" and domain follow)."""
    cands = web_starts(text)
    a = text.find("@")
    if a >= 0:
        runs = []
        while a >= 0:
            r = a
            while r > 0 and (text[r - 1].isalnum() or text[r - 1] in "._+-"):
                r -= 1
            if r < a:
                runs.append(r)
            a = text.find("@", a + 1)
        cands = sorted({*cands, *runs})
    out: list[re.Match[str]] = []
    pos = 0
    for c in cands:
        # (a run that a match ended inside may still start one where the match ended)
        m = _ADDRESS.match(text, c if c >= pos else pos)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def offsets_of(text: str, needles: tuple[str, ...]) -> list[int]:
    """The offsets where one of `needles` starts in `text`, in order, each once (`str.find`
    loops: a pattern of the alternatives would be tried at every character)."""
    found: set[int] = set()
    for needle in needles:
        q = text.find(needle)
        while q >= 0:
            found.add(q)
            q = text.find(needle, q + 1)
    return sorted(found)


def _apostrophe_marks(text: str) -> list[int]:
    """The offsets of the apostrophes ("'" and "’") of the text, in order."""
    return offsets_of(text, ("'", "’"))


def _is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


class _FoldCache(dict[str, str]):
    """Word -> gazetteer key of the word, filled on first use (bounded)."""

    def __missing__(self, w: str) -> str:
        if len(self) > 200_000:
            self.clear()
        f = self[w] = name_key(w)
        return f


class _LinkCache(dict[str, bool]):
    """Gap text -> True when the tokens around it belong to one name (see Tokens.linked)."""

    def __missing__(self, g: str) -> bool:
        if len(self) > 50_000:
            self.clear()
        ok = g in (" ", "-") or (len(g) <= 3 and "\n" not in g and g.strip() in ("", "-", "&"))
        self[g] = ok
        return ok


# the shortest line of wrapped prose a line break inside a name may end
_WRAP_WIDTH = 50
# words of the common-word list that go on a name over a wrapped line ("Dalian\nCity Council",
# "Port of\nNew York")
_NAME_COMMON_WORDS: Final = frozenset(
    "city town village county province state region district municipality council new old".split()
)
# words a wrapped line of a name may end with ("University of\nThe Hague")
_LINE_CONNECTORS: Final = frozenset(
    "of and the de du des la le van von der für voor et und en".split()
)
_FOLDED = _FoldCache()
_LINKED = _LinkCache()


def _capitalised(w: str) -> bool:
    c = w[0]
    if c.isupper() or "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff":
        return True
    return len(w) > 2 and w[1].isupper() and c.islower() and w[2:].islower()


def _syllables(word: str, syllables: frozenset[str], most: int) -> bool:
    """True when `word` splits into at most `most` of the given syllables."""
    if not word:
        return True
    if most == 0:
        return False
    for n in range(min(6, len(word)), 0, -1):
        if word[:n] in syllables and _syllables(word[n:], syllables, most - 1):
            return True
    return False


def word_runs(text: str) -> tuple[list[int], list[int], list[str], list[str]] | None:
    """The runs of word characters of `text` (what `_RUN_SPLIT.split` gives) as their starts,
    ends, words and the gaps between them; None when a character outside Latin-1 is a word
    character (a Chinese character, "ł"): `_RUN_SPLIT` splits such a text.

    The text in Latin-1 with every other character a space splits into its words with
    `str.split`, and each word is found from the end of the one before (the gap between holds
    no word character): a regular expression would be tried at every character, and `split`
    makes a string of every gap of the text in any case.
    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        raw = text.encode("latin-1", "replace")  # one "?" for each other character
        p = raw.find(b"?")
        while p >= 0:
            c = text[p]
            if c != "?" and (c.isalnum() or c == "_"):
                return None
            p = raw.find(b"?", p + 1)
    mask = raw.translate(_WORD_BYTES).decode("latin-1")
    words = mask.split()
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for w in words:
        s = mask.find(w, pos)
        starts.append(s)
        pos = s + len(w)
        ends.append(pos)
    gaps = [text[ends[k] : starts[k + 1]] for k in range(len(words) - 1)]
    return starts, ends, words, gaps


class Tokens:
    """Word tokens of a text with their offsets and folded forms."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.possessive: set[int] = set()
        self.elided: set[int] = set()
        # gap, word, gap, word, ..., gap: offsets are the running sums of their lengths
        runs = "_" not in text
        split = word_runs(text) if runs else None
        if split is not None:
            starts, ends, words, gaps = split
        else:
            parts = (_RUN_SPLIT if runs else _TOKEN_SPLIT).split(text)
            # (a typed loop: compiled, it adds the lengths without making an iterator per step)
            starts = []
            ends = []
            pos = len(parts[0])
            for k in range(1, len(parts) - 1, 2):
                starts.append(pos)
                pos += len(parts[k])
                ends.append(pos)
                pos += len(parts[k + 1])
            words = parts[1::2]
            gaps = parts[2:-1:2]
        self.starts: list[int] = starts
        self.ends: list[int] = ends
        self.words: list[str] = words
        self.gaps: list[str] = gaps
        # (only a token of an elided article, or a text split by `_TOKEN_SPLIT`, is followed
        # by an empty gap)
        empty_gaps = not runs
        if runs and ("'" in text or "’" in text):
            empty_gaps = self._join_runs(text)
        self.n = n = len(self.words)
        if "'" in text or "’" in text:
            self._apostrophes(text)
        for k in self.possessive:
            if k < n - 1:
                g = self.gaps[k][2:]
                self.gaps[k] = g if g else "'s"
        # lower-casing the joined words is much faster than one call per word
        joined = "\x00".join(self.words)
        self.ascii_words: bool = joined.isascii()  # every word is written in ASCII
        self.lowers: list[str] = joined.casefold().split("\x00")
        if len(self.lowers) != n:  # pragma: no cover - a NUL inside a word
            self.lowers = [w.casefold() for w in self.words]
        # a first character in ASCII is a capital from "A" to "Z" (compiled, `ord(text[s])`
        # reads the character without making a string of it)
        caps: list[bool] = []
        for s in self.starts:
            o = ord(text[s])
            caps.append(65 <= o <= 90 if o < 128 else text[s].isupper())
        # (only a word's first character is read below: words of ASCII letters need no search)
        # (words of Latin-1 characters only, as `word_runs` gives them, hold no Chinese one)
        if not self.ascii_words and split is None and _HAN_OR_COMPAT.search(joined):
            firsts = [text[s] for s in self.starts]
            caps = [c or "\u3400" <= f <= "\u9fff" for c, f in zip(caps, firsts, strict=True)]
            for k in compress(range(n), map("\uf900".__le__, firsts)):
                if firsts[k] <= "\ufaff":
                    caps[k] = True  # Chinese characters of the compatibility block
        # "eThekwini": a lower-case letter, then an ASCII capital, then lower case (the second
        # character read first, from its code)
        words = self.words
        for k in range(n):
            w = words[k]
            if len(w) > 2 and 65 <= ord(w[1]) <= 90 and not caps[k]:
                if w[0].islower() and w[2:].islower():
                    s = starts[k]
                    if s == 0 or text[s - 1] != "_":
                        caps[k] = True
        for k in self.elided:
            caps[k] = False
        self.caps = caps
        # an ASCII word without an apostrophe folds to its lower-case form: only the other words
        # are folded one by one
        if "'" in joined:
            self.folds: list[str] = list(map(_FOLDED.__getitem__, self.words))
        elif self.ascii_words:
            self.folds = self.lowers
        else:
            words = self.words
            self.folds = folds = self.lowers.copy()
            for k in compress(range(n), map(not_, map(str.isascii, words))):
                folds[k] = _FOLDED[words[k]]
        self._by_bit: dict[int, list[int]] | None = None
        if "\n" in text:
            self._wrapped_breaks(text)
        # link[i]: tokens i and i + 1 belong to one name (`linked` for 0 <= i < n - 1)
        # (most gaps are one space: compiled, a literal comparison is cheaper than a lookup)
        self.link: list[bool] = [g == " " or _LINKED[g] for g in self.gaps]
        if empty_gaps and "" in self.gaps:
            for k, g in enumerate(self.gaps):
                if not g:
                    self.link[k] = k in self.elided

    def _join_runs(self, text: str) -> bool:
        """Make the runs of word characters the tokens `_TOKEN_SPLIT_W` gives. Where one
        apostrophe stands between two runs, an elided article or "qu'" before a letter ("l'",
        "d'", "qu'") opening a token keeps the apostrophe and is a token of its own (the gap
        after it is empty); else the runs are one word ("rock'n'roll", "People's"). True when
        such an article made an empty gap."""
        starts, ends, words, gaps = self.starts, self.ends, self.words, self.gaps
        last = len(words) - 1
        joints: set[int] = set()  # the runs k that one apostrophe joins to run k + 1
        for q in _apostrophe_marks(text):
            k = bisect_left(ends, q)
            if k < last and ends[k] == q and starts[k + 1] == q + 1:
                joints.add(k)
        if not joints:
            return False
        # (first run, last run) of each token made of several runs, with (k, k) for an elided
        # article; a run at a joint opens a token unless the token before took it
        made: list[tuple[int, int]] = []
        nxt = 0
        for k in sorted(joints):
            if k < nxt:
                continue
            w = words[k]
            c = words[k + 1][0]
            if (
                (len(w) == 1 and w in _ELISION_LETTERS or w == "qu" or w == "Qu")
                and c.isalnum()
                and not c.isdecimal()
            ):
                made.append((k, k))
                nxt = k + 1
                continue
            j = k + 1
            while j in joints:
                j += 1
            made.append((k, j))
            nxt = j + 1
        for i, j in reversed(made):  # (from the end: the earlier indices stay)
            if i == j:
                words[i] += text[ends[i]]
                ends[i] += 1
                gaps[i] = ""
            else:
                words[i] = text[starts[i] : ends[j]]
                ends[i] = ends[j]
                del ends[i + 1 : j + 1]
                del starts[i + 1 : j + 1]
                del words[i + 1 : j + 1]
                del gaps[i:j]
        return any(i == j for i, j in made)

    def _wrapped_breaks(self, text: str) -> None:
        """A single line break after a long line of wrapped prose reads as a space: a name
        goes on over it ("avec Beit\nSira", "University of\nTechnology"). A heading, a table
        row or a short line of an address keeps its break."""
        ends, gaps = self.ends, self.gaps
        last = self.n - 1
        p = text.find("\n")
        while p >= 0:
            k = bisect_left(ends, p)
            if k < last and ends[k] == p and gaps[k] == "\n":
                line = text[text.rfind("\n", 0, p) + 1 : p]
                if (
                    len(line) >= _WRAP_WIDTH
                    and " " in line
                    and "|" not in line
                    and "\t" not in line
                    and not self._line_starts(line, k + 1)
                ):
                    gaps[k] = " "
            p = text.find("\n", p + 1)

    def _line_starts(self, line: str, k: int) -> bool:
        """True when the line break before token k ends a line of its own rather than wrapping
        prose: the line before is written in capitals (a heading: "DU CONSEIL MUNICIPAL\nSéance
        du ..."), or token k is a capitalised function word, label or weekday of the texts'
        languages ("University of Aveiro\nThe delegation ...", "Members of the City
        Council\nFrom: ...", "University of Szeged\nTel.: ...") after a line that does not end
        in a connector ("University of\nThe Hague" wraps)."""
        if line.isupper():
            return True
        w = self.words[k]
        if not w[:1].isupper() or w.isupper():
            return False
        lw = self.lowers[k]
        if lw in lex.CONTACT_LABELS:
            return True  # "Université de Lille\nTél. : ..."
        if lw not in lex.COMMON_WORDS or lw in _NAME_COMMON_WORDS:
            return False
        return self.lowers[k - 1] not in _LINE_CONNECTORS

    def _apostrophes(self, text: str) -> None:
        """Elided articles ("l'", found as the regexes _ELISION and _POSSESSIVE_END would
        find them) and possessive -'s, checked only where the text has an apostrophe."""
        starts = self.starts
        marks = _apostrophe_marks(text)
        for q in marks:
            # the letter before the apostrophe tells which elision ("l'" or "qu'") may match
            c = text[q - 1] if q >= 1 else ""
            if c in _ELISION_LETTERS:
                p = q - 1
            elif c == "u" and q >= 2 and text[q - 2] in "Qq":
                p = q - 2
            else:
                continue
            if _ELISION.match(text, p):
                # inside a word ("rock'n'roll") the mark falls on the next token, if any
                k = bisect_left(starts, p)
                if k < self.n:
                    self.elided.add(k)
        for q in marks:
            if not text.startswith("s", q + 1):
                continue
            m = _POSSESSIVE_END.match(text, q)
            if m is None:
                continue
            # "China's Kunming": the name ends before the apostrophe; inside a longer
            # name ("People's Republic of China") the token keeps its "s".
            k = bisect_left(self.ends, m.end())
            if k < self.n and self.ends[k] == m.end() and len(self.words[k]) > 3:
                self.possessive.add(k)
                self.words[k] = self.words[k][:-2]
                self.ends[k] -= 2
                if k < self.n - 1:
                    self.gaps[k] = text[self.ends[k] : self.starts[k + 1]]

    def fold(self, i: int) -> str:
        """The gazetteer key of token i."""
        return self.folds[i]

    def having(self, bit: int) -> list[int]:
        """The tokens whose lower-case form is in the word list of `bit` (a W_* constant)."""
        by_bit = self._by_bit
        if by_bit is None:
            by_bit = self._by_bit = {}
            cls = list(map(_CLASSES.__getitem__, self.lowers))
            for k in compress(range(self.n), cls):
                for b in _BITS_OF[cls[k]]:
                    if b in by_bit:
                        by_bit[b].append(k)
                    else:
                        by_bit[b] = [k]
        hits = by_bit.get(bit)
        return [] if hits is None else hits.copy()

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def key(self, i: int, j: int) -> str:
        """The gazetteer key of tokens i..j-1 (as `name_key` folds the text they cover)."""
        if j == i + 1:
            return self.folds[i]  # (a possessive or an elision changes only the words after it)
        possessive, elided = self.possessive, self.elided
        if (not possessive or not any(i <= k < j - 1 for k in possessive)) and (
            not elided or not any(i <= k < j - 1 for k in elided)
        ):
            return " ".join(self.folds[i:j])
        parts: list[str] = []
        glue = False
        for k in range(i, j):
            f = self.fold(k) + ("s" if k in self.possessive and k < j - 1 else "")
            if glue and parts:
                parts[-1] += f
            else:
                parts.append(f)
            glue = k in self.elided  # "d'Ivoire" folds to "divoire"
        return " ".join(parts)

    def gap(self, i: int) -> str:
        """The text between token i and token i + 1 ('' after an elided "l'")."""
        if 0 <= i < self.n - 1:
            return self.gaps[i]
        if i in self.possessive:
            return self.text[self.ends[i] + 2 :] if len(self.text) > self.ends[i] + 2 else "'s"
        return self.text[self.ends[i] :] if 0 <= i < self.n else ""

    def linked(self, i: int) -> bool:
        """True when token i and i + 1 belong to one name (a space or a hyphen between)."""
        if 0 <= i < self.n - 1:
            return self.link[i]
        g = self.gap(i)
        if g in (" ", "-"):
            return True
        if not g:
            return i in self.elided
        return len(g) <= 3 and "\n" not in g and g.strip() in ("", "-", "&")

    def near(self, i: int) -> bool:
        """Like `linked`, also across one line break ("City of\nDublin" in a PDF's text)."""
        if self.linked(i):
            return True
        g = self.gap(i)
        return 0 < len(g) <= 4 and g.count("\n") == 1 and not g.strip()

    def cap(self, i: int) -> bool:
        """Capitalised (or 'eThekwini'-style, or Chinese characters)."""
        return self.caps[i]

    def all_caps(self, i: int) -> bool:
        w = self.words[i]
        return len(w) > 1 and w.isupper()

    def index_at(self, offset: int) -> int:
        """The first token that starts at or after `offset`."""
        return bisect_left(self.starts, offset)

    def span_text(self, i: int, j: int) -> str:
        """The text of tokens i..j-1, a name wrapped over a line break read with a space."""
        t = self.text[self.starts[i] : self.ends[j - 1]]
        return " ".join(t.split()) if "\n" in t else t


def gaz_memo(gaz: Gazetteer) -> dict[Hashable, Any]:
    """A cache of facts derived from the gazetteer by name (kept on the gazetteer, bounded): real
    documents name the same places again and again."""
    memo = gaz.memo
    if len(memo) > 200_000:
        memo.clear()
    return memo


_CAPS_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# the kinds whose two-word names give an acronym of two letters ("UT", "HH")
_TWO_WORD_ACRONYMS: Final = frozenset({"university", "port", "chamber_of_commerce"})
# a compass word of two directions, which an acronym writes with both letters ("NENU" for
# "Northeast Normal University", "NWPU" for "Northwestern Polytechnical University")
_TWO_DIRECTIONS: Final = re.compile(r"(?i)(north|south)-?(east|west)")


def _initials(words: list[str]) -> tuple[str, str]:
    """The initials of a name's capitalised words, and the same with a compass word of two
    directions written by both its letters ("NNU", "NENU")."""
    short = "".join(w[0] for w in words)
    letters: list[str] = []
    for w in words:
        m = _TWO_DIRECTIONS.match(w)
        letters.append(w[0] if m is None else m.group(1)[0].upper() + m.group(2)[0].upper())
    return short, "".join(letters)


class RawSpan:
    """A mention found by the scanner, before place resolution.

    (A plain class with its own `__init__`, not a dataclass: compiled, it is a native class
    whose constructor sets its fields directly.)
    """

    __slots__ = (
        "start",
        "end",
        "kind",
        "name",
        "org_kind",
        "key",
        "place_start",
        "place_end",
        "place_name",
        "kinds",
        "country",
        "admin1",
        "cue",
        "government",
        "alias",
        "weak",
        "initial",
        "entry",
        "resolved",
        "qualified",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: MentionKind,
        name: str,
        org_kind: OrgKind | None = None,
        key: str | None = None,
        place_start: int | None = None,
        place_end: int | None = None,
        place_name: str | None = None,
        kinds: tuple[PlaceKind, ...] = (),
        country: str | None = None,
        admin1: str | None = None,
        cue: bool = False,
        government: bool = False,
        alias: str | None = None,
        weak: bool = False,
        initial: bool = False,
        entry: int | None = None,
        resolved: bool = False,
        qualified: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.name = name
        self.org_kind = org_kind
        self.key = key  # gazetteer key of the place name
        self.place_start = place_start  # where the place name is written
        self.place_end = place_end
        self.place_name = place_name  # surface name of the place it is of / in
        self.kinds = kinds  # preferred place kinds
        self.country = country  # hard qualifiers ("Alicante in Spain")
        self.admin1 = admin1  # ("Taizhou (Zheijang province)")
        self.cue = cue  # strong evidence that the name is a place
        self.government = government  # a city government: also a place
        self.alias = alias  # acronym given in parentheses
        self.weak = weak  # a lone capitalised word that may be an ordinary word
        self.initial = initial  # a lone name at the start of a sentence, without a cue
        self.entry = entry  # the gazetteer entry it resolved to (set by `places`)
        self.resolved = resolved  # True once resolution looked at it (entry may stay None)
        # resolved by a country or region written with it ("Melle (Germany)")
        self.qualified = qualified

    def __repr__(self) -> str:
        return (
            f"RawSpan({self.start}, {self.end}, {self.kind!r}, {self.name!r}, "
            f"key={self.key!r}, entry={self.entry!r})"
        )


_OF: Final = frozenset("of van de du des d d' d’ von für for voor zu".split())
_DET: Final = frozenset("the la le l l' l’ het de der die des den".split())
# The words of a state's long form before "of" and its name ("People's Republic of China").
_STATE_FORMS: Final = frozenset("people peoples republic federal socialist democratic of".split())
_COMPLEMENT_CONNECTORS: Final = frozenset(
    "und and en et des der of de du d' d’ van für for la le l' l’".split()
)
_BY: Final = frozenset("by door par von".split())
_CITY_SUFFIX_FIRSTS: Final = frozenset(w.split()[0] for w in lex.CITY_SUFFIXES)
_SUFFIX_TRIGGERS: Final = frozenset(
    {w.split()[0] for w in lex.CITY_SUFFIXES} | {"city"} | set(lex.REGION_WORDS)
)
_PREFIX_TRIGGERS: Final = frozenset(
    {"municipal", "conseil", "gemeenteraad", "stadsbestuur", "stadtrat", "gemeentebestuur"}
    | lex.GOVERNMENT_PREFIXES
    | lex.PLACE_PREFIXES
    | lex.CITY_PREFIXES
    | set(lex.REGION_WORDS)
    | set(lex.REGION_WORDS_BEFORE_OF)
    | lex.DISTRICT_WORDS
)
_ACRONYM: Final = re.compile(r"[ \t]*\(([^\W\d_][\w&\-]{1,11})\)")
_CUE_AFTER: Final = re.compile(r"\s*\(|,\s*[A-Z]|-(?:based|gebaseerd)")


def cue_after(text: str, pos: int, stop: int) -> bool:
    """True when `_CUE_AFTER.match(text, pos, stop)` matches: "(" after white space, a comma and
    a capital, or "-based" (read with string methods: a pattern call costs more than the few
    characters it reads)."""
    stop = min(stop, len(text))
    i = pos
    while i < stop and text[i].isspace():
        i += 1
    if i < stop and text[i] == "(":
        return True
    if pos < stop and text[pos] == ",":
        j = pos + 1
        while j < stop and text[j].isspace():
            j += 1
        if j < stop and "A" <= text[j] <= "Z":
            return True
    if pos >= stop or text[pos] != "-":
        return False
    # (slices compared: compiled, `startswith` with a start is a generic method call)
    return (pos + 6 <= stop and text[pos : pos + 6] == "-based") or (
        pos + 10 <= stop and text[pos : pos + 10] == "-gebaseerd"
    )


# Words that never start a person's name even mid-sentence ("He Can", "An Ning").
_FUNCTION_WORDS: Final = frozenset("he she it we they you an a the in on at to of and or".split())
_NOT_ACRONYMS: Final = frozenset("CITY TOWN TEL FAX PO NO NR".split())
_LIST_JOINERS: Final = frozenset("and en et und or of ou oder &".split())
# prepositions of place before the name of a room or building ("im Ratssaal", "in de Raadzaal")
_VENUE_PREPS: Final = frozenset("im in am beim dans au aux op bij at inside".split())
_CHAIN_PARTICLES: Final = frozenset("en sur upon on le la am an im de du der".split())
# the farthest the parts of a hyphenated name of one place lie apart ("Ningbo-Zhoushan": 64 km;
# "Beijing-Tianjin", a corridor of two cities: 108 km)
_NEIGHBOUR_KM: Final = 70.0
_HYPHEN_STOP: Final = frozenset("based owned led run style type born wide".split())
_SUFFIX_GAP: Final = re.compile(r"\.?,?\s*&?\s*$")
_CASED_LOWER: Final = frozenset(t.casefold() for t in lex.TITLES_CASED)
_COMPOUND_SUFFIXES = tuple(suffix for suffix, _ in lex.COMPOUND_HEADS)
_CONNECTORS_NOT_PARTICLES = lex.ORG_CONNECTORS - lex.NAME_PARTICLES
_NAME_PARTICLES = lex.PLACE_PARTICLES | {"and", "und", "et", "en"}
# (the plurals name the chambers of a region or country together: "the Chambers of Commerce
# and Industry of Normandy", "les Chambres de commerce", "de Kamers van Koophandel")
_CHAMBER_WORDS: Final = frozenset(("chamber", "kamer", "chambre", "chambers", "kamers", "chambres"))
# Plural heads before two places ("the ports of Antwerp and Zeebrugge"): the singular.
_PLURAL_HEADS: Final = {
    "ports": "port",
    "havens": "haven",
    "häfen": "hafen",
    "universities": "university",
    "universités": "université",
    "universiteiten": "universiteit",
    "universitäten": "universität",
    "hochschulen": "hochschule",
    "hogescholen": "hogeschool",
}
# German and Dutch plural heads that go on with the names themselves, as their singulars do
# ("die Häfen Dalian und Bremerhaven", "die Universitäten Bremen und Oldenburg", "de havens
# Rotterdam en Antwerpen": "Hafen Dalian", "Universität Bremen", "haven Rotterdam")
_PLURAL_HEADS_BARE: Final = frozenset(
    "häfen havens universitäten hochschulen universiteiten hogescholen".split()
)
_PLURAL_HEAD_PREPS: Final = frozenset("of de du d' d’ van von".split())
# the gap between two places of a list before its "and" ("the ports of Shanghai, Busan and
# Santos", "les ports de Hambourg, de Dunkerque et de Singapour")
_LIST_GAPS: Final = frozenset((", ", ","))
_AND: Final = frozenset("and et en und &".split())
# "le port de Brest et celui de Qingdao": a pronoun after an organisation that stands for
# its head before another place (the text from the organisation's end to the place).
_ELIDED_HEADS: Final = (
    " et celui de ",
    " et celui du ",
    " et celle de ",
    " et celle du ",
    " and that of ",
)
# The particles that join the last word of a hyphenated name to it ("Centre-Val de Loire"),
# and the gaps around them ("" after an elided "d'").
# (French particles: German "im", "am" go before nouns too, "BMW-Werk im Norden"; Dutch
# "de" is an article, and the Dutch text is left out)
_TAIL_PARTICLES: Final = frozenset("de du des d' d’ sur".split())
_TAIL_GAPS: Final = frozenset((" ", ""))
# Particles that may open a person's town after the name ("Marco Out van Assen").
_OF_TOWN: Final = frozenset(("van", "von"))
# The units after "Autonomous" in the English name of a Chinese autonomous area.
_AUTONOMOUS_UNITS: Final = frozenset(("region", "prefecture", "county", "banner"))
_SPACED_DASHES: Final = frozenset((" - ", " – ", " — "))
# The parts of a masthead line: "Kieler Nachrichten | Kiel | Lokales"
# a hyphenated name of capitalised parts ("Ningbo-Zhoushan", "Antwerp-Bruges")
_HYPHEN_NAME: Final = re.compile(r"(?<![\w-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})+(?![\w-])")


def _word_or_hyphen(c: str) -> bool:
    """True for a character of the class [\\w-] of `re`."""
    return c.isalnum() or c == "_" or c == "-"


def _whole_hits(text: str, name: str) -> list[tuple[int, int]]:
    """The spans of `name` in `text` with no word character or hyphen on either side, in order
    and not overlapping (what `(?<![\\w-])NAME(?![\\w-])` finds; the literal is looked for with
    `str.find`, where a pattern opening with a look-behind is tried at every position)."""
    out: list[tuple[int, int]] = []
    n = len(name)
    p = text.find(name)
    while p >= 0:
        e = p + n
        if (p == 0 or not _word_or_hyphen(text[p - 1])) and (
            e == len(text) or not _word_or_hyphen(text[e])
        ):
            out.append((p, e))
            p = text.find(name, e)
        else:
            p = text.find(name, p + 1)
    return out


_MASTHEAD_SPLIT: Final = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def in_masthead(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a whole part of the document's first line, a short line
    split by '|' or a spaced dash into two parts or more ("Annecy - Le blog du maire", "Le
    Journal | Quimper | Vie locale"): the place of the paper or office that writes."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[:line_start].strip(" \t\n#*"):
        return False  # not the first line
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" \t#*")
    if len(line) > 80:
        return False
    parts = [p.strip() for p in _MASTHEAD_SPLIT.split(line)]
    if len(parts) < 2:
        return False
    name = text[start:end]
    if name in parts:
        return True
    # "Landshut aktuell | 5. Juli", "Bremen heute | Lokales": the place opens a part that a
    # lower-case word ends (the title of the local paper or page)
    lead = name + " "
    for p in parts:
        if p.startswith(lead):
            tail = p[len(lead) :]
            if len(tail) >= 3 and tail.isalpha() and tail.islower():
                return True
    return False


_SECTOR_JOINERS: Final = frozenset("and en et und &".split())
# The number of a name after a person's name or a city ("Mohammed Premier", "Hassan II").
_DE_NOUN_ENDINGS: Final = ("schaft", "ung", "heit", "keit", "tät", "ion", "nis", "tum")
_DE_ARTICLES: Final = frozenset("der die das dem den des ein eine einer einem einen eines".split())
_DE_INFLECTIONS: Final = ("e", "en", "er", "em", "es")
# German place prepositions that go before nouns as often as before towns ("mit Waren aus
# China", "zum Ende"): where the text also uses the word as a noun, they make it no town (other
# cues do: "in", "nach", "aus", a country in brackets)
_DE_NOUN_PREPOSITIONS: Final = frozenset("mit von zu zur zum bei zwischen".split())
# Words right before a German common noun, never right before a town's bare name: the
# articles, and the prepositions that hold one ("zum Ende", "im Hafen", "vom Besuch")
# Possessives, quantifiers and demonstratives, which go before a German common noun as the
# articles do and never before a town's bare name ("seinen Namen", "viele Türen", "die
# Geschichte ihres Landes")
_DE_DETERMINERS: Final = frozenset(
    """
    mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine
    seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren unserem
    unserer unseres euer eure euren eurem eurer eures kein keine keinen keinem keiner keines
    viele vielen vieler mehrere mehreren einige einigen einiger andere anderen anderer beide
    beiden jede jeden jedem jeder jedes welche welchen solche solchen diese diesen diesem
    dieser dieses jene jenen jenem jener
    """.split()
)
_DE_NOUN_OPENERS: Final = (
    _DE_ARTICLES | _DE_DETERMINERS | frozenset("zum zur im am vom beim ins ans".split())
)
# Articles (and a preposition fused with one) before an inflected adjective that opens a
# German organisation's name ("mit der Allgemeinen Handelskammer", "an der Freien Universität").
_DE_ARTICLE_OPENERS: Final = _DE_ARTICLES | frozenset("zum zur am vom beim".split())
# English head words: a German text names such an organisation in English, whose capitalised
# modifiers are names, not German nouns ("mit der Shanghai International Studies University").
_ENGLISH_HEADS: Final = frozenset(
    "university college institute academy school port chamber authority".split()
)
# English heads a German text may write with English words before them ("das Yixing Ceramics
# Museum"; a German museum comes after its head: "das Museum Ludwig")
_ENGLISH_NAMED_HEADS: Final = _ENGLISH_HEADS | {"museum"}
# Capitalised words that go on with a head before them though they are no heads of their own
# ("Ningbo Municipal Port Administration", "Maryland Port Administration")
_HEAD_TAILS: Final = frozenset({"Administration"})
# the word of "People's Republic", "People's Government" (its -'s ends no name)
_PEOPLES: Final = frozenset({"people", "peoples"})
# Endings of French adjectives after an organisation's head ("océanique", "islamique",
# "populaire", "financière", "normale", "pharmaceutique", "chinoise" is no name's adjective).
_FR_ADJECTIVE_ENDINGS: Final = ("ique", "aire", "ière", "ale", "elle", "ienne", "ive", "ée")
# a date with its time, or a date in digits: "2022-06-18 10:12", "17.04.2019", "12/05/2023"
_BYLINE_DATE: Final = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}:\d{2}")
_COMPASS: Final = frozenset(
    """north south east west northeast northwest southeast southwest northern southern
    eastern western central""".split()
)
# Compass words in the four languages, and the words after them that make them a direction.
_COMPASS_WORDS: Final = frozenset(
    """north south east west nord sud est ouest ost süd noord zuid oost""".split()
)
_DIRECTION_OF: Final = frozenset("of de du des d' d’ van von".split())
_COUNTED: Final = frozenset(
    """jaar jahre mal keer fois procent prozent percent jours dagen tage million millions
    miljoen mio millionen milliard milliards miljard milliarde milliarden billion billions
    tonnes tons ton tonnen teu""".split()
)
_WITH: Final = frozenset("with avec met mit".split())
_FOR: Final = frozenset("for pour voor für".split())
_SOURCE_LABELS: Final = frozenset("source sources bron quelle".split())
_CHAMBER_SECTORS: Final = frozenset("commerce trade industry".split())
_NAME_ORDINALS: Final = frozenset("Premier Ier 1er Première".split())
_ROMAN: Final = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})")
# The preferred kinds of a district of a city ("Gangnam-gu", "het district Huangyan"): its
# name, when the gazetteer lacks it, is not a misspelt city
DISTRICT_KINDS: tuple[PlaceKind, ...] = ("admin2", "city")
# Articles that open a new noun phrase after a joiner (French "de" is a preposition there:
# "Université de Lille et de Douai")
_ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset(["the"]),
    "nl": frozenset("de het".split()),
    "de": frozenset("die das dem den".split()),
    "fr": frozenset("la le les l' l’".split()),
}
# Lower-case heads that describe an organisation by its place ("de haven van Rizhao")
_DESCRIBED: dict[str, OrgKind] = {
    **dict.fromkeys("chamber kamer chambre".split(), "chamber_of_commerce"),
    **dict.fromkeys("port haven hafen".split(), "port"),
    **dict.fromkeys("university universiteit université universität".split(), "university"),
}
# "Wesgro, the official trade and investment agency of ...": a name, a comma and a description
# opened by an article (the noun of the description is checked on the tokens)
_APPOSITION: Final = re.compile(r",[ ](?:the|an?|het|de|een|la|le|l['’]|une?|die|der|das|eine?)[ ]")
_DESCRIPTION_NOUNS: dict[str, OrgKind] = {
    **lex.ORG_HEADS,
    **lex.ORG_NOUNS,
    **dict.fromkeys(lex.COMPANY_NOUNS, "company"),
    **dict.fromkeys(
        "organisation organization body operator developer agentur organisatie".split(), "other"
    ),
}
# German adjectives before an organisation head ("Niederrheinische IHK")
_DE_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches")
# Endings of German nouns, which never stand as a name's own word before its head.
_DE_NAME_NOT_ENDINGS: Final = (*_DE_NOUN_ENDINGS, "ei", "ium", "ismus", "ner", "ler", "ter")
# Shortest inflected adjective read so ("Neuen").
_DE_ADJECTIVE_LEAST: Final = 4
_COUNCIL_KINDS: dict[str, tuple[PlaceKind, ...]] = {
    "départemental": ("admin2",),
    "departemental": ("admin2",),
    "général": ("admin2",),
    "general": ("admin2",),
    "régional": ("admin1",),
    "regional": ("admin1",),
    "municipal": ("city",),
}
_LABELS = "|".join(re.escape(x) for x in lex.CONTACT_LABELS)
_LABEL: Final = re.compile(r"^\s*(?:" + _LABELS + r")\b", re.IGNORECASE)
# A line that starts with a label: at the start of the text, else after a line break (the
# literal "\n" first lets the regex engine scan for it fast; `^` with MULTILINE would not)
_LABEL_FIRST_LINE: Final = re.compile(r"[^\S\n]*(?:" + _LABELS + r")\b", re.IGNORECASE)
_LABEL_NEXT_LINE: Final = re.compile(r"\n[^\S\n]*(?:" + _LABELS + r")\b", re.IGNORECASE)
_SENT_PUNCT = ".!?:;\n•·*–—\"“”‘’'()[]"

# Bits of a word's lower-case form: the word lists a scanner pass starts from. One dict
# lookup per token finds every token a pass looks at (see `Tokens.having`).
W_TITLE = 1 << 0
W_SUFFIX = 1 << 1
W_PREFIX = 1 << 2
W_HEAD = 1 << 3
W_COMPANY = 1 << 4  # the lower-case form of a company suffix (the suffix is case-sensitive)
W_COMPOUND = 1 << 5  # ends with the head of a German compound
W_BY = 1 << 6
W_SIGN = 1 << 7
W_ORG_NOUN = 1 << 8
W_DEMONYM = 1 << 9
W_TIE = 1 << 10
W_GOAL = 1 << 11
W_APPOSITIVE = 1 << 12
# The body that runs a harbour: "Aberdeen Harbour Board", "Port of Tyne Trust", "Haven
# Commissie"; after a harbour word these heads name a port, not a board or a company
_PORT_BODIES: Final = frozenset(
    """Board Trust Commission Company Commissioners Authority Bedrijf Commissie Behörde
    Corporation""".split()
)
# (the plurals name a country's or a state's body of several ports: "Kenya Ports Authority",
# "Fiji Ports Corporation", "Ghana Ports and Harbours Authority")
_PORT_WORDS: Final = frozenset(
    "harbour harbor port haven hafen ports harbours harbors seaports".split()
)
_COMPANY_LOWER: Final = frozenset(w.casefold() for w in lex.COMPANY_SUFFIXES)
_CLASS_OF: tuple[tuple[int, Container[str]], ...] = (
    (W_TITLE, lex.TITLES | _CASED_LOWER),
    (W_SUFFIX, _SUFFIX_TRIGGERS),
    (W_PREFIX, _PREFIX_TRIGGERS),
    (W_HEAD, lex.ORG_HEADS.keys() | {w.casefold() for w in _PORT_BODIES} | {"park"}),
    (W_COMPANY, _COMPANY_LOWER),
    (W_BY, _BY),
    (W_SIGN, lex.SIGN_VERBS),
    (W_ORG_NOUN, lex.ORG_NOUNS),
    (W_DEMONYM, lex.DEMONYMS),
    (W_TIE, lex.TIE_WORDS),
    (W_GOAL, lex.GOAL_WORDS),
    (W_APPOSITIVE, lex.APPOSITIVE_TITLES),
)


class _WordClasses(dict[str, int]):
    """Lower-case word -> its W_* bits, filled on first use (bounded)."""

    def __missing__(self, lw: str) -> int:
        if len(self) > 200_000:
            self.clear()
        bits = 0
        for bit, words in _CLASS_OF:
            if lw in words:
                bits |= bit
        if lw.endswith(_COMPOUND_SUFFIXES):
            bits |= W_COMPOUND
        self[lw] = bits
        return bits


_CLASSES = _WordClasses()


class _BitsOf(dict[int, tuple[int, ...]]):
    """W_* bits -> the single bits set in them."""

    def __missing__(self, bits: int) -> tuple[int, ...]:
        out = self[bits] = tuple(1 << k for k in range(bits.bit_length()) if bits >> k & 1)
        return out


_BITS_OF = _BitsOf()


class Scanner:
    """Claims person, organisation and place spans over the tokens of one document."""

    def __init__(
        self,
        text: str,
        language: str,
        gaz: Gazetteer,
        sentence_starts: set[int],
        folded: str | None = None,
    ):
        self.text = text
        self.lang = language
        self.gaz = gaz
        self.tk = Tokens(text)
        self.used = bytearray(self.tk.n)
        self.spans: list[RawSpan] = []
        self.sentence_starts = sentence_starts
        self.caps_idx = list(compress(range(self.tk.n), self.tk.caps))
        self._caps_lines: list[tuple[int, int]] | None = None
        # place_key_at results of this document: by token for the default six tokens, else by
        # (token, most tokens)
        self.key6: dict[int, tuple[int, str] | None] = {}
        self._key_memo: dict[Hashable, tuple[int, str] | None] = {}
        self._neighbour_memo: dict[int, int] = {}
        self._keys = gaz.keys
        self.memo = gaz_memo(gaz)
        self._first_max = gaz.first_word_max
        weights = self.memo.get(("main_weights",))
        if weights is None:
            weights = self.memo[("main_weights",)] = {}
        # alt_from -> name key -> the highest prior of an entry with that main name
        self._main_weights: dict[float, dict[str, float]] = weights
        self._masked: set[int] = set()
        self._noun_words: dict[str, bool] = {}
        self._folded = folded
        self._mask_addresses()

    def _mask_addresses(self) -> None:
        """E-mail addresses and URLs name no place or person: their tokens are claimed."""
        text = self.text
        if "@" not in text and "www" not in text and "://" not in text:
            return
        tk = self.tk
        for m in _addresses(text):
            i = bisect_left(tk.starts, m.start())
            j = bisect_left(tk.starts, m.end())
            self.claim(i, j)
            self._masked.update(range(i, j))

    # ---- helpers

    def claim(self, i: int, j: int) -> None:
        if 0 <= i <= j <= len(self.used):
            self.used[i:j] = b"\x01" * (j - i)
            return
        for k in range(i, j):
            self.used[k] = 1

    def free(self, i: int, j: int) -> bool:
        return self.used.find(1, i, j) < 0

    def replace_with_org(
        self, old: Sequence[RawSpan], span: RawSpan, i: int = 0, j: int = 0
    ) -> None:
        """Put the organisation `span` in place of the spans `old` it reads over (places
        inside its name, the parts of a longer name), claiming tokens i..j-1 (none when
        j <= i); `old` is a list of its own, not `spans`."""
        for s in old:
            self.spans.remove(s)
        if i < j:
            self.claim(i, j)
        self.spans.append(span)

    def folded(self) -> str:
        """The text case-folded, once per document (the partner cues and the home country read
        it), or the lower-cased text given to the scanner where that has its words of Latin-1
        letters at the same places (see `places._find`)."""
        low = self._folded
        if low is None:
            low = self._folded = self.text.casefold()
        return low

    def written_in_lower_case(self, lw: str) -> bool:
        """True when a word of the text is `lw`, a word in lower case (a capitalised one is then
        a word). Words of e-mail addresses and URLs do not count: "rotterdam" in
        "info@rotterdam.nl" says nothing about the word. (Looked for with `str.find`: a few
        words are asked about per document, fewer than a set of every word would cost.)"""
        if not lw.islower():
            return False
        tk = self.tk
        text = self.text
        p = text.find(lw)
        while p >= 0:
            k = bisect_left(tk.starts, p)
            if k < tk.n and tk.starts[k] == p and tk.words[k] == lw and k not in self._masked:
                return True
            p = text.find(lw, p + 1)
        return False

    def noun_in_text(self, word: str, key: str) -> bool:
        """True when a German text uses the capitalised `word` as a common noun: right after
        an article somewhere ("die Waren", "das Wetter", "zum Ende"), and it names no
        country, no region and no place of 100,000 inhabitants or more (towns take no article
        in German; "das Essen" does not make Essen a word, "die USA" stay a country).
        After "am", "im" ..., a word that a capitalised word follows is part of a longer name
        ("am Horsens Fjord"); after an article it is a town's adjective ("die Erlanger
        Delegation"), no town. Memoised per word."""
        hit = self._noun_words.get(word)
        if hit is not None:
            return hit
        hit = False
        # (an alternate name of a country, a region or a big city counts: "die USA", "die
        # Bretagne")
        if self._main_weight(key, alt_from=100_000) < 100_000:
            tk = self.tk
            text = self.text
            p = text.find(word)
            while p >= 0 and not hit:
                k = bisect_left(tk.starts, p)
                if (
                    0 < k < tk.n
                    and tk.starts[k] == p
                    and tk.words[k] == word
                    and tk.gaps[k - 1] == " "
                    and tk.lowers[k - 1] in _DE_NOUN_OPENERS
                    and (
                        tk.lowers[k - 1] in _DE_ARTICLES
                        or tk.lowers[k - 1] in _DE_DETERMINERS
                        or not (k + 1 < tk.n and tk.gaps[k] == " " and tk.caps[k + 1])
                    )
                ):
                    hit = True
                p = text.find(word, p + 1)
        self._noun_words[word] = hit
        return hit

    def sentence_initial(self, i: int) -> bool:
        tk = self.tk
        if i == 0:
            return True
        s = tk.starts[i]
        if s in self.sentence_starts:
            return True
        prev = tk.gap(i - 1).strip()
        return bool(prev) and prev[-1] in '.!?:;•·*"“‘„‚«»(–—'

    def is_title(self, i: int) -> bool:
        w = self.tk.words[i]
        return w in lex.TITLES_CASED or w.casefold() in lex.TITLES

    def head_kind(self, i: int) -> OrgKind | None:
        """The organisation kind when token i is an organisation head word."""
        tk = self.tk
        w = tk.words[i]
        if i and w in _PORT_BODIES and tk.lowers[i - 1] in _PORT_WORDS:
            return "port"  # "Aberdeen Harbour Board", "Dover Harbour Trust"
        if w in lex.COMPANY_SUFFIXES:
            return "company"
        if not tk.cap(i):
            return None
        lw = w.casefold()
        kind = lex.ORG_HEADS.get(lw)
        if kind is not None:
            return kind
        if lw == "park":
            # "Suzhou Industrial Park", "Zhongguancun Science Park" (not "Hyde Park")
            return "other" if i and tk.caps[i - 1] and tk.lowers[i - 1] in lex.PARK_KINDS else None
        if self.lang == "de" or len(lw) > 12:
            for suffix, k in lex.COMPOUND_HEADS:
                if lw.endswith(suffix) and len(lw) > len(suffix) + 2:
                    return k
        return None

    def place_key_at(self, i: int, *, max_tokens: int = 6) -> tuple[int, str] | None:
        """The longest gazetteer name starting at token i: (end token, key).

        A hyphenated name is one unit: no name starts or ends inside "Zuid-West-Vlaanderen",
        unless every part of it is a place ("Lille-Roubaix-Tourcoing"). In German a genitive
        -s is dropped when only the bare name is known ("Baden-Württembergs", "Chinas").
        """
        memo: dict[Any, tuple[int, str] | None]
        memo_key: Any
        if max_tokens == 6:
            memo, memo_key = self.key6, i
        else:
            memo, memo_key = self._key_memo, (i, max_tokens)
        hit = memo.get(memo_key, _MISS)
        if hit is _MISS:
            tk = self.tk
            if i >= tk.n or not tk.caps[i] or self._never_first(tk.folds[i]):
                hit = None
            else:
                hit = self._one_word_key(i, max_tokens)
            memo[memo_key] = hit
        return hit  # type: ignore[return-value]

    def _one_word_key(self, i: int, max_tokens: int) -> tuple[int, str] | None:
        """`_place_key_at` computed at once for a word that no hyphen joins and after which no
        longer name can go on (the next token is no capitalised word or particle linked to
        it): the word's own key, else a German genitive. Other words go through
        `_place_key_at`."""
        tk = self.tk
        gaps = tk.gaps
        if i > 0 and gaps[i - 1] == "-":
            return self._place_key_at(i, max_tokens)
        first = tk.folds[i]
        if i + 1 < tk.n:
            if gaps[i] == "-" or (
                max_tokens > 1
                and tk.link[i]
                and (tk.caps[i + 1] or tk.lowers[i + 1] in _NAME_PARTICLES)
                and self._first_max.get(first, 1) > 1
            ):
                return self._place_key_at(i, max_tokens)
        if first in self._keys:
            return i + 1, first
        return self._genitive(i, i + 1)

    def _never_first(self, first: str) -> bool:
        """True when no gazetteer name starts with this folded word (outside German, where a
        genitive -s may hide one)."""
        return self.lang != "de" and first not in self._first_max and first not in self._keys

    def _place_key_at(self, i: int, max_tokens: int) -> tuple[int, str] | None:
        tk = self.tk
        n = tk.n
        caps = tk.caps
        if i >= n or not caps[i]:
            return None
        keys = self._keys
        first = tk.folds[i]
        max_tokens = min(max_tokens, self._first_max.get(first, 1))
        if max_tokens == 1 and self.lang != "de" and first not in keys:
            return None  # no name starts with this word
        gaps = tk.gaps  # (the hyphen tests inline the first check of the chain methods)
        in_chain = i > 0 and gaps[i - 1] == "-" and self._chain_cut_before(i)
        if max_tokens == 1 and not in_chain:
            if not (i + 1 < n and gaps[i] == "-" and self._chain_cut_after(i + 1)):
                if first in keys:
                    return i + 1, first
                return self._genitive(i, i + 1)
        link = tk.link
        lowers = tk.lowers
        folds = tk.folds
        plain = not tk.possessive and not tk.elided
        j = i + 1
        ends = [j]
        glued = 0  # elided particles: "d'Azur" is one word of the key
        while j < n and j - i - glued < max_tokens and link[j - 1]:
            if caps[j]:
                j += 1
                ends.append(j)
            elif lowers[j] in _NAME_PARTICLES and j + 1 < n and link[j]:
                if not plain and j in tk.elided:
                    glued += 1  # "Provence-Alpes-Côte d'Azur": four words of the key
                j += 1  # "Frankfurt am Main", "Windsor and Maidenhead"
            else:
                break
        if (in_chain or (i + 1 < n and gaps[i] == "-")) and self._neighbour_chain(i):
            # "Steglitz-Zehlendorf", "Ningbo-Zhoushan": neighbours of one country joined by a
            # hyphen are one place (a merged town, a district), named by its first part's entry
            return None if in_chain else (self._chain_end(i), first)
        for end in reversed(ends):
            if (
                in_chain or (end < n and gaps[end - 1] == "-" and self._chain_cut_after(end))
            ) and not self._chain_of_places(i, end):
                continue
            if plain:
                key = folds[i] if end == i + 1 else " ".join(folds[i:end])
            else:
                key = tk.key(i, end)
            if key in keys:
                return end, key
        if not in_chain:
            chain_end = self._chain_end(i)
            if chain_end > i + 1 or not self._chain_cut_after(i + 1):
                return self._genitive(i, chain_end)
        return None

    def _genitive(self, i: int, end: int) -> tuple[int, str] | None:
        """'Baden-Württembergs', 'Chinas': a German genitive of a known name."""
        tk = self.tk
        if self.lang != "de" or not tk.lowers[end - 1].endswith("s") or len(tk.words[end - 1]) < 4:
            return None
        key = tk.key(i, end)[:-1]
        if self.gaz.has_key(key):
            return end, key
        return None

    def _chain_cut_before(self, i: int) -> bool:
        """True when token i continues a hyphenated name ("Vlaanderen" in "West-Vlaanderen")."""
        if i <= 0:
            return False
        tk = self.tk
        return tk.gap(i - 1) == "-" and (tk.caps[i - 1] or tk.lowers[i - 1] in _CHAIN_PARTICLES)

    def _chain_cut_after(self, end: int) -> bool:
        """True when a hyphenated name goes on after token end - 1."""
        tk = self.tk
        if end >= tk.n or tk.gaps[end - 1] != "-":
            return False
        return tk.caps[end] or (
            tk.lowers[end] in _CHAIN_PARTICLES and end + 1 < tk.n and tk.gaps[end] == "-"
        )

    def _chain_start(self, i: int) -> int:
        while self._chain_cut_before(i):
            i -= 1
        return i

    def _chain_end(self, i: int) -> int:
        end = i + 1
        while self._chain_cut_after(end):
            end += 1
        return end

    def _neighbour_chain(self, i: int) -> bool:
        """True when the hyphenated name around token i is made of single capitalised words,
        each a city of the gazetteer, all of one country and within `_NEIGHBOUR_KM` of the
        first ("Steglitz-Zehlendorf", "Lille-Roubaix-Tourcoing", "Ningbo-Zhoushan"; not the
        partner pair "Hamburg-Shanghai" nor the corridor "Beijing-Tianjin")."""
        a = self._chain_start(i)
        memo = self._neighbour_memo
        hit = memo.get(a)
        if hit is None:
            hit = memo[a] = self._neighbours_from(a)
        return hit >= 0

    def _neighbours_from(self, a: int) -> int:
        """The city entry of the first part of a hyphenated name of neighbours from token a,
        else -1."""
        tk = self.tk
        b = self._chain_end(a)
        if b - a < 2:
            return -1
        gaz = self.gaz
        first: int | None = None
        for k in range(a, b):
            if not tk.caps[k] or tk.lowers[k] in lex.COMMON_WORDS:
                return -1
            cities = [
                e for e, _ in gaz.entries_for_key(tk.folds[k])[:12] if gaz.kind_of(e) == "city"
            ]
            if not cities:
                return -1
            if first is None:
                first = cities[0]
                continue
            country = gaz.country_of(first)
            if not any(
                gaz.country_of(e) == country and gaz.distance_km(first, e) <= _NEIGHBOUR_KM
                for e in cities
            ):
                return -1
        return -1 if first is None else first

    def _chain_of_places(self, i: int, end: int) -> bool:
        """True when every capitalised part of the hyphenated name around i..end is a place."""
        tk = self.tk
        a = self._chain_start(i)
        b = self._chain_end(end - 1)
        for k in range(a, b):
            if not tk.caps[k]:
                continue
            if tk.lowers[k] in lex.COMMON_WORDS or not self.gaz.has_key(tk.fold(k)):
                return False
        return True

    def name_at(self, i: int, *, max_tokens: int = 3) -> tuple[int, str | None] | None:
        """A place name at token i: a gazetteer name, else a run of capitalised tokens.

        An unknown name takes a hyphenated name whole ("Zuid-West-Vlaanderen"); an organisation
        head or a title is no name ("State Government").
        """
        tk = self.tk
        if i >= tk.n or not tk.cap(i):
            return None
        if tk.lower(i) in lex.COMMON_WORDS and not self._chain_cut_after(i + 1):
            return None
        hit = self.place_key_at(i)
        if hit:
            return hit
        if self.head_kind(i) is not None or self.is_title(i) or self._chain_cut_before(i):
            return None
        j = self._chain_end(i)
        while (
            j < tk.n
            and j - i < max_tokens
            and tk.linked(j - 1)
            and tk.cap(j)
            and tk.lower(j) not in lex.COMMON_WORDS
            and self.head_kind(j) is None
        ):
            j = self._chain_end(j)
        return j, None

    def display(self, i: int, end: int, key: str | None) -> str:
        """The surface name of tokens i..end-1, without a German genitive -s the key dropped."""
        tk = self.tk
        name = tk.span_text(i, end)
        if key is not None and name.endswith("s") and key != tk.key(i, end):
            return name[:-1]
        return name

    def _city_named(self, key: str) -> bool:
        """True when the first entry called `key` is a city (no country, region or continent)."""
        ents = self.gaz.entries_for_key(key)
        return bool(ents) and self.gaz.kind_of(ents[0][0]) == "city"

    def has_city(self, key: str) -> bool:
        """True when some entry called `key` is a city."""
        mk = ("has_city", key)
        hit = self.memo.get(mk)
        if hit is None:
            gaz = self.gaz
            hit = self.memo[mk] = any(gaz.kind_of(e) == "city" for e, _ in gaz.entries_for_key(key))
        return hit

    # ---- persons

    def find_persons(self) -> None:
        tk = self.tk
        titles = [
            i
            for i in tk.having(W_TITLE)
            if tk.lowers[i] in lex.TITLES or tk.words[i] in lex.TITLES_CASED
        ]
        for i in titles:
            if self.used[i]:
                continue
            j = i + 1
            while j < tk.n and self.is_title(j) and len(tk.gap(j - 1)) <= 3:
                j += 1
            if j < tk.n and tk.lower(j) in _OF and len(tk.gap(j - 1).strip()) == 0:
                # "Mayor of Cincinnati, Mark Mallory"
                k = j + 1
                while k < tk.n and k - j < 9 and "," not in tk.gap(k - 1):
                    if "\n" in tk.gap(k - 1) or not (
                        tk.cap(k) or tk.lower(k) in lex.ORG_CONNECTORS
                    ):
                        break
                    k += 1
                if k < tk.n and tk.gap(k - 1).strip() == "," and k - j < 9:
                    j = k
                else:
                    continue
            if j < tk.n and (
                tk.gap(j - 1).strip() not in ("", ".", ",", "-", ".-") or "\n" in tk.gap(j - 1)
            ):
                continue  # "Director\nReviewed by": a title ends its line
            if j < tk.n and "." in tk.gaps[j - 1] and tk.starts[j] in self.sentence_starts:
                continue  # "the ambassador. Chongqing, with": the title ends its sentence
            end = self._person_name(j)
            if end is not None:
                self._add_person(j, end)
        self._appositive_persons()
        self._by_persons()
        self._contact_block_persons()
        self._named_persons()
        self._known_persons()

    def _person_name(self, j: int, *, max_tokens: int = 4) -> int | None:
        """End token of a person's name starting at token j, or None."""
        tk = self.tk
        if j >= tk.n or self.used[j] or not tk.cap(j) or _is_han(tk.words[j][0]):
            return None
        k = j
        last_cap = None
        while k < tk.n and k - j < max_tokens + 1:
            lw = tk.lower(k)
            if k > j and not (
                tk.linked(k - 1) or (len(tk.words[k - 1]) == 1 and tk.gap(k - 1) == ". ")
            ):
                break
            if lw in lex.NAME_PARTICLES and k + 1 < tk.n and tk.cap(k + 1) and k > j:
                if lw in _OF_TOWN and last_cap is not None and self._town_of_person(j, k):
                    break  # "burgemeester Marco Out van Assen": the town, not a surname
                k += 1
                continue
            if not tk.cap(k) and k > j and tk.gap(k - 1) == "-" and lw.isalpha():
                k += 1  # "Lin Chih-ming"
                last_cap = k
                continue
            if not tk.cap(k) or _is_han(tk.words[k][0]) or self.used[k]:
                break
            if (
                self.is_title(k)
                or self.head_kind(k) is not None
                or (lw in lex.COMMON_WORDS and lw not in lex.NAME_PARTICLES)
            ):
                break
            if tk.all_caps(k) and len(tk.words[k]) > 1:
                break
            k += 1
            last_cap = k
        if last_cap is None:
            return None
        if tk.lower(j) in lex.COMMON_WORDS and tk.lower(j) not in lex.NAME_PARTICLES:
            return None
        return last_cap

    def _town_of_person(self, j: int, k: int) -> bool:
        """True when the particle at token k ("van", "von") after a full name (a given name
        and a surname from token j) introduces the person's town, not a part of the surname:
        "Marco Out van Assen", "Eckart Würzner von Heidelberg" (a town of 10,000 or more
        whose name ends there). "Jan van Dijk" (one word before) stays one name."""
        tk = self.tk
        if k - j < 2 or tk.gaps[k - 1] != " " or tk.gaps[k] != " ":
            return False
        hit = self.place_key_at(k + 1)
        if hit is None:
            return False
        end, key = hit
        if end < tk.n and tk.caps[end] and tk.linked(end - 1):
            return False  # the name goes on: "van Assen Berg"
        return self._main_weight(key) >= 10_000

    def _add_person(self, i: int, j: int) -> None:
        tk = self.tk
        self.claim(i, j)
        self.spans.append(RawSpan(tk.starts[i], tk.ends[j - 1], "person", tk.span_text(i, j)))

    def _appositive_persons(self) -> None:
        """'Els Maes, de burgemeester van Tielt', 'Richard Ambrose, City Manager'."""
        tk = self.tk
        titles = tk.having(W_APPOSITIVE)
        if not titles:
            return
        # the tokens after a comma and a space ("X, Mayor"), up to two tokens before a title,
        # in text order
        n = tk.n
        text = self.text
        starts, ends = tk.starts, tk.ends
        afters = sorted({a for t in titles for a in (t - 2, t - 1, t) if 2 <= a < n})
        for after in afters:
            if _COMMA_SPACE.search(text, ends[after - 1], starts[after]) is None:
                continue
            before = after - 1
            if not tk.caps[before]:
                continue
            titled = False
            for k in range(after, min(after + 3, tk.n)):
                if tk.lower(k) in lex.APPOSITIVE_TITLES and k < tk.n:
                    titled = True
                    break
                if "\n" in tk.gap(k) or tk.gap(k).strip() not in ("", "-"):
                    break
            if not titled:
                continue
            # walk back over the name (2-4 tokens)
            start = before
            while start > 0 and before - start < 4 and tk.linked(start - 1):
                prev = start - 1
                lw = tk.lower(prev)
                if tk.cap(prev) or (lw in lex.NAME_PARTICLES and tk.cap(start)):
                    start = prev
                else:
                    break
            while start < before and tk.lower(start) in lex.NAME_PARTICLES:
                start += 1
            if before - start < 1:
                continue
            if start > 0 and tk.linked(start - 1) and tk.cap(start - 1):
                continue
            end = self._person_name(start)
            if end == before + 1 and self.free(start, end) and not self._is_place_name(start, end):
                self._add_person(start, end)

    def _by_persons(self) -> None:
        """'prepared by Richard Ambrose', 'signé par Pierre Bédier': two or three name tokens."""
        tk = self.tk
        for i in [k for k in tk.having(W_BY) if k < tk.n - 2]:
            if tk.gap(i) != " ":
                continue
            end = self._person_name(i + 1, max_tokens=3)
            if end is None or end - (i + 1) < 2:
                continue
            if end < tk.n and tk.linked(end - 1) and tk.cap(end):
                continue
            if self.free(i + 1, end) and not self._is_place_name(i + 1, end):
                self._add_person(i + 1, end)

    def _contact_block_persons(self) -> None:
        """A line holding only a name, near a phone or e-mail label."""
        text = self.text
        if _LABEL_FIRST_LINE.match(text) is None and _LABEL_NEXT_LINE.search(text) is None:
            return  # no line starts with a label
        lines = list(re.finditer(r"[^\n]+", text))
        label = _LABEL
        label_lines = [n for n, m in enumerate(lines) if label.match(m.group())]
        if not label_lines:
            return
        tk = self.tk
        # the lines within six lines of a label line, in order
        near = sorted({n for k in label_lines for n in range(k - 6, k + 7) if 0 <= n < len(lines)})
        for n in near:
            m = lines[n]
            line = m.group().strip()
            if not 4 <= len(line) <= 50 or not re.fullmatch(r"[^\W\d_][\w'’. -]*", line):
                continue
            i = tk.index_at(m.start())
            j = tk.index_at(m.end())
            if j - i < 2 or j - i > 5 or not self.free(i, j):
                continue
            end = self._person_name(i, max_tokens=5)
            if end != j or self._is_place_name(i, j):
                continue
            if any(tk.lower(k) in _CONNECTORS_NOT_PARTICLES for k in range(i, j)):
                continue
            if tk.fold(i) not in self.gaz.first_names and not all(
                self._name_word(k) for k in range(i, j)
            ):
                # "Stad Leuven", "Dienst Internationale Samenwerking": no first name, and
                # a word of the line is a place, an ordinary word or an organisation word
                continue
            self._add_person(i, j)

    def _name_word(self, k: int) -> bool:
        """True for a word that may be part of a person's name (no place, no ordinary word)."""
        tk = self.tk
        lw = tk.lower(k)
        if lw in lex.NAME_PARTICLES:
            return True
        return not (
            lw in lex.COMMON_WORDS
            or lw in _PREFIX_TRIGGERS
            or lw in lex.ORG_HEADS
            or lw in lex.UNIT_WORDS
        )

    def _named_persons(self) -> None:
        """'Julie Martin' (a known first name), 'Sun Hailin' (a Chinese surname and pinyin)."""
        tk = self.tk
        gaz = self.gaz
        first = gaz.first_names
        surnames = gaz.cn_surnames
        folds = set(map(tk.folds.__getitem__, self.caps_idx))  # (only capitals are looked at)
        names = first.intersection(folds) | surnames.intersection(folds)
        if not names:
            return
        for i in compress(
            self.caps_idx, map(names.__contains__, map(tk.folds.__getitem__, self.caps_idx))
        ):
            j = i + 1
            if j >= tk.n or self.used[i] or self.used[j] or tk.gap(i) != " " or not tk.caps[j]:
                continue
            f = tk.fold(i)
            if f not in first and f not in surnames:
                continue
            if f in first and tk.lowers[i] in lex.COMMON_WORDS:
                continue
            if self._nationality_adjective(i) and i > 0 and tk.lowers[i - 1] in lex.DETERMINERS:
                continue  # "the German Eppingen": an adjective, not Germán
            lw = tk.lowers[i]
            if tk.all_caps(i) or tk.all_caps(j):
                continue
            if lw in lex.COMMON_WORDS and (self.sentence_initial(i) or lw in _FUNCTION_WORDS):
                continue
            lj = tk.lowers[j]
            if lj in lex.COMMON_WORDS or self.is_title(j) or self.head_kind(j) is not None:
                continue
            hit = self.place_key_at(i)
            if hit is not None and (
                hit[0] > j
                or (
                    # a Chinese surname before a pinyin given name ("Cai Lixin") is a place
                    # only as the main name of a populous one, not as another's alternate name
                    self._main_weight(hit[1]) >= 100_000
                    if f in surnames and f not in first and self._pinyin_given_name(j)
                    else self._populous(hit[1])
                )
            ):
                continue  # "Santa Clara", "Hong Kong", "Xi'an Jiaotong"
            if i > 0 and tk.link[i - 1] and tk.caps[i - 1]:
                prev = self.place_key_at(i - 1)
                if prev is not None and prev[0] > j:
                    continue  # "San Pedro Sula": the name goes on a place of three words
            k = j + 1
            while k < tk.n and k - j < 3 and tk.linked(k - 1) and tk.caps[k]:
                if self.head_kind(k) is not None:
                    break
                k += 1
            if k < tk.n and tk.linked(k - 1) and self.head_kind(k) is not None:
                continue  # "George Washington University"
            if i and tk.gap(i - 1) == " " and self.head_kind(i - 1) is not None:
                continue  # "l'Université Jean Monnet", "Universität Sun Yat-sen": its name
            if f in first and not self._short_line(i):
                end = self._person_name(i, max_tokens=4)
                if end is not None and end > j and self.free(i, end):
                    self._add_person(i, end)
                    continue
            if f in surnames and self._pinyin_given_name(j):
                self._add_person(i, j + 1)

    def _short_line(self, i: int) -> bool:
        """True when token i is on a line of at most six words (a heading or a contact line,
        left to the contact-block rule)."""
        text = self.text
        a = text.rfind("\n", 0, self.tk.starts[i]) + 1
        b = text.find("\n", self.tk.starts[i])
        line = text[a : len(text) if b < 0 else b]
        return len(line.split()) <= 6

    def _populous(self, key: str) -> bool:
        """True when `key` names a country, a region or a place of 100,000 or more."""
        return self._main_weight(key, alt_from=100_000) >= 100_000

    def _pinyin_given_name(self, j: int) -> bool:
        """True for a word of one to three pinyin syllables ('Hailin', 'Kehua', 'Xiaoyan')."""
        w = self.tk.words[j]
        if not w[0].isupper() or not w[1:].islower() or not w.isascii() or not w.isalpha():
            return False
        return _syllables(w.casefold(), self.gaz.pinyin_syllables, 3)

    def _known_persons(self) -> None:
        """A person's surname alone later in the text names the same person ('Martin said')."""
        tk = self.tk
        surnames: set[str] = set()
        for sp in self.spans:
            if sp.kind != "person":
                continue
            parts = sp.name.split()
            if len(parts) < 2:
                continue
            if name_key(parts[0]) in self.gaz.cn_surnames and len(parts) == 2:
                surnames.add(name_key(parts[0]))
            else:
                surnames.add(name_key(parts[-1]))
        surnames = {k for k in surnames if not self._populous(k)}
        if not surnames:
            return
        preps = lex.PLACE_PREPOSITIONS.get(self.lang, lex.ALL_PREPOSITIONS)
        caps_idx = self.caps_idx
        for i in compress(
            caps_idx, map(surnames.__contains__, map(tk.folds.__getitem__, caps_idx))
        ):
            if self.used[i] or tk.fold(i) not in surnames:
                continue
            if i + 1 < tk.n and tk.linked(i) and tk.caps[i + 1]:
                continue
            if i > 0 and tk.lowers[i - 1] in preps:
                continue
            if i > 0 and tk.linked(i - 1) and tk.caps[i - 1] and not self._initial_word(i - 1):
                continue
            self._add_person(i, i + 1)

    def _is_place_name(self, i: int, j: int) -> bool:
        hit = self.place_key_at(i, max_tokens=j - i)
        return hit is not None and hit[0] == j

    # ---- city governments and region forms

    def find_city_forms(self) -> None:
        tk = self.tk
        lowers = tk.lowers
        triggers = tk.having(W_SUFFIX)
        prefixes = tk.having(W_PREFIX)
        # capitalised tokens up to seven before a suffix trigger may open a suffix form
        near: set[int] = set()
        for t in triggers:
            # the capitalised run right before the trigger ("New Taipei City", "Jiangsu Province")
            k = t - 1
            while k >= 0 and t - k <= 7 and tk.caps[k]:
                near.add(k)
                if k == 0 or not tk.linked(k - 1):
                    break
                k -= 1
        cands = sorted(set(prefixes) | {k for k in near if tk.caps[k]})
        nxt = 0
        for i in cands:
            if i < nxt or self.used[i]:
                continue
            end = None
            if lowers[i] in _PREFIX_TRIGGERS:
                end = self._city_prefix_form(i)
            if end is None and tk.caps[i] and i in near:
                end = self._city_suffix_form(i)
            if end:
                nxt = end

    def _city_prefix_form(self, i: int) -> int | None:
        tk = self.tk
        w = tk.words[i]
        lw = w.casefold()
        if lw == "municipal" and i + 2 < tk.n:
            # "Municipal government of Chongqing", "Municipal People's Government of X"
            k = i + 1
            if tk.lower(k) in ("people", "peoples"):
                k += 1
            if tk.lower(k) == "government" and k + 1 < tk.n and tk.lower(k + 1) == "of":
                return self._prefixed(i, k + 2, org=True, kinds=("city",))
            return None
        if lw == "conseil" and i + 2 < tk.n:
            kind_word = tk.lower(i + 1)
            kinds = _COUNCIL_KINDS.get(kind_word)
            if kinds is None:
                return None
            return self._prefixed(i, i + 2, org=True, kinds=kinds, connectors=True)
        if lw in ("gemeenteraad", "stadsbestuur", "stadtrat", "gemeentebestuur"):
            return self._prefixed(
                i, i + 1, org=True, kinds=("city",), connectors=True, name_full=True
            )
        if lw in lex.GOVERNMENT_PREFIXES:
            return self._prefixed(i, i + 1, org=tk.cap(i), kinds=("city",))
        if lw in lex.PLACE_PREFIXES:
            return self._prefixed(i, i + 1, org=False, kinds=("city",), connectors=True)
        if lw in lex.CITY_PREFIXES:
            org = tk.cap(i) and not tk.all_caps(i)
            if lw in ("stad", "gemeente", "ville", "commune") or (
                i + 1 < tk.n and tk.lower(i + 1) in _OF
            ):
                return self._prefixed(i, i + 1, org=org, kinds=("city",), connectors=True)
            return None
        if lw in lex.DISTRICT_WORDS:
            # a capitalised "District" mid-sentence is part of a name ("Lake District",
            # "District Court"); German nouns are always capitalised
            if tk.cap(i) and self.lang != "de" and not self.sentence_initial(i):
                return None
            end = self._prefixed(i, i + 1, org=False, kinds=DISTRICT_KINDS, connectors=True)
            if end is not None:
                span = self.spans[-1]  # the district word stays outside the name's span
                span.start = span.place_start if span.place_start is not None else span.start
            return end
        if lw in lex.REGION_WORDS and tk.cap(i + 1 if i + 1 < tk.n else i):
            return self._prefixed(
                i,
                i + 1,
                org=False,
                kinds=lex.REGION_WORDS[lw],
                connectors=True,
            )
        kinds = lex.REGION_WORDS.get(lw) or lex.REGION_WORDS_BEFORE_OF.get(lw)
        if kinds is not None and i + 1 < tk.n and tk.lower(i + 1) in _OF:
            return self._prefixed(i, i + 1, org=False, kinds=kinds, connectors=True)
        return None

    def _prefixed(
        self,
        i: int,
        k: int,
        *,
        org: bool,
        kinds: tuple[PlaceKind, ...],
        connectors: bool = True,
        name_full: bool = False,
    ) -> int | None:
        """A prefix (tokens i..k-1) then an optional connector and article, then a place name."""
        tk = self.tk
        if connectors:
            if k < tk.n and tk.lower(k) in _OF and tk.near(k - 1):
                k += 1
                if k < tk.n and tk.lower(k) in _DET and tk.near(k - 1):
                    k += 1
        if k >= tk.n or not tk.near(k - 1) or self.used[k]:
            return None
        hit = self.name_at(k)
        if hit is None:
            return None
        end, key = hit
        name_start, name_end = tk.starts[k], tk.ends[end - 1]
        if key is None and (tk.all_caps(k) or not self._plausible_unknown(k, end)):
            return None
        if key is not None and kinds == ("city",) and not self.has_city(key):
            # "stad van Oost-Vlaanderen", "Stadt Baden-Württembergs": the region only
            self._add_place(k, end, key, cue=True)
            return end
        # "City of Jinhua City": the trailing "City" is filler too.
        if end < tk.n and tk.lower(end) == "city" and tk.linked(end - 1):
            end += 1
        start_tok = i
        if not org and tk.lower(i) == "city" and i > 0 and tk.lower(i - 1) == "the":
            start_tok = i  # the article stays outside the span
        name = self.display(k, hit[0], key)
        span = RawSpan(
            tk.starts[start_tok],
            tk.ends[end - 1],
            "organisation" if org else "place",
            tk.span_text(start_tok, end) if name_full else name,
            org_kind="city_government" if org else None,
            key=key,
            place_start=name_start,
            place_end=name_end,
            place_name=name,
            kinds=kinds,
            cue=True,
            government=org,
        )
        self.claim(start_tok, end)
        self.spans.append(span)
        return end

    def _unknown_seat(self, k: int) -> bool:
        """True when token k, after a description and its "de"/"of", is one unknown
        capitalised name that ends the name ("l'Université des sciences et technologies de
        Huazhong"): the organisation's seat or region the gazetteer lacks."""
        tk = self.tk
        if tk.all_caps(k) or self.is_title(k) or self.head_kind(k) is not None:
            return False
        if k + 1 < tk.n and tk.linked(k) and tk.caps[k + 1]:
            return False  # a longer name goes on
        return self._plausible_unknown(k, k + 1)

    def _plausible_unknown(self, i: int, j: int) -> bool:
        """An unknown capitalised name after 'City of' may be a misspelt or unlisted place."""
        tk = self.tk
        if any(
            tk.lower(k) in lex.COMMON_WORDS and not self._chain_cut_before(k) for k in range(i, j)
        ):
            return False
        if self.nationality_word(j - 1):
            return False  # "the southeastern Iranian province": an adjective, no name
        return all(len(tk.words[k]) >= 3 for k in range(i, j))

    def _city_suffix_form(self, i: int) -> int | None:
        """'Ghent City Council', 'eThekwini Municipality', 'Jinhua City', 'Jiangsu Province'."""
        tk = self.tk
        if not tk.cap(i) or tk.lower(i) in lex.COMMON_WORDS:
            return None
        if (
            i > 2
            and tk.gaps[i - 1] in _TAIL_GAPS
            and tk.lowers[i - 1] in _TAIL_PARTICLES
            and self._chain_tail_head(i) is not None
        ):
            return None  # "the Centre-Val de Loire region": not "Loire region"
        hit = self.name_at(i)
        if hit is None:
            return None
        end, key = hit
        if end >= tk.n or not tk.linked(end - 1) or self.used[end]:
            return None
        if (
            key is not None
            and end - i > 1
            and tk.lowers[end - 1] == "city"
            and tk.lowers[end] in ("council", "government", "hall")
        ):
            # "Hamilton City Council": the gazetteer's "Hamilton City" yields to "Hamilton"
            shorter = self.place_key_at(i, max_tokens=end - 1 - i)
            if shorter is not None and shorter[0] == end - 1:
                end, key = shorter
        # (a suffix can follow only where its first word does)
        suffixes = lex.CITY_SUFFIXES if tk.lowers[end] in _CITY_SUFFIX_FIRSTS else ()
        follow = " ".join(tk.lowers[end : end + 3]) if suffixes else ""
        for suffix in suffixes:
            if not (follow == suffix or follow.startswith(suffix + " ")):
                continue
            n_words = suffix.count(" ") + 1
            if not all(tk.linked(k) for k in range(end - 1, end + n_words - 1)):
                continue
            if not all(tk.cap(k) for k in range(end, end + n_words)):
                continue
            if key is None and not self._plausible_unknown(i, end):
                return None
            stop = end + n_words
            name = tk.span_text(i, end)
            if suffix == "city hall":
                self._add_place(i, end, key, cue=True)
                self.claim(end, stop)
                return stop
            council = "council" in suffix
            self.claim(i, stop)
            self.spans.append(
                RawSpan(
                    tk.starts[i],
                    tk.ends[stop - 1],
                    "organisation",
                    tk.span_text(i, stop) if council else name,
                    org_kind="city_government",
                    key=key,
                    place_start=tk.starts[i],
                    place_end=tk.ends[end - 1],
                    place_name=name,
                    kinds=("admin2", "city") if "county" in suffix else ("city", "admin2"),
                    cue=True,
                    government=True,
                )
            )
            return stop
        lw = tk.lower(end)
        district = district_suffix(self, i, end, key)  # "Qiaokou District", "Jiangbei New Area"
        if district is not None:
            return district
        if (
            (lw == "city" or lw in lex.REGION_WORDS)
            and end + 1 < tk.n
            and tk.linked(end)
            and tk.caps[end + 1]
            and self.head_kind(end + 1) == "university"
        ):
            # "Minnesota State University", "Birmingham City University": a university named
            # after its state or city, which the organisations take whole
            return None
        if lw == "city" and key is not None and tk.cap(end):
            # "Jinhua City" (not a gazetteer name itself): the place Jinhua.
            self._add_place(i, end + 1, key, cue=True, name_end=end)
            return end + 1
        if lw in lex.REGION_WORDS and (key is not None or self._plausible_unknown(i, end)):
            if tk.lower(end) in ("state", "staat", "région", "region", "regio") and key is None:
                return None
            # "Jiangsu Province" -> Jiangsu; a county keeps its word ("Taipei County").
            keep = lw == "county"
            span = self._add_place(
                i,
                end + 1,
                key,
                cue=True,
                name_end=end + 1 if keep else end,
                kinds=lex.REGION_WORDS[lw],
            )
            if keep:
                span.place_name = tk.span_text(i, end)
            return end + 1
        return None

    def chain_cut(self, i: int, end: int) -> bool:
        """True when tokens i..end-1 start or end inside a hyphenated name."""
        return self._chain_cut_before(i) or self._chain_cut_after(end)

    def add_place(self, i: int, j: int, key: str | None, *, cue: bool) -> RawSpan:
        """Claim tokens i..j-1 as a place named `key`."""
        return self._add_place(i, j, key, cue=cue)

    def _add_place(
        self,
        i: int,
        j: int,
        key: str | None,
        *,
        cue: bool,
        name_end: int | None = None,
        kinds: tuple[PlaceKind, ...] = (),
    ) -> RawSpan:
        tk = self.tk
        ne = name_end if name_end is not None else j
        name = self.display(i, ne, key)
        start = tk.starts[i]
        span = RawSpan(
            start, tk.ends[j - 1], "place", name, None, key, start, tk.ends[ne - 1], name, kinds
        )
        span.cue = cue
        if j == i + 1:
            self.used[i] = 1
        else:
            self.claim(i, j)
            e = self._neighbour_memo.get(i, -1)
            if e >= 0 and key == tk.folds[i]:
                # a hyphenated name of neighbours is in the country of its first part
                span.country = self.gaz.country_of(e)
                span.admin1 = self.gaz.admin1_of(e)
        self.spans.append(span)
        return span

    # ---- organisations

    def find_organisations(self) -> None:
        tk = self.tk
        compounds = self.lang == "de"
        heads = tk.having(W_HEAD)
        heads += [i for i in tk.having(W_COMPANY) if tk.words[i] in lex.COMPANY_SUFFIXES]
        if compounds:
            heads += [i for i in tk.having(W_COMPOUND) if tk.caps[i]]
        else:
            heads += [i for i in tk.having(W_COMPOUND) if len(tk.lowers[i]) > 12]
        heads = sorted(set(heads))
        find_schools(self)  # "Hefei No. 8 High School", "le lycée Jean-Monnet"
        find_bracketed_names(self)  # "Conseil chinois pour la promotion ... (CCPIT)"
        done = -1
        for i in heads:
            if i <= done or self.used[i]:
                continue
            kind = self.head_kind(i)
            if kind is None:
                nxt = self._described_at(i) if tk.lowers[i] in _DESCRIBED else None
            else:
                nxt = self._organisation_at(i, kind)
            if nxt:
                done = nxt - 1
        find_university_short_names(self)
        find_noun_named(self)
        find_hyphen_heads(self)
        self._acronym_organisations()
        self._acronym_mentions()
        find_lone_acronyms(self)  # "De VUB sloot ...", "XNU President ..."
        if "celui d" in self.text or "celle d" in self.text or " that of " in self.text:
            self._elided_heads()
        text = self.text
        if "orts " in text or "avens " in text or "niversit" in text or "äfen " in text:
            self._plural_heads()  # ("Ports", "havens", "universities", "universités")

    def find_named_pairs(self) -> None:
        """A hyphenated name that an organisation's name holds ("Ningbo-Zhoushan Port Group",
        "Port of Antwerp-Bruges") stands for that organisation where it is written alone
        ("Ningbo-Zhoushan is the busiest port"), not for two places."""
        text = self.text
        if "-" not in text:
            return
        orgs = [
            s for s in self.spans if s.kind == "organisation" and not s.government and "-" in s.name
        ]
        tk = self.tk
        starts, ends = tk.starts, tk.ends
        seen: set[str] = set()
        for s in orgs:
            for m in _HYPHEN_NAME.finditer(s.name):
                pair = m.group(0)
                if pair in seen or not all(p[:1].isupper() for p in pair.split("-")):
                    continue
                seen.add(pair)
                for a, b in _whole_hits(text, pair):
                    i = bisect_left(starts, a)
                    j = bisect_left(starts, b)
                    if i >= tk.n or starts[i] != a or ends[j - 1] != b:
                        continue
                    if not self.free(i, j):
                        continue  # (the organisation's own name)
                    inner = s.place_name is not None and pair.startswith(s.place_name)
                    self.claim(i, j)
                    self.spans.append(
                        RawSpan(
                            a,
                            b,
                            "organisation",
                            s.name,
                            org_kind=s.org_kind,
                            key=s.key if inner else None,
                            place_start=a if inner else None,
                            place_end=a + len(s.place_name or "") if inner else None,
                            place_name=s.place_name if inner else None,
                            weak=s.weak,
                        )
                    )

    def _acronym_organisations(self) -> None:
        """'KU Leuven' (an acronym before a place name), 'AB InBev' (before a CamelCase word)."""
        tk = self.tk
        words = tk.words
        caps_idx = self.caps_idx
        # only upper-case words can be acronyms
        for i in compress(caps_idx, map(str.isupper, map(words.__getitem__, caps_idx))):
            j = i + 1
            if j >= tk.n or self.used[i] or self.used[j] or tk.gap(i) != " " or not tk.caps[j]:
                continue
            w = tk.words[i]
            if not (2 <= len(w) <= 5 and w.isupper() and w.isalpha()) or tk.all_caps(j):
                continue
            if self.is_title(i) or self._is_country_key(tk.fold(i)) or w in _NOT_ACRONYMS:
                continue
            nxt = tk.words[j]
            if any(c.isupper() for c in nxt[1:]):
                self._add_organisation(i, j + 1, "company")
                continue
            hit = self.place_key_at(j)
            if hit is not None and self.free(j, hit[0]):
                # the place after the acronym is the organisation's ("CCPIT Zhejiang", "KU
                # Leuven"): its country is known
                self.claim(i, hit[0])
                self.spans.append(
                    self._place_org(
                        tk.starts[i], j, hit[0], tk.span_text(i, hit[0]), "other", hit[1]
                    )
                )

    def _plural_heads(self) -> None:
        """ "the ports of Antwerp and Zeebrugge", "les ports de Bordeaux et de Canton", "de
        havens van Zeebrugge en Qingdao", "the ports of Shanghai, Busan and Santos": a plural
        head before places listed with commas and joined by "and" names one organisation of
        each ("Port of Antwerp", "port de Canton")."""
        tk = self.tk
        lowers = tk.lowers
        for i in compress(range(tk.n - 4), map(_PLURAL_HEADS.__contains__, lowers)):
            bare = lowers[i + 1] not in _PLURAL_HEAD_PREPS
            if bare and (lowers[i] not in _PLURAL_HEADS_BARE or not tk.caps[i + 1]):
                continue
            if self.used.find(1, i, i + 1 if bare else i + 2) >= 0:
                continue
            if tk.gaps[i] != " " or (not bare and tk.gaps[i + 1] not in _TAIL_GAPS):
                continue
            first = i + 1 if bare else i + 2
            members = self._plural_head_list(first)
            if members is None:
                continue
            b_end = members[-1][1]
            if self.used.find(1, i, b_end) >= 0:
                continue
            head = _PLURAL_HEADS[lowers[i]]
            if tk.words[i][0].isupper() or self.lang == "en":
                head = head[0].upper() + head[1:]
            prep = "" if bare else tk.words[i + 1]
            kind = lex.ORG_HEADS.get(head.casefold(), "other")
            self.claim(i, b_end)
            for s, e, key in members:
                glue = "" if prep.endswith(("'", "’")) else " "
                name = (
                    f"{head} {prep}{glue}{tk.span_text(s, e)}"
                    if prep
                    else f"{head} {tk.span_text(s, e)}"
                )
                start = tk.starts[i] if s == first else tk.starts[s]
                self.spans.append(self._place_org(start, s, e, name, kind, key))

    def _plural_head_list(self, k: int) -> list[tuple[int, int, str]] | None:
        """The places listed from the token `k` after a plural head: places separated by
        commas, the last one after "and" (each may repeat the preposition: "de Dunkerque et
        de Singapour"), as (start, end, key); None unless two places end in "and"."""
        tk = self.tk
        lowers = tk.lowers
        members: list[tuple[int, int, str]] = []
        while k < tk.n:
            hit = self.place_key_at(k)
            if hit is None:
                return None
            members.append((k, hit[0], hit[1]))
            k = hit[0]
            if k >= tk.n - 1:
                return None
            gap = tk.gaps[k - 1]
            if lowers[k] in _AND and (gap == " " or (gap in _LIST_GAPS and len(members) > 1)):
                k += 1
                if lowers[k] in _PLURAL_HEAD_PREPS and tk.gaps[k - 1] == " ":
                    k += 1
                last = self.place_key_at(k) if k < tk.n else None
                if last is None:
                    return None
                members.append((k, last[0], last[1]))
                return members
            if gap not in _LIST_GAPS or len(members) > 8:
                return None
            if lowers[k] in _PLURAL_HEAD_PREPS and tk.gaps[k] == " ":
                k += 1
        return None

    def _elided_heads(self) -> None:
        """ "le port de Brest et celui de Qingdao", "the University of Leeds and that of
        Wuhan": the pronoun stands for the head of the organisation before it, and names the
        same kind of organisation of the place after it ("port de Qingdao")."""
        text = self.text
        tk = self.tk
        by_end = {
            s.end: s
            for s in self.spans
            if s.kind == "organisation" and s.key and s.place_end == s.end and s.place_start
        }
        if not by_end:
            return
        for phrase in _ELIDED_HEADS:
            pos = text.find(phrase)
            while pos >= 0:
                org = by_end.get(pos)
                pron = pos + len(phrase.split(" ")[1]) + 2  # after " et ", " and "
                k = tk.index_at(pos + len(phrase))
                hit = self.place_key_at(k) if org is not None and k < tk.n else None
                if org is not None and org.place_start is not None and hit is not None:
                    end, key = hit
                    i = tk.index_at(pron)
                    if tk.starts[k] == pos + len(phrase) and self.free(i, end):
                        head = org.name[: org.place_start - org.start]
                        self.claim(i, end)
                        name = head + tk.span_text(k, end)
                        self.spans.append(
                            self._place_org(tk.starts[i], k, end, name, org.org_kind, key)
                        )
                pos = text.find(phrase, pos + 1)

    def _place_org(
        self, start: int, k: int, end: int, name: str, kind: OrgKind | None, key: str | None
    ) -> RawSpan:
        """An organisation named `name` from the character `start` to the end of the token
        before `end`, whose place is the tokens `k` to `end` ("port de Qingdao")."""
        tk = self.tk
        return RawSpan(
            start,
            tk.ends[end - 1],
            "organisation",
            name,
            org_kind=kind,
            key=key,
            place_start=tk.starts[k],
            place_end=tk.ends[end - 1],
            place_name=self.display(k, end, key),
        )

    def _add_organisation(self, i: int, j: int, kind: OrgKind) -> None:
        tk = self.tk
        self.claim(i, j)
        self.spans.append(
            RawSpan(tk.starts[i], tk.ends[j - 1], "organisation", tk.span_text(i, j), org_kind=kind)
        )

    def find_headless_organisations(self) -> None:
        """Organisations named without a head word, known from their position.

        An unknown capitalised name that signs ("Howest signed"), that is listed with a known
        organisation ("Ghent University, Howest and Vives"), or that follows a lower-case
        organisation noun ("de hogeschool Howest") is an organisation.
        """
        tk = self.tk
        for v in tk.having(W_SIGN):
            k = v - 1
            while k >= 0 and (v - k) < 12:
                if tk.caps[k]:
                    a = self._run_start(k)
                    # a name after a locative preposition is where the signing took place
                    # ("Im Ratssaal unterzeichneten ...", "... dans le Salon X signèrent")
                    where = a == k - 1 and tk.lowers[a] in _VENUE_PREPS
                    where = where or (a == k and k > 0 and tk.lowers[k - 1] in _VENUE_PREPS)
                    if not where and (a == k or (a == k - 1 and self._initial_word(a))):
                        if not (a == k and self._german_noun(k)) and not (
                            a == k and k == v - 1 and self.adverb_before_verb(k, v)
                        ):
                            self._headless_at(a, k + 1, "other")
                    k = a - 1
                elif tk.lowers[k] in _LIST_JOINERS or tk.gap(k).strip() == ",":
                    k -= 1
                else:
                    break
        for k in tk.having(W_ORG_NOUN):
            if tk.caps[k] or k + 1 >= tk.n or not tk.linked(k) or not tk.caps[k + 1]:
                continue
            end = self._run_end(k + 1)
            self._headless_at(k + 1, end, lex.ORG_NOUNS[tk.lowers[k]])
        if "," in self.text:
            self._described_organisations()
        # (spans are only added: no organisation now means none before either)
        if not any(s.kind == "organisation" for s in self.spans):
            return
        self._listed_organisations()

    def _described_organisations(self) -> None:
        """An unknown name described after a comma as an organisation is one: 'Wesgro, the
        official trade and investment promotion agency for the Western Cape', 'Ventis, een
        bedrijf uit Gent'. The description's noun comes within eight words of its article;
        lower-case words, commas and 'and' may stand before it."""
        tk = self.tk
        starts = tk.starts
        de = self.lang == "de"
        caps, gaps, used = tk.caps, tk.gaps, self.used
        for m in _APPOSITION.finditer(self.text):
            art = bisect_left(starts, m.end()) - 1  # the article
            j = art  # the name ends before the comma: a run of up to four capitalised words
            if j < 1 or tk.ends[j - 1] != m.start() or not caps[j - 1] or used[j - 1]:
                continue
            i = j - 1
            while i > 0 and j - i < 4 and gaps[i - 1] == " " and caps[i - 1] and not used[i - 1]:
                i -= 1
            if i > 0 and gaps[i - 1] == " " and caps[i - 1]:
                continue  # a longer name: not read here
            kind: OrgKind | None = None
            k = art + 1
            while k < tk.n and k - art <= 8 and tk.gaps[k - 1].strip() in ("", ","):
                w = tk.words[k]
                lower = w.islower()
                if not lower and not de:
                    break
                kind = _DESCRIPTION_NOUNS.get(tk.lowers[k])
                if kind is not None or not lower:
                    break  # (a German noun is capitalised: "ein Unternehmen aus Gent")
                k += 1
            if kind is not None:
                self._headless_at(i, j, kind)

    def _listed_organisations(self) -> None:
        """A one-word unknown name joined to a known organisation by 'and' (or in a list that
        ends so) is an organisation too: 'Ghent University, Howest and Vives'."""
        tk = self.tk
        for _ in range(3):
            changed = False
            for sp in [s for s in self.spans if s.kind == "organisation"]:
                i = tk.index_at(sp.start)
                j = tk.index_at(sp.end)
                for k in (self._list_item_after(j), self._list_item_before(i)):
                    if k is not None and self._single_name(k):
                        changed |= self._headless_at(k, k + 1, "other")
            if not changed:
                break

    def _list_item_after(self, j: int) -> int | None:
        """The token after ', ' or ' and ' that follows token j - 1, in a list."""
        tk = self.tk
        if j >= tk.n or j == 0:
            return None
        if tk.lowers[j] in _LIST_JOINERS and tk.linked(j - 1) and self._joiner(j):
            return j + 1 if j + 1 < tk.n else None
        if tk.gap(j - 1).strip() == "," and self._list_goes_on(j):
            return j
        return None

    def _joiner(self, k: int) -> bool:
        """False for 'of' outside Dutch, where it is no 'or' ('Representatives of X Group')."""
        return self.tk.lowers[k] != "of" or self.lang == "nl"

    def _list_item_before(self, i: int) -> int | None:
        """The token before ' and ' or ', ' that precedes token i, in a list."""
        tk = self.tk
        if i < 2:
            return None
        if tk.lowers[i - 1] in _LIST_JOINERS and tk.linked(i - 2) and self._joiner(i - 1):
            return i - 2
        if tk.gap(i - 1).strip() == "," and (
            tk.gap(i - 2).strip() == "," or (i > 2 and tk.lowers[i - 3] in _LIST_JOINERS)
        ):
            return i - 1
        return None

    def _list_goes_on(self, j: int) -> bool:
        """True when the item at token j is followed by ', ' or ' and ' (a list of three)."""
        tk = self.tk
        k = j + 1
        return k < tk.n and (tk.gap(j).strip() == "," or tk.lowers[k] in _LIST_JOINERS)

    def _single_name(self, k: int) -> bool:
        tk = self.tk
        if k >= tk.n or not tk.caps[k] or self.used[k]:
            return False
        return not (k + 1 < tk.n and tk.linked(k) and tk.caps[k + 1])

    def _initial_word(self, k: int) -> bool:
        """An ordinary word capitalised only because it opens the sentence ('Later', 'The')."""
        tk = self.tk
        return self.sentence_initial(k) and (
            tk.lowers[k] in lex.COMMON_WORDS or tk.fold(k) in self.gaz.common_words
        )

    def _run_start(self, k: int) -> int:
        tk = self.tk
        a = k
        while a > 0 and k - a < 3 and tk.linked(a - 1) and tk.caps[a - 1] and not self.used[a - 1]:
            a -= 1
        return a

    def _run_end(self, k: int) -> int:
        tk = self.tk
        b = k + 1
        while b < tk.n and b - k < 3 and tk.linked(b - 1) and tk.caps[b] and not self.used[b]:
            b += 1
        return b

    def _headless_at(self, i: int, j: int, kind: OrgKind, *, named: bool = False) -> bool:
        """Claim tokens i..j-1 as an organisation if they can be an unknown organisation name."""
        tk = self.tk
        if i >= j or not self.free(i, j):
            return False
        while i < j and (tk.lowers[i] in lex.DETERMINERS or self._initial_word(i)):
            i += 1
        if i >= j:
            return False
        for k in range(i, j):
            lw = tk.lowers[k]
            if (lw in lex.COMMON_WORDS and not (named and k > i)) or self.is_title(k):
                return False
            if _is_han(tk.words[k][0]):
                return False
            if agreement_noun(lw) or act_acronym(tk.words[k]):
                return False  # "einen Kooperationsvertrag unterzeichnet", "the MoU": the act
            if named:
                if k == i and tk.fold(k) in self.gaz.common_words:
                    return False
            elif tk.fold(k) in self.gaz.common_words or tk.fold(k) in self.gaz.first_names:
                return False
        hit = self.place_key_at(i)
        if (hit is not None and not (named and hit[0] < j)) or len(tk.words[i]) < 3:
            return False
        if self.nationality_word(j - 1):
            return False  # "the Iranian side signed": a nationality, no organisation
        self._add_organisation(i, j, kind)
        return True

    def _head_end(self, i: int, kind: OrgKind) -> tuple[int, OrgKind] | None:
        """Extend a multi-word head ('Chamber of Commerce and Industry', 'Chambre de commerce,
        d'industrie et d'agriculture', 'Port Authority', 'University College'); None if not a
        head."""
        tk = self.tk
        lw = tk.lower(i)
        j = i + 1
        if lw in _CHAMBER_WORDS:
            follow = [tk.lower(k) for k in range(j, min(j + 5, tk.n))]
            if follow[:2] in (["of", "commerce"], ["van", "koophandel"], ["de", "commerce"]):
                return self._sector_end(j + 2), "chamber_of_commerce"
            if follow[:2] == ["of", "industry"]:
                return self._sector_end(j + 2), "chamber_of_commerce"
            if follow[:1] == ["of"]:
                # "Chamber of International Commerce", "Chamber of Foreign Trade": one or two
                # capitalised words that are no place before the sector
                for n in (1, 2):
                    s = j + 1 + n
                    if (
                        s < tk.n
                        and tk.lowers[s] in _CHAMBER_SECTORS
                        and all(
                            tk.caps[x] and tk.gaps[x - 1] == " " and self._shared_head_word(x)
                            for x in range(j + 1, s)
                        )
                        and tk.gaps[s - 1] == " "
                    ):
                        return self._sector_end(s + 1), "chamber_of_commerce"
            return None
        # a head followed by more heads or company words is one head: "Port Authority",
        # "Port Group", "University College", "Hafen AG"
        # "Dalian Port\nCorporation": a company word opening the next line of wrapped prose
        # goes on with the name
        while (
            j < tk.n
            and not self.used[j]
            and (
                (
                    tk.gaps[j - 1] == " "
                    and (
                        tk.words[j] in lex.COMPANY_SUFFIXES
                        or self.head_kind(j) is not None
                        or tk.words[j] in _HEAD_TAILS
                    )
                )
                or (tk.gaps[j - 1] == "\n" and tk.words[j] in lex.COMPANY_SUFFIXES)
            )
            and tk.lower(j) not in _CHAMBER_WORDS
        ):
            j += 1
        # "Autorité portuaire", "Grand port maritime": French adjectives of the head
        while (
            j < tk.n
            and self.lang == "fr"
            and tk.gaps[j - 1] == " "
            and not self.used[j]
            and tk.lowers[j] in lex.HEAD_ADJECTIVES
        ):
            kind = lex.HEAD_ADJECTIVES[tk.lowers[j]] or kind
            j += 1
        if self.lang == "fr" and j == i + 1 and tk.caps[i] and self._french_head_adjective(j):
            j += 1  # "l'Université océanique de Chine", "Université islamique de Gaza"
        return j, kind

    def _french_head_adjective(self, j: int) -> bool:
        """True when the lower-case word at token j, after a capitalised French head, is an
        adjective of the name: a place follows it after "de", "du" or "d'" ("Université
        océanique de Chine"), which no verb or noun of the sentence does ("l'Université signe
        des accords")."""
        tk = self.tk
        if j + 2 >= tk.n or tk.gaps[j - 1] != " " or self.used[j]:
            return False
        w = tk.words[j]
        if not w.isalpha() or not w.islower() or len(w) < 5 or w in lex.COMMON_WORDS:
            return False
        if not w.endswith(_FR_ADJECTIVE_ENDINGS):
            return False
        if tk.lowers[j + 1] not in ("de", "du", "d'", "d’") or not tk.linked(j):
            return False
        k = j + 2
        return k < tk.n and tk.caps[k] and self.place_key_at(k) is not None

    def _sector_end(self, j: int) -> int:
        """The end of the sectors listed after 'Chamber of Commerce': 'and Industry',
        ', d'industrie et d'agriculture', 'en Industrie'."""
        tk = self.tk
        while j + 1 < tk.n and tk.gaps[j - 1] in (" ", ", "):
            k = j
            if tk.lowers[k] in _SECTOR_JOINERS:
                k += 1
            if k < tk.n and tk.lowers[k] in ("d'", "d’") and k + 1 < tk.n:
                k += 1
            if k == j and tk.gaps[j - 1] != ", ":
                break  # a sector follows a joiner or a comma
            if k >= tk.n or tk.lowers[k] not in lex.SECTOR_WORDS or k - j > 2:
                break
            j = k + 1
        return j

    def _organisation_at(self, i: int, kind0: OrgKind) -> int | None:
        tk = self.tk
        if i + 1 < tk.n and tk.gaps[i] == " " and tk.caps[i + 1]:
            hit = self.place_key_at(i)
            if hit is not None and hit[0] > i + 1 and self._city_named(hit[1]):
                return None  # "Port Elizabeth", "Port Louis": a city named with a head word
        head = self._head_end(i, kind0)
        if head is None:
            return None
        head_end, kind = head
        if not all(
            tk.linked(k) or tk.gap(k) in (" ", ", ", "", "\n") for k in range(i, head_end - 1)
        ):
            return None
        # a head ending in a company word ("Port Group") takes modifiers as a company does
        tail_company = head_end - 1 > i and tk.words[head_end - 1] in lex.COMPANY_SUFFIXES
        left = self._left_modifiers(i, "company" if tail_company else kind)
        right = self._right_complement(head_end, kind, i)
        start = left if left is not None else i
        end = right if right is not None else head_end
        shared = self._shared_head_end(end) if right is None else None
        if shared is not None:
            # "Tianjin Port and Shipping Authority", "Port and Shipping Authority of Haikou"
            h, h_end = shared
            right = self._right_complement(h_end, self.head_kind(h) or kind, h)
            end = right if right is not None else h_end
        if (
            right is not None
            and start < i
            and right > head_end
            and tk.lowers[head_end] == "of"
            and self._region_tail(head_end, end)
            and self._city_modifier(start, i)
        ):
            # "Zhanjiang Port Authority of Guangdong province", "Rizhao Port of the People's
            # Republic of China": the city names the organisation, the tail only places it
            end = head_end
        if start == i and end == head_end:
            return None
        if kind == "company" and start == i:
            return None
        if kind == "company" or tk.words[end - 1] in lex.COMPANY_SUFFIXES:
            # "Henkel AG & Co. KGaA", "Acme Co., Ltd.", "Tianjin Port Holdings Co., Ltd."
            while (
                end < tk.n
                and tk.words[end] in lex.COMPANY_SUFFIXES
                and not self.used[end]
                and _SUFFIX_GAP.match(tk.gap(end - 1))
                and "\n" not in tk.gap(end - 1)
            ):
                end += 1
        if self._is_place_name(start, end):
            return None
        lw = tk.lower(i)
        mods = {tk.lower(k) for k in range(start, i)}
        council_of = None
        if lw in ("council", "raad", "conseil"):
            if mods & {"city", "town", "municipal", "borough", "stad", "gemeente"}:
                kind = "city_government"
            elif mods & {"legislative", "state", "provincial", "federal", "national"}:
                kind = "government_service"
            elif start < i and end == head_end and self._is_place_name(start, i):
                # "Cardiff Council": the council of a city is its government
                key = self.place_key_at(start, max_tokens=i - start)
                if key is not None and self._city_named(key[1]):
                    kind = "city_government"
                    council_of = (tk.starts[start], tk.ends[i - 1], key[1])
        if lw in ("authority", "autoriteit") and "port" in mods:
            kind = "port"
        if lw == "government" and mods & {"city", "municipal", "district", "county", "provincial"}:
            kind = "city_government"
        # (the word sharing the head is no place of the name: "Maritime and Port Authority")
        p0 = start + 2 if start + 1 < i and tk.lowers[start + 1] in _AND else start
        place = council_of or (
            None if kind == "company" else self._inner_place(p0, end, i, head_end)
        )
        text = tk.span_text(start, end)
        alias = self._alias_after(end)
        self.claim(start, end)
        self.spans.append(
            RawSpan(
                tk.starts[start],
                tk.ends[end - 1],
                "organisation",
                text,
                org_kind=kind,
                key=place[2] if place else None,
                place_start=place[0] if place else None,
                place_end=place[1] if place else None,
                place_name=self.text[place[0] : place[1]] if place else None,
                alias=alias,
                kinds=(
                    ("admin1", "admin2")
                    if "provincial" in mods  # "Jiangsu Provincial People's Government"
                    else ("city", "admin2")
                )
                if kind == "city_government"
                else (),
                cue=kind == "city_government",
                government=kind == "city_government" and place is not None,
                # a place among the modifiers ("Ishinomori Manga Museum") is less sure than
                # one after the head ("Port of Lamu")
                weak=place is not None and place[0] < tk.starts[i] and kind != "city_government",
            )
        )
        return end

    def _described_at(self, i: int) -> int | None:
        """A lower-case description of an organisation with its place: 'the chamber of
        commerce of Rizhao', 'de haven van Rizhao', 'la chambre de commerce de Dakar'."""
        tk = self.tk
        kind = _DESCRIBED[tk.lowers[i]]
        head = self._head_end(i, kind)
        if head is None:
            return None
        j, kind = head
        if j >= tk.n or not tk.linked(j - 1):
            return None
        if tk.lowers[j] in _OF:
            k = j + 1
            if k < tk.n and tk.lowers[k] in ("d'", "d’"):
                pass
            elif not tk.linked(j):
                return None
            if k < tk.n and tk.lowers[k] in _DET and tk.linked(k):
                k += 1
        elif tk.gaps[j - 1] == " " and j + 1 < tk.n and tk.gaps[j] == "-" and tk.caps[j]:
            k = j  # "l'université Aix-Marseille": a hyphenated pair of places right after
            hit = self.place_key_at(k)
            if hit is None or not self._chain_of_places(k, hit[0]):
                return None
            if hit[0] != j + 1 and not (self._neighbour_chain(k) and hit[0] == self._chain_end(k)):
                return None
        else:
            return None
        if (
            kind == "port"
            and i > 0
            and tk.lowers[i - 1] == "grand"
            and tk.linked(i - 1)
            and not self.used[i - 1]
        ):
            i -= 1  # "le grand port maritime du Havre" (the French status of a port)
        hit = self.place_key_at(k)
        if (
            k < tk.n
            and tk.caps[k]
            and self.head_kind(k) is not None
            and not (hit is not None and hit[0] > k + 1 and self._city_named(hit[1]))
        ):
            # "de haven van Port of Antwerp-Bruges": an organisation's name follows (not a
            # city named with a head word, "the port of Port Elizabeth")
            return None
        if hit is None and k < tk.n:
            return described_unknown(self, i, k, kind)  # "de haven van Caofeidian"
        if hit is None or not self.free(k, hit[0]) or tk.all_caps(k):
            return None
        end, key = hit
        if end < tk.n and tk.gaps[end - 1] == "-" and self._chain_of_places(k, end):
            end = self._chain_end(end - 1)  # "l'université d'Aix-Marseille": a place pair
        elif end < tk.n and tk.linked(end - 1) and tk.caps[end]:
            return None  # the name goes on: "the port of Ghent Dock"
        ents = self.gaz.entries_for_key(key)
        top = self.gaz.kind_of(ents[0][0]) if ents else None
        if self._is_country_key(key) or top not in (
            ("city",) if kind == "university" else ("city", "admin1", "admin2")
        ):
            return None  # "de grootste universiteit van België": no name
        self.claim(i, end)
        self.spans.append(
            RawSpan(
                tk.starts[i],
                tk.ends[end - 1],
                "organisation",
                tk.span_text(i, end),
                org_kind=kind,
                key=key,
                place_start=tk.starts[k],
                place_end=tk.ends[end - 1],
                place_name=self.display(k, end, key),
            )
        )
        return end

    def _alias_after(self, end: int) -> str | None:
        """A short name in brackets right after an organisation's name: an acronym ('UCC',
        'CCIAD') or a one-word brand that is no place and no ordinary word ('duisport')."""
        tk = self.tk
        m = _ACRONYM.match(self.text, tk.ends[end - 1], tk.ends[end - 1] + 20)
        if m is None:
            return None
        alias = m.group(1)
        if sum(c.isupper() for c in alias) >= 2:
            return alias
        if not alias.isalpha() or len(alias) < 4:
            return None
        key = name_key(alias)
        gaz = self.gaz
        if key in self._keys or key in gaz.common_words or key in gaz.first_names:
            return None
        return None if alias.casefold() in lex.COMMON_WORDS else alias

    def _left_modifiers(self, i: int, kind: OrgKind) -> int | None:
        tk = self.tk
        k = i
        count = 0
        while k > 0 and count < 6:
            prev = k - 1
            initials = (  # "Northwest A&F University", "Texas A&M University"
                tk.gaps[prev] == "&" and len(tk.words[prev]) == 1 and len(tk.words[k]) == 1
            )
            if (
                self.used[prev]
                or not (tk.linked(prev) or initials)
                or tk.gaps[prev] in _SPACED_DASHES
            ):
                break  # "PRESS RELEASE - University of Leeds": a heading before a dash
            lw = tk.lower(prev)
            if lw in lex.COMPANY_NOUNS:
                break
            if prev in tk.possessive and self._region_word_at(prev):
                break  # "China's Rizhao Port", "Belgium's Port of Antwerp": the country's
            if tk.cap(prev):
                if self.is_title(prev) or (lw in lex.DETERMINERS and not initials):
                    break
                if self.head_kind(prev) is not None and tk.words[prev] not in lex.COMPANY_SUFFIXES:
                    if lw not in ("city", "sister"):
                        break
                if tk.words[prev] in lex.COMPANY_SUFFIXES and kind == "company":
                    break
                if (
                    self.lang == "de"
                    and tk.lowers[i] not in _ENGLISH_NAMED_HEADS
                    and not (
                        tk.all_caps(prev)
                        or self.gaz.has_key(tk.fold(prev))
                        or tk.gap(prev).strip() == "-"
                        or (kind == "company" and count < 2)
                        or lw.endswith(_DE_ADJECTIVE_ENDINGS)
                        or self._inflected_adjective(prev)
                        or (k == i and self._name_before_seat(prev))
                        or self.adjective_place(prev) is not None
                    )
                ):
                    break
                if lw in lex.SENTENCE_ADVERBS:
                    break
                if k < i and lw in lex.DEMONYMS and self.place_key_at(k) is not None:
                    break  # "Chinese Zhejiang University": the adjective describes it
                if (
                    self.sentence_initial(prev)
                    and lw in lex.COMMON_WORDS
                    and lw not in lex.NAME_OPENERS
                ):
                    break
                k = prev
                count += 1
            elif (
                lw in ("and", "en", "und", "et")
                and prev > 0
                and tk.gaps[prev - 1] == "- "
                and tk.caps[prev - 1]
                and not self.used[prev - 1]
            ):
                k = prev  # "Industrie- und Handelskammer": a truncated compound
            elif (
                lw in ("and", "en", "und", "et")
                # "Hefei Economic and Technological Development Zone"
                and (
                    kind == "government_service"
                    or tk.lowers[i] == "zone"
                    # "Maritime and Port Authority of Singapore": a word that is no name
                    or (k == i and prev > 0 and self._shared_head_word(prev - 1))
                )
                and prev > 0
                and tk.cap(prev - 1)
                and tk.linked(prev - 1)
                and self.head_kind(prev - 1) is None
                and not self.used[prev - 1]
            ):
                k = prev
            elif (
                prev > 0
                and tk.gap(prev - 1) == "-"
                and tk.cap(prev - 1)
                and lw.isalpha()
                and len(lw) <= 5
                and lw not in _HYPHEN_STOP
            ):
                k = prev  # "Sun Yat-sen University", not "Ghent-based"
            else:
                break
        while k < i and not tk.cap(k):
            k += 1
        return k if k < i else None

    def _inflected_adjective(self, k: int) -> bool:
        """True for a capitalised German adjective ending in "-e" or "-en" right after an
        article ("der Allgemeinen Handelskammer Wuhan", "die Freie Universität Berlin"): the
        first word of the organisation's name."""
        tk = self.tk
        lw = tk.lowers[k]
        if not lw.endswith(("e", "en")) or len(lw) < _DE_ADJECTIVE_LEAST or k == 0:
            return False
        return tk.linked(k - 1) and tk.lowers[k - 1] in _DE_ARTICLE_OPENERS

    def _name_before_seat(self, k: int) -> bool:
        """True for a capitalised word between an article and a German head followed by its
        seat ("die Leuphana Universität Lüneburg", "der Hertie Hochschule Berlin"): a name of
        the organisation's own, not a noun (which German joins to the head or puts in the
        genitive after it)."""
        tk = self.tk
        lw = tk.lowers[k]
        if k == 0 or k + 2 >= tk.n or len(lw) < _DE_ADJECTIVE_LEAST or not lw.isalpha():
            return False
        if lw.endswith(_DE_NAME_NOT_ENDINGS) or not tk.linked(k + 1) or not tk.caps[k + 2]:
            return False
        return tk.linked(k - 1) and tk.lowers[k - 1] in _DE_ARTICLE_OPENERS

    def _right_complement(self, j: int, kind: OrgKind, head: int) -> int | None:
        tk = self.tk
        if j >= tk.n or not tk.linked(j - 1) or self.used[j]:
            return None
        lw = tk.lower(head)
        head_initial = (
            lw in lex.HEAD_INITIAL
            or kind == "city_government"
            or (lw.endswith(lex.INITIAL_COMPOUNDS) and not lw.startswith("partner"))
        )
        if not head_initial:
            return None
        k = j
        if tk.lower(k) in _OF:
            k += 1
            if k < tk.n and tk.lower(k) in _DET and tk.linked(k - 1):
                k += 1
        elif not (
            (self.lang in ("nl", "de", "fr") and lw not in _ENGLISH_HEADS) or self.place_key_at(k)
        ):
            return None  # (an English head takes "of": "Renmin University Gespräche" is none)
        end = None
        limit = k + (10 if self.lang == "de" else 6)
        lowered = 0  # lower-case words of a description before the place
        while k < tk.n and k < limit and tk.linked(k - 1):
            if lowered and end is None and tk.caps[k] and self.lang == "de":
                lowered = 0  # "Hochschule für angewandte Wissenschaften Hamburg" (nouns)
            if (
                lowered
                and end is None
                and (
                    not tk.caps[k]
                    or tk.lowers[k - 1] not in _OF
                    or (self.place_key_at(k) is None and not self._unknown_seat(k))
                )
            ):
                # "l'Université de la céramique de Jingdezhen", "het Instituut voor
                # duurzame energie van Hefei": a description ends with "of" and a place
                if not tk.caps[k] and tk.lowers[k] in _COMPLEMENT_CONNECTORS and k + 1 < tk.n:
                    k += 1
                    continue
                if not tk.caps[k] and lowered < 3 and tk.lowers[k].isalpha():
                    lowered += 1
                    k += 1
                    continue
                return None
            if self.used[k] and kind == "university" and self._namesake_person(j, k):
                pass  # "Université Claude Bernard Lyon 1": the person the university is named after
            elif self.used[k]:
                # "Third People's Hospital of Hainan Province": a region form ends the name
                region = region_form_end(self, k) if end is None and k > j else None
                if region is not None:
                    end = region
                break
            lw = tk.lower(k)
            if end == k and self._ordinal_at(k):
                k += 1  # "Université Mohammed Premier d'Oujda", "Université de Rennes 1"
                end = k
                if k < tk.n and tk.lowers[k] in _AND:
                    break  # "l'Université de Lille 2 et Wuhan"
                continue
            if tk.cap(k):
                if self.is_title(k) or self.head_kind(k) is not None:
                    break
                if self.lang == "de" and end is not None and not tk.linked(k - 1):
                    break
                k += 1
                end = k
                if k - 1 in tk.possessive and tk.lowers[k - 1] not in _PEOPLES:
                    # "the Port of Tauranga's Salisbury Wharf": the name ends at -'s (not
                    # "of the People's Republic of China")
                    break
            elif (
                lw in _WITH
                and end == k
                and k + 1 < tk.n
                and tk.caps[k + 1]
                and any(tk.lowers[x] in _FOR for x in range(j, k))
                and self.place_key_at(k + 1) is None
            ):
                k += 1  # "Association for Friendship with Foreign Countries": one purpose
            elif lw in _COMPLEMENT_CONNECTORS and k + 1 < tk.n:
                if lw == "en" and self.lang == "fr" and self.place_key_at(k + 1) is not None:
                    break  # "l'Université de Lille en Chine": French "en" is "in"
                if lw in _SECTOR_JOINERS and self._conjunct_has_head(k + 1):
                    break  # "University of Waikato and Changzhou University": two names
                if lw in _SECTOR_JOINERS and tk.lower(k + 1) in _ARTICLES.get(self.lang, ()):
                    break  # "Port of Ghent and the Chinese ...": a new noun phrase
                k += 1
            elif (
                end is None
                and k > j
                and lw.isalpha()
                and (tk.lowers[k - 1] in _COMPLEMENT_CONNECTORS or tk.lowers[k - 1] in _OF)
            ):
                lowered = 1
                k += 1
            else:
                break
        if end is None:
            return None
        if self.lang == "de" and tk.lower(j) not in _OF:
            # "Fachhochschule Stralsund": only a place name follows directly.
            hit = self.place_key_at(j)
            if hit:
                end = hit[0]
            elif end != j + 1 and not (
                # "Hochschule Ostwestfalen-Lippe", "Hochschule Bonn-Rhein-Sieg": one
                # hyphenated name of a region, whatever the gazetteer holds of its parts
                end - j <= 4 and all(tk.gaps[x] == "-" for x in range(j, end - 1))
            ):
                end = None
            if end is not None and end + 1 < tk.n and tk.lowers[end] == "zu" and tk.linked(end):
                seat = self.place_key_at(end + 1)
                if seat is not None and self.free(end + 1, seat[0]):
                    end = seat[0]  # "IHK Ostwestfalen zu Bielefeld": the chamber's seat
        # "Universität Duisburg-Essen": a hyphenated name ends the complement whole
        return None if end is None else self._chain_end(end - 1)

    def adjective_place(self, k: int) -> str | None:
        """The place key of a German place adjective ('Duisburger', 'Wuhaner' -> 'wuhan')."""
        tk = self.tk
        if self.lang != "de" or not tk.caps[k]:
            return None
        f = tk.folds[k]
        if len(f) < 6 or not f.endswith("er") or tk.lowers[k] in lex.COMMON_WORDS:
            return None
        stem = f[:-2]
        return stem if stem in self._keys and self.has_city(stem) else None

    def _namesake_person(self, j: int, k: int) -> bool:
        """True when a person's name starts at token k right after a university's head and
        capitalised words only (tokens j..k-1): the person it is named after ("Université
        Claude Bernard", read as "Bernard Lyon"); the person span is given up."""
        tk = self.tk
        if self.lang not in ("fr", "en", "nl") or not all(tk.caps[x] for x in range(j, k)):
            return False
        if not all(tk.gaps[x] == " " for x in range(j - 1, k)):
            return False
        a = tk.starts[k]
        person = next((s for s in self.spans if s.kind == "person" and s.start == a), None)
        if person is None:
            return False
        self.spans.remove(person)
        for x in range(k, tk.index_at(person.end)):
            self.used[x] = 0
        return True

    def _ordinal_at(self, k: int) -> bool:
        """True when token k is the number of a name ("Mohammed Premier", "Hassan II",
        "Rennes 1", "Paris 8"): 'Premier', 'Ier', a Roman numeral up to XIII, or a number
        up to 13 that no lower-case word follows (not "the University of Leeds 10 years"), no
        decimal part and no per cent sign ("the Port of Oakland 2.1 million TEU")."""
        tk = self.tk
        w = tk.words[k]
        if tk.gaps[k - 1] != " ":
            return False
        if w in _NAME_ORDINALS or _ROMAN.fullmatch(w) is not None:
            return True
        if not (w.isdigit() and len(w) <= 2 and w[0] != "0" and int(w) <= 13):
            return False
        if k + 1 < tk.n and tk.gaps[k] in (".", ",") and tk.words[k + 1].isdigit():
            return False  # "the Port of Oakland 2.1 million TEU": a quantity after the name
        if k + 1 < tk.n and tk.gaps[k].lstrip(" ").startswith("%"):
            return False  # "Lyon 3 %"
        if k + 1 >= tk.n or not tk.linked(k):
            return True
        nxt = tk.words[k + 1]
        if not nxt.islower() or tk.lowers[k + 1] in _AND or tk.lowers[k + 1] in _OF:
            return True
        # "Lyon 1 figure parmi ...": a verb follows; "Leeds 10 years ago": a counted noun
        return not nxt.endswith(("s", "x")) and nxt not in _COUNTED

    def plain_capitalised(self, k: int) -> bool:
        """True when token k is a capitalised word of four letters or more that is no
        acronym, head of an organisation's name, title or first name ("Maritime",
        "Vocational", "Language"): a word that can stand inside a name."""
        tk = self.tk
        w = tk.words[k]
        return (
            tk.caps[k]
            and w.isalpha()
            and len(w) >= 4
            and not tk.all_caps(k)
            and self.head_kind(k) is None
            and not self.is_title(k)
            and tk.fold(k) not in self.gaz.first_names
        )

    def _shared_head_word(self, k: int) -> bool:
        """True when token k is a capitalised ordinary word that shares the head of the name
        after "and" ("Maritime" in "Maritime and Port Authority", "Shipping" in "Port and
        Shipping Authority"): no place, first name, head, acronym or title."""
        return not self.used[k] and self.plain_capitalised(k) and not self._city_or_country_at(k)

    def _city_or_country_at(self, k: int) -> bool:
        """True when the one word at token k names a city or a country ("Antwerp", not the
        region "Maritime" of Togo)."""
        hit = self.place_key_at(k, max_tokens=1)
        if hit is None:
            return False
        ents = self.gaz.entries_for_key(hit[1])
        return not ents or any(self.gaz.kind_of(e) in ("city", "country") for e, _ in ents)

    def _shared_head_end(self, end: int) -> tuple[int, int] | None:
        """'Tianjin Port and Shipping Authority': after a name ending at token `end`, "and",
        one ordinary capitalised word and a head name one organisation with it (the second
        conjunct has no name of its own). Returns (the second head's token, its end)."""
        tk = self.tk
        k = end + 1
        if k + 1 >= tk.n or tk.lowers[end] not in _AND or tk.gaps[end - 1] != " ":
            return None
        if tk.gaps[end] != " " or tk.gaps[k] != " " or not self._shared_head_word(k):
            return None
        if self.place_key_at(k, max_tokens=1) is not None:
            return None  # "Leeds Beckett University and Zhejiang University": two names
        h = k + 1
        if not tk.caps[h] or self.used[h] or self.head_kind(h) is None:
            return None
        if tk.lowers[h] == tk.lowers[end - 1]:
            return None  # "Xiamen University en Fudan University": one head twice, two names
        head = self._head_end(h, self.head_kind(h) or "other")
        return (h, head[0]) if head is not None else None

    def _conjunct_has_head(self, k: int) -> bool:
        """True when the capitalised words from token k (after an article) hold an
        organisation head: the start of a second, coordinated name."""
        tk = self.tk
        if k < tk.n and tk.lowers[k] in _DET and tk.linked(k):
            k += 1
        stop = min(tk.n, k + 5)
        while k < stop and (
            tk.caps[k]
            or tk.lowers[k] in _OF
            or tk.lowers[k] in _DET
            or (k > 0 and tk.gaps[k - 1] == "-" and tk.caps[k - 1])  # "Sun Yat-sen University"
        ):
            if tk.caps[k] and self.head_kind(k) is not None:
                return True
            if not tk.linked(k):
                break
            k += 1
        return False

    def _inner_place(self, start: int, end: int, hs: int, he: int) -> tuple[int, int, str] | None:
        """The first gazetteer place named inside an organisation's name (outside its head)."""
        tk = self.tk
        priority = {"city": 3, "admin1": 2, "admin2": 1, "country": 0}
        best: tuple[int, float, int, int, str] | None = None
        k = start
        while k < end:
            if hs <= k < he:
                k = he
                continue
            # (a place never runs into the head: "New Port Group" names no Newport)
            hit = self.place_key_at(k, max_tokens=min(6, (hs if k < hs else end) - k))
            if (
                hit
                and hit[0] <= end
                and not (hit[0] - k == 1 and tk.lower(k) in lex.COMMON_WORDS)
                and not (hit[0] - k == 1 and tk.lowers[k] in _COMPASS)  # "Northwest A&F"
            ):
                top = self.gaz.entries_for_key(hit[1])[0][0]
                rank = priority.get(self.gaz.kind_of(top), 0)
                if (
                    self.lang == "de"
                    and k > start
                    and tk.words[k - 1].islower()
                    and hit[0] - k == 1
                ):
                    rank = -1  # "des Landes": a German noun after an article
                cand = (rank, self.gaz.weight(top), tk.starts[k], tk.ends[hit[0] - 1], hit[1])
                if best is None or cand[:2] > best[:2]:
                    best = cand
                k = hit[0]
                continue
            stem = self.adjective_place(k) if hit is None else None
            if stem is not None:
                # "Wuhaner Außenhandelskammer": the place is the adjective's stem
                top = self.gaz.entries_for_key(stem)[0][0]
                rank = priority.get(self.gaz.kind_of(top), 0)
                cand = (rank, self.gaz.weight(top), tk.starts[k], tk.ends[k] - 2, stem)
                if best is None or cand[:2] > best[:2]:
                    best = cand
            k += 1
        return None if best is None else (best[2], best[3], best[4])

    def _acronym_mentions(self) -> None:
        """Later bare uses of an acronym given in parentheses name the same organisation, and
        so do the initials of an organisation's capitalised words ("TPSA" after "the Tianjin
        Port and Shipping Authority", "ZJUT" after "Zhejiang University of Technology")."""
        aliases = {s.alias: s for s in self.spans if s.alias}
        initials: dict[str, RawSpan | None] = {}
        for s in self.spans:
            if s.kind != "organisation" or s.alias or s.government:
                continue
            caps = [w for w in _CAPS_WORD.findall(s.name) if w[0].isupper()]
            if len(caps) < 2 or (len(caps) == 2 and s.org_kind not in _TWO_WORD_ACRONYMS):
                continue  # ("UT" for "Universiteit Twente": a university's, a port's two words)
            for short in dict.fromkeys(_initials(caps)):
                if act_acronym(short):
                    continue  # ("MOU" is the act even where a name's initials spell it)
                if len(short) <= 6 and short not in aliases:
                    # (two organisations with the same initials name neither; one
                    # organisation named twice is one)
                    if short not in initials:
                        initials[short] = s
                    else:
                        seen = initials[short]
                        if seen is not None and seen.name != s.name:
                            initials[short] = None
        for short, org in initials.items():
            if org is not None:
                aliases[short] = org
        if not aliases:
            return
        tk = self.tk
        words = tk.words
        # (only the tokens written as an alias are looked at)
        for i in compress(range(tk.n), map(aliases.__contains__, words)):
            if self.used[i]:
                continue
            org = aliases[words[i]]
            before = self.text[max(0, tk.starts[i] - 1) : tk.starts[i]]
            if before == "(":
                self.claim(i, i + 1)
                continue
            self.claim(i, i + 1)
            self.spans.append(
                RawSpan(
                    tk.starts[i],
                    tk.ends[i],
                    "organisation",
                    org.name,
                    org_kind=org.org_kind,
                    key=org.key,
                    place_name=org.place_name,
                )
            )

    # ---- bare places

    def find_compound_districts(self) -> None:
        """'Main-Kinzig-Kreis', 'Rhein-Sieg-Kreis', 'des Ennepe-Ruhr-Kreises': capitalised
        names joined by hyphens and closed by '-Kreis' name a German district (a place the
        gazetteer lacks)."""
        text = self.text
        at = text.find("-Kreis")
        if at < 0:
            return
        tk = self.tk
        while at >= 0:
            j = tk.index_at(at + 1)
            at = text.find("-Kreis", at + 6)
            if j <= 0 or j >= tk.n or tk.words[j] not in ("Kreis", "Kreises"):
                continue
            i = j - 1
            while i > 0 and tk.gaps[i - 1] == "-" and tk.caps[i - 1]:
                i -= 1
            if tk.gaps[j - 1] != "-" or not tk.caps[i] or not self.free(i, j + 1):
                continue
            span = self._add_place(i, j + 1, None, cue=True, kinds=("admin2",))
            if tk.words[j] == "Kreises":  # the genitive's -es is no part of the name
                span.name = span.place_name = span.name[:-2]
                span.place_end = tk.ends[j] - 2

    def find_suffixed_districts(self) -> None:
        """A name with an East Asian administrative suffix is a place ('Gangnam-gu',
        'Haeundae-gu', 'Minato-ku'), in the gazetteer or not; the name without the suffix is
        looked up in the suffix's country ('Suwon-si' -> Suwon)."""
        text = self.text
        if "-" not in text:
            return
        tk = self.tk
        gaz = self.gaz
        starts, gaps = tk.starts, tk.gaps
        for m in _ADMIN_SUFFIX.finditer(text):
            j = bisect_left(starts, m.end())  # (the token after the suffix)
            last = j - 1
            if last < 1 or starts[last] != m.start() + 1 or tk.ends[last] != m.end():
                continue
            if j < tk.n and gaps[last] == "-":
                continue
            i = last - 1  # the stem: "Gangnam", "Myeong" or "Jeju-do"
            if i > 0 and gaps[i - 1] == "-" and tk.words[i].islower():
                i -= 1
            if not _ADMIN_STEM.fullmatch(text, starts[i], starts[last] - 1):
                continue
            if i > 0 and gaps[i - 1].endswith(("-", "'", "’")):
                continue
            if not self.free(i, j):
                continue
            name = text[starts[i] : m.end()]
            whole = name_key(name)
            stem = name_key(text[starts[i] : m.start()])
            cc = _SUFFIX_COUNTRY[m.group(1)]
            if whole in self._keys:
                key: str | None = whole
            elif stem in self._keys and any(
                gaz.country_of(e) == cc for e, _ in gaz.entries_for_key(stem)
            ):
                key = stem
            else:
                key = None
            span = self._add_place(i, j, key, cue=True, kinds=DISTRICT_KINDS)
            span.country = cc

    def find_broken_places(self) -> None:
        """A place name hyphenated across a line break is one name: 'Frank-\\nfurt' is
        Frankfurt, 'Baden-\\nWürttemberg' Baden-Württemberg (looked for only at such breaks)."""
        text = self.text
        if "-" not in text:
            return
        tk = self.tk
        starts, ends, words, caps = tk.starts, tk.ends, tk.words, tk.caps
        used = self.used
        keys = self._keys
        for m in _BREAK_HYPHEN.finditer(text):
            j = bisect_left(starts, m.end())
            i = j - 1
            if i < 0 or j >= tk.n or ends[i] != m.start() or starts[j] != m.end():
                continue
            if not caps[i] or used[i] or used[j]:
                continue
            left, right = words[i], words[j]
            if right.islower():
                name = left + right
                key = name_key(name)
                lw = name.casefold()
                if lw in lex.COMMON_WORDS or (
                    key in self.gaz.common_words and not self._common_word_place(key, False)
                ):
                    continue
            elif caps[j]:
                name = f"{left}-{right}"
                key = name_key(name)
            else:
                continue
            if key not in keys:
                continue
            span = self._add_place(i, j + 1, key, cue=False)
            span.name = span.place_name = name
            span.initial = self.sentence_initial(i)

    def name_starts(self) -> list[int]:
        """The capitalised tokens that may start a gazetteer name (`place_key_at` is None for
        the others)."""
        caps_idx = self.caps_idx
        if self.lang == "de":
            return caps_idx
        folds = self.tk.folds
        keys = self._keys
        first_max = self._first_max
        # (a typed loop: a word the names hold is not looked up among the first words too)
        out: list[int] = []
        for i in caps_idx:
            f = folds[i]
            if f in keys or f in first_max:
                out.append(i)
        return out

    def find_places(self) -> None:
        tk = self.tk
        gaz = self.gaz
        n = tk.n
        words, lowers, caps, gaps, folds = tk.words, tk.lowers, tk.caps, tk.gaps, tk.folds
        used = self.used
        common = lex.COMMON_WORDS
        common_words = gaz.common_words
        cn_surnames = gaz.cn_surnames
        titles = lex.TITLES
        features = lex.FEATURE_NOUNS
        prefixes = lex.NAME_PREFIXES
        openers = lex.NAME_OPENERS
        preps = lex.PLACE_PREPOSITIONS.get(self.lang, lex.PLACE_PREPOSITIONS["en"])
        text = self.text
        ends = tk.ends
        starts = tk.starts
        de = self.lang == "de"
        key6 = self.key6
        masthead_end = min(len(text), 200)  # (a masthead is on the first, short line)
        nxt = 0
        for i in self.name_starts():
            if i < nxt or used[i]:
                continue
            # `place_key_at(i)`: a name start is capitalised and no `_never_first` word
            if i in key6:
                hit = key6[i]
            else:
                hit = key6[i] = self._one_word_key(i, 6)
            if hit is None:
                continue
            end, key = hit
            n_tok = end - i
            if n_tok > 1 and used.find(1, i, end) >= 0:
                continue
            if i > 2 and gaps[i - 1] in _TAIL_GAPS and lowers[i - 1] in _TAIL_PARTICLES:
                head = self._chain_tail_head(i)
                if head is not None:
                    # "Centre-Val de Loire": the end of a longer name the gazetteer lacks, not
                    # the place its last word names
                    self._add_place(head, end, None, cue=True)
                    nxt = end
                    continue
            lw = lowers[i]
            if n_tok == 1 and not _is_han(words[i][0]):
                w = words[i]
                if lw in common or lw in titles:
                    continue
                if len(lw) < 3 and not (w.isupper() and self._is_country_key(key)):
                    continue  # (an abbreviated country stays: "the UK city of Newcastle")
                if (
                    len(w) > 1
                    and w.isupper()
                    and not self._is_country_key(key)
                    and not (len(w) >= 4 and self._in_caps_line(starts[i]))
                ):
                    continue  # an acronym, unless its whole line is in capitals
            if end < n and gaps[end - 1] == " " and caps[end] and lowers[end] in features:
                nxt = end + 1  # "Kitakami River", "Usher Hall": a feature, not the place
                continue
            if (
                i > 0
                and gaps[i - 1] == " "
                and caps[i - 1]
                and lowers[i - 1] in openers
                and self._only_regions(key)
            ):
                if not used[i - 1]:
                    # "the West Midlands", not the Midlands of Zimbabwe: a region of its own
                    self._add_place(i - 1, end, None, cue=True, kinds=("admin1",))
                    nxt = end
                continue
            if i > 0 and gaps[i - 1] == " " and words[i - 1] in prefixes:
                if not used[i - 1]:
                    # "Fort Leavenworth", not Leavenworth: an unknown place of its own
                    self._add_place(i - 1, end, None, cue=True, kinds=("city",))
                    nxt = end
                continue
            # a preposition before, or "(", ", X" or "-based" after
            adjective = False
            if i > 0 and lowers[i - 1] in preps and "\n" not in gaps[i - 1]:
                cue = True
            elif i > 0 and gaps[i - 1] == " " and self._nationality_adjective(i - 1):
                # "het Duitse Detmold", "het Poolse Slubice" (a town of 5,000 or more, under
                # an alternate spelling too)
                cue = adjective = self._main_weight(key, alt_from=5_000) >= 5_000
            else:
                e = ends[end - 1]
                cue = cue_after(text, e, e + 40) or (
                    e < masthead_end and self._masthead_part(i, end)
                )
            if n_tok == 1 and (cue or de) and not adjective:
                cue = cue and self._cue_enough(key)
            if n_tok == 1 and folds[i] in common_words and not self._common_word_place(key, cue):
                continue  # "Area", "Economy": an ordinary word
            if (
                n_tok == 1
                and lowers[i] in _COMPASS_WORDS
                and end < n
                and lowers[end] in _DIRECTION_OF
                and gaps[end - 1] == " "
            ):
                continue  # "le Sud de l'île", "the north of China": a direction
            if n_tok == 1 and self.byline_word(i):
                continue  # "Xinhua | Updated: 2022-06-18 10:12": the agency that files
            if n_tok == 1 and key in cn_surnames and self._alternate_only(key):
                continue  # "Chen": a surname, not Chenzhou by a short alternate name
            if not cue and end < n and caps[end] and gaps[end - 1] == " ":
                kind_end = self._autonomous_end(end)
                if kind_end:
                    # "Guangxi Zhuang Autonomous Region": the place with its kind words
                    self._add_place(i, kind_end, key, cue=True, name_end=end)
                    nxt = kind_end
                    continue
            if not cue and self._person_like(i, end, key):
                nxt = end
                continue
            span = self._add_place(i, end, key, cue=cue)
            if n_tok == 1 and not cue:
                span.weak = (
                    self.written_in_lower_case(lw)
                    or self._inside_title_phrase(end)
                    or self._function_word(lw, key)
                )
                span.initial = self.sentence_initial(i)
            if (
                n_tok == 1
                and de
                and not span.weak
                and (not cue or (i > 0 and lowers[i - 1] in _DE_NOUN_PREPOSITIONS))
                and self.noun_in_text(words[i], key)
            ):
                span.weak = True  # "die Waren", "mit Waren aus China": goods, not Waren
            elif (
                n_tok == 1
                and de
                and i > 0
                and gaps[i - 1] == " "
                and lowers[i - 1] in _DE_DETERMINERS
                and self._main_weight(key) < 100_000
            ):
                span.weak = True  # "seinen Namen", "viele Türen“, sagte ...": a noun
            nxt = end

    def _chain_tail_head(self, i: int) -> int | None:
        """The first token of a hyphenated name that goes on with a particle and token i
        ("Centre-Val de Loire", "Provence-Alpes-Côte d'Azur"), or None: the particle at
        i - 1 follows a capitalised part of the hyphenated name."""
        tk = self.tk
        k = i - 2  # the part before the particle
        if (
            self.lang == "nl"
            or not tk.caps[k]
            or tk.gaps[k] not in _TAIL_GAPS
            or tk.gaps[k - 1] != "-"
        ):
            return None
        if not self._chain_cut_before(k):
            return None
        head = self._chain_start(k)
        return head if self.used.find(1, head, i) < 0 else None

    def _autonomous_end(self, j: int) -> int:
        """The end of the kind words of a Chinese autonomous unit that start at token j, after
        its name: "Autonomous Region", or a people's name and "Autonomous Region"
        ("Guangxi Zhuang Autonomous Region", "Ningxia Hui Autonomous Prefecture"); 0 if none.
        (The French, German and Dutch forms put the kind words before the name.)"""
        tk = self.tk
        n, lowers, caps, gaps = tk.n, tk.lowers, tk.caps, tk.gaps
        k = j
        if lowers[k] != "autonomous":
            if k + 1 >= n or gaps[k] != " " or lowers[k + 1] != "autonomous":
                return 0
            k += 1  # the people's name
        if (
            k + 1 < n
            and caps[k]
            and gaps[k] == " "
            and caps[k + 1]
            and lowers[k + 1] in _AUTONOMOUS_UNITS
            and not self.used.find(1, j, k + 2) >= 0
        ):
            return k + 2
        return 0

    def _in_caps_line(self, offset: int) -> bool:
        """True when the line holding `offset` is written in capitals: at least three words and
        no lower-case letter ("KIEL MAYOR FLEW TO HANDA, JAPAN"), where a name is no acronym."""
        lines = self._caps_lines
        if lines is None:
            lines = self._caps_lines = []
            text = self.text
            pos = 0
            while pos < len(text):
                end = text.find("\n", pos)
                if end < 0:
                    end = len(text)
                line = text[pos:end]
                if line.isupper() and len(_CAPS_WORD.findall(line)) >= 3:
                    lines.append((pos, end))
                pos = end + 1
        k = bisect_left(lines, (offset + 1, -1)) - 1
        return k >= 0 and lines[k][0] <= offset < lines[k][1]

    def _only_regions(self, key: str) -> bool:
        """True when the places of this name are regions (admin1 or admin2 areas) and towns of
        under 15,000 people, at least one region among them."""
        gaz = self.gaz
        region = False
        for e, _ in gaz.entries_for_key(key):
            kind = gaz.kind_of(e)
            if kind in ("admin1", "admin2"):
                region = True
            elif kind != "city" or gaz.weight(e) >= 15_000:
                return False
        return region

    def _german_noun(self, k: int) -> bool:
        """True when the capitalised word at token k of a German text is a common noun: it has
        a noun ending ("Partnerschaft", "Vereinbarung") or follows an article or an inflected
        adjective ("einer dauerhaften Partnerschaft")."""
        if self.lang != "de":
            return False
        tk = self.tk
        lw = tk.lowers[k]
        if lw.endswith(_DE_NOUN_ENDINGS):
            return True
        if k == 0 or not tk.linked(k - 1) or tk.caps[k - 1]:
            return False
        prev = tk.lowers[k - 1]
        return prev in _DE_ARTICLES or (len(prev) > 4 and prev.endswith(_DE_INFLECTIONS))

    def byline_word(self, i: int) -> bool:
        """True when the word at token i opens a line (or follows "Source:") and a '|' follows
        it: the source part of a byline ("Xinhua | Updated: 2022-06-18", "Source: Belga |
        12/05")."""
        tk = self.tk
        if i + 1 >= tk.n or not tk.gaps[i].lstrip(" ").startswith("|"):
            return False
        text = self.text
        start = tk.starts[i]
        line_end = text.find("\n", start)
        if _BYLINE_DATE.search(text, start, len(text) if line_end < 0 else line_end) is None:
            return False  # (a masthead names its town: "Quimper | Vie locale")
        if i > 0 and "\n" in tk.gaps[i - 1]:
            return True
        return tk.gaps[i - 1].strip() == ":" and tk.lowers[i - 1] in _SOURCE_LABELS

    def _alternate_only(self, key: str) -> bool:
        """True when `key` names places only by alternate names ("Chen" for Chenzhou)."""
        return all(alt for _, alt in self.gaz.entries_for_key(key))

    def _masthead_part(self, i: int, end: int) -> bool:
        """True when tokens i..end-1 are a whole part of a first-line masthead."""
        return in_masthead(self.text, self.tk.starts[i], self.tk.ends[end - 1])

    def _main_weight(self, key: str, *, alt_from: float = 1e18) -> float:
        """The highest prior of an entry whose main name is `key` (alternate names count only
        for entries of at least `alt_from`)."""
        memo = self._main_weights.get(alt_from)
        if memo is None:
            memo = self._main_weights[alt_from] = {}
        hit = memo.get(key)
        if hit is None:
            if len(memo) > 100_000:
                memo.clear()
            hit = memo[key] = self._main_weight_of(key, alt_from)
        return hit

    def _main_weight_of(self, key: str, alt_from: float) -> float:
        gaz = self.gaz
        best = 0.0
        for e, alt in gaz.entries_for_key(key):
            if not alt or gaz.weight(e) >= alt_from:
                kind = gaz.kind_of(e)
                w = 1e10 if kind in ("country", "admin1", "other") else gaz.weight(e)
                best = max(best, w)
        return best

    def _cue_enough(self, key: str) -> bool:
        """A preposition makes a name a place only if some place has it as its main name; in
        German, where every noun is capitalised, only a town of some size ("von Schulen")."""
        w = self._main_weight(key, alt_from=50_000)
        return w >= (5_000 if self.lang == "de" else 1_000)

    def _function_word(self, lw: str, key: str) -> bool:
        """True when `lw` is a function word of the text's language ("waren", "hätten",
        "indien") and no place of 100,000 inhabitants or more has it as its main name (Huế
        stays a city in a French text)."""
        words = lex.FUNCTION_WORDS.get(self.lang)
        return words is not None and lw in words and self._main_weight(key) < 100_000

    def _common_word_place(self, key: str, cue: bool) -> bool:
        """An ordinary word is a place only as the main name of a populous place, or with a cue."""
        w = self._main_weight(key)
        return w >= 100_000 or (cue and w >= 5_000)

    def _inside_title_phrase(self, end: int) -> bool:
        """A name followed by a capitalised word ('Friendly Exchange', 'Pacific Ocean')."""
        tk = self.tk
        if self.lang == "de" or end >= tk.n or tk.gap(end - 1) != " " or not tk.cap(end):
            return False
        lw = tk.lower(end)
        if self.is_title(end) or self.head_kind(end) is not None or lw == "city":
            return False
        return lw not in lex.REGION_WORDS

    def _city_modifier(self, start: int, i: int) -> bool:
        """True when a city's name (no nationality adjective) stands among the modifiers
        start..i-1 of an organisation's head ("Zhanjiang Port Authority", "SPG Qingdao Port")."""
        tk = self.tk
        for x in range(start, i):
            if not tk.caps[x] or tk.lowers[x] in lex.DEMONYMS:
                continue
            hit = self.place_key_at(x, max_tokens=i - x)
            if hit is not None and self.has_city(hit[1]):
                return True
        return False

    def _region_word_at(self, k: int) -> bool:
        """True when the one word at token k names a country or a first-level region ("China",
        "Guangdong"), never a city ("Portland's Sister Cities Committee")."""
        hit = self.place_key_at(k, max_tokens=1)
        return hit is not None and self._region_key(hit[1])

    def _region_key(self, key: str) -> bool:
        """True when `key` names a country, or first of all a first-level region."""
        mk = ("region", key)
        hit = self.memo.get(mk)
        if hit is None:
            gaz = self.gaz
            ents = gaz.entries_for_key(key)
            # a country by any of its names ("Korea"), a region as the best known entry
            # ("Guangdong"; not "Portland", a city before the region of Jamaica)
            hit = self.memo[mk] = bool(ents) and (
                gaz.kind_of(ents[0][0]) == "admin1"
                or any(gaz.kind_of(e) == "country" for e, _ in ents)
            )
        return bool(hit)

    def _region_tail(self, j: int, end: int) -> bool:
        """True when tokens j..end-1 are "of [the] <country or region> [province]" and nothing
        else ("of Guangdong province", "of the People's Republic of China", "of China")."""
        tk = self.tk
        if j >= end or tk.lowers[j] != "of":
            return False
        k = j + 1
        if k < end and tk.lowers[k] == "the":
            k += 1
        if k < end and tk.lowers[k] in _STATE_FORMS:
            # "the People's Republic of China", "the Federal Republic of Germany"
            while k < end and tk.lowers[k] in _STATE_FORMS:
                k += 1
            if tk.lowers[k - 1] != "of":
                return False
        if k >= end:
            return False
        hit = self.place_key_at(k, max_tokens=end - k)
        if hit is None or not self._region_key(hit[1]):
            return False
        stop = hit[0]
        if stop < end and tk.lowers[stop] in lex.REGION_WORDS:
            stop += 1
        return stop == end

    def nationality_word(self, k: int) -> bool:
        """True for a nationality word at token k ('Iranian', 'Keniaanse', 'Sénégalais',
        'Iraner'): a known one, or one whose stem is a country the gazetteer knows."""
        tk = self.tk
        lw = tk.lowers[k]
        if lw in lex.DEMONYMS:
            return True
        mk = ("nationality", lw)
        hit = self.memo.get(mk)
        if hit is None:
            hit = self.memo[mk] = any(self._is_country_key(name_key(s)) for s in country_stems(lw))
        return hit

    def adverb_before_verb(self, k: int, v: int) -> bool:
        """True when the sentence-initial word at token k, just before the verb at token v, is
        an adverbial of a verb-second language: the verb's subject, a title, follows it
        within three words ("Erstmalig unterzeichnete ein Passauer Präsident", "Gisteren
        tekende burgemeester Jansen")."""
        if self.lang not in ("de", "nl") or not self.sentence_initial(k):
            return False
        tk = self.tk
        x = v + 1
        while x < tk.n and x - v <= 3 and tk.linked(x - 1):
            if self.is_title(x):
                return True
            x += 1
        return False

    def _is_country_key(self, key: str) -> bool:
        mk = ("country", key)
        hit = self.memo.get(mk)
        if hit is None:
            gaz = self.gaz
            hit = self.memo[mk] = any(
                gaz.kind_of(e) == "country" for e, _ in gaz.entries_for_key(key)
            )
        return hit

    def _nationality_adjective(self, k: int) -> bool:
        """True for a nationality adjective ('Duitse', 'Chinese', 'Zweedse' after 'het'/'de';
        'chinesische' is lower case and never taken for a name)."""
        tk = self.tk
        lw = tk.lowers[k]
        if lw in lex.DEMONYMS:
            return True
        # a Dutch inflected adjective after an article: "het Zweedse Malmö"
        return (
            self.lang == "nl"
            and lw.endswith("se")
            and k > 0
            and tk.lowers[k - 1] in ("het", "de", "een")
            and tk.gaps[k - 1] == " "
        )

    def _person_like(self, i: int, end: int, key: str) -> bool:
        """A place-like word inside a run of capitalised words that is not a place ('Wes Fang')."""
        tk = self.tk
        mk = ("populous_main", key)
        populous = self.memo.get(mk)
        if populous is None:
            gaz = self.gaz
            populous = self.memo[mk] = any(
                gaz.weight(e) >= 100_000 and not alt for e, alt in gaz.entries_for_key(key)
            )
        if populous:
            return False
        if i > 0 and tk.gap(i - 1) == " " and tk.cap(i - 1) and not self.used[i - 1]:
            prev = i - 1
            lw = tk.lower(prev)
            if lw in lex.DETERMINERS or lw in lex.ALL_PREPOSITIONS or lw in lex.COMMON_WORDS:
                return False
            if self._nationality_adjective(prev):
                return False  # "het Duitse Detmold", "the Korean Suwon"
            if self.place_key_at(prev, max_tokens=1) is not None:
                return False
            if self.lang == "de" and prev > 0 and tk.words[prev - 1].islower():
                return False
            return not tk.all_caps(prev)
        return False
