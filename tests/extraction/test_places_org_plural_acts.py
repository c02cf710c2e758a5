"""Acts of organisations (schools, universities, ports) in four languages: a plural anaphor
of schools or ports ("the two schools", "beide scholen", "les deux lycées", "die beiden
Schulen") stands for the two organisations named last, also after "between" behind a definite
act word ("the agreement between the two universities"); a French "en" before a country ends
an organisation's name ("l'Université de Lille en Chine"); an institution named by its acronym
alone, several times, is an organisation ("De HWB", "QZTU President")."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract

_DAY = date(2026, 11, 2)


def _acts(text: str, language: str) -> set[tuple[frozenset[str], str]]:
    doc = extract(text, language=language, document_date=_DAY).doc
    return {
        (frozenset(p.name for p in a.parties), a.signed.iso() if a.signed else "")
        for a in doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "language", "parties", "signed"),
    [
        (
            "Delegates of Bolton College met the Wuxi Institute of Technology in 2019. The two "
            "schools signed an exchange agreement in March 2021.",
            "en",
            {"Bolton College", "Wuxi Institute of Technology"},
            "2021-03",
        ),
        (
            "Le lycée Jean-Monnet de Dijon a accueilli le lycée n°2 de Suzhou en 2024. Les deux "
            "lycées ont signé le 4 mars 2025 une convention d'échanges.",
            "fr",
            {"lycée Jean-Monnet", "lycée n°2 de Suzhou"},
            "2025-03-04",
        ),
        (
            "Das Goethe-Gymnasium Kamenz und die Jintan No. 1 High School trafen sich 2012. Im "
            "Mai 2013 unterzeichneten die beiden Schulen einen Kooperationsvertrag.",
            "de",
            {"Goethe-Gymnasium Kamenz", "Jintan No. 1 High School"},
            "2013-05",
        ),
        (
            "Het Stedelijk Lyceum Zutphen ontving in 2025 leerlingen van de Jiujiang Vocational "
            "School. Op 16 maart 2026 tekenden beide scholen een samenwerkingsakkoord.",
            "nl",
            {"Stedelijk Lyceum Zutphen", "Jiujiang Vocational School"},
            "2026-03-16",
        ),
    ],
)
def test_acts_plural_school_anaphor_binds_the_two_schools(
    text: str, language: str, parties: set[str], signed: str
) -> None:
    """'the two schools' and its translations stand for the two schools named before."""
    assert (frozenset(parties), signed) in _acts(text, language)


@pytest.mark.parametrize(
    ("text", "language", "parties", "signed"),
    [
        (
            "Leeds Beckett University welcomed Zhejiang University in May. The agreement "
            "between the two universities was signed in 2016.",
            "en",
            {"Leeds Beckett University", "Zhejiang University"},
            "2016",
        ),
        (
            "Dijon et Suzhou sont jumelées depuis 2006. Le lycée Jean-Monnet de Dijon a accueilli "
            "le lycée n°2 de Suzhou. La convention entre les deux établissements a été signée "
            "en 2016.",
            "fr",
            {"lycée Jean-Monnet", "lycée n°2 de Suzhou"},
            "2016",
        ),
    ],
)
def test_acts_definite_act_between_two_organisations(
    text: str, language: str, parties: set[str], signed: str
) -> None:
    """'the agreement between the two universities' is an act of those two, not the act
    reported last (the cities' twinning)."""
    acts = _acts(text, language)
    assert (frozenset(parties), signed) in acts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mission de l'Université de Lille en Chine\n\nDes enseignants de l'Université de "
            "Lille ont séjourné en Chine du 4 au 9 avril 2022.",
            "Université de Lille",
        ),
        (
            "Le Port de Bordeaux en France a accueilli des représentants du Port de Ningbo.",
            "Port de Bordeaux",
        ),
    ],
)
def test_places_french_en_before_a_country_ends_the_name(text: str, name: str) -> None:
    """French 'en' before a country is the preposition 'in', no part of the name."""
    doc = extract(text, language="fr").doc
    orgs = {m.name for m in doc.mentions if m.kind == "organisation"}
    assert name in orgs
    assert not any(" en " in o for o in orgs)


def test_places_french_en_before_a_discipline_stays_in_the_name() -> None:
    """'Institut de Recherche en Informatique de Toulouse': 'en' before a discipline, not a
    place, stays inside the name."""
    text = "L'Institut de Recherche en Informatique de Toulouse a reçu une délégation."
    doc = extract(text, language="fr").doc
    orgs = {m.name for m in doc.mentions if m.kind == "organisation"}
    assert "Institut de Recherche en Informatique de Toulouse" in orgs


@pytest.mark.parametrize(
    ("text", "language", "acronym", "partner"),
    [
        (
            "QZTU delegation visits Portugal\n\nQZTU President Li Ming led a delegation to the "
            "University of Coimbra. On 10 May 2025 QZTU and the University of Coimbra signed a "
            "memorandum of understanding. QZTU will send ten students next year.",
            "en",
            "QZTU",
            "University of Coimbra",
        ),
        (
            "De rector van de HWB reist naar China. De HWB tekende in 2020 een "
            "samenwerkingsakkoord met Fudan University. Volgend jaar ontvangt de HWB een "
            "delegatie uit Shanghai.",
            "nl",
            "HWB",
            "Fudan University",
        ),
        (
            "La présidente de l'UCB s'est rendue en Chine. Le 3 avril 2024, l'UCB a signé un "
            "accord-cadre avec l'Université Tongji. L'UCB accueillera dix étudiants.",
            "fr",
            "UCB",
            "Université Tongji",
        ),
        (
            "Die Rektorin der HSKW reiste nach China. Am 3. April 2024 unterzeichnete die HSKW "
            "einen Kooperationsvertrag mit der Tongji University. Die HSKW erwartet zehn "
            "Studierende.",
            "de",
            "HSKW",
            "Tongji University",
        ),
    ],
)
def test_places_lone_acronym_is_an_organisation(
    text: str, language: str, acronym: str, partner: str
) -> None:
    """An acronym the page uses three times for its own institution, with no full name, is
    an organisation, and it can sign."""
    doc = extract(text, language=language, document_date=_DAY).doc
    orgs = {m.name for m in doc.mentions if m.kind == "organisation"}
    assert acronym in orgs
    parties = [{p.name for p in a.parties} for a in doc.agreements]
    assert {acronym, partner} in parties


@pytest.mark.parametrize(
    "text",
    [
        # a currency and a bloc, used three times, beside a named organisation
        "Ghent University spent 3 million EUR in 2024, 2 million EUR in 2023 and 1 million "
        "EUR in 2022 on exchanges with the EU, the EU and the EU.",
        # a surname written in capitals
        "ZHAO Wei of Fudan University met Ghent University. ZHAO said that ZHAO will return.",
        # a Roman numeral of an article's number
        "Article III of the accord between Ghent University and Fudan University sets the "
        "fees. Article III also names the deans. Under Article III, each side pays its travel.",
        # a programme's acronym that never stands where an institution does
        "Ghent University joined a forum on BRI projects in 2024. Speakers said BRI loans grew "
        "and that BRI trade routes now reach Europe.",
    ],
)
def test_places_lone_acronym_not_for_common_capitals(text: str) -> None:
    """Currencies, blocs, surnames in capitals, Roman numerals and acronyms never used as an
    institution's name (with an article, before a title, as the subject of an act or a visit)
    are no organisations."""
    doc = extract(text, language="en").doc
    orgs = {m.name for m in doc.mentions if m.kind == "organisation"}
    assert not orgs & {"EUR", "EU", "ZHAO", "III", "BRI"}
