"""The `cityties match` and `cityties import-twins` subcommands (placeholder)."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add this package's subcommands to the `cityties` parser's subparsers."""
    _ = argparse  # the matching issue adds `match` and `import-twins` here
