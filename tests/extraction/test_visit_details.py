"""Tests of the cityties.visit_details extractor on visit reports written for these tests."""

from __future__ import annotations

import time

import pytest

from cityties.extraction import extract
from cityties.extraction.types import VisitFact
from cityties.text import fold

REPORT_EN = """Mission report: Kraków delegation to Leuven, 3-5 October 2022

On 3 October 2022 a delegation from Kraków visited Leuven. It was headed by Dr Anna Nowak, \
Deputy Mayor of Kraków, and was welcomed at the Town Hall by Mr Jan Peeters, Alderman for \
Culture.

1. Participants
- Dr Anna Nowak, Deputy Mayor of Kraków
- Mr Piotr Zielinski (Krakow Festival Office)
- Ms Ewa Kowalska, Head of the International Cooperation Department, City of Kraków
- Tomasz Wójcik, interpreter

2. Objectives
To prepare a joint cultural programme for 2023 and to compare how both cities house their \
students.

3. Itinerary
Day 1
- 10:00 Reception at the Town Hall
- 14:30 Guided tour of the university library
Day 2
- 09:30 Meeting at Leuven MindGate on innovation

4. Results
The two cities agreed to co-organise a student film festival in 2023.

5. Action points
- Send the festival budget to Kraków (owner: Culture Department, due 15 November 2022)
- The Krakow Festival Office will propose dates for the festival before 1 December 2022.

6. Gifts exchanged
Dr Nowak presented the Alderman with a hand-painted nativity scene, which is now displayed \
in the reception room of the Town Hall.
The city offered the guests a set of Leuven beer glasses.
"""

REPORT_NL = """Verslag van het bezoek van een delegatie uit Suzhou aan Eindhoven

Op 8 april 2021 bezocht een delegatie uit Suzhou de stad Eindhoven. De delegatie stond onder \
leiding van mevrouw Chen Jing, viceburgemeester van Suzhou.

Samenstelling van de delegatie
• mevrouw Chen Jing, viceburgemeester van Suzhou
• de heer Wang Lei, directeur van het Buitenlandbureau van Suzhou
• de heer Liu Yang, tolk

Doel van het bezoek
De samenwerking op het gebied van design en slimme mobiliteit versterken.

Programma
8 april
• 10.00 uur: ontvangst op het stadhuis
• 14.00 uur: bezoek aan de Technische Universiteit Eindhoven
9 april
• ochtend: werkbezoek bij Brainport Development

Afspraken
Beide steden spraken af om in 2022 samen een designweek te organiseren.

Opvolging
• De afdeling Internationale Zaken zal uiterlijk 1 juni 2021 een voorstel naar Suzhou sturen.

Geschenken
De delegatie schonk de burgemeester een zijden borduurwerk. Het wordt bewaard in de trouwzaal \
van het stadhuis.
"""

REPORT_FR = """Compte rendu : visite d'une délégation de Montréal à Lyon

Le 20 juin 2018, une délégation de Montréal a visité Lyon. Elle était conduite par M. Jean \
Tremblay, maire adjoint de Montréal, et accompagnée de Mme Sophie Gagnon, directrice du Bureau \
des relations internationales de Montréal.

Objet de la visite : renforcer la coopération dans le domaine de la gastronomie.

Programme
• 20 juin, matin : accueil à l'hôtel de ville
• 21 juin, après-midi : atelier à l'Institut Paul Bocuse

Résultats
Les deux villes ont convenu de créer un prix commun de la jeune cuisine.

Suivi
La Direction des relations internationales enverra le projet de convention à Montréal d'ici \
le 31 juillet 2018.

Cadeaux
M. Tremblay a offert au maire une sculpture inuite, qui est désormais exposée dans le salon \
d'honneur de l'hôtel de ville.
"""

