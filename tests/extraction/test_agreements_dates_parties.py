"""Signing dates near the parties and parties qualified by their region (issue 2)."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.text import fold

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _acts(text: str) -> set[tuple[frozenset[str], str, str, str | None, int | None]]:
    doc = Doc(text=text, language=guess_language(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            a.signed.iso() if a.signed else None,
            a.duration_months,
        )
        for a in doc.agreements
    }


def test_agreements_since_date_wins_over_a_census_year() -> None:
    """ "home to 486,000 people according to the 2023 census, has been twinned with Berlin
    since 2000": signed 2000, not the census year."""
    text = (
        "Windhoek, home to about 486,000 people according to the 2023 census, has been twinned "
        "with Berlin since 2000."
    )
    assert _acts(text) == {
        (frozenset({"windhoek", "berlin"}), "sister_city", "signed", "2000", None)
    }


def test_agreements_age_of_an_act_is_no_term() -> None:
    """ "the 28-year-old agreement" states an age, not a duration."""
    text = (
        "The City of Hobart will end its friendship city relationship with Xi'an after the "
        "council voted to let the 28-year-old agreement go."
    )
    found = _acts(text)
    assert len(found) == 1
    assert next(iter(found))[4] is None


def test_agreements_term_with_digits_in_brackets() -> None:
    """ "for a term of five (5) years" is a term of 60 months."""
    text = (
        "Approval of a Memorandum of Understanding between the City of Fresno and the City of "
        "Kochi for a term of five (5) years."
    )
    found = _acts(text)
    assert {f[4] for f in found} == {60}


@pytest.mark.parametrize(
    "text",
    [
        "The City of Hobart signed a friendship city agreement with Taiyuan, the capital of "
        "China's Shanxi province, in 1995.",
        "Hobart a signé en 1995 un accord d'amitié avec Taiyuan, capitale de la province du "
        "Shanxi.",
    ],
)
def test_agreements_capital_of_a_region_is_no_party(text: str) -> None:
    """ "Taiyuan, the capital of China's Shanxi province": the province qualifies the city
    and is no party of its own."""
    parties = {f[0] for f in _acts(text)}
    assert parties == {frozenset({"hobart", "taiyuan"})}


def test_agreements_officials_name_the_parties() -> None:
    """ "Alberta's Minister of Trade and Manitoba Vice-Governor Li signed a protocol": the
    two places whose officials sign are the parties, dated by the date line."""
    text = (
        "date 2023-06-02\n"
        "Saskatchewan and Heilongjiang sign a research protocol\n\n"
        "Saskatchewan's Minister of Trade and Heilongjiang Vice-Governor Sun Yao today signed a "
        "protocol on cooperation in crop research.\n"
    )
    doc = Doc(text=text, language="en")
    from cityties.extraction.pipeline import read_date_line

    doc.document_date = read_date_line(text)
    for name in _STEPS:
        registry.get(name)(doc)
    acts = {(frozenset(fold(p.name) for p in a.parties), a.type, a.signed) for a in doc.agreements}
    assert {(p, t, s.iso() if s else None) for p, t, s in acts} == {
        (frozenset({"saskatchewan", "heilongjiang"}), "other", "2023-06-02")
    }


def test_agreements_two_terms_are_two_acts() -> None:
    """A quoted plan for 2019-2023 and a new plan "for 2024 to 2026" are two acts; the
    quoted title names the parties and gives the term, not a signing date."""
    text = (
        "Ontario and Jiangsu have been sister provinces since 1985. Their joint work is "
        "guided by the “Ontario-Jiangsu Cooperation Action Plan 2019-2023”. Officials will now "
        "draft a new action plan for 2024 to 2026."
    )
    found = _acts(text)
    pair = frozenset({"ontario", "jiangsu"})
    assert (pair, "cooperation_agreement", "signed", None, 60) in found
    assert (pair, "cooperation_agreement", "planned", None, 36) in found


def test_agreements_relative_clause_about_a_delegation_is_no_act() -> None:
    """ "..., which has been in the province since Wednesday" is about the delegation just
    named, not about the act reported before: no second act on Wednesday."""
    text = (
        "date 2023-06-02\n"
        "Manitoba and Heilongjiang signed a protocol today. The signing took place during a "
        "visit by a Heilongjiang delegation, which has been in the province since Wednesday "
        "and will leave on Sunday.\n"
    )
    doc = Doc(text=text, language="en")
    from cityties.extraction.pipeline import read_date_line

    doc.document_date = read_date_line(text)
    for name in _STEPS:
        registry.get(name)(doc)
    assert [a.signed.iso() if a.signed else None for a in doc.agreements] == ["2023-06-02"]


def test_agreements_dates_from_dates_the_tie() -> None:
    """ "the sister city relationship between A and B, which dates from 1980": signed 1980."""
    text = (
        "The ports' cooperation builds on the sister city relationship between Melbourne and "
        "Tianjin, which dates from 1980."
    )
    assert _acts(text) == {
        (frozenset({"melbourne", "tianjin"}), "sister_city", "signed", "1980", None)
    }


