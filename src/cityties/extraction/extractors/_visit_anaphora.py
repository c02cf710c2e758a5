"""Visits told back to another visit of the same document (cityties.visits, fourth round).

Real writers tell a delegation's trip over several sentences and name its ends once:
- the delegation goes on ("Am Donnerstag reist die Delegation weiter nach Duisburg", "De
  volgende dag reisde de delegatie door naar Rotterdam", "Le lendemain, les membres de la
  délégation se sont rendus à Strasbourg", "The delegation then travelled on to Linz"): the
  visitor is the one of the visit told last before;
- a reception names one end only ("Burgemeester X ontving dinsdag op het stadhuis een
  delegatie uit Yangzhou" under the heading "Delegatie uit Yangzhou op bezoek in Breda", "la
  Ville de Colmar a reçu la visite d'une délégation chinoise"): the other end is that of the
  document's one other visit with the same end;
- guests named by their country ("empfing ... eine Delegation aus China. Vertreter der Stadt
  Qingdao besuchten Regensburg") are the place of that country that visits the same host, and
  a trip to a country whose cities the text names as stops is told by those stops;
- an official named once in full and later by surname only ("Weber had visited Jinan in 2019",
  "brengt Depla een tegenbezoek aan Yangzhou") travels for the place he or she received a
  delegation in or led a delegation from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import lower_pattern, opened
from cityties.extraction.extractors._clauses_scan import WordScan
from cityties.extraction.extractors._parties import Actor
from cityties.text import PartialDate

if TYPE_CHECKING:
    from cityties.extraction.extractors._clauses import Unit
    from cityties.extraction.extractors.visits import _Reader, _Visit

__all__ = [
    "country_doubles",
    "itinerary_traveller",
    "one_sided_receptions",
    "onward",
    "run",
    "started_trips",
    "stops_after",
    "surname_visits",
    "trip_origin",
]


_I = re.IGNORECASE

# The delegation named back: "the delegation", "die Gäste", "de delegatie", "les membres de
# la délégation", "elle" (French, before "se rend").
_GROUP_BACK: Final = opened(
    re.compile(
        r"(?<![\w-])(?:(?:the|this|die|diese|de|deze|het|dit|la|cette|les|le)\s+"
        r"(?:(?:[\w-]+\s+){0,2}?(?:members?|leden|membres|Mitglieder)\s+(?:of|van|de|der)\s+"
        r"(?:the|de|het|la|der)\s+)?"
        r"(?:[\w-]+\s+)?(?:delegation|delegates|guests|visitors|group|party|visiting\s+officials|"
        r"Delegation|Delegierten|Gäste|Besucher|Gruppe|Abordnung|Besuchergruppe|"
        r"delegatie|gasten|bezoekers|gezelschap|groep|afvaardiging|"
        r"délégation|délégués|invités|visiteurs|groupe|team|mission|Team|Reisegruppe|missie|ploeg|"
        r"équipe)"
        r"|elle|elles|ils|sie)(?![\w-])",
        _I,
    )
)
# Going on to a place: the words up to the place's preposition.
_ONWARD: Final = re.compile(
    r"(?<![\w-])(?:"
    # English
    r"(?:travel(?:l)?ed|travels?|went|goes|moved?|continued?|headed|head|proceeded|proceed|"
    r"flew|fly|drove|journeyed|left|moving)\s+(?:(?:on|onward|onwards|further|then|later)\s+)?"
    r"(?:to|for)"
    # the delegation named back visits ("The guests will also visit Bradford on Friday",
    # "Die Delegation besuchte anschließend Weimar", "bezocht de delegatie ook Gouda")
    r"|(?:visit|visited|visits|besuchte|besucht|besuchen|bezocht|bezoekt|bezoeken|visitera|"
    r"visiteront|visité)(?=\s)"
    # the stops of a programme told by a gerund or a noun of visit ("After visiting X, the
    # delegation", "by touring X and Y", "la visite du lycée X, du centre Y", "een bezoek aan
    # de Universiteit X", "ein Besuch der Hochschule X")
    r"|(?:after|before|while|by|then|also|and|when)\s+(?:visiting|touring)(?=\s)"
    r"|toured(?=\s)"
    r"|visite\s+(?:du|de\s+la|des)(?=\s)"
    r"|bezoek\s+aan(?=\s)|Besuch\s+(?:der|des|beim|bei\s+der|an\s+der)(?=\s)"
    # an event of the programme at a host ("the delegation attended a seminar at X")
    r"|attended\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?(?:at|in)(?=\s)"
    # Dutch
    r"|(?:reisde|reisden|reist|reizen|trok|trokken|trekt|ging|gingen|gaat|vertrok|vertrokken|"
    r"vertrekt)\s+(?:[\w.-]+\s+){0,6}?(?:door\s+|verder\s+)?naar"
    # German
    r"|(?:reist|reiste|reisten|reisen|fährt|fuhr|fuhren|fliegt|flog|flogen)\s+(?:[\w.-]+\s+){0,6}?"
    r"weiter\s+nach|Abstecher\s+nach|(?:ging|geht)\s+es\s+(?:[\w.-]+\s+){0,4}?(?:weiter\s+)?nach"
    # French
    r"|se\s+(?:sont|est)\s+(?:[\w'’-]+\s+){0,2}?rendue?s?\s+(?:à|au|en)"
    r"|se\s+rend(?:ra|ront|ent|ait|aient)?\s+(?:[\w'’-]+\s+){0,2}?(?:à|au|en)"
    r"|(?:gagné|rejoint)"
    r"|fait\s+étape\s+(?:à|au|en)"
    # a stop of a tour told by its day ("On 8 May the delegation stopped in Leicester", "Am
    # 8. Mai war die Delegation in Bielefeld", "maakte het gezelschap een tussenstop in",
    # "la délégation était à Orléans", "the team met officials of X")
    r"|(?:stopped|stops|halted)\s+(?:off\s+|over\s+)?(?:in|at)|Station\s+in|Halt\s+in"
    r"|(?:tussen)?stop\s+in|fait\s+escale\s+(?:à|au|en)"
    r"|(?:was|were|war|waren|était|étaient)\s+"
    r"(?:(?!by\s|door\s|von\s|par\s|[\w-]+(?:ed|en|ée?s?)\s)[\w.-]+\s+){0,4}?(?:in|à|au)"
    r"|(?:met|meets|traf|trafen|ontmoette|ontmoetten|rencontré|rencontre)(?=\s)"
    r")(?![\w-])",
    _I,
)
# Between the preposition and the place: an article and a noun of place at most.
_DEST_GAP: Final = re.compile(
    r"\s*(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|die\s+|der\s+|den\s+|das\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|port|stad|havenstad|ville|Stadt|Hafenstadt|Metropole|"
    r"Landeshauptstadt|hoofdstad|capitale)\s+(?:of\s+|de\s+|d['’])?)?\Z",
    _I,
)
# After a visit verb, a few words may come before the place ("besuchte anschließend Weimar",
# "bezocht de delegatie ook Gouda", "will also visit Bradford").
_VISIT_HEAD: Final = re.compile(r"visit|besuch|bezo", _I)
_VISIT_GAP: Final = re.compile(r"\s*(?:[\w'’.-]+\s+){0,3}?" + _DEST_GAP.pattern, _I)
# A meeting at a stop names the people met first, and German and Dutch put the delegation
# between the verb and them ("traf die Delegation den Rektor der Universität X", "ontmoette de
# delegatie de rector van de Universiteit X", "met officials of X")
_MEET_HEAD: Final = re.compile(r"met\b|meets|traf|ontmoet|rencontr", _I)
_MEET_GAP: Final = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}?" + _DEST_GAP.pattern, _I)
# "the next day", "de volgende dag", "le lendemain", "am nächsten Tag"
_NEXT_DAY: Final = re.compile(
    r"(?<![\w-])(?:the\s+(?:next|following)\s+day|the\s+day\s+after|"
    r"de\s+volgende\s+dag|(?:een\s+)?dag\s+later|daags\s+(?:daarna|erna)|"
    r"le\s+lendemain|le\s+jour\s+suivant|"
    r"am\s+(?:nächsten|folgenden)\s+(?:Tag|Morgen)|am\s+Tag\s+darauf|tags\s+darauf|am\s+Folgetag)"
    r"(?![\w-])",
    _I,
)
# A reception and its guests: "ontving ... een delegatie", "a reçu la visite d'une
# délégation", "empfing ... eine Delegation", "hosted a reception ... for a delegation".
_RECEIVED: Final = re.compile(
    r"(?<![\w-])(?:received|welcomed|hosted|ontving|ontvingen|verwelkomde|verwelkomden|"
    r"(?<=a\s|t\s)(?:reçu|accueilli)|empfing|empfingen|begrüßte|begrüßten)(?![\w-])",
    _I,
)
_GUESTS: Final = re.compile(
    r"(?<![\w-])(?:delegations?|delegaties?|délégations?|Delegation(?:en)?|"
    r"[\w-]*(?:delegation|delegatie|Delegation)|guests|gasten|Gäste|invités|visiteurs|"
    r"visitors|bezoekers|Besucher)(?![\w-])",
    _I,
)
# "representing the City of Ningbo", "of Xiamen University", "uit de Chinese zusterstad":
# between the guests' noun and their place
_GUEST_ORIGIN_GAP: Final = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:from|of|representing|uit|van|de|du|des|d['’]|aus|von|der)\s+"
    r"(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|der\s+|die\s+|dem\s+)?"
    r"(?:(?:[\w-]+\s+)?[\w-]*(?:city|town|municipality|province|stad|gemeente|provincie|ville|"
    r"municipalité|Stadt|stadt|Provinz|metropool|metropolis|métropole|Metropole)\s+"
    r"(?:of\s+|de\s+|d['’])?)?\Z",
    _I,
)
_IN_BEFORE: Final = re.compile(r"(?<![\w-])(?:in|im|à|at)\s+\Z", _I)
_AN_OFFICIAL: Final = opened(
    re.compile(
        r"(?<![\w-])(?:(?:lord\s+|deputy\s+|vice[\s-]|first\s+)?mayor|burgemeester|"
        r"loco-burgemeester|wethouder|gedeputeerde|maire|adjointe?|(?:ober|vize)?bürgermeister(?:in)?|"
        r"professor|prof\.|president|présidente?|voorzitter|präsident(?:in)?|rektor(?:in)?|rector|"
        r"vice-chancellor|pro-vice-chancellor|dean|director|directeur|directrice|governor|"
        r"gouverneur|vicegouverneur|councill?or|dezernent(?:in)?|landrat|stadtrat)(?![\w-])"
        r"[ \t]+(?-i:(?:[A-ZÀ-Þ][\w'’-]+[ \t]+){1,2}?(?P<surname>[A-ZÀ-Þ][\w'’-]{2,}))(?![\w-])",
        _I,
    )
)
_LED_BY: Final = re.compile(
    r"(?:led|headed)\s+by|onder\s+leiding\s+van|(?:conduite|menée|dirigée)\s+par|"
    r"unter\s+(?:der\s+)?Leitung|angeführt|anführt|an\s+der\s+Spitze",
    _I,
)


def run(reader: _Reader, us: list[Unit], demonyms: dict[str, str]) -> None:
    """Every rule of this module, in order: the receptions and the surnames first (they give
    the visits the later rules look back to), then the trips started at a place, the
    delegations that go on, and the country doubles last."""
    # (every rule needs a word of a visit that the main reading saw: a delegation, a visit verb)
    hits = _hits(reader) if reader.saw_trigger else {}
    if not any(hits.values()):
        if reader.found:
            reader.found = country_doubles(reader.found)
        return
    starts = [u.start for u in us]
    one_sided_receptions(reader, us, _first_hits(hits["received"], us, starts), demonyms)
    surname_visits(reader, us, starts, hits["surname"], hits["verbname"])
    started_trips(reader, _first_hits(hits["started"], us, starts))
    during_visits(reader, _first_hits(hits["during"], us, starts))
    if reader.found:
        onward(reader, us, _first_hits(hits["onward"], us, starts))
        hosts_named_back(reader, _first_hits(hits["hostback"], us, starts))
        reader.found = country_doubles(reader.found)


def _hits(reader: _Reader) -> dict[str, list[tuple[int, int]]]:
    """The matches of every trigger of this module, by kind, in one pass over the sentences
    with a visit word (tried only at the words that may start one); two kinds may match at one
    place ("travelled to" goes on, and follows a surname)."""
    out: dict[str, list[tuple[int, int]]] = {k: [] for k in _KINDS}
    low = reader.low
    for u in reader.trigger_units:
        for m in _ALL_SCAN.finditer(reader.idx, u.start, u.end):
            at = m.start()
            for kind, rx in _KINDS.items():
                x = m if kind == m.lastgroup else rx.match(low, at)
                if x is not None:
                    out[kind].append((at, x.end()))
    if not out["verbname"] and reader._has_word(_VERB_FIRST_WORDS):
        # "brengt Depla een tegenbezoek aan": a sentence the main reading has no word for
        out["verbname"] = [
            (m.start(), m.end()) for m in _VERB_THEN_NAME_SCAN.finditer(reader.idx, 0, len(low))
        ]
    return out


def _first_hits(
    found: list[tuple[int, int]], us: list[Unit], starts: list[int]
) -> list[tuple[Unit, int]]:
    """The units where a trigger matched, with its first match's start."""
    out: list[tuple[Unit, int]] = []
    last = -1
    for a, b in found:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0 or i == last or b > us[i].end:
            continue
        last = i
        out.append((us[i], a))
    return out


