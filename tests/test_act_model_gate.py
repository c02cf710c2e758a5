"""The act decider's candidates leave out a pair named together before the act word's
sentence (`_act_model.SKIP_BOTH_PREV`), and its word lists (`_FILLERS`,
`_GENERIC_NAME_WORDS`) share their articles and kind nouns, in the four languages."""

from __future__ import annotations

import math

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors import _act_model as am
from cityties.extraction.extractors._parties import cast_for
from cityties.extraction.extractors.agreements import find_keywords


def _pairs(text: str, skip_both_prev: bool = True) -> dict[frozenset[str], dict[str, float]]:
    """Each candidate pair of names (the rules' acts not held out) with its features."""
    doc = extract(text).doc
    cast = cast_for(doc)
    out: dict[frozenset[str], dict[str, float]] = {}
    kws = find_keywords(doc.text)
    for c in am.candidates(doc, cast, kws, [], skip_both_prev=skip_both_prev):
        out.setdefault(frozenset((cast.display_name(c.a), cast.display_name(c.b))), c.features)
    return out


_GUESTS = [
    (
        "Leuven hosted guests from Nantes and Wuhan last week. On 3 April 2018 a letter of "
        "intent on schools was signed at the town hall.",
        {"Nantes", "Wuhan"},
    ),
    (
        "Leuven ontving vorige week gasten uit Nantes en Wuhan. Op 3 april 2018 werd in het "
        "stadhuis een intentieverklaring over scholen ondertekend.",
        {"Nantes", "Wuhan"},
    ),
    (
        "Rennes a accueilli la semaine dernière des invités de Leuven et de Wuhan. Le 3 avril "
        "2018, une lettre d'intention sur les écoles a été signée à l'hôtel de ville.",
        {"Leuven", "Wuhan"},
    ),
    (
        "Bremen empfing letzte Woche Gäste aus Nantes und Wuhan. Am 3. April 2018 wurde im "
        "Rathaus eine Absichtserklärung über Schulen unterzeichnet.",
        {"Nantes", "Wuhan"},
    ),
]


@pytest.mark.parametrize(("text", "pair"), _GUESTS)
def test_candidates_skip_a_pair_both_named_in_the_sentence_before(
    text: str, pair: set[str]
) -> None:
    """Two guests named together in the sentence before the act word's are no candidate;
    without the skip they are one, marked "both_prev"."""
    assert frozenset(pair) not in _pairs(text)
    kept = _pairs(text, skip_both_prev=False)
    assert kept[frozenset(pair)]["both_prev"] == 1.0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leuven hosted Nantes and Wuhan last week. The two cities signed a friendship "
            "agreement on 3 April 2018.",
            {"Nantes", "Wuhan"},
        ),
        (
            "Leuven ontving vorige week Nantes en Wuhan. Beide steden ondertekenden op 3 april "
            "2018 een vriendschapsakkoord.",
            {"Nantes", "Wuhan"},
        ),
        (
            "Rennes a accueilli Leuven et Wuhan la semaine dernière. Les deux villes ont signé "
            "un accord d'amitié le 3 avril 2018.",
            {"Leuven", "Wuhan"},
        ),
        (
            "Bremen empfing letzte Woche Nantes und Wuhan. Die beiden Städte unterzeichneten am "
            "3. April 2018 ein Freundschaftsabkommen.",
            {"Nantes", "Wuhan"},
        ),
    ],
)
def test_candidates_keep_a_pair_before_named_again_as_the_two(text: str, pair: set[str]) -> None:
    """ "The two cities signed": the act word's sentence names the pair of the sentence
    before, which stays a candidate (marked "both_prev")."""
    got = _pairs(text)
    assert frozenset(pair) in got
    assert got[frozenset(pair)]["both_prev"] == 1.0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leuven hosted a delegation from Nantes. On 3 April 2018 Nantes signed a "
            "letter of intent on schools with Wuhan.",
            {"Nantes", "Wuhan"},
        ),
        (
            "Leuven ontving een delegatie uit Nantes. Op 3 april 2018 ondertekende Nantes een "
            "intentieverklaring over scholen met Wuhan.",
            {"Nantes", "Wuhan"},
        ),
        (
            "Rennes a accueilli une délégation de Leuven. Le 3 avril 2018, Leuven a signé une "
            "lettre d'intention sur les écoles avec Wuhan.",
            {"Leuven", "Wuhan"},
        ),
        (
            "Bremen empfing eine Delegation aus Nantes. Am 3. April 2018 unterzeichnete Nantes "
            "mit Wuhan eine Absichtserklärung über Schulen.",
            {"Nantes", "Wuhan"},
        ),
    ],
)
def test_candidates_keep_a_pair_with_one_actor_in_the_act_sentence(
    text: str, pair: set[str]
) -> None:
    """A pair with an actor in the act word's own sentence stays a candidate, not marked
    "both_prev"."""
    got = _pairs(text)
    assert frozenset(pair) in got
    assert got[frozenset(pair)]["both_prev"] == 0.0


