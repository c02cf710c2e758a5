"""Acts signed at a moment of a day told before ("that evening", "earlier in the day", "aan
het eind van de middag", "le soir même", "am Abend"): dated by the last day the page told,
never by a month or by the page's own date."""

from __future__ import annotations

import re

import pytest

from cityties.extraction.extractors._act_details import day_part, trip_aim
from cityties.extraction.pipeline import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "That evening both governors signed a charter.",
        "Earlier in the day the port authorities had signed a letter of intent.",
        "At the end of the evening a memorandum was signed.",
        "'s Avonds werd een intentieverklaring ondertekend.",
        "Eerder op de dag hadden de havens al een convenant getekend.",
        "Le soir même, les deux maires ont signé une convention.",
        "Plus tard dans la journée, les deux villes ont paraphé une convention.",
        "Am Abend unterzeichneten beide Bürgermeister eine Absichtserklärung.",
        "Später am Tag wurde eine Vereinbarung unterzeichnet.",
    ],
)
def test_day_part_finds_a_moment_of_the_day(sentence: str) -> None:
    """A part of a day told before, in each of the four languages, is found."""
    low = sentence.lower()
    assert day_part(low, 0, len(low)) is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement was signed in 2019 for five years.",
        "Het convenant werd in de gemeenteraad besproken.",
        "La convention a été signée à Lyon.",
        "Die Vereinbarung wurde im Tagungshotel unterzeichnet.",
    ],
)
def test_day_part_ignores_sentences_without_one(sentence: str) -> None:
    """A sentence that tells no moment of a day is not read as one."""
    low = sentence.lower()
    assert day_part(low, 0, len(low)) is False


_ZHOU = (
    "date 2026-06-20\nOn 16 June a delegation from the Chinese city of Ningbo paid a working "
    "visit to Vlissingen.\n\nIn February a delegation from Vlissingen visited Ningbo.\n\n"
    "The guests toured the shipyard. They went by boat to the old naval yard. A dinner "
    "followed in the museum. "
)


@pytest.mark.parametrize(
    ("text", "kind", "signed"),
    [
        (
            _ZHOU + "At the end of the evening, the mayor of Vlissingen and the vice mayor of "
            "Ningbo signed a memorandum of understanding.\n",
            "memorandum_of_understanding",
            "2026-06-16",
        ),
        (
            "date 2026-06-20\nOp 16 juni kwam een delegatie uit Ningbo voor een "
            "werkbezoek naar Vlissingen.\n\nIn februari bezocht een delegatie uit Vlissingen "
            "Ningbo.\n\nDe gasten bezochten de werf. Daarna voeren zij naar de oude marinewerf. "
            "Er volgde een lunch in het museum. Aan het eind van de middag ondertekenden de "
            "burgemeester van Vlissingen en de vicevoorzitter van Ningbo een memorandum of "
            "understanding.\n",
            "memorandum_of_understanding",
            "2026-06-16",
        ),
        (
            "date 2025-10-02\nLe 24 septembre, une délégation de Yantai est arrivée à Angers. "
            "Elle a visité l'école et la mairie.\n\nEn août, le comité de jumelage avait préparé "
            "la visite.\n\nLe soir même, le maire d'Angers et le maire de Yantai ont alors signé "
            "une lettre d'intention.\n",
            "letter_of_intent",
            "2025-09-24",
        ),
        (
            "date 2026-08-30\nAm 18. August empfing der Landkreis Tuttlingen eine Delegation "
            "aus Kunshan.\n\nIm Juli hatte der Kreistag den Besuch vorbereitet.\n\nAm Abend "
            "unterzeichneten der Landkreis Tuttlingen und die Stadt Kunshan eine "
            "Absichtserklärung.\n",
            "declaration_of_intent",
            "2026-08-18",
        ),
    ],
)
def test_extract_day_part_dates_the_act_by_the_last_day_told(
    text: str, kind: str, signed: str
) -> None:
    """An act signed at a moment of the day takes the last day told before it, not a month
    told in between."""
    acts = [a for a in extract(text).doc.agreements if a.type == kind]
    assert [str(a.signed) for a in acts] == [signed]


