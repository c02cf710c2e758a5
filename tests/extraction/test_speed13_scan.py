"""`WordScan` keeps a one-word head ("the", "in") as a candidate only where the next word
may go on a match (speed13): the matches stay those of the whole pattern."""

from __future__ import annotations

import gc
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cityties.extraction.extractors.agreements
import cityties.extraction.extractors.dates
import cityties.extraction.extractors.visits  # noqa: F401  (their scans, for gc below)
from cityties.extraction.extractors._clauses_scan import WordScan, _follows, index_text

_TIE = re.compile(
    r"(?<![\w-])(?:(?:the|this)\s+(?:tie|relationship)|in\s+\d{4}\s*,?\s+(?:de|van)"
    r"|le\s+\w+)(?![\w-])"
)


def test_follows_reads_the_next_word_of_one_word_heads() -> None:
    """A head followed by fixed words gets their first three letters (a shorter run that
    ends there ends in NUL); digits and commas between are read as the gap; a head followed
    by any word gets None."""
    follows = _follows(_parse(_TIE.pattern), 5)
    assert follows is not None
    assert follows[b"the"] == frozenset({b"tie", b"rel"})
    assert follows[b"in"] == frozenset({b"de\0", b"van"})
    assert follows[b"le"] is None


def _parse(pattern: str) -> object:
    import importlib

    return importlib.import_module("re._parser").parse(pattern)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("the city and the tie, then this relationship", [13, 27]),
        ("in the year, in 2019, de and in 2020 van Gent", [13, 29]),
        ("le jumelage; the", [0]),
        ("", []),
    ],
)
def test_word_scan_skips_heads_whose_next_word_cannot_match(text: str, starts: list[int]) -> None:
    """ "the city" and "in the" are no candidates; "the tie", "in 2019, de" and "le" (any next
    word) are, and the matches are those of `finditer`."""
    scan = WordScan(_TIE)
    idx = index_text(text)
    assert scan.candidates(idx) == starts
    assert [m.span() for m in scan.finditer(idx)] == [m.span() for m in _TIE.finditer(text)]


_SCANS = [o for o in gc.get_objects() if isinstance(o, WordScan) and o.ok]
_WORDS = ["the", "in", "a", "to", "de", "is", "of", "2019", ",", "visited", "tie", "city"]


def test_engine_scans_have_next_word_checks() -> None:
    """Several of the extractors' scans check the word after a one-word head."""
    for scan in _SCANS:
        idx = index_text("the in a")
        scan.candidates(idx)
    assert sum(1 for s in _SCANS if s._next) >= 5


@pytest.mark.parametrize("scan", _SCANS, ids=[s.rx.pattern[:40] for s in _SCANS])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_engine_scan_matches_are_those_of_finditer(scan: WordScan, data: st.DataObject) -> None:
    """Texts made of the scan's own one-word heads, the words that may follow them and other
    words: the scan finds exactly what the whole pattern finds."""
    scan.candidates(index_text("the"))  # works out the next-word checks
    pool = list(_WORDS)
    for run, (exact, starts) in list(scan._next.items())[:20]:
        pool.append(run.decode("latin-1"))
        pool.extend(w.decode("latin-1") for w in list(exact)[:5])
        pool.extend(w.decode("latin-1") + "x" for _, ws in starts for w in list(ws)[:5])
    words = data.draw(st.lists(st.sampled_from(pool), max_size=14))
    seps = data.draw(st.lists(st.sampled_from([" ", "  ", ", ", "\n", " - ", "’"]), min_size=14))
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    idx = index_text(text)
    assert [(m.span(), m.lastgroup) for m in scan.finditer(idx)] == [
        (m.span(), m.lastgroup) for m in scan.rx.finditer(idx.low)
    ]


@pytest.mark.parametrize(
    ("text", "end", "run"),
    [
        ("the city", 3, b"city"),
        ("in 2019, de Gent", 2, b"de"),
        ("le", 2, b""),
        ("in — Zürich", 2, b"z\xfcrich"),
        ("in Łódź", 2, b"\xf3d"),
    ],
)
def test_next_run_is_the_next_run_of_letters(text: str, end: int, run: bytes) -> None:
    """The run after a run's end skips spaces, digits and signs (and letters outside
    Latin-1, which the padded text does not hold); the end of the text gives b""."""
    idx = index_text(text)
    assert idx.next_run(end) == run
    assert idx.next_run(end) == run  # kept
