"""Visits worded unlike the texts the rules were first written from (benchmarks/corpus4):
new nouns and verbs, meetings at a distance, dates in a relative clause or after "since",
planned visits in the French future, reverse trips, origins named by a partner noun. Every
text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _visits(text: str) -> set[tuple[str, str, str | None]]:
    doc = extract(text).doc
    return {
        (fold(v.visitor.name), fold(v.host.name), v.date.iso() if v.date else None)
        for v in doc.visits
    }


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2025-03-13\nCouncillors from Rotterdam set foot in Gothenburg on Monday for "
            "talks on port housing.",
            ("rotterdam", "gothenburg", "2025-03-10"),
        ),
        (
            "A group of Porto councillors flew out to Nantes in May 2024 for a housing forum.",
            ("porto", "nantes", "2024-05"),
        ),
        (
            "The deputy mayor of Seville dropped in at Manchester's innovation district in "
            "June 2023.",
            ("seville", "manchester", "2023-06"),
        ),
        (
            "In April 2022 Krakow sent a cultural delegation of twenty to Nuremberg.",
            ("krakow", "nuremberg", "2022-04"),
        ),
        (
            "Een gezelschap ambtenaren uit Lyon streek in maart 2024 neer in Utrecht.",
            ("lyon", "utrecht", "2024-03"),
        ),
        (
            "In mei 2023 ontving het college een afvaardiging van de Poolse stad Poznań.\n"
            "Institution: Gemeente Eindhoven",
            ("poznan", "eindhoven", "2023-05"),
        ),
        (
            "date 2024-02-08\nUne délégation de Québec séjourne à Bordeaux depuis lundi.",
            ("quebec", "bordeaux", "2024-02-05"),
        ),
        (
            "date 2024-02-08\nLe maire de Lyon s'envolera lundi prochain pour Montréal.",
            ("lyon", "montreal", "2024-02-12"),
        ),
        (
            "Die Delegation der Stadt Leipzig hielt sich vom 2. bis 5. Oktober 2023 in Brno auf.",
            ("leipzig", "brno", "2023-10-02"),
        ),
        (
            "Eine Abordnung aus der polnischen Partnerstadt Posen war in der vergangenen Woche "
            "in Hannover zu Gast.",
            ("posen", "hannover", None),
        ),
    ],
)
def test_visits_unseen_verbs_and_nouns(text: str, visit: tuple) -> None:
    """New visit verbs and nouns ("set foot in", "flew out to", "dropped in at", "sent a
    delegation to", "streek neer in", "afvaardiging", "séjourne à", "s'envolera pour",
    "hielt sich ... auf", "Abordnung ... zu Gast") read the visitor and the host."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Leeds held a video call with officials from Dortmund in March 2024.",
        "In maart 2024 had het college een online gesprek met vertegenwoordigers van Nablus.\n"
        "Institution: Stad Mechelen",
        "Une visioconférence avec une délégation de Brno a eu lieu le 3 mars 2024 à Rennes.",
        "Der Austausch mit der Delegation aus La Paz fand 2023 ausschließlich digital statt.\n"
        "Institution: Bundesstadt Bonn",
    ],
)
def test_visits_meeting_at_a_distance_is_no_visit(text: str) -> None:
    """A video call, an online talk or a purely digital exchange is no visit."""
    assert _visits(text) == set()


def test_visits_date_in_relative_clause_of_the_visit() -> None:
    """ "de studiereis naar Lübeck, die van 5 tot en met 7 februari 2024 plaatsvond": a relative
    clause that says when the visit took place dates it (first day)."""
    text = (
        "Institution: Gemeente Zwolle\nDe wethouder doet verslag van de studiereis naar Leuven, "
        "die van 5 tot en met 7 februari 2024 plaatsvond."
    )
    assert ("zwolle", "leuven", "2024-02-05") in _visits(text)


