"""Hand-built engine results: the facts a document states, as the extraction engine types them."""

from __future__ import annotations

from cityties.extraction.doc import Doc
from cityties.extraction.pipeline import ExtractionResult
from cityties.extraction.types import Evidence


def span(doc: Doc, quote: str, *, extractor: str = "cityties.test@1") -> tuple[Evidence, ...]:
    """Evidence for the first occurrence of `quote` in the document."""
    start = doc.text.index(quote)
    return (doc.evidence(start, start + len(quote), extractor=extractor),)


def result_of(doc: Doc) -> ExtractionResult:
    """Wrap a hand-filled Doc as the engine's result."""
    return ExtractionResult(doc=doc, extractors=("cityties.test@1",))


def engine_returning(build):  # type: ignore[no-untyped-def]
    """An engine for `document_ingest(engine=...)` that builds the Doc by hand from the text."""

    def engine(text: str) -> ExtractionResult:
        doc = Doc(text=text, language="en")
        build(doc)
        return result_of(doc)

    return engine
