"""Agreements: statuses and renewal chains of issue 2 (corpus30 classes): a renewal whose act
noun carries its origin year ("aus dem Jahr 2012", "the 2010 agreement", "uit 2004", "de
2010") is two acts, the original and its renewal; talks that produced no act ("no agreement
was concluded", "er werd geen akkoord gesloten") are not_concluded; an act put off ("devait
être signé", "was postponed", "retarde l'officialisation") is planned; "it has not been
renewed" ends an act; a table's header row names no party. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_lists import header_rows
from cityties.text import fold

Act = tuple[frozenset[str], str, str, str | None]


def _acts(text: str) -> set[Act]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            str(a.signed) if a.signed else None,
        )
        for a in extract("date 2019-03-20\n" + text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair", "kind", "first", "again"),
    [
        (
            "Im Mai 2015 wurde die Kooperationsvereinbarung zwischen Aachen und Ningbo aus dem"
            " Jahr 2012 um weitere fünf Jahre verlängert.",
            {"aachen", "ningbo"},
            "cooperation_agreement",
            "2012",
            "2015-05",
        ),
        (
            "Am 3. Mai 2015 wurde der seit 1990 bestehende Kooperationsvertrag zwischen Aachen"
            " und Ningbo um weitere fünf Jahre verlängert.",
            {"aachen", "ningbo"},
            "cooperation_agreement",
            "1990",
            "2015-05-03",
        ),
        (
            "In May 2015 the 2010 cooperation agreement between Leeds and Ningbo was renewed for"
            " five years.",
            {"leeds", "ningbo"},
            "cooperation_agreement",
            "2010",
            "2015-05",
        ),
        (
            "In May 2015 Leeds and Ningbo renewed their cooperation agreement from 2010 for"
            " another five years.",
            {"leeds", "ningbo"},
            "cooperation_agreement",
            "2010",
            "2015-05",
        ),
        (
            "Het samenwerkingsakkoord tussen Gent en Kunming uit 2004 werd in 2014 met vijf jaar"
            " verlengd.",
            {"gent", "kunming"},
            "cooperation_agreement",
            "2004",
            "2014",
        ),
        (
            "En mai 2015, l'accord de coopération de 2010 entre Lyon et Canton a été renouvelé"
            " pour cinq ans.",
            {"lyon", "canton"},
            "cooperation_agreement",
            "2010",
            "2015-05",
        ),
    ],
)
def test_agreements_origin_year_of_a_renewed_act_is_the_original(
    text: str, pair: set[str], kind: str, first: str, again: str
) -> None:
    """The year the renewed act's noun carries dates the original act; the renewal keeps
    its own date, in all four languages."""
    acts = _acts(text)
    assert (frozenset(pair), kind, "signed", first) in acts
    assert (frozenset(pair), kind, "renewed", again) in acts


def test_agreements_renewal_range_is_no_origin() -> None:
    """A range after the renewal ("from 2015 to 2020") is its term, not an original act."""
    acts = _acts("The agreement between Leeds and Ningbo was renewed from 2015 to 2020.")
    assert not any(a[2] == "signed" and a[3] == "2015" for a in acts)


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Talks between Ghent and Kunming on a friendship agreement were held in 2021, but no"
            " agreement was concluded.",
            {"ghent", "kunming"},
            "friendship",
        ),
        (
            "Leeds University and Zhejiang University held talks on a dual-degree agreement, but"
            " the talks did not produce an agreement.",
            {"leeds university", "zhejiang university"},
            "cooperation_agreement",
        ),
        (
            "In 2017 voerden Gent en Kunming gesprekken over een vriendschapsakkoord, maar er"
            " werd geen akkoord gesloten.",
            {"gent", "kunming"},
            "friendship",
        ),
        (
            "2017 verhandelten Aachen und Ningbo über eine Städtepartnerschaft, doch es wurde"
            " keine Vereinbarung geschlossen.",
            {"aachen", "ningbo"},
            "sister_city",
        ),
        (
            "En 2017, Lyon et Canton ont discuté d'un accord de jumelage, mais aucun accord n'a"
            " été conclu.",
            {"lyon", "canton"},
            "sister_city",
        ),
    ],
)
def test_agreements_talks_without_an_act_are_not_concluded(
    text: str, pair: set[str], kind: str
) -> None:
    """Talks on an act that, the sentence says, produced none report the act as
    not_concluded, without a date, in all four languages."""
    assert (frozenset(pair), kind, "not_concluded", None) in _acts(text)


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "The signing of the friendship agreement between Ghent and Kunming was postponed to"
            " next spring.",
            {"ghent", "kunming"},
            "friendship",
        ),
        (
            "De ondertekening van het vriendschapsakkoord tussen Gent en Kunming werd uitgesteld"
            " tot het voorjaar.",
            {"gent", "kunming"},
            "friendship",
        ),
        (
            "Die Unterzeichnung der Städtepartnerschaft zwischen Aachen und Ningbo wurde"
            " verschoben.",
            {"aachen", "ningbo"},
            "sister_city",
        ),
        (
            "Le jumelage entre Lyon et Canton devait être signé en novembre; la signature est"
            " reportée au printemps.",
            {"lyon", "canton"},
            "sister_city",
        ),
        (
            "Les élections retardent encore l'officialisation du jumelage entre Lyon et Canton.",
            {"lyon", "canton"},
            "sister_city",
        ),
    ],
)
def test_agreements_postponed_or_proposed_signing_is_planned(
    text: str, pair: set[str], kind: str
) -> None:
    """An act whose signing was put off is planned and undated, in all four languages."""
    assert (frozenset(pair), kind, "planned", None) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The friendship agreement between Ghent and Kunming was signed in 2008 for ten years and"
        " lapsed in 2018; it has not been renewed.",
        "L'accord de coopération entre Lyon et Canton, signé en 2008 pour dix ans, n'a pas été"
        " renouvelé.",
    ],
)
def test_agreements_not_renewed_act_has_ended(text: str) -> None:
    """An act that "has not been renewed" ("n'a pas été renouvelé") ended: one act, dated by
    its signing, no renewal."""
    acts = _acts(text)
    assert {a[2] for a in acts} == {"ended"}
    assert {a[3] for a in acts} == {"2008"}


def test_header_rows_finds_a_table_header_over_its_rows() -> None:
    """A line of short word cells over a row with digits is a header row; a line of prose
    or a header without rows is not."""
    text = (
        "Partner towns of Leeds\n"
        "No.  Country  Town / Region  Kind  Since\n"
        "1  China  Hangzhou, Zhejiang  Sister City  1988.7.20\n"
        "Country  Town  Kind\n"
        "A line of prose.\n"
    )
    rows = header_rows(text)
    assert [text[s:e] for s, e in rows] == ["No.  Country  Town / Region  Kind  Since"]


def test_agreements_table_header_words_are_no_party() -> None:
    """The words of a table's header row ("Category  Signing Date") are column titles: no
    act has them as a party, and the first row is read."""
    text = (
        "Leeds City Council\n"
        "International partners\n\n"
        "The table lists the agreements signed by the City of Leeds.\n\n"
        "No.  Country  City / Province  Category  Signing Date\n"
        "1  Germany  Dortmund, North Rhine-Westphalia  Sister City  1969.3.1\n"
        "2  China  Hangzhou, Zhejiang  Friendship City  1988.7.20\n"
    )
    acts = _acts(text)
    assert not any("category" in " ".join(a[0]) for a in acts)
    assert any(a[0] == frozenset({"leeds", "dortmund"}) for a in acts)
