"""The places extractor on a national body's local unit written after the body's name and its
acronym in brackets ("the China Council for the Promotion of International Trade (CCPIT) Hunan
Sub-Council"): one organisation, the party of the act, as with a comma or a dash."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "The Karachi Chamber of Commerce signed a memorandum of understanding with the China "
        "Council for the Promotion of International Trade (CCPIT) Hunan Sub-Council on Monday.",
        "The Karachi Chamber of Commerce signed a memorandum of understanding with the China "
        "Council for the Promotion of International Trade, Hunan Sub-Council on Monday.",
    ],
)
def test_find_unit_names_joins_body_acronym_and_unit(text: str) -> None:
    """The body, its bracketed acronym and the unit make one party; no act goes to the body
    alone or to the unit alone."""
    doc = extract(text, language="en").doc
    parties = [sorted(p.name for p in a.parties) for a in doc.agreements]
    assert len(parties) == 1
    other = next(n for n in parties[0] if n != "Karachi Chamber of Commerce")
    assert other.startswith("China Council for the Promotion of International Trade")
    assert other.endswith("Hunan Sub-Council")


def test_find_unit_names_keeps_body_without_unit() -> None:
    """A body named with its acronym and no unit after it stays the body."""
    text = (
        "The Karachi Chamber of Commerce signed a memorandum of understanding with the China "
        "Council for the Promotion of International Trade (CCPIT) on Monday."
    )
    doc = extract(text, language="en").doc
    names = {p.name for a in doc.agreements for p in a.parties}
    assert "China Council for the Promotion of International Trade" in names
