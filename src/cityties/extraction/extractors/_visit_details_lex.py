"""Words of visit reports in English, Dutch, French and German (cityties.visit_details).

Section headings, the phrases that introduce delegation members, outcomes, follow-up actions
and gifts, honorifics, role and organisation words, times of day and deadlines.
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._clauses import opened

__all__ = [
    "ACCOMPANIED",
    "CLAUSE_END",
    "DAY_N",
    "DEADLINE",
    "DEADLINE_START",
    "FIRST_PERSON",
    "GENERIC_HEADINGS",
    "GIFT_NOUN",
    "GIFT_VERB",
    "HEADING",
    "HONORIFIC",
    "INCLUDED",
    "INDEFINITE",
    "KEPT",
    "LEADING_ARTICLE",
    "LED_BY",
    "LOCATIVE",
    "MODAL",
    "ORG_WORD",
    "OUTCOME",
    "OWNER_LABEL",
    "PARTICLES",
    "PURPOSE_CLAUSE",
    "PURPOSE_PHRASE",
    "RECEIVED_BY",
    "RECEIVED_GIFT",
    "ROLE_WORD",
    "SECTION_KINDS",
    "TIME",
    "VENUE",
    "VISITOR_WORDS",
]

_I = re.IGNORECASE


def _rx(*parts: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags)


def _rx_open(*parts: str) -> re.Pattern[str]:
    """Words whose match ends before what follows them (a purpose phrase)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")", _I)


# --- section headings ------------------------------------------------------------------------

# kind -> the words of a heading of that kind (a whole line, or "Heading: text").
SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "members": (
        r"(?:the\s+)?delegation(?:\s+members)?",
        r"members\s+of\s+the\s+delegation",
        r"(?:composition\s+of\s+the\s+)?delegation",
        r"(?:visiting\s+)?delegation\s+(?:list|composition)",
        r"participants|attendees|visitors|guests",
        r"delegatie(?:leden)?",
        r"(?:samenstelling|leden)\s+(?:van\s+)?de\s+delegatie",
        r"deelnemers|bezoekers",
        r"délégation",
        r"(?:composition|membres)\s+de\s+la\s+délégation",
        r"participants|invités",
        r"delegation(?:smitglieder|steilnehmer)?",
        r"(?:zusammensetzung|mitglieder)\s+der\s+delegation",
        r"teilnehmer(?:innen)?(?:liste)?|teilnehmende|gäste",
    ),
    "hosts": (
        r"hosts?|host\s+(?:side|delegation)|received\s+by",
        r"gastheren|gastheer|ontvangen\s+door|ontvangst",
        r"hôtes?|accueil(?:lie?s?\s+par)?",
        r"gastgeber(?:innen)?|empfangen\s+von",
    ),
    "purpose": (
        r"purpose(?:\s+of\s+the\s+(?:visit|trip|mission))?",
        r"(?:aims?|objectives?|goals?)(?:\s+of\s+the\s+(?:visit|trip|mission))?",
        r"doel(?:stelling(?:en)?)?(?:\s+van\s+het\s+bezoek)?|aanleiding",
        r"(?:objet|objectifs?|but)(?:\s+de\s+la\s+(?:visite|mission))?",
        r"(?:zweck|ziele?|anlass)(?:\s+des\s+besuch(?:e)?s|\s+der\s+reise)?",
    ),
    "programme": (
        r"(?:visit\s+)?program(?:me)?|agenda|itinerary|schedule",
        r"programma|bezoekprogramma",
        r"programme(?:\s+de\s+la\s+visite)?|déroulement(?:\s+de\s+la\s+visite)?",
        r"(?:besuchs)?programm|ablauf|tagesordnung",
    ),
    "outcomes": (
        r"outcomes?|results?|conclusions?|agreements\s+reached|main\s+results",
        r"resulta(?:at|ten)|uitkomsten?|conclusies?|afspraken|gemaakte\s+afspraken",
        r"résultats?|conclusions?|décisions",
        r"ergebnisse?|vereinbarungen|beschlüsse",
    ),
    "follow_ups": (
        r"follow[\s-]?ups?(?:\s+actions?)?|next\s+steps|action\s+points|actions|to\s+do",
        r"opvolging|vervolg(?:acties|stappen)?|actiepunten|volgende\s+stappen|acties",
        r"suivi|suites?(?:\s+à\s+donner)?|prochaines\s+étapes|actions(?:\s+à\s+mener)?",
        r"nachbereitung|weiteres\s+vorgehen|nächste\s+schritte|folgemaßnahmen|maßnahmen|"
        r"aufgaben",
    ),
    "gifts": (
        r"gifts?(?:\s+exchanged)?|presents|protocol\s+gifts|exchange\s+of\s+gifts",
        r"geschenken|(?:relatie|protocol)?geschenken|cadeaus?|uitgewisselde\s+geschenken",
        r"cadeaux(?:\s+protocolaires)?|présents|échange\s+de\s+cadeaux",
        r"(?:gast)?geschenke|präsente",
    ),
}
# Other headings that end a section ("Contact", "Background").
GENERIC_HEADINGS = (
    r"contacts?|summary|background|introduction|context|notes?|remarks|annex(?:es)?|"
    r"attachments?|appendix|report|minutes|"
    r"samenvatting|achtergrond|inleiding|context|opmerkingen|bijlagen?|verslag|"
    r"résumé|contexte|remarques|annexes?|compte\s+rendu|"
    r"zusammenfassung|hintergrund|einleitung|kontakt|anmerkungen|anlagen?|bericht|protokoll"
)
_NUMBERING = r"(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}[.)]|[a-h][.)])[ \t]+)?"
HEADING: Final = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?"
    + _NUMBERING
    + r"(?:"
    + "|".join(f"(?P<{kind}>{'|'.join(words)})" for kind, words in SECTION_KINDS.items())
    + rf"|(?P<other>{GENERIC_HEADINGS}))"
    + r"[ \t]*(?:(?P<colon>[:：])[ \t]*(?P<inline>[^\n]*))?$",
    re.IGNORECASE | re.MULTILINE,
)

