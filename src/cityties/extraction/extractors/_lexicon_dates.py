"""Words of date expressions in English, Dutch, French and German (private to cityties.dates)."""

from __future__ import annotations

from typing import Final

__all__ = [
    "CASED_ONLY",
    "MONTHS",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
]

# Month word (casefolded, without a trailing dot) -> (language, month number, canonical name).
# The canonical name is the full month word of that language.
_MONTH_NAMES: dict[str, list[str]] = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split(),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ).split(),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ).split(),
}
_MONTH_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "en": {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    "nl": {
        "jan": 1,
        "feb": 2,
        "febr": 2,
        "mrt": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "nov": 11,
        "dec": 12,
    },
    "fr": {
        "janv": 1,
        "fevrier": 2,
        "févr": 2,
        "fevr": 2,
        "avr": 4,
        "juil": 7,
        "aout": 8,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "déc": 12,
        "decembre": 12,
        "dec": 12,
    },
    "de": {
        "jänner": 1,
        "jan": 1,
        "feb": 2,
        "maerz": 3,
        "mär": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "nov": 11,
        "dez": 12,
    },
}


def _months() -> dict[str, list[tuple[str, int, str]]]:
    out: dict[str, list[tuple[str, int, str]]] = {}
    for lang, names in _MONTH_NAMES.items():
        for i, name in enumerate(names, start=1):
            out.setdefault(name.casefold(), []).append((lang, i, name))
        for abbr, month in _MONTH_ABBREVIATIONS[lang].items():
            out.setdefault(abbr.casefold(), []).append((lang, month, _MONTH_NAMES[lang][month - 1]))
    return out


MONTHS: dict[str, list[tuple[str, int, str]]] = _months()

# Month words that are also ordinary lower-case words ("may") count only when capitalised.
CASED_ONLY: Final = frozenset({"may"})

# Weekday word (casefolded) -> ISO weekday (Monday = 0).
WEEKDAYS: dict[str, int] = {}
for _names in (
    "monday tuesday wednesday thursday friday saturday sunday",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
):
    for _i, _w in enumerate(_names.split()):
        WEEKDAYS[_w] = _i
WEEKDAYS["sonnabend"] = 5
# The weekday words alone (without a part of the day).
WEEKDAY_NAMES: Final = tuple(WEEKDAYS)
# A weekday and a part of the day written as one word in Dutch and German ("woensdagavond",
# "zaterdagochtend", "Montagvormittag", "Dienstagabend") is that weekday.
for _names, _parts in (
    (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "ochtend morgen voormiddag middag namiddag avond nacht",
    ),
    (
        "montag dienstag mittwoch donnerstag freitag samstag sonntag",
        "morgen vormittag mittag nachmittag abend nacht",
    ),
):
    for _i, _w in enumerate(_names.split()):
        for _part in _parts.split():
            WEEKDAYS[_w + _part] = _i
for _part in "morgen vormittag mittag nachmittag abend nacht".split():
    WEEKDAYS["sonnabend" + _part] = 5
