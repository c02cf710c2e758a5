"""Visits on unseen text (issue 2, corpus32's classes of misses, seen in corpus27..31 too): a
visit hoped for in a year after the page's own is a wish; a place does not visit its
own university. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-03-20\nLeeds and Dortmund renewed their partnership. Mayor Jane Hall said "
        "the two cities hope to sign an action plan when a Dortmund delegation visits Leeds "
        "next year.",
        "date 2025-03-20\nLyon et Turin ont renouvelé leur jumelage en 2024. Le maire de Lyon a "
        "indiqué qu'un protocole pourrait être signé lors d'une visite d'une délégation "
        "lyonnaise à Turin au printemps 2026.",
    ],
)
def test_visits_year_after_the_page_is_a_visit_to_come(text: str) -> None:
    """A visit dated by a year alone that comes after the page's year and is told as a hope
    or a possibility ("hope to sign ... when a delegation visits", "pourrait être signé lors
    d'une visite") is a wish: no visit (a plain announcement dated by a year is a trip to
    come, kept: docs/facts-format.md "Trips still to come", test_visit_programme_stops)."""
    assert _visits(text) == set()


def test_visits_past_year_visit_is_kept() -> None:
    """A visit dated by the page's own year or an earlier one stays."""
    text = (
        "date 2025-03-20\nLeeds and Dortmund renewed their partnership. A Dortmund delegation "
        "visited Leeds in 2024."
    )
    assert ("dortmund", "leeds", "2024") in _visits(text)


def test_visits_place_does_not_visit_its_own_body() -> None:
    """A place read as the visitor of the university named after it gives no visit."""
    text = (
        "The University of Aveiro and Xiangnan University signed a memorandum. Aveiro sent a "
        "delegation to the University of Aveiro on 10 November 2025."
    )
    assert not any(v[0] == "aveiro" for v in _visits(text))


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "date 2019-05-09\nThe Ajman Chamber of Commerce and Industry and CCPIT Guangxi signed "
            "a memorandum of understanding yesterday. The Guangxi delegation, led by Li Meng, "
            "vice chairman of CCPIT Guangxi, was received at the Ajman Chamber of Commerce and "
            "Industry, where the document was signed.",
            "ccpit guangxi",
        ),
        (
            "date 2019-05-09\nLa Chambre de commerce de Dakar et la Chambre de commerce de "
            "Chongqing ont signé hier un protocole d'accord. La délégation de Chongqing, conduite "
            "par le président de la Chambre de commerce de Chongqing, a été reçue à la Chambre de "
            "commerce de Dakar, où le document a été signé.",
            "chambre de commerce de chongqing",
        ),
        (
            "date 2019-05-09\nDe Kamer van Koophandel Limburg en de Kamer van Koophandel van "
            "Jiangxi hebben gisteren een samenwerkingsakkoord ondertekend. De delegatie uit "
            "Jiangxi, onder leiding van de voorzitter van de Kamer van Koophandel van Jiangxi, "
            "werd ontvangen bij de Kamer van Koophandel Limburg, waar het akkoord werd "
            "ondertekend.",
            "kamer van koophandel van jiangxi",
        ),
        (
            "date 2019-05-09\nDie IHK Ostwestfalen und die Handelskammer Qingdao unterzeichneten "
            "am 8. Mai 2019 eine Absichtserklärung. Eine Delegation aus Qingdao unter Leitung des "
            "Präsidenten der Handelskammer Qingdao besuchte am 8. Mai 2019 die IHK Ostwestfalen.",
            "handelskammer qingdao",
        ),
    ],
)
def test_visits_place_visitor_is_its_organisation_when_the_host_is_its_partner(
    text: str, visitor: str
) -> None:
    """A delegation named by its place ("the Guangxi delegation") visiting an organisation
    that signs an act with the organisation named after that place is that organisation's
    delegation."""
    assert {v[0] for v in _visits(text)} == {visitor}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2019-03-12\nEen zeskoppige delegatie uit de Chinese stad Lishui is zondag in "
            "Suriname aangekomen voor een bezoek van vier dagen aan het district Nickerie.\n\n"
            "Vandaag wordt de delegatie ontvangen in Nieuw-Nickerie.",
            ("lishui", "nickerie", "2019-03-10"),
        ),
        (
            "date 2025-09-30\nEen delegatie uit Zhanjiang was op maandag 22 september in "
            "Suriname gearriveerd. Het district Marowijne en Zhanjiang hebben woensdag 24 "
            "september in Albina een vriendschapsovereenkomst getekend.",
            ("zhanjiang", "marowijne", "2025-09-22"),
        ),
    ],
)
def test_visits_dutch_singular_arrival_dates_the_visit(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A Dutch arrival with a singular auxiliary ("is zondag in Suriname aangekomen", "was op
    maandag 22 september in Suriname gearriveerd") is the visit to the partner there, dated
    by the arrival day rather than by a later reception or signing."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "date 2019-03-15\nPécs and Xiangtan universities seal exchange deal\n\nThe "
            "University of Pécs has signed an exchange agreement with Xiangtan University of "
            "Xiangtan. A six-member Chinese delegation arrived in Pécs on Tuesday to sign the "
            "document. The two universities have been in contact since 2016, when the rector "
            "travelled to China and visited the campus in Xiangtan.",
            "xiangtan university xiangtan",
        ),
        (
            "date 2019-03-15\nNantes et Xiangtan scellent un accord universitaire\n\n"
            "L'Université de Nantes a signé un accord d'échange avec l'Université de Xiangtan. "
            "Une délégation chinoise de six personnes est arrivée mardi à Nantes pour signer le "
            "document. Les deux universités sont en contact depuis 2016, lorsque le président "
            "s'est rendu en Chine et a visité le campus de Xiangtan.",
            "universite de xiangtan",
        ),
    ],
)
def test_visits_delegation_read_as_a_place_is_the_party_named_after_it(
    text: str, visitor: str
) -> None:
    """A delegation that one reading gives to a place ("a Chinese delegation", the document's
    Chinese city) and another to the organisation named after that place, a party of the
    document's act, is that organisation's delegation."""
    assert any(v[0] == visitor and v[2] == "2019-03-12" for v in _visits(text))
    assert not any(v[0] == "xiangtan" for v in _visits(text))
