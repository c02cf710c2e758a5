"""Extractor cityties.document: sentences, the document date line and the institution header."""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.doc import Doc, split_sentences
from cityties.extraction.registry import register

# `Institution: City of Ghent` on a line of its own; the line starts the text or follows a
# line break (a literal "\n" first lets the regex engine scan for it fast)
_HEADER = (
    r"[ \t]*(?:Institution|Instelling|Organisation|Organization|Institution\s*\(\w+\))[ \t]*:"
    r"[ \t]*(?P<name>[^\n]{2,120}?)[ \t]*$"
)
_INSTITUTION_FIRST: Final = re.compile(_HEADER, re.MULTILINE | re.IGNORECASE)
_INSTITUTION_NEXT: Final = re.compile(r"\n" + _HEADER, re.MULTILINE | re.IGNORECASE)


@register("cityties.document", version=2)
def extract_document(doc: Doc) -> None:
    """Split sentences and read the `Institution:` header of a profile."""
    doc.sentences = split_sentences(doc.text)
    if doc.institution is None:
        head = doc.text[:2000]
        m = _INSTITUTION_FIRST.match(head) or _INSTITUTION_NEXT.search(head)
        if m:
            doc.institution = m.group("name").strip()
