"""A learned decider over visit candidates (cityties.visits).

Every sentence with a visit cue (a visit verb, a visit noun, a receiving verb, a signing
word of `_lexicon_visits`) offers candidates: each ordered pair (visitor, host) of the actors
of the sentence (and of the `WINDOW` sentences around it) and the document's own place. A
candidate is described by cheap features that hold in the four languages (the cue's kind,
where the two actors stand against the cue and each other, "from"/"to"/"in" words before
them, their kinds and countries, the own place, whether the rules found the pair) and scored
by a logistic model (`WEIGHTS`) fitted on the gold visits of the development corpora by
`tools/train_visit_model.py`:

    PYTHONPATH=src .venv/bin/python tools/train_visit_model.py --write

A pair the rules did not find whose probability reaches `ADD_THRESHOLD` is added (dated by
the reader's own date rules for its sentence); a pair the rules found whose best candidate
falls below `DROP_THRESHOLD` is left out. The model runs only when `ENABLED` (the environment
variable CITYTIES_VISIT_MODEL=1 or 0 overrides it).
"""

from __future__ import annotations

import math
import os
import re
from typing import TYPE_CHECKING, Final

from cityties.extraction.extractors import _lexicon_visits as lex
from cityties.extraction.extractors._clauses import Unit, lower_pattern
from cityties.extraction.extractors._clauses_scan import WordScan
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
    "bias": -6.2280,
    "same_country": -0.7129,
    "act_pair": 0.6628,
    "rules_here_host": 0.6394,
    "a_org": 0.5881,
    "rules_here_visitor": 0.5262,
    "a_home": 0.5142,
    "date_day": 0.5048,
    "b_prev=in": 0.4880,
    "a_country": -0.4573,
    "b_home": 0.4548,
    "date_month": 0.4475,
    "rules_visitor": 0.4400,
    "date_dist": 0.4369,
    "a_of": 0.4367,
    "noun&b_in": 0.4118,
    "b_country": -0.4039,
    "b_to": 0.3926,
    "a_to": -0.3725,
    "dated": 0.3653,
    "dates": 0.3584,
    "noun&a_from": 0.3559,
    "a_from": 0.3543,
    "cue_word=signed": -0.3451,
    "cue=signing": -0.3419,
    "rules_reverse": 0.3380,
    "receive&b_before": 0.3371,
    "b_in": 0.3257,
    "b_from": -0.3228,
    "b_party": 0.3151,
    "rules_here": -0.3033,
    "noun&a_before": 0.2959,
    "rules_none": 0.2932,
    "noun&b_from": -0.2780,
    "b_prev=à": 0.2656,
    "b_partner_country": 0.2549,
    "named_after": -0.2386,
    "signing&a_before": -0.2366,
    "noun&a_to": -0.2337,
    "a_prev=uit": 0.2321,
    "cue=noun": 0.2316,
    "cue_word=missio": 0.2267,
    "verb&b_to": 0.2249,
    "cue_word=visit": -0.2233,
    "b_of": -0.2222,
    "cue_word=venue": 0.2197,
    "a_in": -0.2185,
    "cue_word=delega": 0.2172,
    "a_region": 0.2128,
    "signing&b_before": -0.2126,
    "b_org": 0.2126,
    "a_partner_country": 0.2113,
    "cue_word=besuch": 0.2013,
    "lang=en": -0.1973,
    "b_outside": -0.1950,
    "lang=nl": 0.1936,
    "cue_word=déléga": -0.1887,
    "a_before_cue": 0.1818,
    "b_first": 0.1800,
    "cue_word=repres": 0.1752,
    "noun&a_in": -0.1752,
    "a_prev=of": 0.1730,
    "cue_word=visite": -0.1643,
    "rules_host": 0.1630,
    "verb&a_before": 0.1591,
    "gap": -0.1522,
    "b_prev=l": 0.1521,
    "a_prev=van": 0.1518,
    "a_party": -0.1503,
    "a_outside": -0.1502,
    "cue=receive": 0.1452,
    "a_prev=l": 0.1394,
    "a_possessive": 0.1376,
    "cue_word=tour": -0.1357,
    "cue_word=était": 0.1325,
    "a_prev=à": -0.1310,
    "b_prev=to": 0.1303,
    "signing&a_from": -0.1273,
    "cue_word=receiv": 0.1257,
    "a_prev=with": 0.1226,
    "a_prev=in": -0.1213,
    "b_prev=de": -0.1197,
    "cue_word=wirtsc": 0.1196,
    "a_prev=et": 0.1164,
    "signing&b_from": -0.1125,
    "b_prev=nach": -0.1096,
    "signing&b_to": 0.1091,
    "verb&a_to": -0.1077,
    "b_prev=en": -0.1030,
    "cue_word=reçus": 0.0990,
    "cue_word=zeremo": 0.0968,
    "cue_word=accuei": -0.0963,
    "cue_word=reise": -0.0950,
    "a_first": 0.0943,
    "b_prev=naar": 0.0931,
    "cue_word=send": 0.0930,
    "cue_word=a": 0.0927,
    "noun&b_to": 0.0885,
    "cue_word=gingen": 0.0875,
    "a_prev=to": -0.0870,
    "cue_word=welcom": 0.0866,
    "verb&b_before": -0.0857,
    "cue_word=signin": 0.0849,
    "cue_word=return": -0.0845,
    "receive&b_in": -0.0820,
    "cue_word=signat": 0.0811,
    "a_by": -0.0778,
    "cue_word=reisde": 0.0777,
    "actors": -0.0761,
    "cue_word=war": 0.0756,
    "b_prev=from": -0.0738,
    "b_prev=with": -0.0733,
    "cue_word=reiste": -0.0722,
    "planned": 0.0720,
    "b_prev=du": -0.0720,
    "b_prev=et": -0.0697,
    "lang=de": 0.0667,
    "receive&a_from": 0.0640,
    "cue_word=sera": 0.0638,
    "b_region": 0.0638,
    "lang=fr": -0.0630,
    "b_prev=met": -0.0622,
    "verb&a_from": 0.0616,
    "cue_word=est": -0.0594,
    "cue_word=afvaar": -0.0592,
    "signing&a_in": -0.0585,
    "b_before_cue": 0.0584,
    "cue_word=tekend": -0.0582,
    "cue_word=hosted": -0.0566,
    "cue_word=verwel": -0.0564,
    "cue_word=group": -0.0560,
    "cue_word=lead": 0.0559,
    "b_prev=van": -0.0549,
    "a_prev=und": 0.0548,
    "cue_word=flew": -0.0544,
    "b_prev=und": 0.0538,
    "cue_word=empfin": -0.0534,
    "verb&b_from": 0.0533,
    "cue_word=handel": 0.0530,
    "signing&b_in": -0.0523,
    "cue_word=ontvan": 0.0518,
    "cue_word=arrive": -0.0508,
    "cue_word=trip": 0.0502,
    "b_prev=uit": -0.0496,
    "b_prev=aus": -0.0489,
    "cue_word=ontvin": 0.0487,
    "verb&b_in": 0.0481,
    "cue_word=travel": 0.0480,
    "a_prev=en": -0.0473,
    "verb&a_in": 0.0466,
    "cue_word=tours": -0.0450,
    "cue_word=s": 0.0447,
    "a_prev=mit": -0.0444,
    "cue_word=abordn": 0.0440,
    "b_prev=aan": -0.0438,
    "cue_word=arbeit": -0.0415,
    "cue_word=reist": -0.0414,
    "b_prev=avec": -0.0395,
    "a_prev=von": -0.0393,
    "receive&a_before": -0.0366,
    "cue_word=ceremo": -0.0357,
    "a_prev=naar": -0.0356,
    "cue=verb": -0.0349,
    "a_prev=avec": -0.0348,
    "cue_word=bezoch": 0.0342,
    "b_by": -0.0338,
    "cue_word=signée": -0.0331,
    "receive&a_in": -0.0313,
    "cue_word=unters": -0.0313,
    "receive&b_to": -0.0299,
    "cue_word=gezels": 0.0291,
    "b_possessive": -0.0290,
    "a_prev=nach": -0.0288,
    "cue_word=signer": -0.0280,
    "cue_word=recevr": -0.0277,
    "cue_word=ondert": 0.0273,
    "cue_word=trok": -0.0270,
    "cue_word=werkbe": -0.0249,
    "cue_word=led": 0.0235,
    "a_prev=aus": 0.0230,
    "a_dist": -0.0226,
    "cue_word=weilte": -0.0222,
    "a_prev=at": -0.0222,
    "cue_word=begrüß": -0.0220,
    "cue_word=govern": -0.0217,
    "cue_word=re": -0.0213,
    "cue_word=hosts": -0.0213,
    "cue_word=trekt": -0.0211,
    "a_prev=from": -0.0210,
    "cue_word=sign": -0.0207,
    "noun&b_before": 0.0197,
    "cue_word=gruppe": -0.0193,
    "b_dist": 0.0186,
    "b_prev=at": -0.0185,
    "cue_word=se": -0.0169,
    "receive&a_to": -0.0166,
    "cue_word=cérémo": -0.0158,
    "a_prev=aan": -0.0158,
    "cue_word=traf": -0.0156,
    "cue_word=fait": -0.0156,
    "cue_word=bezoek": 0.0154,
    "b_prev=mit": -0.0152,
    "cue_word=reisen": -0.0151,
    "b_prev=of": -0.0148,
    "signing&a_to": -0.0145,
    "cue_word=zu": -0.0144,
    "receive&b_from": 0.0144,
    "cue_word=sent": -0.0141,
    "a_prev=des": -0.0141,
    "cue_word=déplac": -0.0139,
    "cue_word=spent": -0.0138,
    "cue_word=zijn": -0.0136,
    "cue_word=vertre": -0.0131,
    "cue_word=signé": 0.0131,
    "cue_word=came": 0.0129,
    "b_prev=von": -0.0126,
    "cue_word=voyage": -0.0126,
    "cue_word=signen": -0.0125,
    "cue_word=trade": 0.0124,
    "cue_word=unterz": -0.0123,
    "cue_word=signs": -0.0123,
    "cue_word=gäste": -0.0121,
    "cue_word=was": -0.0119,
    "cue_word=guest": -0.0118,
    "cue_word=dienst": -0.0117,
    "cue_word=is": -0.0116,
    "cue_word=friend": -0.0115,
    "a_prev=by": -0.0111,
    "cue_word=missie": -0.0105,
    "a_prev=met": -0.0103,
    "cue_word=hatte": -0.0103,
    "cue_word=handte": -0.0103,
    "b_prev=zur": -0.0101,
    "cue_word=host": -0.0097,
    "cue_word=busine": -0.0094,
    "cue_word=visits": -0.0091,
    "cue_word=guests": -0.0089,
    "cue_word=leads": -0.0088,
    "cue_word=econom": -0.0087,
    "cue_word=groep": -0.0084,
    "cue_word=gegenb": -0.0083,
    "cue_word=offici": -0.0082,
    "b_prev=by": -0.0080,
    "b_prev=im": -0.0079,
    "cue_word=took": -0.0075,
    "cue_word=geteke": -0.0071,
    "cue_word=set": -0.0071,
    "cue_word=empfan": -0.0070,
    "cue_word=séjour": 0.0069,
    "a_prev=pour": -0.0067,
    "coordinated": 0.0066,
    "cue_word=komt": -0.0062,
    "b_prev=and": 0.0061,
    "a_prev=dans": -0.0060,
    "cue_word=sommes": -0.0058,
    "a_prev=d": -0.0057,
    "cue_word=étions": -0.0057,
    "cue_word=arrivé": -0.0055,
    "cue_word=partis": -0.0055,
    "cue_word=ont": -0.0054,
    "cue_word=kamen": -0.0053,
    "cue_word=study": -0.0050,
    "cue_word=reçoit": -0.0048,
    "a_prev=zur": -0.0044,
    "cue_word=komen": -0.0044,
    "b_prev=pour": -0.0043,
    "cue_word=verteg": -0.0038,
    "b_prev=d": -0.0032,
    "cue_word=went": -0.0029,
    "cue_word=sont": -0.0028,
    "a_prev=and": 0.0027,
    "a_prev=du": -0.0027,
    "a_prev=im": -0.0025,
    "cue_word=played": -0.0025,
    "cue_word=werkre": -0.0024,
    "cue_word=empfän": -0.0022,
    "a_prev=de": 0.0022,
    "cue_word=visito": -0.0021,
    "b_prev=for": -0.0021,
    "cue_word=studie": -0.0020,
    "cue_word=untern": -0.0020,
    "b_prev=des": -0.0020,
    "cue_word=workin": -0.0020,
    "cue_word=bürger": -0.0020,
    "cue_word=kwamen": -0.0017,
    "cue_word=hôte": -0.0016,
    "cue_word=were": -0.0016,
    "a_prev=for": -0.0016,
    "cue_word=bezege": -0.0014,
    "cue_word=statte": -0.0012,
    "cue_word=toured": -0.0012,
    "cue_word=représ": -0.0008,
    "cue_word=visiti": -0.0008,
    "b_prev=au": -0.0005,
    "cue_word=kwam": -0.0004,
    "cue_word=hostin": -0.0003,
    "cue_word=sind": -0.0002,
    "a_prev=au": -0.0001,
}
DROP_WEIGHTS: dict[str, float] = {
    "bias": 1.6932,
    "act_pair": 0.8043,
    "rules_reverse": 0.6265,
    "a_partner_country": -0.5751,
    "b_region": -0.5140,
    "b_home": 0.5086,
    "cue=signing": -0.4556,
    "b_partner_country": -0.3877,
    "b_country": -0.3584,
    "date_month": 0.3334,
    "named_after": -0.3321,
    "cue=verb": 0.3217,
    "cue_word=missio": -0.2502,
    "b_of": -0.2478,
    "a_party": 0.2355,
    "b_in": -0.2333,
    "cue_word=handte": -0.2270,
    "a_country": -0.2247,
    "a_prev=de": -0.2231,
    "cue=receive": 0.2204,
    "rules_here_visitor": -0.2177,
    "a_to": -0.2146,
    "a_prev=of": 0.2070,
    "signing&b_in": -0.2029,
    "b_org": -0.1994,
    "a_of": 0.1992,
    "b_party": -0.1986,
    "a_prev=to": -0.1918,
    "a_home": 0.1880,
    "cue_word=busine": -0.1868,
    "cue_word=visite": 0.1736,
    "cue_word=signed": 0.1714,
    "b_prev=to": 0.1674,
    "rules_here_host": -0.1657,
    "lang=de": 0.1651,
    "a_first": 0.1645,
    "b_prev=en": -0.1611,
    "b_prev=from": -0.1603,
    "noun&a_from": 0.1601,
    "b_prev=in": -0.1592,
    "dated": 0.1563,
    "a_prev=aus": 0.1502,
    "same_country": -0.1476,
    "cue_word=econom": -0.1424,
    "cue_word=besuch": 0.1416,
    "signing&b_to": -0.1388,
    "signing&a_before": -0.1364,
    "noun&a_to": -0.1361,
    "noun&a_before": -0.1357,
    "cue_word=signée": -0.1354,
    "cue_word=unterz": -0.1337,
    "b_prev=avec": -0.1318,
    "date_day": -0.1240,
    "verb&b_to": 0.1216,
    "noun&b_from": 0.1211,
    "verb&a_before": 0.1197,
    "a_outside": 0.1179,
    "cue_word=welcom": 0.1166,
    "lang=nl": -0.1147,
    "receive&a_from": -0.1122,
    "cue_word=ondert": -0.1065,
    "b_to": 0.1042,
    "cue_word=reist": -0.0984,
    "noun&b_to": 0.0978,
    "cue_word=werkbe": 0.0969,
    "a_prev=from": 0.0951,
    "cue_word=stay": -0.0926,
    "a_prev=with": 0.0915,
    "verb&b_from": -0.0906,
    "b_prev=at": 0.0896,
    "signing&b_from": -0.0893,
    "planned": 0.0875,
    "cue_word=repres": -0.0867,
    "cue_word=accuei": 0.0866,
    "receive&b_before": 0.0866,
    "cue=noun": -0.0864,
    "cue_word=reçoit": -0.0858,
    "b_prev=of": -0.0847,
    "a_region": 0.0836,
    "cue_word=reise": -0.0826,
    "receive&a_in": -0.0813,
    "cue_word=tour": -0.0804,
    "cue_word=gingen": -0.0795,
    "cue_word=bezoek": -0.0785,
    "cue_word=ontvin": 0.0783,
    "b_prev=im": -0.0774,
    "a_before_cue": -0.0769,
    "receive&a_before": 0.0755,
    "b_prev=uit": 0.0748,
    "cue_word=empfin": -0.0737,
    "cue_word=led": 0.0727,
    "a_by": 0.0727,
    "cue_word=ont": -0.0727,
    "cue_word=send": -0.0708,
    "cue_word=arrivé": -0.0707,
    "signing&a_to": -0.0698,
    "a_from": 0.0679,
    "noun&a_in": 0.0667,
    "lang=en": -0.0656,
    "a_org": -0.0651,
    "b_possessive": 0.0648,
    "cue_word=visit": 0.0636,
    "cue_word=spent": -0.0636,
    "b_by": 0.0628,
    "cue_word=se": 0.0616,
    "cue_word=reisde": 0.0615,
    "signing&b_before": -0.0614,
    "cue_word=hosted": -0.0597,
    "a_prev=und": -0.0597,
    "cue_word=bezege": -0.0592,
    "cue_word=lead": 0.0589,
    "cue_word=host": -0.0580,
    "b_prev=aus": 0.0567,
    "b_prev=et": 0.0563,
    "cue_word=were": -0.0549,
    "coordinated": 0.0544,
    "cue_word=study": 0.0538,
    "cue_word=sign": 0.0537,
    "b_prev=de": 0.0537,
    "a_dist": -0.0536,
    "b_outside": -0.0532,
    "cue_word=gezels": 0.0521,
    "cue_word=came": -0.0519,
    "b_dist": -0.0510,
    "cue_word=voyage": -0.0501,
    "cue_word=war": -0.0494,
    "receive&b_from": 0.0493,
    "cue_word=abordn": 0.0493,
    "cue_word=trade": 0.0491,
    "b_prev=nach": -0.0488,
    "b_prev=with": 0.0484,
    "a_prev=nach": -0.0484,
    "cue_word=gäste": 0.0481,
    "b_prev=l": -0.0481,
    "a_prev=du": -0.0468,
    "cue_word=offici": 0.0457,
    "b_prev=à": 0.0455,
    "cue_word=receiv": 0.0455,
    "actors": 0.0452,
    "b_prev=dans": 0.0451,
    "cue_word=tekend": -0.0447,
    "cue_word=signs": 0.0446,
    "cue_word=begrüß": 0.0444,
    "gap": 0.0438,
    "a_prev=l": -0.0430,
    "cue_word=séjour": -0.0428,
    "a_prev=et": -0.0427,
    "verb&a_in": 0.0413,
    "cue_word=est": 0.0407,
    "cue_word=missie": 0.0403,
    "cue_word=vertre": 0.0403,
    "b_prev=van": -0.0403,
    "cue_word=gegenb": 0.0401,
    "cue_word=re": -0.0396,
    "a_prev=à": -0.0395,
    "cue_word=reiste": 0.0387,
    "a_prev=and": -0.0383,
    "cue_word=studie": 0.0373,
    "b_prev=von": 0.0358,
    "cue_word=venue": 0.0357,
    "a_possessive": 0.0349,
    "cue_word=signen": -0.0330,
    "cue_word=return": 0.0321,
    "cue_word=wirtsc": 0.0319,
    "cue_word=signer": 0.0319,
    "cue_word=signin": -0.0317,
    "a_prev=en": -0.0314,
    "b_first": -0.0314,
    "noun&b_in": -0.0308,
    "cue_word=zu": 0.0307,
    "cue_word=was": 0.0304,
    "cue_word=dienst": 0.0304,
    "b_prev=aan": -0.0300,
    "a_prev=met": 0.0291,
    "a_prev=by": 0.0286,
    "date_dist": -0.0284,
    "a_prev=von": 0.0284,
    "a_prev=van": -0.0282,
    "cue_word=trip": -0.0274,
    "cue_word=toured": 0.0271,
    "cue_word=bezoch": -0.0267,
    "cue_word=is": 0.0257,
    "verb&a_to": -0.0254,
    "cue_word=recevr": 0.0252,
    "a_prev=for": 0.0246,
    "cue_word=trok": 0.0240,
    "receive&b_to": 0.0236,
    "cue_word=guests": 0.0234,
    "cue_word=workin": 0.0221,
    "signing&a_in": -0.0220,
    "b_prev=du": 0.0217,
    "verb&b_in": 0.0217,
    "cue_word=arrive": 0.0216,
    "cue_word=verwel": 0.0215,
    "receive&b_in": -0.0213,
    "a_prev=aan": 0.0208,
    "cue_word=komen": 0.0207,
    "verb&a_from": 0.0207,
    "cue_word=a": -0.0204,
    "cue_word=sent": 0.0201,
    "cue_word=ceremo": -0.0198,
    "cue_word=hosts": 0.0198,
    "cue_word=untern": 0.0197,
    "cue_word=sommes": 0.0197,
    "cue_word=étions": 0.0196,
    "dates": -0.0195,
    "cue_word=signé": 0.0193,
    "cue_word=arbeit": 0.0192,
    "cue_word=weilte": 0.0189,
    "rules_here": 0.0183,
    "cue_word=déplac": 0.0176,
    "cue_word=bürger": 0.0173,
    "cue_word=govern": 0.0170,
    "receive&a_to": 0.0166,
    "cue_word=delega": -0.0165,
    "cue_word=geteke": 0.0161,
    "cue_word=cérémo": 0.0161,
    "b_prev=mit": 0.0161,
    "cue_word=spend": 0.0159,
    "cue_word=guest": 0.0159,
    "lang=fr": 0.0152,
    "cue_word=handel": 0.0144,
    "b_prev=pour": 0.0144,
    "cue_word=s": 0.0144,
    "cue_word=reisen": 0.0137,
    "a_prev=in": 0.0136,
    "b_before_cue": 0.0135,
    "cue_word=werkre": 0.0135,
    "a_prev=at": 0.0134,
    "b_prev=for": 0.0126,
    "cue_word=représ": 0.0125,
    "cue_word=group": 0.0124,
    "a_prev=avec": 0.0119,
    "cue_word=traf": 0.0109,
    "cue_word=déléga": -0.0105,
    "cue_word=trekt": 0.0104,
    "verb&b_before": -0.0104,
    "a_prev=mit": 0.0103,
    "b_prev=and": 0.0103,
    "cue_word=groep": 0.0101,
    "cue_word=komt": 0.0099,
    "cue_word=zeremo": 0.0098,
    "cue_word=unters": 0.0097,
    "cue_word=sont": 0.0096,
    "b_from": -0.0095,
    "cue_word=ontvan": -0.0094,
    "cue_word=fait": 0.0093,
    "cue_word=set": 0.0090,
    "cue_word=empfan": 0.0089,
    "b_prev=by": 0.0088,
    "a_prev=für": 0.0087,
    "cue_word=kwam": 0.0086,
    "cue_word=leads": 0.0084,
    "cue_word=flew": 0.0082,
    "cue_word=played": 0.0080,
    "cue_word=paid": 0.0078,
    "cue_word=festak": 0.0078,
    "cue_word=kwamen": 0.0077,
    "b_prev=met": 0.0075,
    "cue_word=gruppe": 0.0074,
    "cue_word=friend": 0.0071,
    "cue_word=visiti": 0.0069,
    "cue_word=zijn": 0.0068,
    "cue_word=kamen": 0.0065,
    "cue_word=antrit": 0.0063,
    "b_prev=und": 0.0061,
    "cue_word=visits": 0.0057,
    "cue_word=tours": 0.0057,
    "b_prev=für": 0.0056,
    "cue_word=took": 0.0054,
    "cue_word=signat": -0.0054,
    "b_prev=zur": 0.0051,
    "a_prev=uit": 0.0049,
    "a_in": 0.0047,
    "cue_word=kam": 0.0042,
    "cue_word=partis": 0.0041,
    "b_prev=naar": 0.0040,
    "cue_word=statte": 0.0038,
    "cue_word=hôte": 0.0035,
    "cue_word=sera": 0.0035,
    "cue_word=travel": 0.0033,
    "a_prev=naar": -0.0025,
    "a_prev=pour": 0.0019,
    "noun&b_before": -0.0013,
    "signing&a_from": -0.0007,
}
ADD_THRESHOLD = 0.2  # >= 1: no pair is added
DROP_THRESHOLD = 0.0  # <= 0: no pair the rules found is left out
WINDOW = 1  # sentences read on each side of the cue's sentence
ENABLED = False
# ---- end of the written part

