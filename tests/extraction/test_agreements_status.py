"""Agreements: statuses, terms, dates and parties as real writers word them (issue 2,
corpus16): a twinning's place noun that describes a party, a term stated in the next sentence,
"may be renewed" clauses, a month whose year its sentence gives. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import (
    descriptive_place_noun,
    renewable_clause,
)
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("a trade mission to the Chinese sister city in May", "sister city"),
        ("ondertekenden Breda en onze Chinese zusterstad een convenant", "zusterstad"),
        ("signé avec notre ville jumelle un accord", "ville jumelle"),
        ("mit der chinesischen Partnerstadt eine Vereinbarung", "Partnerstadt"),
    ],
)
def test_descriptive_place_noun_names_a_party(text: str, word: str) -> None:
    """A twinning's place noun after an article or possessive, with no name after it, is a
    description of a place."""
    start = text.index(word)
    assert descriptive_place_noun(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the sister city Wuxi sent a delegation", "sister city"),
        ("the sister city agreement was signed", "sister city agreement"),
        ("Lyon and Leeds are sister cities", "sister cities"),
        ("onze zusterstad Yangzhou", "zusterstad"),
    ],
)
def test_descriptive_place_noun_not_a_title_or_an_act(text: str, word: str) -> None:
    """A place noun before a name, an act's own word and a predicate are not descriptions."""
    start = text.index(word)
    assert not descriptive_place_noun(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Oss has been twinned with Taizhou since 2000. In June 2018 Oss and its Chinese"
            " sister city signed a cooperation agreement on elderly care.",
            {"oss", "taizhou"},
            "cooperation_agreement",
        ),
        (
            "Oss heeft sinds 2000 een stedenband met Taizhou. In juni 2018 ondertekenden Oss en"
            " onze Chinese zusterstad een samenwerkingsovereenkomst over ouderenzorg.",
            {"oss", "taizhou"},
            "cooperation_agreement",
        ),
    ],
)
def test_agreements_sister_city_noun_in_another_act_is_no_new_date(
    text: str, pair: set[str], kind: str
) -> None:
    """The date of a sentence that reports another act is not the date of the twinning its
    place noun describes."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[1] == kind and a[2] == "2018-06" for a in acts)
    assert not any(a[1] == "sister_city" and a[2] == "2018-06" for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum can be renewed for another two years.",
        "Het convenant kan daarna stilzwijgend worden verlengd.",
        "Het convenant wordt daarna telkens automatisch verlengd.",
        "L'accord pourra être renouvelé par tacite reconduction.",
        "Die Vereinbarung verlängert sich automatisch um ein Jahr.",
        "The agreement is renewable by mutual consent.",
    ],
)
def test_renewable_clause_found(text: str) -> None:
    """A clause that says an act may be renewed is recognised in the four languages."""
    assert renewable_clause(text.lower(), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum was renewed in 2019.",
        "Het convenant werd in 2020 verlengd.",
        "Het convenant wordt met drie jaar verlengd.",
        "L'accord a été renouvelé en 2018.",
        "Die Vereinbarung wurde 2017 verlängert.",
    ],
)
def test_renewable_clause_not_a_renewal_made(text: str) -> None:
    """A renewal that happened is no "may be renewed" clause."""
    assert not renewable_clause(text.lower(), 0, len(text))


@pytest.mark.parametrize(
    ("text", "pair", "signed", "months"),
    [
        (
            "date 2017-04-19\nL'accord de coopération entre les Yvelines et Shenzhen a été"
            " signé le 9 février 2017. Il est conclu pour une durée de cinq ans et pourra être"
            " renouvelé par tacite reconduction.",
            {"yvelines", "shenzhen"},
            "2017-02-09",
            60,
        ),
        (
            "Leeds and Hangzhou signed a cooperation agreement on 3 May 2016. It runs for three"
            " years and can be extended by mutual consent.",
            {"leeds", "hangzhou"},
            "2016-05-03",
            36,
        ),
    ],
)
def test_agreements_renewable_term_is_no_renewal(
    text: str, pair: set[str], signed: str, months: int
) -> None:
    """ "It may be renewed" after a signing gives the act's term; no renewal is reported."""
    acts = _acts(text)
    assert all(a[5] != "renewed" for a in acts)
    assert any(a[0] == frozenset(pair) and a[2] == signed and a[3] == months for a in acts)


