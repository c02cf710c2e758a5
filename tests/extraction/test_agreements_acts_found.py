"""Acts the reader used to miss and signing dates it used to leave open (corpus25's classes
3 and 5): partner lists with a group label under their heading, partners written "X of
Country", a year named again ("cette année-l\u00e0", "im selben Jahr")."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold
from factsets import ActKey, act_key


def _acts(text: str) -> set[ActKey]:
    """(parties, type, signed) of every act the whole pipeline reads in `text`."""
    return {act_key(a) for a in extract(text).doc.agreements}


def _act(a: str, b: str, kind: str, signed: str | None) -> tuple[frozenset[str], str, str | None]:
    return (frozenset({fold(a), fold(b)}), kind, signed)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Office of Foreign Affairs of Harbin\n\nHarbin, the capital of Heilongjiang, keeps "
            "ties with cities on four continents.\n\nSister cities\n \u2022 Cities\n"
            "  \u2022 Niigata of Japan (14th December, 1979)\n"
            "  \u2022 Edmonton (6th May, 1985) of Canada\n\nNews\n\nThe office moved in 2020.\n",
            "Harbin",
        ),
        (
            "Service des relations internationales de Rennes\n\nRennes entretient des liens "
            "avec des villes de trois continents.\n\nVilles jumelles\nEurope\n"
            "- Erlangen (Allemagne), 1964\n- Exeter (Royaume-Uni), 1956\n\nContact\n",
            "Rennes",
        ),
    ],
)
def test_agreements_list_with_a_group_label_under_its_heading(text: str, owner: str) -> None:
    """A short line without a place ("\u2022 Cities", "Europe") between a list's heading and
    its lines is a group's label: the lines under it are still the owner's partners, each
    dated by its own line; "Niigata of Japan" is a partner written with its country."""
    found = _acts(text)
    if owner == "Harbin":
        assert _act("Harbin", "Niigata", "sister_city", "1979-12-14") in found
        assert _act("Harbin", "Edmonton", "sister_city", "1985-05-06") in found
    else:
        assert _act("Rennes", "Erlangen", "sister_city", "1964") in found
        assert _act("Rennes", "Exeter", "sister_city", "1956") in found


def test_agreements_list_of_a_government_under_a_counted_heading() -> None:
    """A heading with its count ("Sisterhood relationships : 2 regions in 2 countries") over
    the lines of a page headed by a provincial government: the government is the owner of
    each partner, dated by its line."""
    text = (
        "Jeollanam-do Provincial Government\n\nGlobal Cooperation\n\n"
        "Sisterhood relationships : 2 regions in 2 countries\n \u2022 Regions\n"
        "  \u2022 Zhejiang Province of China (11th May, 1998)\n"
        "  \u2022 Kagoshima Prefecture (2nd June, 2003) of Japan\n"
    )
    found = {(a, b) for a, _, b in _acts(text)}
    owner = fold("Jeollanam-do Provincial Government")
    assert (frozenset({owner, fold("Zhejiang")}), "1998-05-11") in found
    assert (frozenset({owner, fold("Kagoshima")}), "2003-06-02") in found


@pytest.mark.parametrize(
    ("text", "a", "b", "kind", "signed"),
    [
        (
            "Die Gespr\u00e4che mit Xiamen begannen 2009. Im selben Jahr unterzeichneten "
            "Trier und Xiamen eine Absichtserkl\u00e4rung.",
            "Trier", "Xiamen", "declaration_of_intent", "2009",
        ),
        (
            "Tout commence en 1996 : cette ann\u00e9e-l\u00e0, Nantes signe un accord de "
            "jumelage avec Qingdao.",
            "Nantes", "Qingdao", "sister_city", "1996",
        ),
        (
            "De eerste missie naar Jiaxing was in 2011. In juni van datzelfde jaar "
            "ondertekenden Venlo en Jiaxing een intentieverklaring.",
            "Venlo", "Jiaxing", "declaration_of_intent", "2011-06",
        ),
        (
            "Talks between Kamloops and Chuzhou opened in April 2015. In October of the same "
            "year the two cities signed a memorandum of understanding.",
            "Kamloops", "Chuzhou", "memorandum_of_understanding", "2015-10",
        ),
    ],
)  # fmt: skip
def test_agreements_dated_by_the_year_named_again(
    text: str, a: str, b: str, kind: str, signed: str
) -> None:
    """An act dated "im selben Jahr", "cette ann\u00e9e-l\u00e0", "van datzelfde jaar", "of
    the same year" is signed in the year told before."""
    assert _act(a, b, kind, signed) in _acts(text)


