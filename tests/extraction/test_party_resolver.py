"""The party resolver: acts whose parties no sentence frame gives are given the pair that the
evidence spread over the document points to, or nothing (sentences written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import registry
from cityties.extraction.doc import Doc, guess_language
from cityties.extraction.errors import ExtractionError
from cityties.extraction.extractors import _party_resolver, agreements
from cityties.extraction.extractors._clauses import units
from cityties.extraction.extractors._parties import Actor, cast_for
from cityties.extraction.extractors._party_resolver import (
    ACT_THRESHOLD,
    ACT_WEIGHTS,
    act_features,
    keep_act,
    resolve_pair,
)
from cityties.extraction.pipeline import extract, parse_counterparts, read_date_line
from cityties.extraction.types import AgreementFact
from cityties.text import fold
from factsets import ActKey, act_key

_STEPS = ("cityties.document", "cityties.dates", "cityties.places", "cityties.agreements")


def _doc(text: str, steps: tuple[str, ...] = _STEPS) -> Doc:
    doc = Doc(text=text, language=guess_language(text), document_date=read_date_line(text))
    for name in steps:
        registry.get(name)(doc)
    return doc


def _agreements(text: str) -> list[AgreementFact]:
    return list(_doc(text).agreements)


def _acts(text: str) -> set[ActKey]:
    """(parties, type, signed) of every act found."""
    return {act_key(a) for a in _agreements(text)}


@pytest.mark.parametrize(
    ("text", "pair", "kind", "signed"),
    [
        (
            "A delegation from Weifang spent three days in Hull this week. A memorandum of "
            "understanding on port logistics was signed on 12 March 2019 at the Guildhall.",
            {"hull", "weifang"},
            "memorandum_of_understanding",
            "2019-03-12",
        ),
        (
            "Een delegatie uit Yangzhou bracht deze week een bezoek aan Breda. Op 3 april 2018 "
            "werd een intentieverklaring over onderwijs ondertekend in het stadhuis.",
            {"breda", "yangzhou"},
            "declaration_of_intent",
            "2018-04-03",
        ),
        (
            "Eine Delegation aus Taicang war in dieser Woche zu Gast in Erlangen. Am 5. Juni "
            "2017 wurde im Rathaus eine Absichtserklärung zur Zusammenarbeit unterzeichnet.",
            {"erlangen", "taicang"},
            "declaration_of_intent",
            "2017-06-05",
        ),
        (
            "Une délégation de Wuhan a été reçue cette semaine à Bordeaux. Le 8 octobre 2016, "
            "une lettre d'intention sur la coopération universitaire a été signée à l'hôtel de "
            "ville.",
            {"bordeaux", "wuhan"},
            "letter_of_intent",
            "2016-10-08",
        ),
    ],
)
def test_party_resolver_act_of_the_pair_named_before(
    text: str, pair: set[str], kind: str, signed: str
) -> None:
    """A signed act in a sentence that names no party binds the two places of different
    countries (one Chinese) named in the sentence before."""
    assert (frozenset(pair), kind, signed) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a partner left unnamed: a number of cities, an indefinite city
        "Zwolle and Tartu have worked together since 1990. A memorandum of understanding was "
        "signed with 12 cities in 2015.",
        "Leiden en Oxford werken al lang samen. In 2019 werd een intentieverklaring met een "
        "Chinese stad ondertekend.",
        "Kiel und Brest arbeiten seit Jahren zusammen. 2014 wurde eine Absichtserklärung mit "
        "einer Stadt in China unterzeichnet.",
        "Rennes et Erlangen coopèrent depuis 1964. En 2012, une lettre d'intention a été "
        "signée avec plusieurs villes chinoises.",
    ],
)
def test_party_resolver_unnamed_partner_gives_no_act(text: str) -> None:
    """An act signed with a partner the text leaves unnamed ("with 12 cities", "met een
    Chinese stad", "mit einer Stadt", "avec plusieurs villes") is given no pair."""
    assert not [a for a in _agreements(text) if a.type != "sister_city"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghent hosted the forum with Lyon. A friendship agreement with the Japanese city was "
        "signed in 2015.",
        "Gent ontving het forum samen met Lyon. In 2015 werd een samenwerkingsakkoord met de "
        "Japanse stad getekend.",
    ],
)
def test_party_resolver_described_partner_must_fit_its_country(text: str) -> None:
    """A partner described by its country ("the Japanese city") is none of the places of
    other countries the text names: no pair of them is made up."""
    assert not _agreements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aachen und Ningbo tauschen Schüler aus. Der Besuch in der Partnerstadt ist für 2025 "
        "geplant.",
        "Delft and Jinhua exchange pupils. A visit to the sister city is planned for 2025.",
        "Delft en Jinhua wisselen leerlingen uit. Een bezoek aan de zusterstad staat voor 2025 "
        "gepland.",
        "Dijon et Wuhan échangent des élèves. Une visite de la ville jumelle est prévue en 2025.",
    ],
)
def test_party_resolver_partner_city_word_is_no_act_cue(text: str) -> None:
    """A word for the partner city ("Partnerstadt", "sister city", "zusterstad", "ville
    jumelle") with a date is no act of the pair named before."""
    assert not _agreements(text)