# --- delegation members ------------------------------------------------------------------------

HONORIFIC: Final = re.compile(
    r"(?<![\w.])(?:Dr\.-Ing\.|Dipl\.-\w+\.|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Drs|Ir|Ing|Dhr|Mevr|Mw|Mme|"
    r"Mlle|Hr|Pr)\.?|M\.|Fr\."
    r"|Mister|Madam|Sir|Dame|H\.\s?E\.|[Dd]e\s+heer|[Mm]evrouw|Monsieur|Madame|Mademoiselle|Herr|"
    r"Herrn|Frau)(?:\s+(?:Dr|Prof|Ir|Ing|Drs)\.?)*(?=\s+[A-ZÀ-Þ])"
)
# Name particles that stay in a name ("Lotte Van Acker", "Ursula von der Leyen").
PARTICLES: Final = frozenset(
    "van von de der den du da di le la ter ten zu vom del della dos des 't".split()
)
LED_BY = _rx(
    r"(?:led|headed|chaired)\s+by|under\s+the\s+(?:leadership|guidance)\s+of",
    r"onder\s+(?:leiding|begeleiding)\s+van|geleid\s+door|aangevoerd\s+door",
    r"(?:conduite?s?|menée?s?|dirigée?s?|présidée?s?)\s+par|sous\s+la\s+(?:conduite|direction|"
    r"houlette)\s+(?:de|du|d['’])",
    r"unter\s+(?:der\s+)?(?:Leitung|Führung)\s+(?:von|des|der)|angeführt\s+von|geleitet\s+von",
)
ACCOMPANIED = _rx(
    r"accompanied\s+by|together\s+with|joined\s+by",
    r"vergezeld\s+(?:van|door)|samen\s+met|in\s+gezelschap\s+van|bijgestaan\s+door",
    r"accompagnée?s?\s+(?:de|par|du|des|d['’])|aux\s+côtés\s+(?:de|du|d['’])",
    r"begleitet\s+von|in\s+Begleitung\s+(?:von|des|der)|zusammen\s+mit",
)
INCLUDED = _rx(
    r"includ(?:ed|es|ing)|compris(?:ed|es)|consist(?:ed|s)\s+of|(?:was|is)\s+made\s+up\s+of|"
    r"members\s+(?:were|are)",
    r"bestond\s+uit|bestaat\s+uit|omvatte|telde\s+onder\s+meer",
    r"comprenait|comprend|se\s+composait\s+de|(?:était|est)\s+composée\s+de|comptait",
    r"bestand\s+aus|besteht\s+aus|umfasste|gehörten",
)
RECEIVED_BY: Final = re.compile(
    r"(?<![\w-])(?:(?:was|were)\s+)?(?:received|welcomed|hosted|greeted|met)"
    r"(?:\s+[^.;:\n]{0,60}?)?\s+by"
    r"|(?:werd|werden)\s+(?:[^.;:\n]{0,60}?\s+)?(?:ontvangen|verwelkomd)\s+door"
    r"|(?:ontvangen|verwelkomd)\s+(?:[^.;:\n]{0,40}?\s+)?door"
    r"|(?:reçue?s?|accueillie?s?)\s+(?:[^.;:\n]{0,60}?\s+)?par"
    r"|(?:empfangen|begrüßt)\s+(?:[^.;:\n]{0,40}?\s+)?(?:von|durch)(?![\w-])"
    r"|(?:wurde|wurden)\s+(?:[^.;:\n]{0,40}?\s+)?(?:von|durch)(?=[^.;\n]{3,120}?\s"
    r"(?:empfangen|begrüßt|willkommen\s+geheißen)\b)",
    _I,
)
# Words of a title or role ("Vice-Mayor", "Director", "interpreter", "schepen", "maire").
ROLE_WORD: Final = opened(
    re.compile(
        r"(?<![\w])(?:vice[\s-]?|deputy[\s-]|executive[\s-]|general[\s-]|lord[\s-]|chief[\s-]|"
        r"co-|ober|vize|stellvertretende[rn]?\s+|adjoint[e]?\s+au\s+)?"
        r"(?:mayor|mayoress|director|directrice|directeur|direktor|head|chief|secretary|minister|"
        r"consul|ambassador|governor|president|chair|chairman|chairwoman|chairperson|ceo|cfo|coo|"
        r"manager|officer|official|adviser|advisor|councill?or|alderman|alderwoman|interpreter|"
        r"translator|professor|prof|dean|rector|provost|coordinator|counsellor|counselor|"
        r"representative|delegate|assistant|commissioner|attaché|attache|specialist|engineer|"
        r"researcher|lecturer|journalist|photographer|spokesperson|founder|partner|staff|member|"
        r"leader|administrator|inspector|principal|teacher|expert|analyst|consultant|liaison|"
        r"burgemeester|schepen|wethouder|voorzitter|hoofd|secretaris|gouverneur|tolk|vertaler|"
        r"adviseur|medewerker|medewerkster|ambassadeur|gedeputeerde|decaan|hoogleraar|"
        r"coördinator|diensthoofd|afgevaardigde|(?:gemeente)?raadslid|raadsheer|bestuurder|"
        r"directielid|beleidsmedewerker|maire|adjointe?|présidente?|chef|secrétaire|ministre|"
        r"interprète|traductrice|traducteur|conseill(?:er|ère)|chargée?|responsable|recteur|"
        r"rectrice|doyen|professeure?|déléguée?|attachée?|bürgermeister(?:in)?|direktorin|"
        r"leiter(?:in)?|vorsitzende[rn]?|präsident(?:in)?|sekretär(?:in)?|konsul(?:in)?|"
        r"botschafter(?:in)?|dolmetscher(?:in)?|übersetzer(?:in)?|berater(?:in)?|referent(?:in)?|"
        r"beigeordnete[rn]?|stadträt(?:in)?|stadtrat|dezernent(?:in)?|geschäftsführer(?:in)?|"
        r"rektor(?:in)?|dekan(?:in)?|professorin|landrat|landrätin|vertreter(?:in)?|"
        r"mitarbeiter(?:in)?|abteilungsleiter(?:in)?|amtsleiter(?:in)?|sachbearbeiter(?:in)?)"
        r"(?:s|es|en|nen|innen)?(?![\w])",
        _I,
    )
)
# Head words of an organisation's name ("Foreign Affairs Office", "Port Group", "Amt").
ORG_WORD: Final = re.compile(
    r"(?<![\w-])(?:office|bureau|department|dept|service|services|university|college|school|"
    r"institute|chamber|port|group|company|corporation|corp|council|commission|committee|"
    r"ministry|agency|association|federation|foundation|authority|administration|government|"
    r"municipality|embassy|consulate|bank|hospital|centre|center|ltd|inc|co|gmbh|ag|nv|bv|sa|"
    r"plc|llc|dienst|kamer|universiteit|hogeschool|haven|ministerie|agentschap|vereniging|"
    r"stichting|gemeente|bedrijf|departement|afdeling|provincie|ambassade|consulaat|direction|"
    r"université|chambre|ministère|agence|fédération|fondation|mairie|conseil|consulat|"
    r"société|groupe|amt|büro|referat|abteilung|dezernat|universität|hochschule|kammer|ihk|"
    r"hafen|ministerium|agentur|verband|verein|stiftung|stadtverwaltung|botschaft|konsulat|"
    r"gesellschaft|gruppe|\w+(?:amt|büro|kammer|verwaltung|ministerium|gesellschaft|agentur|"
    r"förderung|bureau|dienst|office)(?:s|es|en)?)(?![\w-])",
    _I,
)
# The end of a list of people: a clause goes on with a verb ("..., and was received").
CLAUSE_END: Final = re.compile(
    r"\s*,?\s*(?:and|en|et|und)\s+(?=(?:was|were|is|are|has|have|had|will|would|then|also|"
    r"visited|met|held|signed|went|travelled|traveled|arrived|werd|werden|is|was|heeft|hebben|"
    r"had|bezocht|bezochten|ging|gingen|est|a|ont|sont|était|visita|se|wurde|wurden|ist|hat|"
    r"haben|war|waren|besuchte|besuchten|traf|reiste)\b)"
    r"|\s*;|\s+(?:in\s+order\s+to|to\s+(?=[a-z]+\s)(?!the\s|a\s|an\s)|during|om\s+(?=\w+\s)|"
    r"tijdens|pour|afin|lors|durant|um\s+(?=\w+\s)|während|"
    r"(?:on|op|le|am)\s+(?=\d))"
    r"|,\s*(?=(?:who|which|die|dat|qui|der)\b)"
    r"|,?\s+(?=(?:visited|visits|met|arrived|travelled|traveled|came|went|paid|signed|held|"
    r"bezocht|bezoekt|kwam|ging|reisde|a\s+visité|visita|est\s+venue?|s['’]est\s+rendue?|"
    r"besuchte|besucht|kam|reiste|traf)\b)",
    _I,
)
# "the visitors", "the delegation": the giver of a gift is the visiting side.
VISITOR_WORDS = _rx(
    r"delegation|delegates|visitors|guests|guest\s+delegation",
    r"delegatie|bezoekers|gasten",
    r"délégation|visiteurs|invités|hôtes\s+chinois",
    r"Delegation|Besucher|Gäste",
)

