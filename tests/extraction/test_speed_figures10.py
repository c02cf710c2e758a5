"""The figures' subject resolver reads the document's word index instead of scanning every
word or the whole text, and finds what the plain scans find."""

from __future__ import annotations

import random

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors import _figures_subject as fs
from cityties.extraction.extractors._clauses_scan import index_text

_WORDS = (
    "Seehafen hafen Binnenhafen Hafenstadt Haven zeehaven Stadt Hansestadt stad Stadje unser "
    "Unsere unserer Unser-Hafen New York New Yorker Newark St. Gallen Sankt Gallen Baden-Baden "
    "Baden sister Sister-city twin Partnerstadt partner jumelée Zusterstad Freundschaftsstadt "
    "with met mit avec Ghent Gent Gentse Köln Kölner Ærø Łódź café 12 km²"
).split()
_GAPS = (" ", "  ", "\n", ", ", ". ", "-", "’s ", ": ", "(", ") ", "/")


def _random_text(rng: random.Random, *, latin1: bool = False) -> str:
    """Words and gaps at random (only those of Latin-1 when `latin1`: the index reads the
    echoes of such texts)."""
    words = [w for w in _WORDS if not latin1 or w.isascii() or w.isalpha() and max(w) <= "ÿ"]
    gaps = [g for g in _GAPS if not latin1 or g.isascii()]
    return "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(3, 60)))


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


@pytest.mark.parametrize(
    ("surface", "overlapping"),
    [
        ("New York", False),
        ("Baden-Baden", True),
        ("Walla Walla", True),
        ("St. Gallen", False),
        ("Aa", False),
        ("Aaa", False),
        ("AAA", True),
        ("Bad Bad Kissingen", False),
        ("Abab", False),
        ("ABAB", True),
    ],
)
def test_self_overlapping_when_a_name_ends_with_its_start(surface: str, overlapping: bool) -> None:
    """A name can overlap itself only when it ends with a shorter start of itself."""
    assert fs._self_overlapping(surface) is overlapping


def test_self_overlapping_same_as_finding_overlaps() -> None:
    """On random short names of two letters, the test agrees with a search for an overlap of
    two occurrences."""
    rng = random.Random(3)
    for _ in range(500):
        surface = "".join(rng.choice("AaB ") for _ in range(rng.randint(1, 7)))
        plain = any(surface.startswith(surface[j:]) for j in range(1, len(surface)))
        assert fs._self_overlapping(surface) is plain, surface


def _plain_echoes(doc: object) -> list[tuple[int, int, str]]:
    """Every occurrence of every name found by a search of the whole text (the first way)."""
    saved = fs._self_overlapping
    try:
        fs._self_overlapping = lambda surface: True  # type: ignore[assignment]
        return [(m.start, m.end, m.text) for m in fs._with_echoes(doc)]  # type: ignore[arg-type]
    finally:
        fs._self_overlapping = saved


@pytest.mark.parametrize(
    "text",
    [
        "New York signed with Ghent. Later New York and New Yorkers met; New-York, NewNew York.",
        "St. Gallen twinned with Sankt Gallen. In St. Gallen, the mayor of St. Gallen spoke.",
        "Baden-Baden hosts Baden. Baden-Baden-Baden is no town; Baden-Baden is.",
        "Den Haag en Den Haag: KU Den Haag, e-mail info@Den Haag.nl, Den Haag.",
    ],
)
def test_with_echoes_of_names_of_several_words_same_as_searching(text: str) -> None:
    """The echoes of a name of several words read at its first word's starts are those found
    by searching the whole text."""
    doc = extract(text).doc
    fast = [(m.start, m.end, m.text) for m in fs._with_echoes(doc)]
    assert fast == _plain_echoes(doc)


def test_with_echoes_same_as_searching_on_random_texts() -> None:
    """On random texts of names, both ways find the same mentions and echoes."""
    rng = random.Random(5)
    for n in range(30):
        text = _random_text(rng, latin1=n % 3 != 0)
        doc = extract(text).doc
        fast = [(m.start, m.end, m.text) for m in fs._with_echoes(doc)]
        assert fast == _plain_echoes(doc), text


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
