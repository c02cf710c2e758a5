"""Agreements: small readings of how real writers word an act's status, term and parties.

- A place noun of a twinning used to name the partner ("to the Chinese sister city", "Oss en
  onze Chinese zusterstad", "notre ville jumelle", "der chinesischen Partnerstadt") in a
  sentence that reports another act is a description of a party, not an act of its own.
- A term stated in the sentence after the act ("The agreement is valid for three years", "De
  overeenkomst is drie jaar geldig", "Il est conclu pour une durée de cinq ans", "Die
  Vereinbarung hat eine Laufzeit von drei Jahren") belongs to the act just reported.
- "can be renewed", "pourra être renouvelé par tacite reconduction", "kan worden verlengd",
  "verlängert sich automatisch": a clause about the term, not a renewal.
- A day an ending takes effect ("with effect from 1 April", "met ingang van 1 april", "per 1
  februari", "mit Wirkung zum 1. April", "à compter du 1er avril") is the end of an act that a
  council ended on an earlier day: the vote dates the decision, not the end.
- A dated act called new ("a new memorandum", "la nouvelle convention") after an earlier act
  of the same parties and kind is that act's renewal; a renewal or an expiry told in a
  relative clause after the act (", die in 2023 werd verlengd", ", which lapsed in 2019") is
  the act's own second event, not the date of its first signing.
- A signing with an adverb of the near future in its clause ("in the near future",
  "binnenkort", "prochainement", "demnächst") is still to come; a tie told with the year it
  has stood since ("jumelée depuis 1974 avec") is no plan of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from cityties.extraction.extractors import _lexicon_agreements as lex
from cityties.extraction.extractors._clauses import lower_pattern, opened
from cityties.extraction.extractors._lexicon_dates import MONTHS
from cityties.extraction.types import DateMention

__all__ = [
    "FURTHER_RENEWAL_WORDS",
    "NEAR_FUTURE_WORDS",
    "NEW_WORDS",
    "act_subject",
    "approved_and_signed",
    "attributive_signing",
    "before",
    "coming_occasion_signing",
    "contact_lapse",
    "descriptive_place_noun",
    "effective_end",
    "effective_from",
    "end_verb",
    "ended_in_relative",
    "follow_without_act",
    "further_renewals",
    "future_topic",
    "last_opening",
    "later_predicate",
    "names_a_partner",
    "near_future_signing",
    "new_before",
    "occasion_made",
    "origin_date",
    "plan_after_dated",
    "renewable_clause",
    "renewed_in_apposition",
    "standing_since",
    "years_of_tie",
]


def before(rx: re.Pattern[str], low: str, at: int, floor: int, width: int) -> bool:
    """Whether `rx` matches in the look-back window of `low` that ends at `at`: at most `width`
    characters, none before `floor` (a sentence's or a clause's start). The patterns such a
    window serves are anchored at its end (`\\Z`): the match touches `at` ("met ingang van "
    before a date, "can be " before a renewal word)."""
    return rx.search(low, max(floor, at - width), at) is not None


# a twinning's place noun at the end of the keyword ("sister city", not "sister city agreement")
_PLACE_NOUN_END: Final = re.compile(
    r"(?:(?:sister|twin|partner|friendship)[\s-]+(?:city|town|province|region|port)"
    r"|(?:zuster|partner|vriendschaps)(?:stad|provincie|regio|haven)"
    r"|(?:ville|cité|province|région)s?\s+(?:jumelle|jumelée|partenaire|sœur|amie)s?"
    r"|(?:partner|schwester|freundschafts)(?:stadt|provinz|region|hafen))\Z",
    re.IGNORECASE,
)
# a determiner or possessive, then at most two adjectives, right before the noun
_DETERMINERS: Final = frozenset(
    "the our its their de het onze ons haar hun zijn la le notre sa son leur cette cet die der"
    " dem den unsere unserer unserem ihre ihrer ihrem seine seiner seinem".split()
)
_NOUN_ENDS = (
    "city", "town", "province", "region", "port", "stad", "provincie", "regio", "haven",
    "jumelle", "jumelée", "partenaire", "sœur", "amie", "stadt", "provinz", "hafen",
)  # fmt: skip
# a capitalised name right after the noun: "the sister city Wuxi" is a title of the place
_NAME_NEXT: Final = re.compile(r"[\s,]+(?:of\s+|van\s+|de\s+)?[A-ZÀ-Þ]")


def descriptive_place_noun(text: str, start: int, end: int) -> bool:
    """Whether the keyword text[start:end] is a twinning's place noun used as a description
    of a place ("the Chinese sister city"), with no name after it."""
    word = text[start:end]
    if not word.lower().endswith(_NOUN_ENDS) or _PLACE_NOUN_END.search(word) is None:
        return False
    before = text[max(0, start - 40) : start].split()[-3:]
    if not before or text[start - 1 : start] not in (" ", "\n", "\t"):
        return False
    if len(before) >= 2 and before[-2].lower() in ("relation", "relations") and before[-1] == "de":
        return False  # "des relations de ville amie": the kind of a relation, no party

    # "the Chinese", "onze Chinese", "der chinesischen": a determiner and up to two words
    if not any(
        w.lower() in _DETERMINERS and all(x.isalpha() for x in before[n + 1 :])
        for n, w in enumerate(before)
    ):
        return False
    return not _NAME_NEXT.match(text, end)


_RENEWABLE: Final = re.compile(
    r"(?:can|could|may|might|shall|will)\s+(?:then\s+|also\s+|thereafter\s+)?be\s+"
    r"(?:renewed|extended)|renewable|automatically\s+(?:renewed|extended)"
    r"|(?:kan|kunnen|mag)\s+(?:daarna\s+|daarna\s+telkens\s+)?(?:stilzwijgend\s+)?"
    r"(?:worden\s+)?verlengd(?:\s+worden)?|(?:stilzwijgend|automatisch)\s+verlengd|verlengbaar"
    # how the act is renewed, not a renewal: "verlengt de overeenkomst (niet) stilzwijgend"
    r"|(?:verlengt|vernieuwt|hernieuwt)\s+(?:[\w-]+\s+){0,3}?(?:niet\s+)?stilzw"
    r"|(?:pourra|pourront|peut|peuvent)\s+être\s+(?:renouvelée?s?|reconduite?s?|prolongée?s?)"
    r"|tacite\s+reconduction|renouvelable|(?:reconduite?s?|renouvelée?s?)\s+tacitement"
    r"|(?:kann|können)\s+(?:um\s+[\w\s]+?\s+)?verlängert\s+werden"
    r"|verlängert\s+sich\s+(?:automatisch|jeweils|stillschweigend)|verlängerbar"
    # "provides for renewal every five years", "with an option to extend", "optie tot
    # verlenging", "option de renouvellement", "Verlängerungsoption"
    r"|provides?\s+for\s+(?:its\s+)?(?:renewal|extension)|(?:renewal|renewed|extended)\s+every"
    r"|options?\s+(?:to|of)\s+(?:renew|extend)|optie\s+tot\s+verlenging|elke\s+\w+\s+jaar\s+verlengd"
    r"|options?\s+de\s+(?:renouvellement|prolongation)|(?:renouvelée?s?|reconduite?s?)\s+tous\s+les"
    r"|verlängerungsoption|alle\s+\w+\s+jahre\s+verlängert",
    re.IGNORECASE,
)


# The same for lower-cased text, case-sensitive (about twice as fast): the same matches where
# the text holds none of the characters that IGNORECASE takes for a lower-case letter of the
# pattern although lower-casing leaves them ("İ", "ı", "ſ").
_RENEWABLE_LOW: Final = re.compile(lower_pattern(_RENEWABLE.pattern))
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")


def renewable_clause(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] says only that the act may be renewed ("pourra être renouvelé
    par tacite reconduction"), which is a clause about its term, not a renewal."""
    window = low[start:end]
    rx = _RENEWABLE if any(c in window for c in _CASE_TRAPS) else _RENEWABLE_LOW
    return rx.search(low, start, end) is not None


