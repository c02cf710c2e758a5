"""Where the engine's regular expressions spend their time, for speed work (prints figures).

    .venv/bin/python benchmarks/regex_sites.py [--top N] [FILE ...]
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=ffi_call \\
        .venv/bin/python benchmarks/regex_sites.py --callgrind [FILE ...]

Default files: every development text (demo, benchmarks/corpus*, ../shared/eval/dev), never the
held-out corpus3 and corpus38. After the gazetteer load and one warm-up pass:

- without `--callgrind`: one pass over the pure-Python engine with every pattern wrapped, then
  the CPU time of its `re` calls by call site (file:line), by pattern, and the share of calls
  that find nothing or repeat an earlier call exactly (same pattern, text, method, span).
  Wrapping adds a fixed cost to every call; compare sites with each other, not with the total.
- with `--callgrind`: one plain pass (compiled engine if built) run inside a C call
  (`ctypes` -> libc `qsort` -> the pass), so that callgrind counts the extract calls only
  (`--toggle-collect=ffi_call`; callgrind's call counts include the uncounted warm-up pass).
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import glob
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = {3, 44}


def development_texts() -> list[str]:
    """Every development text (the snapshot's files), held-out corpora left out."""
    files = sorted(glob.glob(str(ROOT / "demo/*.txt")))
    files += sorted(glob.glob(str(ROOT / "benchmarks/corpus/*/*.txt")))
    for n in [2, *range(4, 100)]:
        if n not in HELD_OUT:
            files += sorted(glob.glob(str(ROOT / f"benchmarks/corpus{n}/*.txt")))
    files += sorted(glob.glob(str(ROOT.parent / "shared/eval/dev/*.txt")))
    return files


class _Timed:
    """A compiled pattern whose calls are timed and counted by call site."""

    __slots__ = ("_rx",)
    stats: dict[tuple[str, str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    seen: set[tuple[Any, ...]] = set()
    repeats = [0, 0]  # calls, nanoseconds
    on = False

    def __init__(self, rx: re.Pattern[str]) -> None:
        self._rx = rx

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Timed) and other._rx == self._rx

    def __hash__(self) -> int:
        return hash(self._rx)

    def _call(self, method: str, args: tuple[Any, ...], kw: dict[str, Any], eager: bool) -> Any:
        if not _Timed.on:
            return getattr(self._rx, method)(*args, **kw)
        caller = sys._getframe(2)
        started = time.thread_time_ns()
        out = getattr(self._rx, method)(*args, **kw)
        if eager:
            out = list(out)
        spent = time.thread_time_ns() - started
        site = f"{os.path.basename(caller.f_code.co_filename)}:{caller.f_lineno}"
        pattern = (self._rx.pattern or "<pruned by WordScan>")[:90]
        row = _Timed.stats[(site, method, pattern)]
        row[0] += 1
        row[1] += spent
        row[2] += 0 if out is None or out == [] else 1
        subject = args[0] if args else None
        text_key = (hash(subject), len(subject)) if isinstance(subject, str) else id(subject)
        key = (id(self._rx), method, text_key, args[1:], tuple(kw.items()))
        if key in _Timed.seen:
            _Timed.repeats[0] += 1
            _Timed.repeats[1] += spent
        else:
            _Timed.seen.add(key)
        return iter(out) if eager else out

    def search(self, *a: Any, **k: Any) -> Any:
        return self._call("search", a, k, False)

    def match(self, *a: Any, **k: Any) -> Any:
        return self._call("match", a, k, False)

    def fullmatch(self, *a: Any, **k: Any) -> Any:
        return self._call("fullmatch", a, k, False)

    def finditer(self, *a: Any, **k: Any) -> Any:
        return self._call("finditer", a, k, True)

    def findall(self, *a: Any, **k: Any) -> Any:
        return self._call("findall", a, k, False)

    def sub(self, *a: Any, **k: Any) -> Any:
        return self._call("sub", a, k, False)

    def split(self, *a: Any, **k: Any) -> Any:
        return self._call("split", a, k, False)


def _wrap_re() -> None:
    """Make `re.compile` (and the pruned copies of `WordScan`) give timed patterns."""
    import re._compiler as compiler

    plain_compile = re._compile  # type: ignore[attr-defined]
    plain_build = compiler.compile

    def timed_compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, _Timed):
            return pattern
        rx = plain_compile(pattern, flags)
        return rx if isinstance(rx, _Timed) else _Timed(rx)

    def timed_build(p: Any, flags: int = 0) -> Any:
        rx = plain_build(p, flags)
        return _Timed(rx) if isinstance(rx, re.Pattern) else rx

    re._compile = timed_compile  # type: ignore[attr-defined]
    compiler.compile = timed_build


def _sites(texts: list[str], top: int) -> None:
    os.environ["CITYTIES_PURE_PYTHON"] = "1"
    _wrap_re()
    from cityties.extraction import extract, gazetteer

    gazetteer.load()
    for text in texts:
        extract(text)
    _Timed.on = True
    started = time.thread_time_ns()
    for text in texts:
        extract(text)
    total = time.thread_time_ns() - started
    _Timed.on = False
    rows = _Timed.stats
    spent = sum(r[1] for r in rows.values())
    calls = sum(r[0] for r in rows.values())
    missed = sum(r[1] for r in rows.values() if r[2] == 0)
    print(f"pass {total / 1e9:.3f} s (timing included); re calls {calls}, {spent / 1e9:.3f} s")
    print(f"  at sites whose pattern never matched: {missed / 1e9:.3f} s")
    print(f"  exact repeats: {_Timed.repeats[0]} calls, {_Timed.repeats[1] / 1e9:.3f} s")
    by_site: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for (site, _, _), r in rows.items():
        by_site[site][0] += r[0]
        by_site[site][1] += r[1]
    print(f"\n== by call site ({len(by_site)} sites)")
    for site, (n, ns) in sorted(by_site.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"{ns / 1e6:8.1f} ms {100 * ns / spent:5.1f} % {n:7d} calls  {site}")
    print(f"\n== by pattern and method ({len(rows)})")
    for (site, method, pattern), (n, ns, hits) in sorted(rows.items(), key=lambda kv: -kv[1][1])[
        :top
    ]:
        print(f"{ns / 1e6:8.1f} ms {n:7d} calls {hits:7d} found  {method:9} {site}")
        print(f"      {pattern!r}")


def _callgrind_pass(texts: list[str]) -> None:
    from cityties.extraction import extract, gazetteer

    gazetteer.load()
    for text in texts:
        extract(text)

    def run(_a: Any, _b: Any) -> int:
        for text in texts:
            extract(text)
        return 0

    compare = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(run)
    pair = (ctypes.c_int * 2)(1, 2)
    ctypes.CDLL("libc.so.6").qsort(pair, 2, ctypes.sizeof(ctypes.c_int), compare)
    size = sum(len(t.encode("utf-8")) for t in texts)
    import cityties

    print(f"{len(texts)} texts, {size} bytes, compiled: {cityties.NATIVE}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--callgrind", action="store_true")
    args = parser.parse_args()
    files = args.files or development_texts()
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    if args.callgrind:
        _callgrind_pass(texts)
    else:
        _sites(texts, args.top)


if __name__ == "__main__":
    main()
