"""Agreements as real writers word them: wordings seen on real city, council, port and news
pages (issue 2, corpus10). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import AgreementFact
from cityties.text import fold


def _agreements(text: str) -> list[AgreementFact]:
    return extract(text).doc.agreements


def _facts(text: str) -> set[tuple[frozenset[str], str, str | None, str]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.signed.iso() if a.signed else None,
            a.status,
        )
        for a in _agreements(text)
    }


@pytest.mark.parametrize(
    ("text", "pair", "year"),
    [
        ("Dole et Tongling ont signé un protocole d'amitié en 2014.", {"dole", "tongling"}, "2014"),
        (
            "Hasselt en Kunming ondertekenden in 2012 een vriendschapsprotocol.",
            {"hasselt", "kunming"},
            "2012",
        ),
        (
            "Celle und Yangzhou unterzeichneten 2011 ein Freundschaftsprotokoll.",
            {"celle", "yangzhou"},
            "2011",
        ),
    ],
)
def test_agreements_friendship_protocol_is_friendship(text: str, pair: set[str], year: str) -> None:
    """A friendship protocol ("protocole d'amitié", "vriendschapsprotocol",
    "Freundschaftsprotokoll") is a friendship act, not an act of another kind."""
    assert _facts(text) == {(frozenset(pair), "friendship", year, "signed")}


@pytest.mark.parametrize(
    ("text", "partner", "end"),
    [
        (
            "The friendship city relationship between Mesa and Guiyang was discontinued in 2020.",
            "guiyang",
            "2020",
        ),
        ("Zwolle zegde in 2021 de stedenband met Tianjin op.", "tianjin", "2021"),
        ("Gera kündigte 2019 die Partnerschaft mit Pernik auf.", "pernik", "2019"),
        ("Die Städtepartnerschaft zwischen Halle und Ufa wurde 2022 eingestellt.", "ufa", "2022"),
    ],
)
def test_agreements_ended_in_more_words(text: str, partner: str, end: str) -> None:
    """ "Discontinued", "eingestellt" and separable verbs around the act ("zegde ... op",
    "kündigte ... auf") end an act; the year is its end."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].status == "ended"
    assert partner in {fold(p.name) for p in found[0].parties}
    assert found[0].ends is not None and found[0].ends.iso() == end


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Die Stadt Erfurt prüft eine Städtepartnerschaft mit Xuzhou.", "xuzhou"),
        ("De gemeente Breda onderzoekt een stedenband met Yangzhou.", "yangzhou"),
        ("La ville de Tours étudie un jumelage avec Luoyang.", "luoyang"),
        (
            "Fresno received a request to establish a friendship city relationship with Kunming.",
            "kunming",
        ),
        ("De gemeente Leiden wil haar contacten met Xiamen omzetten in een stedenband.", "xiamen"),
    ],
)
def test_agreements_act_under_study_is_planned(text: str, partner: str) -> None:
    """An act a town examines, is asked to establish or wants to turn its contacts into is
    planned, not signed."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].status == "planned"
    assert found[0].signed is None
    assert partner in {fold(p.name) for p in found[0].parties}


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "Eine Kooperationsvereinbarung verbindet Jena seit dem 3. Mai 2012 mit der "
            "chinesischen Stadt Xuzhou.",
            {"jena", "xuzhou"},
            "2012-05-03",
        ),
        ("Het samenwerkingsakkoord verbindt Gent sinds 2005 met Wuhan.", {"gent", "wuhan"}, "2005"),
        (
            "A cooperation agreement links Dundee with Nanjing since 2016.",
            {"dundee", "nanjing"},
            "2016",
        ),
    ],
)
def test_agreements_act_that_binds_two_places(text: str, pair: set[str], signed: str) -> None:
    """ "The agreement binds A (since DATE) with B": the act is between the two places and
    runs from that date."""
    assert _facts(text) == {(frozenset(pair), "cooperation_agreement", signed, "signed")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Augsburgs Oberbürgermeisterin Eva Weber und Li Ming, Bürgermeister von Jinan, "
            "unterzeichneten 2019 den Partnerschaftsvertrag.",
            {"augsburg", "jinan"},
        ),
        (
            "Kassels Oberbürgermeister Hans Wolf und sein Amtskollege Zhou Lei aus Qingdao "
            "unterzeichneten 2019 den Partnerschaftsvertrag.",
            {"kassel", "qingdao"},
        ),
    ],
)
def test_agreements_officials_named_with_their_places(text: str, pair: set[str]) -> None:
    """Officials named with their persons ("A's mayor NAME and NAME, mayor of B", "and his
    counterpart NAME from B") sign for their two places."""
    assert _facts(text) == {(frozenset(pair), "sister_city", "2019", "signed")}


@pytest.mark.parametrize(
    "text",
    [
        "Lyon et Canton sont jumelées depuis 1988, Grenoble et Suzhou depuis 1998.",
        "Bremen und Dalian sind seit 1988 Partnerstädte, Hamburg und Shanghai seit 1998.",
        "Gent en Kanazawa zijn sinds 1988 zustersteden, Brugge en Kawasaki sinds 1998.",
        "Leeds and Hangzhou have been twinned since 1988, Derby and Osnabrück since 1998.",
    ],
)
def test_agreements_elliptic_second_pair(text: str) -> None:
    """ "A and B are twinned since 1988, C and D since 1998": two acts, each pair with its own
    year."""
    found = _facts(text)
    assert len(found) == 2, found
    assert {(len(p), t, s) for p, t, s, _ in found} == {
        (2, "sister_city", "1988"),
        (2, "sister_city", "1998"),
    }


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "Shibetsu sent ten representatives to Goulburn in November 2019. At the civic "
            "reception both Mayors signed a joint declaration.",
            "2019-11",
        ),
        (
            "De stuurgroep kwam op 21 november 2023 samen in Hasselt. Daar legden Limburg en "
            "Jiangxi hun afspraken vast in een Memorandum of Understanding.",
            "2023-11-21",
        ),
    ],
)
def test_agreements_signed_at_the_event_before(text: str, signed: str) -> None:
    """An act signed "at the civic reception" or "daar" (at the meeting just reported) takes
    the date of the sentence before."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].signed is not None and found[0].signed.iso() == signed


@pytest.mark.parametrize(
    ("text", "pair", "year"),
    [
        ("Lodi has one Sister City, Kofu, Japan, linked since 1961.", {"lodi", "kofu"}, "1961"),
        (
            "Eupen hat nur eine Partnerstadt, Marche-en-Famenne, seit 1966.",
            {"eupen", "marche en famenne"},
            "1966",
        ),
        ("Ieper heeft één zusterstad, Sherborne, sinds 1970.", {"ieper", "sherborne"}, "1970"),
        (
            "Niort a une seule ville jumelle, Wellingborough, depuis 1959.",
            {"niort", "wellingborough"},
            "1959",
        ),
    ],
)
def test_agreements_one_partner_in_apposition(text: str, pair: set[str], year: str) -> None:
    """ "X has one sister city, Y": the apposition after a single act word names the
    partner."""
    assert _facts(text) == {(frozenset(pair), "sister_city", year, "signed")}


@pytest.mark.parametrize(
    ("text", "renewed", "months"),
    [
        (
            "Met de provincie Hubei sloot Noord-Brabant in 2012 een vriendschapsverdrag, dat in "
            "2019 met vijf jaar werd verlengd.",
            "2019",
            60,
        ),
        (
            "Mainz hat seit 1985 eine Städtepartnerschaft mit Dijon, die im Jahr 2010 für weitere "
            "fünf Jahre erneuert wurde.",
            "2010",
            60,
        ),
        (
            "Zwolle heeft sinds 1964 een stedenband met Lünen, die in 2014 voor nog vijf jaar "
            "werd verlengd.",
            "2014",
            60,
        ),
    ],
)
def test_agreements_renewal_in_a_longer_relative_clause(
    text: str, renewed: str, months: int
) -> None:
    """A relative clause with more words before its verb (", dat in 2019 met vijf jaar werd
    verlengd", ", die im Jahr 2010 für weitere fünf Jahre erneuert wurde") is a renewal beside
    the original act, with its own term."""
    found = {
        (a.status, a.signed.iso() if a.signed else None, a.duration_months)
        for a in _agreements(text)
    }
    assert ("renewed", renewed, months) in found
    assert len(found) == 2, found


def test_agreements_issuing_institution_is_party_of_its_acts() -> None:
    """In a port's press release, "a cooperation agreement with the Port of X" is the issuing
    port's act, not one of a place named earlier."""
    text = (
        "News | Port of Aberdeen\n"
        "Port of Aberdeen signs memorandum with Dalian Port\n\n"
        "Port of Aberdeen has signed a memorandum of understanding with Dalian Port in Dalian.\n"
        "A cooperation agreement with the Port of Esbjerg was signed in 2009."
    )
    found = {(frozenset(fold(p.name) for p in a.parties), a.type) for a in _agreements(text)}
    assert (frozenset({"port aberdeen", "port esbjerg"}), "cooperation_agreement") in found
    assert not any("port esbjerg" in p and any("dalian" in x for x in p) for p, _ in found)


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "date 2019-04-19\nLe Département de la Charente-Maritime et la ville de Qingdao ont "
            "conclu un accord de coopération. La présidente l'a paraphé à Qingdao le 12 mars "
            "dernier.",
            "2019-03-12",
        ),
        (
            "Dover and Calais agreed a cooperation agreement. The Mayor signed it on 3 May 2016.",
            "2016-05-03",
        ),
        (
            "Het college van Venlo sloot een samenwerkingsovereenkomst met Krefeld. De "
            "burgemeester ondertekende het op 4 juni 2015.",
            "2015-06-04",
        ),
    ],
)
def test_agreements_act_as_object_pronoun_is_dated(text: str, signed: str) -> None:
    """ "l'a paraphé le 12 mars", "signed it on 3 May", "ondertekende het op": the act last
    named is dated by the sentence that signs it."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].signed is not None and found[0].signed.iso() == signed


def test_agreements_similar_memoranda_with_dated_partners() -> None:
    """ "has also signed similar memoranda with X (June 2017) and Y (March 2018)": one MoU of
    the same signatory per partner, each with its bracketed date."""
    text = (
        "Port of Aberdeen signed an MoU with Dalian Port in 2018. It has also signed similar "
        "memoranda with Tianjin Port (June 2017) and Ningbo Zhoushan Port (March 2018)."
    )
    found = _facts(text)
    assert (
        frozenset({"port aberdeen", "tianjin port"}),
        "memorandum_of_understanding",
        "2017-06",
        "signed",
    ) in found
    assert (
        frozenset({"port aberdeen", "ningbo zhoushan port"}),
        "memorandum_of_understanding",
        "2018-03",
        "signed",
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        "It followed a friendship agreement that Heilbronn and Taizhou signed in 2009.",
        "Het volgde op een vriendschapsverdrag dat Heilbronn en Taizhou in 2009 sloten.",
        "Il fait suite à un accord d'amitié que Heilbronn et Taizhou ont signé en 2009.",
        "Vorausgegangen war ein Freundschaftsvertrag, den Heilbronn und Taizhou 2009 geschlossen "
        "hatten.",
    ],
)
def test_agreements_parties_in_an_object_relative_clause(text: str) -> None:
    """ "an agreement that A and B signed in 2009" ("que", "den", "dat"): the relative clause
    names the two parties and the year."""
    assert _facts(text) == {(frozenset({"heilbronn", "taizhou"}), "friendship", "2009", "signed")}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Salem, Oregon and Jinzhou, Liaoning province, as well as Bend, Oregon and Xianyang, "
            "Shaanxi province, put their names to sister-city agreements on 12 May 2016.",
            "2016-05-12",
        ),
        (
            "Delft en Jinan, evenals Leiden en Xiamen, ondertekenden in 2015 "
            "vriendschapsovereenkomsten.",
            "2015",
        ),
        (
            "Ulm und Jinan sowie Jena und Xuzhou unterzeichneten 2016 Partnerschaftsverträge.",
            "2016",
        ),
        (
            "Dijon et Shenzhen, ainsi que Nancy et Xi'an, ont signé en 2017 des accords de "
            "jumelage.",
            "2017",
        ),
    ],
)
def test_agreements_coordinated_pairs_sign_one_act_each(text: str, year: str) -> None:
    """ "A and B, as well as C and D, signed agreements": one act per pair (a region or state
    after a comma qualifies its city), both with the sentence's date."""
    found = _agreements(text)
    assert len(found) == 2, found
    assert all(len(a.parties) == 2 for a in found)
    assert {a.signed.iso() if a.signed else None for a in found} == {year}
    firsts = {fold(a.parties[0].name) for a in found} | {fold(a.parties[1].name) for a in found}
    assert len(firsts) == 4


