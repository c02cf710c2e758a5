"""Agreements: statuses told by the polarity and tense of the governing clause (issue 2,
corpus43 classes, seen also in corpus41 and in the French negations of other corpora): an act
that never came into being with an adverb inside the French negation ("n'a en revanche jamais
vu le jour"), a renewal denied in the present ("n'est pas reconduit", "verlengt ... niet"),
and the Dutch present tense of renewing ("die het akkoord met vijf jaar verlengt"). Every
sentence here was written for these tests."""

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
