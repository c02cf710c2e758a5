"""The figures extractor's paths that read the digits of a text once (and gate the scan for
rank 1 in words on the text's words) find what the scans of every sentence find."""

from __future__ import annotations

import random

import pytest

from cityties.extraction.doc import Sentence
from cityties.extraction.extractors import figures
from cityties.extraction.extractors._clauses_scan import index_text
from cityties.extraction.extractors._numbers import find_quantities

_PIECES = (
    "12 1,234 1.234.567 3,5 2019 0,5 1 000 000 12th 3rd 2e 21ème 4. 1٣ 123456th 7mio 9m "
    "inhabitants million Mio. ranked first number one nummer één numéro un the a of "
    "’s port city , . - ( ) 2019. 1.2.3 45'000"
).split()
_GAPS = (" ", "  ", "\n", "", ", ", ".", ",", "-", "\xa0", "\u202f", "’", "x")


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 20)))


def _runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    runs = [m.span() for m in figures._DIGIT_RUN.finditer(text)]
    return figures._runs_in(runs, [a for a, _ in runs], lo, hi)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Leeds has 812,000 inhabitants and 1 500 firms.", 0, 47),
        ("The port handled 123456 tonnes in 2019.", 20, 30),
        ("It was the 3rd, 12th and 21ème time; 1.2.3 is no number.", 0, 56),
        ("Wuhan counts 11 million people, Hubei 58,5 Mio.", 5, 47),
    ],
)
def test_runs_in_same_as_scanning_the_window(text: str, lo: int, hi: int) -> None:
    """The runs of digits of a window, taken from those of the whole text, are what a scan
    of the window finds, also where the window cuts a run."""
    assert _runs(text, lo, hi) == [m.span() for m in figures._DIGITS.finditer(text, lo, hi)]


def test_quantities_and_ordinals_same_on_random_windows() -> None:
    """On random texts of numbers, ordinals and separators cut at random windows, the numbers
    and digit ordinals found at the runs of digits are those a scan of the window finds."""
    rng = random.Random(8)
    for _ in range(3000):
        text = _random_text(rng)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        runs = _runs(text, lo, hi)
        assert runs == [m.span() for m in figures._DIGITS.finditer(text, lo, hi)]
        for language in ("en", "de"):
            plain = find_quantities(text, lo, hi, language=language)
            fast = find_quantities(
                text, lo, hi, language=language, digit_starts=[a for a, _ in runs]
            )
            assert fast == plain, (text, lo, hi)
        sent = Sentence(lo, hi)
        plain_ordinals = figures._ordinal_starts(
            text, sent, digits=bool(runs), words=False, known=None
        )
        fast_ordinals = figures._ordinal_starts(
            text, sent, digits=bool(runs), words=False, known=None, runs=runs
        )
        assert fast_ordinals == plain_ordinals, (text, lo, hi)


@pytest.mark.parametrize(
    ("text", "gate"),
    [
        ("Leeds ranked first among UK cities for growth.", True),
        ("Antwerp is the number one port for chemicals in Europe.", True),
        ("Rotterdam staat op nummer één in Europa.", True),
        ("Le port est le numéro un européen.", True),
        ("One of the first partner cities was Leeds.", False),
        ("The first visit came one year later.", False),
    ],
)
def test_rank_first_gate_reads_the_words_of_each_form(text: str, gate: bool) -> None:
    """The scan for rank 1 in words runs only on texts holding the words of one of its forms
    ("ranked first", "number one", "nummer", "numéro"), not on every text with "one" or
    "first"."""
    assert figures._may_rank_first(index_text(text).words) is gate


def test_rank_first_gate_admits_every_match() -> None:
    """On random texts of rank words, every text where the pattern finds rank 1 in words
    passes the gate."""
    rng = random.Random(9)
    words = (
        "rank ranks ranked ranking as the first number one its is 's nummer één numéro un "
        "port in among for"
    ).split()
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) + " in"
        low = text.lower()
        if figures._LOWER.RANK_FIRST.search(low) is not None:
            assert figures._may_rank_first(index_text(text).words), text


_BEFORE_WORDS = (
    "no. nr. art. article item page p. § # + / - fig. box bus room the de des les tous toutes "
    "die der den these all both other andere jeden chaque premières first last of van von d’ "
    "d' among one een Article The DE Les NR. 12 x made code"
).split()


@pytest.mark.parametrize(
    ("name", "ends"),
    [
        ("NUMBER_EXCLUDED_BEFORE", figures._EXCLUDED_ENDS),
        ("DEFINITE_BEFORE", figures._DEFINITE_ENDS),
        ("DEFINITE_BEFORE_FR", figures._DEFINITE_ENDS),
        ("OF_THE", figures._OF_THE_ENDS),
    ],
)
def test_search_end_gate_same_as_search(name: str, ends: tuple[str, ...]) -> None:
    """On lower-cased random windows of the words these patterns end with, the search gated
    on the window's last word finds a match exactly where the plain search does."""
    rng = random.Random(10)
    pat = figures._LOWER
    rx = getattr(pat, name)
    for _ in range(3000):
        words = [rng.choice(_BEFORE_WORDS) for _ in range(rng.randint(1, 6))]
        window = "".join(w + rng.choice(("", " ", "  ", "\n", "\xa0", "(")) for w in words)
        window = window.lower()
        plain = rx.search(window) is not None
        assert (figures._search_end(pat, rx, window, ends) is not None) is plain, window
