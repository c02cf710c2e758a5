"""Visits worded as real writers word them (issue 2), found with benchmarks/corpus11 in view:
pages dated in their header that give days and months without a year, hosts named by an
adjective and a noun ("the Scottish city of", "de Chinese miljoenenstad"), several partner
towns received at once, a visiting official named with the possessive, receptions of a
delegation named only by its country's adjective, Dutch and German verbs before their
subject, German "stattete X einen Besuch ab" and "war zu einem Arbeitsgespräch im Rathaus",
stays named as nouns ("le séjour d'une délégation"), inhabitants named after their town
("une quarantaine de Manosquins"), and things received that are no guests. Every text is
written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Publié le 06/05/2024 | Ville de Lunel\n\nCe samedi 4 mai, la ville de Lunel a reçu "
            "une délégation de Feltre.",
            ("feltre", "lunel", "2024-05-04"),
        ),
        (
            "Persbericht gemeente Tilburg\nTilburg, 17 juni 2024\n\nBurgemeester Weterings gaat "
            "van 4 tot en met 9 november op werkbezoek naar de Chinese miljoenenstad Chengdu.",
            ("tilburg", "chengdu", "2024-11-04"),
        ),
        (
            "Stadt Gifhorn | Pressemitteilung - 12. Mai 2025\n\nIm Oktober vergangenen Jahres "
            "konnten Vertreter aus Dzierżoniów in Gifhorn begrüßt werden.",
            ("dzierzoniow", "gifhorn", "2024-10"),
        ),
        (
            "Port of Aberdeen | News | 18 June 2024\n\nIn February a delegation from Gothenburg "
            "came to Aberdeen to study our shore power berth.",
            ("gothenburg", "aberdeen", "2024-02"),
        ),
    ],
)
def test_visits_year_from_the_page_date(text: str, visit: tuple[str, str, str]) -> None:
    """A day and month or a month without a year takes the year of the date the page shows
    on a short line at its head; "last"/"vergangenen" with a month after that date is the
    year before."""
    assert visit in _visits(text)


def test_visits_no_page_date_no_year() -> None:
    """Without a date at the head of the page, a day without a year gives no date."""
    text = "Ce samedi 4 mai, la ville de Lunel a reçu une délégation de Feltre."
    assert ("feltre", "lunel", None) in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "The Mayor of Dunedin travelled to the Scottish city of Edinburgh on 14 January 2025.",
            ("dunedin", "edinburgh", "2025-01-14"),
        ),
        (
            "In April 2019 a delegation from Jiaozuo spent three days in its U.S. sister city of "
            "Peoria.",
            ("jiaozuo", "peoria", "2019-04"),
        ),
        (
            "In June 2023 the mayor of Turku travelled to the Estonian capital Tallinn.",
            ("turku", "tallinn", "2023-06"),
        ),
        (
            "In May 2024 the Kiel delegation went to the Polish port city of Gdynia.",
            ("kiel", "gdynia", "2024-05"),
        ),
    ],
)
def test_visits_host_named_with_adjective_and_noun(text: str, visit: tuple[str, str, str]) -> None:
    """A host named after an adjective of country and a noun ("the Estonian capital", "its
    U.S. sister city of") is still the place that follows."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Stadt Landshut\n\nOberbürgermeister Putz begrüßte am 1. Juli 2023 Delegationen aus "
            "den Partnerstädten Schio und Compiègne im Rathaus.",
            {("schio", "landshut", "2023-07-01"), ("compiegne", "landshut", "2023-07-01")},
        ),
        (
            "Le 4 mai 2024, la ville de Lunel a reçu des délégations de ses villes jumelles "
            "Braunfels et Feltre.",
            {("braunfels", "lunel", "2024-05-04"), ("feltre", "lunel", "2024-05-04")},
        ),
        (
            "In May 2024 the City of Hull welcomed delegations from its twin towns Rotterdam and "
            "Szczecin.",
            {("rotterdam", "hull", "2024-05"), ("szczecin", "hull", "2024-05")},
        ),
        (
            "Op 6 mei 2023 ontving Barneveld een delegatie uit de Hongaarse partnersteden "
            "Kiskunfélegyháza en Hajdúnánás.",
            {
                ("kiskunfelegyhaza", "barneveld", "2023-05-06"),
                ("hajdunanas", "barneveld", "2023-05-06"),
            },
        ),
    ],
)
def test_visits_several_partner_towns_received(
    text: str, visits: set[tuple[str, str, str]]
) -> None:
    """Delegations from a list of partner towns ("aus den Partnerstädten A und B", "de ses
    villes jumelles A et B") are one visit per town; "en" in a Dutch list joins two origins
    and is no destination."""
    found = _visits(text)
    assert visits <= found
    assert not any(h in ("hajdunanas", "feltre", "szczecin", "compiegne") for _, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "On 12 March 2024 the City of Leeds hosted Dortmund's Lord Mayor and a delegation of "
            "councillors.",
            ("dortmund", "leeds", "2024-03-12"),
        ),
        (
            "Am 3. Mai 2024 empfing Kiel eine Delegation aus der Partnerstadt Tallinn.",
            ("tallinn", "kiel", "2024-05-03"),
        ),
        (
            "Nous avons accueilli le 11 juin 2024 Jim Halliday, nouveau maire d'Abingdon, à la "
            "mairie d'Argentan.",
            ("abingdon", "argentan", "2024-06-11"),
        ),
        (
            "Stadt Erlangen\n\nHerr Oberbürgermeister Janik begrüßt am 14. September 2024 den "
            "Bürgermeister der Partnerstadt Eskilstuna.",
            ("eskilstuna", "erlangen", "2024-09-14"),
        ),
    ],
)
def test_visits_received_officials_and_inverted_hosts(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A reception of an official of a place ("Dortmund's Lord Mayor", "maire d'Abingdon",
    "den Bürgermeister der Partnerstadt X") or with the host after the verb ("empfing Kiel
    eine Delegation") is a visit of that place to the host."""
    assert visit in _visits(text)


def test_visits_letter_received_is_no_visit() -> None:
    """ "received a letter from the Mayor of X": a thing, no guest."""
    text = (
        "City of Leeds\n\nOn 2 March 2023 the City of Leeds received a letter from the Mayor of "
        "Dortmund about the festival."
    )
    assert not _visits(text)


def test_visits_reception_of_delegation_named_by_country() -> None:
    """ "werd een Hongaarse delegatie ... ontvangen in het gemeentehuis", with no place in
    the sentence: the Hungarian partner named before visits the document's own town."""
    text = (
        "Gemeente Barneveld | Nieuws\n\nVriendschap met Kiskunfélegyháza\n\nOp zaterdag 6 mei "
        "2023 werd een Hongaarse delegatie onder leiding van de burgemeester officieel "
        "ontvangen in het gemeentehuis."
    )
    assert ("kiskunfelegyhaza", "barneveld", "2023-05-06") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Stadt Weiden\n\nAm 7. Oktober 2023 stattete eine Delegation aus Macerata Weiden "
            "einen Besuch ab.",
            ("macerata", "weiden", "2023-10-07"),
        ),
        (
            "Stadt Bocholt\n\nDer Bürgermeister der Partnergemeinde Aalten war am 19. Oktober "
            "2023 zu einem Arbeitsgespräch im Rathaus der Stadt Bocholt.",
            ("aalten", "bocholt", "2023-10-19"),
        ),
        (
            "Ville de Mulhouse\n\nLe séjour d'une délégation de Mahajanga à Mulhouse, du 26 août "
            "au 2 septembre 2024, a marqué les vingt ans du partenariat.",
            ("mahajanga", "mulhouse", "2024-08-26"),
        ),
        (
            "Stadt Delmenhorst\n\nWährend des Aufenthalts einer Delegation aus Borisoglebsk in "
            "Delmenhorst im September 2013 wurde ein Festival besucht.",
            ("borisoglebsk", "delmenhorst", "2013-09"),
        ),
    ],
)
def test_visits_german_calls_and_stays(text: str, visit: tuple[str, str, str]) -> None:
    """ "stattete X einen Besuch ab" without an article, "war ... zu einem Arbeitsgespräch im
    Rathaus der Stadt X", and a stay named as a noun ("le séjour d'une délégation de X à Y",
    "des Aufenthalts einer Delegation aus X in Y") are visits."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Manosque, 5 juillet 2023. Ce sont une quarantaine de Manosquins qui sont partis "
            "pour Voghera le 30 juin 2023.",
            ("manosque", "voghera", "2023-06-30"),
        ),
        (
            "Argentan, 20 juin 2024. Le 11 juin 2024, près de 50 Argentanais se sont rendus à "
            "Abingdon.",
            ("argentan", "abingdon", "2024-06-11"),
        ),
        (
            "Voorschoten, 12 maart 2024. In oktober 2023 reisden twintig Voorschotenaren naar "
            "Saint-Amand-les-Eaux.",
            ("voorschoten", "saint amand les eaux", "2023-10"),
        ),
        (
            "Stadt Erlangen. Im Mai 2024 reisten 48 Erlangerinnen und Erlanger nach Eskilstuna.",
            ("erlangen", "eskilstuna", "2024-05"),
        ),
    ],
)
def test_visits_inhabitants_named_after_their_town(text: str, visit: tuple[str, str, str]) -> None:
    """People named by a noun made from their town ("Manosquins", "Voorschotenaren",
    "Erlangerinnen") travel for that town."""
    assert visit in _visits(text)


def test_visits_delegation_of_partner_town_visits_the_friends() -> None:
    """ "besuchte eine Delegation der polnischen Partnerstadt Zamość ... die Freunde in
    Schwäbisch Hall": Zamość visits, it is not visited."""
    text = (
        "Schwäbisch Hall. Am 12. September 2024 besuchte eine Delegation der polnischen "
        "Partnerstadt Zamość die Freunde in Schwäbisch Hall."
    )
    found = _visits(text)
    assert ("zamosc", "schwabisch hall", "2024-09-12") in found
    assert not any(h == "zamosc" for _, h, _ in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Ville de Vannes | Actualités\n\nVannes a reçu la visite d'une délégation de Fareham, "
            "conduite par le maire de la ville anglaise.\n\nUne cérémonie officielle s'est "
            "déroulée à l'hôtel de ville le samedi 14 septembre 2024.",
            ("fareham", "vannes", "2024-09-14"),
        ),
        (
            "Kendal Gazette | 11 March 2025\n\nA delegation from Rinteln visited Kendal. A "
            "reception was held in the town hall on Friday 7 March 2025.",
            ("rinteln", "kendal", "2025-03-07"),
        ),
    ],
)
def test_visits_dated_by_the_event_beside_them(text: str, visit: tuple[str, str, str]) -> None:
    """An undated visit takes the date of the ceremony or reception the next sentence
    reports."""
    assert visit in _visits(text)