# the act as the subject of a sentence: a pronoun, or a definite article or demonstrative
# before the act's word ("The MOU will ...", "De intentieverklaring heeft ...", "Il est conclu
# ...", "Die Vereinbarung gilt ...")
# ("Ze geldt voor vijf jaar": the Dutch "ze" of a feminine act word, as "zij"), or the act's
# renewal named as its subject ("The renewal was signed on Tuesday", "De verlenging werd ...
# ondertekend", "Le renouvellement a été signé ...", "Die Verlängerung wurde ... unterzeichnet")
_SUBJECT_PRONOUN: Final = re.compile(
    r"\s*(?:it|il|elle|hij|zij|ze|sie|es|diese[rs]?|"
    r"(?:the|this|its|de|deze|le|ce|son|leur|die|diese|ihre)\s+(?:renewal|extension|verlenging|"
    r"vernieuwing|renouvellement|reconduction|prolongation|verlängerung|erneuerung))\s",
    re.IGNORECASE,
)
_SUBJECT_ARTICLE: Final = re.compile(
    r"\s*(?:the|this|that|its|de|het|deze|dit|la|le|l['’]|cette|cet|ce|die|das|der|diese[rs]?)\s*"
    r"(?:(?:new|renewed|nieuwe|vernieuwde|nouvel(?:le)?|neue[ns]?|first|eerste|premier|premi[eè]re|"
    r"erste)\s+)?$",
    re.IGNORECASE,
)


def act_subject(text: str, start: int, kw_start: int | None) -> bool:
    """Whether the sentence at `start` has the act as its subject: a pronoun first, or an
    article right before the act's word at `kw_start` (the sentence's first keyword)."""
    if _SUBJECT_PRONOUN.match(text, start):
        return True
    return (
        kw_start is not None
        and kw_start - start <= 30
        and _SUBJECT_ARTICLE.fullmatch(text, start, kw_start) is not None
    )


# counts of years written as words, beyond the small numbers of the lexicon
_COUNT_WORDS: dict[str, int] = {
    "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70,
    "tien": 10, "vijftien": 15, "twintig": 20, "vijfentwintig": 25, "dertig": 30,
    "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "dix": 10, "quinze": 15, "vingt": 20, "vingt-cinq": 25, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60,
    "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "fünfundzwanzig": 25, "dreißig": 30,
    "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
}  # fmt: skip
# ordinals of a jubilee in French, Dutch and German ("le dixième anniversaire", "de tiende
# verjaardag", "der zehnte Jahrestag"; the English ones are the lexicon's)
_ORDINAL_WORDS: dict[str, int] = {
    "dixième": 10, "quinzième": 15, "vingtième": 20, "trentième": 30, "quarantième": 40,
    "cinquantième": 50, "soixantième": 60,
    "tiende": 10, "vijftiende": 15, "twintigste": 20, "dertigste": 30, "veertigste": 40,
    "vijftigste": 50, "zestigste": 60,
    "zehnte": 10, "fünfzehnte": 15, "zwanzigste": 20, "dreißigste": 30, "vierzigste": 40,
    "fünfzigste": 50, "sechzigste": 60,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + ")"
_YEARS_OF_TIE: Final = re.compile(
    # "thirty years of twinning", "dertig jaar stedenband", "30 ans de jumelage"; with an
    # article: "al tien jaar een vriendschapsband heeft met", "ten years a sister city"
    rf"(?<![\w-]){_COUNT}\s+(?:years?|jaar|ans|années|jahre)\s+(?:of\s+|de\s+|d['’]|van\s+)?"
    r"(?:(?:een|a|an|une?|eine)\s+)?"
    r"(?:twinning|jumelage|stedenband|verzustering|städtepartnerschaft|partnerschaft|"
    r"friendship|partnership|amitié|vriendschap|sister[\s-]cit|zusterstad)"
    # a count as an adjective of the tie (Dutch and German, where it names no term): "de
    # tienjarige vriendschapsband", "die zehnjährige Städtepartnerschaft", "10-jarige stedenband"
    rf"|(?<![\w]){_COUNT.replace('<n>', '<a>')}-?(?:jarige?|jährige[nmrs]?)\s+"
    r"(?:stedenband|vriendschapsband|zusterband|verzustering|partnerschap|vriendschap|"
    r"städtepartnerschaft|partnerschaft|freundschaft|städtefreundschaft)"
    # "le vingtième anniversaire", "de tiende verjaardag", "zum zehnten Jahrestag"
    r"|(?<![\w-])(?P<o>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")n?\s+"
    r"(?:anniversaire|verjaardag|jubileum|jahrestag|jubiläum)"
    # "bestaat in 2018 vijfentwintig jaar", "besteht in diesem Jahr 30 Jahre"
    rf"|(?:bestaat|bestond|besteht|bestand)\s+(?:[\w-]+\s+){{0,3}}?{_COUNT.replace('<n>', '<m>')}"
    r"\s+(?:jaar|jahre)(?![\w])",
)


def years_of_tie(low: str) -> int | None:
    """How many years a tie has lasted when a sentence counts them as a jubilee does ("thirty
    years of twinning", "bestaat ... vijfentwintig jaar"), from lower-cased text."""
    if (
        "jaar" not in low
        and "year" not in low
        and "ans" not in low
        and "jahre" not in low
        and "jari" not in low
        and "jähri" not in low
        and "anniversaire" not in low
        and "verjaardag" not in low
        and "jahrestag" not in low
        and "jubil" not in low
    ):
        return None
    m = _YEARS_OF_TIE.search(low)
    if m is None:
        return None
    if m.group("o"):
        return _ORDINAL_WORDS[m.group("o")]
    raw = m.group("n") or m.group("m") or m.group("a")
    return int(raw) if raw.isdigit() else _COUNT_WORDS.get(raw)


# a partner named by a description ("signé avec la capitale vietnamienne", "with the Chinese
# port"): the sentence has its own parties, even when no name is found in it
_PARTNER_WORD: Final = opened(
    re.compile(
        r"(?<![\w-])(?:with|between|avec|entre|met|tussen|mit|zwischen)\s+"
        r"(?:the|its|their|our|la|le|les|l['’]|sa|son|ses|leur|de|het|haar|hun|onze|der|dem|den|"
        r"die|ihrer|ihrem|seiner|seinem|unserer|unserem)(?![\w-])",
        re.IGNORECASE,
    )
)


