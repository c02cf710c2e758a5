"""The facts JSON: the keys and vocabulary of the evaluation schema, plus evidence and places.

The format is versioned (`format_version`), documented in docs/facts-format.md and described by
`facts.schema.json` beside this module. Output is deterministic: the same text and options give
the same bytes, because every list of facts is ordered by where its first evidence starts.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from cityties import __version__
from cityties.extraction.pipeline import ExtractionResult
from cityties.extraction.types import Evidence, PartialDate, Party, PlaceRef, VisitFact

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "facts_table",
    "result_to_dict",
    "result_to_json",
    "schema",
]

FORMAT = "cityties.facts"
FORMAT_VERSION = "1.1"


def _date(value: PartialDate | None) -> str | None:
    return value.iso() if value is not None else None


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [
        {
            "start": e.start,
            "end": e.end,
            "quote": e.quote,
            "extractor": e.extractor,
            "confidence": round(e.confidence, 3),
        }
        for e in items
    ]


def _party(p: Party) -> dict[str, Any]:
    return {"name": p.name, "kind": p.kind, "geonameid": p.geonameid}


def _place_ref(ref: PlaceRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "geonameid": ref.geonameid,
        "name": ref.name,
        "name_en": ref.name_en,
        "kind": ref.kind,
        "country": ref.country,
        "admin1": ref.admin1,
        "admin1_code": ref.admin1_code,
        "latitude": ref.latitude,
        "longitude": ref.longitude,
        "population": ref.population,
        "name_zh": ref.name_zh,
        "pinyin": ref.pinyin,
    }


def _visit_details(v: VisitFact) -> dict[str, Any]:
    """What a visit report says of the visit in depth (cityties.visit_details), in text order."""
    return {
        "member_details": [
            {
                "name": m.name,
                "role": m.role,
                "organisation": m.organisation,
                "side": m.side,
                "evidence": _evidence(m.evidence),
            }
            for m in v.member_details
        ],
        "programme": [
            {
                "description": p.description,
                "date": _date(p.date),
                "time": p.time,
                "place": p.place,
                "evidence": _evidence(p.evidence),
            }
            for p in v.programme
        ],
        "outcomes": [
            {"description": o.description, "evidence": _evidence(o.evidence)} for o in v.outcomes
        ],
        "follow_ups": [
            {
                "description": f.description,
                "owner": f.owner,
                "due": _date(f.due),
                "evidence": _evidence(f.evidence),
            }
            for f in v.follow_ups
        ],
        "gifts": [
            {
                "description": g.description,
                "giver": g.giver,
                "receiver": g.receiver,
                "kept_at": g.kept_at,
                "giver_side": g.giver_side,
                "evidence": _evidence(g.evidence),
            }
            for g in v.gifts
        ],
    }


def _in_text_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Facts ordered by their first evidence, ties broken by content (stable across runs)."""

    def key(item: dict[str, Any]) -> tuple[int, int, str]:
        ev = item["evidence"]
        first = (ev[0]["start"], ev[0]["end"]) if ev else (-1, -1)
        return (*first, json.dumps(item, sort_keys=True, ensure_ascii=False))

    return sorted(items, key=key)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def result_to_dict(
    result: ExtractionResult, *, source: dict[str, Any] | None = None, with_text: bool = True
) -> dict[str, Any]:
    """The facts of one document as a JSON-ready dict.

    source (dict | None): what is known of the input (path, media_type, bytes, sha256).
    with_text (bool): include the document text the evidence offsets refer to.
    """
    doc = result.doc
    out: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "engine": f"cityties {__version__}",
        "extractors": list(result.extractors),
        "source": dict(source or {}),
        "language": doc.language,
        "document_date": doc.document_date.isoformat() if doc.document_date else None,
        "country": doc.country,
        "institution": doc.institution,
    }
    out["agreements"] = _in_text_order(
        [
            {
                "parties": [p.name for p in a.parties],
                "type": a.type,
                "title": a.title,
                "signed": _date(a.signed),
                "duration_months": a.duration_months,
                "ends": _date(a.ends),
                "status": a.status,
                "themes": sorted(a.themes),
                "party_details": [_party(p) for p in a.parties],
                "evidence": _evidence(a.evidence),
            }
            for a in doc.agreements
        ]
    )
    out["visits"] = _in_text_order(
        [
            {
                "from": v.visitor.name,
                "to": v.host.name,
                "date": _date(v.date),
                "end_date": _date(v.end_date),
                "purpose": v.purpose,
                "members": list(v.members),
                "from_detail": _party(v.visitor),
                "to_detail": _party(v.host),
                **_visit_details(v),
                "evidence": _evidence(v.evidence),
            }
            for v in doc.visits
        ]
    )
    out["figures"] = _in_text_order(
        [
            {
                "subject": f.subject,
                "measure": f.measure,
                "value": _number(f.value),
                "year": f.year,
                "unit": f.unit,
                "label": f.label,
                "evidence": _evidence(f.evidence),
            }
            for f in doc.figures
        ]
    )
    out["contacts"] = _in_text_order(
        [
            {
                "name": c.name,
                "organization": c.organization,
                "unit": c.unit,
                "role": c.role,
                "phone": c.phone,
                "email": c.email,
                "evidence": _evidence(c.evidence),
            }
            for c in doc.contacts
        ]
    )
    out["places"] = _in_text_order(
        [
            {"name": p.name, "gazetteer": _place_ref(p.ref), "evidence": _evidence(p.evidence)}
            for p in doc.places
        ]
    )
    out["organisations"] = _in_text_order(
        [
            {"name": o.name, "kind": o.kind, "place": o.place, "evidence": _evidence(o.evidence)}
            for o in doc.organisations
        ]
    )
    out["ties"] = _in_text_order(
        [
            {
                "subject": t.subject,
                "relation": t.relation,
                "object": t.object,
                "evidence": _evidence(t.evidence),
            }
            for t in doc.ties
        ]
    )
    out["goals"] = _in_text_order(
        [
            {
                "subject": g.subject,
                "description": g.description,
                "year": g.year,
                "themes": sorted(g.themes),
                "evidence": _evidence(g.evidence),
            }
            for g in doc.goals
        ]
    )
    if with_text:
        out["text"] = doc.text
    return out


