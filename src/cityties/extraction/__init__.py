"""The extraction engine: document text in, facts with evidence out. Plain Python, no Django."""

import os as _os
from contextlib import nullcontext as _nullcontext
from pathlib import Path as _Path

from cityties.extraction._pattern_cache import cached_patterns as _cached_patterns

# The extractors compile their patterns when imported: from the pattern cache when it has them
# (see `_pattern_cache`), in the gazetteer's cache folder; CITYTIES_PATTERN_CACHE=0 turns it off.
_env_dir = _os.environ.get("CITYTIES_CACHE_DIR")
_cache_dir = _Path(_env_dir) if _env_dir else _Path.home() / ".cache" / "cityties"
with (
    _cached_patterns(_cache_dir)
    if _os.environ.get("CITYTIES_PATTERN_CACHE", "1").strip() != "0"
    else _nullcontext()
):
    from cityties.extraction.errors import CitytiesError, ExtractionError
    from cityties.extraction.pipeline import ExtractionResult, extract

__all__ = ["CitytiesError", "ExtractionError", "ExtractionResult", "extract"]
