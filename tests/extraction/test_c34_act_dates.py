"""Signing dates of acts (issue 2): "last night" is the evening before the page's date, as
"gisteravond", "hier soir" and "gestern Abend" are; "avant-hier", "eergisteren", "vorgestern"
and "the day before yesterday" are two days before it (not "hier", "yesterday"); an act signed
"the same afternoon" (or evening, morning) as a day just told takes that day; a list item's
own signing dates no other item. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from cityties.extraction import extract
from cityties.extraction.doc import Doc
from cityties.extraction.extractors.dates import extract_dates
from cityties.text import fold


def _doc(text: str, lang: str, on: date) -> Doc:
    doc = Doc(text=text, language=lang, document_date=on)
    extract_dates(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("The harbour board met its guests from Ningbo last night in Cork.", "en", "last night"),
        ("Le maire a reçu hier soir les invités de Ningbo à l'hôtel de ville.", "fr", "hier"),
        ("De burgemeester ontving gisteravond de gasten uit Ningbo.", "nl", "gisteravond"),
        ("Der Oberbürgermeister empfing gestern Abend die Gäste aus Ningbo.", "de", "gestern"),
    ],
)
def test_extract_dates_evening_before_is_the_day_before(text: str, lang: str, span: str) -> None:
    """The evening before the page's day ("last night" and its three neighbours) is the day
    before that date, with day precision."""
    doc = _doc(text, lang, date(2024, 5, 9))
    hits = [d for d in doc.dates if span in d.text]
    assert len(hits) == 1
    assert str(hits[0].value) == "2024-05-08"


@pytest.mark.parametrize(
    ("text", "lang", "span", "iso"),
    [
        ("Le recteur a signé avant-hier une convention avec Qingdao.", "fr", "avant-hier", "07"),
        ("De rector tekende eergisteren een akkoord met Qingdao.", "nl", "eergisteren", "07"),
        ("Der Rektor unterzeichnete vorgestern einen Vertrag.", "de", "vorgestern", "07"),
        (
            "The rector signed an accord with Qingdao the day before yesterday.",
            "en",
            "the day before yesterday",
            "07",
        ),
        ("La délégation de Qingdao arrive après-demain.", "fr", "après-demain", "11"),
        ("Die Delegation aus Qingdao kommt übermorgen an.", "de", "übermorgen", "11"),
        ("De delegatie uit Qingdao komt overmorgen aan.", "nl", "overmorgen", "11"),
    ],
)
def test_extract_dates_two_days_off_is_not_one(text: str, lang: str, span: str, iso: str) -> None:
    """The day before yesterday and the day after tomorrow, in the four languages, are two
    days from the page's date, read as one expression (not "hier" or "morgen" inside them)."""
    doc = _doc(text, lang, date(2024, 5, 9))
    assert [(d.text, str(d.value)) for d in doc.dates] == [(span, f"2024-05-{iso}")]


def test_extract_dates_night_without_last_is_no_date() -> None:
    """A night that is not "last night" ("a night of talks") gives no date."""
    doc = _doc(
        "The delegates spent a night of talks in the harbour office.", "en", date(2024, 5, 9)
    )
    assert doc.dates == []