def test_party_resolver_two_chinese_places_are_no_pair() -> None:
    """Two places of China score below the threshold: an act word with a date next to a
    Chinese city and its district gives no act between them."""
    text = (
        "Wuhan ontving een handelsmissie in het district Hanyang. Op 2 mei 2019 werd een "
        "memorandum over logistiek ondertekend."
    )
    assert not [a for a in _agreements(text) if len(a.parties) == 2]


def test_party_resolver_institutions_for_two_universities() -> None:
    """ "Between the two universities": the resolver pairs organisations, not the place
    named next to one of them."""
    text = (
        "The rector of Lund University met the president of Fudan University in Shanghai. "
        "On 2 May 2019 a cooperation agreement between the two universities was signed."
    )
    pairs = {a[0] for a in _acts(text) if a[1] == "cooperation_agreement"}
    assert all("shanghai" not in p for p in pairs)


def test_party_resolver_direct_call_prefers_near_places_of_two_countries() -> None:
    """`resolve_pair` called on a document: the places of the sentence before the cue, one
    Chinese and one not, win over a place named once far away."""
    text = (
        "Tampere has many friends; Kuopio is one of them.\n\n"
        "A delegation from Ningbo was received in Espoo this week. A memorandum of "
        "understanding was signed on 3 May 2021."
    )
    doc = _doc(text, _STEPS[:3])
    cast = cast_for(doc)
    starts = [u.start for u in units(doc, relative=True)]
    at = text.index("memorandum")
    end = at + len("memorandum of understanding")
    pair = resolve_pair(text, cast, starts, (at, end, "memorandum_of_understanding"))
    assert pair is not None
    assert {fold(a.name) for a in pair} == {"ningbo", "espoo"}


