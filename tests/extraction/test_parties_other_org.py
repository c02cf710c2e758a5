"""An act "with" the document's own institution, on a page about its delegation's visit to
another institution, binds the two institutions (texts written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses import units
from cityties.extraction.extractors._parties import build_cast
from cityties.extraction.extractors._party_resolver import resolve_pair


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


_TWO_INSTITUTIONS = {
    "en": (
        "Lindholm University drops joint institute\n\n"
        "Lindholm University will not open a joint institute with Yangzhou University. "
        "Talks between Lindholm University and Yangzhou University stalled.\n\n"
        "The board met on Monday. The memorandum on the institute was signed in October "
        "2021.",
        "memorandum",
    ),
    "nl": (
        "Hogeschool Drechtstad ziet af van instituut\n\n"
        "Hogeschool Drechtstad opent geen gezamenlijk instituut met de Yangzhou University. "
        "De gesprekken van Hogeschool Drechtstad met de Yangzhou University liepen vast."
        "\n\nHet bestuur vergaderde maandag. Het memorandum voor het instituut werd in oktober "
        "2021 getekend.",
        "memorandum",
    ),
    "fr": (
        "L'Université de Lorval renonce à un institut\n\n"
        "L'Université de Lorval n'ouvrira pas d'institut avec l'Université de Yangzhou. "
        "Les discussions entre l'Université de Lorval et l'Université de Yangzhou ont "
        "échoué.\n\nLa présidence s'est réunie lundi. Le protocole d'accord sur l'institut a été "
        "signé en octobre 2021.",
        "protocole d'accord",
    ),
    "de": (
        "Hochschule Talheim verzichtet auf Institut\n\n"
        "Die Hochschule Talheim eröffnet kein Institut mit der Universität Yangzhou. Die "
        "Gespräche der Hochschule Talheim mit der Universität Yangzhou scheiterten.\n\n"
        "Das Präsidium tagte am Montag. Die Absichtserklärung für das Institut wurde im "
        "Oktober 2021 unterzeichnet.",
        "Absichtserklärung",
    ),
}


@pytest.mark.parametrize("language", ["en", "nl", "fr", "de"])
def test_institutions_pair_resolver_falls_back_to_the_two_institutions(language: str) -> None:
    """`resolve_pair` for an act whose sentence names no party, in a document about its own
    institution and one other: the two institutions; for a twinning: no pair."""
    text, word = _TWO_INSTITUTIONS[language]
    doc = extract(text, language=language).doc
    cast = build_cast(doc)
    starts = [u.start for u in units(doc, relative=True)]
    at = text.index(word, text.index("\n\n", text.index("\n\n") + 2))
    cue = (at, at + len(word), "memorandum_of_understanding")
    pair = resolve_pair(text, cast, starts, cue)
    assert cast.home_org is not None and cast.other_org is not None
    assert pair is not None
    assert {a.key for a in pair} == {cast.home_org.key, cast.other_org.key}
    assert resolve_pair(text, cast, starts, (at, at + len(word), "sister_city")) is None
