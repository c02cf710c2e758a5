"""Hold-out benchmark of partner suggestions on the Wikidata twinning network.

Everything (GeoNames join aside) is built from split_train.tsv alone: the graph features,
the country-pair counts and the ranking model. Both ends of every edge of split_test.tsv
are queried; the true partner is ranked among all places except the source and its training
partners; ties count in expectation. The classical baselines run in the same loop.

    python benchmarks/matching_holdout.py --shared ../shared
"""

from __future__ import annotations

import os

# Many small matrix products: a BLAS thread pool only adds waiting on a shared machine. Set
# before numpy loads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from cityties.matching.features import (  # noqa: E402
    ADMIN2_FEATURES,
    BAND_FEATURES,
    FEATURES,
    QID_FEATURES,
    WALK_FEATURES,
    space_for,
)
from cityties.matching.geonames import cities, geonames_lookup  # noqa: E402
from cityties.matching.network import (  # noqa: E402
    build_network,
    join_places,
    leaked,
    read_edges,
    read_names,
)
from cityties.matching.recommender import Matcher  # noqa: E402
from cityties.matching.relative import RELATIVE  # noqa: E402
from cityties.matching.train import train_model  # noqa: E402

KS = (10, 50)
METHODS = ("cityties", "popularity", "common_neighbours", "adamic_adar", "resource_allocation")


def _number(text: str) -> int | float | str:
    """An option's value: an integer, a number with a point, or else the text itself
    (ranker=lightgbm:rounds=300)."""
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return text


def expected(g: int, t: int, harmonic: np.ndarray) -> tuple[float, float, float]:
    """Hits@10, Hits@50 and reciprocal rank when g candidates score higher and t others tie."""
    h10, h50 = (min(1.0, max(0.0, (k - g) / (t + 1))) for k in KS)
    rr = (harmonic[g + t + 1] - harmonic[g]) / (t + 1)
    return h10, h50, float(rr)


# What the ranking processes read (set before they fork).
_JOB: dict[str, Any] = {}


