"""Agreements: statuses and ends told in a later sentence that names the act back by its noun
(issue 2, corpus37 classes, seen also on provincial answers and news pages of other places): "Die
samenwerking werd in 2016 stopgezet", "L'accord, arrivé à terme, n'a pas été renouvelé", "The
agreement expired in 2020", "Die Vereinbarung wurde 2021 gekündigt". The act just reported is
ended (its end from the sentence's date or from its term); a sentence that names another
place keeps its own reading. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> dict[tuple[frozenset[str], str], tuple[str, str | None]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type): (
            a.status,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair", "ends"),
    [
        (
            "Bristol and Guangzhou\n\nThe then mayor signed a cooperation agreement in Guangzhou"
            " on 4 May 2012. The agreement was terminated in 2019.",
            {"bristol", "guangzhou"},
            "2019",
        ),
        (
            "Bristol and Guangzhou\n\nThe then mayor signed a five-year cooperation agreement in"
            " Guangzhou on 4 May 2012. The agreement lapsed at the end of its term and was not"
            " renewed.",
            {"bristol", "guangzhou"},
            "2017-05-04",
        ),
        (
            "Nantes et Qingdao\n\nLe maire de l'époque a signé le 4 mai 2012 à Qingdao un accord"
            " de coopération de cinq ans. L'accord, arrivé à terme, n'a pas été renouvelé.",
            {"nantes", "qingdao"},
            "2017-05-04",
        ),
        (
            "Kassel und Wuhan\n\nDer damalige Oberbürgermeister unterzeichnete am 4. Mai 2012 in"
            " Wuhan eine Kooperationsvereinbarung. Die Vereinbarung wurde 2019 gekündigt.",
            {"kassel", "wuhan"},
            "2019",
        ),
        (
            "Arnhem en Wuhan\n\nDe toenmalige burgemeester tekende op 4 mei 2012 in Wuhan een"
            " samenwerkingsovereenkomst. De overeenkomst werd in 2019 opgezegd.",
            {"arnhem", "wuhan"},
            "2019",
        ),
    ],
)
def test_named_back_end_ends_the_act(text: str, pair: set[str], ends: str) -> None:
    """An end told of the act named back by its noun in a later sentence ends that act (the
    parties come from the heading), at the stated end or at the end of its term."""
    acts = _acts(text)
    assert acts[(frozenset(pair), "cooperation_agreement")] == ("ended", ends)


def test_named_back_dutch_demonstrative_ends_the_act() -> None:
    """ "Die samenwerking werd ... stopgezet" after an act: the act ended that year."""
    text = (
        "Met de provincie Hubei had Gelderland sinds 2001 een vriendschapsakkoord."
        " Die samenwerking werd in 2019 stopgezet."
    )
    assert _acts(text)[(frozenset({"gelderland", "hubei"}), "friendship")] == ("ended", "2019")


@pytest.mark.parametrize(
    "text",
    [
        "Met de provincie Hubei had Gelderland sinds 2001 een vriendschapsakkoord."
        " Die samenwerking met Hubei werd in 2019 uitgebreid met een jongerenprogramma.",
        "In 2014 the city of Bristol signed a friendship agreement with Guangzhou."
        " The agreement covers trade, culture and education.",
    ],
)
def test_named_back_without_end_keeps_the_act_signed(text: str) -> None:
    """A later sentence about the act that tells no end or renewal leaves it signed."""
    statuses = {status for status, _ in _acts(text).values()}
    assert statuses == {"signed"}


def _statuses(text: str) -> dict[frozenset[str], str]:
    return {
        frozenset(fold(p.name) for p in a.parties): a.status for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hogeschool Gent en Jiangxi Normal University bereiden deze maand samen een"
            " intentieverklaring voor.",
            {"hogeschool gent", "jiangxi normal university"},
        ),
        (
            "Die Hochschule Zittau und die Universität Hefei bereiten eine"
            " Kooperationsvereinbarung vor.",
            {"hochschule zittau", "universitat hefei"},
        ),
    ],
)
def test_separable_preparing_verb_plans_the_act(text: str, pair: set[str]) -> None:
    """ "bereiden ... voor", "bereiten ... vor": an act being prepared is planned."""
    assert _statuses(text)[frozenset(pair)] == "planned"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Een voorstel om een stedenband tussen Leuven en Wuxi aan te gaan, werd in 2017"
            " door de gemeenteraad weggestemd.",
            {"leuven", "wuxi"},
        ),
        (
            "In 2017 the city council of Leeds voted down a proposal for a sister city"
            " relationship with Wuxi.",
            {"leeds", "wuxi"},
        ),
        (
            "The request of Tulsa for a sister city agreement with Wuxi was not taken up by the"
            " council.",
            {"tulsa", "wuxi"},
        ),
        (
            "La demande de jumelage de Rennes avec Wuxi n'a pas été retenue par le conseil"
            " municipal.",
            {"rennes", "wuxi"},
        ),
    ],
)
def test_voted_down_or_not_taken_up_is_not_concluded(text: str, pair: set[str]) -> None:
    """A proposal voted down or a request not taken up is an act not concluded."""
    assert _statuses(text)[frozenset(pair)] == "not_concluded"


def _terms(text: str) -> dict[str, tuple[int | None, str | None]]:
    return {
        a.type: (a.duration_months, str(a.ends) if a.ends is not None else None)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Bristol Chamber of Commerce and the Ningbo Chamber of Commerce signed a memorandum"
        " of understanding (MoU) on 3 March 2021.\n\nThe chairman said both sides had signed"
        " the MoU by video link. The MoU is valid for two years and can be extended.\n\nThe"
        " document builds on a letter of intent that both chambers signed in November"
        " 2019.\n\nUnder the MoU, both chambers plan to share market data.",
        "Die IHK Kassel und die Handelskammer Wuhan haben am 3. März 2021 ein Memorandum of"
        " Understanding (MoU) unterzeichnet.\n\nDer Präsident sagte, das MoU sei online"
        " unterzeichnet worden. Das MoU gilt zwei Jahre und kann verlängert werden.\n\nEs baut"
        " auf einer Absichtserklärung auf, die beide Kammern im November 2019 unterzeichnet"
        " hatten.\n\nIm Rahmen des MoU wollen beide Kammern Marktdaten teilen.",
        "De Kamer van Koophandel Gent en de Kamer van Koophandel Ningbo hebben op 3 maart 2021"
        " een memorandum van overeenstemming ondertekend.\n\nDe voorzitter zei dat het"
        " memorandum online werd ondertekend. Het memorandum is twee jaar geldig en kan worden"
        " verlengd.\n\nHet bouwt voort op een intentieverklaring die beide kamers in november 2019"
        " ondertekenden.\n\nIn het kader van het memorandum delen beide kamers"
        " marktgegevens.",
    ],
)
def test_term_sentence_goes_to_the_act_it_names_only(text: str) -> None:
    """A term stated of the act named back ("The MoU is valid for two years") is that act's,
    also between its reports; the earlier letter or declaration reported after it keeps no
    term."""
    terms = _terms(text)
    assert terms["memorandum_of_understanding"] == (24, "2023-03-03")
    assert [t for kind, t in terms.items() if kind != "memorandum_of_understanding"] == [
        (None, None)
    ]


def test_rejecting_the_proposal_is_not_concluded() -> None:
    """A proposal the council rejects ("rejecting it") is an act not concluded."""
    text = (
        "In 2015 the council of Leeds discussed a sister city proposal with Wuxi, rejecting it"
        " by 30 votes to 12."
    )
    assert _statuses(text)[frozenset({"leeds", "wuxi"})] == "not_concluded"


@pytest.mark.parametrize(
    "text",
    [
        "In 2015 Leeds signed a sister city agreement with Wuxi, rejecting calls for a referendum.",
        "Leeds signed a sister city agreement with Wuxi in 2015 after the council voted to step"
        " down its old committee.",
    ],
)
def test_rejecting_or_voting_something_else_keeps_the_act_signed(text: str) -> None:
    """ "rejecting" something other than the proposal, or a vote "to step down", ends no act:
    the act signed stays signed."""
    assert _statuses(text)[frozenset({"leeds", "wuxi"})] == "signed"
