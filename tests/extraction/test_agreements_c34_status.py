"""Agreements: ended acts and renewals told about the act just reported (issue 2, corpus34
classes, seen also in corpora 2, 16, 26 and 33). Every sentence here was written for these
tests.

- A renewing verb with the act as its object pronoun ("renewed it", "l'ont renouvelée",
  "verlengden het", "verlängerten es") or a Dutch or German demonstrative subject ("Die werd
  ... verlengd", "Diese wurde ... verlängert") renews the act just reported: a chain of two.
- The main verb after a relative clause ("..., which had seen no exchanges since 2008, was
  formally terminated in 2023") and a second participle after a pronoun's passive ("Il a été
  suspendu en 2008, puis formellement résilié en 2019") end the act the sentence is about.
- A council's vote on "la fin de la convention" ends it, also with the day between commas; an
  ended act dated by its noun ("uit 2015", "the 2015 agreement") keeps that year as signed.
"""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import later_predicate, occasion_made
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.status,
            str(a.signed) if a.signed is not None else None,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair", "first", "again"),
    [
        (
            "Leeds and Hangzhou signed a friendship agreement in 2009. In 2019 the two cities"
            " renewed it for another five years.",
            {"leeds", "hangzhou"},
            "2009",
            "2019",
        ),
        (
            "En 2015, Laval et Zibo ont signé une entente d'amitié. Les deux maires l'ont"
            " renouvelée en 2020 pour cinq ans.",
            {"laval", "zibo"},
            "2015",
            "2020",
        ),
        (
            "In 2012 ondertekenden Gouda en Wuxi een vriendschapsovereenkomst. Die werd in 2022"
            " voor vijf jaar verlengd.",
            {"gouda", "wuxi"},
            "2012",
            "2022",
        ),
        (
            "2012 unterzeichneten Jena und Panyu eine Freundschaftsvereinbarung. Diese wurde 2022"
            " erneut verlängert.",
            {"jena", "panyu"},
            "2012",
            "2022",
        ),
    ],
)
def test_renewal_of_the_act_just_reported_is_a_chain(
    text: str, pair: set[str], first: str, again: str
) -> None:
    """An object pronoun or a demonstrative subject of a renewing verb renews the act of the
    sentence before: the original stays signed with its year, the renewal is dated by its
    own."""
    acts = _acts(text)
    statuses = {(a[1], a[2]) for a in acts if a[0] == frozenset(pair)}
    assert ("signed", first) in statuses
    assert ("renewed", again) in statuses


