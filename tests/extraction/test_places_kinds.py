"""The places extractor on kinds of names found missing or misread in unseen documents:
namesakes against the document's context, suffixed districts, names of several words,
hyphenation at a line break, nationality adjectives, exonyms and described organisations."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc
from cityties.extraction.types import Mention


def _doc(text: str, language: str = "en") -> Doc:
    return extract(text, language=language).doc


def _places(doc: Doc) -> list[Mention]:
    return [m for m in doc.mentions if m.kind == "place"]


def _place(doc: Doc, text: str) -> Mention:
    return next(m for m in _places(doc) if m.text == text)


def _assert_offsets(doc: Doc) -> None:
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


# ---- namesakes


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Institution: Metro Vancouver\n\nRichmond council approved the exchange programme "
            "with its sister city. The mayor of Richmond thanked staff.",
            "Richmond",
            "CA",
        ),
        (
            "Richmond is a city in British Columbia. Its partners are Wakayama in Japan and "
            "Xiamen in China. Richmond also works with Seattle and Portland in the United "
            "States.",
            "Richmond",
            "CA",
        ),
        (
            "Richmond Council thanks the Government of Canada. Richmond hosted a delegation "
            "from Xiamen, China.",
            "Richmond",
            "CA",
        ),
        (
            "The UK city of Newcastle welcomed a delegation from Taiyuan. Newcastle and "
            "Taiyuan signed an agreement.",
            "Newcastle",
            "GB",
        ),
        (
            "Institution: City of Newcastle, New South Wales\n\nNewcastle and Ube signed a "
            "sister city agreement in 1980.",
            "Newcastle",
            "AU",
        ),
        (
            "Institution: Newcastle City Council\n\nNewcastle has been twinned with Nancy "
            "since 1954. The UK government welcomed the anniversary.",
            "Newcastle",
            "GB",
        ),
        (
            "Institution: Newcastle City Council\n\nNewcastle and Ube signed their sister "
            "city agreement in 1980. The New South Wales Government welcomed it.",
            "Newcastle",
            "AU",
        ),
    ],
)
def test_places_namesake_follows_the_documents_countries(
    text: str, name: str, country: str
) -> None:
    """Every bare mention of a namesake means the place that the document's institution, the
    countries it names (a government's too, 'UK') and its regions point to, also in a sentence
    that names another country."""
    doc = _doc(text)
    found = [m for m in _places(doc) if m.name == name]
    assert found
    assert {m.place.country if m.place else None for m in found} == {country}
    _assert_offsets(doc)


def test_places_lille_stays_french_in_a_belgian_text() -> None:
    """The document's country alone still does not make 'Lille' the Flemish village."""
    doc = _doc("Institution: Stad Kortrijk\n\nKortrijk en Lille werken samen.", "nl")
    lille = _place(doc, "Lille")
    assert lille.place is not None and lille.place.country == "FR"


# ---- names the scanner missed


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Busan signed a friendship pact with Gangnam-gu in May.", "Gangnam-gu", None),
        ("The mayor of Haeundae-gu attended the forum.", "Haeundae-gu", None),
        ("Officials of Suwon-si joined the mission.", "Suwon-si", "KR"),
        ("A delegation of Gapyeong-gun visited the fair.", "Gapyeong-gun", "KR"),
    ],
)
def test_places_district_with_an_administrative_suffix(
    text: str, name: str, country: str | None
) -> None:
    """A name with an East Asian administrative suffix is a place, resolved in the suffix's
    country when the gazetteer has it, else a place without a gazetteer entry."""
    doc = _doc(text)
    m = _place(doc, name)
    assert m.name == name
    assert (m.place.country if m.place else None) == country
    _assert_offsets(doc)


def test_places_three_word_city_with_a_first_name_inside() -> None:
    """'San Pedro Sula' is a city, not a person called Pedro Sula."""
    doc = _doc("The mayor travelled to San Pedro Sula in Honduras for a trade mission.")
    m = _place(doc, "San Pedro Sula")
    assert m.place is not None and m.place.country == "HN"
    assert not [m for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The mayor travelled to Port Elizabeth in May.", "Port Elizabeth", "ZA"),
        ("The twinning with Port Louis and Georgetown was renewed.", "Port Louis", "MU"),
    ],
)
def test_places_city_named_with_a_head_word(text: str, name: str, country: str) -> None:
    """A city whose name starts with an organisation head ('Port') is a place, no port."""
    doc = _doc(text)
    m = _place(doc, name)
    assert m.place is not None and m.place.country == country
    assert not [m for m in doc.mentions if m.kind == "organisation"]


def test_places_list_of_cities_is_no_qualifier() -> None:
    """In a list of cities the next item qualifies no place ('Santo Domingo, São Paulo'),
    while a country after a region still does ('Suzhou, Jiangsu, China')."""
    doc = _doc("Delegations from Santo Domingo, São Paulo and Saint John attended.")
    m = _place(doc, "Santo Domingo")
    assert m.place is not None and m.place.country == "DO"
    doc = _doc("The mayor of Suzhou, Jiangsu, China, visited us.")
    m = _place(doc, "Suzhou")
    assert m.place is not None and m.place.admin1 == "Jiangsu"


