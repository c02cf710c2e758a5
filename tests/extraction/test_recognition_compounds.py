"""Recognition of names that other writers build from parts: a hyphenated name of neighbouring
towns or districts, a title that ends its sentence before a place, a university named after its
state or city, and an institution whose name describes its field before its place."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.types import Mention


def _mentions(text: str, language: str) -> list[Mention]:
    return list(extract(text, language=language).doc.mentions)


def _places(text: str, language: str) -> list[Mention]:
    return [m for m in _mentions(text, language) if m.kind == "place"]


def _orgs(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.org_kind) for m in _mentions(text, language) if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "Der Bezirk Charlottenburg-Wilmersdorf pflegt seit Jahren Kontakte nach Wuhan.",
            "de",
            "Charlottenburg-Wilmersdorf",
            "DE",
        ),
        (
            "Het district Friedrichshain-Kreuzberg ontving vorige week gasten uit Chengdu.",
            "nl",
            "Friedrichshain-Kreuzberg",
            "DE",
        ),
        (
            "Officials from Steglitz-Zehlendorf travelled to Shanghai in May.",
            "en",
            "Steglitz-Zehlendorf",
            "DE",
        ),
        (
            "La métropole de Lille-Roubaix-Tourcoing accueille une délégation de Canton.",
            "fr",
            "Lille-Roubaix-Tourcoing",
            "FR",
        ),
        (
            "Ships from Ningbo-Zhoushan call at Felixstowe every week.",
            "en",
            "Ningbo-Zhoushan",
            "CN",
        ),
    ],
)
def test_recognition_hyphenated_neighbours_are_one_place(
    text: str, language: str, name: str, country: str
) -> None:
    """Towns or districts of one country lying close together and joined by hyphens are one
    place under the whole name, in the country of its first part."""
    places = _places(text, language)
    whole = [m for m in places if m.name == name]
    assert len(whole) == 1
    assert whole[0].place is not None and whole[0].place.country == country
    parts = set(name.split("-"))
    assert not [m for m in places if m.name in parts]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("The Hamburg-Shanghai partnership turns forty.", "en", ["Hamburg", "Shanghai"]),
        ("De as Beijing-Tianjin groeit snel.", "nl", ["Beijing", "Tianjin"]),
        ("Le jumelage Tours-Luoyang date de 2012.", "fr", ["Tours", "Luoyang"]),
    ],
)
def test_recognition_hyphenated_far_places_stay_apart(
    text: str, language: str, names: list[str]
) -> None:
    """A hyphenated pair of partners of two countries, or of two cities far apart, is two
    places."""
    assert [m.name for m in _places(text, language)] == names


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "The guests were welcomed by the ambassador. Chongqing, with its many people, "
            "is a key partner.",
            "en",
            "Chongqing",
        ),
        (
            "De gasten werden ontvangen door de burgemeester. Wuhan telt elf miljoen inwoners.",
            "nl",
            "Wuhan",
        ),
        (
            "Die Gäste trafen am Abend den Botschafter. Chengdu ist ein wichtiger Partner.",
            "de",
            "Chengdu",
        ),
        (
            "La délégation a été reçue par le maire. Nankin compte plusieurs universités.",
            "fr",
            "Nankin",
        ),
    ],
)
def test_recognition_title_ending_its_sentence_names_no_person(
    text: str, language: str, place: str
) -> None:
    """A title at the end of a sentence does not make a person of the place that opens the
    next sentence."""
    mentions = _mentions(text, language)
    assert not [m for m in mentions if m.kind == "person"]
    assert place in [m.name for m in mentions if m.kind == "place"]


def test_recognition_abbreviated_title_still_names_its_person() -> None:
    """An abbreviated title with its full stop ("Dr.", "Prof.") still opens a person's name."""
    mentions = _mentions("The delegation met Prof. Lindqvist and Dr. Okafor in Xi'an.", "en")
    assert [m.name for m in mentions if m.kind == "person"] == ["Lindqvist", "Okafor"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students of Iowa State University, Ames, toured Jinan.", "Iowa State University"),
        ("A team from Birmingham City University went to Xi'an.", "Birmingham City University"),
        ("Lagos State University hosted guests from Wuhan.", "Lagos State University"),
    ],
)
def test_recognition_university_named_after_its_state_or_city(text: str, name: str) -> None:
    """A university named with a state or city and that word ("State", "City") is one
    organisation, not a place followed by a head word."""
    assert (name, "university") in _orgs(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Le recteur a reçu l'Université des arts et métiers de Canton.",
            "fr",
            "Université des arts et métiers de Canton",
        ),
        (
            "Une convention lie l'Institut de technologie de Harbin à Toulouse.",
            "fr",
            "Institut de technologie de Harbin",
        ),
        (
            "Een akkoord met de Universiteit voor wetenschap en techniek van Hefei is getekend.",
            "nl",
            "Universiteit voor wetenschap en techniek van Hefei",
        ),
        (
            "A memorandum with the University of science and technology of Kunming was signed.",
            "en",
            "University of science and technology of Kunming",
        ),
        (
            "Die Hochschule für angewandte Wissenschaften Bremen empfing Gäste aus Dalian.",
            "de",
            "Hochschule für angewandte Wissenschaften Bremen",
        ),
    ],
)
def test_recognition_institution_with_a_described_field_before_its_place(
    text: str, language: str, name: str
) -> None:
    """An institution's head, a description of its field in lower-case words and "of" (de,
    van, für) a place is one organisation."""
    assert (name, "university") in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "L'Université de Rennes continue de travailler avec Wuhan.",
            "fr",
            "Université de Rennes",
        ),
        (
            "De Universiteit van Gent werkt nog altijd samen met Ningbo.",
            "nl",
            "Universiteit van Gent",
        ),
    ],
)
def test_recognition_described_field_needs_a_place(text: str, language: str, name: str) -> None:
    """Lower-case words after an institution's name and place are no part of it: a sentence
    goes on."""
    assert (name, "university") in _orgs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        ("Last week the mission toured the port of Moerdijk.", "en", "port of Moerdijk", "NL"),
        ("De ministers bezochten de haven van Zeebrugge.", "nl", "haven van Zeebrugge", "BE"),
        ("Am Dienstag ging es zum Hafen Moerdijk.", "de", "Hafen Moerdijk", "NL"),
        ("Les élus ont visité le port de Zeebrugge mardi.", "fr", "port de Zeebrugge", "BE"),
    ],
)
def test_recognition_port_of_a_small_town_has_its_place(
    text: str, language: str, name: str, country: str
) -> None:
    """A port named after its town carries that town (and its country) whatever the town's
    size."""
    ports = [m for m in _mentions(text, language) if m.kind == "organisation"]
    assert [(m.text, m.org_kind) for m in ports] == [(name, "port")]
    assert ports[0].place is not None and ports[0].place.country == country


def test_recognition_small_town_before_an_organisation_head_is_no_place() -> None:
    """A small town's name among the modifiers before a head stays no place of the
    organisation ("Green Port" names no village called Green)."""
    mentions = _mentions("The Green Port scheme met Qingdao.", "en")
    ports = [m for m in mentions if m.kind == "organisation"]
    assert [(m.text, m.place) for m in ports] == [("Green Port", None)]
