"""The places extractor on German compound heads of schools, vocational colleges and chambers
("Berufsschule Heze", "Holzfachschule Frankenberg", "Berufskolleg Geldern", "Handwerkskammer
Aachen"): the compound and the place after it are one organisation of that place; a compound
alone ("eine Realschule", "die Schatzkammer") or a partner's compound ("Partnerschule Jinan")
names no organisation."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = extract(text, language=language).doc
    return [(m.name, m.org_kind) for m in doc.mentions if m.kind == "organisation"]


def _acts(text: str, language: str) -> list[tuple[set[str], str]]:
    doc = extract(text, language=language).doc
    return [({p.name for p in a.parties}, a.type) for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Die Berufsschule Rosenheim empfing im Mai eine Lehrergruppe aus Jiangsu.",
            "Berufsschule Rosenheim",
            "university",
        ),
        (
            "Seit 2015 pflegt die Musikschule Lüneburg einen Austausch mit Suzhou.",
            "Musikschule Lüneburg",
            "university",
        ),
        (
            "Das Berufskolleg Bottrop reiste im Oktober mit zehn Lehrkräften nach Peking.",
            "Berufskolleg Bottrop",
            "university",
        ),
        (
            "Die Handwerkskammer Aachen lud die Delegation aus Ningbo zu einem Empfang ein.",
            "Handwerkskammer Aachen",
            "chamber_of_commerce",
        ),
        (
            "Vertreter der Regionalkammer Zwickau reisten 2017 nach Yandu.",
            "Regionalkammer Zwickau",
            "chamber_of_commerce",
        ),
    ],
)
def test_compound_heads_name_with_place(text: str, name: str, kind: str) -> None:
    """A compound ending in -schule, -kolleg or -kammer and the place after it are one
    organisation of the compound's kind; the place is no place mention of its own."""
    doc = extract(text, language="de").doc
    orgs = [(m.name, m.org_kind) for m in doc.mentions if m.kind == "organisation"]
    assert (name, kind) in orgs
    place = name.split()[-1]
    assert place not in [m.name for m in doc.mentions if m.kind == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gäste besichtigten das Klinikum, eine Realschule und den neuen Wertstoffhof.",
        "Am Nachmittag stand ein Besuch der Schatzkammer auf dem Programm.",
        "Die Berufsschule bildet jedes Jahr 800 Lehrlinge aus.",
    ],
)
def test_compound_heads_alone_name_nothing(text: str) -> None:
    """A compound head without a name after it is a common noun, no organisation."""
    assert _orgs(text, "de") == []


def test_compound_heads_partner_school_is_no_name() -> None:
    """'Partnerschule Jinan' names the partner school's city, not a school called Jinan."""
    text = "Die Partnerschule Jinan schickte 2019 zwölf Schüler nach Cloppenburg."
    names = [n for n, _ in _orgs(text, "de")]
    assert "Partnerschule Jinan" not in names


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Die Holzfachschule Frankenberg und das Xuancheng Vocational College "
            "unterzeichneten 2008 eine Kooperationsvereinbarung.",
            {"Holzfachschule Frankenberg", "Xuancheng Vocational College"},
        ),
        (
            "Das Berufskolleg Geldern schloss 2024 einen Kooperationsvertrag mit der "
            "Berufsschule Heze in der Provinz Shandong.",
            {"Berufskolleg Geldern", "Berufsschule Heze"},
        ),
    ],
)
def test_compound_heads_are_act_parties(text: str, parties: set[str]) -> None:
    """An act signed by two schools named by compounds is theirs, not their cities'."""
    assert (parties, "cooperation_agreement") in _acts(text, "de")
