"""Agreements: statuses of acts still to come, renewed and ended (c40). The towns, ports and
sentences are invented for these tests."""

from __future__ import annotations

import re

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import possible_renewal
from cityties.extraction.extractors._agreements_status import before, effective_from
from factsets import ActDetail, act_detail


def _acts(text: str) -> list[ActDetail]:
    return [act_detail(a) for a in extract(text).doc.agreements]


_TAIL = re.compile(r"(?<![\w-])(?:with\s+effect\s+from|per)\s+\Z")


@pytest.mark.parametrize(
    ("text", "word", "floor", "width", "found"),
    [
        ("The pact stops with effect from 1 May.", "1 May", 0, 30, True),
        ("Het verbond stopt per 1 mei.", "1 mei", 0, 30, True),
        # the window is too short to hold the words
        ("The pact stops with effect from 1 May.", "1 May", 0, 8, False),
        # the words stand before the floor (another sentence)
        ("It stops with effect from. 1 May it was.", "1 May", 27, 30, False),
    ],
)
def test_before_reads_a_bounded_window(
    text: str, word: str, floor: int, width: int, found: bool
) -> None:
    """`before` finds a pattern anchored at the position only within `width` characters and
    never before `floor`."""
    low = text.lower()
    assert before(_TAIL, low, low.index(word.lower()), floor, width) is found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The pact can be extended by two years.", "extended"),
        ("Het verbond kan daarna worden verlengd.", "verlengd"),
        ("L'entente pourra être reconduite.", "reconduite"),
        ("Der Vertrag kann danach verlängert werden.", "verlängert"),
    ],
)
def test_possible_renewal_and_effective_from_share_the_window(text: str, word: str) -> None:
    """The renewal an act allows is read through the shared look-back window, in the four
    languages, and not once the floor passes the modal; the day of effect reads the same."""
    low = text.lower()
    at = low.index(word)
    assert possible_renewal(low, at, 0)
    assert not possible_renewal(low, at, at - 1)
    assert not effective_from(low, at, 0)


