"""Visits on unseen wordings (issue 2): officials in a relative clause, attributive visitors,
hosts named by a noun, long gaps before "nach"/"naar", French adjectives after
"délégation", dates cut by a line break, years that qualify a noun, private guests; and,
found with benchmarks/corpus4 in view, new nouns and verbs, meetings at a distance, dates in
a relative clause or after "since", planned visits in the French future, reverse trips,
origins named by a partner noun. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the official of a relative clause is the visitor
        (
            "Cape Town renewed its agreement with Hangzhou on 4 March 2024. It was signed by "
            "Hangzhou Vice Mayor Chen Wei, who arrived in Cape Town on 3 March 2024 at the head "
            "of a delegation.",
            ("hangzhou", "cape town", "2024-03-03"),
        ),
        # ... also with a visit noun and no host: the document's own place
        (
            "Institution: City of Penang\n\nPenang and Xiamen signed a friendship agreement. It "
            "was signed at the State Assembly by Xiamen Vice-Mayor Lin Wen, who is leading a "
            "20-member delegation on a working visit that began on 22 January 2024.",
            ("xiamen", "penang", "2024-01-22"),
        ),
    ],
)
def test_visits_official_in_relative_clause(text: str, visit: tuple) -> None:
    """ "X Vice Mayor NAME, who arrived in Y": X visits Y, not the first place of the sentence."""
    found = _visits(text)
    assert visit in found
    assert not any(v == "cape town" and h == "hangzhou" for v, h, _ in found)


def test_visits_attributive_visitor_and_host_noun() -> None:
    """ "leads an Alberta trade mission to the province": Alberta visits the province last
    named (Heilongjiang), the visit is not reversed."""
    text = (
        "The Minister of Alberta signed the protocol with Heilongjiang in Edmonton. He expects "
        "to sign the next one in Harbin, the capital of Heilongjiang, when he leads an Alberta "
        "trade mission to the province in September 2025."
    )
    found = _visits(text)
    assert ("alberta", "heilongjiang", "2025-09") in found
    assert not any(v == "heilongjiang" and h == "alberta" and d == "2025-09" for v, h, d in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "City of Augsburg\n\nAugsburg und Nagahama sind seit 1959 Partnerstädte. Im Mai 2024 "
            "reiste die Oberbürgermeisterin mit einer Delegation aus Stadtrat, Schulen und "
            "Vereinen nach Nagahama.",
            ("augsburg", "nagahama", "2024-05"),
        ),
        (
            "Hasselt en Itami zijn zustersteden. Begin mei 2025 reisde de Hasseltse burgemeester "
            "met een delegatie van dertig inwoners naar Itami.",
            ("hasselt", "itami", "2025-05"),
        ),
        (
            "Le jumelage entre Angers et Yantai date de 2006. En 2016, le maire de Yantai est "
            "venu à Angers, et une délégation angevine s'est à son tour rendue à Yantai en "
            "octobre 2019.",
            ("angers", "yantai", "2019-10"),
        ),
    ],
)
def test_visits_long_gaps_and_adjective_visitors(text: str, visit: tuple) -> None:
    """A list with commas before "nach", many words before "naar", "s'est à son tour rendue"
    and an adjective after "délégation" still give the visit and its visitor."""
    assert visit in _visits(text)


def test_visits_date_cut_by_line_break() -> None:
    """A range whose year is on the next line dates the visit by its first day."""
    text = (
        "Eindhoven en Nanjing werken samen.\n- Een delegatie uit Nanjing bezocht Eindhoven van "
        "21 tot en met 24 oktober\n  2023, tijdens de Dutch Design Week."
    )
    assert ("nanjing", "eindhoven", "2023-10-21") in _visits(text)


def test_visits_year_qualifying_a_noun_is_no_date() -> None:
    """ "the commemoration of the 1940 air raid": the visit is dated by its own clause."""
    text = (
        "The anniversary year opened in February 2024, when a delegation from Dresden "
        "travelled to Coventry for the commemoration of the 1940 air raid."
    )
    assert _visits(text) == {("dresden", "coventry", "2024-02")}


def test_visits_private_guests_are_no_delegation() -> None:
    """A resident who "hosted Taiyuan students" reports no official visit."""
    text = (
        "Launceston City Council\n\nLaunceston ended the friendship with Taiyuan. Resident Joan "
        "Smith, who hosted Taiyuan students in 1996, was sad."
    )
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Leeds and Dortmund are twin cities. A Dortmund delegation was hosted by Leeds City "
            "Council in May 2019.",
            ("dortmund", "leeds", "2019-05"),
        ),
        (
            "Leeds and Dortmund are twin cities. Leeds was visited by a delegation from Dortmund "
            "in May 2019.",
            ("dortmund", "leeds", "2019-05"),
        ),
        (
            "Leeds and Dortmund are twin cities. The Mayor of Dortmund was welcomed in Leeds by "
            "the Lord Mayor on 4 May 2019.",
            ("dortmund", "leeds", "2019-05-04"),
        ),
        (
            "Gent en Weihai zijn partnersteden. Op 4 mei 2019 werd een delegatie uit Weihai door "
            "de burgemeester van Gent ontvangen.",
            ("weihai", "gent", "2019-05-04"),
        ),
        (
            "Lyon et Canton sont jumelées. Le maire de Canton a été accueilli à Lyon en mai 2019.",
            ("canton", "lyon", "2019-05"),
        ),
    ],
)
def test_visits_passive_reception(text: str, visit: tuple) -> None:
    """A passive ("was hosted by", "was visited by", "werd ... ontvangen", "a été accueilli
    à") names the visitor as its subject and the host as its agent or place."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Leeds and Dortmund are twin cities. Leeds played host to a delegation from Dortmund "
            "in August 2020.",
            ("dortmund", "leeds", "2020-08"),
        ),
        (
            "Leeds and Dortmund are twin cities. Leeds will host a delegation from Dortmund on 4 "
            "May 2026.",
            ("dortmund", "leeds", "2026-05-04"),
        ),
        (
            "Gent en Weihai zijn partnersteden. Gent kreeg in mei 2019 bezoek van een delegatie "
            "uit Weihai.",
            ("weihai", "gent", "2019-05"),
        ),
        (
            "Lyon et Canton sont jumelées. Lyon a reçu la visite d'une délégation de Canton en mai "
            "2019.",
            ("canton", "lyon", "2019-05"),
        ),
        (
            "Leeds and Dortmund are twin cities. The Lord Mayor of Leeds received his counterpart "
            "from Dortmund on 4 May 2019.",
            ("dortmund", "leeds", "2019-05-04"),
        ),
        (
            "Leeds and Dortmund are twin cities. During a visit by the Mayor of Dortmund to Leeds "
            "in May 2019, the two cities renewed the agreement.",
            ("dortmund", "leeds", "2019-05"),
        ),
        (
            "Leeds and Dortmund are twin cities. The visit of Dortmund's mayor to Leeds took place "
            "on 3 March 2015.",
            ("dortmund", "leeds", "2015-03-03"),
        ),
        (
            "Versailles et Shenzhen. En mai 2018, le maire de Versailles a effectué une visite "
            "officielle à Shenzhen.",
            ("versailles", "shenzhen", "2018-05"),
        ),
    ],
)
def test_visits_receiving_and_noun_wordings(text: str, visit: tuple) -> None:
    """ "played host to", "will host", "kreeg bezoek van", "a reçu la visite d'", "received his
    counterpart from", "a visit by X to Y", "the visit of X's mayor to Y" and an official of a
    place before "une visite officielle à Y" each give one visit the right way round."""
    assert visit in _visits(text)


