"""Extractor cityties.contacts: people and offices the text gives as contacts.

Contact details come in blocks of short lines (an office name and its phone, then a person,
their unit, their phone and e-mail) or inline ("Contact: Jane Doe, Press Office,
+32 9 266 52 85"). A block is walked line by line: an organisation line opens an office, a
name line opens a person, unit and role lines describe the open person, phone and e-mail
lines attach to it. Only people and offices given with a phone, an e-mail or an explicit
contact label are contacts: authors, signatories and people quoted are not.

Phones are normalised to E.164 with `cityties.text.to_e164`, the default country being
`Doc.country`, else the country of the document's international numbers or e-mail domains.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from cityties.extraction.doc import Doc
from cityties.extraction.extractors import _contacts_lex as lex
from cityties.extraction.extractors._clauses_scan import index_for
from cityties.extraction.registry import register
from cityties.extraction.types import ContactFact, Mention
from cityties.text import to_e164

__all__ = ["EXTRACTOR", "default_country", "extract_contacts"]

_DIGIT: Final = re.compile(r"\d")
_DATE: Final = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})")
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')]*\s*$")
_FIELD_SPLIT: Final = re.compile(r"\s*(?:[,;|•·]|\s[–—-]\s|\s{3,}|\t)\s*")
# Two-letter top-level domains are ISO countries, but for these.
_TLD_EXCEPTIONS = {
    "uk": "GB",
    "eu": None,
    "io": None,
    "ai": None,
    "co": None,
    "tv": None,
    "me": None,
    "cc": None,
    "fm": None,
    "ly": None,
    "ws": None,
    "su": None,
}
_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass
class _Field:
    """A line, or a comma-separated part of one, with its character span."""

    start: int
    end: int
    text: str


@dataclass
class _Pending:
    """A contact being assembled while a block is walked."""

    organization: str | None
    name: str | None = None
    unit: str | None = None
    role: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    start: int = -1
    end: int = -1
    labelled: bool = False
    detail_line: int = -1  # where the line of its last phone or e-mail starts
    name_line: int = -1  # where the line of its name starts

    def touch(self, f: _Field) -> None:
        self.start = f.start if self.start < 0 else min(self.start, f.start)
        self.end = max(self.end, f.end)


# ------------------------------------------------------------------ country
def default_country(doc: Doc) -> str | None:
    """The country for national phone numbers: Doc.country, else what the text suggests."""
    if doc.country:
        return doc.country
    import phonenumbers  # local import keeps module import light

    votes: Counter[str] = Counter()
    for m in lex.PHONE_SCAN.finditer(doc.text):
        raw = m.group()
        if raw.lstrip().startswith(("+", "00")):
            e164 = to_e164(raw if raw.startswith("+") else "+" + raw.lstrip()[2:], country=None)
            if e164:
                code = phonenumbers.parse(e164).country_code or 0
                region = phonenumbers.region_code_for_country_code(code)
                if region and region != "ZZ":
                    votes[region] += 2
    for m in lex.email_matches(doc.text):
        country = _email_country(m.group())
        if country:
            votes[country] += 1
    if not votes:
        # Nothing international: the country of the places the text names, those where its
        # language is spoken counting more ("Stadt Heidelberg" in a German text).
        home = _LANGUAGE_COUNTRIES.get(doc.language, ())
        for mention in doc.mentions:
            ref = mention.place
            if ref is not None and ref.country and mention.kind != "person":
                votes[ref.country] += 3 if ref.country in home else 1
    return votes.most_common(1)[0][0] if votes else None


def _email_country(address: str) -> str | None:
    """The country of an address's domain ("gent.be" BE, "leeds.gov.uk" GB, "x.gov" US)."""
    tld = address.rsplit(".", 1)[-1].casefold()
    if tld in ("gov", "mil"):
        return "US"  # American government domains have no country code
    return _TLD_EXCEPTIONS.get(tld, tld.upper()) if len(tld) == 2 else None


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of lines with no blank line between (a line may start after its bullet)."""
    out: list[list[tuple[int, int]]] = []
    for a, b in lines:
        if out and out[-1][-1][1] < a and "\n" not in text[out[-1][-1][1] + 1 : a]:
            out[-1].append((a, b))
        else:
            out.append([(a, b)])
    return out


def _mail_country(text: str, block: list[tuple[int, int]]) -> str | None:
    """The one country of a paragraph's e-mail addresses, None when they have none or
    several."""
    found: set[str | None] = set()
    for a, b in block:
        if "@" in text[a:b]:
            found.update(_email_country(m.group()) for m in lex.email_matches(text, a, b))
    if len(found) == 1:
        (only,) = found
        return only
    return None


_LANGUAGE_COUNTRIES = {
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "LU", "CA"),
    "nl": ("NL", "BE"),
    "en": ("GB", "IE", "US", "CA", "AU", "NZ", "ZA"),
}


# ------------------------------------------------------------------ fields
def _phones(
    text: str,
    start: int,
    end: int,
    country: str | None,
    home: tuple[str, ...] = (),
    *,
    bare_nanp: bool = False,
) -> list[tuple[str, int, int]]:
    """Phone numbers in text[start:end] that are not fax numbers, in E.164; `home`: the
    countries of the document's language, for national numbers invalid in `country`;
    `bare_nanp`: the span is a field of a contact (a labelled one, or one with an e-mail)
    in an English or French text of no stated country, where a North American number written as a
    part of its own needs no "Tel:" before it and is read in North America whatever the
    country the text's places suggest."""
    out: list[tuple[str, int, int]] = []
    pos = start
    while (m := lex.PHONE_SCAN.search(text, pos, end)) is not None:
        pos = m.end()
        e164 = _phone(text, start, m, country, home)
        if e164 is not None:
            out.append((e164, m.start(), m.end()))
            continue
        sep = _NUMBER_SPLIT.search(text, m.start(), m.end())
        if sep is not None:
            # "04 72 10 30 30 / 06 12 34 56 78", "09 266 52 85 - 09 266 52 86": two numbers,
            # the second read again from the separator on
            for piece in lex.PHONE_SCAN.finditer(text, m.start(), sep.start()):
                e164 = _phone(text, start, piece, country, home)
                if e164 is not None:
                    out.append((e164, piece.start(), piece.end()))
            pos = sep.end()
    if "(" in text[start:end] or "-" in text[start:end]:
        for e164, a, b in _bracketed_code(text, start, end):
            if country in _NANP_COUNTRIES and lex.NANP.match(text, a, end) is not None:
                continue  # "(212) 555-0123" in an American text: an area code
            # the country code written out wins over a national reading of the digits after
            # it ("86-0513-5501 2928" is not a number of the document's country)
            out = [t for t in out if not (t[1] < b and a < t[2])]
            out.append((e164, a, b))
        out.sort(key=lambda t: t[1])
    if (
        country is not None
        and country not in _NANP_COUNTRIES
        and _PHONEISH.search(text, start, end)
    ):
        extra = _without_trunk(text, start, end, country, out)
        if extra:
            out = sorted(out + extra, key=lambda t: t[1])
    nanp_home = country in _NANP_COUNTRIES
    if nanp_home or (
        # "(912) 964-3855": an area code in brackets and a dash are North America's form
        # whatever the country of the document ("GPA ..., (912) 964-3855" in a text on China)
        _NANP_TAIL.search(text, start, end) is not None
        and (country is None or bare_nanp or "(" in text[start:end])
    ):
        for m in lex.NANP.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for _, a, b in out):
                continue
            if lex.FAX_LABEL.search(text, max(start, m.start() - 16), m.start()):
                continue
            own = bare_nanp and _own_part(text, start, end, m.start(), m.end())
            if not nanp_home and country is not None:
                if _NANP_BRACKETED.fullmatch(m.group()) is None and not own:
                    continue
            elif (
                country is None
                and not own
                and not _LABEL_JUST_BEFORE.search(text, max(start, m.start() - 16), m.start())
            ):
                # a North American form without a country: only after "Tel:", or as a field
                # of its own in a contact ("Media contact: Jane Doe, Office X, 302-555-0178")
                continue
            e164 = to_e164(m.group(), country=country if nanp_home else "US")
            if e164:
                out.append((e164, m.start(), m.end()))
        out.sort(key=lambda t: t[1])
    if out and _FAX_WORD.search(text, start, end) is not None:
        out = [t for t in out if not _fax_beyond(text, start, t[1])]
    return out


