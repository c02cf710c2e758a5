"""Visits and figures of the genre's documents (issue 2), found with benchmarks/corpus23 in
view: wordings seen on several real pages, in the languages where they exist. Every text is
written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold
from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a town hall named by its place's adjective, a few words after the visit word
        (
            "Nieuws\n\n9 maart 2021\n\nEen delegatie uit Wuxi was maandag op bezoek in het "
            "Delftse stadhuis.",
            ("wuxi", "delft", "2021-03-08"),
        ),
        (
            "Aktuelles\n\n9. März 2021\n\nAm Montag besuchte eine Delegation aus Wuxi das "
            "Kieler Rathaus.",
            ("wuxi", "kiel", "2021-03-08"),
        ),
        # ... or by the place after it
        (
            "Aktuelles\n\n9. März 2021\n\nAm Montag besuchte eine Delegation aus Wuxi das Alte "
            "Rathaus in Hannover.",
            ("wuxi", "hannover", "2021-03-08"),
        ),
        # an official's place, then the delegation the official brings
        (
            "Der Vizebürgermeister von Harbin besuchte mit einer Delegation die Stadt Erfurt.",
            ("harbin", "erfurt", None),
        ),
        (
            "De burgemeester van Harbin bezocht met een delegatie de stad Tilburg.",
            ("harbin", "tilburg", None),
        ),
    ],
)
def test_visits_town_hall_and_brought_delegation_name_the_host(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """The place of a town hall ("het Delftse stadhuis", "das Alte Rathaus in Hannover") is the
    host; a delegation the subject brings ("mit einer Delegation") stands between the verb and
    the host without hiding it."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit", "reverse"),
    [
        (
            "Am Freitag besuchte eine Delegation aus Kölns Partnerstadt Tianjin das Rathaus.",
            ("tianjin", "koln"),
            ("koln", "tianjin"),
        ),
        (
            "Perth welcomed a delegation from its sister city in China, Nanjing, on 6 May 2022.",
            ("nanjing", "perth"),
            ("perth", "nanjing"),
        ),
        (
            "Fremantle Port welcomed a delegation from its sister port, Ningbo Port, on 6 May "
            "2022.",
            ("ningbo port", "fremantle port"),
            ("fremantle port", "ningbo port"),
        ),
    ],
)
def test_visits_partner_named_after_its_owner_is_the_visitor(
    text: str, visit: tuple[str, str], reverse: tuple[str, str]
) -> None:
    """ "aus Kölns Partnerstadt Tianjin", "from its sister city in China, Nanjing", "its sister
    port, Ningbo Port": the partner comes, its owner receives; never the other way round."""
    found = {(v, h) for v, h, _ in _visits(text)}
    assert visit in found
    assert reverse not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # the day before the page's date
        (
            "Nachrichten\n\n12. Juni 2019\n\nAm gestrigen Dienstagabend besuchte eine "
            "Delegation aus Dalian das Rathaus in Bielefeld.",
            ("dalian", "bielefeld", "2019-06-11"),
        ),
        (
            "News\n\n12 June 2019\n\nA delegation from Dalian visited Leeds yesterday.",
            ("dalian", "leeds", "2019-06-11"),
        ),
        (
            "Actualités de la ville\n\n12 juin 2019\n\nUne délégation de Dalian a visité Nantes "
            "hier, avec le maire et les élus de la ville, pour une journée de travail.",
            ("dalian", "nantes", "2019-06-11"),
        ),
        # a weekday with its time of day, on the page of that day
        (
            "Nieuws\n\n11 juni 2019\n\nEen delegatie uit Dalian was dinsdagmiddag te gast in "
            "Leiden.",
            ("dalian", "leiden", "2019-06-11"),
        ),
        # a weekday inside the stay the text dated by a range before
        (
            "Institution: Ville de Rennes\n\nPublié le 30 mai 2017\n\nDu 15 au 19 mai, une "
            "délégation de Rennes était en Chine.\n\nLe mercredi, nous nous sommes rendus à "
            "Jinan.",
            ("rennes", "jinan", "2017-05-17"),
        ),
    ],
)
def test_visits_relative_days_from_the_page_or_the_stay(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """ "gestern", "yesterday", "hier" are the day before the page's date; "dinsdagmiddag" is
    a weekday; a weekday in the report of a dated stay is the day of that stay."""
    assert visit in _visits(text)


def test_visits_past_stop_told_after_keeps_its_weekday() -> None:
    """ "On Tuesday the delegation visited Zhuzhou" after a visit of Wednesday, on a page of
    Thursday: the Tuesday before, not the one to come."""
    text = (
        "Wire\n\nJune 20, 2024\n\nA delegation from Bergamo visited Changsha on Wednesday. On "
        "Tuesday the delegation visited Zhuzhou."
    )
    found = _visits(text)
    assert ("bergamo", "zhuzhou", "2024-06-18") in found
    assert ("bergamo", "changsha", "2024-06-19") in found


@pytest.mark.parametrize(
    ("text", "visit", "reverse"),
    [
        (
            "Institution: Région Bretagne\n\nLe mardi 16 mai 2017, la délégation a rejoint "
            "Jinan, où nous avons été reçus par le vice-gouverneur.",
            ("bretagne", "jinan"),
            ("jinan", "bretagne"),
        ),
        (
            "Institution: City of Leeds\n\nOn 16 May 2017 we went to Jinan, where we were "
            "received by the vice governor.",
            ("leeds", "jinan"),
            ("jinan", "leeds"),
        ),
    ],
)
def test_visits_writer_received_is_the_guest(
    text: str, visit: tuple[str, str], reverse: tuple[str, str]
) -> None:
    """ "où nous avons été reçus", "where we were received": the writer's side is the guest of
    the place named before."""
    found = {(v, h) for v, h, _ in _visits(text)}
    assert visit in found
    assert reverse not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Gemeente Tiel\n\nIn Tiel ontvingen wij twee delegaties. De eerste delegatie kwam "
            "op 4 september 2018 uit Yancheng.",
            ("yancheng", "tiel", "2018-09-04"),
        ),
        (
            "Stadt Kiel\n\nIm Rathaus Kiel gab es Besuch. Die Delegation kam am 4. September "
            "2018 aus Qingdao.",
            ("qingdao", "kiel", "2018-09-04"),
        ),
        (
            "En mai 2012, le maire de Brest a effectué un séjour de cinq jours à Qingdao.",
            ("brest", "qingdao", "2012-05"),
        ),
    ],
)
def test_visits_came_from_and_stay_wordings(text: str, visit: tuple[str, str, str | None]) -> None:
    """A delegation that "kwam uit" / "kam aus" a place abroad visits the document's own place;
    "a effectué un séjour à" is a stay."""
    assert visit in _visits(text)


