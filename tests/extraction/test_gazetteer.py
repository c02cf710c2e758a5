"""The gazetteer: names, alternate names, Chinese characters and context resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from cityties.extraction import gazetteer
from cityties.extraction.gazetteer import Gazetteer, ResolveContext, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer.load()


def test_gazetteer_load_is_cached(gaz: Gazetteer) -> None:
    """load() returns the same process-wide instance every time."""
    assert gazetteer.load() is gaz


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Ghent", "Gent"), ("Gent", "Gent"), ("Gand", "Gent"), ("GHENT", "Gent"), ("gent", "Gent")],
)
def test_gazetteer_lookup_ghent_names(gaz: Gazetteer, name: str, expected: str) -> None:
    """English, Dutch and French names of Ghent, in any case, find Gent in Belgium first."""
    best = gaz.lookup(name)[0]
    assert (best.name, best.country, best.kind) == (expected, "BE", "city")
    assert best.geonameid == 2797656


def test_gazetteer_lookup_accent_insensitive(gaz: Gazetteer) -> None:
    """Accents do not matter: 'Liege' finds Liège."""
    assert gaz.lookup("Liege")[0].name == "Liège"


def test_gazetteer_two_taizhous(gaz: Gazetteer) -> None:
    """Taizhou names two prefecture cities, one in Jiangsu (泰州), one in Zhejiang (台州)."""
    refs = [r for r in gaz.lookup("Taizhou") if r.kind == "city" and r.country == "CN"]
    by_region = {r.admin1: r for r in refs if r.population and r.population > 1_000_000}
    assert set(by_region) == {"Jiangsu", "Zhejiang"}
    assert by_region["Zhejiang"].name_zh == "台州"
    assert by_region["Zhejiang"].pinyin == "Tāizhōu"
    assert by_region["Zhejiang"].admin1_code == "CN-ZJ"


@pytest.mark.parametrize("region", ["Zhejiang", "Zheijang province", "zhejiang Province"])
def test_gazetteer_resolve_taizhou_by_region(gaz: Gazetteer, region: str) -> None:
    """An admin region, even misspelt, selects Taizhou in Zhejiang."""
    ref = gaz.resolve("Taizhou", admin1=region)
    assert ref is not None
    assert (ref.admin1, ref.name_zh) == ("Zhejiang", "台州")


def test_gazetteer_lookup_chinese_characters(gaz: Gazetteer) -> None:
    """Chinese characters find the place they write."""
    ref = gaz.lookup("台州")[0]
    assert (ref.name, ref.admin1) == ("Taizhou", "Zhejiang")


def test_gazetteer_resolve_dublin_in_us_context(gaz: Gazetteer) -> None:
    """Without context Dublin is the Irish capital; in a US context, Dublin, California."""
    plain = gaz.resolve("Dublin")
    assert plain is not None and plain.country == "IE"
    us = gaz.resolve("Dublin", context=ResolveContext(countries=("US",)))
    assert us is not None and (us.country, us.admin1) == ("US", "California")
    ohio = gaz.resolve("Dublin", admin1="Ohio")
    assert ohio is not None and ohio.admin1 == "Ohio"


def test_gazetteer_resolve_country_filter(gaz: Gazetteer) -> None:
    """A country restricts the candidates; no candidate there gives None."""
    ref = gaz.resolve("Jinhua", country="China")
    assert ref is not None and ref.admin1 == "Zhejiang"
    assert gaz.resolve("Jinhua", country="BE") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [("BE", "BE"), ("BEL", "BE"), ("Belgium", "BE"), ("België", "BE"), ("Chine", "CN"),
     ("People's Republic of China", "CN"), ("U.S.", "US"), ("Deutschland", "DE")],
)  # fmt: skip
def test_gazetteer_country_by_code_or_name(gaz: Gazetteer, name: str, code: str) -> None:
    """Countries are found by ISO code and by name in English, Dutch, French or German."""
    ref = gaz.country(name)
    assert ref is not None
    assert (ref.kind, ref.country) == ("country", code)


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [("Zhejiang", "CN", "admin1"), ("Shandong", "CN", "admin1"), ("Jiangsu", "CN", "admin1"),
     ("Anhui", "CN", "admin1"), ("New South Wales", "AU", "admin1"), ("Yvelines", "FR", "admin2"),
     ("Provincie Antwerpen", "BE", "admin2")],
)  # fmt: skip
def test_gazetteer_admin_regions(gaz: Gazetteer, name: str, country: str, kind: str) -> None:
    """Admin1 and admin2 regions are entries of their own."""
    ref = next(r for r in gaz.lookup(name) if r.kind == kind)
    assert ref.country == country
    assert ref.geonameid is None


def test_gazetteer_admin1_fuzzy(gaz: Gazetteer) -> None:
    """admin1() forgives a misspelling and the word 'province'."""
    ref = gaz.admin1("Zheijang province", country="CN")
    assert ref is not None and (ref.name, ref.admin1_code) == ("Zhejiang", "CN-ZJ")
    assert gaz.admin1("Qwxyzzy") is None


def test_gazetteer_by_id(gaz: Gazetteer) -> None:
    """by_id() returns the entry with that GeoNames id, None for an unknown id."""
    ref = gaz.by_id(2797656)
    assert ref is not None and ref.name == "Gent"
    assert gaz.by_id(-5) is None


def test_gazetteer_cities_min_population(gaz: Gazetteer) -> None:
    """cities() yields only cities of at least the given population."""
    big = list(gaz.cities(min_population=5_000_000))
    assert big and all(r.kind == "city" and (r.population or 0) >= 5_000_000 for r in big)
    assert any(r.name == "Shanghai" for r in big)


def test_gazetteer_name_key_folds() -> None:
    """name_key drops accents, case and punctuation."""
    assert name_key("Sint-Petersburg") == "sint petersburg"
    assert name_key("Liège") == "liege"
    assert name_key("Xi'an") == "xian"


@pytest.mark.slow
def test_gazetteer_build_cache_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """build_cache() writes the versioned file and leaves no temporary file behind."""
    monkeypatch.setenv("CITYTIES_CACHE_DIR", str(tmp_path))
    path = gazetteer.build_cache()
    assert path.name == f"gazetteer-v{gazetteer.CACHE_VERSION}.marshal"
    assert path.parent == tmp_path
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert gazetteer.build_cache() == path


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Flemish Brabant", "Provincie Vlaams-Brabant"),
     ("West Flanders", "Provincie West-Vlaanderen"),
     ("Flandre-Occidentale", "Provincie West-Vlaanderen"), ("Noord-Brabant", "North Brabant"),
     ("Beieren", "Bavaria"), ("Zuid-Holland", "South Holland")],
)  # fmt: skip
def test_gazetteer_region_names_in_other_languages(
    gaz: Gazetteer, name: str, expected: str
) -> None:
    """Regions are found by English exonyms and by their Dutch, French and German names."""
    assert gaz.lookup(name)[0].name == expected


@pytest.mark.parametrize(
    ("name", "expected", "code"),
    [
        ("Sachsen-Anhalt", "Saxony-Anhalt", "DE-ST"),
        ("Nordrhein-Westfalen", "North Rhine-Westphalia", "DE-NW"),
        ("Steiermark", "Styria", "AT-6"),
        ("Bretagne", "Brittany", "FR-BRE"),
        ("Toscana", "Tuscany", "IT-52"),
    ],
)
def test_gazetteer_regions_by_their_own_names(
    gaz: Gazetteer, name: str, expected: str, code: str
) -> None:
    """A region whose English GeoNames name is unlike its ISO name is found by its own name
    (paired with its ISO subdivision by likeness across translations) and carries its code."""
    hits = [r for r in gaz.lookup(name) if r.kind == "admin1"]
    assert [(r.name, r.admin1_code) for r in hits] == [(expected, code)]


def test_gazetteer_paired_regions_take_no_translated_common_nouns(gaz: Gazetteer) -> None:
    """A region paired by likeness adds its own name only: Denmark's capital region is found as
    'Hovedstaden', and the Dutch word 'hoofdstad' (capital) names no region."""
    assert [r.name for r in gaz.lookup("Hovedstaden") if r.kind == "admin1"] == ["Capital Region"]
    assert not [r for r in gaz.lookup("Hoofdstad") if r.kind == "admin1"]


def test_gazetteer_word_lists(gaz: Gazetteer) -> None:
    """First names, Chinese surnames, pinyin syllables and common words come with the index;
    a first name that names a populous place or is an ordinary word is left out."""
    assert {"julie", "pieter", "katrin"} <= gaz.first_names
    assert "florence" not in gaz.first_names and "may" not in gaz.first_names
    assert {"wang", "sun", "zhang"} <= gaz.cn_surnames
    assert {"hai", "lin", "xiao"} <= gaz.pinyin_syllables
    assert {"area", "economy"} <= gaz.common_words


def test_gazetteer_distance_km(gaz: Gazetteer) -> None:
    """distance_km gives the great-circle distance between two entries."""
    lille = next(i for i, _ in gaz.entries("Lille") if gaz.country_of(i) == "FR")
    roubaix = gaz.entries("Roubaix")[0][0]
    paris = gaz.entries("Paris")[0][0]
    assert gaz.distance_km(lille, roubaix) < 20
    assert 150 < gaz.distance_km(lille, paris) < 250


def test_gazetteer_chinese_name_simplified_on_the_mainland() -> None:
    """The Chinese characters of a place: simplified on the mainland, traditional in Taiwan,
    whatever order GeoNames lists them in."""
    from cityties.extraction.gazetteer_build import _choose_zh

    for alts in (["大連", "大连", "大連市"], ["大连市", "大連", "大连"]):
        assert _choose_zh("Dalian", alts) == "大连"
        assert _choose_zh("Dalian", alts, traditional=True) == "大連"
    assert _choose_zh("Dalian", ["旅大"]) is None


def test_gazetteer_chinese_name_of_dalian(gaz: Gazetteer) -> None:
    ref = gaz.lookup("Dalian")[0]
    assert (ref.country, ref.name_zh) == ("CN", "大连")


@pytest.mark.parametrize(
    ("name", "prior", "country"),
    [
        ("Lille", "BE", "FR"),  # a village of 15,000 in Flanders; the French city of 230,000
        ("Paris", "US", "FR"),  # Paris, Texas (25,000)
        ("Newcastle", "US", "AU"),  # a hamlet of 1,200 in the US
    ],
)
def test_gazetteer_resolve_prior_does_not_beat_a_well_known_city(
    gaz: Gazetteer, name: str, prior: str, country: str
) -> None:
    """A document's country alone does not make a small town win over a well-known city at least
    ten times its size abroad."""
    ref = gaz.resolve(name, context=ResolveContext(countries=(prior,)))
    assert ref is not None and ref.country == country


def test_gazetteer_resolve_prior_with_a_regional_bonus_still_loses(gaz: Gazetteer) -> None:
    """The regions a document names are a prior too: Flanders named elsewhere in a Belgian
    text does not make 'Lille' the Flemish village."""
    ctx = ResolveContext(countries=("BE",), admin1=("Flanders",), country_bonus=(2.5,))
    ref = gaz.resolve("Lille", context=ctx)
    assert ref is not None and (ref.country, ref.name) == ("FR", "Lille")


def test_gazetteer_resolve_small_town_when_the_text_qualifies_it(gaz: Gazetteer) -> None:
    """A country or region written at the name ('Lille, Belgium', 'Lille (West Flanders)')
    restricts the candidates: the small town is found."""
    ref = gaz.resolve("Lille", country="BE", context=ResolveContext(countries=("BE",)))
    assert ref is not None and (ref.country, ref.admin1) == ("BE", "Flanders")
    ref = gaz.resolve("Lille", admin1="Flanders", context=ResolveContext(countries=("BE",)))
    assert ref is not None and ref.country == "BE"


def test_gazetteer_resolve_namesakes_of_standing_keep_the_prior(gaz: Gazetteer) -> None:
    """A home-country namesake that is a city in its own right, or one not ten times smaller,
    keeps the document's prior: Dublin, California (58,000) in a US text; Birmingham, Alabama
    (196,000) against Birmingham, England; Halle in Belgium against Halle (Saale)."""
    for name, prior, admin1 in [
        ("Dublin", "US", "California"),
        ("Birmingham", "US", "Alabama"),
        ("Halle", "BE", "Flanders"),
    ]:
        ref = gaz.resolve(name, context=ResolveContext(countries=(prior,)))
        assert ref is not None and (ref.country, ref.admin1) == (prior, admin1)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Zuid-Korea", "KR"),
        ("Corée du Sud", "KR"),
        ("Südkorea", "KR"),
        ("Nordkorea", "KP"),
        ("Russie", "RU"),
        ("Tansania", "TZ"),
    ],
)
def test_gazetteer_translated_common_country_names(gaz: Gazetteer, name: str, country: str) -> None:
    """pycountry's translated common and official names of a country, and the head of an
    inverted one ('Russie, Fédération de'), name the country."""
    ref = gaz.country(name)
    assert ref is not None and ref.country == country


def test_gazetteer_inverted_adjective_is_no_country_name(gaz: Gazetteer) -> None:
    """The adjective heading an inverted translation ('Syrienne, République arabe') is no name."""
    assert gaz.lookup("Syrienne") == []


@pytest.mark.parametrize("name", ["Vlaanderen", "Flandre", "Flandern"])
def test_gazetteer_local_names_of_flanders(gaz: Gazetteer, name: str) -> None:
    """The Dutch, French and German names of Flanders find the Belgian region."""
    ref = gaz.lookup(name)[0]
    assert (ref.name, ref.kind, ref.country) == ("Flanders", "admin1", "BE")


def test_gazetteer_inverted_name_without_a_state_word_keeps_its_tail(gaz: Gazetteer) -> None:
    """'Christmas, Île' (Christmas Island in French) gives no country called 'Christmas'."""
    assert all(ref.kind != "country" for ref in gaz.lookup("Christmas"))


@pytest.mark.parametrize(
    ("sentence", "region", "country"),
    [("Zhejiang en Niedersachsen tekenden een akkoord", "Niedersachsen", "DE"),
     ("la Wallonie et le Shandong ont signé", "Wallonie", "BE"),
     ("Wallonië en Jiangsu werken samen", "Wallonië", "BE"),
     ("eine Delegation aus Niederschlesien besuchte Sichuan", "Niederschlesien", "PL"),
     ("Neder-Silezië en Hubei", "Neder-Silezië", "PL"),
     ("la Basse-Saxe et le Zhejiang", "Basse-Saxe", "DE"),
     ("a delegation from Lower Saxony visited Anhui", "Lower Saxony", "DE")],
)  # fmt: skip
def test_gazetteer_admin1_local_names(
    gaz: Gazetteer, sentence: str, region: str, country: str
) -> None:
    """A first-level region paired with its ISO subdivision by likeness has the subdivision's
    Dutch, French and German names ('Niedersachsen', 'Neder-Silezië', 'Wallonië')."""
    assert region in sentence
    ref = next((r for r in gaz.lookup(region) if r.kind == "admin1"), None)
    assert ref is not None and ref.country == country


def test_gazetteer_admin1_no_common_noun() -> None:
    """A translation that is a common noun ('Hoofdstad' for 'Hovedstaden') or one with a kind
    word after a comma keeps only the name ('Wallonië, Gewest' -> 'Wallonië')."""
    import gettext

    from cityties.extraction.gazetteer_build import _translated

    class _Nl(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Hovedstaden": "Hoofdstad", "wallonne, Région": "Wallonië, Gewest"}[message]

    assert _translated("Hovedstaden", [_Nl()], "Capital Region", paired=True) == []
    assert _translated("wallonne, Région", [_Nl()], "Wallonia") == ["Wallonië"]
