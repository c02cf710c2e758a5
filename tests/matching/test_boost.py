"""The ranking model: training on samples, scoring, explaining, saving."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from cityties.matching.boost import (
    BoostedModel,
    fit_base,
    fit_boosted,
    fit_trees,
    lambda_gradients,
)


def synthetic(q: int = 300, s: int = 21, seed: int = 0) -> np.ndarray:
    """Partner rows (row 0) have a higher first feature; the second is noise, some NaN."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(q, s, 2))
    x[:, 0, 0] += 2.0
    x[rng.random((q, s)) < 0.1, 1] = np.nan
    return x


def test_fit_boosted_learns_the_informative_feature() -> None:
    """The partner outscores most sampled rows, and the signal feature carries the score."""
    x = synthetic()
    model = fit_boosted(x, ["signal", "noise"], trees=20)
    test = synthetic(seed=1)
    feats = {"signal": test[:, :, 0].ravel(), "noise": test[:, :, 1].ravel()}
    score = model.score(feats, rerank=None).reshape(test.shape[:2])
    assert (score[:, 0] > np.median(score[:, 1:], axis=1)).mean() > 0.9
    contrib = model.explain(feats, np.arange(50))
    assert np.abs(contrib[:, 0]).mean() > 3 * np.abs(contrib[:, 1]).mean()


def test_explain_adds_up_to_the_score() -> None:
    """The per-feature parts plus the trees' root values sum to the score."""
    x = synthetic()
    model = fit_boosted(x, ["signal", "noise"], trees=10)
    feats = {"signal": x[:5, :, 0].ravel(), "noise": x[:5, :, 1].ravel()}
    rows = np.arange(20)
    total = model.explain(feats, rows).sum(axis=1) + model.node_value[:, 0].sum()
    assert np.allclose(total, model.score(feats, rerank=None)[rows])


def test_rerank_keeps_additive_score_outside_the_top() -> None:
    """The trees correct only the best candidates by the additive part; the rest keep it."""
    x = synthetic()
    model = fit_boosted(x, ["signal", "noise"], trees=10)
    feats = {"signal": x[:, :, 0].ravel(), "noise": x[:, :, 1].ravel()}
    base = model.base_score(model.bin_matrix(feats))
    full = model.score(feats, rerank=None)
    part = model.score(feats, rerank=100)
    top = np.zeros(len(base), dtype=bool)
    top[np.argsort(-base, kind="stable")[:100]] = True
    assert np.allclose(part[top], full[top])
    assert np.allclose(part[~top], base[~top])


def test_model_round_trips_through_dict() -> None:
    """to_dict/from_dict keep the scores."""
    x = synthetic()
    model = fit_boosted(x, ["signal", "noise"], trees=5)
    again = BoostedModel.from_dict(model.to_dict())
    feats = {"signal": x[0, :, 0], "noise": x[0, :, 1]}
    assert np.allclose(model.score(feats), again.score(feats), atol=1e-4)


def test_fit_trees_focus_leaves_far_ranked_partners_aside() -> None:
    """With the additive part turned against the signal, partners rank low: a small focus
    makes those queries weigh almost nothing and the trees barely move, while without focus
    they learn from them; a huge focus is the same as none."""
    x = synthetic()
    base = fit_base(x, ["signal", "noise"])
    wrong = dataclasses.replace(base, base_weights=tuple(-w for w in base.base_weights))
    plain = fit_trees(wrong, x, trees=5)
    focused = fit_trees(wrong, x, trees=5, focus=0.1)
    wide = fit_trees(wrong, x, trees=5, focus=1e9)
    assert np.abs(focused.node_value).sum() < 0.2 * np.abs(plain.node_value).sum()
    assert np.allclose(wide.node_value, plain.node_value)