@pytest.mark.parametrize(
    "word", ["the", "de", "d", "la", "der", "van", "von", "city", "stad", "ville", "stadt"]
)
def test_word_lists_share_articles_and_place_nouns(word: str) -> None:
    """An article or a place noun is a filler after "with" and no word that tells which
    actor a name is."""
    assert word in am._FILLERS
    assert word in am._GENERIC_NAME_WORDS


@pytest.mark.parametrize(
    "word", ["port", "haven", "université", "universität", "chamber", "kamer", "hochschule"]
)
def test_word_lists_share_institution_nouns(word: str) -> None:
    """An institution noun ("with the port of", "mit der Hochschule") is a filler and a
    generic word of a name."""
    assert word in am._FILLERS
    assert word in am._GENERIC_NAME_WORDS


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Leuven signed a cooperation agreement with the city of Ningbo in 2018.", "Ningbo"),
        ("Leuven ondertekende in 2018 een samenwerkingsakkoord met de stad Ningbo.", "Ningbo"),
        ("Rennes a signé en 2018 un accord de coopération avec la ville d'Angers.", "Angers"),
        ("Bremen unterzeichnete 2018 ein Kooperationsabkommen mit der Stadt Ningbo.", "Ningbo"),
    ],
)
def test_with_marked_reads_through_kind_nouns(text: str, actor: str) -> None:
    """ "with the city of X", "avec la ville d'X" (the elided "d'" too): the "with"
    governs the name."""
    doc = extract(text).doc
    cast = cast_for(doc)
    hits = [a for a in cast.actors if cast.display_name(a) == actor]
    assert hits, f"{actor} is an actor"
    assert am._with_marked(doc.text, hits[0])


_FLOOR_TEXTS = [
    "Leuven and Nantes signed a friendship agreement in 2018. Wuhan sent a delegation to "
    "Leuven, and a memorandum of understanding with Ningbo followed in May 2019.",
    "Gent en Kunming ondertekenden in 2019 een vriendschapsakkoord. Later tekende Gent ook "
    "een intentieverklaring met Ningbo, in aanwezigheid van gasten uit Lyon.",
    "Lyon a signé un accord de coopération avec Canton en 2018; Wuhan et Rennes ont conclu "
    "une lettre d'intention en présence du maire de Nantes.",
    "Bremen und Dalian unterzeichneten 2018 eine Absichtserklärung. Mit Ningbo schloss "
    "Bremen 2019 einen Kooperationsvertrag in Hamburg.",
]


@pytest.mark.parametrize("text", _FLOOR_TEXTS)
@pytest.mark.parametrize("threshold", [0.05, 0.2, 0.4, 0.6, 0.8])
def test_candidates_floor_keeps_what_the_threshold_keeps(text: str, threshold: float) -> None:
    """Left out below the floor (the most the pair's layout can add counted), a candidate
    could not reach the threshold: the candidates kept at the threshold are the same with
    and without the floor."""
    doc = extract(text).doc
    cast = cast_for(doc)
    kws = find_keywords(doc.text)
    z = math.log(threshold / (1.0 - threshold)) - 1e-6

    def kept(floor: tuple[dict[str, float], float] | None) -> list[tuple[str, int, int, int]]:
        return [
            (c.type, c.a.start, c.b.start, c.start)
            for c in am.candidates(doc, cast, kws, [], floor=floor)
            if am.probability(c.features) >= threshold
        ]

    full = kept(None)
    assert kept((am.WEIGHTS, z)) == full


@pytest.mark.parametrize("text", _FLOOR_TEXTS)
def test_candidates_floor_leaves_out_candidates(text: str) -> None:
    """At a high threshold (0.8) the floor leaves out candidates that could not reach it, so
    the test above compares two different candidate lists (at 0.4 or below, these texts
    lose none)."""
    doc = extract(text).doc
    cast = cast_for(doc)
    kws = find_keywords(doc.text)
    z = math.log(0.8 / 0.2) - 1e-6
    assert len(am.candidates(doc, cast, kws, [], floor=(am.WEIGHTS, z))) < len(
        am.candidates(doc, cast, kws, [])
    )
