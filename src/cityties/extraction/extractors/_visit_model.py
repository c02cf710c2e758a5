"""A learned decider over visit candidates (cityties.visits).

Every sentence with a visit cue (a visit verb, a visit noun, a receiving verb, a signing
word of `_lexicon_visits`) offers candidates: each ordered pair (visitor, host) of the actors
of the sentence (and of the `WINDOW` sentences around it) and the document's own place. A
candidate is described by cheap features that hold in the four languages (the cue's kind,
where the two actors stand against the cue and each other, "from"/"to"/"in" words before
them, their kinds and countries, the own place, whether the rules found the pair) and scored
by a logistic model (`WEIGHTS`) fitted on the gold visits of the development corpora by
`tools/train_visit_model.py`:

    PYTHONPATH=src .venv/bin/python tools/train_visit_model.py --write-selected --l2 1 3 10 30

A pair the rules did not find whose probability reaches `ADD_THRESHOLD` is added (dated by
the reader's own date rules for its sentence); a pair the rules found whose best candidate
falls below `DROP_THRESHOLD` is left out. The model runs only when `ENABLED` (the environment
variable CITYTIES_VISIT_MODEL=1 or 0 overrides it).

It is on since 2026-11-30 (fifth part). Chosen honestly (l2 and the threshold picked inside
each fold by a nested leave-one-corpus-out), the added pairs raise the mean visits F1 of the 18
annotated corpora from 0.7800 to 0.7874 (worst corpus -0.008); refitted with corpus28 (session
14), over 19 corpora from 0.7545 to 0.7634 (held out, corpus28 0.296 -> 0.321, corpus27 0.353
-> 0.436; worst corpus17 -0.009); refitted with corpus29 (session 15), over 20 corpora from
0.7334 to 0.7380 (held out, corpus29 0.281 -> 0.300; no corpus below +0.000). The weights below
are those of the l2 and threshold the same selection picks over every corpus
(`train_visit_model.py --write-selected`: l2 10, t_add 0.30). `run` scores the add candidates
without their dicts of features (`_scored`: the weights of a cue's and a side's features summed
once, a bound of the weights of the mention's patterns before they are read) and builds
`_features` only for the few whose score may reach `ADD_THRESHOLD`; `candidates` (with the
dicts) stays for the training script and the tests, and `_scored` is checked against it. Cost,
the model on against off, on the dev texts (speed_parts.py, alternating): pure Python,
cityties.visits 0.060 -> 0.100 s (--repeat 20; 0.307 s before `_scored`); compiled by mypyc,
0.011 -> 0.018 s of a 0.135 s pipeline (--repeat 5; about +5 %)."""

from __future__ import annotations

import math
import os
import re
from typing import TYPE_CHECKING, Any, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import Unit, first_chars
from cityties.extraction.extractors._parties import Actor

if TYPE_CHECKING:
    from cityties.extraction.extractors.visits import _Reader

__all__ = [
    "ADD_THRESHOLD",
    "DROP_THRESHOLD",
    "DROP_WEIGHTS",
    "ENABLED",
    "WEIGHTS",
    "Candidate",
    "candidates",
    "probability",
    "run",
]

