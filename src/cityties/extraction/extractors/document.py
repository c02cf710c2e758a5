"""Extractor cityties.document: sentences, the document date line and the institution header."""

from __future__ import annotations

import re

from cityties.extraction.doc import Doc, split_sentences
from cityties.extraction.registry import register

_INSTITUTION = re.compile(
    r"^[ \t]*(?:Institution|Instelling|Organisation|Organization|Institution\s*\(\w+\))[ \t]*:"
    r"[ \t]*(?P<name>[^\n]{2,120}?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


@register("cityties.document", version=1)
def extract_document(doc: Doc) -> None:
    """Split sentences and read the `Institution:` header of a profile."""
    doc.sentences = split_sentences(doc.text)
    if doc.institution is None:
        m = _INSTITUTION.search(doc.text[:2000])
        if m:
            doc.institution = m.group("name").strip()
