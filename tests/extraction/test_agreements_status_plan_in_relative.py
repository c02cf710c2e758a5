"""Agreements: a plan told in a relative clause of an act signed in the past (issue 2, corpus41
class; the construction also on real council and press pages): "unterzeichneten am Mittwoch
eine Absichtserklärung, die 2027 in eine förmliche Städtepartnerschaft münden soll", "ont signé
ensemble une lettre d'intention qui doit déboucher l'an prochain sur un jumelage",
"ondertekenden een intentieverklaring die volgend jaar moet uitmonden in een stedenband". The act
signed keeps `signed`; the tie it is to lead to is planned. A signing still to come keeps the
plan. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import (
    in_relative_after,
    past_signing_before,
    plan_in_relative,
)


def _acts(text: str) -> set[tuple[str, str]]:
    return {(a.type, a.status) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Mittwoch unterzeichneten die Bürgermeister von Gifhorn und Dazhou eine"
            " Absichtserklärung, die nächstes Jahr in eine förmliche Städtepartnerschaft"
            " münden soll.",
            {("declaration_of_intent", "signed"), ("sister_city", "planned")},
        ),
        (
            "Mercredi, les maires de Vitré et de Yangshuo ont signé ensemble une lettre"
            " d'intention qui doit déboucher l'an prochain sur un jumelage officiel.",
            {("letter_of_intent", "signed"), ("sister_city", "planned")},
        ),
        (
            "Woensdag ondertekenden de burgemeesters van Zwolle en Jinhua een intentieverklaring"
            " die volgend jaar moet uitmonden in een officiële stedenband.",
            {("declaration_of_intent", "signed"), ("sister_city", "planned")},
        ),
        (
            "On Wednesday the mayors of Ashford and Weifang signed a letter of intent which is to"
            " lead to a formal sister city partnership next year.",
            {("letter_of_intent", "signed"), ("sister_city", "planned")},
        ),
    ],
)
def test_extract_signed_act_keeps_status_before_planned_tie(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """The act signed in the past stays signed; the tie its relative clause looks ahead to is
    planned."""
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayors of Ashford and Weifang signed a letter of intent which should lead to a"
            " formal sister city partnership.",
            {("letter_of_intent", "signed"), ("sister_city", "planned")},
        ),
        (
            "Les maires de Vitré et de Yangshuo ont tous deux signé une lettre d'intention qui doit"
            " déboucher sur un jumelage officiel.",
            {("letter_of_intent", "signed"), ("sister_city", "planned")},
        ),
        (
            "De burgemeesters van Zwolle en Jinhua ondertekenden een intentieverklaring die moet"
            " leiden tot een officiële stedenband.",
            {("declaration_of_intent", "signed"), ("sister_city", "planned")},
        ),
        (
            "Die Bürgermeister von Gifhorn und Dazhou unterzeichneten eine Absichtserklärung, die"
            " zu einer Städtepartnerschaft führen soll.",
            {("declaration_of_intent", "signed"), ("sister_city", "planned")},
        ),
    ],
)
def test_extract_tie_an_instrument_leads_to_is_planned(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """The tie a signed letter "should lead to" ("doit déboucher sur", "moet leiden tot", "zu
    ... führen soll") is an act still to come, with no date of its own."""
    assert _acts(text) == expected


def test_extract_relative_modal_of_dated_signed_act_is_no_plan() -> None:
    """ "..., die den Austausch fördern soll": what a dated, signed act is to do leaves it signed
    with its date."""
    text = (
        "Gifhorn und Dazhou unterzeichneten am 3. Mai 2021 eine Kooperationsvereinbarung, die"
        " den Austausch von Studierenden fördern soll."
    )
    acts = extract(text).doc.agreements
    assert [(a.status, str(a.signed)) for a in acts] == [("signed", "2021-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Gifhorn und Dazhou wollen eine Absichtserklärung unterzeichnen, die 2028 in"
        " eine Städtepartnerschaft münden soll.",
        "Ashford and Weifang will sign a letter of intent which is to lead to a sister city"
        " partnership next year.",
    ],
)
def test_extract_signing_to_come_stays_planned(text: str) -> None:
    """A signing still to come ("wollen ... unterzeichnen", "will sign") keeps every act
    planned."""
    assert {s for _, s in _acts(text)} == {"planned"}


@pytest.mark.parametrize(
    ("low", "kw_end", "at", "expected"),
    [
        ("eine absichtserklärung, die in zwei jahren münden soll.", 22, 50, True),
        ("une lettre d'intention qui doit déboucher sur un jumelage", 22, 27, True),
        ("een intentieverklaring die volgend jaar moet volgen", 22, 40, True),
        # a new sentence between the act's word and the plan
        ("eine absichtserklärung. die stadt soll sie prüfen", 22, 34, False),
        # no relative clause right after the act's word
        ("eine absichtserklärung im kommenden jahr soll", 22, 41, False),
    ],
)
def test_in_relative_after_opens_right_after_act(
    low: str, kw_end: int, at: int, expected: bool
) -> None:
    """Only a relative clause that opens right after the act's word, in one sentence, holds
    the plan."""
    assert in_relative_after(low, kw_end, at) is expected


@pytest.mark.parametrize(
    ("low", "marker", "kw_start", "expected"),
    [
        ("beide städte unterzeichneten eine erklärung", (13, 28, "signed"), 33, True),
        ("les maires ont signé une lettre", (15, 20, "signed"), 25, True),
        ("the mayors signed a letter", (11, 17, "signed"), 20, True),
        ("the letter will be signed by", (19, 25, "signed"), 28, False),
        ("la lettre sera signée par", (15, 21, "signed"), 25, False),
    ],
)
def test_past_signing_before_finite_past_only(
    low: str, marker: tuple[int, int, str], kw_start: int, expected: bool
) -> None:
    """A finite past ("unterzeichneten", "ont signé", "signed" after a subject) counts; a
    passive or a future ("will be signed", "sera signée") does not."""
    assert past_signing_before(low, [marker], 0, kw_start) is expected


def test_plan_in_relative_needs_both_parts() -> None:
    """A relative clause with a plan after an act signed in the past is the act's outlook; the
    same clause after an act to be signed is not."""
    low = "ondertekenden een intentieverklaring die volgend jaar moet uitmonden in een stedenband"
    kw_start, kw_end = low.index("intentieverklaring"), low.index(" die")
    at = low.index("moet")
    assert plan_in_relative(low, [(0, 13, "signed")], 0, kw_start, kw_end, at)
    assert not plan_in_relative(low, [], 0, kw_start, kw_end, at)


def test_extract_relative_plan_to_make_the_act_stays_planned() -> None:
    """A relative clause whose plan is to make the act itself ("which they hope to conclude")
    leaves that act planned, after another act signed in the sentence."""
    text = (
        "Ashford and Weifang signed a friendship agreement on Tuesday, which both sides called"
        " the first stage of a formal twinning which they hope to conclude within two years."
    )
    assert ("sister_city", "planned") in _acts(text)