def test_model_round_trip_keeps_tiny_thresholds() -> None:
    """A feature whose values are millionths (a random walk's probabilities) keeps its bins
    through to_dict/from_dict: the scores stay the same."""
    x = synthetic() * 1e-7
    model = fit_boosted(x, ["signal", "noise"], trees=5)
    back = BoostedModel.from_dict(model.to_dict())
    feats = {"signal": x[:, :, 0].ravel(), "noise": x[:, :, 1].ravel()}
    assert all(np.array_equal(a, b) for a, b in zip(model.thresholds, back.thresholds, strict=True))
    assert np.allclose(model.score(feats, rerank=None), back.score(feats, rerank=None), atol=1e-5)


def test_lambda_gradients_push_the_partner_past_the_top_ten() -> None:
    """With the partner 12th of 30 rows, only the 10 rows ranked above the cut pull it up
    ("top10"): rows between it and the cut, and rows below it, weigh nothing; the partner's
    gradient is minus the sum of the others', and padding rows get none."""
    score = np.concatenate([[0.0], np.linspace(3.0, 1.0, 11), np.linspace(-1.0, -3.0, 18)])
    lw = np.zeros((1, 30))
    lw[0, -2:] = -np.inf
    g, h = lambda_gradients(score[None, :], lw, target="top10")
    assert np.all(g[0, 1:11] > 0)
    assert np.all(g[0, 11:] == 0)
    assert g[0, 0] == pytest.approx(-g[0, 1:].sum())
    assert np.all(h[0] >= 0)
    assert h[0, 0] == pytest.approx(h[0, 1:].sum())


def test_lambda_gradients_reciprocal_rank_weighs_the_first_most() -> None:
    """ "rr": the row ranked first gains the partner most (1/1 - 1/r), and a row below the
    partner still weighs a little (its swap would lower the partner's reciprocal rank)."""
    score = np.array([[0.0, 2.0, 1.0, -1.0]])
    g, _ = lambda_gradients(score, np.zeros((1, 4)), target="rr")
    assert g[0, 1] > g[0, 2] > g[0, 3] > 0
    with pytest.raises(ValueError):
        lambda_gradients(score, np.zeros((1, 4)), target="ndcg")


def test_fit_trees_lambda_blend_learns_the_signal() -> None:
    """Trees fitted with the ranking loss alone still lift partners above the noise."""
    x = synthetic()
    base = fit_base(x, ["signal", "noise"])
    flat = dataclasses.replace(base, base_weights=tuple(0 * w for w in base.base_weights))
    model = fit_trees(flat, x, trees=20, lambda_blend=1.0)
    test = synthetic(seed=1)
    feats = {"signal": test[:, :, 0].ravel(), "noise": test[:, :, 1].ravel()}
    score = model.score(feats, rerank=None).reshape(test.shape[:2])
    assert (score[:, 0] > np.median(score[:, 1:], axis=1)).mean() > 0.9


def test_linked_tree_scale_shrinks_the_trees_for_linked_candidates() -> None:
    """With linked_tree_scale 0.5, a candidate that shares a partner with the source keeps
    its additive score plus half of the trees' correction; one that shares none gets all of
    it; explain still adds up to the score (roots included, scaled alike)."""
    x = synthetic()
    names = ["signal", "common_partners"]
    x[:, :, 1] = np.where(np.random.default_rng(3).random(x.shape[:2]) < 0.5, 0.0, 1.0)
    model = fit_boosted(x, names, trees=10)
    half = dataclasses.replace(model, info={**model.info, "linked_tree_scale": 0.5})
    assert half.linked_tree_scale == 0.5 and model.linked_tree_scale == 1.0
    feats = {"signal": x[:3, :, 0].ravel(), "common_partners": x[:3, :, 1].ravel()}
    base = model.base_score(model.bin_matrix(feats))
    full = model.score(feats, rerank=None)
    shrunk = half.score(feats, rerank=None)
    linked = feats["common_partners"] > 0
    assert np.allclose(shrunk[linked], base[linked] + 0.5 * (full - base)[linked])
    assert np.allclose(shrunk[~linked], full[~linked])
    rows = np.arange(30)
    roots = model.node_value[:, 0].sum() * np.where(linked[rows], 0.5, 1.0)
    assert np.allclose(half.explain(feats, rows).sum(axis=1) + roots, shrunk[rows])
