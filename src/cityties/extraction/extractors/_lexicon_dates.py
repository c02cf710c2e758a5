"""Words of date expressions in English, Dutch, French and German (private to cityties.dates)."""

from __future__ import annotations

from typing import Final

__all__ = [
    "CASED_ONLY",
    "DAY_COUNTS",
    "DAY_SHIFTS",
    "DAY_SHIFT_WORDS",
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


# A day told from the day told just before it, in the four languages, with its shift in days
# ("n" for a count of days written in the phrase): "the next day", "le lendemain", "de
# volgende dag", "am nächsten Tag", "two days later", "la veille", "am Vortag". Patterns on
# lower-cased text; "au lendemain de la guerre", "la veille du sommet" (a day told from
# another event) and "the day after the vote" are none.
DAY_SHIFTS: Final[tuple[tuple[str, str], ...]] = (
    (r"(?:the\s+)?(?:next|following)\s+day|(?:a|one)\s+day\s+later", "1"),
    (r"the\s+(?:previous\s+day|day\s+before(?=\s*[,.;:)]))", "-1"),
    (r"(?<!au\s)le\s+lendemain(?!\s+(?:de|du|des|d['’]))|un\s+jour\s+plus\s+tard", "1"),
    (r"le\s+surlendemain(?!\s+(?:de|du|des|d['’]))", "2"),
    (r"(?<!à\s)la\s+veille(?!\s+(?:de|du|des|d['’]|au|aux))", "-1"),
    (
        r"de\s+(?:volgende|daaropvolgende|daarop\s+volgende)\s+dag|de\s+dag\s+(?:erna|daarna|"
        r"daarop)|daags\s+(?:daarna|erna|nadien)|een\s+dag\s+later",
        "1",
    ),
    (r"de\s+dag\s+(?:ervoor|daarvoor)|daags\s+(?:ervoor|daarvoor|tevoren)", "-1"),
    (
        r"am\s+(?:nächsten|folgenden|darauffolgenden|darauf\s+folgenden)\s+tag|am\s+tag\s+"
        r"darauf|tags\s+darauf|am\s+folgetag|einen\s+tag\s+später",
        "1",
    ),
    (r"am\s+vortag|am\s+tag\s+(?:zuvor|davor)|tags\s+(?:zuvor|davor)", "-1"),
    # the day before, counted back: "one day earlier", "un jour plus tôt", "een dag eerder",
    # "einen Tag früher"
    (
        r"(?:a|one)\s+day\s+(?:earlier|before)(?=\s*[,.;:)])|(?:a|one)\s+day\s+earlier|"
        r"un\s+jour\s+plus\s+tôt|(?:een|één)\s+dag\s+(?:eerder|ervoor|daarvoor)|"
        r"(?:einen|ein)\s+tag\s+(?:früher|zuvor|vorher|davor)",
        "-1",
    ),
    (
        r"(?P<n>\d|two|three|four|five|deux|trois|quatre|cinq|twee|drie|vier|vijf|zwei|drei|"
        r"vier|fünf)\s+(?:days\s+later|jours\s+plus\s+tard|dagen\s+later|tage\s+später)",
        "n",
    ),
    (
        r"(?P<n>\d|two|three|four|five|deux|trois|quatre|cinq|twee|drie|vier|vijf|zwei|drei|"
        r"vier|fünf)\s+(?:days\s+(?:earlier|before(?=\s*[,.;:)]))|jours\s+plus\s+tôt|"
        r"dagen\s+(?:eerder|ervoor|daarvoor)|tage\s+(?:früher|zuvor|vorher|davor))",
        "-n",
    ),
)
# the counts of days those phrases write in words
DAY_COUNTS: Final = {
    "two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zwei": 2, "drei": 3, "fünf": 5,
}  # fmt: skip
# the words of which a document must hold one for those phrases to be looked for (Latin-1)
DAY_SHIFT_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "day days lendemain surlendemain veille jour jours dag dagen daags tag tage tags"
    " folgetag vortag".split()
)