def _before_unit(found: list[_Visit], u: Unit, when: PartialDate | None) -> _Visit | None:
    """The visit the delegation named back belongs to, among those told before the sentence
    (2,500 characters back at most): the one nearest in time to the sentence's own date, else
    the latest one (a stay told after past visits is the latest of them), else the one told
    last."""
    before = [v for v in found if v.span[1] <= u.start and u.start - v.span[1] <= 2500]
    if not before:
        return None
    dated = [v for v in before if v.date is not None]
    if not dated:
        return max(before, key=lambda v: v.span[0])
    if when is not None:
        target = _ordinal(when)
        return min(dated, key=lambda v: (abs(_ordinal(v.date) - target), -v.span[0]))
    return max(dated, key=lambda v: (_ordinal(v.date), v.span[0]))


def _ordinal(p: PartialDate | None) -> int:
    """A date as a day number (a month by its first day, a year by 1 July)."""
    if p is None:
        return 0
    month = p.month or 7
    return p.year * 372 + (month - 1) * 31 + (p.day or 1)


def _next_day(prev: PartialDate | None) -> PartialDate | None:
    if prev is None or prev.day is None or prev.month is None:
        return None
    d = prev.to_date() + timedelta(days=1)
    return PartialDate(d.year, d.month, d.day)


