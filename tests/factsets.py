"""Shared helpers of the extraction tests: the facts of a text as small, comparable sets
(importable from any test module: `tests` is on pytest's pythonpath)."""

from __future__ import annotations

from datetime import date

from cityties.extraction import extract
from cityties.extraction.extractors.dates import find_dates
from cityties.extraction.types import AgreementFact
from cityties.text import PartialDate, fold


def visits_of(text: str) -> set[tuple[str, str, str | None]]:
    """(visitor, host, first day) of every visit the whole pipeline reads in `text`, names
    folded."""
    doc = extract(text).doc
    return {
        (fold(v.visitor.name), fold(v.host.name), v.date.iso() if v.date else None)
        for v in doc.visits
    }


FigureSet = set[tuple[str, str, float, int | None]]


def figures_of(text: str, language: str | None = None) -> FigureSet:
    """(subject, measure, value, year) of every figure the whole pipeline reads in `text`,
    subjects folded."""
    doc = extract(text, language=language).doc
    return {(fold(f.subject), f.measure, f.value, f.year) for f in doc.figures}


ActKey = tuple[frozenset[str], str, str | None]
ActDetail = tuple[frozenset[str], str, str | None, int | None, str | None, str]


def act_key(a: AgreementFact) -> ActKey:
    """(parties folded, type, signing date) of an act."""
    return (
        frozenset(fold(p.name) for p in a.parties),
        a.type,
        a.signed.iso() if a.signed else None,
    )


def act_detail(a: AgreementFact) -> ActDetail:
    """`act_key` with the act's duration in months, end date and status."""
    return (
        *act_key(a),
        a.duration_months,
        a.ends.iso() if a.ends else None,
        a.status,
    )


def date_told_by(text: str, span: str, lang: str, ref: date | None = None) -> PartialDate | None:
    """The value of the one date expression of `text` whose words are `span` (the test fails
    when `span` is read as no date expression or as more than one)."""
    found = find_dates(text, language=lang, document_date=ref)
    hits = [d for d in found if d.text == span]
    assert len(hits) == 1, found
    return hits[0].value
