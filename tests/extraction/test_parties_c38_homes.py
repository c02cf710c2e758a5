"""The document's own place (`Cast.homes`) when its title names the body of the place's
government that writes it (issue 2, home choice; the class seen in corpus13, corpus24 and
corpus37: "Pressemitteilung der Stadt X", "Niederschrift ... des Ausschusses ... der Stadt
X"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Protokoll der Sitzung des Partnerschaftsausschusses der Stadt Weißenfels\n\n"
            "Die chinesische Stadt Yueyang hat um eine Partnerschaft gebeten. Eine Delegation "
            "aus Yueyang war im Mai hier. Yueyang zählt 5 Millionen Einwohner. Der "
            "Ausschuss will mit Yueyang weiter sprechen.",
            "Weißenfels",
        ),
        (
            "Minutes of the Sister Cities Committee of the City of Ballarat\n\n"
            "The Chinese city of Yueyang has asked for a sister city relationship. A delegation "
            "from Yueyang came here in May. Yueyang has 5 million inhabitants. The "
            "committee will keep talking with Yueyang.",
            "Ballarat",
        ),
        (
            "Verslag van de commissie stedenbanden van de Gemeente Venlo\n\n"
            "De Chinese stad Yueyang heeft om een stedenband gevraagd. Een delegatie uit "
            "Yueyang was in mei hier. Yueyang telt 5 miljoen inwoners. De commissie blijft "
            "met Yueyang in gesprek.",
            "Venlo",
        ),
        (
            "Compte rendu de la commission des jumelages de la Ville de Brest\n\n"
            "La ville chinoise de Yueyang a demandé un jumelage. Une délégation de Yueyang est "
            "venue ici en mai. Yueyang compte 5 millions d'habitants. La commission "
            "poursuivra le dialogue avec Yueyang.",
            "Brest",
        ),
    ],
)
def test_homes_title_naming_the_government_body_gives_its_place(text: str, home: str) -> None:
    """A title naming the body of a place's government ("... der Stadt Weißenfels", "... of
    the City of Ballarat") makes that place the home, though the text names it there only
    and the partner four times."""
    cast = cast_for(extract(text).doc)
    assert cast.home is not None
    assert fold(cast.home.name) == fold(home)
