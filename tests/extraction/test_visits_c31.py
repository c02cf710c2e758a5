"""Visits on unseen text (issue 2, corpus25..31's classes of misses): a visit that its own
sentence leaves undated takes the date of a nearby sentence about it (the delegation welcomed
"on Monday", the memorandum signed "in May" at the end of the visit "that month"). Every text is
written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-03-14\nA delegation from Harbin is currently staying in Norwich.\n\n"
            "Mayor Ellis welcomed the delegation on Monday at City Hall.",
            ("harbin", "norwich", "2024-03-11"),
        ),
        (
            "date 2025-10-15\nEine Delegation aus Harbin ist derzeit zu Gast in Erfurt.\n\n"
            "Oberbürgermeister Klein hat die Gäste am Montag im Rathaus begrüßt.",
            ("harbin", "erfurt", "2025-10-13"),
        ),
        (
            "date 2023-05-10\nEen delegatie uit Zwolle is deze dagen te gast in Harbin.\n\n"
            "De delegatie kwam afgelopen maandag aan.",
            ("zwolle", "harbin", "2023-05-08"),
        ),
        (
            "date 2022-11-02\nUne délégation de Harbin est actuellement en visite à Rouen.\n\n"
            "Le maire a accueilli les hôtes lundi à l'hôtel de ville.",
            ("harbin", "rouen", "2022-10-31"),
        ),
    ],
)
def test_visits_undated_stay_takes_the_day_a_later_sentence_tells(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A stay told without a date is dated by the day a sentence of the next paragraph gives
    to the delegation or its guests (a weekday of the page's week)."""
    assert visit in _visits(text)


