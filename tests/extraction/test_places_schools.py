"""Schools as organisations: numbered schools and schools named by a school word.

The sentences are written for these tests, on the layouts of school-partnership pages in
four languages (a Chinese school by its number, a European school by "lycée", "Gymnasium",
"Lyceum" and a name).
"""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import Mention


def _orgs(text: str) -> dict[str, Mention]:
    doc = extract(text).doc
    return {m.text: m for m in doc.mentions if m.kind == "organisation"}


def _acts(text: str) -> list[frozenset[str]]:
    doc = extract(text).doc
    return [frozenset(p.name for p in a.parties) for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Last spring the Weifang No. 3 Middle School welcomed twelve pupils from Ohio.",
            "Weifang No. 3 Middle School",
            "Weifang",
        ),
        (
            "Pupils of Zhuhai High School No. 2 spent a week with families in Bristol.",
            "Zhuhai High School No. 2",
            "Zhuhai",
        ),
        (
            "Seit 2016 pflegt die Schule Kontakte zur Mittelschule Nr. 4 Yangzhou.",
            "Mittelschule Nr. 4 Yangzhou",
            "Yangzhou",
        ),
        (
            "En avril, vingt élèves du lycée n° 5 de Nanchang ont visité la Bretagne.",
            "lycée n° 5 de Nanchang",
            "Nanchang",
        ),
        (
            "Leerlingen van de middelbare school nr. 5 van Suzhou bezochten in mei Delft.",
            "middelbare school nr. 5 van Suzhou",
            "Suzhou",
        ),
    ],
)
def test_places_numbered_school_is_one_organisation(text: str, name: str, place: str) -> None:
    """A Chinese school named by its number is one organisation, number and town
    included, never cut to "Middle School" or "Mittelschule Nr", and its town is its place."""
    orgs = _orgs(text)
    assert name in orgs
    ref = orgs[name].place
    assert ref is not None and ref.name == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le lycée Victor-Hugo de Besançon reçoit cette semaine une délégation.",
            "lycée Victor-Hugo",
        ),
        ("Le lycée Jeanne d'Arc organise un échange avec la Chine.", "lycée Jeanne d'Arc"),
        (
            "Das Schiller-Gymnasium Offenburg plant einen Austausch mit China.",
            "Schiller-Gymnasium Offenburg",
        ),
        (
            "Das Heinrich-Heine-Gymnasium plant einen Austausch mit China.",
            "Heinrich-Heine-Gymnasium",
        ),
        (
            "Het Stedelijk Gymnasium Haarlem zoekt een partnerschool in China.",
            "Stedelijk Gymnasium Haarlem",
        ),
    ],
)
def test_places_named_school_is_one_organisation(text: str, name: str) -> None:
    """A school word and a capitalised name make one organisation; the French name stops
    before the town it is "de", the German and Dutch ones keep the seat written after them."""
    assert name in _orgs(text)


def test_places_school_word_before_a_common_word_is_no_name() -> None:
    """A French school word followed by a capitalised common word ("du lycée International")
    is no school's name: the French pattern matches it, and its guard makes no organisation."""
    orgs = _orgs("Des élèves du lycée International ont visité Shenyang.")
    assert not any("lycée" in name for name in orgs)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "On 4 June 2019 the Portland Lincoln High School signed a cooperation agreement "
            "with the Suzhou No. 10 Middle School.",
            {"Portland Lincoln High School", "Suzhou No. 10 Middle School"},
        ),
        (
            "Le lycée Victor-Hugo et le lycée n° 2 de Nanchang ont signé une convention "
            "d'échange en 2018.",
            {"lycée Victor-Hugo", "lycée n° 2 de Nanchang"},
        ),
        (
            "Das Schiller-Gymnasium Offenburg und die Mittelschule Nr. 4 Yangzhou "
            "unterzeichneten 2017 einen Kooperationsvertrag.",
            {"Schiller-Gymnasium Offenburg", "Mittelschule Nr. 4 Yangzhou"},
        ),
        (
            "Het Stedelijk Gymnasium Haarlem en de middelbare school nr. 5 van Suzhou "
            "ondertekenden in 2020 een samenwerkingsovereenkomst.",
            {"Stedelijk Gymnasium Haarlem", "middelbare school nr. 5 van Suzhou"},
        ),
    ],
)
def test_places_schools_sign_acts_in_their_own_names(text: str, parties: set[str]) -> None:
    """Two schools that sign an act are its parties, not the towns in their names."""
    assert frozenset(parties) in _acts(text)


def test_places_school_number_with_ordinal_indicator() -> None:
    """ "nº" (the masculine ordinal indicator, not the degree sign) numbers a school too: "le
    lycée nº 3 de Nanchang" is one organisation with its town."""
    assert "lycée nº 3 de Nanchang" in _orgs(
        "En mai, douze élèves du lycée nº 3 de Nanchang ont visité Rennes."
    )


def test_places_school_bare_lowercase_no_is_no_number() -> None:
    """A lower-case "no" without its dot ("no 2 pupils") is no school number: the school's
    name stops before it."""
    orgs = _orgs("At Brightwater High School no 2 pupils failed the test.")
    assert "Brightwater High School" in orgs
    assert not any("no 2" in name for name in orgs)