# ---- written by tools/train_visit_model.py (--write); do not edit by hand
WEIGHTS: dict[str, float] = {
    "bias": -6.5760,
    "same_country": -0.8082,
    "act_pair": 0.7956,
    "rules_here_host": 0.7578,
    "a_org": 0.6847,
    "date_month": 0.6817,
    "rules_visitor": 0.6016,
    "cue_word=signed": -0.5563,
    "a_country": -0.5530,
    "b_prev=in": 0.5280,
    "date_day": 0.4979,
    "rules_here_visitor": 0.4966,
    "rules_reverse": 0.4916,
    "a_home": 0.4876,
    "a_from": 0.4776,
    "dated": 0.4468,
    "date_dist": 0.4440,
    "b_org": 0.4391,
    "b_home": 0.4373,
    "b_to": 0.4297,
    "noun&a_before": 0.4296,
    "cue=signing": -0.4261,
    "rules_none": 0.4216,
    "b_country": -0.4194,
    "a_to": -0.4188,
    "rules_here": -0.4175,
    "named_after": -0.3730,
    "cue_word=unters": 0.3562,
    "noun&b_from": -0.3550,
    "a_of": 0.3366,
    "b_party": 0.3326,
    "noun&b_in": 0.3289,
    "a_before_cue": 0.3106,
    "b_prev=à": 0.3038,
    "noun&a_from": 0.2914,
    "b_in": 0.2890,
    "dates": 0.2842,
    "b_outside": -0.2665,
    "rules_host": 0.2641,
    "a_partner_country": 0.2636,
    "lang=de": 0.2551,
    "a_prev=uit": 0.2531,
    "a_possessive": 0.2441,
    "a_in": -0.2437,
    "cue_word=visit": -0.2427,
    "a_party": -0.2395,
    "noun&a_to": -0.2390,
    "verb&b_to": 0.2269,
    "cue=noun": 0.2229,
    "b_from": -0.2195,
    "lang=en": -0.2191,
    "cue_word=venue": 0.2162,
    "receive&b_before": 0.2074,
    "a_prev=in": -0.2057,
    "cue_word=trade": 0.2023,
    "cue_word=déléga": -0.1949,
    "cue_word=delega": 0.1935,
    "cue_word=signat": 0.1906,
    "cue_word=repres": 0.1895,
    "verb&b_before": -0.1888,
    "signing&a_before": -0.1873,
    "receive&a_from": 0.1845,
    "a_prev=van": 0.1793,
    "cue_word=besuch": 0.1734,
    "b_prev=du": -0.1688,
    "a_region": 0.1685,
    "b_first": 0.1637,
    "cue_word=visite": -0.1607,
    "a_first": 0.1542,
    "signing&b_to": 0.1517,
    "b_prev=to": 0.1488,
    "a_prev=à": -0.1465,
    "verb&a_to": -0.1411,
    "cue_word=reise": -0.1397,
    "a_prev=of": 0.1378,
    "cue_word=tour": -0.1308,
    "noun&a_in": -0.1296,
    "cue_word=missio": 0.1294,
    "cue_word=se": 0.1291,
    "cue_word=signin": 0.1230,
    "b_prev=en": -0.1211,
    "cue_word=était": 0.1176,
    "a_prev=and": 0.1168,
    "gap": -0.1158,
    "lang=fr": -0.1140,
    "b_prev=with": -0.1115,
    "a_prev=to": -0.1107,
    "b_dist": 0.1102,
    "noun&b_to": 0.1100,
    "cue_word=wirtsc": 0.1090,
    "signing&a_in": -0.1080,
    "a_prev=du": 0.1068,
    "actors": -0.1068,
    "cue_word=unterz": -0.1063,
    "verb&b_from": 0.1048,
    "b_prev=nach": -0.1034,
    "cue=verb": 0.1022,
    "cue=receive": 0.1010,
    "b_prev=from": -0.1007,
    "a_by": -0.1003,
    "cue_word=reiste": -0.1003,
    "cue_word=reçus": 0.0991,
    "b_of": -0.0982,
    "b_partner_country": 0.0976,
    "b_prev=l": 0.0969,
    "cue_word=accuei": -0.0949,
    "cue_word=send": 0.0935,
    "cue_word=gingen": 0.0910,
    "b_prev=of": -0.0908,
    "cue_word=a": 0.0903,
    "cue_word=travel": 0.0901,
    "cue_word=zeremo": 0.0878,
    "verb&a_before": 0.0832,
    "receive&b_in": -0.0825,
    "a_outside": -0.0815,
    "cue_word=return": -0.0813,
    "lang=nl": 0.0780,
    "b_by": -0.0727,
    "b_prev=aus": -0.0721,
    "verb&a_from": 0.0719,
    "cue_word=geteke": -0.0715,
    "signing&a_from": -0.0702,
    "signing&b_before": 0.0696,
    "cue_word=flew": -0.0689,
    "cue_word=scellé": -0.0671,
    "a_prev=de": -0.0670,
    "a_prev=von": -0.0667,
    "cue_word=welcom": 0.0666,
    "cue_word=war": 0.0662,
    "cue_word=est": -0.0661,
    "signing&b_in": 0.0659,
    "b_prev=met": 0.0648,
    "cue_word=tekend": -0.0633,
    "b_prev=naar": 0.0624,
    "cue_word=reisde": 0.0623,
    "a_prev=en": -0.0617,
    "b_prev=and": -0.0615,
    "b_prev=de": -0.0607,
    "cue_word=group": -0.0603,
    "cue_word=handel": 0.0603,
    "cue_word=zu": 0.0602,
    "cue_word=arrive": -0.0596,
    "cue_word=afvaar": -0.0593,
    "receive&b_to": -0.0589,
    "cue_word=sera": 0.0580,
    "b_prev=van": -0.0578,
    "cue_word=ontvan": 0.0576,
    "cue_word=trip": 0.0560,
    "a_prev=l": 0.0553,
    "b_possessive": -0.0551,
    "cue_word=hatte": 0.0524,
    "b_before_cue": 0.0519,
    "cue_word=came": 0.0509,
    "cue_word=receiv": 0.0509,
    "b_prev=avec": -0.0508,
    "receive&b_from": 0.0505,
    "cue_word=verwel": -0.0504,
    "a_prev=met": -0.0494,
    "cue_word=reist": -0.0488,
    "cue_word=arbeit": -0.0479,
    "b_prev=uit": -0.0468,
    "cue_word=gezels": 0.0463,
    "cue_word=tours": -0.0455,
    "b_prev=aan": -0.0449,
    "b_region": -0.0438,
    "cue_word=empfin": -0.0437,
    "planned": 0.0427,
    "b_prev=mit": -0.0426,
    "a_prev=avec": -0.0425,
    "cue_word=ondert": -0.0417,
    "cue_word=werkbe": -0.0398,
    "cue_word=s": 0.0390,
    "cue_word=led": 0.0374,
    "cue_word=lead": 0.0374,
    "noun&b_before": -0.0363,
    "a_prev=aus": 0.0346,
    "cue_word=ceremo": -0.0338,
    "cue_word=ontvin": 0.0333,
    "cue_word=signée": -0.0323,
    "a_prev=naar": -0.0314,
    "cue_word=was": -0.0313,
    "cue_word=bezoch": 0.0309,
    "cue_word=signer": -0.0306,
    "a_prev=nach": -0.0305,
    "cue_word=sont": -0.0304,
    "cue_word=abordn": 0.0302,
    "a_prev=from": 0.0300,
    "cue_word=missie": -0.0288,
    "receive&a_in": -0.0280,
    "cue_word=recevr": -0.0275,
    "cue_word=re": -0.0273,
    "cue_word=sign": -0.0264,
    "cue_word=cérémo": -0.0246,
    "cue_word=begrüß": -0.0245,
    "a_prev=at": -0.0241,
    "b_prev=und": 0.0236,
    "verb&b_in": -0.0233,
    "cue_word=besieg": -0.0232,
    "b_prev=im": -0.0231,
    "signing&a_to": -0.0223,
    "cue_word=gruppe": -0.0222,
    "cue_word=trekt": -0.0222,
    "cue_word=govern": -0.0221,
    "verb&a_in": 0.0219,
    "cue_word=weilte": -0.0217,
    "cue_word=reisen": -0.0210,
    "a_prev=mit": -0.0208,
    "a_prev=for": -0.0208,
    "b_prev=von": -0.0202,
    "signing&b_from": -0.0198,
    "cue_word=trok": -0.0193,
    "cue_word=traf": -0.0192,
    "cue_word=empfan": -0.0188,
    "b_prev=par": -0.0181,
    "cue_word=signs": -0.0179,
    "b_prev=at": -0.0174,
    "cue_word=fait": -0.0166,
    "receive&a_to": -0.0164,
    "cue_word=ont": -0.0158,
    "cue_word=hosts": -0.0157,
    "cue_word=déplac": -0.0157,
    "cue_word=dienst": -0.0156,
    "receive&a_before": -0.0149,
    "b_prev=for": -0.0145,
    "a_dist": -0.0144,
    "cue_word=vertre": -0.0136,
    "cue_word=signen": -0.0135,
    "cue_word=guest": -0.0132,
    "a_prev=aan": -0.0132,
    "cue_word=gäste": -0.0130,
    "a_prev=d": -0.0128,
    "cue_word=signé": -0.0128,
    "cue_word=zijn": -0.0125,
    "cue_word=sent": -0.0125,
    "cue_word=spent": -0.0125,
    "cue_word=econom": 0.0124,
    "b_prev=zur": -0.0124,
    "b_prev=d": -0.0121,
    "cue_word=friend": -0.0116,
    "cue_word=handte": -0.0110,
    "cue_word=voyage": -0.0108,
    "b_prev=et": 0.0107,
    "cue_word=offici": -0.0107,
    "cue_word=is": -0.0107,
    "cue_word=bezoek": -0.0104,
    "a_prev=by": -0.0101,
    "cue_word=gegenb": -0.0099,
    "a_prev=und": 0.0090,
    "cue_word=werkre": -0.0088,
    "cue_word=bürger": -0.0087,
    "a_prev=et": 0.0084,
    "cue_word=took": -0.0083,
    "b_prev=by": -0.0080,
    "cue_word=busine": -0.0079,
    "coordinated": 0.0077,
    "cue_word=host": -0.0075,
    "cue_word=kamen": -0.0074,
    "cue_word=visits": -0.0073,
    "cue_word=guests": -0.0071,
    "cue_word=leads": -0.0068,
    "cue_word=set": -0.0067,
    "a_prev=pour": -0.0066,
    "cue_word=groep": -0.0063,
    "a_prev=par": -0.0063,
    "cue_word=hosted": 0.0061,
    "cue_word=sommes": -0.0057,
    "cue_word=étions": -0.0055,
    "cue_word=scelle": -0.0053,
    "b_prev=pour": -0.0053,
    "a_prev=im": -0.0053,
    "cue_word=partis": -0.0053,
    "cue_word=toured": -0.0051,
    "cue_word=arrivé": -0.0049,
    "cue_word=komt": -0.0048,
    "a_prev=dans": -0.0047,
    "cue_word=inks": -0.0047,
    "cue_word=bezege": -0.0046,
    "cue_word=komen": -0.0045,
    "a_prev=zur": -0.0045,
    "cue_word=study": -0.0041,
    "cue_word=played": -0.0037,
    "cue_word=séjour": 0.0034,
    "cue_word=reçoit": -0.0033,
    "cue_word=put": -0.0031,
    "cue_word=empfän": -0.0027,
    "cue_word=verteg": -0.0024,
    "cue_word=formal": -0.0023,
    "cue_word=hôte": -0.0022,
    "cue_word=went": -0.0022,
    "cue_word=untern": -0.0021,
    "cue_word=were": -0.0020,
    "cue_word=statte": -0.0017,
    "cue_word=visito": -0.0017,
    "cue_word=workin": -0.0016,
    "cue_word=studie": -0.0015,
    "cue_word=kwamen": -0.0015,
    "a_prev=des": -0.0011,
    "cue_word=visiti": -0.0011,
    "cue_word=inked": -0.0010,
    "cue_word=représ": -0.0006,
    "a_prev=with": -0.0006,
    "b_prev=des": -0.0006,
    "b_prev=au": -0.0006,
    "cue_word=kwam": -0.0003,
    "cue_word=hostin": -0.0002,
    "cue_word=sind": -0.0002,
    "a_prev=au": -0.0001,
    "cue_word=signés": -0.0001,
}
DROP_WEIGHTS: dict[str, float] = {
    "bias": 1.6945,
    "a_partner_country": -0.8877,
    "act_pair": 0.8036,
    "b_partner_country": -0.6373,
    "same_country": -0.4888,
    "cue=signing": -0.4824,
    "b_org": -0.4507,
    "b_region": -0.4400,
    "b_in": -0.4011,
    "b_home": 0.3654,
    "cue=verb": 0.3652,
    "a_prev=de": -0.3513,
    "rules_reverse": 0.3476,
    "date_month": 0.3429,
    "b_country": -0.3223,
    "rules_here_host": -0.3214,
    "named_after": -0.3167,
    "cue_word=unterz": -0.3058,
    "cue_word=missio": -0.2967,
    "b_prev=en": -0.2776,
    "verb&b_from": -0.2353,
    "cue_word=handte": -0.2301,
    "gap": 0.2286,
    "a_country": -0.2231,
    "signing&b_in": -0.2025,
    "b_of": -0.1977,
    "b_prev=im": -0.1956,
    "cue_word=visit": 0.1943,
    "receive&a_from": -0.1926,
    "a_first": 0.1911,
    "cue_word=empfan": -0.1757,
    "verb&b_to": 0.1750,
    "cue_word=signed": 0.1723,
    "noun&a_from": 0.1719,
    "a_prev=nach": -0.1672,
    "cue_word=visite": 0.1649,
    "a_to": -0.1638,
    "b_to": 0.1637,
    "receive&b_before": 0.1629,
    "cue_word=busine": -0.1615,
    "a_prev=of": 0.1614,
    "a_prev=from": 0.1594,
    "cue_word=welcom": 0.1578,
    "signing&b_to": -0.1573,
    "a_dist": -0.1510,
    "rules_here_visitor": -0.1493,
    "a_prev=to": -0.1480,
    "cue_word=repres": -0.1419,
    "b_prev=avec": -0.1411,
    "b_from": -0.1403,
    "cue_word=econom": -0.1401,
    "b_prev=to": 0.1396,
    "cue_word=seal": -0.1388,
    "cue_word=werkbe": 0.1333,
    "a_region": 0.1306,
    "a_prev=and": -0.1290,
    "signing&a_from": 0.1285,
    "cue_word=put": -0.1271,
    "cue_word=geteke": -0.1267,
    "a_in": -0.1249,
    "verb&a_from": -0.1248,
    "dated": 0.1201,
    "b_prev=aus": -0.1197,
    "noun&b_to": 0.1193,
    "cue_word=tour": -0.1189,
    "b_prev=uit": 0.1184,
    "cue_word=empfin": -0.1144,
    "cue=receive": 0.1141,
    "b_prev=from": -0.1108,
    "b_prev=nach": -0.1101,
    "b_prev=at": 0.1087,
    "a_party": 0.1083,
    "verb&a_before": 0.1019,
    "cue_word=travel": -0.0999,
    "cue_word=signé": 0.0995,
    "b_outside": -0.0973,
    "cue_word=reiste": -0.0971,
    "cue_word=offici": 0.0971,
    "b_prev=de": 0.0925,
    "b_prev=in": -0.0916,
    "a_prev=with": 0.0895,
    "cue_word=se": 0.0893,
    "noun&b_from": 0.0892,
    "b_dist": -0.0890,
    "cue_word=stay": -0.0883,
    "dates": -0.0871,
    "a_org": -0.0866,
    "a_prev=im": -0.0864,
    "receive&b_in": -0.0864,
    "b_before_cue": 0.0854,
    "rules_here": 0.0828,
    "signing&b_before": -0.0825,
    "cue_word=vertre": 0.0816,
    "cue_word=lead": 0.0792,
    "cue_word=reisde": 0.0791,
    "cue_word=begrüß": 0.0790,
    "cue_word=gegenb": -0.0788,
    "cue_word=reçoit": -0.0787,
    "b_possessive": 0.0783,
    "receive&a_in": -0.0777,
    "b_party": 0.0765,
    "a_prev=à": -0.0762,
    "cue_word=gingen": -0.0758,
    "receive&a_before": -0.0757,
    "a_prev=van": -0.0754,
    "noun&a_to": -0.0754,
    "cue_word=gäste": 0.0745,
    "cue_word=handel": -0.0742,
    "cue_word=signée": -0.0742,
    "cue_word=gezels": 0.0716,
    "cue_word=trade": 0.0716,
    "cue_word=abordn": 0.0712,
    "b_prev=van": -0.0711,
    "cue_word=missie": 0.0704,
    "cue_word=signés": -0.0699,
    "a_outside": 0.0698,
    "cue_word=hatte": -0.0691,
    "lang=de": -0.0687,
    "receive&b_from": 0.0683,
    "verb&b_in": -0.0681,
    "cue_word=receiv": 0.0681,
    "b_prev=d": -0.0678,
    "a_by": 0.0673,
    "b_prev=et": 0.0669,
    "cue_word=study": 0.0664,
    "a_possessive": 0.0655,
    "lang=en": 0.0642,
    "b_prev=à": 0.0637,
    "verb&a_to": -0.0636,
    "cue_word=signat": -0.0634,
    "b_prev=l": -0.0634,
    "signing&b_from": -0.0626,
    "lang=nl": 0.0626,
    "b_prev=von": 0.0625,
    "cue_word=ont": -0.0616,
    "a_prev=du": -0.0616,
    "cue_word=ontvin": 0.0614,
    "cue_word=ceremo": 0.0601,
    "cue_word=besieg": 0.0598,
    "b_prev=dans": 0.0593,
    "b_prev=with": 0.0589,
    "lang=fr": -0.0580,
    "cue_word=send": -0.0578,
    "cue_word=arrivé": -0.0556,
    "cue_word=unters": 0.0552,
    "cue_word=accuei": -0.0549,
    "a_prev=aus": 0.0535,
    "b_prev=mit": 0.0530,
    "cue_word=zu": 0.0521,
    "b_prev=par": -0.0512,
    "cue_word=signer": 0.0510,
    "cue_word=wirtsc": 0.0503,
    "cue_word=reist": -0.0502,
    "cue_word=sont": -0.0485,
    "a_prev=in": -0.0473,
    "cue_word=spent": -0.0465,
    "cue_word=reise": -0.0458,
    "cue_word=dienst": 0.0454,
    "cue_word=weilte": 0.0451,
    "b_by": 0.0449,
    "cue_word=studie": 0.0445,
    "noun&b_in": -0.0440,
    "a_prev=mit": 0.0419,
    "signing&a_to": -0.0419,
    "b_prev=du": 0.0406,
    "cue_word=voyage": -0.0402,
    "cue_word=came": -0.0398,
    "b_prev=of": -0.0380,
    "cue_word=recevr": 0.0377,
    "cue_word=was": 0.0373,
    "a_of": 0.0354,
    "a_prev=und": -0.0350,
    "cue_word=signs": 0.0347,
    "cue_word=were": -0.0346,
    "cue_word=host": -0.0346,
    "a_home": 0.0342,
    "cue_word=ontvan": 0.0342,
    "cue_word=is": 0.0338,
    "cue_word=arrive": 0.0335,
    "cue_word=guests": 0.0335,
    "cue_word=bezege": -0.0335,
    "cue_word=trok": 0.0329,
    "cue_word=hosts": 0.0323,
    "cue_word=return": 0.0312,
    "cue_word=séjour": -0.0311,
    "cue_word=delega": -0.0310,
    "cue_word=venue": 0.0302,
    "a_prev=met": 0.0293,
    "cue_word=workin": 0.0292,
    "cue_word=cérémo": 0.0291,
    "cue_word=formal": 0.0290,
    "cue_word=untern": 0.0288,
    "a_prev=for": 0.0287,
    "cue_word=re": -0.0286,
    "a_prev=aan": 0.0286,
    "cue_word=arbeit": 0.0283,
    "b_prev=met": 0.0282,
    "a_prev=by": 0.0281,
    "cue_word=déplac": 0.0274,
    "a_prev=en": -0.0267,
    "receive&b_to": 0.0266,
    "cue_word=bürger": 0.0263,
    "a_prev=naar": 0.0261,
    "noun&b_before": 0.0261,
    "cue_word=ondert": 0.0257,
    "cue_word=toured": 0.0255,
    "cue_word=sommes": 0.0250,
    "a_prev=l": -0.0250,
    "cue_word=étions": 0.0250,
    "cue_word=spend": 0.0249,
    "noun&a_in": -0.0244,
    "noun&a_before": -0.0243,
    "a_prev=von": 0.0243,
    "cue_word=scelle": 0.0240,
    "cue_word=inks": 0.0239,
    "actors": -0.0239,
    "cue_word=a": 0.0238,
    "signing&a_before": -0.0223,
    "cue_word=tekend": -0.0221,
    "cue_word=komen": 0.0219,
    "cue_word=verwel": 0.0211,
    "verb&b_before": -0.0211,
    "a_prev=für": 0.0205,
    "a_before_cue": -0.0205,
    "a_prev=at": 0.0205,
    "cue_word=zeremo": 0.0204,
    "date_day": 0.0200,
    "cue_word=scellé": -0.0194,
    "cue_word=sent": 0.0191,
    "b_prev=pour": 0.0190,
    "cue_word=group": 0.0189,
    "cue_word=s": 0.0187,
    "cue_word=guest": 0.0185,
    "cue_word=reisen": 0.0176,
    "receive&a_to": 0.0171,
    "a_from": -0.0170,
    "cue_word=gruppe": 0.0168,
    "cue_word=représ": 0.0167,
    "a_prev=avec": 0.0165,
    "cue_word=sign": 0.0162,
    "cue_word=hosted": -0.0160,
    "cue_word=traf": 0.0160,
    "a_prev=d": 0.0159,
    "cue_word=festak": 0.0158,
    "b_prev=für": 0.0157,
    "cue_word=inked": 0.0153,
    "cue_word=kam": 0.0141,
    "cue_word=zijn": 0.0139,
    "cue_word=govern": 0.0139,
    "verb&a_in": -0.0138,
    "cue_word=groep": 0.0138,
    "cue_word=war": -0.0137,
    "b_first": 0.0135,
    "cue_word=kamen": 0.0135,
    "b_prev=by": 0.0135,
    "b_prev=for": 0.0130,
    "cue_word=led": 0.0128,
    "cue_word=antrit": 0.0128,
    "cue_word=leads": 0.0124,
    "cue_word=kwam": 0.0122,
    "cue_word=set": 0.0120,
    "date_dist": 0.0118,
    "a_prev=uit": 0.0118,
    "b_prev=und": 0.0116,
    "cue_word=paid": 0.0105,
    "a_prev=et": -0.0104,
    "cue_word=komt": 0.0103,
    "cue_word=fait": 0.0102,
    "cue_word=werkre": 0.0102,
    "cue_word=trekt": 0.0096,
    "cue_word=signin": -0.0091,
    "b_prev=zur": 0.0090,
    "signing&a_in": -0.0090,
    "cue_word=bezoek": 0.0088,
    "cue_word=bezoch": 0.0086,
    "b_prev=aan": -0.0078,
    "cue_word=kwamen": 0.0078,
    "cue_word=flew": 0.0078,
    "cue_word=trip": -0.0076,
    "cue_word=played": 0.0075,
    "cue_word=visiti": 0.0072,
    "cue_word=visits": 0.0072,
    "coordinated": -0.0071,
    "cue_word=est": -0.0071,
    "cue_word=signen": -0.0064,
    "cue_word=friend": 0.0063,
    "cue_word=statte": 0.0060,
    "cue_word=took": 0.0059,
    "cue_word=hôte": 0.0059,
    "cue_word=tours": 0.0057,
    "b_prev=naar": 0.0047,
    "cue_word=sera": 0.0046,
    "cue_word=partis": 0.0044,
    "b_prev=and": -0.0039,
    "cue=noun": 0.0032,
    "cue_word=besuch": 0.0029,
    "a_prev=pour": 0.0028,
    "planned": -0.0022,
    "cue_word=déléga": -0.0019,
}
ADD_THRESHOLD = 0.3  # >= 1: no pair is added
DROP_THRESHOLD = 0.0  # <= 0: no pair the rules found is left out
WINDOW = 1  # sentences read on each side of the cue's sentence
ENABLED = True
# ---- end of the written part

