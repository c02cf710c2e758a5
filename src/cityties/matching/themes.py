"""The theme vocabulary: sectors and characters of a place that partners can share.

`themes_from_text` finds themes in a document by keywords (English, Dutch, French, German)
and keeps the sentence as evidence; the desk passes register records the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cityties.matching.types import ThemeEvidence

__all__ = ["THEMES", "Theme", "themes_from_text"]


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme: its key, how a council member says it, and words that reveal it."""

    key: str
    label: str  # "port and logistics"
    phrase: str  # completes "both are ...": "port cities"
    keywords: tuple[str, ...]


THEMES: dict[str, Theme] = {
    t.key: t
    for t in (
        Theme(
            "port",
            "port and logistics",
            "port and logistics cities",
            ("port", "harbour", "harbor", "haven", "seaport", "logistics", "maritime", "hafen"),
        ),
        Theme(
            "automotive",
            "automotive industry",
            "car-making cities",
            ("automotive", "car maker", "car plant", "cars", "volvo", "vehicle", "auto-industrie"),
        ),
        Theme(
            "cleantech",
            "clean technology and energy",
            "clean-tech and energy cities",
            ("cleantech", "clean tech", "renewable", "climate neutral", "hydrogen", "wind energy"),
        ),
        Theme(
            "biotech",
            "biotechnology and life sciences",
            "biotech and life-science cities",
            ("biotech", "life science", "pharma", "biotechnology"),
        ),
        Theme(
            "ict",
            "ICT and digital",
            "ICT and digital cities",
            ("ict", "digital", "software", "telecom", "huawei", "smart city", "high-tech"),
        ),
        Theme(
            "materials",
            "materials and chemistry",
            "materials and chemistry cities",
            ("materials", "chemistry", "chemical", "steel", "metallurgy"),
        ),
        Theme(
            "university",
            "university and students",
            "university and student cities",
            (
                "university",
                "universities",
                "students",
                "student city",
                "universiteit",
                "hochschule",
            ),
        ),
        Theme(
            "tourism",
            "tourism",
            "tourist cities",
            ("tourism", "tourist", "visitors", "heritage site", "toerisme"),
        ),
        Theme(
            "culture",
            "culture and heritage",
            "cities of culture and heritage",
            ("culture", "cultural", "museum", "festival", "heritage", "cultuur"),
        ),
        Theme(
            "industry",
            "manufacturing and industry",
            "industrial cities",
            ("industrial", "manufacturing", "factory", "industry"),
        ),
        Theme(
            "trade",
            "trade and investment",
            "trading cities",
            ("trade", "investment", "export", "chamber of commerce", "market"),
        ),
    )
}

# A sentence ends at . ! or ? before white space (not inside "14.5"), at a line end or a bullet.
_SENTENCE = re.compile(r"(?:[^\n•.!?]|[.!?](?!\s|$))+[.!?]?")


def themes_from_text(text: str, *, source: str = "") -> tuple[ThemeEvidence, ...]:
    """Themes whose keywords occur in the text, each with the first sentence that shows it."""
    found: dict[str, ThemeEvidence] = {}
    for m in _SENTENCE.finditer(text):
        sentence = " ".join(m.group(0).split())
        low = sentence.casefold()
        for key, theme in THEMES.items():
            if key in found:
                continue
            if any(re.search(rf"\b{re.escape(w)}\b", low) for w in theme.keywords):
                found[key] = ThemeEvidence(key, sentence, source)
    return tuple(found[k] for k in THEMES if k in found)
