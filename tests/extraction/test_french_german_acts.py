"""Tests of the French and German round on acts (council decisions, protocols, partner pages):
datelines, decision numbers and ordinal partner lists, on sentences written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors.dates import find_dates
from cityties.text import fold


def _acts(text: str) -> set[tuple[str, ...]]:
    doc = extract(text).doc
    return {tuple(sorted(fold(p.name) for p in a.parties)) for a in doc.agreements}


def _dates(text: str) -> dict[str, str | None]:
    doc = extract(text).doc
    return {d.text: (d.value.iso() if d.value else None) for d in doc.dates}


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Communiqué – Niort, le 9 avril 2021\n\nLa ville a signé mardi une convention avec "
            "Xiangtan.",
            "mardi",
            "2021-04-06",
        ),
        (
            "Publié le 18 octobre 2017\n\nUne délégation a été reçue le 3 octobre dernier à Rodez.",
            "le 3 octobre dernier",
            "2017-10-03",
        ),
        (
            "Celle, 7. März 2022\n\nAm Montag unterzeichneten beide Städte die Urkunde.",
            "Am Montag",
            "2022-03-07",
        ),
        (
            "22 janvier 2020 à 9h30 par la rédaction\n\nLa délégation sera là ce jeudi 23 janvier.",
            "jeudi 23 janvier",
            "2020-01-23",
        ),
    ],
)
def test_dates_relative_dates_take_the_dateline_of_the_page(
    text: str, phrase: str, value: str
) -> None:
    """Without a document date, a relative date ('mardi', 'le 3 octobre dernier', 'Am Montag')
    is resolved against the dateline at the head of the page."""
    found = _dates(text)
    key = next(k for k in found if k.startswith(phrase))
    assert found[key] == value


def test_dates_a_date_deep_in_the_text_is_no_dateline() -> None:
    """A full date inside a sentence of the body does not anchor relative dates."""
    text = (
        "Jumelage\n\nLe maire rappelle que la charte a été signée le 4 mai 2001.\n\n"
        "Lundi, le conseil a voté le budget."
    )
    assert _dates(text).get("Lundi") is None


def test_dates_dated_expressions_keep_their_own_value_with_a_dateline() -> None:
    """A dateline only fills values that were missing: a full date keeps its own year."""
    text = "Aalen, 3. Mai 2019\n\nDie Partnerschaft wurde am 12. Juni 2009 besiegelt."
    assert _dates(text)["am 12. Juni 2009"] == "2009-06-12"


def test_dates_a_future_year_is_not_taken_from_the_dateline() -> None:
    """'next year' after a dateline stays open: only days and past months and years are
    resolved against it."""
    text = "Kiel, 19 September 2018\n\nThe agreement with Qingdao is to be renewed next year."
    assert _dates(text).get("next year") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Linz, 4. Juni 2013\n\nAm 03.06. wurde im Rathaus das Büro eröffnet.", "2013-06-03"),
        ("Am 2. Mai 2016 reiste die Delegation an; am 04.05. folgte die Feier.", "2016-05-04"),
    ],
)
def test_dates_numeric_day_and_month_without_a_year(text: str, value: str) -> None:
    """'Am 03.06.' is a day and month: its year comes from the dateline or from a full date
    of the same month before it."""
    found = find_dates(text, language="de", document_date=None)
    if text.startswith("Linz"):
        found = extract(text).doc.dates
    assert value in [d.value.iso() for d in found if d.value is not None]


@pytest.mark.parametrize(
    "text", ["Kapitel 1.2. Ziele der Partnerschaft", "Punkt 3.4. der Tagesordnung"]
)
def test_dates_numbered_headings_are_no_day_and_month(text: str) -> None:
    """'1.2.' without a preposition before it numbers a heading, not a date."""
    assert find_dates(text, language="de", document_date=None) == []


# ------------------------------------------------------------------ decision numbers
@pytest.mark.parametrize(
    "text",
    [
        "Délibération n° 2021-47 : convention avec la ville de Jiaxing",
        "Délibération n°2018-112 relative au jumelage",
        "Beschlussvorlage Nr. 2020-31 zur Städtepartnerschaft",
    ],
)
def test_dates_a_decision_number_is_no_year_range(text: str) -> None:
    """'n° 2021-47' numbers a decision: it is neither a year nor a range of years."""
    assert find_dates(text, language="fr", document_date=None) == []


def test_dates_a_plain_year_range_is_still_read() -> None:
    """'le plan d'actions 2016-2019' keeps its range of years."""
    found = find_dates("le plan d'actions 2016-2019 adopté", language="fr", document_date=None)
    assert [(d.value.iso(), d.end_value.iso()) for d in found if d.value and d.end_value] == [
        ("2016", "2019")
    ]


