"""Acts whose two parties are not named in one sentence: the parties come from the sentences
before, the heading or the document's own place (sentences written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.pipeline import read_date_line
from cityties.extraction.types import AgreementFact
from factsets import ActKey, act_key

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _agreements(text: str) -> list[AgreementFact]:
    doc = Doc(text=text, language=guess_language(text), document_date=read_date_line(text))
    for name in _STEPS:
        registry.get(name)(doc)
    return list(doc.agreements)


def _acts(text: str) -> set[ActKey]:
    """(parties, type, signed) of every act found."""
    return {act_key(a) for a in _agreements(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ostrava breaks off its sister city link with Luoyang.\n\n"
            "The link came about in 2006, after a visit of the mayor.",
            ("sister_city", "2006"),
        ),
        (
            "Leiden zegt de stedenband met Nanchang op.\n\n"
            "De band kwam in 2011 tot stand na een handelsmissie.",
            ("sister_city", "2011"),
        ),
        (
            "Kassel beendet die Partnerschaft mit Wuxi.\n\n"
            "Die Partnerschaft kam 2003 nach langen Gesprächen zustande.",
            ("sister_city", "2003"),
        ),
        (
            "Le Mans suspend son jumelage avec Suzhou.\n\n"
            "Le jumelage a vu le jour en 1998 grâce à une association.",
            ("sister_city", "1998"),
        ),
    ],
)
def test_tie_came_into_being_dates_the_act_before(
    text: str, expected: tuple[str, str | None]
) -> None:
    """A sentence saying that the tie just named came into being in a year ("kwam in 2011 tot
    stand", "kam 2003 zustande", "came about in 2006", "a vu le jour en 1998") dates it."""
    kinds = {(t, s) for _, t, s in _acts(text)}
    assert expected in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Gouda en Wuxi worden zustersteden.\n\n"
        "De eerste contacten dateren van 2012. Daarna volgde een intentieverklaring over "
        "onderwijs.",
        "Aachen and Ningbo became sister cities in 2019.\n\n"
        "Their first contacts go back to 2010. Later followed a letter of intent on trade.",
        "Bochum und Jiaxing sind seit 2019 Partnerstädte.\n\n"
        "Die ersten Kontakte gab es 2010. Danach folgte eine Absichtserklärung über den Handel.",
        "Angers et Yantai sont jumelées depuis 2019.\n\n"
        "Les premiers contacts datent de 2010. Ensuite suivit une lettre d'intention sur le "
        "commerce.",
    ],
)
def test_act_that_followed_is_of_the_pair_reported(text: str) -> None:
    """An act said to have followed ("Daarna volgde een intentieverklaring", "followed a
    letter of intent", "folgte eine Absichtserklärung", "suivit une lettre d'intention"), in a
    sentence that names no place and no date, is a further act of the one pair the text has
    reported."""
    acts = _acts(text)
    pairs = {names for names, _, _ in acts}
    assert len(pairs) == 1
    kinds = {t for _, t, _ in acts}
    assert kinds & {"declaration_of_intent", "letter_of_intent"}


def test_act_that_followed_needs_one_pair() -> None:
    """With two pairs reported, an act that followed is given to neither."""
    text = (
        "Gouda has been twinned with Wuxi since 1990. Aachen has been twinned with Ningbo "
        "since 1995.\n\nLater followed a letter of intent on trade."
    )
    kinds = {t for _, t, _ in _acts(text)}
    assert "letter_of_intent" not in kinds


def test_act_word_read_as_organisation_does_not_hide_the_pair() -> None:
    """A passive signing of an indefinite act in a sentence naming nobody is an act of the one
    pair, even when the act word itself is also read as an organisation's name."""
    text = (
        "Bochum und Jiaxing sind seit 2019 Partnerstädte.\n\n"
        "Bereits 2016 wurde eine gemeinsame Absichtserklärung unterzeichnet."
    )
    acts = _acts(text)
    assert (frozenset({"bochum", "jiaxing"}), "declaration_of_intent", "2016") in acts


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (" Since then, the two cities have exchanged teachers.", "2015"),
        (" Sindsdien wisselen beide steden leraren uit.", "2015"),
        (" Seitdem tauschen beide Städte Lehrer aus.", "2015"),
    ],
)
def test_since_then_of_the_next_sentence_keeps_the_date(tail: str, expected: str) -> None:
    """ "in 2015. Since then, ...": the "since then" of the next sentence does not take the
    date away from the act signed in 2015."""
    text = (
        "City of Bendigo\nMedia release\n21 February 2023\n\n"
        "The City signed a memorandum of understanding with Tianshui in 2015." + tail
    )
    signed = {s for _, t, s in _acts(text) if t == "memorandum_of_understanding"}
    assert signed == {expected}


