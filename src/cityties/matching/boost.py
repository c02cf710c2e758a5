"""The ranking model: an additive score per feature bin, corrected by gradient-boosted trees.

Two sets of trees: the first-pass trees, fitted on sampled places of every kind, correct the
additive score of its best candidates (interactions the additive part cannot express, such
as distance mattering only within a country); the final trees re-score the first pass's best.

Features are cut into bins once (bin 0 is "unknown"). The additive part gives every bin a
weight and scores all candidates cheaply; shallow trees (splits "bin <= b") then learn the
interactions and re-rank the best-scored candidates. The
loss is the softmax of the true partner against sampled non-partners of the same source,
each sample weighted by how many candidates it stands for. Besides the score, `explain`
attributes each tree's output to the features on its path (the change of the node value at
each split), so that a suggestion's reasons can be ordered by what the model used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from cityties.matching.additive import bin_thresholds, fit_additive, small_bins
from cityties.matching.errors import Errors, MatchingError
from cityties.matching.ranker import RankerTrees
from cityties.matching.relative import GROUP_KEY, RELATIVE, relative_features
from cityties.matching.second import SECOND, SECOND_TOP, second_features

__all__ = [
    "BoostedModel",
    "apply_second",
    "bag_seed",
    "fit_bagged",
    "fit_base",
    "fit_boosted",
    "fit_first_trees",
    "fit_second",
    "fit_trees",
    "lambda_gradients",
    "tree_sum",
    "with_relative",
]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
MODEL_FORMAT = "cityties.matching.boosted"
MODEL_VERSION = 1
RERANK = 500  # candidates the trees re-score
LINK_KEY = "common_partners"  # the feature that says a candidate shares a partner
PREFILTER = 2000  # candidates the first-pass trees score (the additive part's best)


def _no_trees(width: int) -> I64:
    return np.zeros((0, width), dtype=np.int64)


def tree_sum(
    bins: Sequence[npt.NDArray[Any]],
    split_feature: I64,
    split_bin: I64,
    node_value: F64,
    depth: int,
) -> F64:
    """The summed leaf values of trees stored level by level (see `BoostedModel`), for rows
    given as one bin column per feature.

    Node by node: each internal node compares one column with its threshold for the rows
    that stand at it, which costs a few byte comparisons per row and tree (much less than
    gathering a (rows, trees) index matrix).
    """
    n = len(bins[0]) if len(bins) else 0
    out = np.zeros(n)
    n_int = 2**depth - 1
    for t in range(len(split_feature)):
        node = np.zeros(n, dtype=np.int64)
        for level in range(depth):
            first = 2**level - 1
            go = np.zeros(n, dtype=bool)
            for j in range(2**level):
                f = int(split_feature[t, first + j])
                if f < 0:
                    continue
                right = bins[f] > split_bin[t, first + j]
                go |= right if level == 0 else (node == j) & right
            node = 2 * node + go
        out += node_value[t, n_int:][node]
    return out


@dataclass(frozen=True, slots=True)
class BoostedModel:
    """Bin thresholds per feature and trees of a fixed depth stored level by level.

    For tree t, `split_feature[t]` and `split_bin[t]` list the 2**depth - 1 internal nodes in
    breadth-first order (-1: no split, everything goes left); `node_value[t]` holds the
    2**(depth+1) - 1 node values, leaves last. A row goes right when bin > split_bin.

    Features named in `relative.RELATIVE` have no additive weight (all zero): they describe a
    candidate's standing among the candidates the trees re-score, and are computed over that
    set (`augment`) from the first-pass score and the candidates' countries (`GROUP_KEY`).
    """

    features: tuple[str, ...]
    thresholds: tuple[F64, ...]
    base_weights: tuple[F64, ...]  # additive weight of each bin, per feature
    depth: int
    split_feature: I64  # (trees, internal nodes)
    split_bin: I64
    node_value: F64  # (trees, all nodes)
    info: Mapping[str, Any]
    # First-pass trees: added to the additive score of the additive part's best `prefilter`
    # candidates (info), before the re-scored candidates are chosen; same layout as above.
    first_feature: I64 = field(default_factory=lambda: _no_trees(7))
    first_bin: I64 = field(default_factory=lambda: _no_trees(7))
    first_value: F64 = field(default_factory=lambda: np.zeros((0, 15)))
    # The second stage: trees over `second.SECOND` that re-order the final score's best
    # `info["top"]` candidates (see `apply_second`); None: no second stage.
    second: BoostedModel | None = None
    # LightGBM final trees (`ranker.fit_ranker`) that replace the numpy ones above: they
    # read the raw feature values, not the bins; None: the numpy trees.
    ranker: RankerTrees | None = None

    def bin_matrix(self, feats: Mapping[str, F64]) -> I64:
        """Bins of every feature, shape (candidates, features)."""
        cols = [small_bins(self.thresholds[i], feats[n]) for i, n in enumerate(self.features)]
        return np.stack(cols, axis=1).astype(np.int64)

    def base_score(self, xb: I64) -> F64:
        """The additive part, from a bin matrix."""
        total = np.zeros(len(xb))
        for f, w in enumerate(self.base_weights):
            total += w[xb[:, f]]
        return total

    def tree_score(self, xb: I64) -> F64:
        """The (final) trees' part, from a bin matrix (all trees at once: meant for a few
        hundred rows; `tree_sum` is faster for thousands)."""
        n_trees = len(self.split_feature)
        if n_trees == 0 or len(xb) == 0:
            return np.zeros(len(xb))
        trees = np.arange(n_trees)
        rows = np.arange(len(xb))[:, None]
        node = np.zeros((len(xb), n_trees), dtype=np.int64)
        for _ in range(self.depth):
            f = self.split_feature[trees, node]
            go = (f >= 0) & (xb[rows, np.maximum(f, 0)] > self.split_bin[trees, node])
            node = 2 * node + 1 + go
        out: F64 = self.node_value[trees, node].sum(axis=1)
        return out

    def first_tree_score(self, bins: Sequence[npt.NDArray[Any]]) -> F64:
        """The first-pass trees' part, from one bin column per feature."""
        if not len(bins) or len(self.first_feature) == 0:
            return np.zeros(len(bins[0]) if len(bins) else 0)
        return tree_sum(bins, self.first_feature, self.first_bin, self.first_value, self.depth)

    def first_score(self, xb: I64) -> F64:
        """The first pass (additive part plus first-pass trees) of every row of a bin matrix."""
        return self.base_score(xb) + self.first_tree_score([xb[:, f] for f in range(xb.shape[1])])

    @property
    def first_selects_only(self) -> bool:
        """True when the first-pass trees only choose the candidates the final trees
        re-score: those are then scored from the additive part (info "first_role")."""
        return bool(self.info.get("first_role", "score") == "select")

    @property
    def prefilter(self) -> int:
        """How many of the additive part's best candidates the first-pass trees score."""
        return int(self.info.get("prefilter", PREFILTER))

    def first_pass(self, feats: Mapping[str, F64]) -> tuple[F64, list[npt.NDArray[np.uint8]]]:
        """The first-pass score of every candidate and each feature's bins: the additive
        score, plus the first-pass trees' part for the additive part's `prefilter` best."""
        total, bins = self.additive(feats)
        if len(self.first_feature) == 0 or len(total) == 0:
            return total, bins
        p = self.prefilter
        if len(total) <= p:
            return total + self.first_tree_score(bins), bins
        rows = np.argpartition(-total, p - 1)[:p]
        out = total.copy()
        out[rows] += self.first_tree_score([b[rows] for b in bins])
        return out, bins

    @property
    def linked_tree_scale(self) -> float:
        """The share of the final trees' correction given to candidates that already share a
        partner with the source (info "linked_tree_scale", 1 by default): there the additive
        part's network scores are precise and the trees, fitted mostly on queries without
        one, overcorrect."""
        return float(self.info.get("linked_tree_scale", 1.0))

    def _tree_scale(self, feats: Mapping[str, F64], rows: I64) -> F64 | None:
        """Per row, the factor of the final trees' correction (None: 1 everywhere)."""
        scale = self.linked_tree_scale
        if scale == 1.0 or LINK_KEY not in feats:
            return None
        linked = np.asarray(feats[LINK_KEY])[rows] > 0
        out: F64 = np.where(linked, scale, 1.0)
        return out

    @property
    def relative(self) -> tuple[str, ...]:
        """The model's features that are computed over the re-scored candidates."""
        return tuple(f for f in self.features if f in RELATIVE)

    def additive(self, feats: Mapping[str, F64]) -> tuple[F64, list[npt.NDArray[np.uint8]]]:
        """The additive score of every candidate, and each feature's bins (a relative
        feature missing from `feats` has no additive weight: its bins read "unknown")."""
        bins = []
        total: F64 | None = None
        for i, name in enumerate(self.features):
            if name in RELATIVE and name not in feats:
                size = len(next(iter(feats.values()))) if feats else 0
                bins.append(np.zeros(size, dtype=np.uint8))
                continue
            b = small_bins(self.thresholds[i], feats[name])
            bins.append(b)
            part = self.base_weights[i][b]
            total = part if total is None else total + part
        if total is None:
            raise MatchingError("E208", Errors.E208.format(detail="model has no features"))
        return total, bins

    def score(self, feats: Mapping[str, F64], *, rerank: int | None = -1) -> F64:
        """Score per candidate (higher: a more likely partner).

        The final trees re-score only the `rerank` candidates with the best first-pass score
        (-1: as many as they were trained on; None: all); the others keep their first-pass
        score (see `first_pass`).
        """
        return self.score_and_augment(feats, rerank=rerank)[0]

    def score_and_augment(
        self, feats: Mapping[str, F64], *, rerank: int | None = -1
    ) -> tuple[F64, dict[str, F64]]:
        """The scores (see `score`) and `feats` with the model's relative features added:
        computed over the re-scored candidates, NaN for the others. Pass the second to
        `explain` so that it sees what the trees saw. With a second stage, its `top`
        best candidates are re-ordered by it (see `apply_second`)."""
        total, before, out = self.stage_scores(feats, rerank=rerank)
        if self.second is not None:
            total = apply_second(self.second, total, before, feats)
        return total, out

    def stage_scores(
        self, feats: Mapping[str, F64], *, rerank: int | None = -1
    ) -> tuple[F64, F64, dict[str, F64]]:
        """The first stage's scores after the final trees and before them (the first pass
        of the re-scored candidates, which the trees start from), and `feats` with the
        relative features added (see `score_and_augment`); the second stage not applied."""
        if rerank == -1:
            rerank = int(self.info.get("rerank", RERANK))
        total, bins = self.first_pass(feats)
        if rerank is None or len(total) <= rerank:
            chosen = np.arange(len(total))
        else:
            chosen = np.argpartition(-total, rerank - 1)[:rerank]
        if self.first_selects_only and len(self.first_feature):
            additive, _ = self.additive(feats)
            total[chosen] = additive[chosen]
        out = dict(feats)
        missing = [f for f in self.relative if f not in feats]
        if missing:
            rel = self._relative_of(feats, chosen, total[chosen])
            for name in missing:
                i = self.features.index(name)
                full = np.full(len(total), np.nan)
                full[chosen] = rel[name]
                out[name] = full
                b = np.zeros(len(total), dtype=np.uint8)
                b[chosen] = small_bins(self.thresholds[i], rel[name])
                bins[i] = b
        before = total.copy()
        for lo in range(0, len(chosen), 4096):  # bounded memory for rerank=None
            part_rows = chosen[lo : lo + 4096]
            if self.ranker is not None:
                trees = self.ranker.predict(self.value_matrix(out, part_rows))
            else:
                xb = np.stack([b[part_rows] for b in bins], axis=1).astype(np.int64)
                trees = self.tree_score(xb)
            factor = self._tree_scale(feats, part_rows)
            total[part_rows] += trees if factor is None else factor * trees
        return total, before, out

    def value_matrix(self, feats: Mapping[str, F64], rows: I64) -> F64:
        """The raw values of the model's features for the given rows, shape (rows,
        features), as the LightGBM ranker reads them (a missing feature: NaN)."""
        out = np.full((len(rows), len(self.features)), np.nan)
        for i, name in enumerate(self.features):
            if name in feats:
                out[:, i] = np.asarray(feats[name], dtype=np.float64)[rows]
        return out

    @staticmethod
    def _relative_of(feats: Mapping[str, F64], rows: I64, additive: F64) -> dict[str, F64]:
        """The relative features of the given rows, from their first-pass score."""
        if GROUP_KEY in feats:
            group = np.asarray(feats[GROUP_KEY][rows]).astype(np.int64)
        else:
            group = np.full(len(rows), -1, dtype=np.int64)
        sub = {k: np.asarray(v)[rows] for k, v in feats.items() if k != GROUP_KEY}
        return relative_features(additive, group, sub)

    def explain(self, feats: Mapping[str, F64], rows: I64) -> F64:
        """Each feature's share of the score of the given candidates, shape (rows, features).

        The relative features are read from `feats` (see `score_and_augment`); missing, they
        are computed over all of `feats`'s candidates as if the trees re-scored them all."""
        if any(f not in feats for f in self.relative):
            _, feats = self.score_and_augment(feats, rerank=None)
        xb = self.bin_matrix({k: v[rows] for k, v in feats.items()})
        out = np.stack([w[xb[:, f]] for f, w in enumerate(self.base_weights)], axis=1)
        if not self.first_selects_only:
            self._add_paths(out, xb, self.first_feature, self.first_bin, self.first_value)
        factor = self._tree_scale(feats, np.asarray(rows, dtype=np.int64))
        self._add_paths(out, xb, self.split_feature, self.split_bin, self.node_value, factor)
        if self.ranker is not None:
            at = np.asarray(rows, dtype=np.int64)
            part = self.ranker.contributions(self.value_matrix(feats, at), len(self.features))
            out += part if factor is None else part * factor[:, None]
        return out

    def _add_paths(
        self, out: F64, xb: I64, sf: I64, sb: I64, nv: F64, factor: F64 | None = None
    ) -> None:
        """Add each tree's changes of node value along each row's path to the feature split
        (times the row's `factor`, if given)."""
        n_trees = len(sf)
        m = len(xb)
        if n_trees == 0 or m == 0:
            return
        trees = np.arange(n_trees)
        ar = np.arange(m)[:, None]
        node = np.zeros((m, n_trees), dtype=np.int64)
        for _ in range(self.depth):
            f = sf[trees, node]
            go = (f >= 0) & (xb[ar, np.maximum(f, 0)] > sb[trees, node])
            child = 2 * node + 1 + go
            delta = nv[trees, child] - nv[trees, node]
            if factor is not None:
                delta = delta * factor[:, None]
            used = f >= 0
            np.add.at(out, (np.broadcast_to(ar, f.shape)[used], f[used]), delta[used])
            node = child

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {
            "format": MODEL_FORMAT,
            "format_version": MODEL_VERSION,
            "info": dict(self.info),
            "depth": self.depth,
            "features": [
                {
                    "name": n,
                    "thresholds": [float(x) for x in self.thresholds[i]],  # exact: tiny values
                    "weights": [round(float(x), 6) for x in self.base_weights[i]],
                }
                for i, n in enumerate(self.features)
            ],
            "split_feature": self.split_feature.tolist(),
            "split_bin": self.split_bin.tolist(),
            "node_value": np.round(self.node_value, 6).tolist(),
            "first_trees": {
                "split_feature": self.first_feature.tolist(),
                "split_bin": self.first_bin.tolist(),
                "node_value": np.round(self.first_value, 6).tolist(),
            },
            **({} if self.second is None else {"second": self.second.to_dict()}),
            **({} if self.ranker is None else {"ranker": self.ranker.to_dict()}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BoostedModel:
        """Read the form written by `to_dict`."""
        if data.get("format") != MODEL_FORMAT or data.get("format_version") != MODEL_VERSION:
            detail = f"{data.get('format')} v{data.get('format_version')}"
            raise MatchingError("E208", Errors.E208.format(detail=detail))
        feats = data["features"]
        depth = int(data["depth"])
        n_int = 2**depth - 1
        first = data.get("first_trees") or {}
        return cls(
            features=tuple(str(f["name"]) for f in feats),
            thresholds=tuple(np.asarray(f["thresholds"], dtype=np.float64) for f in feats),
            base_weights=tuple(np.asarray(f["weights"], dtype=np.float64) for f in feats),
            depth=depth,
            split_feature=np.asarray(data["split_feature"], dtype=np.int64),
            split_bin=np.asarray(data["split_bin"], dtype=np.int64),
            node_value=np.asarray(data["node_value"], dtype=np.float64),
            info=dict(data.get("info", {})),
            first_feature=np.asarray(first.get("split_feature", []), dtype=np.int64).reshape(
                -1, n_int
            ),
            first_bin=np.asarray(first.get("split_bin", []), dtype=np.int64).reshape(-1, n_int),
            first_value=np.asarray(first.get("node_value", []), dtype=np.float64).reshape(
                -1, 2 * n_int + 1
            ),
            second=cls.from_dict(data["second"]) if data.get("second") else None,
            ranker=RankerTrees.from_dict(data["ranker"]) if data.get("ranker") else None,
        )


def fit_base(
    samples: F64,
    features: Sequence[str],
    *,
    log_weights: F64 | None = None,
    n_bins: int = 16,
    depth: int = 3,
    info: Mapping[str, Any] | None = None,
) -> BoostedModel:
    """Bins and additive weights from samples (queries, 1 + negatives, features), no trees yet.

    Row 0 of each query is the partner; log_weights (queries, 1 + negatives) is the log of how
    many candidates each row stands for (0 for the partner).
    """
    _, _, nf = samples.shape
    ths = tuple(
        bin_thresholds(samples[:, 0, f], samples[:, 1:, f].ravel(), n_bins) for f in range(nf)
    )
    base = fit_additive(samples, features, log_weights=log_weights, thresholds=ths)
    n_int = 2**depth - 1
    return BoostedModel(
        tuple(features),
        ths,
        base.weights,
        depth,
        np.zeros((0, n_int), dtype=np.int64),
        np.zeros((0, n_int), dtype=np.int64),
        np.zeros((0, 2 * n_int + 1)),
        dict(info or {}),
    )


def with_relative(
    base: BoostedModel,
    samples: F64,
    groups: I64,
    *,
    log_weights: F64 | None = None,
    names: Sequence[str] = RELATIVE,
    n_bins: int = 16,
) -> tuple[BoostedModel, F64]:
    """The model with relative features added (bins from the samples, no additive weight),
    and the samples with their columns appended.

    samples (queries, rows, features) are the rows the trees will be fitted on (row 0 the
    partner), groups (queries, rows) their countries (-1 unknown). Each query's relative
    features are computed over its rows of finite log weight (padding rows are left out).
    """
    q, s, nf = samples.shape
    names = tuple(n for n in names if n not in base.features)
    lw = np.zeros((q, s)) if log_weights is None else log_weights
    extra = np.full((q, s, len(names)), np.nan)
    for i in range(q):
        real = np.flatnonzero(np.isfinite(lw[i]))
        x = samples[i, real]
        feats = {f: x[:, j] for j, f in enumerate(base.features)}
        xb = base.bin_matrix(feats)
        score = base.base_score(xb) if base.first_selects_only else base.first_score(xb)
        rel = relative_features(score, groups[i, real].astype(np.int64), feats)
        for j, name in enumerate(names):
            extra[i, real, j] = rel[name]
    finite = np.isfinite(lw)
    ths = list(base.thresholds)
    weights = list(base.base_weights)
    for j in range(len(names)):
        col = extra[:, :, j]
        th = bin_thresholds(col[:, 0], col[:, 1:][finite[:, 1:]], n_bins)
        ths.append(th)
        weights.append(np.zeros(len(th) + 2))
    model = BoostedModel(
        base.features + names,
        tuple(ths),
        tuple(weights),
        base.depth,
        base.split_feature,
        base.split_bin,
        base.node_value,
        dict(base.info),
        base.first_feature,
        base.first_bin,
        base.first_value,
    )
    return model, np.concatenate([samples, extra], axis=2)


def _histograms(
    xt: npt.NDArray[np.uint8],
    g: F64,
    h: F64,
    local: I64,
    width: int,
    nb: int,
    parent_g: F64,
    parent_h: F64,
) -> tuple[F64, F64]:
    """Gradient and hessian sums per feature, node and bin, shape (features, width, bins).

    Below the root only the left children are counted; a right child's histogram is its
    parent's minus its sibling's (the usual subtraction trick: about half the counting).
    The bins are bytes (one row of `xt` per feature): a gather moves an eighth of the
    memory of int64 bins, and the sums are the same (each bin adds its rows in order).
    """
    nf = len(xt)
    if width == 1:
        hg = np.zeros((nf, 1, nb))
        hh = np.zeros((nf, 1, nb))
        for f in range(nf):
            hg[f, 0] = np.bincount(xt[f], weights=g, minlength=nb)
            hh[f, 0] = np.bincount(xt[f], weights=h, minlength=nb)
        return hg, hh
    left = np.flatnonzero(local % 2 == 0)
    offset = (local[left] // 2) * nb
    gl, hl = g[left], h[left]
    half = width // 2
    out_g = np.empty((nf, width, nb))
    out_h = np.empty((nf, width, nb))
    xl = xt[:, left]
    for f in range(nf):
        key = offset + xl[f]
        lg = np.bincount(key, weights=gl, minlength=half * nb).reshape(half, nb)
        lh = np.bincount(key, weights=hl, minlength=half * nb).reshape(half, nb)
        out_g[f, 0::2] = lg
        out_g[f, 1::2] = parent_g[f] - lg
        out_h[f, 0::2] = lh
        out_h[f, 1::2] = parent_h[f] - lh
    return out_g, out_h


def _go_right(
    xflat: npt.NDArray[np.uint8], stride: int, feature: I64, threshold: I64, node: I64
) -> npt.NDArray[np.bool_]:
    """Per row, whether it goes right at its node: its bin of the node's split feature (read
    from the feature-major bins flattened, `stride` rows per feature) above the node's
    threshold; False where the node does not split (feature -1)."""
    f = feature[node]
    pos = np.maximum(f, 0) * stride + np.arange(len(node))
    out: npt.NDArray[np.bool_] = (f >= 0) & (xflat[pos] > threshold[node])
    return out


def fit_trees(
    base: BoostedModel,
    samples: F64,
    *,
    log_weights: F64 | None = None,
    trees: int = 150,
    learning_rate: float = 0.25,
    l2: float = 1.0,
    min_hessian: float = 1.0,
    subsample: float = 1.0,
    seed: int = 0,
    focus: float | None = None,
    lambda_blend: float = 0.0,
    lambda_target: str = "top10",
    init: F64 | None = None,
    info: Mapping[str, Any] | None = None,
) -> BoostedModel:
    """Add gradient-boosted trees to a model's additive part, fitted on samples shaped like
    `fit_base`'s (row 0 the partner), starting from the first pass (the additive score plus
    the base's first-pass trees, if any), plus `init` (queries, rows) when given.

    subsample: the share of queries each tree is grown on (the leaf values too).
    focus: if set, each query weighs 1 / (1 + (rank / focus)**2) by the partner's current
    rank among its rows (0 = first): the trees work most on partners near the top.
    lambda_blend: the share of a ranking loss aimed at the top (LambdaRank, see
    `lambda_gradients`) in the gradients, the rest the softmax's (0: the softmax alone);
    lambda_target: "top10" or "rr", what a swap of the partner and a candidate changes.
    """
    q, s, nf = samples.shape
    depth = base.depth
    ths = base.thresholds
    nb = max(len(t) for t in ths) + 2
    # Bins feature by feature (contiguous per feature), rows in query order.
    xb = np.empty((nf, q * s), dtype=np.uint8)
    for f in range(nf):
        xb[f] = small_bins(ths[f], samples[:, :, f].ravel())
    xb_flat = xb.ravel()
    lw = np.zeros((q, s)) if log_weights is None else log_weights
    score = np.zeros((q, s))
    for f in range(nf):
        score += base.base_weights[f][xb[f]].reshape(q, s)
    if not base.first_selects_only:
        score += base.first_tree_score(list(xb)).reshape(q, s)
    if init is not None:
        score += init
    n_int = 2**depth - 1
    n_all = 2 ** (depth + 1) - 1
    sf = np.full((trees, n_int), -1, dtype=np.int64)
    sb = np.zeros((trees, n_int), dtype=np.int64)
    nv = np.zeros((trees, n_all))
    y = np.zeros((q, s))
    y[:, 0] = 1.0
    rng = np.random.default_rng(seed)
    n_sub = max(1, int(round(subsample * q)))
    for t in range(trees):
        z = score + lw
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = p - y
        hess = np.maximum(p * (1.0 - p), 1e-6)
        if lambda_blend > 0.0:
            lg, lh = lambda_gradients(score, lw, target=lambda_target)
            grad = (1.0 - lambda_blend) * grad + lambda_blend * lg
            hess = (1.0 - lambda_blend) * hess + lambda_blend * np.maximum(lh, 1e-6)
        if focus is not None:
            rank = np.count_nonzero(np.isfinite(lw) & (score > score[:, :1]), axis=1)
            wq = 1.0 / (1.0 + (rank / focus) ** 2)
            grad = grad * wq[:, None]
            hess = hess * wq[:, None]
        if n_sub < q:
            chosen = np.sort(rng.choice(q, size=n_sub, replace=False))
            rows = (chosen[:, None] * s + np.arange(s)).ravel()
            g = grad[chosen].ravel()
            h = hess[chosen].ravel()
            xt = xb[:, rows]
        else:
            g = grad.ravel()
            h = hess.ravel()
            xt = xb
        m = len(g)
        xt_flat = xt.ravel()
        node = np.zeros(m, dtype=np.int64)
        hist_g = np.zeros((nf, 0, nb))
        hist_h = np.zeros((nf, 0, nb))
        for level in range(depth):
            first = 2**level - 1
            width = 2**level
            local = node - first
            gs = np.bincount(local, weights=g, minlength=width)
            hs = np.bincount(local, weights=h, minlength=width)
            nv[t, first : first + width] = -gs / (hs + l2) * learning_rate
            best_gain = np.zeros(width)
            best_f = np.full(width, -1, dtype=np.int64)
            best_b = np.zeros(width, dtype=np.int64)
            hist_g, hist_h = _histograms(xt, g, h, local, width, nb, hist_g, hist_h)
            for f in range(nf):
                gh = hist_g[f]
                hh = hist_h[f]
                gl = np.cumsum(gh, axis=1)[:, :-1]
                hl = np.cumsum(hh, axis=1)[:, :-1]
                gr = gs[:, None] - gl
                hr = hs[:, None] - hl
                gain = gl**2 / (hl + l2) + gr**2 / (hr + l2) - (gs**2 / (hs + l2))[:, None]
                gain = np.where((hl >= min_hessian) & (hr >= min_hessian), gain, 0.0)
                bb = gain.argmax(axis=1)
                bg = gain[np.arange(width), bb]
                better = bg > best_gain
                best_gain = np.where(better, bg, best_gain)
                best_f = np.where(better, f, best_f)
                best_b = np.where(better, bb, best_b)
            sf[t, first : first + width] = best_f
            sb[t, first : first + width] = best_b
            go = _go_right(xt_flat, m, best_f, best_b, local)
            node = 2 * node + 1 + go
        first = n_int
        local = node - first
        gs = np.bincount(local, weights=g, minlength=n_int + 1)
        hs = np.bincount(local, weights=h, minlength=n_int + 1)
        nv[t, first:] = -gs / (hs + l2) * learning_rate
        # Every row (not only the subsample) moves by its leaf's value.
        leaf = np.zeros(q * s, dtype=np.int64)
        for _ in range(depth):
            go = _go_right(xb_flat, q * s, sf[t], sb[t], leaf)
            leaf = 2 * leaf + 1 + go
        score += nv[t][leaf].reshape(q, s)
    z = score + lw
    zmax = z.max(axis=1)
    loss = float(np.mean(zmax + np.log(np.exp(z - zmax[:, None]).sum(axis=1)) - score[:, 0]))
    meta = dict(base.info)
    meta.update(info or {})
    meta.update({"tree_queries": q, "tree_rows_per_query": s, "trees": trees})
    meta["loss"] = round(loss, 5)
    return BoostedModel(
        base.features,
        ths,
        base.base_weights,
        depth,
        sf,
        sb,
        nv,
        meta,
        base.first_feature,
        base.first_bin,
        base.first_value,
    )


def bag_seed(seed: int, bag: int) -> int:
    """The tree seed of the bag-th tree set of a model trained with `seed` (bag 0: `seed`
    itself, so that one set is the unbagged model)."""
    return seed + 1000 * bag


# The job of the processes that fit bags in parallel (set by `fit_bagged` before it forks:
# each child reads the samples from its copy of the parent's memory, nothing is pickled in).
_BAG_JOB: tuple[BoostedModel, F64, int, dict[str, Any]] | None = None


def _fit_bag(bag: int) -> tuple[I64, I64, F64, dict[str, Any]]:
    """The trees of one bag of the job in `_BAG_JOB` (run in a forked process)."""
    if _BAG_JOB is None:  # pragma: no cover - only when called outside fit_bagged
        raise RuntimeError("no bagging job")
    base, samples, seed, options = _BAG_JOB
    return _one_bag(base, samples, seed, bag, options)


def _fit_bags_forked(
    base: BoostedModel, samples: F64, bags: int, seed: int, workers: int, options: dict[str, Any]
) -> list[tuple[I64, I64, F64, dict[str, Any]]] | None:
    """Every bag's trees fitted by `workers` forked processes (None where processes cannot
    be forked: the caller fits them one after the other)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    global _BAG_JOB
    _BAG_JOB = (base, samples, seed, options)
    try:
        with multiprocessing.get_context("fork").Pool(min(workers, bags)) as pool:
            return pool.map(_fit_bag, range(bags), chunksize=1)
    finally:
        _BAG_JOB = None


def fit_bagged(
    base: BoostedModel,
    samples: F64,
    *,
    bags: int = 1,
    seed: int = 0,
    workers: int = 1,
    **options: Any,
) -> BoostedModel:
    """`bags` tree sets fitted like `fit_trees` (same samples and options), each with its own
    seed (`bag_seed`: its own query subsamples), whose corrections are averaged.

    The average is stored as one list of trees: every set's trees, their node values divided
    by `bags`, so that scoring and `explain` (each feature's path contributions) are those
    of the mean with no change. bags=1 is `fit_trees` itself. `workers` > 1: the sets are
    fitted by that many forked processes at a time; each set depends only on the samples,
    the options and its seed, so the model is the same as fitted one after the other.
    """
    if bags < 1:
        raise ValueError(f"bags must be at least 1, not {bags}")
    if bags == 1:
        return fit_trees(base, samples, seed=seed, **options)
    parts = _fit_bags_forked(base, samples, bags, seed, workers, options) if workers > 1 else None
    if parts is None:
        parts = [_one_bag(base, samples, seed, b, options) for b in range(bags)]
    meta = dict(parts[0][3])
    meta["bags"] = bags
    meta["loss"] = [p[3].get("loss") for p in parts]
    return BoostedModel(
        base.features,
        base.thresholds,
        base.base_weights,
        base.depth,
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.concatenate([p[2] for p in parts]) / bags,
        meta,
        base.first_feature,
        base.first_bin,
        base.first_value,
    )


def _one_bag(
    base: BoostedModel, samples: F64, seed: int, bag: int, options: dict[str, Any]
) -> tuple[I64, I64, F64, dict[str, Any]]:
    """The trees and info of the bag-th set (see `fit_bagged`)."""
    m = fit_trees(base, samples, seed=bag_seed(seed, bag), **options)
    return m.split_feature, m.split_bin, m.node_value, dict(m.info)


def lambda_gradients(score: F64, log_weights: F64, *, target: str = "top10") -> tuple[F64, F64]:
    """Gradients and hessians of a pairwise ranking loss aimed at the top (LambdaRank), per
    row of (queries, rows) scores whose row 0 is the partner; rows of infinite negative log
    weight are padding and get none.

    Each pair (partner, candidate j) costs log(1 + exp(s_j - s_partner)), weighed by what
    swapping the two would change: "top10", whether the partner is in the top 10 (1 when
    exactly one of the two ranks is at most 10); "rr", the partner's reciprocal rank
    (|1/r_partner - 1/r_j|). Ranks are among the query's rows, 1 = first; a candidate far
    below the partner, or a pair both outside the top 10, weighs (almost) nothing.
    """
    real = np.isfinite(log_weights)
    s = np.where(real, score, -np.inf)
    order = np.argsort(-s, axis=1, kind="stable")
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.arange(1, s.shape[1] + 1)[None, :], axis=1)
    r_p = rank[:, :1]
    if target == "top10":
        delta = ((r_p <= 10) != (rank <= 10)).astype(np.float64)
    elif target == "rr":
        delta = np.abs(1.0 / r_p - 1.0 / rank)
    else:
        raise ValueError(f"unknown lambda target {target!r}")
    delta[:, 0] = 0.0
    delta[~real] = 0.0
    d = np.clip(np.where(real, score - score[:, :1], 0.0), -50.0, 50.0)
    sig = 1.0 / (1.0 + np.exp(-d))
    g = delta * sig
    h = delta * sig * (1.0 - sig)
    g[:, 0] = -g[:, 1:].sum(axis=1)
    h[:, 0] = h[:, 1:].sum(axis=1)
    return g, h


def fit_first_trees(
    base: BoostedModel,
    samples: F64,
    *,
    log_weights: F64 | None = None,
    trees: int = 60,
    learning_rate: float = 0.1,
    subsample: float = 0.5,
    prefilter: int = PREFILTER,
    seed: int = 0,
    select_only: bool = False,
) -> BoostedModel:
    """The model with first-pass trees: fitted like `fit_trees`, but on the samples the
    additive part learns from (sampled places of every kind, not the best-scored ones), so
    that they correct the additive score where the partners' features interact, before the
    candidates the final trees re-score are chosen. They score the additive part's
    `prefilter` best candidates. `select_only`: they only choose the candidates the final
    trees re-score, which are then scored from the additive part."""
    grown = fit_trees(
        base,
        samples,
        log_weights=log_weights,
        trees=trees,
        learning_rate=learning_rate,
        subsample=subsample,
        seed=seed,
    )
    info = dict(base.info)
    info.update(
        {
            "first_trees": trees,
            "prefilter": prefilter,
            "first_role": "select" if select_only else "score",
        }
    )
    return BoostedModel(
        base.features,
        base.thresholds,
        base.base_weights,
        base.depth,
        base.split_feature,
        base.split_bin,
        base.node_value,
        info,
        grown.split_feature,
        grown.split_bin,
        grown.node_value,
    )


def fit_boosted(
    samples: F64,
    features: Sequence[str],
    *,
    log_weights: F64 | None = None,
    trees: int = 150,
    depth: int = 3,
    learning_rate: float = 0.25,
    l2: float = 1.0,
    n_bins: int = 16,
    min_hessian: float = 1.0,
    info: Mapping[str, Any] | None = None,
) -> BoostedModel:
    """Fit bins, additive weights and trees on the same samples (see `fit_base`)."""
    base = fit_base(
        samples, features, log_weights=log_weights, n_bins=n_bins, depth=depth, info=info
    )
    q, s, _ = samples.shape
    model = fit_trees(
        base,
        samples,
        log_weights=log_weights,
        trees=trees,
        learning_rate=learning_rate,
        l2=l2,
        min_hessian=min_hessian,
    )
    meta = dict(model.info)
    meta.update({"queries": q, "samples_per_query": s})
    return BoostedModel(
        model.features,
        model.thresholds,
        model.base_weights,
        model.depth,
        model.split_feature,
        model.split_bin,
        model.node_value,
        meta,
        model.first_feature,
        model.first_bin,
        model.first_value,
    )


def apply_second(second: BoostedModel, score: F64, before: F64, feats: Mapping[str, F64]) -> F64:
    """The scores re-ordered by a second stage: its trees' correction is added to the
    `info["top"]` best of `score` (the first stage's final scores; `before`: the same
    before the final trees; `feats`: every candidate's pair features, with `GROUP_KEY`),
    which are lifted, if needed, so that they stay ahead of all the others (the stage sees
    only them: it re-orders the short list and never changes who is on it)."""
    n = len(score)
    k = min(int(second.info.get("top", SECOND_TOP)), n)
    if k == 0 or len(second.split_feature) == 0:
        return score
    rows = np.argpartition(-score, k - 1)[:k]
    if GROUP_KEY in feats:
        group = np.asarray(feats[GROUP_KEY])[rows].astype(np.int64)
    else:
        group = np.full(k, -1, dtype=np.int64)
    sub = {name: np.asarray(v)[rows] for name, v in feats.items() if name != GROUP_KEY}
    xb = second.bin_matrix(second_features(score[rows], before[rows], group, sub))
    new = score[rows] + second.tree_score(xb)
    out = score.copy()
    if k < n:
        rest = np.ones(n, dtype=bool)
        rest[rows] = False
        floor = float(score[rest].max())
        low = float(new.min())
        if low <= floor:
            new = new + (floor - low) + 1e-6
    out[rows] = new
    return out


def second_rows(
    score: F64, before: F64, log_weights: F64, groups: I64, passed: Mapping[str, F64], top: int
) -> tuple[F64, F64, F64]:
    """The second stage's training rows: for each query whose partner (row 0) is among the
    `top` best of its real rows (finite log weight) by `score` (out-of-sample final scores,
    shape (queries, rows)), the partner and the `top` - 1 best others, with their SECOND
    features (queries kept, top, features), their log weights (0, padding -inf) and their
    scores (the start of the stage's trees). `before`: the scores before the final trees;
    `groups`: the rows' countries; `passed`: the rows' pair features by name."""
    xs, lws, inits = [], [], []
    for i in range(len(score)):
        real = np.flatnonzero(np.isfinite(log_weights[i]))
        others = real[real != 0]
        if int(np.count_nonzero(score[i, others] > score[i, 0])) >= top:
            continue
        k = min(top - 1, len(others))
        best = others[np.argpartition(-score[i, others], k - 1)[:k]] if k else others[:0]
        sel = np.concatenate([[0], best])
        sub = {name: v[i, sel] for name, v in passed.items()}
        f = second_features(score[i, sel], before[i, sel], groups[i, sel], sub)
        x = np.full((top, len(SECOND)), np.nan)
        x[: len(sel)] = np.stack([f[name] for name in SECOND], axis=1)
        x[len(sel) :] = x[0]
        lw = np.full(top, -np.inf)
        lw[: len(sel)] = 0.0
        init = np.full(top, score[i, 0])
        init[: len(sel)] = score[i, sel]
        xs.append(x)
        lws.append(lw)
        inits.append(init)
    width = len(SECOND)
    if not xs:
        return np.zeros((0, top, width)), np.zeros((0, top)), np.zeros((0, top))
    return np.stack(xs), np.stack(lws), np.stack(inits)


def fit_second(
    samples: F64,
    init: F64,
    *,
    log_weights: F64,
    trees: int = 40,
    learning_rate: float = 0.1,
    subsample: float = 0.5,
    depth: int = 3,
    seed: int = 0,
    n_bins: int = 16,
) -> BoostedModel:
    """A second stage fitted on `second_rows`: bins of the SECOND features (no additive
    weight) and trees grown from the first stage's out-of-sample scores `init` with the
    same softmax loss as the final trees (partner against its short list)."""
    q, top, nf = samples.shape
    finite = np.isfinite(log_weights)
    ths = tuple(
        bin_thresholds(samples[:, 0, f], samples[:, 1:, f][finite[:, 1:]], n_bins)
        for f in range(nf)
    )
    n_int = 2**depth - 1
    base = BoostedModel(
        SECOND,
        ths,
        tuple(np.zeros(len(t) + 2) for t in ths),
        depth,
        np.zeros((0, n_int), dtype=np.int64),
        np.zeros((0, n_int), dtype=np.int64),
        np.zeros((0, 2 * n_int + 1)),
        {"top": top, "queries": q},
    )
    return fit_trees(
        base,
        samples,
        log_weights=log_weights,
        trees=trees,
        learning_rate=learning_rate,
        subsample=subsample,
        seed=seed,
        init=init,
    )
