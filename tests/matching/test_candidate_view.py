"""The candidate's view of the source: its nearest partner, on a small network built here."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cityties.matching.features import FeatureSpace, Universe
from cityties.matching.network import NetworkPlace, build_network

# Places with positions (one without) for the nearest partner seen from the candidate.
POSITIONS = {
    "Q1": ("Gent", "BE", 51.05, 3.72),
    "Q2": ("Lille", "FR", 50.63, 3.06),
    "Q3": ("Brugge", "BE", 51.21, 3.22),
    "Q4": ("Turku", "FI", 60.45, 22.27),
    "Q5": ("Kiel", "DE", 54.32, 10.13),
    "Q6": ("Nowhere", None, None, None),
}


def test_candidate_near_partner_is_distance_to_the_candidates_nearest_partner() -> None:
    """From Gent, Lille (partners Brugge, about 35 km from Gent, and Turku) gets the distance
    to Brugge, its nearer partner; Turku (partners Lille and Kiel) the distance to Lille;
    Kiel (partner Turku) the distance to Turku; Brugge (partners Lille and a place without a
    position) the distance to Lille. A place whose only partner has no position gets NaN,
    as does every candidate for a source without a position."""
    places = {
        q: NetworkPlace(q, lb, None, lb, c, la, lo, None, "unique" if c else "")
        for q, (lb, c, la, lo) in POSITIONS.items()
    }
    net = build_network(places, [("Q2", "Q3"), ("Q2", "Q4"), ("Q4", "Q5"), ("Q6", "Q3")])
    sp = FeatureSpace(Universe.from_network(net), net.edges, dim=2)
    idx = net.index()
    f = sp.features(sp.source_of(idx["Q1"]))
    km = np.expm1(f["candidate_near_partner"])
    dist = np.expm1(f["distance"])
    assert km[idx["Q2"]] == pytest.approx(dist[idx["Q3"]])
    assert 30 < km[idx["Q2"]] < 40
    assert km[idx["Q4"]] == pytest.approx(dist[idx["Q2"]])
    assert km[idx["Q5"]] == pytest.approx(dist[idx["Q4"]])
    assert km[idx["Q3"]] == pytest.approx(dist[idx["Q2"]])
    places["Q7"] = NetworkPlace("Q7", "Elsewhere", None, None, None, None, None, None, "")
    net = build_network(places, [("Q7", "Q6")])
    sp = FeatureSpace(Universe.from_network(net), net.edges, dim=1)
    g = sp.features(sp.source_of(net.index()["Q1"]))
    assert math.isnan(g["candidate_near_partner"][net.index()["Q7"]])
    h = sp.features(sp.source_of(net.index()["Q6"]))
    assert np.isnan(h["candidate_near_partner"]).all()
