"""The cityties.places extractor: places, organisations, persons, ties and goals."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc
from cityties.extraction.extractors.places import place_mentions
from cityties.extraction.types import Mention


def _doc(text: str, **kw: object) -> Doc:
    return extract(text, **kw).doc  # type: ignore[arg-type]


def _places(doc: Doc) -> list[Mention]:
    return [m for m in doc.mentions if m.kind == "place"]


def _orgs(doc: Doc) -> dict[str, Mention]:
    return {m.text: m for m in doc.mentions if m.kind == "organisation"}


def _persons(doc: Doc) -> list[str]:
    return [m.name for m in doc.mentions if m.kind == "person"]


def _assert_offsets(doc: Doc) -> None:
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    facts = [*doc.places, *doc.organisations, *doc.ties, *doc.goals]
    for f in facts:
        assert f.evidence
        for ev in f.evidence:
            assert doc.text[ev.start : ev.end] == ev.quote


def test_places_taizhou_in_zhejiang_despite_misspelling() -> None:
    """'Taizhou (Zheijang province)' is 台州 in Zhejiang, and stays so later in the text."""
    doc = _doc(
        "Our city keeps contact with Taizhou (Zheijang province) in China. "
        "A delegation from Taizhou came in May."
    )
    taizhous = [m for m in _places(doc) if m.name == "Taizhou"]
    assert len(taizhous) == 2
    for m in taizhous:
        assert m.place is not None
        assert (m.place.admin1, m.place.name_zh, m.place.pinyin) == ("Zhejiang", "台州", "Tāizhōu")
    region = next(m for m in _places(doc) if m.name == "Zheijang")
    assert region.place is not None and region.place.admin1_code == "CN-ZJ"
    _assert_offsets(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The delegation travelled on to Ghent after the fair.",
        "De delegatie reisde daarna door naar Gent.",
        "La délégation s'est ensuite rendue à Gand.",
    ],
)
def test_places_ghent_in_three_languages(text: str) -> None:
    """Ghent, Gent and Gand all resolve to Gent, Belgium."""
    doc = _doc(text)
    ghent = [m for m in _places(doc) if m.place and m.place.geonameid == 2797656]
    assert len(ghent) == 1
    assert ghent[0].place is not None and ghent[0].place.country == "BE"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("The mayor met officials of the City of Weihai on Monday.", "City of Weihai", "Weihai"),
        ("Trade grew with the city of Tieling last year.", "city of Tieling", "Tieling"),
        ("Our partner Jinhua City, Zhejiang Province, sent a letter.", "Jinhua City", "Jinhua"),
        ("Die Kontakte zur Stadt Huangshan wurden enger.", "Stadt Huangshan", "Huangshan"),
        ("De burgemeester bezocht de stad Yangzhou in april.", "stad Yangzhou", "Yangzhou"),
        ("Die Hansestadt Stralsund pflegt viele Kontakte.", "Hansestadt Stralsund", "Stralsund"),
        ("We welcomed visitors from Wenzhou City last week.", "Wenzhou City", "Wenzhou"),
    ],
)
def test_places_canonical_name_strips_filler(text: str, surface: str, name: str) -> None:
    """A place written with a filler word keeps the span but gets the bare name."""
    doc = _doc(text)
    m = next(m for m in _places(doc) if m.text == surface)
    assert m.name == name
    assert m.place is not None
    _assert_offsets(doc)


def test_places_gazetteer_name_with_city_is_kept() -> None:
    """A name the gazetteer lists with 'City' keeps it: New Taipei City stays New Taipei City."""
    doc = _doc("A team from New Taipei City arrived in Cincinnati.")
    m = next(m for m in _places(doc) if m.text == "New Taipei City")
    assert m.name == "New Taipei City"
    assert m.place is not None and m.place.country == "TW"


def test_places_city_government_is_place_and_organisation() -> None:
    """'City of Ghent' gives a place mention and a city-government mention over one span."""
    doc = _doc("The City of Ghent signed the letter.")
    spans = [m for m in doc.mentions if m.text == "City of Ghent"]
    assert sorted(m.kind for m in spans) == ["organisation", "place"]
    org = next(m for m in spans if m.kind == "organisation")
    assert org.org_kind == "city_government"
    assert org.name == "Ghent"
    assert org.place is not None and org.place.name == "Gent"
    fact = next(o for o in doc.organisations if o.kind == "city_government")
    assert (fact.name, fact.place) == ("City of Ghent", "Ghent")


def test_places_misspelling_resolved_within_document() -> None:
    """'Xaimen' resolves to Xiamen when Xiamen is also written, keeping its surface name."""
    doc = _doc(
        "The municipality signed an agreement with the City of Xaimen. "
        "The Vice-Mayor of Xiamen thanked the hosts."
    )
    xaimen = next(m for m in _places(doc) if m.name == "Xaimen")
    assert xaimen.place is not None and xaimen.place.name == "Xiamen"
    facts = [p for p in doc.places if p.ref and p.ref.name == "Xiamen"]
    assert len(facts) == 1 and facts[0].name == "Xiamen" and len(facts[0].evidence) == 2


@pytest.mark.parametrize(
    ("text", "org", "kind"),
    [
        ("Students of Ghent University went abroad.", "Ghent University", "university"),
        ("Die Fachhochschule Stralsund forscht viel.", "Fachhochschule Stralsund", "university"),
        ("De Universiteit Gent opende een kantoor.", "Universiteit Gent", "university"),
        (
            "The Flanders-China Chamber of Commerce met today.",
            "Flanders-China Chamber of Commerce",
            "chamber_of_commerce",
        ),
        ("Ships call at the Port of Ghent daily.", "Port of Ghent", "port"),
        ("Cargo passed through North Sea Port again.", "North Sea Port", "port"),
        ("The buyer was Volvo Cars NV, a carmaker.", "Volvo Cars NV", "company"),
        ("A deal with Siemens AG was announced.", "Siemens AG", "company"),
        ("He wrote to the Ministry of Foreign Affairs.", "Ministry of Foreign Affairs",
         "government_service"),
        ("The eThekwini Municipality hosted them.", "eThekwini Municipality", "city_government"),
        ("Le Conseil départemental des Yvelines a voté.", "Conseil départemental des Yvelines",
         "city_government"),
        ("The Ghent City Council approved it.", "Ghent City Council", "city_government"),
    ],
)  # fmt: skip
def test_places_organisation_kinds(text: str, org: str, kind: str) -> None:
    """Organisations are found with their kind, in English, Dutch, French and German."""
    doc = _doc(text)
    orgs = _orgs(doc)
    assert org in orgs, sorted(orgs)
    assert orgs[org].org_kind == kind
    _assert_offsets(doc)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("North Sea Port counts 525 companies.", "North Sea Port"),
        ("Today North Sea Port handles grain.", "North Sea Port"),
        ("Currently Western Cape Government funds it.", "Western Cape Government"),
        ("Nieuw Haven Gent werd opgericht.", "Nieuw Haven Gent"),
    ],
)
def test_places_organisation_name_opening_a_sentence(text: str, org: str) -> None:
    """A name that opens a sentence keeps its first word when that word often opens names
    ("North", "New"), and never takes a sentence adverb ("Today", "Currently")."""
    orgs = _orgs(_doc(text))
    assert list(orgs) == [org]


def test_places_acronym_alias() -> None:
    """An acronym in parentheses after a name is the same organisation later on."""
    doc = _doc(
        "The Belgian-Chinese Chamber of Commerce (BCECC) held a dinner. "
        "The BCECC newsletter reported on it."
    )
    facts = [o for o in doc.organisations if o.kind == "chamber_of_commerce"]
    assert len(facts) == 1
    assert facts[0].name == "Belgian-Chinese Chamber of Commerce"
    assert [e.quote for e in facts[0].evidence] == ["Belgian-Chinese Chamber of Commerce", "BCECC"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Yesterday Mayor Mxolisi Kaunda welcomed the guests.", "Mxolisi Kaunda"),
        ("The Mayor of Cincinnati, Mark Mallory, spoke first.", "Mark Mallory"),
        ("Gifts were exchanged with Mr. Ludwig Caluwé in 2019.", "Ludwig Caluwé"),
        ("Unter Leitung des Oberbürgermeisters Dr.-Ing. Matthias Kessler reiste die Gruppe.",
         "Matthias Kessler"),
        ("Toen burgemeester Gabriëls aankwam, was het feest.", "Gabriëls"),
        ("Il a été signé avec le maire Xu Qin en Chine.", "Xu Qin"),
        ("Jaak Gabriëls, de burgemeester van Bree, reisde af.", "Jaak Gabriëls"),
    ],
)  # fmt: skip
def test_places_persons_after_titles(text: str, person: str) -> None:
    """A name after a title, or before a title in apposition, is a person, not a place."""
    doc = _doc(text)
    assert person in _persons(doc)
    assert all(person not in m.text for m in _places(doc))


def test_places_person_in_contact_block() -> None:
    """A name alone on a line near a phone label is a person."""
    doc = _doc("City of Bruges\n\nMarie Dubois\n\nEconomic Affairs\n\nTel: 050 44 80 00\n")
    assert "Marie Dubois" in _persons(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Of the two options, the first was chosen.",
        "Mission accomplished, said the team.",
        "The Friendly Exchange Programme starts soon.",
        "They sailed across the Pacific Ocean in June.",
    ],
)
def test_places_common_words_are_not_places(text: str) -> None:
    """Words that are also small towns' names are not taken for places."""
    doc = _doc(text)
    assert _places(doc) == []


