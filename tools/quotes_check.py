"""Lines of the code, tests and docs that share a run of six words with a corpus text.

Runs that three or more corpus texts share are phrases of the genre ("signed a memorandum of
understanding with") and are not counted. The project may use the facts of the texts in
../shared, never their sentences (tests are texts the team writes). Prints one line per hit
(file:line and the shared run) and the number of hits. The held-out sets (rows marked "held out" in
benchmarks/extraction_vs_gold.py) are left out, so nothing of theirs is printed.

    .venv/bin/python tools/quotes_check.py [--shared ../shared] [--since COMMIT] [--own]

Without --own only the texts of ../shared (written by others: their facts may be used, never
their sentences) are compared; with it, the project's own corpora too.

With --since, only lines added since COMMIT are checked.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+", re.UNICODE)
N = 8


def _runs(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def _held_out() -> set[str]:
    bench = (ROOT / "benchmarks" / "extraction_vs_gold.py").read_text(encoding="utf-8")
    return set(re.findall(r'"(corpus\d+) \(held out', bench))


def _corpus_texts(shared: Path, own: bool) -> list[Path]:
    held = _held_out()
    texts = sorted(shared.rglob("*.txt")) if shared.is_dir() else []
    if not own:
        return texts
    for p in sorted((ROOT / "benchmarks").rglob("*.txt")):
        if any(part in held for part in p.relative_to(ROOT).parts):
            continue
        texts.append(p)
    return texts


def _added_lines(since: str) -> dict[str, set[int]]:
    out = subprocess.run(
        ["git", "diff", "-U0", since, "--", "src", "tests", "docs", "tools", "README.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    added: dict[str, set[int]] = {}
    path = ""
    for line in out.splitlines():
        if line.startswith("+++ b/"):
            path = line[6:]
        m = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
        if m and path:
            start, count = int(m.group(1)), int(m.group(2) or "1")
            added.setdefault(path, set()).update(range(start, start + count))
    return added


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--since")
    ap.add_argument(
        "--own",
        action="store_true",
        help="also the project's own corpora (texts the team wrote: a test that copies one "
        "tests that text, not the class)",
    )
    args = ap.parse_args()
    seen: dict[tuple[str, ...], int] = {}
    for p in _corpus_texts(args.shared, args.own):
        for r in _runs(p.read_text(encoding="utf-8", errors="replace")):
            seen[r] = seen.get(r, 0) + 1
    # a run that three or more texts share is a common phrase of the genre, not a sentence
    corpus = {r for r, n in seen.items() if n < 3}
    added = _added_lines(args.since) if args.since else None
    files = [
        p
        for d in ("src", "tests", "docs", "tools")
        for p in sorted((ROOT / d).rglob("*"))
        if p.suffix in {".py", ".md"} and p.is_file()
    ]
    hits = 0
    for p in files:
        rel = str(p.relative_to(ROOT))
        if rel.startswith("docs/team/briefs/"):
            continue
        if added is not None and rel not in added:
            continue
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
        for i, line in enumerate(lines, 1):
            if added is not None and i not in added[rel]:
                continue
            # a sentence of a test often runs over two source lines: look at this one and the next
            window = line + " " + (lines[i] if i < len(lines) else "")
            shared = [r for r in _runs(window) if r in corpus and r[0] in line.lower()]
            if shared:
                hits += 1
                try:
                    print(f"{rel}:{i}: {' '.join(shared[0])}")
                except BrokenPipeError:
                    return 0
    print(f"{hits} line(s) share a run of {N} words with a corpus text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
