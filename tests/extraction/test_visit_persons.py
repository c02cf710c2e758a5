"""A person read as a visiting body (issue 2): a name after a personal title, or a body's short
name closed by one person's office, is one member of a delegation, never the body that
travelled. Unit tests of `_visit_persons.is_person` on texts written for them, and the whole
pipeline on sentences in the four languages."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors._parties import Actor
from cityties.extraction.extractors._visit_persons import is_person
from factsets import visits_of as _visits


def _org(text: str, name: str) -> Actor:
    start = text.index(name)
    return Actor(start, start + len(name), name, "organisation", f"organisation:{name}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La délégation conduite par M. WANG Lei est arrivée.", "WANG Lei"),
        ("Die Gruppe um Frau ZHANG Min reiste weiter.", "ZHANG Min"),
        ("Met wethouder Haven Piet de Vries reist een delegatie mee.", "Haven Piet de Vries"),
        ("The trip was led by the NSU Provost.", "NSU Provost"),
        ("Dr. CHEN Bo signed for the university.", "CHEN Bo"),
    ],
)
def test_is_person_title_before_or_office_after(text: str, name: str) -> None:
    """A personal title or one person's office right before the name, or an office closing
    it, makes an organisation reading a person."""
    assert is_person(text, _org(text, name)) is True


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A delegation of Tianjin Port Group arrived on Monday.", "Tianjin Port Group"),
        ("De Hogeschool Zeeland ontving gisteren een delegatie.", "Hogeschool Zeeland"),
        ("Le Port de Sète a reçu la délégation.", "Port de Sète"),
        ("Die Universität Passau empfing die Gäste.", "Universität Passau"),
    ],
)
def test_is_person_not_for_a_named_body(text: str, name: str) -> None:
    """A body's own name, with no personal title before it and no office after it, is no
    person."""
    assert is_person(text, _org(text, name)) is False


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "date 2025-10-14\nDuring the trip, NSU Provost Linda Marsh and Associate Provost "
            "Carl Ebbing traveled to Jilin University, where a new exchange agreement was "
            "signed on 9 October 2025.",
            "provost",
        ),
        (
            "date 2025-10-14\nPendant le voyage, M. LI Wei, Vice-Président de l'Université de "
            "Jilin, et Mme SUN Li se sont rendus à Brest, où une convention a été signée le 9 "
            "octobre 2025.",
            "li wei",
        ),
        (
            "date 2026-03-02\nBurgemeester Jan de Boer, wethouder Economie Anne Bakker en "
            "wethouder Haven Piet de Vries reizen tussen 13 en 18 april naar China. Vanaf 16 "
            "april bezoekt het gezelschap de haven van Ningbo.",
            "piet de vries",
        ),
    ],
)
def test_visits_no_visit_by_a_titled_member(text: str, person: str) -> None:
    """A member of a delegation named with a personal title or office visits nobody: no
    visit has the member's name as its visitor."""
    assert not any(person in visitor for visitor, _, _ in _visits(text))
