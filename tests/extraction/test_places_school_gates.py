"""The word gates of `find_schools`: each school pattern runs only over a text that holds
what its matches cannot go without, so a gate never hides a school the pattern finds.

The strings are written for these tests, in English, German, French and Dutch, with every
way of writing a school's number that the numbered pattern reads.
"""

from __future__ import annotations

import pytest

from cityties.extraction.extractors import _places_orgs as po


@pytest.mark.parametrize(
    "text",
    [
        "Pupils of the Weifang No. 3 Middle School came to Leeds.",
        "The NO.12 High School of Lanxi sent a choir.",
        "Guests from No 7 Junior School of Qinghe arrived on Monday.",
        "Die Mittelschule Nr. 4 Yangzhou schickte zwei Lehrer.",
        "Die Oberschule nr.9 lud uns ein.",
        "Le lycée n°2 de Qinghe accueille dix élèves.",
        "Le collège nº 3 de Lanxi a écrit.",
        "Le lycée No°8 de Wuxi répond.",
        "De middelbare school no. 5 van Suzhou kwam op bezoek.",
        "De basisschool Nr 11 uit Delft nam deel.",
    ],
)
def test_places_school_number_gate_passes_numbered_schools(text: str) -> None:
    """A text where the numbered-school pattern matches also passes the number gate."""
    assert po._NUMBERED_SCHOOL.search(text) is not None
    assert po._SCHOOL_NUMBER_GATE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Le lycée Jean-Monnet de Quimper reçoit ses correspondants.",
        "Le Collège Jules Verne a signé un accord.",
        "Das Goethe-Gymnasium Emmendingen tauscht Schüler aus.",
        "Die Ottilie-Brenner-Realschule fährt nach Wuxi.",
        "Het Stedelijk Lyceum Zutphen ontving gasten.",
        "Het Katholieke College Venlo werkt samen met een school in Ningbo.",
        "The Christelijk Gymnasium Utrecht sent a letter.",
    ],
)
def test_places_school_word_gates_pass_named_schools(text: str) -> None:
    """A text where the French or the named-school pattern matches holds a word of its gate."""
    french = po._FRENCH_SCHOOL.search(text) is not None
    named = po._NAMED_SCHOOL.search(text) is not None
    assert french or named
    if french:
        assert any(w in text for w in po._FRENCH_SCHOOL_GATE)
    if named:
        assert any(w in text for w in po._NAMED_SCHOOL_GATE)


def test_places_school_number_gate_skips_plain_prose() -> None:
    """A text with a school word but no school number does not pass the number gate."""
    text = "No pupils of the High School went to Nanjing in 2019; none of the 12 teachers went."
    assert po._SCHOOL_NUMBER_GATE.search(text) is None
