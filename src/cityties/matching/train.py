"""Train the ranking model from a twinning network's edges alone.

Some edges are held out of the given network by the hash rule of `make_split` (with salts
other than the evaluation split's), the features are computed on what remains, and each held
edge becomes two queries: its true partner against places that are not partners. The
additive part learns from sampled places of every kind; the trees then learn to re-rank the
places the additive part puts first, as they do when suggesting.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from cityties.matching.additive import small_bins
from cityties.matching.boost import (
    PREFILTER,
    BoostedModel,
    fit_bagged,
    fit_base,
    fit_first_trees,
    fit_second,
    fit_trees,
    second_rows,
    tree_sum,
    with_relative,
)
from cityties.matching.features import FEATURES, ExtraCity, FeatureSpace, space_for
from cityties.matching.network import TwinNetwork, make_split
from cityties.matching.ranker import fit_ranker, parse_spec
from cityties.matching.relative import GROUP_KEY, RELATIVE
from cityties.matching.second import PASSED, SECOND_TOP

__all__ = [
    "FOLD_SALTS",
    "GAZETTEER_MIN_POPULATION",
    "SecondRows",
    "cross_fit",
    "gazetteer_sample",
    "train_model",
    "training_samples",
]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
FOLD_SALTS: tuple[str, ...] = ("cityties-fold-1:", "cityties-fold-2:", "cityties-fold-3:")
# The gazetteer cities the desk and `cityties match` rank besides the network's places
# (commands.CITY_MIN_POPULATION): those that `train_model(gazetteer=N)` draws from.
GAZETTEER_MIN_POPULATION = 15000
_SCORE_CHUNK = 256  # queries whose kept rows are scored together when training
_QUERY_CHUNK = 128  # queries a training process handles at a time
T = TypeVar("T")
Draw = tuple[I64 | None, ...]  # a query's sampled positions in each of its strata


def gazetteer_sample(
    net: TwinNetwork,
    count: int,
    *,
    seed: int = 0,
    cities: Sequence[ExtraCity] | None = None,
) -> list[ExtraCity]:
    """`count` gazetteer cities that are not places of `net` (by geonameid), drawn with
    `seed` from `cities` (by default the GeoNames cities of at least
    GAZETTEER_MIN_POPULATION inhabitants), in their given order; all of them when there
    are fewer."""
    if cities is None:
        from cityties.matching.geonames import cities as geonames_cities

        cities = [
            (c.geonameid, c.name, c.country, c.latitude, c.longitude, c.population, c.admin1_code)
            for c in geonames_cities(min_population=GAZETTEER_MIN_POPULATION)
        ]
    have = {p.geonameid for p in net.places if p.geonameid is not None}
    pool = [c for c in cities if c[0] not in have]
    if count >= len(pool):
        return list(pool)
    rng = np.random.default_rng(seed + 7)
    chosen = np.sort(rng.choice(len(pool), size=count, replace=False))
    return [pool[int(i)] for i in chosen]


@dataclass(frozen=True, slots=True)
class SecondRows:
    """The second stage's training rows (see `boost.second_rows`): SECOND features
    (queries, top, features), log weights and the first stage's out-of-sample scores."""

    samples: F64
    log_weights: F64
    init: F64


@dataclass(frozen=True, slots=True)
class _Query:
    space: FeatureSpace
    source: int
    partner: int


def _queries(
    net: TwinNetwork,
    salts: Sequence[str],
    features: Sequence[str] = FEATURES,
    extra: Sequence[ExtraCity] = (),
) -> Iterator[_Query]:
    index = net.index()
    for salt in salts:
        _, held = make_split(net.qid_edges(), salt=salt)
        fold = net.without(held)
        space = space_for(fold, features, extra)
        for a, b in held:
            for u, v in ((index[a], index[b]), (index[b], index[a])):
                yield _Query(space, u, v)


