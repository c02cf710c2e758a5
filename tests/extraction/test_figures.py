"""Tests of cityties.figures and its number parsing, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors._clauses_scan import FOLD_TRAPS
from cityties.extraction.extractors._numbers import (
    NUMBER_WORDS_AND_ONE,
    find_quantities,
    ordinal_value,
    parse_digits,
)
from cityties.extraction.extractors.figures import EXTRACTOR, extract_figures

BE = {"Leuven": ("city", "BE"), "Flanders": ("admin1", "BE"), "Belgium": ("country", "BE")}


def _facts(doc: object) -> set[tuple[str, str, float, int | None]]:
    extract_figures(doc)  # type: ignore[arg-type]
    return {(f.subject, f.measure, f.value, f.year) for f in doc.figures}  # type: ignore[attr-defined]


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize(
    ("raw", "language", "scaled", "value"),
    [
        ("263,608", "en", False, 263608),
        ("15.000", "nl", False, 15000),
        ("1,5", "de", False, 1.5),
        ("9,8", "de", False, 9.8),
        ("14.5", "en", False, 14.5),
        ("1,500", "de", True, 1.5),
        ("1,500", "en", True, 1500),
        ("1.500", "nl", True, 1500),
        ("1 400 000", "fr", False, 1400000),
        ("1.234.567,5", "de", False, 1234567.5),
        ("1,234,567.5", "en", False, 1234567.5),
        ("2'500", "de", False, 2500),
    ],
)
def test_parse_digits_reads_grouping_and_decimals(
    raw: str, language: str, scaled: bool, value: float
) -> None:
    """Thousands separators and decimal marks are read as the language writes them."""
    assert parse_digits(raw, language=language, scaled=scaled) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("14.5 billion euros", "en", 14.5e9),
        ("267 milliards d'euros", "fr", 267e9),
        ("5 miljoen mensen", "nl", 5e6),
        ("etwa 1,5 Millionen Einwohner", "de", 1.5e6),
        ("2 Billionen Euro", "de", 2e12),
        ("3 Mrd. Euro", "de", 3e9),
        ("a million visitors", "en", 1e6),
        ("sieben Städte", "de", 7),
        ("huit villes", "fr", 8),
        ("1\u00a0250\u00a0000 habitants", "fr", 1250000),
    ],
)
def test_find_quantities_applies_scale_words(text: str, language: str, value: float) -> None:
    """Scale words and number words give the plain value."""
    found = find_quantities(text, 0, len(text), language=language)
    assert [q.value for q in found] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Tel: 09 210 10 10", "en"), ("vergadering van 19.09.2023", "nl")],
)
def test_find_quantities_does_not_group_phones_or_dates(text: str, language: str) -> None:
    """A phone number is not read as 9210, a date not as a decimal."""
    values = [q.value for q in find_quantities(text, 0, len(text), language=language)]
    assert 9210 not in values
    assert all(v < 100 for v in values)


def test_find_quantities_reads_number_after_year() -> None:
    """A year followed by a figure ("in 2022 240 miljoen") gives both numbers."""
    text = "verwerkte in 2022 240 miljoen ton"
    values = [q.value for q in find_quantities(text, 0, len(text), language="nl")]
    assert values == [2022, 240e6]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eine Million Einwohner, dreißig Städte und DREISSIG Partner.", "de"),
        ("a million people, one billion euros, two-thirds, Baden-Baden, sept villes", "en"),
        ("Un million d'habitants et une ville, ﬁve towns", "fr"),
    ],
)
def test_find_quantities_word_hits_read_the_same_words(text: str, language: str) -> None:
    """Number words found beforehand (lower case, as the figures extractor finds them in the
    document) give the quantities that reading the span word by word gives."""
    words = sorted(
        (m.start(), m.end(), m.group().lower())
        for m in re.finditer(r"[^\W\d_]+", text)
        if m.group().lower() in NUMBER_WORDS_AND_ONE
    )
    want = find_quantities(text, 0, len(text), language=language)
    assert want
    assert find_quantities(text, 0, len(text), language=language, word_hits=words) == [
        q for q in want if "ﬁ" not in text[q.start : q.end]
    ]


@pytest.mark.slow
def test_fold_traps_are_every_character_that_folds_into_latin1() -> None:
    """FOLD_TRAPS lists exactly the characters outside Latin-1 whose lower case or case
    folding has a Latin-1 character."""
    traps = re.compile(f"[{FOLD_TRAPS}]")
    for i in range(256, 0x110000):
        c = chr(i)
        folds = any(f != c and any(ord(x) < 256 for x in f) for f in (c.casefold(), c.lower()))
        assert (traps.fullmatch(c) is not None) is folds, hex(i)


@pytest.mark.parametrize(
    ("digits", "word", "value"),
    [("83", None, 83), (None, "tweede", 2), (None, "troisième", 3), (None, "zweiten", 2)],
)
def test_ordinal_value_reads_digits_and_words(
    digits: str | None, word: str | None, value: int
) -> None:
    """Ordinals in digits or in the words of the four languages give their number."""
    assert ordinal_value(digits, word) == value


# ------------------------------------------------------------------ English
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leuven has 102,275 inhabitants (2022) and a lively centre.",
            ("Leuven", "population", 102275, 2022),
        ),
        (
            "With its 102,275 residents, Leuven is a mid-sized city in Flanders.",
            ("Leuven", "population", 102275, None),
        ),
        (
            "More than 50,000 students make Leuven a true university town.",
            ("Leuven", "students", 50000, None),
        ),
        ("Leuven covers an area of 56.6 km2.", ("Leuven", "area_km2", 56.6, None)),
        ("Leuven covers 56.6 square kilometres.", ("Leuven", "area_km2", 56.6, None)),
        ("Leuven has 6 sister cities across Europe.", ("Leuven", "sister_cities", 6, None)),
        ("Leuven is the fifth largest city in Belgium.", ("Leuven", "rank", 5, None)),
        ("Leuven ranked third in the innovation index.", ("Leuven", "rank", 3, None)),
        ("Leuven took second place in the contest.", ("Leuven", "rank", 2, None)),
        (
            "Leuven is a metropolitan area of 500,000 people.",
            ("Leuven", "population", 500000, None),
        ),
    ],
)
def test_figures_english_sentences(hand_doc, text: str, expected: tuple) -> None:
    """Population, students, area, sister cities and ranks are read from English prose."""
    assert expected in _facts(hand_doc(text, places=BE))


def test_figures_port_figures_go_to_the_port(hand_doc) -> None:
    """Companies, employees, cargo and added value of a port are the port's, with years."""
    text = (
        "The Port of Zeebrugge hosts 310 companies and employs 11,500 people. "
        "It handled 49.2 million tonnes of cargo in 2021 and generated "
        "added value of 3.1 billion euros in 2020."
    )
    doc = hand_doc(text, orgs={"Port of Zeebrugge": "port"})
    assert _facts(doc) == {
        ("Port of Zeebrugge", "companies", 310, None),
        ("Port of Zeebrugge", "employees", 11500, None),
        ("Port of Zeebrugge", "cargo_tonnes", 49.2e6, 2021),
        ("Port of Zeebrugge", "added_value_eur", 3.1e9, 2020),
    }


def test_figures_rank_without_space_and_year_in_title(hand_doc) -> None:
    """'ranks42 on the 2021 ...' is rank 42 of the organisation, year 2021."""
    text = "Research is led by KU Leuven that ranks42 on the '2021 World Ranking of Campuses'."
    doc = hand_doc(text, orgs={"KU Leuven": "university"})
    assert _facts(doc) == {("KU Leuven", "rank", 42, 2021)}


def test_figures_number_n_in_terms_of(hand_doc) -> None:
    """'making it the number 4 in terms of ...' ranks the nearest organisation."""
    text = (
        "In 2017 the harbours of Oostende merged into the Port of Flanders, "
        "making it the number 4 in terms of throughput."
    )
    doc = hand_doc(text, orgs={"Port of Flanders": "port"}, places={"Oostende": ("city", "BE")})
    assert _facts(doc) == {("Port of Flanders", "rank", 4, None)}


