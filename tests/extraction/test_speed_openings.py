"""Patterns rewritten to open with their first characters (`_clauses.first_chars`) find the
same matches as the look-behind or alternation openings they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import agreements
from cityties.extraction.extractors._clauses import first_chars

_OLD_BARRIER = re.compile(
    r"\.\s|(?<![\w-])(?:which|who|where|that|whose|because|while|whereas|but|when|after|"
    r"waarbij|waarmee|omdat|maar|qui|que|où|mais|lorsque|welche[rs]?|weil|aber|sondern|"
    r"nachdem|wenn)(?![\w-])|(?<![\w-])to\s+(?!the\b)[a-z]|(?<![\w-])(?:om|pour|afin|um)\s",
)

# pieces of text near the patterns' words, so that random texts often hold near-matches
_BARRIER_PIECES = [
    *"which who where whereas whose that the to om pour afin um welcher welches wenn où "
    "qui que mais maar but when after nachdem sondern aber weil lorsque omdat waarbij".split(),
    *"a x T W - . , ; ' é 1 _".split(),
]
_GAPS = [" ", "", "\n", "-", ". ", "\t", "x", "_"]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces)
    gap = st.sampled_from(_GAPS)
    return st.lists(st.tuples(piece, gap), max_size=14).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


def _all(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Every search result from each start, as the engine calls it with windows."""
    out = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append(m.span() if m else (-1, -1))
    return out


@pytest.mark.parametrize(
    ("alternatives", "firsts", "tails"),
    [
        (["ab", "c"], "[ac]", "(?:(?<=a)(?:b)|(?<=c))"),
        ([r"\.\s", "x|y"], r"[\.x]", r"(?:(?<=\.)(?:\s)|(?<=x)(?:|y))"),
    ],
)
def test_first_chars_opening_and_tails(alternatives: list[str], firsts: str, tails: str) -> None:
    """first_chars gives the set of the alternatives' first characters and each alternative's
    rest after a check of its first character behind, in the given order."""
    assert first_chars(alternatives) == (firsts, tails)


def test_first_chars_refuses_an_alternative_without_a_plain_first_character() -> None:
    """An alternative that opens with a group or a class has no single first character."""
    with pytest.raises(ValueError):
        first_chars(["(?:a|b)c"])


@settings(max_examples=600, deadline=None)
@given(_texts(_BARRIER_PIECES), st.data())
def test_barrier_same_matches_as_the_old_pattern(text: str, data: st.DataObject) -> None:
    """_BARRIER, opening with its first characters, finds what the old pattern finds from
    every start in any window."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _all(agreements._BARRIER, text, lo, hi) == _all(_OLD_BARRIER, text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "Kiel, Lyon and Brno, which signed",
        "twinned with Gent to promote trade",
        "Gent. Later",
        "partners Tours, Orléans, pour renforcer",
        "the whereas-clause and somewhat",
    ],
)
def test_barrier_examples(text: str) -> None:
    """On written sentences the barrier starts where the old pattern's does."""
    assert _all(agreements._BARRIER, text, 0, len(text)) == _all(_OLD_BARRIER, text, 0, len(text))
