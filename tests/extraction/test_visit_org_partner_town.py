"""A university's trip to the town of its partner (issue 2, session 22): an organisation that
travels to a town and concludes an act there with an organisation named after that town
visits that organisation ("Université Clermont Auvergne s'est rendue à Harbin" and the
framework agreement with the Harbin Institute of Technology; corpus29 e03, corpus35 f01,
corpus38 f05). A town's own delegation keeps the town. Every text is written for these tests
and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2025-04-10\nOn 3 March 2025 a delegation of Lakeside University travelled to "
            "Kunming. Lakeside University and Kunming University signed a memorandum of "
            "understanding on student exchange during the visit.",
            ("lakeside university", "kunming university", "2025-03-03"),
        ),
        (
            "date 2025-11-20\nLe 15 octobre 2025, une délégation de l'Université de Limoges "
            "s'est rendue à Harbin. L'Université de Limoges et l'Institut de technologie de "
            "Harbin y ont signé un accord-cadre de coopération.",
            ("universite de limoges", "institut de technologie de harbin", "2025-10-15"),
        ),
        (
            "date 2025-06-01\nAm 12. Mai 2025 reiste eine Delegation der Hochschule Coburg nach "
            "Hefei. Dort unterzeichneten die Hochschule Coburg und die Hefei University einen "
            "Kooperationsvertrag.",
            ("hochschule coburg", "hefei university", "2025-05-12"),
        ),
        (
            "date 2025-06-01\nOp 12 mei 2025 reisde een delegatie van Hogeschool Zeeland naar "
            "Ningbo. Hogeschool Zeeland en Ningbo University ondertekenden daar een "
            "samenwerkingsovereenkomst.",
            ("hogeschool zeeland", "ningbo university", "2025-05-12"),
        ),
    ],
)
def test_visits_university_trip_to_its_partners_town(
    text: str, visit: tuple[str, str, str]
) -> None:
    """The trip of an organisation to the town its partner of a concluded act is named after
    is a visit of that partner."""
    assert visit in _visits(text)


def test_visits_town_delegation_keeps_the_town() -> None:
    """A town's own delegation to a town whose university signs with another body visits the
    town."""
    text = (
        "date 2025-06-01\nAm 12. Mai 2025 reiste eine Delegation der Stadt Coburg nach Hefei. "
        "Dort unterzeichneten die Hochschule Coburg und die Hefei University einen "
        "Kooperationsvertrag."
    )
    assert ("coburg", "hefei", "2025-05-12") in _visits(text)
