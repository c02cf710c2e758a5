"""Agreements: the province named where a town's partner lies is not a second partner (issue 2;
seen in corpus2 h02, corpus31 f04 and e05, corpus33 d03: "Jiangmen City, Guangdong Province",
"Jinhua, également située dans le Zhejiang", a Land's towns listed with their partners). When a
town has an act with a town of a province and an act of the same type with the province
itself, the province's act is dropped; a province's own act with a province stays (its partner
is often a province named beside its capital), and so does an act of another type. Every text
here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.extractors.agreements import _same_stem
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "On 3 May 2019 Oakdale signed a friendship agreement with Jinhua, a city in the "
            "Chinese province of Zhejiang.",
            ({"oakdale", "jinhua"}, "friendship"),
        ),
        (
            "Op 3 mei 2019 tekende Apeldoorn een vriendschapsovereenkomst met Jinhua, een stad "
            "in de Chinese provincie Zhejiang.",
            ({"apeldoorn", "jinhua"}, "friendship"),
        ),
        (
            "Kankan entretient depuis 2019 des relations d'amitié avec la ville de Jinhua, "
            "également située dans le Zhejiang.",
            ({"kankan", "jinhua"}, "friendship"),
        ),
        (
            "Depuis 2018, Pantin entretient des relations d'amitié avec la ville de Hefei, "
            "située dans l'Anhui.",
            ({"pantin", "hefei"}, "friendship"),
        ),
        (
            "Der Landkreis Erding hat 2018 einen Kooperationsvertrag mit Hefei, der Hauptstadt "
            "der Provinz Anhui, unterzeichnet.",
            ({"landkreis erding", "hefei"}, "cooperation_agreement"),
        ),
    ],
)
def test_region_of_partner_town_act_only(text: str, act: tuple[set[str], str]) -> None:
    """A town's act with a town of a province is reported once, with the town: the province
    named beside the partner is not a partner of an act of the same type."""
    parties, kind = act
    assert _acts(text) == {(frozenset(parties), kind)}


def test_region_of_partner_other_type_kept() -> None:
    """An act of another type with the province itself stays beside the town's act."""
    acts = _acts(
        "Kankan signed a friendship agreement with Zhejiang province in 2015 and a sister city "
        "agreement with Jinhua in 2019."
    )
    assert (frozenset({"kankan", "zhejiang"}), "friendship") in acts
    assert (frozenset({"kankan", "jinhua"}), "sister_city") in acts


def test_region_of_partner_other_pairs_kept() -> None:
    """A province's act with a province and a town's act with a town of that province are two
    acts: the rule only drops the act of the town that has the town's act."""
    acts = _acts(
        "The province of North Brabant signed a friendship agreement with Jiangsu in 2016; the "
        "city of Helmond signed a friendship agreement with Zhenjiang, in Jiangsu, in 2017."
    )
    assert (frozenset({"north brabant", "jiangsu"}), "friendship") in acts
    assert (frozenset({"helmond", "zhenjiang"}), "friendship") in acts


def _place(name: str, kind: str) -> Actor:
    return Actor(0, len(name), name, "place", f"{kind}:{fold(name)}", place_kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("town", "region", "same"),
    [
        ("Brussel", "Brussels Hoofdstedelijk Gewest", True),
        ("Jilin", "Jilin", True),
        ("Hefei", "Anhui", False),
        ("Jinhua", "Zhejiang", False),
    ],
)
def test_same_stem_town_and_region_of_one_name(town: str, region: str, same: bool) -> None:
    """A town and a region of one name (Brussels and its capital region, Jilin the city and
    the province) are one party named two ways, not a town inside another region."""
    assert _same_stem(_place(town, "city"), _place(region, "admin1")) is same


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Arnhem, 17 April 2024 – Gelderland works closely with North Rhine-Westphalia. Today "
            "the province also renewed its friendship agreement with Lower Silesia for three "
            "years.",
            ({"gelderland", "lower silesia"}, "friendship"),
        ),
        (
            "Arnhem, 17 april 2024 – De provincie Gelderland werkt samen met Noordrijn-Westfalen. "
            "Vandaag verlengde de provincie bovendien de vriendschapsovereenkomst met "
            "Neder-Silezië met drie jaar.",
            ({"gelderland", "neder silezie"}, "friendship"),
        ),
        (
            "Düsseldorf, 17. April 2024 – Nordrhein-Westfalen arbeitet eng mit Gelderland "
            "zusammen. Heute verlängerte das Land außerdem seine Freundschaftsvereinbarung mit "
            "Niederschlesien um drei Jahre.",
            ({"nordrhein westfalen", "niederschlesien"}, "friendship"),
        ),
        (
            "Bordeaux, le 17 avril 2024 – La Gironde coopère depuis longtemps avec la "
            "Basse-Silésie. Aujourd'hui, le département a en outre renouvelé son accord "
            "d'amitié avec la Basse-Silésie pour trois ans.",
            ({"gironde", "basse silesie"}, "friendship"),
        ),
        (
            "Rouen, le 17 avril 2024 – La Normandie coopère avec plusieurs régions d'Europe. "
            "Aujourd'hui, la région a signé un accord d'amitié avec la Basse-Silésie.",
            ({"normandie", "basse silesie"}, "friendship"),
        ),
    ],
)
def test_the_region_subject_is_the_documents_region(text: str, act: tuple[set[str], str]) -> None:
    """ "The province", "de provincie", "das Land", "le département", "la région" as the subject
    of an act is the region the document names, not the town of its dateline."""
    parties, kind = act
    assert _acts(text) == {(frozenset(parties), kind)}


def test_the_region_subject_without_a_named_region() -> None:
    """Without a region of its own named anywhere, the act stays with the document's town."""
    acts = _acts(
        "Arnhem, 17 april 2024 – Vandaag tekende de provincie een vriendschapsovereenkomst met "
        "Neder-Silezië."
    )
    assert acts == {(frozenset({"arnhem", "neder silezie"}), "friendship")}


def test_the_region_of_a_named_province_is_not_the_subject() -> None:
    """ "The province of X" names its region: the bare-word rule does not apply to it."""
    acts = _acts(
        "Arnhem, 17 April 2024 – The city of Arnhem hosted the meeting. The province of "
        "Gelderland signed a friendship agreement with Lower Silesia."
    )
    assert acts == {(frozenset({"gelderland", "lower silesia"}), "friendship")}
