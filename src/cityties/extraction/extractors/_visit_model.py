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
variable CITYTIES_VISIT_MODEL=1 or 0 overrides it). It is off: leave-one-corpus-out, its gain
in visits F1 depends on the L2 weight, and it makes the visits reader several times slower
(the figures are in the training script's docstring).
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
    "bias": -6.8086,
    "same_country": -1.3601,
    "rules_here_host": 1.1484,
    "cue_word=signed": -1.0208,
    "act_pair": 0.9727,
    "a_org": 0.8820,
    "a_home": 0.8734,
    "b_prev=in": 0.8538,
    "a_country": -0.8183,
    "rules_here_visitor": 0.7969,
    "cue_word=unters": 0.7884,
    "rules_here": -0.7518,
    "b_country": -0.7410,
    "b_home": 0.6762,
    "a_of": 0.6577,
    "named_after": -0.6451,
    "date_dist": 0.6414,
    "receive&b_before": 0.6338,
    "date_day": 0.6174,
    "a_to": -0.6169,
    "rules_visitor": 0.6072,
    "a_prev=uit": 0.5792,
    "a_from": 0.5625,
    "rules_reverse": 0.5481,
    "noun&b_from": -0.5369,
    "a_partner_country": 0.5330,
    "noun&a_from": 0.5315,
    "b_to": 0.5161,
    "cue_word=signat": 0.5144,
    "noun&b_in": 0.4964,
    "rules_none": 0.4962,
    "date_month": 0.4919,
    "signing&a_before": -0.4870,
    "cue_word=missio": 0.4800,
    "cue_word=visit": -0.4569,
    "dates": 0.4497,
    "noun&a_before": 0.4233,
    "cue_word=venue": 0.4111,
    "b_first": 0.4054,
    "a_possessive": 0.4011,
    "b_org": 0.4010,
    "cue_word=besuch": 0.4009,
    "a_prev=van": 0.3961,
    "a_party": -0.3920,
    "a_in": -0.3802,
    "verb&a_before": 0.3739,
    "a_prev=and": 0.3688,
    "b_prev=à": 0.3686,
    "cue_word=repres": 0.3677,
    "a_prev=l": 0.3676,
    "b_partner_country": 0.3642,
    "b_prev=l": 0.3513,
    "noun&a_to": -0.3425,
    "b_party": 0.3399,
    "b_in": 0.3376,
    "cue_word=reise": -0.3357,
    "verb&b_to": 0.3332,
    "cue_word=reçus": 0.3289,
    "cue_word=zeremo": 0.3231,
    "cue_word=était": 0.3215,
    "cue_word=tour": -0.3185,
    "noun&a_in": -0.3153,
    "b_outside": -0.3111,
    "cue_word=send": 0.3075,
    "cue=signing": -0.3056,
    "b_prev=nach": -0.3049,
    "b_before_cue": 0.3035,
    "cue_word=unterz": -0.3021,
    "gap": -0.3000,
    "a_prev=of": 0.2997,
    "a_by": -0.2975,
    "cue_word=wirtsc": 0.2973,
    "a_region": 0.2914,
    "dated": 0.2903,
    "receive&b_in": -0.2851,
    "cue_word=gingen": 0.2738,
    "cue_word=accuei": -0.2716,
    "b_prev=de": -0.2689,
    "signing&b_to": 0.2688,
    "cue_word=signin": 0.2662,
    "cue_word=reisde": 0.2581,
    "b_prev=en": -0.2540,
    "signing&a_from": -0.2502,
    "b_prev=naar": 0.2499,
    "cue_word=put": 0.2479,
    "b_prev=met": -0.2380,
    "lang=nl": 0.2341,
    "cue_word=visite": -0.2306,
    "cue_word=receiv": 0.2245,
    "cue_word=afvaar": -0.2195,
    "cue_word=war": 0.2190,
    "verb&b_before": -0.2188,
    "cue_word=a": 0.2165,
    "cue_word=tekend": -0.2147,
    "b_from": -0.2128,
    "cue_word=return": -0.2105,
    "verb&a_to": -0.2086,
    "cue_word=delega": 0.2083,
    "a_before_cue": 0.2066,
    "lang=en": -0.2053,
    "cue_word=sera": 0.2015,
    "signing&a_in": -0.2000,
    "cue=noun": 0.2000,
    "receive&a_from": 0.1998,
    "cue_word=reiste": -0.1972,
    "a_prev=à": -0.1952,
    "verb&a_in": 0.1919,
    "cue_word=arrive": -0.1894,
    "actors": -0.1880,
    "cue_word=verwel": -0.1831,
    "a_prev=von": -0.1764,
    "cue_word=trip": 0.1759,
    "b_prev=du": -0.1738,
    "a_first": 0.1718,
    "cue_word=déléga": -0.1718,
    "cue_word=welcom": 0.1715,
    "a_prev=to": -0.1708,
    "b_prev=to": 0.1691,
    "a_prev=mit": -0.1687,
    "a_prev=in": -0.1674,
    "cue_word=s": 0.1670,
    "cue_word=est": -0.1663,
    "cue_word=hosted": -0.1662,
    "verb&b_from": 0.1655,
    "cue_word=travel": 0.1653,
    "cue_word=flew": -0.1648,
    "b_prev=van": -0.1601,
    "b_prev=with": -0.1575,
    "cue_word=tours": -0.1568,
    "cue=receive": 0.1554,
    "cue_word=empfin": -0.1523,
    "cue_word=handel": 0.1510,
    "cue_word=ontvin": 0.1504,
    "cue_word=abordn": 0.1499,
    "cue_word=group": -0.1486,
    "lang=fr": -0.1459,
    "b_prev=from": -0.1424,
    "noun&b_before": -0.1370,
    "b_prev=et": -0.1352,
    "b_prev=avec": -0.1326,
    "b_prev=aan": -0.1252,
    "cue_word=arbeit": -0.1243,
    "cue_word=ontvan": 0.1239,
    "b_prev=und": 0.1238,
    "b_possessive": -0.1220,
    "a_prev=with": -0.1218,
    "b_by": -0.1206,
    "signing&b_in": 0.1197,
    "cue_word=re": -0.1188,
    "cue_word=lead": 0.1180,
    "b_dist": -0.1179,
    "cue_word=ceremo": -0.1179,
    "lang=de": 0.1171,
    "cue_word=signé": -0.1163,
    "cue_word=bezoch": 0.1159,
    "cue_word=signer": -0.1144,
    "b_prev=aus": -0.1138,
    "cue_word=signée": -0.1135,
    "b_prev=uit": -0.1110,
    "a_prev=et": 0.1106,
    "a_prev=und": 0.1070,
    "a_prev=de": -0.1037,
    "receive&a_before": -0.1036,
    "a_prev=avec": -0.1028,
    "b_region": 0.0978,
    "rules_host": 0.0965,
    "cue_word=reist": -0.0933,
    "a_prev=en": -0.0907,
    "cue_word=led": 0.0895,
    "signing&b_from": 0.0875,
    "a_prev=des": -0.0861,
    "verb&a_from": 0.0813,
    "receive&b_to": -0.0803,
    "cue_word=weilte": -0.0784,
    "cue_word=werkbe": -0.0776,
    "cue_word=sign": -0.0765,
    "cue_word=govern": -0.0761,
    "receive&b_from": 0.0711,
    "b_prev=and": -0.0707,
    "cue_word=was": -0.0696,
    "cue_word=hosts": -0.0690,
    "b_of": -0.0687,
    "a_dist": -0.0680,
    "cue_word=recevr": -0.0649,
    "cue_word=trok": -0.0641,
    "cue_word=trekt": -0.0635,
    "b_prev=mit": -0.0615,
    "a_prev=naar": -0.0570,
    "cue_word=hatte": -0.0568,
    "receive&a_in": -0.0567,
    "cue_word=begrüß": -0.0562,
    "b_prev=von": -0.0556,
    "cue_word=zu": -0.0553,
    "planned": 0.0539,
    "cue_word=cérémo": -0.0531,
    "a_prev=from": -0.0531,
    "cue_word=gruppe": -0.0524,
    "b_prev=at": -0.0506,
    "cue=verb": -0.0498,
    "cue_word=zijn": -0.0493,
    "cue_word=bezoek": 0.0453,
    "a_outside": -0.0448,
    "cue_word=guest": -0.0444,
    "cue_word=signs": -0.0442,
    "a_prev=nach": -0.0434,
    "cue_word=ondert": -0.0423,
    "cue_word=se": -0.0419,
    "a_prev=at": -0.0409,
    "cue_word=déplac": -0.0396,
    "cue_word=signen": -0.0376,
    "cue_word=empfan": -0.0375,
    "cue_word=vertre": -0.0373,
    "cue_word=traf": -0.0365,
    "cue_word=spent": -0.0359,
    "receive&a_to": -0.0352,
    "a_prev=du": 0.0350,
    "cue_word=reisen": -0.0346,
    "cue_word=trade": 0.0346,
    "cue_word=handte": -0.0345,
    "cue_word=fait": -0.0338,
    "cue_word=came": -0.0336,
    "cue_word=host": -0.0336,
    "cue_word=gäste": -0.0330,
    "cue_word=gegenb": -0.0324,
    "signing&a_to": -0.0306,
    "cue_word=is": -0.0303,
    "cue_word=guests": -0.0294,
    "b_prev=zur": -0.0294,
    "cue_word=dienst": -0.0293,
    "cue_word=voyage": -0.0291,
    "cue_word=missie": -0.0281,
    "cue_word=gezels": 0.0281,
    "cue_word=sent": -0.0278,
    "a_prev=aan": -0.0266,
    "b_prev=des": -0.0260,
    "cue_word=groep": -0.0256,
    "signing&b_before": 0.0255,
    "cue_word=visits": -0.0251,
    "cue_word=leads": -0.0247,
    "cue_word=geteke": -0.0247,
    "cue_word=arrivé": -0.0239,
    "cue_word=komen": -0.0237,
    "cue_word=busine": -0.0237,
    "a_prev=met": -0.0235,
    "b_prev=im": -0.0216,
    "a_prev=by": -0.0211,
    "cue_word=komt": -0.0206,
    "a_prev=aus": 0.0197,
    "cue_word=friend": -0.0187,
    "cue_word=set": -0.0187,
    "a_prev=d": -0.0183,
    "cue_word=econom": -0.0183,
    "cue_word=séjour": -0.0163,
    "cue_word=ont": -0.0158,
    "b_prev=by": -0.0152,
    "cue_word=workin": -0.0147,
    "cue_word=study": -0.0140,
    "cue_word=sommes": -0.0137,
    "cue_word=étions": -0.0133,
    "b_prev=d": -0.0133,
    "a_prev=dans": -0.0132,
    "cue_word=took": -0.0130,
    "a_prev=pour": -0.0119,
    "cue_word=kamen": -0.0115,
    "cue_word=offici": -0.0110,
    "cue_word=sont": -0.0102,
    "cue_word=verteg": -0.0094,
    "cue_word=reçoit": -0.0091,
    "cue_word=partis": -0.0089,
    "b_prev=of": 0.0087,
    "b_prev=pour": -0.0086,
    "a_prev=zur": -0.0086,
    "cue_word=inks": -0.0079,
    "cue_word=played": -0.0071,
    "cue_word=went": -0.0069,
    "cue_word=werkre": -0.0067,
    "verb&b_in": 0.0066,
    "cue_word=untern": -0.0065,
    "cue_word=bezege": -0.0063,
    "cue_word=empfän": -0.0059,
    "noun&b_to": -0.0057,
    "cue_word=were": -0.0055,
    "cue_word=visito": -0.0053,
    "coordinated": -0.0053,
    "cue_word=kwamen": -0.0052,
    "cue_word=hôte": -0.0048,
    "cue_word=statte": -0.0047,
    "b_prev=for": -0.0043,
    "cue_word=visiti": -0.0031,
    "cue_word=toured": -0.0031,
    "cue_word=bürger": -0.0030,
    "a_prev=im": -0.0029,
    "cue_word=studie": -0.0029,
    "a_prev=for": -0.0029,
    "cue_word=représ": -0.0027,
    "b_prev=au": -0.0012,
    "cue_word=kwam": -0.0005,
    "cue_word=sind": -0.0004,
    "cue_word=hostin": -0.0004,
    "a_prev=au": -0.0001,
}
DROP_WEIGHTS: dict[str, float] = {
    "bias": 1.7406,
    "act_pair": 1.3117,
    "a_partner_country": -0.9451,
    "named_after": -0.9242,
    "b_region": -0.8991,
    "rules_reverse": 0.8008,
    "cue=signing": -0.7572,
    "b_home": 0.6564,
    "cue_word=handte": -0.6426,
    "b_partner_country": -0.6103,
    "b_country": -0.5728,
    "a_prev=de": -0.5604,
    "a_country": -0.5559,
    "b_party": -0.5378,
    "date_month": 0.5186,
    "cue_word=signed": 0.5121,
    "cue=verb": 0.4988,
    "cue_word=missio": -0.4975,
    "b_of": -0.4948,
    "cue_word=busine": -0.4848,
    "b_org": -0.4597,
    "cue_word=econom": -0.4355,
    "same_country": -0.4291,
    "b_prev=from": -0.4144,
    "b_prev=en": -0.4086,
    "a_first": 0.3992,
    "cue_word=put": -0.3942,
    "signing&b_to": -0.3867,
    "cue_word=visite": 0.3834,
    "b_prev=avec": -0.3790,
    "cue_word=repres": -0.3774,
    "cue_word=signée": -0.3692,
    "a_prev=to": -0.3650,
    "b_in": -0.3649,
    "cue=receive": 0.3621,
    "b_prev=to": 0.3430,
    "a_prev=aus": 0.3422,
    "cue_word=visit": 0.3412,
    "noun&a_from": 0.3284,
    "a_to": -0.3248,
    "dated": 0.3228,
    "cue_word=besuch": 0.3150,
    "cue_word=stay": -0.3132,
    "receive&a_from": -0.3109,
    "rules_here_visitor": -0.2988,
    "signing&b_in": -0.2954,
    "a_region": 0.2905,
    "a_outside": 0.2891,
    "noun&b_from": 0.2886,
    "cue_word=reist": -0.2876,
    "a_prev=of": 0.2869,
    "a_party": 0.2816,
    "cue_word=reçoit": -0.2807,
    "b_prev=at": 0.2776,
    "cue_word=welcom": 0.2738,
    "date_day": -0.2736,
    "cue_word=werkbe": 0.2695,
    "verb&b_from": -0.2668,
    "signing&b_from": -0.2559,
    "cue_word=empfin": -0.2549,
    "a_prev=and": -0.2538,
    "a_of": 0.2519,
    "receive&a_in": -0.2437,
    "cue_word=ont": -0.2410,
    "a_home": 0.2399,
    "cue_word=arrivé": -0.2341,
    "cue_word=sign": 0.2290,
    "rules_here_host": -0.2288,
    "cue_word=ontvin": 0.2286,
    "cue_word=reise": -0.2260,
    "cue_word=accuei": 0.2237,
    "cue_word=tour": -0.2206,
    "b_prev=im": -0.2129,
    "noun&b_to": 0.2115,
    "cue_word=spent": -0.2072,
    "signing&a_to": -0.2009,
    "cue_word=send": -0.1981,
    "cue_word=gingen": -0.1971,
    "lang=de": 0.1958,
    "gap": 0.1926,
    "a_by": 0.1911,
    "a_prev=from": 0.1902,
    "receive&b_before": 0.1895,
    "cue_word=study": 0.1804,
    "b_possessive": 0.1798,
    "cue_word=war": -0.1759,
    "cue_word=host": -0.1759,
    "receive&a_before": 0.1743,
    "cue_word=offici": 0.1724,
    "cue_word=unterz": -0.1723,
    "b_prev=dans": 0.1717,
    "cue_word=led": 0.1697,
    "a_prev=nach": -0.1697,
    "dates": -0.1692,
    "cue_word=bezege": -0.1667,
    "b_dist": -0.1666,
    "signing&a_before": -0.1666,
    "b_prev=uit": 0.1664,
    "cue_word=were": -0.1644,
    "verb&a_before": 0.1611,
    "cue_word=reisde": 0.1602,
    "coordinated": 0.1589,
    "cue_word=lead": 0.1572,
    "cue_word=hosted": -0.1570,
    "a_prev=und": -0.1545,
    "noun&a_in": 0.1540,
    "b_by": 0.1526,
    "cue_word=gezels": 0.1514,
    "cue_word=signé": 0.1505,
    "cue_word=séjour": -0.1502,
    "planned": 0.1499,
    "cue_word=se": 0.1470,
    "cue_word=came": -0.1456,
    "verb&b_to": 0.1419,
    "b_prev=in": -0.1406,
    "cue_word=ceremo": 0.1394,
    "b_prev=l": -0.1392,
    "cue_word=receiv": 0.1385,
    "cue_word=bezoek": -0.1384,
    "a_prev=du": -0.1384,
    "b_prev=with": 0.1372,
    "b_outside": -0.1364,
    "a_prev=à": -0.1356,
    "lang=nl": -0.1352,
    "lang=en": -0.1344,
    "a_prev=van": -0.1339,
    "b_prev=et": 0.1336,
    "cue_word=unters": 0.1329,
    "cue_word=voyage": -0.1328,
    "b_prev=aus": 0.1320,
    "b_prev=nach": -0.1301,
    "receive&b_from": 0.1293,
    "a_possessive": 0.1267,
    "a_prev=with": 0.1227,
    "cue_word=gäste": 0.1224,
    "cue_word=gegenb": 0.1219,
    "cue_word=abordn": 0.1210,
    "cue_word=ondert": -0.1203,
    "cue_word=studie": 0.1200,
    "cue_word=signen": -0.1182,
    "cue_word=was": 0.1155,
    "a_prev=l": -0.1130,
    "cue_word=signs": -0.1116,
    "cue_word=trip": -0.1115,
    "b_prev=de": 0.1106,
    "cue_word=missie": 0.1092,
    "cue_word=vertre": 0.1070,
    "noun&a_before": -0.1068,
    "b_prev=van": -0.1068,
    "b_from": -0.1047,
    "cue_word=trade": 0.1043,
    "cue_word=a": -0.1041,
    "cue=noun": -0.1037,
    "noun&a_to": -0.1027,
    "a_prev=met": 0.1016,
    "cue_word=est": 0.1014,
    "cue_word=venue": 0.0988,
    "b_prev=à": 0.0979,
    "a_from": 0.0978,
    "cue_word=return": 0.0949,
    "b_prev=aan": -0.0949,
    "signing&a_from": 0.0930,
    "cue_word=signer": 0.0925,
    "cue_word=begrüß": 0.0907,
    "cue_word=tekend": -0.0901,
    "cue_word=dienst": 0.0891,
    "a_prev=aan": 0.0888,
    "verb&a_in": 0.0883,
    "cue_word=wirtsc": 0.0881,
    "a_prev=by": 0.0877,
    "cue_word=bezoch": -0.0869,
    "date_dist": -0.0822,
    "cue_word=handel": 0.0795,
    "b_prev=von": 0.0787,
    "cue_word=reiste": 0.0786,
    "a_dist": -0.0770,
    "cue_word=recevr": 0.0765,
    "cue_word=re": -0.0756,
    "lang=fr": 0.0738,
    "b_prev=du": 0.0730,
    "a_prev=for": 0.0727,
    "cue_word=zu": 0.0724,
    "cue_word=workin": 0.0711,
    "cue_word=toured": 0.0697,
    "cue_word=ontvan": -0.0693,
    "actors": 0.0693,
    "noun&b_before": -0.0684,
    "cue_word=untern": 0.0662,
    "cue_word=inks": 0.0660,
    "cue_word=is": 0.0655,
    "verb&b_before": -0.0654,
    "b_prev=mit": 0.0648,
    "cue_word=govern": 0.0628,
    "receive&b_in": -0.0626,
    "a_before_cue": 0.0621,
    "b_before_cue": 0.0609,
    "a_prev=von": 0.0601,
    "cue_word=trok": 0.0576,
    "cue_word=arbeit": 0.0575,
    "cue_word=arrive": 0.0554,
    "cue_word=guests": 0.0553,
    "verb&a_to": -0.0548,
    "cue_word=komen": 0.0537,
    "cue_word=geteke": 0.0531,
    "a_prev=et": -0.0484,
    "cue_word=weilte": 0.0480,
    "cue_word=sommes": 0.0471,
    "cue_word=étions": 0.0466,
    "a_org": -0.0465,
    "cue_word=guest": 0.0465,
    "receive&b_to": 0.0463,
    "cue_word=déplac": 0.0453,
    "cue_word=cérémo": 0.0448,
    "cue_word=verwel": 0.0442,
    "b_prev=of": -0.0439,
    "a_prev=avec": 0.0434,
    "cue_word=bürger": 0.0432,
    "cue_word=hosts": 0.0419,
    "cue_word=représ": 0.0417,
    "cue_word=sent": 0.0411,
    "b_prev=for": 0.0391,
    "noun&b_in": -0.0372,
    "cue_word=werkre": 0.0362,
    "cue_word=reisen": 0.0360,
    "cue_word=déléga": 0.0350,
    "receive&a_to": 0.0336,
    "cue_word=spend": 0.0325,
    "cue_word=zeremo": 0.0323,
    "verb&b_in": 0.0303,
    "b_prev=pour": 0.0296,
    "b_prev=and": -0.0285,
    "cue_word=komt": 0.0277,
    "a_prev=at": 0.0277,
    "a_prev=für": 0.0275,
    "a_prev=mit": 0.0274,
    "cue_word=delega": 0.0273,
    "a_prev=en": -0.0271,
    "cue_word=s": 0.0271,
    "cue_word=group": 0.0267,
    "cue_word=traf": 0.0261,
    "cue_word=trekt": 0.0257,
    "cue_word=groep": 0.0252,
    "b_prev=by": 0.0247,
    "a_prev=in": -0.0244,
    "cue_word=signin": 0.0233,
    "cue_word=leads": 0.0221,
    "cue_word=festak": 0.0220,
    "cue_word=played": 0.0200,
    "cue_word=fait": 0.0198,
    "cue_word=set": 0.0193,
    "a_prev=naar": 0.0188,
    "cue_word=kwam": 0.0188,
    "cue_word=visiti": 0.0187,
    "b_prev=naar": 0.0185,
    "cue_word=sont": 0.0176,
    "cue_word=flew": 0.0175,
    "cue_word=paid": 0.0174,
    "b_first": -0.0170,
    "cue_word=tours": 0.0170,
    "cue_word=kwamen": 0.0169,
    "cue_word=travel": -0.0166,
    "cue_word=zijn": 0.0164,
    "cue_word=gruppe": 0.0164,
    "cue_word=friend": 0.0156,
    "b_prev=für": 0.0154,
    "cue_word=visits": 0.0149,
    "rules_here": -0.0146,
    "cue_word=kamen": 0.0143,
    "b_to": 0.0131,
    "verb&a_from": -0.0127,
    "cue_word=antrit": 0.0126,
    "b_prev=met": 0.0123,
    "b_prev=und": 0.0120,
    "cue_word=took": 0.0118,
    "b_prev=zur": 0.0116,
    "signing&a_in": 0.0108,
    "a_prev=uit": 0.0104,
    "cue_word=kam": 0.0101,
    "a_in": 0.0094,
    "cue_word=empfan": 0.0086,
    "cue_word=partis": 0.0079,
    "cue_word=hôte": 0.0078,
    "cue_word=statte": 0.0064,
    "cue_word=signat": 0.0056,
    "signing&b_before": 0.0052,
    "cue_word=sera": 0.0046,
    "a_prev=pour": 0.0031,
}
ADD_THRESHOLD = 0.35  # >= 1: no pair is added
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
