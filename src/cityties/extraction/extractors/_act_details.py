"""Agreements: deciders for the details of an act that is found (its status, its dates).

- A suspension is no status: "the link has been suspended since 2022", "die Kontakte wurden
  im März 2022 ausgesetzt", "le jumelage est suspendu depuis 2019", "de band is opgeschort",
  "frozen", "auf Eis gelegt". The act stays signed, and the date of the suspension is neither
  its signing date nor its end.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from cityties.extraction.extractors._agreements_status import before, last_opening
from cityties.extraction.extractors._clauses import opened
from cityties.text import PartialDate

__all__ = [
    "DECISION",
    "PERFORMATIVE_WORDS",
    "SUSPENSION",
    "SUSPENSION_WORDS",
    "YEAR_COUNT_WORDS",
    "added_act",
    "allowed_renewal",
    "at_event",
    "attached",
    "attached_within",
    "closing_formula",
    "coordinated",
    "day_part",
    "definite_before",
    "earlier_named",
    "event_value",
    "fronted",
    "gated",
    "is_suspension",
    "jubilee_of",
    "modal_signing",
    "named_back",
    "own_act",
    "performative",
    "plural_act",
    "possible_renewal",
    "ran_out",
    "renewal_named",
    "renewal_refused_ahead",
    "report_date",
    "reported_frame",
    "signing_conjunct",
    "signing_subject",
    "suspension_date",
    "term_period",
    "term_pronoun",
    "told_as_earlier",
    "trip_aim",
    "venue_before",
    "verb_last_date",
    "year_before_noun",
    "year_count",
    "years_later",
]

# the words of a suspension (lower-cased text); they read as an end in the status lexicon
SUSPENSION: Final = re.compile(
    r"(?<![\w-])(?:suspend(?:s|ed|ing)?|suspendue?s?|suspension|suspendre|ausgesetzt|aussetzen|"
    r"auf\s+eis(?:\s+gelegt)?|opgeschort|opschorten|fr(?:oze|ozen|eeze|eezes|eezing)|bevroren|"
    r"gel(?:é|ée|és|ées)|eingefroren|on\s+hold|ruh(?:t|en|te|ten)|schort(?:te|ten)?)(?![\w-])"
)


# the words that start one (a gate on the document's words, `DocIndex.words`: Latin-1)
SUSPENSION_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in "suspend suspends suspended suspending suspendu suspendue suspendus suspendues"
    " suspension suspendre ausgesetzt aussetzen eis opgeschort opschorten froze frozen"
    " freeze freezes freezing bevroren gelé gelée gelés gelées eingefroren hold ruht ruhen"
    " ruhte ruhten schort schortte schortten".split()
)


def is_suspension(low: str, start: int, end: int) -> bool:
    """Whether the status marker low[start:end] is a word of suspension ("suspended",
    "ausgesetzt", "opgeschort", "gelé", "frozen")."""
    return SUSPENSION.fullmatch(low, start, end) is not None


def _gap(low: str, a_start: int, a_end: int, b_start: int, b_end: int) -> str:
    return low[a_end:b_start] if a_end <= b_start else low[b_end:a_start]


def suspension_date(
    low: str, date_start: int, date_end: int, lo: int, hi: int, verbs: list[tuple[int, int]]
) -> bool:
    """Whether the date at low[date_start:date_end] dates a suspension within [lo, hi): a
    suspension word in its clause ("suspended since March 2022", "seit 2022 ausgesetzt",
    "froze the relationship in 2019") nearer to it than every verb of `verbs` (the signing
    and renewal verbs of the sentence)."""
    for m in SUSPENSION.finditer(low, lo, hi):
        gap = _gap(low, date_start, date_end, m.start(), m.end())
        if len(gap) > 80 or any(c in gap for c in ",;:()"):
            continue
        if all(len(gap) < len(_gap(low, date_start, date_end, s, e)) for s, e in verbs):
            return True
    return False


# A date that opens its clause scopes over the acts of the clauses coordinated with it: "In
# 2019 ondertekende de gemeente een vriendschapsovereenkomst met Jiaxing, werd de stedenband
# met Sibiu verlengd en ...", "En juin, elle a renouvelé sa charte avec A et signé une lettre
# d'intention avec B", "In 2018 the city signed an MoU with A and renewed its agreement with
# B", "Im Mai unterzeichnete die Stadt ... und verlängerte ...".
_FRONT: Final = re.compile(
    r"[\s\W]*(?:(?:in|on|at|during|en|le|au|dans|courant|im|am|in\s+der|op|tijdens|"
    r"begin|eind|early|late|fin|début|anfang|ende|mitte)\s+)*\Z"
)
_CLAUSE_START: Final = re.compile(r"[;:\n]|\.\s")


def fronted(low: str, start: int, date_start: int) -> bool:
    """Whether the date at `date_start` opens its clause (the unit from `start`, or what
    follows its last ";" or ":"): nothing but a preposition before it ("In 2019", "En juin",
    "Im Mai", "Op 3 mei")."""
    clause = last_opening(_CLAUSE_START, low, start, date_start)
    return _FRONT.fullmatch(low, clause, date_start) is not None


# what joins two coordinated clauses (no clause of another kind, no new sentence)
_COORDINATION: Final = re.compile(
    r"(?<![\w-])(?:and|en|et|und|as\s+well\s+as|sowie|ainsi\s+que)(?![\w-])|,"
)
_NOT_COORDINATED: Final = re.compile(
    r"[;:.!?]|(?<![\w-])(?:which|who|that|when|while|whereas|but|qui|que|quand|lorsque|mais|"
    r"dont|dat|wat|toen|terwijl|maar|welche[rs]?|während|aber|since|sinds|depuis|seit|after|"
    r"before|na|après|avant|nach|later|then|daarna|puis|dann|danach)(?![\w-])"
)


def coordinated(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], between the word of one act and the word of the next, joins
    two coordinated clauses ("... met Jiaxing, werd ...", "... avec A et signé ...") with no
    clause of another kind ("which", "since", "later") between them."""
    return (
        _COORDINATION.search(low, start, end) is not None
        and _NOT_COORDINATED.search(low, start, end) is None
    )


def attached(low: str, d_start: int, d_end: int, m_start: int, m_end: int) -> bool:
    """Whether a date and a signing verb stand in one clause, next to each other: "signed in
    Lahti on 11 June", "Am 22. Juni unterzeichneten", "unterschrieb am 9. März 2021",
    "signé à Brest le 19 novembre" (at most 60 characters and no comma or semicolon between)."""
    return attached_within(low, d_start, d_end, m_start, m_end, 60)


# The decision that ends an act, dated in a sentence of its own: "Dat besloot de gemeenteraad
# op 16 januari", "De gemeenteraad stemde daar op 2 oktober mee in", "The council voted on 3
# March", "Le conseil municipal l'a décidé le 16 janvier", "Der Rat beschloss dies am 16.
# Januar".
DECISION: Final = re.compile(
    r"(?<![\w-])(?:decided|voted|resolved|approved|endorsed|besloot|besloten|beslist|stemde|"
    r"stemden|ingestemd|beschloss|beschlossen|stimmte|stimmten|zugestimmt|votée?s?|voté|"
    r"décidée?s?|décidé|approuvée?s?|adoptée?s?|délibéré)(?![\w-])"
)


def attached_within(
    low: str, d_start: int, d_end: int, m_start: int, m_end: int, most: int
) -> bool:
    """`attached` with another longest gap (a verb at the end of a Dutch or German clause:
    "Op 7 juli heeft de burgemeester de band per brief aan de partner opgezegd")."""
    gap = low[d_end:m_start] if d_end <= m_start else low[m_end:d_start]
    return len(gap) <= most and not any(c in gap for c in ",;:.()")