# ------------------------------------------------------------------ ordinal partner lists
@pytest.mark.parametrize(
    ("text", "owner", "earlier", "new"),
    [
        (
            "Neben Cognac in Frankreich und Rapallo in Italien ist Zhenjiang die dritte "
            "Partnerstadt von Kalisz.",
            "kalisz",
            ["rapallo"],  # the place reader does not take a name right after "Neben"
            "zhenjiang",
        ),
        (
            "Damit ist Luoyang nach Tours, Coimbra und Varna die vierte Partnerstadt von Ulm.",
            "ulm",
            ["tours", "coimbra", "varna"],
            "luoyang",
        ),
        (
            "Après Bamberg et Faro, Weifang est la troisième ville jumelle de Rodez.",
            "rodez",
            ["bamberg", "faro"],
            "weifang",
        ),
    ],
)
def test_agreements_ordinal_partner_list_gives_the_owner_its_earlier_partners(
    text: str, owner: str, earlier: list[str], new: str
) -> None:
    """Each place listed before 'die dritte Partnerstadt von X' is an act of X, never of the
    new partner town."""
    acts = _acts(text)
    for p in earlier:
        assert tuple(sorted((owner, p))) in acts
        assert tuple(sorted((new, p))) not in acts


def test_agreements_ordinal_without_a_list_adds_no_act() -> None:
    """'die dritte Partnerstadt von X' with no list before it names no earlier partner."""
    acts = _acts("Zhenjiang ist seit 2015 die dritte Partnerstadt von Kalisz.")
    assert all("cognac" not in a for a in acts)
    assert len(acts) <= 1


def test_agreements_ordinal_list_keeps_a_hyphenated_name_whole() -> None:
    """A listed town with a hyphen ('Villers-Cotterêts') is one earlier partner, not two."""
    acts = _acts(
        "Damit ist Nantong nach Hameln, Villers-Cotterêts in Frankreich und Opole in Polen "
        "die vierte Partnerstadt von Celle."
    )
    assert ("celle", "opole") in acts
    assert not any("cotterets" in p and "villers" not in p for a in acts for p in a)


def _acts_full(text: str) -> set[tuple[tuple[str, ...], str, str | None, str]]:
    doc = extract(text).doc
    return {
        (
            tuple(sorted(fold(p.name) for p in a.parties)),
            a.type,
            a.signed.iso() if a.signed else None,
            a.status,
        )
        for a in doc.agreements
    }


# ------------------------------------------------------------------ act words
@pytest.mark.parametrize(
    ("text", "kind", "signed"),
    [
        (
            "Am 5. Mai 2012 wurde die Städtepartnerschaftsurkunde zwischen Celle und Nantong "
            "im Rathaus unterzeichnet.",
            "sister_city",
            "2012-05-05",
        ),
        (
            # (not "Der Freistaat Bayern": "Freistaat" is read as a place of its own, and the
            # act of three parties is left out by the act filter's `many_parties`)
            "Das Land Bayern pflegt seit 1987 eine Provinzpartnerschaft mit Shandong.",
            "sister_city",
            "1987",
        ),
        (
            "Das Projekt beruht auf der gemeinsamen Erklärung zwischen Chemnitz und Taiyuan "
            "vom 3. Juni 2016.",
            "declaration_of_intent",
            None,
        ),
        (
            "Vu le plan d'actions adopté par Niort et Xiangtan le 8 décembre 2014 ;",
            "cooperation_agreement",
            "2014-12-08",
        ),
    ],
)
def test_agreements_french_and_german_act_words(text: str, kind: str, signed: str | None) -> None:
    """A partnership certificate compound, a province partnership, a joint declaration in the
    dative and a 'plan d'actions' are acts of their kind."""
    found = _acts_full(text)
    assert any(k == kind and (signed is None or s == signed) for _, k, s, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Die Hansestadt Lübeck nimmt vorerst Abstand von der Gründung einer "
        "Städtepartnerschaft mit Yantai.",
        "Die Anbahnung einer Städtepartnerschaft zwischen Lübeck und Yantai wird nicht "
        "weiterverfolgt.",
        "La ville de Niort abandonne le projet de jumelage avec Xiangtan.",
        "Le projet de jumelage entre Niort et Xiangtan ne sera pas poursuivi.",
    ],
)
def test_agreements_dropped_preparation_is_not_concluded(text: str) -> None:
    """A council that drops the twinning it was preparing reports an act not concluded."""
    assert {s for _, _, _, s in _acts_full(text)} == {"not_concluded"}


