"""What figures count, in English, Dutch, French and German: head nouns, units and contexts.

Every pattern is compiled once at import. Head nouns are matched right after a number (with
at most two modifiers between: "two large Chinese companies"), units right after it, contexts
anywhere in the sentence or in a window before the number.
"""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._clauses import opened
from cityties.extraction.extractors._numbers import ORDINAL
from cityties.extraction.types import FigureMeasure

__all__ = [
    "AFTER_HEAD_STOP",
    "AGREEMENT_CONTEXT",
    "ANNIVERSARY",
    "AREA_UNIT",
    "CARGO_CONTEXT",
    "COMPOUND_HEAD",
    "COMPOUND_PART_PREFIXES",
    "CURRENCY_PREFIX",
    "CURRENCY_SUFFIX",
    "DEFINITE_BEFORE",
    "DEFINITE_BEFORE_FR",
    "DELTA_BEFORE",
    "DIGIT_ORDINAL",
    "ECONOMY_CONTEXT",
    "EMPLOY_BEFORE",
    "EVENT_AFTER",
    "FLOW_BEFORE",
    "FORMAL_LINKS",
    "FROM_PLACE_AFTER",
    "FROM_VERB_AFTER",
    "GOAL_AFTER_RANK",
    "GOAL_AIM_BEFORE",
    "GOAL_BEFORE_RANK",
    "GOAL_MODAL_BEFORE",
    "HEADS",
    "HEAD_BEFORE",
    "HEAD_BEFORE_MEASURE",
    "MODIFIER_STOP",
    "MONEY_FLOW_CONTEXT",
    "MOVE_AFTER",
    "NOT_A_FIGURE_AFTER",
    "NOT_CARGO",
    "NUMBER_EXCLUDED_BEFORE",
    "ONE_OF_BEFORE",
    "ORDINAL_COUNT_UNREAL",
    "ORDINAL_OF_KIND",
    "PART_MODIFIERS",
    "PART_MODIFIERS_AFTER",
    "PEOPLE_POPULATION_CONTEXT",
    "PER_AFTER",
    "RANK_AFTER_ONE",
    "RANK_CUES",
    "RANK_DE_COMPOUND",
    "RANK_DIGITS",
    "RANK_FIRST",
    "RANK_FR_FIRST",
    "RANK_LABEL_BEFORE",
    "RANK_NL_OP_NA",
    "RANK_NUMBER_BEFORE",
    "RANK_OF_POSSESSION",
    "RANK_ONE",
    "RANK_ONE_BEFORE",
    "RANK_ONE_WORDS",
    "RANK_ORD_BARE_NOUN",
    "RANK_ORD_NOUN",
    "RANK_ORD_ONLY",
    "RANK_ORD_PLACE",
    "RANK_ORD_SUPERLATIVE",
    "RANK_PLACE_AFTER",
    "RANK_PLACE_BEFORE",
    "RANK_POSSESSIVE_BEFORE",
    "RANK_VERB_BEFORE",
    "RANK_VERB_BEFORE_WORD",
    "SIZE_NOUN_BEFORE",
    "STUDY_NEAR",
    "TEMPORAL_BEFORE_YEAR",
    "TONNE_UNIT",
    "TWINNING_CONTEXT",
    "WORK_NEAR",
    "YEAR",
    "YEAR_INTRO",
    "YUAN",
]

_I = re.IGNORECASE

# ---------------------------------------------------------------- head nouns after a number
# measure -> pattern for the noun that follows the number. "cities" and "countries" count
# only in a twinning context; "people" only with an employing verb or a population context.
_HEAD_WORDS: dict[str, str] = {
    "sister_cities": (
        # "118 pairs of friendship provinces and cities", "sister cities and states",
        # "zusterprovincies en -steden", "Partnerprovinzen und -städte", "provinces et villes
        # amies": partners of two kinds coordinated
        r"(?:sister|twin|partner|friendship|friendly)[\s-]+(?:provinces|states|regions|cities)"
        r"\s+(?:and|&|or)\s+(?:cities|states|provinces|regions|municipalities)(?![\w-])|"
        r"zuster(?:provincies|steden|regio's)\s+en\s+-(?:steden|provincies|regio's)|"
        r"partner(?:provinzen|städte|regionen)\s+und\s+-(?:städte|provinzen|regionen)|"
        r"(?:provinces|régions)\s+et\s+villes\s+(?:amies|jumelles|partenaires)|"
        r"(?:sister|twin|partner|friendship)\s+(?:and|or|en|of|und|oder|et|ou)\s+"
        r"(?:sister|twin|partner|friendship|friendly)[\s-]+(?:cities|towns)|"
        r"(?:sister|twin|twinned|partner|friendship|friendly)[\s-]+"
        r"(?:cit(?:y|ies)|towns?|provinces?|regions?|municipalit(?:y|ies)|communities)"
        r"(?:[\s-]+(?:relationships?|relations|partnerships?|agreements?|ties|links))?"
        r"|twinnings?|twinning\s+(?:partners|agreements|relationships)"
        # "10 sister port agreements", "18 International Sister Seaport Agreements"
        r"|(?:sister|twin|friendship)[\s-]+(?:sea)?ports?"
        r"(?:[\s-]+(?:relationships?|relations|partnerships?|agreements?|ties|links))?"
        r"|zusterhavens|partnerhäfen|schwesterhäfen|ports\s+(?:jumeaux|jumelés)"
        r"|sister[\s-]+city\s+(?:relationships?|relations|partnerships?|agreements?|ties|links)"
        r"|twinning\s+(?:links|agreements|arrangements)|partnership\s+agreements"
        r"|(?:accords?|conventions?)\s+de\s+(?:jumelage|partenariat|coopération)"
        r"|partnerschaftsverträgen?|partnerschaftsabkommen|jumelages?"
        r"|zuster(?:steden|stad)(?:relaties|banden)|stedenbandrelaties"
        r"|zuster(?:steden|stad|gemeenten?|regio's|provincies)|partner(?:steden|stad|gemeenten?)"
        r"|stedenbanden|verzusteringen|jumelages?|villes?\s+(?:jumelles?|jumelées?|partenaires?|"
        r"sœurs?|soeurs?|amies?)|communes?\s+(?:jumelées?|partenaires?)"
        r"|partnerstädten?|partnerstadt|schwesterstädten?|städtepartnerschaften|partnergemeinden"
        r"|partnerkommunen|freundschaftsstädten?|partnerregionen"
    ),
    "sister_cities_ctx": (
        r"cities|towns|municipalities|partners|partnerships|steden|gemeenten|partners|ports|"
        r"havens|häfen|"
        r"partnerschappen|städten?|gemeinden|kommunen|partnern|partnerschaften|villes|communes|"
        r"collectivités|partenaires|partenariats"
    ),
    "countries_ctx": r"countries|nations|landen|ländern?|staaten|pays",
    # occupations a body employs ("employs some 750 researchers and engineers", "beschäftigt
    # 300 Wissenschaftler", "emploie 200 chercheurs"): staff only after an employing verb
    "staff_ctx": (
        r"researchers|scientists|engineers|technicians|onderzoekers|wetenschappers|ingenieurs|"
        r"forscher(?:innen)?|wissenschaftler(?:innen|n)?|ingenieure(?:n)?|"
        r"chercheu(?:r|se)s|scientifiques|ingénieurs|techniciens"
    ),
    "population": (
        r"inhabitants?|residents?|citizens|souls|inwoners|bewoners|zielen|onderdanen|inw\.|"
        r"einw\.|hab\.|"
        r"einwohner(?:innen|n)?|bewohner(?:innen|n)?|bürger(?:innen|n)?|untertanen|"
        r"habitant(?:e)?s|âmes|résident(?:e)?s|administrés|citoyens"
    ),
    "people": (
        r"people|persons|mensen|personen|menschen|personnes|young\s+people|jongeren|jeunes|"
        r"junge\s+menschen"
    ),
    "students": (
        r"students?|studenten|studierende[n]?|student(?:inn)?en|étudiant(?:e)?s|étudiants"
    ),
    "companies": (
        r"companies|firms|businesses|enterprises|corporations|bedrijven|ondernemingen|"
        r"firma's|unternehmen|firmen|betriebe|entreprises|sociétés|firmes|"
        r"mitglieds(?:unternehmen|betriebe|firmen)|(?:lid|leden)bedrijven"
    ),
    "employees": (
        r"employees|workers|staff(?:\s+members)?|jobs|employés|salariés|emplois|agents|"
        r"collaborateurs|collaboratrices|personnels|"
        r"werknemers|medewerkers|personeelsleden|arbeidsplaatsen|banen|jobs|werkplekken|"
        r"mitarbeiter(?:innen|n)?|mitarbeitende[n]?|beschäftigte[n]?|arbeitsplätzen?|"
        r"arbeitnehmer(?:innen|n)?|angestellte[n]?|"
        # the teaching staff of a university ("mehr als 1.100 Lehrkräfte", "1 200
        # enseignants-chercheurs", "800 docenten", "2,000 academic staff")
        r"(?:teaching|academic)\s+staff|faculty\s+members|lecturers|docenten|"
        r"enseignants(?:-chercheurs)?|lehrkräften?|lehrende[n]?|dozent(?:inn)?en"
    ),
}
HEADS: dict[str, re.Pattern[str]] = {
    measure: re.compile(r"(?:" + words + r")(?![\w])", _I) for measure, words in _HEAD_WORDS.items()
}

