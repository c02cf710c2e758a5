"""Each pair feature on small networks built here."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cityties.matching.features import (
    ADMIN2_FEATURES,
    FEATURES,
    QID_FEATURES,
    FeatureSpace,
    Source,
    Universe,
    name_root,
    qid_number,
    space_for,
)
from cityties.matching.network import NetworkPlace, build_network
from cityties.matching.relative import GROUP_KEY

# qid: (label, country, lat, lon, population)
PLACES = {
    "Q1": ("Gent", "BE", 51.05, 3.72, 260000),
    "Q2": ("Kiel", "DE", 54.32, 10.13, 250000),
    "Q3": ("Gdynia", "PL", 54.52, 18.53, 250000),
    "Q4": ("Lübeck", "DE", 53.87, 10.69, 217000),
    "Q5": ("Lille", "FR", 50.63, 3.06, 230000),
    "Q6": ("Brugge", "BE", 51.21, 3.22, 118000),
    "Q7": ("Turku", "FI", 60.45, 22.27, 190000),
    "Q8": ("Rødding Kommune", None, None, None, None),
    "Q9": ("Rødding", "DK", 55.37, 9.06, 2300),
}
EDGES = [("Q1", "Q2"), ("Q1", "Q3"), ("Q4", "Q2"), ("Q4", "Q3"), ("Q6", "Q2"), ("Q7", "Q4"),
         ("Q8", "Q5"), ("Q1", "Q9")]  # fmt: skip


# First-level divisions: Flanders, Schleswig-Holstein, Hauts-de-France.
ADMIN1 = {"Q1": "VLG", "Q6": "VLG", "Q2": "01", "Q4": "01", "Q5": "32"}


def space() -> tuple[FeatureSpace, dict[str, int]]:
    places = {
        q: NetworkPlace(q, lb, None, lb, c, la, lo, p, "unique" if c else "", admin1=ADMIN1.get(q))
        for q, (lb, c, la, lo, p) in PLACES.items()
    }
    net = build_network(places, EDGES)
    sp = FeatureSpace(Universe.from_network(net), net.edges, dim=4)
    return sp, net.index()


def feats_of(qid: str) -> tuple[dict[str, np.ndarray], dict[str, int]]:
    sp, idx = space()
    return sp.features(sp.source_of(idx[qid])), idx


def test_features_every_name_present() -> None:
    """features() returns every feature of FEATURES and the places' countries (the groups
    of the relative features), one value per place; QID_FEATURES only when asked for."""
    f, idx = feats_of("Q1")
    assert set(f) == set(FEATURES) | {GROUP_KEY}
    assert all(len(v) == len(idx) for v in f.values())


def test_common_partners_counts_shared_partners() -> None:
    """Gent and Lübeck share Kiel and Gdynia; Brugge shares Kiel only."""
    f, idx = feats_of("Q1")
    assert f["common_partners"][idx["Q4"]] == 2
    assert f["common_partners"][idx["Q6"]] == 1
    assert f["common_partners"][idx["Q5"]] == 0


def test_adamic_adar_weights_shared_partner_by_its_degree() -> None:
    """Kiel has 3 partners: sharing it is worth 1/log 3."""
    f, idx = feats_of("Q1")
    assert f["adamic_adar"][idx["Q6"]] == pytest.approx(1 / math.log(3))


def test_walk3_reaches_places_three_steps_away() -> None:
    """Turku is a partner of Lübeck, which shares partners with Gent: three steps."""
    f, idx = feats_of("Q1")
    assert f["walk3"][idx["Q7"]] > 0
    assert f["walk3"][idx["Q5"]] == 0


def test_country_pair_counts_and_affinity() -> None:
    """BE-DE is paired twice (Gent-Kiel, Brugge-Kiel), so it beats BE-FI."""
    sp, idx = space()
    be, de = sp.country_index["BE"], sp.country_index["DE"]
    assert sp.pair_count[be, de] == 2
    f = sp.features(sp.source_of(idx["Q1"]))
    assert f["country_affinity"][idx["Q4"]] > f["country_affinity"][idx["Q7"]]


def test_partners_in_source_country_counts_candidate_partners_there() -> None:
    """Kiel already has two Belgian partners (Gent, Brugge), as seen from Brugge's side."""
    sp, idx = space()
    f = sp.features(sp.source_of(idx["Q6"]))
    assert f["partners_in_source_country"][idx["Q2"]] == pytest.approx(math.log1p(2))


