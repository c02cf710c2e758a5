"""Sentence splitting and language guessing of the Doc."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.doc import _latin1_letters, guess_language, split_sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Vertrag wurde am 5. Juni 1986 unterzeichnet. Danach folgten Besuche.",
            ["Der Vertrag wurde am 5. Juni 1986 unterzeichnet.", "Danach folgten Besuche."],
        ),
        ("Partners:\n1. Lyon, France\n2. Porto", ["Partners:", "1. Lyon, France", "2. Porto"]),
        ("It was signed in 2019. The city grew.", ["It was signed in 2019.", "The city grew."]),
        ("Dr. Smith met Mr. Chen. They spoke.", ["Dr. Smith met Mr. Chen.", "They spoke."]),
        ("It ranks 3. The port is big.", ["It ranks 3.", "The port is big."]),
        ("About approx. two hundred came.", ["About approx. two hundred came."]),
        ("Heading\nThe first sentence here.", ["Heading", "The first sentence here."]),
    ],
)
def test_split_sentences_boundaries(text: str, expected: list[str]) -> None:
    """Ordinals, list numbers, abbreviations and headings are split where a reader would."""
    assert _split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Partnerstadt hat 32 Mio. Einwohner und einen großen Hafen.",
        "Das Programm kostet 1,5 Mrd. Euro pro Jahr.",
        "Zum Fest kamen rund 40 Tsd. Besucher aus beiden Städten.",
        "Die Stadt hat ca. 2,5 Mio. Einwohner bzw. Bürger im Umland.",
        "Die Delegation wohnte im Haus Nr. 12 Am Markt.",
        "De regio telt 2 mln. Inwoners volgens de gemeente.",
        "Het fonds bedraagt 1,2 mld. Euro over vijf jaar.",
        "La ville compte env. 300 Habitants de plus.",
    ],
)
def test_split_sentences_amount_abbreviations(text: str) -> None:
    """A number before Mio./Mrd./Tsd./mln./mld. (and env., ca., bzw., Nr. anywhere) is no
    sentence end, even when a capitalised noun follows."""
    assert _split(text) == [text]


def test_split_sentences_amount_word_without_number_may_end() -> None:
    """Without a number before it, "Mio." ends a sentence like any other word."""
    assert _split("Die Angaben in Mio. Danach folgt der Rest.") == [
        "Die Angaben in Mio.",
        "Danach folgt der Rest.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The city signed an agreement with its partner in the north of the country.", "en"),
        ("De stad heeft een akkoord ondertekend met de partnerstad in het noorden.", "nl"),
        ("La ville a signé l'accord avec sa ville jumelle dans le nord du pays.", "fr"),
        ("Die Stadt hat mit der Partnerstadt im Norden des Landes einen Vertrag.", "de"),
        ("", "en"),
    ],
)
def test_guess_language_four_languages(text: str, lang: str) -> None:
    """The stop words of each language decide; an empty text defaults to English."""
    assert guess_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Ghent signed a memorandum of understanding with the city of\n"
        "Lyon on 3 May 2004.",
        "De stad Gent ondertekende een intentieverklaring met Brugge op 14 mei\n"
        "2004 in het stadhuis.",
        "In 1985 the town signed a friendship charter with the West Bank village of Beit\n"
        "Sira, which it still supports.",
    ],
)
def test_split_sentences_wrapped_prose_is_one_sentence(text: str) -> None:
    """A line of wrapped prose that ends with a word no heading ends with, or a long line
    that goes on with a number, continues on the next line."""
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Partner cities\nLyon, France (1985)",
        "Population\n263,608 inhabitants",
        "Stad | Land | Inwoners seit van de\n2003 | Kiel | Duitsland",
    ],
)
def test_split_sentences_heading_and_table_rows_stay_apart(text: str) -> None:
    """A heading, or a table row, before a line that starts with a capital or a number is a
    unit of its own."""
    assert len(split_sentences(text)) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("del a?ł台’–ÿé \n")), max_size=40))
def test_guess_language_letters_outside_latin1_as_replaced_one_by_one(text: str) -> None:
    """Each character outside Latin-1 reads as "ÿ" when it is a letter, else as a space, as
    replacing each such character of the text in turn gave ("dał" is no French "d", "d–l"
    holds two stop words)."""
    low = text.casefold()
    for c in set(re.findall(r"[^\x00-\xff]", low)):
        low = low.replace(c, "\xff" if c.isalpha() else " ")
    assert _latin1_letters(text.casefold()) == low.encode("latin-1")