def test_figures_pronoun_takes_previous_subject(hand_doc) -> None:
    """'It has a population of ...' is about the subject of the sentence before."""
    text = "Mechelen lies between Brussels and Antwerp. It has a population of about 87,000."
    places = {k: ("city", "BE") for k in ("Mechelen", "Brussels", "Antwerp")}
    assert _facts(hand_doc(text, places=places)) == {("Mechelen", "population", 87000, None)}


def test_figures_the_city_takes_most_recent_city(hand_doc) -> None:
    """'The city is the third largest ...' is about the last city named, not the country."""
    text = "Wuhan grew fast. The city is the third largest transport hub in China."
    doc = hand_doc(text, places={"Wuhan": ("city", "CN"), "China": ("country", "CN")})
    assert _facts(doc) == {("Wuhan", "rank", 3, None)}


def test_figures_count_of_partner_cities_and_countries(hand_doc) -> None:
    """'partnerships with 25 cities in 18 countries': sister_cities 25 and other 18."""
    text = "At the end of 2019, Leuven had partnerships with 25 cities in 18 countries."
    facts = _facts(hand_doc(text, places=BE))
    assert facts == {
        ("Leuven", "sister_cities", 25, 2019),
        ("Leuven", "other", 18, 2019),
    }


def test_figures_other_figure_has_label(hand_doc) -> None:
    """A count of countries carries the label 'countries'."""
    doc = hand_doc("Leuven has sister cities in 7 countries.", places=BE)
    extract_figures(doc)
    assert [(f.measure, f.label) for f in doc.figures] == [("other", "countries")]


@pytest.mark.parametrize(
    "text",
    [
        "Leuven is one of the four largest cities in Flanders.",
        "The two cities signed a friendship agreement in Leuven.",
        "Representatives of all 6 sister cities came to Leuven.",
        "Leuven has contact with 3 Chinese cities.",
        "In 2019, Leuven celebrated the 10th anniversary of the agreement.",
        "Leuven is only half an hour from Brussels by train.",
        "The council of Leuven voted 5 to 3 in favour.",
        "Leuven consists of 5 districts and 2 heritage sites.",
        "Two large companies opened a branch in Leuven.",
        "A delegation of 20 students visited Leuven.",
        "The population of Leuven grew by 5,000 inhabitants.",
        "Leuven has 1,800 inhabitants per km2.",
        "Leuven announced an investment of 50 million euros.",
        "The average temperature in Leuven is 10.5 °C.",
        "Unemployment in Leuven fell to 4.5 percent.",
        "Leuven will be climate neutral by 2050.",
        "Tel: 016 27 20 00 (Leuven)",
        "Leuven is the largest student city in Flanders.",
        "Leuven was the first city to sign the charter.",
    ],
)
def test_figures_english_non_figures(hand_doc, text: str) -> None:
    """References to known sets, votes, times, changes, rates, years and phones give nothing."""
    places = {**BE, "Brussels": ("city", "BE")}
    assert _facts(hand_doc(text, places=places)) == set()


def test_figures_year_from_opening_clause(hand_doc) -> None:
    """'By the end of March 2021, X had ...' dates the figure 2021."""
    text = "By the end of March 2021, Leuven had twinning links with 9 cities."
    assert _facts(hand_doc(text, places=BE)) == {("Leuven", "sister_cities", 9, 2021)}


def test_figures_flow_is_not_a_figure(hand_doc) -> None:
    """'has brought 3,000 students to X over the years' counts arrivals, not a size."""
    text = "The partnership has brought more than 3,000 students to Leuven over the years."
    assert _facts(hand_doc(text, places=BE)) == set()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Rostock hat 209.000 Einwohner (Stand: 31.12.2021).", 2021),
        ("According to the 2021 census, Rostock had 209,000 inhabitants.", 2021),
        ("Rostock had 209,000 inhabitants on 31 December 2021.", 2021),
    ],
)
def test_figures_year_of_reference(hand_doc, text: str, year: int) -> None:
    """A reference date after the figure, in brackets or in an opening clause gives its year."""
    facts = _facts(hand_doc(text, places={"Rostock": ("city", "DE")}))
    assert facts == {("Rostock", "population", 209000, year)}


def test_figures_since_is_not_the_year(hand_doc) -> None:
    """'since 2012' dates a start, not the figure."""
    text = "Since 2012 Leuven has had over 50,000 students."
    assert _facts(hand_doc(text, places=BE)) == {("Leuven", "students", 50000, None)}


def test_figures_ordinal_partnership_counts_for_possessor(hand_doc) -> None:
    """'the 12th sister city of X' gives X sister_cities 12."""
    text = "In May, Leuven became the 12th sister city of Krakow."
    places = {**BE, "Krakow": ("city", "PL")}
    assert _facts(hand_doc(text, places=places)) == {("Krakow", "sister_cities", 12, None)}


def test_figures_evidence_quotes_the_text(hand_doc) -> None:
    """Every figure's evidence quotes the text at its offsets, tagged with the extractor."""
    text = "Leuven has 102,275 inhabitants and 6 sister cities; it is the 5th largest city."
    doc = hand_doc(text, places=BE)
    extract_figures(doc)
    assert len(doc.figures) == 3
    for fact in doc.figures:
        for ev in fact.evidence:
            assert text[ev.start : ev.end] == ev.quote
            assert ev.extractor == EXTRACTOR.tag


def test_figures_same_figure_twice_is_one_fact(hand_doc) -> None:
    """A figure repeated in the text is one fact with two pieces of evidence."""
    text = "Leuven has 6 sister cities. Today Leuven has 6 sister cities again."
    doc = hand_doc(text, places=BE)
    extract_figures(doc)
    assert [(f.value, len(f.evidence)) for f in doc.figures] == [(6, 2)]


# ------------------------------------------------------------------ Dutch
NL = {
    "Hasselt": ("city", "BE"),
    "Limburg": ("admin1", "BE"),
    "Peer": ("city", "BE"),
    "Suzhou": ("city", "CN"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hasselt telt ruim 80.000 inwoners.", ("Hasselt", "population", 80000, None)),
        ("Hasselt is de op één na grootste stad van Limburg.", ("Hasselt", "rank", 2, None)),
        ("Hasselt is de tweede grootste stad van Limburg.", ("Hasselt", "rank", 2, None)),
        ("Hasselt heeft 4 zustersteden.", ("Hasselt", "sister_cities", 4, None)),
        (
            "In 2021 had Hasselt 6.500 studenten aan de hogescholen.",
            ("Hasselt", "students", 6500, 2021),
        ),
        ("Hasselt beslaat 102,2 vierkante kilometer.", ("Hasselt", "area_km2", 102.2, None)),
        ("Suzhou heeft ongeveer 12,7 miljoen inwoners.", ("Suzhou", "population", 12.7e6, None)),
    ],
)
def test_figures_dutch_sentences(hand_doc, text: str, expected: tuple) -> None:
    """Dutch grouping, decimals, scale words and ranks."""
    assert expected in _facts(hand_doc(text, language="nl", places=NL))


def test_figures_dutch_we_in_quoted_speech_is_home_town(hand_doc) -> None:
    """'Wij ... 16.000 inwoners' in a mayor's quote is the town the document is about."""
    text = (
        "De burgemeester van Peer reisde naar Suzhou. Peer sloot er een akkoord.\n\n"
        "'Wij zijn een kleine gemeente van 16.000 inwoners, u heeft 12 miljoen inwoners', "
        "zei hij tegen zijn collega uit Suzhou."
    )
    facts = _facts(hand_doc(text, language="nl", places=NL))
    assert facts == {("Peer", "population", 16000, None), ("Suzhou", "population", 12e6, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal inwoners van Hasselt steeg met 3 procent.",
        "De twee steden ondertekenden in Hasselt een akkoord.",
        "Hasselt is een van de vijf grootste steden van Limburg.",
        "In 1999 toonde Suzhou voor het eerst interesse in Hasselt.",
    ],
)
def test_figures_dutch_non_figures(hand_doc, text: str) -> None:
    """Percentages, the two cities, 'een van de' and years give nothing."""
    assert _facts(hand_doc(text, language="nl", places=NL)) == set()