# A signing verb under a modal of possibility or obligation is a plan, not a signing: "it
# could be signed in the autumn", "il pourrait être signé à l'automne", "die Vereinbarung
# könnte im Herbst unterzeichnet werden", "het akkoord zou in mei kunnen worden ondertekend".
_MODAL_BEFORE: Final = opened(
    re.compile(
        r"(?<![\w-])(?:(?:could|might|would|should|may)\s+(?:[\w-]+\s+)?be|"
        r"(?:pourrai(?:t|ent)|devrai(?:t|ent)|pourra|pourront|devra|devront)\s+(?:[\w-]+\s+)?être|"
        r"(?:zou|zouden)\s+(?:[\w-]+\s+){0,5}?(?:kunnen\s+|moeten\s+)?(?:worden|zijn)|"
        r"(?:könnte|könnten|dürfte|dürften|sollte|sollten)(?:\s+[\w-]+){0,5}?)\s+\Z"
    )
)
_WERDEN_AFTER: Final = re.compile(r"\s+werden(?![\w-])")
# "die im Herbst unterzeichnet werden könnte": the modal last in a subordinate clause
_MODAL_AFTER: Final = re.compile(
    r"\s+werden\s+(?:könnte|könnten|dürfte|dürften|sollte|sollten)(?![\w-])"
)


def modal_signing(low: str, start: int, end: int, floor: int) -> bool:
    """Whether the signing verb low[start:end] stands under a modal ("could be signed",
    "pourrait être signé", "zou worden ondertekend", "könnte ... unterzeichnet werden")."""
    if _MODAL_AFTER.match(low, end) is not None:
        return True
    m = _MODAL_BEFORE.search(low, max(floor, start - 60), start)
    if m is None:
        return False
    if low.startswith(("könnte", "dürfte", "sollte"), m.start()):
        return _WERDEN_AFTER.match(low, end) is not None
    return True


# The signing as the subject of its own sentence, after the sentence that reports the act:
# "The signing took place on Thursday in ...", "De ondertekening vond donderdag plaats", "La
# signature a eu lieu le 3 mai", "Die Unterzeichnung fand am 3. Mai statt".
_SIGNING_SUBJECT: Final = re.compile(
    r"\s*(?:the|this|de|deze|het|la|cette|le|die|diese)\s+(?:(?:official|formal|officiële|"
    r"formele|officielle|offizielle|feierliche)\s+)?(?:signing|signature|ondertekening|"
    r"unterzeichnung)(?![\w-])",
    re.IGNORECASE,
)


def signing_subject(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens with the signing as its subject ("The signing
    took place ...", "De ondertekening vond ... plaats", "La signature a eu lieu ...")."""
    return _SIGNING_SUBJECT.match(text, start) is not None


# "Twee jaar later volgde een intentieverklaring", "Vier jaar later ondertekenden beide steden
# ...", "Two years later, the cities signed ...", "Deux ans plus tard, ...", "Zwei Jahre später
# ...": a count of years after the date told before
_YEAR_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "un": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "ein": 1, "zwei": 2,
    "drei": 3, "fünf": 5, "sechs": 6, "sieben": 7, "neun": 9, "zehn": 10,
}  # fmt: skip
_YEARS_LATER: Final = re.compile(
    r"(?<![\w-])(?P<n>\d{1,2}|" + "|".join(sorted(_YEAR_COUNTS, key=len, reverse=True)) + r")"
    r"\s+(?:years?|jaar|ans|années|jahre)\s+(?:later|plus\s+tard|später|danach|daarna)(?![\w-])"
)


# a count of years written in words ("al vier jaar", "seit zehn Jahren", "depuis cinq ans",
# "for five years"), for the patterns of other modules
YEAR_COUNT_WORDS: Final = "|".join(sorted(_YEAR_COUNTS, key=len, reverse=True))


def year_count(raw: str) -> int | None:
    """The count of years `raw` writes, in digits or in words ("12", "vier", "zehn",
    "cinq", "five"), else None."""
    if raw.isdigit():
        return int(raw)
    return _YEAR_COUNTS.get(raw.lower())


# the words that end the phrase (a quick test before the pattern)
_LATER_WORDS = ("later", "tard", "später", "danach", "daarna")


def years_later(low: str, start: int, end: int) -> tuple[int, int] | None:
    """(the offset of the phrase, the count of years) of "two years later", "twee jaar later",
    "deux ans plus tard", "zwei Jahre später" in low[start:end], else None."""
    part = low[start:end]
    if not any(w in part for w in _LATER_WORDS):
        return None
    m = _YEARS_LATER.search(low, start, end)
    if m is None:
        return None
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else _YEAR_COUNTS[raw]
    return (m.start(), n) if 0 < n <= 60 else None


# A non-renewal still to come leaves the act in force until it lapses: "Die overeenkomst wordt
# niet verlengd", "läuft zum Jahresende aus und wird nicht erneuert", "will not be renewed",
# "ne sera pas renouvelée" (but "werd niet verlengd", "was not renewed": it ended)
_NOT_RENEWED: Final = re.compile(r"(?:not|niet|nicht|pas)(?![\w-])")
_TO_COME: Final = re.compile(
    r"(?<![\w-])(?:will|shall|would|is|are|wordt|worden|zal|zullen|wird|werden|sera|seront)"
    r"(?:\s+(?:also|then|ook|dan|auch|dann|daher|therefore|thus))?\s+\Z"
)


def renewal_refused_ahead(low: str, start: int, end: int) -> bool:
    """Whether the end marker low[start:end] is a non-renewal in the present or the future
    ("wordt niet verlengd", "wird nicht erneuert", "will not be renewed")."""
    word = _NOT_RENEWED.search(low, start, end)
    if word is None:
        return False
    if low.startswith(("will ", "shall ", "would "), start):
        return True
    return _TO_COME.search(low, max(0, start - 24), start) is not None


# A period of years introduced as the act's term: "signed an agreement for the period
# 2020-2022", "pour la période 2020-2022", "voor de periode 2021-2023", "für den Zeitraum 2020
# bis 2022", "covering the years 2021 to 2023", "couvrant les années 2020-2022": the years the
# act runs, not the year it was signed (a signing before the first of them is no plan)
_TERM_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:for|over|covering|pour|sur|couvrant|voor|over|gedurende|für|über)\s+"
    r"(?:(?:the|la|les|de|den|die|het)\s+)?(?:(?:period|période|periode|zeitraum|years|années|"
    r"jaren|jahre)\s+)(?:(?:of|de|du|van|von)\s+)?(?:(?:the|la|le)\s+)?"
    r"|(?:für\s+die\s+jahre|pour\s+les\s+années|voor\s+de\s+jaren)\s+"
    # a period right after the preposition: "a memorandum ... for 2026-2028", "pour
    # 2024-2026", "voor 2021-2023", "für 2025 bis 2027"
    r"|(?:for|pour|voor|für)\s+)\Z"
)


def term_period(low: str, floor: int, date_start: int) -> bool:
    """Whether the period of years at `date_start` is introduced as the act's term ("for the
    period", "pour la période", "voor de periode", "für den Zeitraum"), from lower-cased text
    (nothing before `floor` is read)."""
    return _TERM_BEFORE.search(low, max(floor, date_start - 40), date_start) is not None


