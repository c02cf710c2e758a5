"""The compiled engine (make native) runs only while it matches its sources."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from cityties import _native

PACKAGE = "ctnative_probe"


@pytest.fixture
def probe(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A source tree with one package and module, its manifest; sys.path and finders restored."""
    root = tmp_path / "src"
    (root / PACKAGE).mkdir(parents=True)
    (root / PACKAGE / "__init__.py").write_text("", encoding="utf-8")
    module = root / PACKAGE / "mod.py"
    module.write_text("WHERE = 'source'\n", encoding="utf-8")
    manifest = tmp_path / "_native.json"
    digest = hashlib.sha256(module.read_bytes()).hexdigest()
    manifest.write_text(
        json.dumps({"modules": [f"{PACKAGE}.mod"], "sources": {f"{PACKAGE}/mod.py": digest}}),
        encoding="utf-8",
    )
    finders = list(sys.meta_path)
    sys.path.insert(0, str(root))
    yield root, manifest
    sys.path.remove(str(root))
    sys.meta_path[:] = finders
    for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
        del sys.modules[name]


def test_native_stale_when_a_source_changes(probe: tuple[Path, Path]) -> None:
    """A manifest matches its sources until one is edited, removed, or it lists none."""
    root, manifest = probe
    data = json.loads(manifest.read_text(encoding="utf-8"))
    assert not _native.stale(data, root)
    (root / PACKAGE / "mod.py").write_text("WHERE = 'edited'\n", encoding="utf-8")
    assert _native.stale(data, root)
    (root / PACKAGE / "mod.py").unlink()
    assert _native.stale(data, root)
    assert _native.stale({"sources": {}}, root)


def test_native_guard_keeps_current_modules(
    probe: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every digest matching, the guard leaves the import system alone."""
    monkeypatch.delenv("CITYTIES_PURE_PYTHON", raising=False)
    root, manifest = probe
    before = list(sys.meta_path)
    assert _native.guard(manifest, root) is True
    assert sys.meta_path == before


@pytest.mark.parametrize("pure", [False, True])
def test_native_guard_loads_sources_when_stale_or_asked(
    probe: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, pure: bool
) -> None:
    """A stale manifest, or CITYTIES_PURE_PYTHON, makes the listed modules load from .py files."""
    root, manifest = probe
    if pure:
        monkeypatch.setenv("CITYTIES_PURE_PYTHON", "1")
    else:
        monkeypatch.delenv("CITYTIES_PURE_PYTHON", raising=False)
        (root / PACKAGE / "mod.py").write_text("WHERE = 'edited'\n", encoding="utf-8")
    assert _native.guard(manifest, root) is False
    assert _native.guard(manifest, root) is False  # a second call adds no second finder
    assert sum(isinstance(f, _native.SourceOnly) and f.root == root for f in sys.meta_path) == 1
    mod = importlib.import_module(f"{PACKAGE}.mod")
    assert mod.__file__ == str(root / PACKAGE / "mod.py")
    assert mod.WHERE == ("source" if pure else "edited")


def test_native_guard_without_manifest(tmp_path: Path) -> None:
    """No manifest (never built, or no compiler): nothing is hidden, the sources run."""
    before = list(sys.meta_path)
    assert _native.guard(tmp_path / "missing.json", tmp_path) is False
    assert sys.meta_path == before


def test_native_engine_uses_current_build() -> None:
    """When `make native` built the engine and nothing changed since, the engine's modules are
    the compiled ones (CI runs the code users run)."""
    manifest = Path(_native.__file__).with_name("_native.json")
    if not manifest.exists():
        pytest.skip("the engine was not compiled here (make native)")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    if _native.stale(data, Path(_native.__file__).parent.parent):
        pytest.skip("sources changed since make native: the pure-Python engine runs")
    import cityties
    from cityties.extraction.extractors import agreements

    assert agreements.__file__ is not None
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    assert agreements.__file__.endswith(suffix) == cityties.NATIVE
