"""Agreements: the parties of acts at the stops of an institution's tour (issue 2, hub
pairing; the class seen in corpus36, corpus37 and corpus38 and on university news pages: a
delegation of one university visits several partners, and at each stop "the two
universities" or "both sides" sign). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "hub", "hosts"),
    [
        (
            "From 3 to 9 June a delegation of Tongling University visited Aalborg University "
            "and the University of Tartu.\n\n"
            "On 4 June the delegation was received at Aalborg University. The two "
            "universities signed a memorandum of understanding on joint research.\n\n"
            "On 7 June the delegation visited the University of Tartu, where the two "
            "universities renewed their student exchange agreement for five years.",
            "Tongling University",
            ("Aalborg University", "University of Tartu"),
        ),
        (
            "Du 3 au 9 juin, une délégation de l'Université de Tongling s'est rendue à "
            "l'Université de Tartu et à l'Université de Lausanne.\n\n"
            "Le 4 juin, le recteur de l'Université de Tartu a accueilli la délégation sur son "
            "campus. Les deux universités ont signé une convention de mobilité des doctorants."
            "\n\n"
            "Le 7 juin, la délégation a visité l'Université de Lausanne. Les deux universités "
            "ont renouvelé leur accord-cadre de coopération pour cinq ans.",
            "Université de Tongling",
            ("Université de Tartu", "Université de Lausanne"),
        ),
        (
            "Vom 3. bis 9. Juni besuchte eine Delegation der Universität Tongling die "
            "Universität Tartu und die Universität Innsbruck.\n\n"
            "Am 4. Juni wurde die Delegation an der Universität Tartu empfangen. Beide "
            "Universitäten unterzeichneten ein Abkommen über den Studierendenaustausch.\n\n"
            "Am 7. Juni besuchte die Delegation die Universität Innsbruck. Beide Universitäten "
            "verlängerten ihr Kooperationsabkommen um fünf Jahre.",
            "Universität Tongling",
            ("Universität Tartu", "Universität Innsbruck"),
        ),
        (
            "Van 3 tot 9 juni bezocht een delegatie van de Universiteit van Tongling de "
            "Universiteit van Tartu en de Universiteit van Bergen.\n\n"
            "Op 4 juni werd de delegatie ontvangen door de rector van de Universiteit van "
            "Tartu. Beide universiteiten ondertekenden een uitwisselingsovereenkomst.\n\n"
            "Op 7 juni bezocht de delegatie de Universiteit van Bergen. Beide universiteiten "
            "verlengden hun samenwerkingsovereenkomst met vijf jaar.",
            "Universiteit van Tongling",
            ("Universiteit van Tartu", "Universiteit van Bergen"),
        ),
    ],
)
def test_both_universities_at_a_tour_stop_are_the_hub_and_the_host(
    text: str, hub: str, hosts: tuple[str, str]
) -> None:
    """At each stop of a delegation's tour, "the two universities" are the touring
    university and the stop's host, never the hosts of two stops paired together."""
    pairs = _pairs(text)
    assert frozenset({fold(hosts[0]), fold(hosts[1])}) not in pairs
    assert frozenset({fold(hub), fold(hosts[1])}) in pairs


@pytest.mark.parametrize(
    ("text", "hub", "host"),
    [
        (
            "A delegation of Tongling University toured Europe in June. On 4 June the "
            "delegation was received by the rector of Aalborg University. Both sides renewed "
            "their exchange agreement for three years.",
            "Tongling University",
            "Aalborg University",
        ),
        (
            "Une délégation de l'Université de Tongling a visité l'Europe en juin. Le 4 juin, "
            "la délégation s'est rendue à l'Université de Lausanne. Les deux parties ont "
            "renouvelé leur accord-cadre pour cinq ans.",
            "Université de Tongling",
            "Université de Lausanne",
        ),
    ],
)
def test_both_sides_at_a_tour_stop_are_the_hub_and_the_host(text: str, hub: str, host: str) -> None:
    """ "Both sides" at a tour's stop, with no act told before, are the touring institution
    and the host named in the stop's sentence, not two places."""
    assert frozenset({fold(hub), fold(host)}) in _pairs(text)


def test_both_universities_without_a_tour_keep_the_two_named_last() -> None:
    """Without a delegation told, "the two universities" are the two named last."""
    text = (
        "Tongling University is known for its mining school. Aalborg University and the "
        "University of Tartu have long worked together; in 2019 the two universities signed "
        "a memorandum of understanding."
    )
    assert frozenset({fold("Aalborg University"), fold("University of Tartu")}) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "own", "partner"),
    [
        (
            "Aalborg University opened an office in Shenzhen last year. The office in Shenzhen "
            "helps Aalborg University recruit students. With Tongji University an exchange "
            "agreement is still being negotiated.",
            "Aalborg University",
            "Tongji University",
        ),
        (
            "De Universiteit Leiden opende vorig jaar een kantoor in Shenzhen. Het kantoor in "
            "Shenzhen helpt de Universiteit Leiden bij de werving. Met Tongji University wordt "
            "nog onderhandeld over een akkoord voor docentenuitwisseling.",
            "Universiteit Leiden",
            "Tongji University",
        ),
        (
            "Die Universität Passau hat im vergangenen Jahr ein Büro in Shenzhen eröffnet. Das "
            "Büro in Shenzhen unterstützt die Universität Passau bei der Werbung. Mit der "
            "Tongji-Universität wird noch über ein Austauschabkommen verhandelt.",
            "Universität Passau",
            "Tongji-Universität",
        ),
        (
            "L'Université de Lausanne a ouvert l'an dernier un bureau à Shenzhen. Le bureau de "
            "Shenzhen aide l'Université de Lausanne à recruter. Un accord d'échange avec "
            "l'Université Tongji doit être signé l'an prochain.",
            "Université de Lausanne",
            "Université Tongji",
        ),
    ],
)
def test_act_with_a_partner_institution_alone_is_the_own_institutions(
    text: str, own: str, partner: str
) -> None:
    """An act told with a partner institution only ("With Tongji University an agreement is
    being negotiated") is the document's own institution's, not its city's or the city of
    its office."""
    pairs = _pairs(text)
    assert frozenset({fold(own), fold(partner)}) in pairs
    assert frozenset({fold("Shenzhen"), fold(partner)}) not in pairs
