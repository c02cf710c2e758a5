"""Agreements: act readings of issue 2 (second round of corpus25-29 classes): signing
phrasings that set a name or a signature under the act ("put their signatures on",
"setzte seinen Namen unter", "zette zijn naam onder", "ont apposé leur signature"), which
date the act, and an act's name glossed in brackets by the instrument's name of another
kind ("Absichtserklärung (Memorandum of Understanding)"), which types the act. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type, str(a.signed) if a.signed else None)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The sister city relationship between Bath and Yichang is now official. On 3 March"
            " 2021 the two mayors put their signatures on the agreement in Yichang.",
            {"bath", "yichang"},
        ),
        (
            "Die Städtepartnerschaft zwischen Celle und Yichang ist besiegelt. Am 3. März 2021"
            " setzte Bürgermeister Jörg Nigge seinen Namen unter den Vertrag.",
            {"celle", "yichang"},
        ),
        (
            "Die Städtepartnerschaft zwischen Celle und Yichang ist besiegelt. Am 3. März 2021"
            " setzten die Bürgermeister ihre Unterschriften unter den Vertrag.",
            {"celle", "yichang"},
        ),
        (
            "De stedenband tussen Zwolle en Yichang is een feit. Op 3 maart 2021 zette"
            " burgemeester Peter Snijders zijn naam onder de overeenkomst.",
            {"zwolle", "yichang"},
        ),
        (
            "Le jumelage entre Niort et Yichang est officiel. Le 3 mars 2021, les deux maires"
            " ont apposé leur signature sur la convention.",
            {"niort", "yichang"},
        ),
    ],
)
def test_agreements_name_set_under_the_act_dates_it(text: str, pair: set[str]) -> None:
    """A sentence that dates the setting of a name or a signature under "the agreement"
    dates the act the sentence before reports, in all four languages."""
    assert (frozenset(pair), "sister_city", "2021-03-03") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. März 2021 setzte Bürgermeister Jörg Nigge seinen Namen auf die Gästeliste.",
        "Op 3 maart 2021 zette de burgemeester zijn naam op de gastenlijst.",
    ],
)
def test_agreements_name_set_without_an_act_is_no_act(text: str) -> None:
    """A name written on something that is no act reports no act."""
    assert _acts(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Am 4. Mai 2022 unterzeichneten die Stadt Celle und die Stadt Yichang eine"
            " Absichtserklärung (Memorandum of Understanding).",
            "memorandum_of_understanding",
        ),
        (
            "Op 4 mei 2022 ondertekenden Zwolle en Yichang een intentieverklaring (letter of"
            " intent).",
            "letter_of_intent",
        ),
        (
            "Le 4 mai 2022, Niort et Yichang ont signé une déclaration d'intention (memorandum"
            " of understanding).",
            "memorandum_of_understanding",
        ),
        (
            "On 4 May 2022 Bath and Yichang signed a declaration of intent (memorandum of"
            " understanding).",
            "memorandum_of_understanding",
        ),
    ],
)
def test_agreements_bracketed_instrument_name_types_the_act(text: str, kind: str) -> None:
    """An act's name followed by the instrument's name of another kind in brackets is one
    act, of the bracketed kind."""
    found = _acts(text)
    assert len(found) == 1
    assert next(iter(found))[1:] == (kind, "2022-05-04")


def test_agreements_bracketed_abbreviation_stays_one_act() -> None:
    """An abbreviation of the same kind in brackets keeps the act's kind and makes no
    second act."""
    found = _acts("On 4 May 2022 Bath and Yichang signed a memorandum of understanding (MoU).")
    assert found == {(frozenset({"bath", "yichang"}), "memorandum_of_understanding", "2022-05-04")}


def _terms(text: str) -> set[tuple[str, int | None]]:
    return {(a.type, a.duration_months) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021 Bath and Yichang signed a five-year Friendship City agreement.",
        "On 3 May 2021 Bath and Yichang signed a five-year friendship-city agreement.",
        "On 3 May 2021 Bath and Yichang signed a five-year friendship agreement.",
    ],
)
def test_agreements_term_before_a_two_word_friendship_act_is_read(text: str) -> None:
    """A number of years before a friendship act named in two words and "agreement" is the
    act's term."""
    assert _terms(text) == {("friendship", 60)}


