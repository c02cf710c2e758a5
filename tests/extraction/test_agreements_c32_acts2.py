"""Agreements: Dutch and German compounds whose head is an act noun ("landbouwovereenkomst",
"uitwisselingsakkoord", "Rahmenkooperationsvertrag"), and the original act of a renewal dated
by the year its noun carries ("la convention qui la lie depuis 2009", "des 2015 geschlossenen
Kooperationsvertrags", "het memorandum uit 2019" with the owner implied) (issue 2; corpus21,
corpus25, corpus27, corpus31 and corpus32 classes). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors.agreements import find_keywords
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            a.signed.iso() if a.signed is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Op 3 mei 2024 ondertekenden Gent en Suzhou een landbouwovereenkomst.",
            frozenset({"gent", "suzhou"}),
        ),
        (
            "Am 3. Mai 2024 unterzeichneten Jena und Hangzhou ein Hochschulabkommen.",
            frozenset({"jena", "hangzhou"}),
        ),
        (
            "Der Präsident der Universität Jena unterzeichnete am 3. Mai 2024 einen"
            " Rahmenkooperationsvertrag mit der Zhejiang University.",
            frozenset({"universitat jena", "zhejiang university"}),
        ),
        (
            "De Universiteit Gent en de Fudan University tekenden op 3 mei 2024 een"
            " uitwisselingsakkoord voor drie jaar.",
            frozenset({"universiteit gent", "fudan university"}),
        ),
    ],
)
def test_agreements_compound_with_act_head_is_an_act(text: str, parties: frozenset[str]) -> None:
    """A compound whose head is an act noun is an act of cooperation, dated by its sentence."""
    assert _acts(text) == {(parties, "cooperation_agreement", "signed", "2024-05-03")}


@pytest.mark.parametrize(
    "text",
    [
        "Op 3 mei 2024 ondertekenden Gent en Suzhou een huurovereenkomst.",
        "Am 3. Mai 2024 unterzeichneten Jena und Hangzhou einen Mietvertrag.",
        "Gent en Suzhou sloten in 2024 een regeerakkoord.",
        "Am 3. Mai 2024 unterzeichneten Jena und Hangzhou einen Koalitionsvertrag.",
        "Am 3. Mai 2024 unterzeichneten Jena und Hangzhou eine Terminvereinbarung.",
    ],
)
def test_agreements_compound_of_other_contract_is_no_act(text: str) -> None:
    """A lease, a coalition agreement or an appointment is no act of cooperation."""
    assert extract(text).doc.agreements == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("eine Verlängerung des 2015 geschlossenen Kooperationsvertrags", "Kooperationsvertrags"),
        ("seit der Unterzeichnung des Kooperationsabkommens", "Kooperationsabkommens"),
        ("een nieuw uitwisselings-akkoord", "uitwisselings-akkoord"),
    ],
)
def test_find_keywords_reads_inflected_and_hyphenated_compounds(text: str, word: str) -> None:
    """A genitive ("-vertrags", "-abkommens") and a hyphenated compound are one act word."""
    kws = find_keywords(text)
    assert [text[k.start : k.end] for k in kws] == [word]
    assert kws[0].type == "cooperation_agreement"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "En 2024, la ville de Colmar a renouvelé la convention d'amitié qui la lie depuis"
            " 2009 à la ville de Lijiang.",
            frozenset({"colmar", "lijiang"}),
        ),
        (
            "In 2024 Leeds renewed the friendship agreement that has linked it since 2009 to"
            " Hangzhou.",
            frozenset({"leeds", "hangzhou"}),
        ),
        (
            "In 2024 verlengde Gent het vriendschapsakkoord dat de stad sinds 2009 met Hangzhou"
            " verbindt.",
            frozenset({"gent", "hangzhou"}),
        ),
        (
            "2024 verlängerte Jena die Freundschaftsvereinbarung, die die Stadt seit 2009 mit"
            " Hangzhou verbindet.",
            frozenset({"jena", "hangzhou"}),
        ),
    ],
)
def test_agreements_renewal_of_act_binding_since_year_keeps_original(
    text: str, parties: frozenset[str]
) -> None:
    """The year since which the renewed act binds the parties dates the original act, signed;
    the renewal is dated by its own year."""
    assert _acts(text) == {
        (parties, "friendship", "signed", "2009"),
        (parties, "friendship", "renewed", "2024"),
    }


def test_agreements_renewal_of_act_made_in_year_keeps_original() -> None:
    """ "Eine Verlängerung des 2015 geschlossenen Kooperationsvertrags": the original act of
    2015, signed, and its renewal dated by the signing day."""
    text = (
        "Die Präsidenten der Universität Jena und der Fudan University unterzeichneten am"
        " 10. November 2025 eine Verlängerung des 2015 geschlossenen Kooperationsvertrags um"
        " weitere fünf Jahre."
    )
    parties = frozenset({"universitat jena", "fudan university"})
    assert _acts(text) == {
        (parties, "cooperation_agreement", "signed", "2015"),
        (parties, "cooperation_agreement", "renewed", "2025-11-10"),
    }


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Nieuws van de Hogeschool Zeeland. Een delegatie van de Hogeschool Zeeland bezocht"
            " China. Op maandag 10 november 2025 werd bij de Ocean University of China in"
            " Qingdao het memorandum van overeenstemming uit 2019 met vijf jaar verlengd.",
            frozenset({"hogeschool zeeland", "ocean university china"}),
        ),
        (
            "News from the University of Leeds. A delegation of the University of Leeds visited"
            " China. On 10 November 2025 the memorandum of understanding from 2019 with Fudan"
            " University was renewed for five years.",
            frozenset({"university leeds", "fudan university"}),
        ),
        (
            "Actualités de l'Université de Liège. Une délégation de l'Université de Liège s'est"
            " rendue en Chine. Le 10 novembre 2025, le mémorandum d'entente de 2019 avec"
            " l'Université Fudan a été renouvelé pour cinq ans.",
            frozenset({"universite de liege", "universite fudan"}),
        ),
    ],
)
def test_agreements_renewal_with_owner_implied_keeps_original(
    text: str, parties: frozenset[str]
) -> None:
    """With only the partner named in the sentence, the year the renewed act's noun carries
    still dates the original act apart from its renewal."""
    assert _acts(text) == {
        (parties, "memorandum_of_understanding", "signed", "2019"),
        (parties, "memorandum_of_understanding", "renewed", "2025-11-10"),
    }