_CUES: Final = lex.TRIGGERS_SCAN  # (the visits reader's: a document's offsets found once)
_SIGNING: Final = lex.SIGNING_SCAN
# words before an actor, in the four languages (the last words before its mention)
# (each written to open with the first characters of its words in any case, `first_chars`:
# `re` then skips to those characters, where a look-behind opening makes it try every position
# of the window; the same matches)
_I: Final = re.IGNORECASE


def _words_before(words: list[str], tail: str) -> re.Pattern[str]:
    """`(?<![\\w-])(?:word1|word2|...)` + tail, in any case, opening with the words' first
    characters."""
    firsts, tails = first_chars(words, ignorecase=True)
    return re.compile(firsts + r"(?<![\w-].)" + tails + tail, _I)


_FROM_BEFORE: Final = _words_before(
    "from uit aus von de du des d['’]".split(), r"\s*(?:[\w'’-]+\s+)?\Z"
)
_TO_BEFORE: Final = _words_before(
    [
        *"to naar à au aux nach zu zur zum aan".split(),
        *"visit(?:ed|ing)? bezocht(?:en)? visité besucht(?:e|en)?".split(),
    ],
    r"\s+(?:[\w'’-]+\s+)?\Z",
)
_IN_BEFORE: Final = _words_before("in at im en dans te op bei".split(), r"\s+(?:[\w'’-]+\s+)?\Z")
_OF_BEFORE: Final = _words_before("of van von der des".split(), r"\s+(?:[\w'’-]+\s+){0,1}\Z")
_BY_BEFORE: Final = _words_before("by door par von".split(), r"\s+(?:[\w'’-]+\s+)?\Z")
_AND_BETWEEN: Final = re.compile(r"\s*(?:,|and|en|et|und|&|/)\s*(?:the\s+)?\Z", re.IGNORECASE)
_POSSESSIVE: Final = re.compile(r"['’]s?\s")
_PLANNED: Final = _words_before(
    "will shall plans? planned zal zullen gepland sera seront prévue?s? wird werden "
    "geplant".split(),
    r"(?![\w-])",
)
_KINDS: Final = ("verb", "noun", "receive", "signing")
# (the word possessive: a shorter part of it cannot end the window where the whole word
# does not, and a window's every position is tried)
_PREV_WORD: Final = re.compile(
    r"([^\W\d_]++)['’]?\s*(?:(?:the|het|la|le|les|der|die|dem|den)\s+)?\Z"
)
_WORD: Final = re.compile(r"[^\W\d_]+")
# function words whose presence before an actor is a feature of its own
_SMALL_WORDS: Final = frozenset(
    "from to in at of by with and for uit naar in te op van door met en voor aan bij "
    "de du des à au aux en dans par avec et pour d l aus nach zu zur zum im von mit und "
    "für bei".split()
)


