"""The places extractor on classes of organisation names that were cut or misread, and on
words that are no parties: a chamber "of International Commerce", two sectors sharing one
head ("Maritime and Port Authority"), a university's number ("Mohammed Premier", "Rennes 1"),
initials standing for a name read before, compass words before "China's", agency bylines and
German common nouns before a signing verb."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc


def _doc(text: str, language: str) -> Doc:
    return extract(text, language=language).doc


def _names(text: str, language: str, kind: str) -> list[str]:
    return [m.name for m in _doc(text, language).mentions if m.kind == kind]


def _parties(text: str, language: str) -> list[set[str]]:
    return [{p.name for p in a.parties} for a in _doc(text, language).agreements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Last week the Fujian Chamber of International Commerce welcomed forty exporters.",
            "Fujian Chamber of International Commerce",
        ),
        (
            "A memorandum was signed with the Guangdong Chamber of Foreign Trade in May.",
            "Guangdong Chamber of Foreign Trade",
        ),
    ],
)
def test_chamber_of_qualified_sector_is_one_name(text: str, name: str) -> None:
    """A chamber 'of' one or two capitalised words and a sector (commerce, trade) is one
    organisation with its place in front."""
    assert name in _names(text, "en", "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Maritime and Port Authority of Lisbon met the delegation on Monday.",
            "Maritime and Port Authority of Lisbon",
        ),
        (
            "The Qingdao Port and Shipping Authority opened an office in Hamburg.",
            "Qingdao Port and Shipping Authority",
        ),
        (
            "Delegates of the Port and Shipping Authority of Xiamen toured the terminal.",
            "Port and Shipping Authority of Xiamen",
        ),
    ],
)
def test_words_sharing_a_head_are_one_name(text: str, name: str) -> None:
    """An ordinary capitalised word joined by 'and' to a head shares that head: the two make
    one organisation, not a stray word and a headless authority."""
    assert name in _names(text, "en", "organisation")


def test_two_named_organisations_stay_apart() -> None:
    """A second conjunct with a place of its own is a second organisation."""
    names = _names(
        "Bangor University and Xiamen University signed a research agreement.", "en", "organisation"
    )
    assert "Bangor University" in names
    assert "Xiamen University" in names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "L'Université Hassan Premier de Settat a signé une convention avec Nantes.",
            "fr",
            "Université Hassan Premier de Settat",
        ),
        (
            "En 2019 l'Université de Lille 2 et Wuhan ont conclu un accord.",
            "fr",
            "Université de Lille 2",
        ),
        (
            "The University of Paris 8 and Shenzhen University signed a memorandum.",
            "en",
            "University of Paris 8",
        ),
    ],
)
def test_university_number_belongs_to_its_name(text: str, language: str, name: str) -> None:
    """'Premier', a Roman numeral or a small number after a university's name is part of it."""
    assert name in _names(text, language, "organisation")


def test_number_before_a_lower_case_word_is_no_part_of_a_name() -> None:
    """'the University of Leeds 10 years ago': a count, not the number of a university."""
    names = _names("The University of Leeds 10 years ago signed the pact.", "en", "organisation")
    assert "University of Leeds" in names


def test_initials_name_an_organisation_read_before() -> None:
    """Capital initials of an organisation already named stand for it later."""
    doc = _doc(
        "The Dalian Port and Shipping Authority signed an agreement with Antwerp. Under it, "
        "DPSA will send trainees every year.",
        "en",
    )
    m = next(m for m in doc.mentions if m.text == "DPSA")
    assert m.kind == "organisation"
    assert m.name == "Dalian Port and Shipping Authority"


@pytest.mark.parametrize(
    "text",
    [
        "Southwest China's Sichuan Province signed a sister-province agreement with Wales in 2019.",
        "East China's Fujian Province and Tasmania signed a friendship agreement in 1981.",
    ],
)
def test_compass_word_before_china_is_no_party(text: str) -> None:
    """A compass word opening 'East China's X' is part of a description, never a party."""
    for parties in _parties(text, "en"):
        assert not parties & {"Southwest", "East"}


