"""The places extractor on national bodies of twinned towns named by their network and
country ("Sister Cities Australia", "Cités Unies France") or an acronym and "International"
("VNG International"): one association, not the country it names."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _mentions(text: str, language: str, kind: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Sister Cities New Zealand and the Jiangsu association signed a memorandum in 2018.",
            "en",
            "Sister Cities New Zealand",
        ),
        (
            "En 2021, Cités Unies France a signé un accord-cadre avec une association chinoise.",
            "fr",
            "Cités Unies France",
        ),
        (
            "VNG International tekende in 2022 een overeenkomst met een Chinese vereniging.",
            "nl",
            "VNG International",
        ),
        (
            "Sister Cities International unterzeichnete 2012 ein Memorandum mit einem "
            "chinesischen Verband.",
            "de",
            "Sister Cities International",
        ),
    ],
)
def test_network_names_one_association(text: str, language: str, name: str) -> None:
    """The network's name with its country is one organisation; the country in it is no
    place of its own."""
    assert name in _mentions(text, language, "organisation")
    places = _mentions(text, language, "place")
    assert not any(p in name for p in places)


def test_network_names_country_alone_stays_a_place() -> None:
    """A country named without the network's words stays a place."""
    text = "The mayor of Perth flew to New Zealand in 2019."
    assert "New Zealand" in _mentions(text, "en", "place")
    assert _mentions(text, "en", "organisation") == []
