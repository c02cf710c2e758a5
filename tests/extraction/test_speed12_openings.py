"""`_clauses.opened` also rewrites patterns whose words open inside groups (a capturing group
of words, a group of words opened by a group, optional groups before a group of words), and
the engine's patterns so rewritten find what their old forms find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# every extractor, so that each pattern `opened` rewrites at import is in `OPENED`
import cityties.extraction.pipeline  # noqa: F401
from cityties.extraction.extractors import _clauses as clauses

_GAPS = [" ", "", "\n", "-", ". ", "\t", "  ", "_", "'"]


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[object]:
    """Span, groups and last group of the search from each start of the window."""
    out: list[object] = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append((m.span(), m.groups(), m.lastindex) if m else None)
    return out


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (
            r"(?<![\w-])(?:(?:for|at)\s+the|during)",
            0,
            r"[fad](?<![\w-].)(?:(?<=f)(?:or\s+the)|(?<=a)(?:t\s+the)|(?<=d)(?:uring))",
        ),
        (r"(?<![\w-])(?P<n>a|bc)d", 0, r"(?P<n>[ab](?<![\w-].)(?:(?<=a)|(?<=b)(?:c)))d"),
        (
            r"(?<![\w-])(?:vice\s|co-)?(?:mayor|chair)",
            0,
            r"[vcm](?<![\w-].)(?:(?<=v)(?:(?:ice\s(?:mayor|chair)))"
            r"|(?<=c)(?:(?:o-(?:mayor|chair))|hair)|(?<=m)(?:ayor))",
        ),
        (
            r"(?<!\w)(?:(?:the\s+)?(?:a|b)\s|c)",
            re.IGNORECASE,
            r"(?-i:[TtAaBbCc])(?<!\w.)(?:(?<=t)(?:(?:he\s+(?:a|b)\s))|(?<=a)(?:\s)"
            r"|(?<=b)(?:\s)|(?<=c))",
        ),
    ],
)
def test_opened_rewrites_words_inside_groups(pattern: str, flags: int, expected: str) -> None:
    """A group of words opened by groups is spread out into words that open with a character
    (an optional group first tried, then left out); a capturing group of words keeps the
    check inside it."""
    assert clauses.opened(re.compile(pattern, flags)).pattern == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])(?:\bx|y)",  # a zero-width escape first
        r"(?<![\w-])(?:(?=x)x|y)",  # a look-ahead first
        r"(?<![\w-])(?:(?:a|b)+c|d)",  # a repeated group first
        r"(?<![\w-])(?:(?:a|b)??c|d)",  # a lazy optional group first
        r"(?<![\w-])(?:(?P<n>a)c|d)",  # a capturing group inside a word
    ],
)
def test_opened_leaves_words_it_cannot_spread(pattern: str) -> None:
    """A pattern whose words open with something that is no single character is given back
    as it is."""
    rx = re.compile(pattern)
    assert clauses.opened(rx) is rx


def _spread_kind(new: str) -> bool:
    """Whether `new` was written by the rewrite of words inside groups."""
    old, flags = clauses.OPENED[new]
    guard = next(g for g in clauses._GUARDS if old.startswith(g))
    return clauses._opened_words(re.compile(old, flags), guard) is None


_SPREAD = sorted(p for p in clauses.OPENED if _spread_kind(p))


def test_opened_spreads_engine_patterns() -> None:
    """Some of the engine's patterns are rewritten by spreading their words out."""
    assert len(_SPREAD) >= 10


@pytest.mark.parametrize("new", _SPREAD, ids=lambda p: p[:30])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_spread_pattern_same_matches_as_its_old_form(new: str, data: st.DataObject) -> None:
    """Every engine pattern rewritten by spreading its words finds what its old form finds,
    with the same groups, from every start of any window of texts made of the old form's
    words."""
    old, flags = clauses.OPENED[new]
    words = sorted(set(re.findall(r"[^\W\d_]+", old))) + ["X", "-", "2019", "_", "’"]
    words += [w.upper() for w in words[:5]] + [w.title() for w in words[5:10]]
    pieces = st.tuples(st.sampled_from(words), st.sampled_from(_GAPS))
    text = "".join(w + g for w, g in data.draw(st.lists(pieces, max_size=14)))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    new_rx, old_rx = re.compile(new, flags), re.compile(old, flags)
    assert _found(new_rx, text, lo, hi) == _found(old_rx, text, lo, hi)
