"""Organisation names the head-word scan of `_places_scan` does not read on its own.

- a name whose head is followed by lower-case words and closed by its acronym in brackets
  ("le Conseil chinois pour la promotion du commerce international (CCPIT)", "l'Université
  des études internationales de Shanghai (SISU)", "de Kamer van Koophandel (KvK)");
- a name that goes on with a region form ("the Third People's Hospital of Hainan Province");
- a lower-case head and an unknown place name ("de haven van Caofeidian", "the port of
  Lianyungang", "le port de Caofeidian");
- a name, a hyphen and a lower-case head ("de Fudan-universiteit");
- a university's short name, "U" and its city in one word ("UGent", "ULiège", "UCLouvain");
- German compounds of agreement nouns ("Kooperationsvertrag") and of programmes
  ("Doppelabschlussprogramm") are never organisations;
- a German compound head, "von"/"der"/"des" (and a region word) and a place name the
  organisation of that place ("Handelsministerium der Provinz Jilin", "Unternehmerverband von
  Jilin", "Handelsamt der Stadt Changzhou"), and so does one with the place right after it
  ("Unternehmerverband Sachsen") or with its acronym ("Handwerkerbund Oberland (HWBO)");
- an unknown name in "the twinning between X and Y" is a place.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _places_lex as lex
from cityties.extraction.extractors._places_names import act_acronym
from cityties.extraction.gazetteer import name_key
from cityties.extraction.types import OrgKind

if TYPE_CHECKING:
    from cityties.extraction.extractors._places_scan import RawSpan, Scanner

# "(CCPIT)", "(SISU)", "(KvK)": two to six letters, at least two of them capitals.
_BRACKETED: Final = re.compile(r"\(([A-Za-z]{2,6})\)")
# "UGent", "ULiège", "UAntwerpen", "UCLouvain": a university's short name.
_U_WORD: Final = re.compile(r"UC?([A-ZÀ-Þ][a-zà-ÿ]{2,})(?![\w-])")
# Lower-case words that may stand inside such a name between its head and its acronym.
_INNER_WORDS: Final = frozenset(
    """of for and the van voor en de het der die das den des für und zur zum du la le l d
    pour et aux au à d' l' d’ l’""".split()
)
# Prepositions of place inside a name the head scan does not cross ("Université du Québec à
# Chicoutimi", "University of Wisconsin at Madison").
_PLACE_PREPOSITIONS: Final = frozenset("à au aux at zu te".split())
# Acronyms of acts, never of an organisation.
_ACT_ACRONYMS: Final = frozenset("MOU MOC LOI DOI LOA".split())
# Words that end a name: verbs, articles of a new phrase and act words.
_NOT_IN_NAMES: Final = frozenset(
    """has have had is are was were will be been signed sign signs a an heeft hebben had
    is zijn was werd tekende ondertekende a ont été est sont signé hat haben ist sind
    wurde unterzeichnet agreement memorandum understanding letter intent declaration
    accord convention protocole lettre overeenkomst akkoord intentieverklaring""".split()
)
# Most words between a head and the acronym.
_MOST_WORDS: Final = 10
# Ends of German and Dutch compounds that name an act, never an organisation
# ("Kooperationsvertrag", "Partnerschaftsurkunde", "samenwerkingsovereenkomst").
AGREEMENT_ENDS: Final = (
    "vertrag",
    "verträge",
    "vereinbarung",
    "vereinbarungen",
    "abkommen",
    "erklärung",
    "urkunde",
    "memorandum",
    "overeenkomst",
    "akkoord",
    "verklaring",
    "protokoll",
    "protocol",
    # a programme or a project agreed on is no actor ("Doppelabschlussprogramm",
    # "uitwisselingsprogramma", "Kooperationsprojekt")
    "programm",
    "programme",
    "programma",
    "projekt",
)


def agreement_noun(word: str) -> bool:
    """True for a word that names an act ('Kooperationsvertrag', 'Absichtserklärung')."""
    return word.casefold().endswith(AGREEMENT_ENDS)


def _initials_fit(acronym: str, words: list[str]) -> bool:
    """True when the acronym's first letter and most of its letters start words of the name
    (in any of its languages: 'CCPIT' for 'Conseil chinois pour la promotion du commerce
    international')."""
    initials = {w[0].casefold() for w in words if w}
    letters = [c.casefold() for c in acronym]
    if letters[0] not in initials:
        return False
    hits = sum(c in initials for c in letters)
    return 2 * hits >= len(letters) + 1


def find_bracketed_names(sc: Scanner) -> None:
    """A capitalised head, lower-case words and its acronym in brackets name an organisation.

    The name runs from the head to the bracket, on one line, over words and connectors only
    (no comma); capitalised words inside are kept, and a place named inside it is its place
    ("Université des études internationales de Shanghai")."""
    text = sc.text
    if "(" not in text:
        return
    tk = sc.tk
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        end = tk.index_at(m.start())  # the token after the name
        if end <= 0 or end > tk.n or text[tk.ends[end - 1] : m.start()].strip(" \t"):
            continue
        k = end - 1
        head = None
        while k >= 0 and end - k <= _MOST_WORDS:
            if k < end - 1 and not tk.linked(k):
                break
            if sc.used[k] and not _place_only(sc, k):
                break
            lw = tk.lowers[k]
            if tk.caps[k] and sc.head_kind(k) is not None:
                head = k  # the head nearest to the bracket
                break
            if not tk.caps[k] and lw not in _INNER_WORDS and not tk.words[k].isalpha():
                break
            k -= 1
        if head is None or head == end - 1:
            continue
        inner = range(head + 1, end)
        if not any(
            tk.words[x].islower() and tk.lowers[x] not in _INNER_WORDS for x in inner
        ) and not _seat_compound(sc, head):
            # an all-capitalised name is read by the head scan, but for a German one with
            # its articles ("Rat zur Förderung des Internationalen Handels") and one with a
            # preposition of place the head scan stops at ("Université du Québec à
            # Chicoutimi (UQAC)", "Hochschule Bremen zu ..."), whose acronym counts it
            located = any(tk.lowers[x] in _PLACE_PREPOSITIONS for x in inner)
            if located and not _initials_fit(acronym, [tk.words[x] for x in range(head, end)]):
                located = False
            if not located and (
                sc.lang != "de" or not any(tk.lowers[x] in _INNER_WORDS for x in inner)
            ):
                continue
        kind = sc.head_kind(head)
        if kind is None:
            continue
        while (
            head > 0
            and end - head < _MOST_WORDS
            and tk.linked(head - 1)
            and tk.caps[head - 1]
            and not sc.used[head - 1]
            and tk.lowers[head - 1] not in lex.DETERMINERS
            and tk.lowers[head - 1] not in lex.COMMON_WORDS
            and not sc.is_title(head - 1)
            and not sc.sentence_initial(head - 1)
        ):
            head -= 1  # "(dem) Chinesischen Rat ...": capitalised modifiers before the head
        if (
            head > 0
            and end - head < _MOST_WORDS
            and tk.words[head][:1].casefold() != acronym[:1].casefold()
            and tk.words[head - 1][:1].casefold() == acronym[:1].casefold()
            and tk.linked(head - 1)
            and tk.caps[head - 1]
            and not sc.used[head - 1]
            and tk.lowers[head - 1] not in lex.DETERMINERS
            and not sc.is_title(head - 1)
        ):
            # "the Chinese People's Association for Friendship with Foreign Countries
            # (CPAFFC)": the acronym's first letter counts the word before the head's
            # modifiers, a common word ("Chinese") included
            head -= 1
        words = [tk.words[x] for x in range(head, end)]
        seat = _seat_head(tk.lowers[head]) if sc.lang == "de" else None
        if seat is not None:
            words.append(seat[0])  # the compound's head counts ("Exportverband ... (EVMH)")
        if not _initials_fit(acronym, words) or acronym.upper() in _ACT_ACRONYMS:
            continue
        if any(tk.lowers[x] in _NOT_IN_NAMES or agreement_noun(tk.lowers[x]) for x in inner):
            continue  # "Port of Aberdeen has signed a memorandum of understanding (MoU)"
        _add(sc, head, end, kind, acronym)


def _place_only(sc: Scanner, k: int) -> bool:
    """True when token k is claimed by a place span only (a place inside the name)."""
    start = sc.tk.starts[k]
    return any(s.kind == "place" and s.start <= start < s.end for s in sc.spans)


def _add(sc: Scanner, i: int, j: int, kind: OrgKind, alias: str | None) -> None:
    """Add the organisation at tokens i..j-1, taking over the places claimed inside it."""
    from cityties.extraction.extractors._places_scan import RawSpan

    tk = sc.tk
    a, b = tk.starts[i], tk.ends[j - 1]
    inner = [s for s in sc.spans if s.kind == "place" and a <= s.start and s.end <= b]
    place = inner[-1] if inner else None
    sc.replace_with_org(
        inner,
        RawSpan(
            a,
            b,
            "organisation",
            tk.span_text(i, j),
            org_kind=kind,
            key=place.key if place else None,
            place_start=place.start if place else None,
            place_end=place.end if place else None,
            place_name=place.name if place else None,
            alias=alias,
        ),
        i,
        j,
    )


def region_form_end(sc: Scanner, k: int) -> int | None:
    """The token after a region form claimed at token k ('Hainan Province'), taken out of
    the spans so that the organisation's name holds it; None when no region form starts
    there."""
    tk = sc.tk
    start = tk.starts[k]
    for s in sc.spans:
        if s.start != start or s.kind != "place" or not s.cue:
            continue
        last = tk.index_at(s.end) - 1
        if last < k or tk.lowers[last] not in lex.REGION_WORDS:
            return None
        sc.spans.remove(s)
        return last + 1
    return None


def described_unknown(sc: Scanner, i: int, k: int, kind: OrgKind) -> int | None:
    """'de haven van Caofeidian', 'the port of Lianyungang': a lower-case head (tokens i..)
    and one unknown capitalised name at token k name an organisation of a place the
    gazetteer lacks. The name is a single word, no ordinary or first name, not written
    in capitals, and not followed by another capitalised word. Returns the end token."""
    tk = sc.tk
    if not tk.caps[k] or sc.used[k] or tk.all_caps(k) or tk.words[k].islower():
        return None
    w = tk.words[k]
    if len(w) < 4 or not w.isalpha() or not w[0].isupper():
        return None
    if k + 1 < tk.n and tk.linked(k) and tk.caps[k + 1]:
        return None  # a longer name: "the port of Ghent Dock"
    lw = tk.lowers[k]
    if lw in lex.COMMON_WORDS or sc.is_title(k) or agreement_noun(lw):
        return None
    f = tk.fold(k)
    if f in sc.gaz.common_words or f in sc.gaz.first_names or sc.written_in_lower_case(lw):
        return None
    sc.replace_with_org((), _org_span(sc, i, k + 1, kind), i, k + 1)
    return k + 1


def _org_span(sc: Scanner, i: int, j: int, kind: OrgKind) -> RawSpan:
    """The organisation span of tokens i..j-1, of no place."""
    from cityties.extraction.extractors._places_scan import RawSpan

    tk = sc.tk
    return RawSpan(tk.starts[i], tk.ends[j - 1], "organisation", tk.span_text(i, j), org_kind=kind)


def district_suffix(sc: Scanner, i: int, end: int, key: str | None) -> int | None:
    """'Qiaokou District', 'Jiangbei New Area': a name (tokens i..end-1, gazetteer key or
    None) before a capitalised district word is a district, a place of its own. An unknown
    name is taken when it is no ordinary word ('Lake District', 'Business District' are
    not read). Returns the token after the district word."""
    from cityties.extraction.extractors._places_scan import DISTRICT_KINDS

    tk = sc.tk
    lw = tk.lowers[end]
    if lw not in ("district", "new"):
        return None
    for suffix in lex.DISTRICT_SUFFIXES:
        n = suffix.count(" ") + 1
        stop = end + n
        if stop > tk.n or " ".join(tk.lowers[end:stop]) != suffix:
            continue
        if not all(tk.caps[k] and tk.linked(k - 1) for k in range(end, stop)):
            continue
        if stop < tk.n and tk.linked(stop - 1) and tk.caps[stop]:
            return None  # "Qiaokou District People's Government" is read as a suffix form
        if key is None:
            if any(
                tk.lowers[k] in lex.COMMON_WORDS
                or tk.fold(k) in sc.gaz.common_words
                or not tk.words[k].isalpha()
                or len(tk.words[k]) < 3
                for k in range(i, end)
            ):
                return None
        span = sc.add_place(i, stop, key, cue=True)
        span.place_end = tk.ends[end - 1]
        span.place_name = tk.span_text(i, end)
        span.name = span.place_name
        span.kinds = DISTRICT_KINDS
        return stop
    return None


def find_university_short_names(sc: Scanner) -> None:
    """'UGent', 'ULiège', 'UCLouvain': a 'U' (or 'UC') written together with a city's name
    is that city's university."""
    if "U" not in sc.text:
        return
    from cityties.extraction.gazetteer import name_key

    tk = sc.tk
    for m in _U_WORD.finditer(sc.text):
        a = m.start()
        if a and (sc.text[a - 1].isalnum() or sc.text[a - 1] in "-_"):
            continue  # inside a word
        k = tk.index_at(a)
        if k >= tk.n or tk.starts[k] != a or tk.ends[k] != m.end() or sc.used[k]:
            continue
        w = tk.words[k]
        key = name_key(m.group(1))
        if not sc.has_city(key):
            continue
        sc.replace_with_org((), _org_span(sc, k, k + 1, "university"), k, k + 1)
        # the university's full name in the same text names it ("Université de Liège")
        full = [
            s.name
            for s in sc.spans
            if s.org_kind == "university" and s.key == key and s.name != w and "-" not in s.name
        ]
        if full:
            sc.spans[-1].name = full[0]


def find_noun_named(sc: Scanner) -> None:
    """A lower-case organisation noun before two or three capitalised words introduces an
    organisation's name, which may open with a first name or a place's name ("de hogeschool
    Thomas More", "die Firma Carl Zeiss"); read before places claim its words."""
    tk = sc.tk
    from cityties.extraction.extractors._places_scan import W_ORG_NOUN

    for k in tk.having(W_ORG_NOUN):
        if tk.caps[k] or k + 2 >= tk.n or not tk.linked(k) or not tk.caps[k + 1]:
            continue
        if tk.fold(k + 1) not in sc.gaz.first_names and sc.place_key_at(k + 1) is None:
            continue  # (other names are read after the places)
        end = sc._run_end(k + 1)
        if end - k > 2:
            sc._headless_at(k + 1, end, lex.ORG_NOUNS[tk.lowers[k]], named=True)


# Lower-case heads written after a name and a hyphen ("de Fudan-universiteit", "de
# Tsinghua-universiteit", "la Tongji-université").
_HYPHEN_HEADS: Final[dict[str, OrgKind]] = {
    "universiteit": "university",
    "hogeschool": "university",
    "université": "university",
    "universität": "university",
    "universitaet": "university",
}


_HYPHEN_HEAD: Final = re.compile(
    r"-(?:universiteit|hogeschool|université|universität|universitaet)\b"
)


def find_hyphen_heads(sc: Scanner) -> None:
    """'de Fudan-universiteit': a capitalised name, a hyphen and a lower-case head word are
    one organisation's name."""
    tk = sc.tk
    if "-" not in sc.text:
        return
    for m in _HYPHEN_HEAD.finditer(sc.text):
        k = tk.index_at(m.start() + 1)
        if k < 1 or k >= tk.n or tk.starts[k] != m.start() + 1:
            continue
        kind = _HYPHEN_HEADS.get(tk.words[k])
        if kind is None or tk.gaps[k - 1] != "-" or sc.used[k] or sc.used[k - 1]:
            continue
        i = k - 1
        w = tk.words[i]
        if not tk.caps[i] or not w.isalpha() or len(w) < 3 or tk.lowers[i] in lex.COMMON_WORDS:
            continue
        sc.replace_with_org((), _org_span(sc, i, k + 1, kind), i, k + 1)


_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ](?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ])?"
# An act named with its two parties: "the twinning between Bredene and Qianjiang", "het
# akkoord tussen A en B", "le jumelage entre A et B", "die Partnerschaft zwischen A und B".
# The act word before the preposition (read in the case-folded text) ...
_ACT_BEFORE: Final = re.compile(
    r"(?:twinning|agreement|memorandum|partnership|mou|letter of intent|declaration of intent|"
    r"jumelage|accord|convention|lettre d['’]intention|stedenband|verzustering|akkoord|"
    r"overeenkomst|intentieverklaring|partnerschaft|städtepartnerschaft|vereinbarung|"
    r"abkommen|absichtserklärung)"
    r"(?:\s+(?:signed|concluded|signé|conclu|getekend|ondertekend|gesloten|unterzeichnet|"
    r"geschlossen))?\s+\Z"
)
# ... and the two names after it (in the text).
_PAIR_AFTER: Final = re.compile(
    r"\s+(?:(?i:the|de|het|la|le|der|die|dem)\s+)?"
    r"(" + _NAME + r")\s+(?i:and|en|et|und)\s+(?:(?i:the|de|het|la|le|der|die|dem)\s+)?"
    r"(" + _NAME + r")(?![\w-])"
)


