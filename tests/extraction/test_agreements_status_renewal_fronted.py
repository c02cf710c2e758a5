"""Agreements: a renewal of the act just reported, its noun named back after a fronted phrase
(issue 2, classes of corpus37, corpus38 and corpus41): "Pour ses quarante ans, en octobre 2022,
la charte a été renouvelée", "Bij het jubileum in 2023 is de oorkonde door de burgemeesters van
beide steden hernieuwd", "Zum Jubiläum wurde die Urkunde erneuert". The renewal is a second act
of the same type and parties, dated by its own clause; the first act keeps `signed` and its
date. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import trip_aim
from cityties.extraction.extractors._agreements_status import named_back_late


def _acts(text: str) -> set[tuple[str, str | None]]:
    return {
        (a.status, str(a.signed) if a.signed is not None else None)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vitré et Yangshuo ont signé une charte de jumelage le 4 juin 2010. À l'occasion de"
            " l'anniversaire, la charte a été renouvelée en 2020.",
            {("signed", "2010-06-04"), ("renewed", "2020")},
        ),
        (
            "Zwolle en Jinhua sloten in 1994 een stedenband. Bij het vijfentwintigjarig jubileum"
            " in 2019 is de oorkonde door de burgemeesters van beide steden hernieuwd.",
            {("signed", "1994"), ("renewed", "2019")},
        ),
        (
            "Gifhorn und Dazhou unterzeichneten 2010 eine Partnerschaftsurkunde. Zum Jubiläum"
            " wurde die Urkunde 2020 erneuert.",
            {("signed", "2010"), ("renewed", "2020")},
        ),
        (
            "Ashford and Weifang signed a twinning charter in 2010. At a ceremony in the town"
            " hall in May 2020, the charter was renewed by both mayors.",
            {("signed", "2010"), ("renewed", "2020-05")},
        ),
    ],
)
def test_extract_renewal_named_back_after_fronted_phrase(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    """The act named back after a fronted phrase, with a renewal verb, is a renewal of the act
    reported before, dated by its own sentence."""
    assert _acts(text) == expected


def test_extract_renewal_verb_of_another_subject_makes_no_act() -> None:
    """A renewal verb whose subject is no act ("an exhibition that was renewed") renews
    nothing."""
    text = (
        "Ashford and Weifang signed a twinning charter in 2010. At a ceremony in the town hall in"
        " May 2020, the mayor of Ashford opened an exhibition that was renewed."
    )
    assert _acts(text) == {("signed", "2010")}


@pytest.mark.parametrize(
    ("low", "expected"),
    [
        ("pour ses quarante ans, en octobre 2022, la charte a été renouvelée.", True),
        (
            "bij het jubileum in 2023 is de oorkonde door de burgemeesters van beide steden"
            " hernieuwd.",
            True,
        ),
        # a sentence break between the noun and the verb
        ("pour ses quarante ans, la charte fut lue. puis elle a été renouvelée.", False),
        # no act named back
        ("at a ceremony in the town hall in may 2020, the exhibition was renewed.", False),
    ],
)
def test_named_back_late_needs_act_noun_in_clause(low: str, expected: bool) -> None:
    """The subject of the late verb is an act's noun after an article, in the same clause."""
    marker = max(low.rfind("renouvelée"), low.rfind("hernieuwd"), low.rfind("renewed"))
    assert named_back_late(low, 0, marker) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Vitré et Yangshuo sont jumelées depuis 2017. En avril 2025, une délégation menée par le"
        " maire de Vitré s'est rendue à Yangshuo pour renouveler leur charte de jumelage.",
        "Ashford and Weifang have been sister cities since 2010. In April 2025 a delegation headed"
        " by the mayor of Ashford travelled to Weifang to renew the sister city agreement.",
        "Zwolle en Jinhua zijn sinds 2010 zustersteden. In april 2025 reisde de"
        " burgemeester van Zwolle met een delegatie naar Jinhua om de stedenband te vernieuwen.",
        "Gifhorn und Dazhou sind seit 2010 Partnerstädte. Im April 2025 reiste eine Delegation"
        " unter Leitung des Bürgermeisters von Gifhorn nach Dazhou, um die Städtepartnerschaft"
        " zu erneuern.",
    ],
)
def test_extract_trip_made_to_renew_renews(text: str) -> None:
    """A trip told in the past "to renew" the tie renews it, dated by the trip."""
    assert ("renewed", "2025-04") in _acts(text)


def test_extract_trip_to_come_to_renew_is_planned() -> None:
    """A trip still to come ("soll ... reisen, um ... zu erneuern") plans the renewal."""
    text = (
        "Gifhorn und Dazhou sind seit 2010 Partnerstädte. Im Oktober soll eine Delegation aus"
        " Gifhorn nach Dazhou fahren, um die Partnerschaftsurkunde zu erneuern."
    )
    assert ("planned", None) in _acts(text)
    assert not any(s == "renewed" for s, _ in _acts(text))


@pytest.mark.parametrize(
    ("low", "expected"),
    [
        ("en mai, les élus se sont rendus à yangshuo pour renouveler la charte", True),
        ("a delegation travelled to weifang to renew the agreement", True),
        ("a delegation will travel to weifang to renew the agreement", False),
        ("the purpose of the meeting is to renew the agreement", False),
    ],
)
def test_trip_aim_renewal_needs_past_trip(low: str, expected: bool) -> None:
    """Only a trip told in the past makes its purpose of renewing a renewal made."""
    at = max(low.find("pour renouveler"), low.find("to renew"))
    end = at + len("pour renouveler" if low.startswith("pour", at) else "to renew")
    assert trip_aim(low, 0, (at, end)) == ("renewed" if expected else None)