def stops_after(reader: _Reader, us: list[Unit], before: list[_Visit]) -> None:
    """The stops of a tour whose first stop a later reading found (the delegation fallback,
    the learned decider: "The CPU delegation first stopped at Yangzhou University on June 23
    ... On June 25 the delegation visited X"): the delegations named back after one of the
    visits not in `before` go on from it."""
    added = [v for v in reader.found if not any(v is b for b in before)]
    if not added:
        return
    hits = _hits(reader)
    if hits["onward"]:
        starts = [u.start for u in us]
        onward(reader, us, _first_hits(hits["onward"], us, starts), added)


def onward(
    reader: _Reader,
    us: list[Unit],
    hits: list[tuple[Unit, int]],
    only_after: list[_Visit] | None = None,
) -> None:
    """A delegation named back that goes on to another place: a visit of the visitor of the
    visit told last before (and not of the host it leaves); with `only_after`, only where that
    visit is one of them."""
    low = reader.low
    text = reader.text
    for u, at in hits:
        m = _ONWARD.match(text, at)
        if m is None:
            continue
        places = [a for a in reader.cast.within(m.end(), min(u.end, m.end() + 60))]
        head = m.group()
        gap = (
            _VISIT_GAP
            if _VISIT_HEAD.match(head)
            else _MEET_GAP
            if _MEET_HEAD.match(head)
            else _DEST_GAP
        )
        dest = next(
            (a for a in places if gap.fullmatch(text, m.end(), a.start)),
            None,
        )
        if dest is None or dest.place_kind == "country":
            continue
        stops = [dest, *_later_stops(reader, places, dest, listed=gap is _VISIT_GAP)]
        group = None
        for g in _GROUP_BACK.finditer(text, max(u.start, m.start() - 80), min(u.end, m.end() + 60)):
            lo, hi = (g.end(), m.start()) if g.end() <= m.start() else (m.end(), g.start())
            if hi - lo <= 60 and not reader.cast.within(min(lo, g.start()), max(hi, g.end())):
                group = g
                break
            if (
                g.start() >= stops[-1].end
                and _GERUND.match(head)
                and _AFTER_STOPS.fullmatch(text, stops[-1].end, g.start())
            ):
                group = g  # "After visiting X, the delegation joined ..."
                break
            if (
                g.start() >= stops[-1].end
                and _NOUN_OPENER.search(text, max(0, m.start() - 20), m.start())
                and _AFTER_NOUN_STOPS.fullmatch(text, stops[-1].end, g.start())
            ):
                group = g  # "Nach einem Besuch der Universität X traf die Delegation ..."
                break
        if group is None:
            continue
        if _TALK_OF.search(text, max(0, m.start() - 30), m.start()):
            continue  # "sprak de delegatie over een bezoek aan Hefei": talk of a visit
        if group.group().casefold() in ("elle", "elles", "ils", "sie") and not low.startswith(
            "se", m.start()
        ):
            continue  # a pronoun only before "se rend": "elle se rendra à Chengdu"
        own = [d.value for d in reader._dates(u.start, u.end) if d.value is not None]
        if not own:
            # a weekday alone ("Am Donnerstag reist die Delegation weiter")
            own = [
                p
                for d in reader._dates(u.start, u.end)
                if (p := reader._page_weekday(d.text, u)) is not None
            ]
        prev = _before_unit(reader.found, u, own[0] if own else None)
        if prev is None or prev.host.key == dest.key or prev.visitor.key == dest.key:
            continue
        if only_after is not None and not any(prev is v for v in only_after):
            continue
        visitor = prev.visitor
        if visitor.place_kind == "country":
            # "empfing eine Delegation aus China. Vertreter der Stadt Qingdao ...": the place
            # of that country another reading of the same visit names
            visitor = next(
                (
                    v.visitor
                    for v in reader.found
                    if v.host.key == prev.host.key
                    and v.visitor.place_kind != "country"
                    and v.visitor.country == visitor.country
                ),
                visitor,
            )
        keys = {a.key for a in stops}
        # the sentence's own reading took the host it leaves for the visitor: dropped
        reader.found[:] = [
            v for v in reader.found if not (v.span == (u.start, u.end) and v.host.key in keys)
        ]
        for i, stop in enumerate(stops):
            if stop.key != visitor.key:
                n = len(reader.found)
                _onward_add(
                    reader,
                    u,
                    visitor,
                    stop,
                    m.start() if i == 0 else stop.end,
                    prev,
                    visiting=_STOP_HEAD.search(head) is not None,
                )
                if only_after is not None and len(reader.found) > n:
                    only_after.append(reader.found[-1])  # the tour goes on from this stop


