"""The extraction's module-level patterns, by time spent in them per pass, with what their
opening gives `re` to skip to (for speed work; not a test, prints figures).

    PYTHONPATH=src .venv/bin/python tools/regex_openings.py [--passes N] [--top K] [FILE ...]

Every compiled pattern held by a module of `cityties.extraction.extractors` (or `doc`), also
in a dict's values, is wrapped so that its calls are counted and timed (a finditer is timed
over all its matches); then the files (default: ../shared/eval/dev/*.txt) are extracted N
times after one warm-up pass. The opening column tells what `re` searches with:

- prefix: a literal prefix (fast skip to it),
- charset: a set of first characters (skip to one of them),
- width0: the pattern can match nothing (no skipping),
- none:OP: the first operation gives no first character (a look-behind ASSERT_NOT/ASSERT, a
  BRANCH of alternatives without one common first set, an IN_UNI_IGNORE class, an AT anchor):
  `search` tries a match at every position of its window. For `match`/`fullmatch` calls the
  opening does not matter.

A costly `none:` pattern searched over long windows can often be written to open with its
first characters (`_clauses.first_chars`) with the same matches.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import pkgutil
import re
import time
from collections import defaultdict
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def opening(p: re.Pattern[str]) -> str:
    """What `re` gets from the pattern's opening to skip to (see the module docstring)."""
    tree = _parser.parse(p.pattern, p.flags)
    flags = tree.state.flags
    if tree.getwidth()[0] == 0:
        return "width0"
    if _compiler._get_literal_prefix(tree, flags)[0]:
        return "prefix"
    if _compiler._get_charset_prefix(tree, flags):
        return "charset"
    return f"none:{tree.data[0][0] if tree.data else '-'}"


class _Counted:
    """A pattern whose calls are counted and timed; anything else goes to the pattern."""

    def __init__(self, p: re.Pattern[str], name: str, calls: Any, spent: Any) -> None:
        self._p, self._name, self._calls, self._spent = p, name, calls, spent
        for method in _METHODS:
            setattr(self, method, self._timed(method))

    def _timed(self, method: str) -> Any:
        inner = getattr(self._p, method)

        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            result = inner(*args, **kwargs)
            if method == "finditer":
                result = iter(list(result))
            self._spent[self._name] += time.perf_counter() - started
            self._calls[self._name] += 1
            return result

        return call

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._p, attr)

    def __hash__(self) -> int:
        return hash(self._p)

    def __eq__(self, other: object) -> bool:
        return self._p == (other._p if isinstance(other, _Counted) else other)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    files = args.files or sorted(glob.glob(str(root.parent / "shared/eval/dev/*.txt")))
    texts = [Path(f).read_text(encoding="utf-8") for f in files]

    import cityties.extraction.doc as doc_module
    import cityties.extraction.extractors as package
    from cityties.extraction import extract, gazetteer

    modules = [
        importlib.import_module(f"{package.__name__}.{m.name}")
        for m in pkgutil.iter_modules(package.__path__)
    ]
    modules.append(doc_module)
    gazetteer.load()
    calls: dict[str, int] = defaultdict(int)
    spent: dict[str, float] = defaultdict(float)
    patterns: dict[str, re.Pattern[str]] = {}
    for module in modules:
        for attr, value in list(vars(module).items()):
            name = f"{module.__name__.rsplit('.', 1)[-1]}.{attr}"
            if isinstance(value, re.Pattern):
                patterns[name] = value
                setattr(module, attr, _Counted(value, name, calls, spent))
            elif isinstance(value, dict):
                for key, item in list(value.items()):
                    if isinstance(item, re.Pattern):
                        patterns[f"{name}[{key}]"] = item
                        value[key] = _Counted(item, f"{name}[{key}]", calls, spent)
                    elif isinstance(item, tuple) and item and isinstance(item[0], re.Pattern):
                        patterns[f"{name}[{key}]"] = item[0]
                        counted = _Counted(item[0], f"{name}[{key}]", calls, spent)
                        value[key] = (counted, *item[1:])
    for text in texts:
        extract(text)
    calls.clear()
    spent.clear()
    for _ in range(args.passes):
        for text in texts:
            extract(text)
    n = args.passes
    print(f"{sum(spent.values()) / n * 1000:.1f} ms per pass in {len(patterns)} patterns")
    for name in sorted(patterns, key=lambda k: -spent[k])[: args.top]:
        if calls[name]:
            p = patterns[name]
            print(
                f"{spent[name] / n * 1000:7.3f} ms {calls[name] / n:7.0f} calls "
                f"{opening(p):20} {name:45} {p.pattern[:70]!r}"
            )


if __name__ == "__main__":
    main()
