"""The gazetteer index is left out of the collector's later collections (`gc.freeze`): a
full collection no longer reads its large tables."""

from __future__ import annotations

import gc

from cityties.extraction import gazetteer


def test_gazetteer_load_freezes_the_index() -> None:
    """After the gazetteer is loaded, the objects alive then are in the permanent generation,
    the index's tables among them."""
    index = gazetteer.load()
    assert gc.get_freeze_count() > 0
    tracked = {id(o) for o in gc.get_objects()}
    assert id(index) not in tracked