def test_visits_other_dates_beside_are_not_taken() -> None:
    """A date in the next sentence that dates no event is not the visit's date."""
    text = (
        "Kendal Gazette | 11 March 2025\n\nA delegation from Rinteln visited Kendal. The town's "
        "archive is open on Fridays from 9 March 2025."
    )
    assert ("rinteln", "kendal", None) in _visits(text)


def test_visits_that_same_year() -> None:
    """ "and the Mayor of X visited Y that same year": the year of the other clause's date,
    not its month."""
    text = (
        "City of Santa Rosa, California\n\nIn October 2004, Councilmember Rita Gomez visited "
        "Cheonan, and the Mayor of Cheonan visited Santa Rosa that same year."
    )
    found = _visits(text)
    assert ("cheonan", "santa rosa", "2004") in found
    assert ("santa rosa", "cheonan", "2004-10") in found


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Midi Actu | Lunel | Publié le 06/05/2024\n\nUne délégation de Zamość était à Lunel "
            "ce samedi.",
            ("zamosc", "lunel", "2024-05-04"),
        ),
        (
            "date 2023-10-09\nStadt Weiden\n\nAm vergangenen Wochenende stattete eine Delegation "
            "aus Macerata Weiden einen Besuch ab.",
            ("macerata", "weiden", "2023-10-07"),
        ),
        (
            "Kendal Gazette | 11 March 2025\n\nLast weekend a delegation from Rinteln was in "
            "Kendal.",
            ("rinteln", "kendal", "2025-03-08"),
        ),
    ],
)
def test_visits_weekday_and_weekend_from_the_page_date(
    text: str, visit: tuple[str, str, str]
) -> None:
    """ "ce samedi", "am vergangenen Wochenende", "last weekend" on a page dated to the day:
    the last such day before it (a weekend by its Saturday)."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Stadtanzeiger | 12. Juni 2019\n\nLetztes Wochenende besuchte eine Delegation aus "
            "Dalian Bielefeld.",
            "2019-06-08",
        ),
        (
            "The Courier | 12 June 2019\n\nA delegation from Dalian visits Leeds next weekend.",
            "2019-06-15",
        ),
        (
            "Le Courrier | 12 juin 2019\n\nLa semaine dernière, une délégation de Dalian était à "
            "Nancy.",
            "2019-06",
        ),
    ],
)
def test_visits_weekend_and_week_read_as_the_date_mentions_read_them(text: str, iso: str) -> None:
    """A weekend or a week on a page dated by its header only is read as cityties.dates reads
    it ("letztes Wochenende" is the last one, "next weekend" the next one) and dated from the
    page's date: a weekend by its Saturday, a week by its month."""
    assert {v[2] for v in _visits(text)} == {iso}


