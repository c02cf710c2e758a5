"""Agreements: dates and statuses of acts as blind writers word them (issue 2, corpus26
classes): a jubilee written with an article or as an adjective of the tie, a day of a meeting
about a jubilee, a new act still to be signed on a trip announced before. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._agreements_status import years_of_tie
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


@pytest.mark.parametrize(
    ("low", "years"),
    [
        ("tilburg heeft al twaalf jaar een stedenband met changzhou", None),
        ("tilburg heeft al vijftien jaar een stedenband met changzhou", 15),
        ("ter gelegenheid van de twintigjarige vriendschapsband met ningbo", 20),
        ("zum fünfzehnjährigen bestehen", None),
        ("die zwanzigjährige städtepartnerschaft mit wuxi", 20),
        ("de 25-jarige stedenband", 25),
        ("the two towns have had forty years a twinning", 40),
        ("le vingtième anniversaire du jumelage", 20),
        ("de tiende verjaardag van de stedenband", 10),
        ("zum dreißigsten jahrestag der partnerschaft", 30),
    ],
)
def test_years_of_tie_with_an_article_or_as_an_adjective(low: str, years: int | None) -> None:
    """A count of years before the tie with an article ("al vijftien jaar een stedenband") or
    joined to it as an adjective ("de twintigjarige vriendschapsband", "die zwanzigjährige
    Städtepartnerschaft") is the tie's age; counts the lexicon lacks ("twaalf") give none."""
    assert years_of_tie(low) == years


@pytest.mark.parametrize(
    "low",
    [
        "een driejarige samenwerkingsovereenkomst met ningbo",
        "ein fünfjähriges abkommen",
        "a five-year partnership agreement",
    ],
)
def test_years_of_tie_not_a_term(low: str) -> None:
    """A count of years joined to an instrument ("een driejarige overeenkomst", "a five-year
    partnership agreement") is its term, not the age of a tie."""
    assert years_of_tie(low) is None


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "date 2021-03-04\nOmdat Zwolle al vijftien jaar een stedenband met Changzhou"
            " onderhoudt, schenkt de Chinese stad een poort.",
            {"zwolle", "changzhou"},
            "2006",
        ),
        (
            "date 2021-03-04\nTer ere van de twintigjarige vriendschapsband tussen Venlo en"
            " Nanning opent het museum een tentoonstelling.",
            {"venlo", "nanning"},
            "2001",
        ),
        (
            "date 2021-03-04\nZur Feier der zwanzigjährigen Städtepartnerschaft zwischen Erfurt"
            " und Xuzhou spielt das Orchester im Rathaus.",
            {"erfurt", "xuzhou"},
            "2001",
        ),
    ],
)
def test_agreements_jubilee_with_an_article_or_an_adjective(
    text: str, pair: set[str], signed: str
) -> None:
    """A tie whose age a sentence gives with an article or as an adjective is dated that
    many years before the page's year."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[2] == signed for a in acts)


@pytest.mark.parametrize(
    ("text", "pair", "signed"),
    [
        (
            "date 2016-05-20\nOp 3 mei bezocht een delegatie uit Ningbo Gent om het tienjarig"
            " bestaan van hun samenwerkingsakkoord te vieren.",
            {"gent", "ningbo"},
            "2006",
        ),
        (
            "date 2016-05-20\nAm 3. Mai sprachen Vertreter aus Leipzig und Ningbo über das"
            " zehnjährige Bestehen ihrer Städtepartnerschaft.",
            {"leipzig", "ningbo"},
            "2006",
        ),
        (
            "date 2016-05-20\nOn 3 May officials of Ghent and Ningbo met to mark the tenth"
            " anniversary of their cooperation agreement.",
            {"ghent", "ningbo"},
            "2006",
        ),
        (
            "date 2016-05-20\nLe 3 mai, des élus de Lyon et de Ningbo ont célébré le dixième"
            " anniversaire de leur accord de coopération.",
            {"lyon", "ningbo"},
            "2006",
        ),
    ],
)
def test_agreements_day_of_a_jubilee_meeting_is_not_the_signing(
    text: str, pair: set[str], signed: str
) -> None:
    """A day and month of the page's year in a sentence about a jubilee, where no verb signs
    the act ("Op 3 mei bezocht ... het tienjarig bestaan van hun samenwerkingsakkoord"), is
    the day of the meeting: the act is dated by the page's year minus the years."""
    acts = _acts(text)
    assert any(a[0] == frozenset(pair) and a[2] == signed for a in acts)