def test_party_resolver_direct_call_without_actors_gives_none() -> None:
    """A document without places or organisations gives no pair."""
    text = "A memorandum of understanding was signed on 3 May 2021."
    doc = _doc(text, _STEPS[:3])
    starts = [u.start for u in units(doc, relative=True)]
    assert resolve_pair(text, cast_for(doc), starts, (2, 29, "memorandum_of_understanding")) is None


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "The mayor of Tours led a trade mission to China in May 2007. During the visit a "
            "letter of intent was signed in Jinan.",
            {"tours", "jinan"},
            "letter_of_intent",
        ),
        (
            "De burgemeester van Tilburg leidde in mei 2007 een handelsmissie naar China. "
            "Tijdens het bezoek werd in Changzhou een intentieverklaring ondertekend.",
            {"tilburg", "changzhou"},
            "declaration_of_intent",
        ),
        (
            "Der Oberbürgermeister von Kassel reiste im Mai 2007 nach China. Bei dem Besuch "
            "wurde in Wuxi eine Absichtserklärung unterzeichnet.",
            {"kassel", "wuxi"},
            "declaration_of_intent",
        ),
        (
            "Le maire de Nantes a conduit une mission en Chine en mai 2007. Au cours de la "
            "visite, une lettre d'intention a été signée à Jinan.",
            {"nantes", "jinan"},
            "letter_of_intent",
        ),
    ],
)
def test_party_resolver_venue_can_be_the_partner(text: str, pair: set[str], kind: str) -> None:
    """The Chinese city where an act was signed, with the home city of the sentence before,
    is the pair of an act whose sentence names no other party."""
    assert (frozenset(pair), kind) in {(a[0], a[1]) for a in _acts(text)}


def test_party_resolver_region_that_places_a_partner_is_no_party() -> None:
    """ "A port city in the province of Zhejiang": the province says where the partner
    lies; it is no party of the act."""
    text = "Heilbronn and a port city in the province of Zhejiang signed a friendship agreement."
    assert not any("zhejiang" in a[0] for a in _acts(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Besuch aus China\n\nOsnabrück. Eine Delegation aus Hefei war zu Gast. Schon im Mai "
            "2019 besiegelte der Rat die Städtepartnerschaft.",
            {"osnabruck", "hefei"},
        ),
        (
            "Bezoek uit China\n\nNijmegen. Een delegatie uit Suzhou was op bezoek. In mei 2019 "
            "bekrachtigde de raad de stedenband.",
            {"nijmegen", "suzhou"},
        ),
    ],
)
def test_party_resolver_dot_dateline_is_the_home_party(text: str, pair: set[str]) -> None:
    """ "Osnabrück. Eine Delegation ...": the place of the local paper's dateline is the
    party the act's sentence leaves unnamed."""
    assert frozenset(pair) in {a[0] for a in _acts(text) if a[1] == "sister_city"}


# --- the counterpart countries, a setting of the pipeline (branch learn) ---

_GUESTS = [
    "Ghent received guests from Lyon and Wuhan this week. On 3 April 2018 a letter of intent "
    "on education was signed in the city hall.",
    "Gent ontving deze week gasten uit Lyon en Wuhan. Op 3 april 2018 werd in het stadhuis "
    "een intentieverklaring over onderwijs ondertekend.",
    "Gand a reçu cette semaine des délégations de Lyon et de Wuhan. Le 3 avril 2018, une "
    "lettre d'intention sur l'enseignement a été signée à l'hôtel de ville.",
    "Gent empfing in dieser Woche Gäste aus Lyon und Wuhan. Am 3. April 2018 wurde im "
    "Rathaus eine Absichtserklärung zur Bildung unterzeichnet.",
]


def _pairs(text: str, counterparts: list[str] | None) -> set[frozenset[str]]:
    doc = extract(text, counterparts=counterparts).doc
    return {frozenset(fold(p.name) for p in a.parties) for a in doc.agreements}


@pytest.mark.parametrize("text", _GUESTS)
def test_party_resolver_counterparts_default_prefers_the_chinese_guest(text: str) -> None:
    """By default the counterparts are China, Taiwan, Hong Kong and Macao: the act whose
    sentence names no party binds the home city and the Chinese guest."""
    pairs = _pairs(text, None)
    assert len(pairs) == 1
    (pair,) = pairs
    assert "wuhan" in pair
    assert "lyon" not in pair


@pytest.mark.parametrize("text", _GUESTS)
def test_party_resolver_counterparts_setting_prefers_that_country(text: str) -> None:
    """With France as the counterpart country the same act binds the home city and the
    French guest."""
    pairs = _pairs(text, ["FR"])
    assert len(pairs) == 1
    (pair,) = pairs
    assert "lyon" in pair
    assert "wuhan" not in pair


