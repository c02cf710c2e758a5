"""Agreements: two clauses of one sentence, each with a pair as its subject (issue 2; seen in
corpus34 e01: "the City of Ballarat and Xianning ... signed a friendship city agreement, and
the City of Greater Bendigo and Tianshui renewed the sister city agreement they first
concluded in 2010"). The second clause's act is its own pair's, never the first pair's.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import coordinated_subject
from cityties.text import fold


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "On 12 June 2025 Ballarat and Xianning signed a friendship city agreement, and "
            "Bendigo and Tianshui renewed the sister city agreement they first concluded in "
            "2010.",
            {"ballarat", "xianning"},
            {"bendigo", "tianshui"},
        ),
        (
            "Op 12 juni 2025 tekenden Gent en Kunming een vriendschapsovereenkomst, en Leuven en "
            "Xi'an verlengden de stedenbandovereenkomst die ze in 2010 sloten.",
            {"gent", "kunming"},
            {"leuven", "xi an"},
        ),
        (
            "Le 12 juin 2025, Gand et Kunming ont signé un accord d'amitié, et Louvain et Xi'an "
            "ont renouvelé la charte de jumelage conclue en 2010.",
            {"gand", "kunming"},
            {"louvain", "xi an"},
        ),
        (
            "Am 12. Juni 2025 unterzeichneten Gent und Kunming einen Freundschaftsvertrag, und "
            "Löwen und Xi'an erneuerten ihren Partnerschaftsvertrag aus dem Jahr 2010.",
            {"gent", "kunming"},
            {"lowen", "xi an"},
        ),
    ],
)
def test_pair_subject_clause_has_its_own_act(text: str, first: set[str], second: set[str]) -> None:
    """The friendship is the first pair's; the twinning, signed in 2010 and renewed on the
    page's day, is the second pair's."""
    acts = {
        (frozenset(fold(p.name) for p in a.parties), a.type, a.status)
        for a in extract(text).doc.agreements
    }
    assert acts == {
        (frozenset(first), "friendship", "signed"),
        (frozenset(second), "sister_city", "signed"),
        (frozenset(second), "sister_city", "renewed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and the City of Bendigo and Tianshui renewed it", 1),
        ("and Bendigo and Tianshui, China, renewed it", -1),
        ("and Bendigo and Tianshui in China renewed it", -1),
    ],
)
def test_coordinated_subject_needs_a_verb(text: str, expected: int) -> None:
    """The second name of a pair subject is followed by a verb, not by a list or a place's
    qualifier."""
    spans = []
    for name in ("Bendigo", "Tianshui"):
        at = text.index(name)
        spans.append((at, at + len(name)))
    assert coordinated_subject(text, spans, 0) == expected
