"""Learn a filter for extra acts from the gold of the development corpora, and validate it
leave-one-corpus-out.

    PYTHONPATH=src .venv/bin/python tools/train_act_filter.py [--count-resolver] [--dump F]
        [--rows F] [--shipped] [--fixed T] [--without F ...] [--l2 L ...] [--write L2]
        [--weak-cues 0|1] [--pair P] [--add F ...]

For every act the agreement reader outputs on the development corpora that are annotated
for agreements, the features of the act's cluster of readings (cue type, how the parties
were found, where the party mentions stand against the cue, status, date, party kinds and
countries, how many acts the pair has) are dumped with the label "matches a gold act"
(score.py's greedy matching on parties and type). A logistic model with L2 is fitted on
all corpora but one; a threshold is chosen on the training corpora (the one that gives the
most true minus false positives dropped, or none); the held-out corpus is scored with it.
The printout compares the agreements F1 of every corpus without and with the filter.

`--count-resolver` counts instead the output acts that `_party_resolver.resolve_pair`
decides (present with the resolver, absent when it returns None) and how many match gold.

numpy is used here only: the engine stays plain Python.

Measured 2026-11-30 (889 acts, 810 matching gold, 18 corpora; mean agreements F1 of the
held-out corpus of each fold, before -> after):
- the engine's features (`_party_resolver.act_features`: the parties' countries against the
  counterpart countries, one party inside the other, mixed kinds, dated, status), l2 0.1 / 0.3
  / 1 / 3 / 10: 0.8506 -> 0.8539 / 0.8539 / 0.8542 / 0.8505 / 0.8496 (at 0.3: 7 extra acts and
  1 gold act dropped); shipped with l2 0.3 (`--write 0.3`);
- the exploratory features (`--rich`: also the cue's type, resolver or rules, how many
  readings and sentences, where the mentions stand, how many acts the pair and the document
  have), same l2: 0.8358 / 0.8358 / 0.8340 / 0.8323 / 0.8368: they fit the training corpora
  and do not transfer.
Measured again 2026-11-30 with corpus25 and corpus26 as development material (961 acts, 868
matching gold, 19 corpora; `--shipped` scores the shipped weights the same way, `--fixed T`
keeps the threshold at T instead of choosing it on the training corpora, `--without F` leaves
features out):
- the shipped weights (l2 0.3, threshold 0.533) drop 11 extra acts and 3 gold acts, all three
  in one corpus26 document: a port authority (an organisation of unknown country) with three
  ports named by their city, undated (features country_unknown + mixed_kinds); mean 0.8588 ->
  0.8629 (in sample for every corpus but corpus26);
- refit with the threshold chosen per fold, l2 0.1 / 0.3 / 1 / 3 / 10: 0.8618 / 0.8614 /
  0.8606 / 0.8580 / 0.8567 (the corpus26 fold chooses t=0.622 and drops the same 3 gold acts);
  an extra feature for an organisation party of unknown country changes nothing (weight
  +0.14, same means);
- refit with a fixed threshold 0.5 (0.4 to 0.55 give the same), l2 0.1: 0.8639 (10 extra
  acts, no gold act dropped). Written (`--fixed 0.5 --write 0.1`) and scored with
  scoreall.sh: corpus26 agreements 0.577 -> 0.617 (strict 0.462 -> 0.505), corpus21 0.778 ->
  0.757 (the extra act "Hochschule Flensburg" with "Ningbo" comes back: it has the same
  features as the port authority's acts), every other corpus unchanged. Not shipped: corpus21
  falls by 0.021 (the limit is 0.02) and only corpus26 gains.
`--count-resolver`: 75 cues scored, 33 pairs given, 14 output acts decided by the resolver
(13 with the filter), 10 of them gold: too few for learning `WEIGHTS` to matter.

Measured 2026-11-30, third round, with corpus27 as development material (20 corpora, 1,034
gold acts; rows also carry `ys`, "matches with the signing date and status", for strict F1;
`--pair P` sets the resolver's pair threshold, `--weak-cues 0|1` the engine's `WEAK_CUES`,
`--add F` keeps the shipped weights and threshold as an offset and learns only F's weight,
leave one corpus out):
- the recall ceiling of the resolver's thresholds (filter off): with the gates of the reader
  as shipped, 1,005 acts of which 909 gold; pair threshold 5 -> 4 / 3 / 0: +3 / +6 / +6 acts,
  no gold one; with the nearness and member thresholds lowered too (pair -20, threshold -5,
  member -10): +12 acts, 1 gold. The thresholds are not what bounds recall: the resolver is
  asked only about act cues the rules leave without parties, with a status verb or a date
  within 40 characters. Opening the reader's gates instead (pair 5): act words without a
  status verb or date, +13 acts of which 5 gold (corpora 4, 5, 10, 24, 27); also partnership
  words, generic and plural cues, +21 acts of which 6 gold; all gates and pair 0, +29 / 8.
  Asking the resolver also about the cues the rules did give parties, its pair kept as one
  more act when it differs (a patched copy of the reader, not kept): +55 acts of which 3 gold
  (pair 0: +65 / 4); the misses whose party is "in another found act" are not its pairs;
- refit on every feature, threshold chosen per fold (the shipped method), without those
  candidates: mean F1 / strict 0.8615 / 0.8159 (the shipped weights, in sample for 19
  corpora: 0.8625 / 0.8170); with them and the feature `weak_cue` (the resolver chose the
  parties of a cue without a status marker), l2 0.1 / 0.3: 0.8611 / 0.8165, 0.8580 / 0.8134;
  with a fixed threshold 0.5, l2 0.1: 0.8632 / 0.8177, and with a feature for every resolver
  act instead: 0.8643 / 0.8187 (it also leaves out the undated resolver acts of strong cues
  the unit tests describe). Every full refit brings corpus21's extra act back ("Hochschule
  Flensburg" with "Ningbo": an organisation of unknown country with a Chinese city, undated;
  the 13 other acts with both features are dated and 11 are gold, and corpus26's port
  authority acts, which made `mixed_kinds` weigh -1.27, no longer have them): corpus21
  0.778 -> 0.757 in scoreall, as last round;
- choosing the setting (gates, pair threshold 5 / 4 / 3 / 0) and the filter's threshold
  inside the training corpora of each fold (nested, 11 settings): 0.8562 to 0.8592, below
  every fixed setting (the folds of corpora 4 and 5 choose the shipped gates: their gains do
  not show in the other corpora);
- shipped: the gate opened (`WEAK_CUES`) and the shipped weights kept, `weak_cue`'s weight
  learned on top (`--add weak_cue`, l2 0.1 / 0.3 / 1): 0.8625 / 0.8170 -> 0.8643 / 0.8187 /
  0.8643 / 0.8187 / 0.8635 / 0.8181 (weight -1.80 at l2 0.3, written with `--write 0.3`);
  `--add resolved` (every resolver act): 0.8636 / 0.8180; `weak_cue` with `strong`, `far` or
  `pair_acts` beside it: no better. scoreall: corpus4 agreements +0.058, corpus5 +0.006,
  corpus15 -0.005, corpus16 -0.008, corpus19 -0.017 (extra acts of lists of twinned towns,
  two non-Chinese places, like corpus4's gain), corpus27 unchanged (its new act, undated
  with a Chinese city, is left out with the 6 others of that kind: 4 extra, 2 gold).

Measured 2026-11-30, fourth round, with corpus27 and corpus28 as development material (21
corpora, 1,075 acts of which 947 match gold; engine of the c28-acts branch before the weight
below):
- the shipped weights (in sample for 19 corpora): mean F1 0.8461 -> 0.8514; a full refit
  leave one corpus out (threshold chosen per fold), l2 0.1 / 0.3 / 1 / 3 / 10: 0.8479 /
  0.8492 / 0.8479 / 0.8467 / 0.8469 (fixed threshold 0.5, l2 0.1 / 0.3: 0.8490 / 0.8488):
  no refit beats the shipped weights, which stay;
- a feature `many_parties` (the act has more than two parties: 8 acts of corpora 20 and
  28, none gold; no gold act of any development corpus has more than two parties) learned on
  top of the shipped weights (`--add many_parties`), l2 0.1 / 0.3 / 1: 0.8514 / 0.8010 ->
  0.8539 / 0.8027, 0.8536 / 0.8026, 0.8514 / 0.8010 (F1 / strict); its fold weights are
  -3.06 (corpus20 held out) and -1.92 (corpus28 held out), both enough to leave the acts out.
  Written with `--write 0.3` (weight -3.30); scoreall: corpus20 agreements 0.571 -> 0.593
  (strict 0.429 -> 0.444), corpus28 0.509 -> 0.540 (0.358 -> 0.380), nothing else moves;
  a full refit with it, l2 0.3 / 1: 0.8517 / 0.8501.

Measured 2026-12-01 (session 20, retrain brief), corpora 29-34 now in the lists (27 corpora,
1,492 acts of which 1,325 match gold; engine of main at 5870b59; `--dump F --shipped --l2
0.1 0.3 1`, then `--rows F`):
- the shipped weights: mean F1 0.8739 -> 0.8799 (in sample up to corpus28); on the six
  corpora released since they were fitted (29-34, held out for them): 0.735 -> 0.733, 0.878
  -> 0.884, 0.780 -> 0.797, 0.701 -> 0.701, 0.786 -> 0.789, 0.786 -> 0.791 (sum +0.032);
- a full refit leave one corpus out, threshold chosen per fold, l2 0.1 / 0.3 / 1: 0.8776 /
  0.8776 / 0.8770 (strict 0.8300), 30 extra acts and 14 gold ones dropped (corpus15 loses 7
  gold acts, 0.905 -> 0.870); on 29-34 the refit gives +0.013 summed over the shipped
  weights (+0.002 a corpus, one act's worth): no refit is shipped, the weights stay;
- one new feature for the class "organisations as parties" of corpus34 (acts of an
  association or a commerce department given to their city and province): `admin1` (a party
  is a province: 168 acts, 35 of them extra, a 21 % error rate against 10 % for all), learned
  on top of the shipped weights (`--rich-as-engine admin1 --add admin1`), l2 0.1 / 0.3 / 1 /
  3: 0.8799 -> 0.8783 / 0.8783 / 0.8795 / 0.8799 (weight about -0.6; corpus15 0.910 -> 0.870,
  corpus28 0.830 -> 0.819, corpus26 0.830 -> 0.838 at l2 <= 0.3): not kept.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/eval")
sys.path.insert(0, str(SHARED))

import score as sc  # noqa: E402  (the shared scorer)

import cityties.extraction.extractors._party_resolver as pr  # noqa: E402
import cityties.extraction.extractors.agreements as ag  # noqa: E402
from cityties.extraction import extract  # noqa: E402
from cityties.extraction.doc import DEFAULT_COUNTERPARTS  # noqa: E402
from cityties.extraction.export import _date, _in_text_order  # noqa: E402
from cityties.extraction.extractors._party_resolver import _nested, _qualifies  # noqa: E402
from cityties.extraction.readers import read_path  # noqa: E402
from cityties.extraction.types import AGREEMENT_TYPES  # noqa: E402

# the corpora annotated for agreements (corpora 6, 7, 9, 11, 12, 14, 17, 18 leave the
# agreements of their gold empty on purpose; corpus3 and corpus44 are held out)
CORPORA = [
    SHARED / "dev",
    ROOT / "benchmarks/corpus/tune",
    ROOT / "benchmarks/corpus/holdout",
    ROOT / "benchmarks/corpus2",
    *(ROOT / f"benchmarks/corpus{n}" for n in (4, 5, 8, 10, 13, 15, 16, *range(19, 44))),
]
FIXED: float | None = None  # a fixed threshold instead of the one chosen per fold
SHIPPED_THRESHOLD = pr.ACT_THRESHOLD  # before `dump` sets it to 0
CHINESE = DEFAULT_COUNTERPARTS  # the rich features read the default partner countries
TYPES = AGREEMENT_TYPES
GOLD: dict[tuple[str, str], int] = {}  # gold acts per document
STATUSES = ["signed", "renewed", "planned", "not_concluded", "ended"]


class _Capture:
    """Patches the reader to keep the last reader and each fact's cluster."""

    def __init__(self) -> None:
        self.reader: Any = None
        self.clusters: list[Any] = []
        self._run = ag._Reader.run
        self._fact = ag._fact

    def __enter__(self) -> _Capture:
        cap = self

        def run(reader: Any) -> Any:
            cap.reader = reader
            return cap._run(reader)

        def fact(doc: Any, c: Any, tag: str, cast: Any) -> Any:
            cap.clusters.append((c, cast))
            return cap._fact(doc, c, tag, cast)

        ag._Reader.run = run  # type: ignore[method-assign]
        ag._fact = fact
        return self

    def __exit__(self, *exc: object) -> None:
        ag._Reader.run = self._run  # type: ignore[method-assign]
        ag._fact = self._fact


