"""The facts JSON: the keys and vocabulary of the evaluation schema, plus evidence and places.

The format is versioned (`format_version`) and documented by `facts.schema.json` beside this
module. Output is deterministic: the same text and options give the same bytes.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from cityties import __version__
from cityties.extraction.pipeline import ExtractionResult
from cityties.extraction.types import Evidence, Party, PartialDate, PlaceRef

__all__ = ["FORMAT", "FORMAT_VERSION", "result_to_dict", "result_to_json", "schema"]

FORMAT = "cityties.facts"
FORMAT_VERSION = "1.0"


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


def result_to_dict(
    result: ExtractionResult, *, source: dict[str, Any] | None = None, with_text: bool = True
) -> dict[str, Any]:
    """The facts of one document as a JSON-ready dict.

    source (dict | None): what is known of the input (path, media_type, sha256, bytes).
    with_text (bool): include the document text the evidence offsets refer to.
    """
    doc = result.doc
    out: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "engine": f"cityties {__version__}",
        "extractors": list(result.extractors),
        "source": source or {},
        "language": doc.language,
        "document_date": doc.document_date.isoformat() if doc.document_date else None,
        "country": doc.country,
        "institution": doc.institution,
        "agreements": [
            {
                "parties": [p.name for p in a.parties],
                "type": a.type,
                "title": a.title,
                "signed": _date(a.signed),
                "duration_months": a.duration_months,
                "ends": _date(a.ends),
                "status": a.status,
                "themes": list(a.themes),
                "party_details": [_party(p) for p in a.parties],
                "evidence": _evidence(a.evidence),
            }
            for a in doc.agreements
        ],
        "visits": [
            {
                "from": v.visitor.name,
                "to": v.host.name,
                "date": _date(v.date),
                "end_date": _date(v.end_date),
                "purpose": v.purpose,
                "members": list(v.members),
                "from_detail": _party(v.visitor),
                "to_detail": _party(v.host),
                "evidence": _evidence(v.evidence),
            }
            for v in doc.visits
        ],
        "figures": [
            {
                "subject": f.subject,
                "measure": f.measure,
                "value": int(f.value) if float(f.value).is_integer() else f.value,
                "year": f.year,
                "unit": f.unit,
                "label": f.label,
                "evidence": _evidence(f.evidence),
            }
            for f in doc.figures
        ],
        "contacts": [
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
        ],
        "places": [
            {"name": p.name, "gazetteer": _place_ref(p.ref), "evidence": _evidence(p.evidence)}
            for p in doc.places
        ],
        "organisations": [
            {
                "name": o.name,
                "kind": o.kind,
                "place": o.place,
                "evidence": _evidence(o.evidence),
            }
            for o in doc.organisations
        ],
        "ties": [
            {
                "subject": t.subject,
                "relation": t.relation,
                "object": t.object,
                "evidence": _evidence(t.evidence),
            }
            for t in doc.ties
        ],
        "goals": [
            {
                "subject": g.subject,
                "description": g.description,
                "year": g.year,
                "themes": list(g.themes),
                "evidence": _evidence(g.evidence),
            }
            for g in doc.goals
        ],
    }
    if with_text:
        out["text"] = doc.text
    return out


def result_to_json(
    result: ExtractionResult, *, source: dict[str, Any] | None = None, with_text: bool = True
) -> str:
    """The facts as deterministic, indented JSON text."""
    data = result_to_dict(result, source=source, with_text=with_text)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema of the facts format."""
    text = resources.files("cityties.extraction").joinpath("facts.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