# A head noun must be the next word, or follow at most three modifiers; these words end the
# search ("500 years of ...", "10 of the ...").
MODIFIER_STOP = frozenset(
    """of in on at to for from by with and or per than the a an is are was were has have
    van de het een en in op met voor dan zijn waren heeft der die das den dem des und oder
    mit für von im am pro ist sind hat haben du la le les et ou à au aux par pour dans est
    sont ont year years month months day days hour hours minute minutes week weeks decade
    decades centuries times percent jaar jaren maanden dagen uur weken procent keer jahr
    jahre jahren monate monaten tage tagen stunden wochen prozent mal ans années mois jours
    heures semaines fois km kilometer kilometers kilometre kilometres kilomètre kilomètres
    mile miles meter meters metre metres mètre mètres""".split()
)
# "about 400 of its students": a possessive after "of" makes the number a part.
MODIFIER_STOP = MODIFIER_STOP | frozenset(
    "its their his her our hun haar ihre ihrer seiner seine ses leurs nos".split()
)

# Between a scale word and its head noun: "11 millions d'habitants", "5 million of ...".
AFTER_HEAD_STOP: Final = re.compile(r"\s*(?:d['’]\s*|de\s+|of\s+)?", _I)

# "400 inhabitants per km2" is a density, "20 students a year" a rate.
PER_AFTER: Final = re.compile(
    r"\s*(?:per|/|par|pro|je|a|an|each|every|elk|jede[nm]?|chaque|by|par\s+an)\s+"
    r"(?:km|square|sq|year|day|month|week|jaar|dag|maand|jahr|tag|monat|an|jour|mois|"
    r"capita|hoofd|kopf|habitant|inwoner|einwohner|inhabitant|hectare)",
    _I,
)

# ---------------------------------------------------------------- units
AREA_UNIT: Final = re.compile(
    r"[\s\u00a0]*(?P<unit>"
    r"(?P<km2>km\s?(?:2|²|\^2)(?![\d])|sq\.?\s?km|square\s+kilomet(?:re|er)s?|square\s+km|"
    r"kilomet(?:re|er)s?\s+(?:square|carrés?)|kilomètres?\s+carrés?|"
    r"vierkante\s+kilometers?|quadratkilometer[n]?|qkm)"
    r"|(?P<ha>hectares?|hectaren|ha(?![\w]))"
    r"|(?P<mi2>square\s+miles?|sq\.?\s?mi(?:les?)?(?![\w]))"
    r")",
    _I,
)
TONNE_UNIT: Final = re.compile(
    r"[\s\u00a0]*(?:de\s+|d['’]\s*|of\s+)?(?P<unit>(?:metric\s+)?(?:tonnes?|tons?|tonnen|"
    r"t(?![\w'’])))"
    r"(?:\s+(?:of|aan|an|de|d['’])\s*(?P<what>[\w-]+))?",
    _I,
)
CARGO_CONTEXT: Final = re.compile(
    r"\b(?:cargo|goods|freight|throughput|tran(?:s)?shipment|handled|handles|handling|"
    r"tonnage|maritime\s+traffic|overslag|sloeg|slaat|verwerkte|verwerkt|goederen|vracht|"
    r"güter|güterumschlag|umschlag|umgeschlagen|schlug|schlägt|fracht|fret|marchandises|"
    r"trafic|transbordement|traité|manutentionné|"
    # a port that moves tonnes ("Son port ... a dépassé 550 millions de tonnes")
    r"(?:sea)?ports?(?![\w])|havens?(?![\w])|häfen|hafens?(?![\w])|harbou?rs?(?![\w]))",
    _I,
)
NOT_CARGO: Final = re.compile(
    r"\b(?:co2|co₂|emission|emissions|uitstoot|emissies|ausstoß|emissionen|émissions|"
    r"waste|afval|abfall|déchets|carbon|koolstof|kohlenstoff|carbone)",
    _I,
)

CURRENCY_SUFFIX: Final = re.compile(
    r"[\s\u00a0]*(?:(?:d['’]\s*|de\s+|of\s+)?(?P<eur>euros?|euro's|eur(?![\w])|€)"
    # ("milliards de yuans", "millions de dollars": French writes "de" before any currency)
    r"|(?:de\s+)?(?P<other>(?:(?:us|u\.s\.)\s+)?dollars?|usd|us\$|\$|yuans?|rmb|renminbi|cny|"
    r"pounds?(?:\s+sterling)?|gbp|£|yen|jpy|¥|rand))",
    _I,
)
CURRENCY_PREFIX: Final = re.compile(
    r"(?:(?P<eur>€|(?<![\w])eur|(?<![\w])euro)|"
    r"(?P<other>us\$|\$|(?<![\w])(?:usd|gbp|rmb|cny|yuan)|£|¥))[\s\u00a0]*$",
    _I,
)

