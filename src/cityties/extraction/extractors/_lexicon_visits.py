"""Words of visits and delegations in English, Dutch, French and German (cityties.visits)."""

from __future__ import annotations

import re
from typing import Final

from cityties.extraction.extractors._clauses import first_chars, lower_pattern, opened
from cityties.extraction.extractors._clauses_scan import WordScan
from cityties.extraction.extractors._lexicon_dates import MONTHS

__all__ = [
    "CANCELLED",
    "EXTRA_DEMONYMS",
    "FROM_PREP",
    "HABITUAL",
    "HEAD",
    "HEAD_COUNT",
    "LEADER_TITLE",
    "LED_BY_OWN",
    "OFFICIAL",
    "OFFICIALS_PLURAL",
    "PARTNER_NOUN",
    "PLACE_NOUN_OF",
    "PUPILS",
    "PUPILS_FROM",
    "RECEIVE_VERB",
    "SIGNING",
    "SIGNING_SCAN",
    "TO_PREP",
    "TRIGGERS_LOW",
    "TRIGGERS_SCAN",
    "VENUE",
    "VIRTUAL",
    "VISIT_NOUN",
    "VISIT_VERB",
]

_I = re.IGNORECASE
# Month names of English, Dutch and German (the languages that say "in X")
_MONTH_WORDS = sorted(
    (re.escape(m) for m, forms in MONTHS.items() if any(f[0] in ("en", "nl", "de") for f in forms)),
    key=len,
    reverse=True,
)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", _I)


# School pupils "from" a place, a visit noun of `VISIT_NOUN` (a pattern's text).
PUPILS_FROM: Final = (
    r"(?:pupils|schoolchildren|Schüler(?:innen)?|Schülergruppe|leerlingen|scholieren|élèves|"
    r"lycéens|collégiens)(?=\s+(?:from|uit|aus|van|von|de|du|des)\s|\s+d['’])"
)
PUPILS: Final = _rx(PUPILS_FROM)

