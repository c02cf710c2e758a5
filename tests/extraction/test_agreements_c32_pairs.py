"""Agreements: one sentence, several clauses, each with its own subject and its own act (issue
2; seen in corpus32 n04, corpus24 d05 and on real news pages that list what several towns did
with their partners: "Wakefield is to end its agreement with Belgorod; Doncaster is to cut all
ties with Ozyorsk"). "A ended its twinning with B, and C ended its friendship with D": C is the
party of the second act, B the only partner of the first, and each act keeps the date of its
own clause. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import own_subject_clauses
from cityties.extraction.extractors._parties import cast_for
from cityties.extraction.extractors.agreements import _own_seat
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.ends.iso() if a.ends else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Several towns have changed course. Wakefield ended its twinning with Belgorod in "
            "2022, and Doncaster cut its friendship agreement with Ozyorsk in 2023.",
            ({"wakefield", "belgorod"}, "sister_city", "2022"),
            ({"doncaster", "ozyorsk"}, "friendship", "2023"),
        ),
        (
            "Andere gemeenten gingen ons voor. Arnhem verbrak in 2021 de stedenband met Wuhan, "
            "en Tilburg zegde in 2022 de vriendschapsrelatie met Chengdu op.",
            ({"arnhem", "wuhan"}, "sister_city", "2021"),
            ({"tilburg", "chengdu"}, "friendship", "2022"),
        ),
        (
            "D'autres villes ont tranché. Agen a rompu en 2022 son jumelage avec Touapsé, et "
            "Menton a rompu en 2023 son accord d'amitié avec Sotchi.",
            ({"agen", "touapse"}, "sister_city", "2022"),
            ({"menton", "sotchi"}, "friendship", None),
        ),
    ],
)
def test_own_subject_clauses_each_act_its_own_parties(
    text: str,
    first: tuple[set[str], str, str | None],
    second: tuple[set[str], str, str | None],
) -> None:
    """The subject after ", and" is the party of the second act, never a partner of the
    first; the first act keeps the date of its own clause."""
    acts = _acts(text)
    pairs = {(ps, kind) for ps, kind, _ in acts}
    assert (frozenset(first[0]), first[1]) in pairs
    assert (frozenset(second[0]), second[1]) in pairs
    assert (frozenset(first[0]), first[1], first[2]) in acts
    assert len(acts) == 2


def test_own_subject_clauses_german_government_subject() -> None:
    """ "die Stadt Jena pflegt seit 2015 ...": the town after the comma owns the second act,
    each act dated by its own "seit"."""
    text = (
        "Andere Kommunen handeln anders. Die Stadt Kiel unterhält seit 1990 eine "
        "Städtepartnerschaft mit Tallinn, die Stadt Jena pflegt seit 2015 eine "
        "Freundschaftsvereinbarung mit Pisa."
    )
    acts = {
        (frozenset(fold(p.name) for p in a.parties), a.type, a.signed.iso() if a.signed else None)
        for a in extract(text).doc.agreements
    }
    assert acts == {
        (frozenset({"kiel", "tallinn"}), "sister_city", "1990"),
        (frozenset({"jena", "pisa"}), "friendship", "2015"),
    }


def test_own_subject_clauses_clause_without_act_ends_the_partners() -> None:
    """A clause of another subject after the act, without an act of its own ("der Kanton
    Solothurn arbeitet mit ... zusammen"), names no partners of the act before it."""
    text = (
        "Andere Kantone gehen voran. Der Kanton Zürich unterhält Partnerschaften mit "
        "Chongqing und Guangdong, der Kanton Solothurn arbeitet mit den Provinzen Gansu und "
        "Heilongjiang zusammen."
    )
    parties = {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}
    assert parties == {frozenset({"zurich", "chongqing"}), frozenset({"zurich", "guangdong"})}


@pytest.mark.parametrize(
    "text",
    [
        # a list of partners with dates: no clause of its own
        "Angers a sept villes jumelles : Haarlem depuis 1964, Bamako depuis 1974, Pise depuis "
        "1982 et Yantai depuis 2006.",
        # a fronted phrase before the subject: no clause before it
        "Besides its sister cities, Guangzhou maintains friendly relations with Tampere.",
        # a region's kind word after the name: the rest of a list
        "The city signed an agreement with Nanjing, Jiangsu province, and a memorandum with "
        "Suzhou.",
    ],
)
def test_own_subject_clauses_not_lists(text: str) -> None:
    """Lists of partners, fronted phrases and qualifiers open no clause of their own."""
    kws = [
        (m, m + len(w))
        for w in ("jumelles", "sister cities", "relations", "agreement", "memorandum")
        if (m := text.find(w)) >= 0
    ]
    kws.sort()
    caps = [
        (i, i + len(w))
        for w in text.replace(",", " ").replace(".", " ").split()
        if w[:1].isupper() and (i := text.find(w)) >= 0
    ]
    caps.sort()
    assert {j for j in own_subject_clauses(text, kws, caps, len(text)) if j < len(kws)} == set()


@pytest.mark.parametrize(
    ("text", "home", "rows"),
    [
        (
            "International relationships: a report to the Dunmore council\n\n"
            "Kawagoe (Japan): sister city since 1988. Visits resumed this year.\n"
            "Gdynia (Poland): a friendship agreement links Dunmore to Gdynia since 2015. Gdynia "
            "hosted a school group; Gdynia officials plan a visit. Gdynia sent a gift.\n"
            "Lismore (Australia): sister city agreement signed in 1996.\n",
            "dunmore",
            ["gdynia", "kawagoe", "lismore"],
        ),
        (
            "Stedenbanden: verslag aan de raad van Deventer\n\n"
            "1. Tartu, Estland: de stedenband met Tartu bestaat sinds 1992.\n"
            "2. Sibiu, Roemenië: wethouder Smit meldt dat Sibiu een delegatie stuurde; Sibiu wil "
            "meer uitwisseling. Sibiu en Deventer tekenden in 2019 een "
            "vriendschapsovereenkomst.\n"
            "3. Lublin, Polen: stedenband sinds 2001.\n",
            "deventer",
            ["lublin", "sibiu", "tartu"],
        ),
        (
            "Relations internationales : rapport au conseil de Rennes\n\n"
            "Kobe (Japon) : jumelage depuis 1970.\n"
            "Brno (Tchéquie) : un accord d'amitié lie Rennes à Brno depuis 2012. Brno a envoyé "
            "une délégation ; Brno souhaite un nouvel échange.\n"
            "Erlangen (Allemagne) : jumelage depuis 1964.\n",
            "rennes",
            ["brno", "erlangen", "kobe"],
        ),
        (
            "Partnerschaften: Bericht an den Rat von Bayreuth\n\n"
            "1. Sopron, Ungarn: Städtepartnerschaft seit 1987.\n"
            "2. Rudolstadt, Thüringen: eine Freundschaftsvereinbarung verbindet Bayreuth seit "
            "2014 mit Rudolstadt. Rudolstadt lud ein; Rudolstadt plant einen Besuch.\n"
            "3. Annecy, Frankreich: Städtepartnerschaft seit 1966.\n",
            "bayreuth",
            ["annecy", "rudolstadt", "sopron"],
        ),
    ],
)
def test_row_heads_never_the_hub(text: str, home: str, rows: list[str]) -> None:
    """In a report that gives each partner a row ("Kawagoe (Japan): ...", "2. Jiaxing,
    China: ..."), the act of a row with one named place pairs it with the document's own place
    that no row opens, however often a partner's row names that partner."""
    parties = {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}
    assert parties
    for ps in parties:
        assert home in ps
        assert len(ps & set(rows)) == 1


@pytest.mark.parametrize(
    ("text", "org", "place", "own"),
    [
        (
            "Universiteit Maastricht reisde mee met de provincie Limburg naar Guangdong.",
            "Universiteit Maastricht",
            "Limburg",
            True,
        ),
        (
            "Universiteit Maastricht reisde mee met de provincie Limburg naar Guangdong.",
            "Universiteit Maastricht",
            "Guangdong",
            False,
        ),
        (
            "Kitwe is home to the Copperbelt University; Zhaoqing University sent a delegation.",
            "Copperbelt University",
            "Kitwe",
            True,
        ),
        (
            "L'Université de Poitiers a accompagné le maire de Poitiers à Hefei.",
            "Université de Poitiers",
            "Poitiers",
            True,
        ),
        (
            "L'Université de Poitiers a accompagné le maire de Poitiers à Hefei.",
            "Université de Poitiers",
            "Hefei",
            False,
        ),
        (
            "Die Universität Passau reiste mit dem Oberbürgermeister von Passau nach Hangzhou.",
            "Universität Passau",
            "Passau",
            True,
        ),
    ],
)
def test_own_seat_institution_and_its_town(text: str, org: str, place: str, own: bool) -> None:
    """A university is never the partner of its own town or of the region it stands in; a
    place abroad stays a possible partner."""
    doc = extract(text).doc
    actors = cast_for(doc).actors
    o = next(a for a in actors if a.kind == "organisation" and a.name == org)
    p = next(a for a in actors if a.kind == "place" and a.name == place)
    assert _own_seat(doc, (o, p)) is own
