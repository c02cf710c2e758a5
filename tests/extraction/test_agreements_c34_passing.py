"""Agreements: ties named in passing and the words that type them (issue 2). A German
district's twinning is a "Kreispartnerschaft", "Landkreis-Partnerschaft" or
"Bezirkspartnerschaft" with its partner (seen in corpus28 d02, corpus29 d03 and d04, corpus34
d01): a sister-city tie; the plural noun of an office ("der für die Landkreispartnerschaften
zuständig ist") names no tie. Quebec's "entente d'amitié" (corpus34 f01, beside the "entente
de coopération" of corpus30 f02, corpus31 f01 and the holdout's c20) is a friendship
agreement. Town ties ended together ("een einde gemaakt aan de stedenbanden met A en B",
corpus34 n02, corpus32 n03) where the text dates a friendship of one pair: that friendship
ends, no undated twinning of the pair beside it. Every text here was written for these
tests."""

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
    ("text", "partner"),
    [
        (
            "Der Landkreis Kelheim pflegt seit 2001 eine Kreispartnerschaft mit dem polnischen "
            "Landkreis Nysa.",
            "nysa",
        ),
        (
            "Bereits seit 2001 unterhält der Landkreis Kelheim eine Landkreis-Partnerschaft mit "
            "der Stadt Jintan in der Provinz Jiangsu.",
            "jintan",
        ),
        (
            "Der Landkreis Kelheim unterhält seit 2001 eine Bezirkspartnerschaft mit dem "
            "tschechischen Bezirk Domažlice.",
            "domazlice",
        ),
    ],
)
def test_district_partnership_is_a_twinning(text: str, partner: str) -> None:
    """A district's partnership with its partner, dated by "seit", is a sister-city tie."""
    found = _acts(text)
    assert len(found) == 1
    parties, kind, signed = found.pop()
    assert kind == "sister_city"
    assert signed == "2001"
    assert "landkreis kelheim" in parties
    assert any(p.endswith(partner) for p in parties)


def test_district_partnership_office_names_no_tie() -> None:
    """The plural noun in an officer's remit names no act."""
    text = (
        "Laut Josef Maier, der im Landratsamt Kelheim für die Landkreispartnerschaften "
        "zuständig ist, kommen die Gäste im Oktober."
    )
    assert _acts(text) == set()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Le 12 mai 2015, Sherbrooke et Jilin ont signé une entente d'amitié.", "signed"),
        (
            "Les deux maires ont renouvelé l'entente d'amitié entre Sherbrooke et Jilin pour "
            "une période de cinq ans.",
            "renewed",
        ),
    ],
)
def test_entente_d_amitie_is_a_friendship(text: str, status: str) -> None:
    """Quebec's "entente d'amitié" is a friendship agreement, as "entente de coopération" is
    a cooperation agreement: never read as a cooperation agreement."""
    acts = extract(text).doc.agreements
    assert [(a.type, a.status) for a in acts] == [("friendship", status)]
    assert {fold(p.name) for p in acts[0].parties} == {"sherbrooke", "jilin"}


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenteraad van Delft heeft op 7 januari 2025 een einde gemaakt aan de "
        "stedenbanden met Krakau en Nantong. De stedenband met Krakau werd in 1999 gesloten; "
        "met Nantong tekende Delft in 2003 een vriendschapsovereenkomst.",
        "On 7 January 2025 the council of Delft ended its twinning links with Kraków and "
        "Nantong. The twinning with Kraków dates from 1999; with Nantong, Delft signed a "
        "friendship agreement in 2003.",
        "Le 7 janvier 2025, le conseil municipal de Delft a mis fin aux jumelages avec "
        "Cracovie et Nantong. Le jumelage avec Cracovie datait de 1999 ; avec Nantong, Delft "
        "avait signé un accord d'amitié en 2003.",
        "Am 7. Januar 2025 beendete der Stadtrat von Delft die Städtepartnerschaften mit Krakau "
        "und Nantong. Die Städtepartnerschaft mit Krakau bestand seit 1999; mit Nantong hatte "
        "Delft 2003 einen Freundschaftsvertrag unterzeichnet.",
    ],
)
def test_ended_town_ties_name_the_dated_friendship(text: str) -> None:
    """Town ties ended together, one of them a friendship the text dates: the friendship
    ends; no undated twinning of the same pair beside it."""
    acts = {
        (frozenset(fold(p.name) for p in a.parties), a.type, a.status)
        for a in extract(text).doc.agreements
    }
    nantong = {(t, s) for ps, t, s in acts if "nantong" in ps}
    assert nantong == {("friendship", "ended")}
    assert any(t == "sister_city" and s == "ended" and "nantong" not in ps for ps, t, s in acts)
