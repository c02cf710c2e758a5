"""The dates extractor's quicker candidate search finds what the plain one finds: the "year"
pattern searched from the year itself when no word before it can belong to the match, and the
day-month patterns skipped in windows without a day and then its month."""

from __future__ import annotations

import random

import pytest

from cityties.extraction.extractors import dates
from cityties.extraction.extractors._clauses import lower_same

_YEAR = next(p for p in dates._PATTERNS if p.name == "year").low

# Words that may or may not lead a year in the four languages, glued ones among them
# ("midyear", "finde"), and words that never do.
_LEAD_PIECES = (
    "in the year very first half of second end middle spring fall winter early late mid- mid "
    "midyear mi- fin finde début débutde courant printemps été automne hiver de d' l'an l'année "
    "an année dans en im jahr jahre ende anfang mitte frühjahr sommer herbst à la au het jaar "
    "begin eind einde midden medio voorjaar najaar zomer op am le by on signed since seit "
    "depuis sinds xyear abcde yeard 2019 1999 2000 1850 12 (2020) « 19999 année: 2021"
).split()
_GAPS = (" ", "  ", "\n", "", ", ", ".", "-", "'", "\xa0", "(", ": ")


def _year_both(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    low = lower_same(text)
    years = [m.start() for m in dates._YEARISH.finditer(text)]
    plain = [m.span() for m in _YEAR.finditer(low, lo, hi)]
    fast = [m.span() for m in dates._year_matches(_YEAR, low, lo, hi, years)]
    return plain, fast


@pytest.mark.parametrize(
    "text",
    [
        "The agreement was renewed in 2019 and again late 2023.",
        "Het contract liep af medio 2020, de stedenband bestaat sinds 1985.",
        "La charte signée fin de 2018 a été renouvelée en l'an 2021, puis mi-2022.",
        "Die Partnerschaft wurde im Jahre 1999 begründet und Anfang 2004 erneuert.",
        "A midyear 2019 review, a finde 2020 note and d'2021 (2022) were filed.",
    ],
)
def test_year_matches_same_as_scanning_the_window_with_leading_words(text: str) -> None:
    """Years with and without words before them in English, Dutch, French and German: the
    search from the year finds the same matches as the scan of the whole text."""
    plain, fast = _year_both(text, 0, len(text))
    assert fast == plain


def test_year_matches_same_on_random_texts_of_leading_words() -> None:
    """On random texts of words that lead a year or not, glued or apart, cut at random
    windows, both ways find the same matches."""
    rng = random.Random(17)
    for _ in range(4000):
        text = "".join(
            rng.choice(_LEAD_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 20))
        )
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        plain, fast = _year_both(text, lo, hi)
        assert fast == plain, (text, lo, hi)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("signed 2019", False),
        ("(2019)", False),
        ("in 2019", True),
        ("im Jahr 2019", True),
        ("fin de 2019", True),
        ("eind 2019", True),
        ("mid-2019", True),
        ("midyear 2019", True),
    ],
)
def test_may_lead_tells_words_that_can_lead_a_year(text: str, lead: bool) -> None:
    """A search may start before the year only after a word the "year" pattern reads before
    it, a word glued to one, or a hyphen, an apostrophe or a letter right before the year."""
    p = text.index("2019")
    assert dates._may_lead(text.lower(), p, 0) is lead


_DAY_PIECES = (
    "3 24 30 1st 2nd 5th 12. 3. 05 31 the of de le from between du vom van tussen entre to "
    "and - – au à bis und tot en September septembre Mai mei May March märz maart juni sept. "
    "2013 2020 dernier next , Tuesday mardi Dienstag den"
).split()


def test_day_month_patterns_hold_a_day_and_then_its_month() -> None:
    """Every match of the day-month patterns ("3-5 May", "30 April - 2 May", "5 May") holds
    the day-then-month part searched before them, and every "September 24" match the
    month-then-day part, on random texts of days, months and range words in four languages."""
    rng = random.Random(34)
    day_month = dates._NEEDS_PART["dmy"]
    month_day = dates._NEEDS_PART["mdy"]
    patterns = [p for p in dates._PATTERNS if p.name in dates._DAY_MONTH_NAMES | {"mdy"}]
    seen = 0
    for _ in range(4000):
        text = " ".join(rng.choice(_DAY_PIECES) for _ in range(rng.randint(2, 12)))
        low = lower_same(text)
        for p in patterns:
            part = month_day if p.name == "mdy" else day_month
            for m in p.low.finditer(low):
                seen += 1
                assert part.search(low, m.start(), m.end()) is not None, (p.name, text)
    assert seen > 1000