def _features(c: Any, cast: Any, reader: Any, clusters: list[Any], text: str) -> dict[str, float]:
    rs = c.readings
    resolved = {id(r) for r in reader.resolved}
    parties = rs[0].parties
    f: dict[str, float] = {}
    for t in TYPES:
        f[f"type={t}"] = float(c.type == t)
    status, strong = ag._status_of(c)
    for s in STATUSES:
        f[f"status={s}"] = float(status == s)
    f["strong"] = float(strong)
    f["readings"] = math.log1p(len(rs))
    f["units"] = math.log1p(len({r.unit for r in rs}))
    f["generic"] = float(all(r.generic for r in rs))
    f["sibling"] = float(all(r.sibling for r in rs))
    f["renewal"] = float(c.renewed)
    f["resolved"] = float(all(id(r) in resolved for r in rs))
    f["signed"] = float(c.signed is not None)
    f["signed_day"] = float(c.signed is not None and c.signed.day is not None)
    f["duration"] = float(any(r.duration for r in rs))
    f["title"] = float(any(r.title for r in rs))
    orgs = [a.kind == "organisation" and not a.government for a in parties]
    f["two_places"] = float(not any(orgs))
    f["two_orgs"] = float(all(orgs))
    f["many_parties"] = float(len(parties) > 2)
    countries = [a.country for a in parties]
    known = [x for x in countries if x]
    f["country_unknown"] = float(len(known) < len(countries))
    f["one_chinese"] = float(
        len(known) == len(countries) and 0 < sum(x in CHINESE for x in known) < len(known)
    )
    f["all_chinese"] = float(bool(known) and all(x in CHINESE for x in known))
    f["same_country"] = float(len(set(known)) == 1 and len(known) == len(countries))
    f["unknown_place"] = float(
        any(a.kind == "place" and a.place_kind is None and not a.government for a in parties)
    )
    f["admin1"] = float(any(a.place_kind == "admin1" for a in parties))
    home = cast.home
    f["home"] = float(home is not None and home.key in c.keys)
    # where the party mentions stand against the readings' spans
    inside = 0
    for r in rs:
        s, e = r.span
        if all(s <= a.start < e for a in r.parties):
            inside += 1
    f["parties_inside"] = inside / len(rs)
    f["pair_acts"] = math.log(sum(1 for x, _ in clusters if x.keys == c.keys))
    f["doc_acts"] = math.log(len(clusters))
    first = min(r.span[0] for r in rs)
    f["position"] = first / max(1, len(text))
    f["mentions"] = math.log1p(sum(1 for a in cast.actors if a.key in c.keys))
    # one party inside the other ("Colmar" and "Haut-Rhin", "Hamburg" and "Port of Hamburg")
    f["within"] = float(
        any(
            _qualifies(a, b)
            or _nested(a, b)
            or (a.admin1 and b.kind == "place" and a.admin1 == b.name)
            or (b.admin1 and a.kind == "place" and b.admin1 == a.name)
            for i, a in enumerate(parties)
            for b in parties[i + 1 :]
        )
    )
    # how far the farthest party's nearest mention stands from the nearest reading
    far = 0
    for key in c.keys:
        near = min(
            (
                max(0, r.span[0] - a.end, a.start - r.span[1])
                for r in rs
                for a in cast.actors
                if a.key == key
            ),
            default=len(text),
        )
        far = max(far, near)
    f["far"] = math.log1p(far) / 8
    title_end = text.find("\n")
    f["in_title"] = float(
        any(a.key in c.keys and a.start < (title_end if title_end > 0 else 0) for a in cast.actors)
    )
    return f


