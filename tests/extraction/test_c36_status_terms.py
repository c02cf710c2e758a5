"""Terms of acts told after the act (issue 2): a sentence a few sentences after an act's last
report, with the act as its subject (its noun named back, or a pronoun right after a sentence
naming the act), gives the act its term and so its end, when no sentence between reports
another act and the sentence has no date of its own. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _terms(text: str) -> dict[frozenset[str], tuple[int | None, str | None]]:
    """The term and end of every act, by its folded parties."""
    return {
        frozenset(fold(p.name) for p in a.parties): (
            a.duration_months,
            a.ends and str(a.ends),
        )
        for a in extract(text).doc.agreements
    }


def _key(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


@pytest.mark.parametrize(
    ("text", "parties", "term"),
    [
        (
            "On 4 May 2024 the University of Leeds signed a memorandum of understanding with "
            "Wuhan University. Students of both sides will spend a semester abroad. The "
            "memorandum will remain valid for four years.",
            ("University of Leeds", "Wuhan University"),
            (48, "2028-05-04"),
        ),
        (
            "Le 12 juin 2023, la ville de Nantes et la ville de Jinan ont signé un accord de "
            "coopération. Il porte sur la culture et le tourisme. L'accord est conclu pour une "
            "durée de trois ans.",
            ("Nantes", "Jinan"),
            (36, "2026-06-12"),
        ),
        (
            "Op 9 oktober 2022 ondertekenden de gemeente Zwolle en de stad Yantai een "
            "samenwerkingsovereenkomst. De eerste projecten gaan over water en landbouw. De "
            "overeenkomst geldt voor vijf jaar.",
            ("Zwolle", "Yantai"),
            (60, "2027-10-09"),
        ),
        (
            "Am 3. März 2021 unterzeichneten die Stadt Jena und die Stadt Harbin eine "
            "Kooperationsvereinbarung. Erste Projekte betreffen Schulen und Kultur. Die "
            "Vereinbarung gilt zunächst fünf Jahre.",
            ("Jena", "Harbin"),
            (60, "2026-03-03"),
        ),
    ],
)
def test_term_later_reads_the_act_named_back(
    text: str, parties: tuple[str, str], term: tuple[int, str]
) -> None:
    """The act named back by its noun two sentences after its signing takes the term that
    sentence states, and its end follows from the signing day, in each language."""
    assert _terms(text)[_key(*parties)] == term


def test_term_later_reads_a_pronoun_after_the_act_named() -> None:
    """A pronoun right after a sentence that names the act (no act of its own) is the act:
    its term is the act's."""
    text = (
        "On 2 April 2024 the Port of Antwerp signed a cooperation agreement with the Port of "
        "Ningbo. The agreement covers training and data exchange. It runs for three years."
    )
    assert _terms(text)[_key("Port of Antwerp", "Port of Ningbo")] == (36, "2027-04-02")


def test_term_later_reads_a_term_after_a_passive_signing() -> None:
    """An act a passive sentence reports signed ("werd ... ondertekend door") takes the term
    the act's noun states two sentences on."""
    text = (
        "Donderdag 6 oktober 2022 werd aan de Yantai University een "
        "samenwerkingsovereenkomst ondertekend door de Hogeschool Zeeland. Docenten van beide "
        "scholen geven samen een zomercursus. De overeenkomst geldt voor vijf jaar."
    )
    assert _terms(text)[_key("Yantai University", "Hogeschool Zeeland")] == (60, "2027-10-06")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Donderdag 6 oktober 2022 werd aan de Yantai University een "
            "samenwerkingsovereenkomst ondertekend door de Hogeschool Zeeland. Docenten van "
            "beide scholen geven samen een zomercursus. Ze groeit al tien jaar.",
            ("Yantai University", "Hogeschool Zeeland"),
        ),
        (
            "Op 9 oktober 2022 ondertekenden de gemeente Zwolle en de stad Yantai een "
            "samenwerkingsovereenkomst. Yantai telt zeven miljoen inwoners. Ze groeit al tien "
            "jaar.",
            ("Zwolle", "Yantai"),
        ),
        (
            "Le 12 juin 2023, la ville de Nantes et la ville de Jinan ont signé un accord de "
            "coopération. Jinan compte neuf millions d'habitants. Elle se développe depuis dix "
            "ans.",
            ("Nantes", "Jinan"),
        ),
        (
            "Am 3. März 2021 unterzeichneten die Stadt Jena und die Stadt Harbin eine "
            "Kooperationsvereinbarung. Harbin hat zehn Millionen Einwohner. Sie wächst seit "
            "zehn Jahren.",
            ("Jena", "Harbin"),
        ),
    ],
)
def test_term_later_skips_a_pronoun_after_another_subject(
    text: str, parties: tuple[str, str]
) -> None:
    """A pronoun after a sentence that names no act is that sentence's subject, not the act:
    the act keeps no term."""
    assert _terms(text)[_key(*parties)] == (None, None)


