"""Figures and their subjects as real writers word them (issue 2, fourth round of figures),
found with benchmarks/corpus18 in view: fact sheets whose "capital" line names another place,
"the Chinese prefecture-level city", a city named only through its port ("le port de X ... la
métropole chinoise"), "in X leben N Menschen", "premier port à conteneurs du monde", lists of
towns with their populations in brackets, and a year stated before a comma for a figure in a
participle phrase after it. Every text is written for these tests and read by the whole
pipeline."""

from __future__ import annotations

import pytest

from cityties.text import fold
from factsets import figures_of as _figures


@pytest.mark.parametrize(
    ("text", "expected", "capital"),
    [
        (
            "Fakten zur Partnerprovinz Hubei\n\n- Name: Provinz Hubei\n"
            "- Hauptstadt: Wuhan, ca. 13 Mio. Einwohner\n- Bevölkerung: ca. 58 Mio.\n"
            "- Fläche: 185.900 km²\n",
            {("hubei", "population", 58e6, None), ("hubei", "area_km2", 185900.0, None)},
            ("wuhan", "population", 13e6, None),
        ),
        (
            "Provincie Zhejiang\n\nHoofdstad: Hangzhou\nInwoners: 65 miljoen\n"
            "Oppervlakte: 105.500 km²\n",
            {("zhejiang", "population", 65e6, None), ("zhejiang", "area_km2", 105500.0, None)},
            None,
        ),
        (
            "Sichuan province\n\nCapital: Chengdu (21 million inhabitants)\n"
            "Population: 83.7 million\nArea: 486,000 km²\n",
            {("sichuan", "population", 83.7e6, None), ("sichuan", "area_km2", 486000.0, None)},
            ("chengdu", "population", 21e6, None),
        ),
    ],
)
def test_figures_capital_line_does_not_take_the_sheet(
    text: str,
    expected: set[tuple[str, str, float, int | None]],
    capital: tuple[str, str, float, int | None] | None,
) -> None:
    """A fact sheet's "Hauptstadt:", "Hoofdstad:", "Capital:" line names another place: the
    label lines after it stay with the place the sheet is about; the capital keeps only the
    figure on its own line."""
    found = _figures(text)
    assert expected <= found
    if capital is not None:
        assert capital in found
    assert not any(f[0] in ("wuhan", "hangzhou", "chengdu") and f[1] == "area_km2" for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwich has agreed a partnership with Zibo. The Chinese prefecture-level city, "
            "with 4.7 million inhabitants, lies in Shandong province.",
            ("zibo", "population", 4.7e6, None),
        ),
        (
            "La ville de Nantes a signé un accord avec le port de Ningbo. La métropole "
            "chinoise, qui compte 9,6 millions d'habitants, est un centre industriel.",
            ("ningbo", "population", 9.6e6, None),
        ),
    ],
)
def test_figures_described_city_resolved(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "The Chinese prefecture-level city" (a hyphenated modifier) and "la métropole
    chinoise" after only "le port de X" name the Chinese city, not the home town."""
    found = _figures(text)
    assert expected in found
    assert not any(f[0] in ("norwich", "nantes") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Hamburger Hafen liegt auf Platz 3 in Europa; in Shanghai leben mehr als "
            "24 Millionen Menschen.",
            ("shanghai", "population", 24e6, None),
        ),
        (
            "De haven van Antwerpen groeit, maar in Wuhan wonen ruim 11 miljoen mensen.",
            ("wuhan", "population", 11e6, None),
        ),
    ],
)
def test_figures_people_living_in_a_place(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "in X leben N Menschen": the people live in X, whatever the sentence named before."""
    found = _figures(text)
    assert expected in found
    assert not any(f[1] == "population" and "hafen" in f[0] or "haven" in f[0] for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier port à conteneurs du monde depuis 2010, le port de Shanghai a traité "
            "49 millions d'EVP en 2023.",
            ("port de shanghai", "rank", 1.0, None),
        ),
        (
            "Le port de Tianjin est le troisième port à conteneurs de Chine.",
            ("port de tianjin", "rank", 3.0, None),
        ),
    ],
)
def test_figures_french_port_with_complement_ranked(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "premier/troisième port à conteneurs du monde": the noun's complement with "à" does not
    hide the rank."""
    assert expected in _figures(text)


def test_figures_bracketed_populations_in_a_list() -> None:
    """A list of towns with their sizes in brackets gives each town its population; a year in
    brackets is no population."""
    text = (
        "Our twin towns\n\nLeiden (pop. 125,000) is twinned with four towns:\n\n"
        "Oxford, England (162,000)\nA university city on the Thames.\n\n"
        "Toruń, Poland (198,000)\nTwinned since (1989)\n\nKrefeld, Germany (1989)\n"
    )
    found = _figures(text)
    assert ("leiden", "population", 125000.0, None) in found
    assert ("oxford", "population", 162000.0, None) in found
    assert ("torun", "population", 198000.0, None) in found
    assert not any(f[0] == "krefeld" for f in found)


def test_figures_bracketed_number_inside_a_sentence_needs_a_word() -> None:
    """Opening a line of prose, a bare bracketed number is no population ("Ghent (9000)
    signed ..."); it is one with "pop."."""
    found = _figures("Ghent (9000) signed the charter.\nBruges (pop. 118,000) did too.")
    assert ("bruges", "population", 118000.0, None) in found
    assert not any(f[0] == "ghent" for f in found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Southampton ranked 12th among European ports in 2023, handling 1.9 million TEU.",
            ("southampton", "other", 1.9e6, 2023),
            None,
        ),
        (
            "In 2017 the harbours of Oostende merged into the Port of Flanders, making it "
            "the number 4 in terms of throughput.",
            None,
            2017,
        ),
    ],
)
def test_figures_year_before_participle_phrase(
    text: str, expected: tuple[str, str, float, int | None] | None, absent: int | None
) -> None:
    """A year before a comma dates a figure in a participle phrase that carries it ("...
    in 2023, handling 3.7 million TEU"), not one after "making it"."""
    found = _figures(text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert not any(f[3] == absent for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deventer heeft 101.000 inwoners, zusterstad Hangzhou ruim 12 miljoen.",
            ("hangzhou", "population", 12e6, None),
        ),
        (
            "Assen is met 69.000 inwoners de hoofdstad van Drenthe, maar partnerstad Zhangjiajie "
            "telt er 1,5 miljoen.",
            ("zhangjiajie", "population", 1.5e6, None),
        ),
        (
            "Ghent has 265,000 inhabitants, its partner city Weihai about 2.8 million.",
            ("weihai", "population", 2.8e6, None),
        ),
        (
            "Poitiers compte 89 000 habitants, sa ville jumelle Yangzhou environ 4,5 millions.",
            ("yangzhou", "population", 4.5e6, None),
        ),
    ],
)
def test_figures_comparison_with_partner_noun(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """The second place of a comparison presented by a partner noun ("zusterstad Hangzhou
    ruim 12 miljoen", "maar partnerstad X telt er N") gets the figure that repeats the
    measure, not the first place."""
    found = _figures(text)
    assert expected in found
    first = fold(text.split()[0])
    assert not any(f[0] == first and f[2] == expected[2] for f in found)


def test_figures_port_named_by_city_adjective() -> None:
    """ "de Amsterdamse haven" is the Port of Amsterdam when the text names Amsterdam: its
    tonnage and rank are the port's, not those of the last place named."""
    text = (
        "Tianjin telt 13,6 miljoen inwoners. Ter vergelijking: de Amsterdamse haven verwerkte "
        "in 2022 ruim 97 miljoen ton en is daarmee de vierde haven van Europa. Amsterdam telt "
        "918.000 inwoners."
    )
    found = _figures(text)
    assert (fold("port of amsterdam"), "cargo_tonnes", 97e6, 2022) in found
    assert (fold("port of amsterdam"), "rank", 4.0, None) in found
    assert not any(f[0] == "tianjin" and f[1] in ("cargo_tonnes", "rank") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Havenbedrijf Rotterdam tekende met Ningbo Zhoushan Port Group. Ningbo Zhoushan "
            "Port Group telt 23.000 medewerkers. Het havenbedrijf zelf heeft 1.200 werknemers.",
            (fold("havenbedrijf rotterdam"), "employees", 1200.0, None),
        ),
        (
            "The Port of Dover Authority met Qingdao Port Group, which employs 9,000 people. "
            "The port authority has 400 staff.",
            (fold("port of dover authority"), "employees", 400.0, None),
        ),
    ],
)
def test_figures_port_company_named_back(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "Het havenbedrijf", "the port authority" name back the body that runs a port, not the
    partner's port group named last."""
    found = _figures(text)
    assert expected in found
    assert not any(f[0].endswith("port group") and f[2] == expected[2] for f in found)


def test_figures_apposition_after_located_subject() -> None:
    """ "Die X-Universität in Shanghai, seit 1980 Partnerin der TU Y, belegt Platz 190": the
    partner in the apposition is not the subject of the rank."""
    text = (
        "Die Tongji-Universität in Shanghai, seit 1980 Partnerin der TU Darmstadt, belegt im "
        "Weltranking Platz 190. Die TU Darmstadt selbst erreicht Platz 253."
    )
    found = _figures(text)
    assert (fold("tongji-universitat"), "rank", 190.0, None) in found
    assert ("tu darmstadt", "rank", 253.0, None) in found
    assert not any(f[0] == "tu darmstadt" and f[2] == 190.0 for f in found)


def test_figures_organisation_named_by_initials_and_noun() -> None:
    """An organisation named back by its initials ("HIT") or by "the institute" keeps its
    figures; a place after "in" does not take them."""
    text = (
        "Our partner Harbin Institute of Technology has climbed again. HIT was ranked 66th in "
        "2024. Founded in 1920, the institute teaches more than 30,000 students in Harbin."
    )
    found = _figures(text)
    assert (fold("harbin institute of technology"), "rank", 66.0, 2024) in found
    assert (fold("harbin institute of technology"), "students", 30000.0, None) in found
    assert not any(f[0] == "harbin" for f in found)


def test_figures_including_shares_the_year() -> None:
    """ "In 2023 it handled N tonnes, including N TEU": the part shares the year."""
    text = (
        "Qingdao Port is the fourth largest port in China. In 2023 it handled 680 million "
        "tonnes of cargo, including 29 million TEU of containers."
    )
    assert ("qingdao port", "other", 29e6, 2023) in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ville de Weihai, elle, dépasse les 2,8 millions d'habitants.",
            ("weihai", "population", 2.8e6, None),
        ),
        ("Almere overschrijdt de 200.000 inwoners.", ("almere", "population", 200000.0, None)),
    ],
)
def test_figures_size_after_verb_of_exceeding(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "dépasse les N habitants", "overschrijdt de N inwoners": the article after a verb of
    exceeding does not make the number a reference to a figure given before."""
    assert expected in _figures(text)


def test_figures_definite_number_still_no_figure() -> None:
    """ "Les 300 000 habitants de la ville sont invités" names people, not a size."""
    assert _figures("Les 300 000 habitants de la ville de Nantes sont invités.") == set()


def test_figures_hyphenated_place_name_is_a_subject() -> None:
    """A hyphenated place name the gazetteer may lack ("Rosny-sous-Bois") takes the figures
    of its own sentence; the place of the sentence before does not."""
    text = (
        "La ville-préfecture de Jining compte 8,3 millions d'habitants. De son côté, "
        "Rosny-sous-Bois, 46 000 habitants sur 5,9 km², est une commune de la "
        "Seine-Saint-Denis."
    )
    found = _figures(text)
    assert (fold("Rosny-sous-Bois"), "population", 46000.0, None) in found
    assert (fold("Rosny-sous-Bois"), "area_km2", 5.9, None) in found
    assert not any(f[0] == "jining" and f[2] in (46000.0, 5.9) for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guangdong is de grootste provinciale economie van China.",
            ("guangdong", "rank", 1.0, None),
        ),
        ("Guangdong is the largest provincial economy in China.", ("guangdong", "rank", 1.0, None)),
        (
            "Guangdong\nHoofdstad: Guangzhou\nPositie: grootste provinciale economie van China\n",
            ("guangdong", "rank", 1.0, None),
        ),
    ],
)
def test_figures_superlative_with_scope_adjective(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "the largest provincial economy", and the same after a fact sheet's "Positie:" label,
    rank the place first."""
    assert expected in _figures(text)


def test_figures_superlative_of_a_kind_is_no_rank() -> None:
    """ "the largest student city" ranks a kind of city: no rank."""
    assert not any(f[1] == "rank" for f in _figures("Leeds is the largest student city."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kingston upon Hull keeps formal links with six cities on three continents.",
            ("kingston upon hull", "sister_cities", 6.0, None),
        ),
        (
            "Leiden onderhoudt officiële banden met zes steden.",
            ("leiden", "sister_cities", 6.0, None),
        ),
        (
            "Lyon entretient des liens officiels avec six villes.",
            ("lyon", "sister_cities", 6.0, None),
        ),
    ],
)
def test_figures_formal_links_count_partners(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """ "formal links with six cities", "officiële banden met zes steden": a count of partner
    towns without a twinning word."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bath, a World Heritage city of 94,000 residents, has five twin towns.",
            ("bath", "population", 94000.0, None),
        ),
        (
            "Hanau, a Brothers Grimm town of 100,000 people, is twinned with Taicang.",
            ("hanau", "population", 100000.0, None),
        ),
    ],
)
def test_figures_name_inside_description(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A capitalised name inside the description that holds the figure ("a World Heritage
    city of N residents") does not hide the subject named before it."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Aberdeen is an oil city. The city's port employs 3,000 people.",
            (fold("Port of Aberdeen"), "employees", 3000.0, None),
            ("aberdeen", "employees", 3000.0, None),
        ),
        (
            "Qingdao, whose port handled 658 million tonnes in 2022, has 10 million inhabitants.",
            (fold("Port of Qingdao"), "cargo_tonnes", 658e6, 2022),
            ("qingdao", "cargo_tonnes", 658e6, 2022),
        ),
    ],
)
def test_figures_port_named_through_its_place(
    text: str,
    expected: tuple[str, str, float, int | None],
    not_expected: tuple[str, str, float, int | None],
) -> None:
    """ "whose port", "the city's port" are the place's port, like "its port"."""
    found = _figures(text)
    assert expected in found
    assert not_expected not in found


def test_figures_possessor_still_counts_partners() -> None:
    """ "Dunedin's 8 sister cities": the possessor keeps its count."""
    assert ("dunedin", "sister_cities", 8.0, None) in _figures("Dunedin's 8 sister cities met.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghent, home to Ghent University with 49,000 students, is a port city.",
            (fold("Ghent University"), "students", 49000.0, None),
        ),
        (
            "Itami, een voorstad van Osaka met 198.000 inwoners, is partnerstad.",
            ("itami", "population", 198000.0, None),
        ),
    ],
)
def test_figures_with_phrase_in_apposition(
    text: str, expected: tuple[str, str, float, int | None]
) -> None:
    """A with-phrase in an apposition after an organisation is the organisation's ("home to
    X University with N students"); after a place that locates it, the head's."""
    assert expected in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shanghai, China's largest city with 24.9 million people, is Hamburg's partner.",
        "Shanghai is a city with 24.9 million people.",
    ],
)
def test_figures_city_with_people_is_population(text: str) -> None:
    """ "a city with N people": the people are the city's population."""
    assert ("shanghai", "population", 24.9e6, None) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kiel a signé avec Qingdao. La ville portuaire chinoise, forte de 10 millions "
        "d'habitants, est au Shandong.",
        "Kiel unterzeichnete mit Qingdao. Die chinesische Hafenstadt mit 10 Millionen "
        "Einwohnern liegt in Shandong.",
        "Kiel tekende met Qingdao. De Chinese havenstad met 10 miljoen inwoners ligt in Shandong.",
        "Kiel signed with Qingdao. The Chinese port city, with 10 million inhabitants, lies in "
        "Shandong.",
    ],
)
def test_figures_chinese_port_city_described(text: str) -> None:
    """ "the Chinese port city", "la ville portuaire chinoise", "die chinesische Hafenstadt",
    "de Chinese havenstad": the Chinese partner named before, not the home town."""
    found = _figures(text)
    assert ("qingdao", "population", 10e6, None) in found
    assert not any(f[0] == "kiel" for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yantai is home to over 7 million.", {("yantai", "population", 7e6, None)}),
        ("The park near Yantai is home to 2 million birds.", set()),
    ],
)
def test_figures_home_to_millions(
    text: str, expected: set[tuple[str, str, float, int | None]]
) -> None:
    """ "home to over 7 million" with no noun is a population; with a noun of something else
    it is no figure."""
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qingdao staat op nummer 7 van de wereld.", {("qingdao", "rank", 7.0, None)}),
        ("Rotterdam ist die Nummer 1 in Europa.", {("rotterdam", "rank", 1.0, None)}),
        ("Marseille est le numéro 1 français de la croisière.", {("marseille", "rank", 1.0, None)}),
        ("Bel het nummer 09 210 10 10 in Gent.", set()),
    ],
)
def test_figures_nummer_numero_rank(
    text: str, expected: set[tuple[str, str, float, int | None]]
) -> None:
    """ "op nummer 7", "die Nummer 1", "le numéro 1" rank the place; a phone number after
    "nummer" is no rank."""
    assert {f for f in _figures(text) if f[1] == "rank"} == expected