# ------------------------------------------------------------------ German
DE = {
    "Rostock": ("city", "DE"),
    "Bayern": ("admin1", "DE"),
    "Nürnberg": ("city", "DE"),
    "Hansestadt Rostock": ("city", "DE"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rostock hat etwa 209.000 Einwohner.", ("Rostock", "population", 209000, None)),
        (
            "Nürnberg zählt mit rund 0,52 Millionen Einwohnern zu den Großstädten.",
            ("Nürnberg", "population", 520000, None),
        ),
        ("Nürnberg ist die zweitgrößte Stadt in Bayern.", ("Nürnberg", "rank", 2, None)),
        (
            "Rostock hat eine Fläche von 181,4 Quadratkilometern.",
            ("Rostock", "area_km2", 181.4, None),
        ),
        (
            "Die Hansestadt Rostock unterhält Partnerschaften mit zwölf Städten.",
            ("Hansestadt Rostock", "sister_cities", 12, None),
        ),
        (
            "Im Jahr 2020 beschäftigte die Stadtverwaltung von Rostock 2.400 Mitarbeiter.",
            ("Rostock", "employees", 2400, 2020),
        ),
    ],
)
def test_figures_german_sentences(hand_doc, text: str, expected: tuple) -> None:
    """German grouping, 'Millionen', compound ordinals and number words."""
    assert expected in _facts(hand_doc(text, language="de", places=DE))


def test_figures_german_die_stadt_is_topic(hand_doc) -> None:
    """'Die Stadt zählt ...' is about the city named before."""
    text = "Rostock liegt an der Ostsee. Die Stadt zählt rund 209.000 Einwohner."
    facts = _facts(hand_doc(text, language="de", places=DE))
    assert facts == {("Rostock", "population", 209000, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Rostock besteht aus vier Stadtbezirken.",
        "Die Durchschnittstemperatur in Rostock beträgt 9,5 °C.",
        "Seit 2012 bestehen Kontakte zwischen Rostock und Nürnberg.",
        "Die beiden Städte Rostock und Nürnberg haben drei Welterbestätten.",
    ],
)
def test_figures_german_non_figures(hand_doc, text: str) -> None:
    """Districts, temperatures, years and heritage sites give nothing."""
    assert _facts(hand_doc(text, language="de", places=DE)) == set()


# ------------------------------------------------------------------ French
FR = {
    "Lyon": ("city", "FR"),
    "France": ("country", "FR"),
    "Rhône": ("admin2", "FR"),
    "Canton": ("city", "CN"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyon compte 520\u00a0000 habitants.", ("Lyon", "population", 520000, None)),
        ("Lyon compte 11 villes jumelles.", ("Lyon", "sister_cities", 11, None)),
        ("Lyon est la troisième ville de France.", ("Lyon", "rank", 3, None)),
        ("Lyon est la 2e ville la plus peuplée.", ("Lyon", "rank", 2, None)),
        (
            "Lyon affiche un PIB de 75 milliards d'euros en 2019.",
            ("Lyon", "added_value_eur", 75e9, 2019),
        ),
        ("Lyon s'étend sur 47,87 km².", ("Lyon", "area_km2", 47.87, None)),
    ],
)
def test_figures_french_sentences(hand_doc, text: str, expected: tuple) -> None:
    """French space grouping, 'milliards d'euros', ordinals and jumelles."""
    assert expected in _facts(hand_doc(text, language="fr", places=FR))


def test_figures_french_demonym_names_the_subject(hand_doc) -> None:
    """'1,4 million de Lyonnais' is the population of Lyon, and the GDP after it is Lyon's."""
    text = (
        "Lyon a reçu le maire de Canton. Canton compte 18 millions d'habitants, "
        "contre 1,4 million de Lyonnais pour un PIB de 75 milliards d'euros."
    )
    facts = _facts(hand_doc(text, language="fr", places=FR))
    assert facts == {
        ("Canton", "population", 18e6, None),
        ("Lyon", "population", 1.4e6, None),
        ("Lyon", "added_value_eur", 75e9, None),
    }


def test_figures_french_la_ville_skips_locative_place(hand_doc) -> None:
    """'La ville, située près de X, compte ...' is about the city, not the place nearby."""
    text = (
        "Le maire de Canton est venu. "
        "La ville, située près de Lyon, compte 18 millions d'habitants."
    )
    facts = _facts(hand_doc(text, language="fr", places=FR))
    assert facts == {("Canton", "population", 18e6, None)}


def test_figures_french_ordinal_of_its_kind(hand_doc) -> None:
    """'le 40e du genre pour la ville chinoise' counts the Chinese city's partnerships."""
    text = (
        "Lyon a signé un jumelage avec Canton. Ce jumelage est le 40e du genre "
        "pour la ville chinoise."
    )
    facts = _facts(hand_doc(text, language="fr", places=FR))
    assert facts == {("Canton", "sister_cities", 40, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Lyon est l'une des trois plus grandes villes de France.",
        "Les deux villes ont signé un accord à Lyon le 9 février.",
        "Lyon se trouve à quelques kilomètres du Rhône.",
    ],
)
def test_figures_french_non_figures(hand_doc, text: str) -> None:
    """'l'une des', 'les deux villes' and distances give nothing."""
    assert _facts(hand_doc(text, language="fr", places=FR)) == set()


def test_figures_unknown_description_blocks(hand_doc) -> None:
    """'L'aéroport emploie ...' with no airport named: the figure has no known subject."""
    text = "Lyon est une grande ville. L'aéroport emploie 5 000 personnes."
    assert _facts(hand_doc(text, language="fr", places=FR)) == set()


def test_figures_unknown_name_blocks(hand_doc) -> None:
    """'Le port Édouard-Herriot a traité ...': a name no mention knows is not the topic."""
    text = (
        "Lyon est une grande ville. Le port Édouard-Herriot a traité 10 millions de tonnes de fret."
    )
    assert _facts(hand_doc(text, language="fr", places=FR)) == set()


def test_figures_repeated_name_is_found_without_mention(hand_doc) -> None:
    """A name repeated where the mentions missed it is still the subject."""
    text = "Ostrava is a city in Moravia. Ostrava has 284,000 inhabitants."
    places = {"Ostrava": ("city", "CZ"), "Moravia": ("admin1", "CZ")}
    doc = hand_doc(text, places=places)
    doc.mentions = [m for m in doc.mentions if m.start < 10 or m.text != "Ostrava"]
    assert _facts(doc) == {("Ostrava", "population", 284000, None)}


def test_figures_short_form_of_a_name(hand_doc) -> None:
    """'Freiburg' after 'Freiburg im Breisgau' is the same city."""
    text = "Freiburg im Breisgau lies in the south. Freiburg has 231,000 inhabitants."
    doc = hand_doc(text, places={"Freiburg im Breisgau": ("city", "DE")})
    assert _facts(doc) == {("Freiburg im Breisgau", "population", 231000, None)}


def test_figures_acronym_before_place_is_an_organisation(hand_doc) -> None:
    """'KU Leuven ... hosts 60,000 students': not the city of Leuven."""
    text = "Leuven is old. KU Leuven, founded in 1425, hosts more than 60,000 students."
    assert _facts(hand_doc(text, places=BE)) == set()


def test_figures_unknown_name_takes_relative_clause(hand_doc) -> None:
    """'home to AB InBev, ..., which employs 2,000 people': not the city's employees."""
    text = "Leuven is home to AB InBev, the largest brewer, which employs 2,000 people here."
    assert _facts(hand_doc(text, places=BE)) == set()