_FAX_WORD: Final = re.compile(r"fax|télécop|telecop", re.IGNORECASE)
# The labels of a letterhead's numbers: a fax's, or a phone's.
_NUMBER_LABEL: Final = re.compile(
    r"(?<![\w])(?:(?P<fax>(?:tele)?fax|télécopie(?:ur)?|telecopie|téléfax)|telephone|"
    r"téléphone|telefoon|telefon|phone|tél|tel|mobile|mobil|gsm|handy)(?![^\W\d_])",
    re.IGNORECASE,
)
_LONG_NUMBER: Final = re.compile(r"\d(?:[ \t./()-]{0,2}\d){5,}")


def _fax_beyond(text: str, start: int, at: int) -> bool:
    """True when the number at `at` is a fax's whose label a flattened letterhead put a few
    words before it ("Phone (707) 555-0100 Springfield Fax Oregon 97477 (707) 555-0199",
    "Tél. 02 40 00 00 00 Nantes Télécopie 44000 02 40 00 00 01"): the last phone or fax
    label within 48 characters before it on its line is a fax label, and no other number
    of six digits or more stands between them."""
    lo = max(start, at - 48, text.rfind("\n", 0, at) + 1)
    last = None
    for label in _NUMBER_LABEL.finditer(text, lo, at):
        last = label
    if last is None or last.group("fax") is None:
        return False
    return _LONG_NUMBER.search(text, last.end(), at) is None


def _without_trunk(
    text: str, start: int, end: int, country: str, taken: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Numbers right after a phone label, written without a trunk 0 in a country whose
    national numbers have none ("tél. 233 42 01 33" of a Cameroonian port, "Tel. 4796 2345"
    in Luxembourg, "Tel. 933 16 10 00" in Spain): only numbers valid for that country."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(country)
    if meta is None or meta.national_prefix:
        return []
    out: list[tuple[str, int, int]] = []
    pos = start
    while (label := lex.search_phone_label(text, pos, end)) is not None:
        pos = max(label.end(), pos + 1)
        m = _NO_TRUNK.match(text, label.end(), end)
        if m is None or any(a < m.end() and m.start() < b for _, a, b in taken):
            continue
        if lex.FAX_LABEL.search(text, max(start, label.start() - 16), label.start()):
            continue
        e164 = _valid_e164(m.group(), country)
        if e164 is not None:
            out.append((e164, m.start(), m.end()))
    return out


def _valid_e164(number: str, region: str | None) -> str | None:
    """The E.164 form of `number` read in `region` (None: the number carries its "+"), or
    None when phonenumbers cannot parse it or finds it invalid there."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


# A national number without a trunk 0: six to fourteen digits, in groups.
_NO_TRUNK: Final = re.compile(r"[1-9]\d(?:[ \t./-]?\d){4,12}(?![\w@])")


def _phone(
    text: str, start: int, m: re.Match[str], country: str | None, home: tuple[str, ...] = ()
) -> str | None:
    """The E.164 form of a PHONE match, or None for a date, a fax or no valid number.

    A national number that is no valid number of `country` but is one of a country of the
    document's language (`home`) is read there: "telefoon 06 21 54 87 30" in a Dutch press
    release on a Chinese port is a Dutch mobile, not "+86 621548730"."""
    raw = m.group()
    digits = sum(c.isdigit() for c in raw)
    if digits < 8 or digits > 16 or _DATE.fullmatch(raw.strip()):
        return None
    if lex.FAX_LABEL.search(text[max(start, m.start() - 16) : m.start()]):
        return None
    if _not_a_phone(text, max(start, m.start() - 40), m.start()):
        return None
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    e164 = to_e164(raw, country=country)
    if (
        e164 is not None
        and home
        and country not in home
        and not raw.lstrip().startswith("+")
        and _valid_e164(raw, country) is None
    ):
        for region in home:
            valid = _valid_e164(raw, region)
            if valid is not None:
                return valid
    return e164


def _bracketed_code(
    text: str, start: int, end: int, *, dashed: bool = True
) -> list[tuple[str, int, int]]:
    """Numbers after a country code in brackets without its "+" ("Tel: (853) 8822 4135"):
    only where the code is a country's and the number is valid for it ("(418) 641-6010", a
    North American area code, is none)."""
    import phonenumbers

    out: list[tuple[str, int, int]] = []
    matches = list(lex.BRACKETED_CODE.finditer(text, start, end)) if "(" in text[start:end] else []
    if dashed and "-" in text[start:end]:
        for m in lex.DASHED_CODE.finditer(text, start, end):
            label = lex.search_phone_label(text, max(0, m.start() - 24), m.start() + 1)
            if label is not None and label.end() == m.start():
                matches.append(m)  # "Tel: 86-592-2678557": only right after a phone label
    for m in matches:
        if lex.FAX_LABEL.search(text, max(start, m.start() - 16), m.start()):
            continue
        if phonenumbers.region_code_for_country_code(int(m.group("cc"))) in ("ZZ", None):
            continue
        e164 = _valid_e164(f"+{m.group('cc')} {m.group('rest')}", None)
        if e164 is not None:
            out.append((e164, m.start(), m.end()))
    return out


def _not_a_phone(text: str, start: int, end: int) -> bool:
    """A number after a label of numbers that are not phones ("IBAN", "Kenmerk"), with no
    phone label between, on the same line."""
    window = text[start:end]
    window = window[window.rfind("\n") + 1 :]
    ends = [m.end() for m in lex.NOT_PHONE_LABEL.finditer(window)]
    return bool(ends) and lex.search_phone_label(window, ends[-1]) is None


# A separator between two numbers written on one line.
_NUMBER_SPLIT: Final = re.compile(r"\s+[/–—-]\s+|\s*/\s+|\s+/\s*")
# (`\d\d\d`, not `\d{3}`: the same matches, tried faster at each digit)
_NANP_TAIL: Final = re.compile(r"\d\d\d[-.\s]\d{4}(?!\d)")
_NANP_BRACKETED: Final = re.compile(r"(?:1[\s.-])?\([2-9]\d\d\)\s?[2-9]\d\d-\d{4}")
_LABEL_JUST_BEFORE: Final = re.compile(
    r"(?:tel(?:ephone|éphone)?|tél(?:éphone)?|phone|ph|cell|mobile|office)\.?\s*[:.]?\s*$",
    re.IGNORECASE,
)
# Countries that write numbers in the North American form ("418 641-6010").
_NANP_COUNTRIES: Final = frozenset(("US", "CA"))


def _emails(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    out = [(m.group().casefold(), m.start(), m.end()) for m in lex.email_matches(text, start, end)]
    if lex.OBFUSCATED_AT.search(text, start, end) is None:
        return out
    for m in lex.OBFUSCATED_EMAIL.finditer(text, start, end):
        domain = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*|\s*\.\s*", ".", m.group("domain"), flags=re.I)
        out.append((f"{m.group('user')}@{domain}".casefold(), m.start(), m.end()))
    return out


def _mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Mentions that start in [start - 2, end) (Doc.mentions is sorted by start)."""
    lo = bisect.bisect_left(mentions, start - 2, key=lambda m: m.start)
    hi = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    return mentions[lo:hi]


