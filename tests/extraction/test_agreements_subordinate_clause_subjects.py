"""Agreements: an act told in a clause opened by "where" or "when" after a comma is the
clause's own subject's, not the main clause's (issue 2, acts inside clauses; seen in corpus31,
corpus39 and corpus43: "a delegation of Kitwe City Council travelled to Zhaoqing, where
Zhaoqing University signed a cooperation agreement with the Copperbelt University"). Every
text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import SUBORDINATOR, reported_subjects
from cityties.text import fold


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(fold(p.name) for p in a.parties) for a in extract(text).doc.agreements}


@pytest.mark.parametrize(
    ("text", "subject", "partner", "speaker"),
    [
        (
            "In May a delegation of Leeds City Council travelled to Hangzhou, where Zhejiang "
            "University signed a cooperation agreement with the University of Leeds.",
            "Zhejiang University",
            "University of Leeds",
            "Leeds",
        ),
        (
            "Im Mai reiste eine Delegation der Stadt Jena nach Hangzhou, wo die Zhejiang "
            "University ein Kooperationsabkommen mit der Universität Jena unterzeichnete.",
            "Zhejiang University",
            "Universität Jena",
            "Jena",
        ),
        (
            "En mai, une délégation de la ville de Lyon s'est rendue à Hangzhou, où "
            "l'Université du Zhejiang a signé un accord de coopération avec l'Université de "
            "Lyon.",
            "Université du Zhejiang",
            "Université de Lyon",
            "Lyon",
        ),
        (
            "In mei reisde een delegatie van de gemeente Leiden naar Hangzhou, waar de "
            "Zhejiang University een samenwerkingsovereenkomst tekende met de Universiteit "
            "Leiden.",
            "Zhejiang University",
            "Universiteit Leiden",
            "Leiden",
        ),
    ],
)
def test_subordinate_clause_act_is_its_subjects(
    text: str, subject: str, partner: str, speaker: str
) -> None:
    """The act of the "where" clause binds its subject and its partner, not the town of the
    main clause."""
    pairs = _pairs(text)
    assert frozenset({fold(subject), fold(partner)}) in pairs
    assert not any(fold(speaker) in p and fold(partner) in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leeds sent a delegation to Hangzhou, where Ningbo signed", 2),
        ("Leeds sent a delegation to Hangzhou, when the City of Ningbo signed", 2),
        ("Leeds sent a delegation to Hangzhou and Ningbo signed", -1),
        ("Leeds sent a delegation to Hangzhou, where it met Ningbo and signed", -1),
    ],
)
def test_reported_subjects_finds_the_clause_opener(text: str, expected: int) -> None:
    """Only a name right after ", where" or ", when" (maybe after a government's word) opens
    a clause of its own subject."""
    spans = []
    for name in ("Leeds", "Hangzhou", "Ningbo"):
        at = text.index(name)
        spans.append((at, at + len(name)))
    assert reported_subjects(text, spans, len(text), SUBORDINATOR) == expected


@pytest.mark.parametrize(
    ("text", "subject", "antecedent", "wrong"),
    [
        (
            "The exhibition shows the crafts of the Canton of Fribourg, with which the "
            "province of Limburg signed a cooperation agreement in 2014.",
            "Limburg",
            "Fribourg",
            "Leuven",
        ),
        (
            "Die Ausstellung zeigt das Handwerk der Provinz Anhui, mit der die Stadt Kassel "
            "im Jahr 2014 eine Kooperationsvereinbarung unterzeichnet hat.",
            "Kassel",
            "Anhui",
            "Leuven",
        ),
        (
            "L'exposition présente l'artisanat de la province du Hubei, avec laquelle la "
            "province de Namur a signé un accord de coopération en 2014.",
            "Namur",
            "Hubei",
            "Leuven",
        ),
        (
            "De tentoonstelling toont het handwerk van de provincie Hubei, waarmee de "
            "provincie Limburg in 2014 een samenwerkingsakkoord sloot.",
            "Limburg",
            "Hubei",
            "Leuven",
        ),
    ],
)
def test_with_which_clause_names_its_own_subject(
    text: str, subject: str, antecedent: str, wrong: str
) -> None:
    """An act in a "with which" clause that names its own subject binds that subject and the
    name before the comma."""
    pairs = _pairs(f"Leuven, 3 March 2025\n\n{text}")
    assert frozenset({fold(subject), fold(antecedent)}) in pairs
    assert not any(fold(wrong) in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "institutions", "towns", "home"),
    [
        (
            "Manitoba and Shandong mark 30 years of partnership\n\nManitoba and the Chinese "
            "province of Shandong are marking the 30th anniversary of their sister-province "
            "relationship today in Winnipeg.\n\nManitoba's capital, Winnipeg, has been twinned "
            "with Jinan, the provincial capital of Shandong, since 1995, and the University of "
            "Manitoba signed a memorandum of understanding with Shandong University in 2015.",
            ("University of Manitoba", "Shandong University"),
            None,
            "Manitoba",
        ),
        (
            "Saguenay reporte son jumelage\n\nLe jumelage entre Saguenay et Qiqihar est "
            "reporté.\n\nRappelons que Saguenay a déjà une entente de coopération avec la "
            "ville de Daqing depuis 2004, et que l'Université du Québec à Chicoutimi (UQAC) a "
            "signé en 2009 un protocole d'accord avec l'Université de Harbin.",
            ("Université du Québec à Chicoutimi", "Université de Harbin"),
            ("Saguenay", "Daqing"),
            "Saguenay",
        ),
        (
            "Sachsen und Hubei feiern 20 Jahre Partnerschaft\n\nSachsen und die chinesische "
            "Provinz Hubei feiern heute in Dresden das 20-jährige Bestehen ihrer Partnerschaft."
            "\n\nDresden unterhält seit 2005 eine Städtepartnerschaft mit Wuhan, und die "
            "Universität Leipzig unterzeichnete 2015 ein Kooperationsabkommen mit der Wuhan "
            "University.",
            ("Universität Leipzig", "Wuhan University"),
            ("Dresden", "Wuhan"),
            "Sachsen",
        ),
        (
            "Gelderland en Hubei vieren 20 jaar vriendschap\n\nGelderland en de Chinese "
            "provincie Hubei vieren vandaag in Arnhem het twintigjarig bestaan van hun "
            "vriendschapsband.\n\nDe hoofdstad Arnhem heeft sinds 2005 een stedenband met "
            "Wuhan, en de Hogeschool Gelderland ondertekende in 2015 een memorandum van "
            "overeenstemming met de Wuhan University.",
            ("Hogeschool Gelderland", "Wuhan University"),
            ("Arnhem", "Wuhan"),
            "Gelderland",
        ),
    ],
)
def test_coordinated_clause_of_an_institution_is_its_own(
    text: str, institutions: tuple[str, str], towns: tuple[str, str] | None, home: str
) -> None:
    """A clause after ", and" (", et que", ", und", ", en") whose subject is a university is
    that university's act with its partner, not the act of the region the page is about; the
    towns keep their own act (the Manitoba text's twinning is read as the province's, another
    matter: not asserted)."""
    pairs = _pairs(text)
    assert frozenset(fold(x) for x in institutions) in pairs
    if towns is not None:
        assert frozenset(fold(x) for x in towns) in pairs
    assert frozenset({fold(home), fold(institutions[1])}) not in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leeds, 3 March 2025\n\nIn 2010 Leeds and Hangzhou signed a friendship agreement. "
            "On the same day, the University of Leeds and Zhejiang University renewed the "
            "exchange agreement they had concluded in 2012.",
            ("University of Leeds", "Zhejiang University"),
        ),
        (
            "Lyon, le 3 mars 2025\n\nEn 2010, Lyon et Wuhan ont signé un accord d'amitié. Le "
            "même jour, l'Université de Lyon et l'Université de Wuhan ont renouvelé l'accord "
            "d'échange qu'elles avaient conclu en 2012.",
            ("Université de Lyon", "Université de Wuhan"),
        ),
        (
            "Kassel, 3. März 2025\n\nIm Jahr 2010 unterzeichneten Kassel und Hangzhou ein "
            "Freundschaftsabkommen. Am selben Tag haben die Universität Kassel und die Zhejiang "
            "University das Austauschabkommen aus dem Jahr 2012 verlängert.",
            ("Universität Kassel", "Zhejiang University"),
        ),
        (
            "Gent, 3 maart 2025\n\nIn 2010 ondertekenden Gent en Ningbo een vriendschapsakkoord. "
            "Dezelfde dag hebben de Universiteit Gent en de Ningbo University de "
            "uitwisselingsovereenkomst uit 2012 verlengd.",
            ("Universiteit Gent", "Ningbo University"),
        ),
    ],
)
def test_definite_act_of_a_subject_pair_is_the_pairs(text: str, pair: tuple[str, str]) -> None:
    """ "A and B renewed the agreement": the definite act word after a pair that is the subject
    of its verb is that pair's act, not the act reported last."""
    acts = extract(text).doc.agreements
    theirs = [a for a in acts if {fold(p.name) for p in a.parties} == {fold(x) for x in pair}]
    assert theirs
    assert any(a.status == "renewed" for a in theirs)
