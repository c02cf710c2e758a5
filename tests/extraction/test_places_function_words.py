"""A function word of the text's language that GeoNames also has as a town ("Waren",
"Hätten", "Indien", "Selon", "Many"), written capitalised at a sentence's start or as a German
noun, is no place; the same town after a preposition of place stays one, and a big city whose
main name is such a word (Huế) stays a city."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _places(text: str, language: str) -> set[str]:
    doc = extract(text, language=language).doc
    return {m.name for m in doc.mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Gäste aus Shanghai bei der Kammer in Rostock\n\nRostock – Die Kammer will ihre "
            "Kontakte nach China ausbauen. Mehr als 200 Firmen der Region liefern regelmäßig "
            "nach China, 90 beziehen Waren von dort, und 30 haben eigene Büros vor Ort.",
            "de",
            "Waren",
        ),
        (
            "Die Hochschule Wismar beendet die Zusammenarbeit mit Harbin\n\nWismar – Die "
            "Gespräche scheiterten 2022 an der Finanzierung.\n\n„Hätten wir weiterverhandelt, "
            "wäre nur Papier entstanden“, sagte der Rektor.",
            "de",
            "Hätten",
        ),
        (
            "Stedenband Nieuwegein en Shenzhen\n\nDe gemeenteraad van Nieuwegein besprak de "
            "stedenband. Indien de raad akkoord gaat, reist een delegatie in mei naar Shenzhen.",
            "nl",
            "Indien",
        ),
        ("Waren er bezwaren tegen de stedenband van Zwolle met Lublin?", "nl", "Waren"),
        ("Selon le maire de Rennes, le jumelage avec Erlangen se poursuit.", "fr", "Selon"),
        ("Many residents of Leeds attended the anniversary of the twinning.", "en", "Many"),
    ],
)
def test_function_word_at_sentence_start_is_no_place(text: str, language: str, word: str) -> None:
    """The capitalised function word is not among the places; the real towns are."""
    places = _places(text, language)
    assert word not in places
    assert places  # the text's real towns are still found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Delegation aus Lublin fuhr anschließend nach Waren an der Müritz.", "de"),
        ("Hué et Blois ont renouvelé leur accord de coopération en 2019.", "fr"),
    ],
)
def test_function_word_town_with_a_cue_stays_a_place(text: str, language: str) -> None:
    """A town after "nach", or a city of 100,000 inhabitants named by the word, is kept."""
    places = _places(text, language)
    assert any(p in places for p in ("Waren", "Huế", "Hue", "Hué"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Die Partnerschaft mit Zibo öffnet den Betrieben aus Wels viele Türen“, sagte die "
            "Bürgermeisterin beim Festakt in Wels.",
            "Türen",
        ),
        (
            "Im Rathaus von Neu-Isenburg setzte der Oberbürgermeister seinen Namen unter die "
            "Urkunde der Partnerschaft mit Zibo.",
            "Namen",
        ),
        (
            "Die Delegation aus Kiel erzählte in Qingdao die Geschichte ihres Landes.",
            "Landes",
        ),
    ],
)
def test_german_noun_after_a_determiner_is_no_place(text: str, word: str) -> None:
    """A German noun right after a possessive or a quantifier ("seinen Namen", "viele
    Türen", "ihres Landes") is no place, even with a comma after it; the towns are."""
    places = _places(text, "de")
    assert word not in places
    assert places
