"""Template helpers: translated text with a visible fallback, times in a given zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django import template
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from qiao.core import fragments, translated
from qiao.core.fields import LANGUAGE_LABELS

register = template.Library()


@register.filter
def tr(value: dict[str, Any] | None) -> SafeString:
    """The text in the reader's language, or another language marked as such."""
    resolved = translated.resolve(value, get_language() or "en")
    if not resolved.text:
        return format_html('<span class="missing">{}</span>', _("(not available)"))
    if not resolved.is_fallback:
        return format_html("{}", resolved.text)
    label = LANGUAGE_LABELS[resolved.language]
    if resolved.status == translated.ORIGINAL:
        badge = _("Original: %(language)s") % {"language": label}
        hint = _("Not yet available in your language; shown in the original.")
    else:
        badge = str(label)
        hint = _("Not yet available in your language; shown in another translation.")
    return format_html(
        '<span lang="{}">{}</span> <span class="fallback-badge" title="{}">{}</span>',
        resolved.language,
        resolved.text,
        hint,
        badge,
    )


@register.simple_tag
def fragment(name: str, **values: Any) -> SafeString:
    """`{% fragment "web/_site_nav.html" authenticated=user.is_authenticated %}`: a part of the page
    that is the same for every reader with these values, rendered once (see qiao.core.fragments)."""
    return fragments.fragment(name, **values)


@register.filter
def tr_plain(value: dict[str, Any] | None) -> str:
    """The text alone (for attributes and titles); falls back silently."""
    return translated.resolve(value, get_language() or "en").text


def _wall_time(value: dt.datetime, zone: str | None) -> dt.datetime:
    """The wall-clock time in `zone` (or the active zone), naive so templates don't shift it."""
    target = zoneinfo.ZoneInfo(zone) if zone else timezone.get_current_timezone()
    return value.astimezone(target).replace(tzinfo=None)


@register.simple_tag
def time_range(start: dt.datetime, end: dt.datetime, zone: str = "", with_date: bool = True) -> str:
    """ "2020-12-14 09:00–09:50 CET" for the instants in `zone` (default: the reader's)."""
    local_start, local_end = _wall_time(start, zone or None), _wall_time(end, zone or None)
    abbreviation = start.astimezone(zoneinfo.ZoneInfo(zone) if zone else timezone.get_current_timezone()).tzname()
    day = formats.date_format(local_start, "SHORT_DATE_FORMAT") + " " if with_date else ""
    text = f"{day}{local_start:%H:%M}–{local_end:%H:%M}"
    if local_end.date() != local_start.date():
        text += " (+1)"
    return f"{text} {abbreviation}"


HOME_PAIR = ("Asia/Shanghai", "Europe/Berlin")


def _short_range(start: dt.datetime, end: dt.datetime, zone: str, reference: dt.date) -> str:
    """ "02:00–03:00 CET", with (−1)/(+1) when the day differs from `reference`."""
    tz = zoneinfo.ZoneInfo(zone)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    text = f"{local_start:%H:%M}–{local_end:%H:%M} {local_start.tzname()}"
    shift = (local_start.date() - reference).days
    if not shift:
        return text
    sign = "+" if shift > 0 else "−"
    return f"{text} ({sign}{abs(shift)})"


@register.simple_tag
def zone_pair(start: dt.datetime, end: dt.datetime, event_zone: str = "Asia/Shanghai") -> str:
    """ "09:30–10:00 CST · 02:30–03:00 CET": the event's zone, then the other home zone.

    A day shift against the event's local date is marked, e.g. "23:00–23:50 CET (−1)".
    """
    zone = event_zone or HOME_PAIR[0]
    other = HOME_PAIR[1] if zone != HOME_PAIR[1] else HOME_PAIR[0]
    reference = start.astimezone(zoneinfo.ZoneInfo(zone)).date()
    return f"{_short_range(start, end, zone, reference)} · {_short_range(start, end, other, reference)}"


@register.simple_tag
def local_date(value: dt.datetime, zone: str) -> str:
    """The calendar date of an instant in a given zone, in the reader's date format."""
    return formats.date_format(_wall_time(value, zone), "DATE_FORMAT")


@register.filter
def figure(value: Any, unit: str) -> str:
    """A quoted figure in the reader's conventions: 16.53 bn USD, 16,53 Mrd. USD, 165.3亿美元."""
    from decimal import Decimal

    lang = get_language() or "en"
    amount = Decimal(value)
    if unit == "%":
        sign = "+" if amount > 0 else ""
        text = f"{sign}{amount.normalize():f}"
        return f"{text.replace('.', ',')} %" if lang.startswith("de") else f"{text}%"
    if unit in ("USD", "EUR", "CNY") and amount >= Decimal(10) ** 8:
        if lang.startswith("zh"):
            names = {"USD": "美元", "EUR": "欧元", "CNY": "元"}
            return f"{(amount / Decimal(10) ** 8).normalize():f}亿{names[unit]}"
        billions = f"{(amount / Decimal(10) ** 9).normalize():f}"
        if lang.startswith("de"):
            return f"{billions.replace('.', ',')} Mrd. {unit}"
        return f"{billions} bn {unit}"
    return f"{amount.normalize():f} {unit}".strip()
