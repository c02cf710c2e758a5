"""How far a broad candidate generator for acts (agreements) could reach on the development
corpora: an upper bound for "broad candidates + a learned decider" (issue 2).

    PYTHONPATH=src .venv/bin/python tools/act_candidates.py [--misses]

For every document of the corpora annotated for agreements (`train_act_filter.CORPORA`) the
engine runs once (`cityties.extraction.extract`); its Doc gives the sentences and the
mentions. A candidate is an act word (a match of a type cue of `_lexicon_agreements.
TYPE_PATTERNS`) with an unordered pair of actors (place or organisation mentions, plus the
document's institution, which stands in every window) found in a window around the act word:
the act word's sentence (window "s"), or that sentence and the one before (window "s2").
A gold act is covered when some candidate has its type and both its parties (names folded and
mapped through the gold's aliases as score.py does; a mention matches by its canonical name or
its surface text). The engine's right acts are score.py's greedy matches on parties and type.

The actors are the Doc's place and organisation mentions and the engine's cast
(`_parties.cast_for`, which adds the propagated occurrences); the institution is
`doc.institution`, else the cast's likeliest own place (`cast.home`). A third window "doc"
(every pair of actors of the document with every act word) is the ceiling of any window.

Printed per corpus and in total: gold acts, engine right, covered per window ("cov"),
distinct candidates (type, pair of actors) per gold act per window ("c/g": the decider's
burden), the engine's misses, the misses a candidate covers per window ("+": what a perfect
decider would gain) and the misses "s2" leaves uncovered by reason: a party is not a mention
(nor the institution) anywhere ("nomen"); no act word of the gold's type in the document
("notyp"); parties and type word present but in no shared window ("nowin"). `--misses`
lists those.

Measured 2026-11-30 (engine of main at 04a8750, 21 development corpora, 3 s):
- 1,089 gold acts, the engine right on 958 (0.880, in sample: these corpora tuned it), 131
  misses;
- candidate recall: sentence 0.689 (750), sentence + the one before 0.796 (867), document
  0.941 (1,025); candidates per gold act 2.7 / 4.4 / 23.4;
- misses covered (a perfect decider's gain): 40 / 57 / 86 of 131, so the engine's acts plus a
  perfect decider reach 998 / 1,015 / 1,044 (0.916 / 0.932 / 0.959);
- the windows alone lose acts the engine finds: 248 / 148 / 19 of its 958 right acts lie
  outside them (lists under a heading, "between the two cities", the home named once at the
  head): a decider must add to the engine's acts, not replace them, or use a wider window;
- the 74 misses "s2" leaves: 31 a party is not a mention (regions and organisations the
  recognisers miss: "Lower Saxony", "North Rhine-Westphalia", "Sichuan University", home
  towns as "La Brède" and "Agen"), 14 no act word of the type (the type read from a verb or
  a title the lexicon lacks), 29 parties and type word in no shared window (lists and
  earlier paragraphs; the document window covers all 29).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/eval")
sys.path.insert(0, str(SHARED))
sys.path.insert(0, str(ROOT / "tools"))

import score as sc  # noqa: E402  (the shared scorer)
from train_act_filter import CORPORA  # noqa: E402

from cityties.extraction import extract  # noqa: E402
from cityties.extraction.extractors._lexicon_agreements import TYPE_PATTERNS  # noqa: E402
from cityties.extraction.extractors._parties import cast_for  # noqa: E402
from cityties.extraction.readers import read_path  # noqa: E402

WINDOWS = ("s", "s2", "doc")
ACTOR_KINDS = ("place", "organisation")


def _act_words(text: str) -> list[tuple[str, int, int]]:
    """Every type cue in the text: (type, start, end)."""
    out = []
    for kind, rx in TYPE_PATTERNS:
        for m in rx.finditer(text):
            out.append((kind, m.start(), m.end()))
    return out


def _sentence_index(doc: Any, offset: int) -> int | None:
    s = doc.sentence_at(offset)
    if s is None:
        return None
    lo, hi = 0, len(doc.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.sentences[mid].end <= s.start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def document(path: Path) -> dict[str, Any]:
    """The gold acts of one document with what covers them, and the candidate counts."""
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text("utf-8"))
    names = sc.Names(gold.get("aliases", {}))
    text = read_path(path).text
    doc = extract(text).doc
    # actors: the place and organisation mentions and the engine's cast (its propagated
    # occurrences), each known by its folded canonical name; `alt` adds the surface text's
    spans: list[tuple[int, str]] = []
    alt: dict[str, set[str]] = {}
    occurrences = [(m.start, m.name, m.text) for m in doc.mentions if m.kind in ACTOR_KINDS]
    cast = cast_for(doc)
    occurrences += [(a.start, a.name, text[a.start : a.end]) for a in cast.actors]
    for start, name, surface in occurrences:
        primary = names(name)
        spans.append((start, primary))
        alt.setdefault(primary, {primary}).add(names(surface))
    own: set[str] = set()  # the document's institution, in every window
    institution = doc.institution or (cast.home.name if cast.home is not None else None)
    if institution:
        own.add(names(institution))
        alt.setdefault(names(institution), {names(institution)})
    by_sentence: dict[int, set[str]] = {}
    for start, primary in spans:
        k = _sentence_index(doc, start)
        if k is not None:
            by_sentence.setdefault(k, set()).add(primary)
    everywhere = set(alt)
    known = set().union(*alt.values()) if alt else set()
    # candidates: (type, pair of actors) per window
    cands: dict[str, set[tuple[str, frozenset[str]]]] = {w: set() for w in WINDOWS}
    words = _act_words(text)
    for kind, start, _end in words:
        k = _sentence_index(doc, start)
        if k is None:
            continue
        for w in WINDOWS:
            if w == "doc":
                ids = everywhere
            else:
                ids = set(by_sentence.get(k, set())) | own
                if w == "s2" and k > 0:
                    ids |= by_sentence.get(k - 1, set())
            for x, y in itertools.combinations(sorted(ids), 2):
                cands[w].add((kind, frozenset((x, y))))
    # every (type, pair of names) a candidate stands for
    covers: dict[str, set[tuple[str, frozenset[str]]]] = {w: set() for w in WINDOWS}
    for w in WINDOWS:
        for kind, pair in cands[w]:
            x, y = sorted(pair)
            for a in alt[x]:
                for b in alt[y]:
                    covers[w].add((kind, frozenset((a, b))))
    # the engine's right acts
    golds = gold.get("agreements", [])
    found = [{"parties": [p.name for p in a.parties], "type": a.type} for a in doc.agreements]

    def key(a: dict[str, Any]) -> tuple[Any, Any]:
        return frozenset(names(p) for p in a.get("parties") or []), a.get("type")

    right = {gi for gi, _ in sc.match_greedy(golds, found, key, lambda g, f: 0)}
    types = {kind for kind, _, _ in words}
    rows = []
    for gi, g in enumerate(golds):
        parties = frozenset(names(p) for p in g.get("parties") or [])
        covered = {w: (g["type"], parties) in covers[w] for w in WINDOWS}
        if not (parties <= known) or len(parties) != 2:
            reason = "party not a mention"
        elif g["type"] not in types:
            reason = "type word missing"
        else:
            reason = "no shared window"
        rows.append(
            {
                "right": gi in right,
                "covered": covered,
                "reason": reason,
                "party": sorted(parties - known),
                "act": f"{g['type']} {sorted(parties)}",
            }
        )
    # the decider's burden: distinct (type, pair of actors) candidates of the document
    return {"rows": rows, "cands": {w: len(cands[w]) for w in WINDOWS}}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="list the uncovered misses")
    args = ap.parse_args()
    print(
        f"{'corpus':10s} {'gold':>5s} {'right':>5s} "
        + " ".join(f"{'cov ' + w:>7s}" for w in WINDOWS)
        + " "
        + " ".join(f"{'c/g ' + w:>7s}" for w in WINDOWS)
        + f" {'miss':>5s} "
        + " ".join(f"{'+' + w:>4s}" for w in WINDOWS)
        + f" {'nomen':>5s} {'notyp':>5s} {'nowin':>5s}"
    )
    total: Counter[str] = Counter()
    for corpus in CORPORA:
        c: Counter[str] = Counter()
        for path in sorted(corpus.glob("*.txt")):
            d = document(path)
            for w in WINDOWS:
                c[f"cands {w}"] += d["cands"][w]
            for r in d["rows"]:
                c["gold"] += 1
                c["right"] += r["right"]
                for w in WINDOWS:
                    c[f"cov {w}"] += r["covered"][w]
                if not r["right"]:
                    c["miss"] += 1
                    for w in WINDOWS:
                        c[f"gain {w}"] += r["covered"][w]
                    if not r["covered"]["s2"]:
                        c[r["reason"]] += 1
                        if args.misses:
                            print(
                                f"    {corpus.name}/{path.name}: {r['act']} -- {r['reason']}"
                                + (f" {r['party']}" if r["party"] else "")
                            )
        _line(corpus.name, c)
        total.update(c)
    _line("total", total)


def _line(name: str, c: Counter[str]) -> None:
    g = max(1, c["gold"])
    print(
        f"{name:10s} {c['gold']:5d} {c['right']:5d} "
        + " ".join(f"{c['cov ' + w] / g:7.3f}" for w in WINDOWS)
        + " "
        + " ".join(f"{c['cands ' + w] / g:7.1f}" for w in WINDOWS)
        + f" {c['miss']:5d} "
        + " ".join(f"{c['gain ' + w]:4d}" for w in WINDOWS)
        + f" {c['party not a mention']:5d} {c['type word missing']:5d}"
        + f" {c['no shared window']:5d}"
    )


if __name__ == "__main__":
    main()
