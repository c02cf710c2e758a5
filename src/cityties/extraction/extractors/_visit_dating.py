"""A date for a visit its own sentence leaves undated, from the sentence before it.

A visit told without any date of its own ("Anlass war der Besuch einer Delegation aus
Lianyungang", "unterzeichnet wurde sie, als ... in Weifang zu Gast war", "The signing
took place during a visit of the Jiaxing delegation") belongs to the time the text has just
told: the last date of the sentence before, in the same paragraph, when that sentence is the
same sentence's first clause (cut at a semicolon), or when the visit is told as the occasion
or the frame of what that sentence reported ("Anlass war", "The occasion was", "lors de",
"tijdens") and that sentence names one end of the visit. A visit merely told after a dated
sentence is left to the last fallback (`_visit_nearby_date`, run on the visits every reading
left undated). A sentence with a time of its own that gives no date ("Vorig jaar", "last
spring") and a visit to come are left undated: no date rather than a wrong one.

A visit dated by "this week" ("a delegation from Wuxi arrives this week", "spent three
days this week") is dated to the page's week's month only; when one of the next two sentences
tells its arrival on a weekday alone ("The Wuxi delegation, arriving on Wednesday, ...", "De
gasten komen woensdag aan", "arrivée mercredi"), it is dated by that day of the page's week.

An undated stay of the two parties of an act told just before (a paragraph or two), whose
sentence names an official of the visitor among the signers ("Bürgermeister Wu Jian aus
Haimen"), is the stay of that signing: dated by the act's month (its first day is not told).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import opened
from cityties.extraction.extractors._visit_delegations import date_undated
from cityties.text import PartialDate

if TYPE_CHECKING:
    from cityties.extraction.extractors._clauses import Unit
    from cityties.extraction.extractors._parties import Actor
    from cityties.extraction.extractors.visits import _Reader, _Visit

__all__ = ["date_from_context", "day_in_week", "stay_of_signing"]

# How far before a visit the act of its signing may be told (a paragraph or two).
_REACH: Final = 700
# After an official's title: a name perhaps, then "of"/"from" before the visitor's name.
_NAME_OF: Final = re.compile(
    r"[ \t]+(?:[A-ZÀ-Þ][\w.'’-]*[ \t]+){0,3}(?:of|from|aus|von|de|du|d['’]|uit|van)[ \t]*"
    r"(?:(?:the|der|de\s+la|de)[ \t]+)?"
)
# A time of the visit's own sentence that the date mentions do not hold ("for a week", "drie
# jaar", "le week-end"): the sentence is not undated, only unresolved. ("yesterday", "today",
# "recently", "Dit weekend" are date mentions of cityties.dates, which `_undated_past` reads.)
_OWN_TIME: Final = opened(
    re.compile(
        r"(?<![\w-])(?:week(?:end)?|weekends?|semaine|woche|wochenende|week-end|jaar|year|année|l['’]an|"
        r"jahr(?:es)?|maand|month|mois|monat)(?![\w-])",
        re.IGNORECASE,
    )
)

# The visit told as the occasion or the frame of the event before: "Anlass war der Besuch",
# "The occasion was the visit", "à l'occasion de la visite", "Aanleiding was het bezoek", "took
# place during the visit", "lors de la venue", "tijdens het bezoek", "im Rahmen des Besuchs".
_OCCASION: Final = re.compile(
    r"(?<![\w-])(?:anlass|anlässlich|occasion|aanleiding|gelegenheid|during|lors\s+d|"
    r"au\s+cours\s+d|tijdens|während|im\s+rahmen)",
    re.IGNORECASE,
)


def _undated_past(reader: _Reader, u: Unit) -> bool:
    """True for a sentence without any time of its own that tells no plan."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    return not (
        reader._dates(u.start, u.end)
        or _OWN_TIME.search(reader.text, u.start, u.end)
        or _v._PLANNED.search(reader.low, u.start, u.end)
    )


def _context_date(reader: _Reader, u: Unit, v: _Visit) -> PartialDate | None:
    """The last date of the sentence before, for a visit of an undated sentence told in that
    sentence's second clause or as the occasion of what it reported (module docstring)."""
    if u.index == 0 or not _undated_past(reader, u):
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