def test_figures_apposition_is_skipped(hand_doc) -> None:
    """'X, the third city of Y, has ...' is about X."""
    text = "Guangzhou, the third city of China, has 18 million inhabitants."
    places = {"Guangzhou": ("city", "CN"), "China": ("country", "CN")}
    assert _facts(hand_doc(text, places=places)) == {
        ("Guangzhou", "rank", 3, None),
        ("Guangzhou", "population", 18e6, None),
    }


def test_figures_continent_is_not_a_subject(hand_doc) -> None:
    """'... the largest port of Europe' does not make Europe the subject of either figure."""
    text = "With 467 million tonnes of cargo in 2022, Rotterdam is the largest port of Europe."
    places = {"Rotterdam": ("city", "NL"), "Europe": ("other", None)}
    assert _facts(hand_doc(text, places=places)) == {
        ("Rotterdam", "cargo_tonnes", 467e6, 2022),
        ("Rotterdam", "rank", 1, None),
    }


def test_figures_we_is_the_first_named_city(hand_doc) -> None:
    """Without an institution, 'we' in a quote is the city the article leads with."""
    text = (
        "Dunedin and Shanghai mark 27 years of ties. Shanghai sent a delegation. "
        '"We are a city of 130,000 people," the mayor said of Shanghai.'
    )
    places = {"Dunedin": ("city", "NZ"), "Shanghai": ("city", "CN")}
    assert _facts(hand_doc(text, places=places)) == {("Dunedin", "population", 130000, None)}


def test_figures_we_is_the_speakers_city(hand_doc) -> None:
    """'"We have 11 million people," said Wuhan Mayor Zhou': Wuhan, not the host city."""
    text = (
        "Duisburg welcomed a delegation. Duisburg and Wuhan signed a plan.\n\n"
        '"We are a city of 11 million people," said Wuhan Mayor Zhou during the visit.'
    )
    places = {"Duisburg": ("city", "DE"), "Wuhan": ("city", "CN")}
    assert _facts(hand_doc(text, places=places)) == {("Wuhan", "population", 11e6, None)}


def test_figures_we_speaker_known_by_name(hand_doc) -> None:
    """The speaker's office named elsewhere ('Mayor of Wuhan, Zhou Li') gives the city."""
    text = (
        "Duisburg welcomed the Mayor of Wuhan, Zhou Li, on Monday. Duisburg signed a plan.\n\n"
        '"We are a city of 11 million people," Zhou Li said.'
    )
    places = {"Duisburg": ("city", "DE"), "Wuhan": ("city", "CN")}
    doc = hand_doc(text, places=places, persons=("Zhou Li",))
    assert _facts(doc) == {("Wuhan", "population", 11e6, None)}


def test_figures_next_speaker_is_not_this_speaker(hand_doc) -> None:
    """A quote that ends its sentence is not attributed to the mayor introduced after it."""
    text = (
        "De burgemeester van Peer reisde naar Suzhou. Peer sloot er een akkoord.\n\n"
        "'Wij zijn een gemeente van 16.000 inwoners.' De burgemeester van Suzhou antwoordde: "
        "'Grootte is van geen belang.'"
    )
    facts = _facts(hand_doc(text, language="nl", places=NL))
    assert facts == {("Peer", "population", 16000, None)}


def test_figures_year_in_earlier_parenthesis_is_not_taken(hand_doc) -> None:
    """'(2022)' after one figure does not date the next one."""
    text = "Leuven counts 102,275 inhabitants (2022) and covers an area of 56.6 km2."
    assert ("Leuven", "area_km2", 56.6, None) in _facts(hand_doc(text, places=BE))


def test_figures_with_phrase_is_about_the_subject(hand_doc) -> None:
    """'X is the capital of Y, with a population of ...' is about X."""
    text = "Kofu is the capital of Yamanashi, with a population of 187,000 and an area of 212 km2."
    places = {"Kofu": ("city", "JP"), "Yamanashi": ("admin1", "JP")}
    assert _facts(hand_doc(text, places=places)) == {
        ("Kofu", "population", 187000, None),
        ("Kofu", "area_km2", 212, None),
    }


def test_figures_superlative_domain_is_not_the_subject(hand_doc) -> None:
    """'X is de grootste stad van Y en telt 8 partnersteden': X has them, not Y."""
    text = "Kortrijk is de grootste stad van West-Vlaanderen en telt 8 partnersteden."
    places = {"Kortrijk": ("city", "BE"), "West-Vlaanderen": ("admin1", "BE")}
    assert _facts(hand_doc(text, language="nl", places=places)) == {
        ("Kortrijk", "sister_cities", 8, None),
        ("Kortrijk", "rank", 1, None),
    }


def test_figures_possessive_owns_the_count(hand_doc) -> None:
    """'the oldest of the city's six sister city links': the city's, not the partner's."""
    text = "Dunedin grew. Its tie with Shanghai is the oldest of the city's six sister city links."
    places = {"Dunedin": ("city", "NZ"), "Shanghai": ("city", "CN")}
    assert _facts(hand_doc(text, places=places)) == {("Dunedin", "sister_cities", 6, None)}


def test_figures_name_at_sentence_start_blocks_the_topic(hand_doc) -> None:
    """A name the mentions missed opens the sentence: its figure is not the topic's (a name
    the text repeats is the figure's own subject)."""
    text = (
        "Shanghai is a partner of Rotterdam. Rotterdam telt 655.000 inwoners. "
        "Shanghai heeft 25 miljoen inwoners."
    )
    doc = hand_doc(text, language="nl", places={"Shanghai": ("city", "CN")})
    assert _facts(doc) == {
        ("Shanghai", "population", 25e6, None),
        ("Rotterdam", "population", 655000, None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Leuven welcomed 3,000 Chinese students last year.",
        "Leuven has 1,200 international students.",
        "De bevolking van Leuven steeg met 2.000 inwoners.",
    ],
)
def test_figures_parts_and_changes_are_not_sizes(hand_doc, text: str) -> None:
    """Sub-groups ('Chinese students') and changes ('steeg met') are not figures."""
    assert _facts(hand_doc(text, places=BE)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "In 2013 two cities signed a friendship agreement with Leuven.",
        "Leuven has a GDP per capita of 45,000 euros.",
    ],
)
def test_figures_bare_city_count_and_per_capita(hand_doc, text: str) -> None:
    """'two cities signed' counts no partners; a GDP per head is not economic output."""
    assert _facts(hand_doc(text, places=BE)) == set()


def test_figures_dutch_met_is_with(hand_doc) -> None:
    """'Zhuhai met 2,4 miljoen inwoners': 'met' is 'with' here, not a change."""
    text = "Overwegende dat Zhuhai met 2,4 miljoen inwoners een partner is;"
    doc = hand_doc(text, language="nl", places={"Zhuhai": ("city", "CN")})
    assert _facts(doc) == {("Zhuhai", "population", 2.4e6, None)}


def test_figures_fact_sheet_lines(hand_doc) -> None:
    """'Label: value' lines of a fact sheet give figures of the sheet's city (a GDP in yuan
    is an `other` figure, as in corpus12 and corpus14)."""
    text = (
        "Suzhou at a glance\nPopulation: 12.7 million (2020)\nArea: 8,657 square kilometers\n"
        "GDP: 2.27 trillion yuan\nSister cities: 14\nStudents (2021): 800,000\n"
    )
    assert _facts(hand_doc(text, places={"Suzhou": ("city", "CN")})) == {
        ("Suzhou", "population", 12.7e6, 2020),
        ("Suzhou", "area_km2", 8657, None),
        ("Suzhou", "sister_cities", 14, None),
        ("Suzhou", "students", 800000, 2021),
        ("Suzhou", "other", 2.27e12, None),
    }


