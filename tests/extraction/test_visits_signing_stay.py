"""An undated stay told beside the signing of an act between its two ends is the stay of the
signing and takes the signing's date (docs/facts-format.md, "Visits", signings; issue 2,
corpus34, corpus35 and corpus39 show the class). Every text is written for these tests and
read by the whole pipeline. The host is the partner university where it is named after the
town of the stay (`visits._ORG_PARTNER_IN_TOWN`), else the town."""

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
            ("hubei university", "leeds trinity university", "2025-05-14"),
        ),
        (
            "Hochschule Coburg und Universität Yangzhou\n\nDie Hochschule Coburg hat einen "
            "Kooperationsvertrag mit der Universität Yangzhou geschlossen. Eine Delegation der "
            "Universität Yangzhou wurde auf dem Campus in Coburg vom Präsidenten empfangen. Der "
            "Vertrag wurde am 12. Juni 2025 unterzeichnet und gilt für fünf Jahre.",
            ("universitat yangzhou", "hochschule coburg", "2025-06-12"),
        ),
        (
            "L'Université de Caen et l'Université de Jilin\n\nL'Université de Caen et "
            "l'Université de Jilin ont conclu un accord de coopération. Une délégation de "
            "l'Université de Jilin a été accueillie sur le campus de Caen par le président. "
            "L'accord a été signé le 3 octobre 2025 pour cinq ans.",
            ("universite de jilin", "universite de caen", "2025-10-03"),
        ),
        (
            "Hogeschool Zuyd en Universiteit Wuhan\n\nHogeschool Zuyd heeft een "
            "samenwerkingsovereenkomst gesloten met de Universiteit Wuhan. Een delegatie van de "
            "Universiteit Wuhan werd op de campus in Heerlen ontvangen door het college van "
            "bestuur. De overeenkomst werd op 8 april 2025 ondertekend voor vijf jaar.",
            ("universiteit wuhan", "heerlen", "2025-04-08"),
        ),
        (
            "Saxion and Yunnan University\n\nSaxion University of Applied Sciences has signed a "
            "cooperation agreement with Yunnan University. A delegation of Saxion University of "
            "Applied Sciences was received in Kunming by the rector. The agreement was signed on "
            "2 March 2025 and runs for four years.",
            ("saxion university applied sciences", "kunming", "2025-03-02"),
        ),
        (
            "Fontys and Jiangsu University\n\nFontys University of Applied Sciences has signed a "
            "cooperation agreement with Jiangsu University. A delegation of Fontys University of "
            "Applied Sciences was received at the Zhenjiang campus by the president. The "
            "agreement was signed on 11 June 2025 and runs for five years.",
            ("fontys university applied sciences", "zhenjiang", "2025-06-11"),
        ),
    ],
)
def test_visits_undated_stay_beside_signing_takes_its_date(text: str, visit: tuple) -> None:
    """A delegation of one party welcomed at the other's campus, with no date of its own,
    beside the signing of the act between them: the visit is dated by the signing day, in
    the four languages; the partner's town is also a town of the province its name holds
    (Kunming for Yunnan University) or a campus the text names."""
    found = _visits(text)
    assert visit in found
    assert (visit[0], visit[1], None) not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Twente University and Xiamen University\n\nTwente University has concluded an "
            "exchange agreement with Xiamen University. A group from Xiamen University was "
            "received in Rotterdam by the port authority. Both rectors put their names to the "
            "agreement on 14 March 2025; it is valid for four years.",
            ("xiamen university", "rotterdam", None),
        ),
        (
            "Hochschule Zittau und Universität Ningbo\n\nDie Hochschule Zittau hat einen "
            "Kooperationsvertrag mit der Universität Ningbo geschlossen. Eine Delegation der "
            "Universität Ningbo wurde in Hamburg von der Handelskammer empfangen. Der Vertrag "
            "wurde am 5. Mai 2025 unterzeichnet und gilt für fünf Jahre.",
            ("universitat ningbo", "hamburg", None),
        ),
    ],
)
def test_visits_undated_stay_elsewhere_keeps_no_date(text: str, visit: tuple) -> None:
    """A delegation of one party welcomed in a town that is not where the other party, an
    organisation, stands (Rotterdam for the university of Twente, Hamburg for the one of
    Zittau) is a stay of its own: the signing's date is not its date."""
    found = _visits(text)
    assert visit in found