def test_partner_line_with_the_before_its_country() -> None:
    """A partner's own line "Breda, the Netherlands" heads the lines under it, like "Kent,
    Ohio, United States"."""
    text = (
        "Yangzhou Municipal People's Government\n\nFriendship cities\n\n"
        "Yangzhou has sister city relations with 8 foreign cities.\n\n"
        "Kent, Ohio, United States\nSister city relationship established in 1996.\n\n"
        "Breda, the Netherlands\nSister city relationship established in 2012.\n"
    )
    acts = _acts(text)
    assert (frozenset({"yangzhou", "breda"}), "sister_city", "2012") in acts
    assert (frozenset({"yangzhou", "kent"}), "sister_city", "2012") not in acts


def test_verzusteringscharter_is_a_twinning() -> None:
    """ "het verzusteringscharter" names a twinning act."""
    text = (
        "date 2019-11-08\nGenk en Jiangmen worden zustersteden\n\n"
        "In Jiangmen ondertekende de burgemeester van Genk op 4 november het "
        "verzusteringscharter."
    )
    assert (frozenset({"genk", "jiangmen"}), "sister_city", "2019-11-04") in _acts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les deux villes de Nantes et Jinan sont jumelées depuis 1986. Un accord d'amitié "
            "avait précédé le jumelage en 1984.",
            {("sister_city", "1986"), ("friendship", "1984")},
        ),
        (
            "Leeds and Hangzhou have been sister cities since 1988. The twinning had been "
            "preceded in 1985 by a friendship agreement.",
            {("sister_city", "1988"), ("friendship", "1985")},
        ),
        (
            "Zwolle en Yangzhou zijn sinds 2012 zustersteden. Aan de stedenband ging in 2009 "
            "een intentieverklaring vooraf.",
            {("sister_city", "2012"), ("declaration_of_intent", "2009")},
        ),
        (
            "Bonn und Chengdu sind seit 2009 Partnerstädte. Der Städtepartnerschaft war 2006 "
            "eine Freundschaftsvereinbarung vorausgegangen.",
            {("sister_city", "2009"), ("friendship", "2006")},
        ),
    ],
)
def test_act_that_preceded_takes_the_date(text: str, expected: set[tuple[str, str]]) -> None:
    """ "An act had preceded the twinning in 1984": the twinning is the one reported before
    (with its own date), the year is the date of the act that came first."""
    assert {(t, s) for _, t, s in _acts(text)} == expected


def test_preceded_twinning_of_the_same_date_keeps_it() -> None:
    """When the year is the twinning's own, the act that preceded it gets no date."""
    text = (
        "Leeds and Hangzhou became sister cities in 1988. A friendship agreement preceded the "
        "twinning in 1988."
    )
    assert {(t, s) for _, t, s in _acts(text)} == {("sister_city", "1988"), ("friendship", None)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Milestones of Wuxi and Kitchener\n\n1993: Friendship city agreement signed.\n"
            "2001: Sister city agreement signed.\n",
            {"wuxi", "kitchener"},
        ),
        (
            "Ville de Poitiers\nActualités\n\nCoopération avec Yantai\n\n"
            "2014 : accord de coopération signé par les maires.\n",
            {"poitiers", "yantai"},
        ),
    ],
)
def test_heading_names_the_pair_of_lines_without_parties(text: str, pair: set[str]) -> None:
    """Lines that report acts without naming any party take the pair the heading above them
    names (two places, or one place besides the document's own)."""
    acts = _acts(text)
    assert acts
    assert all(names == frozenset(pair) for names, _, _ in acts)


