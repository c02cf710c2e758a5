"""The pattern cache read while the engine is imported (`cityties.extraction._pattern_cache`)
and `lower_pattern`, which rewrites the engine's patterns for lower-cased text."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cityties.extraction import _pattern_cache
from cityties.extraction.extractors._clauses import lower_pattern

# Patterns of the kinds the engine compiles (named groups, back references, flags, bytes),
# each with a text it is tried on; unique to this test so `re`'s own cache has none of them.
CASES: list[tuple[str | bytes, int, str | bytes]] = [
    (
        r"(?P<city>[A-Z]\w+) twinned with (?P<partner>[A-Z]\w+) \(cache-test-1\)",
        0,
        "Ghent twinned with Kumamoto (cache-test-1)",
    ),
    (
        r"(?:partnerstad|jumelée|Partnerstadt)\s+(\d{4})(?#cache-test-2)",
        re.IGNORECASE,
        "Die PARTNERSTADT 1996 seit",
    ),
    (r"(?m)^(?P<q>[\"'])(?P<t>.+?)(?P=q)$(?#cache-test-3)", 0, "'Memorandum of Understanding'"),
    (r"""(?x) \d{1,3} (?: [.,] \d{3} )+   # cache-test-4""", 0, "inwoners: 263.608"),
    (rb" (?:sign|renew)\w* (?#cache-test-5)", 0, b" signed the "),
]


def _compile_all() -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()
    return [re.compile(p, f) for p, f, _ in CASES]


def test_cached_patterns_equal_fresh_ones(tmp_path: Path) -> None:
    """Patterns built from the cache equal those `re` compiles, with the same groups and
    matches: the first import writes the cache, the second reads every pattern from it."""
    fresh = _compile_all()
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        missed = _compile_all()
    path = _pattern_cache.cache_file(tmp_path)
    assert path is not None and path.is_file()
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        cached = _compile_all()
    for rx, a, b, (_, _, text) in zip(fresh, missed, cached, CASES, strict=True):
        assert a == rx and b == rx
        assert b.groupindex == rx.groupindex and b.groups == rx.groups and b.flags == rx.flags
        m, n = rx.search(text), b.search(text)  # type: ignore[arg-type]
        assert m is not None and n is not None and m.groups() == n.groups()


def test_cached_patterns_build_a_warm_pattern_from_the_file(tmp_path: Path) -> None:
    """A warm window takes each pattern from the file without compiling it: an entry holding
    another pattern's code is what the second window returns, and a warm window that misses
    nothing leaves the file untouched."""
    aaa, bbb = "Leuven-Krakow (cache-test-7)", "Rennes-Poznan (cache-test-8)"
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        re.purge()
        re.compile(aaa)
        re.compile(bbb)
    path = _pattern_cache.cache_file(tmp_path)
    assert path is not None
    stamp = path.stat().st_mtime_ns
    re.purge()
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        re.compile(aaa)
        re.compile(bbb)
    assert path.stat().st_mtime_ns == stamp
    entries = marshal.loads(path.read_bytes())
    entries[(False, aaa, 0)] = entries[(False, bbb, 0)]
    path.write_bytes(marshal.dumps(entries))
    re.purge()
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        poisoned = re.compile(aaa)
    re.purge()
    assert poisoned.search("Rennes-Poznan cache-test-8") is not None
    assert poisoned.search("Leuven-Krakow cache-test-7") is None


def test_cached_patterns_keep_parse_warnings(tmp_path: Path) -> None:
    """A pattern whose parse warns warns on a cold and on a warm cache, as `re.compile` does,
    and the pattern is never stored."""
    nested = r"[[Tartu]-Turku (cache-test-9)"
    for _ in range(2):
        re.purge()
        with (
            _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)),
            pytest.warns(FutureWarning, match="Possible nested set"),
        ):
            re.compile(nested)
    re.purge()
    path = _pattern_cache.cache_file(tmp_path)
    assert path is None or not path.is_file() or nested not in str(marshal.loads(path.read_bytes()))


