"""`WordScan` tells the runs of letters that may start a match from sets (`_takes`), the same
runs its small pattern takes."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cityties.extraction.extractors as extractors
from cityties.extraction.extractors._clauses_scan import WordScan


def _engine_scans() -> list[tuple[str, WordScan]]:
    """The word scans the extractor modules hold."""
    out: list[tuple[str, WordScan]] = []
    for info in pkgutil.iter_modules(extractors.__path__):
        module = importlib.import_module(f"{extractors.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, WordScan) and value.ok:
                out.append((f"{info.name}.{name}", value))
    return out


_SCANS = _engine_scans()


def test_engine_has_word_scans() -> None:
    """The extractors hold word scans with a small pattern of heads."""
    assert len(_SCANS) >= 10


@pytest.mark.parametrize(("name", "scan"), _SCANS, ids=[n for n, _ in _SCANS])
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_takes_same_runs_as_the_small_pattern(
    name: str, scan: WordScan, data: st.DataObject
) -> None:
    """For runs made of the scan's own heads, cut and grown, `_takes` says what matching
    " " + run + " " with the scan's small pattern says."""
    heads = sorted(
        {h for _, hs in scan._starts for h in hs} | set(scan._whole) | {b"a", b"the", b"in"}
    )
    head = data.draw(st.sampled_from(heads))
    cut = data.draw(st.integers(0, len(head)))
    tail = data.draw(st.text(alphabet="aeinorstuz", max_size=4)).encode("latin-1")
    run = head[:cut] + tail
    if not run:
        return
    assert scan._scan is not None
    assert scan._takes(run) == (scan._scan.match(b" " + run + b" ") is not None)