REPORT_DE = """Bericht über den Besuch einer Delegation aus Wuhan in Duisburg

Am 5. Juni 2019 besuchte eine Delegation aus Wuhan die Stadt Duisburg. Die Delegation stand \
unter der Leitung von Herrn Zhang Ming, Vizebürgermeister von Wuhan.

Teilnehmer
- Herr Zhang Ming, Vizebürgermeister von Wuhan
- Frau Li Na, Leiterin des Außenamts Wuhan
- Herr Sun Tao, Dolmetscher

Zweck des Besuchs
Ausbau der Zusammenarbeit in der Logistik.

Programm
Tag 1
- 10:00 Uhr: Empfang im Rathaus
- 15:00 Uhr: Rundfahrt im Hafen
Tag 2
- vormittags: Gespräch bei der Universität Duisburg-Essen

Ergebnisse
Beide Seiten vereinbarten einen jährlichen Austausch von Fachkräften.

Nächste Schritte
- Die Wirtschaftsförderung Duisburg wird bis zum 31. August 2019 ein Konzept vorlegen.

Geschenke
Herr Zhang überreichte dem Oberbürgermeister eine Porzellanvase. Sie wird im Foyer des \
Rathauses ausgestellt.
"""


def _visit(text: str, visitor: str) -> VisitFact:
    """The visit of `visitor` that the engine found in `text`."""
    visits = [v for v in extract(text).doc.visits if fold(v.visitor.name) == fold(visitor)]
    assert visits, f"no visit from {visitor}"
    return visits[0]


def _members(v: VisitFact) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.name, m.role, m.organisation, m.side) for m in v.member_details]


@pytest.mark.parametrize(
    ("text", "visitor", "expected"),
    [
        (
            REPORT_EN,
            "Kraków",
            [
                ("Anna Nowak", "Deputy Mayor of Kraków", None, "visitor"),
                ("Jan Peeters", "Alderman for Culture", None, "host"),
                ("Piotr Zielinski", None, "Krakow Festival Office", "visitor"),
                (
                    "Ewa Kowalska",
                    "Head",
                    "International Cooperation Department, City of Kraków",
                    "visitor",
                ),
                ("Tomasz Wójcik", "interpreter", None, "visitor"),
            ],
        ),
        (
            REPORT_NL,
            "Suzhou",
            [
                ("Chen Jing", "viceburgemeester van Suzhou", None, "visitor"),
                ("Wang Lei", "directeur", "Buitenlandbureau van Suzhou", "visitor"),
                ("Liu Yang", "tolk", None, "visitor"),
            ],
        ),
        (
            REPORT_FR,
            "Montréal",
            [
                ("Jean Tremblay", "maire adjoint de Montréal", None, "visitor"),
                (
                    "Sophie Gagnon",
                    "directrice",
                    "Bureau des relations internationales de Montréal",
                    "visitor",
                ),
            ],
        ),
        (
            REPORT_DE,
            "Wuhan",
            [
                ("Zhang Ming", "Vizebürgermeister von Wuhan", None, "visitor"),
                ("Li Na", "Leiterin", "Außenamts Wuhan", "visitor"),
                ("Sun Tao", "Dolmetscher", None, "visitor"),
            ],
        ),
    ],
)
def test_visit_details_members_in_four_languages(
    text: str, visitor: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    """Members come from a members list and from "led by"/"accompanied by"/"welcomed by"
    phrases, each once, with role, organisation and side; their names are the visit's members."""
    v = _visit(text, visitor)
    assert _members(v) == expected
    assert list(v.members) == [m[0] for m in expected if m[3] == "visitor"]


@pytest.mark.parametrize(
    ("text", "visitor", "purpose"),
    [
        (REPORT_EN, "Kraków", "To prepare a joint cultural programme for 2023"),
        (REPORT_NL, "Suzhou", "De samenwerking op het gebied van design"),
        (REPORT_FR, "Montréal", "renforcer la coopération dans le domaine de la gastronomie"),
        (REPORT_DE, "Wuhan", "Ausbau der Zusammenarbeit in der Logistik"),
    ],
)
def test_visit_details_purpose_from_its_section(text: str, visitor: str, purpose: str) -> None:
    """The purpose is the text of a purpose section (a heading line or "Heading: text"), and
    its span is added to the visit's evidence."""
    v = _visit(text, visitor)
    assert v.purpose is not None and v.purpose.startswith(purpose)
    assert any(e.extractor.startswith("cityties.visit_details@") for e in v.evidence)


@pytest.mark.parametrize(
    ("text", "visitor", "expected"),
    [
        (
            REPORT_EN,
            "Kraków",
            [
                ("2022-10-03", "10:00", "Town Hall", "Reception at the Town Hall"),
                ("2022-10-03", "14:30", None, "Guided tour of the university library"),
                (
                    "2022-10-04",
                    "09:30",
                    "Leuven MindGate",
                    "Meeting at Leuven MindGate on innovation",
                ),
            ],
        ),
        (
            REPORT_NL,
            "Suzhou",
            [
                ("2021-04-08", "10.00 uur", "stadhuis", "ontvangst op het stadhuis"),
                (
                    "2021-04-08",
                    "14.00 uur",
                    "Technische Universiteit Eindhoven",
                    "bezoek aan de Technische Universiteit Eindhoven",
                ),
                (
                    "2021-04-09",
                    "ochtend",
                    "Brainport Development",
                    "werkbezoek bij Brainport Development",
                ),
            ],
        ),
        (
            REPORT_FR,
            "Montréal",
            [
                ("2018-06-20", "matin", "hôtel de ville", "accueil à l'hôtel de ville"),
                (
                    "2018-06-21",
                    "après-midi",
                    "Institut Paul Bocuse",
                    "atelier à l'Institut Paul Bocuse",
                ),
            ],
        ),
        (
            REPORT_DE,
            "Wuhan",
            [
                ("2019-06-05", "10:00 Uhr", "Rathaus", "Empfang im Rathaus"),
                ("2019-06-05", "15:00 Uhr", "Hafen", "Rundfahrt im Hafen"),
                (
                    "2019-06-06",
                    "vormittags",
                    "Universität Duisburg-Essen",
                    "Gespräch bei der Universität Duisburg-Essen",
                ),
            ],
        ),
    ],
)
def test_visit_details_programme_items(
    text: str, visitor: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    """Programme items keep their day (a date, "Day 2", or a day heading above them, in the
    visit's year), time of day and venue; day headings are no items."""
    v = _visit(text, visitor)
    got = [(p.date.iso() if p.date else None, p.time, p.place, p.description) for p in v.programme]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "visitor", "words"),
    [
        (REPORT_EN, "Kraków", "agreed to co-organise a student film festival"),
        (REPORT_NL, "Suzhou", "spraken af om in 2022 samen een designweek"),
        (REPORT_FR, "Montréal", "ont convenu de créer un prix commun"),
        (REPORT_DE, "Wuhan", "vereinbarten einen jährlichen Austausch"),
    ],
)
def test_visit_details_outcomes(text: str, visitor: str, words: str) -> None:
    """What the visit agreed is an outcome, quoted from the text."""
    v = _visit(text, visitor)
    assert [words in o.description for o in v.outcomes] == [True]
    for o in v.outcomes:
        assert o.evidence and o.evidence[0].quote.startswith(o.description[:20])


