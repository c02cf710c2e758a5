"""Tests of the mixed real-writer round B (French and German press releases, local news and
university news; visits, figures and contacts) on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._numbers import ordinal_value
from cityties.text import fold


def _visits(text: str, when: date | None = None) -> list[tuple[str, str, str | None]]:
    doc = extract(text, document_date=when).doc
    return [
        (fold(v.visitor.name), fold(v.host.name), v.date.iso() if v.date else None)
        for v in doc.visits
    ]


def _figures(text: str) -> list[tuple[str, str, float]]:
    doc = extract(text).doc
    return [(fold(f.subject), f.measure, f.value) for f in doc.figures]


# ------------------------------------------------------------------ possessive partner towns
@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Kamen – Eine Delegation aus Kamens neuer Partnerstadt Yangzhou hat die Stadt "
            "vom 12. bis 14. Mai 2021 besucht.",
            "yangzhou",
            "kamen",
        ),
        (
            "Hereford – A delegation from Hereford's sister city Leshan visited the town on "
            "4 March 2019.",
            "leshan",
            "hereford",
        ),
    ],
)
def test_visits_possessive_partner_town_is_the_visitor(text: str, visitor: str, host: str) -> None:
    """'a delegation from X's partner town Y' comes from Y (the place named after the tie),
    not from X, the owner of the tie, which is the host."""
    found = _visits(text)
    assert found
    assert (found[0][0], found[0][1]) == (visitor, host)


def test_visits_possessive_partner_without_name_is_the_tied_place() -> None:
    """'eine Delegation aus Kamens Partnerstadt, angeführt von ...' with no name after the
    tie comes from the place named just before, not from the owner of the tie."""
    text = (
        "Die Freundschaft zwischen Kamen und Yangzhou besteht seit zehn Jahren.\n\n"
        "Eine Delegation aus Kamens Partnerstadt, angeführt vom Vizebürgermeister, "
        "besuchte am 12. Mai 2021 die Stadt."
    )
    assert ("yangzhou", "kamen", "2021-05-12") in _visits(text)


def test_visits_possessive_of_a_place_ending_in_s_without_tie_keeps_the_place() -> None:
    """A place whose name ends in "s" with no tie noun after it stays the visitor."""
    text = "Eine Delegation aus Paris besuchte am 3. Juni 2022 die Stadt Kassel."
    found = _visits(text)
    assert found
    assert found[0][:2] == ("paris", "kassel")


# ------------------------------------------------------------------ ordinals past ten
@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("quatorzième", 14),
        ("douzième", 12),
        ("veertiende", 14),
        ("vierzehnte", 14),
        ("achtzehnten", 18),
        ("achten", 8),
        ("zwanzigster", 20),
    ],
)
def test_ordinal_value_words_past_ten(word: str, value: int) -> None:
    """Ordinal words from eleven to twenty read in French, Dutch and German (German by its
    stem, the longest first: "achtzehnten" is 18, "achten" 8)."""
    assert ordinal_value(None, word) == value


def test_figures_french_ordinal_word_rank_of_a_port() -> None:
    """'quatorzième port à conteneurs mondial' ranks the port 14th."""
    text = (
        "Le port de Nantes a signé un accord avec le port de Tianjin, "
        "quatorzième port à conteneurs mondial."
    )
    assert any(m == "rank" and v == 14 for _, m, v in _figures(text))


# ------------------------------------------------------------------ contacts: office – name
@pytest.mark.parametrize(
    ("line", "unit", "name"),
    [
        (
            "Direction de la communication – Marie Lefèvre",
            "Direction de la communication",
            "Marie Lefèvre",
        ),
        ("Pressestelle | Jonas Becker", "Pressestelle", "Jonas Becker"),
    ],
)
def test_contacts_office_then_person_on_one_line(line: str, unit: str, name: str) -> None:
    """A contact line 'office – person' gives the person's name and the office as unit."""
    text = (
        "Les deux villes ont signé un accord.\n\n"
        f"Contact\n{line}\nTél. : 02 40 41 90 00\nmarie.lefevre@nantes.fr\n"
    )
    doc = extract(text).doc
    assert [(c.name, c.unit) for c in doc.contacts] == [(name, unit)]


