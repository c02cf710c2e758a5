"""A learned check of the parties the rules chose for an act.

For every party (slot) of an act the agreement reader outputs, the candidates are the actors
of the document's cast named in the act's sentence, the sentence before, a heading line, and
the document's own place (`Cast.home`), with the party the rules chose. Each (act, slot,
candidate) has features (`candidate_features`: nearness to the act's words, before or after
them, a role word before the mention, the kind, the country against the counterpart countries
and against the other party, how often the document names it, one party inside the other,
whether it is the rules' choice). A linear score per candidate (`SLOT_WEIGHTS`, a softmax
over the candidates of a slot fitted on the gold of the development corpora and validated
leave one corpus out by `tools/train_party_choice.py`, which writes the weights) replaces
the rules' party only when a candidate beats it by `SLOT_MARGIN`.

Off: `SLOT_WEIGHTS` is empty and no extractor calls `corrected_parties`, because it did not win;
the module therefore lives in tools/, next to its training script, not in the engine. Measured
2026-11-30 on 19 development corpora (947 output acts, 865 matching gold, 1,895 slots): only 25
slots of the 82 acts that match no gold act have a candidate that would turn the act right (30
with every actor of the cast as a candidate), against some 1,500 slots whose rules' party is
right; fitted leave one corpus out (l2 0.3 to 30), no margin of at least 0 gains on the training
corpora (mean agreements F1 0.8629 -> 0.8629); with a margin below 0 allowed (l2 0.3 / 1), 1 act
turned right and 10 turned wrong (0.8629 -> 0.8613 / 0.8579); a pairwise logistic model
(candidate minus rules' party), 1 right and 12 wrong. See `tools/train_party_choice.py`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from typing import Final

from cityties.extraction.doc import DEFAULT_COUNTERPARTS
from cityties.extraction.extractors._parties import Actor, Cast
from cityties.extraction.extractors._party_resolver import (
    _IN_REGION,
    _ROLE_BEFORE,
    _heading_lines,
    _nested,
    _placeable,
    _qualifies,
)

__all__ = ["SLOT_MARGIN", "SLOT_WEIGHTS", "candidate_features", "corrected_parties"]

_PLACE_ACTS: Final = frozenset({"sister_city", "friendship"})
_INSTITUTIONS: Final = frozenset(
    {"university", "chamber_of_commerce", "port", "government_service"}
)
# "signed in Jiaxing", "unterzeichnet in Hangzhou", "signé à Lyon", "getekend in Gent": a
# venue word right before a mention
_VENUE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:in|im|à|a|au|te|at)\s+(?:(?:the|der|de|la|le|het)\s+)?\Z", re.IGNORECASE
)


def candidate_features(
    text: str,
    cast: Cast,
    unit_spans: Sequence[tuple[int, int]],
    cue: tuple[int, int],
    parties: Sequence[Actor],
    act_type: str,
    counterparts: frozenset[str] = DEFAULT_COUNTERPARTS,
    *,
    everyone: bool = False,
) -> list[list[tuple[Actor, dict[str, float]]]]:
    """Per slot of `parties`, the candidates (the rules' party first) and their features.

    `unit_spans` are the sentences' spans in text order; `cue` the span of the act's words;
    `everyone`: every actor of the cast is a candidate (for measuring the pool's reach).
    """
    if not cast.actors or not unit_spans:
        return [[] for _ in parties]
    cs, ce = cue
    starts = [s for s, _ in unit_spans]
    u = max(0, bisect.bisect_right(starts, cs) - 1)
    sent = unit_spans[u]
    prev = unit_spans[u - 1] if u >= 1 else sent
    headings = _heading_lines(text)
    home = cast.home
    counts: dict[str, int] = {}
    nearest: dict[str, Actor] = {}
    where: dict[str, int] = {}  # 3 same sentence, 2 sentence before, 1 heading
    for a in cast.actors:
        counts[a.key] = counts.get(a.key, 0) + 1
        if sent[0] <= a.start < sent[1]:
            w = 3
        elif prev[0] <= a.start < prev[1] and u >= 1:
            w = 2
        elif any(hs <= a.start < he for hs, he in headings):
            w = 1
        else:
            w = 0
        if a.kind == "organisation" and a.org_kind == "city_government":
            continue  # named again as its place
        old = nearest.get(a.key)
        if (
            old is None
            or w > where[a.key]
            or (w == where[a.key] and _gap(a, cs, ce) < _gap(old, cs, ce))
        ):
            nearest[a.key] = a
            where[a.key] = w
    pool = [k for k, w in where.items() if w > 0 or everyone]
    if home is not None and home.key in nearest and home.key not in pool:
        pool.append(home.key)
    out: list[list[tuple[Actor, dict[str, float]]]] = []
    keys = [p.key for p in parties]
    for i, chosen in enumerate(parties):
        others = [p for j, p in enumerate(parties) if j != i]
        other_keys = {p.key for p in others}
        cands: list[Actor] = [nearest.get(chosen.key, chosen)]
        cands.extend(nearest[k] for k in pool if k != chosen.key and k not in other_keys)
        slot = []
        for a in cands:
            f = _features(
                text,
                a,
                a.key == keys[i],
                where.get(a.key, 0),
                counts.get(a.key, 1),
                home is not None and a.key == home.key,
                others,
                act_type,
                cue,
                counterparts,
                chosen,
            )
            slot.append((a, f))
        out.append(slot)
    return out


def _gap(a: Actor, cs: int, ce: int) -> int:
    return max(0, cs - a.end, a.start - ce)


def _features(
    text: str,
    a: Actor,
    rules: bool,
    where: int,
    count: int,
    home: bool,
    others: Sequence[Actor],
    act_type: str,
    cue: tuple[int, int],
    counterparts: frozenset[str],
    chosen: Actor,
) -> dict[str, float]:
    cs, ce = cue
    alt = not rules
    org = a.kind == "organisation" and not a.government
    other_org = any(o.kind == "organisation" and not o.government for o in others)
    cp = a.country in counterparts if a.country else False
    other_cp = any(o.country in counterparts for o in others if o.country)
    known = bool(a.country) and all(o.country for o in others)
    lead = text[max(0, a.start - 16) : a.start]
    return {
        "rules": float(rules),
        "same_sentence": float(where == 3),
        "previous_sentence": float(where == 2),
        "heading": float(where == 1),
        "home": float(home),
        "away": float(where == 0 and not home),
        "gap": math.log1p(_gap(a, cs, ce)) / 8,
        "before": float(a.end <= cs),
        "inside_cue": float(cs <= a.start < ce),
        "mentions": math.log1p(count - 1),
        "organisation": float(org),
        "government": float(a.government),
        "admin1": float(a.place_kind == "admin1"),
        "unknown_place": float(a.kind == "place" and a.place_kind is None and not a.government),
        "company": float(org and a.org_kind not in _INSTITUTIONS),
        "kinds_differ": float(org != other_org),
        "unplaceable": float(act_type in _PLACE_ACTS and not _placeable(a)),
        "counterpart": float(cp),
        "country_fit": float(known and cp != other_cp),
        "same_country": float(known and any(a.country == o.country for o in others)),
        "both_counterpart": float(known and cp and other_cp),
        "no_country": float(not a.country),
        "within": float(any(_nested(a, o) or _qualifies(a, o) for o in others)),
        "role": float(_ROLE_BEFORE.search(lead) is not None),
        "venue": float(_VENUE_BEFORE.search(lead) is not None),
        "in_region": float(_IN_REGION.search(text, max(0, a.start - 30), a.start) is not None),
        # against the rules' party: "Ningbo" in "Ningbo Municipal Port", "Hefei" in "Anhui"
        "nested_in_chosen": float(alt and _nested(a, chosen)),
        "city_of_chosen": float(
            alt
            and chosen.place_kind == "admin1"
            and a.admin1 is not None
            and a.admin1 == chosen.name
        ),
        "region_of_chosen": float(
            alt
            and a.place_kind == "admin1"
            and chosen.admin1 is not None
            and chosen.admin1 == a.name
        ),
    }


# --- the weights (written by tools/train_party_choice.py) ---
SLOT_WEIGHTS: dict[str, float] = {}
SLOT_MARGIN = 0.0  # 0 with no weights: the rules' parties stay


def corrected_parties(
    text: str,
    cast: Cast,
    unit_spans: Sequence[tuple[int, int]],
    cue: tuple[int, int],
    parties: Sequence[Actor],
    act_type: str,
    counterparts: frozenset[str] = DEFAULT_COUNTERPARTS,
) -> list[Actor] | None:
    """The parties with one slot's party replaced by a candidate that beats it by
    `SLOT_MARGIN` (the slot with the largest lead), or None when the rules' parties stay."""
    if not SLOT_WEIGHTS:
        return None
    best: tuple[float, int, Actor] | None = None
    for i, slot in enumerate(
        candidate_features(text, cast, unit_spans, cue, parties, act_type, counterparts)
    ):
        if len(slot) < 2:
            continue
        scores = [sum(SLOT_WEIGHTS.get(k, 0.0) * v for k, v in f.items() if v) for _, f in slot]
        j = max(range(1, len(slot)), key=lambda j: scores[j])
        lead = scores[j] - scores[0]
        if lead > SLOT_MARGIN and (best is None or lead > best[0]):
            best = (lead, i, slot[j][0])
    if best is None:
        return None
    out = list(parties)
    out[best[1]] = best[2]
    return out