def _found(doc: Any) -> list[dict[str, Any]]:
    return [
        {
            "parties": [p.name for p in a.parties],
            "type": a.type,
            "signed": _date(a.signed),
            "duration_months": a.duration_months,
            "ends": _date(a.ends),
            "status": a.status,
            "evidence": [{"start": e.start, "end": e.end} for e in a.evidence],
            "_i": i,
        }
        for i, a in enumerate(doc.agreements)
    ]


def detail_score(g: dict[str, Any], f: dict[str, Any]) -> int:
    """How many of an act's details (signed, status, duration, end) a found act shares with a
    gold act: score.py's tie-break among acts of the same parties and type."""
    return sum(
        [
            sc.same_date(g.get("signed"), f.get("signed")),
            (g.get("status") or "signed") == (f.get("status") or "signed"),
            g.get("duration_months") == f.get("duration_months"),
            sc.same_date(g.get("ends"), f.get("ends")),
        ]
    )


def dump() -> list[dict[str, Any]]:
    """One row per output act of every annotated corpus: corpus, doc, features, label."""
    rows: list[dict[str, Any]] = []
    pr.ACT_THRESHOLD = ag.ACT_THRESHOLD = 0.0  # every act the rules read
    for corpus in CORPORA:
        for path in sorted(corpus.glob("*.txt")):
            gold = json.loads(path.with_name(path.stem + ".gold.json").read_text("utf-8"))
            text = read_path(path).text
            with _Capture() as cap:
                doc = extract(text).doc
            found = _in_text_order(_found(doc))
            names = sc.Names(gold.get("aliases", {}))

            def key(a: dict[str, Any], names: sc.Names = names) -> tuple[Any, Any]:
                return frozenset(names(p) for p in a.get("parties") or []), a.get("type")

            golds = gold.get("agreements", [])
            pairs = sc.match_greedy(golds, found, key, detail_score)
            matched = {fi for _, fi in pairs}
            label = {found[fi]["_i"]: fi in matched for fi in range(len(found))}
            strict = dict.fromkeys(label, False)
            for gi, fi in pairs:
                g, f = golds[gi], found[fi]
                strict[f["_i"]] = sc.same_date(g.get("signed"), f.get("signed")) and (
                    g.get("status") or "signed"
                ) == (f.get("status") or "signed")
            GOLD[(corpus.name, path.name)] = len(gold.get("agreements", []))
            resolved = {id(r) for r in cap.reader.resolved} if cap.reader is not None else set()
            weak = {id(r) for r in cap.reader.resolved if not r.strong} if cap.reader else set()
            for i, (c, cast) in enumerate(cap.clusters):
                rows.append(
                    {
                        "corpus": corpus.name
                        if corpus.name not in ("tune", "holdout")
                        else corpus.name,
                        "doc": path.name,
                        "gold": len(gold.get("agreements", [])),
                        "x": _features(c, cast, cap.reader, cap.clusters, text),
                        "a": pr.act_features(
                            c.readings[0].parties,
                            ag._status_of(c)[0],
                            c.signed is not None,
                            doc.counterparts,
                            all(id(r) in weak for r in c.readings),
                        ),
                        "y": label[i],
                        "ys": strict[i],
                        "resolved": all(id(r) in resolved for r in c.readings),
                        "parties": [a.name for a in c.readings[0].parties],
                        "kinds": [
                            f"{a.kind}:{a.org_kind or a.place_kind or '-'}:{a.country or '?'}"
                            + (":gov" if a.government else "")
                            for a in c.readings[0].parties
                        ],
                        "type": c.type,
                    }
                )
    return rows


