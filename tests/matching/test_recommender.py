"""suggest() and fit(): rankings and the reasons written out, on a small network."""

from __future__ import annotations

import pytest

from cityties.matching import (
    Matcher,
    MatchingError,
    Organisation,
    PlaceProfile,
    ThemeEvidence,
    fit,
    suggest,
)
from cityties.matching.network import NetworkPlace, build_network
from cityties.matching.recommender import load_model

# qid: (label, country, lat, lon, population)
PLACES = {
    "Q1": ("Gent", "BE", 51.05, 3.72, 260000),
    "Q2": ("Kiel", "DE", 54.32, 10.13, 250000),
    "Q3": ("Gdynia", "PL", 54.52, 18.53, 250000),
    "Q4": ("Lübeck", "DE", 53.87, 10.69, 217000),
    "Q5": ("Lille", "FR", 50.63, 3.06, 230000),
    "Q6": ("Brugge", "BE", 51.21, 3.22, 118000),
    "Q7": ("Turku", "FI", 60.45, 22.27, 190000),
    "Q8": ("Weihai", "CN", 37.51, 122.12, 2800000),
    "Q9": ("Taizhou", "CN", 28.66, 121.42, 6000000),
    "Q10": ("Taizhou", "CN", 32.49, 119.91, 4600000),
    "Q11": ("Antwerpen", "BE", 51.22, 4.40, 530000),
    "Q12": ("Rotterdam", "NL", 51.92, 4.48, 620000),
}
EDGES = [("Q1", "Q2"), ("Q1", "Q3"), ("Q4", "Q2"), ("Q4", "Q3"), ("Q6", "Q2"), ("Q7", "Q4"),
         ("Q11", "Q8"), ("Q11", "Q9"), ("Q6", "Q10"), ("Q12", "Q8"), ("Q5", "Q7")]  # fmt: skip


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    places = {
        q: NetworkPlace(q, lb, 100 + int(q[1:]), lb, c, la, lo, p, "unique")
        for q, (lb, c, la, lo, p) in PLACES.items()
    }
    net = build_network(places, EDGES, source="test")
    profiles = [
        PlaceProfile(
            "Gent",
            qid="Q1",
            themes=(
                ThemeEvidence("port", "North Sea Port handled 71.5 million tons.", "profile"),
                ThemeEvidence("university", "More than 75,000 students live here.", "profile"),
            ),
            seeks=("biotech",),
            organisations=(Organisation("Volvo Cars", "branch"),),
        ),
        PlaceProfile(
            "Weihai",
            qid="Q8",
            themes=(
                ThemeEvidence("port", "Weihai is a port on the Yellow Sea.", "visit report"),
                ThemeEvidence("biotech", "A biotech park opened in 2015.", "visit report"),
            ),
            organisations=(Organisation("Volvo Cars", "based"),),
        ),
        PlaceProfile("Taizhou", qid="Q9", themes=(ThemeEvidence("automotive", "Geely"),)),
    ]
    return Matcher(net, model=load_model(), profiles=profiles)


def test_suggest_ranks_shared_partners_first(matcher: Matcher) -> None:
    """Lübeck shares both of Gent's partners, so it leads Gent's list."""
    found = matcher.suggest("Gent", k=3)
    assert found[0].name == "Lübeck"
    assert [c.rank for c in found] == [1, 2, 3]
    assert found[0].score >= found[1].score >= found[2].score


def test_suggest_never_proposes_the_place_or_its_partners(matcher: Matcher) -> None:
    """Gent, Kiel and Gdynia are not candidates for Gent."""
    keys = {c.key for c in matcher.suggest("Gent", k=20)}
    assert keys.isdisjoint({"Q1", "Q2", "Q3"})
    assert len(keys) == len(PLACES) - 3


def test_suggest_reason_lists_shared_partner_cities(matcher: Matcher) -> None:
    """The shared partners are named in the reason."""
    top = matcher.suggest("Gent", k=1)[0]
    texts = [r.text for r in top.reasons]
    assert "2 shared partner cities: Kiel and Gdynia" in texts or (
        "2 shared partner cities: Gdynia and Kiel" in texts
    )


def test_suggest_country_filter(matcher: Matcher) -> None:
    """--country CN keeps only Chinese candidates."""
    found = matcher.suggest("Gent", country="CN", k=10)
    assert {c.country for c in found} == {"CN"}
    assert len(found) == 3


def test_suggest_size_band_filter(matcher: Matcher) -> None:
    """A size band keeps only candidates of that size."""
    found = matcher.suggest("Gent", min_population=1_000_000, k=10)
    assert {c.name for c in found} == {"Weihai", "Taizhou"}


def test_suggest_theme_filter_uses_register_profiles(matcher: Matcher) -> None:
    """Only candidates whose profile has the theme remain."""
    found = matcher.suggest("Gent", themes=("biotech",), k=10)
    assert [c.name for c in found] == ["Weihai"]
    assert "biotech" in found[0].themes