# --- purpose -----------------------------------------------------------------------------------

# "The aim of the visit was to ...", "Het doel van het bezoek was ...", "Ziel des Besuchs war".
PURPOSE_PHRASE = _rx_open(
    r"(?:the\s+)?(?:main\s+)?(?:purpose|aim|objective|goal)\s+of\s+the\s+(?:visit|trip|"
    r"mission|delegation)\s+(?:was|is|were)\s+(?:to\s+)?",
    r"(?:het\s+)?(?:belangrijkste\s+)?doel\s+van\s+(?:het\s+bezoek|de\s+reis|de\s+missie)\s+"
    r"(?:was|is)\s+(?:om\s+)?",
    r"(?:l['’]|le\s+|la\s+)?(?:objectif|but|objet|finalité)\s+de\s+(?:la\s+visite|la\s+mission|"
    r"ce\s+voyage|ce\s+déplacement)\s+(?:était|est)\s+(?:de\s+|d['’])?",
    r"(?:das\s+|der\s+)?(?:ziel|zweck|anlass)\s+(?:des\s+besuch(?:e)?s|der\s+reise)\s+"
    r"(?:war|ist)\s+(?:es,?\s+)?",
)
# "... visited Ghent to discuss ...": a purpose clause after a visit.
PURPOSE_CLAUSE = _rx_open(
    r"(?:in\s+order\s+)?to\s+(?=(?:discuss|explore|strengthen|deepen|renew|sign|promote|learn|"
    r"study|prepare|attend|meet|talk|present|exchange|establish|develop|celebrate|mark|review|"
    r"launch|seek|follow|continue|identify|visit|see|build|expand|intensify|boost|share)\b)",
    r"om\s+(?=[^.;\n]{3,160}?\bte\s+\w+)",
    r"(?:pour|afin\s+de|afin\s+d['’])\s+(?=(?:discuter|explorer|renforcer|approfondir|"
    r"renouveler|signer|promouvoir|préparer|échanger|rencontrer|présenter|développer|"
    r"célébrer|étudier|découvrir|visiter|poursuivre|élargir)\b)",
    r"um\s+(?=[^.;\n]{3,160}?\bzu\s+\w+)",
)

