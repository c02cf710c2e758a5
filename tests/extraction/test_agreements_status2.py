"""Agreements: plans told beside dated acts, and approvals that are (or are not) signings
(issue 2, status2 classes, seen in corpus2, corpus26, corpus31 and corpus33 and on real news
pages of agreements "still being drafted" after a dated one). Every sentence here was written
for these tests.

- A further renewal named by its noun alone in its own clause, still to come ("Over een nieuwe
  verlenging wordt nog onderhandeld", "A further renewal is under negotiation", "Une nouvelle
  prolongation est à l'étude", "Über eine erneute Verlängerung wird derzeit verhandelt"), is a
  planned renewal of the act just reported: one more entry beside the dated renewal.
- A renewal asked of a council in a page of a later year than the renewal the text dates is a
  further renewal, planned, not the dated one.
- A council asked to approve ("stelt de raad voor ... goed te keuren", "wird gebeten, ...
  zuzustimmen") plans the act; an approval followed in its clause by a signing ("heeft ...
  goedgekeurd en de burgemeester ondertekende ...", "a approuvé la charte, signée le ...") is
  a signed act.
"""

from __future__ import annotations

import datetime

import pytest

from cityties.extraction import extract
from cityties.text import fold

Act = tuple[frozenset[str], str, str, str | None]


def _acts(text: str, page: datetime.date | None = None) -> set[Act]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            str(a.signed) if a.signed is not None else None,
        )
        for a in extract(text, document_date=page).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "parties", "kind", "year"),
    [
        (
            "Het vriendschapsakkoord tussen Gent en Weihai werd in 2014 ondertekend en in 2019"
            " voor vijf jaar verlengd. Over een nieuwe verlenging wordt nog onderhandeld.",
            {"gent", "weihai"},
            "friendship",
            "2019",
        ),
        (
            "Cardiff and Xiamen renewed their friendship agreement in 2019 for five years. A"
            " further renewal is under negotiation.",
            {"cardiff", "xiamen"},
            "friendship",
            "2019",
        ),
        (
            "Lyon et Canton ont renouvelé leur accord de coopération en 2018 pour cinq ans. Une"
            " nouvelle prolongation est à l'étude.",
            {"lyon", "canton"},
            "cooperation_agreement",
            "2018",
        ),
        (
            "Die Kooperationsvereinbarung zwischen Kiel und Qingdao wurde 2019 um fünf Jahre"
            " verlängert. Über eine erneute Verlängerung wird derzeit verhandelt.",
            {"kiel", "qingdao"},
            "cooperation_agreement",
            "2019",
        ),
    ],
)
def test_further_renewals_noun_alone_is_planned_entry(
    text: str, parties: set[str], kind: str, year: str
) -> None:
    """A further renewal still to come, named by its noun alone, is a planned entry of the act
    just reported, beside its dated renewal."""
    acts = _acts(text)
    key = frozenset(parties)
    assert (key, kind, "renewed", year) in acts
    assert (key, kind, "planned", None) in acts


@pytest.mark.parametrize(
    "text",
    [
        "Cardiff and Xiamen renewed their friendship agreement in 2019 for five years. A"
        " further renewal was rejected by the council.",
        "Cardiff and Xiamen renewed their friendship agreement in 2019. A further renewal was"
        " signed in 2024.",
    ],
)
def test_further_renewals_refused_or_made_is_no_plan(text: str) -> None:
    """A further renewal refused or reported made is no planned entry."""
    assert all(status != "planned" for _, _, status, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "parties", "kind", "year"),
    [
        (
            "The friendship agreement between Richmond and Xiamen was renewed in 2018 for a"
            " second five-year term. Staff recommend that the renewal of the friendship"
            " agreement with Xiamen be endorsed.",
            {"richmond", "xiamen"},
            "friendship",
            "2018",
        ),
        (
            "Het vriendschapsakkoord tussen Gent en Weihai werd in 2018 verlengd. Het college"
            " stelt de raad voor de verlenging van het vriendschapsakkoord met Weihai goed te"
            " keuren.",
            {"gent", "weihai"},
            "friendship",
            "2018",
        ),
        (
            "La convention de coopération entre Lyon et Canton a été renouvelée en 2017. Le"
            " conseil municipal est invité à approuver le renouvellement de la convention avec"
            " Canton.",
            {"lyon", "canton"},
            "cooperation_agreement",
            "2017",
        ),
        (
            "Die Partnerschaftsvereinbarung zwischen Kiel und Qingdao wurde 2016 verlängert. Der"
            " Gemeinderat wird gebeten, der Verlängerung der Vereinbarung mit Qingdao"
            " zuzustimmen.",
            {"kiel", "qingdao"},
            "cooperation_agreement",
            "2016",
        ),
    ],
)
def test_merge_renewal_asked_later_is_further_act(
    text: str, parties: set[str], kind: str, year: str
) -> None:
    """On a page of 2023, a renewal asked of the council is a planned entry beside the renewal
    the text dates years before, not a report of it."""
    acts = _acts(text, datetime.date(2023, 10, 16))
    key = frozenset(parties)
    assert (key, kind, "renewed", year) in acts
    assert (key, kind, "planned", None) in acts


