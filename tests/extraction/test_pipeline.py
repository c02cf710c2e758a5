"""extract(): options, the document date, and the extractors it runs in order."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import ExtractionError, extract, registry
from cityties.extraction.pipeline import PIPELINE, read_date_line


def test_extract_runs_the_pipeline_in_order() -> None:
    """Every extractor of PIPELINE runs once, in order, and is recorded as name@version."""
    result = extract("Ghent and Weihai.")
    assert result.extractors == tuple(registry.get(name).tag for name in PIPELINE)
    assert [tag.split("@")[0] for tag in result.extractors] == list(PIPELINE)


@pytest.mark.parametrize(("option", "value"), [("language", "es"), ("language", "EN")])
def test_extract_rejects_unknown_language(option: str, value: str) -> None:
    """A language outside en, nl, fr, de is refused with E111."""
    with pytest.raises(ExtractionError) as info:
        extract("text", **{option: value})  # type: ignore[arg-type]
    assert info.value.code == "E111"


@pytest.mark.parametrize("country", ["BEL", "1E", "", "B"])
def test_extract_rejects_malformed_country(country: str) -> None:
    """A country that is not two letters is refused with E110."""
    with pytest.raises(ExtractionError) as info:
        extract("text", country=country)
    assert info.value.code == "E110"


def test_extract_country_upper_case() -> None:
    """The default country is kept in upper case."""
    assert extract("text", country="be").doc.country == "BE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2024-03-05\nBody", date(2024, 3, 5)),
        ("\ufeffdate: 2021-12-31\r\nBody", date(2021, 12, 31)),
        ("date 2024-02-30\nBody", None),
        ("Body\ndate 2024-03-05", None),
        ("dated 2024-03-05", None),
    ],
)
def test_read_date_line_only_a_valid_first_line(text: str, expected: date | None) -> None:
    """Only a valid first line `date YYYY-MM-DD` gives the document date."""
    assert read_date_line(text) == expected


def test_extract_date_option_wins_over_date_line() -> None:
    """An explicit document date wins over the first line; without either there is none."""
    text = "date 2020-01-02\nGhent."
    assert extract(text).doc.document_date == date(2020, 1, 2)
    assert extract(text, document_date=date(2022, 5, 6)).doc.document_date == date(2022, 5, 6)
    assert extract("Ghent.").doc.document_date is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The city of Ghent and the port are in the north of the country.", "en"),
        ("De stad Gent en de haven van Gent zijn een van de grootste in het land.", "nl"),
        ("La ville de Gand et le port sont dans le nord du pays avec les autres.", "fr"),
        ("Die Stadt Gent und der Hafen sind im Norden des Landes mit den anderen.", "de"),
    ],
)
def test_extract_guesses_language(text: str, language: str) -> None:
    """Without a language option the language is guessed from the text."""
    assert extract(text).doc.language == language
