"""Measure who the gold names as parties and visit ends against how the text presents them.

    python tools/party_convention.py OUT_ROOT [--list] [--corpus corpus25 ...]

OUT_ROOT holds the engine's output per corpus (`OUT_ROOT/<corpus with / as _>/NAME.json`,
as `cityties extract --out` writes it); the script reads the gold files and texts of the
development corpora (never corpus3 or the current blind set, corpus44) and the engine's
`organisations` lists.

For each act party and visit end of the gold it classifies the gold name (an organisation,
a district/province/county, or a place) and the wording of the text around the act: the
sentences naming the other end (the counterpart) and a form of this end. A gold place P is
`org-presented` when, in those sentences, P is written only inside an organisation's name
("Hochschule Hof", "Port of Tacoma", "the rector of the University of Ghent"): an
organisation of P, not P, is the one presented as acting; `mixed` when the sentences have P
both bare and inside an organisation; `place` otherwise. A gold organisation is
`place-presented` when the sentences with the counterpart never name it (nor its acronym)
but name its city bare. A district/town pair is flagged when the gold names one and the
text writes the other beside the counterpart ("Landkreis Nienburg" against "Nienburg").

Counts are printed per corpus; `--list` prints every flagged entry (for reading).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent / "benchmarks"
HELD_OUT = {"corpus3", "corpus44"}  # corpus3 and the current blind set

ORG_WORDS = (
    r"universit\w*|hochschule|hogeschool|fachhochschule|college|coll[eè]ge|school|schule|"
    r"[ée]cole|academy|akademie|acad[ée]mie|institut\w*|port|ports|haven|havenbedrijf|hafen|"
    r"harbou?r|chamber|kamer|kammer|ihk|cci|chambre|association|vereniging|verein|"
    r"gesellschaft|society|soci[ée]t[ée]|airport|luchthaven|flughafen|a[ée]roport|bank|group|"
    r"groupe|company|hospital|ziekenhuis|klinikum|museum|foundation|stichting|stiftung|"
    r"commission|committee|comit[ée]|forum|council of|federation|f[ée]d[ée]ration|club|"
    r"authority|gmbh|ag|ltd|inc|zoo|orchestra|theatre|theater"
)
_ORG_RE = re.compile(rf"(?<!\w)(?:{ORG_WORDS})(?!\w)", re.IGNORECASE)
DISTRICT_WORDS = (
    r"landkreis|kreis|district|county|provinz|provincie|province|prefecture|pr[ée]fecture|"
    r"bezirk|arrondissement|region hannover|kommune"
)
_DISTRICT_RE = re.compile(rf"(?<!\w)(?:{DISTRICT_WORDS})(?!\w)", re.IGNORECASE)
_LINKER = r"(?:\s+(?:of|van|de|du|des|der|d'|von|zu|in|la|le|het|the))*\s*"


def fold(text: str) -> str:
    """Lower case without accents, punctuation as spaces (as score.py compares)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def corpora() -> list[str]:
    """The development corpora with gold files, held-out sets excluded."""
    out = ["corpus/tune", "corpus/holdout"]
    for n in range(2, 61):
        name = f"corpus{n}"
        if name not in HELD_OUT and (ROOT / name).is_dir():
            out.append(name)
    return out