def find_partners_between(sc: Scanner) -> None:
    """'the twinning between Bredene and Qianjiangxin': a name the gazetteer lacks, written
    as one of the two parties of an act, is a place (of unknown position). Names already
    read (places, organisations, persons) stay what they are; ordinary words, first names and
    acronyms are no names."""
    text = sc.text
    low = sc.folded()
    if len(low) != len(text):
        low = text.lower()  # ("ß" folds into two letters; the offsets must stay the text's)
        if len(low) != len(text):
            return
    for word in _BETWEEN_WORDS:
        p = low.find(word)
        while p >= 0:
            at = p
            p = low.find(word, p + 1)
            if at == 0 or not low[at - 1].isspace():
                continue
            if _ACT_BEFORE.search(low, max(0, at - 48), at) is None:
                continue
            m = _PAIR_AFTER.match(text, at + len(word))
            if m is not None:
                _between_names(sc, m)


def _between_names(sc: Scanner, m: re.Match[str]) -> None:
    """Add the names of the pair `m` that are unknown places (unknown organisations when the
    other name is an organisation's: "tussen Howest en de Zhejiang University of
    Technology")."""
    tk = sc.tk
    orgs = [(s.start, s.end) for s in sc.spans if s.kind == "organisation"]
    for g in (1, 2):
        other = m.span(3 - g)
        with_org = any(a <= other[0] < b for a, b in orgs)
        a, b = m.span(g)
        i = tk.index_at(a)
        j = tk.index_at(b)
        if i >= tk.n or tk.starts[i] != a or tk.ends[j - 1] != b or not sc.free(i, j):
            continue
        if any(
            tk.lowers[k] in lex.COMMON_WORDS
            or tk.fold(k) in sc.gaz.common_words
            or tk.fold(k) in sc.gaz.first_names
            or sc.is_title(k)
            or sc.head_kind(k) is not None
            or len(tk.words[k]) < 3
            for k in range(i, j)
        ):
            continue
        if with_org:
            sc.replace_with_org((), _org_span(sc, i, j, "other"), i, j)
        else:
            sc.add_place(i, j, None, cue=True)


_BETWEEN_WORDS = ("between", "tussen", "entre", "zwischen")


# Heads that stand for the one organisation of their kind a document names ("the chamber",
# "la CCI", "die IHK", "de universiteit", "the port"), and the kind they stand for.
_SHORT_HEADS: Final[dict[str, OrgKind]] = {
    **dict.fromkeys("chamber kamer chambre cci ihk handelskammer".split(), "chamber_of_commerce"),
    **dict.fromkeys(
        "university universiteit université universität hogeschool hochschule".split(),
        "university",
    ),
    **dict.fromkeys("port haven hafen havenbedrijf".split(), "port"),
}
# Words before a bare head that make it a reference ("the", "la", "l'", "die", "de", "du").
_REFERRING: Final = frozenset(
    "the this la le l' l’ du de het deze die der dem den des diese".split()
)
# Words after a head that open a name of its own ("the University of X", "die IHK zu Y").
_NAME_GOES_ON: Final = frozenset("of de du des d' d’ van von für zu voor".split())


def find_short_forms(sc: Scanner) -> None:
    """A bare head, or a place and a bare head, names the one organisation of that kind the
    document named in full before: "the chamber", "la CCI", "die IHK", "de universiteit"
    after "the Halifax Chamber of Commerce", "CCI Seine-et-Marne", "Industrie- und
    Handelskammer Ostwestfalen", "Universiteit Gent"; "Ajman Chamber", "the Zhejiang chamber"
    after "Ajman Chamber of Commerce and Industry", "Zhejiang Chamber of International
    Commerce" (the organisation of that place). A kind with two organisations of different
    names gives no bare reference."""
    from cityties.extraction.extractors._places_scan import W_HEAD
    from cityties.extraction.extractors._places_scan import RawSpan as Span

    orgs = [
        s
        for s in sc.spans
        if s.kind == "organisation" and not s.government and s.org_kind in _KINDS_SHORT
    ]
    if not orgs:
        return
    tk = sc.tk
    first: dict[OrgKind, RawSpan] = {}
    names: dict[OrgKind, set[str]] = {}
    aliases = {s.alias for s in orgs if s.alias}
    for s in sorted(orgs, key=_start_of):
        kind = s.org_kind
        if kind is None or s.name in aliases:
            continue  # ("CCI-CI" after "Chambre de commerce ... (CCI-CI)": the same one)
        if " " not in s.name and "-" in s.name and s.name.split("-")[0].casefold() in _SHORT_HEADS:
            continue  # "IHK-Bezirk": a compound of the head, no name
        # "IHK Ostthüringen zu Gera" is "IHK Ostthüringen" with its seat: one name
        names.setdefault(kind, set()).add(_SEAT_TAIL.sub("", s.name))
        if kind not in first:
            first[kind] = s
    for k in tk.having(W_HEAD):
        kind = _SHORT_HEADS.get(tk.lowers[k])
        if kind is None or kind not in first or sc.used[k] or k == 0:
            continue
        ref = first[kind]
        stop = k + 1
        if kind == "chamber_of_commerce" and tk.lowers[k] in ("chamber", "chambre", "kamer"):
            # "la Chambre de commerce et d'industrie", "the Chamber of Commerce": the whole head
            head = sc._head_end(k, kind)
            if head is not None and head[0] > stop and not sc.used.find(1, k, head[0]) >= 0:
                stop = head[0]
        if stop < tk.n and tk.linked(stop - 1):
            nxt = tk.lowers[stop]
            if (nxt in _NAME_GOES_ON and stop + 1 < tk.n and tk.caps[stop + 1]) or (
                stop == k + 1 and nxt in _NAME_GOES_ON
            ):
                continue  # "the University of Leeds", "la Chambre de commerce de Lyon"
            if tk.caps[stop] and tk.gaps[stop - 1] == " ":
                continue  # "die IHK Ostwestfalen": a name
        prev = k - 1
        place = _place_ending_at(sc, prev) if tk.gaps[prev] == " " else None
        if place is not None:
            # "Ajman Chamber", "the Zhejiang chamber": the organisation of that place
            same = [s for s in orgs if s.org_kind == kind and s.key and s.key == place.key]
            if len({s.name for s in same}) != 1:
                continue  # (a headline may name it before its full name)
            org = same[0]
            old = [place]
            start = place.start
        else:
            if len(names[kind]) != 1 or tk.lowers[prev] not in _REFERRING:
                continue
            if ref.start >= tk.starts[k]:
                continue  # (a bare head follows the full name it stands for)
            if not tk.linked(prev):
                continue
            org = ref
            old = []
            start = tk.starts[k]
        sc.replace_with_org(
            old,
            Span(
                start,
                tk.ends[stop - 1],
                "organisation",
                org.name,
                org_kind=org.org_kind,
                key=org.key,
                place_name=org.place_name,
            ),
            k,
            stop,
        )