def test_places_bree_is_a_place_in_context() -> None:
    """Bree, a Belgian town whose name is an English word too, is found after a preposition."""
    doc = _doc("De burgemeester keerde terug naar Bree na het bezoek.")
    bree = [m for m in _places(doc) if m.name == "Bree"]
    assert len(bree) == 1 and bree[0].place is not None and bree[0].place.country == "BE"


def test_places_qualified_by_country() -> None:
    """'X in Spain' and 'X, Japan' pick the place in that country."""
    doc = _doc("It twinned with Alicante in Spain and Ishinomaki, Japan.")
    by_name = {m.name: m.place for m in _places(doc)}
    assert by_name["Alicante"] is not None and by_name["Alicante"].country == "ES"
    assert by_name["Ishinomaki"] is not None and by_name["Ishinomaki"].country == "JP"


def test_places_facts_group_mentions() -> None:
    """One PlaceFact per place with every mention as evidence."""
    doc = _doc("Weihai is a port. Many ships leave Weihai. The City of Weihai agreed.")
    weihai = [p for p in doc.places if p.name == "Weihai"]
    assert len(weihai) == 1
    assert len(weihai[0].evidence) == 3
    assert all(e.extractor == "cityties.places@26" for e in weihai[0].evidence)


def test_places_mentions_in_a_sentence() -> None:
    """place_mentions() lists each place of a span once, even a city government's span."""
    doc = _doc("The City of Ghent and Weihai met. Paris was next.")
    first = doc.sentences[0]
    names = [m.name for m in place_mentions(doc, first.start, first.end)]
    assert names == ["Ghent", "Weihai"]


