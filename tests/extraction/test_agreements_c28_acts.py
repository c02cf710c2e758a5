"""Agreements: classes of acts that blind writers of other sites word (issue 2, corpus28
classes): a twinning deed named by a partnership compound ("Partnerschaftsvertrag",
"partnership agreement", "partnerschapsakte") whose parties the sentence names only through
their officials, and a renewal whose original act is dated in a relative clause with a
finite verb after the date ("dat beide provincies in 2015 tekenden"). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.extractors._party_resolver import ACT_WEIGHTS, act_features, keep_act
from cityties.text import fold
from factsets import ActDetail, ActKey, act_detail, act_key


def _acts(text: str) -> set[ActKey]:
    return {act_key(a) for a in extract(text).doc.agreements}


def _details(text: str) -> set[ActDetail]:
    return {act_detail(a) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Der Oberbürgermeister von Kempten und der Bürgermeister der ostchinesischen"
            " Hafenstadt Wenzhou haben am 4. Juni 2018 den Partnerschaftsvertrag zwischen beiden"
            " Städten unterzeichnet.",
            {"kempten", "wenzhou"},
        ),
        (
            "De burgemeester van Roeselare en de burgemeester van de Chinese havenstad Wenzhou"
            " ondertekenden op 4 juni 2018 de partnerschapsakte.",
            {"roeselare", "wenzhou"},
        ),
    ],
)
def test_agreements_partnership_deed_signed_by_officials(text: str, pair: set[str]) -> None:
    """A partnership compound that names a deed ("Partnerschaftsvertrag", "partnerschapsakte")
    signed by the two places' officials binds the two places named with them, on the date of
    the sentence."""
    assert _acts(text) == {(frozenset(pair), "sister_city", "2018-06-04")}


def test_agreements_bare_partnership_word_gets_no_resolved_parties() -> None:
    """A bare "Partnerschaft" in a sentence that names one place with officials is no act of
    a pair the resolver guesses: the partnership of the sentence has no second place."""
    text = (
        "Der Oberbürgermeister von Kempten sprach am 4. Juni 2018 über die Partnerschaft und"
        " ihre Zukunft."
    )
    assert _acts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Overijssel onderhoudt sinds 2008 een vriendschapsrelatie met Hunan. Het memorandum van"
        " overeenstemming dat beide provincies in 2015 tekenden, is in juni 2019 verlengd.",
        "Overijssel onderhoudt sinds 2008 een vriendschapsrelatie met Hunan. Het memorandum van"
        " overeenstemming dat de provincies in 2015 ondertekenden, werd in juni 2019 verlengd.",
    ],
)
def test_agreements_renewal_of_act_dated_in_dutch_relative_clause(text: str) -> None:
    """ "Het memorandum dat beide provincies in 2015 tekenden, is in juni 2019 verlengd": the
    original act signed in 2015 and its renewal of June 2019, two entries (not one renewal
    dated 2015)."""
    acts = {(k[1], k[2], k[5]) for k in _details(text)}
    assert ("memorandum_of_understanding", "2015", "signed") in acts
    assert ("memorandum_of_understanding", "2019-06", "renewed") in acts


@pytest.mark.parametrize(
    ("text", "pair", "first"),
    [
        (
            "Exeter and Wuhu signed a letter of intent with a view to a cooperation agreement"
            " in 2021.",
            {"exeter", "wuhu"},
            "letter_of_intent",
        ),
        (
            "Leuven en Wuhu ondertekenden in 2021 een intentieverklaring met het oog op een"
            " samenwerkingsakkoord.",
            {"leuven", "wuhu"},
            "declaration_of_intent",
        ),
        (
            "Erfurt und Wuhu unterzeichneten 2021 eine Absichtserklärung im Hinblick auf einen"
            " Kooperationsvertrag.",
            {"erfurt", "wuhu"},
            "declaration_of_intent",
        ),
        (
            "Le maire d'Angers et le vice-maire de Wuhu ont signé en 2021 une lettre d'intention"
            " en vue d'un accord-cadre de coopération.",
            {"angers", "wuhu"},
            "letter_of_intent",
        ),
    ],
)
def test_agreements_act_prepared_by_a_letter_is_planned(
    text: str, pair: set[str], first: str
) -> None:
    """ "a letter of intent with a view to a cooperation agreement", "en vue d'un
    accord-cadre", "im Hinblick auf", "met het oog op": the letter signed, and the agreement
    it prepares between the same parties as a planned act without a date."""
    acts = {(k[1], k[2], k[5]) for k in _details(text) if k[0] == frozenset(pair)}
    assert ("cooperation_agreement", None, "planned") in acts
    assert first in {a[0] for a in acts if a[2] == "signed"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Xinhua | Updated: 2019-05-03\n\nLeeds, a city in West Yorkshire, and the Chinese city"
            " of Wuhu on Thursday signed an agreement to establish a sister-city relationship.",
            {"leeds", "wuhu"},
        ),
        (
            "Xinhua | 3. Mai 2019\n\nErfurt, eine Stadt in Thüringen, und die chinesische Stadt"
            " Wuhu haben am Donnerstag eine Vereinbarung über eine Städtepartnerschaft"
            " unterzeichnet.",
            {"erfurt", "wuhu"},
        ),
        (
            "Xinhua | 3 mai 2019\n\nAngers, une ville de l'Anjou, et la ville chinoise de Wuhu ont"
            " signé jeudi un accord de jumelage.",
            {"angers", "wuhu"},
        ),
        (
            "Xinhua | 3 mei 2019\n\nLeuven, een stad in Vlaams-Brabant, en de Chinese stad Wuhu"
            " ondertekenden donderdag een overeenkomst over een stedenband.",
            {"leuven", "wuhu"},
        ),
        (
            "At the ceremony, the Exeter Chamber of Commerce, the business network for Exeter and"
            " Devon, and the Wuhu Municipal Bureau of Commerce signed a letter of intent in 2019.",
            {"exeter chamber of commerce", "wuhu municipal bureau of commerce"},
        ),
    ],
)
def test_agreements_apposition_between_the_parties(text: str, pair: set[str]) -> None:
    """ "X, a city in Y, and the Chinese city of Z signed ...": the conjunction after the
    apposition joins the second party; neither the places inside the apposition nor a place
    of the page's byline ("Xinhua") is a party."""
    assert {k[0] for k in _acts(text)} == {frozenset(fold(p) for p in pair)}


