"""Pure helpers shared by the libraries and the web desk: name folding, phones, partial dates."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from typing import Any, Final

__all__ = ["PartialDate", "fold", "to_e164"]

# Words that do not distinguish one place from another when names are compared.
_STOP_WORDS: Final = frozenset(
    {
        "city",
        "of",
        "municipality",
        "province",
        "metropolitan",
        "the",
        "municipal",
        "government",
        "people's",
        "peoples",
        "county",
    }
)


def fold(name: str, *, drop_stop_words: bool = True) -> str:
    """Fold a name for comparison: no accents, lower case, no punctuation, no filler words."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if drop_stop_words:
        kept = [w for w in words if w not in _STOP_WORDS]
        words = kept or words
    return " ".join(words)


def to_e164(raw: str, *, country: str | None) -> str | None:
    """Return the phone number in E.164 form, or None when it is not a valid number.

    raw (str): the number as written ("09 210 10 10", "+86-022-...").
    country (str | None): ISO 3166 alpha-2 country for numbers without a "+" prefix.
    """
    import phonenumbers  # local import keeps `import cityties.text` light

    try:
        parsed = phonenumbers.parse(raw, country.upper() if country else None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """The number of days of a month (`calendar.monthrange(year, month)[1]`, without its
    weekday computation: a PartialDate checks its day on every construction)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


class PartialDate:
    """A calendar date known to year, month or day precision; never an invented day or month.

    A value, equal, hashed and ordered by (year, month, day) as `@dataclass(frozen=True,
    order=True)` made it, written out: compiled with mypyc, a dataclass is built by
    interpreted code. Its fields are `Final` (read-only once compiled).
    """

    __slots__ = ("year", "month", "day")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if not 1 <= year <= 9999:
            raise ValueError(f"year out of range: {year}")
        if month is None:
            if day is not None:
                raise ValueError("a day needs a month")
        else:
            if not 1 <= month <= 12:
                raise ValueError(f"month out of range: {month}")
            if day is not None and not 1 <= day <= _month_days(year, month):
                raise ValueError(f"day out of range: {day}")
        self.year: Final = year
        self.month: Final = month
        self.day: Final = day

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    def __reduce__(self) -> tuple[type[PartialDate], tuple[object, ...]]:
        # pickled as a call of the class with its fields (compiled, the default
        # reduction of a native class does not rebuild it)
        return (PartialDate, (self.year, self.month, self.day))

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) < (other.year, other.month, other.day)

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) <= (other.year, other.month, other.day)

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) > (other.year, other.month, other.day)

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) >= (other.year, other.month, other.day)

    def __repr__(self) -> str:
        return f"PartialDate(year={self.year!r}, month={self.month!r}, day={self.day!r})"

    def replace(self, **changes: Any) -> PartialDate:
        """A copy with the named fields changed (what `dataclasses.replace` gave)."""
        return PartialDate(**{"year": self.year, "month": self.month, "day": self.day, **changes})

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        """ISO 8601 to the known precision: YYYY, YYYY-MM or YYYY-MM-DD."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Parse 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
        if not m:
            raise ValueError(f"not a partial ISO date: {value!r}")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def to_date(self) -> date:
        """The first day the partial date can mean (for sorting and storage)."""
        return date(self.year, self.month or 1, self.day or 1)

    def add_months(self, months: int) -> PartialDate:
        """Shift by whole months at the same precision (a day past the month's end is clipped)."""
        if self.month is None:
            # A year-precision date stays at year precision; a part of a year is dropped.
            return PartialDate(self.year + months // 12)
        index = self.year * 12 + (self.month - 1) + months
        year, month0 = divmod(index, 12)
        if self.day is None:
            return PartialDate(year, month0 + 1)
        last = calendar.monthrange(year, month0 + 1)[1]
        return PartialDate(year, month0 + 1, min(self.day, last))
