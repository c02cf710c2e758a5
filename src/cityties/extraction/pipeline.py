"""Run the extractors over a text and collect an ExtractionResult."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

import cityties.extraction.extractors  # noqa: F401  (registers the extractors)
from cityties.extraction import registry
from cityties.extraction.doc import (
    DEFAULT_COUNTERPARTS,
    LANGUAGES,
    Doc,
    guess_language,
    language_from_runs,
)
from cityties.extraction.errors import Errors, ExtractionError
from cityties.extraction.extractors._clauses_scan import adopt, index_text

__all__ = ["PIPELINE", "ExtractionResult", "extract", "parse_counterparts", "read_date_line"]

# Order matters: later extractors read the mentions earlier ones add.
PIPELINE: tuple[str, ...] = (
    "cityties.document",
    "cityties.dates",
    "cityties.places",
    "cityties.contacts",
    "cityties.figures",
    "cityties.agreements",
    "cityties.visits",
    "cityties.visit_details",
)

_DATE_LINE: Final = re.compile(
    r"\A\ufeff?[ \t]*date[ \t]*:?[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*(?:\r?\n|\Z)"
)


# The years a document date may have: relative expressions ("tomorrow", "in ten years") are
# counted from it, and Python's dates end at year 9999.
DOCUMENT_YEARS: Final = range(1000, 9000)


def read_date_line(text: str) -> date | None:
    """The document date from a first line `date YYYY-MM-DD`, if there is one (a year outside
    `DOCUMENT_YEARS` is none)."""
    m = _DATE_LINE.match(text)
    if not m:
        return None
    try:
        found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return found if found.year in DOCUMENT_YEARS else None


def parse_counterparts(codes: Iterable[str]) -> frozenset[str]:
    """The counterpart countries from ISO 3166 alpha-2 codes ("fr", "CN,TW" split at commas),
    upper-cased; an invalid or missing code raises ExtractionError E110."""
    if isinstance(codes, str):
        codes = [codes]
    out: set[str] = set()
    for item in codes:
        for code in item.split(","):
            code = code.strip()
            if not re.fullmatch(r"[A-Za-z]{2}", code):
                raise ExtractionError("E110", Errors.E110.format(value=code or repr(item)))
            out.add(code.upper())
    if not out:
        raise ExtractionError("E110", Errors.E110.format(value="(none)"))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """What the engine found in one document; `doc` holds the facts and mentions."""

    doc: Doc
    extractors: tuple[str, ...]  # name@version of every extractor that ran


def extract(
    text: str,
    *,
    language: str | None = None,
    document_date: date | None = None,
    country: str | None = None,
    counterparts: Iterable[str] | None = None,
) -> ExtractionResult:
    """Extract facts with evidence from a document's text.

    language (str | None): en, nl, fr or de; guessed from the text when None.
    document_date (date | None): the date relative expressions refer to; else read from a
        first line `date YYYY-MM-DD`; else relative expressions give no date.
    country (str | None): ISO 3166 alpha-2 default for phone numbers and places.
    counterparts (Iterable[str] | None): ISO 3166 alpha-2 codes of the countries whose
        places or organisations are the partners looked for: where no sentence frame gives
        an act's parties, a pair with one party of these countries is preferred. None: China,
        Taiwan, Hong Kong and Macao (`DEFAULT_COUNTERPARTS`).
    RETURNS (ExtractionResult): the annotated document.
    """
    if language is not None and language not in LANGUAGES:
        raise ExtractionError("E111", Errors.E111.format(value=language))
    if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
        raise ExtractionError("E110", Errors.E110.format(value=country))
    if document_date is not None and document_date.year not in DOCUMENT_YEARS:
        raise ExtractionError("E109", Errors.E109.format(value=document_date.isoformat()))
    partners = DEFAULT_COUNTERPARTS if counterparts is None else parse_counterparts(counterparts)
    idx = None
    if language is None:
        # the shared word index, made first: the language guess reads its words (one split of
        # the text for both), and the extractors take it over
        idx = index_text(text)
        language = language_from_runs(text, idx.padded, idx.run_offsets())
        if language is None:
            language = guess_language(text)
    doc = Doc(
        text=text,
        language=language,
        document_date=document_date or read_date_line(text),
        country=country.upper() if country else None,
        counterparts=partners,
    )
    if idx is not None:
        adopt(doc, idx)
    ran = []
    for name in PIPELINE:
        ext = registry.get(name)
        ext(doc)
        ran.append(ext.tag)
    return ExtractionResult(doc=doc, extractors=tuple(ran))
