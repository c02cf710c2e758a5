"""Delegations that the verb and noun readers leave without a visit (issue 2): a delegation
of a university, a port or a city, named after its noun ("a delegation of", "une délégation
de la", "een delegatie van de", "eine Delegation der") or before it ("a DMU delegation"), whose
host is an organisation after "at", "aan de", "an der", or "the city", or the place where the
sentence's event took place. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the sender after "of", the host an organisation after "at"
        (
            "A delegation of Harbin Engineering University stayed at the University of Glasgow "
            "from 4 to 6 March 2024.",
            ("harbin engineering university", "university glasgow", "2024-03-04"),
        ),
        # the sender before the noun
        (
            "A Harbin Engineering University delegation stayed at the University of Glasgow "
            "from 4 to 6 March 2024.",
            ("harbin engineering university", "university glasgow", "2024-03-04"),
        ),
        # Dutch: "verbleef ... aan de", the stay dated by its first day
        (
            "Een delegatie van de Universiteit van Wuhan verbleef van 3 tot 5 april 2024 aan de "
            "Universiteit Gent.",
            ("universiteit van wuhan", "universiteit gent", "2024-04-03"),
        ),
        # German: "hielt sich ... an der ... auf"
        (
            "Vom 2. bis 4. Juni 2024 hielt sich eine Delegation der Tongji-Universität an der "
            "Hochschule Bremen auf.",
            ("tongji universitat", "hochschule bremen", "2024-06-02"),
        ),
        # "to the city": the place named before; a day told "during a visit" gives its month
        (
            "The agreement was signed in Cardiff on 9 May 2023, during a visit of a Zhejiang "
            "University delegation to the city.",
            ("zhejiang university", "cardiff", "2023-05"),
        ),
        # French: the place of the signing before "lors de la venue d'une délégation de"
        (
            "La convention a été signée à Nantes le 9 mai 2023, lors de la venue d'une "
            "délégation de l'Université du Zhejiang.",
            ("universite du zhejiang", "nantes", "2023-05"),
        ),
    ],
)
def test_delegation_fallback_reads_sender_and_host(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation noun with its sender and a host the sentence gives is a visit of the
    sender to that host, dated by the sentence."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "A delegation of Harbin Engineering University stayed at the University of Glasgow.",
        "Eine Delegation der Tongji-Universität hielt sich an der Hochschule Bremen auf.",
        "Een delegatie van de Universiteit van Wuhan verbleef aan de Universiteit Gent.",
    ],
)
def test_delegation_fallback_needs_a_date(text: str) -> None:
    """A fallback reading that the sentence does not date is left out: alone it is too weak
    a sign of a visit that took place."""
    assert _visits(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # guests of an event, named in a list
        "In September 2023 delegations from Harbin Engineering University, Zhejiang University "
        "and Fudan University attended a forum at the University of Glasgow.",
        # a plan
        "Eine Delegation der Tongji-Universität wird sich im Juni 2025 an der Hochschule "
        "Bremen aufhalten.",
    ],
)
def test_delegation_fallback_skips_events_and_plans(text: str) -> None:
    """The fallback reads no visit from a list of guests of an event or from a plan."""
    assert not any(
        v[0] in ("harbin engineering university", "tongji universitat") for v in _visits(text)
    )


def test_delegation_fallback_keeps_the_first_reading() -> None:
    """A visit of the same sender to the same host that another reading found is not read
    again from a later sentence with another date (the first reading keeps its date)."""
    text = (
        "A delegation of Harbin Engineering University visited the University of Glasgow on "
        "5 June 2024. Earlier, on 3 June 2024, the delegation of Harbin Engineering University "
        "stayed at the University of Glasgow for a workshop."
    )
    assert _visits(text) == {("harbin engineering university", "university glasgow", "2024-06-05")}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Harbin Engineering University and the University of Glasgow signed a memorandum "
            "of understanding on 4 March 2024. Professor Li Wei led the Harbin Engineering "
            "University delegation to Glasgow for the signing.",
            ("harbin engineering university", "glasgow", "2024-03-04"),
        ),
        (
            "Am 20.03.2019 unterzeichneten Kiel und Qingdao den Partnerschaftsvertrag. Zur "
            "Unterzeichnung war eine Delegation aus Qingdao nach Kiel angereist.",
            ("qingdao", "kiel", "2019-03-20"),
        ),
        # the next sentence says the act was signed during the meeting
        (
            "Un accord de coopération a été signé le 22 octobre 2025 entre Nantes et Jinan. La "
            "séance de travail s'est tenue à Nantes en présence d'une délégation de Jinan. "
            "L'accord a été signé au cours de cette réunion.",
            ("jinan", "nantes", "2025-10-22"),
        ),
        (
            "Op 9 mei 2019 tekenden Gent en Ningbo een vriendschapsakkoord. Een delegatie uit "
            "Ningbo was voor de ondertekening naar Gent gekomen.",
            ("ningbo", "gent", "2019-05-09"),
        ),
    ],
)
def test_visit_for_a_signing_takes_its_date(text: str, visit: tuple[str, str, str | None]) -> None:
    """A visit its sentence does not date, made for the signing of an act the document dates,
    is dated by that signing."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Op 9 mei 2019 tekenden Gent en Ningbo een vriendschapsakkoord. Later bracht een "
        "delegatie uit Ningbo een bezoek aan Gent.",
        "Am 20.03.2019 unterzeichneten Kiel und Qingdao den Partnerschaftsvertrag. Später "
        "besuchte eine Delegation aus Qingdao Kiel.",
    ],
)
def test_visit_without_a_tie_to_the_signing_stays_undated(text: str) -> None:
    """A visit told as later than a signing ("Later", "Später") keeps no date: the signing's
    is not its own. (A visit told just after it without such a word takes the signing's date:
    test_visits_c31.)"""
    assert all(v[2] is None for v in _visits(text))
