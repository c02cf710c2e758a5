"""The actors of a document (places and organisations that can be parties or visit ends).

Built from the mentions `cityties.places` puts on the Doc, with a few repairs that the
agreement and visit extractors need:
- countries are kept apart (a country is a qualifier or a destination, not a city's partner);
- a region right after a place ("Taizhou (Zhejiang province)", "Jinhua City, Zhejiang
  Province") qualifies it and is not a party;
- a word that is part of a state's name ("the People's Republic of China") is not a place;
- a name already recognised elsewhere in the document is recognised again where a line
  break or a headline hid it ("the City of\\nDublin");
- "Fort", "Port", "Saint" before a place belong to its name.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from cityties.extraction.doc import Doc, first_line
from cityties.extraction.extractors._clauses import lower_same
from cityties.extraction.extractors._clauses_scan import DocIndex, index_for
from cityties.extraction.extractors._lexicon_agreements import DEMONYMS
from cityties.extraction.extractors._places_scan import in_masthead
from cityties.extraction.types import Mention, OrgKind, Party, PlaceKind, PlaceRef
from cityties.text import fold as _fold

__all__ = ["Actor", "Cast", "build_cast", "cast_for", "fold", "same_party"]


@functools.lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """`cityties.text.fold`, cached: names repeat many times in a document."""
    return _fold(name)


@dataclass(frozen=True, slots=True)
class Actor:
    """A place or organisation at a span of the text."""

    start: int
    end: int
    name: str
    kind: Literal["place", "organisation"]
    key: str  # identity: the GeoNames id, else the kind and the folded name
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    place_kind: PlaceKind | None = None
    government: bool = False
    org_kind: OrgKind | None = None

    # Written out: mypyc compiles this one, while the generated `__init__` of a frozen
    # dataclass runs as Python (about twenty times slower, and a document makes hundreds).
    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        kind: Literal["place", "organisation"],
        key: str,
        geonameid: int | None = None,
        country: str | None = None,
        admin1: str | None = None,
        place_kind: PlaceKind | None = None,
        government: bool = False,
        org_kind: OrgKind | None = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "geonameid", geonameid)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "admin1", admin1)
        object.__setattr__(self, "place_kind", place_kind)
        object.__setattr__(self, "government", government)
        object.__setattr__(self, "org_kind", org_kind)

    def at(self, start: int, end: int, *, government: bool | None = None) -> Actor:
        """The same actor at another span (`dataclasses.replace`, in compiled code)."""
        gov = self.government if government is None else government
        return Actor(
            start,
            end,
            self.name,
            self.kind,
            self.key,
            self.geonameid,
            self.country,
            self.admin1,
            self.place_kind,
            gov,
            self.org_kind,
        )

    def party(self) -> Party:
        """The Party written on facts."""
        return Party(name=self.name, kind=self.kind, geonameid=self.geonameid)


@dataclass
class Cast:
    """Every actor of a document, the countries named, the persons and the home actor."""

    actors: list[Actor]
    countries: list[Actor]  # country mentions, kept apart from the actors
    persons: list[Mention]
    homes: list[Actor] = field(default_factory=list)  # the document's own place, likeliest first
    qualifiers: set[int] = field(default_factory=set)  # starts of qualifying regions
    home_org: Actor | None = None  # the institution the document is written by or about
    other_org: Actor | None = None  # the one other institution beside it (`_other_org`)
    _same_named: dict[str, list[Actor]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)

    # Written out: mypyc compiles it (the generated `__init__` of a dataclass runs as Python).
    def __init__(
        self,
        actors: list[Actor],
        countries: list[Actor],
        persons: list[Mention],
        homes: list[Actor] | None = None,
        qualifiers: set[int] | None = None,
    ) -> None:
        self.actors = actors
        self.countries = countries
        self.persons = persons
        self.homes = homes if homes is not None else []
        self.qualifiers = qualifiers if qualifiers is not None else set()
        self.home_org = None
        self.other_org = None
        self._same_named = {}
        self._starts = []
        self.__post_init__()

    def __post_init__(self) -> None:
        self._starts = [a.start for a in self.actors]

    @property
    def home(self) -> Actor | None:
        """The likeliest own place of the document."""
        return self.homes[0] if self.homes else None

    def home_besides(self, other: Actor) -> Actor | None:
        """The likeliest own place that is not `other` (the partner of an act)."""
        return next((h for h in self.homes if h.key != other.key), None)

    def display_name(self, a: Actor) -> str:
        """The name written on facts; two places of one name are told apart by region.

        "Taizhou (Jiangsu)" and "Taizhou (Zhejiang)"; "Hamilton, New Zealand" and
        "Hamilton, Ontario" when the countries differ (a state or province in the US, Canada
        and Australia, else the country).
        """
        if not self._same_named:
            self._same_named = _same_named(self.actors)
        others = self._same_named.get(fold(a.name))
        if not others or a.kind != "place":
            return a.name
        if len({o.country for o in others}) > 1 and a.country:
            if a.country in ("US", "CA", "AU") and a.admin1:
                return f"{a.name}, {a.admin1}"  # "Hamilton, Ontario", "Plymouth, Massachusetts"
            from cityties.extraction.gazetteer import load

            ref = load().country(a.country)
            return f"{a.name}, {ref.name}" if ref is not None else a.name
        return f"{a.name} ({a.admin1})" if a.admin1 else a.name

    def within(self, start: int, end: int) -> list[Actor]:
        """Actors inside [start, end), in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.actors) and self.actors[i].start < end:
            if self.actors[i].end <= end:
                out.append(self.actors[i])
            i += 1
        return out

    def countries_within(self, start: int, end: int) -> list[Actor]:
        """Country mentions inside [start, end)."""
        return [c for c in self.countries if c.start >= start and c.end <= end]

    def before(self, pos: int, *, limit: int = 2000) -> list[Actor]:
        """Actors that end before `pos` (at most `limit` characters back), nearest first."""
        return [a for a in reversed(self.actors) if a.end <= pos and pos - a.end <= limit]


# Countries that are cities too: they twin and sign like cities ("an MoU with Hong Kong").
_CITY_STATES: Final = frozenset({"HK", "MO", "SG", "MC", "LU", "SM", "VA", "LI", "AD"})


def _same_named(actors: list[Actor]) -> dict[str, list[Actor]]:
    """Folded names that the document gives to two or more different places."""
    by_name: dict[str, dict[str, Actor]] = {}
    for a in actors:
        if a.kind == "place" and a.geonameid is not None:
            by_name.setdefault(fold(a.name), {}).setdefault(a.key, a)
    out = {name: list(places.values()) for name, places in by_name.items() if len(places) > 1}
    return out or {"": []}  # never empty once computed


def _key(geonameid: int | None, kind: str, name: str) -> str:
    if geonameid is not None:
        return f"g{geonameid}"
    return f"{kind}:{fold(name)}"


def _place_actor(
    start: int, end: int, name: str, ref: PlaceRef, *, government: bool = False
) -> Actor:
    """The place actor of a gazetteer entry named `name` at text[start:end]."""
    return Actor(
        start,
        end,
        name,
        "place",
        _key(ref.geonameid, ref.kind, ref.name),
        ref.geonameid,
        ref.country,
        ref.admin1,
        ref.kind,
        government=government,
    )


_STATE_NAME_AFTER: Final = re.compile(r"\s+of\s+(?:the\s+)?\Z|\s+of\s+(?:the\s+)?")
_STATE_NAME_BEFORE: Final = re.compile(r"People['’]s\s+\Z|Peoples\s+\Z", re.IGNORECASE)
_PREFIX: Final = re.compile(r"(?<![\w-])(Fort|Port|Mount|Saint|Sankt|San|Santa|St\.)\s+\Z")
_QUALIFIER_SEP: Final = re.compile(
    r"\s*(?:,|\(|in(?:\s+the|\s+der|\s+de\s+la|\s+de|\s+het)?|im|en|au|aux|dans\s+la|"
    r"dans\s+le)\s*(?:(?:the|de|la|le|der|die|het)\s+)?\Z",
    re.IGNORECASE,
)


# "Landkreis Cham", "Kreis Unna": a German or Austrian district, a unit of its own beside its
# town, keeps its kind word in a party's name.
_DISTRICT_OPENERS: Final = ("Landkreis ", "Kreis ")
_DISTRICT_COUNTRIES: Final = frozenset(("DE", "AT"))


def _district_name(text: str, start: int, end: int, name: str, ref: PlaceRef | None) -> str:
    """The party name of a place mentioned at text[start:end]: "Landkreis Cham" for a German
    district written so ("Kreis Unna" when the place is German or Austrian, or unknown:
    "Kreis Rottal-Inn"), else the mention's name ("Kreis Jinzhai", a Chinese county, is
    "Jinzhai")."""
    if text[start] not in "LK" or not text.startswith(_DISTRICT_OPENERS, start):
        return name
    if text[start] == "K" and ref is not None and ref.country not in _DISTRICT_COUNTRIES:
        return name  # ("Landkreis" is a German district's word only)
    return " ".join(text[start:end].split())


def _district_named_everywhere(actors: list[Actor]) -> list[Actor]:
    """A German district the document writes "Landkreis Cham" once stands for every bare
    mention of its name ("Cham." in a dateline, "aus Cham"): the text is about the district,
    which the gazetteer does not tell from its town."""
    named: dict[str, Actor] = {}
    for a in actors:
        if a.kind == "place" and a.name.startswith(_DISTRICT_OPENERS):
            named.setdefault(fold(a.name.split(None, 1)[1]), a)
    if not named:
        return actors
    out: list[Actor] = []
    for a in actors:
        district = named.get(fold(a.name)) if a.kind == "place" else None
        out.append(a if district is None else district.at(a.start, a.end))
    return out


# A German district's word after a definite article, with no name after it ("der Landkreis
# unterhält", "eine Delegation des Landkreises"): the district the document names so. (The
# province, county or département of English, Dutch and French texts is as often the partner's
# or a region the text never names so: "firms in the province", "la province chinoise".)
_BARE_DISTRICT: Final = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]em|[Dd]en|[Dd]es) (Landkreis(?:es)?)(?![\w-])(?! [A-ZÀ-Þ])"
)


def _bare_districts(text: str, actors: list[Actor]) -> list[Actor]:
    """ "der Landkreis", "des Landkreises" stand for the one district the document names
    "Landkreis X" (none when it names none or several): the district's own press release
    writes its subject so ("da auch der Landkreis seit 15 Jahren eine Partnerschaft mit ...
    unterhält")."""
    if "Landkreis " not in text:
        return []
    named = {a.key: a for a in actors if a.kind == "place" and a.name.startswith("Landkreis ")}
    if len(named) != 1:
        return []
    district = next(iter(named.values()))
    taken = {(a.start, a.end) for a in actors}
    return [
        district.at(m.start(1), m.end(1))
        for m in _BARE_DISTRICT.finditer(text)
        if (m.start(1), m.end(1)) not in taken
    ]


