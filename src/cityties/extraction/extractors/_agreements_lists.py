"""Partner lists laid out as blocks or table rows: text helpers of the agreements extractor.

Real partner-town pages give each partner a block of its own under a heading ("Unsere
Partnerstädte", "Villes jumelles", "Partnersteden"): the partner's name with its country on a
line ("Nyborg [DK]", "Speyer\\n(Allemagne)\\n1959"), then a line of its kind and year
("Städtefreundschaft seit 1984", "Pacte d'amitié signé en 1996") or a description ending
"Partnerschaft seit 1964."; or a table "Stad | Land | Sinds". Each block is one act (two when it
tells a friendship and then a twinning) of the page's owner with the block's partner.
`_places_partners.heading_blocks` finds the blocks; the helpers here read one.
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._clauses import opened

# "seit 1978", "since 1990", "depuis 1962", "sinds 1986", "vanaf 2001", "established 1995";
# a label line of a partner block: "Established: 19 September 1980", "Seit: 12. Mai 1987",
# "Jumelage : 1985", "Sinds: 3 maart 1994" (the match ends where the date starts)
_SINCE: Final = re.compile(
    r"(?<![\w-])(?:since|seit|depuis|sinds|sedert|vanaf|established|signed|signé\w*|"
    r"unterzeichnet|ondertekend|partnership|partnerschaft|jumel\w*|twinned|verzusterd)"
    r"(?:\s+(?:in|en|im|am|le|on|op))?(?:[ \t]*:)?\s+"
    r"(?=(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+[^\W\d_]+\.?,?\s+)?\d{4}(?!\d))",
    re.IGNORECASE,
)
# a block that denies a formal tie ("Eine formelle Partnerschaft besteht nicht", "there is no
# formal twinning", "geen officiële stedenband", "pas de jumelage officiel")
_TIE = (
    r"(?:partnerschaft|städtepartnerschaft|partnership|twinning|jumelage|stedenband|"
    r"partnerstad|partnerstadt|sister[\s-]+city)"
)
_DENIED: Final = re.compile(
    r"(?<![\w-])(?:kein\w*|no|not\s+an?|geen|pas\s+de|aucun\w*)\s+(?:[\w-]+\s+){0,2}"
    + _TIE
    + r"|"
    + _TIE
    + r"\s+(?:[\w-]+\s+){0,1}(?:besteht|existiert|exists?|bestaat|existe)\s+"
    r"(?:(?:noch|yet|nog|encore)\s+)?(?:nicht|not|niet|pas)(?![\w-])",
    re.IGNORECASE,
)


def denies(text: str, start: int, end: int) -> bool:
    """True when [start, end) says that there is no formal tie."""
    return _DENIED.search(text, start, end) is not None


def since_year_at(text: str, start: int, end: int) -> int | None:
    """The offset of the year after the first "seit", "since", "depuis" ... in [start, end)."""
    m = _SINCE.search(text, start, end)
    return m.end() if m is not None else None


_SENTENCE_END: Final = re.compile(r"(?<=[^\W\d_])[.!?](?=\s)|\n")


def sentence_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence or line of `text` that holds [start, end), within [lo, hi)."""
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    m2 = _SENTENCE_END.search(text, end, hi)
    return s, (m2.start() if m2 is not None else hi)


_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")


def block_end(text: str, title_end: int) -> int:
    """The end of the last block of a list: its own paragraph and the one after it."""
    m = _BLANK_LINE.search(text, title_end)
    if m is None:
        return len(text)
    m2 = _BLANK_LINE.search(text, m.end())
    return m2.start() if m2 is not None else len(text)


# A sentence that opens with the partners the owner had before the act it reports: "Après
# Sarrebruck (1965) et Cardiff (1964), la ville s'est jumelée avec Seattle", "Nach Hamm und Sens
# hat Ludwigsfelde seine vierte Partnerstadt", "After Kiel (1947) and Dresden (1956), Coventry
# twinned with ...", "Na Pskov en Albany verzusterde Nijmegen zich met ..."
FRONTED_LEAD: Final = re.compile(
    r"\W{0,3}(?:after|following|après|nach|na)\s+(?=\S)", re.IGNORECASE
)
# what may stand between two places of such a list: "(1965) et ", ", ", " und das polnische "
# (group 1: a conjunction, after which one more place ends the list)
LIST_GAP: Final = re.compile(
    r"(?:\s*\((?:[^()\n]{0,20}\d{4}[^()\n]{0,20})\))?(?:\s*,\s*|\s+(and|et|und|en|&)\s+"
    r"(?:(?:the|de|la|le|l['’]|das|die|der|dem|het)\s+)?(?:[a-zäöüéèçàâ]+\s+)?)",
    re.IGNORECASE,
)
# the end of the fronted list: its last place, an optional "(1964)", then a comma or the verb
LIST_END: Final = re.compile(r"(?:\s*\((?:[^()\n]{0,20}\d{4}[^()\n]{0,20})\))?\s*,?\s*")
YEAR_AFTER: Final = re.compile(r"\s*\((?:[^()\n]{0,12}?)(\d{4})\)")


