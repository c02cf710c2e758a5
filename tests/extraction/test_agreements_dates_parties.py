"""Signing dates near the parties and parties qualified by their region (issue 2)."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.text import fold

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _acts(text: str) -> set[tuple[frozenset[str], str, str, str | None, int | None]]:
    doc = Doc(text=text, language=guess_language(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            a.signed.iso() if a.signed else None,
            a.duration_months,
        )
        for a in doc.agreements
    }


def test_agreements_since_date_wins_over_a_census_year() -> None:
    """ "home to 486,000 people according to the 2023 census, has been twinned with Berlin
    since 2000": signed 2000, not the census year."""
    text = (
        "Windhoek, home to about 486,000 people according to the 2023 census, has been twinned "
        "with Berlin since 2000."
    )
    assert _acts(text) == {
        (frozenset({"windhoek", "berlin"}), "sister_city", "signed", "2000", None)
    }


def test_agreements_age_of_an_act_is_no_term() -> None:
    """ "the 28-year-old agreement" states an age, not a duration."""
    text = (
        "The City of Hobart will end its friendship city relationship with Xi'an after the "
        "council voted to let the 28-year-old agreement go."
    )
    found = _acts(text)
    assert len(found) == 1
    assert next(iter(found))[4] is None


def test_agreements_term_with_digits_in_brackets() -> None:
    """ "for a term of five (5) years" is a term of 60 months."""
    text = (
        "Approval of a Memorandum of Understanding between the City of Fresno and the City of "
        "Kochi for a term of five (5) years."
    )
    found = _acts(text)
    assert {f[4] for f in found} == {60}


@pytest.mark.parametrize(
    "text",
    [
        "The City of Hobart signed a friendship city agreement with Taiyuan, the capital of "
        "China's Shanxi province, in 1995.",
        "Hobart a signé en 1995 un accord d'amitié avec Taiyuan, capitale de la province du "
        "Shanxi.",
    ],
)
def test_agreements_capital_of_a_region_is_no_party(text: str) -> None:
    """ "Taiyuan, the capital of China's Shanxi province": the province qualifies the city
    and is no party of its own."""
    parties = {f[0] for f in _acts(text)}
    assert parties == {frozenset({"hobart", "taiyuan"})}
