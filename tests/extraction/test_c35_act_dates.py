"""Signing dates and terms of acts (issue 2): a plural act noun ("The agreements, signed on
Tuesday") dates every act of its kind the page told; a German or Dutch clause opened by its
date and closed by its participle dates its act however many signatories stand between; a
sentence opened by the participle ("Signed on 4 June, it ...") or a relative clause ("The
agreement, which was signed on ...") dates the act told just before; a period right after
"for" ("for 2026-2028") is a term, not the signing year; a renewal "also" made at a dated
signing takes its day; an end told in the headline only takes the day of the decision the lead
tells. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from cityties.extraction import extract
from cityties.extraction.extractors._act_details import plural_act, verb_last_date
from cityties.text import fold


def _dates(text: str, status: str = "signed") -> dict[frozenset[str], str | None]:
    """The signing date of every act with `status`, by its folded parties."""
    found = [a for a in extract(text).doc.agreements if a.status == status]
    return {frozenset(fold(p.name) for p in a.parties): (a.signed and str(a.signed)) for a in found}


def _key(*names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names)


@pytest.mark.parametrize(
    ("noun", "lang", "plural"),
    [
        ("agreements", "en", True),
        ("sister port agreements", "en", True),
        ("memoranda of understanding", "en", True),
        ("mous", "en", True),
        ("letters of intent", "en", True),
        ("agreement", "en", False),
        ("memorandum of understanding", "en", False),
        ("sister city relations", "en", False),
        ("accords de coopération", "fr", True),
        ("chartes de jumelage", "fr", True),
        ("accord de coopération", "fr", False),
        ("convention", "fr", False),
        ("overeenkomsten", "nl", True),
        ("samenwerkingsakkoorden", "nl", True),
        ("overeenkomst", "nl", False),
        ("stedenband", "nl", False),
        ("vereinbarungen", "de", True),
        ("städtepartnerschaften", "de", True),
        ("verträge", "de", True),
        ("vereinbarung", "de", False),
        ("partnerschaftsabkommen", "de", False),
    ],
)
def test_plural_act_reads_the_number_of_the_noun(noun: str, lang: str, plural: bool) -> None:
    """An act's noun in the plural is read as plural in each language; a singular, a word of
    one tie that reads plural ("relations") and "Abkommen" (the same in both numbers) are
    not."""
    assert plural_act(noun, 0, len(noun), lang) is plural


@pytest.mark.parametrize(
    "text",
    [
        "Port of Tarragona signs sister port agreements with Port of Ningbo and Port of Dalian\n\n"
        "The agreements, signed on Tuesday during the annual meeting of the Mediterranean Harbour"
        " Council in Tarragona, aim to promote training and green shipping.\n",
        "Le port de Tarragone signe des accords de jumelage avec le port de Ningbo et le port de"
        " Dalian\n\nLes accords, signés mardi lors de la réunion annuelle du Conseil portuaire"
        " méditerranéen à Tarragone, visent à développer la formation.\n",
        "Haven van Tarragona sluit zusterhavenovereenkomsten met haven van Ningbo en haven van"
        " Dalian\n\nDe overeenkomsten werden dinsdag tijdens de jaarvergadering van de Mediterrane"
        " Havenraad in Tarragona ondertekend.\n",
        "Hafen Tarragona schließt Partnerhafen-Vereinbarungen mit Hafen Ningbo und Hafen Dalian\n\n"
        "Die Vereinbarungen wurden am Dienstag bei der Jahrestagung des Mittelmeer-Hafenrats in"
        " Tarragona unterzeichnet.\n",
    ],
)
def test_extract_agreements_plural_signing_dates_every_act(text: str) -> None:
    """A dated signing told of the acts in the plural dates each act of its kind the page told
    (and names of no act in its sentence, the gathering's host, do not stop it)."""
    found = _dates("date 2025-06-12\n" + text)
    dated = [v for v in found.values() if v is not None]
    assert len(found) == 2
    assert dated == ["2025-06-10", "2025-06-10"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Landkreis Fulda unterzeichnet Absichtserklärung mit Yangzhou\n\nDer Landkreis Fulda"
            " will eine Partnerschaft mit der chinesischen Stadt Yangzhou. Am Mittwoch wurde im"
            " Landratsamt in Fulda eine entsprechende Absichtserklärung von Landrat Peter Brandt"
            " und Oberbürgermeister Li Wen unterzeichnet.\n",
            ("Fulda", "Yangzhou"),
        ),
        (
            "Gemeente Zwolle tekent intentieverklaring met Yangzhou\n\nZwolle wil een stedenband"
            " met de Chinese stad Yangzhou. Op woensdag werd in het stadhuis van Zwolle door"
            " burgemeester Peter de Vries en burgemeester Li Wen van Yangzhou een"
            " intentieverklaring ondertekend.\n",
            ("Zwolle", "Yangzhou"),
        ),
    ],
)
def test_extract_agreements_verb_last_clause_dates_its_act(
    text: str, parties: tuple[str, str]
) -> None:
    """A German or Dutch clause that opens with its day and closes with the signing participle
    dates the act, with the signatories between them."""
    found = [
        (frozenset(fold(p.name) for p in a.parties), str(a.signed))
        for a in extract("date 2026-05-22\n" + text).doc.agreements
        if a.type == "declaration_of_intent"
    ]
    assert len(found) == 1
    assert found[0][1] == "2026-05-20"
    assert any(fold(parties[0]) in name for name in found[0][0])


