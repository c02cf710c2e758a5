"""Agreements: statuses of acts still to come, renewed and ended (c40). The towns, ports and
sentences are invented for these tests."""

from __future__ import annotations

import re

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import possible_renewal
from cityties.extraction.extractors._agreements_status import before, effective_from
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


_TAIL = re.compile(r"(?<![\w-])(?:with\s+effect\s+from|per)\s+\Z")


@pytest.mark.parametrize(
    ("text", "word", "floor", "width", "found"),
    [
        ("The pact stops with effect from 1 May.", "1 May", 0, 30, True),
        ("Het verbond stopt per 1 mei.", "1 mei", 0, 30, True),
        # the window is too short to hold the words
        ("The pact stops with effect from 1 May.", "1 May", 0, 8, False),
        # the words stand before the floor (another sentence)
        ("It stops with effect from. 1 May it was.", "1 May", 27, 30, False),
    ],
)
def test_before_reads_a_bounded_window(
    text: str, word: str, floor: int, width: int, found: bool
) -> None:
    """`before` finds a pattern anchored at the position only within `width` characters and
    never before `floor`."""
    low = text.lower()
    assert before(_TAIL, low, low.index(word.lower()), floor, width) is found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The pact can be extended by two years.", "extended"),
        ("Het verbond kan daarna worden verlengd.", "verlengd"),
        ("L'entente pourra être reconduite.", "reconduite"),
        ("Der Vertrag kann danach verlängert werden.", "verlängert"),
    ],
)
def test_possible_renewal_and_effective_from_share_the_window(text: str, word: str) -> None:
    """The renewal an act allows is read through the shared look-back window, in the four
    languages, and not once the floor passes the modal; the day of effect reads the same."""
    low = text.lower()
    at = low.index(word)
    assert possible_renewal(low, at, 0)
    assert not possible_renewal(low, at, at - 1)
    assert not effective_from(low, at, 0)
