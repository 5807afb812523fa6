"""The headline sentence of a summary, written for each language with its own number conventions.

The sentence follows the way each press reports the figure: “2020年1–10月浙江对德贸易额
165.3亿美元…”, “Jan–Oct 2020 Zhejiang–Germany trade 16.53 bn USD…”, “Jan.–Okt. 2020 …”.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel import Locale

from qiao.core import translated
from qiao.core.languages import normalise_language
from qiao.trade.domain.figures import Summary
from qiao.trade.models import WORLD

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
CURRENCY_ZH = {"USD": "美元", "EUR": "欧元", "CNY": "元"}
# The one-character forms Chinese reports use for the main partners (对德贸易, 对美出口).
SHORT_ZH = {"DE": "德", "US": "美", "JP": "日", "GB": "英", "FR": "法", "KR": "韩", "RU": "俄", "IT": "意"}
BILLION = Decimal(10) ** 9
YI = Decimal(10) ** 8


@cache
def _locale(language: str) -> Locale:
    return Locale.parse({"zh-hans": "zh_Hans", "de": "de", "en": "en"}[language])


def country_name(code: str, language: str) -> str:
    lang = normalise_language(language)
    if code == WORLD:
        return {"zh-hans": "全球", "de": "alle Länder", "en": "the world"}[lang]
    return str(_locale(lang).territories.get(code, code))


def _round(value: Decimal, places: str) -> str:
    return format(value.quantize(Decimal(places), rounding=ROUND_HALF_UP), "f")


def amount_text(value: Decimal, currency: str, language: str, *, unit: bool = True) -> str:
    """16.53 bn USD / 16,53 Mrd. USD / 165.3亿美元 (millions below one billion)."""
    lang = normalise_language(language)
    if lang == "zh-hans":
        text = f"{_round(value / YI, '0.1')}亿" if value >= YI else f"{_round(value / 10**4, '1')}万"
        return text + (CURRENCY_ZH.get(currency, currency) if unit else "")
    if value >= BILLION:
        number, scale = _round(value / BILLION, "0.01"), {"de": "Mrd.", "en": "bn"}[lang]
    else:
        number, scale = _round(value / 10**6, "0.1"), {"de": "Mio.", "en": "mn"}[lang]
    if lang == "de":
        number = number.replace(".", ",")
    return f"{number} {scale}" + (f" {currency}" if unit else "")


def percent_text(value: Decimal, language: str) -> str:
    lang = normalise_language(language)
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    number = format(abs(value), "f")
    if lang == "zh-hans":
        return f"{number}%"
    if lang == "de":
        return f"{sign}{number.replace('.', ',')} %"
    return f"{sign}{number} %"


def period_text(summary: Summary, language: str) -> str:
    lang = normalise_language(language)
    start, end = summary.start, summary.end
    if lang == "zh-hans":
        if start.year == end.year:
            months = f"{start.month}月" if start == end else f"{start.month}–{end.month}月"
            return f"{start.year}年{months}"
        return f"{start.year}年{start.month}月–{end.year}年{end.month}月"
    names = MONTHS_DE if lang == "de" else MONTHS_EN
    if start.year == end.year:
        if start == end:
            return f"{names[start.month - 1]} {start.year}"
        return f"{names[start.month - 1]}–{names[end.month - 1]} {start.year}"
    return f"{names[start.month - 1]} {start.year}–{names[end.month - 1]} {end.year}"


def headline(summary: Summary, language: str) -> str:
    """One sentence: total trade, of which exports, export growth year on year."""
    lang = normalise_language(language)
    reporter = translated.resolve(summary.reporter.name, lang).text or summary.reporter.code
    partner = country_name(summary.partner, lang)
    total, exports, export_growth = summary.total, summary.exports, summary.growth["export"]
    period = period_text(summary, lang)
    currency = summary.currency
    if total is None:
        return {
            "zh-hans": f"{period}{reporter}对{partner}贸易数据不全。",
            "de": f"{period}: Handelsdaten {reporter}–{partner} unvollständig.",
            "en": f"{period}: {reporter}–{partner} trade data incomplete.",
        }[lang]
    if lang == "zh-hans":
        text = f"{period}{reporter}对{SHORT_ZH.get(summary.partner, partner)}贸易额{amount_text(total, currency, lang)}"
        if exports is not None:
            text += f"，其中出口{amount_text(exports, currency, lang)}"
            if export_growth is not None:
                verb = "增长" if export_growth >= 0 else "下降"
                text += f"，同比{verb}{percent_text(abs(export_growth), lang)}"
        return text + "。"
    if lang == "de":
        text = f"{period}: Handel {reporter}–{partner} {amount_text(total, currency, lang)}"
        if exports is not None:
            text += f", davon Exporte {amount_text(exports, currency, lang, unit=False)}"
            if export_growth is not None:
                text += f", {percent_text(export_growth, lang)} gegenüber dem Vorjahr"
        return text + "."
    text = f"{period} {reporter}–{partner} trade {amount_text(total, currency, lang)}"
    if exports is not None:
        text += f", of which exports {amount_text(exports, currency, lang, unit=False)}"
        if export_growth is not None:
            text += f", {percent_text(export_growth, lang)} year on year"
    return text + "."
