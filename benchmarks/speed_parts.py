"""CPU time per extractor, for speed work (not a test; prints figures).

    .venv/bin/python benchmarks/speed_parts.py [--repeat N] [FILE ...]

Runs the whole pipeline over the files (default: ../shared/eval/dev/*.txt, else demo/*.txt)
repeated N times (default 20) after one warm-up pass, and prints each extractor's CPU seconds,
its share, and the total MB/s on one core. The machine is shared: compare a change with its base
in the same minute (alternate the two a few times), and pin to one core with `taskset -c 1`.
"""

from __future__ import annotations

import argparse
import glob
import time
from pathlib import Path

MB = 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    files = args.files or sorted(glob.glob(str(root.parent / "shared/eval/dev/*.txt")))
    files = files or sorted(glob.glob(str(root / "demo/*.txt")))
    texts = [Path(f).read_text(encoding="utf-8") for f in files]

    from cityties.extraction import extract, gazetteer, registry
    from cityties.extraction.pipeline import PIPELINE

    gazetteer.load()
    spent: dict[str, float] = dict.fromkeys(PIPELINE, 0.0)
    for name in PIPELINE:
        ext = registry.get(name)
        inner = ext.func

        def timed(doc: object, _inner: object = inner, _name: str = name) -> None:
            started = time.process_time()
            _inner(doc)  # type: ignore[operator]
            spent[_name] += time.process_time() - started

        object.__setattr__(ext, "func", timed)
    for text in texts:
        extract(text)
    spent.update(dict.fromkeys(PIPELINE, 0.0))
    corpus = texts * args.repeat
    size = sum(len(t.encode("utf-8")) for t in corpus)
    started = time.process_time()
    for text in corpus:
        extract(text)
    total = time.process_time() - started
    for name in PIPELINE:
        print(f"{name:28} {spent[name]:7.3f} s {100 * spent[name] / total:5.1f} %")
    rest = total - sum(spent.values())
    print(f"{'(outside extractors)':28} {rest:7.3f} s {100 * rest / total:5.1f} %")
    print(f"total {total:.3f} s for {size / MB:.2f} MB: {size / MB / total:.3f} MB/s")


if __name__ == "__main__":
    main()
