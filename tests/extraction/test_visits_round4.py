"""Visits as real writers tell them over several sentences (issue 2, fourth round), found with
benchmarks/corpus17 in view: a delegation named back that goes on to another place, a
reception that names one end only, guests named by their country, a trip to a country told by
its stops, an official named later by surname only, a trip started at a place through its
noun, several places of one noun ("the Chinese cities of A and B"), passives with words
between the participle and the agent, programme lines of a travel report. Every text is
written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-05-08\n\nA delegation from Suzhou visited Coventry on 6 May 2024. The next "
            "day the delegation travelled on to Birmingham.",
            ("suzhou", "birmingham", "2024-05-07"),
        ),
        (
            "date 2024-05-08\n\nEen delegatie uit Tianjin bezocht op 6 mei 2024 Utrecht. De "
            "volgende dag reisde de delegatie door naar Amersfoort.",
            ("tianjin", "amersfoort", "2024-05-07"),
        ),
        (
            "date 2024-05-08\n\nUne délégation de Jinhua a visité Tours le 6 mai 2024. Le "
            "lendemain, les membres de la délégation se sont rendus à Orléans.",
            ("jinhua", "orleans", "2024-05-07"),
        ),
        (
            "date 2024-05-08\n\nVom 6. bis 9. Mai besucht eine Delegation aus Hefei die Stadt "
            "Osnabrück. Am Donnerstag reist die Delegation weiter nach Münster.",
            ("hefei", "munster", "2024-05-09"),
        ),
    ],
)
def test_visits_delegation_named_back_goes_on(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation named back ("the delegation", "de delegatie", "les membres de la
    délégation", "die Delegation") that goes on to another place visits it for the place it
    came from, not for the host it leaves, on the day the sentence gives ("the next day", a
    weekday to come in the present tense)."""
    found = _visits(text)
    assert visit in found
    assert not any(v[1] == visit[1] and v[0] != visit[0] for v in found)


def test_visits_named_back_delegation_of_the_current_stay() -> None:
    """The delegation named back is that of the stay the page reports, not of a visit years
    before that the page recalls in between."""
    text = (
        "date 2024-05-08\n\nVom 6. bis 9. Mai besucht eine Delegation aus Hefei die Stadt "
        "Osnabrück. Im Herbst 2019 war eine Osnabrücker Delegation in Hefei. Am Donnerstag "
        "reist die Delegation weiter nach Münster."
    )
    found = _visits(text)
    assert ("hefei", "munster", "2024-05-09") in found
    assert not any(v[1] == "munster" and v[0] == "osnabruck" for v in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Delegatie uit Xiamen op bezoek in Zwolle\n\n12 maart 2024\n\nBurgemeester Peter "
            "Snijders ontving maandag op het stadhuis een delegatie uit de Chinese havenstad "
            "Xiamen.",
            ("xiamen", "zwolle", "2024-03-11"),
        ),
        (
            "Wuxi delegation in Peterborough\n\n12 March 2024\n\nThe Mayor of Peterborough "
            "hosted a reception at the Town Hall on Saturday for a delegation representing the "
            "City of Wuxi.",
            ("wuxi", "peterborough", "2024-03-09"),
        ),
        (
            "Visite d'une délégation de Shaoxing à Tours\n\nPublié le 12 mars 2024\n\nLe lundi 11 "
            "mars 2024, la Ville de Tours a reçu la visite d'une délégation chinoise composée de "
            "cinq personnes.",
            ("shaoxing", "tours", "2024-03-11"),
        ),
    ],
)
def test_visits_reception_with_one_end(text: str, visit: tuple[str, str, str | None]) -> None:
    """A reception that names one end only (a host named by its official, guests named by
    their country, or by a word the main reading does not know: "representing the City of")
    takes the other end from the document's other visit (the heading), and dates it."""
    assert visit in _visits(text)


def test_visits_country_guests_stand_for_their_city() -> None:
    """Guests named by their country and the same guests named by their city later are one
    visit of the city."""
    text = (
        "14. März 2024\n\nAm Montag empfing Würzburgs Bürgermeisterin eine Delegation aus "
        "China. Vertreter der Stadt Changsha besuchten Würzburg im Rahmen einer Reise durch "
        "Bayern."
    )
    found = _visits(text)
    assert not any(v[0] == "china" for v in found)
    assert any(v[0] == "changsha" and v[1] == "wurzburg" for v in found)


