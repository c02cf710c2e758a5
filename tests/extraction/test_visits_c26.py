"""Visits on unseen text (issue 2, corpus26's classes of misses): a signing at one party's town
hall or in a city of a party that is a province, an invitation that is no visit, the visitor
of a reception told in its own clause, a province's own body as host, an organisation named by
its head's title, and weekdays read against the page's week. Every text is written for these
tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2019-05-10\nKassel und Wuxi sind nun Partnerstädte. Bei einem Festakt im "
            "Kasseler Rathaus unterzeichneten gestern die beiden Oberbürgermeister den "
            "Partnerschaftsvertrag.",
            ("wuxi", "kassel", "2019-05-09"),
        ),
        (
            "date 2018-04-04\nLeuven en Suzhou hebben een stedenband. Gisteren ondertekenden de "
            "burgemeesters van beide steden in het Leuvense stadhuis de verzusteringsakte.",
            ("suzhou", "leuven", "2018-04-03"),
        ),
    ],
)
def test_visits_signing_in_a_partys_town_hall_is_a_visit_of_the_other(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """An act signed in the town hall of one party, named by its place's adjective ("im
    Kasseler Rathaus", "in het Leuvense stadhuis"), is a visit of the other party, dated by the
    day of the signing."""
    assert visit in _visits(text)


def test_visits_signing_of_an_ended_act_in_a_provinces_capital() -> None:
    """An act the text says was ended was signed all the same: signed in the capital of the
    partner province, it is a visit of the other party to that province (the convention of a
    signing in a city of a party that is a region), in the signing's year."""
    text = (
        "date 2022-03-02\nDe vriendschapsband tussen Gelderland en de Chinese provincie "
        "Heilongjiang wordt verbroken. De band dateert van 2005, toen de gedeputeerde in "
        "Harbin, de hoofdstad van Heilongjiang, een vriendschapsovereenkomst ondertekende."
    )
    assert ("gelderland", "heilongjiang", "2005") in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vice-Mayor Wang invited the council to send a delegation to the Ningbo trade fair "
        "in October 2024.",
        "Le vice-maire a invité le maire à conduire une délégation à la foire de Ningbo en "
        "octobre 2024.",
        "De viceburgemeester heeft het college uitgenodigd om in oktober 2024 met een "
        "delegatie naar de beurs in Ningbo te komen.",
        "Der Vizebürgermeister hat den Stadtrat eingeladen, im Oktober 2024 mit einer "
        "Delegation zur Messe nach Ningbo zu reisen.",
    ],
)
def test_visits_invitation_to_send_a_delegation_is_no_visit(text: str) -> None:
    """An invitation to bring or send a delegation is not a visit that was made."""
    assert _visits(text) == set()


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "In 2015 a Ghent trade mission travelled to Ningbo, and in May 2017 a Ningbo "
            "delegation was received by the City of Ghent.",
            ("ningbo", "ghent", "2017-05"),
        ),
        (
            "En 2015, une mission de Rennes s'est rendue à Jinan, et en mai 2017 une délégation "
            "de Jinan a été reçue par la Ville de Rennes.",
            ("jinan", "rennes", "2017-05"),
        ),
    ],
)
def test_visits_passive_reception_visitor_in_its_own_clause(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """The visitor of a reception told in the second clause of a sentence is named in that
    clause, not in the first one ("..., and in May 2017 a Ningbo delegation was received")."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Rennes et Jinan sont jumelées depuis 1985. En mai 2018, une délégation de Rennes "
            "s'est rendue dans la province du Shandong.",
            ("rennes", "shandong", "2018-05"),
        ),
        (
            "Kiel und Qingdao sind seit 1992 Partnerstädte. Im Mai 2018 besuchte eine Delegation "
            "aus Kiel die Provinz Shandong.",
            ("kiel", "shandong", "2018-05"),
        ),
    ],
)
def test_visits_host_named_as_a_provinces_body_stays_the_province(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A trip "in die Provinz X", "dans la province du X" goes to that province, even when a
    city of that province is a party of the document's acts."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "L'Université de Lorraine a ouvert un bureau à Wuhan. La cérémonie s'est tenue le 5 "
            "mai 2015 à Wuhan, en présence d'une délégation lorraine conduite par le président "
            "de l'université.",
            ("universite de lorraine", "wuhan", "2015-05-05"),
        ),
        (
            "Zhejiang University has opened an office in Grenoble. On 5 May 2015 a delegation "
            "led by the vice-president of the university came to Grenoble.",
            ("zhejiang university", "grenoble", "2015-05-05"),
        ),
    ],
)
def test_visits_delegation_led_by_head_of_the_university(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation led by the president of "the university" is the university's (the one the
    document names that is not the host's own), not its city's or its region's."""
    assert visit in _visits(text)


def test_visits_this_week_dated_by_the_arrival_weekday() -> None:
    """A delegation that arrives "this week" is dated by the weekday of its arrival that the
    next sentence tells, in the page's week (a Monday page: the Wednesday after)."""
    text = (
        "date 2016-09-19\nA delegation from Wuxi arrives in Hamilton this week. The "
        "delegation, arriving on Wednesday, will be led by the vice-mayor."
    )
    assert _visits(text) == {("wuxi", "hamilton", "2016-09-21")}


def test_visits_past_arrival_weekday_before_a_plan() -> None:
    """ "arrived on Monday and will stay until Friday": the Monday before the page's date, not
    the one after it (the plan is told after the day)."""
    text = (
        "Published: May 16, 2019\n\nThe officials from Jiaxing arrived in Lawrence on Monday "
        "and will stay until Friday."
    )
    assert _visits(text) == {("jiaxing", "lawrence", "2019-05-13")}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Le conseil rappelle la visite à Vannes, le 4 juin 2019, d'une délégation de la "
            "ville de Yangzhou conduite par son maire adjoint.",
            ("yangzhou", "vannes", "2019-06-04"),
        ),
        (
            "The council recalled the visit to Leeds, on 4 June 2019, of a delegation from "
            "Yangzhou led by its deputy mayor.",
            ("yangzhou", "leeds", "2019-06-04"),
        ),
        (
            "De raad herinnert aan het bezoek aan Gent, op 4 juni 2019, van een delegatie uit "
            "Yangzhou onder leiding van de locoburgemeester.",
            ("yangzhou", "gent", "2019-06-04"),
        ),
    ],
)
def test_visits_visit_noun_host_then_delegation_of_a_place(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """ "the visit to X, on <date>, of a delegation from Y": Y visits X."""
    assert visit in _visits(text)


def test_visits_habit_on_another_line_of_a_decision_block() -> None:
    """In a council decision's block of "CONSIDÉRANT ...," lines read as one sentence, a habit
    told on one line ("chaque année") does not silence the visit told on another."""
    text = (
        "LE CONSEIL MUNICIPAL,\n"
        "CONSIDÉRANT que des lycéens de Vannes se rendent chaque année à Yangzhou,\n"
        "CONSIDÉRANT la visite à Vannes, le 4 juin 2019, d'une délégation de la ville de "
        "Yangzhou,\n"
        "APPROUVE le projet de pacte d'amitié."
    )
    visits = _visits(text)
    assert ("yangzhou", "vannes", "2019-06-04") in visits
    assert not any(v[0] == "vannes" for v in visits)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Stad Brugge\n\nBrugge is met drie steden verzusterd en heeft met Suzhou enkel een "
            "samenwerkingsovereenkomst. Toch trekt op 28 oktober 2013 een kleine delegatie naar "
            "Suzhou.",
            ("brugge", "suzhou", "2013-10-28"),
        ),
        (
            "Stadt Kassel\n\nKassel hat drei Partnerstädte und mit Wuxi eine Freundschaft. "
            "Trotzdem reist am 3. Mai 2019 eine kleine Delegation nach Wuxi.",
            ("kassel", "wuxi", "2019-05-03"),
        ),
    ],
)
def test_visits_delegation_told_after_the_verb_is_the_documents_own(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation named only after the verb ("Toch trekt ... een delegatie naar X", "reist
    ... eine Delegation nach X") is the document's own place's."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Le conseil rappelle la visite d'une délégation du gouvernement populaire du "
            "district de Jinshan à Vannes en octobre 2023.",
            ("jinshan", "vannes", "2023-10"),
        ),
        (
            "The council noted the visit of a delegation of the people's government of the "
            "district of Jinshan to Leeds in October 2023.",
            ("jinshan", "leeds", "2023-10"),
        ),
        (
            "Het college verwijst naar het bezoek van een delegatie van de volksregering van het "
            "district Jinshan aan Gent in oktober 2023.",
            ("jinshan", "gent", "2023-10"),
        ),
    ],
)
def test_visits_visit_of_a_delegation_of_a_body_of_a_place(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """ "the visit of a delegation of the people's government of the district of Y to X": Y
    visits X (the body's words between the delegation and its place)."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "LE CONSEIL MUNICIPAL,\n"
        "CONSIDÉRANT que le jumelage avec Weifang date de 2005,\n"
        "CONSIDÉRANT la visite à Lorient, le 2 mai 2018, d'une délégation de la ville de "
        "Weifang,\n"
        "APPROUVE le projet de pacte d'amitié.",
        "DE GEMEENTERAAD,\n"
        "OVERWEGENDE de vriendschap tussen beide steden,\n"
        "OVERWEGENDE het bezoek aan Lorient, op 2 mei 2018, van een delegatie van de stad "
        "Weifang,\n"
        "KEURT het ontwerp van vriendschapspact GOED.",
    ],
)
def test_visits_council_heading_is_no_visitor_of_a_decision_line(text: str) -> None:
    """In a block of lines read as one sentence, the council's heading line is not the subject
    of a visit told on a later line: only the delegation named on that line visits."""
    visits = _visits(text)
    assert ("weifang", "lorient", "2018-05-02") in visits
    assert {v[0] for v in visits} == {"weifang"}
