"""The fast paths of the place scanner give what the plain definitions give (speed work on the
places extractor must not change its output)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.extraction.extractors import places
from cityties.extraction.extractors._places_country import (
    _DOMAIN,
    _PHONE_PREFIX,
    _domains,
    _phone_prefixes,
)
from cityties.extraction.extractors._places_scan import (
    _CUE_AFTER,
    _FOLDED,
    _LINKED,
    _RUN_SPLIT,
    _WEB_START,
    RawSpan,
    Tokens,
    cue_after,
    web_starts,
    word_runs,
)
from cityties.extraction.extractors.places import _MAY_QUALIFY, _may_qualify
from cityties.extraction.gazetteer import ResolveContext, load, name_key


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Leuven met the delegation of Xiamen in the city hall.",
        "Malmö and Göteborg signed with Zürich; the Straße was closed.",
        "China's Kunming and the people's Republic of China, l'Europe et d'Anvers.",
        "Le maire de Saint-Étienne et la ville d'Aix-en-Provence, qu'il aime.",
        "台州 and Taizhou (Zhejiang) ﬁscal ＴＯＫＹＯ İstanbul",
    ],
)
def test_tokens_folds_are_the_gazetteer_keys_of_the_words(text: str) -> None:
    """Every token's fold is `name_key` of its word, whether the words are all ASCII (the
    lower-cased words stand in) or some are not (those are folded one by one)."""
    tk = Tokens(text)
    assert tk.folds == [_FOLDED[w] for w in tk.words]
    assert tk.folds == [name_key(w) for w in tk.words]
    assert tk.ascii_words == all(w.isascii() for w in tk.words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé'’ -.\nLdQus中ßK")), max_size=40))
def test_tokens_key_of_any_span_is_the_plain_definition(text: str) -> None:
    """`Tokens.key(i, j)` equals the word-by-word definition (a possessive adds its "s"
    inside a name, an elided article glues to the next word) for every span of tokens."""
    tk = Tokens(text)

    def plain(i: int, j: int) -> str:
        parts: list[str] = []
        glue = False
        for k in range(i, j):
            f = tk.folds[k] + ("s" if k in tk.possessive and k < j - 1 else "")
            if glue and parts:
                parts[-1] += f
            else:
                parts.append(f)
            glue = k in tk.elided
        return " ".join(parts)

    for i in range(tk.n):
        for j in range(i, min(tk.n, i + 4) + 1):
            assert tk.key(i, j) == plain(i, j)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris's museums and the people's choice", "paris"),
        ("l'Europe d'Anvers", "l"),
    ],
)
def test_tokens_key_of_one_token_is_its_fold(text: str, expected: str) -> None:
    """A one-token key is the token's fold even where the text has possessives or elisions."""
    tk = Tokens(text)
    assert tk.possessive or tk.elided
    assert tk.key(0, 1) == tk.folds[0] == expected


def test_raw_span_defaults_and_fields() -> None:
    """A RawSpan made with only its first four fields has the documented defaults; every
    field can be set afterwards (resolution sets `entry` and `resolved`)."""
    s = RawSpan(3, 9, "place", "Leuven", key="leuven")
    assert (s.start, s.end, s.kind, s.name, s.key) == (3, 9, "place", "Leuven", "leuven")
    assert s.org_kind is None and s.place_name is None and s.kinds == ()
    assert not (s.cue or s.government or s.weak or s.initial or s.resolved)
    assert s.entry is None
    s.entry, s.resolved = 42, True
    assert (s.entry, s.resolved) == (42, True)
    assert repr(s).startswith("RawSpan(3, 9, 'place', 'Leuven'")


def test_resolve_context_is_a_value() -> None:
    """Contexts with the same fields are equal and interchangeable as keys; a context is never
    equal to an object of another type."""
    a = ResolveContext(countries=("CN",), admin1=("Zhejiang",))
    b = ResolveContext(("CN",), ("Zhejiang",))
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != ResolveContext(countries=("CN",))
    assert a != ("CN",)
    assert (a.countries, a.admin1, a.kinds, a.country_bonus) == (("CN",), ("Zhejiang",), (), ())


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("The City of Leuven welcomed guests. Leuven is a university town.", "Leuven", 2),
        (
            "Die Stadt Freiburg im Breisgau grüßt. Freiburgs Partner kamen nach Freiburg.",
            "Freiburg",
            3,
        ),
    ],
)
def test_places_repeated_names_found_again(text: str, name: str, count: int) -> None:
    """A place the document named once is found again at its later bare uses, a German
    genitive ('Freiburgs') too: the prefilter of repeated names keeps every token that starts
    a known name."""
    from cityties.extraction import extract

    doc = extract(text).doc
    found = [m for m in doc.mentions if m.kind == "place" and m.name.startswith(name)]
    assert len(found) == count


