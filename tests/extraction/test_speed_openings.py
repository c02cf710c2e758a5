"""Patterns rewritten to open with their first characters (`_clauses.first_chars`) find the
same matches as the look-behind or alternation openings they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import _lexicon_agreements, agreements
from cityties.extraction.extractors._clauses import first_chars

_OLD_BARRIER = re.compile(
    r"\.\s|(?<![\w-])(?:which|who|where|that|whose|because|while|whereas|but|when|after|"
    r"waarbij|waarmee|omdat|maar|qui|que|où|mais|lorsque|welche[rs]?|weil|aber|sondern|"
    r"nachdem|wenn)(?![\w-])|(?<![\w-])to\s+(?!the\b)[a-z]|(?<![\w-])(?:om|pour|afin|um)\s",
)

# pieces of text near the patterns' words, so that random texts often hold near-matches
_BARRIER_PIECES = [
    *"which who where whereas whose that the to om pour afin um welcher welches wenn où "
    "qui que mais maar but when after nachdem sondern aber weil lorsque omdat waarbij".split(),
    *"a x T W - . , ; ' é 1 _".split(),
]
_GAPS = [" ", "", "\n", "-", ". ", "\t", "x", "_"]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(pieces)
    gap = st.sampled_from(_GAPS)
    return st.lists(st.tuples(piece, gap), max_size=14).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


def _all(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Every search result from each start, as the engine calls it with windows."""
    out = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append(m.span() if m else (-1, -1))
    return out


@pytest.mark.parametrize(
    ("alternatives", "firsts", "tails"),
    [
        (["ab", "c"], "[ac]", "(?:(?<=a)(?:b)|(?<=c))"),
        (["ab", "cd", "ae|f"], "[ac]", "(?:(?<=a)(?:b|(?:e|f))|(?<=c)(?:d))"),
        ([r"\.\s", "x|y"], r"[\.x]", r"(?:(?<=\.)(?:\s)|(?<=x)(?:|y))"),
    ],
)
def test_first_chars_opening_and_tails(alternatives: list[str], firsts: str, tails: str) -> None:
    """first_chars gives the set of the alternatives' first characters and each alternative's
    rest after a check of its first character behind, in the given order; the rests of one
    first character share one check when no escape opens an alternative."""
    assert first_chars(alternatives) == (firsts, tails)


def test_first_chars_refuses_an_alternative_without_a_plain_first_character() -> None:
    """An alternative that opens with a group or a class has no single first character."""
    with pytest.raises(ValueError):
        first_chars(["(?:a|b)c"])


@settings(max_examples=600, deadline=None)
@given(_texts(_BARRIER_PIECES), st.data())
def test_barrier_same_matches_as_the_old_pattern(text: str, data: st.DataObject) -> None:
    """_BARRIER, opening with its first characters, finds what the old pattern finds from
    every start in any window."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _all(agreements._BARRIER, text, lo, hi) == _all(_OLD_BARRIER, text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "Kiel, Lyon and Brno, which signed",
        "twinned with Gent to promote trade",
        "Gent. Later",
        "partners Tours, Orléans, pour renforcer",
        "the whereas-clause and somewhat",
    ],
)
def test_barrier_examples(text: str) -> None:
    """On written sentences the barrier starts where the old pattern's does."""
    assert _all(agreements._BARRIER, text, 0, len(text)) == _all(_OLD_BARRIER, text, 0, len(text))


