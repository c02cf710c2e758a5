"""Contacts as writers the engine was not tuned on give them (issue 2, the contact miss of
benchmarks/corpus29 taken as a class): a national number that is no valid number of the
country the text's places suggest, but is one of a country of the text's language, is read
there ("telefoon 06 21 54 87 30" in a Dutch press release on a Chinese port). Every text is
written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract


def _phones(text: str) -> list[str | None]:
    return [c.phone for c in extract(text).doc.contacts]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "Havenbedrijf Delfzijl tekende een overeenkomst met de haven van Yingkou. Yingkou "
            "ligt in Liaoning; Yingkou is een grote haven en Yingkou groeit.\n\n"
            "Voor meer informatie: Anna de Boer, woordvoerder, telefoon 06 31 42 87 10, "
            "e-mail a.deboer@havenbedrijf-delfzijl.com",
            "+31631428710",
        ),
        (
            "Die Stadtwerke sprachen mit Qingdao und Weifang in Shandong über Qingdao und "
            "Weifang.\n\nPressekontakt: Jana Vogel, Telefon 0171 2345678, E-Mail "
            "j.vogel@stadtwerke-beispiel.com",
            "+491712345678",
        ),
    ],
)
def test_contacts_national_number_read_in_language_country(text: str, phone: str) -> None:
    """A national mobile number invalid in the voted country takes the language's country."""
    assert phone in _phones(text)


def test_contacts_valid_number_keeps_voted_country() -> None:
    """A number valid in the country the text's places suggest stays read there."""
    text = (
        "Die Partnerstadt Ningbo in Zhejiang lädt ein.\n\nKontakt: Li Wei, Tel. 0574 8718 "
        "2345, E-Mail liwei@ningbo-beispiel.cn"
    )
    assert "+8657487182345" in _phones(text)
