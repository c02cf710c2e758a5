"""A tour whose hosts are named one by one, each with its day (cityties.visits).

University, port and chamber news tell an institution's trip abroad in one sentence with its
range of days and then one sentence per host, dated by its day:

    "Du 21 au 27 octobre 2019, une délégation de l'Université X s'est rendue en Chine. ...
     Le 24 octobre, à Shanghai, un accord-cadre a été signé avec l'Université Tongji."
    "Vom 19. bis 26. März reiste Präsident ... nach Peking, Shanghai und Wuhan. Am 19. März
     führte die Delegation an der Renmin University in Peking Gespräche."
    "Van dinsdag 4 tot en met maandag 10 november bracht een delegatie van Hogeschool X een
     bezoek aan universiteiten in ... Op dinsdag 4 november was het gezelschap te gast bij de
     Y University."

Such a trip is one visit per host, the institution that received or signed with the
travellers, dated by its day; the trip to the country or its cities is told by those visits
(corpus20 f02, corpus30 d03, corpus31 n01 and f02, corpus19 n02). A sentence after the trip's
sentence that carries a day inside the trip's range (or "the next day" after a host's day)
and names an organisation other than the traveller (a university, a port, a chamber: the
kinds that sign with a travelling institution) is such a host. The traveller is an
organisation (the trip's visitor the rules found, or the document's own institution): a
city's delegation touring companies reports a programme, not visits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors._parties import Actor
from cityties.text import PartialDate

if TYPE_CHECKING:
    from cityties.extraction.extractors._clauses import Unit
    from cityties.extraction.extractors.visits import _Reader

__all__ = ["HOST_KINDS", "Stop", "hosts_by_day"]

# the institutions a travelling institution is received by or signs with
HOST_KINDS: Final = frozenset({"university", "port", "chamber_of_commerce"})
# "the next day", "einen Tag später", "le lendemain": the day after the host told before
_NEXT_DAY: Final = re.compile(
    r"(?<![\w-])(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after|"
    r"de\s+volgende\s+dag|(?:een\s+)?dag\s+later|daags\s+(?:daarna|erna)|"
    r"le\s+lendemain|le\s+jour\s+suivant|un\s+jour\s+plus\s+tard|"
    r"am\s+(?:nächsten|folgenden)\s+Tag|(?:einen\s+)?Tag\s+später|am\s+Tag\s+darauf|"
    r"tags\s+darauf|am\s+Folgetag)(?![\w-])",
    re.IGNORECASE,
)
# between the two days of a range the date reader read as two dates
_RANGE_GAP: Final = re.compile(
    r"\s*(?:-|–|to|until|till|tot(?:\s+en\s+met)?|t/m|bis(?:\s+zum)?|au|jusqu['’]au)\s*",
    re.IGNORECASE,
)
_DAY_THEN_GAP: Final = re.compile(r"\s+(\d{1,2})\.?" + _RANGE_GAP.pattern, re.IGNORECASE)


def _ordinal(p: PartialDate) -> tuple[int, int, int]:
    return (p.year, p.month or 0, p.day or 0)


def _next_day(p: PartialDate) -> PartialDate | None:
    from datetime import date, timedelta

    if p.month is None or p.day is None:
        return None
    try:
        d = date(p.year, p.month, p.day) + timedelta(days=1)
    except ValueError:
        return None
    return PartialDate(d.year, d.month, d.day)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and span[1] > s for s, e in spans)


def _same_body(a: Actor, b: Actor) -> bool:
    """The traveller named again ("Universität Passau", "der Universität Passau")."""
    if a.key == b.key:
        return True
    x, y = a.name.lower(), b.name.lower()
    return x in y or y in x


def _traveller(reader: _Reader, u: Unit) -> Actor | None:
    """The organisation that travels: the visitor of a visit the rules read in the trip's
    sentence, else the document's own institution."""
    for v in reader.found:
        if v.span[0] < u.end and v.span[1] > u.start and v.visitor.kind == "organisation":
            return v.visitor
    home = reader.cast.home_org
    if home is not None and home.kind == "organisation":
        return home
    return None


Stop = tuple[Actor, Actor, PartialDate, tuple[int, int]]  # visitor, host, day, sentence


def hosts_by_day(reader: _Reader, us: list[Unit]) -> list[Stop]:
    """The visits, one per host, of the tours told day by day (the caller adds them); the
    visits the tours' other readings gave (the trip to the country, a host's sentence read
    with other ends) are left out of `reader.found`."""
    out: list[Stop] = []
    if not reader.trigger_units:
        return out  # gated by the sentences with a visit word the rules saw

    trips: list[tuple[Unit, PartialDate, PartialDate]] = []
    for u in reader.trigger_units:
        ds = reader.dates.within(u.start, u.end)
        for i, d in enumerate(ds):
            a, b = d.value, d.end_value
            if (
                b is None
                and i + 1 < len(ds)
                and _RANGE_GAP.fullmatch(reader.text, d.end, ds[i + 1].start)
            ):
                # "van dinsdag 4 tot en met maandag 10 november": two dates of the reader
                b = ds[i + 1].value
            elif b is None and i + 1 < len(ds):
                # "van dinsdag 4 tot en met maandag 10 november": the weekday read alone,
                # its day of the month and the range's month after it
                m = _DAY_THEN_GAP.fullmatch(reader.text, d.end, ds[i + 1].start)
                nxt = ds[i + 1].value
                if m is not None and nxt is not None and nxt.month is not None:
                    b = nxt
                    try:
                        a = PartialDate(nxt.year, nxt.month, int(m.group(1)))
                    except ValueError:
                        a = None
            if a is None or b is None or a.day is None or b.day is None:
                continue
            if _ordinal(a) < _ordinal(b) and _ordinal(b) <= (a.year, (a.month or 0) + 1, 31):
                trips.append((u, a, b))
                break
    if not trips:
        return out
    for n, (u, first, last) in enumerate(trips):
        who = _traveller(reader, u)
        if who is None:
            continue
        stop_at = trips[n + 1][0].start if n + 1 < len(trips) else len(reader.text)
        stops: list[tuple[Unit, Actor, PartialDate]] = []
        prev: PartialDate | None = None
        for w in us:
            if w.start < u.end or w.start >= stop_at:
                continue
            day: PartialDate | None = None
            for d in reader.dates.within(w.start, w.end):
                v = d.value
                if v is None or v.day is None or d.end_value is not None:
                    continue
                if _ordinal(first) <= _ordinal(v) <= _ordinal(last):
                    day = v
                    break
            if day is None and prev is not None and _NEXT_DAY.search(reader.text, w.start, w.end):
                day = _next_day(prev)
            if day is None:
                continue
            hosts = [
                a
                for a in reader.cast.within(w.start, w.end)
                if a.kind == "organisation"
                and a.org_kind in HOST_KINDS
                and not _same_body(a, who)
                and (a.country is None or who.country is None or a.country != who.country)
            ]
            if not hosts:
                continue
            stops.append((w, hosts[0], day))
            prev = day
        if not stops:
            continue
        trip = [(u.start, u.end)]
        spans = [(w.start, w.end) for w, _, _ in stops]
        # the trip's own sentence (to the country, the cities: an institution received at
        # home stays) and the hosts' sentences read with other ends are told by the stops
        reader.found[:] = [
            v
            for v in reader.found
            if not (_overlaps(v.span, trip) and v.host.kind == "place")
            and not _overlaps(v.span, spans)
        ]
        out.extend((who, host, day, (w.start, w.end)) for w, host, day in stops)
    return out