# --- programme ---------------------------------------------------------------------------------

TIME: Final = re.compile(
    r"(?<![\w:.])(?:\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uur|h|Uhr))?"
    r"(?:\s*(?:-|–|to|tot|à|bis)\s*\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uur|h|Uhr))?)?"
    r"|\d{1,2}\s*(?:am|pm|uur|Uhr)"
    r"|(?:early\s+|late\s+)?(?:morning|afternoon|evening|noon|midday|lunch(?:time)?|dinner)"
    r"|voormiddag|namiddag|(?:'s\s+)?(?:ochtends|middags|avonds)|ochtend|middag|avond|"
    r"lunch|diner"
    r"|matin(?:ée)?|après-midi|apres-midi|soir(?:ée)?|midi|déjeuner|dîner"
    r"|vormittags?|nachmittags?|abends?|mittags?|morgens|Vormittag|Nachmittag|Abend|Mittag|"
    r"Mittagessen|Abendessen)(?![\w])",
    _I,
)
# "Day 2", "Dag 2", "Jour 2", "Tag 2", "2. Tag"
DAY_N: Final = re.compile(
    r"(?<![\w])(?:day|dag|jour|tag)\s+(\d{1,2})(?![\w])|(\d{1,2})\.\s*Tag\b", _I
)
LOCATIVE: Final = re.compile(
    r"(?<![\w-])(?:at|in|to|bij|in|op|te|naar|aan|à|au|aux|chez|dans|"
    r"bei|im|in|nach|zu|zum|zur|beim)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|les\s+|"
    r"der\s+|die\s+|das\s+|dem\s+|den\s+)?\Z",
    _I,
)
VENUE: Final = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:City|Town)\s+Hall|Guildhall|Civic\s+Cent(?:re|er)|"
    r"(?:het\s+)?[Ss]tadhuis|(?:het\s+)?[Gg]emeentehuis|(?:l['’])?[Hh]ôtel\s+de\s+[Vv]ille|"
    r"(?:la\s+)?[Mm]airie|(?:das\s+)?Rathaus|Stadthaus)(?![\w-])"
)

