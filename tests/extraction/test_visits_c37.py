"""Visits on unseen text (issue 2, session 24): "our university", an institution's act
partner in the province it travels to, a delegation "from the Chinese city", told in the four
languages. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


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


@pytest.mark.parametrize(
    ("head", "body", "visit"),
    [
        (
            "Hochschule Coburg",
            "Am 3. November 2025 reiste eine Delegation der Hochschule Coburg nach Zhejiang. Dort "
            "unterzeichneten die Hochschule Coburg und die Jiaxing University eine "
            "Kooperationsvereinbarung. Jiaxing zählt 5,5 Millionen Einwohner.",
            ("hochschule coburg", "jiaxing university", "2025-11-03"),
        ),
        (
            "Coburg University",
            "On 3 November 2025 a delegation of Coburg University travelled to Zhejiang. There, "
            "Coburg University and Jiaxing University signed a cooperation agreement. Jiaxing "
            "has 5.5 million inhabitants.",
            ("coburg university", "jiaxing university", "2025-11-03"),
        ),
        (
            "Hogeschool Zeeland",
            "Op 3 november 2025 reisde een delegatie van Hogeschool Zeeland naar Zhejiang. Daar "
            "ondertekenden Hogeschool Zeeland en Jiaxing University een "
            "samenwerkingsovereenkomst. Jiaxing telt 5,5 miljoen inwoners.",
            ("hogeschool zeeland", "jiaxing university", "2025-11-03"),
        ),
        (
            "Université de Poitiers",
            "Le 3 novembre 2025, une délégation de l'Université de Poitiers s'est rendue au "
            "Zhejiang. Sur place, l'Université de Poitiers et l'Université de Jiaxing ont signé "
            "un accord de coopération. Jiaxing compte 5,5 millions d'habitants.",
            ("universite de poitiers", "universite de jiaxing", "2025-11-03"),
        ),
    ],
)
def test_visits_institution_visits_its_act_partner_not_the_partner_province(
    head: str, body: str, visit: tuple[str, str, str]
) -> None:
    """An institution that travels to a province and signs there with an institution named
    after a town of it (a town the text names), the town of the signing unnamed, visits that
    institution, not the province."""
    assert _visits(f"date 2025-11-20\n{head}\n\n{body}") == {visit}


@pytest.mark.parametrize(
    "body",
    [
        "Wetzlar and Yangzhou are now twin towns. The delegation from the East Chinese city "
        "reached Wetzlar on Sunday.",
        "Wetzlar und Yangzhou sind jetzt Partnerstädte. Die Delegation aus der "
        "ostchinesischen Stadt erreichte Wetzlar am Sonntag.",
        "Wetzlar en Yangzhou zijn nu zustersteden. De delegatie uit de Chinese stad bereikte "
        "Wetzlar op zondag.",
        "Wetzlar et Yangzhou sont désormais jumelées. La délégation de la ville chinoise a "
        "rejoint Wetzlar dimanche.",
    ],
)
def test_visits_delegation_from_the_described_city_is_the_partner(body: str) -> None:
    """A delegation "from the Chinese city" (the country's adjective and a city noun, no
    name) that arrived comes from the one Chinese city the text names, to the page's own
    town."""
    assert _visits(f"date 2026-05-21\nWetzlar\n\n{body}") == {("yangzhou", "wetzlar", "2026-05-17")}


def test_visits_described_city_of_two_is_no_sender() -> None:
    """Two Chinese cities named: "the Chinese city" says neither."""
    body = (
        "Wetzlar is twinned with Yangzhou and Wuxi. The delegation from the Chinese city had "
        "arrived on Sunday."
    )
    assert _visits(f"date 2026-05-21\nWetzlar\n\n{body}") == set()
