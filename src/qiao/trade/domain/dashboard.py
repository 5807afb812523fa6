"""Everything the dashboard page shows for one reporter and partner, computed in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Max
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.languages import normalise_language
from qiao.currencies.enums import Currency
from qiao.projects.access import projects_visible_to
from qiao.sectors.models import Sector
from qiao.trade.domain import charts
from qiao.trade.domain.figures import FLOWS, Summary, latest_month, months_between, series, summarise
from qiao.trade.domain.headline import CURRENCY_ZH, MONTHS_DE, MONTHS_EN, country_name, headline
from qiao.trade.domain.registry import hs_chapters
from qiao.trade.models import Flow, Reporter, TradeFigure

EXPORT_COLOUR, IMPORT_COLOUR = "#8f1d21", "#1f5f8b"
THIS_YEAR_COLOUR, LAST_YEAR_COLOUR = "#8f1d21", "#52606d"


@dataclass(frozen=True)
class MonthRow:
    month: dt.date
    label: str
    exports: Decimal | None
    imports: Decimal | None
    total: Decimal | None
    ytd: Decimal | None
    ytd_last_year: Decimal | None


@dataclass(frozen=True)
class SectorLink:
    code: str
    name: dict[str, Any]
    projects: int


@dataclass(frozen=True)
class ChapterRow:
    chapter: str
    title_en: str
    exports: Decimal | None
    imports: Decimal | None
    sectors: list[SectorLink]


@dataclass(frozen=True)
class Dashboard:
    reporter: Reporter
    partner: str
    partner_name: str
    year: int
    currency: str
    summary: Summary
    headline: str
    months: list[MonthRow]
    bars: SafeString
    ytd_chart: SafeString
    chapters: list[ChapterRow]
    pipeline_projects: int


@dataclass(frozen=True)
class PairRow:
    reporter_code: str
    reporter_name: dict[str, Any]
    partner: str
    partner_name: str
    latest: dt.date
    figures: int


def pairs(language: str) -> list[PairRow]:
    """Every reporter–partner pair with data, for the index page (one query)."""
    rows = (
        TradeFigure.objects.values("reporter__code", "reporter__name", "partner")
        .annotate(latest=Max("month"), figures=Count("id"))
        .order_by("reporter__code", "partner")
    )
    return [
        PairRow(
            r["reporter__code"],
            r["reporter__name"],
            r["partner"],
            country_name(r["partner"], language),
            r["latest"],
            r["figures"],
        )
        for r in rows
    ]


def month_labels(language: str) -> tuple[str, ...]:
    lang = normalise_language(language)
    if lang == "zh-hans":
        return tuple(f"{m}月" for m in range(1, 13))
    return MONTHS_DE if lang == "de" else MONTHS_EN


def axis_scale(largest: Decimal, currency: str, language: str) -> tuple[Decimal, str]:
    """The unit of a chart's axis: 亿/万 in Chinese, billions/millions otherwise."""
    lang = normalise_language(language)
    if lang == "zh-hans":
        big = largest >= Decimal(10) ** 8
        return (Decimal(10) ** 8 if big else Decimal(10) ** 4), ("亿" if big else "万") + CURRENCY_ZH.get(
            currency, currency
        )
    big = largest >= Decimal(10) ** 9
    names = {"de": ("Mrd.", "Mio."), "en": ("bn", "mn")}[lang]
    return (Decimal(10) ** 9 if big else Decimal(10) ** 6), f"{names[0] if big else names[1]} {currency}"


def _running(values: list[Decimal | None]) -> list[Decimal | None]:
    result: list[Decimal | None] = []
    total: Decimal | None = Decimal(0)
    for value in values:
        total = None if total is None or value is None else total + value
        result.append(total)
    return result


def _sector_links(chapters: list[str], user: Any) -> tuple[dict[str, list[SectorLink]], int]:
    """Linked sectors per chapter, each with the count of projects the person may see (two queries)."""
    table = hs_chapters()
    codes = sorted({code for c in chapters for code in table[c].nace})
    if not codes:
        return {}, 0
    sectors = {s.code: s for s in Sector.objects.filter(code__in=codes)}
    visible = projects_visible_to(user).filter(sectors__code__in=codes)
    counts = {
        row["sectors__code"]: row["n"]
        for row in visible.order_by().values("sectors__code").annotate(n=Count("pk", distinct=True))
    }
    links = {
        c: [SectorLink(code, sectors[code].name, counts.get(code, 0)) for code in table[c].nace if code in sectors]
        for c in chapters
    }
    return links, visible.order_by().values("pk").distinct().count()