class Candidate:
    """One ordered pair of actors read at one visit cue of one sentence."""

    __slots__ = ("anchor", "features", "host", "kind", "unit", "visitor")

    def __init__(self, unit: Unit, visitor: Actor, host: Actor, anchor: int, kind: str) -> None:
        self.unit = unit
        self.visitor = visitor
        self.host = host
        self.anchor = anchor
        self.kind = kind
        self.features: dict[str, float] = {}


def _before(rx: re.Pattern[str], text: str, a: Actor, reach: int = 40) -> bool:
    return a.end > a.start and rx.search(text, max(0, a.start - reach), a.start) is not None


class _Shared:
    """What one document's candidates share: the features of a mention, the rules' visits
    around a cue, the dates of a sentence."""

    __slots__ = ("dates", "here", "mention")

    def __init__(self) -> None:
        self.mention: dict[tuple[str, int, int, int], dict[str, float]] = {}
        self.here: dict[int, list[Any]] = {}
        self.dates: dict[tuple[int, int], list[Any]] = {}


def _mention(text: str, u: Unit, side: str, x: Actor) -> dict[str, float]:
    """The features of one side that depend on its mention alone (the words before it)."""
    m: dict[str, float] = {}
    m[f"{side}_from"] = float(_before(_FROM_BEFORE, text, x))
    m[f"{side}_to"] = float(_before(_TO_BEFORE, text, x))
    m[f"{side}_in"] = float(_before(_IN_BEFORE, text, x))
    m[f"{side}_of"] = float(_before(_OF_BEFORE, text, x))
    m[f"{side}_by"] = float(_before(_BY_BEFORE, text, x))
    m[f"{side}_possessive"] = float(_POSSESSIVE.match(text, x.end) is not None)
    m[f"{side}_first"] = float(not text[u.start : x.start].strip(" \n\t\"'“‘-"))
    prev = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
    if prev is not None and prev.group(1).casefold() in _SMALL_WORDS:
        m[f"{side}_prev={prev.group(1).casefold()}"] = 1.0
    return m


