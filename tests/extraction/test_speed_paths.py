"""The fast paths of sentence splitting, language guessing, dates and places give what the
plain definitions give (speed work must not change the output)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cityties.extraction.doc import (
    _STOP_BYTES,
    LANGUAGES,
    guess_language,
    split_sentences,
)

# Characters that sentence splitting and language guessing treat specially.
_PIECES = st.sampled_from(
    list(".!?\n \t,;:-–()\"”’'•*1aBJß")
    + ["Dr. ", "St. ", "e.g. ", "sept. ", "GmbH. ", "J. ", "\n\n", "\n• ", "\n1. ", "am 5. Juni"]
    + [" the ", " de ", " und ", " le ", " het ", "中", "ſ", "²"]
)


def _plain_counts(text: str) -> dict[str, int]:
    """Stop words per language counted one language at a time (the definition)."""
    low = text.casefold()
    chars = "".join(
        c if c.isalpha() and c <= "\xff" else ("\xff" if c.isalpha() else " ") for c in low
    )
    words = chars.encode("latin-1").split()
    return {lang: sum(w in _STOP_BYTES[lang] for w in words) for lang in LANGUAGES}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor of the city met with the delegation and it was a success.", "en"),
        ("De burgemeester van de stad is met de delegatie naar het stadhuis gegaan.", "nl"),
        ("Le maire de la ville est allé avec les élus à la mairie pour une visite.", "fr"),
        ("Der Bürgermeister der Stadt ist mit der Delegation zum Rathaus gefahren.", "de"),
        ("Ωμέγα 中文 1234", "en"),
    ],
)
def test_guess_language_short_texts(text: str, lang: str) -> None:
    """A sentence of each language is recognised; a text without stop words is English."""
    assert guess_language(text) == lang


def test_guess_language_more_words_than_a_counter_holds() -> None:
    """A sample of more than 65,535 words is counted exactly too (no counter overflows)."""
    text = "het " * 70_000 + "the " * 69_000
    assert guess_language(text, sample=len(text)) == "nl"
    assert guess_language("the " * 70_000 + "het " * 69_999, sample=10**6) == "en"


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
@example("²Be.g.  de ")  # "²" is no letter: "be" is an English stop word, tied with "de"
def test_guess_language_follows_the_stop_word_counts(text: str) -> None:
    """The guess is the language with the most stop words (the first of a tie), else English."""
    counts = _plain_counts(text)
    best = max(LANGUAGES, key=lambda lang: counts[lang])
    assert guess_language(text) == (best if counts[best] else "en")


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_split_sentences_spans_are_trimmed_and_ordered(text: str) -> None:
    """Every sentence is a non-empty span without surrounding white space, in text order."""
    sents = split_sentences(text)
    last = 0
    for s in sents:
        assert last <= s.start < s.end <= len(text)
        part = text[s.start : s.end]
        assert part == part.strip()
        last = s.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two!  Three?\nFour", ["One.", "Two!", "Three?", "Four"]),
        ("Intro:\n• first\n• second", ["Intro:", "• first", "• second"]),
        ("A list\n\n1. Ishinomaki\n2. Ghent", ["A list", "1. Ishinomaki", "2. Ghent"]),
        ('He said "Yes." Then left.', ['He said "Yes."', "Then left."]),
        ("Ask Prof. Jansen... He knows.", ["Ask Prof. Jansen...", "He knows."]),
        ("A verylongword. Next one.", ["A verylongword.", "Next one."]),
    ],
)
def test_split_sentences_boundary_kinds(text: str, expected: list[str]) -> None:
    """Full stops with closing quotes, blank lines, list items and long words before a full
    stop each end a sentence where they should."""
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The mayors met in May and again last September.", "en", ["in May", "last September"]),
        ("Het akkoord kwam er in maart 2019 na lang overleg.", "nl", ["in maart 2019"]),
        ("La visite a eu lieu du 9 au 12 février 2017 à Paris.", "fr", ["du 9 au 12 février 2017"]),
        ("Im Februar besuchte die Delegation die Stadt.", "de", ["Im Februar"]),
        ("In September a group of 2013 visitors came.", "en", ["In September"]),
    ],
)
def test_find_dates_month_windows_with_and_without_digits(
    text: str, lang: str, expected: list[str]
) -> None:
    """A month word without a digit nearby is still read ('in May'); a month before a year is
    a month-year; a day range before a month and year is a range."""
    from datetime import date

    from cityties.extraction.extractors.dates import find_dates

    found = find_dates(text, language=lang, document_date=date(2020, 3, 15))
    assert [d.text for d in found] == expected


def test_resolve_context_equal_contexts_share_a_hash() -> None:
    """Two contexts with the same fields are equal and hash alike (one memo entry serves both);
    contexts that differ in any field are not equal."""
    from cityties.extraction.gazetteer import ResolveContext

    a = ResolveContext(countries=("BE", "NL"), kinds=("city",), country_bonus=(2.5, 2.0))
    b = ResolveContext(countries=("BE", "NL"), kinds=("city",), country_bonus=(2.5, 2.0))
    assert a == b and hash(a) == hash(b)
    assert {a: "x"}[b] == "x"
    assert a != ResolveContext(countries=("BE", "NL"), kinds=("admin1",), country_bonus=(2.5, 2.0))
    assert a != ResolveContext(countries=("NL", "BE"), kinds=("city",), country_bonus=(2.5, 2.0))
    assert repr(ResolveContext()) == (
        "ResolveContext(countries=(), admin1=(), kinds=(), country_bonus=())"
    )


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("Institution: City of Leuven\nCountry: Belgium", "City of Leuven"),
        ("Profile\n  Instelling : Stad Brugge  \nLand: België", "Stad Brugge"),
        ("About\nThe institution: none here\norganisation: Port of Antwerp", "Port of Antwerp"),
        ("No header at all.\nInstitutions are many.", None),
    ],
)
def test_document_institution_header_on_any_line(text: str, institution: str | None) -> None:
    """The `Institution:` header is read on the first line or on any later line, never inside
    a line."""
    from cityties.extraction.doc import Doc
    from cityties.extraction.extractors.document import extract_document

    doc = Doc(text=text, language="en")
    extract_document(doc)
    assert doc.institution == institution


@pytest.mark.parametrize(
    "text",
    [
        "L'Europe et d'Anvers: la ville qu'il aime, rock'n'roll, China's Kunming.",
        "snake_case_name and l'_x near d'Ivoire",
        "Gangnam-gu, 2023年, Baden-\nWürttemberg — ½ ² ٣",
    ],
)
def test_tokens_same_words_with_and_without_underscores(text: str) -> None:
    """A text is split into the same words whichever of the two equivalent token patterns
    reads it (the `\\w` one is used only for texts without '_')."""
    from cityties.extraction.extractors._places_scan import _TOKEN_SPLIT, _TOKEN_SPLIT_W, Tokens

    if "_" not in text:
        assert _TOKEN_SPLIT_W.split(text) == _TOKEN_SPLIT.split(text)
    tk = Tokens(text)
    parts = _TOKEN_SPLIT.split(text)
    assert tk.n == len(parts[1::2])
    assert all(text[s:e] for s, e in zip(tk.starts, tk.ends, strict=True))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé_'’ -.\nLdQu1中ß")), max_size=40))
def test_token_patterns_agree_without_underscores(text: str) -> None:
    """On any text without '_', the `\\w` token pattern splits exactly as the `[^\\W_]` one."""
    from cityties.extraction.extractors._places_scan import _TOKEN_SPLIT, _TOKEN_SPLIT_W

    if "_" not in text:
        assert _TOKEN_SPLIT_W.split(text) == _TOKEN_SPLIT.split(text)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Acme Corporation IS A MEMBER OF the Eurocities Network.",
            ("Acme Corporation", "member_of", "Eurocities Network"),
        ),
        (
            "Acme Corporation, Based In Kortrijk, opened a plant.",
            ("Acme Corporation", "based_in", "Kortrijk"),
        ),
        (
            "Barco Group, based in Kortrijk, opened an Office in Ghent.",
            ("Barco Group", "branch_in", "Ghent"),
        ),
        (
            # a dotless ı keeps the text from the lower-cased fast path: same ties
            "Acme Corporation ıs here; Acme Corporation is a member of the Eurocities Network.",
            ("Acme Corporation", "member_of", "Eurocities Network"),
        ),
    ],
)
def test_find_ties_any_letter_case(text: str, tie: tuple[str, str, str]) -> None:
    """Tie wordings are read whatever their letter case, with or without the lower-cased
    reading of the text."""
    from cityties.extraction import extract

    ties = {(t.subject, t.relation, t.object) for t in extract(text, language="en").doc.ties}
    assert tie in ties
