"""Train the ranking model from a twinning network's edges alone.

Some edges are held out of the given network by the hash rule of `make_split` (with salts
other than the evaluation split's), the features are computed on what remains, and each held
edge becomes two queries: its true partner against places that are not partners. The
additive part learns from sampled places of every kind; the trees then learn to re-rank the
places the additive part puts first, as they do when suggesting.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from cityties.matching.boost import RERANK, BoostedModel, fit_base, fit_trees
from cityties.matching.features import FEATURES, FeatureSpace, Universe
from cityties.matching.network import TwinNetwork, make_split

__all__ = ["FOLD_SALTS", "rerank_samples", "train_model", "training_samples"]

F64 = npt.NDArray[np.float64]
FOLD_SALTS: tuple[str, ...] = ("cityties-fold-1:", "cityties-fold-2:")


@dataclass(frozen=True, slots=True)
class _Query:
    space: FeatureSpace
    source: int
    partner: int


def _queries(net: TwinNetwork, salts: Sequence[str]) -> Iterator[_Query]:
    index = net.index()
    for salt in salts:
        _, held = make_split(net.qid_edges(), salt=salt)
        fold = net.without(held)
        space = FeatureSpace(Universe.from_network(fold), fold.edges)
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
    for q in _queries(net, salts):
        banned = _banned(q)
        feats = q.space.features(q.space.source_of(q.source))
        # Two strata: places within three steps of the source, and the rest; each
        # sampled row stands for (stratum size / rows drawn) candidates.
        near = feats["walk3"] > 0
        rows = [np.array([q.partner])]
        lw = [np.zeros(1)]
        m = negatives // 2
        for pool in (np.flatnonzero(~banned & near), np.flatnonzero(~banned & ~near)):
            if len(pool):
                rows.append(rng.choice(pool, size=m, replace=len(pool) < m))
                lw.append(np.full(m, np.log(len(pool) / m)))
            else:  # an empty stratum: placeholder rows that weigh nothing
                rows.append(np.full(m, q.partner))
                lw.append(np.full(m, -np.inf))
        r = np.concatenate(rows)
        out.append(np.stack([feats[f][r] for f in features], axis=1))
        logw.append(np.concatenate(lw))
    return np.stack(out), np.stack(logw)


def rerank_samples(
    net: TwinNetwork,
    model: BoostedModel,
    *,
    salts: Sequence[str] = FOLD_SALTS,
    top: int = RERANK,
) -> F64:
    """Samples (queries, 1 + top, features) of the places the model's additive part ranks
    first: row 0 the partner, then the `top` best other candidates. Queries whose partner is
    not among them are left out (re-ranking cannot reach it)."""
    out = []
    for q in _queries(net, salts):
        banned = _banned(q)
        feats = q.space.features(q.space.source_of(q.source))
        score, _ = model.additive(feats)
        mine = score[q.partner]
        score[banned] = -np.inf
        cand = int(np.count_nonzero(~banned))
        if top < cand and int(np.count_nonzero(score > mine)) >= top:
            continue
        best = np.argpartition(-score, top - 1)[:top] if top < cand else np.flatnonzero(~banned)
        r = np.concatenate([[q.partner], best])
        out.append(np.stack([feats[f][r] for f in model.features], axis=1))
    return np.stack(out)


def train_model(
    net: TwinNetwork,
    *,
    salts: Sequence[str] = FOLD_SALTS,
    negatives: int = 100,
    trees: int = 80,
    learning_rate: float = 0.25,
    rerank: int = 200,
    seed: int = 0,
    features: Sequence[str] = FEATURES,
) -> BoostedModel:
    """Fit the model on held-out folds of `net` (which must not contain test edges)."""
    samples, log_weights = training_samples(
        net, salts=salts, negatives=negatives, seed=seed, features=features
    )
    info = {
        "trained_on": net.source,
        "edges": len(net.edges),
        "trees": trees,
        "learning_rate": learning_rate,
        "folds": list(salts),
        "negatives": negatives,
        "rerank": rerank,
        "seed": seed,
        "queries": len(samples),
    }
    base = fit_base(samples, features, log_weights=log_weights, info=info)
    top = rerank_samples(net, base, salts=salts, top=rerank)
    return fit_trees(base, top, trees=trees, learning_rate=learning_rate)
