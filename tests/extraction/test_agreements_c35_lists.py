"""Agreements: which two parties an act has when a sentence or a page names several ties
(issue 2; a class seen in corpus31 e01, corpus33 e05 and corpus35 e01).

- The owner's earlier tie with a third country, named by an anaphor ("The City's only earlier
  tie, the sister city relationship with X", "The County's ... friendship agreement with X"),
  is the own place's, not the new counterpart's named first in the subject line.

Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold

_REPORTS = [
    (
        "Title: Approve a Friendship City Relationship with Yangzhou, Jiangsu Province, China\n"
        "Attachments: 1. Friendship Agreement between Yangzhou, China and Hobart, Tasmania; "
        "2. Termination of Sister City Relationship with Alnwick\n"
        "Yangzhou first wrote to Hobart in 2022. A delegation from Yangzhou visited Hobart in "
        "May 2024, and a Hobart delegation returned the visit in October.\n"
        "The City's only earlier international tie, the sister city relationship with Alnwick, "
        "England, established in 1991, was ended by Council in 2016.\n",
        "hobart",
    ),
    (
        "Onderwerp: vriendschapsband met Yangzhou, provincie Jiangsu, China\n"
        "Bijlagen: 1. Vriendschapsovereenkomst tussen Yangzhou, China en Zutphen; 2. "
        "Beëindiging van de stedenband met Alnwick\n"
        "Yangzhou schreef Zutphen in 2022 voor het eerst aan. Een delegatie uit Yangzhou "
        "bezocht Zutphen in mei 2024.\n"
        "De enige eerdere buitenlandse band van de gemeente, de stedenband met Alnwick, "
        "Engeland, gesloten in 1991, werd in 2016 door de raad beëindigd.\n",
        "zutphen",
    ),
    (
        "Objet : pacte d'amitié avec Yangzhou, province du Jiangsu, Chine\n"
        "Annexes : 1. Pacte d'amitié entre Yangzhou, Chine et Vitré ; 2. Fin du jumelage avec "
        "Alnwick\n"
        "Yangzhou a écrit à Vitré en 2022. Une délégation de Yangzhou a visité Vitré en mai "
        "2024.\n"
        "Le seul lien antérieur de la ville, le jumelage avec Alnwick, en Angleterre, conclu "
        "en 1991, a pris fin en 2016.\n",
        "vitre",
    ),
    (
        "Betreff: Freundschaftsvertrag mit Yangzhou, Provinz Jiangsu, China\n"
        "Anlagen: 1. Freundschaftsvertrag zwischen Yangzhou, China und Kempten; 2. Beendigung "
        "der Städtepartnerschaft mit Alnwick\n"
        "Yangzhou schrieb Kempten 2022 zum ersten Mal an. Eine Delegation aus Yangzhou "
        "besuchte Kempten im Mai 2024.\n"
        "Die einzige frühere Verbindung der Stadt, die Städtepartnerschaft mit Alnwick in "
        "England, geschlossen 1991, endete 2016.\n",
        "kempten",
    ),
    (
        "SUBJECT: SISTER-COUNTY RELATIONSHIP WITH WUYI COUNTY, ZHEJIANG PROVINCE, CHINA\n"
        "Sonoma County\n"
        "1. APPROVE in concept a sister-county relationship between Sonoma County and Wuyi "
        "County, Zhejiang Province.\n"
        "On 3 February 2025 the Board received a letter from Wuyi County asking for a "
        "sister-county relationship.\n"
        "The County's only earlier relationship of this kind, a friendship agreement with "
        "Kamiichi, Japan, was signed in 2003.\n",
        "sonoma",
    ),
]


@pytest.mark.parametrize(("text", "own"), _REPORTS)
def test_agreements_earlier_third_country_tie_is_the_own_places(text: str, own: str) -> None:
    """The earlier tie with a town of a third country (England, Japan) is the page's own
    place's; the new Chinese partner named first in the subject line is no party of it."""
    acts = extract(text).doc.agreements
    earlier = [a for a in acts if any(fold(p.name) in ("alnwick", "kamiichi") for p in a.parties)]
    assert earlier
    for a in earlier:
        names = {fold(p.name) for p in a.parties}
        assert own in names
        assert not names & {"yangzhou", "zhejiang", "wuyi"}


@pytest.mark.parametrize(
    ("text", "owner", "region", "city"),
    [
        (
            "In 2005 Yorkshire signed a friendship agreement with Liaoning, the province to "
            "which Dalian belongs.",
            "yorkshire",
            "liaoning",
            "dalian",
        ),
        (
            "In 2005 sloot Limburg een vriendschapsakkoord met Jiangxi, de provincie waarin "
            "Nanchang ligt.",
            "limburg",
            "jiangxi",
            "nanchang",
        ),
        (
            "En 2003, la région Bourgogne a signé un accord de coopération avec l'Anhui, dont "
            "la capitale est Hefei.",
            "bourgogne",
            "anhui",
            "hefei",
        ),
        (
            "Das Land Niedersachsen ist bereits seit 1984 eine Partnerschaft mit der Provinz "
            "Anhui eingegangen, deren Hauptstadt Hefei ist.",
            "niedersachsen",
            "anhui",
            "hefei",
        ),
    ],
)
def test_agreements_city_describing_the_partner_region_is_no_party(
    text: str, owner: str, region: str, city: str
) -> None:
    """A city named in the clause that describes the partner region ("the province to which
    Dalian belongs", "deren Hauptstadt Hefei ist") is no party: the act is the two regions'."""
    pairs = {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}
    assert frozenset({owner, region}) in pairs
    assert not any(city in pair for pair in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "At the summit, city leaders concluded twelve new sister city agreements. Three of "
        "them concern Jiangsu: Yangzhou with Ravenna in Italy, Changzhou with Aarhus in "
        "Denmark, and Nantong with Tampere in Finland.",
        "Auf dem Gipfel wurden zwölf neue Städtepartnerschaften geschlossen. Drei davon "
        "betreffen Jiangsu: Yangzhou mit Ravenna in Italien, Changzhou mit Aarhus in "
        "Dänemark und Nantong mit Tampere in Finnland.",
    ],
)
def test_agreements_list_of_pairs_after_a_plural_lead(text: str) -> None:
    """ "Three of them concern Jiangsu: A with B in Italy, C with D ... and E with F": one act
    per pair (each place with its country), none for the province before the colon."""
    pairs = {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}
    assert pairs == {
        frozenset({"yangzhou", "ravenna"}),
        frozenset({"changzhou", "aarhus"}),
        frozenset({"nantong", "tampere"}),
    }


def test_agreements_sentence_opener_with_davon_is_no_list() -> None:
    """ "Abgesehen davon ..." opens a sentence like "Drei davon" but counts nothing: the
    places after it are no list of the ties named before."""
    text = (
        "Hannover pflegt mehrere Städtepartnerschaften. Abgesehen davon besuchte der "
        "Oberbürgermeister im Mai Shanghai und Nanjing."
    )
    pairs = {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}
    assert not any("nanjing" in pair or "shanghai" in pair for pair in pairs)