def test_agency_byline_is_no_place() -> None:
    """A news agency's name before '|' and a date on a line of its own files the report."""
    text = (
        "Yancheng, Cakovec become sister cities\n\nXinhua | Updated: 2022-05-19 09:15\n\n"
        "ZAGREB -- Yancheng and Cakovec signed an agreement to become sister cities."
    )
    assert "Xinhua" not in _names(text, "en", "place")
    assert all("Xinhua" not in p for p in _parties(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Eine Erklärung zur Vertiefung einer engen Partnerschaft unterzeichneten am 4. Mai in "
        "Weifang Landrat Peter Maier und Bürgermeister Liu Bin.",
        "Eine Vereinbarung über die künftige Zusammenarbeit unterzeichneten gestern in Jinan "
        "die Bürgermeister beider Städte.",
    ],
)
def test_german_noun_before_signing_verb_is_no_organisation(text: str) -> None:
    """A German common noun (after an article or an inflected adjective, or with a noun
    ending) before 'unterzeichneten' is no unknown organisation that signs."""
    names = _names(text, "de", "organisation")
    assert "Partnerschaft" not in names
    assert "Zusammenarbeit" not in names


@pytest.mark.parametrize(
    ("text", "language", "short", "name"),
    [
        (
            "The Fujian Chamber of International Commerce hosted the mission. Membership of the "
            "chamber is open to exporters only.",
            "en",
            "chamber",
            "Fujian Chamber of International Commerce",
        ),
        (
            "La CCI Loire-Atlantique a reçu une délégation de Qingdao. En mai, la CCI avait "
            "conduit une mission en Chine.",
            "fr",
            "CCI",
            "CCI Loire-Atlantique",
        ),
        (
            "Die Industrie- und Handelskammer Lippe zu Detmold pflegt Kontakte nach China. Im "
            "Mai empfing die IHK eine Delegation aus Suzhou.",
            "de",
            "IHK",
            "Industrie- und Handelskammer Lippe zu Detmold",
        ),
        (
            "De Universiteit Gent ontving een delegatie uit Ningbo. Volgens de universiteit "
            "volgen nog meer bezoeken.",
            "nl",
            "universiteit",
            "Universiteit Gent",
        ),
    ],
)
def test_bare_head_names_the_one_organisation_of_its_kind(
    text: str, language: str, short: str, name: str
) -> None:
    """After an organisation's full name, its bare head with an article ("the chamber", "la
    CCI", "die IHK", "de universiteit") names that organisation."""
    doc = _doc(text, language)
    m = next(m for m in doc.mentions if m.text == short)
    assert m.kind == "organisation"
    assert m.name == name


def test_place_and_bare_head_name_the_organisation_of_that_place() -> None:
    """'Ajman Chamber' after 'Ajman Chamber of Commerce and Industry' is that chamber, not the
    place Ajman."""
    doc = _doc(
        "The Ajman Chamber of Commerce and Industry signed a memorandum with Guangxi. Ajman "
        "Chamber now counts 42,000 members.",
        "en",
    )
    m = next(m for m in doc.mentions if m.text == "Ajman Chamber")
    assert m.name == "Ajman Chamber of Commerce and Industry"


def test_bare_head_with_two_organisations_of_its_kind_names_none() -> None:
    """With two universities of different names, 'the university' stays unread."""
    doc = _doc(
        "The University of Szeged and Central South University signed an agreement. The "
        "university will host ten students.",
        "en",
    )
    assert not any(m.text == "university" for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "In mei werd een samenwerkingsakkoord gesloten tussen Vives en de Ningbo University "
            "of Technology.",
            "nl",
            "Vives",
        ),
        (
            "A memorandum signed between Odisee and the Nanjing University of Technology opens an "
            "exchange.",
            "en",
            "Odisee",
        ),
    ],
)
def test_unknown_name_paired_with_an_organisation_is_one(
    text: str, language: str, name: str
) -> None:
    """An unknown name that an act pairs with an organisation ("between X and the Y
    University") is an organisation, not a place."""
    doc = _doc(text, language)
    m = next(m for m in doc.mentions if m.text == name)
    assert m.kind == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Howest gaat samenwerken met Chinese Zhejiang University of Technology",
            "nl",
            "Zhejiang University of Technology",
        ),
        (
            "The Chinese University of Hong Kong signed an agreement with Leeds.",
            "en",
            "Chinese University of Hong Kong",
        ),
    ],
)
def test_demonym_before_a_place_is_no_part_of_a_name(text: str, language: str, name: str) -> None:
    """A nationality adjective before a place that names a university describes it; before
    the head itself it is part of the name."""
    assert name in _names(text, language, "organisation")


