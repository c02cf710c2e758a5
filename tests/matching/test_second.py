"""The second stage: features over the final score's short list, its training rows from
out-of-sample scores, and a reranker that re-orders the short list without changing it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cityties.matching.boost import BoostedModel, apply_second, fit_base, second_rows
from cityties.matching.network import NetworkPlace, build_network, canon, make_split
from cityties.matching.relative import GROUP_KEY
from cityties.matching.second import SECOND, second_features
from cityties.matching.train import SecondRows, cross_fit, train_model


def _ring(n: int) -> tuple[list[tuple[str, str]], dict[str, NetworkPlace]]:
    """Places 0..n-1, each twinned with the places 1, 4 and 9 steps further round a ring."""
    edges = sorted({canon(f"Q{i}", f"Q{(i + d) % n}") for i in range(n) for d in (1, 4, 9)})
    return edges, {f"Q{i}": NetworkPlace(f"Q{i}", f"Place {i}") for i in range(n)}


def test_second_features_rank_rows_after_the_trees() -> None:
    """Ranks count the rows ahead overall and in the same country (log1p), gaps are to the
    best row, to the row at rank 10 and to the country's best, and the trees' shift is the
    final score minus the score before them; an unknown country gives NaN."""
    score = np.array([3.0, 1.0, 2.0, 0.5])
    before = np.array([1.0, 1.0, 2.5, 0.5])
    group = np.array([0, 0, 1, -1], dtype=np.int64)
    f = second_features(score, before, group, {"distance": np.array([1.0, 2.0, 3.0, 4.0])})
    assert set(f) == set(SECOND)
    assert np.allclose(f["second_rank"], np.log1p([0, 2, 1, 3]))
    assert np.allclose(f["second_gap_to_best"], [0.0, -2.0, -1.0, -2.5])
    assert np.allclose(f["second_gap_to_cut"], [2.5, 0.5, 1.5, 0.0])
    assert np.allclose(f["second_rank_in_country"][:3], np.log1p([0, 1, 0]))
    assert np.isnan(f["second_rank_in_country"][3])
    assert np.allclose(f["second_gap_to_country_best"][:3], [0.0, -2.0, 0.0])
    assert np.allclose(f["second_country_count"][:3], np.log([2, 2, 1]))
    assert np.allclose(f["second_tree_shift"], [2.0, 0.0, -0.5, 0.0])
    assert np.allclose(f["second_distance"], [1.0, 2.0, 3.0, 4.0])
    assert np.isnan(f["second_common_partners"]).all()


def _reversing_stage(top: int) -> BoostedModel:
    """A second stage of one tree that adds 10 to rows whose rank feature is high (the lower
    half of the short list) and nothing to the others."""
    nf = len(SECOND)
    ths = tuple(np.array([0.0, 1.0]) for _ in range(nf))
    rank = SECOND.index("second_rank")
    split_feature = np.full((1, 7), -1, dtype=np.int64)
    split_bin = np.zeros((1, 7), dtype=np.int64)
    split_feature[0, 0] = rank
    split_bin[0, 0] = 2  # bin 3: log1p(rows ahead) >= 1, i.e. at least 2 rows ahead
    value = np.zeros((1, 15))
    value[0, 7 + 4 :] = 10.0  # the leaves under the right child
    return BoostedModel(
        SECOND,
        ths,
        tuple(np.zeros(4) for _ in range(nf)),
        3,
        split_feature,
        split_bin,
        value,
        {"top": top},
    )


def test_apply_second_reorders_the_short_list_only() -> None:
    """The stage's correction changes the order inside the `top` best candidates, which stay
    ahead of all the others; the others keep their scores."""
    score = np.array([9.0, 8.0, 7.0, 6.0, 1.0, 0.5])
    feats = {GROUP_KEY: np.zeros(6), "distance": np.arange(6.0)}
    out = apply_second(_reversing_stage(4), score, score.copy(), feats)
    order = np.argsort(-out, kind="stable")
    assert order[:2].tolist() == [2, 3]
    assert set(order[:4].tolist()) == {0, 1, 2, 3}
    assert out[4:].tolist() == [1.0, 0.5]
    assert out[:4].min() > 1.0


def test_second_rows_keep_queries_whose_partner_is_on_the_short_list() -> None:
    """A query whose partner has `top` or more rows ahead is left out; a kept one lists the
    partner first, then its best others, padded with rows of no weight."""
    score = np.array([[5.0, 1.0, 2.0, 3.0], [0.0, 1.0, 2.0, 3.0]])
    lw = np.array([[0.0, 0.0, 0.0, -np.inf], [0.0, 0.0, 0.0, 0.0]])
    groups = np.zeros((2, 4), dtype=np.int64)
    x, w, init = second_rows(score, score, lw, groups, {}, 3)
    assert x.shape == (1, 3, len(SECOND))
    assert init[0, 0] == 5.0 and sorted(init[0, 1:].tolist()) == [1.0, 2.0]
    assert w[0].tolist() == [0.0, 0.0, 0.0]


def test_cross_fit_scores_do_not_depend_on_the_query_own_partner() -> None:
    """A query's out-of-sample scores come from trees fitted without its share: which of its
    rows is the partner changes nothing but their order, while the other share's scores
    (from trees fitted on it) change."""
    rng = np.random.default_rng(0)
    samples = rng.normal(size=(40, 6, 3))
    samples[:, 0, 0] += 1.5
    base = fit_base(samples, ("a", "b", "c"))
    share = np.arange(40, dtype=np.int64) % 2
    model, oos = cross_fit(base, samples, share, trees=3, subsample=1.0)
    assert len(model.split_feature) == 3
    swapped = samples.copy()
    mine = share == 0
    swapped[mine] = samples[mine][:, [1, 0, 2, 3, 4, 5]]
    _, again = cross_fit(base, swapped, share, trees=3, subsample=1.0)
    assert np.allclose(again[mine], oos[mine][:, [1, 0, 2, 3, 4, 5]])
    assert not np.allclose(again[~mine], oos[~mine])


@pytest.mark.parametrize("workers", [1, 2])
def test_train_model_adds_a_second_stage_to_the_same_first_stage(workers: int) -> None:
    """With a second stage the first stage is the model trained without it; the stage's rows
    come from the cross-fit, and the model reads back from its JSON form."""
    edges, places = _ring(80)
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    options = {"trees": 3, "negatives": 10, "warm_every": 2, "workers": workers}
    plain = train_model(net, **options)  # type: ignore[arg-type]
    keep: list[SecondRows] = []
    both = train_model(net, second_trees=4, keep=keep, **options)  # type: ignore[arg-type]
    assert both.second is not None and len(both.second.split_feature) == 4
    assert len(keep) == 1 and keep[0].samples.shape[1:] == (50, len(SECOND))
    d = both.to_dict()
    d.pop("second")
    info = d["info"]
    assert info.pop("second")["queries"] == len(keep[0].samples)
    assert d == plain.to_dict()
    back = BoostedModel.from_dict(json.loads(json.dumps(both.to_dict())))
    assert back.second is not None
    assert back.second.to_dict() == both.second.to_dict()
