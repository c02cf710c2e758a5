"""What a second-stage reranker reads: where each of the final score's best candidates stands.

The first stage (the additive part and the final trees) scores every candidate; the second
stage re-orders its `top` best only. Its features are measured after the trees, over that
short list: each candidate's rank and score gap overall and in its country, its country's
count and share of the softmax mass on the list, how far the trees moved it, and a few pair
features to read these against (a shared partner, activity, distance). The relative
features (`relative.py`) say the same before the trees, over the 200 candidates they
re-score.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from cityties.matching.relative import ahead_in_group, country_view

__all__ = ["PASSED", "SECOND", "SECOND_TOP", "second_features"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

SECOND_TOP = 50  # candidates the second stage re-orders
_CUT = 10  # the rank whose score `second_gap_to_cut` measures against

# Pair features passed on as they are (the name in the first stage's features).
PASSED: tuple[str, ...] = ("common_partners", "candidate_degree", "distance")

SECOND: tuple[str, ...] = (
    "second_rank",
    "second_gap_to_best",
    "second_gap_to_cut",
    "second_rank_in_country",
    "second_gap_to_country_best",
    "second_country_count",
    "second_country_share",
    "second_tree_shift",
    "second_tree_shift_rank",
    *(f"second_{name}" for name in PASSED),
)


def second_features(
    score: F64, before: F64, group: I64, feats: Mapping[str, F64]
) -> dict[str, F64]:
    """The SECOND features of one query's short list.

    score: each row's final first-stage score; before: its score before the final trees;
    group: its country (-1 unknown); feats: its pair features (a missing one gives NaN).
    Ranks are log1p(rows ahead); gaps are to the best row (of the same country) and to the
    row at rank `_CUT`.
    """
    m = len(score)
    if m == 0:
        return {name: np.zeros(0) for name in SECOND}
    everyone = np.zeros(m, dtype=np.int64)
    best = float(score.max())
    cut = float(np.sort(score)[::-1][min(_CUT, m) - 1])
    gap_country, count, share = country_view(score, group)
    nan = np.full(m, np.nan)
    shift = score - before
    out: dict[str, F64] = {
        "second_rank": np.log1p(ahead_in_group(score, everyone)),
        "second_gap_to_best": score - best,
        "second_gap_to_cut": score - cut,
        "second_rank_in_country": np.log1p(ahead_in_group(score, group)),
        "second_gap_to_country_best": gap_country,
        "second_country_count": count,
        "second_country_share": share,
        "second_tree_shift": shift,
        "second_tree_shift_rank": np.log1p(ahead_in_group(shift, everyone)),
    }
    for name in PASSED:
        vals = feats.get(name)
        out[f"second_{name}"] = nan.copy() if vals is None else np.asarray(vals, dtype=np.float64)
    return out
