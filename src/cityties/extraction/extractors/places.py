"""Extractor cityties.places (placeholder until its implementation lands)."""

from __future__ import annotations

from cityties.extraction.doc import Doc
from cityties.extraction.registry import register


@register("cityties.places", version=0)
def extract_places(doc: Doc) -> None:
    """Not implemented yet: adds nothing."""
