"""The ranking model: training on samples, scoring, explaining, saving."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from cityties.matching.boost import (
    BoostedModel,
    bag_seed,
    fit_bagged,
    fit_base,
    fit_boosted,
    fit_trees,
    lambda_gradients,
)
from cityties.matching.features import (
    ADMIN2_FEATURES,
    FEATURES,
    QID_FEATURES,
    FeatureSpace,
    Universe,
)
from cityties.matching.geonames import GeoCity
from cityties.matching.network import NetworkPlace, build_network, canon, make_split
from cityties.matching.recommender import Matcher
from cityties.matching.train import gazetteer_sample, train_model


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
    # Binned scores tie: a row tied with the 100th best may fall on either side of the cut.
    cut = np.sort(base)[::-1][99]
    top, rest = base > cut, base < cut
    assert top.sum() > 50 and rest.sum() > 50
    assert np.allclose(part[top], full[top])
    assert np.allclose(part[rest], base[rest])


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


def test_fit_bagged_one_bag_is_fit_trees() -> None:
    """bags=1 grows exactly the trees `fit_trees` grows with the same seed and options."""
    x = synthetic()
    base = fit_base(x, ["signal", "noise"])
    one = fit_bagged(base, x, bags=1, seed=4, trees=6, subsample=0.5)
    plain = fit_trees(base, x, seed=4, trees=6, subsample=0.5)
    assert np.array_equal(one.split_feature, plain.split_feature)
    assert np.array_equal(one.split_bin, plain.split_bin)
    assert np.array_equal(one.node_value, plain.node_value)
    assert "bags" not in one.info
    with pytest.raises(ValueError):
        fit_bagged(base, x, bags=0)


def test_fit_bagged_scores_the_mean_of_its_tree_sets() -> None:
    """With three bags, each set grown on its own query subsamples (its own seed), the
    model's score is the additive part plus the mean of the three sets' corrections, and
    the sets differ from one another."""
    x = synthetic()
    base = fit_base(x, ["signal", "noise"])
    bagged = fit_bagged(base, x, bags=3, seed=2, trees=6, subsample=0.5)
    sets = [fit_trees(base, x, seed=bag_seed(2, b), trees=6, subsample=0.5) for b in range(3)]
    assert bagged.info["bags"] == 3
    assert bagged.split_feature.shape == (18, 7)
    assert not np.array_equal(sets[0].node_value, sets[1].node_value)
    feats = {"signal": x[:4, :, 0].ravel(), "noise": x[:4, :, 1].ravel()}
    additive = base.base_score(base.bin_matrix(feats))
    corrections = [m.score(feats, rerank=None) - additive for m in sets]
    expected = additive + np.mean(corrections, axis=0)
    assert np.allclose(bagged.score(feats, rerank=None), expected)


def test_fit_bagged_explain_averages_the_path_contributions() -> None:
    """Each feature's share under a bagged model is the mean of its shares under the sets
    alone; the shares plus the roots' mean still add up to the score, and a saved bagged
    model scores as before."""
    x = synthetic()
    base = fit_base(x, ["signal", "noise"])
    bagged = fit_bagged(base, x, bags=2, seed=0, trees=5, subsample=0.5)
    sets = [fit_trees(base, x, seed=bag_seed(0, b), trees=5, subsample=0.5) for b in range(2)]
    feats = {"signal": x[:3, :, 0].ravel(), "noise": x[:3, :, 1].ravel()}
    rows = np.arange(25)
    shares = bagged.explain(feats, rows)
    base_part = np.stack(
        [w[base.bin_matrix(feats)[rows, f]] for f, w in enumerate(base.base_weights)], axis=1
    )
    tree_parts = [m.explain(feats, rows) - base_part for m in sets]
    assert np.allclose(shares, base_part + np.mean(tree_parts, axis=0))
    roots = bagged.node_value[:, 0].sum()
    assert np.allclose(shares.sum(axis=1) + roots, bagged.score(feats, rerank=None)[rows])
    back = BoostedModel.from_dict(bagged.to_dict())
    assert back.info["bags"] == 2
    assert np.allclose(back.score(feats, rerank=None), bagged.score(feats, rerank=None), atol=1e-4)


def test_fit_bagged_in_parallel_fits_the_same_model() -> None:
    """Bags fitted by two processes at a time give exactly the trees, node values and info
    of the bags fitted one after the other (each set depends only on its seed)."""
    x = synthetic()
    base = fit_base(x, ["signal", "noise"])
    serial = fit_bagged(base, x, bags=3, seed=1, trees=5, subsample=0.5, workers=1)
    parallel = fit_bagged(base, x, bags=3, seed=1, trees=5, subsample=0.5, workers=2)
    assert np.array_equal(serial.split_feature, parallel.split_feature)
    assert np.array_equal(serial.split_bin, parallel.split_bin)
    assert np.array_equal(serial.node_value, parallel.node_value)
    assert serial.info == parallel.info


def _ring(n: int = 40) -> tuple[list[tuple[str, str]], dict[str, NetworkPlace]]:
    """Places 0..n-1, each twinned with the places 1, 3 and 7 steps further round a ring."""
    edges = sorted({canon(f"Q{i}", f"Q{(i + d) % n}") for i in range(n) for d in (1, 3, 7)})
    return edges, {f"Q{i}": NetworkPlace(f"Q{i}", f"Place {i}") for i in range(n)}


def test_train_model_bags_average_tree_sets_on_a_small_graph() -> None:
    """On a small ring network, bags=2 keeps the additive part of the one-bag model, holds
    twice its trees, the first set being the one-bag model's trees at half their values,
    and scores every place finitely."""
    edges, places = _ring()
    train, held = make_split(edges, modulus=4)
    net = build_network(places, train)
    one = train_model(net, trees=4, negatives=10, pool=400, warm_every=2, bags=1)
    two = train_model(net, trees=4, negatives=10, pool=400, warm_every=2, bags=2)
    assert "bags" not in one.info and two.info["bags"] == 2
    assert all(
        np.array_equal(a, b) for a, b in zip(one.base_weights, two.base_weights, strict=True)
    )
    assert len(two.split_feature) == 2 * len(one.split_feature)
    assert np.array_equal(two.split_feature[:4], one.split_feature)
    assert np.allclose(two.node_value[:4], one.node_value / 2)
    space = FeatureSpace(Universe.from_network(net), net.edges)
    scores = two.score(space.features(space.source_of(net.index()[held[0][0]])))
    assert scores.shape == (len(places),)
    assert np.isfinite(scores).all()


def test_train_model_lambda_blend_changes_the_trees_and_is_recorded() -> None:
    """On a small ring network, the reciprocal-rank LambdaRank blend keeps the additive part,
    grows other trees than the softmax alone, records its share and target in the model's
    info, and scores every place finitely."""
    edges, places = _ring()
    train, held = make_split(edges, modulus=4)
    net = build_network(places, train)
    plain = train_model(net, trees=4, negatives=10, pool=400, warm_every=2)
    blended = train_model(
        net, trees=4, negatives=10, pool=400, warm_every=2, lambda_blend=0.5, lambda_target="rr"
    )
    assert "lambda_blend" not in plain.info
    assert blended.info["lambda_blend"] == 0.5 and blended.info["lambda_target"] == "rr"
    assert all(
        np.array_equal(a, b) for a, b in zip(plain.base_weights, blended.base_weights, strict=True)
    )
    assert not np.array_equal(plain.node_value, blended.node_value)
    space = FeatureSpace(Universe.from_network(net), net.edges)
    scores = blended.score(space.features(space.source_of(net.index()[held[0][0]])))
    assert np.isfinite(scores).all()


def test_train_model_with_item_number_features_and_suggest_with_them() -> None:
    """A model trained with QID_FEATURES reads them, and a Matcher holding that model builds
    its feature space with them and suggests places with finite scores."""
    edges, places = _ring()
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    model = train_model(
        net, trees=2, negatives=10, pool=400, warm_every=2, features=FEATURES + QID_FEATURES
    )
    assert set(QID_FEATURES) <= set(model.features)
    matcher = Matcher(net, model=model)
    assert matcher.space.item_numbers
    got = matcher.suggest("Place 3", k=5)
    assert len(got) == 5
    assert all(np.isfinite(c.score) for c in got)


def test_train_model_with_district_features_and_suggest_with_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A model trained with ADMIN2_FEATURES reads them from the district table (here five
    districts of one region round the ring), and a Matcher holding that model builds its
    feature space with the districts and suggests places with finite scores."""
    import cityties.matching.geonames as geonames

    edges, _ = _ring()
    places = {
        f"Q{i}": NetworkPlace(f"Q{i}", f"Place {i}", 1000 + i, None, "FR", admin1="32")
        for i in range(40)
    }
    table = {1000 + i: f"District {i % 5}" for i in range(40)}
    monkeypatch.setattr(geonames, "admin2_names", lambda: table)
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    model = train_model(
        net, trees=2, negatives=10, pool=400, warm_every=2, features=FEATURES + ADMIN2_FEATURES
    )
    assert set(ADMIN2_FEATURES) <= set(model.features)
    matcher = Matcher(net, model=model)
    assert matcher.space.districts
    assert matcher.universe.admin2[0] == "District 0"
    got = matcher.suggest("Place 3", k=5)
    assert len(got) == 5
    assert all(np.isfinite(c.score) for c in got)


