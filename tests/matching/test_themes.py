"""Themes found in text, with the sentence as evidence."""

from __future__ import annotations

import pytest

from cityties.matching import themes_from_text


@pytest.mark.parametrize(
    ("text", "theme", "quote"),
    [
        (
            "The port handled 70 million tons. It rained.",
            "port",
            "The port handled 70 million tons.",
        ),
        ("Ghent has 75,000 students. Fine.", "university", "Ghent has 75,000 students."),
        ("Clusters in cleantech and biotech.", "biotech", "Clusters in cleantech and biotech."),
    ],
)
def test_themes_from_text_keeps_sentence(text: str, theme: str, quote: str) -> None:
    """Each theme found carries the sentence that shows it."""
    found = {t.theme: t for t in themes_from_text(text, source="doc")}
    assert found[theme].quote == quote
    assert found[theme].source == "doc"


def test_themes_from_text_whole_words_only() -> None:
    """ "support" does not reveal a port."""
    assert [t.theme for t in themes_from_text("We support the plan.")] == []
