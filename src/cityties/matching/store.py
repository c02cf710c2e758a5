"""Where `cityties import-twins` keeps the twinning network, and loading it for matching."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from cityties.matching.network import load_network
from cityties.matching.recommender import Matcher

__all__ = ["default_matcher", "network_path"]

NETWORK_FILE = "twins.json"


def network_path(data_dir: Path | None = None) -> Path:
    """The network file: DIR/twins.json, DIR from the argument, $CITYTIES_DATA_DIR, or
    ~/.local/share/cityties."""
    if data_dir is None:
        env = os.environ.get("CITYTIES_DATA_DIR")
        data_dir = Path(env) if env else Path.home() / ".local" / "share" / "cityties"
    return data_dir / NETWORK_FILE


@functools.cache
def _matcher(path: Path) -> Matcher:
    return Matcher(load_network(path))


def default_matcher() -> Matcher:
    """A Matcher over the stored network (loaded once per process)."""
    return _matcher(network_path())
