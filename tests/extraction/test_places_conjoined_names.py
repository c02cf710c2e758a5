"""The places extractor on institution names with a conjunction before their head, the usual
English shape of Chinese colleges and universities ("Xuancheng Vocational and Technical
College", "Hunan Mechanical and Electrical Polytechnic"): one organisation of its place, not
two fragments; two coordinated names stay two."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[str]:
    return [
        m.name for m in extract(text, language=language).doc.mentions if m.kind == "organisation"
    ]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Last May the Xuancheng Vocational and Technical College signed an agreement "
            "with the University of Derby.",
            "en",
            "Xuancheng Vocational and Technical College",
        ),
        (
            "Hunan Mechanical and Electrical Polytechnic signed a memorandum with Aoraki "
            "Polytechnic in 2021.",
            "en",
            "Hunan Mechanical and Electrical Polytechnic",
        ),
        (
            "Die Fachhochschule Kiel und das Yangling Vocational and Technical College "
            "unterzeichneten 2019 eine Kooperationsvereinbarung.",
            "de",
            "Yangling Vocational and Technical College",
        ),
        (
            "In 2018 ondertekenden Howest en het Nanjing Forestry and Agricultural College "
            "een overeenkomst over stages.",
            "nl",
            "Nanjing Forestry and Agricultural College",
        ),
        (
            "En 2017, le Shenzhen Vocational and Technical College a signé une convention "
            "avec le Cégep de Trois-Rivières.",
            "fr",
            "Shenzhen Vocational and Technical College",
        ),
        (
            "The Chongqing Technology and Business University signed a memorandum with "
            "Aberdeen in 2019.",
            "en",
            "Chongqing Technology and Business University",
        ),
    ],
)
def test_conjoined_heads_one_name(text: str, language: str, name: str) -> None:
    """A place, an ordinary word, "and", another and a head are one organisation's name;
    neither conjunct is left as an organisation of its own."""
    orgs = _orgs(text, language)
    assert name in orgs
    assert not any(o != name and o in name for o in orgs)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Leeds Beckett University and Zhejiang University signed a memorandum in 2019.",
            "en",
            ["Leeds Beckett University", "Zhejiang University"],
        ),
        (
            "Die Universität Passau und die Tongji University verlängerten 2020 ihren Vertrag.",
            "de",
            ["Universität Passau", "Tongji University"],
        ),
    ],
)
def test_conjoined_heads_two_names_stay_two(text: str, language: str, names: list[str]) -> None:
    """Two names joined by "and" whose second opens with a place are two organisations."""
    orgs = _orgs(text, language)
    for name in names:
        assert name in orgs