def test_distance_in_km() -> None:
    """Gent to Lille is about 70 km (log1p of km)."""
    f, idx = feats_of("Q1")
    assert math.expm1(f["distance"][idx["Q5"]]) == pytest.approx(70, abs=10)


def test_unknown_position_and_size_are_nan() -> None:
    """A place without a GeoNames match has no distance and no size gap."""
    f, idx = feats_of("Q1")
    assert math.isnan(f["distance"][idx["Q8"]])
    assert math.isnan(f["size_gap"][idx["Q8"]])


def test_size_gap_is_log10_ratio() -> None:
    """Gent (260,000) and Brugge (118,000): log10 of the ratio."""
    f, idx = feats_of("Q1")
    assert f["size_gap"][idx["Q6"]] == pytest.approx(math.log10(260000 / 118000))


def test_region_pairs_count_twinnings_between_two_areas() -> None:
    """Brugge (near Gent) is twinned with Kiel, near Lübeck: the areas are linked."""
    f, idx = feats_of("Q1")
    assert f["region_pairs"][idx["Q4"]] > 0
    assert f["region_pairs"][idx["Q7"]] == 0


@pytest.mark.parametrize(
    ("label", "root"),
    [("Rødding Kommune", "rødding"), ("Ski (Ort)", "ski"), ("3. Bezirk Budapest", "budapest")],
)
def test_name_root_drops_unit_words_brackets_numbers(label: str, root: str) -> None:
    """Labels are compared without unit words, brackets and numbers."""
    assert name_root(label) == root


def test_namesake_ties_flags_second_item_of_a_partner() -> None:
    """Gent is twinned with Rødding; "Rødding Kommune" is very likely the same place."""
    f, idx = feats_of("Q1")
    assert f["namesake_ties"][idx["Q8"]] == 1
    assert f["namesake_ties"][idx["Q4"]] == 0


def test_soft_country_guesses_unknown_place_from_partners_and_name() -> None:
    """A place without a country still gets a country distribution that sums to one."""
    sp, idx = space()
    assert sp.soft[idx["Q8"]].sum() == pytest.approx(1.0)


def test_name_looks_like_source_country_is_a_probability() -> None:
    """Each label gets a distribution over countries by its letters; the feature reads the
    source country's share of it."""
    sp, idx = space()
    f = sp.features(sp.source_of(idx["Q1"]))
    assert sp.looks_like.sum(axis=1) == pytest.approx(np.ones(sp.n))
    be = sp.country_index["BE"]
    assert f["name_looks_like_source_country"][idx["Q6"]] == pytest.approx(
        sp.looks_like[idx["Q6"], be]
    )


def test_admin1_pairs_count_twinnings_between_the_two_divisions() -> None:
    """Flanders and Schleswig-Holstein are paired twice (Gent-Kiel, Brugge-Kiel): seen from
    Gent, Lübeck's division scores log1p(2); Lille's division was never paired."""
    f, idx = feats_of("Q1")
    assert f["admin1_pairs"][idx["Q4"]] == pytest.approx(math.log1p(2))
    assert f["admin1_pairs"][idx["Q5"]] == 0
    assert f["admin1_affinity"][idx["Q4"]] > f["admin1_affinity"][idx["Q5"]]


def test_admin1_features_unknown_division_is_nan() -> None:
    """Gdynia has no division on record: its division features are unknown."""
    f, idx = feats_of("Q1")
    assert math.isnan(f["admin1_pairs"][idx["Q3"]])
    assert math.isnan(f["admin1_affinity"][idx["Q3"]])


