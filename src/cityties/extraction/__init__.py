"""The extraction engine: document text in, facts with evidence out. Plain Python, no Django."""

from cityties.extraction.errors import CitytiesError, ExtractionError
from cityties.extraction.pipeline import ExtractionResult, extract

__all__ = ["CitytiesError", "ExtractionError", "ExtractionResult", "extract"]
