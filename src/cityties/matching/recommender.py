"""Rank partner places and explain pairs: `Matcher.suggest` and `Matcher.fit`."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from cityties.matching.boost import BoostedModel
from cityties.matching.errors import Errors, MatchingError
from cityties.matching.features import ExtraCity, Source, name_root, space_for
from cityties.matching.network import TwinNetwork, admin1_of
from cityties.matching.themes import THEMES
from cityties.matching.types import Candidate, Fit, PlaceProfile, Reason
from cityties.text import fold

__all__ = [
    "ORGANISATION_WEIGHT",
    "SEEK_WEIGHT",
    "THEME_WEIGHT",
    "CityLike",
    "Matcher",
    "load_model",
]

F64 = npt.NDArray[np.float64]

# Hand-set weights of what the register knows (themes, organisations); the twinning network
# has no such data to learn them from. On the scale of the model score (log odds).
THEME_WEIGHT = 0.6
SEEK_WEIGHT = 0.4
ORGANISATION_WEIGHT = 1.0

_FEATURE_KIND: dict[str, str] = {
    "adamic_adar": "shared_partners",
    "common_partners": "shared_partners",
    "resource_allocation": "shared_partners",
    "jaccard": "shared_partners",
    "walk4": "network",
    "country_prior": "country_pair",
    "source_country_prior": "country_pair",
    "partner_country_similarity": "country_pair",
    "walk3": "network",
    "paths3": "network",
    "embedding": "network",
    "walk_embedding": "network",
    "country_affinity": "country_pair",
    "same_country": "country_pair",
    "partner_share_in_source_country": "partners_in_country",
    "partners_in_source_country": "partners_in_country",
    "source_share_in_candidate_country": "country_pair",
    "distance": "distance",
    "near_partner": "distance",
    "candidate_population": "size",
    "size_gap": "size",
    "candidate_degree": "activity",
    "region_pairs": "region_pairs",
    "region_country_pairs": "region_pairs",
    "admin2_pairs": "region_pairs",
    "partners_in_source_admin2": "region_pairs",
    "source_admin2_to_candidate_admin1": "region_pairs",
    "source_admin1_to_candidate_admin2": "region_pairs",
    "namesake_ties": "namesake",
    "namesake": "namesake",
    "name_looks_like_source_country": "country_pair",
    "score_gap_to_best": "standing",
    "rank_in_country": "standing",
    "score_gap_to_country_best": "standing",
    "country_candidates": "standing",
    "country_score_share": "standing",
    "rank_in_country_by_distance": "standing",
    "rank_in_country_by_near_partner": "standing",
    "rank_in_country_by_activity": "standing",
    "rank_in_country_by_size": "standing",
}


class CityLike(Protocol):
    """A gazetteer city that may be suggested although it has no partner yet."""

    @property
    def geonameid(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...
    @property
    def population(self) -> int | None: ...


def load_model(path: Path | None = None) -> BoostedModel:
    """The shipped ranking model (data/model.json), or the one at `path`."""
    try:
        if path is None:
            text = resources.files("cityties.matching").joinpath("data/model.json").read_text()
        else:
            text = path.read_text(encoding="utf-8")
        data: Mapping[str, Any] = json.loads(text)
    except (OSError, ValueError) as e:
        raise MatchingError("E208", Errors.E208.format(detail=e)) from e
    return BoostedModel.from_dict(data)


def _country_name(code: str | None) -> str:
    if not code:
        return "an unknown country"
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    name = getattr(c, "common_name", None) or getattr(c, "name", None) if c else None
    return str(name) if name else code


def _names(items: Sequence[str], limit: int = 4) -> str:
    shown = list(items[:limit])
    more = len(items) - len(shown)
    if more > 0:
        return ", ".join(shown) + f" and {more} more"
    if len(shown) > 1:
        return ", ".join(shown[:-1]) + " and " + shown[-1]
    return shown[0] if shown else ""


def _inhabitants(p: float | None) -> str:
    if p is None or math.isnan(p):
        return "size unknown"
    return f"{int(p):,} inhabitants"


class Matcher:
    """Partner suggestions over a twinning network, gazetteer cities and register profiles.

    network: places and edges the features are computed from.
    extra_cities: gazetteer cities that may be suggested although they have no partner.
    profiles: what the register knows about places (themes, organisations, attributes).
    """

    def __init__(
        self,
        network: TwinNetwork,
        *,
        model: BoostedModel | None = None,
        extra_cities: Iterable[CityLike] = (),
        profiles: Iterable[PlaceProfile] = (),
    ) -> None:
        extra: list[ExtraCity] = [
            (
                c.geonameid,
                c.name,
                c.country,
                c.latitude,
                c.longitude,
                c.population or 0,
                admin1_of(c),
            )
            for c in extra_cities
            if c.geonameid is not None and c.latitude is not None and c.longitude is not None
        ]
        self.network = network
        self.model = model if model is not None else load_model()
        self.space = space_for(network, self.model.features, extra)
        self.universe = self.space.universe
        u = self.universe
        self._by_key = {k: i for i, k in enumerate(u.keys)}
        self._by_gid: dict[int, int] = {}
        for i, g in enumerate(u.geonameid.tolist()):
            if g >= 0:
                self._by_gid.setdefault(int(g), i)
        self._by_name: dict[str, list[int]] = {}
        for i, label in enumerate(u.labels):
            self._by_name.setdefault(fold(label), []).append(i)
        for i, p in enumerate(network.places):
            if p.gazetteer_name and p.match == "unique" and fold(p.gazetteer_name) != fold(p.label):
                self._by_name.setdefault(fold(p.gazetteer_name), []).append(i)
        self._profiles: dict[int, PlaceProfile] = {}
        for prof in profiles:
            idx = self._find(prof)
            if idx is not None:
                self._profiles[idx] = prof

    def with_profiles(self, profiles: Iterable[PlaceProfile]) -> Matcher:
        """A Matcher sharing this one's network, features and model, with other profiles."""
        other = copy.copy(self)
        other._profiles = {}
        for prof in profiles:
            idx = self._find(prof)
            if idx is not None:
                other._profiles[idx] = prof
        return other

    def locate(self, profile: PlaceProfile) -> str | None:
        """The universe key (QID or "gn:<id>") a profile resolves to, or None."""
        idx = self._find(profile)
        return None if idx is None else self.universe.keys[idx]

    # ---------------------------------------------------------------- resolving places

    def _find(self, prof: PlaceProfile) -> int | None:
        if prof.qid and prof.qid in self._by_key:
            return self._by_key[prof.qid]
        if prof.geonameid is not None and prof.geonameid in self._by_gid:
            return self._by_gid[prof.geonameid]
        hits = self._by_name.get(fold(prof.name), [])
        if prof.country:
            hits = [i for i in hits if self.universe.country[i] in (prof.country, None)]
        return hits[0] if len(hits) == 1 else None

    def resolve(self, place: str | PlaceProfile) -> tuple[int, PlaceProfile]:
        """The universe position of a place (-1 when it is not in it) and its profile.

        A string is a QID, "gn:<geonameid>", or a name (case and accents ignored); a name
        that several places carry raises E202 listing them.
        """
        if isinstance(place, PlaceProfile):
            idx = self._find(place)
            return (idx if idx is not None else -1), place
        key = place.strip()
        if key in self._by_key:
            idx = self._by_key[key]
        else:
            hits = self._by_name.get(fold(key), [])
            if not hits:
                raise MatchingError("E201", Errors.E201.format(name=place))
            if len(hits) > 1:
                options = ", ".join(
                    f"{self.universe.keys[i]} ({self.universe.country[i] or '?'}, "
                    f"{int(self.space.deg[i])} partner{'' if self.space.deg[i] == 1 else 's'})"
                    for i in hits[:8]
                )
                raise MatchingError("E202", Errors.E202.format(name=place, options=options))
            idx = hits[0]
        prof = self._profiles.get(idx) or self._profile_of(idx)
        return idx, prof

    def _profile_of(self, idx: int) -> PlaceProfile:
        u = self.universe
        pop = float(u.population[idx])
        return PlaceProfile(
            name=u.labels[idx],
            country=u.country[idx],
            latitude=None if math.isnan(u.latitude[idx]) else float(u.latitude[idx]),
            longitude=None if math.isnan(u.longitude[idx]) else float(u.longitude[idx]),
            population=None if math.isnan(pop) else int(pop),
            qid=u.keys[idx] if idx < u.n_network else None,
        )

    def _source(self, idx: int, prof: PlaceProfile) -> Source:
        if idx >= 0:
            base = self.space.source_of(idx)
            return Source(
                index=idx,
                partners=base.partners,
                country=base.country or prof.country,
                latitude=base.latitude if base.latitude is not None else prof.latitude,
                longitude=base.longitude if base.longitude is not None else prof.longitude,
                # the profile's own figure (the register's, from a document) wins
                population=float(prof.population) if prof.population else base.population,
            )
        return Source(
            index=-1,
            partners=np.zeros(0, dtype=np.int64),
            country=prof.country,
            latitude=prof.latitude,
            longitude=prof.longitude,
            population=float(prof.population) if prof.population else None,
        )

    def name_of(self, idx: int) -> str:
        """The display name of a universe place."""
        return self.universe.labels[idx]

    # ---------------------------------------------------------------- scoring

    def _register_bonus(self, prof: PlaceProfile, rows: npt.NDArray[np.int64]) -> F64:
        bonus = np.zeros(len(rows))
        if not self._profiles:
            return bonus
        for j, r in enumerate(rows.tolist()):
            other = self._profiles.get(r)
            if other is not None:
                bonus[j] = sum(x.weight for x in _register_reasons(prof, other))
        return bonus

    def suggest(
        self,
        place: str | PlaceProfile,
        *,
        country: str | None = None,
        k: int = 20,
        min_population: int | None = None,
        max_population: int | None = None,
        themes: Sequence[str] = (),
    ) -> list[Candidate]:
        """The k best partner candidates for a place, each with its reasons.

        country: only candidates in this ISO 3166-1 alpha-2 country.
        min_population, max_population: a size band (candidates of unknown size are left out).
        themes: only candidates whose register profile has one of these themes.
        """
        if k < 1:
            raise MatchingError("E207", Errors.E207.format(value=k))
        if country is not None and not (len(country) == 2 and country.isalpha()):
            raise MatchingError("E206", Errors.E206.format(value=country))
        idx, prof = self.resolve(place)
        src = self._source(idx, prof)
        feats = self.space.features(src)
        u = self.universe
        mask = np.ones(u.size, dtype=bool)
        if idx >= 0:
            mask[idx] = False
        mask[src.partners] = False
        if country is not None:
            mask &= np.array([c == country.upper() for c in u.country])
        if min_population is not None:
            mask &= u.population >= min_population
        if max_population is not None:
            mask &= u.population <= max_population
        if themes:
            wanted = set(themes)
            keep = np.zeros(u.size, dtype=bool)
            for r, other in self._profiles.items():
                keep[r] = bool(wanted & {t.theme for t in other.themes})
            mask &= keep
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        score, seen = self.model.score_and_augment({n: v[rows] for n, v in feats.items()})
        score += self._register_bonus(prof, rows)
        top = min(k, rows.size)
        best = np.argpartition(-score, top - 1)[:top]
        best = best[np.lexsort((rows[best], -score[best]))]
        picked = rows[best]
        contrib = self.model.explain(seen, best)
        out = []
        for rank, (r, j, sc, c) in enumerate(
            zip(picked.tolist(), best.tolist(), score[best], contrib, strict=True), start=1
        ):
            standing = _standing(seen, rows, j)
            reasons = self._reasons(src, prof, r, feats, c, standing=standing)
            theirs = self._profiles.get(r)
            out.append(
                Candidate(
                    key=u.keys[r],
                    name=u.labels[r],
                    country=u.country[r],
                    population=None if math.isnan(u.population[r]) else int(u.population[r]),
                    score=round(float(sc), 4),
                    rank=rank,
                    reasons=reasons,
                    themes=tuple(t.theme for t in theirs.themes) if theirs else (),
                    candidates=int(rows.size),
                )
            )
        return out

    def fit(self, a: str | PlaceProfile, b: str | PlaceProfile) -> Fit:
        """Explain a pair: the common interests with evidence, what is missing, the score."""
        ia, pa = self.resolve(a)
        ib, pb = self.resolve(b)
        src = self._source(ia, pa)
        feats = self.space.features(src)
        u = self.universe
        existing = ib >= 0 and bool(np.isin(ib, src.partners))
        mask = np.ones(u.size, dtype=bool)
        if ia >= 0:
            mask[ia] = False
        mask[src.partners] = False
        notes: list[str] = []
        if ib < 0:
            # b is outside the universe: score it from its profile alone.
            return self._fit_outside(pa, pb, src)
        mask[ib] = True
        rows = np.flatnonzero(mask)
        score, seen = self.model.score_and_augment({n: v[rows] for n, v in feats.items()})
        score += self._register_bonus(pa, rows)
        pos = int(np.searchsorted(rows, ib))
        mine = float(score[pos])
        rank = 1 + int(np.count_nonzero(score > mine))
        contrib = self.model.explain(seen, np.array([pos]))[0]
        standing = _standing(seen, rows, pos)
        reasons = self._reasons(src, pa, ib, feats, contrib, all_reasons=True, standing=standing)
        if existing:
            notes.append(f"{pa.name} and {pb.name} are already partners in the twinning network.")
        common = tuple(r for r in reasons if r.weight > 0 and r.in_favour)
        missing = self._missing(src, pa, ib, feats, reasons)
        return Fit(
            a=pa.name,
            b=pb.name,
            score=round(mine, 4),
            rank=rank,
            candidates=int(rows.size),
            common=common,
            missing=missing,
            existing=existing,
            notes=tuple(notes),
        )

    def _fit_outside(self, pa: PlaceProfile, pb: PlaceProfile, src: Source) -> Fit:
        reasons = tuple(_register_reasons(pa, pb))
        missing = tuple(_register_missing(pa, pb))
        score = sum(r.weight for r in reasons)
        return Fit(
            a=pa.name,
            b=pb.name,
            score=round(score, 4),
            rank=0,
            candidates=0,
            common=tuple(r for r in reasons if r.weight > 0),
            missing=missing,
            notes=(f"{pb.name} is not in the twinning network or the gazetteer.",),
        )

    # ---------------------------------------------------------------- reasons

    def _reasons(
        self,
        src: Source,
        prof: PlaceProfile,
        r: int,
        feats: Mapping[str, F64],
        contrib: F64,
        *,
        all_reasons: bool = False,
        standing: tuple[int, int] | None = None,
    ) -> tuple[Reason, ...]:
        """Reasons in words, strongest first; each weighs what the model gave its features.

        standing: the candidate's place among the closely re-scored candidates of its country
        (1 = first) and how many there are, when the model looked at it closely."""
        u = self.universe
        sp = self.space
        names = self.model.features
        weight: dict[str, float] = {}
        for i, name in enumerate(names):
            kind = _FEATURE_KIND.get(name, "network")
            weight[kind] = weight.get(kind, 0.0) + float(contrib[i])
        here = prof.name
        there = u.labels[r]
        out: list[Reason] = []

        shared = np.intersect1d(src.partners, sp.neighbours(r))
        if shared.size:
            labels = [u.labels[i] for i in shared.tolist()]
            out.append(
                Reason(
                    "shared_partners",
                    f"{len(labels)} shared partner cit{'y' if len(labels) == 1 else 'ies'}: "
                    f"{_names(labels)}",
                    weight["shared_partners"],
                    tuple(labels),
                )
            )
        if feats["namesake_ties"][r] > 0 or feats["namesake"][r] > 0:
            root = name_root(there)
            twins = [u.labels[i] for i in src.partners.tolist() if name_root(u.labels[i]) == root]
            if twins:
                text = (
                    f"has the same name as your partner {twins[0]} (maybe one place, two entries)"
                )
            elif feats["namesake"][r] > 0:
                text = f"carries the same name as {here}"
            else:
                text = f"is already twinned with a namesake of {here}"
            out.append(Reason("namesake", text, weight["namesake"]))
        cu, cv = src.country, u.country[r]
        if cu and cv and cu in sp.country_index and cv in sp.country_index:
            n = int(sp.pair_count[sp.country_index[cu], sp.country_index[cv]])
            if cu == cv:
                text = f"cities within {_country_name(cu)} pair {'often' if n >= 20 else 'rarely'}"
            else:
                text = (
                    f"cities in {_country_name(cu)} and {_country_name(cv)} pair "
                    f"{'often' if n >= 20 else 'rarely' if n < 5 else 'now and then'}"
                )
            out.append(
                Reason(
                    "country_pair",
                    f"{text}: {n} pair{'s' if n != 1 else ''} in the network",
                    weight["country_pair"],
                )
            )
            ci = sp.country_index[cu]
            m = int(sp.partner_counts[r, ci])
            if m and cu != cv:
                out.append(
                    Reason(
                        "partners_in_country",
                        f"{there} already has {m} partner cit{'y' if m == 1 else 'ies'} "
                        f"in {_country_name(cu)}",
                        weight["partners_in_country"],
                    )
                )
        reg = feats["region_pairs"][r]
        if not math.isnan(reg) and reg > 0:
            m = int(round(math.expm1(reg)))
            out.append(
                Reason(
                    "region_pairs",
                    f"{m} twinning{'s' if m != 1 else ''} already link the area around {here} "
                    f"with the area around {there}",
                    weight["region_pairs"],
                )
            )
        if not shared.size and feats["walk3"][r] > 0:
            out.append(
                Reason(
                    "network",
                    "close in the twinning network: linked through partners of partners",
                    weight["network"],
                )
            )
        pa = src.population
        pb = float(u.population[r])
        if pa and not math.isnan(pb):
            ratio = max(pa, pb) / max(min(pa, pb), 1.0)
            sizes = f"{_inhabitants(pa)} and {_inhabitants(pb)}"
            if ratio <= 2.5:
                text = f"similar size: {sizes}"
            else:
                bigger = there if pb > pa else here
                text = f"{bigger} is {ratio:.0f} times as large: {sizes}"
            out.append(Reason("size", text, weight["size"]))
        dist = feats["distance"][r]
        if not math.isnan(dist):
            km = math.expm1(dist)
            out.append(Reason("distance", f"{km:,.0f} km apart", weight["distance"]))
        deg = int(sp.deg[r])
        if deg:
            out.append(
                Reason(
                    "activity",
                    f"{there} is active in twinning: {deg} partner cit{'y' if deg == 1 else 'ies'}",
                    weight["activity"],
                )
            )
        else:
            out.append(
                Reason("activity", f"{there} has no partner city on record", weight["activity"])
            )
        if standing is not None and cv:
            place, among = standing
            where = _country_name(cv)
            if among == 1:
                text = f"the only place in {where} on the model's short list"
            else:
                # (the first pass's order, which the final score refines: say so)
                text = (
                    f"first pass: number {place} of the {among} places in {where} "
                    "on the model's short list"
                )
            out.append(Reason("standing", text, weight.get("standing", 0.0)))
        other = self._profiles.get(r)
        if other is not None:
            out.extend(_register_reasons(prof, other))
        out.sort(key=lambda x: -x.weight)
        if not all_reasons:
            out = [x for x in out if x.weight > 0.05] or out[:1]
        return tuple(out)

    def _missing(
        self,
        src: Source,
        prof: PlaceProfile,
        r: int,
        feats: Mapping[str, F64],
        reasons: Sequence[Reason],
    ) -> tuple[str, ...]:
        out = []
        kinds = {x.kind for x in reasons}
        if "shared_partners" not in kinds:
            out.append("no shared partner cities")
        for x in reasons:
            if x.kind == "country_pair" and "rarely" in x.text:
                out.append(x.text)
            if x.kind == "size" and not x.in_favour:
                out.append("no similar size: " + x.text.split(": ", 1)[-1])
        other = self._profiles.get(r)
        if other is None:
            out.append(f"no themes or organisations on record for {self.universe.labels[r]}")
        else:
            out.extend(_register_missing(prof, other))
        return tuple(out)


