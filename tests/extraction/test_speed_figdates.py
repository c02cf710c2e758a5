"""The faster paths of the dates, figures, contacts and visit-details extractors find what
the plain scans they replace find."""

from __future__ import annotations

import random

import pytest

from cityties.extraction.extractors import dates
from cityties.extraction.extractors._clauses import lower_same

_YEAR = next(p for p in dates._PATTERNS if p.name == "year").low
_PIECES = (
    "in the year very first half of end beginning early late mid- mid mi- fin de d' l'an "
    "l'année dans en im jahr jahre ende anfang à la au begin eind het jaar 2019 1999 2000 "
    "1850 12 2019. (2020) , - 19999 1٩99 a b x on by spring İn ’s"
).split()
_GAPS = (" ", "  ", "\n", "\t", "", ", ", ".", "-", "/", "\xa0", "’")


def _both(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    low = lower_same(text)
    years = [m.start() for m in dates._YEARISH.finditer(text)]
    plain = [m.span() for m in _YEAR.finditer(low, lo, hi)]
    fast = [m.span() for m in dates._year_matches(_YEAR, low, lo, hi, years)]
    return plain, fast


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Founded in the year 1850, it grew.", 0, 34),
        ("in the very first half of the year 2019 and late 2020", 0, 53),
        ("à la fin de l'année 2019, puis mi-2020", 0, 38),
        ("Im Jahre 1999 und Ende 2000", 3, 27),
        ("a number 19999 cut by the window", 0, 13),
        ("(2020)\n\n   2021 inhabitants 12 2019", 0, 35),
    ],
)
def test_year_matches_same_as_scanning_the_window(text: str, lo: int, hi: int) -> None:
    """The "year" pattern searched only before year-like numbers finds what scanning the
    whole window finds, also where the window cuts a longer number."""
    plain, fast = _both(text, lo, hi)
    assert fast == plain


def test_year_matches_same_on_random_windows() -> None:
    """On random texts of date words, numbers and punctuation, cut at random windows, both
    ways find the same matches."""
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 25)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        plain, fast = _both(text, lo, hi)
        assert fast == plain, (text, lo, hi)


def test_entity_equal_and_hashed_by_its_fields() -> None:
    """An Entity equals another with the same name, kind and country, and finds the same
    dictionary entry; one field apart, it is another entity."""
    from cityties.extraction.extractors._figures_subject import Entity

    a, b = Entity("Gent", "city", "BE"), Entity("Gent", "city", "BE")
    assert a == b and hash(a) == hash(b)
    assert {a: 1}[b] == 1
    assert a != Entity("Gent", "region", "BE")
    assert a != Entity("Gent", "city")
    assert Entity("Gent", "city").country is None


def test_quantity_equal_by_its_fields() -> None:
    """Quantities of the same span, value and kind are equal; find_quantities reads the
    numbers and scale words of a span."""
    from cityties.extraction.extractors._numbers import Quantity, find_quantities

    text = "The port handled 71.5 million tons and employs 3,200 people."
    found = find_quantities(text, 0, len(text), language="en")
    assert [(q.value, q.scaled) for q in found] == [(71.5e6, True), (3200.0, False)]
    assert found[0] == Quantity(found[0].start, found[0].end, 71.5e6, scaled=True)
    assert found[0] != Quantity(found[0].start, found[0].end, 71.5e6)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tel: +32 9 210 10 10 / Fax: +32 9 210 10 20", True),
        (
            "The delegation of the twin city visited the harbour, the university and the "
            "science park on 12 May and met the mayor, tel. 09 210 10 10",
            False,
        ),
    ],
)
def test_detail_line_of_details_and_of_prose(line: str, expected: bool) -> None:
    """A line of phone numbers is a detail line; a line of prose that ends with a number is
    not (what no phone number holds is already longer than a detail line's rest)."""
    from cityties.extraction.extractors.contacts import _detail_line

    assert _detail_line(line, 0, len(line)) is expected


# ---- speed-p (session 9): the parts a date pattern's every match holds


@pytest.mark.parametrize(
    "text",
    [
        "The delegation stayed from 24-26 September 2013 and again on 3 October.",
        "Vom 3. bis 5. Mai 2014 war die Delegation in Kiel; am 7. Juni 2015 kam sie wieder.",
        "From 30 September - 2 October 2013, then the 5th of May 2016 and sept. 2013.",
        "Le 9 février dernier, du 12 au 14 mars 2017, en juin 2018 et fin septembre 2019.",
        "Op 1 januari 2020 en van 3 tot 5 februari 2021; in mei 2022 en september of 2006.",
        "No dates here, only 24 people, 2013 tonnes and the month of May.",
    ],
)
def test_date_pattern_parts_found_wherever_the_pattern_matches(text: str) -> None:
    """A window where a date pattern matches also holds that pattern's part (the quick test
    that spares the pattern elsewhere), on every window of the text."""
    low = lower_same(text)
    for name, part in dates._NEEDS_PART.items():
        pattern = next(p for p in dates._PATTERNS if p.name == name)
        for lo in range(0, len(low), 7):
            for hi in range(lo + 1, len(low) + 1, 11):
                if pattern.low.search(low, lo, hi) is not None:
                    assert part.search(low, lo, hi) is not None, (name, low[lo:hi])
