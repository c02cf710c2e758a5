"""Train the ranking model from a twinning network's edges alone.

Some edges are held out of the given network by the hash rule of `make_split` (with salts
other than the evaluation split's), the features are computed on what remains, and each held
edge becomes two queries: its true partner against sampled places that are not partners.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from cityties.matching.boost import BoostedModel, fit_boosted
from cityties.matching.features import FEATURES, FeatureSpace, Universe
from cityties.matching.network import TwinNetwork, make_split

__all__ = ["FOLD_SALTS", "train_model", "training_samples"]

FOLD_SALTS: tuple[str, ...] = ("cityties-fold-1:", "cityties-fold-2:")


def training_samples(
    net: TwinNetwork,
    *,
    salts: Sequence[str] = FOLD_SALTS,
    negatives: int = 100,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Feature samples (queries, 1 + negatives, len(FEATURES)) and their log weights.

    Row 0 of each query is the true partner; the weights are those `fit_additive` expects.
    """
    rng = np.random.default_rng(seed)
    index = net.index()
    out = []
    logw = []
    for salt in salts:
        _, held = make_split(net.qid_edges(), salt=salt)
        fold = net.without(held)
        space = FeatureSpace(Universe.from_network(fold), fold.edges)
        n = space.n
        for a, b in held:
            for u, v in ((index[a], index[b]), (index[b], index[a])):
                src = space.source_of(u)
                banned = np.zeros(n, dtype=bool)
                banned[u] = True
                banned[src.partners] = True
                banned[v] = True
                feats = space.features(src)
                # Two strata: places within three steps of the source, and the rest; each
                # sampled row stands for (stratum size / rows drawn) candidates.
                near = feats["walk3"] > 0
                rows = [np.array([v])]
                lw = [np.zeros(1)]
                m = negatives // 2
                for pool in (np.flatnonzero(~banned & near), np.flatnonzero(~banned & ~near)):
                    if len(pool):
                        rows.append(rng.choice(pool, size=m, replace=len(pool) < m))
                        lw.append(np.full(m, np.log(len(pool) / m)))
                    else:  # an empty stratum: placeholder rows that weigh nothing
                        rows.append(np.full(m, v))
                        lw.append(np.full(m, -np.inf))
                r = np.concatenate(rows)
                out.append(np.stack([feats[f][r] for f in FEATURES], axis=1))
                logw.append(np.concatenate(lw))
    return np.stack(out), np.stack(logw)


def train_model(
    net: TwinNetwork,
    *,
    salts: Sequence[str] = FOLD_SALTS,
    negatives: int = 100,
    trees: int = 80,
    learning_rate: float = 0.25,
    seed: int = 0,
) -> BoostedModel:
    """Fit the additive model on held-out folds of `net` (which must not contain test edges)."""
    samples, log_weights = training_samples(net, salts=salts, negatives=negatives, seed=seed)
    info = {
        "trained_on": net.source,
        "edges": len(net.edges),
        "trees": trees,
        "learning_rate": learning_rate,
        "folds": list(salts),
        "negatives": negatives,
        "seed": seed,
    }
    return fit_boosted(
        samples,
        FEATURES,
        log_weights=log_weights,
        trees=trees,
        learning_rate=learning_rate,
        info=info,
    )
