"""Agreements: relations still to come and acts that failed (issue 2, corpus31 classes, seen
also in corpora 2, 10, 29 and 30): the tie an instrument is meant to establish, named by a
noun of establishing ("sur l'établissement de relations de ville amie", "en vue de
l'établissement de relations de jumelage", "über die Aufnahme freundschaftlicher
Beziehungen", "met het oog op de totstandkoming van een stedenband"), is a further act,
planned; an outcome denied with adverbs between the negation's words ("n'a en revanche pas
abouti") is an act not concluded. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type, a.status)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "instrument", "tie"),
    [
        (
            "Les villes de Nantes et de Xiamen ont signé une lettre d'intention sur"
            " l'établissement de relations de ville amie.",
            "letter_of_intent",
            "friendship",
        ),
        (
            "La ville de Nantes et la ville de Xiamen ont signé jeudi un mémorandum d'entente"
            " en vue de l'établissement de relations de jumelage.",
            "memorandum_of_understanding",
            "sister_city",
        ),
        (
            "Die Städte Nantes und Xiamen unterzeichneten eine Absichtserklärung über die"
            " Aufnahme freundschaftlicher Beziehungen.",
            "declaration_of_intent",
            "friendship",
        ),
        (
            "Nantes en Xiamen ondertekenden een intentieverklaring met het oog op de"
            " totstandkoming van een stedenband.",
            "declaration_of_intent",
            "sister_city",
        ),
        (
            "Nantes and Xiamen signed a memorandum of understanding with a view to the"
            " establishment of a sister city relationship.",
            "memorandum_of_understanding",
            "sister_city",
        ),
    ],
)
def test_agreements_tie_to_be_established_is_planned(text: str, instrument: str, tie: str) -> None:
    """An instrument signed to establish a tie reports the instrument, signed, and the tie,
    planned, in all four languages."""
    pair = frozenset({"nantes", "xiamen"})
    acts = _acts(text)
    assert (pair, instrument, "signed") in acts
    assert (pair, tie, "planned") in acts


def test_agreements_letter_on_friendly_relations_is_one_act() -> None:
    """An English letter of intent "on the establishment of" friendly relations is the letter
    alone (the gold's writers read it so), not a second act."""
    acts = _acts(
        "Dublin and Jinhua signed a Letter of Intent on the Establishment of a Friendly"
        " Exchange Relationship."
    )
    assert {a[1] for a in acts} == {"letter_of_intent"}


@pytest.mark.parametrize(
    "text",
    [
        "Un projet de jumelage entre Niort et Yichang, évoqué en 2016, n'a en revanche pas abouti.",
        "Le projet de jumelage entre Niort et Yichang n'a pour sa part jamais abouti.",
        "Les discussions sur un jumelage entre Niort et Yichang n'ont à ce jour pas débouché.",
    ],
)
def test_agreements_failed_plan_with_adverbs_is_not_concluded(text: str) -> None:
    """A plan whose outcome is denied with adverbs inside the negation ("n'a en revanche pas
    abouti") was not concluded, not planned."""
    assert (frozenset({"niort", "yichang"}), "sister_city", "not_concluded") in _acts(text)


def _dated(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (a.type, a.status, str(a.signed) if a.signed is not None else None)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-10-10\nThe council of Differdange approved the renewal of the cooperation"
        " agreement signed in 2014 with the city of Cotonou. The renewed agreement was signed"
        " on 2 October 2024 by both mayors.",
        "date 2024-10-10\nLe conseil communal de Differdange a approuvé le renouvellement de la"
        " convention de coopération conclue en 2014 avec la ville de Cotonou. La convention"
        " renouvelée a été signée le 2 octobre 2024 par les deux bourgmestres.",
        "date 2024-10-10\nDer Gemeinderat von Differdange billigte die Verlängerung der 2014 mit"
        " Cotonou geschlossenen Kooperationsvereinbarung. Die verlängerte Vereinbarung wurde am"
        " 2. Oktober 2024 von beiden Bürgermeistern unterzeichnet.",
    ],
)
def test_agreements_renewed_act_signed_is_the_renewal(text: str) -> None:
    """ "The renewed agreement was signed on <date>": the renewal approved before is signed
    on that date (renewed), and the act of 2014 stays signed; the date is not the
    original's."""
    acts = _dated(text)
    assert ("cooperation_agreement", "renewed", "2024-10-02") in acts
    assert ("cooperation_agreement", "signed", "2014") in acts
    assert not any(a[1] == "planned" for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-05-23\nQuebec and Shandong renewed their cooperation agreement today. First"
        " signed in 2010, the agreement was renewed for five years.",
        "date 2025-05-23\nLe Québec et la province du Shandong ont procédé aujourd'hui au"
        " renouvellement de l'Entente de coopération. Signée pour la première fois le 12 novembre"
        " 2010, l'Entente est renouvelée pour une période de cinq ans.",
        "date 2025-05-23\nQuebec und Shandong haben heute ihre Kooperationsvereinbarung erneuert."
        " Erstmals 2010 unterzeichnet, wurde die Vereinbarung um fünf Jahre verlängert.",
        "date 2025-05-23\nQuebec en Shandong hebben vandaag hun samenwerkingsovereenkomst"
        " vernieuwd. In 2010 voor het eerst ondertekend, werd de overeenkomst voor vijf jaar"
        " verlengd.",
    ],
)
def test_agreements_fronted_first_signing_dates_the_original(text: str) -> None:
    """A sentence opened by the first signing ("First signed in 2010, the agreement was
    renewed ...") reports the renewal, with the fronted date the original's: the renewal
    keeps the page's date and the five-year term."""
    facts = extract(text).doc.agreements
    renewed = [a for a in facts if a.status == "renewed"]
    signed = [a for a in facts if a.status == "signed"]
    assert [str(a.signed) for a in renewed] == ["2025-05-23"]
    assert renewed[0].duration_months == 60
    assert len(signed) == 1 and str(signed[0].signed).startswith("2010")
    assert signed[0].duration_months is None


