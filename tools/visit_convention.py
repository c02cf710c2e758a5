"""Measure how the gold writes visits: region or city ends, visits from signings, stay dates.

    python tools/visit_convention.py [--list] [--dev DIR]

Reads the gold files and texts of the development corpora (never corpus3 or corpus44) and,
with --dev, the dev gold of ../shared/eval/dev. For every gold visit it reads the sentences
of the text that name its `to` end (or an alias of it) and classifies:

- `region-to`: the `to` end is a country or first-level region (gazetteer kind), and
  `region+cities` when those sentences (or the two after them) name cities of that
  country/region too (a tour with stops).
- `city-to+region`: the `to` end is a city and a sentence naming it names its country or
  region after a travel word ("went to China ... in Jinan").
- `signing`: no sentence naming the `to` end has a visit/travel word, but one has a signing
  word (a visit inferred from a signing abroad); `year-only`: the gold date is a bare year.
- stay dates: where the text has a day range ("15-19 May", "du 15 au 19 mai", "vom 15. bis
  19. Mai") in the month of a full gold date: `first` (the gold day is the first day),
  `last`, `inside` (another day of the stay, e.g. the signing day) or `outside`.

Counts are printed per corpus; `--list` prints each classified entry for reading. The
classification is a rough pointer for reading, not a verdict.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from party_convention import corpora, fold, forms_of, sentences  # noqa: E402

from cityties.extraction import gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "benchmarks"

MONTHS = {
    **dict.fromkeys(["january", "januar", "janvier", "januari", "jan"], 1),
    **dict.fromkeys(["february", "februar", "fevrier", "februari", "feb"], 2),
    **dict.fromkeys(["march", "marz", "maerz", "mars", "maart", "mar"], 3),
    **dict.fromkeys(["april", "avril", "apr"], 4),
    **dict.fromkeys(["may", "mai", "mei"], 5),
    **dict.fromkeys(["june", "juni", "juin", "jun"], 6),
    **dict.fromkeys(["july", "juli", "juillet", "jul"], 7),
    **dict.fromkeys(["august", "aout", "augustus", "aug"], 8),
    **dict.fromkeys(["september", "septembre", "sept", "sep"], 9),
    **dict.fromkeys(["october", "oktober", "octobre", "oct", "okt"], 10),
    **dict.fromkeys(["november", "novembre", "nov"], 11),
    **dict.fromkeys(["december", "dezember", "decembre", "dec", "dez"], 12),
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEP = r"\s*(?:-|to|through|until|till|au|bis|tot|t m|et|and|und|en)\s*"
_RANGE_DM = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er)?\s*(?:({_MON})\s+)?{_SEP}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})(?!\w)"
)
_RANGE_MD = re.compile(
    rf"(?<!\w)({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?{_SEP}(?:({_MON})\s+)?(\d{{1,2}})(?!\d)"
)
VISIT_WORDS = re.compile(
    r"(?<!\w)(?:visit\w*|deleg\w*|trip|travel\w*|tour\w*|went|came|arriv\w*|welcom\w*|hosted|"
    r"receiv\w*|journey|mission\w*|stay\w*|bezoek\w*|bezocht|reis\w*|trok|ontving\w*|"
    r"ontvangen|besuch\w*|besucht|reise\w*|gereist|empfang\w*|empfing|aufenthalt|visite\w*|"
    r"voyage\w*|s est rendu\w*|se rend\w*|accueill\w*|sejour\w*)(?!\w)"
)
SIGN_WORDS = re.compile(
    r"(?<!\w)(?:sign\w*|ondertek\w*|unterzeichn\w*|unterschrieb\w*|unterschrift\w*|signe\w*|"
    r"signat\w*|conclu\w*|geschlossen|besiegel\w*|bezegel\w*)(?!\w)"
)
TRAVEL_TO = r"(?:to|naar|nach|en|in|au|aux|visited|visiting|bezocht|besuchte|visite)"
CITY_KINDS = {"city", "capital", "town", "place"}


def region_of(gaz: gazetteer.Gazetteer, name: str) -> tuple[str, str] | None:
    """('country', code) or ('admin1', name) when the best reading of `name` is a region
    with no city of that name of 100,000 people or more."""
    refs = gaz.lookup(name)
    if not refs:
        return None
    best = refs[0]
    if any(r.kind not in ("country", "admin1") and (r.population or 0) >= 100_000 for r in refs):
        return None
    if best.kind == "country":
        return ("country", best.country or "")
    if best.kind == "admin1":
        return ("admin1", f"{best.country}|{best.admin1}")
    return None


def cities_in(gaz: gazetteer.Gazetteer, text: str, region: tuple[str, str]) -> set[str]:
    """Capitalised names of `text` that are cities (50,000 people or more) of `region`."""
    out: set[str] = set()
    for m in re.finditer(r"(?<![\w'])[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", text):
        for cand in {m.group(0), m.group(0).split()[0]}:
            for r in gaz.lookup(cand)[:3]:
                if r.kind in ("country", "admin1") or (r.population or 0) < 50_000:
                    continue
                where = r.country if region[0] == "country" else f"{r.country}|{r.admin1}"
                if where == region[1]:
                    out.add(cand)
    return out


def stay_of(text: str, month: int, day: int) -> str | None:
    """`first`, `last`, `inside` or `outside` against the day ranges of `month` in `text`."""
    folded = fold(text).replace("–", " - ")
    spans: list[tuple[int, int]] = []
    for m in _RANGE_DM.finditer(folded):
        m2 = MONTHS[m.group(4)]
        m1 = MONTHS[m.group(2)] if m.group(2) else m2
        spans.append((m1 * 100 + int(m.group(1)), m2 * 100 + int(m.group(3))))
    for m in _RANGE_MD.finditer(folded):
        m1 = MONTHS[m.group(1)]
        m2 = MONTHS[m.group(3)] if m.group(3) else m1
        spans.append((m1 * 100 + int(m.group(2)), m2 * 100 + int(m.group(4))))
    spans = [(a, b) for a, b in spans if a < b and (a // 100 == month or b // 100 == month)]
    if not spans:
        return None
    d = month * 100 + day
    if any(d == a for a, _ in spans):
        return "first"
    if any(d == b for _, b in spans):
        return "last"
    for a, b in spans:
        if a < d < b:
            return "inside"
    return "outside"


def classify(gaz: gazetteer.Gazetteer, text: str, gold: dict[str, Any]) -> list[tuple[str, Any]]:
    """(class, visit) pairs for the visits of one gold file."""
    out: list[tuple[str, Any]] = []
    aliases = gold.get("aliases") or {}
    sents = sentences(text)
    folded = [fold(s) for s in sents]
    for v in gold.get("visits") or []:
        to = v.get("to") or ""
        forms = forms_of(to, aliases)
        idx = [i for i, f in enumerate(folded) if any(f" {x} " in f" {f} " for x in forms)]
        near = " ".join(sents[j] for i in idx for j in range(i, min(i + 3, len(sents))))
        region = region_of(gaz, to)
        if region:
            out.append(("region-to", v))
            if cities_in(gaz, near, region):
                out.append(("region+cities", v))
        else:
            refs = gaz.lookup(to)
            if refs and refs[0].kind not in ("country", "admin1"):
                c = gaz.country(refs[0].country or "")
                names = {fold(c.name)} if c else set()
                if c and c.name_en:
                    names.add(fold(c.name_en))
                if refs[0].admin1:
                    names.add(fold(refs[0].admin1))
                names.discard("")
                pat = re.compile(
                    rf"(?<!\w){TRAVEL_TO}\s+(?:{'|'.join(map(re.escape, names))})(?!\w)"
                )
                if names and any(pat.search(folded[i]) for i in idx):
                    out.append(("city-to+region", v))
        if idx and not any(VISIT_WORDS.search(folded[i]) for i in idx):
            if any(SIGN_WORDS.search(folded[i]) for i in idx):
                out.append(("signing", v))
            else:
                out.append(("no-visit-word", v))
        if not idx:
            out.append(("to-not-named", v))
        date = v.get("date") or ""
        if re.fullmatch(r"\d{4}", date):
            out.append(("year-only", v))
        m = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", date)
        if m:
            stay = stay_of(near or text, int(m.group(1)), int(m.group(2)))
            if stay:
                out.append((f"stay-{stay}", v))
    return out


CLASSES = [
    "visits",
    "region-to",
    "region+cities",
    "city-to+region",
    "signing",
    "no-visit-word",
    "to-not-named",
    "year-only",
    "stay-first",
    "stay-last",
    "stay-inside",
    "stay-outside",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--dev", type=Path)
    args = ap.parse_args()
    gaz = gazetteer.load()
    dirs = [(c, ROOT / c) for c in corpora()]
    if args.dev:
        dirs.insert(0, ("dev", args.dev))
    total: Counter[str] = Counter()
    print(f"{'corpus':16}" + "".join(f"{c[:9]:>10}" for c in CLASSES))
    for name, d in dirs:
        counts: Counter[str] = Counter()
        for g in sorted(d.glob("*.gold.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            text = g.with_name(g.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
            counts["visits"] += len(gold.get("visits") or [])
            for cls, v in classify(gaz, text, gold):
                counts[cls] += 1
                if args.list:
                    print(f"  {name}/{g.name[:-10]} {cls}: {v}")
        total.update(counts)
        print(f"{name:16}" + "".join(f"{counts[c]:>10}" for c in CLASSES))
    print(f"{'total':16}" + "".join(f"{total[c]:>10}" for c in CLASSES))


if __name__ == "__main__":
    main()