@pytest.mark.parametrize(
    ("text", "pair", "ends"),
    [
        (
            "Salem and Gimhae became sister cities in 1998. The sister city relationship"
            " between Salem and Gimhae, which had seen no visits since 2012, was formally"
            " terminated in 2021.",
            {"salem", "gimhae"},
            "2021",
        ),
        (
            "Un protocole d'amitié a été signé en 2006 entre Wavre et Xuhui. Il a été suspendu"
            " en 2010 après un différend, puis formellement résilié par le conseil en 2019.",
            {"wavre", "xuhui"},
            "2019",
        ),
        (
            "Le conseil municipal a voté à l'unanimité, lundi 31 mars, la fin de la convention"
            " de coopération signée en 2013 entre Lannion et Jiangyin.",
            {"lannion", "jiangyin"},
            None,
        ),
    ],
)
def test_ending_verb_far_from_the_start_ends_the_act(
    text: str, pair: set[str], ends: str | None
) -> None:
    """The main verb after a relative clause, a second participle after a pronoun's passive,
    and a vote on "la fin de" with the day between commas end the act."""
    acts = [a for a in _acts(text) if a[0] == frozenset(pair)]
    assert any(a[1] == "ended" for a in acts)
    assert not any(a[1] == "signed" for a in acts)
    if ends is not None:
        assert any(a[1] == "ended" and a[3] == ends for a in acts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2025-03-01\nGouda werkte eerder samen met Wuxi. Die samenwerkingsovereenkomst"
            " uit 2015 is vorig jaar stilzwijgend verlopen.",
            {"gouda", "wuxi"},
        ),
        (
            "Leeds and Wuxi signed an MoU in 2021. The 2015 cooperation agreement between Leeds"
            " and Wuxi expired in 2020.",
            {"leeds", "wuxi"},
        ),
    ],
)
def test_ended_act_keeps_the_year_its_noun_carries(text: str, pair: set[str]) -> None:
    """ "Die samenwerkingsovereenkomst uit 2015 is stilzwijgend verlopen", "the 2015 agreement
    expired": the act ended, signed in 2015."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[1] == "ended" and a[2] == "2015" for a in acts)


def test_pronoun_after_an_act_without_reading_is_not_the_last_act() -> None:
    """ "Un jumelage avec X aurait semblé logique ; il n'a jamais été proposé": the pronoun is
    about that twinning, not about the act reported before it."""
    text = (
        "Toulouse a signé un accord de coopération avec Hanoï en 2009 ; il a été renouvelé en"
        " 2021. Un jumelage avec Seattle aurait semblé logique ; il n'a pourtant jamais été"
        " proposé."
    )
    acts = _acts(text)
    assert not any(a[1] == "planned" for a in acts)
    assert any(a[1] == "renewed" and a[2] == "2021" for a in acts)


@pytest.mark.parametrize(
    ("text", "word", "relative", "expected"),
    [
        ("which had seen no visits since 2012, was formally terminated", "terminated", True, True),
        ("die sinds 2015 sliep, werd in 2023 opgezegd", "opgezegd", True, True),
        ("qui ne vivait plus depuis 2015, a été résiliée", "résiliée", True, True),
        ("die seit 2015 ruhte, wurde 2023 beendet", "beendet", True, True),
        ("il a été suspendu en 2008, puis formellement résilié", "résilié", False, True),
        ("es wurde 2008 ausgesetzt und 2019 beendet", "beendet", False, True),
        ("the mayor said the council terminated", "terminated", False, False),
        ("which the council terminated", "terminated", True, False),
    ],
)
def test_later_predicate_reads_the_act_predicate(
    text: str, word: str, relative: bool, expected: bool
) -> None:
    """A main verb after a relative clause, or a participle coordinated with a pronoun's
    passive, is the act's predicate; a verb of another subject is not."""
    assert later_predicate(text, 0, text.index(word), relative) is expected


@pytest.mark.parametrize(
    ("text", "infinitive", "expected"),
    [
        ("the two ports used the occasion to sign", "to sign", True),
        ("the ceremony was also used to renew", "to renew", True),
        ("le maire a profité de la visite pour signer", "pour signer", True),
        ("la réception a été l'occasion de renouveler", "de renouveler", True),
        ("het bezoek werd benut om een akkoord te ondertekenen", "te ondertekenen", True),
        (
            "beide Städte nutzten die Gelegenheit, einen Vertrag zu unterzeichnen",
            "zu unterzeichnen",
            True,
        ),
        ("the two ports will use the occasion to sign", "to sign", False),
        ("the mayor hopes to sign", "to sign", False),
    ],
)
def test_occasion_made_reads_a_past_occasion(text: str, infinitive: str, expected: bool) -> None:
    """An occasion used in the past to sign or renew makes the act; a plan or hope does not."""
    at = text.index(infinitive)
    assert occasion_made(text, 0, (at, at + len(infinitive), "planned")) is expected


def test_renewal_at_a_ceremony_used_for_it_is_a_chain() -> None:
    """ "The ceremony was also used to renew the memorandum the two universities first
    concluded in 2014": the original signed in 2014 and its renewal."""
    text = (
        "On 3 May 2021 Leeds University and Fudan University signed a research agreement. The"
        " ceremony was also used to renew the exchange memorandum the two universities first"
        " concluded in 2014."
    )
    acts = {
        (a.type, a.status, str(a.signed) if a.signed else None)
        for a in extract(text).doc.agreements
    }
    assert ("memorandum_of_understanding", "signed", "2014") in acts
    assert any(a[1] == "renewed" for a in acts)
    assert not any(a[1] == "planned" for a in acts)
