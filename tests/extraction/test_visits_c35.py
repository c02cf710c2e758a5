"""Visits on unseen text (issue 2, session 22): with `_FUTURE_VISITS_KEPT` off, a visit dated
after the page's own date is a visit to come and is left out, in any language, unless it is
told in the past or belongs to a stay already begun; a visit dated before the page is kept.
Every text is written for these tests and read by the whole pipeline."""

from __future__ import annotations

import pytest

from cityties.extraction.extractors.visits import _ONWARD_PRESENT, _after_page
from cityties.text import PartialDate
from factsets import visits_of as _visits

_HEAD = "date 2025-03-20\n"


@pytest.mark.parametrize(
    "body",
    [
        "Trade mission to Yantai\n\nFrom 14 to 18 May councillor Ruth Ellis leads a trade "
        "mission of twelve companies from Tromsø to Yantai.",
        "Handelsmissie naar Yantai\n\nVan 14 tot en met 18 mei leidt wethouder Ruth Ellis "
        "een handelsmissie van twaalf bedrijven uit Tromsø naar Yantai.",
        "Mission économique à Yantai\n\nDu 14 au 18 mai, l'adjointe Ruth Ellis conduit une "
        "délégation de douze entreprises de Tromsø à Yantai.",
        "Wirtschaftsreise nach Yantai\n\nVom 14. bis 18. Mai führt Stadträtin Ruth Ellis eine "
        "Delegation von zwölf Unternehmen aus Tromsø nach Yantai.",
    ],
)
@pytest.mark.usefixtures("future_visits_dropped")
def test_visits_dated_after_the_page_are_left_out(body: str) -> None:
    """With visits to come left out, a mission whose days fall after the page's date is no
    visit."""
    assert not any(v[1] == "yantai" for v in _visits(_HEAD + body))


@pytest.mark.parametrize(
    "body",
    [
        "Delegation from Yantai\n\nOn 4 March a delegation from Yantai visited Tromsø and "
        "toured the harbour.",
        "Delegatie uit Yantai\n\nOp 4 maart bracht een delegatie uit Yantai een bezoek aan Tromsø.",
        "Délégation de Yantai\n\nLe 4 mars, une délégation de Yantai a visité Tromsø.",
        "Delegation aus Yantai\n\nAm 4. März besuchte eine Delegation aus Yantai die Stadt Tromsø.",
    ],
)
@pytest.mark.usefixtures("future_visits_dropped")
def test_visits_dated_before_the_page_are_kept(body: str) -> None:
    """A visit whose day lies before the page's date is reported and kept."""
    assert ("yantai", "tromsø", "2025-03-04") in _visits(_HEAD + body)


@pytest.mark.parametrize(
    ("date", "after"),
    [
        (PartialDate(2025, 4, 2), True),
        (PartialDate(2025, 3, 21), True),
        (PartialDate(2025, 3, 20), False),
        (PartialDate(2025, 3, None), False),
        (PartialDate(2025, None, None), False),
        (PartialDate(2026, None, None), True),
        (PartialDate(2024, 12, 30), False),
    ],
)
def test_after_page_compares_at_the_visit_precision(date: PartialDate, after: bool) -> None:
    """A date is after a page of 20 March 2025 only when it is later at its own precision:
    the page's month or year itself is not after it."""
    assert _after_page(date, PartialDate(2025, 3, 20)) is after


@pytest.mark.parametrize(
    ("body", "visit"),
    [
        (
            "Yantai in Tromsø\n\nDe delegatie uit Yantai kwam op 18 maart aan in Tromsø en "
            "bezoekt op 22 maart Bergen.",
            ("yantai", "bergen", "2025-03-22"),
        ),
    ],
)
@pytest.mark.usefixtures("future_visits_dropped")
def test_visits_later_stop_of_a_stay_begun_is_kept(body: str, visit: tuple[str, str, str]) -> None:
    """A later stop of a stay that began by the page's date is kept with its own day."""
    found = _visits(_HEAD + body)
    assert ("yantai", "tromsø", "2025-03-18") in found
    assert visit in found


def test_visits_dated_after_the_page_kept_by_default() -> None:
    """By default (the older gold's convention) a dated visit to come is still reported."""
    body = (
        "Trade mission to Yantai\n\nFrom 14 to 18 May councillor Ruth Ellis leads a trade "
        "mission of twelve companies from Tromsø to Yantai."
    )
    assert ("tromsø", "yantai", "2025-05-14") in _visits(_HEAD + body)


@pytest.mark.parametrize(
    "body",
    [
        # "travels on to Bergen tomorrow" and "reist heute weiter nach Bergen" date the leg: a
        # dated trip to come, kept since the gold convention of 2026-12-02 (test_visits_c39)
        "Yantai in Tromsø\n\nOp 18 maart bracht een delegatie uit Yantai een bezoek aan Tromsø. "
        "Morgen reist de delegatie verder naar Bergen.",
        "Yantai à Tromsø\n\nLe 18 mars, une délégation de Yantai a visité Tromsø. La délégation "
        "poursuit sa route vers Bergen.",
    ],
)
def test_visits_onward_leg_told_in_the_present_is_no_visit(body: str) -> None:
    """An onward leg told in the present and left undated ("poursuit sa route vers", "Morgen
    reist ... verder naar" that the reader does not date) is no visit: the visit told in the
    past stays, the next city is no host."""
    found = _visits(_HEAD + body)
    assert ("yantai", "tromsø", "2025-03-18") in found
    assert not any(h == "bergen" for _, h, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "on 19 march it travelled on to bergen.",
        "am 19. märz reiste sie weiter nach bergen.",
        "op 19 maart reisde de delegatie verder naar bergen.",
        "le 19 mars, la délégation a poursuivi sa route vers bergen.",
    ],
)
def test_onward_present_leaves_legs_told_in_the_past(sentence: str) -> None:
    """Only an onward leg told in the present is read as one still to come."""
    assert _ONWARD_PRESENT.search(sentence) is None