_CUE_PIECES = st.sampled_from(
    [
        "twinned with ",
        "TWINNED WITH ",
        "sister cities of ",
        "Städtepartnerschaft mit ",
        "STÄDTEPARTNERSCHAFTEN ",
        "partnerstädte von ",
        "jumelée avec ",
        "villes partenaires de ",
        "liens d’amitié avec ",
        "verzusterd met ",
        "untwinned with ",
        "the city of ",
        "Kiel",
        "Brest",
        "Sète",
        " and ",
        ", ",
        "ſister cities of ",
        "twınned with ",
        "Städtepartnerschaft",
        "İ",
        "ﬁ",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=12).map("".join))
def test_partner_cues_found_as_finditer_finds_them(text: str) -> None:
    """The twinning cues tried only at their stems give exactly the matches of a scan of the
    whole text (upper case, cues inside words, overlapping stems, and characters that
    lower-casing lengthens or IGNORECASE folds otherwise)."""
    from cityties.extraction.extractors._places_partners import _AFTER_CUE, _after_cues

    found = _after_cues(text, text.casefold())
    assert [m.span() for m in found] == [m.span() for m in _AFTER_CUE.finditer(text)]


# --------------------------------------------------------------------------------------------
# speed-p: literal searches and line starts instead of patterns tried at every character

_PAIR_PIECES = st.sampled_from(["Ningbo-Zhoushan", "-", " ", "x", "_", "Ningbo", "é", "\n", "2"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PAIR_PIECES, max_size=10).map("".join))
def test_whole_hits_are_the_matches_of_the_bounded_pattern(text: str) -> None:
    """A hyphenated name is found wherever the pattern with look-arounds for word characters
    and hyphens finds it, and nowhere else (names glued to letters, digits, "_" or a hyphen
    are no hits)."""
    import re

    from cityties.extraction.extractors._places_scan import _whole_hits

    for name in ("Ningbo-Zhoushan", "Zhoushan"):
        pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
        assert _whole_hits(text, name) == [m.span() for m in re.finditer(pattern, text)]


_STEM_PIECES = st.sampled_from(
    ["twin", "partnerschaft", "städte", "ville", "liens", "s", "t", "p", " ", "zusterst", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_STEM_PIECES, max_size=10).map("".join))
def test_cue_stems_found_where_the_first_letter_pattern_found_them(text: str) -> None:
    """Every offset where a cue stem starts is listed once, in order, stems inside other
    stems included ("partner" inside "städtepartnerschaft")."""
    import re

    from cityties.extraction.extractors._places_partners import _stem_starts

    old = re.compile(
        r"t(?=win)|s(?=ister|tedenband|tädtepartnerschaft)|p(?=artner)|"
        r"f(?=riendship|reundschaftliche)|v(?=erzusterd|riendschapsband|erbroederd|ille|"
        r"erschwistert)|z(?=usterst)|j(?=umel)|l(?=iens)"
    )
    assert _stem_starts(text) == [m.start() for m in old.finditer(text)]


_HEADING_PIECES = st.sampled_from(
    ["Twin towns", "Our", "\n", " ", "Partnerstädte", ":", " Lyon, Kiel", "- Brest (1990)", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEADING_PIECES, max_size=10).map("".join))
def test_partner_headings_found_at_line_starts_as_finditer_finds_them(text: str) -> None:
    """Partner-town headings tried at line starts only are the matches of a scan of every
    character (headings over two lines, headings in the middle of a line)."""
    from cityties.extraction.extractors._places_partners import _HEADING, _headings

    assert [m.span() for m in _headings(text)] == [m.span() for m in _HEADING.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kiel is twinned with Tallinn. The city manager and the city clerk met.",
        "Straße und STRASSE: Partnerstädte von Lübeck",
    ],
)
def test_scanner_folded_text_is_the_case_folded_text(text: str) -> None:
    """The scanner folds its text once, as `str.casefold` does, for every reader."""
    from cityties.extraction.extractors._places_scan import Scanner
    from cityties.extraction.gazetteer import load

    sc = Scanner(text, "en", load(), {0})
    assert sc.folded() == text.casefold()
    assert sc.folded() is sc.folded()