def test_partners_in_source_admin1_counts_candidate_partners_there() -> None:
    """Kiel's partners Gent and Brugge are both in Gent's division."""
    f, idx = feats_of("Q1")
    assert f["partners_in_source_admin1"][idx["Q2"]] == pytest.approx(math.log1p(2))
    assert f["partners_in_source_admin1"][idx["Q7"]] == 0


def test_source_share_in_candidate_admin1_reads_the_source_partners() -> None:
    """One of Gent's three partners (Kiel) is in Schleswig-Holstein, like Lübeck."""
    f, idx = feats_of("Q1")
    assert f["source_share_in_candidate_admin1"][idx["Q4"]] == pytest.approx(1 / 3)


def test_capital_flags_places_named_as_their_country_capital() -> None:
    """A place whose gazetteer name is its country's capital is a capital; Kiel is not."""
    places = {
        "Q1": NetworkPlace("Q1", "Brüssel", 1, "Brussels", "BE", 50.85, 4.35, 1000000, "unique"),
        "Q2": NetworkPlace("Q2", "Kiel", 2, "Kiel", "DE", 54.32, 10.13, 250000, "unique"),
    }
    u = Universe.from_network(build_network(places, [("Q1", "Q2")]))
    assert u.capital.tolist() == [True, False]


def test_national_rank_counts_larger_places_of_the_same_country() -> None:
    """Kiel is the largest German place here, Lübeck the second."""
    f, idx = feats_of("Q1")
    assert f["candidate_national_rank"][idx["Q2"]] == 0
    assert f["candidate_national_rank"][idx["Q4"]] == pytest.approx(math.log1p(1))


def test_partner_size_gap_compares_with_the_source_partners_sizes() -> None:
    """Gent's partners (Kiel, Gdynia, Rødding) average a size; Lübeck is compared with it."""
    f, idx = feats_of("Q1")
    mean = (2 * math.log10(250000) + math.log10(2300)) / 3
    assert f["partner_size_gap"][idx["Q4"]] == pytest.approx(abs(math.log10(217000) - mean))


def test_country_prior_follows_the_country_pairs_and_their_activity() -> None:
    """Seen from Brugge (BE): two of the three Belgian partner ends are German (Kiel twice)
    and one Polish, so a German candidate beats a Finnish one, which no Belgian place has;
    the chance of a country is shared among its places by their twinning activity, so
    Gdynia, the only Polish place, gets Poland's whole share."""
    sp, idx = space()
    f = sp.features(sp.source_of(idx["Q6"]))
    prior = f["country_prior"]
    assert prior[idx["Q4"]] > prior[idx["Q7"]]
    be, de = sp.country_index["BE"], sp.country_index["DE"]
    assert sp.country_cond[be].sum() == pytest.approx(1.0)
    # Smoothed toward the overall mix, but the observed pairs dominate.
    assert sp.country_cond[be, de] > 0.4
    # Kiel (degree 3) and Lübeck (degree 3) share Germany's activity evenly.
    assert prior[idx["Q2"]] == pytest.approx(prior[idx["Q4"]])


def test_source_country_prior_leans_to_the_source_own_partner_countries() -> None:
    """Belgian partners go to DE, PL and DK; Brugge's own only partner is German. Mixing in
    Brugge's own partners raises a German candidate above the country-level prior and lowers
    the Polish one."""
    sp, idx = space()
    f = sp.features(sp.source_of(idx["Q6"]))
    gain_de = f["source_country_prior"][idx["Q4"]] - f["country_prior"][idx["Q4"]]
    gain_pl = f["source_country_prior"][idx["Q3"]] - f["country_prior"][idx["Q3"]]
    assert gain_de > 0 > gain_pl


def test_country_priors_unknown_without_any_country() -> None:
    """A source whose country is unknown and cannot be guessed has no country prior."""
    places = {
        "Q1": NetworkPlace("Q1", "Aaa"),
        "Q2": NetworkPlace("Q2", "Bbb"),
    }
    net = build_network(places, [("Q1", "Q2")])
    sp = FeatureSpace(Universe.from_network(net), net.edges, dim=1)
    f = sp.features(sp.source_of(0))
    assert np.isnan(f["country_prior"]).all()
    assert np.isnan(f["source_country_prior"]).all()