def test_visits_programme_lines_of_a_report() -> None:
    """In a mission report, a line that is only a date and a place is a stop of the report's
    own delegation, dated by its first day."""
    text = (
        "Institution: Waterford City Council\n\nREPORT ON THE TRADE MISSION OF WATERFORD\n"
        "3 - 9 June 2023\n\nThe delegation was led by the Mayor of Waterford.\n\n"
        "3-5 June, Qingdao.\nThe delegation met the port authority.\n\n"
        "6-8 June, Yantai.\nMeetings with food exporters.\n"
    )
    found = _visits(text)
    assert ("waterford", "qingdao", "2023-06-03") in found
    assert ("waterford", "yantai", "2023-06-06") in found


def test_visits_delegation_from_an_unknown_name_is_not_guessed() -> None:
    """ "A delegation from YEDA" (a name no mention knows) is no visit of another place."""
    text = (
        "Institution: Waterford City Council\n\nWaterford and Qingdao are partners. A delegation "
        "from YEDA has accepted an invitation to visit Waterford in September 2023."
    )
    assert not any(v == "qingdao" for v, _, _ in _visits(text))


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: Stad Gent\n\nGent en Weihai zijn partnersteden. In juni 2019 was de "
            "burgemeester van Weihai op bezoek bij de stad Gent.",
            ("weihai", "gent", "2019-06"),
        ),
        (
            "Institution: Stadt Kiel\n\nKiel und Tallinn sind Partnerstädte. Die Delegationsreise "
            "nach Tallinn fand im Juni 2019 statt.",
            ("kiel", "tallinn", "2019-06"),
        ),
        (
            "Institution: Stadt Kiel\n\nKiel und Tallinn sind Partnerstädte. Im Juni 2019 "
            "besuchte der Bürgermeister von Tallinn die Stadt Kiel.",
            ("tallinn", "kiel", "2019-06"),
        ),
        (
            "Institution: City of Leeds\n\nLeeds and Dortmund are twin cities. The Mayor of "
            "Dortmund and his delegation were guests of Leeds in June 2019.",
            ("dortmund", "leeds", "2019-06"),
        ),
    ],
)
def test_visits_guests_and_german_word_order(text: str, visit: tuple) -> None:
    """ "op bezoek bij", "Delegationsreise nach", "besuchte der Bürgermeister von X die Stadt
    Y" and "were guests of" each give the visit the right way round."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Sheffield and Anshan are sister cities. A trade mission from Anshan came to "
            "Sheffield in April 2016, and a group of Sheffield manufacturers returned the visit "
            "later that year.",
            ("sheffield", "anshan", "2016"),
        ),
        (
            "Stad Brugge\n\nBrugge en Shaoxing tekenden in 2019 een intentieverklaring. Schepen "
            "van Toerisme Els Peeters trok toen zelf naar Shaoxing om te tekenen.",
            ("brugge", "shaoxing", "2019"),
        ),
    ],
)
def test_visits_return_visit_and_then(text: str, visit: tuple) -> None:
    """ "returned the visit later that year" reverses the visit before, dated by its year;
    "trok toen naar X" takes the date of the sentence before."""
    assert visit in _visits(text)


def test_visits_foreign_delegation_without_destination_comes_home() -> None:
    """ "the visit of the Jiangmen delegation" in a Riverside agenda: a foreign delegation
    named without a destination visits the document's own place; a local body does not."""
    text = (
        "CITY OF RIVERSIDE\nCity Council Memorandum\n\nRiverside and Jiangmen are sister cities. "
        "Authorize the Mayor to sign the memorandum during the visit of the Jiangmen municipal "
        "delegation, tentatively scheduled for October 14-17, 2024. Representatives of the "
        "Riverside Public Utilities will attend."
    )
    found = _visits(text)
    assert ("jiangmen", "riverside", "2024-10-14") in found
    assert not any(h == "riverside" and v != "jiangmen" for v, h, _ in found)