@pytest.mark.parametrize(
    "text",
    [
        "Stadtanzeiger | 12. Juni 2019\n\nAm gestrigen Dienstagabend empfing Bielefeld eine "
        "Delegation aus Dalian.",
        "Stadtanzeiger | 12. Juni 2019\n\nBeim gestrigen Empfang im Rathaus begrüßte Bielefeld "
        "eine Delegation aus Dalian.",
        "Stadskrant | 12 juni 2019\n\nGistermiddag ontving Gent een delegatie uit Dalian.",
        "Stadskrant | 12 juni 2019\n\nDinsdagavond ontving Gent een delegatie uit Dalian.",
    ],
)
def test_visits_yesterday_and_weekday_compound_from_the_page_header(text: str) -> None:
    """ "gestrigen", "gistermiddag" and a weekday with its part of the day ("Dienstagabend",
    "dinsdagavond") are date mentions; on a page whose header dates it to the day (a Wednesday)
    they are the Tuesday before."""
    assert {v[2] for v in _visits(text)} == {"2019-06-11"}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Gemeente Barneveld\n\nIn het najaar van 2019 was een Barneveldse delegatie voor het "
            "laatst in Kiskunfélegyháza.",
            ("barneveld", "kiskunfelegyhaza", "2019"),
        ),
        (
            "Stadt Kiel\n\nIm Mai 2022 war eine Delegation aus Kiel zuletzt in Tallinn.",
            ("kiel", "tallinn", "2022-05"),
        ),
    ],
)
def test_visits_presence_with_subject_after_verb(text: str, visit: tuple[str, str, str]) -> None:
    """ "was een ... delegatie ... in X", "war eine Delegation aus K ... in X": a past presence
    whose subject follows the verb."""
    assert visit in _visits(text)