def test_suggest_country_pair_reason_states_pair_count(matcher: Matcher) -> None:
    """Belgian and Chinese places pair 3 times in this network, and the reason says so."""
    weihai = next(c for c in matcher.suggest("Gent", country="CN", k=3) if c.key == "Q8")
    texts = " | ".join(r.text for r in matcher.fit("Gent", "Q8").common) + " | ".join(
        r.text for r in weihai.reasons
    )
    assert "Belgium and China" in texts
    assert "3 pairs in the network" in texts


@pytest.mark.parametrize(("k", "code"), [(0, "E207"), (-3, "E207")])
def test_suggest_bad_k_raises(matcher: Matcher, k: int, code: str) -> None:
    """k must be positive."""
    with pytest.raises(MatchingError, match=code):
        matcher.suggest("Gent", k=k)


def test_suggest_bad_country_raises_e206(matcher: Matcher) -> None:
    """A country must be a two-letter code."""
    with pytest.raises(MatchingError, match="E206"):
        matcher.suggest("Gent", country="Belgium")


def test_resolve_unknown_place_raises_e201(matcher: Matcher) -> None:
    """An unknown name is a one-line error."""
    with pytest.raises(MatchingError, match=r"unknown place: Atlantis \(E201\)"):
        matcher.suggest("Atlantis")


def test_resolve_ambiguous_name_lists_options(matcher: Matcher) -> None:
    """Two places called Taizhou: the error lists both QIDs; a QID picks one."""
    with pytest.raises(MatchingError, match=r"Q9 .*Q10|Q10 .*Q9"):
        matcher.suggest("Taizhou")
    assert matcher.suggest("Q9", k=1)


def test_fit_shared_theme_reason_quotes_both_sides(matcher: Matcher) -> None:
    """Gent and Weihai are both port cities, with the evidence of each side."""
    result = matcher.fit("Gent", "Q8")
    port = next(r for r in result.common if r.kind == "shared_theme")
    assert port.text.startswith("both are port and logistics cities")
    assert "North Sea Port handled 71.5 million tons." in port.text
    assert "Weihai is a port on the Yellow Sea." in port.text


def test_fit_complementary_strength(matcher: Matcher) -> None:
    """Weihai has the biotech Gent seeks."""
    texts = [r.text for r in matcher.fit("Gent", "Q8").common]
    assert "Weihai is strong in biotechnology and life sciences, which Gent seeks" in texts


def test_fit_organisation_present_in_both(matcher: Matcher) -> None:
    """Volvo Cars is based in Weihai (here) with a branch in Gent."""
    texts = [r.text for r in matcher.fit("Gent", "Q8").common]
    assert "Volvo Cars is present in both (a branch in Gent, based in Weihai)" in texts


def test_fit_missing_lists_what_is_not_shared(matcher: Matcher) -> None:
    """Gent and Taizhou share no partner, no theme and no organisation."""
    result = matcher.fit("Gent", "Q9")
    assert "no shared partner cities" in result.missing
    assert "no shared themes in the records" in result.missing
    assert "no organisation on record in both places" in result.missing
    assert any("Taizhou shows none of what Gent seeks" in m for m in result.missing)


def test_fit_scores_on_the_suggest_scale(matcher: Matcher) -> None:
    """fit() gives the same score and rank as the candidate's place in suggest()."""
    top = matcher.suggest("Gent", k=20)
    for c in top[:3]:
        result = matcher.fit("Gent", c.key)
        assert result.score == pytest.approx(c.score, abs=1e-3)
        assert result.rank == c.rank


def test_fit_existing_pair_is_flagged(matcher: Matcher) -> None:
    """Gent and Kiel are partners already; fit says so and still explains them."""
    result = matcher.fit("Gent", "Kiel")
    assert result.existing is True
    assert result.notes


def test_fit_profile_outside_network_uses_register_only(matcher: Matcher) -> None:
    """A place known only from the register is compared on its themes."""
    other = PlaceProfile(
        "Nowhere Port", themes=(ThemeEvidence("port", "A small port."),), country="NL"
    )
    result = matcher.fit("Gent", other)
    assert [r.kind for r in result.common] == ["shared_theme"]
    assert result.candidates == 0


def test_module_functions_use_given_matcher(matcher: Matcher) -> None:
    """suggest() and fit() of the package take a matcher instead of the stored network."""
    assert suggest("Gent", k=1, matcher=matcher)[0].name == "Lübeck"
    assert fit("Gent", "Lübeck", matcher=matcher).rank == 1


def test_fit_size_uses_the_profiles_own_population() -> None:
    """The population a profile carries (the register's, from a document) wins over the
    network's figure for the same place when sizes are compared."""
    places = {
        q: NetworkPlace(q, lb, 100 + int(q[1:]), lb, c, la, lo, p, "unique")
        for q, (lb, c, la, lo, p) in PLACES.items()
    }
    net = build_network(places, EDGES, source="test")
    own = PlaceProfile("Gent", qid="Q1", population=263608)
    m = Matcher(net, model=load_model(), profiles=[own])
    result = m.fit("Gent", "Kiel")
    texts = [r.text for r in result.common if r.kind == "size"] + list(result.missing)
    assert any("263,608" in t for t in texts), texts
    assert not any("260,000" in t for t in texts)
