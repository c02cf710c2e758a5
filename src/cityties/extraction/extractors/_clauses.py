"""Sentence units, quoted titles and date choice shared by cityties.agreements and visits."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors._lexicon_dates import MONTHS, WEEKDAYS
from cityties.extraction.types import DateMention

__all__ = [
    "OPENED",
    "RELATIVE_CUT_WORDS",
    "DateIndex",
    "Unit",
    "date_near",
    "find_quotes",
    "lower_pattern",
    "lower_same",
    "opened",
    "title_after",
    "units",
]


def lower_same(text: str) -> str:
    """`text` in lower case, offset for offset (a character that would grow is kept)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


_SPECIAL_FIRST: Final = frozenset("()[]{}?*+|^$.")


def first_chars(alternatives: Sequence[str], ignorecase: bool = False) -> tuple[str, str]:
    """The alternatives `a1|a2|...` of a case-sensitive pattern written to open with their
    first characters: (`[c1c2...]`, `(?:(?<=c1)(?:rest1|rest3)|(?<=c2)(?:rest2)|...)`).

    A pattern `[c1c2...]` + checks behind + the second part matches what `(?:a1|a2|...)` after
    the same checks matches (each alternative's first character is consumed, then checked
    again behind it; the alternatives are tried in the same order), and its opening gives
    `re` a set of first characters to skip to, where a look-behind or alternation opening
    gives it none and every position of a window is tried. A check behind the opening
    position `(?<!X)` becomes `(?<!X.)` after the first character. Each alternative opens
    with one plain character or one escape (`\\.`, `\\s`). With `ignorecase` (for a pattern
    compiled with re.IGNORECASE), the opening set is case-sensitive (`(?-i:[...])`) and holds
    every character that matches a first character ignoring case (`_caseless_variants`)."""
    pairs: list[tuple[str, str]] = []
    for alt in alternatives:
        n = 2 if alt.startswith("\\") else 1
        first, rest = alt[:n], alt[n:]
        if n == 1 and (first in _SPECIAL_FIRST or first == "\\"):
            raise ValueError(f"no plain first character: {alt!r}")
        pairs.append((first, rest))
    # the characters each first character matches
    sets = {f: frozenset(_caseless_variants(f) if ignorecase else f) for f, _ in pairs}
    tails: list[str] = []
    if all(len(f) == 1 for f in sets) and all(
        a == b or not a & b for a in sets.values() for b in sets.values()
    ):
        # first characters that match apart: the alternatives of one first character are
        # grouped behind one check (tried in their order; the others cannot match there)
        groups: dict[frozenset[str], tuple[str, list[str]]] = {}
        for f, rest in pairs:
            groups.setdefault(sets[f], (f, []))[1].append(rest)
        for f, rests in groups.values():
            tail = "|".join(f"(?:{r})" if "|" in r else r for r in rests)
            tails.append(f"(?<={f})(?:{tail})" if tail else f"(?<={f})")
    else:
        tails = [f"(?<={f})(?:{rest})" if rest else f"(?<={f})" for f, rest in pairs]
    chars = list(
        dict.fromkeys(c for f, _ in pairs for c in ([f] if len(f) == 2 else sorted(sets[f])))
    )
    klass = "".join(c if len(c) == 2 else re.escape(c) for c in chars)
    if ignorecase:
        return f"(?-i:[{klass}])", "(?:" + "|".join(tails) + ")"
    return f"[{klass}]", "(?:" + "|".join(tails) + ")"


# The word guards `opened` rewrites.
_GUARDS: Final = (r"(?<![\w-])", r"(?<![\w])", r"(?<!\w)")
# Patterns rewritten by `opened` and the forms they replace (for the tests), by new pattern.
OPENED: dict[str, tuple[str, int]] = {}


def _top_alternatives(pattern: str, start: int) -> tuple[list[str], int] | None:
    """The alternatives of the group whose body starts at `start` and the offset of its closing
    parenthesis, or None when the group does not close."""
    parts: list[str] = []
    depth = 0
    last = i = start
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 1 if pattern[i + 1] == "]" else 2  # a "]" first in a class is a character
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                parts.append(pattern[last:i])
                return parts, i
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
        i += 1
    return None