def names_a_partner(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] introduces a partner by a definite description ("with the",
    "avec la", "met de", "mit der" ...); "met een looptijd" is a term, not a partner."""
    return _PARTNER_WORD.search(low, start, end) is not None


# a past participle of signing bound to the act's word
_PARTICIPLE: Final = re.compile(
    r"(?:signed|concluded|sealed|unterzeichnete[nmrs]?|unterschriebene[nmrs]?|"
    r"geschlossene[nmrs]?|abgeschlossene[nmrs]?|ondertekende|getekende|gesloten|"
    r"signée?s?|conclue?s?|paraphée?s?)\Z"
)
_PARTICIPLE_AFTER: Final = re.compile(
    r"(?:signed|concluded|signée?s?|conclue?s?|ondertekend|unterzeichnet)\Z"
)


def signed_participle(
    low: str, markers: Sequence[tuple[int, int, str]], kw_start: int, kw_end: int, plan_at: int
) -> bool:
    """Whether a signing participle binds to the act's word, before it ("die am 3. Mai
    unterzeichnete Vereinbarung", "the signed MoU") or after it and before the plan's word
    at `plan_at` ("the MoU, signed on 3 May, will run ..."): the plan is about the signed
    act's effects, not its signing."""
    for start, end, status in markers:
        if status != "signed":
            continue
        if end <= kw_start and kw_start - end <= 25 and _PARTICIPLE.search(low, start, end):
            gap = low[end:kw_start]
            if "," not in gap and "." not in gap:
                return True
        if (
            kw_end <= start < plan_at
            and start - kw_end <= 60
            and _PARTICIPLE_AFTER.search(low, start, end)
            and low[max(kw_end, start - 2) : start].strip() in ("", ",")
        ):
            return True
    return False


# the year an act's noun carries, after it: "aus dem Jahr 2012", "from 2010", "of 2010", "uit
# 2004", "van 2004", "de 2009", "du 3 mai 2009", "dating from 2010", "datant de 2009"
_ORIGIN_AFTER: Final = re.compile(
    r"\s+(?:aus\s+(?:dem\s+jahr(?:e)?\s+)?|vom\s+|von\s+|from\s+|of\s+|dating\s+(?:back\s+)?"
    r"from\s+|dated\s+|uit\s+(?:het\s+jaar\s+)?|van\s+|daterend\s+(?:van|uit)\s+|"
    r"(?:datant\s+)?de\s+|du\s+|d['’])\Z"
    # a relative clause or a phrase that says since when the act binds the parties: "la
    # convention qui la lie depuis 2009 à Lijiang", "the agreement that has linked them since
    # 2009", "het akkoord dat hen sinds 2009 verbindt", "die Vereinbarung, die sie seit 2009
    # verbindet", "l'accord, en vigueur depuis 2009", "the MoU, in force since 2019"
    r"|\s*,?\s+(?:(?:qui|that|which|dat|die|das)\s+(?:[\w'’]+\s+){0,3}?|"
    r"(?:en\s+vigueur|in\s+force|van\s+kracht|in\s+kraft)\s+)"
    r"(?:depuis|since|sinds|sedert|seit)\s+\Z"
)
# "the 2010 agreement", "het sinds 2010 bestaande akkoord", "der seit 1981 bestehende Vertrag",
# "the existing 2010 agreement", "l'accord existant depuis 2010" (after the noun)
_ORIGIN_BEFORE: Final = re.compile(
    r"(?:(?:the|its|their|our|this)\s+(?:existing\s+)?\Z)"
    r"|(?:(?:seit|sinds|sedert|since)\s+\Z)"
)
_EXISTING_AFTER: Final = re.compile(
    r"\s+(?:bestehende[nmrs]?|bestaande|existing)(?:\s+[\w-]+)?\s*"
    # the tie or topic that names the instrument: "the 1996 sister city memorandum", "the 2015
    # twinning charter", "the 2010 port cooperation agreement"
    r"|(?:\s+[a-z][\w-]*){1,3}\s*"
)
# "des 2015 geschlossenen Kooperationsvertrags", "het in 2015 gesloten akkoord", "de in 2019
# ondertekende overeenkomst": an article, the year, and a participle of making the act (not a
# possessive: "haben ihre 2009 geschlossene Partnerschaft 2019 erneuert" is read as one act)
_ARTICLE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:des|der|dem|den|die|das|het|de)\s+"
    r"(?:in\s+)?\Z"
)
_MADE_AFTER: Final = re.compile(
    # a term or a party between the year and the participle: "die 2015 für zehn Jahre
    # geschlossene Vereinbarung", "het in 2015 met Lublin gesloten akkoord"
    r"\s+(?:[\w-]+\s+){0,4}?(?:(?:ab)?geschlossene[nmrs]?|unterzeichnete[nmrs]?|vereinbarte[nmrs]?|"
    r"(?:af)?gesloten|ondertekende|getekende|aangegane)(?:\s+[\w-]+)?\s*"
)
# a range or a term, not an origin: "van 2015 tot 2020", "from 2015 to 2020", "von 2015 bis"
# (a date or a number after the word: not "since 2009 to Hangzhou", "depuis 2009 à Lijiang")
_RANGE_NEXT: Final = re.compile(
    r"\s*(?:[-–]|to|until|till|tot|bis|à|au|jusqu)(?![\w])"
    r"(?=\s*(?:\d|(?:(?:the|het|la|l['’]|das|dem)\s*)?(?:end|fin|eind|einde|ende)(?![\w])))"
)


def origin_date(
    low: str, dates: Sequence[DateMention], kw_start: int, kw_end: int, floor: int, ceiling: int
) -> DateMention | None:
    """The date an act's noun at low[kw_start:kw_end] carries as its origin ("die
    Kooperationsvereinbarung aus dem Jahr 2012", "the 2010 agreement", "het sinds 2010
    bestaande akkoord", "l'accord de coopération de 2010", "des 2015 geschlossenen
    Kooperationsvertrags", "la convention qui la lie depuis 2009 à Lijiang"), among `dates`
    in [floor, ceiling); None when there is none or an earlier date stands beside it."""
    found: DateMention | None = None
    for d in dates:
        if d.value is None or d.end_value is not None or not floor <= d.start < ceiling:
            continue
        if _RANGE_NEXT.match(low, d.end):
            continue
        if d.start >= kw_end:
            # after the noun, before any verb: at most 90 characters of names in between
            gap = low[kw_end : d.start]
            if len(gap) > 90 or any(c in gap for c in ".;:()") or not _ORIGIN_AFTER.search(gap):
                continue
            found = d
            break
        if d.end <= kw_start:
            before = low[max(floor, d.start - 16) : d.start]
            after = low[d.end : kw_start]
            if (
                _ORIGIN_BEFORE.search(before)
                and (
                    not after.strip() or _EXISTING_AFTER.fullmatch(low, d.end, kw_start) is not None
                )
            ) or (_ARTICLE_BEFORE.search(before) and _MADE_AFTER.fullmatch(low, d.end, kw_start)):
                found = d
    if found is None or found.value is None:
        return None
    year = found.value.year
    # an earlier date in the clause: the year is no origin ("signed in 2005 the 2010 ...")
    earlier = any(
        d.value is not None and floor <= d.start < ceiling and d.value.year < year for d in dates
    )
    return None if earlier else found


# a future adjective in the act's topic, right after its word: "a declaration of intent on
# future cooperation", "eine Absichtserklärung über die künftige Zusammenarbeit", "un protocole
# sur la future coopération", "een intentieverklaring over toekomstige samenwerking", "ein Letter
# of Intent für künftige freundschaftliche Beziehungen": what the act is about, not its status
_TOPIC_GAP: Final = re.compile(
    r"[\s\"“”„»«’']*,?\s*(?:on|about|regarding|concerning|for|over|sur|pour|concernant|über|für|"
    r"betreffend|voor|inzake|betreffende)\s+(?:(?:the|a|an|la|le|les|l['’]|une?|de|het|een|die|"
    r"den|das|eine[nr]?)\s*)?\Z"
)
_FUTURE_WORD: Final = re.compile(
    r"(?:future|futur(?:e|es|s)?|künftige[nmrs]?|zukünftige[nmrs]?|toekomstige?)\Z"
)


