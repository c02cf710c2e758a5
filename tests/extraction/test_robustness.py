"""Arbitrary input never breaks the engine: no exception, evidence always quotes the text."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cityties.extraction import ExtractionError, extract
from cityties.extraction.export import result_to_dict, result_to_json, schema
from cityties.extraction.readers import read_bytes

# Fragments of the genre, so that generated texts reach the extractors' rules.
_FRAGMENTS = [
    "Institution: City of Ghent\n",
    "date 2024-05-06\n",
    "Ghent",
    "Weihai",
    "Taizhou (Zhejiang province)",
    "the two cities",
    "both cities",
    " signed a friendship agreement ",
    " sister city ",
    " verzustering ",
    " jumelage ",
    " Städtepartnerschaft ",
    " Memorandum of Understanding ",
    " letter of intent ",
    " will sign ",
    " severed ties ",
    " for a term of five years",
    " with a duration of 2 years",
    " 2017-2019 ",
    "On 24 September 2013 ",
    " last year ",
    " on Tuesday ",
    "263,608 inhabitants (2020)",
    " 14.5 billion euros ",
    " 15.000 inwoners ",
    " 9,8 Quadratkilometer ",
    " ranks 66 ",
    "Tel: 09 210 10 10\n",
    "+86-022-12345678",
    "Email : \n",
    "anja@example.org",
    " a delegation from Weihai visited Ghent ",
    "\u53f0\u5dde",
    "\u2022 ",
    '"',
    ".",
    ". ",
    "\n",
    "\n\n",
    " ",
]

_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=40).map(
        "".join
    ),
)

_VALIDATOR = jsonschema.Draft202012Validator(schema())
_FACT_KEYS = (
    "agreements",
    "visits",
    "figures",
    "contacts",
    "places",
    "organisations",
    "ties",
    "goals",
)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=_texts)
def test_extract_arbitrary_text_never_raises_and_evidence_matches(text: str) -> None:
    """Any text gives a result whose every evidence span quotes the text, in valid JSON."""
    result = extract(text)
    data = result_to_dict(result)
    for key in _FACT_KEYS:
        for fact in data[key]:
            assert fact["evidence"], f"{key} fact without evidence: {fact}"
            for ev in fact["evidence"]:
                assert 0 <= ev["start"] <= ev["end"] <= len(text)
                assert text[ev["start"] : ev["end"]] == ev["quote"]
    _VALIDATOR.validate(data)
    result_to_json(result)  # finite numbers only


@settings(max_examples=300, deadline=None, database=None)
@given(
    data=st.binary(max_size=2000),
    name=st.sampled_from(["", "a.txt", "a.pdf", "a.docx", "a.md", "a.html"]),
)
def test_read_bytes_arbitrary_bytes_only_extraction_errors(data: bytes, name: str) -> None:
    """Any bytes under any name are either read or refused with an ExtractionError."""
    try:
        read = read_bytes(data, name=name)
    except ExtractionError as e:
        assert e.code.startswith("E1")
    else:
        assert read.text.strip()


def _mutations(data: bytes, *, count: int, seed: int) -> list[bytes]:
    """Copies of `data` with a few bytes overwritten, cut short or with a chunk removed."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        buf = bytearray(data)
        if i % 3 == 0:
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif i % 3 == 1:
            buf = buf[: rng.randrange(1, len(buf))]
        else:
            a = rng.randrange(len(buf))
            del buf[a : a + rng.randint(1, 200)]
        out.append(bytes(buf))
    return out


def test_read_bytes_damaged_pdfs_only_extraction_errors(
    make_pdf: Callable[[list[str]], bytes],
) -> None:
    """Damaged copies of a valid PDF are read or refused with an ExtractionError, nothing else."""
    original = make_pdf(["On 4 June 2018 Ghent signed a letter of intent with Taizhou."])
    for damaged in _mutations(original, count=120, seed=1):
        try:
            read_bytes(damaged, name="damaged.pdf")
        except ExtractionError:
            pass


def test_read_bytes_damaged_docx_only_extraction_errors(make_docx: Callable[..., bytes]) -> None:
    """Damaged copies of a valid DOCX are read or refused with an ExtractionError."""
    original = make_docx(["Ghent and Weihai"], table=[["City", "Since"], ["Weihai", "2013"]])
    for damaged in _mutations(original, count=60, seed=2):
        try:
            read_bytes(damaged, name="damaged.docx")
        except ExtractionError:
            pass


def test_read_bytes_docx_with_damaged_document_xml(make_docx: Callable[..., bytes]) -> None:
    """A DOCX whose document.xml is cut short is a corrupt DOCX (E107)."""
    original = make_docx(["Ghent and Weihai"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(buffer, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "word/document.xml":
                content = content[: len(content) // 2]
            dst.writestr(info, content)
    with pytest.raises(ExtractionError) as caught:
        read_bytes(buffer.getvalue(), name="x.docx")
    assert caught.value.code == "E107"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_extract_date_line_at_the_calendar_edge_is_no_page_date(day: str) -> None:
    """A first line dating the page at the calendar's edge gives no page date, so relative
    days ("tomorrow", "yesterday", "next week") never count past the last or first date."""
    text = (
        f"date {day}\n\nThe mayor of Kellport met the Dunmore delegation yesterday. The delegation"
        " travels on to Marrow Bay tomorrow and returns next week."
    )
    result = extract(text)
    assert result.doc.document_date is None


def test_extract_document_date_at_the_calendar_edge_is_refused() -> None:
    """A document date given by the caller outside the years relative days can be counted in is
    refused with E109, before any extractor runs."""
    from datetime import date

    with pytest.raises(ExtractionError) as info:
        extract("The mayor signed a letter of intent tomorrow.", document_date=date(9999, 12, 31))
    assert info.value.code == "E109"