def test_figures_no_subject_no_figure(hand_doc) -> None:
    """A figure with no place or organisation in reach is not reported."""
    assert _facts(hand_doc("There are 120,000 inhabitants.")) == set()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789 ,.-'’%€$()\n:;",
                "Großstadt ",
                "zweitgrößte ",
                "million ",
                "the city ",
                "Leuven ",
                "inhabitants ",
                "ranks ",
                "83ème du genre ",
                "İ",
                "ß",
                "sister cities ",
                "wij ",
                "« ",
                " »",
                "d’",
                "KU ",
                "op één na grootste ",
                "Tel: ",
                "+32 ",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_figures_never_raise_and_quote_the_text(hand_doc, text: str) -> None:
    """On any text the extractor raises nothing and every evidence span quotes the text."""
    doc = hand_doc(text, places=BE)
    extract_figures(doc)
    for fact in doc.figures:
        for ev in fact.evidence:
            assert text[ev.start : ev.end] == ev.quote


# ------------------------------------------------------------------ ranks without an ordinal
MIX = {
    "Brno": ("city", "CZ"),
    "Moravia": ("admin1", "CZ"),
    "Antwerpen": ("city", "BE"),
    "België": ("country", "BE"),
    "Graz": ("city", "AT"),
    "Steiermark": ("admin1", "AT"),
    "Marseille": ("city", "FR"),
    "France": ("country", "FR"),
    "Europe": ("other", None),
    "Tampere": ("city", "FI"),
    "Finland": ("country", "FI"),
    "Hamburg": ("city", "DE"),
    "Deutschlands": ("country", "DE"),
}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Brno is the largest city in Moravia.", "en", ("Brno", "rank", 1, None)),
        ("Tampere is Finland's biggest inland port.", "en", ("Tampere", "rank", 1, None)),
        ("Antwerpen is de grootste haven van België.", "nl", ("Antwerpen", "rank", 1, None)),
        ("Graz ist die größte Stadt der Steiermark.", "de", ("Graz", "rank", 1, None)),
        ("Graz betreibt den größten Binnenhafen der Steiermark.", "de", ("Graz", "rank", 1, None)),
        ("Marseille est le plus grand port de France.", "fr", ("Marseille", "rank", 1, None)),
        (
            "Marseille est la ville la plus peuplée de la région.",
            "fr",
            ("Marseille", "rank", 1, None),
        ),
        ("Brno, the largest in Moravia, grew fast.", "en", ("Brno", "rank", 1, None)),
    ],
)
def test_figures_superlative_is_rank_one(hand_doc, text: str, language: str, expected) -> None:
    """A superlative of size without an ordinal ranks its subject first."""
    assert _facts(hand_doc(text, language=language, places=MIX)) == {expected}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brno is one of the largest cities in Moravia.", "en"),
        ("Brno hosted the largest trade delegation ever.", "en"),
        ("Brno is the largest student city in Moravia.", "en"),
        ("Antwerpen is een van de grootste havens van Europe.", "nl"),
        ("Graz ist eine der größten Städte der Steiermark.", "de"),
        ("Marseille est l'une des plus grandes villes de France.", "fr"),
    ],
)
def test_figures_superlative_without_rank(hand_doc, text: str, language: str) -> None:
    """'one of the largest', a kind of city ranked ('student city') and events are no rank."""
    assert _facts(hand_doc(text, language=language, places=MIX)) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Tampere, Finland's third largest city, has 240,000 residents.",
            "en",
            {("Tampere", "rank", 3, None), ("Tampere", "population", 240000, None)},
        ),
        ("Hamburg ist Deutschlands zweitgrößte Stadt.", "de", {("Hamburg", "rank", 2, None)}),
        (
            "Marseille, France's largest port, handled 77 million tonnes of cargo.",
            "en",
            {("Marseille", "rank", 1, None), ("Marseille", "cargo_tonnes", 77e6, None)},
        ),
    ],
)
def test_figures_possessive_domain_is_not_the_subject(
    hand_doc, text: str, language: str, expected: set
) -> None:
    """'Finland's third largest city': Finland is the domain of the rank, not its subject."""
    assert _facts(hand_doc(text, language=language, places=MIX)) == expected


# ------------------------------------------------------------------ subjects
@pytest.mark.parametrize(
    ("text", "language", "places", "expected"),
    [
        (
            "Tampere, the capital of Pirkanmaa, has 240,000 residents.",
            "en",
            {"Tampere": ("city", "FI"), "Pirkanmaa": ("admin1", "FI")},
            ("Tampere", "population", 240000, None),
        ),
        (
            "Brugge, de hoofdstad van West-Vlaanderen, telt 118.000 inwoners.",
            "nl",
            {"Brugge": ("city", "BE"), "West-Vlaanderen": ("admin1", "BE")},
            ("Brugge", "population", 118000, None),
        ),
        (
            "Potsdam, die Hauptstadt von Brandenburg, hat 180.000 Einwohner.",
            "de",
            {"Potsdam": ("city", "DE"), "Brandenburg": ("admin1", "DE")},
            ("Potsdam", "population", 180000, None),
        ),
        (
            "Rennes, capitale de la Bretagne, compte 220 000 habitants.",
            "fr",
            {"Rennes": ("city", "FR"), "Bretagne": ("admin1", "FR")},
            ("Rennes", "population", 220000, None),
        ),
    ],
)
def test_figures_capital_of_names_a_domain(
    hand_doc, text: str, language: str, places: dict, expected: tuple
) -> None:
    """'X, the capital of Y, has ...': the figure is about X, Y only places it."""
    assert _facts(hand_doc(text, language=language, places=places)) == {expected}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Bozhou lies in China. The city in the north of Anhui has 5.1 million inhabitants.",
            "en",
        ),
        (
            "Bozhou liegt in China. Die Stadt im Norden der Provinz Anhui hat 5,1 Millionen "
            "Einwohner.",
            "de",
        ),
        (
            "Bozhou ligt in China. De stad in het noorden van Anhui telt 5,1 miljoen inwoners.",
            "nl",
        ),
    ],
)
def test_figures_locative_phrase_goes_on_after_of(hand_doc, text: str, language: str) -> None:
    """'in the north of Anhui': Anhui stays a place of the locative phrase, not the subject."""
    places = {"Bozhou": ("city", "CN"), "China": ("country", "CN"), "Anhui": ("admin1", "CN")}
    facts = _facts(hand_doc(text, language=language, places=places))
    assert facts == {("Bozhou", "population", 5.1e6, None)}


def test_figures_described_name_in_apposition_is_skipped(hand_doc) -> None:
    """'Toruń, de geboortestad van Copernicus, telt ...': the apposition does not block."""
    text = "Toruń, de geboortestad van Copernicus, telt ruim 200.000 inwoners."
    facts = _facts(hand_doc(text, language="nl", places={"Toruń": ("city", "PL")}))
    assert facts == {("Toruń", "population", 200000, None)}


def test_figures_greater_is_no_superlative(hand_doc) -> None:
    """'Greater Perth is home to ...' is about Greater Perth (the urban area of Perth), not
    about the topic before it, and 'Greater' is no superlative."""
    text = "Chengdu has 21 million residents. Greater Perth is home to 2.3 million people."
    places = {"Chengdu": ("city", "CN"), "Perth": ("city", "AU")}
    assert _facts(hand_doc(text, places=places)) == {
        ("Chengdu", "population", 21e6, None),
        ("Greater Perth", "population", 2.3e6, None),
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "L'agglomération de Dakar compte environ 3,9 millions d'habitants.",
            "fr",
            ("Dakar", "population", 3.9e6, None),
        ),
        (
            "The city of Dakar has about 3.9 million inhabitants.",
            "en",
            ("Dakar", "population", 3.9e6, None),
        ),
        (
            "Die Stadt Dakar hat rund 3,9 Millionen Einwohner.",
            "de",
            ("Dakar", "population", 3.9e6, None),
        ),
        (
            "De haven van Dakar sloeg vorig jaar 23 miljoen ton goederen over.",
            "nl",
            ("haven van Dakar", "cargo_tonnes", 23e6, None),
        ),
        (
            "Le port de Dakar a traité 23 millions de tonnes de marchandises.",
            "fr",
            ("port de Dakar", "cargo_tonnes", 23e6, None),
        ),
    ],
)
def test_figures_description_naming_a_known_place(
    hand_doc, text: str, language: str, expected: tuple
) -> None:
    """'l'agglomération de X' is X; 'de haven van X' is the port of X, named as written."""
    places = {"Dakar": ("city", "SN")}
    assert _facts(hand_doc(text, language=language, places=places)) == {expected}