@pytest.mark.parametrize(
    ("text", "visitor", "expected"),
    [
        (
            REPORT_EN,
            "Kraków",
            [
                ("Culture Department", "2022-11-15", "Send the festival budget to Kraków"),
                (
                    "Krakow Festival Office",
                    "2022-12-01",
                    "propose dates for the festival",
                ),
            ],
        ),
        (
            REPORT_NL,
            "Suzhou",
            [("afdeling Internationale Zaken", "2021-06-01", "een voorstel naar Suzhou sturen")],
        ),
        (
            REPORT_FR,
            "Montréal",
            [
                (
                    "Direction des relations internationales",
                    "2018-07-31",
                    "le projet de convention à Montréal",
                )
            ],
        ),
        (
            REPORT_DE,
            "Wuhan",
            [("Wirtschaftsförderung Duisburg", "2019-08-31", "ein Konzept vorlegen")],
        ),
    ],
)
def test_visit_details_follow_up_actions(
    text: str, visitor: str, expected: list[tuple[str, str, str]]
) -> None:
    """A follow-up action has its owner (subject of "will", or "owner: X"), due date and what
    is to be done, without the deadline phrase."""
    v = _visit(text, visitor)
    got = [(f.owner, f.due.iso() if f.due else None, f.description) for f in v.follow_ups]
    assert [(o, d) for o, d, _ in got] == [(o, d) for o, d, _ in expected]
    for (_o, _d, description), (_o2, _d2, words) in zip(got, expected, strict=True):
        assert words in description
        assert "2018" not in description and "2019" not in description
        assert "2021" not in description and "2022" not in description