def _banned(q: _Query) -> npt.NDArray[np.bool_]:
    banned = np.zeros(q.space.n, dtype=bool)
    banned[q.source] = True
    banned[q.space.neighbours(q.source)] = True
    banned[q.partner] = True
    return banned


def training_samples(
    net: TwinNetwork,
    *,
    salts: Sequence[str] = FOLD_SALTS,
    negatives: int = 100,
    seed: int = 0,
    features: Sequence[str] = FEATURES,
) -> tuple[F64, F64]:
    """Feature samples (queries, 1 + negatives, len(features)) and their log weights.

    Row 0 of each query is the true partner; the weights are those `fit_additive` expects.
    """
    rng = np.random.default_rng(seed)
    out = []
    logw = []
    for q in _queries(net, salts, features):
        feats = q.space.features(q.space.source_of(q.source))
        r, lw = _sample_rows(q, feats, _banned(q), negatives, rng)
        out.append(np.stack([feats[f][r] for f in features], axis=1))
        logw.append(lw)
    return np.stack(out), np.stack(logw)


def _sample_rows(
    q: _Query,
    feats: dict[str, F64],
    banned: npt.NDArray[np.bool_],
    negatives: int,
    rng: Any,
    draw: Draw | None = None,
    country: int = 0,
) -> tuple[I64, F64]:
    """The partner, then negatives drawn from two strata (within three steps, the rest), and
    the log of how many candidates each row stands for. `draw`: the positions in each
    stratum drawn beforehand (`_draws`), instead of drawing them from `rng` now. `country`:
    that many more rows from a third stratum, the places beyond three steps in the partner's
    country (hard negatives, each weighed by the stratum's size; the second stratum then
    leaves them out)."""
    near = feats["walk3"] > 0
    rows = [np.array([q.partner])]
    lw = [np.zeros(1)]
    m = negatives // 2
    strata = _pools(q, banned, near, country)
    for k, pool in enumerate(strata):
        size = m if k < 2 else country
        if len(pool):
            pick = None if draw is None else draw[k]
            if pick is None:
                pick = rng.choice(len(pool), size=size, replace=len(pool) < size)
            rows.append(pool[pick])
            lw.append(np.full(size, np.log(len(pool) / size)))
        else:  # an empty stratum: placeholder rows that weigh nothing
            rows.append(np.full(size, q.partner))
            lw.append(np.full(size, -np.inf))
    return np.concatenate(rows).astype(np.int64), np.concatenate(lw)


def _pools(
    q: _Query, banned: npt.NDArray[np.bool_], near: npt.NDArray[np.bool_], country: int
) -> list[I64]:
    """The candidates of each sampling stratum: within three steps of the source, the rest,
    and with `country` the rest split into those outside and inside the partner's country."""
    free = ~banned
    if not country:
        return [np.flatnonzero(free & near), np.flatnonzero(free & ~near)]
    c = int(q.space.cid[q.partner])
    inside = (q.space.cid == c) if c >= 0 else np.zeros(q.space.n, dtype=bool)
    return [
        np.flatnonzero(free & near),
        np.flatnonzero(free & ~near & ~inside),
        np.flatnonzero(free & ~near & inside),
    ]


def _strata(q: _Query, country: int = 0) -> tuple[int, ...]:
    """How many candidates of the query lie in each stratum of `_sample_rows` (within three
    steps of the source, beyond, and with `country` beyond in the partner's country),
    without computing all its features."""
    near = q.space.walk3(q.space.source_of(q.source)) > 0
    return tuple(len(p) for p in _pools(q, _banned(q), near, country))


def _draws(
    sizes: Sequence[tuple[int, ...]], negatives: int, rng: Any, country: int = 0
) -> list[Draw]:
    """Each query's sampled positions in its strata of the given sizes, drawn in the
    order `_sample_rows` draws them query by query (so the rows are the same), None for an
    empty stratum (which draws nothing)."""
    m = negatives // 2
    out: list[Draw] = []
    for strata in sizes:
        draw = []
        for k, size in enumerate(strata):
            want = m if k < 2 else country
            draw.append(rng.choice(size, size=want, replace=size < want) if size else None)
        out.append(tuple(draw))
    return out


