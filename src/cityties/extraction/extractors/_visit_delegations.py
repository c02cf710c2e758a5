"""A fallback reading of delegations the verb and noun readers left without a visit.

Run last, over the sentences with a visit word where nothing was found. A delegation noun
names its sender, after it ("a delegation of Xuchang University", "une délégation de la
SISU", "een delegatie van de haven van X", "eine Delegation der Anqing Normal University")
or before it ("a DMU delegation"); its host is decided from the evidence of the sentence, in
this order:
1. the place or organisation after a preposition of direction or place that follows the
   sender ("... stayed at XCU", "... an der Hochschule Osnabrück aufgehalten");
2. "the city", "la ville", "de stad", "die Stadt" after such a preposition: the place named
   last before the noun;
3. a place named after a preposition of place before the noun ("signed in Aberdeen, during
   a visit of a DMU delegation", "s'est tenue à Liège ... en présence d'une délégation");
4. the document's own place, when the sender is an organisation or a place of another
   country than that place.
The reader's `_add` dates the visit and drops what it drops for every reading (the sender's
own place); cancelled and habitual sentences and meetings at a distance are skipped as the main
reading skips them, and so are plans and invitations and a sender that heads a list of guests
("Delegations from A, B and C attended ..."). A fallback visit is kept only
when its sentence dates it and the document did not already report a visit of that sender to
that host (the other readings know more of the sentence). A day told of an event "during a
visit" dates the visit to its month only: the stay's first day is not told.

A visit (of any reading) that its sentence does not date but says was made for a signing
("for the signing", "zur Unterzeichnung", "pour la signature", "voor de ondertekening"), or
whose next sentence says the act was signed during it ("signé au cours de cette réunion"), takes
the signing date of the dated act with the visitor or the host as a party, told nearest to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import first_chars, opened
from cityties.text import PartialDate

if TYPE_CHECKING:
    from cityties.extraction.extractors._clauses import Unit
    from cityties.extraction.extractors._parties import Actor
    from cityties.extraction.extractors.visits import _Reader, _Visit
    from cityties.extraction.types import AgreementFact

__all__ = ["date_by_signing", "date_undated", "delegation_fallback", "signing_date"]

_NOUN: Final = re.compile(
    r"(?<![\w-])(?:[\w-]*(?:delegation|délégation|delegatie|abordnung)(?:s|en)?)(?![\w-])",
    re.IGNORECASE,
)
# What every match of `_NOUN` holds in the lower-cased text (`lower_same`: each character the
# pattern takes for one of these letters, ignoring case, is that letter there): a sentence
# without any of them is not scanned (the pattern opens with a look-behind, tried at every
# character).
_NOUN_CUES: Final = ("delegat", "délégat", "abordnung")
# "delegation of", "délégation de la", "delegatie van de", "Delegation der": the sender next
_OF_GAP: Final = re.compile(
    r"[ \t]+(?:(?:of|from|de|du|des|van|uit|aus|der|von|vom)(?![\w'’])|d['’])[ \t]*"
    r"(?:(?:the|la|le|les|de|het|der|die|dem)[ \t]+|l['’][ \t]*)?",
    re.IGNORECASE,
)
# A place named by its country's adjective and its noun, after "from the": "the Chinese
# city", "de Oost-Chinese stad", "der ostchinesischen Stadt", "la ville chinoise".
_DESCRIBED: Final = re.compile(
    r"(?:(?:[\w-]+\s+)?(?P<adj>[\w-]+)\s+(?:city|town|stad|Stadt|Metropole)|(?:ville|cité)\s+(?P<adj2>[\w-]+))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "a DMU delegation", "the Kiel University's delegation": the sender right before
_BEFORE_GAP: Final = re.compile(r"(?:['’]s)?[ \t]+(?:[a-zà-ÿ]+[ \t]+)?", re.IGNORECASE)
# A preposition of direction or place closing the text before the host.
_TO_GAP: Final = re.compile(
    r"(?:^|\s)(?:to|at|in|naar|aan|bij|te|à|au|aux|en|chez|auprès\s+de|dans|nach|an|im|am|zu|"
    r"zum|zur|bei)\s+(?:(?:the|de|het|la|le|les|der|die|dem|den|das)\s+|l['’]\s*)?\Z",
    re.IGNORECASE,
)
# "to the city", "dans la ville", "naar de stad", "in die Stadt": a place named before
_TO_CITY: Final = re.compile(
    r"\s+(?:to|in|at|naar|in|à|dans|nach|in)\s+(?:the|de|la|die|der)\s+(?:city|stad|ville|Stadt)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_AT_BEFORE: Final = re.compile(r"(?:^|\s)(?:in|at|à|au|en|te|im)\s+\Z", re.IGNORECASE)
_CLAUSE_BREAK: Final = re.compile(r"[.;:!?]")
_LIST_NEXT: Final = re.compile(r"\s*(?:,|and\s|et\s|en\s|und\s)\s*", re.IGNORECASE)
_INVITED: Final = opened(
    re.compile(
        r"(?<![\w-])(?:invit(?:e|es|ed|ing|ation)|invitée?s?|inviter|eingeladen|einladung|lädt|"
        r"uitgenodigd|uitnodiging|nodigt)(?![\w-])",
        re.IGNORECASE,
    )
)
# "signed on 13 June, during a visit of a Qingdao delegation": the date is the act's, inside
# the stay; the stay's first day is not told, its month is
_DURING: Final = re.compile(
    r"(?<![\w-])(?:during|lors\s+d(?:e|u|['’])|pendant|au\s+cours\s+d(?:e|u|['’])|tijdens|während|"
    r"im\s+rahmen)(?![\w-])[^.;:!?]{0,50}\Z",
    re.IGNORECASE,
)


# A visit made for a signing: "zur Unterzeichnung war ... angereist", "led the delegation to
# Sanya for the signing", "pour la signature", "voor de ondertekening".
# (both written to open with the first characters of their words in any case, `first_chars`:
# `re` skips to them, where a look-behind opening makes it try every position of a sentence;
# the same matches)
_FOR_SIGNING_FIRSTS, _FOR_SIGNING_TAILS = first_chars(
    [
        *(rf"{w}\s+the\s+signing" for w in ("for", r"to\s+attend", "at", "during")),
        *(rf"{w}\s+(?:Vertrags)?unterzeichnung" for w in ("zur", r"bei\s+der")),
        r"zur\s+Unterschrift",
        *(rf"{w}\s+la\s+signature" for w in ("pour", "à", r"lors\s+de")),
        *(rf"{w}\s+de\s+ondertekening" for w in ("voor", "bij", "tijdens")),
    ],
    ignorecase=True,
)
_FOR_SIGNING: Final = re.compile(
    _FOR_SIGNING_FIRSTS + r"(?<![\w-].)" + _FOR_SIGNING_TAILS + r"(?![\w-])", re.IGNORECASE
)
# An act signed during the visit the sentence before told: "L'accord a été signé au cours de
# cette réunion", "was signed during the visit", "wurde während des Besuchs unterzeichnet".
_SIGNED_DURING_FIRSTS, _SIGNED_DURING_TAILS = first_chars(
    [
        *"signed signée?s? unterzeichnet unterschrieben ondertekend getekend during".split(),
        r"au\s+cours\s+d[eu]",
        r"lors\s+d[eu]",
        *"pendant während tijdens".split(),
    ],
    ignorecase=True,
)
_SIGNED_DURING: Final = re.compile(
    _SIGNED_DURING_FIRSTS
    + r"(?<![\w-].)"
    + _SIGNED_DURING_TAILS
    + r"\s+(?:[\w'’-]+\s+){0,5}?(?:visit|meeting|stay|visite|réunion|séance|séjour|venue|"
    r"besuch(?:s|es)?|treffens?|aufenthalts?|bezoek|bijeenkomst|verblijf)(?![\w-])",
    re.IGNORECASE,
)
_SIGN_WORD: Final = re.compile(
    r"(?<![\w-])(?:sign|signed|signing|signé|signée?s?|signature|unterzeichn\w*|unterschrieben|"
    r"ondertek\w*|getekend)(?![\w-])",
    re.IGNORECASE,
)


def signing_date(reader: _Reader, u: Unit, v: _Visit) -> PartialDate | None:
    """The date of the act a visit was made to sign, when its sentence says so ("for the
    signing", "zur Unterzeichnung") or the next sentence says the act was signed during it:
    the dated act that has the visitor or the host as a party, told nearest to the visit
    (else the one dated act of the document)."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    text = reader.text
    tied = _FOR_SIGNING.search(text, u.start, u.end) is not None
    if not tied:
        us = reader.units
        k = next((i for i, w in enumerate(us) if w.start == u.start), len(us))
        nxt = us[k + 1] if k + 1 < len(us) else None
        for w in (u, nxt):
            if w is None:
                continue
            m = _SIGNED_DURING.search(text, w.start, w.end)
            if m is not None and _SIGN_WORD.search(text, w.start, w.end):
                tied = True
                break
    if not tied:
        return None
    acts = [a for a in reader.doc.agreements if a.signed is not None and a.status != "planned"]
    ends = (v.visitor, v.host)
    mine = []
    for a in acts:
        for p in a.parties:
            actor = reader._party_actor(p)
            if actor is not None and any(_v._related(actor, e) for e in ends):
                mine.append(a)
                break
    pool = mine or (acts if len(acts) == 1 else [])
    if not pool:
        return None

    def distance(a: AgreementFact) -> int:
        starts = [e.start for e in a.evidence] or [0]
        return min(abs(x - u.start) for x in starts)

    return min(pool, key=distance).signed


def _to_month(v: _Visit) -> _Visit:
    d = v.date
    if d is None or d.month is None or d.day is None:
        return v
    return replace(v, date=PartialDate(d.year, d.month), end=None)


def _sender(reader: _Reader, actors: list[Actor], noun: re.Match[str]) -> Actor | None:
    text = reader.text
    gap = _OF_GAP.match(text, noun.end())
    if gap is not None:
        for a in actors:
            if a.start == gap.end():
                return a
        described = _DESCRIBED.match(text, gap.end())
        if described is not None:
            return _described_place(reader, described.group("adj") or described.group("adj2"))
    for a in reversed(actors):
        if a.end <= noun.start():
            if _BEFORE_GAP.fullmatch(text, a.end, noun.start()):
                return a
            break
    return None


def _described_place(reader: _Reader, adjective: str) -> Actor | None:
    """The place "the Chinese city", "de Chinese stad", "la ville chinoise", "der
    ostchinesischen Stadt" stands for: the one place of that country the document names
    (an act's party among several), not the document's own."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    countries = _v._demonym_countries(adjective.casefold())
    if not countries:
        return None
    home = reader.cast.home
    found: dict[str, Actor] = {}
    for a in reader.cast.actors:
        if (
            a.kind == "place"
            and a.place_kind == "city"
            and a.country in countries
            and (home is None or a.key != home.key)
        ):
            found.setdefault(a.key, a)
    parties = [a for a in found.values() if a.key in reader.party_keys]
    if len(parties) == 1:
        return parties[0]
    return next(iter(found.values())) if len(found) == 1 else None


def _listed(reader: _Reader, actors: list[Actor], sender: Actor) -> bool:
    """True when the sender heads a list ("Delegations from Karatsu, Breda and Gimhae"):
    guests of an event, not one delegation's visit."""
    m = _LIST_NEXT.match(reader.text, sender.end)
    return m is not None and any(a.start == m.end() for a in actors)


def _host(
    reader: _Reader, u: Unit, actors: list[Actor], noun: re.Match[str], sender: Actor
) -> Actor | None:
    text = reader.text
    after = max(noun.end(), sender.end)
    for a in actors:
        if a.start < after or a.key == sender.key:
            continue
        gap = text[after : a.start]
        if len(gap) > 80 or _CLAUSE_BREAK.search(gap):
            break
        if _TO_GAP.search(gap):
            return a
    city = _TO_CITY.match(text, after)
    if city is not None:
        before = reader.cast.within(max(0, u.start - 400), noun.start())
        for a in reversed(before):
            if a.kind == "place" and a.place_kind != "country" and a.key != sender.key:
                return a
        return None
    for a in reversed(actors):
        if a.end > noun.start() or a.key == sender.key:
            continue
        if (
            a.kind == "place"
            and a.place_kind != "country"
            and _AT_BEFORE.search(text, max(u.start, a.start - 6), a.start)
        ):
            return a
    home = reader.cast.home_besides(sender)
    if home is None:
        return None
    if sender.kind == "organisation" or (sender.country and sender.country != home.country):
        return home
    return None


def delegation_nouns(text: str, low: str, start: int, end: int) -> list[re.Match[str]]:
    """`_NOUN.finditer(text, start, end)` in a list, not run when the lower-cased text `low`
    holds none of `_NOUN_CUES` between `start` and `end`."""
    if all(low.find(cue, start, end) < 0 for cue in _NOUN_CUES):
        return []
    return list(_NOUN.finditer(text, start, end))


def delegation_fallback(reader: _Reader, us: list[Unit]) -> None:
    """Visits read from the delegation nouns of the trigger sentences without a visit."""
    from cityties.extraction.extractors import visits as _v  # (imports this module)

    done = {v.span for v in reader.found}
    pairs = {(v.visitor.key, v.host.key) for v in reader.found}
    text = reader.text
    for u in reader.trigger_units:
        if any(u.start <= s < u.end for s, _ in done):
            continue
        nouns = delegation_nouns(text, reader.low, u.start, u.end)
        if not nouns:
            continue
        if reader._sentence_has(lex.CANCELLED, _v._CANCELLED_SCAN, u) or (
            reader._sentence_has(lex.HABITUAL, _v._HABITUAL_SCAN, u)
        ):
            continue  # called off, or a habit (as the main reading)
        if _v._PLANNED.search(reader.low, u.start, u.end) or _INVITED.search(text, u.start, u.end):
            continue  # a plan or an invitation: the fallback reads only visits made
        virtual = reader._sentence_has(lex.VIRTUAL, _v._VIRTUAL_SCAN, u)
        actors = [a for a in reader.cast.within(u.start, u.end) if a.place_kind != "country"]
        for noun in nouns:
            if virtual and reader._at_a_distance(u, noun.start(), noun.end()):
                continue  # a video call with a delegation
            sender = _sender(reader, actors, noun)
            if sender is None or _listed(reader, actors, sender):
                continue
            host = _host(reader, u, actors, noun, sender)
            if host is None or (sender.key, host.key) in pairs:
                continue
            before = len(reader.found)
            reader._add(u, sender, host, noun.start())
            if len(reader.found) > before:
                added = [
                    v if v.date is not None else replace(v, date=signing_date(reader, u, v))
                    for v in reader.found[before:]
                ]
                if any(v.date is None for v in added):
                    del reader.found[before:]  # a sentence that dates nothing: too weak alone
                    continue
                reader.found[before:] = added
                if _DURING.search(text, max(u.start, noun.start() - 60), noun.start()):
                    reader.found[before:] = [_to_month(v) for v in reader.found[before:]]
                break


def date_undated(
    reader: _Reader, find: Callable[[_Reader, Unit, _Visit], PartialDate | None]
) -> None:
    """Each undated visit takes the date `find` gives for it and the sentence it was read in
    (None: it stays undated)."""
    if all(v.date is not None for v in reader.found):
        return
    by_start = {u.start: u for u in reader.units}
    out = []
    for v in reader.found:
        u = by_start.get(v.span[0])
        if v.date is None and u is not None:
            d = find(reader, u, v)
            if d is not None:
                v = replace(v, date=d)
        out.append(v)
    reader.found = out


def date_by_signing(reader: _Reader) -> None:
    """Undated visits made for a signing take the signing's date (`signing_date`)."""
    if reader.doc.agreements:
        date_undated(reader, signing_date)
