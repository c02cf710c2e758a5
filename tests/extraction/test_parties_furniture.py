"""Mentions that are no parties: a region in an apposition that places a town or a port, a
month's abbreviation in a date, a person's surname, the persons of a mail's header lines and
salutations (texts written for these tests, in the four languages)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast


def _actor_names(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [a.name for a in build_cast(doc).actors]


def _agreement_parties(text: str, language: str) -> list[set[str]]:
    doc = extract(text, language=language).doc
    return [{p.name for p in a.parties} for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "language", "region"),
    [
        (
            "Dudley has been twinned since 2009 with Yangzhou, in eastern China's Jiangsu "
            "province. The link brings pupils to both towns every year.",
            "en",
            "Jiangsu",
        ),
        (
            "Zwolle onderhoudt sinds 2011 een stedenband met Wuxi, gelegen in de oostelijke "
            "provincie Jiangsu. Elk jaar reizen leerlingen heen en weer.",
            "nl",
            "Jiangsu",
        ),
        (
            "Le port de Wuzhou, situé dans la région chinoise du Guangxi, et le port de "
            "Douala ont signé jeudi un accord de jumelage.",
            "fr",
            "Guangxi",
        ),
        (
            "Die Stadt Erlangen pflegt seit 2015 eine Partnerschaft mit Jinan, in der "
            "ostchinesischen Provinz Shandong, und plant neue Schülerreisen.",
            "de",
            "Shandong",
        ),
    ],
)
def test_apposed_region_is_no_actor(text: str, language: str, region: str) -> None:
    """A region named in an apposition after a town or a port ("X, in eastern China's Y
    province", "X, gelegen in de provincie Y", "dans la région ... du Y") places it: it is no
    actor and no party."""
    assert region not in _actor_names(text, language)
    parties = _agreement_parties(text, language)
    assert parties  # the town's own tie is read, without the region
    assert all(region not in p for p in parties)


@pytest.mark.parametrize(
    ("text", "language", "region"),
    [
        (
            "Wuxi and Jiangsu province signed a memorandum with the city of Zwolle in May.",
            "en",
            "Jiangsu",
        ),
        (
            "Zwolle tekende in mei een overeenkomst met Wuxi en met de provincie Jiangsu.",
            "nl",
            "Jiangsu",
        ),
    ],
)
def test_joined_region_stays_an_actor(text: str, language: str, region: str) -> None:
    """A region joined to a town by "and", "en", "with" is named as a party of its own, not
    as the town's qualifier."""
    assert region in _actor_names(text, language)


def test_state_after_its_town_is_no_actor() -> None:
    """A state written after a town of that state ("Spokane, Washington, USA") qualifies the
    town, even where the name could be read as a city of its own."""
    text = (
        "The City of Bellingham, Washington, USA and the City of Tateyama, Japan, signed a "
        "sister city agreement in 1958.\n"
    )
    assert "Washington" not in _actor_names(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A cooperation agreement was signed between Kunming and Dayton on Nov. 18, 2025.", "en"),
        ("Die Städte Kassel und Yangzhou unterzeichneten am 3. Okt. 2024 einen Vertrag.", "de"),
        ("De overeenkomst tussen Delft en Ningbo werd op 4 okt. 2023 getekend.", "nl"),
        ("La convention entre Poitiers et Nanning a été signée le 12 nov. 2022.", "fr"),
    ],
)
def test_month_abbreviation_is_no_place(text: str, language: str) -> None:
    """A month's abbreviation in a date ("Nov. 18", "3. Okt.", "4 okt.", "12 nov.") is never a
    place, even where a gazetteer holds a town of that name."""
    names = {n.casefold() for n in _actor_names(text, language)}
    assert not names & {"nov", "okt", "oct"}


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        (
            "Members present: Anna Holt, Rui Ling Preston, Tom Brady.\n"
            "Rui Ling Preston said the memorandum with Dazhou had expired in 2022.",
            "en",
            "Preston",
        ),
    ],
)
def test_surname_after_first_names_is_no_place(text: str, language: str, surname: str) -> None:
    """A place's name right after a person's first names is that person's surname, there and
    where the same first names stand before it again."""
    assert surname not in _actor_names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "From: Ortega, Dana\nSent: Thursday, March 12, 2026 3:45 PM\nTo: Hansen, Ray\n"
            "Subject: Sister City\n\nDana,\nThe agreement with Kofu goes back to 1986.\nRay\n",
            "en",
            "Dana",
        ),
        (
            "Van: Jansen, Dana\nAan: Bakker, Pieter\nOnderwerp: stedenband\n\nBeste Dana,\n"
            "De stedenband met Kunming dateert van 1994.\nGroet,\nPieter\n",
            "nl",
            "Dana",
        ),
        (
            "Von: Weber, Marion\nAn: Keller, Jonas\nBetreff: Partnerschaft\n\nLiebe Marion,\n"
            "die Partnerschaft mit Xi'an besteht seit 1991.\nJonas\n",
            "de",
            "Marion",
        ),
        (
            "Von: Weber, Marion\nAn: Keller, Jonas\nBetreff: Partnerschaft\n\nLiebe Marion,\n"
            "die Partnerschaft mit Xi'an besteht seit 1991.\nJonas\n",
            "de",
            "Jona",
        ),
        (
            "De : Martin, Dana\nÀ : Roux, Paul\nObjet : jumelage\n\nBonjour Dana,\n"
            "Le jumelage avec Wuhan date de 1998.\nPaul\n",
            "fr",
            "Dana",
        ),
    ],
)
def test_mail_header_persons_are_no_places(text: str, language: str, person: str) -> None:
    """The persons a mail's header lines name ("From: Ortega, Dana", "Van:", "Von:", "De :")
    are no places there nor in the salutations and signatures of the thread, even where the
    gazetteer reads the name as another town's ("Jonas" as "Jona")."""
    assert person not in _actor_names(text, language)


