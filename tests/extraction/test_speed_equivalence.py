"""Tests that the fast forms of patterns the extractors use find what the plain patterns find
(speed work must not change the output)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _contacts_lex as lex
from cityties.extraction.extractors import _figures_lexicon as lex_fig
from cityties.extraction.extractors import _figures_subject as fs
from cityties.extraction.extractors import _visit_details_lex as vd_lex
from cityties.extraction.extractors import figures, visit_details

_PIECES = st.sampled_from(
    [
        "Tel",
        "tél.",
        "phone",
        "Fax",
        "M",
        "T.",
        "t",
        "m:",
        "ſ",
        "direct  line",
        "(ext. 2)",
        "Handy",
        "ph.",
        "GSM nr.",
        "Switchboard",
        ":",
        "：",
        ".",
        " ",
        "\n",
        "+",
        "0",
        "32",
        "(",
        ")",
        "a",
        "mobile",
        "Zentrale",
        "ST",
    ]
)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 40))
def test_search_phone_label_same_as_pattern(text: str, pos: int) -> None:
    """search_phone_label finds the same span as PHONE_LABEL.search, from any position."""
    pos = min(pos, len(text))
    assert _span(lex.search_phone_label(text, pos)) == _span(lex.PHONE_LABEL.search(text, pos))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tel: 09 210 10 10", (0, 5)),
        ("For bookings call the switchboard: +44 20 7946 0000", (22, 35)),
        ("Our office has 75,000 visitors a year", None),
        ("Mob. 0478 12 34 56", (0, 5)),
    ],
)
def test_search_phone_label_examples(text: str, span: tuple[int, int] | None) -> None:
    """A label right before a number is found where it starts; prose without one gives None."""
    assert _span(lex.search_phone_label(text)) == span
    assert _span(lex.PHONE_LABEL.search(text)) == span


# ------------------------------------------------------------------ figures
_FIGURE_PIECES = st.sampled_from(
    [
        "the",
        "The",
        "de",
        "Diese",
        "l'",
        "cette",
        "Cet",
        "city",
        "Stadt",
        "port",
        "Hafen",
        "partner",
        "Chinese",
        "of",
        "Wuhan",
        "KU",
        "AB",
        "Leuven",
        "Greater",
        " ",
        "  ",
        ", ",
        "; ",
        "\n",
        "-",
        "'",
        "‘",
        "’",
        "“",
        "”",
        '"',
        "2019",
        "1999",
        "12th",
        "3e",
        "1er",
        "mid-",
        "end-",
        "21.",
        "3/",
        "rank",
        "first",
        "number",
        "one",
        "ſ",
        "İ",
        "x",
        ".",
        "it",
        "Its",
        "IT",
        "we",
        "Our",
        "unsere",
        "nous",
        "you",
        "Uw",
        "u",
        "Sie",
        "Ihre",
        "Ihnen",
        "University",
        "Hochschule",
        "Airport",
        "Harbour",
        "van",
        "Duisburg-Essen",
    ]
)
_PLAIN_FORMS = [
    (
        fs._ORG_NAME,
        r"(?<![\w-])(?:(?:University|Universiteit|Universität|Université|Hochschule|"
        r"Fachhochschule|Hogeschool|College|Port|Haven|Hafen|Airport|Luchthaven|Flughafen|"
        r"Aéroport)(?:[ \t]+(?:of|van|de|d['’]|der|du|des)[ \t]*|[ \t]+)"
        r"[A-ZÀ-Þ][\w'’-]*(?:[ \t-][A-ZÀ-Þ][\w'’-]*)*"
        r"|[A-ZÀ-Þ][\w'’-]*(?:[ \t-][A-ZÀ-Þ][\w'’-]*)*[ \t]+(?:University|Universiteit|"
        r"Hogeschool|College|Port|Airport|Harbour))(?![\w-])",
        0,
    ),
    (fs._IT, r"(?<![\w])(?:it|its|It|Its)(?![\w'’])", 0),
    (
        fs._WE,
        r"(?<![\w])(?:we|We|our|Our|wij|Wij|onze|Onze|ons|Ons|wir|Wir|unser\w*|Unser\w*|"
        r"nous|Nous|notre|Notre|nos|Nos)(?![\w])",
        0,
    ),
    (
        fs._YOU,
        r"(?<![\w])(?:you|You|your|Your|u|uw|Uw|jullie|Jullie|vous|Vous|votre|Votre|vos|Vos)"
        r"(?![\w'’])|(?<=\w\s)(?:Sie|Ihr|Ihre[rnms]?|Ihnen)(?![\w])",
        0,
    ),
    (fs._MID_CAPITAL, r"(?<=[\w,;] )[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?![\w-])", 0),
    (fs._CAPITALISED, r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?![\w-])", 0),
    (
        lex_fig.DIGIT_ORDINAL,
        r"\d{1,4}(?:st|nd|rd|th|e|è|ème|eme|er|ère|re|de|ste|te|\.)(?![\w])",
        re.IGNORECASE,
    ),
    (
        lex_fig.YEAR,
        r"(?:(?<![\d.,/-])|(?<=\b\d\d[./])|(?<=\b\d[./])|(?<=\bmid-)|(?<=\bend-))"
        r"(?P<year>1[89]\d\d|20\d\d)(?![\d.,/]\d|\d)"
        r"(?!['’]?s(?![\w])|er(?:-?jahr|n?(?![\w])))",
        0,
    ),
]


@pytest.mark.parametrize(("fast", "plain", "flags"), _PLAIN_FORMS)
@settings(max_examples=300, deadline=None)
@given(text=st.lists(_FIGURE_PIECES, max_size=14).map("".join))
def test_figure_patterns_same_as_plain_form(
    fast: re.Pattern[str], plain: str, flags: int, text: str
) -> None:
    """A pattern written so that re skips to where a match can start finds what its plain
    form (the look-behind first) finds."""
    slow = re.compile(plain, flags)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in slow.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The city has 2 million inhabitants.", ["The city"]),
        (
            "Diese Stadt zählt 600.000 Einwohner, l'agglomération aussi.",
            ["Diese Stadt", "l'agglomération"],
        ),
        ("Bathe the port of Antwerp.", ["the port of Antwerp"]),
    ],
)
def test_anaphor_found_at_word_starts(text: str, found: list[str]) -> None:
    """The anaphor pattern finds descriptions at the start of a word only ("Bathe" holds no
    "the")."""
    assert [m.group() for m in fs._ANAPHOR.finditer(text)] == found


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a rise of", True),
        ("it grew by", True),
        ("with extra", True),
        ("stieg um ", True),
        ("in the city of", False),
        ("about", False),
    ],
)
def test_search_end_reads_only_strings_with_a_last_word(words: str, expected: bool) -> None:
    """The end-anchored change pattern is searched, on lower-cased text, only when the words
    end with one of its last words; the answer is the pattern's own."""
    pattern = figures._LOWER.DELTA_BEFORE
    assert (
        figures._search_end(figures._LOWER, pattern, words, figures._DELTA_ENDS) is not None
    ) is expected
    assert (pattern.search(words) is not None) is expected


# ------------------------------------------------------------------ visit details
_HEADING_PIECES = st.sampled_from(
    [
        "Delegation",
        "DELEGATIE",
        "Programme",
        "PURPOSE:",
        "\n",
        "\n\n",
        " ",
        "1.",
        "IV.",
        "B)",
        "Agreements",
        "reached",
        "Outcomes",
        "Contact",
        "x",
        "Follow",
        "-ups",
        "## ",
        "Gifts",
        "\t",
        "Doel:",
        "Ergebnisse",
        "Délégation",
        "Teilnehmer",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEADING_PIECES, max_size=14).map("".join))
def test_sections_same_from_line_starts_and_lower_case(text: str) -> None:
    """Headings found at line starts, and on the lower-cased text, are those a scan of every
    character finds."""
    assert [m.span() for m in visit_details._headings(text, None)] == [
        m.span() for m in vd_lex.HEADING.finditer(text)
    ]
    assert visit_details._sections(text, text.lower()) == visit_details._sections(text)