def count_resolver() -> None:
    """How many output acts `resolve_pair` decides on every development corpus (present with
    the resolver, absent when it gives no pair), and how many of those match gold."""
    real = ag.resolve_pair
    calls: list[object] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        out = real(*args, **kwargs)
        calls.append(out)
        return out

    def acts(text: str, resolver: Any) -> list[Any]:
        ag.resolve_pair = resolver
        try:
            return list(extract(text).doc.agreements)
        finally:
            ag.resolve_pair = real

    corpora = [*CORPORA[:4], *(ROOT / f"benchmarks/corpus{n}" for n in range(4, 26))]
    total = {"calls": 0, "pairs": 0, "decided": 0, "gold": 0}
    for corpus in corpora:
        row = dict.fromkeys(total, 0)
        for path in sorted(corpus.glob("*.txt")):
            gold = json.loads(path.with_name(path.stem + ".gold.json").read_text("utf-8"))
            names = sc.Names(gold.get("aliases", {}))

            def key(parties: list[str], kind: str, names: sc.Names = names) -> tuple[Any, str]:
                return frozenset(names(p) for p in parties), kind

            gold_keys = [key(a["parties"], a["type"]) for a in gold.get("agreements", [])]
            text = read_path(path).text
            calls.clear()
            found = [key([p.name for p in a.parties], a.type) for a in acts(text, recording)]
            row["calls"] += len(calls)
            row["pairs"] += sum(c is not None for c in calls)
            rest = [
                key([p.name for p in a.parties], a.type) for a in acts(text, lambda *a, **k: None)
            ]
            for k in found:
                if k in rest:
                    rest.remove(k)
                else:
                    row["decided"] += 1
                    row["gold"] += k in gold_keys
        print(f"  {corpus.name:10s} {row}")
        for k in total:
            total[k] += row[k]
    print(f"resolver: {total}")


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression with L2 (bias unpenalised), by Newton steps."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        g = xb.T @ (p - y) + reg * w
        h = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def prob(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def f1(tp: int, found: int, gold: int) -> float:
    return 2 * tp / (found + gold) if found + gold else 1.0


def _mean_f1(y: np.ndarray, corpus: np.ndarray, drop: np.ndarray, gold: dict[str, int]) -> float:
    """The mean agreements F1 of the corpora when the acts `drop` marks are left out."""
    out = []
    for c in sorted(set(corpus)):
        m = corpus == c
        keep = m & ~drop
        out.append(f1(int(y[keep].sum()), int(keep.sum()), gold[c]))
    return sum(out) / len(out)


def _pooled_f1(y: np.ndarray, corpus: np.ndarray, drop: np.ndarray, gold: dict[str, int]) -> float:
    """The agreements F1 of the corpora pooled (every act counts the same) when the acts
    `drop` marks are left out."""
    keep = ~drop
    return f1(int(y[keep].sum()), int(keep.sum()), sum(gold[c] for c in set(corpus)))


def _threshold(y: np.ndarray, corpus: np.ndarray, p: np.ndarray, gold: dict[str, int]) -> float:
    """The threshold with the best pooled F1 of the corpora given (0: no filter; a threshold
    must gain to be taken)."""
    best_t, best = 0.0, _pooled_f1(y, corpus, p < 0.0, gold)
    values = sorted(set(np.round(p, 4)))
    # between two neighbouring probabilities, rounded up to three digits
    for t in (
        math.ceil((a + b) / 2 * 1000) / 1000 for a, b in zip(values, values[1:], strict=False)
    ):
        gain = _pooled_f1(y, corpus, p < t, gold)
        if gain > best + 1e-9:
            best_t, best = float(t), gain
    return best_t


def _matrix(
    rows: list[dict[str, Any]], key: str, only: list[str] | None
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    names = sorted(k for k in rows[0][key] if not only or any(k.startswith(o) for o in only))
    x = np.array([[r[key][k] for k in names] for r in rows])
    y = np.array([float(r["y"]) for r in rows])
    corpus = np.array([r["corpus"] for r in rows])
    gold: dict[str, int] = {}
    for (c, _), g in GOLD.items():
        gold[c] = gold.get(c, 0) + g
    return names, x, y, corpus, gold


def loco(rows: list[dict[str, Any]], l2: float, key: str, only: list[str] | None = None) -> float:
    """Leave-one-corpus-out: each corpus filtered by the model and threshold fitted on the
    others; prints the agreements F1 per corpus before and after; returns the mean gain."""
    names, x, y, corpus, gold = _matrix(rows, key, only)
    ys = np.array([float(r.get("ys", r["y"])) for r in rows])  # matches with date and status
    print(f"{len(rows)} acts, {int(y.sum())} match gold, {len(gold)} corpora; {key} l2={l2}")
    tot_before = tot_after = strict_before = strict_after = 0.0
    dropped_tp = dropped_fp = 0
    for held in sorted(gold):
        train = corpus != held
        w = fit(x[train], y[train], l2)
        best_t = (
            FIXED
            if FIXED is not None
            else _threshold(y[train], corpus[train], prob(w, x[train]), gold)
        )
        test = ~train
        drop = prob(w, x[test]) < best_t
        tp, found = int(y[test].sum()), int(test.sum())
        dtp = int(((y[test] == 1) & drop).sum())
        dfp = int(((y[test] == 0) & drop).sum())
        dropped_tp += dtp
        dropped_fp += dfp
        before = f1(tp, found, gold[held])
        after = f1(tp - dtp, found - dtp - dfp, gold[held])
        tot_before += before
        tot_after += after
        tps = int(ys[test].sum())
        strict_before += f1(tps, found, gold[held])
        strict_after += f1(tps - int(((ys[test] == 1) & drop).sum()), found - dtp - dfp, gold[held])
        print(
            f"  {held:10s} t={best_t:.3f} acts={found:3d} tp={tp:3d} gold={gold[held]:3d} "
            f"dropped tp={dtp} fp={dfp}  F1 {before:.3f} -> {after:.3f}"
        )
    n = len(gold)
    print(
        f"mean F1 {tot_before / n:.4f} -> {tot_after / n:.4f} (strict {strict_before / n:.4f} "
        f"-> {strict_after / n:.4f}); dropped {dropped_fp} extra acts and {dropped_tp} gold ones"
    )
    w = fit(x, y, l2)
    for k, v in sorted(zip(names, w[:-1], strict=True), key=lambda t: -abs(t[1])):
        print(f"    {k:28s} {v:+.3f}")
    print(f"    {'bias':28s} {w[-1]:+.3f}")
    return (tot_after - tot_before) / n


def shipped(rows: list[dict[str, Any]]) -> float:
    """The agreements F1 of every corpus with the shipped `ACT_WEIGHTS` and `ACT_THRESHOLD`
    (the same scoring as `loco`, with fixed weights); returns the mean."""
    _, _, y, corpus, gold = _matrix(rows, "a", None)
    z = np.array(
        [
            pr.ACT_WEIGHTS.get("bias", 0.0)
            + sum(pr.ACT_WEIGHTS.get(k, 0.0) * v for k, v in r["a"].items())
            for r in rows
        ]
    )
    t = SHIPPED_THRESHOLD
    drop = (1.0 / (1.0 + np.exp(-z)) < t) if t > 0 else np.zeros(len(rows), bool)
    tot_before = tot_after = 0.0
    for held in sorted(gold):
        m = corpus == held
        tp, found = int(y[m].sum()), int(m.sum())
        dtp = int(((y == 1) & drop & m).sum())
        dfp = int(((y == 0) & drop & m).sum())
        before = f1(tp, found, gold[held])
        after = f1(tp - dtp, found - dtp - dfp, gold[held])
        tot_before += before
        tot_after += after
        print(
            f"  {held:10s} shipped t={t:.3f} dropped tp={dtp} fp={dfp}  F1 {before:.3f} -> "
            f"{after:.3f}"
        )
    n = len(gold)
    print(f"shipped weights: mean F1 {tot_before / n:.4f} -> {tot_after / n:.4f}")
    return tot_after / n


def _shipped_z(rows: list[dict[str, Any]], leave: list[str]) -> np.ndarray:
    """The log-odds the shipped `ACT_WEIGHTS` give each row, without the features `leave`
    (features the weights lack count 0)."""
    return np.array(
        [
            pr.ACT_WEIGHTS.get("bias", 0.0)
            + sum(pr.ACT_WEIGHTS.get(k, 0.0) * v for k, v in r["a"].items() if k not in leave)
            for r in rows
        ]
    )


def fit_added(x: np.ndarray, y: np.ndarray, offset: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression of the columns of `x` (no bias, L2) with a fixed offset on the
    log-odds (the shipped weights), by Newton steps."""
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(offset + x @ w)))
        g = x.T @ (p - y) + l2 * w
        h = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w)) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def loco_added(rows: list[dict[str, Any]], added: list[str], l2: float) -> dict[str, float]:
    """Leave-one-corpus-out with the shipped weights and threshold kept and only the weights
    of the `added` features learned on the other corpora; prints agreements and strict F1 per
    corpus with the shipped weights alone and with the added ones; returns the weights fitted
    on every corpus."""
    _, _, y, corpus, gold = _matrix(rows, "a", None)
    ys = np.array([float(r.get("ys", r["y"])) for r in rows])
    x = np.array([[r["a"][k] for k in added] for r in rows])
    z0 = _shipped_z(rows, added)
    t = SHIPPED_THRESHOLD
    cut = math.log(t / (1.0 - t)) if 0.0 < t < 1.0 else -math.inf
    sums = np.zeros(4)
    print(f"{len(rows)} acts, {int(y.sum())} match gold; shipped weights + {added} l2={l2}")
    for held in sorted(gold):
        test = corpus == held
        w = fit_added(x[~test], y[~test], z0[~test], l2)
        row = []
        for z in (z0[test], z0[test] + x[test] @ w):
            keep = z >= cut
            n = int(keep.sum())
            row += [
                f1(int(y[test][keep].sum()), n, gold[held]),
                f1(int(ys[test][keep].sum()), n, gold[held]),
            ]
        sums += row
        print(
            f"  {held:10s} w={' '.join(f'{v:+.3f}' for v in w)}  F1 {row[0]:.3f} -> {row[2]:.3f}"
            f"  strict {row[1]:.3f} -> {row[3]:.3f}"
        )
    m = sums / len(gold)
    print(f"mean F1 {m[0]:.4f} -> {m[2]:.4f} (strict {m[1]:.4f} -> {m[3]:.4f})")
    w = fit_added(x, y, z0, l2)
    return {k: round(float(v), 4) for k, v in zip(added, w, strict=True)}


def write_weights(
    path: Path, name: str, weights: dict[str, float], tail_name: str, tail: str
) -> None:
    """Replace, in the module at `path`, the dict `name` and the line of `tail_name` that
    follows it by `weights` and the line `tail`."""
    body = "".join(f'    "{k}": {v!r},\n' for k, v in weights.items())
    src = path.read_text("utf-8")
    start = src.index(f"{name}: dict[str, float] = ")
    end = src.index("\n", src.index(f"{tail_name} = ", start)) + 1
    path.write_text(
        f"{src[:start]}{name}: dict[str, float] = {{\n{body}}}\n{tail}\n{src[end:]}", "utf-8"
    )


def write(rows: list[dict[str, Any]], l2: float) -> None:
    """Fit the engine's features on every corpus and write ACT_WEIGHTS and ACT_THRESHOLD
    into _party_resolver.py."""
    names, x, y, corpus, gold = _matrix(rows, "a", None)
    w = fit(x, y, l2)
    t = FIXED if FIXED is not None else _threshold(y, corpus, prob(w, x), gold)
    weights = {k: round(float(v), 4) for k, v in zip(names, w[:-1], strict=True)}
    weights["bias"] = round(float(w[-1]), 4)
    path = ROOT / "src/cityties/extraction/extractors/_party_resolver.py"
    tail = f"ACT_THRESHOLD = {t!r}  # fitted with l2={l2}"
    tail += (" (fixed)" if FIXED is not None else "") + "; 0: no act is left out"
    write_weights(path, "ACT_WEIGHTS", weights, "ACT_THRESHOLD", tail)
    print(f"wrote {len(weights)} weights and threshold {t} into {path.relative_to(ROOT)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dump", help="write the rows as JSON Lines")
    ap.add_argument("--rows", help="read the rows from a dump instead of extracting")
    ap.add_argument("--l2", type=float, nargs="*", default=[0.1, 0.3, 1.0, 3.0, 10.0])
    ap.add_argument("--only", nargs="+", help="the features to use (prefixes)")
    ap.add_argument(
        "--rich", action="store_true", help="the exploratory feature set, not the engine's"
    )
    ap.add_argument(
        "--write", type=float, metavar="L2", help="fit on every corpus and write the weights"
    )
    ap.add_argument("--count-resolver", action="store_true", help="see the docstring")
    ap.add_argument("--shipped", action="store_true", help="score the shipped weights the same way")
    ap.add_argument("--fixed", type=float, help="a fixed threshold, not chosen per fold")
    ap.add_argument("--without", nargs="+", default=[], help="features to leave out")
    ap.add_argument(
        "--weak-cues",
        type=int,
        choices=(0, 1),
        help="whether the resolver scores act words without a status verb or date (default: "
        "the engine's WEAK_CUES)",
    )
    ap.add_argument("--pair", type=float, help="the resolver's pair threshold (WEIGHTS['pair'])")
    ap.add_argument(
        "--rich-as-engine",
        nargs="+",
        default=[],
        metavar="F",
        help="copy these exploratory features into the engine's set (to try one with --add "
        "before `act_features` computes it)",
    )
    ap.add_argument(
        "--add",
        nargs="+",
        help="keep the shipped weights and threshold, learn only these features' weights",
    )
    args = ap.parse_args()
    if args.weak_cues is not None:
        pr.WEAK_CUES = bool(args.weak_cues)
    if args.pair is not None:
        pr.WEIGHTS["pair"] = args.pair
    if args.count_resolver:
        count_resolver()
        return 0
    if args.rows:
        data = json.loads(Path(args.rows).read_text())
        rows = data["rows"]
        GOLD.update({tuple(k.split("/", 1)): v for k, v in data["gold"].items()})
    else:
        rows = dump()
    if args.dump:
        gold = {f"{c}/{d}": g for (c, d), g in GOLD.items()}
        Path(args.dump).write_text(json.dumps({"rows": rows, "gold": gold}))
    global FIXED
    FIXED = args.fixed
    for r in rows:
        for k in args.without:
            r["a"].pop(k, None)
        for k in args.rich_as_engine:
            r["a"][k] = r["x"][k]
    if args.shipped:
        shipped(rows)
    if args.add:
        for l2 in args.l2:
            added = loco_added(rows, args.add, l2)
        if args.write is not None:
            added = loco_added(rows, args.add, args.write)
            weights = {k: v for k, v in pr.ACT_WEIGHTS.items() if k != "bias" and k not in added}
            weights = {**dict(sorted({**weights, **added}.items())), "bias": pr.ACT_WEIGHTS["bias"]}
            tail = f"ACT_THRESHOLD = {SHIPPED_THRESHOLD!r}  # l2=0.3; {', '.join(added)} added"
            tail += f" with l2={args.write} (--add); 0: none left out"
            path = ROOT / "src/cityties/extraction/extractors/_party_resolver.py"
            write_weights(path, "ACT_WEIGHTS", weights, "ACT_THRESHOLD", tail)
            print(f"wrote {added} into {path.relative_to(ROOT)}")
        return 0
    for l2 in args.l2:
        loco(rows, l2, "x" if args.rich else "a", args.only)
    if args.write is not None:
        write(rows, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
