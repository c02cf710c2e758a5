"""Errors of the matching library, with stable codes (E2xx)."""

from __future__ import annotations

from cityties.errors import CitytiesError

__all__ = ["Errors", "MatchingError"]


class MatchingError(CitytiesError):
    """Partners could not be suggested or data could not be read; `code` is one of `Errors`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{message} ({code})")
        self.code = code
        self.message = message


class Errors:
    """Message catalogue: code -> template."""

    E201 = "unknown place: {name}"
    E202 = "ambiguous place {name}: {options}"
    E203 = "no twinning network found at {path}; run `cityties import-twins DIR` first"
    E204 = "cannot read {path}: {detail}"
    E205 = "malformed line {line} in {path}: {detail}"
    E206 = "invalid country code: {value}"
    E207 = "k must be a positive number, not {value}"
    E208 = "unsupported model format: {detail}"
    E209 = "{path} holds no relations"
