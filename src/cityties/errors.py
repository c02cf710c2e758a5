"""The base of every error the CityTies libraries raise (extraction E1xx, matching E2xx)."""

from __future__ import annotations

__all__ = ["CitytiesError"]


class CitytiesError(Exception):
    """Base of every error the CityTies libraries raise."""
