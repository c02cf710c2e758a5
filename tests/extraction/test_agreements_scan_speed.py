"""The shortcuts that make the agreement scans fast give exactly the slow results."""

from __future__ import annotations

import re

import pytest

from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.extraction.extractors._clauses_scan import (
    WordScan,
    _pruned_pattern,
    _Pruner,
    index_text,
)

_TEXTS = [
    "The two cities signed a memorandum of understanding in 2019 and will renew it in 2024.",
    "Talks on a friendship agreement ended; the planned twinning was not concluded after all.",
    "De stedenband werd in 2010 ondertekend en wordt nog onderhandeld; ze willen hem verlengen.",
    "Le jumelage a été signé puis renouvelé; un accord de coopération est en préparation.",
    "Die Städtepartnerschaft wurde 1990 unterzeichnet, 2015 verlängert und 2022 beendet.",
    "It was resigned, re-signed, reaffirmed and extended the partnership; a co-operation MoU.",
    "aan te gaan, approval awaiting, in voorbereiding, in te stemmen met, à signer, zu schließen",
]


@pytest.mark.parametrize(
    "rx", [lex.KEYWORDS_LOW, lex.STATUS_RX_LOW, lex.BOTH_LOW], ids=["keywords", "status", "both"]
)
def test_pruned_pattern_matches_like_the_whole_pattern(rx: re.Pattern[str]) -> None:
    """At every letter, the pattern pruned for that letter gives the whole pattern's match
    (span, groups and the name of the last group), also when the range ends early."""
    by_letter: dict[str, re.Pattern[str]] = {}
    pruner = _Pruner(rx)
    for text in _TEXTS:
        low = index_text(text).low
        for p, c in enumerate(low):
            if not c.isalpha():
                continue
            pruned = by_letter.get(c) or by_letter.setdefault(c, pruner.pattern_for(c))
            for stop in (len(low), min(len(low), p + 12)):
                want = rx.match(low, p, stop)
                got = pruned.match(low, p, stop)
                assert (want and (want.span(), want.groups(), want.lastgroup)) == (
                    got and (got.span(), got.groups(), got.lastgroup)
                ), (text[p : p + 20], stop)


def test_pruned_pattern_keeps_groups_and_drops_other_letters() -> None:
    """A pattern pruned for "b" keeps every group (by number and name) and no longer matches
    an alternative that starts with another letter."""
    rx = re.compile(r"(?<![\w-])(?:(?P<x>apple|banana)|(?P<y>cherry|blueberry))(?![\w])")
    pruned = _pruned_pattern(rx, "b")
    assert pruned.groupindex == rx.groupindex
    m = pruned.match("blueberry pie")
    assert m is not None and m.lastgroup == "y"
    assert pruned.match("apple") is None  # never asked at an "a": nothing left to match there


def test_word_scan_tries_the_pruned_pattern_per_first_letter() -> None:
    """A scan keeps one pruned pattern per first letter it met, and finds what finditer finds."""
    scan = WordScan(lex.STATUS_RX_LOW)
    idx = index_text("Signed in 2001, renewed in 2011, ended in 2021.")
    got = [(m.span(), m.lastgroup) for m in scan.finditer(idx)]
    want = [(m.span(), m.lastgroup) for m in lex.STATUS_RX_LOW.finditer(idx.low)]
    assert got == want
    assert {m[1] for m in got} >= {"signed", "renewed"}
    assert set(scan._by_first) <= set(idx.low)


@pytest.mark.parametrize(
    "text",
    [
        "ŁÓDŹ n'a pas abouti; łn'a jamais été signé; s'est terminé; ės'est terminée",
        "co-operation agreement, ąco-operation agreement; re-signed, łre-signed, ŒRE-SIGNED",
        "Zürich n’ont pas abouti — ﬁn n’a pas; re-sign co-operation. ſre-signed",
    ],
)
def test_word_scan_finds_words_that_go_on_with_a_sign(text: str) -> None:
    """Matches that open with a short run and a sign ("co-", "re-", "n'a", "s'est") are found
    as finditer finds them, also next to letters outside Latin-1, in any range."""
    idx = index_text(text)
    for rx in (lex.KEYWORDS_LOW, lex.STATUS_RX_LOW):
        scan = WordScan(rx)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1, 3):
                want = [(m.span(), m.lastgroup) for m in rx.finditer(idx.low, start, end)]
                got = [(m.span(), m.lastgroup) for m in scan.finditer(idx, start, end)]
                assert got == want, (start, end)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Leeds signed a friendship agreement with Durban in 1998. In 2008 Leeds and the "
            "South-African city signed a sister city agreement.",
            "Durban",
        ),
        (
            "Ghent signed a friendship agreement with Weihai in 2010. In 2016 Ghent and the "
            "Chinese city signed a sister city agreement.",
            "Weihai",
        ),
    ],
)
def test_demonym_in_a_later_sentence_still_names_the_partner(text: str, partner: str) -> None:
    """The quick check for a demonym's word in a sentence keeps "the Chinese city" and a
    hyphenated "the South-African city" (its first word) as the partner named before."""
    from cityties.extraction import extract

    acts = extract(text).doc.agreements
    later = [a for a in acts if a.type == "sister_city"]
    assert len(later) == 1
    assert partner in [p.name for p in later[0].parties]


@pytest.mark.parametrize(
    "text",
    [
        "Mit Gera wurde Oberau die Dritte Partnerstadt im Landkreis.",
        "Après Nemours, Vitrolles devient la troisième ville jumelle de Saint-Lô.",
        "Riverton became the town's 4th sister city in 2011.",
        "Elmira is the 12th  official Sister City of the county.",
        "Het dorp kreeg met Ansen zijn tweeden stedenband.",
        "The SECOND twinning took place in 1999.",
        "The second city to sign was Tarbes; a fourth-sister city event followed.",
        "Die İnsel ist die vierte Partnerstadt.",  # a dotted capital I: searched as written
        "A 2nd-sister city, the 10 th twinning and the third partner cities are no ordinal tie.",
    ],
)
def test_has_ordinal_tie_finds_what_the_whole_pattern_finds(text: str) -> None:
    """`has_ordinal_tie` (two halves, a word scan) says whether `ORDINAL_TIE` matches, in any
    range of the text."""
    from cityties.extraction.extractors._acts_frde import ORDINAL_TIE, has_ordinal_tie

    idx = index_text(text)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            expected = ORDINAL_TIE.search(text, start, end) is not None
            assert has_ordinal_tie(idx, start, end) == expected, (start, end)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die dritte Partnerstadt ist Gera.", True),
        ("Its 4th sister city is Riverton.", True),
        ("The third partner cities met in Tarbes.", False),
    ],
)
def test_has_ordinal_tie_on_whole_sentences(text: str, found: bool) -> None:
    """An ordinal before a tie word is found; a plural tie word is not."""
    from cityties.extraction.extractors._acts_frde import has_ordinal_tie

    assert has_ordinal_tie(index_text(text), 0, len(text)) is found
