"""Agreements: who acts (issue 2). A news agency's dateline ("BEIJING, (Agency ...) :", "CHICAGO,
Sept. 14 (Xinhua) --") names where the correspondent files from and the agency: neither is a
party (seen in corpus14 e01, corpus15 e05, corpus42 e04, and in the agency datelines of corpora
11, 22, 23 and 31). A relative clause after a name ("Bergen, which is a sister city of Lyon
too", "Emmen, dat sinds 2011 een stedenband heeft met ...") tells an act of
that name (corpus15 e05, corpus23 e02, corpus25 n01, corpus32 n01, corpus40 n05, holdout c08).
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


def _parties(text: str) -> set[str]:
    return {n for ps, _ in _acts(text) for n in ps}


def test_wire_dateline_city_is_no_party_of_the_act_told() -> None:
    """The city of an agency's dateline ("BEIJING, (Agency / Desk - date ) :") is no party of
    the act between the two provinces the sentence names."""
    text = (
        "BEIJING, (Eastwire / Asia Desk - 3rd Mar, 2026 ) :Shaanxi and Gelderland signed a "
        "Letter of Intent on a sister-province relationship on Monday, at a trade forum in "
        "Xi'an.\n"
    )
    acts = _acts(text)
    assert (frozenset({"shaanxi", "gelderland"}), "letter_of_intent") in acts
    assert "beijing" not in _parties(text)


@pytest.mark.parametrize(
    "text",
    [
        "CHICAGO, May 2 (Xinhua) -- A delegation from Changde visited its sister city Peoria on "
        "Tuesday.\n",
        "CHICAGO, 2 mai (Xinhua) -- Une délégation de Changde a visité mardi sa ville jumelle "
        "Peoria.\n",
        "CHICAGO, 2 mei (Xinhua) -- Een delegatie uit Changde bezocht dinsdag haar zusterstad "
        "Peoria.\n",
        "CHICAGO, 2. Mai (Xinhua) -- Eine Delegation aus Changde besuchte am Dienstag ihre "
        "Partnerstadt Peoria.\n",
    ],
)
def test_wire_dateline_city_is_no_home(text: str) -> None:
    """An agency's report of "its sister city Peoria" is the visitors' partner, not the
    dateline city's: the tie is between Changde and Peoria."""
    acts = {ps for ps, _ in _acts(text)}
    assert frozenset({"changde", "peoria"}) in acts
    assert "chicago" not in _parties(text)


def test_wire_dateline_agency_is_no_place() -> None:
    """The agency in the brackets of a dateline ("(Xinhua)", also a town of Hunan) is no
    party, while the city of the report's own sentence still is."""
    text = (
        "Guests from Hunan in Peoria\n\nCHICAGO, May 2 (Xinhua) -- Peoria, Illinois, signed a "
        "friendship agreement with Changde on Tuesday.\n"
    )
    parties = _parties(text)
    assert "xinhua" not in parties
    assert {"peoria", "changde"} <= parties


def test_press_release_wire_keeps_its_place() -> None:
    """A press release's wire ("/Newswire/") is written by its issuer: its dateline place is
    not dropped by the agency rule (the act of the issuer's city is still read)."""
    text = (
        "KELOWNA, BC, May 2, 2026 /Newswire/ - The City of Kelowna signed a friendship agreement "
        "with Changde on Tuesday.\n"
    )
    assert any(ps == {"kelowna", "changde"} for ps, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 1985 the Chinese city of Dalian became sister cities with Leeds, which is also a "
            "sister city of Brno.\n",
            {"leeds", "brno"},
        ),
        (
            "En 1985, la ville chinoise de Dalian est devenue jumelle de Mâcon, qui est aussi "
            "jumelée avec Overijse.\n",
            {"macon", "overijse"},
        ),
        (
            "In 1985 sloot de Chinese stad Dalian een stedenband met Leer, die ook een stedenband "
            "met Elbląg heeft.\n",
            {"leer", "elblag"},
        ),
        (
            "1985 schloss die chinesische Stadt Dalian eine Städtepartnerschaft mit Hof, welche "
            "auch Partnerstadt von Joensuu ist.\n",
            {"hof", "joensuu"},
        ),
    ],
)
def test_relative_clause_act_is_its_antecedents(text: str, pair: set[str]) -> None:
    """An act told in a relative clause that names one party ("..., which is also a sister
    city of Brno") is between that party and the name the pronoun stands for, never the
    subject of the main clause (Dalian)."""
    acts = {ps for ps, _ in _acts(text)}
    assert frozenset(pair) in acts
    other = next(iter(pair - {"leeds", "macon", "leer", "hof"}))
    assert frozenset({"dalian", other}) not in acts


def test_relative_clause_with_two_names_is_left_alone() -> None:
    """A relative clause that names two places ("..., which lies between Derby and
    Lincoln") tells no act of the name before it."""
    text = (
        "In 1985 the Chinese city of Dalian became sister cities with Nottingham, which lies "
        "between Derby and Lincoln.\n"
    )
    acts = {ps for ps, _ in _acts(text)}
    assert frozenset({"nottingham", "derby"}) not in acts
    assert frozenset({"nottingham", "lincoln"}) not in acts