def test_visits_country_trip_told_by_its_stops() -> None:
    """A trip to a country whose cities the same visitor visits is told by those stops."""
    text = (
        "date 2023-10-20\n\nVom 9. bis 16. Oktober reiste eine Delegation aus Erfurt in die "
        "Volksrepublik China. Am 12. Oktober besuchte die Erfurter Delegation die Partnerstadt "
        "Xuzhou."
    )
    found = _visits(text)
    assert ("erfurt", "xuzhou", "2023-10-12") in found
    assert not any(v[1] in ("china", "volksrepublik china") for v in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "In Hamburg the delegation from Shanghai was received by Mayor Peter Tschentscher on "
            "4 June 2023. Tschentscher had visited Shanghai in 2019.",
            ("hamburg", "shanghai", "2019"),
        ),
        (
            "Op 4 juni 2023 ontving burgemeester Femke Halsema in Amsterdam een delegatie uit "
            "Beijing. Halsema bezocht Beijing in 2019.",
            ("amsterdam", "beijing", "2019"),
        ),
        (
            "Op 4 juni 2023 ontving burgemeester Sharon Dijksma in Utrecht een delegatie uit "
            "Ningbo. In het voorjaar van 2024 brengt Dijksma een tegenbezoek aan Ningbo.",
            ("utrecht", "ningbo", "2024"),
        ),
    ],
)
def test_visits_official_named_later_by_surname(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """An official named once in full as the one who received a delegation, and later by
    surname only as a visitor, travels for the place that received the delegation."""
    assert visit in _visits(text)


def test_visits_surname_of_a_delegation_leader() -> None:
    """The leader of a delegation ("led by Vice-Mayor X") named later by surname only travels
    for the delegation's place."""
    text = (
        "A delegation from Ningbo led by Vice-Mayor Li Guanding visited Nottingham on 4 June "
        "2023. Guanding also visited Leeds on 6 June 2023."
    )
    assert ("ningbo", "leeds", "2023-06-06") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "The mission from Cork began in Shenzhen on 23 October 2023.",
            ("cork", "shenzhen", "2023-10-23"),
        ),
        (
            "date 2023-10-17\n\nUne délégation de Nantes, conduite par sa maire, a entamé lundi à "
            "Wuhan une mission économique en Chine.",
            ("nantes", "wuhan", "2023-10-16"),
        ),
        (
            "De handelsmissie uit Eindhoven begon op 4 juni 2024 in Shanghai.",
            ("eindhoven", "shanghai", "2024-06-04"),
        ),
        (
            "Die Delegationsreise aus Leipzig begann am 3. Mai 2024 in Shanghai.",
            ("leipzig", "shanghai", "2024-05-03"),
        ),
    ],
)
def test_visits_trip_started_at_a_place(text: str, visit: tuple[str, str, str | None]) -> None:
    """A mission or a delegation that began at a place is a visit of its own place there."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "In May 2023 a group of Dundee academics toured the Chinese cities of Hefei and "
            "Nanjing.",
            {("dundee", "hefei", "2023-05"), ("dundee", "nanjing", "2023-05")},
        ),
        (
            "Une délégation nantaise a visité en mai 2023 les villes chinoises de Hangzhou et "
            "Wuhan.",
            {("nantes", "hangzhou", "2023-05"), ("nantes", "wuhan", "2023-05")},
        ),
        (
            "Een Tilburgse handelsmissie reisde in mei 2023 naar Chengdu en Chongqing.",
            {("tilburg", "chengdu", "2023-05"), ("tilburg", "chongqing", "2023-05")},
        ),
    ],
)
def test_visits_several_places_of_one_noun(
    text: str, visits: set[tuple[str, str, str | None]]
) -> None:
    """ "the Chinese cities of A and B", "les villes chinoises de A et B" are two stops of the
    visitor, and "toured" is a visit verb; a mission named by its town's adjective in a
    compound ("handelsmissie") is that town's."""
    assert visits <= _visits(text)