def future_topic(low: str, kw_end: int, start: int, end: int) -> bool:
    """Whether the marker low[start:end] is a future adjective in the topic of the act whose
    word ends at `kw_end` ("a letter of intent on future cooperation", "über die künftige
    Zusammenarbeit"), from lower-cased text."""
    return (
        kw_end <= start
        and start - kw_end <= 30
        and _FUTURE_WORD.match(low, start, end) is not None
        and _TOPIC_GAP.fullmatch(low, kw_end, start) is not None
    )


def renewed_in_apposition(
    low: str,
    dates: Sequence[DateMention],
    floor: int,
    kw_start: int,
    kw_end: int,
    renew: tuple[int, int, str],
    ceiling: int,
) -> DateMention | None:
    """The original's date when a renewal participle follows the act's word after a comma,
    with a later date of its own ("En 2015, ... une convention, reconduite en 2020", "in 2015
    ... an agreement on tourism, renewed in 2020", "..., in 2020 verlengd", "..., 2020 um fünf
    Jahre verlängert"), or in a relative clause after that comma ("een overeenkomst van vijf
    jaar, die in 2023 na een evaluatie voor vijf jaar werd verlengd", "an agreement, which was
    renewed in 2023 for another five years", "une convention, qui a été renouvelée en 2023", "eine
    Vereinbarung, die 2023 um fünf Jahre verlängert wurde"): the last date of the sentence
    before the act's word (from `floor`), or None."""
    comma = low.rfind(",", kw_end, renew[0])
    if comma < 0 or "." in low[kw_end:comma] or ";" in low[comma : renew[0]]:
        return None
    if renew[0] - comma > 32 and (
        renew[0] - comma > 90 or _RELATIVE_OPEN.match(low, comma) is None
    ):
        return None
    early = [
        d
        for d in dates
        if d.value is not None and d.end_value is None and floor <= d.start and d.end <= kw_start
    ]
    late = next(
        (d for d in dates if d.value is not None and comma < d.start < min(ceiling, renew[1] + 24)),
        None,
    )
    if not early or late is None or late.value is None:
        return None
    first = early[-1]
    if first.value is None or first.value.year >= late.value.year:
        return None
    return first


# A further renewal named by its noun alone, with no act word ("Over een nieuwe verlenging
# wordt nog onderhandeld", "A further renewal is under discussion", "Une nouvelle
# prolongation est à l'étude", "Über eine erneute Verlängerung wird verhandelt"): the act is
# the one just reported, its renewal still to come.
_RENEWAL_NOUNS: Final = (
    "verlenging hernieuwing vernieuwing renewal extension prolongation renouvellement"
    " reconduction verlängerung erneuerung"
).split()
FURTHER_RENEWAL_WORDS: Final = frozenset(w.encode("latin-1") for w in _RENEWAL_NOUNS)
_FURTHER_RENEWAL: Final = re.compile(
    r"(?<![\w-])(?:nieuwe|verdere|volgende|tweede|derde|new|further|another|next|second|third|"
    r"nouvelle|nouveau|nouvel|seconde|troisième|erneute[nr]?|weitere[nr]?|neue[nr]?|"
    r"nächste[nr]?|zweite[nr]?|dritte[nr]?)\s+(?:" + "|".join(_RENEWAL_NOUNS) + r")(?![\w-])"
)
_CLAUSE_STOP: Final = re.compile(r"[.;!?\n]")


def further_renewals(low: str) -> list[tuple[int, int, int, int]]:
    """The further renewals named by a noun with "new", "further", "nieuwe", "nouvelle",
    "erneute" in lower-cased text: (clause start, phrase start, phrase end, clause end) each;
    whether the clause also says the renewal is still to come is for the caller to read."""
    out: list[tuple[int, int, int, int]] = []
    for m in _FURTHER_RENEWAL.finditer(low):
        start = max(low.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
        stop = _CLAUSE_STOP.search(low, m.end())
        out.append((start, m.start(), m.end(), stop.start() if stop is not None else len(low)))
    return out


def plan_after_dated(
    plan_unit: int, plan_year: int | None, dated: Sequence[tuple[int, int]]
) -> bool:
    """Whether a renewal still to come (asked for, endorsed, negotiated) in sentence
    `plan_unit` is a further act beside a renewal the text dates (`dated`: (sentence, year)
    of each): a dated renewal told in another sentence and made before the page's year
    (`plan_year`) is done; the plan is the next one ("The agreement was renewed in 2018 for a
    second term" in a report of 2023 asking that "the renewal ... be endorsed")."""
    if plan_year is None:
        return False
    return any(unit != plan_unit and year < plan_year for unit, year in dated)


# an approval made (not asked for): "approved", "goedgekeurd", "approuvée", "zugestimmt"
_APPROVAL_DONE: Final = re.compile(
    r"approved|endorsed|goedgekeurde?|approuvée?s?|zugestimmt|gebilligt|genehmigt"
)


def approved_and_signed(
    low: str, markers: Sequence[tuple[int, int, str]], chosen: tuple[int, int, str], kw_end: int
) -> bool:
    """Whether the plan marker `chosen` is an approval made and the same clause then says the
    act was signed ("The council approved the agreement, which was signed on 3 May", "de raad
    keurde de stedenband goed en de burgemeester ondertekende de overeenkomst", "a approuvé la
    charte, signée le 9 juin"): approved AND signed is a signed act; an approval alone, or one
    followed by a signing still to come ("authorized the Mayor to sign"), is not."""
    if chosen[2] != "planned" or _APPROVAL_DONE.fullmatch(low, chosen[0], chosen[1]) is None:
        return False
    later = [m for m in markers if m[0] >= max(kw_end, chosen[1])]
    if any(m[2] == "planned" for m in later):
        return False
    signing = next((m for m in later if m[2] == "signed"), None)
    # "de overeenkomst wordt in mei ondertekend", "sera signée": a signing still to come
    return signing is not None and _STILL_TO_COME.search(low, chosen[1], signing[0]) is None


_STILL_TO_COME: Final = re.compile(
    r"(?<![\w-])(?:wordt|worden|zal|zullen|will|shall|wird|werden|soll|sollen|sera|seront|va|"
    r"vont)(?![\w-])"
)


# The predicate of the act told before, after what opens its sentence: the main verb after an
# appositive relative clause ("..., which had seen no exchanges since 2008, was formally
# terminated in 2023", "..., qui ne vivait plus depuis 2015, a été résiliée", "..., die sinds
# 2015 sliep, werd in 2023 opgezegd", "..., die seit 2015 ruhte, wurde 2023 beendet"), or a
# second participle of a pronoun's passive ("Il a été suspendu en 2008, puis formellement
# résilié en 2019", "It was suspended in 2008 and formally terminated in 2019", "Het werd in
# 2008 opgeschort en in 2019 opgezegd", "Es wurde 2008 ausgesetzt und 2019 beendet").
_MAIN_AFTER_RELATIVE: Final = re.compile(
    r",\s*(?:was|were|has\s+been|have\s+been|had\s+been|is|are|a\s+été|ont\s+été|avait\s+été|"
    r"avaient\s+été|est|sont|fut|werd|werden|zijn|wurde|wurden|ist|sind)\s+"
    r"(?:[\w'’-]+\s+){0,3}?\Z"
)
_PRONOUN_AUX: Final = re.compile(
    r"\W{0,3}(?:it|they|il|elle|ils|elles|het|hij|ze|zij|es|er|sie)\s+(?:was|were|has\s+been|"
    r"had\s+been|a\s+été|avait\s+été|ont\s+été|est|fut|werd|werden|is|wurde|wurden|ist|war)\s"
)
_THEN_PARTICIPLE: Final = re.compile(
    r"(?:,\s*|\s)(?:puis|then|and\s+then|and\s+later|and|later|et|ensuite|enfin|finally|daarna|"
    r"en|dann|und|schließlich|später)\s+(?:[\w'’-]+\s+){0,3}?\Z"
)


def later_predicate(low: str, start: int, at: int, relative: bool) -> bool:
    """Whether the status marker at `at` of the sentence at `start` (lower-cased) is the
    predicate of the act the sentence is about, though far from its start: the main verb
    after a relative clause that opens the sentence (`relative`), or a second participle
    coordinated with a pronoun's passive."""
    window = max(start, at - 80)
    if relative:
        return _MAIN_AFTER_RELATIVE.search(low, window, at) is not None
    return (
        _PRONOUN_AUX.match(low, start) is not None
        and _THEN_PARTICIPLE.search(low, window, at) is not None
    )


# An occasion used to make the act, told in the past: "The two universities used the occasion
# to sign an MoU", "The ceremony was also used to renew the memorandum", "a profité de sa visite
# pour signer", "a été l'occasion de renouveler la charte", "werd benut om een akkoord te
# ondertekenen", "nutzten die Gelegenheit, einen Vertrag zu unterzeichnen": the infinitive is an
# act made, not one to come.
_OCCASION_USED: Final = re.compile(
    r"(?<![\w-])(?:(?:used|took|seized)\s+(?:the|this|that|their|its|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:occasion|opportunity)|(?:was|were)\s+(?:also\s+)?used|"
    r"(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+)?(?:profité|été\s+l['’]occasion|permis)"
    r"(?![\w-])|"
    r"(?:werd|werden)\s+(?:ook\s+)?(?:benut|gebruikt|aangegrepen)\s+om|(?:benutte|benutten|grepen|"
    r"greep)\s+(?:[\w-]+\s+){0,3}?(?:gelegenheid|kans)|"
    r"nutzte[n]?\s+(?:[\w-]+\s+){0,2}?(?:Gelegenheit|Chance)|(?:wurde|wurden)\s+(?:auch\s+)?genutzt)"
    r"(?=[^.;]{0,60}\Z)",
    re.IGNORECASE,
)
# the infinitive of making or renewing an act that such an occasion governs
_MADE_INFINITIVE: Final = re.compile(
    r"(?:to\s+(?:re-?)?(?:sign|renew|conclude)|(?:à|pour|de)\s+(?:signer|renouveler|conclure)|"
    r"(?:te|om\s+te)\s+(?:ondertekenen|tekenen|verlengen|sluiten|hernieuwen|vernieuwen)|"
    r"zu\s+(?:unterzeichnen|unterschreiben|verlängern|erneuern|schlie(?:ß|ss)en))\Z"
)


def occasion_made(low: str, start: int, marker: tuple[int, int, str]) -> bool:
    """Whether the plan marker `marker` (lower-cased text, sentence from `start`) is the
    infinitive of an occasion used, in the past, to make or renew the act ("used the occasion
    to sign", "was also used to renew", "a profité de la visite pour signer")."""
    if marker[2] != "planned" or _MADE_INFINITIVE.search(low, marker[0], marker[1]) is None:
        return False
    return before(_OCCASION_USED, low, marker[0], start, 80)


# an article, then at most three words (a date, "seit 1981", "in 2015", "bereits"), right
# before a signing participle, and at most one adjective between the participle and the act's
# noun: "das 2015 geschlossene Abkommen", "der seit 1981 bestehende Vertrag", "de in 2015
# gesloten overeenkomst", "die am 3. Mai 2012 unterzeichnete bilaterale Vereinbarung"; no
# conjunction among those words ("verlängerten die Partnerschaft und unterzeichneten ein
# Abkommen": a second verb of the clause)
_ATTRIBUTIVE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:der|die|das|den|dem|des|de|het|the)\s+"
    r"(?:(?!(?:and|und|en|et|or|oder|ou|of)\s)[^\s,;:.()]+\.?\s+){0,4}\Z"
)
_ATTRIBUTIVE_GAP: Final = re.compile(r"[a-zäöü]{0,2}\s+(?:[\w-]+\s+)?")