# --- outcomes ----------------------------------------------------------------------------------

OUTCOME = _rx(
    r"agreed|agree\s+to|reached\s+(?:an\s+)?agreement|decided\s+to|committed\s+to|"
    r"concluded\s+that|resolved\s+to",
    r"afgesproken|spraken\s+af|overeengekomen|kwamen\s+overeen|akkoord|besloten|beslisten|"
    r"engageerden",
    r"convenu|convenus|convenue?s?|conviennent|se\s+sont\s+mis\s+d['’]accord|décidé|"
    r"accord\s+pour|engagés?\s+à",
    r"vereinbart(?:en)?|vereinbarten|einigten\s+sich|verständigten\s+sich|beschlossen|"
    r"verabredet(?:en)?",
)

# --- follow-up actions -------------------------------------------------------------------------

MODAL = _rx(
    r"will|shall|is\s+to|are\s+to|must|has\s+to|have\s+to|agreed\s+to|undertook\s+to|"
    r"is\s+responsible\s+for|are\s+responsible\s+for",
    r"zal|zullen|moet|moeten|gaat|gaan|neemt|nemen",
    r"va|vont|doit|doivent|devra|devront|enverra|enverront|préparera|prépareront|sera\s+chargée?|"
    r"se\s+charge(?:ra)?|s['’]engage\s+à",
    r"wird|werden|soll|sollen|muss|müssen|übernimmt",
)
_DEADLINE_WORDS = (
    r"(?:by|before|no\s+later\s+than|not\s+later\s+than|until|due(?:\s+(?:by|on))?|"
    r"deadline:?|uiterlijk(?:\s+op)?|tegen|vóór|voor|ten\s+laatste(?:\s+op)?|"
    r"avant(?:\s+le)?|d['’]ici(?:\s+(?:le|à|au|fin))?|au\s+plus\s+tard(?:\s+le)?|pour\s+le|"
    r"bis(?:\s+(?:zum|spätestens|Ende))?|spätestens(?:\s+(?:am|bis(?:\s+zum)?))?)"
)
# "by 30 June", "uiterlijk 1 juli", "d'ici le 30 juin", "bis zum 31. August": before a date
DEADLINE: Final = re.compile(r"(?<![\w-])" + _DEADLINE_WORDS + r"\s+\Z", _I)
# the same words at the start of a date mention that took them in ("by 30 June 2019")
DEADLINE_START: Final = re.compile(_DEADLINE_WORDS + r"\s+(?=\d)", _I)
OWNER_LABEL: Final = re.compile(
    r"(?<![\w-])(?:owner|responsible|lead|action\s+by|who|verantwoordelijke?|trekker|wie|"
    r"responsable|pilote|qui|zuständig(?:keit)?|verantwortlich(?:e[rn]?)?|wer)\s*[:：]\s*",
    _I,
)
# "We will ...": the document's own institution.
FIRST_PERSON = _rx(r"we|our\s+\w+(?:\s+\w+)?|wij|we|onze\s+\w+|nous|notre\s+\w+|wir|unser\w*\s+\w+")

