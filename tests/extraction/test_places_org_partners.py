"""The places extractor on an organisation's partner in an act: a name read as nothing else
(a brand, an acronym, a short name, a brand in lower case), joined by "and"/"en"/"et"/"und" to
an organisation in a clause with a signing verb or an act noun, is an organisation; a lone
place, a person with a title or an ordinary word stays what it is."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Op 3 maart tekenden VIVES en de Ningbo University of Technology een akkoord.",
            "nl",
            "VIVES",
        ),
        (
            "Zuyderhorst en de Yangzhou University ondertekenden in 2021 een overeenkomst.",
            "nl",
            "Zuyderhorst",
        ),
        (
            "In April, Corvenna and Hunan Normal University signed a student exchange agreement.",
            "en",
            "Corvenna",
        ),
        (
            "Le 12 mai, Kedge et l'Université de Xiamen ont signé une convention d'échanges.",
            "fr",
            "Kedge",
        ),
        (
            "Im Juni unterzeichneten hafenwerke und die Ningbo Port Group eine "
            "Absichtserklärung. Für hafenwerke sprach der Geschäftsführer.",
            "de",
            "hafenwerke",
        ),
    ],
)
def test_organisation_partners_name_the_other_party(text: str, language: str, name: str) -> None:
    """The unknown name joined to an organisation as a signing party is an organisation."""
    assert name in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Gent en de Fudan University ondertekenden een akkoord.", "nl", "Gent"),
        ("Mayor Hartley and the Port of Tacoma signed a letter of intent.", "en", "Hartley"),
        ("In May the mayor and Zhejiang University signed a memorandum.", "en", "May"),
        ("Kedge et l'Université de Wuhan organisent une exposition.", "fr", "Kedge"),
        ("Im Juni besuchten hafenwerke und die Ningbo Port Group eine Messe.", "de", "hafenwerke"),
        (
            "Die Gründung beruht auf einem Vertrag zwischen der Tongji University und dem "
            "Verbundnetz.",
            "de",
            "Verbundnetz",
        ),
        (
            "Mardi, la Haute école de Namur (HENA) et l'Université de Jinan ont signé un accord.",
            "fr",
            "HENA",
        ),
    ],
)
def test_organisation_partners_need_act_and_unknown_name(
    text: str, language: str, name: str
) -> None:
    """A place, a titled person, an ordinary word, a German noun after its article, an
    acronym in brackets (the name's own), or a clause with no act gives no organisation of
    that name."""
    assert name not in _orgs(text, language)
