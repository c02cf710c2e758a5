"""Tests of the days an act's signing is told by: a day counted back from a dated event ("one
day earlier", "un jour plus tôt", "een dag eerder", "einen Tag früher"), counted from the
sentence's own event rather than from a clause about a person, and a day that a later
clause's "next year" does not move; texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates
from cityties.text import PartialDate
from factsets import date_told_by


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "The governors met in Ghent on 8 May 2024. One day earlier, the two provinces had "
            "signed a friendship agreement.",
            "en",
            "One day earlier",
            "2024-05-07",
        ),
        (
            "Le maire a reçu la délégation le 14 mars 2023. Un jour plus tôt, les deux villes "
            "avaient signé une lettre d'intention.",
            "fr",
            "Un jour plus tôt",
            "2023-03-13",
        ),
        (
            "De burgemeesters spraken elkaar op 20 juni 2022 in Gent. Een dag eerder was het "
            "memorandum ondertekend.",
            "nl",
            "Een dag eerder",
            "2022-06-19",
        ),
        (
            "Am 3. Oktober 2021 empfing der Landrat die Gäste. Einen Tag früher war die "
            "Absichtserklärung unterzeichnet worden.",
            "de",
            "Einen Tag früher",
            "2021-10-02",
        ),
        (
            "The forum closed on 12 September 2020; three days earlier the ports had signed "
            "their memorandum.",
            "en",
            "three days earlier",
            "2020-09-09",
        ),
    ],
)
def test_day_shifts_earlier_counts_back(text: str, lang: str, span: str, iso: str) -> None:
    """A day told as "one day earlier" (and its counts, in the four languages) is the day
    told before it less so many days."""
    value = date_told_by(text, span, lang)
    assert value is not None
    assert value.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "On 12 June 2025 the governor met the premier, who arrived in the city on 10 June "
            "2025. One day earlier, the two provinces signed a sister-province agreement.",
            "en",
            "One day earlier",
            "2025-06-11",
        ),
        (
            "Le 12 juin 2025, le gouverneur a reçu le premier ministre, qui était arrivé le "
            "10 juin 2025. Un jour plus tôt, les deux provinces avaient signé un accord.",
            "fr",
            "Un jour plus tôt",
            "2025-06-11",
        ),
        (
            "Op 12 juni 2025 ontving de gouverneur de premier, die op 10 juni 2025 was "
            "aangekomen. Een dag eerder tekenden beide provincies een akkoord.",
            "nl",
            "Een dag eerder",
            "2025-06-11",
        ),
        (
            "Am 12. Juni 2025 empfing der Gouverneur den Premier, der am 10. Juni 2025 "
            "angereist war. Einen Tag früher unterzeichneten beide Provinzen ein Abkommen.",
            "de",
            "Einen Tag früher",
            "2025-06-11",
        ),
    ],
)
def test_day_shifts_earlier_skip_relative_clause(text: str, lang: str, span: str, iso: str) -> None:
    """A day counted back is counted from the sentence's own event, not from the day of a
    relative clause about a person ("who arrived on 10 June", "qui était arrivé le 10 juin",
    "die op 10 juni was aangekomen", "der am 10. Juni angereist war")."""
    value = date_told_by(text, span, lang)
    assert value is not None
    assert value.iso() == iso


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "On June 11th the two cities signed a letter of intent, with a view to a "
            "friendship agreement next year.",
            "en",
            "On June 11th",
            "2025-06-11",
        ),
        (
            "Le 11 juin, les deux villes ont signé une lettre d'intention, en vue d'un "
            "jumelage l'année prochaine.",
            "fr",
            "Le 11 juin",
            "2025-06-11",
        ),
        (
            "Op 11 juni tekenden de steden een intentieverklaring, met het oog op een "
            "stedenband volgend jaar.",
            "nl",
            "Op 11 juni",
            "2025-06-11",
        ),
        (
            "Am 11. Juni unterzeichneten die Städte eine Absichtserklärung, mit Blick auf "
            "eine Partnerschaft im nächsten Jahr.",
            "de",
            "Am 11. Juni",
            "2025-06-11",
        ),
    ],
)
def test_relative_year_of_later_clause_keeps_day(text: str, lang: str, span: str, iso: str) -> None:
    """A day and month the page's date places stay in that year when the sentence's "next
    year" comes after them in another clause (the year of a plan, not of the day)."""
    value = date_told_by(text, span, lang, date(2025, 6, 14))
    assert value is not None
    assert value.iso() == iso


def test_relative_year_same_clause_moves_day() -> None:
    """A "last year" right after the day, in its clause, still gives the day its year."""
    text = "The mayor opened the fair on 5 September and the new port last year."
    value = date_told_by(text, "on 5 September", "en", date(2025, 6, 14))
    assert value == PartialDate(2024, 9, 5)


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        (
            "Twinning news\n\nAdded on 23/09/2026 by Jane Doe\n\nThe vice-mayor signed the "
            "renewed agreement on Monday.",
            "en",
            "on Monday",
            "2026-09-21",
        ),
        (
            "Nouvelles du jumelage\n\nAjouté au 23/09/2026 par Marie Dubois\n\nLa vice-maire a "
            "signé lundi la nouvelle convention.",
            "fr",
            "lundi",
            "2026-09-21",
        ),
        (
            "Nieuws\n\nToegevoegd op 23 september 2026 door Jan de Vries\n\nDe burgemeester "
            "tekende maandag het nieuwe akkoord.",
            "nl",
            "maandag",
            "2026-09-21",
        ),
        (
            "Neuigkeiten\n\nHinzugefügt am 23.09.2026 von Anna Huber\n\nDie Bürgermeisterin "
            "unterzeichnete am Montag die neue Vereinbarung.",
            "de",
            "am Montag",
            "2026-09-21",
        ),
    ],
)
def test_blog_entry_line_dates_weekdays(text: str, lang: str, span: str, iso: str) -> None:
    """A blog entry's line ("Added on <date> by <name>", "Ajouté au ... par ...",
    "Toegevoegd op ... door ...", "Hinzugefügt am ... von ...") is the page's dateline: the
    weekdays of its text are counted back from it."""
    doc = Doc(text=text, language=lang)
    extract_dates(doc)
    hits = [d for d in doc.dates if d.text == span]
    assert len(hits) == 1, doc.dates
    assert hits[0].value is not None
    assert hits[0].value.iso() == iso


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("University Newsletter\nMar 03, 2026 Volume 58\n\n", "en"),
        ("Lettre de la faculté\n3 mars 2026 - numéro 58\n\n", "fr"),
        ("Nieuwsbrief van de faculteit\n3 maart 2026 – jaargang 58\n\n", "nl"),
        ("Rundbrief der Fakultät\n3. März 2026 Nr. 58\n\n", "de"),
    ],
)
def test_issue_line_dates_yearless_days(head: str, lang: str) -> None:
    """A periodical's issue line (a date, then "Volume 58", "numéro 58", "jaargang 58",
    "Nr. 58") is the page's header date: a day written without a year takes its year."""
    body = {
        "en": "The rector signed the letter on February 12 in Shanghai.",
        "fr": "Le recteur a signé la lettre le 12 février à Shanghai.",
        "nl": "De rector tekende de brief op 12 februari in Shanghai.",
        "de": "Der Rektor unterzeichnete den Brief am 12. Februar in Shanghai.",
    }[lang]
    text = head + body
    doc = Doc(text=text, language=lang)
    extract_dates(doc)
    days = [d for d in doc.dates if d.value is not None and d.value.month == 2]
    assert [d.value.iso() for d in days if d.value is not None] == ["2026-02-12"]