@pytest.mark.parametrize(
    ("text", "pair", "signed", "months", "ends"),
    [
        (
            "Tacoma and Fuzhou signed a memorandum of understanding on 12 May 2023. The MOU will"
            " remain in effect for three years from the date of signature.",
            {"tacoma", "fuzhou"},
            "2023-05-12",
            36,
            "2026-05-12",
        ),
        (
            "In juni 2018 ondertekenden Oss en Taizhou een samenwerkingsovereenkomst over zorg."
            " De overeenkomst is drie jaar geldig.",
            {"oss", "taizhou"},
            "2018-06",
            36,
            "2021-06",
        ),
        (
            "Am 4. März 2019 unterzeichneten Jena und Panyu eine Kooperationsvereinbarung. Die"
            " Vereinbarung hat eine Laufzeit von fünf Jahren.",
            {"jena", "panyu"},
            "2019-03-04",
            60,
            "2024-03-04",
        ),
        (
            "Le 3 mars 2011, Bordeaux et Wuhan ont signé une convention de coopération. Elle est"
            " valable trois ans.",
            {"bordeaux", "wuhan"},
            "2011-03-03",
            36,
            "2014-03-03",
        ),
    ],
)
def test_agreements_term_in_the_next_sentence(
    text: str, pair: set[str], signed: str, months: int, ends: str
) -> None:
    """A term stated in the sentence after the act, with the act as its subject, is the
    act's duration, and its end follows from the signing date."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[2:5] == (signed, months, ends) for a in acts)


def test_agreements_term_of_a_planned_act_in_a_later_sentence() -> None:
    """A council that authorises the signing of an MoU, then states its term: a planned act
    with its duration and no end."""
    text = (
        "The City Council authorizes the Mayor of Tacoma to sign a Memorandum of Understanding"
        " with the City of Fuzhou. The MOU will be signed during the trade mission in May and"
        " will remain in effect for three years."
    )
    acts = _acts(text)
    assert (
        frozenset({"tacoma", "fuzhou"}),
        "memorandum_of_understanding",
        None,
        36,
        None,
        "planned",
    ) in acts


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "In March 2018 Leeds hosted a delegation from Wuxi; in June the two cities signed a"
            " cooperation agreement.",
            "2018-06",
        ),
        (
            "In maart 2018 kwam een delegatie uit Wuxi naar Zwolle; in juni ondertekenden beide"
            " steden een samenwerkingsovereenkomst.",
            "2018-06",
        ),
        (
            "Im März 2018 besuchte eine Delegation aus Wuxi die Stadt Jena; im Juni unterzeichneten"
            " beide Städte eine Kooperationsvereinbarung.",
            "2018-06",
        ),
    ],
)
def test_agreements_month_takes_the_year_of_its_sentence(text: str, signed: str) -> None:
    """A month without a year after a month and year in the same sentence is in that year."""
    acts = _acts(text)
    assert any(a[1] == "cooperation_agreement" and a[2] == signed for a in acts)


def test_dates_month_before_in_the_calendar_stays_unresolved() -> None:
    """ "In October 2018 ...; in March ...": an earlier month may be the next year; without a
    document date it stays unresolved."""
    text = "In October 2018 Leeds hosted a delegation from Wuxi; in March the cities met again."
    dates = extract(text).doc.dates
    march = next(d for d in dates if "March" in d.text)
    assert march.value is None


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "date 2022-06-20\nWorcester and Kleve celebrated thirty years of twinning with a"
            " dinner at the Guildhall.",
            {"worcester", "kleve"},
            "1992",
        ),
        (
            "De stedenband tussen Oss en Neuruppin bestaat in 2018 vijfentwintig jaar.",
            {"oss", "neuruppin"},
            "1993",
        ),
        (
            "date 2019-05-02\nLa Rochelle et Lübeck fêtent trente ans de jumelage.",
            {"la rochelle", "lubeck"},
            "1989",
        ),
        (
            "date 2022-10-06\nDie Städtepartnerschaft zwischen Hanau und Taicang besteht"
            " in diesem Jahr dreißig Jahre.",
            {"hanau", "taicang"},
            "1992",
        ),
    ],
)
def test_agreements_jubilee_counted_in_words(text: str, pair: set[str], signed: str) -> None:
    """Years of a tie written as a word, or counted with "bestaat/besteht ... N jaar", date
    the act that many years before the year given (or the page's year)."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[2] == signed for a in acts)


def test_agreements_jubilee_in_a_relative_clause() -> None:
    """ "..., which will celebrate its twentieth anniversary next year" dates the act just
    named: twenty years before next year."""
    text = (
        "date 2022-06-20\nThe association also looks after Worcester's link with Le Vésinet,"
        " which will celebrate its twentieth anniversary next year."
    )
    acts = _acts(text)
    assert any(a[0] == frozenset({"worcester", "le vesinet"}) and a[2] == "2003" for a in acts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Een verkennend gesprek met het Poolse Krosno over een stedenband met Oss heeft niet"
            " tot een overeenkomst geleid.",
            {"krosno", "oss"},
        ),
        (
            "Die Gespräche zwischen Teltow und Langfang über eine Städtepartnerschaft haben nicht"
            " zu einem Vertrag geführt.",
            {"teltow", "langfang"},
        ),
        (
            "Les échanges entre Châteauroux et Jinhua sur un jumelage n'ont pas conduit à un"
            " accord.",
            {"chateauroux", "jinhua"},
        ),
    ],
)
def test_agreements_talks_that_led_to_nothing_not_concluded(text: str, pair: set[str]) -> None:
    """Talks that "did not lead to an agreement" leave the twinning not concluded."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[5] == "not_concluded" for a in acts)


@pytest.mark.parametrize(
    ("text", "pair", "kind", "signed"),
    [
        (
            "Tilburg en Changzhou sloten in 2012 een vriendschapsband. In 2016 kwam er een"
            " samenwerkingsovereenkomst over logistiek bij.",
            {"tilburg", "changzhou"},
            "cooperation_agreement",
            "2016",
        ),
        (
            "Leeds and Hangzhou signed a friendship agreement in 1988. A memorandum of"
            " understanding on trade followed in 2015.",
            {"leeds", "hangzhou"},
            "memorandum_of_understanding",
            "2015",
        ),
    ],
)
def test_agreements_dated_act_without_places_is_of_the_pair_before(
    text: str, pair: set[str], kind: str, signed: str
) -> None:
    """A dated act of a named kind in a sentence naming no place is one more act of the two
    parties of the act just before."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[1] == kind and a[2] == signed for a in acts)


