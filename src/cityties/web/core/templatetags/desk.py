"""Template helpers of the desk pages: names with pinyin, partial dates, permissions, navigation."""

from __future__ import annotations

import functools
import gettext as gettext_module
import re
from datetime import date
from typing import Any

import pycountry
from django import template
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.template import loader  # noqa: F401  (template.loader in optional_include)
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cityties.web.core.dates import partial_date_fields, partial_from_fields
from cityties.web.core.permissions import can_edit as _can_edit
from cityties.web.core.permissions import role_of

register = template.Library()


@register.filter
def place_name(place: Any) -> SafeString | str:
    """A place's name; a Chinese place shows its characters with pinyin ("台州 Tāizhōu")."""
    if place is None:
        return ""
    name_zh = getattr(place, "name_zh", "")
    if name_zh:
        pinyin = getattr(place, "pinyin", "") or place.name
        # One unbreakable unit: characters and pinyin never land on separate lines of a cell.
        return format_html(
            '<span class="place-name"><span class="zh" lang="zh">{}</span> '
            '<span class="pinyin">{}</span></span>',
            name_zh,
            pinyin,
        )
    return format_html("{}", getattr(place, "name", str(place)))


@functools.lru_cache(maxsize=8)
def _country_catalogue(language: str) -> gettext_module.NullTranslations:
    """pycountry's translations of country names into `language` (none for English)."""
    if language == "en":
        return gettext_module.NullTranslations()
    try:
        return gettext_module.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext_module.NullTranslations()


@register.filter
def country_name(code: Any) -> str:
    """A country's name in the interface language for its ISO code ("BE" -> "Belgium",
    "België" in Dutch); an unknown code is shown as it is."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=str(code).upper())
    if country is None:
        return str(code)
    name = getattr(country, "common_name", None) or country.name
    language = (get_language() or "en").split("-")[0]
    return _country_catalogue(language).gettext(name)


@register.filter
def place_where(place: Any) -> str:
    """The region and country of a place ("Zhejiang, CN"), to tell namesakes apart."""
    if place is None:
        return ""
    return ", ".join(x for x in (place.admin_region, place.country) if x)


@register.filter
def party_name(party: Any) -> SafeString | str:
    """An agreement party or a visit end: a place with pinyin, or an organisation's name."""
    if party is None:
        return ""
    if getattr(party, "_meta", None) is not None and party._meta.label_lower == "directory.place":
        return place_name(party)
    place = getattr(party, "place", None)
    if getattr(party, "_meta", None) is not None and party._meta.label_lower.endswith("party"):
        return place_name(place) if place is not None else format_html("{}", party.organisation)
    return format_html("{}", party)


def format_partial(value: date | None, precision: str) -> str:
    """A stored (date, precision) pair as a reader sees it: "2013", "Sep 2013", "24 Sep 2013"."""
    pd = partial_from_fields(value, precision)
    if pd is None or value is None:
        return ""
    if pd.precision == "year":
        return str(pd.year)
    if pd.precision == "month":
        return date_filter(value, f"{_month()} Y")
    return date_filter(value, f"j {_month()} Y")


@register.filter
def isodate(value: Any) -> str:
    """An ISO partial date string ("2013", "2013-09", "2013-09-24") in the desk's form.

    Text that is not such a date is returned unchanged, so a free-text day stays readable.
    """
    if value in (None, ""):
        return ""
    try:
        parsed = partial_date_fields(str(value))
    except ValueError:
        return str(value)
    return format_partial(*parsed)


_LEADING_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})\b[ ,]*(.*)$")


@register.filter
def dated_lines(text: str | None) -> list[tuple[str, str]]:
    """The lines of a free-text list (a programme) as (day, rest) pairs.

    A line that starts with an ISO day ("2019-05-14 morning: ...") shows that day in the desk's
    form ("14 May 2019"), so that a page never mixes date formats; other lines keep day "".
    """
    out: list[tuple[str, str]] = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        match = _LEADING_ISO_DAY.match(line)
        if match and isodate(match.group(1)) != match.group(1):
            out.append((isodate(match.group(1)), match.group(2)))
        else:
            out.append(("", line))
    return out


