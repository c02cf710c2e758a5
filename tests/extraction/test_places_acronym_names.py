"""An organisation named by its acronym alone ("CSU", "de UT", "la UPN", "die HSB") beside
its full name is the same organisation, in texts of any language (texts written for these
tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast


def _org_mentions(text: str, language: str) -> list[tuple[str, str]]:
    doc = extract(text, language=language).doc
    return [
        (text[a.start : a.end], a.name) for a in build_cast(doc).actors if a.kind == "organisation"
    ]


@pytest.mark.parametrize(
    ("text", "language", "acronym", "name"),
    [
        (
            "Ridgefield State University has a long record in China. In May, RSU President "
            "Anna Holt led a delegation of RSU to Wuhan University.",
            "en",
            "RSU",
            "Ridgefield State University",
        ),
        (
            "De Universiteit Leiden werkt al jaren samen met Fudan University. Vorig jaar "
            "tekende de UL een nieuwe samenwerkingsovereenkomst.",
            "nl",
            "UL",
            "Universiteit Leiden",
        ),
        (
            "L'Université Polytechnique du Nord accueille chaque année des étudiants chinois. "
            "En mars, la UPN a reçu une délégation de l'Université de Wuhan.",
            "fr",
            "UPN",
            "Université Polytechnique du Nord",
        ),
        (
            "Die Hochschule Südbrandenburg pflegt Kontakte nach Qingdao. Im Juni empfing die "
            "HS eine Delegation der Qingdao University.",
            "de",
            "HS",
            "Hochschule Südbrandenburg",
        ),
    ],
)
def test_acronym_names_alone_acronym_is_the_organisation(
    text: str, language: str, acronym: str, name: str
) -> None:
    """The acronym made of the initials of one organisation's name, standing alone, is a
    mention of that organisation."""
    assert (acronym, name) in _org_mentions(text, language)


def test_acronym_names_two_fitting_organisations_give_none() -> None:
    """When two organisations of the document share the initials, the acronym names
    neither of them."""
    text = (
        "Harbin Normal University and Hunan Normal University both signed with Ridgefield "
        "State University. HNU students will come in September."
    )
    assert all(m != "HNU" for m, _ in _org_mentions(text, "en"))


def test_acronym_names_act_acronym_is_no_organisation() -> None:
    """An act's acronym ("MOU") is never an organisation, even where an organisation's
    initials spell it."""
    text = (
        "Marlow Oceanic University signed an MOU with Xiamen University. The MOU runs for "
        "five years."
    )
    assert all(m != "MOU" for m, _ in _org_mentions(text, "en"))


def test_acronym_names_partial_initials_give_none() -> None:
    """An acronym that is only part of the initials ("SU" for "Ridgefield State
    University") names no organisation."""
    text = "Ridgefield State University met Wuhan University. SU staff travelled in May."
    assert all(m != "SU" for m, _ in _org_mentions(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Port of Tacoma/Port of Kaohsiung (Taiwan), sister port agreement signed on "
            "4 May 1998.",
            "en",
            ["Port of Tacoma", "Port of Kaohsiung"],
        ),
        (
            "Port autonome de Cotonou/Port autonome de Dakar (Sénégal), accord signé le "
            "5 mai 2015.",
            "fr",
            ["Port autonome de Cotonou", "Port autonome de Dakar"],
        ),
        (
            "Haven van Antwerpen/Haven van Ningbo (China), samenwerkingsakkoord getekend op "
            "3 maart 2010.",
            "nl",
            ["Haven van Antwerpen", "Haven van Ningbo"],
        ),
        (
            "Hafen Hamburg/Hafen Dalian (China), Vereinbarung unterzeichnet am 5. Mai 2012.",
            "de",
            ["Hafen Hamburg", "Hafen Dalian"],
        ),
    ],
)
def test_slashed_names_head_word_after_slash_opens_a_second_name(
    text: str, language: str, names: list[str]
) -> None:
    """A head word after a slash ("Port A/Port B") opens a second organisation's name: two
    organisations, not one name holding "/Port"."""
    assert [name for _, name in _org_mentions(text, language)] == names


def test_slashed_names_second_seat_stays_in_the_name() -> None:
    """A town after a slash in an institution's name ("Hochschule Emden/Leer") stays a part
    of that one name."""
    text = "Die Hochschule Emden/Leer hat 2019 ein Abkommen mit der Tongji-Universität geschlossen."
    assert ("Hochschule Emden/Leer", "Hochschule Emden/Leer") in _org_mentions(text, "de")
