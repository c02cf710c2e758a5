"""The university a count of students belongs to, when its clause names one.

Writers count a university's students in a clause that names the university while the
sentence is about its city: "an der Universität Vaasa sind rund 5.000 Studierende
eingeschrieben", "the guests will tour Minnesota State University, Mankato, which enrolls
about 14,000 students", "L'Université de la céramique de Jingdezhen compte 25 000
étudiants", "aan de Universiteit Gent studeren 50.000 studenten". The students are the
university's, not the city's: the university named last before the number in its clause
(only a place that qualifies it, "University, Mankato" or "University in Shanghai", may
stand between) is the subject.

A university is an organisation mention of kind university, or a name of the forms the four
languages give one ("X University", "University of X", "Universität X", "Technische
Universität X", "Universiteit X", "Hogeschool X", "Université de X", "Université de la
céramique de X", "Hochschule X"), which the mentions may have missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from cityties.extraction.types import Mention

__all__ = [
    "headed_short_form",
    "namesake_university",
    "opening_employer",
    "pronoun_opening",
    "short_form_of",
    "truncated_org",
    "university_before",
]

_CAP = r"[A-ZÀ-Þ][\w'’.&-]*"
_NAME = _CAP + r"(?:[ \t]+" + _CAP + r")*"
_HEADS = (
    r"University|Universiteit|Universität|Université|Hochschule|Fachhochschule|Hogeschool|"
    r"College|Institute[ \t]+of[ \t]+Technology|Polytechnic|Polytechnique|École|Ecole"
)
UNIVERSITY_NAME: Final = re.compile(
    r"(?<![\w-])(?:"
    # "Université de la céramique de Jingdezhen", "Hogeschool voor de kunsten van Utrecht":
    # a head, the words of a field and the place
    r"(?:Université|Universiteit|Universität|Hogeschool|Hochschule|École|Ecole)[ \t]+"
    r"(?:de|du|des|d['’]|voor|van|für)[ \t]*(?:(?:la|l['’]|het|de|die)[ \t]*)?"
    r"(?:[a-zà-ÿ][\w'’-]*[ \t]+){1,3}(?:de|du|d['’]|van|in|aus)[ \t]*" + _NAME + r"|"
    # "University of Vaasa", "Université de Limoges", "Universiteit van Amsterdam"
    r"(?:" + _NAME + r"[ \t]+)?(?:" + _HEADS + r")[ \t]+(?:of|van|de|du|d['’]|der)[ \t]*"
    r"(?:(?:the|la|l['’])[ \t]*)?" + _NAME + r"|"
    # "Universität Vaasa", "Hochschule Harz", "Yantai University", "Minnesota State University"
    r"(?:" + _HEADS + r")[ \t]+" + _NAME + r"|"
    r"(?:" + _NAME + r"[ \t]+)?(?:" + _HEADS + r")"
    r")(?![\w-])"
)
# A bare head ("the University", "die Hochschule") names no university.
_BARE_HEAD: Final = re.compile(r"(?:" + _HEADS + r")\Z")
# What may stand between the university and the number: its place as a qualifier ("Minnesota
# State University, Mankato, which enrolls about"), then the clause's words without a clause
# mark or another name.
_QUALIFIER: Final = re.compile(
    r"(?:,[ \t]*|[ \t]+(?:in|à|in|te|aus|zu)[ \t]+)" + _NAME + r"(?=[ \t]*,|[ \t])"
)
_CLAUSE_MARK: Final = re.compile(r"[;:!?()\n]|\.[ \t]")


def _clause_start(text: str, lo: int, start: int) -> int:
    """Where the clause of a number at `start` begins (after the last ';', ':' ...)."""
    cut = lo
    for m in _CLAUSE_MARK.finditer(text, lo, start):
        cut = m.end()
    return cut


def university_before(
    text: str, mentions: list[Mention], lo: int, start: int
) -> tuple[str, int] | None:
    """The university named last before a number at `start` in its clause (the sentence
    starts at `lo`), with where its name ends; None when none is, when another name comes
    between them, or when a name before it opens the clause."""
    cut = _clause_start(text, lo, start)
    best: tuple[int, int, str] | None = None
    for m in mentions:
        if m.start < cut or m.end > start:
            continue
        if m.kind == "organisation" and m.org_kind == "university":
            if best is None or m.start > best[0]:
                best = (m.start, m.end, m.name)
    for u in UNIVERSITY_NAME.finditer(text, cut, start):
        name = u.group().strip()
        if _BARE_HEAD.match(name) or name.split()[0] in ("The", "Die", "De", "La", "Le"):
            name = name.split(None, 1)[1] if " " in name else ""
            if not name or _BARE_HEAD.match(name):
                continue
        if best is None or u.start() >= best[0]:
            if best is None or u.end() > best[1]:
                best = (u.start(), u.end(), name)
    if best is None:
        return None
    for m in mentions:
        if cut <= m.start and m.end <= best[0] and m.kind != "person":
            # "Sheffield, home to the University of Sheffield, has 61,000 students": the
            # clause is about the place named before; the university is its apposition
            return None
    end = best[1]
    q = _QUALIFIER.match(text, end, start)
    if q is not None:
        end = q.end()
    # no other name between the university and the number
    for m in mentions:
        if end <= m.start < start and m.kind != "person":
            return None
    return best[2], best[1]


def short_form_of(name: str, mentions: list[Mention], start: int) -> Mention | None:
    """The organisation named before `start` whose name opens with `name`, a name no
    gazetteer knows ("Fudan telt ruim 36.000 studenten" after "Fudan University"; "Tongji
    has 38,000 students" after "Tongji University")."""
    lead = name + " "
    for m in mentions:
        if m.start < start and m.kind == "organisation" and m.name.startswith(lead):
            return m
    return None


# "Airbus, dont le siège est à Blagnac, emploie environ 28 000 salariés", "Airbus ist mit
# etwa 4.000 Beschäftigten einer der größten Arbeitgeber", "Siemens employs 3,000 people
# there": the name that opens the sentence and governs a verb of employing.
_OPENING_EMPLOYER: Final = re.compile(
    r"[ \t\n\"“'‘]*(?P<name>(?-i:[A-ZÀ-Þ])[\w&.-]+(?:[ \t](?-i:[A-ZÀ-Þ])[\w&.-]+){0,2})"
    r"(?:[ \t]*,[^,;:.]{1,70},)?[ \t]+(?:(?:now|today|currently|alone|heute|allein|seul|"
    r"aujourd['’]hui|nu|alleen|er|hier|dort|there|here|y)[ \t]+)?"
    r"(?:employs|employed|emploie|employait|beschäftigt|beschäftigte|ist[ \t]+mit|war[ \t]+mit|"
    r"is[ \t]+met|biedt[ \t]+werk[ \t]+aan|geeft[ \t]+werk[ \t]+aan|has[ \t]+a[ \t]+"
    r"(?:staff|workforce)[ \t]+of)(?![\w])",
    re.IGNORECASE,
)
# Words that open a sentence without naming an employer.
_NOT_NAMES: Final = frozenset(
    """the this it he she they we der die das er sie es wir het de dit dat hij zij wij la le
    les il elle ils nous on ce cette l""".split()
)


def opening_employer(text: str, lo: int, start: int) -> str | None:
    """The employer whose name opens the sentence (from `lo`) of an employees figure at
    `start`, when it governs a verb of employing before the number; None otherwise."""
    m = _OPENING_EMPLOYER.match(text, lo, start)
    if m is None:
        return None
    name = m.group("name")
    if name.split()[0].casefold() in _NOT_NAMES:
        return None
    return name


# A place name and the head word of a chamber or university after it: "Ajman Chamber", "the
# Zhejiang chamber", "Fudan University" (ports have their own rules: "the Queensland port").
_HEAD_AFTER: Final = re.compile(
    r"[ \t]+(?P<head>chamber|kamer|kammer|chambre|university|universiteit|universität|"
    r"université)(?![\w-])",
    re.IGNORECASE,
)
# The head word's stems as organisation names write them ("Handelskammer", "Universität").
_HEAD_STEMS: Final = {
    "chamber": "chamber",
    "kamer": "kamer",
    "kammer": "kammer",
    "chambre": "chambre",
    "university": "universit",
    "universiteit": "universit",
    "universität": "universit",
    "université": "universit",
}
# A sentence that opens with a pronoun: its subject is the last sentence's.
_PRONOUN_OPENING: Final = re.compile(
    r"[\s\"“'‘(]*(?:It|Il|Elle|Sie|Er|Es|Het|Hij|Zij|Ze|They|Ils|Elles)(?![\w'’])"
)


def headed_short_form(
    text: str, mentions: list[Mention], name: str, lo: int, start: int
) -> str | None:
    """The organisation a place name with an organisation's head word after it stands for
    ("Ajman Chamber now counts 42,000 member companies" after "Ajman Chamber of Commerce and
    Industry"; "the Zhejiang chamber ... It counts 8,500 member companies"): for a mention
    of the place `name` between `lo` and `start` followed by the head, the name of an
    organisation of the document that holds both; None otherwise.

    lo (int): where the figure's sentence starts; the sentence before is read as well when
        the figure's opens with a pronoun (pass its start as `lo`, see `pronoun_opening`).
    """
    folded = name.casefold()
    for m in mentions:
        if m.start < lo or m.end > start or m.kind != "place" or m.name.casefold() != folded:
            continue
        head = _HEAD_AFTER.match(text, m.end, start)
        if head is None:
            continue
        stem = _HEAD_STEMS[head.group("head").casefold()]
        for o in mentions:
            if o.kind != "organisation" or o is m:
                continue
            low = o.name.casefold()
            if low != folded and folded in low and stem in low and len(o.name) > len(name) + 3:
                return o.name
        # a full name the mentions cut to its place ("the Zhejiang Chamber of International
        # Commerce" read as "Zhejiang"): the longest capitalised name of the place and head
        best = ""
        for full in re.finditer(re.escape(name) + _FULL_TAIL, text):
            tail = full.group()[len(name) :].split()
            if tail[0].casefold().startswith(stem) and len(full.group()) > len(best):
                best = full.group()
        if best:
            return best
    return None


# The rest of an organisation's name after its place: a capitalised head and the capitalised
# words joined to it ("Chamber of International Commerce", "Kamer van Koophandel").
_FULL_TAIL: Final = (
    r"[ \t]+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:[ \t]+(?:(?:of|for|and|&|de|du|des|van|voor|für|und|et)"
    r"[ \t]+)?(?-i:[A-ZÀ-Þ])[\w'’-]*)+"
)


def pronoun_opening(text: str, lo: int) -> bool:
    """Whether the sentence starting at `lo` opens with a personal pronoun ("It counts")."""
    return _PRONOUN_OPENING.match(text, lo) is not None


# The words that may follow a place's name in a short form of an organisation's name: "State"
# in "Chesapeake State", "1" in "Lyon 1".
_NAME_TAIL: Final = re.compile(r"(?:[ \t]+(?:(?-i:[A-ZÀ-Þ])[\w'’-]*|\d{1,2}(?![\w.,]\d)))+")


def truncated_org(
    text: str, mentions: list[Mention], name: str, lo: int, start: int, hi: int
) -> Mention | None:
    """The organisation a place's name with more words of a name shortens, named before
    ("Chesapeake State, with some 6,200 students" after "Chesapeake State University", "Avec
    47 000 étudiants, Lyon 1 figure parmi les plus grandes universités" after "Université
    Claude Bernard Lyon 1"): for the mention of the place `name` in the sentence (`lo` to
    `hi`) nearest the figure at `start`, written with at least one word more than the place's
    name, an organisation mention before it whose name holds those words in a row, and more;
    None otherwise."""
    near: Mention | None = None
    for m in mentions:
        if m.start >= hi:
            break
        if m.start < lo or m.kind != "place" or m.name != name:
            continue
        if near is None or abs(m.start - start) < abs(near.start - start):
            near = m
    if near is None:
        return None
    written = text[near.start : near.end]
    tail = _NAME_TAIL.match(text, near.end, hi)
    if tail is not None:
        written += tail.group()
    words = written.split()
    n = len(words)
    if n < 2 or n <= len(name.split()):
        return None
    for o in mentions:
        if o.start >= near.start:
            break
        if o.kind != "organisation" or o.org_kind == "city_government":
            continue
        held = o.name.split()
        if len(held) > n and any(held[i : i + n] == words for i in range(len(held) - n + 1)):
            return o
    return None


# The words a university's name may hold beside its city's name when it is the city's own
# university ("University of Sheffield", "Université de Wuhan", "Universität Leipzig",
# "Universiteit Gent", "Wuhan University"), folded.
_NAMESAKE_WORDS: Final = frozenset(
    "university universite universitat universiteit of de du d l the van der".split()
)


def namesake_university(
    mentions: list[Mention], city: str, fold: Callable[[str], str]
) -> str | None:
    """The one university the text names after the city `city` and nothing else ("Wuhan,
    qui compte 60.000 étudiants dans sa seule université éponyme" after "l'Université de
    Wuhan"; "With 30,000 students, Sheffield is one of the largest universities" after "The
    University of Sheffield"): a student count given to the city is that university's. None
    when the text names none, or several ("Wuhan Textile University" is another)."""
    key = fold(city).split()
    if not key:
        return None
    found: str | None = None
    for m in mentions:
        if m.kind != "organisation" or m.org_kind != "university":
            continue
        words = fold(m.name).split()
        n = len(key)
        at = next((i for i in range(len(words) - n + 1) if words[i : i + n] == key), -1)
        if at < 0 or any(w not in _NAMESAKE_WORDS for w in words[:at] + words[at + n :]):
            continue
        if found is not None and fold(found) != fold(m.name):
            return None
        found = m.name
    return found
