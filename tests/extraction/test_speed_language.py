"""The language guess read from the shared word index keeps the guess's results, and the index
made for it is the one the extractors read (issue 2: speed, one word split per document)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.doc import Doc, guess_language, language_from_runs, split_sentences
from cityties.extraction.extractors._clauses_scan import adopt, index_for, index_text
from cityties.extraction.pipeline import extract

# stop words of the four languages, other words, Latin-1 letters the guess and the index read
# differently ("ß", "µ", "²", "½"), letters and signs outside Latin-1
_PIECES = [
    "the",
    "and",
    "The",
    "de",
    "het",
    "een",
    "la",
    "les",
    "à",
    "où",
    "été",
    "der",
    "für",
    "Die",
    "und",
    "Kiel",
    "Brügge",
    "Straße",
    "µm",
    "x²",
    "½",
    "œuvre",
    "ŝtono",
    "l'",
    "d’",
    "“",
    "–",
    "_",
    "3",
    " ",
    " ",
    " ",
    "\n",
    ".",
    ",",
]


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_PIECES), max_size=40),
    sample=st.integers(min_value=0, max_value=200),
)
def test_language_from_runs_matches_guess_language(parts: list[str], sample: int) -> None:
    """Read from the index, the guess is the one `guess_language` makes from its own split of
    the text (any sample length, a word cut by the sample's end included), or None where the
    two could differ."""
    text = "".join(parts)
    idx = index_text(text)
    got = language_from_runs(text, idx.padded, idx.run_offsets(), sample=sample)
    if got is not None:
        assert got == guess_language(text, sample=sample)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council of Leeds and the city of Dortmund signed it.", "en"),
        ("De gemeente heeft een akkoord met de stad Gent gesloten.", "nl"),
        ("La ville a signé une charte avec la commune de Lyon.", "fr"),
        ("Die Stadt hat mit der Gemeinde einen Vertrag geschlossen.", "de"),
        ("Kiel, Brest, Gdynia.", "en"),
        ("Im Jahr gab es eine Straße für die Partner “und” mehr – in Köln.", "de"),
    ],
)
def test_language_from_runs_reads_texts_of_latin1_letters(text: str, expected: str) -> None:
    """A text whose letters are all in Latin-1 (signs outside it allowed) is guessed from the
    index, with the guess's result."""
    idx = index_text(text)
    assert language_from_runs(text, idx.padded, idx.run_offsets()) == expected
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The area is 12 km² and the city", "œuvre de la ville", "½ of the budget", "the Ŝtono"],
)
def test_language_from_runs_declines_texts_read_differently(text: str) -> None:
    """A text with a letter outside Latin-1 or a numeric sign the index reads as a letter is
    left to `guess_language` (None)."""
    idx = index_text(text)
    assert language_from_runs(text, idx.padded, idx.run_offsets()) is None


def test_language_from_runs_cut_word_counts_its_part() -> None:
    """A word cut by the end of the sample counts as the part inside it, as in the guess:
    "det" cut after "de" is a Dutch stop word there."""
    text = "Kiel de det"
    idx = index_text(text)
    assert guess_language(text, sample=10) == "nl"
    assert language_from_runs(text, idx.padded, idx.run_offsets(), sample=10) == "nl"
    assert language_from_runs(text, idx.padded, idx.run_offsets(), sample=7) == "nl"
    assert language_from_runs(text, idx.padded, idx.run_offsets(), sample=4) == "en"


def test_index_for_takes_over_adopted_index() -> None:
    """An index adopted before the sentences are split is taken over by the first `index_for`
    with the document's sentences, and holds what a new index of the text holds."""
    text = "The mayor of Kiel visited Brest.\nDie Stadt und der Hafen."
    idx = index_text(text)
    doc = Doc(text=text, language="en")
    adopt(doc, idx)
    doc.sentences = split_sentences(text)
    got = index_for(doc)
    fresh = index_text(text, doc.sentences)
    assert got.sentences is doc.sentences
    assert got.padded is idx.padded and got.words is idx.words
    for name in ("low", "caseless", "foldless", "latin1", "padded", "words", "fresh", "cache"):
        assert getattr(got, name) == getattr(fresh, name)
    assert got.run_offsets() == fresh.run_offsets()
    assert index_for(doc) is got


def test_adopt_refuses_index_of_another_text() -> None:
    """An index of another text is never adopted."""
    with pytest.raises(ValueError):
        adopt(Doc(text="Kiel and Brest", language="en"), index_text("Brest and Kiel"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Stadt Kiel und die Stadt Brest sind seit 1964 Partnerstädte.", "de"),
        ("La ville de Brest et la ville de Kiel sont jumelées depuis 1964.", "fr"),
        ("The city of Ŝtono and the city of Kiel signed a charter.", "en"),
    ],
)
def test_extract_guesses_language_through_index(text: str, language: str) -> None:
    """The pipeline's guess (read from the index, or from the text where the index could read
    it differently) is `guess_language`'s."""
    assert extract(text).doc.language == language == guess_language(text)