def test_walk4_reaches_four_steps_and_is_a_log_probability() -> None:
    """From Turku (partner: Lübeck), four steps reach Gent's other partner Rødding
    (Turku-Lübeck-Kiel-Gent-Rødding); Lille is never reached and gets the floor."""
    f, idx = feats_of("Q7")
    assert f["walk4"][idx["Q9"]] > math.log(1e-6)
    assert f["walk4"][idx["Q5"]] == pytest.approx(math.log(1e-6))
    assert (f["walk4"] <= 0).all()


def test_partner_country_similarity_is_cosine_of_partner_countries() -> None:
    """Gent (partners in DE, PL, DK) and Lübeck (partners in DE, PL, FI) share two of three
    partner countries: cosine 2/3; Rødding's only partner is Belgian: 0."""
    f, idx = feats_of("Q1")
    assert f["partner_country_similarity"][idx["Q4"]] == pytest.approx(2 / 3)
    assert f["partner_country_similarity"][idx["Q9"]] == 0


def test_resource_allocation_and_jaccard_weigh_shared_partners() -> None:
    """Gent and Lübeck share Kiel (3 partners) and Gdynia (2 partners): resource allocation
    1/3 + 1/2; they have 3 + 3 partners, 2 shared: Jaccard 2 / 4."""
    f, idx = feats_of("Q1")
    assert f["resource_allocation"][idx["Q4"]] == pytest.approx(1 / 3 + 1 / 2)
    assert f["jaccard"][idx["Q4"]] == pytest.approx(2 / 4)
    assert f["jaccard"][idx["Q5"]] == 0


def qid_space() -> tuple[FeatureSpace, dict[str, int]]:
    """A source Q3955 twinned with two items of one batch (Q705100, Q705140); a
    third item of that batch (Q705120, twinned with Q4000) and an old item (Q90); Q705900 and
    a gazetteer city without an item number, both without partners."""
    qids = ["Q3955", "Q705100", "Q705140", "Q705120", "Q4000", "Q90", "Q705900"]
    places = {q: NetworkPlace(q, f"Place {q}") for q in qids}
    edges = [("Q3955", "Q705100"), ("Q3955", "Q705140"), ("Q705120", "Q4000"), ("Q90", "Q4000")]
    net = build_network(places, edges)
    extra = [(2950159, "Gazetteer town", "DE", 52.5, 13.4, 50000, None)]
    sp = FeatureSpace(Universe.from_network(net, extra), net.edges, dim=1, item_numbers=True)
    return sp, net.index()


@pytest.mark.parametrize(
    ("key", "number"), [("Q64", 64.0), ("Q1000056", 1000056.0), ("gn:2950159", math.nan)]
)
def test_qid_number_reads_item_keys_only(key: str, number: float) -> None:
    """Wikidata keys give their number; a gazetteer key ("gn:...") gives NaN."""
    got = qid_number(key)
    assert got == number or (math.isnan(got) and math.isnan(number))


def test_candidate_qid_is_log_of_the_item_number() -> None:
    """candidate_qid is log10(1 + the candidate's item number), NaN for a gazetteer city."""
    sp, idx = qid_space()
    f = sp.features(sp.source_of(idx["Q3955"]))
    assert f["candidate_qid"][idx["Q90"]] == pytest.approx(math.log10(91))
    assert np.isnan(f["candidate_qid"][sp.n - 1])


def test_qid_gap_measures_distance_between_item_numbers() -> None:
    """qid_gap is log10(1 + |candidate - source|): Q4000 is 45 items after Q3955."""
    sp, idx = qid_space()
    f = sp.features(sp.source_of(idx["Q3955"]))
    assert f["qid_gap"][idx["Q4000"]] == pytest.approx(math.log10(46))
    assert f["qid_gap"][idx["Q3955"]] == 0
    assert np.isnan(f["qid_gap"][sp.n - 1])


