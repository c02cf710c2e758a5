"""Visits, the mends of review 31 (issue 2): a university's trip to its partner's town keeps
the town unless the text has the partner receive it; "May" the month and a modal of a
relative clause are no hedge; the noun forms of a stop ("Besuch der", "bezoek aan", "visite
du") after a word of time, and no stop where a visit is only talked about; a dated meeting
with a body's head. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2016-07-01\nLeeds Trinity University and Hefei University signed a memorandum "
            "of understanding in 2015. On 12 June 2016 a delegation of Hefei University "
            "travelled to Leeds to meet the Lord Mayor at the Civic Hall.",
            ("hefei university", "leeds", "2016-06-12"),
        ),
        (
            "date 2016-07-01\nLeeds Trinity University and Hefei University signed a memorandum "
            "of understanding in 2015. On 12 June 2016 a delegation of Hefei University "
            "travelled to Leeds for the city's Chinese New Year festival.",
            ("hefei university", "leeds", "2016-06-12"),
        ),
    ],
)
def test_visits_trip_to_partners_town_keeps_the_town(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A university's trip to the town its partner university is named after, where nothing
    has that partner receive it, is a visit of the town the text writes."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-03-20\nLeeds and Hefei have worked together since 2010. In May the council "
        "confirmed that a delegation from Leeds will travel to Hefei in 2026.",
        "date 2025-03-20\nLeeds and Hefei have worked together since 2010. A delegation from "
        "Leeds, which may include business leaders, will travel to Hefei in 2026.",
    ],
)
def test_visits_month_may_and_relative_modal_are_no_hedge(text: str) -> None:
    """An announced trip of a year to come is kept when "May" is the month or the modal
    stands in a relative clause of the delegation."""
    assert ("leeds", "hefei", "2026") in _visits(text)


def test_visits_hedged_trip_still_dropped() -> None:
    """A trip of a year to come that the sentence tells as a possibility stays out."""
    text = (
        "date 2025-03-20\nLeeds and Hefei have worked together since 2010. A delegation from "
        "Leeds may travel to Hefei in 2026."
    )
    assert ("leeds", "hefei", "2026") not in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2025-05-20\n\nAm 14. Mai 2025 besuchte eine Delegation aus Hefei Osnabrück. "
            "Nach einem Besuch der Universität Osnabrück traf die Delegation den "
            "Oberbürgermeister.",
            ("hefei", "universitat osnabruck", "2025-05-14"),
        ),
        (
            "date 2025-05-20\n\nOp 14 mei 2025 bezocht een delegatie uit Tianjin Enschede. Na "
            "een bezoek aan de Universiteit Twente sprak de delegatie met de burgemeester.",
            ("tianjin", "universiteit twente", "2025-05-14"),
        ),
        (
            "date 2025-05-20\n\nLe 14 mai 2025, une délégation de Wuxi a visité Annecy. Après "
            "la visite du lycée Berthollet, la délégation a rencontré le maire.",
            ("wuxi", "lycee berthollet", "2025-05-14"),
        ),
    ],
)
def test_visits_noun_of_visit_after_word_of_time_is_a_stop(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A host the delegation named after it calls on, told by a noun of visit after a word of
    time ("Nach einem Besuch der", "Na een bezoek aan", "Après la visite du"), is a stop of
    the stay, dated by the stay's day."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "date 2024-06-20\nVan 3 tot 9 juni 2024 reisde een delegatie van Leiden naar Suzhou. "
            "Op 4 juni sprak de delegatie over een bezoek aan Hefei in maart 2025.",
            "hefei",
        ),
        (
            "date 2024-06-20\nVom 3. bis 9. Juni 2024 reiste eine Delegation aus Jena nach "
            "Suzhou. Am 4. Juni sprach die Delegation über einen Besuch der Stadt Hefei im "
            "März 2025.",
            "hefei",
        ),
    ],
)
def test_visits_talk_of_a_visit_is_no_stop(text: str, host: str) -> None:
    """A visit the delegation only talks about ("sprak over een bezoek aan X") is no visit,
    and the stay is still read."""
    found = _visits(text)
    assert found
    assert all(v[1] != host for v in found)


def test_visits_dated_meeting_with_a_bodys_head_is_a_call() -> None:
    """Meeting a body's head on a day of its own during a stay is a call on that body that
    day (docs/facts-format.md, "Visits", Stops)."""
    text = (
        "date 2024-06-20\nFrom 3 to 9 June 2024 a delegation of the City of Exeter led by the "
        "mayor travelled to Suzhou. On 4 June the delegation met the president of Soochow "
        "University."
    )
    assert ("exeter", "soochow university", "2024-06-04") in _visits(text)


def test_visits_talked_about_visit_is_no_visit() -> None:
    """A visit the delegation only talks about during its stay is no visit; the stay is."""
    text = (
        "date 2024-06-20\nFrom 3 to 9 June 2024 a delegation of the City of Exeter travelled "
        "to Suzhou. On 4 June the delegation talked about a visit to Hefei in 2025."
    )
    found = _visits(text)
    assert ("exeter", "suzhou", "2024-06-03") in found
    assert all(v[1] != "hefei" for v in found)


def test_visits_partner_named_by_its_town_at_the_signing_hosts() -> None:
    """A university's signing in its partner's town, the sentence naming the partner by its
    town ("the Hefei university"), is a visit of the partner."""
    text = (
        "date 2025-04-10\nLakeside University and Hefei University of Technology signed a "
        "memorandum of understanding. The rector of Lakeside University and the vice-president "
        "of the Hefei university signed the memorandum on 3 March 2025 in Hefei."
    )
    assert ("lakeside university", "hefei university technology", "2025-03-03") in _visits(text)
