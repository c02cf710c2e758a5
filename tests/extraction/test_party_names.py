"""Organisations and little-known places as parties of acts: names closed by an acronym in
brackets, hospitals and development zones, a port of an unknown place, Chinese districts,
universities' short names, and German act nouns that are no organisation."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _orgs(text: str, language: str) -> dict[str, str | None]:
    doc = extract(text, language=language).doc
    return {m.name: m.org_kind for m in doc.mentions if m.kind == "organisation"}


def _places(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == "place"]


def _parties(text: str, language: str) -> list[set[str]]:
    doc = extract(text, language=language).doc
    return [{p.name for p in a.parties} for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        (
            "Le Conseil chinois pour la promotion du commerce international (CCPIT) a reçu la "
            "CCI Normandie à Pékin.",
            "fr",
            "Conseil chinois pour la promotion du commerce international",
            "other",
        ),
        (
            "Une convention lie l'Université des études internationales de Shanghai (SISU) à "
            "l'Université de Namur.",
            "fr",
            "Université des études internationales de Shanghai",
            "university",
        ),
        (
            "De Kamer van Koophandel voor de regio Noord (KvK) ontving een handelsmissie.",
            "nl",
            "Kamer van Koophandel voor de regio Noord",
            "chamber_of_commerce",
        ),
    ],
)
def test_bracketed_names_name_the_organisation(
    text: str, language: str, name: str, kind: str
) -> None:
    """A head, lower-case words and the acronym in brackets are one organisation's name."""
    assert _orgs(text, language).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "De stad tekende een akkoord met de provincie (ABC) over water.",
        "The mayor met the press (BBC) on Monday.",
    ],
)
def test_bracketed_names_need_a_head_and_fitting_initials(text: str) -> None:
    """Lower-case words before an acronym make no organisation without a head word whose
    name the acronym's letters fit."""
    language = "nl" if text.startswith("De") else "en"
    assert not any(" " in n and n.islower() for n in _orgs(text, language))
    assert "provincie" not in " ".join(_orgs(text, language))


def test_hospital_name_goes_on_with_its_province() -> None:
    """'X Hospital of Y Province' is one name and a party of the act it signs."""
    text = (
        "The Second People's Hospital of Yunnan Province signed a cooperation agreement with "
        "Leuven University Hospital."
    )
    assert "Second People's Hospital of Yunnan Province" in _orgs(text, "en")
    assert {"Second People's Hospital of Yunnan Province", "Leuven University Hospital"} in (
        _parties(text, "en")
    )


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Nanchang Economic and Technological Development Zone and the Port of Ghent "
            "signed a cooperation agreement.",
            "en",
            "Nanchang Economic and Technological Development Zone",
        ),
        (
            "Mechelen signed a memorandum of understanding with Wuxi Industrial Park.",
            "en",
            "Wuxi Industrial Park",
        ),
        (
            "Die Universität Ulm hat mit dem Technologiepark Heidelberg eine Vereinbarung "
            "unterzeichnet.",
            "de",
            "Technologiepark Heidelberg",
        ),
    ],
)
def test_zones_and_parks_are_organisations(text: str, language: str, name: str) -> None:
    """Development zones, industrial parks and technology parks are organisations."""
    assert name in _orgs(text, language)


def test_park_without_a_kind_word_stays_a_feature() -> None:
    """'Hyde Park' is no organisation: only 'Industrial', 'Science', ... make 'Park' a head."""
    assert "Hyde Park" not in _orgs("We met in Hyde Park in London.", "en")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "De haven van Zeebrugge tekende een samenwerkingsovereenkomst met de haven van "
            "Caofeidian.",
            "nl",
            "haven van Caofeidian",
        ),
        (
            "The Port of Aberdeen signed a memorandum with the port of Jingtang.",
            "en",
            "port of Jingtang",
        ),
    ],
)
def test_port_of_an_unknown_place_is_a_party(text: str, language: str, name: str) -> None:
    """A lower-case port head and an unknown capitalised name make a port that signs."""
    assert _orgs(text, language).get(name) == "port"
    assert any(name in p for p in _parties(text, language))


def test_port_of_an_ordinary_word_is_no_organisation() -> None:
    """'the port of Call' names nothing: the word is written in lower case elsewhere."""
    text = "The ship's next call was the port of Call, a call we missed."
    assert "port of Call" not in _orgs(text, "en")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Herstal and Qiaokou District signed an agreement on friendly relations.", "Qiaokou"),
        ("Ghent signed a memorandum of understanding with Jiangbei New Area.", "Jiangbei"),
    ],
)
def test_district_after_a_name_is_a_place_and_party(text: str, place: str) -> None:
    """'X District' and 'X New Area' name a district, a party even if the gazetteer lacks X."""
    assert place in _places(text, "en")
    assert any(place in p for p in _parties(text, "en"))