def test_visits_toured_a_site_is_no_visit() -> None:
    """ "toured the container terminal" names a site of a stay, no visit of its own."""
    text = "The delegation met the Qingdao Port Group and toured the Qingdao Port terminal."
    assert not any(v[1] == "qingdao port" for v in _visits(text))


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Utrecht werd in 2016 al bezocht door een handelsdelegatie uit Nanjing.",
            ("nanjing", "utrecht", "2016"),
        ),
        (
            "Coventry was visited in 2016 by a delegation from Jinan.",
            ("jinan", "coventry", "2016"),
        ),
    ],
)
def test_visits_passive_with_words_before_the_agent(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A passive visit with a date or an adverb between the participle and the agent keeps
    the subject as host and the agent as visitor."""
    assert visit in _visits(text)


def test_visits_programme_lines_of_a_travel_report() -> None:
    """The programme lines of a report on a visit to the most named place are stops of that
    visit's visitor, and a line far below the title takes the year of the line before."""
    text = (
        "Mayoral visit to Wuxi, 14 to 19 April 2024\n\n"
        "1. Purpose\nTo report on the official visit of the Mayor of Coventry and two officers "
        "to Wuxi at the invitation of the Wuxi Municipal People's Government. The Mayor held "
        "talks in Wuxi on trade, on universities and on the exchange of officers between the two "
        "councils, and Wuxi presented its new science park to the visitors from Coventry.\n\n"
        "2. Itinerary\n\n"
        "Sunday 14 April - Shanghai\nArrival; briefing by the Consulate-General on trade with "
        "the region and on investment in both directions, with a dinner hosted by the "
        "Consul-General for the delegation.\n\n"
        "Monday 15 April - Wuxi\nMeeting with the Mayor of Wuxi at the municipal offices, and a "
        "dinner given by the Mayor for the whole delegation and its hosts.\n\n"
        "Tuesday 16 April - Wuxi\nVisits to two firms with subsidiaries in the United Kingdom "
        "and to a vocational college that trains technicians for the car industry.\n\n"
        "Wednesday 17 April - Hangzhou\nMeeting with the provincial foreign affairs office.\n"
    )
    found = _visits(text)
    assert ("coventry", "shanghai", "2024-04-14") in found
    assert ("coventry", "hangzhou", "2024-04-17") in found
    assert not any(v[0] == "wuxi" and v[1] in ("shanghai", "hangzhou") for v in found)


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "date 2024-05-14\n\nUne délégation de Rennes a visité Jinan lundi. Après Jinan, elle "
            "se rendra à Qingdao jeudi, puis à Yantai samedi.",
            {("rennes", "qingdao", "2024-05-16"), ("rennes", "yantai", "2024-05-18")},
        ),
        (
            "date 2024-05-14\n\nA delegation from Bristol visited Guangzhou on Monday. The "
            "delegation will then travel on to Shenzhen on Thursday and then to Xiamen on "
            "Saturday.",
            {("bristol", "shenzhen", "2024-05-16"), ("bristol", "xiamen", "2024-05-18")},
        ),
    ],
)
def test_visits_onward_stops_each_with_its_weekday(
    text: str, visits: set[tuple[str, str, str | None]]
) -> None:
    """A delegation named back that will go on to several places visits each of them on the
    weekday to come that follows it; none is a visit of the place it leaves."""
    found = _visits(text)
    assert visits <= found
    assert not any(v[0] in ("jinan", "guangzhou") for v in found)


def test_visits_planned_weekday_is_the_one_to_come() -> None:
    """A visit announced for a weekday, on a page dated to the day, is dated by that weekday
    to come (not kept undated, nor dated by the weekday past)."""
    text = "date 2024-05-14\n\nLe maire de Tours se rendra à Brno jeudi."
    assert ("tours", "brno", "2024-05-16") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "A delegation led by Vice Mayor Li Qiang of Hangzhou was received in Coventry on 4 May "
            "2024.",
            ("hangzhou", "coventry", "2024-05-04"),
        ),
        (
            "Coventry was visited on 4 May 2024 by a delegation led by Vice Mayor Li Qiang of "
            "Hangzhou.",
            ("hangzhou", "coventry", "2024-05-04"),
        ),
        (
            "Eine Delegation unter Leitung von Vizebürgermeister Li aus Hangzhou wurde am 4. Mai "
            "2024 im Rathaus von Kassel empfangen.",
            ("hangzhou", "kassel", "2024-05-04"),
        ),
        (
            "Een delegatie onder leiding van loco-burgemeester Li uit Hangzhou werd op 4 mei 2024 "
            "in Delft ontvangen.",
            ("hangzhou", "delft", "2024-05-04"),
        ),
    ],
)
def test_visits_delegation_led_by_an_official_of_a_place(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation named by its leader and the leader's place ("led by Vice Mayor X of Y",
    "unter Leitung von Vizebürgermeister X aus Y") comes from that place; "unter Leitung von"
    is no agent of the passive, so the visit is not reversed."""
    found = _visits(text)
    assert visit in found
    assert (visit[1], visit[0], visit[2]) not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Kassel, 3. Juni 2024\n\nWirtschaftsdelegation aus Kassel reist nach Shanghai\n\n"
            "Die Delegation besucht vom 5. bis 9. Juni die Hafenstadt.",
            ("kassel", "shanghai", "2024-06-05"),
        ),
        (
            "date 2024-06-03\n\nDundee delegation in Nanjing\n\nThe delegates toured the city on "
            "4 June 2024.",
            ("dundee", "nanjing", "2024-06-04"),
        ),
    ],
)
def test_visits_host_named_back_by_its_noun(text: str, visit: tuple[str, str, str | None]) -> None:
    """A sentence that names no place and visits "the city" or "die Hafenstadt" dates the
    visit told before it (an undated heading)."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "La visite d'une délégation rennaise à Jinan a eu lieu en octobre 2023.",
            ("rennes", "jinan", "2023-10"),
        ),
        (
            "The visit by a Dundee delegation to Nanjing took place in October 2023.",
            ("dundee", "nanjing", "2023-10"),
        ),
        (
            "Het bezoek van een Haarlemse delegatie aan Osnabrück vond plaats in oktober 2023.",
            ("haarlem", "osnabruck", "2023-10"),
        ),
    ],
)
def test_visits_visit_of_an_indefinite_adjective_delegation(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """ "the visit by a Dundee delegation to X", "la visite d'une délégation rennaise à X":
    the town of the adjective visits the place after the noun."""
    assert visit in _visits(text)


def test_visits_programme_lines_of_a_delegation_named_at_the_head() -> None:
    """A report headed by its delegation's place ("Reisebericht der Delegation aus Kiel") and
    no place of its own: its programme lines are that place's stops."""
    text = (
        "Reisebericht der Delegation aus Lübeck\n\n"
        "Tag 1 (12. Mai 2024): Shanghai\n"
        "Tag 2 (13. Mai 2024): Qingdao\n"
    )
    found = _visits(text)
    assert ("lubeck", "shanghai", "2024-05-12") in found
    assert ("lubeck", "qingdao", "2024-05-13") in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-03-14\n\nA delegation from Wuxi is in Coventry this week. The guests will "
            "also visit Warwick on Friday.",
            ("wuxi", "warwick", "2024-03-15"),
        ),
        (
            "date 2024-03-14\n\nAm Dienstag empfing Erfurt eine Delegation aus Xuzhou. Am Mittwoch "
            "besuchte die Delegation anschließend Weimar.",
            ("xuzhou", "weimar", "2024-03-13"),
        ),
        (
            "date 2024-03-14\n\nOp dinsdag 12 maart ontving Leiden een delegatie uit Suzhou. "
            "Woensdag bezocht de delegatie ook Gouda.",
            ("suzhou", "gouda", "2024-03-13"),
        ),
    ],
)
def test_visits_delegation_named_back_visits(text: str, visit: tuple[str, str, str | None]) -> None:
    """A delegation named back ("the guests", "die Delegation", "de delegatie") that visits
    another place visits it for the place it came from."""
    assert visit in _visits(text)