# A row of a table whose cells are split by bars ("| GERMANY | Bonn University | 1985-11-04 |")
BAR_ROW: Final = re.compile(r"(?m)^[ \t]*\|?[^|\n]*\S[^|\n]*(?:\|[^|\n]*){1,8}\|?[ \t]*$")
# the rule under a table's header row ("|---|---|")
BAR_RULE: Final = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*")


def bar_rows(text: str, start: int) -> list[tuple[int, int]]:
    """The rows of the bar table that starts on the line after `start`, up to the first line
    that is no row (its rule row left out)."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        if BAR_RULE.fullmatch(text, pos, end) is None:
            if BAR_ROW.fullmatch(text, pos, end) is None or "|" not in text[pos:end]:
                break
            out.append((pos, end))
        pos = end + 1
    return out


# "The twin towns of Angers are A, B and C", "Les villes jumelles d'Angers sont ...", "Les
# villes jumelées avec Angers sont ...", "Zu den Partnerstädten von Freiburg gehören ...",
# "De zustersteden van Tilburg zijn ...": the owner after the plural type word, then the copula
OWNER_OF: Final = re.compile(r"\s+(?:of|von|van|de|du|d['’]|avec|with|met|mit)\s*", re.IGNORECASE)
COPULA: Final = re.compile(
    r"\s*(?:,\s*)?(?:are|were|include|sind|waren|gehören|zählen|sont|étaient|comptent|"
    r"incluent|zijn|waren)(?:\s*:)?\s+",
    re.IGNORECASE,
)


# One partner per "since YEAR with X" of a sentence: "Lahr ist seit 1985 mit Dole und seit 1999
# mit Belleville verschwistert", "Seit 1985 ist Lahr mit Dole verschwistert, seit 1999 mit
# Belleville" (group 1: the year; the partner's name starts at the match's end)
SINCE_WITH: Final = opened(
    re.compile(
        r"(?<![\w-])(?:seit|since|depuis|sinds|sedert)\s+(?:(?:dem|het|l['’])\s*(?:jahr|jaar|an)\s+)?"
        r"(\d{4}),?(?:\s+[\w'’-]+){0,2}?\s+(?:mit|with|avec|met)\s+"
        r"(?:(?:dem|der|den|the|la|le|l['’]|de|het)\s*)?(?-i:[a-zäöüéèç]+e[nrs]?\s+)?",
        re.IGNORECASE,
    )
)


# a table's header row: three or more short cells of words, split by two spaces, a tab or a bar
# ("No.  Country  City / Province  Category  Signing Date", "Stad | Land | Sinds"), no digit
_CELL_SPLIT: Final = re.compile(r"[ \t]*(?:\t|[ \t]{2,}|\|)[ \t]*")
_HEADER_CELL: Final = re.compile(
    r"[^\W\d_][^\W\d_.'’/-]*\.?(?:\s*/?\s*[^\W\d_][^\W\d_.'’-]*\.?){0,2}"
)
# two cells: `\S(?:\t|[ \t]{2,}|[ \t]*\|[ \t]*)\S` written to open with the split's first
# character, the character before checked behind it (re skips to a tab, a blank or a bar
# instead of trying every character that is no space)
_HEADER_GATE: Final = re.compile(
    r"[\t |](?<=\S[\t |])(?:(?<=\t)|(?<=[ \t])[ \t]+|(?<=\|)[ \t]*|(?<=[ \t])[ \t]*\|[ \t]*)\S"
)
# the same in a text without a tab or a bar: two cells split by blanks, found from the
# first two blanks (a literal opening, which re finds at once)
_BLANKS_GATE: Final = re.compile(r"  (?<=\S  ) *\S")


def _has_cells(text: str) -> bool:
    """Whether `_HEADER_GATE` matches in `text`, read from its cheapest form."""
    if "\t" in text or "|" in text:
        return _HEADER_GATE.search(text) is not None
    return "  " in text and _BLANKS_GATE.search(text) is not None


def header_rows(text: str) -> list[tuple[int, int]]:
    """The spans of a table's header rows: a line of three or more short cells of words with
    no digit ("No.  Country  City / Province  Category  Signing Date") followed by a line of
    as many cells or more that holds a digit (a row). Names in them are column titles."""
    out: list[tuple[int, int]] = []
    if not _has_cells(text):
        return out
    lines = text.split("\n")
    at = 0
    for n, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        body = line.strip(" \t|")
        if not body or any(c.isdigit() for c in body) or not _has_cells(body):
            continue
        cells = _CELL_SPLIT.split(body)
        if len(cells) < 3 or not all(_HEADER_CELL.fullmatch(c) for c in cells):
            continue
        nxt = next((x for x in lines[n + 1 :] if x.strip()), "")
        row = _CELL_SPLIT.split(nxt.strip(" \t|"))
        if len(row) >= len(cells) - 1 and any(c.isdigit() for c in nxt):
            out.append((start, start + len(line)))
    return out
