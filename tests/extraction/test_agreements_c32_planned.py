"""Agreements: a further act still to come, named by a word like "agreement" with its subject
(issue 2, corpus32 classes, seen also in corpus30): after an act the sentence before reports,
"a tourism agreement is to be finalized", "over een akkoord rond toerisme zijn beide partijen
nog in gesprek", "un accord sur le tourisme sera signé", "ein Abkommen über den Tourismus soll
folgen" is one more act of the same parties, planned, kept apart from the act they signed.
Every sentence here was written for these tests."""

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
    ("text", "first", "parties"),
    [
        (
            "On 3 May 2024 Leuven and Suzhou signed a memorandum of understanding. A tourism"
            " agreement is to be finalized early next year.",
            "memorandum_of_understanding",
            frozenset({"leuven", "suzhou"}),
        ),
        (
            "Op 3 mei 2024 ondertekenden Leuven en Suzhou een intentieverklaring. Over een"
            " akkoord rond toerisme zijn beide partijen nog in gesprek.",
            "declaration_of_intent",
            frozenset({"leuven", "suzhou"}),
        ),
        (
            "Le 3 mai 2024, Louvain et Suzhou ont signé un protocole d'accord. Un accord sur le"
            " tourisme sera signé au printemps.",
            "memorandum_of_understanding",
            frozenset({"louvain", "suzhou"}),
        ),
        (
            "Am 3. Mai 2024 unterzeichneten Löwen und Suzhou eine Absichtserklärung. Ein"
            " Abkommen über den Tourismus soll im Frühjahr folgen.",
            "declaration_of_intent",
            frozenset({"lowen", "suzhou"}),
        ),
    ],
)
def test_agreements_further_generic_act_is_planned(
    text: str, first: str, parties: frozenset[str]
) -> None:
    """A word like "agreement" after an indefinite article, with a verb of an act still to
    come and no party of its own, is a further act of the parties just reported, planned."""
    assert _acts(text) == {
        (parties, first, "signed"),
        (parties, "cooperation_agreement", "planned"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024 Leuven and Suzhou signed a cooperation agreement. A student exchange"
        " agreement will be signed next year.",
        "Le 3 mai 2024, Louvain et Suzhou ont signé un accord de coopération. Un accord"
        " d'échange d'étudiants sera signé en 2025.",
    ],
)
def test_agreements_further_generic_act_kept_apart_from_signed_one(text: str) -> None:
    """The further act is kept apart from a signed act of the same kind and parties: two
    entries, one signed, one planned."""
    statuses = sorted(a.status for a in extract(text).doc.agreements)
    assert statuses == ["planned", "signed"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024 Leuven and Suzhou signed a memorandum of understanding. The agreement"
        " is to be finalized early next year.",
        "On 3 May 2024 Leuven and Suzhou signed a memorandum of understanding. An agreement"
        " on tourism was signed the same day.",
    ],
)
def test_agreements_definite_or_made_generic_act_adds_no_planned_act(text: str) -> None:
    """ "The agreement" names the act just reported, and an act reported made is no plan: no
    planned act is added."""
    assert all(a.status != "planned" for a in extract(text).doc.agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the Port of Durban and the Port of Tianjin on a sister port agreement"
        " have ended without an agreement.",
        "De gesprekken tussen Leuven en Suzhou over een stedenband zijn in 2023 zonder akkoord"
        " geëindigd.",
        "Les discussions entre Louvain et Suzhou sur un jumelage se sont terminées sans accord"
        " en 2023.",
        "Die Gespräche zwischen Löwen und Suzhou über eine Städtepartnerschaft endeten 2023"
        " ohne Einigung.",
    ],
)
def test_agreements_ended_without_agreement_is_not_concluded(text: str) -> None:
    """Talks that ended without an agreement leave their act not concluded, not ended."""
    assert [a.status for a in extract(text).doc.agreements] == ["not_concluded"]


