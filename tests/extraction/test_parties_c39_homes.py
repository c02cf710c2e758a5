"""The document's own place (`Cast.homes`) when its writer names it by its adjective more
than by its name ("de Venlose gemeenteraad", "die Kieler Delegation", "le comité
dijonnais"), and places that the text only names as a person's surname (issue 2; classes of
corpus39's README "parties in minutes, lists and quotes", seen as well in corpus4, corpus16
and corpus36-38). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


def _homes(text: str) -> list[str]:
    doc = extract(text).doc
    return [fold(h.name) for h in cast_for(doc).homes]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "date 2026-03-10\nStichting teleurgesteld over einde stedenband\n"
            "De Venlose gemeenteraad heeft de stedenband tussen Venlo en de Chinese stad "
            "Yueyang beëindigd. Een delegatie uit Yueyang was vorig jaar nog op bezoek. "
            "Yueyang telt vijf miljoen inwoners. De stichting wil met Yueyang in contact "
            "blijven.",
            "Venlo",
        ),
        (
            "date 2026-03-10\nFreundschaft mit Qingdao wird erneuert\n"
            "Die Kieler Delegation reist im Mai nach Qingdao, um die Freundschaft zwischen "
            "Kiel und Qingdao zu erneuern. Qingdao zählt neun Millionen Einwohner. Eine "
            "Schülergruppe aus Qingdao wird im Herbst erwartet.",
            "Kiel",
        ),
        (
            "date 2026-03-10\nLe comité de jumelage dijonnais en assemblée générale\n"
            "Le président a rappelé les liens qui unissent Dijon à la ville chinoise de "
            "Yueyang. Une délégation de Yueyang sera reçue en mai. Yueyang compte cinq "
            "millions d'habitants ; un pacte d'amitié avec Yueyang devrait être signé.",
            "Dijon",
        ),
    ],
)
def test_homes_adjective_of_the_own_town_counts(text: str, home: str) -> None:
    """A town named once by its name and once by its adjective (Dutch "-se", German "-er",
    French "-nais") is a candidate home, and a text of its language's country puts it before
    the partner named three times."""
    assert _homes(text)[:1] == [fold(home)]


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


def test_homes_adjective_inside_a_name_does_not_count() -> None:
    """A German "-er" adjective after a capitalised word belongs to a name ("im Hotel
    Frankfurter Hof"): it does not make the town a candidate home."""
    text = (
        "Verband schließt Kooperation mit der Provinz Jilin\n"
        "Am 10. Juni empfing der Verband eine Delegation aus Jilin im Hotel Frankfurter Hof "
        "in Frankfurt. Jilin zählt 24 Millionen Einwohner. Die Provinz Jilin lädt zum "
        "Gegenbesuch ein."
    )
    assert fold("Frankfurt") not in _homes(text)
