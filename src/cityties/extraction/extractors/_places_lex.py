"""Word lists of the places extractor (English, Dutch, French, German)."""

from __future__ import annotations

from typing import Final

from cityties.extraction.types import OrgKind, PlaceKind

# Capitalised words that are never a place on their own (stop words, months, days, titles,
# document furniture). Compared case-folded.
COMMON_WORDS: Final = frozenset(
    """
    a an the and or but if of in on at to by for from with as is are was were be been it its
    this that these those there here he she we they you i his her our their my your who what
    which when where why how all any both each few more most other some such no nor not only
    own same so than too very can will just should now also over after before since until
    while during about against between into through under again further then once new old
    de het een en of in op te van voor met door naar bij uit om aan als dat die dit deze er
    ook nog maar wel niet zo toen dan wat wie waar hoe hier daar zijn haar hun ons onze
    le la les un une des du et ou en dans sur pour par avec à au aux ce cette ces il elle ils
    elles nous vous on qui que dont où mais donc car ni est sont été être avoir son sa ses
    der die das den dem des ein eine einer eines und oder aber in im auf an am zu zur zum
    mit von vom bei aus nach für über unter vor hinter seit bis durch gegen ohne um als wie
    er sie es wir ihr ihre ihren sein seine dieser diese dieses auch noch nur schon
    january february march april may june july august september october november december
    januari februari maart mei juni juli augustus oktober
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    januar februar märz dezember
    monday tuesday wednesday thursday friday saturday sunday
    tue tues wed thu thur thurs fri
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    mr mrs ms dr prof mayor governor president minister king queen prince princess sir
    lord lady dame he hrh his her councillor councilor alderman senator consul ambassador
    chairman director secretary manager officer vice deputy
    city town village county province state region district municipality council
    item subject report resolution description attachments attachment recommendation
    financial statement none staff picture home info art summary agenda file date
    tel phone fax email mail e web website contact address page news newsletter
    university port chamber commerce association department ministry embassy
    committee commission platform network forum center centre office service services
    north south east west northern southern eastern western central upper lower
    great grand little big saint san santa st general national international
    sister friendship twinning partnership agreement memorandum letter declaration
    intent understanding cooperation co operation exchange relations relationship
    chinese american european asian african provincial municipal
    mission union liberty independence harmony unity progress hope
    enterprise industry commerce trade energy nature science education culture
    paradise eden bethlehem nazareth temple church cathedral castle palace
    orange lime olive rose lily iris pearl diamond ruby amber crystal coral ivory
    gold silver iron copper stone rock hill mountain lake river sea ocean island beach
    bay harbor harbour valley forest wood park garden green white black red blue brown
    young fort center central plaza market square bridge spring springs fall falls
    sun moon star summit peak point cape end mount ocean pacific atlantic
    cleantech biotech ict it covid brics eu un
    """.split()
)

# Words after which a capitalised name is likely a place, per language.
# Function words of each language that GeoNames also has as a place name ("Waren", "Hätten",
# "Indien", "Ende"): spaCy's stop words of the language intersected with the gazetteer's names,
# less `COMMON_WORDS`. Written capitalised without a cue (a sentence's first word, a German
# noun), such a word is weak: a place only when the text names it as one elsewhere.
FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    "de": frozenset(
        """
        alle allein allen bin bist dabei dann daran dass davor dazu daß denen deren diesen dir
        dort eben ende ersten ganz gar gern gross groß gut hat hatten hätten ich ins jene kann
        kleinen lang lange los machen man manche manchen mehr mir nein oben recht sah sind soll
        tat tun waren weil wem wen wessen worden wäre
        """.split()
    ),
    "nl": frozenset(
        """
        aldus alle allen ben bent binnen elk hem indien juist kan lang mede meer men min net
        reeds ten verder waren weer werd wil worden zou
        """.split()
    ),
    "fr": frozenset(
        """
        aie ait aura bas bat cela celle celles deja dejà dire durant dès déja déjà etre fais
        hem hou hue hui lors lès meme mien mille moi mon même parce parler permet plus quarante
        quel selon sera seul sien sienne sinon soi sous telles tes tien toi ton tous trente
        tres très vais vas voila voilà vos
        """.split()
    ),
    "en": frozenset(
        """
        along bottom due ever front give made make many mine much name never nine off one per
        put say see side still ten them used well
        """.split()
    ),
}

