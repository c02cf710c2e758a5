"""Tests of the learned decider over visit candidates (`_visit_model`), on sentences written
for these tests."""

from __future__ import annotations

import math

import pytest

import cityties.extraction.extractors._visit_model as vm
from cityties.extraction import extract
from cityties.extraction.extractors import visits
from cityties.text import fold


def _candidates(
    text: str, monkeypatch: pytest.MonkeyPatch, rules_too: bool = True
) -> list[vm.Candidate]:
    """The candidates of `text`, read from the visits reader after its rules (as
    `extract_visits` hands it to the decider; no function is replaced, so that the test
    holds for the engine compiled by mypyc too)."""
    read = visits.read_rules(extract(text).doc)
    assert read is not None
    reader, us = read
    return vm.candidates(reader, us, rules_too)


def _visits(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (fold(v.visitor.name), fold(v.host.name), v.date.iso() if v.date else None)
        for v in extract(text).doc.visits
    ]


@pytest.mark.parametrize(
    ("text", "origin", "host", "word"),
    [
        ("A delegation from Ghent visited Ningbo on 3 May 2023.", "ghent", "ningbo", "from"),
        ("Een delegatie uit Gent bezocht Ningbo op 3 mei 2023.", "gent", "ningbo", "uit"),
        ("Une délégation de Gand s'est rendue à Ningbo le 3 mai 2023.", "gand", "ningbo", "de"),
        ("Eine Delegation aus Gent besuchte Ningbo am 3. Mai 2023.", "gent", "ningbo", "aus"),
    ],
)
def test_candidates_read_origin_words_in_four_languages(
    text: str, origin: str, host: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence with a visit cue offers both orders of its two places; the place after
    "from"/"uit"/"de"/"aus" has the origin features as visitor, the other has them as host."""
    cands = {(fold(c.visitor.name), fold(c.host.name)): c for c in _candidates(text, monkeypatch)}
    assert set(cands) == {(origin, host), (host, origin)}
    ahead, back = cands[(origin, host)], cands[(host, origin)]
    assert ahead.features["a_from"] == 1.0
    assert ahead.features[f"a_prev={word}"] == 1.0
    assert ahead.features["b_from"] == 0.0
    assert back.features["b_from"] == 1.0
    assert ahead.features["rules_pair"] == 1.0 and back.features["rules_reverse"] == 1.0


def test_candidates_without_rules_too_leave_out_the_rules_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without `rules_too`, a pair the rules found offers no candidate (only the add model
    reads the rest), and the other pairs keep the same features."""
    text = "A council group from Arles travelled to Kyoto in June 2022."
    every = {(fold(c.visitor.name), fold(c.host.name)): c for c in _candidates(text, monkeypatch)}
    rest = {
        (fold(c.visitor.name), fold(c.host.name)): c
        for c in _candidates(text, monkeypatch, rules_too=False)
    }
    assert ("arles", "kyoto") in every and every["arles", "kyoto"].features["rules_pair"] == 1.0
    assert set(rest) == set(every) - {("arles", "kyoto")}
    assert all(rest[k].features == every[k].features for k in rest)


def test_candidates_need_a_visit_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence without a visit, signing or receiving word offers no candidate."""
    assert _candidates("Ghent has more people than Ningbo had in 2023.", monkeypatch) == []


def test_run_is_off_unless_enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `ENABLED` False and no CITYTIES_VISIT_MODEL, the decider adds nothing, even with
    weights that would add every candidate; with CITYTIES_VISIT_MODEL=1 it adds them (here the
    reverse of the pair the rules found)."""
    monkeypatch.setattr(vm, "WEIGHTS", {"bias": 30.0})
    monkeypatch.setattr(vm, "ADD_THRESHOLD", 0.5)
    monkeypatch.setattr(vm, "DROP_THRESHOLD", 0.0)
    monkeypatch.setattr(vm, "ENABLED", False)
    monkeypatch.delenv("CITYTIES_VISIT_MODEL", raising=False)
    text = "A delegation from Ghent visited Ningbo in May 2023."  # (no day: no mirror rule)
    assert [v[:2] for v in _visits(text)] == [("ghent", "ningbo")]
    monkeypatch.setenv("CITYTIES_VISIT_MODEL", "1")
    assert {v[:2] for v in _visits(text)} == {("ghent", "ningbo"), ("ningbo", "ghent")}


def test_run_drops_a_rule_pair_below_the_drop_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair the rules found is left out when its best candidate falls below
    `DROP_THRESHOLD`, and kept when it reaches it."""
    text = "Eine Delegation aus Gent besuchte Ningbo am 3. Mai 2023."
    monkeypatch.setenv("CITYTIES_VISIT_MODEL", "1")
    monkeypatch.setattr(vm, "WEIGHTS", {"bias": -10.0})
    monkeypatch.setattr(vm, "ADD_THRESHOLD", 0.9)
    monkeypatch.setattr(vm, "DROP_WEIGHTS", {"bias": -1.0, "a_from": 3.0})
    monkeypatch.setattr(vm, "DROP_THRESHOLD", 0.5)
    assert _visits(text) == [("gent", "ningbo", "2023-05-03")]
    monkeypatch.setattr(vm, "DROP_WEIGHTS", {"bias": -1.0})
    assert _visits(text) == []


def test_run_adds_a_pair_the_rules_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair the rules did not find is added, dated by the reader's date of its sentence,
    when its probability reaches `ADD_THRESHOLD`; the reverse pair, below it, is not."""
    text = "Delegation news, 3 May 2023: people from Ghent, then Ningbo."
    monkeypatch.setenv("CITYTIES_VISIT_MODEL", "1")
    assert _visits(text) == []  # the rules read no visit here
    monkeypatch.setattr(vm, "WEIGHTS", {"bias": -5.0, "a_from": 10.0})
    monkeypatch.setattr(vm, "ADD_THRESHOLD", 0.5)
    monkeypatch.setattr(vm, "DROP_THRESHOLD", 0.0)
    assert _visits(text) == [("ghent", "ningbo", "2023-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "A delegation from Ghent visited Ningbo on 3 May 2023, and the mayor of Arles "
        "received guests from Kyoto in June.",
        "Een delegatie uit Gent bezocht Ningbo op 3 mei 2023. Daarna ging ze naar Arles.",
        "Le maire de Gand a reçu à l'hôtel de ville une délégation de Ningbo le 3 mai 2023.",
        "Eine Delegation aus Gent besuchte Ningbo. Der Vertrag mit Arles wurde unterzeichnet.",
        "Delegation news, 3 May 2023: people from Ghent, then Ningbo.",
    ],
)
def test_scored_matches_the_candidates_and_their_probability(text: str) -> None:
    """The fast scoring `run` uses offers the same candidates as `candidates` without the
    rules' pairs, in the same order and with the same features, and its score is the logit of
    `probability` under the model's weights; a floor keeps exactly those that reach it."""
    read = visits.read_rules(extract(text).doc)
    assert read is not None
    reader, us = read
    every = vm.candidates(reader, us, rules_too=False)
    scored = vm._scored(reader, us, vm.WEIGHTS, -math.inf)
    assert every, "the sentence offers candidates"
    assert [(c.visitor.key, c.host.key, c.anchor) for c in every] == [
        (c.visitor.key, c.host.key, c.anchor) for _, c in scored
    ]
    for c, (z, d) in zip(every, scored, strict=True):
        assert d.features == c.features
        exact = sum(vm.WEIGHTS.get(k, 0.0) * v for k, v in c.features.items())
        assert z == pytest.approx(exact, abs=1e-9)
    mid = sorted(z for z, _ in scored)[len(scored) // 2]
    kept = vm._scored(reader, us, vm.WEIGHTS, mid)
    assert [c.features for _, c in kept] == [c.features for z, c in scored if z >= mid]
