"""The LightGBM final ranker: its trees read back into numpy arrays, scored and explained
there as LightGBM scores them, fitted on queries, and used by `train_model`."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cityties.matching.boost import BoostedModel
from cityties.matching.features import space_for
from cityties.matching.network import NetworkPlace, build_network, canon, make_split
from cityties.matching.ranker import (
    RANKER_DEFAULTS,
    RankerTrees,
    fit_ranker,
    from_booster,
    parse_spec,
    softmax_objective,
)
from cityties.matching.train import train_model

lgb = pytest.importorskip("lightgbm")


def _rows(n: int = 600, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three features (the first with NaN, the third with exact zeros) and a target that
    depends on all three."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    x[rng.random(n) < 0.2, 0] = np.nan
    x[rng.random(n) < 0.3, 2] = 0.0
    y = np.nan_to_num(x[:, 0], nan=1.5) + x[:, 1] * (x[:, 2] > 0) + rng.normal(0, 0.1, n)
    return x, y


def _booster(x: np.ndarray, y: np.ndarray) -> tuple[object, RankerTrees]:
    params = {"objective": "regression", "num_leaves": 7, "verbosity": -1, "num_threads": 1}
    booster = lgb.train(params, lgb.Dataset(x, label=y), num_boost_round=15)
    return booster, from_booster(booster.dump_model(), {})


def test_from_booster_predicts_as_lightgbm() -> None:
    """The numpy arrays give LightGBM's own raw predictions, on rows with NaN, zeros and
    values the training never saw (NaN in a feature trained without any)."""
    x, y = _rows()
    booster, trees = _booster(x, y)
    test, _ = _rows(200, seed=1)
    test[:5, 1] = np.nan
    want = booster.predict(test, raw_score=True)  # type: ignore[attr-defined]
    assert trees.trees == 15
    assert np.allclose(trees.predict(test), want, atol=1e-9)


def test_ranker_contributions_add_up_to_the_prediction() -> None:
    """Each row's per-feature parts plus the trees' root values sum to its prediction, and
    the feature the target does not depend on gets nothing."""
    x, y = _rows()
    x = np.concatenate([x, np.zeros((len(x), 1))], axis=1)
    _, trees = _booster(x, y)
    parts = trees.contributions(x[:50], 4)
    roots = trees.value[trees.root].sum()
    assert np.allclose(parts.sum(axis=1) + roots, trees.predict(x[:50]))
    assert np.all(parts[:, 3] == 0.0)
    assert np.abs(parts[:, 0]).mean() > 0.1


def test_ranker_trees_read_back_from_json() -> None:
    """The JSON form reads back into trees that predict exactly the same."""
    x, y = _rows()
    _, trees = _booster(x, y)
    back = RankerTrees.from_dict(json.loads(json.dumps(trees.to_dict())))
    assert np.array_equal(back.predict(x), trees.predict(x))


def test_softmax_objective_gradients_are_partner_probability_minus_label() -> None:
    """In each query the gradients are the softmax probabilities, minus 1 for its first row
    (the partner); they sum to zero per query."""
    starts = np.array([0, 3, 5], dtype=np.int64)
    grad, hess = softmax_objective(starts)(np.array([0.0, 0.0, np.log(2.0), 5.0, 5.0]), None)
    assert np.allclose(grad, [0.25 - 1, 0.25, 0.5, 0.5 - 1, 0.5])
    assert np.allclose(hess, [0.1875, 0.1875, 0.25, 0.25, 0.25])


def _queries(q: int, s: int, seed: int) -> list[np.ndarray]:
    """Queries whose partner (row 0) has a higher first feature; the second is noise."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(q):
        x = rng.normal(size=(s, 2))
        x[0, 0] += 2.0
        out.append(x)
    return out


@pytest.mark.parametrize("objective", ["softmax", "lambdarank", "rank_xendcg", "binary"])
def test_fit_ranker_puts_partners_first(objective: str) -> None:
    """Fitted from a flat start, the trees rank about half the held-out partners first (one
    in 12 by chance; the sorting feature alone does little better), the same for the same
    seed."""
    xs = _queries(200, 12, 0)
    start = [np.zeros(len(x)) for x in xs]
    options = {"objective": objective, "rounds": 30, "learning_rate": 0.1, "threads": 1}
    trees = fit_ranker(xs, start, **options)  # type: ignore[arg-type]
    again = fit_ranker(xs, start, **options)  # type: ignore[arg-type]
    assert again.to_dict() == trees.to_dict()
    test = _queries(100, 12, 1)
    first = np.mean([np.argmax(trees.predict(x)) == 0 for x in test])
    assert first > 0.45


def test_parse_spec_reads_options_over_the_defaults() -> None:
    """Options after "lightgbm:" replace the defaults, numbers as numbers; another ranker or
    an unknown option is refused."""
    spec = parse_spec("lightgbm:objective=lambdarank, rounds=50,learning_rate=0.1")
    assert spec == {
        **RANKER_DEFAULTS,
        "objective": "lambdarank",
        "rounds": 50,
        "learning_rate": 0.1,
    }
    with pytest.raises(ValueError):
        parse_spec("xgboost")
    with pytest.raises(ValueError):
        parse_spec("lightgbm:leaves=3")


def test_train_model_with_a_lightgbm_ranker_scores_and_explains() -> None:
    """train_model with a ranker keeps the additive part of the numpy model and replaces its
    trees; the re-scored candidates' explanations plus the root values add up to their
    score, and the model reads back from its JSON form with the same scores (to the
    rounding of the additive weights)."""
    n = 80
    edges = sorted({canon(f"Q{i}", f"Q{(i + d) % n}") for i in range(n) for d in (1, 4, 9)})
    places = {f"Q{i}": NetworkPlace(f"Q{i}", f"Place {i}") for i in range(n)}
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    options = {"trees": 3, "negatives": 10, "warm_every": 2, "workers": 1, "rerank": 20}
    plain = train_model(net, **options)  # type: ignore[arg-type]
    spec = "lightgbm:rounds=5,num_leaves=4,min_data_in_leaf=5,learning_rate=0.2"
    model = train_model(net, ranker=spec, **options)  # type: ignore[arg-type]
    assert model.ranker is not None and model.ranker.trees == 5
    assert len(model.split_feature) == 0
    assert all(
        np.array_equal(a, b) for a, b in zip(model.base_weights, plain.base_weights, strict=True)
    )
    space = space_for(net, model.features)
    feats = space.features(space.source_of(0))
    score, seen = model.score_and_augment(feats)
    chosen = np.flatnonzero(np.isfinite(seen["score_gap_to_best"]))
    assert len(chosen) == 20
    parts = model.explain(seen, chosen)
    roots = model.ranker.value[model.ranker.root].sum()
    assert np.allclose(parts.sum(axis=1) + roots, score[chosen])
    back = BoostedModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert np.allclose(back.score(feats), score, atol=1e-5)  # additive weights: 6 decimals
