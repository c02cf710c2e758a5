"""An undated stay told beside the signing of an act between its two ends is the stay of the
signing and takes the signing's date (docs/facts-format.md, "Visits", signings; issue 2,
corpus34, corpus35 and corpus39 show the class). Every text is written for these tests and
read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Leeds Trinity University signs agreement with Hubei University\n\nLeeds Trinity "
            "University has entered into a cooperation agreement with Hubei University. Hubei "
            "University was represented by two deans, who were welcomed at the Leeds campus by "
            "the vice-chancellor. Both sides signed the agreement on 14 May 2025; it runs for five "
            "years.",
            ("hubei university", "leeds", "2025-05-14"),
        ),
        (
            "Hochschule Coburg und Universität Yangzhou\n\nDie Hochschule Coburg hat einen "
            "Kooperationsvertrag mit der Universität Yangzhou geschlossen. Eine Delegation der "
            "Universität Yangzhou wurde auf dem Campus in Coburg vom Präsidenten empfangen. Der "
            "Vertrag wurde am 12. Juni 2025 unterzeichnet und gilt für fünf Jahre.",
            ("universitat yangzhou", "coburg", "2025-06-12"),
        ),
        (
            "L'Université de Caen et l'Université de Jilin\n\nL'Université de Caen et "
            "l'Université de Jilin ont conclu un accord de coopération. Une délégation de "
            "l'Université de Jilin a été accueillie sur le campus de Caen par le président. "
            "L'accord a été signé le 3 octobre 2025 pour cinq ans.",
            ("universite de jilin", "caen", "2025-10-03"),
        ),
        (
            "Hogeschool Zuyd en Universiteit Wuhan\n\nHogeschool Zuyd heeft een "
            "samenwerkingsovereenkomst gesloten met de Universiteit Wuhan. Een delegatie van de "
            "Universiteit Wuhan werd op de campus in Heerlen ontvangen door het college van "
            "bestuur. De overeenkomst werd op 8 april 2025 ondertekend voor vijf jaar.",
            ("universiteit wuhan", "heerlen", "2025-04-08"),
        ),
    ],
)
def test_visits_undated_stay_beside_signing_takes_its_date(text: str, visit: tuple) -> None:
    """A delegation of one party welcomed at the other's campus, with no date of its own,
    beside the signing of the act between them: the visit is dated by the signing day, in
    the four languages."""
    found = _visits(text)
    assert visit in found
    assert (visit[0], visit[1], None) not in found
