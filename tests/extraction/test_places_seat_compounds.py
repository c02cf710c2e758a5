"""The places extractor on organisations named by a German compound head and their place
("Handelsministerium der Provinz Jilin", "Unternehmerverband von Jilin", "Handelsamt der Stadt
Changzhou", "Mittelstandsverband Rhein-Main (MVRM)"), on French colleges ("Collège
Montmorency", "Cégep de Limoilou") and on compounds naming a programme, which are no actors."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _mentions(text: str, language: str, kind: str) -> list[str]:
    doc = extract(text, language=language).doc
    return [m.name for m in doc.mentions if m.kind == kind]


def _acts(text: str, language: str) -> list[set[str]]:
    doc = extract(text, language=language).doc
    return [{p.name for p in a.parties} for a in doc.agreements]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Verein unterzeichnete 2024 eine Kooperationsvereinbarung mit dem "
            "Wirtschaftsministerium der Provinz Hubei.",
            "Wirtschaftsministerium der Provinz Hubei",
        ),
        (
            "Im Mai besuchte eine Delegation den Industrieverband von Wuxi in China.",
            "Industrieverband von Wuxi",
        ),
        (
            "Dabei unterzeichnete die Kammer ein Abkommen mit dem Handelsamt der Stadt Ningbo.",
            "Handelsamt der Stadt Ningbo",
        ),
        (
            "Am 3. März 2024 empfing der Exportverband Mittelhessen (EVMH) Gäste aus Asien.",
            "Exportverband Mittelhessen",
        ),
    ],
)
def test_seat_compounds_one_organisation(text: str, name: str) -> None:
    """A German compound head with its place (after a preposition and a region word, or
    closed by its acronym) is one organisation; its place is no mention of its own."""
    assert name in _mentions(text, "de", "organisation")
    assert not _mentions(text, "de", "place") or all(
        p not in name for p in _mentions(text, "de", "place")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Am Mittwoch wurde im Landratsamt Bad Hersfeld eine Urkunde übergeben.",
        "Die Gäste wurden im Landratsamt in Göppingen empfangen.",
        "Der Partnerverband Suzhou schickte eine Delegation.",
    ],
)
def test_seat_compounds_office_without_region_word(text: str) -> None:
    """A district's office named with its place ("Landratsamt Bad Hersfeld") and a partner
    compound ("Partnerverband Suzhou") are read as before: no new organisation."""
    orgs = _mentions(text, "de", "organisation")
    assert not any(o.startswith(("Landratsamt", "Partnerverband")) for o in orgs)


def test_seat_compounds_are_parties() -> None:
    """An association signing with a province's ministry and a city's association: the acts
    bind the organisations, not their places."""
    text = (
        "Am 10. Juni 2026 empfing der Exportverband Mittelhessen (EVMH) eine Delegation aus "
        "China. Der EVMH unterzeichnete Kooperationsverträge mit dem Handelsministerium der "
        "Provinz Hubei und dem Unternehmerverband von Wuhan."
    )
    acts = _acts(text, "de")
    assert {"Exportverband Mittelhessen", "Handelsministerium der Provinz Hubei"} in acts
    assert {"Exportverband Mittelhessen", "Unternehmerverband von Wuhan"} in acts


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Le 4 mai 2025, le Collège Ahuntsic et l'Université de Wuhan ont signé une entente.",
            "fr",
            "Collège Ahuntsic",
        ),
        (
            "Le Cégep de Limoilou a signé en 2016 une entente avec une école de Shanghai.",
            "fr",
            "Cégep de Limoilou",
        ),
        (
            "In 2019 Collège Montmorency signed a memorandum with a college in Zibo.",
            "en",
            "Collège Montmorency",
        ),
    ],
)
def test_college_heads(text: str, language: str, name: str) -> None:
    """'Collège' and 'Cégep' head an institution's name, as 'College' and 'École' do; the
    name after them is no place."""
    assert name in _mentions(text, language, "organisation")


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Am 3. Mai hat die Rektorin in Wuxi einen Vertrag zu einem 3+1-Austauschprogramm "
            "unterschrieben.",
            "de",
            "Austauschprogramm",
        ),
        (
            "Op 3 mei heeft de rector in Wuxi een akkoord over een 2+2-Uitwisselingsprogramma "
            "ondertekend.",
            "nl",
            "Uitwisselingsprogramma",
        ),
        (
            "Kooperationsprojekt unterzeichnet: die Hochschule Bremen und die Tongji University",
            "de",
            "Kooperationsprojekt",
        ),
    ],
)
def test_programme_compounds_no_actor(text: str, language: str, word: str) -> None:
    """A compound naming a programme or a project agreed on is no organisation."""
    assert word not in _mentions(text, language, "organisation")


def test_short_form_after_name_with_and_without_seat() -> None:
    """A chamber named once without and once with its seat ("IHK Mittelhessen", "IHK
    Mittelhessen zu Gießen") is one chamber: "die IHK" after them names it."""
    text = (
        "IHK Mittelhessen reist nach China\n\n"
        "Die IHK Mittelhessen zu Gießen reist im Juni nach China. Auf der Messe wollen die IHK "
        "und der CCPIT Wuxi eine Kooperationsvereinbarung unterzeichnen."
    )
    acts = _acts(text, "de")
    assert len(acts) == 1
    assert "CCPIT Wuxi" in acts[0]
    assert any(name.startswith("IHK Mittelhessen") for name in acts[0])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le 2 juin 2024, l'Office de Lyon a signé une entente avec le Bureau municipal des "
            "affaires étrangères de Wuxi.",
            "Bureau municipal des affaires étrangères de Wuxi",
        ),
        (
            "En 2023, la Haute école de Fribourg a conclu un accord avec une université chinoise.",
            "Haute école de Fribourg",
        ),
        (
            "Une délégation a visité la Zone de développement économique et technologique de "
            "Hefei en mai.",
            "Zone de développement économique et technologique de Hefei",
        ),
    ],
)
def test_described_french_names(text: str, name: str) -> None:
    """A French head, the lower-case words describing it and "de" with its place name one
    organisation; the place is no mention of its own there."""
    assert name in _mentions(text, "fr", "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "Le Bureau a ensuite rencontré le maire de Wuxi.",
        "Le Conseil approuve la convention de jumelage avec la ville de Wuxi.",
    ],
)
def test_described_french_names_stop_at_verbs_and_acts(text: str) -> None:
    """A verb or an act word after the head ends the description: no organisation runs to
    the place."""
    assert not any(o.endswith("Wuxi") for o in _mentions(text, "fr", "organisation"))
