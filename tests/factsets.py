"""Shared helpers of the extraction tests: the facts of a text as small, comparable sets
(importable from any test module: `tests` is on pytest's pythonpath)."""

from __future__ import annotations

from cityties.extraction import extract
from cityties.extraction.types import AgreementFact
from cityties.text import fold


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
