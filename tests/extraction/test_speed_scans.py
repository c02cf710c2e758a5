"""The speed shortcuts of the agreement scans (session 9) give exactly the slow results."""

from __future__ import annotations

import re

import pytest

from cityties.extraction.extractors import _agreements_status as status
from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.extraction.extractors._clauses_scan import WordScan, index_text
from cityties.extraction.extractors._parties import _has_word

_TEXTS = [
    "The two cities signed a memorandum of understanding in 2019 and will renew it in 2024.",
    "De stedenband werd in 2010 ondertekend; het comité van de stedenband wil hem verlengen.",
    "Le jumelage a été signé puis renouvelé; la fête du jumelage pourra être reconduite.",
    "Die Städtepartnerschaft wurde 1990 unterzeichnet und verlängert sich automatisch.",
    "ŁÓDŹ signed; łsigned, ąco-operation agreement, re-signed; ſigned, İstanbul renewable",
    "Zürich n’ont pas abouti — ﬁn n’a pas; the partnership can be renewed every five years.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize(
    "rx", [lex.KEYWORDS_LOW, lex.STATUS_RX_LOW, lex.BOTH_LOW], ids=["keywords", "status", "both"]
)
def test_word_scan_candidates_are_those_of_the_padded_scan(rx: re.Pattern[str], text: str) -> None:
    """The candidates found run by run (each run of letters tried once, then kept) are the
    offsets where the small pattern matches in the padded text, and stay so on a second read
    of the same words."""
    scan = WordScan(rx)
    assert scan._scan is not None
    for _ in range(2):
        idx = index_text(text)
        want = [m.start() for m in scan._scan.finditer(idx.padded)]
        ways = [
            i
            for run, ends in scan._ways.items()
            for i in idx.word_starts(run)
            if any(idx.low.startswith(w, i) for w in ends)
        ]
        assert scan.candidates(idx) == sorted(set(want + ways))
        assert [(m.span(), m.lastgroup) for m in scan.finditer(idx)] == [
            (m.span(), m.lastgroup) for m in rx.finditer(idx.low)
        ]


@pytest.mark.parametrize("text", _TEXTS)
def test_word_scan_candidates_when_the_run_registry_is_full(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs of letters that the shared registry of runs cannot take (it is full) are tried by
    each scan on every read: the matches stay those of the whole pattern."""
    from cityties.extraction.extractors import _clauses_scan

    monkeypatch.setattr(_clauses_scan, "_RUNS", [b"the"])
    monkeypatch.setattr(_clauses_scan, "_RUN_SET", {b"the"})
    monkeypatch.setattr(_clauses_scan, "_MAX_RUNS", 1)
    scan = WordScan(lex.STATUS_RX_LOW)
    for _ in range(2):
        idx = index_text(text)
        assert b"the" not in idx.fresh
        assert set(idx.fresh) == idx.words - {b"the"}
        assert [(m.span(), m.lastgroup) for m in scan.finditer(idx)] == [
            (m.span(), m.lastgroup) for m in lex.STATUS_RX_LOW.finditer(idx.low)
        ]


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Mechelen wil; de mechelen markt", "mechelen", True),
        ("Mechelen-Noord, mechelen-noord", "mechelen", False),
        ("pre_mechelen mechelen2 xmechelen", "mechelen", False),
        ("(mechelen)", "mechelen", True),
        ("", "mechelen", False),
    ],
)
def test_has_word_is_the_word_search(text: str, word: str, found: bool) -> None:
    """`_has_word` finds a word with no letter, digit, "_" or "-" beside it, as the pattern
    "(?<![\\w-])word(?![\\w-])" does."""
    assert _has_word(text, word) is found
    assert (re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None) is found


@pytest.mark.parametrize("text", _TEXTS)
def test_renewable_clause_is_the_ignorecase_search(text: str) -> None:
    """The case-sensitive reading of lower-cased text finds a renewable term where the
    IGNORECASE pattern does, in every window."""
    low = index_text(text).low
    for start in range(0, len(low), 7):
        for end in (start + 40, start + 90, len(low)):
            want = status._RENEWABLE.search(low, start, end) is not None
            assert status.renewable_clause(low, start, end) is want


def test_non_act_before_stems_cover_every_noun() -> None:
    """Every noun of `NON_ACT_BEFORE` holds one of `NON_ACT_BEFORE_STEMS`, so a window with no
    stem cannot match."""
    nouns = re.search(r"\(\?:(.*?)\)\\s\+", lex.NON_ACT_BEFORE.pattern)
    assert nouns is not None
    for noun in nouns.group(1).split("|"):
        word = noun.rstrip("?").rstrip("s")
        assert any(stem in word for stem in lex.NON_ACT_BEFORE_STEMS), noun


@pytest.mark.parametrize("text", [*_TEXTS, "a", " a  b a ", "x-y z", "Łódź—Zürich  ʼn"])
def test_run_offsets_are_those_of_the_runs_of_letters(text: str) -> None:
    """The offsets read in one pass are where each run of letters of the padded text starts
    (the offset of the space before it), as a search of every run finds them."""
    idx = index_text(text)
    want: dict[bytes, list[int]] = {}
    for m in re.finditer(rb"[^ ]+", idx.padded):
        want.setdefault(m.group(), []).append(m.start() - 1)
    assert idx.run_offsets() == want
    for run in want:
        assert idx.run_starts(run) == want[run]
