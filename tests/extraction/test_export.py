"""The facts JSON: SCHEMA.md keys plus evidence, valid against facts.schema.json, deterministic."""

from __future__ import annotations

import json
import random
from typing import Any, get_args

import jsonschema
import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc
from cityties.extraction.export import (
    FORMAT,
    FORMAT_VERSION,
    facts_table,
    result_to_dict,
    result_to_json,
    schema,
)
from cityties.extraction.pipeline import ExtractionResult
from cityties.extraction.types import (
    AGREEMENT_STATUSES,
    AGREEMENT_TYPES,
    FIGURE_MEASURES,
    AgreementFact,
    ContactFact,
    FigureFact,
    GoalFact,
    OrganisationFact,
    OrgKind,
    PartialDate,
    Party,
    PlaceFact,
    PlaceKind,
    PlaceRef,
    TieFact,
    TieRelation,
    VisitFact,
)

TEXT = (
    "Institution: City of Antwerp\n"
    "On 3 May 2016 Antwerp and Xiamen signed a sister city agreement for five years.\n"
    "A delegation from Xiamen visited Antwerp in June 2017.\n"
    "Antwerp has 529,247 inhabitants (2021).\n"
    "Contact: Jan Peeters, tel. +32 3 222 11 11, jan.peeters@example.org\n"
    "The University of Antwerp has a branch in Xiamen. Antwerp aims to be climate neutral by 2050."
)


def _span(doc: Doc, quote: str, tag: str) -> Any:
    start = doc.text.index(quote)
    return doc.evidence(start, start + len(quote), extractor=tag)


def _full_result() -> ExtractionResult:
    """A result with one fact of every kind, built by hand over TEXT."""
    doc = Doc(text=TEXT, language="en", country="BE", institution="City of Antwerp")
    antwerp = Party("Antwerp", "place", 2803138)
    xiamen = Party("Xiamen", "place", 1790645)
    ref = PlaceRef(
        1790645,
        "Xiamen",
        "city",
        country="CN",
        admin1="Fujian",
        admin1_code="CN-FJ",
        latitude=24.47979,
        longitude=118.08187,
        population=3531347,
        name_en="Xiamen",
        name_zh="\u53a6\u95e8",
        pinyin="Xi\u00e0m\u00e9n",
    )
    doc.agreements.append(
        AgreementFact(
            (antwerp, xiamen),
            "sister_city",
            signed=PartialDate(2016, 5, 3),
            duration_months=60,
            ends=PartialDate(2021, 5, 3),
            themes=("port", "culture"),
            evidence=(_span(doc, "Antwerp and Xiamen signed a sister city agreement", "t.a@1"),),
        )
    )
    doc.visits.append(
        VisitFact(
            xiamen,
            antwerp,
            date=PartialDate(2017, 6),
            evidence=(_span(doc, "A delegation from Xiamen visited Antwerp", "t.v@1"),),
        )
    )
    doc.figures.append(
        FigureFact(
            "Antwerp",
            "population",
            529247.0,
            year=2021,
            evidence=(_span(doc, "529,247 inhabitants (2021)", "t.f@1"),),
        )
    )
    doc.contacts.append(
        ContactFact(
            name="Jan Peeters",
            organization="City of Antwerp",
            phone="+3232221111",
            email="jan.peeters@example.org",
            evidence=(_span(doc, "Jan Peeters", "t.c@1"),),
        )
    )
    doc.places.append(PlaceFact("Xiamen", ref, evidence=(_span(doc, "Xiamen", "t.p@1"),)))
    doc.places.append(PlaceFact("Antwerp", None, evidence=(_span(doc, "Antwerp", "t.p@1"),)))
    doc.organisations.append(
        OrganisationFact(
            "University of Antwerp",
            "university",
            place="Antwerp",
            evidence=(_span(doc, "University of Antwerp", "t.p@1"),),
        )
    )
    doc.ties.append(
        TieFact(
            "University of Antwerp",
            "branch_in",
            "Xiamen",
            evidence=(_span(doc, "has a branch in Xiamen", "t.p@1"),),
        )
    )
    doc.goals.append(
        GoalFact(
            "Antwerp",
            "climate neutral",
            year=2050,
            themes=("climate",),
            evidence=(_span(doc, "climate neutral by 2050", "t.p@1"),),
        )
    )
    return ExtractionResult(doc=doc, extractors=("t.a@1", "t.v@1"))


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