def _later_stops(
    reader: _Reader, places: list[Actor], first: Actor, *, listed: bool = False
) -> list[Actor]:
    """The stops after the first one: "à Chengdu jeudi, puis à Shanghai samedi", "to Linz and
    then to Vienna", "nach Weimar und dann nach Erfurt"; after a verb or noun of visit
    (`listed`) also the hosts listed after the first ("touring X and Y", "la visite du lycée
    X, du centre Y")."""
    out: list[Actor] = []
    last = first
    for a in places:
        if a.start <= last.end:
            continue
        if a.place_kind == "country" or not (
            _THEN_TO.fullmatch(reader.text, last.end, a.start)
            or (listed and _LISTED.fullmatch(reader.text, last.end, a.start))
        ):
            break
        out.append(a)
        last = a
    return out


# Between two stops: ", puis à", "and then to", "en daarna naar", "und dann nach", with the
# date of the first stop between ("à Chengdu jeudi, puis à Shanghai samedi").
_THEN_TO: Final = re.compile(
    r"(?:\s+(?:on\s+|op\s+|am\s+|le\s+)?[\w.]+(?:\s+[\w.]+){0,2}?)?\s*,?\s*"
    r"(?:puis|ensuite|then|and\s+then|and|en\s+daarna|daarna|en|und\s+dann|dann|und|et)\s+"
    r"(?:à|au|to|naar|nach|in)\s+(?:the\s+|de\s+|la\s+|le\s+|die\s+)?",
    _I,
)


