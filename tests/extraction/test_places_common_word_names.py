"""The places extractor on a common word inside an institution's name that the gazetteer also
has as a small place ("Culture", a Turkish village's folded name): in "Beijing Language and
Culture University" it is the ordinary word, and the whole name is one organisation, in an
English text as in Dutch, German and French texts that cite the English name; a common word
naming a large city ("Nice") stays a place."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The University of Lomé and the Beijing Language and Culture University signed a "
            "cooperation agreement in 2019.",
            "en",
        ),
        (
            "De Hogeschool Gent tekende in 2018 een akkoord met de Beijing Language and "
            "Culture University.",
            "nl",
        ),
        (
            "Die Universität Bayreuth schloss 2017 einen Vertrag mit der Beijing Language and "
            "Culture University.",
            "de",
        ),
        (
            "L'Université de Lomé a signé en 2019 une convention avec la Beijing Language and "
            "Culture University.",
            "fr",
        ),
    ],
)
def test_common_word_names_one_organisation(text: str, language: str) -> None:
    """'Culture' is no place inside the name; the name is one organisation, no fragment."""
    doc = extract(text, language=language).doc
    orgs = [m.name for m in doc.mentions if m.kind == "organisation"]
    assert "Beijing Language and Culture University" in orgs
    assert "Culture University" not in orgs
    assert "Culture" not in [m.name for m in doc.mentions if m.kind == "place"]


def test_common_word_names_large_city_stays_place() -> None:
    """A common word that names a large city is still that city outside a name."""
    doc = extract(
        "Students from Nice visited the Beijing Language and Culture University in May.",
        language="en",
    ).doc
    assert "Nice" in [m.name for m in doc.mentions if m.kind == "place"]
