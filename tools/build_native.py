"""Compile the extraction engine with mypyc: C extensions beside the sources (`make native`).

    .venv/bin/python tools/build_native.py [--check]

The engine is plain, strictly typed Python; mypyc (shipped with mypy) turns its modules into C
extensions that run the same code about a fifth faster. The extensions land beside their `.py`
files in src/ together with `src/cityties/_native.json`, which records the SHA-256 of every source
they were built from. `cityties._native` hides them as soon as any source differs, so an edited
`.py` file always runs as written; `CITYTIES_PURE_PYTHON=1` hides them too.

Without a C compiler or the Python headers the build is skipped with one line and the engine
runs as pure Python. `--check` only says whether the extensions match their sources (exit 1 when
they are missing or stale).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
WORK = ROOT / "build" / "native"
MANIFEST = SRC / "cityties" / "_native.json"
GROUP = "cityties_native"  # the shared library, a top-level module: src/cityties_native__mypyc.*.so

# Not compiled: package __init__ files, and modules that only run at build time or once per file
# (reading files, writing exports, error texts). Their speed does not matter.
SKIP = {"__init__.py", "gazetteer_build.py", "readers.py", "export.py", "errors.py"}

MYPY_INI = """\
[mypy]
python_version = 3.11
ignore_missing_imports = True
[mypy-cityties.extraction.*]
strict = True
[mypy-cityties.text]
strict = True
"""

SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

paths = sys.argv[1:]
sys.argv[1:] = ["build_ext", "--inplace", "--parallel", "2"]
setup(
    name="cityties-native",
    ext_modules=mypycify(
        ["--config-file", "mypy.ini", *paths], group_name="cityties_native", multi_file=True
    ),
)
"""


def sources() -> list[str]:
    """The modules to compile, as paths relative to src/."""
    found = [SRC / "cityties" / "text.py"]
    found += sorted((SRC / "cityties" / "extraction").rglob("*.py"))
    return [str(p.relative_to(SRC)) for p in found if p.name not in SKIP]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def built_files() -> list[Path]:
    """The compiled extensions now in src/ (ours: beside our sources, plus the shared library)."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    return sorted([*(SRC / "cityties").rglob(f"*{suffix}"), *SRC.glob(f"{GROUP}__mypyc*")])


def remove_built() -> None:
    for path in built_files():
        path.unlink()
    MANIFEST.unlink(missing_ok=True)


def toolchain_problem() -> str | None:
    """Why C extensions cannot be built here, or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.exists():
        return f"no Python headers ({include})"
    return None


def is_current() -> bool:
    """Whether the manifest exists and every recorded source still has its recorded digest."""
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))["sources"]
        return bool(recorded) and all(digest(SRC / rel) == h for rel, h in recorded.items())
    except (OSError, ValueError, KeyError, TypeError):
        return False


def build() -> int:
    problem = toolchain_problem()
    if problem:
        print(f"native: skipped, {problem}; the engine runs as pure Python (slower)")
        return 0
    paths = sources()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    for rel in ["cityties/__init__.py", "cityties/_native.py", "cityties/errors.py", *paths]:
        target = WORK / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(SRC / rel, target)
    for init in (SRC / "cityties" / "extraction").rglob("__init__.py"):
        target = WORK / init.relative_to(SRC)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(init, target)
    (WORK / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    (WORK / "setup.py").write_text(SETUP, encoding="utf-8")
    print(f"native: compiling {len(paths)} modules with mypyc (a few minutes)...", flush=True)
    log = WORK / "build.log"
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "setup.py", *paths], cwd=WORK, stdout=out, stderr=subprocess.STDOUT
        )
    if done.returncode != 0:
        remove_built()
        print(f"native: build failed, see {log}; the engine runs as pure Python (slower)")
        return 0
    remove_built()
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    for ext in sorted([*(WORK / "cityties").rglob(f"*{suffix}"), *WORK.glob(f"{GROUP}__mypyc*")]):
        shutil.copy2(ext, SRC / ext.relative_to(WORK))
    manifest = {
        "python": sys.version.split()[0],
        "modules": [rel[: -len(".py")].replace("/", ".") for rel in paths],
        "sources": {rel: digest(SRC / rel) for rel in paths},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"native: {len(paths)} modules compiled")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if missing or stale")
    args = parser.parse_args()
    if args.check:
        current = is_current()
        print("native: up to date" if current else "native: missing or stale")
        return 0 if current else 1
    if is_current():
        print("native: up to date")
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