@pytest.mark.parametrize(
    ("text", "visitor", "expected"),
    [
        (
            REPORT_EN,
            "Kraków",
            [
                (
                    "Anna Nowak",
                    "Jan Peeters",
                    "reception room of the Town Hall",
                    "visitor",
                    "hand-painted nativity scene",
                ),
                ("city", "Kraków", None, "host", "a set of Leuven beer glasses"),
            ],
        ),
        (
            REPORT_NL,
            "Suzhou",
            [
                (
                    "Suzhou",
                    "burgemeester",
                    "trouwzaal van het stadhuis",
                    "visitor",
                    "een zijden borduurwerk",
                )
            ],
        ),
        (
            REPORT_FR,
            "Montréal",
            [
                (
                    "Jean Tremblay",
                    "maire",
                    "salon d'honneur de l'hôtel de ville",
                    "visitor",
                    "une sculpture inuite",
                )
            ],
        ),
        (
            REPORT_DE,
            "Wuhan",
            [
                (
                    "Zhang Ming",
                    "Oberbürgermeister",
                    "Foyer des Rathauses",
                    "visitor",
                    "eine Porzellanvase",
                )
            ],
        ),
    ],
)
def test_visit_details_gifts(
    text: str, visitor: str, expected: list[tuple[str, str, str | None, str, str]]
) -> None:
    """A gift has its giver and receiver (a member named by surname or role is that member,
    "the delegation" or "the guests" the visiting place), where it is kept and the side that
    gave it."""
    v = _visit(text, visitor)
    got = [(g.giver, g.receiver, g.kept_at, g.giver_side, g.description) for g in v.gifts]
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert e[4] in g[4]


@pytest.mark.parametrize(
    "text",
    [
        "Op 8 april 2021 bezocht een delegatie uit Suzhou de stad Eindhoven. De delegatie werd "
        "ontvangen door de heer Peter de Vries, wethouder van Eindhoven.",
        "On 8 April 2021 a delegation from Suzhou visited Eindhoven. It was received by "
        "Mr Peter de Vries, Alderman of Eindhoven.",
        "Le 8 avril 2021, une délégation de Suzhou a visité Eindhoven. Elle a été reçue par "
        "M. Peter de Vries, échevin d'Eindhoven.",
        "Am 8. April 2021 besuchte eine Delegation aus Suzhou die Stadt Eindhoven. Sie wurde "
        "von Herrn Peter de Vries empfangen.",
    ],
)
def test_visit_details_host_who_received_the_visit(text: str) -> None:
    """A person who received the delegation is a member on the host side."""
    v = _visit(text, "Suzhou")
    assert [(m.name, m.side) for m in v.member_details] == [("Peter de Vries", "host")]
    assert v.members == ()


def test_visit_details_news_sentences_without_sections() -> None:
    """Without a report's sections, the sentences of the visit and the few after it give its
    members, purpose, outcome, action with a deadline, and gift."""
    text = (
        "In May 2016 a delegation from Kunming led by Mr Li Wei, Vice-Governor of Yunnan, "
        "visited Perth to discuss tourism and education. "
        "The mayor and the vice-governor agreed to open a tourism office in Kunming. "
        "The City of Perth will send a trade mission to Kunming by 30 September 2016. "
        "The mayor presented the guests with a framed map of the Swan River as a gift.\n\n"
        "Perth has about two million inhabitants."
    )
    v = _visit(text, "Kunming")
    assert _members(v) == [("Li Wei", "Vice-Governor of Yunnan", None, "visitor")]
    assert v.purpose == "to discuss tourism and education"
    assert [o.description for o in v.outcomes] == [
        "The mayor and the vice-governor agreed to open a tourism office in Kunming"
    ]
    assert [(f.owner, f.due.iso() if f.due else None) for f in v.follow_ups] == [
        ("City of Perth", "2016-09-30")
    ]
    assert [(g.giver, g.receiver, g.giver_side, g.description) for g in v.gifts] == [
        ("mayor", "Kunming", "host", "a framed map of the Swan River")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In May 2016 a delegation from Kunming visited Perth. The mayor gave a presentation "
        "of the city's port.",
        "Perth and Kunming agreed to cooperate. Perth will send a mission by 2017.",
        "",
    ],
)
def test_visit_details_nothing_without_details(text: str) -> None:
    """A talk given is no gift; without a visit nothing is read at all."""
    for v in extract(text).doc.visits:
        assert v.gifts == ()
        assert v.member_details == ()