_KINDS_SHORT: Final = frozenset(_SHORT_HEADS.values())
# The seat a German body's name may end with ("Industrie- und Handelskammer Ostwestfalen zu
# Bielefeld", "IHK Ostthüringen zu Gera"), which the same text may leave out.
_SEAT_TAIL: Final = re.compile(r" zu [A-ZÄÖÜ][\w-]*\Z")


def _start_of(s: RawSpan) -> int:
    return s.start


def _place_ending_at(sc: Scanner, k: int) -> RawSpan | None:
    """The place span whose last token is token k, if any."""
    if k < 0 or not sc.used[k]:
        return None
    end = sc.tk.ends[k]
    for s in sc.spans:
        if s.kind == "place" and s.end == end and s.key:
            return s
    return None


# Lower-case port words that a possessive or a place adjective makes a city's port.
_PORT_NOUNS: Final = frozenset("port haven hafen".split())
# Possessives before a port word: the port of the city the sentence (or the one before) names.
_POSSESSIVES: Final = frozenset(
    """its son sa zijn haar ihr ihren ihrem ihres sein seinen seinem seines""".split()
)
# How far back (characters) the owner of "its port" is looked for.
_OWNER_REACH: Final = 300


def find_port_references(sc: Scanner) -> None:
    """'Its port handled ...', 'Son port, cinquième port ...', 'Über ihren Hafen ...': a
    possessive before a lower-case port word names the port of the last city named before it
    (in this sentence or the one before); 'de Amsterdamse haven': a Dutch place adjective
    before 'haven' names that city's port (the German 'Hamburger Hafen' is read as a name).
    The organisation is called "Port of <city>"."""
    from cityties.extraction.extractors._places_scan import W_HEAD
    from cityties.extraction.extractors._places_scan import RawSpan as Span

    tk = sc.tk
    de = sc.lang == "de"  # (German nouns are capitalised: "ihren Hafen")
    ports = [k for k in tk.having(W_HEAD) if tk.lowers[k] in _PORT_NOUNS and (de or not tk.caps[k])]
    if not ports:
        return
    for k in ports:
        if k == 0 or sc.used[k] or tk.gaps[k - 1] != " ":
            continue
        if k + 1 < tk.n and tk.linked(k) and tk.lowers[k + 1] in _NAME_GOES_ON:
            continue  # "its port of call", "zijn haven van Zeebrugge"
        prev = tk.lowers[k - 1]
        owner: RawSpan | None = None
        key: str | None = None
        name: str | None = None
        if prev in _POSSESSIVES:
            owner = _owner_city(sc, tk.starts[k - 1])
            if owner is None or owner.key is None:
                continue
            key, name = owner.key, owner.name
        elif sc.lang == "nl" and tk.lowers[k] == "haven" and tk.caps[k - 1]:
            w = tk.folds[k - 1]
            stem = w[:-2] if w.endswith("se") else ""
            if len(stem) < 4 or not sc.has_city(stem) or sc.used[k - 1]:
                continue
            ents = sc.gaz.entries_for_key(stem)
            key, name = stem, sc.gaz.ref(ents[0][0]).name
        else:
            continue
        start = k - 1 if owner is None else k
        sc.replace_with_org(
            (),
            Span(
                tk.starts[start],
                tk.ends[k],
                "organisation",
                f"Port of {name}",
                org_kind="port",
                key=key,
                place_name=name,
            ),
            start,
            k + 1,
        )


def _owner_city(sc: Scanner, pos: int) -> RawSpan | None:
    """The owner of "its port" at `pos`: the first city named in the sentence of `pos` before
    it, else in the nearest sentence before that names one (within reach): the subject the
    possessive refers back to ("Rotterdam ... twinned with Hull. ... Its port")."""
    starts = sorted(x for x in sc.sentence_starts if x <= pos)
    cities = sorted(
        (
            s
            for s in sc.spans
            if s.kind == "place"
            and s.key
            and not s.weak
            and not (s.end - s.start <= 4 and sc.text[s.end : s.end + 1] == ".")  # "32 Mio."
            and s.end <= pos
            and pos - s.end <= _OWNER_REACH
            and sc.has_city(s.key)
            and not sc._is_country_key(s.key)
        ),
        key=_start_of,
    )
    if not cities:
        return None
    text = sc.text
    for a in reversed(starts or [0]):
        inside = [s for s in cities if s.start >= a]
        if inside:
            # the sentence's subject when a city opens it ("Rotterdam, a port city ... twinned
            # with Hull. Its port"), else the city named last ("... mit Szczecin: Die Stadt
            # ... Über ihren Hafen")
            first = inside[0]
            if not text[a : first.start].strip(" \t\n\"'“‘(-•*"):
                return first
            return cities[-1]
    return cities[-1]


# The conjunction inside a Chinese institution's English name ("Xuancheng Vocational and
# Technical College", "Beijing Language and Culture University", "Suizhou Vocational &
# Technical College").
_NAME_AND: Final = frozenset(("and", "&"))
# Most capitalised ordinary words on each side of the conjunction.
_MOST_CONJUNCT_WORDS: Final = 2


def find_conjoined_heads(sc: Scanner) -> None:
    """'Xuancheng Vocational and Technical College', 'Beijing Language and Culture University':
    a place, one or two ordinary capitalised words, "and" (or "&"), one or two more and an
    institution head are one organisation's name (the usual shape of Chinese colleges and
    universities named in English), not two fragments. The words on both sides are no
    places, heads, titles or first names ("Leeds Beckett and Zhejiang University" are two
    names); the place opens the name and gives it its city."""
    from cityties.extraction.extractors._places_scan import W_HEAD

    text = sc.text
    if " and " not in text and "&" not in text:
        return
    tk = sc.tk
    for h in tk.having(W_HEAD):
        if not tk.caps[h] or sc.head_kind(h) is None or h < 4:
            continue
        k = h - 1
        while k >= h - _MOST_CONJUNCT_WORDS and k > 0 and _ordinary(sc, k) and tk.linked(k):
            k -= 1
        conj = k
        if conj == h - 1 or tk.lowers[conj] not in _NAME_AND or not tk.linked(conj):
            continue
        k = conj - 1
        while k > conj - 1 - _MOST_CONJUNCT_WORDS and k > 0 and _ordinary(sc, k) and tk.linked(k):
            k -= 1
        if k == conj - 1 or not tk.linked(k):
            continue
        place = _place_before(sc, k)
        if place is None:
            continue
        start, key = place
        end = _name_end(sc, h)
        a, b = tk.starts[start], tk.ends[end - 1]
        inner = [s for s in sc.spans if s.start < b and a < s.end]
        if any(s.start < a or s.end > b for s in inner):
            continue  # a longer name already holds some of these words
        from cityties.extraction.extractors._places_scan import RawSpan

        sc.replace_with_org(
            inner,
            RawSpan(
                a,
                b,
                "organisation",
                tk.span_text(start, end),
                org_kind=sc.head_kind(h),
                key=key,
                place_start=a,
                place_end=tk.ends[k],
                place_name=tk.span_text(start, k + 1),
            ),
            start,
            end,
        )


def _ordinary(sc: Scanner, k: int) -> bool:
    """True for a capitalised ordinary word inside a name ('Vocational', 'Language'): no
    place, head, title, first name or acronym."""
    return sc.plain_capitalised(k) and (
        sc.place_key_at(k, max_tokens=1) is None or _weak_place_word(sc, k)
    )


# the least population of a place that a common word inside a name still means
_WEAK_PLACE_POPULATION: Final = 100_000


def _weak_place_word(sc: Scanner, k: int) -> bool:
    """True for a common word of the texts' languages that names only small places ('Culture'
    is also Kültür, a Turkish village): inside an institution's name it is the ordinary word
    ('Beijing Language and Culture University'); 'Nice' (342,000) stays a place."""
    tk = sc.tk
    if tk.lowers[k] not in sc.gaz.common_words:
        return False
    return all((r.population or 0) < _WEAK_PLACE_POPULATION for r in sc.gaz.lookup(tk.words[k]))


def _place_before(sc: Scanner, k: int) -> tuple[int, str] | None:
    """The gazetteer place of one or two words ending at token k ('Xuancheng', 'Inner
    Mongolia'): (its first token, its key); None when none ends there."""
    tk = sc.tk
    for i in (k - 1, k):
        if i < 0 or (i < k and not tk.linked(i)):
            continue
        hit = sc.place_key_at(i, max_tokens=k + 1 - i)
        if hit is not None and hit[0] == k + 1:
            return i, hit[1]
    return None


def _name_end(sc: Scanner, h: int) -> int:
    """The token after the organisation's name whose head is token h: the end of a span that
    holds the head ('Technical College of Zhejiang'), else the head's own end."""
    tk = sc.tk
    at = tk.starts[h]
    end = h + 1
    for s in sc.spans:
        if s.kind == "organisation" and s.start <= at < s.end:
            end = max(end, tk.index_at(s.end))
    return end


