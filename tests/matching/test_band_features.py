"""The features of places like the source: groups by country and size band (thirteenth round)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cityties.matching.features import (
    BAND_FEATURES,
    FEATURES,
    FeatureSpace,
    Universe,
    space_for,
)
from cityties.matching.network import NetworkPlace, build_network
from cityties.matching.relative import GROUP_KEY

# qid: (label, country, population). Small French towns (under 10,000 inhabitants: one band)
# twin with small German ones, the large French city with large Chinese ones; one place has
# no country.
PLACES = {
    "Q1": ("Aubenas", "FR", 9000),
    "Q2": ("Bressuire", "FR", 9500),
    "Q3": ("Crest", "FR", 8000),
    "Q4": ("Dornstetten", "DE", 8000),
    "Q5": ("Eltville", "DE", 9200),
    "Q6": ("Hamburg", "DE", 1800000),
    "Q7": ("Guangzhou", "CN", 13000000),
    "Q8": ("Harbin", "CN", 5000000),
    "Q9": ("Lyon", "FR", 1500000),
    "Q10": ("Kęty", "PL", 9800),
    "Q11": ("Kervignac", "FR", 7000),
    "Q12": ("Somewhere", None, None),
}
EDGES = [("Q1", "Q4"), ("Q2", "Q5"), ("Q3", "Q4"), ("Q9", "Q7"), ("Q6", "Q8"),
         ("Q11", "Q10"), ("Q12", "Q3")]  # fmt: skip


def band_space(*, bands: bool = True) -> tuple[FeatureSpace, dict[str, int]]:
    places = {
        q: NetworkPlace(q, lb, None, lb, c, 47.0, 3.0, p, "unique" if c else "")
        for q, (lb, c, p) in PLACES.items()
    }
    net = build_network(places, EDGES)
    # A gazetteer city without partners: its partners in any group are unknown.
    extra = [(901, "Weil", "DE", 47.6, 7.6, 30000, None)]
    universe = Universe.from_network(net, extra)
    return FeatureSpace(universe, net.edges, dim=1, bands=bands), net.index()


def test_band_features_only_when_the_space_asks_for_them() -> None:
    """Built with bands, the space adds BAND_FEATURES to the others; without, it does not."""
    sp, _ = band_space()
    assert set(sp.features(sp.source_of(0))) == set(FEATURES) | set(BAND_FEATURES) | {GROUP_KEY}
    plain, _ = band_space(bands=False)
    assert set(plain.features(plain.source_of(0))) == set(FEATURES) | {GROUP_KEY}


def test_band_country_prior_follows_the_source_size_band() -> None:
    """Small French towns twin with small German towns, Lyon with Chinese cities: from a
    small French town, a small German town beats a large Chinese city; from Lyon the
    Chinese city gains on the German town."""
    sp, idx = band_space()
    small = sp.features(sp.source_of(idx["Q11"]))["band_country_prior"]
    large = sp.features(sp.source_of(idx["Q9"]))["band_country_prior"]
    assert small[idx["Q5"]] > small[idx["Q8"]]
    assert large[idx["Q8"]] - large[idx["Q5"]] > small[idx["Q8"]] - small[idx["Q5"]]


def test_band_country_prior_shares_a_group_by_twinning_activity() -> None:
    """Dornstetten (two partners) and Eltville (one) are in one group: its chance is shared
    as 3 to 2 (degree + 1)."""
    sp, idx = band_space()
    prior = sp.features(sp.source_of(idx["Q11"]))["band_country_prior"]
    assert prior[idx["Q4"]] - prior[idx["Q5"]] == pytest.approx(math.log(3 / 2), abs=1e-6)


def test_band_country_prior_is_a_smoothed_distribution() -> None:
    """Summed over the groups' places (each group's share split by activity), the chances
    of the places with a known country add up to at most one."""
    sp, idx = band_space()
    prior = sp.features(sp.source_of(idx["Q1"]))["band_country_prior"]
    known = ~np.isnan(prior)
    total = float(np.exp(prior[known]).sum())
    assert 0.5 < total <= 1.0 + 1e-9


def test_partners_in_source_band_counts_candidate_partners_of_that_group() -> None:
    """Dornstetten twins with Aubenas and Crest, two small French towns: seen from Kervignac
    (small, French) it has two partners there; Harbin none; a city without any partner has
    no value."""
    sp, idx = band_space()
    f = sp.features(sp.source_of(idx["Q11"]))["partners_in_source_band"]
    assert f[idx["Q4"]] == pytest.approx(math.log1p(2))
    assert f[idx["Q8"]] == 0.0
    assert np.isnan(f[sp.n - 1])


def test_band_features_unknown_without_a_country() -> None:
    """A candidate without a country has no group and no prior; a source without a country
    has no band features at all."""
    sp, idx = band_space()
    f = sp.features(sp.source_of(idx["Q1"]))
    assert np.isnan(f["band_country_prior"][idx["Q12"]])
    g = sp.features(sp.source_of(idx["Q12"]))
    assert all(np.isnan(g[name]).all() for name in BAND_FEATURES)


def test_space_for_builds_band_groups_when_the_model_reads_them() -> None:
    """space_for() asks for the band groups when the feature list names one of them."""
    places = {
        q: NetworkPlace(q, lb, None, lb, c, 47.0, 3.0, p, "unique" if c else "")
        for q, (lb, c, p) in PLACES.items()
    }
    net = build_network(places, EDGES)
    assert space_for(net, FEATURES + BAND_FEATURES).bands is True
    assert space_for(net, FEATURES).bands is False
