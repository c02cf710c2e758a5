"""The subject resolver of figures reads what it reads once per document or per sentence, and
finds what its plain scans of every sentence find."""

from __future__ import annotations

import random

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Sentence
from cityties.extraction.extractors import figures
from cityties.extraction.extractors._figures_subject import _DEMONYM_SLOT, SubjectResolver

_PIECES = (
    "12 1,234 3.5 1 000 000 2019 7 ٣4 12ab habitants inhabitants Einwohner Mio. mio. k "
    "millions million d' d’ de of Yvelinois Gantois Rouennais Abc Éssonniens Ghent the"
).split()
_GAPS = (" ", "  ", "\n", "", ", ", ".", ",", "-", "\xa0", "’", "x")


def _resolver(text: str) -> SubjectResolver:
    resolver = SubjectResolver(extract(text).doc)
    resolver.digit_runs = [m.span() for m in figures._DIGIT_RUN.finditer(text)]
    return resolver


def _both(resolver: SubjectResolver, lo: int, hi: int) -> tuple[list[object], list[object]]:
    text = resolver.doc.text
    plain = [(m.span(), m.span("w")) for m in _DEMONYM_SLOT.finditer(text, lo, hi)]
    fast = [(m.span(), m.span("w")) for m in resolver._demonym_slots(Sentence(lo, hi))]
    return plain, fast


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Rouen compte 110 000 Rouennais et 12 345 d'habitants.", 0, 53),
        ("Saint-Quentin counts 1 200 000 of Yvelinois in 2019.", 25, 51),
        ("Die Stadt hat 12,5 Mio. Einwohner und 300 Hafenarbeiter.", 0, 56),
        ("A code 12ab34 Gantois, then 7 Abcd.", 0, 35),
    ],
)
def test_demonym_slots_same_as_scanning_the_sentence(text: str, lo: int, hi: int) -> None:
    """The demonym slots tried only at the starts of the runs of digits are those a scan of
    the sentence finds, also where the sentence cuts a number."""
    plain, fast = _both(_resolver(text), lo, hi)
    assert fast == plain


def test_demonym_slots_same_on_random_windows() -> None:
    """On random texts of numbers, scale words and capitalised words cut at random windows,
    both ways find the same slots."""
    rng = random.Random(11)
    for _ in range(40):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(5, 40)))
        resolver = _resolver(text)
        for _ in range(60):
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            plain, fast = _both(resolver, lo, hi)
            assert fast == plain, (text, lo, hi)


def test_demonym_slots_without_runs_scan_the_sentence() -> None:
    """A resolver not given the runs of digits scans the sentence itself."""
    text = "Rouen compte 110 000 Rouennais."
    resolver = SubjectResolver(extract(text).doc)
    found = [m.group("w") for m in resolver._demonym_slots(Sentence(0, len(text)))]
    assert found == ["Rouennais"]