def test_visit_details_evidence_quotes_the_text() -> None:
    """Every detail's evidence quotes the document exactly."""
    for text in (REPORT_EN, REPORT_NL, REPORT_FR, REPORT_DE):
        doc = extract(text).doc
        for v in doc.visits:
            parts = (*v.member_details, *v.programme, *v.outcomes, *v.follow_ups, *v.gifts)
            for part in parts:
                assert part.evidence
                for e in part.evidence:
                    assert text[e.start : e.end] == e.quote


def test_visit_details_costs_little_without_visits() -> None:
    """A long text without a visit is left at once (the extractor's share stays tiny)."""
    from cityties.extraction import registry
    from cityties.extraction.doc import Doc, split_sentences

    text = ("Gent telt 263.608 inwoners en heeft een haven. Programme\nGifts\n" * 20000)[:1_000_000]
    doc = Doc(text=text, language="nl")
    doc.sentences = split_sentences(text)
    t0 = time.perf_counter()
    registry.get("cityties.visit_details")(doc)
    assert time.perf_counter() - t0 < 0.01


@pytest.mark.parametrize("text", [REPORT_EN, REPORT_NL, REPORT_FR, REPORT_DE])
def test_visit_details_json_validates_against_the_schema(text: str) -> None:
    """The details are written in the facts JSON and the schema accepts them."""
    import jsonschema

    from cityties.extraction.export import result_to_dict, schema

    data = result_to_dict(extract(text))
    jsonschema.Draft202012Validator(schema()).validate(data)
    visit = data["visits"][0]
    assert visit["member_details"] and visit["programme"] and visit["gifts"]
    assert visit["follow_ups"][0]["due"] is not None
    for part in ("member_details", "programme", "outcomes", "follow_ups", "gifts"):
        for item in visit[part]:
            for ev in item["evidence"]:
                assert ev["extractor"].startswith("cityties.visit_details@")
                assert text[ev["start"] : ev["end"]] == ev["quote"]


@pytest.mark.parametrize(
    ("text", "visitor", "expected"),
    [
        (
            "Eine Handelsdelegation aus Suzhou unter Leitung des Bürgermeisters Dr.-Ing. Peter "
            "Beispiel besuchte im Mai 2017 die Stadt Goslar.",
            "Suzhou",
            [("Peter Beispiel", "Bürgermeister", None, "visitor")],
        ),
        (
            "In May 2017 a delegation from Suzhou led by Mayor Anna Example visited Goslar "
            "and Ms Petra Muster, Alderman, received them at the town hall.",
            "Suzhou",
            [("Anna Example", "Mayor", None, "visitor")],
        ),
        (
            "En mai 2017, une délégation de Suzhou menée par M. Paul Exemple, maire de "
            "Suzhou, et accompagnée de Mme Claire Exemple a visité Goslar.",
            "Suzhou",
            [
                ("Paul Exemple", "maire de Suzhou", None, "visitor"),
                ("Claire Exemple", None, None, "visitor"),
            ],
        ),
    ],
)
def test_visit_details_members_from_a_sentence(
    text: str, visitor: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    """A role before the name counts ("des Bürgermeisters Dr.-Ing. X", "Mayor X"); what
    follows a name describes the person only when it names a role or an organisation."""
    assert _members(_visit(text, visitor)) == expected


def test_visit_details_gift_exchange_without_a_gift_named() -> None:
    """ "Exchanged their presents" tells of no particular gift."""
    text = (
        "On 3 May 2015 the mayor of Xiamen visited Cardiff. Afterwards the mayors "
        "exchanged their presents and then listened to a concert."
    )
    assert _visit(text, "Xiamen").gifts == ()
