"""Clauses of one sentence that each report an act of their own subject.

"Weert zegde in 2023 de zusterrelatie met Yuhang op, en Eindhoven verbrak in 2022 de
vriendschapsrelatie met Nanjing", "Wakefield ended its twinning with Belgorod, and Doncaster
cut its ties with Ozyorsk", "der Kanton Zürich unterhält Partnerschaften mit Chongqing, der
Kanton Solothurn arbeitet mit Gansu zusammen": a comma (or a semicolon), maybe a conjunction,
then a place as the subject of a verb opens a clause whose act is that place's, and the act of
the clause before ends at the comma (its partners, its dates and its status stop there).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["own_subject_clauses"]

# what stands between the comma and the subject: a conjunction, then maybe a determiner and a
# government's word ("die Stadt", "la ville de", "de gemeente", "the City of")
_OPENING: Final = re.compile(
    r"[,;][ \t]+(?:(?:and|et|en|und|while|whilst|whereas|but|mais|maar|aber|terwijl|"
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
_WORD_AFTER: Final = re.compile(r"[ \t]+([a-zà-ÿß]+)\b")
# the longest gap between the comma and the subject's name
_MOST_GAP: Final = 48


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
            if not any(lo <= s0 and e0 <= comma for s0, e0 in subjects):
                continue  # "Besides its sister cities, Guangzhou maintains ...": no clause before
            if _OPENING.fullmatch(text, comma, s) is None:
                continue
            w = _WORD_AFTER.match(text, e)
            if w is None or w.group(1) in _NOT_VERB:
                continue
            out[j] = (comma, i)
            break
    return out
