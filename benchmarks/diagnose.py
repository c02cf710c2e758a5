"""Count the engine's errors on a gold folder by category, without showing any text.

    python benchmarks/diagnose.py GOLD_DIR FOUND_DIR [--shared ../shared] [--why]

For a held-out corpus this tells what kind of error dominates (parties, types, statuses,
dates, subjects, missing acts) while keeping its texts unread: only counts are printed.
Names are compared the way ../shared/eval/score.py compares them (its `Names` and `fold`).
`--why` also counts where the parties of missed agreements stand in the texts (GOLD_DIR/NAME.txt):
named or not, recognised as a place or organisation or not, in one sentence with a cue word or
not; it reads the texts but still prints counts only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"diagnose: cannot load {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _agreements(
    names: Any, gold: list[dict[str, Any]], found: list[dict[str, Any]]
) -> Counter[str]:
    out: Counter[str] = Counter()

    def parties(a: dict[str, Any]) -> frozenset[str]:
        return frozenset(names(p) for p in a.get("parties") or [])

    free = list(found)
    for g in gold:
        gp, gt = parties(g), g.get("type")
        exact = next((f for f in free if parties(f) == gp and f.get("type") == gt), None)
        if exact is not None:
            free.remove(exact)
            for key in ("signed", "status", "duration_months", "ends"):
                gv, fv = g.get(key), exact.get(key)
                if key == "status":
                    gv, fv = gv or "signed", fv or "signed"
                if gv != fv:
                    out[f"matched, wrong {key}"] += 1
                    if key == "status":
                        out[f"  status {gv} read as {fv}"] += 1
            continue
        same_parties = next((f for f in free if parties(f) == gp), None)
        if same_parties is not None:
            free.remove(same_parties)
            out["missed: same parties, other type"] += 1
            out[f"  type {gt} read as {same_parties.get('type')}"] += 1
            continue
        one_party = next((f for f in free if parties(f) & gp and f.get("type") == gt), None)
        if one_party is not None:
            free.remove(one_party)
            out["missed: same type, one party wrong"] += 1
            continue
        if any(parties(f) & gp for f in found):
            out["missed: a party appears in another act"] += 1
        else:
            out["missed: no act with these parties"] += 1
        out[f"  missed type {gt}, status {g.get('status') or 'signed'}"] += 1
    gold_names = {n for g in gold for n in parties(g)}
    for f in free:
        fp = parties(f)
        if fp <= gold_names:
            out["extra: parties of gold acts"] += 1
        elif fp & gold_names:
            out["extra: one party unknown to gold"] += 1
        else:
            out["extra: parties unknown to gold"] += 1
    return out


def _visits(names: Any, gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> Counter[str]:
    out: Counter[str] = Counter()
    free = [(names(f.get("from")), names(f.get("to")), f.get("date")) for f in found]
    for g in gold:
        key = (names(g.get("from")), names(g.get("to")), g.get("date"))
        if key in free:
            free.remove(key)
            continue
        same_ends = next((f for f in free if f[:2] == key[:2]), None)
        if same_ends is not None:
            free.remove(same_ends)
            out["missed: right ends, wrong date"] += 1
            continue
        reverse = next((f for f in free if f[:2] == key[1::-1]), None)
        if reverse is not None:
            free.remove(reverse)
            out["missed: direction reversed"] += 1
            continue
        one = next((f for f in free if f[0] == key[0] or f[1] == key[1]), None)
        if one is not None:
            free.remove(one)
            out["missed: one end wrong"] += 1
            continue
        out["missed: not found"] += 1
    out["extra"] += len(free)
    return out


def _figures(names: Any, gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> Counter[str]:
    out: Counter[str] = Counter()

    def close(a: Any, b: Any) -> bool:
        try:
            return abs(float(a) - float(b)) <= 0.005 * max(abs(float(a)), 1e-9)
        except (TypeError, ValueError):
            return False

    free = list(found)
    for g in gold:
        subj, measure = names(g.get("subject")), g.get("measure")
        hit = next(
            (
                f
                for f in free
                if names(f.get("subject")) == subj
                and f.get("measure") == measure
                and close(g.get("value"), f.get("value"))
                and (g.get("year") is None or g.get("year") == f.get("year"))
            ),
            None,
        )
        if hit is not None:
            free.remove(hit)
            continue
        same_value = [f for f in free if close(g.get("value"), f.get("value"))]
        if any(f.get("measure") == measure and names(f.get("subject")) != subj for f in same_value):
            out["missed: wrong subject"] += 1
        elif any(
            names(f.get("subject")) == subj and f.get("measure") != measure for f in same_value
        ):
            out["missed: wrong measure"] += 1
        elif any(
            names(f.get("subject")) == subj and f.get("measure") == measure for f in same_value
        ):
            out["missed: wrong year"] += 1
        elif same_value:
            out["missed: value found, subject and measure wrong"] += 1
        else:
            out["missed: value not found"] += 1
            out[f"  missed measure {measure}"] += 1
    for f in free:
        out[f"extra: measure {f.get('measure')}"] += 1
    return out


CUES = tuple(
    """
    twin sister partner jumel stedenband zuster verzuster memorand mou agreement accord
    convention abkommen vereinbarung overeenkomst friendship vriendschap amitie freundschaft
    intent intention absicht cooperation samenwerking zusammenarbeit protocol protokoll
    """.split()
)


ORG_WORDS = frozenset(
    """
    university universiteit universite universitat college hochschule chamber kamer chambre
    kammer port haven hafen museum hospital company group association vereniging verein
    institute instituut institut council government ministry bureau office agency school
    academy foundation stichting airport zoo bank corporation committee commission
    """.split()
)


ADMIN_WORDS = frozenset(
    """
    province provincie county district region department departement bezirk landkreis kreis
    state land prefecture municipality gemeente
    """.split()
)


def _gazetteer_has(name: str) -> bool:
    from cityties.extraction.gazetteer import load

    return bool(load().lookup(name))


def _why(
    score: Any, names: Any, text: str, gold: dict[str, Any], found: dict[str, Any]
) -> Counter[str]:
    """Why gold acts are missed: where their parties stand in the text (counts only)."""
    out: Counter[str] = Counter()
    found_acts = found.get("agreements") or []
    found_keys = {
        (frozenset(names(p) for p in a.get("parties") or []), a.get("type")) for a in found_acts
    }
    mentioned = {names(m.get("name")) for m in (found.get("places") or [])}
    mentioned |= {names(m.get("name")) for m in (found.get("organisations") or [])}
    in_acts = {names(p) for a in found_acts for p in a.get("parties") or []}
    aliases = gold.get("aliases", {})
    sentences = [score.fold(s) for s in text.replace("\n", ". ").split(". ")]

    def spellings(party: str) -> set[str]:
        canon = names(party)
        forms = {score.fold(party)}
        for name, others in aliases.items():
            if score.fold(name) == canon:
                forms |= {score.fold(o) for o in [name, *others]}
        return {f for f in forms if f}

    def has(sentence: str, forms: set[str]) -> bool:
        return any(f" {f} " in f" {sentence} " for f in forms)

    for g in gold.get("agreements", []):
        parties = [p.get("name") if isinstance(p, dict) else p for p in g.get("parties") or []]
        key = (frozenset(names(p) for p in parties), g.get("type"))
        if key in found_keys:
            continue
        out["missed acts"] += 1
        for p in parties:
            forms = spellings(p)
            if not any(has(s, forms) for s in sentences):
                out["  party: name not in the text"] += 1
            elif names(p) not in mentioned:
                out["  party: in the text, not among places/organisations"] += 1
                words = set(score.fold(p).split())
                if words & ADMIN_WORDS:
                    out["    unrecognised party: a district, county, province or region"] += 1
                elif words & ORG_WORDS:
                    out["    unrecognised party: organisation-like name"] += 1
                elif _gazetteer_has(p):
                    out["    unrecognised party: a gazetteer name"] += 1
                else:
                    out["    unrecognised party: not in the gazetteer"] += 1
            elif names(p) not in in_acts:
                out["  party: a mention, in no found act"] += 1
            else:
                out["  party: in another found act"] += 1
        forms = [spellings(p) for p in parties]
        both = [s for s in sentences if len(forms) == 2 and all(has(s, f) for f in forms)]
        if both:
            cue = any(any(c in s for c in CUES) for s in both)
            out[f"  both parties in one sentence, {'with' if cue else 'without'} a cue word"] += 1
        else:
            out["  no sentence names both parties"] += 1
            alone = [s for s in sentences if any(has(s, f) for f in forms)]
            if alone and any(any(c in s for c in CUES) for s in alone):
                out["    a party named in a sentence with a cue word"] += 1
            crowded = [s for s in alone if s.count(" ") > 40]
            if crowded:
                out["    a party named in a long sentence (list?)"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("found_dir", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--why", action="store_true", help="also explain missed agreements")
    args = parser.parse_args(argv)
    score = _scorer(args.shared)
    totals: dict[str, Counter[str]] = {"agreements": Counter(), "visits": Counter()}
    totals["figures"] = Counter()
    if args.why:
        totals["missed agreements, why"] = Counter()
    for gold_path in sorted(args.gold_dir.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        found_path = args.found_dir / f"{name}.json"
        found = json.loads(found_path.read_text(encoding="utf-8")) if found_path.exists() else {}
        names = score.Names(gold.get("aliases", {}))
        for kind, fn in (("agreements", _agreements), ("visits", _visits), ("figures", _figures)):
            totals[kind] += fn(names, gold.get(kind, []), found.get(kind) or [])
        text_path = args.gold_dir / f"{name}.txt"
        if args.why and text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            totals["missed agreements, why"] += _why(score, names, text, gold, found)
    for kind, counts in totals.items():
        print(f"== {kind}")
        main_rows = [(n, label) for label, n in counts.items() if not label.startswith("  ")]
        details = [(n, label.strip()) for label, n in counts.items() if label.startswith("  ")]
        for n, label in sorted(main_rows, key=lambda r: (-r[0], r[1])):
            print(f"  {n:4d}  {label}")
        if details:
            print("  details:")
        for n, label in sorted(details, key=lambda r: (-r[0], r[1])):
            print(f"      {n:4d}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