def _features(
    reader: _Reader,
    c: Candidate,
    rule_pairs: set[tuple[str, str]],
    act_pairs: set[frozenset[str]],
    cache: _Shared | None = None,
) -> None:
    """The candidate's features, in `c.features` (`cache`: what one document's candidates
    share, the features of a mention, of a sentence and of a cue)."""
    if cache is None:
        cache = _Shared()
    text = reader.text
    u, a, b, t = c.unit, c.visitor, c.host, c.anchor
    home = reader.cast.home
    f = c.features
    f["bias"] = 1.0
    f[f"cue={c.kind}"] = 1.0
    cue = _WORD.match(reader.low, t)
    if cue is not None:
        f[f"cue_word={cue.group()[:6]}"] = 1.0
    f[f"lang={reader.doc.language}"] = 1.0
    implicit_a = a.end <= a.start or not (u.start <= a.start < u.end)
    implicit_b = b.end <= b.start or not (u.start <= b.start < u.end)
    f["a_outside"] = float(implicit_a)
    f["b_outside"] = float(implicit_b)
    for side, x, out in (("a", a, implicit_a), ("b", b, implicit_b)):
        f[f"{side}_home"] = float(home is not None and x.key == home.key)
        f[f"{side}_org"] = float(x.kind == "organisation")
        f[f"{side}_country"] = float(x.place_kind == "country")
        f[f"{side}_region"] = float(x.place_kind in ("admin1", "admin2"))
        f[f"{side}_partner_country"] = float(x.country in reader.doc.counterparts)
        f[f"{side}_party"] = float(x.key in reader.party_keys)
        if not out:
            before = x.end <= t
            f[f"{side}_before_cue"] = float(before)
            f[f"{side}_dist"] = math.log1p(abs(x.start - t)) / 5.0
            key = (side, u.start, x.start, x.end)
            m = cache.mention.get(key)
            if m is None:
                m = cache.mention[key] = _mention(text, u, side, x)
            f.update(m)
            for k in _KINDS:
                if k == c.kind:
                    f[f"{k}&{side}_before"] = float(before)
                    f[f"{k}&{side}_from"] = f[f"{side}_from"]
                    f[f"{k}&{side}_to"] = f[f"{side}_to"]
                    f[f"{k}&{side}_in"] = f[f"{side}_in"]
    if not implicit_a and not implicit_b:
        f["a_first"] = float(a.start < b.start)
        lo, hi = (a, b) if a.start < b.start else (b, a)
        f["gap"] = math.log1p(max(0, hi.start - lo.end)) / 5.0
        f["coordinated"] = float(_AND_BETWEEN.match(text, lo.end, hi.start) is not None)
    f["same_country"] = float(a.country is not None and a.country == b.country)
    f["rules_pair"] = float((a.key, b.key) in rule_pairs)
    f["rules_reverse"] = float((b.key, a.key) in rule_pairs)
    f["rules_visitor"] = float(any(p[0] == a.key for p in rule_pairs))
    f["rules_host"] = float(any(p[1] == b.key for p in rule_pairs))
    f["rules_none"] = float(not rule_pairs)
    here = cache.here.get(t)
    if here is None:
        here = cache.here[t] = [v for v in reader.found if v.span[0] <= t < v.span[1]]
    f["rules_here"] = float(bool(here))
    f["rules_here_visitor"] = float(any(v.visitor.key == a.key for v in here))
    f["rules_here_host"] = float(any(v.host.key == b.key for v in here))
    f["named_after"] = float(_named_after(a, b) or _named_after(b, a))
    f["act_pair"] = float(frozenset((a.key, b.key)) in act_pairs)
    dates = cache.dates.get((u.start, u.end))
    if dates is None:
        dates = cache.dates[u.start, u.end] = [
            d for d in reader.dates.within(u.start, u.end) if d.value is not None
        ]
    f["dated"] = float(bool(dates))
    if dates:
        d = min(dates, key=lambda d: abs(d.start - t))
        f["date_day"] = float(d.value is not None and d.value.day is not None)
        f["date_month"] = float(d.value is not None and d.value.month is not None)
        f["date_dist"] = math.log1p(abs(d.start - t)) / 5.0
        f["dates"] = math.log1p(len(dates))
    f["planned"] = float(_PLANNED.search(text, u.start, u.end) is not None)
    f["actors"] = math.log1p(len(reader.cast.within(u.start, u.end))) / 2.0


