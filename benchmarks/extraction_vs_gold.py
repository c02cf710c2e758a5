"""Extraction quality and speed: `make bench-extract` (a benchmark, never a test; it never fails
on scores or speed).

    python benchmarks/extraction_vs_gold.py [--shared DIR] [--min-mb 5]

1. Runs `cityties extract --out` over SHARED/eval/dev/*.txt and scores the output with
   SHARED/eval/score.py (its own table is printed), then the seed SHARED/seeds/city-of-ghent.txt
   against SHARED/eval/dev/city-of-ghent.gold.json.
2. Throughput on one core, in a fresh process pinned to one CPU: the dev texts repeated to at
   least --min-mb MB (1 MB = 10^6 bytes of UTF-8), each text one `extract()` call, after the
   gazetteer is loaded and every text was extracted once; documents/s, MB/s, the process's peak
   RSS, and spaCy's blank English tokenizer over the same texts in the same process, with the
   ratio of the two speeds (`tokenizer_ratio` = engine MB/s / tokenizer MB/s). Speeds are per
   CPU second of the pinned, single-threaded process, so that other work on a shared machine
   does not count against them; the wall-clock figures are printed beside them.
3. The gazetteer load time in a fresh process (importing the module and `load()`).

The last line printed is one JSON object, with seed and dev holding score.py's F1 per kind:
{"seed": {...}, "dev": {...}, "mb_per_s": ..., "load_s": ..., "peak_rss_mb": ...,
 "tokenizer_ratio": ...}
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

KINDS = ("agreements", "agreements_strict", "visits", "figures", "contacts")
MB = 1_000_000
# Keep numeric libraries to the one core the measurement is about.
_ONE_THREAD = {
    name: "1"
    for name in (
        "OMP_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MKL_NUM_THREADS",
        "NUMEXPR_NUM_THREADS",
    )
}


def _cityties(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the `cityties` command of this interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "cityties.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def extract_to_dir(files: list[Path], out_dir: Path) -> str:
    """`cityties extract --out out_dir FILE...`; returns its stderr (one line per bad file)."""
    proc = _cityties("extract", "--out", str(out_dir), *map(str, files))
    return proc.stderr


def score(
    score_py: Path, gold: Path, found: Path, *, quiet: bool = False
) -> tuple[str, dict[str, float]]:
    """Run score.py (a folder pair when `gold` is a folder); its printed table and F1 per kind."""
    args = ["--dir"] if gold.is_dir() else []
    if quiet:
        args.append("--quiet")
    proc = subprocess.run(
        [sys.executable, str(score_py), *args, str(gold), str(found), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    lines = proc.stdout.rstrip("\n").split("\n")
    try:
        totals = json.loads(lines[-1])
    except (json.JSONDecodeError, IndexError):
        return proc.stdout + proc.stderr, {}
    table = "\n".join(lines[:-1])
    return table, {kind: round(float(totals[kind]), 3) for kind in KINDS if kind in totals}


def repeated(texts: list[str], *, min_bytes: int) -> list[str]:
    """The texts repeated in order until they hold at least `min_bytes` bytes of UTF-8."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    if not texts or size == 0:
        return []
    return texts * max(1, -(-min_bytes // size))


def _peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def measure_throughput(texts: list[str], *, min_bytes: int) -> dict[str, Any]:
    """Extraction and spaCy-tokenizer speed over `texts` repeated to `min_bytes`, in-process."""
    from cityties import NATIVE
    from cityties.extraction import extract

    try:
        from cityties.extraction import gazetteer
    except ImportError:
        pass
    else:
        gazetteer.load()
    for text in texts:  # warm-up: lazy loads, compiled patterns
        extract(text)
    corpus = repeated(texts, min_bytes=min_bytes)
    size = sum(len(t.encode("utf-8")) for t in corpus)
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in corpus:
        extract(text)
    elapsed = time.perf_counter() - started
    cpu = max(time.process_time() - cpu_started, 1e-9)
    peak = _peak_rss_mb()

    import spacy

    tokenizer = spacy.blank("en").tokenizer
    tokenizer(texts[0])
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in corpus:
        tokenizer(text)
    tok_elapsed = time.perf_counter() - started
    tok_cpu = max(time.process_time() - cpu_started, 1e-9)
    mb_per_s = size / MB / cpu
    tok_mb_per_s = size / MB / tok_cpu
    return {
        "documents": len(corpus),
        "mb": size / MB,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "docs_per_s": len(corpus) / cpu,
        "mb_per_s": mb_per_s,
        "wall_mb_per_s": size / MB / elapsed,
        "peak_rss_mb": peak,
        "tokenizer_mb_per_s": tok_mb_per_s,
        "tokenizer_wall_mb_per_s": size / MB / tok_elapsed,
        "tokenizer_ratio": mb_per_s / tok_mb_per_s,
        "native": NATIVE,
    }


def _throughput_child(dev: Path, min_bytes: int) -> int:
    """Entry of the fresh, one-core process that measures throughput; prints one JSON line."""
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
    print(json.dumps(measure_throughput(texts, min_bytes=min_bytes)))
    return 0


def throughput(dev: Path, *, min_bytes: int, pure: bool = False) -> dict[str, Any]:
    """measure_throughput() in a fresh process pinned to one core; `pure` hides the compiled
    modules (`make native`), so the pure-Python engine is timed."""
    extra = {"CITYTIES_PURE_PYTHON": "1"} if pure else {}
    proc = subprocess.run(
        [sys.executable, __file__, "--throughput-child", str(dev), "--min-bytes", str(min_bytes)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **_ONE_THREAD, **extra},
        check=False,
    )
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit status {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def load_time() -> dict[str, Any]:
    """Seconds to import the gazetteer module and load() it in a fresh process."""
    code = (
        "import json, time\n"
        "t0 = time.perf_counter()\n"
        "from cityties.extraction import gazetteer\n"
        "t1 = time.perf_counter()\n"
        "gazetteer.load()\n"
        "t2 = time.perf_counter()\n"
        "print(json.dumps({'import_s': t1 - t0, 'load_s': t2 - t1, 'total_s': t2 - t0}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else f"exit status {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# Our own corpora (benchmarks/corpus*/README.md): texts written for the project with gold.
# corpus3 and corpus44 are the held-out checks: only their totals are looked at while the engine
# changes (corpus44 is written blind, by an engineer who never changes the engine). corpus25 ..
# corpus43, written blind the same way, were each measured blind and then released as
# development material.
_HERE = Path(__file__).resolve().parent
OWN_CORPORA = (
    ("corpus/tune", _HERE / "corpus" / "tune"),
    ("corpus/holdout", _HERE / "corpus" / "holdout"),
    ("corpus2", _HERE / "corpus2"),
    ("corpus4 (visits)", _HERE / "corpus4"),
    ("corpus5 (agreements only)", _HERE / "corpus5"),
    ("corpus6 (figures only)", _HERE / "corpus6"),
    ("corpus7 (visits)", _HERE / "corpus7"),
    ("corpus8 (agreements)", _HERE / "corpus8"),
    ("corpus9 (figures)", _HERE / "corpus9"),
    ("corpus10 (agreements)", _HERE / "corpus10"),
    ("corpus11 (visits)", _HERE / "corpus11"),
    ("corpus12 (figures)", _HERE / "corpus12"),
    ("corpus13 (agreements)", _HERE / "corpus13"),
    ("corpus14 (visits and figures)", _HERE / "corpus14"),
    ("corpus15 (agreements)", _HERE / "corpus15"),
    ("corpus16 (agreements)", _HERE / "corpus16"),
    ("corpus17 (visits)", _HERE / "corpus17"),
    ("corpus18 (figures)", _HERE / "corpus18"),
    ("corpus19 (mixed, EN/NL)", _HERE / "corpus19"),
    ("corpus20 (mixed, FR/DE)", _HERE / "corpus20"),
    ("corpus21 (organisations as parties)", _HERE / "corpus21"),
    ("corpus22 (parties across sentences)", _HERE / "corpus22"),
    ("corpus23 (visits and figures)", _HERE / "corpus23"),
    ("corpus24 (French and German)", _HERE / "corpus24"),
    ("corpus25 (written blind, released)", _HERE / "corpus25"),
    ("corpus26 (written blind, released)", _HERE / "corpus26"),
    ("corpus27 (written blind, released)", _HERE / "corpus27"),
    ("corpus28 (written blind, released)", _HERE / "corpus28"),
    ("corpus29 (written blind, released)", _HERE / "corpus29"),
    ("corpus30 (written blind, released)", _HERE / "corpus30"),
    ("corpus31 (written blind, released)", _HERE / "corpus31"),
    ("corpus32 (written blind, released)", _HERE / "corpus32"),
    ("corpus33 (written blind, released)", _HERE / "corpus33"),
    ("corpus34 (written blind, released)", _HERE / "corpus34"),
    ("corpus35 (written blind, released)", _HERE / "corpus35"),
    ("corpus36 (written blind, released)", _HERE / "corpus36"),
    ("corpus37 (written blind, released)", _HERE / "corpus37"),
    ("corpus38 (written blind, released)", _HERE / "corpus38"),
    ("corpus39 (written blind, released)", _HERE / "corpus39"),
    ("corpus40 (written blind, released)", _HERE / "corpus40"),
    ("corpus41 (written blind, released)", _HERE / "corpus41"),
    ("corpus42 (written blind, released)", _HERE / "corpus42"),
    ("corpus43 (written blind, released)", _HERE / "corpus43"),
    ("corpus3 (held out)", _HERE / "corpus3"),
    ("corpus44 (held out, written blind)", _HERE / "corpus44"),
)


def _round(value: Any, digits: int = 3) -> Any:
    return round(value, digits) if isinstance(value, float) else value


def run(
    *,
    dev: Path,
    seed: Path,
    seed_gold: Path,
    score_py: Path,
    min_bytes: int = 5 * MB,
    own_corpora: tuple[tuple[str, Path], ...] = OWN_CORPORA,
) -> dict[str, Any]:
    """The whole benchmark; prints its report and returns the summary of the last line."""
    with tempfile.TemporaryDirectory(prefix="cityties-bench-") as tmp:
        found = Path(tmp) / "dev"
        errors = extract_to_dir(sorted(dev.glob("*.txt")), found)
        print(f"== cityties extract --out over {dev}")
        if errors:
            print(errors.rstrip())
        table, dev_f1 = score(score_py, dev, found)
        print(table)

        seed_out = Path(tmp) / "seed"
        errors = extract_to_dir([seed], seed_out)
        print(f"\n== seed: {seed} against {seed_gold}")
        if errors:
            print(errors.rstrip())
        table, seed_f1 = score(score_py, seed_gold, seed_out / f"{seed.stem}.json")
        print(table)

        corpora: dict[str, dict[str, float]] = {}
        for name, folder in own_corpora:
            texts = sorted(folder.glob("*.txt"))
            if not texts:
                continue
            out = Path(tmp) / name.replace("/", "-")
            errors = extract_to_dir(texts, out)
            print(f"\n== {name}: {len(texts)} documents written for CityTies ({folder})")
            if errors:
                print(errors.rstrip())
            table, corpora[name] = score(score_py, folder, out, quiet=True)
            print(table)

    speed = throughput(dev, min_bytes=min_bytes)
    print("\n== throughput on one core (dev texts repeated, in-process, gazetteer loaded)")
    if "error" in speed:
        print(f"failed: {speed['error']}")
    else:
        print(
            f"{speed['documents']} documents, {speed['mb']:.2f} MB in {speed['cpu_seconds']:.2f} "
            f"CPU s: {speed['docs_per_s']:.1f} documents/s, {speed['mb_per_s']:.3f} MB/s "
            f"(wall clock {speed['seconds']:.2f} s, {speed['wall_mb_per_s']:.3f} MB/s)"
        )
        print(f"peak RSS of the extraction process: {speed['peak_rss_mb']:.0f} MB")
        if speed.get("native"):
            pure = throughput(dev, min_bytes=min_bytes, pure=True)
            print(
                "engine compiled with mypyc (make native); the same code as pure Python: "
                f"{pure.get('mb_per_s', float('nan')):.3f} MB/s"
            )
        else:
            print("engine ran as pure Python (no compiled modules: see make native)")
        print(
            f"spaCy blank('en') tokenizer on the same texts: "
            f"{speed['tokenizer_mb_per_s']:.3f} MB/s "
            f"(wall clock {speed['tokenizer_wall_mb_per_s']:.3f} MB/s); "
            f"engine/tokenizer = {speed['tokenizer_ratio']:.3f}"
        )
    load = load_time()
    print("\n== gazetteer load in a fresh process")
    if "error" in load:
        print(f"failed: {load['error']}")
    else:
        print(
            f"{load['total_s']:.2f} s (import {load['import_s']:.2f} s, "
            f"load() {load['load_s']:.2f} s)"
        )
    return {
        "seed": seed_f1,
        "dev": dev_f1,
        "mb_per_s": _round(speed.get("mb_per_s")),
        "load_s": _round(load.get("total_s")),
        "peak_rss_mb": _round(speed.get("peak_rss_mb"), 1),
        "tokenizer_ratio": _round(speed.get("tokenizer_ratio")),
        "native": bool(speed.get("native")),
        "corpora": corpora,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared", help="the shared folder (../shared)")
    parser.add_argument("--min-mb", type=float, default=5.0, help="MB of text to time (5)")
    parser.add_argument("--throughput-child", metavar="DEV", help=argparse.SUPPRESS)
    parser.add_argument("--min-bytes", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.throughput_child:
        return _throughput_child(Path(args.throughput_child), args.min_bytes or 5 * MB)
    shared = Path(args.shared)
    dev = shared / "eval" / "dev"
    paths = {
        "dev": dev,
        "seed": shared / "seeds" / "city-of-ghent.txt",
        "seed_gold": dev / "city-of-ghent.gold.json",
        "score_py": shared / "eval" / "score.py",
    }
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        print(f"bench-extract: not found: {', '.join(missing)} (use --shared DIR)", file=sys.stderr)
        return 2
    summary = run(**paths, min_bytes=int(args.min_mb * MB))
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
