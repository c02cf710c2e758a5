"""Agreements: "respectively" pairs two lists (issue 2; seen in corpus28 f04, "les communes
d'A, B, C et D ont respectivement signé des protocoles d'entente avec les villes de E, F, G et
H", and corpus34 n04, "X heeft met de provincie A en de stad B sinds 2009 respectievelijk 2012
een ... relatie"). The n-th owner has an act with the n-th partner, and a list of partners
of one owner takes the n-th date; "bzw." that means "or" pairs nothing. Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            str(a.signed) if a.signed is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "owners", "kind"),
    [
        (
            "Ghent and Leuven signed sister city agreements with Kunming and Xi'an respectively.",
            ("ghent", "leuven"),
            "sister_city",
        ),
        (
            "Gent en Leuven hebben respectievelijk met Kunming en Xi'an een stedenband gesloten.",
            ("gent", "leuven"),
            "sister_city",
        ),
        (
            "Les communes de Gand et Louvain ont respectivement signé des accords de coopération "
            "avec les villes chinoises de Kunming et Xi'an.",
            ("gand", "louvain"),
            "cooperation_agreement",
        ),
        (
            "Die Städte Gent und Löwen unterzeichneten mit Kunming beziehungsweise Xi'an "
            "Partnerschaftsverträge.",
            ("gent", "lowen"),
            "sister_city",
        ),
    ],
)
def test_respectively_two_lists_pair_by_rank(text: str, owners: tuple[str, str], kind: str) -> None:
    """Two lists joined by "respectively" give one act per rank, each of two parties: the
    first owner with the first partner, the second with the second."""
    assert {(parties, k) for parties, k, _ in _acts(text)} == {
        (frozenset({owners[0], "kunming"}), kind),
        (frozenset({owners[1], "xi an"}), kind),
    }


def test_respectively_three_owners_three_partners() -> None:
    """Three towns and three partners "respectively": three acts, never one of four parties."""
    text = (
        "The towns of Dunkirk, Calais and Boulogne have respectively signed twinning charters "
        "with Ningbo, Dalian and Xiamen."
    )
    assert {p for p, _, _ in _acts(text)} == {
        frozenset({"dunkirk", "ningbo"}),
        frozenset({"calais", "dalian"}),
        frozenset({"boulogne", "xiamen"}),
    }


@pytest.mark.parametrize(
    ("text", "owner", "partners", "kind"),
    [
        (
            "Gelderland heeft met de provincie Hubei en de stad Wuhan sinds 2005 "
            "respectievelijk 2011 een officiële vriendschapsrelatie.",
            "gelderland",
            ("hubei", "wuhan"),
            "friendship",
        ),
        (
            "Limburg has had an official friendship relationship with Jiangxi province and the "
            "city of Nanchang since 2004 and 2010 respectively.",
            "limburg",
            ("jiangxi", "nanchang"),
            "friendship",
        ),
        (
            "La Bretagne est jumelée avec le Shandong et la ville de Jinan depuis 1985 et 1998 "
            "respectivement.",
            "bretagne",
            ("shandong", "jinan"),
            "sister_city",
        ),
    ],
)
def test_respectively_partner_takes_its_year(
    text: str, owner: str, partners: tuple[str, str], kind: str
) -> None:
    """One owner with a list of partners and a list of years joined by "respectively": each
    partner has its own act, dated by the year of its rank."""
    found = {(p, k, d) for p, k, d in _acts(text)}
    years = sorted(d for _, _, d in found if d is not None)
    assert found == {
        (frozenset({owner, partners[0]}), kind, years[0]),
        (frozenset({owner, partners[1]}), kind, years[1]),
    }
    assert len(set(years)) == 2


def test_respectively_or_pairs_nothing() -> None:
    """ "bzw." between two titles means "or": the act of the two cities stays one act."""
    text = (
        "Kiel und Qingdao unterzeichneten 2004 eine Partnerschaftsvereinbarung, vertreten durch "
        "ihre Oberbürgermeisterinnen bzw. Oberbürgermeister."
    )
    assert {p for p, _, _ in _acts(text)} == {frozenset({"kiel", "qingdao"})}


@pytest.mark.parametrize(
    "text",
    [
        "Ghent and Leuven signed sister city agreements with Kunming and Xi'an in 2015 and 2018 "
        "respectively.",
        "Gent en Leuven sloten in respectievelijk 2015 en 2018 een stedenband met Kunming en "
        "Xi'an.",
    ],
)
def test_respectively_two_lists_and_their_years(text: str) -> None:
    """Two lists of parties and a list of years: each act takes the year of its rank."""
    assert {(frozenset(p), d) for p, _, d in _acts(text)} == {
        (frozenset({"ghent" if "Ghent" in text else "gent", "kunming"}), "2015"),
        (frozenset({"leuven", "xi an"}), "2018"),
    }


@pytest.mark.parametrize(
    "before", ["mit der Stadt ", "With the City of ", "met de provincie ", "avec la ville de "]
)
def test_respectively_owner_preposition_any_case(before: str) -> None:
    """The preposition and the kind words before a list of partners are read in any case
    ("mit der Stadt", "the City of"), as the list's own gap is."""
    from cityties.extraction.extractors.agreements import _WITH_PREP_BEFORE

    assert _WITH_PREP_BEFORE.search(before) is not None
