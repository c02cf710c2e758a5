"""The figures' subject resolver reads the document's word index instead of scanning every
word, and skips searches that cannot match; it finds what the plain scans find."""

from __future__ import annotations

import random

from cityties.extraction.extractors import _figures_subject as fs
from cityties.extraction.extractors._clauses_scan import index_text

_WORDS = (
    "Seehafen hafen Binnenhafen Hafenstadt Haven zeehaven Stadt Hansestadt stad Stadje unser "
    "Unsere unserer Unser-Hafen New York New Yorker Newark St. Gallen Sankt Gallen Baden-Baden "
    "Baden sister Sister-city twin Partnerstadt partner jumelée Zusterstad Freundschaftsstadt "
    "with met mit avec Ghent Gent Gentse Köln Kölner Ærø Łódź café 12 km²"
).split()
_GAPS = (" ", "  ", "\n", ", ", ". ", "-", "’s ", ": ", "(", ") ", "/")


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(3, 60)))


def test_runs_opening_and_closing_are_the_words_filtered() -> None:
    """The runs of letters read where a lead or a head occurs are the words of the index that
    start with the lead or end with the head."""
    rng = random.Random(10)
    for _ in range(300):
        idx = index_text(_random_text(rng))
        assert fs._runs_opening(idx.padded, b"unser") == {
            w for w in idx.words if w.startswith(b"unser")
        }
        for head in fs._COMPOUND_HEADS:
            assert fs._runs_closing(idx.padded, head) == {w for w in idx.words if w.endswith(head)}


def test_partner_list_keys_are_in_every_match() -> None:
    """Wherever the partner-list pattern finds a list before a position, the lower-cased
    window holds one of its keys (the gate of the home's cities never skips a match)."""
    rng = random.Random(8)
    for _ in range(200):
        text = _random_text(rng)
        idx = index_text(text)
        assert idx.caseless
        for end in range(0, len(text) + 1, 3):
            lo = max(0, end - 80)
            if fs._PARTNER_LIST.search(text, lo, end) is not None:
                assert fs._has_any(idx.low, fs._PARTNER_LIST_KEYS, lo, end), (text, end)