def attributive_signing(low: str, start: int, end: int, kw_start: int) -> bool:
    """Whether the signing marker at low[start:end] is an adjective of the act's noun at
    `kw_start` ("verlängerten das 2015 geschlossene Abkommen um weitere fünf Jahre", "hebben
    de in 2015 getekende overeenkomst verlengd"): it dates the act renewed, it is not the
    clause's verb."""
    if kw_start - end > 30 or _ATTRIBUTIVE_GAP.fullmatch(low, end, kw_start) is None:
        return False
    return before(_ATTRIBUTIVE_BEFORE, low, start, 0, 40)


# the words that open a day an ending takes effect, right before the date: "with effect from",
# "effective (from)", "as of", "as from", "met ingang van", "per", "vanaf", "mit Wirkung
# vom/zum/ab", "zum", "ab (dem)", "à compter du", "à partir du", "avec effet au"
_EFFECTIVE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:with\s+effect\s+(?:from|on)|effective(?:\s+(?:from|on|as\s+of))?|"
    r"as\s+(?:of|from)|met\s+ingang\s+van|per|vanaf|mit\s+wirkung\s+(?:vom|zum|ab)|zum|"
    r"ab(?:\s+dem)?|(?:à|a)\s+compter\s+du|(?:à|a)\s+partir\s+du|avec\s+effet\s+(?:au|du|le))"
    r"\s+(?:(?:the|de|le|den|dem)\s+)?\Z"
)


def effective_from(low: str, d_start: int, floor: int) -> bool:
    """Whether the date at `d_start` of the lower-cased text is the day something takes effect
    ("de relatie stopt met ingang van 1 juni", "the link ends with effect from 1 May", "die
    Freundschaft endet mit Wirkung zum 1. Juli", "cesse à compter du 1er mars"), not
    the day it was decided; `floor` bounds the look-back (the sentence's start)."""
    return before(_EFFECTIVE_BEFORE, low, d_start, floor, 30)


# a clause of a lasting state, not of an ending: "die vanaf 1 mei 1990 bestond", "in force as
# of 1 May 1990", "gültig ab 1. Mai 1990", "en vigueur à partir du 1er mai 1990"
_EXISTS: Final = re.compile(
    r"(?<![\w-])(?:bestond|bestonden|bestaat|bestaan|existed|exists?|in\s+force|valid|"
    r"gültig|bestand|bestanden|besteht|bestehen|in\s+kraft|en\s+vigueur|existait|existe|"
    r"valable|geldig|van\s+kracht|geldt|gelden|gold|golden|gilt|gelten|galt|galten|applie[sd]|apply|"
    r"s'applique|s'appliquait)(?![\w-])"
)
# the words of a state that has ended: "bestaat niet meer", "no longer", "nicht mehr",
# "n'existe plus"
_NO_MORE: Final = re.compile(
    r"(?<![\w-])(?:niet\s+meer|geen\s+\w+\s+meer|no\s+longer|nicht\s+mehr|keine\s+\w+\s+mehr|"
    r"n'\s*\w+\s+plus|ne\s+\w+\s+plus)(?![\w-])"
)
_CLAUSE_MARK: Final = re.compile(r"[,;:()]")