def test_visits_heading_with_body_and_date_below() -> None:
    """A heading "X Provincial Government delegation to Y" is X's visit, dated by the line
    under it."""
    text = (
        "Victoria and Jiangsu are sister states.\n\nJiangsu Provincial Government delegation to "
        "Melbourne\n12-14 March 2024. Members should register by 1 March.\n"
    )
    found = _visits(text)
    assert any(
        v.startswith("jiangsu") and h == "melbourne" and d == "2024-03-12" for v, h, d in found
    )


def test_visits_by_a_named_body_and_no_visit_of_a_local_body() -> None:
    """ "a visit to Melbourne by a Tianjin Port Group delegation": the body named as written;
    the Port of Melbourne, a body of the host, visits nobody."""
    text = (
        "The Port of Melbourne and Tianjin Port Group signed a memorandum of understanding on 21 "
        "November 2023, during a visit to Melbourne by a Tianjin Port Group delegation."
    )
    found = _visits(text)
    assert ("tianjin port group", "melbourne", "2023-11-21") in found
    assert not any(v == "port melbourne" for v, _, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: City of Leeds\n\nLeeds and Dortmund are twin cities. The Leeds "
            "delegation returned from Dortmund on 5 May 2019.",
            ("leeds", "dortmund", "2019-05-05"),
        ),
        (
            "Institution: Stad Gent\n\nGent en Weihai zijn partnersteden. Bezoek van de "
            "burgemeester van Weihai aan Gent op 4 mei 2019.",
            ("weihai", "gent", "2019-05-04"),
        ),
        (
            "Institution: City of Leeds\n\nLeeds and Dortmund are twin cities. On 4 May 2019, the "
            "Lord Mayor of Leeds met the visiting Mayor of Dortmund at the Civic Hall.",
            ("dortmund", "leeds", "2019-05-04"),
        ),
        (
            "Institution: City of Leeds\n\nLeeds and Dortmund are twin cities. Invited by "
            "Dortmund, the Lord Mayor travelled to Germany in May 2019.",
            ("leeds", "dortmund", "2019-05"),
        ),
        (
            "Institution: Stadt Kiel\n\nKiel und Tallinn sind Partnerstädte. Im Mai 2019 empfing "
            "Oberbürgermeister Kämpfer den Bürgermeister von Tallinn im Rathaus.",
            ("tallinn", "kiel", "2019-05"),
        ),
    ],
)
def test_visits_return_trips_inviters_and_officials(text: str, visit: tuple) -> None:
    """ "returned from X", "Bezoek van de burgemeester van X aan Y", "the visiting Mayor of X",
    an inviter who is not the traveller, and the second official after "empfing"."""
    found = _visits(text)
    assert visit in found
    assert not any(v == visit[1] and h == visit[0] for v, h, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds and Dortmund are twin cities. Leeds is hosting a delegation from Dortmund on 4 "
        "May 2026.",
        "Leeds and Dortmund are twin cities. Leeds, which is a city in Yorkshire, hosted a "
        "delegation from Dortmund in May 2019.",
    ],
)
def test_visits_active_reception_is_not_read_as_passive(text: str) -> None:
    """ "is hosting" and an auxiliary of another clause do not make a reception passive."""
    found = _visits(text)
    assert any(v == "dortmund" and h == "leeds" for v, h, _ in found)
    assert not any(v == "leeds" for v, _, _ in found)