def test_agreements_undated_act_without_places_is_not_invented() -> None:
    """A sentence about a kind of act in general, with no date and no place, adds no act."""
    text = (
        "Leeds and Hangzhou signed a friendship agreement in 1988. A memorandum of"
        " understanding is a common first step."
    )
    assert {a[1] for a in _acts(text)} == {"friendship"}


def test_agreements_end_on_a_day_the_page_dates() -> None:
    """ "Op 7 juli ... opgezegd" on a page dated July 2021: the act ended on 2021-07-07."""
    text = (
        "date 2021-07-08\nDe gemeente Tilburg heeft op 7 juli de vriendschapsband met"
        " Changzhou opgezegd."
    )
    acts = _acts(text)
    assert any(a[1] == "friendship" and a[4] == "2021-07-07" and a[5] == "ended" for a in acts)


def test_agreements_act_with_a_described_partner_is_not_of_the_pair_before() -> None:
    """A dated act "signed with the Vietnamese capital" has its own partner, even unnamed:
    it is not given the parties of the twinning reported before."""
    text = (
        "Toulouse est jumelée avec Chongqing depuis 1982. Un accord de coopération a été signé"
        " avec la capitale vietnamienne en 2009."
    )
    acts = _acts(text)
    assert not any(a[1] == "cooperation_agreement" and "chongqing" in a[0] for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "Den Haag, 9 april 2021 - De provincie Zuid-Holland en Hebei ondertekenden een"
        " memorandum of understanding.",
        "Rotterdam, 12.05.2019 – De provincie Zuid-Holland en Hebei ondertekenden een"
        " memorandum of understanding.",
    ],
)
def test_agreements_dateline_with_a_date_is_no_party(text: str) -> None:
    """A press release's dateline ("Den Haag, 9 april 2021 - ") names where it was issued,
    not a party of the act the release reports."""
    acts = _acts(text)
    assert any(a[0] == frozenset({"zuid holland", "hebei"}) for a in acts)
    assert not any("den haag" in a[0] or "rotterdam" in a[0] for a in acts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kassel, 3. März 2022. Der Oberbürgermeister setzt die Zusammenarbeit aus. Die"
            " Städtepartnerschaft mit Jaroslawl besteht seit 1988.",
            {"kassel", "jaroslawl"},
        ),
        (
            "Rouen, 4 mars 2022 - Le maire suspend les échanges. Le jumelage avec Saint-Pétersbourg"
            " date de 1992.",
            {"rouen", "saint petersbourg"},
        ),
    ],
)
def test_agreements_dateline_place_named_once_is_the_owner(text: str, pair: set[str]) -> None:
    """The place of a press release's dateline, even named only there, is the party of a
    twinning "with X" that names no other owner."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) for a in acts)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Op 8 april 2021 ondertekenden Zuid-Holland en Hebei een nieuw memorandum, dat loopt"
            " van 2021 tot en met 2025.",
            "2025",
        ),
        (
            "On 8 April 2021 South Holland and Hebei signed a memorandum of understanding"
            " covering 2021-2025.",
            "2025",
        ),
    ],
)
def test_agreements_period_after_the_act_is_its_end(text: str, ends: str) -> None:
    """A period of years right after a dated act's word gives the act's end."""
    acts = _acts(text)
    assert any(a[1] == "memorandum_of_understanding" and a[4] == ends for a in acts)


def test_agreements_dutch_article_het_is_no_pronoun_for_the_act_before() -> None:
    """ "Het vorige memorandum, voor de periode 2016-2020": the article "het" does not make
    the sentence about the friendship reported before."""
    text = (
        "Zuid-Holland en Hebei sloten in 2007 een vriendschapsrelatie. Het vorige memorandum,"
        " voor de periode 2016-2020, is afgelopen."
    )
    acts = _acts(text)
    assert all(a[4] is None for a in acts if a[1] == "friendship")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "date 2023-03-01\nDie am 3. Mai 2022 unterzeichnete Vereinbarung zwischen Jena und"
            " Guangzhou soll den Austausch stärken.",
            "cooperation_agreement",
        ),
        (
            "date 2023-03-01\nThe memorandum of understanding between Leeds and Hangzhou, signed"
            " on 3 May 2022, will strengthen trade links.",
            "memorandum_of_understanding",
        ),
    ],
)
def test_agreements_signed_act_with_a_future_effect_stays_signed(text: str, kind: str) -> None:
    """A signing participle bound to the act ("die am 3. Mai unterzeichnete Vereinbarung",
    "the MoU, signed on 3 May") makes it signed; a future verb after it is about its
    effects."""
    acts = _acts(text)
    assert any(a[1] == kind and a[2] == "2022-05-03" and a[5] == "signed" for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "date 2023-03-01\nDie Kooperationsvereinbarung zwischen Jena und Guangzhou soll im Mai"
        " unterzeichnet werden.",
        "date 2023-03-01\nLeeds and Hangzhou will sign a memorandum of understanding in May.",
    ],
)
def test_agreements_signing_to_come_stays_planned(text: str) -> None:
    """A signing still to come is planned."""
    assert {a[5] for a in _acts(text)} == {"planned"}


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "A memorandum of understanding was signed by Leeds and Hangzhou in 2022.",
            {"leeds", "hangzhou"},
            "memorandum_of_understanding",
        ),
        (
            "The MoU was signed by the mayors of Leeds and Hangzhou in 2022.",
            {"leeds", "hangzhou"},
            "memorandum_of_understanding",
        ),
        (
            "Le protocole d'accord a été signé par Lyon et Wuhan en 2022.",
            {"lyon", "wuhan"},
            "memorandum_of_understanding",
        ),
        (
            "Die Absichtserklärung wurde 2022 von Jena und Guangzhou unterzeichnet.",
            {"jena", "guangzhou"},
            "declaration_of_intent",
        ),
        (
            "De intentieverklaring werd in 2022 door Zwolle en Wuxi ondertekend.",
            {"zwolle", "wuxi"},
            "declaration_of_intent",
        ),
    ],
)
def test_agreements_agents_of_a_passive_signing_are_the_parties(
    text: str, pair: set[str], kind: str
) -> None:
    """ "signed by A and B", "signé par A et B", "von A und B unterzeichnet", "door A en B
    ondertekend": the two agents are the act's parties."""
    acts = _acts(text)
    assert (frozenset(pair), kind, "2022", None, None, "signed") in acts


