"""Agreements: which two parties an act has when a sentence or a page names several ties
(issue 2; classes seen in corpus31 e01, corpus33 e05, corpus35 e01 and n03).

- Clauses in verb-second order after a fronted adverb ("Zo heeft A ... met B, is C ...
  verzusterd met D en heeft E ... met F") each report their own subject's act.
- The owner's earlier tie with a third country, named by an anaphor ("The City's only earlier
  tie, the sister city relationship with X", "The County's ... friendship agreement with X"),
  is the own place's, not the new counterpart's named first in the subject line.

Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import own_subject_clauses
from cityties.text import fold


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Zo heeft Gent sinds 2005 een vriendschapsband met Ningbo, is Aalst sinds 2012 "
            "verzusterd met Shaoxing en heeft Brugge sinds 2016 een samenwerkingsakkoord met "
            "Yantai.",
            [{"gent", "ningbo"}, {"aalst", "shaoxing"}, {"brugge", "yantai"}],
            [{"gent", "shaoxing"}, {"gent", "yantai"}, {"aalst", "yantai"}],
        ),
        (
            "Zo heeft Gent sinds 2005 een vriendschapsband met Ningbo en heeft Brugge sinds "
            "2012 een zusterstadrelatie met Shaoxing.",
            [{"gent", "ningbo"}, {"brugge", "shaoxing"}],
            [{"gent", "shaoxing"}, {"gent", "brugge"}],
        ),
        (
            "So ist Stuttgart seit 1985 mit Nanjing verschwistert, hat Mannheim seit 2007 eine "
            "Partnerschaft mit Qingdao und pflegt Heidelberg seit 2009 eine "
            "Städtefreundschaft mit Hangzhou.",
            [{"stuttgart", "nanjing"}, {"mannheim", "qingdao"}, {"heidelberg", "hangzhou"}],
            [{"stuttgart", "qingdao"}, {"stuttgart", "hangzhou"}, {"mannheim", "hangzhou"}],
        ),
        (
            "Ghent has had a friendship link with Ningbo since 2005, and Bruges has had a "
            "sister city relationship with Shaoxing since 2012.",
            [{"ghent", "ningbo"}, {"bruges", "shaoxing"}],
            [{"ghent", "shaoxing"}],
        ),
        (
            "Ainsi, Rennes a signé un pacte d'amitié avec Jinan en 2005, et Brest a conclu un "
            "jumelage avec Dalian en 2012.",
            [{"rennes", "jinan"}, {"brest", "dalian"}],
            [{"rennes", "dalian"}],
        ),
    ],
)
def test_agreements_verb_second_clauses_have_their_own_subject(
    text: str, expected: list[set[str]], wrong: list[set[str]]
) -> None:
    """Each clause's act is its own subject's with its own partner (in Dutch and German
    the finite verb stands before the subject: "en heeft Brugge", "und pflegt
    Heidelberg"); no act gives a later clause's partner to an earlier clause's subject."""
    found = _pairs(text)
    for pair in expected:
        assert frozenset(pair) in found
    for pair in wrong:
        assert frozenset(pair) not in found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Zo heeft Gent een stedenband met Ningbo en heeft Brugge een stedenband met Wuxi",
            "Brugge",
        ),
        (
            "So hat Kiel eine Partnerschaft mit Qingdao und pflegt Lübeck eine Partnerschaft "
            "mit Wuxi",
            "Lübeck",
        ),
        (
            "Zo heeft Gent een stedenband met Ningbo, is Brugge een stedenband met Wuxi aangegaan",
            "Brugge",
        ),
    ],
)
def test_own_subject_clauses_reads_an_inverted_verb(text: str, subject: str) -> None:
    """ "en heeft Brugge", "und pflegt Lübeck", ", is Brugge": a finite verb before a place
    opens a clause of that place, with or without a comma before it."""
    names = ["Gent", "Ningbo", "Brugge", "Kiel", "Qingdao", "Lübeck", "Wuxi"]
    subjects = sorted((text.find(n), text.find(n) + len(n)) for n in names if n in text)
    word = "stedenband" if "stedenband" in text else "Partnerschaft"
    first = text.find(word)
    second = text.find(word, first + 1)
    keywords = [(first, first + len(word)), (second, second + len(word))]
    clauses = own_subject_clauses(text, keywords, subjects, len(text))
    assert 1 in clauses
    s, e = subjects[clauses[1][1]]
    assert text[s:e] == subject