def test_agreements_ended_without_being_renewed_stays_ended() -> None:
    """An act that ended without being renewed is ended: the denied outcome is its renewal."""
    text = (
        "The sister city agreement between Leuven and Suzhou ended in 2023 without being renewed."
    )
    assert [a.status for a in extract(text).doc.agreements] == ["ended"]


@pytest.mark.parametrize(
    ("text", "owner", "partner"),
    [
        (
            "In 2014 the University of Antwerp signed agreements with Zhejiang University and"
            " Xiamen University. The agreement with Wuhan University from 2009 expired this year"
            " and was not renewed.",
            "university antwerp",
            "wuhan university",
        ),
        (
            "In 2014 ondertekende de Universiteit Antwerpen akkoorden met Zhejiang University en"
            " Xiamen University. Het akkoord met Wuhan University uit 2009 liep dit jaar af en"
            " werd niet verlengd.",
            "universiteit antwerpen",
            "wuhan university",
        ),
        (
            "En 2014, l'Université d'Anvers a signé des accords avec l'Université du Zhejiang et"
            " l'Université de Xiamen. L'accord avec l'Université de Wuhan, conclu en 2009, a pris"
            " fin cette année.",
            "universite d anvers",
            "universite de wuhan",
        ),
    ],
)
def test_agreements_definite_act_with_new_partner_is_its_own(
    text: str, owner: str, partner: str
) -> None:
    """ "The agreement with X" that ended, where X is in no act reported before, is an act of
    its own between X and the owner of the acts, not the act reported last."""
    assert (frozenset({owner, partner}), "cooperation_agreement", "ended") in _acts(text)


def test_agreements_definite_act_with_known_partner_is_that_act() -> None:
    """ "The agreement with X" where X has an act reported before names that act: no second
    act is added."""
    text = (
        "In 2014 the University of Antwerp signed an agreement with Wuhan University. The"
        " agreement with Wuhan University expired this year."
    )
    assert len(extract(text).doc.agreements) == 1


@pytest.mark.parametrize(
    ("text", "owner", "partner"),
    [
        (
            "In 2014 ondertekende de Universiteit Antwerpen akkoorden met Zhejiang University en"
            " Xiamen University. Met Fudan University lopen nog gesprekken over een gelijkaardig"
            " akkoord.",
            "universiteit antwerpen",
            "fudan university",
        ),
        (
            "In 2014 the University of Antwerp signed agreements with Zhejiang University and"
            " Xiamen University. With Fudan University an agreement is still being negotiated.",
            "university antwerp",
            "fudan university",
        ),
        (
            "En 2014, l'Université d'Anvers a signé un accord avec l'Université du Zhejiang et un"
            " accord avec l'Université de Xiamen. Avec l'Université Fudan, un accord est en cours"
            " de négociation.",
            "universite d anvers",
            "universite fudan",
        ),
        (
            "2014 unterzeichnete die Universität Antwerpen ein Abkommen mit der Universität"
            " Zhejiang und ein Abkommen mit der Universität Xiamen. Mit der Fudan-Universität wird"
            " derzeit über ein Abkommen verhandelt.",
            "universitat antwerpen",
            "fudan universitat",
        ),
    ],
)
def test_agreements_planned_act_with_one_partner_takes_owner_of_acts(
    text: str, owner: str, partner: str
) -> None:
    """A word like "agreement" still to come, with one partner named and in no act before, is
    an act of that partner with the party that owns the acts reported so far."""
    assert (frozenset({owner, partner}), "cooperation_agreement", "planned") in _acts(text)


def test_agreements_planned_act_with_one_partner_needs_an_owner() -> None:
    """Without a party that owns at least two acts, a partner named alone gets no act."""
    text = (
        "In 2014 the University of Antwerp signed an agreement with Zhejiang University. With"
        " Fudan University an agreement is still being negotiated."
    )
    assert all("fudan university" not in p for p, _, _ in _acts(text))
