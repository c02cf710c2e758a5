"""A term stated in a sentence after the act, which names the act back by an article and its
word, by a pronoun or by a word for any act ("the plan"), is the term of the act that
anaphor resolves to: the one reported last before it."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors._act_details import definite_before, term_pronoun
from cityties.extraction.pipeline import extract


@pytest.mark.parametrize(
    ("text", "kind", "months", "ends"),
    [
        (
            "date 2026-07-09\nOn Monday the mayors of Bristol and Guangzhou signed a "
            "cooperation action plan at City Hall. The plan runs for four years.\n",
            "cooperation_agreement",
            48,
            "2030-07-06",
        ),
        (
            "date 2025-03-20\nLe 16 mars, les villes de Niamey et de Zhuzhou ont conclu un accord "
            "de jumelage. Fondé sur l'égalité des deux partenaires, cet accord vise l'école et "
            "le sport, et sera valable pour une durée de 4 ans.\n",
            "sister_city",
            48,
            "2029-03-16",
        ),
        (
            "date 2019-09-20\nOp 13 september 2019 ondertekenden Groningen Seaports en Yingkou "
            "Port Group een samenwerkingsovereenkomst. De overeenkomst bepaalt dat de twee "
            "havens gedurende vijf jaar kennis uitwisselen.\n",
            "cooperation_agreement",
            60,
            "2024-09-13",
        ),
        (
            "date 2024-05-10\nAm 6. Mai 2024 unterzeichneten der Landkreis Tuttlingen und die "
            "Stadt Kunshan eine Kooperationsvereinbarung. Die Vereinbarung, die beide Seiten "
            "lange vorbereitet hatten, gilt für drei Jahre.\n",
            "cooperation_agreement",
            36,
            "2027-05-06",
        ),
    ],
)
def test_extract_term_named_back_reaches_the_act(
    text: str, kind: str, months: int, ends: str
) -> None:
    """The term of a later sentence that names the act back is the act's term, and its end
    follows from the signing date."""
    acts = [a for a in extract(text).doc.agreements if a.type == kind]
    assert [(a.duration_months, str(a.ends)) for a in acts] == [(months, ends)]


def test_extract_term_of_a_renewal_to_come_is_no_term_of_the_act() -> None:
    """A sentence that plans a renewal for a number of years gives the act no term."""
    text = (
        "date 2026-07-09\nOn Monday the mayors of Bristol and Guangzhou signed a cooperation "
        "action plan at City Hall. The plan will be extended for another five years in 2029.\n"
    )
    acts = [a for a in extract(text).doc.agreements if a.type == "cooperation_agreement"]
    assert [a.duration_months for a in acts] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the plan runs for two years.", True),
        ("it runs for six years and may be extended.", True),
        ("signé pour deux ans, il favorisera les échanges.", True),
        ("het plan loopt drie jaar.", True),
        ("das programm läuft drei jahre.", True),
        ("students will spend three years in the partner city.", False),
    ],
)
def test_term_pronoun_finds_the_act_as_subject(sentence: str, expected: bool) -> None:
    """A pronoun or a word for any act opening a term's sentence (or its clause after the
    first comma) is the act named back."""
    assert term_pronoun(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("the sister port ", True),
        ("cet ", True),
        ("in het nieuwe ", True),
        ("die neue ", True),
        ("signed a ", False),
        ("une ", False),
    ],
)
def test_definite_before_tells_an_act_named_back(before: str, expected: bool) -> None:
    """A definite or demonstrative article before the act's word names it back; an
    indefinite one names a new act."""
    low = before + "agreement"
    assert definite_before(low, 0, len(before)) is expected


def test_definite_before_reads_no_article_inside_a_name() -> None:
    """A name ending in an article's letters ("Chen Lei eine Vereinbarung") is no article:
    the act is a new one."""
    low = "prof. dr. chen lei eine vereinbarung"
    assert definite_before(low, 0, low.index("vereinbarung")) is False


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-06-01\nOp 3 mei 2024 ondertekenden Gent en Kumamoto een "
        "vriendschapsovereenkomst. Het stadsbestuur trekt er gedurende vijf jaar 20.000 euro "
        "per jaar voor uit.\n",
        "date 2024-06-01\nLe 3 mai 2024, Gand et Kumamoto ont signé une charte d'amitié. La "
        "signature d'une charte d'amitié engage les villes pour cinq ans.\n",
    ],
)
def test_extract_term_of_another_subject_is_no_term_of_the_act(text: str) -> None:
    """A term whose sentence opens with an article and a noun that is not the act ("Het
    stadsbestuur"), or names an act with an indefinite article ("d'une charte"), gives the
    act signed before no term."""
    acts = [a for a in extract(text).doc.agreements if a.type == "friendship"]
    assert [(a.duration_months, a.ends) for a in acts] == [(None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "het stadsbestuur trekt er gedurende vijf jaar geld voor uit.",
        "es gibt seit drei jahren ein programm.",
        "il y a cinq ans, la ville a changé.",
    ],
)
def test_term_pronoun_needs_a_verb_of_a_term(sentence: str) -> None:
    """A bare "het", "es" or "il" is the act only before a verb of a term ("het loopt"), not
    as an article ("het stadsbestuur") or in "es gibt", "il y a"."""
    assert term_pronoun(sentence, 0, len(sentence)) is False


@pytest.mark.parametrize(
    "low",
    [
        "the mayor stressed that a new agreement",
        "la signature d'un accord",
        "die städte, die eine vereinbarung",
    ],
)
def test_definite_before_skips_no_indefinite_article(low: str) -> None:
    """An indefinite article between the definite one and the act's word, or a conjunction
    or relative ("that", "die") not directly before it, names a new act."""
    kw = max(low.rfind(w) for w in ("agreement", "accord", "vereinbarung"))
    assert definite_before(low, 0, kw) is False