# The patterns before they were written to open with their first characters.
_OLD_DEFINITE = re.compile(
    r"(?<![\w-])(?:the|this|that|de|het|deze|dit|die|das|der|dieses|diese|le|la|l['’]|cet|"
    r"cette|ce)\s*(?:[\w-]+\s+)?\Z"
)
_OLD_KW_DENIED = re.compile(
    r"(?<![\w-])(?:(no\s+longer|nicht\s+mehr|niet\s+meer|n(?:e\s+|['’])(?:\S+\s+){1,2}plus)|"
    r"n(?:e\s+|['’])(?:\S+\s+){1,2}pas|not|never|no|nooit|niet|geen|nicht|kein\w*|nie|jamais|"
    r"aucun\w*)"
    r"(?:\s+(?!only\b|just\b|merely\b|nur\b|alleen\b|seulement\b|enkel\b)[\w'’]+)?\s+\Z"
)
_OLD_ORIGINAL = re.compile(
    r"(?<![\w-])(?:original|initial|ursprüngliche[nmrs]?|oorspronkelijke|initiale?|"
    r"originelle?|(?<=the\s)first|(?<=het\s)eerste|(?<=de\s)eerste|(?<=die\s)erste|"
    r"(?<=das\s)erste|(?<=der\s)erste|(?<=le\s)premier|(?<=la\s)première)\s+(?:[\w-]+\s+)?\Z"
)
_OLD_FIRST_MARK = re.compile(
    r"(?<![\w-])(?:first|originally|initially|erstmals|ursprünglich|zuerst|oorspronkelijk|"
    r"aanvankelijk|initialement|à\s+l['’]origine|d['’]abord|(?:pour\s+la|une)\s+première\s+fois|"
    r"for\s+the\s+first\s+time|voor\s+het\s+eerst|zum\s+ersten\s+mal)(?![\w-])"
)
_OLD_PLURAL_ACT_LOW = re.compile(
    r"(?:agreements|memoranda|treaties|charters|overeenkomsten|akkoorden|verdragen|verträge|"
    r"vereinbarungen|urkunden|relationships)(?![\w-])|(?<![\w-])(?:accords|conventions|chartes|"
    r"protocoles|pactes)(?![\w-])"
)
_OLD_DEMONSTRATIVE_LOW = re.compile(
    r"(?<![\w-])(?:this|that|these|the\s+said|cet|cette|ce|ces|ledit|ladite|deze|dit|die|dat|"
    r"dieses?|diese[nmr]?|jene[smnr]?)\s+(?:[\w-]+\s+){0,2}\Z"
)
_WORDS = (
    "the this that these said de het deze dit die das der dieses diese dienen le la l' l’ cet "
    "cette ce ces ledit ladite jene jenes dat no not longer nicht mehr niet meer ne n' plus pas "
    "never nooit geen kein keine nie jamais aucun aucune only nur first original initial "
    "initiale originelle ursprüngliche ursprünglichen oorspronkelijke eerste erste premier "
    "première originally initially erstmals zuerst aanvankelijk initialement à origine d' abord "
    "pour une fois for time voor eerst zum ersten mal agreements accords memoranda treaties "
    "conventions chartes pactes urkunden relationships agreement x - _ 2019"
).split()
_OLD_AND_NEW = [
    (_OLD_DEFINITE, agreements._DEFINITE),
    (_OLD_KW_DENIED, agreements._KW_DENIED),
    (_OLD_ORIGINAL, agreements._ORIGINAL),
    (_OLD_FIRST_MARK, agreements._FIRST_MARK),
    (_OLD_PLURAL_ACT_LOW, agreements._PLURAL_ACT_LOW),
    (_OLD_DEMONSTRATIVE_LOW, _lexicon_agreements.DEMONSTRATIVE_LOW),
]


