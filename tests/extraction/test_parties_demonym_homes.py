"""The document's own place (`Cast.homes`) when the text names it once but makes adjectives of
its name for its own bodies and people (issue 2, home choice; the class seen in corpus37 and
corpus39: "de Harderwijkse gemeenteraad", "un comité de jumelage montbrisonnais", "eine
Weißenfelser Delegation"), and the acts of its partner list that then pair with it. Every text
here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import cast_for
from cityties.text import fold


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Zorgen over einde stedenband\n"
            "De Zutphense gemeenteraad stemde dinsdag over de band met Yueyang. De stichting "
            "die de reizen naar Yueyang regelt, is teleurgesteld. Een delegatie uit Yueyang "
            "kwam vorig jaar nog naar Zutphen.",
            "Zutphen",
        ),
        (
            "Sorge um die Partnerschaft\n"
            "Der Kasseler Stadtrat hat am Dienstag über die Beziehung zu Yueyang beraten. Der "
            "Verein, der die Reisen nach Yueyang organisiert, ist enttäuscht. Eine Delegation "
            "aus Yueyang war im Mai in Kassel.",
            "Kassel",
        ),
        (
            "Un comité très actif\n"
            "Le comité de jumelage montbrisonnais a tenu son assemblée. Les Montbrisonnais "
            "connaissent bien Yueyang : une délégation de Yueyang est venue en mai, et des "
            "élèves partiront pour Yueyang à l'automne. L'adjointe au maire de Montbrison était "
            "présente.",
            "Montbrison",
        ),
        (
            "Worries over the twinning\n"
            "Bristolian councillors met on Tuesday to discuss the link with Yueyang. The "
            "friendship society that runs the trips to Yueyang is disappointed. A delegation "
            "from Yueyang visited Bristol in May.",
            "Bristol",
        ),
    ],
)
def test_homes_adjective_of_a_place_named_once_makes_it_the_home(text: str, home: str) -> None:
    """A place named once whose name the text also makes into an adjective of its own bodies
    or people ("de Zutphense gemeenteraad", "der Kasseler Stadtrat", "montbrisonnais",
    "Bristolian councillors") is the home, before the partner named three times."""
    cast = cast_for(extract(text).doc)
    assert cast.home is not None
    assert fold(cast.home.name) == fold(home)


@pytest.mark.parametrize(
    "text",
    [
        "Een delegatie uit Yueyang bezocht Zutphen. De Chinese gasten uit Yueyang zagen de "
        "Yueyangse kunst. Yueyang telt 5 miljoen inwoners.",
        "A delegation from Yueyang visited Kassel. The guests from Yueyang toured the city. "
        "Yueyang has 5 million inhabitants.",
        "Eine Delegation aus Yueyang tagte im Hotel Kasseler Hof. Die Gäste aus Yueyang "
        "besuchten danach Kassel. Yueyang zählt 5 Millionen Einwohner.",
        "Une délégation de Yueyang a rencontré des entreprises brestoises. Les hôtes de "
        "Yueyang ont ensuite visité Brest. Yueyang compte 5 millions d'habitants.",
    ],
)
def test_homes_no_adjective_keeps_the_place_named_most(text: str) -> None:
    """Without an adjective of the other place, the partner named most stays first: an
    adjective of the partner only adds to the partner, and one plain adjective of the other
    place ("Hotel Kasseler Hof", "des entreprises brestoises") counts nothing."""
    cast = cast_for(extract(text).doc)
    assert cast.home is not None
    assert fold(cast.home.name) == fold("Yueyang")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Vraag aan de deputatie van de provincie Vlaams-Brabant\n"
            "Vlaams-Brabant en Henan werken samen. In 2017 stemde de Leuvense gemeenteraad over "
            "een band met Henan; een delegatie uit Henan kwam naar Leuven. Henan telt 99 "
            "miljoen inwoners.",
            "Leuven",
        ),
    ],
)
def test_homes_adjective_of_a_town_of_a_named_region_counts_nothing(text: str, town: str) -> None:
    """The council adjective of a town lying in a region the document names ("de Leuvense
    gemeenteraad" in a question to the province) does not make that town the home."""
    cast = cast_for(extract(text).doc)
    assert cast.home is None or fold(cast.home.name) != fold(town)