def test_places_country_from_institution() -> None:
    """A profile headed 'Institution: City of Ghent' is Belgian."""
    doc = _doc("Institution: City of Ghent\n\nOur city has many partners.")
    assert doc.country == "BE"


def test_places_country_given_is_kept() -> None:
    """A country given by the caller is not replaced."""
    doc = _doc("Institution: City of Ghent\n\nOur city has many partners.", country="NL")
    assert doc.country == "NL"


def test_places_mentions_sorted() -> None:
    """Doc.mentions is sorted by start."""
    doc = _doc("Mayor Anna Smith of Weihai met the Port of Ghent and Ghent University in Paris.")
    starts = [m.start for m in doc.mentions]
    assert starts == sorted(starts)


# ---- ties


def test_places_ties_branch_in() -> None:
    """'X and Y have a branch in Z' ties both companies to Z."""
    doc = _doc("Two carmakers, Acme Motors NV and Globex Systems BV have a branch in Antwerp.")
    ties = {(t.subject, t.relation, t.object) for t in doc.ties}
    assert ties == {
        ("Acme Motors NV", "branch_in", "Antwerp"),
        ("Globex Systems BV", "branch_in", "Antwerp"),
    }
    _assert_offsets(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The City of Leuven, together with KU Leuven University and the Port of Antwerp "
        "form the Asia Platform, a contact point.",
        "De Stad Leuven vormt samen met de Universiteit Leuven en de Haven van Antwerpen "
        "het Asia Platform.",
    ],
)  # fmt: skip
def test_places_ties_member_of_platform(text: str) -> None:
    """Members listed before 'form the P' are member_of P; P is an organisation."""
    doc = _doc(text)
    members = {t.subject for t in doc.ties if t.relation == "member_of"}
    assert len(members) == 3
    assert all(t.object == "Asia Platform" for t in doc.ties)
    assert any(o.name == "Asia Platform" for o in doc.organisations)


def test_places_ties_merged_into() -> None:
    """'A merged with ... into B' ties A to B."""
    doc = _doc("In 2017, the Port of Ostend merged with two smaller ports into the Coast Port.")
    ties = {(t.subject, t.relation, t.object) for t in doc.ties}
    assert ("Port of Ostend", "merged_into", "Coast Port") in ties


def test_places_ties_based_in() -> None:
    """'Ghent-based companies, including X' ties X to Ghent."""
    doc = _doc("Several Ghent-based companies, including Acme Robotics NV, export to Asia.")
    ties = {(t.subject, t.relation, t.object) for t in doc.ties}
    assert ties == {("Acme Robotics NV", "based_in", "Ghent")}


# ---- goals


@pytest.mark.parametrize(
    ("lang", "text", "subject", "year"),
    [
        ("en", "Leuven aims to become climate neutral by 2050.", "Leuven", 2050),
        ("nl", "Gent wil tegen 2030 klimaatneutraal zijn.", "Gent", 2030),
        ("fr", "Lyon vise la neutralité carbone d'ici 2040.", "Lyon", 2040),
        ("de", "Hamburg will bis 2045 klimaneutral werden.", "Hamburg", 2045),
    ],
)
def test_places_goals_with_year(lang: str, text: str, subject: str, year: int) -> None:
    """A stated ambition with a target year becomes a GoalFact of the place."""
    doc = _doc(text, language=lang)
    assert len(doc.goals) == 1
    goal = doc.goals[0]
    assert (goal.subject, goal.year) == (subject, year)
    assert "sustainability" in goal.themes
    assert goal.description
    _assert_offsets(doc)


def test_places_no_goal_without_ambition() -> None:
    """A past event with a year is not a goal."""
    doc = _doc("Leuven signed an agreement with Weihai in 2013.")
    assert doc.goals == []


