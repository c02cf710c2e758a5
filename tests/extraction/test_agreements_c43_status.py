"""Agreements: statuses told by the polarity and tense of the governing clause (issue 2,
corpus43 classes, seen also in corpora 33, 39 and 41): an act that never came into being with
an adverb inside the French negation ("n'a en revanche jamais vu le jour"), a proposal that
failed its vote ("fand keine Mehrheit"), a renewal denied in the present ("n'est pas
reconduit", "verlengt ... niet"), and the Dutch present tense of renewing ("die het akkoord
met vijf jaar verlengt"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _statuses(text: str) -> dict[frozenset[str], set[str]]:
    out: dict[frozenset[str], set[str]] = {}
    for a in extract(text).doc.agreements:
        out.setdefault(frozenset(fold(p.name) for p in a.parties), set()).add(a.status)
    return out


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Rennes et Jinan\n\nUne charte d'amitié entre Rennes et Jinan, évoquée en 2018, n'a"
            " finalement jamais vu le jour.",
            {"rennes", "jinan"},
        ),
        (
            "Nancy et Kunming\n\nLa convention de coopération entre Nancy et Kunming, préparée en"
            " 2020, n'a toutefois jamais été signée.",
            {"nancy", "kunming"},
        ),
        (
            "Tours and Luoyang\n\nA friendship agreement between Tours and Luoyang, discussed in"
            " 2018, never came into being.",
            {"tours", "luoyang"},
        ),
        (
            "Bonn und Harbin\n\nEine Freundschaftsvereinbarung zwischen Bonn und Harbin kam nie"
            " zustande.",
            {"bonn", "harbin"},
        ),
    ],
)
def test_status_never_made_with_adverb_is_not_concluded(text: str, pair: set[str]) -> None:
    """An act that never came into being, also with an adverb inside the negation, is not
    concluded, not signed."""
    assert _statuses(text).get(frozenset(pair)) == {"not_concluded"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kempen und Suzhou\n\nEin Antrag, mit Suzhou eine Städtepartnerschaft einzugehen,"
            " fand keine Mehrheit im Rat der Stadt Kempen.",
            {"kempen", "suzhou"},
        ),
        (
            "Zwolle en Yantai\n\nHet voorstel om met Yantai een stedenband aan te gaan, kreeg"
            " geen meerderheid in de gemeenteraad van Zwolle.",
            {"zwolle", "yantai"},
        ),
        (
            "Dover and Ningbo\n\nA motion for a sister city relationship between Dover and"
            " Ningbo failed to win a majority in the council.",
            {"dover", "ningbo"},
        ),
    ],
)
def test_status_proposal_without_majority_is_not_concluded(text: str, pair: set[str]) -> None:
    """A proposed act whose vote failed ("fand keine Mehrheit", "kreeg geen meerderheid",
    "failed to win a majority") is not concluded."""
    assert _statuses(text).get(frozenset(pair)) == {"not_concluded"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Sion et Lijiang\n\nL'accord de coopération signé en mars 2019 pour cinq ans entre"
            " Sion et Lijiang arrive à échéance ; il n'est pas reconduit.",
            {"sion", "lijiang"},
        ),
        (
            "Breda en Hefei\n\nDe gemeente Breda verlengt de samenwerkingsovereenkomst met Hefei"
            " niet.",
            {"breda", "hefei"},
        ),
    ],
)
def test_status_renewal_denied_in_present_is_ended(text: str, pair: set[str]) -> None:
    """A renewal denied in the present tense ("n'est pas reconduit", "verlengt ... niet")
    ends the act; it is no renewal."""
    assert _statuses(text).get(frozenset(pair)) == {"ended"}


def test_status_dutch_present_renewal_is_renewed() -> None:
    """The Dutch present tense of renewing ("die het akkoord met vijf jaar verlengt") makes
    the act renewed, as its participle does."""
    text = (
        "Limburg en Shanxi\n\nDe provincie Limburg en de Chinese provincie Shanxi hebben"
        " gisteren in Taiyuan een overeenkomst ondertekend die het samenwerkingsakkoord tussen"
        " beide provincies met vijf jaar verlengt."
    )
    assert "renewed" in _statuses(text).get(frozenset({"limburg", "shanxi"}), set())


def test_status_failed_vote_leaves_other_act_signed() -> None:
    """A failed vote on a new act leaves an act of the same sentence's document that was
    signed earlier signed."""
    text = (
        "Kempen und Suzhou\n\nKempen und Suzhou unterzeichneten 2012 eine"
        " Freundschaftsvereinbarung. Ein Antrag, daraus eine Städtepartnerschaft zu machen, fand"
        " keine Mehrheit."
    )
    acts = {
        (frozenset(fold(p.name) for p in a.parties), a.type): a.status
        for a in extract(text).doc.agreements
    }
    assert acts.get((frozenset({"kempen", "suzhou"}), "friendship")) == "signed"
