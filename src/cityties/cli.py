"""The `cityties` command. Uses the libraries only; the web desk has its own commands.

`cityties extract FILE...` prints the facts of each document as JSON (docs/facts-format.md):
one FILE gives one indented JSON object; several give JSON Lines, one object per line in the
order of the arguments. `--out DIR` writes DIR/NAME.json per input instead, `--table` prints a
summary for people. A file that cannot be read gives one line on stderr,
`cityties: FILE: reason (Exxx)`, the other files are still processed and the exit status is 2.
An unexpected internal error gives one line and exit status 1.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import re
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cityties import __version__
from cityties.extraction import CitytiesError, ExtractionError, ExtractionResult, extract
from cityties.extraction.errors import Errors
from cityties.extraction.export import facts_table, result_to_dict, result_to_json
from cityties.extraction.pipeline import DOCUMENT_YEARS, parse_counterparts
from cityties.extraction.readers import read_path
from cityties.matching import commands as matching_commands

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_INTERNAL, EXIT_FAILED = 0, 1, 2


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _complain(message: str) -> None:
    print(f"cityties: {_one_line(message)}", file=sys.stderr)


def _parse_options(args: argparse.Namespace) -> tuple[date | None, str | None]:
    """The document date and country options, checked before any file is read."""
    doc_date = None
    if args.date is not None:
        try:
            doc_date = date.fromisoformat(args.date)
        except ValueError as e:
            raise ExtractionError("E109", Errors.E109.format(value=args.date)) from e
        if doc_date.year not in DOCUMENT_YEARS:
            raise ExtractionError("E109", Errors.E109.format(value=args.date))
    country = args.country
    if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
        raise ExtractionError("E110", Errors.E110.format(value=country))
    return doc_date, country.upper() if country else None


def _extract_file(
    path: Path,
    *,
    language: str | None,
    document_date: date | None,
    country: str | None,
    counterparts: frozenset[str] | None = None,
) -> tuple[ExtractionResult, dict[str, Any]]:
    """Read one file and extract its facts; also what the JSON records of the file."""
    read = read_path(path)
    result = extract(
        read.text,
        language=language,
        document_date=document_date,
        country=country,
        counterparts=counterparts,
    )
    source = {
        "path": str(path),
        "media_type": read.media_type,
        "bytes": read.size,
        "sha256": read.sha256,
    }
    return result, source


def _cmd_extract(args: argparse.Namespace) -> int:
    try:
        doc_date, country = _parse_options(args)
    except ExtractionError as e:
        _complain(f"--{'date' if e.code == 'E109' else 'country'}: {e}")
        return EXIT_FAILED
    counterparts = None
    if args.counterpart is not None:
        try:
            counterparts = parse_counterparts(args.counterpart)
        except ExtractionError as e:
            _complain(f"--counterpart: {e}")
            return EXIT_FAILED
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            _complain(f"{out_dir}: cannot create the output folder: {e.strerror or e}")
            return EXIT_FAILED
    lines = len(args.files) > 1  # several documents: JSON Lines
    written: dict[Path, str] = {}
    failed = tables = 0
    for name in args.files:
        path = Path(name)
        target = out_dir / f"{path.stem}.json" if out_dir is not None else None
        if target is not None and target in written:
            _complain(f"{name}: {target} was already written for {written[target]}; skipped")
            failed += 1
            continue
        try:
            result, source = _extract_file(
                path,
                language=args.lang,
                document_date=doc_date,
                country=country,
                counterparts=counterparts,
            )
        except CitytiesError as e:
            _complain(f"{name}: {e}")
            failed += 1
            continue
        if target is not None:
            try:
                target.write_text(result_to_json(result, source=source), encoding="utf-8")
            except OSError as e:
                _complain(f"{name}: cannot write {target}: {e.strerror or e}")
                failed += 1
                continue
            written[target] = name
        if args.table:
            sys.stdout.write("\n" if tables else "")
            tables += 1
            sys.stdout.write(facts_table(result_to_dict(result, source=source, with_text=False)))
        elif target is None:
            sys.stdout.write(result_to_json(result, source=source, indent=None if lines else 2))
        sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_gazetteer(args: argparse.Namespace) -> int:
    from cityties.extraction import gazetteer

    started = time.perf_counter()
    path = gazetteer.build_cache(force=args.force)
    elapsed = time.perf_counter() - started
    print(f"gazetteer cache: {path} ({elapsed:.1f} s)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `cityties` command and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="cityties", description="CityTies: a city's international relations."
    )
    parser.add_argument("--version", action="version", version=f"cityties {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "extract",
        help="read documents and print their facts with evidence",
        description=(
            "Read .txt, .md, .html, .pdf and .docx documents and print their facts as JSON: "
            "one object for one FILE, JSON Lines (one object per line) for several."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--table", action="store_true", help="print a summary table, not JSON")
    p.add_argument("--out", metavar="DIR", help="write DIR/NAME.json per input")
    p.add_argument("--lang", choices=["en", "nl", "fr", "de"], help="document language")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="document date for relative dates")
    p.add_argument("--country", metavar="CC", help="default ISO 3166 country (phones, places)")
    p.add_argument(
        "--counterpart",
        metavar="CC[,CC]",
        help=(
            "ISO 3166 countries of the partners looked for: an act whose parties no sentence "
            "gives is bound to a pair with one of them (default CN,TW,HK,MO)"
        ),
    )
    p.set_defaults(func=_cmd_extract)
    g = sub.add_parser(
        "gazetteer",
        help="build the place gazetteer cache",
        description="Build the gazetteer index from the GeoNames data the packages ship.",
    )
    g.add_argument("--build", action="store_true", required=True, help="build the cache")
    g.add_argument("--force", action="store_true", help="rebuild even when it is up to date")
    g.set_defaults(func=_cmd_gazetteer)
    # Other packages add their own subcommands; the matching package adds `match`, `import-twins`.
    matching_commands.register(sub)
    return parser


def _utf8_stdout() -> None:
    """JSON is UTF-8 whatever the locale says."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and (stream.encoding or "").lower() not in (
            "utf-8",
            "utf8",
        ):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0 ok, 1 internal error, 2 failed input)."""
    _utf8_stdout()
    # Libraries such as pypdf log their complaints about damaged files; users get one line.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly, also at interpreter exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INTERNAL
    except CitytiesError as e:
        _complain(str(e))
        return EXIT_FAILED
    except Exception as e:  # a defect: one line for the user, never a traceback
        _complain(f"internal error: {type(e).__name__}: {e}")
        return EXIT_INTERNAL
    return code


if __name__ == "__main__":
    sys.exit(main())
