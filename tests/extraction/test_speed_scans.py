"""The speed shortcuts of the agreement scans (session 9) give exactly the slow results."""

from __future__ import annotations

import re

import pytest

from cityties.extraction.extractors import _agreements_status as status
from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.extraction.extractors._clauses_scan import WordScan, index_text
from cityties.extraction.extractors._parties import (
    _CAPS_DATELINE,
    _has_word,
    _line_matches,
    _name_starts,
    _wordish,
)

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
    """The candidates found run by run (each run of letters tried once, then kept) are
    offsets where the small pattern matches in the padded text (a one-word head only where
    the next word may go on a match), hold every match's start, and stay so on a second read
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
        cands = scan.candidates(idx)
        assert cands is not None
        assert cands == sorted(set(cands))
        assert set(cands) <= set(want + ways)
        assert {m.start() for m in rx.finditer(idx.low)} <= set(cands)
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


def _found_by_search(text: str, name: str) -> list[int]:
    """The bounded occurrences of `name`, by a search of the whole text (the slow way)."""
    out = []
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (i == 0 or not _wordish(text[i - 1])) and (end == len(text) or not _wordish(text[end])):
            out.append(i)
        i = text.find(name, i + 1)
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Xi'an and Xi’an; xi'an, (Xi'an) Xi'anese Xi'an", "Xi'an"),
        ("Saint-Louis, Saint-Louis-du-Rhône and Saint Louis; Saint-Louis.", "Saint-Louis"),
        ("Łódź – “Łódź” and Łódźer, Łódź", "Łódź"),
        ("ÉVORA Évora évora Évoras (Évora)", "Évora"),
        ("Ghent’s partner, Ghent‘s, Ghent2 and Ghent_x and -Ghent", "Ghent"),
        ("İzmir twinned with Izmir and İzmir.", "İzmir"),
        ("Kiel, Kiel-Holtenau; Kiel", "Kiel"),
    ],
)
def test_name_starts_finds_every_bounded_occurrence(text: str, name: str) -> None:
    """The starts of a name found through the word index hold every occurrence with no word
    character on either side that a search of the whole text finds."""
    idx = index_text(text)
    bounded = [
        i
        for i in _name_starts(idx, text, name)
        if (i == 0 or not _wordish(text[i - 1]))
        and (i + len(name) == len(text) or not _wordish(text[i + len(name)]))
    ]
    assert bounded == _found_by_search(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Kiel signed an agreement with Brest, which was renewed in 2015. It covers schools.",
        "Lyon, the city, twinned with Leeds; the tie, that was signed in 1990, is alive.",
        "Die Partnerschaft mit Brest, die 2010 verlängert wurde, ist alt, Welche es auch ist.",
        "Gent, Which was founded long ago, signed, qui a été renouvelé, and that is all.",
        "No comma here at all but which was renewed",
        "Plain sentence, with commas, but no relative word.",
        "",
    ],
)
def test_units_with_relative_words_are_the_units_without_them(text: str) -> None:
    """The units cut before relative clauses are the same whether the offsets of the relative
    words (from the word index) let sentences without one skip the search or not."""
    from cityties.extraction import registry
    from cityties.extraction.doc import Doc
    from cityties.extraction.extractors._clauses import RELATIVE_CUT_WORDS, units

    doc = Doc(text=text, language="en")
    registry.get("cityties.document")(doc)
    idx = index_text(doc.text)
    at = sorted(i for w in RELATIVE_CUT_WORDS for i in idx.word_starts(w.encode("latin-1")))
    got = [(u.start, u.end) for u in units(doc, relative=True, relative_at=at)]
    assert got == [(u.start, u.end) for u in units(doc, relative=True)]


@pytest.mark.parametrize(
    "text",
    [
        "GHENT, 3 May 2021 - The city signed.\nKIEL – news\n  XI'AN, today\nBADEN-BADEN - x",
        "\n\nLEEDS - a\r\nHANGZHOU, b\nnot AT line START, c\nAB, too short\nNEW YORK CITY - d",
        "no capitals at all\nhere",
        "",
        "PARIS, ",
    ],
)
@pytest.mark.parametrize("end", [0, 5, 17, 40, 1200])
def test_line_matches_are_the_matches_of_finditer(text: str, end: int) -> None:
    """The dateline pattern tried at line starts only finds what a search of the whole span
    finds."""
    end = min(end, len(text))
    got = [(m.span(), m.group("name")) for m in _line_matches(_CAPS_DATELINE, text, end)]
    assert got == [(m.span(), m.group("name")) for m in _CAPS_DATELINE.finditer(text, 0, end)]