# The instrument's own text, reproduced on the page (an attached draft, a quoted memorandum):
# "the two sides ... hereby sign the following Memorandum", "ondertekenen hierbij de volgende
# overeenkomst", "signent par la présente le protocole", "unterzeichnen hiermit die folgende
# Vereinbarung". A performative verb says what the text does once it is signed; it reports no
# signing (a page that asks the council to approve the draft has the act still to come).
_PERFORMATIVE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:hereby|herewith|hierbij|hiermee|hiermit|par\s+la\s+présente)"
    r"(?:\s+(?:jointly|formally|samen|gezamenlijk|gemeinsam|conjointement))?\s+\Z"
)
_PERFORMATIVE_AFTER: Final = re.compile(
    r"\s+(?:hereby|herewith|hierbij|hiermee|hiermit|par\s+la\s+présente)(?![\w-])"
)
# the words of a performative (a gate on the document's words, `DocIndex.words`: Latin-1)
PERFORMATIVE_WORDS: Final = frozenset(
    w.encode("latin-1") for w in "hereby herewith hierbij hiermee hiermit présente".split()
)


def performative(low: str, start: int, end: int) -> bool:
    """Whether the signing verb low[start:end] is performative ("hereby sign", "signent par
    la présente", "unterzeichnen hiermit"): the wording of the instrument itself."""
    return (
        _PERFORMATIVE_BEFORE.search(low, max(0, start - 32), start) is not None
        or _PERFORMATIVE_AFTER.match(low, end) is not None
    )


# The event at which an act was signed, named in the act's sentence: "during the visit",
# "on the sidelines of the forum", "tijdens die reis", "in de marge van het bezoek", "au cours
# du forum", "lors de cette mission", "während der Reise", "am Rande des Besuchs" (at most two
# words between the preposition and the event's noun); a meeting or a reception of the visit
# ("During the reception, the two cities signed", "Bij de ontmoeting ondertekenden", "lors de
# la réception", "beim Empfang"); the occasion just told, taken to sign ("used the occasion to
# sign", "a profité de l'occasion pour", "maakte van de gelegenheid gebruik om", "nutzte die
# Gelegenheit").
_EVENT_OCCASION: Final = re.compile(
    r"(?<![\w-])(?:used\s+the\s+occasion\s+to|profité\s+de\s+(?:l['’]|cette\s+)occasion|"
    r"van\s+de\s+gelegenheid\s+gebruik|nutzte[n]?\s+(?:die|diese)\s+gelegenheit)(?![\w-])|"
    r"(?<![\w-])(?:during|at|on\s+the\s+(?:sidelines|margins?)\s+of|in\s+the\s+margins?\s+of|"
    r"tijdens|bij|in\s+de\s+marge\s+van|au\s+cours\s+d[eu']|lors\s+d[eu']|pendant|"
    r"en\s+marge\s+d[eu']|während|beim|bei|am\s+rande|anlässlich)"
    r"(?:\s*(?:the|this|that|their|its|die|deze|dat|dit|het|de|ce|cette|la|le|l'|sa|son|leur|"
    r"der|des|dem|den|dieser|dieses|diesem|seiner|seines|ihrer|ihres))?"
    r"(?:\s+[\w'-]+){0,2}?\s*"
    r"(?:visit|trip|journey|mission|stay|forum|tour|summit|bezoek|werkbezoek|reis|missie|"
    r"handelsmissie|visite|voyage|séjour|sommet|besuch(?:s|es)?|reise|delegationsreise|"
    r"aufenthalt(?:s|es)?|forums?|gipfel(?:s)?|reception|receptie|réception|empfang(?:s|es)?|"
    r"ontmoeting|bijeenkomst|rencontre|treffen(?:s)?)(?![\w-])"
)


# the words one of which such a phrase holds (a quick test before the pattern)
def gated(low: str, start: int, end: int, words: tuple[str, ...], rx: re.Pattern[str]) -> bool:
    """Whether `rx` matches in low[start:end], searched only when one of `words` (cheap
    substrings every match contains) stands there."""
    part = low[start:end]
    return any(w in part for w in words) and rx.search(low, start, end) is not None


_EVENT_WORDS: Final = (
    "visit", "trip", "journey", "mission", "stay", "forum", "tour", "summit", "bezoek",
    "reis", "missie", "voyage", "séjour", "sommet", "besuch", "reise", "aufenthalt", "gipfel",
    "recep", "réception", "empfang", "ontmoeting", "bijeenkomst", "rencontre", "treffen",
    "occasion", "gelegenheid", "gelegenheit",
)  # fmt: skip


def at_event(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] names the event an act was signed at ("during the visit",
    "tijdens die reis", "au cours du forum", "am Rande des Besuchs")."""
    return gated(low, start, end, _EVENT_WORDS, _EVENT_OCCASION)


# A moment of the day the page has just told, which dates what happens in it by that day:
# "that evening", "the same afternoon", "later that day", "earlier in the day", "at the end of
# the evening"; "'s avonds", "die middag", "later op de dag", "eerder op de dag", "aan het
# eind van de middag"; "le soir même", "ce soir-là", "dans la soirée", "plus tard dans la
# journée", "en fin de journée"; "am Abend", "am selben Nachmittag", "später am Tag", "am Ende
# des Tages". A part of the day needs a day: only a date of a day can be its anchor.
_PART: Final = r"(?:morning|afternoon|evening|night)"
_DEEL: Final = r"(?:ochtend|morgen|middag|namiddag|avond)"
_TEIL: Final = r"(?:morgen|vormittag|mittag|nachmittag|abend)"
_DAY_PART: Final = re.compile(
    rf"(?<![\w'’-])(?:(?:that|the\s+same)\s+{_PART}|in\s+the\s+{_PART}|"
    r"(?:later|earlier)\s+(?:that|in\s+the|on\s+the|the\s+same)\s+day|"
    rf"at\s+the\s+end\s+of\s+the\s+(?:day|{_PART})|"
    r"['’]s\s+(?:ochtends|morgens|middags|avonds)|"
    rf"(?:die|diezelfde|dezelfde)\s+{_DEEL}|in\s+de\s+(?:loop\s+van\s+de\s+)?{_DEEL}|"
    r"(?:later|eerder)\s+op\s+(?:de|die|dezelfde)\s+dag|"
    rf"aan\s+het\s+eind(?:e)?\s+van\s+de\s+(?:dag|{_DEEL})|"
    r"le\s+(?:soir|matin)(?:\s+même)?|ce\s+(?:soir|matin)-là|cet\s+après-midi-là|"
    r"le\s+même\s+(?:soir|matin|après-midi)|dans\s+(?:la\s+soirée|l['’]après-midi|la\s+matinée)|"
    r"en\s+(?:soirée|fin\s+de\s+(?:journée|matinée|soirée|après-midi))|"
    r"plus\s+(?:tard|tôt)\s+dans\s+la\s+journée|"
    rf"am\s+(?:(?:selben|gleichen|demselben)\s+)?{_TEIL}|(?:später|früher)\s+am\s+tag(?:e)?|"
    r"am\s+ende\s+des\s+tag(?:es|s)|im\s+laufe\s+des\s+tag(?:es|s))(?![\w-])"
)
# the words one of which such a phrase holds (a quick test before the pattern)
_DAY_PART_WORDS: Final = (
    "morning", "afternoon", "evening", "night", "day", "ochtend", "morgen", "middag", "avond",
    "dag", "soir", "matin", "après-midi", "journée", "vormittag", "mittag", "abend", "tag",
)  # fmt: skip


def day_part(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells a moment of a day told before it ("that evening",
    "earlier in the day", "aan het eind van de middag", "le soir même", "am Abend"), which
    dates what it tells by that day."""
    return gated(low, start, end, _DAY_PART_WORDS, _DAY_PART)


