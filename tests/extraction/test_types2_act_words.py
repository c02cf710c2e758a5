"""Agreements: the type of an act is its own word's, not that of an act named before it in the
same sentence (issue 2; seen in corpus32 e02 "sister port agreements with A and B, as well as
memorandums of understanding with C and D", corpus28 f05 "un accord de coopération ... et
paraphé un mémorandum de coopération entre A et B"). An act word the lexicon did not know in
one of its usual forms (the English plural "memorandums", the French "mémorandum de
coopération") was read as a word of no kind and took the kind of the act before it. Every text
here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors.agreements import find_keywords
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "The port signed memorandums of understanding with two ports.",
            "memorandums of understanding",
            "memorandum_of_understanding",
        ),
        ("Both cities signed memorandums on trade.", "memorandums", "memorandum_of_understanding"),
        (
            "Les deux villes ont paraphé un mémorandum de coopération.",
            "mémorandum de coopération",
            "memorandum_of_understanding",
        ),
        (
            "Un mémorandum de partenariat a été signé.",
            "mémorandum de partenariat",
            "memorandum_of_understanding",
        ),
        (
            "Beide steden tekenden een memorandum van overeenstemming.",
            "memorandum van overeenstemming",
            "memorandum_of_understanding",
        ),
        (
            "Beide Städte unterzeichneten ein Memorandum über die wirtschaftliche Zusammenarbeit.",
            "Memorandum über die wirtschaftliche Zusammenarbeit",
            "memorandum_of_understanding",
        ),
    ],
)
def test_find_keywords_memorandum_forms_are_memoranda(text: str, word: str, kind: str) -> None:
    """The usual forms of a memorandum in the four languages are act words of their own kind,
    not words of no kind."""
    kws = [k for k in find_keywords(text) if not k.generic]
    assert [(text[k.start : k.end], k.type) for k in kws] == [(word, kind)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Oakdale has sister city agreements with Nantes, signed in 1985, and Porto, as well "
            "as memorandums of understanding with Wuhan and Ningbo.",
            ({"oakdale", "porto"}, "sister_city"),
            ({"oakdale", "wuhan"}, "memorandum_of_understanding"),
        ),
        (
            "Lors de la visite, Bordeaux a signé un accord de coopération avec Porto et paraphé "
            "un mémorandum de coopération avec Wuhan.",
            ({"bordeaux", "porto"}, "cooperation_agreement"),
            ({"bordeaux", "wuhan"}, "memorandum_of_understanding"),
        ),
        (
            "Apeldoorn heeft een stedenband met Nantes en een memorandum van overeenstemming "
            "met Wuhan.",
            ({"apeldoorn", "nantes"}, "sister_city"),
            ({"apeldoorn", "wuhan"}, "memorandum_of_understanding"),
        ),
        (
            "Kassel unterhält eine Städtepartnerschaft mit Nantes und hat ein Memorandum über "
            "die Zusammenarbeit mit Wuhan unterzeichnet.",
            ({"kassel", "nantes"}, "sister_city"),
            ({"kassel", "wuhan"}, "memorandum_of_understanding"),
        ),
    ],
)
def test_agreements_second_act_of_a_sentence_keeps_its_own_type(
    text: str,
    first: tuple[set[str], str],
    second: tuple[set[str], str],
) -> None:
    """Two acts of different kinds in one sentence each keep the type of their own word."""
    acts = _acts(text)
    assert (frozenset(first[0]), first[1]) in acts
    assert (frozenset(second[0]), second[1]) in acts
    assert (frozenset(second[0]), first[1]) not in acts
