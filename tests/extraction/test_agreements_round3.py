"""Agreements, second round on real writers (issue 2, corpus13): an act named in a fronted
"since the signing of" phrase, declarations of friendship, quoted sentences that are not titles,
ended lines of a partner list. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _facts(text: str) -> set[tuple[frozenset[str], str, str | None, str]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.signed.iso() if a.signed else None,
            a.status,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "Since the signing of a friendship agreement on 12 March 2009, Leeds and Hangzhou"
            " have kept in close touch.",
            {"leeds", "hangzhou"},
            "2009-03-12",
        ),
        (
            "Sinds de ondertekening van een vriendschapsverklaring op 4 juni 2010 werken Zwolle"
            " en Yangzhou samen aan waterbeheer.",
            {"zwolle", "yangzhou"},
            "2010-06-04",
        ),
        (
            "Seit der Unterzeichnung des Freundschaftsvertrages am 30. August 2011 pflegen Hanau"
            " und Taicang einen regen Austausch.",
            {"hanau", "taicang"},
            "2011-08-30",
        ),
        (
            "Depuis la signature de la charte d'amitié en 2009, Dole et Tongling multiplient"
            " les échanges scolaires.",
            {"dole", "tongling"},
            "2009",
        ),
    ],
)
def test_agreements_fronted_signing_takes_main_clause_subject(
    text: str, pair: set[str], signed: str
) -> None:
    """An act named in a sentence-opening "since the signing of" phrase is between the two
    places the main clause coordinates as its subject, signed on the date of the phrase."""
    assert (frozenset(pair), "friendship", signed, "signed") in _facts(text)


def test_agreements_fronted_signing_resolves_both_cities() -> None:
    """ "beide Städte" after a fronted signing stands for the pair named just before."""
    text = (
        "Hanau und Taicang sind seit 2020 Partnerstädte. Seit der Unterzeichnung des"
        " Freundschaftsvertrages am 30. August 2011 pflegen beide Städte einen Austausch."
    )
    assert (frozenset({"hanau", "taicang"}), "friendship", "2011-08-30", "signed") in _facts(text)


def test_agreements_fronted_phrase_without_signing_gives_nothing() -> None:
    """A fronted phrase that names no signing does not make the next pair parties."""
    text = "After the friendship week in 2009, Leeds and Hangzhou exchanged choirs."
    assert _facts(text) == set()


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "Zwolle en Yangzhou ondertekenden in 2016 een verklaring van vriendschap.",
            {"zwolle", "yangzhou"},
            "2016",
        ),
        (
            "Celle und Yangzhou unterzeichneten 2011 eine Freundschaftserklärung.",
            {"celle", "yangzhou"},
            "2011",
        ),
        (
            "Dole et Tongling ont signé une déclaration d'amitié en 2014.",
            {"dole", "tongling"},
            "2014",
        ),
        (
            "Leeds and Hangzhou signed a declaration of friendship in 2014.",
            {"leeds", "hangzhou"},
            "2014",
        ),
    ],
)
def test_agreements_declaration_of_friendship_is_friendship(
    text: str, pair: set[str], signed: str
) -> None:
    """A declaration of friendship, in any of the four languages, is a friendship act."""
    assert _facts(text) == {(frozenset(pair), "friendship", signed, "signed")}


def test_agreements_quoted_sentence_is_not_a_title() -> None:
    """A quoted German sentence (every noun capitalised) is no title: its date is read."""
    text = (
        "Hanau und Taicang sind Partnerstädte. „Seit der Unterzeichnung des"
        " Freundschaftsvertrages am 30. August 2011 pflegen beide Städte einen regelmäßigen"
        " Austausch“, heißt es aus dem Rathaus."
    )
    found = [a for a in extract(text).doc.agreements if a.type == "friendship"]
    assert [(a.signed.iso() if a.signed else None, a.title) for a in found] == [
        ("2011-08-30", None)
    ]


def test_agreements_partner_list_line_that_ended() -> None:
    """A partner line saying the twinning ended gives an ended act; its neighbours stay
    signed, and a suspended line stays signed (corpora 5 and 8)."""
    text = (
        "Partnerstädte von Celle:\n"
        "- Meaux (Frankreich), seit 1958\n"
        "- Tulsa (USA), 1990 geschlossen, 2012 beendet\n"
        "- Paisley (Schottland), seit 1990, derzeit ausgesetzt\n"
    )
    facts = _facts(text)
    assert (frozenset({"celle", "meaux"}), "sister_city", "1958", "signed") in facts
    assert (frozenset({"celle", "tulsa"}), "sister_city", "1990", "ended") in facts
    assert (frozenset({"celle", "paisley"}), "sister_city", "1990", "signed") in facts


@pytest.mark.parametrize(
    ("text", "owner", "listed"),
    [
        (
            "Nach Hamm (Westfalen) und Żagań in Polen hat Ludwigsfelde damit seine dritte"
            " Partnerstadt.",
            "ludwigsfelde",
            {"hamm", "zagan"},
        ),
        (
            "Après Olsztyn en Pologne et Gabrovo en Bulgarie, Châteauroux signerait ainsi son"
            " troisième jumelage.",
            "chateauroux",
            {"olsztyn", "gabrovo"},
        ),
        (
            "After Hamm and Zagan, Ludwigsfelde now has its third twin town.",
            "ludwigsfelde",
            {"hamm", "zagan"},
        ),
        (
            "Na Arnhem en Zagan krijgt Ludwigsfelde daarmee zijn derde partnerstad.",
            "ludwigsfelde",
            {"arnhem", "zagan"},
        ),
    ],
)
def test_agreements_partners_listed_before_an_ordinal_act(
    text: str, owner: str, listed: set[str]
) -> None:
    """ "After A and B, C has its third twin town": A and B are earlier twin towns of C,
    undated and signed, and neither is a party of the new act."""
    facts = _facts(text)
    for p in listed:
        assert (frozenset({owner, p}), "sister_city", None, "signed") in facts
    assert all(len(f[0]) == 2 for f in facts)


def test_agreements_after_without_ordinal_is_not_a_list() -> None:
    """Without an ordinal before the act word, a fronted "after A" gives no undated act
    between A and the town that follows."""
    text = "After Hamm, Ludwigsfelde signed a twinning agreement with Zagan in 2004."
    facts = _facts(text)
    assert (frozenset({"ludwigsfelde", "hamm"}), "sister_city", None, "signed") not in facts
    assert any(f[2] == "2004" for f in facts)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "The sister city agreement between Leeds and Durban was extended by five years in"
            " 2019.",
            "2024",
        ),
        ("Le jumelage entre Dole et Tongling a été prolongé de trois ans en 2019.", "2022"),
    ],
)
def test_agreements_extended_by_a_term_gives_end(text: str, ends: str) -> None:
    """ "extended by five years", "prolongé de trois ans": a renewal with that term."""
    (act,) = extract(text).doc.agreements
    assert (act.status, act.ends.iso() if act.ends else None) == ("renewed", ends)


def test_agreements_dated_establishment_outweighs_undated_plan() -> None:
    """An undated mention of a sister-city relationship in a plan ("authorized to execute an
    MoU confirming ...") does not make the relationship the council established on a date
    planned; the MoU itself stays planned."""
    text = (
        "The Mayor is authorized to execute a Memorandum of Understanding with the City of"
        " Suwon confirming a sister city relationship with the City of Springfield. WHEREAS,"
        " the City Council adopted a resolution on March 4, 2014 establishing a sister city"
        " relationship between the City of Springfield and the City of Suwon."
    )
    assert _facts(text) == {
        (frozenset({"springfield", "suwon"}), "sister_city", "2014-03-04", "signed"),
        (frozenset({"springfield", "suwon"}), "memorandum_of_understanding", None, "planned"),
    }


def test_agreements_plan_with_date_stays_planned() -> None:
    """A plan that names its own date stays planned."""
    text = "Springfield and Suwon plan to sign a sister city agreement in 2026."
    assert {f[3] for f in _facts(text)} == {"planned"}


@pytest.mark.parametrize(
    ("text", "home", "partner"),
    [
        (
            "Ville de Poitiers\n\nEn mars 2018, la Ville a signé un accord de coopération avec"
            " Wuxi ; en juin, elle a renouvelé sa charte d'amitié avec Sherbrooke.",
            "poitiers",
            "sherbrooke",
        ),
        (
            "City of Leeds\n\nIn March 2018 the city signed a cooperation agreement with Wuxi;"
            " in June it renewed its friendship agreement with Durban.",
            "leeds",
            "durban",
        ),
        (
            "Gemeente Zwolle\n\nIn 2018 tekende de stad een samenwerkingsovereenkomst met Wuxi."
            " In juni verlengde zij haar vriendschapsverdrag met Durban.",
            "zwolle",
            "durban",
        ),
    ],
)
def test_agreements_pronoun_after_unnamed_subject_is_the_owner(
    text: str, home: str, partner: str
) -> None:
    """When "the city" signed with a partner, a following "it"/"elle"/"zij" is the city,
    not the partner named in that sentence."""
    facts = _facts(text)
    # "In March 2018 ...; in June ...", "En mars 2018 ... ; en juin": the month takes the year
    # of its sentence
    signed = "2018-06" if "; in June" in text or "; en juin" in text else None
    assert (frozenset({home, partner}), "friendship", signed, "renewed") in facts
    assert not any("wuxi" in f[0] and partner in f[0] for f in facts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Une délégation de Jinhua sera reçue samedi pour préparer un futur jumelage avec"
            " Châteauroux.",
            {"jinhua", "chateauroux"},
        ),
        ("Leeds and Durban discussed a future sister city agreement.", {"leeds", "durban"}),
        ("Zwolle en Yangzhou spraken over een toekomstige stedenband.", {"zwolle", "yangzhou"}),
        (
            "Celle und Meaux sprachen über eine künftige Städtepartnerschaft.",
            {"celle", "meaux"},
        ),
    ],
)
def test_agreements_future_act_is_planned(text: str, pair: set[str]) -> None:
    """ "un futur jumelage", "a future sister city agreement", "een toekomstige stedenband",
    "eine künftige Städtepartnerschaft": an act that is planned, not signed."""
    assert _facts(text) == {(frozenset(pair), "sister_city", None, "planned")}


@pytest.mark.parametrize(
    ("text", "owner", "partners"),
    [
        (
            "Leeds signed a memorandum of understanding with Dalian in 2018. Similar memoranda"
            " were concluded earlier with Tianjin (June 2017) and Ningbo (March 2018).",
            "leeds",
            {("tianjin", "2017-06"), ("ningbo", "2018-03")},
        ),
        (
            "Gent tekende in 2018 een samenwerkingsovereenkomst met Wuxi. Soortgelijke"
            " samenwerkingsovereenkomsten werden eerder gesloten met Tartu (2015) en Sibiu"
            " (2016).",
            "gent",
            {("tartu", "2015"), ("sibiu", "2016")},
        ),
    ],
)
def test_agreements_similar_named_acts_have_last_owner(
    text: str, owner: str, partners: set[tuple[str, str]]
) -> None:
    """ "Similar memoranda were concluded with X and Y": acts of the kind named between the
    owner of the act just reported and each partner, dated by its bracket."""
    facts = _facts(text)
    for partner, signed in partners:
        assert any(f[0] == frozenset({owner, partner}) and f[2] == signed for f in facts)