def test_visits_official_subject_of_the_verb_is_the_own_place() -> None:
    """ "... her counterpart from X, ... when the mayor travels to China in June 2025": the
    mayor is the document's own, not the place named earlier in the sentence."""
    text = (
        "Institution: City of Windhoek\n\nWindhoek and Nanchang plan a friendship agreement. The "
        "document still has to be signed by the mayor and her counterpart from Nanchang, and "
        "the council expects the signing to take place when the mayor travels to China in June "
        "2025."
    )
    found = _visits(text)
    assert ("windhoek", "nanchang", "2025-06") in found
    assert not any(v == "nanchang" and h == "nanchang" for v, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Gent en Weihai zijn partnersteden. Van maandag 3 tot vrijdag 7 juni 2019 was een "
            "delegatie uit Weihai op bezoek in Gent.",
            ("weihai", "gent", "2019-06-03"),
        ),
        (
            "Lyon et Canton sont jumelées. Du lundi 3 au vendredi 7 juin 2019, une délégation de "
            "Canton a visité Lyon.",
            ("canton", "lyon", "2019-06-03"),
        ),
        (
            "Leeds and Dortmund are twin cities. In 2018, when the twinning was 50 years old, a "
            "delegation from Dortmund visited Leeds on 12 May.",
            ("dortmund", "leeds", "2018-05-12"),
        ),
    ],
)
def test_visits_range_with_weekdays_and_day_without_year(text: str, visit: tuple) -> None:
    """A range with weekday names starts on its first day; "on 12 May" takes the one year
    its sentence gives."""
    assert visit in _visits(text)


