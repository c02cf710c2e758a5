"""The places extractor on a city's agencies named by a head and their place ("Tourisme
Laval", "Economic Development Winnipeg", "Calgary Economic Development", "Invest Ottawa") and
on names at the end of a line that is not wrapped prose ("University of Aveiro" before a line
opening with "The")."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _mentions(text: str, language: str, kind: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "On 4 May, Economic Development Halifax signed a memorandum of understanding with "
            "the Ningbo Commerce Bureau.",
            "en",
            "Economic Development Halifax",
        ),
        (
            "Edmonton Economic Development welcomed a business delegation from Harbin last week.",
            "en",
            "Edmonton Economic Development",
        ),
        (
            "Invest Ottawa and the Beijing Investment Promotion Bureau agreed to share leads.",
            "en",
            "Invest Ottawa",
        ),
        (
            "Le 9 mars, Tourisme Sherbrooke a conclu une entente avec le Bureau du tourisme de "
            "Xi'an.",
            "fr",
            "Tourisme Sherbrooke",
        ),
        (
            "Vorig jaar tekende Toerisme Gent een akkoord met een reisbureau uit Suzhou.",
            "nl",
            "Toerisme Gent",
        ),
        (
            "Im Juni empfing Tourismus Salzburg eine Delegation aus der Provinz Yunnan.",
            "de",
            "Tourismus Salzburg",
        ),
    ],
)
def test_agency_names_place_with_head(text: str, language: str, name: str) -> None:
    """A tourism, investment or economic development head right before or after a city's
    name is one organisation, and the city is no place mention of its own there."""
    assert name in _mentions(text, language, "organisation")
    city = name.replace("Economic Development", "").replace("Invest", "").split()[-1]
    assert city not in _mentions(text, language, "place") or text.count(city) > 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Spending on inbound China Tourism rose by nine per cent in the spring.", "en"),
        ("The Winnipeg Tourism Board met the delegation from Chengdu.", "en"),
    ],
)
def test_agency_names_country_or_longer_name(text: str, language: str) -> None:
    """A country before the head is no agency's seat, and a longer name is not cut into an
    agency ("Winnipeg Tourism Board"): no organisation named '<place> Tourism'."""
    orgs = _mentions(text, language, "organisation")
    assert not any(o.endswith("Tourism") for o in orgs)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "La mission est organisée avec Innovation et Développement économique Sherbrooke.",
            "fr",
            "Innovation et Développement économique Sherbrooke",
        ),
        (
            "The mission was organised with Trade and Invest Halifax and the city's port.",
            "en",
            "Trade and Invest Halifax",
        ),
    ],
)
def test_agency_names_joined_first_head(text: str, language: str, name: str) -> None:
    """A capitalised first head joined by 'et'/'and' belongs to the agency's name."""
    assert name in _mentions(text, language, "organisation")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Day 3: the Hefei delegation visits the University of Coimbra\n"
            "The delegation then meets the rector of the University of Porto.",
            "en",
            "University of Coimbra",
        ),
        (
            "Pour tout renseignement : Service des relations internationales, Université de "
            "Lille\nTél. : 03 20 00 00 00",
            "fr",
            "Université de Lille",
        ),
        (
            "Meer informatie bij het Internationaal Bureau van de Universiteit Antwerpen\n"
            "Tel. 03 265 00 00",
            "nl",
            "Universiteit Antwerpen",
        ),
        (
            "Anfragen richten Sie bitte an das Akademische Auslandsamt der Universität Kassel\n"
            "Tel. 0561 000 000",
            "de",
            "Universität Kassel",
        ),
    ],
)
def test_wrapped_breaks_name_ends_with_its_line(text: str, language: str, name: str) -> None:
    """A long line that ends with a name and a next line opening with a capitalised
    function word or a contact label ("The", "Tel.") is no wrapped prose: the name ends with
    its line."""
    orgs = _mentions(text, language, "organisation")
    assert name in orgs


def test_wrapped_breaks_name_goes_on_after_connector() -> None:
    """A wrapped line ending in "of" goes on over the break: the name is read whole."""
    text = (
        "Last spring the council signed a cooperation agreement with the Zhejiang University of\n"
        "Technology in Hangzhou for five years."
    )
    assert "Zhejiang University of Technology" in _mentions(text, "en", "organisation")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The forum was co-hosted by the Chinese People's Association for Friendship with "
            "Foreign Countries (CPAFFC) and the city.",
            "en",
            "Chinese People's Association for Friendship with Foreign Countries",
        ),
        (
            "A delegation of the Chinese People's Institute of Foreign Affairs (CPIFA) came to "
            "Leeds.",
            "en",
            "Chinese People's Institute of Foreign Affairs",
        ),
        (
            "Eingeladen hatte die Chinesische Gesellschaft für Freundschaft mit dem Ausland "
            "(CPAFFC).",
            "de",
            "Chinesische Gesellschaft für Freundschaft mit dem Ausland",
        ),
    ],
)
def test_bracketed_names_acronym_counts_first_word(text: str, language: str, name: str) -> None:
    """A bracketed acronym whose first letter starts the word before the name's capitalised
    modifiers ('C' of CPAFFC for "Chinese") reads that word into the name."""
    assert name in _mentions(text, language, "organisation")


def test_bracketed_names_acronym_keeps_article_out() -> None:
    """An article before the name is never read into it, whatever the acronym's letters."""
    text = "The Tianjin Port Authority (TPA) signed a memorandum with the city in 2021."
    assert "Tianjin Port Authority" in _mentions(text, "en", "organisation")
