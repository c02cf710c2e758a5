"""Tests that the fast forms of patterns the extractors use find what the plain patterns find
(speed work must not change the output)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _contacts_lex as lex

_PIECES = st.sampled_from(
    [
        "Tel",
        "tél.",
        "phone",
        "Fax",
        "M",
        "T.",
        "t",
        "m:",
        "ſ",
        "direct  line",
        "(ext. 2)",
        "Handy",
        "ph.",
        "GSM nr.",
        "Switchboard",
        ":",
        "：",
        ".",
        " ",
        "\n",
        "+",
        "0",
        "32",
        "(",
        ")",
        "a",
        "mobile",
        "Zentrale",
        "ST",
    ]
)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 40))
def test_search_phone_label_same_as_pattern(text: str, pos: int) -> None:
    """search_phone_label finds the same span as PHONE_LABEL.search, from any position."""
    pos = min(pos, len(text))
    assert _span(lex.search_phone_label(text, pos)) == _span(lex.PHONE_LABEL.search(text, pos))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tel: 09 210 10 10", (0, 5)),
        ("For bookings call the switchboard: +44 20 7946 0000", (22, 35)),
        ("Our office has 75,000 visitors a year", None),
        ("Mob. 0478 12 34 56", (0, 5)),
    ],
)
def test_search_phone_label_examples(text: str, span: tuple[int, int] | None) -> None:
    """A label right before a number is found where it starts; prose without one gives None."""
    assert _span(lex.search_phone_label(text)) == span
    assert _span(lex.PHONE_LABEL.search(text)) == span