# A trip or a meeting told in the past whose aim was to sign or renew the act: "visited Leeds
# on Friday to sign the twinning charter", "met the port's director to sign the protocol",
# "kwam naar Venlo om de overeenkomst te ondertekenen", "s'est rendu à Lyon pour signer la
# convention", "reiste am Montag nach Kunshan, um die Vereinbarung zu unterzeichnen", "les
# élus se sont rendus à Yangshuo pour renouveler la charte", "bracht Zwolle een bezoek aan
# Jinhua om de stedenband te vernieuwen": the act was signed or renewed there. The verb
# stands in the infinitive's clause, before it (no stop between).
_PAST_TRIP: Final = re.compile(
    # ("met" only before what an English meeting takes: Dutch "met" is "with")
    r"(?<![\w-])(?:visited|met\s+(?:with|the|his|her|their|its|representatives|officials)|"
    r"came|arrived|travell?ed|flew|went|called\s+on|gathered|"
    r"paid\s+(?:a|an)\s+(?:\w+\s+)?visit|"
    r"kwam(?:en)?|reisde(?:n)?|bezocht(?:en)?|ontmoette(?:n)?|ontving(?:en)?|"
    r"bracht(?:en)?\s+(?:[\w-]+\s+){0,4}?(?:een\s+)?(?:\w+)?bezoek|"
    r"(?:est|sont)\s+venue?s?|s['’]est\s+rendue?s?|se\s+sont\s+rendue?s?|"
    r"(?:est|sont)\s+allée?s?|(?:a|ont)\s+visité|s['’]est\s+déplacée?s?|"
    r"se\s+sont\s+déplacée?s?|(?:a|ont)\s+effectué\s+une\s+visite|"
    r"a\s+rencontré|ont\s+rencontré|a\s+reçu|ont\s+reçu|accueillait|recevait|"
    r"kam(?:en)?|reiste(?:n)?|besuchte(?:n)?|traf(?:en)?|empfing(?:en)?|"
    r"(?:ist|sind)\s+(?:[\w-]+\s+){0,6}?gereist)(?![\w-])"
)
_PAST_TRIP_WORDS: Final = (
    "visit", "met ", "came", "arriv", "travel", "flew", "went", "called", "gathered", "paid",
    "kwam", "reisde", "bezo", "ontmoet", "ontving", "venu", "rendu", "allé", "déplac",
    "effectué", "rencontr", "reçu", "accueill", "recevait", "kam", "reiste", "besucht", "traf",
    "empfing", "gereist",
)  # fmt: skip
# a future, a modal, an intent or a condition between the clause's start and the infinitive
# makes it a plan
_PLAN_BETWEEN: Final = re.compile(
    r"(?<![\w-])(?:will|would|shall|to\s+be|expected|plans?|planned|intends?|zal|zullen|wil|"
    r"willen|moet|moeten|gaat|gaan|va|vont|doit|doivent|devra|sera|seront|wird|werden|soll|"
    r"sollen|wollen|next|volgende|prochaine?|nächste[nrs]?|kommende[nrs]?)(?![\w-])"
)
# a plan or a failure told after the aim: the act was not signed on the trip
_NOT_REACHED: Final = re.compile(
    r"(?<![\w-])(?:planned|scheduled|postponed|delayed|cancell?ed|called\s+off|fell\s+through|"
    r"failed|did\s+not|didn['’]t|could\s+not|couldn['’]t|gepland|uitgesteld|afgelast|"
    r"geannuleerd|mislukt|prévue?s?|reportée?s?|annulée?s?|n['’]a\s+pas|geplant|verschoben|"
    r"abgesagt|gescheitert)(?![\w-])"
)
# the marker as an infinitive of aim ("to sign", "om ... te ondertekenen", "pour renouveler",
# "um ... zu unterzeichnen"), and a renewal's word in it
_AIM_INFINITIVE: Final = re.compile(
    r"(?:to|te|zu|pour|om)\s|sign(?:er)?(?![\w-])|ondertekenen|tekenen|unterzeichnen|"
    r"unterschreiben|renouveler|verlengen|erneuern"
)
_RENEWAL_AIM: Final = re.compile(
    r"renew|re-?sign|extend|vernieuw|hernieuw|verleng|verläng|erneuer|renouvel|recondu|prolong"
)


def trip_aim(low: str, floor: int, marker: tuple[int, int]) -> Literal["signed", "renewed"] | None:
    """What the infinitive marker `marker` ("to sign", "om ... te ondertekenen", "pour
    renouveler", "um ... zu erneuern") made of the act when it tells the aim of a trip or a
    meeting told in the past in its clause (from its last stop, not before `floor`):
    "renewed" for a renewal's word, else "signed"; None for no such trip ("will visit Leeds
    to sign", "the purpose of the meeting is to renew"), or when a plan or a failure follows
    up to the sentence's end ("came to sign it; the signing is now planned for 2025")."""
    start, end = marker
    if _AIM_INFINITIVE.match(low, start, end) is None:
        return None
    lo = max(floor, *(low.rfind(c, floor, start) + 1 for c in ".;:!?"))
    part = low[lo:start]
    if not any(w in part for w in _PAST_TRIP_WORDS):
        return None
    verb = None
    for m in _PAST_TRIP.finditer(low, lo, start):
        verb = m
    if verb is None or start - verb.end() > 160:
        return None
    if _PLAN_BETWEEN.search(low, lo, start) is not None:
        return None
    stop = min([i for i in (low.find(c, start) for c in ".!?\n") if i >= 0] or [len(low)])
    if _NOT_REACHED.search(low, start, stop) is not None:
        return None
    return "renewed" if _RENEWAL_AIM.search(low, start, end) else "signed"


