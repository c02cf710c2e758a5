"""Tests of the cityties.visits extractor on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.pipeline import read_date_line
from cityties.text import fold

_STEPS = (
    "cityties.document",
    "cityties.dates",
    "cityties.places",
    "cityties.agreements",
    "cityties.visits",
)


def _doc(text: str, *, document_date: date | None = None) -> Doc:
    doc = Doc(
        text=text,
        language=guess_language(text),
        document_date=document_date or read_date_line(text),
    )
    for name in _STEPS:
        registry.get(name)(doc)
    return doc


def _visits(text: str, *, document_date: date | None = None) -> list[tuple[str, str, str | None]]:
    doc = _doc(text, document_date=document_date)
    return [
        (fold(v.visitor.name), fold(v.host.name), v.date.iso() if v.date else None)
        for v in doc.visits
    ]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a visit verb: the visitor is the subject, the host follows
        (
            "A delegation from Weihai visited Ghent on 12 May 2016.",
            ("weihai", "ghent", "2016-05-12"),
        ),
        ("The Kunming delegation visited Perth in June 2015.", ("kunming", "perth", "2015-06")),
        (
            "In March 2017 the mayor of Lyon travelled to Birmingham.",
            ("lyon", "birmingham", "2017-03"),
        ),
        ("Lyon's mayor visited Beirut in 2019.", ("lyon", "beirut", "2019")),
        (
            "Plans were made for officials of Xiamen to visit Cardiff in spring 2020.",
            ("xiamen", "cardiff", "2020"),
        ),
        # a receiving verb: the host is the subject
        (
            "Ghent received a delegation from Taizhou in October 2018.",
            ("taizhou", "ghent", "2018-10"),
        ),
        ("In 2014 Kiel welcomed a delegation from Tallinn.", ("tallinn", "kiel", "2014")),
        # Dutch, French, German
        ("Een delegatie uit Yangzhou bezocht Bree in mei 2010.", ("yangzhou", "bree", "2010-05")),
        (
            "De burgemeester van Mechelen reisde in 2019 naar Ningbo.",
            ("mechelen", "ningbo", "2019"),
        ),
        (
            "Une délégation de Shenzhen s'est rendue à Versailles le 12 mars 2017.",
            ("shenzhen", "versailles", "2017-03-12"),
        ),
        ("Le maire de Lyon a visité Turin en juin 2015.", ("lyon", "turin", "2015-06")),
        (
            "Eine Delegation aus Huangshan besuchte Stralsund im Oktober 2015.",
            ("huangshan", "stralsund", "2015-10"),
        ),
        (
            "Der Oberbürgermeister von Kiel reiste im Mai 2016 nach Tallinn.",
            ("kiel", "tallinn", "2016-05"),
        ),
    ],
)
def test_visits_who_went_where_and_when(text: str, visit: tuple[str, str, str | None]) -> None:
    """The visitor, the host and the date of a visit in four languages."""
    assert _visits(text) == [visit]


def test_visits_welcomed_delegation_to_a_named_host() -> None:
    """ "Welcomed a delegation from X to Y": X visited Y."""
    text = "The mayor welcomed a delegation from Shanghai to London on 5 May 2019."
    assert _visits(text) == [("shanghai", "london", "2019-05-05")]


def test_visits_one_trip_to_two_places() -> None:
    """A mission "to Weihai and Taizhou" visits both."""
    text = "In September 2019 a business mission from Ghent travelled to Weihai and Taizhou."
    assert _visits(text) == [("ghent", "weihai", "2019-09"), ("ghent", "taizhou", "2019-09")]


def test_visits_possessive_place_leads_a_delegation() -> None:
    """ "Xiamen's vice-mayor led a delegation to Cardiff": Xiamen visited Cardiff."""
    text = "Xiamen's vice-mayor led a 20-member delegation to Cardiff in June 2018."
    assert _visits(text) == [("xiamen", "cardiff", "2018-06")]


def test_visits_french_delegation_of_the_chinese_city_of() -> None:
    """ "une délégation de la ville chinoise de Jinan" comes from Jinan."""
    text = (
        "La Ville de Rennes a accueilli le 14 octobre 2019 une délégation de la ville "
        "chinoise de Jinan."
    )
    assert _visits(text) == [("jinan", "rennes", "2019-10-14")]


def test_visits_future_trip_in_french() -> None:
    """ "se rendra à Jinan au printemps 2020" is a visit dated 2020."""
    assert _visits("La maire de Rennes se rendra à Jinan au printemps 2020.") == [
        ("rennes", "jinan", "2020")
    ]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Cincinnati Mayor Mark Mallory welcomed New Taipei Mayor Eric Chu on 5 May 2012.",
            ("new taipei", "cincinnati", "2012-05-05"),
        ),
        (
            "The Port of Ghent welcomed a delegation from the Port of Ningbo in 2016.",
            ("port ningbo", "port ghent", "2016"),
        ),
    ],
)
def test_visits_received_guests(text: str, visit: tuple[str, str, str | None]) -> None:
    """A host welcomes a guest place or organisation named right after the verb or after "from"."""
    assert _visits(text) == [visit]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: Stad Gent\n\nHet college ontving op 12 maart 2019 een delegatie "
            "uit Ningbo.",
            ("ningbo", "gent", "2019-03-12"),
        ),
        (
            "Institution: Ville de Nantes\n\nLe maire a reçu une délégation de Qingdao le "
            "3 mai 2019.",
            ("qingdao", "nantes", "2019-05-03"),
        ),
        (
            "Institution: Landeshauptstadt München\n\nDer Oberbürgermeister empfing am 4. Mai "
            "2018 eine Delegation aus Cincinnati.",
            ("cincinnati", "munchen", "2018-05-04"),
        ),
    ],
)
def test_visits_received_by_the_document_city(text: str, visit: tuple[str, str, str]) -> None:
    """A delegation received with no host named is received by the document's own city."""
    assert _visits(text) == [visit]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Institution: City of Perth\n\nIn May 2015 the Lord Mayor led a business delegation "
            "to Chengdu.",
            ("perth", "chengdu", "2015-05"),
        ),
        (
            "Institution: Ville de Besançon\n\nUne délégation bisontine s'est rendue à "
            "Ouagadougou du 14 au 21 novembre 2021.",
            ("besancon", "ouagadougou", "2021-11-14"),
        ),
        (
            "Im September 2022 besuchte eine Delegation aus Suzhou die Stadt Goslar.",
            ("suzhou", "goslar", "2022-09"),
        ),
        (
            "date 2022-05-20\nEine Delegation aus Houston ist seit Sonntag in Leipzig.",
            ("houston", "leipzig", "2022-05-15"),
        ),
        (
            "Bavaria and the Western Cape are partners. A Bavarian delegation visited Cape Town "
            "in March 2022.",
            ("bavaria", "cape town", "2022-03"),
        ),
    ],
)
def test_visits_visitors_named_by_title_adjective_or_inversion(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """Officials of the document's city, place adjectives and German inverted subjects."""
    assert visit in _visits(text)


def test_visits_undated_planned_visit_is_left_out() -> None:
    """A visit still to come is kept only with a date."""
    assert _visits("The mayor of Lyon will travel to Turin.") == []


def test_visits_signing_in_a_city_of_a_region() -> None:
    """An act with Bavaria signed in Munich is a visit to Bavaria."""
    text = "The Western Cape and Bavaria signed a protocol on training in Munich on 4 May 2022."
    assert _visits(text) == [("western cape", "bavaria", "2022-05-04")]


def test_visits_range_is_dated_by_its_first_day() -> None:
    """A visit from the 3rd to the 6th is dated the 3rd."""
    assert _visits("The Kunming delegation visited Perth from 3 to 6 June 2015.") == [
        ("kunming", "perth", "2015-06-03")
    ]


def test_visits_planned_visit_with_a_date_is_kept() -> None:
    """A planned visit the text dates is reported with that date."""
    text = (
        "The association reported plans for representatives of Jinan to be visiting "
        "Dublin at the end of October 2007."
    )
    assert _visits(text) == [("jinan", "dublin", "2007-10")]


def test_visits_delegation_led_by_the_mayor_is_the_home_city() -> None:
    """A delegation "led by the mayor" without a place goes out from the document's city."""
    text = (
        "Institution: City of Ghent\n\nIn June 2018 a delegation led by the mayor visited Taizhou."
    )
    assert _visits(text) == [("ghent", "taizhou", "2018-06")]


def test_visits_german_delegation_led_by_the_lord_mayor() -> None:
    """ "Besuch einer Delegation unter Leitung des Oberbürgermeisters" with one other place."""
    text = (
        "Die Stadt Kiel plant eine Partnerschaft. Nach dem Besuch einer Delegation unter "
        "Leitung des Oberbürgermeisters im Mai 2016 bestehen Kontakte zur Stadt Tallinn. "
        "Kiel freut sich."
    )
    assert _visits(text) == [("kiel", "tallinn", "2016-05")]


def test_visits_country_destination_is_the_partner_city() -> None:
    """Travelling "to China" to seal a twinning with a Chinese city is a visit to that city."""
    text = "De burgemeester van Hasselt trok naar China om de verzustering met Ningbo te bezegelen."
    assert _visits(text) == [("hasselt", "ningbo", None)]


def test_visits_signing_at_a_partners_city_hall() -> None:
    """An act signed at one party's city hall is a visit of the other party, on that day."""
    text = (
        "On 12 May 2016 the mayor of Weihai and the mayor of Ghent signed a friendship "
        "agreement at Ghent City Hall."
    )
    assert _visits(text) == [("weihai", "ghent", "2016-05-12")]


def test_visits_signing_ceremony_described_in_the_next_sentence() -> None:
    """ "The signing ceremony took place in X" places the act reported just before."""
    text = (
        "Durban signed a memorandum of understanding with Xiamen on 19 September 2023. "
        "The signing ceremony was held in the Durban City Hall."
    )
    assert _visits(text) == [("xiamen", "durban", "2023-09-19")]


def test_visits_signing_abroad_by_one_side() -> None:
    """An act between Lyon and Qingdao signed "in China" is Lyon's visit to Qingdao."""
    text = (
        "Lyon et Qingdao ont signé un accord de coopération. Il a été signé en Chine par "
        "le maire de Lyon, le 3 mai 2019."
    )
    assert _visits(text) == [("lyon", "qingdao", "2019-05-03")]


def test_visits_partner_named_after_in_is_not_the_venue() -> None:
    """ "with the City of Xiamen in China" says where Xiamen is, not where the act was signed."""
    text = "Durban signed a memorandum of understanding with the City of Xiamen in China."
    assert _visits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghent regularly receives delegations from Chinese cities.",
        "The planned visit of the Cincinnati delegation to Munich was cancelled.",
        "Ghent and Weihai signed a friendship agreement in 2013.",
        "The mission of Ghent is to become climate neutral.",
        "Lyon is a city in France.",
    ],
)
def test_visits_not_visits(text: str) -> None:
    """Habitual, cancelled and unplaced events are no visits."""
    assert _visits(text) == []