# Last words of a body's local unit ("Chongqing Sub-Council", "Ningxia Sub-council").
_UNIT_ENDS: Final = ("sub-council", "subcouncil")
# What stands between a national body's name and its unit's: "the China Council for the
# Promotion of International Trade, Chongqing Sub-Council", "... - Ningxia Sub-Council", the
# body's acronym ("... International Trade (CCPIT) Sichuan Sub-Council"), "the Chongqing
# Sub-Council of the China Council ...".
_UNIT_AFTER: Final = re.compile(r"\s*(?:,|[-–]|\([A-Z]{2,6}\))\s*\Z")
_UNIT_BEFORE: Final = re.compile(r"\A\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
# A short name in brackets right after the unit's: "(CCPIT Chongqing)".
_SHORT_AFTER: Final = re.compile(r"\s*\(([^()\n]{2,40})\)")


def find_unit_names(sc: Scanner) -> None:
    """'the China Council for the Promotion of International Trade, Chongqing Sub-Council',
    'the Chongqing Sub-Council of the China Council ...': a body's local unit and the body's
    name are one organisation, the unit (of its place); a short name in brackets right after
    it ("(CCPIT Chongqing)") is its name, as the text goes on to call it."""
    text = sc.text
    if "ub-" not in text and "ubcouncil" not in text:
        return
    orgs = sorted((s for s in sc.spans if s.kind == "organisation"), key=_start_of)
    for n, unit in enumerate(orgs):
        if not unit.name.casefold().endswith(_UNIT_ENDS) or unit not in sc.spans:
            continue
        start, end = unit.start, unit.end
        if n > 0 and _UNIT_AFTER.match(text[orgs[n - 1].end : unit.start]):
            start = orgs[n - 1].start  # "the China Council ..., Chongqing Sub-Council"
        elif n + 1 < len(orgs) and _UNIT_BEFORE.match(text[unit.end : orgs[n + 1].start]):
            end = orgs[n + 1].end  # "the Chongqing Sub-Council of the China Council ..."
        else:
            continue
        name = " ".join(text[start:end].split())
        short = _SHORT_AFTER.match(text, end)
        if short is not None and any(
            s.kind == "organisation" and s.start == short.start(1) and s.end == short.end(1)
            for s in orgs
        ):
            name = short.group(1)
        tk = sc.tk
        from cityties.extraction.extractors._places_scan import RawSpan

        sc.replace_with_org(
            [s for s in sc.spans if start <= s.start and s.end <= end],
            RawSpan(
                start,
                end,
                "organisation",
                name,
                org_kind=unit.org_kind,
                key=unit.key,
                place_start=unit.place_start,
                place_end=unit.place_end,
                place_name=unit.place_name,
            ),
            tk.index_at(start),
            tk.index_at(end),
        )


# National bodies of twinned towns named by their network and their country, or an acronym
# and "International" ("Sister Cities Australia", "Cités Unies France", "VNG International").
_NETWORK_NAME: Final = re.compile(
    r"\b(?:Sister Cities|Cités Unies|Cites Unies|Städtepartnerschaften)"
    r" ([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)"
    r"|\b[A-Z]{2,5} International\b"
)


def find_network_names(sc: Scanner) -> None:
    """'Sister Cities Australia', 'Cités Unies France', 'VNG International': a twinned towns'
    network named by its country (or "International"), or an acronym and "International",
    is an association, not the country it names."""
    text = sc.text
    if "International" not in text and "Sister Cities" not in text and "Unies" not in text:
        return
    tk = sc.tk
    for m in _NETWORK_NAME.finditer(text):
        country = m.group(1)
        end = m.end()
        if country is not None and country != "International":
            k = tk.index_at(m.start(1))
            hit = sc.place_key_at(k, max_tokens=2)
            if hit is None or not sc._is_country_key(hit[1]):
                continue
            end = tk.ends[hit[0] - 1]
        i, j = tk.index_at(m.start()), tk.index_at(end)
        if i >= tk.n or tk.starts[i] != m.start() or j == 0 or tk.ends[j - 1] != end:
            continue
        if j < tk.n and tk.linked(j - 1) and tk.caps[j]:
            continue  # a longer name goes on ("VNG International Affairs Office")
        inner = [s for s in sc.spans if s.start < end and m.start() < s.end]
        if any(s.kind != "place" or s.start < m.start() or s.end > end for s in inner):
            continue  # (a name read already keeps its words)
        sc.replace_with_org(inner, _org_span(sc, i, j, "other"), i, j)


# German compound heads of bodies named by the place after them ("Handelsministerium der
# Provinz Jilin", "Unternehmerverband Sachsen"), and the kind they give. The head scan reads
# no name after these ("Partnerverband X" names a partner, "Landratsamt Neumarkt" a district's
# office): this pass wants the place, or the acronym in brackets, to close the name.
_SEAT_COMPOUNDS: Final[tuple[tuple[str, OrgKind], ...]] = (
    ("verband", "other"),
    ("vereinigung", "other"),
    ("verein", "other"),
    ("komitee", "other"),
    ("ministerium", "government_service"),
    ("agentur", "government_service"),
    ("behörde", "government_service"),
    ("amt", "government_service"),
    # a museum named by its compound and its town ("Töpfereimuseum Raeren", "Kunstmuseum
    # Basel", "Stadtmuseum der Stadt Dresden")
    ("museum", "other"),
)
# Heads that take their place only after a preposition and a region word ("Handelsamt der
# Stadt Changzhou"; "Landratsamt Neumarkt", "Auswärtiges Amt" are no such names).
_SEAT_WITH_REGION_ONLY: Final = ("amt", "behörde")
# A capitalised word ending in one of those heads, followed by a space (the gate of the pass).
_SEAT_WORD: Final = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:" + "|".join(suffix for suffix, _ in _SEAT_COMPOUNDS) + r") "
)
_SEAT_PREPOSITIONS: Final = frozenset("von der des".split())
# Region words between the preposition and the place ("der Provinz Jilin", "der Stadt X").
_SEAT_REGION_WORDS: Final = frozenset(
    """provinz stadt region präfektur präfekturstadt kreises gebiets landes bezirks
    stadtbezirks gemeinde""".split()
)


def _seat_head(lw: str) -> tuple[str, OrgKind] | None:
    """The compound head ending word lw ('unternehmerverband'): (its suffix, its kind)."""
    if lw.startswith("partner"):
        return None
    for suffix, kind in _SEAT_COMPOUNDS:
        if lw.endswith(suffix) and len(lw) > len(suffix) + 2:
            return suffix, kind
    return None


def _seat_compound(sc: Scanner, k: int) -> bool:
    """True when token k is a German compound head the head scan reads no name after."""
    return sc.lang == "de" and _seat_head(sc.tk.lowers[k]) is not None


def _place_span_at(sc: Scanner, k: int) -> RawSpan | None:
    """The place span that opens at token k, if any (a token no span claims has none)."""
    if k < 0 or k >= sc.tk.n or not sc.used[k]:
        return None
    at = sc.tk.starts[k]
    for s in sc.spans:
        if s.kind == "place" and s.start == at:
            return s
    return None


def find_seat_compounds(sc: Scanner) -> None:
    """'Handelsministerium der Provinz Jilin', 'Unternehmerverband von Jilin', 'Handelsamt der
    Stadt Changzhou', 'Unternehmerverband Sachsen': a German compound head (an association,
    ministry, agency or office), a preposition, a region word and a place name (or the place
    right after the head) are one organisation of that place, not the place alone."""
    if sc.lang != "de":
        return
    tk = sc.tk
    for m in _SEAT_WORD.finditer(sc.text):
        k = tk.index_at(m.start())
        if k + 1 >= tk.n or tk.starts[k] != m.start() or not tk.caps[k] or sc.used[k]:
            continue
        if not tk.linked(k):
            continue
        seat = _seat_head(tk.lowers[k])
        if seat is None or tk.gap(k) != " ":
            continue
        p = k + 1
        region = False
        if tk.lowers[p] in _SEAT_PREPOSITIONS and p + 1 < tk.n and tk.linked(p):
            p += 1
            if tk.lowers[p] in _SEAT_REGION_WORDS and p + 1 < tk.n and tk.linked(p):
                region = True
                span = _place_span_at(sc, p) or _place_span_at(sc, p + 1)
            else:
                span = _place_span_at(sc, p)
        else:
            span = _place_span_at(sc, p)
        if span is None or (seat[0] in _SEAT_WITH_REGION_ONLY and not region):
            continue
        end = tk.index_at(span.end)
        if end <= p:
            continue
        direct = p == k + 1
        if direct and end < tk.n and tk.linked(end - 1) and tk.caps[end]:
            continue  # a longer name goes on
        _add(sc, k, end, seat[1], None)


# Prepositions that bring a French name's seat ("de Zibo", "du Shandong", "d'Anhui").
_SEAT_OF_FR: Final = frozenset("de du des d'".split())
# Most lower-case words between a French head and its seat.
_MOST_DESCRIBING_WORDS: Final = 9
# Lower-case words that end a French name: verbs, articles of a new phrase, act words.
_NOT_IN_FRENCH_NAMES: Final = _NOT_IN_NAMES | frozenset(
    """avec pour par sur dans entre qui que dont à au aux le la les un une l' ont a
    entente ententes pacte charte jumelage protocole accord convention lettre visite
    délégation""".split()
)


def find_described_names(sc: Scanner) -> None:
    """'le Bureau municipal du tourisme de Zibo', 'la Zone de développement industriel de
    haute technologie de Zhenjiang', 'la Haute école de Lucerne': a French capitalised head,
    lower-case words that describe it (adjectives, "de" and nouns) and "de" with a place name
    are one organisation of that place, not the place alone. The head scan reads the short
    shapes ("la Chambre de commerce de Zibo"); this pass reads the longer ones."""
    if sc.lang != "fr":
        return
    from cityties.extraction.extractors._places_scan import W_HEAD

    tk = sc.tk
    for k in tk.having(W_HEAD):
        if sc.used[k] and not _place_only(sc, k):
            continue  # (a head the gazetteer has as a place is still a head: "Zone")
        if tk.caps[k]:
            start, kind = k, sc.head_kind(k)
        elif tk.lowers[k] in ("école", "ecole") and k > 0 and tk.lowers[k - 1] == "haute":
            start, kind = k - 1, "university"  # "la Haute école de Lucerne"
            if not tk.caps[start] or sc.used[start] or not tk.linked(start):
                continue
        else:
            continue
        if kind is None or kind == "company":
            continue
        j = k + 1
        described = start < k
        end = None
        while j < tk.n and j - k <= _MOST_DESCRIBING_WORDS and tk.linked(j - 1):
            lw = tk.lowers[j]
            if sc.used[j] and not _place_only(sc, j):
                break
            if lw in _SEAT_OF_FR and j + 1 < tk.n and tk.linked(j) and tk.caps[j + 1]:
                span = _place_span_at(sc, j + 1)
                if span is not None and described:
                    end = tk.index_at(span.end)
                break
            if tk.caps[j] or not tk.words[j].isalpha() or lw in _NOT_IN_FRENCH_NAMES:
                break
            if agreement_noun(lw):
                break
            if lw not in _SEAT_OF_FR:
                described = True
            j += 1
        if end is None or end <= j + 1:
            continue
        if end < tk.n and tk.linked(end - 1) and tk.caps[end]:
            continue  # a longer name goes on
        _add(sc, start, end, kind, None)


# Heads of a city's or region's agencies named with their place on either side ("Tourisme
# Laval", "Economic Development Winnipeg", "Calgary Economic Development", "Invest Ottawa",
# "Toerisme Brugge", "Tourismus Salzburg", "Développement économique Longueuil").
_AGENCY_HEAD: Final = (
    r"(?:Tourism|Tourisme|Toerisme|Tourismus|Invest|Economic Development"
    r"|Développement économique|Wirtschaftsförderung)"
)
_AGENCY_NAME: Final = re.compile(rf"\b{_AGENCY_HEAD} (?=[A-ZÀ-Þ])|(?<=[a-zà-ÿ] ){_AGENCY_HEAD}\b")
# words joining a first head to the agency's head ("Innovation et Développement économique")
_AGENCY_JOINERS: Final = frozenset("and et en und &".split())
# text words that gate the pass
_AGENCY_GATES: Final = ("Touris", "Toeris", "Invest ", "Development", "économique", "förderung")


def find_agency_names(sc: Scanner) -> None:
    """'Tourisme Laval', 'Economic Development Winnipeg', 'Calgary Economic Development',
    'Invest Ottawa': an agency's head (tourism, investment, economic development) written
    capitalised right before or after the name of a city or region is one organisation of
    that place (the city's agency), not the place alone. A country is no such seat ("China
    Tourism" is a phrase of trade), and a name that goes on is left to the head scan."""
    text = sc.text
    if not any(g in text for g in _AGENCY_GATES):
        return
    tk = sc.tk
    for m in _AGENCY_NAME.finditer(text):
        i = tk.index_at(m.start())
        if i >= tk.n or tk.starts[i] != m.start() or sc.used[i]:
            continue
        words = m.group(0).strip().count(" ") + 1
        h_end = i + words  # the head's tokens i .. h_end - 1
        if h_end > tk.n or any(sc.used[x] for x in range(i, h_end)):
            continue
        if any(not tk.linked(x) for x in range(i, h_end - 1)):
            continue
        if m.group(0).endswith(" "):
            # head first: the place right after it
            if h_end >= tk.n or not tk.linked(h_end - 1):
                continue
            span = _place_span_at(sc, h_end)
            if span is None:
                continue
            start, end = i, tk.index_at(span.end)
            if end < tk.n and tk.linked(end - 1) and tk.caps[end]:
                continue  # a longer name goes on
            if (
                start >= 2
                and tk.lowers[start - 1] in _AGENCY_JOINERS
                and tk.caps[start - 2]
                and tk.linked(start - 2)
                and tk.linked(start - 1)
                and not sc.used[start - 2]
            ):
                start -= 2  # "Innovation et Développement économique Trois-Rivières"
        else:
            # place first: the place span ending right before the head
            if i == 0 or not tk.linked(i - 1):
                continue
            span = _place_ending_at(sc, i - 1)
            if span is None:
                continue
            start, end = tk.index_at(span.start), h_end
            if end < tk.n and tk.linked(end - 1) and tk.caps[end]:
                continue
            if start > 0 and tk.linked(start - 1) and tk.caps[start - 1]:
                continue  # a longer name before ("Greater Montreal Tourism Board" goes on)
        if span.key is None or sc._is_country_key(span.key):
            continue
        _add(sc, start, end, "government_service", None)