# The job of the training's forked processes (set before they fork; see `_forked`).
_JOB: Callable[[int, int], list[Any]] | None = None


def _job_part(bounds: tuple[int, int]) -> list[Any]:
    """The results of `_JOB` for one chunk of items (run in a forked process)."""
    if _JOB is None:  # pragma: no cover - only when called outside _forked
        raise RuntimeError("no training job")
    return _JOB(*bounds)


def _forked(job: Callable[[int, int], list[T]], n: int, workers: int, chunk: int) -> list[T]:
    """job(lo, hi) over chunks of range(n), joined in order: by `workers` forked processes
    (each reads what it needs from its copy of the parent's memory; only the results are
    sent back), or here where processes cannot be forked or workers is 1."""
    bounds = [(lo, min(n, lo + chunk)) for lo in range(0, n, chunk)]
    if workers > 1 and len(bounds) > 1 and "fork" in multiprocessing.get_all_start_methods():
        global _JOB
        _JOB = job
        try:
            with multiprocessing.get_context("fork").Pool(min(workers, len(bounds))) as pool:
                parts: list[list[T]] = pool.map(_job_part, bounds, chunksize=1)
        finally:
            _JOB = None
    else:
        parts = [job(lo, hi) for lo, hi in bounds]
    return [x for part in parts for x in part]


def _hard_rows(
    q: _Query,
    feats: dict[str, F64],
    banned: npt.NDArray[np.bool_],
    score: F64,
    hard: int,
    negatives: int,
    rng: Any,
) -> tuple[I64, F64]:
    """The partner, the `hard` best-scored places that are neither banned nor the partner (each
    standing for itself: log weight 0), then `negatives` sampled from the rest as in
    `_sample_rows`. With too few candidates, placeholder rows that weigh nothing replace the
    hard ones."""
    cand = int(np.count_nonzero(~banned))
    if hard > 0 and cand > hard + negatives:
        masked = np.where(banned, -np.inf, score)
        hardest = np.argpartition(-masked, hard - 1)[:hard].astype(np.int64)
        also = banned.copy()
        also[hardest] = True
        r, lw = _sample_rows(q, feats, also, negatives, rng)
        rows = np.concatenate([r[:1], hardest, r[1:]])
        return rows, np.concatenate([lw[:1], np.zeros(hard), lw[1:]])
    r, lw = _sample_rows(q, feats, banned, negatives, rng)
    return np.concatenate([r, np.repeat(r[:1], hard)]), np.concatenate([lw, np.full(hard, -np.inf)])


def _first_scores(
    base: BoostedModel, kept: Sequence[npt.NDArray[np.float32]], workers: int = 1
) -> list[F64]:
    """The first-pass score of every kept row of each query, computed for `_SCORE_CHUNK`
    queries at a time (row by row the same as query by query, with far fewer calls), by
    `workers` processes."""

    def job(lo: int, hi: int) -> list[F64]:
        part = kept[lo:hi]
        x = np.concatenate(part).astype(np.float64)
        bins = [small_bins(base.thresholds[i], x[:, i]) for i in range(len(base.features))]
        score = np.zeros(len(x))
        for w, b in zip(base.base_weights, bins, strict=True):
            score += w[b]
        score += base.first_tree_score(bins)
        return np.split(score, np.cumsum([len(k) for k in part])[:-1])

    return _forked(job, len(kept), workers, _SCORE_CHUNK)


