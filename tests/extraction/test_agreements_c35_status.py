"""Agreements: the status of an act from the tense and mood of its verb (issue 2, corpus35
classes, seen also in corpora 13, 26 and 28). Every sentence here was written for these tests.

- The Dutch verb bracket: "zal" or "willen" opens it, the infinitive or participle closes it,
  and the act and its parties stand inside ("zal de stad Gent een akkoord met Ningbo
  ondertekenen", "zal een nieuw akkoord worden ondertekend"): an act to come, planned.
- The German infinitive of will ("eine Erklärung abschließen zu wollen", "unterzeichnen
  möchten"): planned.
- A renewal denied in the past ("was never renewed", "werd nooit verlengd", "wurde nie
  verlängert", "n'a jamais été renouvelée") and an English expiry ("ran out in 2020") end the
  act; "has run out of funding" is no expiry.
"""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _statuses(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.status) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Bij die gelegenheid zal de stad Gent een nieuw samenwerkingsakkoord met Ningbo "
            "ondertekenen.",
            ("gent", "ningbo"),
        ),
        (
            "Tijdens het bezoek zal de gemeente Tilburg een intentieverklaring met de stad Wuxi "
            "tekenen.",
            ("tilburg", "wuxi"),
        ),
        (
            "Tijdens dat bezoek willen de provincie Zeeland en de stad Nantong een "
            "intentieverklaring ondertekenen over samenwerking rond havens.",
            ("zeeland", "nantong"),
        ),
        (
            "Die Stadt Freiburg kündigte an, mit der Stadt Suzhou eine Absichtserklärung "
            "abschließen zu wollen.",
            ("freiburg", "suzhou"),
        ),
        (
            "Die Stadt Kassel und die Stadt Harbin erklärten, im Herbst eine "
            "Partnerschaftsvereinbarung unterzeichnen zu wollen.",
            ("kassel", "harbin"),
        ),
        (
            "The City of Dayton will sign a friendship agreement with the City of Wuxi in May.",
            ("dayton", "wuxi"),
        ),
        (
            "La ville de Nantes va signer une lettre d'intention avec la ville de Jinan en juin.",
            ("nantes", "jinan"),
        ),
    ],
)
def test_status_verb_bracket_act_to_come_is_planned(text: str, pair: tuple[str, str]) -> None:
    """An act inside a future or intention bracket is planned, in the four languages."""
    assert (frozenset(pair), "planned") in _statuses(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De burgemeester van Breda zei dat de gemeente in 2019 een intentieverklaring met "
            "Yantai heeft ondertekend, die zal helpen bij de handel.",
            ("breda", "yantai"),
        ),
        (
            "In 2016 ondertekenden Zwolle en Yangzhou een vriendschapsovereenkomst.",
            ("zwolle", "yangzhou"),
        ),
    ],
)
def test_status_verb_bracket_past_signing_stays_signed(text: str, pair: tuple[str, str]) -> None:
    """A signing in the past, or a future that belongs to another verb, stays signed."""
    assert (frozenset(pair), "signed") in _statuses(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The City of Perth and the City of Nanjing signed a friendship agreement in 2011 "
            "that was never renewed.",
            ("perth", "nanjing"),
        ),
        (
            "De vriendschapsovereenkomst die Hasselt in 2011 voor vijf jaar sloot met de stad "
            "Jinzhong, werd nooit verlengd.",
            ("hasselt", "jinzhong"),
        ),
        (
            "Die Stadt Lörrach und die Stadt Wuxi schlossen 2011 einen Freundschaftsvertrag für "
            "fünf Jahre, der nie verlängert wurde.",
            ("lorrach", "wuxi"),
        ),
        (
            "La ville de Rennes et la ville de Jinan ont signé en 2011 une convention de "
            "coopération, qui n'a jamais été renouvelée.",
            ("rennes", "jinan"),
        ),
        (
            "The 2015 memorandum of understanding between the Port of Napier and the Port of "
            "Qingdao ran out in 2020 and will not be renewed.",
            ("port napier", "port qingdao"),
        ),
    ],
)
def test_status_renewal_never_made_ends_the_act(text: str, pair: tuple[str, str]) -> None:
    """A renewal denied in the past, or a term that ran out, ends the act."""
    assert (frozenset(pair), "ended") in _statuses(text)


def test_status_run_out_of_something_is_no_expiry() -> None:
    """ "Has run out of funding" says nothing of the act's term: it stays signed."""
    text = (
        "The City of Leeds and the City of Hangzhou signed a cooperation agreement in 2018. "
        "The exchange fund of the agreement has run out of money this year."
    )
    assert (frozenset(("leeds", "hangzhou")), "signed") in _statuses(text)