def _named_after(org: Actor, place: Actor) -> bool:
    """True when an organisation is named after a place ("Port of Aberdeen", "Hochschule
    Aalen")."""
    if org.kind != "organisation" or place.kind != "place":
        return False
    name = place.name.casefold()
    return len(name) >= 4 and name in org.name.casefold()


def _nearest(actors: list[Actor], anchor: int) -> list[Actor]:
    """The distinct actors, each by its mention nearest the anchor."""
    nearest: dict[str, Actor] = {}
    for a in actors:
        old = nearest.get(a.key)
        if old is None or abs(a.start - anchor) < abs(old.start - anchor):
            nearest[a.key] = a
    return list(nearest.values())


def _pairs_of(actors: list[Actor], anchor: int) -> list[tuple[Actor, Actor]]:
    """Ordered pairs of distinct actors, each actor by its mention nearest the anchor."""
    xs = _nearest(actors, anchor)
    return [(a, b) for a in xs for b in xs if a.key != b.key]


def _doc_pairs(reader: _Reader) -> tuple[set[tuple[str, str]], set[frozenset[str]]]:
    """The pairs (visitor, host) the rules found, and the pairs of parties of an agreement."""
    rule_pairs = {(v.visitor.key, v.host.key) for v in reader.found}
    act_pairs: set[frozenset[str]] = set()
    for fact in reader.doc.agreements:
        keys = [a.key for a in map(reader._party_actor, fact.parties) if a is not None]
        act_pairs.update(frozenset((x, y)) for x in keys for y in keys if x != y)
    return rule_pairs, act_pairs


def _cue_units(
    reader: _Reader, us: list[Unit]
) -> list[tuple[Unit, list[tuple[int, str]], list[Actor]]]:
    """Every sentence with a visit cue and two actors or more around it: the sentence, its
    cues (position, kind) and the actors of it and of the `WINDOW` sentences around it
    (`reader`: after its rules, `visits.read_rules`)."""
    idx = reader.idx
    home = reader.cast.home
    out: list[tuple[Unit, list[tuple[int, str]], list[Actor]]] = []
    # the rules read every sentence for a trigger (`_Reader._read`, the same scan): a
    # sentence they did not keep has none
    triggered = {(x.start, x.end) for x in reader.trigger_units}
    for i, u in enumerate(us):
        cues: list[tuple[int, str]] = []
        if (u.start, u.end) in triggered:
            cues = [(m.start(), m.lastgroup or "noun") for m in _CUES.finditer(idx, u.start, u.end)]
            cues = [c for c in cues if not reader.dismissed(u, c[0])]  # a habit, called off
        if not cues:
            cues = [(m.start(), "signing") for m in _SIGNING.finditer(idx, u.start, u.end)][:1]
        if not cues:
            continue
        lo, hi = max(0, i - WINDOW), min(len(us), i + WINDOW + 1)
        actors = reader._places(u)
        for j in range(lo, hi):
            if j != i:
                actors = actors + reader._places(us[j])
        if home is not None and all(a.key != home.key for a in actors):
            actors = [*actors, home.at(0, 0)]
        if len(actors) >= 2:
            out.append((u, cues, actors))
    return out


