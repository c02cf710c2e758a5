"""Extractor cityties.agreements (placeholder until its implementation lands)."""

from __future__ import annotations

from cityties.extraction.doc import Doc
from cityties.extraction.registry import register


@register("cityties.agreements", version=0)
def extract_agreements(doc: Doc) -> None:
    """Not implemented yet: adds nothing."""
