"""Agreements as other writers word them: acts named without "agreement", new status words,
one sentence holding a signing and its renewal (issue 2, corpus8)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import AgreementFact
from cityties.text import fold


def _agreements(text: str) -> list[AgreementFact]:
    return extract(text).doc.agreements


def _facts(text: str) -> set[tuple[frozenset[str], str, str | None, str]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.signed.iso() if a.signed else None,
            a.status,
        )
        for a in _agreements(text)
    }


@pytest.mark.parametrize(
    ("text", "partner", "status"),
    [
        (
            "Het Limburgse Venlo en het Duitse Krefeld hebben hun partnerschap in 2021 vernieuwd.",
            "krefeld",
            "renewed",
        ),
        (
            "Die Stadt Ulm hat am 4. Juni 2019 die Partnerschaftsurkunde mit Cluj-Napoca "
            "unterzeichnet.",
            "cluj napoca",
            "signed",
        ),
        ("Derby's ties with Osnabrück were formalised in 1976.", "osnabruck", "signed"),
        ("Preston's link with Nîmes was formally dissolved in 2020.", "nimes", "ended"),
    ],
)
def test_agreements_twinning_named_without_agreement(text: str, partner: str, status: str) -> None:
    """A partnership, a partnership charter, ties or a link between two towns is a twinning."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].type == "sister_city"
    assert found[0].status == status
    assert partner in {fold(p.name) for p in found[0].parties}


@pytest.mark.parametrize(
    "text",
    [
        "Leuven kiest voor enkele diepe partnerschappen in plaats van een lange lijst.",
        "The region was one of the first to form a link with a Chinese city.",
        "Exports grew strongly thanks to its ties with Asia.",
    ],
)
def test_agreements_general_partnership_words_are_no_act(text: str) -> None:
    """Plural partnerships, "a link" with no named town and ties with a continent are no act."""
    assert _agreements(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The twinning between Hull and Freetown was brought to an end in 2015.", "ended"),
        ("Councillors have called time on the twinning between Hull and Freetown.", "ended"),
        ("De stedenband tussen Zwolle en Lünen werd in 2016 opgeheven.", "ended"),
        (
            "Görlitz hat die 2011 geschlossene Städtepartnerschaft mit Vác 2022 aufgekündigt.",
            "ended",
        ),
        (
            "Mit Arnstadt hatte Gotha 1995 einen Freundschaftsvertrag geschlossen, der 2015 "
            "auslief.",
            "ended",
        ),
        ("A twinning between Hull and Freetown is expected to be signed next spring.", "planned"),
        ("Un projet de charte de jumelage entre Vichy et Ravenne est à l'étude.", "planned"),
        (
            "A memorandum of understanding between Hull and Freetown has still not been signed.",
            "planned",
        ),
        ("The friendship link between Perth and Kobe, from 1998, was cut in 2021.", "ended"),
        ("A memorandum between Cork and Wuxi is in the pipeline.", "planned"),
        ("Cork and Wuxi are finalising a memorandum of understanding.", "planned"),
        (
            "De gemeenteraad van Delft heeft ingestemd met een vriendschapsovereenkomst met Wuxi.",
            "planned",
        ),
    ],
)
def test_agreements_status_in_new_words(text: str, status: str) -> None:
    """Ends ("brought to an end", "opgeheven", "aufgekündigt", "auslief") and plans ("expected
    to be signed", "à l'étude", "still not signed") said in words of other writers."""
    found = _agreements(text)
    assert found, text
    assert {a.status for a in found} == {status}


def test_agreements_duration_gilt_years() -> None:
    """ "Die Vereinbarung gilt zunächst vier Jahre" is a term of 48 months."""
    found = _agreements(
        "Die Universität Leipzig und die Stadt Leipzig haben am 3. März 2022 mit Krakau eine "
        "Kooperationsvereinbarung geschlossen. Die Vereinbarung gilt zunächst vier Jahre."
    )
    assert [a.duration_months for a in found] == [48]


@pytest.mark.parametrize(
    ("text", "first", "again"),
    [
        (
            "Die Partnerschaftsurkunde zwischen Mainz und Dijon wurde am 12. März 1985 "
            "unterzeichnet und im Jahr 2010 erneuert.",
            "1985-03-12",
            "2010",
        ),
        (
            "De stedenband van Zwolle met Lünen, in 1964 aangegaan, werd op 2 mei 2014 verlengd.",
            "1964",
            "2014-05-02",
        ),
        ("Derby's ties with Osnabrück were sealed in 1976 and renewed in 2016.", "1976", "2016"),
    ],
)
def test_agreements_signing_and_renewal_in_one_sentence(text: str, first: str, again: str) -> None:
    """One sentence with the signing and the renewal, each with its date (also when the verb
    follows its date, as in Dutch and German), gives the original act and its renewal."""
    found = sorted(
        (a.status, a.signed.iso() if a.signed else None)
        for a in _agreements(text)
        if a.type == "sister_city"
    )
    assert found == [("renewed", again), ("signed", first)]


