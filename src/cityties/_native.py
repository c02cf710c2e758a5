"""Use the engine's compiled modules (mypyc, `make native`) only while they match their sources.

`tools/build_native.py` compiles `cityties.text` and the extraction modules into C extensions
beside their `.py` files and records each source's SHA-256 in `_native.json`. Python would
import an extension before its `.py` file even after the source was edited, so `guard()`,
called when `cityties` is imported, compares the digests: when any source differs (or
`CITYTIES_PURE_PYTHON` is set), every compiled module is hidden and the sources run. All of
them at once, because compiled modules call each other's compiled code directly.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

__all__ = ["SourceOnly", "guard", "stale"]

_SRC = Path(__file__).resolve().parent.parent
_MANIFEST = Path(__file__).with_name("_native.json")


class SourceOnly:
    """A meta-path finder that loads the named modules from their `.py` files."""

    def __init__(self, modules: set[str], root: Path) -> None:
        self.modules = modules
        self.root = root

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in self.modules:
            return None
        source = self.root.joinpath(*name.split(".")).with_suffix(".py")
        return importlib.util.spec_from_file_location(name, source)


def _manifest(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def stale(manifest: dict[str, object], root: Path) -> bool:
    """Whether any source recorded in `manifest` is missing or differs from its digest."""
    sources = manifest.get("sources")
    if not isinstance(sources, dict) or not sources:
        return True
    for rel, recorded in sources.items():
        try:
            if hashlib.sha256((root / rel).read_bytes()).hexdigest() != recorded:
                return True
        except OSError:
            return True
    return False


def guard(manifest_path: Path = _MANIFEST, root: Path = _SRC) -> bool:
    """Hide the compiled modules if they are stale or unwanted; True when they stay in use."""
    manifest = _manifest(manifest_path)
    if manifest is None:
        return False
    modules = manifest.get("modules")
    names = {m for m in modules if isinstance(m, str)} if isinstance(modules, list) else set()
    if os.environ.get("CITYTIES_PURE_PYTHON") or stale(manifest, root):
        present = any(isinstance(f, SourceOnly) and f.modules == names for f in sys.meta_path)
        if names and not present:
            sys.meta_path.insert(0, SourceOnly(names, root))
        return False
    return True