def effective_end(
    low: str, d_start: int, d_end: int, floor: int, ceil: int, ends: Sequence[tuple[int, int]]
) -> bool:
    """Whether the date at low[d_start:d_end] is the day an ending takes effect: a day of
    effect (`effective_from`) with an ending word in its own clause ("de band wordt per 1 maart
    opgeheven", "vanaf 1 juni bestaat de band niet meer") or after the ending's decision ("the
    council ended the link, with effect from 1 May"). A start in a clause of a lasting state
    ("de band, die vanaf 1 mei 1990 bestond, werd in 2021 opgezegd", "in force as of 1 May
    1990") is no end. `floor`/`ceil` bound the sentence; `ends` are the spans of its ending
    words."""
    if not effective_from(low, d_start, floor):
        return False
    cs = max((m.end() for m in _CLAUSE_MARK.finditer(low, floor, d_start)), default=floor)
    m = _CLAUSE_MARK.search(low, d_end, ceil)
    ce = m.start() if m is not None else ceil
    if (
        any(cs <= s < ce for s, _ in ends)
        or end_verb(low, cs, ce)
        or _NO_MORE.search(low, cs, ce) is not None
    ):
        return True
    if _EXISTS.search(low, cs, ce) is not None:
        return False
    return any(floor <= s and e <= d_start for s, e in ends) or end_verb(low, floor, d_start)


# a verb that ends something, in the present or the future: "eindigt", "endet", "ends",
# "prend fin", "loopt af", "vervalt", "erlischt", "expires", "comes to an end"
_END_VERB: Final = re.compile(
    r"(?<![\w-])(?:eindig(?:t|en)|endet|enden|ends|will\s+end|expires?|lapses|"
    r"comes?\s+to\s+an\s+end|prend(?:ra|ront|nent)?\s+fin|loopt\s+(?:\w+\s+)?af|"
    r"lopen\s+(?:\w+\s+)?af|vervalt|vervallen|erlischt|erlöschen|läuft\s+(?:\w+\s+)?aus)(?![\w-])"
)


def end_verb(low: str, start: int, end: int) -> bool:
    """Whether the sentence `low[start:end]` has a verb that ends something ("De relatie eindigt
    met ingang van 15 juni", "Die Partnerschaft endet zum 1. April", "Le jumelage prend fin
    le 1er avril", "The link ends on 1 May")."""
    return _END_VERB.search(low, start, end) is not None


# "new" right before the act's word, at most two words between: "signed a new memorandum",
# "the new five-year agreement", "een nieuw memorandum", "de nieuwe overeenkomst", "la
# nouvelle convention", "un nouvel accord", "eine neue Vereinbarung", "das neue Abkommen"
NEW_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "new nieuw nieuwe nouvel nouvelle nouveau neue neuen neuem neuer neues".split()
)  # the words of `_NEW_BEFORE` (a gate on the document's words)
_NEW_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:new|nieuwe?|nouvel(?:le)?|nouveau|neue[nmrs]?)\s+(?:[\w'’-]+\s+){0,2}\Z"
)


def new_before(low: str, kw_start: int, floor: int) -> bool:
    """Whether the act's word at `kw_start` of the lower-cased text is called new ("a new
    memorandum", "een nieuw akkoord", "la nouvelle convention", "eine neue Vereinbarung");
    nothing before `floor` is read."""
    return before(_NEW_BEFORE, low, kw_start, floor, 32)


# a relative clause that opens after the act's word: ", which", ", dat", ", qui", ", die"
_RELATIVE_OPEN: Final = re.compile(
    r",\s*(?:which|that|dat|die|welke|qui|lequel|laquelle|der|das|welche[rs]?)\s"
)


def ended_in_relative(
    low: str, markers: Sequence[tuple[int, int, str]], kw_end: int, zone_end: int
) -> bool:
    """Whether an ending marker stands in a relative clause right after the act's word that
    ends at `kw_end` ("first signed a memorandum in 2016, which lapsed in 2019", "voor het
    eerst een memorandum, dat in 2019 afliep", "erstmals eine Vereinbarung, die 2019
    auslief", "une première convention, qui a expiré en 2019"): the act's own end, which a
    "first" of its signing does not undo."""
    for start, _, status in markers:
        if status != "ended" or not kw_end <= start < zone_end:
            continue
        opens = list(_RELATIVE_OPEN.finditer(low, max(kw_end, start - 60), start))
        if opens and "." not in low[opens[-1].end() : start]:
            return True
    return False


# an adverb of the near future: "in the near future", "in the coming months", "binnenkort",
# "eerlang", "in de komende maanden", "prochainement", "sous peu", "dans les prochains mois",
# "demnächst", "in Kürze", "in den kommenden Monaten"
_NEAR_FUTURE: Final = re.compile(
    r"(?<![\w-])(?:in\s+the\s+(?:near\s+future|coming\s+(?:weeks|months))|binnenkort|eerlang|"
    r"in\s+de\s+komende\s+(?:weken|maanden)|prochainement|sous\s+peu|"
    r"dans\s+les\s+(?:prochaines\s+semaines|prochains\s+mois)|demnächst|in\s+kürze|"
    r"in\s+den\s+kommenden\s+(?:wochen|monaten))(?![\w-])"
)
# the words one of which such an adverb holds (a gate on the document's words)
NEAR_FUTURE_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "future coming binnenkort eerlang komende prochainement peu prochains prochaines "
    "demnächst kürze kommenden".split()
)


# a conjunction that may open a clause of its own: "tekenden ... een akkoord en starten
# binnenkort", "unterzeichneten ... und wollen demnächst", "ont signé ... et lanceront
# prochainement", "signed ... and will soon"
_CLAUSE_CONJUNCTION: Final = re.compile(r"(?<![\w-])(?:and|en|et|und)\s+(?=\S)")
# a full date (day, month and year): "3 mei 2024", "3. Mai 2024", "1er mai 2024", "May 3,
# 2024", "03.05.2024"
_MONTH_WORDS = "|".join(sorted((re.escape(w) for w in MONTHS), key=len, reverse=True))
_FULL_DATE: Final = re.compile(
    r"(?<![\w-])(?:\d{1,2}(?:\.|er|e|st|nd|rd|th)?\s+(?:" + _MONTH_WORDS + r")\.?\s+\d{4}|"
    r"(?:" + _MONTH_WORDS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{4})(?![\w-])"
)


def _clause_gap(low: str, text: str, lo: int, hi: int) -> bool:
    """Whether low[lo:hi] ends a clause: a stop or comma, or a conjunction before a word in
    lower case (a new verb: "en starten", "und wollen", "et lanceront"; not a list of names,
    "by Dover and Calais")."""
    if any(c in low[lo:hi] for c in ".,;:!?"):
        return True
    if len(text) != len(low):
        return False  # no offsets to read the case at
    return any(
        text[m.end() : m.end() + 1].islower() for m in _CLAUSE_CONJUNCTION.finditer(low, lo, hi)
    )


def near_future_signing(
    low: str, start: int, end: int, floor: int, ceil: int, text: str | None = None
) -> bool:
    """Whether the signing word low[start:end] has an adverb of the near future in its clause
    ("to be signed by both councils in the near future", "ondertekenen binnenkort een
    intentieverklaring", "signeront prochainement", "wird demnächst unterzeichnet"): a
    signing still to come. `floor`/`ceil` bound the sentence; `text` is the text `low` was
    lower-cased from (a conjunction before a word in lower case ends the clause). A signing
    whose clause carries a full date ("tekenden op 3 mei 2024 een akkoord en starten
    binnenkort") is a dated act, not one to come."""
    lo = max(floor, start - 40)
    hi = min(ceil, end + 60)
    orig = "" if text is None else text
    for m in _NEAR_FUTURE.finditer(low, lo, hi):
        gap = (end, m.start()) if m.start() >= end else (m.end(), start)
        if _clause_gap(low, orig, *gap):
            continue
        # the signing's own clause, from its last stop before the verb to the adverb
        c_lo = max(lo, *(low.rfind(c, lo, start) + 1 for c in ".;:!?"))
        c_hi = m.start() if m.start() >= end else end + 60
        if _FULL_DATE.search(low, c_lo, min(hi, c_hi)) is not None:
            continue
        return True
    return False


