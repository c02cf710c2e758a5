"""Clauses of one sentence that each report an act of their own subject.

"Weert zegde in 2023 de zusterrelatie met Yuhang op, en Eindhoven verbrak in 2022 de
vriendschapsrelatie met Nanjing", "Wakefield ended its twinning with Belgorod, and Doncaster
cut its ties with Ozyorsk", "der Kanton Zürich unterhält Partnerschaften mit Chongqing, der
Kanton Solothurn arbeitet mit Gansu zusammen": a comma (or a semicolon), maybe a conjunction,
then a place as the subject of a verb opens a clause whose act is that place's, and the act of
the clause before ends at the comma (its partners, its dates and its status stop there).
The subject may be a pair ("the City of Ballarat and Xianning signed a friendship agreement,
and the City of Greater Bendigo and Tianshui renewed their sister city agreement": the second
act is Bendigo's and Tianshui's), and so may the clause before's.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "SUBORDINATOR",
    "colon_subjects",
    "coordinated_subject",
    "list_mates",
    "own_subject_clauses",
    "reported_subjects",
]

# what stands between the comma and the subject: a conjunction, then maybe a determiner and a
# government's word ("die Stadt", "la ville de", "de gemeente", "the City of")
_OPENING: Final = re.compile(
    r"[,;][ \t]+(?:(?:and[ \t]+that|et[ \t]+que|en[ \t]+dat|und[ \t]+dass|"
    r"and|et|en|und|while|whilst|whereas|but|mais|maar|aber|terwijl|"
    r"tandis[ \t]+que|alors[ \t]+que|während|wohingegen)[ \t]+)?"
    r"(?:(?:the|de|het|la|le|l['’]|die|der|das)[ \t]*"
    r"(?:(?:city|town|municipality|borough|county|province|state|region|district|gemeente|stad|"
    r"provincie|regio|ville|commune|municipalité|région|département|stadt|gemeinde|kanton|"
    r"landkreis|kreis|provinz|bezirk)[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+|d['’]|van[ \t]+)?)?)?",
    re.IGNORECASE,
)
# the word after the subject is a verb (or an adverb before one), not the rest of a list, a
# qualifier or a region's kind word ("Nanjing, Jiangsu province")
_NOT_VERB: Final = frozenset(
    """and en et und or of de du des van in im à au aux from aus uit near bei bij près y
    since depuis seit sinds sedert vanaf dès ab
    province provincie provinz state county city region regio région district bezirk
    prefecture préfecture oblast kreis""".split()
)
# (past a short alias in brackets: "l'Université du Québec à Chicoutimi (UQAC) a signé")
_WORD_AFTER: Final = re.compile(r"[ \t]+(?:\([A-Z][\w&.-]{1,11}\)[ \t]+)?([a-zà-ÿß]+)\b")
# the longest gap between the comma and the subject's name
_MOST_GAP: Final = 48
# between the two names of a pair subject: "and", maybe a determiner and a government's word
_PAIR_JOIN: Final = re.compile(
    r"[ \t]+(?:and|et|en|und|&)[ \t]+(?:(?:the|de|het|la|le|l['’]|die|der|das)[ \t]*"
    r"(?:(?:city|town|municipality|county|province|gemeente|stad|provincie|ville|commune|"
    r"stadt|gemeinde|landkreis|kreis|provinz)[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+|d['’]|"
    r"van[ \t]+)?)?)?",
    re.IGNORECASE,
)


def coordinated_subject(text: str, subjects: list[tuple[int, int]], i: int) -> int:
    """The index in `subjects` of the second name of a pair subject that starts at the i-th
    ("the City of Greater Bendigo and Tianshui renewed ..."), else -1: the next name, joined
    by "and", then a lower-case word that is no list word (a verb)."""
    if i + 1 >= len(subjects):
        return -1
    s2, e2 = subjects[i + 1]
    if _PAIR_JOIN.fullmatch(text, subjects[i][1], s2) is None or not text[s2].isupper():
        return -1
    w = _WORD_AFTER.match(text, e2)
    return i + 1 if w is not None and w.group(1) not in _NOT_VERB else -1


def _pair_before(subjects: list[tuple[int, int]], lo: int, hi: int, text: str) -> bool:
    """Whether a pair subject stands in [lo, hi): "A and B signed ..." before the act word."""
    inside = [n for n, (s, e) in enumerate(subjects) if lo <= s and e <= hi]
    return any(
        n + 1 < len(subjects)
        and subjects[n + 1][1] <= hi
        and _PAIR_JOIN.fullmatch(text, subjects[n][1], subjects[n + 1][0]) is not None
        for n in inside
    )


def own_subject_clauses(
    text: str, keywords: list[tuple[int, int]], subjects: list[tuple[int, int]], end: int
) -> dict[int, tuple[int, int]]:
    """For the act keywords of one sentence (spans, in order), the keywords that open a
    clause of their own subject: {index of the keyword: (offset of the comma that opens its
    clause, index in `subjects` of its subject)}.

    `subjects` are the spans of the places (and governments) the sentence names, in order;
    `end` is the sentence's end (a clause after the last keyword, without an act of its own,
    has the index `len(keywords)`: "Zürich unterhält Partnerschaften mit Chongqing, der Kanton
    Solothurn arbeitet mit Gansu zusammen" ends the act at the comma). A
    keyword is in a clause of its own when, between it and the keyword before it, a comma or a
    semicolon, maybe a conjunction and a government's word, opens on one of them, a lower-case
    word (a verb, not the rest of a list) follows that name, and the clause before names a
    place after its own keyword (its partner)."""
    out: dict[int, tuple[int, int]] = {}
    for j in range(1, len(keywords) + 1):
        lo, hi = keywords[j - 1][1], keywords[j][0] if j < len(keywords) else end
        for i, (s, e) in enumerate(subjects):
            if s < lo or e > hi:
                continue
            comma = max(text.rfind(",", lo, s), text.rfind(";", lo, s))
            if comma < 0 or s - comma > _MOST_GAP or not text[s].isupper():
                continue
            if not any(lo <= s0 and e0 <= comma for s0, e0 in subjects) and not _pair_before(
                subjects, keywords[j - 2][1] if j >= 2 else 0, keywords[j - 1][0], text
            ):
                # "Besides its sister cities, Guangzhou maintains ...": no clause before (a
                # pair that signs before its act word is one: "A and B signed X, and ...")
                continue
            if _OPENING.fullmatch(text, comma, s) is None:
                continue
            w = _WORD_AFTER.match(text, e)
            if w is None or (
                w.group(1) in _NOT_VERB and coordinated_subject(text, subjects, i) < 0
            ):
                continue
            out[j] = (comma, i)
            break
    return out


# a complementizer that opens a reported clause ("a expliqué que", "said that", "sagte, dass",
# "zei dat")
# (not the "que" of a comparison or a coordination: "ainsi que Nancy", "de même que", "plus que")
_THAT: Final = re.compile(
    r"(?<![\w'’-])(?<!ainsi\s)(?<!même\s)(?<!tant\s)(?<!plus\s)(?<!moins\s)(?<!aussi\s)"
    r"(?<!autant\s)(?:(?:that|que|dass|daß|dat)(?=[\s'’])|qu['’])",
    re.IGNORECASE,
)
# between the complementizer and the clause's subject: a determiner and a government's word
_THAT_GAP: Final = re.compile(
    r"(?<=['’])|[ \t]+(?:(?:the|de|het|la|le|l['’]|die|der|das)[ \t]*"
    r"(?:(?:city|town|municipality|county|province|commune|ville|gemeente|stad|provincie|"
    r"stadt|gemeinde|kreis|landkreis|provinz)[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+|d['’]|"
    r"van[ \t]+)?)?)?",
    re.IGNORECASE,
)


# a subordinator after a comma that opens a clause of its own subject, where or when an act was
# made ("..., where Zhaoqing University signed", "..., when Ames and Lishui signed", "..., wo
# die Stadt Jena ... unterzeichnete", "..., où la ville de Lyon a signé", "..., toen Leiden ...
# tekende")
SUBORDINATOR: Final = re.compile(
    r",[ \t]*(?:where|when|wo|als|où|lorsque|quand|toen|waar|nachdem|nadat)(?=[ \t])",
    re.IGNORECASE,
)


def reported_subjects(
    text: str, subjects: list[tuple[int, int]], hi: int, opener: re.Pattern[str] = _THAT
) -> int:
    """The index in `subjects` (actors before an act word at `hi`, in order) of the last one
    that opens a clause after `opener` after an earlier one, else -1. With the complementizer
    (the default) a reported clause: "la députée de l'Isère a expliqué que Grenoble avait
    résilié la convention avec Suzhou", "the governor of Ohio said that Columbus had signed
    ...", "erklärte, dass Regensburg 2022 die Vereinbarung ... gekündigt habe"; with
    `SUBORDINATOR` a clause of where or when the act was made: "a delegation of Kitwe City
    Council travelled to Zhaoqing, where Zhaoqing University signed a cooperation agreement
    with the Copperbelt University". The act is the clause's subject's, not the speaker's or
    the main clause's. The actor follows the opener at once (maybe after a determiner and a
    government's word: "que la commune de Chaville"), as the subject of a clause does in all
    four languages."""
    for i in range(len(subjects) - 1, 0, -1):  # the clause nearest the act word
        s = subjects[i][0]
        if not any(
            _THAT_GAP.fullmatch(text, m.end(), s) is not None
            for m in opener.finditer(text, subjects[i - 1][1], s)
        ):
            continue
        if subjects[i][1] <= hi and not text.startswith(("'s", "’s"), subjects[i][1]):
            return i
    return -1


# between a colon and the subject of the clause it opens: a determiner and a government's word
# ("...: der Kanton Zürich unterhält", "...: the City of Leeds signed", "...: la ville de Lyon")
_COLON_GAP: Final = re.compile(
    r"[ \t]+(?:(?:the|de|het|la|le|l['’]|die|der|das)[ \t]*"
    r"(?:(?:city|town|municipality|county|province|canton|state|region|commune|ville|"
    r"région|département|gemeente|stad|provincie|kanton|regio|stadt|gemeinde|kreis|landkreis|"
    r"provinz|land)[ \t]+(?:of[ \t]+|de[ \t]+|du[ \t]+|d['’]|van[ \t]+)?)?)?",
    re.IGNORECASE,
)


def colon_subjects(text: str, subjects: list[tuple[int, int]], hi: int) -> int:
    """The index in `subjects` (places before an act word at `hi`, in order) of the last one
    that opens, after a colon, a clause of its own after an earlier one, else -1: "A is not
    alone in this: the Canton of B has partnerships with C", "A steht damit nicht allein: Der
    Kanton B pflegt Partnerschaften mit ...", "A n'est pas seule : le canton de B entretient
    ...": the act is the clause's subject's, not the place named before the colon.
    The place follows the colon at once (maybe after a determiner and a government's word)
    and a lower-case word that is no list word (a verb) follows it, as in `own_subject_clauses`
    (not "Partner towns: Dole, Lahr and ...", a list)."""
    for i in range(len(subjects) - 1, 0, -1):
        s, e = subjects[i]
        if e > hi:
            continue
        colon = text.rfind(":", subjects[i - 1][1], s)
        if colon < 0 or _COLON_GAP.fullmatch(text, colon + 1, s) is None:
            continue
        if not any(c.isupper() for c in text[s:e]):  # ("canton de Zurich": a name)
            continue
        w = _WORD_AFTER.match(text, e)
        if w is None or w.group(1) in _NOT_VERB:
            continue
        return i
    return -1


# between two items of an enumeration of names: maybe a bracket or ", <country>" after the
# first, then a comma or semicolon, maybe a conjunction and a determiner ("Haikou, China;
# Ningbo, China; ...", "Stavanger, Regensburg and Houston", "Gifu (Japon), Nancy et Munich")
_ITEM_GAP: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?"
    r"(?:,[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}[ \t]*)?"
    r"(?:(?P<sep>[,;])[ \t]*)?(?P<conj>(?:and|et|en|und|sowie|y|&)[ \t]+)?"
    r"(?:(?:the|le|la|les|l['’]|de|het|die|der|den)[ \t]+|l['’])?\Z",
    re.IGNORECASE,
)


# between the two names of a pair ("Bristol vs. Guangzhou", "Derby and Changsha", "Kiel -
# Qingdao"): the name after it opens no enumeration
_PAIR_GAP: Final = re.compile(
    r"[ \t]*(?:vs\.?|versus|[–—/&-]|and|und|et|en)[ \t]*\Z", re.IGNORECASE
)


def list_mates(text: str, spans: list[tuple[int, int, str]]) -> dict[str, int]:
    """The enumerations of at least three names that follow one another in `spans` (start,
    end, key; in text order, one sentence): each key of such a list mapped to the list's
    number. Items of one list are the partners of one owner, never each other's ("the port
    is tied by sister-port pacts to five ports: Qinzhou, China; Mombasa, Kenya; Tema, Ghana",
    "jumelée avec Gifu, Nancy et Munich"). A list needs a comma or semicolon between
    two of its items and ends at its conjunction: "Hobart and Lanzhou" is a pair, "After
    Kiel and Dresden, Coventry twinned ..." a pair and a subject, "Bristol vs. Guangzhou,
    Derby and Changsha" pairs."""
    out: dict[str, int] = {}
    run: list[str] = []
    commas = False
    paired = False  # the run's first name is the second of a pair
    number = 0

    def close() -> None:
        nonlocal number
        if len(set(run)) >= 3 and commas and not paired:
            number += 1
            for key in run:
                out.setdefault(key, number)

    for i, (start, _end, key) in enumerate(spans):
        gap = text[spans[i - 1][1] : start] if i else ""
        m = _ITEM_GAP.match(gap) if i and len(gap) <= 64 else None
        if run and m is not None and (m.group("sep") or m.group("conj")):
            run.append(key)
            commas = commas or m.group("sep") is not None
            if m.group("conj"):
                close()  # the conjunction brings the last item
                run, commas = [], False
            continue
        close()
        paired = bool(i) and len(gap) <= 12 and _PAIR_GAP.match(gap) is not None
        run, commas = [key], False
    close()
    return out