def build_cast(doc: Doc) -> Cast:
    """The actors of `doc` from its mentions (see the module docstring)."""
    text = doc.text
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for m in doc.mentions:
        by_span.setdefault((m.start, m.end), []).append(m)
    actors: list[Actor] = []
    countries: list[Actor] = []
    persons: list[Mention] = []
    for (start, end), ms in by_span.items():
        place = org = person = None  # the first mention of each kind at this span
        for m in ms:
            if m.kind == "place":
                place = place or m
            elif m.kind == "organisation":
                org = org or m
            elif m.kind == "person":
                person = person or m
        if place is not None and place.name.casefold() in DEMONYMS:
            continue  # "the Canadian province of Québec": an adjective, no place
        if place is not None:
            ref = place.place
            if ref is not None and ref.kind == "other" and ref.country is None:
                continue  # a continent ("in Richtung Asien") is neither party nor host
            if ref is not None and ref.kind == "country" and ref.country not in _CITY_STATES:
                if ref.country:
                    countries.append(
                        Actor(
                            start,
                            end,
                            place.name,
                            "place",
                            _key(ref.geonameid, "country", ref.name),
                            ref.geonameid,
                            ref.country,
                            None,
                            "country",
                        )
                    )
                continue
            gid = ref.geonameid if ref else None
            pk: PlaceKind | None = ref.kind if ref else None
            actors.append(
                Actor(
                    start,
                    end,
                    _district_name(text, start, end, place.name, ref),
                    "place",
                    _key(gid, pk or "place", ref.name if ref and gid is None else place.name),
                    gid,
                    ref.country if ref else None,
                    ref.admin1 if ref else None,
                    pk,
                    government=org is not None and org.org_kind == "city_government",
                )
            )
        elif org is not None:
            actors.append(
                Actor(
                    start,
                    end,
                    org.name,
                    "organisation",
                    _key(None, "org", org.name),
                    org_kind=org.org_kind,
                )
            )
        elif person is not None:
            persons.append(person)
    countries.sort(key=lambda c: c.start)
    country_starts = {c.start for c in countries}
    kept: list[Actor] = []
    for a in actors:
        if a.kind == "place":
            # the three patterns need a space right after the name, or right before it
            spaced = text[a.start - 1 : a.start].isspace() if a.start else False
            after = (
                # (only a country named right after it can make it a word of a state's name)
                _STATE_NAME_AFTER.match(text, a.end)
                if country_starts and text[a.end : a.end + 1].isspace()
                else None
            )
            if (
                after
                and after.end() in country_starts
                and not _of_own_country(a, after.end(), countries)
            ):
                continue  # "Republic" in "Republic of China"
            if (
                spaced
                # every match holds "eople" (no other character matches these letters)
                and "eople" in text[max(0, a.start - 10) : a.start].lower()
                and _STATE_NAME_BEFORE.search(text, max(0, a.start - 10), a.start)
            ):
                continue
            window = text[max(0, a.start - 8) : a.start] if spaced else ""
            pre = (
                _PREFIX.search(text, max(0, a.start - 8), a.start)
                # every match holds one of these (case-sensitive)
                if "ort" in window or "Mount" in window or "Sa" in window or "St." in window
                else None
            )
            if pre:
                name = f"{pre.group(1)} {a.name}"
                a = replace(a, start=pre.start(1), name=name, key=_key(None, "place", name))
                a = replace(a, geonameid=None)
        elif a.kind == "organisation" and a.start >= 5 and text[a.start - 1] == " ":
            a = _prefixed_org(text, a, kept[-1].end if kept else 0)
        kept.append(a)
    kept = [_council_place(a, kept) for a in kept]
    kept = _without_furniture(text, kept, persons)
    kept = _without_title_fragments(text, kept)
    kept = _full_org_names(text, kept)
    kept = _slashed_names(text, kept)
    if doc.language == "de":
        kept = [a for a in kept if not _german_genitive_noun(text, a)]
    kept = _usual_names(kept)
    kept = _capitals_named(text, kept)
    kept.extend(_propagate(doc, kept))
    kept.extend(_initial_places(doc, kept))
    kept.extend(_dateline_places(doc, kept))
    kept = _without_wire_dateline(text, kept)
    kept = _district_named_everywhere(kept)
    kept.extend(_bare_districts(text, kept))
    kept.sort(key=lambda a: (a.start, -a.end))
    cast = Cast(kept, countries, persons)
    cast.qualifiers = _qualifiers(text, kept)
    cast.actors = [a for a in kept if a.start not in cast.qualifiers]
    cast.actors = _settle_namesakes(text, cast.actors, cast.qualifiers, country_starts)
    cast.__post_init__()
    cast.homes = _homes(doc, cast)
    cast.home_org = _home_org(doc, cast)
    if cast.home_org is not None:
        cast.other_org = _other_org(cast.actors, cast.home_org)
        back = _named_back(text, cast.actors, cast.home_org)
        if back:
            cast.actors = sorted([*cast.actors, *back], key=lambda a: (a.start, -a.end))
            cast.__post_init__()
    return cast


def _prefixed_org(text: str, a: Actor, free_from: int) -> Actor:
    """An organisation named after a place whose name begins with a prefix word ("Port Klang
    Authority", "Port Moresby Chamber of Commerce", "Fort Worth Chamber of Commerce"): the
    prefix read as a word of its own leaves the name cut at the place's second word; it is
    taken in when the gazetteer holds the prefixed place and no other actor holds the word."""
    window = text[max(0, a.start - 8) : a.start]
    if "ort" not in window and "Mount" not in window and "Sa" not in window and "St." not in window:
        return a
    pre = _PREFIX.search(text, max(0, a.start - 8), a.start)
    if pre is None or pre.start(1) < free_from or not text.startswith(a.name, a.start):
        return a
    first = a.name.split(" ", 1)[0]
    if not first[:1].isupper():
        return a
    from cityties.extraction.gazetteer import load

    if not load().entries(f"{pre.group(1)} {first}"):
        return a
    name = f"{pre.group(1)} {a.name}"
    return Actor(pre.start(1), a.end, name, a.kind, _key(None, "org", name), org_kind=a.org_kind)


def _of_own_country(a: Actor, country_start: int, countries: list[Actor]) -> bool:
    """Whether the country named after "of" is the place's own ("Okayama of Japan",
    "Kalamata of Greece" on a partner list): a place of it, not a word of the state's name
    ("Republic" of "Republic of China", a town of another country)."""
    if a.country is None or a.place_kind not in ("city", "admin1", "admin2"):
        return False
    c = next((c for c in countries if c.start == country_start), None)
    return c is not None and c.country == a.country


# Month abbreviations of the four languages, which a gazetteer holds as towns ("Nov" in
# Tajikistan, "Okt", "Dez"): a date's month when a full stop or a day's number stands by
_MONTH_ABBREVIATIONS: Final = frozenset(
    """jan feb febr mar mrt mrz mär apr jun jul aug sep sept oct okt nov dec dez déc janv févr
    avr juil""".split()
)
# a mail's header line ("From: Ortega, Dana", "Van: Jansen, Pieter", "De : Martin, Claire",
# "Von: Weber, Anna", "To: Hansen, Ray; Whitfield, Carol"): its value names persons
_MAIL_HEADER: Final = re.compile(
    r"(?m)^[ \t>]*(?:From|To|Cc|Van|Aan|De|À|A|Von|An|Kopie)[ \t]?:[ \t]*(?P<value>[^\n]*)$"
)
# one person in a header's value: "Last, First" or "First Last" (an address may follow)
_HEADER_PERSON: Final = re.compile(
    r"\s*(?:(?P<last>[A-ZÀ-Þ][\w'’-]+),\s*(?P<first>[A-ZÀ-Þ][\w'’-]+)|"
    r"(?P<names>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}))\s*(?:<[^>\n]*>)?\s*"
)
# words of an office's name in a header ("From: Economic Development Division", "Van:
# Gemeente Delft Buitenlandse Zaken", "De : Mairie Affaires internationales", "Von:
# Stadtverwaltung Auswärtiges Amt"), folded
_HEADER_BODIES: Final = frozenset(
    """office division department council city committee authority port university manager
    director mayor team bureau service services government municipal municipality foreign
    affairs ministry province gemeente gemeentelijke buitenlandse zaken bestuur provincie
    ministerie stadt ville afdeling abteilung regierung stadtverwaltung auswartiges amt
    angelegenheiten ministerium rathaus mairie municipale gouvernement affaires
    etrangeres conseil""".split()
)
# the least population of a city whose name, in a header's value, makes it a place's name
# ("From: Ningbo, China"), not a person's
_HEADER_CITY_POPULATION: Final = 1_000_000
# the greetings that open a mail's salutation line ("Hello Ray and Carol,", "Beste Pieter,")
_GREETINGS: Final = frozenset(
    "hello hi dear thanks regards best beste hallo liebe lieber bonjour chère cher "
    "and und en et".split()
)


def _month_abbreviation(text: str, a: Actor) -> bool:
    """Whether the place `a` is a month's abbreviation in a date ("Nov. 18", "18 Okt. 2025",
    "le 3 févr.", "Dec 2026")."""
    word = text[a.start : a.end]
    if len(word) > 5 or word.casefold() not in _MONTH_ABBREVIATIONS:
        return False
    after = text[a.end : a.end + 6]
    before = text[max(0, a.start - 4) : a.start]
    return after.startswith(".") or after.lstrip()[:1].isdigit() or before.rstrip()[-1:].isdigit()


def _header_place(value: str) -> bool:
    """Whether a word of a header's value names a country ("China") or a large city
    ("Ningbo") and no person's first name: the value is a place's name ("Ningbo, China")."""
    from cityties.extraction.gazetteer import load

    gaz = load()
    for w in re.findall(r"[^\W\d_][\w'’-]*", value):
        if len(w) < 4 or w.casefold() in gaz.first_names:
            continue
        if gaz.country_index(w) is not None:
            return True
        for i, alt in gaz.entries(w):
            ref = gaz.ref(i)
            if not alt and ref.kind == "city" and (ref.population or 0) >= _HEADER_CITY_POPULATION:
                return True
    return False


