"""Validation of model settings on the training split alone (the test edges are never read).

Edges of split_train.tsv are held out by the split rule with a salt ("cityties-val:" by
default, `--salt cityties-val2:` for a second fold of other held-out edges); the
model is trained on the rest and both ends of each held-out edge are queried, ranked as in
matching_holdout.py (all places but the source and its partners, ties in expectation).
Settings are compared with two seeds each, so that the run-to-run noise shows.

    python benchmarks/matching_validation.py --shared ../shared --seeds 0,1 --relative both
    python benchmarks/matching_validation.py --shared ../shared --seeds 0,1 --salt cityties-val2:
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from cityties.matching.boost import BoostedModel, apply_second, fit_second  # noqa: E402
from cityties.matching.features import (  # noqa: E402
    ADMIN2_FEATURES,
    BAND_FEATURES,
    FEATURES,
    QID_FEATURES,
    WALK_FEATURES,
    space_for,
)
from cityties.matching.geonames import geonames_lookup  # noqa: E402
from cityties.matching.network import (  # noqa: E402
    build_network,
    join_places,
    make_split,
    read_edges,
    read_names,
)
from cityties.matching.relative import RELATIVE  # noqa: E402
from cityties.matching.train import SecondRows, gazetteer_sample, train_model  # noqa: E402

VAL_SALT = "cityties-val:"


def expected(g: int, t: int, harmonic: np.ndarray) -> tuple[float, float, float]:
    """Hits@10, Hits@50 and reciprocal rank when g candidates score higher and t others tie."""
    h10, h50 = (min(1.0, max(0.0, (k - g) / (t + 1))) for k in (10, 50))
    return h10, h50, float((harmonic[g + t + 1] - harmonic[g]) / (t + 1))


def _number(text: str) -> int | float | str:
    """An option's value: an integer, a number with a point, or else the text itself."""
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (data/twins inside)")
    ap.add_argument("--seeds", default="0,1", help="training seeds, comma-separated")
    ap.add_argument(
        "--relative", choices=("on", "off", "both"), default="both", help="relative features"
    )
    ap.add_argument(
        "--salt", default=VAL_SALT, help=f"the held-out fold's salt (default {VAL_SALT!r})"
    )
    ap.add_argument("--drop", default="", help="features left out of the model, comma-separated")
    ap.add_argument(
        "--add",
        default="",
        help="features off by default to add, comma-separated, or 'qid' ('admin2') for all "
        "of features.QID_FEATURES (ADMIN2_FEATURES, 'band' BAND_FEATURES, 'walk' WALK_FEATURES)",
    )
    ap.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an option of train_model (rerank=400, linked_tree_scale=0.5, lambda_target=rr), "
        "repeatable",
    )
    ap.add_argument(
        "--tree-scales",
        default="",
        help="linked_tree_scale values to score each trained model with, comma-separated "
        "(default: the model's own)",
    )
    ap.add_argument(
        "--desk-every",
        type=int,
        default=0,
        metavar="N",
        help="also rank every N-th query among the network's places and the gazetteer cities "
        "of the desk (train.GAZETTEER_MIN_POPULATION inhabitants or more), and count how many "
        "of the top 10 are such cities (0: not)",
    )
    ap.add_argument(
        "--second",
        default="",
        metavar="TREES:RATE,...",
        help="second stages to fit on the trained model's cross-fitted rows and score side by "
        "side with the first stage alone ('none'), e.g. 20:0.1,40:0.1 (needs --option "
        "second_trees=N; the model's own second stage is the first of them)",
    )
    args = ap.parse_args()
    dropped = {f for f in args.drop.split(",") if f}
    groups = {
        "qid": QID_FEATURES,
        "admin2": ADMIN2_FEATURES,
        "band": BAND_FEATURES,
        "walk": WALK_FEATURES,
    }
    added = [f for a in args.add.split(",") if a for f in groups.get(a, (a,))]
    optional = QID_FEATURES + ADMIN2_FEATURES + BAND_FEATURES + WALK_FEATURES
    unknown = (dropped - set(FEATURES)) | (set(added) - set(optional))
    if unknown:
        ap.error(f"unknown features: {', '.join(sorted(unknown))}")
    features = tuple(f for f in FEATURES if f not in dropped) + tuple(
        f for f in optional if f in added
    )
    options = {k: _number(v) for k, v in (o.split("=", 1) for o in args.option)}
    data = Path(args.shared) / "data" / "twins"
    names = read_names(data / "names.tsv")
    train = read_edges(data / "split_train.tsv")  # the test split is never read
    places, _ = join_places(names, geonames_lookup(), edges=train)
    net = build_network(places, train, source=str(data / "split_train.tsv"))
    _, held = make_split(net.qid_edges(), salt=args.salt)
    fold = net.without(held)
    space = space_for(fold, features)
    index = fold.index()
    desk = None
    if args.desk_every:
        # Every gazetteer city of the desk that is not a place of the network.
        desk = space_for(fold, features, gazetteer_sample(net, 10**9))
    harmonic = np.concatenate([[0.0], np.cumsum(1.0 / np.arange(1, (desk or space).n + 2))])
    scales = [float(x) for x in args.tree_scales.split(",") if x] or [
        float(options.get("linked_tree_scale", 1.0))
    ]
    settings = {"on": [True], "off": [False], "both": [False, True]}[args.relative]
    results = []
    for relative in settings:
        for seed in (int(s) for s in args.seeds.split(",")):
            t0 = time.perf_counter()
            keep: list[SecondRows] = []
            model = train_model(
                fold,
                seed=seed,
                relative=RELATIVE if relative else (),
                features=features,
                keep=keep,
                **options,  # type: ignore[arg-type]
            )
            t_train = time.perf_counter() - t0
            # Second stages fitted on the same out-of-sample rows, scored on the same
            # first stage (the difference is the second stage's alone).
            seconds: dict[str, BoostedModel | None] = {"none": None}
            for spec in (x for x in args.second.split(",") if x):
                n_trees, rate = spec.split(":")
                rows = keep[0]
                seconds[spec] = fit_second(
                    rows.samples,
                    rows.init,
                    log_weights=rows.log_weights,
                    trees=int(n_trees),
                    learning_rate=float(rate),
                    depth=model.depth,
                    seed=seed,
                )
            per_second: dict[str, dict[str, list[tuple[float, float, float]]]] = {
                label: {"shared": [], "none": []} for label in seconds
            }
            # One trained model scored with each share of the trees' correction for linked
            # candidates (the scale is applied when scoring; the trees are the same).
            models = {
                sc: dataclasses.replace(model, info={**model.info, "linked_tree_scale": sc})
                for sc in scales
            }
            per: dict[float, dict[str, list[tuple[float, float, float]]]] = {
                sc: {"shared": [], "none": []} for sc in scales
            }
            on_desk: list[tuple[float, float, float]] = []
            intruders: list[int] = []
            for q, (a, b) in enumerate(held):
                if desk is not None and q % args.desk_every == 0:
                    for u, v in ((index[a], index[b]), (index[b], index[a])):
                        d_src = desk.source_of(u)
                        d_feats = desk.features(d_src)
                        d_mask = np.ones(desk.n, dtype=bool)
                        d_mask[u] = False
                        d_mask[d_src.partners] = False
                        d_rows = np.flatnonzero(d_mask)
                        s = model.score({k: x[d_rows] for k, x in d_feats.items()})
                        sv = s[int(np.searchsorted(d_rows, v))]
                        g = int(np.count_nonzero(s > sv))
                        t = int(np.count_nonzero(s == sv)) - 1
                        on_desk.append(expected(g, t, harmonic))
                        top = d_rows[np.argsort(-s, kind="stable")[:10]]
                        intruders.append(int(np.count_nonzero(top >= desk.universe.n_network)))
                for u, v in ((index[a], index[b]), (index[b], index[a])):
                    src = space.source_of(u)
                    feats = space.features(src)
                    mask = np.ones(space.n, dtype=bool)
                    mask[u] = False
                    mask[src.partners] = False
                    rows = np.flatnonzero(mask)
                    sub = {k: x[rows] for k, x in feats.items()}
                    kind = "shared" if feats["common_partners"][v] > 0 else "none"
                    for sc, m in models.items() if not args.second else ():
                        s = m.score(sub)
                        sv = s[int(np.searchsorted(rows, v))]
                        g = int(np.count_nonzero(s > sv))
                        t = int(np.count_nonzero(s == sv)) - 1
                        per[sc][kind].append(expected(g, t, harmonic))
                    if args.second:
                        total, before, _ = model.stage_scores(sub)
                        for label, second in seconds.items():
                            s = (
                                total
                                if second is None
                                else apply_second(second, total, before, sub)
                            )
                            sv = s[int(np.searchsorted(rows, v))]
                            g = int(np.count_nonzero(s > sv))
                            t = int(np.count_nonzero(s == sv)) - 1
                            per_second[label][kind].append(expected(g, t, harmonic))
            for sc in scales if not args.second else ():
                everything = per[sc]["shared"] + per[sc]["none"]
                h10, h50, mrr = (round(float(x), 4) for x in np.mean(everything, axis=0))
                shared = round(float(np.mean(per[sc]["shared"], axis=0)[0]), 4)
                row = {
                    "salt": args.salt,
                    "relative": relative,
                    "seed": seed,
                    "dropped": sorted(dropped),
                    "added": [f for f in features if f not in FEATURES],
                    "options": options,
                    "linked_tree_scale": sc,
                    "queries": len(everything),
                    "hits@10": h10,
                    "hits@50": h50,
                    "mrr": mrr,
                    "hits@10_shared_neighbour": shared,
                    "hits@10_no_shared_neighbour": round(
                        float(np.mean(per[sc]["none"], axis=0)[0]), 4
                    ),
                    "train_s": round(t_train, 1),
                    **(
                        {
                            "desk_queries": len(on_desk),
                            "desk_hits@10": round(float(np.mean(on_desk, axis=0)[0]), 4),
                            "desk_hits@50": round(float(np.mean(on_desk, axis=0)[1]), 4),
                            "desk_mrr": round(float(np.mean(on_desk, axis=0)[2]), 4),
                            "desk_gazetteer_in_top10": round(float(np.mean(intruders)), 3),
                        }
                        if on_desk
                        else {}
                    ),
                    "total_s": round(time.perf_counter() - t0, 1),
                }
                results.append(row)
                print(json.dumps(row), flush=True)
            for label in seconds if args.second else ():
                part = per_second[label]
                both = part["shared"] + part["none"]
                h10, h50, mrr = (round(float(x), 4) for x in np.mean(both, axis=0))
                print(
                    json.dumps(
                        {
                            "salt": args.salt,
                            "seed": seed,
                            "second": label,
                            "queries": len(both),
                            "hits@10": h10,
                            "hits@50": h50,
                            "mrr": mrr,
                            "hits@10_shared_neighbour": round(
                                float(np.mean(part["shared"], axis=0)[0]), 4
                            ),
                            "hits@10_no_shared_neighbour": round(
                                float(np.mean(part["none"], axis=0)[0]), 4
                            ),
                        }
                    ),
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
