"""Agreements: names in brackets after an act's words gloss that act (issue 2; seen in
corpus25 d03 "Absichtserklärung (Memorandum of Understanding)", corpus29 n03
"intentieverklaring (letter of intent)", corpus34 n03 "memorandum of understanding (MoU,
intentieverklaring)"). The brackets may hold the abbreviation and a name in another
language: one act, never a second one of the gloss's type; an MoU or a letter of intent
glossed as a declaration of intent (or the reverse) is the instrument. Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _types(text: str) -> list[str]:
    return sorted(a.type for a in extract(text).doc.agreements)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2021 the Port of Antwerp signed a memorandum of understanding (MoU, "
        "declaration of intent) with the Port of Ningbo.",
        "Op 4 mei 2021 tekende het Havenbedrijf Rotterdam een memorandum of understanding "
        "(MoU, intentieverklaring) met de haven van Ningbo.",
        "Le 4 mai 2021, le Port de Marseille a signé un protocole d'accord (MoU, déclaration "
        "d'intention) avec le port de Ningbo.",
        "Am 4. Mai 2021 unterzeichnete die Stadt Kiel ein Memorandum of Understanding (MoU, "
        "Absichtserklärung) mit Qingdao.",
    ],
)
def test_gloss_with_abbreviation_is_one_mou(text: str) -> None:
    """An MoU whose brackets hold its abbreviation and a vernacular intent word is one MoU."""
    assert _types(text) == ["memorandum_of_understanding"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Am 4. Mai 2021 unterzeichnete die Stadt Kiel eine Absichtserklärung (Memorandum of "
            "Understanding) mit Qingdao.",
            "memorandum_of_understanding",
        ),
        (
            "Op 4 mei 2021 tekende Gent met Kunming een intentieverklaring (letter of intent).",
            "letter_of_intent",
        ),
    ],
)
def test_gloss_instrument_types_the_act(text: str, kind: str) -> None:
    """A vernacular intent word glossed by an instrument's name is that instrument."""
    assert _types(text) == [kind]


def test_gloss_two_acts_stay_two() -> None:
    """Two acts named one after the other, outside brackets, stay two acts."""
    text = (
        "On 4 May 2021 Ghent and Kunming signed a memorandum of understanding and a "
        "declaration of intent on tourism."
    )
    assert _types(text) == ["declaration_of_intent", "memorandum_of_understanding"]