def test_extract_day_part_without_a_day_told_leaves_the_act_undated() -> None:
    """A moment of the day with only a month told before it gives no date: a part of a day
    needs a day."""
    text = (
        "date 2026-06-20\nIn February a delegation from Vlissingen visited Ningbo. The guests "
        "toured the shipyard.\n\nThat evening the mayor of Vlissingen and the vice mayor of "
        "Ningbo signed a memorandum of understanding.\n"
    )
    acts = [a for a in extract(text).doc.agreements if a.type == "memorandum_of_understanding"]
    assert [a.signed for a in acts] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the deputy mayor visited leeds on friday to sign the twinning charter.", True),
        ("a delegation met the director of the port to sign the protocol.", True),
        ("de vriendschapsovereenkomst met kasama te verlengen voor vier jaar;", False),
        (
            "op 3 mei kwam een delegatie uit wuhan naar venlo om de overeenkomst te ondertekenen.",
            True,
        ),
        ("le 3 mai, le maire s'est rendu à lyon pour signer la convention.", True),
        ("am montag reiste der landrat nach kunshan, um die vereinbarung zu unterzeichnen.", True),
        ("next week the mayor will visit leeds to sign the twinning charter.", False),
        (
            "de burgemeester reist volgende maand naar wuhan om de overeenkomst te ondertekenen.",
            False,
        ),
        ("le maire se rendra à lyon pour signer la convention.", False),
        ("der landrat will nach kunshan reisen, um die vereinbarung zu unterzeichnen.", False),
    ],
)
def test_trip_aim_reads_the_aim_of_a_past_trip(sentence: str, expected: bool) -> None:
    """An infinitive of signing after a trip or a meeting told in the past reports the
    signing; after a trip to come it is a plan."""
    at = min(
        i
        for i in (
            sentence.find("to sign"),
            sentence.find("om de"),
            sentence.find("pour signer"),
            sentence.find("zu unterzeichnen"),
            sentence.find("te verlengen"),
        )
        if i >= 0
    )
    verb = re.compile(r"(?:sign|ondertekenen|unterzeichnen|verlengen)\w*").search(sentence, at)
    assert verb is not None
    aim = trip_aim(sentence, 0, (at, verb.end()))
    assert aim == ("signed" if expected else None)


@pytest.mark.parametrize(
    ("text", "kind", "signed"),
    [
        (
            "date 2026-07-09\nBristol and Guangzhou mark 25 years as sister cities.\n\n"
            "The vice mayor of Guangzhou visited Bristol to sign a cooperation agreement with "
            "the city at City Hall on Monday.\n",
            "cooperation_agreement",
            "2026-07-06",
        ),
        (
            "date 2026-05-10\nOp 4 mei kwam een delegatie uit Wuhan naar Venlo om een "
            "samenwerkingsovereenkomst met de gemeente Venlo te ondertekenen.\n",
            "cooperation_agreement",
            "2026-05-04",
        ),
        (
            "date 2019-10-14\nLe 10 octobre, une délégation du Shandong s'est rendue à Rennes "
            "pour signer un accord de coopération avec la Région Bretagne.\n",
            "cooperation_agreement",
            "2019-10-10",
        ),
        (
            "date 2026-08-30\nAm 18. August reiste der Landrat nach Kunshan, um eine "
            "Kooperationsvereinbarung zwischen dem Landkreis Tuttlingen und Kunshan zu "
            "unterzeichnen.\n",
            "cooperation_agreement",
            "2026-08-18",
        ),
    ],
)
def test_extract_past_trip_to_sign_is_a_dated_signing(text: str, kind: str, signed: str) -> None:
    """An act signed at a trip told in the past ("visited X to sign", "kwam ... om te
    ondertekenen", "s'est rendue ... pour signer", "reiste ..., um ... zu unterzeichnen") is
    signed on the trip's day, not planned."""
    acts = [a for a in extract(text).doc.agreements if a.type == kind]
    assert [(a.status, str(a.signed)) for a in acts] == [("signed", signed)]


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-06-01\nThe town hall of Ghent was the venue to sign a friendship "
        "agreement with Kumamoto.\n",
        "date 2024-06-01\nLast year the mayor of Ghent came to Kumamoto to sign a friendship "
        "agreement; the signing is now planned for 2025.\n",
    ],
)
def test_extract_aim_of_no_past_trip_stays_planned(text: str) -> None:
    """The noun "venue" is no trip, and a trip whose signing is told as planned later in the
    sentence (after a ";") did not reach its aim: the act stays planned."""
    acts = [a for a in extract(text).doc.agreements if a.type == "friendship"]
    assert [a.status for a in acts] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-06-01\nIn May the mayor of Ghent paid a visit to Kumamoto to sign a "
        "friendship agreement.\n",
        "date 2024-06-01\nIn mei bracht de burgemeester van Gent een bezoek aan Kumamoto om een "
        "vriendschapsovereenkomst te ondertekenen.\n",
    ],
)
def test_extract_visit_paid_to_sign_is_a_signing(text: str) -> None:
    """A visit paid in the past ("paid a visit", "bracht een bezoek") whose aim was to sign
    reports the signing, as it reports a renewal when its aim was to renew."""
    acts = [a for a in extract(text).doc.agreements if a.type == "friendship"]
    assert [(a.status, str(a.signed)) for a in acts] == [("signed", "2024-05")]