@pytest.mark.parametrize(
    ("low", "date", "verb", "expected"),
    [
        (
            "am mittwoch wurde im rathaus die vereinbarung von landrat x und y unterzeichnet.",
            "am mittwoch",
            "unterzeichnet",
            True,
        ),
        (
            "das gestern in jena rektor x und der präsident der universität, y, unterzeichneten.",
            "gestern",
            "unterzeichneten",
            True,
        ),
        (
            "am mittwoch besuchte die delegation das rathaus, wo sie das papier unterzeichnete.",
            "am mittwoch",
            "unterzeichnete",
            False,
        ),
        (
            "op dinsdag werd door burgemeester x en wethouder y een akkoord ondertekend.",
            "op dinsdag",
            "ondertekend",
            True,
        ),
        (
            "op dinsdag kwam de delegatie aan, die het akkoord ondertekend heeft gezien.",
            "op dinsdag",
            "ondertekend",
            False,
        ),
    ],
)
def test_verb_last_date_needs_one_clause(low: str, date: str, verb: str, expected: bool) -> None:
    """The date and the participle stand in one clause (commas only around an apposition),
    the participle last, or only its auxiliary after it."""
    d, m = low.index(date), low.index(verb)
    assert verb_last_date(low, d, d + len(date), m, m + len(verb)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Cooperation: Cornwall and Hainan adopt a roadmap\n\nA joint roadmap now links the"
        " county of Cornwall and the Chinese province of Hainan. Signed on 4 June 2024 in"
        " Truro, it closes two days of talks between the delegations.\n",
        "Coopération : la Corrèze et Hainan se dotent d'une feuille de route\n\nUne feuille de"
        " route commune lie désormais le département de la Corrèze et la province de Hainan."
        " Signée le 4 juin 2024 à Tulle, elle clôt deux jours de travail.\n",
        "Samenwerking: Drenthe en Hainan sluiten een samenwerkingsovereenkomst\n\nEen"
        " samenwerkingsovereenkomst verbindt voortaan de provincie Drenthe en de Chinese"
        " provincie Hainan. Ondertekend op 4 juni 2024 in Assen, sluit zij twee dagen overleg"
        " af.\n",
        "Kooperation: Landkreis Cham und Hainan schließen Kooperationsvereinbarung\n\nEine"
        " Kooperationsvereinbarung verbindet nun den Landkreis Cham und die chinesische Provinz"
        " Hainan. Unterzeichnet am 4. Juni 2024 in Cham, beendet sie zwei Tage Gespräche.\n",
    ],
)
def test_extract_agreements_fronted_participle_dates_the_act_before(text: str) -> None:
    """A sentence opened by the signing participle and its date ("Signed on 4 June 2024 in
    Truro, it ...") dates the act the sentence before names."""
    found = _dates(text)
    assert "2024-06-04" in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "Saxion University of Applied Sciences signs agreement with Ningbo University\n\nSaxion"
        " University of Applied Sciences has entered into an agreement"
        " of cooperation with Ningbo University.\n\nThe agreement, which was signed on 9 October"
        " 2025, will be in force for four years.\n",
        "L'université de Caen signe un accord avec l'université de Ningbo\n\nL'université de"
        " Caen a conclu un accord de coopération avec l'université de Ningbo.\n\nL'accord, qui a"
        " été signé le 9 octobre 2025, entre en vigueur pour quatre ans.\n",
    ],
)
def test_extract_agreements_relative_clause_signing_dates_its_act(text: str) -> None:
    """ "The agreement, which was signed on <date>" dates the act its noun names back, with
    the term the sentence states."""
    found = [a for a in extract(text).doc.agreements if a.status == "signed"]
    assert [(str(a.signed), a.duration_months) for a in found] == [("2025-10-09", 48)]


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-09-20\nOn 18 September, the embassy and Leeds City Council hosted a ceremony"
        " for the anniversary of the sister city relationship of Leeds and Xiamen. During the"
        " ceremony, Leeds and Xiamen signed a memorandum of understanding on port logistics for"
        " 2026-2028.\n",
        "date 2026-09-20\nLe 18 septembre, l'ambassade et la ville de Nantes ont organisé une"
        " cérémonie pour l'anniversaire du jumelage de Nantes et Xiamen. Lors de la cérémonie,"
        " Nantes et Xiamen ont signé un mémorandum d'entente sur la logistique pour 2026-2028.\n",
    ],
)
def test_extract_agreements_period_after_for_is_a_term_and_reception_a_day(text: str) -> None:
    """ "for 2026-2028" is the act's term (36 months, ending 2028), not its signing year; the
    act signed during the reception takes the reception's day."""
    mous = [a for a in extract(text).doc.agreements if a.type == "memorandum_of_understanding"]
    assert [(str(a.signed), a.duration_months, str(a.ends)) for a in mous] == [
        ("2026-09-18", 36, "2028")
    ]