@pytest.mark.parametrize(
    "text",
    ["", "no marks", "l'Europe et d’Anvers", "’'’", "China's Kunming’s port'"],
)
def test_apostrophe_marks_are_every_apostrophe_in_order(text: str) -> None:
    """Both apostrophes are found, each once, in text order."""
    from cityties.extraction.extractors._places_scan import _apostrophe_marks

    assert _apostrophe_marks(text) == [i for i, c in enumerate(text) if c in "'’"]


@pytest.mark.parametrize(
    "text",
    [
        "Kiel is twinned with Tallinn and Brest. The City Manager wrote to the City Clerk.",
        "Die Städtepartnerschaft mit Vaasa besteht seit 1957. Großstadt Kiel.",
        "Twin towns:\nCoventry (1962)\nSOVETSK (1992)",
        "La ville est jumelée avec Kiel « depuis » 1990 ; ville partenaire de Gdynia.",
    ],
)
def test_places_read_the_index_lower_case_as_the_case_folded_text(text: str) -> None:
    """The places of a document are the same whether the partner cues and the home country
    read the text case-folded or the lower-cased text of the document's index."""
    from cityties.extraction import extract
    from cityties.extraction.extractors import places
    from cityties.extraction.extractors._places_scan import Scanner

    def spans(folded_by_index: bool) -> tuple[object, ...]:
        original = Scanner.__init__

        def init(self: Scanner, *args: object) -> None:
            if not folded_by_index:
                args = args[:4]
            original(self, *args)  # type: ignore[arg-type]

        Scanner.__init__ = init  # type: ignore[method-assign]
        try:
            doc = extract(text).doc
        finally:
            Scanner.__init__ = original  # type: ignore[method-assign]
        return (doc.country, *doc.mentions)

    assert places.Scanner is Scanner
    assert spans(True) == spans(False)


@pytest.mark.parametrize(
    "text",
    [
        "News\n\t  SISTER CITIES of Kiel: Lyon, Brest\nOther text",
        "ſister cities:\n- Lyon (1990)\n",
        "İts twin towns\nKiel\n\nOnze zustersteden: Tiel en Gdynia",
        "  \n \nJumelages\nVilles jumelées : Kiel et Brest",
    ],
)
def test_partner_headings_skip_lines_no_heading_word_opens(text: str) -> None:
    """Lines whose first character opens no heading word are skipped without changing what
    is found, also where a character outside ASCII matches a heading letter ignoring case."""
    from cityties.extraction.extractors._places_partners import _HEADING, _headings

    assert [m.span() for m in _headings(text)] == [m.span() for m in _HEADING.finditer(text)]


# ---- speed-p (session 9): token offsets and capitals, partner cues, lower-case words

_TOKEN_PIECES = [
    "eThekwini",
    "iPad",
    "aB",
    "Kiel",
    "x_y",
    "l'",
    "Qu'",
    "’s",
    "'",
    " ",
    "\n",
    "-",
    "7",
    "é",
    "ß",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=12).map("".join))
def test_tokens_offsets_and_camel_capitals_are_the_plain_definitions(text: str) -> None:
    """The token offsets are the running sums of the split's parts, and a word such as
    "eThekwini" (a lower-case letter, an ASCII capital, then lower case, no "_" before it, not
    after an elided article) counts as capitalised, as the plain definitions over the text
    say."""
    import re

    from cityties.extraction.extractors import _places_scan as ps

    tk = Tokens(text)
    parts = (ps._TOKEN_SPLIT_W if "_" not in text else ps._TOKEN_SPLIT).split(text)
    offsets = [sum(map(len, parts[: k + 1])) for k in range(len(parts))]
    assert tk.starts == offsets[0:-1:2]
    assert [e + 2 if k in tk.possessive else e for k, e in enumerate(tk.ends)] == offsets[1::2]
    for m in re.finditer(r"(?<=[^\W\d_A-Z])[A-Z]", text):
        s = m.start() - 1
        if s in tk.starts and tk.starts.index(s) not in tk.elided:
            k = tk.starts.index(s)
            w = tk.words[k]
            if len(w) > 2 and w[0].islower() and w[2:].islower() and (s == 0 or text[s - 1] != "_"):
                assert tk.caps[k]


_CUE_PIECES = [
    "After",
    "after",
    "Nach",
    "Na",
    "na",
    "Après",
    "Following",
    " ",
    "  ",
    "\t",
    "\n",
    ". ",
    ":",
    "-",
    "Kiel",
    " and ",
    "Bonn, ",
    "x",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=14).map("".join))