def _found(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[object]:
    """Spans and group 1's truth of every search from each start of the window."""
    out: list[object] = []
    for start in range(lo, hi + 1):
        m = rx.search(text, start, hi)
        out.append((m.span(), bool(rx.groups and m.group(1))) if m else None)
    return out


@pytest.mark.parametrize(("old", "new"), _OLD_AND_NEW, ids=lambda rx: str(rx.pattern)[:30])
@settings(max_examples=300, deadline=None)
@given(text=_texts(_WORDS), data=st.data())
def test_rewritten_pattern_same_matches_as_the_old(
    old: re.Pattern[str], new: re.Pattern[str], text: str, data: st.DataObject
) -> None:
    """Each rewritten pattern of agreements finds what its old form finds (span, and whether
    group 1 took part) from every start of any window of texts made of its words."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _found(new, text, lo, hi) == _found(old, text, lo, hi)


@pytest.mark.parametrize(
    ("old", "new", "text"),
    [
        (_OLD_DEFINITE, agreements._DEFINITE, "the twin-city "),
        (_OLD_KW_DENIED, agreements._KW_DENIED, "Kiel and Lyon are no longer "),
        (_OLD_KW_DENIED, agreements._KW_DENIED, "ils ne sont pas "),
        (_OLD_ORIGINAL, agreements._ORIGINAL, "renews the first "),
        (_OLD_FIRST_MARK, agreements._FIRST_MARK, "signed for the first time in 1990"),
        (_OLD_PLURAL_ACT_LOW, agreements._PLURAL_ACT_LOW, "des accords de coopération"),
        (_OLD_DEMONSTRATIVE_LOW, _lexicon_agreements.DEMONSTRATIVE_LOW, "under this new "),
    ],
)
def test_rewritten_pattern_examples(old: re.Pattern[str], new: re.Pattern[str], text: str) -> None:
    """On written phrases each rewritten pattern finds a match where the old one does."""
    assert _found(new, text, 0, len(text)) == _found(old, text, 0, len(text))
    assert any(_found(new, text, 0, len(text)))


_OLD_LOCATIVE = {
    lang: re.compile(
        rf"(?<![\w-]){rx}\s+(?:(?:the|de|het|der|die|dem|la|le|l['’])\s*)?"
        r"(?:(?:city|town)\s+of\s+|stad\s+|ville\s+de\s+|Stadt\s+)?\Z",
        re.IGNORECASE,
    )
    for lang, rx in agreements._LOCATIVE.items()
}
_OLD_PRONOUN = re.compile(
    r"(?<![\w-])(?:it|its|they|their|the\s+(?:city|town|municipality|province|region)|"
    r"het(?!\s+[a-zà-ÿ]+en\s+van(?![\w-]))|zij|ze|haar|hun|de\s+(?:stad|gemeente|provincie)|"
    r"elle|il|ils|elles|sa|son|ses|leur|leurs|la\s+(?:ville|commune|province|région)|"
    r"sie|es|ihre?[nmrs]?|seine?[nmrs]?|die\s+(?:Stadt|Gemeinde|Provinz|Region))(?![\w])",
    re.IGNORECASE,
)
# words in mixed case, with the characters re.IGNORECASE takes for "i", "s" and "k"
_CASED_WORDS = (
    "in IN In İn ın at At near Near inside outside te TE bij naar à À en au aux dans près de "
    "im bei nach nahe the The city of town stad ville Stadt STADT it İt ıts its they Their het "
    "sluiten van zij ze haar hun gemeente elle il ils elles sa ſa son ses leur leurs la commune "
    "sie SIE es ihre ihren seine seiner die Gemeinde Kiel Kelvin x -"
).split()


def test_caseless_variants_are_what_ignorecase_matches() -> None:
    """For every first character the rewritten case-insensitive patterns use (and the other
    letters of their languages), the opening set holds exactly the characters that
    re.IGNORECASE matches for it, over all code points."""
    from cityties.extraction.extractors._clauses import _caseless_variants

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for ch in "abcdefghijklmnopqrstuvwxyzàâäçèéêëîïôöùûüœæåßñøÿABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÜ":
        expected = sorted(set(re.findall("(?i)" + re.escape(ch), every)))
        assert _caseless_variants(ch) == expected, ch


_CASELESS_OLD_AND_NEW = [
    *((_OLD_LOCATIVE[lang], agreements._LOCATIVE_RX[lang]) for lang in _OLD_LOCATIVE),
    (_OLD_PRONOUN, _lexicon_agreements.PRONOUN),
]


@pytest.mark.parametrize(("old", "new"), _CASELESS_OLD_AND_NEW, ids=lambda rx: str(rx.pattern)[:30])
@settings(max_examples=300, deadline=None)
@given(text=_texts(_CASED_WORDS), data=st.data())
def test_rewritten_caseless_pattern_same_matches_as_the_old(
    old: re.Pattern[str], new: re.Pattern[str], text: str, data: st.DataObject
) -> None:
    """The case-insensitive patterns opening with a case-sensitive set of first characters
    find what their old forms find from every start of any window, in any case."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _found(new, text, lo, hi) == _found(old, text, lo, hi)


@pytest.mark.parametrize(
    ("old", "new", "text"),
    [
        (_OLD_LOCATIVE["en"], agreements._LOCATIVE_RX["en"], "a forum held IN the city of "),
        (_OLD_LOCATIVE["fr"], agreements._LOCATIVE_RX["fr"], "une fête À la ville de "),
        (_OLD_PRONOUN, _lexicon_agreements.PRONOUN, "İts council signed"),
        (_OLD_PRONOUN, _lexicon_agreements.PRONOUN, "Die Stadt unterzeichnete"),
    ],
)
def test_rewritten_caseless_examples(old: re.Pattern[str], new: re.Pattern[str], text: str) -> None:
    """On written phrases in any case the rewritten patterns match where the old ones do."""
    assert _found(new, text, 0, len(text)) == _found(old, text, 0, len(text))
    assert any(_found(new, text, 0, len(text)))


_OLD_OCCASION = re.compile(
    r"(?:on|at)\s+(?:this|that|the\s+same)\s+occasion|(?:during|at)\s+(?:the|this|that|the\s+same)\s+"
    r"(?:visit|meeting|ceremony|stay|event)|(?:on\s+)?(?:that|the\s+same)\s+day|"
    r"(?:à|a|lors\s+de|en\s+marge\s+de)\s+(?:cette|la|la\s+même)\s+(?:occasion|visite|rencontre|"
    r"cérémonie)|le\s+même\s+jour|ce\s+jour-là|"
    r"(?:bij|tijdens)\s+(?:die|deze|dat|dezelfde|het|dit|de)\s+(?:gelegenheid|bezoek|plechtigheid|"
    r"ceremonie)|(?:op\s+)?dezelfde\s+dag|"
    r"(?:bei|während|am\s+Rande)\s+(?:diese[rsm]|de[rsm]|derselben|desselben)\s+(?:anlass|besuch(?:s|es)?|"
    r"treffen|zeremonie|festakt(?:s|es)?)|aus\s+diesem\s+anlass|anlässlich\s+(?:des|dieses)\s+"
    r"besuch(?:s|es)|am\s+selben\s+tag|am\s+gleichen\s+tag|"
    r"(?:at|during)\s+a\s+(?:signing\s+)?(?:ceremony|reception)|"
    r"(?:bei|während)\s+(?:einem|einer)\s+(?:festakt|zeremonie|empfang|feier(?:stunde)?)|"
    r"lors\s+d['’]une\s+(?:cérémonie|réception)|"
    r"tijdens\s+een\s+(?:plechtigheid|ceremonie|receptie)|"
    r"(?<![\w-])(?:dabei|daarbij|hierbij)(?![\w-])|"
    r"(?:during|at)\s+(?:the|this|that)\s+[\w-]+\s+(?:reception|ceremony|dinner|banquet|meeting|"
    r"forum)|(?:lors\s+du|au\s+cours\s+du)\s+(?:dîner|banquet|forum)|"
    r"(?:(?<=\.\s)|(?<=\n))daar\s+(?:legden|tekenden|ondertekenden|sloten|zetten|werd|werden)"
    r"(?![\w-])"
)
_OCCASION_WORDS = (
    "on at this that the same occasion during visit meeting ceremony stay event day à a lors de "
    "en marge cette la même visite rencontre cérémonie le jour ce jour-là bij tijdens die deze "
    "dat dezelfde het dit gelegenheid bezoek plechtigheid ceremonie op dag bei während am Rande "
    "dieser diesem derselben desselben anlass besuchs besuches treffen zeremonie festakt aus "
    "anlässlich des dieses besuch selben gleichen tag signing reception einem einer empfang "
    "feier feierstunde d'une réception een receptie dabei daarbij hierbij civic dinner banquet "
    "forum du au cours dîner daar legden werd . x -"
).split()


@settings(max_examples=400, deadline=None)
@given(text=_texts(_OCCASION_WORDS), data=st.data())
def test_occasion_same_matches_as_the_old_pattern(text: str, data: st.DataObject) -> None:
    """_OCCASION, its leading alternations written out and opening with first characters,
    finds what the old pattern finds from every start of any window."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _found(agreements._OCCASION, text, lo, hi) == _found(_OLD_OCCASION, text, lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "on the same day the mayors met",
        "at the same occasion a charter",
        "at a signing ceremony in the hall",
        "bei einem festakt im rathaus",
        "the visit ended. daar tekenden beide",
        "dabei unterzeichneten beide",
        "during the civic reception both",
    ],
)
def test_occasion_examples(text: str) -> None:
    """On written phrases _OCCASION matches where the old pattern does."""
    assert _found(agreements._OCCASION, text, 0, len(text)) == _found(
        _OLD_OCCASION, text, 0, len(text)
    )
    assert any(_found(agreements._OCCASION, text, 0, len(text)))


_OLD_OFFICIAL = re.compile(
    r"(?<![\w-])(?:"
    r"(?:lord\s+)?mayor|lord\s+provost|provost|deputy\s+mayor|vice[\s-]mayor|governor|"
    r"councill?ors?|councilmembers?|council|aldermen|alderman|officials|"
    r"burgemeesters?|schepenen|schepen|wethouders?|gedeputeerden?|college|gemeenteraad|"
    r"raadsleden|raadslid|delegates|délégués|afgevaardigden|delegierten?|"
    r"(?:stadt)?ratsmitglieder|stadtratsmitglieder|ratsherren|"
    r"conseill(?:ers|ères)\s+municipa(?:ux|les)|"
    r"maire|adjointe?|conseil\s+municipal|élus|délégation\s+[a-zéèê]+e?s?|"
    r"(?:ober)?bürgermeister(?:in)?|landrat|stadtrat|dezernent(?:in)?|rat"
    r"|vize[\s-]?(?:bürgermeister(?:in)?|gouverneur(?:in)?)|vice-(?:maire|gouverneur|présidente?)|"
    r"maire-adjointe?|loco-?burgemeester|vice-?gouverneur|vice[\s-]governor"
    r")(?![\w-])",
    re.IGNORECASE,
)
_OFFICIAL_WORDS = (
    "Lord lord mayor Mayor MAYOR provost deputy vice governor councillor councilors council "
    "councilmembers aldermen alderman officials burgemeester burgemeesters schepen schepenen "
    "wethouder gedeputeerde college gemeenteraad raadsleden raadslid delegates délégués "
    "DÉLÉGUÉS afgevaardigden delegierte delegierten stadtratsmitglieder ratsmitglieder stadt "
    "ratsherren conseillers conseillères municipaux municipales maire adjoint adjointe conseil "
    "municipal élus Élus délégation bisontine ober oberbürgermeister Bürgermeisterin landrat "
    "stadtrat dezernent dezernentin rat Rat vize vizebürgermeister gouverneur vice-maire "
    "vice-présidente maire-adjointe loco burgemeester vice-gouverneur İ ſ x -"
).split()


@settings(max_examples=400, deadline=None)
@given(text=_texts(_OFFICIAL_WORDS), data=st.data())
def test_official_same_matches_as_the_old_pattern(text: str, data: st.DataObject) -> None:
    """OFFICIAL, opening with its words' first characters in any case, finds what the old
    alternation finds from every start of any window."""
    from cityties.extraction.extractors import _lexicon_visits

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _found(_lexicon_visits.OFFICIAL, text, lo, hi) == _found(_OLD_OFFICIAL, text, lo, hi)


@pytest.mark.parametrize(
    "text", ["the Lord Mayor led", "de loco-burgemeester was", "der Oberbürgermeisterin und"]
)
def test_official_examples(text: str) -> None:
    """On written phrases OFFICIAL matches where the old pattern does."""
    from cityties.extraction.extractors import _lexicon_visits

    new = _found(_lexicon_visits.OFFICIAL, text, 0, len(text))
    assert new == _found(_OLD_OFFICIAL, text, 0, len(text))
    assert any(new)