def test_visits_delegation_named_with_its_place_is_not_named_back() -> None:
    """ "The delegation from Erfurt visited Jena" names its own visitor: no visitor is taken
    from the visit told before."""
    text = (
        "date 2024-03-14\n\nThe Kiel delegation visited Weimar on Monday. The delegation from "
        "Erfurt visited Jena on Tuesday."
    )
    found = _visits(text)
    assert ("erfurt", "jena", "2024-03-12") in found
    assert not any(v[0] == "kiel" and v[1] == "jena" for v in found)


def test_visits_tours_is_no_visit_verb() -> None:
    """ "tours" in a headline is a place name or a noun, never the visitor of a visit."""
    text = "Chinese port delegation tours Southampton terminals\n\nThe port welcomed them."
    assert not any(v[0] == "tours" for v in _visits(text))


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "During a visit to Wuxi in June 2024, the Mayor of Coventry signed a letter of intent.",
            ("coventry", "wuxi", "2024-06"),
        ),
        (
            "Tijdens een werkbezoek aan Jinan in juni 2024 sprak de Delftse wethouder met de "
            "burgemeester.",
            ("delft", "jinan", "2024-06"),
        ),
        (
            "Während eines Besuchs in Hefei im Juni 2024 unterzeichnete der Kieler "
            "Oberbürgermeister eine Absichtserklärung.",
            ("kiel", "hefei", "2024-06"),
        ),
        (
            "Lors d'une visite à Jinan en juin 2024, le maire de Rennes a signé une lettre "
            "d'intention.",
            ("rennes", "jinan", "2024-06"),
        ),
    ],
)
def test_visits_during_a_visit_to(text: str, visit: tuple[str, str, str | None]) -> None:
    """ "During a visit to X, the Mayor of Y ...", "Tijdens een werkbezoek aan X ... de Delftse
    wethouder": the main clause's subject visits X."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 June 2024 a delegation from Xiamen visited Bristol and toured Avonmouth Docks "
            "Company.",
            {("xiamen", "bristol", "2024-06-03")},
        ),
        (
            "On 3 June 2024 a group of Xiamen officials toured Bristol and Bath.",
            {("xiamen", "bristol", "2024-06-03"), ("xiamen", "bath", "2024-06-03")},
        ),
    ],
)
def test_visits_toured_site_is_part_of_the_stay(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    """'toured' makes a visit of a place, not of a company or site toured during the stay."""
    assert _visits(text) == expected
