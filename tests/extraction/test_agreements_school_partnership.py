"""The agreements extractor on German school partnerships: "Schulpartnerschaft" (and its
"-vertrag") is a twinning of the two schools named with it (texts written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    doc = extract(text, language="de").doc
    return {(frozenset(fold(p.name) for p in a.parties), a.type) for a in doc.agreements}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Die Tiantang Foreign Languages School unterhält seit 2016 eine Schulpartnerschaft "
            "mit dem Städtischen Gymnasium Bocholt.",
            "Tiantang Foreign Languages School",
            "Städtisches Gymnasium Bocholt",
        ),
        (
            "Im Juni 2019 unterzeichneten das Gymnasium am Rosenhang und die Wuxi No. 3 High "
            "School einen Schulpartnerschaftsvertrag.",
            "Gymnasium am Rosenhang",
            "Wuxi No. 3 High School",
        ),
    ],
)
def test_school_partnership_is_a_twinning_of_schools(text: str, a: str, b: str) -> None:
    """A "Schulpartnerschaft" with a school, or a signed "Schulpartnerschaftsvertrag" of two
    schools, is a twinning (sister_city) of the two schools."""
    assert (frozenset({fold(a), fold(b)}), "sister_city") in _acts(text)


def test_school_partnership_word_without_partner_is_no_act() -> None:
    """A school partnership spoken of in general, with no partner named, is no act."""
    assert not _acts("Eine Schulpartnerschaft mit China wäre für viele Schüler ein Gewinn.")