@register.filter
def pdate(obj: Any, field: str) -> str:
    """`{{ agreement|pdate:"signed_on" }}`: a partial date field formatted to its precision."""
    if obj is None:
        return ""
    return format_partial(getattr(obj, field, None), getattr(obj, f"{field}_precision", "day"))


def _month() -> str:
    """The short month's format character: Dutch writes months in lower case ("14 mei 2019"),
    English capitalised ("14 May 2019")."""
    return "b" if (get_language() or "en").split("-")[0] == "nl" else "M"


@register.filter(expects_localtime=True)
def day(value: date | None) -> str:
    """A full date in the desk's short form ("24 Sep 2013"; "24 sep 2013" in Dutch)."""
    return date_filter(value, f"j {_month()} Y") if value else ""


@register.filter(expects_localtime=True)
def stamp(value: date | None) -> str:
    """A moment (a change, a note, a review) in the desk's form ("29 Nov 2026 16:47")."""
    return date_filter(value, f"j {_month()} Y H:i") if value else ""


@register.filter
def can_edit(user: Any, obj: models.Model | None) -> bool:
    """`{% if user|can_edit:object %}`: the desk's one permission rule."""
    return obj is not None and _can_edit(user, obj)


@register.filter
def role(user: Any) -> str | None:
    """'admin', 'editor', 'viewer' or None."""
    return role_of(user)


@register.simple_tag(takes_context=True)
def nav_current(context: template.Context, *namespaces: str) -> SafeString | str:
    """`aria-current="page"` when the current page belongs to one of the URL namespaces."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    current = f"{match.namespace}:{match.url_name}"
    for ns in namespaces:
        if current == ns or (ns.endswith(":") and current.startswith(ns)):
            return format_html('aria-current="{}"', "page")
    return ""


@register.filter
def field_label(name: str, model: Any) -> str:
    """The verbose name of a model field for the change history ("signed" for signed_on)."""
    opts = getattr(model, "_meta", None)
    if opts is None:
        return name.replace("_", " ")
    for candidate in (name, name.removesuffix("_id")):
        try:
            field = opts.get_field(candidate)
            break
        except FieldDoesNotExist:
            continue
    else:
        return name.replace("_", " ")
    return str(getattr(field, "verbose_name", name))


@register.filter
def lookup(mapping: Any, key: Any) -> Any:
    """`{{ mapping|lookup:key }}` for dictionaries."""
    if isinstance(mapping, dict):
        return mapping.get(key)
    return None


@register.simple_tag
def yesno_label(value: bool) -> str:
    """A translated yes or no."""
    return _("yes") if value else _("no")


@register.simple_tag(takes_context=True)
def optional_include(context: template.Context, name: str) -> SafeString | str:
    """Render template `name` with the current context when it exists (a slot another app fills)."""
    try:
        tpl = template.loader.get_template(name)
    except template.TemplateDoesNotExist:
        return ""
    return tpl.render(context.flatten(), context.get("request"))


@register.filter
def role_label(value: str | None) -> str:
    """The translated name of a role ('Editor')."""
    from cityties.web.core.choices import Role

    return str(Role(value).label) if value in Role.values else ""


NOISE_FIELDS = {"created", "last_updated", "folded"}


@register.filter
def visible_changes(entry: Any) -> list[str]:
    """The changed fields of a log entry worth showing (timestamps and folded keys left out)."""
    return [name for name in entry.changed_fields() if name not in NOISE_FIELDS]


@register.filter
def lapsed(agreement: Any) -> bool:
    """True for an agreement still marked in force whose end date has passed."""
    from django.utils import timezone

    ends = getattr(agreement, "ends_on", None)
    return (
        getattr(agreement, "status", "") in ("signed", "renewed")
        and ends is not None
        and ends < timezone.localdate()
    )


@register.filter
def delete_link(obj: models.Model | None) -> str:
    """`{{ figure|delete_link }}`: the page that deletes the record after confirmation."""
    from cityties.web.core.views import delete_url

    return delete_url(obj)