# A visit or a delegation named as a thing: "a delegation from X", "the visit to Y".
VISIT_NOUN = _rx(
    r"(?:(?:trade|economic|business|official|study|working|state|government|municipal|"
    r"high-level|friendship)\s+)?(?:delegations?|missions?|visits?|trips?|tours?)",
    # "een Mechelse afvaardiging", "eine Abordnung aus Wrocław", "le déplacement d'une
    # délégation", "de studiereis naar Lübeck", "die Dienstreise nach Tampere"
    # "a 14-strong party from Stuttgart", "een gezelschap uit Münster", "eine Gruppe aus"
    r"(?:group|party)(?=\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?from\s)|gezelschap(?=\s+(?:[\w-]+\s+){0,3}?uit\s)|"
    r"Gruppe(?=\s+aus\s)|groupe(?=\s+(?:[\w-]+\s+)?(?:de|d['’])\s*(?-i:[A-ZÀ-Þ]))|"
    # "la venue à Grenoble du maire de Pécs" (French noun; not the English "venue")
    r"venue(?=\s+(?:à|au|en|de|du|d['’]))|"
    r"afvaardiging(?:en)?|(?:studie|werk|handels)reis(?:en)?|Abordnung(?:en)?|"
    r"Dienst[Rr]eise(?:n)?|déplacements?|"
    # "le séjour d'une délégation", "het verblijf van", "der Aufenthalt der Delegation"
    r"séjours?(?=\s+(?:d['’]une?|de\s+la|des|du)\s)|verblijf(?=\s+van\s)|"
    r"Aufenthalt(?:s|es)?(?=\s+(?:der|des|einer|eines)\s)",
    r"representatives",
    r"delegaties?|delegatie|(?:werk|staats|handels|studie|kennismakings|bedrijfs)?bezoek(?:en)?|(?:handels|economische\s+)?missies?|"
    r"vertegenwoordigers",
    r"délégations?|visites?|voyages?|missions?|représentants",
    # any compound of Delegation and Reise: "Unternehmerdelegation", "Bürgerreise"
    # (listed, so that the trigger scan starts at known words)
    r"(?:Unternehmer|Wirtschafts|Handels|Regierungs|Stadt|Bürger|Jugend|Partner)?"
    r"[Dd]elegation(?:en)?|"
    r"(?:Arbeits|Antritts|Gegen|Staats)?[Bb]esuch(?:e|s)?|Reise|Vertreter|"
    r"(?:Delegations|Studien|Wirtschafts|Handels|Unternehmer|Bürger|Arbeits|Partnerschafts)"
    r"[Rr]eise[n]?",
    # guests from a place: "40 Gäste aus Colchester", "visitors from Verviers"
    r"(?:guests|visitors|gasten|bezoekers|Gäste|Besucher|invités|visiteurs)"
    r"(?=\s+(?:from|uit|aus|de|d['’]|van|von)\s)",
    r"groep(?=\s+(?:[\w-]+\s+){0,3}?(?:uit|van)\s)",
    # school pupils from a place, the travellers of a school exchange: "13 pupils from
    # Ningbo", "zwölf Schüler aus Lohr", "leerlingen uit Shimabara", "des élèves de Wuxi"
    # (not students, who come to study: "Studierende aus Jena verbringen ein Semester")
    PUPILS_FROM,
)
# The visitor is the subject, the host follows: "X visited Y", "trok naar", "reiste nach".
VISIT_VERB = _rx(
    r"visit(?:ed|s|ing)?",
    # "a group of Leeds academics toured the Chinese cities of Hefei and Nanjing"
    # (not "toured the container terminal", "toured a plant": a site of the stay)
    r"toured(?=\s+(?!(?:the|a|an|its|their|his|her|some|several|two|three)\s)|"
    r"\s+the\s+(?:[\w-]+\s+)?(?:cities|towns|city|town|province|region)\s)",
    r"paid\s+(?:an?\s+)?(?:\w+\s+)?visit\s+(?:to|at)",
    # "the one that Glasgow's Vice-Principal paid to Hangzhou": a visit named before (the
    # reader asks for a visit noun before it)
    r"paid\s+to",
    r"travel(?:l)?(?:ed|s|ing)?\s+to|went\s+to|came\s+to|comes\s+to|arrived\s+in|flew\s+to|"
    r"(?:came|come|comes|went)\s+(?:over|across)\s+to|"
    # "will lead a study trip of Glasgow engineers to"
    r"headed\s+to|(?:led|leads?|leading)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:delegation|mission|trip|tour|visit|party|group|contingent)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to",
    # "Brno sent a cultural delegation of twelve to the city", "intends to send officials to"
    r"sen[dt]s?\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:delegations?|missions?|"
    r"officials|representatives|councillors)(?:\s+of\s+\w+)?\s+to|"
    r"spen[dt]s?\s+(?:[\w-]+\s+){0,4}in|(?:has|have|had)\s+been\s+in|stay(?:ed|s)?\s+in",
    # "set foot in Aarhus", "flew out to", "dropped in at", "called in at", "is due in"
    r"set\s+foot\s+in|journey(?:ed|s)?\s+to|"
    # "will be in Shanghai from 4 to 8 November"
    r"(?:will|shall|to)\s+be\s+in|"
    # an arrival awaited at a named place, as "est attendue à", "in Kiel erwartet", "in
    # Delft verwacht" (read by the noun reader): "On 3 June a group from Jiaxing is expected
    # in Exeter", "a student delegation ... is expected at the university"
    r"(?:is|are)\s+expected\s+(?:in|at)(?=\s)|"
    # "touched down in Sunderland", "landed in"
    r"(?:touched|touches|touching)\s+down\s+in|landed\s+in|"
    # "ist am Montag in Delmenhorst eingetroffen", "is dinsdag in Delft aangekomen"
    r"(?:ist|sind|war|waren|is|was|zijn)\s+(?:[\w.,-]+\s+){0,8}?in(?=\s+\S+(?:\s+\S+)?\s+"
    r"(?:eingetroffen|angekommen|angereist|aangekomen|gearriveerd)(?![\w-]))|"
    # "stopped over in Dubai"
    r"stopped\s+(?:over\s+)?in|"
    # "called on the Lord Mayor of Leeds": the official's place is the host
    r"(?:called|calls|paid\s+a\s+courtesy\s+call)\s+on\s+(?:the\s+)?(?:(?:lord|deputy|vice)[\s-]+)?"
    r"(?:mayor|governor|provost)\s+of|flew\s+out\s+to|(?:dropped|called|looked)\s+in\s+(?:at|on)|"
    r"(?:is|are|was|were)\s+due\s+in|made\s+the\s+(?:journey|trip)\s+to|"
    r"(?:took|takes|brought)\s+(?:him|her)\s+to",
    # "war in der vergangenen Woche in Freiburg zu Gast"
    r"(?:war|waren|ist|sind)\s+(?:[\w.-]+\s+){1,5}?in(?=\s+\S+(?:\s+\S+)?\s+zu\s+Gast)",
    # presence: "Une délégation bordelaise est à Québec", "Eine Delegation ist seit Sonntag in",
    # "which was in Manchester from 29 to 31 January"
    r"(?:is|are|was|were|est|sont|était|étaient|étions|sommes|ist|sind|war|waren|zijn|weilt|"
    r"weilen|weilte|"
    r"verblijft|verblijven)\s+"
    r"(?:(?:since|depuis|seit|sinds|sedert|al|nog|noch|déjà|already|currently|"
    r"momenteel|actuellement|derzeit|zurzeit)\s+(?:[\w-]+\s+){0,2})?(?:in|à|en|te)",
    # "was een Barneveldse delegatie voor het laatst in", "war eine Delegation aus Kiel in":
    # the subject after the verb
    r"(?:was|waren|war)\s+(?:een|de|het|eine|ein|die|der)\s+(?:[\w.-]+\s+){0,6}?in(?=\s)",
    # "weilte vom 8. bis 11. Oktober in", "war vom 2. bis 5. Juni 2024 in": a date between
    r"(?:weilt|weilte|weilten|weilen|war|waren)\s+(?:(?:\d{1,4}\.?|vom|von|bis|zum|"
    r"am|im|anfang|mitte|ende|bereits|schon|zudem|auch|erneut|kürzlich|zuletzt|op|van|tot|en|"
    r"met|begin|eind|medio|on|from|to|until|and|early|late|mid|"
    + "|".join(_MONTH_WORDS)
    + r")\s+){1,8}?in(?=\s)",
    # "was op 4 april 2024 in Breda", "was on 4 May 2024 in", "waren van 3 tot 5 mei in": one
    # date, told in a few words
    r"(?:was|were|waren)\s+(?:on|op)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+(?:\d{4}\s+)?"
    r"in(?=\s)|(?:was|waren)\s+van\s+\d{1,2}\s+(?:tot(?:\s+en\s+met)?|t/m)\s+\d{1,2}\s+[a-z]+\s+"
    r"(?:\d{4}\s+)?in(?=\s)|"
    # "était de passage à Lyon", "op doorreis in", "auf der Durchreise in"
    r"de\s+passage\s+(?:à|a|en|au|dans)|op\s+doorreis\s+in|auf\s+der\s+Durchreise\s+in",
    # "weilten 40 Gäste aus Colchester in Wetzlar": the subject between
    r"(?:weilt|weilte|weilten|weilen)\s+(?:[\w.-]+\s+){0,12}?in(?=\s)",
    # "informierte sich am Dienstag in Kiel über", "hat sich ... in Bremerhaven über ...
    # informiert", "liet zich in Delft voorlichten": a group that came to learn
    r"(?:informierte|informierten)\s+sich\s+(?:[\w.-]+\s+){0,4}?in(?=\s)|"
    r"(?:hat|haben|hatte|hatten)\s+sich\s+(?:[\w.-]+\s+){0,4}?in"
    r"(?=\s+[^.;]{0,120}?\s(?:informiert|umgesehen|ein\s+bild\s+gemacht)(?![\w-]))|"
    r"(?:liet|lieten)\s+zich\s+(?:[\w.-]+\s+){0,4}?in"
    r"(?=\s+[^.;]{0,120}?\s(?:informeren|voorlichten|rondleiden)(?![\w-]))",
    # "hält sich seit Sonntag in Leipzig auf", "te gast in Leiden", "zu Gast in"
    r"(?:hält|halten|hielt|hielten)\s+sich\s+(?:[\w.-]+\s+){0,8}?in",
    # "hatte sich eine Delegation ... zu einem Informationsbesuch in Osnabrück / an der
    # Hochschule Osnabrück aufgehalten": the stay told by a perfect, the subject between
    r"(?:hat|haben|hatte|hatten)\s+sich\s+(?:[\w.-]+\s+){0,12}?(?:in|an\s+der|am)"
    r"(?=\s+[^.;]{0,60}?\s+aufgehalten(?![\w-]))",
    r"(?:te|zu)\s+gast\s+(?:in|bij|im)|(?<=\s)Gast\s+(?:in|im)",
    # "returned from Dortmund", "keerde terug uit", "kehrte aus ... zurück", "est rentrée de"
    r"return(?:ed|s|ing)\s+from|came\s+back\s+from|(?:keerde|keerden)\s+(?:\w+\s+){0,3}?"
    r"terug\s+uit|(?:kehrte|kehrten)\s+(?:[\w.-]+\s+){0,4}?aus|(?:est|sont)\s+rentrée?s?\s+de|"
    # the perfect: "ist am Dienstag aus Qingdao zurückgekehrt", "is dinsdag teruggekeerd uit",
    # "is terug uit", "est rentré mardi de", "sont revenus de", "is back from"
    r"(?:ist|sind)\s+(?:[\w.-]+\s+){0,6}?aus(?=\s+[^.;:]{1,60}?\s+zurückgekehrt(?![\w-]))|"
    r"(?:is|zijn)\s+(?:[\w.-]+\s+){0,4}?(?:teruggekeerd|terug)\s+uit|"
    r"(?:est|sont)\s+(?:rentrée?s?|revenue?s?)\s+(?:[\w'’-]+\s+){1,3}?(?:de|d['’]|du)(?=\s|\w)|"
    r"(?:est|sont)\s+revenue?s?\s+(?:de|d['’]|du)|(?:is|are|was|were)\s+back\s+from",
    # "were guests of Leeds", "waren te gast bij", "étaient les invités de"
    r"(?:guests?|invitée?s?|hôtes?)\s+(?:of|de|d['’])",
    # "arrived on Monday in", "arrivée mardi dans la capitale", "kam am Sonntag in ... an"
    r"arriv(?:ed|es|ing|ée?s?)\s+(?:[\w-]+\s+){0,3}?(?:in|at|à|dans|en|au)",
    r"bezocht(?:en)?|bezoekt|bezoeken|(?:trok|trokken|reisde|reisden|ging|gingen|kwam|kwamen|"
    r"reist|reizen|trekt|trekken)\s+(?:\w+,?\s+){0,10}?naar",
    # "De eerste delegatie kwam uit Yancheng", "the delegation came from": to the document's
    # own place
    r"(?:kwam|kwamen)\s+(?:[\w.-]+\s+){0,5}?uit|(?:kam|kamen)\s+(?:[\w.-]+\s+){0,5}?aus|"
    r"came\s+from|(?:venait|venaient)\s+(?:de|d['’]|du)",
    r"(?:kwam|kwamen|komt|komen)\s+(?:\w+\s+){0,3}aan\s+in|arriveerde(?:n)?\s+in|"
    # "komen de burgemeester en de loco-burgemeester van Dobruška naar Nieuwkoop", "toog een
    # delegatie naar", "gaan in oktober op kennismakingsbezoek naar"
    r"(?:komt|komen|toog|togen)\s+(?:[\w.-]+\s+){0,10}?naar|"
    r"(?:gaat|gaan)\s+(?:[\w.-]+\s+){0,5}?op\s+[\w-]*bezoek\s+naar|"
    # "streek dinsdag neer in Delft", "legden een bezoek af aan", "reisde af naar"
    r"(?:streek|streken|strijkt|strijken)\s+(?:\w+\s+){0,3}?neer\s+in|"
    r"(?:legde|legden|legt|leggen)\s+(?:[\w-]+\s+){0,6}?bezoek\s+af\s+(?:aan|in|bij)|"
    r"(?:vertrok|vertrokken|vertrekt)\s+(?:\w+\s+){0,3}?naar|"
    r"(?:verbleef|verbleven)\s+(?:\w+\s+){0,3}in",
    # "a été reçue à l'hôtel de ville de Nantes", "was received in", "werd ontvangen in"
    # (and in the future: "sera reçu à Poitiers", "will be received in", "wordt ontvangen in")
    r"(?:was|were|has\s+been|have\s+been|will\s+be)\s+received\s+(?:in|at)|"
    r"(?:(?:a|ont)\s+été|sera|seront)\s+reçue?s?\s+(?:à|a|en)|"
    r"(?:werd(?:en)?|wordt|worden)\s+(?:\w+\s+){0,3}ontvangen\s+"
    r"(?:in|te|op)|wurden?\s+(?:\w+\s+){0,3}empfangen\s+(?:in|im)",
    r"(?:a|ont)\s+visité|visitera|visitait|s['’](?:est|était)\s+(?:[\w'’-]+\s+){0,3}?rendue?|"
    r"s['’]étaient\s+(?:[\w'’-]+\s+){0,3}?rendue?s|"
    # "je me suis rendu à Vicenza", "nous nous sommes rendus à"
    r"(?:suis|sommes)\s+(?:[\w'’-]+\s+){0,2}?rendue?s?|"
    r"se\s+sont\s+(?:[\w'’]+\s+){0,3}?rendu(?:e)?s|"
    r"se\s+rend(?:ra|ront|ent)?|s['’]est\s+déplacée?\s+(?:à|a|en|au|dans)|"
    r"se\s+sont\s+déplacée?s\s+(?:à|a|en|au|dans)|"
    r"(?:est|sont)\s+(?:allée?s?|venue?s?|arrivée?s?)|(?:est|sont)\s+attendue?s?|"
    r"(?:a|ont)\s+séjourné|séjourne(?:nt|ra|ront)?\s+(?:à|a|en|au|dans)|"
    # "a effectué un séjour de cinq jours à Zhanjiang"
    r"(?:a|ont|avait|avaient)\s+effectué\s+un\s+(?:[\w-]+\s+)?séjour\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:à|a|en|au|dans)|"
    # "s'envolera lundi prochain pour Sendai", "a fait étape à Séoul", "partis ... pour"
    r"s['’]envol(?:e|ent|era|eront|ait|aient)\s+(?:[\w'’]+\s+){0,3}?pour|"
    r"s['’]est\s+envolée?\s+(?:[\w'’]+\s+){0,3}?pour|s['’]envolent\s+pour|"
    r"(?:fait|faire|fera|feront)\s+étape\s+(?:à|a|en|au|dans)|"
    r"(?:est|sont)\s+partie?s?\s+(?:[\w'’]+\s+){0,3}?pour|partie?s\s+(?:[\w'’]+\s+){0,4}?pour",
    # "stattete ... der Partnerstadt Oxford einen Besuch ab": the host is the dative
    r"(?:stattete|statteten|stattet)\s+(?:[\w.-]+\s+){0,5}?(?:der|dem|den)(?=\s)|"
    # "Eine Delegation ... stattete Weiden einen Besuch ab": the host without an article
    r"(?:stattete|statteten|stattet)(?=\s+(?:[\w.-]+\s+){1,3}?einen\s+(?:[\w-]+\s+)?Besuch\s+ab)|"
    # "war am Donnerstag zu einem Arbeitsgespräch im Rathaus der Stadt Bocholt"
    r"(?:war|waren|ist|sind|kam|kamen)\s+(?:[\w.,-]+\s+){0,10}?zu\s+(?:einem|einer)\s+"
    r"(?:[\w-]+\s+)?[\w-]*(?:gespräch|besuch|treffen|termin|austausch|empfang)\s+(?:in|im|nach)(?=\s)|"
    # "machte sich auf den Weg nach", "brach ... nach Tallinn auf"
    r"(?:machte|machten|macht)\s+sich\s+(?:[\w.-]+\s+){0,8}?auf\s+den\s+Weg\s+nach|"
    r"(?:brach|brachen|bricht)\s+(?:[\w.-]+,?\s+){0,8}?nach|"
    r"besucht(?:e|en)?|(?:reist|reisen|reiste|reisten|kam|kamen|fuhr|fuhren|flog|flogen)\s+(?:[\w.-]+,?\s+){0,12}?"
    r"(?:nach|in(?=\s+(?:die|den|das)\s))|(?:traf|trafen)\s+(?:\w+\s+){0,4}in\s+\w+\s+ein|"
    # "traf die Gruppe aus Vertretern von ... in der Dortmunder Partnerstadt Xi'an ein"
    r"(?:traf|trafen)\s+(?:[\w.,-]+\s+){0,12}?in(?=\s+[^.;:]{1,60}?\s+ein(?:[.,;]|\s|\Z))",
)
# The host is the subject: "X received a delegation from Y".
RECEIVE_VERB = _rx(
    r"receiv(?:ed|es|ing)|welcom(?:ed|es|ing)|host(?:ed|s|ing)?",
    r"ontving(?:en)?|ontvangt|ontvangen|verwelkomde(?:n)?|verwelkomt|verwelkomd",
    r"play(?:ed|s|ing)?\s+host\s+to",
    r"(?:kreeg|kregen|krijgt|krijgen)(?=\s+(?:[\w-]+\s+){0,4}bezoek)",
    r"(?:a|ont)\s+(?:reçu|accueilli)|accueill(?:e|ent|ait|aient)|reçoi(?:t|vent)|"
    # the imperfect and the simple past: "recevait à Oupeye une délégation", "reçut"
    r"recev(?:ait|aient)|reçu(?:t|rent)|"
    r"reçue?s?|accueillie?s?|accueillir|recevoir|accueiller(?:a|ons|ont)|recevr(?:a|ons|ont)",
    r"empf(?:ing|ingen|ängt|angen)|begrüßt(?:e|en)?",
)
# "from X", "of X", "uit X", "aus X": the origin of a delegation.
FROM_PREP: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:(?:of|van|de|von)\s+|d['’]\s*)[\w-]+\s+(?:[\w-]+\s+)?"
    r"(?=from|uit|aus|van\s|von\s|of\s|de\s|d['’]|du\s|des\s))?"
    r"(?:(?:from|of|uit|van|de|du|des|aus|von|der)\s+|d['’]\s*)(?:the\s+|de\s+|het\s+|la\s+|le\s+|"
    r"l['’]|der\s+|die\s+|dem\s+)?"
    # an adjective of country before the name ("van de Poolse stad Poznań": the place's
    # mention holds "stad")
    r"(?:(?-i:[A-ZÀ-Þ])[\w-]+(?:se|sche|schen|an|ese|aise|oise|ienne|ine)\s+)?(?:(?:[\w-]+\s+)?(?:city|town|municipality|province|district|county|prefecture)\s+of\s+|"
    # "du district de Yuecheng", "uit het district Yuecheng", "aus dem Bezirk Yuecheng"
    r"(?:[\w-]+\s+)?(?:stad|gemeente|provincie|district|prefectuur)\s+|"
    r"(?:ville|cité|métropole|province|district|préfecture|comté)\s+(?:[\w-]+\s+)?"
    r"(?:de\s+|d['’])|(?:[\w-]+\s+)?(?:Stadt|Provinz|Bezirk|Distrikt|Landkreis|Präfektur)\s+|"
    # "aus der japanischen Partnerstadt Matsuyama", "from its sister city"
    r"(?:[\w-]+\s+)?(?:(?:sister|partner|twin)[\s-]+(?:city|town|cities|towns|ports?)|"
    r"Partnerst(?:adt|ädte|ädten)|Schwesterst(?:adt|ädten)|Partnergemeinden?|Partnerhafens?|"
    r"zusterst(?:ad|eden)|partnerst(?:ad|eden)|zusterhaven|villes?\s+(?:jumelles?|partenaires?)|"
    r"ports?\s+(?:jumeaux?|partenaires?))"
    # "from its sister city in China, Yichang", "from its sister port, Lianyungang Port"
    r"(?:\s+(?:in|en|im)\s+(?:the\s+)?[\w-]+)?\s*,?\s+)?\Z",
    _I,
)
# "to X", "naar X", "à X", "nach X", "in X": the destination.
# "its sister city", "die Partnerstadt", "la ville jumelle": the host named after its tie
PARTNER_NOUN = (
    r"(?:(?:its|their|our|his|her|sa|son|leur|notre|seine?|ihre?|unsere?|zijn|haar|hun|onze)\s+)?"
    r"(?:[\w.-]+\s+)?(?:(?:sister|partner|twin|friendship)[\s-]+(?:city|town|province)(?:\s+of)?|"
    r"Partnerstadt|Partnergemeinde|"
    r"Schwesterstadt|Partnerregion|zusterstad|partnerstad|ville\s+(?:jumelle|partenaire|sœur))\s+"
    r"|(?:the\s+)?(?:town|city)\s+hall\s+of\s+|l['’]hôtel\s+de\s+(?:ville\s+de\s+)?|"
    r"(?:het\s+)?stadhuis\s+van\s+|(?:dem\s+)?Rathaus\s+(?:von\s+|der\s+(?:(?:Stadt|Gemeinde)\s+)?)?"
)
# A place named after an adjective and a noun: "the Chinese metropolis of", "de Chinese
# miljoenenstad", "die polnische Hafenstadt", "la ville italienne de", "la capitale savoyarde".
PLACE_NOUN_OF = (
    r"(?:[\w-]+\s+){0,2}?(?:(?:city|town|metropolis|capital|port\s+city|municipality)\s+(?:of\s+)?|"
    r"(?:stad|miljoenenstad|wereldstad|hoofdstad|havenstad|gemeente|provinciehoofdstad)\s+|"
    r"(?:ville|métropole|capitale|cité|commune)\s+(?:[\w-]+\s+)?(?:de\s+|d['’])|"
    r"(?:Stadt|Metropole|Millionenstadt|Hauptstadt|Hafenstadt|Gemeinde|Kommune)\s+|"
    # several places of one noun: "the Chinese cities of Hefei and Nanjing", "de Chinese
    # steden", "les villes chinoises de", "die chinesischen Städte"
    r"(?:cities|towns|municipalities|port\s+cities)\s+(?:of\s+)?|(?:steden|havensteden)\s+|"
    r"villes\s+(?:[\w-]+\s+)?(?:de\s+|d['’])|(?:Städte|Hafenstädte)\s+)|"
    # an adjective of country before a place named with its noun ("the Scottish" + "city of
    # Edinburgh", "its U.S. sister" + "city of Peoria")
    r"(?:(?:its|their|our|his|her|sa|son|leur|seine?|ihre?|zijn|haar|hun)\s+)?"
    r"(?:(?-i:[A-ZÀ-Þ])[\w.-]*(?:ish|an|ese|ic|ch|se|sche|schen|ise|aise|oise|ienne|ane|ine|\.)\s+"
    r"(?:port\s+|sister\s+|twin\s+|partner\s+)?|(?:sister|twin|partner|friendship)\s+)"
)
TO_PREP: Final = re.compile(
    r"\s*(?:to|in|at|naar|aan|in|te|bij|à|a|en|au|aux|dans|nach|in|im|zu|zur|zum|bei)\s+"
    r"(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|der\s+|die\s+|dem\s+|den\s+|das\s+)?"
    r"(?:" + PARTNER_NOUN + r")?(?:(?:city|town|municipality)"
    r"\s+of\s+|stad\s+|ville\s+de\s+|Stadt\s+|" + PLACE_NOUN_OF + r")?\Z",
    _I,
)
# An official or a body with no place named: the document's own ("the Lord Mayor led a
# delegation to X", "une délégation bisontine", "de schepen was in X").
# (written to open with the first characters of its words in any case, `first_chars`; an
# optional leading part is written out as two words, with it first: the same matches as
# `_rx` of the alternation)
_OFFICIAL_FIRSTS, _OFFICIAL_TAILS = first_chars(
    [
        r"lord\s+mayor",
        "mayor",
        *r"lord\s+provost|provost|deputy\s+mayor|vice[\s-]mayor|governor".split("|"),
        *"councill?ors? councilmembers? council aldermen alderman officials".split(),
        *"burgemeesters? schepenen schepen wethouders? gedeputeerden? college".split(),
        *"gemeenteraad raadsleden raadslid delegates délégués afgevaardigden".split(),
        *"delegierten? stadtratsmitglieder ratsmitglieder stadtratsmitglieder ratsherren".split(),
        r"conseill(?:ers|ères)\s+municipa(?:ux|les)",
        *"maire adjointe? ".split(),
        r"conseil\s+municipal",
        "élus",
        r"délégation\s+[a-zéèê]+e?s?",
        "oberbürgermeister(?:in)?",
        "bürgermeister(?:in)?",
        *"landrat stadtrat dezernent(?:in)? rat".split(),
        # deputies in one word or with a hyphen: "Vizebürgermeister", "vice-maire",
        # "loco-burgemeester", "Vizegouverneur", "vice-gouverneur"
        r"vize[\s-]?(?:bürgermeister(?:in)?|gouverneur(?:in)?)",
        r"vice-(?:maire|gouverneur|présidente?)",
        *r"maire-adjointe?|loco-?burgemeester|vice-?gouverneur|vice[\s-]governor".split("|"),
    ],
    ignorecase=True,
)
OFFICIAL = re.compile(_OFFICIAL_FIRSTS + r"(?<![\w-].)" + _OFFICIAL_TAILS + r"(?![\w-])", _I)
# Heads of a chamber, a port, a university or an association: officials of the document's
# own body ("Our president travelled to", "reist Rektor X nach").
HEAD = opened(
    _rx(
        r"president|chair(?:man|woman|person)?|chief\s+executive|(?:vice[\s-])?principal|"
        r"(?:pro-)?vice[\s-](?:rector|president|chancellor)|"
        r"vice[\s-]chancellor|rector|voorzitter|directeur|rectrice|recteur|vice-recteur|"
        r"présidente?|directrice|präsident(?:in)?|rektor(?:in)?|vorsitzende[rn]?|"
        r"professor(?:in)?|prof\.|hoogleraar|professeure?|"
        r"geschäftsführer(?:in)?",
    )
)
# A delegation "led by the mayor" without a place is the document's own.
LED_BY_OWN = opened(
    _rx(
        r"(?:led|headed)\s+by\s+(?:the\s+|our\s+)?(?:mayor|deputy\s+mayor|governor|president)",
        r"onder\s+leiding\s+van\s+(?:de\s+|onze\s+)?(?:burgemeester|schepen|gouverneur)",
        r"(?:conduite|menée|dirigée)\s+par\s+(?:le\s+|la\s+|notre\s+)?(?:maire|président|"
        r"présidente|adjoint)",
        r"unter\s+(?:der\s+)?Leitung\s+(?:des|der|unseres)\s+(?:Ober)?(?:bürgermeisters?|"
        r"Bürgermeisterin|Landrats?|Präsidenten)",
    )
)
HABITUAL = _rx(
    r"regularly|often|frequently|(?:every|each)\s+(?:year|summer|spring|autumn|fall|winter|month|"
    r"week)|annually|many",
    r"regelmatig|vaak|geregeld|jaarlijks|elk\s+jaar|elke\s+(?:zomer|lente|herfst|winter|maand)",
    r"régulièrement|souvent|chaque\s+(?:année|été|printemps|automne|hiver|mois)|fréquemment",
    r"regelmäßig|oft|häufig|jährlich|jede[ns]?\s+(?:Jahr|Sommer|Frühjahr|Herbst|Winter|Monat)",
)
CANCELLED = _rx(
    r"cancel(?:l)?ed|postponed|called\s+off|shelved|scrapped|abandoned|(?:did|will)\s+not\s+take\s+place",
    r"(?:put|pushed)\s+back|deferred|on\s+hold",
    r"afgelast|geannuleerd|uitgesteld|afgeblazen|geschrapt|(?:gaat|ging)\s+niet\s+door|"
    r"verschoven|afgezegd",
    r"annulée?s?|reportée?s?|repoussée?s?|n['’](?:aura|a|ont|auront)\s+(?:\w+\s+)?pas\s+(?:eu\s+)?lieu",
    r"abgesagt|verschoben|vertagt|gestrichen|(?:findet|fand)\s+nicht\s+statt|(?:fällt|fiel)\s+aus",
)
# A meeting at a distance is no visit: "a video call with", "een online gesprek met".
VIRTUAL = _rx(
    r"online|virtual(?:ly)?|video\s*(?:call|conference|link)s?|webinars?",
    r"videoverbinding|videogesprek|(?:online|digitaal)\s+(?:overleg|gesprek)",
    r"visioconférences?|visio|en\s+ligne|à\s+distance",
    r"Videokonferenz(?:en)?|Videoschalte|(?:ausschließlich|rein|nur)\s+digital|digital\s+statt",
)
# The signing of an act: in the sentence that reports it or in one that describes it.
# (also the plural of the noun and the news idioms: "put their names to the memorandum",
# "inked a deal", "zetten hun handtekeningen", "leurs signatures", "ihre Unterschriften")
SIGNING = _rx(
    r"sign(?:ed|ing|s)?|re-?sign(?:ed|ing)?|signatures?|ceremony|ink(?:ed|s)|"
    r"put\s+(?:their|his|her)\s+names?\s+to|seal(?:ed|s|ing)?|formali[sz](?:ed|es|ing)",
    r"ondertek\w+|getekend|tekende[n]?|plechtigheid|bezegel\w*|handtekening(?:en)?",
    # "pour officialiser le jumelage", "venir sceller le protocole"
    r"signé\w*|sign(?:ent|er|era|atures?)|cérémonie|scell(?:er|é|ée|és|ées|ent|ait)|"
    r"officialis(?:er|é|ée|és|ées|ent|ait)",
    r"unterzeichn\w+|unterschrieb\w*|Unterschrift(?:en)?|Zeremonie|Festakt|besiegel\w*",
)
# "Cincinnati City Hall", "het stadhuis van Gent", "l'hôtel de ville de Lyon", "Rathaus".
VENUE: Final = re.compile(
    r"\s+(?:City\s+Hall|Town\s+Hall|Civic\s+Centre|Civic\s+Center|Rathaus|stadhuis|"
    r"Guildhall)",
    _I,
)

