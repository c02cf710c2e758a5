"""Visits on unseen wordings (issue 2): officials in a relative clause, attributive visitors,
hosts named by a noun, long gaps before "nach"/"naar", French adjectives after
"délégation", dates cut by a line break, years that qualify a noun, private guests. Every
text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    doc = extract(text).doc
    return {
        (fold(v.visitor.name), fold(v.host.name), v.date.iso() if v.date else None)
        for v in doc.visits
    }


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the official of a relative clause is the visitor
        (
            "Cape Town renewed its agreement with Hangzhou on 4 March 2024. It was signed by "
            "Hangzhou Vice Mayor Chen Wei, who arrived in Cape Town on 3 March 2024 at the head "
            "of a delegation.",
            ("hangzhou", "cape town", "2024-03-03"),
        ),
        # ... also with a visit noun and no host: the document's own place
        (
            "Institution: City of Penang\n\nPenang and Xiamen signed a friendship agreement. It "
            "was signed at the State Assembly by Xiamen Vice-Mayor Lin Wen, who is leading a "
            "20-member delegation on a working visit that began on 22 January 2024.",
            ("xiamen", "penang", "2024-01-22"),
        ),
    ],
)
def test_visits_official_in_relative_clause(text: str, visit: tuple) -> None:
    """ "X Vice Mayor NAME, who arrived in Y": X visits Y, not the first place of the sentence."""
    found = _visits(text)
    assert visit in found
    assert not any(v == "cape town" and h == "hangzhou" for v, h, _ in found)


def test_visits_attributive_visitor_and_host_noun() -> None:
    """ "leads an Alberta trade mission to the province": Alberta visits the province last
    named (Heilongjiang), the visit is not reversed."""
    text = (
        "The Minister of Alberta signed the protocol with Heilongjiang in Edmonton. He expects "
        "to sign the next one in Harbin, the capital of Heilongjiang, when he leads an Alberta "
        "trade mission to the province in September 2025."
    )
    found = _visits(text)
    assert ("alberta", "heilongjiang", "2025-09") in found
    assert not any(v == "heilongjiang" and h == "alberta" and d == "2025-09" for v, h, d in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "City of Augsburg\n\nAugsburg und Nagahama sind seit 1959 Partnerstädte. Im Mai 2024 "
            "reiste die Oberbürgermeisterin mit einer Delegation aus Stadtrat, Schulen und "
            "Vereinen nach Nagahama.",
            ("augsburg", "nagahama", "2024-05"),
        ),
        (
            "Hasselt en Itami zijn zustersteden. Begin mei 2025 reisde de Hasseltse burgemeester "
            "met een delegatie van dertig inwoners naar Itami.",
            ("hasselt", "itami", "2025-05"),
        ),
        (
            "Le jumelage entre Angers et Yantai date de 2006. En 2016, le maire de Yantai est "
            "venu à Angers, et une délégation angevine s'est à son tour rendue à Yantai en "
            "octobre 2019.",
            ("angers", "yantai", "2019-10"),
        ),
    ],
)
def test_visits_long_gaps_and_adjective_visitors(text: str, visit: tuple) -> None:
    """A list with commas before "nach", many words before "naar", "s'est à son tour rendue"
    and an adjective after "délégation" still give the visit and its visitor."""
    assert visit in _visits(text)


def test_visits_date_cut_by_line_break() -> None:
    """A range whose year is on the next line dates the visit by its first day."""
    text = (
        "Eindhoven en Nanjing werken samen.\n- Een delegatie uit Nanjing bezocht Eindhoven van "
        "21 tot en met 24 oktober\n  2023, tijdens de Dutch Design Week."
    )
    assert ("nanjing", "eindhoven", "2023-10-21") in _visits(text)


def test_visits_year_qualifying_a_noun_is_no_date() -> None:
    """ "the commemoration of the 1940 air raid": the visit is dated by its own clause."""
    text = (
        "The anniversary year opened in February 2024, when a delegation from Dresden "
        "travelled to Coventry for the commemoration of the 1940 air raid."
    )
    assert _visits(text) == {("dresden", "coventry", "2024-02")}


def test_visits_private_guests_are_no_delegation() -> None:
    """A resident who "hosted Taiyuan students" reports no official visit."""
    text = (
        "Launceston City Council\n\nLaunceston ended the friendship with Taiyuan. Resident Joan "
        "Smith, who hosted Taiyuan students in 1996, was sad."
    )
    assert _visits(text) == set()
