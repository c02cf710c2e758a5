"""A disk cache of the regular expressions that `cityties` modules compile while the engine is
imported.

Importing the extractors compiles about 1,800 patterns, many of them long word alternations;
Python's `re` parses and compiles each one in pure Python, which is most of the engine's import
time. What `re` hands to the C matcher (`_sre.compile`) is a list of code words that depends
only on the pattern text, the flags and the Python build, so `cached_patterns()` keeps it in
`$CITYTIES_CACHE_DIR` (beside the gazetteer cache): while the context is open, `re` builds each
pattern from its stored code when it has it, and compiles (and remembers) the others. The
patterns are the same objects `re` would build (equal by `==`: same pattern, flags and code).

The hook on `re._compiler.compile` is process-global while the context is open, but only
patterns compiled by code of the given packages (`cityties` by default, the first caller outside
`re`) are read from or written to the cache; those of other modules and threads are compiled as
usual. A pattern whose parse emits a warning is never stored, so it warns on every import as
with `re.compile`. `CITYTIES_PATTERN_CACHE=0` turns the cache off (read in
`cityties.extraction` beside `CITYTIES_CACHE_DIR`).

The file is named after the exact Python build (`sys.hexversion`, the implementation) and `re`'s
code magic, holds only the patterns of the last import that missed one (patterns of edited
sources drop out), and is written atomically. Its entries are not checked against their
patterns: like the gazetteer cache, the cache folder is trusted and must not be writable by
other users. Anything unexpected (another `re` layout, an unreadable file) turns the cache off:
patterns are then compiled as usual.

The cache changes no work after the import: every pattern of the engine's modules compares
equal (`==`: pattern, flags and code) with and without it, and callgrind counts the same
instructions for the same warm passes over the development texts with it on and off (0.06 %
apart, all of it in malloc and free: another heap layout). Timed runs that differ by a few per
cent either way are the noise of a shared machine.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import platform
import sys
import threading
import warnings
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from re import DEBUG, error
from types import FrameType
from typing import Any, Final

__all__ = ["cache_file", "cached_patterns"]

# Keys are (is bytes, pattern, flags), as `re._compile` keys its own cache: a str and a bytes
# pattern of the same text are never compared (under `python -bb` that raises). Entries are
# (flags, code words as uint32 bytes, groups - 1, groupindex, indexgroup).
_Key = tuple[bool, str | bytes, int]
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_LOCK = threading.Lock()
_DEBUG: Final = int(DEBUG)


def _re_internals() -> tuple[Any, Any, Any] | None:
    """`re._compiler`, `re._parser` and `_sre` when they have the layout this cache needs."""
    try:
        compiler = importlib.import_module("re._compiler")
        parser = importlib.import_module("re._parser")
        sre = importlib.import_module("_sre")
    except ImportError:
        return None
    needed = (
        callable(getattr(compiler, "compile", None))
        and callable(getattr(compiler, "_code", None))
        and callable(getattr(parser, "parse", None))
        and callable(getattr(sre, "compile", None))
        and isinstance(getattr(sre, "MAGIC", None), int)
        and getattr(sre, "CODESIZE", None) == 4
    )
    return (compiler, parser, sre) if needed else None


def cache_file(cache_dir: Path) -> Path | None:
    """The cache file for this Python and `re` in `cache_dir` (None when the cache is off)."""
    internals = _re_internals()
    if internals is None:
        return None
    build = f"{platform.python_implementation().lower()}-{sys.hexversion:08x}"
    return cache_dir / f"patterns-{build}-{internals[2].MAGIC}.marshal"


def _read(path: Path) -> dict[_Key, _Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, entries: dict[_Key, _Entry]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(entries))
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs time


_IMPORT_MACHINERY: Final = ("importlib._bootstrap", "importlib._bootstrap_external")


def _in_packages(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(f"{p}.") for p in packages)


def _module_being_loaded(frame: FrameType | None) -> str | None:
    """The name of the module the import machinery is executing, from its `_load_unlocked`
    frame (a module compiled to C, as mypyc builds the engine, runs without frames of its own:
    the first caller outside `re` is then the import machinery)."""
    while frame is not None:
        if frame.f_code.co_name == "_load_unlocked":
            spec = frame.f_locals.get("spec")
            name = getattr(spec, "name", None)
            return name if isinstance(name, str) else None
        frame = frame.f_back
    return None


def _called_from(packages: tuple[str, ...]) -> bool:
    """Whether the first caller outside `re` is a module of one of `packages` (or, for a
    module compiled to C, the module the import machinery is loading is one)."""
    frame: FrameType | None = sys._getframe(2)  # the caller of `compile_cached`
    while frame is not None:
        name = frame.f_globals.get("__name__")
        if not isinstance(name, str):
            return False
        if name in _IMPORT_MACHINERY:
            loading = _module_being_loaded(frame)
            return loading is not None and _in_packages(loading, packages)
        if name != "re" and not name.startswith("re."):
            return _in_packages(name, packages)
        frame = frame.f_back
    return False


@contextlib.contextmanager
def cached_patterns(cache_dir: Path, packages: tuple[str, ...] = ("cityties",)) -> Iterator[None]:
    """While open, `re` builds the patterns compiled by modules of `packages` from the cache
    in `cache_dir` (see the module)."""
    internals = _re_internals()
    path = cache_file(cache_dir)
    if internals is None or path is None or not _LOCK.acquire(blocking=False):
        yield
        return
    compiler, parser, sre = internals
    original: Callable[..., Any] = compiler.compile
    stored = _read(path)
    used: dict[_Key, _Entry] = {}
    missed = [0]

    def compile_cached(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, (str, bytes)) or flags & _DEBUG or not _called_from(packages):
            return original(p, flags)
        key = (type(p) is bytes, p, int(flags))
        entry = stored.get(key)
        if entry is not None:
            with contextlib.suppress(TypeError, ValueError, RuntimeError):
                final, words, groups, groupindex, indexgroup = entry
                rx = sre.compile(
                    p, final, array("I", words).tolist(), groups, groupindex, indexgroup
                )
                used[key] = entry
                return rx
        try:
            with warnings.catch_warnings(record=True) as warned:
                warnings.simplefilter("always")
                parsed = parser.parse(p, flags)
        except error:
            raise
        except Exception:  # another layout of `re` than this module knows: no cache
            return original(p, flags)
        if warned:  # compiled as usual, so that it warns as usual; never stored
            return original(p, flags)
        try:
            code = compiler._code(parsed, flags)
            groups = parsed.state.groups
            groupindex = dict(parsed.state.groupdict)
            names: list[str | None] = [None] * groups
            for name, i in groupindex.items():
                names[i] = name
            final = flags | parsed.state.flags
            rx = sre.compile(p, final, code, groups - 1, groupindex, tuple(names))
            words = array("I", code).tobytes()
        except error:
            raise
        except Exception:
            return original(p, flags)
        used[key] = (final, words, groups - 1, groupindex, tuple(names))
        missed[0] += 1
        return rx

    compiler.compile = compile_cached
    try:
        yield
    finally:
        compiler.compile = original
        _LOCK.release()
        if missed[0]:
            _write(path, used)
