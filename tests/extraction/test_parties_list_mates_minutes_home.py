"""Agreements: partners of a town's own minutes are the town's partners, not each other's
(issue 2; seen in corpus37 d02, corpus41 f01, corpus40 e02, corpus5 k13: a committee's
minutes or a council page names two requesting or listed partner towns together, and the
acts told after them were paired with the first of them instead of the town that writes).
The town of a title line "... de la ville de X", "... van de gemeente X" is the document's
home even when the government word is written in lower case. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._clauses_pairs import list_mates
from cityties.extraction.extractors._parties import Actor
from cityties.extraction.extractors.agreements import _Cluster, _partners_of_home, _Reading
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str]]:
    return {
        (frozenset(fold(p.name) for p in a.parties), a.type) for a in extract(text).doc.agreements
    }


_MINUTES = {
    "de": (
        "Niederschrift über die 9. Sitzung des Hauptausschusses der Stadt Rinteln am "
        "12.05.2026\n\nTOP 4 Partnerschaften – Anfragen\n\nDer Bürgermeister berichtet, dass "
        "die chinesische Stadt Xianning und die ungarische Stadt Szentendre um die Begründung "
        "einer Städtepartnerschaft gebeten haben. Ferner weist er darauf hin, dass die "
        "Freundschaftsvereinbarung mit der tschechischen Stadt Tábor aus dem Jahr 2012 "
        "ausgelaufen ist.\nFrau Berg lehnt es ab, die seit 1974 bestehende Verbindung mit "
        "Sablé-sur-Sarthe zu kündigen.\n"
    ),
    "en": (
        "Minutes of the 9th meeting of the Community Committee of the Town of Ballarat, 3 June "
        "2026\n\nItem 4 Sister cities – requests\n\nThe Mayor reported that the Chinese city of "
        "Yichang and the Hungarian city of Szentendre have asked to enter into a sister city "
        "relationship. He also reported that the friendship agreement with the Czech city of "
        "Tabor, dating from 2012, has lapsed.\n"
    ),
    "fr": (
        "Procès-verbal de la 9e séance de la commission des relations internationales de la "
        "ville de Vierzon du 14 mai 2026\n\nPoint 4 Jumelages – demandes\n\nLe maire indique "
        "que la ville chinoise de Xiangtan et la ville hongroise de Szentendre ont demandé "
        "l'établissement d'un jumelage. Il signale aussi que le pacte d'amitié de 2012 "
        "avec la ville tchèque de Tábor est arrivé à échéance.\nMme Berg s'oppose à la fin du "
        "jumelage avec Hemer, qui existe depuis 1974.\n"
    ),
    "nl": (
        "Verslag van de 9e vergadering van de commissie Bestuur van de gemeente Doetinchem van "
        "4 juni 2026\n\nAgendapunt 4 Stedenbanden – verzoeken\n\nDe burgemeester meldt dat de "
        "Chinese stad Jiangyin en de Hongaarse stad Szentendre om een stedenband hebben "
        "gevraagd. Ook meldt hij dat de vriendschapsovereenkomst met de Tsjechische stad Tábor "
        "uit 2012 is verlopen.\nMevrouw Berg is ertegen de stedenband met Bocholt, die sinds "
        "1974 bestaat, op te zeggen.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "home", "partner"),
    [
        ("de", "rinteln", "tabor"),
        ("en", "ballarat", "tabor"),
        ("fr", "vierzon", "tabor"),
        ("nl", "doetinchem", "tabor"),
    ],
)
def test_agreements_minutes_partner_after_requests_is_the_towns(
    lang: str, home: str, partner: str
) -> None:
    """The friendship told after two requesting towns is the writing town's, not theirs."""
    acts = _acts(_MINUTES[lang])
    assert (frozenset({home, partner}), "friendship") in acts
    assert not any(partner in parties and home not in parties for parties, _ in acts)


@pytest.mark.parametrize(
    ("lang", "home", "partner"), [("fr", "vierzon", "hemer"), ("nl", "doetinchem", "bocholt")]
)
def test_agreements_lower_case_government_in_title_is_home(
    lang: str, home: str, partner: str
) -> None:
    """ "... de la ville de Vierzon", "... van de gemeente Doetinchem" in the title line make
    that town the home: its long-standing twinning is its own."""
    assert (frozenset({home, partner}), "sister_city") in _acts(_MINUTES[lang])


def _place(start: int, name: str, country: str, *, government: bool = False) -> Actor:
    return Actor(
        start, start + len(name), name, "place", f"p:{name}", 1, country, None, "city", government
    )


def _cluster(a: Actor, b: Actor, span: tuple[int, int]) -> _Cluster:
    return _Cluster(_Reading((a, b), "sister_city", "signed", True, 0, span, 0))


def test_partners_of_home_carried_partner_gives_way_to_the_home() -> None:
    """A partner carried into acts whose sentences name only the other party stands for the
    government home; the act is the home's."""
    home = _place(0, "Hemer", "DE", government=True)
    carried = _place(100, "Jinhua", "CN")
    first = _cluster(carried, _place(120, "Tarnow", "PL"), (90, 160))
    later = _cluster(carried, _place(300, "Zlin", "CZ"), (280, 340))
    out = _partners_of_home(home, [first, later])
    keys = [c.keys for c in out]
    assert frozenset({"p:Jinhua", "p:Tarnow"}) in keys  # named together: left alone
    assert frozenset({"p:Hemer", "p:Zlin"}) in keys


