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