def _acts(text: str) -> dict[frozenset[str], str | None]:
    """The signing date of every act with status signed, by its folded parties."""
    found = [a for a in extract(text).doc.agreements if a.status == "signed"]
    return {frozenset(fold(p.name) for p in a.parties): (a.signed and str(a.signed)) for a in found}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2024-05-09\nThe guests from Weifang arrived on Saturday. The mayors of "
            "Tralee and Weifang signed a friendship agreement on Monday"
            " in the council chamber. The same afternoon, Munster Technological "
            "University and Weifang University signed a cooperation agreement on nursing "
            "studies.",
            ("munster technological university", "weifang university"),
        ),
        (
            "date 2024-05-09\nLes invités de Weifang sont arrivés samedi. Le maire de Niort "
            "et le maire de Weifang ont signé lundi une convention d'amitié"
            " à l'hôtel de ville. Le soir même, l'Université de Poitiers et "
            "l'Université de Weifang ont signé un accord de coopération.",
            ("universite de poitiers", "universite de weifang"),
        ),
        (
            "date 2024-05-09\nDe gasten uit Weifang kwamen zaterdag aan. De burgemeesters "
            "van Zwolle en Weifang ondertekenden maandag een vriendschapsovereenkomst"
            " in het stadhuis. Dezelfde middag ondertekenden de "
            "Hogeschool Windesheim en de Weifang University een samenwerkingsovereenkomst.",
            ("hogeschool windesheim", "weifang university"),
        ),
        (
            "date 2024-05-09\nDie Gäste aus Weifang kamen am Samstag an. Die "
            "Oberbürgermeister von Kassel und Weifang unterzeichneten am Montag"
            " im Rathaus eine Freundschaftsvereinbarung. Am selben Abend unterzeichneten "
            "die Universität Kassel und die Weifang University einen Kooperationsvertrag.",
            ("universitat kassel", "weifang university"),
        ),
    ],
)
def test_extract_agreements_same_part_of_day_takes_the_day_told(
    text: str, pair: tuple[str, str]
) -> None:
    """An act signed "the same afternoon", "le soir même", "dezelfde middag" or "am selben
    Abend" as an act dated on a weekday takes that weekday's date, not the arrival day told
    before it."""
    acts = _acts(text)
    assert acts.get(frozenset(pair)) == "2024-05-06"


_FR_LIST = (
    "Jumelages : ce que Nivelles apporte à ses villes jumelées.\n\nNivelles, commune de quelque "
    "28.000 habitants, entretient une série de jumelages dans plusieurs régions du monde.\n\n"
    "Voici les relations qu'a développées la commune depuis plus de quarante ans :\n\n"
    "-          Butare au Rwanda, depuis 1978. Ce jumelage, le plus ancien, est né d'une "
    "initiative d'écoles.\n\n-          Lucca en Toscane (Italie). La charte de jumelage signée "
    "en 1991 a été renouvelée en 2016.\n"
)
_EN_LIST = (
    "Twinning: what Kenilworth brings to its twin towns.\n\nKenilworth, a town of some 25,000 "
    "inhabitants, keeps a series of twinnings in several parts of the world.\n\nHere are the "
    "links the town has built over more than forty years:\n\n-          Butare in Rwanda, since "
    "1978. This twinning, the oldest of all, grew out of a school project.\n\n-          Lucca "
    "in Tuscany (Italy). The twinning charter signed in 1991 was renewed in 2016.\n"
)


@pytest.mark.parametrize(("text", "home"), [(_FR_LIST, "nivelles"), (_EN_LIST, "kenilworth")])
def test_extract_agreements_list_item_signing_dates_its_own_item_only(text: str, home: str) -> None:
    """A list item's sentence that signs its act without naming the partner ("La charte de
    jumelage signée en 1991 ...", read as the act of that item) dates that item's act, and
    no undated act of an earlier item."""
    acts = _acts(text)
    assert acts.get(frozenset({home, "lucca"})) == "1991"
    assert acts.get(frozenset({home, "butare"}), "absent") != "1991"


_DE_DATELINE = (
    "Thurgau und Hubei wollen enger zusammenarbeiten\n\nFrauenfeld, 12. Juni 2021\n\nDer Kanton "
    "Thurgau und die chinesische Provinz Hubei haben eine Absichtserklärung unterzeichnet, mit "
    "der sie ihre Beziehungen in der Bildung stärken wollen.\n\nVom 2. bis 6. Juni weilte eine "
    "Thurgauer Delegation unter der Leitung von Regierungsrätin Anna Keller in Wuhan, wie der "
    "Regierungsrat am Donnerstag mitteilte. Am 4. Juni unterzeichneten die Partner eine auf "
    "fünf Jahre angelegte Absichtserklärung.\n"
)
_EN_DATELINE = (
    "Suffolk and Hubei agree to work more closely\n\nIpswich, 12 June 2021\n\nSuffolk County "
    "Council and the Chinese province of Hubei have signed a declaration of intent to "
    "strengthen their ties in education.\n\nFrom 2 to 6 June a Suffolk delegation led by "
    "councillor Anna Keller stayed in Wuhan, the council said on Thursday. On 4 June the "
    "partners signed a declaration of intent for five years.\n"
)


