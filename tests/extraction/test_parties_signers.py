"""The party of an act is the actor that can sign: the two provinces "both provinces" stands
for, not the capital where they signed; the city "the capital of the province of X" stands
for, not the province (sentences written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.pipeline import read_date_line
from factsets import ActKey, act_key

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _acts(text: str) -> set[ActKey]:
    """(parties, type, signed) of every act found."""
    doc = Doc(text=text, language=guess_language(text), document_date=read_date_line(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return {act_key(a) for a in doc.agreements}


def _parties(text: str) -> set[frozenset[str]]:
    return {parties for parties, _, _ in _acts(text)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Province of Antwerp and Hubei Province have worked together for years. "
            "Wuhan hosts many Dutch firms.\n\n"
            "On 3 May 2012, both provinces signed a friendship agreement in Wuhan.",
            {"antwerp", "hubei"},
        ),
        (
            "De provincie Gelderland en de provincie Hubei werken al lang samen. "
            "Wuhan telt veel Nederlandse bedrijven.\n\n"
            "Op 3 mei 2012 ondertekenden beide provincies in Wuhan een vriendschapsakkoord.",
            {"gelderland", "hubei"},
        ),
        (
            "La région Bretagne et la province du Shandong coopèrent depuis longtemps. "
            "Jinan accueille plusieurs entreprises bretonnes.\n\n"
            "Le 3 mai 2012, les deux provinces ont signé un accord d'amitié à Jinan.",
            {"bretagne", "shandong"},
        ),
    ],
)
def test_both_provinces_are_the_two_regions_not_the_venue(text: str, pair: set[str]) -> None:
    """ "both provinces" / "beide provincies" / "les deux provinces" signing in a city stand
    for the two regions named before, not for the city where they signed."""
    assert frozenset(pair) in _parties(text)
    assert not any(len(p) == 2 and "wuhan" in p or "jinan" in p for p in _parties(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hefei is a fast-growing city.\n\n"
        "In 2016 Ulm signed a partnership agreement with the capital of Anhui Province.",
        "Hefei ist eine schnell wachsende Stadt.\n\n"
        "Ulm unterzeichnete 2016 einen Partnerschaftsvertrag mit der Hauptstadt der Provinz Anhui.",
        "Hefei is een snelgroeiende stad.\n\n"
        "Ulm sloot in 2016 een stedenband met de hoofdstad van de provincie Anhui.",
        "Hefei est une ville en pleine croissance.\n\n"
        "En 2016, Ulm a signé un accord de jumelage avec la capitale de la province de l'Anhui.",
    ],
)
def test_capital_of_a_province_is_the_city_the_document_names(text: str) -> None:
    """An act "with the capital of (the province of) Anhui" binds the city of Anhui the
    document names (Hefei), not the province."""
    parties = _parties(text)
    assert frozenset({"ulm", "hefei"}) in parties
    assert not any("anhui" in p for p in parties)


def test_capital_of_a_province_without_its_city_stays_the_province() -> None:
    """With no city of the province named, "the capital of Anhui" is left as written (no
    city is guessed)."""
    text = "In 2016 Ulm signed a partnership agreement with the capital of Anhui Province."
    assert not any("hefei" in p for p in _parties(text))


def test_capital_in_apposition_leaves_the_region_a_qualifier() -> None:
    """ "Changsha, la capitale du Hunan": the city is named before, the region qualifies it
    and stays no party of its own acts."""
    text = (
        "Depuis 2016, la Région Bretagne est liée par un accord de coopération à la province "
        "du Hunan. La ville de Brest a signé en 2017 une déclaration d'intention avec "
        "Changsha, la capitale du Hunan."
    )
    acts = _acts(text)
    assert (frozenset({"brest", "changsha"}), "declaration_of_intent", "2017") in acts
    assert not any(parties == frozenset({"bretagne", "changsha"}) for parties, _, _ in acts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hefei ist groß.\n\nMit der Anhui University aus der Provinz Anhui hat die "
            "Hochschule Ulm 2019 einen Kooperationsvertrag geschlossen.\n\nHefei hat viele Firmen.",
            {"anhui university", "hochschule ulm"},
        ),
        (
            "Hefei is groot.\n\nMet de Anhui University uit de provincie Anhui heeft de "
            "Hogeschool Gent in 2019 een samenwerkingsakkoord gesloten.\n\n"
            "Hefei telt veel bedrijven.",
            {"anhui university", "hogeschool gent"},
        ),
        (
            "Hefei est une grande ville.\n\nAvec l'Anhui University, de la province de l'Anhui, "
            "l'Université de Lille a signé en 2019 un accord de coopération.\n\n"
            "Hefei compte de nombreuses entreprises.",
            {"anhui university", "universite de lille"},
        ),
        (
            "Hefei is a big city.\n\nWith Anhui University from Anhui Province, Lancaster "
            "University signed a cooperation agreement in 2019.\n\nHefei has many firms.",
            {"anhui university", "lancaster university"},
        ),
    ],
)
def test_fronted_partner_from_a_region_and_the_subject_sign(text: str, pair: set[str]) -> None:
    """A partner put first with "with" and the region it is from ("Mit der X aus der Provinz
    Y hat die Hochschule Z ...") signs with the subject of the main clause: the region is
    where the partner is from, and the document's likeliest place (the partner's city, named
    twice) is no party."""
    parties = _parties(text)
    assert frozenset(pair) in parties
    assert not any("hefei" in p or "anhui" in p for p in parties)


@pytest.mark.parametrize(
    ("text", "pair", "year"),
    [
        (
            "Nanchang est une grande ville. La Région Auvergne est liée à la province du Jiangxi "
            "par un accord de coopération depuis 2004. Nanchang accueille des étudiants.",
            {"auvergne", "jiangxi"},
            "2004",
        ),
        (
            "Depuis 2011, la Région Bretagne est liée par un accord de coopération à la province "
            "du Shandong.",
            {"bretagne", "shandong"},
            "2011",
        ),
    ],
)
def test_french_tie_bound_with_liee_a_names_the_partner(
    text: str, pair: set[str], year: str
) -> None:
    """ "X est liée à Y par un accord" / "X est liée par un accord à Y": the "à" after the
    participle "liée" introduces the partner, not a place where (as "jumelée à" does)."""
    assert (frozenset(pair), "cooperation_agreement", year) in _acts(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "En 2019, l'Université Jean Moulin a signé une convention de coopération avec "
            "l'Université de Wuhan.",
            {"universite jean moulin", "universite de wuhan"},
        ),
        (
            "L'Institut Paul Bocuse et l'Université de Nankin ont signé en 2019 un accord de "
            "coopération.",
            {"institut paul bocuse", "universite de nankin"},
        ),
    ],
)
def test_university_named_after_a_person_is_an_organisation(text: str, pair: set[str]) -> None:
    """A person's name right after an organisation's head word ("l'Université Jean Moulin")
    is the organisation's name, and the organisation signs."""
    assert frozenset(pair) in _parties(text)


