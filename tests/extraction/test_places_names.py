"""What can be a name: an act's abbreviation, a nationality word and a sentence-initial
adverb of a verb-second language are capitalised but name no place and no organisation, in
English, Dutch, French and German texts."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._places_names import act_acronym, country_stems


def _names(text: str, language: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind in ("place", "organisation")]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("MoU", True), ("MOUs", True), ("LoI", True), ("MoC", True), ("mou", False)],
)
def test_act_acronym_reads_abbreviations_of_acts(word: str, expected: bool) -> None:
    """An act's abbreviation in any case but all lower is one; 'mou' (a French word) is not."""
    assert act_acronym(word) is expected


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Iranian", "iran"),
        ("Kenyan", "kenya"),
        ("Nepalese", "nepal"),
        ("Pakistani", "pakistan"),
        ("Iraanse", "iran"),
        ("Keniaanse", "kenia"),
        ("Sénégalais", "sénégal"),
        ("Iraner", "iran"),
    ],
)
def test_country_stems_include_the_country(word: str, country: str) -> None:
    """A nationality word's stems include the country it comes from."""
    assert country in country_stems(word)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Its chairman said the MoU was signed online with Chengdu on Monday.", "en", "MoU"),
        ("De burgemeester zei dat de MoU werd ondertekend met Ningbo.", "nl", "MoU"),
        ("Le président a dit que le MoU fut signé avec Wuxi en mai.", "fr", "MoU"),
        ("Der Bürgermeister sagte, die LoI unterzeichnete man mit Wuxi.", "de", "LoI"),
    ],
)
def test_act_abbreviation_before_a_signing_verb_is_no_organisation(
    text: str, language: str, word: str
) -> None:
    """'the MoU was signed': the act's abbreviation before the verb is not its signer."""
    assert word not in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Exports from the southeastern Iranian province to Sichuan rose.", "en", "Iranian"),
        ("Officials of the Kenyan province met the mayor of Hangzhou.", "en", "Kenyan"),
        ("The Pakistani side signed the accord with Urumqi in May.", "en", "Pakistani"),
    ],
)
def test_nationality_word_is_no_place_and_no_organisation(
    text: str, language: str, word: str
) -> None:
    """A nationality adjective before 'province' or a signing verb names no party."""
    assert word not in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Erstmalig unterzeichnete ein Passauer Präsident ein Memorandum mit der Wuhan "
            "University.",
            "de",
            "Erstmalig",
        ),
        (
            "Zudem unterzeichnete der Präsident eine Vereinbarung mit der Fudan University.",
            "de",
            "Zudem",
        ),
        (
            "Onlangs ondertekende burgemeester Jansen een akkoord met de stad Yichun.",
            "nl",
            "Onlangs",
        ),
    ],
)
def test_adverb_before_the_verb_of_a_titled_subject_is_no_organisation(
    text: str, language: str, word: str
) -> None:
    """In German and Dutch the word before the verb is an adverbial when a title follows the
    verb as its subject."""
    assert word not in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Howest ondertekende een samenwerkingsakkoord met de Universiteit van Ningbo.",
            "nl",
            "Howest",
        ),
        ("Howest unterzeichnete eine Vereinbarung mit der Tongji University.", "de", "Howest"),
    ],
)
def test_unknown_signer_without_a_titled_subject_stays_an_organisation(
    text: str, language: str, word: str
) -> None:
    """An unknown name before the verb stays a signer when no title follows the verb."""
    assert word in _names(text, language)


def test_weekday_abbreviation_is_no_place() -> None:
    """'on Wed.' is a day, not a place."""
    names = _names("The two chambers signed a memorandum on Wed. in Chongqing.", "en")
    assert "Wed" not in names
    assert "Chongqing" in names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "De hogeschool tekende akkoorden met Xiamen University en Sun Yat-sen University.",
            "nl",
            ["Xiamen University", "Sun Yat-sen University"],
        ),
        (
            "De faculteit tekende met Soochow University en Fudan University een akkoord.",
            "nl",
            ["Soochow University", "Fudan University"],
        ),
        (
            "L'école a signé des conventions avec Fudan University et Tongji University.",
            "fr",
            ["Fudan University", "Tongji University"],
        ),
        (
            "The college signed agreements with Xiamen University and Sun Yat-sen University.",
            "en",
            ["Xiamen University", "Sun Yat-sen University"],
        ),
    ],
)
def test_coordinated_names_with_one_head_are_two_organisations(
    text: str, language: str, names: list[str]
) -> None:
    """'X University en Y University': a head repeated after 'en'/'et'/'and' opens a second
    name, also when a hyphenated part ('Yat-sen') stands in it."""
    found = _names(text, language)
    for name in names:
        assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'Université océanique de Chine a signé une convention avec Mostaganem.",
            "Université océanique de Chine",
        ),
        (
            "Une délégation de l'Université islamique de Gaza est venue à Lille.",
            "Université islamique de Gaza",
        ),
        (
            "La Chambre consulaire de Lyon a reçu l'Université financière de Shanghai.",
            "Université financière de Shanghai",
        ),
    ],
)
def test_french_head_adjective_before_a_place_stays_in_the_name(text: str, name: str) -> None:
    """A French adjective after a capitalised head ('océanique', 'islamique'), followed by
    'de' and a place, belongs to the organisation's name, without a list of adjectives."""
    assert name in _names(text, "fr")


def test_french_verb_after_a_head_is_no_adjective() -> None:
    """'l'Université signe des accords': a verb after the head stays out of the name."""
    names = _names("L'Université signe des accords avec la ville de Wuhan.", "fr")
    assert not any(n.startswith("Université signe") for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "L'Université du Québec à Rimouski (UQAR) a reçu une délégation de Qingdao.",
            "fr",
            "Université du Québec à Rimouski",
        ),
        (
            "The University of Wisconsin at Madison (UWM) signed an MoU with Fudan University.",
            "en",
            "University of Wisconsin at Madison",
        ),
    ],
)
def test_acronym_in_brackets_keeps_a_preposition_of_place_in_the_name(
    text: str, language: str, name: str
) -> None:
    """A name with 'à'/'at' before its seat and its acronym in brackets is read whole when the
    acronym's letters count the words up to the seat."""
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Rektor unterzeichnete einen Vertrag mit der Shanghai International Studies "
            "University.",
            "Shanghai International Studies University",
        ),
        ("Die Delegation führte an der Renmin University Gespräche.", "Renmin University"),
        ("Die Hochschule schloss ein Abkommen mit der Fudan University.", "Fudan University"),
    ],
)
def test_english_named_organisation_in_german_text_keeps_its_modifiers(
    text: str, name: str
) -> None:
    """An English head ('University') in a German text takes its capitalised modifiers as
    names, not as German nouns."""
    assert name in _names(text, "de")


def test_initials_of_an_organisation_named_twice_name_it() -> None:
    """An organisation named twice in full keeps its initials as an alias ('CPU')."""
    text = (
        "Coastal Plains University signs agreements in China.\n\n"
        "Coastal Plains University officials returned from China. The CPU delegation first "
        "stopped at Yangzhou University."
    )
    doc = extract(text, language="en").doc
    cpu = [m.name for m in doc.mentions if doc.text[m.start : m.end] == "CPU"]
    assert cpu == ["Coastal Plains University"]
