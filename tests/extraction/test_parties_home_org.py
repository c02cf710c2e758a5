"""The institution a document is written by or about (`Cast.home_org`), and the acts of
institutions the party resolver gives it: a college's, a university's or a port's news names
its partner institution at the act and leaves itself unnamed there (texts written for these
tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast
from cityties.text import fold


def _home_org(text: str, language: str) -> str | None:
    doc = extract(text, language=language).doc
    org = build_cast(doc).home_org
    return org.name if org is not None else None


def _pairs(text: str, language: str) -> set[frozenset[str]]:
    doc = extract(text, language=language).doc
    return {frozenset(fold(p.name) for p in a.parties) for a in doc.agreements}


@pytest.mark.parametrize(
    ("text", "language", "home"),
    [
        (
            "Neues aus der Forschung\n\n"
            "Eine Delegation der Hochschule Kempten reiste im Mai nach Hefei. Dort besuchte sie "
            "die Hefei University of Technology.\n\n"
            "Kontakt: Pressestelle, presse@hs-kempten.de",
            "de",
            "Hochschule Kempten",
        ),
        (
            "Nieuws\n\n"
            "Een delegatie van Hogeschool Zeeland bezocht vorige week de Ningbo University. "
            "De Hogeschool Zeeland werkt al jaren samen met Chinese partners.",
            "nl",
            "Hogeschool Zeeland",
        ),
        (
            "Vie universitaire\n\n"
            "Une délégation de l'Université de Rimouski a séjourné à Dalian. L'Université de "
            "Rimouski y a rencontré la Dalian Maritime University.",
            "fr",
            "Université de Rimouski",
        ),
        (
            "News\n\n"
            "A delegation from the Port of Esbjerg visited Shanghai last week. The Port of "
            "Esbjerg met the Shanghai International Port Group.",
            "en",
            "Port of Esbjerg",
        ),
    ],
)
def test_home_org_is_the_institution_that_travels_and_is_named_most(
    text: str, language: str, home: str
) -> None:
    """The institution a delegation is of, named again or in the contact's domain, is the
    document's own; the partner country's institution is not."""
    assert _home_org(text, language) == home


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Stadtnachrichten\n\n"
            "Der Stadtrat von Kempten hat die Partnerschaft mit Sopron erneuert. Auch die "
            "Hochschule Kempten war beim Festakt vertreten.",
            "de",
        ),
        (
            "Nieuws\n\n"
            "Een delegatie uit Ningbo bezocht Vlissingen. De burgemeester ontving de gasten.",
            "nl",
        ),
    ],
)
def test_home_org_none_when_no_institution_stands_out(text: str, language: str) -> None:
    """A city's news that names a local institution once, or none, has no home institution."""
    assert _home_org(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "date 2025-05-20\n"
            "Nieuws\n\n"
            "Een delegatie van Hogeschool Zeeland bracht vorige week een bezoek aan China. "
            "Op dinsdag 13 mei werd in Wuhan bij de Wuhan Textile University een "
            "samenwerkingsovereenkomst ondertekend. De Hogeschool Zeeland verwacht veel "
            "van de uitwisseling.",
            "nl",
            {"hogeschool zeeland", "wuhan textile university"},
        ),
        (
            "date 2024-10-02\n"
            "Aktuelles\n\n"
            "Eine Delegation der Hochschule Kempten war in der vergangenen Woche in Hefei. Am "
            "24. September besuchte sie die Anhui Jianzhu University in Hefei. Ein "
            "Kooperationsvertrag wurde dort unterzeichnet. Die Hochschule Kempten plant "
            "gemeinsame Kurse.",
            "de",
            {"hochschule kempten", "anhui jianzhu university"},
        ),
        (
            "date 2024-11-20\n"
            "Vie universitaire\n\n"
            "Une délégation de l'Université de Rimouski a séjourné à Dalian. Le 12 novembre, "
            "la Dalian Maritime University a reçu le recteur à Dalian. Un accord-cadre de "
            "cinq ans a été signé à cette occasion. L'Université de Rimouski accueille déjà "
            "des étudiants chinois.",
            "fr",
            {"universite de rimouski", "dalian maritime university"},
        ),
        (
            "date 2023-06-08\n"
            "News\n\n"
            "A delegation from the Port of Esbjerg visited China this week. On 6 June the "
            "delegation met the Ningbo Zhoushan Port Group in Ningbo. A memorandum of "
            "understanding on green shipping was signed there. The Port of Esbjerg expects "
            "more cargo.",
            "en",
            {"port esbjerg", "ningbo zhoushan port group"},
        ),
    ],
)
def test_resolver_binds_home_institution_to_institution_named_at_act(
    text: str, language: str, pair: set[str]
) -> None:
    """An act of a cooperation kind in an institution's news, next to another institution
    named in its sentence or the one before, binds the two institutions, not the cities
    where they stand."""
    assert frozenset(pair) in _pairs(text, language)


def _org_mentions(text: str, language: str) -> list[tuple[str, str]]:
    doc = extract(text, language=language).doc
    return [
        (a.name, text[a.start : a.end]) for a in build_cast(doc).actors if a.kind == "organisation"
    ]


def test_full_org_name_replaces_name_cut_at_sentence_start() -> None:
    """A name whose first word a sentence's start hid ("Breton University" in "Cape Breton
    University (CBU) hosts ...") is the full name the document writes elsewhere, and so is
    its acronym."""
    text = (
        "Partnership\n\nAn agreement between Cape Breton University and Dalian University was "
        "renewed.\n\nCape Breton University (CBU) hosts the office. CBU will send ten students."
    )
    names = {name for name, _ in _org_mentions(text, "en")}
    assert "Breton University" not in names
    assert ("Cape Breton University", "CBU") in _org_mentions(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        (
            "Aktuelles\n\nEine Delegation der Universität Passau reiste nach Wuhan. Derzeit "
            "unterhält die Universität fünf Abkommen mit chinesischen Hochschulen.",
            "de",
            "Universität",
        ),
        (
            "Nieuws\n\nEen delegatie van Hogeschool Zeeland bezocht Ningbo. Volgend jaar "
            "verwacht de hogeschool nieuwe studenten uit China.",
            "nl",
            "hogeschool",
        ),
        (
            "Vie universitaire\n\nUne délégation de l'Université de Rimouski a séjourné à "
            "Dalian. Le recteur a signé une entente pour l'Université.",
            "fr",
            "Université",
        ),
        (
            "News\n\nA delegation from the Port of Esbjerg visited Ningbo. Next year the port "
            "expects more cargo from China.",
            "en",
            "port",
        ),
    ],
)
def test_named_back_institution_is_a_mention_of_the_home_org(
    text: str, language: str, noun: str
) -> None:
    """The home institution's kind word after a definite article, no name after it, is a
    mention of that institution."""
    doc = extract(text, language=language).doc
    cast = build_cast(doc)
    assert cast.home_org is not None
    back = [a for a in cast.actors if a.key == cast.home_org.key and text[a.start : a.end] == noun]
    assert len(back) == 1
