"""Who a figure is about: places and organisations in reach, anaphora and quoted speech.

A pass over the sentences turns `Doc.mentions` into references (`Ref`): the mentions
themselves (and later occurrences of the same names the mentions missed), nominal anaphors
("the city", "la cité chinoise", "die Stadt") resolved to the sentence's subject, the topic or
the most recent compatible entity, "it" resolved inside the sentence or to the topic, "we" to
the document's home place and "you" in quoted speech to the counterpart, demonyms ("1,4
million d'Yvelinois") to the place they derive from. A reference after a locative
preposition ("in Flanders", "im Osten der Volksrepublik China") is marked locative: it
places something, it is not what the sentence is about. A definite description that cannot
be resolved ("the airport", "le port Édouard-Herriot") blocks: a figure after it has no
known subject.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Final

from cityties.extraction.doc import Doc, Sentence
from cityties.extraction.extractors._clauses import opened
from cityties.extraction.extractors._clauses_scan import index_for
from cityties.extraction.extractors._figures_round4 import (
    city_adjective_ports,
    description_holds,
    hyphenated_place_names,
    initials,
    joins_locative,
    lives_in_gap,
    names_other_place,
    relative_ports,
    stem_names_city,
)
from cityties.extraction.extractors._numbers import APPROX, ORDINAL_WORDS
from cityties.extraction.types import Mention
from cityties.text import fold

__all__ = ["Entity", "Ref", "SubjectResolver", "entity_of", "noun_kind"]

# city | region | country | continent | port | university | airport | org
EntityKind = str


# Entity and Ref are plain classes, not frozen dataclasses: compiled with mypyc, a frozen
# dataclass is built by interpreted code, about ten times slower, and the resolver makes one
# per reference. Neither is changed once made.
class Entity:
    """A place or organisation a figure can be about; equal when its fields are."""

    __slots__ = ("name", "kind", "country")

    def __init__(self, name: str, kind: EntityKind, country: str | None = None) -> None:
        self.name = name
        self.kind = kind
        self.country = country

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Entity):
            return NotImplemented
        return (self.name, self.kind, self.country) == (other.name, other.kind, other.country)

    def __hash__(self) -> int:
        return hash((self.name, self.kind, self.country))

    def __repr__(self) -> str:
        return f"Entity(name={self.name!r}, kind={self.kind!r}, country={self.country!r})"


class Ref:
    """A reference at a span of the text; `entity` None is a description that blocks."""

    __slots__ = ("start", "end", "entity", "locative", "source")

    def __init__(
        self,
        start: int,
        end: int,
        entity: Entity | None,
        locative: bool = False,
        source: str = "mention",  # mention | anaphor | pronoun | we | you | demonym
    ) -> None:
        self.start = start
        self.end = end
        self.entity = entity
        self.locative = locative
        self.source = source

    def __repr__(self) -> str:
        return (
            f"Ref(start={self.start!r}, end={self.end!r}, entity={self.entity!r}, "
            f"locative={self.locative!r}, source={self.source!r})"
        )


_CONTINENTS: Final = frozenset(
    fold(w)
    for w in """Europe Europa Asia Azië Asien Asie Africa Afrika Afrique America Amerika Amérique
    Oceania Oceanië Ozeanien Océanie Antarctica""".split()
)
_REGION_WORDS: Final = re.compile(
    r"\b(?:province|provincie|provinz|region|regio|région|county|state|prefecture|préfecture|"
    r"département|departement|district|bundesland|kanton|canton of)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _fold_cached(name: str) -> str:
    return fold(name)


# The entity kind of an organisation's `org_kind`, and of a place's gazetteer kind.
_ORG_KINDS = {"city_government": "city", "port": "port", "university": "university"}
_PLACE_KINDS = {"city": "city", "admin1": "region", "admin2": "region", "country": "country"}


def entity_of(m: Mention) -> Entity:
    """The entity a place or organisation mention refers to."""
    if m.kind == "organisation":
        country = m.place.country if m.place is not None else None
        kind = _ORG_KINDS.get(m.org_kind or "", "org")
        if kind == "org" and _AIRPORTISH.search(m.name):
            kind = "airport"
        return Entity(m.name, kind, country)
    ref = m.place
    if _fold_cached(m.name) in _CONTINENTS:
        return Entity(m.name, "continent")
    if ref is None:
        return Entity(m.name, "region" if _REGION_WORDS.search(m.text) else "city")
    kind = _PLACE_KINDS.get(ref.kind, "city")
    if kind == "city" and m.text != m.name:
        lead = _REGION_LEAD.match(m.text)
        if lead is not None and not _REGION_WORDS.search(m.name):
            # "Region Hannover", "Province of Antwerp": a region named after its city
            return Entity(m.text[len(lead.group("article") or "") :], "region", ref.country)
    return Entity(m.name, kind, ref.country)


_REGION_LEAD: Final = re.compile(
    r"(?P<article>(?:the|de|die|la|le|l['’])\s+)?(?:region|regio|région|province|provincie|"
    r"provinz|landkreis|kreis|département|county)\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------ lexicon
_LOCATIVE_ANY: Final = frozenset(
    """in at near around across within outside inside throughout towards along beside via
    te bij nabij naar uit langs richting vanuit im am bei beim nahe nach aus auf vom zu zum
    zur unweit südlich nördlich östlich westlich südwestlich südöstlich nordwestlich
    nordöstlich à au aux dans près vers chez proche
    north south east west northeast northwest southeast southwest noorden zuiden oosten
    westen noordoosten noordwesten zuidoosten zuidwesten norden süden osten nordosten
    nordwesten südosten südwesten nord sud est ouest""".split()
)
# Words that are locative in one language and something else in another ("en" is "and" in
# Dutch, "an" an article in English).
# Verbs after an infinitive "to" that make what follows them the subject of the rest, not a
# destination ("merged to form North Sea Port, which ranks third").
_TO_BECOME: Final = frozenset("form become create establish found make build".split())
_LOCATIVE: dict[str, frozenset[str]] = {
    "en": _LOCATIVE_ANY | {"to", "from", "on", "after"},
    "nl": _LOCATIVE_ANY | {"aan", "op", "rond", "na"},
    "de": _LOCATIVE_ANY | {"an"},
    "fr": _LOCATIVE_ANY | {"en", "depuis", "après"},
}
_GAP_WORD: Final = re.compile(r"[^\W\d_]+|\d+")
_CLAUSE_CHARS = ",;:()[]–—"
_LAST_CLAUSE: Final = re.compile(r".*[,;:()\[\]–—]", re.DOTALL)

_NOUNS: dict[str, tuple[str, ...]] = {
    "city": (
        "city",
        "town",
        "municipality",
        "metropolis",
        "stad",
        "stadje",
        "gemeente",
        "metropool",
        "stadt",
        "gemeinde",
        "metropole",
        "großstadt",
        "hansestadt",
        "ville",
        "cité",
        "commune",
        "métropole",
        "agglomération",
    ),
    "port": ("port", "harbour", "harbor", "haven", "hafen"),
    # "het havenbedrijf", "the port authority", "die Hafenbehörde": the company or body that
    # runs a port, named before
    "authority": (
        "authority",
        "havenbedrijf",
        "havenautoriteit",
        "hafenbehörde",
        "hafengesellschaft",
    ),
    "airport": ("airport", "luchthaven", "flughafen", "aéroport"),
    "university": (
        "university",
        "universiteit",
        "universität",
        "hochschule",
        "université",
        # "the institute teaches 30,000 students": an institute of technology named before
        "institute",
        "instituut",
        "institut",
        # "L'établissement emploie 5 000 personnels", "the institution has 25,000 students":
        # the university or institute named before, under a general word for a body
        "établissement",
        "institution",
        "instelling",
        "einrichtung",
    ),
    # "the chamber represents 2,500 member businesses", "Die IHK vertritt ...": a chamber of
    # commerce named before
    "chamber": ("chamber", "kamer", "kammer", "handelskammer", "ihk", "chambre", "cci"),
    # a part of a city, which the gazetteer seldom knows: named after the noun ("het stadsdeel
    # Woensel-Noord", "der Stadtteil Vauban", "the district of Kreuzberg")
    "district": (
        "district",
        "borough",
        "stadsdeel",
        "deelgemeente",
        "stadtteil",
        "stadtbezirk",
        "ortsteil",
        "quartier",
        "arrondissement",
    ),
    "region": (
        "province",
        "region",
        "county",
        "prefecture",
        "provincie",
        "regio",
        "provinz",
        "bundesland",
        "landkreis",
        "gewest",
        "kreis",
        "région",
        "département",
        "departement",
        "préfecture",
    ),
}
_NOUN_KIND = {w: kind for kind, words in _NOUNS.items() for w in words}


def noun_kind(noun: str) -> str:
    """The kind of entity a description's noun names ("Rheinhafen" is a port, "die
    Universitätsstadt" a city)."""
    low = noun.lower()
    kind = _NOUN_KIND.get(low)
    if kind is None:
        kind = "port" if low.endswith(("hafen", "haven")) else "city"
    return kind


def _head_noun(m: re.Match[str]) -> str:
    """The head noun of an anaphor ("the university city": "city")."""
    return m.group("noun2") or m.group("noun")


_NATIONALITY: dict[str, str] = {}
for _cc, _words in {
    "CN": "chinese chinees chinesisch chinois chinoise",
    "BE": "belgian belgisch belgische belge",
    "DE": "german duits duitse deutsch deutsche allemand allemande",
    "FR": "french frans franse französisch français française",
    "NL": "dutch nederlands nederlandse niederländisch néerlandais néerlandaise",
    "JP": "japanese japans japanse japanisch japonais japonaise",
    "US": "american amerikaans amerikaanse amerikanisch américain américaine",
    "IT": "italian italiaans italiaanse italienisch italien italienne",
    "ES": "spanish spaans spaanse spanisch espagnol espagnole",
    "GB": "british brits britse britisch britannique",
    "TW": "taiwanese taiwanees taiwanese taiwanisch taïwanais taïwanaise",
    "KR": "korean koreaans koreaanse koreanisch coréen coréenne",
    "ZA": "south-african zuid-afrikaanse südafrikanisch sud-africain sud-africaine",
    "AU": "australian australisch australische australien australienne",
    "PL": "polish pools poolse polnisch polonais polonaise",
    "RU": "russian russisch russische russe",
    "IN": "indian indiaas indiase indisch indien indienne",
}.items():
    for _w in _words.split():
        _NATIONALITY[_w] = _cc
# Regions and more countries real writers name a place by ("de Vlaamse haven").
for _cc, _words in {
    "BE": "flemish vlaams vlaamse flämisch flämische flamand flamande wallonian waals waalse",
    "DE": "bavarian beiers beierse bayerisch bayerische bavarois bavaroise",
    "GB": "english engelse englisch anglais anglaise scottish schots schotse",
    "SE": "swedish zweeds zweedse schwedisch suédois suédoise",
    "FI": "finnish fins finse finnisch finlandais finlandaise",
    "NO": "norwegian noors noorse norwegisch norvégien norvégienne",
    "DK": "danish deens deense dänisch danois danoise",
    "AT": "austrian oostenrijks oostenrijkse österreichisch autrichien autrichienne",
    "CZ": "czech tsjechisch tsjechische tschechisch tchèque",
    "HU": "hungarian hongaars hongaarse ungarisch hongrois hongroise",
    "PT": "portuguese portugees portugese portugiesisch portugais portugaise",
    "TR": "turkish turks turkse türkisch turc turque",
    "CA": "canadian canadees canadese kanadisch canadien canadienne",
    "IE": "irish iers ierse irisch irlandais irlandaise",
}.items():
    for _w in _words.split():
        _NATIONALITY.setdefault(_w, _cc)


class _Trie:
    """A node of `_word_trie`: the words that go on from here, by their next character."""

    def __init__(self) -> None:
        self.next: dict[str, _Trie] = {}
        self.end = False  # a word ends here


def _word_trie(words: Iterable[str]) -> str:
    """An alternation of the literal `words`, written as a prefix tree.

    It matches as the words listed longest first: two words that match at one place are a
    word and a longer word it starts, and the tree tries the longer one first. But at each
    character, only the words that go on with it are tried (IGNORECASE cannot use the
    engine's quick test of a branch's first letter: a long list costs a try per word).
    """
    root = _Trie()
    for w in words:
        node = root
        for c in w:
            node = node.next.setdefault(c, _Trie())
        node.end = True
    return _trie_pattern(root)


def _trie_pattern(node: _Trie) -> str:
    alts = [re.escape(c) + _trie_pattern(child) for c, child in node.next.items()]
    if node.end:
        if not alts:
            return ""
        alts.append("")  # the shorter word, after the longer ones
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_NAT_RE = _word_trie(_NATIONALITY)
_ADJ_ENDINGS = r"(?:e|en|er|es|em|s)?"

