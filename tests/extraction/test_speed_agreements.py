"""The agreement reader's speed work keeps its values and results (issue 2: speed)."""

from __future__ import annotations

import dataclasses

import pytest

from cityties.extraction.extractors._clauses import Unit
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.extractors.agreements import Keyword, find_keywords


def _actor(**changes: object) -> Actor:
    fields: dict[str, object] = {
        "start": 4,
        "end": 9,
        "name": "Kiel",
        "kind": "place",
        "key": "g2891122",
        "geonameid": 2891122,
        "country": "DE",
        "admin1": "10",
        "place_kind": "city",
    }
    fields.update(changes)
    return Actor(**fields)  # type: ignore[arg-type]


def test_actor_written_init_keeps_dataclass_values() -> None:
    """An Actor built by its written-out initialiser holds every field, with the defaults of
    the fields left out, and stays an immutable, hashable value."""
    a = _actor()
    assert (a.start, a.end, a.name, a.kind, a.key) == (4, 9, "Kiel", "place", "g2891122")
    assert (a.geonameid, a.country, a.admin1, a.place_kind) == (2891122, "DE", "10", "city")
    assert a.government is False and a.org_kind is None
    assert a == _actor() and hash(a) == hash(_actor())
    assert a != _actor(government=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 5  # type: ignore[misc]


def test_actor_replace_builds_a_changed_copy() -> None:
    """`dataclasses.replace` on an Actor changes the named fields and keeps the others."""
    b = dataclasses.replace(_actor(), start=20, end=25, government=True)
    assert (b.start, b.end, b.government, b.name, b.key) == (20, 25, True, "Kiel", "g2891122")


@pytest.mark.parametrize("government", [None, True, False])
def test_actor_at_is_replace_of_the_span(government: bool | None) -> None:
    """`Actor.at` gives what `dataclasses.replace` gives for a new span (and government)."""
    a = _actor(org_kind="city_government")
    changes: dict[str, object] = {"start": 30, "end": 35}
    if government is not None:
        changes["government"] = government
    assert a.at(30, 35, government=government) == dataclasses.replace(a, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "same", "other"),
    [
        (Unit(2, 10, 40), Unit(2, 10, 40), Unit(3, 10, 40)),
        (
            Keyword(3, 12, "sister_city"),
            Keyword(3, 12, "sister_city", False),
            Keyword(3, 12, "sister_city", True),
        ),
    ],
)
def test_unit_and_keyword_written_init_keep_equality(
    value: object, same: object, other: object
) -> None:
    """Units and keywords built by their written-out initialisers compare and hash by value."""
    assert value == same and hash(value) == hash(same)
    assert value != other


def test_find_keywords_reads_types_and_generic_words() -> None:
    """The keyword scan types the acts it finds and marks a bare "agreement" as generic."""
    text = "Kiel and Brest signed a twinning charter; a further agreement followed in 2004."
    found = find_keywords(text)
    assert [(text[k.start : k.end], k.type, k.generic) for k in found] == [
        ("twinning charter", "sister_city", False),
        ("agreement", "cooperation_agreement", True),
    ]


_SCAN_TEXTS = [
    "Kiel and Brest re-signed their twinning charter in 2004; the pact was not renewed later.",
    "La ville n'a pas signé la convention de coopération, qui s'est arrêtée en 2012.",
    "Die Städtepartnerschaft mit Tartu wurde 1994 unterzeichnet und 2019 erneuert.",
    "De stedenband met Ŋorth-Town is in voorbereiding; beide steden willen tekenen.",
    "The mayor met the Chinese delegation; the southern Chinese port city signed later.",
    "Vienne, jumelée à Göttingen, renewed the tie with its partner between 2001 and 2003.",
    "Both cities intend to sign an MoU — interest in a co-operation agreement is high.",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_word_scans_find_the_matches_of_their_patterns(text: str) -> None:
    """The word-start scans of the agreement reader (acts, status markers, "both", "the
    Chinese city", "the tie", prepositions) give exactly the matches of their plain
    patterns, over the whole text and over parts that cut words (a scan that looks for its
    words in the part asked for, or in the whole document once)."""
    from cityties.extraction.extractors import agreements
    from cityties.extraction.extractors._clauses_scan import index_text

    scans = [
        agreements._KEYWORDS,
        agreements._BOTH,
        agreements._status_scan(),
        agreements._DEMONYM_SCAN,
        agreements._THE_TIE_SCAN,
        agreements._WITH_PREP_SCAN,
    ]
    n = len(text)
    for scan in scans:
        for start, end in [(3, n - 5), (n // 3, n // 2), (n // 2, n), (0, n), (5, n - 3)]:
            idx = index_text(text)
            if (start, end) == (5, n - 3):
                scan.finditer(idx)  # the whole document's words first, then a part
            got = [(m.span(), m.lastgroup) for m in scan.finditer(idx, start, end)]
            want = [(m.span(), m.lastgroup) for m in scan.rx.finditer(idx.low, start, end)]
            assert got == want