@pytest.mark.parametrize(
    ("text", "pair"), [(_DE_DATELINE, ("thurgau", "hubei")), (_EN_DATELINE, ("suffolk", "hubei"))]
)
def test_extract_agreements_signing_without_names_dates_the_headline_act(
    text: str, pair: tuple[str, str]
) -> None:
    """A signing that names no party ("Am 4. Juni unterzeichneten die Partner ...") dates
    the act the page reports undated, even where the reader paired it with the dateline's
    place on another line (no list item of its own)."""
    assert _acts(text).get(frozenset(pair)) == "2021-06-04"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "date 2024-03-13\nLa ville de Niort et la ville chinoise de Jiaxing ont signé lundi "
            "un mémorandum d'entente qui pose les bases d'un futur jumelage. Il est valable "
            "trois ans.",
            "memorandum_of_understanding",
        ),
        (
            "date 2024-03-13\nTralee and the Chinese city of Jiaxing signed a memorandum of "
            "understanding on Monday that lays the groundwork for a future twinning. It is "
            "valid for three years.",
            "memorandum_of_understanding",
        ),
        (
            "date 2024-03-13\nZwolle en de Chinese stad Jiaxing ondertekenden maandag een "
            "intentieverklaring over een toekomstige stedenband. Zij is drie jaar geldig.",
            "declaration_of_intent",
        ),
        (
            "date 2024-03-13\nKassel und die chinesische Stadt Jiaxing unterzeichneten am "
            "Montag eine Absichtserklärung zur Gründung einer Städtepartnerschaft. Sie gilt drei "
            "Jahre.",
            "declaration_of_intent",
        ),
    ],
)
def test_extract_agreements_term_goes_to_the_act_made_not_the_one_planned(
    text: str, kind: str
) -> None:
    """A term told of "it" after a sentence that signs one act and plans another ("a
    memorandum that lays the groundwork for a future twinning. It is valid for three years")
    is the term of the act signed, with its end; the planned twinning has none."""
    found = extract(text).doc.agreements
    made = [a for a in found if a.status == "signed"]
    planned = [a for a in found if a.status == "planned"]
    assert [(a.type, a.duration_months, str(a.ends)) for a in made] == [(kind, 36, "2027-03-11")]
    assert [a.duration_months for a in planned] == [None]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "On 4 May 2023 Tralee and Jiaxing signed a memorandum of understanding on youth "
            "exchanges, which covers the next three years.",
            36,
        ),
        (
            "Le 4 mai 2023, Niort et Jiaxing ont signé un mémorandum d'entente sur les échanges "
            "de jeunes pour les trois prochaines années.",
            36,
        ),
        (
            "Op 4 mei 2023 ondertekenden Zwolle en Jiaxing een samenwerkingsovereenkomst voor de "
            "eerste vijf jaar.",
            60,
        ),
        (
            "Am 4. Mai 2023 unterzeichneten Kassel und Jiaxing eine Freundschaftsvereinbarung "
            "für zunächst fünf Jahre.",
            60,
        ),
        (
            "Am 4. Mai 2023 unterzeichneten Kassel und Jiaxing eine Kooperationsvereinbarung "
            "für die nächsten drei Jahre.",
            36,
        ),
    ],
)
def test_extract_agreements_term_of_the_next_years(text: str, months: int) -> None:
    """A term told as the years to come ("covers the next three years", "pour les trois
    prochaines années", "voor de eerste vijf jaar", "für zunächst fünf Jahre", "für die
    nächsten drei Jahre") is the act's duration, its end counted from the signing day."""
    found = extract(text).doc.agreements
    assert [(a.duration_months, str(a.ends)) for a in found] == [
        (months, f"{2023 + months // 12}-05-04")
    ]


