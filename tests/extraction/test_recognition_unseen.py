"""Recognition on wordings other writers use: a Chinese autonomous region named with its kind
words after the name, and chambers of commerce named together under a plural head."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import Mention


def _mentions(text: str, language: str) -> list[Mention]:
    return list(extract(text, language=language).doc.mentions)


def _places(text: str, language: str) -> list[str]:
    return [m.name for m in _mentions(text, language) if m.kind == "place"]


def _orgs(text: str, language: str) -> list[str]:
    return [m.name for m in _mentions(text, language) if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Last spring the Guangxi Zhuang Autonomous Region agreed to work with Tampere.",
            "Guangxi",
        ),
        ("Ningxia Hui Autonomous Region sent a trade mission to Lyon in 2014.", "Ningxia"),
        ("A delegation of the Tibet Autonomous Region toured Graz last week.", "Tibet"),
        (
            "Students from the Xinjiang Uygur Autonomous Region will study in Leuven.",
            "Xinjiang",
        ),
    ],
)
def test_autonomous_region_named_before_its_kind_words_is_a_place(text: str, place: str) -> None:
    """A region's name followed by "Autonomous Region" (with or without the people's name in
    between) is that region, not a weak name dropped before a capitalised phrase."""
    assert place in _places(text, "en")


def test_autonomous_region_is_a_party_of_the_act() -> None:
    """The region named with its kind words signs the act instead of another place."""
    text = (
        "Nanning, 4 May 2019. The Guangxi Zhuang Autonomous Region and the region of "
        "Hauts-de-France signed a memorandum of understanding on 3 May 2019."
    )
    acts = extract(text, language="en").doc.agreements
    assert [sorted(p.name for p in a.parties) for a in acts] == [["Guangxi", "Hauts-de-France"]]


def test_autonomous_alone_is_no_place_kind() -> None:
    """A name before "Autonomous" without a unit word after it stays as it was read."""
    assert "Guangxi" not in _places("The Guangxi Autonomous Driving Lab opened.", "en")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Greater Leeds Chambers of Commerce hosted traders from Chengdu in March.",
            "en",
            "Greater Leeds Chambers of Commerce",
        ),
        (
            "Les Chambres de commerce et d'industrie de Bretagne recevront des acheteurs de "
            "Qingdao.",
            "fr",
            "Chambres de commerce et d'industrie de Bretagne",
        ),
        (
            "De Kamers van Koophandel van Limburg ontvingen ondernemers uit Harbin.",
            "nl",
            "Kamers van Koophandel van Limburg",
        ),
        (
            "Die Handelskammern Bremen und Hamburg empfingen Gäste aus Ningbo.",
            "de",
            "Handelskammern Bremen",
        ),
    ],
)
def test_chambers_under_a_plural_head_are_an_organisation(
    text: str, language: str, name: str
) -> None:
    """The plural of a chamber's head ("Chambers", "Chambres", "Kamers", "Handelskammern")
    names an organisation just as the singular does."""
    assert name in _orgs(text, language)


def test_chambers_without_commerce_are_no_organisation() -> None:
    """ "Chambers" alone is no head: a surname or chambers of a court stay out."""
    assert _orgs("Mr Tom Chambers met the mayor of Suzhou.", "en") == []


def _parties(text: str, language: str) -> list[list[str]]:
    acts = extract(text, language=language).doc.agreements
    return [sorted(p.name for p in a.parties) for a in acts]


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Provinciale Staten van de provincie Drenthe spraken over de band met Shanxi. "
            "Shanxi telt 35 miljoen inwoners. Uit Shanxi komt veel steenkool. Bedrijven uit "
            "Shanxi bezochten in 2017 Assen. Het vriendschapsverdrag met Shanxi werd op "
            "9 april 2011 ondertekend.",
            "nl",
            ["Drenthe", "Shanxi"],
        ),
        (
            "Le conseil départemental a débattu du lien avec la province du Yunnan. Le "
            "département du Finistère y envoie des étudiants. Le Yunnan compte 47 millions "
            "d'habitants. Des artistes du Yunnan exposeront à Quimper. L'accord de coopération "
            "avec le Yunnan a été signé le 9 avril 2011.",
            "fr",
            ["Finistère", "Yunnan"],
        ),
        (
            "Der Kreistag sprach über die Beziehungen zur Provinz Gansu. Der Landkreis Harburg "
            "schickt Schüler dorthin. Gansu hat 25 Millionen Einwohner. Musiker aus Gansu "
            "spielen in Buchholz. Die Kooperationsvereinbarung mit Gansu wurde am 9. April 2011 "
            "unterzeichnet.",
            "de",
            ["Gansu", "Landkreis Harburg"],
        ),
    ],
)
def test_own_region_named_with_its_kind_word_is_the_home(
    text: str, language: str, parties: list[str]
) -> None:
    """A region of the writer's country named once with its kind word ("de provincie",
    "le département du", "der Landkreis") is the document's own place, not the partner's
    province named more often nor a town of the region named once."""
    assert parties in _parties(text, language)


def test_own_city_stays_home_before_a_region_with_its_kind_word() -> None:
    """Where the likeliest home is already a place of the writer's country, a region named
    with its kind word does not replace it."""
    text = (
        "Rennes a reçu le maire de Jinan. Rennes et Jinan sont jumelées depuis 1985. La "
        "Région Bretagne coopère aussi avec le Shandong. L'accord de coopération avec Jinan "
        "a été renouvelé le 9 avril 2011 à Rennes."
    )
    assert ["Jinan", "Rennes"] in _parties(text, "fr")


@pytest.mark.parametrize(
    ("text", "language", "person", "place"),
    [
        (
            "Burgemeester Karin Bolt van Zwolle reist in juni naar Tai'an.",
            "nl",
            "Karin Bolt",
            "Zwolle",
        ),
        (
            "Oberbürgermeister Stefan Kühn von Heidelberg empfing Gäste aus Hangzhou.",
            "de",
            "Stefan Kühn",
            "Heidelberg",
        ),
    ],
)
def test_town_after_a_full_name_is_a_place(
    text: str, language: str, person: str, place: str
) -> None:
    """ "van"/"von" and a town after a given name and a surname names the person's town: the
    person ends before the particle and the town is a place."""
    mentions = _mentions(text, language)
    assert person in [m.name for m in mentions if m.kind == "person"]
    assert place in [m.name for m in mentions if m.kind == "place"]


def test_particle_after_a_given_name_stays_in_the_surname() -> None:
    """ "Wethouder Jan van Dijk": one word before "van" is a given name, and "van Dijk" is
    the surname."""
    mentions = _mentions("Wethouder Jan van Dijk sprak met gasten uit Suzhou.", "nl")
    assert "Jan van Dijk" in [m.name for m in mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "La Région Centre-Val de Loire et la province du Hunan ont signé un accord de "
            "coopération en 2016.",
            "fr",
            "Centre-Val de Loire",
        ),
        (
            "The Centre-Val de Loire region signed a cooperation agreement with Hunan in 2016.",
            "en",
            "Centre-Val de Loire",
        ),
        (
            "La région Provence-Alpes-Côte d'Azur a reçu une délégation du Guangdong.",
            "fr",
            "Provence-Alpes-Côte d'Azur",
        ),
        (
            "The Provence-Alpes-Côte d’Azur region welcomed a delegation from Guangdong.",
            "en",
            "Provence-Alpes-Côte d’Azur",
        ),
    ],
)
def test_hyphenated_region_with_a_particle_is_read_whole(
    text: str, language: str, place: str
) -> None:
    """A hyphenated region's name that goes on with a particle is one place: not its last
    word ("Loire", "Azur"), also where the gazetteer lacks the whole name."""
    places = _places(text, language)
    assert place in places
    assert "Loire" not in places and "Azur" not in places


def test_german_noun_after_im_is_no_tail_of_a_hyphenated_name() -> None:
    """German "im" before a capitalised noun after a hyphenated word ("BMW-Werk im Norden")
    makes no place of the whole."""
    text = "Das BMW-Werk im Norden von Leipzig beschäftigt 7.000 Menschen."
    places = _places(text, "de")
    assert "Leipzig" in places
    assert not any(p.startswith("BMW") for p in places)


@pytest.mark.parametrize(
    ("text", "language", "orgs"),
    [
        (
            "En mai, le port de Dunkerque et celui de Ningbo ont signé un protocole d'entente.",
            "fr",
            ["port de Dunkerque", "port de Ningbo"],
        ),
        (
            "Last year the Port of Antwerp and that of Tianjin signed a memorandum of "
            "understanding.",
            "en",
            ["Port of Antwerp", "Port of Tianjin"],
        ),
    ],
)
def test_pronoun_for_an_organisations_head_names_a_second_one(
    text: str, language: str, orgs: list[str]
) -> None:
    """ "celui de Y" / "that of Y" after an organisation named by its head and place X is the
    same kind of organisation of Y, and both sign the act."""
    assert _orgs(text, language) == orgs
    assert [sorted(orgs)] == _parties(text, language)


def test_pronoun_after_no_organisation_names_none() -> None:
    """ "celui de Y" after a word that is no organisation makes no organisation."""
    text = "Le budget de Brest et celui de Qingdao ont augmenté en 2019."
    assert _orgs(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "language", "orgs"),
    [
        (
            "The ports of Felixstowe and Ningbo signed a memorandum of understanding in 2015.",
            "en",
            ["Port of Felixstowe", "Port of Ningbo"],
        ),
        (
            "Les ports de Bordeaux et de Canton ont signé un accord de coopération en 2015.",
            "fr",
            ["port de Bordeaux", "port de Canton"],
        ),
        (
            "De havens van Zeebrugge en Qingdao ondertekenden in 2015 een samenwerkingsakkoord.",
            "nl",
            ["haven van Zeebrugge", "haven van Qingdao"],
        ),
        (
            "The universities of Leeds and Wuhan signed a cooperation agreement in 2015.",
            "en",
            ["University of Leeds", "University of Wuhan"],
        ),
    ],
)
def test_plural_head_before_two_places_names_two_organisations(
    text: str, language: str, orgs: list[str]
) -> None:
    """A plural head before two places joined by "and" ("the ports of X and Y") names one
    organisation of each, and the two sign the act."""
    assert _orgs(text, language) == orgs
    assert [sorted(orgs)] == _parties(text, language)


def test_plural_head_before_one_place_names_none() -> None:
    """ "the ports of Felixstowe" with no second place makes no pair of organisations."""
    text = "The ports of Felixstowe handle many ships from Ningbo."
    assert not any(o.startswith("Port of") for o in _orgs(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "orgs"),
    [
        (
            "Since 2012 the Port of Genoa has cooperation agreements with the ports of "
            "Ningbo, Pusan and Durban.",
            "en",
            ["Port of Genoa", "Port of Ningbo", "Port of Pusan", "Port of Durban"],
        ),
        (
            "Le port de Marseille a signé des accords avec les ports de Dalian, de Tianjin "
            "et de Xiamen.",
            "fr",
            ["port de Marseille", "port de Dalian", "port de Tianjin", "port de Xiamen"],
        ),
        (
            "De haven van Antwerpen werkt samen met de havens van Ningbo, Dalian en Xiamen.",
            "nl",
            ["haven van Antwerpen", "haven van Ningbo", "haven van Dalian", "haven van Xiamen"],
        ),
        (
            "Die Häfen von Bremen und Tianjin unterzeichneten 2016 eine Vereinbarung.",
            "de",
            ["Hafen von Bremen", "Hafen von Tianjin"],
        ),
    ],
)
def test_plural_head_before_a_list_names_one_organisation_each(
    text: str, language: str, orgs: list[str]
) -> None:
    """A plural head before places listed with commas and a last "and" ("the ports of X, Y
    and Z", "les ports de X, de Y et de Z") names one organisation of each place."""
    assert _orgs(text, language) == orgs


def test_plural_head_before_a_list_without_and_names_none() -> None:
    """A list that does not end in "and" + a place ("the ports of X, Y, Z handle ...") is
    no list of organisations."""
    text = "The ports of Ningbo, Dalian, Xiamen handle many ships."
    assert not any(o.startswith("Port of") for o in _orgs(text, "en"))
