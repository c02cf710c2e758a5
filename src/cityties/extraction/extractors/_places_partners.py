"""Partner towns after a twinning cue or under a partner-town heading, known or not.

Real texts name small partner towns, some under spellings GeoNames lacks. Such a name right
after a twinning cue ("twinned with", "verzusterd met", "jumelée avec",
"Städtepartnerschaft mit") is a place: of unknown position when the gazetteer lacks it; kept,
when the gazetteer knows it as a small town, without another cue. Without it the act has one
party, and the agreement rules would take the other from an earlier sentence.

The cues are the twinning and friendship wordings only: "partnership with" or "cooperation
with" name companies as often as towns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from cityties.extraction.extractors import _places_lex as lex
from cityties.extraction.extractors._lexicon_dates import MONTHS, WEEKDAYS
from cityties.extraction.extractors._places_scan import Scanner, offsets_of

_CUE = (
    r"(?i:twinned\s+with|twinning\s+with|twin\s+towns?\s+(?:of|with)|"
    r"sister[\s-]+(?:cit(?:y|ies)|towns?)\s+(?:of|with)|"
    r"partner\s+(?:towns?|cit(?:y|ies))\s+(?:of|with)|"
    r"friendship\s+(?:ties|relations(?:hip)?|links?|cit(?:y|ies))\s+with|"
    # nl
    r"verzusterd\s+met|stedenband\s+met|zusterst(?:ad|eden)\s+(?:van|met)|"
    r"partnerst(?:ad|eden)\s+van|vriendschapsband\s+met|verbroederd\s+met|"
    # fr
    r"jumelée?s?\s+(?:avec|à)|jumelages?\s+avec|villes?\s+(?:jumelles?|partenaires?|sœurs?)\s+de|"
    r"liens\s+d['’]amitié\s+avec|"
    # de
    r"städtepartnerschaft\s+mit|partnerst[aä]dte?\s+von|verschwistert\s+mit|"
    r"freundschaftliche\s+beziehungen\s+(?:zu|mit))"
)
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*\w(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*\w){0,2}"
_LEAD = (
    r"\s+(?:(?i:the|de|het|la|le|l['’]|der|die|dem)\s*)?"
    r"(?:(?i:city|town|municipality|stad|gemeente|ville|commune|cité|stadt|gemeinde)"
    r"\s+(?:(?i:of|van|de|d['’])\s*)?)?"
)
_AFTER_CUE: Final = re.compile(_CUE + _LEAD + "(" + _NAME + ")")
# Where a cue can start: every alternative of _CUE opens with one of these stems, case-folded.
# Each is looked for with `str.find` (a stem inside another, "partner" in "städtepartnerschaft",
# is found too): a pattern of their first letters stopped at every "t", "s", "p" ... of the text.
_CUE_STEMS = (
    "twin", "sister", "stedenband", "städtepartnerschaft", "partner", "friendship",
    "freundschaftliche", "verzusterd", "vriendschapsband", "verbroederd", "ville",
    "verschwistert", "zusterst", "jumel", "liens",
)  # fmt: skip
# the verbs `_BEFORE_VERB` ends with, case-folded (it is run only on texts that hold one)
_VERB_STEMS: Final = re.compile("verschwistert|verzusterd|verbroederd")
# Characters that IGNORECASE matches against a letter of a stem although case folding does not
# turn them into it, or not into one character ("İ", "ı", "ſ")
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")
# "mit Sowetsk verschwistert", "met Tiel verzusterd"
_BEFORE_VERB: Final = re.compile(
    r"(?<![\w-])(?:mit|met)\s+(" + _NAME + r")\s+(?i:verschwistert|verzusterd|verbroederd)"
)
# the next item of a list: ", Gdynia", " and Brest", "(1985), Tallinn"
_NEXT: Final = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*|\s+(?:and|en|et|und)\s+)(" + _NAME + ")"
)
# a heading over a list of partner towns, or a label before one: "Twin towns", "Sister cities
# of Kiel:", "Partnerstädte", "Zustersteden", "Villes jumelées :", "Jumelages"
_HEADING: Final = re.compile(
    r"(?im)^[ \t]*(?:(?:our|its|the|unsere|nos|onze)\s+)?"
    r"(?:twin\s+(?:towns?|cities)|sister\s+cit(?:y|ies)|partner\s+(?:towns?|cities)|"
    r"town\s+twinnings?|twinnings|partnerst(?:ä|a)dte|städtepartnerschaften|"
    r"zusterst(?:ad|eden)|partnersteden|stedenbanden|villes\s+(?:jumelées|jumelles|partenaires)|"
    r"jumelages)"
    r"(?:[ \t]+(?:of|van|de|d['’]|von|der)[ \t]+[^\n:]{1,40})?[ \t]*(?:(:)[ \t]*(.*))?$"
)
# the first letters of the words a heading opens with ("our", "its", "the", "unsere", "nos",
# "onze", "twin", "sister", "partner", "town", "städtepartnerschaften", "zustersteden",
# "villes", "jumelages" ...), case-folded
_HEADING_FIRSTS: Final = frozenset("oitunspzvj")
# an item line of such a list: "Coventry, United Kingdom (1947)", "- Tallinn (Estland), seit
# 1986", "• Xanthopolis (2001)", "Brest – France"
_ITEM: Final = re.compile(
    r"[ \t]*(?:[-•*·–][ \t]*)?(" + _NAME + r")(?=[ \t]*(?:[,(–]|-[ \t]|$))",
    re.MULTILINE,
)
# (an item ends where the list goes on or the line ends, or at a bracket or a year: in
# "Städtepartnerschaften: Besuch aus Jing'an" a headline follows the label, not a list)
_INLINE_ITEM: Final = re.compile(
    r"(?:^|[,;][ \t]*|[ \t]+(?:and|en|et|und)[ \t]+)(" + _NAME + ")"
    r"(?=[ \t]*(?:[,;(–.]|-[ \t]|$|(?:and|en|et|und|since|sinds|depuis|seit)[ \t]|\d))"
)
_CUE_WORDS = (
    "twin", "sister", "partner", "friendship", "vriendschap", "zuster", "steden", "verbroeder",
    "jumel", "ville", "amitié", "städte", "verschwister", "beziehungen",
)  # fmt: skip


_PLACE_NOUNS: Final = frozenset(
    """town towns city cities municipality village region province port county district
    stad gemeente dorp regio provincie haven ville commune cité région""".split()
)


# plural nouns after a cue that name no town ("freundschaftliche Beziehungen zu Städten in ...")
_GENERIC_PLURALS: Final = frozenset(
    """cities towns municipalities communities steden gemeenten plaatsen villes communes
    städten städte gemeinden kommunen orten""".split()
)


def _ordinary(word: str) -> bool:
    """True for a capitalised word that is no name: a common word, a title, a month."""
    low = word.casefold()
    return (
        low in lex.COMMON_WORDS
        or low in lex.TITLES
        or low in lex.DETERMINERS
        or low in MONTHS
        or low in WEEKDAYS
        or low in lex.DEMONYMS
    )


def _headings(text: str) -> list[re.Match[str]]:
    """The matches of `_HEADING.finditer(text)`, tried at the starts of lines only (where its
    `^` can match; the regex engine would try it at every character)."""
    out: list[re.Match[str]] = []
    pos = 0
    n = len(text)
    while True:
        # the line's first character after spaces and tabs opens one of the heading's words:
        # an ASCII character that is no letter of _HEADING_FIRSTS opens no heading (only
        # characters outside ASCII may match such a letter ignoring case: "ſ", "İ", "K")
        p = pos
        while p < n and text[p] in " \t":
            p += 1
        c = text[p] if p < n else ""
        m = None if c.isascii() and c.lower() not in _HEADING_FIRSTS else _HEADING.match(text, pos)
        if m is not None:
            out.append(m)
            pos = m.end()  # (a match may run over a line break: go on from its end's line)
        nl = text.find("\n", pos)
        if nl < 0:
            return out
        pos = nl + 1


def _list_items(text: str, heading: re.Match[str]) -> list[tuple[int, int]]:
    """The names a partner-town heading lists: after its colon, then one per line below it
    (a blank line after the first item, or a line that is no item, ends the list)."""
    out: list[tuple[int, int]] = []
    if heading.group(1) and heading.group(2):
        base = heading.start(2)
        rest = heading.group(2)
        out.extend((base + m.start(1), base + m.end(1)) for m in _INLINE_ITEM.finditer(rest))
    pos = heading.end() + 1
    while pos < len(text):
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = len(text)
        if not text[pos:line_end].strip():
            if out:
                break
            pos = line_end + 1
            continue
        m = _ITEM.match(text, pos, line_end)
        if m is None:
            break
        out.append(m.span(1))
        pos = line_end + 1
    return out


def _stem_starts(low: str) -> list[int]:
    """The offsets where one of _CUE_STEMS starts in `low`, in order, each once."""
    return offsets_of(low, _CUE_STEMS)


# A list of earlier partners that opens a sentence about a twinning: "Nach Hamm, Sens und
# Jintan hat Ludwigsfelde seine vierte Partnerstadt", "Après Sarrebruck (1965) et Cardiff
# (1964), la ville s'est jumelée avec ...", "After Kiel and Dresden, Coventry twinned with ..."
_FRONTED: Final = re.compile(
    r"(?m)(?:^|(?<=[.!?:]\s))[ \t]*(?:Nach|Après|After|Following|Na)\s+(" + _NAME + ")"
)
# the words `_FRONTED` opens with, as written and case-folded
_FRONTED_WORDS = ("Nach", "Après", "After", "Following", "Na")
_FRONTED_STEMS = tuple(w.casefold() for w in _FRONTED_WORDS)
_TWINNING_WORDS: Final = re.compile(
    r"partnerst[aä]dt|partnerschaft|jumel|twinn|sister|zusterst|stedenband|verzusterd|partnerst"
)
_SENTENCE_STOP: Final = re.compile(r"[.!?](?=\s|\Z)|\n\s*\n")


def _word_or_hyphen(c: str) -> bool:
    """True for a character of the class [\\w-] of `re`."""
    return c.isalnum() or c == "_" or c == "-"


def _has_fronted_stem(low: str) -> bool:
    """True when the case-folded text has a word of `_FRONTED_STEMS` followed by a white space,
    with no word character or hyphen before it (what `(?<![\\w-])(?:nach|...|na)\\s` finds;
    each word is looked for with `str.find`, where a pattern opening with a look-behind is
    tried at every character)."""
    n = len(low)
    for w in _FRONTED_STEMS:
        k = len(w)
        p = low.find(w)
        while p >= 0:
            if p + k < n and low[p + k].isspace() and (p == 0 or not _word_or_hyphen(low[p - 1])):
                return True
            p = low.find(w, p + 1)
    return False


def _fronted_matches(text: str) -> list[re.Match[str]]:
    """The matches of `_FRONTED.finditer(text)`, tried only where they can start: at a line's
    start or after a sentence's end ('. '), before blanks and one of `_FRONTED_WORDS` (each
    found with `str.find`)."""
    out: list[re.Match[str]] = []
    last = 0
    for q in offsets_of(text, _FRONTED_WORDS):
        p = q
        while p > 0 and text[p - 1] in " \t":
            p -= 1
        # a match starts at the blanks' start (after a line break or '. ') or one after it
        # (after '. ' when the blanks go on); never further on, where a blank stands before
        for s in (p, p + 1):
            if s < last or s > q:
                continue
            m = _FRONTED.match(text, s)
            if m is not None:
                out.append(m)
                last = m.end()
                break
    return out


def _fronted_names(text: str, low: str) -> list[tuple[int, int]]:
    """The names of a list of partners that opens a sentence on a twinning after "Nach",
    "Après", "After" (see `_FRONTED`)."""
    out: list[tuple[int, int]] = []
    for m in _fronted_matches(text):
        stop = _SENTENCE_STOP.search(text, m.end(1))
        end = stop.start() if stop is not None else len(text)
        items = [m.span(1)]
        pos = m.end(1)
        while (nxt := _NEXT.match(text, pos, end)) is not None:
            items.append(nxt.span(1))
            pos = nxt.end(1)
        if len(items) < 2 or _TWINNING_WORDS.search(low, pos, end) is None:
            continue
        out.extend(items)
    return out


def _after_cues(text: str, low: str) -> list[re.Match[str]]:
    """The matches of `_AFTER_CUE.finditer(text)`, tried only where `low`, the case-folded text,
    has a cue's stem (the same offsets when folding keeps the length, else the lower-cased
    text's when lower-casing keeps it: "ß" folds to "ss" and stays in lower case; with a
    character that IGNORECASE folds otherwise, or neither, the whole text is scanned)."""
    if any(c in text for c in _CASE_TRAPS):
        return list(_AFTER_CUE.finditer(text))
    if len(low) != len(text):
        low = text.lower()
        if len(low) != len(text):
            return list(_AFTER_CUE.finditer(text))
    out: list[re.Match[str]] = []
    last = 0
    for pos in _stem_starts(low):
        if pos < last:
            continue  # (inside the previous match, as finditer goes on after it)
        m = _AFTER_CUE.match(text, pos)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def find_unknown_partners(sc: Scanner) -> None:
    """Make the names after twinning cues places: a known place gets the cue, a name no other
    rule claimed becomes a place of its own."""
    text = sc.text
    low = sc.folded()
    if not any(w in low for w in _CUE_WORDS):
        return
    names: list[tuple[int, int]] = []
    for m in _after_cues(text, low):
        names.append(m.span(1))
        end = m.end(1)
        while (nxt := _NEXT.match(text, end)) is not None:
            names.append(nxt.span(1))
            end = nxt.end(1)
    if _VERB_STEMS.search(low) is not None or any(c in text for c in _CASE_TRAPS):
        names.extend(m.span(1) for m in _BEFORE_VERB.finditer(text))
    headings = _headings(text)
    for h in headings:
        names.extend(_list_items(text, h))
    if _has_fronted_stem(low):
        names.extend(_fronted_names(text, low))
    for _, blocks in heading_blocks(text, low, headings):
        names.extend((b[0], b[1]) for b in blocks)
    tk = sc.tk
    found = {(s.start, s.end): s for s in sc.spans if s.kind == "place"}
    for start, end in sorted(set(names)):
        known = found.get((start, end))
        if known is not None:
            known.cue = True  # a small town the gazetteer knows: the cue makes it a place
            known.initial = False  # the cue, not its place at a line's start, makes it one
            continue
        i = bisect_left(tk.starts, start)
        if i >= tk.n or tk.starts[i] != start:
            continue
        j = i
        while j < tk.n and tk.ends[j] <= end:
            j += 1
        if j == i or tk.ends[j - 1] != end:
            continue
        if j == i + 1 and (_ordinary(tk.words[i]) or tk.lowers[i] in _GENERIC_PLURALS):
            continue
        if j == i + 1 and sc.byline_word(i):
            continue  # "Xinhua | Updated: 2022-05-19 09:15": the agency that files
        if j < tk.n and tk.gaps[j - 1] == " " and (tk.caps[j] or tk.lowers[j] in _PLACE_NOUNS):
            # the name goes on ("Kiel Week", an organisation's head), or it is an adjective
            # ("the Hungarian town of Kaposvár"): not a town
            continue
        inner = [s for s in sc.spans if s.start < end and start < s.end]
        if inner and (
            " " in text[start:end]
            or not all(
                s.kind == "place"
                and start <= s.start
                and s.end <= end
                and s.end - s.start < end - start
                for s in inner
            )
        ):
            continue  # claimed by another rule
        # "Saint-Quirin-les-Bains": a known place inside a hyphenated name is not one
        for s in inner:
            sc.spans.remove(s)
        for k in range(i, j):
            sc.used[k] = 0
        sc.add_place(i, j, None, cue=True)


# A partner's own block under a partner-town heading: its name on a line of its own, with its
# country in brackets on that line or the next ("Nyborg [DK]", "Montelimar (Frankreich)",
# "Speyer\n(Allemagne)\n1959"), and a year or nothing after it; a description or a line such as
# "Städtefreundschaft seit 1984" follows.
_BLOCK_TITLE: Final = re.compile(
    r"[ \t]*(?:[-•*·–][ \t]*)?(" + _NAME + r")[ \t]*\n?[ \t]*"
    r"(?:\([^()\n]{2,40}\)|\[[A-Z]{2,3}\])[ \t]*(?:\n?[ \t]*\d{4})?[ \t]*(?=\n|\Z)"
)
# A table row "Emsdetten | Duitsland | 1965" (its first cell names the partner)
_ROW: Final = re.compile(
    r"[ \t]*\|?[ \t]*(" + _NAME + r")[ \t]*\|[^\n|]{1,40}(?:\|[^\n|]{0,40}){0,4}\|?[ \t]*(?=\n|\Z)"
)
_MAX_BLOCKS = 40
# the text last read by `heading_blocks` and its blocks
_LAST_BLOCKS: list[tuple[str, list[tuple[re.Match[str], list[tuple[int, int, int, int]]]]]] = []
# A short line that names partner towns without being only that name ("Lernen Sie unsere
# Partnerstädte kennen", "Friendship Cities of Yangzhou"): a heading over blocks
_LOOSE_HEADING: Final = re.compile(
    r"(?im)^[ \t]*(?=[^\n]{0,30}(?:twin\s+towns|sister\s+cities|partner\s+(?:towns|cities)|"
    r"friendship\s+cities|partnerst[äa]dte|zustersteden|partnersteden|villes\s+(?:jumelées|jumelles|"
    r"partenaires)))[^\n.!?]{5,60}$"
)
# the words a loose heading holds, case-folded
_LOOSE_STEMS = (
    "partner", "twin town", "sister cit", "friendship cit", "zusterst", "villes jum", "villes par"
)  # fmt: skip
# the first cell of a table's header row
_HEADER_CELLS: Final = frozenset(
    """city town partner name country stad plaats gemeente naam land ville commune nom pays
    stadt ort gemeinde staat""".split()
)


def _short_line(text: str, start: int) -> bool:
    """False when the line at `start` is too long for `_LOOSE_HEADING` (60 characters after
    its blanks at most, the regex would find out only after trying every position in it)."""
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    p = start
    while p < end and text[p] in " \t":
        p += 1
    return end - p <= 60


def heading_blocks(
    text: str, low: str, headings: list[re.Match[str]] | None = None
) -> list[tuple[re.Match[str], list[tuple[int, int, int, int]]]]:
    """The partner blocks under each partner-town heading of the text: for each heading, the
    (name start, name end, block start, title end) of the blocks or table rows after it, in
    order. `low` is the case-folded text (it tells whether a loose heading may be there);
    `headings`, the matches of `_HEADING` when the caller has them.

    A block opens a paragraph (after a blank line or the heading) with a title line of the
    `_BLOCK_TITLE` shape; a table row is a line of cells split by bars. Paragraphs of prose
    between blocks are their descriptions; a heading with no block in its first four
    paragraphs has none.
    """
    if _LAST_BLOCKS and _LAST_BLOCKS[0][0] is text:
        return _LAST_BLOCKS[0][1]  # the places and the agreements extractor both ask
    out: list[tuple[re.Match[str], list[tuple[int, int, int, int]]]] = []
    _LAST_BLOCKS[:] = [(text, out)]
    if "\n" not in text:
        return out
    heads = {h.start(): h for h in (headings if headings is not None else _HEADING.finditer(text))}
    if len(low) != len(text):
        for h in _LOOSE_HEADING.finditer(text):
            heads.setdefault(h.start(), h)
    else:  # only the lines that hold a stem (the same offsets in `low`)
        for w in _LOOSE_STEMS:
            i = low.find(w)
            while i >= 0:
                line_start = text.rfind("\n", 0, i) + 1
                if line_start not in heads and _short_line(text, line_start):
                    loose = _LOOSE_HEADING.match(text, line_start)
                    if loose is not None:
                        heads[line_start] = loose
                i = low.find(w, i + len(w))
    for _, h in sorted(heads.items()):
        found: list[tuple[int, int, int, int]] = []
        pos = h.end() + 1
        paragraphs = 0
        since_last = 0
        start_of_par = True
        while pos < len(text) and len(found) < _MAX_BLOCKS:
            line_end = text.find("\n", pos)
            if line_end < 0:
                line_end = len(text)
            line = text[pos:line_end]
            if not line.strip():
                start_of_par = True
                pos = line_end + 1
                continue
            if _HEADING.match(text, pos) is not None:
                break  # the next list's heading
            row = _ROW.match(text, pos)
            if row is not None and row.end() <= line_end and "|" in line:
                first = row.group(1).split()[0]
                if not _ordinary(first) and first.casefold() not in _HEADER_CELLS:
                    found.append((row.start(1), row.end(1), pos, line_end))
                since_last = 0
                start_of_par = False
                pos = line_end + 1
                continue
            if start_of_par:
                paragraphs += 1
                since_last += 1
                m = _BLOCK_TITLE.match(text, pos)
                if m is not None and not _ordinary(m.group(1).split()[0]):
                    found.append((m.start(1), m.end(1), pos, m.end()))
                    since_last = 0
                    pos = m.end() + 1
                    start_of_par = False
                    continue
                if since_last > 4 or (not found and paragraphs > 4):
                    break
            start_of_par = False
            pos = line_end + 1
        if found:
            out.append((h, found))
    return out