def test_extract_agreements_renewal_added_to_a_dated_signing_takes_its_day() -> None:
    """A renewal told as one more act of a dated signing ("also renewed their agreement,
    first concluded in 2011") takes that day, not the year of its first signing."""
    text = (
        "date 2026-09-20\nOn 18 September 2026 Leeds and Xiamen signed a memorandum of"
        " understanding on port logistics. Leeds Beckett University and Xiamen University also"
        " renewed their student exchange agreement, first concluded in 2011.\n"
    )
    found = _dates(text, "renewed")
    assert found.get(_key("Leeds Beckett University", "Xiamen University")) == "2026-09-18"


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Tiel beëindigt zusterrelatie met Chinese Yangzhou\n\n3 oktober 2024\n\nDe"
        " gemeente Tiel had sinds 2011 een zusterrelatie met de Chinese stad Yangzhou. Na een"
        " evaluatie stelde het college voor de relatie te beëindigen. De gemeenteraad stemde daar"
        " op 2 oktober 2024 mee in.\n",
        "Stadt Husum beendet Städtepartnerschaft mit Yangzhou\n\n3. Oktober 2024\n\nHusum hat"
        " seit 2011 eine Städtepartnerschaft mit der chinesischen Stadt Yangzhou. Nach einer"
        " Bewertung schlug die Verwaltung vor, die Partnerschaft zu beenden. Der Stadtrat stimmte"
        " dem am 2. Oktober 2024 zu.\n",
    ],
)
def test_extract_agreements_headline_end_takes_the_lead_decision_day(text: str) -> None:
    """An end told only in the headline is dated by the council's decision the lead tells a
    few sentences down."""
    ended = [a for a in extract(text).doc.agreements if a.status == "ended"]
    assert [str(a.ends) for a in ended] == ["2024-10-02"]
