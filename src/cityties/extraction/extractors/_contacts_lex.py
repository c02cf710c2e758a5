"""Words and patterns of contact blocks in English, Dutch, French and German."""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ADDRESS",
    "BRACKETED_CODE",
    "CONTACT_LABEL",
    "DASHED_CODE",
    "EMAIL",
    "EMPTY_LABEL",
    "FAX_LABEL",
    "HEADER_LABEL",
    "NAME_PARTICLES",
    "NANP",
    "NOT_PHONE_LABEL",
    "OBFUSCATED_AT",
    "OBFUSCATED_EMAIL",
    "ORG_WORDS",
    "PHONE",
    "PHONE_LABEL",
    "PHONE_SCAN",
    "ROLE_LABEL",
    "ROLE_WORDS",
    "TITLE",
    "UNIT_LABEL",
    "UNIT_WORDS",
    "URL",
    "search_phone_label",
]

_I = re.IGNORECASE

EMAIL: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,24}(?![\w-])")


def email_matches(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The matches of `EMAIL.finditer(text, start, end)`, tried only where one can start: at
    the start of the run of [\\w.+-] before each "@" (a pattern that opens with a look-behind
    is tried at every character). Inside the run the look-behind fails, and the run leads to
    that "@" only; a run that starts before `start` or inside the match before holds none."""
    stop = len(text) if end is None else min(end, len(text))
    out: list[re.Match[str]] = []
    last = start
    a = text.find("@", start, stop)
    while a >= 0:
        r = a
        while r > 0 and (text[r - 1].isalnum() or text[r - 1] in "_.+-"):
            r -= 1
        if last <= r < a:
            m = EMAIL.match(text, r, stop)
            if m is not None:
                out.append(m)
                last = m.end()
        a = text.find("@", max(a + 1, last), stop)
    return out


OBFUSCATED_EMAIL: Final = re.compile(
    r"(?<![\w.+-])(?P<user>[\w.+-]+)\s*[\[(]\s*(?:at|@)\s*[\])]\s*(?P<domain>[\w-]+"
    r"(?:\s*(?:\.|[\[(]\s*dot\s*[\])])\s*[\w-]+)+)",
    _I,
)
# What every OBFUSCATED_EMAIL match holds ("[at]", "(@)"): a quick test before the full
# pattern, which tries every word of a text.
OBFUSCATED_AT: Final = re.compile(r"[\[(]\s*(?:at|@)\s*[\])]", _I)
URL: Final = re.compile(r"(?:https?://|www\.)\S+", _I)

# A phone number: international ("+32 9 210 10 10", "+ 32 478789501", "0032 ...",
# "+86-022-...") or national with a trunk 0 ("09 210 10 10", "(0)9 ...", "03831 252-0").
PHONE: Final = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?\d{1,3}|\(?0\d{1,5}\)?)(?:[\s./\-]*\(?\d{1,6}\)?){1,7}(?![\w@])"
)
# PHONE for scans of a whole text: the same matches, but the check of the character before
# comes after the first character, so that re skips at once to a "+", "0" or "(".
PHONE_SCAN: Final = re.compile(
    r"(?:\+(?<![\w+]\+)\s?\d{1,3}|0(?<![\w+]0)0\s?\d{1,3}|\((?<![\w+]\()0\d{1,5}\)?"
    r"|0(?<![\w+]0)\d{1,5}\)?)(?:[\s./\-]*\(?\d{1,6}\)?){1,7}(?![\w@])"
)
# A country code in brackets without its "+" ("(853) 8822 4135", "(32) 9 267 86 52"), which
# PHONE does not read (it takes "(0...)" for a trunk prefix); the code must be a country's
# and the whole number valid (`contacts._bracketed_code`).
BRACKETED_CODE: Final = re.compile(
    r"\((?<![\w(]\()[ \t]?(?P<cc>[1-9]\d{0,2})[ \t]?\)[ \t.-]*(?:\(0\)[ \t]*)?"
    r"(?P<rest>\d[\d \t./-]{4,16}\d)(?![\w@])"
)
# A country code joined by a dash, without its "+", as Chinese pages write it after a phone
# label ("Tel: 86-592-2678557", "86-0513-5501 2928"): read only right after the label.
# (The check of the character before comes after the first digit, as in PHONE_SCAN: re then
# skips at once to a digit from 1 to 9.)
DASHED_CODE: Final = re.compile(
    r"(?P<cc>[1-9](?<![\w+.-][1-9])\d{1,2})-(?P<rest>0?\d{1,4}-\d[\d \t-]{4,12}\d)(?![\w@-])"
)
# A North American number as written at home ("418 641-6010", "(418) 641-6010",
# "1-800-555-0199"): area code and exchange of three digits, a line number of four.
NANP: Final = re.compile(
    r"(?<![\w+(.,/-])(?:1[\s.-])?(?:\([2-9]\d\d\)\s?|[2-9]\d\d[\s.-])[2-9]\d\d[\s.-]\d{4}"
    r"(?![\w@]|[.,/-]\d)"
)
PHONE_LABEL: Final = re.compile(
    r"(?:(?<![\w])(?:(?:tel(?:ephone|éphone|efoon|efon)?|tél(?:éphone)?|phone|ph|mobile|mobiel|mob|"
    r"gsm|cell(?:phone)?|handy|mobil|fon|portable|port)(?:\s?(?:nummer|number|nr|no)\.?)?|"
    r"durchwahl|direct\s+line|direct|switchboard|centrale|zentrale|standard)"
    r"(?![\w])\.?\s*(?:\([^)]{0,20}\)\s*)?"
    r"[:.：]?|(?<![\w])[TtMm]\s*[:：]|(?<![\w])(?-i:[TM])\.?(?=\s+\+))\s*(?=[+(\d])",
    _I,
)
# Where a PHONE_LABEL match can start: a word's first letter, one that a label opens with
# ("ſ" is an "s" to re.IGNORECASE). re skips at once to these letters.
_PHONE_LABEL_START: Final = re.compile(r"[CDFGHMPSTZcdfghmpstz\u017f](?<![\w].)")


def search_phone_label(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """`PHONE_LABEL.search(text, pos, endpos)`, faster: the pattern, whose every branch opens
    with a look-behind, is tried only where a label's first letter starts a word."""
    end = len(text) if endpos is None else endpos
    for c in _PHONE_LABEL_START.finditer(text, pos, end):
        m = PHONE_LABEL.match(text, c.start(), end)
        if m is not None:
            return m
    return None


# "Fax:", "Fax +32", "Telefax", "Télécopie :", "F." or "F " before a number: not a phone.
FAX_LABEL: Final = re.compile(
    r"(?<![\w])(?:(?:tele)?fax(?:nummer|-?nr\.?)?|télécopie(?:ur)?|telecopie|téléfax)\s*[.:：]?"
    r"\s*$|(?<![\w])f\s*[.:：]\s*$|(?<![\w])(?-i:F)\s+$",
    _I,
)
# Labels of numbers that are not phones: company, tax and bank numbers, file references,
# post boxes ("Ondernemingsnummer 0207.451.227", "IBAN BE68 5390 0754 7034").
NOT_PHONE_LABEL: Final = re.compile(
    r"(?<![\w])(?:iban|bic|swift|btw|vat|tva|kbo|ondernemingsnummer|enterprise\s+number|"
    r"company\s+(?:no|number|registration)|registration\s+(?:no|number)|siret|siren|"
    r"ust-?id(?:nr)?|steuernummer|steuer-nr|konto(?:nummer)?|account|rekening(?:nummer)?|"
    r"compte|kenmerk|aktenzeichen|az|drucksache|vorlage|zaaknummer|dossiernummer|referentie|"
    r"reference|postbus|postfach|p\.?\s?o\.?\s+box|case\s+(?:no|number)|report\s+(?:no|number)|"
    r"délibération|beschluss(?:-?nr)?|besluitnummer|order\s+(?:no|number))(?![\w])",
    _I,
)
EMPTY_LABEL: Final = re.compile(
    r"^\s*(?:e-?mail|mail|courriel|tel(?:ephone|éphone|efoon|efon)?|phone|gsm|mobile|fax|telefax|"
    r"télécopie|mobil|handy|portable|"
    r"website|web|url)\s*[.:：]?\s*$",
    _I,
)
CONTACT_LABEL: Final = re.compile(
    r"^\s*(?:for|voor|pour|für)?\s*(?:[^\W\d_]{3,20}\s+contacts?(?=\s*[:：])|"
    r"(?:press|media|further|more)?\s*contacts?(?:\s*(?:person|persons|"
    r"personne|details|information|info|presse|press|média|media))?|contactpersoon|contactpersonen|"
    r"contactgegevens|perscontact|ansprechpartner(?:in)?|kontakt(?:person)?|pressekontakt|"
    r"rückfragen|auskunft(?:\s+erteilt)?|personne\s+de\s+contact|contact\s+presse|renseignements|"
    r"(?:for\s+)?(?:further|more)\s+info(?:rmation)?|(?:voor\s+)?meer\s+info(?:rmatie)?|"
    r"(?:für\s+)?(?:weitere|mehr)\s+info(?:rmationen|s)?|"
    r"(?:pour\s+)?plus\s+d['’]info(?:rmation)?s?|informatie|"
    r"(?:pour\s+)?(?:tout|tous\s+les)\s+renseignements?|"
    r"(?:(?:press|media|general|follow-up|further)\s+)?(?:inquiries|enquiries)|"
    r"behandelend\s+ambtena(?:ar|ren)|behandeld\s+door|inlichtingen|"
    r"(?:dossier|affaire)\s+suivie?\s+par|bearbeitet\s+von|bearbeiter(?:in)?|sachbearbeitung|"
    r"relations?\s+(?:presse|médias)|contacts?\s+médias?|medienkontakt|presseanfragen|"
    r"medienanfragen|anfragen|persvragen|persinformatie|vragen|questions)"
    # "für die Presse", "pour la presse", "voor de pers", "for the media"
    r"(?:\s+(?:für\s+(?:die\s+)?(?:presse|medien)|pour\s+la\s+presse|voor\s+de\s+(?:pers|media)|"
    r"for\s+(?:the\s+)?(?:press|media)))?"
    r"(?![\w])\s*[:.\-–]?\s*"
    # "... bij Sanne de Vries", "... please contact:", "... contacter Jean Roy"
    r"(?:,?\s*(?:please\s+)?(?:(?:kunt\s+u\s+)?contact\s+opnemen\s+met|contact(?:ez|er|eer)?|"
    r"kontaktieren\s+sie|wenden\s+sie\s+sich\s+an|neem\s+contact\s+op\s+met|bij|bei|met|"
    r"with|from|auprès\s+de|chez|an|to)(?![\w])\s*[:.\-–]?\s*)?",
    _I,
)
# A label that says what the rest of a line is: a unit or a role ("Afdeling: ...").
UNIT_LABEL: Final = re.compile(
    r"^\s*(?:department|dept|unit|division|service|direction|afdeling|dienst|team|abteilung|"
    r"fachbereich|referat|amt|organisationseinheit)\s*:\s*",
    _I,
)
ROLE_LABEL: Final = re.compile(
    r"^\s*(?:function|position|title|job\s+title|functie|fonction|titre|funktion)\s*:\s*",
    _I,
)
HEADER_LABEL: Final = re.compile(
    r"^\s*(?:institution|instelling|organisation|organization|organisatie|einrichtung|"
    r"organisme)\s*:\s*",
    _I,
)
ADDRESS: Final = re.compile(
    r"\b\d{4,5}\s+[A-ZÀ-Þ][\w-]+|\b[A-ZÀ-Þ][\w-]*(?:straat|laan|plein|markt|weg|kaai|dreef|"
    r"straße|strasse|platz|gasse|allee|ring)\s+\d|\b\d+\s*,?\s*(?:rue|avenue|boulevard|place|"
    r"street|road|avenue|lane|square)\b|\b(?:rue|avenue|boulevard|place|street|road)\s+\w+"
    r".*\d|\bp\.?o\.?\s*box\b|\bpostbus\b|\bpostfach\b",
    _I,
)
# Titles before a name, one or several ("Prof. Dr.", "Herr Dr.", "Mag.", "drs.").
TITLE: Final = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|dhr|mevr|mw|herr|frau|m|mme|mlle|monsieur|madame|mevrouw|"
    r"meneer|ir|ing|drs|mag|dipl\.-ing|dipl\.-kfm|dr\.-ing|dr\.\s?rer\.\s?\w+|dr\.\s?h\.\s?c)"
    # "M." is a title, not the first initial of "M.J. de Visser"
    r"(?:\.(?![A-ZÀ-Þ]\.)\s*|\s+)(?=\S))+",
    _I,
)
NAME_PARTICLES: Final = frozenset(
    "van den der de von zu le la du di da dos del della ten ter 't op het bin al el y".split()
)