def test_own_subject_clauses_needs_a_verb_before_an_inverted_subject() -> None:
    """A place after "en" that no finite verb precedes is the rest of a list, no subject."""
    text = "Zo heeft Gent een stedenband met Ningbo en Brugge een stedenband met Wuxi"
    names = ["Gent", "Ningbo", "Brugge", "Wuxi"]
    subjects = sorted((text.find(n), text.find(n) + len(n)) for n in names)
    first = text.find("stedenband")
    second = text.find("stedenband", first + 1)
    keywords = [(first, first + 10), (second, second + 10)]
    assert own_subject_clauses(text, keywords, subjects, len(text)) == {}


_REPORTS = [
    (
        "Title: Approve a Friendship City Relationship with Yangzhou, Jiangsu Province, China\n"
        "Attachments: 1. Friendship Agreement between Yangzhou, China and Hobart, Tasmania; "
        "2. Termination of Sister City Relationship with Alnwick\n"
        "Yangzhou first wrote to Hobart in 2022. A delegation from Yangzhou visited Hobart in "
        "May 2024.\n"
        "The City's only earlier international tie, the sister city relationship with Alnwick, "
        "England, established in 1991, was ended by Council in 2016.\n",
        "hobart",
    ),
    (
        "Onderwerp: vriendschapsband met Yangzhou, provincie Jiangsu, China\n"
        "Bijlagen: 1. Vriendschapsovereenkomst tussen Yangzhou, China en Zutphen; 2. "
        "Beëindiging van de stedenband met Alnwick\n"
        "Yangzhou schreef Zutphen in 2022 voor het eerst aan. Een delegatie uit Yangzhou "
        "bezocht Zutphen in mei 2024.\n"
        "De enige eerdere buitenlandse band van de gemeente, de stedenband met Alnwick, "
        "Engeland, gesloten in 1991, werd in 2016 door de raad beëindigd.\n",
        "zutphen",
    ),
    (
        "Objet : pacte d'amitié avec Yangzhou, province du Jiangsu, Chine\n"
        "Annexes : 1. Pacte d'amitié entre Yangzhou, Chine et Vitré ; 2. Fin du jumelage avec "
        "Alnwick\n"
        "Yangzhou a écrit à Vitré en 2022. Une délégation de Yangzhou a visité Vitré en mai "
        "2024.\n"
        "Le seul lien antérieur de la ville, le jumelage avec Alnwick, en Angleterre, conclu "
        "en 1991, a pris fin en 2016.\n",
        "vitre",
    ),
    (
        "Betreff: Freundschaftsvertrag mit Yangzhou, Provinz Jiangsu, China\n"
        "Anlagen: 1. Freundschaftsvertrag zwischen Yangzhou, China und Kempten; 2. Beendigung "
        "der Städtepartnerschaft mit Alnwick\n"
        "Yangzhou schrieb Kempten 2022 zum ersten Mal an. Eine Delegation aus Yangzhou "
        "besuchte Kempten im Mai 2024.\n"
        "Die einzige frühere Verbindung der Stadt, die Städtepartnerschaft mit Alnwick in "
        "England, geschlossen 1991, endete 2016.\n",
        "kempten",
    ),
    (
        "SUBJECT: SISTER-COUNTY RELATIONSHIP WITH WUYI COUNTY, ZHEJIANG PROVINCE, CHINA\n"
        "Sonoma County\n"
        "1. APPROVE in concept a sister-county relationship between Sonoma County and Wuyi "
        "County, Zhejiang Province.\n"
        "On 3 February 2025 the Board received a letter from Wuyi County asking for a "
        "sister-county relationship.\n"
        "The County's only earlier relationship of this kind, a friendship agreement with "
        "Kamiichi, Japan, was signed in 2003.\n",
        "sonoma",
    ),
]


@pytest.mark.parametrize(("text", "own"), _REPORTS)
def test_agreements_earlier_third_country_tie_is_the_own_places(text: str, own: str) -> None:
    """The earlier tie with a town of a third country (England, Japan) is the page's own
    place's; the new Chinese partner named first in the subject line is no party of it."""
    acts = extract(text).doc.agreements
    earlier = [a for a in acts if any(fold(p.name) in ("alnwick", "kamiichi") for p in a.parties)]
    assert earlier
    for a in earlier:
        names = {fold(p.name) for p in a.parties}
        assert own in names
        assert not names & {"yangzhou", "zhejiang", "wuyi"}