# Between two hosts listed after a verb or noun of visit: "X and Y", "du lycée X, du centre
# Y", "X en de Y", "X und die Y".
_LISTED: Final = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+|en\s+|und\s+)?|\s+(?:and|et|en|und)\s+)"
    r"(?:du\s+|de\s+la\s+|des\s+|the\s+|de\s+|het\s+|die\s+|der\s+|den\s+)?",
    _I,
)
# A gerund that opens its clause, the delegation named after its hosts: "After visiting X,
# the delegation ...", "by touring X and Y"; between the last host and the delegation a
# comma at most.
_GERUND: Final = re.compile(
    r"(?:after|before|while|by|then|also|and|when)\s+(?:visiting|touring)", _I
)
# A verb or noun of visiting a host (not of meeting its people): "visited", "touring", "la
# visite du", "een bezoek aan", "attended a seminar at".
_STOP_HEAD: Final = re.compile(r"visit|tour|bezo|besuch|attended", _I)
_AFTER_STOPS: Final = re.compile(r"\s*,\s*", _I)
# A noun of visit opened by a word of time ("Nach einem Besuch der Universität X traf die
# Delegation", "Na een bezoek aan de Universiteit X sprak de delegatie", "Après la visite du
# lycée X, la délégation"): the delegation after its hosts, a comma or the verb between.
_NOUN_OPENER: Final = re.compile(
    r"(?<![\w-])(?:nach|vor|während)\s+(?:einem|dem)\s+\Z|(?<![\w-])(?:na|voor|tijdens)\s+"
    r"(?:een|het)\s+\Z|(?<![\w-])(?:après|avant|lors\s+de)\s+(?:la|une)\s+\Z",
    _I,
)
_AFTER_NOUN_STOPS: Final = re.compile(r"\s*,?\s*(?:[^\W\d_]+\s+)?", _I)
# A noun of visit talked about, not made ("sprak over een bezoek aan", "sprach über einen
# Besuch der", "talked about a visit to").
_TALK_OF: Final = re.compile(
    r"(?<![\w-])(?:over|about|über|sur|von|van)\s+(?:(?:een|het|de|einen|den|einem|dem|la|une|"
    r"a|the)\s+)?\Z",
    _I,
)


def _onward_add(
    reader: _Reader,
    u: Unit,
    visitor: Actor,
    dest: Actor,
    anchor: int,
    prev: _Visit,
    visiting: bool = False,
) -> None:
    """Add the onward visit, dated by its own words, "the next day" after the visit it
    follows, or a weekday of the stay that is still to come."""
    n = len(reader.found)
    reader._add(u, visitor, dest, anchor)
    if len(reader.found) == n:
        return
    added = reader.found[-1]
    if (
        added.date is None
        and dest.kind == "organisation"
        and prev.date is not None
        and prev.date.day is not None
        and not _NEXT_DAY.search(reader.text, u.start, u.end)
    ):
        # a call on a host during a stay, told with no day of its own ("After visiting X, the
        # delegation ..."): a stop dated by the stay's day (docs/facts-format.md, "Stops")
        reader.found[-1] = replace(added, date=prev.date, stop=visiting)
        return
    if dest.kind == "organisation" and visiting:
        added = reader.found[-1] = replace(added, stop=True)
    if _NEXT_DAY.search(reader.text, u.start, u.end) and not reader._dates(u.start, u.end):
        nxt = _next_day(prev.date)
        if nxt is not None:
            reader.found[-1] = replace(added, date=nxt)
    elif _days_before(added.date, prev.date) in range(1, 7):
        # "Am Donnerstag reist die Delegation weiter nach Duisburg" on the Wednesday of a
        # stay that began on Monday: the weekday to come, not the one past
        d = added.date.to_date() + timedelta(days=7)  # type: ignore[union-attr]
        if _told_as_past(reader, u, d):
            return  # "On Tuesday the delegation visited Zhuzhou": a day before, told after
        reader.found[-1] = replace(added, date=PartialDate(d.year, d.month, d.day))


# A verb in a past tense: "visited", "besuchte", "bezocht", "a visité", "s'est rendue".
_PAST_VERB: Final = re.compile(
    r"(?<![\w-])(?:visited|travel(?:l)?ed|went|flew|headed|stopped|toured|"
    r"besuchte[n]?|reiste[n]?|fuhr(?:en)?|flog(?:en)?|besichtigte[n]?|"
    r"bezocht(?:en)?|reisde[n]?|ging(?:en)?|trok(?:ken)?|"
    r"(?:a|ont|avait|avaient)\s+(?:visité|rejoint|gagné)|s['’](?:est|était)\s+rendue?|"
    r"se\s+sont\s+rendue?s|(?:est|sont)\s+allée?s?)(?![\w-])",
    _I,
)


def _told_as_past(reader: _Reader, u: Unit, shifted: date) -> bool:
    """True when the onward sentence tells its stop in a past tense and the weekday to come
    would fall after the page's own date: the weekday is the one before."""
    page = reader._page()
    if page is None or page.day is None or page.month is None or shifted <= page.to_date():
        return False
    return _PAST_VERB.search(reader.text, u.start, u.end) is not None


def _days_before(a: PartialDate | None, b: PartialDate | None) -> int:
    """How many days `a` lies before `b` (0 when either is not a day)."""
    if a is None or b is None or a.day is None or b.day is None:
        return 0
    return (b.to_date() - a.to_date()).days