def test_acronym_before_a_place_carries_that_place() -> None:
    """'CCPIT Zhejiang': the place after an acronym is the organisation's, so its country is
    known."""
    doc = _doc("The chamber signed a memorandum with CCPIT Zhejiang in Hangzhou last year.", "en")
    m = next(m for m in doc.mentions if m.text == "CCPIT Zhejiang")
    assert m.kind == "organisation"
    assert m.place is not None
    assert m.place.country == "CN"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In 2015 the Northwest A&F University signed an agreement with Leeds.",
            "Northwest A&F University",
        ),
        (
            "The Hubei People's Association for Friendship with Foreign Countries hosted the "
            "delegation.",
            "Hubei People's Association for Friendship with Foreign Countries",
        ),
    ],
)
def test_initials_and_purpose_stay_in_a_name(text: str, name: str) -> None:
    """Initials joined by '&' ("A&F") and a purpose "for X with Y" are parts of one name."""
    assert name in _names(text, "en", "organisation")


def test_compass_word_is_no_place_of_an_organisation() -> None:
    """'Northwest' opening a university's name gives it no place."""
    doc = _doc("In 2015 the Northwest A&F University signed an agreement with Leeds.", "en")
    m = next(m for m in doc.mentions if m.name == "Northwest A&F University")
    assert m.place is None


def test_purpose_with_a_place_stops_the_name() -> None:
    """'with' and a place after a purpose is no part of the name."""
    names = _names("The Society for Cooperation with Leeds signed a charter.", "en", "organisation")
    assert "Society for Cooperation" in names


def test_full_head_without_place_names_the_one_chamber() -> None:
    """'la Chambre de commerce et d'industrie' without a place, after 'CCI Loire-Atlantique',
    names that chamber."""
    doc = _doc(
        "La CCI Loire-Atlantique a reçu une délégation de Qingdao. Le président de la Chambre "
        "de commerce et d'industrie a salué les visiteurs.",
        "fr",
    )
    m = next(m for m in doc.mentions if m.text.startswith("Chambre de commerce"))
    assert m.name == "CCI Loire-Atlantique"


@pytest.mark.parametrize(
    ("text", "language", "short", "name"),
    [
        (
            "Antwerp, a port city of 530,000 people, is twinned with Shanghai. Its port "
            "handled 271 million tonnes of cargo in 2023.",
            "en",
            "port",
            "Port of Antwerp",
        ),
        (
            "Dalian compte 7,5 millions d'habitants. Son port a traité 300 millions de tonnes.",
            "fr",
            "port",
            "Port of Dalian",
        ),
        (
            "Die Partnerstadt Rostock liegt an der Ostsee. Über ihren Hafen wurden 20 Millionen "
            "Tonnen umgeschlagen.",
            "de",
            "Hafen",
            "Port of Rostock",
        ),
        (
            "De Rotterdamse haven verwerkte vorig jaar 438 miljoen ton lading.",
            "nl",
            "Rotterdamse haven",
            "Port of Rotterdam",
        ),
    ],
)
def test_possessive_port_is_the_port_of_its_city(
    text: str, language: str, short: str, name: str
) -> None:
    """'Its port', 'son port', 'ihren Hafen' after a city, and 'de Rotterdamse haven', name
    the port of that city."""
    doc = _doc(text, language)
    m = next(m for m in doc.mentions if m.text == short)
    assert m.kind == "organisation"
    assert m.name == name


def test_possessive_port_skips_abbreviations_and_countries() -> None:
    """'32 Mio.' and a country are no owner of 'Ihr Hafen': the city named before is."""
    doc = _doc(
        "Chongqing ist eine Partnerstadt. Die Metropole im Südwesten Chinas zählt 32 Mio. "
        "Einwohner. Ihr Hafen schlug 2022 gut 200 Mio. Tonnen um.",
        "de",
    )
    m = next(m for m in doc.mentions if m.text == "Hafen")
    assert m.name == "Port of Chongqing"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Jumelage entre Yantai et Saint-Paul : un lien avec le Sud de l'île.", "fr", "Sud"),
        ("Jinan ligt in het Oosten van China en telt zeven miljoen inwoners.", "nl", "Oosten"),
        ("Weihai lies in the East of China and was twinned with Cheltenham.", "en", "East"),
    ],
)
def test_compass_word_before_of_is_a_direction(text: str, language: str, word: str) -> None:
    """A compass word followed by 'of/de/van' names a direction, no place."""
    assert word not in _names(text, language, "place")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Avec 47 000 étudiants, l'Université Claude Bernard Lyon 1 figure parmi les grandes "
            "universités.",
            "fr",
            "Université Claude Bernard Lyon 1",
        ),
        (
            "L'Université Jean Monnet a signé une convention avec Wuhan.",
            "fr",
            "Université Jean Monnet",
        ),
    ],
)
def test_university_named_after_a_person_keeps_the_name(
    text: str, language: str, name: str
) -> None:
    """A person's name right after a university's head is the name it bears, not a person."""
    assert name in _names(text, language, "organisation")