def test_figures_alone_is_not_one_of(hand_doc) -> None:
    """'... alone teaches over 38,000 students' is a count, not 'one of ...'."""
    text = "The University of Brno alone teaches over 38,000 students."
    doc = hand_doc(text, orgs={"University of Brno": "university"})
    assert _facts(doc) == {("University of Brno", "students", 38000, None)}


# ------------------------------------------------------------------ years, gaps and people
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Port of Durban handled 80 million tonnes of cargo last year.",
            "en",
            ("Port of Durban", "cargo_tonnes", 80e6, 2022),
        ),
        (
            "Last year, the Port of Durban handled 80 million tonnes of cargo.",
            "en",
            ("Port of Durban", "cargo_tonnes", 80e6, 2022),
        ),
        (
            "Durban haalde vorig jaar een bruto binnenlands product van 9,5 miljard euro.",
            "nl",
            ("Durban", "added_value_eur", 9.5e9, 2022),
        ),
        (
            "Der Port of Durban schlug im vergangenen Jahr 80 Millionen Tonnen um.",
            "de",
            ("Port of Durban", "cargo_tonnes", 80e6, 2022),
        ),
        (
            "L'an dernier, le Port of Durban a traité 80 millions de tonnes de marchandises.",
            "fr",
            ("Port of Durban", "cargo_tonnes", 80e6, 2022),
        ),
    ],
)
def test_figures_relative_year_from_the_document_date(
    hand_doc, text: str, language: str, expected: tuple
) -> None:
    """'last year', 'vorig jaar', 'im vergangenen Jahr', 'l'an dernier' give the year before
    the document date."""
    import datetime

    doc = hand_doc(
        text, language=language, places={"Durban": ("city", "ZA")}, orgs={"Port of Durban": "port"}
    )
    doc.document_date = datetime.date(2023, 5, 24)
    from cityties.extraction.extractors.dates import extract_dates

    extract_dates(doc)
    assert _facts(doc) == {expected}


def test_figures_relative_year_needs_a_document_date(hand_doc) -> None:
    """Without a document date 'last year' gives no year."""
    doc = hand_doc(
        "The Port of Durban handled 80 million tonnes of cargo last year.",
        orgs={"Port of Durban": "port"},
    )
    assert _facts(doc) == {("Port of Durban", "cargo_tonnes", 80e6, None)}


def test_figures_year_of_another_clause_is_not_taken(hand_doc) -> None:
    """'800,000 residents and hosted the Tour in 2014': 2014 is not the figure's year."""
    text = "Leeds has 800,000 residents and hosted the Tour in 2014."
    assert _facts(hand_doc(text, places={"Leeds": ("city", "GB")})) == {
        ("Leeds", "population", 800000, None)
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Leeds has 800,000 residents and Bradford about 550,000.", "en"),
        ("Leeds telt 800.000 inwoners en Bradford ongeveer 550.000.", "nl"),
        ("Leeds zählt 800.000 Einwohner, Bradford rund 550.000.", "de"),
        ("Leeds compte 800 000 habitants, et Bradford plus de 550 000.", "fr"),
    ],
)
def test_figures_gapped_number_repeats_the_measure(hand_doc, text: str, language: str) -> None:
    """A second subject with a bare number after a figure has the same measure."""
    places = {"Leeds": ("city", "GB"), "Bradford": ("city", "GB")}
    assert _facts(hand_doc(text, language=language, places=places)) == {
        ("Leeds", "population", 800000, None),
        ("Bradford", "population", 550000, None),
    }


def test_figures_gapped_number_needs_a_bare_end(hand_doc) -> None:
    """'... and Bradford Council employs 12,000' is not a second population."""
    text = "Leeds has 800,000 residents and Bradford Council employs 12,000 officers daily."
    places = {"Leeds": ("city", "GB"), "Bradford": ("city", "GB")}
    assert _facts(hand_doc(text, places=places)) == {("Leeds", "population", 800000, None)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Wuxi, a manufacturing centre of about 7.5 million people, grew fast.",
            "en",
            ("Wuxi", "population", 7.5e6, None),
        ),
        (
            "In Wuxi studieren etwa 1,2 Millionen junge Menschen.",
            "de",
            ("Wuxi", "students", 1.2e6, None),
        ),
        (
            "About 120,000 young people study in Wuxi.",
            "en",
            ("Wuxi", "students", 120000, None),
        ),
    ],
)
def test_figures_people_counted_by_their_place_or_study(
    hand_doc, text: str, language: str, expected: tuple
) -> None:
    """'a centre of N people' is a population; people who study are students."""
    assert _facts(hand_doc(text, language=language, places={"Wuxi": ("city", "CN")})) == {expected}


# ------------------------------------------------------------------ more subjects and ranks
def test_figures_region_named_after_its_city(hand_doc) -> None:
    """'Die Region Hannover erwirtschaftete ...' is about the region, named as written."""
    from cityties.extraction.types import Mention, PlaceRef

    text = (
        "Die Region Hannover erwirtschaftete 2021 ein Bruttoinlandsprodukt von 54 Milliarden Euro."
    )
    doc = hand_doc(text, language="de")
    ref = PlaceRef(None, "Hannover", "city", "DE")  # type: ignore[arg-type]
    doc.mentions = [Mention(4, 19, "Region Hannover", "place", "Hannover", ref)]
    assert _facts(doc) == {("Region Hannover", "added_value_eur", 54e9, 2021)}


def test_figures_longer_name_holding_a_place(hand_doc) -> None:
    """'the China Medical City, a park with 1,000 companies': the longer name is the subject."""
    text = (
        "Taizhou is home to the China Medical City, a national medical-device park "
        "with more than 1,000 companies."
    )
    places = {"Taizhou": ("city", "CN"), "China": ("country", "CN")}
    assert _facts(hand_doc(text, places=places)) == {
        ("China Medical City", "companies", 1000, None)
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Birmingham is the UK's second city.", "en", ("Birmingham", "rank", 2, None)),
        (
            "Le port de Marseille, premier port de France, est ancien.",
            "fr",
            ("port de Marseille", "rank", 1, None),
        ),
        (
            "Marseille's port handled 77 million tonnes of cargo in 2022.",
            "en",
            ("Port of Marseille", "cargo_tonnes", 77e6, 2022),
        ),
        (
            "Der Hafen von Marseille ist mit 1,5 Millionen TEU der drittgrößte Hafen Europas.",
            "de",
            ("Hafen von Marseille", "rank", 3, None),
        ),
    ],
)
def test_figures_ranks_and_ports_of_places(
    hand_doc, text: str, language: str, expected: tuple
) -> None:
    """'the UK's second city', 'premier port de', 'X's port' and a TEU count before a rank."""
    places = {
        "Birmingham": ("city", "GB"),
        "UK": ("country", "GB"),
        "Marseille": ("city", "FR"),
        "France": ("country", "FR"),
        "Europas": ("other", None),
    }
    # (the TEU count itself is an `other` figure: tested in test_figures_other_writers.py)
    found = _facts(hand_doc(text, language=language, places=places))
    assert {f for f in found if f[1] != "other"} == {expected}