# (Each pattern scanned over whole sentences opens with a character class, the look-behind
# of a word's start after it: re then skips at once to the characters that can start a match.
# Same matches as with the look-behind first: "(?<![\w])(?:the|this|...)".)
_ANAPHOR: Final = re.compile(
    r"(?-i:[CDHLTcdhltOoIiNnUuSs])(?<![\w].)(?:(?<=[Tt])(?:he|his|hat)\s+|(?<=[Hh])et\s+(?=stadsdeel|deel|havenbedrijf|gewest|district)|"
    r"(?<=[Dd])(?:e|eze|it|ie|iese[rsmn]?|er|as|en|em)\s+|(?<=[Ll])a\s+|(?<=[Cc])(?:ette|et)\s+|"
    r"(?<=[Ll])e\s+|(?<=[Ll])['’]\s*|"
    # a possessive only before a partner noun: "our sister city", "its twin town", "notre
    # ville jumelle", "unsere Partnerstadt", "onze zusterstad"
    r"(?:(?<=[Oo])(?:ur|nze)|(?<=[Ii])ts|(?<=[Nn])otre|(?<=[Ss])(?:a|on)|(?<=[Uu])nsere)\s+"
    r"(?=(?:[a-z]+\s+)?(?:partner|sister|twin|friendship|zuster|schwester|freundschafts)|"
    r"ville\s+(?:jumelle|partenaire|sœur|soeur)))(?:(?P<nat1>"
    + _NAT_RE
    + r")"
    + _ADJ_ENDINGS
    + r"\s+)?"
    # "the Chinese prefecture-level city": one hyphenated modifier
    r"(?:[a-z]+-(?:level|sized|size|class)\s+)?"
    r"(?P<partner>(?:partner|sister|twin|friendship)[\s-]+)?"
    r"(?P<noun>"
    + _word_trie(_NOUN_KIND)
    + r"|[a-zäöüß]+hafen|[a-z]+haven|[a-zäöüß]+stadt|[a-z]+stad)"
    r"(?:\s+(?P<noun2>" + _word_trie(_NOUN_KIND) + r")(?![\w-]))?"
    # "la ville jumelle", "la ville partenaire": the tie after the noun
    r"(?P<partner2>\s+(?:jumelle|jumelée|partenaire|sœur|soeur))?"
    # "la ville portuaire chinoise": a French adjective before the nationality
    r"(?:\s+(?:portuaire|côtière|industrielle|universitaire|voisine))?"
    r"(?:\s+(?P<nat2>" + _NAT_RE + r")" + _ADJ_ENDINGS + r")?(?![\w-])"
    r"(?P<named>\s+(?:(?:of|van|von|de|d['’]|du|des)\s*)?(?-i:[A-ZÀ-Þ])[\w'’-]*"
    r"(?:[ \t](?-i:[A-ZÀ-Þ])[\w'’-]*)*)?"
    r"(?!\s+(?:council|hall|centre|center|government|administration|authorities|authority|"
    r"officials|limits|walls|card|marketing|raad|bestuur|huis|centrum|rat|verwaltung|"
    r"conseil|hôtel|mairie)\b)",
    re.IGNORECASE,
)
# (The same matches as "(?<![\w])(?:it|its|It|Its)(?![\w'’])"; "(?<![\w])(?:we|We|our|Our|wij|
# Wij|onze|Onze|ons|Ons|wir|Wir|unser\w*|Unser\w*|nous|Nous|notre|Notre|nos|Nos)(?![\w])";
# "(?<![\w])(?:you|You|your|Your|u|uw|Uw|jullie|Jullie|vous|Vous|votre|Votre|vos|Vos)(?![\w'’])
# |(?<=\w\s)(?:Sie|Ihr|Ihre[rnms]?|Ihnen)(?![\w])".)
_IT: Final = re.compile(r"[iI](?<![\w].)(?:t|ts)(?![\w'’])")
# "it is a city of", "it was a small agricultural town with", "it's a port city of": a copula
# and a noun of a kind of place right after the pronoun "it".
_IT_IS_KIND: Final = re.compile(
    r"[ \t]+(?:is|was|'s|’s|remains|became)[ \t]+(?:a|an|the)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,3}?(?P<noun>city|town|municipality|port|province|region|county)"
    r"[ \t]+(?:of|with)[ \t]"
)
_WE: Final = re.compile(
    r"[wWoOuUnN](?<![\w].)(?:(?<=[wW])(?:e|ij|ir)|(?<=[oO])(?:ur|nze|ns)|(?<=[uU])nser\w*|"
    r"(?<=[nN])(?:ous|otre|os))(?![\w])"
)
# The countries of the Chinese side of the texts' ties.
_COUNTERPART_SIDE: Final = frozenset(("CN", "TW", "HK", "MO"))
# The place noun after "our": "notre ville", "onze gemeente", "unsere Stadt", "our town".
_OUR_PLACE: Final = re.compile(
    r"[ \t]+(?:ville|cité|commune|city|town|municipality|borough|stad|gemeente|stadt|gemeinde)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# The body noun after "our": "our college", "onze hogeschool", "unsere Hochschule", "notre
# université", "our port".
_OUR_BODY: Final = re.compile(
    r"[ \t]+(?:college|university|universiteit|universität|université|hogeschool|hochschule|"
    r"fachhochschule|(?P<port>port|haven|hafen))(?![\w-])",
    re.IGNORECASE,
)
# The words before a body that name it as a visitor: "a delegation of", "Besuch der",
# "une délégation de l'", "het bezoek van".
_BODY_TRAVELS: Final = re.compile(
    r"(?:delegat\w*|d[ée]l[ée]gation|visit\w*|besuch\w*|bezoek\w*|visite)\s+"
    r"(?:der|des|van|de|of|from|von|aus|du|uit)\s+(?:la\s+|l['’]|de\s+|het\s+|the\s+|der\s+)?\Z",
    re.IGNORECASE,
)
# How far into a text the name of the body a writer calls "our college" must first appear.
_OWN_BODY_REACH: Final = 400
# "wij zijn met 65.000 inwoners", "we are, with 94,000 residents,", "nous sommes une ville de
# 20 000 habitants", "wir sind mit 23.000 Einwohnern": "we" and a copula, then a count of
# inhabitants in the same clause.
_WE_ARE_SIZED: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:zijn|are|sommes|sind)(?![\w])[^.;:!?\n]{0,60}?\d[\d.,\u00a0 ]*"
    r"(?:(?:miljoen|million|millions|millionen|mio\.?)[ \t]*(?:de[ \t]+|d['’][ \t]*)?)?"
    r"(?:inwoners|inhabitants|residents|people|habitants|einwohner\w*|menschen|mensen|âmes)"
    r"(?![\w])",
    re.IGNORECASE,
)
_YOU: Final = re.compile(
    r"[yYuUjJvVSI](?:(?<![\w].)(?:(?<=[yY])ou(?:r)?|(?<=u)w?|(?<=U)w|(?<=[jJ])ullie|"
    r"(?<=[vV])(?:ous|otre|os))(?![\w'’])|(?<=\w\s.)(?:(?<=S)ie|(?<=I)(?:hr|hre[rnms]?|hnen))"
    r"(?![\w]))"
)
_QUOTE_TAIL = r"(?=[^\W\d_])[^\n]{1,1500}?(?<=[\w.!?,])['’](?![\w])"
_QUOTES: Final = re.compile(
    r"“[^”\n]{1,1500}”|«[^»]{1,1500}»|„[^“”\n]{1,1500}[“”]|\"[^\"\n]{1,1500}\""
    r"|'(?<![\w]')" + _QUOTE_TAIL + r"|‘(?<![\w]‘)" + _QUOTE_TAIL
)
# A capitalised word after a number and a scale word: a demonym candidate ("d'Yvelinois").
_DEMONYM_SLOT: Final = re.compile(
    r"\d(?:[\d.,\s\u00a0]*\d)?\s*(?:[a-zA-Z]+\.?\s+)?(?:d['’]\s*|de\s+|of\s+)?"
    r"(?P<w>[A-ZÀ-Þ][^\W\d_]{3,})"
)
_PORTISH: Final = re.compile(r"port|haven|hafen", re.IGNORECASE)
_QUALIFIER_OPEN: Final = re.compile(r".{0,2}\(", re.DOTALL)
_CHAMBERISH: Final = re.compile(
    r"chamber|kamer van koophandel|kammer|(?<![\w])(?:IHK|CCI|KvK)(?![\w])|chambre de commerce",
    re.IGNORECASE,
)
_AUTHORITY: Final = re.compile(
    r"bedrijf|authority|autorit|behörde|gesellschaft|company|corporation|bestuur|"
    r"(?<![\w])(?:HPA|PoRA)(?![\w])",
    re.IGNORECASE,
)
_CAP = r"(?:[A-ZÀ-Þ][\w'’&]*(?:-[\w'’&]+)*)"
# (_CAP with its first letter first, then the look-behind: the same matches as
# "(?<![\w-])" + _CAP + "...|(?<![\w-])[A-Z]{2,6}(?![\w-])".)
_UNKNOWN_NAME: Final = re.compile(
    r"[A-ZÀ-Þ](?<![\w-].)(?:[\w'’&]*(?:-[\w'’&]+)*"
    + r"(?:[ \t]+(?:(?:of|van|de|der|den|des|du|la|le|für|&|and|et)[ \t]+)?"
    + _CAP
    + r")+(?![\w-])|(?<=[A-Z])[A-Z]{1,5}(?![\w-]))"
)
_CAPITALISED: Final = re.compile(r"[A-ZÀ-Þ](?<![\w'’-].)[a-zà-ÿ'’-]{2,}(?![\w-])")
_OPENS_SENTENCE: Final = re.compile(r"(?:[.!?:;\"“„«(‘'•*|\-–—#]|\d[.)])\s*$")
_NOT_NAME_WORDS: Final = frozenset(
    """january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober janvier février mars avril juin
    juillet août septembre octobre novembre décembre monday tuesday wednesday thursday friday
    saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lundi mardi
    mercredi jeudi vendredi samedi dimanche mayor minister president governor premier chairman
    secretary council commission city province municipality university government ministry
    department chamber state republic kingdom king queen prince princess emperor
    burgemeester schepen minister gouverneur raad stad provincie gemeente maire ministre
    conseil ville province sénat senate parliament parlement congress""".split()
) | frozenset(_NATIONALITY)
# (The first capital, then the look-behind, then the rest of each branch: the same matches as
# "(?<![\w-])(?:(?:University|Universiteit|Universität|Université|Hochschule|Fachhochschule|
# Hogeschool|College|Port|Haven|Hafen|Airport|Luchthaven|Flughafen|Aéroport)(?:...)[A-ZÀ-Þ]...
# |[A-ZÀ-Þ][\w'’-]*...)".)
_ORG_NAME: Final = re.compile(
    r"[A-ZÀ-Þ](?<![\w-].)(?:(?:(?<=U)(?:niversity|niversiteit|niversität|niversité)|"
    r"(?<=H)(?:ochschule|ogeschool|aven|afen)|(?<=F)(?:achhochschule|lughafen)|(?<=C)ollege|"
    r"(?<=P)ort|(?<=A)(?:irport|éroport)|(?<=L)uchthaven)"
    r"(?:[ \t]+(?:of|van|de|d['’]|der|du|des)[ \t]*|[ \t]+)"
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t-][A-ZÀ-Þ][\w'’-]*)*"
    r"|[\w'’-]*(?:[ \t-][A-ZÀ-Þ][\w'’-]*)*[ \t]+(?:University|Universiteit|Hogeschool|"
    r"College|Port|Airport|Harbour))(?![\w-])"
)
_POSSESSIVE_GAP: Final = re.compile(r"['’]s?\s+(?:[a-z]+\s+){0,2}")
_ROLE = (
    r"(?:mayor|vice[- ]mayor|deputy\s+mayor|governor|party\s+secretary|burgemeester|schepen|"
    r"gouverneur|bürgermeister(?:in)?|oberbürgermeister(?:in)?|landrat|maire|adjointe?|"
    r"président(?:e)?|president|chairman)"
)
_ROLE_OF: Final = re.compile(
    _ROLE + r"\s+(?:of|van|von|de|d['’]|der\s+stadt|de\s+la\s+ville\s+de)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLACE_ROLE: Final = re.compile(r"(?:['’]s)?\s+" + _ROLE + r"\b", re.IGNORECASE)
_ROLE_AFTER_ADJECTIVE: Final = re.compile(
    r"(?<![\w])([A-ZÀ-Þ][a-zà-ÿ]{3,})\s+(?i:" + _ROLE + r")\b"
)
_SPEECH: Final = re.compile(
    r"said|says|added|told|asked|replied|answered|zei|zegt|vroeg|antwoordde|verklaarde|"
    r"sagte|sagt|erklärte|betonte|fragte|antwortete|a\s+déclaré|déclare|dit|explique|"
    r"affirme|souligne|a\s+ajouté|:",
    re.IGNORECASE,
)
_SENTENCE_STOP: Final = re.compile(r"[.!?](?:\s|$)")
_INTRODUCES: Final = re.compile(r"[:,]\s*$")
_TOGETHER: Final = opened(
    re.compile(
        r"(?<![\w])(?:together|combined|between\s+them|samen|gezamenlijk|zusammen|gemeinsam|"
        r"ensemble)(?![\w])",
        re.IGNORECASE,
    )
)
# (The words every match of `_TOGETHER` holds: a document without one of them needs no
# search.)
_TOGETHER_WORDS: Final = frozenset(
    b"together combined between samen gezamenlijk zusammen gemeinsam ensemble".split()
)
_WITH_PHRASE: Final = re.compile(r",\s*(?:with|met|mit|avec)\s+(?:[^,;]|,(?=\d))*$")
# Words after which a place is the domain of a superlative or a rank ("de grootste stad van
# Zuid-West-Vlaanderen", "la troisième ville de Chine"), not the subject.
_DOMAIN_SET: Final = frozenset(
    w + e
    for w in [
        *"""largest biggest busiest greatest oldest richest grootste drukste oudste
        belangrijkste rijkste""".split(),
        *ORDINAL_WORDS,
    ]
    for e in ("", "n", "r", "s", "m")
)


def _is_domain_word(w: str) -> bool:
    """A superlative or an ordinal (one lower-case run of letters): a place after it is a
    domain ("de grootste stad van X", "la troisième ville de X")."""
    if w in _DOMAIN_SET:
        return True
    if not ("ième" in w or "größt" in w or "grösst" in w or "wichtigst" in w or "ältest" in w):
        return False
    one = w[:-1] if w[-1:] in _ENDINGS else w
    two = one[:-1] if one is not w and one[-1:] in _ENDINGS else one
    if any(len(c) > 4 and c.endswith("ième") for c in (w, one)):
        return True
    return any(c.endswith(("größte", "grösste")) or c in _DE_SUPERLATIVES for c in (w, one, two))


_ENDINGS: Final = frozenset("nrsm")
_DE_SUPERLATIVES: Final = frozenset(("wichtigste", "älteste"))


# "the capital of Guangdong", "Hauptstadt der Provinz Hubei": the place after "of" is the
# domain of the capital, not what the sentence is about.
_CAPITAL_WORDS: Final = frozenset(
    "capital hoofdstad hauptstadt landeshauptstadt capitale provinciehoofdstad".split()
)
_OF_WORDS: Final = frozenset("of van von der des de du d".split())
_MID_CAPITAL: Final = re.compile(r"[A-ZÀ-Þ](?<=[\w,;] .)[a-zà-ÿ'’-]{2,}(?![\w-])")
_ACRONYM: Final = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
# A capitalised word after a word of a title: "Cities" of "Friendship Cities Conference".
_IN_TITLE: Final = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ]")
_DESCRIBED_NAME: Final = re.compile(
    r"[tTdDhHlL](?<![\w].)(?:(?<=[tT])he|(?<=[dD])e|(?<=[hH])et|(?<=[lL])[ea'’])\s*"
    r"(?:[a-zà-ÿ-]{3,}\s+){1,3}(?P<name>[A-ZÀ-Þ][\w'’-]+)"
)
_ACRONYM_BEFORE: Final = re.compile(r"(?<![\w-])([A-Z]{2,5})[ \t]$")
_LEADING_FUNCTION: Final = re.compile(
    r"^(?:(?:The|In|At|On|For|With|From|By|To|Of|And|A|An|This|That|These|Its|Our|Their|His|"
    r"Her|As|After|Before|During|Since|When|While|If|But|Both|De|Het|Een|Deze|Dit|Die|In|Op|"
    r"Met|Voor|Na|Bij|En|Ook|La|Le|Les|L['’]|Un|Une|Des|Du|Au|Aux|Dans|Pour|Avec|Par|Sur|Et|"
    r"Cette|Ce|Cet|Ces|Der|Das|Im|Am|Mit|Für|Von|Und|Auch|Mayor|Minister|President|Vice|"
    r"Deputy|Governor|Burgemeester|Bürgermeister|Maire|Monsieur|Madame|Mr|Mrs|Ms|Dr|Prof)"
    r"\.?[ \t]+)+"
)
_NOT_NAMES: Final = frozenset(
    """MOU MOUS IT HE HRH TV CEO GDP PIB BBP BIP EUR USD CNY RMB NV BV AG SA GMBH LTD INC EU
    UN US USA UK PR NB PS OK CO ICT NGO SME KMO PME AM PM TEU TEUS EVP CO2 GW MW KM""".split()
)
_AIRPORTISH: Final = re.compile(r"airport|luchthaven|flughafen|aéroport", re.IGNORECASE)
# "Freiburg im Breisgau" is also written "Freiburg".
_SHORT_FORM: Final = re.compile(
    r"^([A-ZÀ-Þ][\w-]{2,})\s+(?:im|am|an\s+der|ob\s+der|upon|on|sur|en|aan)\s"
)
# Between a locative place and the next mention of the same phrase ("im Norden der").
_OF_GAP: Final = re.compile(
    r"\s*(?:of|of\s+the|van|van\s+de|van\s+het|der|des|von|von\s+der|de|"
    r"de\s+la|du|des|d['’])\s*",
    re.IGNORECASE,
)
# After a place: a possessive rank ("Scotland's second largest", "Chinas drittgrößte").
_ORDINAL_WORD = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(sorted((w for w, v in ORDINAL_WORDS.items() if v >= 2), key=len, reverse=True))
    + r")"
)
_POSSESSIVE_DOMAIN: Final = re.compile(
    r"(?:['’]s?)?[ \t*_]+(?:"
    + _ORDINAL_WORD
    + r"[\s-]+(?:city|port|airport|university|metropolis|economy)|(?:"
    + _ORDINAL_WORD
    + r"[\s-]+)?(?:largest|biggest|busiest|greatest|most\s+\w+|"
    r"oldest|richest|leading|grootste|drukste|\w*größte[nrsm]?|\w*grösste[nrsm]?|"
    r"wichtigste[nrsm]?)|(?:former\s+|old\s+|new\s+)?(?:capital|hauptstadt|hoofdstad)|"
    r"(?:number|no\.|nr\.?|\#)\s*(?:\d{1,3}|one))"
    r"(?![\w])",
    re.IGNORECASE,
)
_DIRECTION_LEAD: Final = re.compile(
    r"(?<![\w-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)[ \t]\Z"
)
# "Rizhao port handled ...", "the Tianjin port": the port of the place (lower case; "Qingdao
# Port" is a name the text gives, kept as written)
_PLACE_PORT: Final = re.compile(r"[ \t]+(?P<noun>port|harbour|harbor|seaport|airport)(?![\w-])")
_POSSESSIVE_FACILITY: Final = re.compile(
    r"['’]s?\s+(?P<noun>port|harbour|harbor|seaport|airport)(?![\w])", re.IGNORECASE
)
_COMPANY_COMPOUND: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-Þ][\w&]*(?:-[A-ZÀ-Þ][\w&]*)*-(?:Konzern|Werk|Gruppe|Konzerns|"
    r"Werks|Werkes|Groep|concern|fabriek))(?![\w-])"
)
_GREATER: Final = re.compile(r"(?<![\w-])(?:Greater[ \t]+|Groot-|Groß-|Gross-)$")
# The urban area around a city, named before it ("die Metropolregion Hamburg", "the
# metropolitan area of Lyon", "l'aire d'attraction de Toulouse", "la Métropole européenne de
# Lille") or after it ("the West Midlands metropolitan area", "the Lille conurbation"): its own
# subject, named as the text names it.
_METRO_BEFORE: Final = opened(
    re.compile(
        r"(?<![\w-])(?P<w>(?:metropolitan|metro)[ \t]+(?:area|region)[ \t]+of|"
        r"(?:metropoolregio|metropolregion|ballungsraum|großraum|grossraum)|"
        r"aire[ \t]+(?:urbaine|métropolitaine|d['’]attraction)[ \t]+(?:de|d['’])|"
        r"métropole[ \t]+(?:européenne[ \t]+)?(?:de|d['’]|du))[ \t]*$",
        re.IGNORECASE,
    )
)
_METRO_NAME: Final = re.compile(
    r"m[eé]tropol|ballungsraum|großraum|grossraum|aire|conurbation|agglom[eé]ration", re.IGNORECASE
)
# (The words every match of `_METRO_BEFORE`/`_METRO_AFTER`, `_REGION_AFTER` holds: gates.)
_METRO_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in """metropolitan metro metropoolregio metropolregion ballungsraum großraum
    grossraum aire métropole urban conurbation agglomeration""".split()
)
# (The words every match of `_GREATER`, `_PLACE_PORT` and `_DIRECTION_LEAD` holds: gates.)
_GREATER_WORDS: Final = frozenset(w.encode("latin-1") for w in "greater groot groß gross".split())
_PLACE_PORT_WORDS: Final = frozenset(
    w.encode("latin-1") for w in "port harbour harbor seaport airport".split()
)
_DIRECTION_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "north south east west northern southern eastern western central".split()
)
_REGION_AFTER_WORDS: Final = frozenset(
    w.encode("latin-1") for w in "region area regio gebied gebiet région".split()
)
_REGION_AFTER: Final = re.compile(r"[ \t]+(?i:region|area|regio|gebied|gebiet|région)(?![\w-])")
# "28,000 businesses are registered in the city", "1.7 million people live in the Solent
# area": a count that a place after it locates, when nothing before it is the subject.
_COUNT_IN_AFTER: Final = re.compile(
    r"[^,;:.()\[\]\n]{0,60}?(?<![\w])(?:in|within|across|throughout|im|dans|à|te)"
    r"(?:[ \t]+(?:the|de|het|der|die|dem|la|le|les))?[ \t]*\Z",
    re.IGNORECASE,
)
_METRO_AFTER: Final = re.compile(
    r"[ \t]+(?:metropolitan[ \t]+(?:area|region|county)|metro[ \t]+area|urban[ \t]+area|"
    r"conurbation|agglomeration)(?![\w-])",
    re.IGNORECASE,
)
# Capitalised words and a head noun after a known name: a longer name that holds it.
_NAME_EXTENSION: Final = re.compile(
    r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3}?[ \t]+(?P<head>City|Park|Zone|Port|Airport|University|"
    r"College|Métropole|Metropole|Metropolregion|Region|Hospital|Group|Authority|Institute|"
    r"Corporation|Company|Bank|Klinikum|Universitätsklinikum|Ziekenhuis)(?![\w-])"
    r"(?![ \t]+[A-ZÀ-Þ])"
)
_HEAD_KIND = {
    "city": "city",
    "métropole": "region",
    "metropole": "region",
    "metropolregion": "region",
    "region": "region",
    "port": "port",
    "airport": "airport",
    "university": "university",
    "college": "university",
}
_DETERMINER: Final = re.compile(
    r"(?:(?:the|this|that|deze|dit|diese[rsmn]?|die|der|das|de|la|cette|cet|le)\s+|l['’]\s*)",
    re.IGNORECASE,
)
# A place in a list of partners ("Sister cities: Bradford, Kanazawa", "twinned with X, Y")
# is not the document's own place.
_PARTNER_LIST: Final = re.compile(
    r"(?-i:[sStTpPzZjJfF\u017f])(?:(?<=s)ister|(?<=t)win|(?<=p)artner|(?<=z)uster|(?<=p)artnerst|"
    r"(?<=j)umel|(?<=f)reundschaftsst)[\w\s-]{0,25}?"
    r"(?::|\bwith|\bmet|\bmit|\bavec)[^.;:\n]*$",
    re.IGNORECASE,
)
_PARTNER_LIST_KEYS = ("sister", "twin", "partner", "zuster", "jumel", "freundschaftsst")
# A verb right after a name that opens a sentence: the name is the sentence's subject.
_SUBJECT_VERB: Final = re.compile(
    r"\s+(?:is|was|has|had|lies|counts|ranks|hosts|covers|is|ligt|heeft|telt|was|ist|hat|liegt|"
    r"zählt|war|est|a|compte|se\s+trouve|était)\b",
    re.IGNORECASE,
)
# "die Häfen in Bremen und Bremerhaven schlugen ...": a bare "and" (no comma) goes on with
# the locative phrase
_PLAIN_AND: Final = re.compile(r"[ \t]+(?:and|und|en|et)[ \t]+", re.IGNORECASE)
_AND_GAP: Final = re.compile(r"\s*(?:,|and|und|en|et|or|oder|ou|of)\s*", re.IGNORECASE)
_NP_END: Final = re.compile(
    r"\s*(?:[,;:.)]|(?:the|die|der|das|de|het|la|le|les|l['’])(?![\w]))", re.IGNORECASE
)
# "Karlsruher Institut für Technologie (KIT)", "Kenya Ports Authority (KPA)"
_DEFINED_ACRONYM: Final = re.compile(
    r"(?<![\w])(?P<name>[A-ZÀ-Þ][\w'’&-]*(?:[ \t]+(?:(?:of|for|and|de|du|des|la|le|van|voor|"
    r"der|die|für|und|et|en|d['’])[ \t]+)?[A-ZÀ-Þ][\w'’&-]*){1,7})[ \t]*"
    r"\((?P<acr>[A-Z][A-Za-z]{1,7})\)"
)
_ACRONYM_PAREN: Final = re.compile(r"\((?=[A-Z][A-Za-z]{1,7}\))")
_ORG_HEAD: Final = re.compile(
    r"(?:university|universiteit|universität|université|hochschule|port|haven|hafen|"
    r"airport|luchthaven|flughafen|aéroport)",
    re.IGNORECASE,
)
_COMMA_GAP: Final = re.compile(r"\s*,\s*")
# A plural port noun and a preposition before a place: "die Häfen in", "the ports of", "de
# havens van", "les ports de".
_PORTS_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:ports|havens|häfen|harbours|harbors)[ \t]+"
    r"(?:of|in|at|van|von|de|du|des|d['’])[ \t]*\Z",
    re.IGNORECASE,
)
_PORTS_AT: Final = re.compile(
    r"(?:ports|havens|häfen|harbours|harbors)[ \t]+(?:of|in|at|van|von|de|du|des|d['’])"
    r"(?![\w])",
    re.IGNORECASE,
)
_PORTS_PREP: Final = re.compile(r"(?:of|in|at|van|von|de|du|des)[ \t]+|d['’][ \t]*", re.I)
_PORTISH_KINDS: Final = frozenset(("city", "port"))
_PORTS_WORDS: Final = frozenset(
    w.encode("latin-1") for w in "ports havens häfen harbours harbors".split()
)
# The kinds of an anaphor that a city topic may own by name ("the port" of Felixstowe).
_OWN_KINDS: Final = frozenset(("port!", "university", "airport"))
# Capitalised adjectives of places and peoples ("Bavarian", "Flemish", "Japanese") before a
# lower-case noun are no names.
_ADJECTIVE_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ean")
_NOUN_AFTER: Final = re.compile(
    r"[ \t]+(?!(?:is|was|has|had|have|and|or|in|on|at|to|of|for|with|by|from|as|are|were|"
    r"will|would|can|could|also|which|that|who|lies|remains|became|becomes|signed|says|said)"
    r"(?![\w]))[a-z][a-z-]+"
)
_QUALIFIER_GAP: Final = re.compile(r"\s*[,(]\s*")
_COMPOUND_HEADS = (b"hafen", b"haven", b"stadt", b"stad")
_APPOSITION_START: Final = re.compile(
    r"\s*,\s*(?:[a-zà-þ]|the\s|a\s|an\s|de\s|het\s|een\s|die\s|der\s|"
    r"das\s|la\s|le\s|l['’]|un\s|une\s|"
    r"\d{1,3}(?:e|er|re|ère|ème|st|nd|rd|th|de|ste|te|\.)\s)"
)
# A comma and a conjunction after a place: what follows is a conjunct, not its apposition.
_CONJUNCTION_AFTER: Final = re.compile(
    r"\s*,\s*(?:and|or|but|en|of|maar|und|oder|aber|sowie|et|ou|mais)\s", re.IGNORECASE
)
# "Itami, een voorstad van Osaka met 198.000 inwoners": a with-phrase inside an apposition
# describes the apposition's head, the place before it.
_WITH_AFTER: Final = re.compile(r"\s+(?:with|met|mit|avec)\s[^,;:()]*")
# A sentence that opens with a subject pronoun or a possessive ("It lies on ...", "Son
# territoire s'étend ..."): about the topic, whatever places it names later.
_OPENING_PRONOUN: Final = re.compile(
    r"[\s\"“'‘(]*(?:It|Its|It['’]s|Il|Elle|Son|Sa|Ses|Er|Es|Sein|Seine|Zijn|Haar)\s"
)
_POSSESSIVE_OPENING: Final = re.compile(r"[\s\"“'‘(]*(?:Its|Son|Sa|Ses|Sein|Seine|Zijn|Haar)\s")
# "21,000 companies are registered in Tampere", "sind in Bochum rund 19.000 Unternehmen":
# a place of the figure's own clause that contains what is counted.
_CONTAINING_BEFORE: Final = re.compile(
    r"(?<![\w])(?:in|im|within|across|dans|à|en|te)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|"
    r"l['’]|der\s+|dem\s+|den\s+)?$",
    re.IGNORECASE,
)
_LOCATIVE_APPOSITION: Final = re.compile(
    r"\s*,\s*(?:a|an|the|een|de|het|ein|eine|einer|eines|des|der|dem|die|das|une?|la|le|"
    # a place noun with no article ("visite à Leshan, ville de 3,2 millions d'habitants",
    # "in Bishan, Bezirk der Metropole ... mit", "naar Wuxi, stad met")
    r"ville|métropole|cité|commune|capitale|préfecture|mégalopole|"
    r"stad|havenstad|miljoenenstad|hoofdstad|gemeente|"
    r"Stadt|Hafenstadt|Millionenstadt|Metropole|Hauptstadt|Bezirk|Kreisstadt|Gemeinde)\s"
    r"[^,;:()\[\]\n]*"
)
# A rank that opens an apposition after a place of destination: "à Qingdao, premier port de
# la province", "to Qingdao, China's fifth largest port", "naar Qingdao, tweede haven van".
_RANK_OPENING: Final = re.compile(
    r"(?:premier|première|\w+i[eè]me|second|third|\w+th|largest|biggest|busiest|"
    r"tweede|derde|vierde|vijfde|zesde|grootste|drukste)(?![\w-])",
    re.IGNORECASE,
)
_BARE_COMMA: Final = re.compile(r"\s*,\s*")
_COUNTRY_POSSESSIVE: Final = re.compile(r"['’]s\s+")
# "Bradford is, after Leeds, the largest city": an order, not a description of Leeds
# "die vierte Partnerstadt von X", "the fourth twin town of X", "de vierde zusterstad van X"
_POSSESSOR_PREP: Final = re.compile(r"\s+(?:of|van|von|de|du|des|der|d['’])\s*", re.IGNORECASE)
_AFTER_PLACE: Final = re.compile(
    r"(?<![\w])(?:after|behind|na|nach|après|derrière)\s+$", re.IGNORECASE
)
_PARTNER_NOUN: Final = re.compile(r"(?:partner|zuster|schwester|freundschafts)", re.IGNORECASE)
_CAPITAL_OPENING: Final = re.compile(
    r"[\s\"“'‘(]*(?:(?:the|la|le|de|die|der|das)\s+|l['’])?(?:capital|capitale|hoofdstad|"
    r"hauptstadt|provinciehoofdstad|landeshauptstadt)\s+(?:(?:of|du|de\s+la|der|des|de|van|"
    r"von)\s+|d['’]\s*)(?:(?:the|la|le|de|der|het)\s+)?(?:(?:provinz|province|provincie|region|région|"
    r"state|staat)\s+(?:of\s+|de\s+|du\s+)?)?",
    re.IGNORECASE,
)
_OPENS_AT: Final = re.compile(r"[\s\"“'‘(]*")
_POSSESSIVE_CAPITAL: Final = re.compile(r"['’]s?\s+(?:provincial\s+)?capital\b", re.IGNORECASE)
_REGION_NOUNS = {
    w: "region"
    for w in "metropole métropole region regio région provinz province provincie".split()
} | {w: "district" for w in _NOUNS["district"]}
_OF_LEAD: Final = re.compile(r"^(?:of|van|von|de|d['’]|du|des)\s*", re.IGNORECASE)
_COPULAS: Final = frozenset(
    "is was are were ist war sind waren est était sont étaient zijn".split()
)
_PRONOUNS: Final = frozenset(
    "it its they we he she this that these there here het hij zij ze wij dit dat er es sie "
    "wir dies das il elle ils elles nous on ce cela".split()
)
# "49,000 students are enrolled at Ghent University", "30,000 people work in the port"
_AT_ORGANISATION: Final = re.compile(
    r"(?<![\w])(?:at|in|for|an\s+der|an\s+dem|am|im|bei|aan\s+de|aan\s+het|bij|in\s+de|"
    r"à\s+l['’]|à|dans)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:()\[\]–—]")