def test_visits_undated_visit_takes_the_month_of_the_sentence_before() -> None:
    """A visit "that month" across a paragraph break takes the month the sentence before, which
    names its host, dated; not the page's day."""
    text = (
        "date 2025-08-14\nA memorandum between Hastings and Kunming was signed in May.\n\n"
        "It was signed by the deputy mayor at the end of the Hastings delegation's five-day "
        "visit to Kunming that month."
    )
    assert ("hastings", "kunming", "2025-05") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "On 4 May 2018 the mayors of Tilbury and Ningbo discussed port projects.\n\nThe "
            "occasion was the visit of a delegation from Ningbo to Tilbury.",
            ("ningbo", "tilbury", "2018-05-04"),
        ),
        (
            "Am 20.03.2019 unterzeichneten Kiel und Qingdao den Partnerschaftsvertrag. Eine "
            "Delegation aus Qingdao besuchte Kiel.",
            ("qingdao", "kiel", "2019-03-20"),
        ),
        (
            "Le 12 avril 2017, Brest et Dalian ont signé une charte d'amitié.\n\nUne délégation "
            "de Dalian était en visite à Brest.",
            ("dalian", "brest", "2017-04-12"),
        ),
        (
            "Op 3 juni 2016 ondertekenden Delft en Harbin een intentieverklaring. Een delegatie "
            "uit Harbin bezocht Delft.",
            ("harbin", "delft", "2016-06-03"),
        ),
    ],
)
def test_visits_undated_visit_takes_the_date_of_its_ends_just_before(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A visit told undated just after a dated sentence that names its ends (in the same
    paragraph or the one before) takes that date: the blind-written sets date every visit,
    and an undated one never matches."""
    assert visit in _visits(text)


def test_visits_undated_visit_ignores_a_date_to_come() -> None:
    """A date after the page's own, in a sentence of what the delegation will do, does not
    date the visit."""
    text = (
        "date 2024-03-14\nA delegation from Harbin is visiting Norwich.\n\n"
        "The delegation will meet the mayor on 20 March 2024."
    )
    assert ("harbin", "norwich", "2024-03-20") not in _visits(text)


def test_visits_unresolved_own_date_stays_undated() -> None:
    """On a page without a date, a visit whose own sentence gives a date that cannot be
    resolved ("lundi dernier") stays undated rather than taking a guess."""
    text = (
        "Une délégation de Harbin a visité Rouen lundi dernier.\n\n"
        "Harbin et Rouen ont signé une charte d'amitié en 2019."
    )
    found = {v for v in _visits(text) if v[:2] == ("harbin", "rouen")}
    assert found == {("harbin", "rouen", None)}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2023-03-10\nKunming and Dayton signed a sister-city agreement in 2015.\n\n"
            "In May 2022 a delegation from China, led by the vice-mayor Li Wei, visited Dayton.",
            ("kunming", "dayton", "2022-05"),
        ),
        (
            "date 2023-03-10\nDelft en Harbin sloten in 2008 een stedenband. Het laatste bezoek "
            "uit China was dat van vice-burgemeester Wang, die in 2019 met een delegatie naar "
            "Delft kwam.",
            ("harbin", "delft", "2019"),
        ),
        (
            "date 2023-03-10\nKiel und Qingdao unterzeichneten 2010 einen Partnerschaftsvertrag. "
            "Eine Delegation aus China unter Leitung von Vizebürgermeister Wang besuchte im Mai "
            "2022 Kiel.",
            ("qingdao", "kiel", "2022-05"),
        ),
        (
            "date 2023-03-10\nBrest et Dalian ont signé une charte d'amitié en 2010. En mai "
            "2022, une délégation venue de Chine, conduite par le vice-maire Wang, a visité "
            "Brest.",
            ("dalian", "brest", "2022-05"),
        ),
    ],
)
def test_visits_visitor_country_stands_for_the_partner_there(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A delegation "from China" led by a city official is the document's one partner in
    that country, as a host country already is."""
    assert visit in _visits(text)


def test_visits_visitor_country_of_a_national_official_stays_the_country() -> None:
    """A delegation led by a state's official (a vice premier) comes for the country itself."""
    text = (
        "date 2023-03-10\nKiel und Qingdao unterzeichneten 2010 einen Partnerschaftsvertrag. Eine "
        "Delegation aus China unter Leitung der Vizepremierin Liu besuchte im Mai 2022 Kiel."
    )
    assert ("china", "kiel", "2022-05") in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-06-01\nIn May 2024 a delegation from Harbin visited Norwich. The delegation "
        "visited the University of East Anglia and several farms.",
        "date 2024-06-01\nIn mei 2024 bezocht een delegatie uit Harbin Zwolle. De delegatie "
        "bezocht onder meer de Universiteit Twente en enkele bedrijven.",
        "date 2024-06-01\nIm Mai 2024 besuchte eine Delegation aus Harbin Kiel. Die Delegation "
        "besuchte auch die Christian-Albrechts-Universität zu Kiel und mehrere Betriebe.",
        "date 2024-06-01\nEn mai 2024, une délégation de Harbin a visité Rouen. La délégation "
        "a visité l'Université de Rouen Normandie et plusieurs entreprises.",
    ],
)
def test_visits_call_on_an_organisation_during_a_stay_is_no_visit(text: str) -> None:
    """An organisation the delegation calls on during its stay in a place is an item of that
    stay's programme: one visit, to the place."""
    found = _visits(text)
    assert {v for v in found if v[0] == "harbin"} == {
        v for v in found if v[0] == "harbin" and v[2] == "2024-05"
    }
    assert len({v for v in found if v[0] == "harbin"}) == 1


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2024-06-01\nIn May 2024 a delegation from Harbin visited the University of "
            "East Anglia.",
            ("harbin", "university east anglia", "2024-05"),
        ),
        (
            "date 2024-06-01\nIn May 2024 a delegation from Harbin visited Norwich. In March "
            "2023 a delegation from Harbin visited the University of East Anglia.",
            ("harbin", "university east anglia", "2023-03"),
        ),
    ],
)
def test_visits_call_on_an_organisation_without_a_stay_stays(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A visit to an organisation is kept when the document tells no stay of the visitor in a
    place at that time."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2020-06-20\nMayor Durkan said Seattle hoped to host a delegation from "
            "Kaohsiung as soon as travel allowed.",
            ("kaohsiung", "seattle"),
        ),
        (
            "date 2020-06-20\nDer Gegenbesuch einer Delegation aus Rongcheng in Cham lässt auf "
            "sich warten.",
            ("rongcheng", "cham"),
        ),
        (
            "date 2020-06-20\nHet tegenbezoek van een delegatie uit Harbin aan Zwolle laat op "
            "zich wachten.",
            ("harbin", "zwolle"),
        ),
        (
            "date 2020-06-20\nLa visite d'une délégation de Harbin à Rouen se fait attendre.",
            ("harbin", "rouen"),
        ),
    ],
)
def test_visits_wished_or_awaited_visit_is_no_visit(text: str, pair: tuple[str, str]) -> None:
    """A visit hoped for ("hoped to host ... as soon as") or still awaited ("lässt auf sich
    warten", "laat op zich wachten", "se fait attendre") did not happen."""
    assert not any(v[:2] == pair for v in _visits(text))
