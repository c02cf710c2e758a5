"""Find persons, organisations and places in a document (the engine of `cityties.places`).

The scanner works on word tokens. It claims spans in a fixed order so that a later, weaker
rule never overrides an earlier one: persons after titles, city-government and region forms
("City of Ghent", "Jiangsu Province"), organisations around a head word ("Ghent University",
"Port of Ghent", "Volvo Cars NV"), then bare gazetteer names with context checks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from cityties.extraction.extractors import _places_lex as lex
from cityties.extraction.gazetteer import Gazetteer, name_key
from cityties.extraction.types import MentionKind, OrgKind, PlaceKind

__all__ = ["RawSpan", "Scanner", "Tokens"]

# Words; a French elided article or preposition ("l'", "d'", "qu'") is a token of its own.
_TOKEN = re.compile(r"\b(?:[LlDdNnSsJjCcMmTt]|[Qq]u)['’](?=[^\W\d_])|[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = ("'s", "’s")


def _is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


_FOLDED: dict[str, str] = {}


def _capitalised(w: str) -> bool:
    c = w[0]
    if c.isupper() or "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff":
        return True
    return len(w) > 2 and w[1].isupper() and c.islower() and w[2:].islower()


class Tokens:
    """Word tokens of a text with their offsets and folded forms."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        self.possessive: set[int] = set()
        ms = list(_TOKEN.finditer(text))
        self.words = [m.group() for m in ms]
        self.starts = [m.start() for m in ms]
        self.ends = [m.end() for m in ms]
        if "'" in text or "’" in text:
            for k, w in enumerate(self.words):
                if w.endswith(_POSSESSIVE) and len(w) > 3:
                    # "China's Kunming": the name ends before the apostrophe; inside a
                    # longer name ("People's Republic of China") the token keeps its "s".
                    self.possessive.add(k)
                    self.words[k] = w[:-2]
                    self.ends[k] -= 2
        self.n = len(self.words)
        self.elided = {k for k, w in enumerate(self.words) if w[-1] in "'’"}
        self.caps = [
            (w[0].isupper() or _capitalised(w)) and k not in self.elided
            for k, w in enumerate(self.words)
        ]
        self.lowers = [w.casefold() for w in self.words]

    def fold(self, i: int) -> str:
        """The gazetteer key of token i."""
        w = self.words[i]
        f = _FOLDED.get(w)
        if f is None:
            if len(_FOLDED) > 200_000:
                _FOLDED.clear()
            f = name_key(w)
            _FOLDED[w] = f
        return f

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def key(self, i: int, j: int) -> str:
        """The gazetteer key of tokens i..j-1 (as `name_key` folds the text they cover)."""
        if not self.possessive and not self.elided:
            return " ".join(self.fold(k) for k in range(i, j))
        parts: list[str] = []
        glue = False
        for k in range(i, j):
            f = self.fold(k) + ("s" if k in self.possessive and k < j - 1 else "")
            if glue and parts:
                parts[-1] += f
            else:
                parts.append(f)
            glue = k in self.elided  # "d'Ivoire" folds to "divoire"
        return " ".join(parts)

    def gap(self, i: int) -> str:
        """The text between token i and token i + 1 ('' after an elided "l'")."""
        if i in self.possessive:
            nxt = self.starts[i + 1] if i + 1 < self.n else len(self.text)
            return self.text[self.ends[i] + 2 : nxt] if nxt > self.ends[i] + 2 else "'s"
        if i + 1 >= self.n:
            return self.text[self.ends[i] :] if 0 <= i < self.n else ""
        return self.text[self.ends[i] : self.starts[i + 1]]

    def linked(self, i: int) -> bool:
        """True when token i and i + 1 belong to one name (a space or a hyphen between)."""
        g = self.gap(i)
        if g in (" ", "-"):
            return True
        if not g:
            return i in self.elided
        return len(g) <= 3 and "\n" not in g and g.strip() in ("", "-", "&")

    def near(self, i: int) -> bool:
        """Like `linked`, also across one line break ("City of\nDublin" in a PDF's text)."""
        if self.linked(i):
            return True
        g = self.gap(i)
        return 0 < len(g) <= 4 and g.count("\n") == 1 and not g.strip()

    def cap(self, i: int) -> bool:
        """Capitalised (or 'eThekwini'-style, or Chinese characters)."""
        return self.caps[i]

    def all_caps(self, i: int) -> bool:
        w = self.words[i]
        return len(w) > 1 and w.isupper()

    def index_at(self, offset: int) -> int:
        """The first token that starts at or after `offset`."""
        return bisect_left(self.starts, offset)

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]]


