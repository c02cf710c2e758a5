"""Visits on unseen text (issue 2, session 30): an arrival awaited ("is expected in", "wird
... erwartet", "wordt ... verwacht", "est attendue"), with its host named or left to the page's
own place, told in the four languages. Every text is written for these tests and read by the
whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors import visits
from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Leiden. The twinning committee met on Tuesday. A delegation from Oxford is "
            "expected in Leiden on July 20, 2026.",
            ("oxford", "leiden", "2026-07-20"),
        ),
        (
            "Leiden. The twinning committee met on Tuesday. A group of 20 pupils from Oxford "
            "is expected in Leiden in October.",
            ("oxford", "leiden", "2026-10"),
        ),
        (
            "Kiel. Der Partnerschaftsverein tagte am Dienstag. Im Oktober 2026 wird eine "
            "Delegation aus Brest in Kiel erwartet.",
            ("brest", "kiel", "2026-10"),
        ),
        (
            "Leiden. De stedenbandcommissie kwam dinsdag bijeen. In oktober 2026 wordt een "
            "delegatie uit Oxford in Leiden verwacht.",
            ("oxford", "leiden", "2026-10"),
        ),
        (
            "Nantes. Les membres du comité de jumelage se sont retrouvés mardi. Une délégation "
            "de Sarrebruck est attendue à Nantes le 20 juillet 2026.",
            ("sarrebruck", "nantes", "2026-07-20"),
        ),
    ],
)
def test_visits_expected_in_a_named_place_is_a_visit(text: str, visit: tuple[str, ...]) -> None:
    """A delegation "expected in" a place, with a date, visits that place (the English verb
    reads as the French "est attendue à" and the German and Dutch "in X erwartet/verwacht")."""
    assert _visits(f"date 2026-03-04\n{text}") == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Der Ausschuss für Partnerschaften der Stadt Kiel tagte am Dienstag im Kieler "
            "Rathaus. Im Juni 2027 wird zum Sommerfest eine Delegation aus Coventry erwartet.",
            ("coventry", "kiel", "2027-06"),
        ),
        (
            "Le comité de jumelage de Nantes s'est retrouvé mardi à la mairie de Nantes. Une "
            "délégation de Sarrebruck est attendue en juillet 2026.",
            ("sarrebruck", "nantes", "2026-07"),
        ),
        (
            "The twinning committee of the City of Leiden met on Tuesday in Leiden City Hall. "
            "A group of twenty pupils from Oxford is expected in October.",
            ("oxford", "leiden", "2026-10"),
        ),
        (
            "De stedenbandcommissie van de gemeente Leiden kwam dinsdag bijeen in het stadhuis "
            "van Leiden. In oktober wordt een delegatie uit Oxford verwacht.",
            ("oxford", "leiden", "2026-10"),
        ),
    ],
)
def test_visits_awaited_without_a_host_goes_to_the_pages_place(
    text: str, visit: tuple[str, ...]
) -> None:
    """A dated delegation from a place abroad awaited with no place named for it visits the
    page's own place."""
    assert _visits(f"date 2026-03-04\n{text}") == {visit}


@pytest.mark.parametrize(
    "text",
    [
        "Der Ausschuss für Partnerschaften der Stadt Kiel tagte am Dienstag im Kieler Rathaus. "
        "Eine Delegation aus Coventry wird erwartet.",
        "De stedenbandcommissie van de gemeente Leiden kwam dinsdag bijeen in het stadhuis van "
        "Leiden. Een delegatie uit Oxford wordt verwacht.",
    ],
)
def test_visits_awaited_without_a_date_is_no_visit(text: str) -> None:
    """An awaited delegation the text does not date gives no visit."""
    assert _visits(f"date 2026-03-04\n{text}") == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Leiden. The committee met. A delegation from Leiden will travel to Oxford in 2027.",
            ("leiden", "oxford", "2027"),
        ),
        (
            "Kiel. Der Verein tagte. 2027 reist eine Delegation aus Kiel nach Brest.",
            ("kiel", "brest", "2027"),
        ),
        (
            "Leiden. De commissie kwam bijeen. In 2027 reist een delegatie uit Leiden naar Oxford.",
            ("leiden", "oxford", "2027"),
        ),
        (
            "Rennes. Le comité s'est réuni. En 2027, une délégation de Rennes se rendra à "
            "Erlangen.",
            ("rennes", "erlangen", "2027"),
        ),
    ],
)
def test_visits_trip_to_come_dated_by_a_year_kept_with_the_switch(
    text: str, visit: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `_FUTURE_YEAR_VISITS_KEPT` on, a trip still to come that the text dates by a later
    year only is a visit of that year; off (shipped), it is left out."""
    monkeypatch.setattr(visits, "_FUTURE_YEAR_VISITS_KEPT", True)
    assert _visits(f"date 2025-11-04\n{text}") == {visit}
    monkeypatch.setattr(visits, "_FUTURE_YEAR_VISITS_KEPT", False)
    assert _visits(f"date 2025-11-04\n{text}") == set()
