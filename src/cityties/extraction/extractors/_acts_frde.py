"""French and German act readings (and their English and Dutch twins): text helpers of the
agreements extractor.

An ordinal partner list: "Neben Dunaújváros und Kalisz ist Jiaxing die dritte Partnerstadt
von Wels", "Damit ist Haimen nach Frankenthal, Montreuil-Juigné und Kostrzyn die vierte
Partnerstadt Ludwigsfeldes", "Après Weissach et Cadaujac, Keqiao devient la troisième ville
jumelle de Léognan", "Besides A and B, C is the third sister city of D". Each place the list
names before the ordinal is an earlier partner of the owner named after the tie word: an act
of its own (undated), and never a partner of the new town.
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.extraction.extractors._clauses import lower_pattern
from cityties.extraction.extractors._clauses_scan import DocIndex, WordScan
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.types import AgreementType, DateMention

__all__ = [
    "ORDINAL_TIE",
    "compound_acts",
    "dated_act",
    "has_ordinal_tie",
    "ordinal_list",
    "verb_last_passive",
]

_ORDINAL_WORD = (
    r"(?:zweite|dritte|vierte|fünfte|sechste|siebte|siebente|achte|neunte|zehnte|elfte|zwölfte|"
    r"deuxième|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)"
)
_ORDINAL_NUMBER = r"\d{1,2}(?:e|ème|\.|st|nd|rd|th|de|ste)"  # (in `_NUMBER_TIE_LOW` too)
_ORDINAL = rf"(?:{_ORDINAL_WORD}|{_ORDINAL_NUMBER})n?"
_TIE_WORD = (
    r"(?:partnerstadt|partnergemeinde|schwesterstadt|städtepartnerschaft|ville\s+jumelle|"
    r"ville\s+jumelée|commune\s+jumelle|jumelage|partnerstad|zusterstad|stedenband|"
    r"sister\s+city|sister\s+town|twin\s+town|partner\s+city|partner\s+town|twinning)"
)
# "die dritte Partnerstadt", "la troisième ville jumelle", "the third sister city", "'s fourth"
ORDINAL_TIE: Final = re.compile(
    rf"(?<![\w-]){_ORDINAL}\s+(?:(?:offizielle|officielle|official|officiële)\s+)?{_TIE_WORD}"
    r"(?![\w-])",
    re.IGNORECASE,
)
# `ORDINAL_TIE` in two halves for lower-cased text, an ordinal word or a number: a match of the
# whole is a match of one of them at the same place. The half of words is tried only at the
# words that can start it (`WordScan`), the half of numbers is a quick case-sensitive search.
_TIE_AFTER = rf"n?\s+(?:(?:offizielle|officielle|official|officiële)\s+)?{_TIE_WORD}(?![\w-])"
_WORD_TIE_SCAN = WordScan(re.compile(lower_pattern(rf"(?<![\w-]){_ORDINAL_WORD}{_TIE_AFTER}")))
# (the number's first digit first, so that re skips to a digit; the look-behind after it checks
# the character before the number, as `(?<![\w-])` before it would)
_NUMBER_TIE_LOW: Final = re.compile(
    lower_pattern(rf"\d(?<![\w-]\d)\d?(?:e|ème|\.|st|nd|rd|th|de|ste){_TIE_AFTER}")
)


def has_ordinal_tie(idx: DocIndex, start: int, end: int) -> bool:
    """Whether `ORDINAL_TIE` matches in text[start:end] ("die dritte Partnerstadt", "its 4th
    sister city"), looked for in the lower-cased text when that is the same."""
    if not idx.caseless:
        return ORDINAL_TIE.search(idx.text, start, end) is not None
    return (
        _WORD_TIE_SCAN.search(idx, start, end) is not None
        or _NUMBER_TIE_LOW.search(idx.low, start, end) is not None
    )


# the list's lead: "neben", "nach", "après", "outre", "besides", "after", "naast", "na"
_LEAD: Final = re.compile(
    r"(?<![\w-])(?:neben|nach|après|outre|besides|after|aside\s+from|next\s+to|naast|na)\s+",
    re.IGNORECASE,
)
# the owner after the tie word: "von Wels", "de Léognan", "d'Angers", "of Derby", "van Gent",
# or a German genitive right after it ("Partnerstadt Ludwigsfeldes")
_OWNER: Final = re.compile(
    r"\s*(?:(?:von|de|du|of|van)\s+(?:der\s+stadt\s+|la\s+ville\s+de\s+)?|d['’])?"
)
# words between the listed places: "A, B in Frankreich und C in Polen", "A et B", "A and B"
# (after a hyphenated tail the place reader left out: "Montreuil-Juigné")
_LIST_GAP: Final = re.compile(
    r"(?:(?:-[\w]+)*\s*(?:\([^()]{1,40}\))?\s*(?:(?:in|en|au|aux|im|in\s+der)\s+[\w-]+(?:\s+[\w-]+)?\s*)?"
    r"(?:,|\s+(?:und|et|and|en|sowie)\s+|,\s*(?:und|et|and|en)\s+)\s*)",
    re.IGNORECASE,
)


_CONJ: Final = re.compile(r"(?<![\w-])(?:und|et|and|en|sowie)(?![\w-])", re.IGNORECASE)
# a capitalised name (of up to three words) heading the list
_NAME: Final = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}")


