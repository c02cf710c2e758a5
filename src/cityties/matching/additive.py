"""An additive ranking model: each feature is cut into bins and each bin has a weight.

score(pair) = sum over features of weight[feature][bin(value)]; bin 0 is "value unknown".
Cheap enough to score every candidate; the boosted trees then correct the best of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.optimize import minimize

__all__ = ["AdditiveModel", "bin_thresholds", "fit_additive", "small_bins", "to_bins"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


def bin_thresholds(pos: F64, neg: F64, n_bins: int) -> F64:
    """Bin edges from quantiles of partners and of non-partners, equally weighted.

    A value rare among non-partners (a shared partner) still gets bins of its own, and a
    heavy point mass (0: no shared partner) gets a bin to itself.
    """
    p = pos[~np.isnan(pos)]
    q = neg[~np.isnan(neg)]
    if p.size + q.size == 0:
        return np.zeros(0)
    grid = np.linspace(0, 1, n_bins + 1)[1:-1]
    parts = [np.quantile(x, grid) for x in (p, q) if x.size]
    v = np.concatenate([p, q])
    ths: F64 = np.unique(np.concatenate([*parts, [v.min()]]))
    above = v[v > ths[0]]
    if above.size:
        ths = np.unique(np.concatenate([ths, [above.min()]]))
    return ths


def small_bins(thresholds: F64, values: F64) -> npt.NDArray[np.uint8]:
    """0 for NaN, else 1 + the number of thresholds <= value (at most 254 thresholds).

    One comparison pass per threshold: with the few thresholds of a model this is several
    times faster than a binary search per value (np.searchsorted).
    """
    b = np.ones(np.shape(values), dtype=np.uint8)
    for t in thresholds:
        np.add(b, values >= t, out=b, casting="unsafe")
    b[np.isnan(values)] = 0
    return b


def to_bins(thresholds: F64, values: F64) -> I64:
    """0 for NaN, else 1 + the number of thresholds <= value."""
    out: I64 = small_bins(thresholds, values).astype(np.int64)
    return out


class AdditiveModel:
    """Bin thresholds and weights per feature."""

    def __init__(
        self, features: Sequence[str], thresholds: Sequence[F64], weights: Sequence[F64]
    ) -> None:
        self.features = tuple(features)
        self.thresholds = tuple(thresholds)
        self.weights = tuple(weights)

    def contributions(self, feats: Mapping[str, F64]) -> F64:
        """Each feature's part of the score, shape (candidates, features)."""
        cols = [
            self.weights[i][to_bins(self.thresholds[i], feats[name])]
            for i, name in enumerate(self.features)
        ]
        return np.stack(cols, axis=1)

    def score(self, feats: Mapping[str, F64]) -> F64:
        """Score per candidate."""
        total: F64 | None = None
        for i, name in enumerate(self.features):
            part = self.weights[i][to_bins(self.thresholds[i], feats[name])]
            total = part.copy() if total is None else total + part
        return total if total is not None else np.zeros(0)


def fit_additive(
    samples: F64,
    features: Sequence[str],
    *,
    log_weights: F64 | None = None,
    thresholds: Sequence[F64] | None = None,
    n_bins: int = 16,
    ridge: float = 1e-4,
    smooth: float = 3e-3,
) -> AdditiveModel:
    """Fit bin weights on samples (queries, 1 + negatives, features); row 0 is the partner.

    The loss is the negative log-softmax of the partner among the sampled rows, each row
    counted as many times as candidates it stands for (exp of log_weights), plus a ridge
    penalty and a penalty on jumps between neighbouring bins.
    """
    q, s, nf = samples.shape
    ths = (
        list(thresholds)
        if thresholds is not None
        else [
            bin_thresholds(samples[:, 0, f], samples[:, 1:, f].ravel(), n_bins) for f in range(nf)
        ]
    )
    sizes = [len(t) + 2 for t in ths]
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    total = int(sum(sizes))
    idx = np.stack([to_bins(ths[f], samples[:, :, f]) + offsets[f] for f in range(nf)], axis=2)
    flat = idx.reshape(-1)
    left = np.concatenate(
        [np.arange(o + 1, o + sz - 1) for o, sz in zip(offsets, sizes, strict=True)]
    )
    lw = np.zeros((q, s)) if log_weights is None else log_weights
    # Which (query, row) each bin's entries come from, bin by bin in row order: the gradient
    # is one sparse product that adds each bin's coefficients in the order np.bincount would.
    order = np.argsort(flat, kind="stable")
    by_bin = sp.csr_matrix(
        (
            np.ones(flat.size),
            order // nf,
            np.concatenate([[0], np.cumsum(np.bincount(flat, minlength=total))]),
        ),
        shape=(total, q * s),
    )
    del order

    def loss(w: F64) -> tuple[float, F64]:
        base = w[idx].sum(axis=2)
        sc = base + lw
        m = sc.max(axis=1, keepdims=True)
        ex = np.exp(sc - m)
        z = ex.sum(axis=1, keepdims=True)
        logp = base[:, 0] - (m[:, 0] + np.log(z[:, 0]))
        coef = ex / z
        coef[:, 0] -= 1.0
        coef /= q
        grad = np.asarray(by_bin @ coef.reshape(-1), dtype=np.float64)
        diff = w[left + 1] - w[left]
        val = -float(logp.mean()) + ridge * float(w @ w) + smooth * float(diff @ diff)
        grad += 2 * ridge * w
        np.add.at(grad, left + 1, 2 * smooth * diff)
        np.add.at(grad, left, -2 * smooth * diff)
        return val, grad

    res = minimize(loss, np.zeros(total), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    weights = []
    for o, sz in zip(offsets, sizes, strict=True):
        part = np.asarray(res.x[o : o + sz], dtype=np.float64)
        weights.append(part - float(np.median(part[1:])))  # typical value contributes 0
    return AdditiveModel(features, ths, weights)
