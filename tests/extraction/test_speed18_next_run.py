"""`DocIndex.next_run`, read with `find` instead of a regex call per word, gives the run of
letters that `rb" +([^ ]+)"` matched from the space after a run, at every offset of a text."""

from __future__ import annotations

import random
import re

import pytest

from cityties.extraction.extractors._clauses_scan import index_text

# the regex `next_run` read the next run with before
_PLAIN = re.compile(rb" +([^ ]+)")


def _plain(padded: bytes, end: int) -> bytes:
    m = _PLAIN.match(padded, end + 1)
    return m.group(1) if m is not None else b""


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Ghent signed the friendship agreement with Ningbo on 3 May 2019.",
        "De burgemeester van Leuven ondertekende  in 2018 een intentieverklaring met Suzhou.",
        "Le maire d'Anvers a signé l'accord de jumelage -- avec Chongqing, le 12 mars.",
        "Die Stadt Münster unterzeichnete 2016 eine Absichtserklärung mit Lanzhou!",
        "ends with a word",
        "ends with spaces   ",
        "   opens with spaces",
        "one",
        "",
        "Xiamen (厦门) and Ningbo (宁波): 2 cities, 1 tie.",
    ],
)
def test_next_run_same_as_regex_at_every_offset(text: str) -> None:
    """Every offset of a text in the four languages (and edge cases: white space at either
    end, one word, no word, Chinese characters) gets the run the regex matched."""
    idx = index_text(text)
    for end in range(len(text) + 2):
        assert idx.next_run(end) == _plain(idx.padded, end), (text, end)


def test_next_run_same_as_regex_on_random_texts() -> None:
    """Random texts of words, digits, punctuation and runs of spaces give the same runs."""
    rng = random.Random(18)
    pieces = ["stad", "ville", "Stadt", "city", "of", "à", "über", "2019", ",", ".", "-", "'"]
    gaps = [" ", "  ", "\n", "", "\t", " - "]
    for _ in range(200):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 12)))
        idx = index_text(text)
        for end in range(len(text) + 2):
            assert idx.next_run(end) == _plain(idx.padded, end), (text, end)
