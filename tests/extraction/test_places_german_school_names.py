"""The places extractor on German schools named by a free-standing "Gymnasium": an adjective
("Städtisches", "Bischöfliches") or a founder's first name and surname before it, and its town
or the street it stands on ("am Rosenhang") after it, make one organisation, cited in the
nominative; a bare "das Gymnasium" or "das Städtische Gymnasium" without a seat is no name."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Seit 2011 pflegt die Schule einen Austausch mit dem Städtischen Gymnasium Bocholt.",
            "Städtisches Gymnasium Bocholt",
        ),
        (
            "Das Bischöfliche Gymnasium Bocholt empfing im Mai eine Gruppe aus Wuxi.",
            "Bischöfliches Gymnasium Bocholt",
        ),
        (
            "Zwischen dem Gymnasium am Rosenhang und der Wuxi No. 3 High School besteht seit "
            "2014 eine Partnerschaft.",
            "Gymnasium am Rosenhang",
        ),
        (
            "Schüler vom Gymnasium an der Lindenallee reisten im Oktober nach Qingdao.",
            "Gymnasium an der Lindenallee",
        ),
        (
            "Im Herbst besuchte eine Delegation aus Nanjing das Heinrich Heine Gymnasium Bocholt.",
            "Heinrich Heine Gymnasium Bocholt",
        ),
    ],
)
def test_german_school_named_by_gymnasium(text: str, name: str) -> None:
    """A "Gymnasium" opened by an adjective or a founder's name and closed by a town or a
    street is one organisation, its adjective in the nominative."""
    assert name in _orgs(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Das Städtische Gymnasium ist seit 2009 Partnerschule einer Schule in Wuxi.",
        "Nach dem Gymnasium studierte sie in Qingdao Maschinenbau.",
    ],
)
def test_german_school_bare_gymnasium_is_no_name(text: str) -> None:
    """A "Gymnasium" with neither a founder's name nor a town or street after it is a common
    noun, no organisation."""
    assert not any("Gymnasium" in n for n in _orgs(text, "de"))


def test_german_school_founder_without_seat() -> None:
    """A founder's first name and surname before "Gymnasium" make a name without a town."""
    names = _orgs("Seit 2012 hat das Heinrich Heine Gymnasium eine Partnerschule in Wuxi.", "de")
    assert "Heinrich Heine Gymnasium" in names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "In May the pupils of High School No. 1 Xueyan flew home. They had spent a week "
            "in Xueyan the year before.",
            "en",
            "High School No. 1 Xueyan",
        ),
        (
            "Le lycée n°2 de Xueyan accueille nos élèves. Ils partiront à Xueyan en mai.",
            "fr",
            "lycée n°2 de Xueyan",
        ),
        (
            "Leerlingen van middelbare school nr. 7 van Xueyan kwamen op bezoek. Volgend jaar "
            "reizen wij naar Xueyan.",
            "nl",
            "middelbare school nr. 7 van Xueyan",
        ),
        (
            "Die Schüler der High School No. 1 Xueyan besuchten Kamenz. Im Herbst reist "
            "unsere Gruppe nach Xueyan.",
            "de",
            "High School No. 1 Xueyan",
        ),
    ],
)
def test_numbered_school_town_named_elsewhere(text: str, language: str, name: str) -> None:
    """A numbered school's town that the gazetteer lacks closes its name when the text names
    the town as a place elsewhere ("in Xueyan", "à Xueyan", "naar Xueyan")."""
    assert name in _orgs(text, language)


def test_numbered_school_noun_after_number_stays_out() -> None:
    """A capitalised noun after a school's number that the text never names as a place is no
    part of the name ("Mittelschule Nr. 5 Schüler")."""
    names = _orgs("Die Mittelschule Nr. 5 Schüler begrüßte im Mai Gäste aus Wuxi.", "de")
    assert "Mittelschule Nr. 5" in names
