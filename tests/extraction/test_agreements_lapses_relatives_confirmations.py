"""Agreements: the reviewer's findings on the status and pairing rules of round c42 (mend-a):
contacts that lapse only as the subject of the end, a German or Dutch article after a comma
taken for no relative pronoun, a signing told in the past after "Dabei" or "am nächsten Tag"
left signed, and a confirmation "for another" term a renewal only of the act. Every sentence
here was written for these tests."""

from __future__ import annotations

import re

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import contact_lapse, last_opening
from cityties.extraction.extractors._lexicon_agreements import STATUS_PATTERNS
from factsets import act_detail

_RENEWED = dict(STATUS_PATTERNS)["renewed"]


def _acts(text: str) -> set[tuple[str, str | None]]:
    """(status, signed) of each act `text` gives."""
    return {(d[5], d[2]) for d in map(act_detail, extract(text).doc.agreements)}


def _pairs(text: str) -> set[tuple[str, ...]]:
    """The sorted names of the parties of each act `text` gives."""
    return {tuple(sorted(p.name for p in a.parties)) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("school exchanges thrived until the charter was cancelled in 2011", "cancelled", False),
        ("de uitwisselingen bloeiden tot de stedenband in 2009 werd opgezegd", "opgezegd", False),
        ("but exchanges with the Polish town gradually lapsed", "lapsed", True),
        ("mais les échanges avec Lublin ont pris fin", "pris", True),
    ],
)
def test_contact_lapse_needs_the_contacts_as_subject_of_the_end(
    text: str, word: str, expected: bool
) -> None:
    """Contacts open the clause of a lapse only when nothing but their own phrase, an auxiliary
    or an adverb stands before the end; a verb of their own makes the end another subject's."""
    low = text.lower()
    assert contact_lapse(low, 0, low.index(word)) is expected


def test_agreements_act_ended_after_contacts_thrived_stays_one_ended_act() -> None:
    """The act ended after a clause on flourishing exchanges is one act, ended, not a second
    act signed in the year of the end."""
    text = (
        "Bangor and Vannes signed a twinning charter in 1986. School exchanges thrived until the"
        " twinning charter was terminated in 2013."
    )
    assert _acts(text) == {("ended", "1986")}


def test_agreements_article_after_a_comma_is_no_relative_pronoun() -> None:
    """A "die" right before the act word after a comma is its article: the act named with a
    third city is not paired with the city before the comma."""
    text = (
        "Rostock pflegt seit 1991 eine Partnerschaft mit Dalian, die Partnerschaft mit Aarhus"
        " besteht seit 2008."
    )
    assert ("Aarhus", "Dalian") not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Gäste wurden am nächsten Morgen vom Oberbürgermeister von Dalian empfangen."
            " Dabei wurde eine Freundschaftsvereinbarung zwischen Dalian und Rostock"
            " unterzeichnet.",
            "signed",
        ),
        (
            "Die Oberbürgermeisterin von Rostock reist nächste Woche nach Dalian. Dabei wird eine"
            " Freundschaftsvereinbarung zwischen Dalian und Rostock unterzeichnet.",
            "planned",
        ),
    ],
)
def test_agreements_occasion_signing_in_the_past_stays_signed(text: str, expected: str) -> None:
    """A signing on the occasion told before is planned only when the trip is still to come
    and the signing is told in the present, not after "wurde" and a coming day in the past."""
    assert {s for s, _ in _acts(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the mayor confirmed her support for another exchange of pupils", False),
        ("the council confirmed its backing for another year of visits", False),
        ("the charter was formally confirmed for another five years", True),
        ("both mayors confirmed the partnership for another decade", True),
        ("the friendship, confirmed for another term, ...", True),
    ],
)
def test_renewal_confirmation_for_another_term_needs_the_act(text: str, expected: bool) -> None:
    """A confirmation "for another" term is a renewal when the act (or a pronoun of it) is
    confirmed or the passive tells it, not when a support or a backing is confirmed."""
    assert (_RENEWED.search(text) is not None) is expected


def test_last_opening_is_the_end_of_the_last_stop() -> None:
    """The last clause opens after the last match before the offset, else at the lower
    bound."""
    rx = re.compile(r"[;,]")
    assert last_opening(rx, "ab, cd; ef", 0, 9) == 7
    assert last_opening(rx, "ab cd", 1, 5) == 1