@pytest.mark.parametrize(
    ("text", "language", "surface", "name", "country"),
    [
        (
            "Die Delegation besuchte im Mai die Stadt Frank-\nfurt und danach Köln.",
            "de",
            "Frank-\nfurt",
            "Frankfurt",
            "DE",
        ),
        (
            "The partnership with Heidel-\nberg dates from 1990.",
            "en",
            "Heidel-\nberg",
            "Heidelberg",
            "DE",
        ),
        (
            "Danach ging es nach Baden-\nWürttemberg.",
            "de",
            "Baden-\nWürttemberg",
            "Baden-Württemberg",
            "DE",
        ),
    ],
)
def test_places_name_hyphenated_at_a_line_break(
    text: str, language: str, surface: str, name: str, country: str
) -> None:
    """A place name broken by a hyphen at the end of a line is one name; the mention keeps
    the text's offsets and the joined name."""
    doc = _doc(text, language)
    m = _place(doc, surface)
    assert m.name == name
    assert m.place is not None and m.place.country == country
    _assert_offsets(doc)


def test_places_line_break_hyphen_in_an_ordinary_word_is_no_place() -> None:
    """A word hyphenated at a line break that is no place name stays no place."""
    doc = _doc("Die Zusammen-\narbeit mit Köln ist gut.", "de")
    assert [m.name for m in _places(doc)] == ["Köln"]


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        ("De burgemeester bezocht het Duitse Detmold in mei.", "nl", "Detmold", "DE"),
        ("De burgemeester bezocht het Zweedse Växjö in mei.", "nl", "Växjö", "SE"),
        ("Der Bürgermeister besuchte das chinesische Jinhua.", "de", "Jinhua", "CN"),
        ("Le maire a visité la ville chinoise de Jinhua.", "fr", "Jinhua", "CN"),
        ("De burgemeester bezocht het Duitse Eppingen in mei.", "nl", "Eppingen", "DE"),
        ("The mayor visited the German Eppingen in May.", "en", "Eppingen", "DE"),
        ("De delegatie bezocht het Poolse Slubice in mei.", "nl", "Slubice", "PL"),
    ],
)
def test_places_after_a_nationality_adjective(
    text: str, language: str, name: str, country: str
) -> None:
    """A name after a nationality adjective is a place, also a small town, and no person's
    surname ('Duitse Detmold')."""
    doc = _doc(text, language)
    m = _place(doc, name)
    assert m.place is not None and m.place.country == country
    assert not [m for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "surface", "country"),
    [
        ("De delegatie reisde naar Zuid-Korea en Japan.", "nl", "Zuid-Korea", "KR"),
        ("La délégation s'est rendue en Corée du Sud.", "fr", "Corée du Sud", "KR"),
        ("Die Delegation reiste nach Südkorea.", "de", "Südkorea", "KR"),
        ("La délégation s'est rendue en Russie.", "fr", "Russie", "RU"),
        ("Gent is de grootste stad van Vlaanderen.", "nl", "Vlaanderen", "BE"),
        ("Gand est une ville de Flandre.", "fr", "Flandre", "BE"),
    ],
)
def test_places_exonyms_of_countries_and_regions(
    text: str, language: str, surface: str, country: str
) -> None:
    """Dutch, French and German names of countries (pycountry's translated common names) and
    of regions are places."""
    doc = _doc(text, language)
    m = _place(doc, surface)
    assert m.place is not None and m.place.country == country


@pytest.mark.parametrize(
    ("text", "language", "surface", "name"),
    [
        ("De delegatie reisde naar Tsjeljabinsk in mei.", "nl", "Tsjeljabinsk", "Chelyabinsk"),
        ("La délégation s'est rendue à Iekaterinbourg.", "fr", "Iekaterinbourg", "Yekaterinburg"),
    ],
)
def test_places_transliteration_variant_after_a_preposition(
    text: str, language: str, surface: str, name: str
) -> None:
    """A Dutch or French spelling of a Russian name that the gazetteer lacks is read as the
    English transliteration of a city of some size."""
    doc = _doc(text, language)
    m = _place(doc, surface)
    assert m.place is not None and (m.place.name, m.place.country) == (name, "RU")


def test_places_transliteration_variant_needs_a_town_of_some_size() -> None:
    """A respelling that only names a village yields no place."""
    doc = _doc("Wir fuhren im Mai nach Selenogradsk.", "de")
    assert all(m.place is None for m in _places(doc))