def _acts(text: str) -> dict[frozenset[str], tuple[str, int | None, str | None]]:
    """The status, term and end of every act, by its folded parties."""
    return {
        frozenset(fold(p.name) for p in a.parties): (
            a.status,
            a.duration_months,
            a.ends and str(a.ends),
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "parties", "found"),
    [
        (
            "Op 3 mei 2022 nam de gemeenteraad van Zwolle een motie aan waarmee de stedenband met "
            "de stad Yantai per direct werd verbroken.",
            ("Zwolle", "Yantai"),
            ("ended", None, "2022-05-03"),
        ),
        (
            "On 4 May 2022 the council of Leeds adopted a motion that ended the sister city "
            "relationship with Yantai.",
            ("Leeds", "Yantai"),
            ("ended", None, "2022-05-04"),
        ),
        (
            "Le 4 mai 2022, le conseil municipal de Brest a adopté une motion qui met fin au "
            "jumelage avec Yantai.",
            ("Brest", "Yantai"),
            ("ended", None, "2022-05-04"),
        ),
        (
            "Am 4. Mai 2022 nahm der Stadtrat von Jena einen Antrag an, mit dem die "
            "Städtepartnerschaft mit Harbin beendet wurde.",
            ("Jena", "Harbin"),
            ("ended", None, "2022-05-04"),
        ),
    ],
)
def test_adopted_motion_ends_the_tie_on_its_day(
    text: str, parties: tuple[str, str], found: tuple[str, None, str]
) -> None:
    """A motion the council adopts in the active voice ("nam een motie aan", "adopted a
    motion", "a adopté une motion", "nahm einen Antrag an") ends the tie it ends, on the day
    of the decision."""
    assert _acts(text)[_key(*parties)] == found


def test_tabled_motion_leaves_the_tie_signed() -> None:
    """A motion only tabled, not adopted, ends nothing."""
    text = (
        "A motion to end the sister city relationship between Leeds and Yantai was tabled on "
        "4 May 2022."
    )
    assert _acts(text)[_key("Leeds", "Yantai")][0] == "signed"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Met het bezoek werd de 25-jarige vriendschapsband tussen Leeuwarden en Harbin "
            "gevierd.",
            ("Leeuwarden", "Harbin"),
        ),
        (
            "Het bezoek vierde de twintigjarige stedenband tussen Zwolle en Yantai.",
            ("Zwolle", "Yantai"),
        ),
        (
            "Gefeiert wurde die 30-jährige Städtepartnerschaft zwischen Jena und Harbin.",
            ("Jena", "Harbin"),
        ),
    ],
)
def test_age_of_a_tie_is_no_term(text: str, parties: tuple[str, str]) -> None:
    """A count of years as the adjective of a tie's bond ("de 25-jarige vriendschapsband",
    "die 30-jährige Städtepartnerschaft") is the tie's age, not its term."""
    assert _acts(text)[_key(*parties)][1] is None


@pytest.mark.parametrize(
    ("text", "parties", "term"),
    [
        (
            "In 2020 tekenden Zwolle en Yantai een vijfjarige vriendschapsovereenkomst.",
            ("Zwolle", "Yantai"),
            60,
        ),
        (
            "Jena und Harbin unterzeichneten 2021 einen fünfjährigen Partnerschaftsvertrag.",
            ("Jena", "Harbin"),
            60,
        ),
        (
            "In 2020 the city of Leeds and the city of Yantai signed a five-year friendship "
            "agreement.",
            ("Leeds", "Yantai"),
            60,
        ),
    ],
)
def test_count_of_years_before_an_act_is_its_term(
    text: str, parties: tuple[str, str], term: int
) -> None:
    """The same count before an act's noun (an agreement, a treaty) is its term."""
    assert _acts(text)[_key(*parties)][1] == term


_ZWOLLE = "De gemeente Zwolle en de stad Yantai hebben een stedenband. "


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "date 2022-11-10\nThe city of Leeds and the city of Yantai have a sister city "
            "relationship. On Wednesday the council decided to end the sister city relationship "
            "with immediate effect.",
            ("Leeds", "Yantai"),
        ),
        (
            "date 2022-11-10\nDie Stadt Jena und die Stadt Harbin pflegen eine "
            "Städtepartnerschaft. Am Mittwoch beschloss der Stadtrat, die Städtepartnerschaft "
            "mit sofortiger Wirkung zu beenden.",
            ("Jena", "Harbin"),
        ),
        (
            "date 2022-11-10\n" + _ZWOLLE + "De gemeenteraad besloot woensdag de stedenband "
            "met onmiddellijke ingang te beëindigen.",
            ("Zwolle", "Yantai"),
        ),
        (
            "date 2022-11-10\n" + _ZWOLLE + "Woensdagavond nam de raad een motie aan om de "
            "stedenband per direct te beëindigen.",
            ("Zwolle", "Yantai"),
        ),
    ],
)
def test_immediate_end_is_dated_by_the_weekday_of_the_decision(
    text: str, parties: tuple[str, str]
) -> None:
    """An end that takes effect at once ("with immediate effect", "mit sofortiger Wirkung",
    "met onmiddellijke ingang", "per direct") falls on the weekday of the decision the
    sentence tells, resolved against the page date."""
    assert _acts(text)[_key(*parties)] == ("ended", None, "2022-11-09")


def test_weekday_of_a_decision_without_immediate_effect_is_no_end() -> None:
    """Without an immediate effect, the weekday dates the meeting, not the end."""
    text = (
        "date 2022-11-10\n"
        + _ZWOLLE
        + "De gemeenteraad besloot woensdag de stedenband te beëindigen."
    )
    assert _acts(text)[_key("Zwolle", "Yantai")] == ("ended", None, None)
