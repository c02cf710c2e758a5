"""Visits on unseen text (issue 2, corpus27's classes of misses): the convention that an act
signed at one party's place is a visit of the other party, for organisations as for places
(docs/facts-format.md, "Visits"), the news idioms of signing, every act of a ceremony, a
partner's country that is no signing place, and a stay in a country told again by the city of
its signing. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2021-04-15\nThe Port of Ostend and the Ningbo Harbour Group signed a "
            "memorandum of understanding on 12 April in Ningbo.",
            ("ostend", "ningbo", "2021-04-12"),
        ),
        (
            "date 2021-04-15\nDe Haven van Oostende en de Ningbo Harbour Group ondertekenden "
            "op 12 april in Ningbo een samenwerkingsakkoord.",
            ("oostende", "ningbo", "2021-04-12"),
        ),
        (
            "date 2021-04-15\nLe Port de Sète et le Ningbo Harbour Group ont signé le 12 avril "
            "à Ningbo un accord de coopération.",
            ("sete", "ningbo", "2021-04-12"),
        ),
        (
            "date 2021-04-15\nDer Hafen Rostock und die Ningbo Harbour Group haben am 12. April "
            "in Ningbo eine Kooperationsvereinbarung unterzeichnet.",
            ("rostock", "ningbo", "2021-04-12"),
        ),
    ],
)
def test_visits_organisations_signing_at_the_partners_place(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """Two organisations that sign an act in the city one of them is named after: the other
    one visits that city on the day of the signing (the convention of a signing at the
    partner's place, as for two places); the visitor is the organisation, whatever the
    form of its name."""
    word, host, day = visit
    assert any(word in v[0] and v[1:] == (host, day) for v in _visits(text))


def test_visits_every_act_of_a_ceremony_is_a_visit() -> None:
    """A ceremony at one city where it concluded acts with several partners is a visit of
    each partner, not of the first one only."""
    text = (
        "On 14 May 2019 Suzhou signed a sister city agreement with Tampere and a letter of "
        "intent with Gdansk. The mayors of Tampere and Gdansk attended the ceremony held in "
        "Suzhou."
    )
    found = _visits(text)
    assert ("tampere", "suzhou", "2019-05-14") in found
    assert ("gdansk", "suzhou", "2019-05-14") in found


def test_visits_sister_city_in_a_country_is_not_where_it_was_signed() -> None:
    """ "Its first sister city in Japan" says where the partner lies, not where the act was
    signed: no visit to the partner from it."""
    text = (
        "date 2023-06-02\nOita became Tainan's first sister city in Japan when the two "
        "mayors put their signatures to the agreement today."
    )
    assert not any(v[:2] == ("tainan", "oita") for v in _visits(text))


def test_visits_stay_in_a_country_told_again_by_its_city() -> None:
    """A delegation "in Belgium since Monday" that signs "in Antwerp on Tuesday" made one visit
    to Antwerp, dated by its first day."""
    text = (
        "date 2022-06-16\nThe Mombasa Port Authority and the Port of Antwerp signed a "
        "cooperation agreement in Antwerp on Tuesday. A delegation of the Mombasa Port "
        "Authority has been in Belgium since Monday."
    )
    found = _visits(text)
    assert ("mombasa port authority", "antwerp", "2022-06-13") in found
    assert not any(v[1] == "belgium" for v in found)


def test_visits_a_place_in_another_clause_is_no_signing_place() -> None:
    """A country named in another clause than the signing ("few people in Scotland ...") does
    not say where the act was signed: no visit from it."""
    text = (
        "When the mayors of Leith and Dalian put their names to a friendship agreement in 1992, "
        "few people in Scotland had heard of the port."
    )
    assert not any(v[:2] == ("dalian", "leith") for v in _visits(text))
