"""A national or a state body of several ports ("Kenya Ports Authority", "Fiji Ports
Corporation", "Mauritius Ports Authority") is a port, as "Aberdeen Harbour Board"
is, in texts of any language (texts written for these tests)."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._parties import build_cast


def _org_kinds(text: str, language: str) -> dict[str, str | None]:
    doc = extract(text, language=language).doc
    return {a.name: a.org_kind for a in build_cast(doc).actors if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Tanzania Ports Authority signed a memorandum of understanding with the "
            "Port of Qingdao in 2018.",
            "en",
            "Tanzania Ports Authority",
        ),
        (
            "Die Sri Lanka Ports Authority unterzeichnete 2019 eine Absichtserklärung mit "
            "dem Hafen Hamburg.",
            "de",
            "Sri Lanka Ports Authority",
        ),
        (
            "De Tonga Ports Corporation tekende in 2020 een samenwerkingsakkoord met de "
            "haven van Zeebrugge.",
            "nl",
            "Tonga Ports Corporation",
        ),
        (
            "La Mauritius Ports Authority a signé en 2021 un accord avec le port de Marseille.",
            "fr",
            "Mauritius Ports Authority",
        ),
    ],
)
def test_port_body_plural_port_word_is_a_port(text: str, language: str, name: str) -> None:
    """An authority, a corporation or a board named by the plural "Ports" or "Harbours" is
    an organisation of the port kind, not a government service or a company."""
    assert _org_kinds(text, language).get(name) == "port"


def test_port_body_plural_port_word_is_the_home_org() -> None:
    """A port corporation whose delegation travels, named again, is the document's own
    institution, as a "Port of X" is."""
    text = (
        "Port news\n\n"
        "A delegation of the Tonga Ports Corporation visited Ningbo in May. The Tonga Ports "
        "Corporation met the Ningbo Zhoushan Port Group there."
    )
    doc = extract(text, language="en").doc
    home = build_cast(doc).home_org
    assert home is not None
    assert home.name == "Tonga Ports Corporation"


def test_port_body_company_without_port_word_stays_a_company() -> None:
    """A corporation with no port word in its name stays a company."""
    text = "The Fiji Sugar Corporation signed a supply agreement with a Ningbo trader in 2018."
    assert _org_kinds(text, "en").get("Fiji Sugar Corporation") == "company"
