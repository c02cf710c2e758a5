"""Agreements: statuses and ends told in a later sentence that names the act back by its noun
(issue 2, corpus37 classes, seen also on provincial answers and news pages of other places): "Die
samenwerking werd in 2016 stopgezet", "L'accord n'a pas été renouvelé à son échéance", "The
agreement expired in 2020", "Die Vereinbarung wurde 2021 gekündigt". The act just reported is
ended (its end from the sentence's date or from its term); a sentence that names another
place keeps its own reading. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> dict[tuple[frozenset[str], str], tuple[str, str | None]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type): (
            a.status,
            str(a.ends) if a.ends is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair", "ends"),
    [
        (
            "Bristol and Guangzhou\n\nThe then mayor signed a cooperation agreement in Guangzhou"
            " on 4 May 2012. The agreement was terminated in 2019.",
            {"bristol", "guangzhou"},
            "2019",
        ),
        (
            "Bristol and Guangzhou\n\nThe then mayor signed a five-year cooperation agreement in"
            " Guangzhou on 4 May 2012. The agreement was not renewed when it expired.",
            {"bristol", "guangzhou"},
            "2017-05-04",
        ),
        (
            "Nantes et Qingdao\n\nLe maire de l'époque a signé le 4 mai 2012 à Qingdao un accord"
            " de coopération de cinq ans. L'accord n'a pas été renouvelé à son échéance.",
            {"nantes", "qingdao"},
            "2017-05-04",
        ),
        (
            "Kassel und Wuhan\n\nDer damalige Oberbürgermeister unterzeichnete am 4. Mai 2012 in"
            " Wuhan eine Kooperationsvereinbarung. Die Vereinbarung wurde 2019 gekündigt.",
            {"kassel", "wuhan"},
            "2019",
        ),
        (
            "Arnhem en Wuhan\n\nDe toenmalige burgemeester tekende op 4 mei 2012 in Wuhan een"
            " samenwerkingsovereenkomst. De overeenkomst werd in 2019 opgezegd.",
            {"arnhem", "wuhan"},
            "2019",
        ),
    ],
)
def test_named_back_end_ends_the_act(text: str, pair: set[str], ends: str) -> None:
    """An end told of the act named back by its noun in a later sentence ends that act (the
    parties come from the heading), at the stated end or at the end of its term."""
    acts = _acts(text)
    assert acts[(frozenset(pair), "cooperation_agreement")] == ("ended", ends)


def test_named_back_dutch_demonstrative_ends_the_act() -> None:
    """ "Die samenwerking werd ... stopgezet" after an act: the act ended that year."""
    text = (
        "Met de provincie Hubei had Gelderland sinds 2001 een vriendschapsakkoord."
        " Die samenwerking werd in 2019 stopgezet."
    )
    assert _acts(text)[(frozenset({"gelderland", "hubei"}), "friendship")] == ("ended", "2019")


@pytest.mark.parametrize(
    "text",
    [
        "Met de provincie Hubei had Gelderland sinds 2001 een vriendschapsakkoord."
        " Die samenwerking met Hubei werd in 2019 uitgebreid met een jongerenprogramma.",
        "In 2014 the city of Bristol signed a friendship agreement with Guangzhou."
        " The agreement covers trade, culture and education.",
    ],
)
def test_named_back_without_end_keeps_the_act_signed(text: str) -> None:
    """A later sentence about the act that tells no end or renewal leaves it signed."""
    statuses = {status for status, _ in _acts(text).values()}
    assert statuses == {"signed"}