def one_sided_receptions(
    reader: _Reader, us: list[Unit], hits: list[tuple[Unit, int]], demonyms: dict[str, str]
) -> None:
    """A reception whose sentence gave no visit because one end is unnamed or named by its
    country: the other end of the document's one other visit with the same end."""
    text = reader.text
    for u, at in hits:
        r = _RECEIVED.match(text, at)
        if r is None:
            continue
        if any(v.span[0] == u.start and v.span[1] == u.end for v in reader.found):
            continue
        g = _GUESTS.search(text, r.end(), min(u.end, r.end() + 120))
        if g is None:
            continue
        places = reader._places(u)
        origin = reader._after(places, g.end(), lex.FROM_PREP, limit=50)
        cc: str | None = None
        if origin is None:
            for a in places:
                if a.start >= g.end() and _GUEST_ORIGIN_GAP.fullmatch(text, g.end(), a.start):
                    origin = a
                    break
        if origin is not None and origin.place_kind == "country":
            cc, origin = origin.country, None
        if origin is None and cc is None:
            for w in re.finditer(r"[\w-]+", text[max(u.start, g.start() - 30) : g.end() + 30]):
                cc = demonyms.get(w.group().casefold())
                if cc:
                    break
        host = reader._subject(places, u, r.start())
        if host is None:
            # "ontving burgemeester X in Amsterdam een delegatie uit Y": the place where
            host = next(
                (
                    a
                    for a in places
                    if r.end() < a.start
                    and a.end <= g.start()
                    and _IN_BEFORE.search(text, max(r.end(), a.start - 8), a.start)
                ),
                None,
            )
        if host is not None and host.place_kind == "country":
            host = None
        if origin is not None and host is not None:
            # "X's Lord Mayor hosted a reception ... for a delegation representing the City
            # of Y": both ends, the guests' after a word the main reading does not know
            if origin.key != host.key:
                reader._add(u, origin, host, r.start())
        elif origin is not None and host is None:
            hosts = {
                v.host.key: v.host
                for v in reader.found
                if v.visitor.key == origin.key and v.span[1] <= u.start + 2000
            }
            if len(hosts) == 1:
                reader._add(u, origin, next(iter(hosts.values())), r.start())
        elif origin is None and host is not None:
            visitors = {
                v.visitor.key: v.visitor
                for v in reader.found
                if v.host.key == host.key
                and v.visitor.place_kind != "country"
                and (cc is None or v.visitor.country == cc)
            }
            if len(visitors) == 1:
                reader._add(u, next(iter(visitors.values())), host, r.start())


def country_doubles(found: list[_Visit]) -> list[_Visit]:
    """Guests named by their country stand for the place of that country that visits the
    same host; a trip to a country whose places the same visitor visits is told by them."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    out: list[_Visit] = []
    for v in found:
        if v.visitor.place_kind == "country":
            city = next(
                (
                    w.visitor
                    for w in found
                    if w.host.key == v.host.key
                    and w.visitor.place_kind != "country"
                    and w.visitor.country == v.visitor.country
                ),
                None,
            )
            if city is not None:
                out.append(replace(v, visitor=city))
                continue
        if v.host.place_kind == "country":
            places = [
                w
                for w in found
                if w.visitor.key == v.visitor.key
                and w.host.place_kind != "country"
                and w.host.kind == "place"
                and w.host.country == v.host.country
            ]
            if places:
                # "has been in Belgium since Monday" and "signed in Antwerp on Tuesday": one
                # stay in the one place of that country the visitor went to, told by its
                # place from its first day (a signing is a day of the stay, not its arrival;
                # the stops of a tour keep their own days)
                stay = next((w for w in places if w.signing and _v._one_stay(v, w)), None)
                if stay is not None and all(w.host.key == stay.host.key for w in places):
                    out.append(replace(v, host=stay.host))
                continue
        out.append(v)
    return out


def trip_origin(reader: _Reader, us: list[Unit]) -> Actor | None:
    """The place of the delegation a report's head names ("Reisebericht der Delegation aus
    Kiel", "Verslag van de delegatie uit Delft"), for a document with no place of its own."""
    for u in us:
        if u.start > 400:
            break
        places = reader._places(u)
        for n in lex.VISIT_NOUN.finditer(reader.text, u.start, u.end):
            origin = reader._after(places, n.end(), lex.FROM_PREP, limit=50)
            if origin is not None and origin.place_kind != "country":
                return origin
    return None


def itinerary_traveller(found: list[_Visit], home: Actor, pos: int) -> Actor:
    """The traveller of a programme line: the document's own place, unless the visit told last
    before the line goes to it (a report headed "Mayoral visit to Jiaxing" whose most named
    place is Jiaxing): then that visit's visitor."""
    prev: _Visit | None = None
    for v in found:
        if (
            v.span[1] <= pos
            and home.key in (v.host.key, v.visitor.key)
            and (prev is None or v.span[0] > prev.span[0])
        ):
            prev = v
    if prev is not None and prev.host.key == home.key and prev.visitor.kind == "place":
        return prev.visitor
    return home


def surname_visits(
    reader: _Reader,
    us: list[Unit],
    starts: list[int],
    after: list[tuple[int, int]],
    before: list[tuple[int, int]],
) -> None:
    """An official named in full once ("received by Lord Mayor Eva Weber", "onder leiding van
    loco-burgemeester X") and later by surname only as a visitor ("Weber had visited Jinan",
    "brengt Depla een tegenbezoek aan Yangzhou"): the place of the visit of the sentence that
    named the official in full, on the side the official stood."""
    text = reader.text
    # a capitalised word before or after visit words (one pass each; the officials named in
    # full are looked for only when there is one)
    cands: list[tuple[int, int, int]] = []  # (name start, name end, host search start)
    for a, b in after:
        name = _NAME_BEFORE.search(text, max(0, a - 60), a)
        if name is not None:
            cands.append((name.start("name"), name.end("name"), b))
    for a, _ in before:
        m = _VERB_THEN_NAME_LOW.match(reader.low, a)
        if m is not None and text[m.start("name")].isupper():
            cands.append((m.start("name"), m.end("name"), m.end()))
    if not cands:
        return
    people: dict[str, int] = {}  # surname -> start of the full mention
    for m in _AN_OFFICIAL.finditer(text):
        people.setdefault(m.group("surname"), m.start())
    done: set[int] = set()
    for start, end, at in sorted(cands):
        full = people.get(text[start:end])
        if full is None or full >= start:
            continue  # no official of that name, or the full mention comes after
        k = bisect.bisect_right(starts, start) - 1
        if k < 0 or k in done:
            continue
        u = us[k]
        if any(v.span == (u.start, u.end) for v in reader.found):
            continue
        host = _host_at(reader, u, at)
        if host is None:
            continue
        done.add(k)
        side = _side_of(reader, us, full)
        if side is None:
            side = reader.cast.home_besides(host)  # the writing body's own official
        if side is not None and host.key != side.key:
            reader._add(u, side, host, start)