def test_visits_presence_of_a_thing_is_no_visit() -> None:
    """ "was de tentoonstelling in X": no delegation, no visit."""
    assert not _visits("In het najaar van 2019 was de tentoonstelling in Kiskunfélegyháza.")


def test_visits_receiving_inhabitants() -> None:
    """ "c'est Manosque qui recevra les Vogheresi": the town of the guests' name visits."""
    text = (
        "Manosque, 5 juillet 2023. Jumelage Manosque-Voghera : trente ans.\n\nL'an prochain, "
        "c'est Manosque qui recevra les Vogheresi, du 14 au 16 juin 2024."
    )
    assert ("voghera", "manosque", "2024-06-14") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Le samedi 4 mai 2024, la ville de Lunel a reçu des délégations de ses villes "
            "jumelles, notamment celles de la ville allemande de Braunfels et de la ville "
            "italienne de Feltre.",
            {("braunfels", "lunel", "2024-05-04"), ("feltre", "lunel", "2024-05-04")},
        ),
        (
            "In May 2024 the City of Hull welcomed delegations from its twin towns, including "
            "those of Rotterdam and Szczecin.",
            {("rotterdam", "hull", "2024-05"), ("szczecin", "hull", "2024-05")},
        ),
    ],
)
def test_visits_delegations_including_those_of(
    text: str, visits: set[tuple[str, str, str]]
) -> None:
    """ "delegations from its twin towns, including those of A and B", "notamment celles de
    la ville allemande de A et de la ville italienne de B": one visit per town named."""
    assert visits <= _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Gemeente Voorschoten\n\nVriendschap met Saint-Amand-les-Eaux. Op 4 mei 2024 kwamen "
            "de Fransen op bezoek in Voorschoten.",
            ("saint amand les eaux", "voorschoten", "2024-05-04"),
        ),
        (
            "Ville d'Avon\n\nJumelage avec Melksham. Samedi 14 septembre 2024, les Anglais ont "
            "été accueillis à la mairie d'Avon.",
            ("melksham", "avon", "2024-09-14"),
        ),
    ],
)
def test_visits_guests_named_by_their_nation(text: str, visit: tuple[str, str, str]) -> None:
    """ "de Fransen", "les Anglais": the partner of that country named before visits."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "On 21 December 2023 a delegation from Hefei paid a working visit at Leiden "
            "University.",
            ("hefei", "leiden university", "2023-12-21"),
        ),
        (
            "Leiden University news\n\nOn 15 October 2024 Leiden University welcomed Professor "
            "Anna Weber of the University of Bayreuth.",
            ("university bayreuth", "leiden university", "2024-10-15"),
        ),
    ],
)
def test_visits_university_news_wordings(text: str, visit: tuple[str, str, str]) -> None:
    """ "paid a working visit at X", "welcomed Professor Y of Z": university news wordings."""
    assert visit in _visits(text)


def test_visits_delegation_named_by_adjective_then_place_visited() -> None:
    """ "besuchte eine Günzburger Delegation mit Stadträten ... vom 23. bis 25. September 2016
    Neustadt in Sachsen": the town of the adjective visits the place after the subject."""
    text = (
        "Neustadt in Sachsen, 26. September 2016\n\n25 Jahre Partnerschaft mit Günzburg. Auf "
        "Einladung unseres Bürgermeisters besuchte eine Günzburger Delegation mit Stadträten und "
        "Verwaltungsmitarbeitern vom 23. bis 25. September 2016 Neustadt in Sachsen."
    )
    assert ("gunzburg", "neustadt", "2016-09-23") in _visits(text)