def test_act_filter_leaves_out_an_act_of_more_than_two_parties() -> None:
    """`act_features` marks an act read with more than two parties (no act of the development
    gold has more), and the filter leaves out such a dated act of four towns and a Chinese city
    while it keeps the same act between two of them."""
    towns = [
        Actor(i * 10, i * 10 + 5, name, "place", f"g:{i}", country="MA", place_kind="city")
        for i, name in enumerate(["Oujda", "Nador", "Berkane", "Jerada"])
    ]
    luoyang = Actor(60, 67, "Luoyang", "place", "g:9", country="CN", place_kind="city")
    assert act_features((*towns, luoyang), "signed", True)["many_parties"] == 1.0
    assert act_features((towns[0], luoyang), "signed", True)["many_parties"] == 0.0
    assert ACT_WEIGHTS["many_parties"] < 0.0
    assert not keep_act((*towns, luoyang), "signed", True)
    assert keep_act((towns[0], luoyang), "signed", True)


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "The delegation of Exeter went on to Wuhu, where the mayor is to discuss a possible"
            " letter of intent between the two port cities.",
            {"exeter", "wuhu"},
            "letter_of_intent",
        ),
        (
            "Erfurt und Wuhu sprechen über eine mögliche Städtepartnerschaft.",
            {"erfurt", "wuhu"},
            "sister_city",
        ),
        (
            "Angers et Wuhu discutent d'une éventuelle charte de jumelage.",
            {"angers", "wuhu"},
            "sister_city",
        ),
        ("Leuven en Wuhu praten over een mogelijke stedenband.", {"leuven", "wuhu"}, "sister_city"),
    ],
)
def test_agreements_possible_act_is_planned(text: str, pair: set[str], kind: str) -> None:
    """ "a possible letter of intent", "eine mögliche Städtepartnerschaft", "une éventuelle
    charte", "een mogelijke stedenband": an act only discussed is planned, undated; "the two
    port cities" names two cities, not two port institutions."""
    acts = {(k[0], k[1], k[2], k[5]) for k in _details(text)}
    assert (frozenset(pair), kind, None, "planned") in acts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In 2019 Exeter and Wuhu signed a memorandum of understanding on becoming sister"
            " cities.",
            "memorandum_of_understanding",
        ),
        (
            "Erfurt und Wuhu unterzeichneten 2019 eine Absichtserklärung über eine Freundschaft.",
            "declaration_of_intent",
        ),
        (
            "Angers et Wuhu ont signé en 2019 une lettre d'intention sur un jumelage.",
            "letter_of_intent",
        ),
        (
            "Leuven en Wuhu tekenden in 2019 een intentieverklaring over een stedenband.",
            "declaration_of_intent",
        ),
    ],
)
def test_agreements_act_kind_after_on_is_the_letters_topic(text: str, kind: str) -> None:
    """ "a memorandum on becoming sister cities", "eine Absichtserklärung über eine
    Freundschaft", "une lettre d'intention sur un jumelage": the letter is the one act; the
    twinning or friendship it is about is no act of its own."""
    assert [k[1] for k in _acts(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mit der Universität in Aalens Partnerstadt Jiaxing wurde am 4. November 2015 ein"
            " Memorandum unterzeichnet.",
            {"aalen", "jiaxing"},
        ),
        (
            "Zhucheng liegt in Bayerns Partnerprovinz Shandong. Bayern ist ein Bundesland.",
            {"bayern", "shandong"},
        ),
        ("Kiels Partnerstadt Brest feiert ein Jubiläum.", {"kiel", "brest"}),
    ],
)
def test_agreements_place_in_genitive_with_its_partner_noun(text: str, pair: set[str]) -> None:
    """ "Aalens Partnerstadt Jiaxing", "Bayerns Partnerprovinz Shandong": the place in the
    genitive is twinned with the partner its noun names, an undated act (not the date of the
    memorandum the sentence signs, not merged into it)."""
    assert (frozenset(pair), "sister_city", None) in _acts(text)
