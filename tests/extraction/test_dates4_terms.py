"""Terms of acts (issue 2): the calendar years an act is said to run for ("for the years 2024
to 2026", "pour les années 2024 à 2026", "voor de jaren 2024 tot en met 2026", "für die Jahre
2024 bis 2026") are its term in months and its end; a span it merely runs over ("dat loopt van
2021 tot en met 2025") gives its end only. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    return [
        (
            " / ".join(sorted(fold(p.name) for p in a.parties)),
            str(a.signed) if a.signed is not None else None,
            a.duration_months,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
    ]


@pytest.mark.parametrize(
    ("text", "pair", "months"),
    [
        (
            "On 12 March 2024 Leeds and Yingkou signed a cooperation agreement for the years "
            "2024 to 2026.",
            "leeds / yingkou",
            36,
        ),
        (
            "Le 12 mars 2024, Rouen et Ningbo ont signé un accord de coopération pour les "
            "années 2024 à 2028.",
            "ningbo / rouen",
            60,
        ),
        (
            "Op 12 maart 2024 hebben Groningen en Yingkou een samenwerkingsovereenkomst "
            "ondertekend voor de jaren 2024 tot en met 2026.",
            "groningen / yingkou",
            36,
        ),
        (
            "Am 12. März 2024 haben Kassel und Yingkou eine Kooperationsvereinbarung für die "
            "Jahre 2024 bis 2025 unterzeichnet.",
            "kassel / yingkou",
            24,
        ),
    ],
)
def test_agreements_years_named_as_term_give_months_and_end(
    text: str, pair: str, months: int
) -> None:
    """An act signed on a day "for the years A to B" keeps that day, runs (B - A + 1) calendar
    years and ends in year B."""
    acts = _acts(text)
    assert len(acts) == 1, acts
    parties, signed, duration, ends = acts[0]
    assert parties == pair
    assert signed == "2024-03-12"
    assert duration == months
    assert ends == str(2024 + months // 12 - 1)


def test_agreements_span_run_over_gives_end_only() -> None:
    """A span the act runs over ("dat loopt van 2021 tot en met 2025") after its word ends it
    in the last year but states no term in months."""
    acts = _acts(
        "Utrecht, 9 april 2021 - Utrecht en Jinan ondertekenden op 8 april een nieuw "
        "memorandum van overeenstemming, dat loopt van 2021 tot en met 2025."
    )
    assert len(acts) == 1, acts
    assert acts[0][2] is None
    assert acts[0][3] == "2025"