@pytest.mark.parametrize(
    "text",
    [
        "The sister city agreement between Leeds and Hangzhou, first signed in 1988, provides"
        " for renewal every five years.",
        "Leeds and Hangzhou signed a memorandum of understanding in 2019 with an option to"
        " extend it.",
        "Die Kooperationsvereinbarung zwischen Jena und Guangzhou wurde 2019 unterzeichnet und"
        " wird alle drei Jahre verlängert.",
    ],
)
def test_agreements_renewal_terms_are_no_renewal(text: str) -> None:
    """Terms about renewing ("provides for renewal every five years", "an option to
    extend", "alle drei Jahre verlängert") report no renewal."""
    acts = _acts(text)
    assert acts
    assert all(a[5] == "signed" for a in acts)


def test_agreements_adjective_of_another_act_is_not_the_status() -> None:
    """ "signed a cooperation agreement ... to replace the expired memorandum": the new act
    is signed; "expired" describes the memorandum."""
    text = (
        "Leeds and Hangzhou signed a cooperation agreement on 3 May 2022 to replace the expired"
        " memorandum of 2016."
    )
    acts = _acts(text)
    assert (
        frozenset({"leeds", "hangzhou"}),
        "cooperation_agreement",
        "2022-05-03",
        None,
        None,
        "signed",
    ) in acts