# the currency word of an economy's output in yuan (an `other` figure)
YUAN: Final = re.compile(r"yuan|rmb|renminbi|cny|¥")

# ---------------------------------------------------------------- contexts
ECONOMY_CONTEXT: Final = re.compile(
    r"(?:added\s+value|value\s+added|gross\s+value\s+added|\bgva\b|\bgdp\b|"
    r"economy\b[^.;]{0,60}\b(?:in|of)\s+output\b|goods\s+and\s+services\s+worth|"
    r"economy\s+worth\s|"
    # "Its economy produced about 3.04 trillion yuan", "de economie genereerde", "l'économie
    # a produit", "die Wirtschaft erwirtschaftete"
    r"(?:economy|economie|économie|wirtschaft)\b[^.;]{0,40}?\b"
    r"(?:produced|generated|produceerde|genereerde|geproduceerd|gegenereerd|produit|généré|"
    r"erwirtschaftete|erwirtschaftet)\b|"
    r"gross\s+(?:domestic|regional)\s+product|economic\s+output|regional\s+product|"
    r"toegevoegde\s+waarde|\bbbp\b|\bbrp\b|bruto\s+(?:binnenlands|regionaal)\s+product|"
    r"wertschöpfung|\bbip\b|bruttoinlandsprodukt|wirtschaftsleistung|"
    r"\bpib\b|produit\s+intérieur\s+brut|valeur\s+ajoutée|richesse)",
    _I,
)
# Money a place or organisation has traded or spent: "exported about $310 million worth of
# goods", "exports worth 900 million U.S. dollars", "heeft 1,2 miljoen euro in ... gestoken",
# "investierte 40 Millionen Euro", "des exportations de 2 milliards d'euros" (an `other`).
# An investment announced or received ("announced an investment of", "received ... in
# investment") is not what the place has: only the verb of money already spent counts.
MONEY_FLOW_CONTEXT: Final = re.compile(
    r"(?<![\w])(?:export(?:s|ed)?|import(?:s|ed)?|trade\s+(?:volume|worth)|invested|"
    r"export(?:eerde|eert|waarde)|import(?:eerde|eert)|handelsvolume|investeerde|"
    r"geïnvesteerd|gestoken|uitgevoerd|ingevoerd|geëxporteerd|geïmporteerd|"
    # "habe Waren im Wert von 2,3 Milliarden Euro nach Niedersachsen ausgeführt", "Exporte"
    r"exportierte?|importierte?|ausfuhre?n?|einfuhre?n?|ausgeführt|eingeführt|exporte|"
    r"importe|handelsvolumen|investierte|investiert|"
    r"exporté(?:e?s?)|importé(?:e?s?)|exportent|importent|exportations?|importations?|"
    r"échanges\s+commerciaux|investi)"
    r"(?![\w])",
    _I,
)
TWINNING_CONTEXT: Final = re.compile(
    r"(?:sister|twin(?:ned|ning)?\b|partner\s*cit|partner\s*town|partnership|friendship|"
    r"friendly\s+(?:exchange\s+)?relation|stedenband|zusterst|verzuster|partnerst|"
    r"vriendschap|partnerschap|jumel|partenaire|partenariat|amitié|coopération\s+décentralisée|"
    r"partnerschaft|städtepartner|partnerstädt|freundschaft)",
    _I,
)
# "keeps formal links with six cities", "onderhoudt officiële banden met zes steden",
# "unterhält offizielle Beziehungen zu sechs Städten": links that count partners without a
# twinning word (read only where TWINNING_CONTEXT is not).
FORMAL_LINKS: Final = opened(
    re.compile(
        r"(?<![\w])(?:(?:formal|official|civic)\s+(?:links|ties|relations)|"
        r"(?:formele|officiële)\s+(?:banden|relaties)|"
        r"(?:offizielle|förmliche)\s+(?:beziehungen|verbindungen)|"
        r"(?:liens|relations)\s+officiel)",
        _I,
    )
)
AGREEMENT_CONTEXT: Final = re.compile(
    r"(?:agreement|memorandum|accord|akkoord|overeenkomst|abkommen|vereinbarung|vertrag|"
    r"convention|coopération|cooperation|samenwerking|zusammenarbeit|kooperation)",
    _I,
)

PEOPLE_POPULATION_CONTEXT: Final = re.compile(
    r"(?<![\w])(?:home\s+to|(?:city|town|village|municipality|metropolis|region|province|county|"
    r"island|nation|country|centre|center|hub|capital|stad|dorp|gemeente|provincie|"
    r"hoofdstad|centrum|stadt|dorf|gemeinde|provinz|hauptstadt|zentrum|metropole|ville|"
    r"village|commune|capitale|métropole|pôle|"
    r"agglomeration|agglomération|agglomeratie|conurbation|(?:metropolitan|urban|metro)\s+area|"
    r"ballungsraum|metropolregion)\s+(?:of|van|"
    r"mit|von|de|with|met|avec)|population|inhabited|bevolking|bevölkerung|leben\s*$|wonen\s*$|census|"
    r"volkstelling|zensus|volkszählung|recensement|"
    r"living\s*$|live\s*$)",
    _I,
)
# People who study: "1,2 Millionen junge Menschen studieren", "studeren er 30.000 mensen".
STUDY_NEAR: Final = re.compile(
    r"(?<![\w])(?:stud(?:y|ies|ying)|enrolled|studeren|studeert|ingeschreven|studieren|"
    r"studiert|eingeschrieben|étudient|étudie|inscrits|inscrites)(?![\w])",
    _I,
)
# "30,000 people work in the port", "In de haven werken 30.000 mensen": the staff of a place
WORK_NEAR: Final = re.compile(
    r"(?<![\w])(?:work|working|worked|werken|werkten|arbeiten|arbeiteten|beschäftigt|"
    r"travaillent|travaillaient)(?![\w])",
    _I,
)
EMPLOY_BEFORE: Final = re.compile(
    r"(?<![\w])(?:employ(?:s|ed|ing)?|provides?\s+(?:work|jobs)\s+(?:for|to)|jobs\s+for|"
    r"work\s+for|workforce\s+of|staff\s+of|emploie|emploient|employant|beschäftigt|"
    r"beschäftigen|tewerk|werk\s+aan|werkgelegenheid\s+(?:aan|voor)|biedt\s+werk|"
    r"stelt|personeel\s+van|effectif\s+de)\b[^.;:]{0,25}$",
    _I,
)

