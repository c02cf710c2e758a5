"""A date for a visit its own sentence leaves undated, from the sentence before it.

A visit told without any date of its own ("Anlass war der Besuch einer Delegation aus
Lianyungang", "unterzeichnet wurde sie, als ... in Weifang zu Gast war", "The signing
took place during a visit of the Jiaxing delegation") belongs to the time the text has just
told: the last date of the sentence before, in the same paragraph, when that sentence is the
same sentence's first clause (cut at a semicolon), or when the visit is told as the occasion
or the frame of what that sentence reported ("Anlass war", "The occasion was", "lors de",
"tijdens") and that sentence names one end of the visit. A visit merely told after a dated
sentence keeps no date ("Eine Delegation aus Qingdao besuchte Kiel" after a signing). A sentence
with a time of its own that gives no date ("Vorig jaar", "last spring") and a visit to come
are left undated: no date rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from cityties.extraction.extractors._clauses import Unit
    from cityties.extraction.extractors.visits import _Reader, _Visit
    from cityties.text import PartialDate

__all__ = ["date_from_context"]

# The visit told as the occasion or the frame of the event before: "Anlass war der Besuch",
# "The occasion was the visit", "à l'occasion de la visite", "Aanleiding was het bezoek", "took
# place during the visit", "lors de la venue", "tijdens het bezoek", "im Rahmen des Besuchs".
_OCCASION: Final = re.compile(
    r"(?<![\w-])(?:anlass|anlässlich|occasion|aanleiding|gelegenheid|during|lors\s+d|"
    r"au\s+cours\s+d|tijdens|während|im\s+rahmen)",
    re.IGNORECASE,
)


def _context_date(reader: _Reader, u: Unit, v: _Visit) -> PartialDate | None:
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    if u.index == 0 or reader._dates(u.start, u.end):
        return None  # the first sentence, or one with a time of its own
    if _v._PLANNED.search(reader.low, u.start, u.end):
        return None
    prev = reader.units[u.index - 1]
    gap = reader.text[prev.end : u.start]
    if "\n" in gap:
        return None  # another paragraph, a heading or a list line
    dates = [d for d in reader._dates(prev.start, prev.end) if d.value is not None]
    if not dates:
        return None
    if ";" not in reader.text[prev.end - 1 : u.start + 1]:
        # another sentence: the visit must be told as the occasion of what it reported, and
        # that sentence must name the visitor or the host
        if _OCCASION.search(reader.text, u.start, u.end) is None:
            return None
        keys = {v.visitor.key, v.host.key}
        if not any(a.key in keys for a in reader.cast.within(prev.start, prev.end)):
            return None
    return dates[-1].value


def date_from_context(reader: _Reader) -> None:
    """Undated visits take the date of the sentence before (see the module docstring)."""
    if all(v.date is not None for v in reader.found):
        return
    by_start = {u.start: u for u in reader.units}
    out = []
    for v in reader.found:
        u = by_start.get(v.span[0])
        if v.date is None and u is not None:
            d = _context_date(reader, u, v)
            if d is not None:
                v = replace(v, date=d)
        out.append(v)
    reader.found = out
