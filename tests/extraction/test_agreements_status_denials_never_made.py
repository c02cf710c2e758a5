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
        (
            "Kiel und Qingdao\n\nDie Stadt Kiel verlängert die Kooperationsvereinbarung mit"
            " Qingdao nicht.",
            {"kiel", "qingdao"},
        ),
        (
            "Leeds and Hefei\n\nThe City of Leeds does not renew its cooperation agreement with"
            " Hefei.",
            {"leeds", "hefei"},
        ),
    ],
)
def test_status_renewal_denied_in_present_is_ended(text: str, pair: set[str]) -> None:
    """A renewal denied in the present tense ("n'est pas reconduit", "verlengt ... niet",
    "verlängert ... nicht", "does not renew") ends the act; it is no renewal."""
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


_LEIDEN_2010 = "Leiden en Suzhou\n\nIn 2010 sloten Leiden en Suzhou een vriendschapsovereenkomst. "


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # "niet alleen ..., maar": a renewal, and more
        (
            "Breda en Hefei\n\nDe gemeente Breda verlengt de samenwerkingsovereenkomst met Hefei"
            " niet alleen, maar breidt haar uit met onderwijs.",
            {"breda", "hefei"},
            {"renewed"},
        ),
        # "niet stilzwijgend maar ...": how the act is renewed, neither an end nor a plan
        (
            _LEIDEN_2010 + "Leiden verlengt de overeenkomst niet stilzwijgend maar na een"
            " besluit van de raad.",
            {"leiden", "suzhou"},
            {"signed"},
        ),
        # a proposal that the act be renewed: planned, as "stelt voor ... te verlengen"
        (
            _LEIDEN_2010 + "Het college stelt de raad voor dat Leiden de"
            " vriendschapsovereenkomst met Suzhou verlengt.",
            {"leiden", "suzhou"},
            {"signed", "planned"},
        ),
        (
            _LEIDEN_2010 + "Het college stelt de raad voor de vriendschapsovereenkomst met"
            " Suzhou te verlengen.",
            {"leiden", "suzhou"},
            {"signed", "planned"},
        ),
        # the act named again with a definite article: the act reported ends
        (
            _LEIDEN_2010 + "Leiden verlengt de overeenkomst niet.",
            {"leiden", "suzhou"},
            {"ended"},
        ),
        (
            _LEIDEN_2010 + "Leiden verlengt de overeenkomst met Suzhou niet.",
            {"leiden", "suzhou"},
            {"ended"},
        ),
    ],
)
def test_status_dutch_present_renewal_reads_its_negation_and_clause(
    text: str, pair: set[str], expected: set[str]
) -> None:
    """The Dutch present "verlengt" is denied only by a bare "niet" ("niet alleen", "niet
    stilzwijgend" qualify the renewal), is a plan inside a proposal ("stelt voor dat ...
    verlengt"), and its denial ends the act named before by "de overeenkomst"."""
    assert _statuses(text).get(frozenset(pair)) == expected


def test_status_french_tacit_renewal_denied_is_no_end() -> None:
    """ "n'est pas reconduit tacitement" tells how the act is renewed (by a vote each time): it
    neither ends nor renews the act."""
    text = (
        "Sion et Lijiang\n\nEn 2010, Sion et Lijiang ont signé un accord de coopération."
        " L'accord n'est pas reconduit tacitement : le conseil vote chaque fois."
    )
    assert _statuses(text).get(frozenset({"sion", "lijiang"})) == {"signed"}