def test_heading_pair_not_used_after_another_pair() -> None:
    """Once the text has reported acts of another pair, a heading's pair is not assumed."""
    text = (
        "Wuxi and Kitchener\n\nKitchener is twinned with Savonlinna since 1990. "
        "Ulm is twinned with Yantai since 1995.\n\n2001: Sister city agreement signed.\n"
    )
    acts = _acts(text)
    assert (frozenset({"wuxi", "kitchener"}), "sister_city", "2001") not in acts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2021-05-03\nGHENT, 3 May 2021 - The city has signed a letter of intent with "
            "Ningbo on port logistics.\n",
            {"ghent", "ningbo"},
        ),
        (
            "date 2022-03-09\nROTTERDAM – De stad heeft een samenwerkingsovereenkomst met "
            "Shanghai ondertekend.\n",
            {"rotterdam", "shanghai"},
        ),
    ],
)
def test_dateline_in_capitals_is_the_implied_party(text: str, pair: set[str]) -> None:
    """A well-known place written in capitals as the dateline ("GHENT, 3 May 2021 - The city
    has signed ...") is the document's own place, the party "the city" stands for."""
    assert {names for names, _, _ in _acts(text)} == {frozenset(pair)}


def test_dateline_city_of_a_named_region_is_not_the_party() -> None:
    """A region's release datelined in its capital ("EDMONTON – Alberta's minister ...") keeps
    the region as the party."""
    text = (
        "date 2023-06-02\nEDMONTON – Alberta's minister and the vice-governor of Heilongjiang "
        "today signed a protocol on crop research.\n"
    )
    pairs = {names for names, _, _ in _acts(text)}
    assert frozenset({"edmonton", "heilongjiang"}) not in pairs


def test_the_agreement_under_a_new_partner_line_is_that_partners() -> None:
    """ "The sister city agreement was signed in 1988." under a line naming another partner
    ("Izumiotsu, Japan") is that partner's act, not the act of the partner above."""
    text = (
        "City of Geelong\nSister city relationships\n\nChangzhou, China\n"
        "The friendship agreement was signed in 1986. It became a sister city relationship in "
        "1989.\n\nIzumiotsu, Japan\nThe sister city agreement was signed in 1988.\n"
    )
    acts = _acts(text)
    assert (frozenset({"geelong", "izumiotsu"}), "sister_city", "1988") in acts
    assert (frozenset({"geelong", "changzhou"}), "sister_city", "1988") not in acts


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Apeldoorn\nNieuws\n\nZhenjiang is een stad van 3 miljoen inwoners in Jiangsu. "
        "De gemeente sloot in 2004 een stedenband met de Chinese stad.",
        "City of Apeldoorn\nNews\n\nZhenjiang is a city of 3 million people in Jiangsu. The "
        "council formed a twinning with the Chinese city in 2004.",
    ],
)
def test_the_chinese_city_is_the_city_not_its_province(text: str) -> None:
    """ "met de Chinese stad", "with the Chinese city": the Chinese city named before, not the
    province named after it."""
    pairs = {names for names, _, _ in _acts(text)}
    assert pairs == {frozenset({"apeldoorn", "zhenjiang"})}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 1986: The two mayors signed a friendship agreement on 3 September 1986.", "1986-09-03"),
        ("- 1986 : les deux maires signent un accord d'amitié le 3 septembre 1986.", "1986-09-03"),
        (
            "- 1986: beide Bürgermeister unterzeichnen am 3. September 1986 einen "
            "Freundschaftsvertrag.",
            "1986-09-03",
        ),
    ],
)
def test_timeline_year_then_the_day_of_that_year(line: str, expected: str) -> None:
    """A timeline line that opens with a year and gives the day of that year later dates the
    act by the day."""
    text = "Geelong and Changzhou\n\n" + line + "\n"
    signed = {s for _, t, s in _acts(text) if t == "friendship"}
    assert signed == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Stadt Bochum\nBeschlussvorlage\n\nDer Oberbürgermeister wird ermächtigt, die "
        "Kooperationsvereinbarung mit Jiaxing zu unterzeichnen.\n\nBegründung:\nMit der Stadt "
        "Jiaxing wurde 2011 eine Absichtserklärung unterzeichnet. Seitdem gibt es einen "
        "Schüleraustausch. Es gab auch Besuche der Verwaltung. Die neue Vereinbarung soll im "
        "Mai unterzeichnet werden und gilt für drei Jahre.\n",
        "City of Leeds\nCouncil report\n\nThe Mayor is authorised to sign the cooperation "
        "agreement with Jiaxing.\n\nBackground\nIn 2011 a declaration of intent was signed "
        "with Jiaxing. Since then there have been school exchanges. Officials have also "
        "visited. The new agreement will be signed in May and will run for three years.\n",
    ],
)
def test_the_new_agreement_is_the_one_in_preparation(text: str) -> None:
    """ "Die neue Vereinbarung ... gilt für drei Jahre" is the act in preparation, not the older
    act named after it: the term is the planned act's."""
    found = {(a.type, a.status): a.duration_months for a in _agreements(text)}
    assert found.get(("cooperation_agreement", "planned")) == 36
    assert found.get(("declaration_of_intent", "signed")) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Provincie Gelderland\n\nDe provincie tekende in 2008 een vriendschapsverdrag met de "
            "Chinese provincie Jiangxi. In 2014 werd het verdrag met vijf jaar verlengd.",
            "friendship",
        ),
        (
            "Ville de Poitiers\n\nLa Ville a signé une charte de jumelage avec Yantai en 2008. La "
            "charte a été renouvelée en 2014.",
            "sister_city",
        ),
        (
            "City of Ballarat\n\nBallarat signed a sister city pact with Chongqing in 2008. The "
            "pact was renewed in 2014.",
            "sister_city",
        ),
    ],
)
def test_the_treaty_renewed_is_the_act_before(text: str, kind: str) -> None:
    """ "het verdrag", "la charte", "the pact" at the head of a sentence name the act just
    reported: its renewal is a second act of that pair and kind."""
    found = {(a.type, a.status, a.signed.iso() if a.signed else None) for a in _agreements(text)}
    assert found == {(kind, "signed", "2008"), (kind, "renewed", "2014")}