def sentences(text: str) -> list[str]:
    """Lines cut at sentence ends (a rough split, enough for co-occurrence)."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(s for s in re.split(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(«„])", line) if s.strip())
    return out


def gold_class(name: str, orgs: set[str]) -> str:
    """`org`, `district` or `place` from the gold name (and the engine's organisations)."""
    if fold(name) in orgs or _ORG_RE.search(name):
        return "org"
    if _DISTRICT_RE.search(name):
        return "district"
    return "place"


def forms_of(name: str, aliases: dict[str, list[str]]) -> set[str]:
    """The gold name and its aliases, folded."""
    out = {fold(name)}
    for key, others in aliases.items():
        if fold(key) == fold(name):
            out |= {fold(o) for o in [key, *others]}
    return {f for f in out if f}


def has(sentence: str, forms: set[str]) -> bool:
    s = f" {sentence} "
    return any(f" {f} " in s for f in forms)


def inside_org(
    sentence: str, form: str, org_names: set[str], seen: set[str] | None = None
) -> tuple[int, int]:
    """(bare, inside) counts of `form` in a folded sentence: inside an organisation name or
    next to an organisation word ("port of X", "X university"); the organisation names found
    are added to `seen`."""
    bare = inside = 0
    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", sentence):
        s, e = m.span()
        names = [o for o in org_names if form in o and _covers(sentence, o, s, e)]
        hit = bool(names)
        if not hit:
            before = re.search(rf"(?:{ORG_WORDS}){_LINKER}$", sentence[max(0, s - 40) : s])
            after = re.match(rf"\s*(?:{ORG_WORDS})(?!\w)", sentence[e : e + 40])
            if before:
                names = [sentence[s - len(before.group(0)) : e]]
            elif after:
                names = [sentence[s : e + after.end()]]
            hit = bool(names)
        if hit:
            inside += 1
            if seen is not None:
                seen.update(" ".join(n.split()) for n in names)
        else:
            bare += 1
    return bare, inside


def _covers(sentence: str, org: str, s: int, e: int) -> bool:
    for m in re.finditer(re.escape(org), sentence):
        if m.start() <= s and e <= m.end():
            return True
    return False


def district_pair(sentence: str, form: str) -> bool:
    """`form` written with a district word ("landkreis nienburg", "nienburg county")."""
    return bool(
        re.search(rf"(?:{DISTRICT_WORDS}){_LINKER}{re.escape(form)}(?!\w)", sentence)
        or re.search(rf"(?<!\w){re.escape(form)}\s+(?:{DISTRICT_WORDS})(?!\w)", sentence)
    )


def classify(
    name: str,
    other: str | None,
    gold: dict[str, Any],
    sents: list[str],
    orgs: set[str],
    org_places: dict[str, set[str]],
) -> str:
    """The class of one end: see the module docstring."""
    aliases = gold.get("aliases", {})
    kind = gold_class(name, orgs)
    forms = forms_of(name, aliases)
    other_forms = forms_of(other, aliases) if other else set()
    near = [s for s in sents if has(s, forms) and (not other_forms or has(s, other_forms))]
    if not near:
        near = [s for s in sents if has(s, forms)]
    if kind == "org":
        cities = org_places.get(fold(name), set())
        if near and not any(has(s, {fold(name)}) for s in near):
            # only aliases in the sentences: an alias that is a bare place name
            if any(has(s, cities) for s in near):
                return "org/place-presented"
        return "org/org-presented"
    base = fold(name)
    for prefix in ("landkreis ", "kreis ", "district of ", "province of ", "county of "):
        if base.startswith(prefix):
            base = base[len(prefix) :]
    joint = [s for s in sents if has(s, forms) and other_forms and has(s, other_forms)]
    if not joint:
        joint = [s for s in sents if has(s, forms) and _CUE_RE.search(s)]
    if not joint:
        return f"{kind}/no-sentence"
    if kind == "district":
        town = any(
            re.search(rf"(?<!\w){re.escape(base)}(?!\w)", s) and not district_pair(s, base)
            for s in joint
        )
        written = any(district_pair(s, base) for s in joint)
        return "district/town-written" if town and not written else "district/district-written"
    org_only = bare_seen = district = 0
    seen: set[str] = set()
    for s in joint:
        bare = inside = 0
        for f in forms | {base}:
            b, i = inside_org(s, f, orgs, seen)
            bare += b
            inside += i
            if district_pair(s, f):
                district += 1
        if bare:
            bare_seen += 1
        elif inside:
            org_only += 1
    if district and district >= bare_seen:
        return "place/district-written"
    covered = "" if seen & forms else " (organisation not aliased)"
    if org_only and not bare_seen:
        return "place/org-presented" + covered
    if org_only:
        return "place/mixed" + covered
    return "place/place-presented"


_CUE_RE = re.compile(
    r"sign|agree|memorand|mou|letter|declar|twin|sister|friend|partner|visit|delegat|"
    r"overeenkomst|verklaring|stedenband|bezoek|accord|jumel|convention|protocole|d[eé]l[eé]g|"
    r"visite|vereinbar|abkommen|absicht|besuch|unterzeich|getekend|ondertek|sign[eé]"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_root", type=Path)
    ap.add_argument("--list", action="store_true", help="print every flagged entry")
    ap.add_argument("--corpus", nargs="*", help="only these corpora")
    args = ap.parse_args(argv)
    chosen = args.corpus or corpora()
    if any(c in HELD_OUT for c in chosen):
        print("held-out corpora are never read", file=sys.stderr)
        return 2
    grand: Counter[str] = Counter()
    rows = []
    for corpus in chosen:
        counts: Counter[str] = Counter()
        for gpath in sorted((ROOT / corpus).glob("*.gold.json")):
            name = gpath.name[: -len(".gold.json")]
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            text = (ROOT / corpus / f"{name}.txt").read_text(encoding="utf-8")
            out_path = args.out_root / corpus.replace("/", "_") / f"{name}.json"
            found = json.loads(out_path.read_text(encoding="utf-8")) if out_path.exists() else {}
            kept = {
                o["name"]: o.get("place")
                for o in found.get("organisations") or []
                if o.get("kind") != "city_government"
            }
            orgs = {fold(n) for n in kept}
            org_places: dict[str, set[str]] = {}
            for n, p in kept.items():
                if p:
                    org_places.setdefault(fold(n), set()).add(fold(p))
            sents = [fold(s) for s in sentences(text)]
            ends: list[tuple[str, str, str | None, str]] = []
            for i, a in enumerate(gold.get("agreements", [])):
                ps = [p for p in a.get("parties") or [] if isinstance(p, str)]
                for j, p in enumerate(ps):
                    other = ps[1 - j] if len(ps) == 2 else None
                    ends.append(("act", p, other, f"A{i} {a.get('type')}"))
            for i, v in enumerate(gold.get("visits", [])):
                f, t = v.get("from"), v.get("to")
                if f:
                    ends.append(("visit", f, t, f"V{i} from"))
                if t:
                    ends.append(("visit", t, f, f"V{i} to"))
            for what, p, other, where in ends:
                cls = classify(p, other, gold, sents, orgs, org_places)
                counts[f"{what} {cls}"] += 1
                flagged = cls not in (
                    "place/place-presented",
                    "org/org-presented",
                    "district/district-written",
                )
                if args.list and flagged:
                    print(f"{corpus}/{name} {where}: {p!r} (other {other!r}) {cls}")
        rows.append((corpus, counts))
        grand += counts
    keys = sorted(grand)
    print("corpus " + " | ".join(keys))
    for corpus, counts in rows:
        print(corpus, " ".join(str(counts.get(k, 0)) for k in keys))
    print("total", " ".join(str(grand.get(k, 0)) for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
