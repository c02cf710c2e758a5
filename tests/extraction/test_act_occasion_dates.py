"""The day of the occasion an act was signed at ("During the visit", "Tijdens dat bezoek",
"Lors de cette visite", "Bei diesem Besuch"), told a few sentences before the signing."""

from __future__ import annotations

import pytest

from cityties.extraction.pipeline import extract


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "date 2025-06-12\nPress release - Thursday 12 June 2025\n\nOn Monday 9 June a "
            "delegation from the province of Anhui came to Flemish Brabant. The governor received "
            "them at the provincial house and they toured a campus.\n\nDuring the visit, the "
            "governor and the "
            "vice governor signed a renewed cooperation agreement between Flemish Brabant and "
            "Anhui for the period 2025 to 2029.\n",
            "2025-06-09",
        ),
        (
            "date 2024-11-20\nRennes, le 20 novembre 2024\n\nLe 12 novembre, une délégation de "
            "Rennes est arrivée à Jinan. Elle a visité le port et une université.\n\nRennes "
            "coopère avec le Shandong depuis 2010. Lors de cette visite, le maire a signé avec "
            "Jinan une convention de coopération pour 2024-2026.\n",
            "2024-11-12",
        ),
        (
            "date 2023-09-30\nKiel, 30. September 2023\n\nAm 18. September reiste eine "
            "Delegation aus Kiel nach Qingdao. Sie besuchte den Hafen und eine Hochschule.\n\n"
            "Kiel arbeitet seit 2005 mit Shandong zusammen. Bei diesem Besuch unterzeichneten "
            "Kiel und Qingdao eine Kooperationsvereinbarung für 2023 bis 2025.\n",
            "2023-09-18",
        ),
        (
            "date 2022-04-20\nAmersfoort, 20 april 2022\n\nOp 4 april kwam een delegatie uit "
            "Wuhan naar Amersfoort. Ze bezocht het stadhuis en een school.\n\nAmersfoort werkt "
            "sinds 2012 samen met Hubei. Bij dat bezoek ondertekenden Amersfoort en Wuhan een "
            "samenwerkingsovereenkomst voor 2022-2024.\n",
            "2022-04-04",
        ),
    ],
)
def test_extract_occasion_day_dates_the_act(text: str, signed: str) -> None:
    """An act signed at the occasion just told, dated only by its term's first year or by the
    year a tie runs from in the sentence before, takes the day of that occasion told a few
    sentences back."""
    acts = extract(text).doc.agreements
    assert signed in {str(a.signed) for a in acts}


def test_extract_occasion_of_another_year_keeps_the_year() -> None:
    """A day told before, of another year than the act's term, is no day of its occasion."""
    text = (
        "date 2025-06-12\nA delegation from Anhui came to Flemish Brabant on 9 June 2019. "
        "They toured a campus.\n\nDuring the visit, Flemish Brabant and Anhui signed a cooperation "
        "agreement, which runs from 2025 to 2029.\n"
    )
    acts = extract(text).doc.agreements
    assert "2019-06-09" not in {str(a.signed) for a in acts}