# The measure written before the number: "a population of about 90,000".
HEAD_BEFORE: Final = re.compile(
    r"(?P<head>student\s+population|student\s+body|(?:total\s+)?population|pop\.|"
    r"(?:student\s+)?enrol(?:l)?ments?|"
    r"number\s+of\s+(?:inhabitants|residents|students|employees|companies|businesses|firms)|"
    r"workforce|"
    r"staff|bevolking|inwoner(?:s)?aantal|bevolkingsaantal|bevölkerungszahl|"
    r"inwonertal|aantal\s+(?:inwoners|studenten|werknemers|bedrijven|ondernemingen)|"
    r"bevölkerung|"
    r"einwohnerzahl|zahl\s+der\s+(?:einwohner|studierenden|beschäftigten)|"
    r"nombre\s+d['’](?:habitants|étudiants|entreprises|employés)|effectifs?)"
    r"(?P<gap>(?:\s+[\w'’-]+){0,7}?)(?:\s*\([^()\n]{1,20}\))?\s*[:=]?\s*$",
    _I,
)
# A place described by its size, the number bare after it: "a city of about 170,000",
# "een stad van 120.000", "eine Stadt mit 80.000", "une ville de 150 000".
SIZE_NOUN_BEFORE: Final = re.compile(
    r"(?<![\w])(?:a|an|een|eine|une|one)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:city|town|municipality|metropolis|stad|gemeente|stadt|gemeinde|großstadt|kleinstadt|"
    r"ville|commune|métropole)\s+(?:of|van|von|mit|de)\s+"
    r"(?:(?:more|fewer|less)\s+than|over|nearly|almost|about|around|approximately|some|roughly|"
    r"ruim|bijna|ongeveer|circa|zo'n|meer\s+dan|etwa|rund|über|mehr\s+als|knapp|environ|"
    r"plus\s+de|près\s+de|quelque)?\s*$",
    _I,
)
HEAD_BEFORE_MEASURE: dict[str, FigureMeasure] = {
    "student population": "students",
    "student body": "students",
    "staff": "employees",
    "workforce": "employees",
    "effectif": "employees",
    "effectifs": "employees",
}

# "200 companies from Leeds took part", "300 Studierende nahmen teil": the participants of
# an event, not a level.
EVENT_AFTER: Final = re.compile(
    r"(?:\s+(?:from|of|uit|van|aus|von|de|d['’])\s+[\w'’-]+(?:\s+[^\W\d_][\w'’-]*)?)?"
    r"(?:\s+(?:have|had|will|would|also|all|each|have\s+already))?\s+"
    r"(?:took\s+part|take\s+part|taking\s+part|attended|attend|participated|participate|"
    r"joined|visited|came|travelled|traveled|gathered|registered|signed\s+up|"
    r"namen\s+deel|nemen\s+deel|deelnamen|bezochten|kwamen|reisden|nahmen|nehmen|"
    r"besuchten|kamen|reisten|ont\s+participé|participent|participaient|ont\s+assisté|"
    r"assistent|ont\s+visité|sont\s+venus|sont\s+venues|"
    # a stay of the people counted ("60 students have spent a semester there", "verbrachten
    # ein Semester", "brachten een semester door", "ont passé un semestre")
    r"spent|spend|verbrachten|verbringen|brachten|ont\s+passé|ont\s+effectué)(?![\w])",
    _I,
)
# "15 bis 30 Studierende sollen jährlich in den Harz kommen", "20 students will travel to
# Hof", "20 studenten zullen naar Twente komen", "20 étudiants vont partir": a planned
# movement of the people counted, not a level.
MOVE_AFTER: Final = re.compile(
    r"\s+(?:will|shall|are\s+to|are\s+expected\s+to|sollen|werden|zullen|gaan|moeten|vont|"
    r"doivent|devraient)\s+(?:[\w'’-]+\s+){0,6}?(?:come|go|travel|move|spend|kommen|wechseln|"
    r"reisen|gehen|ziehen|komen|reizen|verhuizen|venir|partir|aller|séjourner)(?![\w])",
    _I,
)
# "1,200 students from China", "300 Unternehmen aus Wuhan": a part by origin, not the size.
FROM_PLACE_AFTER: Final = re.compile(
    r"\s+(?:from|uit|aus|venant\s+de|originaires?\s+de|en\s+provenance\s+de)\s+"
    r"(?:the\s+|de\s+|der\s+|la\s+|l['’])?(?-i:[A-ZÀ-Þ])",
    _I,
)
# "2.400 Studierende an den Hochschulen des Landes kommen aus China", "500 of the students
# come from Asia", "300 studenten komen uit China", "200 étudiants viennent de Chine": a verb
# of origin later in the clause makes the count a part by origin, not the size (a relative
# clause, "38,000 students(,) who come from 140 countries", "étudiants qui viennent de",
# describes them all).
FROM_VERB_AFTER: Final = re.compile(
    r"(?:(?!(?<![\w])(?:who|that|which|qui|que|die|dat|welche)(?![\w]))[^.;:!?,\n]){0,70}?"
    r"(?<![\w])(?:come|came|comes|hail|kommen|kamen|stammen|stammten|komen|"
    r"kwamen|komt|viennent|venaient|sont\s+originaires|are\s+originally)\s+"
    r"(?:(?:all|mostly|mainly|overwiegend|meist|zumeist|vor\s+allem|vooral|"
    r"hauptsächlich|surtout|principalement)\s+)?"
    r"(?:from|aus|uit|de|d['’]|du|des)\s",
    _I,
)
# "brought 3,000 students", "welcomed 500 companies": a flow over time, not a level.
FLOW_BEFORE: Final = re.compile(
    r"(?<![\w])(?:brought|brings|bringing|attract(?:ed|s|ing)|welcom(?:ed|es|ing)|sent|send(?:s|ing)?|"
    r"receiv(?:ed|es|ing)|exchanged|trained|hired|recruited|graduated|visited\s+by|"
    r"haalde|haalt|trok|trekt|ontving|ontvangt|verwelkomde|stuurde|empfing|empfängt|holte|"
    r"brachte|schickte|accueilli|reçu|envoyé|attiré|formé|"
    r"creat(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|add(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"creëren|creëert|creëerde|schaffen|schafft|schuf|geschaffen|créer|crée|créé|créera|"
    r"(?:will|shall|would|could|zal|zullen|zou|wird|werden|würde|sera|seront|va|vont)"
    r"\s+(?:\w+\s+){0,1}\w+)\s*(?:\w+\s+){0,1}$",
    _I,
)

# "grew by 5,000", "met 3.000 gestegen": a change, not a level.
DELTA_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?:increased|decreased|grew|grown|rose|risen|fell|fallen|dropped|gained|lost|"
    r"declined|climbed|shrunk|shrank|"
    r"increase|decrease|rise|growth|drop|fall|gain|loss)\s+(?:by|of)?|"
    r"(?:steeg|stegen|groeide|groeiden|daalde|daalden|gestegen|gegroeid|gedaald|toegenomen|"
    r"afgenomen|toename|stijging|groei|daling)\s+(?:met|van)?|"
    r"(?:stieg|wuchs|sank|gestiegen|gewachsen|gesunken|zugenommen|abgenommen|zuwachs|"
    r"anstieg|rückgang)\s+(?:um|von)?|"
    r"(?:augmenté|diminué|progressé|hausse|baisse|augmentation|croissance)\s+(?:de)?|"
    r"\bextra|\badditional|\bnew|\bnieuwe|\bneue[n]?|\bnouve(?:aux|lles)|\bde\s+plus\s+de)"
    r"\s*$",
    _I,
)