# Kinds whose head-final name may be cut to the words before its head ("Avans" for "Avans
# Hogeschool", "Fontys" for "Fontys University of Applied Sciences", "Seehafen Wismar" for
# "Seehafen Wismar GmbH").
_CORE_KINDS: Final = frozenset({"university", "port", "chamber_of_commerce", "company"})
# Capitalised words that describe an organisation's kind and cannot open its short name
# ("Chinese University", "State University", "National Taiwan University", "Open Universiteit").
_GENERIC_CORES: Final = frozenset(
    """national state central international open normal technical technological free royal
    new european agricultural medical catholic polytechnic public private federal regional
    provincial municipal city people's peoples joint global world general first second third
    nationale staatliche freie technische katholieke katholische vrije université universidad
    de het the la le l les die der das des du van von of""".split()
)
# Most words of such a short name.
_CORE_MOST: Final = 3


def _name_core(name: str) -> str | None:
    """The words of an organisation's name before its first head word or company suffix, when
    they are one to three capitalised words of no generic sense: "Avans" of "Avans
    Hogeschool", "NHL Stenden" of "NHL Stenden University of Applied Sciences", "Seehafen
    Wismar" of "Seehafen Wismar GmbH"; None for a head-initial name ("Universiteit Twente")."""
    words = name.split()
    for n, w in enumerate(words):
        bare = w.rstrip(".,")
        if n and (bare in lex.COMPANY_SUFFIXES or bare.casefold() in lex.ORG_HEADS):
            core = words[:n]
            break
    else:
        return None
    if len(core) > _CORE_MOST:
        return None
    for w in core:
        if not w[:1].isupper() or len(w) < 2 or not w.replace("-", "").isalpha():
            return None
    first = core[0].casefold()
    if first in _GENERIC_CORES or first in _DEMONYM_WORDS:
        return None  # ("Chinese University", "State University", "National Taiwan University")
    core_text = " ".join(core)
    return core_text if len(core_text) >= 3 else None


def _demonym_words() -> frozenset[str]:
    from cityties.extraction.extractors._lexicon_agreements import DEMONYMS

    return frozenset(DEMONYMS)


_DEMONYM_WORDS: Final = _demonym_words()


def find_name_cores(sc: Scanner) -> None:
    """An organisation named in full ("Avans Hogeschool", "Seehafen Wismar GmbH", "Fontys
    University of Applied Sciences") is named again by the words before its head ("Avans
    verlengt ...", "Der Seehafen Wismar soll ...", "Fontys en ..."): each such short name is a
    mention of it. Not when the short name is a place of its own ("Wuhan" of "Wuhan
    University": the city) or a place adjective ("Duisburger" of "Duisburger Hafen"), a
    single word the text also writes in lower case, or opens with a word of no naming sense
    ("Chinese", "State", "National"); nor when two organisations share it. A place span
    inside the short name ("Wismar" in "Seehafen Wismar") gives way to it."""
    from cityties.extraction.extractors._places_scan import RawSpan as Span

    by_core: dict[str, RawSpan | None] = {}
    for s in sc.spans:
        if s.kind != "organisation" or s.government or s.org_kind not in _CORE_KINDS:
            continue
        core = _name_core(s.name)
        if core is None:
            continue
        other = by_core.get(core)
        if core in by_core and (other is None or other.name != s.name):
            by_core[core] = None  # two organisations share the short name
        else:
            by_core[core] = s
    if not by_core:
        return
    text = sc.text
    tk = sc.tk
    for core, org in by_core.items():
        if org is None:
            continue
        words = core.split()
        if len(words) == 1 and sc.written_in_lower_case(core.casefold()):
            continue  # ("Open" of "Open Universiteit": an ordinary word)
        pos = text.find(core)
        while pos >= 0:
            end = pos + len(core)
            nxt = pos + 1
            pos, start = text.find(core, nxt), pos
            if (start > 0 and _word_or_hyphen(text[start - 1])) or (
                end < len(text) and _word_or_hyphen(text[end])
            ):
                continue  # ("Avans-docenten", "Fontysstudenten")
            i = tk.index_at(start)
            j = tk.index_at(end)
            if i >= tk.n or tk.starts[i] != start or j == i or tk.ends[j - 1] != end:
                continue
            if j - i == len(words) and _town_of_its_own(sc, i, j):
                break  # the short name is a place of its own: never the organisation
            if _place_adjective(sc, i):
                break  # ("Duisburger" of "Duisburger Hafen": "eine Duisburger Delegation")
            if (
                _DELEGATION_AFTER.match(text, end) is not None
                or _DELEGATION_BEFORE.search(text, max(0, start - 16), start) is not None
            ) and _in_heading(text, start):
                # "Fudan delegation in Exeter": a headline's delegation, told with its host's
                # full name in the body
                continue
            inside = [s for s in sc.spans if s.start < end and start < s.end]
            if any(
                s.start < start
                or s.end > end
                or not (s.kind == "place" or (s.kind == "organisation" and s.name == core))
                for s in inside
            ):
                continue  # part of a longer name, a person or another organisation
            if not inside and not sc.free(i, j):
                continue  # (an address, a masked word)
            sc.replace_with_org(
                inside,
                Span(
                    start,
                    end,
                    "organisation",
                    org.name,
                    org_kind=org.org_kind,
                    key=org.key,
                    place_name=org.place_name,
                ),
                i,
                j,
            )


# The least population of a place whose name, alone, stays the place ("Wuhan" of "Wuhan
# University", "Hof" of "Hochschule Hof"): a hamlet of the gazetteer called "Avans" does not.
_TOWN_OF_ITS_OWN: Final = 10_000


def _town_of_its_own(sc: Scanner, i: int, j: int) -> bool:
    """True when tokens i..j-1 name a region or a town of some size in the gazetteer."""
    hit = sc.place_key_at(i)
    if hit is None or hit[0] != j:
        return False
    return sc._main_weight(hit[1], alt_from=_TOWN_OF_ITS_OWN) >= _TOWN_OF_ITS_OWN


# A delegation word after a short name ("Fudan delegation", "Avans-delegatie" is one word).
_DELEGATION_AFTER: Final = re.compile(r" (?:[Dd][ée]l[ée]gations?|[Dd]elegati(?:e|on|onen|es)s?)\b")
# ... and before it ("Délégation Lindevelde à Lyon", "la délégation de Lindevelde").
_DELEGATION_BEFORE: Final = re.compile(r"[Dd][ée]l[ée]gation (?:d['’]|de |du )?\Z")
# Most words of a heading line.
_HEADING_WORDS: Final = 12


def _in_heading(text: str, pos: int) -> bool:
    """True when the line at `pos` is a heading: a few words and no sentence end."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return not line.endswith((".", "!", "?", ":", ";")) and len(line.split()) <= _HEADING_WORDS


def _place_adjective(sc: Scanner, k: int) -> bool:
    """True for a place adjective ("Duisburger", "Rotterdamse"): a place's, not a name."""
    if sc.adjective_place(k) is not None:
        return True
    f = sc.tk.folds[k]
    stem = f[:-2] if f.endswith("se") else ""
    return len(stem) >= 4 and stem in sc._keys and sc.has_city(stem)


def _word_or_hyphen(c: str) -> bool:
    return c.isalnum() or c in "-_"


def join_company_tails(sc: Scanner) -> None:
    """A company's name read as two organisations, the first ending in its head and the
    second in a company suffix ("Qingdao Port" + "International Co., Ltd", "Tianjin Port" +
    "Development Holdings Co. Ltd"), with one space between: one name, the longest, of the
    first one's kind and place."""
    from cityties.extraction.extractors._places_scan import RawSpan as Span

    tails = [
        s
        for s in sc.spans
        if s.kind == "organisation" and s.org_kind == "company" and _suffixed_capitals(s.name)
    ]
    if not tails:
        return
    text = sc.text
    for b in tails:
        a = next(
            (
                s
                for s in sc.spans
                if s.kind == "organisation"
                and s.end == b.start - 1
                and s.org_kind not in (None, "company")
                and not s.government
            ),
            None,
        )
        if a is None or text[a.end] != " " or not (a.name.split() or [""])[-1][:1].isupper():
            continue
        sc.replace_with_org(
            [a, b],
            Span(
                a.start,
                b.end,
                "organisation",
                f"{a.name} {b.name}",
                org_kind=a.org_kind,
                key=a.key,
                place_start=a.place_start,
                place_end=a.place_end,
                place_name=a.place_name,
            ),
        )


def _suffixed_capitals(name: str) -> bool:
    """True for a name of capitalised words ending in a company suffix ("International Co.,
    Ltd", "Development Holdings Co. Ltd")."""
    words = [w.strip(".,") for w in name.split()]
    return (
        len(words) >= 2
        and words[-1] in lex.COMPANY_SUFFIXES
        and all(w[:1].isupper() for w in words if w)
    )


# Feminine (and plural) heads of German organisation names: an adjective before one is cited
# ending in "-e" ("die Technische Hochschule", "Berufsbildende Schulen"); a masculine or neuter
# head would change its own ending too ("des Deutschen Instituts") and is left as written.
_FEMININE_HEADS: Final = (
    "universität",
    "hochschule",
    "kammer",
    "akademie",
    "schule",
    "schulen",
    "gesellschaft",
    "stiftung",
    "vereinigung",
    "klinik",
    "bibliothek",
)
# Neuter heads that keep their form after "dem" and "das": an adjective before one is cited
# ending in "-es" ("dem Städtischen Gymnasium Ahlen": "Städtisches Gymnasium Ahlen").
_NEUTER_HEADS: Final = ("gymnasium", "lyzeum")
# Shortest inflected adjective rewritten ("Neuen").
_LEAST_ADJECTIVE: Final = 5


def nominative_names(sc: Scanner) -> None:
    """German organisation names kept in the case the sentence gave them ("mit der Technischen
    Hochschule Deggendorf", "an der Freien Universität Berlin") are cited in the nominative
    ("Technische Hochschule Deggendorf"): the capitalised adjectives ending in "-en" that open a
    name before its feminine or plural head lose their "-n"."""
    if sc.lang != "de":
        return
    for s in sc.spans:
        if s.kind != "organisation" or ("en " not in s.name and "e Gymnasium" not in s.name):
            continue
        words = s.name.split(" ")
        if _neuter_name(words):
            s.name = " ".join([_neuter(words[0]), *words[1:]])
            continue
        head = next(
            (
                h
                for h, w in enumerate(words)
                if w[:1].isupper() and w.casefold().endswith(_FEMININE_HEADS)
            ),
            None,
        )
        if not head:
            continue
        if not all(
            w[:1].isupper() and w.endswith("en") and len(w) >= _LEAST_ADJECTIVE and w.isalpha()
            for w in words[:head]
        ):
            continue
        if any(_name_word(sc, w) for w in words[:head]):
            continue  # "der Jürgen Ponto-Stiftung", "der Bremen Hochschule": a name, as written
        s.name = " ".join([w[:-1] for w in words[:head]] + words[head:])


