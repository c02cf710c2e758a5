"""Errors of the extraction engine, with stable codes (E1xx)."""

from __future__ import annotations

from cityties.errors import CitytiesError

__all__ = ["CitytiesError", "Errors", "ExtractionError"]


class ExtractionError(CitytiesError):
    """A document could not be read or processed; `code` is one of `Errors`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{message} ({code})")
        self.code = code
        self.message = message


class Errors:
    """Message catalogue: code -> template."""

    E101 = "empty document"
    E102 = "unsupported file type: {kind}"
    E103 = "file too large: {size} bytes (limit {limit})"
    E104 = "not valid UTF-8 text (byte {offset})"
    E105 = "binary data, not a document"
    E106 = "PDF has no text layer (scanned image?)"
    E107 = "corrupt or unreadable {kind} file: {detail}"
    E108 = "cannot read file: {detail}"
    E109 = "invalid document date: {value}"
    E110 = "invalid country code: {value}"
    E111 = "unsupported language: {value}"