def test_figures_first_in_time_is_no_rank(hand_doc) -> None:
    """'la première ville de France à signer' is an order of events, not a rank."""
    text = "Marseille fut la première ville de France à signer un jumelage."
    places = {"Marseille": ("city", "FR"), "France": ("country", "FR")}
    assert _facts(hand_doc(text, language="fr", places=places)) == set()


# ------------------------------------------------------------------ participants, parts, pairs
GB = {
    "Leeds": ("city", "GB"),
    "Bradford": ("city", "GB"),
    "China": ("country", "CN"),
    "Kyoto": ("city", "JP"),
    "Japan": ("country", "JP"),
    "Bochum": ("city", "DE"),
    "Germany": ("country", "DE"),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("More than 200 companies from Leeds took part in the trade fair.", "en"),
        ("Some 300 students attended the forum in Leeds.", "en"),
        ("Ruim 300 studenten namen deel aan het forum in Leeds.", "nl"),
        ("Rund 300 Studierende nahmen am Forum in Leeds teil.", "de"),
        ("Plus de 200 entreprises ont participé au salon de Leeds.", "fr"),
        ("Last year 1,200 students from China enrolled in Leeds.", "en"),
        ("In Leeds arbeiten 300 Unternehmen aus China.", "de"),
    ],
)
def test_figures_participants_and_parts_by_origin(hand_doc, text: str, language: str) -> None:
    """Participants of an event and a part by origin ('students from China') are no sizes."""
    assert _facts(hand_doc(text, language=language, places=GB)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leeds has 1.2m inhabitants.", {("Leeds", "population", 1.2e6, None)}),
        (
            "Kyoto, Japan's former capital, has 1.46 million residents.",
            {("Kyoto", "population", 1.46e6, None)},
        ),
        ("Bochum is Germany's sixteenth largest city.", {("Bochum", "rank", 16, None)}),
        ("Leeds has six twin and friendship cities.", {("Leeds", "sister_cities", 6, None)}),
        (
            "Bradford is, after Leeds, the largest city in the county.",
            {("Bradford", "rank", 2, None)},
        ),
        (
            "Leeds has 38,000 students; Bradford alone has 20,000.",
            {("Leeds", "students", 38000, None), ("Bradford", "students", 20000, None)},
        ),
    ],
)
def test_figures_english_scales_domains_and_pairs(hand_doc, text: str, expected: set) -> None:
    """'1.2m', a possessive capital, 'sixteenth', 'twin and friendship cities', 'after X the
    largest' and a second subject with 'alone has'."""
    assert _facts(hand_doc(text, places=GB)) == expected


def test_figures_dutch_largest_after_another_is_second(hand_doc) -> None:
    """'Gent is na Antwerpen de grootste stad': rank 2 of Gent."""
    text = "Gent is na Antwerpen de grootste stad van Vlaanderen."
    places = {"Gent": ("city", "BE"), "Antwerpen": ("city", "BE"), "Vlaanderen": ("admin1", "BE")}
    assert _facts(hand_doc(text, language="nl", places=places)) == {("Gent", "rank", 2, None)}


def test_figures_together_is_the_place_of_both(hand_doc) -> None:
    """'A and B together teach 60,000 students' is the city's figure, not B's."""
    text = (
        "Leeds is a city in Yorkshire. The University of Leeds and Leeds Beckett University "
        "together teach some 60,000 students."
    )
    orgs = {"University of Leeds": "university", "Leeds Beckett University": "university"}
    assert _facts(hand_doc(text, places=GB, orgs=orgs)) == {("Leeds", "students", 60000, None)}


def test_figures_french_port_rank_and_staff(hand_doc) -> None:
    """'quatrième port français' ranks the port named before; 'agents' are its employees."""
    text = (
        "Le port de Nantes Saint-Nazaire, quatrième port français, emploie 600 agents. "
        "Nantes, sixième ville de France avec 320 000 habitants, est jumelée avec Cardiff."
    )
    places = {
        "Nantes": ("city", "FR"),
        "Saint-Nazaire": ("city", "FR"),
        "France": ("country", "FR"),
        "Cardiff": ("city", "GB"),
    }
    assert _facts(hand_doc(text, language="fr", places=places)) == {
        ("port de Nantes Saint-Nazaire", "rank", 4, None),
        ("port de Nantes Saint-Nazaire", "employees", 600, None),
        ("Nantes", "rank", 6, None),
        ("Nantes", "population", 320000, None),
    }


# ------------------------------------------------------------------ French "de", possessions
def test_figures_french_de_is_no_article(hand_doc) -> None:
    """'une métropole de 13 millions d'habitants': 'de' is 'of', the count is a size."""
    text = "Wuhan, capitale du Hubei, est une métropole de 13 millions d'habitants."
    places = {"Wuhan": ("city", "CN"), "Hubei": ("admin1", "CN")}
    assert _facts(hand_doc(text, language="fr", places=places)) == {
        ("Wuhan", "population", 13e6, None)
    }


def test_figures_metropolitan_authority_is_its_own_subject(hand_doc) -> None:
    """'Bordeaux Métropole compte ...' is the metropolitan authority, named as written."""
    text = "Bordeaux Métropole compte 800 000 habitants répartis dans 28 communes."
    doc = hand_doc(text, language="fr", places={"Bordeaux": ("city", "FR")})
    assert _facts(doc) == {("Bordeaux Métropole", "population", 800000, None)}


def test_figures_french_first_river_port(hand_doc) -> None:
    """'le premier port fluvial de Chine' ranks the port first."""
    text = "Le port de Wuhan est le premier port fluvial de Chine."
    places = {"Wuhan": ("city", "CN"), "Chine": ("country", "CN")}
    assert _facts(hand_doc(text, language="fr", places=places)) == {
        ("port de Wuhan", "rank", 1, None)
    }


def test_figures_possessive_description_and_possessed_rank(hand_doc) -> None:
    """'Frankfurt, Germany's financial centre, has ... and the country's busiest airport':
    the population is Frankfurt's and the airport's rank is no rank of Frankfurt."""
    text = (
        "Frankfurt, Germany's financial centre, has 770,000 inhabitants and the "
        "country's busiest airport."
    )
    places = {"Frankfurt": ("city", "DE"), "Germany": ("country", "DE")}
    assert _facts(hand_doc(text, places=places)) == {("Frankfurt", "population", 770000, None)}


def test_figures_our_city_without_institution_blocks(hand_doc) -> None:
    """'Our city has four sister cities' in a report with no institution is not about the
    partner named before."""
    text = (
        "Xi'an is the capital of Shaanxi. Our city currently has 4 sister cities and "
        "2 friendship cities."
    )
    places = {"Xi'an": ("city", "CN"), "Shaanxi": ("admin1", "CN")}
    assert _facts(hand_doc(text, places=places)) == set()


def test_figures_year_of_a_clause_before_the_conjunction(hand_doc) -> None:
    """'... tonnes en 2022 et emploie 300 personnes': 2022 is not the staff's year."""
    text = "Le port de Bayonne a traité 2 millions de tonnes en 2022 et emploie 300 personnes."
    doc = hand_doc(text, language="fr", places={"Bayonne": ("city", "FR")})
    assert _facts(doc) == {
        ("port de Bayonne", "cargo_tonnes", 2e6, 2022),
        ("port de Bayonne", "employees", 300, None),
    }


# ------------------------------------------------------------------ tables, fact sheets, words
def test_figures_table_rows_and_markdown(hand_doc) -> None:
    """'| Population (2021) | 556,500 |' rows, 'Jobs:' lines and '**fourth largest**'."""
    text = (
        "# Sheffield key facts\n\n| Population (2021) | 556,500 |\n| Area | 368 km² |\n"
        "| Twin cities | 6 |\n\n* Jobs: 270,000\n\n"
        "**Sheffield** is England's **fourth largest** city."
    )
    places = {"Sheffield": ("city", "GB"), "England": ("admin1", "GB")}
    assert _facts(hand_doc(text, places=places)) == {
        ("Sheffield", "population", 556500, 2021),
        ("Sheffield", "area_km2", 368, None),
        ("Sheffield", "sister_cities", 6, None),
        ("Sheffield", "employees", 270000, None),
        ("Sheffield", "rank", 4, None),
    }


