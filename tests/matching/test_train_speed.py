"""The training's shortcuts give the model of the plain loop: rows drawn beforehand, several
processes, byte bins, the sparse gradient of the additive part."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import minimize

from cityties.matching import train as train_module
from cityties.matching.additive import fit_additive, to_bins
from cityties.matching.network import NetworkPlace, build_network, canon, make_split
from cityties.matching.train import _draws, train_model


def _ring(n: int) -> tuple[list[tuple[str, str]], dict[str, NetworkPlace]]:
    """Places 0..n-1, each twinned with the places 1, 4 and 9 steps further round a ring."""
    edges = sorted({canon(f"Q{i}", f"Q{(i + d) % n}") for i in range(n) for d in (1, 4, 9)})
    return edges, {f"Q{i}": NetworkPlace(f"Q{i}", f"Place {i}") for i in range(n)}


@pytest.mark.parametrize(
    "sizes",
    [
        [(5, 100), (0, 30), (40, 0), (25, 25)],
        [(1, 1), (26, 24), (1000, 3)],
    ],
)
def test_draws_match_drawing_each_stratum_in_turn(sizes: list[tuple[int, int]]) -> None:
    """The positions drawn beforehand pick, from strata of the given sizes, the rows that
    `Generator.choice` picks from the strata themselves when drawn query by query (with
    replacement where a stratum holds fewer than 25 places); an empty stratum draws nothing."""
    got = _draws(sizes, 50, np.random.default_rng(3))
    rng = np.random.default_rng(3)
    for (near, far), pair in zip(sizes, got, strict=True):
        for n, drawn in zip((near, far), pair, strict=True):
            if n == 0:
                assert drawn is None
                continue
            pool = np.arange(n) * 3 + 1
            assert drawn is not None
            assert np.array_equal(pool[drawn], rng.choice(pool, size=25, replace=n < 25))


def test_train_model_gives_the_same_model_with_one_or_two_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the queries cut into small chunks, two processes train the very model that one
    trains (bins, weights, first-pass and bagged trees, info), first-pass trees and bags on."""
    monkeypatch.setattr(train_module, "_QUERY_CHUNK", 5)
    monkeypatch.setattr(train_module, "_SCORE_CHUNK", 7)
    edges, places = _ring(60)
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    options = {"trees": 3, "negatives": 10, "warm_every": 2, "first_trees": 3, "bags": 2}
    one = train_model(net, workers=1, **options)  # type: ignore[arg-type]
    two = train_model(net, workers=2, **options)  # type: ignore[arg-type]
    assert one.info["queries"] > 10
    assert len(one.first_feature) == 3 and len(one.split_feature) == 6
    assert one.to_dict() == two.to_dict()


def test_train_model_with_hard_rows_samples_query_by_query() -> None:
    """Hard rows depend on the first part's score, so those queries are sampled one by one:
    training with them still gives a model that differs from the one without."""
    edges, places = _ring(60)
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    plain = train_model(net, trees=2, negatives=10, warm_every=2, bags=1, first_trees=0)
    hard = train_model(net, trees=2, negatives=10, warm_every=2, bags=1, first_trees=0, hard=3)
    assert hard.info["hard_negatives"] == 3
    assert not all(
        np.array_equal(a, b) for a, b in zip(plain.base_weights, hard.base_weights, strict=True)
    )


def _fit_by_bincount(x: np.ndarray, ths: list[np.ndarray]) -> list[np.ndarray]:
    """The additive fit with its gradient counted by np.bincount (the loss of `fit_additive`
    before its sparse gradient, defaults ridge 1e-4 and smooth 3e-3)."""
    q, s, nf = x.shape
    sizes = [len(t) + 2 for t in ths]
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    total = int(sum(sizes))
    idx = np.stack([to_bins(ths[f], x[:, :, f]) + offsets[f] for f in range(nf)], axis=2)
    flat = idx.reshape(-1)
    left = np.concatenate(
        [np.arange(o + 1, o + n - 1) for o, n in zip(offsets, sizes, strict=True)]
    )

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        base = w[idx].sum(axis=2)
        m = base.max(axis=1, keepdims=True)
        ex = np.exp(base - m)
        z = ex.sum(axis=1, keepdims=True)
        logp = base[:, 0] - (m[:, 0] + np.log(z[:, 0]))
        coef = ex / z
        coef[:, 0] -= 1.0
        coef /= q
        grad = np.bincount(flat, weights=np.repeat(coef.reshape(-1), nf), minlength=total)
        diff = w[left + 1] - w[left]
        val = -float(logp.mean()) + 1e-4 * float(w @ w) + 3e-3 * float(diff @ diff)
        grad += 2 * 1e-4 * w
        np.add.at(grad, left + 1, 2 * 3e-3 * diff)
        np.add.at(grad, left, -2 * 3e-3 * diff)
        return val, grad

    res = minimize(loss, np.zeros(total), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    out = []
    for o, n in zip(offsets, sizes, strict=True):
        part = np.asarray(res.x[o : o + n], dtype=np.float64)
        out.append(part - float(np.median(part[1:])))
    return out


def test_fit_additive_gives_the_weights_of_a_gradient_counted_by_bincount() -> None:
    """The additive part fitted with its sparse gradient has exactly the weights of the same
    fit whose gradient np.bincount counts (each bin adds its rows in the same order)."""
    rng = np.random.default_rng(1)
    x = rng.normal(size=(80, 11, 3))
    x[:, 0, 0] += 1.5
    x[rng.random((80, 11)) < 0.1, 2] = np.nan
    model = fit_additive(x, ("a", "b", "c"))
    expected = _fit_by_bincount(x, list(model.thresholds))
    assert all(np.array_equal(w, v) for w, v in zip(model.weights, expected, strict=True))
    assert max(float(np.abs(w).max()) for w in model.weights) > 0.1