@dataclass
class RawSpan:
    """A mention found by the scanner, before place resolution."""

    start: int
    end: int
    kind: MentionKind
    name: str
    org_kind: OrgKind | None = None
    key: str | None = None  # gazetteer key of the place name
    place_start: int | None = None  # where the place name is written
    place_end: int | None = None
    place_name: str | None = None  # surface name of the place it is of / in
    kinds: tuple[PlaceKind, ...] = ()  # preferred place kinds
    country: str | None = None  # hard qualifiers ("Alicante in Spain")
    admin1: str | None = None  # ("Taizhou (Zheijang province)")
    cue: bool = False  # strong evidence that the name is a place
    government: bool = False  # a city government: also a place
    alias: str | None = None  # acronym given in parentheses
    weak: bool = False  # a lone capitalised word that may be an ordinary word
    initial: bool = False  # a lone name at the start of a sentence, without a cue


_OF = frozenset("of van de du des d d' d’ von für for voor zu".split())
_DET = frozenset("the la le l l' l’ het de der die des den".split())
_COMPLEMENT_CONNECTORS = frozenset(
    "und and en et des der of de du d' d’ van für for la le l' l’".split()
)
_BY = frozenset("by door par von".split())
_SUFFIX_TRIGGERS = frozenset(
    {w.split()[0] for w in lex.CITY_SUFFIXES} | {"city"} | set(lex.REGION_WORDS)
)
_PREFIX_TRIGGERS = frozenset(
    {"municipal", "conseil", "gemeenteraad", "stadsbestuur", "stadtrat", "gemeentebestuur"}
    | lex.GOVERNMENT_PREFIXES
    | lex.PLACE_PREFIXES
    | lex.CITY_PREFIXES
    | set(lex.REGION_WORDS)
)
_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z&\-]{1,11})\)")
_CUE_AFTER = re.compile(r"\s*\(|,\s*[A-Z]|-(?:based|gebaseerd)")
_HYPHEN_STOP = frozenset("based owned led run style type born wide".split())
_SUFFIX_GAP = re.compile(r"\.?,?\s*&?\s*$")
_CASED_LOWER = frozenset(t.casefold() for t in lex.TITLES_CASED)
_COMPOUND_SUFFIXES = tuple(suffix for suffix, _ in lex.COMPOUND_HEADS)
_COUNCIL_KINDS: dict[str, tuple[PlaceKind, ...]] = {
    "départemental": ("admin2",),
    "departemental": ("admin2",),
    "général": ("admin2",),
    "general": ("admin2",),
    "régional": ("admin1",),
    "regional": ("admin1",),
    "municipal": ("city",),
}
_SENT_PUNCT = ".!?:;\n•·*–—\"“”‘’'()[]"


