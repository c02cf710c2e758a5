"""Scans rewritten for speed in speed14 find what the forms they replace find: the rank gate
of figures with its first letters taken out, the dashed country code of contacts with its
check of the character before moved after the first digit, the North American tail with
three written digits, and the table-header gate of agreement lists that skips a text
without a tab, two blanks or a bar."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _agreements_lists, _contacts_lex, contacts, figures

# The patterns as they were written before.
_OLD_RANK_GATE = re.compile(
    r"numb|no|nr|n°|#|rank|class|plaats|platz|rang|place|posit|nummer|numéro"
)
_OLD_DASHED_CODE = re.compile(
    r"(?<![\w+.-])(?P<cc>[1-9]\d{1,2})-(?P<rest>0?\d{1,4}-\d[\d \t-]{4,12}\d)(?![\w@-])"
)
_OLD_NANP_TAIL = re.compile(r"\d{3}[-.\s]\d{4}(?!\d)")

_RANK_TEXT = st.text(alphabet="numberoacl°#kstpzgiéx .", max_size=16)
_PHONE_TEXT = st.text(alphabet="0123456789- \t\nx.+@", max_size=32)


@settings(max_examples=400, deadline=None)
@given(_RANK_TEXT)
def test_rank_gate_same_as_before(s: str) -> None:
    """The rank gate finds a cue word in exactly the texts where the old gate did."""
    assert (figures._RANK_GATE.search(s) is None) is (_OLD_RANK_GATE.search(s) is None)


@pytest.mark.parametrize(
    "word",
    ["numb", "no", "nr", "n°", "#", "rank", "class", "plaats", "platz", "rang", "place", "posit",
     "nummer", "numéro"],
)  # fmt: skip
def test_rank_gate_finds_every_cue(word: str) -> None:
    """Each cue word of the old gate still opens the rank scan."""
    assert figures._RANK_GATE.search(f"auf {word} 4") is not None


@settings(max_examples=400, deadline=None)
@given(_PHONE_TEXT, st.integers(0, 32), st.integers(0, 32))
def test_dashed_code_same_matches(s: str, a: int, b: int) -> None:
    """The dashed country code matches where, and as, the old pattern did, from any start to
    any end (finditer, match and search)."""
    i, j = min(a, b, len(s)), min(max(a, b), len(s))
    new, old = _contacts_lex.DASHED_CODE, _OLD_DASHED_CODE
    assert [(m.span(), m.groupdict()) for m in new.finditer(s, i, j)] == [
        (m.span(), m.groupdict()) for m in old.finditer(s, i, j)
    ]
    assert (new.match(s, i, j) is None) is (old.match(s, i, j) is None)


@pytest.mark.parametrize(
    ("line", "found"),
    [("Tel: 86-592-2678557", True), ("Fax 86-0513-5501 2928", True),
     ("ref 1.86-592-2678557", False), ("x86-592-2678557", False)],
)  # fmt: skip
def test_dashed_code_reads_written_numbers(line: str, found: bool) -> None:
    """A country code joined by a dash is read after a blank, not inside a word or a number."""
    assert (_contacts_lex.DASHED_CODE.search(line) is not None) is found


@settings(max_examples=300, deadline=None)
@given(_PHONE_TEXT)
def test_nanp_tail_same_matches(s: str) -> None:
    """The North American tail ("641-6010") matches as the old pattern did."""
    new = [m.span() for m in contacts._NANP_TAIL.finditer(s)]
    assert new == [m.span() for m in _OLD_NANP_TAIL.finditer(s)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Our partners are listed below. No table here.\nNone at all.", 0),
        ("No.  Country  City  Since\n1  Germany  Bonn  1985\n", 1),
        ("Stad | Land | Sinds\nGent | BE | 2005\n", 1),
        ("Stad\tLand\tSinds\nGent\tBE\t2005\n", 1),
    ],
)
def test_header_rows_gate(text: str, rows: int) -> None:
    """A text without a tab, two blanks or a bar has no header row; tables split by each of
    them keep theirs."""
    assert len(_agreements_lists.header_rows(text)) == rows


_OLD_HEADER_GATE = re.compile(r"\S(?:\t|[ \t]{2,}|[ \t]*\|[ \t]*)\S")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab|. \t\n’", max_size=20))
def test_has_cells_same_as_old_gate(s: str) -> None:
    """Two cells are found in exactly the texts where the old header gate matched, whether
    the text has a tab or a bar or only blanks."""
    found = _agreements_lists._has_cells(s)
    assert found is (_OLD_HEADER_GATE.search(s) is not None)
