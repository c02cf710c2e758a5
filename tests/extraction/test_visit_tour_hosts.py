"""A tour whose hosts are named one by one, each with its day (`_visit_tour_hosts`)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract

TOURS = [
    (
        "date 2024-06-20\n\nExeter delegation back from China\n\n"
        "From 3 to 9 June 2024 a delegation of the University of Exeter travelled to China. "
        "On 4 June the delegation was received at Nanjing University. "
        "On 6 June the vice-chancellor signed an exchange agreement with Xiamen University.\n",
        {("Nanjing University", "2024-06-04"), ("Xiamen University", "2024-06-06")},
    ),
    (
        "date 2023-10-30\n\nHogeschool Zuyd in China\n\n"
        "Van maandag 9 tot en met vrijdag 13 oktober bracht een delegatie van Hogeschool Zuyd "
        "een bezoek aan China. Op dinsdag 10 oktober was de delegatie te gast bij de Tianjin "
        "University. Op donderdag 12 oktober werd bij de Shandong University in Jinan een "
        "samenwerkingsovereenkomst ondertekend.\n",
        {("Tianjin University", "2023-10-10"), ("Shandong University", "2023-10-12")},
    ),
    (
        "date 2022-05-30\n\nUne délégation de l'Université de Nantes en Chine\n\n"
        "Une délégation de l'Université de Nantes s'est rendue en Chine du 9 au 15 mai 2022. "
        "Le 10 mai, à Pékin, la délégation a été reçue par l'Université Tsinghua. "
        "Le lendemain, une convention a été signée avec l'Université Fudan.\n",
        {("Université Tsinghua", "2022-05-10"), ("Université Fudan", "2022-05-11")},
    ),
    (
        "date 2021-09-30\n\nHochschule Bremen auf China-Reise\n\n"
        "Vom 6. bis 12. September 2021 reiste eine Delegation der Hochschule Bremen nach China. "
        "Am 7. September führte die Delegation Gespräche an der Tongji University in Shanghai. "
        "Am 9. September unterzeichnete der Rektor einen Vertrag mit der Wuhan University.\n",
        {("Tongji University", "2021-09-07"), ("Wuhan University", "2021-09-09")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOURS)
def test_hosts_by_day_one_visit_per_host(text: str, expected: set[tuple[str, str]]) -> None:
    """Each host named with its day inside the trip's range is a visit of the travelling
    institution dated by that day, and the trip to the country is told by them."""
    visits = extract(text).doc.visits
    got = {(v.host.name, v.date.iso() if v.date else None) for v in visits}
    assert expected <= got
    assert all(v.host.kind == "organisation" for v in visits)
    assert all(v.visitor.kind == "organisation" for v in visits)


def test_hosts_by_day_needs_a_day_inside_the_range() -> None:
    """A host named without a day of the trip (an older partner, a later plan) is no stop:
    the trip stays one visit to the country."""
    text = (
        "date 2024-06-20\n\nExeter delegation back from China\n\n"
        "From 3 to 9 June 2024 a delegation of the University of Exeter travelled to China. "
        "The university has worked with Nanjing University since 2010.\n"
    )
    visits = extract(text).doc.visits
    assert [v.host.name for v in visits] == ["China"]


def test_hosts_by_day_city_delegation_keeps_its_stay() -> None:
    """A city's delegation is no travelling institution: its trip to the city stays a visit
    of its own beside the host it toured on a day of the stay (a stop of the stay,
    docs/facts-format.md "Stops"; corpus39 e03, corpus43 e03 and e04)."""
    text = (
        "date 2024-06-20\n\nMayor back from China\n\n"
        "From 3 to 9 June 2024 a delegation of the City of Exeter led by the mayor travelled "
        "to Suzhou. On 4 June the delegation toured Soochow University.\n"
    )
    visits = {(v.host.name, v.date.iso() if v.date else None) for v in extract(text).doc.visits}
    assert visits == {("Suzhou", "2024-06-03"), ("Soochow University", "2024-06-04")}


def test_hosts_by_day_institution_received_at_home_stays() -> None:
    """A delegation received by an institution over a range of days stays that visit; a
    day of its programme at another institution does not replace it."""
    text = (
        "date 2024-06-20\n\nFudan delegation in Exeter\n\n"
        "From 3 to 9 June 2024 the University of Exeter hosted a delegation of Fudan "
        "University. On 5 June the guests were received at the University of Bristol.\n"
    )
    hosts = {(v.visitor.name, v.host.name) for v in extract(text).doc.visits}
    assert ("Fudan University", "University of Exeter") in hosts