def test_district_city_after_it_is_no_second_party() -> None:
    """In 'Huangyan District of Taizhou' the city places the district: one act only."""
    text = "Bruges signed a friendship agreement with Huangyan District of Taizhou."
    assert _parties(text, "en") == [{"Bruges", "Huangyan"}]


def test_lake_district_is_no_district() -> None:
    """A district word after an ordinary word names no district."""
    assert "Lake" not in _places("Our group walked through the Lake District.", "en")


def test_district_government_is_a_city_government() -> None:
    """'X District People's Government' is the district's government."""
    text = "The Qiaokou District People's Government received a delegation from Herstal."
    assert _orgs(text, "en").get("Qiaokou District People's Government") == "city_government"


def test_provincial_department_is_no_place() -> None:
    """'Provincial' is no place name before 'Department'; the whole name is a body."""
    text = "The Guangdong Provincial Department of Commerce signed a memorandum with Voka."
    assert "Provincial" not in _places(text, "en")
    assert "Guangdong Provincial Department of Commerce" in _orgs(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "short", "name"),
    [
        ("UGent en Fudan University tekenden een akkoord.", "nl", "UGent", "UGent"),
        (
            "L'Université de Liège accueille une délégation. L'ULiège compte 24 000 étudiants.",
            "fr",
            "ULiège",
            "Université de Liège",
        ),
    ],
)
def test_university_short_name(text: str, language: str, short: str, name: str) -> None:
    """'U' written with a city's name is its university, named by its full name when the text
    gives it."""
    doc = extract(text, language=language).doc
    hits = [m for m in doc.mentions if m.kind == "organisation" and m.text == short]
    assert hits and hits[0].name == name and hits[0].org_kind == "university"


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt Zwickau hat einen Kooperationsvertrag unterzeichnet.",
        "Beide Bürgermeister haben die Partnerschaftsurkunde unterzeichnet.",
    ],
)
def test_act_nouns_before_signing_are_no_organisations(text: str) -> None:
    """A German act noun before 'unterzeichnet' is the act, not an unknown organisation."""
    orgs = _orgs(text, "de")
    assert not any(n.endswith(("vertrag", "urkunde")) for n in orgs)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Een delegatie van de hogeschool Thomas More bezocht Xiamen. De directeur "
            "ondertekende er een memorandum of understanding met Xiamen University.",
            "nl",
            "Thomas More",
        ),
        ("Member company Southbank Analytics opened an office in Ningbo.", "en", None),
    ],
)
def test_noun_introduced_name_may_open_with_a_first_name(
    text: str, language: str, name: str | None
) -> None:
    """A lower-case organisation noun before a name that opens with a first name or a place's
    name introduces an organisation ('de hogeschool Thomas More'), the signer's institution."""
    orgs = _orgs(text, language)
    if name is None:
        assert "Southbank Analytics" in orgs
        return
    assert orgs.get(name) == "university"
    assert {name, "Xiamen University"} in _parties(text, language)


def test_noun_before_a_title_introduces_no_name() -> None:
    """'the company Chief Executive' names no organisation."""
    assert not _orgs("We met the company Chief Executive on Monday.", "en")


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "La commune de Vierzon a signé un accord de coopération avec le comté de Yongjia.",
            "fr",
            {"Vierzon", "Yongjia"},
        ),
        (
            "Der Landkreis Harburg hat mit dem Kreis Jinzhai eine Partnerschaftsvereinbarung "
            "unterzeichnet.",
            "de",
            {"Landkreis Harburg", "Jinzhai"},
        ),
    ],
)
def test_county_words_before_a_name_make_a_party(
    text: str, language: str, parties: set[str]
) -> None:
    """'le comté de X', 'Landkreis X', 'Kreis X' name a county, a party of the act; a German
    district keeps its kind word ("Landkreis Harburg", a unit beside the town of Harburg), a
    foreign county written "Kreis" is named as its place."""
    assert parties in _parties(text, language)


def test_city_before_its_county_with_a_possessive_is_no_party() -> None:
    """In "Lishui's Qingtian County" the city places the county: one act, with the county."""
    text = "The town of Ballinasloe signed a friendship agreement with Lishui's Qingtian County."
    assert _parties(text, "en") == [{"Ballinasloe", "Qingtian County"}]


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Solvay Business School signed an agreement with the Xiamen-based Jimei University.",
            "en",
            {"Solvay Business School", "Jimei University"},
        ),
        (
            "L'École centrale de Nantes a signé un accord avec l'Université Tongji.",
            "fr",
            {"École centrale de Nantes", "Université Tongji"},
        ),
        (
            "De Universiteit Hasselt en de Tsinghua-universiteit ondertekenden een MoU.",
            "nl",
            {"Universiteit Hasselt", "Tsinghua-universiteit"},
        ),
    ],
)
def test_schools_and_seats_of_signing_institutions(
    text: str, language: str, parties: set[str]
) -> None:
    """Schools sign as universities do; 'the X-based Y' is Y (X is its seat, no party); a
    name, a hyphen and 'universiteit' name a university."""
    assert _parties(text, language) == [parties]