def test_partner_qid_gap_finds_the_batch_of_the_source_partners() -> None:
    """Q705120 lies 20 items from both of the source's partners (Q705100, Q705140): the
    nearest gap is 20; Q705900 is 760 items from Q705140; Q90 is far from both."""
    sp, idx = qid_space()
    f = sp.features(sp.source_of(idx["Q3955"]))
    assert f["partner_qid_gap"][idx["Q705120"]] == pytest.approx(math.log10(21))
    assert f["partner_qid_gap"][idx["Q705900"]] == pytest.approx(math.log10(761))
    assert f["partner_qid_gap"][idx["Q90"]] == pytest.approx(math.log10(1 + 705100 - 90))
    assert np.isnan(f["partner_qid_gap"][sp.n - 1])


def test_candidate_partner_qid_gap_looks_at_the_candidate_partners() -> None:
    """From Q705140: Q90's partner Q4000 is 701,140 items away, Q705100's partner Q3955
    701,185; Q4000's nearest partner is Q705120, 20 items away; places without partners
    get NaN."""
    sp, idx = qid_space()
    f = sp.features(sp.source_of(idx["Q705140"]))
    gap = f["candidate_partner_qid_gap"]
    assert gap[idx["Q90"]] == pytest.approx(math.log10(1 + 705140 - 4000))
    assert gap[idx["Q705100"]] == pytest.approx(math.log10(1 + 705140 - 3955))
    assert gap[idx["Q4000"]] == pytest.approx(math.log10(1 + 705140 - 705120))
    assert np.isnan(gap[idx["Q705900"]])
    assert np.isnan(gap[sp.n - 1])


def test_qid_features_unknown_for_a_source_outside_the_universe() -> None:
    """A source that is not a network place has no item number: the gaps to it are NaN,
    the gap to its partners' numbers is still measured."""
    sp, idx = qid_space()
    src = Source(-1, np.array([idx["Q705100"]], dtype=np.int64), None, None, None, None)
    f = sp.features(src)
    assert np.isnan(f["qid_gap"]).all()
    assert np.isnan(f["candidate_partner_qid_gap"]).all()
    assert f["partner_qid_gap"][idx["Q705120"]] == pytest.approx(math.log10(21))


def test_qid_features_only_when_the_space_asks_for_them() -> None:
    """Built with item_numbers, the space adds QID_FEATURES to every other feature."""
    sp, idx = qid_space()
    assert set(sp.features(sp.source_of(0))) == set(FEATURES) | set(QID_FEATURES) | {GROUP_KEY}


# Districts (tenth round). qid: (label, geonameid, country, admin1), and districts by geonameid.
DISTRICT_PLACES = {
    "Q11": ("Lille", 101, "FR", "32"),
    "Q12": ("Roubaix", 102, "FR", "32"),
    "Q13": ("Tourcoing", 103, "FR", "32"),
    "Q14": ("Arras", 104, "FR", "32"),
    "Q15": ("München", 201, "DE", "02"),
    "Q16": ("Freising", 202, "DE", "02"),
    "Q17": ("Augsburg", 203, "DE", "02"),
    "Q18": ("Nürnberg", 204, "DE", "02"),
    "Q19": ("Somewhere", None, None, None),
}
DISTRICTS = {101: "Nord", 102: "Nord", 103: "Nord", 104: "Pas-de-Calais",
             201: "Upper Bavaria", 202: "Upper Bavaria", 203: "Swabia", 204: "Middle Franconia",
             301: "Swabia"}  # fmt: skip
DISTRICT_EDGES = [("Q11", "Q12"), ("Q12", "Q16"), ("Q11", "Q17"), ("Q14", "Q15"),
                  ("Q19", "Q18")]  # fmt: skip


def district_space(*, districts: bool = True) -> tuple[FeatureSpace, dict[str, int]]:
    """Lille, Roubaix and Tourcoing in the Nord, Arras in the Pas-de-Calais (one region);
    four Bavarian towns in three districts; a place without a gazetteer entry; and a
    gazetteer city (geonameid 301, in Swabia) without partners."""
    places = {
        q: NetworkPlace(q, lb, g, lb, c, 50.0, 5.0, 1000, "unique" if g else "", admin1=a1)
        for q, (lb, g, c, a1) in DISTRICT_PLACES.items()
    }
    net = build_network(places, DISTRICT_EDGES)
    extra = [(301, "Günzburg", "DE", 48.45, 10.27, 20000, "02")]
    universe = Universe.from_network(net, extra, admin2=DISTRICTS)
    return FeatureSpace(universe, net.edges, dim=1, districts=districts), net.index()