@pytest.mark.parametrize(
    ("text", "pair", "kind", "first", "second"),
    [
        (
            "In 2015 Dover and Calais signed a memorandum of understanding. Then, on 3 May 2021,"
            " the two towns signed a new memorandum of understanding about tourism.",
            {"dover", "calais"},
            "memorandum_of_understanding",
            "2015",
            "2021-05-03",
        ),
        (
            "Oss en Wuxi tekenden in 2015 een memorandum van overeenstemming. Op 3 mei 2021"
            " ondertekenden beide steden een nieuw memorandum van overeenstemming.",
            {"oss", "wuxi"},
            "memorandum_of_understanding",
            "2015",
            "2021-05-03",
        ),
        (
            "La première convention de coopération entre Vienne et Suzhou a été signée en 2016."
            " Le 3 mai 2022, les deux villes ont signé la nouvelle convention de coopération.",
            {"vienne", "suzhou"},
            "cooperation_agreement",
            "2016",
            "2022-05-03",
        ),
        (
            "Lünen und Wuxi unterzeichneten 2014 eine Kooperationsvereinbarung. Am 3. Mai 2020"
            " unterzeichneten beide Städte eine neue Kooperationsvereinbarung.",
            {"lunen", "wuxi"},
            "cooperation_agreement",
            "2014",
            "2020-05-03",
        ),
    ],
)
def test_agreements_new_act_after_an_earlier_one_is_its_renewal(
    text: str, pair: set[str], kind: str, first: str, second: str
) -> None:
    """A dated act called new after an earlier dated act of the same parties and kind is that
    act's renewal with its own date; the earlier act stays signed with its own date."""
    acts = {(a[0], a[1], a[2], a[5]) for a in _acts(text)}
    assert (frozenset(pair), kind, first, "signed") in acts, acts
    assert (frozenset(pair), kind, second, "renewed") in acts, acts


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021 Dover and Calais signed a new memorandum of understanding.",
        "Oss en Wuxi ondertekenden op 3 mei 2021 een nieuwe samenwerkingsovereenkomst.",
    ],
)
def test_agreements_new_act_alone_stays_signed(text: str) -> None:
    """An act called new with no earlier act of its parties told in the text is signed."""
    assert [a[5] for a in _acts(text)] == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "The ports of Dover and Calais first signed a ferry memorandum of understanding in"
        " 2016, which lapsed in 2019.",
        "De havens van Oss en Wuxi tekenden in 2016 voor het eerst een memorandum van"
        " overeenstemming, dat in 2019 afliep.",
        "Vienne et Suzhou ont signé pour la première fois une convention de coopération en 2016,"
        " laquelle a expiré en 2019.",
        "Lünen und Wuxi unterzeichneten 2016 erstmals eine Kooperationsvereinbarung, die 2019"
        " auslief.",
    ],
)
def test_agreements_first_act_that_lapsed_is_ended(text: str) -> None:
    """An act first signed in one year that lapsed in a later one, told in a relative clause,
    is ended: signed in the first year, ending in the second."""
    acts = _acts(text)
    assert len(acts) == 1, acts
    assert (acts[0][2], acts[0][4], acts[0][5]) == ("2016", "2019", "ended"), acts


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026 Dover and Calais signed a letter of intent. The councils expect a"
        " memorandum of understanding to be signed by Dover and Calais in the near future.",
        "Oss en Wuxi ondertekenen binnenkort een intentieverklaring.",
        "Vienne et Suzhou signent prochainement une lettre d'intention.",
        "Lünen und Wuxi unterzeichnen demnächst eine Absichtserklärung.",
    ],
)
def test_agreements_signing_in_the_near_future_is_planned(text: str) -> None:
    """A signing with an adverb of the near future in its clause is an act still to come."""
    acts = _acts(text)
    assert acts and acts[-1][5] == "planned" and acts[-1][2] is None, acts


@pytest.mark.parametrize(
    "text",
    [
        "The twinning of Dover and Calais, signed in 1990, will be celebrated in the near future.",
        "Oss en Wuxi ondertekenden in 1990 een stedenband; binnenkort volgt een feest.",
    ],
)
def test_agreements_near_future_of_another_clause_keeps_the_signing(text: str) -> None:
    """An adverb of the near future in another clause than the signing leaves the act signed."""
    acts = _acts(text)
    assert [(a[2], a[5]) for a in acts] == [("1990", "signed")], acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oss en Wuxi tekenden in 1990 een stedenband en starten binnenkort met uitwisselingen.",
            [("1990", "signed")],
        ),
        (
            "Vienne et Suzhou ont signé en 1990 un jumelage et lanceront prochainement des"
            " échanges.",
            [("1990", "signed")],
        ),
        (
            "Dover and Calais signed a twinning in 1990 and will in the near future open an"
            " office.",
            [("1990", "signed")],
        ),
        # a list of names is no new clause: the signing stays one to come
        (
            "A memorandum of understanding to be signed by Dover and Calais in the near future.",
            [(None, "planned")],
        ),
    ],
)
def test_agreements_near_future_after_a_conjunction_keeps_the_signing(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """An adverb of the near future in a later coordinated clause ("en starten binnenkort",
    "et lanceront prochainement") leaves a past signing signed in its year."""
    assert [(a[2], a[5]) for a in _acts(text)] == expected


def test_agreements_near_future_beside_a_full_date_keeps_the_signing() -> None:
    """A signing whose clause carries a full date is a dated act, even with an adverb of the
    near future in the same clause."""
    acts = _acts("Gent en Kobe tekenden op 3 mei 2024 een akkoord dat binnenkort ingaat.")
    assert [(a[2], a[5]) for a in acts] == [("2024-05-03", "signed")], acts


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026 Dover and Calais signed a letter of intent. A memorandum of understanding"
        " between Dover and Calais is to follow.",
        "Oss en Wuxi tekenden op 3 mei 2026 een intentieverklaring; een samenwerkingsakkoord"
        " tussen Oss en Wuxi moet volgend schooljaar volgen.",
        "Vienne et Suzhou ont signé le 3 mai 2026 une lettre d'intention. Une convention de"
        " coopération entre Vienne et Suzhou doit suivre.",
        "Lünen und Wuxi unterzeichneten am 3. Mai 2026 eine Absichtserklärung. Eine"
        " Kooperationsvereinbarung zwischen Lünen und Wuxi soll im Frühjahr folgen.",
    ],
)
def test_agreements_act_to_follow_is_planned(text: str) -> None:
    """An act that is to follow the one just signed is planned; the signed one keeps its
    date."""
    acts = _acts(text)
    assert [(a[2], a[5]) for a in acts] == [("2026-05-03", "signed"), (None, "planned")], acts