def test_agreements_coordinated_pairs_leave_a_named_partner_alone() -> None:
    """With a partner after "with", places before the act word are not read as pairs."""
    found = _agreements("Leeds and Derby, and Hull and York signed agreements with Hangzhou.")
    assert not any(
        {fold(p.name) for p in a.parties} in ({"leeds", "derby"}, {"hull", "york"}) for a in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Limburg en Jiangxi tekenden in 2008 een samenwerkingsakkoord. Een nieuw akkoord over "
        "zorg moet bij het volgende bezoek getekend worden.",
        "Brussels and Beijing signed a cooperation agreement in 2008. A new agreement will be "
        "signed in October.",
        "Lyon et Canton ont signé un accord de coopération en 2008. Un nouvel accord sera signé "
        "en 2026.",
        "Jena und Xuzhou schlossen 2008 eine Kooperationsvereinbarung. Eine neue Vereinbarung "
        "soll 2026 unterzeichnet werden.",
    ],
)
def test_agreements_new_act_to_come_is_planned_beside_the_old(text: str) -> None:
    """ "A new agreement will be signed" after an act of two parties: a planned act of those
    parties, kept apart from the act they signed before."""
    found = {(s, d) for _, t, d, s in _facts(text) if t == "cooperation_agreement"}
    assert found == {("signed", "2008"), ("planned", None)}


