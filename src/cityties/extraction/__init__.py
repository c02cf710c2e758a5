"""The extraction engine: document text in, facts with evidence out. Plain Python, no Django."""

import os as _os
from pathlib import Path as _Path

from cityties.extraction._pattern_cache import cached_patterns as _cached_patterns

# The extractors compile their patterns when imported: from the pattern cache when it has them
# (see `_pattern_cache`), in the gazetteer's cache folder.
_env_dir = _os.environ.get("CITYTIES_CACHE_DIR")
with _cached_patterns(_Path(_env_dir) if _env_dir else _Path.home() / ".cache" / "cityties"):
    from cityties.extraction.errors import CitytiesError, ExtractionError
    from cityties.extraction.pipeline import ExtractionResult, extract

__all__ = ["CitytiesError", "ExtractionError", "ExtractionResult", "extract"]
