"""Agreements: the formula that closes an act's own text dates that act (issue 2; seen in
corpus24 f03 and f07, corpus31 e04, and on real act texts: "Signed in duplicate in
Washington ... on this 19th day of January", "Fait à ..., le ..." under French protocols).
"This Memorandum was signed in <city> on <date>", "Done at <city> on <date>", "Fait à
<ville>, le <date>", "Geschehen zu <Ort> am <Datum>", "Gedaan te <plaats> op <datum>" give the
signing date of the one undated act the text tells as itself (in its title, or with
"hereby", "hiermit", "hierbij", "le présent"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import closing_formula, own_act
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            a.signed.iso() if a.signed else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("sentence", "closes"),
    [
        ("This Memorandum was signed in Tacoma on 4 May 2017, in two originals.", True),
        ("Done at Kolkata on 23 October 2013 in the English and Chinese languages.", True),
        ("Signed in duplicate in Leeds on 2 March 2009.", True),
        ("Fait à Poitiers, le 12 juin 2014, en deux exemplaires originaux.", True),
        ("Fait en deux exemplaires à Rennes, le 3 mars 2016.", True),
        ("Geschehen zu Kassel am 5. Mai 2011 in zweifacher Ausfertigung.", True),
        ("Unterzeichnet in Erfurt, den 8. Juli 2015.", True),
        ("Gedaan te Gent op 4 juni 2018, in tweevoud.", True),
        ("Signed on 4 May 2017 in Tacoma, in two originals.", True),
        ("Fait le 12 juin 2014 à Poitiers.", True),
        ("Unterzeichnet am 5. Mai 2011 in Kassel.", True),
        ("Ondertekend op 4 juni 2018 te Gent.", True),
        ("Signed on behalf of the council by its clerk.", False),
        ("Signed by both mayors, the memorandum opens a new chapter.", False),
        ("This visit was a success for both cities.", False),
        ("Fait divers: la mairie a fermé lundi.", False),
    ],
)
def test_closing_formula_tells_the_formula(sentence: str, closes: bool) -> None:
    """A sentence opening with a signing formula and a place ("signed in", "done at", "fait
    à", "geschehen zu", "gedaan te") is a closing formula; one with a signing verb and no
    place after it is none."""
    low = sentence.lower()
    assert (closing_formula(low, 0, len(low)) is not None) is closes


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("The two cities hereby agree to establish sister city relations.", True),
        ("Le présent protocole est conclu pour trois ans.", True),
        ("Die beiden Städte vereinbaren hiermit eine Partnerschaft.", True),
        ("Beide steden komen hierbij overeen een stedenband aan te gaan.", True),
        ("The two cities agreed to establish sister city relations in 2010.", False),
        ("Le maire est chargé de l'exécution de la présente délibération.", False),
    ],
)
def test_own_act_tells_the_text_itself(sentence: str, own: bool) -> None:
    """ "hereby", "le présent", "hiermit", "hierbij" tell the act the text itself is; a report
    of an act does not."""
    low = sentence.lower()
    assert own_act(low, 0, len(low)) is own


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Memorandum of Understanding on Sister City Relations between the City of Tacoma"
            " and the City of Fuzhou\n\n"
            "The City of Tacoma and the City of Fuzhou, wishing to deepen the friendship of"
            " their peoples, hereby agree to establish sister city relations.\n\n"
            "The two cities will exchange delegations of officials, teachers and students and"
            " will support contacts between their companies and their ports.\n\n"
            "Each city will name an office that keeps the contacts and prepares a yearly"
            " programme of exchanges.\n\n"
            "This Memorandum was signed in Fuzhou on 14 May 2019, in duplicate, in the English"
            " and Chinese languages.",
            (
                frozenset({"tacoma", "fuzhou"}),
                "memorandum_of_understanding",
                "signed",
                "2019-05-14",
            ),
        ),
        (
            "CONVENTION DE COOPÉRATION DÉCENTRALISÉE ENTRE LA VILLE DE POITIERS ET LA VILLE DE"
            " NANCHANG\n\n"
            "Par la présente, la Ville de Poitiers et la Ville de Nanchang conviennent de"
            " développer leurs échanges dans la culture, l'université et le tourisme.\n\n"
            "Article 1 – Les deux villes organisent chaque année une rencontre de leurs"
            " services.\n\n"
            "Article 2 – Un comité de suivi se réunit une fois par an, en alternance dans"
            " chacune des deux villes.\n\n"
            "Fait à Nanchang, le 9 octobre 2015, en deux exemplaires originaux.",
            (frozenset({"poitiers", "nanchang"}), "cooperation_agreement", "signed", "2015-10-09"),
        ),
        (
            "Kooperationsvereinbarung zwischen der Stadt Kassel und der Stadt Yangzhou\n\n"
            "Die Stadt Kassel und die Stadt Yangzhou vereinbaren hiermit eine Zusammenarbeit"
            " in Kultur, Bildung und Umweltschutz.\n\n"
            "Beide Seiten tauschen jedes Jahr Fachleute ihrer Verwaltungen und Gruppen von"
            " Schülern aus.\n\n"
            "Ein gemeinsamer Ausschuss berät einmal im Jahr über die Vorhaben der beiden"
            " Städte.\n\n"
            "Geschehen zu Kassel am 5. Mai 2011 in zweifacher Ausfertigung.",
            (frozenset({"kassel", "yangzhou"}), "cooperation_agreement", "signed", "2011-05-05"),
        ),
        (
            "Samenwerkingsovereenkomst tussen de gemeente Leeuwarden en de stad Suzhou\n\n"
            "De gemeente Leeuwarden en de stad Suzhou komen hierbij overeen samen te werken op"
            " het gebied van water, cultuur en onderwijs.\n\n"
            "Beide partijen wisselen elk jaar ambtenaren en groepen studenten uit.\n\n"
            "Een gezamenlijke werkgroep stelt elk jaar een programma van activiteiten op.\n\n"
            "Gedaan te Leeuwarden op 4 juni 2018, in tweevoud.",
            (frozenset({"leeuwarden", "suzhou"}), "cooperation_agreement", "signed", "2018-06-04"),
        ),
    ],
)
def test_agreements_closing_formula_dates_the_own_act(
    text: str, act: tuple[frozenset[str], str, str, str | None]
) -> None:
    """The closing formula of an act's text dates the act its title and "hereby" tell."""
    assert act in _acts(text)


def test_agreements_closing_formula_leaves_a_dated_act() -> None:
    """An act dated by its own sentence keeps that date; the closing formula of the text
    dates only an undated act the text tells as itself."""
    text = (
        "Memorandum of Understanding between the City of Tacoma and the City of Fuzhou\n\n"
        "Recalling that the two cities signed a friendship agreement on 3 April 2008, the"
        " parties wish to deepen their cooperation in trade and education.\n\n"
        "The two cities will exchange delegations of officials, teachers and students every"
        " year.\n\n"
        "Each city will name an office that keeps the contacts and prepares the programme.\n\n"
        "Done at Fuzhou on 14 May 2019."
    )
    acts = _acts(text)
    assert (frozenset({"tacoma", "fuzhou"}), "friendship", "signed", "2008-04-03") in acts


def test_agreements_closing_formula_parts_the_own_act_from_a_recital() -> None:
    """A protocol whose title names the same kind of act as a dated recital ("Vu la
    convention ... signée le 4 avril 2001") is an act of its own, dated by its closing
    formula and given the term "le présent protocole" states; the recital's act keeps its
    date."""
    text = (
        "PROTOCOLE DE COOPÉRATION ENTRE LE DÉPARTEMENT DE LA VIENNE ET LA VILLE DE NANCHANG\n\n"
        "Vu la convention de coopération signée le 4 avril 2001 entre le Département de la"
        " Vienne et la ville de Nanchang ;\n\n"
        "Les parties conviennent de ce qui suit :\n\n"
        "Article 1 – Le présent protocole a pour objet de poursuivre les échanges dans"
        " l'agriculture, la santé et l'enseignement supérieur.\n\n"
        "Article 2 – Le présent protocole est conclu pour une durée de trois ans à compter de"
        " sa signature.\n\n"
        "Fait à Poitiers, le 12 juin 2014, en deux exemplaires originaux."
    )
    acts = {
        (a.signed.iso() if a.signed else None, a.duration_months)
        for a in extract(text).doc.agreements
        if frozenset(fold(p.name) for p in a.parties) == frozenset({"vienne", "nanchang"})
        and a.type == "cooperation_agreement"
    }
    assert ("2014-06-12", 36) in acts
    assert any(signed == "2001-04-04" for signed, _ in acts)


@pytest.mark.parametrize(
    ("closing", "signed"),
    [
        ("Signed on 28 November 2023.", "2023-11-28"),
        ("Fait le 3 mars 2016 à Rennes.", "2016-03-03"),
        ("Unterzeichnet am 5. Mai 2011 in Kassel.", "2011-05-05"),
        ("Ondertekend op 4 juni 2018 te Gent.", "2018-06-04"),
    ],
)
def test_agreements_closing_formula_with_the_date_first(closing: str, signed: str) -> None:
    """A closing formula with the date before the place, or with no place, dates the act the
    text's title names."""
    text = (
        "Memorandum of Understanding between Rennes University and Jinan University\n\n"
        "The two universities agree to cooperate in student and staff exchanges and in joint"
        " research on water and food.\n\n" + closing
    )
    dated = {a.signed.iso() if a.signed else None for a in extract(text).doc.agreements}
    assert signed in dated


@pytest.mark.parametrize(
    ("heading", "act"),
    [
        (
            "Memorandum of Understanding\nBetween Rennes University (Rennes, France)\nand\n"
            "Jinan University (Guangzhou, China)",
            "memorandum_of_understanding",
        ),
        (
            "Convention de coopération\nEntre l'Université de Rennes (France)\net\n"
            "l'Université de Jinan (Chine)",
            "cooperation_agreement",
        ),
        (
            "Kooperationsvereinbarung\nzwischen der Universität Rostock (Deutschland)\nund\n"
            "der Jinan University (China)",
            "cooperation_agreement",
        ),
        (
            "Samenwerkingsovereenkomst\ntussen de Universiteit Gent (België)\nen\n"
            "Jinan University (China)",
            "cooperation_agreement",
        ),
    ],
)
def test_agreements_heading_with_parties_on_lines(heading: str, act: str) -> None:
    """An act's heading that gives each party a line of its own, with the conjunction alone
    on the line between them, names the act's two parties; its closing formula dates it."""
    text = (
        heading + "\n\nThe two universities agree to exchange students and staff every year.\n\n"
        "Signed on 28 November 2023."
    )
    found = [
        (len(a.parties), a.type, a.signed.iso() if a.signed else None)
        for a in extract(text).doc.agreements
    ]
    assert (2, act, "2023-11-28") in found
