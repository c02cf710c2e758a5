"""Figures on unseen wordings (issue 2): sizes after "with" and "a city of", broken head
nouns, gapped figures with a year, appositions, containing places, opening pronouns and
names the mentions miss. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from factsets import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", with N people": the size of the place the clause describes
        (
            "Lyon is the third largest city of France, with 1.4 million people, and a centre "
            "of the silk trade.",
            ("lyon", "population", 1400000, None),
        ),
        (
            "Hubei, with some 58 million people, is a province of central China.",
            ("hubei", "population", 58000000, None),
        ),
        # "a city of about N": a bare number after a place noun
        (
            "Leuven, a city of about 100,000, does not compete with Brussels.",
            ("leuven", "population", 100000, None),
        ),
        (
            "Ulm ist eine Stadt mit rund 126.000, die an der Donau liegt.",
            ("ulm", "population", 126000, None),
        ),
    ],
)
def test_figures_size_without_head_noun_or_with_phrase(text: str, expected: tuple) -> None:
    """A population written as ", with N people" or as "a city of (about) N" is found."""
    assert expected in _figures(text)


def test_figures_a_city_of_n_needs_the_end_of_the_phrase() -> None:
    """A number after "a city of" followed by another noun is no population."""
    found = _figures("Leuven, a city of 2,000 bicycles, hosts a university.")
    assert not any(m == "population" for _, m, _, _ in found)


def test_figures_head_noun_broken_at_line_end() -> None:
    """A head noun hyphenated across a line break ("inwo-\\nners") still counts."""
    text = "Utrecht, de hoofdstad van de provincie, telt ruim 360.000 inwo-\nners en groeit."
    assert ("utrecht", "population", 360000, None) in _figures(text)


def test_figures_gapped_figure_with_year_in_brackets() -> None:
    """A bare number after a second subject repeats the measure, with its year in brackets."""
    text = "Gent telt 263.000 inwoners, Brugge 118.000 (2022)."
    found = _figures(text)
    assert ("gent", "population", 263000, None) in found
    assert ("brugge", "population", 118000, 2022) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the apposition opens with a digit ordinal: the place before it is the subject
        (
            "Nantes,\n6e ville de France, comptait 320 000 habitants.",
            ("nantes", "population", 320000, None),
        ),
        # a with-phrase inside the apposition describes its head
        (
            "Sakai, een voorstad van Osaka met ongeveer 820.000 inwoners, ligt aan de baai.",
            ("sakai", "population", 820000, None),
        ),
    ],
)
def test_figures_subject_before_apposition(text: str, expected: tuple) -> None:
    """The place named inside an apposition ("ville de France", "voorstad van Osaka") is a
    domain, not the subject of the figure."""
    found = _figures(text)
    assert expected in found
    assert not any(s in ("france", "osaka") for s, _, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Porto is a city in the north of Portugal. Some 30,000 companies are registered in "
            "Porto, from textiles to software.",
            ("porto", "companies", 30000, None),
        ),
        (
            "Die Universität Köln zählt zu den ältesten Hochschulen. Insgesamt sind in Köln "
            "rund 60.000 Unternehmen gemeldet.",
            ("koln", "companies", 60000, None),
        ),
    ],
)
def test_figures_containing_place_of_the_clause(text: str, expected: tuple) -> None:
    """With no subject before it, a count 'in' a place of its own clause is about that place,
    not about the organisation of the sentence before."""
    assert expected in _figures(text)


def test_figures_opening_pronoun_keeps_the_topic() -> None:
    """A sentence opening with "It" stays about the topic: lakes it names do not become the
    subject of the next sentence's anaphor."""
    text = (
        "Tampere is a city in Finland. It lies between two lakes, Näsijärvi and Pyhäjärvi. "
        "The municipality covers a land area of 525 km2."
    )
    assert ("tampere", "area_km2", 525, None) in _figures(text)


