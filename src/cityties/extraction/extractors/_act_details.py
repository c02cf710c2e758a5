"""Agreements: deciders for the details of an act that is found (its status, its dates).

- A suspension is no status: "the link has been suspended since 2022", "die Kontakte wurden
  im März 2022 ausgesetzt", "le jumelage est suspendu depuis 2019", "de band is opgeschort",
  "frozen", "auf Eis gelegt". The act stays signed, and the date of the suspension is neither
  its signing date nor its end.
"""

from __future__ import annotations

import re

__all__ = [
    "SUSPENSION",
    "SUSPENSION_WORDS",
    "attached",
    "coordinated",
    "fronted",
    "is_suspension",
    "suspension_date",
]

# the words of a suspension (lower-cased text); they read as an end in the status lexicon
SUSPENSION = re.compile(
    r"(?<![\w-])(?:suspend(?:s|ed|ing)?|suspendue?s?|suspension|suspendre|ausgesetzt|aussetzen|"
    r"auf\s+eis(?:\s+gelegt)?|opgeschort|opschorten|fr(?:oze|ozen|eeze|eezes|eezing)|bevroren|"
    r"gel(?:é|ée|és|ées)|eingefroren|on\s+hold|ruh(?:t|en|te|ten)|schort(?:te|ten)?)(?![\w-])"
)


# the words that start one (a gate on the document's words, `DocIndex.words`: Latin-1)
SUSPENSION_WORDS = frozenset(
    w.encode("latin-1")
    for w in "suspend suspends suspended suspending suspendu suspendue suspendus suspendues"
    " suspension suspendre ausgesetzt aussetzen eis opgeschort opschorten froze frozen"
    " freeze freezes freezing bevroren gelé gelée gelés gelées eingefroren hold ruht ruhen"
    " ruhte ruhten schort schortte schortten".split()
)


def is_suspension(low: str, start: int, end: int) -> bool:
    """Whether the status marker low[start:end] is a word of suspension ("suspended",
    "ausgesetzt", "opgeschort", "gelé", "frozen")."""
    return SUSPENSION.fullmatch(low, start, end) is not None


def _gap(low: str, a_start: int, a_end: int, b_start: int, b_end: int) -> str:
    return low[a_end:b_start] if a_end <= b_start else low[b_end:a_start]


def suspension_date(
    low: str, date_start: int, date_end: int, lo: int, hi: int, verbs: list[tuple[int, int]]
) -> bool:
    """Whether the date at low[date_start:date_end] dates a suspension within [lo, hi): a
    suspension word in its clause ("suspended since March 2022", "seit 2022 ausgesetzt",
    "froze the relationship in 2019") nearer to it than every verb of `verbs` (the signing
    and renewal verbs of the sentence)."""
    for m in SUSPENSION.finditer(low, lo, hi):
        gap = _gap(low, date_start, date_end, m.start(), m.end())
        if len(gap) > 80 or any(c in gap for c in ",;:()"):
            continue
        if all(len(gap) < len(_gap(low, date_start, date_end, s, e)) for s, e in verbs):
            return True
    return False


# A date that opens its clause scopes over the acts of the clauses coordinated with it: "In
# 2019 ondertekende de gemeente een vriendschapsovereenkomst met Jiaxing, werd de stedenband
# met Sibiu verlengd en ...", "En juin, elle a renouvelé sa charte avec A et signé une lettre
# d'intention avec B", "In 2018 the city signed an MoU with A and renewed its agreement with
# B", "Im Mai unterzeichnete die Stadt ... und verlängerte ...".
_FRONT = re.compile(
    r"[\s\W]*(?:(?:in|on|at|during|en|le|au|dans|courant|im|am|in\s+der|op|tijdens|"
    r"begin|eind|early|late|fin|début|anfang|ende|mitte)\s+)*\Z"
)
_CLAUSE_START = re.compile(r"[;:\n]|\.\s")


def fronted(low: str, start: int, date_start: int) -> bool:
    """Whether the date at `date_start` opens its clause (the unit from `start`, or what
    follows its last ";" or ":"): nothing but a preposition before it ("In 2019", "En juin",
    "Im Mai", "Op 3 mei")."""
    clause = start
    for m in _CLAUSE_START.finditer(low, start, date_start):
        clause = m.end()
    return _FRONT.fullmatch(low, clause, date_start) is not None


# what joins two coordinated clauses (no clause of another kind, no new sentence)
_COORDINATION = re.compile(
    r"(?<![\w-])(?:and|en|et|und|as\s+well\s+as|sowie|ainsi\s+que)(?![\w-])|,"
)
_NOT_COORDINATED = re.compile(
    r"[;:.!?]|(?<![\w-])(?:which|who|that|when|while|whereas|but|qui|que|quand|lorsque|mais|"
    r"dont|dat|wat|toen|terwijl|maar|welche[rs]?|während|aber|since|sinds|depuis|seit|after|"
    r"before|na|après|avant|nach|later|then|daarna|puis|dann|danach)(?![\w-])"
)


def coordinated(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], between the word of one act and the word of the next, joins
    two coordinated clauses ("... met Jiaxing, werd ...", "... avec A et signé ...") with no
    clause of another kind ("which", "since", "later") between them."""
    return (
        _COORDINATION.search(low, start, end) is not None
        and _NOT_COORDINATED.search(low, start, end) is None
    )


def attached(low: str, d_start: int, d_end: int, m_start: int, m_end: int) -> bool:
    """Whether a date and a signing verb stand in one clause, next to each other: "signed in
    Tallinn on 23 July", "Am 17. Mai unterzeichneten", "unterschrieb am 14. Februar 2020",
    "signé à Hefei le 12 février" (at most 60 characters and no comma or semicolon between)."""
    gap = low[d_end:m_start] if d_end <= m_start else low[m_end:d_start]
    return len(gap) <= 60 and not any(c in gap for c in ",;:.()")