def test_cached_patterns_leave_other_modules_alone(tmp_path: Path) -> None:
    """Only patterns compiled by code of the named packages are cached: a pattern compiled by
    this module in a window for `cityties` is not stored."""
    re.purge()
    with _pattern_cache.cached_patterns(tmp_path, packages=("cityties",)):
        re.compile(r"Aarhus-Turku (cache-test-10)")
    re.purge()
    path = _pattern_cache.cache_file(tmp_path)
    assert path is not None and not path.is_file()


_BYTES_AND_STR = """
import re, sys
from pathlib import Path
from cityties.extraction import _pattern_cache
for _ in range(2):
    re.purge()
    with _pattern_cache.cached_patterns(Path(sys.argv[1]), packages=("__main__",)):
        a = re.compile("Mechelen-Leiden (cache-test-11)")
        b = re.compile(b"Mechelen-Leiden (cache-test-11)")
    assert isinstance(a.pattern, str) and isinstance(b.pattern, bytes)
print("ok")
"""


def test_cached_patterns_keep_str_and_bytes_apart_under_bb(tmp_path: Path) -> None:
    """Under `python -bb` a str and a bytes pattern of the same text compile, cold and warm
    (their keys are never compared with each other)."""
    done = subprocess.run(
        [sys.executable, "-bb", "-c", _BYTES_AND_STR, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_pattern_cache_switch_turns_the_cache_off(tmp_path: Path) -> None:
    """`CITYTIES_PATTERN_CACHE=0` imports the engine without reading or writing the cache; the
    default writes it."""
    for switch, written in (("0", False), ("1", True)):
        cache_dir = tmp_path / switch
        env = {**os.environ, "CITYTIES_CACHE_DIR": str(cache_dir), "CITYTIES_PATTERN_CACHE": switch}
        subprocess.run([sys.executable, "-c", "import cityties.extraction"], env=env, check=True)
        path = _pattern_cache.cache_file(cache_dir)
        assert path is not None and path.is_file() is written


def test_cached_patterns_restore_re_after_the_block(tmp_path: Path) -> None:
    """After the block `re` compiles as before, and a bad pattern still raises `re.error`
    inside the block."""
    before = re._compiler.compile  # type: ignore[attr-defined]
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)), pytest.raises(re.error):
        re.compile(r"(?P<open>unclosed (cache-test-6)")
    assert re._compiler.compile is before  # type: ignore[attr-defined]


def test_cached_patterns_damaged_file_compiles_as_usual(tmp_path: Path) -> None:
    """A damaged cache file is ignored: patterns compile as usual and the file is rewritten."""
    path = _pattern_cache.cache_file(tmp_path)
    assert path is not None
    path.write_bytes(b"\x00not marshal")
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        got = _compile_all()
    re.purge()
    assert got == [re.compile(p, f) for p, f, _ in CASES]
    with _pattern_cache.cached_patterns(tmp_path, packages=(__name__,)):
        assert _compile_all() == got


@pytest.mark.parametrize(
    ("pattern", "lowered"),
    [
        (
            r"(?P<Partner>Sister City|Jumelage)\s+(?P=Partner)",
            r"(?P<Partner>sister city|jumelage)\s+(?P=Partner)",
        ),
        (r"(?-i:MoU)\W+Städtepartnerschaft\D", r"(?:mou)\W+städtepartnerschaft\D"),
        (r"\\ABC\(Gent\)", r"\\abc\(gent\)"),
        ("ΟΔΟΣ|Σ(?P<Σn>ΑΣ)", "οδοσ|σ(?P<Σn>ασ)"),
        ("Trailing\\", "trailing\\"),
    ],
)
def test_lower_pattern_keeps_names_and_escapes(pattern: str, lowered: str) -> None:
    """`lower_pattern` lowers letters outside group names, back references and escapes,
    character by character (a capital sigma is never read as a final one), and opens a
    case-sensitive group as a plain one."""
    assert lower_pattern(pattern) == lowered
