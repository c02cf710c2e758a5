"""Turn a file's bytes into document text (placeholder: UTF-8 text only until readers land)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cityties.extraction.errors import Errors, ExtractionError

__all__ = ["ReadDocument", "read_bytes", "read_path"]

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """The text of a document and what kind of file it came from."""

    text: str
    media_type: str


def read_bytes(data: bytes, *, name: str = "") -> ReadDocument:
    """Decode a document's bytes to text."""
    if len(data) > MAX_BYTES:
        raise ExtractionError("E103", Errors.E103.format(size=len(data), limit=MAX_BYTES))
    if not data.strip():
        raise ExtractionError("E101", Errors.E101)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ExtractionError("E104", Errors.E104.format(offset=e.start)) from e
    return ReadDocument(text=text, media_type="text/plain")


def read_path(path: Path) -> ReadDocument:
    """Read a file from disk."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ExtractionError("E108", Errors.E108.format(detail=e.strerror or str(e))) from e
    return read_bytes(data, name=path.name)