def test_agreements_dutch_planned_renewal_stays_apart() -> None:
    """ "Wij zijn van plan het MoU met vijf jaar te hernieuwen": a planned renewal of 60
    months, apart from the lapsed original."""
    text = (
        "In mei 2018 ondertekenden Eindhoven en Nanjing een memorandum van overeenstemming "
        "(MoU) voor een periode van vijf jaar. Het MoU liep in mei 2023 af. Wij zijn van plan "
        "het MoU met vijf jaar te hernieuwen."
    )
    found = _acts(text)
    pair = frozenset({"eindhoven", "nanjing"})
    assert (pair, "memorandum_of_understanding", "ended", "2018-05", 60) in found
    assert (pair, "memorandum_of_understanding", "planned", None, 60) in found


def test_find_keywords_across_a_hyphenated_line_break() -> None:
    """ "convention de coopé-\\nration" is one cooperation keyword spanning the break."""
    from cityties.extraction.extractors.agreements import find_keywords

    text = "La précédente convention de coopé-\nration a été signée en 2019."
    kws = find_keywords(text)
    assert [(text[k.start : k.end], k.type, k.generic) for k in kws] == [
        ("convention de coopé-\nration", "cooperation_agreement", False)
    ]


def test_agreements_previous_act_lapsed_without_renewal() -> None:
    """ "La précédente convention de coopération, signée ... pour une durée de trois ans, est
    arrivée à échéance ... sans avoir pu être renouvelée": an earlier act of the two cities
    just named, ended; the new convention for 2024-2027 is planned and stays apart."""
    text = (
        "Montpellier et Chengdu sont liées par un jumelage depuis 1981.\n\n"
        "La précédente convention de coopé-\nration, signée le 12 octobre 2019 pour une durée "
        "de trois ans, est arrivée à échéance le 12 octobre 2022 sans avoir pu être "
        "renouvelée.\n\n"
        "Il est proposé d'approuver la convention de coopération 2024-2027 entre la Ville de "
        "Montpellier et la Ville de Chengdu."
    )
    found = _acts(text)
    pair = frozenset({"montpellier", "chengdu"})
    assert (pair, "cooperation_agreement", "ended", "2019-10-12", 36) in found
    assert (pair, "cooperation_agreement", "planned", None, 48) in found
    assert (pair, "sister_city", "signed", "1981", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "A cooperation agreement was signed in 2013 by the City of Leeds with Hangzhou.",
        "Un accord de coopération a été signé en 2013 par la Ville de Leeds avec Hangzhou.",
    ],
)
def test_agreements_passive_agent_signs_with_the_partner(text: str) -> None:
    """ "signed in 2013 by A with B": A and B are the parties."""
    assert _acts(text) == {
        (frozenset({"leeds", "hangzhou"}), "cooperation_agreement", "signed", "2013", None)
    }


def test_agreements_fronted_partner_with_the_city() -> None:
    """ "Mit Oviedo unterzeichnete die Stadt 2016 ein Protokoll": the partner comes first,
    the owner is the place of the acts reported before."""
    text = (
        "Bochum hat zwei Partnerstädte: Sheffield (seit 1950) und Oviedo (seit 1980). Mit "
        "Oviedo unterzeichnete die Stadt 2016 zusätzlich ein Protokoll."
    )
    assert (frozenset({"bochum", "oviedo"}), "other", "signed", "2016", None) in _acts(text)


def test_agreements_original_act_named_after_a_renewal() -> None:
    """ "Das Memorandum war erstmals im Jahr 2014 unterzeichnet worden." after a renewal is
    the original act, apart from the renewal."""
    text = (
        "Die Hamburg Port Authority und die Shanghai International Port Group haben 2024 ihr "
        "Memorandum of Understanding um weitere fünf Jahre verlängert. Das Memorandum war "
        "erstmals im Jahr 2014 unterzeichnet worden."
    )
    found = {(f[1], f[2], f[3], f[4]) for f in _acts(text)}
    assert found == {
        ("memorandum_of_understanding", "renewed", "2024", 60),
        ("memorandum_of_understanding", "signed", "2014", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Un jumelage avec Seattle aurait semblé logique ; il n'a pourtant jamais été proposé.",
        "A twinning with Seattle has never been proposed.",
    ],
)
def test_agreements_suggestion_never_made_is_no_act(text: str) -> None:
    """A twinning that "would have seemed logical" or was "never proposed" is no act."""
    assert _acts("Toulouse est une ville. " + text) == set()


def test_agreements_french_doivent_signer_is_planned() -> None:
    """ "doivent signer une lettre d'intention en novembre": planned, undated."""
    text = (
        "L'Université de Strasbourg et l'Université de Wuhan doivent signer une lettre "
        "d'intention en novembre."
    )
    assert {(f[1], f[2], f[3]) for f in _acts(text)} == {("letter_of_intent", "planned", None)}