def _name_word(sc: Scanner, word: str) -> bool:
    """Whether `word` is a first name or a place's name ("Jürgen", "Bremen", "Essen"): a word
    ending in "-en" that is no inflected adjective."""
    key = name_key(word)
    return key in sc.gaz.first_names or key in sc.gaz.keys


# --- schools: numbered schools and schools named by "lycée", "Gymnasium", "Lyceum" ---
#
# Schools sign sister-school and exchange agreements in their own names, and the pages that
# report them write Chinese schools by their number ("Lanxi No. 4 High School", "High School
# No. 6 Lanxi", "Mittelschule Nr. 5", "le lycée n°2 de Qinghe", "middelbare school nr. 7
# van Qinghe") and European ones by a school word and a name ("le lycée Jean-Monnet", "das
# Goethe-Gymnasium", "het Stedelijk Lyceum Zutphen"), which the head scan reads only in part
# ("High School", "Mittelschule Nr") or not at all.

# Words that tell a page may name a school (a substring test before any pattern runs).
_SCHOOL_GATE: Final = ("chool", "chule", "ycée", "ycee", "yceum", "ymnasium", "ollège")
_CAP: Final = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*"
# "No. 8", "No.1", "No 4", "no. 5", "Nr. 42", "n°1", "nº 3", "nr. 3": the number of a school
# (a bare lower-case "no" only with its dot: "no 3" is no number of a school)
_NUMBER: Final = r"(?:(?:No|NO|Nr|nr|N[°º]|n[°º]|No°)\.?|no\.)\s?\d{1,3}(?![\w.,]\d)"
# English school words that may stand between the number and "School"
_EN_SCHOOL: Final = (
    r"(?:(?:Senior|Junior|Middle|High|Primary|Secondary|Experimental|Vocational|Foreign|"
    r"Languages?|Normal|Elementary|Affiliated)\s)*(?:School|Schools)"
)
_NUMBERED_SCHOOL: Final = re.compile(
    # "Lanxi No. 4 High School", "Qinghe No. 3 Middle School" (a city before the number)
    r"(?P<en>(?:" + _CAP + r"\s){1,2}" + r"(?:No|NO)\.?\s?\d{1,3}\s" + _EN_SCHOOL + r")(?![\w-])"
    # "No. 2 Middle School of Lanxi"
    r"|(?P<enof>(?:No|NO)\.?\s?\d{1,3}\s" + _EN_SCHOOL + r"\sof\s" + _CAP + r")"
    # "Qinghe High School No. 1", "High School No.6 Lanxi", "High-School Nr. 42",
    # "Mittelschule Nr. 5", "Schule Lanxi Nr. 2", "lycée n°2 de Qinghe", "collège n° 3
    # de Lanxi", "middelbare school nr. 7 van Qinghe"
    r"|(?P<after>(?:(?:" + _CAP + r"\s){0,2}(?:High|Middle|Senior|Junior|Primary)[\s-]School"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:schule|gymnasium)|Schule(?:\s" + _CAP + r")?|[Ll]ycée|[Cc]ollège"
    r"|[Mm]iddelbare\s[Ss]chool|[Bb]asisschool|[Mm]iddenschool|[Ll]yceum)\s"
    + _NUMBER
    + r")(?:\s(?:(?:de|van|uit)\s|d['’])?(?P<of>"
    + _CAP
    + r"))?",
)
# "le lycée Jean-Monnet", "Lycée Sainte-Odile-Marnay", "le collège Jules Verne": a French school
# word and a capitalised name (particles inside a name: "Jeanne d'Arc", "Charles de Gaulle")
_FRENCH_SCHOOL: Final = re.compile(
    r"(?<![\w-])(?:[Ll]ycée|[Cc]ollège)\s(?P<name>"
    + _CAP
    + r"(?:\s(?:(?:de|du|d['’])\s?)?"
    + _CAP
    + r"){0,3})"
)
# "Goethe-Gymnasium", "Ottilie-Brenner-Gymnasium", "Stedelijk Lyceum Zutphen",
# "Stedelijk Gymnasium Leiden": a German hyphenated school name, a Dutch school word between
# an adjective and a name
_NAMED_SCHOOL: Final = re.compile(
    r"(?<![\w-])(?P<de>" + _CAP + r"-(?:Gymnasium|Realschule|Gesamtschule|Grundschule|"
    r"Oberschule|Mittelschule|Schule|Lyzeum))(?:\s(?P<seat>" + _CAP + r"))?(?![\w-])"
    r"|(?P<nl>(?:Stedelijk|Christelijk|Katholiek|Openbaar|Koninklijk|Rijks|"
    r"Stedelijke|Christelijke|Katholieke|Openbare)\s(?:Lyceum|Gymnasium|College)\s" + _CAP + r")"
    # "het Drachtster Lyceum", "het Stedelijk Lyceum", "het Baken Park Lyceum": a Dutch
    # "Lyceum" named by one or two capitalised words before it
    r"|(?P<lyceum>(?!(?:Het|De|Een|Dit|Dat|Ons|Onze)\s)(?:[A-Z][a-z]+\s){1,2}Lyceum)"
    r"(?:\s(?P<lseat>" + _CAP + r"))?(?![\w-])"
)


# What each school pattern cannot match without (read before the pattern runs over the whole
# text, where every capitalised word would start a try): a school number ("No. 4", "Nr. 42",
# "n°2", "no. 5"), a French school word, a German or Dutch school word of `_NAMED_SCHOOL`
_SCHOOL_NUMBER_GATE: Final = re.compile(r"[Nn][oOr°º]°?\.?\s?\d")
_FRENCH_SCHOOL_GATE: Final = ("ycée", "ollège")
_NAMED_SCHOOL_GATE: Final = ("Gymnasium", "schule", "Schule", "Lyzeum", "Lyceum", "College")

# "das Städtische Gymnasium Ahlen", "dem Gymnasium am Mühlenberg", "das Walter Gropius
# Gymnasium Dessau", "Mörike Gymnasium Göppingen": a German school word standing free, opened by
# an adjective ("Städtisches", "Bischöfliches") or a person's name and closed by its town or by
# the street or hill it stands on ("am Geroweiher", "an der Ruhr")
_GERMAN_SCHOOL: Final = re.compile(
    r"(?<![\w-])(?P<pre>[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)(?:es|en|em|er|e)\s"
    r"|(?P<person>[A-ZÄÖÜ][a-zäöüß]+)\s[A-ZÄÖÜ][a-zäöüß]+\s)?"
    r"(?P<head>Gymnasium|Lyzeum)"
    r"(?:\s(?P<at>(?:[Aa]m|[Ii]m|[Aa]n\sder|[Aa]uf\sdem|[Zz]um)\s[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])"
    r"|\s(?P<seat>[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß]))?(?![\w-])"
)

_ADJECTIVE_BEFORE: Final = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich)(?:es|en|em|er|e)\s\Z"
)
# a time, a season, a day, a month or a direction after "am", "im", "zum": no street or hill
# a school stands on, but when or where something happens ("im Winter", "am Freitag")
_AT_NOT_PLACE: Final = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*(?:tag|tags|woche|wochenende|jahr|jahres|monat|ferien|semester|abend|"
    r"morgen|mittag)"
    r"|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|Frühjahr|Frühling|Sommer|Herbst|Winter|Sonnabend|Wochenende|Abend|Morgen|"
    r"Vormittag|Nachmittag|Anfang|Ende|Beginn|Schluss|Abschluss|Anschluss|Rahmen|Laufe|Zuge|"
    r"Vorfeld|Namen|Auftrag|Beispiel|Ziel|Zweck|Zentrum|Mittelpunkt|"
    r"(?:Nord|Süd)(?:ost|west)?en|Osten|Westen"
)


def _german_school(sc: Scanner, m: re.Match[str]) -> None:
    """A German "Gymnasium" with its adjective or founder's name before it and its town or
    street after it (see `_GERMAN_SCHOOL`); a bare "das Gymnasium" or "Städtisches Gymnasium"
    names no school of its own."""
    a, b = m.start(), m.end("head")
    founder = m.group("person") is not None
    if founder and name_key(m.group("person")) not in sc.gaz.first_names:
        # "Das Bischöfliche Gymnasium": an adjective after an article; "Partnerschaft
        # Gymnasium": no founder's name
        founder = False
        head = m.start("head")
        word = _ADJECTIVE_BEFORE.search(sc.text, max(0, head - 40), head)
        a = word.start() if word is not None else head
    at = m.group("at")
    if at is not None and _AT_NOT_PLACE.fullmatch(at.rsplit(None, 1)[-1]) is None:
        # "das Gymnasium am Stadtpark", not "das Gymnasium am Dienstag" nor "das Städtische
        # Gymnasium im Osten"
        b = m.end("at")
    elif m.group("seat") is not None and _place_word(sc, m.start("seat")):
        b = m.end("seat")
    if b == m.end("head") and not founder:
        return  # neither a founder nor a seat: a common noun
    _school(sc, a, b)


def find_schools(sc: Scanner) -> None:
    """Schools named by a number or by a school word and a name are organisations (kind
    "university", as the head scan gives "School" and "College"), with the place their name
    holds; read before the head scan so that it does not cut them ("High School")."""
    text = sc.text
    if not any(w in text for w in _SCHOOL_GATE):
        return
    places_named: frozenset[str] | None = None
    numbered = (
        _NUMBERED_SCHOOL.finditer(text) if _SCHOOL_NUMBER_GATE.search(text) is not None else ()
    )
    for m in numbered:
        if m.group("en") is not None:
            a, b = m.span("en")
        elif m.group("enof") is not None:
            a, b = m.span("enof")
        else:
            a, b = m.start("after"), m.end()
            if m.group("of") is not None and not _place_word(sc, m.start("of")):
                if places_named is None:
                    places_named = _words_as_places(text)
                if m.group("of") not in places_named:
                    b = m.end("after")  # "lycée n° 4 de Yangzhou", not "... de Monsieur"
        _school(sc, a, b)
    french = _FRENCH_SCHOOL.finditer(text) if any(w in text for w in _FRENCH_SCHOOL_GATE) else ()
    for m in french:
        a, b = m.span()
        # "le lycée Jean-Monnet de Quimper": the name stops before its town
        for part in re.finditer(r"\s(?:de|du|d['’])\s?", m.group("name")):
            before = sc.tk.index_at(m.start("name") + part.start()) - 1
            if (
                before > 0
                and sc.tk.folds[before] in sc.gaz.first_names
                and sc.tk.gaps[before - 1] != "-"
            ):
                continue  # "Jeanne d'Arc", "Charles de Gaulle": a person's name
            if _place_word(sc, m.start("name") + part.end()):
                b = m.start("name") + part.start()
                break
        first = sc.tk.index_at(m.start("name"))
        if first < sc.tk.n and sc.tk.starts[first] == m.start("name"):
            lw = sc.tk.lowers[first]
            if lw in lex.DETERMINERS or (lw in lex.COMMON_WORDS and "-" not in m.group("name")):
                continue  # "le lycée Le ..." is no name; "lycée Agricole" a common word
        if (
            _place_word(sc, m.start("name"))
            and "-" not in m.group("name")
            and _stands_free(text, m.group("name"))
        ):
            continue  # "le lycée Quimper ... à Quimper": a town, not the school's name
        _school(sc, a, b)
    if sc.lang == "de" and ("Gymnasium" in text or "Lyzeum" in text):
        for m in _GERMAN_SCHOOL.finditer(text):
            _german_school(sc, m)
    named = _NAMED_SCHOOL.finditer(text) if any(w in text for w in _NAMED_SCHOOL_GATE) else ()
    for m in named:
        b = m.end()
        if m.group("seat") is not None and not _place_word(sc, m.start("seat")):
            b = m.end("de")  # "Goethe-Gymnasium Emmendingen", not "... Schüler"
        elif m.group("lseat") is not None and not _place_word(sc, m.start("lseat")):
            b = m.end("lyceum")  # "het Drachtster Lyceum Drachten", not "... Dinsdag"
        _school(sc, m.start(), b)


