"""The places extractor on what real writers do with names: an organisation name wrapped over
a line break, a name that a conjunction and an article end, a district named with its city,
a hyphenated pair of places, and the document's home given by a masthead or an organisation."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import Mention


def _mentions(text: str, language: str) -> list[Mention]:
    return list(extract(text, language=language).doc.mentions)


def _orgs(text: str, language: str) -> list[str]:
    return [m.name for m in _mentions(text, language) if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "On Friday the Tianjin Port\nCorporation welcomed guests from Bremen.",
            "en",
            "Tianjin Port Corporation",
        ),
        (
            "Vandaag ontving de Qingdao Port\nGroup een delegatie uit Zeebrugge.",
            "nl",
            "Qingdao Port Group",
        ),
    ],
)
def test_organisation_wrapped_over_a_line_break_is_one_name(
    text: str, language: str, name: str
) -> None:
    """A company word opening the next line of wrapped prose goes on with the organisation's
    name, and the name reads with a space."""
    assert name in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Gisteren sloten Port of Rotterdam en de Chinese rederij een contract.",
            "nl",
            "Port of Rotterdam",
        ),
        (
            "The Port of Ghent and the Korean shipping line agreed on a new route.",
            "en",
            "Port of Ghent",
        ),
        (
            "L'Université de Lyon et la ville coréenne de Daejeon ont signé une convention.",
            "fr",
            "Université de Lyon",
        ),
        (
            "Die Universität Bremen und die chinesische Hochschule unterzeichneten ein Abkommen.",
            "de",
            "Universität Bremen",
        ),
    ],
)
def test_organisation_name_ends_before_a_conjunction_and_an_article(
    text: str, language: str, name: str
) -> None:
    """'and the', 'en de', 'et la', 'und die' open a new noun phrase: the name before them ends
    there and does not run on."""
    orgs = _orgs(text, language)
    assert name in orgs
    assert not any(o.startswith(name) and o != name for o in orgs)


def test_organisation_name_keeps_a_joiner_without_an_article() -> None:
    """A joiner without an article stays inside the name ('of Science and Technology')."""
    text = "The University of Science and Technology of Hefei signed an agreement."
    assert "University of Science and Technology of Hefei" in _orgs(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "district", "city"),
    [
        (
            "Een delegatie uit het district Wuyi van de stad Jinhua bezocht Zwolle.",
            "nl",
            "Wuyi",
            "Jinhua",
        ),
        (
            "Die Vertreter des Bezirks Xinbei der Stadt Changzhou besuchten Ingolstadt.",
            "de",
            "Xinbei",
            "Changzhou",
        ),
        (
            "Officials of the district of Xinbei in Changzhou visited Leeds.",
            "en",
            "Xinbei",
            "Changzhou",
        ),
        (
            "Le district de Xinbei de la ville de Changzhou a reçu des élus de Lille.",
            "fr",
            "Xinbei",
            "Changzhou",
        ),
    ],
)
def test_district_named_before_its_city_is_a_place(
    text: str, language: str, district: str, city: str
) -> None:
    """A name after 'district', 'Bezirk' is a place of its own, even one the gazetteer lacks,
    and its city is a second place; the unknown name is not bent into a city it resembles."""
    places = {m.name: m for m in _mentions(text, language) if m.kind == "place"}
    assert district in places
    assert city in places
    ref = places[district].place
    assert ref is None or ref.name.startswith(district[:4])


@pytest.mark.parametrize(
    "text",
    [
        "He spoke about the Lake District and its walks.",
        "The District Court of Hamburg ruled on Monday.",
    ],
)
def test_capitalised_district_inside_a_name_is_no_cue(text: str) -> None:
    """A capitalised 'District' in mid-sentence is part of a name, not a cue for a place."""
    names = {m.name for m in _mentions(text, "en") if m.kind == "place"}
    assert "Court" not in names
    assert "Lake" not in names


def _visits(text: str, language: str) -> list[tuple[str, str]]:
    return [(v.visitor.name, v.host.name) for v in extract(text, language=language).doc.visits]


@pytest.mark.parametrize(
    ("text", "language", "visit"),
    [
        (
            "Rosenheim aktuell | 3. Mai 2024 | Lokales\n\nOberbürgermeister Hans Maier begrüßte "
            "am Samstag, 27. April, eine Delegation aus der Partnerstadt Lecco im Rathaus.",
            "de",
            ("Lecco", "Rosenheim"),
        ),
        (
            "Deventer vandaag | 3 mei 2024\n\nBurgemeester Jansen ontving op 27 april een "
            "delegatie uit de partnerstad Sibiu op het stadhuis.",
            "nl",
            ("Sibiu", "Deventer"),
        ),
    ],
)
def test_masthead_title_opened_by_the_place_names_the_home(
    text: str, language: str, visit: tuple[str, str]
) -> None:
    """A masthead part that the place opens and a lower-case word ends ('Rosenheim aktuell')
    names the place the paper writes from: the host of a delegation received at home."""
    assert visit in _visits(text, language)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Port of Dover | News | 2 May 2024\n\nOn 29 April 2024 the Port welcomed a "
            "delegation from Zeebrugge, which came to look at our new ferry terminal.",
            ("Zeebrugge", "Port of Dover"),
        ),
        (
            "Bangor University | News\n\nOn 4 March 2024 our Vice-Chancellor led a delegation "
            "to Nagoya University.",
            ("Bangor University", "Nagoya University"),
        ),
    ],
)
def test_masthead_organisation_is_the_home(text: str, visit: tuple[str, str]) -> None:
    """An organisation that is a whole part of the masthead writes the document: it is the
    home that receives and sends delegations, not a place named later."""
    assert visit in _visits(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "kind", "name"),
    [
        (
            "Depuis 2008 la ville de Montreuil entretient un pacte d'amitié avec la commune de "
            "Beit\nSira en Cisjordanie.",
            "fr",
            "place",
            "Beit Sira",
        ),
        (
            "In 2019 a memorandum of understanding was signed between Leeds Beckett University "
            "and Zhejiang University of\nTechnology in Hangzhou.",
            "en",
            "organisation",
            "Zhejiang University of Technology",
        ),
        (
            "Im Jahr 2015 unterzeichneten die Vertreter der Hansestadt Rostock und der Stadt Bad\n"
            "Doberan eine gemeinsame Erklärung.",
            "de",
            "place",
            "Bad Doberan",
        ),
    ],
)
def test_name_wrapped_in_prose_is_one_name(text: str, language: str, kind: str, name: str) -> None:
    """A single line break after a long line of wrapped prose reads as a space: the name goes
    on over it and is written with a space."""
    names = [m.name for m in _mentions(text, language) if m.kind == kind]
    assert name in names


def test_line_break_after_a_short_line_ends_the_name() -> None:
    """A short line (a heading, an address line) keeps its break: its last word is no part of
    a name on the next line."""
    text = "Stadt Bad Doberan\nRathaus, Am Markt 1\n\nDie Stadt lädt ein."
    names = [m.name for m in _mentions(text, "de")]
    assert not any("Rathaus" in n for n in names)


@pytest.mark.parametrize(
    ("text", "language", "pair", "org"),
    [
        (
            "Hamburg and the Ningbo-Zhoushan Port Group met in May. Ningbo-Zhoushan moved more "
            "cargo than any other port last year.",
            "en",
            "Ningbo-Zhoushan",
            "Ningbo-Zhoushan Port Group",
        ),
        (
            "Port of Antwerp-Bruges opende een kantoor in Shanghai. Volgens Antwerp-Bruges "
            "groeit de overslag.",
            "nl",
            "Antwerp-Bruges",
            "Port of Antwerp-Bruges",
        ),
    ],
)
def test_hyphenated_name_of_an_organisation_alone_is_that_organisation(
    text: str, language: str, pair: str, org: str
) -> None:
    """A hyphenated name that an organisation's name holds stands for the organisation where
    it is written alone, not for two places."""
    ms = _mentions(text, language)
    alone = [m for m in ms if m.text == pair]
    assert [(m.kind, m.name) for m in alone] == [("organisation", org)]


def test_hyphenated_pair_without_such_an_organisation_stays_two_places() -> None:
    """Without an organisation named with it, a hyphenated pair of cities is two places."""
    text = "A new freight train links Duisburg-Chongqing twice a week."
    names = {m.name for m in _mentions(text, "en") if m.kind == "place"}
    assert {"Duisburg", "Chongqing"} <= names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chen said the partnership with Leeds would grow.", "en"),
        ("According to Chen, trade with Leeds doubled.", "en"),
        ("Laut Chen wächst der Handel mit Kiel.", "de"),
        ("Volgens Chen groeit de handel met Gent.", "nl"),
    ],
)
def test_chinese_surname_alone_is_no_place(text: str, language: str) -> None:
    """A Chinese surname that names a city only by a short alternate name ('Chen' for
    Chenzhou) is no place."""
    places = [m for m in _mentions(text, language) if m.kind == "place"]
    assert all(m.text != "Chen" for m in places)
    assert len(places) == 1


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Vorig jaar sloot de haven van Port of Tyne een akkoord met Zeebrugge.",
            "nl",
            "Port of Tyne",
        ),
        ("The port of Port Elizabeth grew last year.", "en", "port of Port Elizabeth"),
    ],
)
def test_description_before_an_organisation_name_is_no_name(
    text: str, language: str, name: str
) -> None:
    """'de haven van' before an organisation's own name ('Port of Tyne') leaves the name
    whole; a city named with a head word ('Port Elizabeth') is still the port's place."""
    assert name in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "party"),
    [
        (
            "Waalwijk ondertekende vorig jaar een intentieverklaring met het district Wuyi van "
            "de stad Jinhua.",
            "nl",
            "Waalwijk",
        ),
        (
            "Krefeld unterzeichnete 2019 einen Partnerschaftsvertrag mit dem Bezirk Wuyi der "
            "Stadt Jinhua.",
            "de",
            "Krefeld",
        ),
        (
            "In 2019 Leeds signed a friendship agreement with the district of Wuyi in Jinhua.",
            "en",
            "Leeds",
        ),
        (
            "En 2019 Lille a signé un accord d'amitié avec le district de Wuyi de la ville de "
            "Jinhua.",
            "fr",
            "Lille",
        ),
    ],
)
def test_district_is_the_party_and_its_city_qualifies_it(
    text: str, language: str, party: str
) -> None:
    """An act with 'the district X of the city Y' binds the district; its city only places
    it and is no party of its own."""
    acts = [
        sorted(p.name for p in a.parties) for a in extract(text, language=language).doc.agreements
    ]
    assert acts == [sorted([party, "Wuyi"])]