_ORG = (
    r"city\s+of|town\s+of|municipality|stad|stadt|gemeente|gemeinde|ville\s+de|commune\s+de|"
    r"hansestadt|university|universiteit|universität|université|hochschule|college|"
    r"chamber|kamer|kammer|chambre|port\s+of|port\s+authority|havenbedrijf|hafen|"
    r"council|raad|rat\b|conseil|province|provincie|provinz|county|région|region|"
    r"ministry|ministerie|ministerium|ministère|embassy|ambassade|botschaft|consulate|"
    r"consulaat|konsulat|consulat|government|regering|regierung|gouvernement|"
    r"association|vereniging|verein|agency|agentschap|agentur|agence|foundation|stichting|"
    r"stiftung|fondation|company|network\b|netwerk\b|netzwerk\b|réseau\b|\bnv\b|\bbv\b|\bgmbh\b|\bag\b|\bsa\b|\bltd\b|\binc\b"
    # legal forms of associations and firms: "HWBK e.V.", "ZLT vzw", "ORPA asbl", "X plc"
    r"|\be\.\s?v\.(?!\w)|\bvzw\b|\basbl\b|\bplc\b|\bllc\b"
)
ORG_WORDS: Final = re.compile(r"(?:" + _ORG + r")", _I)
UNIT_WORDS: Final = re.compile(
    r"(?:department|dept\.?|office|service|services|division|unit\b|bureau|team|section|"
    r"directorate|relations|international|networking|cabinet|secretariat|desk|"
    r"dienst|afdeling|departement|kabinet|cel\b|abteilung|amt\b|referat|büro|fachbereich|"
    r"fachdienst|stabsstelle|sachgebiet|direction|pôle|cellule|mission|secrétariat|"
    r"communication|communicatie|kommunikation|protocol|protokoll|protocole|press|pers\b|"
    r"presse|marketing|economy|economie|wirtschaft|économie|europe|europa|\baffairs|"
    r"\bdevelopment|\beconomic|\btrade\b|\binvestment|\btourism|\bcultur|\bpartnerships?\b|"
    r"\bcooperation|\bsamenwerking|\bzusammenarbeit|\bcoopération|beziehungen|betrekkingen|"
    r"angelegenheiten|\bzaken\b|\brelaties\b|\bstrategy|\bpolicy|\bbeleid|\bplanning)",
    _I,
)
ROLE_WORDS: Final = re.compile(
    r"(?:mayor|deputy|director|head\s+of|manager|officer|coordinator|co-ordinator|advis[eo]r|"
    r"secretary|chair(?:man|woman|person)?|president|spokes(?:person|man|woman)|"
    r"counsellor|consultant|assistant|specialist|burgemeester|schepen|directeur|diensthoofd|"
    r"beleidsmedewerker|woordvoerder|medewerker|adviseur|coördinator|verantwoordelijke|"
    r"bürgermeister(?:in)?|oberbürgermeister(?:in)?|leiter(?:in)?|referent(?:in)?|"
    r"sachbearbeiter(?:in)?|pressesprecher(?:in)?|sprecher(?:in)?|beauftragte[r]?|"
    r"maire|adjoint(?:e)?|chargée?\s+de|responsable|directrice|attachée?|conseill[eè]re?|"
    r"délégué(?:e)?|porte-parole|présidente?)",
    _I,
)