def test_visits_delegation_of_partner_town_visits_the_friends_these_days() -> None:
    """ "besuchte eine Delegation der ungarischen Partnerstadt X dieser Tage die Freunde in
    Y": X visits Y (undated)."""
    text = (
        "Stadt Mosbach | 18.11.2021\n\nAuf Einladung von Oberbürgermeister Michael Jann besuchte "
        "eine Delegation der ungarischen Partnerstadt Budapest dieser Tage die Freunde in Mosbach."
    )
    found = _visits(text)
    assert ("budapest", "mosbach", None) in found
    assert not any(h == "budapest" for _, h, _ in found)


def test_visits_mission_to_a_list_of_cities() -> None:
    """ "led a trade mission to Mumbai and Chennai": one visit per city."""
    found = _visits("In May 2024 the Lord Mayor of Hull led a trade mission to Mumbai and Chennai.")
    assert {("hull", "mumbai", "2024-05"), ("hull", "chennai", "2024-05")} <= found


def test_visits_participle_clause_then_inhabitants() -> None:
    """ "Arrivés à Mahlberg le 1er juillet 2022, les Malaucéniens ont été accueillis": the
    town of the inhabitants named after the participle clause visits."""
    text = (
        "Mairie de Malaucène | 5 juillet 2022\n\nArrivés vers 17 heures à Mahlberg le 1er juillet "
        "2022, les Malaucéniens ont été accueillis par le bourgmestre."
    )
    assert ("malaucene", "mahlberg", "2022-07-01") in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Gemeente Nieuwkoop | 2 augustus 2019\n\nEind augustus komen de burgemeester en de "
            "loco-burgemeester van Dobruška naar Nieuwkoop.",
            ("dobruska", "nieuwkoop", "2019-08"),
        ),
        (
            "Gemeente Weert | 17 juni 2009\n\nDe burgemeester en wethouders van de gemeente Weert "
            "gaan in oktober 2009 op kennismakingsbezoek naar de Chinese stad Hangzhou.",
            ("weert", "hangzhou", "2009-10"),
        ),
    ],
)
def test_visits_dutch_coming_and_going(text: str, visit: tuple[str, str, str]) -> None:
    """ "komen ... naar X", "gaan ... op kennismakingsbezoek naar X"; several officials "van
    Y" before the destination name the visitor."""
    assert visit in _visits(text)


