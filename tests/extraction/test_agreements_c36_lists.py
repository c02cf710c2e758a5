"""Agreements: which two parties an act has, in background sentences and lists (issue 2;
classes seen in corpus36 f01, corpus33 d04 and on real news pages of twinnings that tell
where an earlier letter of intent was signed). The city where two others signed ("une lettre
d'intention signée à Canton, capitale du Guangdong") is a venue, no party, when the document
names it nowhere but after a preposition of place; a partner the text also names as such
("Städtepartnerschaft mit Zhuhai") stays a party where it is the venue too. Every text here
was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import reported_subjects
from cityties.text import fold


def _pairs(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


_VENUE_TEXTS = [
    (
        "Lomé et Zhuhai signent un accord de jumelage\n\n"
        "Lundi, à l'hôtel de ville et devant le préfet, la ville de Lomé a signé un accord de "
        "jumelage avec la ville de Zhuhai, située dans la province chinoise du Guangdong.\n\n"
        "Le maire a rappelé que la coopération portera sur la santé, le sport et la formation "
        "des jeunes. « Nos deux villes ont beaucoup à partager », a-t-il dit.\n\n"
        "Les échanges entre les deux pays sont anciens, a souligné le consul.\n\n"
        "Tout avait commencé en 2022 avec une lettre d'intention signée à Canton pendant une "
        "foire commerciale. Zhuhai compte deux millions d'habitants.",
        "canton",
        "lome",
    ),
    (
        "Mombasa and Zhuhai sign a twinning agreement\n\n"
        "A twinning agreement between the city of Mombasa and the city of Zhuhai, in the "
        "Chinese province of Guangdong, was signed on Monday. The ceremony took place at the "
        "city hall in the presence of the governor.\n\n"
        "The mayor said that the cooperation will cover health, sport and training for young "
        'people. "Our two cities have much to share," he said.\n\n'
        "Relations between the two countries are old, the consul stressed.\n\n"
        "The project had been launched in 2022 by a letter of intent signed in Guangzhou, the "
        "capital of Guangdong, on the margins of a trade fair. Zhuhai has two million "
        "inhabitants.",
        "guangzhou",
        "mombasa",
    ),
    (
        "Tilburg en Zhuhai tekenen een stedenband\n\n"
        "Een overeenkomst over een stedenband tussen de gemeente Tilburg en de stad Zhuhai, in "
        "de Chinese provincie Guangdong, werd maandag ondertekend. De plechtigheid vond plaats "
        "in het stadhuis, in aanwezigheid van de gouverneur.\n\n"
        "De burgemeester zei dat de samenwerking over gezondheid, sport en opleiding van "
        'jongeren gaat. "Onze twee steden kunnen veel delen," zei hij.\n\n'
        "De betrekkingen tussen beide landen zijn oud, benadrukte de consul.\n\n"
        "Het project was in 2022 begonnen met een intentieverklaring ondertekend in Guangzhou, "
        "de hoofdstad van Guangdong, tijdens een handelsbeurs. Zhuhai telt twee miljoen "
        "inwoners.",
        "guangzhou",
        "tilburg",
    ),
    (
        "Kassel und Zhuhai besiegeln Städtepartnerschaft\n\n"
        "Ein Vertrag über eine Städtepartnerschaft zwischen der Stadt Kassel und der Stadt "
        "Zhuhai in der chinesischen Provinz Guangdong wurde am Montag unterzeichnet. Die Feier "
        "fand im Rathaus in Anwesenheit des Regierungspräsidenten statt.\n\n"
        "Der Oberbürgermeister sagte, die Zusammenarbeit betreffe Gesundheit, Sport und die "
        "Ausbildung junger Menschen. „Unsere beiden Städte haben viel zu teilen“, sagte er.\n\n"
        "Die Beziehungen zwischen beiden Ländern sind alt, betonte der Konsul.\n\n"
        "Das Vorhaben hatte 2022 mit einer Absichtserklärung begonnen, unterzeichnet in "
        "Guangzhou, der Hauptstadt von Guangdong, am Rande einer Messe. Zhuhai zählt zwei "
        "Millionen Einwohner.",
        "guangzhou",
        "kassel",
    ),
]


@pytest.mark.parametrize(("text", "venue", "owner"), _VENUE_TEXTS)
def test_resolved_pair_venue_of_signing_is_no_party(text: str, venue: str, owner: str) -> None:
    """A letter of intent "signed in/à/in" a third city, named only there, is no act of that
    city: the twinning of the owner and its partner stays, and no act has the venue."""
    pairs = _pairs(text)
    assert (frozenset({owner, "zhuhai"}), "sister_city") in pairs
    assert not any(venue in parties for parties, _ in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Linz: Städtepartnerschaft mit Zhuhai besiegelt\n\n"
        "Am 4. Mai 2019 wurde im Rathaus die Urkunde der Städtepartnerschaft zwischen Linz und "
        "der chinesischen Stadt Zhuhai unterzeichnet. Die Gäste aus Zhuhai waren am Vortag "
        "angereist.\n\n"
        "Die Musikschulen beider Städte planen gemeinsame Konzerte.\n\n"
        "Der Bürgermeister dankte allen Helfern.\n\n"
        "Nach ersten Kontakten reiste 2017 eine Linzer Delegation nach China. Bei diesem "
        "Besuch wurde in Zhuhai eine Absichtserklärung unterzeichnet.",
        "Salford and Zhuhai seal their twinning\n\n"
        "On 4 May 2019 the twinning charter between Salford and the Chinese city of Zhuhai "
        "was signed at the town hall. The guests from Zhuhai had arrived the day before.\n\n"
        "The music schools of both cities plan joint concerts.\n\n"
        "The mayor thanked all volunteers.\n\n"
        "After first contacts a Salford delegation travelled to China in 2017. During that "
        "visit a letter of intent was signed in Zhuhai.",
    ],
)
def test_resolved_pair_partner_named_as_venue_stays_party(text: str) -> None:
    """A partner the document names as such ("mit Zhuhai", "and ... Zhuhai") is still a party
    of the letter signed there ("wurde in Zhuhai eine Absichtserklärung unterzeichnet")."""
    pairs = _pairs(text)
    assert any(
        "zhuhai" in parties and kind in ("declaration_of_intent", "letter_of_intent")
        for parties, kind in pairs
    )


@pytest.mark.parametrize(
    ("text", "owner", "speaker"),
    [
        (
            "Regional assembly hears about twinnings\n\nAt the meeting, the member for "
            "Lancashire explained that Preston had ended its friendship agreement with Jiujiang "
            "in 2022 for lack of projects.",
            "preston",
            "lancashire",
        ),
        (
            "Assemblée régionale : les jumelages en débat\n\nLors de la séance, la conseillère "
            "de la Savoie a expliqué que Chambéry avait dénoncé sa convention d'amitié avec "
            "Jiujiang en 2022, les échanges s'étant taris.",
            "chambery",
            "savoie",
        ),
        (
            "Provinciale Staten over stedenbanden\n\nTijdens de vergadering legde het Statenlid "
            "van Drenthe uit dat Emmen in 2022 de vriendschapsovereenkomst met Jiujiang had "
            "opgezegd, bij gebrek aan projecten.",
            "emmen",
            "drenthe",
        ),
        (
            "Landtag debattiert über Partnerschaften\n\nIn der Sitzung erklärte die Abgeordnete "
            "aus Bayern, dass Regensburg 2022 die Freundschaftsvereinbarung mit Jiujiang mangels "
            "Projekten gekündigt habe.",
            "regensburg",
            "bayern",
        ),
    ],
)
def test_reported_clause_subject_owns_the_act(text: str, owner: str, speaker: str) -> None:
    """ "X explained that Y had ended its agreement with Z": the act is Y's (the subject of the
    reported clause), not the speaker's place X."""
    pairs = _pairs(text)
    assert (frozenset({owner, "jiujiang"}), "friendship") in pairs
    assert not any(speaker in parties for parties, _ in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor of Leeds said that Hull signed", 1),
        ("Le maire de Lyon a dit que la commune de Bron a signé", 1),
        # the elided "qu'" before a vowel
        ("Le maire de Lyon a dit qu'Angers a signé", 1),
        # the clause nearest the act word: "que Tongxiang, ...; que Chaville est jumelée"
        ("que Tongxiang souhaite des échanges avec Paris, que Chaville est jumelée", 2),
        # the "que" of "ainsi que" coordinates two pairs: no reported clause
        ("Dijon et Shenzhen, ainsi que Lyon et Bron, ont signé", -1),
        # no complementizer right before the place: no reported clause
        ("The mayor of Leeds said that the council of Hull signed", -1),
        ("Leeds and Hull signed", -1),
    ],
)
def test_reported_subjects_finds_clause_subject(text: str, expected: int) -> None:
    """`reported_subjects` gives the place that follows "that"/"que"/"dass"/"dat" at once (or
    after a determiner and a government's word), the last such one, else -1."""
    names = ["Leeds", "Hull", "Lyon", "Bron", "Tongxiang", "Paris", "Chaville", "Dijon", "Angers"]
    spans = []
    for n in names:
        at = text.find(n)
        if at >= 0:
            spans.append((at, at + len(n)))
    spans.sort()
    assert reported_subjects(text, spans, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "owner", "earlier"),
    [
        (
            "Salford and Zhuhai seal their twinning\n\nOn 4 May 2019 the twinning charter "
            "between Salford and the Chinese city of Zhuhai was signed at the town hall.\n\n"
            "Besides Lyon and Brno, Zhuhai is the third partner city of Salford.",
            "salford",
            ("lyon", "brno"),
        ),
        (
            "Lannion et Zhuhai scellent leur jumelage\n\nLe 4 mai 2019, la charte de jumelage "
            "entre Lannion et la ville chinoise de Zhuhai a été signée à l'hôtel de ville.\n\n"
            "Après Brno et Lecco, Zhuhai devient la troisième ville jumelle de Lannion.",
            "lannion",
            ("brno", "lecco"),
        ),
        (
            "Zwolle en Zhuhai bezegelen stedenband\n\nOp 4 mei 2019 werd in het stadhuis de "
            "oorkonde van de stedenband tussen Zwolle en de Chinese stad Zhuhai ondertekend.\n\n"
            "Naast Brno en Lecco is Zhuhai de derde partnerstad van Zwolle.",
            "zwolle",
            ("brno", "lecco"),
        ),
        (
            "Linz und Zhuhai\n\nAm 4. Mai 2019 wurde die Urkunde der Städtepartnerschaft "
            "zwischen Linz und der chinesischen Stadt Zhuhai unterzeichnet.\n\n"
            "Neben Brünn und Lecco ist Zhuhai die dritte Partnerstadt von Linz.",
            "linz",
            ("brunn", "lecco"),
        ),
    ],
)
def test_ordinal_list_earlier_partners_are_the_owners(
    text: str, owner: str, earlier: tuple[str, str]
) -> None:
    """ "Besides A and B, C is the third partner city of D": A and B are D's partners, never
    C's (in English too, where "city of Salford" is read as one name)."""
    pairs = _pairs(text)
    for p in earlier:
        assert (frozenset({owner, p}), "sister_city") in pairs
        assert (frozenset({"zhuhai", p}), "sister_city") not in pairs
