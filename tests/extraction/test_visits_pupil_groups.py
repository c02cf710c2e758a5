"""Visits on unseen text (issue 2, session 28): school pupils from a place who travel or
arrive (the travellers of a school exchange), and a group "of" a few words "from" a place,
told in the four languages. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("body", "visit"),
    [
        (
            "On Friday a group of 13 pupils from Nanjing arrived in Leeds.",
            ("nanjing", "leeds", "2026-03-06"),
        ),
        (
            "Dreizehn Schüler aus Nanjing sind am Freitag in Kassel angekommen.",
            ("nanjing", "kassel", "2026-03-06"),
        ),
        (
            "Dertien leerlingen uit Nanjing kwamen vrijdag aan in Leiden.",
            ("nanjing", "leiden", "2026-03-06"),
        ),
        (
            "Treize élèves de Nanjing sont arrivés vendredi à Angers.",
            ("nanjing", "angers", "2026-03-06"),
        ),
        (
            "Im Oktober reisen zwölf Schüler aus Kassel nach Nanjing.",
            ("kassel", "nanjing", "2026-10"),
        ),
        (
            "In oktober reizen twaalf leerlingen uit Leiden naar Nanjing.",
            ("leiden", "nanjing", "2026-10"),
        ),
    ],
)
def test_visits_pupils_from_a_place_travel(body: str, visit: tuple[str, str, str]) -> None:
    """Pupils "from" a place ("pupils from", "Schüler aus", "leerlingen uit", "élèves de")
    who arrive in or travel to another place are a visit of their place, dated by the
    sentence."""
    assert _visits(f"date 2026-03-12\nNews\n\n{body}") == {visit}


def test_visits_group_of_counted_people_from_a_place() -> None:
    """ "a group of 35 students from X" is a group from X: its arrival is a visit."""
    body = "A group of 35 students from Nanjing arrived in Leeds on Friday."
    assert _visits(f"date 2026-03-12\nNews\n\n{body}") == {("nanjing", "leeds", "2026-03-06")}


@pytest.mark.parametrize(
    "body",
    [
        "Twelve students from Nanjing study in Leeds this year.",
        "Zwölf Studierende aus Kassel verbringen gerade ein Semester in Nanjing.",
        "Les élèves de chinois du lycée ont déjà fait un séjour en Chine.",
    ],
)
def test_visits_students_who_study_are_no_visit(body: str) -> None:
    """Students who study at the other place, and pupils named by their subject, make no
    visit."""
    assert _visits(f"date 2026-03-12\nNews\n\n{body}") == set()


def test_visits_pupils_on_an_earlier_line_are_no_origin() -> None:
    """Pupils named on a line of their own ("les élèves du collège X ... chaque année") are
    not the visitor of a visit told on a later line of the same clause: the delegation is."""
    body = (
        "CONSIDÉRANT que les élèves du collège Victor-Hugo participent chaque année à un échange "
        "avec des élèves de Nanjing,\n"
        "CONSIDÉRANT la venue à Angers, le 18 septembre 2025, d'une délégation municipale de "
        "Nanjing,"
    )
    assert _visits(f"date 2026-03-12\nNews\n\n{body}") == {("nanjing", "angers", "2025-09-18")}