def test_german_bracketed_name_with_articles() -> None:
    """A German name with its articles and the acronym in brackets is one organisation,
    capitalised modifiers before the head included."""
    text = (
        "Die IHK Pfalz hat mit dem Chinesischen Rat zur Förderung des Internationalen Handels "
        "(CCPIT) eine Vereinbarung unterzeichnet."
    )
    assert "Chinesischen Rat zur Förderung des Internationalen Handels" in _orgs(text, "de")


def test_act_acronym_in_brackets_closes_no_name() -> None:
    """'(MoU)' after 'signed a memorandum of understanding' is the act's acronym."""
    text = "The Port of Cork has signed a memorandum of understanding (MoU) with Qingdao."
    assert all("signed" not in n for n in _orgs(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Die Wirtschaftsförderung Bochum und die Außenhandelskammer Shanghai "
            "unterzeichneten eine Absichtserklärung.",
            "de",
            {"Wirtschaftsförderung Bochum", "Außenhandelskammer Shanghai"},
        ),
        (
            "Het Wetenschapspark Gent en het Zhangjiang Wetenschapspark ondertekenden een "
            "memorandum of understanding.",
            "nl",
            {"Wetenschapspark Gent", "Zhangjiang Wetenschapspark"},
        ),
    ],
)
def test_development_agencies_and_science_parks_sign(
    text: str, language: str, parties: set[str]
) -> None:
    """A German 'Wirtschaftsförderung X' and a Dutch 'Wetenschapspark' are organisations
    that sign acts."""
    assert parties in _parties(text, language)


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "The twinning between Bredene and Qianjiangxin was signed in 2015.",
            "en",
            {"Bredene", "Qianjiangxin"},
        ),
        (
            "Le jumelage entre Vendôme et Anjixian date de 2012.",
            "fr",
            {"Vendôme", "Anjixian"},
        ),
        (
            "Die Partnerschaft zwischen Kruisemsel und Wuzhenqi wurde 2010 geschlossen.",
            "de",
            {"Kruisemsel", "Wuzhenqi"},
        ),
    ],
)
def test_unknown_name_between_the_parties_of_an_act(
    text: str, language: str, parties: set[str]
) -> None:
    """A name the gazetteer lacks, written as one of the two parties after 'between',
    'entre' or 'zwischen' an act word, is a place and a party."""
    assert parties in _parties(text, language)


def test_person_between_the_parties_is_no_place() -> None:
    """A first name after 'between' is no unknown place."""
    text = "The agreement between Sarah Peeters and the Port of Ghent was signed on Monday."
    assert "Sarah Peeters" not in _places(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Der Kanton Basel-Stadt hat 2016 mit der Provinz Hubei eine Absichtserklärung "
            "unterzeichnet.",
            "de",
            {"Basel-Stadt", "Hubei"},
        ),
        (
            "En 2012, le canton de Genève et la province du Shandong ont signé un accord de "
            "coopération.",
            "fr",
            {"Genève", "Shandong"},
        ),
        (
            "Das Land Sachsen-Anhalt und die Provinz Shaanxi haben 2005 eine "
            "Partnerschaftsvereinbarung unterzeichnet.",
            "de",
            {"Sachsen-Anhalt", "Shaanxi"},
        ),
    ],
)
def test_parties_a_swiss_canton_is_no_chinese_city(
    text: str, language: str, parties: set[str]
) -> None:
    """'Kanton X' and 'canton de X' name the canton X ('Kanton' never stands for Guangzhou
    there); 'das Land X' names the German state X by its own name."""
    assert _parties(text, language) == [parties]


@pytest.mark.parametrize(
    ("text", "language", "venue"),
    [
        (
            "Im Festsaal unterzeichneten die Oberbürgermeisterin von Würzburg und der "
            "Bürgermeister von Changchun 2019 eine Absichtserklärung.",
            "de",
            "Festsaal",
        ),
        (
            "In Zaal Brugge tekenden de burgemeesters van Gent en Wuhan in 2015 een memorandum.",
            "nl",
            "Zaal Brugge",
        ),
    ],
)
def test_parties_a_room_after_a_preposition_signs_nothing(
    text: str, language: str, venue: str
) -> None:
    """A name after a preposition of place before the signing verb is where the act was signed,
    not an organisation that signed it."""
    assert venue not in _orgs(text, language)
    assert all(venue not in parties for parties in _parties(text, language))
