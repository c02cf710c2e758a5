"""Hard negatives from the partner's country: a third sampling stratum of the training."""

from __future__ import annotations

import numpy as np

from cityties.matching.features import FeatureSpace, Universe
from cityties.matching.network import NetworkPlace, build_network, canon, make_split
from cityties.matching.train import _banned, _Query, _sample_rows, _strata, train_model

COUNTRIES = ("DE", "FR", "PL")


def _ring(n: int) -> tuple[list[tuple[str, str]], dict[str, NetworkPlace]]:
    """Places 0..n-1 in three countries by turn, each twinned with the places 1, 4 and 9
    steps further round a ring."""
    edges = sorted({canon(f"Q{i}", f"Q{(i + d) % n}") for i in range(n) for d in (1, 4, 9)})
    places = {
        f"Q{i}": NetworkPlace(
            f"Q{i}", f"Place {i}", None, f"Place {i}", COUNTRIES[i % 3], 50.0, 0.1 * i, 5000
        )
        for i in range(n)
    }
    return edges, places


def test_sample_rows_add_a_stratum_of_the_partner_country() -> None:
    """With country rows, after the partner and the two strata come places of the partner's
    country beyond three steps, none banned, each weighed by that stratum's size; the second
    stratum then holds no place of that country."""
    edges, places = _ring(90)
    net = build_network(places, edges)
    space = FeatureSpace(Universe.from_network(net), net.edges, dim=2)
    q = _Query(space, source=0, partner=46)
    banned = _banned(q)
    feats = space.features(space.source_of(0))
    rows, lw = _sample_rows(q, feats, banned, 10, np.random.default_rng(0), country=4)
    assert len(rows) == 1 + 10 + 4
    far = feats["walk3"] == 0
    inside = space.cid == space.cid[46]
    third = rows[11:]
    assert bool(np.all(inside[third] & far[third] & ~banned[third])) is True
    assert bool(np.any(inside[rows[6:11]])) is False
    pool = int(np.count_nonzero(inside & far & ~banned))
    assert np.allclose(lw[11:], np.log(pool / 4))
    assert _strata(q, 4)[2] == pool


def test_sample_rows_without_a_partner_country_weigh_nothing() -> None:
    """A partner without a country gives an empty third stratum: placeholder rows of weight
    zero."""
    edges, places = _ring(90)
    places["Q46"] = NetworkPlace("Q46", "Place 46")
    net = build_network(places, edges)
    space = FeatureSpace(Universe.from_network(net), net.edges, dim=2)
    q = _Query(space, source=0, partner=net.index()["Q46"])
    feats = space.features(space.source_of(0))
    rows, lw = _sample_rows(q, feats, _banned(q), 10, np.random.default_rng(0), country=3)
    assert len(rows) == 14
    assert bool(np.all(np.isneginf(lw[11:]))) is True


def test_train_model_country_negatives_same_model_with_two_processes() -> None:
    """Training with country rows records them in the model's info and gives the same model
    with one process or two."""
    edges, places = _ring(60)
    train, _ = make_split(edges, modulus=4)
    net = build_network(places, train)
    options = {"trees": 3, "negatives": 10, "warm_every": 2, "country_negatives": 4}
    one = train_model(net, workers=1, **options)  # type: ignore[arg-type]
    two = train_model(net, workers=2, **options)  # type: ignore[arg-type]
    assert one.info["country_negatives"] == 4
    assert one.to_dict() == two.to_dict()