# A name no mention knows that opens a sentence or a list item and has a figure ("-
# Noordrijn-Westfalen heeft bijna 18 miljoen inwoners"): the figure's subject, when the text
# names it again.
_OPENING_NAME: Final = re.compile(
    r"[ \t•*·\-–]*(?P<name>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*(?:[ \t][A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*){0,2})"
    r"(?=[ \t]+(?:has|had|counts|is\s+home\s+to|telt|telde|heeft|zählt|zählte|hat|hatte|compte|"
    r"comptait)\s)"
)


# The words (lower case, as the document's index keeps them) of which every match of a
# pattern holds one: a sentence without any of them is not scanned.
# "its port", "Ihr Hafen am Jangtse", "son port", "zijn haven": the port of the place the
# pronoun stands for.
_POSSESSIVE_PORT: Final = re.compile(
    r"[iIsStTzZhH](?<![\w].)(?:(?<=[iI])ts|(?<=[tT])heir|(?<=[iI])hr(?:en|em)?|(?<=[sS])ein(?:en|em)?|"
    r"(?<=[sS])on|(?<=[zZ])ijn|(?<=[hH])aar)[ \t]+(?i:(?:main|sea|inland|big|great|"
    r"large)[ \t]+)?(?P<noun>(?i:port|harbour|harbor|seaport|haven|zeehaven|hafen|seehafen|"
    r"binnenhafen))(?![\w-])"
)
_POSSESSIVE_LEAD: Final = re.compile(
    r"(?<![\w])(?:[iI]ts|[tT]heir|[iI]hr(?:en|em)?|[sS]ein(?:en|em)?|[sS]on|[zZ]ijn|[hH]aar)[ \t]+"
    r"(?i:(?:main|sea|inland|big|great|large)[ \t]+)?\Z"
)
_WORD_START: Final = re.compile(r"(?<![\w])\w")
_PORT_NOUN_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "port harbour harbor seaport haven zeehaven hafen seehafen binnenhafen".split()
)
_POSSESSIVE_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "its their ihr ihren ihrem sein seinen seinem son zijn haar".split()
)
_GATES: dict[str, frozenset[bytes]] = {
    gate: frozenset(w.encode("latin-1") for w in words)
    for gate, words in {
        "org": """university universiteit universität université hochschule fachhochschule
            hogeschool college port haven hafen airport luchthaven flughafen aéroport
            harbour""".split(),
        "noun": list(_NOUN_KIND),
        "it": ["it", "its"],
        "we": """we our wij onze ons wir unser unsere unserer unseren unserem unseres nous
            notre nos""".split(),
        "you": """you your u uw jullie vous votre vos sie ihr ihre ihrer ihren ihrem ihres
            ihnen""".split(),
    }.items()
}


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class SubjectResolver:
    """References per sentence and the topic before each sentence, built as far as needed.

    focus (set[int] | None): sentences that hold figures; only these are searched for
    anaphors, pronouns and demonyms (the others contribute their mentions to the topic).
    """

    def __init__(self, doc: Doc, *, focus: set[int] | None = None) -> None:
        self.doc = doc
        self.lang = doc.language if doc.language in _LOCATIVE else "en"
        self.focus = focus
        # an urban area named after a city -> that city ("die Stadt" after "die
        # Metropolregion Hamburg" is Hamburg)
        self._metro_city: dict[Entity, Entity] = {}
        self._mid: dict[str, bool] = {}
        self._loaded: tuple[list[Mention], list[Entity], list[int]] | None = None
        # name (and last word of a name), folded -> entity, by first letter
        self._names: dict[str, list[tuple[str, Entity]]] | None = None
        self._demonyms: dict[str, Entity | None] = {}
        self._other: Entity | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._home: Entity | None = None
        self._home_done = False
        self.refs: list[list[Ref]] = []
        self.topic_before: list[Entity | None] = []
        self._history: list[Ref] = []
        self._topic: Entity | None = None
        self._mi = 0
        self._gates: dict[str, list[int]] = {}
        self._acronym_cache: tuple[dict[str, Entity], list[tuple[int, int, str]]] | None = None
        self._acronym_done = False
        self._acronym_refs: list[Entity] = []
        self._metro_ok = True
        # gates of `_GREATER`, `_PLACE_PORT` and `_DIRECTION_LEAD` (set by `_load`)
        self._greater_ok = True
        self._port_ok = True
        self._ports_ok = True
        # "Häfen in Bremen und Bremerhaven": the ports of two places, one entity
        self._joint: set[Entity] = set()
        self._direction_ok = True
        self._port_starts: list[int] | None = None
        self._port_nouns: list[int] | None = None  # starts of the port nouns (`_port_noun_starts`)
        self._districts = False  # a district was named ("der Stadtteil Vauban")
        # the runs of digits of the text, (start, end) in order, when the caller has read
        # them (figures: `figures_in`); else `_demonym_slots` scans each sentence itself
        self.digit_runs: list[tuple[int, int]] | None = None
        self._digit_run_ends: list[int] | None = None
        # the document may hold a match of `_TOGETHER` (a word gate)
        idx = index_for(doc)
        self._together_ok = not idx.caseless or not idx.words.isdisjoint(_TOGETHER_WORDS)

    def _possessive_ports(self, sent: Sentence) -> list[re.Match[str]]:
        """ "its port", "Ihr Hafen" in the sentence: tried only before the port nouns."""
        if self._port_starts is None:
            idx = index_for(self.doc)
            if not idx.caseless:
                self._port_starts = [-1]
            elif idx.words.isdisjoint(_POSSESSIVE_WORDS):
                self._port_starts = []
            else:
                words = _PORT_NOUN_WORDS & idx.words
                self._port_starts = sorted(p for w in words for p in idx.word_starts(w))
        starts = self._port_starts
        text = self.doc.text
        if starts and starts[0] < 0:
            return list(_POSSESSIVE_PORT.finditer(text, sent.start, sent.end))
        out: list[re.Match[str]] = []
        k = bisect.bisect_left(starts, sent.start)
        while k < len(starts) and starts[k] < sent.end:
            p = starts[k]
            k += 1
            lead = _POSSESSIVE_LEAD.search(text, max(sent.start, p - 24), p)
            m = _POSSESSIVE_PORT.match(text, lead.start(), sent.end) if lead else None
            if m is not None:
                out.append(m)
        return out

    def _port_noun_starts(self, sent: Sentence) -> list[int]:
        """Where the port nouns of the sentence start (every word start when the text's
        case cannot be folded cheaply)."""
        if self._port_nouns is None:
            idx = index_for(self.doc)
            if not idx.caseless:
                self._port_nouns = [-1]
            else:
                words = _PORT_NOUN_WORDS & idx.words
                self._port_nouns = sorted(p for w in words for p in idx.word_starts(w))
        starts = self._port_nouns
        if starts and starts[0] < 0:
            return [m.start() for m in _WORD_START.finditer(self.doc.text, sent.start, sent.end)]
        k = bisect.bisect_left(starts, sent.start)
        j = bisect.bisect_left(starts, sent.end, k)
        return starts[k:j]

    def _unknown_regions(
        self, mentions: list[Mention], entities: list[Entity], starts: list[int]
    ) -> set[str]:
        """Names of places the gazetteer lacks that the text writes "X region", "X area":
        looked up only before those words."""
        idx = index_for(self.doc)
        text = self.doc.text
        if not idx.caseless:
            return {
                e.name
                for m, e in zip(mentions, entities, strict=True)
                if e.kind == "city" and m.place is None and _REGION_AFTER.match(text, m.end)
            }
        words = _REGION_AFTER_WORDS & idx.words
        out: set[str] = set()
        for p in (p for w in words for p in idx.word_starts(w)):
            j = bisect.bisect_left(starts, p) - 1
            if j < 0:
                continue
            m, e = mentions[j], entities[j]
            if e.kind == "city" and m.place is None and _REGION_AFTER.match(text, m.end, p + 8):
                out.add(e.name)
        return out

    def _has_word(self, words: frozenset[bytes]) -> bool:
        """Whether the document may hold one of `words` (lower case): a cheap gate."""
        idx = index_for(self.doc)
        return not idx.caseless or not idx.words.isdisjoint(words)

    def _load(self) -> tuple[list[Mention], list[Entity], list[int]]:
        """The mentions with their echoes, their entities and starts, made when first read."""
        if self._loaded is None:
            mentions = _with_echoes(self.doc)
            entities = [entity_of(m) for m in mentions]
            self._metro_ok = self._has_word(_METRO_WORDS)
            self._greater_ok = self._has_word(_GREATER_WORDS)
            self._port_ok = self._has_word(_PLACE_PORT_WORDS)
            self._ports_ok = self._has_word(_PORTS_WORDS)
            self._direction_ok = self._has_word(_DIRECTION_WORDS)
            starts = [m.start for m in mentions]
            regions = self._unknown_regions(mentions, entities, starts)
            if regions:
                # "the wider Ruhr region": a region the gazetteer lacks, wherever it is named
                entities = [
                    Entity(e.name, "region", e.country)
                    if e.kind == "city" and m.place is None and e.name in regions
                    else e
                    for m, e in zip(mentions, entities, strict=True)
                ]
            self._loaded = (mentions, entities, starts)
        return self._loaded

    @property
    def _mentions(self) -> list[Mention]:
        return self._load()[0]

    @property
    def _entities(self) -> list[Entity]:
        return self._load()[1]

    @property
    def _starts(self) -> list[int]:
        return self._load()[2]

    def _person_within(self, a: int, b: int) -> bool:
        """True when a person's name lies in text[a:b] ("Landrat Huber hat ...": a title
        and a surname opening a sentence are no place)."""
        mentions = self.doc.mentions  # (sorted by start; persons are kept there only)
        k = bisect.bisect_left(mentions, a, key=_mention_start)
        while k < len(mentions) and mentions[k].start < b:
            if mentions[k].kind == "person":
                return True
            k += 1
        return False

    def _mid_capital(self, word: str) -> bool:
        """True when the text uses the capitalised `word` inside a sentence (a name, also at
        a sentence start): where `_MID_CAPITAL` matches `word` itself, not followed by another
        capitalised word of a title, and never writes it in lower case. (Its matches do not
        overlap: they are the matches at every offset.)"""
        found = self._mid.get(word)
        if found is None:
            text = self.doc.text
            found = False
            i = text.find(word)
            while i >= 0:
                m = _MID_CAPITAL.match(text, i)
                if (
                    m is not None
                    and m.end() - i == len(word)
                    and not _IN_TITLE.match(text, m.end())
                ):
                    # (not a word of a longer title: "the Friendship Cities Conference")
                    found = True
                    break
                i = text.find(word, i + 1)
            if found and word[1:].islower():
                # "Port commercial de premier plan, le port de Xiamen ...": a word the text
                # also writes in lower case opens the sentence as a common noun, even where
                # it starts a name elsewhere ("du Port autonome de Cotonou")
                low = word.lower()
                j = text.find(low)
                while j >= 0:
                    if (j == 0 or not text[j - 1].isalnum()) and (
                        j + len(low) == len(text) or not text[j + len(low)].isalnum()
                    ):
                        found = False
                        break
                    j = text.find(low, j + 1)
            self._mid[word] = found
        return found

    def _fold(self, name: str) -> str:
        return _fold_cached(name)

    # ---------------------------------------------------------- document-level entities
    @property
    def home(self) -> Entity | None:
        """The document's own place: its institution, else its leading city."""
        if not self._home_done:
            self._home = self._find_home()
            self._home_done = True
        return self._home

    def _own_place(self) -> Entity | None:
        """The town a Dutch, French or German writer calls "onze gemeente", "notre ville",
        "unsere Stadt" in a text without an institution: the place of the writer's side most
        named (a Chinese place is the counterpart in these texts), the first named on a tie.
        None in English, where the writer may be on either side."""
        if self.doc.language not in ("nl", "fr", "de"):
            return None
        counts: Counter[Entity] = Counter()
        first: dict[Entity, int] = {}
        for m, e in zip(self._mentions, self._entities, strict=True):
            if e.kind in ("city", "region", "district") and e.country not in _COUNTERPART_SIDE:
                if e.country is None:
                    continue
                counts[e] += 1
                first.setdefault(e, m.start)
        if not counts:
            return None
        return max(counts, key=lambda e: (counts[e], -first[e]))

    def _own_body(self, kind: str, pos: int) -> Entity | None:
        """The university or port a writer calls "our college", "unsere Hochschule", "notre
        port" at `pos`: the document's institution (its "Institution:" header) when it is of
        that kind; else the first body of that kind the text names before `pos`, when it
        names it in its opening lines (the page's title or header), leaving out a body the
        text names as a visitor ("a delegation of Fudan University"). None when, past the
        visitors, two bodies of that kind are named before `pos` and the first is a visitor's,
        or none is named early."""
        home = self.home if self.doc.institution else None
        if home is not None and home.kind == kind:
            return home
        text = self.doc.text
        bodies: list[tuple[int, Entity]] = []
        visitors: set[Entity] = set()
        for m, e in zip(self._mentions, self._entities, strict=True):
            if m.start >= pos:
                break
            if e.kind != kind:
                continue
            if all(e != b for _, b in bodies):
                bodies.append((m.start, e))
            if _BODY_TRAVELS.search(text, max(0, m.start - 40), m.start):
                visitors.add(e)
        own = [(at, e) for at, e in bodies if e not in visitors]
        if not own or own[0][0] >= _OWN_BODY_REACH:
            return None
        if bodies[0][1] in visitors and len(own) > 1:
            return None
        return own[0][1]

    def _find_home(self) -> Entity | None:
        inst = self.doc.institution
        if inst:
            key = self._fold(inst)
            for m, e in zip(self._mentions, self._entities, strict=True):
                if self._fold(m.name) == key or self._fold(m.text) == key:
                    return e
            for m, e in zip(self._mentions, self._entities, strict=True):
                name = self._fold(m.name)
                if name and name in key:
                    return e
        # The most mentioned city, the first one named counting double, a city that opens a
        # sentence ("Ghent is the capital of ...") rather than one named in a list.
        text = self.doc.text
        idx = index_for(self.doc)
        low = idx.low if idx.caseless else ""
        cities = [
            (m, e)
            for m, e in zip(self._mentions, self._entities, strict=True)
            if e.kind == "city"
            and not (
                # every match holds one of the keys (the lower-cased text is IGNORECASE's
                # when `caseless`): searched only where one is
                (not low or _has_any(low, _PARTNER_LIST_KEYS, max(0, m.start - 80), m.start))
                and _PARTNER_LIST.search(text, max(0, m.start - 80), m.start)
            )
        ]
        if not cities:
            return None
        counts = Counter(e for _, e in cities)
        counts[cities[0][1]] += 2
        opens = {s.start for s in self.doc.sentences}
        for m, e in cities:
            if m.start in opens and _SUBJECT_VERB.match(text, m.end):
                counts[e] += 2
        best = max(counts.values())
        return next(e for _, e in cities if counts.get(e) == best)

    def counterpart(self, pos: int) -> Entity | None:
        """The city of the paragraph at `pos` that is not the home, most mentioned first
        (else of the whole text); None when the text names no other city."""
        return self._counterpart(pos)

    def _counterpart(self, pos: int) -> Entity | None:
        """The other party in a dialogue: the most mentioned city of the paragraph not home."""
        text = self.doc.text
        p_start = text.rfind("\n\n", 0, pos)
        p_start = 0 if p_start < 0 else p_start
        p_end = text.find("\n\n", pos)
        p_end = len(text) if p_end < 0 else p_end
        home = self.home
        starts = self._starts
        lo = bisect.bisect_left(starts, p_start)
        hi = bisect.bisect_left(starts, p_end)
        counts = Counter(e for e in self._entities[lo:hi] if e.kind == "city" and e != home)
        if counts:
            return counts.most_common(1)[0][0]
        if self._other is None:
            everywhere = Counter(e for e in self._entities if e.kind == "city" and e != home)
            self._other = everywhere.most_common(1)[0][0] if everywhere else None
        return self._other

    def in_quote(self, pos: int) -> bool:
        """True when `pos` lies inside quoted speech."""
        if self._quotes is None:
            self._quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(self.doc.text)]
        i = bisect.bisect_left(self._quotes, (pos, pos)) - 1
        return i >= 0 and self._quotes[i][0] < pos < self._quotes[i][1]

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        if not self.in_quote(pos) or self._quotes is None:
            return None
        i = bisect.bisect_left(self._quotes, (pos, pos)) - 1
        return self._quotes[i]

    def _role_place(self, lo: int, hi: int) -> Entity | None:
        """A place named with an office in text[lo:hi]: "Mayor of X", "X Mayor", "Breese
        burgemeester"."""
        text = self.doc.text
        k0 = bisect.bisect_left(self._starts, lo)
        k1 = bisect.bisect_left(self._starts, hi)
        for k in range(k0, k1):
            m, e = self._mentions[k], self._entities[k]
            if e.kind not in ("city", "region") or m.end > hi:
                continue
            if _ROLE_OF.search(text, max(lo, m.start - 40), m.start) or _PLACE_ROLE.match(
                text, m.end, min(hi, m.end + 30)
            ):
                return e
        for r in _ROLE_AFTER_ADJECTIVE.finditer(text, lo, hi):
            derived = self.demonym(r.group(1))
            if derived is not None:
                return derived
        return None

    def _speaker_place(self, sent: Sentence, pos: int) -> Entity | None:
        """The place of the person a quote is attributed to ("..., said Wuhan Mayor Zhou")."""
        quote = self._quote_at(pos)
        if quote is None:
            return None
        text = self.doc.text
        qs, qe = quote
        after_end = min(len(text), qe + 150)
        stop = _SENTENCE_STOP.search(text, qe, after_end)
        windows: list[tuple[int, int]] = []
        if text[qe - 2 : qe - 1] not in (".", "!", "?"):
            # '"...," said X' continues the sentence; '"...."' ends it, and what follows
            # introduces someone else.
            windows.append((qe, stop.start() if stop else after_end))
        # Before the quote only an introduction of this quote counts ('X said: "...'),
        # not the end of the sentence before it.
        lo = max(text.rfind("\n", 0, qs) + 1, qs - 150)
        for b in _SENTENCE_STOP.finditer(text, lo, qs):
            lo = b.end()
        if _INTRODUCES.search(text, lo, qs):
            windows.append((lo, qs))
        for lo, hi in windows:
            if hi <= lo or not _SPEECH.search(text, lo, hi):
                continue
            place = self._role_place(lo, hi)
            if place is not None:
                return place
            # The speaker by name: their office elsewhere in the text.
            for m in self.doc.mentions:
                if m.kind != "person" or not lo <= m.start < hi:
                    continue
                surname = m.text.split()[-1]
                i = text.find(surname)
                while i >= 0:
                    place = self._role_place(max(0, i - 80), min(len(text), i + 80))
                    if place is not None:
                        return place
                    i = text.find(surname, i + len(surname))
        return None

    def demonym(self, word: str) -> Entity | None:
        """The place a demonym derives from ("Yvelinois" -> Yvelines, "Gentenaars" -> Gent)."""
        if word in self._demonyms:
            return self._demonyms[word]
        if self._names is None:
            names: dict[str, Entity] = {}
            for e in self._entities:
                name = self._fold(e.name)
                for part in (name, *name.split()[-1:]):
                    if part:
                        names.setdefault(part, e)
            # by their first letter, in the order they were named
            self._names = {}
            for part, e in names.items():
                self._names.setdefault(part[:1], []).append((part, e))
        w = self._fold(word)
        best: tuple[int, Entity] | None = None
        for part, e in self._names.get(w[:1], ()):
            if part == w:
                continue
            n = _common_prefix(w, part)
            if n >= max(4, len(part) - 3) and (best is None or n > best[0]):
                best = (n, e)
        found = best[1] if best else None
        self._demonyms[word] = found
        return found

    # ---------------------------------------------------------- the pass
    def _locative(self, gap_start: int, start: int) -> bool:
        """True when the words just before `start` put the mention after a locative word."""
        text = self.doc.text
        lo = max(gap_start, start - 70)
        cut = _LAST_CLAUSE.match(text, lo, start)  # (one slice of the text: the words')
        words = _GAP_WORD.findall(text[cut.end() if cut is not None else lo : start].lower())
        preps = _LOCATIVE[self.lang]
        for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
            w = words[k]
            if w.isdigit():
                return False  # "In 2018 the Port of ...": a date, not a place
            if w in _RELATIVE_WORDS:
                # "the speed at which Changsha develops", "mit welcher Dortmund ...": the
                # name opens the relative clause as its subject; the preposition is the
                # pronoun's
                return False
            if w in _BETWEEN_WORDS:
                # "a city in Zhejiang, between Shanghai and Hangzhou, with ...", "ligt ...,
                # tussen A en B", "à mi-chemin entre Pékin et Shanghai": between two places
                # places something; "the agreement between A and B", "Zwischen der
                # Universität X und ... bestehen viele Verbindungen" name its parties
                # (only those places: elsewhere "between" says nothing and the words before
                # it decide, as they did before it was read)
                if k > 0 and words[k - 1] in _LIES_WORDS:
                    return True
                if k == 0 and cut is not None and text[cut.end() - 1] == ",":
                    return True
                continue
            if w in _DISTANCE_PREPS and k > 0 and words[k - 1] in _DISTANCE_WORDS:
                return True  # "Entfernung von Kiel", "afstand tot Gent": a distance's start
            if w in preps:
                if w == "to" and k + 1 < len(words) and words[k + 1] in _TO_BECOME:
                    return False  # "merged ... to form North Sea Port": an infinitive
                return not (w == "to" and k > 0 and words[k - 1] == "home")
            if w in _COPULAS:
                return False  # "the largest employer is X": X is what is ranked
            if _is_domain_word(w):
                return True
            if w in _CAPITAL_WORDS and k + 1 < len(words) and words[k + 1] in _OF_WORDS:
                return True
        return False

    @staticmethod
    def _fits(e: Entity, kind: str, country: str | None) -> bool:
        if country and e.country != country:
            return False
        if kind == e.kind:
            return True
        if kind == "region!":
            return e.kind == "region" and _METRO_NAME.search(e.name) is None
        if kind == "port!":
            # "the port" itself, not the company that runs it (Havenbedrijf, Port Authority)
            return (e.kind == "port" or _PORTISH.search(e.name) is not None) and (
                _AUTHORITY.search(e.name) is None
            )
        if kind == "university" and e.kind == "org" and "univers" in e.name.casefold():
            return True
        if kind == "university" and e.kind == "org" and "institut" in e.name.casefold():
            return True
        if kind == "chamber":
            return e.kind == "org" and _CHAMBERISH.search(e.name) is not None
        if kind == "authority":
            return e.kind in ("port", "org") and _AUTHORITY.search(e.name) is not None
        return kind == "port" and e.kind == "org" and _PORTISH.search(e.name) is not None

    def _resolve(self, refs: list[Ref], kind: str, country: str | None) -> Entity | None:
        """The sentence's subject so far, else the topic, else the most recent that fits
        (for "the port" one that is not its operator first)."""
        if kind == "port":
            found = self._resolve(refs, "port!", country)
            if found is not None:
                return found
        if kind == "region" and self._metro_city:
            # "de regio" is a region, before the urban area around a city
            found = self._resolve(refs, "region!", country)
            if found is not None:
                return found
        for r in refs:
            if r.entity is not None and not r.locative:
                if self._fits(r.entity, kind, country):
                    return r.entity
                break
        if self._topic is not None and self._fits(self._topic, kind, country):
            return self._topic
        if self._topic is not None and self._topic.kind == "city" and kind in _OWN_KINDS:
            # "Felixstowe, Britain's largest container port, handled ... Around 3,000 people
            # work for the port": the port (university, airport) named after the city the
            # text is about, before the one named last
            own = self._named_after(refs, kind, country, self._topic)
            if own is not None:
                return own
        for r in reversed(refs):
            if r.entity is not None and (
                self._fits(r.entity, kind, country) or self._placed_fit(r, kind, country)
            ):
                return r.entity
        history = self._history
        for i in range(len(history) - 1, max(-1, len(history) - 400), -1):
            h = history[i]
            e = h.entity
            if e is not None and (
                self._fits(e, kind, country) or self._placed_fit(h, kind, country)
            ):
                return e
        if kind == "city" and self._metro_city:
            # "die Stadt selbst" after only "die Metropolregion Hamburg": its city
            for r in (*reversed(refs), *reversed(history[-400:])):
                city = self._metro_city.get(r.entity) if r.entity is not None else None
                if city is not None and self._fits(city, kind, country):
                    return city
        if kind == "city":
            # "le port de Shanghai ... La métropole chinoise": the city a port is named after
            return self._port_city((*reversed(refs), *reversed(history[-400:])), country)
        return None

    def _joint_ports(
        self, sent: Sentence, items: list[tuple[int, int, str, int]], a: int, b: int, lo: int
    ) -> tuple[int, int] | None:
        """The span of "ports of A and B" around the city mention text[a:b] when a plural port
        noun and a preposition come right before it and a plain "and" and another city right
        after it, else None."""
        text = self.doc.text
        if _PORTS_AT.match(text, a, b) is not None:
            first = a  # "ports of Los Angeles", one mention
        else:
            noun = _PORTS_BEFORE.search(text, max(sent.start, a - 24), a) if a > lo else None
            if noun is None or noun.start() < lo:
                return None
            first = noun.start()
        conj = _PLAIN_AND.match(text, b, sent.end)
        if conj is None:
            return None
        # "les ports du Havre et de Rouen": the preposition again after the conjunction
        prep = _PORTS_PREP.match(text, conj.end(), sent.end)
        second = prep.end() if prep is not None else conj.end()
        entities = self._entities
        for s, e, src, k in items:
            if (
                s in (conj.end(), second)
                and src == "mention"
                and entities[k].kind in _PORTISH_KINDS
            ):
                return first, e
            if s > second:
                break
        return None

    def _named_after(
        self, refs: list[Ref], kind: str, country: str | None, place: Entity
    ) -> Entity | None:
        """The last entity of `kind` in the sentence or the text before it whose name holds
        the name of `place` as whole words ("Port of Felixstowe" for Felixstowe), else None."""
        key = self._fold(place.name)
        if not key:
            return None
        history = self._history
        for r in (*reversed(refs), *reversed(history[-400:])):
            e = r.entity
            if e is None or e is place or e.kind in _PLACE_ENTITY_KINDS:
                continue
            if not self._fits(e, kind, country):
                continue
            name = self._fold(e.name)
            if name != key and f" {key} " in f" {name} ":
                return e
        return None

    def _placed_fit(self, r: Ref, kind: str, country: str | None) -> bool:
        """An organisation of no known country that its sentence places in `country`: "in
        Chengdu bij de Southwest Jiaotong University ... De Chinese universiteit telt" (the
        nationality of the anaphor names the country of the city named beside it)."""
        e = r.entity
        if e is None or not country or e.country is not None or e.kind in _PLACE_ENTITY_KINDS:
            return False
        if not self._fits(e, kind, None):
            return False
        sentences = self.doc.sentences
        k = bisect.bisect_right(sentences, r.start, key=_sentence_start) - 1
        if k < 0:
            return False
        sent = sentences[k]
        mentions = self.doc.mentions
        j = bisect.bisect_left(mentions, sent.start, key=_mention_start)
        while j < len(mentions) and mentions[j].start < sent.end:
            m = mentions[j]
            if m.kind == "place" and m.place is not None and m.place.country == country:
                return True
            j += 1
        return False

    def _initialled(self, acronym: str, before: int) -> Entity | None:
        """The organisation named before `before` whose initials the acronym is."""
        for m, e in zip(*self._load()[:2], strict=True):
            if m.start >= before:
                break
            if m.kind == "organisation" and " " in m.name and initials(m.name) == acronym:
                return e
        return None

    def _city_port(self, adjective_stem: str) -> Entity | None:
        """The port of the city the document names whose name the adjective's stem gives
        ("Amsterdam(se haven)": Port of Amsterdam), else None."""
        stem = self._fold(adjective_stem)
        for m, e in zip(*self._load()[:2], strict=True):
            if e.kind == "city" and m.kind == "place" and stem_names_city(stem, self._fold(m.text)):
                return Entity(f"Port of {e.name}", "port", e.country)
        return None

    def _port_city(self, refs: Iterable[Ref], country: str | None) -> Entity | None:
        """The city in the name of the last port named ("port de Shanghai": Shanghai)."""
        mentions, _, starts = self._load()
        for r in refs:
            if r.entity is None or r.entity.kind != "port" or r.source != "mention":
                continue
            k = bisect.bisect_left(starts, r.start)
            while k < len(starts) and starts[k] == r.start:
                place = mentions[k].place
                if place is not None and place.kind == "city":
                    city = Entity(place.name, "city", place.country)
                    if self._fits(city, "city", country):
                        return city
                k += 1
            return None
        return None

    def _forward(
        self, sent: Sentence, pos: int, items: list[tuple[int, int, str, int]]
    ) -> Entity | None:
        text = self.doc.text
        cut = min((i for c in _CLAUSE_CHARS if (i := text.find(c, pos, sent.end)) >= 0), default=-1)
        if cut < 0:
            return None
        for a, _, src, k in items:
            if src == "mention" and a > cut:
                if not self._locative(cut + 1, a):
                    return self._entities[k]
                return None
        return None

    def _ensure(self, index: int) -> None:
        sentences = self.doc.sentences
        while len(self.refs) <= index and len(self.refs) < len(sentences):
            si = len(self.refs)
            self.topic_before.append(self._topic)
            refs = self._sentence(sentences[si], self.focus is None or si in self.focus)
            self.refs.append(refs)
            self._history.extend(refs)
            # a company named in passing ("das BMW-Werk") does not become the topic
            known = [
                r for r in refs if r.entity is not None and not r.locative and r.source != "company"
            ]
            subject = next(
                (r for r in known if r.entity is not None and r.entity.kind != "country"),
                known[0] if known else None,
            )
            if (
                subject is not None
                and not (
                    subject.start > sentences[si].start
                    and _OPENING_PRONOUN.match(self.doc.text, sentences[si].start, subject.start)
                )
                and not names_other_place(self.doc.text, sentences[si].start, subject.start)
            ):
                if (
                    not _inside_topic(subject.entity, self._topic)
                    and subject.entity not in self._joint
                ):
                    # (the ports of two places name where they are; the text's topic stays)
                    self._topic = subject.entity

    def _sentence(self, sent: Sentence, focus: bool) -> list[Ref]:
        text = self.doc.text
        mentions, entities, _ = self._load()
        while self._mi < len(mentions) and mentions[self._mi].start < sent.start:
            self._mi += 1
        # (start, end, source, index into `mentions` or into `found`)
        items: list[tuple[int, int, str, int]] = []
        j = self._mi
        while j < len(mentions) and mentions[j].start < sent.end:
            items.append((mentions[j].start, mentions[j].end, "mention", j))
            j += 1
        found: list[re.Match[str]] = []
        if focus:
            self._find_references(sent, items, found)
        refs: list[Ref] = []
        prev_end = sent.start
        topic = self._topic
        for a, b, src, k in items:
            if a < prev_end:
                continue
            entity: Entity | None = None
            if src == "mention":
                entity = entities[k]
                if entity.kind == "continent":
                    continue
                after = text[b : b + 2]
                facility = (
                    _POSSESSIVE_FACILITY.match(text, b, sent.end)
                    if after[:1] in ("'", "’") and after
                    else None
                )
                if (
                    self._direction_ok
                    and entity.kind not in ("city", "region", "country")
                    and a > sent.start
                ):
                    lead = _DIRECTION_LEAD.search(text, max(sent.start, a - 12), a)
                    if lead is not None and lead.start() >= prev_end:
                        # "North Sea Port": a direction word the organisation's name holds
                        a = lead.start()
                        entity = Entity(text[a:b], entity.kind, entity.country)
                if self._greater_ok and entity.kind == "city" and a >= 6 and text[a - 1] in " -":
                    greater = _GREATER.search(text, max(sent.start, a - 9), a)
                    if greater is not None and refs and refs[-1].source == "unknown":
                        if refs[-1].start >= greater.start() and refs[-1].end <= a:
                            refs.pop()  # "Greater" read as an unknown name
                            prev_end = refs[-1].end if refs else sent.start
                    if greater is not None and greater.start() >= prev_end:
                        # "Greater Porto", "Groot-Amsterdam": the urban area around the city
                        a = greater.start()
                        entity = Entity(text[a:b], "region", entity.country)
                if self._metro_ok and entity.kind in ("city", "region") and a > sent.start:
                    metro = _METRO_BEFORE.search(text, max(sent.start, a - 36), a)
                    if metro is not None and all(
                        r.end <= metro.start("w") or r.source in ("unknown", "anaphor")
                        for r in refs
                    ):
                        city, a = entity, metro.start("w")
                        while refs and refs[-1].end > a:
                            refs.pop()  # "Metropolregion", "Métropole" read as other names
                        prev_end = refs[-1].end if refs else sent.start
                        entity = Entity(text[a:b], "region", entity.country)
                        self._metro_city[entity] = city
                if (
                    self._metro_ok
                    and entity.kind in ("city", "region")
                    and text[b : b + 1] in (" ", "\t")
                ):
                    metro = _METRO_AFTER.match(text, b, sent.end)
                    if metro is not None:
                        city, b = entity, metro.end()
                        lead = _DIRECTION_LEAD.search(text, max(sent.start, a - 12), a)
                        if lead is not None and (not refs or refs[-1].end <= lead.start()):
                            a = lead.start()  # "the West Midlands metropolitan area"
                        elif lead is not None and refs[-1].source == "unknown":
                            a = refs.pop().start
                            prev_end = refs[-1].end if refs else sent.start
                        entity = Entity(text[a:b], "region", entity.country)
                        self._metro_city[entity] = city
                if self._ports_ok and entity.kind in _PORTISH_KINDS:
                    ports = self._joint_ports(sent, items, a, b, prev_end)
                    if ports is not None:
                        # "Die Häfen in Bremen und Bremerhaven schlugen ... um", "the ports
                        # of Los Angeles and Long Beach handled ...": the ports of both places,
                        # named as the text names them
                        a, b = ports
                        entity = Entity(text[a:b], "port", entity.country)
                        self._joint.add(entity)
                if (
                    self._port_ok
                    and facility is None
                    and entity.kind == "city"
                    and text[b : b + 1] == " "
                ):
                    facility = _PLACE_PORT.match(text, b, sent.end)
                if facility is not None and entity.kind in ("city", "region"):
                    # "Rotterdam's port": the port of the place
                    noun = facility.group("noun").casefold()
                    name = f"{noun.capitalize()} of {entity.name}"
                    entity = Entity(name, _NOUN_KIND.get(noun, "port"), entity.country)
                    b = facility.end()
                longer = (
                    _NAME_EXTENSION.match(text, b, sent.end)
                    if b < sent.end and text[b] in " \t" and text[b + 1 : b + 2].isupper()
                    else None
                )
                if longer is not None:
                    # "China Medical City", "Quebec City": a longer name that holds the place
                    b = longer.end()
                    head = longer.group("head").casefold()
                    entity = Entity(text[a:b], _HEAD_KIND.get(head, "org"), entity.country)
                acronym = (
                    _ACRONYM_BEFORE.search(text, max(sent.start, a - 8), a)
                    if a >= 3 and text[a - 2 : a - 1].isupper()
                    else None
                )
                if acronym and acronym.group(1) not in _NOT_NAMES:
                    # "KU Leuven": the place names an organisation the mentions missed
                    refs.append(Ref(acronym.start(1), b, None, False, "unknown"))
                    prev_end = b
                    continue
            elif src == "anaphor" and (
                found[k].group("partner")
                or found[k].group("partner2")
                or _PARTNER_NOUN.match(_head_noun(found[k]))
            ):
                # "the partner city", "die Partnerstadt", "de zusterstad": the other city of
                # the document, not its own
                entity = self._counterpart(a)
                if entity is None:
                    refs.append(Ref(a, b, None, False, src))
                    prev_end = b
                    continue
            elif src == "anaphor":
                m = found[k]
                capital = _head_noun(m).lower() in _CAPITAL_WORDS
                if m.group("named") and not capital:
                    loc = self._locative(prev_end, a)
                    named = self._named(m, items)
                    if named is None:
                        region = _REGION_NOUNS.get(_head_noun(m).casefold())
                        name = _OF_LEAD.sub("", m.group("named").strip())
                        # "le port Édouard-Herriot": a name the mentions do not know blocks;
                        # "der Metropole Ruhr", "the region of Kansai" name a region
                        entity_named = Entity(name, region) if region and name else None
                        self._districts |= region == "district"
                        refs.append(Ref(a, m.end("named"), entity_named, loc, src))
                        prev_end = m.end("named")
                        continue
                    # "l'agglomération de Dakar", "de haven van Rizhao": a known place
                    entity, b = named
                    refs.append(Ref(a, b, entity, loc, src))
                    prev_end = b
                    continue
                kind = noun_kind(_head_noun(m))
                nat = m.group("nat1") or m.group("nat2")
                country = _NATIONALITY.get(nat.casefold()) if nat else None
                if kind == "district" and not self._districts:
                    # "The district covers 552 km²" of a city that is a district itself
                    kind = "city"
                entity = (
                    self._named_topic(_head_noun(m), country)
                    or self._named_echo(_head_noun(m), a, country)
                    or self._resolve(refs, kind, country)
                )
                if entity is None and kind == "district":
                    entity = self._resolve(refs, "city", country)
                if entity is None and kind == "port":
                    # "Ningbo-Zhoushan is the world's largest port ... The port moved ...",
                    # "Le port autonome ... a vu transiter" in a text on Strasbourg: no port
                    # named, the port of the place the sentence or the text is about
                    place = self._resolve(refs, "city", country)
                    if place is not None and place.kind == "city":
                        entity = Entity(f"Port of {place.name}", "port", place.country)
                if entity is None:
                    # "the biggest workplace in the region with a staff of ...": a description
                    # after a locative word places what comes before it; it does not block
                    refs.append(Ref(a, b, None, self._locative(prev_end, a), src))
                    prev_end = b
                    continue
            elif (
                src == "pronoun"
                and not refs
                and text[a:b].casefold() == "its"
                and not any(c in text[sent.start : a] for c in _CLAUSE_CHARS)
                and text[sent.start : a].strip() != ""  # "Its economy ...": the topic's
            ):
                # "With its 263,608 inhabitants, Ghent is ...": a fronted possessive
                # points forward to the subject of the main clause.
                entity = self._forward(sent, b, items) or topic
            elif src == "possport":
                # "its port", "Ihr Hafen": the port of the place the pronoun stands for
                place = next(
                    (r.entity for r in reversed(refs) if r.entity is not None and not r.locative),
                    topic,
                )
                if place is None or place.kind not in ("city", "region"):
                    refs.append(Ref(a, b, None, False, src))
                    prev_end = b
                    continue
                entity = Entity(f"Port of {place.name}", "port", place.country)
            elif src == "cityport":
                # "de Amsterdamse haven": the port of the city the adjective names
                entity = self._city_port(found[k].group("adj"))
            elif src == "pronoun":
                # the pronoun stands for the last body or place named, not a country
                last = next(
                    (
                        r.entity
                        for r in reversed(refs)
                        if r.entity is not None
                        and not r.locative
                        and r.entity.kind not in ("country", "continent")
                    ),
                    topic,
                )
                kinded = _IT_IS_KIND.match(text, b)
                # "A little research showed it was a city of some 400,000": the pronoun
                # stands for the last place of the kind the copula's noun names, not for a
                # body (an embassy, a council) the sentences before began with
                fitting = (
                    self._last_fitting(refs, noun_kind(kinded.group("noun")))
                    if kinded is not None
                    else None
                )
                entity = fitting or last
            elif src == "unknown":
                refs.append(Ref(a, b, None, self._locative(prev_end, a), src))
                prev_end = b
                continue
            elif src == "acronym":
                entity = self._acronym_refs[-1 - k]
            elif src == "opening":
                entity = Entity(found[k].group("name"), "place")
            elif src == "company":
                entity = Entity(found[k].group("name"), "org")
            elif src == "we":
                entity = self._speaker_place(sent, a)
                if entity is None and (self.doc.institution or self.in_quote(a)):
                    # "our city" outside a quote is the institution's, when there is one
                    entity = self.home
                if entity is None and _OUR_PLACE.match(text, b):
                    # "dans notre ville de 173 000 habitants", "Onze gemeente heeft er
                    # 34.000": the writer's own town
                    entity = self._own_place()
                if entity is None:
                    body = _OUR_BODY.match(text, b)
                    if body is not None:
                        # "Our college today enrols some 7,000 students", "unsere Hochschule
                        # zählt", "notre université accueille": the body the page is of
                        entity = self._own_body("port" if body.group("port") else "university", a)
                if entity is None and _WE_ARE_SIZED.match(text, b):
                    # "wij zijn met 65.000 inwoners een heel andere schaal", "we are a town
                    # of 66,000 people": a speaker whose size is given speaks for its own place
                    entity = self._own_place() or self.home
                if entity is None:
                    # the writer's own place, which the text does not name: it blocks
                    refs.append(Ref(a, b, None, False, src))
                    prev_end = b
                    continue
            elif src == "you":
                entity = self._counterpart(a)
            else:
                entity = self.demonym(found[k].group("w"))
            if entity is None:
                continue
            if not focus and any(not r.locative for r in refs):
                loc = False  # outside the focus only the first subject needs the test
            elif (
                refs
                and a > sent.start
                and text[prev_end:a] in ("-", "–")
                and refs[-1].end == prev_end
            ):
                loc = refs[-1].locative  # "Zuid-West-Vlaanderen": one name in two mentions
            elif (
                src == "mention"
                and refs
                and refs[-1].end == prev_end
                and refs[-1].entity is not None
                and refs[-1].entity.kind == "city"
                and entity.kind in ("country", "region")
                and _QUALIFIER_GAP.fullmatch(text, prev_end, a)
            ):
                # "Lipa, Philippines", "Potsdam (Brandenburg)": the country or region places
                # the city named before
                loc = True
            elif (
                refs
                and refs[-1].locative
                and refs[-1].end == prev_end
                and (
                    _OF_GAP.fullmatch(text, prev_end, a)
                    or (_AND_GAP.fullmatch(text, prev_end, a) and _NP_END.match(text, b))
                    or (
                        # only inside an opening noun phrase ("Die Häfen in A und B"), not
                        # after a clause of its own ("Brugge ligt in Vlaanderen en Gent telt")
                        src == "mention"
                        and all(r.locative for r in refs)
                        and refs[-1].entity is not None
                        and refs[-1].entity.kind == entity.kind
                        and _PLAIN_AND.fullmatch(text, prev_end, a) is not None
                    )
                    or (
                        src == "anaphor"
                        and not text[prev_end:a].strip()
                        and text[a:b].split(None, 1)[0].casefold() in _OF_WORDS
                    )
                )
            ):
                # "im Norden der Provinz Anhui", "nach Stuttgart und Mannheim die ...": still
                # the same locative phrase
                loc = True
            else:
                loc = src in ("mention", "anaphor", "acronym") and self._locative(prev_end, a)
            if (
                not loc
                and src == "mention"
                and (text[b : b + 1] in ("'", "’") or text[a:b].endswith("s"))
                and _POSSESSIVE_DOMAIN.match(text, b, sent.end)
            ):
                loc = True  # "China's third largest city": the domain of a rank, not its subject
            refs.append(Ref(a, b, entity, loc, src))
            prev_end = b
        return refs

    def _named(
        self, m: re.Match[str], items: list[tuple[int, int, str, int]]
    ) -> tuple[Entity, int] | None:
        """The entity of a description that names a known place ("the city of Changzhou",
        "der Hafen von Houston"), with the end of the reference; None when no mention starts
        at the name."""
        a, b = m.start("named"), m.end("named")
        for x, y, src, k in items:
            if src != "mention" or not a <= x < b:
                continue
            place = self._entities[k]
            kind = noun_kind(_head_noun(m))
            if kind in ("city", "region", "district") or place.kind not in ("city", "region"):
                return place, max(b, y)
            # a port, airport or university of a place: named as the text names it
            lead = _DETERMINER.match(m.group())
            surface = self.doc.text[m.start() + (lead.end() if lead else 0) : max(b, y)]
            return Entity(surface, kind, place.country), max(b, y)
        return None

    def _find_references(
        self,
        sent: Sentence,
        items: list[tuple[int, int, str, int]],
        found: list[re.Match[str]],
    ) -> None:
        text = self.doc.text
        sentence = text[sent.start : sent.end]  # (for the tests of its characters)
        if "(" in sentence:
            # "À Lusignan (Vienne), il y a 2 700 habitants": a place in brackets right after
            # another qualifies it; the figure is about the first
            # (not another name of the same place: "Rijsel (Lille) telt 236.000 inwoners")
            ends = {y: k for _, y, src, k in items if src == "mention"}
            items[:] = [
                t
                for t in items
                if not (
                    t[2] == "mention"
                    and _QUALIFIER_OPEN.fullmatch(text, max(0, t[0] - 3), t[0])
                    and text.startswith(")", t[1])
                    and any(
                        e in ends and self._other_place(ends[e], t[3], t[0])
                        for e in range(max(0, t[0] - 3), t[0])
                    )
                )
            ]
        # Organisations the mentions missed ("Universität Duisburg-Essen", "Howest
        # University"): they block, and the places inside them are not places here.
        for m in self._scan(_ORG_NAME, "org", sent):
            lead = _LEADING_FUNCTION.match(m.group())
            a, b = m.start() + (lead.end() if lead else 0), m.end()
            if any(src == "mention" and x <= a + 1 and y >= b - 1 for x, y, src, _ in items):
                continue
            items[:] = [t for t in items if not (t[0] >= a and t[1] <= b)]
            found.append(m)
            items.append((a, b, "unknown", len(found) - 1))
        if "-" in sentence:
            # "der Siemens-Konzern", "das BMW-Werk": a company named by a compound; the
            # place a mention may find inside it is not the subject
            for m in _COMPANY_COMPOUND.finditer(text, sent.start, sent.end):
                a, b = m.start(), m.end()
                items[:] = [t for t in items if not (t[0] >= a and t[1] <= b)]
                found.append(m)
                items.append((a, b, "company", len(found) - 1))
        spans = [(a, b) for a, b, _, _ in items]

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in spans)

        def add(m: re.Match[str], src: str, group: int | str = 0) -> None:
            found.append(m)
            items.append((m.start(group), m.end(group), src, len(found) - 1))

        opening = _OPENING_NAME.match(text, sent.start, sent.end)
        if opening is not None:
            name = opening.group("name")
            a, b = opening.start("name"), opening.end("name")
            if (
                free(a, b)
                and name.casefold() not in _NOT_NAME_WORDS
                and name.casefold() not in _PRONOUNS
                and not _LEADING_FUNCTION.match(name + " ")
                and text.count(name, 0, a) + text.count(name, b) > 0
                and not self._person_within(a, b)
            ):
                add(opening, "opening", "name")
        for m in self._scan(_ANAPHOR, "noun", sent):
            if free(m.start(), m.end("noun2") if m.group("noun2") else m.end("noun")):
                add(m, "anaphor")
        ports = [m for m in self._possessive_ports(sent) if free(*m.span())]
        for m in ports:
            add(m, "possport")
        for m in city_adjective_ports(text, sent.start, sent.end):
            if free(*m.span()):
                add(m, "cityport")
        for m in relative_ports(text, self._port_noun_starts(sent), sent.start, sent.end):
            if free(*m.span()):
                add(m, "possport")  # "Qingdao, whose port ...", "the city's port"
        for m in hyphenated_place_names(text, sent.start, sent.end):
            if free(*m.span("name")):
                # "Rosny-sous-Bois": a place by its form, which no mention found
                add(m, "opening", "name")
                spans.append(m.span("name"))
        for m in self._scan(_IT, "it", sent):
            if not any(p.start() == m.start() for p in ports):
                add(m, "pronoun")
        for m in self._scan(_WE, "we", sent):
            if free(m.start(), m.end()):
                add(m, "we")
        for m in self._scan(_YOU, "you", sent):
            if free(m.start(), m.end()) and self.in_quote(m.start()):
                add(m, "you")
        for m in self._demonym_slots(sent):
            if free(m.start("w"), m.end("w")):
                add(m, "demonym", "w")
        # Names no mention knows ("KU Leuven", "AB InBev"): a figure right after one is
        # about it, not about the topic. German capitalises every noun: acronyms only there.
        if self.lang != "de":
            # "The science park Arenberg": a description naming something unknown
            for m in _DESCRIBED_NAME.finditer(text, sent.start, sent.end):
                name = m.group("name")
                if free(m.start("name"), m.end("name")) and not _LEADING_FUNCTION.match(name + " "):
                    found.append(m)
                    items.append((m.start(), m.end(), "unknown", len(found) - 1))
        acronyms = self._acronyms()
        if acronyms:
            # "Karlsruher Institut für Technologie (KIT)": an organisation and its acronym
            for a, b, name in acronyms[1]:
                if sent.start <= a and b <= sent.end and free(a, b):
                    items.append((a, b, "acronym", -1 - len(self._acronym_refs)))
                    self._acronym_refs.append(acronyms[0][name])
                    spans.append((a, b))
        unknown = _ACRONYM if self.lang == "de" else _UNKNOWN_NAME
        for m in unknown.finditer(text, sent.start, sent.end):
            lead = _LEADING_FUNCTION.match(m.group())
            a = m.start() + (lead.end() if lead else 0)
            name = text[a : m.end()]
            if name.upper() in _NOT_NAMES or not free(a, m.end()):
                continue
            if acronyms and name in acronyms[0]:
                items.append((a, m.end(), "acronym", -1 - len(self._acronym_refs)))
                self._acronym_refs.append(acronyms[0][name])
                spans.append((a, m.end()))
                continue
            if name.isupper() and 2 <= len(name) <= 6:
                named = self._initialled(name, a)
                if named is not None:
                    # "Harbin Institute of Technology ... HIT was ranked 66th": its initials
                    items.append((a, m.end(), "acronym", -1 - len(self._acronym_refs)))
                    self._acronym_refs.append(named)
                    spans.append((a, m.end()))
                    continue
            if " " in name or (name.isupper() and len(name) >= 2):
                found.append(m)
                items.append((a, m.end(), "unknown", len(found) - 1))
                spans.append((a, m.end()))
        if self.lang != "de":
            # A capitalised word inside a sentence is a name; one no mention knows blocks.
            for m in _CAPITALISED.finditer(text, sent.start, sent.end):
                a = m.start()
                word = m.group()
                if word.casefold() in _NOT_NAME_WORDS or not free(a, m.end()):
                    continue
                if word.endswith(_ADJECTIVE_ENDINGS) and _NOUN_AFTER.match(text, m.end()):
                    continue  # "the Bavarian capital": an adjective, not a name
                opens = a == sent.start or _OPENS_SENTENCE.search(text, max(sent.start, a - 4), a)
                if opens and not self._mid_capital(word):
                    continue
                found.append(m)
                items.append((a, m.end(), "unknown", len(found) - 1))
                spans.append((a, m.end()))
        items.sort(key=lambda t: (t[0], -t[1]))

    def _demonym_slots(self, sent: Sentence) -> list[re.Match[str]]:
        """What `_DEMONYM_SLOT.finditer` finds in the sentence, tried only at the starts of
        its runs of digits (`digit_runs`). Every match starts at a digit, and one that fails
        at the start of a run fails at every later digit of it (the number it may read from
        there is a part of one read from the start), so the other digits need no try."""
        runs = self.digit_runs
        text = self.doc.text
        if runs is None:
            return list(_DEMONYM_SLOT.finditer(text, sent.start, sent.end))
        ends = self._digit_run_ends
        if ends is None:
            ends = self._digit_run_ends = [b for _, b in runs]
        out: list[re.Match[str]] = []
        last = sent.start  # where the last match ended
        k = bisect.bisect_right(ends, sent.start)  # the first run that ends after the start
        while k < len(runs) and runs[k][0] < sent.end:
            p = max(runs[k][0], last)
            k += 1
            if p >= runs[k - 1][1]:
                continue  # inside the last match
            m = _DEMONYM_SLOT.match(text, p, sent.end)
            if m is not None:
                out.append(m)
                last = m.end()
        return out

    def _other_place(self, k1: int, k2: int, pos2: int) -> bool:
        """True when mention k2 (at pos2) names another place than mention k1 (not
        "Rijsel (Lille)", two names of one place)."""
        if self._entities[k1] == self._entities[k2]:
            return False
        for p in self.doc.places:
            if any(ev.start == pos2 for ev in p.evidence):
                first = self._entities[k1].name
                return fold(p.name) != fold(first) and not any(
                    fold(ev.quote) == fold(first) for ev in p.evidence
                )
        return True

    def _acronyms(
        self,
    ) -> tuple[dict[str, Entity], list[tuple[int, int, str]]] | None:
        """Organisations the text names with an acronym in brackets that no mention covers:
        the entity of each name and acronym, and the (start, end, name) of each definition."""
        if not self._acronym_done:
            self._acronym_done = True
            text = self.doc.text
            names: dict[str, Entity] = {}
            spans: list[tuple[int, int, str]] = []
            defined: list[re.Match[str]] = []
            for p in _ACRONYM_PAREN.finditer(text):
                # the name before "(ACR)": the match that ends at this bracket
                for m in _DEFINED_ACRONYM.finditer(text, max(0, p.start() - 160), p.end() + 10):
                    if m.start("acr") == p.start() + 1:
                        defined.append(m)
                        break
            if defined:
                starts = [m.start for m in self.doc.mentions]
                ends = [m.end for m in self.doc.mentions]
                for m in defined:
                    lead = _LEADING_FUNCTION.match(m.group("name") + " ")
                    a = m.start("name") + (lead.end() if lead else 0)
                    name = text[a : m.end("name")]
                    acr = m.group("acr")
                    if " " not in name or acr.upper() in _NOT_NAMES:
                        continue
                    k = bisect.bisect_right(starts, a) - 1
                    if k >= 0 and starts[k] <= a and ends[k] >= m.end("name"):
                        continue  # a known organisation
                    head = _ORG_HEAD.search(name)
                    kind = noun_kind(head.group()) if head else "org"
                    entity = names.get(name) or Entity(name, kind if head else "org")
                    names[name] = entity
                    names.setdefault(acr, entity)
                    spans.append((a, m.end(), name))
            self._acronym_cache = (names, spans) if names else None
            self._acronym_refs = []
        return self._acronym_cache

    def _scan(self, rx: re.Pattern[str], gate: str, sent: Sentence) -> Iterable[re.Match[str]]:
        """`rx.finditer` over the sentence, or nothing when none of the words that every
        match of `rx` holds (`_GATES[gate]`) is in it."""
        starts = self._gates.get(gate)
        if starts is None:
            idx = index_for(self.doc)
            if not idx.caseless:
                starts = [-1]  # no test: every sentence is read
            else:
                words = _GATES[gate] & idx.words
                if gate == "we":  # "unser\w*"
                    words |= _runs_opening(idx.padded, b"unser")
                elif gate == "noun":
                    for head in _COMPOUND_HEADS:
                        words |= _runs_closing(idx.padded, head)
                starts = sorted(p for w in words for p in idx.word_starts(w))
            self._gates[gate] = starts
        if starts and starts[0] < 0:
            return rx.finditer(self.doc.text, sent.start, sent.end)
        k = bisect.bisect_left(starts, sent.start)
        if k == len(starts) or starts[k] >= sent.end:
            return ()
        return rx.finditer(self.doc.text, sent.start, sent.end)

    # ---------------------------------------------------------- queries
    def _in_apposition(self, refs: list[Ref], i: int, start: int) -> bool:
        """True when refs[i] sits in ", ... ," right after an earlier subject and before
        `start` ("Guangzhou, troisième ville de Chine, compte ...")."""
        text = self.doc.text
        r = refs[i]
        close = text.find(",", r.end, start)
        if close < 0:
            if not _WITH_AFTER.fullmatch(text, r.end, start):
                return False
            if r.entity is not None and r.entity.kind in ("university", "port", "airport", "org"):
                return False  # "home to Ghent University with 49,000 students": its own
            close = start
        if text[r.end : r.end + 1] in ("'", "’") and i > 0 and refs[i - 1].entity is not None:
            # "Frankfurt, Germany's financial centre, has ...": a possessive description
            r0 = refs[i - 1]
            if (
                not r0.locative
                and _COMMA_GAP.fullmatch(text, r0.end, r.start)
                and close - r.end <= 60
            ):
                return True
        held = False  # a subject named before: a locative place after it may be described
        for j, r0 in enumerate(refs[:i]):
            if r0.entity is None:
                continue
            if r0.locative and (not held or _CONJUNCTION_AFTER.match(text, r0.end, r.start)):
                # "In Flanders, the port of Antwerp, ...": a fronted place locates the
                # clause; the name after it is its subject, not a description of the place
                # ("... in Estonia, and Qingdao Port Group, the seventh biggest port": a
                # conjunct, no description)
                continue
            held = held or not r0.locative
            # "X liegt in der Provinz Anhui, der Partnerprovinz Niedersachsens, und hat ...":
            # past the clause's subject, a description after the place that locates it
            # describes that place
            base = r0.end
            for r1 in refs[j + 1 : i]:
                # "Die Tongji-Universität in Shanghai, ...": past the place that locates it
                if not r1.locative or not joins_locative(text, base, r1.start):
                    break
                base = r1.end
            m = _APPOSITION_START.match(text, base, r.end)
            if (
                m
                and m.end() <= r.end
                and close - base <= 90
                and _no_clause_comma(text, m.end(), r.start, refs)
            ):
                return True
        return False

    def _name_in_description(self, refs: list[Ref], i: int, start: int) -> bool:
        """True when refs[i] is an unknown name inside an apposition that also holds the
        figure at `start` ("Bath, a World Heritage city of 94,000 residents"): the name
        qualifies the description of the subject before it."""
        r = refs[i]
        if r.entity is not None or r.source != "unknown":
            return False
        text = self.doc.text
        for r0 in refs[:i]:
            if r0.entity is None or r0.locative:
                continue
            m = _APPOSITION_START.match(text, r0.end, r.start)
            if m is not None and description_holds(text, m.end(), start):
                return True
        return False

    def _fronted_with_compared(self, index: int, start: int, end: int) -> Entity | None:
        """The antecedent of a pronoun subject after a fronted with-phrase that holds the
        figure, when the clause compares it with a named body or place ("With 30,000
        students, it is ten times as large as Harz University", "Avec 30 000 étudiants, elle
        est dix fois plus grande que l'Université de Brest"): the last body or place of the
        compared one's kind named in the three sentences before, other than it."""
        sent = self.doc.sentences[index]
        text = self.doc.text
        if start - sent.start > 60 or not _FRONTED_WITH.match(text, sent.start, start):
            return None
        if "," in text[sent.start : start]:
            return None
        refs = self.refs[index]
        other = next(
            (
                r
                for r in refs
                if end <= r.start <= end + 100
                and r.source != "pronoun"
                and _COMPARED_TO.search(text, max(end, r.start - 16), r.start)
            ),
            None,
        )
        if (
            other is None
            or other.entity is None
            or not _PRONOUN_WORD.search(text, end, other.start)
        ):
            return None
        want = other.entity.kind
        for j in range(index - 1, max(-1, index - 4), -1):
            self._ensure(j)
            for r in reversed(self.refs[j]):
                e = r.entity
                if e is not None and e.kind == want and e.name != other.entity.name:
                    return e
        return None

    def _kind_apposition(self, index: int, start: int) -> Entity | None:
        """The place an apposition headed by a noun of its kind describes, the figure at
        `start` closing it ("..., a province of 58 million people", ", een provincie met",
        ", einer Provinz mit", ", une province de"; ", a city of 11 million"): the last place
        of that kind named before the apposition in the sentence, None when there is none or
        the kind word is missing."""
        text = self.doc.text
        sent = self.doc.sentences[index]
        m = _KIND_APPOSITION.search(text, max(sent.start, start - 110), start)
        if m is None:
            return None
        want = "region" if m.group("region") else "city"
        best: Entity | None = None
        for mention in self.doc.mentions:
            if mention.start >= m.start():
                break
            if mention.start < sent.start or mention.kind != "place":
                continue
            entity = entity_of(mention)
            if entity.kind == want:
                best = entity
        return best

    def _capital_opening(self, refs: list[Ref], sent: Sentence, start: int) -> Entity | None:
        """The city a sentence opening "the capital of <region>" or "<region>'s capital" is
        about, when the document names one city of that region."""
        text = self.doc.text
        lead = _CAPITAL_OPENING.match(text, sent.start, start)
        region: Entity | None = None
        if lead is not None:
            region = next(
                (
                    r.entity
                    for r in refs
                    if lead.start() <= r.start <= lead.end() < r.end and r.entity is not None
                ),
                None,
            )
        else:
            first = next((r for r in refs if r.start < start), None)
            if (
                first is not None
                and first.entity is not None
                and _OPENS_AT.fullmatch(text, sent.start, first.start)
                and _POSSESSIVE_CAPITAL.match(text, first.end, start)
            ):
                region = first.entity
        if region is None or region.kind != "region":
            return None
        key = self._fold(region.name)
        cities = {
            e
            for m, e in zip(self._mentions, self._entities, strict=True)
            if e.kind == "city"
            and m.place is not None
            and m.place.admin1 is not None
            and self._fold(m.place.admin1) == key
        }
        return next(iter(cities)) if len(cities) == 1 else None

    def _containing(self, refs: list[Ref], sent: Sentence, start: int, end: int) -> Entity | None:
        """A city or region 'in' which the figure's own clause places what it counts."""
        text = self.doc.text
        for r in refs:
            e = r.entity
            if e is None or not r.locative or e.kind in ("country", "continent"):
                continue
            lo, hi = (r.end, start) if r.end <= start else (end, r.start)
            if hi - lo > 60 or _CLAUSE_BREAK.search(text, lo, hi):
                continue
            place = e.kind in ("city", "region")
            before = _CONTAINING_BEFORE if place else _AT_ORGANISATION
            if before.search(text, max(sent.start, r.start - 12), r.start):
                return e
        return None

    def _named_topic(self, noun: str, country: str | None = None) -> Entity | None:
        """The topic when the noun of a description is part of its name ("Timaru District
        ... The district spans", "Port of Mobile ... the port"), and of the country of its
        nationality if it has one ("the Chinese university" is no university of unknown or
        other country)."""
        topic = self._topic
        if topic is None or len(noun) < 4:
            return None
        if country is not None and topic.country != country:
            return None
        return topic if noun.casefold() in self._fold(topic.name).split() else None

    def _named_echo(self, noun: str, before: int, country: str | None) -> Entity | None:
        """The latest place written with the description's noun of a region or district
        before `before`: the writer echoes a name given earlier ("Landkreis Cham ... der
        Landkreis hat", "provincie Zeeland ... de provincie telt", "le district de Pudong ...
        le district compte"); None when no name holds it."""
        if len(noun) < 5 or _NOUN_KIND.get(noun.casefold()) not in ("region", "district"):
            return None  # (a port, city or university noun keeps the sentence's subject)
        key = noun.casefold()
        mentions, entities, starts = self._load()
        k = bisect.bisect_left(starts, before)
        for j in range(k - 1, max(-1, k - 400), -1):
            m, e = mentions[j], entities[j]
            if (
                m.kind == "place"
                and (country is None or e.country == country)
                and key in self._fold(m.text).split()
            ):
                return e
        return None

    def _relative_about(self, r: Ref, start: int) -> bool:
        """Whether a figure at `start` sits in a relative clause opened right after `r`
        (", dat zelf ... telt", ", which has ..."), with no clause break before it."""
        text = self.doc.text
        m = _RELATIVE_OPEN.match(text, r.end, start)
        if m is None:
            return False
        return not any(c in text[m.end() : start] for c in _CLAUSE_CHARS)

    def _in_relative(self, refs: list[Ref], i: int, start: int) -> bool:
        """True when refs[i] sits in a relative clause after an earlier subject that closes
        with a comma before `start` ("The University of Nottingham, which teaches ... across
        its UK, China and Malaysia campuses, placed 108th")."""
        text = self.doc.text
        r = refs[i]
        close = text.rfind(",", r.end, start)
        if close < 0 or _CLAUSE_BREAK.search(text, close + 1, start):
            return False
        own = _RELATIVE_OPEN.match(text, r.end, start)
        if own is not None and text.find(",", r.end, start) == close:
            # "... its port, which handles ..., and of University of Suffolk, which teaches
            # 4,500 students": the figure is in the name's own relative clause
            return False
        for r0 in refs[:i]:
            if r0.entity is None or r0.locative or r0.source != "mention":
                continue
            m = _RELATIVE_OPEN.match(text, r0.end, r.start)
            if m is not None and close - r0.end <= 160:
                return True
        return False

    def _last_fitting(self, refs: list[Ref], kind: str) -> Entity | None:
        """The place of `kind` named last in the sentence so far (not after a locative
        word), else the topic when it is of that kind, else the last of that kind named
        before ("We signed with Yangling - it is a city of": Yangling)."""
        for r in reversed(refs):
            if r.entity is not None and not r.locative and self._fits(r.entity, kind, None):
                return r.entity
        if self._topic is not None and self._fits(self._topic, kind, None):
            return self._topic
        history = self._history
        for i in range(len(history) - 1, max(-1, len(history) - 400), -1):
            e = history[i].entity
            if e is not None and self._fits(e, kind, None):
                return e
        return None

    def _region_noun_placed(self, before: Ref, r: Ref) -> bool:
        """True when the region `r` follows the place `before` as "in <region noun> <name>"
        or "in <name> <region noun>" ("Yantai in der Provinz Shandong", "Yantai in Shandong
        Province"); a bare "in Hubei, which ..." may describe the region itself."""
        text = self.doc.text
        m = _NAME_IN.fullmatch(text, before.end, r.start)
        if m is None:
            return False
        return (
            m.group("noun") is not None
            or _REGION_NOUN_EDGE.search(text[r.start : r.end]) is not None
        )

    def _placed_town_relative(self, r: Ref, start: int, before: Ref | None = None) -> bool:
        """True when `r` is a region that only places a town noun before it and the figure
        at `start` sits in the relative clause right after it ("eine Stadt in der Provinz
        Anhui, die 2,5 Millionen Einwohner zählt"): the clause describes the town.

        before (Ref | None): the reference right before `r`; a named place or body there
            that the locative follows at once ("der Hafenstadt Yantai in der Provinz
            Shandong, die ...") is the town the clause describes.
        """
        if r.entity is None or r.entity.kind != "region":
            return False
        text = self.doc.text
        lo = max(0, r.start - 60)
        return (
            _CITY_IN_REGION.search(text, lo, r.start) is not None
            # "Yangzhou, in de provincie Jiangsu, die ... telt", "Xuzhou, in Jiangsu
            # province, which has ...": a locative set off by commas after a name places
            # that name; the relative clause after it goes back to the name
            or _NAME_COMMA_IN.search(text, lo, r.start) is not None
            # "Yantai in der Provinz Shandong, die ... zählt", "Yantai in de provincie
            # Shandong, dat ... telt", "Yantai dans la province du Shandong, qui compte":
            # a locative right after a named place places that place, and so does the clause
            or (
                before is not None
                and before.entity is not None
                and not before.locative
                and before.entity.kind not in ("country", "region")
                and r.start - before.end < 40
                and self._region_noun_placed(before, r)
            )
        ) and self._relative_about(r, start)

    def _complement(self, refs: list[Ref], i: int, start: int) -> bool:
        """True when refs[i] completes a noun after an earlier subject and a verb
        coordinated with the first governs the figure ("De stad is de hoofdstad van de
        provincie Shandong en telt 9,4 miljoen inwoners")."""
        text = self.doc.text
        r = refs[i]
        if _COORDINATED_VERB.match(text, r.end, start) is None:
            return False
        if _COMPLEMENT_BEFORE.search(text, max(0, r.start - 30), r.start) is None:
            return False
        return any(r0.entity is not None and not r0.locative for r0 in refs[:i])

    def _comparand(self, refs: list[Ref], i: int, start: int) -> bool:
        """True when refs[i] is what an earlier subject is compared with ("zeventig keer zo
        groot als onze provincie en wonen er 46 miljoen mensen", "larger than Kyushu",
        "plus grande que Lyon"): a comparand is never the subject of the figure after it."""
        r = refs[i]
        if not any(r0.entity is not None and not r0.locative for r0 in refs[:i]):
            return False
        if _OWN_FIGURE_GAP.fullmatch(self.doc.text, r.end, start):
            return False  # "soixante fois plus que Lucerne et ses 82 000 habitants": its own
        return _COMPARAND_BEFORE.search(self.doc.text, max(0, r.start - 40), r.start) is not None

    def _in_gloss(self, refs: list[Ref], i: int, start: int) -> bool:
        """True when refs[i] sits in a parenthesis after an earlier name that closes before
        `start` ("Dalian (chinesisch 大连市, Pinyin Dàlián Shì) ist ... mit 7.450.785
        Einwohnern"): a gloss of that name."""
        text = self.doc.text
        r = refs[i]
        opening = text.rfind("(", max(0, r.start - 80), r.start)
        if opening < 0 or text.find(")", opening, r.start) >= 0:
            return False
        close = text.find(")", r.end, start)
        if close < 0 or not _GLOSS_LABEL.search(text, opening, close):
            return False  # ("Rijsel (Lille) telt": an exonym names the place as well)
        return any(
            r0.entity is not None
            and not r0.locative
            and r0.end <= opening
            and opening - r0.end <= 3
            for r0 in refs[:i]
        )

    def _fronted(self, refs: list[Ref], sent: Sentence, start: int, end: int) -> Entity | None:
        """The name right after an opening description that holds the figure, when every
        name before the figure completes a noun ("ville marchande du Cambridgeshire")."""
        text = self.doc.text
        if text.find(",", end, min(sent.end, end + 80)) < 0 or _CLAUSE_BREAK.search(
            text, sent.start, start
        ):
            return None
        gap_start = end
        after: Ref | None = None
        for r in refs:
            if r.start < end:
                continue
            if _FRONTED_GAP.fullmatch(text, gap_start, r.start):
                after = r
                break
            if r.entity is not None and not r.locative:
                return None  # "... in Kyoto Prefecture, Maizuru": places may come between
            gap_start = r.end
        if (
            after is None
            or after.entity is None
            or after.locative
            or _CLAUSE_BREAK.search(text, end, gap_start)
        ):
            return None
        for r in refs:
            if r.end > start:
                break
            if r.locative:
                continue
            lead = _COMPLEMENT_BEFORE.search(text, max(sent.start, r.start - 30), r.start)
            if lead is None or not text[sent.start : lead.start()].strip(_OPENING_MARKS):
                # "De provincie Jilin telt 27 miljoen inwoners, Drenthe ...", "Der Landkreis
                # Cham zählt ...": an article opening the sentence, not "of", before the
                # name: the name is the clause's subject, not a complement of a description
                return None
        return after.entity

    def lived_in(self, index: int, start: int) -> Entity | None:
        """The place named after "in" right before a verb of living and the number at
        `start` ("in Shanghai leben mehr als 24 Millionen Menschen"), else None."""
        self._ensure(index)
        last = next((r for r in reversed(self.refs[index]) if r.end <= start), None)
        if (
            last is not None
            and last.locative
            and last.entity is not None
            and last.entity.kind in ("city", "region", "country", "district")
            and lives_in_gap(self.doc.text, last.end, start)
        ):
            return last.entity
        return None

    def latest_of_kind(self, kind: str, before: int) -> Entity | None:
        """The place of `kind` ("city", "region", "district") named last before `before`,
        from the mentions ("... der Stadt Jintan, die in der Provinz Jiangsu liegt. Wie
        ähnlich der Landkreis der 560.000 Einwohner zählenden Stadt ist": Jintan), or None."""
        mentions, entities, starts = self._load()
        k = bisect.bisect_left(starts, before)
        for j in range(k - 1, max(-1, k - 400), -1):
            if mentions[j].kind == "place" and entities[j].kind == kind:
                return entities[j]
        return None

    def place_before(self, index: int, start: int) -> Entity | None:
        """The last city, district or region named before `start` in sentence `index`, after a
        preposition or not ("In der Provinz Fujian, die im Südosten liegt, leben 41 Millionen
        Menschen"), else the topic or home place when it is one of those, else None."""
        self._ensure(index)
        for r in reversed(self.refs[index]):
            if r.end > start or r.entity is None:
                continue
            if r.entity.kind in ("city", "region", "district"):
                return r.entity
        topic = self.topic_before[index] or self.home
        if topic is not None and topic.kind in ("city", "region", "district"):
            return topic  # "The Port of Ningbo handled ..., and 9.6 million people live there"
        return None

    def described(self, index: int, start: int) -> Entity | None:
        """The place a description around a figure is about ("Die knapp 244.000 Einwohner
        große Hafenstadt"): the last subject named before it in the sentence, else the topic."""
        self._ensure(index)
        for r in reversed(self.refs[index]):
            if r.end <= start and not r.locative:
                return r.entity
        return self.topic_before[index] or self.home

    def _places_in(self, refs: list[Ref], lo: int, start: int) -> Entity | None:
        """The country or region a count of partnerships before `start` is held by, named as
        the place its holders lie in ("villes en Chine ont établi 183 jumelages"), or None."""
        text = self.doc.text
        for r in reversed(refs):
            if r.end > start:
                continue
            if r.locative and r.entity is not None and r.entity.kind in ("country", "region"):
                if _PLACES_IN_BEFORE.search(text, max(lo, r.start - 80), r.start):
                    return r.entity
            return None
        return None

    def _possessor_right_after(self, r: Ref, end: int) -> bool:
        """ "die vierte Partnerstadt von Ludwigsfelde", "die vierte Partnerstadt
        Ludwigsfeldes", "la quatrième ville jumelle de Niort": the place right after the
        count's noun owns it (a genitive "s" the name lacks, or "of/von/van/de")."""
        text = self.doc.text
        if _POSSESSOR_PREP.fullmatch(text, end, r.start):
            return True
        if r.entity is None or text[end : r.start].strip():
            return False
        written = text[r.start : r.end]
        name = r.entity.name
        return written.endswith("s") and not name.endswith("s") and written[:-1] == name

    def subject(
        self,
        index: int,
        start: int,
        end: int,
        *,
        possessor_after: bool = False,
        count: bool = False,
        partners: bool = False,
    ) -> tuple[Entity, float] | None:
        """The entity a figure at text[start:end] in sentence `index` is about.

        The nearest non-locative reference before it in the sentence (None when that is a
        description that could not be resolved); else the first after it; else the topic
        carried from earlier sentences; else the document's home place.
        possessor_after (bool): prefer a reference right after ("the 12th sister city of X").
        count (bool): the figure counts people or companies, which a place after it may
            locate ("28,000 businesses are registered in the city").
        """
        self._ensure(index)
        refs = self.refs[index]
        if possessor_after:
            for r in refs:
                # "the 12th partner city of Leipzig": the mention may hold "city of"
                if (
                    r.end > end
                    and r.start >= start
                    and r.start - end <= 40
                    and (not r.locative or self._possessor_right_after(r, end))
                    and r.entity
                ):
                    return r.entity, 0.8
                if (
                    r.source == "we"
                    and r.entity is None
                    and self.home is not None
                    and end <= r.start <= end + 40
                ):
                    # "trois villes qui sont jumelées avec notre cité": the home place
                    return self.home, 0.7
        compared = self._fronted_with_compared(index, start, end)
        if compared is not None:
            # "Mit derzeit 30.000 Studierenden ist sie zehnmal so groß wie die Hochschule
            # Harz": the pronoun's antecedent, not the place or body it is compared with
            return compared, 0.7
        kind = self._kind_apposition(index, start)
        if kind is not None:
            # "Hangzhou, de hoofdstad van Zhejiang, een provincie met 58 miljoen inwoners":
            # the apposition's noun says which of the places before it the figure is about
            return kind, 0.8
        k = _bracket_after_name(self.doc.text, refs, start)
        if k >= 0 and not (
            self._in_apposition(refs, k, start) or self._name_in_description(refs, k, start)
        ):
            # "la province du Hunan (69 millions d'habitants)", "Delft (104.000 inwoners)":
            # a figure opening a parenthesis is about the name right before it (but "Wuhan,
            # the capital of Hubei (11 million)" describes Wuhan)
            return refs[k].entity, 0.8  # type: ignore[return-value]
        for r in refs:
            # "the city's six sister city links", "Dunedin's 8 sister cities": the possessor
            if (
                r.entity is not None
                and _POSSESSIVE_GAP.fullmatch(self.doc.text, r.end, start)
                and _POSSESSIVE_DOMAIN.match(self.doc.text, r.end, end) is None
                # "the city's port employs ...": the port is the possessed subject
                and not any(x.source == "possport" and r.end < x.start < start for x in refs)
            ):
                return r.entity, 0.9
        if self._together_ok and _TOGETHER.search(
            self.doc.text, max(self.doc.sentences[index].start, start - 40), start
        ):
            # "A and B together teach 60,000 students": the place of both, not the last named
            for r in reversed(refs):
                if r.end <= start and not r.locative and r.entity is not None:
                    if r.entity.kind in ("city", "region") or r.entity in self._joint:
                        # (the ports of both places, one entity)
                        return r.entity, 0.7
            topic = self.topic_before[index] or self.home
            return (topic, 0.6) if topic is not None else None
        capital = self._capital_opening(refs, self.doc.sentences[index], start)
        if capital is not None:
            # "La capitale du Zhejiang compte ...", "Zhejiang's capital has ...": the one city
            # of that region the document names
            return capital, 0.7
        ranked = _ranked_apposition(self.doc.text, refs, start)
        if ranked is not None:
            # "nous nous sommes rendus à Qingdao, premier port de la province"
            return ranked, 0.8
        last = next((r for r in reversed(refs) if r.end <= start), None)
        relative = (
            last is not None
            and last.locative
            and last.entity is not None
            and last.entity.kind != "country"
            and self._relative_about(last, start)
        )
        # "die Stadt in der Provinz Anhui, die 2,5 Millionen Einwohner zählt": the relative
        # clause describes the town the region places, not the region
        town_placed = (
            relative
            and last is not None
            and self._placed_town_relative(last, start, _ref_before(refs, last))
        )
        if relative and not town_placed and last is not None and last.entity is not None:
            # "partners van het Gewest, dat zelf 1,2 miljoen inwoners telt", "in Hubei,
            # which has 58 million people": the relative clause is about its antecedent
            return last.entity, 0.8
        if (
            last is not None
            and last.locative
            and last.entity is not None
            and last.entity.kind != "country"
            and not town_placed
            and _LOCATIVE_APPOSITION.fullmatch(self.doc.text, last.end, start)
            and not _AFTER_PLACE.search(self.doc.text, max(0, last.start - 12), last.start)
            and not any(
                r.end <= last.start and _QUALIFIER_GAP.fullmatch(self.doc.text, r.end, last.start)
                for r in refs
            )
        ):
            # "im Herzen der Metropole Ruhr, des mit 5,1 Millionen Einwohnern größten ...",
            # "lies in the Ruhr, a conurbation of 5.1 million": the apposition describes the
            # place it follows
            return last.entity, 0.8
        fronted = self._fronted(refs, self.doc.sentences[index], start, end)
        if fronted is not None:
            # "Petite ville marchande du Cambridgeshire de 25 000 âmes, Huntingdon est ...":
            # the name after an opening description is what it describes
            return fronted, 0.8
        with_phrase = _WITH_PHRASE.search(self.doc.text, self.doc.sentences[index].start, start)
        if with_phrase is not None:
            for r in refs:
                # "... that Portsmouth, with 208,100 residents, is ...": the name before it
                if (
                    r.entity is not None
                    and not r.locative
                    and r.end <= with_phrase.start()
                    and not self.doc.text[r.end : with_phrase.start()].strip()
                ):
                    return r.entity, 0.8
            # "X is the capital of Y, with a population of ...": about the subject X
            heads = [r for r in refs if r.end <= with_phrase.start() and not r.locative]
            for n, r in enumerate(heads):
                if n + 1 < len(heads) and _COMPLEMENT_BEFORE.search(
                    self.doc.text, max(self.doc.sentences[index].start, r.start - 30), r.start
                ):
                    # "A leading port of West Africa, the port of Tema ...": a name that
                    # completes an opening description is not the subject after it
                    continue
                if r.entity is None and r.source == "anaphor" and n + 1 < len(heads):
                    # "hat der Delegation den Hafen gezeigt und die Provinz vorgestellt, mit
                    # 45 Millionen Einwohnern": an anaphor of nothing the text named
                    continue
                return (r.entity, 0.8) if r.entity is not None else None
        for i in range(len(refs) - 1, -1, -1):
            r = refs[i]
            if r.end <= start and not r.locative:
                if self._in_apposition(refs, i, start):
                    continue
                if self._name_in_description(refs, i, start):
                    continue
                if self._in_relative(refs, i, start) or self._complement(refs, i, start):
                    continue
                if self._in_gloss(refs, i, start):
                    continue
                if self._comparand(refs, i, start):
                    continue
                if self._placed_town_relative(r, start, refs[i - 1] if i else None):
                    continue  # "une ville industrielle de la province de l'Anhui, qui compte"
                if r.entity is None and r.source == "unknown":
                    # "Marseille Fos, premier port de France, a manutentionné ...": a name no
                    # mention knows, described as a port or a university right after it
                    described = _ORG_APPOSITION.match(self.doc.text, r.end, start)
                    if described is not None:
                        org_kind = "port" if described.group("port") else "university"
                        return Entity(self.doc.text[r.start : r.end], org_kind), 0.8
                return (r.entity, 0.9) if r.entity is not None else None
        sent = self.doc.sentences[index]
        if _POSSESSIVE_OPENING.match(self.doc.text, sent.start, start):
            # "Son territoire s'étend sur 118 km², le long de la Garonne": the topic's
            topic = self.topic_before[index] or self.home
            return (topic, 0.6) if topic is not None else None
        if count and not any(r.start < start for r in refs):
            after = next((r for r in refs if r.start >= end), None)
            if (
                after is not None
                and after.locative
                and after.entity is not None
                and after.entity.kind in ("city", "region")
                and _COUNT_IN_AFTER.match(self.doc.text, end, after.start)
            ):
                return after.entity, 0.7
        if partners:
            held = self._places_in(refs, sent.start, start)
            if held is not None:
                # "28 provinces, régions et villes en Chine ont établi 183 jumelages", "Cities
                # in Zhejiang have established 112 sister-city relationships": the places of
                # the country or region that holds them
                return held, 0.7
        for r in refs:
            if r.start >= end and not r.locative:
                if partners and _LISTED_PARTNERS.search(self.doc.text, end, r.start):
                    # "vier steden: Meinerzhagen, Soest, ...": the partners listed after a
                    # count of partners are not what it counts for
                    break
                return (r.entity, 0.8) if r.entity is not None else None
        contains = self._containing(refs, sent, start, end)
        if contains is not None:
            return contains, 0.7
        topic = self.topic_before[index] or self.home
        if topic is not None:
            return topic, 0.6
        return None