# German and Dutch write the measure noun as the head of a compound ("21.000
# Vollzeitstudierende", "12.000 voltijdstudenten", "5.000 Stadteinwohner", "800
# Vollzeitbeschäftigte"): the word ends in a head noun after a written prefix of three letters
# or more. Group `prefix` is the modifier; the group that matched after it names the measure.
COMPOUND_HEAD: Final = re.compile(
    r"(?P<prefix>[^\W\d_]{3,}?)-?(?:"
    r"(?P<students>studierende[n]?|studenten|student(?:inn)?en)|"
    r"(?P<population>einwohner(?:innen|n)?|inwoners|bewoners)|"
    r"(?P<employees>mitarbeiter(?:innen|n)?|mitarbeitende[n]?|beschäftigte[n]?|"
    r"werknemers|medewerkers)"
    r")",
    _I,
)
# Prefixes that make the compound a part or a flow, not the size of the whole: exchange,
# guest, foreign, degree-level, new or seasonal groups ("Austauschstudierende",
# "Masterstudenten", "uitwisselingsstudenten", "Neueinwohner", "Saisonarbeiter"), and the
# residents of a part of the town ("binnenstadbewoners", "Altstadtbewohner").
COMPOUND_PART_PREFIXES: Final = (
    "austausch",
    "gast",
    "erasmus",
    "ausland",
    "auslands",
    "master",
    "bachelor",
    "promotion",
    "doktor",
    "erstsemester",
    "studienanfänger",
    "neu",
    "uitwissel",
    "buitenland",
    "internationa",
    "eerstejaars",
    "nieuw",
    "saison",
    "leih",
    "teilzeit",
    "lehramt",
    "deeltijd",
    # a part of the town: the inner city, the old town, a district or village
    "binnenstad",
    "innenstadt",
    "altstadt",
    "centrum",
    "zentrum",
    "stadtteil",
    "stadsdeel",
    "wijk",
    "dorp",
    "dorf",
    "orts",
)

# "3,000 Chinese students", "100 chinesische Unternehmen": a part, not the size.
PART_MODIFIERS: Final = frozenset(
    """chinese chinees chinese chinesische chinesischen chinesischer chinois chinoises chinoise
    foreign international internationale internationalen buitenlandse ausländische
    ausländischen étrangers étrangères internationaux belgian belgische belges german duitse
    deutsche allemands french franse französische français dutch nederlandse niederländische
    néerlandais japanese japanse japanische japonais american amerikaanse amerikanische
    américains european europese europäische européens asian aziatische asiatische asiatiques
    overseas exchange""".split()
)

# French puts the origin after the noun: "200 entreprises françaises", "étudiants chinois".
PART_MODIFIERS_AFTER: Final = frozenset(
    """françaises français française chinoises chinois chinoise allemandes allemands allemande
    belges étrangères étrangers étrangère internationaux internationales japonaises japonais
    américaines américains européennes européens néerlandaises néerlandais britanniques
    italiennes italiens espagnoles espagnols""".split()
)
# A count after these words refers to a known set ("the two cities", "all 8 sister cities").
_DEFINITE = (
    r"the|these|those|all|both|deze|die|alle|beide|der|den|die|diese|"
    r"les|ces|tous\s+les|toutes\s+les|between|tussen|zwischen|entre|other|andere[n]?|"
    r"autres|each|elk|jede[nrs]?|chaque|first|last|eerste|laatste|ersten|letzten|"
    r"premiers|premières|derniers|dernières"
)
DEFINITE_BEFORE: Final = re.compile(r"(?:^|[\s(])(?:de|" + _DEFINITE + r")\s*$", _I)
# In French "de" is "of" ("une métropole de 13 millions d'habitants"), not an article.
DEFINITE_BEFORE_FR: Final = re.compile(r"(?:^|[\s(])(?:" + _DEFINITE + r")\s*$", _I)
ONE_OF_BEFORE: Final = re.compile(
    r"(?<![\w])(?:one|among|een|één|eine[rs]?|einem|unter|l['’]une?|parmi|un|une)\s+"
    r"(?:of|van|der|den|des|de|d['’])?\s*(?:the|de|die|den|les|ses|its|zijn|ihre[rn]?|"
    r"seine[rn]?|haar)?\s*(?:\w+\s+)?$",
    _I,
)
# A rank a place aims at is no figure (goals and ambitions are not facts): "aims to become the
# largest port", "ambitionne de devenir le premier port", "appelé à devenir le troisième hub",
# "strebt an, der größte Hafen zu werden", "wil de grootste haven worden". A verb of becoming
# (or of being after a verb of aiming) right before the rank, within its clause; "vient de
# devenir" (has just become) and "went on to become" state a rank.
GOAL_BEFORE_RANK: Final = re.compile(
    r"(?<![\w])(?:"
    # (not a rise told as done: "went on to become", "grew to become", "rose to become")
    r"(?:(?<!\bon\s)(?<!grew\s)(?<!grown\s)(?<!grows\s)(?<!rose\s)(?<!risen\s)to|could|would|"
    r"should|will|shall|may|might|can|cannot)\s+become|"
    r"(?:aims?|aspires?|wants?|plans?|hopes?|strives?|seeks?|ambitions?|goal|bid|target|"
    r"intends?|wish(?:es)?)\s+(?:is\s+)?to\s+be|"
    r"(?<!vient\s)(?<!venait\s)(?<!viennent\s)(?:de\s+|d['’]|à\s+|pour\s+)(?:re)?devenir|"
    r"(?:veut|veulent|voudrai(?:t|ent)|pourrai(?:t|ent)|pourra|va|vont|doit|doivent|"
    r"devrai(?:t|ent)|devra)\s+(?:[^\W\d_]+\s+)?(?:re)?devenir|"
    r"(?:ambitionnent|ambitionne|visent|vise|veulent|veut|souhaitent|souhaite|entendent|"
    r"entend|espèrent|espère)\s+(?:d['’]|de\s+|à\s+)?être|"
    r"uit\s+te\s+groeien\s+tot|uitgroeien\s+tot"
    r")(?:\s+[^\s,.;:!?]+){0,4}\s*$",
    _I,
)
# The verb of becoming after the rank, in its clause: "de grootste haven van Zeeland te worden",
# "der größte Ostseehafen zu werden"; a bare "worden"/"werden" only after a verb of wanting or
# a future (`GOAL_MODAL_BEFORE`); "te zijn"/"zu sein" only after a verb of aiming
# (`GOAL_AIM_BEFORE`: "streeft ernaar de grootste haven te zijn"), as "ist stolz, der größte
# Binnenhafen zu sein", "blijkt de grootste haven te zijn" state the rank.
GOAL_AFTER_RANK: Final = re.compile(
    r"[^,.;:!?]{0,60}?(?<![\w])(?:(?P<to>te\s+worden|zu\s+werden)|(?P<be>te\s+zijn|zu\s+sein)|"
    r"worden|werden)(?![\w])",
    _I,
)
GOAL_AIM_BEFORE: Final = re.compile(
    r"(?<![\w])(?:streeft|streven|ambieert|ambiëren|hoopt|hopen|strebt|streben|zielt|zielen|"
    r"hofft|hoffen|plant|planen|wil|willen|will|wollen|möchte|möchten)(?![\w])[^.;:!?]*$",
    _I,
)
GOAL_MODAL_BEFORE: Final = re.compile(
    r"(?<![\w])(?:wil|willen|wilde|wilden|zal|zullen|zou|zouden|moet|moeten|will|wollen|"
    r"wollte|wollten|soll|sollen|sollte|möchte|möchten|könnte|könnten|wird)(?![\w])"
    r"[^,.;:!?]*$",
    _I,
)
# Numbers that are not figures whatever follows: "in 2019", "No. 4", "Article 12".
# (One word boundary before all the words: the same matches as "\bno\.|\bnr\.|...|§|#|...".)
NUMBER_EXCLUDED_BEFORE: Final = re.compile(
    r"(?:\b(?:no\.|nr\.|art\.|article|artikel|item|page|p\.|punt|point|section|paragraph|"
    r"chapter|hoofdstuk|kapitel|vorlage|zaak|file|case|dossier|postbus|box|room|zaal|bus|fig\.)"
    # (a dash spaced after a word is a separator, "relationships - 8 cities", not a minus)
    r"|[§#+/]|(?<![^\W\d_][ \t])-)\s*$",
    _I,
)
NOT_A_FIGURE_AFTER: Final = re.compile(
    r"[\s\u00a0]*(?:%|percent|per\s*cent|procent|prozent|pour\s*cent|°|℃|℉|degrees?|graden|"
    r"grad\b|year[s-]|jaar|jahre|ans\b|years?\s+old|jarige|jährige)",
    _I,
)

