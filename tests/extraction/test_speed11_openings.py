"""Patterns of the visit model and the visit readers rewritten for speed (opening with their
first characters, `_clauses.first_chars`, or with a possessive word) find the same matches as
the forms they replace, from every start of any window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _clauses as clauses
from cityties.extraction.extractors import _visit_delegations, _visit_model, agreements, visits

_I = re.IGNORECASE
# The patterns as they were written before.
_OLD_VISIT_MODEL = {
    "_FROM_BEFORE": re.compile(
        r"(?<![\w-])(?:from|uit|aus|von|de|du|des|d['’])\s*(?:[\w'’-]+\s+)?\Z", _I
    ),
    "_TO_BEFORE": re.compile(
        r"(?<![\w-])(?:to|naar|à|au|aux|nach|zu|zur|zum|aan|visit(?:ed|ing)?|bezocht(?:en)?|"
        r"visité|besucht(?:e|en)?)\s+(?:[\w'’-]+\s+)?\Z",
        _I,
    ),
    "_IN_BEFORE": re.compile(r"(?<![\w-])(?:in|at|im|en|dans|te|op|bei)\s+(?:[\w'’-]+\s+)?\Z", _I),
    "_OF_BEFORE": re.compile(r"(?<![\w-])(?:of|van|von|der|des)\s+(?:[\w'’-]+\s+){0,1}\Z", _I),
    "_BY_BEFORE": re.compile(r"(?<![\w-])(?:by|door|par|von)\s+(?:[\w'’-]+\s+)?\Z", _I),
    "_PLANNED": re.compile(
        r"(?<![\w-])(?:will|shall|plans?|planned|zal|zullen|gepland|sera|seront|prévue?s?|wird|"
        r"werden|geplant)(?![\w-])",
        _I,
    ),
    "_PREV_WORD": re.compile(r"([^\W\d_]+)['’]?\s*(?:(?:the|het|la|le|les|der|die|dem|den)\s+)?\Z"),
}

# words near the patterns' words, in mixed case, with the characters re.IGNORECASE takes for
# "i", "s" and "k", so that random texts often hold near-matches
_WORDS = (
    "from From uit aus von de du des d' d’ to TO naar à À au aux nach zu zur zum aan visit "
    "Visited visiting bezocht bezochten visité besucht besuchte besuchten in İn ın at im en "
    "dans te op bei of van der by door par will Will WILL ſhall shall plan plans planned zal "
    "zullen gepland sera seront prévu prévue prévues wird werden geplant the het la le les "
    "die dem den Kiel Lyon's Brno’ 2019 x - _ bathe xthe"
).split()
_GAPS = [" ", "", "\n", "-", ". ", "\t", "  ", "_", "'"]


def _texts() -> st.SearchStrategy[str]:
    piece = st.sampled_from(_WORDS)
    gap = st.sampled_from(_GAPS)
    return st.lists(st.tuples(piece, gap), max_size=12).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[object]:
    """Span and groups of the search from each start of the window."""
    out: list[object] = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append((m.span(), m.groups()) if m else None)
    return out


@pytest.mark.parametrize("name", sorted(_OLD_VISIT_MODEL))
@settings(max_examples=300, deadline=None)
@given(text=_texts(), data=st.data())
def test_visit_model_pattern_same_matches_as_the_old(
    name: str, text: str, data: st.DataObject
) -> None:
    """Each rewritten pattern of the visit model finds what its old form finds, with the same
    groups, from every start of any window of texts made of its words."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    new = getattr(_visit_model, name)
    assert _found(new, text, lo, hi) == _found(_OLD_VISIT_MODEL[name], text, lo, hi)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("_FROM_BEFORE", "a delegation from Kiel "),
        ("_TO_BEFORE", "the mayor Visited the "),
        ("_TO_BEFORE", "Besuchte die "),
        ("_IN_BEFORE", "arrived İn "),
        ("_OF_BEFORE", "the mayor of "),
        ("_BY_BEFORE", "received door de "),
        ("_PLANNED", "The mayor WILL travel to Lyon"),
        ("_PLANNED", "une visite est prévue en mai"),
        ("_PREV_WORD", "travelled to the "),
        ("_PREV_WORD", "bathe "),
    ],
)
def test_visit_model_pattern_examples(name: str, text: str) -> None:
    """On written phrases each rewritten pattern finds a match where its old form does."""
    new = getattr(_visit_model, name)
    old = _OLD_VISIT_MODEL[name]
    assert _found(new, text, 0, len(text)) == _found(old, text, 0, len(text))
    assert any(_found(new, text, 0, len(text)))


