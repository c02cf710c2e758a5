"""Visits on unseen text (issue 2, corpus28's classes of misses): an act made official at one
party's town hall with a verb other than "sign" (seal, formalise, officialiser, sceller,
besiegeln, bezegelen) is a visit of the other party, and the French numeral "onze" is no
Dutch "our". Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2021-05-04\nCe matin, les maires de Villeurbanne et de Hefei se sont retrouvés "
            "à l'hôtel de ville de Villeurbanne pour officialiser le jumelage de leurs deux "
            "villes.",
            ("hefei", "villeurbanne", "2021-05-04"),
        ),
        (
            "date 2021-05-04\nThe mayors of Hefei and Leeds sealed the twinning of their cities "
            "yesterday at the town hall of Leeds.",
            ("hefei", "leeds", "2021-05-03"),
        ),
        (
            "date 2021-05-04\nThe mayors of Hefei and Leeds formalised the twinning of their "
            "cities yesterday in Leeds.",
            ("hefei", "leeds", "2021-05-03"),
        ),
        (
            "date 2021-05-04\nDie Oberbürgermeister von Heilbronn und Hefei haben gestern im "
            "Heilbronner Rathaus die Städtepartnerschaft besiegelt.",
            ("hefei", "heilbronn", "2021-05-03"),
        ),
        (
            "date 2021-05-04\nDie Oberbürgermeister von Heilbronn und Hefei haben gestern in "
            "Heilbronn die Städtepartnerschaft besiegelt.",
            ("hefei", "heilbronn", "2021-05-03"),
        ),
        (
            "date 2021-05-04\nDe burgemeesters van Tilburg en Hefei bezegelden gisteren in het "
            "Tilburgse stadhuis de stedenband tussen beide steden.",
            ("hefei", "tilburg", "2021-05-03"),
        ),
    ],
)
def test_visits_act_sealed_at_the_hosts_place(text: str, visit: tuple[str, str, str]) -> None:
    """Sealing, formalising or making official a twinning at one party's town hall or city is
    a signing there: the other party visits it on the day the sentence gives."""
    assert visit in _visits(text)


def test_visits_french_onze_is_a_number() -> None:
    """In a French text "une délégation de onze personnes" is eleven people, not the writer's
    own side: the guest received by the town is the visitor."""
    text = (
        "date 2021-05-04\nVillefranche accueille ses amis chinois. Le maire de Hefei, "
        "accompagné d'une délégation de onze personnes, a été reçu le 3 mai par la mairie de "
        "Villefranche. Villefranche et Hefei sont jumelées."
    )
    assert ("hefei", "villefranche", "2021-05-03") in _visits(text)