@pytest.mark.parametrize(
    ("text", "pair", "near"),
    [
        ("Worcester is twinned with Le Vésinet, near Paris.", {"worcester", "le vesinet"}, "paris"),
        (
            "Mühlhausen ist seit 1995 mit Kronstadt bei Sankt Petersburg verschwistert.",
            {"muhlhausen", "kronstadt"},
            "sankt petersburg",
        ),
    ],
)
def test_agreements_place_that_locates_a_partner_is_no_partner(
    text: str, pair: set[str], near: str
) -> None:
    """ "Le Vésinet, near Paris", "Kronstadt bei Sankt Petersburg": the second place tells
    where the partner lies; it is no partner."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) for a in acts)
    assert not any(any(near in p for p in a[0]) for a in acts)


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "In 2016 sloten Tilburg en Changzhou een samenwerkingsovereenkomst.",
            {"tilburg", "changzhou"},
            "2016",
        ),
        (
            "1990 schlossen Erfurt und Kalisz einen Partnerschaftsvertrag.",
            {"erfurt", "kalisz"},
            "1990",
        ),
    ],
)
def test_agreements_past_verb_of_concluding_after_a_heading_year(
    text: str, pair: set[str], signed: str
) -> None:
    """'sloten' (Dutch) and 'schlossen' (German), the past of concluding, sign the act in the
    year that opens the sentence."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[2] == signed and a[5] == "signed" for a in acts)


def test_agreements_french_bare_month_takes_the_sentence_year() -> None:
    """'en juin' after 'En mars 2018' in one sentence is June 2018 ('en' before a French
    month name is a preposition; before a Dutch one it stays 'and')."""
    text = (
        "En mars 2018, Poitiers et Yangzhou ont signé une lettre d'intention ; en juin, les "
        "deux villes ont signé un accord de coopération."
    )
    acts = _acts(text)
    assert any(a[1] == "cooperation_agreement" and a[2] == "2018-06" for a in acts)