# Every trigger in one pass over lower-cased text; the group name is the kind.
TRIGGERS_LOW: Final = re.compile(
    "|".join(
        f"(?P<{kind}>{lower_pattern(rx.pattern)})"
        for kind, rx in (("verb", VISIT_VERB), ("noun", VISIT_NOUN), ("receive", RECEIVE_VERB))
    )
)
# The triggers and the signing words (in lower case: IGNORECASE on the text is the same
# without "İ"), tried only at words that can start them (same matches); one object each,
# shared by the visits reader and the visit model, so that a document's offsets where they
# may start are found once.
TRIGGERS_SCAN: Final = WordScan(TRIGGERS_LOW)
SIGNING_SCAN: Final = WordScan(re.compile(lower_pattern(SIGNING.pattern)))

# Demonyms the agreements lexicon lacks (Dutch, French and German forms), by country: "een
# Hongaarse delegatie", "une délégation burkinabè", "die ungarischen Gäste".
EXTRA_DEMONYMS: dict[str, str] = {
    **dict.fromkeys(
        ("hungarian", "hongaarse", "ungarische", "ungarischen", "hongroise", "hongrois"), "HU"
    ),
    **dict.fromkeys(
        ("romanian", "roemeense", "rumänische", "rumänischen", "roumaine", "roumain"), "RO"
    ),
    **dict.fromkeys(("czech", "tsjechische", "tschechische", "tschechischen", "tchèque"), "CZ"),
    **dict.fromkeys(("burkinabè", "burkinabé", "burkinabe"), "BF"),
    **dict.fromkeys(("sénégalaise", "senegalese", "senegalesische"), "SN"),
    **dict.fromkeys(("zweedse", "schwedische", "schwedischen", "suédoise"), "SE"),
    **dict.fromkeys(("oostenrijkse", "österreichische", "österreichischen", "autrichienne"), "AT"),
    # the people, in the plural: "kwamen de Fransen op bezoek", "Les Anglais ont débarqué",
    # "die Italiener besuchten"
    **dict.fromkeys(("fransen", "franzosen"), "FR"),
    **dict.fromkeys(("duitsers", "allemands", "germans"), "DE"),
    **dict.fromkeys(
        ("engelsen", "britten", "anglais", "britanniques", "engländer", "briten"), "GB"
    ),
    **dict.fromkeys(("italianen", "italiens", "italiener", "italians"), "IT"),
    **dict.fromkeys(("chinezen", "chinesen"), "CN"),
    **dict.fromkeys(("japanners", "japaner"), "JP"),
    **dict.fromkeys(("hongaren",), "HU"),
    **dict.fromkeys(("roemenen",), "RO"),
    **dict.fromkeys(("niederländer", "holländer", "néerlandais"), "NL"),
}