def _signatory_date(reader: _Reader, u: Unit, v: _Visit) -> PartialDate | None:
    """The month of the act of the visit's two ends told just before it (within a paragraph
    or two), when that act's sentence names an official of the visitor among its signers
    ("unterzeichneten ... und Bürgermeister Ling Yun aus Hefei die Urkunde", "signed by
    the Mayor of X and Vice-Mayor Wang of Y"): the visitor's delegation was there for the
    signing, whose day lies somewhere in the stay."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    if not _undated_past(reader, u):
        return None
    best: tuple[int, PartialDate | None, Unit] | None = None
    starts = [w.start for w in reader.units]
    for a in reader.doc.agreements:
        if a.status not in ("signed", "renewed") or len(a.parties) != 2:
            continue
        ends = [reader._party_actor(p) for p in a.parties]
        if any(e is None for e in ends):
            continue
        pair = [e for e in ends if e is not None]
        if not (
            (_v._related(pair[0], v.visitor) and _v._related(pair[1], v.host))
            or (_v._related(pair[1], v.visitor) and _v._related(pair[0], v.host))
        ):
            continue
        for ev in a.evidence:
            if not u.start - _REACH <= ev.start < u.start:
                continue
            w = reader.units[max(0, bisect.bisect_right(starts, ev.start) - 1)]
            if (best is None or ev.start > best[0]) and _signatory_of(reader, w, v.visitor):
                best = (ev.start, a.signed, w)
    if best is None:
        return None
    _, signed, w = best
    if signed is None:
        # the act left undated: the one date of its sentence ("Im Oktober", in the page's year)
        dates = reader._dates(w.start, w.end)
        if len(dates) == 1:
            signed = dates[0].value or reader._in_page_year(dates[0], w)
    if signed is None or signed.month is None:
        return None
    return PartialDate(signed.year, signed.month)


def _signatory_of(reader: _Reader, w: Unit, visitor: Actor) -> bool:
    """True when sentence `w` names an official of `visitor` ("Bürgermeister Wu Jian aus
    Haimen", "the Vice-Mayor of Hefei", "le maire de Nancy", "burgemeester X van Gent")."""
    text = reader.text
    for a in reader.cast.within(w.start, w.end):
        if a.key != visitor.key:
            continue
        titles = list(lex.OFFICIAL.finditer(text, max(w.start, a.start - 60), a.start))
        if titles and _NAME_OF.fullmatch(text, titles[-1].end(), a.start):
            return True
    return False


def _date_of_context(reader: _Reader, u: Unit, v: _Visit) -> PartialDate | None:
    return _context_date(reader, u, v) or _signatory_date(reader, u, v)


def date_from_context(reader: _Reader) -> None:
    """Undated visits take the date of the sentence before (see the module docstring)."""
    date_undated(reader, _date_of_context)


# An arrival, in the four languages: "arriving", "arrived", "arrive", "aankomen", "komt ... aan",
# "arrivée", "arrive", "trifft ... ein", "Ankunft".
_ARRIVAL: Final = re.compile(
    r"(?<![\w-])(?:arriv(?:e|es|ed|ing|al|ée?s?|ent|era|eront)|aankom\w*|aangekomen|"
    r"(?:komt|komen|kwam|kwamen)\s+(?:[\w-]+\s+){0,4}?aan|ankunft|ankommen|angekommen|"
    r"eintreffen|eingetroffen|trifft|treffen)(?![\w-])",
    re.IGNORECASE,
)


def day_in_week(reader: _Reader) -> None:
    """Visits dated by "this week" take the weekday of their arrival that one of the next two
    sentences tells, in the page's week (module docstring)."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    if not reader._week_words or not reader.found:
        return
    page = reader._page()
    if page is None or page.day is None or page.month is None:
        return
    monday = page.to_date() - timedelta(days=page.to_date().weekday())
    by_start = {u.start: u for u in reader.units}
    out = []
    for v in reader.found:
        u = by_start.get(v.span[0])
        d = v.date
        if (
            u is not None
            and d is not None
            and d.day is None
            and _v._THIS_WEEK.search(reader.low, u.start, u.end) is not None
        ):
            day = _arrival_day(reader, u, monday)
            if day is not None and (day.year, day.month) == (d.year, d.month):
                v = replace(v, date=PartialDate(day.year, day.month, day.day), end=None)
        out.append(v)
    reader.found = out


def _arrival_day(reader: _Reader, u: Unit, monday: date) -> date | None:
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    for w in reader.units[u.index : u.index + 3]:
        m = _ARRIVAL.search(reader.text, w.start, w.end)
        if m is None:
            continue
        for d in reader._dates(w.start, w.end):
            text = d.text.strip()
            if not _v._WEEKDAY_ALONE.fullmatch(text) or abs(d.start - m.start()) > 40:
                continue
            wd = _v._weekday_of(text)
            if wd is not None:
                return monday + timedelta(days=wd)
    return None


# How far around a signing's sentence the stay it was signed in may be dated (a paragraph).
_STAY_REACH: Final = 600


def _key(p: PartialDate) -> tuple[int, int, int]:
    return (p.year, p.month or 0, p.day or 0)


def stay_of_signing(reader: _Reader) -> None:
    """A visit read from a signing day is dated by the first day of the stay the text gives
    around it, when the signing day falls inside that stay ("la charte signée le 20
    septembre ... lors de la visite ... du 18 au 21 septembre"; "From January 9 to 11, the
    party toured ..." beside "On 11th Jan afternoon ... signed"): docs/facts-format.md,
    "Visits", a signing dates a visit only where the text gives no arrival. Of two such
    stays, none is taken."""
    for i, v in enumerate(reader.found):
        d = v.date
        if not v.signing or d is None or d.day is None:
            continue
        starts = {
            x.value
            for x in reader.dates.within(max(0, v.span[0] - _STAY_REACH), v.span[1] + _STAY_REACH)
            if x.value is not None
            and x.end_value is not None
            and x.value.day is not None
            and x.end_value.day is not None
            and _key(x.value) < _key(d) <= _key(x.end_value)
        }
        if len(starts) == 1:
            reader.found[i] = replace(v, date=starts.pop())