# a French school word right before a name ("lycée Ampère", "collège Pasteur")
_FRENCH_SCHOOL_WORD: Final = re.compile(r"(?:[Ll]ycée|[Cc]ollège|[ÉEée]cole)\s\Z")


def _joins_word(ch: str) -> bool:
    """Whether `ch` joins a word (a letter, digit, underscore or hyphen)."""
    return ch.isalnum() or ch in "_-"


def _stands_free(text: str, name: str) -> bool:
    """Whether `name` is written somewhere in the text without a French school word right
    before it: a town the page names ("le lycée Quimper ... à Quimper"). A school named after
    a person whose name the gazetteer also holds as a place ("le lycée Ampère", "le collège
    Pasteur", "le lycée Voltaire") writes it only after its school word."""
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        free = (i == 0 or not _joins_word(text[i - 1])) and (
            j == len(text) or not _joins_word(text[j])
        )
        if free and _FRENCH_SCHOOL_WORD.search(text, max(0, i - 10), i) is None:
            return True
        i = text.find(name, i + 1)
    return False


# a capitalised word after a preposition of place ("nach Jintan", "aus Jintan", "In Jintan")
_AFTER_PLACE_WORD: Final = re.compile(
    r"(?<![\w-])(?i:nach|aus|in|to|from|naar|uit|à|vers)\s(?P<w>" + _CAP + r")"
)


def _words_as_places(text: str) -> frozenset[str]:
    """The words the text names as places, after a preposition of place ("High School No. 1
    Jintan" on a page that says "besuchen die Partnerschule in Jintan"): a town the gazetteer
    lacks closes the school's name as a known one does. Read once per document."""
    words: set[str] = set()
    for m in _AFTER_PLACE_WORD.finditer(text):
        w = m.group("w")
        words.add(w)
        words.add(re.split(r"['’]", w, maxsplit=1)[0])  # "Jintan's"
    return frozenset(words)


def _place_word(sc: Scanner, pos: int) -> bool:
    """True when a gazetteer place name starts at offset `pos`."""
    tk = sc.tk
    k = tk.index_at(pos)
    return k < tk.n and tk.starts[k] == pos and sc.place_key_at(k) is not None


def _school(sc: Scanner, a: int, b: int) -> None:
    """Add a school at offsets a..b: the tokens it covers, free of other organisations and
    of titles, taking over the places and persons read inside it."""
    from cityties.extraction.extractors._places_scan import RawSpan

    tk = sc.tk
    i = tk.index_at(a)
    j = tk.index_at(b)
    if i >= j or tk.starts[i] != a or tk.ends[j - 1] != b:
        return
    while (
        i < j
        and (
            tk.lowers[i] in lex.DETERMINERS
            or (sc.sentence_initial(i) and tk.lowers[i] in lex.COMMON_WORDS)
        )
        and tk.lowers[i] not in ("lycée", "collège")
    ):
        i += 1  # "The Lanxi No. 4 High School": the article is no part of the name
    if j - i < 2 or "\n" in tk.span_text(i, j):
        return
    if any(
        s.start < tk.ends[j - 1] and tk.starts[i] < s.end and s.kind == "organisation"
        for s in sc.spans
    ):
        return
    a = tk.starts[i]
    inner = [s for s in sc.spans if a <= s.start and s.end <= b]
    if any(s.start < b and a < s.end and s not in inner for s in sc.spans):
        return  # a mention across the name's edge
    place = None
    for k in range(i, j):
        hit = sc.place_key_at(k) if tk.caps[k] else None
        if hit is not None and hit[0] <= j and tk.lowers[k] not in _SCHOOL_WORDS:
            place = (tk.starts[k], tk.ends[hit[0] - 1], hit[1])
            break
    sc.replace_with_org(
        inner,
        RawSpan(
            a,
            b,
            "organisation",
            tk.span_text(i, j),
            org_kind="university",
            key=place[2] if place else None,
            place_start=place[0] if place else None,
            place_end=place[1] if place else None,
            place_name=sc.text[place[0] : place[1]] if place else None,
        ),
        i,
        j,
    )


_SCHOOL_WORDS: Final = frozenset(
    """school schools high middle senior junior primary lycée collège schule lyceum
    gymnasium college""".split()
)


# An institution named by its acronym alone ("De HWB tekende in 2020 een samenwerkingsakkoord
# met Fudan University", "QZTU President Li Ming led a delegation", "HSKW en de Tongji
# University ondertekenden ..."): an upper-case word of two to six letters the text uses at
# least this often (outside upper-case heading lines), on a page that names other
# organisations, is an organisation of the kind most of them have.
_LONE_ACRONYM_USES: Final = 3
# Upper-case words that name no institution of the genre: units, currencies, blocs, diseases,
# political groups and the like (acts' abbreviations are `act_acronym`)
_NOT_INSTITUTION_ACRONYMS: Final = frozenset(
    """EU UN US USA UK UAE PRC ROC GDP GNP CEO CFO PHD MBA MSC BSC ICT IT AI TV SME SMES NGO
    TEU COVID SARS BRICS ASEAN NATO OECD WHO WTO EUR USD RMB CNY GBP JPY HKD AM PM RE LA LE DE
    EN ET OK PS CC FW FWD VVD CDA PVDA SPD CDU CSU FDP AFD LR RN HQ VIP ID PDF FAQ CET CST
    UTC GMT NB PPS""".split()
)
_LONE_ACRONYM: Final = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w])")
# a Roman numeral ("Article III", "Part IV"): no acronym
_ROMAN_NUMERAL: Final = re.compile(r"[IVXLCDM]+")
# the uses that show an acronym names an institution: an article before it ("De HWB", "die
# IHK", "the QZTU"), a title after it ("QZTU President Li"), or a verb of an act or a visit
# of which it is the subject ("HWB signed", "HSKW en de Tongji University ondertekenden")
_ACRONYM_ARTICLE: Final = re.compile(
    r"(?i)(?<![\w-])(?:the|de|het|die|der|den|dem|des|das|la|le|les|l['’])\s*\Z"
)
_ACRONYM_TITLE_OR_VERB: Final = re.compile(
    r"(?i)\A\s+(?:(?:vice|deputy|acting|executive)[\s-]+)?(?:president|rector|director|chair"
    r"(?:man|woman|person)?|dean|secretary|voorzitter|directeur|rector|president|président|"
    r"präsident|rektor|direktor|vorsitzender?)(?![\w-])|"
    r"\A\s+(?:(?:has|have|had|heeft|hebben|hat|haben|a|ont)\s+)?(?:signed|signs|visited|visits"
    r"|hosted|hosts|received|receives|welcomed|welcomes|led|leads|sent|tekende|ondertekende|"
    r"bezocht|ontving|ontvangt|unterzeichnete|besuchte|empfing|sign[ée]|visit[ée]|reçu|"
    r"accueilli|signe|visite|reçoit|accueille)(?![\w-])|"
    r"\A\s+(?:and|en|und|et)\s[^.;\n]{0,60}?(?<![\w-])(?:signed|tekenden|ondertekenden|"
    r"unterzeichneten|ont\s+signé)(?![\w-])"
)


def find_lone_acronyms(sc: Scanner) -> None:
    """Organisations named by an acronym only, which no name in brackets or initials
    explain (see `_LONE_ACRONYM_USES`): every free use of it becomes one."""
    orgs = [s for s in sc.spans if s.kind == "organisation" and not s.government]
    if not orgs:
        return
    text = sc.text
    counts: dict[str, int] = {}
    as_org: set[str] = set()
    for line_m in re.finditer(r"[^\n]+", text):
        line = line_m.group()
        if line.isupper():
            continue  # a heading written in capitals
        base = line_m.start()
        for m in _LONE_ACRONYM.finditer(line):
            w = m.group()
            if _ROMAN_NUMERAL.fullmatch(w):
                continue  # "Article III"
            counts[w] = counts.get(w, 0) + 1
            if w not in as_org:
                ws, we = base + m.start(), base + m.end()
                if (
                    _ACRONYM_ARTICLE.search(text, max(0, ws - 6), ws) is not None
                    or _ACRONYM_TITLE_OR_VERB.match(text[we : we + 90]) is not None
                ):
                    as_org.add(w)
    words = [w for w, n in counts.items() if n >= _LONE_ACRONYM_USES and w in as_org]
    if not words:
        return
    # (an acronym inside a name read already is its short form or its head: "die IHK" after
    # "IHK Mittelhessen", "CCPIT" of "CCPIT Wuxi")
    known = {s.alias for s in orgs if s.alias} | {w for s in orgs for w in s.name.split()}
    kinds: dict[OrgKind, int] = {}
    for s in orgs:
        if s.org_kind is not None:
            kinds[s.org_kind] = kinds.get(s.org_kind, 0) + 1
    kind: OrgKind = max(kinds, key=lambda k: kinds[k]) if kinds else "other"
    if kind == "company" or kind == "city_government":
        kind = "other"
    tk = sc.tk
    gaz = sc.gaz
    for w in words:
        f = w.casefold()
        if (
            w in known
            or w in _NOT_INSTITUTION_ACRONYMS
            or act_acronym(w)
            or f in gaz.common_words
            or f in gaz.first_names
            or f in gaz.cn_surnames
            or sc.has_city(f)
            or sc._is_country_key(f)
            or f in lex.TITLES
        ):
            continue
        for k in compress(range(tk.n), map(w.__eq__, tk.words)):
            if sc.used[k] or sc.head_kind(k) is not None:
                continue
            if k > 0 and tk.gaps[k - 1] == "-":
                continue  # the tail of a compound ("Sino-EU")
            sc.replace_with_org((), _org_span(sc, k, k + 1, kind), k, k + 1)


# --- an organisation's partner in an act: "Saxion en de Hubei University ondertekenden ...";
# "hafenwerke und die Ningbo Port Group unterzeichneten ..." ---

# Conjunctions that join the two parties of an act.
_PARTNER_AND: Final = frozenset("and en et und &".split())
# Articles that may open either conjunct.
_PARTNER_ARTICLES: Final = frozenset("the de het la le les l l' l’ der die das den dem des".split())
# Act nouns of a clause whose subjects are the two parties (compounds are `agreement_noun`).
_PARTNER_ACT_WORDS: Final = frozenset(
    """agreement agreements memorandum mou mou's contract accord accords convention
    conventions protocole akkoord overeenkomst intentieverklaring memorandum charter charte
    lettre letter""".split()
)
# Most words of the unknown name.
_PARTNER_MOST_WORDS: Final = 3  # (and a place of two words)
# Least uses of a brand name written in lower case ("bremenports") in the text.
_LOWER_NAME_USES: Final = 2