def test_visits_since_year_is_no_visit_date() -> None:
    """ "À Niigata, ville jumelle de Nantes depuis 2007, ils ont signé ...": the year after
    "depuis" is when the twinning began, not the date of the visit."""
    text = (
        "Nantes et Niigata ont signé une feuille de route culturelle. À Niigata, ville jumelle "
        "de Nantes depuis 2007, les élus nantais ont signé la feuille de route avec le maire."
    )
    found = _visits(text)
    assert not any(d == "2007" for _, _, d in found)


@pytest.mark.parametrize(
    "text",
    [
        "L'an prochain, c'est une délégation de Niigata qui fera le voyage jusqu'à Nantes.",
        "Next year a delegation from Osaka will come to Hamburg.",
    ],
)
def test_visits_undated_future_left_out(text: str) -> None:
    """A visit to come without a date ("l'an prochain ... fera le voyage") is left out."""
    assert _visits(text) == set()


def test_visits_reverse_trip_is_a_return_visit() -> None:
    """ "maakte een Delftse delegatie de omgekeerde reis": the host of the visit reported
    before visits its visitor."""
    text = (
        "Een gezelschap van ambtenaren uit Chengdu streek in mei 2024 neer in Delft. In "
        "september 2024 maakte een delegatie uit Delft de omgekeerde reis."
    )
    found = _visits(text)
    assert ("chengdu", "delft", "2024-05") in found
    assert ("delft", "chengdu", "2024-09") in found


def test_visits_year_span_is_no_visit_date() -> None:
    """ "ils ont signé à Niigata une feuille de route pour 2024-2026": a span of whole years is
    the term of the act, not the date of the visit."""
    text = (
        "Institution : Ville de Nantes\n\n"
        "Partis le 2 mai 2024 pour Niigata, les élus de la délégation nantaise y ont signé une "
        "feuille de route culturelle pour 2024-2026."
    )
    found = _visits(text)
    assert ("nantes", "niigata", "2024-05-02") in found
    assert not any(d == "2024" for _, _, d in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution : Ville de Nantes\n\n"
            "Partis le 2 mai 2024 pour Niigata, les élus de la délégation nantaise ont signé "
            "un accord.",
            ("nantes", "niigata", "2024-05-02"),
        ),
        (
            "Arrived in Turku on 4 June 2024, the Tallinn delegation met the mayor.",
            ("tallinn", "turku", "2024-06-04"),
        ),
    ],
)
def test_visits_participle_clause_names_visitor_after(text: str, visit: tuple) -> None:
    """A sentence opened by a participle clause names its subject after the host."""
    assert visit in _visits(text)