def test_agreements_age_of_a_friendship_is_no_term() -> None:
    """The age of a friendship ("their 40-year friendship") is no term of an act."""
    found = _terms("In 2021 Bath and Yichang celebrated their 40-year friendship city ties.")
    assert all(months is None for _, months in found)


def _renewals(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type)
        for a in extract(text).doc.agreements
        if a.status == "renewed"
    }


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "date 2024-05-02\nThe Port of Gdansk Authority signed sister port agreements with the"
            " Port of Rotterdam and the Port of Hamburg, and it renewed its partnership with"
            " Rotterdam last year.",
            "port rotterdam",
        ),
        (
            "date 2024-05-02\nThe Port of Gdansk Authority concluded sister port agreements with"
            " the Port of Rotterdam and the Port of Hamburg, and in 2023 it renewed its"
            " partnership with the Port of Hamburg.",
            "port hamburg",
        ),
    ],
)
def test_agreements_renewed_partnership_follows_the_act_it_renews(text: str, partner: str) -> None:
    """A partnership renewed after sister-port agreements of the same sentence is a renewal
    of the sister-port tie, with the one partner its own clause names."""
    assert _renewals(text) == {(frozenset({"port gdansk", partner}), "sister_city")}


def _pairs(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "owner", "kind"),
    [
        (
            "date 2024-06-02\nBath Spa University signed a memorandum of understanding with Yunnan"
            " University in May 2024. The university earlier signed similar memoranda of"
            " understanding with Fudan University and Zhejiang University.",
            "bath spa university",
            "memorandum_of_understanding",
        ),
        (
            "date 2024-06-02\nThe Port of Gdansk Authority signed a sister port agreement with the"
            " Port of Qingdao in May 2024. It earlier signed similar sister port agreements with"
            " the Port of Rotterdam and the Port of Hamburg.",
            "port gdansk",
            "sister_city",
        ),
    ],
)
def test_agreements_similar_before_a_long_act_name_keeps_the_owner(
    text: str, owner: str, kind: str
) -> None:
    """ "Similar" before an act's name of three words ("similar memoranda of understanding")
    gives the listed partners the owner of the act just reported, not each other."""
    found = _pairs(text)
    partners = {p for pair, k in found if k == kind and owner in pair for p in pair} - {owner}
    assert len(partners) == 3
    assert all(owner in pair for pair, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-05-02\nIn March 2024 Bath signed a cooperation agreement with Yichang. Similar"
        " agreements were signed with Wuxi and Hefei.",
        "date 2024-05-02\nIm März 2024 unterzeichnete Celle eine Kooperationsvereinbarung mit"
        " Yichang. Ähnliche Vereinbarungen wurden mit Wuxi und Hefei geschlossen.",
        "date 2024-05-02\nIn maart 2024 ondertekende Zwolle een samenwerkingsovereenkomst met"
        " Yichang. Soortgelijke overeenkomsten werden gesloten met Wuxi en Hefei.",
        "date 2024-05-02\nEn mars 2024, Niort a signé un accord de coopération avec Yichang. Des"
        " accords similaires ont été conclus avec Wuxi et Hefei.",
    ],
)
def test_agreements_similar_acts_are_the_last_owners(text: str) -> None:
    """Acts "similar" to the one just reported are the same owner's, with each listed
    partner, in all four languages."""
    found = _pairs(text)
    assert {len(pair) for pair, _ in found} == {2}
    assert len({p for pair, _ in found for p in pair}) == 4
    assert len(found) == 3