# Places counted as the holders of partnerships, before the country or region they lie in:
# "cities in", "provinces, régions et villes en", "steden in", "Städte in der".
_PLACES_IN_BEFORE: Final = re.compile(
    r"(?:cities|towns|provinces|regions|municipalities|counties|villes|communes|régions|"
    r"collectivités|steden|gemeenten|provincies|regio's|städte|gemeinden|kommunen|provinzen|"
    r"landkreise|kreise)"
    r"(?:\s*,\s*[^\W\d_]+)*(?:\s+(?:and|et|en|und|or|ou|of|oder)\s+[^\W\d_]+)?"
    r"\s+(?:in|en|im|au|aux|dans)(?:\s+(?:the|la|le|les|de|der|den|het))?\s*(?:l['’]\s*)?$",
    re.IGNORECASE,
)


def _bracket_after_name(text: str, refs: list[Ref], start: int) -> int:
    """The index in `refs` of the named reference that a parenthesis opened right before a
    figure at `start` follows ("Hunan (69 millions", "Delft (ruim 104.000"), else -1."""
    open_at = text.rfind("(", max(0, start - 30), start)
    if open_at < 0:
        return -1
    inner = text[open_at + 1 : start]
    if inner.strip():
        approx = APPROX.search(inner)
        if approx is None or inner[: approx.start()].strip():
            return -1
    for k in range(len(refs) - 1, -1, -1):
        r = refs[k]
        if r.end <= open_at:
            if r.entity is None or text[r.end : open_at].strip():
                return -1
            genitive = _GENITIVE_BEFORE.search(text, max(0, r.start - 40), r.start)
            if genitive is not None and genitive.group("noun").casefold() not in _AREA_NOUNS:
                return -1  # "the capital of Hubei (11 million)": the capital's
            return k
    return -1