def test_schema_is_valid_draft_2020_12() -> None:
    """facts.schema.json is a valid JSON Schema of draft 2020-12 for this format version."""
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["properties"]["format"]["const"] == FORMAT
    assert s["properties"]["format_version"]["const"] == FORMAT_VERSION


@pytest.mark.parametrize(
    ("definition", "vocabulary"),
    [
        ("agreement.type", AGREEMENT_TYPES),
        ("agreement.status", AGREEMENT_STATUSES),
        ("figure.measure", FIGURE_MEASURES),
        ("organisation.kind", get_args(OrgKind)),
        ("place_ref.kind", get_args(PlaceKind)),
        ("tie.relation", get_args(TieRelation)),
    ],
)
def test_schema_vocabularies_match_the_library(
    definition: str, vocabulary: tuple[str, ...]
) -> None:
    """Every closed vocabulary of the schema is exactly the library's."""
    name, field = definition.split(".")
    assert schema()["$defs"][name]["properties"][field]["enum"] == list(vocabulary)


def test_result_to_dict_every_fact_kind_validates() -> None:
    """A result with a fact of every kind gives JSON that the schema accepts."""
    data = result_to_dict(_full_result(), source={"path": "a.txt", "media_type": "text/plain"})
    _validator().validate(data)
    assert all(len(data[k]) >= 1 for k in ("agreements", "visits", "figures", "contacts"))


def test_result_to_dict_has_evaluation_keys() -> None:
    """The facts carry the keys and values of shared/eval/SCHEMA.md."""
    data = result_to_dict(_full_result())
    assert data["agreements"][0] | {"evidence": None, "party_details": None, "themes": None} == {
        "parties": ["Antwerp", "Xiamen"],
        "type": "sister_city",
        "title": None,
        "signed": "2016-05-03",
        "duration_months": 60,
        "ends": "2021-05-03",
        "status": "signed",
        "evidence": None,
        "party_details": None,
        "themes": None,
    }
    assert (data["visits"][0]["from"], data["visits"][0]["to"], data["visits"][0]["date"]) == (
        "Xiamen",
        "Antwerp",
        "2017-06",
    )
    figure = data["figures"][0]
    assert (figure["subject"], figure["measure"], figure["value"], figure["year"]) == (
        "Antwerp",
        "population",
        529247,
        2021,
    )
    assert isinstance(figure["value"], int)
    assert data["contacts"][0]["phone"] == "+3232221111"
    xiamen = next(p for p in data["places"] if p["name"] == "Xiamen")
    assert xiamen["gazetteer"]["admin1_code"] == "CN-FJ"


def test_result_to_dict_evidence_quotes_the_text() -> None:
    """Every evidence span of every fact quotes the text it points into."""
    data = result_to_dict(_full_result())
    for key in ("agreements", "visits", "figures", "contacts", "places", "organisations"):
        for fact in data[key]:
            for ev in fact["evidence"]:
                assert data["text"][ev["start"] : ev["end"]] == ev["quote"]


def test_result_to_dict_without_text() -> None:
    """with_text=False leaves the document text out and still validates."""
    data = result_to_dict(_full_result(), with_text=False)
    assert "text" not in data
    _validator().validate(data)


