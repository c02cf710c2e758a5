"""Where a candidate stands among the other candidates of the same query.

The pair features are absolute: a candidate's walk score, its distance, its size. For "which
town of country C" the relative standing may say more: the best-scored town of C among the
candidates the trees re-score, the closest of them, the most active. These features are
computed over a set of rows (the candidates the trees see), each row against the rows of
the same country; a row of unknown country (-1) gets NaN ("unknown") for the per-country ones.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

__all__ = ["GROUP_KEY", "RELATIVE", "ahead_in_group", "country_view", "relative_features"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

# The key of the candidates' country index (-1 unknown) in a feature mapping; not a model
# feature, only the grouping of the relative ones.
GROUP_KEY = "country_index"

# (name, pair feature, True when a larger value stands higher)
_RANKED: tuple[tuple[str, str, bool], ...] = (
    ("rank_in_country_by_distance", "distance", False),
    ("rank_in_country_by_near_partner", "near_partner", False),
    ("rank_in_country_by_activity", "candidate_degree", True),
    ("rank_in_country_by_size", "candidate_population", True),
)

RELATIVE: tuple[str, ...] = (
    "score_gap_to_best",
    "rank_in_country",
    "score_gap_to_country_best",
    "country_candidates",
    "country_score_share",
    *(name for name, _, _ in _RANKED),
)


def ahead_in_group(values: F64, group: I64, *, larger: bool = True) -> F64:
    """Per row: how many rows of the same group stand strictly higher (larger values when
    `larger`, else smaller). NaN where the row's group is unknown (< 0) or its value is NaN;
    such rows are not counted for the others either. Ties stand level."""
    v = np.asarray(values, dtype=np.float64)
    out = np.full(len(v), np.nan)
    ok = (group >= 0) & ~np.isnan(v)
    idx = np.flatnonzero(ok)
    if idx.size == 0:
        return out
    g = group[idx]
    x = v[idx] if larger else -v[idx]
    order = np.lexsort((x, g))
    gs, xs = g[order], x[order]
    m = idx.size
    new_group = np.concatenate([[True], gs[1:] != gs[:-1]])
    new_run = new_group | np.concatenate([[True], xs[1:] != xs[:-1]])
    group_end = np.append(np.flatnonzero(new_group)[1:], m)
    run_end = np.append(np.flatnonzero(new_run)[1:], m)
    ahead = group_end[np.cumsum(new_group) - 1] - run_end[np.cumsum(new_run) - 1]
    res = np.empty(m)
    res[order] = ahead
    out[idx] = res
    return out


def country_view(score: F64, group: I64) -> tuple[F64, F64, F64]:
    """Where each row stands in its country (group; -1 unknown gives NaN): its score's gap to
    the country's best, the log of the country's row count, and the log of the country's share
    of the rows' softmax mass. Needs at least one row."""
    known = group >= 0
    _, inv = np.unique(np.where(known, group, -1), return_inverse=True)
    inv = inv.reshape(-1)
    k = int(inv.max()) + 1
    best_group = np.full(k, -np.inf)
    np.maximum.at(best_group, inv, score)
    z = np.exp(score - float(score.max()))
    mass = np.bincount(inv, weights=z, minlength=k)
    count = np.bincount(inv, minlength=k).astype(np.float64)
    nan = np.full(len(score), np.nan)
    return (
        np.where(known, score - best_group[inv], nan),
        np.where(known, np.log(count[inv]), nan),
        np.where(known, np.log(np.maximum(mass[inv], 1e-300) / z.sum()), nan),
    )


def relative_features(score: F64, group: I64, feats: Mapping[str, F64]) -> dict[str, F64]:
    """The RELATIVE features of a set of candidates of one query.

    score: the first-pass score of each row; group: each row's country (-1 unknown);
    feats: the rows' pair features (those named in `_RANKED` are read; a missing one gives
    NaN). Ranks are log1p(rows ahead); score gaps are to the best row (of the same country).
    """
    m = len(score)
    if m == 0:
        return {name: np.zeros(0) for name in RELATIVE}
    gap_country, count, share = country_view(score, group)
    nan = np.full(m, np.nan)
    out: dict[str, F64] = {
        "score_gap_to_best": score - float(score.max()),
        "rank_in_country": np.log1p(ahead_in_group(score, group)),
        "score_gap_to_country_best": gap_country,
        "country_candidates": count,
        "country_score_share": share,
    }
    for name, base, larger in _RANKED:
        vals = feats.get(base)
        if vals is None:
            out[name] = nan.copy()
        else:
            out[name] = np.log1p(ahead_in_group(vals, group, larger=larger))
    return out
