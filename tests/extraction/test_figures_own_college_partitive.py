"""Figures the c42 review found wrong, on texts written for these tests: "our college" is
the page's own body, not a visiting university the title names first; a French "il y en a
trois en Allemagne" is no count of a place's partner towns."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _figures(text: str) -> set[tuple[str, str, float]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "visitor", "host", "value"),
    [
        (
            "Tongji University delegation at Hogeschool Gent\n\nLast week a delegation of "
            "Tongji University came to Hogeschool Gent. Our college now counts around 9,500 "
            "students.",
            "tongji university",
            "hogeschool gent",
            9500.0,
        ),
        (
            "Besuch der Universität Nanjing an der Hochschule Aalen\n\nEine Delegation der "
            "Universität Nanjing war in Aalen zu Gast an der Hochschule Aalen. Unsere "
            "Hochschule zählt rund 6.000 Studierende.",
            "universitat nanjing",
            "hochschule aalen",
            6000.0,
        ),
    ],
)
def test_own_body_is_not_the_visiting_university(
    text: str, visitor: str, host: str, value: float
) -> None:
    """When a text names a visiting university ("a delegation of ...") before the writer's
    own, the students of "our college" are the host's, never the visitor's."""
    found = _figures(text)
    assert not any(s == visitor and v == value for s, _, v in found)
    assert (host, "students", value) in found


def test_own_body_is_the_institution_header() -> None:
    """With an "Institution:" header naming a university, "our college" is that university,
    even when the title names a visiting one first."""
    text = (
        "Institution: Hogeschool Gent\n\nTongji University delegation at Hogeschool Gent\n\n"
        "Last week a delegation of Tongji University came to Hogeschool Gent. Our college now "
        "counts around 9,500 students."
    )
    found = _figures(text)
    assert any(s == "hogeschool gent" and v == 9500.0 for s, _, v in found)
    assert not any(s == "tongji university" and v == 9500.0 for s, _, v in found)


def test_own_body_single_body_in_title_keeps_its_figure() -> None:
    """A text that names only its own college early keeps the students of "our college"."""
    text = (
        "Hogeschool Gent welcomes guests from Tongji\n\nGuests from Shanghai came to Ghent "
        "last week. Our college now counts around 9,500 students."
    )
    assert any(s == "hogeschool gent" and v == 9500.0 for s, _, v in _figures(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La province du Sichuan compte 25 villes jumelles. Il y en a quatre en Italie.", "italie"),
        (
            "Le Shandong compte 40 villes jumelles. Il y en a six en Espagne, surtout en "
            "Catalogne.",
            "espagne",
        ),
    ],
)
def test_partitive_count_refuses_french_il_y_en_a_and_en(text: str, place: str) -> None:
    """ "Il y en a quatre en Italie" counts partners inside a country: no sister-city count
    goes to that country, nor to anyone else."""
    found = _figures(text)
    assert not any(m == "sister_cities" and v in (4.0, 6.0) for _, m, v in found)
    assert not any(s == place for s, _, _ in found)


def test_partitive_count_dutch_en_still_closes() -> None:
    """In Dutch "en" still closes a partitive count: "Emmen heeft er drie en ..."."""
    text = (
        "De gemeenten in Drenthe hebben allemaal partnersteden. Emmen heeft er drie en Assen twee."
    )
    assert any(s == "emmen" and m == "sister_cities" and v == 3.0 for s, m, v in _figures(text))


def test_partitive_count_french_en_is_no_clause_end() -> None:
    """In French "en" after a partitive count is a preposition ("Dole en a deux en Chine":
    two of its partners are in China), so the number is not the town's count of partners."""
    text = "Toutes les communes du Jura ont des villes jumelles. Dole en a deux en Chine."
    assert not any(m == "sister_cities" and v == 2.0 for _, m, v in _figures(text))