def test_figures_fact_sheet_is_about_the_city_not_its_partners(hand_doc) -> None:
    """Lines before any name belong to the city the page is about, not to a listed partner."""
    text = (
        "Facts and figures\n\n- Inhabitants: 263,608\n\n- Sister cities: Bradford, Melle\n\n"
        "Ghent is the capital of East Flanders."
    )
    places = {
        "Ghent": ("city", "BE"),
        "Bradford": ("city", "GB"),
        "Melle": ("city", "BE"),
        "East Flanders": ("admin2", "BE"),
    }
    assert _facts(hand_doc(text, places=places)) == {("Ghent", "population", 263608, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wuxi has 7,000 Chinese-owned companies.", set()),
        ("The new plant in Wuxi will create 3,000 jobs.", set()),
        ("Wuxi sent a trade mission with 30 companies to Leeds.", set()),
        ("Wuxi is China's No. 1 port.", {("Wuxi", "rank", 1, None)}),
        ("Wuxi is second only to Suzhou among the ports.", {("Wuxi", "rank", 2, None)}),
        ("Wuxi had 7.5 million residents in mid-2021.", {("Wuxi", "population", 7.5e6, 2021)}),
        (
            "The Wuxi City Region has 7 million people.",
            {("Wuxi City Region", "population", 7e6, None)},
        ),
        ("The Port of Wuxi has 3,000 people.", {("Port of Wuxi", "employees", 3000, None)}),
        ("Ostrava has 284,000 inhabitants.", {("Ostrava", "population", 284000, None)}),
    ],
)
def test_figures_parts_futures_missions_and_people(hand_doc, text: str, expected: set) -> None:
    """Owned-by parts, jobs to come and mission members are no sizes; 'No. 1', 'second only
    to', 'mid-2021'; 'has N people' is a place's population or a port's staff; a word
    ending in 'va' before 'has' is no French 'va'."""
    places = {
        "Wuxi": ("city", "CN"),
        "Suzhou": ("city", "CN"),
        "Leeds": ("city", "GB"),
        "China": ("country", "CN"),
        "Ostrava": ("city", "CZ"),
    }
    assert _facts(hand_doc(text, places=places, orgs={"Port of Wuxi": "port"})) == expected


# ------------------------------------------------------------------ lists after "after", acronyms
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Karlsruhe ist nach Stuttgart und Mannheim die drittgrößte Stadt des Landes.",
            "de",
            ("Karlsruhe", "rank", 3, None),
        ),
        (
            "Leuven is na Brussel en Antwerpen de derde grootste stad van Brabant.",
            "nl",
            ("Leuven", "rank", 3, None),
        ),
    ],
)
def test_figures_places_listed_after_after_are_domains(
    hand_doc, text: str, language: str, expected: tuple
) -> None:
    """'nach Stuttgart und Mannheim die drittgrößte': both places are outside the subject."""
    places = {
        n: ("city", "XX")
        for n in ("Karlsruhe", "Stuttgart", "Mannheim", "Leuven", "Brussel", "Antwerpen")
    }
    assert _facts(hand_doc(text, language=language, places=places)) == {expected}


def test_figures_coordinated_clause_after_a_locative_keeps_its_subject(hand_doc) -> None:
    """'Brugge ligt in Vlaanderen en Gent telt ...': Gent starts a clause, it is the subject."""
    text = "Brugge ligt in Vlaanderen en Gent telt 265.000 inwoners."
    places = {"Brugge": ("city", "BE"), "Vlaanderen": ("admin1", "BE"), "Gent": ("city", "BE")}
    assert _facts(hand_doc(text, language="nl", places=places)) == {
        ("Gent", "population", 265000, None)
    }


def test_figures_compound_port_noun_names_the_port(hand_doc) -> None:
    """'Der Rheinhafen Karlsruhe schlug ... um' is about the port named."""
    text = "Der Rheinhafen Karlsruhe schlug 5,5 Millionen Tonnen Güter um."
    doc = hand_doc(text, language="de", places={"Karlsruhe": ("city", "DE")})
    assert _facts(doc) == {("Rheinhafen Karlsruhe", "cargo_tonnes", 5.5e6, None)}


def test_figures_organisation_defined_with_an_acronym(hand_doc) -> None:
    """'Das Karlsruher Institut für Technologie (KIT) beschäftigt ...' and later 'KIT' are the
    institute, not the city."""
    text = (
        "Karlsruhe zählt 308.000 Einwohner. Das Karlsruher Institut für Technologie (KIT) "
        "beschäftigt 9.800 Mitarbeiter. Das KIT hat 22.000 Studierende."
    )
    doc = hand_doc(text, language="de", places={"Karlsruhe": ("city", "DE")})
    assert _facts(doc) == {
        ("Karlsruhe", "population", 308000, None),
        ("Karlsruher Institut für Technologie", "employees", 9800, None),
        ("Karlsruher Institut für Technologie", "students", 22000, None),
    }


# ------------------------------------------------------------------ list pages of partner cities
LIST_PLACES = {
    "Lipa": ("city", "PH"),
    "Philippines": ("country", "PH"),
    "Fukaya": ("city", "JP"),
    "Japan": ("country", "JP"),
    "Tokyo": ("city", "JP"),
    "Potsdam": ("city", "DE"),
    "Brandenburg": ("admin1", "DE"),
    "Padua": ("city", "IT"),
    "Italy": ("country", "IT"),
    "Wiesbaden": ("city", "DE"),
    "Hessen": ("admin1", "DE"),
    "Taipei": ("city", "TW"),
    "Taiwan": ("country", "TW"),
}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Lipa, Philippines (1987): With about 372,900 residents, Lipa is a busy city.",
            "en",
            {("Lipa", "population", 372900, None)},
        ),
        (
            "Fukaya, Japan (1980): Fukaya lies 70 km northwest of Tokyo and has a population "
            "of approximately 143,000.",
            "en",
            {("Fukaya", "population", 143000, None)},
        ),
        (
            "Potsdam (Brandenburg), seit 1988 – Landeshauptstadt mit 185.000 Einwohnern.",
            "de",
            {("Potsdam", "population", 185000, None)},
        ),
        (
            "Padua (Italy), since 1983: the university city has 210,000 inhabitants.",
            "en",
            {("Padua", "population", 210000, None)},
        ),
        (
            "Wiesbaden – sinds 1986. De hoofdstad van Hessen telt 278.000 inwoners.",
            "nl",
            {("Wiesbaden", "population", 278000, None)},
        ),
        (
            "Taipei (Taiwan), since 1996: the island's capital and largest city.",
            "en",
            {("Taipei", "rank", 1, None)},
        ),
    ],
)
def test_figures_list_items_describe_their_own_city(
    hand_doc, text: str, language: str, expected: set
) -> None:
    """In a list item the city named first is the subject: the country or region that
    qualifies it ('Lipa, Philippines', 'Potsdam (Brandenburg)'), a place a direction is
    measured from ('northwest of Tokyo') and the domain of 'de hoofdstad van' are not; 'the
    university city' is the city; 'capital and largest city' is rank 1."""
    assert _facts(hand_doc(text, language=language, places=LIST_PLACES)) == expected


def test_figures_capitalised_adjective_is_no_name(hand_doc) -> None:
    """'The Bavarian capital, Germany's third largest city, is home to ...': 'Bavarian' is
    an adjective, so the figures are the topic's."""
    text = (
        "Germany – Munich\n\nThe Bavarian capital, Germany's third largest city, is home to "
        "1.5 million people."
    )
    places = {"Munich": ("city", "DE"), "Germany": ("country", "DE")}
    assert _facts(hand_doc(text, places=places)) == {
        ("Munich", "rank", 3, None),
        ("Munich", "population", 1.5e6, None),
    }
