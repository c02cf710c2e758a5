"""Agreements: the day an ending takes effect. A council votes on one day to end a tie that
ends on a later stated day ("met ingang van 1 april", "per 1 februari", "with effect from
1 May", "mit Wirkung zum 1. April", "à compter du 1er avril"): the end of the act is that day,
not the vote's. A day of effect in a clause of a lasting state ("die vanaf 1 mei 1990
bestond", "in force as of 1 May 1990") is the tie's start, not its end. The towns and
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import (
    effective_end,
    effective_from,
    end_verb,
)
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Het verbond loopt met ingang van 1 april niet langer door.", "1 april"),
        ("Beide akkoorden worden per 1 februari ingetrokken.", "1 februari"),
        ("The pact stops with effect from 1 May.", "1 May"),
        ("Der Freundschaftsvertrag gilt mit Wirkung zum 1. April nicht mehr.", "1. April"),
        ("L'entente cesse à compter du 1er avril.", "1er avril"),
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
        ("Het college koos op 3 maart voor het stoppen van het verbond.", "3 maart"),
        ("The assembly agreed on 4 March to drop the pact.", "4 March"),
        ("Der Stadtrat stimmte am 4. März gegen den Freundschaftsvertrag.", "4. März"),
        ("L'assemblée s'est prononcée le 4 mars contre l'entente.", "4 mars"),
    ],
)
def test_effective_from_not_a_decision_day(text: str, date: str) -> None:
    """The day of a vote or a decision is no day of effect."""
    low = text.lower()
    assert not effective_from(low, low.index(date.lower()), 0)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Het verbond eindigt zodra het jaar om is.", True),
        ("Der Freundschaftsvertrag endet im Sommer.", True),
        ("L'entente prend fin cet été.", True),
        ("The pact ends next summer.", True),
        ("Het verbond werd in 2011 gesloten.", False),
    ],
)
def test_end_verb_found(text: str, found: bool) -> None:
    """A verb that ends something is found in the four languages, and only there."""
    low = text.lower()
    assert end_verb(low, 0, len(low)) is found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Het verbond, dat vanaf 1 mei 1990 bestond, werd in 2021 opgezegd.", "1 mei 1990"),
        ("The pact, in force as of 1 May 1990, was terminated in 2021.", "1 May 1990"),
        ("Der Vertrag, gültig ab 1. Mai 1990, wurde 2021 aufgelöst.", "1. Mai 1990"),
        ("L'entente, en vigueur à partir du 1er mai 1990, a pris fin en 2021.", "1er mai 1990"),
        ("In 2021 werd het verdrag opgezegd, dat vanaf 1 mei 1990 gold.", "1 mei 1990"),
        ("2021 wurde der Vertrag aufgelöst, der ab 1. Mai 1990 galt.", "1. Mai 1990"),
        ("The pact was terminated in 2021, having applied as of 1 May 1990.", "1 May 1990"),
    ],
)
def test_effective_end_not_a_lasting_state(text: str, date: str) -> None:
    """A day of effect in a clause of a lasting state ("that existed since", "in force as
    of") is no day an ending takes effect, even when the sentence ends the tie later."""
    low = text.lower()
    d = low.index(date.lower())
    end = low.index(
        next(w for w in ("opgezegd", "terminated", "aufgelöst", "pris fin") if w in low)
    )
    assert not effective_end(low, d, d + len(date), 0, len(low), [(end, end + 8)])


@pytest.mark.parametrize(
    ("text", "pair", "ends"),
    [
        (
            "Steenwijk koos op 3 maart 2025 voor het beëindigen van de stedenband met Nanjing."
            " De relatie eindigt met ingang van 15 juni.",
            {"steenwijk", "nanjing"},
            "2025-06-15",
        ),
        (
            "De raad van Almelo koos op 9 januari 2024 voor het opheffen van de stedenband met"
            " Suzhou. De band wordt per 1 maart opgeheven.",
            {"almelo", "suzhou"},
            "2024-03-01",
        ),
        (
            "Zo stemde de raad van Meppel op 6 mei 2024; vanaf 1 juni 2024 bestaat de"
            " stedenband met Wuxi niet meer.",
            {"meppel", "wuxi"},
            "2024-06-01",
        ),
        (
            "The council of Dover voted on 4 March 2024 to end the twinning with Calais, with"
            " effect from 1 May 2024.",
            {"dover", "calais"},
            "2024-05-01",
        ),
    ],
)
def test_agreements_ended_on_the_day_of_effect(text: str, pair: set[str], ends: str) -> None:
    """An ended tie ends on the day the ending takes effect, not on the day of the vote."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[5] == "ended" and a[4] == ends for a in acts), acts


def test_agreements_ended_on_the_day_of_effect_named_with_the_act_noun() -> None:
    """'De stedenband eindigt met ingang van 15 juni' after the council's vote ends the tie on
    15 June, as 'de relatie eindigt ...' does."""
    acts = _acts(
        "Steenwijk koos op 3 maart 2025 voor het beëindigen van de stedenband met Nanjing."
        " De stedenband eindigt met ingang van 15 juni."
    )
    assert any(a[5] == "ended" and a[4] == "2025-06-15" and a[2] is None for a in acts), acts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "De stedenband tussen Steenwijk en Lünen, die vanaf 1 mei 1990 bestond, werd op"
            " 3 maart 2021 opgezegd.",
            {"steenwijk", "lunen"},
        ),
        (
            "The twinning between Dover and Calais, in force as of 1 May 1990, was terminated"
            " on 3 March 2021.",
            {"dover", "calais"},
        ),
        (
            "Die Partnerschaft zwischen Trier und Metz, gültig ab 1. Mai 1990, wurde am"
            " 3. März 2021 aufgelöst.",
            {"trier", "metz"},
        ),
        (
            "Le jumelage entre Lyon et Turin, en vigueur à partir du 1er mai 1990, a pris fin"
            " le 3 mars 2021.",
            {"lyon", "turin"},
        ),
    ],
)
def test_agreements_start_after_vanaf_not_the_end(text: str, pair: set[str]) -> None:
    """In a sentence about an ended tie, the date after "vanaf"/"as of"/"ab"/"à partir du" in
    a clause of the tie's lasting state is its start: signed 1990-05-01, ended 2021-03-03."""
    acts = _acts(text)
    assert any(
        a[0] == frozenset(pair)
        and a[5] == "ended"
        and a[2] == "1990-05-01"
        and a[4] == "2021-03-03"
        for a in acts
    ), acts