def _towns(count: int) -> list[tuple[int, str, str | None, float, float, int, str | None]]:
    """Gazetteer towns without partners, one degree of longitude apart."""
    return [(5000 + i, f"Town {i}", "FR", 45.0, float(i), 20000, "32") for i in range(count)]


def test_gazetteer_sample_draws_cities_outside_the_network() -> None:
    """The sample leaves out cities whose geonameid is a network place, keeps the given
    order, is fixed by the seed, and is all of them when fewer are asked for than exist."""
    places = {"Q1": NetworkPlace("Q1", "Place 1", 5000), "Q2": NetworkPlace("Q2", "Place 2")}
    net = build_network(places, [("Q1", "Q2")])
    towns = _towns(30)
    got = gazetteer_sample(net, 10, seed=3, cities=towns)
    ids = [c[0] for c in got]
    assert len(ids) == 10 and 5000 not in ids and ids == sorted(ids)
    assert got == gazetteer_sample(net, 10, seed=3, cities=towns)
    assert gazetteer_sample(net, 10, seed=4, cities=towns) != got
    assert [c[0] for c in gazetteer_sample(net, 100, cities=towns)] == list(range(5001, 5030))


def test_train_model_with_gazetteer_cities_among_the_candidates() -> None:
    """With gazetteer=N the model is trained with N cities without partners among every
    fold's candidates (recorded in its info), and ranks such cities below the network's
    likely partners: a Matcher holding it does not fill its top 5 with them."""
    edges, places = _ring()
    places = {
        q: NetworkPlace(q, p.label, None, None, "FR", 45.0, 0.1 * i, 20000, "unique")
        for i, (q, p) in enumerate(places.items())
    }
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    towns = _towns(60)
    model = train_model(
        net, trees=2, negatives=10, pool=400, warm_every=2, gazetteer=20, gazetteer_cities=towns
    )
    assert model.info["gazetteer"] == 20
    matcher = Matcher(net, model=model, extra_cities=[GeoCity(*t) for t in towns])
    got = matcher.suggest("Place 3", k=5)
    assert len(got) == 5
    assert all(np.isfinite(c.score) for c in got)
    assert not any(c.name.startswith("Town") for c in got)