# --- gifts -------------------------------------------------------------------------------------

GIFT_VERB: re.Pattern[str] = _rx(
    r"gave|gives|given|presented|presents|offered|offers|handed\s+over|donated|"
    r"exchanged",
    r"schonk|schonken|geschonken|overhandigde(?:n)?|overhandigd|gaf|gaven|gegeven|bood|boden|"
    r"aangeboden|cadeau\s+gedaan",
    r"(?:a|ont)\s+(?:offert|remis|donné)|offrit|offrirent|remit|remirent|offert|remis",
    r"überreichte(?:n)?|überreicht|schenkte(?:n)?|geschenkt|übergab(?:en)?|übergeben|"
    r"überbrachte(?:n)?",
)
GIFT_NOUN = _rx(
    r"gifts?|presents?|souvenirs?|tokens?\s+of\s+(?:friendship|appreciation)",
    r"geschenk(?:en)?|cadeaus?|relatiegeschenk(?:en)?|aandenken",
    r"cadeaux?|présents?|souvenirs?",
    r"(?:Gast)?[Gg]eschenke?|Präsente?|Andenken",
)
RECEIVED_GIFT = opened(
    _rx(
        r"received|receives|was\s+given|were\s+given|was\s+presented\s+with|were\s+presented\s+with",
        r"kreeg|kregen|ontving|ontvingen",
        r"(?:a|ont)\s+reçu|reçut|reçurent",
        r"erhielt(?:en)?|bekam(?:en)?",
    )
)
INDEFINITE: Final = re.compile(
    r"(?<![\w-])(?:a|an|one|two|three|four|some|several|a\s+pair\s+of|een|twee|drie|enkele|"
    r"un|une|deux|trois|des|quelques|ein|eine|einen|zwei|drei|einige|mehrere)\s+",
    _I,
)
KEPT: Final = opened(
    re.compile(
        r"(?<![\w-])(?:(?:is|are|was|were|will\s+be)\s+(?:now\s+)?(?:kept|displayed|exhibited|"
        r"stored|on\s+display|held|hung|placed)|(?:now\s+)?(?:hangs|stands)|kept|displayed)"
        r"\s+(?P<en>(?:in|at|on)\s+[^.;\n]+)"
        r"|(?:wordt|worden|werd)\s+(?:nu\s+)?(?:bewaard|tentoongesteld|bijgehouden)\s+"
        r"(?P<nl>(?:in|op|bij)\s+[^.;\n]+)"
        r"|(?:bevindt|bevinden)\s+zich\s+(?:nu\s+)?(?P<nl2>(?:in|op|bij)\s+[^.;\n]+)"
        r"|(?:est|sont)\s+(?:désormais\s+|maintenant\s+)?(?:conservée?s?|exposée?s?|gardée?s?)\s+"
        r"(?P<fr>(?:dans|à|au|aux|en)\s+[^.;\n]+)"
        r"|(?:wird|werden|ist|sind)\s+(?:jetzt\s+|nun\s+|seither\s+)?"
        r"(?P<de>(?:im|in|am|bei)\s+[^.;\n]+?)\s+(?:aufbewahrt|ausgestellt|zu\s+sehen)"
        r"|befindet\s+sich\s+(?:jetzt\s+|nun\s+)?(?P<de2>(?:im|in|am)\s+[^.;\n]+)",
        _I,
    )
)
LEADING_ARTICLE: Final = re.compile(
    r"^(?:(?:the|a|an|de|het|een|le|la|les|un|une|der|die|das|dem|den|des|ein|eine|einen|"
    r"einem|einer|aan|à|au|aux|to|an)\s+|l['’]\s*)",
    _I,
)
