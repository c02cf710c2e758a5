"""No held-out edge reaches training: the benchmark split and the model's training folds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cityties.matching.features import FeatureSpace, Universe
from cityties.matching.network import (
    NetworkPlace,
    build_network,
    canon,
    leaked,
    make_split,
    read_edges,
)
from cityties.matching.train import (
    FOLD_SALTS,
    _banned,
    _hard_rows,
    _Query,
    train_model,
    training_samples,
)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "twins"


def ring_network(n: int = 40) -> tuple[list[tuple[str, str]], dict[str, NetworkPlace]]:
    edges = sorted({canon(f"Q{i}", f"Q{(i + d) % n}") for i in range(n) for d in (1, 3, 7)})
    places = {f"Q{i}": NetworkPlace(f"Q{i}", f"Place {i}") for i in range(n)}
    return edges, places


def test_split_files_written_from_make_split_do_not_leak(tmp_path: Path) -> None:
    """Train and test files written from the split share no edge, in either direction."""
    edges, _ = ring_network()
    train, test = make_split(edges, modulus=4)
    (tmp_path / "train.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in train))
    (tmp_path / "test.tsv").write_text("".join(f"{b}\t{a}\n" for a, b in test))
    assert leaked(read_edges(tmp_path / "train.tsv"), read_edges(tmp_path / "test.tsv")) == []


def test_network_built_from_training_split_has_no_test_edge() -> None:
    """The graph the benchmark ranks on contains no held-out pair."""
    edges, places = ring_network()
    train, test = make_split(edges, modulus=4)
    net = build_network(places, train)
    assert set(net.qid_edges()).isdisjoint(test)
    assert len(net.edges) == len(train)


def test_training_folds_hold_out_their_edges() -> None:
    """Each training fold removes its held-out edges from the graph the features come from."""
    edges, places = ring_network()
    net = build_network(places, edges)
    for salt in FOLD_SALTS:
        _, held = make_split(net.qid_edges(), salt=salt)
        fold = net.without(held)
        assert set(fold.qid_edges()).isdisjoint(held)


def test_training_samples_partner_row_is_not_a_graph_neighbour() -> None:
    """In every training query the true partner shares no edge with the source in the fold
    graph: its common-partner count is that of a non-neighbour (a held-out edge is absent)."""
    edges, places = ring_network()
    net = build_network(places, edges)
    samples, log_weights = training_samples(net, negatives=10)
    assert samples.shape[1] == 11
    assert np.all(log_weights[:, 0] == 0.0)


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared twinning data not present")
def test_shared_split_train_and_test_are_disjoint() -> None:
    """The published split_train.tsv and split_test.tsv share no edge."""
    train = read_edges(SHARED / "split_train.tsv")
    test = read_edges(SHARED / "split_test.tsv")
    assert len(test) == 1282
    assert leaked(train, test) == []


def test_train_model_learns_from_folds_of_a_small_network() -> None:
    """Training on a ring network whose places have fewer candidates than the kept pool still
    gives a model that records its folds and gives every place a finite score."""
    edges, places = ring_network()
    train, held = make_split(edges, modulus=4)
    net = build_network(places, train)
    model = train_model(net, trees=5, negatives=10, pool=400, warm_every=2)
    assert model.info["folds"] == list(FOLD_SALTS)
    assert model.info["queries"] > 0
    space = FeatureSpace(Universe.from_network(net), net.edges)
    index = net.index()
    a, b = held[0]
    scores = model.score(space.features(space.source_of(index[a])))
    assert scores.shape == (len(places),)
    assert np.isfinite(scores).all()


def test_hard_rows_keep_the_best_scored_places_as_they_are() -> None:
    """After the partner come the best-scored places that are not banned (log weight 0: each
    stands for itself), then sampled places that are none of these and stand for the rest."""
    edges, places = ring_network()
    net = build_network(places, edges)
    space = FeatureSpace(Universe.from_network(net), net.edges)
    q = _Query(space, source=0, partner=20)
    banned = _banned(q)
    feats = space.features(space.source_of(0))
    score = -np.arange(space.n, dtype=np.float64)  # place i scores -i: low numbers first
    rows, lw = _hard_rows(q, feats, banned, score, 4, 6, np.random.default_rng(0))
    best = [i for i in range(space.n) if not banned[i]][:4]
    assert rows[0] == 20
    assert sorted(rows[1:5].tolist()) == best
    assert np.all(lw[:5] == 0.0)
    assert not set(rows[5:].tolist()) & {*best, 20, 0}
    assert np.all(lw[5:] > 0.0)


def test_hard_rows_with_few_candidates_weigh_nothing() -> None:
    """When a query has too few candidates, the hard rows are placeholders of weight zero."""
    edges, places = ring_network()
    net = build_network(places, edges)
    space = FeatureSpace(Universe.from_network(net), net.edges)
    q = _Query(space, source=0, partner=20)
    feats = space.features(space.source_of(0))
    rows, lw = _hard_rows(q, feats, _banned(q), np.zeros(space.n), 30, 10, np.random.default_rng(0))
    assert len(rows) == 1 + 10 + 30
    assert np.all(np.isneginf(lw[-30:]))