# Patterns of the visit readers and the agreements reader as they were written before.
_OLD_READERS = {
    "_OFFICIAL_ACT": re.compile(
        r"(?<![\w-])(?:laid\s+(?:a\s+)?wreaths?|opened|inaugurated|unveiled|attended|took\s+part|"
        r"held\s+talks|spoke|addressed|planted|legde\s+(?:een\s+)?(?:krans|bloemen)|opende|"
        r"huldigde|legte\s+(?:einen\s+)?kranz|eröffnete|weihte|a\s+déposé\s+une\s+gerbe|"
        r"a\s+inauguré)(?![\w-])"
    ),
    "_FOR_SIGNING": re.compile(
        r"(?<![\w-])(?:(?:for|to\s+attend|at|during)\s+the\s+signing|"
        r"(?:zur|bei\s+der)\s+(?:Vertrags)?unterzeichnung|zur\s+Unterschrift|"
        r"(?:pour|à|lors\s+de)\s+la\s+signature|(?:voor|bij|tijdens)\s+de\s+ondertekening)"
        r"(?![\w-])",
        _I,
    ),
    "_SIGNED_DURING": re.compile(
        r"(?<![\w-])(?:signed|signée?s?|unterzeichnet|unterschrieben|ondertekend|getekend|"
        r"during|au\s+cours\s+d[eu]|lors\s+d[eu]|pendant|während|tijdens)\s+"
        r"(?:[\w'’-]+\s+){0,5}?(?:visit|meeting|stay|visite|réunion|séance|séjour|venue|"
        r"besuch(?:s|es)?|treffens?|aufenthalts?|bezoek|bijeenkomst|verblijf)(?![\w-])",
        _I,
    ),
    "_FRONTED_WORDS": re.compile(r"(?<![\w-])(?:after|following|après|nach|na)\s"),
}
_NEW_READERS = {
    "_OFFICIAL_ACT": visits._OFFICIAL_ACT,
    "_FOR_SIGNING": _visit_delegations._FOR_SIGNING,
    "_SIGNED_DURING": _visit_delegations._SIGNED_DURING,
    "_FRONTED_WORDS": agreements._FRONTED_WORDS,
}
_READER_WORDS = (
    "laid a wreath wreaths opened inaugurated unveiled attended took part held talks spoke "
    "addressed planted legde een krans bloemen opende huldigde legte einen kranz eröffnete "
    "weihte déposé une gerbe inauguré for FOR to attend at during the signing Signing zur bei "
    "der Vertragsunterzeichnung unterzeichnung Unterschrift pour à À lors de la signature voor "
    "bij tijdens ondertekening signed SIGNED signée signés unterzeichnet unterschrieben "
    "ondertekend getekend au cours du pendant während visit meeting Besuchs séjour bezoek "
    "after After following après nach na Kiel x - _ 2019"
).split()


def _reader_texts() -> st.SearchStrategy[str]:
    piece = st.sampled_from(_READER_WORDS)
    gap = st.sampled_from(_GAPS)
    return st.lists(st.tuples(piece, gap), max_size=14).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