PLACE_PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        "in to from near between with at via towards toward into visit visited".split()
    ),
    "nl": frozenset("in naar uit te tussen met nabij bij bezoek bezocht".split()),
    "fr": frozenset("à au aux en vers entre avec depuis près de".split()),
    "de": frozenset("in nach aus zu zur zum bei zwischen mit von".split()),
}
ALL_PREPOSITIONS: Final = frozenset().union(*PLACE_PREPOSITIONS.values())

# Determiners that may start a sentence before a name without being part of it.
DETERMINERS: Final = frozenset(
    "the a an this that de het een deze dit le la les l un une die der das den dem ein eine".split()
)

# Particles inside place names ("Frankfurt am Main", "Stratford-upon-Avon").
PLACE_PARTICLES: Final = frozenset(
    "am an der de la le les du des del di da do dos das sur upon on en im bei ob aan op d' l' "
    "d’ l’".split()
)

# Particles inside person names ("Anja Van den Durpel", "Ludwig van Beethoven").
NAME_PARTICLES: Final = frozenset(
    "van von de den der del della di da du le la ter ten bin al el dos das".split()
)

# Titles before a person's name; matched case-insensitively unless in TITLES_CASED.
TITLES: Final = frozenset(
    """mayor governor president minister premier councillor councilor alderman senator
    ambassador consul chairman chairwoman chairperson director secretary chancellor
    prince princess king queen sir dame lord lady professor mister
    burgemeester burgermeester schepen gouverneur voorzitter mevrouw minister
    bürgermeister bürgermeisters oberbürgermeister oberbürgermeisters bürgermeisterin
    oberbürgermeisterin landrat botschafter präsident präsidentin herr herrn frau
    maire adjoint adjointe préfet président présidente ministre ambassadeur madame
    monsieur provost councilmember councilmembers councilwoman councilman wethouder
    gedeputeerde vice deputy""".split()
)
TITLES_CASED: Final = frozenset(
    "Mr Mrs Ms Dr Prof HE HRH Dhr Mevr Mw M Mme Mlle Ing Drs Ir".split()
)
# Words that make a preceding name a person when they follow it after a comma
# ("Richard Ambrose, City Manager").
APPOSITIVE_TITLES: Final = TITLES | frozenset(
    "manager officer coordinator ceo cfo spokesperson spokesman spokeswoman head".split()
)
# Title qualifiers that may precede a title ("Vice-Mayor", "Deputy Mayor", "Lord Mayor").
TITLE_PREFIXES: Final = frozenset("vice deputy lord acting former first executive".split())

# Labels of contact blocks.
CONTACT_LABELS: Final = (
    "tel",
    "phone",
    "telephone",
    "tél",
    "telefon",
    "telefoon",
    "fax",
    "email",
    "e-mail",
    "mail",
    "gsm",
    "mobile",
)

# Words of an office's or unit's name in a contact block ("Dienst Internationale Samenwerking").
UNIT_WORDS: Final = frozenset(
    """dienst afdeling team office department service services abteilung amt referat büro
    bureau unit division cabinet kabinet direction directie section sectie desk
    international internationale internationaal internationales relations relaties
    samenwerking zusammenarbeit coopération cooperation affairs zaken angelegenheiten""".split()
)

