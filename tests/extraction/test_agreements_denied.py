"""Acts the text denies, and "the agreement with X" when X is not the last act's partner."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import AgreementFact
from cityties.text import fold


def _agreements(text: str) -> list[AgreementFact]:
    doc = extract(text).doc
    assert doc is not None
    return doc.agreements


def _parties(a: AgreementFact) -> set[str]:
    return {fold(p.name) for p in a.parties}


@pytest.mark.parametrize(
    "text",
    [
        "Kiel and Lyon are not twinned.",
        "Kiel and Porto were never twinned, despite many visits.",
        "There is no twinning between Kiel and Porto.",
        "Kiel und Lyon sind keine Partnerstädte.",
        "Gent en Kiel zijn geen zustersteden.",
        "Kiel et Lyon ne sont pas jumelées.",
        "Il n'y a pas de jumelage entre Kiel et Porto.",
    ],
)
def test_agreements_denied_act_gives_nothing(text: str) -> None:
    """A negation right before the act's word says there is no such act."""
    assert _agreements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiel and Brest are no longer twinned.",
        "Kiel und Brest sind nicht mehr Partnerstädte.",
        "Kiel et Brest ne sont plus jumelées.",
    ],
)
def test_agreements_no_longer_is_ended(text: str) -> None:
    """ "No longer twinned" reports an act that ended."""
    (act,) = _agreements(text)
    assert act.status == "ended"
    assert _parties(act) == {"kiel", "brest"}


def test_agreements_not_only_denies_nothing() -> None:
    """ "Not only twinned" affirms the act."""
    (act,) = _agreements("Kiel and Lyon are not only twinned but also close friends.")
    assert act.status == "signed"


def test_agreements_the_agreement_with_another_place_is_not_the_last_act() -> None:
    """ "The agreement with Lviv" does not refer to the act with Dresden reported before it,
    so Dresden's act keeps its status and gets no end date from Lviv's."""
    found = _agreements(
        "Institution: City of Ghent\n\nThe twinning with Dresden was agreed in 2012.\n"
        "The agreement with Lviv expired in 2020 and was not renewed.\n"
    )
    dresden = [a for a in found if "dresden" in _parties(a)]
    assert len(dresden) == 1
    assert dresden[0].status == "signed"
    assert dresden[0].ends is None


@pytest.mark.parametrize(
    "text",
    [
        "Institution: City of Ghent\n\nSigning of the MoU with Shenzhen is scheduled for October.",
        "Institution: City of Ghent\n\nDe ondertekening van de intentieverklaring met Ningbo "
        "staat gepland voor mei.",
        "Institution: City of Ghent\n\nLa signature de la charte de jumelage avec Lyon est "
        "prévue pour le 3 juin.",
        "Institution: City of Ghent\n\nThe letter of intent with Wuhan is due to be signed in May.",
    ],
)
def test_agreements_scheduled_signing_is_planned(text: str) -> None:
    """A signing scheduled for later is a planned act, not a signed one."""
    (act,) = _agreements(text)
    assert act.status == "planned"