def test_party_resolver_counterparts_default_is_the_same_as_none() -> None:
    """Naming the default countries gives what the default gives."""
    for text in _GUESTS:
        assert _pairs(text, ["cn", "TW", "HK,MO"]) == _pairs(text, None)


@pytest.mark.parametrize(
    ("codes", "parsed"),
    [(["FR"], {"FR"}), (["fr,de"], {"FR", "DE"}), ("cn", {"CN"}), ([" be ", "NL"], {"BE", "NL"})],
)
def test_parse_counterparts_codes(codes: list[str] | str, parsed: set[str]) -> None:
    """Codes are upper-cased, split at commas and stripped."""
    assert parse_counterparts(codes) == frozenset(parsed)


@pytest.mark.parametrize("codes", [["FRA"], ["F1"], ["FR,"], []])
def test_parse_counterparts_rejects_bad_codes(codes: list[str]) -> None:
    """A code that is not two letters, or no code at all, is error E110."""
    with pytest.raises(ExtractionError) as info:
        parse_counterparts(codes)
    assert info.value.code == "E110"


# --- the learned filter for extra acts (branch learn) ---


@pytest.mark.parametrize(
    "text",
    [
        "Hangzhou and Ningbo signed a cooperation agreement on port logistics.",
        "Hangzhou en Ningbo ondertekenden een samenwerkingsovereenkomst over havenlogistiek.",
        "Hangzhou et Ningbo ont signé un accord de coopération sur la logistique portuaire.",
        "Hangzhou und Ningbo unterzeichneten ein Kooperationsabkommen zur Hafenlogistik.",
    ],
)
def test_act_filter_two_counterpart_places_left_out(text: str) -> None:
    """An undated act between two places of the counterpart countries (two Chinese cities)
    is seldom an act of the genre: the filter leaves it out by default, and keeps it when
    the counterpart country is another one."""
    assert _pairs(text, None) == set()
    assert _pairs(text, ["FR"]) == {frozenset({"hangzhou", "ningbo"})}