# Organisation heads: case-folded word -> kind. The head decides the kind.
ORG_HEADS: Final[dict[str, OrgKind]] = {
    **dict.fromkeys(
        """university universiteit université universität universitat universidad università
        hochschule fachhochschule hogeschool polytechnic politecnico""".split(),
        "university",
    ),
    # schools, colleges, academies and institutes sign as universities do ("Vlerick Business
    # School", "Dundalk Institute of Technology", "École centrale de Lyon")
    **dict.fromkeys(
        """institute instituut institut school academy academie académie akademie college
        école ecole collège cégep""".split(),
        "university",
    ),
    **dict.fromkeys(
        """handelskammer ihk cci voka amcham eurochambres chamber kamer chambre chambers kamers
        chambres handelskammern""".split(),
        "chamber_of_commerce",
    ),
    **dict.fromkeys(
        "port haven havenbedrijf hafen hafengesellschaft hafenbehörde seaport seaports".split(),
        "port",
    ),
    **dict.fromkeys(
        """ministry ministerie ministère ministerium department departement agency agentschap
        agence agentur embassy ambassade botschaft consulate consulaat consulat konsulat
        amt bureau authority autoriteit autorité government regering gouvernement regierung
        parliament parlement senate""".split(),
        "government_service",
    ),
    **dict.fromkeys(
        """association vereniging verein verband society federation federatie fédération
        foundation stichting stiftung fondation committee comité komitee commission commissie
        vereinigung genootschap
        kommission council raad conseil party partij partei parti platform plateforme
        plattform network netwerk netzwerk réseau alliance forum consortium museum hospital
        ziekenhuis krankenhaus club rat""".split(),
        "other",
    ),
    # hospitals, development zones and technology parks ("Third People's Hospital of
    # Hainan Province", "Hefei Economic and Technological Development Zone",
    # "Technologiepark Heidelberg")
    **dict.fromkeys(
        """hôpital klinikum clinic kliniek clinique zone technologiepark technopark
        wissenschaftspark sciencepark technopole wetenschapspark gesellschaft""".split(),
        "other",
    ),
    # a district's or board's schools, named by their place ("Rockford Public Schools",
    # "Wolf Creek Public Schools", "Palliser Regional Schools")
    "schools": "other",
    # German economic development agencies ("Wirtschaftsförderung Dortmund")
    **dict.fromkeys("wirtschaftsförderung wirtschaftsfoerderung".split(), "government_service"),
}
# Words before "Park" that make it an organisation's head ("Suzhou Industrial Park").
PARK_KINDS: Final = frozenset(
    """industrial industry science technology tech software innovation research business
    logistics eco biotech""".split()
)
# Verbs whose subject is an actor: an unknown name before them is an organisation.
SIGN_VERBS: Final = frozenset(
    """signed sign signs co-signed tekende tekenden ondertekende ondertekenden ondertekent
    signe signent signé signèrent unterzeichnete unterzeichneten unterzeichnet
    unterschrieb unterschrieben""".split()
)
# Lower-case nouns that introduce an organisation's own name ("de hogeschool Howest").
ORG_NOUNS: Final[dict[str, OrgKind]] = {
    **dict.fromkeys(
        """university universiteit université universität hogeschool hochschule college
        polytechnic""".split(),
        "university",
    ),
    **dict.fromkeys(
        "company firm bedrijf onderneming firma entreprise société unternehmen".split(),
        "company",
    ),
}
# Company suffixes (case-sensitive).
COMPANY_SUFFIXES: Final = frozenset(
    """NV BV SA AG GmbH Ltd Inc Co Corp Corporation LLC PLC plc SE KG SARL SAS BVBA CVBA SRL
    SpA Oy AB ASA Group Holding Holdings Company KGaA mbH OHG""".split()
)
# Heads that name the organisation by what follows ("Port of Ghent", "Universiteit Gent").
HEAD_INITIAL: Final = frozenset(
    """university universiteit université universität universitat universidad università
    hochschule fachhochschule hogeschool port haven havenbedrijf hafen hafengesellschaft
    hafenbehörde ihk cci chamber
    kamer chambre ministry ministerie ministère ministerium embassy ambassade botschaft
    consulate consulaat consulat konsulat department agency agentschap agence commission
    council conseil government parliament institute institut instituut school academy
    académie akademie college collège cégep museum foundation fondation society federation
    fédération
    association committee comité office bureau authority autorité handelskammer handelskammern
    chambers kamers chambres
    hospital hôpital ziekenhuis krankenhaus klinikum technologiepark technopark
    wissenschaftspark technopole école ecole wetenschapspark wirtschaftsförderung
    gesellschaft vereniging verein vereinigung verband stichting stiftung genootschap""".split()
)
# Generic nouns that introduce a company's name and are no part of it ("die Firma X AG").
COMPANY_NOUNS: Final = frozenset(
    """company companies firm group firma unternehmen konzern gruppe bedrijf bedrijven
    onderneming groep entreprise entreprises société firme groupe""".split()
)
# German compounds ending in a head ("Partnerhochschule").
COMPOUND_HEADS: Final[tuple[tuple[str, OrgKind], ...]] = (
    ("hochschule", "university"),
    ("universität", "university"),
    ("universiteit", "university"),
    ("hogeschool", "university"),
    ("handelskammer", "chamber_of_commerce"),
    ("handelskammern", "chamber_of_commerce"),
    ("ministerium", "government_service"),
    ("verein", "other"),
    ("verband", "other"),
    # schools, vocational colleges and chambers named by a compound ("Berufsschule Heze",
    # "Holzfachschule Frankenberg", "Berufskolleg Geldern", "Handwerkskammer Aachen",
    # "IHK Regionalkammer Zwickau")
    ("schule", "university"),
    ("kolleg", "university"),
    ("kammer", "chamber_of_commerce"),
)
# Compound heads that name the organisation by what follows ("Rijksuniversiteit Groningen",
# "Handelskammer Hamburg"); "Partnerhochschule X" names a partner, not a school called X.
INITIAL_COMPOUNDS: Final = (
    "universiteit",
    "hogeschool",
    "handelskammer",
    "handelskammern",
    "schule",
    "kolleg",
    "kammer",
)
# Lower-case adjectives that go on a French head ("Autorité portuaire", "port autonome"): the
# kind they give, or None to keep the head's.
HEAD_ADJECTIVES: Final[dict[str, OrgKind | None]] = {
    "portuaire": "port",
    "maritime": None,
    "autonome": None,
    # "École centrale de Lyon", "École normale supérieure de Lyon", "École nationale ..."
    "centrale": None,
    "normale": None,
    "supérieure": None,
    "nationale": None,
    "polytechnique": None,
    # "Université agricole du Henan", "Université catholique de Louvain", "Université libre de
    # Bruxelles", "Université technologique de Compiègne", "Université médicale de Chongqing"
    **dict.fromkeys(
        """agricole catholique libre technique technologique médicale pédagogique forestière
        agronomique vétérinaire""".split()
    ),
}