def test_visits_official_acting_abroad() -> None:
    """ "X's own Lord Mayor had laid a wreath in Y" (another country) is X's visit to Y; an
    official acting in a place of their own country is not."""
    text = (
        "Coventry and Dresden are twin cities. Three months earlier, in November 2023, "
        "Coventry's own Lord Mayor had laid a wreath in Dresden. The Lord Mayor of Coventry "
        "also opened an exhibition in London in December 2023."
    )
    found = _visits(text)
    assert ("coventry", "dresden", "2023-11") in found
    assert not any(h == "london" for _, h, _ in found)


def test_visits_programme_item_of_a_hosted_delegation_is_no_visit() -> None:
    """While the home city hosts a delegation, its call on an organisation of its own country
    is a programme item, not a visit; a trip abroad of its own is still a visit."""
    text = (
        "Institution: City of Ghent\n\n"
        "A delegation from Weihai visited Ghent on 14 and 15 May 2019.\n\n"
        "Programme\n"
        "  • 14 May 2019, afternoon: visit to North Sea Port with the guests.\n"
        "  • 15 May 2019: meeting at Ghent University.\n\n"
        "In October 2019 a delegation of Ghent travelled to Weihai.\n"
    )
    visits = _visits(text)
    assert ("weihai", "ghent", "2019-05-14") in visits
    assert ("ghent", "weihai", "2019-10") in visits
    assert not any(host == "north sea port" for _, host, _ in visits)


# --- wordings found with benchmarks/corpus4 --------------------------------------------------


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


# ---- wordings of other genres (benchmarks/corpus7: newspapers, minutes, blogs, chambers,
# ports, universities and twinning associations)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # first person: the writer's own place
        (
            "Institution: City of Leeds\n\nOn 3 May 2024 I travelled to Dortmund with two "
            "councillors.",
            ("leeds", "dortmund", "2024-05-03"),
        ),
        # "came over to"
        (
            "A group of officers from Lille came over to Leeds on 9 June 2024.",
            ("lille", "leeds", "2024-06-09"),
        ),
        # "stopped over in"
        (
            "On the way home the Lord Mayor of Leeds stopped over in Dubai on 9 May 2024.",
            ("leeds", "dubai", "2024-05-09"),
        ),
        # "will lead a study trip of X engineers to Y"
        (
            "Professor Ann Bell will lead a study trip of Leeds engineers to Wuhan from 2 to 6 "
            "May 2025.",
            ("leeds", "wuhan", "2025-05-02"),
        ),
        # a head of a body is an official of the document's own place
        (
            "Institution: City of Leeds\n\nOur president also travelled to Lille in March 2024.",
            ("leeds", "lille", "2024-03"),
        ),
        # Dutch present tense of a travel verb
        (
            "Gemeente Breda\n\nHet college van Breda reist van 4 tot en met 6 juni 2024 naar Lyon.",
            ("breda", "lyon", "2024-06-04"),
        ),
        # "weilte" with the date between verb and host
        (
            "Eine Delegation aus Erfurt weilte vom 4. bis 7. Juni 2024 in Lille.",
            ("erfurt", "lille", "2024-06-04"),
        ),
        # "war ... in" with the date between, a compound of Delegation
        (
            "Eine Unternehmerdelegation aus Bremen war vom 2. bis 5. Mai 2024 in Qingdao.",
            ("bremen", "qingdao", "2024-05-02"),
        ),
        # guests from a place as the subject after the verb
        (
            "Vom 8. bis 10. Juni 2023 weilten 30 Gäste aus Lille in Erfurt.",
            ("lille", "erfurt", "2023-06-08"),
        ),
        # French pluperfect and future of a stay
        (
            "Ville de Lyon\n\nLa maire de Lyon s'était rendue à Turin du 3 au 5 mars 2024.",
            ("lyon", "turin", "2024-03-03"),
        ),
        (
            "Des chercheurs de Dakar séjourneront à Lyon du 10 au 21 juin 2024.",
            ("dakar", "lyon", "2024-06-10"),
        ),
    ],
)
def test_visits_general_new_wordings(text: str, visit: tuple) -> None:
    """First-person writers, "came over to", "lead a study trip of X people to", heads of
    bodies, Dutch present tense, "weilte/war" with a date before the host, guests after the
    verb, "s'était rendue", "séjourneront": each is a visit."""
    assert visit in _visits(text)