def test_places_offsets_on_messy_text() -> None:
    """Every mention and evidence span matches the text, whatever the input."""
    doc = _doc("  \n\nCity of\n\n  Port of  \t(BCECC) Mr. Dr.-Ing. , , Ghent-based\n\nCity of Xa")
    _assert_offsets(doc)


def test_places_city_government_names_grouped() -> None:
    """'City of Ghent' and 'Stad Gent' are one organisation; the city council is another."""
    doc = _doc("The City of Ghent and Stad Gent are the same. The Ghent City Council met.")
    govs = [o for o in doc.organisations if o.kind == "city_government"]
    assert [(o.name, len(o.evidence)) for o in govs] == [
        ("City of Ghent", 2),
        ("Ghent City Council", 1),
    ]


def test_places_dublin_with_state_given() -> None:
    """Dublin in a text that gives the state (California) is Dublin, California."""
    doc = _doc(
        "Staff report to the City Council of Dublin, California. "
        "Dublin will host a delegation from Jinhua next month."
    )
    dublins = [m for m in _places(doc) if m.name == "Dublin"]
    assert len(dublins) == 2
    assert all(m.place is not None and m.place.admin1 == "California" for m in dublins)


def test_places_government_across_line_break() -> None:
    """'City of' at a line end and the name on the next line are one mention."""
    doc = _doc("Relationship between the City of\nWeihai and us.")
    org = next(o for o in doc.organisations if o.kind == "city_government")
    assert org.name == "City of Weihai"


# ---- repeated names


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("The City of Mechelen opened an office. Visitors praised Mechelen for it.", "Mechelen", 2),
        ("Freiburg im Breisgau hosted the fair. Freiburg also paid for it.", "Freiburg", 2),
        ("Het stadsbestuur van Rotterdam groeit. Rotterdam Zuid bouwt. Rotterdam blijft.",
         "Rotterdam", 3),
    ],
)  # fmt: skip
def test_places_repeated_names_are_mentions(text: str, name: str, count: int) -> None:
    """Every later bare use of a recognised place name (or its short form) is a mention."""
    doc = _doc(text)
    refs = [m.place for m in _places(doc) if m.text.startswith(name) or m.name == name]
    assert len(refs) >= count
    assert len({r.geonameid for r in refs if r is not None}) == 1
    _assert_offsets(doc)


# ---- organisations without a head word


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Researchers of KU Leuven built the sensor.", "KU Leuven"),
        ("A brewer, AB InBev, sponsored the evening.", "AB InBev"),
        ("Last spring Howest signed the charter.", "Howest"),
        ("Ghent University, Arteveldehogeschool and Howest share a lab.", "Howest"),
        ("De hogeschool Howest opent een campus.", "Howest"),
    ],
)
def test_places_organisations_without_head_word(text: str, org: str) -> None:
    """Acronyms before a place, and names in an actor's position, are organisations."""
    doc = _doc(text)
    assert org in _orgs(doc), sorted(_orgs(doc))
    assert all(m.text != "Leuven" for m in _places(doc))


def test_places_place_inside_university_name_is_no_place() -> None:
    """'Universität Duisburg-Essen' is a university, not the place Essen."""
    doc = _doc("Die Universität Duisburg-Essen lädt Gäste ein.", language="de")
    assert "Universität Duisburg-Essen" in _orgs(doc)
    assert _places(doc) == []


# ---- persons and addresses


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The talks were led by Julie Martin and her team.", "Julie Martin"),
        ("Our guide that day was Jane Smith from the museum.", "Jane Smith"),
        ("The delegation met Sun Hailin at the airport.", "Sun Hailin"),
    ],
)
def test_places_persons_by_first_name_or_chinese_surname(text: str, person: str) -> None:
    """A known first name or a Chinese surname with a pinyin given name makes a person."""
    doc = _doc(text)
    assert person in _persons(doc)
    assert _places(doc) == []


def test_places_person_surname_alone_later() -> None:
    """A person's surname alone later in the text is that person, not a place."""
    doc = _doc("We thank Julie Martin for the plan. Later Martin presented it.")
    assert _places(doc) == []
    assert _persons(doc).count("Martin") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Questions go to Sofie.Janssens@example.be before May.",
        "See https://www.Martin-Sofia.example.org/Paris for details.",
    ],
)
def test_places_addresses_yield_no_places(text: str) -> None:
    """E-mail addresses and URLs name no place."""
    assert _places(_doc(text)) == []


def test_places_contact_block_office_is_no_person() -> None:
    """In a contact block, 'Stad X' and an office's name are no persons; a named person is."""
    doc = _doc(
        "Stad Mechelen\n\nTel: 015 00 00 00\n\nLotte Peeters\n\nDienst Internationale Zaken\n"
    )
    assert _persons(doc) == ["Lotte Peeters"]


# ---- regions


