"""The engine's own patterns, as its import built them (from the pattern cache when it is on),
are the patterns `re` compiles from their text: the cache changes no matching work."""

from __future__ import annotations

import re
import sys
from typing import Any

import cityties.extraction  # noqa: F401  (imports every extractor, as `extract` does)


def _patterns(value: Any, out: dict[int, re.Pattern[Any]], depth: int = 0) -> None:
    """Collect the compiled patterns held by `value` (in containers up to three deep)."""
    if isinstance(value, re.Pattern):
        out[id(value)] = value
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            _patterns(item, out, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            _patterns(item, out, depth + 1)


def test_pattern_cache_engine_patterns_equal_fresh_compiles() -> None:
    """Every pattern a module of the engine holds compares equal (pattern, flags and code)
    with the pattern `re`'s compiler builds from its text and flags now."""
    import re._compiler as compiler  # type: ignore[import-not-found]

    found: dict[int, re.Pattern[Any]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("cityties.extraction"):
            for value in list(vars(module).values()):
                _patterns(value, found)
    assert len(found) > 500  # the extractors' patterns, not a handful
    differ = [p.pattern for p in found.values() if compiler.compile(p.pattern, p.flags) != p]
    assert differ == []