def _standing(
    seen: Mapping[str, F64], rows: npt.NDArray[np.int64], j: int
) -> tuple[int, int] | None:
    """Row j's place (1 = first) among the re-scored candidates of its country by the model's
    first-pass score, and how many they are; None when the model's trees did not re-score it
    or its country is unknown."""
    rank = seen.get("rank_in_country")
    count = seen.get("country_candidates")
    if rank is None or count is None or math.isnan(rank[j]) or math.isnan(count[j]):
        return None
    return 1 + int(round(math.expm1(float(rank[j])))), int(round(math.exp(float(count[j]))))


def _register_reasons(a: PlaceProfile, b: PlaceProfile) -> list[Reason]:
    out: list[Reason] = []
    ta = {t.theme: t for t in a.themes}
    tb = {t.theme: t for t in b.themes}
    for key in THEMES:
        if key in ta and key in tb:
            ev = tuple(f"{p.name}: {t.quote}" for p, t in ((a, ta[key]), (b, tb[key])) if t.quote)
            text = f"both are {THEMES[key].phrase}"
            if ev:
                text += " (evidence: " + "; ".join(f"“{e}”" for e in ev) + ")"
            out.append(Reason("shared_theme", text, THEME_WEIGHT, ev))
    for x, y in ((a, b), (b, a)):
        for key in x.seeks:
            if key in THEMES and key in {t.theme for t in y.themes}:
                t = next(t for t in y.themes if t.theme == key)
                ev = (f"{y.name}: {t.quote}",) if t.quote else ()
                text = f"{y.name} is strong in {THEMES[key].label}, which {x.name} seeks"
                out.append(Reason("complementary", text, SEEK_WEIGHT, ev))
    oa = {fold(o.name): o for o in a.organisations}
    for o in b.organisations:
        mine = oa.get(fold(o.name))
        if mine is None:
            continue
        where = []
        for p, org in ((a, mine), (b, o)):
            where.append(f"{'based in' if org.presence == 'based' else 'a branch in'} {p.name}")
        out.append(
            Reason(
                "organisation",
                f"{o.name} is present in both ({', '.join(where)})",
                ORGANISATION_WEIGHT,
                (o.name,),
            )
        )
    return out


def _register_missing(a: PlaceProfile, b: PlaceProfile) -> list[str]:
    out = []
    if not a.themes or not b.themes:
        who = a.name if not a.themes else b.name
        out.append(f"no themes on record for {who}")
    elif not {t.theme for t in a.themes} & {t.theme for t in b.themes}:
        out.append("no shared themes in the records")
    seeks = [k for k in a.seeks if k in THEMES and k not in {t.theme for t in b.themes}]
    if seeks:
        out.append(
            f"{b.name} shows none of what {a.name} seeks: "
            + ", ".join(THEMES[k].label for k in seeks)
        )
    if not {fold(o.name) for o in a.organisations} & {fold(o.name) for o in b.organisations}:
        out.append("no organisation on record in both places")
    return out