def _side_of(reader: _Reader, us: list[Unit], full: int) -> Actor | None:
    """The place an official stood for in the sentence that named him or her in full: the
    visitor when the official led the delegation, else the host."""
    unit = next((u for u in us if u.start <= full < u.end), None)
    if unit is None:
        return None
    visits = [v for v in reader.found if v.span == (unit.start, unit.end)]
    if not visits:
        others = [a for a in reader._places(unit) if a.place_kind != "country"]
        return others[0] if len(others) == 1 else None
    if len({(v.visitor.key, v.host.key) for v in visits}) != 1:
        return None
    v = visits[0]
    lead = _LED_BY.search(reader.text, max(unit.start, full - 40), full)
    return v.visitor if lead is not None else v.host


# The visit words after the surname ("Weber had visited", "Hall visited", "Anziani avait déjà
# effectué une mission à"), or after the surname that follows its verb ("brengt Depla een
# tegenbezoek aan", "reiste Weber nach").
_VISIT_AFTER_NAME: Final = re.compile(
    r"(?<![\w-])(?:visited|visits|travel(?:l)?ed\s+to|went\s+to|came\s+to|toured|"
    r"bezocht|bezoekt|reisde\s+naar|reist\s+naar|"
    r"besuchte|besucht|reiste\s+nach|"
    r"visité|s['’]est\s+rendue?\s+(?:à|au|en)|effectué\s+une\s+"
    r"(?:[\w-]+\s+)?(?:mission|visite)\s+(?:à|au|en))\s+"
)
# the surname right before the visit words
_NAME_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-Þ][\w'’-]{2,})[ \t]+(?i:"
    r"(?:(?:had|has|have|was|were|is|heeft|hat|hatte|war|est|était|avait|a)\s+)?"
    r"(?:(?:already|also|previously|earlier|déjà|al|eerder|ook|bereits|schon|selbst|himself|"
    r"herself|zelf|then|ensuite|daarna|dann)\s+)*)\Z"
)
_VERB_THEN_NAME: Final = re.compile(
    r"(?<![\w-])(?:brengt|bracht|bezocht|bezoekt|besuchte|besucht|reiste|reist)\s+"
    r"(?:[\w.-]+\s+){0,2}?(?P<name>[\w'’-]{3,})"
    r"\s+(?:(?:[\w-]+\s+){0,4}?[\w-]*bezoek\s+aan|(?:[\w.-]+\s+){0,3}?nach)\s+"
)


def _host_at(reader: _Reader, u: Unit, at: int) -> Actor | None:
    """The place a surname's visit goes to, right after its visit words."""
    for a in reader.cast.within(at, min(u.end, at + 60)):
        if _DEST_GAP.fullmatch(reader.text, at, a.start):
            return a if a.place_kind != "country" else None
        break
    return None


# A trip told through its noun, started at a place: "The mission began in Guangzhou on 23
# October", "Une délégation de Bordeaux ... a entamé lundi à Wuhan une mission", "De
# handelsmissie begon op 4 juni in Shanghai", "Die Delegationsreise begann am 3. Mai in Peking".
_STARTED: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?:began|begins|started|starts|opened|kicked\s+off)\s+(?:[\w,-]+\s+){0,5}?in"
    r"|(?:entamé|commencé|débuté)\s+(?:[\w'’,-]+\s+){0,3}?(?:à|au)"
    r"|(?:begon|begonnen|begint|startte|startten|start)\s+(?:[\w.,-]+\s+){0,5}?in"
    r"|(?:begann|begannen|beginnt|startete|starteten|startet)\s+(?:[\w.,-]+\s+){0,5}?in"
    r")(?=\s)",
    _I,
)
_TRIP_NOUN: Final = re.compile(
    r"(?<![\w-])(?:[\w-]*(?:mission|missie|delegation|delegatie|Delegation|reis|Reise)|"
    r"délégation|visit|visite|Besuch|bezoek|trip|tour|voyage)(?![\w-])",
    _I,
)


def _new_destination(reader: _Reader, u: Unit, places: list[Actor], at: int) -> Actor | None:
    """The place right after `at` (only words of `_DEST_GAP` between), unless it is a country
    or a visit already read in this sentence goes there."""
    text = reader.text
    dest = next(
        (a for a in places if a.start >= at and _DEST_GAP.fullmatch(text, at, a.start)),
        None,
    )
    if dest is None or dest.place_kind == "country":
        return None
    if any(v.span == (u.start, u.end) and v.host.key == dest.key for v in reader.found):
        return None
    return dest


def started_trips(reader: _Reader, hits: list[tuple[Unit, int]]) -> None:
    """A delegation or a mission that began at a place: a visit of the place it comes from
    (named in the sentence's subject, else the document's own) to that place."""
    text = reader.text
    for u, at in hits:
        m = _STARTED.match(text, at)
        if m is None:
            continue
        noun = _TRIP_NOUN.search(text, u.start, min(u.end, m.end() + 120))
        if noun is None:
            continue
        places = reader._places(u)
        dest = _new_destination(reader, u, places, m.end())
        if dest is None:
            continue
        visitor = reader._origin(places, u, m.start())
        if visitor is None or visitor.key == dest.key:
            visitor = reader.cast.home_besides(dest)
        if visitor is not None and visitor.place_kind != "country":
            reader._add(u, visitor, dest, m.start())