def test_result_to_dict_orders_facts_by_evidence() -> None:
    """Facts come out in text order whatever order the extractors appended them in."""
    result = _full_result()
    expected = result_to_json(result)
    random.Random(4).shuffle(result.doc.places)
    result.doc.places.reverse()
    assert result_to_json(result) == expected
    starts = [p["evidence"][0]["start"] for p in result_to_dict(result)["places"]]
    assert starts == sorted(starts)


def test_result_to_json_is_deterministic() -> None:
    """The same text and options give the same bytes."""
    first = result_to_json(extract(TEXT, document_date=None, country="BE"))
    second = result_to_json(extract(TEXT, document_date=None, country="BE"))
    assert first == second


def test_result_to_json_one_line_form() -> None:
    """indent=None gives one line: the form of JSON Lines."""
    text = result_to_json(_full_result(), indent=None)
    assert text.endswith("\n")
    assert "\n" not in text[:-1]
    assert json.loads(text) == result_to_dict(_full_result())


def test_result_to_json_refuses_non_finite_numbers() -> None:
    """A figure that is not a finite number is a defect, not invalid JSON in the output."""
    result = _full_result()
    result.doc.figures.append(FigureFact("Antwerp", "other", float("nan")))
    with pytest.raises(ValueError, match="JSON compliant"):
        result_to_json(result)


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "date 2023-02-01\nInstitution: Stad Gent\nGent telt 263.608 inwoners. Tel: 09 210 10 10",
        "La ville de Lyon a sign\u00e9 un accord de jumelage avec Guangzhou en 1988.",
        "Die Stadt Stralsund und Huangshan planen eine St\u00e4dtepartnerschaft.",
        "\u53f0\u5dde (Taizhou) and Ghent signed a letter of intent on 4 June 2018.",
    ],
)
def test_result_to_dict_engine_output_validates(text: str) -> None:
    """Real output of the engine on texts in the four languages validates against the schema."""
    data = result_to_dict(extract(text), source={"path": "x.txt"})
    _validator().validate(data)
    for key in ("agreements", "visits", "figures", "contacts", "places", "organisations"):
        for fact in data[key]:
            for ev in fact["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("agreements", 0, "type"), "twinning"),
        (("agreements", 0, "signed"), "2016-5-3"),
        (("agreements", 0, "evidence"), []),
        (("visits", 0, "evidence", 0, "extractor"), "visits"),
        (("contacts", 0, "phone"), "03 222 11 11"),
        (("figures", 0, "measure"), "inhabitants"),
        (("format_version",), "0.9"),
    ],
)
def test_schema_rejects_malformed_facts(path: tuple[str | int, ...], value: object) -> None:
    """The schema rejects unknown vocabulary, loose dates, facts without evidence, bad phones."""
    data = result_to_dict(_full_result())
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert not _validator().is_valid(data)


def test_facts_table_shows_facts_in_columns() -> None:
    """The table lists each kind of fact under aligned headers, with no JSON."""
    data = result_to_dict(_full_result(), source={"path": "antwerp.txt"}, with_text=False)
    table = facts_table(data)
    lines = table.splitlines()
    assert "{" not in table
    assert lines[0].startswith("Document     antwerp.txt")
    assert "Institution  City of Antwerp" in lines[1]
    header = next(line for line in lines if line.lstrip().startswith("PARTIES"))
    row = lines[lines.index(header) + 1]
    assert row.split()[:4] == ["Antwerp,", "Xiamen", "sister_city", "signed"]
    assert row.index("signed") == header.index("STATUS")
    assert "529,247" in table
    assert "1790645" in table and "CN" in table
    assert "Visits (1)" in table and "Contacts (1)" in table


def test_facts_table_says_none_for_missing_kinds() -> None:
    """A kind of fact the document lacks is one line saying none."""
    doc = Doc(text="Nothing here.", language="en")
    table = facts_table(result_to_dict(ExtractionResult(doc=doc, extractors=())))
    assert "Agreements: none" in table
    assert "Places: none" in table