def test_extract_agreements_first_years_of_a_tie_are_no_term() -> None:
    """The first years of a tie told as a past span ("pendant les cinq premières années")
    give no term."""
    text = (
        "Niort et Jiaxing sont jumelées depuis 2010. Pendant les cinq premières années, les "
        "échanges ont surtout concerné les écoles."
    )
    assert [a.duration_months for a in extract(text).doc.agreements] == [None]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2025-11-06\nThe delegation arrived in Weifang on 28 October. There the two "
            "mayors of Tralee and Weifang signed on 30 October a cooperation plan for 2026 to "
            "2030. The same day Munster Technological University and Weifang University signed "
            "a memorandum of understanding.",
            ("munster technological university", "weifang university"),
        ),
        (
            "date 2025-11-06\nLa délégation est arrivée à Weifang le 28 octobre. Les maires de "
            "Niort et de Weifang y ont signé le 30 octobre un plan de coopération pour 2026 à "
            "2030. Le même jour, l'Université de Poitiers et l'Université de Weifang ont signé "
            "un mémorandum d'entente.",
            ("universite de poitiers", "universite de weifang"),
        ),
        (
            "date 2025-11-06\nDe delegatie kwam op 28 oktober in Weifang aan. De burgemeesters "
            "van Zwolle en Weifang ondertekenden daar op 30 oktober een samenwerkingsplan voor "
            "2026 tot 2030. Op dezelfde dag ondertekenden de Hogeschool Windesheim en de "
            "Weifang University een memorandum van overeenstemming.",
            ("hogeschool windesheim", "weifang university"),
        ),
        (
            "date 2025-11-06\nDie Delegation traf am 28. Oktober in Weifang ein. Die "
            "Oberbürgermeister von Kassel und Weifang unterzeichneten dort am 30. Oktober einen "
            "Kooperationsplan für 2026 bis 2030. Am selben Tag unterzeichneten die Universität "
            "Kassel und die Weifang University eine Absichtserklärung.",
            ("universitat kassel", "weifang university"),
        ),
    ],
)
def test_extract_agreements_same_day_is_a_day_not_a_term_period(
    text: str, pair: tuple[str, str]
) -> None:
    """ "The same day" after a sentence that signs a plan "on 30 October" "for 2026 to 2030"
    is 30 October: the day that sentence tells, not the period of years nearest to it."""
    assert _acts(text).get(frozenset(pair)) == "2025-10-30"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "date 2025-06-18\nThe delegations arrived on Saturday. At the forum in Hefei on "
            "Monday, the cities of Hefei and Ipswich signed a friendship agreement. In addition, "
            "the University of Suffolk and Anhui University signed a cooperation agreement on "
            "materials science.",
            ("university suffolk", "anhui university"),
        ),
        (
            "date 2025-06-18\nLes délégations sont arrivées samedi. Lors du forum de Hefei, "
            "lundi, les villes de Hefei et de Niort ont signé un accord d'amitié. Un accord de "
            "coopération a également été signé entre l'Université de Poitiers et l'Université "
            "de l'Anhui.",
            ("universite de poitiers", "universite de l anhui"),
        ),
        (
            "date 2025-06-18\nDie Delegationen kamen am Samstag an. Beim Forum in Hefei "
            "unterzeichneten die Städte Hefei und Kassel am Montag eine "
            "Freundschaftsvereinbarung. Zudem schlossen die Universität Kassel und die "
            "Anhui-Universität einen Kooperationsvertrag.",
            ("universitat kassel", "anhui universitat"),
        ),
    ],
)
def test_extract_agreements_act_added_to_a_dated_signing_takes_its_day(
    text: str, pair: tuple[str, str]
) -> None:
    """An act told signed as one more of those just reported ("In addition, ... signed",
    "a également été signé", "Zudem schlossen ...") takes the day the sentence before
    dates its act to, not the arrival day told earlier."""
    assert _acts(text).get(frozenset(pair)) == "2025-06-16"


def test_extract_agreements_act_added_but_told_as_earlier_takes_no_day() -> None:
    """An act told as done before ("had also signed") takes no day of the signing before."""
    text = (
        "date 2025-06-18\nThe delegations arrived on Saturday. At the forum in Hefei on Monday, "
        "the cities of Hefei and Ipswich signed a friendship agreement. The University of "
        "Suffolk and Anhui University had also signed a cooperation agreement."
    )
    assert _acts(text).get(frozenset({"university suffolk", "anhui university"})) is None