_CUES: Final = WordScan(lex.TRIGGERS_LOW)
_SIGNING: Final = WordScan(re.compile(lower_pattern(lex.SIGNING.pattern)))
# words before an actor, in the four languages (the last words before its mention)
_FROM_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:from|uit|aus|von|de|du|des|d['’])\s*(?:[\w'’-]+\s+)?\Z", re.IGNORECASE
)
_TO_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:to|naar|à|au|aux|nach|zu|zur|zum|aan|visit(?:ed|ing)?|bezocht(?:en)?|"
    r"visité|besucht(?:e|en)?)\s+(?:[\w'’-]+\s+)?\Z",
    re.IGNORECASE,
)
_IN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:in|at|im|en|dans|te|op|bei)\s+(?:[\w'’-]+\s+)?\Z", re.IGNORECASE
)
_OF_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:of|van|von|der|des)\s+(?:[\w'’-]+\s+){0,1}\Z", re.IGNORECASE
)
_BY_BEFORE: Final = re.compile(r"(?<![\w-])(?:by|door|par|von)\s+(?:[\w'’-]+\s+)?\Z", re.I)
_AND_BETWEEN: Final = re.compile(r"\s*(?:,|and|en|et|und|&|/)\s*(?:the\s+)?\Z", re.IGNORECASE)
_POSSESSIVE: Final = re.compile(r"['’]s?\s")
_PLANNED: Final = re.compile(
    r"(?<![\w-])(?:will|shall|plans?|planned|zal|zullen|gepland|sera|seront|prévue?s?|wird|"
    r"werden|geplant)(?![\w-])",
    re.IGNORECASE,
)
_KINDS: Final = ("verb", "noun", "receive", "signing")
_PREV_WORD: Final = re.compile(
    r"([^\W\d_]+)['’]?\s*(?:(?:the|het|la|le|les|der|die|dem|den)\s+)?\Z"
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


def _features(
    reader: _Reader,
    c: Candidate,
    rule_pairs: set[tuple[str, str]],
    act_pairs: set[frozenset[str]],
) -> None:
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
            f[f"{side}_from"] = float(_before(_FROM_BEFORE, text, x))
            f[f"{side}_to"] = float(_before(_TO_BEFORE, text, x))
            f[f"{side}_in"] = float(_before(_IN_BEFORE, text, x))
            f[f"{side}_of"] = float(_before(_OF_BEFORE, text, x))
            f[f"{side}_by"] = float(_before(_BY_BEFORE, text, x))
            f[f"{side}_possessive"] = float(_POSSESSIVE.match(text, x.end) is not None)
            f[f"{side}_first"] = float(not text[u.start : x.start].strip(" \n\t\"'“‘-"))
            prev = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
            if prev is not None and prev.group(1).casefold() in _SMALL_WORDS:
                f[f"{side}_prev={prev.group(1).casefold()}"] = 1.0
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
    here = [v for v in reader.found if v.span[0] <= t < v.span[1]]
    f["rules_here"] = float(bool(here))
    f["rules_here_visitor"] = float(any(v.visitor.key == a.key for v in here))
    f["rules_here_host"] = float(any(v.host.key == b.key for v in here))
    f["named_after"] = float(_named_after(a, b) or _named_after(b, a))
    f["act_pair"] = float(frozenset((a.key, b.key)) in act_pairs)
    dates = [d for d in reader.dates.within(u.start, u.end) if d.value is not None]
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


def _pairs_of(actors: list[Actor], anchor: int) -> list[tuple[Actor, Actor]]:
    """Ordered pairs of distinct actors, each actor by its mention nearest the anchor."""
    nearest: dict[str, Actor] = {}
    for a in actors:
        old = nearest.get(a.key)
        if old is None or abs(a.start - anchor) < abs(old.start - anchor):
            nearest[a.key] = a
    xs = list(nearest.values())
    return [(a, b) for a in xs for b in xs if a.key != b.key]


def candidates(reader: _Reader, us: list[Unit]) -> list[Candidate]:
    """The candidate pairs of every sentence with a visit cue, with their features."""
    idx = reader.idx
    rule_pairs = {(v.visitor.key, v.host.key) for v in reader.found}
    act_pairs: set[frozenset[str]] = set()
    for fact in reader.doc.agreements:
        keys = [a.key for a in map(reader._party_actor, fact.parties) if a is not None]
        act_pairs.update(frozenset((x, y)) for x in keys for y in keys if x != y)
    home = reader.cast.home
    out: list[Candidate] = []
    for i, u in enumerate(us):
        cues = [(m.start(), m.lastgroup or "noun") for m in _CUES.finditer(idx, u.start, u.end)]
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
        if len(actors) < 2:
            continue
        seen: set[tuple[str, str]] = set()
        for pos, kind in cues:
            for a, b in _pairs_of(actors, pos):
                if (a.key, b.key) in seen:
                    continue
                seen.add((a.key, b.key))
                c = Candidate(u, a, b, pos, kind)
                _features(reader, c, rule_pairs, act_pairs)
                out.append(c)
    return out


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    """The model's probability: with `WEIGHTS`, that the candidate's visit (its pair and its
    date) is a visit the rules missed; with `DROP_WEIGHTS`, that a pair the rules found is a
    visit."""
    z = sum(weights.get(k, 0.0) * v for k, v in features.items())
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
    cands = candidates(reader, us)
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
