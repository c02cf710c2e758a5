"""Visits on unseen text (issue 2, corpus27's classes of misses): the convention that an act
signed at one party's place is a visit of the other party, for organisations as for places
(docs/facts-format.md, "Visits"), a signing told paragraphs after its act, the news idioms of
signing, every act of a ceremony, a town hall named by a hyphenated town's adjective, and a
stay in a country told again by its city. Every text is written for these tests and read by
the whole pipeline."""

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


def test_visits_signing_told_paragraphs_after_its_act() -> None:
    """A sentence that places the signing several paragraphs after the act was reported, and
    names one of its parties, is read with that act; its day without a year takes the year of
    the page's date on a header line."""
    text = (
        "Port news | March 3, 2022\n\n"
        "Ports agree to share data\n\n"
        "A memorandum of understanding between the Port of Tacoma and the Xiamen Port "
        "Holding Group commits the two ports to exchange cargo statistics.\n\n"
        "The partners will also train crane operators together and study a direct shipping "
        "line across the Pacific.\n\n"
        "Both sides expect more containers on the route next year, the port's director said.\n\n"
        "The director and a vice president of the Xiamen Port Holding Group put their names to "
        "the memorandum February 24 in Xiamen."
    )
    assert ("port tacoma", "xiamen", "2022-02-24") in _visits(text)


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


def test_visits_town_hall_of_a_hyphenated_town() -> None:
    """The town hall named by the adjective of a town with a hyphen in its name
    ("im Bietigheim-Bissinger Rathaus") is that town's: the signing there is the partner's
    visit."""
    text = (
        "date 2019-07-20\nBietigheim-Bissingen und Jinan haben eine Freundschaftsvereinbarung "
        "geschlossen. Die Vereinbarung wurde am 18. Juli im Bietigheim-Bissinger Rathaus "
        "unterzeichnet."
    )
    assert ("jinan", "bietigheim bissingen", "2019-07-18") in _visits(text)


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


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2022-05-12\nDuring an official visit to the province of Hubei, the Province of "
            "Limburg opened a trade office. The mission began last Monday.",
            ("limburg", "hubei", "2022-05-09"),
        ),
        (
            "date 2022-05-12\nTijdens een officieel bezoek aan de provincie Hubei opende de "
            "provincie Limburg een handelskantoor. De handelsmissie begon afgelopen maandag.",
            ("limburg", "hubei", "2022-05-09"),
        ),
        (
            "date 2022-05-12\nUne délégation de Rennes s'est rendue à Wuhan pour ouvrir un "
            "bureau commercial. La mission a débuté lundi.",
            ("rennes", "wuhan", "2022-05-09"),
        ),
        (
            "date 2022-05-12\nEine Delegation des Landes Hessen ist zu einem offiziellen Besuch "
            "in der Provinz Hubei. Die Reise begann am Montag.",
            ("hessen", "hubei", "2022-05-09"),
        ),
    ],
)
def test_visits_dated_by_the_sentence_that_tells_its_start(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A visit its own sentence leaves undated takes the date of another sentence that tells
    when the mission or trip began ("The mission began last Monday", a weekday of the page's
    week)."""
    word, host, day = visit
    assert any(word in v[0] and v[1:] == (host, day) for v in _visits(text))


def test_visits_a_hoped_for_delegation_is_no_visit() -> None:
    """A delegation a mayor "hoped to host" has not come: no visit."""
    text = (
        "date 2021-10-06\nMayor Smith said that Portland hoped to host a delegation from "
        "Kaohsiung as soon as travel allowed."
    )
    assert not any(v[:2] == ("kaohsiung", "portland") for v in _visits(text))
