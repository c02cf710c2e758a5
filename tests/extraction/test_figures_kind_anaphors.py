"""Figures whose subject is an organisation named back by a general word (issue 2): "the
port" after a text about a port city is the port named after that city, not the last port
named ("Felixstowe ... Ningbo-Zhoushan Port Group ... Felixstowe, Britain's largest port ...
Around 3,000 people work for the port"); "L'établissement", "the institution", "de
instelling", "die Einrichtung" name back the university or institute named before. Every
text is written for these tests."""

from __future__ import annotations

import pytest

from factsets import figures_of


def _subjects(text: str, measure: str) -> set[str]:
    return {s for s, m, _, _ in figures_of(text) if m == measure}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Harwich and Qingdao sign port pact\n\nThe Port of Harwich and the Qingdao Port "
            "Group signed a sister port agreement. "
            "Qingdao Port Group runs terminals all along the coast. Harwich, a small town in "
            "Essex, is proud of its ferries. About 1,200 people work for the port.",
            "port harwich",
        ),
        (
            "De haven van Vlissingen en de Dalian Port Group tekenden een akkoord. De Dalian "
            "Port Group beheert terminals in heel Liaoning. Vlissingen is een stad in Zeeland "
            "met een lange geschiedenis. De haven telt ongeveer 2.000 werknemers.",
            "haven van vlissingen",
        ),
        (
            "Emden und Tianjin: Hafenabkommen\n\nDer Hafen Emden und die Tianjin Port Group "
            "unterzeichneten ein Abkommen. Die "
            "Tianjin Port Group betreibt Terminals in ganz Nordchina. Emden ist eine Stadt in "
            "Ostfriesland. Der Hafen beschäftigt rund 1.500 Mitarbeiter.",
            "hafen emden",
        ),
        (
            "Le port de Sète et le Ningbo Port Group ont signé un accord. Le Ningbo Port Group "
            "gère des terminaux dans tout le Zhejiang. Sète est une ville de l'Hérault. Le "
            "port emploie 900 agents.",
            "port de sete",
        ),
    ],
)
def test_figures_the_port_of_the_topic_city(text: str, subject: str) -> None:
    """'The port' in a sentence after one about a city is the port named after that city."""
    assert _subjects(text, "employees") == {subject}


@pytest.mark.parametrize(
    ("text", "subject", "measure"),
    [
        (
            "L'Université de Savoie Mont Blanc a reçu une délégation de Harbin. Chambéry "
            "compte 60 000 habitants. L'établissement compte près de 15 000 étudiants.",
            "universite de savoie mont blanc",
            "students",
        ),
        (
            "Keele University welcomed guests from Shenyang. Newcastle-under-Lyme, the town "
            "next to the campus, has 75,000 residents. The institution employs about 2,100 "
            "staff.",
            "keele university",
            "employees",
        ),
        (
            "De Universiteit Hasselt ontving een delegatie uit Xiamen. Hasselt telt 80.000 "
            "inwoners. De instelling telt ruim 6.000 studenten.",
            "universiteit hasselt",
            "students",
        ),
        (
            "Die Universität Passau empfing Gäste aus Nanjing. Passau hat 53.000 Einwohner. "
            "Die Einrichtung hat rund 11.000 Studierende.",
            "universitat passau",
            "students",
        ),
    ],
)
def test_figures_general_word_names_back_the_university(
    text: str, subject: str, measure: str
) -> None:
    """'L'établissement', 'the institution', 'de instelling', 'die Einrichtung' name back the
    university named before, even after a sentence about its city: the figure is the
    university's, not the city's."""
    assert _subjects(text, measure) == {subject}


def test_figures_port_of_another_place_stays_the_last_port() -> None:
    """A city topic with no port named after it leaves 'the port' to the port named last."""
    text = (
        "The Port of Tilbury signed a memorandum with the Port of Lianyungang. Lianyungang "
        "lies in Jiangsu. About 4,000 people work for the port."
    )
    assert _subjects(text, "employees") == {"port lianyungang"}


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "The ports of Seattle and Tacoma handled 3.4 million TEU together in 2023.",
            "ports seattle and tacoma",
            3400000.0,
        ),
        (
            "De havens van Gent en Terneuzen verwerkten vorig jaar samen 70 miljoen ton goederen.",
            "havens van gent en terneuzen",
            70000000.0,
        ),
        (
            "Die Häfen in Hamburg und Cuxhaven schlugen 2023 zusammen 120 Millionen Tonnen "
            "Güter um.",
            "hafen in hamburg und cuxhaven",
            120000000.0,
        ),
        (
            "Les ports du Havre et de Rouen ont traité 80 millions de tonnes de marchandises "
            "en 2023.",
            "ports du havre et de rouen",
            80000000.0,
        ),
    ],
)
def test_figures_ports_of_two_places_are_one_subject(text: str, subject: str, value: float) -> None:
    """'The ports of A and B handled N': the figure is the two ports', named as written, not
    the second port's or a city's."""
    assert {s for s, _, v, _ in figures_of(text) if v == value} == {subject}


def test_figures_ports_of_the_topic_city_keep_it_the_topic() -> None:
    """The joint ports of two places do not take over the sentences after them: the city the
    text is about stays their topic."""
    text = (
        "Die Stadt Bremen hatte 2023 rund 570.000 Einwohner. Die Häfen in Bremen und "
        "Bremerhaven schlugen 2023 zusammen 65 Millionen Tonnen um. An den Hochschulen "
        "studieren 37.000 junge Menschen."
    )
    found = figures_of(text)
    assert ("hafen in bremen und bremerhaven", "cargo_tonnes", 65000000.0, 2023) in found
    assert {s for s, m, _, _ in found if m == "students"} == {"bremen"}
