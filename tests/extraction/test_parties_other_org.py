"""An act "with" the document's own institution, on a page about its delegation's visit to
another institution, binds the two institutions (texts written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast


def _acts(text: str, language: str) -> list[tuple[set[str], str | None]]:
    doc = extract(text, language=language).doc
    return [
        ({p.name for p in a.parties}, str(a.signed.year) if a.signed else None)
        for a in doc.agreements
    ]


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "Visit of Lindholm University\n\n"
            "On 3 June 2025 a delegation of Lindholm University came to Yangzhou University. "
            "The president of Yangzhou University received the guests.\n\n"
            "He said that exchanges with Europe mattered. An exchange agreement was signed "
            "with Lindholm University in 2017, and students have been exchanged every year "
            "since.",
            "en",
            {"Lindholm University", "Yangzhou University"},
        ),
        (
            "Bezoek van Hogeschool Drechtstad\n\n"
            "Op 3 juni 2025 kwam een delegatie van Hogeschool Drechtstad naar de Yangzhou "
            "University. De rector van de Yangzhou University ontving de gasten.\n\n"
            "Hij zei dat uitwisseling met Europa belangrijk is. In 2017 werd een "
            "samenwerkingsovereenkomst met Hogeschool Drechtstad ondertekend.",
            "nl",
            {"Hogeschool Drechtstad", "Yangzhou University"},
        ),
        (
            "Visite de l'Université de Lorval\n\n"
            "Le 3 juin 2025, une délégation de l'Université de Lorval est venue à l'Université "
            "de Yangzhou. Le président de l'Université de Yangzhou a reçu les invités.\n\n"
            "Il a rappelé qu'un accord de coopération a été signé avec l'Université de Lorval "
            "en 2017.",
            "fr",
            {"Université de Lorval", "Université de Yangzhou"},
        ),
        (
            "Besuch der Hochschule Talheim\n\n"
            "Am 03.06.2025 kam eine Delegation der Hochschule Talheim an die Universität "
            "Yangzhou. Der Präsident der Universität Yangzhou empfing die Gäste.\n\n"
            "Seit der Unterzeichnung des Kooperationsabkommens mit der Hochschule Talheim "
            "2017 werden jedes Jahr Studierende ausgetauscht.",
            "de",
            {"Hochschule Talheim", "Universität Yangzhou"},
        ),
    ],
)
def test_other_org_act_with_the_home_institution_binds_the_other(
    text: str, language: str, pair: set[str]
) -> None:
    """The act "with" the travelling institution (the document's own) is the act of the
    two institutions, dated by its year."""
    assert (pair, "2017") in _acts(text, language)


def test_other_org_none_when_several_other_institutions() -> None:
    """With two other institutions of the kind named, neither is the one other
    institution."""
    text = (
        "A delegation of Lindholm University visited Yangzhou University and Nantong "
        "University. Lindholm University met the presidents of Yangzhou University and of "
        "Nantong University."
    )
    cast = build_cast(extract(text, language="en").doc)
    assert cast.home_org is not None
    assert cast.other_org is None


def test_other_org_needs_two_mentions() -> None:
    """An institution named once beside the home institution is not its one partner."""
    text = (
        "A delegation of Lindholm University visited Yangzhou University in May. Lindholm "
        "University will host a summer school."
    )
    cast = build_cast(extract(text, language="en").doc)
    assert cast.other_org is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Seit der Unterzeichnung des Kooperationsvertrags mit der Hochschule Talheim 2017 "
        "tauschen beide Hochschulen Studierende aus.",
        "Seit der Unterzeichnung des Kooperationsabkommens mit der Hochschule Talheim 2017 "
        "tauschen beide Hochschulen Studierende aus.",
    ],
)
def test_other_org_german_genitive_of_an_act_word_is_an_act(sentence: str) -> None:
    """A cooperation agreement named in the genitive ("des Kooperationsvertrags", "des
    Kooperationsabkommens") is an act as the nominative is."""
    text = (
        "Besuch der Hochschule Talheim\n\n"
        "Am 03.06.2025 kam eine Delegation der Hochschule Talheim an die Universität "
        "Yangzhou. Der Präsident der Universität Yangzhou empfing die Gäste.\n\n" + sentence
    )
    assert ({"Hochschule Talheim", "Universität Yangzhou"}, "2017") in _acts(text, "de")
