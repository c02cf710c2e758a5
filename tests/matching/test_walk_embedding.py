"""The spectral embedding of a random-walk matrix (fourteenth round), off by default."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp

from cityties.matching.features import (
    FEATURES,
    WALK_FEATURES,
    FeatureSpace,
    Universe,
    _walk_embedding,
    space_for,
)
from cityties.matching.network import NetworkPlace, build_network
from cityties.matching.relative import GROUP_KEY

# Two blocks of towns, each twinned across its block (every A with every B, every C with
# every D), and one bridge between the blocks (A1-C1).
LABELS = ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "C3", "D1", "D2", "D3"]
EDGES = [(f"Q{a}", f"Q{b}") for a in (1, 2, 3) for b in (4, 5, 6)]
EDGES += [(f"Q{a}", f"Q{b}") for a in (7, 8, 9) for b in (10, 11, 12)]
EDGES += [("Q1", "Q7")]


def walk_net(
    *, features: tuple[str, ...] = FEATURES + WALK_FEATURES
) -> tuple[FeatureSpace, dict[str, int]]:
    places = {
        f"Q{i}": NetworkPlace(f"Q{i}", lb, None, lb, "FR", 47.0 + i / 10, 3.0, 5000.0, "unique")
        for i, lb in enumerate(LABELS, start=1)
    }
    net = build_network(places, EDGES)
    return space_for(net, features), net.index()


def test_walk_embedding_only_when_the_features_ask_for_it() -> None:
    """A space for FEATURES + WALK_FEATURES adds `walk_embedding`; one for FEATURES does not."""
    space, _ = walk_net()
    assert set(space.features(space.source_of(0))) == set(FEATURES) | set(WALK_FEATURES) | {
        GROUP_KEY
    }
    plain, _ = walk_net(features=FEATURES)
    assert set(plain.features(plain.source_of(0))) == set(FEATURES) | {GROUP_KEY}


def test_walk_embedding_ranks_the_source_block_first() -> None:
    """From A2, the other towns of its block (A3, reached in two steps through every B) score
    higher than the towns of the other block (C2, C3), which walks reach only over the bridge."""
    space, idx = walk_net()
    emb = space.features(space.source_of(idx["Q2"]))["walk_embedding"]
    assert emb[idx["Q3"]] > max(emb[idx["Q8"]], emb[idx["Q9"]])
    assert emb[idx["Q5"]] > max(emb[idx["Q11"]], emb[idx["Q12"]])


def test_walk_embedding_is_unknown_for_places_without_partners() -> None:
    """A gazetteer city without partners gets NaN, and so does every candidate of a source
    outside the universe."""
    places = {
        f"Q{i}": NetworkPlace(f"Q{i}", lb, None, lb, "FR", 47.0 + i / 10, 3.0, 5000.0, "unique")
        for i, lb in enumerate(LABELS, start=1)
    }
    net = build_network(places, EDGES)
    universe = Universe.from_network(net, [(901, "Weil", "DE", 47.6, 7.6, 30000, None)])
    space = FeatureSpace(universe, net.edges, dim=4, walk_window=2)
    emb = space.features(space.source_of(0))["walk_embedding"]
    assert math.isnan(emb[space.n - 1]) is True
    assert bool(np.isnan(emb[: space.n - 1]).any()) is False
    outside = space.source_of(0)
    outside = type(outside)(-1, outside.partners, "FR", 47.0, 3.0, 5000.0)
    assert bool(np.isnan(space.features(outside)["walk_embedding"]).all()) is True


def test_walk_embedding_full_rank_reproduces_the_pmi_matrix() -> None:
    """At full rank the factors give back log(max(1, vol / T * sum_r P^r D^-1)): on the path
    0-1-2-3 with a window of one step, vol = 6 and the entry (0, 1) is log(6 / (1 * 2))."""
    adj = sp.csr_matrix(
        (np.ones(6), ([0, 1, 1, 2, 2, 3], [1, 0, 2, 1, 3, 2])), shape=(4, 4), dtype=np.float64
    )
    deg = np.asarray(adj.sum(axis=1)).ravel()
    left, right = _walk_embedding(adj, deg, 1, 4, 5)
    got = left @ right.T
    assert got[0, 1] == pytest.approx(math.log(3.0), abs=1e-9)
    assert got[1, 2] == pytest.approx(math.log(1.5), abs=1e-9)
    assert got[0, 2] == pytest.approx(0.0, abs=1e-9)
    assert bool(np.allclose(got[4], 0.0)) is True