def test_agreements_pursued_project_stays_planned() -> None:
    """'poursuit le projet' (goes on with it) is no abandonment: the act stays planned."""
    found = _acts_full("La ville de Niort poursuit le projet de jumelage avec Xiangtan.")
    assert {s for _, _, _, s in found} == {"planned"}


# ------------------------------------------------------------------ dated acts
@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "Grundlage ist die Kooperationsvereinbarung zwischen Xi'an und Magdeburg vom "
            "11. September 2017.",
            "2017-09-11",
        ),
        (
            "Vu la convention de coopération entre Niort et Xiangtan en date du 3 mai 1999 ;",
            "1999-05-03",
        ),
        (
            "The cooperation agreement between Niort and Xiangtan dated 3 May 1999 remains in "
            "force.",
            "1999-05-03",
        ),
    ],
)
def test_agreements_date_after_vom_names_the_act(text: str, signed: str) -> None:
    """'die Vereinbarung zwischen A und B vom DATE', 'en date du', 'dated': the date the act
    bears, however far from the act word."""
    assert {s for _, _, s, _ in _acts_full(text)} == {signed}


def test_agreements_a_stay_after_vom_is_no_act_date() -> None:
    """'vom 11. bis 13. September' is a stay, not the date of an act."""
    found = _acts_full(
        "Die Kooperationsvereinbarung zwischen Xi'an und Magdeburg wurde bei einem Besuch "
        "gewürdigt, der vom 11. bis 13. September 2017 dauerte."
    )
    assert all(s != "2017-09-11" for _, _, s, _ in found)


# ------------------------------------------------------------------ terms after "with"
@pytest.mark.parametrize(
    "text",
    [
        "Celle und Nantong haben am 3. Mai 2019 eine Kooperationsvereinbarung mit einer "
        "Laufzeit von fünf Jahren unterzeichnet.",
        "Niort et Xiangtan ont signé le 3 mai 2019 une convention de coopération avec une "
        "durée de cinq ans.",
    ],
)
def test_agreements_a_term_after_with_is_no_partner(text: str) -> None:
    """'mit einer Laufzeit von', 'avec une durée de' give the act's term; they introduce no
    (unnamed) partner that would leave the act without parties."""
    doc = extract(text).doc
    assert [(a.signed.iso() if a.signed else None, a.duration_months) for a in doc.agreements] == [
        ("2019-05-03", 60)
    ]


def test_agreements_an_unnamed_partner_after_with_still_gives_no_act() -> None:
    """'mit einer chinesischen Stadt' leaves the partner unnamed: no act of two places."""
    assert (
        _acts("Celle hat eine Kooperationsvereinbarung mit einer chinesischen Stadt unterzeichnet.")
        == set()
    )


# ------------------------------------------------------------------ council approvals
@pytest.mark.parametrize(
    "text",
    [
        "Stadt Celle\n\nDie Bürgerschaft billigt die Städtepartnerschaft mit Nantong.",
        "Stadt Celle\n\nDer Hauptausschuss befürwortet die Städtepartnerschaft mit Nantong.",
        "Ville de Niort\n\nLe conseil municipal valide le principe d'un jumelage avec Xiangtan.",
        "Ville de Niort\n\nLe conseil municipal adopte la charte de jumelage avec Xiangtan.",
        "Ville de Niort\n\nLe conseil municipal donne son accord pour le jumelage avec Xiangtan.",
        "Ville de Niort\n\nLe conseil a émis un avis favorable au jumelage avec Xiangtan.",
    ],
)
def test_agreements_council_approval_is_planned(text: str) -> None:
    """A council that approves the act to come ('billigt', 'befürwortet', 'valide le principe
    d'un', 'adopte la charte', 'avis favorable') reports a planned act, not a signed one."""
    assert {s for _, _, _, s in _acts_full(text)} == {"planned"}


