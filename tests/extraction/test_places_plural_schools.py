"""The places extractor on a school district or board named by its schools ("Rockford Public
Schools", "Palliser Regional Schools", "Yongxing Schools"): the place, its modifiers and
"Schools" are one organisation, which signs acts as a body; "schools" in lower case or a
heading's "Sister Schools" name none."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "In 2016 Rockford Public Schools and the Taizhou Municipal Education Bureau signed "
            "a memorandum of understanding.",
            {"Rockford Public Schools", "Taizhou Municipal Education Bureau"},
        ),
        (
            "Palliser Regional Schools and the Guangzhou Education Bureau signed a memorandum "
            "of understanding in 2016.",
            {"Palliser Regional Schools", "Guangzhou Education Bureau"},
        ),
    ],
)
def test_plural_schools_sign_as_one_body(text: str, parties: set[str]) -> None:
    """The district named by its schools is one party of the act it signs."""
    doc = extract(text, language="en").doc
    orgs = [m.name for m in doc.mentions if m.kind == "organisation"]
    assert parties <= set(orgs)
    acts = [({p.name for p in a.parties}, a.type) for a in doc.agreements]
    assert (parties, "memorandum_of_understanding") in acts


@pytest.mark.parametrize(
    "text",
    [
        "Sister Schools\nThe programme pairs schools in Ohio with schools in Hubei.",
        "Students from both schools visited Shanghai in May.",
    ],
)
def test_plural_schools_common_noun_names_nothing(text: str) -> None:
    """'schools' as a common noun, or a heading without a place, is no organisation."""
    doc = extract(text, language="en").doc
    assert [m.name for m in doc.mentions if m.kind == "organisation"] == []