def test_visits_money_that_came_from_a_place_is_no_visit() -> None:
    """ "came from" without a delegation or an official is no visit."""
    text = "City of Leeds\n\nThe money for the new library came from Brussels in 2019."
    assert not any(h == "leeds" for _, h, _ in _visits(text))


def test_visits_came_from_keeps_the_named_destination() -> None:
    """ "kam eine Delegation aus Zibo nach Bochum": the destination the clause names is the
    host, whatever the document's own place."""
    text = "Stadt Essen\n\nIm Mai 2017 kam erstmals eine Delegation aus Zibo nach Bochum."
    assert ("zibo", "bochum", "2017-05") in _visits(text)


def _figures(text: str) -> set[tuple[str, str, float]]:
    doc = extract(text).doc
    return {(fold(f.subject), f.measure, f.value) for f in doc.figures}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Le jeudi, nous nous sommes rendus à Qingdao, premier port de la province, pour "
            "visiter le terminal.",
            ("qingdao", "rank", 1),
        ),
        (
            "Nous sommes ensuite allés à Dalian, deuxième port du nord de la Chine.",
            ("dalian", "rank", 2),
        ),
        (
            "On Thursday the delegation travelled to Qingdao, China's fifth largest port, to "
            "see the terminal.",
            ("qingdao", "rank", 5),
        ),
        (
            "Donderdag reisde de delegatie naar Qingdao, tweede haven van China.",
            ("qingdao", "rank", 2),
        ),
    ],
)
def test_figures_rank_in_apposition_after_a_destination(
    text: str, figure: tuple[str, str, float]
) -> None:
    """A rank that opens an apposition right after the place a delegation goes to ("à
    Qingdao, premier port", "to Qingdao, China's fifth largest port") ranks that place."""
    assert figure in _figures(text)


