"""Agreements: the parties an anaphor names (issue 2, corpus30 classes). "The two presidents",
"les deux recteurs", "beide rectoren", "die beiden Präsidenten" (the heads of two
organisations) and "die beiden Universitäten" stand for the two organisations named last;
"the two parties", "les deux parties", "beide partijen", "beide Seiten" (nouns of no kind)
stand for the parties of the act reported last, organisations as well as places. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold

Act = tuple[frozenset[str], str, str | None]


def _acts(text: str) -> set[Act]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            str(a.signed) if a.signed else None,
        )
        for a in extract("date 2019-06-20\n" + text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Northbridge University sent a delegation to China in May 2019. The delegation first"
            " stopped at Nanjing University on 12 May, where the two presidents signed a"
            " memorandum of understanding.",
            {"northbridge university", "nanjing university"},
            "memorandum_of_understanding",
        ),
        (
            "L'Université de Liège a envoyé une délégation en Chine en mai 2019. Le 12 mai, elle"
            " était à l'Université de Nankin, où les deux recteurs ont signé un accord-cadre de"
            " coopération.",
            {"universite de liege", "universite de nankin"},
            "cooperation_agreement",
        ),
        (
            "De Universiteit Gent stuurde in mei 2019 een delegatie naar China. Op 12 mei bezocht"
            " ze de Fudan University, waar beide rectoren een samenwerkingsakkoord ondertekenden.",
            {"universiteit gent", "fudan university"},
            "cooperation_agreement",
        ),
        (
            "Die Universität Trier und die Nanjing University arbeiten seit Jahren zusammen. Am"
            " 12. Mai 2019 unterzeichneten die beiden Universitäten ein Kooperationsabkommen.",
            {"universitat trier", "nanjing university"},
            "cooperation_agreement",
        ),
    ],
)
def test_agreements_two_heads_are_the_two_organisations(
    text: str, pair: set[str], kind: str
) -> None:
    """The heads of two organisations ("the two presidents", "les deux recteurs", "beide
    rectoren") or "die beiden Universitäten" sign for the two organisations named last."""
    assert (frozenset(pair), kind, "2019-05-12") in _acts(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leeds University and Fudan University have been partners since 2013, when a"
            " framework agreement was signed in Shanghai. On 14 March 2017 a specific agreement"
            " on a joint laboratory was signed between the two parties.",
            {"leeds university", "fudan university"},
        ),
        (
            "L'Université de Parakou et l'Université normale du Zhejiang sont partenaires depuis"
            " avril 2013, date à laquelle un accord-cadre de coopération a été signé à Jinhua."
            " Le 14 mars 2017, une convention spécifique a été signée entre les deux parties.",
            {"universite de parakou", "universite normale du zhejiang"},
        ),
        (
            "Die Universität Trier und die Fudan University sind seit 2013 Partner, damals wurde"
            " in Shanghai ein Rahmenabkommen unterzeichnet. Am 14. März 2017 unterzeichneten"
            " beide Seiten eine weitere Vereinbarung über ein gemeinsames Labor.",
            {"universitat trier", "fudan university"},
        ),
    ],
)
def test_agreements_two_parties_are_the_last_act_organisations(text: str, pair: set[str]) -> None:
    """ "The two parties" after an act of two organisations is a second act of the same two
    organisations, not an act without parties."""
    acts = _acts(text)
    assert (frozenset(pair), "cooperation_agreement", "2017-03-14") in acts


def test_agreements_two_parties_after_cities_stay_cities() -> None:
    """ "Beide partijen" after an act of two cities still names those two cities."""
    text = (
        "Gent en Ningbo tekenden in 2013 een vriendschapsakkoord. Op 14 maart 2017 ondertekenden"
        " beide partijen een samenwerkingsovereenkomst."
    )
    assert (frozenset({"gent", "ningbo"}), "cooperation_agreement", "2017-03-14") in _acts(text)


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "On 3 May 2019 the Leeds Chamber of Commerce signed a memorandum of understanding with"
            " the Ningbo Chamber of Commerce at a trade forum it organised together with the"
            " British Chambers of Commerce.",
            {"leeds chamber of commerce", "ningbo chamber of commerce"},
            "memorandum_of_understanding",
        ),
        (
            "Le 3 mai 2019, la Chambre de commerce de Lyon a signé un protocole d'accord avec la"
            " Chambre de commerce de Ningbo lors d'un forum organisé en collaboration avec la"
            " Chambre de commerce franco-chinoise.",
            {"chambre de commerce de lyon", "chambre de commerce de ningbo"},
            "memorandum_of_understanding",
        ),
        (
            "Op 3 mei 2019 ondertekende de Kamer van Koophandel Gent een memorandum van"
            " overeenstemming met de Kamer van Koophandel Ningbo op een forum dat ze samen met de"
            " Belgisch-Chinese Kamer van Koophandel organiseerde.",
            {"kamer van koophandel gent", "kamer van koophandel ningbo"},
            "memorandum_of_understanding",
        ),
        (
            "Am 3. Mai 2019 unterzeichnete die IHK Trier eine Absichtserklärung mit der"
            " Handelskammer Ningbo auf einem Forum, das sie gemeinsam mit der"
            " Deutsch-Chinesischen Handelskammer veranstaltet hatte.",
            {"ihk trier", "handelskammer ningbo"},
            "declaration_of_intent",
        ),
    ],
)
def test_agreements_co_organiser_is_no_party(text: str, pair: set[str], kind: str) -> None:
    """The co-organiser of the event where an act was signed ("a forum it organised together
    with X", "organisé en collaboration avec X", "dat ze samen met X organiseerde", "das sie
    gemeinsam mit X veranstaltet hatte") is no party: the act has its two signers only."""
    assert _acts(text) == {(frozenset(fold(p) for p in pair), kind, "2019-05-03")}