# "the capital of ", "der Hauptstadt der ", "la capitale du ": a noun the name completes.
_GENITIVE_BEFORE: Final = re.compile(
    r"(?<![\w])(?P<noun>[^\W\d_]+)\s+(?:of|van|von|der|des|de|du|d['’])\s*"
    r"(?:(?:the|de|het|la|le|les|der|die|dem)\s+)?$",
    re.IGNORECASE,
)
# Nouns of which the name after "of" is the name itself ("the province of Hubei").
_AREA_NOUNS: Final = frozenset(
    """province provincie provinz region regio région state county prefecture préfecture
    département departement city town stad stadt ville municipality gemeente gemeinde commune
    port haven hafen land bundesland canton kanton district kreis landkreis island île
    eiland insel""".split()
)


# "Entfernung von Kiel: 720 km", "afstand tot Gent", "à 60 kilomètres de Nuremberg".
_DISTANCE_WORDS: Final = frozenset(
    """entfernung entfernt distance afstand away km kilometer kilometern kilometers kilometres
    kilomètres miles meilen""".split()
)
_DISTANCE_PREPS: Final = frozenset("von van tot from de d du to nach vom".split())
# A comparison right before a name: "zo groot als", "so groß wie", "as large as", "aussi grand
# que", "larger than", "groter dan", "größer als", "plus peuplée que".
_COMPARAND_BEFORE: Final = re.compile(
    # ("as well as", "aussi bien que", "so lange wie" join or time, they do not compare)
    r"(?<![\w])(?:(?:zo|so|as|aussi|even|half\s+so|twice\s+as|keer\s+zo|mal\s+so)\s+"
    r"(?!(?:well|bien|long|lang|lange|soon|far|much|many)\s)[^\W\d_]+"
    r"\s+(?:als|wie|as|que|qu['’])|"
    r"(?!(?:other|rather|later|earlier|either|partner|anders)\s)[^\W\d_]+er\s+(?:dan|als|than)|"
    r"(?:more|less|fewer|plus|moins|meer|minder|mehr|weniger)\s+(?:[^\W\d_]+\s+)?"
    r"(?:than|que|qu['’]|dan|als))"
    r"\s+(?:(?:the|de|het|der|die|das|den|dem|la|le|les|l['’]|all\s+of|heel)\s*)?$",
    re.IGNORECASE,
)
# A comparand with its own figure: "que Lucerne et ses 82 000 habitants", "than Leuven with its
# 100,000", "als Luzern mit seinen 82.000".
_OWN_FIGURE_GAP: Final = re.compile(
    r"\s*,?\s*(?:et|and|with|avec|mit|met|en|und)\s+(?:ses|sa|son|its|his|her|their|seinen|"
    r"seiner|ihren|ihrer|zijn|haar|hun|leurs)\s+(?:[^\W\d_]+\s+){0,2}(?:\w+\s+)?",
    re.IGNORECASE,
)
# Relative pronouns after a preposition ("at which", "in welcher", "avec laquelle"): the name
# after them is the clause's subject, not a place the preposition locates.
_RELATIVE_WORDS: Final = frozenset(
    "which whom welke welcher welchem welchen welches lequel laquelle lesquels lesquelles "
    "auquel auxquels auxquelles duquel".split()
)
# "between" in four languages, and the words of location before it ("lies between", "gelegen
# tussen", "liegt zwischen", "située entre", "à mi-chemin entre").
_BETWEEN_WORDS: Final = frozenset("between tussen zwischen entre".split())
_LIES_WORDS: Final = frozenset(
    "lies lie lying located situated halfway midway sits ligt liggen gelegen liegt liegen "
    "gelegene situé située situés situées situe trouve chemin".split()
)
# A parenthesis that glosses a name in another script or language ("chinesisch 大连市, Pinyin
# Dàlián Shì").
_GLOSS_LABEL: Final = re.compile(
    r"[\u3040-\u9fff\uac00-\ud7af\u0400-\u04ff]|pinyin|chinesisch|chinese|chinees|chinois|"
    r"japanisch|japanese|japans|japonais|koreanisch|korean|koreaans|coréen|russisch|russian|"
    r"russe|kyrillisch|cyrillic",
    re.IGNORECASE,
)
# What opens a list of the partners a count of partner cities counts.
_LISTED_PARTNERS: Final = re.compile(
    r":|(?<![\w])(?:dont|including|among\s+them|among\s+which|darunter|waaronder|onder\s+meer|"
    r"notamment|such\s+as|zoals|comme|wie|namely|nämlich|te\s+weten|u\.\s*a\.|unter\s+anderem)"
    r"(?![\w])",
    re.IGNORECASE,
)
# A with-phrase opening a sentence ("With 30,000 students, it ...", "Mit derzeit 30.000
# Studierenden ist sie ..."), the words after a comparison before the compared name ("as large
# as", "so groß wie", "plus grande que", "zo groot als"), a pronoun subject.
_FRONTED_WITH: Final = re.compile(r"[\s\"“'‘(]*(?:with|met|mit|avec)\s", re.IGNORECASE)
_COMPARED_TO: Final = re.compile(
    r"(?<![\w])(?:as|than|als|dan|wie|que|qu['’])\s+(?:(?:the|de|het|die|der|den|das|la|le|"
    r"l['’])\s*)?$",
    re.IGNORECASE,
)
_PRONOUN_WORD: Final = re.compile(
    r"(?<![\w])(?:it|she|he|they|elle|il|elles|ils|zij|ze|hij|sie|er|es)(?![\w])", re.IGNORECASE
)
# An apposition headed by a noun of a kind of place, right before a figure: ", a province of",
# ", een provincie met", ", einer Provinz mit", ", une province de", ", a city of", with a
# definite article and a word before the noun (", the harbour city of about", ", de oude
# keizerstad met", ", die chinesische Hafenstadt mit", ", la grande ville de"); also the
# second noun of a coordinated apposition whose first noun is "<noun> of <place>": "in Ostburg,
# seat of Nordmark county and a city of 2 million", "Hauptstadt von Nordmark und eine Stadt
# mit", "capitale du Nordmark et ville de" (a bare name there is another place of a list:
# "in Ostburg, Westburg and a city of 2 million" is no apposition of Ostburg).
_KIND_APPOSITION: Final = re.compile(
    r",\s*(?:(?:(?:the|de|het|die|der|la|le|l['’])\s*)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?\s+"
    r"(?:of|van|von|der|des|du|de|d['’])\s*[^,;:()\[\]\n]{1,40}?\s+(?:and|en|und|et)\s+)?"
    r"(?:(?:a|an|een|ein|eine|einer|un|une|the|de|het|die|der|la|le)\s+|l['’]\s*)?"
    r"(?:(?!(?:of|van|von|de|with|met|mit|avec)\s)[^\W\d][\w'’-]*\s+)?"
    r"(?:(?P<region>province|provincie|provinz|region|regio|région|state|staat|county|"
    r"prefecture|préfecture)|(?:city|town|[^\W\d_]*stadt?|ville|metropolis|metropool|"
    r"metropole|métropole|ville\s+portuaire))\s+"
    r"(?:of|with|van|met|mit|von|de|d['’]|avec)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|ruim|bijna|ongeveer|"
    r"circa|zo'n|rund|etwa|knapp|über|mehr\s+als|fast|environ|près\s+de|plus\s+de|quelque)"
    r"\s+)?\Z",
    re.IGNORECASE,
)
# An apposition that describes the name before it as a port or a university: ", premier port
# de France", ", France's largest port", ", de grootste haven van", ", der größte Hafen",
# ", une université de", ", a university of".
_ORG_APPOSITION: Final = re.compile(
    r"[ \t]*,[ \t]*(?:(?:the|a|an|le|la|l['’]|un|une|de|het|een|der|die|das|ein|eine)[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:(?P<port>port|haven|hafen|seaport|zeehaven|seehafen|containerhaven|containerhafen)|"
    r"(?:university|université|universiteit|universität|hochschule|hogeschool))(?![\w])",
    re.IGNORECASE,
)
# What may stand before a sentence's first word (quotes, brackets, a bullet, spaces).
_OPENING_MARKS: Final = " \t\n\"“„'‘(«-–•*"
_FRONTED_GAP: Final = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?,[ \t]*")
# ", which ...", ", die ...", ", qui ...": a relative clause after a subject.
# "die Stadt in der Provinz Anhui, die ... zählt", "an industrial town in the province of
# Turin, which has ...", "de stad in de provincie Anhui, die ... telt", "la ville de la
# province de l'Anhui, qui compte ...": the region only places the town; the relative clause
# after it describes the town (the sentence's subject or the anaphor "the city").
# ("une ville industrielle de la province de": one French adjective after the noun; never a
# capital: "die Hauptstadt der Provinz Anhui, die 61 Millionen Einwohner zählt" stays open)
_CITY_IN_REGION: Final = re.compile(
    r"(?<![\w])(?![^\W\d_]*(?:haupt|hoofd)stad)"
    r"(?:[^\W\d_]*(?:city|town|stadt|stad)|(?:ville|cité|commune)(?:\s+[^\W\d_]+)?|"
    r"gemeente|gemeinde|municipality)\s+(?:in|im|of|en|dans|de|du|van|von)\s+"
    r"(?:(?:the|der|de|la|le|het|l['’])\s*)?"
    r"(?:(?:province|provinz|provincie|region|région|regio|state|bundesland|county|"
    r"département|departement|prefecture|préfecture|präfektur)\s+"
    r"(?:(?:of|de|du|des|van|von)\s+)?(?:(?:the|la|le|l['’])\s*)?)?$",
    re.IGNORECASE,
)
# A name, a comma and a locative preposition (and a region noun) right before a region:
# "Yangzhou, in de provincie ", "Xuzhou, in ", "Yangzhou, dans la province du ", "Taicang,
# in der Provinz ".
_NAME_COMMA_IN: Final = re.compile(
    r"(?<![\w])[A-ZÀ-Þ][\w'’-]*\)?[ \t]*,[ \t]*(?:in|im|en|dans|au)[ \t]+"
    r"(?:(?:the|de|der|la|le|het)[ \t]+|l['’][ \t]*)?"
    r"(?:(?:province|provincie|provinz|region|regio|région|state|county|bundesland|"
    r"département|prefecture|préfecture)[ \t]+(?:(?:of|de|du|van|von)[ \t]+)?"
    r"(?:(?:the|la|le)[ \t]+|l['’][ \t]*)?)?\Z"
)


