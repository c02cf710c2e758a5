"""The learned party check (tools/party_choice.py): the candidates of each party of an act and
their features, and the replacement of a party by a candidate that leads by the margin
(sentences written for these tests; the shipped weights are empty, so the check is off)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.extractors._clauses import units
from cityties.extraction.extractors._parties import Actor, Cast, cast_for
from cityties.extraction.pipeline import read_date_line
from cityties.text import fold

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import party_choice as pc  # noqa: E402

_STEPS = ("cityties.document", "cityties.dates", "cityties.places")


def _cast(text: str) -> tuple[Cast, list[tuple[int, int]]]:
    doc = Doc(text=text, language=guess_language(text), document_date=read_date_line(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return cast_for(doc), [(u.start, u.end) for u in units(doc, relative=True)]


def _actor(cast: Cast, name: str) -> Actor:
    return next(a for a in cast.actors if fold(a.name) == name)


# (text, act word, rules' parties, the place named in the sentence before)
_TEXTS = [
    (
        "A delegation from Dalian came to Bremen in May. On 4 May 2019 Bremen and Qingdao "
        "signed a memorandum of understanding.",
        "memorandum",
        ("bremen", "qingdao"),
        "dalian",
    ),
    (
        "Een delegatie uit Dalian bezocht in mei Gent. Op 4 mei 2019 ondertekenden Gent en "
        "Qingdao een intentieverklaring.",
        "intentieverklaring",
        ("gent", "qingdao"),
        "dalian",
    ),
    (
        "Eine Delegation aus Dalian besuchte im Mai Kiel. Am 4. Mai 2019 unterzeichneten Kiel "
        "und Qingdao eine Absichtserklärung.",
        "Absichtserklärung",
        ("kiel", "qingdao"),
        "dalian",
    ),
    (
        "Une délégation de Dalian est venue à Rouen en mai. Le 4 mai 2019, Rouen et Qingdao "
        "ont signé une lettre d'intention.",
        "lettre",
        ("rouen", "qingdao"),
        "dalian",
    ),
]


@pytest.mark.parametrize(("text", "word", "parties", "before"), _TEXTS)
def test_party_corrector_candidates_rules_party_first(
    text: str, word: str, parties: tuple[str, str], before: str
) -> None:
    """Each slot lists the rules' party first, then the actors of the act's sentence and the
    one before, never the act's other party; the place of the sentence before is marked so."""
    cast, spans = _cast(text)
    chosen = [_actor(cast, p) for p in parties]
    at = text.index(word)
    slots = pc.candidate_features(
        text, cast, spans, (at, at + len(word)), chosen, "memorandum_of_understanding"
    )
    assert len(slots) == 2
    for i, slot in enumerate(slots):
        names = [fold(a.name) for a, _ in slot]
        assert names[0] == parties[i]
        assert slot[0][1]["rules"] == 1.0
        assert parties[1 - i] not in names
        assert before in names
        f = dict((fold(a.name), x) for a, x in slot)[before]
        assert f["rules"] == 0.0
        assert f["previous_sentence"] == 1.0
        assert f["same_sentence"] == 0.0
        assert f["before"] == 1.0


def test_party_corrector_city_of_the_chosen_region() -> None:
    """A city of the region the rules chose ("Hefei" for "Anhui") is marked as such."""
    text = (
        "Hefei is the capital of Anhui. In June 2018 Anhui and Lower Saxony signed a "
        "friendship agreement."
    )
    cast, spans = _cast(text)
    at = text.index("friendship")
    chosen = [_actor(cast, "anhui"), _actor(cast, "lower saxony")]
    slots = pc.candidate_features(text, cast, spans, (at, at + 10), chosen, "friendship")
    f = {fold(a.name): x for a, x in slots[0]}
    assert f["hefei"]["city_of_chosen"] == 1.0
    assert f["anhui"]["city_of_chosen"] == 0.0


def test_party_corrector_off_without_weights() -> None:
    """With the shipped (empty) weights the rules' parties always stay."""
    text, word, parties, _ = _TEXTS[0]
    cast, spans = _cast(text)
    at = text.index(word)
    chosen = [_actor(cast, p) for p in parties]
    assert not pc.SLOT_WEIGHTS
    assert (
        pc.corrected_parties(text, cast, spans, (at, at + len(word)), chosen, "friendship") is None
    )


@pytest.mark.parametrize(("text", "word", "parties", "before"), _TEXTS)
def test_party_corrector_replaces_by_the_margin(
    text: str, word: str, parties: tuple[str, str], before: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With weights that favour the sentence before, the place named there replaces one
    party when its lead passes the margin, and not when the margin is higher than the lead."""
    cast, spans = _cast(text)
    at = text.index(word)
    cue = (at, at + len(word))
    chosen = [_actor(cast, p) for p in parties]
    monkeypatch.setattr(pc, "SLOT_WEIGHTS", {"rules": 1.0, "previous_sentence": 3.0})
    monkeypatch.setattr(pc, "SLOT_MARGIN", 1.5)
    out = pc.corrected_parties(text, cast, spans, cue, chosen, "sister_city")
    assert out is not None
    names = [fold(a.name) for a in out]
    assert before in names
    assert len(names) == 2
    assert len(set(names) & set(parties)) == 1
    monkeypatch.setattr(pc, "SLOT_MARGIN", 2.5)
    assert pc.corrected_parties(text, cast, spans, cue, chosen, "sister_city") is None
