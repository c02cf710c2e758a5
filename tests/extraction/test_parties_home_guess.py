"""The document's own place (`Cast.home`): a Dutch, French or German text is written from a
place of its own country, and a title naming a pair names its own place first."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast


def _home(text: str, language: str) -> str | None:
    doc = extract(text, language=language).doc
    home = build_cast(doc).home
    return home.name if home is not None else None


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        (
            "Sitzung des Hauptausschusses der Stadt Detmold\n\n"
            "Der Bürgermeister berichtet über das Schreiben aus Jiujiang. Jiujiang liegt am "
            "Jangtse. Eine Gruppe aus Jiujiang war im Mai in Detmold. Jiujiang wünscht eine "
            "Partnerschaft, und Jiujiang lädt den Ausschuss ein.",
            "de",
            "Detmold",
        ),
        (
            "Raadsinformatiebrief\n\n"
            "Het college meldt dat Zhangzhou opnieuw contact heeft gezocht met Deventer. "
            "Zhangzhou telt vier miljoen inwoners. Een delegatie uit Zhangzhou bezocht Deventer "
            "in april; Zhangzhou wil de band verdiepen.",
            "nl",
            "Deventer",
        ),
        (
            "Compte rendu du conseil municipal\n\n"
            "Le maire présente la lettre de la ville de Yichang. Yichang compte quatre "
            "millions d'habitants. Une délégation de Yichang est venue à Angoulême en juin, "
            "et Yichang souhaite signer une charte d'amitié avec Angoulême.",
            "fr",
            "Angoulême",
        ),
    ],
)
def test_home_of_own_language_country_before_partner(text: str, language: str, home: str) -> None:
    """A Dutch, French or German page that names the Chinese partner more often than its own
    town still has its own town as home."""
    assert _home(text, language) == home


def test_home_of_english_text_keeps_the_count() -> None:
    """An English page may be the Chinese city's own: the place named most stays the home."""
    text = (
        "Friendship cities of Yangzhou\n\n"
        "Yangzhou has built ties with many cities abroad. Yangzhou and Breda signed a "
        "friendship agreement in 2010. Yangzhou sent teachers to Breda in 2015, and Yangzhou "
        "received a delegation the year after."
    )
    assert _home(text, "en") == "Yangzhou"


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        (
            "Coventry and Jinan: twenty years of friendship\n\n"
            "Jinan, capital of Shandong, welcomed many groups over the years. Jinan and its "
            "schools sent pupils abroad; Jinan hosted a festival; Jinan is a large city.",
            "en",
            "Coventry",
        ),
        (
            "Tilburg en Chengdu verlengen hun samenwerking\n\n"
            "Chengdu is de hoofdstad van Sichuan. Chengdu telt twintig miljoen inwoners en "
            "Chengdu heeft een grote universiteit. Een bezoek aan Chengdu volgt.",
            "nl",
            "Tilburg",
        ),
        (
            "Lorient et Wuxi : dix ans d'amitié\n\n"
            "Wuxi est une grande ville du Jiangsu. Wuxi accueille des étudiants, et Wuxi "
            "prépare une exposition. Une visite à Wuxi est prévue.",
            "fr",
            "Lorient",
        ),
        (
            "Städtepartnerschaft Kassel – Changzhou\n\n"
            "Changzhou liegt in der Provinz Jiangsu. Changzhou hat vier Millionen Einwohner, "
            "und Changzhou baut eine Messe. Eine Reise nach Changzhou ist geplant.",
            "de",
            "Kassel",
        ),
    ],
)
def test_home_is_first_place_of_title_pair(text: str, language: str, home: str) -> None:
    """A title joining a place and a Chinese partner ("X and Y", "X – Y") names the home
    first, however often the text names the partner."""
    assert _home(text, language) == home


def test_home_first_line_that_is_a_sentence_is_no_title_pair() -> None:
    """A first line that is a whole sentence ("Tilburg welcomed guests from Lille and Xuzhou
    ...") is no title: its pair of guests does not make the first guest the home."""
    text = (
        "Tilburg welcomed guests from Lille and Xuzhou this spring; Tilburg showed them its "
        "university.\nTilburg and Xuzhou talked about students, and Tilburg hopes for more."
    )
    assert _home(text, "en") == "Tilburg"


def test_home_of_title_pair_with_partner_first_is_not_moved() -> None:
    """A title that names the Chinese city first ("Yangzhou and Breda") moves nobody: the
    rule reads only a partner country's place in the second slot."""
    text = (
        "Yangzhou and Breda mark a decade of friendship\n\n"
        "Yangzhou welcomed the guests. Yangzhou showed its gardens, and Yangzhou hosted a "
        "dinner. Breda sent a choir."
    )
    assert _home(text, "en") == "Yangzhou"


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        (
            "Port of Klaipeda signs memorandum with Dalian Port Group\n\n"
            "The Port of Klaipeda and Dalian Port Group signed a memorandum in Dalian. Dalian is "
            "a large harbour city; Dalian handles much of the trade. The Port of Klaipeda will "
            "send engineers.",
            "en",
            "Port of Klaipeda",
        ),
        (
            "Hogeschool Zeeland verlengt samenwerking in Qingdao\n\n"
            "Een delegatie van de Hogeschool Zeeland was in Qingdao. Qingdao ligt aan zee en "
            "Qingdao telt tien miljoen inwoners. De overeenkomst loopt vijf jaar.",
            "nl",
            "Hogeschool Zeeland",
        ),
        (
            "Université de Poitiers : un accord avec une université de Wuhan\n\n"
            "L'Université de Poitiers a signé un accord à Wuhan. Wuhan est la capitale du Hubei "
            "et Wuhan accueille de nombreux étudiants. Une visite à Wuhan suivra.",
            "fr",
            "Université de Poitiers",
        ),
        (
            "Hochschule Kiel unterzeichnet Vertrag in Qingdao\n\n"
            "Die Hochschule Kiel hat in Qingdao einen Vertrag geschlossen. Qingdao liegt am "
            "Gelben Meer, und Qingdao hat eine große Universität. Eine Reise nach Qingdao folgt.",
            "de",
            "Hochschule Kiel",
        ),
    ],
)
def test_home_is_organisation_opening_the_headline(text: str, language: str, home: str) -> None:
    """An organisation whose name opens the headline and recurs in the text writes the page,
    however often the text names the partner's city."""
    assert _home(text, language) == home


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dalian Port Group signs memorandum with the Port of Klaipeda\n\n"
            "Dalian Port Group and the Port of Klaipeda signed a memorandum in Dalian. Dalian is "
            "a large harbour city; Dalian Port Group handles much of the trade.",
            "en",
        ),
        (
            "Dutch-Chinese Business Council bezoekt Qingdao\n\n"
            "De Dutch-Chinese Business Council was in Qingdao. Qingdao ligt aan zee en de "
            "Dutch-Chinese Business Council sprak met bedrijven.",
            "nl",
        ),
    ],
)
def test_home_is_not_a_partner_or_bilateral_headline_organisation(text: str, language: str) -> None:
    """A partner country's organisation, or a body named after both sides, opening the
    headline is not the home."""
    home = _home(text, language)
    assert home not in {"Dalian Port Group", "Dutch-Chinese Business Council"}
