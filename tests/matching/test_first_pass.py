"""The first pass: trees that correct the additive score before the re-scored candidates are
chosen (fitted on sampled places of every kind), and the fast tree evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from cityties.matching.boost import BoostedModel, fit_base, fit_first_trees, fit_trees, tree_sum


def crossed(q: int = 400, s: int = 31, seed: int = 0) -> np.ndarray:
    """Two features whose signs agree for the partner (row 0) and are independent for the
    others: neither feature alone, nor their sum, tells the partner apart; their product does."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(q, s, 2))
    sign = np.where(rng.random(q) < 0.5, -1.0, 1.0)
    x[:, 0, 0] = sign * np.abs(x[:, 0, 0])
    x[:, 0, 1] = sign * np.abs(x[:, 0, 1])
    return x


def _partner_rank(model: BoostedModel, x: np.ndarray) -> np.ndarray:
    q, s, _ = x.shape
    feats = {"a": x[:, :, 0].ravel(), "b": x[:, :, 1].ravel()}
    score, _ = model.first_pass(feats)
    score = score.reshape(q, s)
    ranks: np.ndarray = (score[:, 1:] > score[:, :1]).sum(axis=1)
    return ranks


def test_first_trees_learn_what_the_additive_part_cannot() -> None:
    """On held-out queries, the first pass with trees ranks partners of a crossed signal far
    higher than the additive part alone, which is near chance (about 15 of 30 ahead)."""
    x = crossed()
    base = fit_base(x, ["a", "b"])
    model = fit_first_trees(base, x, trees=30, learning_rate=0.2, prefilter=10_000)
    test = crossed(seed=1)
    plain = _partner_rank(base, test).mean()
    better = _partner_rank(model, test).mean()
    assert plain > 11.0
    assert better < 0.6 * plain
    assert model.info["first_trees"] == 30
    assert len(model.split_feature) == 0  # the final trees are not grown here


def test_first_trees_touch_only_the_additive_best() -> None:
    """Candidates outside the additive part's `prefilter` best keep their additive score;
    those inside get the trees' part on top of it."""
    x = crossed()
    base = fit_base(x, ["a", "b"])
    model = fit_first_trees(base, x, trees=10, learning_rate=0.2, prefilter=50)
    feats = {"a": x[:4, :, 0].ravel(), "b": x[:4, :, 1].ravel()}
    additive, bins = model.additive(feats)
    first, _ = model.first_pass(feats)
    top = np.zeros(len(additive), dtype=bool)
    top[np.argsort(-additive, kind="stable")[:50]] = True
    assert np.allclose(first[~top], additive[~top])
    assert np.allclose(first[top], additive[top] + model.first_tree_score([b[top] for b in bins]))
    assert not np.allclose(first[top], additive[top])


def test_final_trees_start_from_the_first_pass() -> None:
    """The re-scoring trees are fitted on top of the first pass: the model keeps both sets,
    and its score of a small candidate set is the first pass plus the final trees."""
    x = crossed()
    base = fit_first_trees(fit_base(x, ["a", "b"]), x, trees=10, prefilter=10_000)
    model = fit_trees(base, x, trees=5)
    assert len(model.first_feature) == 10 and len(model.split_feature) == 5
    feats = {"a": x[0, :, 0], "b": x[0, :, 1]}
    first, _ = model.first_pass(feats)
    xb = model.bin_matrix(feats)
    assert np.allclose(model.score(feats, rerank=None), first + model.tree_score(xb))


def test_explain_adds_up_with_both_sets_of_trees() -> None:
    """Each feature's share, plus the root values of the first-pass and final trees, sums to
    the score when every candidate is scored by both."""
    x = crossed()
    base = fit_first_trees(fit_base(x, ["a", "b"]), x, trees=8, prefilter=10_000)
    model = fit_trees(base, x, trees=4)
    feats = {"a": x[:3, :, 0].ravel(), "b": x[:3, :, 1].ravel()}
    rows = np.arange(40)
    roots = model.first_value[:, 0].sum() + model.node_value[:, 0].sum()
    total = model.explain(feats, rows).sum(axis=1) + roots
    assert np.allclose(total, model.score(feats, rerank=None)[rows])


def test_round_trip_keeps_first_trees_and_reads_older_models() -> None:
    """to_dict/from_dict keep the first-pass trees (same scores); a saved model without them
    (an older file) loads with none."""
    x = crossed()
    model = fit_first_trees(fit_base(x, ["a", "b"]), x, trees=6, prefilter=10_000)
    data = model.to_dict()
    back = BoostedModel.from_dict(data)
    feats = {"a": x[:5, :, 0].ravel(), "b": x[:5, :, 1].ravel()}
    assert np.allclose(model.first_pass(feats)[0], back.first_pass(feats)[0], atol=1e-4)
    del data["first_trees"]
    old = BoostedModel.from_dict(data)
    assert len(old.first_feature) == 0
    assert np.allclose(old.first_pass(feats)[0], model.additive(feats)[0], atol=1e-4)


def _gathered(
    xb: np.ndarray, sf: np.ndarray, sb: np.ndarray, nv: np.ndarray, depth: int
) -> np.ndarray:
    """Reference evaluation: every row walks every tree from the root (-1: go left)."""
    out = np.zeros(len(xb))
    for r in range(len(xb)):
        for t in range(len(sf)):
            node = 0
            for _ in range(depth):
                f = sf[t, node]
                go = f >= 0 and xb[r, f] > sb[t, node]
                node = 2 * node + 1 + int(go)
            out[r] += nv[t, node]
    return out


@pytest.mark.parametrize("depth", [1, 2, 3])
def test_tree_sum_matches_walking_each_tree(depth: int) -> None:
    """The node-by-node evaluation gives the leaf values a walk from the root gives,
    including nodes without a split."""
    rng = np.random.default_rng(depth)
    n_int = 2**depth - 1
    sf = rng.integers(-1, 4, size=(7, n_int))
    sb = rng.integers(0, 6, size=(7, n_int))
    nv = rng.normal(size=(7, 2 * n_int + 1))
    xb = rng.integers(0, 8, size=(50, 4))
    cols = [xb[:, f].astype(np.uint8) for f in range(4)]
    assert np.allclose(tree_sum(cols, sf, sb, nv, depth), _gathered(xb, sf, sb, nv, depth))


def test_select_only_first_trees_choose_but_do_not_score() -> None:
    """With `select_only`, the first-pass trees choose the candidates the final trees
    re-score (the first pass's best), and those are scored from the additive part plus the
    final trees; the others keep their first-pass score."""
    x = crossed()
    base = fit_first_trees(
        fit_base(x, ["a", "b"]), x, trees=10, learning_rate=0.2, prefilter=10_000, select_only=True
    )
    model = fit_trees(base, x, trees=4)
    assert model.first_selects_only
    feats = {"a": x[:4, :, 0].ravel(), "b": x[:4, :, 1].ravel()}
    first, bins = model.first_pass(feats)
    additive, _ = model.additive(feats)
    chosen = np.zeros(len(first), dtype=bool)
    chosen[np.argsort(-first, kind="stable")[:30]] = True
    score = model.score(feats, rerank=30)
    xb = model.bin_matrix(feats)
    assert np.allclose(score[chosen], additive[chosen] + model.tree_score(xb[chosen]))
    assert np.allclose(score[~chosen], first[~chosen])
    assert not np.array_equal(
        np.argsort(-additive, kind="stable")[:30], np.argsort(-first, kind="stable")[:30]
    )
