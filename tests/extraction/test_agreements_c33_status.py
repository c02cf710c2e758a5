"""Agreements: statuses and renewal chains as classes of wording (issue 2, corpus33 classes,
seen also in corpora 5, 21, 26 and 29). Every sentence here was written for these tests.

- An ending verb last in a subordinate clause ("dat vorig jaar afliep", "dat niet werd
  verlengd", "der 2022 ausgelaufen ist", "qui avait expiré") ends the act, as its main-clause
  order does.
- A future adjective in the act's topic ("on future cooperation", "über die künftige
  Zusammenarbeit") is what the act is about, not its status: the act is signed.
- A renewal of an act that carries its own earlier date ("the 1996 sister city memorandum",
  "die 2015 für zehn Jahre geschlossene Vereinbarung") or an earlier date of the sentence
  ("En 2015, ... une convention, reconduite en 2020") is a chain of two acts: the original,
  signed with its date, and the renewal.
"""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.text import fold


def _acts(text: str) -> set[tuple[frozenset[str], str, str, str | None]]:
    return {
        (
            frozenset(fold(p.name) for p in a.parties),
            a.type,
            a.status,
            str(a.signed) if a.signed is not None else None,
        )
        for a in extract(text).doc.agreements
    }


@pytest.mark.parametrize(
    ("text", "parties", "kind"),
    [
        (
            "Het havenbedrijf van Vlissingen en de haven van Ningbo tekenden in 2018 een"
            " memorandum of understanding, dat vorig jaar afliep.",
            {"vlissingen"},
            "memorandum_of_understanding",
        ),
        (
            "De schepen antwoordde dat de stedenband tussen Mol en Yixing niet werd verlengd.",
            {"mol", "yixing"},
            "sister_city",
        ),
        (
            "Der 2008 geschlossene Kooperationsvertrag zwischen Frankenberg und Xuancheng, der"
            " Ende 2024 ausgelaufen und nicht verlängert worden ist, wird nicht ersetzt.",
            {"frankenberg", "xuancheng"},
            "cooperation_agreement",
        ),
        (
            "Grenoble et Suzhou ont signé une convention de coopération en 2012, qui avait"
            " expiré en 2020.",
            {"grenoble", "suzhou"},
            "cooperation_agreement",
        ),
        (
            "Lucerne and Guilin signed a cooperation agreement in 2012, which lapsed in 2020.",
            {"lucerne", "guilin"},
            "cooperation_agreement",
        ),
    ],
)
def test_status_verb_last_in_subordinate_clause_ends_act(
    text: str, parties: set[str], kind: str
) -> None:
    """An ending verb at the end of a relative or subordinate clause ends the act."""
    acts = _acts(text)
    assert any(parties <= ps and t == kind and status == "ended" for ps, t, status, _ in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "The mayors of Tacoma and Kunming signed a letter of intent on future cooperation.",
        "Les maires de Nantes et de Xiamen ont signé une lettre d'intention sur la future"
        " coopération.",
        "Gent en Ningbo ondertekenden een intentieverklaring over toekomstige samenwerking.",
        "Der Rektor der Hochschule Harz unterzeichnete eine Absichtserklärung über die künftige"
        " Zusammenarbeit mit der Luoyang Normal University.",
    ],
)
def test_status_future_topic_leaves_act_signed(text: str) -> None:
    """A future adjective after "on/sur/over/über" is the act's topic: the act is signed."""
    acts = _acts(text)
    assert acts and all(status == "signed" for _, _, status, _ in acts), acts


def test_status_future_relation_after_letter_stays_planned() -> None:
    """ "A letter of intent for future friendly relations": the letter is signed and the
    relation it prepares is planned."""
    acts = _acts(
        "Die Städte Osnabrück und Hefei haben einen Letter of Intent für künftige"
        " freundschaftliche Beziehungen unterzeichnet."
    )
    kinds = {(t, status) for _, t, status, _ in acts}
    assert ("letter_of_intent", "signed") in kinds
    assert ("friendship", "planned") in kinds


@pytest.mark.parametrize(
    ("text", "kind", "first"),
    [
        (
            "The purpose of the visit is to re-sign the 1996 sister city memorandum of"
            " understanding between Hamilton and Wuxi on Thursday.",
            "memorandum_of_understanding",
            "1996",
        ),
        (
            "Der Rat der Stadt Münster beschließt, die 2015 für zehn Jahre geschlossene"
            " Freundschaftsvereinbarung mit Lublin um weitere fünf Jahre zu verlängern.",
            "friendship",
            "2015",
        ),
        (
            "De raad van Breda besluit het in 2015 voor tien jaar gesloten vriendschapsverdrag"
            " met Lublin met vijf jaar te verlengen.",
            "friendship",
            "2015",
        ),
        (
            "Hamilton and Wuxi renewed the 2015 port cooperation agreement on Thursday.",
            "cooperation_agreement",
            "2015",
        ),
    ],
)
def test_status_renewal_of_dated_act_keeps_original(text: str, kind: str, first: str) -> None:
    """A renewal (done or to come) of an act named with its year gives the original, signed
    in that year, and the renewal apart."""
    acts = _acts(text)
    assert any(t == kind and s == "signed" and d == first for _, t, s, d in acts), acts
    assert any(t == kind and s in ("renewed", "planned") and d != first for _, t, s, d in acts)


@pytest.mark.parametrize(
    "text",
    [
        "En 2015, Lucerne et Guilin ont complété leur jumelage par une convention de"
        " partenariat sur le tourisme, reconduite en 2020 pour cinq ans.",
        "In 2015, Lucerne and Guilin added a cooperation agreement on tourism, renewed in 2020"
        " for five years.",
        "In 2015 voegden Gent en Ningbo er een samenwerkingsovereenkomst over toerisme aan toe,"
        " in 2020 verlengd voor vijf jaar.",
        "2015 ergänzten Luzern und Guilin ihre Partnerschaft um eine Kooperationsvereinbarung"
        " zum Tourismus, 2020 um fünf Jahre verlängert.",
    ],
)
def test_status_renewal_participle_after_comma_splits_chain(text: str) -> None:
    """A renewal participle after a comma with a later year renews the act of the earlier
    year: two acts, the original signed in 2015 and the renewal of 2020."""
    acts = {(s, d) for _, t, s, d in _acts(text) if t == "cooperation_agreement"}
    assert ("signed", "2015") in acts, acts
    assert ("renewed", "2020") in acts, acts


def test_status_renewal_participle_without_earlier_year_is_one_act() -> None:
    """With no earlier year in the sentence the renewal stays one act."""
    acts = _acts(
        "In 2020, Lucerne and Guilin have a cooperation agreement, renewed for five years."
    )
    assert len(acts) == 1, acts


def test_status_verbroederingsovereenkomst_is_a_twinning() -> None:
    """The compounds of "verbroedering" (a Flemish twinning) name a sister city act, as
    those of "verzustering" do."""
    acts = _acts(
        "De verbroederingsovereenkomst tussen Mol en Yixing werd op 18 mei 2010 ondertekend."
    )
    assert {t for _, t, _, _ in acts} == {"sister_city"}, acts