@pytest.mark.parametrize(
    "text",
    [
        "Oss en Wuxi zijn sinds 1990 zustersteden. Op 3 mei 2020 bevestigden beide"
        " burgemeesters de stedenband opnieuw.",
        "Oss en Wuxi zijn sinds 1990 zustersteden. Op 3 mei 2020 werd de stedenband herbevestigd.",
        "Dover and Calais have been twinned since 1990. On 3 May 2020 the two mayors"
        " reaffirmed the twinning.",
        "Lünen und Wuxi sind seit 1990 Partnerstädte. Am 3. Mai 2020 bekräftigten beide"
        " Bürgermeister die Städtepartnerschaft.",
    ],
)
def test_agreements_reaffirmation_is_a_dated_renewal(text: str) -> None:
    """A tie reaffirmed on a day is renewed on that day; its start keeps its own year."""
    acts = {(a[2], a[5]) for a in _acts(text)}
    assert acts == {("1990", "signed"), ("2020-05-03", "renewed")}, acts


@pytest.mark.parametrize(
    "text",
    [
        "Oss en Wuxi sloten in 2018 een vriendschapsovereenkomst van vijf jaar, die in 2023 na"
        " een korte evaluatie voor vijf jaar werd verlengd.",
        "In 2018 Dover and Calais signed a friendship agreement for five years, which was"
        " renewed in 2023 for another five years.",
        "En 2018, Vienne et Suzhou ont signé une convention d'amitié de cinq ans, qui a été"
        " renouvelée en 2023 pour cinq ans.",
        "2018 unterzeichneten Lünen und Wuxi eine Freundschaftsvereinbarung über fünf Jahre, die"
        " 2023 nach kurzer Prüfung um weitere fünf Jahre verlängert wurde.",
    ],
)
def test_agreements_renewal_in_a_relative_clause_is_a_second_act(text: str) -> None:
    """An act signed in one year and renewed in a later one, the renewal told in a relative
    clause after the act, is two acts: the first signed in its year, the renewal in its own."""
    acts = {(a[2], a[5]) for a in _acts(text)}
    assert acts == {("2018", "signed"), ("2023", "renewed")}, acts


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Im Vordergrund sollen laut Ausschuss zunächst die Städtepartnerschaften von Lünen"
            " mit Dinard (seit 1983) und Tczew (seit 2001) stehen.",
            {
                (frozenset({"lunen", "dinard"}), "1983"),
                (frozenset({"lunen", "tczew"}), "2001"),
            },
        ),
        (
            "CONSIDÉRANT que la ville de Vienne veut renforcer ses liens et est jumelée depuis"
            " 1979 avec Lünen, en Allemagne,",
            {(frozenset({"vienne", "lunen"}), "1979")},
        ),
    ],
)
def test_agreements_tie_standing_since_a_year_is_no_plan(
    text: str, pairs: set[tuple[frozenset[str], str]]
) -> None:
    """A tie told with the year it has stood since, in a sentence about a wish or a plan, is
    signed in that year, not planned."""
    acts = _acts(text)
    assert all(a[5] == "signed" for a in acts), acts
    assert {(a[0], a[2]) for a in acts} == pairs, acts