def test_visits_general_adjective_of_a_place_named_later() -> None:
    """ "Een Bredase delegatie ... te gast in Gent": the adjective names Breda even when the
    text names Breda itself only later."""
    text = (
        "Een Bredase delegatie was van 3 tot en met 5 juni 2024 te gast in Gent. Later dit jaar "
        "volgt een tegenbezoek aan Breda."
    )
    assert ("breda", "gent", "2024-06-03") in _visits(text)


def test_visits_general_group_subject_after_the_verb() -> None:
    """ "bezocht een groep van twintig leden Erfurt": a group without a place, after the verb,
    is the document's own; the place after it is the host."""
    text = (
        "Stichting Stedenband Breda\n\nDe stichting van Breda organiseert reizen. Van 8 tot en "
        "met 10 september 2023 bezocht een groep van twintig leden Erfurt."
    )
    assert ("breda", "erfurt", "2023-09-08") in _visits(text)


def test_visits_general_organisation_and_its_place_are_one_visit() -> None:
    """A visit told once with an organisation ("Port of Leith") and once with its place
    (Leith) as host is one visit, dated."""
    text = (
        "Port of Leith hosted a trade mission from Bergen on 4 June 2024. The Norwegian "
        "visitors were welcomed in Leith by the harbour master."
    )
    found = _visits(text)
    assert len(found) == 1
    assert next(iter(found))[2] == "2024-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "The trip of the Leeds twinning society to Lille, planned for May 2024, has been put "
        "back to 2025.",
        "Het bezoek van het koor uit Lille aan Breda werd naar 2025 verschoven.",
        "Several exporters from Leeds were interested in visiting Lille.",
    ],
)
def test_visits_general_put_back_and_wishes(text: str) -> None:
    """A trip put back or postponed ("verschoven") and an interest in visiting are no
    visits."""
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a Dutch travel verb last in a relative clause
        (
            "Gemeente Breda\n\nHet bezoek van Breda volgt op dat van wethouder Jan de Wit, die in "
            "maart 2024 naar Lille reisde.",
            ("breda", "lille", "2024-03"),
        ),
        # a German participle last, after the place visited
        (
            "Stadt Erfurt\n\nIm Mai 2024 hatte eine Erfurter Abordnung Lille besucht.",
            ("erfurt", "lille", "2024-05"),
        ),
        # a demonym before a verb-final clause: the place of that country
        (
            "Breda en Kanazawa zijn partners. De Japanse burgemeester van Kanazawa was in mei "
            "2023 met een delegatie naar Breda gereisd.",
            ("kanazawa", "breda", "2023-05"),
        ),
        # a building named by the place's adjective
        (
            "Stadt Erfurt\n\nAm 4. Mai 2024 war eine Delegation aus Lille zu Gast im Erfurter "
            "Rathaus.",
            ("lille", "erfurt", "2024-05-04"),
        ),
        # the delegation's adjective after the host names the visitor
        (
            "Ville de Lyon\n\nLa maire s'était rendue à Turin le 3 mars 2024, à la tête d'une "
            "délégation lyonnaise.",
            ("lyon", "turin", "2024-03-03"),
        ),
        # "the one that X's official paid to Y"
        (
            "The visit returned the one that Leeds's Lord Mayor paid to Dortmund in May 2024.",
            ("leeds", "dortmund", "2024-05"),
        ),
        # a return mission from a place, dated by a range with "to": the home place hosts
        (
            "Leeds Chamber of Commerce\n\nThe Chamber of Leeds met in May. A return mission from "
            "Lille to the Leeds members is booked for 16 to 18 October 2024.",
            ("lille", "leeds", "2024-10-16"),
        ),
    ],
)
def test_visits_general_verb_last_and_named_by_adjective(text: str, visit: tuple) -> None:
    """Dutch and German verbs last in their clause ("naar Lille reisde", "Lille besucht"),
    a demonym as visitor, a town hall named by an adjective, a French delegation adjective
    after the host, "the one that X paid to Y", and a mission from a place to the home side."""
    assert visit in _visits(text)