@pytest.mark.parametrize(
    "text",
    [
        "Rotterdam en Shanghai zijn sinds 1979 zustersteden. In 2015 werd ook een overeenkomst "
        "over havensamenwerking getekend.",
        "Hamburg und Shanghai sind seit 1986 Partnerstädte. 2015 wurde zudem eine Vereinbarung "
        "über Hafenkooperation unterzeichnet.",
        "Rotterdam and Shanghai have been sister cities since 1979. An agreement on port "
        "cooperation was also signed in 2015.",
    ],
)
def test_one_more_agreement_of_the_pair(text: str) -> None:
    """ "In 2015 werd ook een overeenkomst ... getekend": a word like "agreement", said to be
    one more and signed in a sentence naming nobody (a German noun read as an organisation
    names nobody), is an act of the one pair reported."""
    acts = _acts(text)
    assert len({names for names, _, _ in acts}) == 1
    assert ("cooperation_agreement", "2015") in {(t, s) for _, t, s in acts}


@pytest.mark.parametrize(
    "text",
    [
        "Hamburg und Shanghai sind seit 1986 Partnerstädte. Später kam eine Absichtserklärung "
        "über Häfen hinzu.",
        "Rotterdam en Shanghai zijn sinds 1979 zustersteden. Later kwam er een "
        "intentieverklaring over havens bij.",
    ],
)
def test_act_that_came_later_is_of_the_pair(text: str) -> None:
    """ "Später kam eine Absichtserklärung hinzu", "Later kwam er een intentieverklaring bij":
    one more act of the pair reported."""
    assert "declaration_of_intent" in {t for _, t, _ in _acts(text)}


def test_passive_with_an_adverb_in_french() -> None:
    """ "Une lettre d'intention a également été signée": a passive signing with an adverb, an
    act of the one pair reported."""
    text = (
        "Rouen et Ningbo sont jumelées depuis 1990. Une lettre d'intention a également été "
        "signée plus tard."
    )
    assert "letter_of_intent" in {t for _, t, _ in _acts(text)}
