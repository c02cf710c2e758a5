"""Agreements: general tie nouns and proposals to end a tie (issue 2, types3). Every sentence
here was written for these tests.

- A proposal or a motion to end a tie ("stelt voor ... te beëindigen", "a motion to sever",
  "une proposition de mettre fin", "ein Antrag, ... zu beenden") leaves the tie signed while
  the text does not say the proposal was adopted (SCHEMA: `ended` only when the text says the
  act was terminated; the convention of the development gold); an adopted one ends it.
- A tie named by a general noun after another act ("En Zwolle liet in 2015 de band met het
  Litouwse Šiauliai aflopen") is an act of the kind before it, ended when its clause lets it
  lapse, with the clause's year as its end.
"""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.status,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Tijdens de raadscommissie van 3 maart werd gesproken over een motie van de SP over"
            " het verbreken van de stedenband van Leiden met de Chinese stad Suzhou. De"
            " stedenband werd in 2009 gesloten.",
            {"leiden", "suzhou"},
        ),
        (
            "The council debated a motion by two members to sever the sister city relationship"
            " between Dundee and Nanjing. The sister city agreement was signed in 1988.",
            {"dundee", "nanjing"},
        ),
        (
            "Le conseil municipal a examiné une proposition de mettre fin au jumelage entre Metz"
            " et Yixing, conclu en 2012.",
            {"metz", "yixing"},
        ),
        (
            "Im Ausschuss wurde ein Antrag beraten, die Städtepartnerschaft zwischen Freiburg"
            " und Suzhou zu beenden. Die Partnerschaft besteht seit 2007.",
            {"freiburg", "suzhou"},
        ),
    ],
)
def test_agreements_proposal_to_end_keeps_tie_signed(text: str, pair: set[str]) -> None:
    """A proposal or a motion to end a tie that the text does not report adopted leaves the
    tie signed."""
    statuses = {status for parties, status, _ in _acts(text) if parties == frozenset(pair)}
    assert statuses == {"signed"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Op 4 juni stemde een meerderheid van de Leidse gemeenteraad voor een motie die het"
            " college opdraagt de stedenband van Leiden met Suzhou te beëindigen.",
            {"leiden", "suzhou"},
        ),
        (
            "The motion was carried 5-2. It proposed to end the sister city relationship between"
            " Dundee and Nanjing.",
            {"dundee", "nanjing"},
        ),
    ],
)
def test_agreements_adopted_proposal_ends_tie(text: str, pair: set[str]) -> None:
    """A proposal to end a tie that the text reports adopted (a vote for it, "carried") ends
    the tie."""
    statuses = {status for parties, status, _ in _acts(text) if parties == frozenset(pair)}
    assert "ended" in statuses


@pytest.mark.parametrize(
    ("text", "adopted"),
    [
        ("De motie werd met ruime meerderheid aangenomen.", True),
        ("Die Fraktion stimmte dem Antrag zu.", True),
        ("Les élus ont adopté la proposition à l'unanimité.", True),
        ("The proposal was passed by the council.", True),
        ("De motie, die opdraagt de band te verbreken, haalde een ruime meerderheid.", True),
        ("Der Antrag erhielt eine breite Mehrheit.", True),
        ("Het college adviseert niet in te stemmen met de motie.", False),
        ("The motion will be debated next month.", False),
        # the active voice, as whole words only
        ("The council passed a motion to end the tie.", True),
        ("De raad nam gisteren de motie van de oppositie aan.", True),
        ("The mayor bypassed the proposal of the opposition.", False),
    ],
)
def test_proposal_adopted_reads_votes(text: str, adopted: bool) -> None:
    """The adoption pattern reads a carried motion or an adopted proposal, not one still to
    be voted on or advised against."""
    assert (lex.PROPOSAL_ADOPTED_LOW.search(text.lower()) is not None) is adopted


@pytest.mark.parametrize(
    ("text", "pair", "ends"),
    [
        (
            "In 2017 zegde het Turkse Denizli de stedenband met Almelo op. En Zwolle liet in 2015"
            " de band met het Litouwse Šiauliai stilletjes aflopen.",
            {"zwolle", "siauliai"},
            "2015",
        ),
        (
            "In 2017 Exeter ended its twinning with Yaroslavl. Bristol let its link with the"
            " Lithuanian Kaunas lapse in 2015.",
            {"bristol", "kaunas"},
            "2015",
        ),
    ],
)
def test_agreements_tie_noun_let_lapse_ends(text: str, pair: set[str], ends: str) -> None:
    """A general tie noun right after another act, whose clause lets it lapse, is an ended
    tie of the same kind, with the clause's year as its end."""
    assert (frozenset(pair), "ended", ends) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Stadtrat ließ die Partnerschaft mit Tarnów 2019 auslaufen.",
        "La commune a laissé expirer la convention en 2020.",
        "Zwolle liet de band met Šiauliai in 2015 aflopen.",
    ],
)
def test_status_let_lapse_is_ended(text: str) -> None:
    """Letting a tie lapse ("liet ... aflopen", "ließ ... auslaufen", "a laissé expirer") is an
    ended marker in Dutch, German and French, as "let ... lapse" in English."""
    low = text.lower()
    assert any(
        status == "ended" and rx.search(low) is not None for status, rx in lex.STATUS_PATTERNS
    )