def test_partner_fronted_lists_found_by_find_as_by_the_patterns(text: str) -> None:
    """The fronted-list stems and matches found from `str.find` hits are those of the
    patterns run over the whole text."""
    import re

    from cityties.extraction.extractors import _places_partners as pp

    stems = re.compile(r"(?<![\w-])(?:nach|après|after|following|na)\s")
    assert pp._has_fronted_stem(text.casefold()) == (stems.search(text.casefold()) is not None)
    assert [m.span() for m in pp._fronted_matches(text)] == [
        m.span() for m in pp._FRONTED.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Reading is fun. We went reading in Reading.", "reading", True),
        ("Reading is fun. We went to Reading.", "reading", False),
        ("Write to info@bath.org about Bath.", "bath", False),
        ("A warm bath in Bath.", "bath", True),
        ("The bathroom in Bath.", "bath", False),
    ],
)
def test_scanner_written_in_lower_case_finds_whole_words_outside_addresses(
    text: str, word: str, expected: bool
) -> None:
    """A capitalised word is also an ordinary word when the text writes it in lower case as a
    whole word, outside e-mail addresses and URLs."""
    from cityties.extraction.extractors._places_scan import Scanner
    from cityties.extraction.gazetteer import load

    sc = Scanner(text, "en", load(), {0})
    assert sc.written_in_lower_case(word) is expected


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["l", "L", "d", "qu", "Qu", "s", "a", "'", "’", " ", "-", "2", "²", "é"]),
        max_size=14,
    ).map("".join)
)
def test_tokens_joined_runs_are_the_tokens_of_the_token_pattern(text: str) -> None:
    """The runs of word characters joined at apostrophes are the tokens the token pattern
    splits: elided articles and "qu'" before a letter apart, other runs an apostrophe joins
    as one word."""
    from cityties.extraction.extractors import _places_scan as ps

    tk = Tokens(text)
    parts = ps._TOKEN_SPLIT_W.split(text)
    words = parts[1::2]
    for k in tk.possessive:
        words[k] = words[k][:-2]
    assert tk.words == words
    assert tk.starts == [sum(map(len, parts[:k])) for k in range(1, len(parts) - 1, 2)]


def _runs_by_pattern(text: str) -> tuple[list[int], list[int], list[str], list[str]]:
    """The runs of `\\w` of a text by `_RUN_SPLIT.split` (the definition `word_runs` keeps)."""
    parts = _RUN_SPLIT.split(text)
    starts: list[int] = []
    ends: list[int] = []
    pos = len(parts[0])
    for k in range(1, len(parts) - 1, 2):
        starts.append(pos)
        pos += len(parts[k])
        ends.append(pos)
        pos += len(parts[k + 1])
    return starts, ends, parts[1::2], parts[2:-1:2]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé9²½ ?-.,\n\t’–“•\xa0ßÿ×")), max_size=40))
def test_word_runs_are_the_runs_the_pattern_splits(text: str) -> None:
    """Without a word character outside Latin-1, `word_runs` gives the starts, ends, words and
    gaps that splitting at `(\\w+)` gives (digits, "²" and "½" are word characters; a "?", a
    curly quote, a dash or a no-break space is none)."""
    assert word_runs(text) == _runs_by_pattern(text)


@pytest.mark.parametrize("text", ["Taizhou 台州 city", "Łódź and Kraków", "ﬁscal year"])
def test_word_runs_leave_word_characters_outside_latin1_to_the_pattern(text: str) -> None:
    """A word character outside Latin-1 (a Chinese character, "Ł", the ligature "ﬁ") gives None,
    and the tokens are those of the pattern."""
    assert word_runs(text) is None
    tk = Tokens(text)
    starts, ends, words, _ = _runs_by_pattern(text)
    assert (tk.starts, tk.ends, tk.words) == (starts, ends, words)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list(" \t\n\xa0(,-Aaxbsdeintuxmgo")), max_size=16),
    st.integers(min_value=0, max_value=16),
    st.integers(min_value=0, max_value=20),
)
def test_place_cue_and_qualifier_tests_are_their_patterns(text: str, pos: int, stop: int) -> None:
    """`cue_after` and `places._may_qualify` say what `_CUE_AFTER` and `_MAY_QUALIFY` match
    from `pos` (with the end the cue test is given)."""
    pos = min(pos, len(text))
    assert cue_after(text, pos, stop) == (_CUE_AFTER.match(text, pos, stop) is not None)
    assert _may_qualify(text, pos) == (_MAY_QUALIFY.match(text, pos) is not None)