def _rank(bounds: tuple[int, int]) -> tuple[dict[str, list[tuple[float, float, float]]], int]:
    """Ranks of the true partners of both ends of test edges lo..hi-1, per method, and how
    many of those queries share no training neighbour with their partner."""
    space, model, index, test = _JOB["space"], _JOB["model"], _JOB["index"], _JOB["test"]
    n = space.n
    harmonic = np.concatenate([[0.0], np.cumsum(1.0 / np.arange(1, n + 2))])
    per: dict[str, list[tuple[float, float, float]]] = {m: [] for m in METHODS}
    no_common = 0
    for a, b in test[bounds[0] : bounds[1]]:
        for u, v in ((index[a], index[b]), (index[b], index[a])):
            src = space.source_of(u)
            feats = space.features(src)
            mask = np.ones(n, dtype=bool)
            mask[u] = False
            mask[src.partners] = False
            x = np.zeros(n)
            x[src.partners] = 1.0
            # The model scores the candidates only, as suggest() does: the source and its
            # partners take no place among the candidates the trees re-score.
            cand = np.flatnonzero(mask)
            ours = np.full(n, -np.inf)
            ours[cand] = model.score({k: f[cand] for k, f in feats.items()})
            scores = {
                "cityties": ours,
                "popularity": space.deg,
                "common_neighbours": feats["common_partners"],
                "adamic_adar": feats["adamic_adar"],
                "resource_allocation": space.adj @ (x * space.inv_deg),
            }
            no_common += int(feats["common_partners"][v] == 0)
            for m, s in scores.items():
                cs = s[mask]
                sv = s[v]
                g = int(np.count_nonzero(cs > sv))
                t = int(np.count_nonzero(cs == sv)) - 1
                per[m].append(expected(g, t, harmonic))
    return per, no_common


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (data/twins inside)")
    ap.add_argument("--trees", type=int, default=None, help="trees (default: the library's)")
    ap.add_argument("--timing-queries", type=int, default=50)
    ap.add_argument(
        "--workers",
        type=int,
        default=2,
        help="processes that rank the test queries (the figures are the same with any number)",
    )
    ap.add_argument(
        "--relative",
        choices=("default", "on", "off"),
        default="default",
        help="the trees' relative features (default: the library's choice)",
    )
    ap.add_argument(
        "--add",
        default="",
        help="features off by default to add, comma-separated, or 'band' ('walk') for all of "
        "features.BAND_FEATURES (WALK_FEATURES)",
    )
    ap.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an option of train_model (second_trees=40, second_rate=0.1), repeatable",
    )
    args = ap.parse_args()
    groups = {"band": BAND_FEATURES, "walk": WALK_FEATURES}
    added = [f for a in args.add.split(",") if a for f in groups.get(a, (a,))]
    unknown = set(added) - set(QID_FEATURES + ADMIN2_FEATURES + BAND_FEATURES + WALK_FEATURES)
    if unknown:
        ap.error(f"unknown features: {', '.join(sorted(unknown))}")
    data = Path(args.shared) / "data" / "twins"
    t0 = time.perf_counter()
    names = read_names(data / "names.tsv")
    train = read_edges(data / "split_train.tsv")
    test = read_edges(data / "split_test.tsv")
    bad = leaked(train, test)
    if bad:
        print(f"matching_holdout: {len(bad)} test edges are in the training split", file=sys.stderr)
        return 1
    # Namesakes are weighed by their partners in the training split only.
    places, report = join_places(names, geonames_lookup(), edges=train)
    net = build_network(places, train, source=str(data / "split_train.tsv"))
    t_load = time.perf_counter() - t0

    t1 = time.perf_counter()
    options: dict[str, Any] = {} if args.trees is None else {"trees": args.trees}
    if added:
        options["features"] = FEATURES + tuple(added)
    if args.relative != "default":
        options["relative"] = RELATIVE if args.relative == "on" else ()
    for name, value in (o.split("=", 1) for o in args.option):
        options[name] = _number(value)
    model = train_model(net, **options)
    t_train = time.perf_counter() - t1

    t2 = time.perf_counter()
    space = space_for(net, model.features)
    _JOB.update(space=space, model=model, index=net.index(), test=test)
    spans = np.array_split(np.arange(len(test)), max(1, args.workers))
    bounds = [(int(x[0]), int(x[-1]) + 1) for x in spans if len(x)]
    if args.workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        # Each process ranks a contiguous share of the test edges with its copy of the
        # features and the model; the shares are joined in order (the same figures).
        with multiprocessing.get_context("fork").Pool(len(bounds)) as pool:
            parts = pool.map(_rank, bounds, chunksize=1)
    else:
        parts = [_rank(b) for b in bounds]
    _JOB.clear()
    per: dict[str, list[tuple[float, float, float]]] = {m: [] for m in METHODS}
    no_common = 0
    for part, nc in parts:
        for m in METHODS:
            per[m].extend(part[m])
        no_common += nc
    t_eval = time.perf_counter() - t2
    queries = len(per["cityties"])

    # Speed of one suggest() over the network and the gazetteer's cities, after loading.
    t3 = time.perf_counter()
    matcher = Matcher(net, model=model, extra_cities=cities(min_population=15000))
    t_matcher = time.perf_counter() - t3
    rng = np.random.default_rng(0)
    picks = rng.choice(net.places.__len__(), size=args.timing_queries, replace=False)
    times = []
    for i in picks.tolist():
        s = time.perf_counter()
        matcher.suggest(net.places[i].qid, k=20)
        times.append((time.perf_counter() - s) * 1000)
    total = time.perf_counter() - t0

    figures = {m: [round(float(x), 4) for x in np.mean(per[m], axis=0)] for m in METHODS}
    print(f"train edges {len(train)}, test edges {len(test)}, queries {queries}")
    joined = (
        f"{report.joined} (+{report.probable} probable by size, "
        f"+{report.by_partners} by their partners' countries)"
    )
    print(f"places {len(net.places)}, joined to GeoNames {joined}")
    print(f"queries whose partner shares no training neighbour: {no_common / queries:.1%}")
    print()
    print(f"{'method':<22}{'Hits@10':>9}{'Hits@50':>9}{'MRR':>9}")
    for m in METHODS:
        h10, h50, mrr = figures[m]
        print(f"{m:<22}{h10:>9.4f}{h50:>9.4f}{mrr:>9.4f}")
    aa = figures["adamic_adar"]
    ours = figures["cityties"]
    r10 = ours[0] / aa[0] if aa[0] else float("inf")
    rmrr = ours[2] / aa[2] if aa[2] else float("inf")
    print()
    print(f"cityties / Adamic-Adar: Hits@10 x{r10:.2f} (target 1.5), MRR x{rmrr:.2f} (target 1.3)")
    print(
        f"timings: load+join {t_load:.1f}s, train {t_train:.1f}s, rank {t_eval:.1f}s, "
        f"matcher load {t_matcher:.1f}s over {matcher.universe.size} places, "
        f"suggest median {np.median(times):.1f} ms, max {max(times):.1f} ms, total {total:.1f}s"
    )
    result = {
        "benchmark": "matching_holdout",
        "queries": queries,
        "metrics": {
            m: dict(zip(("hits@10", "hits@50", "mrr"), figures[m], strict=True)) for m in METHODS
        },
        "ratio_vs_adamic_adar": {"hits@10": round(r10, 3), "mrr": round(rmrr, 3)},
        "model": {k: v for k, v in model.info.items() if k != "trained_on"},
        "timing_s": {
            "load_and_join": round(t_load, 2),
            "train": round(t_train, 2),
            "rank": round(t_eval, 2),
            "matcher_load": round(t_matcher, 2),
            "suggest_ms_median": round(float(np.median(times)), 1),
            "suggest_ms_max": round(float(max(times)), 1),
            "suggest_universe": matcher.universe.size,
            "total": round(total, 2),
        },
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
