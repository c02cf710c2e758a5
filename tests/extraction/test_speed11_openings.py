"""Patterns of the visit model and the visit readers rewritten for speed (opening with their
first characters, `_clauses.first_chars`, or with a possessive word) find the same matches as
the forms they replace, from every start of any window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _visit_model

_I = re.IGNORECASE
# The patterns as they were written before.
_OLD_VISIT_MODEL = {
    "_FROM_BEFORE": re.compile(
        r"(?<![\w-])(?:from|uit|aus|von|de|du|des|d['’])\s*(?:[\w'’-]+\s+)?\Z", _I
    ),
    "_TO_BEFORE": re.compile(
        r"(?<![\w-])(?:to|naar|à|au|aux|nach|zu|zur|zum|aan|visit(?:ed|ing)?|bezocht(?:en)?|"
        r"visité|besucht(?:e|en)?)\s+(?:[\w'’-]+\s+)?\Z",
        _I,
    ),
    "_IN_BEFORE": re.compile(r"(?<![\w-])(?:in|at|im|en|dans|te|op|bei)\s+(?:[\w'’-]+\s+)?\Z", _I),
    "_OF_BEFORE": re.compile(r"(?<![\w-])(?:of|van|von|der|des)\s+(?:[\w'’-]+\s+){0,1}\Z", _I),
    "_BY_BEFORE": re.compile(r"(?<![\w-])(?:by|door|par|von)\s+(?:[\w'’-]+\s+)?\Z", _I),
    "_PLANNED": re.compile(
        r"(?<![\w-])(?:will|shall|plans?|planned|zal|zullen|gepland|sera|seront|prévue?s?|wird|"
        r"werden|geplant)(?![\w-])",
        _I,
    ),
    "_PREV_WORD": re.compile(r"([^\W\d_]+)['’]?\s*(?:(?:the|het|la|le|les|der|die|dem|den)\s+)?\Z"),
}

# words near the patterns' words, in mixed case, with the characters re.IGNORECASE takes for
# "i", "s" and "k", so that random texts often hold near-matches
_WORDS = (
    "from From uit aus von de du des d' d’ to TO naar à À au aux nach zu zur zum aan visit "
    "Visited visiting bezocht bezochten visité besucht besuchte besuchten in İn ın at im en "
    "dans te op bei of van der by door par will Will WILL ſhall shall plan plans planned zal "
    "zullen gepland sera seront prévu prévue prévues wird werden geplant the het la le les "
    "die dem den Kiel Lyon's Brno’ 2019 x - _ bathe xthe"
).split()
_GAPS = [" ", "", "\n", "-", ". ", "\t", "  ", "_", "'"]


def _texts() -> st.SearchStrategy[str]:
    piece = st.sampled_from(_WORDS)
    gap = st.sampled_from(_GAPS)
    return st.lists(st.tuples(piece, gap), max_size=12).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[object]:
    """Span and groups of the search from each start of the window."""
    out: list[object] = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append((m.span(), m.groups()) if m else None)
    return out


@pytest.mark.parametrize("name", sorted(_OLD_VISIT_MODEL))
@settings(max_examples=300, deadline=None)
@given(text=_texts(), data=st.data())
def test_visit_model_pattern_same_matches_as_the_old(
    name: str, text: str, data: st.DataObject
) -> None:
    """Each rewritten pattern of the visit model finds what its old form finds, with the same
    groups, from every start of any window of texts made of its words."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    new = getattr(_visit_model, name)
    assert _found(new, text, lo, hi) == _found(_OLD_VISIT_MODEL[name], text, lo, hi)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("_FROM_BEFORE", "a delegation from Kiel "),
        ("_TO_BEFORE", "the mayor Visited the "),
        ("_TO_BEFORE", "Besuchte die "),
        ("_IN_BEFORE", "arrived İn "),
        ("_OF_BEFORE", "the mayor of "),
        ("_BY_BEFORE", "received door de "),
        ("_PLANNED", "The mayor WILL travel to Lyon"),
        ("_PLANNED", "une visite est prévue en mai"),
        ("_PREV_WORD", "travelled to the "),
        ("_PREV_WORD", "bathe "),
    ],
)
def test_visit_model_pattern_examples(name: str, text: str) -> None:
    """On written phrases each rewritten pattern finds a match where its old form does."""
    new = getattr(_visit_model, name)
    old = _OLD_VISIT_MODEL[name]
    assert _found(new, text, 0, len(text)) == _found(old, text, 0, len(text))
    assert any(_found(new, text, 0, len(text)))
