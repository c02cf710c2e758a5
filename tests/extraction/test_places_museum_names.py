"""The places extractor on museums as actors: a German compound ending in "-museum" with its
town right after it ("Kunstmuseum Basel") is one organisation, and so is a museum written in
English inside a German text ("das Harbin Railway Museum"); an act of two museums binds the
museums, not their towns. A bare compound ("im Stadtmuseum") stays no name."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "organisation"]


def _acts(text: str, language: str) -> list[set[str]]:
    doc = extract(text, language=language).doc
    return [{p.name for p in a.parties} for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Im Mai empfing das Glasmuseum Passau eine Gruppe von Kuratoren aus Suzhou.",
            "Glasmuseum Passau",
        ),
        (
            "Seit März zeigt das Spielzeugmuseum Nürnberg auch Leihgaben aus Hangzhou.",
            "Spielzeugmuseum Nürnberg",
        ),
        (
            "Kuratoren des Harbin Railway Museum besuchten im Juni die Stadt Görlitz.",
            "Harbin Railway Museum",
        ),
        (
            "Im Juni unterzeichneten das Museum Kolumba und eine Universität aus Wuhan einen "
            "Vertrag.",
            "Museum Kolumba",
        ),
    ],
)
def test_museum_compound_or_english_name_is_organisation(text: str, name: str) -> None:
    """A German "-museum" compound followed by its town, a museum named in English in a
    German text, or a German "Museum" named after it, is one organisation."""
    assert name in _orgs(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Im Jahr 2019 unterzeichneten das Glasmuseum Passau und das Suzhou Silk Museum "
            "eine Absichtserklärung für gemeinsame Ausstellungen.",
            "de",
            {"Glasmuseum Passau", "Suzhou Silk Museum"},
        ),
        (
            "In 2019 the Passau Glass Museum and the Suzhou Silk Museum signed a declaration "
            "of intent on joint exhibitions.",
            "en",
            {"Passau Glass Museum", "Suzhou Silk Museum"},
        ),
    ],
)
def test_museum_act_binds_the_museums(text: str, language: str, parties: set[str]) -> None:
    """Two museums signing an act are its parties, not the towns in their names."""
    assert parties in _acts(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Die Gäste aus Suzhou besichtigten am Nachmittag das Stadtmuseum.",
        "Nach dem Besuch im Kunstmuseum fuhr die Delegation nach Passau weiter.",
    ],
)
def test_museum_bare_compound_is_no_name(text: str) -> None:
    """A "-museum" compound without a town right after it names no organisation."""
    assert not any("museum" in n.casefold() for n in _orgs(text, "de"))