def _ref_before(refs: list[Ref], r: Ref) -> Ref | None:
    """The reference of `refs` right before `r`, or None."""
    k = refs.index(r)
    return refs[k - 1] if k else None


# The words between a named place and a region that places it: " in der Provinz ", " in ",
# " in de provincie ", " dans la province du ", " in the province of ".
_NAME_IN: Final = re.compile(
    r"[ \t]+(?:in|im|en|dans|au)[ \t]+"
    r"(?:(?:the|de|der|la|le|het)[ \t]+|l['’][ \t]*)?"
    r"(?:(?P<noun>province|provincie|provinz|region|regio|région|state|county|bundesland|"
    r"département|prefecture|préfecture)[ \t]+(?:(?:of|de|du|van|von)[ \t]+)?"
    r"(?:(?:the|la|le)[ \t]+|l['’][ \t]*)?)?",
    re.IGNORECASE,
)
# A region noun opening or closing a region's reference: "Provinz Shandong", "Shandong
# Province", "province du Shandong".
_REGION_NOUN_EDGE: Final = re.compile(
    r"\A(?:province|provincie|provinz|region|regio|région|prefecture|préfecture)[ \t]|"
    r"[ \t](?:province|provincie|provinz|region|regio|prefecture)\Z",
    re.IGNORECASE,
)
_RELATIVE_OPEN: Final = re.compile(
    r"\s*,\s*(?:which|who|that|die|dat|welke|der|das|welche[rs]?|qui|lequel|laquelle)\s",
    re.IGNORECASE,
)
# "... van de provincie Shandong en telt", "... van Jiaxing, heeft een oppervlakte van": a
# verb coordinated with the sentence's first (by a conjunction or a comma alone).
_COORDINATED_VERB: Final = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:(?:and|en|und|et)\s+)?|\s*(?:and|en|und|et)\s+)"
    r"(?:has|had|counts|covers|"
    r"is\s+home\s+to|telt|telde|heeft|beslaat|hat|hatte|zählt|umfasst|compte|comptait|couvre|"
    r"abrite)(?![\w])",
    re.IGNORECASE,
)
_COMPLEMENT_BEFORE: Final = re.compile(
    r"(?<![\w])(?:of|van|von|der|des|de|du|d['’])\s+(?:(?:the|de|het|la|le|les|der|die)\s+)?"
    r"(?:(?:province|provincie|provinz|region|regio|région|state|staat|county|land|prefecture|"
    r"préfecture|département|departement|bundesland|"
    # a landform named after a place ("an der Spitze der Halbinsel Shandong")
    r"peninsula|halbinsel|schiereiland|péninsule|island|insel|eiland|île|coast|küste|kust|"
    r"côte|bay|bucht|baai|baie|delta|estuary|mündung|monding|estuaire)"
    r"\s+(?:of\s+|de\s+|du\s+|van\s+)?)?$",
    re.IGNORECASE,
)