@pytest.mark.parametrize(
    ("text", "surface", "name", "region"),
    [
        ("De vzw werkt in de regio Zuid-West-Vlaanderen samen.", "regio Zuid-West-Vlaanderen",
         "Zuid-West-Vlaanderen", None),
        ("Ulm liegt an der Grenze Baden-Württembergs zu Bayern.", "Baden-Württembergs",
         "Baden-Württemberg", "Baden-Wurttemberg"),
        ("Aarschot lies in the province of Flemish Brabant.", "province of Flemish Brabant",
         "Flemish Brabant", "Provincie Vlaams-Brabant"),
        ("Eindhoven is the largest city of North Brabant.", "North Brabant", "North Brabant",
         "North Brabant"),
        ("Kortrijk is de grootste stad van West-Vlaanderen.", "West-Vlaanderen",
         "West-Vlaanderen", "Provincie West-Vlaanderen"),
    ],
)  # fmt: skip
def test_places_regions_whole(text: str, surface: str, name: str, region: str | None) -> None:
    """Hyphenated names are one name, a German genitive -s is dropped, English exonyms of
    regions are known, and 'stad van' before a region is no part of it."""
    doc = _doc(text)
    m = next(m for m in _places(doc) if m.text == surface)
    assert m.name == name
    assert (m.place.name if m.place else None) == region
    assert not any(m.text in ("Zuid", "stad van Zuid", "Stadt Baden") for m in _places(doc))


# ---- the document's country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Pretoria - The metro signed a trade pact on Friday with a port city.", "ZA"),
        ("For details write to info@gemeente.example.nl or call +31 20 000 0000.", "NL"),
        ("AGENDA REPORT\nTo the Honorable Mayor and Councilmembers from the City Manager.\n"
         "Subject: a visit by a delegation from Jinhua City, China.", "US"),
        ("Two ports signed a plan. Officials from Kenya and Belgium attended.", None),
    ],
)  # fmt: skip
def test_places_country_inferred_when_clear(text: str, country: str | None) -> None:
    """Without an Institution header the home country comes from a dateline, e-mail domains,
    phone prefixes or US council vocabulary, and only when the evidence is clear."""
    assert _doc(text).country == country


def test_places_dublin_in_us_council_report() -> None:
    """'City of Dublin' in a US council agenda is the US Dublin, not Ireland's capital."""
    doc = _doc(
        "AGENDA STATEMENT\nCity Manager report to the City Council.\n"
        "The City of Dublin may start a sister city tie with Jinhua City in China. "
        "Staff of the City Clerk agree."
    )
    dublin = next(m for m in _places(doc) if m.name == "Dublin")
    assert dublin.place is not None and dublin.place.country == "US"


# ---- misreadings


@pytest.mark.parametrize(
    "text",
    [
        "The Area of the new campus is large.",
        "The Economy grew by two per cent.",
        "We walked along the Kitakami River at dawn.",
        "Anfragen von Schulen kommen häufig.",
    ],
)
def test_places_ordinary_words_and_features_are_no_places(text: str) -> None:
    """A common word is a place only as the main name of a populous place; 'X River' is a
    river, not the town X."""
    assert _places(_doc(text)) == []


def test_places_fort_prefix_is_its_own_place() -> None:
    """'Fort Leavenworth' is not Leavenworth: an unknown place under its full name."""
    doc = _doc("Soldiers from Fort Leavenworth joined the parade.")
    m = next(m for m in _places(doc) if "Leavenworth" in m.text)
    assert (m.text, m.name, m.place) == ("Fort Leavenworth", "Fort Leavenworth", None)


def test_places_namesake_next_to_other_cities() -> None:
    """Lille beside Roubaix and Tourcoing is in France, even in a Belgian document: the
    hyphenated name of three neighbouring towns is one place in the country of its first."""
    doc = _doc(
        "Institution: City of Ghent\n\nThe metropolis Lille-Roubaix-Tourcoing lies south of us."
    )
    lille = next(m for m in _places(doc) if m.name == "Lille-Roubaix-Tourcoing")
    assert lille.place is not None and lille.place.country == "FR"


def test_places_district_of_a_city_is_local() -> None:
    """A district listed with its city is the nearby namesake, not a big city far away."""
    doc = _doc("Die Stadt hat drei Bezirke (Tunxi, Huangshan, Huizhou).", language="de")
    huizhou = next(m for m in _places(doc) if m.name == "Huizhou")
    assert huizhou.place is not None and huizhou.place.admin1 == "Anhui"


def test_places_name_in_an_address_does_not_weaken_it() -> None:
    """A lower-case 'rotterdam' inside an e-mail address does not make 'Rotterdam' a word."""
    doc = _doc("Rotterdam groeit snel. Vragen: info@rotterdam.example.nl of bel ons.")
    assert [m.text for m in _places(doc)] == ["Rotterdam"]


def test_places_country_qualifier_without_namesake_there() -> None:
    """'Elizabeth, Australia' is not Elizabeth in New Jersey: with no such place in the country
    the text names, the place stays unresolved."""
    doc = _doc("Its partners are Horta, Portugal; Elizabeth, Australia; and Jaipur, India.")
    eliz = next(m for m in _places(doc) if m.name == "Elizabeth")
    assert eliz.place is None


