"""The twinning network: places (Wikidata items with a label) and undirected partner edges.

Files follow the layout of the Wikidata P190 snapshot: `relations.tsv` (directed QID pairs),
`names.tsv` (QID and one label), and split files (`qid_a < qid_b` per line).
"""

from __future__ import annotations

import collections
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from cityties.matching.errors import Errors, MatchingError

__all__ = [
    "CityRecord",
    "JoinReport",
    "NetworkPlace",
    "TwinNetwork",
    "admin1_of",
    "build_network",
    "canon",
    "join_places",
    "leaked",
    "load_network",
    "make_split",
    "read_edges",
    "read_names",
    "read_twins",
    "save_network",
]

FORMAT = "cityties.twins"
FORMAT_VERSION = 1
_QID = re.compile(r"^Q[0-9]+$")


class CityRecord(Protocol):
    """What the join needs from a gazetteer entry (cityties.extraction's PlaceRef fits)."""

    @property
    def geonameid(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def country(self) -> str | None: ...
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...
    @property
    def population(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class NetworkPlace:
    """One place of the network, with its GeoNames attributes when the join was unambiguous."""

    qid: str
    label: str
    geonameid: int | None = None
    gazetteer_name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    match: str = ""  # "unique": the join; "probable": a dominant namesake, used as a hint only
    admin1: str | None = None  # first-level division (state, région, province) within country


@dataclass(frozen=True, slots=True)
class TwinNetwork:
    """Places and undirected edges (pairs of indices into `places`, smaller index first)."""

    places: tuple[NetworkPlace, ...]
    edges: tuple[tuple[int, int], ...]
    source: str = ""

    def index(self) -> dict[str, int]:
        """Map QID -> position in `places`."""
        return {p.qid: i for i, p in enumerate(self.places)}

    def without(self, removed: Iterable[tuple[str, str]]) -> TwinNetwork:
        """The same places with the given QID pairs (either order) removed from the edges."""
        drop = {canon(a, b) for a, b in removed}
        qids = [p.qid for p in self.places]
        kept = tuple(e for e in self.edges if canon(qids[e[0]], qids[e[1]]) not in drop)
        return TwinNetwork(self.places, kept, self.source)

    def qid_edges(self) -> list[tuple[str, str]]:
        """The edges as canonical QID pairs."""
        qids = [p.qid for p in self.places]
        return [canon(qids[a], qids[b]) for a, b in self.edges]


@dataclass(slots=True)
class JoinReport:
    """How the labels were joined to the gazetteer."""

    joined: int = 0
    probable: int = 0
    by_partners: int = 0
    ambiguous: list[tuple[str, str, int]] = field(default_factory=list)  # qid, label, matches
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # qid, label


def canon(a: str, b: str) -> tuple[str, str]:
    """An undirected edge as a pair of QIDs in plain string order ("Q10" < "Q9")."""
    return (a, b) if a < b else (b, a)


def _read_lines(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise MatchingError("E204", Errors.E204.format(path=path, detail=e)) from e
    rows = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1]:
            detail = "expected two tab-separated columns"
            raise MatchingError("E205", Errors.E205.format(line=no, path=path, detail=detail))
        rows.append(parts)
    return rows


def read_names(path: Path) -> dict[str, str]:
    """Read `qid<TAB>label` lines."""
    out: dict[str, str] = {}
    for no, (qid, label) in enumerate(_read_lines(path), start=1):
        if not _QID.match(qid):
            detail = f"not a QID: {qid!r}"
            raise MatchingError("E205", Errors.E205.format(line=no, path=path, detail=detail))
        out[qid] = label.strip()
    return out


def read_edges(path: Path) -> list[tuple[str, str]]:
    """Read QID pairs and return the distinct undirected edges, sorted, without self-loops."""
    edges: set[tuple[str, str]] = set()
    for no, (a, b) in enumerate(_read_lines(path), start=1):
        b = b.strip()
        if not (_QID.match(a) and _QID.match(b)):
            detail = f"not a QID pair: {a!r}, {b!r}"
            raise MatchingError("E205", Errors.E205.format(line=no, path=path, detail=detail))
        if a != b:
            edges.add(canon(a, b))
    return sorted(edges)


def read_twins(directory: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Read `names.tsv` and `relations.tsv` of a directory; places without a label get their QID."""
    names = read_names(directory / "names.tsv")
    edges = read_edges(directory / "relations.tsv")
    if not edges:
        raise MatchingError("E209", Errors.E209.format(path=directory / "relations.tsv"))
    for a, b in edges:
        names.setdefault(a, a)
        names.setdefault(b, b)
    return names, edges


def _sha1(edge: tuple[str, str], salt: str) -> str:
    return hashlib.sha1(f"{salt}{edge[0]}|{edge[1]}".encode("ascii")).hexdigest()


def make_split(
    edges: Sequence[tuple[str, str]], *, modulus: int = 10, salt: str = ""
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Split edges into (train, held_out) by hash with a degree guard (the rule of split.md).

    An edge is a candidate when its SHA-1 (of `salt + "a|b"`) is divisible by `modulus`;
    candidates are visited in digest order and held out only while both ends keep a partner.
    With the default salt this reproduces the published split; other salts give more folds.
    """
    deg: collections.Counter[str] = collections.Counter()
    for a, b in edges:
        deg[a] += 1
        deg[b] += 1
    hashed = sorted((h, e) for e in edges if int(h := _sha1(e, salt), 16) % modulus == 0)
    held: set[tuple[str, str]] = set()
    for _, (a, b) in hashed:
        if deg[a] >= 2 and deg[b] >= 2:
            deg[a] -= 1
            deg[b] -= 1
            held.add((a, b))
    train = [e for e in edges if e not in held]
    return train, sorted(held)


def leaked(
    train: Iterable[tuple[str, str]], test: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Test edges (either direction) that also occur in the training edges."""
    seen = {canon(a, b) for a, b in train}
    return sorted({canon(a, b) for a, b in test} & seen)


def join_places(
    names: dict[str, str],
    lookup: Callable[[str], Sequence[CityRecord]],
    *,
    dominance: float | None = 10.0,
    edges: Sequence[tuple[str, str]] = (),
) -> tuple[dict[str, NetworkPlace], JoinReport]:
    """Attach gazetteer attributes to each label that matches exactly one city.

    lookup(label) returns every city whose name or alternate name equals the label
    (case-folded). A label whose own lookup finds nothing is tried in other spellings, each
    under the same one-match rule: without a bracketed qualifier ("Ski (Ort)"), with plain
    apostrophes ("Reggio nell’Emilia"), without a unit word ("Präfektur Tokio", "Hjørring
    Kommune"), and its part before a comma or slash ("Mühlhausen/Thüringen").

    A label with several matches stays unjoined. When one of them has at least 15,000
    inhabitants and `dominance` times as many as all the others together ("Palermo": Sicily,
    not the Colombian town), its country, position and size are kept as a hint for the
    ranking, marked `match="probable"`. With `edges` (QID pairs), the remaining namesakes are
    weighed by how often the countries of the place's partners pair with each namesake's
    country (learned from the joined places) and by their size; a clear winner that no single
    partner decides is kept the same way, marked `match="partners"` (Barcelona in Spain, not
    Venezuela). The report still lists every such label as ambiguous.
    """
    out: dict[str, NetworkPlace] = {}
    report = JoinReport()
    pending: dict[str, list[CityRecord]] = {}
    for qid, label in names.items():
        hits = _distinct(lookup(label))
        if not hits:
            for variant in _variants(label):
                hits = _distinct(lookup(variant))
                if hits:
                    break
        if len(hits) == 1:
            out[qid] = _place(qid, label, hits[0], "unique")
            report.joined += 1
            continue
        if not hits:
            out[qid] = NetworkPlace(qid=qid, label=label)
            report.unmatched.append((qid, label))
            continue
        report.ambiguous.append((qid, label, len(hits)))
        ranked = sorted(hits, key=lambda c: -(c.population or 0))
        top = ranked[0].population or 0
        rest = sum(c.population or 0 for c in ranked[1:])
        if dominance is not None and top >= 15000 and top >= dominance * rest:
            out[qid] = _place(qid, label, ranked[0], "probable")
            report.probable += 1
        else:
            out[qid] = NetworkPlace(qid=qid, label=label)
            pending[qid] = hits
    if edges and pending:
        for qid, city in _by_partners(out, pending, edges).items():
            out[qid] = _place(qid, out[qid].label, city, "partners")
            report.by_partners += 1
    return out, report


_UNIT_WORD = re.compile(
    r"^(?:landkreis|kreis|präfektur|provinz|province of|provincia di|municipio|gemeinde|"
    r"stadt|city of|comune di|gmina|powiat|bezirk|district of|county of)\s+|"
    r"\s+(?:kommune|municipality|county|district|prefecture|province|municipio|gmina|"
    r"landkreis|kreis|city|town|township|borough)$",
    re.IGNORECASE,
)


def _variants(label: str) -> list[str]:
    """Other spellings of a label to look up when the label itself matches nothing."""
    out = []
    for v in (
        re.sub(r"\s*\([^)]*\)\s*$", "", label),
        label.replace("’", "'").replace("‘", "'"),
        _UNIT_WORD.sub("", label),
        re.split(r"\s*[,/]\s*", label)[0],
    ):
        v = v.strip()
        if v and v != label and v not in out:
            out.append(v)
    return out


def _by_partners(
    places: dict[str, NetworkPlace],
    pending: dict[str, list[CityRecord]],
    edges: Sequence[tuple[str, str]],
    *,
    confidence: float = 0.8,
) -> dict[str, CityRecord]:
    """The namesake of each pending place that its partners' countries make clear.

    Each namesake scores log(population) plus, for every partner with a known country, the
    log share of the namesake's country's twinnings that go to that country (counted over
    the joined places, smoothed). The best namesake is kept when its share of the softmax
    reaches `confidence` and it stays best with any one partner left out.
    """
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    ends: collections.Counter[str] = collections.Counter()
    partners: dict[str, list[str]] = collections.defaultdict(list)
    for a, b in edges:
        partners[a].append(b)
        partners[b].append(a)
        ca, cb = places[a].country, places[b].country
        if ca and cb and places[a].match and places[b].match:
            pairs[(ca, cb)] += 1
            pairs[(cb, ca)] += 1
            ends[ca] += 1
            ends[cb] += 1
    countries = max(len(ends), 1)
    out: dict[str, CityRecord] = {}
    for qid, hits in pending.items():
        known = [c for p in partners.get(qid, []) if (c := places[p].country) and places[p].match]
        if not known:
            continue
        # per namesake: prior, and each partner's log-probability term
        prior = [math.log((h.population or 0) + 1000.0) for h in hits]
        terms = [
            [
                math.log(
                    (pairs[(h.country or "", c)] + 0.5) / (ends[h.country or ""] + 0.5 * countries)
                )
                for c in known
            ]
            for h in hits
        ]
        total = [p + sum(t) for p, t in zip(prior, terms, strict=True)]
        best = _argmax(total)
        top = total[best]
        z = sum(math.exp(t - top) for t in total)
        if 1.0 / z < confidence:
            continue
        robust = all(
            _argmax([t - terms[i][k] for i, t in enumerate(total)]) == best
            for k in range(len(known))
        )
        if robust:
            out[qid] = hits[best]
    return out


def _argmax(values: Sequence[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


def _place(qid: str, label: str, c: CityRecord, match: str) -> NetworkPlace:
    return NetworkPlace(
        qid=qid,
        label=label,
        geonameid=c.geonameid,
        gazetteer_name=c.name,
        country=c.country,
        latitude=c.latitude,
        longitude=c.longitude,
        population=c.population,
        match=match,
        admin1=admin1_of(c),
    )


def admin1_of(c: object) -> str | None:
    """A gazetteer entry's first-level division: its code (GeoNames admin1 or ISO 3166-2)
    where the entry has one, else its name."""
    for attr in ("admin1_code", "admin1"):
        value = getattr(c, attr, None)
        if value:
            return str(value)
    return None


def _distinct(hits: Sequence[CityRecord]) -> list[CityRecord]:
    seen: dict[object, CityRecord] = {}
    for h in hits:
        seen.setdefault(h.geonameid if h.geonameid is not None else id(h), h)
    return list(seen.values())


def build_network(
    places: dict[str, NetworkPlace], edges: Sequence[tuple[str, str]], *, source: str = ""
) -> TwinNetwork:
    """Order places by QID number and turn QID edges into index pairs."""
    ordered = sorted(places.values(), key=lambda p: (len(p.qid), p.qid))
    idx = {p.qid: i for i, p in enumerate(ordered)}
    pairs = sorted({(min(idx[a], idx[b]), max(idx[a], idx[b])) for a, b in edges})
    return TwinNetwork(tuple(ordered), tuple(pairs), source)


def save_network(net: TwinNetwork, path: Path) -> None:
    """Write the network as JSON (atomically: a reader never sees half a file)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "source": net.source,
        "places": [
            [v for v in asdict(p).values()]  # positional, in NetworkPlace field order
            for p in net.places
        ],
        "edges": [list(e) for e in net.edges],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)


def load_network(path: Path) -> TwinNetwork:
    """Read a network written by `save_network`."""
    if not path.is_file():
        raise MatchingError("E203", Errors.E203.format(path=path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"not a {FORMAT} v{FORMAT_VERSION} file")
        places = tuple(NetworkPlace(*row) for row in data["places"])
        edges = tuple((int(a), int(b)) for a, b in data["edges"])
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise MatchingError("E204", Errors.E204.format(path=path, detail=e)) from e
    return TwinNetwork(places, edges, str(data.get("source", "")))
