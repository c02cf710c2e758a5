"""Agreements: the day an ending takes effect (issue 2, corpora 27, 34, 35 and 39): a council
votes on one day to end a tie that ends on a later stated day ("met ingang van 1 april", "per
1 februari", "with effect from 1 May", "mit Wirkung zum 1. April", "à compter du 1er avril").
The end of the act is that day, not the vote's. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import effective_from, end_verb
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("De band eindigt met ingang van 1 april.", "1 april"),
        ("De banden worden per 1 februari opgeheven.", "1 februari"),
        ("The link ends with effect from 1 May.", "1 May"),
        ("Die Partnerschaft endet mit Wirkung zum 1. April.", "1. April"),
        ("Le jumelage prend fin à compter du 1er avril.", "1er avril"),
    ],
)
def test_effective_from_found(text: str, date: str) -> None:
    """A date right after a word that opens the day something takes effect is found, in the
    four languages."""
    low = text.lower()
    assert effective_from(low, low.index(date.lower()), 0)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("De raad besloot op 3 maart de band te beëindigen.", "3 maart"),
        ("The council voted on 4 March to end the link.", "4 March"),
        ("Der Rat beschloss am 4. März das Ende der Partnerschaft.", "4. März"),
        ("Le conseil a voté le 4 mars la fin du jumelage.", "4 mars"),
    ],
)
def test_effective_from_not_a_decision_day(text: str, date: str) -> None:
    """The day of a vote or a decision is no day of effect."""
    low = text.lower()
    assert not effective_from(low, low.index(date.lower()), 0)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("De band eindigt met ingang van 1 april.", True),
        ("Die Partnerschaft endet zum 1. April.", True),
        ("Le jumelage prend fin le 1er avril.", True),
        ("The partnership ends on 1 May.", True),
        ("De band werd in 2011 aangegaan.", False),
    ],
)
def test_end_verb_found(text: str, found: bool) -> None:
    """A verb that ends something is found in the four languages, and only there."""
    low = text.lower()
    assert end_verb(low, 0, len(low)) is found


@pytest.mark.parametrize(
    ("text", "pair", "ends"),
    [
        (
            "In de raadsvergadering van 3 maart 2025 maakte de gemeenteraad van Deventer een"
            " einde aan de stedenband met Nanjing. De band eindigt met ingang van 1 april.",
            {"deventer", "nanjing"},
            "2025-04-01",
        ),
        (
            "Op 9 januari 2024 besloot de raad van Almelo de stedenband met Suzhou op te heffen."
            " De band wordt per 1 maart opgeheven.",
            {"almelo", "suzhou"},
            "2024-03-01",
        ),
        (
            "Dat besloot de gemeenteraad van Tilburg op 6 mei 2024; vanaf 1 juni 2024 bestaat de"
            " stedenband met Wuxi niet meer.",
            {"tilburg", "wuxi"},
            "2024-06-01",
        ),
    ],
)
def test_agreements_ended_on_the_day_of_effect(text: str, pair: set[str], ends: str) -> None:
    """An ended tie ends on the day the ending takes effect, not on the day of the vote."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[5] == "ended" and a[4] == ends for a in acts), acts
