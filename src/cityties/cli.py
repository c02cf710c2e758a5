"""The `cityties` command. Uses the libraries only; the web desk has its own commands."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from cityties import __version__
from cityties.extraction import CitytiesError, extract
from cityties.extraction.export import result_to_dict, result_to_json
from cityties.extraction.readers import read_path
from cityties.matching import commands as matching_commands


def _cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    doc_date = None
    if args.date:
        try:
            doc_date = date.fromisoformat(args.date)
        except ValueError:
            print(f"cityties: --date must be YYYY-MM-DD, not {args.date!r}", file=sys.stderr)
            return 2
    out_dir = Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.files:
        path = Path(name)
        try:
            raw = path.read_bytes() if path.is_file() else b""
            read = read_path(path)
            result = extract(
                read.text, language=args.lang, document_date=doc_date, country=args.country
            )
        except CitytiesError as e:
            print(f"cityties: {name}: {e}", file=sys.stderr)
            failed += 1
            continue
        source = {
            "path": str(path),
            "media_type": read.media_type,
            "bytes": len(raw),
            "sha256": hashlib.sha256(raw).hexdigest(),
        }
        if args.table:
            print(json.dumps(result_to_dict(result, source=source, with_text=False), indent=1))
        elif out_dir:
            (out_dir / f"{path.stem}.json").write_text(
                result_to_json(result, source=source), encoding="utf-8"
            )
        else:
            sys.stdout.write(result_to_json(result, source=source))
    return 2 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cityties", description=__doc__)
    parser.add_argument("--version", action="version", version=f"cityties {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="read documents and print their facts with evidence")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--table", action="store_true", help="print a summary table")
    p.add_argument("--out", metavar="DIR", help="write DIR/NAME.json per input")
    p.add_argument("--lang", choices=["en", "nl", "fr", "de"], help="document language")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="document date")
    p.add_argument("--country", metavar="CC", help="default ISO 3166 country")
    p.set_defaults(func=_cmd_extract)
    g = sub.add_parser("gazetteer", help="build or inspect the place gazetteer cache")
    g.add_argument("--build", action="store_true")
    g.set_defaults(func=lambda a: 0)
    # Other packages add their own subcommands; the matching package adds `match`, `import-twins`.
    matching_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