def test_mail_header_office_keeps_its_places() -> None:
    """A header that names an office, not a person, takes no name out of the document."""
    text = (
        "To: Mayor and Members of the Council\nFrom: Economic Development Division\n\n"
        "Fremont signed a friendship agreement with Taizhou in 2019.\n"
    )
    assert "Taizhou" in _actor_names(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "From: Ningbo, China\nTo: Hansen, Ray\nSubject: visit\n\nNingbo\n"
            "The friendship agreement with Tacoma was renewed in 2024.\n",
            "en",
            "Ningbo",
        ),
        (
            "From: Wuxi Foreign Affairs\nTo: Hansen, Ray\nSubject: visit\n\nWuxi\n"
            "Our sister city agreement with Zwolle was renewed in 2024.\n",
            "en",
            "Wuxi",
        ),
        (
            "Van: Wuxi Buitenlandse Zaken\nAan: Bakker, Pieter\nOnderwerp: bezoek\n\nWuxi\n"
            "De stedenband met Zwolle werd in 2024 verlengd.\n",
            "nl",
            "Wuxi",
        ),
        (
            "Von: Wuxi Auswärtiges Amt\nAn: Keller, Jonas\nBetreff: Besuch\n\nWuxi\n"
            "Die Städtepartnerschaft mit Kassel wurde 2024 verlängert.\n",
            "de",
            "Wuxi",
        ),
    ],
)
def test_mail_header_place_or_office_keeps_its_places(text: str, language: str, place: str) -> None:
    """A header whose value names a place ("From: Ningbo, China") or an office of one ("From:
    Wuxi Foreign Affairs", "Van: ... Buitenlandse Zaken", "Von: ... Auswärtiges Amt") names no
    person: the place stays an actor, and a party of the agreement."""
    assert place in _actor_names(text, language)
    assert any(place in parties for parties in _agreement_parties(text, language))