@pytest.mark.parametrize(
    "second",
    [
        "Oberbürgermeisterin Anja Kress unterzeichnete am 3. März 2021 die chinesische "
        "Fassung des Vertrages.",
        "Am 3. März 2021 wurde die Ausfertigung des Partnerschaftsvertrags unterzeichnet.",
    ],
)
def test_agreements_signing_of_the_treaty_in_the_genitive_dates_the_act(second: str) -> None:
    """A dated signing of "des Vertrages", "des Partnerschaftsvertrags" (the treaty in the
    genitive, no party named) dates the undated act the sentence before reports."""
    text = (
        "Kiel und Qingdao sind jetzt Partnerstädte\n\n"
        "Die Städtepartnerschaft zwischen Kiel und der chinesischen Stadt Qingdao steht. " + second
    )
    assert _act("Kiel", "Qingdao", "sister_city", "2021-03-03") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mars 2022, Angers et Yantai ont signé une feuille de route pour leurs échanges "
        "culturels.",
        "On 3 March 2022 Angers and Yantai signed a roadmap for their cultural exchanges.",
        "Op 3 maart 2022 ondertekenden Angers en Yantai een routekaart voor hun culturele "
        "uitwisseling.",
        "Am 3. März 2022 unterzeichneten Angers und Yantai eine Roadmap für den Kulturaustausch.",
    ],
)
def test_agreements_a_signed_roadmap_is_a_cooperation_act(text: str) -> None:
    """A roadmap both sides sign ("feuille de route", "roadmap", "routekaart", "Roadmap") is
    a cooperation act, dated by its signing."""
    assert _act("Angers", "Yantai", "cooperation_agreement", "2022-03-03") in _acts(text)


def test_agreements_since_year_of_another_tie_is_no_signing_of_the_act() -> None:
    """ "À Jinan, ville jumelle de Rennes depuis 2002, ils ont signé une feuille de route
    pour 2023-2025": the year after "depuis" dates the twinning; the roadmap's period is its
    term, and its signing date is not told."""
    text = (
        "Rennes et Jinan\n\nLes élus de Rennes sont rentrés de Chine. À Jinan, ville jumelle "
        "de Rennes depuis 2002, ils ont signé avec le maire une feuille de route pour "
        "2023-2025."
    )
    acts = extract(text).doc.agreements
    roadmap = [a for a in acts if a.type == "cooperation_agreement"]
    assert len(roadmap) == 1
    assert roadmap[0].signed is None
    assert roadmap[0].ends is not None and roadmap[0].ends.iso() == "2025"


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Delegates came from Okayama of Japan and the Republic of Korea.", "Okayama",
         "Republic"),
        ("Le maire a reçu Kalamata of Greece et la Republic of China.", "Kalamata", "Republic"),
    ],
)  # fmt: skip
def test_parties_place_of_its_own_country_is_an_actor(text: str, kept: str, dropped: str) -> None:
    """ "Okayama of Japan" names the city with its country (an actor); "Republic" in
    "Republic of Korea" is a word of the state's name, not the town of another country."""
    names = {a.name for a in cast_for(extract(text).doc).actors}
    assert kept in names
    assert dropped not in names


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Affairs Office of Harbin\n\nHarbin, the capital of Heilongjiang, keeps ties "
        "abroad.\n\nSister cities\n \u2022 Ningxia Hui Autonomous Region (4th July, 2001) of "
        "China\n \u2022 Niigata (14th December, 1979)\n \u2022 Edmonton (6th May, 1985)\n",
        "Auslandsamt der Stadt Harbin\n\nHarbin, die Hauptstadt von Heilongjiang, pflegt "
        "Kontakte ins Ausland.\n\nPartnerst\u00e4dte\n- Autonomes Gebiet der Qwxlorn "
        "(4. Juli 2001)\n- Niigata (14. Dezember 1979)\n- Edmonton (6. Mai 1985)\n",
    ],
)
def test_agreements_list_goes_on_past_a_partner_no_place_was_found_in(text: str) -> None:
    """A first line of a list that carries a date like the others but no known place (a
    partner the gazetteer lacks) is skipped: the lines under it are still read."""
    found = _acts(text)
    assert _act("Harbin", "Niigata", "sister_city", "1979-12-14") in found
    assert _act("Harbin", "Edmonton", "sister_city", "1985-05-06") in found