def test_figures_possessive_opening_is_about_the_topic() -> None:
    """ "Son territoire s'étend sur N km², le long de la Garonne": the topic's area, not
    blocked by a name after the figure."""
    text = (
        "Toulouse est la quatrième ville de France. Son territoire s'étend sur 118 km², le long "
        "de la Garonne."
    )
    assert ("toulouse", "area_km2", 118, None) in _figures(text)


def test_figures_ranked_after_a_copula_is_the_subject() -> None:
    """ "The largest employer is X, which employs N people": X is the subject, not a domain."""
    text = (
        "Tampere is a city in Finland. The largest single employer is Tampere University "
        "Hospital, which employs about 7,000 people."
    )
    found = _figures(text)
    assert ("tampere university hospital", "employees", 7000, None) in found


def test_figures_unknown_name_opening_a_list_item() -> None:
    """A name the places do not know, opening a list item with "heeft"/"telt" and named again
    in the text, is the subject of its figure; a pronoun never is."""
    text = (
        "Gelderland werkt samen met Noordrijn-Westfalen.\n\n"
        "- Gelderland telt ruim 2,1 miljoen inwoners.\n"
        "- Noordrijn-Westfalen heeft bijna 18 miljoen inwoners.\n"
    )
    found = _figures(text)
    assert ("noordrijn westfalen", "population", 18000000, None) in found
    assert ("gelderland", "population", 2100000, None) in found
    assert not any(
        s == "it" for s, _, _, _ in _figures("Ghent is old. It has 260,000 inhabitants.")
    )


def test_figures_abbreviated_scale_before_a_sentence_split() -> None:
    """ "2,7 Mio. Einwohner": the head noun after an abbreviated scale word still counts."""
    text = "Die Stadt Kassel liegt in Hessen. Kassel hat 2,7 Mio. Einwohner im Umland."
    assert ("kassel", "population", 2700000, None) in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation visited Hangzhou (12.2 million inhabitants) and Ningbo (9.4 million).",
            ("ningbo", "population", 9400000, None),
        ),
        (
            "Hangzhou has 12.2 million inhabitants, Ningbo 9.4 million and Wenzhou 9.6 million.",
            ("ningbo", "population", 9400000, None),
        ),
    ],
)
def test_figures_gapped_in_brackets_and_before_and(text: str, expected: tuple) -> None:
    """A bare number for a second place repeats the measure in brackets and before "and"."""
    assert expected in _figures(text)


def test_figures_people_who_work_are_staff() -> None:
    """ "N people work in the port of X": employees of the port, not a population."""
    found = _figures("About 30,000 people work in the port of Antwerp.")
    assert ("port antwerp", "employees", 30000, None) in found
    assert not any(m == "population" for _, m, _, _ in found)


def test_figures_enrolled_at_an_organisation() -> None:
    """ "N students are enrolled at X University": the university's, a locative after it."""
    text = "Some 49 000 students are enrolled at Ghent University."
    assert ("ghent university", "students", 49000, None) in _figures(text)


def test_figures_fact_sheet_label_with_year_and_no_separator() -> None:
    """ "Population (2021) 263,608" on its own line is a fact-sheet figure with its year."""
    text = "Ghent in figures\n\nPopulation (2021) 263,608\nStudents (2022) 80,000\n"
    found = _figures(text)
    assert ("ghent", "population", 263608, 2021) in found
    assert ("ghent", "students", 80000, 2022) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sheffield has a population of 2.1m.", ("sheffield", "population", 2100000, None)),
        ("Sheffield covers 368 square km.", ("sheffield", "area_km2", 368, None)),
        (
            "The University of Sheffield has a student body of 30,000.",
            ("university sheffield", "students", 30000, None),
        ),
        (
            "The 2021 census counted 556,500 people in Sheffield.",
            ("sheffield", "population", 556500, 2021),
        ),
        (
            "Anshan is a city of 3.3 million in Liaoning province.",
            ("anshan", "population", 3300000, None),
        ),
    ],
)
def test_figures_more_measure_wordings(text: str, expected: tuple) -> None:
    """ "2.1m", "square km", "a student body of", a census count and "a city of N in ..."."""
    assert expected in _figures(text)


