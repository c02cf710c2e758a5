"""The places extractor on a national body's local unit named with the body ("the China
Council for the Promotion of International Trade, Chongqing Sub-Council", "the Hunan
Sub-Council of the China Council ..."): one organisation of the unit's place, named by the
short name in brackets after it when the text gives one."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[tuple[str, str]]:
    doc = extract(text, language=language).doc
    return [(m.name, doc.text[m.start : m.end]) for m in doc.mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Lahore Chamber signed a memorandum with the China Council for the Promotion "
            "of International Trade, Hunan Sub-Council (CCPIT Hunan) on Monday.",
            "en",
            "CCPIT Hunan",
        ),
        (
            "The Perth Chamber of Commerce and the Sichuan Sub-Council of the China Council "
            "for the Promotion of International Trade (CCPIT Sichuan) signed an agreement.",
            "en",
            "CCPIT Sichuan",
        ),
        (
            "Die IHK Kassel und die China Council for the Promotion of International Trade - "
            "Henan Sub-Council unterzeichneten 2018 ein Memorandum.",
            "de",
            "China Council for the Promotion of International Trade - Henan Sub-Council",
        ),
        (
            "La CCI de Lyon a signé en 2019 un protocole avec la China Council for the "
            "Promotion of International Trade, Hubei Sub-Council (CCPIT Hubei).",
            "fr",
            "CCPIT Hubei",
        ),
        (
            "Voka tekende in 2017 een akkoord met de China Council for the Promotion of "
            "International Trade, Fujian Sub-Council.",
            "nl",
            "China Council for the Promotion of International Trade, Fujian Sub-Council",
        ),
    ],
)
def test_unit_names_one_organisation(text: str, language: str, name: str) -> None:
    """The unit and the body are one organisation; neither fragment is left on its own."""
    orgs = _orgs(text, language)
    names = [n for n, _ in orgs]
    assert name in names
    assert "China Council for the Promotion of International Trade" not in names
    assert not any(n != name and n.endswith("Sub-Council") for n in names)


def test_unit_names_bare_unit_left_alone() -> None:
    """A unit named without its body stays what the head scan read."""
    orgs = _orgs("The Zhejiang Sub-Council hosted the forum in 2020.", "en")
    assert [n for n, _ in orgs] == ["Zhejiang Sub-Council"]
