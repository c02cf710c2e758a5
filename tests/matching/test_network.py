"""Reading twinning files, the split rule, the GeoNames join and storing the network."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cityties.matching.errors import MatchingError
from cityties.matching.network import (
    build_network,
    canon,
    join_places,
    leaked,
    load_network,
    make_split,
    read_edges,
    read_twins,
    save_network,
)


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str | None
    latitude: float
    longitude: float
    population: int
    admin1_code: str | None = None


GAZ = {
    "gent": [City(1, "Gent", "BE", 51.05, 3.72, 260000, "VLG")],
    "ski": [City(2, "Ski", "NO", 59.72, 10.84, 30000)],
    "palermo": [
        City(3, "Palermo", "IT", 38.12, 13.36, 650000),
        City(4, "Palermo", "CO", 2.89, -75.43, 9000),
    ],
    "springfield": [
        City(5, "Springfield", "US", 39.8, -89.6, 110000),
        City(6, "Springfield", "US", 42.1, -72.6, 150000),
    ],
    "reggio nell'emilia": [City(7, "Reggio nell'Emilia", "IT", 44.7, 10.6, 170000)],
    "tokio": [City(8, "Tokyo", "JP", 35.7, 139.7, 8300000)],
    "hjørring": [City(9, "Hjørring", "DK", 57.5, 10.0, 25000)],
    "mühlhausen": [City(10, "Mühlhausen", "DE", 51.2, 10.5, 33000)],
    # Barcelona: Spain and Venezuela, within a factor of ten of each other.
    "barcelona": [
        City(11, "Barcelona", "ES", 41.4, 2.2, 1600000),
        City(12, "Barcelona", "VE", 10.1, -64.7, 420000),
    ],
    "lyon": [City(13, "Lyon", "FR", 45.8, 4.8, 500000)],
    "porto": [City(14, "Porto", "PT", 41.1, -8.6, 250000)],
    "sevilla": [City(15, "Sevilla", "ES", 37.4, -6.0, 690000)],
    "caracas": [City(16, "Caracas", "VE", 10.5, -66.9, 3000000)],
}


def lookup(label: str) -> list[City]:
    return GAZ.get(label.casefold(), [])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_read_edges_undirected_distinct_without_self_loops(tmp_path: Path) -> None:
    """Both directions, duplicates and self-loops collapse to sorted distinct pairs."""
    f = write(tmp_path / "r.tsv", "Q2\tQ1\nQ1\tQ2\nQ1\tQ2\nQ3\tQ3\nQ10\tQ9\n")
    assert read_edges(f) == [("Q1", "Q2"), ("Q10", "Q9")]


@pytest.mark.parametrize("line", ["Q1 Q2", "Q1\tfoo", "x\tQ2"])
def test_read_edges_malformed_line_raises_e205(tmp_path: Path, line: str) -> None:
    """A line that is not two tab-separated QIDs is reported with its number."""
    f = write(tmp_path / "r.tsv", f"Q1\tQ2\n{line}\n")
    with pytest.raises(MatchingError, match=r"line 2 .*\(E205\)"):
        read_edges(f)


def test_read_twins_missing_file_raises_e204(tmp_path: Path) -> None:
    """A directory without names.tsv gives a one-line error, not a traceback."""
    with pytest.raises(MatchingError, match="E204"):
        read_twins(tmp_path)


def test_read_twins_unlabelled_place_gets_its_qid(tmp_path: Path) -> None:
    """A QID of relations.tsv missing from names.tsv is kept, labelled with the QID."""
    write(tmp_path / "names.tsv", "Q1\tGent\n")
    write(tmp_path / "relations.tsv", "Q1\tQ2\n")
    names, edges = read_twins(tmp_path)
    assert names == {"Q1": "Gent", "Q2": "Q2"}
    assert edges == [("Q1", "Q2")]


def test_canon_uses_plain_string_order() -> None:
    """Edges are ordered as strings, so Q10 comes before Q9."""
    assert canon("Q9", "Q10") == ("Q10", "Q9")


def test_make_split_is_disjoint_and_keeps_every_place() -> None:
    """Held-out and training edges never overlap, together give all edges, and every place
    keeps at least one training partner."""
    edges = sorted({canon(f"Q{i}", f"Q{j}") for i in range(40) for j in range(i + 1, 40, 7)})
    train, held = make_split(edges, modulus=3)
    assert held
    assert set(train).isdisjoint(held)
    assert sorted(set(train) | set(held)) == edges
    places = {q for e in edges for q in e}
    assert places == {q for e in train for q in e}


def test_make_split_salt_gives_another_fold() -> None:
    """A salt changes which edges are held out (used for the training folds)."""
    edges = sorted({canon(f"Q{i}", f"Q{j}") for i in range(30) for j in range(i + 1, 30, 4)})
    _, a = make_split(edges, modulus=4)
    _, b = make_split(edges, modulus=4, salt="fold:")
    assert a != b


def test_leaked_finds_test_edges_in_training_either_direction() -> None:
    """A test edge written the other way round in training still counts as leaked."""
    assert leaked([("Q1", "Q2"), ("Q3", "Q4")], [("Q2", "Q1"), ("Q5", "Q6")]) == [("Q1", "Q2")]
    assert leaked([("Q1", "Q2")], [("Q5", "Q6")]) == []


def test_join_places_unique_match_is_joined() -> None:
    """A label with exactly one gazetteer city gets its id, country, position and size."""
    places, report = join_places({"Q1": "Gent"}, lookup)
    p = places["Q1"]
    assert (p.geonameid, p.country, p.population, p.match) == (1, "BE", 260000, "unique")
    assert report.joined == 1


def test_join_places_bracket_qualifier_dropped_only_when_nothing_matched() -> None:
    """ "Ski (Ort)" matches nothing, "Ski" matches one city: joined under the same rule."""
    places, _ = join_places({"Q1": "Ski (Ort)"}, lookup)
    assert places["Q1"].geonameid == 2


def test_join_places_ambiguous_label_is_reported_not_joined() -> None:
    """Two Springfields of similar size: no attributes, listed as ambiguous."""
    places, report = join_places({"Q1": "Springfield"}, lookup)
    assert places["Q1"].country is None
    assert report.ambiguous == [("Q1", "Springfield", 2)]


def test_join_places_dominant_namesake_is_a_probable_hint() -> None:
    """Palermo (Sicily) outweighs the Colombian town 70 to 1: kept as probable, still reported
    as ambiguous."""
    places, report = join_places({"Q1": "Palermo"}, lookup)
    assert places["Q1"].country == "IT"
    assert places["Q1"].match == "probable"
    assert report.joined == 0
    assert report.probable == 1
    assert report.ambiguous == [("Q1", "Palermo", 2)]


def test_join_places_unknown_label_is_unmatched() -> None:
    """A label no city carries is listed as unmatched."""
    _, report = join_places({"Q7": "Xqzzy"}, lookup)
    assert report.unmatched == [("Q7", "Xqzzy")]


def test_save_load_network_round_trip(tmp_path: Path) -> None:
    """A stored network reads back equal."""
    places, _ = join_places({"Q1": "Gent", "Q2": "Ski", "Q3": "Xqzzy"}, lookup)
    net = build_network(places, [("Q1", "Q2"), ("Q2", "Q3")], source="test")
    path = tmp_path / "sub" / "twins.json"
    save_network(net, path)
    assert load_network(path) == net


def test_load_network_missing_file_says_to_import(tmp_path: Path) -> None:
    """Without a stored network the error tells the user to run import-twins."""
    with pytest.raises(MatchingError, match="import-twins"):
        load_network(tmp_path / "twins.json")


def test_join_places_keeps_the_admin1_code() -> None:
    """The first-level division of the joined city travels with the place."""
    places, _ = join_places({"Q1": "Gent"}, lookup)
    assert places["Q1"].admin1 == "VLG"


@pytest.mark.parametrize(
    ("label", "geonameid"),
    [
        ("Reggio nell’Emilia", 7),  # typographic apostrophe
        ("Präfektur Tokio", 8),  # unit word before the name
        ("Hjørring Kommune", 9),  # unit word after the name
        ("Mühlhausen/Thüringen", 10),  # part before a slash
    ],
)
def test_join_places_other_spellings_when_the_label_matches_nothing(
    label: str, geonameid: int
) -> None:
    """A label that matches nothing is looked up in other spellings, under the one-match rule."""
    places, report = join_places({"Q1": label}, lookup)
    assert places["Q1"].geonameid == geonameid
    assert report.joined == 1


def pairs_network(barcelona_partners: list[str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Spanish and Portuguese cities pair with French ones; Barcelona's partners vary."""
    names = {"Q1": "Barcelona", "Q2": "Lyon", "Q3": "Porto", "Q4": "Sevilla", "Q5": "Caracas"}
    edges = [("Q2", "Q3"), ("Q2", "Q4"), ("Q3", "Q4")]
    edges += [canon("Q1", p) for p in barcelona_partners]
    return names, edges


def test_join_places_namesake_chosen_by_the_partners_countries() -> None:
    """With partners in France and Portugal, whose cities pair with Spain, Barcelona is the
    Spanish one; the choice is a hint marked "partners" and the label stays reported."""
    names, edges = pairs_network(["Q2", "Q3"])
    places, report = join_places(names, lookup, edges=edges)
    assert (places["Q1"].country, places["Q1"].match) == ("ES", "partners")
    assert report.by_partners == 1
    assert ("Q1", "Barcelona", 2) in report.ambiguous


def test_join_places_namesake_left_open_when_size_and_partners_disagree() -> None:
    """Twinned with Caracas alone, Barcelona could be either: size points to Spain, the
    partner to Venezuela, and neither clearly wins, so it stays unjoined."""
    names, edges = pairs_network(["Q5"])
    places, report = join_places(names, lookup, edges=edges)
    assert places["Q1"].country is None
    assert report.by_partners == 0


def test_join_places_without_edges_leaves_namesakes_alone() -> None:
    """Without the network's edges the namesakes are not weighed."""
    names, _ = pairs_network(["Q2", "Q3"])
    places, _ = join_places(names, lookup)
    assert places["Q1"].country is None
