"""Tours told across sentences (issue 2, session 16): a delegation named back stops at one host
after another, each stop dated by its own day ("On 8 May the delegation stopped in X", "Am 8.
Mai war die Delegation in X", "Op 8 mei maakte de delegatie een tussenstop in X", "Le 8 mai, la
délégation était à X", "the next day the delegation met officials of X"); the visitor is that
of the tour's earlier stop, also when a later reading (the delegation fallback, the learned
decider) found that stop. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-05-10\n\nA delegation from Suzhou visited Coventry on 6 May 2024. On 8 May "
            "the delegation stopped in Leicester.",
            ("suzhou", "leicester", "2024-05-08"),
        ),
        (
            "date 2024-05-10\n\nA delegation from Suzhou visited Coventry on 6 May 2024. On 8 May "
            "the delegation was in Leicester.",
            ("suzhou", "leicester", "2024-05-08"),
        ),
        (
            "date 2024-05-10\n\nAm 6. Mai 2024 besuchte eine Delegation aus Hefei Osnabrück. Am "
            "8. Mai machte die Delegation Station in Bielefeld.",
            ("hefei", "bielefeld", "2024-05-08"),
        ),
        (
            "date 2024-05-10\n\nAm 6. Mai 2024 besuchte eine Delegation aus Hefei Osnabrück. Am "
            "8. Mai war die Delegation in Bielefeld.",
            ("hefei", "bielefeld", "2024-05-08"),
        ),
        (
            "date 2024-05-10\n\nEen delegatie uit Tianjin bezocht op 6 mei 2024 Utrecht. Op 8 mei "
            "was de delegatie in Amersfoort.",
            ("tianjin", "amersfoort", "2024-05-08"),
        ),
        (
            "date 2024-05-10\n\nEen delegatie uit Tianjin bezocht op 6 mei 2024 Utrecht. Op 8 mei "
            "maakte de delegatie een tussenstop in Amersfoort.",
            ("tianjin", "amersfoort", "2024-05-08"),
        ),
        (
            "date 2024-05-10\n\nUne délégation de Jinhua a visité Tours le 6 mai 2024. Le 8 mai, "
            "la délégation était à Orléans.",
            ("jinhua", "orleans", "2024-05-08"),
        ),
    ],
)
def test_visits_tour_stop_of_the_delegation_named_back(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation named back that stops or stays at a place on a day of its own visits that
    place for the place it came from, dated by that day."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-05-10\n\nA delegation from Suzhou visited Coventry on 6 May 2024. The next "
            "day the delegation met officials of the University of Warwick.",
            ("suzhou", "university warwick", "2024-05-07"),
        ),
        (
            "date 2024-05-10\n\nAm 6. Mai 2024 besuchte eine Delegation aus Hefei Osnabrück. Am "
            "nächsten Tag traf die Delegation den Rektor der Universität Bielefeld.",
            ("hefei", "universitat bielefeld", "2024-05-07"),
        ),
        (
            "date 2024-05-10\n\nEen delegatie uit Tianjin bezocht op 6 mei 2024 Utrecht. De "
            "volgende dag ontmoette de delegatie de rector van de Universiteit Twente.",
            ("tianjin", "universiteit twente", "2024-05-07"),
        ),
        (
            "date 2024-05-10\n\nUne délégation de Jinhua a visité Tours le 6 mai 2024. Le 8 mai, "
            "la délégation a rencontré le président de l'Université d'Orléans.",
            ("jinhua", "universite d orleans", "2024-05-08"),
        ),
    ],
)
def test_visits_tour_stop_told_by_a_meeting(text: str, visit: tuple[str, str, str | None]) -> None:
    """A delegation named back that meets the people of an institution (the people named first,
    the delegation between the verb and them in German and Dutch) visits that institution."""
    assert visit in _visits(text)


def test_visits_tour_goes_on_from_a_stop_a_later_reading_found() -> None:
    """The first stop of a tour that only a later reading finds ("first stopped at X on June
    23") still carries its visitor to the next stop the delegation visits."""
    text = (
        "date 2015-07-14\n\nThe Harbour College delegation first stopped at Yangzhou University "
        "on June 23, where the two presidents signed an exchange accord. On June 25 the "
        "delegation visited Changzhou Institute of Technology."
    )
    assert ("harbour college", "changzhou institute technology", "2015-06-25") in _visits(text)


def test_visits_tour_reception_venue_is_no_stop() -> None:
    """A venue where the guests were received ("were received by the Vice-Chancellor in the X
    Library") is part of the visit to the host, not a stop of its own."""
    text = (
        "date 2024-05-10\n\nA delegation from Zhejiang University visited the University of "
        "Leeds on 6 May 2024. The guests were received by the Vice-Chancellor in the Brotherton "
        "Library and met students."
    )
    found = _visits(text)
    assert ("zhejiang university", "university leeds", "2024-05-06") in found
    assert not any("brotherton" in v[1] for v in found)
