"""Speed round seven: patterns rewritten to open with their first characters
(`_clauses.first_chars`) find the same matches as the patterns they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _places_ties, figures, places

# The patterns before they were written to open with their first characters.
_OLD_GEO_WORDS = re.compile(
    r"\b(?:provinces?|provincie|provinz|prefecture|state|county|region|regio|région|"
    r"département|departement|sheng|shi)\b",
    re.IGNORECASE,
)
_OLD_PART_BEFORE = re.compile(
    r"(?<![\w])(?:waarvan|of\s+which|of\s+whom|davon|wovon|darunter|dont|onder\s+wie|"
    r"parmi\s+lesquel(?:le)?s|among\s+them|including)\s*$",
    re.IGNORECASE,
)
# words in mixed case, with the characters re.IGNORECASE takes for "i" and "s", and
# neighbours that glue to them (digits, "_", "-", letters)
_GEO_PIECES = (
    "province provinces Provincie PROVINZ prefecture Prefecture state State ſtate STATE "
    "county County region Region regio Regio région RÉGION département Departement sheng "
    "Sheng shi SHİ Shı of the West x 3 _ - é"
).split()
_PART_PIECES = (
    "waarvan Waarvan of which Of whom WHOM davon Davon wovon darunter dont Dont onder wie "
    "parmi lesquels lesquelles Parmi among them Among THEM including İncluding ıncluding "
    "Including 118 km² x _ - é"
).split()
_OLD_GOAL_TRIGGERS = {
    "en": re.compile(
        r"\b(?:aims?\s+to|aiming\s+to|goal\s+(?:is\s+)?to|goal\s+of|ambitions?\s+(?:is\s+)?to|"
        r"ambition\s+of|target\s+(?:is\s+)?to|wants?\s+to|strives?\s+to|striving\s+to|"
        r"(?:is\s+)?committed\s+to|commits?\s+to|pledged?\s+to|seeks?\s+to|"
        r"objective\s+(?:is\s+)?to)\s*",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"\b(?:wil|willen|streeft\s+(?:ernaar|naar)|streven\s+naar|ambitie\s+(?:om|is)|"
        r"doel(?:stelling)?\s+(?:om|is)|ambieert|beoogt)\s*",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:vise\s+à|visent\s+à|vise|visent|ambitionne\s+de|ambition\s+(?:de|d')|"
        r"objectif\s+(?:de|d'|est)|souhaite|veut|s'engage\s+à)\s*",
        re.IGNORECASE,
    ),
    "de": re.compile(r"\b(?:will|wollen|Ziel,?|strebt|anstreben|beabsichtigt)\s*", re.IGNORECASE),
}
_GOAL_PIECES = (
    "aims aim to aiming goal is of ambition ambitions target wants want strives striving "
    "committed commits pledged pledge seeks objective AIMS Goal İs ıs ſeeks wil willen "
    "streeft ernaar naar streven ambitie om doel doelstelling ambieert beoogt vise visent à "
    "ambitionne de d' objectif est souhaite veut s'engage will wollen Ziel ziel, strebt "
    "anstreben beabsichtigt x 3 _ - é"
).split()
_GAPS = [" ", "", "\n", "-", ", ", "\t", "x", "_", "  "]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces)
    gap = st.sampled_from(_GAPS)
    return st.lists(st.tuples(piece, gap), max_size=10).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[object]:
    """The span of every search from each start of the window."""
    out: list[object] = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append(m.span() if m else None)
    return out


@pytest.mark.parametrize(
    ("old", "new", "pieces"),
    [
        (_OLD_GEO_WORDS, places._GEO_WORDS, _GEO_PIECES),
        (_OLD_PART_BEFORE, figures._PART_BEFORE, _PART_PIECES),
        *[
            (_OLD_GOAL_TRIGGERS[lang], _places_ties._GOAL_TRIGGERS[lang], _GOAL_PIECES)
            for lang in ("en", "nl", "fr", "de")
        ],
    ],
    ids=["geo_words", "part_before", "goal_en", "goal_nl", "goal_fr", "goal_de"],
)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_rewritten_pattern_same_matches_as_the_old(
    old: re.Pattern[str], new: re.Pattern[str], pieces: list[str], data: st.DataObject
) -> None:
    """Each rewritten pattern finds what its old form finds from every start of any window
    of texts made of its words (in any case), and substitutes the same text."""
    text = data.draw(_texts(pieces))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _found(new, text, lo, hi) == _found(old, text, lo, hi)
    assert new.sub(" ", text) == old.sub(" ", text)


@pytest.mark.parametrize(
    ("rx", "text", "span"),
    [
        (places._GEO_WORDS, "Zhejiang Province", (9, 17)),
        (places._GEO_WORDS, "the State of Victoria", (4, 9)),
        (places._GEO_WORDS, "Interstate", None),
        (figures._PART_BEFORE, "a surface of 300 km², waarvan ", (22, 30)),
        (figures._PART_BEFORE, "40,000 students, Including ", (17, 27)),
        (figures._PART_BEFORE, "excluding ", None),
        (_places_ties._GOAL_TRIGGERS["en"], "The port is committed to  reaching", (9, 26)),
        (_places_ties._GOAL_TRIGGERS["de"], "Kiel strebt bis 2035", (5, 12)),
        (_places_ties._GOAL_TRIGGERS["en"], "the overall targets", None),
    ],
)
def test_rewritten_pattern_examples(
    rx: re.Pattern[str], text: str, span: tuple[int, int] | None
) -> None:
    """On written phrases the rewritten patterns find the region word, the part word and the
    goal's opening words with the space after them, and nothing inside a longer word."""
    m = rx.search(text)
    assert (m.span() if m else None) == span