def candidates(reader: _Reader, us: list[Unit], rules_too: bool = True) -> list[Candidate]:
    """The candidate pairs of every sentence with a visit cue, with their features (without
    `rules_too`, only the pairs the rules did not find: those the add model decides)."""
    rule_pairs, act_pairs = _doc_pairs(reader)
    out: list[Candidate] = []
    cache = _Shared()
    for u, cues, actors in _cue_units(reader, us):
        seen: set[tuple[str, str]] = set()
        for pos, kind in cues:
            for a, b in _pairs_of(actors, pos):
                if (a.key, b.key) in seen:
                    continue
                seen.add((a.key, b.key))
                if not rules_too and (a.key, b.key) in rule_pairs:
                    continue
                c = Candidate(u, a, b, pos, kind)
                _features(reader, c, rule_pairs, act_pairs, cache)
                out.append(c)
    return out


def _side_base(
    reader: _Reader, u: Unit, x: Actor, side: str, t: int, kind: str, w: dict[str, float]
) -> tuple[float, bool]:
    """The weights of one side's features that need no pattern: its actor's kind, country,
    role, and its mention's place against the cue; and whether the actor stands outside the
    sentence (then it has no mention features)."""
    home = reader.cast.home
    out = x.end <= x.start or not (u.start <= x.start < u.end)
    z = 0.0
    if out:
        z += w.get(side + "_outside", 0.0)
    if home is not None and x.key == home.key:
        z += w.get(side + "_home", 0.0)
    if x.kind == "organisation":
        z += w.get(side + "_org", 0.0)
    if x.place_kind == "country":
        z += w.get(side + "_country", 0.0)
    if x.place_kind in ("admin1", "admin2"):
        z += w.get(side + "_region", 0.0)
    if x.country in reader.doc.counterparts:
        z += w.get(side + "_partner_country", 0.0)
    if x.key in reader.party_keys:
        z += w.get(side + "_party", 0.0)
    if out:
        return z, True
    if x.end <= t:
        z += w.get(side + "_before_cue", 0.0) + w.get(f"{kind}&{side}_before", 0.0)
    z += w.get(side + "_dist", 0.0) * (math.log1p(abs(x.start - t)) / 5.0)
    return z, False


def _side_mention(
    reader: _Reader,
    u: Unit,
    x: Actor,
    side: str,
    kind: str,
    w: dict[str, float],
    cache: _Shared,
    sums: dict[tuple[str, int, int, int], float],
) -> tuple[float, float]:
    """The weights of the features of one side's mention, the words before it (all but
    `{side}_first`), and the `{side}_first` feature of the mention."""
    key = (side, u.start, x.start, x.end)
    m = cache.mention.get(key)
    if m is None:
        m = cache.mention[key] = _mention(reader.text, u, side, x)
    first = side + "_first"
    ms = sums.get(key)
    if ms is None:
        ms = sums[key] = sum((w.get(k, 0.0) * v for k, v in m.items() if k != first), 0.0)
    z = ms
    z += w.get(f"{kind}&{side}_from", 0.0) * m[side + "_from"]
    z += w.get(f"{kind}&{side}_to", 0.0) * m[side + "_to"]
    z += w.get(f"{kind}&{side}_in", 0.0) * m[side + "_in"]
    return z, m[first]


def _mention_bound(w: dict[str, float], side: str, kind: str) -> float:
    """The most the features of one side's mention (`_side_mention`, `{side}_first` too) can
    add to a score: the sum of their positive weights (one "prev" word at most)."""
    names = ("from", "to", "in", "of", "by", "possessive", "first")
    top = sum((max(0.0, w.get(f"{side}_{n}", 0.0)) for n in names), 0.0)
    top += sum((max(0.0, w.get(f"{kind}&{side}_{n}", 0.0)) for n in ("from", "to", "in")), 0.0)
    prev = side + "_prev="
    return top + max([0.0, *(v for k, v in w.items() if k.startswith(prev))])


# the features of a pair (`_features`) but "gap" and "a_first" (a bound of `_scored`)
_PAIR_FEATURES: Final = (
    "coordinated",
    "same_country",
    "rules_reverse",
    "rules_visitor",
    "rules_host",
    "rules_here_visitor",
    "rules_here_host",
    "named_after",
    "act_pair",
)
# the bounds of `_mention_bounds` for the last weights read (a dict of weights is never
# changed in place: `WEIGHTS` is replaced whole, by the tests too)
_BOUNDS: list[tuple[dict[str, float], dict[str, float], dict[str, float]]] = []