def test_places_title_at_line_end_names_nobody() -> None:
    """A title that ends a line does not make the next line's first word a person."""
    doc = _doc("Prepared by: Ann Lee, Planning Director\nReviewed by: the Manager's Office")
    assert "Reviewed" not in _persons(doc)


def test_places_bare_name_follows_most_qualified_namesake() -> None:
    """A bare name means the namesake its qualified mentions name most often, even when a
    later sentence names the other one as a distractor."""
    doc = _doc(
        "We work with Taizhou (Zhejiang). Taizhou in Zhejiang has a port. "
        "Do not mix it up with Taizhou in Jiangsu. A team from Taizhou came in May."
    )
    last = [m for m in _places(doc) if m.name == "Taizhou"][-1]
    assert last.place is not None and last.place.admin1 == "Zhejiang"


@pytest.mark.parametrize(
    "text",
    ["We like rock'n'roll", "Ghent hosts a rock'n'Roll", "Leuven l'a"],
)
def test_places_apostrophe_inside_last_word(text: str) -> None:
    """An elision mark inside the text's last word ("rock'n'roll") is no token of its own:
    the text is read without error and its place names are still found."""
    doc = _doc(text)
    _assert_offsets(doc)
    if text.startswith(("Ghent", "Leuven")):
        assert [m.name for m in _places(doc)] == [text.split()[0]]


# --------------------------------------------------------------------------------------------
# Organisation names: heads, coordination, aliases, descriptions, their places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Last spring the University of Leeds and Zhejiang University renewed their pact.",
         ["University of Leeds", "Zhejiang University"]),
        ("Hier ont signé l'Université de Lyon et l'Université Fudan.",
         ["Université de Lyon", "Université Fudan"]),
        ("Gestern unterschrieben die Universität Bremen und die Tongji-Universität.",
         ["Universität Bremen"]),
        ("The Ministry of Science and Technology of China agreed.",
         ["Ministry of Science and Technology of China"]),
    ],
)  # fmt: skip
def test_places_coordinated_organisations_split(text: str, names: list[str]) -> None:
    """Two names joined by 'and'/'et'/'und' stay two organisations when the second has its own
    head word; a conjunct without a head stays inside the name."""
    orgs = _orgs(_doc(text))
    for name in names:
        assert name in orgs, sorted(orgs)
    assert not any(" and Zhejiang" in o or " et l'" in o for o in orgs)


@pytest.mark.parametrize(
    ("text", "org", "kind"),
    [
        ("Students of University College Dublin went to Xi'an.", "University College Dublin",
         "university"),
        ("A deal with the Qingdao Port Group followed in May.", "Qingdao Port Group", "port"),
        ("The Mombasa Port Authority sent three engineers.", "Mombasa Port Authority", "port"),
        ("La Chambre de commerce, d'industrie et d'artisanat de Lille a voté.",
         "Chambre de commerce, d'industrie et d'artisanat de Lille", "chamber_of_commerce"),
        ("The Chamber of Commerce and Industry of Ningbo opened an office.",
         "Chamber of Commerce and Industry of Ningbo", "chamber_of_commerce"),
        ("Die Oberfränkische IHK lud zum Empfang.", "Oberfränkische IHK", "chamber_of_commerce"),
        ("Die Bayerische Industrie- und Handelskammer lud ein.",
         "Bayerische Industrie- und Handelskammer", "chamber_of_commerce"),
        ("Die Hamburger Hafen AG baut aus.", "Hamburger Hafen AG", "port"),
    ],
)  # fmt: skip
def test_places_organisation_multiword_heads(text: str, org: str, kind: str) -> None:
    """Heads followed by more heads, company words or listed sectors are one name; German
    adjectives and truncated compounds before a head belong to it."""
    doc = _doc(text)
    orgs = _orgs(doc)
    assert org in orgs, sorted(orgs)
    assert orgs[org].org_kind == kind
    _assert_offsets(doc)


def test_places_bracketed_brand_is_alias() -> None:
    """A one-word brand in brackets after a name ('(hamport)') names the same organisation
    when used alone later."""
    doc = _doc(
        "Die Hamburger Hafen AG (hamport) wächst. Im Mai unterschrieb hamport einen Vertrag."
    )
    facts = [o for o in doc.organisations if o.kind == "port"]
    assert len(facts) == 1
    assert [e.quote for e in facts[0].evidence] == ["Hamburger Hafen AG", "hamport"]
    assert facts[0].place == "Hamburg"


