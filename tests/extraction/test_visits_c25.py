"""Visits on unseen text (issue 2, corpus25's first class of misses): the leader's place as
the delegation's origin, a visit dated by the sentence before it, and "this week" dated by
the page's month. Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from factsets import visits_of as _visits


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "In May 2021 a delegation led by the Mayor of Bruges attended the Wenzhou trade fair.",
            ("bruges", "wenzhou", "2021-05"),
        ),
        (
            "En juin 2022, une délégation conduite par le maire de Nancy a assisté au festival "
            "de Kunming.",
            ("nancy", "kunming", "2022-06"),
        ),
        (
            "In juni 2022 woonde een delegatie onder leiding van de burgemeester van Gent de "
            "beurs in Wuhan bij.",
            ("gent", "wuhan", "2022-06"),
        ),
        (
            "Im Juni 2022 nahm eine Delegation unter Leitung des Oberbürgermeisters von Kiel an "
            "der Messe in Qingdao teil.",
            ("kiel", "qingdao", "2022-06"),
        ),
    ],
)
def test_visits_led_by_official_of_place_is_that_place(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A delegation "led by the Mayor of X" comes from X (not from the document's own place),
    to the one other place of its sentence."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Le 12 mars 2016, une délégation d'élus et de chefs d'entreprise de Wuhan, présidée "
            "par le maire de Wuhan, a été reçue à Nantes par le préfet.",
            ("wuhan", "nantes", "2016-03-12"),
        ),
        (
            "On 12 March 2016 a group of officials and business leaders of Wuhan, chaired by the "
            "Mayor of Wuhan, was received in Leeds by the Lord Mayor.",
            ("wuhan", "leeds", "2016-03-12"),
        ),
        (
            "Op 12 maart 2016 werd een delegatie van ambtenaren en ondernemers van Wuhan, geleid "
            "door de burgemeester van Wuhan, in Gent door de burgemeester ontvangen.",
            ("wuhan", "gent", "2016-03-12"),
        ),
    ],
)
def test_visits_passive_reception_chair_is_no_agent(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """ "présidée par", "chaired by", "geleid door" name the guests' leader, not the host of a
    passive reception: the guests' place visits the place of the reception."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "On 4 May 2018 the mayors of Tilbury and Ningbo discussed port projects. The "
            "occasion was the visit of a delegation from Ningbo to Tilbury.",
            ("ningbo", "tilbury", "2018-05-04"),
        ),
        (
            "Le 4 mai 2018, les maires de Brest et de Ningbo ont parlé de projets portuaires. "
            "L'occasion était la visite d'une délégation de Ningbo à Brest.",
            ("ningbo", "brest", "2018-05-04"),
        ),
        (
            "Op 4 mei 2018 spraken de burgemeesters van Gent en Ningbo over havenprojecten. "
            "Aanleiding was het bezoek van een delegatie uit Ningbo aan Gent.",
            ("ningbo", "gent", "2018-05-04"),
        ),
        (
            "Beide Städte hatten bereits 2008 eine Absichtserklärung vereinbart; unterzeichnet "
            "wurde sie, als eine Landshuter Delegation in Weifang zu Gast war.",
            ("landshut", "weifang", "2008"),
        ),
    ],
)
def test_visits_undated_visit_takes_date_of_sentence_before(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """A visit whose sentence gives no date takes the last date of the sentence before, in
    the same paragraph, when that sentence names one of its ends or is the first clause of
    the same sentence."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # a time of its own that gives no date: no borrowed date
        (
            "In 2019 ging een schoolklas uit Utrecht naar León. Vorig jaar kwam de burgemeester "
            "van León naar Utrecht.",
            ("leon", "utrecht", None),
        ),
        # (another paragraph that names an end dates the visit: test_visits_c31)
        # a sentence before that names neither end: no borrowed date
        (
            "On 4 May 2018 the council approved the budget. The occasion was the visit of a "
            "delegation from Ningbo to Tilbury.",
            ("ningbo", "tilbury", None),
        ),
    ],
)
def test_visits_undated_visit_keeps_no_date_without_context(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """The date of the sentence before is not borrowed across a paragraph, from a sentence
    that names neither end, or by a sentence with an undated time of its own."""
    assert visit in _visits(text)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2019-04-17\nA delegation from Jiaozuo spent three days this week in Peoria.",
            ("jiaozuo", "peoria", "2019-04"),
        ),
        (
            "date 2019-04-17\nEen delegatie uit Jiaozuo verbleef deze week drie dagen in Gent.",
            ("jiaozuo", "gent", "2019-04"),
        ),
        (
            "date 2019-04-17\nUne délégation de Jiaozuo a passé trois jours à Nancy cette semaine.",
            ("jiaozuo", "nancy", "2019-04"),
        ),
        (
            "date 2019-04-17\nEine Delegation aus Jiaozuo war in dieser Woche drei Tage in Kiel.",
            ("jiaozuo", "kiel", "2019-04"),
        ),
        # a week across two months: no date
        (
            "date 2019-05-01\nA delegation from Jiaozuo spent three days this week in Peoria.",
            ("jiaozuo", "peoria", None),
        ),
    ],
)
def test_visits_this_week_is_month_of_page(text: str, visit: tuple[str, str, str | None]) -> None:
    """ "this week" dates a stay by the month of the page's week, when that week lies in one
    month."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "date 2018-09-21\nAm Dienstag unterzeichneten Oberbürgermeister Peter Kurz und "
            "Bürgermeister Zhang Wei aus Hefei im Ratssaal die Urkunde zur Städtepartnerschaft "
            "zwischen Mannheim und Hefei.\n\nEine zehnköpfige Delegation aus Hefei hielt sich "
            "zwei Tage in Mannheim auf.",
            ("hefei", "mannheim", "2018-09"),
        ),
        (
            "On 18 September 2018 the Lord Mayor and the Vice-Mayor of Hefei signed a sister "
            "city agreement between Leeds and Hefei.\n\nA ten-member delegation from Hefei "
            "spent two days in Leeds.",
            ("hefei", "leeds", "2018-09"),
        ),
        (
            "Le 18 septembre 2018, le maire de Nancy et le vice-maire de Hefei ont signé un "
            "accord de jumelage entre Nancy et Hefei.\n\nUne délégation de Hefei a visité Nancy "
            "pendant deux jours.",
            ("hefei", "nancy", "2018-09"),
        ),
        (
            "Op 18 september 2018 ondertekenden burgemeester Jan Peeters en burgemeester Zhang "
            "Wei uit Hefei een stedenbandakkoord tussen Gent en Hefei.\n\nEen delegatie uit "
            "Hefei verbleef twee dagen in Gent.",
            ("hefei", "gent", "2018-09"),
        ),
    ],
)
def test_visits_stay_of_a_signing_with_visitor_official_takes_act_month(
    text: str, visit: tuple[str, str, str | None]
) -> None:
    """An undated stay of the two parties of an act told just before, whose sentence names
    an official of the visitor among the signers, is dated by the act's month."""
    assert _visits(text) == {visit}