def test_visits_general_two_clauses_keep_their_own_dates() -> None:
    """ "Mercredi, ... une visite de travail à Genève, et jeudi je me suis rendu à Vicenza":
    each visit takes the day of its own clause, and Genève is no visitor."""
    text = (
        "date 2024-03-08\nVille d'Annecy\n\nLa ville d'Annecy travaille avec ses partenaires. "
        "Mercredi, notre adjointe a effectué une visite de travail à Genève, et jeudi je me suis "
        "rendu à Vicenza."
    )
    found = _visits(text)
    assert ("annecy", "geneve", "2024-03-06") in found
    assert ("annecy", "vicenza", "2024-03-07") in found
    assert not any(v == "geneve" for v, _, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Eine Delegation aus Tianjin hat sich am 6. März 2024 in Duisburg über den Hafen "
            "informiert.",
            ("tianjin", "duisburg", "2024-03-06"),
        ),
        (
            "Eine Gruppe aus Lille informierte sich am 4. Mai 2024 in Erfurt über die Straßenbahn.",
            ("lille", "erfurt", "2024-05-04"),
        ),
        (
            "Een delegatie uit Münster liet zich op 3 juni 2024 in Breda voorlichten over "
            "fietsparkeren.",
            ("munster", "breda", "2024-06-03"),
        ),
    ],
)
def test_visits_general_came_to_learn(text: str, visit: tuple) -> None:
    """A group that informed itself in a place ("hat sich in X ... informiert", "informierte
    sich in X", "liet zich in X voorlichten") visited it."""
    assert visit in _visits(text)