def test_merge_renewal_asked_without_page_date_joins_dated() -> None:
    """Without the page's date the renewal asked for may be the dated one: one entry."""
    text = (
        "The friendship agreement between Richmond and Xiamen was renewed in 2018. Staff"
        " recommend that the renewal of the friendship agreement with Xiamen be endorsed."
    )
    acts = _acts(text)
    assert all(status != "planned" for _, _, status, _ in acts)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Het college stelt de raad voor de stedenband tussen Zwolle en Yangzhou goed te"
            " keuren.",
            {"zwolle", "yangzhou"},
        ),
        (
            "The committee recommends that the council approve the sister city agreement"
            " between Springfield and Suwon.",
            {"springfield", "suwon"},
        ),
        (
            "Le conseil municipal est invité à approuver la charte de jumelage entre Bergerac et"
            " Jiangshan.",
            {"bergerac", "jiangshan"},
        ),
        (
            "Der Gemeinderat wird gebeten, der Städtepartnerschaft zwischen Wismar und Lishui"
            " zuzustimmen.",
            {"wismar", "lishui"},
        ),
    ],
)
def test_status_council_asked_to_approve_is_planned(text: str, parties: set[str]) -> None:
    """A council asked to approve a twinning plans it: planned, no date."""
    assert _acts(text) == {(frozenset(parties), "sister_city", "planned", None)}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "De gemeenteraad heeft de stedenband tussen Zwolle en Yangzhou goedgekeurd en de"
            " burgemeester ondertekende de overeenkomst op 3 mei 2019.",
            {"zwolle", "yangzhou"},
        ),
        (
            "The council approved the sister city agreement between Springfield and Suwon and"
            " the mayors signed it on 3 May 2019.",
            {"springfield", "suwon"},
        ),
        (
            "Le conseil municipal a approuvé la charte de jumelage entre Bergerac et Jiangshan,"
            " signée le 3 mai 2019.",
            {"bergerac", "jiangshan"},
        ),
        (
            "Der Stadtrat hat der Städtepartnerschaft zwischen Wismar und Lishui zugestimmt; der"
            " Vertrag wurde am 3. Mai 2019 unterzeichnet.",
            {"wismar", "lishui"},
        ),
    ],
)
def test_status_approved_and_signed_is_signed(text: str, parties: set[str]) -> None:
    """An approval made and, in its sentence, a signing reported: signed, with its day."""
    assert _acts(text) == {(frozenset(parties), "sister_city", "signed", "2019-05-03")}


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the sister city agreement between Springfield and Suwon and"
        " authorized the Mayor to sign it.",
        "De gemeenteraad heeft de stedenband tussen Zwolle en Yangzhou goedgekeurd; de"
        " overeenkomst zal in mei worden ondertekend.",
    ],
)
def test_status_approved_then_signing_to_come_is_planned(text: str) -> None:
    """An approval with the signing still to come stays planned."""
    assert {status for _, _, status, _ in _acts(text)} == {"planned"}


def test_merge_renewal_asked_dated_by_header_line() -> None:
    """A report's header date ("Date: March 2, 2024") places the renewal asked for after the
    renewal the text dates: two entries."""
    text = (
        "Report to Council\n"
        "Date: March 2, 2024\n"
        "Re: Renewal of the Friendship Agreement with Weihai\n\n"
        "That the renewal of the friendship agreement between Tacoma and Weihai be endorsed.\n\n"
        "The friendship agreement between Tacoma and Weihai was renewed in 2019 for five years."
    )
    acts = _acts(text)
    key = frozenset({"tacoma", "weihai"})
    assert (key, "friendship", "renewed", "2019") in acts
    assert (key, "friendship", "planned", None) in acts