# ---- organisations


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        (
            "Wesgro, the official trade and investment promotion agency for the Western Cape, "
            "led the mission.",
            "en",
            "Wesgro",
            "government_service",
        ),
        ("Ventis, een bedrijf uit Gent, opende een kantoor in Ningbo.", "nl", "Ventis", "company"),
        (
            "Ventis, une entreprise gantoise, a ouvert un bureau à Ningbo.",
            "fr",
            "Ventis",
            "company",
        ),
        ("Wesgro, ein Unternehmen aus Kapstadt, eröffnete ein Büro.", "de", "Wesgro", "company"),
    ],
)
def test_places_unknown_organisation_described_after_a_comma(
    text: str, language: str, name: str, kind: str
) -> None:
    """An unknown name described after a comma as an agency or a company is an organisation."""
    doc = _doc(text, language)
    orgs = {m.text: m.org_kind for m in doc.mentions if m.kind == "organisation"}
    assert orgs.get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Ghent, the largest city of East Flanders, welcomed the mayor.",
        "Julie Martin, the director of the agency, spoke.",
        "In May, the agency said so.",
    ],
)
def test_places_description_after_a_place_or_person_makes_no_organisation(text: str) -> None:
    """A place, a person or an ordinary word before a description stays what it is."""
    doc = _doc(text)
    assert not [m for m in doc.mentions if m.kind == "organisation"]


def test_places_unknown_company_with_a_company_word() -> None:
    """A company's name ending in a company word is one organisation with its place; the
    noun before 'of' is no organisation of a list."""
    doc = _doc("Representatives of Xiamen Port Holding Group visited Rotterdam in May.")
    orgs = {m.text: m for m in doc.mentions if m.kind == "organisation"}
    assert list(orgs) == ["Xiamen Port Holding Group"]
    org = orgs["Xiamen Port Holding Group"]
    assert org.place is not None and org.place.name == "Xiamen"


def test_places_company_suffixes_after_a_port_group() -> None:
    """'Co., Ltd.' after a port company's name belongs to its name."""
    doc = _doc("Ningbo Zhoushan Port Group met Tianjin Port Holdings Co., Ltd. in Beijing.")
    orgs = {m.text: m.org_kind for m in doc.mentions if m.kind == "organisation"}
    assert orgs == {"Ningbo Zhoushan Port Group": "port", "Tianjin Port Holdings Co., Ltd": "port"}


# ---- German common nouns that are also names of small towns


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Handel mit Waren aus China wächst. Die Waren werden im Hafen verladen.", "Waren"),
        ("Das Wetter war gut. Die Gäste aus Qingdao lobten das Wetter.", "Wetter"),
        ("Die Lage der Stadt ist günstig, sagte der Gast über die Lage am Fluss.", "Lage"),
        ("Die Erlanger Delegation reiste nach Qingdao. Erlanger Schüler kamen mit.", "Erlanger"),
    ],
)
def test_find_places_german_noun_after_article_is_no_town(text: str, word: str) -> None:
    """A capitalised word that a German text uses as a noun, right after an article somewhere,
    is no small town of that name in its bare uses (goods, the weather, a location)."""
    doc = _doc(text, "de")
    assert [m.text for m in _places(doc) if m.text == word] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Waren kamen per Schiff. Eine Delegation reiste danach nach Waren.", "Waren"),
        ("Das Wetter war schlecht. Der Empfang fand in Wetter statt.", "Wetter"),
        ("Die Stadt Halle und die Halle der Messe in Leipzig.", "Halle"),
        ("Horsens (Dänemark) ist Partnerstadt. Das Schiff lag am Horsens Fjord.", "Horsens"),
    ],
)
def test_find_places_german_noun_keeps_town_after_place_preposition(text: str, word: str) -> None:
    """The noun use does not hide the town where "in", "nach" or "aus" comes before the word,
    nor a city of 100,000 inhabitants or more (Halle)."""
    doc = _doc(text, "de")
    assert word in [m.text for m in _places(doc)]
    _assert_offsets(doc)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("The delegation from Qingdao visited Wetter and met the mayor.", "en", "Wetter"),
        ("De delegatie uit Qingdao bezocht Waren en daarna Rostock.", "nl", "Waren"),
        ("La délégation de Qingdao a visité Waren puis Rostock.", "fr", "Waren"),
    ],
)
def test_find_places_german_noun_rule_only_in_german(text: str, language: str, word: str) -> None:
    """The article test is German only: in English, Dutch and French texts the town stays."""
    doc = _doc(text, language)
    assert word in [m.text for m in _places(doc)]


# ---- a quantity right after an organisation's name


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Port of Dalian handled 312 million tonnes and the Port of Oakland 2.1 million"
            " TEU.",
            "en",
            "Port of Oakland",
        ),
        (
            "De Haven van Rotterdam 13,4 miljoen TEU, de Haven van Antwerpen iets minder.",
            "nl",
            "Haven van Rotterdam",
        ),
        (
            "Le Port de Marseille 1,2 million de conteneurs, le port du Havre davantage.",
            "fr",
            "Port de Marseille",
        ),
        (
            "Die Universität Gent 3 Millionen Euro, die Universität Leipzig weniger.",
            "de",
            "Universität Gent",
        ),
    ],
)
def test_org_name_takes_no_quantity_after_it(text: str, language: str, name: str) -> None:
    """A number with a decimal part or a magnitude word after it ("2.1 million", "13,4
    miljoen", "3 Millionen") is a quantity, not the number of the name before it."""
    doc = _doc(text, language)
    orgs = [m.text for m in doc.mentions if m.kind == "organisation"]
    assert name in orgs
    assert not any(o.startswith(name + " ") for o in orgs)
