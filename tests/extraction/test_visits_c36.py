"""Visits on unseen text (issue 2, session 23): delegations received by a town, a chamber or
a campus. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits

_HEAD = "date 2024-06-14\nNews\n\n"


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "On 10 June 2024 the Darmstadt Chamber of Commerce received a Chinese delegation of "
            "30 entrepreneurs led by the vice-governor of Hubei province, Wang Li.",
            "darmstadt chamber commerce",
        ),
        (
            "Op 10 juni 2024 ontving de Kamer van Koophandel Limburg een Chinese delegatie van "
            "dertig ondernemers onder leiding van de vicegouverneur van de provincie Hubei, "
            "Wang Li.",
            "kamer van koophandel limburg",
        ),
        (
            "Le 10 juin 2024, la Chambre de commerce de Liège a reçu une délégation chinoise de "
            "trente entrepreneurs conduite par le vice-gouverneur de la province du Hubei, "
            "Wang Li.",
            "chambre de commerce de liege",
        ),
        (
            "Am 10. Juni 2024 empfing der Unternehmerverband Hessen in seinem Haus eine "
            "Delegation mit 25 Firmenchefs um den Vizegouverneur der Provinz Hubei, Wang Li.",
            "unternehmerverband hessen",
        ),
    ],
)
def test_visits_received_delegation_sized_then_led_by_official(body: str, host: str) -> None:
    """A received delegation whose size stands between its noun and its leader ("a
    delegation of 30 entrepreneurs led by the vice-governor of X") comes from the leader's
    place."""
    assert _visits(_HEAD + body) == {("hubei", host, "2024-06-10")}


def test_visits_german_um_purpose_clause_is_no_leader() -> None:
    """German "um die Zusammenarbeit ... zu vertiefen" is a purpose, not the delegation's
    leader: the city it names is no visitor."""
    body = (
        "Am 10. Juni 2024 empfing die Stadt Kassel eine Delegation, um die Zusammenarbeit mit "
        "der Stadt Wuhan zu vertiefen."
    )
    assert ("wuhan", "kassel", "2024-06-10") not in _visits(_HEAD + body)


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "Visitors\n\n"
            "On 14 May 2024, Tring welcomed guests from far away: twenty mayors from the "
            "Chinese province of Hubei, who toured the market with our mayor.",
            "tring",
        ),
        (
            "Bezoek uit China\n\n"
            "Op 14 mei 2024 ontving Mechelen verre gasten: twintig burgemeesters uit de "
            "Chinese provincie Hubei, die met onze burgemeester de markt bezochten.",
            "mechelen",
        ),
        (
            "Des visiteurs\n\n"
            "Le 14 mai 2024, Ottignies accueillait des hôtes venus de loin : 20 maires et "
            "conseillers de la province chinoise du Hubei, qui ont visité le marché avec "
            "le bourgmestre.",
            "ottignies",
        ),
        (
            "Besuch aus China\n\n"
            "Am 14. Mai 2024 empfing Olching seltene Gäste: zwanzig Bürgermeister aus der "
            "chinesischen Provinz Hubei, mit zwei Dolmetscherinnen und vielen Gastgeschenken.",
            "olching",
        ),
    ],
)
def test_visits_received_counted_group_of_officials(body: str, host: str) -> None:
    """A town that receives a counted group of officials ("twenty mayors from X") is the host
    of a visit from the officials' place, the town named right after the verb."""
    assert _visits("date 2024-06-01\n" + body) == {("hubei", host, "2024-05-14")}


def test_visits_received_counted_students_are_no_delegation() -> None:
    """Counted students are no officials: receiving them is no visit."""
    body = "On 14 May 2024, Tring welcomed twenty students from Wuhan for a summer school."
    assert _visits("date 2024-06-01\nVisitors\n\n" + body) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2025-11-20\nCourtesy visit\n\nOn 18 November 2025 the mayor of Leeds had "
            "talks with Mr Wang Li, vice-governor of Hubei province, at the head of a seven-member "
            "delegation, in the Civic Hall.",
            ("hubei", "leeds", "2025-11-18"),
        ),
        (
            "date 2025-11-20\nBeleefdheidsbezoek\n\nOp 18 november 2025 sprak de "
            "burgemeester van Gent in het stadhuis met de heer Wang Li, vicegouverneur van de "
            "provincie Hubei, aan het hoofd van een delegatie van zeven leden.",
            ("hubei", "gent", "2025-11-18"),
        ),
        (
            "date 2025-11-20\nVisite de courtoisie\n\nLe 18 novembre 2025, le bourgmestre de "
            "Namur s'est entretenu à l'hôtel de ville avec M. Wang Li, vice-gouverneur de la "
            "province du Hubei, à la tête d'une délégation de sept membres.",
            ("hubei", "namur", "2025-11-18"),
        ),
        (
            "date 2025-11-20\nHöflichkeitsbesuch\n\nAm 18. November 2025 sprach der "
            "Oberbürgermeister von Bonn im Rathaus mit Herrn Wang Li, Vizegouverneur der Provinz "
            "Hubei, der an der Spitze einer siebenköpfigen Delegation stand.",
            ("hubei", "bonn", "2025-11-18"),
        ),
        (
            "NAMUR, 12 mars 2025 -- Le bourgmestre de Namur, Jean Dupont, a reçu les "
            "félicitations de la vice-maire de Yiwu, Mme Liu Fang, arrivée lundi à la tête d'une "
            "délégation de dix membres.",
            ("yiwu", "namur", "2025-03-10"),
        ),
    ],
)
def test_visits_official_at_the_head_of_a_delegation(
    text: str, visit: tuple[str, str, str]
) -> None:
    """An official of a place "at the head of a delegation" visits the place the sentence
    names first, of another country (dated by the sentence, "arrivée lundi" by that Monday)."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Visit\n\nOn 27 May 2025, Mayor John Smith received in Leeds a delegation from the "
            "district of Yuecheng led by the deputy district head, Liu Fang.",
            "leeds",
        ),
        (
            "Bezoek\n\nOp 27 mei 2025 ontving burgemeester Jan Peeters in Mechelen een delegatie "
            "uit het district Yuecheng onder leiding van vicedistrictshoofd Liu Fang.",
            "mechelen",
        ),
        (
            "Visite\n\nLe 27 mai 2025, le bourgmestre Jean Dupont recevait à Namur une délégation "
            "du district de Yuecheng, emmenée par Mme Liu Fang, cheffe adjointe du district.",
            "namur",
        ),
        (
            "Besuch\n\nAm 27. Mai 2025 empfing Bürgermeister Hans Müller in Kassel eine Delegation "
            "aus dem Bezirk Yuecheng unter Leitung der stellvertretenden Bezirkschefin Liu Fang.",
            "kassel",
        ),
    ],
)
def test_visits_received_at_a_place_a_district_delegation(text: str, host: str) -> None:
    """An official who receives "in X" (French imperfect "recevait à X" too) a delegation
    "from the district of Y" hosts a visit from Y to X."""
    assert _visits("date 2025-06-01\n" + text) == {("yuecheng", host, "2025-05-27")}