def district_feats(qid: str) -> tuple[dict[str, np.ndarray], dict[str, int]]:
    sp, idx = district_space()
    return sp.features(sp.source_of(idx[qid])), idx


def test_universe_reads_districts_by_geonameid() -> None:
    """Each place with a geonameid gets its district, gazetteer cities too; a place without
    one, or built without a district table, gets none."""
    sp, idx = district_space()
    assert sp.universe.admin2[idx["Q14"]] == "Pas-de-Calais"
    assert sp.universe.admin2[idx["Q19"]] is None
    assert sp.universe.admin2[sp.n - 1] == "Swabia"
    places = {"Q1": NetworkPlace("Q1", "Lille", 101)}
    assert Universe.from_network(build_network(places, [])).admin2 == ()


def test_admin2_pairs_count_twinnings_between_the_two_districts() -> None:
    """From Lille (Nord): the Nord twins once with Upper Bavaria (Roubaix-Freising) and once
    with Swabia (Lille-Augsburg, which also reaches the gazetteer city in Swabia), never with
    Middle Franconia; the edge inside the Nord (Lille-Roubaix) counts once."""
    f, idx = district_feats("Q11")
    pairs = f["admin2_pairs"]
    assert pairs[idx["Q15"]] == pytest.approx(math.log1p(1))
    assert pairs[-1] == pytest.approx(math.log1p(1))
    assert pairs[idx["Q18"]] == 0
    assert pairs[idx["Q13"]] == pytest.approx(math.log1p(1))
    assert math.isnan(pairs[idx["Q19"]])


def test_partners_in_source_admin2_counts_candidate_partners_there() -> None:
    """Freising's partner Roubaix is in Lille's district; München's partner Arras is not;
    a place without partners gets NaN."""
    f, idx = district_feats("Q11")
    col = f["partners_in_source_admin2"]
    assert col[idx["Q16"]] == pytest.approx(math.log1p(1))
    assert col[idx["Q15"]] == 0
    assert math.isnan(col[idx["Q13"]])


def test_district_to_region_counts_both_ways() -> None:
    """From Lille: the Nord twins twice with Bavaria (Roubaix-Freising, Lille-Augsburg),
    whatever the Bavarian district; Lille's region twins twice with Upper Bavaria
    (with Arras-München) and never with Middle Franconia."""
    f, idx = district_feats("Q11")
    assert f["source_admin2_to_candidate_admin1"][idx["Q18"]] == pytest.approx(math.log1p(2))
    assert f["source_admin1_to_candidate_admin2"][idx["Q15"]] == pytest.approx(math.log1p(2))
    assert f["source_admin1_to_candidate_admin2"][idx["Q18"]] == 0
    assert math.isnan(f["source_admin2_to_candidate_admin1"][idx["Q19"]])


def test_admin2_features_unknown_without_the_source_district() -> None:
    """A source without a gazetteer entry has no district nor region: all four are NaN."""
    f, idx = district_feats("Q19")
    for name in ADMIN2_FEATURES:
        assert np.isnan(f[name]).all(), name


def test_admin2_features_only_when_the_space_asks_for_them() -> None:
    """Built without `districts`, the space gives FEATURES only; `space_for` asks for what
    the model reads (no district table is loaded for the shipped features)."""
    sp, idx = district_space(districts=False)
    assert set(sp.features(sp.source_of(idx["Q11"]))) == set(FEATURES) | {GROUP_KEY}
    places = {q: NetworkPlace(q, q) for q in ("Q1", "Q2")}
    plain = space_for(build_network(places, [("Q1", "Q2")]), FEATURES)
    assert not plain.districts and not plain.item_numbers
    assert plain.universe.admin2 == ()