_PACKETS = [
    (
        "date 2015-04-01\nAgenda item 5. Recommendation to approve a Memorandum of"
        " Understanding on Friendly City Relations between Carmel and Wuxi.\n\nMemorandum of"
        " Understanding on Friendly City Relations between Carmel and Wuxi\n\nThe"
        " representatives of Carmel and Wuxi have agreed on establishing friendly city relations"
        " and hereby sign the following Memorandum of Understanding:\n1. Both sides will"
        " promote exchanges in trade and culture.\n",
        {"memorandum_of_understanding", "friendship"},
    ),
    (
        "date 2015-04-01\nAgendapunt 5. De raad wordt voorgesteld in te stemmen met de"
        " intentieverklaring tussen Zwolle en Wuxi.\n\nIntentieverklaring tussen Zwolle en"
        " Wuxi\n\nDe gemeente Zwolle en de stad Wuxi ondertekenen hierbij de volgende"
        " intentieverklaring:\n1. Beide steden bevorderen de uitwisseling in handel en"
        " cultuur.\n",
        {"declaration_of_intent"},
    ),
    (
        "date 2015-04-01\nBeschlussvorlage 5. Der Rat wird gebeten, der Absichtserklärung"
        " zwischen Erfurt und Wuxi zuzustimmen.\n\nAbsichtserklärung zwischen Erfurt und"
        " Wuxi\n\nDie Städte Erfurt und Wuxi unterzeichnen hiermit die folgende"
        " Absichtserklärung:\n1. Beide Seiten fördern den Austausch in Handel und Kultur.\n",
        {"declaration_of_intent"},
    ),
    (
        "date 2015-04-01\nDélibération 5. Le conseil municipal est invité à approuver la lettre"
        " d'intention entre Lyon et Wuxi.\n\nLettre d'intention entre Lyon et Wuxi\n\nLes"
        " villes de Lyon et de Wuxi signent par la présente la lettre d'intention suivante :\n1."
        " Les deux parties favorisent les échanges dans le commerce et la culture.\n",
        {"letter_of_intent"},
    ),
]


@pytest.mark.parametrize(("text", "kinds"), _PACKETS)
def test_agreements_draft_put_to_the_council_is_planned(text: str, kinds: set[str]) -> None:
    """A council item that asks to approve an instrument, followed by the instrument's own
    text ("hereby sign the following Memorandum", "ondertekenen hierbij", "unterzeichnen
    hiermit", "signent par la présente"), reports no signing: the instrument, and the tie it
    would establish, are planned and undated."""
    acts = _acts(text)
    assert {a[1] for a in acts} == kinds
    assert all(a[5] == "planned" and a[2] is None for a in acts)


def test_agreements_performative_text_of_a_signed_act_stays_signed() -> None:
    """A memorandum whose signing the page reports, then quotes with "hereby", stays signed
    and keeps its date."""
    text = (
        "date 2015-04-01\nOn 3 March 2015 the mayors of Carmel and Wuxi signed a Memorandum of"
        " Understanding.\n\nThe cities of Carmel and Wuxi hereby sign the following Memorandum"
        " of Understanding:\n1. Both sides will promote exchanges in trade and culture.\n"
    )
    acts = _acts(text)
    assert [(a[1], a[2], a[5]) for a in acts] == [
        ("memorandum_of_understanding", "2015-03-03", "signed")
    ]


def test_agreements_quoted_instrument_alone_is_signed() -> None:
    """An instrument's text alone on a page ("hereby sign"), with no plan around it, is an act
    with the default status: signed."""
    text = (
        "Memorandum of Understanding between Carmel and Wuxi\n\nThe cities of Carmel and Wuxi"
        " hereby sign the following Memorandum of Understanding:\n1. Both sides will promote"
        " exchanges in trade and culture.\n"
    )
    acts = _acts(text)
    assert [(a[1], a[5]) for a in acts] == [("memorandum_of_understanding", "signed")]


def test_agreements_dated_tie_beside_a_planned_instrument_stays_signed() -> None:
    """A twinning a page dates in a sentence of its own ("sister cities since 1990") is no tie
    of the plan beside it: the memorandum asked for is planned, the twinning stays signed."""
    text = (
        "date 2015-04-01\nRecommendation to approve a Memorandum of Understanding on port"
        " cooperation between Carmel and Wuxi. Carmel and Wuxi have been sister cities since"
        " 1990.\n"
    )
    acts = sorted((a[1], a[2] or "", a[5]) for a in _acts(text))
    assert acts == [
        ("memorandum_of_understanding", "", "planned"),
        ("sister_city", "1990", "signed"),
    ]