def _mention_bounds(w: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """`_mention_bound` of each cue kind for the sides a and b, computed once per weights."""
    if not _BOUNDS or _BOUNDS[0][0] is not w:
        a = {k: _mention_bound(w, "a", k) for k in _KINDS}
        b = {k: _mention_bound(w, "b", k) for k in _KINDS}
        _BOUNDS[:] = [(w, a, b)]
    return _BOUNDS[0][1], _BOUNDS[0][2]


def _scored(
    reader: _Reader, us: list[Unit], w: dict[str, float], floor: float
) -> list[tuple[float, Candidate]]:
    """The candidates of `candidates(reader, us, rules_too=False)`, in the same order, whose
    score under the weights `w` (the logit: the sum of the weights of their features) reaches
    `floor`, with that score and their features. The score is summed from parts computed
    once (a cue's, a side's), without a candidate's dict of features: only the candidates
    kept get one (`_features`), so `run` reads the few that may reach its threshold."""
    rule_pairs, act_pairs = _doc_pairs(reader)
    rule_visitors = {p[0] for p in rule_pairs}
    rule_hosts = {p[1] for p in rule_pairs}
    text, low = reader.text, reader.low
    cache = _Shared()
    sums: dict[tuple[str, int, int, int], float] = {}
    out: list[tuple[float, Candidate]] = []
    doc_z = w.get("bias", 0.0) + w.get(f"lang={reader.doc.language}", 0.0)
    if not rule_pairs:
        doc_z += w.get("rules_none", 0.0)
    w_a_first, w_b_first = w.get("a_first", 0.0), w.get("b_first", 0.0)
    w_gap, w_coordinated = w.get("gap", 0.0), w.get("coordinated", 0.0)
    w_reverse = w.get("rules_reverse", 0.0)
    bound_a, bound_b = _mention_bounds(w)
    pair_top = sum((max(0.0, w.get(k, 0.0)) for k in _PAIR_FEATURES), 0.0)
    for u, cues, actors in _cue_units(reader, us):
        dates = cache.dates.get((u.start, u.end))
        if dates is None:
            dates = cache.dates[u.start, u.end] = [
                d for d in reader.dates.within(u.start, u.end) if d.value is not None
            ]
        unit_z = doc_z + w.get("actors", 0.0) * (
            math.log1p(len(reader.cast.within(u.start, u.end))) / 2.0
        )
        if _PLANNED.search(text, u.start, u.end) is not None:
            unit_z += w.get("planned", 0.0)
        if dates:
            unit_z += w.get("dated", 0.0) + w.get("dates", 0.0) * math.log1p(len(dates))
        seen: set[tuple[str, str]] = set()
        for t, kind in cues:
            z0 = unit_z + w.get(f"cue={kind}", 0.0)
            cue = _WORD.match(low, t)
            if cue is not None:
                z0 += w.get(f"cue_word={cue.group()[:6]}", 0.0)
            here = cache.here.get(t)
            if here is None:
                here = cache.here[t] = [v for v in reader.found if v.span[0] <= t < v.span[1]]
            if here:
                z0 += w.get("rules_here", 0.0)
            here_visitors = {v.visitor.key for v in here}
            here_hosts = {v.host.key for v in here}
            if dates:
                d = min(dates, key=lambda d: abs(d.start - t))
                if d.value is not None and d.value.day is not None:
                    z0 += w.get("date_day", 0.0)
                if d.value is not None and d.value.month is not None:
                    z0 += w.get("date_month", 0.0)
                z0 += w.get("date_dist", 0.0) * (math.log1p(abs(d.start - t)) / 5.0)
            xs = _nearest(actors, t)
            sa = [_side_base(reader, u, x, "a", t, kind, w) for x in xs]
            sb = [_side_base(reader, u, x, "b", t, kind, w) for x in xs]
            top_a, top_b = bound_a[kind], bound_b[kind]
            # the most each side can give (a bound of its mention's features added)
            ua = [z if out else z + top_a for z, out in sa]
            ub = [z if out else z + top_b for z, out in sb]
            # a bound of a pair's score: the sides' and the positive weights of the pair's
            # features (none when "gap" has a positive weight, that no constant bounds)
            room = floor - z0 - pair_top if w_gap <= 0.0 else -math.inf
            best_b = max(ub)
            for i, a in enumerate(xs):
                za, out_a = sa[i]
                if ua[i] + best_b < room:
                    # no pair with this visitor reaches the floor; a later cue of the
                    # sentence does not offer them again (as in `candidates`)
                    seen.update((a.key, b.key) for b in xs)
                    continue
                for j, b in enumerate(xs):
                    if a.key == b.key or (a.key, b.key) in seen:
                        continue
                    seen.add((a.key, b.key))
                    if (a.key, b.key) in rule_pairs or ua[i] + ub[j] < room:
                        continue
                    zb, out_b = sb[j]
                    # the features without a pattern, then a bound of the others
                    z = z0 + za + zb
                    top = 0.0
                    if not out_a:
                        top += top_a
                    if not out_b:
                        top += top_b
                    if not out_a and not out_b:
                        lo, hi = (a, b) if a.start < b.start else (b, a)
                        z += w_gap * (math.log1p(max(0, hi.start - lo.end)) / 5.0)
                        top += max(0.0, w_coordinated)
                    if a.country is not None and a.country == b.country:
                        z += w.get("same_country", 0.0)
                    if (b.key, a.key) in rule_pairs:
                        z += w_reverse
                    if a.key in rule_visitors:
                        z += w.get("rules_visitor", 0.0)
                    if b.key in rule_hosts:
                        z += w.get("rules_host", 0.0)
                    if a.key in here_visitors:
                        z += w.get("rules_here_visitor", 0.0)
                    if b.key in here_hosts:
                        z += w.get("rules_here_host", 0.0)
                    if _named_after(a, b) or _named_after(b, a):
                        z += w.get("named_after", 0.0)
                    if frozenset((a.key, b.key)) in act_pairs:
                        z += w.get("act_pair", 0.0)
                    if z + top < floor:
                        continue  # it cannot reach the floor: no pattern is read
                    first_a = 0.0
                    if not out_a:
                        zm, first_a = _side_mention(reader, u, a, "a", kind, w, cache, sums)
                        z += zm
                    if not out_b:
                        zm, first_b = _side_mention(reader, u, b, "b", kind, w, cache, sums)
                        z += zm + w_b_first * first_b
                    if not out_a and not out_b:
                        if a.start < b.start:
                            z += w_a_first
                        if _AND_BETWEEN.match(text, lo.end, hi.start) is not None:
                            z += w_coordinated
                    elif not out_a:
                        z += w_a_first * first_a
                    if z >= floor:
                        c = Candidate(u, a, b, t, kind)
                        _features(reader, c, rule_pairs, act_pairs, cache)
                        out.append((z, c))
    return out


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    """The model's probability: with `WEIGHTS`, that the candidate's visit (its pair and its
    date) is a visit the rules missed; with `DROP_WEIGHTS`, that a pair the rules found is a
    visit."""
    z = sum((weights.get(k, 0.0) * v for k, v in features.items()), 0.0)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _enabled() -> bool:
    flag = os.environ.get("CITYTIES_VISIT_MODEL")
    if flag is not None:
        return flag not in ("", "0")
    return ENABLED


def run(reader: _Reader, us: list[Unit]) -> None:
    """Add the candidates the model finds likely that the rules missed, and leave out the
    rules' pairs that it finds unlikely."""
    if not WEIGHTS or not _enabled() or (ADD_THRESHOLD >= 1.0 and DROP_THRESHOLD <= 0.0):
        return
    if DROP_THRESHOLD > 0.0:
        cands = candidates(reader, us, True)
    else:
        # only the add model reads the candidates: those whose score cannot reach its
        # threshold (the margin covers the rounding of a sum in another order) need no
        # features; the probability of the others is computed from them as before
        # (below a logit of -30, the clamped probability reaches it whatever the score)
        t = ADD_THRESHOLD
        logit = math.log(t / (1.0 - t)) if t > 0.0 else -math.inf
        floor = logit - 1e-6 if logit > -30.0 else -math.inf
        cands = [c for _, c in _scored(reader, us, WEIGHTS, floor)]
    if not cands:
        return
    rule_pairs = {(v.visitor.key, v.host.key) for v in reader.found}
    kept: dict[tuple[str, str], float] = {}  # the rules' pairs: their best probability
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}  # the others: the best candidate
    for c in cands:
        k = (c.visitor.key, c.host.key)
        if k in rule_pairs:
            if DROP_THRESHOLD > 0.0:
                kept[k] = max(kept.get(k, 0.0), probability(c.features, DROP_WEIGHTS))
        elif ADD_THRESHOLD < 1.0:
            p = probability(c.features, WEIGHTS)
            if p >= ADD_THRESHOLD and (k not in best or p > best[k][0]):
                best[k] = (p, c)
    low = {k for k, p in kept.items() if p < DROP_THRESHOLD}
    if low:
        reader.found = [v for v in reader.found if (v.visitor.key, v.host.key) not in low]
    for _, c in sorted(best.values(), key=lambda pc: pc[1].anchor):
        reader._add(c.unit, c.visitor, c.host, c.anchor)