def test_visits_general_would_host_without_a_date() -> None:
    """ "would host a group ... when circumstances allow": an undated plan, no visit."""
    text = (
        "Institution: City of Exeter\n\nMembers noted that the Lord Mayor of Exeter would host "
        "a group of councillors from Rennes when circumstances allow."
    )
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: City of Leeds\n\nA trade delegation from Leeds will be in Shanghai "
            "from 4 to 8 November 2024.",
            ("leeds", "shanghai", "2024-11-04"),
        ),
        (
            "Stadt Erfurt\n\nVom 4. bis 6. April 2024 besuchten Vertreter der Stadt Erfurt die "
            "Partnerstadt Lille.",
            ("erfurt", "lille", "2024-04-04"),
        ),
    ],
)
def test_visits_general_future_presence_and_genitive_subject(text: str, visit: tuple) -> None:
    """ "will be in X" with a date is a planned visit; "besuchten Vertreter der Stadt X die
    Partnerstadt Y": X, named in the subject after the verb, visits Y."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Institution: City of Leeds\n\nAn exhibition from Dortmund travelled to Leeds in May 2024.",
        "Gemeente Breda\n\nDe tentoonstelling uit Lille reisde in mei 2024 naar Breda.",
        "Ville de Lyon\n\nL'exposition de Turin est venue à Lyon en mars 2024.",
    ],
)
def test_visits_general_travelling_things(text: str) -> None:
    """An exhibition that travels is no visit."""
    assert _visits(text) == set()


def test_visits_general_participle_last_in_a_short_text() -> None:
    """ "hat ... Lille besucht" is read whatever language a short text is taken for."""
    text = "Stadt Erfurt\n\nOberbürgermeister Bausewein hat am 4. April 2024 Lille besucht."
    assert ("erfurt", "lille", "2024-04-04") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Ville de Lyon\n\nUne délégation turinoise est attendue à Lyon le 3 mars 2024.",
            ("turin", "lyon", "2024-03-03"),
        ),
        (
            "Gemeente Haarlem\n\nEen Osnabrückse delegatie was op 14 mei 2024 te gast in Haarlem.",
            ("osnabruck", "haarlem", "2024-05-14"),
        ),
    ],
)
def test_visits_general_city_named_only_by_its_adjective(text: str, visit: tuple) -> None:
    """A delegation named by the adjective of a city the text never names comes from that
    city (a gazetteer city of some size)."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Breda\n\nEen Franse delegatie bezocht op 3 mei 2024 Breda.",
        "Institution: City of Leeds\n\nA Polish delegation visited Leeds on 3 May 2024.",
    ],
)
def test_visits_general_country_adjective_is_no_city(text: str) -> None:
    """A country's adjective ("Franse", "Polish") with no place of that country in the text
    names no city: no visit is made up."""
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # "in May 2024" after the visitor is a date, not the place the visit goes on to
        (
            "Institution: City of Leeds\n\nOn the occasion of the visit of the Mayor of Dortmund "
            "in May 2024, the two cities renewed their ties.",
            ("dortmund", "leeds", "2024-05"),
        ),
        # officials named by "from" hold talks abroad
        (
            "Institution: City of Leeds\n\nOfficials from Leeds held talks in Dortmund on 9 May "
            "2024.",
            ("leeds", "dortmund", "2024-05-09"),
        ),
        # a place before its councillors
        (
            "Institution: City of Leeds\n\nLeeds councillors attended a conference in Dortmund on "
            "9 May 2024.",
            ("leeds", "dortmund", "2024-05-09"),
        ),
    ],
)
def test_visits_general_occasion_and_officials_acting_abroad(text: str, visit: tuple) -> None:
    """ "the visit of the Mayor of X in May 2024" comes to the document's own place;
    "Officials from X held talks in Y" and "X councillors attended ... in Y" are visits."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the inviting place hosts a visit that names no other host
        (
            "Gemeente Breda\n\nOp uitnodiging van Lille bracht het college op 4 april 2024 een "
            "werkbezoek aan de Franse stad.",
            ("breda", "lille", "2024-04-04"),
        ),
        (
            "Stadt Erfurt\n\nAuf Einladung der Stadt Lille reiste Oberbürgermeister Bausewein am "
            "4. April 2024 in die Partnerstadt.",
            ("erfurt", "lille", "2024-04-04"),
        ),
        (
            "Ville de Lyon\n\nÀ l'invitation de Turin, une délégation lyonnaise a effectué un "
            "déplacement du 3 au 5 mars 2024.",
            ("lyon", "turin", "2024-03-03"),
        ),
        # a date between "was" and "in"
        (
            "Gemeente Breda\n\nDe burgemeester van Lille was op 4 april 2024 in Breda voor de "
            "opening van een expositie.",
            ("lille", "breda", "2024-04-04"),
        ),
        # "de passage à"
        (
            "Ville de Lyon\n\nLe maire de Turin était de passage à Lyon le 3 mars 2024.",
            ("turin", "lyon", "2024-03-03"),
        ),
    ],
)
def test_visits_general_invitations_and_passing_through(text: str, visit: tuple) -> None:
    """ "Op uitnodiging van X", "Auf Einladung der Stadt X", "À l'invitation de X": X hosts;
    "was op 4 april 2024 in X" and "était de passage à X" are presences."""
    assert visit in _visits(text)
