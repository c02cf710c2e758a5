"""The act decider's features that link the two actors of a candidate (`_act_model._links`):
coordination, "between", "with", a venue, in the four languages."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors import _act_model as am
from cityties.extraction.extractors._parties import cast_for
from cityties.extraction.extractors.agreements import find_keywords


def _features(text: str, pair: set[str]) -> dict[str, float]:
    """The features of the first candidate of `pair` (the rules' acts not held out)."""
    doc = extract(text).doc
    cast = cast_for(doc)
    for c in am.candidates(doc, cast, find_keywords(doc.text), []):
        if {cast.display_name(c.a), cast.display_name(c.b)} == pair:
            return c.features
    raise AssertionError(f"no candidate for {pair}")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghent and Kunming signed a friendship agreement in May 2019.", {"Ghent", "Kunming"}),
        ("Gent en Kunming ondertekenden in mei 2019 een vriendschapsakkoord.", {"Gent", "Kunming"}),
        ("Lyon et Shanghai ont signé un accord d'amitié en mai 2019.", {"Lyon", "Shanghai"}),
        (
            "Hamburg und Shanghai haben im Mai 2019 ein Freundschaftsabkommen unterzeichnet.",
            {"Hamburg", "Shanghai"},
        ),
    ],
)
def test_links_read_a_coordinated_pair(text: str, pair: set[str]) -> None:
    """ "A and B signed": the pair is coordinated, not "between", and linked."""
    f = _features(text, pair)
    assert f["coord_pair"] == 1.0
    assert f["between_pair"] == 0.0
    assert f["linked"] == 1.0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "A friendship agreement between Ghent and Kunming was signed in 2019.",
            {"Ghent", "Kunming"},
        ),
        (
            "In 2019 werd een vriendschapsakkoord tussen Gent en Kunming ondertekend.",
            {"Gent", "Kunming"},
        ),
        (
            "Un accord d'amitié entre la ville de Lyon et Shanghai a été signé en 2019.",
            {"Lyon", "Shanghai"},
        ),
        (
            "Ein Freundschaftsabkommen zwischen Hamburg und Shanghai wurde 2019 unterzeichnet.",
            {"Hamburg", "Shanghai"},
        ),
    ],
)
def test_links_read_between_a_and_b(text: str, pair: set[str]) -> None:
    """ "between A and B" is its own link, not a bare coordination."""
    f = _features(text, pair)
    assert f["between_pair"] == 1.0
    assert f["coord_pair"] == 0.0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghent signed a friendship agreement with Kunming in 2019.", {"Ghent", "Kunming"}),
        ("Gent ondertekende in 2019 een vriendschapsakkoord met Kunming.", {"Gent", "Kunming"}),
        ("Lyon a signé un accord d'amitié avec la ville de Shanghai.", {"Lyon", "Shanghai"}),
        (
            "Hamburg hat 2019 mit der Stadt Shanghai ein Freundschaftsabkommen unterzeichnet.",
            {"Hamburg", "Shanghai"},
        ),
    ],
)
def test_links_read_a_with_phrase(text: str, pair: set[str]) -> None:
    """ "A signed ... with B": one actor of the pair (only) is governed by "with"."""
    f = _features(text, pair)
    assert f["with_one"] == 1.0
    assert f["with_other"] == 0.0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ghent signed a friendship agreement with Kunming in Brussels.",
            {"Ghent", "Brussels"},
        ),
        (
            "Gent ondertekende een vriendschapsakkoord met Kunming in Brussel.",
            {"Gent", "Brussel"},
        ),
        (
            "Lyon a signé un accord d'amitié avec Shanghai à Paris.",
            {"Lyon", "Paris"},
        ),
        (
            "Hamburg hat mit Shanghai in Berlin ein Freundschaftsabkommen unterzeichnet.",
            {"Hamburg", "Berlin"},
        ),
    ],
)
def test_links_read_a_venue_and_another_with_actor(text: str, pair: set[str]) -> None:
    """A place named as where the act was signed ("in Z", "à Z") is a venue of the pair,
    and the act's "with" actor is a third one."""
    f = _features(text, pair)
    assert f["venue_pair"] == 1.0
    assert f["with_other"] == 1.0
    assert f["linked"] == 0.0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ghent, with which Kunming signed a friendship agreement, is a port.",
            {"Ghent", "Kunming"},
        ),
        (
            "Gent, waarmee Kunming een vriendschapsakkoord ondertekende, is een havenstad.",
            {"Gent", "Kunming"},
        ),
        (
            "Lyon, avec laquelle Shanghai a signé un accord d'amitié, est une grande ville.",
            {"Lyon", "Shanghai"},
        ),
    ],
)
def test_links_read_a_relative_with(text: str, pair: set[str]) -> None:
    """ "B, with which A signed": the first actor is the antecedent of a relative "with"."""
    assert _features(text, pair)["rel_with"] == 1.0