def test_agreements_region_after_in_the_state_is_no_party() -> None:
    """ "Met Plymouth in de Amerikaanse staat Massachusetts – niet te verwarren met het
    Engelse Plymouth – sloot Leiden in 2020 een vriendschapsverdrag": Leiden and Plymouth
    (Massachusetts); the state and the English namesake are no parties."""
    text = (
        "Leiden heeft stedenbanden met Oxford (sinds 1946) en Krefeld (1974). Met Plymouth in "
        "de Amerikaanse staat Massachusetts – niet te verwarren met het Engelse Plymouth – "
        "sloot Leiden in 2020 een vriendschapsverdrag."
    )
    friendship = {f for f in _acts(text) if f[1] == "friendship"}
    assert len(friendship) == 1
    parties, _, status, signed, _ = next(iter(friendship))
    assert (status, signed) == ("signed", "2020")
    assert any(p.startswith("plymouth") for p in parties)
    assert "leiden" in parties
    assert not any("united kingdom" in p or p == "massachusetts" for p in parties)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds and the Chinese city of Hangzhou signed a friendship agreement in 2015.",
        "Mayor John Smith of Leeds and Vice-Mayor Li Wei of Hangzhou signed a friendship "
        "agreement in 2015.",
        "The city of Leeds, England and the city of Hangzhou, China signed a friendship "
        "agreement in 2015.",
        "Leeds est une ville. Le maire de Leeds et son homologue de Hangzhou ont signé un "
        "accord d'amitié en 2015.",
        "Leeds ist eine Stadt. Der Bürgermeister von Leeds und sein Amtskollege aus Hangzhou "
        "unterzeichneten 2015 ein Freundschaftsabkommen.",
        "Leeds is een stad. De burgemeester van Leeds en zijn ambtgenoot uit Hangzhou "
        "ondertekenden in 2015 een vriendschapsakkoord.",
    ],
)
def test_agreements_conjoined_parties_with_their_descriptions(text: str) -> None:
    """Two parties joined by "and" across a description ("the Chinese city of", "Vice-Mayor
    Li Wei of", a country, "son homologue de") are the act's two parties."""
    assert _acts(text) == {(frozenset({"leeds", "hangzhou"}), "friendship", "signed", "2015", None)}


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("The 1985 twinning of Leeds and Hangzhou is celebrated this year.", "1985"),
        ("Hangzhou became Leeds's sister city in 1985; a delegation visited in 2019.", "1985"),
        (
            "In 2015, a year after the 2014 trade mission, Leeds and Hangzhou signed a "
            "friendship agreement.",
            "2015",
        ),
        (
            "Leeds und Hangzhou sind seit 1985 Partnerstädte; 2019 feierten sie ein Jubiläum.",
            "1985",
        ),
        ("Leeds en Hangzhou zijn sinds 1985 zustersteden; in 2019 kwam een delegatie.", "1985"),
    ],
)
def test_agreements_date_near_the_parties(text: str, signed: str) -> None:
    """The signing date is the one that goes with the act ("the 1985 twinning of A and B",
    "became B's sister city in 1985"), not the year of another event ("the 2014 trade
    mission") or of a later clause."""
    found = _acts(text)
    assert len(found) == 1
    parties, _, status, date_, _ = next(iter(found))
    assert parties == frozenset({"leeds", "hangzhou"})
    assert (status, date_) == ("signed", signed)


@pytest.mark.parametrize(
    "text",
    [
        "Eine Delegation aus Suzhou besuchte im Mai 2019 Grenoble. Dabei unterzeichneten beide "
        "Städte eine Absichtserklärung.",
        "Een delegatie uit Suzhou bezocht in mei 2019 Grenoble. Daarbij ondertekenden beide "
        "steden een intentieverklaring.",
    ],
)
def test_agreements_signed_on_that_occasion(text: str) -> None:
    """ "Dabei"/"Daarbij" (on that occasion): the act is dated by the visit before, and the
    adverb is no place."""
    assert _acts(text) == {
        (frozenset({"suzhou", "grenoble"}), "declaration_of_intent", "signed", "2019-05", None)
    }


def test_agreements_demonym_guests_are_the_partner() -> None:
    """ "The Chinese guests signed ... with the city": the Chinese place named before and the
    document's city."""
    text = (
        "Grenoble is in the Alps. Grenoble welcomed a delegation from Suzhou in May 2019. The "
        "Chinese guests signed a letter of intent with the city on tourism."
    )
    assert {f[0] for f in _acts(text)} == {frozenset({"suzhou", "grenoble"})}


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Leeds is a city. Leeds signed an MoU with Hangzhou in 2015 and a friendship "
            "agreement with Xi'an in 2017.",
            "xi'an",
        ),
        (
            "Lyon est une ville. Lyon a signé un accord de coopération avec Hangzhou en 2015, "
            "puis une lettre d'intention avec Wuhan en 2017.",
            "wuhan",
        ),
    ],
)
def test_agreements_second_act_of_a_sentence_keeps_its_own_date(text: str, second: str) -> None:
    """The date written after the first act ("... with Hangzhou in 2015 and ...") belongs to
    it; the second act takes the date written with it."""
    found = {(f[0], f[3]) for f in _acts(text)}
    home = "leeds" if "Leeds" in text else "lyon"
    assert (frozenset({home, "hangzhou"}), "2015") in found
    assert (frozenset({home, fold(second)}), "2017") in found