def _ranked_apposition(text: str, refs: list[Ref], start: int) -> Entity | None:
    """The place of destination that a rank right after it describes ("à Qingdao, premier
    port", "to Qingdao, China's fifth largest port"), else None."""
    if not _RANK_OPENING.match(text, start):
        return None
    before = [r for r in refs if r.end <= start]
    if not before:
        return None
    head = before[-1]
    if (
        len(before) > 1
        and head.entity is not None
        and head.entity.kind == "country"
        and _COUNTRY_POSSESSIVE.fullmatch(text, head.end, start)
    ):
        head = before[-2]  # "Qingdao, China's fifth largest": past the country's possessive
        gap_end = before[-1].start
    else:
        gap_end = start
    if (
        not head.locative
        or head.entity is None
        or head.entity.kind == "country"
        or not _BARE_COMMA.fullmatch(text, head.end, gap_end)
    ):
        return None
    return head.entity


def _no_clause_comma(text: str, lo: int, hi: int, refs: list[Ref]) -> bool:
    """True when text[lo:hi] holds no comma but those of a list of references ("de haven van
    Gent, Terneuzen en Vlissingen"): each comma is followed by a reference."""
    starts = {r.start for r in refs}
    i = text.find(",", lo, hi)
    while i >= 0:
        j = i + 1
        while j < hi and text[j] == " ":
            j += 1
        if j not in starts:
            return False
        i = text.find(",", j, hi)
    return True


