"""Agreements: an act signed at an event takes the event's date even when its own sentence
holds another date that is no signing date (a term period, the event's own day) or a planned
word that only describes the act's subject ("über eine künftige Partnerschaft"), and a
gathering (a conference, a congress, "les Rencontres") is such an event (issue 2). Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _signed(text: str, party: str, day: date | None) -> str | None:
    """The signing date of the one act reported signed with `party`."""
    hits = [
        a
        for a in extract(text, document_date=day).doc.agreements
        if any(fold(party) in fold(p.name) for p in a.parties) and a.status == "signed"
    ]
    assert len(hits) == 1, [(a.parties, a.signed) for a in hits]
    return str(hits[0].signed) if hits[0].signed is not None else None


@pytest.mark.parametrize(
    ("text", "party", "expected"),
    [
        (
            "Le port du Rhin a été agrandi en 2015. Strasbourg a accueilli du 8 au 10 mars 2021 "
            "les Assises de la coopération "
            "franco-allemande. Le 9 mars, la séance d'ouverture a réuni 300 élus.\n\nEn marge "
            "des Assises, la ville de Mulhouse et la ville de "
            "Kassel ont signé une convention de coopération pour la période 2021-2024.",
            "Kassel",
            "2021-03",
        ),
        (
            "Das Rathaus wurde 2015 renoviert. Leipzig war vom 12. bis 14. Juni 2022 Gastgeber "
            "der Konferenz der Partnerstädte. Am 13. Juni sprach der Bundespräsident."
            "\n\nAm Rande der Konferenz unterzeichneten die Stadt Erfurt und die Stadt Brno "
            "eine Kooperationsvereinbarung für den Zeitraum 2022-2025.",
            "Brno",
            "2022-06",
        ),
        (
            "The port was enlarged in 2015. Rotterdam hosted the Congress of European Ports from "
            "4 to 6 May 2023. On 5 May the opening session heard 300 mayors.\n\nOn the "
            "sidelines of the congress, Aarhus and Gdansk signed a cooperation agreement for "
            "the period 2023-2026.",
            "Gdansk",
            "2023-05",
        ),
        (
            "Het stadhuis werd in 2015 verbouwd. Van 2 tot 4 oktober 2019 vond in Utrecht het "
            "congres van de Europese gemeenten "
            "plaats. Op 3 oktober sprak de minister.\n\nIn de marge van het congres "
            "ondertekenden Zwolle en Tartu een "
            "samenwerkingsovereenkomst voor de periode 2019-2022.",
            "Tartu",
            "2019-10",
        ),
        (
            "La salle des fêtes a été rénovée en 2015. Lille a accueilli du 5 au 7 juin 2023 "
            "le congrès des maires francophones. Le 6 juin, le ministre a pris la parole."
            "\n\nÀ l'occasion du congrès, la ville de Roubaix et la ville de Liège ont signé "
            "une convention de partenariat pour la période 2023-2026.",
            "Liège",
            "2023-06",
        ),
    ],
)
def test_event_of_a_term_period_is_no_signing_date(text: str, party: str, expected: str) -> None:
    """An act signed at a gathering, whose sentence gives the term of the act ("pour la
    période 2021-2024"), takes the date of the gathering told before."""
    assert _signed(text, party, None) == expected


@pytest.mark.parametrize(
    ("text", "party", "expected"),
    [
        (
            "Seit 2009 arbeiten die beiden Städte zusammen. Im Oktober 2018 reiste eine "
            "Delegation aus Regensburg unter Leitung des Oberbürgermeisters nach Tartu. "
            "Während der Reise unterzeichneten beide Seiten eine Absichtserklärung über eine "
            "künftige Städtepartnerschaft.",
            "Tartu",
            "2018-10",
        ),
        (
            "Les deux villes coopèrent depuis 2009. En octobre 2018, une délégation de Nancy "
            "conduite par le maire s'est rendue à Tartu. Au cours de cette visite, les deux "
            "parties ont signé une lettre d'intention sur un futur jumelage.",
            "Tartu",
            "2018-10",
        ),
        (
            "The two cities have worked together since 2009. In October 2018 a delegation "
            "from Galway led by the mayor travelled to Bergen. During the visit, both sides "
            "signed a letter of intent about a future partnership.",
            "Bergen",
            "2018-10",
        ),
    ],
)
def test_event_of_a_planned_subject_is_no_status(text: str, party: str, expected: str) -> None:
    """A planned word inside the act's subject ("über eine künftige Partnerschaft") does not
    stop the act signed during a visit from taking the visit's date."""
    assert _signed(text, party, None) == expected


def test_event_of_the_events_own_day_in_the_sentence() -> None:
    """In a dated page, the event's own day told in the act's sentence but not attached to
    the signing ("ouvert lundi dernier, ... ont signé") is the act's day."""
    text = (
        "Lors du salon de l'économie, ouvert lundi dernier à Lyon, la ville de Grenoble et "
        "la ville de Turin ont signé un accord de coopération."
    )
    assert _signed(text, "Turin", date(2021, 3, 18)) == "2021-03-15"


@pytest.mark.parametrize(
    ("text", "party", "expected"),
    [
        (
            "Im Mai 2016 besuchte eine Delegation aus Passau unter Leitung des Landrats die "
            "Stadt Jinhua. Damals unterzeichneten beide Seiten eine Absichtserklärung.",
            "Jinhua",
            "2016-05",
        ),
        (
            "En mai 2016, une délégation d'Angers conduite par le maire s'est rendue à Yantai. "
            "À l'époque, les deux parties ont signé une lettre d'intention.",
            "Yantai",
            "2016-05",
        ),
        (
            "In May 2016 a delegation from Cork led by the mayor travelled to Shenzhen. At "
            "that time both sides signed a letter of intent.",
            "Shenzhen",
            "2016-05",
        ),
        (
            "In mei 2016 reisde een delegatie uit Zwolle onder leiding van de burgemeester naar "
            "Suzhou. Op dat moment ondertekenden beide partijen een intentieverklaring.",
            "Suzhou",
            "2016-05",
        ),
    ],
)
def test_event_of_the_time_told_before(text: str, party: str, expected: str) -> None:
    """An act signed "at that time" ("Damals", "à l'époque", "op dat moment") takes the
    month its paragraph told before."""
    assert _signed(text, party, None) == expected


def test_event_of_the_time_of_another_paragraph_is_none() -> None:
    """A month told in the paragraph before does not date an act signed "Damals"."""
    text = (
        "Im Mai 2016 besuchte eine Delegation aus Passau unter Leitung des Landrats die "
        "Stadt Jinhua.\n\nDie Gäste besichtigten die Altstadt. Damals unterzeichneten "
        "beide Seiten eine Absichtserklärung."
    )
    assert _signed(text, "Jinhua", None) is None