def ordinal_list(
    text: str, start: int, end: int, actors: list[Actor]
) -> tuple[Actor, Actor | None, list[Actor]] | None:
    """The owner, the new partner (when the sentence names it) and the earlier partners of an
    ordinal partner list in text[start:end], or None when the sentence is no such list."""
    tie = ORDINAL_TIE.search(text, start, end)
    if tie is None:
        return None
    places = [a for a in actors if a.kind == "place" and a.place_kind != "country"]
    gap = _OWNER.match(text, tie.end(), end)
    at = gap.end() if gap is not None else tie.end()
    # (or a government's name that takes in the tie word's last noun: "the third partner city
    # of Salford", where "city of Salford" is read as one name)
    owner = next((a for a in places if a.start == at or tie.start() < a.start < at < a.end), None)
    if owner is None:
        return None
    lead = None
    pos = 0
    for m in _LEAD.finditer(text, start, tie.start()):
        if any(a.start == m.end() for a in places):
            lead, pos = m, m.end()
            break
        name = _NAME.match(text, m.end(), tie.start())
        if name is not None and any(
            a.start >= name.end() and _LIST_GAP.fullmatch(text, name.end(), a.start) for a in places
        ):
            # the first name of the list is one the place reader did not take
            lead, pos = m, name.end()
            break
    if lead is None:
        return None
    listed: list[Actor] = []
    closed = False  # "A et B, C est ...": after the conjunction the list is over
    for a in places:
        if a.start < pos or a.start >= tie.start():
            continue
        if listed and a.start == pos + 1 and text[pos] == "-":
            # "Montreuil-Juigné" read as two places: one name
            head = listed[-1]
            whole = text[head.start : a.end]
            listed[-1] = Actor(head.start, a.end, whole, "place", "place:" + whole.lower())
            pos = a.end
            continue
        if a.start != pos and (closed or not _LIST_GAP.fullmatch(text, pos, a.start)):
            break
        closed = closed or _CONJ.search(text, pos, a.start) is not None
        listed.append(a)
        pos = a.end
    listed = [a for a in listed if a.key != owner.key]
    if not listed:
        return None
    rest = [
        a
        for a in places
        if start <= a.start < tie.start() and a not in listed and a.key != owner.key
    ]
    new = rest[-1] if rest else None
    return owner, new, listed


# "die gemeinsame Erklärung zwischen A und B vom 11.09.2017", "la convention entre A et B en
# date du 3 mai 1999", "the agreement between A and B dated 3 May 1999": the date that names
# an act (of a day or a month, not a stay "vom 14. bis 18. Mai")
_DATED_BY: Final = re.compile(
    r"(?<![\w-])(?:vom|en\s+date\s+du|datée?s?\s+du|dated|gedateerd|datiert\s+vom)\s*\Z"
)


def dated_act(low: str, start: int, d: DateMention) -> bool:
    """Whether the date `d` (in a sentence from `start`) names the act it follows: "vom",
    "en date du", "dated" right before a day or a month."""
    if d.value is None or d.value.month is None or d.end_value is not None:
        return False
    return _DATED_BY.search(low, max(start, d.start - 16), d.start) is not None


# "Sie wurde am 12. Februar 2018 in Xiangtan ... unterzeichnet", "Die werd op 12 februari in
# Xiangtan ondertekend": a pronoun subject and a passive auxiliary open the sentence, whose
# participle closes it, far from its start
_PRONOUN_PASSIVE: Final = re.compile(
    r"\s*(?:sie|es|er|diese|dieses|dies|die|das|het|deze|dat|ze|zij)\s+"
    r"(?:wurde|wurden|ist|sind|war|waren|werd|werden|is|zijn|was|waren)(?![\w-])"
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:]\s")


def verb_last_passive(low: str, start: int, marker: int) -> bool:
    """Whether the sentence at `start` is a German or Dutch passive about "it" whose
    participle (the status marker at `marker`) comes last, with no clause break before it."""
    m = _PRONOUN_PASSIVE.match(low, start)
    return (
        m is not None and marker - m.end() <= 160 and not _CLAUSE_BREAK.search(low, m.end(), marker)
    )


# the heads of `lex.COMPOUND_HEADS`, each with the endings that may close the word after it
_COMPOUND_ENDS: Final = tuple(
    (head, re.compile(ending + r"(?![\w])"), kind) for head, ending, kind in lex.COMPOUND_HEADS
)


def compound_acts(low: str, known: list[tuple[int, int]]) -> list[tuple[int, int, AgreementType]]:
    """The Dutch and German compounds in the lower-cased text whose head is an act noun
    ("landbouwovereenkomst", "uitwisselingsakkoord", "Hochschulkooperationsvertrag",
    "jumelage-akkoord"): the word's span and the type its head names, in text order.

    known (list[tuple[int, int]]): the spans of the act words already found; a compound that
    overlaps one is left to it. What comes before the head holds at least three letters and
    names no other kind of contract (`lex.COMPOUND_NOT_AFTER`: "huurovereenkomst",
    "Koalitionsvertrag").
    """
    out: list[tuple[int, int, AgreementType]] = []
    for head, ending, kind in _COMPOUND_ENDS:
        i = low.find(head)
        while i >= 0:
            m = ending.match(low, i + len(head))
            start = i
            # back to the word's start, over letters and the hyphens between them
            while start > 0 and (
                low[start - 1].isalpha()
                or (low[start - 1] == "-" and start > 1 and low[start - 2].isalpha())
            ):
                start -= 1
            modifier = low[start:i]
            if (
                m is not None
                and sum(1 for c in modifier if c.isalpha()) >= 3
                and lex.COMPOUND_NOT_AFTER.fullmatch(modifier) is None
                and not any(s < m.end() and start < e for s, e in known)
            ):
                out.append((start, m.end(), kind))
            i = low.find(head, i + len(head))
    return sorted(out)