def test_figures_port_named_after_its_place() -> None:
    """ "Rizhao port handled ...": the port of the place, named "Port of Rizhao"; a port the text
    names with a capital ("Qingdao Port") keeps its name."""
    text = (
        "Rizhao port handled 570 million tonnes of cargo in 2022. Qingdao Port handled 658 "
        "million tonnes of cargo."
    )
    found = _figures(text)
    assert ("port rizhao", "cargo_tonnes", 570000000, 2022) in found
    assert ("qingdao port", "cargo_tonnes", 658000000, None) in found


def test_figures_direction_word_of_an_organisation_name() -> None:
    """ "North Sea Port": the direction word belongs to the organisation's name."""
    text = (
        "North Sea Port is a cross-border port in Belgium and the Netherlands. The port handled "
        "70 million tonnes of cargo in 2022."
    )
    assert ("north sea port", "cargo_tonnes", 70000000, 2022) in _figures(text)


def test_figures_kind_of_firm_is_no_part() -> None:
    """ "4,000 foreign-invested companies" in a zone is its count of firms; "3,000 Chinese
    companies" stays a part by origin."""
    text = (
        "The delegation was received by the Yantai Economic and Technological Development Area "
        "(YEDA), which hosts more than 4,000 foreign-invested companies."
    )
    found = _figures(text)
    assert any(m == "companies" and v == 4000 for _, m, v, _ in found)
    other = "Over 3,000 Chinese companies are based in Antwerp."
    assert not any(m == "companies" for _, m, _, _ in _figures(other))


def test_figures_french_en_compte_repeats_the_measure() -> None:
    """ "Dijon, ..., en compte 159 346": "en" repeats the measure of the figure just given."""
    text = (
        "Volgograd compte environ un million d'habitants. Dijon, capitale historique de la "
        "Bourgogne, en compte 159 346."
    )
    assert ("dijon", "population", 159346, None) in _figures(text)


def test_figures_dutch_staff_members() -> None:
    """ "5.000 personeelsleden" are employees."""
    text = "De Universiteit Antwerpen heeft 20.000 studenten en 5.000 personeelsleden."
    assert ("universiteit antwerpen", "employees", 5000, None) in _figures(text)


def test_figures_french_origin_after_the_noun_is_a_part() -> None:
    """ "Près de 200 entreprises françaises sont implantées au Hubei": a part by origin."""
    text = (
        "Le Hubei est une province chinoise. Près de 200 entreprises françaises y sont implantées."
    )
    assert not any(m == "companies" for _, m, _, _ in _figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bochum liegt im Herzen der Metropole Ruhr, des mit 5,1 Millionen Einwohnern größten "
            "Ballungsraums Deutschlands.",
            ("ruhr", "population", 5100000, None),
        ),
        (
            "Bochum lies in the region of Ruhr, a conurbation of 5.1 million people.",
            ("ruhr", "population", 5100000, None),
        ),
    ],
)
def test_figures_apposition_after_a_locative_place(text: str, expected: tuple) -> None:
    """An apposition right after a place named with "in" describes that place, also one the
    mentions do not know ("der Metropole Ruhr")."""
    found = _figures(text)
    assert expected in found
    assert not any(s == "bochum" and m == "population" for s, m, _, _ in found)


def test_figures_state_qualifier_is_not_described_by_the_apposition() -> None:
    """A state that qualifies a city is not what the apposition after it describes."""
    text = (
        "Portland, Oregon, the state's largest city with about 630,000 residents, has nine "
        "sister cities."
    )
    found = _figures(text)
    assert any(s.startswith("portland") and m == "population" for s, m, _, _ in found)
    assert not any(s == "oregon" for s, _, _, _ in found)