def build(
    reporter: Reporter,
    partner: str,
    to: dt.date | None,
    currency: str,
    language: str,
    user: Any,
    start: dt.date | None = None,
) -> Dashboard:
    """The dashboard for the year of `to` (default: the latest month with data).

    The figures cover `start` (default: January of that year) to `to`; the charts the whole year.
    """
    if currency not in Currency.values:
        currency = Currency.USD
    end = to or latest_month(reporter, partner) or dt.date.today().replace(day=1)
    if start is None or start > end:
        start = end.replace(month=1)
    summary = summarise(reporter, partner, start, end, currency)
    year_months = months_between(dt.date(end.year - 1, 1, 1), end.replace(month=12))
    data = series(reporter, partner, year_months[0], year_months[-1], currency)
    labels = month_labels(language)
    this_year = [dt.date(end.year, m, 1) for m in range(1, 13)]
    exports = [data.value(m, Flow.EXPORT) for m in this_year]
    imports = [data.value(m, Flow.IMPORT) for m in this_year]
    totals = [data.value(m, "total") for m in this_year]
    ytd = _running(totals)
    ytd_last = _running([data.value(m.replace(year=end.year - 1), "total") for m in this_year])
    rows = [
        MonthRow(m, labels[m.month - 1], exports[i], imports[i], totals[i], ytd[i], ytd_last[i])
        for i, m in enumerate(this_year)
        if totals[i] is not None or ytd_last[i] is not None
    ]

    largest = max((v for v in [*totals, *ytd, *ytd_last] if v is not None), default=Decimal(0))
    scale, unit = axis_scale(largest, currency, language)

    def tick(value: Decimal) -> str:
        text = format((value / scale).quantize(Decimal("0.01")).normalize(), "f")
        return text.replace(".", ",") if normalise_language(language) == "de" else text

    reporter_name = translated.resolve(reporter.name, language).text or reporter.code
    partner_name = country_name(partner, language)
    bars = charts.stacked_bars(
        "trade-bars",
        _("Monthly trade %(reporter)s–%(partner)s, %(year)d (%(currency)s)")
        % {"reporter": reporter_name, "partner": partner_name, "year": end.year, "currency": currency},
        _("Bars: exports and imports per month, stacked. The table below lists the same values."),
        labels,
        [
            charts.Series(_("Exports"), exports, EXPORT_COLOUR),
            charts.Series(_("Imports"), imports, IMPORT_COLOUR),
        ],
        tick,
        unit,
    )
    ytd_chart = charts.lines(
        "trade-ytd",
        _("Trade year to date, %(year)d against %(previous)d (%(currency)s)")
        % {"year": end.year, "previous": end.year - 1, "currency": currency},
        _("Lines: cumulative total trade from January, this year solid, last year dashed."),
        labels,
        [
            charts.Series(str(end.year), ytd, THIS_YEAR_COLOUR),
            charts.Series(str(end.year - 1), ytd_last, LAST_YEAR_COLOUR, dashed=True),
        ],
        tick,
        unit,
    )
    chapter_codes = list(summary.chapters)
    links, pipeline = _sector_links(chapter_codes, user)
    table = hs_chapters()
    chapters = [
        ChapterRow(
            c,
            table[c].title_en,
            summary.chapters[c].get(Flow.EXPORT),
            summary.chapters[c].get(Flow.IMPORT),
            links.get(c, []),
        )
        for c in sorted(chapter_codes, key=lambda c: -sum(summary.chapters[c].get(f, Decimal(0)) for f in FLOWS))
    ]
    return Dashboard(
        reporter=reporter,
        partner=partner,
        partner_name=partner_name,
        year=end.year,
        currency=currency,
        summary=summary,
        headline=headline(summary, language),
        months=rows,
        bars=bars,
        ytd_chart=ytd_chart,
        chapters=chapters,
        pipeline_projects=pipeline,
    )
