"""Agreements: types and parties of acts told in lists, answers and background sentences
(issue 2; classes seen in corpus37 and on real pages: a port authority's page that lists its
"sister and friendship port agreements" apart, a port news item on a "treaty of friendship
between the ports"). Every text here was written for these tests."""

from __future__ import annotations

import re

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import colon_subjects
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    "text",
    [
        "A friendship port agreement was concluded in 2012 by the Port of Xiamen and the Port of "
        "Koper.",
        "De haven van Xiamen en de haven van Koper ondertekenden in 2012 een "
        "vriendschapshavenovereenkomst.",
        "Der Hafen Xiamen und der Hafen Koper unterzeichneten 2012 ein Freundschaftshafenabkommen.",
        "Le port de Xiamen et le port de Koper ont signé en 2012 un accord de ports amis.",
    ],
)
def test_friendship_port_agreement_is_a_friendship(text: str) -> None:
    """A friendship of two ports ("friendship port agreement", "vriendschapshaven...",
    "Freundschaftshafen...", "ports amis") is typed `friendship`, as a friendship city is,
    never a cooperation agreement."""
    acts = _acts(text)
    assert [t for _, t in acts] == ["friendship"]


@pytest.mark.parametrize(
    "text",
    [
        "Aargau is not alone in this: the Canton of Zurich has for years maintained provincial "
        "partnerships with Chongqing and Guangdong.",
        "Der Aargau steht damit nicht allein: Der Kanton Zürich pflegt seit Jahren "
        "Provinzpartnerschaften mit Chongqing und Guangdong.",
        "L'Argovie n'est pas seule : le canton de Zurich a signé depuis longtemps des jumelages "
        "avec Chongqing et Guangdong.",
        "Aargau staat daarin niet alleen: het kanton Zürich onderhoudt al jaren "
        "stedenbanden met Chongqing en Guangdong.",
    ],
)
def test_colon_clause_subject_owns_the_acts(text: str) -> None:
    """A place that opens the clause after a colon, followed by its verb, is the owner of the
    acts of that clause; the place named before the colon (whose example it is) is not."""
    owners = {next(iter(p - {"chongqing", "guangdong"}), "") for p, _ in _acts(text)}
    assert owners in ({"zurich"}, {"zürich"})
    assert len(_acts(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after the colon, no verb after its first name
        ("Partner towns of Lahr: Dole, Belleville and Alba", -1),
        # the clause's subject after a determiner and a government word
        ("Aargau follows others: the Canton of Zurich maintains ties", 1),
        # a subject after the act word does not count
        ("Aargau has ties: Zurich maintains", -1),
    ],
)
def test_colon_subjects_finds_the_clause_subject(text: str, expected: int) -> None:
    """`colon_subjects` gives the index of the place that opens a clause after a colon (a
    verb after it, the place before the act word), else -1."""
    names = ["Lahr", "Dole", "Belleville", "Aargau", "Canton of Zurich", "Zurich"]
    spans = sorted(
        (m.start(), m.end())
        for n in names
        for m in re.finditer(re.escape(n), text)
        if not (n == "Zurich" and "Canton of Zurich" in text)
    )
    hi = text.find("ties") if "has ties" in text else len(text)
    assert colon_subjects(text, spans, hi) == expected


@pytest.mark.parametrize(
    ("text", "region", "partner"),
    [
        (
            "Red Deer hosts Chinese traders\n\nRED DEER - The Red Deer chamber met traders "
            "from Harbin on Monday. Red Deer lies in Alberta, halfway between Calgary and "
            "Edmonton. The provincial government is itself drafting a friendship agreement "
            "with Harbin.",
            "alberta",
            "harbin",
        ),
        (
            "Colmar accueille des élus chinois\n\nCOLMAR - La ville de Colmar a reçu lundi "
            "une délégation de Lijiang. Colmar est la préfecture du Haut-Rhin. Le conseil "
            "départemental prépare de son côté un accord d'amitié avec Lijiang.",
            "haut rhin",
            "lijiang",
        ),
        (
            "Gäste aus Wuhu in Celle\n\nCELLE - Die Stadt Celle empfing am Montag eine "
            "Delegation aus Wuhu. Celle liegt in Niedersachsen. Die Landesregierung bereitet "
            "ihrerseits eine Freundschaftsvereinbarung mit Wuhu vor.",
            "niedersachsen",
            "wuhu",
        ),
        (
            "Emmen ontvangt Chinese gasten\n\nEMMEN - De gemeente Emmen ontving dinsdag een "
            "delegatie uit Changchun. Emmen ligt in de provincie Drenthe. Volgens de agenda van "
            "Gedeputeerde Staten wordt dit voorjaar een intentieverklaring ondertekend met "
            "Changchun.",
            "drenthe",
            "changchun",
        ),
    ],
)
def test_region_government_names_the_own_region(text: str, region: str, partner: str) -> None:
    """A region's government as the subject of an act ("the provincial government",
    "Gedeputeerde Staten", "le conseil départemental", "die Landesregierung") names the
    document's own region, not its town."""
    assert frozenset({region, partner}) in {p for p, _ in _acts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Tilburg in China\n\nTILBURG - Tilburg ligt in Noord-Brabant. Deze week reist Tilburg "
        "mee met een missie uit Noord-Brabant: de provincie heeft zelf al jaren een "
        "vriendschapsband met Jiangsu.",
        "Tilburg in China\n\nTILBURG - Tilburg lies in North Brabant. This week Tilburg "
        "travels with a mission from North Brabant: the provincial government itself has "
        "held a friendship agreement with Jiangsu for years.",
    ],
)
def test_colon_clause_region_anaphor_is_no_town(text: str) -> None:
    """A clause after a colon whose subject is the region's anaphor ("de provincie", "the
    provincial government") owns its act: the region is its party, the town named before
    the colon is not."""
    parties = {p for p, _ in _acts(text)}
    assert frozenset({"tilburg", "jiangsu"}) not in parties
    assert parties & {
        frozenset({"noord brabant", "jiangsu"}),
        frozenset({"north brabant", "jiangsu"}),
    }


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The provincial government signed it.", True),
        ("The state government signed it.", True),
        ("The County Council signed it.", True),
        ("The State Council approved it.", False),
        ("The regional office signed it.", False),
    ],
)
def test_the_region_reads_regional_governments_not_the_state_council(
    text: str, region: bool
) -> None:
    """A region's government ("the provincial government", "the state government", "the
    County Council") names the document's own region; "the State Council" (China's cabinet)
    does not."""
    from cityties.extraction.extractors.agreements import _THE_REGION

    assert (_THE_REGION.match(text) is not None) is region