@pytest.mark.parametrize(
    "text",
    [
        # no official of the visitor among the signers
        "On 18 September 2018 Leeds and Hefei signed a sister city agreement.\n\nA ten-member "
        "delegation from Hefei spent two days in Leeds.",
        # the official named is the host's, in a phrase of place
        "Op 4 september 1989 tekende de burgemeester in het stadhuis van Hefei een akkoord "
        "tussen Gent en Hefei.\n\nDit weekend is een groep uit Hefei te gast in Gent.",
    ],
)
def test_visits_stay_without_visitor_signatory_keeps_no_act_month(text: str) -> None:
    """A stay after a signing that names no official of the visitor among the signers, or
    told with a time of its own, does not take the act's month."""
    assert all(not (v[0] == "hefei" and v[2] == "2018-09") for v in _visits(text))
    assert all(not (v[0] == "hefei" and v[2] == "1989-09") for v in _visits(text))


@pytest.mark.parametrize(
    "text",
    [
        "On 18 September 2018 the Lord Mayor and the Vice-Mayor of Hefei signed a sister city "
        "agreement between Leeds and Hefei.\n\nRecently a ten-member delegation from Hefei spent "
        "two days in Leeds.",
        "Le 18 septembre 2018, le maire de Nancy et le vice-maire de Hefei ont signé un accord "
        "de jumelage entre Nancy et Hefei.\n\nRécemment, une délégation de Hefei a visité Nancy "
        "pendant deux jours.",
        "Am 18. September 2018 unterzeichneten Oberbürgermeister Peter Kurz und Bürgermeister "
        "Zhang Wei aus Hefei die Urkunde zur Städtepartnerschaft zwischen Mannheim und Hefei."
        "\n\nKürzlich hielt sich eine zehnköpfige Delegation aus Hefei zwei Tage in Mannheim auf.",
    ],
)
def test_visits_stay_with_a_time_of_its_own_keeps_no_act_month(text: str) -> None:
    """A stay told with a time of its own ("Recently", "Récemment", "Kürzlich": date mentions
    without a value) after a signing is left undated, not dated by the act's month."""
    assert {v[2] for v in _visits(text) if v[0] == "hefei"} == {None}
