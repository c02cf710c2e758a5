"""A person read as a visiting organisation (issue 2).

The organisation reader sometimes takes a person for a body: a name after a personal title
("M. LIU Jianhua, Vice-Président de ...", "wethouder Haven Marco Smit": the alderman for the
port), or a title written after a body's short name ("CSU Provost Linda Marsh"). Such a
"visitor" is one member of a delegation, never the body that travelled; the visit is told
again by the delegation itself, or is no visit of a body at all. Seen in corpus32 and
corpus38 (three documents, English, French and Dutch).
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._parties import Actor

# A personal title or an office held by one person, right before the name (four languages).
_TITLE_BEFORE: Final = re.compile(
    r"(?:(?<![\w.])(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Prof|Hr|Fr|Dhr|Mw)\.?"
    r"|(?<![\w-])(?:[Mm]onsieur|[Mm]adame|[Hh]err|[Ff]rau|de heer|mevrouw"
    r"|(?:vice[\s-]?|loco[\s-]?)?(?:[Ww]ethouder|[Bb]urgemeester|[Gg]edeputeerde|[Ss]chepen"
    r"|[Mm]ayor|[Mm]aire|[Bb]ürgermeister(?:in)?|[Oo]berbürgermeister(?:in)?"
    r"|[Mm]inister|[Mm]inistre|[Gg]overnor|[Gg]ouverneur)))\s+$"
)

# A body's short name followed by one person's office ("CSU Provost", "UCL Rector").
_TITLE_AFTER: Final = re.compile(
    r"\s(?:Provost|Rector|Rektor(?:in)?|Recteur|Chancellor|Vice-Chancellor|President"
    r"|Président(?:e)?|Präsident(?:in)?|Voorzitter|Dean|Doyen|Dekan(?:in)?)$"
)


def is_person(text: str, visitor: Actor) -> bool:
    """True when an organisation visitor is a person: a personal title or one person's office
    right before its name ("M. LIU Jianhua", "wethouder Haven Marco Smit"), or one person's
    office closing its name ("CSU Provost")."""
    if visitor.kind != "organisation":
        return False
    if _TITLE_AFTER.search(visitor.name):
        return True
    before = text[max(0, visitor.start - 30) : visitor.start]
    return _TITLE_BEFORE.search(before) is not None
