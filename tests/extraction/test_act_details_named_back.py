"""Agreements: an act named back by a noun that is not its type word ("das Papier", "the
document", "le texte", "het document") takes the date of the signing that sentence reports,
and an act's own word wins over such a noun when the two give other dates (issue 2). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import named_back


def _dated(text: str) -> list[tuple[str, str | None, str]]:
    """(type, signed, status) of every act the text reports, in order."""
    return [
        (a.type, str(a.signed) if a.signed is not None else None, a.status)
        for a in extract(text).doc.agreements
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Beide hatten das Papier am 3. Mai unterzeichnet.", True),
        ("The document was signed on 4 June.", True),
        ("Le maire a paraphé le texte le 12 mars.", True),
        ("Zij hebben het document op 3 mei ondertekend.", True),
        ("De tekst werd op 3 mei getekend.", True),
        ("Das Vertragswerk tritt im September in Kraft.", True),
        ("They signed a document on 4 June.", False),
        ("The mayor read a paper on trade.", False),
        ("The agreement was signed on 4 June.", False),
    ],
)
def test_named_back_tells_a_definite_noun_of_another_kind(sentence: str, expected: bool) -> None:
    """A definite or demonstrative article with "document", "Papier", "texte", "tekst" or
    "Vertragswerk" names an act told before; an indefinite one or an act's type word does
    not."""
    assert named_back(sentence.lower(), 0, len(sentence)) is expected


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "Freundschaft mit Weifang\n\nLohmar und die chinesische Stadt Weifang haben eine "
            "Freundschaftsvereinbarung geschlossen. Bürgermeisterin Anna Berger und der "
            "Vizebürgermeister von Weifang hatten das Papier am 12. April 2018 im Lohmarer "
            "Rathaus unterzeichnet.",
            "2018-04-12",
        ),
        (
            "Friendship with Yangzhou\n\nBrantford and the Chinese city of Yangzhou have "
            "concluded a friendship agreement. Mayor Kevin Davis and Vice Mayor Zhou Lin signed "
            "the document on 9 May 2018 in City Hall.",
            "2018-05-09",
        ),
        (
            "Amitié avec Datong\n\nVierzon et la ville chinoise de Datong ont conclu une "
            "convention d'amitié. Le maire et le vice-maire de Datong avaient paraphé le texte "
            "le 22 mars 2018 à l'hôtel de ville.",
            "2018-03-22",
        ),
        (
            "Vriendschap met Yichang\n\nRoosendaal en de Chinese stad Yichang hebben een "
            "vriendschapsovereenkomst gesloten. Burgemeester Jan de Vries en de "
            "vicaburgemeester van Yichang hadden het document op 14 maart 2018 in het stadhuis "
            "ondertekend.",
            "2018-03-14",
        ),
    ],
)
def test_date_undated_act_named_back_takes_the_signing_date(text: str, signed: str) -> None:
    """An undated act takes the date of the next sentence's signing of "das Papier", "the
    document", "le texte" or "het document"."""
    assert _dated(text) == [("friendship", signed, "signed")]


def test_date_undated_act_word_wins_over_a_noun_named_back() -> None:
    """When a sentence naming the act back and a sentence with the act's word give other
    dates, the act's word gives its signing date (the arrival's day is no signing)."""
    text = (
        "Friendship with Yangzhou\n\nBrantford and the Chinese city of Yangzhou have "
        "concluded a friendship agreement. A delegation arrived in Brantford on 7 May 2018 to "
        "put its signature on the document. Mayor Kevin Davis and Vice Mayor Zhou Lin signed "
        "the agreement on 9 May 2018 in City Hall."
    )
    assert _dated(text) == [("friendship", "2018-05-09", "signed")]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Freundschaft mit Weifang\n\nLohmar und die chinesische Stadt Weifang haben eine "
            "Freundschaftsvereinbarung geschlossen. Bürgermeisterin Anna Berger und der "
            "Vizebürgermeister von Weifang hatten das Papier am 12. April 2018 im Lohmarer "
            "Rathaus unterzeichnet; es gilt zunächst drei Jahre.",
            "2021-04-12",
        ),
        (
            "Friendship with Yangzhou\n\nBrantford and the Chinese city of Yangzhou have "
            "concluded a friendship agreement. Mayor Kevin Davis and Vice Mayor Zhou Lin signed "
            "the document on 9 May 2018 in City Hall. It runs for three years.",
            "2021-05-09",
        ),
        (
            "Amitié avec Datong\n\nVierzon et la ville chinoise de Datong ont conclu une "
            "convention d'amitié. Le maire et le vice-maire de Datong avaient paraphé le texte "
            "le 22 mars 2018 à l'hôtel de ville ; il est conclu pour trois ans.",
            "2021-03-22",
        ),
        (
            "Vriendschap met Yichang\n\nRoosendaal en de Chinese stad Yichang hebben een "
            "vriendschapsovereenkomst gesloten. Burgemeester Jan de Vries en de "
            "vicaburgemeester van Yichang hadden het document op 14 maart 2018 in het stadhuis "
            "ondertekend; zij geldt voor drie jaar.",
            "2021-03-14",
        ),
    ],
)
def test_date_undated_term_of_the_sentence_after_the_signing(text: str, ends: str) -> None:
    """The term the next sentence or clause gives with the act as its subject ("es gilt
    zunächst drei Jahre", "It runs for three years", "il est conclu pour trois ans", "zij
    geldt voor drie jaar") sets the end of an act dated by a signing named back."""
    acts = extract(text).doc.agreements
    assert [(a.duration_months, str(a.ends)) for a in acts] == [(36, ends)]
