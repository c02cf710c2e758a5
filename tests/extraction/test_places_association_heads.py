"""The places extractor on Dutch and German association and foundation heads ("Vereniging",
"Stichting", "Verein", "Stiftung", "Genootschap") named by what follows them, as "Association
of ..." and "Association des ..." are: "de Vereniging van Nederlandse Gemeenten", "de
Vereniging van Vlaamse Steden en Gemeenten", "Stichting Stedenbanden Alkmaar", "die Stiftung
Mercator" are one organisation each; the head is no town of its own."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _mentions(text: str, language: str) -> tuple[list[str], list[str]]:
    doc = extract(text, language=language).doc
    orgs = [m.name for m in doc.mentions if m.kind == "organisation"]
    places = [m.name for m in doc.mentions if m.kind == "place"]
    return orgs, places


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "De regering van Suriname en de Vereniging van Nederlandse Gemeenten (VNG) "
            "tekenden maandag een samenwerkingsovereenkomst.",
            "nl",
            "Vereniging van Nederlandse Gemeenten",
        ),
        (
            "Dat ziet ook de Vereniging van Vlaamse Steden en Gemeenten in heel Vlaanderen.",
            "nl",
            "Vereniging van Vlaamse Steden en Gemeenten",
        ),
        (
            "Stichting Stedenbanden Alkmaar\nJaarverslag 2023\n\nHet bestuur kwam zes keer bijeen.",
            "nl",
            "Stichting Stedenbanden Alkmaar",
        ),
        (
            "Die Stiftung Mercator unterzeichnete 2016 ein Abkommen mit der Tsinghua University.",
            "de",
            "Stiftung Mercator",
        ),
        (
            "The Association of Netherlands Municipalities signed a cooperation agreement "
            "with Suriname in 2025.",
            "en",
            "Association of Netherlands Municipalities",
        ),
        (
            "L'Association des maires de France a reçu une délégation de Wuhan en 2019.",
            "fr",
            "Association des maires de France",
        ),
    ],
)
def test_association_heads_name_what_follows(text: str, language: str, name: str) -> None:
    """The head and the words after it are one organisation; the head is no place."""
    orgs, places = _mentions(text, language)
    assert name in orgs
    head = name.split()[0]
    assert head not in places


def test_association_heads_keep_city_acts() -> None:
    """A twinning foundation named in a heading leaves the twinning to the two towns."""
    doc = extract(
        "Stichting Stedenbanden Alkmaar\nJaarverslag 2023\n\nDe stedenband tussen Alkmaar en "
        "Troyes bestaat sinds 1958.",
        language="nl",
    ).doc
    assert [({p.name for p in a.parties}, a.type) for a in doc.agreements] == [
        ({"Alkmaar", "Troyes"}, "sister_city")
    ]