def test_person_after_a_title_stays_a_person() -> None:
    """A title between the head word and the name ("the University President Julie Martin")
    leaves the name a person's, no organisation's."""
    from cityties.extraction.pipeline import extract

    result = extract("The University President Julie Martin signed the agreement.")
    assert ("person", "Julie Martin") in {(m.kind, m.name) for m in result.doc.mentions}


@pytest.mark.parametrize(
    ("text", "pair", "others"),
    [
        (
            "Zo zegde Assen de stedenband met Yichang al op, terwijl Emmen de band met Zibo "
            "voorlopig behoudt.",
            {"assen", "yichang"},
            {"emmen", "zibo"},
        ),
        (
            "Kassel hat die Städtepartnerschaft mit Yichang beendet, während Fulda die Beziehung "
            "zu Zibo beibehält.",
            {"kassel", "yichang"},
            {"fulda", "zibo"},
        ),
    ],
)
def test_while_clause_ends_the_partner_list(text: str, pair: set[str], others: set[str]) -> None:
    """ "terwijl" / "während" (like "while") open a clause of its own: the places named in it
    are no partners of the act before it."""
    parties = _parties(text)
    assert frozenset(pair) in parties
    owner = min(pair, key=text.lower().find)
    assert not any(owner in p and p & others for p in parties)
