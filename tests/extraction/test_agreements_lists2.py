"""Agreements: an act told after a list of partners belongs to the list's owner, not to the
partner named before it (issue 2; seen in corpus27 e06, corpus30 n02, corpus32 f02: a list of
an owner's acts, then a sentence on one partner that names only that partner, "Het memorandum
met Wuhan University liep af", "The two cities aim to sign ..."). The act's other party, taken
from the sentences before, was the previous partner of the list; it is the owner that has acts
with that partner and with another one. A partner named in the act's own sentence, or meant by
a personal pronoun that opens it, keeps its act. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "owner", "first", "last"),
    [
        (
            "On 4 May 2021 Leeds signed a sister city agreement with Tampere and a letter of "
            "intent with Ostrava.\n\nTampere lies between two lakes in the south of Finland and "
            "is known for its saunas.\n\nOstrava is an old mining town in the east of Czechia. "
            "The two cities plan to sign a sister city agreement next year.\n",
            "leeds",
            "tampere",
            "ostrava",
        ),
        (
            "Le 4 mai 2021, Lorient a signé un pacte d'amitié avec Tampere et une lettre "
            "d'intention avec Ostrava.\n\nTampere, entre deux lacs au sud de la Finlande, est "
            "connue pour ses saunas.\n\nOstrava est une ancienne ville minière à l'est de la "
            "Tchéquie. Les deux villes veulent signer un accord de jumelage l'an prochain.\n",
            "lorient",
            "tampere",
            "ostrava",
        ),
        (
            "Am 4. Mai 2021 unterzeichnete Lahr einen Partnerschaftsvertrag mit Alytus und eine "
            "Absichtserklärung mit Kutná Hora.\n\nAlytus liegt im Süden Litauens.\n\nKutná Hora "
            "ist eine alte Bergbaustadt in Böhmen. Die beiden Städte wollen im nächsten Jahr eine "
            "Städtepartnerschaft schließen.\n",
            "lahr",
            "alytus",
            "kutna hora",
        ),
    ],
)
def test_list_owner_two_cities_in_a_partners_paragraph(
    text: str, owner: str, first: str, last: str
) -> None:
    """ "The two cities" in the paragraph on the list's last partner are the owner and that
    partner: the planned twinning is the owner's, never one between two of its partners."""
    acts = _acts(text)
    assert (frozenset({owner, last}), "sister_city") in acts
    assert not any(parties == frozenset({first, last}) for parties, _ in acts)


def test_list_owner_article_before_the_act_is_no_pronoun() -> None:
    """ "Het memorandum met Wuhan University" after the owner's acts with three universities:
    the memorandum is the owner's, not the act of the university named in the sentence before."""
    text = (
        "De Universiteit Gent heeft nieuwe akkoorden getekend met drie Chinese universiteiten."
        "\n\nTijdens die reis ondertekende de Universiteit Gent akkoorden met Zhejiang University "
        "en Xiamen University. Met Fudan University lopen nog gesprekken over een gelijkaardig "
        "akkoord. Het memorandum van overeenstemming met Wuhan University uit 2009 liep dit jaar "
        "af.\n"
    )
    acts = _acts(text)
    assert (
        frozenset({"universiteit gent", "wuhan university"}),
        "memorandum_of_understanding",
    ) in (acts)
    assert not any("fudan university" in ps and "wuhan university" in ps for ps, _ in acts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leeds is twinned with Hangzhou and Dortmund. Hangzhou also signed a friendship "
            "agreement with Kyoto in 2019.",
            {"hangzhou", "kyoto"},
        ),
        (
            "Leeds is twinned with Hangzhou and Dortmund. Hangzhou is a large city in eastern "
            "China. It also signed a friendship agreement with Kyoto in 2019.",
            {"hangzhou", "kyoto"},
        ),
        (
            "Leeds ist mit Hangzhou und Dortmund verschwistert. Hangzhou ist eine große Stadt in "
            "China. Sie hat 2019 einen Freundschaftsvertrag mit Kyoto unterzeichnet.",
            {"hangzhou", "kyoto"},
        ),
    ],
)
def test_list_owner_partner_named_or_pronoun_keeps_its_act(text: str, pair: set[str]) -> None:
    """A partner of the list named as the subject of its own act, or meant by a personal pronoun
    that opens the sentence, keeps that act: it is not moved to the list's owner."""
    assert (frozenset(pair), "friendship") in _acts(text)