def _act_clause(sc: Scanner, i: int, j: int) -> bool:
    """True when the clause around tokens i..j-1 (up to a full stop, semicolon or line end)
    holds a signing verb or an act noun."""
    tk = sc.tk
    a = i
    while a > 0 and not any(c in tk.gaps[a - 1] for c in ".;\n!?"):
        a -= 1
    b = j
    while b < tk.n and not any(c in tk.gaps[b - 1] for c in ".;\n!?"):
        b += 1
    for k in range(a, b):
        lw = tk.lowers[k]
        if lw in lex.SIGN_VERBS or lw in _PARTNER_ACT_WORDS or agreement_noun(lw):
            return True
    return False


def _partner_word(sc: Scanner, k: int) -> bool:
    """True for a word that may stand in an unknown organisation's name: capitalised or an
    acronym, of three letters or more, no ordinary word, first name, title, head or act."""
    tk = sc.tk
    w = tk.words[k]
    if sc.used[k] or len(w) < 3 or not w.replace("-", "").isalpha():
        return False
    lw = tk.lowers[k]
    if not tk.caps[k] and not w.isupper():
        return False
    if tk.all_caps(k):
        return w not in _NOT_INSTITUTION_ACRONYMS and not act_acronym(w)
    return not (
        lw in lex.COMMON_WORDS
        or tk.fold(k) in sc.gaz.common_words
        or tk.fold(k) in sc.gaz.first_names
        or sc.is_title(k)
        or sc.head_kind(k) is not None
        or agreement_noun(lw)
        or lw in lex.SIGN_VERBS
    )


class _Partners:
    """What find_organisation_partners asks of the whole text, read once per call: the
    count of each word, the place span that holds each token (the first in `sc.spans`)
    and the words of the organisations' names. `refresh` reads the spans again after an
    organisation is added (it takes over the places inside it)."""

    def __init__(self, sc: Scanner) -> None:
        self.uses: Counter[str] = Counter(sc.tk.words)
        self.place_at: dict[int, tuple[int, int]] = _place_index(sc)
        self.org_words: frozenset[str] = _org_words(sc)

    def refresh(self, sc: Scanner) -> None:
        """Read the spans again (the words stay)."""
        self.place_at = _place_index(sc)
        self.org_words = _org_words(sc)


def _place_index(sc: Scanner) -> dict[int, tuple[int, int]]:
    """The tokens (i, j) of the place span that holds each token, the first such span in
    `sc.spans` order."""
    tk = sc.tk
    out: dict[int, tuple[int, int]] = {}
    for s in sc.spans:
        if s.kind != "place":
            continue
        i, j = tk.index_at(s.start), tk.index_at(s.end)
        for k in range(i, j):  # the tokens that start inside the span
            out.setdefault(k, (i, j))
    return out


def _lower_brand(sc: Scanner, k: int, facts: _Partners) -> bool:
    """True for a one-word brand name written in lower case ('bremenports'): no ordinary
    word, used more than once in the text and never capitalised."""
    tk = sc.tk
    w = tk.words[k]
    if sc.used[k] or tk.caps[k] or len(w) < 6 or not w.isalpha() or not w.islower():
        return False
    lw = tk.lowers[k]
    if lw in lex.COMMON_WORDS or lw in sc.gaz.common_words or agreement_noun(lw):
        return False
    if lw in lex.SIGN_VERBS or lw in lex.ORG_NOUNS or lw in _PARTNER_ACT_WORDS:
        return False
    return facts.uses[w] >= _LOWER_NAME_USES and facts.uses[w.capitalize()] == 0


def _common_capital(sc: Scanner, k: int) -> bool:
    """True for a capitalised ordinary word ('West', 'May'): no title, head or first name."""
    tk = sc.tk
    if sc.used[k] or not tk.caps[k] or tk.all_caps(k) or not tk.words[k].isalpha():
        return False
    lw = tk.lowers[k]
    if not (lw in lex.COMMON_WORDS or tk.fold(k) in sc.gaz.common_words):
        return False
    return not (sc.is_title(k) or sc.head_kind(k) is not None or agreement_noun(lw))


def _org_words(sc: Scanner) -> frozenset[str]:
    """The lower-case words of the organisations' names read so far."""
    return frozenset(
        w.casefold() for s in sc.spans if s.kind == "organisation" for w in s.name.split()
    )


def _partner_name(sc: Scanner, k: int, step: int, facts: _Partners) -> tuple[int, int] | None:
    """The unknown name whose last (step -1) or first (step 1) token is k: its tokens (i, j),
    None when token k opens no such name. The name is a brand in lower case, or up to four
    words: capitalised words or acronyms read as nothing else, places and capitalised
    ordinary words inside, with one word read as nothing else or two places at least (a
    place inside is its seat: "Leeds Beckett", "Greenport West-Holland"); a lone place or an
    ordinary word is none."""
    tk = sc.tk
    if _lower_brand(sc, k, facts):
        i, j = k, k + 1
    else:
        units: list[tuple[int, int, str]] = []  # (first token, end token, kind)
        at = k
        size = 0
        while 0 <= at < tk.n and size < _PARTNER_MOST_WORDS + 1:
            if at != k and not tk.linked(at if step < 0 else at - 1):
                break
            if _partner_word(sc, at):
                unit = (at, at + 1, "F")
            elif _common_capital(sc, at):
                unit = (at, at + 1, "C")
            else:
                place = facts.place_at.get(at) if sc.used[at] else None
                if place is None:
                    break
                unit = (place[0], place[1], "P")
            units.append(unit)
            size += unit[1] - unit[0]
            at = unit[0] - 1 if step < 0 else unit[1]
        while units and units[-1][2] == "C":
            units.pop()  # "In May Leeds Beckett": no ordinary word at the name's far edge
        if not units or units[0][2] == "C":
            return None
        kinds = [u[2] for u in units]
        if "F" not in kinds and kinds.count("P") < 2:
            return None
        i = min(u[0] for u in units)
        j = max(u[1] for u in units)
        if j - i > _PARTNER_MOST_WORDS + 1:
            return None
    # an acronym in brackets after a name is that name's ("l'École de design de Genève (EDG) et
    # ..."), and a word of a name read is its short form ("der QUST und dem Konsortium")
    if "(" in tk.gap(i - 1) or (j < tk.n and ")" in tk.gap(j - 1)):
        return None
    if any(tk.lowers[x] in facts.org_words for x in range(i, j)):
        return None
    # a German noun after its article is a common noun ("und dem Konsortium")
    if (
        sc.lang == "de"
        and j - i == 1
        and tk.caps[i]
        and not tk.all_caps(i)
        and i > 0
        and tk.lowers[i - 1] in _PARTNER_ARTICLES
    ):
        return None
    # the name stands alone: no other name right before or after it
    if (
        i > 0
        and tk.linked(i - 1)
        and (sc.used[i - 1] or (tk.caps[i - 1] and not _common_capital(sc, i - 1)))
    ):
        return None
    if (
        j < tk.n
        and tk.linked(j - 1)
        and (sc.used[j] or (tk.caps[j] and not _common_capital(sc, j)))
    ):
        return None
    return i, j


def find_organisation_partners(sc: Scanner) -> None:
    """'Saxion en de Hubei University ondertekenden een memorandum', 'hafenwerke und die
    Ningbo Port Group unterzeichneten ...', 'Saxion and Hubei University of Technology
    signed ...': a name read as nothing else, joined by "and" to an organisation in a clause
    with a signing verb or an act noun, is the organisation that is the other party (a
    brand, an acronym, a university's short name). Places, persons, titles, ordinary words
    and first names are no such name."""
    orgs = [s for s in sc.spans if s.kind == "organisation"]
    if not orgs:
        return
    tk = sc.tk
    facts = _Partners(sc)
    for s in orgs:
        a = tk.index_at(s.start)
        b = tk.index_at(s.end)
        # NAME and [the] ORG
        k = a - 1
        if k >= 0 and tk.lowers[k] in _PARTNER_ARTICLES:
            k -= 1
        if k >= 1 and tk.lowers[k] in _PARTNER_AND and not sc.used[k]:
            hit = _partner_name(sc, k - 1, -1, facts)
            if hit is not None and _act_clause(sc, hit[0], b):
                _add(sc, hit[0], hit[1], "other", None)
                facts.refresh(sc)
        # NAME <verb> ... with [the] ORG: the subject that opens the sentence
        k = a - 1
        if k >= 0 and tk.lowers[k] in _PARTNER_ARTICLES:
            k -= 1
        if k >= 1 and tk.lowers[k] == _PARTNER_WITH.get(sc.lang) and not sc.used[k]:
            hit = _subject_partner(sc, k, facts)
            if hit is not None and _cooperation_clause(sc, hit[0], b):
                _add(sc, hit[0], hit[1], "other", None)
                facts.refresh(sc)
        # ORG and [the] NAME
        k = b
        if k < tk.n and tk.lowers[k] in _PARTNER_AND and not sc.used[k]:
            k += 1
            if k < tk.n and tk.lowers[k] in _PARTNER_ARTICLES:
                k += 1
            if k < tk.n:
                hit = _partner_name(sc, k, 1, facts)
                if hit is not None and _act_clause(sc, a, hit[1]):
                    _add(sc, hit[0], hit[1], "other", None)
                    facts.refresh(sc)


# "with" before the organisation a sentence's subject works or signs with, per language
# (English "met" is a verb)
_PARTNER_WITH: Final = {"en": "with", "nl": "met", "de": "mit", "fr": "avec"}
# Most tokens between the subject and "with" ("Saxion werkt al twaalf jaar samen met ...")
_SUBJECT_REACH: Final = 10
# Words of cooperation that make a clause an act's even without an act noun ("werkt samen
# met", "arbeitet mit ... zusammen", "coopère avec", "cooperates with")
_COOPERATION_WORDS: Final = frozenset(
    """samen samenwerking zusammen kooperiert kooperieren kooperation zusammenarbeit
    cooperates cooperate cooperation collaborates collaborate collaboration partnership
    partners coopère coopèrent coopération collabore collaborent partenariat""".split()
)


def _subject_partner(sc: Scanner, k: int, facts: _Partners) -> tuple[int, int] | None:
    """The unknown name that opens the sentence of the token k ("with"), when only lower-case
    words and numbers stand between it and k (a verb and its adverbs: "Saxion werkt al twaalf
    jaar samen met"): its tokens (i, j), else None."""
    tk = sc.tk
    a = k
    while a > 0 and k - a < _SUBJECT_REACH and not sc.sentence_initial(a):
        a -= 1
    if not sc.sentence_initial(a) or a >= k:
        return None
    hit = _partner_name(sc, a, 1, facts)
    if hit is None or hit[1] >= k:
        return None
    for x in range(hit[1], k):
        if tk.caps[x] or sc.used[x] or not tk.linked(x):
            return None  # (another name, or the end of the clause, before "with")
    return hit


def _cooperation_clause(sc: Scanner, i: int, j: int) -> bool:
    """True when the clause around tokens i..j-1 holds a signing verb, an act noun or a word
    of cooperation."""
    if _act_clause(sc, i, j):
        return True
    tk = sc.tk
    return any(tk.lowers[x] in _COOPERATION_WORDS for x in range(i, min(tk.n, j + 12)))


def _neuter_name(words: list[str]) -> bool:
    """Whether a name is an inflected adjective and a neuter head ("Städtischen Gymnasium")."""
    return (
        len(words) >= 2
        and words[1].casefold() in _NEUTER_HEADS
        and words[0].isalpha()
        and len(words[0]) >= _LEAST_ADJECTIVE
        and words[0].endswith(("ischen", "lichen", "ische", "liche"))
    )


def _neuter(word: str) -> str:
    """The nominative of an adjective before a neuter head ("Städtischen": "Städtisches")."""
    return (word[:-2] if word.endswith("en") else word[:-1]) + "es"
