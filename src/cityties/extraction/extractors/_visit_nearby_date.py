"""A date for a visit that every reading left undated, from a nearby sentence about it.

A report rarely dates a visit in the sentence that tells it: the delegation "is currently the
guest of" the district and the next paragraph says the district chief "welcomed the
delegation on Monday"; the deputy mayor signed "at the end of the contingent's visit ... that
month" after a sentence dating the memorandum "in May"; a heading "Besuch aus Jing'an" is
dated by the sentence under it; "De handelsmissie begon afgelopen maandag" closes the item.

A visit left undated after every other rule (a group of readings of one visit, none dated)
takes the date of the nearest sentence, a few sentences before or after it, that speaks of it:
a sentence naming the visitor or the host, or a visit word ("the delegation", "die Gäste",
"la mission", "het bezoek"), and that gives a date which the page's own date resolves
(a weekday, a month without its year) and which does not lie after the page's date (a visit
to come is no visit). A sentence that tells another visit, between other ends, is no
candidate: its date is that visit's. The visit's own sentence must hold no date mention of
its own ("le 9 février dernier" on an undated page stays unresolved: no date rather than a
guessed one).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import opened
from cityties.text import PartialDate

if TYPE_CHECKING:
    from cityties.extraction.extractors._clauses import Unit
    from cityties.extraction.extractors._parties import Actor
    from cityties.extraction.extractors.visits import _Reader
    from cityties.extraction.types import DateMention

__all__ = ["nearby_date"]

# How far before and after the visit's own sentences the sentences about it are read (in
# characters: a paragraph before, two after).
_BEFORE: Final = 600
_AFTER: Final = 1000
# The rank of the visit's own "now" ("derzeit", "currently"): after any sentence nearby.
_LAST_RESORT: Final = 1000
# The page's head and the longest line of its header.
_HEAD: Final = 400
_HEADER_LINE: Final = 90
# A visit told as coming after what the text dated ("Later bracht een delegatie ...", "Danach
# reiste", "par la suite", "afterwards"): the date before is not its own.
_AFTERWARDS: Final = re.compile(
    r"(?<![\w-])(?:later|afterwards|subsequently|since\s+then|daarna|nadien|später|"
    r"danach|anschließend|ensuite|plus\s+tard|par\s+la\s+suite)(?![\w-])"
)
# The visitors named by their role in the visit ("the guests", "die Gäste", "les hôtes", "de
# gasten") besides the visit nouns of the readers.
_GUESTS: Final = opened(
    re.compile(
        r"(?<![\w-])(?:guests|visitors|gasten|bezoekers|gäste|gästen|besucher|hôtes|invités|"
        r"visiteurs)(?![\w-])",
        re.IGNORECASE,
    )
)


def nearby_date(
    reader: _Reader, spans: list[tuple[int, int]], visitor: Actor, host: Actor
) -> PartialDate | None:
    """The date of the nearest sentence about the undated visit read in the sentences
    `spans` (module docstring); None when there is none."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    page = reader._page()
    us = reader.units
    if not us:
        return None
    starts = [u.start for u in us]
    own: set[int] = set()
    for s, _ in spans:
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or us[i].start != s:
            return None
        u = us[i]
        if _v._PLANNED.search(reader.low, u.start, u.end) or _AFTERWARDS.search(
            reader.low, u.start, u.end
        ):
            return None  # a plan, or a visit told as later than what the text dated
        if any(_resolved(reader, d, u) is None for d in reader._dates(u.start, u.end)):
            return None  # dated, but the date cannot be known
        own.add(i)
    first, last = min(own), max(own)
    other_visits = {
        f.span[0]
        for f in reader.found
        if not (_v._related(f.visitor, visitor) and _v._related(f.host, host))
    }
    candidates: list[tuple[int, int, PartialDate]] = []
    j = first
    while j > 0 and us[j - 1].end >= us[first].start - _BEFORE:
        j -= 1
    while j < len(us) and us[j].start <= us[last].end + _AFTER:
        w = us[j]
        j += 1
        if w.start in other_visits or _v._PLANNED.search(reader.low, w.start, w.end):
            continue
        i = j - 1
        if i not in own and not _about(reader, w, visitor, host):
            continue
        found = _date_of(reader, w, page, visitor, host)
        if found is None:
            continue
        value, specific = found
        distance = 0 if i in own else first - i if i < first else i - last
        if i in own and not specific:
            # "ist derzeit zu Gast": the page's day, when no sentence tells the first day
            distance = _LAST_RESORT
        # nearest first; at one distance, the sentence after (it tells what the visit did)
        candidates.append((distance, 0 if i >= last else 1, value))
    if not candidates:
        return None
    return min(candidates, key=lambda t: (t[0], t[1]))[2]


def _about(reader: _Reader, w: Unit, visitor: Actor, host: Actor) -> bool:
    """True when sentence `w` names one end of the visit or speaks of a visit or guests."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    for a in reader.cast.within(w.start, w.end):
        if _v._related(a, visitor) or _v._related(a, host):
            return True
    return bool(
        lex.VISIT_NOUN.search(reader.text, w.start, w.end)
        or _GUESTS.search(reader.text, w.start, w.end)
    )


def _date_of(
    reader: _Reader, w: Unit, page: PartialDate | None, visitor: Actor, host: Actor
) -> tuple[PartialDate, bool] | None:
    """The date of sentence `w` nearest to its mention of the visit (an end or a visit word)
    that resolves and does not lie after the page's date, and whether it names a day or a
    month ("in May", "am Montag") rather than a time ("currently", "derzeit")."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    anchors = [
        a.start
        for a in reader.cast.within(w.start, w.end)
        if _v._related(a, visitor) or _v._related(a, host)
    ]
    for rx in (lex.VISIT_NOUN, _GUESTS):
        anchors.extend(m.start() for m in rx.finditer(reader.text, w.start, w.end))
    best: tuple[int, PartialDate, bool] | None = None
    for d in reader._dates(w.start, w.end):
        if _v._year_span(d):
            continue
        value = _resolved(reader, d, w)
        if value is None or (page is not None and _later(value, page)):
            continue
        if value == page and _header(reader.text, d.start):
            continue  # the page's own date line ("Kendal Gazette | 11 March 2025")
        gap = min((abs(d.start - a) for a in anchors), default=0)
        if best is None or gap < best[0]:
            best = (gap, value, bool(_v._SPECIFIC.search(d.text)) or d.text[:1].isdigit())
    return None if best is None else (best[1], best[2])


def _header(text: str, pos: int) -> bool:
    """True for a date on a short line at the head of the page that is no sentence (its
    header or date line)."""
    if pos >= _HEAD:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return len(line) <= _HEADER_LINE and not line.endswith((".", "!", "?"))


def _resolved(reader: _Reader, d: DateMention, w: Unit) -> PartialDate | None:
    """The date mention `d` of sentence `w`, resolved by the other dates of the sentence or
    the page's own date when it does not name its year."""
    if d.value is not None:
        return d.value
    return reader._with_year(d, reader._dates(w.start, w.end), w) or reader._in_page_year(d, w)


def _later(a: PartialDate, page: PartialDate) -> bool:
    """True when `a` lies after the page's date at the precision both give."""
    ka = (a.year, a.month or 0, a.day or 0)
    kp = (page.year, page.month or 0, page.day or 0)
    n = (
        1
        if a.month is None or page.month is None
        else 2
        if a.day is None or page.day is None
        else 3
    )
    return ka[:n] > kp[:n]