def train_model(
    net: TwinNetwork,
    *,
    salts: Sequence[str] = FOLD_SALTS,
    negatives: int = 50,
    trees: int = 80,
    learning_rate: float = 0.25,
    rerank: int = 200,
    seed: int = 0,
    features: Sequence[str] = FEATURES,
    warm_every: int = 8,
    subsample: float = 0.5,
    pool: int = 400,
    refit: bool = True,
    depth: int = 3,
    hard: int = 0,
    focus: float | None = None,
    relative: Sequence[str] = RELATIVE,
    first_trees: int = 0,
    prefilter: int = PREFILTER,
    first_select: bool = True,
    linked_tree_scale: float = 1.0,
    bags: int = 1,
    workers: int = 2,
    lambda_blend: float = 0.0,
    lambda_target: str = "top10",
    gazetteer: int = 0,
    gazetteer_cities: Sequence[ExtraCity] | None = None,
    country_negatives: int = 0,
    second_trees: int = 0,
    second_rate: float = 0.1,
    second_top: int = SECOND_TOP,
    second_folds: int = 2,
    keep: list[SecondRows] | None = None,
    ranker: str = "",
    tree_rows: list[tuple[BoostedModel, F64, F64]] | None = None,
) -> BoostedModel:
    """Fit the model on held-out folds of `net` (which must not contain test edges).

    The features of each query are computed once (plus once more for every `warm_every`-th
    query): a first additive part, fitted on those few queries, picks each query's `pool`
    best candidates, which are kept; the final additive part is fitted on the sampled rows
    of all queries, and the trees on its `rerank` best candidates among the kept ones.
    The final additive part sees each query's `hard` best non-partners by the first part's
    score as they are (each stands for itself) besides the sampled rows, which stand for the
    others: the candidates that compete for the top are always in its loss. `focus`: the
    trees weigh each query by its partner's current rank (see `fit_trees`). `relative`: the
    features of `relative.RELATIVE` the trees also read (each candidate's standing among the
    candidates they re-score), computed over each query's partner and its `rerank` best.
    `first_trees`: trees fitted on the final additive part's samples (places of every kind)
    that add to the additive score of its `prefilter` best candidates (the first pass); the
    `rerank` candidates are the first pass's best (0: the additive part alone).
    `first_select`: the first-pass trees only choose those candidates, which the final trees
    then score from the additive part (their relative features too); otherwise they start
    from the first pass's score. `linked_tree_scale`: the share of the final trees'
    correction that candidates sharing a partner with the source get when scored (see
    `BoostedModel.linked_tree_scale`; the trees are fitted as usual). `bags`: that many
    final tree sets, each grown with its own seed (its own query subsamples), whose
    corrections are averaged (see `boost.fit_bagged`; 1: one set); `workers`: how many
    processes fit them at a time, and share the per-query loop and the first-pass scores of
    the kept rows (the model is the same with any number). `lambda_blend`,
    `lambda_target`: the final trees' share of a ranking loss aimed at the top 10 ("top10")
    or at the reciprocal rank ("rr"), see `boost.fit_trees` (0: the softmax alone).
    `gazetteer`: that many gazetteer cities without partners (`gazetteer_sample` of
    `gazetteer_cities`) join each fold's candidates, as on the desk: they can be sampled
    non-partners and compete for the kept and re-scored rows, so the model learns what a
    city without a twinning record is worth (0: the network's places only).
    `country_negatives`: that many more sampled non-partners per query for the additive
    part, drawn among the places beyond three steps in the partner's own country (a stratum
    of its own, each row weighed by its size; 0: two strata only).
    `second_trees`: a second stage of that many trees (learning rate `second_rate`) that
    re-orders the final score's `second_top` best (0: none). It learns from out-of-sample
    final scores: the final trees are also fitted `second_folds` times, each time without
    one share of the queries (both directions of an edge in the same share), which it
    then scores (`cross_fit`); `keep`, if given, receives its training rows.
    `ranker`: the final trees fitted by LightGBM instead (a spec of `ranker.parse_spec`,
    such as "lightgbm:objective=softmax,rounds=300"; "": the numpy trees), on the same rows
    and from the same start (see `ranker.fit_ranker`); not with bags or a second stage.
    `tree_rows`, if given, receives the final trees' rows: the model before them (its
    relative features' bins included), the samples and their log weights.
    """
    ranker_options = parse_spec(ranker) if ranker else {}  # a bad spec fails before training
    if ranker and (bags > 1 or second_trees > 0):
        raise ValueError("a LightGBM ranker takes neither bags nor a second stage")
    extra = (
        gazetteer_sample(net, gazetteer, seed=seed, cities=gazetteer_cities) if gazetteer else []
    )
    queries = list(_queries(net, salts, features, extra))
    names = tuple(features)
    # The sampled rows are drawn beforehand (the strata's sizes need only a walk from each
    # source), in the order a query-by-query loop would draw them: the features of the
    # queries can then be computed by `workers` processes and give the same rows.
    sizes = _forked(
        lambda lo, hi: [_strata(q, country_negatives) for q in queries[lo:hi]],
        len(queries),
        workers,
        1024,
    )
    warm = list(range(0, len(queries), warm_every))
    warm_draws = _draws(
        [sizes[i] for i in warm], negatives, np.random.default_rng(seed + 1), country_negatives
    )
    # Hard rows depend on the first part's score: those queries are sampled one by one.
    rng = np.random.default_rng(seed)
    draws = _draws(sizes, negatives, rng, country_negatives) if hard == 0 else None

    def warm_rows(lo: int, hi: int) -> list[tuple[F64, F64]]:
        res = []
        for j in range(lo, hi):
            q = queries[warm[j]]
            feats = q.space.features(q.space.source_of(q.source))
            r, lw = _sample_rows(
                q, feats, _banned(q), negatives, None, warm_draws[j], country_negatives
            )
            res.append((np.stack([feats[f][r] for f in names], axis=1), lw))
        return res

    # A first additive part from a subset of the queries, to choose the rows worth keeping.
    warmed = _forked(warm_rows, len(warm), workers, _QUERY_CHUNK)
    warm_x = [x for x, _ in warmed]
    warm_w = [w for _, w in warmed]
    del warmed
    first = fit_base(np.stack(warm_x), names, log_weights=np.stack(warm_w), depth=depth)

    def query_rows(lo: int, hi: int) -> list[tuple[F64, F64, npt.NDArray[np.float32], I64]]:
        res = []
        for j in range(lo, hi):
            q = queries[j]
            banned = _banned(q)
            feats = q.space.features(q.space.source_of(q.source))
            score, _ = first.additive(feats)
            score[banned] = -np.inf
            cand = int(np.count_nonzero(~banned))
            if draws is None:
                r, lw = _hard_rows(q, feats, banned, score, hard, negatives, rng)
            else:
                r, lw = _sample_rows(q, feats, banned, negatives, None, draws[j], country_negatives)
            if pool < cand:
                best = np.argpartition(-score, pool - 1)[:pool]
            else:
                best = np.flatnonzero(~banned)
            rows = np.concatenate([[q.partner], best])
            res.append(
                (
                    np.stack([feats[f][r] for f in names], axis=1),
                    lw,
                    np.stack([feats[f][rows] for f in names], axis=1).astype(np.float32),
                    feats[GROUP_KEY][rows].astype(np.int64),
                )
            )
        return res

    done = _forked(query_rows, len(queries), workers if draws is not None else 1, _QUERY_CHUNK)
    out = [d[0] for d in done]
    logw = [d[1] for d in done]
    kept = [d[2] for d in done]
    kept_group = [d[3] for d in done]
    del done
    info = {
        "trained_on": net.source,
        "edges": len(net.edges),
        "trees": trees,
        "learning_rate": learning_rate,
        "folds": list(salts),
        "negatives": negatives,
        "hard_negatives": hard,
        "rerank": rerank,
        "subsample": subsample,
        "seed": seed,
        "queries": len(out),
        "relative": list(relative),
        "first_trees": first_trees,
        "prefilter": prefilter,
    }
    if gazetteer:
        info["gazetteer"] = len(extra)
    if country_negatives:
        info["country_negatives"] = country_negatives
    if linked_tree_scale != 1.0:
        info["linked_tree_scale"] = linked_tree_scale
    if lambda_blend:
        info.update({"lambda_blend": lambda_blend, "lambda_target": lambda_target})
    if refit:
        base = fit_base(np.stack(out), names, log_weights=np.stack(logw), info=info, depth=depth)
    else:
        base = fit_base(
            np.stack(warm_x), names, log_weights=np.stack(warm_w), info=info, depth=depth
        )
    if first_trees > 0:
        base = fit_first_trees(
            base,
            np.stack(out),
            log_weights=np.stack(logw),
            trees=first_trees,
            prefilter=prefilter,
            seed=seed,
            select_only=bool(first_select),
        )
    del out, logw
    # Row 0 the partner, then the first pass's `rerank` best of the kept rows;
    # queries whose partner is not among them are left out (re-ranking cannot reach it).
    top, top_group, top_pairs = [], [], []
    for j, (x, grp, score) in enumerate(
        zip(kept, kept_group, _first_scores(base, kept, workers), strict=True)
    ):
        x64 = x.astype(np.float64)
        mine = score[0]
        others = score[1:]
        k = min(rerank, len(others))
        if k == 0 or int(np.count_nonzero(others > mine)) >= k:
            continue
        best = 1 + np.argpartition(-others, k - 1)[:k]
        sel = np.concatenate([[0], best])
        top.append(x64[sel])
        top_group.append(grp[sel])
        top_pairs.append((queries[j].source, queries[j].partner))
    width = max(len(t) for t in top)
    # Pad queries with fewer candidates by repeating rows that weigh nothing.
    samples = np.stack([np.concatenate([t, np.repeat(t[:1], width - len(t), axis=0)]) for t in top])
    lw_top = np.stack(
        [np.concatenate([np.zeros(len(t)), np.full(width - len(t), -np.inf)]) for t in top]
    )
    if relative:
        groups = np.stack(
            [np.concatenate([g, np.repeat(g[:1], width - len(g))]) for g in top_group]
        )
        base, samples = with_relative(
            base, samples, groups, log_weights=lw_top, names=tuple(relative)
        )
    if tree_rows is not None:
        tree_rows.append((base, samples, lw_top))
    if ranker:
        return _with_ranker(base, samples, lw_top, ranker_options, seed)
    options: dict[str, Any] = {
        "log_weights": lw_top,
        "trees": trees,
        "learning_rate": learning_rate,
        "subsample": subsample,
        "focus": focus,
        "lambda_blend": lambda_blend,
        "lambda_target": lambda_target,
        "info": {"focus": focus},
    }
    if second_trees <= 0:
        return fit_bagged(base, samples, bags=bags, workers=workers, seed=seed, **options)
    n = len(net.places)
    keys = np.array([min(s, p) * n + max(s, p) for s, p in top_pairs], dtype=np.int64)
    _, inv = np.unique(keys, return_inverse=True)
    share = np.random.default_rng(seed + 99).integers(0, second_folds, size=int(inv.max()) + 1)
    model, oos = cross_fit(
        base, samples, share[inv.reshape(-1)], bags=bags, workers=workers, seed=seed, **options
    )
    before = _start_scores(base, samples)
    groups2 = np.stack([np.concatenate([g, np.repeat(g[:1], width - len(g))]) for g in top_group])
    passed = {f: samples[:, :, base.features.index(f)] for f in PASSED if f in base.features}
    x2, lw2, init2 = second_rows(oos, before, lw_top, groups2, passed, second_top)
    if keep is not None:
        keep.append(SecondRows(x2, lw2, init2))
    second = fit_second(
        x2,
        init2,
        log_weights=lw2,
        trees=second_trees,
        learning_rate=second_rate,
        depth=depth,
        seed=seed,
    )
    info = dict(model.info)
    info["second"] = {
        "trees": second_trees,
        "learning_rate": second_rate,
        "top": second_top,
        "folds": second_folds,
        "queries": len(x2),
    }
    return dataclasses.replace(model, info=info, second=second)