def follow_without_act(low: str, start: int, floor: int) -> bool:
    """Whether the status marker at `start` of the lower-cased text is an act to follow
    ("een akkoord moet nog volgen", "a memorandum will follow", "une convention suivra") with
    no act word before it in its clause (from its last comma or stop, not before `floor`):
    "het programma moet nog volgen" names no act to come."""
    if lex.FOLLOW_LOW.match(low, start) is None:
        return False
    lo = max(floor, *(low.rfind(c, floor, start) + 1 for c in ".,;:!?"))
    return lex.KEYWORDS_LOW.search(low, lo, start) is None


# a year a tie has run since, right before its date: "jumelée depuis 1979 avec", "mit
# Dinard (seit 1983)", "twinned since 1990 with", "sinds 1990 verbonden met"
_SINCE_BEFORE: Final = re.compile(r"(?<![\w-])(?:since|sinds|sedert|depuis|seit)\s+\Z")


def standing_since(low: str, dates: Sequence[DateMention], kw_end: int, ceil: int) -> bool:
    """Whether the act's word that ends at `kw_end` is followed in its clause (within 45
    characters, before `ceil`) by the year it has run since ("est jumelée depuis 1979 avec",
    "die Städtepartnerschaften von Lünen mit Dinard (seit 1983)", "twinned since 1990 with"): a tie
    that stands, not one a plan of the sentence would make."""
    for d in dates:
        if d.value is None or not kw_end <= d.start <= min(ceil, kw_end + 45):
            continue
        gap = low[kw_end : d.start]
        if any(c in gap for c in ".;:") or not before(_SINCE_BEFORE, low, d.start, kw_end, 8):
            continue
        return True
    return False


# A relative clause that opens right after the act's word, with or without a comma: "eine
# Absichtserklärung, die ... münden soll", "une lettre d'intention qui doit ...", "een
# intentieverklaring die volgend jaar moet ...", "a letter of intent, which is to ..."
_RELATIVE_AFTER_ACT: Final = re.compile(
    r"\s*,?\s*(?:which|that|qui|dat|die|der|das|welke|welche[rs]?|lequel|laquelle)\s"
)
# a signing told in the past by a finite verb of the clause: "unterzeichneten", "ondertekenden",
# "tekende", "sloten", "signèrent", "signed" (not after "be", "will" or "to"), and the French
# compound past "ont signé", "a conclu", "avaient paraphé"
_FINITE_PAST_SIGNING: Final = re.compile(
    r"(?:onder)?tekende[n]?|sloot|sloten|unterzeichnete[n]?|unterschrieb(?:en)?|schloss(?:en)?|"
    r"sign(?:èrent|a)|concl(?:urent|ut)|signed|concluded"
)
_NOT_FINITE: Final = re.compile(
    r"(?<![\w-])(?:is|are|be|been|being|was|were|will|would|to|get|gets|shall|may|could)\s+"
    r"(?:\w+\s+)?\Z"
)
_COMPOUND_PAST: Final = re.compile(r"(?<![\w-])(?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){0,3}?\Z")
_FRENCH_PARTICIPLE: Final = re.compile(r"(?:signée?s?|conclue?s?|paraphée?s?)")


def past_signing_before(
    low: str, markers: Sequence[tuple[int, int, str]], floor: int, kw_start: int
) -> bool:
    """Whether a signing marker between `floor` and the act's word at `kw_start` is a finite
    verb in the past ("unterzeichneten eine Absichtserklärung", "ont signé une lettre
    d'intention", "ondertekenden een intentieverklaring", "signed a letter of intent")."""
    for start, end, status in markers:
        if status != "signed" or not floor <= start < kw_start or kw_start - end > 160:
            continue
        if ";" in low[end:kw_start]:
            continue  # (a dot may be a date's: "am 3. Mai")
        if _FINITE_PAST_SIGNING.fullmatch(low, start, end) is not None:
            if low.startswith(("signed", "concluded"), start) and _NOT_FINITE.search(
                low, max(floor, start - 16), start
            ):
                continue
            return True
        if _FRENCH_PARTICIPLE.fullmatch(low, start, end) is not None and _COMPOUND_PAST.search(
            low, max(floor, start - 30), start
        ):
            return True
    return False


def in_relative_after(low: str, kw_end: int, at: int) -> bool:
    """Whether the offset `at` stands in a relative clause that opens right after the act's
    word ending at `kw_end` ("eine Absichtserklärung, die 2027 in eine förmliche
    Städtepartnerschaft münden soll", "une lettre d'intention qui doit déboucher l'an prochain
    sur un jumelage", "een intentieverklaring die volgend jaar moet uitmonden in een
    stedenband"): what the act will lead to, not when or whether it is made."""
    m = _RELATIVE_AFTER_ACT.match(low, kw_end)
    if m is None or m.end() > at or at - m.end() > 120:
        return False
    return not any(c in low[m.end() : at] for c in ".;:")


# a verb of making or renewing an act, in any of the four languages
_MAKING_VERB: Final = re.compile(
    r"(?<![\w-])(?:sign|conclu|establish|renew|seal|formali[sz]|ratif|établi|renouvel|"
    r"reconduire|(?:onder)?teken|sluit|sluiten|gesloten|aangaan|hernieuw|vernieuw|verleng|"
    r"unterzeichn|unterschreib|schlie(?:ß|ss)|abschlie|geschlossen|besiegel|erneuer|verlänger)"
)
_RELATIVE_STOP: Final = re.compile(r"[.;,:!?]")


def plan_in_relative(
    low: str,
    markers: Sequence[tuple[int, int, str]],
    floor: int,
    kw_start: int,
    kw_end: int,
    at: int,
) -> bool:
    """Whether a plan (a modal or a date to come at `at`) stands in a relative clause of an
    act whose signing the clause tells in the past ("unterzeichneten eine
    Kooperationsvereinbarung, die den Austausch fördern soll", "ont signé une lettre
    d'intention qui doit déboucher l'an prochain sur un jumelage"): the act is signed; the plan
    is what it is to lead to."""
    if not in_relative_after(low, kw_end, at):
        return False
    stop = _RELATIVE_STOP.search(low, at, at + 80)
    if _MAKING_VERB.search(low, kw_end, stop.start() if stop else at + 80) is not None:
        # "a formal twinning which they hope to conclude within two years", "which is to be
        # signed next year": the plan is to make the act itself
        return False
    return past_signing_before(low, markers, floor, kw_start)


# The act named back as the subject after a fronted phrase: "Pour ses quarante ans, en octobre
# 2022, la charte a été renouvelée", "Bij het jubileum in 2023 is de oorkonde door de
# burgemeesters van beide steden hernieuwd", "To mark the tenth anniversary of the twinning,
# the charter was renewed", "Zum Jubiläum wurde die Urkunde erneuert": an article (after an
# auxiliary that comes first in a Dutch or German main clause) and a noun of the act or its
# document, then the status verb in the same clause.
_NAMED_BACK_LATE: Final = re.compile(
    r"(?<![\w-])(?:(?:is|werd|wordt|zijn|werden|wurde|wurden|ist|sind|hat|haben|heeft|hebben)\s+)?"
    r"(?:the|this|that|la|le|l['’]|cette|cet|ce|de|het|deze|dit|die|das|der|diese[rs]?)\s*"
    r"(?:charter|agreement|memorandum|accord|protocol|treaty|pact|certificate|charte|convention|"
    r"mémorandum|protocole|pacte|entente|oorkonde|overeenkomst|akkoord|verdrag|akte|urkunde|"
    r"vereinbarung|vertrag|abkommen|erklärung)(?![\w-])"
)
_FRONTED_BREAK: Final = re.compile(r"[.;:!?]")


