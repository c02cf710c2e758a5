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


def test_home_of_title_pair_with_partner_first_is_not_moved() -> None:
    """A title that names the Chinese city first ("Yangzhou and Breda") moves nobody: the
    rule reads only a partner country's place in the second slot."""
    text = (
        "Yangzhou and Breda mark a decade of friendship\n\n"
        "Yangzhou welcomed the guests. Yangzhou showed its gardens, and Yangzhou hosted a "
        "dinner. Breda sent a choir."
    )
    assert _home(text, "en") == "Yangzhou"
