"""Places named with their country or region, and names the scanner must not split."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _places(text: str) -> dict[str, str | None]:
    """Each place mention's name -> its gazetteer country (None when unresolved)."""
    doc = extract(text).doc
    assert doc is not None
    return {p.name: p.ref.country if p.ref else None for p in doc.places}


@pytest.mark.parametrize(
    "text",
    [
        "Ghent is twinned with Melle in Germany.",
        "Ghent is twinned with Melle (Germany). A choir travelled there in May.",
        "Ghent is twinned with Melle in Germany. The delegation stayed three days.",
        "Ghent is twinned with Melle in Germany.\nThe delegation stayed three days.",
    ],
)
def test_qualifier_country_beats_namesake_near_other_city(text: str) -> None:
    """A country written with a name decides the namesake, even when another namesake lies
    next to a city of the same sentence (Melle near Ghent), and the next sentence does not
    spoil the qualifier."""
    assert _places(text)["Melle"] == "DE"


def test_qualifier_unknown_region_of_several_words_does_not_qualify() -> None:
    """'the West Midlands' is no region the gazetteer knows: it neither moves the city to the
    country of a region called 'West' nor becomes the Midlands of Zimbabwe."""
    found = _places("Coventry in the West Midlands signed a friendship agreement with Kiel.")
    assert found["Coventry"] == "GB"
    assert "Midlands" not in found
    assert found.get("West Midlands") is None


def test_compass_word_before_region_makes_another_region() -> None:
    """A compass word before a region's name names another region."""
    found = _places("Funding came from the West Midlands and from Kiel.")
    assert "Midlands" not in found
    assert "West Midlands" in found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Roubaix and Tourcoing signed an agreement with Kortrijk.", "Roubaix", "FR"),
        ("Roubaix, Tourcoing and Kortrijk share a tram line.", "Roubaix", "FR"),
    ],
)
def test_sentence_initial_town_paired_with_a_place(text: str, name: str, country: str) -> None:
    """A town opening a sentence is a place when a place follows it in a pair or list."""
    assert _places(text).get(name) == country


def test_sentence_initial_word_without_pair_stays_out() -> None:
    """An ordinary capitalised word opening a sentence is not made a place by the pair rule
    when no place follows it."""
    assert "Hope" not in _places("Hope and patience guided the talks with Lyon.")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Deventer organiseert elk jaar een boekenmarkt.", "Deventer", "NL"),
        ("Kampen heeft een oude haven aan de IJssel.", "Kampen", "NL"),
        ("Annecy accueille chaque été un festival.", "Annecy", "FR"),
    ],
)
def test_sentence_initial_main_name_of_a_town(text: str, name: str, country: str) -> None:
    """A town's main name opening a sentence is a place from 25,000 inhabitants on."""
    assert _places(text).get(name) == country


def test_sentence_initial_german_noun_needs_a_big_place() -> None:
    """In German every noun is capitalised: a sentence-initial word needs a big place."""
    assert "Hof" not in _places("Hof und Garten wurden 2020 neu gestaltet, sagte Kiel.")


def test_short_alternate_name_is_no_place_without_cue() -> None:
    """A three-letter alternate name that is not the start of the town's name ("Ben" for
    Bern) is a first name, not the town."""
    found = _places("Ben visited Lyon in May, and Ben liked it.")
    assert "Ben" not in found
    assert found["Lyon"] == "FR"


def test_place_before_an_office_title() -> None:
    """A place before an office ("Jinzhou Vice-Mayor Li Wei") is a place, not part of a
    longer capitalised name."""
    assert _places("The delegation met Jinzhou Vice-Mayor Li Wei on Monday.")["Jinzhou"] == "CN"


def test_sentence_initial_local_name_of_a_big_town() -> None:
    """The local name of a big town, an alternate in GeoNames, opens a sentence."""
    assert _places("Dunkerque accueille chaque année un grand carnaval.")["Dunkerque"] == "FR"


def test_places_in_a_line_written_in_capitals() -> None:
    """In a line written in capitals a town's name is no acronym; elsewhere it is."""
    found = _places("KIEL MAYOR FLEW TO HANDA, JAPAN FOR TALKS\n\nThe NATO delegation met in Lyon.")
    assert found["HANDA"] == "JP"
    assert found["KIEL"] == "DE"
    assert "NATO" not in found