def test_figures_fact_sheet_columns_and_modified_labels() -> None:
    """Fact-sheet lines separated by a tab or spaces, and a label with a modifier ("University
    students:"), are figures; a label for a part ("International students:") is not."""
    text = (
        "Institution: City of Ghent\n\nKey figures\n\nUniversity students: 75,000\n"
        "International students: 5,000\nSister cities     14\n"
    )
    found = _figures(text)
    assert ("ghent", "students", 75000, None) in found
    assert ("ghent", "sister_cities", 14, None) in found
    assert not any(v == 5000 for _, _, v, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leeds has more than half a million inhabitants.",
            ("leeds", "population", 500000, None),
        ),
        ("Some 812,000 people call Leeds home.", ("leeds", "population", 812000, None)),
        (
            "The population of the Leeds metropolitan area is 2.6 million.",
            ("leeds", "population", 2600000, None),
        ),
        ("Leeds ranked first among UK cities for growth.", ("leeds", "rank", 1, None)),
        (
            "Antwerp is the number one port for chemicals in Europe.",
            ("antwerp", "rank", 1, None),
        ),
    ],
)
def test_figures_half_a_million_call_home_and_rank_one_in_words(text: str, expected: tuple) -> None:
    """ "half a million", "N people call X home", a longer "population of ... is N", "ranked
    first among" and "the number one port"."""
    assert expected in _figures(text)


def test_figures_first_as_an_order_is_no_rank() -> None:
    """ "the first city to sign", "the first delegation": an order of events, not a rank."""
    text = "Leeds was the first city to sign. The first delegation came in 2019."
    assert not any(m == "rank" for _, m, _, _ in _figures(text))


def test_figures_measure_with_bracketed_year_before_the_number() -> None:
    """ "Leeds' population (2021): 812,000": the measure, its year in brackets, the number."""
    assert ("leeds", "population", 812000, 2021) in _figures("Leeds' population (2021): 812,000.")


@pytest.mark.parametrize(
    "text",
    [
        "Lyon a signé un accord avec Hangzhou. La capitale du Zhejiang compte 12,2 millions "
        "d'habitants.",
        "Leeds signed a friendship agreement with Hangzhou on Monday. Zhejiang's capital has 12.2 "
        "million inhabitants.",
        "Leipzig hat mit Hangzhou ein Abkommen unterzeichnet. Die Hauptstadt der Provinz Zhejiang "
        "zählt 12,2 Millionen Einwohner.",
    ],
)
def test_figures_capital_of_a_region_is_its_city(text: str) -> None:
    """ "the capital of <region>" is the one city of that region the document names, neither
    the region nor the topic."""
    assert ("hangzhou", "population", 12200000, None) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds signed a friendship agreement with Hangzhou on Monday. With 12.2 million "
        "inhabitants, the partner city is fifteen times larger than Leeds.",
        "Leipzig und Hangzhou sind seit 2008 Partnerstädte. Die Partnerstadt hat 12,2 Millionen "
        "Einwohner und liegt am Westsee.",
    ],
)
def test_figures_partner_city_is_the_other_city(text: str) -> None:
    """ "the partner city", "die Partnerstadt": the document's other city, not its own."""
    assert ("hangzhou", "population", 12200000, None) in _figures(text)


def test_figures_ordinal_partner_city_of_a_place() -> None:
    """ "Hangzhou is the 12th partner city of Leipzig": Leipzig's count of partner cities,
    also when the place's mention holds "city of"."""
    assert ("leipzig", "sister_cities", 12, None) in _figures(
        "Hangzhou is the 12th partner city of Leipzig."
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 the harbours of Terneuzen and Zelzate merged to form North Sea Port, which "
        "counts 525 companies.",
        "The towns of Hove and Brighton joined to become Brighton and Hove Port, which counts "
        "525 companies.",
    ],
)
def test_figures_infinitive_to_is_no_destination(text: str) -> None:
    """'merged to form X, which counts N': X is what is counted, not the places before it
    ('to' of an infinitive is no locative preposition)."""
    subjects = {s for s, measure, value, _ in _figures(text) if value == 525}
    assert len(subjects) == 1
    assert subjects.pop().endswith("port")