@pytest.mark.parametrize("government", [False, True])
def test_partners_of_home_leaves_news_and_ties_alone(government: bool) -> None:
    """A home that is no government (a news page on two other towns) or a pair whose parties
    are used equally often keeps its acts as read."""
    home = _place(0, "Hemer", "DE", government=government)
    owner = _place(100, "Cincinnati", "US")
    c1 = _cluster(owner, _place(300, "Gifu", "JP"), (280, 340))
    c2 = _cluster(_place(400, "Nancy", "FR"), _place(420, "Kharkiv", "UA"), (390, 460))
    out = _partners_of_home(home, [c1, c2])
    assert [c.keys for c in out] == [c1.keys, c2.keys]


_LISTS = {
    "en": (
        "Port News\n\nPort of Gdansk signs sister-port pact with Qinzhou\n\nThe Port of "
        "Gdansk Authority announced on Monday a new sister-port pact, concluded with "
        "the Port of Qinzhou.\n\nIn 2009, the Gdansk port concluded a sister-port pact with "
        "the Port of Mombasa.\n\nCurrently, the Port of Gdansk has sister-port agreements "
        "with five ports: Qinzhou, China; Mombasa, Kenya; Valparaiso, Chile; Tema, Ghana; "
        "and Durban, South Africa.\n"
    ),
    "fr": (
        "Actualités du port\n\nLe port de Sète signe un accord de jumelage portuaire avec "
        "Qinzhou\n\nLundi, le port de Sète a fait savoir qu'il avait conclu un jumelage "
        "portuaire avec le port de Qinzhou.\n\nEn 2009, le port avait signé un accord de "
        "jumelage portuaire avec le port de Mombasa.\n\nAujourd'hui, le port de Sète a des "
        "accords de jumelage avec cinq ports : Qinzhou, Chine ; Mombasa, Kenya ; "
        "Valparaiso, Chili ; Tema, Ghana ; et Durban, Afrique du Sud.\n"
    ),
    "de": (
        "Hafennachrichten\n\nHafen Wismar schließt Partnerschaft mit Qinzhou\n\nDie "
        "Hafengesellschaft Wismar gab am Montag bekannt, dass sie ein "
        "Partnerschaftsabkommen mit dem Hafen Qinzhou unterzeichnet hat.\n\nIm Jahr 2009 "
        "hatte der Hafen ein Partnerschaftsabkommen mit dem Hafen Mombasa "
        "unterzeichnet.\n\nDerzeit hat der Hafen Wismar Partnerschaftsabkommen mit fünf "
        "Häfen: Qinzhou, China; Mombasa, Kenia; Valparaiso, Chile; Tema, Ghana; und "
        "Durban, Südafrika.\n"
    ),
    "nl": (
        "Havennieuws\n\nHaven van Vlissingen sluit zusterhavenakkoord met Qinzhou\n\nHet "
        "havenbedrijf van Vlissingen heeft maandag een zusterhavenovereenkomst met de "
        "haven van Qinzhou ondertekend.\n\nIn 2009 ondertekende de haven een "
        "zusterhavenovereenkomst met de haven van Mombasa.\n\nOp dit moment heeft de haven "
        "van Vlissingen zusterhavenovereenkomsten met vijf havens: Qinzhou, China; "
        "Mombasa, Kenia; Valparaiso, Chili; Tema, Ghana; en Durban, Zuid-Afrika.\n"
    ),
}
# the partners named in the list only (Qinzhou and Mombasa have acts of their own before it)
_PORTS = ("mombasa", "valparaiso", "tema", "durban")


@pytest.mark.parametrize("lang", sorted(_LISTS))
def test_agreements_items_of_a_partner_list_are_not_each_others_partners(lang: str) -> None:
    """Ports enumerated as one owner's partners never make an act between two of them."""
    for parties, _ in _acts(_LISTS[lang]):
        assert len(parties & set(_PORTS)) < 2, parties


@pytest.mark.parametrize(
    ("text", "names", "lists"),
    [
        ("Haikou, China; Ningbo, China; Incheon, Korea", ["Haikou", "Ningbo", "Incheon"], 1),
        ("Stavanger, Regensburg and Houston", ["Stavanger", "Regensburg", "Houston"], 1),
        ("Gifu (Japon), Nancy et Munich", ["Gifu", "Nancy", "Munich"], 1),
        ("Hobart and Lanzhou became twin towns", ["Hobart", "Lanzhou"], 0),
        ("Hefei und Osnabrück und Kassel", ["Hefei", "Osnabrück", "Kassel"], 0),
        ("After Kiel and Dresden, Coventry twinned", ["Kiel", "Dresden", "Coventry"], 0),
        ("Bristol vs. Guangzhou, Derby and Changsha", ["Guangzhou", "Derby", "Changsha"], 0),
        (
            "Kiel en Qingdao, Delft en Jinan, Gouda",
            ["Kiel", "Qingdao", "Delft", "Jinan", "Gouda"],
            0,
        ),
    ],
)
def test_list_mates_needs_three_items_and_a_comma(text: str, names: list[str], lists: int) -> None:
    """An enumeration is three names or more with a comma or semicolon between two of them,
    ending at its conjunction; a pair's second name opens none."""
    spans = [(text.index(n), text.index(n) + len(n), n) for n in names]
    if names[0] == "Guangzhou":
        spans.insert(0, (0, 7, "Bristol"))
    assert len(set(list_mates(text, spans).values())) == lists