TEMPORAL_BEFORE_YEAR: Final = opened(
    re.compile(
        r"(?<![\w])(?:since|from|until|till|by|before|after|sinds|vanaf|sedert|tot|voor|na|seit|ab|bis|vor|"
        r"nach|depuis|dès|jusqu['’]en|jusqu['’]à|avant|après|d['’]ici)\s*$",
        _I,
    )
)
# (The first digit comes first and what is before it is checked after it: re then skips at
# once to a "1" or "2". Same matches as "(?:(?<![\d.,/-])|(?<=\b\d\d[./])|(?<=\b\d[./])|
# (?<=\bmid-)|(?<=\bend-))(?P<year>1[89]\d\d|20\d\d)".)
YEAR: Final = re.compile(
    r"(?P<year>[12](?:(?<![\d.,/-].)|(?<=\b\d\d[./].)|(?<=\b\d[./].)|(?<=\bmid-.)|(?<=\bend-.))"
    r"(?:(?<=1)[89]\d\d|(?<=2)0\d\d))(?![\d.,/]\d|\d)"
    # a decade is no year: "the 1930s", "den 1930er-Jahren", "de jaren 1930-'40"
    r"(?!['’]?s(?![\w])|er(?:-?jahr|n?(?![\w])))"
)
YEAR_INTRO: Final = re.compile(
    r"^(?:in|by|as\s+of|at|end|(?:at|by)\s+the\s+end\s+of|per|op|eind|begin|in\s+het\s+jaar|"
    r"im|im\s+jahr|ende|anfang|stand|stand\s+von|zum|en|fin|au|à\s+la\s+fin\s+de|"
    r"début|anno|ultimo|according\s+to|volgens|laut|selon|d['’]après|gemäß)\b[^,.;:]{0,40}?(?<![\d])(?P<year>1[89]\d\d|20\d\d)\b[^,;:]{0,15},",
    _I,
)

ANNIVERSARY: Final = re.compile(
    r"\s*(?:anniversary|verjaardag|jubileum|verjaardag|jahrestag|jubiläum|anniversaire|"
    r"edition|editie|ausgabe|édition|century|eeuw|jahrhundert|siècle)",
    _I,
)

# ---------------------------------------------------------------- ranks
_SUPERLATIVE = (
    r"(?:largest|biggest|greatest|most\s+[a-z-]+|busiest|richest|wealthiest|highest|oldest|"
    r"grootste|drukste|belangrijkste|rijkste|dichtstbevolkte|oudste|meest\s+[a-z-]+|"
    r"hoogste|größte[nrsm]?|grösste[nrsm]?|groesste[nrsm]?|wichtigste[nrsm]?|"
    r"bevölkerungsreichste[nrsm]?|reichste[nrsm]?|älteste[nrsm]?|höchste[nrsm]?|"
    r"plus\s+(?:grand|grande|grands|grandes|peuplée?s?|importante?s?|riches?|vastes?|"
    r"ancienne?s?)|principale?s?)"
)
_RANK_NOUN = (
    r"(?:city|port|economy|airport|metropolis|university|stad|haven|economie|luchthaven|"
    r"universiteit|stadt|hafen|wirtschaft|flughafen|universität|ville|port|économie|aéroport|"
    r"agglomération|métropole|pôle|université|town|municipality|region|province|gemeente|"
    r"regio|provincie|gemeinde|provinz|commune|région)"
)
_DE_COMPOUND = (
    r"(?P<de>zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)"
    r"(?:größt|grösst|groesst|wichtigst|bevölkerungsreichst|reichst|ältest|höchst|stärkst)"
    r"(?:e[nrsm]?)"
)
_NL_OP_NA = (
    r"op\s+(?P<na>één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})"
    r"\s+na\s+(?:grootste|belangrijkste|drukste)"
)