def test_visits_money_going_to_a_town_is_no_visit() -> None:
    """ "gaat naar" without a visit word is no visit ("de opbrengst gaat naar X")."""
    text = "Gemeente Delft\n\nDe opbrengst van de markt in Delft gaat in mei 2024 naar Rotterdam."
    assert not _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Sunderland Echo | 5 June 2023\n\nA 12-strong delegation from Essen touched down in "
            "Sunderland on Friday 2 June 2023 for a four-day visit.",
            ("essen", "sunderland", "2023-06-02"),
        ),
        (
            "Nordwest-Zeitung | 12. Juni 2024\n\nEine Delegation aus Borisoglebsk ist am Montag, "
            "10. Juni 2024, in Delmenhorst eingetroffen.",
            ("borisoglebsk", "delmenhorst", "2024-06-10"),
        ),
        (
            "Leeds Live | 9 July 2024\n\nMembers of the Dortmund city council spent three days in "
            "Leeds last week.",
            ("dortmund", "leeds", "2024-07"),
        ),
    ],
)
def test_visits_arrivals_and_last_week(text: str, visit: tuple[str, str, str]) -> None:
    """ "touched down in X", "ist ... in X eingetroffen"; "last week" on a page dated to the
    day is the month of that week when it lies in one month."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Stadt Erlangen | 3. Mai 2024\n\nVom 26. bis 29. April 2024 weilte eine Delegation aus "
            "Eskilstuna unter Leitung von Bürgermeister Jimmy Jansson in Erlangen.",
            ("eskilstuna", "erlangen", "2024-04-26"),
        ),
        (
            "Gemeente Leiden | 2 april 2024\n\nOp 28 maart 2024 bezocht een delegatie van de "
            "Duitse partnerstad Krefeld de Leidse binnenstad.",
            ("krefeld", "leiden", "2024-03-28"),
        ),
    ],
)
def test_visits_long_subjects_and_sites_named_by_adjective(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A long subject between "weilte" and "in X" (never read as a place from a word cut in
    two), and a site named by its town's adjective as the object ("de Leidse binnenstad")."""
    found = _visits(text)
    assert visit in found
    assert len(found) == 1


def test_visits_delegation_made_a_working_visit() -> None:
    """ "Une délégation de X a effectué une visite de travail à Y": X visits Y."""
    text = (
        "Ville de Lyon | 2 février 2024\n\nUne délégation de Shanghai a effectué une visite de "
        "travail à Lyon le 30 janvier 2024."
    )
    assert ("shanghai", "lyon", "2024-01-30") in _visits(text)
