"""Stops of a stay at organisations (issue 2, session 22): a delegation named back that calls
on a host during its stay in a town ("After visiting X, the delegation ...", "the delegation
attended a seminar at X", "la délégation a ensuite visité le lycée X", "die Delegation
besuchte anschließend die Hochschule X", "daarna bezocht de delegatie de Universiteit
X") visits that host, dated by the stay's day when the sentence gives none; a
school named after the town stays a host of its own. A trip announced for a later year is a
visit of that year unless told as a hope. Every text is written for these tests and read by
the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2025-05-20\n\nA delegation from Yangzhou led by Vice Mayor Wang Li visited "
            "Kendal on 13 May 2025. After visiting Kendal College, the delegation met local "
            "business leaders at the town hall.",
            ("yangzhou", "kendal college", "2025-05-13"),
        ),
        (
            "date 2025-05-20\n\nA delegation from Yangzhou led by Vice Mayor Wang Li visited "
            "Kendal on 13 May 2025. The delegation attended a workshop at the University of "
            "Cumbria on river management.",
            ("yangzhou", "university cumbria", "2025-05-13"),
        ),
        (
            "date 2025-05-20\n\nLe 14 mai 2025, une délégation de Wuxi a visité Annecy. La "
            "délégation a ensuite visité le lycée Berthollet avant un dîner officiel.",
            ("wuxi", "lycee berthollet", "2025-05-14"),
        ),
        (
            "date 2025-05-20\n\nAm 14. Mai 2025 besuchte eine Delegation aus Hefei Osnabrück. "
            "Die Delegation besuchte anschließend die Hochschule Osnabrück.",
            ("hefei", "hochschule osnabruck", "2025-05-14"),
        ),
        (
            "date 2025-05-20\n\nOp 14 mei 2025 bezocht een delegatie uit Tianjin Enschede. "
            "Daarna bezocht de delegatie de Universiteit Twente.",
            ("tianjin", "universiteit twente", "2025-05-14"),
        ),
    ],
)
def test_visits_stop_at_a_host_during_a_stay(text: str, visit: tuple[str, str, str]) -> None:
    """A host the delegation named back calls on during its stay is a visit of the
    delegation's town, dated by the stay's day."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "host", "stay"),
    [
        (
            "date 2025-05-20\n\nUne délégation de Wuhan a séjourné à Bordeaux du 12 au 14 mai "
            "2025. La délégation a également rencontré les responsables de l'université de "
            "Bordeaux.",
            "universite bordeaux",
            ("wuhan", "bordeaux", "2025-05-12"),
        ),
        (
            "date 2025-05-20\n\nA delegation from Suzhou visited Leeds on 6 May 2025. The "
            "delegation met officials of the University of Leeds.",
            "university leeds",
            ("suzhou", "leeds", "2025-05-06"),
        ),
    ],
)
def test_visits_meeting_at_a_school_of_the_town_is_the_stay(
    text: str, host: str, stay: tuple[str, str, str]
) -> None:
    """Meeting the heads of a school of the town the delegation stays in, told without a
    verb of visiting, is part of the stay in the town: the stay is read, and no visit of the
    school."""
    found = _visits(text)
    assert stay in found
    assert all(v[1] != host for v in found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2025-03-20\nTilburg en Kunming werken samen sinds 2010. Burgemeester Weterings "
            "vertelde dat een delegatie uit Tilburg in het voorjaar van 2026 een bezoek brengt "
            "aan Kunming.",
            ("tilburg", "kunming", "2026"),
        ),
        (
            "date 2025-03-20\nKassel und Jena arbeiten seit 2010 zusammen. Im Frühjahr 2026 reist "
            "eine Delegation aus Kassel nach Jena, um den Vertrag zu unterzeichnen.",
            ("kassel", "jena", "2026"),
        ),
        (
            "date 2025-09-02\nThe sister city committee of Ballarat met on Monday. A delegation "
            "from Ballarat will travel to Taizhou in 2026.",
            ("ballarat", "taizhou", "2026"),
        ),
        (
            "date 2025-09-02\nLe comité de jumelage s'est réuni lundi. Une délégation de Poitiers "
            "se rendra à Yangzhou en 2026.",
            ("poitiers", "yangzhou", "2026"),
        ),
    ],
)
def test_visits_trip_to_come_dated_by_a_year_is_kept(
    text: str, visit: tuple[str, str, str]
) -> None:
    """A trip the text announces for a later year, with no month, is a visit of that year
    (docs/facts-format.md, "Trips still to come": the dev gold keeps a trip announced with a
    date, at the precision written)."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-09-02\nBallarat and Taizhou could sign a friendship agreement when a "
        "delegation from Ballarat visits Taizhou in 2026.",
        "date 2025-09-02\nDie beiden Städte hoffen, dass eine Delegation aus Kassel 2026 nach "
        "Jena reist.",
        "date 2025-09-02\nDe gemeente hoopt dat een delegatie uit Tilburg in 2026 naar Kunming "
        "reist.",
        "date 2025-09-02\nLe maire espère qu'une délégation de Poitiers se rendra à Yangzhou en "
        "2026.",
    ],
)
def test_visits_trip_hoped_for_a_year_is_no_visit(text: str) -> None:
    """A trip to come dated by a year only and told as a hope or a possibility is a wish."""
    assert _visits(text) == set()