@pytest.mark.parametrize(
    "text",
    [
        "Cape Town and the Western Cape signed a memorandum of understanding on tourism.",
        "Lyon et la région Auvergne-Rhône-Alpes ont signé un protocole d'accord sur le tourisme.",
        "Aarau und der Kanton Aargau unterzeichneten eine Absichtserklärung zum Tourismus.",
    ],
)
def test_act_filter_place_with_its_own_region_left_out(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A place and the region that holds it are no pair of the genre's acts: the rules read
    one, the filter leaves it out."""
    assert _pairs(text, None) == set()
    monkeypatch.setattr(agreements, "ACT_THRESHOLD", 0.0)  # the filter off: the rules' act
    assert len(_pairs(text, None)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ghent and Wuhan signed a cooperation agreement on port logistics.",
        "Gent en Wuhan ondertekenden een samenwerkingsovereenkomst over havenlogistiek.",
        "Lyon et Wuhan ont signé un accord de coopération sur la logistique portuaire.",
        "Hamburg und Shanghai unterzeichneten ein Kooperationsabkommen zur Hafenlogistik.",
    ],
)
def test_act_filter_keeps_a_foreign_pair(text: str) -> None:
    """An act between a place and a Chinese counterpart passes the filter, dated or not."""
    assert len(_pairs(text, None)) == 1


def test_act_filter_weights_name_the_features() -> None:
    """Every learned weight but the bias multiplies a feature `act_features` gives, and the
    threshold is a probability."""
    hangzhou = Actor(0, 8, "Hangzhou", "place", "g:1", country="CN", place_kind="city")
    ghent = Actor(13, 18, "Ghent", "place", "g:2", country="BE", place_kind="city")
    features = act_features((hangzhou, ghent), "signed", True)
    assert set(ACT_WEIGHTS) - {"bias"} <= set(features)
    assert features["one_counterpart"] == 1.0
    assert features["both_counterpart"] == 0.0
    assert 0.0 <= ACT_THRESHOLD < 1.0
    assert keep_act((hangzhou, ghent), "signed", True)


# --- act words without a status verb or a date next to them (branch learn3) ---


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A friendship pact also links Rennes with Sendai, in Japan, ever since the spring "
            "of 1992.",
            "friendship",
        ),
        (
            "Un pacte d'amitié lie aussi Rennes à Sendai, au Japon, depuis le printemps de 1992.",
            "friendship",
        ),
        (
            "Ein Freundschaftsvertrag verbindet außerdem Rennes mit Sendai in Japan, schon seit "
            "dem Frühjahr 1992.",
            "friendship",
        ),
        (
            "Een vriendschapsverdrag verbindt Rennes ook met Sendai in Japan, al sinds het "
            "voorjaar van 1992.",
            "friendship",
        ),
    ],
)
def test_party_resolver_weak_cue_binds_the_pair_named_with_it(
    text: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An act word with neither a signing verb nor a date next to it ("a friendship pact
    links X with Y", "un pacte d'amitié lie X à Y", "ein Freundschaftsvertrag verbindet X mit
    Y", "een vriendschapsverdrag verbindt X met Y") is scored by the resolver: the two places
    named with it are its parties; with `WEAK_CUES` off no act is read."""
    acts = _agreements(text)
    assert {(frozenset(fold(p.name) for p in a.parties), a.type) for a in acts} == {
        (frozenset({"rennes", "sendai"}), kind)
    }
    monkeypatch.setattr(_party_resolver, "WEAK_CUES", False)
    assert _agreements(text) == []


def test_act_filter_weak_cue_acts_weigh_less_than_the_rules() -> None:
    """`act_features` marks an act whose parties the resolver chose for an act word without a
    status marker, and the filter gives it a lower probability than the same act read by the
    rules: dated, it stays; undated, with a Chinese partner, it is left out."""
    hangzhou = Actor(0, 8, "Hangzhou", "place", "g:1", country="CN", place_kind="city")
    ghent = Actor(13, 18, "Ghent", "place", "g:2", country="BE", place_kind="city")
    assert act_features((hangzhou, ghent), "signed", True, weak_cue=True)["weak_cue"] == 1.0
    assert act_features((hangzhou, ghent), "signed", True)["weak_cue"] == 0.0
    assert ACT_WEIGHTS["weak_cue"] < 0.0
    assert keep_act((hangzhou, ghent), "signed", True, weak_cue=True)
    assert keep_act((hangzhou, ghent), "signed", False)
    assert not keep_act((hangzhou, ghent), "signed", False, weak_cue=True)


@pytest.mark.parametrize(
    ("text", "word", "home"),
    [
        (
            "A delegation from Exeter was received in Wuhu this week. A letter of intent between"
            " the two port cities was signed on 3 May 2021.",
            "letter of intent",
            "exeter",
        ),
        (
            "Eine Delegation aus Kiel war diese Woche in Wuhu. Eine Absichtserklärung zwischen"
            " den beiden Hafenstädten wurde am 3. Mai 2021 unterzeichnet.",
            "Absichtserklärung",
            "kiel",
        ),
    ],
)
def test_party_resolver_two_port_cities_are_cities(text: str, word: str, home: str) -> None:
    """ "the two port cities", "den beiden Hafenstädten": two cities, not two port
    institutions, so the resolver pairs the two places named."""
    doc = _doc(text, _STEPS[:3])
    starts = [u.start for u in units(doc, relative=True)]
    at = text.index(word)
    pair = resolve_pair(text, cast_for(doc), starts, (at, at + len(word), "letter_of_intent"))
    assert pair is not None
    assert {fold(a.name) for a in pair} == {home, "wuhu"}