# Ranks that start at an ordinal ("second largest", "troisième ville de"): matched at the
# ordinal; groups n/w hold it.
RANK_ORD_SUPERLATIVE: Final = re.compile(ORDINAL + r"[\s-]+" + _SUPERLATIVE + r"(?![\w])", _I)
# "port à conteneurs", "port à sec": a French noun's complement with "à" before the domain
# ("cinquième port à conteneurs du monde", "premier port à conteneurs du pays").
_FR_NOUN_COMPLEMENT = r"(?:\s+à\s+[a-zà-ÿ]+)?"
RANK_ORD_NOUN: Final = re.compile(
    ORDINAL
    + r"\s+"
    + _RANK_NOUN
    + _FR_NOUN_COMPLEMENT
    + r"\s+(?:(?:of|in|van|von|de|d['’]|du|des)\s|(?:la|le|les)\s+plus\s|most\s|"
    r"(?:français|française|européen|européenne|mondial|mondiale|national|nationale|"
    r"belge|allemand|allemande|chinois|chinoise|américain|américaine|britannique|"
    r"néerlandais|néerlandaise|africain|africaine|asiatique)(?![\w]))",
    _I,
)
# Rank 1: a superlative of size without an ordinal ("China's largest city", "the largest in
# East Africa", "de grootste universiteit van België", "den größten Binnenhafen der Welt",
# "la plus grande ville de", "la ville la plus peuplée de"): the superlative names a place
# or organisation noun at once ("the largest student city" ranks a kind of city, not the
# city), or a domain follows it at once.
_SUP_ONE = (
    r"largest|biggest|busiest|most\s+populous|grootste|drukste|meest\s+bevolkte|"
    r"größte[nrsm]?|grösste[nrsm]?|groesste[nrsm]?|bevölkerungsreichste[nrsm]?|"
    r"plus\s+(?:grande?s?|peuplée?s?)"
)
_PLACE_NOUN = (
    r"(?:city|town|port|harbou?r|seaport|airport|university|metropolis|economy|hub|"
    r"municipality|region|province|county|state|conurbation|agglomeration|"
    r"\w*stad|\w*haven|universiteit|luchthaven|gemeente|metropool|regio|provincie|economie|"
    r"\w*stadt|\w*hafen|universität|hochschule|flughafen|gemeinde|metropole|provinz|"
    r"wirtschaft|\w*gelände|ville|aéroport|université|métropole|agglomération|commune|pôle|"
    r"région|département|économie)"
)
# After a modifier only sites rank ("the largest inland port"): "the largest student city"
# ranks a kind of city.
_SITE_NOUN = (
    r"(?:port|harbou?r|seaport|airport|hub|haven|hafen|flughafen|luchthaven|aéroport|"
    r"agglomeration|conurbation|agglomeratie|ballungsraum|agglomération|district|borough)"
)
_FUNCTION_WORD = (
    r"(?:in|of|on|at|the|a|an|and|or|van|de|het|een|en|der|die|das|des|den|dem|im|am|und|"
    r"von|du|la|le|les|et|au|aux|en)(?![\w])"
)
# "the largest provincial economy", "de grootste regionale luchthaven": an adjective of scope
# between the superlative and the noun keeps the rank (not a kind: "the largest student city").
_SCOPE_ADJECTIVE = (
    r"(?:(?:provincial|regional|urban|metropolitan|municipal|provinciale|regionale|"
    r"stedelijke|gemeentelijke|"
    + r"|".join(
        # "the largest Polish city", "de grootste Vlaamse stad", "die größte chinesische
        # Hafenstadt", "im drittgrößten europäischen Seehafen": a country or a part of the
        # world as the scope of the superlative (matched on lower-cased text as well)
        """polish chinese german dutch french belgian flemish british english scottish irish
        european asian american canadian italian spanish japanese korean swedish danish
        austrian swiss czech hungarian eastern western northern southern central nederlandse
        vlaamse belgische duitse franse poolse europese aziatische britse chinees
        deutsche[nrsm]? [a-zäöü]+ische[nrsm]?""".split()
    )
    + r")[\s-]+)?"
)
RANK_ONE: Final = re.compile(
    r"(?<![\w])(?:(?:" + _SUP_ONE + r")(?:[\s-]+" + _SCOPE_ADJECTIVE + _PLACE_NOUN + r"(?![\w])"
    r"|(?:[\s-]+(?!"
    + _FUNCTION_WORD
    + r")[\w'’-]+){1,2}?[\s-]+"
    + _SITE_NOUN
    + r"(?![\w])|(?=\s+(?:(?:in|on|of\s+(?!the\b|its\b|these\b|"
    r"all\b)|van|der|von|im|am|de|du|des|en|au)\s+|d['’]\s*)\w))"
    r"|(?:ville|port|aéroport|université|métropole|agglomération|commune)\s+(?:la|le|les)\s+"
    r"plus\s+(?:grande?s?|peuplée?s?|importante?s?)(?![\w]))(?!\s+(?:ever|yet|so\s+far|to\s+date|"
    r"ooit|jemals|jamais)\b)",
    _I,
)
# What stands before a rank-1 superlative: an article or a possessive ("the", "China's",
# "Deutschlands").
RANK_ONE_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?:capital|hoofdstad|hauptstadt|capitale)\s+(?:and|en|und|et)|"
    r"(?<![\w])(?:the|its|his|her|their|de|het|zijn|haar|hun|der|die|das|den|dem|des|"
    r"ihre[nrsm]?|seine[nrsm]?|la|le|les|l['’]|sa|son|ses|leur)|['’]s?|(?-i:[A-ZÀ-Þ])\w+s)\s*$",
    _I,
)
# "Positie: grootste provinciale economie van China": a fact sheet's label before a rank-1
# superlative (read only where RANK_ONE_BEFORE is not).
RANK_LABEL_BEFORE: Final = opened(
    re.compile(
        r"(?<![\w])(?:position|positie|rang|rank|ranking|standing|stellung|classement|plaats)"
        r"\s*:\s*$",
        _I,
    )
)
# "Gent is na Antwerpen de grootste stad": the largest after another one is the second.
RANK_AFTER_ONE: Final = re.compile(
    r"(?<![\w])(?:na|nach|after|après)\s+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:[ -](?-i:[A-ZÀ-Þ])[\w'’-]*)*"
    r",?\s+(?:(?:the|de|het|der|die|das|den|la|le|l['’])\s*)?$",
    _I,
)
# The words (lower case) that can start or open a RANK_ONE match, for a cheap test.
RANK_ONE_WORDS: Final = frozenset(
    """largest biggest busiest populous grootste drukste bevolkte größte größten größter
    größtes größtem grösste grössten grösster grösstes groesste groessten grande grandes
    grands grand peuplée peuplé peuplées peuplés premier première""".split()
)
# "the UK's second city", "Europe's third port": a possessive domain, an ordinal and a noun.
RANK_ORD_BARE_NOUN: Final = re.compile(ORDINAL + r"\s+" + _RANK_NOUN + r"(?![\w])", _I)
# "X has the country's busiest airport", "avec le premier port": a rank of something the
# subject has, not of the subject.
RANK_OF_POSSESSION: Final = re.compile(
    r"(?<![\w])(?:has|have|had|having|with|heeft|hebben|bezit|hat|haben|hatte|besitzt|"
    r"possède|dispose\s+de|avec)\s+(?:[^.;:]{0,60}?\s(?:and|en|und|et)\s+)?"
    r"(?:(?:the|its|a|an|de|het|een|zijn|haar|die|der|das|den|"
    r"dem|ein|eine|einen|seine[nm]?|ihre[nm]?|le|la|les|l['’]|un|une|son|sa|ses)\s*)?"
    r"(?:[\w-]+['’]s?\s+)?$",
    _I,
)
RANK_POSSESSIVE_BEFORE: Final = re.compile(r"['’]s?\s+(?:the\s+)?$", _I)
# French "premier port de France", "première ville du pays": rank 1 ("la première ville à
# signer" is an order of events, not a rank).
RANK_FR_FIRST: Final = re.compile(
    r"(?<![\w])(?:premier|première)\s+"
    + _RANK_NOUN
    + _FR_NOUN_COMPLEMENT
    + r"(?:\s+(?:français|française|"
    r"européen|européenne|mondial|mondiale|national|nationale|belge|allemand|allemande)(?![\w])|"
    r"(?:\s+[a-zà-ÿ]+)?(?=\s+(?:de|d['’]|du|des)\s*))"
    r"(?![^,;.]{0,40}\bà\s+\w+(?:er|ir|re)\b)",
    _I,
)
# Rank 1 in words: "ranked first among ...", "ranks first in", "the number one port",
# "staat op nummer één", "le numéro un européen".
# (The first letter, then the look-behind: lower-cased, re skips at once to these letters.)
RANK_FIRST: Final = re.compile(
    r"[rtian](?<![\w].)(?:(?<=r)ank(?:s|ed)?\s+(?:as\s+)?(?:the\s+)?(?:first|number\s+one)"
    r"(?=\s+(?:in|among|on|for|of|worldwide|nationally|globally)\b)|"
    r"(?:(?<=t)he|(?<=i)ts|(?<=i)s|(?<=a)s)\s+number\s+one\s+(?="
    + _PLACE_NOUN
    + r"(?![\w])|(?:for|in)\s)|(?<=['’]s\sn)umber\s+one\s+(?="
    + _PLACE_NOUN
    + r"(?![\w])|(?:for|in)\s)|(?<=n)ummer\s+één|(?<=n)uméro\s+un)",
    _I,
)
# "takes second place", "occupies the third position"
# "second only to Singapore", "second behind Rotterdam"
RANK_ORD_ONLY: Final = re.compile(ORDINAL + r"\s+(?:only\s+to|behind)\s", _I)
RANK_ORD_PLACE: Final = re.compile(
    ORDINAL + r"\s+(?:place|position|plaats|positie|platz|rang)(?![\w])", _I
)
# "ranked third in Europe": the verb before a word ordinal
RANK_VERB_BEFORE_WORD: Final = re.compile(
    r"(?<![\w])(?:rank(?:s|ed|ing)?|ranked\s+as|placed|classée?s?|se\s+classe|staat|stond|"
    r"belandt|geplaatst|landet|liegt|steht|platziert|"
    # "which places it 10th among ...", "ce qui la place au 4e rang", "was es auf Platz 5 bringt"
    r"(?:places|placing|puts|putting|put|place|placent|plaatst|bringt)\s+(?:it|them|la|le|les|"
    r"het|hem|haar|sie|es|ihn)(?:\s+in)?)\s+(?:as\s+|at\s+|on\s+|op\s+|au\s+|auf\s+)?(?:the\s+|de\s+|"
    r"dem\s+|la\s+|le\s+)?$",
    _I,
)
RANK_DE_COMPOUND: Final = re.compile(r"(?<![\w])" + _DE_COMPOUND + r"(?![\w])", _I)
RANK_NL_OP_NA: Final = re.compile(r"(?<![\w])" + _NL_OP_NA, _I)
# Ranks that end in digits ("the number 3", "ranks66", "auf Platz 4"): the words before.
RANK_NUMBER_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?:the|is|as|at|de|het|la|le|der|die|das|ist|est|als|op|to|it)|['’]s)\s+"
    r"(?:number|no\.|nr\.?|nummer|numéro|n°|#)\s*$",
    _I,
)
RANK_VERB_BEFORE: Final = re.compile(
    r"(?<![\w])(?:rank(?:s|ed|ing)?|ranked\s+as|placed|klasseert\s+zich\s+als|se\s+classe|"
    r"classée?s?|rangiert|platziert|geplaatst)\s*(?:at\s+|as\s+|on\s+|op\s+|au\s+|auf\s+)?(?:number\s+|"
    r"no\.?\s*|#\s*|place\s+|plaats\s+|platz\s+|rang\s+)?$",
    _I,
)
# (Not a street: "Ernst-Schneider-Platz 1", "Place-Rang 3": a hyphen joins a name.)
RANK_PLACE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:op\s+(?:de\s+)?plaats|auf\s+platz|auf\s+rang|platz|rang|au\s+rang)\s+$", _I
)
RANK_CUES = ("numb", "no", "nr", "num", "n°", "#", "rank", "class", "plaats", "platz", "rang")
RANK_DIGITS: Final = re.compile(
    r"(?P<num>\d{1,4})(?:st|nd|rd|th|e|ème|ste|de|\.)?(?![\d.,]?\d)(?!\s*[-–]\s*\d)", _I
)
RANK_PLACE_AFTER: Final = re.compile(
    r"(?P<num>\d{1,4})(?:st|nd|rd|th|e|ème|ste|de|\.)\s*"
    r"(?:place|position|plaats|positie|platz|rang)(?![\w])",
    _I,
)
# ("\d\d{0,3}", not "\d{1,4}": a pattern that opens with one digit lets re skip to digits;
# every ending opens with a letter or ".", which the look-ahead tests once for all of them.)
DIGIT_ORDINAL: Final = re.compile(
    r"\d\d{0,3}(?=[^\W\d_]|\.)(?:st|nd|rd|th|e|è|ème|eme|er|ère|re|de|ste|te|\.)(?![\w])", _I
)