@pytest.mark.parametrize(
    ("after", "cue", "qualifier"),
    [
        (" (Zhejiang)", True, True),
        (", Japan", True, True),
        ("-based firm", True, False),
        (" in Spain", False, True),
        (" signed", False, False),
    ],
)
def test_place_cue_and_qualifier_tests_read_real_cues(
    after: str, cue: bool, qualifier: bool
) -> None:
    """After a place, a bracket or a comma and a capital is a cue and may qualify it, "-based"
    is a cue only, "in" and a name may qualify it only, a verb does neither."""
    text = "Taizhou" + after
    assert cue_after(text, 7, 47) is cue
    assert _may_qualify(text, 7) is qualifier


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("wWhtpsS:/.@+ 3a-ſİ_\n")), max_size=40))
def test_web_domain_and_phone_starts_are_the_pattern_matches(text: str) -> None:
    """The web starts, the domains and the phone prefixes tried at their literals are what the
    patterns find over the whole text (upper case, "ſ" and "İ" included)."""
    assert web_starts(text) == [m.start() for m in _WEB_START.finditer(text)]
    assert [m.span() for m in _domains(text)] == [m.span() for m in _DOMAIN.finditer(text)]
    assert [m.span() for m in _phone_prefixes(text)] == [
        m.span() for m in _PHONE_PREFIX.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "domains", "prefixes"),
    [
        ("Mail info@gent.be or see WWW.Gent.BE, tel +32 9 210 10 10.", ["be", "BE"], ["32"]),
        ("Visit https://www.xiamen.gov.cn/en today; call +86-592-1234567", ["cn"], ["86"]),
        ("No address here, 3+4 is seven.", [], []),
    ],
)
def test_home_country_reads_domains_and_phone_prefixes(
    text: str, domains: list[str], prefixes: list[str]
) -> None:
    """Country domains of e-mail and web addresses and international phone prefixes are found
    where they are written, in any case."""
    assert [m.group(1) for m in _domains(text)] == domains
    assert [m.group(1) for m in _phone_prefixes(text)] == prefixes


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("lLdqu'’ sa_-é中\n")), max_size=30))
def test_tokens_links_are_the_plain_definition(text: str) -> None:
    """Two tokens are linked by a gap that joins a name, and across an empty gap only after an
    elided article ("l'Europe"), whether the text was split by runs or by the token pattern."""
    tk = Tokens(text)
    plain = [
        (k in tk.elided) if not g else (g in (" ", "-") or _LINKED[g])
        for k, g in enumerate(tk.gaps)
    ]
    assert tk.link == plain


def _qualifier_by_every_pattern(after: str) -> tuple[str | None, str | None]:
    """`places._qualifier_of` as it was written: every pattern tried in turn."""
    gaz = load()
    m = places._Q_PAREN.match(after)
    if m is None:
        m = places._Q_COMMA.match(after)
        if m is not None and places._in_a_list(after, m.end(), gaz):
            return None, None
    if m is None:
        m = places._Q_IN_REGION.match(after)
    if m is None:
        m = places._Q_IN.match(after)
    if m is None:
        return None, None
    raw = m.group(1).strip()
    found = places._qualifier_name(raw, after, gaz)
    if found == (None, None):
        cut = places._SENTENCE_END.split(raw, 1)[0]
        if cut != raw:
            found = places._qualifier_name(cut, after, gaz)
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [" ", "\n", "(", ")", ",", " in ", " en ", " dans ", " aux ", " im ", " the ",
             "province", "Zhejiang", "Japan", "Spain", "Flanders", "West", "of", "US-", "."]
        ),
        max_size=8,
    ).map("".join)
)  # fmt: skip
def test_qualifier_after_a_place_is_what_every_pattern_gives(after: str) -> None:
    """The country or region after a place, each pattern tried only where its first character
    is, is what trying every pattern in turn gives."""
    assert places._qualifier_of(after, load()) == _qualifier_by_every_pattern(after)


@pytest.mark.parametrize(
    ("after", "country"),
    [
        (" (Zhejiang province) signed", "CN"),
        (", Japan, and", "JP"),
        (" in Spain", "ES"),
        (" signed", None),
    ],
)
def test_qualifier_after_a_place_reads_real_wordings(after: str, country: str | None) -> None:
    """A province in brackets, a country after a comma or after "in" qualifies a place."""
    assert places._qualifier_of(after, load())[0] == country