def test_visits_one_visit_reported_twice_is_one_fact() -> None:
    """The same visit told twice, once dated, is one dated fact with both evidence spans."""
    text = (
        "A delegation from Weihai visited Ghent on 12 May 2016. "
        "The Weihai delegation visited Ghent to discuss trade."
    )
    doc = _doc(text)
    assert [(v.visitor.name, v.host.name, str(v.date)) for v in doc.visits] == [
        ("Weihai", "Ghent", "2016-05-12")
    ]
    assert len(doc.visits[0].evidence) == 2


def test_visits_evidence_quotes_the_text() -> None:
    """Every visit has evidence from this extractor whose quote is the text at its offsets."""
    text = "Ghent received a delegation from Taizhou in October 2018."
    doc = _doc(text)
    assert doc.visits
    for v in doc.visits:
        for ev in v.evidence:
            assert text[ev.start : ev.end] == ev.quote
            assert ev.extractor == "cityties.visits@25"


@pytest.mark.parametrize("text", ["", "visit", "Delegation:", "))))"])
def test_visits_degenerate_texts_give_nothing(text: str) -> None:
    """Empty or fragmentary texts give no visit and do not fail."""
    assert _visits(text) == []


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # presence: "was in", "hält sich ... auf", "te gast in", "arrivée ... dans"
        (
            "Nantes and Jinan signed a charter. The delegation from Jinan was in Nantes from 4 "
            "to 8 June 2019.",
            ("jinan", "nantes", "2019-06-04"),
        ),
        (
            "date 2023-05-24\nKiel und Tallinn. Die Delegation aus Tallinn hält sich seit "
            "Sonntag in Kiel auf.",
            ("tallinn", "kiel", "2023-05-21"),
        ),
        (
            "Gent en Kaunas. Dit weekend is een groep inwoners van Kaunas te gast in Gent.",
            ("kaunas", "gent", None),
        ),
        # a pronoun or the city's own delegation: the document's place
        (
            "date 2021-05-03\nLyon wants a partner. Lyon has a new mayor. In March he led a city "
            "delegation to Turin.",
            ("lyon", "turin", "2021-03"),
        ),
        (
            "Kiel und Tallinn feiern. Im Mai 2019 reiste eine Delegation der Stadt Kiel in die "
            "Partnerstadt Tallinn.",
            ("kiel", "tallinn", "2019-05"),
        ),
        # an adjective of the place inside a German inverted sentence
        (
            "Die Städtepartnerschaft Erfurt – Kaunas. Im Oktober 2022 reiste eine Delegation des "
            "Erfurter Stadtrats vom 3. bis 7. Oktober 2022 nach Kaunas.",
            ("erfurt", "kaunas", "2022-10-03"),
        ),
        # a host named by a noun: the document's own place, or the place of the adjective
        (
            "date 2019-07-12\nDakar et Chongqing ont signé un accord à Dakar. La délégation "
            "chinoise, arrivée mardi dans la capitale sénégalaise, a visité le port.",
            ("chongqing", "dakar", "2019-07-09"),
        ),
        (
            "The Western Cape and Bavaria are partners. The Western Cape welcomed the Bavarian "
            "delegation, which was in the province from 12 to 16 September 2022.",
            ("bavaria", "western cape", "2022-09-12"),
        ),
    ],
)
def test_visits_presence_pronouns_adjectives_and_host_nouns(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """Stays and presences, visitors named by a pronoun, their city or an adjective, and hosts
    named by a noun ("the province", "la capitale sénégalaise") in four languages."""
    assert visit in _visits(text)


def test_visits_past_presence_needs_a_delegation() -> None:
    """ "The conference was in Lyon" reports no visit."""
    assert _visits("Turin and Lyon are partners. The conference was in Lyon in 2019.") == []


def test_visits_planned_visit_with_a_day_but_no_year_is_kept_undated() -> None:
    """A visit announced "du 12 au 15 octobre" with no year to read is kept, undated; one for
    "next spring" is left out."""
    assert _visits(
        "Rennes et Jinan sont jumelées. Une délégation de Jinan est attendue à Rennes du 12 au "
        "15 octobre."
    ) == [("jinan", "rennes", None)]
    assert (
        _visits(
            "Kiel und Tallinn. Ein Besuch der Delegation aus Tallinn in Kiel ist für das kommende "
            "Frühjahr geplant."
        )
        == []
    )


def test_visits_a_region_that_is_no_party_stands_for_its_city() -> None:
    """A delegation "aus Texas" in a text about Houston's twinning comes from Houston."""
    text = (
        "date 2023-05-24\nLeipzig und Houston erneuern ihre Städtepartnerschaft. Die Delegation "
        "aus Texas hält sich seit Sonntag in Leipzig auf."
    )
    assert ("houston", "leipzig", "2023-05-21") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Leiden en Toruń zijn zustersteden. Op 4 september 1989 zette de burgemeester van "
            "Leiden in het stadhuis van Toruń zijn handtekening onder het jumelage-akkoord.",
            ("leiden", "torun", "1989-09-04"),
        ),
        (
            "Am 8. Oktober 1982 unterzeichneten der Oberbürgermeister von Duisburg und der "
            "Bürgermeister von Wuhan in der zentralchinesischen Metropole den "
            "Partnerschaftsvertrag.",
            ("duisburg", "wuhan", "1982-10-08"),
        ),
        (
            "On 2 June 2015 the mayors of Perth and Kobe signed a sister city agreement at the "
            "town hall of Kobe.",
            ("perth", "kobe", "2015-06-02"),
        ),
    ],
)
def test_visits_signing_at_a_venue_of_the_partner(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """An act signed in the partner's town hall, or in "the Chinese metropolis", is a visit of
    the other party on the day of the signing."""
    assert _visits(text) == [visit]


def test_visits_arrival_and_signing_days_are_one_stay() -> None:
    """A delegation in town from the 12th to the 16th that signs on the 14th made one visit,
    dated by its first day."""
    text = (
        "On 14 September 2022 Kiel and Tallinn signed a protocol at Kiel City Hall. The "
        "delegation from Tallinn was in Kiel from 12 to 16 September 2022."
    )
    assert _visits(text) == [("tallinn", "kiel", "2022-09-12")]


def test_visits_a_date_in_a_relative_clause_after_the_host_is_not_the_visits() -> None:
    """ "... in die Partnerstadt Nanjing, mit der seit 1988 ..." does not date the trip."""
    text = (
        "Leipzig ist groß. Leipzig feiert. Eine Delegation der Stadt reiste in die Partnerstadt "
        "Nanjing, mit der seit 1988 eine Städtepartnerschaft besteht."
    )
    assert _visits(text) == [("leipzig", "nanjing", None)]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a subject after the verb, the host named after its tie
        (
            "Tilburg en Wuxi. Tilburg is een stad. Burgemeester Weterings bezocht in oktober "
            "2018 de Chinese partnerstad Wuxi.",
            ("tilburg", "wuxi", "2018-10"),
        ),
        (
            "Kiel und Klaipėda. Kiel ist groß. Im Juni 2018 besuchte Oberbürgermeister Kämpfer "
            "die Partnerstadt Klaipėda.",
            ("kiel", "klaipeda", "2018-06"),
        ),
        # a delegation received at the host's town hall
        (
            "Nantes et Agadir. Nantes est grande. Une délégation d'Agadir a été reçue à l'hôtel "
            "de ville de Nantes le 4 mars 2021.",
            ("agadir", "nantes", "2021-03-04"),
        ),
        # an official of a place as guest
        (
            "date 2019-05-20\nHalifax welcomes Hangzhou. Halifax hosted Vice Mayor Chen of "
            "Hangzhou on 14 May 2019.",
            ("hangzhou", "halifax", "2019-05-14"),
        ),
        # officials of the document's place
        (
            "Augsburg und Nagahama. Augsburg ist schön. Zum Jubiläum reiste "
            "Oberbürgermeisterin Eva Weber im Mai 2019 nach Nagahama.",
            ("augsburg", "nagahama", "2019-05"),
        ),
        # a country stands for the partner of that country in the document's acts
        (
            "Brugge en Shaoxing sloten op 12 mei 2015 een vriendschapsakkoord. De burgemeester "
            "van Brugge reisde in mei 2015 naar China.",
            ("brugge", "shaoxing", "2015-05"),
        ),
    ],
)
def test_visits_inverted_subjects_receptions_and_officials(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """Visitors after the verb, hosts after "the partner city" or at their town hall, guests
    named as officials of a place, and countries that stand for the partner city."""
    assert visit in _visits(text)


def test_visits_habits_are_no_visits() -> None:
    """ "Students from Wonju visit Roanoke every summer" reports no single visit."""
    assert _visits("Roanoke and Wonju. Students from Wonju visit Roanoke every summer.") == []