def _person_mention(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for m in _mentions_in(mentions, start, end):
        if m.kind == "person" and m.start >= start and m.end <= end:
            return m
    return None


_ROLE_NAME: Final = re.compile(r"\s*(?P<role>[^:\n]{3,60}?)\s*:\s*(?P<name>[^:\n]{3,60}?)\s*")
_CAPS_NAME: Final = re.compile(
    r"(?:[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ]{2,})*\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+"
    r"|[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+)?\s+[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ]{2,})*)"
)


def _known_name(value: str) -> bool:
    """A name-shaped value with a known first name or Chinese surname ("WANG Li")."""
    if not _looks_like_name(value):
        return False
    from cityties.extraction import gazetteer

    g = gazetteer.load()
    words = [w.strip(".,").casefold() for w in value.split()]
    return any(w in g.first_names or w in g.cn_surnames for w in words)


def _looks_like_name(value: str) -> bool:
    """Two to five capitalised words with name particles between ("Anja Van den Durpel",
    "Sarah O'Neill", "J.P. de Jong"); a line all in capitals only with a known first name or
    Chinese surname ("WANG Li", not "MEDIA RELEASE")."""
    value = _clean_name(value)
    words = value.split()
    if not 2 <= len(words) <= 5:
        return False
    if lex.ORG_WORDS.search(value) or lex.UNIT_WORDS.search(value):
        return False
    if lex.ROLE_WORDS.search(value):
        return False
    for i, w in enumerate(words):
        core = w.strip(".,")
        if not core or any(c.isdigit() for c in core) or "@" in core:
            return False
        if core.casefold() in lex.NAME_PARTICLES and 0 < i < len(words) - 1:
            continue
        if _INITIALS.fullmatch(w) and i < len(words) - 1:
            continue  # "J.P. de Jong", "M. Dupont"
        if not (core[0].isupper() and _NAME_WORD.fullmatch(core)):
            if not (core.isupper() and len(core) > 1):  # "Anja VAN DEN DURPEL"
                return False
    if not any(c.islower() for c in value):
        return _has_known_name(words)
    return True


def _clean_value(value: str) -> str:
    """A unit, role or organisation without spaces and an unmatched bracket at its ends
    ("Foreign Affairs Office)" of "Ms. Zhang (Director, Foreign Affairs Office)")."""
    value = value.strip()
    if value.endswith(")") and "(" not in value:
        value = value[:-1].rstrip()
    if value.startswith("(") and ")" not in value:
        value = value[1:].lstrip()
    return value


def _clean_name(value: str) -> str:
    """A name without its titles, a given name in brackets after initials replacing them
    ("Dr. M. (Marieke) de Jong" -> "Marieke de Jong")."""
    value = _GIVEN_IN_BRACKETS.sub(r"\1", value.strip())
    return lex.TITLE.sub("", value)


_GIVEN_IN_BRACKETS: Final = re.compile(r"\b(?:[A-ZÀ-Þ]\.\s*)+\(([A-ZÀ-Þ][\w-]+)\)")
# A capitalised word of a name: "Anja", "O'Neill", "McDonald", "Klaus-Peter", "Lefèvre".
_NAME_WORD: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
_INITIALS: Final = re.compile(r"(?:[A-ZÀ-Þ]\.-?){1,3}")


def _has_known_name(words: list[str]) -> bool:
    from cityties.extraction import gazetteer

    g = gazetteer.load()
    return any(
        (k := w.strip(".,").casefold()) in g.first_names or k in g.cn_surnames for w in words
    )


def _classify(doc: Doc, f: _Field, places: list[Mention]) -> str:
    """name | org | unit | role | address | other for a field that has no phone or e-mail."""
    value = f.text.strip()
    if not value or lex.URL.fullmatch(value) or lex.ADDRESS.search(value):
        return "address"
    # whether UNIT_WORDS and ORG_WORDS find a word in the value (-1: not searched yet): each
    # is searched once, and only where a rule reads it
    unit = org = -1
    if _person_mention(doc.mentions, f.start, f.end) is not None and len(value.split()) <= 6:
        unit = 1 if lex.UNIT_WORDS.search(value) else 0
        if not unit:
            org = 1 if lex.ORG_WORDS.search(value) else 0
            if not org:
                return "name"
    inst = doc.institution
    if inst and value.casefold() == inst.casefold():
        return "org"
    if len(value) <= 90 and _unit_head(value):
        if org < 0:
            org = 1 if lex.ORG_WORDS.search(value) else 0
        if not org:
            return "unit"  # "Büro des Oberbürgermeisters", "Communications Department"
    for m in _mentions_in(places, f.start, f.start + 3):
        if m.start <= f.start + 2 and m.end >= f.end - 2:
            if m.kind == "organisation" and _CAPS_NAME.fullmatch(value) and _known_name(value):
                return "name"  # "WANG Li", "Anja VAN DEN DURPEL": a surname in capitals
            return "org"
    if len(value) <= 80 and lex.ROLE_WORDS.search(value):
        return "role"
    if len(value) <= 80:
        if org < 0:
            org = 1 if lex.ORG_WORDS.search(value) else 0
        if org:
            if unit < 0:
                unit = 1 if lex.UNIT_WORDS.search(value) else 0
            if not unit:
                return "org"
    if _looks_like_name(value) and (
        # "Business Tampere" holds a place: a name only with a known first name, or with the
        # place after a particle ("Fleur van Beek")
        not any(_bare_place(doc.text, m) for m in _mentions_in(places, f.start, f.end))
        or _has_known_name(value.split())
    ):
        return "name"
    if len(value) <= 90:
        if unit < 0:
            unit = 1 if lex.UNIT_WORDS.search(value) else 0
        if unit:
            return "unit"
    if len(value) <= 80:
        if org < 0:
            org = 1 if lex.ORG_WORDS.search(value) else 0
        if org:
            return "org"
    return "other"


_UNIT_HEADS = (
    r"department|dept|office|service|division|unit|bureau|team|directorate|cabinet|secretariat|"
    r"desk|dienst|afdeling|departement|kabinet|abteilung|amt|referat|büro|fachbereich|fachdienst|"
    r"stabsstelle|sachgebiet|direction|pôle|cellule|secrétariat"
)
_UNIT_HEAD_WORD: Final = re.compile(r"(?:" + _UNIT_HEADS + r")[:,.]?", re.IGNORECASE)
_UNIT_HEAD_ENDINGS = ("amt", "stelle", "büro", "abteilung")


def _lead_name(value: str) -> tuple[str, str, str] | None:
    """(role or unit, what it is, the name) for "Press Officer: Jane Doe", "Pressestelle: Jana
    Vogt", "International Office: Emma Clarke"; None when no name follows the colon."""
    m = _ROLE_NAME.fullmatch(value)
    if m is None or not _looks_like_name(m.group("name")):
        return None
    head = m.group("role").strip()
    if lex.ROLE_WORDS.search(head):
        return "role", head, m.group("name")
    if _unit_lead(head):
        return "unit", head, m.group("name")
    return None


def _unit_lead(value: str) -> bool:
    """A unit written before a colon and a name: unit words, no organisation's word, at most
    five words ("International", "Pressestelle", "Service communication")."""
    return (
        len(value.split()) <= 5
        and (lex.UNIT_WORDS.search(value) is not None or _unit_head(value))
        and lex.ORG_WORDS.search(value) is None
    )


def _unit_head(value: str) -> bool:
    """A unit by its head word, first or last: "Office of ...", "Direction des ...", "Press
    Office", "Presseamt", "Pressestelle"."""
    words = value.split()
    if not words:
        return False
    last = words[-1].casefold()
    return (
        _UNIT_HEAD_WORD.fullmatch(words[0]) is not None
        or _UNIT_HEAD_WORD.fullmatch(last) is not None
        or (len(last) > 6 and last.endswith(_UNIT_HEAD_ENDINGS))
    )


def _bare_place(text: str, m: Mention) -> bool:
    """A place mention not after a name particle ("Tampere", not the "Beek" of "van Beek")."""
    if m.kind != "place":
        return False
    before = text[max(0, m.start - 12) : m.start].split()
    return not (before and before[-1].casefold() in lex.NAME_PARTICLES)


def _is_short_line(value: str) -> bool:
    stripped = value.strip()
    if not stripped:
        return False
    if len(stripped) > 110:
        return False
    words = stripped.split()
    return not (_SENTENCE_END.search(stripped) and len(words) >= 8)


# ------------------------------------------------------------------ walking a block
class _Walker:
    def __init__(self, doc: Doc, country: str | None) -> None:
        self.doc = doc
        self.country = country
        # the countries of the document's language, for national numbers (see _phone)
        self.language_home = _LANGUAGE_COUNTRIES.get(doc.language or "", ())
        self.home = self.language_home
        self.places = [m for m in doc.mentions if m.kind in ("organisation", "place")]
        self.org: str | None = doc.institution
        self.cur: _Pending | None = None
        self.line = -1  # where the line being walked starts
        self.out: list[_Pending] = []

    def enter(self, block: list[tuple[int, int]], country: str | None) -> None:
        """Read the national numbers of a paragraph in the one country of its e-mail
        addresses ("Tel: 0576-8868 1234 / fao@tz.gov.cn" in a Belgian text: a Chinese
        number), else in `country`. Where that mail country is none of the countries of
        the document's language, a number it does not know ("tel. 064 208 2111, e-mail
        media@namport.com.na" in an English text) stays in it, never read in a country of
        the language (see _phone)."""
        mail = _mail_country(self.doc.text, block)
        self.country = mail or country
        foreign = mail is not None and mail not in self.language_home
        self.home = () if foreign else self.language_home

    def leave(self, country: str | None) -> None:
        """Back to the document's country after a paragraph."""
        self.country = country
        self.home = self.language_home

    def flush(self) -> None:
        cur = self.cur
        if cur is not None and (
            cur.phones
            or cur.emails
            # "Contact person: Jane Porter": a name under a label, without details, only
            # with a known first name ("Sister Cities" under "Contacts" is none)
            or (cur.labelled and cur.name and _has_known_name(cur.name.split()))
        ):
            self.out.append(cur)
        self.cur = None

    def pending(self) -> _Pending:
        if self.cur is None:
            self.cur = _Pending(self.org)
        return self.cur

    def field(self, f: _Field, *, labelled: bool = False) -> None:
        text = self.doc.text
        header = lex.HEADER_LABEL.match(f.text)
        if header:
            self.flush()
            self.org = f.text[header.end() :].strip() or self.org
            return
        label = lex.CONTACT_LABEL.match(f.text)
        if label and label.end() > 0 and label.group().strip():
            rest = f.text[label.end() :]
            self.flush()
            self.pending().labelled = True
            if rest.strip():
                offset = f.start + label.end()
                self.field(_Field(offset, f.end, rest), labelled=True)
            return
        if lex.EMPTY_LABEL.match(f.text):
            return
        cur_open = self.cur
        phones = _phones(
            text,
            f.start,
            f.end,
            self.country,
            self.home,
            bare_nanp=self.doc.country is None
            and ("US" in self.language_home or "CA" in self.language_home)
            and (
                (cur_open is not None and (cur_open.labelled or bool(cur_open.emails)))
                or _line_has_email(text, f.start)
            ),
        )
        emails = _emails(text, f.start, f.end)
        if phones or emails:
            before = f.text
            for _, a, b in sorted(phones + emails, key=lambda t: t[1]):
                before = before.replace(text[a:b], " ")
            before = lex.PHONE_LABEL.sub(" ", lex.EMPTY_LABEL.sub(" ", before))
            rest = re.sub(r"(?i)\b(?:e-?mail|mail|courriel|fax|tel|phone)\b\s*[:.]?", " ", before)
            lead = _lead_name(rest.strip(" ;,()-")) if ":" in rest else None
            if lead is not None:
                # "International Office: Emma Clarke, +44 ...": the unit or role, then the name
                kind, head, name = lead
                self.start_person(_Field(f.start, f.end, name), labelled)
                self.describe(_Field(f.start, f.end, head), kind)
            elif _looks_like_name(rest.strip(" :;,()-")):
                self.start_person(_Field(f.start, f.end, rest.strip(" :;,()-")), labelled)
            elif len(rest) > 12:
                named = _PROSE_NAME.search(rest)
                person = _person_mention(self.doc.mentions, f.start, f.end)
                if named is not None and _looks_like_name(named.group("name")):
                    # "contact Jane Doe on +44 ...": the name inside a sentence
                    self.start_person(_Field(f.start, f.end, named.group("name")), labelled)
                elif person is not None and len(rest.split()) <= 12:
                    self.start_person(_Field(person.start, person.end, person.text), labelled)
            # "Direction des relations internationales, 04 72 10 30 30", "Stadt Kiel, Referat
            # X, Sabine Holm, 0431 ...": the parts beside the details describe the contact
            self.describe_beside(f, phones + emails)
            cur = self.pending()
            cur.phones.extend(p for p, _, _ in phones)
            cur.emails.extend(e for e, _, _ in emails)
            cur.detail_line = self.line
            cur.touch(f)
            return
        role = _ROLE_NAME.fullmatch(f.text) if ":" in f.text else None
        lead = _lead_name(f.text) if role is not None else None
        if role is not None and lead is not None:
            # "Press Officer: Jane Doe"; a unit before the colon describes the person the same
            # way ("Pressestelle: Jana Vogt", "(Ansprechpartnerin) International: Maria Schulte")
            kind, head, name = lead
            self.start_person(_Field(f.start + role.start("name"), f.end, name), True)
            if self.cur is not None:
                if kind == "role" and self.cur.role is None:
                    self.cur.role = head
                elif kind == "unit" and self.cur.unit is None:
                    self.cur.unit = head
            return
        if self.labelled_detail(f) or self.split_line(f, labelled):
            return
        before_name = _role_before_name(f.text) if ":" not in f.text else None
        open_named = self.cur
        if (
            before_name is not None
            and open_named is not None
            and open_named.name is not None
            and open_named.name_line == self.line >= 0
            and not (open_named.phones or open_named.emails)
        ):
            # "Lotte Verbeke, woordvoerder Maatschappij van de Brugse Zeehaven, ...": after
            # the name on its line, a role and the organisation, not a second person
            role_text, at = before_name
            if open_named.role is None:
                open_named.role = role_text
            self.describe(_Field(f.start + at, f.end, f.text[at:]), "org")
            return
        if before_name is not None:
            # "Pressesprecherin Andrea Schröder", "Woordvoerder Jan Peeters": the role on the
            # name's line, without a colon
            role_text, at = before_name
            self.start_person(_Field(f.start + at, f.end, f.text[at:]), labelled)
            if self.cur is not None and self.cur.role is None:
                self.cur.role = role_text
            return
        cued = _CUED_NAME_END.search(f.text) if len(f.text) > 12 else None
        if (
            cued is not None
            and _looks_like_name(cued.group("name"))
            and _has_detail(text, f.end, _line_end(text, f.end))
        ):
            # "Forms go back, addressed to Hanna Weld, Friendship Circle, by ...",
            # "Inschrijven kan bij Wim Pals, wim@...": the sentence's addressee before the
            # details of its line is the contact
            a = f.start + cued.start("name")
            self.start_person(_Field(a, a + len(cued.group("name")), cued.group("name")), labelled)
            return
        kind = _classify(self.doc, f, self.places)
        if kind == "org":
            org = lex.TITLE.sub("", f.text.strip())
            open_person = self.cur
            if (
                open_person is not None
                and (open_person.name or open_person.unit or open_person.role)
                and not (open_person.phones or open_person.emails)
            ):
                # "Jane Doe / Press Office / City of X / phone": the person's organisation;
                # "Direction des relations internationales / Ville de X": the unit's
                open_person.organization = org
                open_person.touch(f)
                return
            self.flush()
            self.org = org
            self.cur = _Pending(self.org, start=f.start, end=f.end, labelled=labelled)
        elif kind == "name":
            open_named = self.cur
            if (
                open_named is not None
                and open_named.name is not None
                and open_named.name_line == self.line >= 0
                and not (open_named.phones or open_named.emails)
            ):
                # "Kim Lee, Director, Sister Cities Network, ...": one person a line, what
                # looks like a second name is the organisation
                self.describe(f, "org")
                return
            self.start_person(f, labelled)
        elif kind in ("unit", "role"):
            if self._details_above():
                self.flush()
            cur = self.pending()
            if kind == "unit" and cur.unit is None:
                cur.unit = _clean_value(f.text)
            elif kind == "role" and cur.role is None:
                cur.role = _clean_value(f.text)
            cur.touch(f)

    def _details_above(self) -> bool:
        """The open contact has a phone or e-mail on a line above the one being walked: a
        unit or role now describes the next contact ('Émilie Durand (e-mail), chargée de
        mission' is one contact)."""
        cur = self.cur
        return cur is not None and bool(cur.phones or cur.emails) and cur.detail_line != self.line

    def labelled_detail(self, f: _Field) -> bool:
        """'Afdeling: Internationale Zaken', 'Function: Press Officer': a unit or role line."""
        for label, kind in ((lex.UNIT_LABEL, "unit"), (lex.ROLE_LABEL, "role")):
            m = label.match(f.text)
            if m is not None and f.text[m.end() :].strip():
                if self._details_above():
                    self.flush()
                self.describe(_Field(f.start + m.end(), f.end, f.text[m.end() :]), kind)
                return True
        return False

    def split_line(self, f: _Field, labelled: bool) -> bool:
        """A line of several parts without phone or e-mail: 'Zanele Khumalo, Spokesperson,
        City of Cape Town' (a person described by the parts after the name), 'Communications
        Department, Cork City Council' or 'Ville de Lyon – Service de presse' (an office)."""
        parts = _parts(f)
        if len(parts) < 2:
            return False
        kinds = [_classify(self.doc, p, self.places) for p in parts]
        described = ("unit", "role", "org")
        if kinds[0] == "other" and kinds[1] == "role" and _looks_like_name(parts[0].text):
            # "Mereana Hart, International Relations Adviser": a name whose surname is also a
            # place (and whose first name no list knows) before the person's role
            kinds[0] = "name"
        if kinds[0] == "name":
            if not all(
                k in described or len(p.text.split()) <= 6
                for p, k in zip(parts, kinds, strict=True)
            ):
                return False
            self.start_person(parts[0], labelled)
        elif (
            kinds[-1] == "name"
            and kinds.count("name") == 1
            and all(k in described for k in kinds[:-1])
            and len(parts[-1].text.split()) <= 4
        ):
            # 'Service communication – Sophie Marchand', 'Pressestelle | Jana Vogt': the
            # office first, then the person
            self.start_person(parts[-1], labelled)
            for p, k in zip(parts[:-1], kinds[:-1], strict=True):
                self.describe(p, k)
            return True
        elif len(set(kinds)) > 1 and all(k in described for k in kinds):
            self.field(parts[0], labelled=labelled)
        else:
            return False
        for p, k in zip(parts[1:], kinds[1:], strict=True):
            if k in described:
                self.describe(p, k)
        return True

    def describe_beside(self, f: _Field, details: list[tuple[str, int, int]]) -> None:
        """Unit, role or organisation parts of a field beside its phones and e-mails."""
        masked = list(f.text)
        for _, a, b in details:
            masked[a - f.start : b - f.start] = " " * (b - a)
        rest = _DETAIL_WORDS.sub(lambda m: " " * len(m.group()), "".join(masked))
        found: list[tuple[_Field, str]] = []
        for p in _parts(_Field(f.start, f.end, rest)):
            value = p.text.strip(" :;,()-")
            if not value or len(value.split()) > 6:
                continue
            kind = _classify(self.doc, p, self.places)
            if kind in ("unit", "role", "org"):
                found.append((p, kind))
        if found and self._details_above():
            self.flush()  # a new office: the details above were the contact before
        for p, kind in found:
            self.describe(p, kind)

    def describe(self, f: _Field, kind: str) -> None:
        """Give the open contact the organisation, unit or role of a part of its lines."""
        cur = self.pending()
        value = _clean_value(f.text)
        if kind == "org":
            cur.organization = lex.TITLE.sub("", value)
        elif kind == "unit" and cur.unit is None:
            cur.unit = value
        elif kind == "role" and cur.role is None:
            cur.role = value
        cur.touch(f)

    def start_person(self, f: _Field, labelled: bool) -> None:
        cur = self.cur
        if cur is not None and (cur.name is not None or cur.phones or cur.emails):
            self.flush()
            cur = None
        if cur is None:
            cur = self.pending()
        mention = _person_mention(self.doc.mentions, f.start, f.end)
        written = _clean_name(f.text)
        if mention is not None and not (
            # "Dr. Anna-Maria van der Berg" when the mention is only "Anna-Maria"
            len(written) > len(mention.text)
            and mention.text in written
            and _looks_like_name(written)
        ):
            cur.name = mention.name
        else:
            cur.name = written
        cur.labelled = cur.labelled or labelled
        cur.name_line = self.line
        cur.touch(f)


_LINE_WORD: Final = re.compile(r"\S+")
# A word that sends or addresses a message to a person: "forwarded to", "verstuurd naar",
# "schicken Sie an", "adressée à" (case-insensitive); a bare "to", "an", "à" or "with" is no
# cue ("Welcome to Riverside Town Hall").
_SEND_CUE: Final = (
    r"(?i:(?:sent|send|addressed|directed|forwarded|submitted|returned|write)\s+to|"
    r"(?:gestuurd|verstuurd|gericht|doorgestuurd)(?:\s+worden)?\s+(?:naar|aan)|"
    r"(?:senden|richten|schicken|übermitteln)(?:\s+sie)?(?:\s+bitte)?\s+an|"
    r"adress[ée]e?s?\s+à)"
)
_TITLE_BEFORE_NAME: Final = r"(?i:(?:mr|mrs|ms|dr|prof|dhr|mevr|herr|frau|m|mme)\.?\s+)?"
_NAME_WORDS: Final = (
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:van|den|der|de|von|zu|le|la|du|ten|ter)\s+)*"
    r"[A-ZÀ-Þ][\w'’-]+){1,3})"
)
# A clause of a contact line that ends with the person its details reach, after a word that
# sends or addresses ("forwarded to", "kan bij", "auprès de", "contact").
_CUED_NAME_END: Final = re.compile(
    r"(?<![\w])(?:" + _SEND_CUE + r"|bij|auprès\s+de|contact(?:ez|eer|eren)?|"
    r"kontaktieren\s+sie)\s+" + _TITLE_BEFORE_NAME + _NAME_WORDS + r"\s*\Z",
)


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends."""
    b = text.find("\n", at)
    return len(text) if b < 0 else b


def _role_before_name(value: str) -> tuple[str, int] | None:
    """(role, where the name starts) for a line that opens with one to three words of a
    role and ends with a name ("Pressesprecherin Andrea Schröder", "Press Officer Jane
    Doe", "Attachée de presse Marie Dupont"); None otherwise."""
    words = list(_LINE_WORD.finditer(value))
    if not 3 <= len(words) <= 7 or "," in value:
        return None
    for k in range(1, min(4, len(words) - 1)):
        role = value[: words[k - 1].end()].strip()
        name = value[words[k].start() :].strip()
        if (
            lex.ROLE_WORDS.search(role)
            and not lex.ROLE_WORDS.search(name)
            and _looks_like_name(name)
            and not _looks_like_name(role)
        ):
            return role, words[k].start()
    return None


def _line_fields(text: str, start: int, end: int) -> list[_Field]:
    """A line as one field, or split at commas and bars when it holds several details."""
    line = text[start:end]
    # an address holds its "@", a phone label the "+", "(" or digit after it
    has_detail = ("@" in line and lex.EMAIL.search(line)) or (
        _PHONEISH.search(line) is not None and lex.search_phone_label(line)
    )
    if not has_detail or (len(line) < 60 and not re.search(r"[,;|•·]|\s[–—-]\s", line)):
        return [_Field(start, end, line)]
    out: list[_Field] = []
    pos = start
    for m in _FIELD_SPLIT.finditer(text, start, end):
        if m.start() > pos:
            out.append(_Field(pos, m.start(), text[pos : m.start()]))
        pos = m.end()
    if pos < end:
        out.append(_Field(pos, end, text[pos:end]))
    return [f for f in out if f.text.strip()]


# Labels of phones and e-mails, left out of what describes a contact.
_DETAIL_WORDS: Final = re.compile(
    r"(?i)(?<!\w)(?:e-?mail|mail|courriel|fax|tel(?:ephone|efoon|efon|éphone)?|tél(?:éphone)?|"
    r"phone|gsm|mobile?|mob|cell|m|t|e|p)\b\s*[:.：]?"
)
_PART_SPLIT: Final = re.compile(r"\s*(?:[,;|•·()]|\s[–—/-]\s|\s{3,}|\t)\s*")


def _parts(f: _Field) -> list[_Field]:
    """The parts of a field between commas, bars, spaced dashes and slashes, and wide gaps."""
    out: list[_Field] = []
    pos = 0
    for m in _PART_SPLIT.finditer(f.text):
        if m.start() > pos:
            out.append(_Field(f.start + pos, f.start + m.start(), f.text[pos : m.start()]))
        pos = m.end()
    if pos < len(f.text):
        out.append(_Field(f.start + pos, f.end, f.text[pos:]))
    return [p for p in out if p.text.strip()]


_NEWLINE: Final = re.compile(r"\n")
_REACH = 8  # lines looked at above and below an anchor
_CUES = (
    "[at]",
    "(at)",
    "contact",
    "kontakt",
    "ansprechpartner",
    "auskunft",
    "renseignements",
    "inquiries",
    "enquiries",
)


def _anchors(text: str, low: str | None = None) -> list[int]:
    """Offsets of phone numbers, e-mail addresses and contact words: where contacts can be.

    low (str | None): `text.lower()` when the caller has it.
    """
    out = [m.start() for m in lex.PHONE_SCAN.finditer(text) if len(_DIGIT.findall(m.group())) >= 8]
    # North American numbers ("418 641-6010"), found from their "-" before four digits
    for h in _NANP_HINT.finditer(text):
        m = lex.NANP.search(text, max(0, h.start() - 12), h.end())
        if m is not None:
            out.append(m.start())
    out.extend(_email_starts(text))
    if "(" in text:
        out.extend(a for _, a, _ in _bracketed_code(text, 0, len(text), dashed=False))
    if low is None:
        low = text.lower()
    for cue in _CUES:
        i = low.find(cue)
        while i >= 0:
            out.append(i)
            i = low.find(cue, i + 1)
    return out


_PHONEISH: Final = re.compile(r"[+(\d]")
# A list item's bullet and the spaces around it ("  • ", "- ", "* ").
_BULLET: Final = re.compile(r"[ \t]*[•·▪●◦‣►*–-][ \t]+(?=\S)")
_NANP_HINT: Final = re.compile(r"-\d{4}(?!\d)")
_LOCAL_PART: Final = re.compile(r"[\w.+-]+$")


def _organisation_line(places: list[Mention], text: str, start: int, end: int) -> str | None:
    """The line's text when an organisation's name covers all of it, else None."""
    value = text[start:end].strip()
    if not value:
        return None
    a = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    for m in _mentions_in(places, a, a + 1):
        if m.start <= a and m.end >= a + len(value):
            if m.kind == "organisation" or lex.ORG_WORDS.search(value):
                return value
    return None


def _is_label(text: str, start: int, end: int) -> bool:
    """A line that opens with a contact label ("Contact:", "Media enquiries")."""
    m = lex.CONTACT_LABEL.match(text[start:end])
    return m is not None and bool(m.group().strip())


def _labelled_line(value: str) -> bool:
    """A line that opens with a contact label and a colon ("Contact presse : ...")."""
    m = lex.CONTACT_LABEL.match(value)
    return m is not None and len(value) < 300 and re.search(r"[:\-–]", m.group()) is not None


# The most words of one field of a contact line ("Office of International Cooperation and
# Exchange" after its "QAU:").
_FIELD_WORDS: Final = 7


def _detail_line(text: str, start: int, end: int) -> bool:
    """A line that is mostly contact details ("Tel: ... / Fax: ... / E-mail: ...")."""
    if not _has_detail(text, start, end):
        return False
    rest = lex.EMAIL.sub(" ", text[start:end])
    rest = lex.PHONE_SCAN.sub(" ", rest).strip()
    if len(rest) < 70:
        return True
    # "QAU: Office of International Cooperation and Exchange, Mr. Wang Lei, tel. +86 532
    # 8608 0631, e-mail wanglei@qau.edu.cn": a long line of short fields, no sentence
    if _SENTENCE_END.search(text, start, end):
        return False
    parts = _FIELD_SPLIT.split(rest)
    return len(parts) >= 3 and all(len(p.split()) <= _FIELD_WORDS for p in parts)


def _email_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the e-mail addresses of text[start:end] start (what `lex.EMAIL.finditer` on the
    span finds), read from their "@"."""
    stop = len(text) if end is None else end
    out: list[int] = []
    at = text.find("@", start, stop)
    while at >= 0:
        # the local part before the "@", then the whole address
        local = _LOCAL_PART.search(text, max(start, at - 64), at)
        if local is not None:
            m = lex.EMAIL.match(text, local.start(), stop)
            if m is not None and m.end() > at:
                out.append(m.start())
        at = text.find("@", at + 1, stop)
    return out


def _own_part(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether text[a:b] is a part of its own of text[start:end], between separators
    (", 302-555-0178, ", "| 902-481-1229 |") or the span's ends."""
    before = text[start:a].rstrip()
    after = text[b:end].lstrip()
    return (not before or before[-1] in ",;|:") and (not after or after[0] in ",;|")


def _line_has_email(text: str, at: int) -> bool:
    """Whether the line holding text[at] carries an e-mail address."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return bool(_email_starts(text, a, len(text) if b < 0 else b))


def _has_detail(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    # An address has its "@", an obfuscated one its bracket, a phone number its digits.
    if ("@" in line and _email_starts(line)) or (
        ("(" in line or "[" in line)
        and lex.OBFUSCATED_AT.search(line)
        and lex.OBFUSCATED_EMAIL.search(line)
    ):
        return True
    if _PHONEISH.search(line) is None:
        return False
    if (
        lex.PHONE_SCAN.search(line) is None
        and _NANP_TAIL.search(line) is None
        and ("(" not in line or lex.BRACKETED_CODE.search(line) is None)
        and ("-" not in line or lex.DASHED_CODE.search(line) is None)
    ):
        return False  # neither a number after a label nor a number alone
    label = lex.search_phone_label(line)
    if label and (
        lex.PHONE_SCAN.search(line, label.end())
        or lex.NANP.match(line, label.end())
        or _bracketed_code(line, label.end(), len(line))
    ):
        return True
    stripped = line.strip()
    return bool(stripped) and (
        lex.PHONE.fullmatch(stripped) is not None
        or (len(stripped) <= 16 and lex.NANP.fullmatch(stripped) is not None)
    )


@register("cityties.contacts", version=12)
def extract_contacts(doc: Doc) -> None:
    """Add a ContactFact for every person or office the text gives contact details for."""
    text = doc.text
    # The document's lower-cased text is text.lower() itself when no character of the text
    # grows in lower case (only "İ" does, which a caseless index does not hold).
    idx = index_for(doc)
    anchors = _anchors(text, idx.low if idx.caseless and idx.text is text else None)
    if not anchors:
        return
    # Only lines near a phone, an e-mail or a contact word are looked at: (start, end) of
    # each line within _REACH lines of an anchor.
    wanted: set[tuple[int, int]] = set()
    n = len(text)
    for anchor in sorted(set(anchors)):
        own = text.rfind("\n", 0, anchor) + 1  # the anchor's line
        a = own
        for _ in range(_REACH):
            if a == 0:
                break
            a = text.rfind("\n", 0, a - 1) + 1
        after = 0
        while after <= _REACH:
            b = text.find("\n", a)
            wanted.add((a, n if b < 0 else b))
            if b < 0:
                break
            if a >= own:
                after += 1
            a = b + 1
    # Blocks: runs of short lines (blank lines between allowed) holding a phone or e-mail.
    blocks: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    previous_end = -2
    for a, b in sorted(wanted):
        value = text[a:b]
        if a != previous_end + 1 and run:
            blocks.append(run)
            run = []
        previous_end = b
        if not value.strip():
            continue
        # "  • Ansprechpartner", "- Jane Doe, +32 ...": a list item is read after its bullet
        # (the HTML reader starts every list item with one)
        bullet = _BULLET.match(value)
        if bullet is not None:
            a += bullet.end()
            value = text[a:b]
        if _is_short_line(value) or _detail_line(text, a, b) or _labelled_line(value):
            run.append((a, b))
            continue
        if run:
            blocks.append(run)
            run = []
    if run:
        blocks.append(run)
    country = None
    walker: _Walker | None = None
    for block in blocks:
        labels = [i for i, (a, b) in enumerate(block) if _is_label(text, a, b)]
        marks = sorted(
            {i for i, (a, b) in enumerate(block) if _has_detail(text, a, b)} | set(labels)
        )
        if not marks:
            continue
        if walker is None:
            country = default_country(doc)
            walker = _Walker(doc, country)
        walker.org = doc.institution
        first_detail = marks[0]
        # Lines well above the first detail belong to the text, not to the contact.
        lo = max(0, first_detail - 6)
        # A contact label ("Media enquiries", "Contactpersoon") opens the contact: the lines
        # above it are the text's.
        top = lo
        lo = max([lo] + [i for i in labels if i <= first_detail])
        # Above the label, a line that is only an organisation's name ("gemeente Eindhoven"
        # in a letter's header) is the organisation of the contacts below it.
        for a, b in block[top:lo]:
            org = _organisation_line(walker.places, text, a, b)
            if org is not None:
                walker.org = org
        for para in _paragraphs(text, block[lo:]):
            walker.enter(para, country)
            for a, b in para:
                walker.line = a
                for f in _line_fields(text, a, b):
                    walker.field(f)
        walker.leave(country)
        walker.flush()
    # Details inside running prose ("please contact Jane Doe at jane@x.org").
    sentence_starts = [sent.start for sent in doc.sentences]
    near = sorted({bisect.bisect_right(sentence_starts, a) - 1 for a in anchors} - {-1})
    for si in near:
        sent = doc.sentences[si]
        s_start = sent.start
        if si > 0 and _LABEL_CUT.search(text, max(0, s_start - 12), s_start):
            # "... please contact the Division of X, tel. 0379-6390 2217, email ...": the
            # sentence splitter cut the line after the abbreviated label; read it whole
            previous = doc.sentences[si - 1]
            if "\n" not in text[previous.start : s_start]:
                s_start = previous.start
        if walker is not None and any(p.start < sent.end and s_start < p.end for p in walker.out):
            continue
        if _is_short_line(text[s_start : sent.end]):
            continue
        if not _has_detail(text, s_start, sent.end) and not (
            # "please contact Anna Weber on 0113 378 5520", "please contact the City Clerk at
            # 925-960-4200": a number after a calling verb
            (
                lex.PHONE_SCAN.search(text, s_start, sent.end)
                or ("-" in text[s_start : sent.end] and lex.NANP.search(text, s_start, sent.end))
            )
            and _CALL.search(text, s_start, sent.end)
        ):
            continue
        if walker is None:
            country = default_country(doc)
            walker = _Walker(doc, country)
        walker.org = doc.institution
        walker.enter([(s_start, sent.end)], country)
        _prose(doc, walker, s_start, sent.end)
        walker.flush()
        walker.leave(country)
    if walker is None:
        return
    seen: set[tuple[str | None, str | None, str | None]] = set()
    for p in walker.out:
        for i in range(max(len(p.phones), len(p.emails), 1)):
            phone = p.phones[i] if i < len(p.phones) else None
            email = p.emails[i] if i < len(p.emails) else None
            key = (p.name, phone, email)
            if key in seen:
                continue
            seen.add(key)
            doc.contacts.append(
                ContactFact(
                    name=p.name,
                    organization=p.organization,
                    unit=p.unit,
                    role=p.role,
                    phone=phone,
                    email=email,
                    evidence=(doc.evidence(p.start, p.end, extractor=EXTRACTOR.tag),),
                )
            )


_PROSE_NAME: Final = re.compile(
    r"(?:contact(?:eer|eren|ez|er|ing)?|kontaktieren\s+sie|wenden\s+sie\s+sich\s+an|bij|with|met|mit|"
    # "replies are forwarded to Hanna Weld", "wordt verstuurd naar Wim Pals", "schicken Sie
    # an Uta Kern"
    + _SEND_CUE
    + r"|auprès\s+de|à)\s+"
    + _TITLE_BEFORE_NAME
    + _NAME_WORDS,
)


# A letter's addressee, not its sender's contact: "The Honorable Zhou Wei", "His Excellency",
# "Dear Mayor Li", "Sehr geehrter Herr", "Geachte heer", "Son Excellence Monsieur"; "Monsieur
# le Maire" only as a line's salutation ("contactez Monsieur le Directeur Jean Martin" names a
# contact).
_ADDRESSEE: Final = re.compile(
    r"(?<![\w])(?:the\s+)?(?:hon(?:ou?rable|\.)|(?:his|her|their)\s+excellenc(?:y|ies)|h\.\s?e\.|"
    r"dear|sehr\s+geehrte[rn]?|geachte|zijne\s+excellentie|hare\s+excellentie|"
    r"son\s+excellence|s\.\s?e\.|seine[rn]?\s+exzellenz|ihre[rn]?\s+exzellenz|"
    r"cher|chère|(?<![^\n])[ \t]*(?:madame\s+la|monsieur\s+le))(?![\w])[^.;:\n]{0,40}$",
    re.IGNORECASE,
)
_CONTACT_VERB: Final = re.compile(
    r"(?<![\w])(?:contact|contactez|contacteer|contacteert|kontaktieren\s+sie|"
    r"wenden\s+sie\s+sich\s+an|write\s+to|schrijf\s+naar|écrivez\s+à|schreiben\s+sie\s+an)"
    r"\s+(?:(?:the|de|het|die|den|der|das|dem|le|la|les|l['’])\s*)?",
    re.IGNORECASE,
)
# An abbreviated phone label at the end of a sentence the splitter cut ("..., tel.").
_LABEL_CUT: Final = re.compile(r"(?<![\w])(?:tel|tél|ph|fon|mob|gsm)\.[ \t]*$", re.IGNORECASE)
_CALL: Final = re.compile(
    r"contact|call|phone|tel\b|tél|bel\b|bellen|rufen|anruf|appel|joindre|erreichbar|reach",
    re.IGNORECASE,
)


def _prose(doc: Doc, walker: _Walker, start: int, end: int) -> None:
    """A contact given inside a sentence ("please contact Jane Doe, Press Officer, on ...")."""
    text = doc.text
    phones = _phones(text, start, end, walker.country, walker.home)
    emails = _emails(text, start, end)
    if not (emails or _CALL.search(text, start, end)):
        # A bare national number in prose may be anything; an international one is a phone.
        phones = [p for p in phones if text[p[1]] == "+"]
    if not phones and not emails:
        return
    cur = walker.pending()
    name_match = _PROSE_NAME.search(text, start, end)
    person = next(
        (
            m
            for m in doc.mentions
            if m.kind == "person"
            and start <= m.start < end
            and _ADDRESSEE.search(text, max(start, m.start - 60), m.start) is None
        ),
        None,
    )
    after = start
    if name_match is not None and _looks_like_name(name_match.group("name")):
        cur.name = name_match.group("name")
        after = name_match.end()
    elif person is not None:
        cur.name = person.name
        after = person.end
    else:
        # "please contact the Division of Friendly Cities, tel. ...", "write to the Press
        # Office at ...": the office after the verb is what the details reach
        verb = _CONTACT_VERB.search(text, start, end)
        if verb is not None:
            after = verb.end()
    details = [a for _, a, _ in phones + emails]
    stop = min([d for d in details if d > after], default=end)
    # What follows the name up to the first detail: role and unit ("Jane Smith, Press Officer,").
    for part in re.split(r"[,;()]", text[after:stop])[:4]:
        value = part.strip()
        value = re.sub(r"(?i)\s*\b(?:on|at|via|op|unter|au|à|by)$", "", value).strip()
        if not value or len(value) > 80:
            continue
        f = _Field(after, stop, value)
        kind = _classify(doc, f, [])
        if kind == "role" and cur.role is None:
            cur.role = value
        elif kind == "unit" and cur.unit is None:
            cur.unit = value
    cur.phones.extend(p for p, _, _ in phones)
    cur.emails.extend(e for e, _, _ in emails)
    cur.touch(_Field(start, end, text[start:end]))


EXTRACTOR = extract_contacts
