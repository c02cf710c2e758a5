"""School twinnings and school names: a school partnership binds two schools, never their
towns; a German "Gymnasium" closed by "am/im/zum" and a time or direction word is no name; a
numbered school's town is known from a place preposition anywhere (also at a sentence start);
a tie's count reads back only inside its clause."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_years import tie_counts


@pytest.mark.parametrize(
    "text",
    [
        "Die Realschule in Gera unterhält seit 2015 eine Schulpartnerschaft mit einer Schule "
        "in Xiamen.",
        "Seit 2012 besteht eine Schulpartnerschaft zwischen einer Grundschule in Jena und "
        "einer Schule in Wuhan.",
    ],
)
def test_school_partnership_between_towns_is_no_act(text: str) -> None:
    """A school partnership whose parties read as the schools' towns gives no act at all."""
    doc = extract(text).doc
    assert [sorted(p.name for p in a.parties) for a in doc.agreements] == []


def test_school_partnership_between_schools_is_kept() -> None:
    """A school partnership between two named schools stays an act between the schools."""
    doc = extract(
        "Das Schiller-Gymnasium unterhält seit 2011 eine Schulpartnerschaft mit dem "
        "Städtischen Gymnasium Ahlen."
    ).doc
    assert [(sorted(p.name for p in a.parties), a.type) for a in doc.agreements] == [
        (["Schiller-Gymnasium", "Städtisches Gymnasium Ahlen"], "sister_city")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Gymnasium am Dienstag begrüßte Lehrer aus Xiamen.", "Gymnasium am Dienstag"),
        ("Eine Klasse vom Gymnasium im Herbst 2021 flog nach Xiamen.", "Gymnasium im Herbst"),
        ("Das Gymnasium im Süden der Stadt lud Lehrer aus Xiamen ein.", "Gymnasium im Süden"),
        (
            "Das Städtische Gymnasium im Januar lud Lehrer aus Xiamen ein.",
            "Städtisches Gymnasium im Januar",
        ),
    ],
)
def test_gymnasium_at_time_or_direction_is_no_name(text: str, name: str) -> None:
    """ "Gymnasium am/im" with a day, season, month or direction names no school."""
    doc = extract(text).doc
    assert name not in [o.name for o in doc.organisations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das Städtische Gymnasium am Stadtpark lud Lehrer aus Xiamen ein.",
            "Städtisches Gymnasium am Stadtpark",
        ),
        ("Das Gymnasium am Lindenhang lud Lehrer aus Xiamen ein.", "Gymnasium am Lindenhang"),
    ],
)
def test_gymnasium_at_street_is_a_name(text: str, name: str) -> None:
    """A street or hill after "am" names a school, with or without an adjective before it."""
    doc = extract(text).doc
    assert name in [o.name for o in doc.organisations]


def test_numbered_school_town_named_at_sentence_start() -> None:
    """A town named after a capitalised "In" at a sentence start closes a numbered school's
    name like one named after a lower-case "in"."""
    doc = extract(
        "Lehrer der Mittelschule Nr. 5 Xiwan besuchten Gera. In Xiwan leben viele Familien."
    ).doc
    assert "Mittelschule Nr. 5 Xiwan" in [o.name for o in doc.organisations]


def test_tie_counts_approximation_outside_clause_ignored() -> None:
    """An approximation word before the clause's start does not drop a count inside it."""
    low = "mehr als 20 jahre freundschaftliche beziehungen"
    assert tie_counts(low, 9, len(low)) == [(9, 20)]
