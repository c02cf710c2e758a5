"""Scans that now skip work find what the scans they replace find: the dates' day-first parts
(`dates._DAY_FIRST`) and the delegation nouns of the visits' fallback (a gate on the
lower-cased sentence)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _visit_delegations as deleg
from cityties.extraction.extractors import dates
from cityties.extraction.extractors._clauses import lower_pattern, lower_same

# What follows a day in the patterns that open with one, and an end that forces backtracking.
_TAILS = ("", "(?!\\d)", "\\d", "[01]", "(?:st|nd|rd|th)?\\s*-", "\\.\\s+mai")
_DIGITS = st.text(alphabet="0123456789٣x -.st", max_size=14)


@pytest.mark.parametrize("tail", _TAILS)
@settings(max_examples=150, deadline=None)
@given(text=_DIGITS)
def test_day_first_same_matches_as_day(tail: str, text: str) -> None:
    """`_DAY_FIRST` followed by anything matches where `_DAY` does, with the same spans."""
    old = re.compile(dates._DAY + tail)
    new = re.compile(dates._DAY_FIRST + tail)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    for pos in range(len(text)):
        a, b = old.match(text, pos), new.match(text, pos)
        assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(
    ("day", "span"),
    [("31", (0, 2)), ("32", (0, 1)), ("07", (0, 2)), ("0x", None), ("19", (0, 2)), ("5", (0, 1))],
)
def test_day_first_reads_a_day(day: str, span: tuple[int, int] | None) -> None:
    """The day-first form reads "31", "07", "19" whole, "3" of "32", and no "0" alone."""
    m = re.compile(dates._DAY_FIRST).match(day)
    assert (m and m.span()) == span


# The day parts as they were written before `_DAY_FIRST` (with `_DAY` first).
_OLD_PARTS = {
    "mdy_range": rf"{dates._DAY}(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*{dates._DAY}",
    "dmy": rf"{dates._DAY}{dates._ORD}\s+(?:of\s+|de\s+)?{dates._MONTH}",
    "dmy_range": rf"{dates._DAY}{dates._ORD}{dates._RANGE_SEP}(?:the\s+)?{dates._DAY}",
}
_DATE_PIECES = st.lists(
    st.sampled_from(
        "3 31 30 12 07 0 5 24 9th 1st 3. bis to and - – the of de mai May september "
        "Septembre 2013 x , . \n 1٣".split()
    ),
    max_size=10,
)


@pytest.mark.parametrize("name", sorted(_OLD_PARTS))
@settings(max_examples=150, deadline=None)
@given(pieces=_DATE_PIECES, sep=st.sampled_from([" ", "", "  "]))
def test_day_parts_find_what_they_found(name: str, pieces: list[str], sep: str) -> None:
    """Each gate part of a date pattern that now opens with `_DAY_FIRST` finds the same
    matches in lower-cased text as the part written with `_DAY`, in every window."""
    low = lower_same(sep.join(pieces))
    old = re.compile(lower_pattern(_OLD_PARTS[name]))
    new = dates._NEEDS_PART[name]
    for lo in range(0, len(low) + 1, 3):
        for hi in (len(low), max(lo, len(low) - 2)):
            a, b = old.search(low, lo, hi), new.search(low, lo, hi)
            assert (a and a.span()) == (b and b.span())


_DELEGATION_PIECES = st.lists(
    st.sampled_from(
        "delegation Delegation DELEGATIONS délégation Délégations DÉLÉGATION delegatie "
        "delegaties Abordnung Abordnungen ABORDNUNG trade-delegation Handelsdelegation "
        "delegat delegate the a visit İ ſ K - , . \n x".split()
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(pieces=_DELEGATION_PIECES, sep=st.sampled_from([" ", "", "-"]))
def test_delegation_nouns_same_as_finditer(pieces: list[str], sep: str) -> None:
    """`delegation_nouns` finds exactly what `_NOUN.finditer` finds, in every window."""
    text = sep.join(pieces)
    low = lower_same(text)
    for lo in range(0, len(text) + 1, 4):
        for hi in (len(text), max(lo, len(text) - 3)):
            fast = [m.span() for m in deleg.delegation_nouns(text, low, lo, hi)]
            plain = [m.span() for m in deleg._NOUN.finditer(text, lo, hi)]
            assert fast == plain


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Delegation of Leeds arrived.", ["Delegation"]),
        (
            "Eine Handelsdelegation und zwei Abordnungen kamen.",
            ["Handelsdelegation", "Abordnungen"],
        ),
        ("Une DÉLÉGATION de Lyon.", ["DÉLÉGATION"]),
        ("The delegates met the mayor.", []),
    ],
)
def test_delegation_nouns_reads_the_nouns(text: str, found: list[str]) -> None:
    """The delegation nouns of a sentence, in any case and compound; "delegates" is none."""
    low = lower_same(text)
    assert [m.group() for m in deleg.delegation_nouns(text, low, 0, len(text))] == found


# The patterns each tie finder starts from (the others it reads only after a match of these).
_FINDER_PATTERNS = {
    "_branch_ties": ("branch",),
    "_member_ties": ("member_verb", "member_of"),
    "_merge_ties": ("merged",),
    "_based_ties": ("based_hyphen", "based_in"),
    "_part_ties": ("part_of",),
}
# Words of every tie pattern, their near misses, and glue.
_TIE_PIECES = st.lists(
    st.sampled_from(
        "branch branches subsidiary subsidiaries office plants factory vestigingen filiaal "
        "filialen kantor kantoren kantoor fabriek filiales succursale usines bureaux "
        "Niederlassung Standorte Werk Werke Tochtergesellschaft form forms formed constitute "
        "constituent make makes up vormen vormt forment formaient bilden bildet is are was a an "
        "member members of joined zijn lid van membre membres est sont de la du des rejoint ont "
        "ist sind Mitglied Mitglieder der im in merged merge fuseerde gefuseerd fusionné "
        "fusionnée fusionierte into tot zu -based -gebaseerde -basierte based headquartered "
        "located gevestigd basée installées implanté mit Sitz ansässig te à au en part division "
        "een onderdeel dochter dochteronderneming fait partie filiale Teil Tochter von the het "
        "le together samen with Ghent Leeds . ; \n".split()
    ),
    max_size=14,
)


@settings(max_examples=400, deadline=None)
@given(pieces=_TIE_PIECES, sep=st.sampled_from([" ", "  ", "-", ""]))
def test_tie_finder_cues_in_every_match(pieces: list[str], sep: str) -> None:
    """Wherever a tie finder's patterns match the lower-cased text, the text holds one of the
    finder's cues: a sentence without them gives that finder nothing."""
    from cityties.extraction.extractors import _places_ties as ties

    low = lower_same(sep.join(pieces))
    for find, cues in ties._FINDERS:
        rxs = [getattr(ties._TIE_RX_LOW, n) for n in _FINDER_PATTERNS[find.__name__]]
        if any(rx.search(low) for rx in rxs):
            assert any(c in low for c in cues), (find.__name__, low)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corporation has a branch in Ghent. The University of Leeds is based in Leeds.",
        "De Universiteit Gent en de Hogeschool Gent vormen samen de Associatie Universiteit "
        "Gent. Acme Belgium is part of Acme Group.",
        "Siemens Mobility ist Mitglied der Industrie- und Handelskammer Köln. Die Stadtwerke "
        "Köln fusionierten zur RheinEnergie.",
        "Le Port de Marseille est membre de la Fédération des Ports. Rien d'autre ici.",
    ],
)
def test_find_ties_same_with_cues(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ties of a document are the same whether the finders skip sentences without their
    cues or read every sentence."""
    from cityties.extraction import extract
    from cityties.extraction.extractors import _places_ties as ties

    gated = extract(text).doc.ties
    monkeypatch.setattr(ties, "_FINDERS", tuple((f, ("",)) for f, _ in ties._FINDERS))
    plain = extract(text).doc.ties
    assert gated == plain