def _mail_persons(text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """The spans of a mail's header lines whose values name persons, and those persons'
    names (each word, folded)."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for m in _MAIL_HEADER.finditer(text):
        value = m.group("value").strip()
        parts = [p for p in re.split(r"[;]", value) if p.strip()]
        people = [_HEADER_PERSON.fullmatch(p) for p in parts]
        if not people or any(p is None for p in people):
            continue
        words = {fold(w) for w in value.replace(",", " ").split()}
        if words & _HEADER_BODIES:
            continue  # "From: Economic Development Division": an office, no person
        if any(_header_place(p.group(0)) for p in people if p is not None):
            continue  # "From: Ningbo, China": a place, no person
        spans.append(m.span("value"))
        for p in people:
            if p is None:
                continue
            for g in ("last", "first", "names"):
                if p.group(g):
                    names.update(fold(w) for w in p.group(g).split())
    return spans, names


def _in_salutation(text: str, a: Actor, names: set[str]) -> bool:
    """Whether `a` stands in a mail's salutation or signature line: a short line made of the
    header's person names and greeting words only ("Dana,", "Hello Ray and Carol,", "Dana
    Ortega")."""
    ls = text.rfind("\n", 0, a.start) + 1
    le = text.find("\n", a.end)
    line = text[ls : len(text) if le < 0 else le].strip()
    if len(line) > 40:
        return False
    words = [fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", line)]
    return bool(words) and all(w in names or w in _GREETINGS for w in words)


def _without_furniture(text: str, actors: list[Actor], persons: list[Mention]) -> list[Actor]:
    """Places that a document's furniture or its people name, no actors: a month's
    abbreviation in a date ("Nov. 18"); a surname right after a person's first names ("Mei
    Lin Fraser") or a title and a name read as one unknown place ("County Magistrate Chen
    Lihua"); the persons of a mail's header lines and of its salutations and signatures
    ("From: Ortega, Dana" ... "Dana,")."""
    spans, names = _mail_persons(text) if ":" in text else ([], set())
    first_names = {p.end: text[p.start : p.end] for p in persons}
    # "Mei Lin Fraser": the person's surname, there and wherever the same first names stand
    # before it ("Dazhou: Mei Lin Fraser reported ...")
    surnames = {
        (first_names[a.start - 1], a.name)
        for a in actors
        if a.start - 1 in first_names and text[a.start - 1] == " " and a.kind == "place"
    }
    out: list[Actor] = []
    for a in actors:
        if a.kind == "place" and not a.government:
            if _month_abbreviation(text, a):
                continue
            if surnames and any(
                name == a.name and text.endswith(first + " ", 0, a.start)
                for first, name in surnames
            ):
                continue
            if a.geonameid is None and any(p.start >= a.start and p.end <= a.end for p in persons):
                continue  # "County Magistrate Chen Lihua"
            # (the words as written: the gazetteer may name "Jonas" as its town "Jona")
            if names and (fold(a.name) in names or fold(text[a.start : a.end]) in names):
                if any(s <= a.start and a.end <= e for s, e in spans) or _in_salutation(
                    text, a, names
                ):
                    continue
        out.append(a)
    return out


# The qualifier of a person's title, last in an organisation's name: "UM Vice" in "UM Vice
# Rector Mok", "UOW Deputy" in "UOW Deputy President Lee", "NTU Acting" in "NTU Acting
# Director": the title of a person of the organisation, not an organisation of its own
_TITLE_FRAGMENT: Final = frozenset({"vice", "deputy", "acting", "executive", "associate"})


def _without_title_fragments(text: str, actors: list[Actor]) -> list[Actor]:
    """Organisations named with a title's qualifier last ("UM Vice"): the organisation before
    it when the document names it so elsewhere (an acronym of a named university), else no
    actor."""
    out: list[Actor] = []
    for a in actors:
        last = a.name.rsplit(None, 1)
        if (
            a.kind != "organisation"
            or len(last) != 2
            or last[1].casefold() not in _TITLE_FRAGMENT
            or a.org_kind not in (None, "other")
        ):
            out.append(a)
            continue
        head = last[0]
        known = next(
            (
                b
                for b in actors
                if b.kind == "organisation" and b is not a and text[b.start : b.end] == head
            ),
            None,
        )
        if known is not None:
            out.append(known.at(a.start, a.start + len(head)))
    return out


def _full_org_names(text: str, actors: list[Actor]) -> list[Actor]:
    """One name for one organisation: a name cut at its first word where the text writes
    that word right before it ("Breton University" in "Cape Breton University (CBU)", a
    sentence's first word taken for a common one) is the full name the document names
    elsewhere, at every mention (its acronym's too)."""
    orgs = [a for a in actors if a.kind == "organisation"]
    if len(orgs) < 2:
        return actors
    names = {a.name: a for a in orgs}
    full: dict[str, Actor] = {}
    for a in orgs:
        if a.name in full:
            continue
        for b in names.values():
            if len(b.name) <= len(a.name) + 1 or not b.name.endswith(" " + a.name):
                continue
            head = b.name[: len(b.name) - len(a.name)]
            if a.start >= len(head) and text[a.start - len(head) : a.start] == head:
                full[a.name] = b
                break
    if not full:
        return actors
    out: list[Actor] = []
    for a in actors:
        whole_name = full.get(a.name) if a.kind == "organisation" else None
        if whole_name is not None:
            cut = len(whole_name.name) - len(a.name)
            whole = a.start >= cut and text[a.start - cut : a.start] == whole_name.name[:cut]
            out.append(whole_name.at(a.start - cut if whole else a.start, a.end))
        else:
            out.append(a)
    return out


# A second seat after a slash, in an institution's name: "Universität Witten/Herdecke",
# "Hochschule Emden/Leer", "Hogeschool Arnhem/Nijmegen": one name, not a name and a town
_SLASHED: Final = re.compile(r"/[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?(?![\w/-])")
# (not a head word after the slash: "Port Autonome de Lomé/Port Autonome d'Abidjan",
# "Hafen Hamburg/Hafen Shanghai" are two names; a seat is never one)
_SLASHED_HEADS: Final = frozenset(
    """port ports hafen haven harbour university universitat universite universiteit
    hochschule hogeschool college chamber kammer kamer chambre""".split()
)


def _slashed_names(text: str, actors: list[Actor]) -> list[Actor]:
    """Organisations whose name goes on after a slash with a capitalised word take it in;
    a place read in that word is no actor of its own."""
    out: list[Actor] = []
    skip_to = -1
    for a in actors:
        if a.start < skip_to:
            continue
        m = (
            _SLASHED.match(text, a.end)
            if a.kind == "organisation"
            and text.startswith("/", a.end)
            and text[a.start : a.end] == a.name
            else None
        )
        if m is None or fold(m.group()[1:]) in _SLASHED_HEADS:
            out.append(a)
            continue
        name = a.name + m.group()
        out.append(
            Actor(a.start, m.end(), name, a.kind, _key(None, "org", name), org_kind=a.org_kind)
        )
        skip_to = m.end()
    return out


# A German noun in the genitive after "des", "eines" ("des Büros für Auswärtige
# Angelegenheiten", "des Landes", "eines Freistaats"...) that a gazetteer holds as a foreign
# town or district ("Büros" in Sweden, "Landes" in France): German writes no article before a
# town's name, and "der Bretagne", "des Elsass" are regions
_GENITIVE_ARTICLE: Final = re.compile(r"(?<![\w-])(?:des|eines|dieses|jedes)\s+\Z")
_NO_ARTICLE_COUNTRIES: Final = frozenset({"DE", "AT", "CH", "LI", "LU", "CN", "TW", "HK", "MO"})


def _german_genitive_noun(text: str, a: Actor) -> bool:
    """Whether the place actor `a` is a German noun in the genitive (see above)."""
    return (
        a.kind == "place"
        and not a.government
        and a.place_kind in ("city", "admin2")
        and a.country not in _NO_ARTICLE_COUNTRIES
        and a.name.endswith("s")
        and " " not in a.name
        and text[a.start : a.end] == a.name
        and _GENITIVE_ARTICLE.search(text, max(0, a.start - 8), a.start) is not None
    )


# "Cardiff Council", "Perth City Council": the government of a place.
_COUNCIL: Final = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:City\s+|County\s+|Town\s+|"
    r"Municipal\s+|District\s+|Borough\s+)?Council"
)


def _council_place(a: Actor, actors: list[Actor]) -> Actor:
    """An organisation named "X Council" is X's government, a place actor."""
    if a.kind != "organisation":
        return a
    m = _COUNCIL.fullmatch(a.name)
    if m is None:
        return a
    name = m.group("place")
    known = next((b for b in actors if b.kind == "place" and fold(b.name) == fold(name)), None)
    if known is not None:
        return known.at(a.start, a.end, government=True)
    from cityties.extraction.gazetteer import load

    gaz = load()
    best = gaz.resolve_index(name)
    if best is None:
        return a
    ref = gaz.ref(best)
    alt = next((flag for i, flag in gaz.entries(name) if i == best), True)
    if ref.kind != "city" or (ref.population or 0) < (100_000 if alt else 10_000):
        return a
    return _place_actor(a.start, a.end, name, ref, government=True)


_LAST: list[tuple[Doc, int, Cast]] = []


def cast_for(doc: Doc) -> Cast:
    """`build_cast(doc)`, kept for the next extractor that reads the same document."""
    if _LAST and _LAST[0][0] is doc and _LAST[0][1] == len(doc.mentions):
        return _LAST[0][2]
    cast = build_cast(doc)
    _LAST[:] = [(doc, len(doc.mentions), cast)]
    return cast


# "the capital of Anhui", "la capitale du Shandong", "de hoofdstad van de provincie Jilin",
# "die Hauptstadt der Provinz Anhui", right before a region's name
_CAPITAL_OF_REGION: Final = re.compile(
    r"(?<![\w-])(?:capital|capitale|hoofdstad|hauptstadt)\s+"
    r"(?:of|de|du|des|van|der|von)\s*(?:the\s+|la\s+|l['’]|de\s+|het\s+)?"
    r"(?:china['’]s\s+|chinas\s+)?"
    r"(?:(?:chinese\s+|chinesischen\s+|chinoise\s+)?(?:province|provincie|provinz|région|region|regio)"
    r"\s+(?:of\s+|de\s+|du\s+|van\s+|d['’])?)?\Z"
)
# "Changsha, la capitale du", "Wuhan, the capital of": an apposition to the city's name
_APPOSED_CAPITAL: Final = re.compile(r",\s*(?:(?:the|la|de|die)\s+)?(?:[a-z]+\s+)?\Z")
# the letters every match holds (a gate before the pattern)
_CAPITAL_WORDS: Final = ("capital", "hoofdstad", "hauptstadt")


def _capitals_named(text: str, actors: list[Actor]) -> list[Actor]:
    """A region named as the region whose capital is meant ("a partnership with the capital
    of the province of Anhui", "le lien avec la capitale du Shandong", "met de hoofdstad van
    Jilin") stands for the one city of that region the document names (Hefei): the city can
    sign, the region is only its description. With no such city, or two, the region stays."""
    out = actors
    for i, a in enumerate(actors):
        if a.place_kind not in ("admin1", "admin2") or a.admin1 is None:
            continue
        window = text[max(0, a.start - 60) : a.start]
        low = window.lower()
        if not any(w in low for w in _CAPITAL_WORDS):
            continue
        m = _CAPITAL_OF_REGION.search(low)
        if m is None or _APPOSED_CAPITAL.search(low, 0, m.start()):
            continue  # "Changsha, la capitale du Hunan": the city is named, the region qualifies
        cities = {
            b.key: b
            for b in actors
            if b.place_kind == "city" and b.admin1 == a.admin1 and b.country == a.country
        }
        if len(cities) != 1:
            continue
        city = next(iter(cities.values()))
        if out is actors:
            out = list(actors)
        out[i] = Actor(
            a.start,
            a.end,
            city.name,
            "place",
            city.key,
            city.geonameid,
            city.country,
            city.admin1,
            city.place_kind,
            a.government,
        )
    return out


def _usual_names(actors: list[Actor]) -> list[Actor]:
    """A name written in capitals ("PRAGUE - ...") takes the usual spelling found elsewhere."""
    usual: dict[str, str] = {}
    for a in actors:
        if not a.name.isupper():
            usual.setdefault(a.key, a.name)
    return [
        replace(a, name=usual[a.key])
        if a.name.isupper() and len(a.name) > 3 and a.key in usual
        else a
        for a in actors
    ]


def _propagate(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Place names recognised once, found again where no mention covers them."""
    names: dict[str, Actor] = {}
    for a in actors:
        if a.kind == "place" and len(a.name) >= 3 and a.name[:1].isupper():
            names.setdefault(a.name, a)
    if not names:
        return []
    text = doc.text
    covered = sorted((m.start, m.end) for m in doc.mentions)
    starts = [c[0] for c in covered]
    reach = _reach(covered)
    idx = index_for(doc)
    found: list[tuple[int, int, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for i in _name_starts(idx, text, name):
            end = i + len(name)
            if (i == 0 or not _wordish(text[i - 1])) and (
                end == len(text) or not _wordish(text[end])
            ):
                found.append((i, end, name))
    out: list[Actor] = []
    taken: list[tuple[int, int]] = []
    for start, end, name in sorted(found):
        k = bisect.bisect_left(starts, end)
        if k and reach[k - 1] > start:
            continue  # a mention covers it
        if any(ts < end and te > start for ts, te in taken[-3:]):
            continue  # a shorter name inside a longer one found here
        taken.append((start, end))
        out.append(names[name].at(start, end))
    return out


def _name_starts(idx: DocIndex, text: str, name: str) -> list[int]:
    """Offsets where `text` holds `name`, at least all those with no letter right before
    (the ones `_propagate` keeps): the starts of the runs of letters that are the name's first
    word (the document's word index, `_clauses_scan`), else a search of the whole text.
    """
    n = 0
    while n < len(name) and _is_letter(name[n]):
        n += 1
    try:
        first = lower_same(name[:n]).encode("latin-1")
    except UnicodeEncodeError:
        first = b""
    if not first:
        out = []
        i = text.find(name)
        while i >= 0:
            out.append(i)
            i = text.find(name, i + 1)
        return out
    # a run of letters in the index is exactly the name's first word where the name starts
    # after a character that is no letter
    return [i for i in idx.word_starts(first) if text.startswith(name, i)]


def _reach(spans: list[tuple[int, int]]) -> list[int]:
    """For spans sorted by start, the furthest end among the first i + 1 of them: a span
    [s, e) overlaps one of those that start before e, when the reach there passes s."""
    out = []
    best = -1
    for _, end in spans:
        best = max(best, end)
        out.append(best)
    return out


def _is_letter(c: str) -> bool:
    """The class [^\\W\\d_] of `re` for one character (a letter of the word index)."""
    return c.isalnum() and not c.isdecimal()


def _wordish(c: str) -> bool:
    return c.isalnum() or c in "-_"


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` with no letter, digit, "_" or "-" on either side (the
    search of "(?<![\\w-])word(?![\\w-])", without building a pattern per word)."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not _wordish(text[i - 1])) and (
            i + n == len(text) or not _wordish(text[i + n])
        ):
            return True
        i = text.find(word, i + 1)
    return False


# Capitalised words that start sentences and are no place, whatever the gazetteer says.
_NOT_PLACES: Final = frozenset(
    """we you they he she it us them who what which where why how here yes no not now then
    the this that these those there their its our his her after before during since when
    while although however also both each every other many most some all currently today
    mission union council mayor president delegation city town county province region state
    east west north south central northeast northwest southeast southwest nord sud est ouest
    ost süd nord oost zuid noord
    in on at as by for from with into about under over between among de het een die dat deze
    dit er ook op bij aan met van voor naar na om te le la les un une des ce cette ces il elle
    ils elles nous on en au aux avec dans pour par sur der die das ein eine den dem des im am
    zum zur mit nach von vor bei seit auch wir sie es und oder reading mobile nice split hope
    bath independence marathon victoria surprise temple normal enterprise paradise spring
    orange pearl providence concord aurora mission sandy commerce liberty friendship
    republic union unity harmony dabei daarbij hierbij daarna danach dazu damit darauf dort
    hier daar ensuite puis alors ainsi toutefois""".split()
)
# (Each run of letters possessive: only a run's end can be followed by what the look-ahead
# wants, so re does not backtrack through the letters of each word; the same matches.)
_INITIAL: Final = re.compile(
    r"[\"'“‘(•·*\s-]*(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]++(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]++)?"
    r"(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_]++)?)(?=\s+[a-zà-ÿ]|,|['’]s\s)"
)


def _initial_places(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Well-known places at the start of a sentence that no mention covers ("Mechelen wil ...")."""
    covered = sorted([(m.start, m.end) for m in doc.mentions] + [(a.start, a.end) for a in actors])
    starts = [c[0] for c in covered]
    reach = _reach(covered)
    out: list[Actor] = []
    for sent in doc.sentences:
        m = _INITIAL.match(doc.text, sent.start, sent.end)
        if m is None:
            continue
        s, e = m.span("name")
        i = bisect.bisect_left(starts, e)
        if i and reach[i - 1] > s:
            continue
        for name in _initial_candidates(m.group("name")):
            folded = name.casefold()
            if folded in _NOT_PLACES or len(name) < 3 or name.isupper():
                continue
            ref = _well_known(name, doc.country)
            if ref is None:
                continue
            if _has_word(doc.text, folded):
                continue  # also an ordinary (lower-case) word of this text
            end = s + len(name)
            out.append(_place_actor(s, end, name, ref))
            break
    return out


# "GHENT, 3 May 2021 - ...", "OAKLAND, the United States, Oct. 17 (Xinhua) -- ...": a place in
# capitals that opens a line of the top of the document as its dateline
# (its matches never hold a line break: see `_line_matches`)
_CAPS_DATELINE: Final = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,}(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+){0,2})"
    r"(?=,[ \t]|[ \t]+[-–—][ \t])"
)