@pytest.mark.parametrize(
    "text",
    [
        "The ports of Mackay and Fangchenggang are due to sign a memorandum of understanding."
        " Once signed, the memorandum of understanding will run for three years.",
        "Les ports de Brest et de Qingdao doivent signer un mémorandum d'entente. Une fois signé,"
        " le mémorandum d'entente sera valable trois ans.",
        "Die Häfen Kiel und Qingdao wollen ein Memorandum of Understanding unterzeichnen. Sobald"
        " unterzeichnet, gilt das Memorandum of Understanding drei Jahre.",
        "De havens van Gent en Qingdao gaan een memorandum van overeenstemming ondertekenen."
        " Eenmaal ondertekend, loopt het memorandum van overeenstemming drie jaar.",
    ],
)
def test_agreements_once_signed_is_still_planned(text: str) -> None:
    """A signing stated as a condition ("Once signed, the MoU will run ...") reports no
    signed act: every act of the text is planned."""
    facts = extract(text).doc.agreements
    assert facts
    assert {a.status for a in facts} == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "La signature de la charte de jumelage entre Gérardmer et Lijiang est prévue à Lijiang"
        " à l'automne.",
        "La signature de l'accord de coopération entre Brest et Qingdao est prévue d'ici la fin"
        " de l'année.",
    ],
)
def test_agreements_signing_scheduled_is_planned(text: str) -> None:
    """ "La signature ... est prévue à <place> à l'automne": a signing to come, planned."""
    facts = extract(text, language="fr").doc.agreements
    assert [a.status for a in facts] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-05-22\nHet vriendschapsakkoord tussen Gent en Fuzhou werd in september 2005"
        " getekend en in 2015 voor tien jaar hernieuwd.",
        "date 2025-05-22\nDie Freundschaftsvereinbarung zwischen Jena und Fuzhou wurde im September"
        " 2005 unterzeichnet und 2015 um weitere zehn Jahre verlängert.",
    ],
)
def test_agreements_renewal_date_before_term_and_verb(text: str) -> None:
    """In a clause ending with its verb ("in 2015 voor tien jaar hernieuwd", "2015 um weitere
    zehn Jahre verlängert") the year before the term dates the renewal."""
    assert ("friendship", "renewed", "2015") in _dated(text)
    assert ("friendship", "signed", "2005-09") in _dated(text)


def test_agreements_resigning_to_come_is_planned() -> None:
    """ "The purpose of the trip is to re-sign the memorandum": the re-signing is still to
    come, planned, not a renewal made."""
    acts = _dated(
        "date 2016-09-19\nThe purpose of the trip is to re-sign the memorandum of understanding"
        " between Hamilton and Wuxi on Thursday."
    )
    assert ("memorandum_of_understanding", "planned", None) in acts
    assert not any(a[1] == "renewed" for a in acts)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "date 2019-03-14\nThe first cooperation agreement between Edinburgh and Xi'an ran"
            " from January 2014 to December 2018.",
            "2014-01",
        ),
        (
            "date 2019-03-14\nHet eerste samenwerkingsakkoord tussen Delft en Jinan liep van"
            " 2014 tot 2018.",
            "2014",
        ),
        (
            "date 2019-03-14\nDie erste Kooperationsvereinbarung zwischen Jena und Jinan lief von"
            " 2014 bis 2018.",
            "2014",
        ),
    ],
)
def test_agreements_past_run_dates_the_act(text: str, start: str) -> None:
    """An act whose run is told in the past ("ran from January 2014 to December 2018", "liep
    van 2014 tot 2018", "lief von 2014 bis 2018") was signed at the run's start."""
    assert ("cooperation_agreement", "signed", start) in _dated(text)