# A head count of people in four languages: digits or a number word ("30", "twelve", "zes",
# "neuf", "sechzig"), for the size of a delegation.
HEAD_COUNT: Final = (
    r"(?:\d{1,4}|"
    + "|".join(
        (
            "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
            "forty fifty sixty hundred twee drie vier vijf zes zeven acht negen tien elf twaalf "
            "vijftien twintig dertig veertig vijftig zestig honderd deux trois quatre cinq six "
            "sept huit neuf dix onze douze quinze vingt trente quarante cinquante soixante cent "
            "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig "
            "dreißig vierzig fünfzig sechzig hundert"
        ).split()
    )
    + r")"
)
# The title of an official who leads a delegation (a word ending in one of them:
# "Vizegouverneur", "Oberbürgermeister", "vice-president"), for German "um den ...".
LEADER_TITLE: Final = (
    r"[\w-]*(?:gouverneur|governor|bürgermeister|burgemeester|mayor|maire|präsident|president|"
    r"président|direktor|directeur|director|sekretär|secretary|minister|landrat|leiter|rektor|"
    r"vorsitzende[nr]?)(?:in|s|en)?(?![\w-])"
)
# Officials in the plural, who make a delegation when counted ("24 mayors", "zwölf
# Bürgermeister"): mayors, vice-mayors, officials, councillors, members of parliament.
OFFICIALS_PLURAL: Final = (
    r"(?:vice[\s-]?)?mayors|officials|councillors|councilors|lawmakers|parliamentarians|"
    r"(?:vice[\s-]?|loco[\s-]?)?burgemeesters|wethouders|ambtenaren|bestuurders|parlementariërs|"
    r"(?:vice[\s-]?)?maires|élus|conseillers|fonctionnaires|parlementaires|députés|"
    r"(?:Vize)?[Bb]ürgermeister(?:innen)?|Beamte|Parlamentarier|Abgeordnete|Funktionäre"
)