def test_links_count_the_nearer_actors() -> None:
    """A pair whose farther actor has other actors nearer the act word counts them."""
    text = "Ghent, Lyon and Hamburg each signed a friendship agreement with Kunming in 2019."
    assert _features(text, {"Ghent", "Kunming"})["nearer"] > 0.0
    assert _features(text, {"Hamburg", "Kunming"})["nearer"] == 0.0


@pytest.mark.parametrize(
    ("a", "b", "parties", "same"),
    [
        ("Port Atlantique La Rochelle", "Port of Xiamen", ("port de La Rochelle", "Xiamen"), True),
        ("Universiteit Gent", "Kunming", ("Gent", "Kunming University"), True),
        ("Université de Lyon", "Shanghai", ("Lyon", "Hambourg"), False),
        ("Stadt Hamburg", "Universität Shanghai", ("Hamburg", "Dresden"), False),
    ],
)
def test_resembles_reads_an_act_of_the_rules_under_other_names(
    a: str, b: str, parties: tuple[str, str], same: bool
) -> None:
    """A pair whose names share a telling word each with the two parties of an act of the
    rules is that act under other names; generic words (port, university, city) say nothing."""
    acts = [tuple(am._content_words(p) for p in parties)]
    assert am._resembles(a, b, acts) is same


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Ghent hospital signed a cooperation agreement with Kunming University.",
            {"Ghent", "Kunming University"},
        ),
        (
            "Het ziekenhuis van Gent ondertekende een samenwerkingsakkoord met Kunming.",
            {"Gent", "Kunming"},
        ),
        (
            "L'hôpital de Lyon a signé un accord de coopération avec Shanghai.",
            {"Lyon", "Shanghai"},
        ),
        (
            "Der Zoo von Hamburg hat mit Shanghai einen Kooperationsvertrag unterzeichnet.",
            {"Hamburg", "Shanghai"},
        ),
    ],
)
def test_candidates_skip_a_place_qualifying_an_organisation(text: str, pair: set[str]) -> None:
    """A place that qualifies an organisation noun ("the Ghent hospital", "l'hôpital de
    Lyon") is no party of a candidate: the organisation is."""
    with pytest.raises(AssertionError, match="no candidate"):
        _features(text, pair)


def test_links_a_venue_is_no_subject_of_with() -> None:
    """ "A signed with B in Z": the pair of Z and B is not the "with" link of the act."""
    text = "Ghent signed a friendship agreement with Kunming in Brussels."
    assert _features(text, {"Ghent", "Kunming"})["with_one"] == 1.0
    assert _features(text, {"Brussels", "Kunming"})["with_one"] == 0.0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ghent signed a friendship agreement with Kunming on 3 May 2019.", "2019-05-03"),
        ("Gent ondertekende op 3 mei 2019 een vriendschapsakkoord met Kunming.", "2019-05-03"),
        ("Lyon a signé un accord d'amitié avec Shanghai le 3 mai 2019.", "2019-05-03"),
        (
            "Hamburg hat am 3. Mai 2019 mit Shanghai ein Freundschaftsabkommen unterzeichnet.",
            "2019-05-03",
        ),
    ],
)
def test_extra_acts_take_the_one_date_of_their_sentence(text: str, day: str) -> None:
    """An added signed act is dated by the one date its act word's sentence names."""
    doc = extract(text).doc
    cast = cast_for(doc)
    acts = am.extra_acts(doc, cast, find_keywords(doc.text), [], "t", weights={"bias": 5.0})
    assert acts
    assert {str(a.signed) for a in acts} == {day}
