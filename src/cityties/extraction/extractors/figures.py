"""Extractor cityties.figures (placeholder until its implementation lands)."""

from __future__ import annotations

from cityties.extraction.doc import Doc
from cityties.extraction.registry import register


@register("cityties.figures", version=0)
def extract_figures(doc: Doc) -> None:
    """Not implemented yet: adds nothing."""
