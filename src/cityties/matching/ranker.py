"""A LightGBM final ranker: trees fitted by the library, evaluated here with numpy.

LightGBM fits the final trees (`fit_ranker`): from the first pass's score (its `init_score`),
on the raw feature values of each training query's partner and re-scored candidates (the
relative features included), with the model's own softmax loss as a custom objective or one
of LightGBM's (`lambdarank`, `rank_xendcg`, `binary`). The fitted booster is turned into
plain arrays (`RankerTrees`), which score and explain candidates without the library: the
desk and `suggest()` need numpy alone, and no OpenMP thread pool meets the forked processes
of training and of the benchmark. A row's reasons come from each tree's path, as for the
numpy trees: every split adds the change of node value to the feature it reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["OBJECTIVES", "RANKER_DEFAULTS", "RankerTrees", "fit_ranker", "softmax_objective"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
OBJECTIVES = ("softmax", "lambdarank", "rank_xendcg", "binary")
# The settings chosen on the validation split (see the matching README).
RANKER_DEFAULTS: dict[str, Any] = {
    "objective": "softmax",
    "rounds": 300,
    "num_leaves": 7,
    "learning_rate": 0.05,
    "min_data_in_leaf": 20,
    "feature_fraction": 1.0,
    "bagging_fraction": 1.0,
    "lambda_l2": 1.0,
}
_ZERO = 1e-35  # LightGBM's kZeroThreshold
_MISSING_NONE, _MISSING_ZERO, _MISSING_NAN = 0, 1, 2


@dataclass(frozen=True, slots=True)
class RankerTrees:
    """Trees in flat arrays, every tree's nodes one after the other (`root[t]` its first).

    Node i: `leaf[i]` true for a leaf; otherwise a row goes left when its value of feature
    `feature[i]` is at most `threshold[i]`, to `left[i]`, else to `right[i]`; a missing
    value (`missing[i]`: 0 none, NaN read as 0; 1 zero or NaN; 2 NaN) goes left when
    `default_left[i]`. `value[i]` is the node's output (a leaf's) or the mean output
    below it (an internal node's), learning rate included."""

    feature: I64
    threshold: F64
    left: I64
    right: I64
    default_left: npt.NDArray[np.bool_]
    missing: I64
    value: F64
    leaf: npt.NDArray[np.bool_]
    root: I64
    info: Mapping[str, Any]

    @property
    def trees(self) -> int:
        """How many trees."""
        return len(self.root)

    def _step(self, x: F64, node: I64) -> I64:
        """Each (row, tree)'s child of its node (rows of x; nodes shaped (rows, trees));
        leaves stay where they are."""
        f = self.feature[node]
        v = np.take_along_axis(x, np.maximum(f, 0), axis=1)
        nan = np.isnan(v)
        kind = self.missing[node]
        v = np.where(nan & (kind == _MISSING_NONE), 0.0, v)
        miss = np.where(kind == _MISSING_NAN, nan, False)
        miss |= (kind == _MISSING_ZERO) & (nan | (np.abs(v) <= _ZERO))
        go_left = np.where(miss, self.default_left[node], v <= self.threshold[node])
        child = np.where(go_left, self.left[node], self.right[node])
        out: I64 = np.where(self.leaf[node], node, child)
        return out

    def predict(self, x: F64) -> F64:
        """The trees' summed output for each row of x (rows, features)."""
        if len(x) == 0 or self.trees == 0:
            return np.zeros(len(x))
        node = np.broadcast_to(self.root, (len(x), self.trees)).copy()
        while not self.leaf[node].all():
            node = self._step(x, node)
        out: F64 = self.value[node].sum(axis=1)
        return out

    def contributions(self, x: F64, width: int) -> F64:
        """Each feature's part of the trees' output for each row of x, shape (rows, width):
        along every path, the change of node value at a split goes to the feature it reads
        (the roots' values, the same for every row, go to none)."""
        out = np.zeros((len(x), width))
        if len(x) == 0 or self.trees == 0:
            return out
        node = np.broadcast_to(self.root, (len(x), self.trees)).copy()
        rows = np.broadcast_to(np.arange(len(x))[:, None], node.shape)
        while True:
            inner = ~self.leaf[node]
            if not inner.any():
                return out
            child = self._step(x, node)
            delta = self.value[child] - self.value[node]
            np.add.at(out, (rows[inner], self.feature[node][inner]), delta[inner])
            node = child

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (thresholds and values exact)."""
        return {
            "info": dict(self.info),
            "root": self.root.tolist(),
            "feature": self.feature.tolist(),
            "threshold": [float(v) for v in self.threshold],
            "left": self.left.tolist(),
            "right": self.right.tolist(),
            "default_left": [int(v) for v in self.default_left],
            "missing": self.missing.tolist(),
            "value": [float(v) for v in self.value],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RankerTrees:
        """Read the form written by `to_dict`."""
        left = np.asarray(data["left"], dtype=np.int64)
        return cls(
            feature=np.asarray(data["feature"], dtype=np.int64),
            threshold=np.asarray(data["threshold"], dtype=np.float64),
            left=left,
            right=np.asarray(data["right"], dtype=np.int64),
            default_left=np.asarray(data["default_left"], dtype=bool),
            missing=np.asarray(data["missing"], dtype=np.int64),
            value=np.asarray(data["value"], dtype=np.float64),
            leaf=left < 0,
            root=np.asarray(data["root"], dtype=np.int64),
            info=dict(data.get("info", {})),
        )


def from_booster(dump: Mapping[str, Any], info: Mapping[str, Any]) -> RankerTrees:
    """The arrays of a LightGBM booster's `dump_model()` (numerical splits only)."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    default_left: list[bool] = []
    missing: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    kinds = {"None": _MISSING_NONE, "Zero": _MISSING_ZERO, "NaN": _MISSING_NAN}

    def add(node: Mapping[str, Any]) -> int:
        i = len(feature)
        feature.append(-1)
        threshold.append(0.0)
        left.append(-1)
        right.append(-1)
        default_left.append(True)
        missing.append(_MISSING_NONE)
        if "leaf_value" in node:
            value.append(float(node["leaf_value"]))
            return i
        if node.get("decision_type", "<=") != "<=":
            raise ValueError(f"unsupported split {node.get('decision_type')!r}")
        value.append(float(node.get("internal_value", 0.0)))
        feature[i] = int(node["split_feature"])
        threshold[i] = float(node["threshold"])
        default_left[i] = bool(node["default_left"])
        missing[i] = kinds[str(node.get("missing_type", "None"))]
        left[i] = add(node["left_child"])
        right[i] = add(node["right_child"])
        return i

    for tree in dump["tree_info"]:
        roots.append(add(tree["tree_structure"]))
    left_a = np.asarray(left, dtype=np.int64)
    return RankerTrees(
        feature=np.asarray(feature, dtype=np.int64),
        threshold=np.asarray(threshold, dtype=np.float64),
        left=left_a,
        right=np.asarray(right, dtype=np.int64),
        default_left=np.asarray(default_left, dtype=bool),
        missing=np.asarray(missing, dtype=np.int64),
        value=np.asarray(value, dtype=np.float64),
        leaf=left_a < 0,
        root=np.asarray(roots, dtype=np.int64),
        info=dict(info),
    )


def softmax_objective(
    starts: I64,
) -> Any:
    """LightGBM's custom objective for the model's softmax loss: in each query (rows
    `starts[k]` to `starts[k+1]`, the first its partner) the partner's probability under a
    softmax of the scores; gradients and hessians per row."""
    first = starts[:-1]
    sizes = np.diff(starts)
    query = np.repeat(np.arange(len(sizes)), sizes)
    y = np.zeros(int(starts[-1]))
    y[first] = 1.0

    def objective(preds: F64, _data: Any) -> tuple[F64, F64]:
        z = preds - np.maximum.reduceat(preds, first)[query]
        p = np.exp(z)
        p /= np.add.reduceat(p, first)[query]
        return p - y, np.maximum(p * (1.0 - p), 1e-6)

    return objective


def fit_ranker(
    x: Sequence[F64],
    start: Sequence[F64],
    *,
    objective: str = "softmax",
    rounds: int = 300,
    num_leaves: int = 7,
    learning_rate: float = 0.05,
    min_data_in_leaf: int = 20,
    feature_fraction: float = 1.0,
    bagging_fraction: float = 1.0,
    lambda_l2: float = 1.0,
    truncation: int = 20,
    seed: int = 0,
    threads: int = 2,
) -> RankerTrees:
    """LightGBM trees fitted on queries given as feature rows x[k] (rows, features), the
    partner first, and the score each row starts from, start[k]; see the module's text.
    `truncation`: lambdarank's truncation level. Deterministic for a given seed."""
    import lightgbm as lgb  # type: ignore[import-not-found,unused-ignore]

    if objective not in OBJECTIVES:
        raise ValueError(f"unknown ranker objective {objective!r}")
    sizes = np.array([len(q) for q in x], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    data = np.concatenate(list(x)).astype(np.float64)
    init = np.concatenate(list(start)).astype(np.float64)
    label = np.zeros(len(data))
    label[starts[:-1]] = 1.0
    params: dict[str, Any] = {
        "num_leaves": num_leaves,
        "learning_rate": learning_rate,
        "min_data_in_leaf": min_data_in_leaf,
        "feature_fraction": feature_fraction,
        "lambda_l2": lambda_l2,
        "num_threads": threads,
        "deterministic": True,
        "force_row_wise": True,
        "seed": seed,
        "verbosity": -1,
    }
    if bagging_fraction < 1.0:
        params.update({"bagging_fraction": bagging_fraction, "bagging_freq": 1})
    if objective == "softmax":
        params["objective"] = softmax_objective(starts)
    elif objective == "binary":
        params["objective"] = "binary"
    else:
        params["objective"] = objective
        if objective == "lambdarank":
            params["lambdarank_truncation_level"] = truncation
    ds = lgb.Dataset(data, label=label, init_score=init, free_raw_data=True)
    if objective in ("lambdarank", "rank_xendcg"):
        ds.set_group(sizes)
    booster = lgb.train(params, ds, num_boost_round=rounds)
    info = {
        "library": f"lightgbm {lgb.__version__}",
        "objective": objective,
        "rounds": rounds,
        "num_leaves": num_leaves,
        "learning_rate": learning_rate,
        "min_data_in_leaf": min_data_in_leaf,
        "feature_fraction": feature_fraction,
        "bagging_fraction": bagging_fraction,
        "lambda_l2": lambda_l2,
        "seed": seed,
        "queries": len(sizes),
        "rows": int(starts[-1]),
    }
    if objective == "lambdarank":
        info["truncation"] = truncation
    return from_booster(booster.dump_model(), info)


def parse_spec(spec: str) -> dict[str, Any]:
    """The options of `fit_ranker` in a spec such as "lightgbm:objective=lambdarank,
    rounds=200" (after "lightgbm", NAME=VALUE pairs separated by commas; the others take
    RANKER_DEFAULTS). Raises ValueError for another ranker or an unknown option."""
    name, _, rest = spec.partition(":")
    if name.strip() != "lightgbm":
        raise ValueError(f"unknown ranker {spec!r} (known: lightgbm)")
    out = dict(RANKER_DEFAULTS)
    # the seed and threads come from the training call, not from the spec
    known = set(fit_ranker.__kwdefaults__ or {}) - {"seed", "threads"}
    for part in (p.strip() for p in rest.split(",") if p.strip()):
        key, _, text = part.partition("=")
        key = key.strip()
        if key not in known:
            raise ValueError(f"unknown ranker option {key!r}")
        value: Any = text.strip()
        if key != "objective":
            value = float(value) if "." in value else int(value)
        out[key] = value
    return out