@pytest.mark.parametrize(
    ("text", "org", "kind", "place"),
    [
        ("Vorige week tekende de kamer van koophandel van Ningbo een akkoord.",
         "kamer van koophandel van Ningbo", "chamber_of_commerce", "Ningbo"),
        ("Ships waited outside the port of Mombasa for days.", "port of Mombasa", "port",
         "Mombasa"),
        ("De haven van Antwerpen groeit.", "haven van Antwerpen", "port", "Antwerpen"),
    ],
)  # fmt: skip
def test_places_lowercase_description_with_place(
    text: str, org: str, kind: str, place: str
) -> None:
    """A lower-case head with 'of'/'van'/'de' and a city is an organisation named by the text,
    with that city as its place; the city is no place mention of its own there."""
    doc = _doc(text)
    orgs = _orgs(doc)
    assert org in orgs, sorted(orgs)
    assert orgs[org].org_kind == kind
    assert orgs[org].place is not None
    assert next(o for o in doc.organisations if o.name == org).place == place
    assert not _places(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Het is de grootste universiteit van Nederland.",
        "The port of call was not announced.",
    ],
)
def test_places_lowercase_description_needs_a_city(text: str) -> None:
    """A description without a city ('the largest university of the Netherlands') names no
    organisation."""
    assert not _orgs(_doc(text))


def test_places_council_of_a_city_is_its_government() -> None:
    """'Leeds Council' is the city government of Leeds; 'European Council' is not."""
    doc = _doc("Leeds Council approved the plan before the European Council met.")
    orgs = _orgs(doc)
    assert orgs["Leeds Council"].org_kind == "city_government"
    assert orgs["Leeds Council"].place is not None
    assert [m.name for m in _places(doc)] == ["Leeds"]
    assert orgs["European Council"].org_kind != "city_government"


@pytest.mark.parametrize(
    ("text", "org", "country", "place"),
    [
        ("The Chongqing Chamber of Commerce signed too.", "Chongqing Chamber of Commerce", "CN",
         "Chongqing"),
        ("Die Wuhaner Außenhandelskammer lud ein.", "Wuhaner Außenhandelskammer", "CN", "Wuhan"),
        ("Staff of the Port of Cork met them.", "Port of Cork", "IE", "Cork"),
    ],
)  # fmt: skip
def test_places_organisation_mention_carries_its_place(
    text: str, org: str, country: str, place: str
) -> None:
    """An organisation whose name holds a place carries that place's PlaceRef, so its country
    is known; the fact names the place."""
    doc = _doc(text)
    m = _orgs(doc)[org]
    assert m.place is not None and m.place.country == country
    assert next(o for o in doc.organisations if o.name == org).place == place


def test_places_small_namesake_among_modifiers_is_no_place() -> None:
    """A small town's name among an organisation's modifiers ('Tanaka Manga Library') is no
    place of the organisation unless the text names it as a place."""
    m = _orgs(_doc("We visited the Tanaka Manga Museum in Sendai."))["Tanaka Manga Museum"]
    assert m.place is None


def test_places_country_possessive_qualifies() -> None:
    """'Hamilton, New Zealand's fourth city': the possessive country still qualifies the name,
    and the bare name later follows it."""
    doc = _doc("Hamilton, New Zealand's fourth city, grew fast. Later Hamilton built a bridge.")
    hamiltons = [m for m in _places(doc) if m.name == "Hamilton"]
    assert len(hamiltons) == 2
    assert all(m.place is not None and m.place.country == "NZ" for m in hamiltons)


def test_places_city_council_name_without_city() -> None:
    """'Dunedin City Council' is the government of Dunedin: the place is named 'Dunedin' even
    where the gazetteer also lists a 'Dunedin City'."""
    doc = _doc("The Dunedin City Council approved the visit.")
    place = next(m for m in _places(doc) if m.text == "Dunedin City Council")
    assert place.name == "Dunedin"
    assert place.place is not None and place.place.country == "NZ"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Salem in de Amerikaanse staat Oregon stuurde een brief.", "Salem", "Oregon"),
        ("A letter came from Salem in the US state of Massachusetts.", "Salem", "Massachusetts"),
        ("Ein Brief kam aus Springfield im US-Bundesstaat Illinois.", "Springfield", "Illinois"),
    ],
)
def test_places_qualified_by_state_phrase(text: str, name: str, admin1: str) -> None:
    """'X in de Amerikaanse staat Y' qualifies X by the state Y, like 'X, Y'."""
    m = next(m for m in _places(_doc(text)) if m.name == name)
    assert m.place is not None and m.place.admin1 == admin1


def test_places_demonym_before_name_qualifies() -> None:
    """'het Engelse Plymouth' is Plymouth in England, even after a qualified Plymouth elsewhere."""
    doc = _doc(
        "Plymouth in de Amerikaanse staat Massachusetts is een partner. "
        "Dat is niet het Engelse Plymouth."
    )
    first, second = [m for m in _places(doc) if m.name == "Plymouth"]
    assert first.place is not None and first.place.country == "US"
    assert second.place is not None and second.place.country == "GB"


def test_places_name_with_and_is_one_place() -> None:
    """'Windsor and Maidenhead' (a borough whose gazetteer name has a prefix) is one place;
    'Ghent and Bruges' stays two."""
    doc = _doc("The town is tied to Windsor and Maidenhead. Ghent and Bruges are close.")
    assert [m.name for m in _places(doc)] == ["Windsor and Maidenhead", "Ghent", "Bruges"]
    wm = _places(doc)[0]
    assert wm.place is not None and wm.place.country == "GB"