def opened(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` written to open with the first characters of its words (`first_chars`) when it
    opens with a word guard and a group of words, `(?<![\\w-])(?:w1|w2|...)rest`; else `rx`.

    `re` skips to a pattern's first characters only when it opens with them: a look-behind
    opening makes `search` and `finditer` try every position. The rewritten pattern,
    `[firsts](?<![\\w-].)(?:(?<=f1)(?:rest1...)|...)rest`, finds the same matches with the same
    groups (no group opens before the first character). An optional or repeated group of
    words, a word whose first character is repeated or optional ("s?igned"), or one that opens
    with a group or a class, leaves `rx` as it is."""
    p = rx.pattern
    guard = next((g for g in _GUARDS if p.startswith(g + "(")), None)
    if guard is None:
        return rx
    out = _opened_words(rx, guard) or _opened_groups(rx, guard)
    if out is None or out.groups != rx.groups or out.groupindex != rx.groupindex:
        return rx
    OPENED[out.pattern] = (p, rx.flags)
    return out


def _opened_words(rx: re.Pattern[str], guard: str) -> re.Pattern[str] | None:
    """`opened` for a guard and a group of words that each open with a character."""
    p = rx.pattern
    if not p.startswith("(?:", len(guard)):
        return None
    found = _top_alternatives(p, len(guard) + 3)
    if found is None:
        return None
    words, close = found
    if p[close + 1 : close + 2] in ("?", "*", "+", "{"):
        return None  # the group is optional or repeated: its first character may not be there
    for w in words:
        n = 2 if w.startswith("\\") else 1
        if len(w) < n or w[n : n + 1] in ("?", "*", "+", "{") or not _one_char_escape(w[:n]):
            return None
    try:
        firsts, tails = first_chars(words, ignorecase=bool(rx.flags & re.IGNORECASE))
        return re.compile(firsts + guard[:-1] + ".)" + tails + p[close + 1 :], rx.flags)
    except (ValueError, re.error):
        return None


# At most this many words after `_spread` (a bigger pattern costs more to build than it saves).
_MAX_SPREAD: Final = 400


def _opened_groups(rx: re.Pattern[str], guard: str) -> re.Pattern[str] | None:
    """`opened` for a guard and groups that open the words inside them: a capturing group of
    words (`(?P<n>w1|w2)`, the check goes inside it), or groups of words opened by groups,
    optional ones first (`(?:(?:the\\s+)?(?:a|b)\\s+c|d)`): their words are spread out
    (`_spread`) into words that open with a character."""
    p = rx.pattern
    i = len(guard)
    head = tail = ""
    if p.startswith("(?P<", i) or not p.startswith("(?", i):
        head = p[i : p.index(">", i) + 1] if p.startswith("(?P<", i) else "("
        found = _top_alternatives(p, i + len(head))
        if found is None:
            return None
        alternatives, close = found
        if p[close + 1 : close + 2] in ("?", "*", "+", "{"):
            return None
        rest, tail = p[close + 1 :], ")"
    else:
        # optional groups, then one group: spread out as one sequence
        j = i
        while True:
            if not p.startswith("(?:", j):
                return None
            found = _top_alternatives(p, j + 3)
            if found is None:
                return None
            close = found[1]
            after = p[close + 1 : close + 3]
            if after[:1] == "?" and after[1:2] not in ("?", "+"):
                j = close + 2
                continue
            if after[:1] in ("?", "*", "+", "{"):
                return None
            j = close + 1
            break
        alternatives, rest = [p[i:j]], p[j:]
    words: list[str] = []
    for a in alternatives:
        spread = _spread(a)
        if spread is None:
            return None
        words.extend(spread)
        if len(words) > _MAX_SPREAD:
            return None
    try:
        firsts, tails = first_chars(words, ignorecase=bool(rx.flags & re.IGNORECASE))
        return re.compile(head + firsts + guard[:-1] + ".)" + tails + tail + rest, rx.flags)
    except (ValueError, re.error):
        return None


def _one_char_escape(first: str) -> bool:
    """Whether `first` (a character, or an escape of two) matches one character: not `\\b`,
    `\\A`, a back reference or the start of a longer escape (`\\x41`, `\\N{...}`)."""
    return len(first) == 1 or not first[1].isalnum() or first[1] in "sSdDwW"


def _spread(seq: str) -> list[str] | None:
    """The sequence `seq` (no `|` outside groups) as alternatives that each open with one
    character or one character escape and are tried in the same order:
    `(?:a|b)c` -> `ac`, `bc`; `(?:a)?c` -> `ac`, `c` (a greedy optional group is tried first,
    then left out). None when an alternative would open otherwise (a capturing group, a look
    around, a class, a repeated or optional character, an empty alternative)."""
    if seq.startswith("(?:"):
        found = _top_alternatives(seq, 3)
        if found is None:
            return None
        inner, close = found
        after = seq[close + 1 :]
        optional = after[:1] == "?" and after[1:2] not in ("?", "+")
        if optional:
            after = after[1:]
        elif after[:1] in ("?", "*", "+", "{"):
            return None
        out: list[str] = []
        seqs = [alt + after for alt in inner] + ([after] if optional else [])
        for one in seqs:
            spread = _spread(one)
            if spread is None:
                return None
            out.extend(spread)
            if len(out) > _MAX_SPREAD:
                return None
        return out
    if not seq or seq[0] in _SPECIAL_FIRST:
        return None
    n = 2 if seq[0] == "\\" else 1
    if len(seq) < n or not _one_char_escape(seq[:n]):
        return None
    if seq[n : n + 1] in ("?", "*", "+", "{"):
        return None
    return [seq]


# Characters that re.IGNORECASE takes for a letter whose simple case mappings do not reach
# them: "İ" (U+0130) lowers to "i" and re counts dotless "ı" as "i", long "ſ" as "s", the
# Kelvin sign lowers to "k", the Angström sign to "å", "ẞ" to "ß"
# (tests/extraction/test_speed_openings.py checks every code point for the letters used).
_CASELESS_EXTRA: Final = {
    "i": "\u0130\u0131",
    "s": "\u017f",
    "k": "\u212a",
    "å": "\u212b",
    "ß": "\u1e9e",
}


def _caseless_variants(ch: str) -> list[str]:
    """Every character re.IGNORECASE matches for `ch` (re lowers both sides, one character
    to one, and adds its own equivalences, such as "s" and "ſ")."""
    low = ch.lower() if len(ch.lower()) == 1 else ch
    out = {v for v in (low, low.upper(), low.title()) if len(v) == 1}
    out.update(_CASELESS_EXTRA.get(low, ""))
    return sorted(out)


# What `lower_pattern` keeps as written: group names, back references by name and escapes
# ("(?-i:" becomes "(?:").
_LOWER_KEEP: Final = re.compile(r"\(\?P<[^>]*>|\(\?P=[^)]*\)|\(\?-i:|\\.", re.DOTALL)


def _lower_chars(text: str) -> str:
    """`text` lowered character by character (`str.lower` lowers a final capital sigma by its
    context)."""
    return text.lower() if "\u03a3" not in text else "".join(map(str.lower, text))


def lower_pattern(pattern: str) -> str:
    """A pattern for lower-cased text: letters lowered outside escapes and group names.

    Case-sensitive matching of lower-cased text is about 2.5 times faster than IGNORECASE.
    """
    out: list[str] = []
    last = 0
    for m in _LOWER_KEEP.finditer(pattern):
        out.append(_lower_chars(pattern[last : m.start()]))
        kept = m.group()
        out.append("(?:" if kept == "(?-i:" else kept)
        last = m.end()
    out.append(_lower_chars(pattern[last:]))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, with a line broken after "City of" or "between" joined to the next."""

    index: int
    start: int
    end: int

    def __init__(self, index: int, start: int, end: int) -> None:
        # written out: mypyc compiles it (the generated one of a frozen dataclass runs as Python)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


# A line that ends with one of these words continues on the next line ("the City of\nDublin").
_DANGLING: Final = opened(
    re.compile(
        r"(?<![\w-])(?:of|the|a|an|and|between|with|to|for|on|in|van|de|het|een|en|met|tussen|"
        r"la|le|les|du|des|et|avec|entre|der|die|das|den|dem|und|mit|zwischen|von|zur|zum)\s*\Z",
        re.IGNORECASE,
    )
)


# a conjunction alone on its line (see `_joined`)
_LONE_CONJUNCTIONS: Final = frozenset({"and", "et", "und", "en"})


# a heading's line that opens with "Between" ("Memorandum of Understanding\nBetween A ...")
_BETWEEN_LINE: Final = re.compile(
    r"(?:Between|BETWEEN|Entre|ENTRE|Zwischen|ZWISCHEN|Tussen|TUSSEN) "
)


def _lone_conjunction(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a conjunction alone ("and" on its own line between the
    parties of an act's heading): it joins the line before it."""
    return end - start <= 3 and text[start:end].lower() in _LONE_CONJUNCTIONS


def units(doc: Doc, *, relative: bool = False, relative_at: list[int] | None = None) -> list[Unit]:
    """The document's sentences, joined across line breaks that split a phrase and split at
    semicolons (each clause of "...; it was renewed in 2015" is read on its own).

    relative (bool): also split before a relative clause that reports an event (", which was
    renewed in 2021", ", die 2010 verlängert wurde").
    relative_at (list[int] | None): with `relative`, the sorted offsets of the words of
    `RELATIVE_CUT_WORDS` in the text (in any case), when the caller has them: a sentence
    without ";" and without one of them is not cut (no search).
    """
    spans = _joined(doc)
    out: list[Unit] = []
    text = doc.text
    for s0, e0 in spans:
        cut = s0
        cut_rx = _CLAUSE_CUT_RELATIVE if relative else _CLAUSE_CUT
        if text.find(";", s0, e0) < 0 and (
            not relative
            or text.find(",", s0, e0) < 0
            or (relative_at is not None and not _any_within(relative_at, s0, e0))
        ):
            out.append(Unit(len(out), s0, e0))  # no cut: every one opens with ";" or ","
            continue
        for m in cut_rx.finditer(doc.text, s0, e0):
            if m.start() - cut < 12 or e0 - m.end() < 12:
                continue
            if m.group().startswith(";") and _is_list_part(doc.text, m.end(), e0):
                continue  # "six sister cities: Fukaya, Japan; Elizabeth, Australia; ..."
            if m.group().startswith(";") and _in_brackets(doc.text, s0, m.start(), e0):
                continue  # "Jaroslawl (1988; seit 2022 ausgesetzt) und ...": a note in brackets
            out.append(Unit(len(out), cut, m.start()))
            cut = m.end()
        out.append(Unit(len(out), cut, e0))
    return out


def _in_brackets(text: str, start: int, at: int, end: int) -> bool:
    """Whether `at` stands inside brackets opened after `start` and closed before `end`."""
    opening = text.rfind("(", start, at)
    return opening >= 0 and text.rfind(")", opening, at) < 0 and text.find(")", at, end) >= 0


_JOINED: list[tuple[str, list[Sentence], list[tuple[int, int]]]] = []


def _joined(doc: Doc) -> list[tuple[int, int]]:
    """The sentences joined across line breaks that split a phrase (kept for the next
    extractor that reads the same document)."""
    if _JOINED and _JOINED[0][0] is doc.text and _JOINED[0][1] is doc.sentences:
        return _JOINED[0][2]
    text = doc.text
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for s in doc.sentences:
        if start is None:
            start, end = s.start, s.end
            continue
        gap = text[end : s.start]
        # Sentences have no white space at their ends: a dangling word ends with a letter,
        # a day with its dot, and a list number alone is at most three characters.
        last = text[end - 1]
        if "\n\n" not in gap.replace(" ", "") and (
            (last.isalpha() and _DANGLING.search(text, max(start, end - 12), end))
            or (
                last == "."
                and _DAY_DOT.search(text, max(start, end - 4), end)
                and _month_next(doc, s.start)
            )
            or (end - start <= 3 and _ITEM_NUMBER.fullmatch(text, start, end))
            # a hard-wrapped line that goes on with a bracket ("Sendai, Japan\n(1957); ...")
            or ((last.isalnum() or last == ",") and text.startswith("(", s.start) and "\n" in gap)
            # an act's heading, its parties on lines of their own ("Memorandum\nBetween A\nand\nB")
            or _lone_conjunction(text, s.start, s.end)
            or (last.isalnum() and "\n" in gap and _BETWEEN_LINE.match(text, s.start) is not None)
        ):
            end = s.end
            continue
        spans.append((start, end))
        start, end = s.start, s.end
    if start is not None:
        spans.append((start, end))
    _JOINED[:] = [(text, doc.sentences, spans)]
    return spans


# "1." alone: the number of a list item, whose text follows.
_ITEM_NUMBER: Final = re.compile(r"\s*\d{1,2}[.)]\s*")
# "am 5. | Juni 1986": a day written with a full stop does not end the sentence.
_DAY_DOT: Final = re.compile(r"(?<![\w.])\d{1,2}\.\Z")
_WORD_AT: Final = re.compile(r"[^\W\d_]+")


def _month_next(doc: Doc, start: int) -> bool:
    m = _WORD_AT.match(doc.text, start)
    return m is not None and m.group().casefold() in MONTHS


_CLAUSE_CUT: Final = re.compile(r";\s+")
_WORDS: Final = re.compile(r"[^\W\d_]+")


def _is_list_part(text: str, start: int, end: int) -> bool:
    """True when the text after a semicolon is a short list item, not a clause of its own."""
    nxt = text.find(";", start, end)
    part = text[start : nxt if nxt >= 0 else end].strip()
    part = re.sub(r"^(?:and|or|en|of|et|ou|und|oder)\s+", "", part)
    if not part[:1].isupper() or _FOLLOWED_VERB.search(part):
        return False  # "...; Wiesbaden followed in 1977": a clause of its own
    words = _NAME_WORDS.findall(_BRACKETS.sub(" ", part))
    if len(words) < 6:
        return True
    # "Hermosillo, Mexico (2004) and Gangnam-gu, Seoul, Republic of Korea (2005)": names,
    # places and conjunctions only, no verb
    return len(words) <= 14 and all(w[:1].isupper() or w in _LIST_SMALL for w in words)


_FOLLOWED_VERB: Final = re.compile(
    r"(?<![\w-])(?:followed|joined|volgde|suivit|suivi|folgte)(?![\w-])", re.IGNORECASE
)
_BRACKETS: Final = re.compile(r"\([^()]*\)")
_NAME_WORDS: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LIST_SMALL: Final = frozenset(
    "and or of the de du des la le et ou en van het der die und oder von am im an sur upon".split()
)


def _any_within(offsets: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted `offsets` lies in [start, end)."""
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


# The words that open a relative clause `_CLAUSE_CUT_RELATIVE` cuts before: each stands alone
# (after white space, before white space), so it is a whole word of the text.
RELATIVE_CUT_WORDS = (
    "which",
    "that",
    "die",
    "dat",
    "dewelke",
    "qui",
    "lequel",
    "laquelle",
    "welche",
    "welcher",
    "welches",
    "das",
)
_CLAUSE_CUT_RELATIVE: Final = re.compile(
    r";\s+|,\s+(?=(?:which|that|die|dat|dewelke|qui|lequel|laquelle|welche[rs]?|das)\s+"
    r"(?:was|were|has|have|had|is|are|will|werd|werden|wordt|is|zal|a|ont|avait|sera|wurde|"
    r"wurden|wird|ist|hatte|(?:[\w-]+\s+){0,8}(?:wurde|wurden|werd|werden)))"
)


class DateIndex:
    """The document's date mentions, found by offset with a binary search."""

    def __init__(self, dates: list[DateMention]) -> None:
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def within(self, start: int, end: int) -> list[DateMention]:
        """Date mentions inside [start, end), in text order."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            if self.dates[i].end <= end:
                out.append(self.dates[i])
            i += 1
        return out


_QUOTE: Final = re.compile(
    r"“(?P<a>[^”\n]{3,300})”|\"(?P<b>[^\"\n]{3,300})\"|«\s*(?P<c>[^»\n]{3,300}?)\s*»|"
    r"„(?P<d>[^“”\n]{3,300})[“”]|‘(?P<e>[^’\n]{3,300})’|'(?P<f>[A-Z][^'\n]{2,300})'"
)


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inner spans of the quotations inside [start, end)."""
    out = []
    for m in _QUOTE.finditer(text, start, end):
        name = m.lastgroup or "a"
        out.append((m.start(name), m.end(name)))
    return out


_TITLE_LEAD: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:titled|entitled|called|named|genaamd|getiteld|getiteld|intitulée?s?|"
    r"nommée?s?|appelée?s?|mit\s+dem\s+Titel|betitelt|namens)\s*:?\s*)?\Z",
    re.IGNORECASE,
)
# Capitalised words (and the small words of titles) before a keyword inside a quotation
_TITLE_CASE_RUN: Final = re.compile(
    r"(?:(?:[A-ZÀ-Þ0-9][\w'’.-]*|of|the|and|for|on|de|van|der|des|du|la|le|et|und|en|voor|"
    r"für|pour|zur|zum)[\s-]+){1,8}"
)
# A quotation that is a sentence, not a title: it opens with a preposition ("„Seit der
# Unterzeichnung des Freundschaftsvertrages ... pflegen beide Städte ...“, heißt es") or runs
# to more than fourteen words (German capitalises every noun, so case alone tells nothing)
_QUOTED_SENTENCE: Final = re.compile(
    r"\s*(?:since|after|before|during|seit|nach|vor|während|bei|mit|sinds|na|tijdens|"
    r"depuis|après|avant|lors)\s|(?:\S+\s+){14}",
    re.IGNORECASE,
)
_SMALL: Final = frozenset(
    "of the a an on for and in to at by de la le du des van het der die und et en on".split()
)
_STOP: Final = frozenset("with between among met avec mit entre tussen zwischen".split())
_TOKEN: Final = re.compile(r"[^\s,;:()]+")


def title_after(
    text: str, kw_start: int, kw_end: int, quotes: list[tuple[int, int]], limit: int
) -> tuple[int, int] | None:
    """The span of the act's own title around a keyword, or None.

    A title is a quotation that starts with the keyword (“Letter of intent on ...”), a
    quotation right after it ("an agreement entitled “...”"), or a capitalised run after a
    capitalised keyword ("Letter of Intent on the Establishment of a Friendly Exchange
    Relationship with ..."): the run stops at "with", "between" and their translations.
    """
    for qs, qe in quotes:
        if qs <= kw_start <= qs + 3 and kw_end <= qe:
            return qs, qe
        if (
            qs < kw_start
            and kw_end <= qe
            and _TITLE_CASE_RUN.fullmatch(text, qs, kw_start)
            and not _QUOTED_SENTENCE.match(text, qs, qe)
        ):
            return qs, qe  # “Alberta-Heilongjiang Cooperation Action Plan 2019-2023”
        if qs > kw_end and qs - kw_end <= 40 and _TITLE_LEAD.match(text[kw_end : qs - 1]):
            return qs, qe
    words = text[kw_start:kw_end].split()
    if not all(w[:1].isupper() for w in words if w.casefold() not in _SMALL):
        return None
    if len(words) < 2:
        return None
    pos = kw_end
    last_cap = kw_end
    caps = 0
    first = True
    for m in _TOKEN.finditer(text, kw_end, limit):
        gap = text[pos : m.start()]
        if gap.strip() or gap.count("\n") > 1:
            break
        word = m.group()
        low = word.casefold()
        if low in _STOP:
            break
        if first and low not in {"on", "for", "regarding", "concerning", "about", "of", "to"}:
            return None
        first = False
        if word[:1].isupper():
            if low.rstrip(".") in MONTHS or low in WEEKDAYS:
                break  # "an MoU on Monday": a date, not a title
            caps += 1
            last_cap = m.end()
        elif low not in _SMALL and low not in {"regarding", "concerning", "about"}:
            break
        pos = m.end()
    if caps < 1:
        return None
    return kw_start, last_cap


# Dates that state a situation rather than an event ("currently", "by the end of 2020").
_STATE_DATE: Final = re.compile(
    r"(?:currently|at\s+present|presently|at\s+the\s+moment|nowadays|momenteel|thans|heden|"
    r"tegenwoordig|op\s+dit\s+moment|actuellement|en\s+ce\s+moment|à\s+l['’]heure\s+actuelle|"
    r"derzeit|zurzeit|zur\s+Zeit|gegenwärtig|momentan|by|tegen|d['’]ici|bis)\b",
    re.IGNORECASE,
)


def date_near(
    dates: list[DateMention],
    anchor: int,
    *,
    skip: Sequence[tuple[int, int]] = (),
) -> DateMention | None:
    """The date mention closest to `anchor`, leaving out state dates and spans in `skip`."""
    best: DateMention | None = None
    best_d = 10**9
    for d in dates:
        if _STATE_DATE.match(d.text):
            continue
        if any(s <= d.start < e for s, e in skip):
            continue
        dist = d.start - anchor if d.start >= anchor else anchor - d.end
        if dist < best_d:
            best, best_d = d, dist
    return best
