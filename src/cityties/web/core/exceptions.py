"""The desk's application error: a message for people plus structured detail."""

from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    """An expected failure a user can act on; the API returns it as {message, extra} (400)."""

    def __init__(self, message: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}