@pytest.mark.parametrize(
    ("text", "signed", "ends"),
    [
        (
            "Mit Arnstadt hatte Gotha 1995 einen Freundschaftsvertrag geschlossen, der 2015 "
            "auslief.",
            "1995",
            "2015",
        ),
        (
            "De stedenband tussen Zwolle en Lünen, gesloten in 1964, werd in 2016 opgeheven.",
            "1964",
            "2016",
        ),
    ],
)
def test_agreements_ended_act_keeps_signing_and_end_apart(
    text: str, signed: str, ends: str
) -> None:
    """An act signed in one year that ended in another: the date right before the ending verb
    is the end, the other one the signing."""
    found = _agreements(text)
    assert [(a.status, a.signed and a.signed.iso(), a.ends and a.ends.iso()) for a in found] == [
        ("ended", signed, ends)
    ]


def test_agreements_planned_renewal_reports_the_original_act() -> None:
    """Approving the renewal of a charter "signée le 14 mai 2018" reports the signed original
    beside the planned renewal."""
    facts = _facts(
        "Le conseil municipal approuve le renouvellement pour six ans de la charte d'amitié "
        "signée le 14 mai 2018 entre Poitiers et Marbourg."
    )
    pair = frozenset({"poitiers", "marbourg"})
    assert facts == {
        (pair, "friendship", "2018-05-14", "signed"),
        (pair, "friendship", None, "planned"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Zwolle heeft sinds 1964 een stedenband met Lünen, dat in 2014 werd verlengd.",
        "Mainz hat seit 1985 eine Städtepartnerschaft mit Dijon, die 2010 erneuert wurde.",
    ],
)
def test_agreements_renewal_in_a_relative_clause(text: str) -> None:
    """A relative clause after the act ("..., dat in 2014 werd verlengd") reports its renewal
    beside the original act."""
    found = sorted((a.status, a.signed.iso() if a.signed else None) for a in _agreements(text))
    years = sorted(y for y in ("1964", "1985", "2010", "2014") if y in text)
    assert found == [("renewed", years[1]), ("signed", years[0])]


def test_agreements_exchanged_letter_is_dated() -> None:
    """A letter of intent the parties "exchanged in May 2021" is signed in May 2021."""
    facts = _facts(
        "Cardiff and Xiamen exchanged a letter of intent on port cooperation in May 2021."
    )
    assert facts == {(frozenset({"cardiff", "xiamen"}), "letter_of_intent", "2021-05", "signed")}


def test_agreements_list_under_colon_gives_each_line_its_kind() -> None:
    """ "Hull is twinned with:" over lines: each line is one act of the kind it names, and the
    heading sentence adds no act of its own with the last line's partner."""
    facts = _facts(
        "Hull is twinned with:\n Rotterdam, Netherlands (1936)\n Freetown, Sierra Leone (1980)\n"
        " Dalian, China (friendship city, 2013)\n"
    )
    assert facts == {
        (frozenset({"hull", "rotterdam"}), "sister_city", "1936", "signed"),
        (frozenset({"hull", "freetown"}), "sister_city", "1980", "signed"),
        (frozenset({"hull", "dalian"}), "friendship", "2013", "signed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Gouda is zusterstad van Konz sinds 1970 en van Solingen sinds 1985.",
        "Gouda is a twin town of Konz since 1970 and of Solingen since 1985.",
    ],
)
def test_agreements_partners_each_with_its_year(text: str) -> None:
    """ "twin town of X since 1970 and of Y since 1985" lists two partners of one town, each
    with its own year (not one act between X and Y)."""
    assert _facts(text) == {
        (frozenset({"gouda", "konz"}), "sister_city", "1970", "signed"),
        (frozenset({"gouda", "solingen"}), "sister_city", "1985", "signed"),
    }