def test_figures_rank_after_an_order_is_unchanged() -> None:
    """ "Bradford is, after Leeds, the largest city": the rank is Bradford's, not Leeds's."""
    found = _figures("Bradford is, after Leeds, the second largest city in the county.")
    assert not any(s == "leeds" and m == "rank" for s, m, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Stadt Mannheim\n\nAm 25. Mai 2011 wurde Zhang Hui, die Bürgermeisterin von Qingdao, von "
        "Oberbürgermeister Peter Kurz im Rathaus begrüßt.",
        "Stadt Mannheim\n\nAm 25. Mai 2011 wurde die Bürgermeisterin von Qingdao im Rathaus von "
        "Mannheim empfangen.",
    ],
)
def test_visits_german_von_of_an_official_is_no_agent(text: str) -> None:
    """ "die Bürgermeisterin von Qingdao ... begrüßt": "von" after an official names the
    official's place, the guest; the reception is the document's own."""
    found = {(v, h) for v, h, _ in _visits(text)}
    assert ("qingdao", "mannheim") in found
    assert ("mannheim", "qingdao") not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Stadt Kiel\n\n4. Juni 2019\n\nOberbürgermeister Kämpfer ist am Dienstag aus Qingdao "
            "zurückgekehrt.",
            ("kiel", "qingdao"),
        ),
        (
            "Gemeente Breda\n\n4 juni 2019\n\nWethouder De Beer is dinsdag teruggekeerd uit "
            "Yangzhou.",
            ("breda", "yangzhou"),
        ),
        (
            "Ville de Colmar\n\n4 juin 2019\n\nLa délégation colmarienne est revenue de Lishui le "
            "2 juin, après une semaine de rencontres.",
            ("colmar", "lishui"),
        ),
        (
            "City of Leeds\n\n4 June 2019\n\nThe Lord Mayor is back from Dortmund after a "
            "three-day visit.",
            ("leeds", "dortmund"),
        ),
    ],
)
def test_visits_return_told_in_the_perfect(text: str, visit: tuple[str, str]) -> None:
    """ "ist aus Qingdao zurückgekehrt", "is teruggekeerd uit", "est revenue de", "is back
    from": the document's own side visited the place it came back from."""
    found = {(v, h) for v, h, _ in _visits(text)}
    assert visit in found
    assert (visit[1], visit[0]) not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Stadt Kiel\n\n4. Juni 2019\n\nOberbürgermeister Kämpfer empfing am 3. Juni den "
            "Vizebürgermeister von Qingdao im Rathaus.",
            ("qingdao", "kiel", "2019-06-03"),
        ),
        (
            "Ville de Colmar\n\n4 juin 2019\n\nLe maire a reçu le 3 juin le vice-maire de Lishui "
            "à l’hôtel de ville.",
            ("lishui", "colmar", "2019-06-03"),
        ),
        (
            "Gemeente Breda\n\n4 juni 2019\n\nBurgemeester Depla ontving op 3 juni de "
            "loco-burgemeester van Yangzhou.",
            ("yangzhou", "breda", "2019-06-03"),
        ),
    ],
)
def test_visits_deputy_received_names_the_guest_place(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A deputy in one word or with a hyphen ("Vizebürgermeister", "vice-maire",
    "loco-burgemeester") is an official: the place of the one received is the guest."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ville de Colmar\n\nColmar et Lishui sont jumelées depuis 2018. La ville jumelle "
            "compte 2,5 millions d’habitants.",
            ("lishui", "population", 2500000),
        ),
        (
            "Ville de Colmar\n\nColmar et Lishui sont jumelées depuis 2018. Notre ville "
            "partenaire compte 2,5 millions d’habitants.",
            ("lishui", "population", 2500000),
        ),
        (
            "City of Leeds\n\nLeeds and Hangzhou have been sister cities since 1988. Our sister "
            "city has a population of 12 million.",
            ("hangzhou", "population", 12000000),
        ),
        (
            "Stadt Kiel\n\nKiel und Qingdao sind seit 2004 Partnerstädte. Unsere Partnerstadt "
            "zählt rund 9 Millionen Einwohner.",
            ("qingdao", "population", 9000000),
        ),
        (
            "Gemeente Tilburg\n\nTilburg heeft sinds 2010 een stedenband met Yangzhou. Onze "
            "zusterstad telt 4,5 miljoen inwoners.",
            ("yangzhou", "population", 4500000),
        ),
    ],
)
def test_figures_partner_named_by_a_noun_is_the_other_city(
    text: str, figure: tuple[str, str, float]
) -> None:
    """ "la ville jumelle", "notre ville partenaire", "our sister city", "unsere
    Partnerstadt", "onze zusterstad": the partner, not the document's own city."""
    found = _figures(text)
    assert figure in found
    assert not any(m == "population" and v == figure[2] and s != figure[0] for s, m, v in found)


def test_figures_dutch_onze_is_our_not_eleven() -> None:
    """Dutch "onze partnersteden" is "our partner towns", not eleven of them; French "onze
    villes jumelles" still counts eleven."""
    dutch = _figures(
        "Gemeente Tilburg\n\nOnze gemeente onderhoudt banden met onze partnersteden in Polen en "
        "China."
    )
    assert not any(m == "sister_cities" for _, m, _ in dutch)
    french = _figures(
        "Ville de Colmar\n\nLa ville compte onze villes jumelles dans le monde, dont Lishui en "
        "Chine."
    )
    assert ("colmar", "sister_cities", 11) in french


def test_visits_unnamed_partner_in_a_country_is_the_documents_partner() -> None:
    """ "A delegation of officials from Leeds's sister city in China visited this week" with
    the partner named in the next sentence: the partner of that country visits Leeds."""
    text = (
        "News\n\nMay 16, 2019\n\nA delegation of officials from Leeds's sister city in China "
        "visited this week to meet local leaders.\n\nThe visitors represent Hangzhou, which "
        "became a sister city of Leeds in 1988."
    )
    found = {(v, h) for v, h, _ in _visits(text)}
    assert ("hangzhou", "leeds") in found
    assert ("leeds", "hangzhou") not in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "News\n\nMay 16, 2019\n\nThe seven officials from Hangzhou arrived in Leeds on "
            "Monday and will stay until Friday.",
            ("hangzhou", "leeds", "2019-05-13"),
        ),
        (
            "News\n\nMay 16, 2019\n\nThe officials from Hangzhou will travel to Leeds on Monday.",
            ("hangzhou", "leeds", "2019-05-20"),
        ),
    ],
)
def test_visits_weekday_of_a_past_arrival_with_a_plan_after_it(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """ "arrived ... on Monday and will stay until Friday": the Monday past; "will travel ...
    on Monday": the Monday to come."""
    assert visit in _visits(text)