@pytest.mark.parametrize(
    "text",
    [
        "date 2023-01-18\nGouda zegde vorig jaar de stedenband met de Chinese stad Wuxi op.",
        "date 2023-01-18\nLast year Leeds ended its twinning with Lille.",
    ],
)
def test_agreements_relative_end_date_resolved_by_the_document_date(text: str) -> None:
    """An act ended "last year" ("vorig jaar") in a dated document ends in the year before."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].status == "ended"
    assert found[0].ends is not None and found[0].ends.iso() == "2022"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Le Département de la Charente-Maritime et la ville de Qingdao ont conclu un accord "
            "de coopération le 12 mars 2019. Conclu pour trois ans, il couvre le tourisme.",
            36,
        ),
        (
            "Dundee and Nanjing signed a cooperation agreement on 4 May 2016. Signed for five "
            "years, it covers trade and education.",
            60,
        ),
        (
            "Venlo en Krefeld sloten op 4 juni 2015 een samenwerkingsovereenkomst. Afgesloten "
            "voor drie jaar, regelt ze de uitwisseling van studenten.",
            36,
        ),
        (
            "Jena und Xuzhou schlossen am 3. Mai 2012 eine Kooperationsvereinbarung. Geschlossen "
            "für fünf Jahre, regelt sie den Austausch.",
            60,
        ),
    ],
)
def test_agreements_fronted_participle_gives_the_term(text: str, months: int) -> None:
    """ "Conclu pour trois ans, il ...", "Signed for five years, it ...": the term of the act
    just reported, and its end from the signing date."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].duration_months == months
    assert found[0].ends is not None and found[0].signed is not None
    assert found[0].ends == found[0].signed.add_months(months)


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "In het najaar verbrak de gemeente Tilburg de stedenrelatie met de Chinese stad "
            "Changzhou.",
            "sister_city",
            "ended",
        ),
        (
            "Die Freundschaft zwischen Jingdezhen und Höhr-Grenzhausen ist im Rathaus besiegelt "
            "worden.",
            "friendship",
            "signed",
        ),
        ("De vriendschap tussen Arnhem en Wuhan werd in 2021 opgezegd.", "friendship", "ended"),
        ("L'amitié entre Pau et Xi'an remonte à 1986.", "friendship", "signed"),
        ("The friendship between Tacoma and Kunming dates back to 1994.", "friendship", "signed"),
        (
            "Eutin und Jinhua unterzeichneten 2018 eine Grundsatzvereinbarung.",
            "cooperation_agreement",
            "signed",
        ),
        (
            "Das städtepartnerschaftliche Abkommen zwischen Düsseldorf und Palermo wurde 2016 "
            "unterschrieben.",
            "sister_city",
            "signed",
        ),
        ("En 1946, Orléans se jumelle avec Dundee.", "sister_city", "signed"),
        (
            "Eine Städtepartnerschaft zwischen Remscheid und Luzhou ist nicht angestrebt.",
            "sister_city",
            "not_concluded",
        ),
    ],
)
def test_agreements_more_act_words(text: str, kind: str, status: str) -> None:
    """ "stedenrelatie", "the friendship between A and B" with a status verb,
    "Grundsatzvereinbarung", "städtepartnerschaftliches Abkommen", "se jumelle avec", and a
    twinning "nicht angestrebt" (not sought)."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert (found[0].type, found[0].status) == (kind, status)


@pytest.mark.parametrize(
    "text",
    [
        "The purpose of the programme is friendship between American and Chinese people.",
        "Absichtserklärung über eine Freundschaft zwischen der Stadt Goslar und der Stadt Suzhou",
    ],
)
def test_agreements_bare_friendship_without_status_is_no_act(text: str) -> None:
    """ "friendship between" without a status verb, or as the topic of another act, is no act
    of its own."""
    assert all(a.type != "friendship" for a in _agreements(text))


def test_agreements_french_finite_signing_verb_dates_the_act() -> None:
    """ "Le 15 octobre 1960, Lyon et Francfort signaient une convention de jumelage": the
    imperfect of "signer" is a signing; the sentence's date is the act's."""
    assert _facts(
        "Le 15 octobre 1960, Lyon et Francfort signaient une convention de jumelage."
    ) == {(frozenset({"lyon", "francfort"}), "sister_city", "1960-10-15", "signed")}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "date 2018-09-15\nZe vierden dat tussen Zwolle en Lünen al 25 jaar een stedenband "
            "bestaat.",
            "1993",
        ),
        (
            "date 2019-11-12\nGoulburn celebrated the 20th anniversary of its sister city "
            "arrangement with Shibetsu.",
            "1999",
        ),
        ("date 2020-05-02\nJena und Erlangen sind seit 30 Jahren Partnerstädte.", "1990"),
        ("date 2021-06-01\nRennes et Jinan sont jumelées depuis 35 ans.", "1986"),
        ("date 2021-06-01\nLeeds and Dortmund have been twinned for 52 years.", "1969"),
    ],
)
def test_agreements_age_of_a_tie_dates_it_from_the_document_date(text: str, year: str) -> None:
    """ "al 25 jaar", "the 20th anniversary", "seit 30 Jahren", "depuis 35 ans", "twinned for
    52 years" in a dated document: the act dates from that many years before; how long a tie
    has lasted is no term."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].signed is not None and found[0].signed.iso() == year
    assert found[0].duration_months is None