# ------------------------------------------------------------------ figures: subjects, staff
@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "Au printemps, la mission des élus à Yibin, ville de 5,4 millions d'habitants "
            "au bord du Yangtsé, a conduit à l'ouverture d'une maison du Finistère.",
            "yibin",
            5400000,
        ),
        (
            "In Bishan, Bezirk mit 760.000 Einwohnern im Westen Chinas, eröffnete der "
            "Landkreis Schaumburg ein Büro.",
            "bishan",
            760000,
        ),
        (
            "In Wuxi, stad met 6,5 miljoen inwoners aan het Taihu-meer, opende de provincie "
            "Overijssel een kantoor.",
            "wuxi",
            6500000,
        ),
    ],
)
def test_figures_apposition_without_article_describes_the_place_before(
    text: str, subject: str, value: int
) -> None:
    """'à Yibin, ville de N habitants ...' (an apposition of a bare place noun after a
    place of a locative) gives the population to that place, not to a place named later
    in the sentence."""
    assert (subject, "population", value) in _figures(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Hochschule Bremen hat 9.000 Studierende und rund 300 Lehrkräfte.", 300),
        ("L'Université de Nantes compte 34 000 étudiants et 1 500 enseignants-chercheurs.", 1500),
        ("The University of Hull has 16,000 students and 900 academic staff.", 900),
        ("De Universiteit Twente telt 12.000 studenten en 800 docenten.", 800),
    ],
)
def test_figures_teaching_staff_are_employees(text: str, value: int) -> None:
    """The teaching staff of a university ("Lehrkräfte", "enseignants-chercheurs",
    "academic staff", "docenten") is counted as its employees."""
    assert any(m == "employees" and v == value for _, m, v in _figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Damit ist Haimen die vierte Partnerstadt Ludwigsfeldes.",
        "Damit ist Haimen die vierte Partnerstadt von Ludwigsfelde.",
    ],
)
def test_figures_nth_partner_town_counts_for_the_possessor_after(text: str) -> None:
    """'X ist die vierte Partnerstadt Ys / von Y' gives Y four sister cities (the owner of
    the tie named right after, by a genitive or 'von')."""
    assert _figures(text) == [("ludwigsfelde", "sister_cities", 4)]


# ------------------------------------------------------------------ verb last, a date between
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eine Delegation aus Hilden hatte Xishan im Juli 2007 besucht.",
            ("hilden", "xishan", "2007-07"),
        ),
        (
            "Eine Kölner Delegation, damals unter Leitung des Oberbürgermeisters, hatte Peking "
            "im Sommer 2007 besucht.",
            ("koln", "peking", "2007"),
        ),
        (
            "Een delegatie uit Gouda had Wuxi in mei 2016 bezocht.",
            ("gouda", "wuxi", "2016-05"),
        ),
    ],
)
def test_visits_verb_last_with_a_date_between_host_and_verb(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'hatte X im Juli 2007 besucht', 'had X in mei 2016 bezocht': the place before the
    closing verb is the host even with a date between them."""
    assert expected in _visits(text)


def test_visits_verb_last_with_other_words_between_is_no_visit() -> None:
    """A place followed by other words than dates before the closing verb is not its host:
    'hatte Xishan eine Ausstellung gewidmet und das Museum besucht' is no visit to Xishan."""
    text = "Der Bürgermeister hatte Xishan eine Ausstellung gewidmet und das Museum besucht."
    assert all(h != "xishan" for _, h, _ in _visits(text))


# ------------------------------------------------------------------ future passive receptions
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire de Wuhan sera reçu à Bordeaux en mars 2020.", ("wuhan", "bordeaux", "2020-03")),
        (
            "The Mayor of Wuhan will be received in Leeds in March 2020.",
            ("wuhan", "leeds", "2020-03"),
        ),
        (
            "De burgemeester van Wuhan wordt in maart 2020 ontvangen in Gouda.",
            ("wuhan", "gouda", "2020-03"),
        ),
    ],
)
def test_visits_future_passive_reception_is_a_planned_visit(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'sera reçu à X', 'will be received in X', 'wordt ontvangen in X' with a date: a
    planned visit of the official's place to X."""
    assert expected in _visits(text)


def test_visits_future_passive_reception_without_date_is_left_out() -> None:
    """An undated planned reception ('sera reçu à Bordeaux') is not reported."""
    assert _visits("Le maire de Wuhan sera reçu à Bordeaux.") == []


# ------------------------------------------------------------------ "hatte sich ... aufgehalten"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Februar 2018 hatte sich eine Delegation aus Anqing zu einem "
            "Informationsbesuch in Osnabrück aufgehalten.",
            ("anqing", "osnabruck", "2018-02"),
        ),
        (
            "Im Mai 2019 hatten sich Vertreter der Stadt Wuxi drei Tage in Gera aufgehalten.",
            ("wuxi", "gera", "2019-05"),
        ),
    ],
)
def test_visits_german_perfect_stay_is_a_visit(text: str, expected: tuple[str, str, str]) -> None:
    """'hatte sich eine Delegation aus X ... in Y aufgehalten': a stay of X's delegation
    in Y, told by a perfect with the subject between."""
    assert expected in _visits(text)


def test_visits_german_perfect_reflexive_without_stay_is_no_visit() -> None:
    """'hatte sich in Gera für ... eingesetzt' is no stay: no visit."""
    assert _visits("Der Bürgermeister von Wuxi hatte sich in Gera für die Schule eingesetzt.") == []
