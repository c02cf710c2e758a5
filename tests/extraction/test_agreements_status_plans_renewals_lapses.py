"""Agreements: statuses of acts still to be signed, renewals and quiet ties (issue 2, c42-status;
seen in corpus42 and in corpora 2, 16, 19, 30, 31 and 36): an aim with a clitic ("pour y
signer"), a confirmation "for another five years" as a renewal, a renewal told in a clause of
its own after "and" keeping the first act apart, and contacts that lapsed as no end of the tie.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import contact_lapse
from factsets import act_detail


def _acts(text: str) -> set[tuple[str, str | None]]:
    """(status, signed) of each act `text` gives."""
    return {(d[5], d[2]) for d in map(act_detail, extract(text).doc.agreements)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le recteur de l'Université de Lille a annoncé le 3 mars 2026 qu'une délégation se"
            " rendra en juin à Wuhan, siège de l'Université de Wuhan, pour y signer un accord de"
            " coopération.",
            {("planned", None)},
        ),
        (
            "Le maire de Poitiers se rendra à Wuhan en mai pour y signer une convention de"
            " coopération avec la ville de Wuhan.",
            {("planned", None)},
        ),
    ],
)
def test_agreements_aim_with_a_clitic_is_planned(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    """A trip still to come "pour y signer" an act makes the act planned, not signed."""
    assert _acts(text) == expected


def test_agreements_past_trip_with_a_clitic_is_signed() -> None:
    """A trip told in the past "pour y signer" the act reached its aim: the act is signed."""
    text = (
        "Le 3 mai 2025, le maire de Poitiers s'est rendu à Wuhan pour y signer une convention"
        " de coopération avec la ville de Wuhan."
    )
    assert _acts(text) == {("signed", "2025-05-03")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2026-09-28\nIn 2011, Karlsruhe and Ningbo signed an agreement to build friendly"
            " relations, and last year the friendship was confirmed for another five years.",
            {("signed", "2011"), ("renewed", "2025")},
        ),
        (
            "2011 schlossen Kassel und Ningbo eine Freundschaftsvereinbarung, die 2024 für"
            " weitere fünf Jahre bestätigt wurde.",
            {("signed", "2011"), ("renewed", "2024")},
        ),
        (
            "In 2011 sloten Eindhoven en Ningbo een vriendschapsovereenkomst, die in 2024 voor"
            " nog vijf jaar werd bevestigd.",
            {("signed", "2011"), ("renewed", "2024")},
        ),
        (
            "En 2011, Rennes et Ningbo ont signé un accord d'amitié, confirmé en 2024 pour une"
            " nouvelle période de cinq ans.",
            {("signed", "2011"), ("renewed", "2024")},
        ),
    ],
)
def test_agreements_confirmed_for_a_further_term_is_a_renewal(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    """An act confirmed for another term is renewed; the first signing stays an act of its
    own with its own year."""
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2026-01-10\nIn 2011, Karlsruhe and Ningbo signed a friendship agreement, and in"
            " 2025 the agreement was renewed for another five years.",
            {("signed", "2011"), ("renewed", "2025")},
        ),
        (
            "In 2011 tekenden Eindhoven en Ningbo een vriendschapsovereenkomst, en in 2021 werd"
            " de overeenkomst met vijf jaar verlengd.",
            {("signed", "2011"), ("renewed", "2021")},
        ),
        (
            "2011 unterzeichneten Kassel und Ningbo eine Freundschaftsvereinbarung, und 2021"
            " wurde die Vereinbarung um fünf Jahre verlängert.",
            {("signed", "2011"), ("renewed", "2021")},
        ),
        (
            "En 2011, Rennes et Ningbo ont signé un accord d'amitié, et en 2021 l'accord a été"
            " renouvelé pour cinq ans.",
            {("signed", "2011"), ("renewed", "2021")},
        ),
    ],
)
def test_agreements_renewal_in_a_clause_after_and_keeps_the_first_act(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    """A renewal told in its own clause after "and", with its own time and the act named back,
    is a second act; the first keeps the year of the signing clause."""
    assert _acts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sunderland and Harbin became twin cities in 1997, but contact between the two cities"
        " lapsed after the first decade.",
        "Arnhem en Kunming sloten in 2001 een stedenband, maar de contacten liepen na enkele"
        " jaren af.",
        "Kassel und Jiaxing haben 2005 einen Partnerschaftsvertrag unterzeichnet, aber der"
        " Austausch endete 2015.",
        "Vichy et Wuhan ont signé une charte de jumelage en 2003, mais les échanges ont pris fin"
        " en 2019.",
    ],
)
def test_agreements_contacts_that_lapsed_leave_the_tie_signed(text: str) -> None:
    """Contacts or exchanges that lapsed or ended are no end of the tie: it stays signed."""
    assert {s for s, _ in _acts(text)} == {"signed"}


@pytest.mark.parametrize(
    "text",
    [
        "Sunderland and Harbin became twin cities in 1997, but the agreement lapsed in 2010.",
        "Kassel und Jiaxing haben 2005 einen Partnerschaftsvertrag unterzeichnet, aber die"
        " Partnerschaft endete 2015.",
        "Vichy et Wuhan ont signé une charte de jumelage en 2003, mais le jumelage a pris fin"
        " en 2019.",
    ],
)
def test_agreements_act_that_lapsed_is_ended(text: str) -> None:
    """The act itself as the subject of the end is ended."""
    assert "ended" in {s for s, _ in _acts(text)}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("signed in 1997, but contact between the two cities lapsed", "lapsed", True),
        ("maar de contacten liepen af", "liepen", True),
        ("der austausch endete 2015", "endete", True),
        ("mais les échanges ont pris fin", "pris", True),
        ("the memorandum, signed in 2018, lapsed in 2023", "lapsed", False),
        ("but the sister city agreement lapsed", "lapsed", False),
    ],
)
def test_contact_lapse_reads_the_subject_of_the_clause(
    text: str, word: str, expected: bool
) -> None:
    """Only an end whose clause opens with the contacts or exchanges is a lapse of contact."""
    assert contact_lapse(text, 0, text.index(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Hochschule Wismar und die Ningbo University schlossen 2019 eine"
        " Kooperationsvereinbarung. Eine weitere Vereinbarung über einen gemeinsamen"
        " Masterstudiengang soll im Herbst unterzeichnet werden.",
        "Leuven en Suzhou tekenden dat akkoord op 3 mei 2008. Een delegatie reist in november"
        " naar Suzhou. Bij die gelegenheid zal een nieuw samenwerkingsakkoord worden"
        " ondertekend.",
        "The University of Leeds and Fudan University signed a cooperation agreement in 2018. A"
        " further agreement on joint doctorates is to be signed next spring.",
        "L'Université de Nantes et l'Université de Wuhan ont signé un accord de coopération en"
        " 2017. Un nouvel accord sur la mobilité des chercheurs doit être signé en juin.",
    ],
)
def test_agreements_further_act_to_come_takes_the_pair_just_reported(text: str) -> None:
    """A further act still to be signed, in a sentence that names no party, is a planned act
    of the pair whose act was reported just before (the signed act stays signed)."""
    assert {s for s, _ in _acts(text)} == {"signed", "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-03-01\nZo reist de burgemeester van Delft op 11 april 2026 naar Jinan. Tijdens"
        " dat bezoek wordt ook een intentieverklaring getekend tussen Delft en Jinan.",
        "date 2026-03-01\nDer Oberbürgermeister von Kassel reist im Mai nach Jinan. Bei diesem"
        " Besuch wird eine Absichtserklärung zwischen Kassel und Jinan unterzeichnet.",
        "date 2026-03-01\nThe mayor of Leeds travels to Jinan next month. During that visit Leeds"
        " and Jinan sign a letter of intent.",
        "date 2026-03-01\nLe maire de Poitiers partira pour Jinan en mai. À cette occasion,"
        " Poitiers et Jinan signent une lettre d'intention.",
    ],
)
def test_agreements_present_signing_on_a_coming_trip_is_planned(text: str) -> None:
    """A signing told in the present on the occasion of a trip still to come is planned and
    takes no date."""
    assert _acts(text) == {("planned", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Een delegatie uit Wuzhou bezocht Venlo in juni 2019. Bij die gelegenheid tekenden beide"
        " steden een intentieverklaring over samenwerking.",
        "Im April 2024 war eine Erlanger Delegation in Hefei zu Gast. Dabei wurde eine"
        " Absichtserklärung zwischen Erlangen und Hefei unterzeichnet.",
    ],
)
def test_agreements_signing_on_a_past_trip_stays_signed(text: str) -> None:
    """A signing on the occasion of a trip told in the past is signed."""
    assert {s for s, _ in _acts(text)} == {"signed"}


@pytest.mark.parametrize(
    "text",
    [
        "The University of Otago and Fudan University are preparing a cooperation agreement on"
        " joint doctorates.",
        "Le lycée Jean-Macé de Niort prépare une convention de partenariat avec le lycée n°1 de"
        " Xinchang.",
    ],
)
def test_agreements_act_being_prepared_is_planned(text: str) -> None:
    """An act the parties prepare ("are preparing", "prépare") is planned, as "bereiden ...
    voor" and "bereiten ... vor" are."""
    assert _acts(text) == {("planned", None)}