# "the 83rd of its kind", "its 12th sister city": a count of partnerships.
# A partnership not (yet) there before or after "the Nth sister city": "qui doit devenir la
# troisième ville jumelle", "signerait ainsi son quatrième jumelage", "pour faire vivre un
# troisième jumelage", "which would become its fifth twin town", "dat de vierde partnerstad
# moet worden", "soll die fünfte Partnerstadt werden": a count of what may come, no figure.
ORDINAL_COUNT_UNREAL: Final = re.compile(
    r"(?<![\w])(?:would|will|could|should|shall|to\s+become|plans?|planned|proposed|future|"
    r"intends?|zou|zal|zullen|moet|moeten|toekomstige|würde|wird|werden|soll|sollte|könnte|"
    r"künftige|zukünftige|doit\s+devenir|devenir|deviendr(?:a|ait|ont|aient)|serait|sera|"
    r"pourrait|devrait|faire\s+vivre|futur(?:e|s|es)?|envisag\w*|\w+erait|\w+eraient)"
    r"(?![\w])",
    _I,
)
ORDINAL_OF_KIND: Final = re.compile(
    ORDINAL + r"\s+(?P<kind>of\s+its\s+kind|du\s+genre|de\s+ce\s+(?:type|genre)|"
    r"in\s+(?:zijn|haar)\s+soort|(?:in\s+)?seiner\s+art|dieser\s+art|"
    r"(?:sister|twin|partner|friendship)[\s-]+(?:city|town|province|region)|"
    r"twinning|zusterstad|partnerstad|stedenband|jumelage|ville\s+(?:jumelle|jumelée|"
    r"partenaire)|partnerstadt|schwesterstadt|städtepartnerschaft)(?![\w])",
    _I,
)