def test_visits_delegation_of_people_to_place() -> None:
    """ "le déplacement d'une délégation d'élus à Sfax": the people of the delegation stand
    between the noun and the destination."""
    text = (
        "Institution : Ville de Grenoble\n\nLe conseil prend acte du déplacement d'une "
        "délégation d'élus à Sfax du 10 au 13 octobre 2023."
    )
    assert ("grenoble", "sfax", "2023-10-10") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: Gemeente Zwolle\n\nHet college heeft op 28 februari 2024 een "
            "gezelschap uit Münster op het stadhuis verwelkomd.",
            ("munster", "zwolle", "2024-02-28"),
        ),
        (
            "Institution: Stadt Kassel\n\nGäste aus Mulhouse begrüßte der Rat im Oktober 2023.",
            ("mulhouse", "kassel", "2023-10"),
        ),
    ],
)
def test_visits_guests_before_a_final_receiving_verb(text: str, visit: tuple) -> None:
    """Guests "from" a place before a receiving verb at the end of its clause are the visitors
    and the host is the document's own place; the place is never read as the host."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


def test_visits_group_then_day_without_year() -> None:
    """ "Le groupe a ensuite fait étape à Séoul le 6 mai": the group is the document's
    delegation, the day takes the year of the trip dated just before."""
    text = (
        "Institution : Ville de Nantes\n\nUne délégation nantaise s'est rendue à Niigata le 2 mai "
        "2024. Le groupe a ensuite fait étape à Séoul le 6 mai."
    )
    assert ("nantes", "seoul", "2024-05-06") in _visits(text)


def test_visits_played_host_to_a_party_from() -> None:
    """ "Cardiff played host to a 14-strong party from Stuttgart": the subject is the host, the
    party's origin the visitor (not reversed)."""
    found = _visits("Cardiff played host to a 14-strong party from Stuttgart in June 2024.")
    assert ("stuttgart", "cardiff", "2024-06") in found
    assert not any(v == "cardiff" and h == "stuttgart" for v, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a long middle field, the place of the reception after "in"
        (
            "Institution: Stad Leuven\n\nOp 21 november 2023 werd schepen Lalynn Wadera in "
            "Wrocław door de vicevoorzitter van de stadsraad van de stad verwelkomd.",
            ("leuven", "wrocław", "2023-11-21"),
        ),
        # "vom" as the agent, commas inside the middle field
        (
            "Institution: Landeshauptstadt Potsdam\n\nOberbürgermeister Mike Schubert wurde am "
            "Dienstag, 8. Oktober 2024, vom Bürgermeister von Versailles, François de Mazières, "
            "im Schloss empfangen.",
            ("potsdam", "versailles", "2024-10-08"),
        ),
    ],
)
def test_visits_passive_with_verb_at_the_end(text: str, visit: tuple) -> None:
    """A Dutch or German passive whose participle ends a long clause: the official received is
    the visitor; the host is the agent's place or the place where it happened."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Un voyage à Turin, envisagé pour octobre 2024, n'aura finalement pas lieu.",
        "Het bezoek van een delegatie uit Bergen op 4 november 2024 gaat niet door.",
        "Der Besuch einer Delegation aus Columbus am 3. April 2024 findet nicht statt.",
        "The mission to Osaka on 5 May 2024 did not take place.",
    ],
)
def test_visits_called_off_in_other_words(text: str) -> None:
    """A visit that "will not take place", "gaat niet door", "findet nicht statt" is left out."""
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: Gemeente Groningen\n\nIn september 2024 legden wethouders en ambtenaren "
            "uit Tartu een bezoek af aan de Zernike Campus.",
            ("tartu", "groningen", "2024-09"),
        ),
        (
            "Institution: City of Leeds\n\nIn May 2023 a delegation from Kyoto visited the "
            "science park and the university.",
            ("kyoto", "leeds", "2023-05"),
        ),
    ],
)
def test_visits_site_of_the_home_place(text: str, visit: tuple) -> None:
    """People from a place abroad who visit a site that is no place (a campus, a science
    park) visit the document's own place."""
    assert visit in _visits(text)


def test_visits_site_visit_at_home_is_no_visit() -> None:
    """Officials of the document's own country who visit a site are no foreign visitors."""
    text = (
        "Institution: City of Leeds\n\nIn May 2023 officials from Manchester visited the "
        "science park."
    )
    assert not any(h == "leeds" for _, h, _ in _visits(text))


