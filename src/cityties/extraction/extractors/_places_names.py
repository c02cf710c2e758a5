"""What can be a name: words that are capitalised but name no place and no organisation.

Three classes of capitalised words were read as parties by the places extractor:

- an act's own abbreviation ("the MoU was signed", "die LoI wurde unterzeichnet");
- a nationality word, as an adjective or a noun ("the southeastern Iranian province", "de
  Keniaanse delegatie", "les Sénégalais ont signé", "die Iraner unterzeichneten"): it is
  recognised by its ending and a country name the gazetteer knows for its stem, so that no
  list of nationalities has to be kept;
- a sentence-initial adverb in a language that puts the verb second ("Erstmalig unterzeichnete
  der Präsident", "Gisteren tekende burgemeester Jansen"): the word before the verb is no
  signer when the verb's own subject (a title) follows it (see `Scanner.adverb_before_verb`).
"""

from __future__ import annotations

from typing import Final

__all__ = ["ACT_ACRONYMS", "act_acronym", "country_stems"]

# Acronyms of acts, never of an organisation (compared upper-cased, a plural "s" dropped).
ACT_ACRONYMS: Final = frozenset("MOU MOC MOA LOI LOA DOI".split())


def act_acronym(word: str) -> bool:
    """True for an act's abbreviation written as a name ('MoU', 'MOUs', 'LoI')."""
    if len(word) < 3 or len(word) > 4 or word.islower():
        return False
    up = word.upper()
    if up.endswith("S") and len(up) == 4:
        up = up[:3]
    return up in ACT_ACRONYMS


# Endings of nationality words and what stands for them in the country's name, longest first:
# English (Iranian, Kenyan, Nepalese, Pakistani, Turkish), Dutch (Iraanse, Keniaanse,
# Indonesische, Japanse), French nouns (Iranien, Sénégalais, Chinois), German nouns and
# capitalised adjectives (Iraner, Kenianer, Iranische).
_ENDINGS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("iennes", ("", "ie")),
    ("iaanse", ("ia", "ie", "ië")),
    ("ischen", ("", "ien", "ia")),
    ("ischer", ("", "ien", "ia")),
    ("ienne", ("", "ie")),
    ("aanse", ("an", "a", "o", "e")),
    ("ische", ("", "ien", "ia", "ie")),
    ("aises", ("", "e")),
    ("oises", ("", "e")),
    ("iens", ("", "ie")),
    ("aner", ("a", "an")),
    ("aise", ("", "e")),
    ("oise", ("", "e")),
    ("ians", ("", "ia", "y", "a")),
    ("isch", ("", "ien", "ia")),
    ("ian", ("", "ia", "y", "a")),
    ("ean", ("ea", "e")),
    ("ese", ("", "a")),
    ("ais", ("", "e")),
    ("ois", ("", "e")),
    ("ien", ("", "ie")),
    ("ish", ("", "ey", "and", "en")),
    ("ans", ("a", "o", "")),
    ("an", ("a", "o", "")),
    ("se", ("", "ije")),
    ("er", ("",)),
    ("i", ("",)),
)
_SHORTEST_NAME: Final = 4  # a country's name of fewer letters is no stem read here


def country_stems(word: str) -> tuple[str, ...]:
    """The country names a nationality word may come from, folded ('iranian' -> 'iran', ...);
    the caller keeps the word as a nationality when the gazetteer knows one as a country."""
    w = word.casefold()
    for end, subs in _ENDINGS:
        if not w.endswith(end):
            continue
        stem = w[: len(w) - len(end)]
        out = tuple(stem + s for s in subs if len(stem) + len(s) >= _SHORTEST_NAME)
        if out:
            return out
    return ()
