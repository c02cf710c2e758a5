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
            "Le 12 janvier 2026, la direction de l'Université de Rouen a fait savoir qu'une"
            " équipe se rendra en octobre à Tianjin, siège de l'Université de Tianjin, pour y"
            " signer une convention de coopération scientifique.",
            {("planned", None)},
        ),
        (
            "En septembre, la maire de Niort se rendra à Yantai pour y signer une convention"
            " d'échanges culturels avec la municipalité de Yantai.",
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
        "Le 18 septembre 2024, la maire de Niort s'est rendue à Yantai pour y signer une"
        " convention d'échanges culturels avec la municipalité de Yantai."
    )
    assert _acts(text) == {("signed", "2024-09-18")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2026-09-28\nBristol and Xiamen signed a friendship agreement in 2009; last"
            " year the agreement was confirmed for another four years.",
            {("signed", "2009"), ("renewed", "2025")},
        ),
        (
            "2011 schlossen Kassel und Ningbo eine Freundschaftsvereinbarung, die 2024 für"
            " weitere fünf Jahre bestätigt wurde.",
            {("signed", "2011"), ("renewed", "2024")},
        ),
        (
            "Tilburg en Changzhou sloten in 2008 een vriendschapsovereenkomst; in 2023 werd"
            " die overeenkomst voor nog vier jaar bevestigd.",
            {("signed", "2008"), ("renewed", "2023")},
        ),
        (
            "Rodez et Zibo ont signé en 2008 une charte d'amitié, confirmée en 2023 pour une"
            " nouvelle période de quatre ans.",
            {("signed", "2008"), ("renewed", "2023")},
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
            "date 2026-01-10\nIn 2010, Bristol and Xiamen signed a friendship agreement, and in"
            " 2024 the agreement was renewed for three more years.",
            {("signed", "2010"), ("renewed", "2024")},
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
            "En 2010, Rodez et Zibo ont signé ensemble une charte d'amitié, et en 2020 la charte"
            " a été renouvelée pour trois ans.",
            {("signed", "2010"), ("renewed", "2020")},
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
        "Exeter and Dalian became twin cities in 1999, but contacts between the councils"
        " lapsed after a few years.",
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
        "Exeter and Dalian became twin cities in 1999, but the agreement lapsed in 2012.",
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
        ("signed in 1999, but contacts between the councils lapsed", "lapsed", True),
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
        "Die Hochschule Wismar und die Tongji-Universität haben 2016 eine"
        " Kooperationsvereinbarung geschlossen. Eine weitere Vereinbarung zum Austausch von"
        " Lehrkräften soll im nächsten Frühjahr unterzeichnet werden.",
        "Hasselt en Wuxi tekenden dat akkoord op 14 september 2010. In oktober gaat een"
        " delegatie naar Wuxi. Daar zal dan ook een nieuw samenwerkingsakkoord worden"
        " ondertekend.",
        "The University of Leeds and Fudan University signed a cooperation agreement in 2018. A"
        " further agreement on joint doctorates is to be signed next spring.",
        "L'Université de Caen et l'Université de Tianjin ont signé une convention de"
        " coopération en 2015. Un nouvel accord sur l'accueil de doctorants doit être signé en"
        " juin.",
    ],
)
def test_agreements_further_act_to_come_takes_the_pair_just_reported(text: str) -> None:
    """A further act still to be signed, in a sentence that names no party, is a planned act
    of the pair whose act was reported just before (the signed act stays signed)."""
    assert {s for s, _ in _acts(text)} == {"signed", "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-03-01\nDe burgemeester van Zwolle reist op 9 april 2026 naar Weihai. Tijdens"
        " die reis wordt tussen Zwolle en Weihai een intentieverklaring getekend.",
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
        "In september 2018 bezocht een delegatie uit Liuzhou de stad Roermond. Bij die"
        " gelegenheid tekenden Roermond en Liuzhou een intentieverklaring over toerisme.",
        "Im Oktober 2023 besuchte eine Delegation aus Heilbronn die Stadt Yangzhou. Dabei"
        " wurde eine Absichtserklärung zwischen Heilbronn und Yangzhou unterzeichnet.",
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
        "Le collège Victor-Hugo de Cholet prépare un accord de partenariat avec le collège n°3"
        " de Jiaxing.",
    ],
)
def test_agreements_act_being_prepared_is_planned(text: str) -> None:
    """An act the parties prepare ("are preparing", "prépare") is planned, as "bereiden ...
    voor" and "bereiten ... vor" are."""
    assert _acts(text) == {("planned", None)}