@pytest.mark.parametrize(
    ("text", "name", "resolved"),
    [
        ("Our team flew on to Xiaman the next day.", "Xiaman", "Xiamen"),
        ("Our team flew on to Quingdao the next day.", "Quingdao", "Qingdao"),
        ("A letter from the City of Shenzen arrived.", "Shenzen", "Shenzhen"),
    ],
)
def test_places_misspelt_big_city(text: str, name: str, resolved: str) -> None:
    """A misspelt name of a city of a million or more, one letter off, resolves to that city
    even when the text never spells it right."""
    m = next(m for m in _places(_doc(text)) if m.name == name)
    assert m.place is not None and m.place.name == resolved


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        (
            "en",
            "Leuven lies between Brussels and Lille. "
            "The city wants to become climate neutral by 2050.",
            "Leuven",
        ),
        (
            "en",
            "Leuven counted 102,000 inhabitants in 2021. The town lies east of Brussels and "
            "Lille. The city has set itself the goal of becoming carbon neutral by 2050.",
            "Leuven",
        ),
        (
            "nl",
            "Gent ligt tussen Brussel en Rijsel. De stad wil tegen 2030 klimaatneutraal zijn.",
            "Gent",
        ),
        (
            "en",
            "Weihai is a port city on the Yellow Sea, close to Qingdao. "
            "It aims to halve its carbon emissions by 2035.",
            "Weihai",
        ),
        (
            "en",
            "Leuven trades with Rotterdam. Ghent University aims to cut its emissions by 2030.",
            "Ghent University",
        ),
    ],
)
def test_places_goal_subject_is_the_sentence_subject(lang: str, text: str, subject: str) -> None:
    """A goal belongs to its sentence's subject; 'the city' and 'it' stand for the place the
    preceding sentences are about, never for the place named last before the goal."""
    doc = _doc(text, language=lang)
    assert [g.subject for g in doc.goals] == [subject]
    _assert_offsets(doc)


def test_places_goal_of_the_city_is_the_institution() -> None:
    """'The city' in a document written by a city government, with no city as the subject of
    the sentences before, is the institution's city."""
    doc = _doc(
        "Institution: City of Mechelen\n\n"
        "Trade with Paris and Lille grew fast.\n\n"
        "The city has set itself the goal of becoming climate neutral by 2050."
    )
    assert [(g.subject, g.year) for g in doc.goals] == [("Mechelen", 2050)]


def test_places_goal_without_subject_is_not_given_to_the_last_place() -> None:
    """A goal whose subject the text does not tell is not attributed to the place named last."""
    doc = _doc("Trade with Paris and Lille grew fast. The goal is to double it by 2030.")
    assert doc.goals == []


# ---- namesakes: a home-country prior against a well-known city


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Institution: City of Ghent\n\nGhent is a city of Flanders. Trains run to Lille "
            "every hour.",
            "FR",
        ),
        ("Institution: City of Ghent\n\nThe mayor visited Lille (West Flanders) last year.", "BE"),
        ("Institution: City of Ghent\n\nThe mayor visited Lille, Belgium, last year.", "BE"),
        ("Institution: City of Ghent\n\nThe mayor visited Lille in Belgium in May.", "BE"),
        ("Institution: City of Ghent\n\nThe mayor cycled from Turnhout to Lille.", "BE"),
    ],
)
def test_places_lille_in_a_belgian_text(text: str, country: str) -> None:
    """In a Belgian document 'Lille' is the French city of 230,000, not the Flemish village of
    15,000, unless the text at the name says otherwise (a region or country after it, a
    neighbouring town)."""
    doc = _doc(text)
    lille = [m for m in _places(doc) if m.text == "Lille"]
    assert lille and lille[0].place is not None
    assert lille[0].place.country == country
    _assert_offsets(doc)


def test_places_qualifier_of_several_words_read_whole() -> None:
    """'(West Flanders)' qualifies a place as in the Belgian province, not in a region called
    'West' elsewhere."""
    doc = _doc("Institution: City of Ghent\n\nThe mayor visited Lille (West Flanders) in May.")
    lille = next(m for m in _places(doc) if m.text == "Lille")
    assert lille.place is not None and (lille.place.country, lille.place.admin1) == (
        "BE",
        "Flanders",
    )


@pytest.mark.parametrize("prefix", ["Bundesstadt", "Kreisstadt", "Universitätsstadt"])
def test_places_german_city_titles_are_government_prefixes(prefix: str) -> None:
    """'Bundesstadt Bonn': a city's title before its name makes the city government, and the
    title is no place of its own (GeoNames lists 'Bundesstadt' as a name of Bern)."""
    doc = _doc(f"Die {prefix} Bonn lädt zum Empfang ein.")
    assert [m.name for m in _places(doc)] == ["Bonn"]
    assert _orgs(doc)[f"{prefix} Bonn"].org_kind == "city_government"
