"""Agreements: statuses that writers of council minutes, port news and university news word
(issue 2, corpus29 classes, seen also on committee minutes of other towns): an act declined
by a council or committee ("beschließt, keine Städtepartnerschaft ... einzugehen", "besloot
geen stedenband ... aan te gaan", "decided against", "de ne pas conclure"), an act that fell
through after an adverb ("n'a finalement pas abouti", "is uiteindelijk niet doorgegaan",
"daar komt het niet meer van"), and the relation a letter of intent prepares ("en vue
d'établir un jumelage", "with a view to establishing", "im Hinblick auf die Begründung"),
which is planned. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _statuses(text: str) -> set[tuple[frozenset[str], str, str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type, a.status)
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Der Hauptausschuss der Stadt Celle beschließt, keine Städtepartnerschaft mit der"
            " Stadt Yichang einzugehen.",
            {"celle", "yichang"},
        ),
        (
            "Die Stadt Celle wird keine Städtepartnerschaft mit Yichang eingehen.",
            {"celle", "yichang"},
        ),
        (
            "Der Rat der Stadt Celle lehnt eine Städtepartnerschaft mit Yichang ab.",
            {"celle", "yichang"},
        ),
        (
            "De gemeenteraad van Zwolle besloot geen stedenband met Yichang aan te gaan.",
            {"zwolle", "yichang"},
        ),
        (
            "The city council of Bath decided against a sister city relationship with Yichang.",
            {"bath", "yichang"},
        ),
        (
            "Le conseil municipal de Niort a décidé de ne pas conclure de jumelage avec Yichang.",
            {"niort", "yichang"},
        ),
    ],
)
def test_agreements_declined_twinning_is_not_concluded(text: str, pair: set[str]) -> None:
    """A council or committee that declines a twinning with a named partner reports that
    act as not concluded, in all four languages."""
    assert (frozenset(pair), "sister_city", "not_concluded") in _statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Celle und Yichang sind keine Partnerstädte.",
        "Zwolle heeft geen stedenband met Yichang.",
        "Bath and Yichang are not twinned.",
    ],
)
def test_agreements_denied_tie_without_a_decision_is_no_act(text: str) -> None:
    """A sentence that only denies a tie ("sind keine Partnerstädte") reports no act at all."""
    assert _statuses(text) == set()


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Le projet de jumelage entre Niort et Yichang, évoqué en 2019, n'a finalement pas"
            " abouti.",
            {"niort", "yichang"},
            "sister_city",
        ),
        (
            "De samenwerkingsovereenkomst tussen Zwolle en Yichang had dit voorjaar getekend"
            " moeten worden, maar daar komt het nu niet meer van.",
            {"zwolle", "yichang"},
            "cooperation_agreement",
        ),
        (
            "De stedenband tussen Zwolle en Yichang is uiteindelijk niet doorgegaan.",
            {"zwolle", "yichang"},
            "sister_city",
        ),
    ],
)
def test_agreements_act_that_fell_through_after_an_adverb_is_not_concluded(
    text: str, pair: set[str], kind: str
) -> None:
    """An act that "finally did not come about" ("n'a finalement pas abouti", "is
    uiteindelijk niet doorgegaan", "daar komt het niet meer van") is not concluded."""
    assert (frozenset(pair), kind, "not_concluded") in _statuses(text)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        (
            "Le 6 juin 2019, la délégation a assisté à la signature d'une lettre d'intention"
            " entre la ville de Yichang et la commune de Niort, en vue d'établir un jumelage"
            " entre les deux villes.",
            "letter_of_intent",
        ),
        (
            "On 6 June 2019 Yichang and Bath signed a letter of intent with a view to"
            " establishing a sister city relationship.",
            "letter_of_intent",
        ),
        (
            "Am 6. Juni 2019 unterzeichneten Yichang und Celle eine Absichtserklärung im"
            " Hinblick auf die Begründung einer Städtepartnerschaft.",
            "declaration_of_intent",
        ),
        (
            "Op 6 juni 2019 tekenden Yichang en Zwolle een intentieverklaring met het oog op het"
            " aangaan van een stedenband.",
            "declaration_of_intent",
        ),
    ],
)
def test_agreements_relation_a_letter_prepares_is_planned(text: str, letter: str) -> None:
    """A letter of intent signed "with a view to establishing" a twinning is signed; the
    twinning it prepares is planned, not signed."""
    found = {(kind, status) for _, kind, status in _statuses(text)}
    assert (letter, "signed") in found
    assert ("sister_city", "planned") in found
    assert ("sister_city", "signed") not in found


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "On 12 June 2018, four pairs of British and Chinese cities signed cooperation"
            " agreements in London. They are: Leeds of Yorkshire vs. Jinan of Shandong, Bristol"
            " vs. Guangzhou, Derby and Changsha, Hull and Wuxi.",
            [("leeds", "jinan"), ("bristol", "guangzhou"), ("derby", "changsha"), ("hull", "wuxi")],
        ),
        (
            "Am 12. Juni 2018 unterzeichneten drei deutsch-chinesische Städtepaare in Berlin"
            " Kooperationsvereinbarungen. Es sind: Kiel und Qingdao, Lübeck und Wuxi, Rostock und"
            " Dalian.",
            [("kiel", "qingdao"), ("lubeck", "wuxi"), ("rostock", "dalian")],
        ),
        (
            "Op 12 juni 2018 tekenden drie Nederlands-Chinese stedenparen in Den Haag"
            " samenwerkingsovereenkomsten. Het gaat om Leiden en Suzhou, Delft en Jinan, Gouda en"
            " Wuxi.",
            [("leiden", "suzhou"), ("delft", "jinan"), ("gouda", "wuxi")],
        ),
        (
            "Le 12 juin 2018, trois paires de villes françaises et chinoises ont signé des accords"
            " de coopération à Paris. Il s'agit de Brest et Qingdao, Rennes et Jinan, Nantes et"
            " Wuxi.",
            [("brest", "qingdao"), ("rennes", "jinan"), ("nantes", "wuxi")],
        ),
    ],
)
def test_agreements_list_of_pairs_after_plural_acts_gives_one_act_per_pair(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    """A list of city pairs ("A vs. B, C and D, ...") after a sentence on plural acts gives
    one act per pair, never one city tied to every name of the list."""
    found = _pairs(text)
    assert {frozenset(p) for p in pairs} <= found
    first = pairs[0][0]
    assert not any(first in f and pairs[1][1] in f for f in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Institution: Hansestadt Celle\nDer Anfrage der Stadt Yichang auf Begründung einer"
            " Städtepartnerschaft mit Celle wird nicht entsprochen.",
            {"celle", "yichang"},
        ),
        (
            "The council of Bath rejected the proposal of a sister city relationship with Yichang.",
            {"bath", "yichang"},
        ),
        (
            "Een formele zusterband tussen Zwolle en Yichang is er niet, en die komt er ook niet:"
            " de burgemeester heeft een verzoek daartoe afgewezen.",
            {"zwolle", "yichang"},
        ),
        (
            "Le conseil municipal de Niort a rejeté la proposition de jumelage avec Yichang.",
            {"niort", "yichang"},
        ),
    ],
)
def test_agreements_refused_request_for_a_twinning_is_not_concluded(
    text: str, pair: set[str]
) -> None:
    """A request or proposal for a twinning that a council refuses ("wird nicht entsprochen",
    "rejected", "afgewezen", "a rejeté") is a twinning not concluded."""
    assert (frozenset(pair), "sister_city", "not_concluded") in _statuses(text)