def test_visits_stay_at_a_site_of_the_home_place() -> None:
    """ "officers from Dortmund spent a week shadowing colleagues in the housing department":
    a stay at a site of the document's own place is a visit to it."""
    text = (
        "Institution: Leeds City Council\n\nIn March 2023 five officers from Dortmund spent a "
        "week shadowing colleagues in the housing department."
    )
    assert ("dortmund", "leeds", "2023-03") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution : Ville de Grenoble\n\nLe conseil salue la venue à Grenoble, en juin "
            "2023, du maire de Pécs.",
            ("pecs", "grenoble", "2023-06"),
        ),
        (
            "The visit to Leeds of the Mayor of Dortmund in May 2023 opened the exhibition.",
            ("dortmund", "leeds", "2023-05"),
        ),
    ],
)
def test_visits_official_named_after_the_host(text: str, visit: tuple) -> None:
    """A visit noun with its destination first and the visiting official after it ("la venue
    à X du maire de Y"): Y visits X."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


def test_visits_english_venue_is_no_visit() -> None:
    """The English "venue" is a place of an event, not a visit."""
    text = "The venue in Leeds was booked by the Mayor of Dortmund's office in May 2023."
    assert _visits(text) == set()


def test_visits_programme_lines_with_weekdays_and_travel_words() -> None:
    """Programme lines "Monday 4 November - arrival in Kyoto; courtesy call ..." are stops of
    the report's own delegation, dated with the year of the title's range."""
    text = (
        "Institution: City of Edinburgh Council\n\n"
        "Report: civic delegation to Japan and China, 4 - 11 November 2024\n\n"
        "Programme\n"
        "Monday 4 November - arrival in Kyoto; courtesy call on the mayor\n"
        "Tuesday 5 November - Kyoto University\n"
        "Thursday 7 November - by train to Xi'an; dinner with the Foreign Affairs Office\n"
        "Monday 11 November - return flight\n"
    )
    found = _visits(text)
    assert ("edinburgh", "kyoto", "2024-11-04") in found
    assert ("edinburgh", "xi an", "2024-11-07") in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Hosted by the Lord Mayor of Leeds, a delegation from Dortmund toured the city in "
            "May 2023.",
            ("dortmund", "leeds", "2023-05"),
        ),
        (
            "Welcoming a delegation from Shanghai in May 2023, the Lord Mayor of Cork praised "
            "the partnership.",
            ("shanghai", "cork", "2023-05"),
        ),
    ],
)
def test_visits_receiving_participle_opens_the_sentence(text: str, visit: tuple) -> None:
    """ "Hosted by X, a delegation from Y ...", "Welcoming a delegation from Y, the Lord Mayor
    of X ...": X is the host, Y the visitor (never reversed)."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Der Oberbürgermeister von Kiel empfing im Mai 2023 Gäste aus Tallinn.",
            ("tallinn", "kiel", "2023-05"),
        ),
        (
            "Eine Delegation aus Kiel war vom 3. bis 5. Mai 2023 Gast in Tallinn.",
            ("kiel", "tallinn", "2023-05-03"),
        ),
    ],
)
def test_visits_guests(text: str, visit: tuple) -> None:
    """Guests received ("empfing ... Gäste aus X") and a delegation that "war ... Gast in Y"."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "The Lord Mayor of Leeds journeyed to Dortmund in May 2023.",
            ("leeds", "dortmund", "2023-05"),
        ),
        (
            "In May 2023 a Dortmund delegation called on the Lord Mayor of Leeds.",
            ("dortmund", "leeds", "2023-05"),
        ),
        (
            "Une délégation lyonnaise s'est déplacée à Turin en mai 2023. Lyon est jumelée avec "
            "Turin.",
            ("lyon", "turin", "2023-05"),
        ),
        (
            "Im Mai 2023 machte sich eine Delegation aus Kiel auf den Weg nach Tallinn.",
            ("kiel", "tallinn", "2023-05"),
        ),
        (
            "Im Mai 2023 brach Bürgermeisterin Anna Berg aus Rostock nach Riga auf.",
            ("rostock", "riga", "2023-05"),
        ),
    ],
)
def test_visits_more_travel_verbs(text: str, visit: tuple) -> None:
    """ "journeyed to", "called on the Lord Mayor of X" (X hosts), "s'est déplacée à" with a
    French adjective that doubles its consonant ("lyonnaise"), "machte sich auf den Weg nach",
    "brach ... nach ... auf" with the official's place inside the verb's frame."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor of Leeds hopes to travel to Dortmund one day.",
        "Plans for a Leeds delegation to Dortmund in May 2023 were shelved.",
        "Students from Leeds visited Dortmund in May 2023.",
        "Le maire de Lyon devrait se rendre à Turin un jour.",
    ],
)
def test_visits_wishes_shelved_plans_and_students(text: str) -> None:
    """A wish without a date, a shelved plan and a students' trip are no visits."""
    assert _visits(text) == set()


def test_visits_online_talk_in_another_clause_keeps_the_visit() -> None:
    """ "bezocht Kaunas en sprak daarna online met Riga": the online talk is another clause;
    the visit stays, the talk is none."""
    found = _visits(
        "De delegatie uit Gent bezocht in mei 2023 Kaunas en sprak daarna online met Riga."
    )
    assert ("gent", "kaunas", "2023-05") in found
    assert not any(h == "riga" for _, h, _ in found)