# a news agency's dateline: "BEIJING, (Eastwire / Asia Desk - 3rd Mar, 2026 ) :",
# "CHICAGO, Sept. 14 (Xinhua) --", "HEFEI, 16. Juni 2025 (Xinhuanet) --", "KANKAN, 12 mars
# (Xinhua) --": a place in capitals, maybe a date, then the agency in brackets
_WIRE_DATELINE: Final = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,}(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+){0,2})"
    r"(?:,[^\n()]{0,48}?)?[ \t]*\((?P<agency>[^()\n]{2,80})\)[ \t]*(?:--|[-–—:])"
)


def _without_wire_dateline(text: str, actors: list[Actor]) -> list[Actor]:
    """The actors less the place and the agency of a news agency's dateline at the top of
    the document ("SYDNEY, Dec. 21 (Xinhua) -- ...", "BEIJING, (Eastwire / ...) :Shaanxi
    ..."): the place is where the agency's correspondent files from, not the document's own
    place nor a party (a party is named again in the report), and the agency is no place
    ("Xinhua" is also a town of Hunan). A press release's wire ("LYON, le 9 juin 2026 /CNW/")
    is written by its issuer, whose place it names: kept."""
    top = min(len(text), _TOP_CHARS * 4)
    if "(" not in text[:top]:
        return actors
    spans = [
        (m.start(g), m.end(g))
        for m in _line_matches(_WIRE_DATELINE, text, top)
        for g in ("name", "agency")
    ]
    if not spans:
        return actors
    return [a for a in actors if not any(s <= a.start and a.end <= e for s, e in spans)]


def _line_matches(rx: re.Pattern[str], text: str, end: int) -> list[re.Match[str]]:
    """`rx.finditer(text, 0, end)` for a pattern that opens with "(?m)^" and whose matches
    stay on one line: tried at the start of each line only (a search would try every
    character)."""
    out: list[re.Match[str]] = []
    start = 0
    while start < end:
        m = rx.match(text, start, end)
        if m is not None:
            out.append(m)
        nl = text.find("\n", start, end)
        if nl < 0:
            break
        start = nl + 1
    return out