# Connectors allowed inside organisation names.
ORG_CONNECTORS: Final = frozenset(
    "of for and & van voor en de du des d l la le et für und der zu am an the het "
    "d' l' d’ l’".split()
)

# City-government forms. Prefix words before a place name; capitalised prefixes (in the
# middle of a sentence) name the government, lower-case ones only the place.
CITY_PREFIXES: Final = frozenset(
    "city town municipality borough stad gemeente ville commune municipalité".split()
)
GOVERNMENT_PREFIXES: Final = frozenset(
    "hansestadt landeshauptstadt bundesstadt kreisstadt universitätsstadt stadtverwaltung mairie "
    "magistrat".split()
)
PLACE_PREFIXES: Final = frozenset("stadt cité".split())
REGION_WORDS: Final[dict[str, tuple[PlaceKind, ...]]] = {
    **dict.fromkeys(
        "province provincie provinz provincia state staat état region regio région".split(),
        ("admin1", "admin2"),
    ),
    **dict.fromkeys(
        """département departement department county prefecture präfektur préfecture comté
        landkreis kreis""".split(),
        ("admin2", "admin1"),
    ),
    # a Swiss canton ("Kanton Zürich"): "Kanton" alone is Guangzhou's old German name, never so
    # before a name
    **dict.fromkeys("kanton kantons".split(), ("admin1",)),
    # a German state ("das Land Sachsen-Anhalt", "des Bundeslandes Hessen", "der Freistaat
    # Bayern")
    **dict.fromkeys(
        "land landes bundesland bundeslandes freistaat freistaates".split(), ("admin1",)
    ),
}
# Region words only before "of"/"de" ("le canton de Vaud", "the Canton of Zurich"): before a
# name, "Canton" is Guangzhou ("the Canton Fair").
REGION_WORDS_BEFORE_OF: Final[dict[str, tuple[PlaceKind, ...]]] = dict.fromkeys(
    "canton cantons".split(), ("admin1",)
)
# A district of a city named before its name ("het district Huangyan", "des Bezirks Jintan",
# "the district of Pudong"): a place of its own, in the gazetteer or not.
DISTRICT_WORDS: Final = frozenset(
    "district districts bezirk bezirks bezirkes stadtbezirk stadtbezirks stadsdistrict".split()
)
# The same words after a Chinese district's name ("Qiaokou District", "Jiangbei New Area",
# "Longgang New District"): a place of its own, in the gazetteer or not.
DISTRICT_SUFFIXES: Final = ("district", "new area", "new district")
# "X City Council", "X Municipality" and their siblings after a place name.
CITY_SUFFIXES: Final = (
    "metropolitan municipality",
    "municipality",
    "municipal people's government",
    "district people's government",
    "county people's government",
    "municipal government",
    "city government",
    "city council",
    "town council",
    "municipal council",
    "borough council",
    "county council",
    "city hall",
)

# Capitalised nouns after a place name that make the pair a feature ("Kitakami River").
FEATURE_NOUNS: Final = frozenset(
    """river rivers lake mountain mountains hall street road avenue square bridge airport
    station stadium tower cathedral church castle palace temple gate valley bay beach
    island islands park gardens canal strait basin desert peninsula glacier
    fluss straße strasse platz brücke flughafen bahnhof dom kirche schloss rivier straat
    plein brug luchthaven kerk kasteel rivière rue place pont aéroport gare église
    château""".split()
)
# Capitalised words that make a different place of the name after them ("Fort Leavenworth").
NAME_PREFIXES: Final = frozenset(
    "Fort Mount Mt Lake Port Cape Camp Glen Point Saint Sainte Sankt Santa San Bad".split()
)

