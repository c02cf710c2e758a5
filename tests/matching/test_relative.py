"""Relative features: a candidate's standing among the re-scored candidates of its country."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cityties.matching.boost import fit_base, fit_trees, with_relative
from cityties.matching.network import NetworkPlace, build_network
from cityties.matching.recommender import Matcher, load_model
from cityties.matching.relative import GROUP_KEY, RELATIVE, ahead_in_group, relative_features

NAN = float("nan")


@pytest.mark.parametrize(
    ("values", "group", "larger", "expected"),
    [
        ([3.0, 1.0, 2.0], [0, 0, 0], True, [0, 2, 1]),
        ([3.0, 1.0, 2.0], [0, 0, 0], False, [2, 0, 1]),
        ([3.0, 1.0, 2.0], [0, 1, 1], True, [0, 1, 0]),
        ([2.0, 2.0, 1.0], [0, 0, 0], True, [0, 0, 2]),
        ([5.0, NAN, 1.0], [0, 0, 0], True, [0, NAN, 1]),
        ([5.0, 4.0, 1.0], [-1, 0, 0], True, [NAN, 0, 1]),
    ],
)
def test_ahead_in_group_counts_rows_of_the_same_group_standing_higher(
    values: list[float], group: list[int], larger: bool, expected: list[float]
) -> None:
    """Only rows of the same known group count; ties stand level; NaN rows count for none."""
    got = ahead_in_group(np.array(values), np.array(group), larger=larger)
    assert np.allclose(got, expected, equal_nan=True)


def test_relative_features_describe_each_country_of_the_short_list() -> None:
    """Gaps to the best row overall and of the country, the country's size and score share;
    rows of unknown country get NaN for the per-country features."""
    score = np.array([2.0, 1.0, 0.5, 3.0, 0.0])
    group = np.array([7, 7, 7, 4, -1])
    feats = {
        "distance": np.array([100.0, 50.0, NAN, 10.0, 5.0]),
        "candidate_degree": np.array([1.0, 3.0, 2.0, 0.0, 0.0]),
    }
    rel = relative_features(score, group, feats)
    assert set(rel) == set(RELATIVE)
    assert np.allclose(rel["score_gap_to_best"], [-1.0, -2.0, -2.5, 0.0, -3.0])
    assert np.allclose(
        rel["score_gap_to_country_best"], [0.0, -1.0, -1.5, 0.0, NAN], equal_nan=True
    )
    assert np.allclose(np.expm1(rel["rank_in_country"]), [0, 1, 2, 0, NAN], equal_nan=True)
    assert np.allclose(np.exp(rel["country_candidates"]), [3, 3, 3, 1, NAN], equal_nan=True)
    # The known countries' shares of exp(score) plus the unknown row's share make one.
    share = np.exp(rel["country_score_share"][[0, 3]]).sum() + math.exp(0.0) / np.exp(score).sum()
    assert share == pytest.approx(1.0)
    assert np.allclose(
        np.expm1(rel["rank_in_country_by_distance"]), [1, 0, NAN, 0, NAN], equal_nan=True
    )
    assert np.allclose(
        np.expm1(rel["rank_in_country_by_activity"]), [2, 0, 1, 0, NAN], equal_nan=True
    )
    assert np.isnan(rel["rank_in_country_by_size"]).all()  # no population given


def _queries(q: int, s: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Each query: rows in three countries (3 rows in one, the rest split between two) with
    a signal shifted by a random amount per query and country; the partner (row 0) has the
    highest signal in the small country, which its absolute value does not show."""
    rng = np.random.default_rng(seed)
    group = np.empty((q, s), dtype=np.int64)
    shift = rng.normal(scale=3.0, size=(q, 3))
    x = rng.normal(size=(q, s))
    for i in range(q):
        small, a, b = rng.permutation(3)
        group[i] = np.where(np.arange(s) % 2 == 0, a, b)
        group[i, :3] = small
        x[i] += shift[i, group[i]]
        x[i, 0] = x[i, :3].max() + 0.1
    return x[:, :, None], group


def test_trees_learn_the_standing_the_absolute_value_does_not_show() -> None:
    """With the relative features the trees put the partner (the best of the country with
    fewest candidates) first far more often than without them."""
    x, group = _queries(400, 30, seed=0)
    base = fit_base(x, ["signal"])
    plain = fit_trees(base, x, trees=20)
    extended, xr = with_relative(base, x, group)
    model = fit_trees(extended, xr, trees=20)
    assert model.relative == RELATIVE
    tx, tgroup = _queries(200, 30, seed=1)
    first = {"plain": 0, "relative": 0}
    for i in range(len(tx)):
        feats = {"signal": tx[i, :, 0], GROUP_KEY: tgroup[i].astype(np.float64)}
        for name, m in (("plain", plain), ("relative", model)):
            s = m.score(feats)
            first[name] += int(s[0] > np.delete(s, 0).max())
    assert first["relative"] > 2 * first["plain"]
    assert first["relative"] > 0.3 * len(tx)


def test_score_and_augment_fills_relative_features_for_the_rescored_rows_only() -> None:
    """Outside the `rerank` best rows by the additive part the relative features are NaN,
    and explain() on the augmented features adds up to the score there."""
    x, group = _queries(200, 30, seed=2)
    base = fit_base(x, ["signal"])
    extended, xr = with_relative(base, x, group)
    model = fit_trees(extended, xr, trees=5)
    feats = {"signal": np.linspace(-3, 3, 50), GROUP_KEY: np.arange(50.0) % 3}
    score, seen = model.score_and_augment(feats, rerank=10)
    assert np.count_nonzero(~np.isnan(seen["score_gap_to_best"])) == 10
    top = np.flatnonzero(~np.isnan(seen["score_gap_to_best"]))
    additive, _ = model.additive(feats)
    assert additive[top].min() >= np.delete(additive, top).max()
    parts = model.explain(seen, top).sum(axis=1) + model.node_value[:, 0].sum()
    assert np.allclose(parts, score[top])


@pytest.mark.parametrize(
    ("standing", "text"),
    [
        ((2, 3), "first pass: number 2 of the 3 places in China on the model's short list"),
        ((1, 1), "the only place in China on the model's short list"),
    ],
)
def test_reasons_state_the_standing_in_the_candidates_country(
    standing: tuple[int, int], text: str
) -> None:
    """A candidate the trees re-scored gets a reason saying where it stands among the
    short-listed places of its country."""
    places = {
        "Q1": NetworkPlace("Q1", "Gent", 1, "Gent", "BE", 51.05, 3.72, 260000, "unique"),
        "Q2": NetworkPlace("Q2", "Kiel", 2, "Kiel", "DE", 54.32, 10.13, 250000, "unique"),
        "Q3": NetworkPlace("Q3", "Weihai", 3, "Weihai", "CN", 37.51, 122.12, 2800000, "unique"),
    }
    matcher = Matcher(
        build_network(places, [("Q1", "Q2"), ("Q2", "Q3")], source="test"), model=load_model()
    )
    idx, prof = matcher.resolve("Gent")
    src = matcher._source(idx, prof)
    feats = matcher.space.features(src)
    contrib = np.full(len(matcher.model.features), 0.1)
    reasons = matcher._reasons(src, prof, 2, feats, contrib, all_reasons=True, standing=standing)
    assert text in [r.text for r in reasons if r.kind == "standing"]
    none = matcher._reasons(src, prof, 2, feats, contrib, all_reasons=True, standing=None)
    assert all(r.kind != "standing" for r in none)