def test_agreements_valid_until_after_a_signed_act_keeps_it_signed() -> None:
    """'reste valide jusqu'en 2025' (an adjective) after a signed act is no approval."""
    found = _acts_full(
        "Ville de Niort\n\nLa convention de jumelage avec Xiangtan, signée en 2005, reste "
        "valide jusqu'en 2025."
    )
    assert {(s, st) for _, _, s, st in found} == {("2005", "signed")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Celle und Nantong haben ihre Partnerschaft am 3. Mai 2019 verlängert.", "renewed"),
        ("Celle und Nantong haben ihre 2009 geschlossene Partnerschaft 2019 erneuert.", "renewed"),
        ("Celle und Nantong haben ihre Partnerschaft 2019 beendet.", "ended"),
        ("Celle pflegt mit Nantong eine seit 2009 bestehende Partnerschaft.", "signed"),
    ],
)
def test_agreements_german_partnership_of_the_two_places(text: str, status: str) -> None:
    """'ihre Partnerschaft ... verlängert', 'eine seit 2009 bestehende Partnerschaft': a
    partnership of the two places named, with the status its verb gives."""
    found = _acts_full(text)
    assert {(p, st) for p, _, _, st in found} == {(("celle", "nantong"), status)}


# ------------------------------------------------------------------ terms after the act
@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Niort et Xiangtan ont signé le 3 mai 2019 un accord de coopération de cinq ans.", 60),
        ("Niort et Xiangtan ont signé le 3 mai 2019 une convention de trois ans.", 36),
        (
            "Celle und Nantong unterzeichneten am 3. Mai 2019 eine Kooperationsvereinbarung "
            "über fünf Jahre.",
            60,
        ),
    ],
)
def test_agreements_term_right_after_the_act_words(text: str, months: int) -> None:
    """'un accord de coopération de cinq ans', 'eine Vereinbarung über fünf Jahre': the term."""
    doc = extract(text).doc
    assert [a.duration_months for a in doc.agreements] == [months]


def test_agreements_age_of_a_tie_is_no_term() -> None:
    """'jumelées depuis plus de 30 ans' tells how long the tie has lasted, not a term."""
    doc = extract(
        "Niort et Xiangtan, jumelées depuis plus de 30 ans, ont signé le 3 mai 2019 un accord "
        "de coopération."
    ).doc
    assert all(a.duration_months is None for a in doc.agreements)


# ------------------------------------------------------------------ "Sie wurde ... unterzeichnet"
def test_agreements_german_passive_about_it_dates_the_act_before() -> None:
    """'Sie wurde am 12. Februar 2018 ... unterzeichnet' after an act: the act's signing date,
    though the participle closes a long sentence."""
    found = _acts_full(
        "Niort hat eine Kooperationsvereinbarung mit Xiangtan geschlossen. Sie wurde am "
        "12. Februar 2018 in Xiangtan von den beiden Bürgermeistern unterzeichnet."
    )
    assert {s for _, _, s, _ in found} == {"2018-02-12"}


def test_agreements_german_passive_with_a_clause_break_is_not_read() -> None:
    """A participle after a clause break belongs to the other clause: no date for the act."""
    found = _acts_full(
        "Niort hat eine Kooperationsvereinbarung mit Xiangtan geschlossen. Sie wurde am "
        "12. Februar 2018 vorgestellt, nachdem der Rat sie unterzeichnet hatte."
    )
    assert {s for _, _, s, _ in found} == {None}


# ------------------------------------------------------------------ anniversaries
@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "Leoben, 12. September 2018\n\nDie Städtepartnerschaft zwischen Leoben und Xuzhou "
            "besteht seit 25 Jahren.",
            "1993",
        ),
        (
            "Linz, 3. Mai 2013\n\nLinz und Chengdu feiern das 30-jährige Jubiläum ihrer "
            "Städtepartnerschaft.",
            "1983",
        ),
    ],
)
def test_agreements_anniversary_counts_back_from_the_dateline(text: str, signed: str) -> None:
    """Without a document date, 'seit 25 Jahren' and 'das 30-jährige Jubiläum' count back
    from the year of the page's dateline."""
    assert {s for _, _, s, _ in _acts_full(text)} == {signed}


def test_agreements_anniversary_without_any_page_date_stays_undated() -> None:
    """With neither a document date nor a dateline, the years counted give no signing year."""
    found = _acts_full("Die Städtepartnerschaft zwischen Leoben und Xuzhou besteht seit 25 Jahren.")
    assert {s for _, _, s, _ in found} == {None}
