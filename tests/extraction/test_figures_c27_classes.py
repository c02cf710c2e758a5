"""Figures as writers the engine was not tuned on give them (issue 2, the figure misses of
benchmarks/corpus27 taken as classes): ranks after "places it", Dutch "op N na grootste"
beyond five, counts of partner cities and sister ports "with N foreign cities / ports", and
one count of partners per subject. Every text is written for these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Ningbo handled 600 million tonnes in 2019, which places it 3rd among ports.",
            "ningbo",
            3,
        ),
        ("Tianjin moved 300 million tonnes, which put it in sixth place worldwide.", "tianjin", 6),
        ("Antwerpen is de op zes na grootste haven van de wereld.", "antwerpen", 7),
        ("Almere is de op 7 na grootste stad van het land.", "almere", 8),
        ("Breda is de op twee na grootste stad van Noord-Brabant.", "breda", 3),
    ],
)
def test_figures_rank_after_places_it_and_op_n_na(text: str, subject: str, value: int) -> None:
    """'which places it 3rd', 'de op zes na grootste' (the seventh largest) give the rank."""
    assert (subject, "rank", float(value), None) in figures_of(text)


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        ("Yangzhou has established sister city relations with 10 foreign cities.", "yangzhou", 10),
        ("Gent heeft stedenbanden met 6 buitenlandse steden.", "gent", 6),
        ("Kiel unterhält Partnerschaften mit 7 ausländischen Städten.", "kiel", 7),
        ("Nantes entretient des jumelages avec 8 villes étrangères.", "nantes", 8),
        ("Fangchenggang has sister-port agreements with 12 ports in Asia.", "fangchenggang", 12),
        ("The Port of Tacoma currently has 9 sister port agreements.", "port tacoma", 9),
    ],
)
def test_figures_partner_count_of_foreign_cities_and_sister_ports(
    text: str, subject: str, value: int
) -> None:
    """Partners counted as foreign cities, or as sister ports, are the subject's partners."""
    assert (subject, "sister_cities", float(value), None) in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds has 5 Chinese sister cities.",
        "The port has trade relations with more than 450 ports in 130 countries.",
    ],
)
def test_figures_part_of_partners_or_trade_ports_not_counted(text: str) -> None:
    """Partners of one country are a part, ports traded with are no partners: no count."""
    assert not any(f[1] == "sister_cities" for f in figures_of(text))


def test_figures_one_partner_count_per_subject() -> None:
    """Three new partners of this year and twenty-four in all: the larger count stays."""
    text = (
        "Wuxi set friendly relationships with 3 foreign cities this week. "
        "Wuxi now has sister city relationships with 24 cities in 17 countries."
    )
    counts = {f for f in figures_of(text) if f[1] == "sister_cities"}
    assert counts == {("wuxi", "sister_cities", 24.0, None)}