def test_agreements_plan_to_sign_keeps_its_status_beside_a_since() -> None:
    """A plan right before the act's word ("plans to sign a twinning") stays a plan even when
    a "since" year follows in the clause."""
    acts = _acts("Oss plans to sign a twinning with Wuxi since 2020 talks have gone well.")
    assert [(a[2], a[5]) for a in acts] == [(None, "planned")], acts


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de planning zou dit najaar ook een intentieverklaring over duurzame energie"
        " worden ondertekend tussen Oss en Wuxi.",
        "Nach dem Plan würde im Frühjahr eine Absichtserklärung zwischen Lünen und Wuxi"
        " unterzeichnet werden.",
        "According to the agenda a letter of intent between Dover and Calais would be signed"
        " this spring.",
        "Selon l'agenda, une lettre d'intention entre Vienne et Suzhou serait signée ce printemps.",
    ],
)
def test_agreements_signing_in_the_conditional_is_planned(text: str) -> None:
    """A signing told in the conditional, the act inside the verb bracket, is still to
    come."""
    assert [a[5] for a in _acts(text)] == ["planned"]


def test_agreements_reported_past_in_the_conditional_stays_signed() -> None:
    """'zou ... zijn ondertekend' reports a past signing: the act is signed in its year."""
    acts = _acts("Volgens de krant zou de stedenband tussen Oss en Wuxi in 1990 zijn ondertekend.")
    assert [(a[2], a[5]) for a in acts] == [("1990", "signed")], acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dover and Calais signed a memorandum of understanding in 2015. In 2021 Dover and"
            " Calais signed a memorandum on ports, and Dover signed a new memorandum with Ostend.",
            [
                (("calais", "dover"), "2015", "signed"),
                (("calais", "dover"), "2021", "signed"),
                (("dover", "ostend"), "2021", "signed"),
            ],
        ),
        (
            "Dover and Calais signed a memorandum of understanding in 2015. In 2021 Dover and"
            " Calais signed a new memorandum on ports.",
            [
                (("calais", "dover"), "2015", "signed"),
                (("calais", "dover"), "2021", "renewed"),
            ],
        ),
    ],
)
def test_agreements_successor_is_new_only_by_its_own_word(
    text: str, expected: list[tuple[tuple[str, ...], str, str]]
) -> None:
    """A later act of the same parties is their earlier act's renewal only when its own act
    word is called new, not when another act of the sentence is."""
    got = [(tuple(sorted(a[0])), a[2], a[5]) for a in _acts(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oss en Wuxi tekenden op 3 mei 2024 een stedenband, de uitwisseling zal later volgen.",
            [("sister_city", "2024-05-03", "signed")],
        ),
        (
            "Dover and Calais signed a twinning on 3 May 2024, and the exchange will follow next"
            " year.",
            [("sister_city", "2024-05-03", "signed")],
        ),
        (
            "Vienne et Suzhou ont signé le 3 mai 2024 un jumelage, le programme suivra en 2025.",
            [("sister_city", "2024-05-03", "signed")],
        ),
        # an act word before the modal in its clause: the act to follow is planned
        (
            "Op 3 mei 2026 tekenden Oss en Wuxi een intentieverklaring. Een samenwerkingsakkoord"
            " tussen Oss en Wuxi moet nog volgen.",
            [
                ("declaration_of_intent", "2026-05-03", "signed"),
                ("cooperation_agreement", None, "planned"),
            ],
        ),
    ],
)
def test_agreements_follow_needs_an_act_word_in_its_clause(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """ "zal later volgen", "will follow", "suivra" make an act to come only when an act word
    stands before the verb in its clause; a programme or an exchange to follow leaves the
    dated signing signed."""
    assert [(a[1], a[2], a[5]) for a in _acts(text)] == expected
