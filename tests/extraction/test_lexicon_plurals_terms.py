"""Agreements: the Dutch and German plurals of "memorandum" are act words, and "for an initial
term of N years" / "with an initial term of" give the act's term (issue 2; the plurals were
left by types2, the initial term by dates4, seen in corpus27 and corpus31). Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors.agreements import find_keywords


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Beide havens ondertekenden memoranda van overeenstemming over logistiek.",
            "memoranda van overeenstemming",
        ),
        (
            "Die Städte unterzeichneten zwei Memoranden über die Zusammenarbeit im Hafen.",
            "Memoranden über die Zusammenarbeit",
        ),
    ],
)
def test_memorandum_plurals_are_act_words(text: str, word: str) -> None:
    """The plural of the memorandum is read as an MoU word, in full."""
    found = [(text[k.start : k.end], k.type) for k in find_keywords(text)]
    assert (word, "memorandum_of_understanding") in found


@pytest.mark.parametrize(
    "text",
    [
        "Date: 2024-05-02\nOn 2 May 2024 Leuven and Suzhou signed a memorandum of understanding "
        "for an initial term of three years.",
        "Date: 2024-05-02\nOn 2 May 2024 Leuven and Suzhou signed a memorandum of understanding "
        "with an initial term of three years.",
    ],
)
def test_initial_term_gives_the_duration(text: str) -> None:
    """'for / with an initial term of three years' is the act's term: 36 months."""
    acts = extract(text).doc.agreements
    assert [a.duration_months for a in acts] == [36]


def test_a_term_without_initial_is_read_as_before() -> None:
    """'with a term of two years' keeps working (the article 'a' as well as 'an')."""
    text = (
        "Date: 2023-03-01\nOn 1 March 2023 Ghent and Ningbo signed a cooperation agreement "
        "with a term of two years."
    )
    assert [a.duration_months for a in extract(text).doc.agreements] == [24]