class Scanner:
    """Claims person, organisation and place spans over the tokens of one document."""

    def __init__(self, text: str, language: str, gaz: Gazetteer, sentence_starts: set[int]):
        self.text = text
        self.lang = language
        self.gaz = gaz
        self.tk = Tokens(text)
        self.used = bytearray(self.tk.n)
        self.spans: list[RawSpan] = []
        self.sentence_starts = sentence_starts
        self._lower_words: set[str] | None = None

    # ---- helpers

    def claim(self, i: int, j: int) -> None:
        for k in range(i, j):
            self.used[k] = 1

    def free(self, i: int, j: int) -> bool:
        return not any(self.used[i:j])

    def lowercase_words(self) -> set[str]:
        """Words written in lower case somewhere in the text (a capitalised one is then a word)."""
        if self._lower_words is None:
            self._lower_words = {w for w in self.tk.words if w.islower()}
        return self._lower_words

    def sentence_initial(self, i: int) -> bool:
        tk = self.tk
        if i == 0:
            return True
        s = tk.starts[i]
        if s in self.sentence_starts:
            return True
        prev = tk.gap(i - 1).strip()
        return bool(prev) and prev[-1] in '.!?:;•·*"“‘(–—'

    def is_title(self, i: int) -> bool:
        w = self.tk.words[i]
        return w in lex.TITLES_CASED or w.casefold() in lex.TITLES

    def head_kind(self, i: int) -> OrgKind | None:
        """The organisation kind when token i is an organisation head word."""
        tk = self.tk
        w = tk.words[i]
        if w in lex.COMPANY_SUFFIXES:
            return "company"
        if not tk.cap(i):
            return None
        lw = w.casefold()
        kind = lex.ORG_HEADS.get(lw)
        if kind is not None:
            return kind
        if self.lang == "de" or len(lw) > 12:
            for suffix, k in lex.COMPOUND_HEADS:
                if lw.endswith(suffix) and len(lw) > len(suffix) + 2:
                    return k
        return None

    def place_key_at(self, i: int, *, max_tokens: int = 6) -> tuple[int, str] | None:
        """The longest gazetteer name starting at token i: (end token, key)."""
        tk = self.tk
        if i >= tk.n or not tk.caps[i]:
            return None
        max_tokens = min(max_tokens, self.gaz.max_words_from(tk.fold(i)))
        j = i + 1
        ends = [j]
        while j < tk.n and j - i < max_tokens and tk.linked(j - 1):
            lw = tk.lower(j)
            if tk.cap(j):
                j += 1
                ends.append(j)
            elif lw in lex.PLACE_PARTICLES and j + 1 < tk.n and tk.linked(j):
                j += 1
            else:
                break
        for end in reversed(ends):
            key = tk.key(i, end)
            if self.gaz.has_key(key):
                return end, key
        return None

    def name_at(self, i: int, *, max_tokens: int = 3) -> tuple[int, str | None] | None:
        """A place name at token i: a gazetteer name, else a run of capitalised tokens."""
        tk = self.tk
        if i >= tk.n or not tk.cap(i) or tk.lower(i) in lex.COMMON_WORDS:
            return None
        hit = self.place_key_at(i)
        if hit:
            return hit
        j = i + 1
        while (
            j < tk.n
            and j - i < max_tokens
            and tk.linked(j - 1)
            and tk.cap(j)
            and tk.lower(j) not in lex.COMMON_WORDS
            and self.head_kind(j) is None
        ):
            j += 1
        return j, None

    # ---- persons

    def find_persons(self) -> None:
        tk = self.tk
        titles = [
            i
            for i, w in enumerate(tk.lowers)
            if w in lex.TITLES or (w in _CASED_LOWER and tk.words[i] in lex.TITLES_CASED)
        ]
        for i in titles:
            if self.used[i]:
                continue
            j = i + 1
            while j < tk.n and self.is_title(j) and len(tk.gap(j - 1)) <= 3:
                j += 1
            if j < tk.n and tk.lower(j) in _OF and len(tk.gap(j - 1).strip()) == 0:
                # "Mayor of Cincinnati, Mark Mallory"
                k = j + 1
                while k < tk.n and k - j < 9 and "," not in tk.gap(k - 1):
                    if "\n" in tk.gap(k - 1) or not (
                        tk.cap(k) or tk.lower(k) in lex.ORG_CONNECTORS
                    ):
                        break
                    k += 1
                if k < tk.n and tk.gap(k - 1).strip() == "," and k - j < 9:
                    j = k
                else:
                    continue
            if j < tk.n and tk.gap(j - 1).strip() not in ("", ".", ",", "-", ".-"):
                continue
            end = self._person_name(j)
            if end is not None:
                self._add_person(j, end)
        self._appositive_persons()
        self._by_persons()
        self._contact_block_persons()

    def _person_name(self, j: int, *, max_tokens: int = 4) -> int | None:
        """End token of a person's name starting at token j, or None."""
        tk = self.tk
        if j >= tk.n or self.used[j] or not tk.cap(j) or _is_han(tk.words[j][0]):
            return None
        k = j
        last_cap = None
        while k < tk.n and k - j < max_tokens + 1:
            lw = tk.lower(k)
            if k > j and not (
                tk.linked(k - 1) or (len(tk.words[k - 1]) == 1 and tk.gap(k - 1) == ". ")
            ):
                break
            if lw in lex.NAME_PARTICLES and k + 1 < tk.n and tk.cap(k + 1) and k > j:
                k += 1
                continue
            if not tk.cap(k) and k > j and tk.gap(k - 1) == "-" and lw.isalpha():
                k += 1  # "Lin Chih-ming"
                last_cap = k
                continue
            if not tk.cap(k) or _is_han(tk.words[k][0]) or self.used[k]:
                break
            if (
                self.is_title(k)
                or self.head_kind(k) is not None
                or (lw in lex.COMMON_WORDS and lw not in lex.NAME_PARTICLES)
            ):
                break
            if tk.all_caps(k) and len(tk.words[k]) > 1:
                break
            k += 1
            last_cap = k
        if last_cap is None:
            return None
        if tk.lower(j) in lex.COMMON_WORDS and tk.lower(j) not in lex.NAME_PARTICLES:
            return None
        return last_cap

    def _add_person(self, i: int, j: int) -> None:
        tk = self.tk
        self.claim(i, j)
        self.spans.append(RawSpan(tk.starts[i], tk.ends[j - 1], "person", tk.span_text(i, j)))

    def _appositive_persons(self) -> None:
        """'Jaak Gabriëls, de VLD-burgemeester van Bree', 'Richard Ambrose, City Manager'."""
        tk = self.tk
        for m in re.finditer(r",[ \t]+", self.text):
            after = tk.index_at(m.end())
            before = after - 1
            if before < 1 or after >= tk.n or not tk.cap(before):
                continue
            titled = False
            for k in range(after, min(after + 3, tk.n)):
                if tk.lower(k) in lex.APPOSITIVE_TITLES and k < tk.n:
                    titled = True
                    break
                if "\n" in tk.gap(k) or tk.gap(k).strip() not in ("", "-"):
                    break
            if not titled:
                continue
            # walk back over the name (2-4 tokens)
            start = before
            while start > 0 and before - start < 4 and tk.linked(start - 1):
                prev = start - 1
                lw = tk.lower(prev)
                if tk.cap(prev) or (lw in lex.NAME_PARTICLES and tk.cap(start)):
                    start = prev
                else:
                    break
            while start < before and tk.lower(start) in lex.NAME_PARTICLES:
                start += 1
            if before - start < 1:
                continue
            if start > 0 and tk.linked(start - 1) and tk.cap(start - 1):
                continue
            end = self._person_name(start)
            if end == before + 1 and self.free(start, end) and not self._is_place_name(start, end):
                self._add_person(start, end)

    def _by_persons(self) -> None:
        """'prepared by Richard Ambrose', 'signé par Pierre Bédier': two or three name tokens."""
        tk = self.tk
        for i in range(tk.n - 2):
            if tk.lower(i) not in _BY or not tk.linked(i) or tk.gap(i) != " ":
                continue
            end = self._person_name(i + 1, max_tokens=3)
            if end is None or end - (i + 1) < 2:
                continue
            if end < tk.n and tk.linked(end - 1) and tk.cap(end):
                continue
            if self.free(i + 1, end) and not self._is_place_name(i + 1, end):
                self._add_person(i + 1, end)

    def _contact_block_persons(self) -> None:
        """A line holding only a name, near a phone or e-mail label."""
        text = self.text
        lines = list(re.finditer(r"[^\n]+", text))
        label = re.compile(
            r"^\s*(?:" + "|".join(re.escape(x) for x in lex.CONTACT_LABELS) + r")\b",
            re.IGNORECASE,
        )
        label_lines = [n for n, m in enumerate(lines) if label.match(m.group())]
        if not label_lines:
            return
        tk = self.tk
        for n, m in enumerate(lines):
            if not any(abs(n - k) <= 6 for k in label_lines):
                continue
            line = m.group().strip()
            if not 4 <= len(line) <= 50 or not re.fullmatch(r"[^\W\d_][\w'’. -]*", line):
                continue
            i = tk.index_at(m.start())
            j = tk.index_at(m.end())
            if j - i < 2 or j - i > 5 or not self.free(i, j):
                continue
            end = self._person_name(i, max_tokens=5)
            if end != j or self._is_place_name(i, j):
                continue
            if any(tk.lower(k) in lex.ORG_CONNECTORS - lex.NAME_PARTICLES for k in range(i, j)):
                continue
            self._add_person(i, j)

    def _is_place_name(self, i: int, j: int) -> bool:
        hit = self.place_key_at(i, max_tokens=j - i)
        return hit is not None and hit[0] == j

    # ---- city governments and region forms

    def find_city_forms(self) -> None:
        tk = self.tk
        triggers = [k for k in range(tk.n) if tk.lowers[k] in _SUFFIX_TRIGGERS]
        i = 0
        while i < tk.n:
            if self.used[i]:
                i += 1
                continue
            nxt = None
            lw = tk.lower(i)
            if lw in _PREFIX_TRIGGERS:
                nxt = self._city_prefix_form(i)
            if nxt is None and tk.caps[i]:
                t = bisect_left(triggers, i + 1)
                if t < len(triggers) and triggers[t] - i <= 7:
                    nxt = self._city_suffix_form(i)
            i = nxt if nxt else i + 1

    def _city_prefix_form(self, i: int) -> int | None:
        tk = self.tk
        w = tk.words[i]
        lw = w.casefold()
        if lw == "municipal" and i + 2 < tk.n:
            # "Municipal government of Chongqing", "Municipal People's Government of X"
            k = i + 1
            if tk.lower(k) in ("people", "peoples"):
                k += 1
            if tk.lower(k) == "government" and k + 1 < tk.n and tk.lower(k + 1) == "of":
                return self._prefixed(i, k + 2, org=True, kinds=("city",))
            return None
        if lw == "conseil" and i + 2 < tk.n:
            kind_word = tk.lower(i + 1)
            kinds = _COUNCIL_KINDS.get(kind_word)
            if kinds is None:
                return None
            return self._prefixed(i, i + 2, org=True, kinds=kinds, connectors=True)
        if lw in ("gemeenteraad", "stadsbestuur", "stadtrat", "gemeentebestuur"):
            return self._prefixed(
                i, i + 1, org=True, kinds=("city",), connectors=True, name_full=True
            )
        if lw in lex.GOVERNMENT_PREFIXES:
            return self._prefixed(i, i + 1, org=tk.cap(i), kinds=("city",))
        if lw in lex.PLACE_PREFIXES:
            return self._prefixed(i, i + 1, org=False, kinds=("city",), connectors=True)
        if lw in lex.CITY_PREFIXES:
            org = tk.cap(i) and not tk.all_caps(i)
            if lw in ("stad", "gemeente", "ville", "commune") or (
                i + 1 < tk.n and tk.lower(i + 1) in _OF
            ):
                return self._prefixed(i, i + 1, org=org, kinds=("city",), connectors=True)
            return None
        if lw in lex.REGION_WORDS and tk.cap(i + 1 if i + 1 < tk.n else i):
            return self._prefixed(i, i + 1, org=False, kinds=lex.REGION_WORDS[lw], connectors=True)
        if lw in lex.REGION_WORDS and i + 1 < tk.n and tk.lower(i + 1) in _OF:
            return self._prefixed(i, i + 1, org=False, kinds=lex.REGION_WORDS[lw], connectors=True)
        return None

    def _prefixed(
        self,
        i: int,
        k: int,
        *,
        org: bool,
        kinds: tuple[PlaceKind, ...],
        connectors: bool = True,
        name_full: bool = False,
    ) -> int | None:
        """A prefix (tokens i..k-1) then an optional connector and article, then a place name."""
        tk = self.tk
        if connectors:
            if k < tk.n and tk.lower(k) in _OF and tk.near(k - 1):
                k += 1
                if k < tk.n and tk.lower(k) in _DET and tk.near(k - 1):
                    k += 1
        if k >= tk.n or not tk.near(k - 1) or self.used[k]:
            return None
        hit = self.name_at(k)
        if hit is None:
            return None
        end, key = hit
        name_start, name_end = tk.starts[k], tk.ends[end - 1]
        if key is None and (tk.all_caps(k) or not self._plausible_unknown(k, end)):
            return None
        # "City of Jinhua City": the trailing "City" is filler too.
        if end < tk.n and tk.lower(end) == "city" and tk.linked(end - 1):
            end += 1
        start_tok = i
        if not org and tk.lower(i) == "city" and i > 0 and tk.lower(i - 1) == "the":
            start_tok = i  # the article stays outside the span
        name = self.text[name_start:name_end]
        span = RawSpan(
            tk.starts[start_tok],
            tk.ends[end - 1],
            "organisation" if org else "place",
            tk.span_text(start_tok, end) if name_full else name,
            org_kind="city_government" if org else None,
            key=key,
            place_start=name_start,
            place_end=name_end,
            place_name=name,
            kinds=kinds,
            cue=True,
            government=org,
        )
        self.claim(start_tok, end)
        self.spans.append(span)
        return end

    def _plausible_unknown(self, i: int, j: int) -> bool:
        """An unknown capitalised name after 'City of' may be a misspelt or unlisted place."""
        tk = self.tk
        if any(tk.lower(k) in lex.COMMON_WORDS for k in range(i, j)):
            return False
        return all(len(tk.words[k]) >= 3 for k in range(i, j))

    def _city_suffix_form(self, i: int) -> int | None:
        """'Ghent City Council', 'eThekwini Municipality', 'Jinhua City', 'Jiangsu Province'."""
        tk = self.tk
        if not tk.cap(i) or tk.lower(i) in lex.COMMON_WORDS:
            return None
        hit = self.name_at(i)
        if hit is None:
            return None
        end, key = hit
        if end >= tk.n or not tk.linked(end - 1) or self.used[end]:
            return None
        follow = " ".join(tk.lower(k) for k in range(end, min(end + 3, tk.n)))
        for suffix in lex.CITY_SUFFIXES:
            if not (follow == suffix or follow.startswith(suffix + " ")):
                continue
            n_words = suffix.count(" ") + 1
            if not all(tk.linked(k) for k in range(end - 1, end + n_words - 1)):
                continue
            if not all(tk.cap(k) for k in range(end, end + n_words)):
                continue
            if key is None and not self._plausible_unknown(i, end):
                return None
            stop = end + n_words
            name = tk.span_text(i, end)
            if suffix == "city hall":
                self._add_place(i, end, key, cue=True)
                self.claim(end, stop)
                return stop
            council = "council" in suffix
            self.claim(i, stop)
            self.spans.append(
                RawSpan(
                    tk.starts[i],
                    tk.ends[stop - 1],
                    "organisation",
                    tk.span_text(i, stop) if council else name,
                    org_kind="city_government",
                    key=key,
                    place_start=tk.starts[i],
                    place_end=tk.ends[end - 1],
                    place_name=name,
                    kinds=("admin2", "city") if "county" in suffix else ("city", "admin2"),
                    cue=True,
                    government=True,
                )
            )
            return stop
        lw = tk.lower(end)
        if lw == "city" and key is not None and tk.cap(end):
            # "Jinhua City" (not a gazetteer name itself): the place Jinhua.
            self._add_place(i, end + 1, key, cue=True, name_end=end)
            return end + 1
        if lw in lex.REGION_WORDS and (key is not None or self._plausible_unknown(i, end)):
            if tk.lower(end) in ("state", "staat", "région", "region", "regio") and key is None:
                return None
            # "Jiangsu Province" -> Jiangsu; a county keeps its word ("Taipei County").
            keep = lw == "county"
            span = self._add_place(
                i,
                end + 1,
                key,
                cue=True,
                name_end=end + 1 if keep else end,
                kinds=lex.REGION_WORDS[lw],
            )
            if keep:
                span.place_name = tk.span_text(i, end)
            return end + 1
        return None

    def _add_place(
        self,
        i: int,
        j: int,
        key: str | None,
        *,
        cue: bool,
        name_end: int | None = None,
        kinds: tuple[PlaceKind, ...] = (),
    ) -> RawSpan:
        tk = self.tk
        ne = name_end if name_end is not None else j
        name = tk.span_text(i, ne)
        span = RawSpan(
            tk.starts[i],
            tk.ends[j - 1],
            "place",
            name,
            key=key,
            place_start=tk.starts[i],
            place_end=tk.ends[ne - 1],
            place_name=name,
            kinds=kinds,
            cue=cue,
        )
        self.claim(i, j)
        self.spans.append(span)
        return span

    # ---- organisations

    def find_organisations(self) -> None:
        tk = self.tk
        compounds = self.lang == "de"
        heads = [
            i
            for i, w in enumerate(tk.lowers)
            if w in lex.ORG_HEADS
            or tk.words[i] in lex.COMPANY_SUFFIXES
            or ((compounds or len(w) > 12) and w.endswith(_COMPOUND_SUFFIXES))
        ]
        done = -1
        for i in heads:
            if i <= done or self.used[i]:
                continue
            kind = self.head_kind(i)
            if kind is None:
                continue
            nxt = self._organisation_at(i, kind)
            if nxt:
                done = nxt - 1
        self._acronym_mentions()

    def _head_end(self, i: int, kind: OrgKind) -> tuple[int, OrgKind] | None:
        """Extend a multi-word head ('Chamber of Commerce and Industry'); None if not a head."""
        tk = self.tk
        lw = tk.lower(i)
        j = i + 1
        if lw in ("chamber", "kamer", "chambre"):
            follow = [tk.lower(k) for k in range(j, min(j + 5, tk.n))]
            if follow[:2] in (["of", "commerce"], ["van", "koophandel"], ["de", "commerce"]):
                j += 2
                rest = [tk.lower(k) for k in range(j, min(j + 3, tk.n))]
                if rest[:2] in (["and", "industry"], ["en", "industrie"]):
                    j += 2
                elif rest[:3] in (["et", "d'", "industrie"], ["et", "d’", "industrie"]):
                    j += 3
                return j, "chamber_of_commerce"
            if follow[:2] == ["of", "industry"]:
                return j + 2, "chamber_of_commerce"
            return None
        return j, kind

    def _organisation_at(self, i: int, kind0: OrgKind) -> int | None:
        tk = self.tk
        head = self._head_end(i, kind0)
        if head is None:
            return None
        head_end, kind = head
        if not all(tk.linked(k) or tk.gap(k) == " " for k in range(i, head_end - 1)):
            return None
        left = self._left_modifiers(i, kind)
        right = self._right_complement(head_end, kind, i)
        start = left if left is not None else i
        end = right if right is not None else head_end
        if start == i and end == head_end:
            return None
        if kind == "company" and start == i:
            return None
        if kind == "company":
            # "Henkel AG & Co. KGaA", "Acme Co., Ltd."
            while (
                end < tk.n
                and tk.words[end] in lex.COMPANY_SUFFIXES
                and not self.used[end]
                and _SUFFIX_GAP.match(tk.gap(end - 1))
                and "\n" not in tk.gap(end - 1)
            ):
                end += 1
        if self._is_place_name(start, end):
            return None
        lw = tk.lower(i)
        mods = {tk.lower(k) for k in range(start, i)}
        if lw in ("council", "raad", "conseil"):
            if mods & {"city", "town", "municipal", "borough", "stad", "gemeente"}:
                kind = "city_government"
            elif mods & {"legislative", "state", "provincial", "federal", "national"}:
                kind = "government_service"
        if lw in ("authority", "autoriteit") and "port" in mods:
            kind = "port"
        if lw == "government" and mods & {"city", "municipal"}:
            kind = "city_government"
        place = None if kind == "company" else self._inner_place(start, end, i, head_end)
        text = tk.span_text(start, end)
        alias = None
        m = _ACRONYM.match(self.text, tk.ends[end - 1], tk.ends[end - 1] + 20)
        if m and sum(c.isupper() for c in m.group(1)) >= 2:
            alias = m.group(1)
        self.claim(start, end)
        self.spans.append(
            RawSpan(
                tk.starts[start],
                tk.ends[end - 1],
                "organisation",
                text,
                org_kind=kind,
                key=place[2] if place else None,
                place_start=place[0] if place else None,
                place_end=place[1] if place else None,
                place_name=self.text[place[0] : place[1]] if place else None,
                alias=alias,
                kinds=("city", "admin2") if kind == "city_government" else (),
                cue=kind == "city_government",
                government=kind == "city_government" and place is not None,
            )
        )
        return end

    def _left_modifiers(self, i: int, kind: OrgKind) -> int | None:
        tk = self.tk
        k = i
        count = 0
        while k > 0 and count < 6:
            prev = k - 1
            if self.used[prev] or not tk.linked(prev):
                break
            lw = tk.lower(prev)
            if lw in lex.COMPANY_NOUNS:
                break
            if tk.cap(prev):
                if self.is_title(prev) or lw in lex.DETERMINERS:
                    break
                if self.head_kind(prev) is not None and tk.words[prev] not in lex.COMPANY_SUFFIXES:
                    if lw not in ("city", "sister"):
                        break
                if tk.words[prev] in lex.COMPANY_SUFFIXES and kind == "company":
                    break
                if self.lang == "de" and not (
                    tk.all_caps(prev)
                    or self.gaz.has_key(tk.fold(prev))
                    or tk.gap(prev).strip() == "-"
                    or (kind == "company" and count < 2)
                ):
                    break
                if self.sentence_initial(prev) and lw in lex.COMMON_WORDS:
                    break
                k = prev
                count += 1
            elif (
                lw in ("and", "en", "und", "et")
                and kind == "government_service"
                and prev > 0
                and tk.cap(prev - 1)
                and tk.linked(prev - 1)
                and self.head_kind(prev - 1) is None
                and not self.used[prev - 1]
            ):
                k = prev
            elif (
                prev > 0
                and tk.gap(prev - 1) == "-"
                and tk.cap(prev - 1)
                and lw.isalpha()
                and len(lw) <= 5
                and lw not in _HYPHEN_STOP
            ):
                k = prev  # "Sun Yat-sen University", not "Ghent-based"
            else:
                break
        while k < i and not tk.cap(k):
            k += 1
        return k if k < i else None

    def _right_complement(self, j: int, kind: OrgKind, head: int) -> int | None:
        tk = self.tk
        if j >= tk.n or not tk.linked(j - 1) or self.used[j]:
            return None
        head_initial = tk.lower(head) in lex.HEAD_INITIAL or kind == "city_government"
        if not head_initial:
            return None
        k = j
        if tk.lower(k) in _OF:
            k += 1
            if k < tk.n and tk.lower(k) in _DET and tk.linked(k - 1):
                k += 1
        elif not (self.lang in ("nl", "de", "fr") or self.place_key_at(k)):
            return None
        end = None
        limit = k + (10 if self.lang == "de" else 6)
        while k < tk.n and k < limit and tk.linked(k - 1) and not self.used[k]:
            lw = tk.lower(k)
            if tk.cap(k):
                if self.is_title(k) or self.head_kind(k) is not None:
                    break
                if self.lang == "de" and end is not None and not tk.linked(k - 1):
                    break
                k += 1
                end = k
            elif lw in _COMPLEMENT_CONNECTORS and k + 1 < tk.n:
                k += 1
            else:
                break
        if end is None:
            return None
        if self.lang == "de" and tk.lower(j) not in _OF:
            # "Fachhochschule Stralsund": only a place name follows directly.
            hit = self.place_key_at(j)
            return hit[0] if hit else (j + 1 if end == j + 1 else None)
        return end

    def _inner_place(self, start: int, end: int, hs: int, he: int) -> tuple[int, int, str] | None:
        """The first gazetteer place named inside an organisation's name (outside its head)."""
        tk = self.tk
        priority = {"city": 3, "admin1": 2, "admin2": 1, "country": 0}
        best: tuple[int, float, int, int, str] | None = None
        k = start
        while k < end:
            if hs <= k < he:
                k = he
                continue
            hit = self.place_key_at(k, max_tokens=min(6, end - k))
            if hit and hit[0] <= end and not (hit[0] - k == 1 and tk.lower(k) in lex.COMMON_WORDS):
                top = self.gaz.entries_for_key(hit[1])[0][0]
                rank = priority.get(self.gaz.kind_of(top), 0)
                if self.lang == "de" and k > 0 and tk.words[k - 1].islower() and hit[0] - k == 1:
                    rank = -1  # "des Landes": a German noun after an article
                cand = (rank, self.gaz.weight(top), tk.starts[k], tk.ends[hit[0] - 1], hit[1])
                if best is None or cand[:2] > best[:2]:
                    best = cand
                k = hit[0]
                continue
            k += 1
        return None if best is None else (best[2], best[3], best[4])

    def _acronym_mentions(self) -> None:
        """Later bare uses of an acronym given in parentheses name the same organisation."""
        aliases = {s.alias: s for s in self.spans if s.alias}
        if not aliases:
            return
        tk = self.tk
        for i in range(tk.n):
            if self.used[i]:
                continue
            org = aliases.get(tk.words[i])
            if org is None:
                continue
            before = self.text[max(0, tk.starts[i] - 1) : tk.starts[i]]
            if before == "(":
                self.claim(i, i + 1)
                continue
            self.claim(i, i + 1)
            self.spans.append(
                RawSpan(
                    tk.starts[i],
                    tk.ends[i],
                    "organisation",
                    org.name,
                    org_kind=org.org_kind,
                    key=org.key,
                    place_name=org.place_name,
                )
            )

    # ---- bare places

    def find_places(self) -> None:
        tk = self.tk
        lower_words = self.lowercase_words()
        i = 0
        while i < tk.n:
            if self.used[i] or not tk.cap(i):
                i += 1
                continue
            hit = self.place_key_at(i)
            if hit is None:
                i += 1
                continue
            end, key = hit
            if not self.free(i, end):
                i += 1
                continue
            n_tok = end - i
            lw = tk.lower(i)
            if n_tok == 1 and not _is_han(tk.words[i][0]):
                if lw in lex.COMMON_WORDS or lw in lex.TITLES or len(lw) < 3:
                    i += 1
                    continue
                if tk.all_caps(i) and not self._is_country_key(key):
                    i += 1
                    continue
            cue = self._place_cue(i, end)
            if not cue and self._person_like(i, end, key):
                i = end
                continue
            span = self._add_place(i, end, key, cue=cue)
            if n_tok == 1 and not cue:
                span.weak = lw in lower_words or self._inside_title_phrase(end)
                span.initial = self.sentence_initial(i)
            i = end

    def _inside_title_phrase(self, end: int) -> bool:
        """A name followed by a capitalised word ('Friendly Exchange', 'Pacific Ocean')."""
        tk = self.tk
        if self.lang == "de" or end >= tk.n or tk.gap(end - 1) != " " or not tk.cap(end):
            return False
        lw = tk.lower(end)
        if self.is_title(end) or self.head_kind(end) is not None or lw == "city":
            return False
        return lw not in lex.REGION_WORDS

    def _is_country_key(self, key: str) -> bool:
        return any(self.gaz.kind_of(e) == "country" for e, _ in self.gaz.entries_for_key(key))

    def _person_like(self, i: int, end: int, key: str) -> bool:
        """A place-like word inside a run of capitalised words that is not a place ('Wes Fang')."""
        tk = self.tk
        if any(
            self.gaz.weight(e) >= 100_000 and not alt for e, alt in self.gaz.entries_for_key(key)
        ):
            return False
        if i > 0 and tk.gap(i - 1) == " " and tk.cap(i - 1) and not self.used[i - 1]:
            prev = i - 1
            lw = tk.lower(prev)
            if lw in lex.DETERMINERS or lw in lex.ALL_PREPOSITIONS or lw in lex.COMMON_WORDS:
                return False
            if self.place_key_at(prev, max_tokens=1) is not None:
                return False
            if self.lang == "de" and prev > 0 and tk.words[prev - 1].islower():
                return False
            return not tk.all_caps(prev)
        return False

    def _place_cue(self, i: int, end: int) -> bool:
        tk = self.tk
        if i > 0 and "\n" not in tk.gap(i - 1):
            prev = tk.lower(i - 1)
            if prev in lex.PLACE_PREPOSITIONS.get(self.lang, lex.PLACE_PREPOSITIONS["en"]):
                return True
        after = self.text[tk.ends[end - 1] : tk.ends[end - 1] + 40]
        return bool(_CUE_AFTER.match(after))
