"""Visits on unseen text (issue 2, corpus29's classes of misses): a delegation received by an
organisation or a town and named only by its leader, whose title runs long or holds an "of"
of its own before the leader's body ("led by Prof. X, Vice-Rector for International Relations
of the University of Y"). Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2021-10-20\nOn 17 October the University of Leeds welcomed a delegation "
            "headed by Professor Li Hua, Vice-President for Research and International Affairs "
            "of Zhejiang University.",
            ("zhejiang university", "university leeds", "2021-10-17"),
        ),
        (
            "date 2021-10-20\nOn 17 October the City of Leeds received a delegation led by "
            "Mr Zhou, deputy head of the foreign affairs office of the city of Hangzhou.",
            ("hangzhou", "leeds", "2021-10-17"),
        ),
        (
            "date 2021-10-20\nOp 17 oktober ontving de gemeente Delft een delegatie onder "
            "leiding van Wang Li, adjunct-directeur van het bureau buitenlandse zaken van de "
            "stad Chengdu.",
            ("chengdu", "delft", "2021-10-17"),
        ),
        (
            "date 2021-10-20\nLe 17 octobre, la Ville de Rennes a accueilli une délégation "
            "conduite par M. Li, directeur adjoint du bureau des affaires étrangères de la "
            "ville de Jinan.",
            ("jinan", "rennes", "2021-10-17"),
        ),
        (
            "date 2021-10-20\nAm 17. Oktober empfing die Stadt Kiel eine Delegation unter "
            "Leitung von Herrn Wang, stellvertretender Direktor des Büros für auswärtige "
            "Angelegenheiten der Stadt Qingdao.",
            ("qingdao", "kiel", "2021-10-17"),
        ),
    ],
)
def test_visits_received_delegation_of_the_leaders_body(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A delegation received by a town or an organisation and named by its leader comes from
    the body the leader's title names, even after a long title or an "of" of the title's
    own."""
    assert visit in _visits(text)


def test_visits_received_delegation_leader_without_body_adds_no_guest() -> None:
    """A leader whose title names no body of another place gives the reception no guest: the
    host is never its own visitor."""
    text = (
        "date 2021-10-20\nOn 17 October the University of Leeds welcomed a delegation led by "
        "Professor Li Hua, Vice-President for Research and International Affairs of the "
        "University of Leeds."
    )
    assert all(host != visitor for visitor, host, _ in _visits(text))