def _inside_topic(named: Entity | None, topic: Entity | None) -> bool:
    """True when a sentence names only the country its topic lies in ("Country: Sweden",
    "the cradle of Japan's steel industry"): the country describes the topic's setting and
    does not replace it for the sentences that follow."""
    return (
        named is not None
        and topic is not None
        and named.kind == "country"
        and topic.kind != "country"
        and topic.country is not None
        and topic.country == named.country
    )


def _mention_start(m: Mention) -> int:
    return m.start


def _sentence_start(s: Sentence) -> int:
    return s.start


# Entity kinds of places (an organisation's country is what `_placed_fit` infers).
_PLACE_ENTITY_KINDS: Final = frozenset(("city", "region", "country", "continent", "place"))


def _with_echoes(doc: Doc) -> list[Mention]:
    """Place and organisation mentions, plus later occurrences of their names that the
    mentions missed (a name the text repeats is the same place)."""
    base = [m for m in doc.mentions if m.kind in ("place", "organisation")]
    if not base:
        return base
    text = doc.text
    starts = [m.start for m in doc.mentions]
    ends = [m.end for m in doc.mentions]
    surfaces: dict[str, Mention] = {}
    for m in base:
        for surface in (m.text, m.name):
            if len(surface) >= 3 and surface[0].isupper():
                surfaces.setdefault(surface, m)
        short = _SHORT_FORM.match(m.name)
        if short:
            surfaces.setdefault(short.group(1), m)
    extra: list[Mention] = []
    idx = index_for(doc)
    at_mention = set(starts)
    for surface, m in surfaces.items():
        n = len(surface)
        if idx.caseless and idx.latin1 and surface.isalpha():
            # a one-word name: its occurrences as a whole word, from the document's index
            hits: Iterable[int] = (
                i
                for i in idx.word_starts(surface.lower().encode("latin-1"))
                if text.startswith(surface, i)
            )
        else:
            hits = _occurrences(text, surface)
        for i in hits:
            if i in at_mention:
                continue  # a mention starts here: covered
            j = i + n
            # Mentions are sorted by start: only the ones starting before j can overlap.
            k = bisect.bisect_left(starts, j)
            covered = any(ends[x] > i for x in range(max(0, k - 3), k))
            if not covered and _free_word(text, i, j):
                extra.append(m.replace(start=i, end=j, text=surface))
    if not extra:
        return base
    echoed = {id(m) for m in extra}
    merged = sorted([*base, *extra], key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in merged:  # two surfaces of one name may echo at the same place
        if out and m.start < out[-1].end and id(out[-1]) in echoed:
            continue
        out.append(m)
    return out


def _has_any(low: str, keys: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of `keys` stands whole in low[start:end]."""
    for key in keys:
        if low.find(key, start, end) >= 0:
            return True
    return False


def _runs_opening(padded: bytes, lead: bytes) -> set[bytes]:
    """The runs of letters of `padded` (the document index's text: runs between spaces)
    that start with `lead`: read where " " + `lead` occurs, not from every word."""
    out: set[bytes] = set()
    i = padded.find(b" " + lead)
    while i >= 0:
        out.add(padded[i + 1 : padded.index(b" ", i + 1)])
        i = padded.find(b" " + lead, i + 1)
    return out


def _runs_closing(padded: bytes, tail: bytes) -> set[bytes]:
    """The runs of letters of `padded` that end with `tail`: read where `tail` + " " occurs
    (`padded` opens with a space, so every run has one before it)."""
    out: set[bytes] = set()
    n = len(tail)
    i = padded.find(tail + b" ")
    while i >= 0:
        out.add(padded[padded.rfind(b" ", 0, i) + 1 : i + n])
        i = padded.find(tail + b" ", i + 1)
    return out


def _occurrences(text: str, surface: str) -> list[int]:
    """Where `surface` occurs in `text`, not overlapping, in order."""
    out: list[int] = []
    i = text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + len(surface))
    return out


def _free_word(text: str, i: int, j: int) -> bool:
    """A whole word, not part of an e-mail address, a URL or a longer name ("KU Leuven")."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if before.isalnum() or before in "@./_-" or after.isalnum() or after in "@_-":
        return False
    if after == "." and j + 1 < len(text) and text[j + 1].isalnum():
        return False
    prev = _PREV_WORD.search(text, max(0, i - 30), i)
    if prev is None:
        return True
    word = prev.group(1)
    if word.isupper() and 2 <= len(word) <= 5:
        return False  # an acronym in front: part of an organisation's name
    start = prev.start(1)
    sentence_start = start == 0 or _SENTENCE_BEFORE.search(text, max(0, start - 3), start)
    return not (word[0].isupper() and not sentence_start and word.casefold() not in _FUNCTION)


_PREV_WORD: Final = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_SENTENCE_BEFORE: Final = re.compile(r"(?:[.!?:\n]\s*|^\s*)$")
_FUNCTION: Final = frozenset(
    """in at of the and from to with for de het en van met voor naar uit le la les et du des
    à au aux avec pour der die das und mit von im am zu nach aus bei""".split()
)
