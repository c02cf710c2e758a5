"""Places that a text only names as a person's surname are no actors of its cast (issue 2;
the class of corpus39's README "parties in minutes, lists and quotes": members of a
committee in minutes, "Mei Lin Fraser"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Sister Cities Committee of Ballarat\nMembers Present: Carla Benitez, Mei Lin "
            "Fraser, Owen Grady\nStaff Present: Andrea Lutz\nYueyang: Mei Lin Fraser reported "
            "that the memorandum with Yueyang expired in 2022.",
            "Fraser",
        ),
        (
            "Partnerschaftsausschuss der Stadt Weißenfels\nAnwesend: Anna Kiel, Peter Braun\n"
            "Frau Anna Kiel berichtet, dass die Freundschaftsvereinbarung mit Yueyang "
            "ausgelaufen ist.",
            "Kiel",
        ),
        (
            "Commissie stedenbanden van de gemeente Venlo\nAanwezig: Jan Tilburg, Els de Wit\n"
            "Jan Tilburg meldt dat de stedenband met Yueyang wordt verlengd.",
            "Tilburg",
        ),
        (
            "Comité de jumelage de Dijon\nPrésents : Marie Nancy, Paul Girard\n"
            "Marie Nancy indique que le pacte d'amitié avec Yueyang sera signé en mai.",
            "Nancy",
        ),
    ],
)
def test_cast_surname_of_a_member_is_no_place(text: str, surname: str) -> None:
    """A place the text names only right after a first name ("Mei Lin Fraser", "Anna
    Kiel") is a person's surname: it is no actor of the cast, while the partner stays."""
    actors = {fold(a.name) for a in cast_for(extract(text).doc).actors}
    assert fold(surname) not in actors
    assert fold("Yueyang") in actors


def test_cast_place_after_a_capitalised_word_stays() -> None:
    """A place that follows a capitalised word but never a first name stays an actor
    ("Mayor Lopez visited Sakaide", "Sister City Sakaide")."""
    text = (
        "Minutes of the Sister Cities Committee\nThe Sister City Sakaide sent a letter. "
        "Mayor Lopez will visit Sakaide in July to renew the sister city agreement."
    )
    actors = {fold(a.name) for a in cast_for(extract(text).doc).actors}
    assert fold("Sakaide") in actors