def _dateline_places(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Well-known places written in capitals as a dateline at the top of the document
    ("GHENT, 3 May 2021 - The city has signed ..."), which no mention covers: the place the
    document is written from, often the party it leaves unnamed."""
    text = doc.text
    top = min(len(text), _TOP_CHARS * 4)
    if not any(c.isupper() for c in text[:top]):
        return []
    covered = [(a.start, a.end) for a in actors] + [(m.start, m.end) for m in doc.mentions]
    out: list[Actor] = []
    for m in _line_matches(_CAPS_DATELINE, text, top):
        s, e = m.span("name")
        if any(cs < e and ce > s for cs, ce in covered):
            continue
        # "XI'AN" -> "Xi'an", "BADEN-BADEN" -> "Baden-Baden"
        name = "-".join(
            " ".join(w.capitalize() for w in part.split(" ")) for part in m.group("name").split("-")
        )
        if name.casefold() in _NOT_PLACES:
            continue
        ref = _well_known(name, doc.country)
        if ref is None:
            continue
        if ref.admin1 and any(
            a.place_kind == "admin1" and a.admin1 and fold(a.admin1) == fold(ref.admin1)
            for a in actors
        ):
            continue  # "EDMONTON – Alberta's Minister ...": the region named writes from its seat
        out.append(_place_actor(s, e, name, ref))
    return out


@functools.lru_cache(maxsize=4096)
def _well_known(name: str, country: str | None) -> PlaceRef | None:
    """The place a capitalised word at the start of a sentence names when it is well known:
    a city of 100,000 people (10,000 under its main name) or a region under its main name.

    Kept per name and default country: the gazetteer does not change while the process runs.
    """
    from cityties.extraction.gazetteer import ResolveContext, load

    gaz = load()
    entries = gaz.entries(name)
    if not entries:
        return None
    ctx = ResolveContext(countries=(country,) if country else ())
    best = gaz.resolve_index(name, context=ctx)
    if best is None:
        return None
    alt = next((a for i2, a in entries if i2 == best), True)
    ref = gaz.ref(best)
    pop = ref.population or 0
    ok = (ref.kind == "city" and pop >= (100_000 if alt else 10_000)) or (
        ref.kind == "admin1" and not alt
    )
    return ref if ok else None


def _initial_candidates(name: str) -> list[str]:
    words = name.split()
    return [name, words[0]] if len(words) > 1 else [name]


_QUALIFIED: Final = re.compile(r"\s*[,(]\s*")


def _settle_namesakes(
    text: str, actors: list[Actor], qualifiers: set[int], country_starts: set[int]
) -> list[Actor]:
    """A bare name that the document gives to two places ("Portland" on a page that names
    "Portland, Oregon" and "Portland, Maine") means the place qualified last before it (else
    the first qualified after it)."""
    keys: dict[str, set[str]] = {}
    for a in actors:
        if a.kind == "place" and a.geonameid is not None:
            keys.setdefault(fold(a.name), set()).add(a.key)
    names = {name for name, ks in keys.items() if len(ks) > 1}
    if not names:
        return actors
    qualified: dict[str, list[Actor]] = {}
    bare: list[int] = []
    for n, a in enumerate(actors):
        if a.kind != "place" or fold(a.name) not in names:
            continue
        m = _QUALIFIED.match(text, a.end)
        if m is not None and (m.end() in qualifiers or m.end() in country_starts):
            qualified.setdefault(fold(a.name), []).append(a)
        else:
            bare.append(n)
    out = list(actors)
    for n in bare:
        a = actors[n]
        known = qualified.get(fold(a.name))
        if not known:
            continue
        before = [q for q in known if q.start < a.start]
        ref = before[-1] if before else known[0]
        if ref.key != a.key:
            out[n] = replace(
                a,
                key=ref.key,
                geonameid=ref.geonameid,
                country=ref.country,
                admin1=ref.admin1,
                place_kind=ref.place_kind,
            )
    return out


# "Taiyuan, the capital of China's Shanxi province", "Nanchang, capitale de la province du
# Jiangxi", "Jinan, Hauptstadt der Provinz Shandong": the region qualifies the city
_CAPITAL_OF: Final = re.compile(
    r"\s*,\s+(?:(?:the|la|de|die)\s+)?(?:provincial\s+|regional\s+|state\s+)?(?:capital|capitale|"
    r"hoofdstad|Hauptstadt|chef-lieu)\s+(?:city\s+)?(?:of|de|van|der|du|des)\s+"
    r"(?:(?:the|la|le|l['’]|de|het|der|des)\s+)?(?:[A-ZÀ-Þ][\w-]+['’]s?\s+)?"
    r"(?:(?:province|provincie|Provinz|région|region|state|Bundeslandes|Landes)\s+"
    r"(?:of\s+|de\s+|du\s+|van\s+|de\s+la\s+)?(?:the\s+)?)?"
)


# "Plymouth in de Amerikaanse staat Massachusetts", "Ube, in the Japanese prefecture of
# Yamaguchi", "Xi'an in der chinesischen Provinz Shaanxi"
_IN_REGION: Final = re.compile(
    r"\s*,?\s*(?:in|im|en|dans)\s+(?:(?:the|de|het|der|die|la|le|l['’])\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:state|staat|province|provincie|Provinz|Bundesstaat|Bundesland|région|region|regio|"
    r"prefecture|prefectuur|Präfektur|county|préfecture)(?:\s+(?:of|van|de|du|von))?\s*)?",
    re.IGNORECASE,
)


# "het district Huangyan van de stad Taizhou", "des Bezirks Jintan der Stadt Changzhou", "the
# district of Pudong in Shanghai": the city after a district places the district
_DISTRICT_BEFORE: Final = re.compile(
    r"(?i:district|bezirks?|bezirkes|stadtbezirks?|stadsdistrict)\s+(?:(?i:of|de|van)\s+|d['’])?\Z"
)
_CITY_OF_DISTRICT: Final = re.compile(
    r"\s*(?:,\s*|\(\s*|(?i:van|of|de|der|des|du|in|im|dans|en)\s+(?:(?i:the|de|la|der|het)\s+)?)",
)


def _district_word(window: str) -> bool:
    """False when `_DISTRICT_BEFORE` cannot match in `window`: every match holds "district" or
    "bezirk" in any case (outside ASCII, where "İ", "ſ" or the Kelvin sign match "i", "s" or
    "k" too, the pattern decides)."""
    if not window.isascii():
        return True
    low = window.lower()
    return "district" in low or "bezirk" in low


def _district_named(text: str, a: Actor, *, county: bool = False) -> bool:
    """True for a place written with a district word after its name ('Qiaokou District',
    'Jiangbei New Area'; with `county`, also 'Qingtian County')."""
    last = text[a.end - 1 : a.end]
    if last != "t" and last != "a" and not (county and last == "y"):
        return False  # (the words end so)
    low = text[max(a.start, a.end - 12) : a.end].lower()
    return low.endswith(_DISTRICT_ENDS) or (county and low.endswith(" county"))


_DISTRICT_ENDS = (" district", " new area")
_POSSESSIVE = ("'s ", "’s ")
# "Ghent-based Vlerick Business School", "the Shenzhen-based company BYD"
_BASED: Final = re.compile(r"[- ]based(?:\s+[a-z]+){0,2}\s+")


# "Yantai University aus der Provinz Shandong", "Hubei University from Hubei Province",
# "l'université Jiaotong de la province du Sichuan", "de universiteit uit de provincie Jiangsu":
# the region an organisation is from (the gap from the organisation to the region)
_ORG_FROM_REGION: Final = re.compile(
    r",?\s+(?:aus|from|uit|de)\s+(?:(?:der|dem|the|de|het|la)\s+)?"
    # "aus dem südchinesischen Hangzhou", "from the Chinese province of"
    r"(?:(?:[a-zäöüéè]+|Chinese)\s+)?"
    r"(?:(?:Provinz|province|Province|provincie|Region|region|région|regio|Stadt|city|stad|"
    r"ville)\s+)?"
    r"(?:(?:of|van|de|du)\s+|d['’])?(?:l['’])?"
)


def _org_from_region(text: str, prev: Actor, cur: Actor) -> bool:
    """Whether the region or city `cur` names where the organisation `prev` before it is from
    ("Yantai University aus der Provinz Shandong", "die Zhejiang University of Science and
    Technology aus dem südchinesischen Hangzhou"): no party of the organisation's acts."""
    if prev.kind != "organisation" or cur.place_kind not in ("admin1", "admin2", "city"):
        return False
    gap = text[prev.end : cur.start]
    return len(gap) <= 40 and _ORG_FROM_REGION.fullmatch(gap) is not None


# The words of a region's kind, in an apposition that places a town or a port in its region
# ("Yangzhou, in eastern China's Jiangsu province", "Wuxi, gelegen in de oostelijke provincie
# Jiangsu", "le port de Wuzhou, situé dans la région chinoise du Guangxi", "Nanchang, capitale
# de la province du Jiangxi", "Yantai in der Küstenprovinz Shandong")
_APPOSED_REGION_WORD: Final = re.compile(
    r"(?i)(?<![\w-])(?:\w*provin(?:ce|cie|z)|r[ée]gion|regio|state|staat|bundesstaat|"
    r"bundesland|prefecture|prefectuur|pr[äa]fektur|préfecture)(?![\w-])"
)
# the locative or apposition words that open such an apposition
_APPOSED_OPENERS: Final = frozenset(
    "in im dans en au aux a an city town stad ville stadt capital capitale hoofdstad "
    "hauptstadt port haven hafen".split()
)
# words that join two parties instead ("Taizhou and Jiangsu province", "mit der Provinz")
_APPOSED_JOINERS: Final = frozenset(
    "and und et with mit met avec between zwischen tussen entre sowie or oder ou signed "
    "sign signs agreed".split()
)
_APPOSED_GAP_STOPS: Final = frozenset('.;:!?)&/"«»“”')


def _apposed_region(text: str, prev: Actor, cur: Actor) -> bool:
    """Whether the region `cur` is named in an apposition that places the town or port `prev`
    right before it in its region: a short gap in one clause that opens with a comma, a
    bracket or a locative ("in", "dans", "im"), holds no word that joins two parties, and
    names the region's kind in it or right after the name ("Yangzhou, in eastern China's
    Jiangsu province", "Wuzhou, in the Guangxi region of China", "Wuxi, gelegen in de
    oostelijke provincie Jiangsu"). A state named right after a town whose state it is ("Spokane,
    Washington") qualifies it whatever the gazetteer made of the name."""
    if cur.kind != "place" or cur.government:
        return False
    if prev.kind == "place" and prev.admin1 is not None and fold(cur.name) == fold(prev.admin1):
        gap = text[prev.end : cur.start]
        if len(gap) <= 24 and _QUALIFIER_SEP.fullmatch(gap):
            return True  # "Spokane, Washington", "Spokane, Spokane County, Washington"
    if cur.place_kind not in ("admin1", None):
        return False
    if prev.kind == "place" and prev.place_kind not in ("city", "admin2", None):
        return False
    if prev.kind == "organisation" and prev.org_kind != "port":
        return False
    gap = text[prev.end : cur.start]
    if len(gap) > 70 or "\n\n" in gap or any(c in _APPOSED_GAP_STOPS for c in gap):
        return False
    lead = gap.lstrip()
    words = [w.strip("'’").casefold() for w in re.split(r"[\s,(]+", gap) if w]
    if not lead.startswith((",", "(")) and (not words or words[0] not in _APPOSED_OPENERS):
        return False
    if any(w in _APPOSED_JOINERS or (w == "en" and i) for i, w in enumerate(words)):
        return False  # (Dutch "en" joins; French "en" opens: "en Chine")
    if not any(w in _APPOSED_OPENERS for w in words):
        return False  # ", the province of X": an enumeration may go on
    named_kind = (
        _APPOSED_REGION_WORD.search(gap) is not None
        or _APPOSED_REGION_WORD.search(text, cur.start, cur.end) is not None
        or (text[cur.end : cur.end + 1] == " " and _APPOSED_REGION_WORD.match(text, cur.end + 1))
    )
    if not named_kind:
        return False
    if prev.kind != "place" or prev.admin1 is None or cur.place_kind is None:
        return True
    if fold(prev.admin1) == fold(cur.name):
        return True
    # a namesake of the town in that region ("Taizhou" read as the one in Zhejiang)
    from cityties.extraction.gazetteer import load

    return any(fold(r.admin1 or "") == fold(cur.name) for r in load().lookup(prev.name))


def _qualifiers(text: str, actors: list[Actor]) -> set[int]:
    """Starts of regions that qualify the place before them ("Taizhou (Zhejiang province)"),
    or the organisation before them ("Yantai University aus der Provinz Shandong")."""
    out: set[int] = set()
    for prev, cur in zip(actors, actors[1:], strict=False):
        if _org_from_region(text, prev, cur) or _apposed_region(text, prev, cur):
            out.add(cur.start)
            continue
        if (
            prev.kind == "place"
            and cur.kind == "organisation"
            and text.startswith(("-based", " based"), prev.end)
            and _BASED.fullmatch(text, prev.end, cur.start)
        ):
            out.add(prev.start)  # "the Ningbo-based Zhejiang Wanli University": its seat
            continue
        if cur.kind != "place" or prev.kind != "place":
            continue
        if (
            _district_word(text[max(0, prev.start - 24) : prev.start])
            and _DISTRICT_BEFORE.search(text, max(0, prev.start - 24), prev.start)
            and _CITY_OF_DISTRICT.fullmatch(text, prev.end, cur.start)
        ):
            out.add(cur.start)  # "het district Huangyan van de stad Taizhou": its city
            continue
        if _district_named(text, prev) and _CITY_OF_DISTRICT.fullmatch(text, prev.end, cur.start):
            out.add(cur.start)  # "Huangyan District of Taizhou", "Jinshan District (Shanghai)"
            continue
        if text[prev.end : cur.start] in _POSSESSIVE and _district_named(text, cur, county=True):
            out.add(prev.start)  # "Lishui's Qingtian County": the city that holds it
            continue
        if cur.place_kind not in ("admin1", "admin2"):
            continue
        gap = text[prev.end : cur.start]
        if (len(gap) > 24 or not _QUALIFIER_SEP.fullmatch(gap)) and not (
            len(gap) <= 60 and (_CAPITAL_OF.fullmatch(gap) or _IN_REGION.fullmatch(gap))
        ):
            continue
        if (
            prev.admin1 is None
            or cur.admin1 is None
            or fold(prev.admin1) == fold(cur.admin1)
            or "(" in gap
        ):
            out.add(cur.start)
    return out


# "Stadt Münster –", "Gemeente Zwolle", "Ville de Grenoble": a place's own administration
# A line that opens with a city government's name is the document's letterhead ("City of
# Ghent", "Bundesstadt Bonn", "THE CITY OF EDINBURGH COUNCIL").
_GOVERNMENT_WORDS = (
    r"(?:Landeshauptstadt|Bundesstadt|Kreisstadt|Universit(?:ä|ae)tsstadt|Hansestadt|Stadt|"
    r"Gemeinde|Gemeente|Stad|Ville\s+de|VILLE\s+DE|City\s+of|Town\s+of|Borough\s+of|"
    r"Municipality\s+of|(?:THE\s+)?(?:CITY|TOWN|BOROUGH|MUNICIPALITY)\s+OF)"
)
_GOVERNMENT_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*" + _GOVERNMENT_WORDS + r"[ \t]+\Z")
_GOVERNMENT_WORD: Final = re.compile(_GOVERNMENT_WORDS + r"\s")
# in a title line after "de la", "van de": "Procès-verbal ... de la ville de Vierzon", "Verslag
# ... van de gemeente Doetinchem" write the government word in lower case
_GOVERNMENT_WORD_ANY_CASE: Final = re.compile(r"(?i)" + _GOVERNMENT_WORDS + r"\s")
# "Pressemitteilung der Stadt Hanau", "Niederschrift ... des Ausschusses ... der Stadt
# Weißenfels", "Minutes of the City of Ballarat", "Notulen van de gemeente Venlo", "Procès-verbal
# de la Ville de Brest": a title line that names the body of a place's government writing it
_OF_BODY: Final = r"(?<![\w-])(?:der|des|of[ \t]+the|van[ \t]+de|de[ \t]+la|du)[ \t]+"
_OF_GOVERNMENT: Final = re.compile(r"(?i)" + _OF_BODY + _GOVERNMENT_WORDS + r"[ \t]+\Z")
# (the government word in the place's mention: "der |Stadt Weißenfels|")
_OF_BODY_BEFORE: Final = re.compile(r"(?i)" + _OF_BODY + r"\Z")
_GOVERNMENT_FIRSTS = "LBKUHSGVCTM"  # the first letters of `_GOVERNMENT_WORDS` (case-sensitive)


def _government_before(text: str, start: int) -> bool:
    """True when a line opens with a government word right before `start` ("Stadt Kiel")."""
    w0 = max(0, start - 32)
    # the pattern ends with [ \t]+ and opens at the start of the text or after a line break
    if start == 0 or text[start - 1] not in " \t" or (w0 and "\n" not in text[w0:start]):
        return False
    return _GOVERNMENT_BEFORE.search(text, w0, start) is not None


# The words that name a region's kind before its name ("de provincie Gelderland", "le
# département du Morbihan", "der Landkreis Harburg", "the County of Kent"), and the
# prepositions and articles between them.
_REGION_KIND_WORDS: Final = frozenset(
    """province provincie provinz provincia région regio region département departement
    department county comté landkreis kreis""".split()
)
_REGION_KIND_LINKS: Final = frozenset("of du de des van der d' d’".split())


def _region_word_before(text: str, start: int, end: int) -> bool:
    """True when a region's kind word names the place mentioned at start..end, in the mention
    or right before it: "de provincie Gelderland", "le département du Morbihan", "der
    Landkreis Harburg", "the County of Kent". A place a document names so is governed by a
    body named after it, like "City of X"."""
    first = text[start:end].split(None, 1)
    if len(first) == 2 and first[0].casefold() in _REGION_KIND_WORDS:
        return True
    if start < 2 or text[start - 1] not in " '’":
        return False
    words = text[max(0, start - 24) : start].split()
    if not words:
        return False
    last = words[-1].casefold()
    if last.endswith(("d'", "d’")) and len(last) == 2:
        last = "d'"
    if last in _REGION_KIND_WORDS:
        return True
    return (
        last in _REGION_KIND_LINKS
        and len(words) >= 2
        and words[-2].casefold() in _REGION_KIND_WORDS
    )


# the adjective a place's own people make of its name, written as the name and a suffix
# ("Harderwijkse", "Weißenfelser", "montbrisonnais", "Bristolian"): a writer names the home's
# bodies, people and events so ("de Harderwijkse gemeenteraad", "eine Weißenfelser Delegation",
# "un comité de jumelage montbrisonnais"), seldom a partner's
_DEMONYM_SUFFIX: Final = re.compile(
    r"(?:se|er|ers|ern|ois|oise|oises|ais|aise|aises|nais|naise|naises|nnais|nnaise|nnaises|"
    r"ian|ians|ien|ienne|iens|iennes)(?![^\W\d_])"
)
# the government body after the adjective ("Harderwijkse gemeenteraad", "Kasseler Stadtrat",
# "conseil municipal montbrisonnais" is not matched: the adjective comes after it)
_DEMONYM_BODY: Final = re.compile(
    r"[ \t]+(?:gemeenteraad|raad|gemeente|college|stadsbestuur|Stadtrat|Gemeinderat|"
    r"Stadtverwaltung|Verwaltung|Oberbürgermeister\w*|Bürgermeister\w*|[Cc]ity[ \t]+[Cc]ouncil|"
    r"[Cc]ouncil|[Cc]ouncill?ors?|raadsleden|Stadträt\w*)(?![^\W\d_])"
)

# a district or province named with its kind ("Landkreis Ebersberg", "Provincie Limburg")
_REGION_NAME: Final = re.compile(
    r"(?:Landkreis|Kreis|Bezirk|Provin[cz]\w*|District|Département|County|Region)\s", re.I
)


def _demonym_votes(
    text: str, actors: list[Actor], first: dict[str, Actor], score: dict[str, int]
) -> None:
    """Add to the home score of each place the adjectives made of its name that the text
    uses and no mention opens with ("Wuhaner Außenhandelskammer" is an organisation's name,
    counted with the organisations): 2 each when the text uses two or more, 4 for one before
    a government body ("de Harderwijkse gemeenteraad", as a mention of its government
    counts); one plain adjective is a business's or a hotel's name as often ("Gentse
    bedrijven", "Hotel Frankfurter Hof") and counts nothing."""
    covered = {a.start for a in actors}
    # the regions the document names, by (country, admin1): a town of a named region is a
    # town of the region's document ("de Leuvense gemeenteraad" in a question to the
    # province of Flemish Brabant, "der Grafinger Stadtrat" in the Landkreis Ebersberg)
    regions = {
        (a.country, a.admin1)
        for a in first.values()
        if a.admin1
        and (a.place_kind in ("admin1", "admin2") or _REGION_NAME.match(a.name) is not None)
    }
    for key, a in first.items():
        name = a.name
        if len(name) < 4 or " " in name:
            continue
        if a.place_kind == "city" and (a.country, a.admin1) in regions:
            continue
        plain = bodies = 0
        # "Harderwijkse", and in lower case after a noun (French): "montbrisonnais"
        for form in (name, name.lower()) if name.lower() != name else (name,):
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if (
                    (at == 0 or not text[at - 1].isalpha())
                    and at not in covered
                    and (m := _DEMONYM_SUFFIX.match(text, end)) is not None
                ):
                    if _DEMONYM_BODY.match(text, m.end()) is not None:
                        bodies += 1
                    else:
                        plain += 1
                at = text.find(form, end)
        if bodies or plain >= 2:
            score[key] = score.get(key, 0) + 4 * bodies + 2 * plain


def _homes(doc: Doc, cast: Cast) -> list[Actor]:
    """The places that may be the document's own, most likely first.

    The institution of an `Institution:` header comes first; then places by presence: a
    mention counts 1, a city government ("City of X") 4, and a local body named after the
    place ("X Sister Cities Committee", "X University") 2. Places mentioned once only are
    left out.
    """
    places = [a for a in cast.actors if a.kind == "place" and a.place_kind != "country"]
    first: dict[str, Actor] = {}
    score: dict[str, int] = {}
    letterhead: set[str] = set()  # a government named at the head of the document
    text = doc.text
    ts, te = first_line(text)
    for a in places:
        headed = _government_before(text, a.start) or (
            text[a.start] in _GOVERNMENT_FIRSTS
            and bool(_GOVERNMENT_WORD.match(text, a.start, a.end))
            and text[text.rfind("\n", 0, a.start) + 1 : a.start].strip() in _LINE_OPENERS
        )
        if (
            not headed
            and ts <= a.start < te
            and (
                _OF_GOVERNMENT.search(text, max(ts, a.start - 48), a.start) is not None
                or (
                    _GOVERNMENT_WORD_ANY_CASE.match(text, a.start, a.end) is not None
                    and _OF_BODY_BEFORE.search(text, max(ts, a.start - 12), a.start) is not None
                )
            )
        ):
            # the title names the government's body that writes: "... der Stadt Weißenfels"
            headed = True
            letterhead.add(a.key)
        gov = a.government or headed
        if headed and a.start < _LETTERHEAD_CHARS:
            line_start = text.rfind("\n", 0, a.start) + 1
            if not text[:line_start].strip(" \t\n#*"):
                letterhead.add(a.key)  # on the first line of the document
        score[a.key] = score.get(a.key, 0) + (4 if gov else 1)
        if a.start < _LETTERHEAD_CHARS and in_masthead(text, a.start, a.end):
            letterhead.add(a.key)
            score[a.key] += 1  # named once, but as the masthead's place
        if a.key not in first:
            first[a.key] = a.at(a.start, a.end, government=True) if gov else a
    _demonym_votes(text, cast.actors, first, score)
    # each place's folded name between spaces, made once for all the organisations
    names: list[tuple[str, str]] = []
    for key, a in first.items():
        name = fold(a.name)
        if name:
            names.append((key, f" {name} "))
    for org in cast.actors:
        if org.kind != "organisation":
            continue
        padded = f" {fold(org.name)} "
        for key, spaced in names:
            if spaced in padded:
                score[key] = score.get(key, 0) + 2
    # A document is written from its own country and in its own language: a Dutch, French
    # or German text (or one whose home country is known) is about the partners of a place
    # of that country ("Leipzig und Houston", "Dakar et Chongqing").
    own = _LANGUAGE_COUNTRIES.get(doc.language, frozenset())
    top, dateline = _top_place(doc, places, first)
    weighted: dict[str, float] = {}
    for key, n in score.items():
        a = first[key]
        w = float(n)
        if doc.country and a.country == doc.country:
            w *= 2
        elif a.country in own:
            w *= 2
        if key == top:
            w = w * 2 + 100 if dateline else w * 2
        if key in letterhead:
            w += 100
        weighted[key] = w
    out = sorted(
        # a place named once counts when a dateline names it ("Kassel, 3. März 2022 - ...")
        (first[k] for k in score if score[k] >= 2 or (dateline and k == top)),
        key=lambda a: (-weighted[a.key], a.start),
    )
    # "Port of Tyne | News", "Coventry University | Global Engagement": an organisation that
    # is a whole part of the masthead writes the document and is its home
    masthead_org = next(
        (
            a
            for a in cast.actors
            if a.start < _LETTERHEAD_CHARS
            and a.kind == "organisation"
            and in_masthead(text, a.start, a.end)
        ),
        None,
    )
    if dateline and top is not None:
        out = _region_over_dateline(text, places, first[top], out)
    out = _own_region_first(doc, places, out, own)
    out = _own_country_first(doc, places, out, own)
    out = _title_pair_first(doc, places, out)
    headline_org = _headline_org(doc, cast)
    if headline_org is not None and (
        masthead_org is None or masthead_org.start > headline_org.start
    ):
        out = [headline_org, *out]
    if masthead_org is not None:
        out = [masthead_org, *out]
    if doc.institution:
        inst: Actor | None = None
        at = doc.text.find(doc.institution)
        if at >= 0:
            inst = next(
                (a for a in places if a.start < at + len(doc.institution) and a.end > at), None
            )
        if inst is None:
            folded = fold(doc.institution)
            inst = next((a for a in places if fold(a.name) and fold(a.name) in folded), None)
        if inst is not None:
            out = [inst, *[a for a in out if a.key != inst.key]]
    return out


_HOME_ORG_KINDS: Final = frozenset({"university", "port", "chamber_of_commerce"})
# "a delegation of Hochschule Aalen", "de delegatie van NHL Stenden", "une délégation de
# l'Université de Sherbrooke", "Besuch der Universität X": the institution that travels
_ORG_TRAVELS: Final = re.compile(
    r"(?:delegat\w*|d[ée]l[ée]gation|mission|visit\w*|besuch\w*|bezoek\w*|visite)\s+"
    r"(?:der|des|van|de|of|from|von|aus|du|uit)\s+(?:la\s+|l['’]|de\s+|het\s+|the\s+|der\s+)?\Z",
    re.IGNORECASE,
)
# the domain of an e-mail address or a web address: "presse@hs-aalen.de", "www.uni-passau.de"
_DOMAIN: Final = re.compile(
    r"[\w.-]+@([\w-]+(?:\.[\w-]+)+)|(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)"
)
# the words of an institution's name that do not tell it from others of its kind
_ORG_NAME_WORDS: Final = frozenset(
    """university universite universiteit universitat universita hochschule hogeschool college
    port of the de du des van der la le and chamber commerce authority haven hafen group
    institute technology applied sciences science kamer koophandel chambre ihk corporation
    ports et und en fur for industry industrie handelskammer""".split()
)


def _home_org(doc: Doc, cast: Cast, *, partners: bool = False) -> Actor | None:
    """The institution (a university, a port, a chamber) the document is written by or about:
    the one named most, with more weight where the title names it, where a delegation is
    said to be of it, and where the document's e-mail or web domain holds its name
    ("presse@hs-aalen.de" for "Hochschule Aalen"), none of a partner country unless
    `partners`. None when no institution stands out (at least three points, more than any
    other)."""
    text = doc.text
    first: dict[str, Actor] = {}
    score: dict[str, float] = {}
    ts, te = first_line(text)
    for a in cast.actors:
        if a.kind != "organisation" or a.org_kind not in _HOME_ORG_KINDS or a.government:
            continue
        first.setdefault(a.key, a)
        s = 1.0
        if ts <= a.start < te:
            s += 2.0
        if _ORG_TRAVELS.search(text, max(0, a.start - 40), a.start) is not None:
            s += 2.0
        score[a.key] = score.get(a.key, 0.0) + s
    if not score:
        return None
    # (an address holds "@", "://" or "www.": without one the scan would find nothing)
    domains = (
        " ".join(m.group(1) or m.group(2) or "" for m in _DOMAIN.finditer(text)).casefold()
        if "@" in text or "://" in text or "www." in text
        else ""
    )
    for key, a in first.items():
        if not partners and _org_country(doc, a) in doc.counterparts:
            score[key] = 0.0
            continue
        if not domains:
            continue
        words = [w for w in fold(a.name).split() if w not in _ORG_NAME_WORDS and len(w) > 2]
        acronym = "".join(w[0] for w in a.name.split() if w[:1].isupper()).casefold()
        labels = domains.replace("-", ".").split(".")
        if any(w in domains or w.replace("u", "ue") in domains for w in words) or (
            len(acronym) >= 2 and acronym in labels
        ):
            score[key] += 2.0
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < 3.0 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return first[ranked[0][0]]


def hub_org(doc: Doc, cast: Cast) -> Actor | None:
    """The institution whose delegation tours its partners, one stop after the other ("a
    delegation of Gannan Normal University visited the three universities", "Le président de
    l'Université de Wuhan conduit une délégation en Belgique"): the first institution a
    delegation is said to be of, else the document's own institution, else the one that
    stands out as it would, of a partner country too (a Chinese university's own news of its
    tour abroad)."""
    text = doc.text
    for a in cast.actors:
        # the first told: "bezocht de delegatie de Universiteit van Bergen" later is a stop
        if (
            a.kind == "organisation"
            and a.org_kind in _HOME_ORG_KINDS
            and not a.government
            and _ORG_TRAVELS.search(text, max(0, a.start - 40), a.start) is not None
        ):
            return a
    return cast.home_org if cast.home_org is not None else _home_org(doc, cast, partners=True)


def org_country(doc: Doc, a: Actor) -> str | None:
    """The country of an organisation, from its own place or the place its name holds."""
    return _org_country(doc, a)


def _other_org(actors: list[Actor], home_org: Actor) -> Actor | None:
    """The one other institution of the home institution's kind the document names, twice
    or more ("die Universität Changzhou" in a page on the Hochschule Hof's visit there): the
    party of an act "with" the home institution ("Seit der Unterzeichnung des
    Kooperationsabkommens mit der Hochschule Hof"). None when there are several."""
    found: Actor | None = None
    count = 0
    for a in actors:
        if (
            a.kind != "organisation"
            or a.government
            or a.org_kind != home_org.org_kind
            or a.key == home_org.key
        ):
            continue
        if found is not None and found.key != a.key:
            return None
        found = a
        count += 1
    return found if count >= 2 else None


# "die Universität", "de hogeschool", "l'Université", "the port", "der Hafen": the kind word of
# an institution after a definite article, with no name after it, by the institution's kind
_NAMED_BACK: Final[dict[str, re.Pattern[str]]] = {
    "university": re.compile(
        r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]e|[Tt]he|[Ll]['’])\s?"
        r"((?:Universität|Hochschule|universiteit|hogeschool|[Uu]niversity|[Cc]ollege|"
        r"[Uu]niversité))(?![\w-])(?!\s+(?:of|de|van|von|du|der|des|d['’]|[A-ZÀ-Þ]))"
    ),
    "port": re.compile(
        r"(?<![\w-])(?:[Dd]er|[Dd]e|[Tt]he|[Ll]e)\s("
        r"(?:Hafen|haven|[Pp]ort|[Hh]arbour))(?![\w-])(?!\s+(?:of|de|van|von|du|der|des|d['’]|[A-ZÀ-Þ]))"
    ),
    "chamber_of_commerce": re.compile(
        r"(?<![\w-])(?:[Dd]ie|[Dd]e|[Tt]he|[Ll]a)\s("
        r"(?:Kammer|kamer|[Cc]hamber|chambre))(?![\w-])(?!\s+(?:of|de|van|von|du|der|des|d['’]|[A-ZÀ-Þ]))"
    ),
}


def _named_back(text: str, actors: list[Actor], home_org: Actor) -> list[Actor]:
    """The document's own institution named back by its kind word ("Derzeit unterhält die
    Universität fünf Abkommen", "de hogeschool verwacht", "une entente pour l'Université",
    "the port expects"): a mention of it where no actor stands."""
    rx = _NAMED_BACK.get(home_org.org_kind or "")
    if rx is None:
        return []
    out: list[Actor] = []
    for m in rx.finditer(text, home_org.start):
        s, e = m.span(1)
        if text.startswith(("'s", "’s"), e):
            continue  # "the port's training centre": a site of the institution, not it
        if not any(a.start < e and s < a.end for a in actors):
            out.append(home_org.at(s, e))
    return out


def _region_over_dateline(
    text: str, places: list[Actor], town: Actor, out: list[Actor]
) -> list[Actor]:
    """A region's government datelines its releases with its capital ("Provincie Gelderland
    ... Arnhem, 17 april 2024 - ...", "Région Bretagne ... Rennes - ..."): when the document
    names, above the dateline, the dateline town's own first-level region with its kind word
    ("Provincie Gelderland", "Région Bretagne") and never names the town as a government, the
    region comes before the town."""
    if town.place_kind != "city" or not town.admin1 or not town.country:
        return out
    if any(a.key == town.key and a.government for a in places):
        return out  # "Stadt Kiel": the town's own government writes
    region: Actor | None = None
    for a in places:
        if a.start >= town.start:
            break
        if (
            a.place_kind == "admin1"
            and a.country == town.country
            and a.admin1 is not None
            and fold(a.admin1) == fold(town.admin1)
            and _region_word_before(text, a.start, a.end)
        ):
            region = a
            break
    if region is None:
        return out
    rest = [b for b in out if b.key != region.key]
    at = next((i for i, b in enumerate(rest) if b.key == town.key), len(rest))
    return [*rest[:at], region, *rest[at:]]


def _own_region_first(
    doc: Doc, places: list[Actor], out: list[Actor], own: frozenset[str]
) -> list[Actor]:
    """A partner's region named more often than the writer's own place is no home: when the
    likeliest home is of a partner country, a place of the document's country (or of its
    language's countries) named with a region's kind word ("de provincie Gelderland", "le
    département du Morbihan", "der Landkreis Harburg") comes first."""
    if not out or out[0].country not in doc.counterparts:
        return out
    text = doc.text
    for a in places:
        if a.country in doc.counterparts or not (
            a.country in own or (doc.country and a.country == doc.country)
        ):
            continue
        if _region_word_before(text, a.start, a.end):
            return [a, *[b for b in out if b.key != a.key]]
    return out


def _own_country_first(
    doc: Doc, places: list[Actor], out: list[Actor], own: frozenset[str]
) -> list[Actor]:
    """A Dutch, French or German text is written from a place of its language's countries:
    when the likeliest home is of a partner country and a place of those countries is among
    the candidates, that place comes first, whatever the partner's count
    ("Kultur- und Partnerschaftsausschuss der Stadt Goslar ... Ganzhou ...", "De
    vriendschapsband tussen Overijssel en de Chinese provincie Jilin"). English texts are
    written from everywhere, the partner countries' own pages too, and keep their order, even
    with a home country known from domains and phones (a port authority's page names its
    city less than the partner: the city is no better a home than the partner)."""
    if not out or out[0].country not in doc.counterparts:
        return out
    if not own:
        return _sole_foreign_first(doc, places, out)
    for a in out:
        if a.kind == "place" and a.country in own and a.country not in doc.counterparts:
            return [a, *[b for b in out if b.key != a.key]]
    return out


def _sole_foreign_first(doc: Doc, places: list[Actor], out: list[Actor]) -> list[Actor]:
    """An English text on one partner place's ties with the counterpart country is written
    from that place ("Chinese port delegation tours Southampton terminals", "Halifax, Ningbo
    ports ink cooperation memorandum"): when every place of a country other than the
    counterparts lies in one country, the likeliest of them among the candidates comes
    first if the document names it before the counterpart place. A counterpart city's own
    page on its partners names places of several countries ("Ishinomaki, Alicante and
    Prato"), or names itself first ("Friendship cities of Yangzhou"), and keeps its order."""
    foreign: set[str] = set()
    for a in places:
        if a.country and a.country not in doc.counterparts:
            foreign.add(a.country)
            if len(foreign) > 1:
                return out
    for a in out[1:]:
        if a.kind == "place" and a.country in foreign:
            if a.start > out[0].start:
                return out
            return [a, *[b for b in out if b.key != a.key]]
    return out


# what joins the two places of a title's pair: "Edinburgh and Xi'an", "Duisburg – Wuhan",
# "Genk en Jiangmen", "Aargau und Jiangxi", "Dakar et Chongqing", "Penang, Xiamen"
_PAIR_JOIN: Final = re.compile(r"[ \t]*(?:and|und|en|et|&|[-–—/,])[ \t]*")


# "Belgian-Chinese Chamber of Commerce", "Association France-Chine", "Belgium-Jiangxi
# Business Council": a body named after two sides is a go-between, no side's own
_BILATERAL_NAME: Final = re.compile(r"[^\W\d_]-[A-ZÀ-Þ]")


def _headline_org(doc: Doc, cast: Cast) -> Actor | None:
    """The organisation whose name opens the document's first line of words writes it:
    "Port of Tallinn signs MoU with Qingdao Port Group", "Hochschule Flensburg und Zhejiang
    ...", "IHK Nürnberg: Delegationsreise nach Shenzhen", "Hogeschool Utrecht verlengt ...".
    Not a partner country's organisation, not a city government (its place is the home
    already), not a bilateral body ("Belgian-Chinese Chamber of Commerce")."""
    start, end = first_line(doc.text)
    text = doc.text
    for a in cast.actors:
        if a.start < start:
            continue
        if a.start >= end or text[start : a.start].strip():
            return None
        if (
            a.kind == "organisation"
            and a.org_kind != "city_government"
            and not a.government
            and not _BILATERAL_NAME.search(a.name)
            and " - " not in a.name  # "Port of Aberdeen - Press": a masthead, read elsewhere
            and not _COUNCIL_WORD.search(a.name)
            and _org_country(doc, a) not in doc.counterparts
            and sum(1 for b in cast.actors if b.key == a.key) >= 2
        ):
            return a
        return None
    return None


# "Bath and North East Somerset Council", "Ordinary Council Meeting": a council's page is its
# place's, whose government it is
_COUNCIL_WORD: Final = re.compile(r"(?i)\bcouncil\b|\bgemeenteraad\b|\bconseil\b|\brat\b")


def _org_country(doc: Doc, a: Actor) -> str | None:
    """The country of an organisation: its own, else that of the place its name holds
    ("Shaoxing University" -> CN), as its mention carries it."""
    if a.country:
        return a.country
    for m in doc.mentions:
        if m.start > a.start:
            break
        if m.start == a.start and m.kind == "organisation" and m.place is not None:
            return m.place.country
    return None


# a title is a short line that ends no sentence and has text under it
_TITLE_MOST_CHARS: Final = 140


def _title_line(text: str) -> tuple[int, int]:
    """The span of the document's title: its first line of words when that line is a
    heading (short, no sentence's end, text below it); else an empty span (a first line
    that is a sentence, "Ghent received guests from Lyon and Wuhan ...", is no title)."""
    start, end = first_line(text)
    line = text[start:end].strip()
    if line and len(line) <= _TITLE_MOST_CHARS and line[-1] not in ".;" and text[end:].strip():
        return start, end
    return len(text), len(text)


def _title_pair_first(doc: Doc, places: list[Actor], out: list[Actor]) -> list[Actor]:
    """A title that names a pair writes its own place first ("Edinburgh and Xi'an: thirty-five
    years as twin cities", "40 Jahre Städtepartnerschaft Duisburg – Wuhan", "Zuid-Holland en
    Hebei verlengen hun band"): when the second of two joined places is of a partner country
    and the first is not, the first is the home, however often the text names the partner."""
    start, end = _title_line(doc.text)
    text = doc.text
    prev: Actor | None = None
    for a in places:
        if a.start < start:
            continue
        if a.start >= end:
            break
        if a.place_kind == "country":
            prev = None
            continue
        if (
            prev is not None
            and prev.country not in doc.counterparts
            and a.country in doc.counterparts
            and _PAIR_JOIN.fullmatch(text, prev.end, a.start)
        ):
            if out and out[0].key == prev.key:
                return out
            return [prev, *[b for b in out if b.key != prev.key]]
        prev = a
    return out


_LANGUAGE_COUNTRIES: dict[str, frozenset[str]] = {
    "nl": frozenset({"NL", "BE", "SR"}),
    "de": frozenset({"DE", "AT", "CH", "LU", "LI"}),
    "fr": frozenset(
        {
            "FR",
            "BE",
            "CH",
            "LU",
            "MC",
            "CA",
            "SN",
            "CI",
            "ML",
            "BF",
            "NE",
            "TG",
            "BJ",
            "CM",
            "GA",
            "CG",
            "CD",
            "MG",
            "HT",
            "RE",
            "MQ",
            "GP",
            "GF",
            "NC",
            "PF",
            "DZ",
            "MA",
            "TN",
        }
    ),
}
# "Durban - ...", "Québec, le 20 juin 2022 – ...": a place that opens a paragraph as its
# dateline.
_DATELINE_AT: Final = re.compile(
    r"(?:[ \t]+(?:City\s+)?(?:Government|Council|Municipality|Provincial\s+Government))?"
    r"(?:(?:\s*,[ \t][^\n,–—]{2,30})?[ \t]+[-–—][ \t]+\S"
    # "Kassel, 3. März 2022. Oberbürgermeister ...", "Gent, 12 mei 2021. Het college ..."
    r"|,[ \t]+(?:den[ \t]+|le[ \t]+)?\d{1,2}\.?[ \t]+[^\W\d_]+\.?[ \t]+\d{4}[.:][ \t]+[A-ZÀ-Þ])"
)
_TOP_CHARS = 300
_LETTERHEAD_CHARS = 120
_LINE_OPENERS: Final = frozenset({"", "The", "THE", "De", "DE", "La", "LA", "Die", "DIE"})


def _top_place(doc: Doc, places: list[Actor], first: dict[str, Actor]) -> tuple[str | None, bool]:
    """The key of the place the document is written from, by its top lines, and whether a
    dateline names it.

    A dateline opening a paragraph ("Durban - ...", "Québec, le 20 juin 2022 – ...") or a
    city government named in the first lines ("City of Adelaide").
    """
    text = doc.text
    for a in places:
        if a.start > _TOP_CHARS * 4:
            break
        line_start = text.rfind("\n", 0, a.start) + 1
        if text[line_start : a.start].strip() == "" and _DATELINE_AT.match(text, a.end):
            return a.key, True
    for key, a in first.items():
        if a.start <= _TOP_CHARS and a.government:
            return key, False
    return None, False


def same_party(a: Actor | Party, b: Actor | Party) -> bool:
    """True when two parties are the same place or organisation."""
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    return fold(a.name) == fold(b.name)
