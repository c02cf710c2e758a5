"""Tests of the learned decider over visit candidates (`_visit_model`), on sentences written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import cityties.extraction.extractors._visit_model as vm
from cityties.extraction import extract
from cityties.text import fold


def _candidates(text: str, monkeypatch: pytest.MonkeyPatch) -> list[vm.Candidate]:
    got: list[vm.Candidate] = []

    def capture(reader: Any, us: Any) -> None:
        got.extend(vm.candidates(reader, us))

    monkeypatch.setattr(vm, "run", capture)
    extract(text)
    return got


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


def test_candidates_need_a_visit_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence without a visit, signing or receiving word offers no candidate."""
    assert _candidates("Ghent has more people than Ningbo had in 2023.", monkeypatch) == []


def test_run_is_off_unless_enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `ENABLED` False and no CITYTIES_VISIT_MODEL, no candidate is read at all; with
    CITYTIES_VISIT_MODEL=1 the candidates are read."""
    calls: list[int] = []

    def counting(reader: Any, us: Any) -> list[vm.Candidate]:
        calls.append(1)
        return []

    monkeypatch.setattr(vm, "candidates", counting)
    monkeypatch.setattr(vm, "WEIGHTS", {"bias": 0.0})
    monkeypatch.setattr(vm, "ADD_THRESHOLD", 0.5)
    monkeypatch.setattr(vm, "ENABLED", False)
    monkeypatch.delenv("CITYTIES_VISIT_MODEL", raising=False)
    text = "A delegation from Ghent visited Ningbo on 3 May 2023."
    extract(text)
    assert calls == []
    monkeypatch.setenv("CITYTIES_VISIT_MODEL", "1")
    extract(text)
    assert calls == [1]


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