# A host named back by its noun: "Die Delegation besucht vom 5. bis 9. Juni die Hafenstadt",
# "the delegates toured the city on 4 May", "bezocht de delegatie de havenstad".
_HOST_BACK: Final = re.compile(
    r"(?<![\w-])(?:visited|visits|toured|bezocht|bezoekt|besucht|besuchte|besuchten|visité|"
    r"visitera|visitent)\s+(?:[\w.-]+\s+){0,6}?(?:the|die|de|het|la|cette|this|deze|diese)\s+"
    r"(?:[\w-]+\s+)?(?:city|town|port\s+city|metropolis|capital|Stadt|Hafenstadt|Metropole|"
    r"Hauptstadt|Millionenstadt|stad|havenstad|hoofdstad|miljoenenstad|ville|métropole|"
    r"capitale|cité)(?![\w-])",
    _I,
)


def hosts_named_back(reader: _Reader, hits: list[tuple[Unit, int]]) -> None:
    """A visit whose host is named back by its noun ("besucht ... die Hafenstadt") in a
    sentence that names no place: the visit told before (a heading, the sentence before),
    dated by this sentence."""
    for u, at in hits:
        if any(v.span == (u.start, u.end) for v in reader.found):
            continue
        if reader._places(u):
            continue
        own = [d.value for d in reader._dates(u.start, u.end) if d.value is not None]
        prev = _before_unit(reader.found, u, own[0] if own else None)
        if prev is None or prev.host.kind != "place" or prev.host.place_kind == "country":
            continue
        reader._add(u, prev.visitor, prev.host, at)


# "During a visit to X, the Mayor of Y signed ...", "Tijdens een werkbezoek aan X sprak de
# Delftse wethouder", "Während eines Besuchs in X unterzeichnete der Kieler
# Oberbürgermeister", "Lors d'une visite à X, le maire de Y a signé": the visit of the main
# clause's subject.
_DURING: Final = re.compile(
    r"(?<![\w-])(?:during|tijdens|während|lors|au\s+cours)\s+(?:d['’]une?|de\s+(?:la|son|sa|leur)|"
    r"eines|einer|seines|seiner|ihres|ihrer|a|an|his|her|its|their|the|een|zijn|haar|hun|het)\s+"
    r"(?:[\w-]+\s+)?(?:visit|trip|stay|mission|[\w-]*bezoek|reis|verblijf|[\w-]*besuch(?:s|es)?|"
    r"aufenthalt(?:s|es)?|reise|visite|séjour|voyage|déplacement)\s+(?:to|in|at|aan|naar|nach|im|"
    r"à|au|en)(?=\s)",
    _I,
)
# The subject's place named by its adjective before an official ("de Delftse wethouder", "der
# Kieler Oberbürgermeister").
_ADJ_OFFICIAL: Final = re.compile(
    r"(?<![\w-])(?P<adj>[A-ZÀ-Þ][\w-]+(?:se|er|aise|ais|oise|ois))\s+(?:[\w-]+\s+)?"
    r"(?i:wethouder|burgemeester|gedeputeerde|delegatie|(?:ober)?bürgermeister(?:in)?|"
    r"Delegation|Stadtrat|Dezernent|maire|délégation|mayor|delegation)(?![\w-])"
)


def during_visits(reader: _Reader, hits: list[tuple[Unit, int]]) -> None:
    """ "During a visit to X, <the main clause's subject> ...": the subject's place visits X."""
    text = reader.text
    for u, at in hits:
        m = _DURING.match(text, at)
        if m is None:
            continue
        places = reader._places(u)
        dest = _new_destination(reader, u, places, m.end())
        if dest is None:
            continue
        comma = text.find(",", dest.end, u.end)
        lo = comma if comma >= 0 else dest.end
        visitor = next(
            (
                a
                for a in places
                if a.start > lo
                and a.kind == "place"
                and a.place_kind != "country"
                and a.key != dest.key
            ),
            None,
        )
        if visitor is None:
            adj = _ADJ_OFFICIAL.search(text, dest.end, u.end)
            if adj is not None:
                visitor = reader._adjective_place(adj.group("adj"))
        if visitor is None and lex.OFFICIAL.search(text, dest.end, u.end):
            visitor = reader.cast.home_besides(dest)
        if visitor is not None and visitor.key != dest.key:
            reader._add(u, visitor, dest, m.start())


# The triggers of this module, for lower-cased text, by kind; scanned in one pass.
_KINDS: dict[str, re.Pattern[str]] = {
    kind: re.compile(lower_pattern(rx.pattern))
    for kind, rx in (
        ("onward", _ONWARD),
        ("received", _RECEIVED),
        ("started", _STARTED),
        ("surname", _VISIT_AFTER_NAME),
        ("verbname", _VERB_THEN_NAME),
        ("hostback", _HOST_BACK),
        ("during", _DURING),
    )
}
_VERB_THEN_NAME_LOW = _KINDS["verbname"]
_ALL_SCAN = WordScan(
    re.compile(
        "|".join(
            f"(?P<{kind}>{rx.pattern.replace('(?P<name>', '(?:')})" for kind, rx in _KINDS.items()
        )
    ),
    ranged=True,
)
_VERB_FIRST_WORDS: Final = frozenset(("brengt", "bracht"))
_VERB_THEN_NAME_SCAN = WordScan(_KINDS["verbname"])