def result_to_json(
    result: ExtractionResult,
    *,
    source: dict[str, Any] | None = None,
    with_text: bool = True,
    indent: int | None = 2,
) -> str:
    """The facts as deterministic JSON text ending in a newline.

    indent (int | None): None gives one line (the form of JSON Lines).
    RAISES (ValueError): a figure is not a finite number (a defect of an extractor).
    """
    data = result_to_dict(result, source=source, with_text=with_text)
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(
        data, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )
    return text + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the facts format."""
    text = resources.files("cityties.extraction").joinpath("facts.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


# --- the table a person reads ----------------------------------------------------------------

_MISSING = "-"


def _cell(value: Any, *, width: int = 40) -> str:
    if value is None or value == "" or value == []:
        return _MISSING
    if isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, int):
        text = f"{value:,}"
    elif isinstance(value, float):
        text = f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _columns(headers: list[str], rows: list[list[str]]) -> list[str]:
    """Rows under their headers, every column as wide as its widest cell."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    right = [
        all(_looks_numeric(r[i]) for r in rows) and any(r[i] != _MISSING for r in rows)
        for i in range(len(headers))
    ]

    def fmt(cells: list[str]) -> str:
        parts = [
            c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right, strict=True)
        ]
        return ("  " + "  ".join(parts)).rstrip()

    return [fmt(headers), *(fmt(r) for r in rows)]


def _looks_numeric(cell: str) -> bool:
    return cell == _MISSING or cell.replace(",", "").replace(".", "", 1).isdigit()


def _section(title: str, headers: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return [f"{title}: none"]
    return [f"{title} ({len(rows)})", *_columns(headers, rows)]


def facts_table(data: dict[str, Any]) -> str:
    """A plain-text summary of one document's facts (a `result_to_dict` dict), for people.

    One block per kind of fact with aligned columns: agreements, visits, figures, contacts,
    places (with GeoNames id and country) and organisations.
    """
    source = data.get("source") or {}
    heading = [
        f"Document     {source.get('path') or _MISSING}"
        f"  ({source.get('media_type') or 'text'}, language {data.get('language')})",
        f"Institution  {_cell(data.get('institution'), width=80)}"
        f"   country {_cell(data.get('country'))}"
        f"   document date {_cell(data.get('document_date'))}",
    ]
    agreements = [
        [
            _cell(a["parties"]),
            a["type"],
            a["status"],
            _cell(a["signed"]),
            _cell(a["duration_months"]),
            _cell(a["ends"]),
            _cell(a["title"], width=50),
        ]
        for a in data.get("agreements", [])
    ]
    visits = [
        [_cell(v["from"]), _cell(v["to"]), _cell(v["date"]), _cell(v["purpose"], width=50)]
        for v in data.get("visits", [])
    ]
    figures = [
        [
            _cell(f["subject"]),
            f["measure"],
            _cell(f["value"]),
            _cell(f["unit"]),
            _cell(f["year"] and str(f["year"])),
            _cell(f["label"]),
        ]
        for f in data.get("figures", [])
    ]
    contacts = [
        [
            _cell(c["name"]),
            _cell(c["organization"]),
            _cell(c["unit"]),
            _cell(c["role"]),
            _cell(c["phone"]),
            _cell(c["email"]),
        ]
        for c in data.get("contacts", [])
    ]
    places = []
    for p in data.get("places", []):
        ref = p.get("gazetteer") or {}
        places.append(
            [
                _cell(p["name"]),
                _cell(ref.get("geonameid") and str(ref["geonameid"])),
                _cell(ref.get("name_en") or ref.get("name")),
                _cell(ref.get("kind")),
                _cell(ref.get("country")),
                _cell(ref.get("admin1")),
            ]
        )
    organisations = [
        [_cell(o["name"], width=60), o["kind"], _cell(o["place"])]
        for o in data.get("organisations", [])
    ]
    blocks = [
        heading,
        _section(
            "Agreements",
            ["PARTIES", "TYPE", "STATUS", "SIGNED", "MONTHS", "ENDS", "TITLE"],
            agreements,
        ),
        _section("Visits", ["FROM", "TO", "DATE", "PURPOSE"], visits),
        _section("Figures", ["SUBJECT", "MEASURE", "VALUE", "UNIT", "YEAR", "WHAT"], figures),
        _section("Contacts", ["NAME", "ORGANIZATION", "UNIT", "ROLE", "PHONE", "EMAIL"], contacts),
        _section("Places", ["NAME", "GEONAMEID", "GAZETTEER", "KIND", "COUNTRY", "REGION"], places),
        _section("Organisations", ["NAME", "KIND", "PLACE"], organisations),
    ]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