def named_back_late(low: str, start: int, marker: int) -> bool:
    """Whether the status verb at `marker`, far from the start of its sentence at `start`, has
    for subject the act named back after a fronted phrase ("Pour ses quarante ans, en octobre
    2022, la charte a été renouvelée", "Bij het jubileum in 2023 is de oorkonde door de
    burgemeesters van beide steden hernieuwd"): the noun within 90 characters of the start,
    the verb within 60 of the noun, with no break of the sentence between."""
    m = _NAMED_BACK_LATE.search(low, start, min(marker, start + 90))
    if m is None or marker - m.end() > 60:
        return False
    return _FRONTED_BREAK.search(low, start, marker) is None


# The people's contacts as the subject of an end: "contacts between the councils lapsed after
# a few years", "the exchanges came to an end", "de contacten liepen af", "der Austausch
# endete", "les échanges ont pris fin": the tie fell quiet, it was not ended (the clause opens
# with the noun; its article and one adjective may come first)
_CONTACT_SUBJECT: Final = re.compile(
    r"\s*(?:(?:the|all|any|their|its|our|de|het|alle|hun|onze|die|der|den|ihre|unsere|"
    r"les|le|la|leurs|nos|tous\s+les|l['’])\s*)?(?:[\w-]+\s+)?"
    r"(?:contacts?|exchanges?|communications?|correspondence|kontakte?|austausch|"
    r"contacten|uitwisselingen?|échanges?|correspondance)(?![\w'’-])"
)
# what may stand between the contacts and the end: the subject's own phrase ("between the two
# cities", "met Lille", "mit Jiaxing"), an auxiliary ("les échanges ont pris fin") and one
# adverb ("gradually"), no verb of its own ("School exchanges thrived until the twinning charter
# was terminated": the end is the act's)
_CONTACT_TAIL: Final = re.compile(
    r"\s*(?:(?:between|with|among|tussen|met|zwischen|mit|entre|avec)\s+(?:[\w'’-]+\s+){0,4}?)?"
    r"(?:(?:have|has|had|ont|avaient|sind|waren|zijn|hebben|hadden)\s+)?"
    r"(?:(?:[\w-]+ly|soon|quickly|bald|rasch|snel|vite|rapidement|peu\s+à\s+peu)\s+)?\Z"
)
# where a clause opens: a stop, a comma, a colon, or a conjunction between two clauses
_CLAUSE_OPEN: Final = re.compile(
    r"(?:[.;:!?\n,]|(?<![\w-])(?:but|and|yet|while|maar|en|terwijl|aber|und|doch|während|mais|et|"
    r"tandis\s+que|alors\s+que)(?![\w-]))"
)


def contact_lapse(low: str, floor: int, marker: int) -> bool:
    """Whether the end marker at `marker` has the parties' contacts or exchanges for its subject
    ("but contacts between the councils lapsed", "the exchanges came to an end", "de
    contacten liepen af", "der Austausch endete", "les échanges ont pris fin"): the tie fell
    quiet, no act ended. Reads the clause from its opening (not before `floor`, at most 120
    characters back) in lower-cased text."""
    opening = last_opening(_CLAUSE_OPEN, low, max(floor, marker - 120), marker)
    m = _CONTACT_SUBJECT.match(low, opening, marker)
    return m is not None and _CONTACT_TAIL.match(low, m.end(), marker) is not None


def last_opening(rx: re.Pattern[str], low: str, lo: int, hi: int) -> int:
    """Where the last clause before `hi` opens: the end of the last match of `rx` (a stop, a
    conjunction) in low[lo:hi], else `lo`."""
    opening = lo
    for m in rx.finditer(low, lo, hi):
        opening = m.end()
    return opening


# A sentence that opens on the occasion of a trip told just before: "Tijdens dat bezoek", "Bij
# die gelegenheid", "During that visit", "On that occasion", "À cette occasion", "Lors de cette
# visite", "Bei diesem Besuch", "Bei dieser Gelegenheit", "Dabei"
_OCCASION_OPENING: Final = re.compile(
    r"\s*(?:(?:tijdens|bij)\s+(?:dat|die|dit|deze|het)\s+(?:bezoek|reis|gelegenheid|werkbezoek)|"
    r"during\s+(?:that|the|this)\s+(?:visit|trip|stay)|on\s+(?:that|this|the\s+same)\s+occasion|"
    r"(?:à|a)\s+cette\s+occasion|lors\s+de\s+(?:cette\s+visite|ce\s+séjour|ce\s+déplacement)|"
    r"bei\s+(?:diesem|dem)\s+besuch|bei\s+dieser\s+gelegenheit|dabei)(?![\w-])"
)
# a signing told in the present: "tekent zij een intentieverklaring", "wordt ook een
# intentieverklaring getekend", "the mayor signs", "le maire signe", "wird ... unterzeichnet"
_PRESENT_SIGNING_VERB: Final = re.compile(
    r"(?:onder)?teken(?:t|en)|signs?|signe|signent|unterzeichne[nt]|unterschreib(?:t|en)"
)
_PRESENT_PASSIVE_AUX: Final = re.compile(r"(?<![\w-])(?:wordt|worden|wird|werden)(?![\w-])")
# a trip still to come in the sentence before: a future or a modal, or a verb of travel in the
# present ("De burgemeester reist op 9 april naar Weihai"); a coming time alone ("am
# nächsten Tag") is no trip to come
_COMING_TRIP: Final = re.compile(
    r"(?<![\w-])(?:will|shall|zal|zullen|gaat|gaan|wird|werden|soll|sollen|se\s+rendra|"
    r"se\s+rendront|ira|iront|partira|partiront|reist|reizen|travels|fährt|fahren)(?![\w-])"
)
# an auxiliary of the past before the signing word: "Dabei wurde ein Vertrag unterzeichnet",
# "hat ... unterzeichnet", "werd ... getekend", "was signed"
_PAST_AUX: Final = re.compile(
    r"(?<![\w-])(?:wurde|wurden|hat|haben|hatte|hatten|ist|sind|war|waren|werd|heeft|hebben|"
    r"had|hadden|is|was|were|has|have|did|ont|avait|avaient|fut|furent|été)(?![\w-])"
)


def coming_occasion_signing(low: str, start: int, end: int, floor: int) -> bool:
    """Whether the signing word low[start:end] is told in the present in a sentence (from
    `floor`) that opens on the occasion of a trip the sentence before tells as still to come
    ("De burgemeester reist op 9 april naar Weihai. Tijdens die reis wordt een
    intentieverklaring getekend", "The mayor travels to Jinhua next week. During that visit she
    signs a memorandum"): a signing still to come, from lower-cased text."""
    if _OCCASION_OPENING.match(low, floor) is None:
        return False
    if _PRESENT_SIGNING_VERB.fullmatch(low, start, end) is None and (
        _PRESENT_PASSIVE_AUX.search(low, floor, start) is None
    ):
        return False
    if _PAST_AUX.search(low, floor, start) is not None:
        return False
    prev_end = floor - 1  # the stop that closes the sentence before
    while prev_end >= 0 and low[prev_end].isspace():
        prev_end -= 1
    if prev_end <= 0:
        return False
    prev_start = max(low.rfind(c, max(0, prev_end - 300), prev_end) for c in ".!?\n") + 1
    return _COMING_TRIP.search(low, prev_start, prev_end) is not None
