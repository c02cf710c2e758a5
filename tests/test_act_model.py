"""The act decider over broad candidates (`_act_model`): candidates, features, added acts."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors import _act_model as am
from cityties.extraction.extractors import agreements as ag
from cityties.extraction.extractors._parties import cast_for
from cityties.extraction.extractors.agreements import find_keywords


def _candidates(text: str, with_acts: bool = False) -> tuple[list[am.Candidate], object]:
    doc = extract(text).doc
    cast = cast_for(doc)
    acts = list(doc.agreements) if with_acts else []
    return am.candidates(doc, cast, find_keywords(doc.text), acts), cast


def _pairs(cands: list[am.Candidate], cast: object) -> set[tuple[str, frozenset[str]]]:
    return {
        (c.type, frozenset((cast.display_name(c.a), cast.display_name(c.b))))  # type: ignore[attr-defined]
        for c in cands
    }


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "The city of Ghent and the city of Kunming signed a memorandum of understanding "
            "on 3 May 2019.",
            "memorandum_of_understanding",
            {"Ghent", "Kunming"},
        ),
        (
            "De stad Gent ondertekende in 2019 een samenwerkingsakkoord met de stad Kunming.",
            "cooperation_agreement",
            {"Gent", "Kunming"},
        ),
        (
            "La ville de Lyon a signé un accord de coopération avec la ville de Shanghai en 2018.",
            "cooperation_agreement",
            {"Lyon", "Shanghai"},
        ),
        (
            "Die Stadt Hamburg unterzeichnete 2017 mit Shanghai einen Kooperationsvertrag.",
            "cooperation_agreement",
            {"Hamburg", "Shanghai"},
        ),
    ],
)
def test_candidates_pair_the_act_word_with_its_sentences_actors(
    text: str, kind: str, pair: set[str]
) -> None:
    """Without the rules' acts, the act word and the two cities of its sentence make a
    candidate of the act word's type, with a signing word among its cues."""
    cands, cast = _candidates(text)
    assert (kind, frozenset(pair)) in _pairs(cands, cast)
    hit = next(
        c
        for c in cands
        if c.type == kind and {cast.display_name(c.a), cast.display_name(c.b)} == pair  # type: ignore[attr-defined]
    )
    assert hit.features["sign"] == 1.0
    assert hit.features["negation"] == 0.0


def test_candidates_skip_the_acts_the_rules_output() -> None:
    """A pair and type the rules already output is no candidate: the decider only adds."""
    text = (
        "The city of Ghent and the city of Kunming signed a memorandum of understanding on "
        "3 May 2019."
    )
    doc = extract(text).doc
    assert doc.agreements, "the rules read this act"
    cands, cast = _candidates(text, with_acts=True)
    found = {(a.type, frozenset(p.name for p in a.parties)) for a in doc.agreements}
    assert not _pairs(cands, cast) & found


@pytest.mark.parametrize(
    "text",
    [
        "Ghent did not sign a friendship agreement with Kunming.",
        "Gent heeft nooit een vriendschapsakkoord met Kunming ondertekend.",
        "Lyon n'a jamais signé d'accord d'amitié avec Shanghai.",
        "Hamburg hat kein Freundschaftsabkommen mit Shanghai unterzeichnet.",
    ],
)
def test_candidates_read_a_negation(text: str) -> None:
    """A negation in the act word's sentence is a feature of its candidates."""
    cands, _ = _candidates(text)
    assert cands
    assert all(c.features["negation"] == 1.0 for c in cands)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    """The probability is 1 / (1 + exp(-sum of weight x value)); unknown features weigh 0."""
    p = am.probability({"bias": 1.0, "sign": 1.0, "unknown": 5.0}, {"bias": -1.0, "sign": 1.0})
    assert p == pytest.approx(0.5)
    assert am.probability({"bias": 1.0}, {"bias": 2.0}) == pytest.approx(0.8807970779778823)


def test_extra_acts_adds_the_kept_candidates_as_acts() -> None:
    """With weights that keep every candidate, the candidates become acts of their type and
    pair with the act word as evidence; with no weights nothing is added."""
    text = "Ghent did not sign a friendship agreement with Kunming."
    doc = extract(text).doc
    cast = cast_for(doc)
    kws = find_keywords(doc.text)
    assert am.extra_acts(doc, cast, kws, [], "t", weights={}) == []
    acts = am.extra_acts(doc, cast, kws, [], "t", weights={"bias": 5.0})
    pairs = {(a.type, frozenset(p.name for p in a.parties)) for a in acts}
    assert ("friendship", frozenset({"Ghent", "Kunming"})) in pairs
    assert all(a.evidence and a.signed is None for a in acts)


def test_act_model_is_off_in_the_agreement_reader() -> None:
    """The reader's switch is off (the engine adds no decider acts) while the decider ships
    a fitted model and threshold."""
    assert ag.ACT_MODEL is False
    assert am.WEIGHTS
    assert 0.0 < am.THRESHOLD < 1.0