def test_agreements_age_of_a_tie_without_document_date_gives_no_date() -> None:
    """Without the document's date, "seit 30 Jahren" dates nothing."""
    found = _agreements("Jena und Erlangen sind seit 30 Jahren Partnerstädte.")
    assert len(found) == 1 and found[0].signed is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tustin cancelled its sister city agreement with Matamata in 2014.", "ended"),
        ("Rouen a annulé en 2019 le jumelage avec Wuhan.", "ended"),
        ("Ulm hat die Partnerschaft mit Jinan 2021 abgesagt.", "ended"),
        ("Leeds and Hangzhou are set to sign a friendship agreement.", "planned"),
        ("Gouda en Wuxi gaan in mei een samenwerkingsovereenkomst ondertekenen.", "planned"),
        ("Dijon et Shenzhen vont signer un accord de coopération.", "planned"),
        ("Rouen s'apprête à signer une charte de jumelage avec Norwich.", "planned"),
        ("Halle und Ufa stehen kurz vor der Unterzeichnung einer Städtepartnerschaft.", "planned"),
    ],
)
def test_agreements_cancelled_and_about_to_be_signed(text: str, status: str) -> None:
    """ "cancelled", "annulé", "abgesagt" end an act; "are set to sign", "gaan ...
    ondertekenen", "vont signer", "s'apprête à signer", "stehen kurz vor" plan one."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].status == status


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "A Friendship City relationship between Lodi and Kotka, approved by Council in 1997, "
            "was discontinued in 2012 for lack of activity.",
            "1997",
            "2012",
        ),
        (
            "Die 1995 vom Stadtrat gebilligte Partnerschaft zwischen Gera und Pernik wurde 2019 "
            "beendet.",
            "1995",
            "2019",
        ),
        (
            "De in 2001 goedgekeurde stedenband tussen Delft en Jinan werd in 2022 opgezegd.",
            "2001",
            "2022",
        ),
    ],
)
def test_agreements_ended_act_begins_at_its_approval(text: str, start: str, end: str) -> None:
    """An ended act "approved by Council in 1997" ("gebilligte", "goedgekeurde") began then;
    the year next to the ending verb is its end."""
    found = _agreements(text)
    assert len(found) == 1, found
    assert found[0].status == "ended"
    assert found[0].signed is not None and found[0].signed.iso() == start
    assert found[0].ends is not None and found[0].ends.iso() == end


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Bremen und Dalian sind Partnerstädte. In Lübeck dagegen kam eine Absichtserklärung "
            "mit Lanzhou nicht zustande.",
            {"lubeck", "lanzhou"},
            "declaration_of_intent",
        ),
        (
            "Leeds and Hangzhou are twinned. In Derby, however, a friendship agreement with Wuxi "
            "was signed in 2015.",
            {"derby", "wuxi"},
            "friendship",
        ),
        (
            "Gent en Kanazawa zijn zustersteden. In Brugge daarentegen werd in 2016 een stedenband "
            "met Kawasaki gesloten.",
            {"brugge", "kawasaki"},
            "sister_city",
        ),
        (
            "Lyon et Canton sont jumelées. À Nantes, en revanche, un accord de coopération avec "
            "Jinan a été signé en 2014.",
            {"nantes", "jinan"},
            "cooperation_agreement",
        ),
    ],
)
def test_agreements_fronted_town_with_contrast_is_the_party(
    text: str, pair: set[str], kind: str
) -> None:
    """ "In Lübeck dagegen ...", "In Derby, however, ...": a town that opens a contrasting
    sentence with no other subject is the party, not the place of signing."""
    found = {(frozenset(fold(p.name) for p in a.parties), a.type) for a in _agreements(text)}
    assert (frozenset(pair), kind) in found


def test_agreements_fronted_venue_stays_a_venue() -> None:
    """ "In Chicago, the delegation signed ..." names where, not who."""
    found = _agreements("In Chicago, the delegation signed an MoU with Tianjin.")
    assert not any("chicago" in {fold(p.name) for p in a.parties} for a in found)


def test_agreements_generic_word_after_a_named_kind_keeps_the_kind() -> None:
    """ "a friendly city relationship agreement" is a friendship agreement."""
    assert _facts(
        "Hulunbuir concluded a friendly city relationship agreement with Erdenet in 2016."
    ) == {(frozenset({"hulunbuir", "erdenet"}), "friendship", "2016", "signed")}


@pytest.mark.parametrize(
    ("text", "owner", "kind"),
    [
        (
            "Leeds signed a friendship agreement with Hangzhou in 2015. Similar agreements were "
            "signed with Xi'an (2016) and Wuhan (2017).",
            "leeds",
            "friendship",
        ),
        (
            "Gent sloot in 2015 een samenwerkingsovereenkomst met Wuhan. Soortgelijke "
            "overeenkomsten werden gesloten met Ningbo (2016) en Xiamen (2017).",
            "gent",
            "cooperation_agreement",
        ),
        (
            "Lyon a signé un accord d'amitié avec Canton en 2015. Des accords similaires ont été "
            "signés avec Wuhan (2016) et Xi'an (2017).",
            "lyon",
            "friendship",
        ),
        (
            "Jena schloss 2015 einen Freundschaftsvertrag mit Xuzhou. Ähnliche Vereinbarungen "
            "wurden mit Wuhan (2016) und Jinan (2017) unterzeichnet.",
            "jena",
            "friendship",
        ),
    ],
)
def test_agreements_similar_acts_follow_the_last_one(text: str, owner: str, kind: str) -> None:
    """ "Similar agreements were signed with X (2016) and Y (2017)": acts of the kind and the
    owner of the act just reported, one per partner with its year."""
    found = _agreements(text)
    assert len(found) == 3, found
    assert all(a.type == kind and fold(a.parties[0].name) == owner for a in found)
    assert sorted(a.signed.iso() for a in found if a.signed) == ["2015", "2016", "2017"]