# Common words that often open a proper name, also at the start of a sentence ("North Sea
# Port counts 525 companies", "New Holland Agriculture").
NAME_OPENERS: Final = frozenset(
    """north south east west northern southern eastern western central new upper lower great
    greater noord zuid oost nord sud est ouest süd ost nieuw neu nouveau nouvelle""".split()
)
# Sentence adverbs: never part of the name after them ("Today North Sea Port ...").
SENTENCE_ADVERBS: Final = frozenset(
    """today now currently presently meanwhile yesterday recently also moreover furthermore
    however additionally nowadays together since still vandaag nu momenteel thans intussen
    ook bovendien sindsdien aujourd'hui actuellement désormais aussi heute derzeit jetzt
    inzwischen außerdem zudem seitdem""".split()
)

# Nationality adjectives: a hint for the country of nearby places.
DEMONYMS: Final[dict[str, str]] = {
    **dict.fromkeys(
        "chinese chinees chinois chinoise chinesisch chinesische chinesischen".split(), "CN"
    ),
    **dict.fromkeys(
        "american amerikaanse américain américaine amerikanisch amerikanische".split(), "US"
    ),
    **dict.fromkeys(
        "belgian belgische belge belgisch flemish vlaamse flamand flamande".split(), "BE"
    ),
    **dict.fromkeys("french franse français française französisch französische".split(), "FR"),
    **dict.fromkeys("german duitse allemand allemande deutsch deutsche deutschen".split(), "DE"),
    **dict.fromkeys("dutch nederlandse néerlandais niederländisch".split(), "NL"),
    **dict.fromkeys(
        """british britse britannique britisch english engelse anglais anglaise englisch
        englische englischen""".split(),
        "GB",
    ),
    **dict.fromkeys("japanese japanse japonais japanisch".split(), "JP"),
    **dict.fromkeys("australian australische australien".split(), "AU"),
    **dict.fromkeys("taiwanese taiwanees taïwanais".split(), "TW"),
    **dict.fromkeys("italian italiaanse italien italienne italienisch".split(), "IT"),
    **dict.fromkeys("spanish spaanse espagnol espagnole spanisch".split(), "ES"),
    **dict.fromkeys("irish ierse irlandais irisch".split(), "IE"),
    **dict.fromkeys("korean koreaanse coréen koreanisch".split(), "KR"),
    **dict.fromkeys("indian indiase indien indienne indisch".split(), "IN"),
    **dict.fromkeys("russian russische russe russisch".split(), "RU"),
    **dict.fromkeys("canadian canadese canadien canadienne kanadisch".split(), "CA"),
    "californian": "US",
    "south african": "ZA",
}

# Words of the sentences that may hold a tie or a goal (see _places_ties).
TIE_WORDS: Final = frozenset(
    """branch branches subsidiary subsidiaries office offices plant plants factory factories
    vestiging vestigingen filiaal filialen kantoor kantoren fabriek fabrieken filiale filiales
    succursale succursales usine usines bureau bureaux niederlassung niederlassungen standort
    standorte werk werke tochtergesellschaft tochtergesellschaften
    form forms formed constitute constitutes constituted make makes vormen vormt vormden
    forment forme formaient constituent bilden bildet bildeten
    member members joined lid membre membres rejoint mitglied mitglieder
    merged merge merges fuseerde fuseerden gefuseerd fusionné fusionnée fusionnés fusionnées
    fusionnent fusionna fusionnèrent fusionierte fusionierten fusioniert
    based gebaseerd gebaseerde basiert basierte basierten basierter headquartered located
    gevestigd basé basée basés basées installé installée installés installées implanté
    implantée implantés implantées sitz ansässig
    part division onderdeel dochter dochteronderneming partie teil tochter""".split()
)
GOAL_WORDS: Final = frozenset(
    """aims aim aiming goal ambition ambitions target wants want strives strive striving
    committed commits commit pledge pledged seeks seek objective
    wil willen streeft streven ambitie doel doelstelling ambieert beoogt
    vise visent ambitionne objectif souhaite veut engage will wollen ziel strebt anstreben
    beabsichtigt""".split()
)

# Sectors listed after "Chamber of Commerce" in its name ("and Industry", "d'industrie et
# d'agriculture", "en Industrie", "und Gewerbe").
SECTOR_WORDS: Final = frozenset(
    """industry industries agriculture crafts services trade shipping navigation tourism
    mines mining handicraft handicrafts
    industrie nijverheid landbouw ambachten diensten handel scheepvaart toerisme
    agriculture artisanat métiers metiers services commerce
    industrie gewerbe handwerk landwirtschaft schifffahrt""".split()
)
