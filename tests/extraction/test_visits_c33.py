"""Visits on unseen text (issue 2, session 19): a visit over two listed days ("am 14. und
15. Mai 2019") is read with its host after the days and dated by the first day. Every text is
written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    "text",
    [
        "Eine Delegation aus Wuxi besuchte am 14. und 15. Mai 2019 Hilden.",
        "Eine Delegation aus Wuxi besuchte am 14. und 15.05.2019 die Stadt Hilden.",
        "A delegation from Wuxi visited Hilden on 14 and 15 May 2019.",
        "Een delegatie uit Wuxi bezocht Hilden op 14 en 15 mei 2019.",
        "Une délégation de Wuxi a visité Hilden les 14 et 15 mai 2019.",
        "Une délégation de Wuxi a visité Hilden les 14 et 15/05/2019.",
    ],
)
def test_visits_two_listed_days_first_day(text: str) -> None:
    """A visit told over two listed days is one visit, dated by the first of them, with its
    host named after the days as well as before them."""
    assert _visits(text) == {("wuxi", "hilden", "2019-05-14")}


def test_visits_single_day_after_verb_unchanged() -> None:
    """A German visit with one day between the verb and its host keeps that day."""
    text = "Eine Delegation aus Wuxi besuchte am 14. Mai 2019 Hilden."
    assert _visits(text) == {("wuxi", "hilden", "2019-05-14")}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-06-16\nKassel stärkt Beziehungen zu China\n\nDie Stadt Kassel arbeitet "
            "mit chinesischen Städten zusammen. Im Mai 2024 besuchte eine Delegation unter der "
            "Leitung von Oberbürgermeister Jan Müller die Stadt Wuxi.",
            ("kassel", "wuxi", "2024-05"),
        ),
        (
            "date 2024-06-16\nKassel stärkt Beziehungen zu China\n\nDie Stadt Kassel arbeitet "
            "mit chinesischen Städten zusammen. Im Mai 2024 besuchte eine Delegation um "
            "Oberbürgermeister Jan Müller die Partnerstadt Wuxi.",
            ("kassel", "wuxi", "2024-05"),
        ),
        (
            "date 2024-06-16\nGent versterkt banden met China\n\nDe stad Gent werkt samen met "
            "Chinese steden. In mei 2024 bezocht een delegatie onder leiding van burgemeester "
            "Jan de Vries de stad Wuxi.",
            ("gent", "wuxi", "2024-05"),
        ),
        (
            "date 2024-06-16\nKassel stärkt Beziehungen zu China\n\nDie Stadt Kassel arbeitet "
            "mit chinesischen Städten zusammen. Im Mai 2024 besuchte eine Delegation unter "
            "Leitung von Vizebürgermeister Li Wei aus Wuxi die Stadt Kassel.",
            ("wuxi", "kassel", "2024-05"),
        ),
        (
            "date 2024-06-16\nGent versterkt banden met China\n\nDe stad Gent werkt samen met "
            "Chinese steden. In mei 2024 bezocht een delegatie onder leiding van "
            "loco-burgemeester Li Wei uit Wuxi de stad Gent.",
            ("wuxi", "gent", "2024-05"),
        ),
    ],
)
def test_visits_led_subject_after_verb(text: str, visit: tuple[str, str, str]) -> None:
    """A subject after the verb with its leader ("besuchte eine Delegation unter der Leitung
    von X die Stadt Wuxi", "bezocht een delegatie onder leiding van burgemeester X de stad
    Wuxi") is the document's own side, or the leader's place, visiting the place named
    after the leader: one visit, in that direction only."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-06-16\nLeeds strengthens ties with China\n\nThe city of Leeds works with "
            "Chinese cities. A delegation led by Mayor John Smith of Wuxi visited Leeds in May "
            "2024.",
            ("wuxi", "leeds", "2024-05"),
        ),
        (
            "date 2024-06-16\nLyon renforce ses liens avec la Chine\n\nLa ville de Lyon coopère "
            "avec des villes chinoises. En mai 2024, une délégation conduite par M. Li Wei, "
            "vice-maire de Wuxi, a visité Lyon.",
            ("wuxi", "lyon", "2024-05"),
        ),
    ],
)
def test_visits_led_by_leader_place_before_verb(text: str, visit: tuple[str, str, str]) -> None:
    """A delegation led by an official of a place, told before its verb in English and
    French, stays that place's visit."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2023-10-20\nLucerne et Guilin fêtent quarante ans\n\nLa ville de Lucerne est "
            "jumelée avec Guilin. Arrivés le 12 octobre, les Lucernois ont été reçus par le "
            "maire de Guilin, Qin Siyuan.",
            ("lucerne", "guilin", "2023-10-12"),
        ),
        (
            "date 2023-10-20\nTilburg en Wuxi vieren\n\nDe stad Tilburg is verbonden met Wuxi. "
            "Op 12 oktober werden de Tilburgers ontvangen door de burgemeester van Wuxi.",
            ("tilburg", "wuxi", "2023-10-12"),
        ),
        (
            "date 2023-10-20\nTilburg and Wuxi celebrate\n\nThe city of Tilburg is linked with "
            "Wuxi. On 12 October the Tilburgers were received by the Mayor of Wuxi.",
            ("tilburg", "wuxi", "2023-10-12"),
        ),
        (
            "date 2023-10-20\nSchwetzingen und Wuxi feiern\n\nDie Stadt Schwetzingen ist mit "
            "Wuxi verbunden. Am 12. Oktober wurden die Schwetzinger vom Bürgermeister von Wuxi "
            "empfangen.",
            ("schwetzingen", "wuxi", "2023-10-12"),
        ),
    ],
)
def test_visits_inhabitants_received(text: str, visit: tuple[str, str, str]) -> None:
    """The inhabitants of a place named by a noun made from it ("les Lucernois", "de
    Tilburgers"), received by the host's official, are that place's visit."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "From 15 to 19 May 2017 a delegation from Brittany was in Shandong. On 16 May 2017 "
            "the delegation travelled to Jinan.",
            ("brittany", "jinan", "2017-05-16"),
        ),
        (
            "Du 15 au 19 mai 2017, une délégation de Bretagne était au Shandong. Le 16 mai 2017, "
            "la délégation a rejoint Jinan.",
            ("bretagne", "jinan", "2017-05-16"),
        ),
        (
            "Vom 15. bis 19. Mai 2017 besuchte eine Delegation aus Kiel die Provinz Shandong. "
            "Am 16. Mai 2017 reiste die Kieler Delegation nach Jinan.",
            ("kiel", "jinan", "2017-05-16"),
        ),
        (
            "Van 15 tot 19 mei 2017 bezocht een delegatie uit Gent de provincie Shandong. Op 16 "
            "mei 2017 reisde de Gentse delegatie naar Jinan.",
            ("gent", "jinan", "2017-05-16"),
        ),
    ],
)
def test_visits_region_of_a_stay_left_out(text: str, visit: tuple[str, str, str]) -> None:
    """A stay in a province whose city the same delegation reaches on a day of that stay is
    the city's visit; the province's is left out."""
    assert _visits(text) == {visit}


def test_visits_region_of_another_trip_kept() -> None:
    """A province visited on one trip and its city on a trip years later are two visits."""
    text = (
        "In May 2017 a delegation from Leeds visited Shandong. In March 2019 the Mayor of Leeds "
        "travelled to Jinan."
    )
    assert ("leeds", "shandong", "2017-05") in _visits(text)
