"""Visits and the stops of one trip: an onward leg dated by a day named relative to the page,
and a trip's stop read as a visit between a place and its own province or between two places
of one foreign country. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors import visits as visits_module
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.types import PlaceKind
from factsets import visits_of as _visits

_ONWARD_DATED = [
    (
        "date 2025-03-11\n\nA delegation from Tampere arrived in Hangzhou on Monday and signed a "
        "memorandum with the city. The delegation travels on to Suzhou tomorrow.\n",
        "2025-03-12",
    ),
    (
        "date 2025-03-11\n\nEine Delegation aus Tampere ist am Montag in Hangzhou eingetroffen und "
        "hat dort eine Absichtserklärung unterzeichnet. Die Delegation reist heute weiter nach "
        "Suzhou.\n",
        "2025-03-11",
    ),
    (
        "date 2025-03-11\n\nEen delegatie uit Tampere is maandag in Hangzhou aangekomen en heeft "
        "er een intentieverklaring getekend. Vandaag reist de delegatie verder naar Suzhou.\n",
        "2025-03-11",
    ),
    (
        "date 2025-03-11\n\nUne délégation de Tampere est arrivée lundi à Hangzhou et y a signé "
        "une lettre d'intention. Demain, la délégation se rend ensuite à Suzhou.\n",
        "2025-03-12",
    ),
]


@pytest.mark.parametrize(("text", "day"), _ONWARD_DATED)
def test_visits_onward_leg_dated_by_relative_day_is_kept(text: str, day: str) -> None:
    """An onward leg told in the present with "tomorrow", "heute", "vandaag" or "demain" is a
    dated trip still to come: the visitor's visit to the next stop is kept with that day."""
    found = _visits(text)
    assert ("tampere", "hangzhou", "2025-03-10") in found
    assert ("tampere", "suzhou", day) in found


def test_visits_onward_leg_without_day_is_dropped() -> None:
    """An onward leg with no day of its own ("Afterwards ... travels on to") stays no visit."""
    text = (
        "date 2025-03-11\n\nA delegation from Tampere arrived in Hangzhou on Monday and signed a "
        "memorandum with the city. Afterwards the delegation travels on to Suzhou.\n"
    )
    assert _visits(text) == {("tampere", "hangzhou", "2025-03-10")}


@pytest.mark.parametrize("word", ["today", "tonight"])
def test_visits_onward_leg_after_a_day_of_another_event_is_dropped(word: str) -> None:
    """A relative day that dates another event of the sentence ("After talks today ...") does
    not date the onward leg after it: the leg stays no visit ("tonight" dates no leg at all)."""
    text = (
        "date 2025-03-11\n\nA delegation from Tampere arrived in Hangzhou on 9 March. After "
        f"talks {word} the delegation travels on to Suzhou.\n"
    )
    assert not any(h == "suzhou" for _, h, _ in _visits(text))


# A page of the visitor's own city (its headline), so that its home lies abroad.
_HOME_ABROAD = "date 2025-04-26\n\nNews from the city of Tampere\n\n"
_NESTED = [
    _HOME_ABROAD + "The Tampere trade mission to the province of Zhejiang began in Hangzhou on "
    "Monday. A delegation from Zhejiang province visited Hangzhou on Tuesday to meet the guests "
    "from Tampere.\n",
    _HOME_ABROAD + "Die Handelsmission aus Tampere in die Provinz Zhejiang begann am Montag in "
    "Hangzhou. Am Dienstag empfing eine Delegation der Provinz Zhejiang die Gäste aus Tampere in "
    "Hangzhou.\n",
    _HOME_ABROAD + "De handelsmissie uit Tampere naar de provincie Zhejiang begon maandag in "
    "Hangzhou. Dinsdag ontving een delegatie van de provincie Zhejiang de gasten uit Tampere in "
    "Hangzhou.\n",
]


@pytest.mark.parametrize("text", _NESTED)
def test_visits_place_and_its_province_are_no_visit(text: str) -> None:
    """A province's delegation meeting a foreign mission in one of its own cities is no visit
    of the province to that city."""
    assert not any({v, h} == {"zhejiang", "hangzhou"} for v, h, _ in _visits(text))


def test_visits_nested_stops_reading_needs_the_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the module switches off, the reading of the province's delegation in its own city
    comes back (the test above can fail)."""
    monkeypatch.setattr(visits_module, "_NESTED_ENDS_DROPPED", False)
    monkeypatch.setattr(visits_module, "_DOMESTIC_ENDS_DROPPED", False)
    assert any({v, h} == {"zhejiang", "hangzhou"} for v, h, _ in _visits(_NESTED[0]))


def _place(name: str, country: str, kind: PlaceKind, admin1: str | None = None) -> Actor:
    return Actor(
        start=0,
        end=len(name),
        name=name,
        kind="place",
        key=name.casefold(),
        country=country,
        admin1=admin1,
        place_kind=kind,
    )


@pytest.mark.parametrize(
    ("visitor", "host", "expected"),
    [
        (_place("Chongqing", "CN", "city", "32"), _place("Chengdu", "CN", "city", "32"), True),
        (_place("Wuhan", "CN", "city", "12"), _place("Xianning", "CN", "city", "12"), True),
        (_place("Sichuan", "CN", "admin1", "32"), _place("Chengdu", "CN", "city", "32"), True),
        (_place("Tampere", "FI", "city", "06"), _place("Hangzhou", "CN", "city", "02"), False),
        (_place("Zhejiang", "CN", "admin1", "02"), _place("Tampere", "FI", "city", "06"), False),
    ],
)
def test_stops_of_one_trip_same_country_ends(visitor: Actor, host: Actor, expected: bool) -> None:
    """Two places of one country (or a place and its own province) are the stops of one
    foreign trip, no visit of one to the other; places of two countries are a visit."""
    home = _place("Tampere", "FI", "city", "06")
    assert visits_module._stops_of_one_trip(visitor, host, home) is expected


def test_stops_of_one_trip_home_country_pair_is_a_visit() -> None:
    """Two places of the page's own country (twin towns of one country) stay a visit."""
    home = _place("Jena", "DE", "city", "15")
    assert not visits_module._stops_of_one_trip(_place("Erfurt", "DE", "city", "15"), home, home)


def test_stops_of_one_trip_home_province_and_home_city_is_no_visit() -> None:
    """A place and its own province are the stops of one trip even in the page's own country
    (the page's own state "visiting" its home city), while two distinct places there stay a
    visit."""
    home = _place("Jena", "DE", "city", "15")
    thuringia = _place("Thuringia", "DE", "admin1", "15")
    assert visits_module._stops_of_one_trip(thuringia, home, home)
    assert not visits_module._stops_of_one_trip(_place("Erfurt", "DE", "city", "15"), home, home)


def test_stops_of_one_trip_without_home_keeps_same_country_pair() -> None:
    """With no home known, nothing tells a trip abroad: two places of one country stay a
    visit, while a place and its own province are still the stops of one trip."""
    chongqing = _place("Chongqing", "CN", "city", "32")
    sichuan = _place("Sichuan", "CN", "admin1", "32")
    chengdu = _place("Chengdu", "CN", "city", "32")
    assert not visits_module._stops_of_one_trip(chongqing, chengdu, None)
    assert visits_module._stops_of_one_trip(sichuan, chengdu, None)
