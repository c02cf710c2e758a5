"""A German district's bare word ("der Landkreis", "des Landkreises") stands for the one
district the document names "Landkreis X"; the province, county or département of English,
Dutch and French texts is left alone (as often the partner's, or a region named otherwise)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast


def _cast_names(text: str, language: str) -> list[tuple[str, str]]:
    doc = extract(text, language=language).doc
    return [(text[a.start : a.end], a.name) for a in build_cast(doc).actors]


def test_bare_landkreis_is_the_named_district() -> None:
    """'der Landkreis' after 'Landkreis Cham' is that district, and the act binds it."""
    text = (
        "Der Landrat begrüßte die Gäste im Landkreis Cham.\n\n"
        "Der Landkreis unterhält seit 2004 eine Partnerschaft mit der Stadt Rongcheng."
    )
    assert ("Landkreis", "Landkreis Cham") in _cast_names(text, "de")
    doc = extract(text, language="de").doc
    parties = [sorted(p.name for p in a.parties) for a in doc.agreements]
    assert ["Landkreis Cham", "Rongcheng"] in parties


def test_bare_landkreis_without_a_named_district_is_nobody() -> None:
    """Without a 'Landkreis X' in the text the bare word names no actor."""
    text = "Der Landkreis unterhält seit 2004 eine Partnerschaft mit der Stadt Rongcheng."
    assert all(span != "Landkreis" for span, _ in _cast_names(text, "de"))


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "The premier met Shandong Province officials. Apprentices will work with firms in "
            "the province.",
            "en",
            "province",
        ),
        (
            "La délégation de la province du Hunan est venue. Elle a visité la province en mai.",
            "fr",
            "province",
        ),
        (
            "De gedeputeerde van de provincie Utrecht reisde naar China. De provincie zoekt "
            "partners.",
            "nl",
            "provincie",
        ),
    ],
)
def test_bare_region_word_outside_german_names_nobody(text: str, language: str, word: str) -> None:
    """'the province', 'la province', 'de provincie' stay unread: they refer as often to the
    partner's region or to one the text never names with the word."""
    assert all(span != word for span, _ in _cast_names(text, language))