# A definite or demonstrative article before an act's word (up to two words between: "the
# Sister Port Protocol", "cet accord", "het nieuwe convenant", "die neue Vereinbarung"): the
# act named back, not a new one ("a memorandum", "un accord").
# ("that" and the relative "die" after a comma only directly before the word; an
# indefinite article skipped names a new act: "stressed that a new agreement", "la signature
# d'un accord")
_DEFINITE_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(?:(?:(?:the|this|its|their|het|de|deze|dit|dat|la|le|cette|cet|ce|"
    r"das|der|dem|den|diese[rsmn]?|dieses|(?<!,\s)die)\s+|l['’]\s*)"
    r"(?:(?!(?:an?|een|une?|d['’]une?|ein(?:e[mnrs]?)?)\s)[\w'’-]+\s+){0,2}|"
    r"(?:that|die)\s+)\Z"
)


def definite_before(low: str, floor: int, kw_start: int) -> bool:
    """Whether the act's word at `kw_start` follows a definite or demonstrative article (not
    before `floor`): "the agreement", "cet accord", "het convenant", "die Vereinbarung"."""
    return _DEFINITE_BEFORE.search(low, max(floor, kw_start - 40), kw_start) is not None


# The act as a pronoun or a word for any act, the subject of a term: "It runs for six years",
# "Signé pour deux ans, il favorisera ...", "The plan runs for two years", "Das Programm
# läuft drei Jahre", "Het plan loopt drie jaar", "Le programme couvre trois ans" (at the
# sentence's start or after its first comma)
# (a bare pronoun only before a verb of a term: "Het stadsbestuur", "es gibt", "il y a" are
# no act)
_TERM_PRONOUN: Final = re.compile(
    r"[\s,]*(?:(?:it|il|elle|het|es|sie)\s+(?:will\s+|zal\s+|wird\s+)?(?:runs?|lasts?|"
    r"is\s+valid|be\s+valid|covers?|applies|apply|remains?|expires?|has\s+a\s+(?:term|duration)|"
    r"loopt|lopen|geldt|gelden|duurt|duren|is\s+geldig|blijft|heeft\s+een\s+looptijd|"
    r"vervalt|gilt|gelten|läuft|laufen|dauert|ist\s+gültig|hat\s+eine\s+laufzeit|bleibt|"
    r"endet|court|courra|dure|durera|couvre|couvrira|est\s+valable|sera\s+valable|"
    r"a\s+une\s+durée|aura\s+une\s+durée|s['’]étend(?:ra)?|expire(?:ra)?|reste(?:ra)?|"
    r"prend\s+fin|prendra\s+fin)|"
    r"(?:the|this|het|dit|le|ce|cet|das|der|dieser|dieses)\s+(?:plan|programme|program|"
    r"programma|programm|document|documents|texte|text|tekst|dokument))(?![\w'’-])"
)
# a sentence opened by the act's participle and its term: "Signé pour deux ans, il
# favorisera ...", "Signed for five years, it ...": the pronoun after the comma is the act
_TERM_FRONTED: Final = re.compile(
    r"\s*(?:conclue?|signée?|valable|concluded|signed|valid|gesloten|getekend|geldig|"
    r"abgeschlossen|unterzeichnet|gültig)\s+(?:pour|for|voor|für|op)\s[^,]*,\s*"
    r"(?:it|il|elle|het|es|sie)\s"
)


def term_pronoun(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], a sentence that states a term, has the act as a pronoun or a
    word for any act as its subject, at its start or after its first comma (see
    `_TERM_PRONOUN`)."""
    comma = low.find(",", start, end)
    if _TERM_PRONOUN.match(low, start) is not None or _TERM_FRONTED.match(low, start):
        return True
    return comma >= 0 and _TERM_PRONOUN.match(low, comma) is not None


# An act signed before the event of the page: "had already signed", "bereits unterzeichnet",
# "avait déjà signé", "eerder getekend", "previously", "earlier".
_EARLIER: Final = re.compile(
    r"(?<![\w-])(?:already|earlier|previously|formerly|bereits|schon|früher|zuvor|déjà|"
    r"auparavant|précédemment|reeds|eerder|vroeger|destijds|jadis|had|hatten?|avait|avaient|"
    r"hadden)(?![\w-])"
)


def told_as_earlier(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells its act as done before the page's event ("had already
    signed", "bereits unterzeichnet", "avait déjà signé", "eerder getekend")."""
    return _EARLIER.search(low, start, end) is not None


def event_value(value: PartialDate, end_value: PartialDate | None) -> PartialDate:
    """The date an event gives an act signed during it: its day, or for a stay of several
    days ("from 3 to 9 November", "les 27 et 28 juin") its month when it stays in one month,
    else its first day."""
    if end_value is None or value.month is None:
        return value
    if (value.year, value.month) == (end_value.year, end_value.month):
        return PartialDate(value.year, value.month)
    return value


# The act of the sentence before, named back by a noun that is not its type: "hatten das
# Papier bereits am 3. Mai unterzeichnet", "the document was signed on 4 June", "le texte a été
# paraphé le 12 mars", "het document werd op 3 mei ondertekend", "das Vertragswerk, das am
# Montag unterzeichnet wurde" (with a definite or demonstrative article only: "a document"
# is another one).
_NAMED_BACK: Final = re.compile(
    r"(?<![\w-])(?:the|this|that|le|ce|cet|het|dit|dat|das|dieses|jenes)\s+"
    r"(?:document|paper|text|texte|papier|vertragswerk|dokument|schriftstück|stuk)(?![\w-])|"
    r"(?<![\w-])(?:de|deze)\s+tekst(?![\w-])"
)
# the words one of which such a sentence holds (a quick test before the pattern)
_NAMED_BACK_WORDS: Final = (
    "document", "paper", "text", "papier", "vertragswerk", "dokument", "schriftstück", "stuk",
    "tekst",
)  # fmt: skip


def named_back(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] names an act told before by a noun that is not its type ("das
    Papier", "the document", "le texte", "het document", "de tekst")."""
    return gated(low, start, end, _NAMED_BACK_WORDS, _NAMED_BACK)


# the act's noun named as the renewal itself: "the renewed agreement", "the new agreement", "de
# nieuwe/verlengde overeenkomst", "la nouvelle convention", "la convention renouvelée", "der
# erneuerte/neue Vertrag" (definite: the act just reported; "a new agreement" is a further one)
_RENEWAL_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:the|this|de|deze|het|la|le|l['’]|cette|ce|cet|der|die|das|den|dem|des)\s*"
    r"(?:renewed|extended|new|nieuwe?|verlengde|vernieuwde|hernieuwde|nouvelle|nouvel|"
    r"renouvel(?:ée|é)|reconduite?|prolongée?|neue[nmrs]?|erneuerte[nmrs]?|verlängerte[nmrs]?)"
    r"\s+\Z"
)
_RENEWAL_AFTER: Final = re.compile(
    r"\s*(?:renouvel(?:ée|é)e?s?|reconduite?s?|prolongée?s?|ainsi\s+renouvel(?:ée|é)e?s?)(?![\w-])"
)


def renewal_named(low: str, start: int, end: int) -> bool:
    """Whether the act's noun at low[start:end] names the renewal itself ("the renewed
    agreement was signed on ...", "la convention renouvelée a été signée le ...", "de nieuwe
    overeenkomst werd ... ondertekend"): a signing told of it is the renewal's, not the
    original act's."""
    return (
        _RENEWAL_BEFORE.search(low, max(0, start - 24), start) is not None
        or _RENEWAL_AFTER.match(low, end) is not None
    )


# A report's frame before the act's clause: "It emerged at yesterday's meeting that ...",
# "announced on Friday that ...", "maakte maandag bekend dat ...", "a annoncé lundi que ...",
# "teilte am Montag mit, dass ...": the date of the telling, not of the act told.
_REPORT_WORD: Final = re.compile(
    r"(?<![\w-])(?:announc(?:ed|es)|said|says|reported|confirmed|revealed|emerged|learned|"
    r"told|disclosed|stated|meeting|hearing|briefing|bekend|meldde|melden|zei|zegt|liet|"
    r"bevestigde|bleek|vergadering|annoncé|annonce|indiqué|déclaré|confirmé|précisé|appris|"
    r"réunion|séance|teilte|teilten|mitgeteilt|bekannt|sagte|berichtete|bestätigte|erklärte|sitzung)(?![\w-])"
)
_THAT: Final = opened(re.compile(r"(?<![\w-])(?:that|dat|que|qu['’]|dass)(?![\w-])"))


def reported_frame(low: str, d_start: int, d_end: int, k_start: int) -> bool:
    """Whether the date at low[d_start:d_end] dates the telling of the act whose noun starts
    at `k_start`: a reporting word before the date or between it and a "that" / "dat" /
    "que" / "dass" that opens the act's clause ("It emerged at yesterday's meeting that a
    memorandum was signed ... in May"); a cleft ("It was in 2015 that ...") has none."""
    if k_start - d_end > 160:
        return False
    comps = list(_THAT.finditer(low, d_end, k_start))
    if not comps:
        return False
    return _REPORT_WORD.search(low, max(0, d_start - 40), comps[-1].start()) is not None


# A date right after a reporting verb dates the report: "the port announced Tuesday", "said on
# Friday it had signed", "a annoncé mardi", "teilte am Montag mit", "maakte dinsdag bekend"
# (the date mention may hold its own "on" / "am" / "le").
_REPORT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:announc(?:ed|es)|said|says|reported|confirmed|revealed|disclosed|stated|"
    r"annoncé|annonce|indiqué|déclaré|confirmé|précisé|fait\s+savoir|teilte|teilten|"
    r"berichtete|bestätigte|erklärte|gab|meldde|maakte|liet|bevestigde|zei)\s+\Z"
)


def report_date(low: str, d_start: int) -> bool:
    """Whether the date mention starting at low[d_start] follows a reporting verb and so dates
    the report of an act, not its signing ("Port of X has signed ..., the port announced
    Tuesday", "X said on Friday it had signed ...")."""
    return _REPORT_BEFORE.search(low, max(0, d_start - 24), d_start) is not None


# An earlier act of the parties named by its noun: "the first agreement", "het vorige
# memorandum", "la précédente convention", "die erste Vereinbarung" (definite, one adjective).
_EARLIER_NAMED: Final = re.compile(
    r"(?<![\w-])(?:the|its|their|het|de|hun|la|le|l['’]|leur|sa|son|der|die|das|ihre?)\s*"
    r"(?:first|previous|earlier|former|original|eerste|vorige|vroegere|oorspronkelijke|"
    r"premi(?:ère|er)|précédente?|ancienne?|initiale?|erste[nr]?|vorherige[nr]?|frühere[nr]?|"
    r"bisherige[nr]?|ursprüngliche[nr]?)\s+\Z"
)


def earlier_named(low: str, start: int) -> bool:
    """Whether the act's noun starting at `start` is named as an earlier act of the same
    parties ("the first agreement ran from January 2014 to December 2018", "het vorige
    memorandum, voor de periode 2016-2020")."""
    return _EARLIER_NAMED.search(low, max(0, start - 32), start) is not None


# An act that ran its course: "is eind vorig jaar afgelopen", "expired in 2018", "ran out",
# "est arrivée à échéance", "ist 2020 ausgelaufen" (no lapse of a verb's tense: "afgelopen jaar")
_RAN_OUT: Final = re.compile(
    r"(?<![\w-])(?:(?:is|zijn|was|waren)\s+(?:[\w-]+\s+){0,4}afgelopen(?!\s+(?:jaar|week|maand))|"
    r"expired|ran\s+out|arrivée?s?\s+à\s+(?:son\s+)?(?:échéance|terme)|(?:aus|ab)gelaufen)(?![\w-])"
)


def ran_out(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells an act that ran its course ("het vorige memorandum ... is
    eind vorig jaar afgelopen", "the first agreement expired", "ist ausgelaufen")."""
    return _RAN_OUT.search(low, start, end) is not None


# The formula that closes an act's own text and dates it: "This Proclamation was signed in
# Dalian on ...", "Done at Kolkata on ...", "Signed in duplicate in Washington on ...", "Fait à
# Angoulême, le ...", "Fait en deux exemplaires à ...", "Geschehen zu Bonn am ...",
# "Unterzeichnet in Hamburg, den ...", "Gedaan te Gent op ...", "Opgemaakt in tweevoud te ...",
# or the date first ("Signed on 4 May 2017 in ...", "Fait le 12 juin 2014 à ...", "Unterzeichnet
# am 5. Mai 2011 in ...", "Ondertekend op 4 juni 2018 te ...")
_CLOSING: Final = re.compile(
    r"\s*(?:(?:this|the\s+present)\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:was|is|has\s+been)\s+)?"
    r"(?:signed|done|made|executed|fait|sign[ée]e?|établie?|geschehen|unterzeichnet|"
    r"ausgefertigt|gedaan|opgemaakt|getekend|ondertekend)"
    r"(?:\s+in\s+(?:duplicate|two\s+originals?|tweevoud)|"
    r"\s+en\s+(?:double|deux|trois)(?:\s+exemplaires?)?(?:\s+originaux)?|"
    r"\s+in\s+(?:zweifacher|doppelter)\s+ausfertigung)?,?"
    r"\s+(?:(?:at|in|à|zu|te)\s+(?=[^\W\d_])|(?:on|le|am|den|op)\s+(?=\d))",
    re.IGNORECASE,
)
# the words one of which a closing formula opens with (a quick test before the pattern)
_CLOSING_WORDS: Final = (
    "this", "the present", "signed", "done", "made", "executed", "fait", "sign", "établi",
    "geschehen", "unterzeichnet", "ausgefertigt", "gedaan", "opgemaakt", "getekend",
    "ondertekend",
)  # fmt: skip


def closing_formula(low: str, start: int, end: int) -> int | None:
    """Where the head of the formula closing an act's own text ends when low[start:end] opens
    with one ("this memorandum was signed in <city> on <date>", "done at <city>, ...", "fait à
    <ville>, le <date>", "geschehen zu <Ort> am <Datum>", "gedaan te <plaats> op <datum>"):
    the date after it is the act's signing date. None when the sentence is no such formula."""
    head = low[start : min(end, start + 60)].lstrip()
    if not head.startswith(_CLOSING_WORDS):
        return None
    m = _CLOSING.match(low, start, end)
    return m.end() if m is not None else None


# a sentence that makes the act its text is ("the two ports hereby reaffirm", "le présent
# protocole", "hiermit", "hierbij", "par la présente")
_OWN_ACT: Final = re.compile(
    r"(?<![\w-])(?:hereby|herewith|hiermit|hierbij|hierdoor|par\s+la\s+présente|"
    r"(?:le|la|du|de\s+la|au|à\s+la)\s+présente?)(?![\w-])"
    # "la présente délibération": the council's decision, not the act
    r"(?!\s+(?:délibération|décision|séance|note|lettre|communication))"
)


def own_act(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells the act the text itself is ("hereby", "hiermit", "hierbij",
    "le présent protocole", "par la présente")."""
    part = low[start:end]
    if "here" not in part and "hier" not in part and "présent" not in part:
        return False
    return _OWN_ACT.search(low, start, end) is not None


# A renewal the act allows, not one that happened: "it can be extended", "le pacte pourra être
# reconduit", "sie kann danach verlängert werden", "het akkoord kan worden verlengd" (the term
# sentence that says so still gives the act's term)
_MAY_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:can|may|could|might)\s+(?:[\w-]+\s+)?be|pourra|pourront|peut|peuvent|"
    r"pourrait|pourraient|kann|können|könnte|könnten|soll|sollen|kan|kunnen|mag|mogen)"
    r"(?:\s+[\w'’-]+){0,4}?\s+\Z"
)


def possible_renewal(low: str, start: int, floor: int) -> bool:
    """Whether the renewal word at `start` is under a modal of possibility ("can be extended",
    "pourra être reconduit", "kann verlängert werden", "kan worden verlengd"), from lower-cased
    text (nothing before `floor` is read)."""
    return before(_MAY_BEFORE, low, start, floor, 40)


# the renewal an act allows, as the status lexicon reads it (a plan): "can be extended", "may
# be renewed", "peut être prolongé", "kann verlängert werden", "kan worden verlengd"
_ALLOWED_RENEWAL: Final = re.compile(
    r"(?<![\w-])(?:(?:can|may|could|might)\s+(?:also\s+)?be\s+(?:extended|renewed|prolonged)|"
    r"(?:peut|peuvent|pourra|pourront)\s+être\s+(?:prolongée?s?|renouvelée?s?|reconduite?s?)|"
    r"(?:kann|können)\s+(?:[\w-]+\s+){0,3}?verlängert\s+werden|"
    r"(?:kan|kunnen)\s+(?:[\w-]+\s+){0,3}?(?:worden\s+verlengd|verlengd\s+worden))(?![\w-])"
)


def allowed_renewal(low: str, start: int, end: int) -> bool:
    """Whether the status marker low[start:end] is a renewal the act allows ("can be extended",
    "peut être prolongé", "kann verlängert werden", "kan worden verlengd"), no plan of an act."""
    return _ALLOWED_RENEWAL.search(low, max(0, start - 30), end + 30) is not None


# An act told as one more of the signing just reported: "Zudem schlossen ...", "Un mémorandum
# ... a également été signé", "In addition, the universities signed ...", "Daarnaast tekenden
# ...", "also signed", "ook ondertekend", "ebenfalls unterzeichnet".
_ADDED: Final = re.compile(
    r"(?<![\w-])(?:also|in\s+addition|additionally|as\s+well|zudem|außerdem|ausserdem|"
    r"ebenfalls|darüber\s+hinaus|également|aussi|de\s+plus|en\s+outre|par\s+ailleurs|ook|"
    r"eveneens|daarnaast|bovendien)(?![\w-])"
)
# the words one of which such a phrase holds (a quick test before the pattern)
_ADDED_WORDS: Final = (
    "also", "addition", "as well", "zudem", "außerdem", "ausserdem", "ebenfalls", "darüber",
    "également", "aussi", "de plus", "en outre", "ailleurs", "ook", "eveneens", "daarnaast",
    "bovendien",
)  # fmt: skip


def added_act(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells its act as one more of those just reported ("Zudem
    schlossen ...", "a également été signé", "In addition, ... signed", "Daarnaast ...")."""
    return gated(low, start, end, _ADDED_WORDS, _ADDED)


# The words of a tie that read plural but name one ("sister city relations", "les relations
# d'amitié", "die Beziehungen", "de banden"): no plural act.
_ONE_TIE_WORDS: Final = frozenset(
    "relations relationships ties links liens betrekkingen banden relaties beziehungen "
    "bindungen verbindungen".split()
)


def plural_act(low: str, start: int, end: int, language: str) -> bool:
    """Whether the act's noun at low[start:end] is written in the plural, naming every act of
    its kind the page told: "The agreements, signed on Tuesday", "both memoranda", "les deux
    accords ont été signés lundi", "de overeenkomsten werden dinsdag ondertekend", "die
    Vereinbarungen wurden am Mittwoch unterzeichnet". The head is the first word of the noun
    ("letters of intent", "accords de coopération") or its last ("sister port agreements");
    "Abkommen", the same in both numbers, is read as one."""
    words = re.findall(r"[^\W\d_]+(?:['’]s)?", low[start:end])
    if not words:
        return False
    for w in {words[0], words[-1]}:
        if w in _ONE_TIE_WORDS or w.endswith("kommen"):
            continue
        if w in ("mous", "mou's", "mou’s"):  # not a possessive ("agreement's")
            return True
        if w.endswith(("nda", "ten", "ngen", "räge", "nden", "rden")):
            return True
        if language in ("en", "fr") and w.endswith(("s", "x")) and not w.endswith(("ss", "us")):
            return True
        if language == "nl" and w.endswith("en") and len(w) > 4:
            return True
    return False


# What may follow the participle that closes a German or Dutch clause: its auxiliary, then the
# clause's end ("unterzeichnet wurde.", "ondertekend werd,", "unterzeichneten.")
_CLAUSE_CLOSE: Final = re.compile(
    r"(?:\s+(?:wurde|wurden|worden|werden|hat|haben|hatte|hatten|ist|sind|war|waren|werd|"
    r"is|zijn|was|heeft|hebben|had|hadden))?\s*(?:[.,;!?)]|\Z)"
)
# a subordinate clause opened after a comma: the date stands in another clause than the verb
_CLAUSE_OPENER: Final = re.compile(
    r",\s*(?:dass|weil|wo|wobei|als|nachdem|bevor|während|und|aber|die|der|das|den|dem|deren|"
    r"dessen|dat|omdat|waar|toen|nadat|voordat|terwijl|en|maar|wat|welke|wie)(?![\w-])"
)


def verb_last_date(low: str, d_start: int, d_end: int, m_start: int, m_end: int) -> bool:
    """Whether a date opens the German or Dutch clause its signing participle closes, with the
    signatories between: "Am Mittwoch wurde im Landratsamt eine Absichtserklärung von Landrat
    X und Oberbürgermeister Y unterzeichnet", "das gestern in Wernigerode Rektor X und der
    Präsident der Universität, Y, unterzeichneten", "Op dinsdag werd in het stadhuis door
    burgemeester X en gedeputeerde Y een overeenkomst ondertekend". At most 160 characters
    between; commas only around an apposition (in pairs) and none opening a clause."""
    if d_end > m_start or m_start - d_end > 160:
        return False
    gap = low[d_end:m_start]
    if any(c in gap for c in ";:()") or gap.count(",") % 2:
        return False
    return _CLAUSE_OPENER.search(gap) is None and _CLAUSE_CLOSE.match(low, m_end) is not None


# the place where an act was signed, after a signing verb or a signing day and a preposition
# of place: "signée le 9 juin à Yueyang", "signed in Hangzhou", "signed on 5 May at Rennes",
# "getekend te Utrecht", "op 8 maart in Wuhan"; "en"/"au" only in French before a country
# ("signé en Chine"). A name after a bare "in"/"en" is no venue: "a school in Hangzhou",
# "Tilburg en Chengdu" (Dutch "and").
_MONTH: Final = (
    r"(?:jan(?:uary|uari|uar|vier)?|feb(?:ruary|ruari|ruar)?|février|fevrier|"
    r"m(?:arch|aart|ärz|ars)|a(?:pril|vril)|m(?:ay|ei|ai)|jui?n[ei]?|juin|juillet|jul[iy]|"
    r"a(?:ugust(?:us)?|oût|out)|sept(?:ember|embre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|"
    r"d(?:e[cz]ember|ezember|écembre|ecembre))\.?"
)
_SIGN_OR_DAY: Final = (
    r"(?:signed|sign(?:é|ée|és|ées)|getekend|ondertekend|unterzeichnet|unterschrieben|"
    r"concluded|conclu(?:e|s|es)?|gesloten|geschlossen|"
    r"\d{1,2}(?:er|\.)?\s+" + _MONTH + r"(?:\s+\d{4})?|" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?)"
)
_VENUE_BEFORE: Final = re.compile(
    r"(?<![\w-])" + _SIGN_OR_DAY + r",?\s+(?:à|in|at|te)\s+(?:the\s+)?\Z"
)
_VENUE_BEFORE_COUNTRY: Final = re.compile(
    r"(?<![\w-])" + _SIGN_OR_DAY + r",?\s+(?:à|in|at|te|en|au)\s+(?:the\s+)?\Z"
)
# the German or Dutch participle right after the place: "in Qingdao unterzeichnet", "in
# Wuhan ondertekend"
_BARE_VENUE: Final = re.compile(r"(?<![\w-])(?:in|te)\s+\Z")
_SIGNED_AFTER: Final = re.compile(
    r"\s+(?:unterzeichnet|unterschrieben|geschlossen|ondertekend|getekend|gesloten)(?![\w-])"
)


def venue_before(low: str, start: int, end: int, french_country: bool = False) -> bool:
    """Whether the name at low[start:end] of lower-cased text is where an act was signed, no
    party to it: right after a signing verb or day and a preposition of place ("signée le
    3 mai à Yueyang", "signed in Hangzhou", "getekend te Utrecht"), or before the German or
    Dutch participle ("in Qingdao unterzeichnet"). `french_country`: the name is a country in
    a French text, which may follow "en"/"au" ("signé en Chine")."""
    rx = _VENUE_BEFORE_COUNTRY if french_country else _VENUE_BEFORE
    if rx.search(low, max(0, start - 40), start) is not None:
        return True
    return (
        _BARE_VENUE.search(low, max(0, start - 4), start) is not None
        and _SIGNED_AFTER.match(low, end) is not None
    )


# Two verbs of one act coordinated in one sentence, its signing first and its renewal after a
# conjunction: "die in 2011 met Hubei een vriendschapsakkoord sloot en die overeenkomst in
# 2021 voor vier jaar verlengde", "hat 2013 mit Wuxi eine Vereinbarung geschlossen und sie
# 2023 um drei Jahre verlängert", "une convention signée en 2014 pour quatre ans et renouvelée
# en 2018", "signed an agreement in 2010 and renewed it in 2020". Each verb governs the dates
# and the term of its own conjunct: the signing's are the original act's, the renewal's the
# renewal's. The conjunction is the last one before the renewal verb, with no stop, colon
# or semicolon (a new clause) between the two verbs.
_CONJUNCTION: Final = re.compile(r"(?<![\w-])(?:and|en|et|und)(?![\w-])")
# (a line break is no stop: pages wrap their lines; a blank line is)
_CLAUSE_STOP: Final = re.compile(r"[.;:!?]|\n\s*\n")


def signing_conjunct(
    low: str, sign_end: int, renew_start: int, language: str
) -> tuple[int, int] | None:
    """(start, end) of the conjunction between a signing verb ending at `sign_end` and a
    renewal verb starting at `renew_start` in lower-cased text ("... sloot met Hubei en die
    overeenkomst in 2021 verlengde", "... geschlossen und sie 2023 verlängert", "... signée en
    2014 et renouvelée"), or None when no conjunction joins them in one clause. "en" is a
    conjunction in Dutch only (a preposition in French: "signée en 2014")."""
    if renew_start <= sign_end or renew_start - sign_end > 120:
        return None
    if _CLAUSE_STOP.search(low, sign_end, renew_start) is not None:
        return None
    last: tuple[int, int] | None = None
    for m in _CONJUNCTION.finditer(low, sign_end, renew_start):
        if low.startswith("en", m.start()) and language != "nl":
            continue
        last = (m.start(), m.end())
    return last


# a year written between an article and the act's noun: "a 2019 letter of intent", "een 2019
# gesloten akkoord" is read by `origin_date`; here the indefinite and bare forms it leaves
_ARTICLE: Final = re.compile(r"(?<![\w-])(?:a|an|een|ein|eine|einer|einem|un|une)\s+\Z")


def year_before_noun(low: str, d_start: int, d_end: int, kw_start: int) -> bool:
    """Whether the date at low[d_start:d_end] is a year between an indefinite article and the
    act's noun at `kw_start` ("a 2019 letter of intent", "an 2018 MoU"): the act's origin."""
    return (
        d_end <= kw_start
        and not low[d_end:kw_start].strip()
        and d_end - d_start == 4
        and low[d_start:d_end].isdigit()
        and _ARTICLE.search(low, max(0, d_start - 8), d_start) is not None
    )


# A jubilee phrase names the act whose years it counts: "the 12th anniversary of the friendship
# city ties", "lors du 30e anniversaire du jumelage", "zum 30-jährigen Bestehen der
# Städtepartnerschaft", "de vijftiende verjaardag van het vriendschapsakkoord". Another act of
# the sentence ("ont signé un mémorandum lors du 30e anniversaire du jumelage", "schlossen zum
# 30-jährigen Bestehen der Städtepartnerschaft ein Memorandum") counts no years from it, and
# of two jubilees ("the 35th anniversary of A, and the 10th anniversary of B") each act takes
# its own.
_ORDINAL_WORDS: Final = {
    "first": 1, "fifth": 5, "tenth": 10, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "premier": 1, "cinquième": 5, "dixième": 10, "quinzième": 15, "vingtième": 20,
    "vingt-cinquième": 25, "trentième": 30, "quarantième": 40, "cinquantième": 50,
    "eerste": 1, "vijfde": 5, "tiende": 10, "vijftiende": 15, "twintigste": 20,
    "vijfentwintigste": 25, "dertigste": 30, "veertigste": 40, "vijftigste": 50,
    "zehnte": 10, "zehnten": 10, "fünfzehnte": 15, "fünfzehnten": 15, "zwanzigste": 20,
    "zwanzigsten": 20, "fünfundzwanzigste": 25, "fünfundzwanzigsten": 25, "dreißigste": 30,
    "dreißigsten": 30, "vierzigste": 40, "vierzigsten": 40, "fünfzigste": 50, "fünfzigsten": 50,
}  # fmt: skip
_JUBILEE: Final = re.compile(
    r"(?<![\w-])(?:(?P<n>\d{1,3})(?:st|nd|rd|th|e|ème|ste|de|\.)?|(?P<w>"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r"))[\s-]*(?:year\s+)?(?:anniversary|anniversaire|verjaardag|jubileum|jahrestag|jubiläum|"
    r"(?:jarig|jährig)(?:e[snmr]?)?\s+(?:bestaan|jubileum|jubiläum|bestehen))(?![\w-])"
)
# the noun a jubilee phrase governs: "of the", "du", "de la", "der", "van de", "d'"
_JUBILEE_OF: Final = re.compile(r"\s*(?:(?:of|du|de|des|der|van|von)(?![\w-])|d['’])")
# (no indefinite article between: "zum 30-jährigen Bestehen der Städtepartnerschaft ein
# Memorandum" starts a new noun phrase, another act)
_JUBILEE_GAP: Final = re.compile(
    r"(?:(?!(?<![\w-])(?:a|an|ein|eine|einen|einer|un|une|een)(?![\w-]))[^.,;:()]){0,50}"
)
# a relative clause of the act's noun: "het vriendschapsakkoord dat A en B op 3 oktober 2011
# tekenden", "the agreement that A and B signed on ...", "l'accord que ... a signé le"
_RELATIVE_CLAUSE_OPEN: Final = re.compile(
    r"\s*,?\s*(?:(?:die|dat|that|which|qui|que|den|das|welche[nrs]?)(?![\w-])|qu['’])[^.;:]{0,80}\Z"
)


def jubilee_of(
    low: str, start: int, end: int, k_start: int, k_end: int, d_start: int | None, n: int
) -> int | None:
    """The years of the jubilee of the act whose noun is at low[k_start:k_end] in the unit
    low[start:end], where `n` is the unit's first count of years: the count of the jubilee
    phrase that governs the noun ("the 12th anniversary of the friendship city ties"); None
    when every jubilee phrase of the unit governs another noun ("a memorandum ... on the 30th
    anniversary of the twinning"), or when the act's date at `d_start` stands in a relative
    clause of its noun after a jubilee of its own ("de vijftiende verjaardag van het
    vriendschapsakkoord dat A en B op 3 oktober 2011 tekenden": its signing);
    else `n` (a phrase this reading does not know, or one of no noun: "its 30th anniversary")."""
    own: int | None = None
    bare = False
    other = False
    for m in _JUBILEE.finditer(low, start, end):
        raw = m.group("n")
        count = int(raw) if raw else _ORDINAL_WORDS.get(m.group("w") or "", 0)
        governs = _JUBILEE_OF.match(low, m.end(), end)
        if (
            m.end() <= k_start
            and governs is not None
            and _JUBILEE_GAP.fullmatch(low, m.end(), k_start) is not None
        ):
            own = count or None  # the last phrase before the noun that governs it
        elif governs is not None:
            other = True
        else:
            bare = True
    if own is not None:
        if d_start is not None and _RELATIVE_CLAUSE_OPEN.match(low, k_end, d_start) is not None:
            return None
        return own
    if bare or not other:
        return n
    return None