@pytest.mark.parametrize(
    ("text", "pair", "new_type"),
    [
        (
            "Leiden University and Fudan University signed a memorandum of understanding in 2024 "
            "for five years. It replaces the agreement on student exchange concluded in 2019, "
            "which expired last year.",
            ("leiden university", "fudan university"),
            "memorandum_of_understanding",
        ),
        (
            "Die Universität Kassel und die Universität Harbin unterzeichneten 2024 ein "
            "Memorandum of Understanding. Es ersetzt die Vereinbarung von 2018, die im "
            "vergangenen Jahr ausgelaufen ist.",
            ("universitat kassel", "universitat harbin"),
            "memorandum_of_understanding",
        ),
        (
            "L'Université de Rennes et l'Université de Wuhan ont signé en 2024 un protocole "
            "d'accord. Il remplace l'accord de 2018, qui a expiré l'an dernier.",
            ("universite de rennes", "universite de wuhan"),
            "memorandum_of_understanding",
        ),
    ],
)
def test_status_replaced_act_ends_and_new_act_stays_signed(
    text: str, pair: tuple[str, str], new_type: str
) -> None:
    """The object of "replaces" is an act of its own: it ends, the new act stays signed."""
    acts = {
        (frozenset(fold(p.name) for p in a.parties), a.type, a.status)
        for a in extract(text).doc.agreements
    }
    assert (frozenset(pair), new_type, "signed") in acts
    assert (frozenset(pair), "cooperation_agreement", "ended") in acts
    assert (frozenset(pair), new_type, "ended") not in acts


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "De gemeenteraad heeft dinsdagavond met ruime meerderheid ingestemd met onze motie om "
            "de vriendschapsrelatie tussen Venlo en de Chinese stad Leshan te beëindigen.",
            ("venlo", "leshan"),
            "ended",
        ),
        (
            "Der Gemeinderat hat am Dienstag dem Antrag zugestimmt, die Partnerschaft zwischen "
            "Kassel und Harbin zu beenden.",
            ("kassel", "harbin"),
            "ended",
        ),
        (
            "The council approved the motion to end the sister city relationship between Leeds "
            "and Hangzhou.",
            ("leeds", "hangzhou"),
            "ended",
        ),
        (
            "De gemeenteraad van Venlo stelt voor de vriendschapsrelatie met de Chinese stad "
            "Leshan te beëindigen. De band werd in 2012 aangegaan.",
            ("venlo", "leshan"),
            "signed",
        ),
    ],
)
def test_status_adopted_motion_ends_the_act(text: str, pair: tuple[str, str], status: str) -> None:
    """A motion to end a tie ends it once adopted (also in the perfect tense); a proposal
    alone leaves it signed."""
    assert (frozenset(pair), status) in _statuses(text)


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "Vorige maand bracht de rector een bezoek aan Shenzhen. Daar tekende de Universiteit "
            "Twente met de Southern University of Science and Technology een "
            "samenwerkingsovereenkomst voor een promotieprogramma, dat in september van start "
            "gaat.",
            ("universiteit twente", "southern university science and technology"),
            "signed",
        ),
        (
            "Bij de ontmoeting ondertekenden de provincie Drenthe en de provincie Heilongjiang "
            "een uitvoeringsprogramma voor de samenwerking in de jaren 2026 tot en met 2028.",
            ("drenthe", "heilongjiang"),
            "signed",
        ),
        (
            "De provincie Drenthe en de provincie Heilongjiang ondertekenen in maart 2026 een "
            "samenwerkingsovereenkomst.",
            ("drenthe", "heilongjiang"),
            "planned",
        ),
        (
            "The cooperation agreement between the City of Leeds and the City of Hangzhou will "
            "be signed in March 2026.",
            ("leeds", "hangzhou"),
            "planned",
        ),
    ],
)
def test_status_past_signing_with_a_date_to_come(
    text: str, pair: tuple[str, str], status: str
) -> None:
    """A signing told in the past tense stays signed when a date to come in its clause is
    another's (a programme's start, its years); a present or future signing on a date to come
    is planned."""
    result = extract(text, document_date=date(2025, 11, 11))
    acts = {(frozenset(fold(p.name) for p in a.parties), a.status) for a in result.doc.agreements}
    assert (frozenset(pair), status) in acts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Zuid-Holland en Hebei sloten in 2007 een vriendschapsrelatie. Het vorige memorandum, "
            "voor de periode 2016-2020, is afgelopen.",
            "memorandum_of_understanding",
        ),
        (
            "Leeds and Hangzhou signed a friendship agreement in 2007. The previous memorandum, "
            "for the years 2016-2020, has expired.",
            "memorandum_of_understanding",
        ),
    ],
)
def test_status_previous_act_of_another_kind_ends_alone(text: str, kind: str) -> None:
    """An earlier act named by a word of another kind than the act just reported ("het vorige
    memorandum") is an act of its own that ends; the act just reported stays signed."""
    acts = {(a.type, a.status) for a in extract(text).doc.agreements}
    assert (kind, "ended") in acts
    assert ("friendship", "signed") in acts
