"""Visits on unseen text (issue 2, session 24): delegations named by an adjective after the
noun, delegations of a body of their place, told in the four languages. Every text is written
for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits

_HEAD = "date 2024-06-14\nNews\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "In 1991 I travelled with the first official delegation from Poitiers to Yangzhou.",
        "In 1991 reisde ik mee met de eerste officiële delegatie van Poitiers naar Yangzhou.",
        "En 1991, j'accompagnais la première délégation officielle de Poitiers à Yangzhou.",
        "En 1991, j'accompagnais la première délégation municipale de Poitiers à Yangzhou.",
        "1991 reiste ich mit der ersten offiziellen Delegation von Poitiers nach Yangzhou.",
    ],
)
def test_visits_delegation_with_adjective_from_origin_to_host(body: str) -> None:
    """A delegation told by its noun alone, with an adjective ("official", French
    "officielle" after the noun), its origin and its destination, is a visit of the origin
    to the destination dated by the sentence's year."""
    assert _visits(_HEAD + body) == {("poitiers", "yangzhou", "1991")}


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "On 3 May Kent received a delegation of the provincial government of Shaanxi.",
            "kent",
        ),
        (
            "Op 3 mei ontving Limburg een delegatie van de provinciale regering van Shaanxi.",
            "limburg",
        ),
        (
            "Le 3 mai, le Finistère a reçu une délégation du gouvernement provincial du Shaanxi.",
            "finistere",
        ),
        (
            "Am 3. Mai empfing Sachsen eine Delegation der Provinzregierung von Shaanxi.",
            "sachsen",
        ),
    ],
)
def test_visits_received_delegation_of_a_body_of_its_place(body: str, host: str) -> None:
    """A delegation "of the provincial government of X" (a body of the place between the
    noun and the place) received by a host comes from X."""
    assert _visits(_HEAD + body) == {("shaanxi", host, "2024-05-03")}


@pytest.mark.parametrize(
    ("head", "body", "visit"),
    [
        (
            "Hebei University of Technology",
            "A delegation from Graz visited our university on 28 October. Hebei University of "
            "Technology has worked with Graz University of Technology since 2015.",
            ("graz", "hebei university technology", "2025-10-28"),
        ),
        (
            "Universiteit Gent",
            "Op 28 oktober bezocht een delegatie uit Wuhan onze universiteit. De Universiteit "
            "Gent werkt sinds 2010 samen met Wuhan University.",
            ("wuhan", "universiteit gent", "2025-10-28"),
        ),
        (
            "Université de Liège",
            "Le 28 octobre, une délégation de Wuhan est venue dans notre université. "
            "L'Université de Liège coopère depuis 2010 avec l'Université de Wuhan.",
            ("wuhan", "universite de liege", "2025-10-28"),
        ),
        (
            "Hochschule Bremen",
            "Am 28. Oktober besuchte eine Delegation aus Dalian unsere Hochschule. Die "
            "Hochschule Bremen arbeitet seit 2010 mit der Dalian University zusammen.",
            ("dalian", "hochschule bremen", "2025-10-28"),
        ),
    ],
)
def test_visits_our_university_is_the_writing_institution(
    head: str, body: str, visit: tuple[str, str, str]
) -> None:
    """ "our university" ("onze universiteit", "notre université", "unsere Hochschule") that
    a delegation visits is the institution the page is written by: the one it names most."""
    assert _visits(f"date 2025-11-03\n{head}\n\n{body}") == {visit}


def test_visits_our_university_without_an_institution_is_no_host() -> None:
    """ "our university" in a page that names no university gives no host."""
    body = "A delegation from Graz visited our university on 28 October."
    assert _visits(f"date 2025-11-03\nNews\n\n{body}") == set()