def _with_ranker(
    base: BoostedModel, samples: F64, lw: F64, options: dict[str, Any], seed: int
) -> BoostedModel:
    """The model with LightGBM final trees fitted on the rows of finite log weight of each
    query (the partner first), starting from the first pass's score."""
    start = _start_scores(base, samples)
    real = [np.flatnonzero(np.isfinite(w)) for w in lw]
    trees = fit_ranker(
        [samples[i, r] for i, r in enumerate(real)],
        [start[i, r] for i, r in enumerate(real)],
        seed=seed,
        **options,
    )
    info = dict(base.info)
    info.update({"ranker": dict(trees.info), "trees": 0})
    return dataclasses.replace(base, info=info, ranker=trees)


def _start_scores(base: BoostedModel, samples: F64) -> F64:
    """The score the final trees start from (see `boost.fit_trees`) for every row of
    samples (queries, rows, features)."""
    q, s, nf = samples.shape
    bins = [small_bins(base.thresholds[f], samples[:, :, f].ravel()) for f in range(nf)]
    score = np.zeros(q * s)
    for w, b in zip(base.base_weights, bins, strict=True):
        score += w[b]
    if not base.first_selects_only:
        score += base.first_tree_score(bins)
    return score.reshape(q, s)


def cross_fit(
    base: BoostedModel,
    samples: F64,
    share: I64,
    *,
    bags: int = 1,
    workers: int = 1,
    seed: int = 0,
    **options: Any,
) -> tuple[BoostedModel, F64]:
    """The final trees fitted on all queries (`fit_bagged`), and every query's scores
    (queries, rows) by trees fitted without its share (`share`: each query's, 0 to k - 1):
    out-of-sample scores, as the model gives them to places it was not trained on.

    The k fits and the full one are independent: `workers` processes run them at a time
    (with one bag; with more, the bags are fitted first, in processes of their own)."""
    k = int(share.max()) + 1 if len(share) else 0
    given = options.pop("log_weights", None)
    lw: F64 = np.zeros(samples.shape[:2]) if given is None else given
    model: BoostedModel | None = None
    if bags > 1:
        model = fit_bagged(
            base, samples, bags=bags, workers=workers, seed=seed, log_weights=lw, **options
        )
    fold_options = {key: v for key, v in options.items() if key != "info"}
    tasks = ([] if model is not None else [-1]) + list(range(k))

    def job(lo: int, hi: int) -> list[Any]:
        res: list[Any] = []
        for t in tasks[lo:hi]:
            if t < 0:
                res.append(fit_bagged(base, samples, bags=1, seed=seed, log_weights=lw, **options))
                continue
            fitted = np.flatnonzero(share != t)
            held = np.flatnonzero(share == t)
            m = fit_trees(
                base,
                samples[fitted],
                log_weights=lw[fitted],
                seed=seed + 500 + t,
                **fold_options,
            )
            res.append(_start_scores(base, samples[held]) + _tree_part(m, samples[held]))
        return res

    parts = _forked(job, len(tasks), workers, 1)
    if model is None:
        model = parts.pop(0)
    oos = np.zeros(lw.shape)
    for t, part in enumerate(parts):
        oos[share == t] = part
    return model, oos


def _tree_part(model: BoostedModel, samples: F64) -> F64:
    """The final trees' part of the score of every row of samples (queries, rows, features)."""
    q, s, nf = samples.shape
    bins = [small_bins(model.thresholds[f], samples[:, :, f].ravel()) for f in range(nf)]
    part = tree_sum(bins, model.split_feature, model.split_bin, model.node_value, model.depth)
    return part.reshape(q, s)