@pytest.mark.parametrize(
    ("text", "owner", "first", "second"),
    [
        (
            "Mit Auxerre ist Worms seit 1968 verschwistert, mit Tiberias seit 1986.",
            "worms",
            ("auxerre", "1968"),
            ("tiberias", "1986"),
        ),
        (
            "Met Lünen is Zwolle sinds 1964 verzusterd, met Kassel sinds 1971.",
            "zwolle",
            ("lunen", "1964"),
            ("kassel", "1971"),
        ),
    ],
)
def test_agreements_fronted_partner_then_another(
    text: str, owner: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """ "Mit X ist Y seit 1968 verschwistert, mit Z seit 1986": X and Z are partners of Y, each
    with its year."""
    assert _facts(text) == {
        (frozenset({owner, first[0]}), "sister_city", first[1], "signed"),
        (frozenset({owner, second[0]}), "sister_city", second[1], "signed"),
    }


def test_agreements_fronted_institution_is_partner_of_home() -> None:
    """ "Met de Kamer van Koophandel van X ondertekende de gemeente ..." in a document of the
    city of Haarlem: an act between Haarlem and the chamber of commerce."""
    found = _agreements(
        "Gemeente Haarlem\n\nMet de Kamer van Koophandel van Sevilla ondertekende de gemeente in "
        "maart 2022 een samenwerkingsovereenkomst over stages."
    )
    assert [
        (sorted(fold(p.name) for p in a.parties), a.type, a.signed and a.signed.iso())
        for a in found
    ] == [
        (["haarlem", "kamer van koophandel van sevilla"], "cooperation_agreement", "2022-03"),
    ]


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "Nous fêtons les vingt ans du serment de jumelage qui unit Dole à Lahr depuis le 3 mai "
            "2004.",
            {"dole", "lahr"},
            "2004-05-03",
        ),
        (
            "Next year marks forty years of the twinning that links Exeter with Rennes since 1985.",
            {"exeter", "rennes"},
            "1985",
        ),
    ],
)
def test_agreements_act_that_binds_two_places(text: str, pair: set[str], signed: str) -> None:
    """ "le jumelage qui unit X à Y", "the twinning that links X with Y": X and Y are its
    parties."""
    assert _facts(text) == {(frozenset(pair), "sister_city", signed, "signed")}


def test_agreements_press_release_sender_is_the_owner() -> None:
    """A university's press release that reports "a memorandum with the Port of X" alone: the
    sending university is the other party."""
    found = _agreements(
        "PRESS RELEASE - University of Aberdeen\n\nA memorandum with the Port of Rotterdam on "
        "offshore data is expected to be signed in June.\nContact: press office, University of "
        "Aberdeen.\n"
    )
    assert [(sorted(fold(p.name) for p in a.parties), a.type, a.status) for a in found] == [
        (["port rotterdam", "university aberdeen"], "memorandum_of_understanding", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "first", "again"),
    [
        (
            "Kiel and Vaasa signed a friendship agreement in 2010 and renewed it in 2015.",
            "friendship",
            "2010",
            "2015",
        ),
        (
            "Aarhus and Turku formalised their partnership in 1946 and renewed it in 1996.",
            "sister_city",
            "1946",
            "1996",
        ),
        (
            "Kiel et Brest ont signé un accord d'amitié en 2010 et l'ont renouvelé en 2015.",
            "friendship",
            "2010",
            "2015",
        ),
        (
            "Rouen et Norwich, jumelées depuis 1959, ont renouvelé leur charte en 2009.",
            "sister_city",
            "1959",
            "2009",
        ),
        (
            "Avec Bologne, un accord d'amitié de Rouen a été paraphé en 2012 pour cinq ans et "
            "renouvelé en 2017.",
            "friendship",
            "2012",
            "2017",
        ),
    ],
)
def test_agreements_signed_and_renewed_each_dated(
    text: str, kind: str, first: str, again: str
) -> None:
    """ "signed ... in 2010 and renewed it in 2015", "jumelées depuis 1959, ont renouvelé ... en
    2009": the original act with its date and the renewal with the date next to its verb."""
    found = sorted(
        (a.status, a.signed.iso() if a.signed else None)
        for a in _agreements(text)
        if a.type == kind
    )
    assert found == [("renewed", again), ("signed", first)]


def test_agreements_dutch_compound_twinning_word() -> None:
    """ "een stedenbandovereenkomst" is a twinning act, dated by "12-05-2009"."""
    assert _facts("Op 12-05-2009 tekenden Deventer en Sibiu een stedenbandovereenkomst.") == {
        (frozenset({"deventer", "sibiu"}), "sister_city", "2009-05-12", "signed")
    }


@pytest.mark.parametrize(
    ("text", "owner", "expected"),
    [
        (
            "Gent is sinds 1958 verzusterd met Kiel, sinds 1991 met Melle en sinds 2015 met "
            "Kumamoto.",
            "gent",
            {"kiel": "1958", "melle": "1991", "kumamoto": "2015"},
        ),
        (
            "Brest est jumelée depuis 1964 avec Kiel, depuis 1963 avec Plymouth et depuis 1994 "
            "avec Cadix.",
            "brest",
            {"kiel": "1964", "plymouth": "1963", "cadix": "1994"},
        ),
    ],
)
def test_agreements_each_date_before_its_partner(
    text: str, owner: str, expected: dict[str, str]
) -> None:
    """ "sinds 1958 verzusterd met Kiel, sinds 1991 met Melle ...": each year goes with the
    partner after it."""
    assert _facts(text) == {
        (frozenset({owner, partner}), "sister_city", year, "signed")
        for partner, year in expected.items()
    }