@pytest.mark.parametrize("name", sorted(_OLD_READERS))
@settings(max_examples=300, deadline=None)
@given(text=_reader_texts(), data=st.data())
def test_reader_pattern_same_matches_as_the_old(name: str, text: str, data: st.DataObject) -> None:
    """Each rewritten pattern of the visit and agreement readers finds what its old form
    finds from every start of any window of texts made of its words."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _found(_NEW_READERS[name], text, lo, hi) == _found(_OLD_READERS[name], text, lo, hi)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("_OFFICIAL_ACT", "the mayor laid a wreath at the memorial"),
        ("_OFFICIAL_ACT", "hij legde een krans"),
        ("_FOR_SIGNING", "travelled to Sanya For The Signing of"),
        ("_FOR_SIGNING", "zur Vertragsunterzeichnung angereist"),
        ("_SIGNED_DURING", "The accord was signed during the visit."),
        ("_SIGNED_DURING", "signé au cours de cette réunion"),
        ("_FRONTED_WORDS", "nach hamm, sens und zagan hat"),
    ],
)
def test_reader_pattern_examples(name: str, text: str) -> None:
    """On written phrases each rewritten reader pattern finds a match where its old form
    does."""
    new, old = _NEW_READERS[name], _OLD_READERS[name]
    assert _found(new, text, 0, len(text)) == _found(old, text, 0, len(text))
    assert any(_found(new, text, 0, len(text)))


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<![\w-])(?:after|na)\s", 0, r"[an](?<![\w-].)(?:(?<=a)(?:fter)|(?<=n)(?:a))\s"),
        (r"(?<![\w])(?:by|to)\b", 0, r"[bt](?<![\w].)(?:(?<=b)(?:y)|(?<=t)(?:o))\b"),
        (r"(?<!\w)(?:x(?P<n>\d)|y)", 0, r"[xy](?<!\w.)(?:(?<=x)(?:(?P<n>\d))|(?<=y))"),
    ],
)
def test_opened_rewrites_a_guarded_group_of_words(pattern: str, flags: int, expected: str) -> None:
    """opened writes a pattern that opens with a word guard and a group of words to open with
    the words' first characters, keeping its groups."""
    assert clauses.opened(re.compile(pattern, flags)).pattern == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])(?:s?igned|during)",  # a first character that is optional
        r"(?<![\w-])(?:[ab]c|d)",  # a word that opens with a class
        r"(?<![\w-])(?:a|)",  # an empty word
        r"(?<![\w-])(?P<n>a|b)*c",  # a repeated group of its own
        r"(?<![\w-])(?:(?:for|at)?\s+the|during)",  # an optional word inside (no first character)
        r"(?<![\w-])(?:(?:for|at)\s+(?P<n>the)|(?P<m>during))",  # groups that would be copied
        r"\b(?:a|b)",  # another guard
    ],
)
def test_opened_leaves_other_patterns_as_they_are(pattern: str) -> None:
    """A pattern opened cannot rewrite is given back as it is."""
    rx = re.compile(pattern)
    assert clauses.opened(rx) is rx


@pytest.mark.parametrize("new", sorted(clauses.OPENED), ids=lambda p: p[:30])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_opened_pattern_same_matches_as_its_old_form(new: str, data: st.DataObject) -> None:
    """Every pattern of the engine written by opened finds what its old form finds, with the
    same groups, from every start of any window of texts made of the old form's words."""
    old, flags = clauses.OPENED[new]
    words = sorted(set(re.findall(r"[^\W\d_]+", old))) + ["X", "-", "2019", "_"]
    words += [w.upper() for w in words[:5]]
    pieces = st.tuples(st.sampled_from(words), st.sampled_from(_GAPS))
    text = "".join(w + g for w, g in data.draw(st.lists(pieces, max_size=12)))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    new_rx, old_rx = re.compile(new, flags), re.compile(old, flags)
    assert _found(new_rx, text, lo, hi) == _found(old_rx, text, lo, hi)
