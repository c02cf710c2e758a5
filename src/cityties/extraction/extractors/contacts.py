"""Extractor cityties.contacts (placeholder until its implementation lands)."""

from __future__ import annotations

from cityties.extraction.doc import Doc
from cityties.extraction.registry import register


@register("cityties.contacts", version=0)
def extract_contacts(doc: Doc) -> None:
    """Not implemented yet: adds nothing."""
