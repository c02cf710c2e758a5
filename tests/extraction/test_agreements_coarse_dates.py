"""Signing dates of acts: an act the page dates by its year or month only takes the finer day
of that year or month on which another sentence reports an act of its kind signed, naming no
other party (the place of the signing, after a signing verb or day and "à", "in", "te", is
none; a name after a bare "in" or Dutch "en" is); a day of another year leaves the year as it
is. An act read beside the province its partner town lies in ("a été signé un accord entre A
et B, dans la province du C") dates the act of the two towns. The towns and sentences are
invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import venue_before
from cityties.text import fold


def _dates(text: str) -> dict[frozenset[str], str | None]:
    """The signing date of every act, by its folded parties."""
    found = extract(text).doc.agreements
    return {frozenset(fold(p.name) for p in a.parties): (a.signed and str(a.signed)) for a in found}


def _key(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


_EN = (
    "Leeds has been twinned with Durban since 1987. The link grew out of a school exchange.\n\n"
    "How did it start?\n\nA teacher had spent a year in South Africa. In 1985 a first "
    "delegation travelled there. The twinning agreement was signed on {day} in Leeds, by the "
    "mayor of Durban, who came over for the occasion."
)
_NL = (
    "Tilburg heeft sinds 2011 een stedenband met Chengdu. De band kwam voort uit een "
    "uitwisseling van scholen.\n\nHoe begon het?\n\nEen docent had een jaar in China gewerkt. "
    "In 2009 reisde een eerste delegatie af. Het stedenbandverdrag werd op {day} in Tilburg "
    "ondertekend door de burgemeester van Chengdu, die daarvoor speciaal overkwam."
)
_DE = (
    "Erlangen ist seit 1997 Partnerstadt von Shenzhen. Die Verbindung ging aus einem "
    "Schüleraustausch hervor.\n\nWie fing es an?\n\nEin Lehrer hatte ein Jahr in China "
    "verbracht. 1995 reiste eine erste Delegation dorthin. Der Partnerschaftsvertrag wurde am "
    "{day} in Erlangen vom Bürgermeister von Shenzhen unterzeichnet, der eigens dafür anreiste."
)
_FR = (
    "Orléans est jumelée depuis 1946 avec Dundee. Le lien est né d'un échange scolaire.\n\n"
    "Comment cela a-t-il commencé ?\n\nUn professeur avait passé un an en Écosse. En 1944, "
    "une première délégation s'y est rendue. La charte de jumelage a été signée le {day} à "
    "Orléans, par le maire de Dundee venu pour l'occasion."
)


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (_EN.format(day="3 May 1987"), ("Leeds", "Durban"), "1987-05-03"),
        (_NL.format(day="8 maart 2011"), ("Tilburg", "Chengdu"), "2011-03-08"),
        (_DE.format(day="18. September 1997"), ("Erlangen", "Shenzhen"), "1997-09-18"),
        (_FR.format(day="12 octobre 1946"), ("Orléans", "Dundee"), "1946-10-12"),
    ],
)
def test_date_coarse_takes_the_day_a_later_sentence_tells(
    text: str, pair: tuple[str, str], day: str
) -> None:
    """An act dated by its year ("twinned since 1987") takes the day of that year on which a
    later sentence reports an act of its kind signed at a place, by an official of the
    partner, in each of the four languages."""
    assert _dates(text).get(_key(*pair)) == day


@pytest.mark.parametrize(
    ("text", "pair", "year"),
    [
        (_EN.format(day="3 May 1988"), ("Leeds", "Durban"), "1987"),
        (_NL.format(day="8 maart 2012"), ("Tilburg", "Chengdu"), "2011"),
        (_DE.format(day="18. September 1998"), ("Erlangen", "Shenzhen"), "1997"),
        (_FR.format(day="12 octobre 1947"), ("Orléans", "Dundee"), "1946"),
    ],
)
def test_date_coarse_keeps_the_year_for_a_day_of_another_year(
    text: str, pair: tuple[str, str], year: str
) -> None:
    """A signing day of another year is no day of the act dated by its year: it keeps it."""
    dates = [
        str(a.signed)
        for a in extract(text).doc.agreements
        if frozenset(fold(p.name) for p in a.parties) == _key(*pair)
    ]
    assert year in dates


@pytest.mark.parametrize(
    ("text", "name", "country", "venue"),
    [
        ("signée le 9 juin à Yueyang", "Yueyang", False, True),
        ("signed on 5 May in Hangzhou", "Hangzhou", False, True),
        ("signed in Hangzhou", "Hangzhou", False, True),
        ("getekend te Utrecht", "Utrecht", False, True),
        ("am 3. Mai in Qingdao unterzeichnet", "Qingdao", False, True),
        ("signé en Chine", "Chine", True, True),
        ("signed with Hangzhou", "Hangzhou", False, False),
        ("signée avec Yueyang", "Yueyang", False, False),
    ],
)
def test_venue_before_reads_the_place_of_signing(
    text: str, name: str, country: bool, venue: bool
) -> None:
    """A name after a signing verb or day and "à", "in", "te" (French "en" before a country)
    is where the act was signed; after "with", "avec" it is a party."""
    low = text.lower()
    at = low.index(name.lower())
    assert venue_before(low, at, at + len(name), country) is venue


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tilburg en Chengdu tekenden het verdrag", "Chengdu", False),
        ("a school in Hangzhou signed the agreement", "Hangzhou", False),
        ("three schools in Hangzhou", "Hangzhou", False),
        ("Breda en Wuhan ondertekenden op 8 maart", "Wuhan", False),
        ("signé en Chine", "Chine", False),
    ],
)
def test_venue_before_not_after_a_bare_in_or_dutch_en(text: str, name: str, country: bool) -> None:
    """A name after Dutch "en" (and), after "in" with no signing verb or day before it ("a
    school in Hangzhou"), or after "en" when it is no country, is no place of signing."""
    low = text.lower()
    at = low.index(name.lower())
    assert not venue_before(low, at, at + len(name), country)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2026-03-18\nNiamey et Zhuzhou deviennent villes jumelles\n\nLe 16 mars a été "
            "signé un accord de jumelage entre Niamey et Zhuzhou, dans la province chinoise du "
            "Hunan. Les deux maires ont pris la parole.",
            ("Niamey", "Zhuzhou"),
        ),
    ],
)
def test_date_beside_province_dates_the_act_of_the_two_towns(
    text: str, pair: tuple[str, str]
) -> None:
    """A signing day told of two towns, one with the province it lies in ("entre A et B,
    dans la province chinoise du C"), dates the act of the two towns."""
    found = extract(text, document_date=date(2026, 3, 18)).doc.agreements
    dates = {
        frozenset(fold(p.name) for p in a.parties): (a.signed and str(a.signed)) for a in found
    }
    assert dates.get(_key(*pair)) == "2026-03-16"
