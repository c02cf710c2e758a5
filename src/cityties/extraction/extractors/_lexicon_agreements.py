"""Words of agreements in English, Dutch, French and German (private to cityties.agreements).

Every pattern is precompiled once at import. Type patterns name the kind of act; status
patterns mark an act as renewed, planned, not concluded or ended; the rest find durations,
anaphors ("both cities", "the Chinese city") and words that cancel a mention ("interest in",
"Sister City Association").
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._clauses import first_chars, lower_pattern, opened
from cityties.extraction.types import AgreementStatus, AgreementType

__all__ = [
    "BOTH",
    "BOTH_LOW",
    "CASED_ABBREVIATIONS",
    "COMPOUND_HEADS",
    "COMPOUND_NOT_AFTER",
    "COUNTERFACTUAL",
    "COUNTERFACTUAL_LOW",
    "DEMONSTRATIVE",
    "DEMONSTRATIVE_LOW",
    "DEMONYMS",
    "DEMONYM_ANAPHOR",
    "DEMONYM_ANAPHOR_LOW",
    "DURATION_PATTERNS",
    "DURATION_PATTERNS_LOW",
    "GENERIC",
    "GENERIC_LOW",
    "GENERIC_NOT_AFTER",
    "GENERIC_NOT_AFTER_LOW",
    "INTEREST",
    "INTEREST_LOW",
    "KEYWORDS_LOW",
    "LIST_INTRO",
    "LIST_INTRO_LOW",
    "NON_ACT_AFTER",
    "NON_ACT_AFTER_LOW",
    "NON_ACT_BEFORE",
    "NON_ACT_BEFORE_STEMS",
    "NUMBER_WORDS",
    "OUR",
    "PRONOUN",
    "PROPOSAL_ADOPTED_LOW",
    "PROPOSAL_BEFORE_LOW",
    "PROPOSAL_WORDS",
    "PROTOCOL",
    "STATUS_PATTERNS",
    "STATUS_RX",
    "STATUS_RX_LOW",
    "TYPE_PATTERNS",
    "TYPE_PATTERNS_LOW",
    "WITH_PREP",
    "WITH_PREP_LOW",
]

_I = re.IGNORECASE


def _rx(*parts: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", flags)


_REL = r"relations?(?:hips?)?"
_SISTER_NOUN = (
    r"(?:cit(?:y|ies)|towns?|provinces?|regions?|states?|prefectures?|count(?:y|ies)|"
    r"municipalit(?:y|ies)|relations?(?:hips?)?|agreements?|partnerships?)"
)
_ACT_NOUN = (
    r"(?:agreements?|" + _REL + r"|ties?|partnerships?|status|pacts?|bonds?|contracts?|links?|"
    r"accords?|arrangements?|charters?|treat(?:y|ies)|protocols?)"
)
_COOP = r"(?:co-?operation|collaboration|partnership)"
# an act to follow the one just made, told with a modal or in the future: "will follow",
# "een akkoord moet nog volgen", "une convention doit suivre", "suivra"; a status only when
# an act word stands before it in its clause (`FOLLOW_LOW`, read by `_agreements_status`)
_FOLLOW = (
    r"will\s+(?:\w+\s+)?follow(?=\s*[.,;]|\s+(?:in|by|next|later|soon|shortly|within|before)\s)|"
    r"(?:moet|moeten|zal|zullen)\s+(?:[\w-]+\s+){0,4}?volgen(?=\s*[.,;:)])|"
    r"(?:doit|doivent|devrait|devraient)\s+(?:[\w-]+\s+){0,2}?suivre(?=\s*[.,;:)])|"
    r"suivr(?:a|ont)(?=\s*[.,;:)]|\s+(?:en|au|à|dans|d['’]ici|l['’]an|prochainement)\s)"
)

# Type -> patterns, most specific first; overlapping matches are resolved longest first.
TYPE_PATTERNS: tuple[tuple[AgreementType, re.Pattern[str]], ...] = (
    (
        "sister_city",
        _rx(
            rf"sister[\s-]+{_SISTER_NOUN}(?:[\s-]+{_ACT_NOUN})?",
            # a Korean or Chinese government's list: "Sisterhood relationships : 4 regions"
            rf"sisterhood[\s-]+{_REL}",
            rf"twin(?:ned)?[\s-]+(?:towns?|cit(?:y|ies))(?:[\s-]+{_ACT_NOUN})?",
            # a twinning of two ports is typed as one of places (SCHEMA: twinning): "a sister
            # port agreement", "zusterhavenovereenkomst", "Partnerhafen", "Hafenpartnerschaft",
            # "ports jumeaux", "jumelage portuaire"
            rf"sister[\s-]+ports?(?:[\s-]+{_ACT_NOUN})?",
            r"zusterhaven(?:s|overeenkomst(?:en)?|akkoord(?:en)?|relaties?)?",
            r"(?:Partner|Schwester)h(?:a|ä)fen(?:partnerschaft(?:en)?|abkommen|vereinbarung(?:en)?)?",
            r"Hafenpartnerschaft(?:en)?",
            r"ports?\s+(?:jumeaux|jumelés|frères)|jumelages?\s+portuaires?",
            rf"twinnings?(?:[\s-]+{_ACT_NOUN})?",
            r"partner[\s-]+(?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|provinces?|regions?|"
            r"states?|prefectures?|count(?:y|ies))",
            r"twinned",
            # nl
            r"stedenband(?:en|overeenkomst(?:en)?|akkoord(?:en)?|verdrag(?:en)?)?",
            # "verbrak de stedenrelaties met de Chinese steden Chengdu en Changzhou"
            r"stedenrelaties?",
            r"zusterst(?:ad|eden)(?:band|relaties?)?",
            r"zuster(?:provincies?|regio'?s?|gemeenten?)",
            # "een zusterrelatie met het district Yuhang", "verbreekt de zusterband"
            r"zuster(?:relaties?|band(?:en)?)",
            # "het verzusteringscharter", "de verzusteringsakte", "de verzusteringsoorkonde"
            r"verzustering(?:en|s(?:overeenkomst|akkoord|akte|charter|oorkonde|protocol)(?:en|s)?)?",
            r"verzusterd[e]?",
            # "is sinds 1988 met Freiberg verbroederd", "de verbroedering met Tiel"
            r"verbroederd[e]?|verbroedering(?:en|s(?:overeenkomst|akkoord|akte|charter|"
            r"oorkonde|protocol)(?:en|s)?)?",
            r"partnerst(?:ad|eden)",
            # fr
            r"(?:(?:charte|accord|pacte|serment|convention)s?\s+de\s+)?jumelages?",
            r"jumelée?s?",
            # "Orléans se jumelle avec Dundee", "décident de se jumeler"
            r"(?<=se\s)jumel(?:le|lent|ler|èrent|ait|aient)",
            r"villes?\s+(?:jumelles?|sœurs?|soeurs?)",
            # "les villes partenaires de Rennes", "deux villes partenaires : Exeter et ...", not
            # "les échanges avec les villes partenaires" (no partner named)
            r"villes?\s+partenaires?(?=[ \t]+(?:de\s|d['’]|[A-ZÀ-Þ])|[ \t]*[:,(])",
            r"(?:province|région)s?\s+(?:sœurs?|soeurs?)",
            # de
            r"Städtepartnerschaft(?:en|svertrag|sverträgen?|surkunden?)?",
            # two schools' twinning: "die Schulpartnerschaft unseres Gymnasiums mit einer
            # Schule in Wuxi", "durch einen Schulpartnerschaftsvertrag besiegelt"
            r"Schulpartnerschaft(?:en|s(?:vertr(?:a|ä)g(?:e|en|es|s)?|vereinbarung(?:en)?|"
            r"urkunden?))?",
            # "Provinzpartnerschaften mit Chongqing und Guangdong" (a canton's or a Land's)
            r"(?:Provinz|Kantons|Landes|Länder)partnerschaft(?:en)?",
            r"Partnerst(?:a|ä)dt(?:e|en)?",
            r"Partnerschaftsvertr(?:a|ä)g(?:e|en|es|s)?",
            r"Schwesterst(?:a|ä)dt(?:e|en)?",
            # "ist seit 1971 mit Győr verschwistert"
            r"verschwistert(?:e[nmrs]?)?",
            r"Partner(?:gemeinden?|regionen?|provinz(?:en)?|landkreis(?:e|en)?)",
            r"Regionalpartnerschaft(?:en)?",
            # a district's twinning with its partner: "die Kreispartnerschaft mit dem polnischen
            # Landkreis Nysa", "eine Landkreis-Partnerschaft mit der Stadt Liaocheng" (not "der
            # für die Landkreispartnerschaften zuständig ist")
            r"(?:(?:Land)?kreis|Bezirks)-?partnerschaft(?:en)?(?=\s+(?:mit|zu|zwischen)\s)",
            # "Partnerschaften mit Brest und Coventry" (between places only, see agreements.py)
            # "partnerships with Porto (1984), Tbilisi (1988)", "partnerschappen met" (between
            # places only, like "Partnerschaften mit")
            r"partnerships?(?=\s+(?:[–—-]\s+)?with\s)|partnerschap(?:pen)?(?=\s+(?:[–—-]\s+)?met\s)",
            r"Partnerschaft(?:en)?(?=\s+(?:[–—-]\s+)?(?:mit|zu|zwischen)\s|\s+(?:begründet|geschlossen|besiegelt|"
            r"vereinbart|unterzeichnet|eingegangen)\b)",
            # "haben ihre 2009 geschlossene Partnerschaft am 3. Mai 2019 erneuert", "ihre
            # Partnerschaft verlängert / bekräftigt / beendet" (between places only)
            r"(?<=ihre\s)Partnerschaft(?=\s+(?:[\w.-]+\s+){0,5}(?:erneuert|verlängert|bekräftigt|"
            r"beendet|aufgekündigt|aufgelöst|besiegelt)\b)|"
            r"Partnerschaft(?=\s+(?:am|im)\s+(?:[\w.-]+\s+){0,3}(?:erneuert|verlängert|bekräftigt|"
            r"beendet|aufgekündigt|aufgelöst)\b)|"
            r"(?<=geschlossene\s)Partnerschaft|(?<=bestehende\s)Partnerschaft",
            # "die Partnerschaftsurkunde unterzeichnet", "de partnerschapsakte", "hun partnerschap
            # vernieuwd", "ties with Reims", "the link with Vladimir" (between places only, like
            # "Partnerschaften mit")
            r"Partnerschafts(?:urkunden?|eid)|Verschwisterung(?:en)?|partnerschaps(?:akte|oorkonde)n?",
            # "renewed the partnership charter first signed in 1989", "formal partnership
            # charters were exchanged in 1986" (the English of "Partnerschaftsurkunde")
            r"partnership\s+charters?",
            # "das städtepartnerschaftliche Abkommen"
            r"städtepartnerschaftliche[nsr]?\s+(?:Abkommen|Vereinbarung(?:en)?|Vertr(?:a|ä)g(?:e|en)?)",
            r"(?:(?<=hun\s)|(?<=het\s)|(?<=een\s)|(?<=haar\s)|(?<=zijn\s))partnerschap",
            r"(?:(?<=their\s)|(?<=its\s))partnership(?![\s-]+(?:agreement|with)\b)",
            r"(?:(?<=the\s)|(?<=its\s)|(?<=their\s)|(?<=['’]s\s))(?:ties|link)(?=\s+with\s)",
        ),
    ),
    (
        "friendship",
        _rx(
            rf"friendship[\s-]+(?:(?:cit(?:y|ies)|towns?|provinces?|regions?|ports?)[\s-]+)?{_ACT_NOUN}",
            r"friendship[\s-]+(?:cit(?:y|ies)|towns?|provinces?|regions?|ports?)",
            # a friendship of two ports, told from their sister ports ("the Port of Los Angeles
            # has sister and friendship port agreements", "a friendship port agreement first
            # signed in 2012"): "vriendschapshavenovereenkomst", "Freundschaftshafenabkommen",
            # "un accord de ports amis", "port d'amitié"
            r"vriendschapshaven(?:s|overeenkomst(?:en)?|akkoord(?:en)?|relaties?)?",
            r"Freundschaftsh(?:a|ä)fen(?:partnerschaft(?:en)?|abkommen|vereinbarung(?:en)?)?",
            r"(?:accords?\s+de\s+)?ports?\s+(?:amis|d['’]amitié)",
            rf"friendly[\s-]+(?:(?:exchange|co-?operati(?:on|ve)|city|cities)\s+)?"
            rf"(?:{_REL}|cit(?:y|ies)|ties|towns?|partnerships?|links)",
            r"agreements?\s+(?:on|of|for)\s+(?:(?:the\s+)?establish(?:ing|ment\s+of)\s+)?"
            rf"(?:a\s+)?friendship(?:[\s-]+(?:{_REL}|ties|cit(?:y|ies)))?",
            # nl
            r"vriendschapsband(?:en)?",
            r"vriendschaps(?:akkoord|overeenkomst|verdrag|relatie|pact)(?:en|s)?",
            # "vriendschapsprotocol", "protocole d'amitié", "Freundschaftsprotokoll"
            r"vriendschapsprotocol(?:len)?",
            # "een vriendschapsverklaring", "een verklaring van vriendschap", "a declaration of
            # friendship", "une déclaration d'amitié", "eine Freundschaftserklärung"
            r"vriendschapsverklaring(?:en)?|verklaring(?:en)?\s+van\s+vriendschap",
            r"declarations?\s+of\s+friendship",
            r"vriendschapsst(?:ad|eden)",
            r"vriendschappelijke\s+(?:banden|betrekkingen|relaties?|band)",
            # "sinds 1998 vriendschappelijk verbonden", "seit 1998 freundschaftlich verbunden"
            r"vriendschappelijk\s+verbonden",
            # fr
            # "l'entente d'amitié" (Quebec's word for an agreement, as "entente de coopération")
            r"(?:accord|pacte|traité|convention|charte|relation|lien|protocole|déclaration|"
            r"entente)s?\s+d['’]amitié",
            r"relations?\s+amicales?",
            r"villes?\s+amies?",
            # de
            r"freundschaftliche[nr]?\s+Beziehung(?:en)?",
            r"(?:freundschaftlich|in\s+Freundschaft)\s+verbunden",
            r"Freundschafts(?:vertr(?:a|ä)g(?:es|e|en|s)?|abkommens?|beziehung(?:en)?|vereinbarung(?:en)?|"
            r"protokoll(?:es|e|en|s)?|erkl(?:ä|a)rung(?:en)?)",
            r"Freundschaftsst(?:a|ä)dt(?:e|en)?",
            r"Städtefreundschaft(?:en)?",
            # "die Freundschaft zwischen A und B", "de vriendschap tussen", "l'amitié entre",
            # "the friendship between" (between places only)
            r"(?:friendship|vriendschap|amitié|Freundschaft)(?=\s+(?:between|tussen|entre|zwischen)\s)",
        ),
    ),
    (
        "memorandum_of_understanding",
        _rx(
            r"memorand(?:um|a|ums)\s+of\s+(?:understanding|co-?operation|agreement)",
            r"memorand(?:um|a|ums)(?=\s+(?:on|for|about|regarding|concerning|with)\s)",
            # "has also signed similar memoranda with X (June 2017) and Y (March 2018)"
            r"(?<=similar\s)memorand(?:um|a)",
            r"(?-i:MoUs?|MOUs?)",
            r"memorand(?:um|a)\s+van\s+overeenstemming",
            r"samenwerkingsmemorand(?:um|a)",
            r"protocoles?\s+d['’](?:accord|entente)",
            # "un mémorandum de coopération" (the French of "memorandum of cooperation")
            r"mémorandums?\s+(?:d['’](?:entente|accord|coopération)|de\s+(?:coopération|"
            r"collaboration|partenariat|compréhension))",
            r"Memorand(?:um|en)\s+über\s+(?:die\s+)?(?:\w+\s+)?Zusammenarbeit",
        ),
    ),
    (
        "letter_of_intent",
        _rx(
            r"letters?\s+of\s+intent(?:ion)?",
            r"(?-i:LoIs?|LOIs?)",
            r"intentiebrie(?:f|ven)",
            r"lettres?\s+d['’]intentions?",
            r"Absichtsbrief(?:e)?",
        ),
    ),
    (
        "declaration_of_intent",
        _rx(
            r"declarations?\s+of\s+intent(?:ion)?",
            r"joint\s+declarations?",
            # literally "declaration of intent" ("verklaring", "Erklärung": declaration)
            r"intentieverklaring(?:en)?",
            r"verklaring(?:en)?\s+van\s+(?:intentie|voornemen)",
            r"(?:gemeinsame\s+)?Absichtserkl(?:ä|a)rung(?:en)?",
            r"déclarations?\s+(?:d['’]intention|commune)s?",
            r"gezamenlijke\s+verklaring(?:en)?",
            r"gemeinsamen?\s+Erkl(?:ä|a)rung(?:en)?",
        ),
    ),
    (
        "cooperation_agreement",
        _rx(
            r"(?:(?:economic|strategic|trade|cultural|port|technical|comprehensive|urban|bilateral|"
            r"friendly|sister\s+city)\s+)?(?:co-?operation|collaboration|partnership|framework)"
            r"(?:\s+and\s+(?:co-?operation|exchange|development))?[\s-]+"
            r"(?:agreements?|accords?|protocols?|contracts?|treat(?:y|ies)|conventions?|"
            r"action\s+plans?)",
            rf"agreements?\s+(?:on|of|for|to)\s+(?:[\w-]+\s+){{0,4}}?{_COOP}",
            r"(?:co-?operation\s+)?action\s+(?:plans?|programmes?|programs?)",
            # a roadmap of joint work signed by both ("ont signé une feuille de route", "signed a
            # roadmap for 2024-2026", "een routekaart ondertekend", "eine Roadmap unterzeichnet")
            r"(?:co-?operation\s+)?road[\s-]?maps?",
            # fr
            r"(?:accord|entente)s?\s*(?:de|-)\s*(?:coopération|partenariat|collaboration)"
            r"(?:\s+décentralisée?s?)?",
            r"accords?-cadres?",
            r"(?:convention|protocole|charte)s?\s+de\s+(?:coopération|partenariat|collaboration)"
            r"(?:\s+décentralisée?s?)?",
            r"plans?\s+d['’]actions?",
            r"feuilles?\s+de\s+route",
            r"programmes?\s+d['’]actions?",
            # nl
            r"samenwerkings(?:overeenkomst|akkoord|verdrag|protocol)(?:en|s|len)?",
            r"partnerschapsovereenkomst(?:en)?",
            r"(?:raam|kader)overeenkomst(?:en)?",
            # a programme of joint work signed by two governments, as "action plan" above
            # ("een nieuw uitvoeringsprogramma voor de jaren 2026 tot en met 2028", "verlengde
            # het uitvoeringsprogramma", "ein Aktionsplan", "das Umsetzungsprogramm")
            r"(?:uitvoerings|actie)(?:programma|plan)(?:'s|s|nen)?",
            r"(?:Aktions|Umsetzungs)(?:plan|programm)(?:e|es|s|en)?",
            r"actieplan(?:nen)?",
            r"routekaart(?:en)?",
            r"actieprogramma(?:'s)?",
            # de
            # (with the genitives: "des Kooperationsabkommens", "des Kooperationsvertrags")
            r"Kooperations(?:vereinbarung(?:en)?|vertr(?:a|ä)g(?:e|en|es|s)?|abkommens?|"
            r"protokolls?)",
            r"Partnerschafts(?:vereinbarung(?:en)?|abkommens?)",
            r"Rahmen(?:vereinbarung(?:en)?|abkommens?)",
            r"Grundsatz(?:vereinbarung(?:en)?|abkommens?)",
            r"Zusammenarbeitsvereinbarung(?:en)?",
            r"Vereinbarung(?:en)?\s+über\s+(?:die\s+)?(?:[\w-]+\s+)?Zusammenarbeit",
            r"Aktionspl(?:a|ä)ne?",
            r"Roadmaps?|Fahrpl(?:a|ä)ne?",
            r"Aktionsprogramm(?:e|en)?",
        ),
    ),
)

# An agreement of no named kind: an act only when signed between two named places.
GENERIC = _rx(
    r"agreements?|accords?|conventions?|ententes?|overeenkomst(?:en)?|akkoord(?:en)?|convenant(?:en)?|"
    r"Vereinbarung(?:en)?|Abkommens?|Vertr(?:a|ä)g(?:e|en|es|s)?"
)
# A Dutch or German compound whose head is an act noun ("landbouwovereenkomst",
# "uitwisselingsakkoord", "Rahmenkooperationsvertrag", "Hochschulabkommen"): the head, as the
# lower-cased text writes it, with its inflected endings and the type it names. A compound the
# patterns above know ("samenwerkingsovereenkomst") is read by them.
COMPOUND_HEADS: Final[tuple[tuple[str, str, AgreementType], ...]] = (
    ("overeenkomst", r"(?:en)?", "cooperation_agreement"),
    ("akkoord", r"(?:en)?", "cooperation_agreement"),
    ("verdrag", r"(?:en)?", "cooperation_agreement"),
    ("abkommen", r"s?", "cooperation_agreement"),
    ("vereinbarung", r"(?:en)?", "cooperation_agreement"),
    ("vertrag", r"(?:e?s)?", "cooperation_agreement"),
    ("verträg", r"(?:en?)", "cooperation_agreement"),
    ("absichtserklärung", r"(?:en)?", "declaration_of_intent"),
    ("memorandum", r"s?", "memorandum_of_understanding"),
)
# ... not when what comes before the head names another kind of contract or a treaty of
# states: a purchase, lease, labour, loan or licence contract, a coalition or government
# agreement, a peace, climate, free trade or tax treaty, a university's target agreement
# with its ministry ("huurovereenkomst", "regeerakkoord", "Koalitionsvertrag",
# "Doppelbesteuerungsabkommen", "Zielvereinbarung"): the whole of what comes before the head
# (`fullmatch`), the words of `GENERIC_NOT_AFTER` and their kin
COMPOUND_NOT_AFTER: Final = re.compile(
    r"(?:koop|verkoop|huur|verhuur|pacht|erfpacht|arbeids?|lenings?|licentie|leverings?|regeer|"
    r"coalitie|bestuurs|klimaat|vredes|vrijhandels|belasting|pensioen|loon|beheers|"
    r"verzekerings|hypotheek|concessie|geheimhoudings|kauf|verkaufs|miet|arbeits|tarif|lizenz|"
    r"liefer|dienst|dienstleistungs|termin|nutzungs|geheimhaltungs|koalitions|staats|einigungs|"
    r"friedens|klima|klimaschutz|"
    r"freihandels|steuer|doppelbesteuerungs|versicherungs|gesellschafts|kredit|darlehens|"
    r"leasing|erbbau|ehe|ziel|leistungs|betriebs|werk|honorar|pariser|parijs|schengen|dublin|"
    r"lissabon|lissabonner|maastricht)[\s-]*",
)
# A protocol of no named kind is an act of its own kind (`other`).
PROTOCOL = _rx(r"protocols?|protocoles?|protocol(?:len)?|Protokoll(?:e|en)?")
# ... but not these ("a purchase agreement", "la convention collective", "das Pariser Abkommen").
GENERIC_NOT_AFTER: Final = re.compile(
    r"(?:purchase|sale|sales|loan|lease|licen[cs]e|merger|acquisition|supply|service|employment|"
    r"collective|free[\s-]+trade|peace|climate|tax|transfer|rental|koop|verkoop|huur|"
    r"d['’]achat|de\s+vente|collective|Kauf|Miet|Tarif|Arbeits|Pariser|Paris)[\s-]*\Z",
    _I,
)

# A keyword followed by one of these names a body, an event or a programme, not an act.
NON_ACT_AFTER: Final = re.compile(
    r"[\s-]+(?:associations?|commissions?|committees?|conferences?|councils?|programs?|"
    r"programmes?|international|day|festival|representatives|work|summit|network|fund|office|"
    r"coordinators?|delegations?|exchanges?|clubs?|society|foundation|projects?|park|garden|"
    r"events?|visits?|trips?|youth|schools?|students|week|year|month|cup|games|award|"
    r"vereniging|comité|commissie|Verein|Komitee|Ausschuss|Gesellschaft|Arbeit|Fest|Treffen)\b",
    _I,
)

# French names the body or the event before the word: "le comité de jumelage",
# "l’association de jumelage", "la fête du jumelage" (Dutch and German join them in one word)
NON_ACT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:comités?|associations?|commissions?|fêtes?|festivals?|journées?|semaines?|"
    r"voyages?|rencontres?|échanges?|programmes?|budgets?)\s+"
    r"(?:(?:de|du|des|d['’]|van|voor)\s*)?(?:(?:la|l['’]|het|de)\s*)?\Z",
    _I,
)
# A stem that every match of `NON_ACT_BEFORE` holds in lower case (a new noun there needs one)
NON_ACT_BEFORE_STEMS = (
    "comit", "associat", "commission", "fête", "festival", "journée", "semaine", "voyage",
    "rencontre", "échange", "programme", "budget",
)  # fmt: skip

# "interest in a twinning", "Interesse an einer Städtepartnerschaft": not an act.
INTEREST: Final = re.compile(
    r"(?:interest(?:ed)?\s+in|interesse\s+in|intérêt\s+pour|Interesse\s+an)"
    r"(?:\s+[\w'’-]+){0,3}\s*\Z",
    _I,
)

# A counterfactual ("would otherwise have been sealed with ...") reports no act.
COUNTERFACTUAL: Final = re.compile(
    # "aurait semblé logique ; il n'a pourtant jamais été proposé": a suggestion, no act
    r"n['’]a\s+(?:\w+\s+)?jamais\s+été\s+(?:proposée?|envisagée?|évoquée?)|"
    r"(?:was|were|has|have)\s+never\s+(?:been\s+)?(?:proposed|suggested|considered)|"
    r"(?:is|werd|zijn)\s+nooit\s+(?:\w+\s+)?(?:voorgesteld|overwogen)|"
    r"(?:wurde|ist)\s+(?:\w+\s+)?nie(?:mals)?\s+(?:\w+\s+)?(?:vorgeschlagen|erwogen)|"
    r"aurai(?:en)?t\s+(?:\w+\s+)?(?:semblé|paru)|"
    r"would\s+(?:otherwise\s+)?have|zou(?:den)?\s+(?:\w+\s+){0,3}anders|anders\s+(?:\w+\s+){0,3}"
    r"zou(?:den)?|aurai(?:en)?t\s+(?:\w+\s+)?été|wäre[n]?\s+(?:\w+\s+){0,3}(?:worden|gewesen)",
    _I,
)

# A proposal or motion to end a tie ("Het college stelt voor de stedenbanden met X te
# beëindigen", "een motie omtrent het verbreken van de stedenband", "a motion to sever the
# ties", "une proposition de mettre fin au jumelage", "ein Antrag, die Partnerschaft zu
# beenden"): the tie stays signed unless the text says the proposal was adopted (SCHEMA:
# `ended` only when the text says it was terminated). Matched on the lower-cased text that
# ends at the end marker, within its clause.
PROPOSAL_BEFORE_LOW: Final = re.compile(
    r"(?<![\w-])(?:motions?|\w*motie(?:s)?|\w*voorstel(?:len)?|stel(?:t|len)\s+voor|"
    r"propos(?:ing|es|ed|als?|itions?|ent?)|anträgen?|antrag(?:s|es)?|beantrag(?:t|en)|"
    r"schl(?:ä|a)g(?:t|en)\s+vor)(?![\w-])[^.;!?\n]{0,140}\Z"
)
# the words of `PROPOSAL_BEFORE_LOW` (a gate on the document's words: Latin-1 runs of letters)
PROPOSAL_WORDS: Final = frozenset(
    w.encode("latin-1")
    for w in (
        "motion motions motie moties voorstel voorstellen raadsvoorstel stelt stellen proposing "
        "proposes proposed proposal proposals proposition propositions propose proposent "
        "antrag antrags antrages anträge anträgen beantragt beantragen schlägt schlagen"
    ).split()
)
# ... adopted: "the motion was carried", "de motie werd aangenomen", "stemde ... voor een
# motie", "stemden ... in met een motie", "the vote was passed", "der Antrag wurde
# angenommen", "la proposition a été adoptée"
PROPOSAL_ADOPTED_LOW: Final = re.compile(
    r"(?<![\w-])(?:motions?|\w*moties?|\w*voorstel|proposals?|propositions?|anträge|antrag|"
    r"votes?)\s+(?:[\w'’-]+\s+){0,5}(?:carried|adopted|passed|aangenomen|angenommen|"
    r"adoptée?s?|goedgekeurd)(?![\w-])|"
    r"stemde(?:n)?\s+(?:[\w-]+\s+){0,6}(?:voor|in\s+met)\s+(?:de|een|het|onze|hun|zijn|dit|deze)\s+"
    r"(?:\w*motie|\w*voorstel)|"
    # the perfect: "De raad heeft dinsdag met ruime meerderheid ingestemd met onze motie",
    # "hat dem Antrag zugestimmt", "approved the motion"
    r"(?:heeft|hebben)\s+(?:[\w-]+\s+){0,6}ingestemd\s+met\s+(?:de|een|het|onze|hun|zijn|dit|"
    r"deze)\s+(?:\w*motie|\w*voorstel)|"
    r"(?:hat|haben)\s+(?:[\w-]+\s+){0,6}dem\s+antrag\s+(?:[\w-]+\s+){0,2}zugestimmt|"
    r"approved\s+the\s+(?:motion|proposal)|"
    r"voted\s+(?:[\w-]+\s+){0,3}(?:for|in\s+favou?r\s+of)\s+the\s+(?:motion|proposal)|"
    r"stimmte(?:n)?\s+(?:[\w-]+\s+){0,6}dem\s+antrag\s+zu|"
    r"ont\s+(?:[\w-]+\s+){0,2}adopté\s+(?:la|une)\s+(?:proposition|motion)|"
    # the active voice: "nam de gemeenteraad een motie aan", "the council adopted a motion",
    # "le conseil a adopté une motion", "der Rat nahm den Antrag an" (whole words: "bypassed
    # the proposal" adopts nothing)
    r"(?<![\w-])(?:nam|namen|neemt|nemen)\s+(?:[\w-]+\s+){0,6}?(?:de|een|het|onze|hun|zijn|dit|deze)\s+"
    r"(?:\w*motie|\w*voorstel)\s+(?:[\w-]+\s+){0,3}?aan(?![\w-])|"
    r"(?<![\w-])(?:adopted|passed|carried)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:motion|proposal)|"
    r"(?<![\w-])a\s+(?:[\w-]+\s+){0,2}adopté\s+(?:la|une)\s+(?:proposition|motion)|"
    r"(?<![\w-])(?:nahm|nahmen)\s+(?:[\w-]+\s+){0,6}?(?:den|einen)\s+antrag\s+(?:[\w-]+\s+){0,3}?an(?![\w-])|"
    # "..., haalde een ruime meerderheid", "won a clear majority", "erhielt eine Mehrheit"
    # (not "fand keine Mehrheit", "kreeg geen meerderheid", "won no majority")
    r"(?:haalde|haalt|kreeg|krijgt|won|wins|received|secured|erhielt|bekam|fand|a\s+obtenu|"
    r"a\s+recueilli)\s+(?:(?!(?:keine?|geen|no|not|pas|aucune)\s)[\w-]+\s+){0,2}"
    r"(?:meerderheid|majority|mehrheit|majorité)"
)

# Status -> marker patterns. A marker closest before the keyword (or right after it, for
# passives such as "was renewed") gives the status; "signed" markers make the default strong.
STATUS_PATTERNS: tuple[tuple[AgreementStatus, re.Pattern[str]], ...] = (
    (
        "not_concluded",
        _rx(
            r"not\s+enough\s+(?:[\w-]+\s+){0,3}to\s+conclude",
            # "found too few common interests to conclude", "insufficient common ground to sign"
            r"(?:too\s+(?:few|little)|insufficient|not\s+(?:sufficient|enough)|hardly\s+any)\s+"
            r"(?:[\w-]+\s+){0,3}to\s+(?:conclude|sign|justify|warrant|pursue)",
            r"(?:did|does|do|had|has|have)\s*n[o']?t\s+(?:\w+\s+)?(?:lead|led)\s+to|"
            r"led\s+nowhere|without\s+(?:result|success|an?\s+(?:agreement|deal))|"
            r"zonder\s+(?:resultaat|akkoord|overeenkomst|succes)|"
            r"sans\s+(?:aucun\s+)?(?:accord|résultat|succès)|ohne\s+Einigung|"
            r"(?:were|was)\s+(?:never|not)\s+(?:followed\s+up|pursued|taken\s+further)",
            r"(?:weinig|onvoldoende|genoeg)\s+(?:[\w-]+,?\s+){0,3}om(?=\s)|"
            r"leidde(?:n)?\s+(?:\w+\s+)?niet\s+tot|"
            # "heeft niet tot een overeenkomst geleid", "hat nicht zu einer Vereinbarung
            # geführt", "n'a pas conduit à un accord"
            r"(?:heeft|hebben|had|hadden)\s+(?:niet|nooit)\s+tot\s+(?:[\w-]+\s+){0,3}geleid|"
            r"(?:hat|haben|hatte|hatten)\s+(?:nicht|nie)\s+zu\s+(?:[\w-]+\s+){0,3}geführt|"
            r"n['’](?:a|ont)\s+(?:pas|jamais)\s+(?:conduit|mené)\s+à|"
            r"kwam(?:en)?\s+(?:er\s+)?(?:uiteindelijk\s+|toch\s+|nooit\s+)?(?:niet|nooit)"
            r"(?:\s+(?:van|tot\s+stand))?(?=\s*[.,;:)]|\s+(?:omdat|want|door)\s)|"
            r"nooit\s+(?:\w+\s+)?(?:gekomen|gesloten|ondertekend|getekend)",
            # "n'a en revanche pas abouti", "n'ont à ce jour pas débouché": adverbs inside the
            # negation
            r"(?:trop\s+peu|pas\s+suffisamment|insuffisamment)\s+(?:[\w'’-]+\s+){0,4}pour\s+"
            r"(?:conclure|signer)|(?:sans|n['’](?:a|ont)\s+(?:[\w-]+\s+){0,3}?(?:pas|jamais))\s+(?:\w+\s+)?abouti\w*|"
            r"n['’](?:a|ont)\s+(?:[\w-]+\s+){0,3}?(?:pas|jamais)\s+(?:\w+\s+)?débouché|n['’]a\s+jamais\s+vu\s+le\s+jour|"
            # adverbs inside the negation: "n'a en revanche jamais vu le jour", "n'a
            # finalement jamais été signée", "n'a toutefois pas été conclu"
            r"n['’](?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){1,3}?jamais\s+vu\s+le\s+jour|"
            r"n['’](?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){1,3}?(?:pas|jamais)\s+été\s+"
            r"(?:signée?s?|conclue?s?|ratifiée?s?)|"
            r"(?:n['’]a|n['’]ont)\s+jamais\s+été\s+(?:signée?s?|conclue?s?|ratifiée?s?)",
            r"(?:wenige?|genug|unzureichende?)\s+(?:[\w-]+,?\s+){0,3}(?:um|für)(?=\s)|"
            r"führte(?:n)?\s+(?:\w+\s+)?(?:nicht\s+zu|zu\s+keine[mr]\s+(?:Ergebnis|Abschluss|Einigung))|"
            r"(?:did|does|do)\s*n[o']?t\s+result\s+in|led\s+to\s+no(?=\s)|(?:wurde|wurden)\s+(?:\w+\s+)?nie(?:mals)?\s+"
            r"(?:unterzeichnet|abgeschlossen|geschlossen)|ohne\s+Ergebnis|ergebnislos",
            r"(?:could|did|was|were|has|have|had|will|would|shall|can)\s*n[o']?t\s+(?:be(?:en)?\s+)?"
            r"(?:conclude|sign|materiali[sz]e|reach|come\s+about)\w*",
            r"won['’]t\s+be\s+(?:signed|concluded)",
            r"(?:have|has|had)\s+stalled|stalled|(?:put|placed)\s+on\s+hold|shelved|"
            r"(?:decided|decides|voted|chose)\s+not\s+to\s+(?:pursue|proceed|sign|conclude|enter)|"
            r"no\s+longer\s+(?:pursue|seek)\w*|(?:dropped|abandoned|scrapped)\s+(?:the\s+|its\s+|their\s+)?"
            r"plans?",
            r"(?:zag|ziet|zien)\s+af\s+van|afgezien\s+van|renonc(?:é|e|er|ent)\s+à|"
            r"verzichte(?:t|n|te)\s+auf",
            # a council drops the act it was preparing: "nimmt vorerst Abstand von der Gründung
            # einer Städtepartnerschaft", "die Anbahnung ... wird nicht weiterverfolgt",
            # "abandonne le projet de jumelage", "le projet ... ne sera pas poursuivi"
            r"Abstand\s+(?:von|davon)|nicht\s+(?:mehr\s+)?weiter\s*verfolgt|"
            r"abandonn(?:e|ent|er|é|ée)\s+(?:le|son|leur|ce)\s+projet|"
            r"(?:ne\s+sera|n['’]est|ne\s+seront|ne\s+sont)\s+(?:plus|pas)\s+poursuivie?s?",
            # talks ended: the act they were about is not concluded
            r"(?:ended|end(?:s|ing)?|broke\s+off|break(?:s|ing)?\s+off|abandon(?:ed|s|ing)?|"
            r"halted|stopped|suspended|walk(?:s|ed)?\s+away\s+from)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
            r"(?:negotiations|talks|discussions)",
            r"(?:negotiations|talks|discussions)\s+(?:have\s+|had\s+)?(?:ended|failed|broke\s+down|"
            r"stalled|were\s+(?:ended|abandoned|halted|suspended))",
            r"(?:onderhandelingen|gesprekken)\s+(?:\w+\s+){0,2}(?:stopgezet|afgebroken|beëindigd|"
            r"mislukt|vastgelopen)|(?:gaat|ging)\s+(?:\w+\s+)?niet\s+door|"
            r"(?:is|zijn)\s+(?:\w+\s+)?niet\s+doorgegaan|"
            # "daar komt het nu niet meer van", "er kwam niets van": the act will not be made
            r"(?:komt|kwam)\s+(?:het|er)\s+(?:\w+\s+){0,2}?(?:niet|niets)\s+(?:meer\s+)?van(?![\w-])",
            r"(?:rompu|interrompu|abandonné|suspendu|mis\s+fin\s+aux)\s+(?:les\s+)?(?:négociations|"
            r"discussions|pourparlers)|ne\s+sera\s+pas\s+(?:signée?|conclue?)",
            r"Verhandlungen\s+(?:\w+\s+){0,2}(?:abgebrochen|beendet|eingestellt)|"
            r"nicht\s+zustande\s+(?:kam|gekommen|kommen)|wird\s+nicht\s+(?:unterzeichnet|"
            r"abgeschlossen)",
            r"never\s+(?:been\s+|was\s+|were\s+)?(?:signed|concluded|materiali[sz]ed)|"
            # "never came into being", "never came about"
            r"never\s+came\s+(?:into\s+being|about|to\s+(?:be|pass|fruition))",
            # "Eine Städtepartnerschaft ist nicht angestrebt", "wordt niet beoogd", "not sought"
            r"nicht\s+(?:mehr\s+)?(?:angestrebt|beabsichtigt|vorgesehen)|"
            r"niet\s+(?:meer\s+)?(?:beoogd|nagestreefd)|not\s+(?:being\s+)?(?:sought|pursued)|"
            r"n['’]est\s+pas\s+(?:envisagée?|recherchée?)",
            r"failed\s+to\s+(?:conclude|sign|reach|materiali[sz]e)",
            # talks that produced no act: "but no agreement was concluded", "did not produce an
            # agreement", "er werd geen akkoord gesloten", "es wurde keine Vereinbarung
            # geschlossen", "aucun accord n'a été conclu"
            r"no\s+(?:[\w-]+\s+){0,2}(?:was|were|has\s+been|have\s+been|had\s+been|could\s+be)\s+"
            r"(?:concluded|signed|reached)|(?:did|does|do)\s*n[o']?t\s+(?:produce|yield)",
            r"geen\s+(?:[\w-]+\s+){0,2}(?:gesloten|ondertekend|getekend|bereikt)",
            r"kein(?:e|en)?\s+(?:[\w-]+\s+){0,2}(?:geschlossen|abgeschlossen|unterzeichnet|erzielt)",
            r"aucune?\s+(?:[\w'’-]+\s+){0,3}n['’](?:a|ont)\s+(?:pu\s+)?(?:été\s+)?"
            r"(?:conclue?s?|signée?s?|être\s+(?:conclue?s?|signée?s?))",
            r"fell\s+through",
            # "rejected a proposed twinning", "lehnte ... ab", "wees ... af", "a rejeté"
            r"reject(?:ed|s)|turned\s+down|voted\s+against|declined\s+(?:to\s+(?:sign|pursue)|"
            r"(?:the|a|an)\s)|stemde(?:n)?\s+tegen|stimmte(?:n)?\s+gegen|voté\s+contre|"
            r"lehn(?:t|en|te|ten)\s+(?:[\w-]+\s+){0,8}?ab(?![\w-])|abgelehnt|"
            # a request for an act refused: "Der Anfrage ... wird nicht entsprochen", "wijst
            # het verzoek af", "decided against a twinning", "entschied sich gegen", "s'est
            # prononcé contre"
            r"nicht\s+entsprochen|(?:decided|decides|voted)\s+against|"
            r"(?:entschied|entscheidet|sprach|spricht)\s+sich\s+(?:[\w-]+\s+){0,3}gegen|"
            r"(?:sprak|spreekt|sprake)\s+zich\s+(?:[\w-]+\s+){0,3}uit\s+tegen|"
            r"prononcée?s?\s+contre|wijst\s+(?:[\w-]+\s+){0,8}?af(?![\w-])|"
            # "a décidé de ne pas conclure de jumelage", "de ne pas donner suite à la demande"
            r"ne\s+pas\s+(?:conclure|signer|établir|nouer|créer|s['’]engager|donner\s+suite|"
            r"poursuivre)|"
            r"w(?:ees|ezen)\s+(?:[\w-]+\s+){0,8}?af(?![\w-])|afgewezen|verworpen|"
            r"rejet(?:é|ée|és|ées|te|tent)|"
            r"refus(?:é|ée|és|ées|e|ent)",
            r"niet\s+(?:[\w-]+\s+){0,3}(?:gesloten|ondertekend|afgesloten|tot\s+stand)",
            r"nooit\s+(?:\w+\s+)?ondertekend",
            r"n['’](?:a|ont)\s+(?:pas|jamais)\s+(?:abouti|été\s+(?:signée?s?|conclue?s?))",
            r"pas\s+(?:assez|suffisamment)\s+(?:[\w'’-]+\s+){0,4}pour\s+conclure",
            r"nicht\s+(?:[\w-]+\s+){0,3}(?:zustande|abgeschlossen|unterzeichnet)",
            r"kam\s+(?:[\w-]+\s+){0,3}(?:nicht|nie|niemals)\s+zustande",
            r"scheiterte|gescheitert",
            r"collaps(?:e|ed|es|ing)|broke\s+down|(?:was|were)\s+(?:abandoned|dropped|shelved)|"
            r"called\s+off|came\s+to\s+nothing",
            r"mislukt|mislukte|afgesprongen|afgeketst|strandde(?:n)?|gestrand",
            r"(?:a|ont)\s+échoué|échec|capoté|(?:a|ont)\s+été\s+abandonnée?s?",
            r"abgebrochen\s+worden|platzte(?:n)?|geplatzt",
            # a proposal voted down or a request not taken up: "heeft een voorstel voor een
            # stedenband weggestemd", "the council voted down a sister city proposal",
            # "rejecting it", "Städtepartnerschaften ... werden nicht aufgenommen", "the request
            # was not taken up", "er werd niet op ingegaan", "la demande n'a pas été retenue"
            # (not "stemde in met ... weg", agreeing to a road; "voted to step down";
            # "rejecting calls for ...")
            r"weggestemd|wegstemmen|stemde(?:n)?\s+(?!in\s)(?:[\w-]+\s+){0,8}?weg(?![\w-])|"
            r"vot(?:ed|es|ing)\s+(?!(?:to|for)\s)(?:[\w-]+\s+){0,6}?down(?![\w-])|"
            r"rejecting\s+(?:it|them|the\s+(?:proposal|request|motion|plan|idea|offer))|"
            r"niedergestimmt|nicht\s+aufgenommen|not\s+(?:been\s+)?taken\s+up|"
            r"niet\s+(?:op\s+)?ingegaan|geen\s+gevolg\s+(?:gegeven|geven)|"
            r"(?:pas|jamais)\s+(?:été\s+)?retenue?s?",
        ),
    ),
    (
        "ended",
        _rx(
            r"sever(?:s|ed|ing)?(?:\s+(?:all\s+)?(?:ties|relations|links))?",
            # "put an end to", "maakte een einde aan", "vote la fin du jumelage", "ein Ende
            # setzen"
            r"(?:put(?:s|ting)?|brought|bring(?:s|ing)?)\s+an\s+end\s+to|"
            r"(?:maakte(?:n)?|maakt|maken|gemaakt)\s+(?:[\w-]+\s+){0,4}(?:een\s+)?einde\s+aan|"
            r"einde\s+(?:te\s+)?(?:maken|gemaakt)\s+aan|"
            r"(?:vot(?:é|e|ent|er)|décid(?:é|e|ent|er)|approuv(?:é|e|ent|er)|adopt(?:é|e|ent|er))\s+"
            r"(?:[\w'’-]+,?\s+){0,6}?la\s+fin\s+(?:du|des|de\s+la|de\s+l['’]|d['’])|"
            r"terme\s+(?:à|au|aux)(?![\w-])|"
            r"Ende\s+(?:setzen|gesetzt|bereitet|bereiten)|"
            r"(?:stimmte(?:n)?|beschloss(?:en)?)\s+(?:[\w-]+,?\s+){0,6}?(?:für\s+)?das\s+Ende",
            r"cut(?:s|ting)?\s+(?:all\s+)?ties",
            # "the link ... was cut in 2021", "cut off"
            r"(?:was|were|been|is|are)\s+cut|cut\s+off",
            r"terminat(?:e|ed|es|ing|ion)",
            r"to\s+end|ended|ending(?!\s+of)",
            r"ends?\s+(?:the|its|their|all|this|our)",
            r"dissol(?:ve|ved|ving|ution)",
            r"scrap(?:ped|s|ping)?",
            r"revok(?:e|ed|es|ing)",
            r"withdr(?:aw|ew|awn)\s+from",
            r"(?:broke|broken|break(?:s|ing)?)\s+off",
            # a renewal denied in the past: "was never extended", "werd nooit verlengd", "wurde
            # nie verlängert", "n'a jamais été renouvelé"; an expiry: "ran out in 2020"
            r"(?:never|nooit|nie(?:mals)?|jamais)\s+(?:been\s+|été\s+|meer\s+)?(?:renewed|extended|"
            r"verlengd|vernieuwd|hernieuwd|verlängert|erneuert|renouvelée?s?|prolongée?s?|"
            r"reconduite?s?)|(?:ran|has\s+run|had\s+run|have\s+run)\s+out(?!\s+of)",
            # "vanaf 1 mei bestaat de band niet meer", "besteht seit April nicht mehr", "no
            # longer exists", "n'existe plus depuis le 1er avril"
            r"(?:bestaat|bestaan|bestond|bestonden)\s+(?:[\w'’-]+\s+){0,4}?niet\s+meer(?![\w-])|"
            r"(?:besteht|bestehen|bestand|bestanden)\s+(?:[\w'’-]+\s+){0,4}?nicht\s+mehr(?![\w-])|"
            r"no\s+longer\s+exists?|ceased\s+to\s+exist|n['’](?:existe|existent)\s+plus(?![\w-])",
            r"lapsed|expired|c(?:a|o)me(?:s)?\s+to\s+an\s+end|"
            # "was brought to an end", "called time on", "wound up", "opgeheven", "aufgekündigt"
            r"(?:brought|drawn|bring(?:s|ing)?)\s+to\s+(?:an?\s+)?(?:end|close)|called\s+time\s+on|"
            r"wound\s+up|opgeheven|opheffen|opheffing|aufgek(?:ü|u)ndigt|aufgehoben|auslief(?:en)?|"
            r"(?:let|allow(?:ed|s)?)\s+(?:[\w-]+\s+){0,8}?(?:to\s+)?(?:lapse|expire)",
            # the same in Dutch, German and French: "liet in 2015 de band met X stilletjes
            # aflopen", "ließ die Partnerschaft auslaufen", "a laissé expirer la convention"
            r"(?:liet(?:en)?|laat|laten)\s+(?:[\w'’-]+\s+){0,10}?(?:stilletjes\s+)?(?:aflopen|verlopen)"
            r"(?![\w-])",
            r"(?:ließ(?:en)?|lässt|lassen)\s+(?:[\w'’-]+\s+){0,8}?(?:auslaufen|einschlafen)(?![\w-])|"
            r"(?:auslaufen|einschlafen)\s+(?:ge)?lassen",
            r"(?:laissé|laisse|laissent|laissa|laisser)\s+(?:[\w'’-]+\s+){0,2}?(?:expirer|s['’]éteindre)"
            r"(?![\w-])",
            r"kwam\s+(?:[\w-]+\s+){0,3}ten\s+einde|verliep",
            # the Dutch perfect of "aflopen", the participle closing its clause: "is eind vorig
            # jaar afgelopen", "is vorig jaar afgelopen en ..." (not "het afgelopen jaar")
            r"(?:is|zijn|was|waren)\s+(?:[\w-]+\s+){0,4}?afgelopen(?=\s*[.,;:)]|\s+(?:en|maar|zonder)\s)",
            r"not\s+(?:to\s+)?(?:be\s+)?renew(?:ed)?|(?:will|would|did)\s+not\s+(?:be\s+)?renew(?:ed)?|"
            # "it has not been renewed", "n'a pas été renouvelé"
            r"(?:has|have|had|was|were)\s+not\s+been\s+(?:renewed|extended)|"
            r"n['’](?:a|ont|avait|avaient)\s+pas\s+été\s+(?:renouvel|prolong|reconduit)\w*",
            r"niet\s+(?:te\s+)?(?:meer\s+)?(?:verlengen|verlengd|vernieuwen)",
            # the present tense denied: "Oss verlengt de overeenkomst niet" (before the renewal
            # reading of "verlengt", which starts at the same word; not "niet alleen ..., maar",
            # "niet stilzwijgend maar ...": the renewal qualified); "la convention n'est pas
            # reconduite", "ne sera finalement pas renouvelé"
            r"(?:verlengt|vernieuwt|hernieuwt)\s+(?:[\w-]+\s+){0,4}?niet(?![\w-])"
            r"(?!\s+(?:alleen|enkel|slechts|stilzwijgend))|"
            # the same in German: "Kiel verlängert die Vereinbarung nicht"
            r"(?:verlängert|erneuert)\s+(?:[\w-]+\s+){0,4}?nicht(?![\w-])"
            r"(?!\s+(?:nur|allein|bloß|stillschweigend))|"
            r"(?:n['’](?:est|sont|était|étaient)|ne\s+(?:sera|seront))\s+(?:[\w'’-]+\s+){0,2}?pas\s+"
            r"(?:renouvel|prolong|reconduit)\w*(?!\s+tacitement)",
            # the verb last in a subordinate clause: "dat de band niet werd verlengd", "het
            # memorandum, dat vorig jaar afliep", "der Vertrag, der 2022 ausgelaufen ist",
            # "la convention, qui a expiré en 2020"
            r"niet\s+(?:werd|werden|is|zijn|was|waren)\s+(?:verlengd|vernieuwd|hernieuwd)|"
            r"afliep(?:en)?|(?:ausgelaufen|abgelaufen)(?=\s+(?:ist|sind|war|waren|und\s+"
            r"(?:\w+\s+)?nicht)(?![\w-]))|(?:ont|avait|avaient)\s+expiré",
            r"ne\s+pas\s+(?:être\s+)?renouvel\w+|non\s+renouvel\w+",
            # "arrivée à échéance ... sans avoir pu être renouvelée", "expired without being
            # renewed", "zonder te worden verlengd", "ohne verlängert zu werden"
            r"(?:arrivée?s?|venue?s?)\s+à\s+(?:son\s+|leur\s+)?(?:échéance|terme)|"
            r"sans\s+(?:avoir\s+)?(?:pu\s+)?(?:être\s+)?(?:renouvel|prolong|reconduit)\w*|"
            r"without\s+(?:being\s+|having\s+been\s+)?(?:renewed|extended)|"
            r"zonder\s+(?:te\s+(?:worden|zijn)\s+)?(?:verlengd|vernieuwd|hernieuwd)|"
            r"ohne\s+(?:\w+\s+)?(?:verlängert|erneuert)\s+zu\s+werden",
            r"nicht\s+(?:zu\s+)?(?:mehr\s+)?(?:verlängern|verlängert|erneuern|erneuert)",
            r"verbr(?:oken|eken|eekt|ak)",
            r"opgezegd|opzeggen|beëindig(?:d|en|t)|stopgezet|stop\s+gezet|stop\s+te\s+zetten|"
            r"stopzetten|stopt|opgeschort|opschorten",
            r"suspend(?:s|ed|ing)?|suspendue?s?|suspension|ausgesetzt|aussetzen|auf\s+Eis\s+gelegt",
            # "was discontinued in 2012", "wurde eingestellt"; separable verbs around the act:
            # "Gouda zegde de stedenband op", "hief de band op", "kündigte die Partnerschaft
            # auf", "löste den Vertrag auf"; "we lost our sister city"
            r"discontinu(?:e|ed|es|ing)|eingestellt",
            # "cancelled its twinning", "pulled out of the agreement", "annulé", "abgesagt"
            r"cancel(?:l?ed|s|ling)?|pull(?:ed|s)?\s+out\s+of|annul(?:é|ée|és|ées|er)|abgesagt",
            r"zegde(?:n)?\s+(?:[\w-]+\s+){0,10}?op(?![\w-])|hie(?:f|ven)\s+(?:[\w-]+\s+){0,10}?op(?![\w-])",
            r"k(?:ü|u)ndigte(?:n)?\s+(?:[\w-]+\s+){0,10}?auf(?![\w-])|"
            r"l(?:ö|o)ste(?:n)?\s+(?:[\w-]+\s+){0,10}?auf(?![\w-])",
            r"(?:we|they|it|has|have|had)\s+lost",
            r"fr(?:oze|ozen|eeze|eezes|eezing)|bevroren|gelé(?:e|s|es)?|eingefroren",
            r"romp(?:re|u|ue|us|ent|t)|rupture|mis\s+fin|mettre\s+fin|met\s+fin|"
            r"résili(?:é|ée|er)|dénonc(?:é|ée|és|ées|er|e|ent|iation)",
            r"endete[n]?|(?:ist|sind|war|waren)\s+(?:\w+\s+){0,3}(?:ausgelaufen|abgelaufen)|"
            r"lief(?:en)?\s+(?:\w+\s+){0,4}aus|zu\s+Ende\s+gegangen|"
            r"eindigde(?:n)?|liep(?:en)?\s+(?:\w+\s+){0,4}af|is\s+verlopen|(?:stilzwijgend|stilletjes|ongemerkt)\s+(?:verlopen|afgelopen)|"
            r"a\s+pris\s+fin|prend\s+fin|(?:s['’]est|se\s+sont)\s+terminée?s?|a\s+expiré|"
            r"est\s+échue?|"
            r"beend(?:et|en|igt|igen)|aufgel(?:ö|o)st|aufl(?:ö|o)sen|gek(?:ü|u)ndigt|"
            r"k(?:ü|u)ndig(?:en|t)|abgebrochen|abbrechen|eingefroren",
            # the past and the subordinate clause's forms: "beëindigde de gemeente de band",
            # "die de stedenband met X opzegde", "beendete die Stadt die Partnerschaft",
            # "kündigte die Partnerschaft" (not "kündigte einen Besuch an": an announcement)
            r"be(?:ë|e)indigde(?:n)?|opzegde(?:n)?|opzei(?:den)?|beendete(?:n)?|"
            r"k(?:ü|u)ndigte(?:n)?(?!(?:\s+[\w-]+){0,8}?\s+an(?![\w-]))",
        ),
    ),
    (
        "renewed",
        _rx(
            r"re-?sign(?:ed|ing|s)?",
            r"renew(?:ed|al|ing|s)?",
            # "reaffirmed the sister-city relationship", "bekräftigten die Partnerschaft"
            r"reaffirm(?:ed|s|ing)?|re-?confirm(?:ed|s|ing)?|opnieuw\s+bevestigd\w*|"
            r"réaffirm(?:é|ée|és|ées|ent|er|e)|bekräftig(?:t|te|ten|en)|bestätigten\s+erneut",
            # "die Erklärung wurde erneut bestätigt", "opnieuw ondertekend"
            r"erneut\s+(?:bestätigt|unterzeichnet|besiegelt)\w*|"
            r"(?:opnieuw|nogmaals)\s+(?:ondertekend|bekrachtigd)\w*",
            # "bevestigden beide burgemeesters de stedenband opnieuw", "herbevestigd"
            r"herbevestig(?:d|de|den|t|en|ing)|"
            r"bevestig(?:t|en|de|den)\s+(?:[\w-]+\s+){0,8}?opnieuw(?![\w-])",
            r"extend(?:s|ed|ing)?(?=\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}(?:tie|relation|"
            r"agreement|partnership|twinning|memorandum|friendship|sister))",
            r"(?:was|were|has\s+been|have\s+been)\s+(?:extended|prolonged)",
            r"prolong(?:ed|s|ation)?",
            # a confirmation for a further term is a renewal: "the friendship was confirmed for
            # another five years", "für weitere fünf Jahre bestätigt", "voor nog vijf jaar
            # bevestigd", "confirmée en 2023 pour une nouvelle période de quatre ans"
            # (the act, or a pronoun of it, is what is confirmed, or the passive tells it: "the
            # mayor confirmed her support for another exchange" is no renewal)
            r"(?:was|were|is|are|been)\s+(?:[\w-]+\s+)?confirmed(?=\s+(?:[\w-]+\s+){0,2}?"
            r"for\s+(?:another|a\s+further|an\s+additional)\s)|"
            r"confirmed(?=\s+for\s+(?:another|a\s+further|an\s+additional)\s)|"
            r"confirm(?:ed|s|ing)?(?=\s+(?:it|them|(?:the|its|their|our|this|that)\s+(?:[\w-]+\s+)?"
            r"(?:"
            + _ACT_NOUN
            + r"|twinning|memorandum|friendship))\s+for\s+(?:another|a\s+further|"
            r"an\s+additional)\s)|"
            r"(?:für|um)\s+weitere\s+(?:[\w-]+\s+){1,3}?bestätigt\w*|"
            r"voor\s+(?:nog|opnieuw)\s+(?:[\w-]+\s+){1,3}?bevestigd\w*|bevestigd\w*(?=\s+voor\s+nog\s)|"
            r"confirmée?s?(?=\s+(?:[\w-]+\s+){0,3}?pour\s+(?:une\s+nouvelle\s+période|(?:[\w-]+\s+){1,2}?(?:"
            r"supplémentaires|de\s+plus)))",
            # the present tense too: "een overeenkomst die het akkoord met vijf jaar verlengt"
            r"verl(?:e|o)ng(?:d|de|den|en|ing|t)",
            r"(?:ver|her)nieuw(?:d|de|den|en|ing|t)",
            r"renouvel\w*",
            r"prolong(?:é|ée|ées|és|ation|e|ent)",
            r"reconduit(?:e|s)?|reconduction|reconduire",
            r"verlänger\w*|Verlängerung|erneuer\w*|Erneuerung",
        ),
    ),
    (
        "planned",
        _rx(
            # "a first step towards a sister relationship", "une première étape vers un
            # jumelage", "een eerste stap naar een stedenband", "ein erster Schritt zur ..."
            r"(?:first\s+|initial\s+)?steps?\s+(?:to|towards?)|(?:première\s+)?étapes?\s+vers|"
            r"(?:eerste\s+)?stap(?:pen)?\s+(?:naar|richting)|"
            r"(?:erste[nr]?\s+)?Schritt(?:e)?\s+(?:zu[rm]?|in\s+Richtung)",
            # "not yet signed", "nog niet ondertekend", "pas encore signé", "noch nicht
            # unterzeichnet": still to come, not failed
            r"not\s+yet(?:\s+(?:been|be|formally|officially))*\s+(?:signed|concluded|sealed|ratified)|"
            r"(?:has|have|had)\s*n[o']?t\s+yet\s+(?:been\s+)?(?:signed|concluded)|"
            r"nog\s+niet\s+(?:[\w-]+\s+){0,2}(?:ondertekend|getekend|gesloten|afgesloten)|"
            r"pas\s+encore\s+(?:été\s+)?(?:signée?s?|conclue?s?)|"
            r"noch\s+nicht\s+(?:[\w-]+\s+){0,2}(?:unterzeichnet|abgeschlossen|geschlossen)",
            r"will\s+(?:\w+\s+)?(?:sign|establish|conclude|form|enter|renew|extend|seal|formali[sz]e|"
            r"officiali[sz]e)\w*",
            # a possibility is no act done: "how the two cities can renew their cooperation"
            r"(?:can|could|may|might|should)\s+(?!not\b|n[o']t\b)(?:\w+\s+)?"
            r"(?:sign|establish|conclude|renew|extend|seal)\w*",
            r"endors(?:e|es|ing|ement)|asked\s+to|invited\s+to\s+(?:approve|endorse|adopt)",
            r"(?:talks|negotiations|discussions)\s+(?:on|about|over|for|towards?)",
            r"being\s+(?:negotiated|prepared|drafted|discussed)|under\s+(?:discussion|negotiation|"
            r"consideration|review)|want(?:s|ed)?\s+to|(?<!to\s)explor(?:e|es|ing)|"
            r"streb(?:t|en)\s+(?:[\w-]+\s+){0,6}?an(?![\w-])|willen\s+(?:[\w-]+\s+){0,6}?"
            r"(?:aangaan|sluiten)|(?:wordt|worden)\s+(?:nog\s+)?(?:onderhandeld|besproken)|"
            r"cours\s+de\s+négociation|wird\s+(?:derzeit\s+)?verhandelt",
            r"(?:gesprekken|onderhandelingen)\s+over|(?:négociations|discussions)\s+(?:sur|pour|en\s+vue)|"
            r"(?:Gespräche|Verhandlungen)\s+über",
            # "the purpose of the trip is to re-sign the 1996 memorandum": a renewal to come
            r"to\s+(?:re-?)?(?:sign|renew|conclude)",
            # "expected to be signed", "still not been signed" (talks go on), "à l'étude",
            # "un projet de charte de jumelage"
            r"expected\s+to\s+be\s+(?:signed|concluded|sealed)|in\s+the\s+pipeline|"
            # "an agreement to be finalized early next year", "nog in gesprek", "er wordt nog
            # gesproken over", "lopen nog gesprekken"
            r"to\s+be\s+finali[sz]ed|nog\s+in\s+gesprek|(?:wordt|werd)\s+nog\s+gesproken|"
            r"lopen\s+nog\s+gesprekken|"
            r"finali[sz](?:ing|es)|in\s+(?:preparation|voorbereiding|Vorbereitung)|"
            r"en\s+préparation|(?:heeft|hebben)\s+ingestemd\s+met|"
            r"still\s+not\s+(?:been\s+)?(?:signed|concluded)|à\s+l['’]étude|"
            r"projets?\s+de(?=\s+(?:charte|convention|jumelage|protocole|lettre|déclaration|accord|"
            r"pacte|mémorandum|partenariat))",
            r"(?:could|would|should|may|might)\s+be\s+(?:signed|concluded|sealed)",
            # an act that is to follow the one just made: "a memorandum is to follow", "will
            # follow", "een akkoord moet volgend schooljaar volgen", "zal later volgen", "une
            # convention doit suivre", "suivra", "eine Vereinbarung soll ... folgen" ("soll")
            r"(?:is|are)\s+to\s+follow|" + _FOLLOW,
            # a signing to come in the conditional, the act inside the verb bracket: "zou dit
            # voorjaar een intentieverklaring worden ondertekend", "würde im Frühjahr eine
            # Erklärung unterzeichnet werden" (not the reported past "zou ... zijn ondertekend")
            r"zou(?:den)?\s+(?:[\w-]+\s+){0,12}?worden\s+(?:ondertekend|getekend|gesloten|"
            r"afgesloten)|würde(?:n)?\s+(?:[\w.,-]+\s+){0,12}?(?:unterzeichnet|abgeschlossen|"
            r"geschlossen)\s+werden",
            # "moet in 2025 getekend worden", "moeten nog ondertekend worden"
            r"moet(?:en)?\s+(?:[\w,-]+\s+){0,8}?(?:getekend|ondertekend|gesloten|afgesloten)\s+"
            r"(?:worden|zijn)",
            r"(?:te|om\s+te)\s+(?:ondertekenen|tekenen|verlengen|sluiten|hernieuwen|vernieuwen)",
            r"(?<=van\s)plan(?![\w-])|voornemens?",
            r"(?:op|voor|uit)\s+te\s+(?:stellen|bereiden|werken)",
            # a clitic between the aim and its verb: "se rendra à Jinhua pour y signer un
            # accord", "pour le renouveler", "pour la signer"
            r"(?:à|pour|de)\s+(?:(?:y|la|le|les|l['’]y)\s+)?(?:signer|renouveler|conclure)",
            r"prévoi(?:t|ent|yait|yaient)\s+(?:\w+\s+)?de",
            r"zu\s+(?:unterzeichnen|unterschreiben|verlängern|erneuern|besiegeln)|"
            r"zu\s+schlie(?:ß|ss)en|vorzubereiten|auszuarbeiten",
            r"(?:wird|werden)\s+(?:[\w.,-]+\s+){0,16}?(?:unterzeichnen|unterschreiben|abschlie(?:ß|ss)en|"
            r"schlie(?:ß|ss)en|besiegeln|eingehen)",
            r"voorbereid|in\s+voorbereiding|being\s+prepared|under\s+preparation|en\s+préparation",
            # the verb of preparing in English and French, as "bereiden ... voor" and "bereiten
            # ... vor" below: "is preparing a friendship agreement", "agreed to prepare a letter
            # of intent", "le collège prépare un accord", "les deux villes vont préparer une charte"
            r"prepar(?:e|es|ing)|prépar(?:e|es|ent|er|ait|aient|ons|ez|era|eront)",
            # the separable verbs of preparing, the particle closing the clause: "PXL en X
            # bereiden een intentieverklaring voor", "beide Hochschulen bereiten eine
            # Vereinbarung vor"
            r"bereid(?:t|en|de|den)\s+(?:[\w-]+\s+){1,10}?voor(?=\s*[.,;:)]|\s+(?:en|maar)\s)|"
            r"bereite(?:t|n|te|ten)\s+(?:[\w-]+\s+){1,10}?vor(?=\s*[.,;:)]|\s+(?:und|aber)\s)",
            r"(?:is|are)\s+to\s+(?:be\s+)?sign\w*",
            r"to\s+be\s+(?:signed|concluded|established)",
            r"(?:is|are|was|were)\s+(?:moving|working)\s+towards?",
            r"mov(?:e|es|ing)\s+towards?",
            r"await(?:s|ing)?(?:\s+(?:approval|ratification|signature))?",
            r"propos(?:ed|es|ing|al)",
            r"plan(?:s|ned|ning)?\s+to",
            r"intend(?:s|ed)?\s+to|intention\s+to",
            r"aim(?:s|ing)?\s+to|seek(?:s|ing)?\s+to|hop(?:e|es|ing)\s+to",
            r"expected\s+to",
            # "the signing is scheduled for October", "staat gepland voor", "est prévue pour"
            r"(?:scheduled|slated|due)\s+(?:for|to|on|in)|(?:staat|is)\s+gepland|"
            # "la signature est prévue à Lijiang à l'automne", "prévue d'ici la fin de l'année"
            r"prévue?s?\s+(?:pour|le|en|au|à|dans|d['’]ici)",
            r"consider(?:s|ing|ation)?",
            r"approv(?:e|es|ing|al|ed)",
            # an approval is no signing ("hatte die Erneuerung ... gebilligt")
            r"gebilligt(?:e[nmrs]?)?|genehmigt(?:e[nmrs]?)?|zugestimmt|goedgekeurde?|approuvée?s?|"
            r"endorsed",
            r"keurde(?:n)?\s+(?:[\w'’-]+\s+){0,8}goed",
            r"authori[sz](?:e|es|ed|ing|ation)|autoris(?:e|ent|er|ation)|machtig(?:t|en|ing)|"
            r"ermächtig(?:t|en|ung)",
            r"(?:decided|resolved)\s+to\s+(?:enter|establish|sign|conclude|form|pursue|seek)",
            r"keur(?:t|en)\s+(?:[\w'’-]+\s+){0,8}goed",
            # a council asked to approve: "stelt de raad voor ... goed te keuren", "wird
            # gebeten, ... zuzustimmen"
            r"goed\s+te\s+keuren|zuzustimmen",
            r"approuv(?:e|ent|er)",
            r"stimm(?:t|en)\s+(?:[\w-]+\s+){0,8}zu",
            r"decides?\s+to|resolves?\s+to|beschlie(?:ß|ss)t|beschlie(?:ß|ss)en|décide|"
            r"besluit|beslist",
            r"einzugehen|abzuschlie(?:ß|ss)en|aan\s+te\s+gaan|te\s+sluiten|conclure",
            r"request(?:ed|s)?\s+(?:that|approval)",
            r"recommend(?:ed|s|ation)?",
            r"negotiat(?:e|es|ing|ions?)",
            r"prepar(?:e|es|ing)\s+(?:to|for|a|an)",
            r"draft(?:ed|ing)?",
            # the Dutch verb bracket: "zal de burgemeester de overeenkomst in mei ondertekenen",
            # "zal een nieuw samenwerkingsakkoord worden ondertekend" (the act inside it)
            r"zal\s+(?:[\w-]+\s+){0,12}?(?:ondertek\w+|(?:ge)?tekend|tekenen|sluiten|aangaan)(?![\w-])|zullen",
            # the German infinitive of will: "kündigte an, eine Erklärung abschließen zu
            # wollen", "die den Vertrag unterzeichnen möchten"
            r"(?:unterzeichnen|unterschreiben|abschlie(?:ß|ss)en|schlie(?:ß|ss)en|eingehen|"
            r"begründen|besiegeln|vereinbaren)\s+(?:zu\s+)?(?:wollen|möchten|wolle|wollten)",
            r"voorgesteld|voorstel|goedkeuring|goedkeuren|beoogd|overweegt|overwegen",
            r"stem(?:t|men)\s+(?:ermee\s+)?in\s+met|in\s+te\s+stemmen\s+met|instemming",
            r"plans?\s+(?:\w+\s+){0,2}to",
            # "are set to sign", "is slated to become", "gaan ... ondertekenen", "vont signer",
            # "s'apprête à signer", "steht kurz vor der Unterzeichnung"
            r"(?:is|are)\s+(?:set|slated|scheduled|due)\s+to|"
            r"(?:gaat|gaan)\s+(?:[\w-]+\s+){0,6}?(?:ondertekenen|tekenen|sluiten|aangaan)|"
            r"vont\s+signer|s['’]appr[eê]te(?:nt)?\s+à|steh(?:t|en)\s+kurz\s+vor",
            r"(?:wil(?:len)?|plant|plannen)\s+(?:[\w-]+\s+){0,12}?(?:sluiten|aangaan|ondertekenen|tekenen|"
            r"omzetten|omvormen|opwaarderen|uitbouwen)",
            # an act under study: "Kiel lässt prüfen, ob ...", "onderzoekt een stedenband",
            # "étudie un jumelage", "is looking into a sister city tie", "a request to
            # establish a friendship city relationship", "de raad moet nog instemmen"
            r"pr(?:ü|u)f(?:t|en)|onderzoek(?:t|en)|étudi(?:e|ent)|look(?:s|ing)?\s+into|"
            r"request(?:ed|s)?\s+to\s+(?:establish|form|enter|sign|conclude)|instemmen",
            # a request put to the council: "has asked the City to open a friendly exchange
            # relationship", "vraagt de raad een stedenband aan te gaan", "bittet den Rat, eine
            # Partnerschaft einzugehen", "demande à la ville d'établir un jumelage"
            r"ask(?:s|ed)?\s+(?:[\w-]+\s+){0,5}?to\s+(?:open|establish|form|enter|consider|"
            r"sign|conclude|create)",
            r"(?:vraagt|vragen|vroeg|vroegen|gevraagd)\s+(?:[\w-]+\s+){0,8}?(?:aan\s+te\s+gaan|"
            r"te\s+sluiten|te\s+ondertekenen)",
            r"(?:bittet|bitten|bat|gebeten)\s+(?:[\w-]+\s+){0,8}?(?:einzugehen|"
            r"(?:ab)?zuschlie(?:ß|ss)en|zu\s+unterzeichnen)",
            r"demand(?:e|ent|é|ait)\s+(?:[\w'’-]+\s+){0,4}?d['’]\s*(?:établir|ouvrir|engager)|"
            r"demand(?:e|ent|é|ait)\s+(?:[\w'’-]+\s+){0,4}?de\s+(?:nouer|conclure|signer)",
            r"(?:will|wollen|möchte[n]?)\s+(?:[\w-]+\s+){0,8}?(?:eingehen|schlie(?:ß|ss)en|"
            r"abschlie(?:ß|ss)en|unterzeichnen|begründen)",
            r"va\s+signer|signera(?:it|ient)?|signeront|devrai(?:t|ent)|projet\s+d['’]|propos(?:é|ée|ition)",
            # an act that was to be made and was put off: "le pacte devait être signé en
            # novembre", "retarde l'officialisation du jumelage", "the signing was postponed",
            # "de ondertekening is uitgesteld", "die Unterzeichnung wurde verschoben"
            r"dev(?:ait|aient)\s+(?:[\w-]+\s+)?(?:signer|conclure|parapher|être\s+(?:signée?s?|"
            r"conclue?s?|officialisée?s?))|retard(?:e|ent|ait|aient)(?=\s+(?:encore\s+)?(?:l['’]|la\s|le\s))|"
            r"report(?:é|ée|és|ées)\s+(?:au|à|en)|postpone[ds]?|delay(?:s|ed)(?=\s+(?:the|its)\s)|"
            r"uitgesteld|verschoben",
            r"doi(?:t|vent)\s+(?:[\w-]+\s+)?(?:signer|conclure|parapher|être\s+signée?s?)",
            # "une lettre d'intention serait prochainement signée", "sera signé en mai"
            r"(?:serai(?:t|ent)|sera|seront)\s+(?:[\w-]+\s+){0,2}(?:signée?s?|conclue?s?|"
            r"paraphée?s?)",
            r"envisag\w+|souhait\w+|approbation|approuver|en\s+cours\s+de",
            # a possible act, not one made: "to discuss a possible letter of intent", "über
            # eine mögliche Städtepartnerschaft", "une éventuelle charte", "een mogelijke
            # stedenband", "to consider forming a sister city relationship"
            r"(?:possible|potential|prospective|éventuel(?:le)?s?|potentiel(?:le)?s?|mogelijke?|"
            r"möglich(?:e[nrs]?)?|eventuelle[nrs]?)(?=\s+(?:[\w'’-]+\s+){0,2}?(?:letter|"
            r"memorand|agreement|accord|twinning|sister|friendship|partnership|charte|"
            r"convention|protocole|jumelage|lettre|déclaration|stedenband|overeenkomst|"
            r"verklaring|akkoord|zuster|vriendschap|partnerschap|Städtepartnerschaft|"
            r"Partnerschaft|Vereinbarung|Abkommen|Erklärung|Freundschaft|Absicht))|"
            r"consider(?:s|ed|ing)?\s+(?:forming|establishing|signing|entering)",
            # "pour préparer un futur jumelage", "a future twinning", "een toekomstige
            # stedenband", "eine künftige Partnerschaft"
            r"futur(?:e|es|s)?(?=\s+(?:[\w'’-]+\s+)?(?:jumelage|accord|partenariat|charte|"
            r"protocole|convention|twinning|sister|friendship|agreement|partnership|memorand))|"
            r"préparer\s+(?:un|une|le|la)\s|"
            r"toekomstige|künftige[nmrs]?|zukünftige[nmrs]?",
            # a council's approval of the act to come: "Die Bürgerschaft billigt die
            # Städtepartnerschaft", "befürwortet", "le conseil valide le principe d'un
            # jumelage", "adopte la charte", "donne son accord", "émet un avis favorable"
            r"billig(?:t|te|ten)|befürwort(?:et|ete|eten|en)|"
            r"valid(?:e|ent)\s+(?:le|la|les|l['’])|adopt(?:e|ent)\s+(?:le|la|les|l['’])|"
            r"donn(?:e|ent)\s+(?:son|leur)\s+accord|avis\s+favorable|"
            r"(?:le|du)\s+principe\s+d['’]une?",
            r"beabsichtig\w*|Absicht|soll(?:en|te|ten)?|geplant|Billigung|billigen|Zustimmung|"
            # "Der Rat wird gebeten, der Absichtserklärung ... zuzustimmen"
            r"zustimmen|zuzustimmen|zu\s+billigen|zu\s+genehmigen|Genehmigung|genehmigen|vorgesehen|angestrebt|anstreben|Entwurf|"
            r"vorbereit\w*|verhandel\w*",
        ),
    ),
    (
        "signed",
        _rx(
            r"sign(?:ed|ing|s)?|signatures?",
            r"conclud(?:ed|es)",
            r"entered\s+into|establish(?:ed|es)|formed|set\s+up|sealed|inked|became|become",
            # "a letter of intent that the two universities exchanged in May 2021"
            r"exchanged|uitgewisseld|échangée?s?|ausgetauscht",
            r"agreed(?!\s+(?:to|that|on|upon|in\s+principle))",
            r"formali[sz]ed|officiali[sz]ed|geformaliseerd|officialisée?s?|formalisiert",
            r"ratified|ratifiée?s?|bekrachtig(?:d|de|den|t)|ratifiziert|begründet|gegründet",
            r"dat(?:e|es|ing)\s+back\s+to|go(?:es)?\s+back\s+to|remonte(?:nt)?\s+à|"
            r"dat(?:e|es|ed|ing)\s+from|dateert\s+(?:van|uit)|stammt\s+(?:aus|von)|"
            r"dat(?:e|ent)\s+de|"
            r"gaa?t\s+terug\s+tot|reich(?:t|en)\s+(?:\w+\s+){0,3}zurück",
            r"geworden|devenues?|sont\s+devenu\w*",
            # a past act's run from its start: "The first agreement ran from January 2014 to
            # December 2018", "liep van 2016 tot 2020", "lief von 2016 bis 2020", "a couru de"
            r"ran\s+from|liep\s+van|lief\s+von|(?:a\s+)?cour(?:u|ait)\s+d[eu]",
            # "In 2016 sloten A en B een ...", "1990 schlossen A und B eine ..." (the verb of
            # concluding in the past tense)
            r"ondertek\w+|getekend[e]?|tekende[n]?|bezegel\w*|gesloten|afgesloten|aangegaan[e]?|"
            r"sloot|sloten|schlossen",
            # "De band kwam in 1999 tot stand", "Die Partnerschaft kam 1990 zustande", "the
            # link came about in 2004", "le jumelage a vu le jour en 1986": a tie came into being
            r"tot\s+stand\s+(?:gekomen|kwam|kwamen)|(?:kwam|kwamen)\s+(?:[\w-]+\s+){0,4}?tot\s+stand|"
            r"zustande\s+gekommen|(?:kam|kamen)\s+(?:[\w-]+\s+){0,4}?zustande|"
            r"came\s+(?:about|into\s+being)|(?:a|ont|avait|avaient)\s+vu\s+le\s+jour|vit\s+le\s+jour",
            r"signé(?:e|s|es)?|conclu(?:e|s|es)?|scellé\w*|noué\w*|paraph(?:é|ée|és|ées)",
            # "Lyon et Francfort signaient une convention de jumelage", "signèrent"
            r"sign(?:aient|ait|èrent|ent|a)|concl(?:uaient|uait|urent|uent)",
            r"unterzeichn\w+|unterschrieb\w*|abgeschlossene[nmrs]?|abgeschlossen|besiegelt\w*|"
            r"geschlossene[nmrs]?|geschlossen",
            # "zette zijn handtekening onder", "setzte seine Unterschrift unter", "put their names
            # to"
            r"handtekening(?:en)?|Unterschrift(?:en)?|put\s+(?:their|his|her)\s+(?:names?|"
            r"signatures?)\s+(?:to|on|under)",
            # a name set under the act: "setzte ... seinen Namen unter den Vertrag", "zette
            # zijn naam onder het verdrag" (the verb, so that a date before it is attached)
            r"setz(?:te|ten)(?=\s+(?:\S+\s+){0,12}?(?:seinen|ihren|ihre)\s+Namen\s+"
            r"(?:\w+\s+){0,2}unter\s)|(?:seinen|ihren|ihre)\s+Namen(?=\s+(?:\w+\s+){0,3}unter\s)",
            r"zet(?:te|ten)(?=\s+(?:\S+\s+){0,12}?(?:zijn|haar|hun)\s+na(?:am|men)\s+"
            r"(?:\w+\s+){0,2}onder\s)|(?:zijn|haar|hun)\s+na(?:am|men)(?=\s+(?:\w+\s+){0,3}onder\s)",
        ),
    ),
)

# All status markers in one pass; the group name is the status (leftmost, then first listed).
_PRE, _SUF = r"(?<![\w-])(?:", r")(?![\w])"  # what `_rx` wraps every pattern in
# All markers in one pass, the word boundaries checked once (about twice faster than each
# alternative checking its own); the group name is the status.
STATUS_RX: Final = re.compile(
    _PRE
    + "|".join(
        f"(?P<{status}>{rx.pattern[len(_PRE) : -len(_SUF)]})" for status, rx in STATUS_PATTERNS
    )
    + _SUF,
    _I,
)

# "5-year", "with a duration of 2 years", "for three years", "over the next five years".
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "neun": 9,
    "zehn": 10,
}
_NUM = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_YEARS = (
    r"(?P<unit>years?|yrs?|months?|jaar|jaren|maanden|maand|ans|années|mois|Jahre?n?|Monate?n?)"
)
_ADJ = r"(?P<unit2>year|month|jarige?|jährige[nmrs]?|annuel)"  # "5-year", "vijfjarige"
# ... but "10-year anniversary", "tienjarig bestaan", "zehnjähriges Jubiläum" are anniversaries
_NOT_TERM = (
    r"(?!\s+(?:anniversary|jubilee|bestaan|jubileum|Jubiläum|Bestehen|anniversaire))"
    r"(?![\s-]+old(?![\w-]))"  # "the 28-year-old agreement": an age, not a term
    # "a 36-year sister-city bond", "their 40-year ties": the age of a relation; but "a
    # five-year friendship agreement", "a five-year Friendship City agreement" have a term
    r"(?![\s-]+(?:[\w-]+[\s-]+){0,2}?(?:bonds?|ties|history|"
    r"friendship(?![\s-]+(?:[\w]+[\s-]+)?\w*agree)|"
    r"relationship(?![\s-]+agreement)|"
    # the same in Dutch and German: "de 25-jarige vriendschapsband", "die 30-jährige
    # Städtepartnerschaft", "de twintigjarige relatie"; but "een vijfjarige
    # vriendschapsovereenkomst", "ein fünfjähriger Partnerschaftsvertrag" have a term (the
    # noun ends the word)
    r"\w*band(?:en)?|\w*relaties?|\w*beziehung(?:en)?|verzustering|partnerschap|"
    r"vriendschap|\w*partnerschaft|\w*freundschaft)(?![\w-]))"
)

DURATION_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "a 5-year agreement", "a five-year MoU", "een vijfjarige overeenkomst", "fünfjährige"
    re.compile(rf"(?<![\w-]){_NUM}[\s-]*{_ADJ}(?![\w]){_NOT_TERM}", _I),
    # "for three years", "over the next five years", "with a duration of 2 years", "valid for"
    re.compile(
        r"(?<![\w-])(?:for\s+(?:an?\s+(?:(?:further|new|additional|second|initial|first)\s+)?"
        r"(?:period|term)\s+of\s+)?"
        r"(?:the\s+next\s+)?"
        r"(?:(?:a|an)\s+)?(?:further|another|additional|other)?\s*|"
        r"over\s+the\s+(?:next|coming)\s+|"
        # "which covers the next three years", "spanning the first five years"
        r"(?:covers?|covering|spans?|spanning)\s+the\s+(?:next|coming|first)\s+|"
        # "with a term of", "with an initial term of"
        r"(?:with\s+)?an?\s+(?:initial\s+)?(?:duration|term|period|validity)\s+of\s+|"
        # "commits both to ... over three years" (but not "for over 30 years", "of over")
        r"(?<!for\s)(?<!of\s)(?<!lasted\s)(?<!than\s)(?<!since\s)over\s+(?=\w+\s+years?\s*[.,;)])|"
        # "de overeenkomst loopt drie jaar"
        r"(?:loopt|lopen|liep|liepen)\s+(?:nog\s+)?|"
        # "für weitere fünf Jahre", "voor nog vijf jaar", "met nog drie jaar"
        r"für\s+weitere\s+|(?:voor|met)\s+nog\s+|"
        # "extended by five years", "prolongée de trois ans"
        r"(?:extended|prolonged)\s+by\s+(?:another\s+|a\s+further\s+)?|"
        r"(?:prolong|reconduit|renouvel)\w*\s+de\s+|"
        r"valid\s+for\s+|met\s+|(?:voor|gedurende)\s+(?:een\s+(?:periode|looptijd|duur)\s+van\s+)?|"
        r"(?:met\s+)?een\s+(?:looptijd|duur|termijn)\s+van\s+|de\s+komende\s+|"
        r"voor\s+de\s+(?:eerste|volgende)\s+|"
        r"pour\s+(?:une\s+(?:nouvelle\s+)?(?:durée|période)\s+de\s+)?|sur\s+(?:les\s+)?(?:prochaines\s+)?|"
        # "pour une durée de 4 ans", "sur une durée initiale de deux ans"
        r"d['’]une\s+durée\s+de\s+|(?:sur\s+)?une\s+durée\s+(?:initiale\s+)?de\s+|avec\s+une\s+(?:durée|validité)\s+de\s+|für\s+(?:die\s+(?:Dauer|Laufzeit)\s+von\s+|"
        # "für die nächsten drei Jahre", "für zunächst fünf Jahre"
        r"die\s+(?:nächsten|kommenden|ersten)\s+|zunächst\s+|vorerst\s+)?|"
        r"(?:mit\s+)?einer?\s+(?:Laufzeit|Dauer|Geltungsdauer)\s+von\s+|auf\s+|"
        r"um\s+(?:weitere\s+)?|gilt\s+(?:zunächst\s+|vorerst\s+)?|"
        r"in\s+den\s+(?:nächsten|kommenden)\s+)"
        rf"{_NUM}(?:\s*\(\d{{1,2}}\))?\s+(?:(?:more|further|additional|weitere)\s+)?{_YEARS}"
        r"(?![\w])(?!\s+(?:old|oud|alt)(?![\w-]))",
        _I,
    ),
    # "de overeenkomst is drie jaar geldig", "ist drei Jahre gültig", "valable cinq ans",
    # "remains in force three years"
    re.compile(
        rf"(?<![\w-])(?:valable\s+|gültig\s+|geldig\s+)?{_NUM}\s+{_YEARS}(?![\w])"
        r"(?:\s+(?:lang\s+)?(?:geldig|gültig|in\s+Kraft|van\s+kracht|valable)(?![\w]))",
        _I,
    ),
    re.compile(rf"(?<![\w-])(?:valable|gültig|geldig)\s+{_NUM}\s+{_YEARS}(?![\w])", _I),
    # "pour les trois prochaines années", "pour les cinq premières années" (not "pendant les
    # cinq premières années, les échanges ...": a past span)
    re.compile(
        rf"(?<![\w-])(?:pour|sur|durant|pendant)\s+les\s+{_NUM}\s+prochaines\s+années(?![\w])",
        _I,
    ),
    re.compile(rf"(?<![\w-])pour\s+les\s+{_NUM}\s+premières\s+années(?![\w])", _I),
    # "un accord de coopération de cinq ans", "une convention de trois ans": the term right
    # after the act's words (not "vieux de", "plus de": no act word before them)
    # (the word "de" first, then what comes before it: a quick scan)
    re.compile(
        "de(?:"
        + "|".join(
            rf"(?<={w}\sde)"
            for w in (
                "accord accords convention conventions protocole charte partenariat contrat "
                "mémorandum coopération collaboration jumelage amitié actions intention "
                "décentralisée"
            ).split()
        )
        + rf")\s+{_NUM}\s+{_YEARS}(?![\w])",
        _I,
    ),
    # "eine Kooperationsvereinbarung über fünf Jahre" (not "seit über 30 Jahren")
    re.compile(
        "über(?:"
        + "|".join(
            rf"(?<={w}\süber)"
            for w in "vereinbarung vereinbarungen vertrag abkommen erklärung memorandum".split()
        )
        + rf")\s+{_NUM}\s+(?P<unit>Jahre|Monate)(?![\w])",
        _I,
    ),
)

# "both cities", "the two regions", "beide steden", "les deux villes", "beide Städte".
BOTH = _rx(
    r"(?:both|the\s+two)\s+(?:(?:sister|partner|friendship|city|municipal|port)\s+)?(?:cities|towns|"
    r"regions|provinces|sides|parties|municipalities|partners|counties|ports|universities|"
    r"governments|mayors|administrations|signatories|places|institutions|organisations|"
    r"organizations|chambers|authorities|presidents|rectors|chairmen|chairs|vice-chancellors|"
    # "the two schools", "both colleges": schools bound by their own acts
    r"schools|colleges|academies|"
    # "where the two presidents signed ...": the heads of the two organisations named last
    r"chancellors)",
    r"both(?=\s+(?:also\s+)?(?:signed|agreed|sealed|renewed))",
    # "de twee provincies", "nos deux villes", "die zwei Städte": places named by a numeral
    # after an article, a possessive or a demonstrative, as well as "beide" / "les deux" (not
    # "de twee universiteiten": the two named last may be a partner and a third one, while the
    # visiting one was named further back)
    r"(?:(?:de|deze)\s+)?beide\s+(?:steden|gemeenten|partijen|regio'?s|partners|zijden|kanten|"
    r"provincies|zustersteden|universiteiten|instellingen|kamers|havens|rectoren|voorzitters|"
    r"scholen|hogescholen)",
    r"(?:de|deze)\s+twee\s+(?:steden|gemeenten|regio'?s|provincies|zustersteden)",
    r"(?:les\s+|nos\s+|ces\s+|leurs\s+)?deux\s+(?:villes|collectivités|parties|régions|cités|"
    r"partenaires|côtés|départements|provinces|communes|universités|établissements|institutions|"
    r"chambres|ports|présidents|recteurs|lycées|écoles|collèges|académies)",
    r"(?:die\s+)?beide[nr]?\s+(?:Städte|Seiten|Partner|Partnerstädte|Regionen|Kommunen|Gemeinden|"
    r"Hochschulen|Parteien|Provinzen|Universitäten|Kammern|Institutionen|Einrichtungen|"
    r"Präsidenten|Rektoren|Schulen|Gymnasien|Häfen)",
    r"(?:die|diese)\s+zwei\s+(?:Städte|Partnerstädte|Regionen|Kommunen|Gemeinden|Provinzen)",
)

# A subject pronoun or "the city" before a keyword: the party is the sentence's topic.
# (written to open with its words' first characters in any case, `first_chars`: the same
# matches as "(?<![\w-])(?:it|its|...|die\s+(?:Stadt|...))(?![\w])")
_PRONOUN_FIRSTS, _PRONOUN_TAILS = first_chars(
    [
        *"it its they their".split(),
        r"the\s+(?:city|town|municipality|province|region)",
        # "het sluiten van een verklaring": an article before a verbal noun, no pronoun
        r"het(?!\s+[a-zà-ÿ]+en\s+van(?![\w-]))",
        *"zij ze haar hun".split(),
        r"de\s+(?:stad|gemeente|provincie)",
        *"elle il ils elles sa son ses leur leurs".split(),
        r"la\s+(?:ville|commune|province|région)",
        *"sie es ihre?[nmrs]? seine?[nmrs]?".split(),
        r"die\s+(?:Stadt|Gemeinde|Provinz|Region)",
    ],
    ignorecase=True,
)
PRONOUN: Final = re.compile(
    _PRONOUN_FIRSTS + r"(?<![\w-].)" + _PRONOUN_TAILS + r"(?![\w])",
    _I,
)
# "our sister city": the document's own institution.
OUR: Final = opened(
    re.compile(
        r"(?<![\w-])(?:our|we|us|onze|ons|wij|notre|nos|nous|unser(?:e[nmrs]?)?|wir)(?![\w])", _I
    )
)
# "this agreement", "cet accord", "deze overeenkomst", "dieses Abkommen": a known act.
DEMONSTRATIVE: Final = re.compile(
    r"(?<![\w-])(?:this|that|these|the\s+said|cet|cette|ce|ces|ledit|ladite|deze|dit|die|dat|"
    r"dieses?|diese[nmr]?|jene[smnr]?)\s+(?:[\w-]+\s+){0,2}\Z",
    _I,
)

# Demonym adjectives -> ISO country, for "the Chinese city", "la cité chinoise".
DEMONYMS: dict[str, str] = {}
for _cc, _words in (
    ("CN", "chinese chinoise chinois chinesische chinesischen chinesischer chinees"),
    ("JP", "japanese japonaise japonais japanische japanischen japanse"),
    ("KR", "korean coréenne coréen koreanische koreanischen koreaanse"),
    ("TW", "taiwanese taïwanaise taïwanais taiwanesische taiwanese"),
    ("BE", "belgian belge belgische belgischen"),
    ("NL", "dutch néerlandaise néerlandais niederländische niederländischen nederlandse"),
    ("FR", "french française français französische französischen franse"),
    ("DE", "german allemande allemand deutsche deutschen duitse"),
    ("US", "american américaine américain amerikanische amerikanischen amerikaanse"),
    ("GB", "british britannique britische britischen britse"),
    ("AU", "australian australienne australien australische australischen"),
    ("IT", "italian italienne italien italienische italienischen italiaanse"),
    ("ES", "spanish espagnole espagnol spanische spanischen spaanse"),
    ("RU", "russian russe russische russischen"),
    ("IN", "indian indienne indien indische indischen"),
    ("PL", "polish polonaise polonais polnische polnischen poolse"),
    ("ZA", "south-african sud-africaine sud-africain südafrikanische zuid-afrikaanse"),
    ("CA", "canadian canadienne canadien kanadische kanadischen canadese"),
    ("BR", "brazilian brésilienne brésilien brasilianische braziliaanse"),
    ("VN", "vietnamese vietnamienne vietnamien vietnamesische vietnamese"),
):
    for _w in _words.split():
        DEMONYMS[_w] = _cc
        if _w.endswith("ische"):  # German cases: "der vietnamesischen Metropole"
            DEMONYMS[_w + "n"] = DEMONYMS[_w + "r"] = DEMONYMS[_w + "s"] = _cc

_DEMONYM = "|".join(sorted((re.escape(w) for w in DEMONYMS), key=len, reverse=True))
# "the Chinese city", "la métropole chinoise", "die chinesische Partnerstadt", "de Chinese stad"
DEMONYM_ANAPHOR: Final = re.compile(
    r"(?<![\w-])(?:the|this|that|its|la|le|cette|ce|sa|son|die|diese|der|ihre|de|deze|het|haar)\s+"
    # "the southern Chinese port city": up to two words before and one after the demonym
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:(?P<d1>"
    + _DEMONYM
    + r")\s+(?:[a-z-]+\s+)??(?:partner\s+|sister\s+)?(?:city|town|metropolis|"
    r"municipality|province|region|partner|side|stad|gemeente|provincie|regio|partner|"
    r"miljoenenstad|metropool|Stadt|Metropole|Kommune|Provinz|Region|Partnerstadt|"
    # "the Chinese guests", "de Chinese delegatie", "die chinesischen Gäste"
    r"guests|delegation|delegates|visitors|gasten|delegatie|Gäste|Delegation)|"
    r"(?:ville|cité|métropole|commune|province|région|partenaire|collectivité|délégation|"
    r"invités|hôtes)\s+"
    r"(?P<d2>" + _DEMONYM + r"))(?![\w])",
    _I,
)

# The preposition that introduces the partner after a keyword ("with", "met", "mit", "avec").
WITH_PREP: Final = re.compile(
    r"(?<![\w-])(?:with|between|among|to|met|tussen|aan|mit|zwischen|zu[rm]?|avec|entre|auprès\s+de|"
    # "jumelée à Norwich", "liée à la province du Hubei"
    r"(?:(?<=jumelé\s)|(?<=jumelée\s)|(?<=jumelés\s)|(?<=jumelées\s)|(?<=lié\s)|(?<=liée\s)|"
    r"(?<=liés\s)|(?<=liées\s))à|"
    # "la convention qui la lie depuis 2009 à Lijiang", "l'accord qui nous unit à Hefei":
    # the partner of the place the pronoun stands for ("qui unit Dole à Lahr" names both)
    r"(?:la|le|les|l['’]|nous)\s*(?:lie|lient|liait|liaient|relie|relient|reliait|unit|"
    r"unissent|unissait)(?:\s+[\w'’-]+){0,4}?\s+à)"
    r"(?![\w-])"
    # "mit einer Laufzeit von fünf Jahren", "avec une durée de", "with a term of": a term
    r"(?!\s+(?:a|an|een|une?|einer?)\s+(?:term|duration|period|validity|looptijd|duur|"
    r"termijn|geldigheidsduur|laufzeit|dauer|geltungsdauer|durée|validité|période)(?![\w-]))",
    _I,
)
# A list of partners: "which includes", "such as", "namely", ":", "waaronder", "darunter".
LIST_INTRO: Final = re.compile(
    r"(?:(?<![\w-])(?:which\s+includ(?:e|es)|includ(?:e|es|ing)|such\s+as|namely|among\s+them|"
    r"among\s+which|like|waaronder|zoals|namelijk|darunter|nämlich|wie|dont|notamment|comme|"
    r"à\s+savoir|are|were|zijn|waren|sind|waren|sont|étaient|is|was|ist|war|est|était)(?![\w-])|:)",
    _I,
)


# The same patterns for the lower-cased text (case-sensitive matching is about 2.5x faster);
# abbreviations that are ordinary words in lower case ("loi", "mou") are checked for case.
TYPE_PATTERNS_LOW: tuple[tuple[AgreementType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(lower_pattern(rx.pattern))) for kind, rx in TYPE_PATTERNS
)
GENERIC_LOW: Final = re.compile(lower_pattern(GENERIC.pattern))
WITH_PREP_LOW: Final = re.compile(lower_pattern(WITH_PREP.pattern))
LIST_INTRO_LOW: Final = re.compile(lower_pattern(LIST_INTRO.pattern))
DURATION_PATTERNS_LOW = tuple(
    opened(re.compile(lower_pattern(rx.pattern))) for rx in DURATION_PATTERNS
)


def _keywords_low() -> re.Pattern[str]:
    """Every type (and the generic words, last) in one pattern: one pass, about twice faster.

    Longer, more specific kinds come first, since the first alternative that matches wins.
    """
    pre, suf = _PRE, _SUF
    order: tuple[AgreementType, ...] = (
        "cooperation_agreement",
        "friendship",
        "sister_city",
        "memorandum_of_understanding",
        "letter_of_intent",
        "declaration_of_intent",
    )
    by_type = dict(TYPE_PATTERNS_LOW)
    inner = [f"(?P<{kind}>{by_type[kind].pattern[len(pre) : -len(suf)]})" for kind in order]
    inner.append(f"(?P<generic>{GENERIC_LOW.pattern[len(pre) : -len(suf)]})")
    inner.append(f"(?P<generic_other>{lower_pattern(PROTOCOL.pattern)[len(pre) : -len(suf)]})")
    # a bare "memorandum" is an MoU of no stated kind ("That Memorandum expired in 2023")
    inner.append(r"(?P<generic_mou>memorand(?:um|a|ums)|mémorandums?)")
    return re.compile(pre + "|".join(inner) + suf)


KEYWORDS_LOW = _keywords_low()
STATUS_RX_LOW: Final = re.compile(lower_pattern(STATUS_RX.pattern))
FOLLOW_LOW: Final = re.compile(lower_pattern(_rx(_FOLLOW).pattern))
CASED_ABBREVIATIONS: Final = frozenset({"loi", "lois", "mou", "mous"})  # "LoI", "MOU", not "loi"


def _low(rx: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(lower_pattern(rx.pattern))


BOTH_LOW = _low(BOTH)
# (written to open with its first characters, `first_chars`: the same matches as
# _low(DEMONSTRATIVE))
_DEMONSTRATIVE_FIRSTS, _DEMONSTRATIVE_TAILS = first_chars(
    r"this|that|these|the\s+said|cet|cette|ce|ces|ledit|ladite|deze|dit|die|dat|dieses?|"
    r"diese[nmr]?|jene[smnr]?".split("|")
)
DEMONSTRATIVE_LOW = re.compile(
    _DEMONSTRATIVE_FIRSTS + r"(?<![\w-].)" + _DEMONSTRATIVE_TAILS + r"\s+(?:[\w-]+\s+){0,2}\Z"
)
DEMONYM_ANAPHOR_LOW = _low(DEMONYM_ANAPHOR)
INTEREST_LOW = _low(INTEREST)
NON_ACT_AFTER_LOW = _low(NON_ACT_AFTER)
COUNTERFACTUAL_LOW = _low(COUNTERFACTUAL)
GENERIC_NOT_AFTER_LOW = _low(GENERIC_NOT_AFTER)
