"""Trade figures for a reporter and a partner: totals, year to date, growth, shares, chapters.

Amounts are summed per month in the currency asked for. A month's value in another
currency is converted at the platform's latest rate on or before the month's last day
(the older of the two rates when neither side is CNY); the rate dates used are reported.
For each month and flow the all-goods figure is used when stored, else the sum of its
HS chapters.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from qiao.currencies.domain.conversion import NoRateError
from qiao.currencies.enums import Currency
from qiao.currencies.models import ExchangeRate
from qiao.trade.models import WORLD, Flow, Reporter, TradeFigure

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
FLOWS = (Flow.EXPORT.value, Flow.IMPORT.value)
TOTAL = "total"


def parse_month(text: str) -> dt.date:
    """2020-10 → 2020-10-01; ValueError (translated) otherwise."""
    try:
        year, month = text.split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError(text)
        return dt.date(int(year), int(month), 1)
    except ValueError as bad:
        raise ValueError(_("“%(value)s” is not a month written YYYY-MM.") % {"value": text}) from bad


def month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every first of the month from `start` to `end`, both included."""
    months = []
    current = start.replace(day=1)
    while current <= end:
        months.append(current)
        current = dt.date(current.year + (current.month == 12), current.month % 12 + 1, 1)
    return months


def year_earlier(month: dt.date) -> dt.date:
    return month.replace(year=month.year - 1)


def percent(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(TENTH, rounding=ROUND_HALF_UP)


def growth(current: Decimal, previous: Decimal | None) -> Decimal | None:
    """Year-on-year growth in percent, one decimal (None without a previous value)."""
    if previous is None or previous == 0:
        return None
    return ((current / previous - 1) * 100).quantize(TENTH, rounding=ROUND_HALF_UP)


class Rates:
    """The platform's exchange rates for the currencies and months needed (one query)."""

    def __init__(self, currencies: set[str], until: dt.date) -> None:
        wanted = sorted(c for c in currencies if c != Currency.CNY)
        self._dates: dict[str, list[dt.date]] = {c: [] for c in wanted}
        self._rates: dict[str, list[Decimal]] = {c: [] for c in wanted}
        if wanted:
            for rate in ExchangeRate.objects.filter(currency__in=wanted, valid_on__lte=until).order_by("valid_on"):
                self._dates[rate.currency].append(rate.valid_on)
                self._rates[rate.currency].append(rate.cny_per_unit)

    def _cny(self, currency: str, on: dt.date) -> tuple[Decimal, dt.date | None]:
        if currency == Currency.CNY:
            return Decimal(1), None
        dates = self._dates.get(currency, [])
        index = bisect.bisect_right(dates, on) - 1
        if index < 0:
            raise NoRateError(
                _("No exchange rate for %(currency)s on or before %(date)s.") % {"currency": currency, "date": on}
            )
        return self._rates[currency][index], dates[index]

    def convert(self, amount: Decimal, source: str, target: str, month: dt.date) -> tuple[Decimal, dt.date | None]:
        if source == target:
            return amount, None
        on = month_end(month)
        source_rate, source_date = self._cny(source, on)
        target_rate, target_date = self._cny(target, on)
        value = (amount * source_rate / target_rate).quantize(CENT, rounding=ROUND_HALF_UP)
        dates = [d for d in (source_date, target_date) if d is not None]
        return value, min(dates) if dates else None


@dataclass(frozen=True)
class Series:
    """Monthly values in one currency: (month, flow) → amount; (chapter, month, flow) → amount."""

    currency: str
    values: dict[tuple[dt.date, str], Decimal]
    chapter_values: dict[tuple[str, dt.date, str], Decimal]
    rate_dates: tuple[dt.date, ...]

    def chapters(self, months: list[dt.date]) -> dict[str, dict[str, Decimal]]:
        """Chapter → flow → sum over these months (chapters with figures only)."""
        wanted = set(months)
        result: dict[str, dict[str, Decimal]] = {}
        for (chapter, month, flow), amount in sorted(self.chapter_values.items()):
            if month in wanted:
                per_flow = result.setdefault(chapter, {})
                per_flow[flow] = per_flow.get(flow, Decimal(0)) + amount
        return result

    def months(self, flow: str) -> set[dt.date]:
        return {month for month, f in self.values if f == flow}

    def total(self, months: list[dt.date], flow: str) -> Decimal | None:
        """The sum over these months, or None if any month has no figure for the flow."""
        if flow == TOTAL:
            parts = [self.total(months, f) for f in FLOWS]
            return None if any(p is None for p in parts) else sum((p for p in parts if p is not None), Decimal(0))
        if any((m, flow) not in self.values for m in months):
            return None
        return sum((self.values[(m, flow)] for m in months), Decimal(0))

    def value(self, month: dt.date, flow: str) -> Decimal | None:
        if flow == TOTAL:
            parts = [self.values.get((month, f)) for f in FLOWS]
            return None if any(p is None for p in parts) else sum((p for p in parts if p is not None), Decimal(0))
        return self.values.get((month, flow))


def _figures(reporter: Reporter, partner: str, start: dt.date, end: dt.date) -> QuerySet[TradeFigure]:
    return TradeFigure.objects.filter(reporter=reporter, partner=partner, month__gte=start, month__lte=end).only(
        "month", "flow", "hs_chapter", "value", "currency"
    )


def series(reporter: Reporter, partner: str, start: dt.date, end: dt.date, currency: str = Currency.USD) -> Series:
    """Monthly values per flow from `start` to `end` and chapter sums over the same months."""
    if currency not in Currency.values:
        raise NoRateError(_("Unknown currency “%(currency)s”.") % {"currency": currency})
    rows = list(_figures(reporter, partner, start, end))
    rates = Rates({r.currency for r in rows} | {currency}, month_end(end))
    whole: dict[tuple[dt.date, str], Decimal] = {}
    by_chapter_month: dict[tuple[dt.date, str], Decimal] = {}
    chapters: dict[tuple[str, dt.date, str], Decimal] = {}
    used: set[dt.date] = set()
    for row in rows:
        amount, rate_date = rates.convert(row.value, row.currency, currency, row.month)
        if rate_date is not None:
            used.add(rate_date)
        key = (row.month, row.flow)
        if row.hs_chapter:
            by_chapter_month[key] = by_chapter_month.get(key, Decimal(0)) + amount
            chapters[(row.hs_chapter, row.month, row.flow)] = amount
        else:
            whole[key] = amount
    values = {**by_chapter_month, **whole}
    return Series(currency, values, chapters, tuple(sorted(used)))


@dataclass(frozen=True)
class Summary:
    """The figures for one period and the same months a year earlier."""

    reporter: Reporter
    partner: str
    start: dt.date
    end: dt.date
    currency: str
    totals: dict[str, Decimal | None]
    previous: dict[str, Decimal | None]
    growth: dict[str, Decimal | None]
    share: dict[str, Decimal | None]
    chapters: dict[str, dict[str, Decimal]]
    rate_dates: tuple[dt.date, ...]

    @property
    def compared_start(self) -> dt.date:
        return year_earlier(self.start)

    @property
    def compared_end(self) -> dt.date:
        return year_earlier(self.end)

    @property
    def total(self) -> Decimal | None:
        return self.totals[TOTAL]

    @property
    def exports(self) -> Decimal | None:
        return self.totals[Flow.EXPORT]

    @property
    def imports(self) -> Decimal | None:
        return self.totals[Flow.IMPORT]


def summarise(reporter: Reporter, partner: str, start: dt.date, end: dt.date, currency: str = Currency.USD) -> Summary:
    """Totals, growth against the same months a year earlier, and the share of all trade."""
    if start > end:
        raise ValueError(_("The period starts after it ends."))
    months = months_between(start, end)
    earlier = months_between(year_earlier(start), year_earlier(end))
    data = series(reporter, partner, year_earlier(start), end, currency)
    keys = (TOTAL, *FLOWS)
    totals = {k: data.total(months, k) for k in keys}
    previous = {k: data.total(earlier, k) for k in keys}
    growths = {k: growth(totals[k] or Decimal(0), previous[k]) if totals[k] is not None else None for k in keys}
    share: dict[str, Decimal | None] = dict.fromkeys(keys)
    rate_dates = set(data.rate_dates)
    if partner != WORLD:
        world = series(reporter, WORLD, start, end, currency)
        rate_dates |= set(world.rate_dates)
        for k in keys:
            whole = world.total(months, k)
            part = totals[k]
            share[k] = percent(part, whole) if part is not None and whole else None
    return Summary(
        reporter=reporter,
        partner=partner,
        start=start,
        end=end,
        currency=currency,
        totals=totals,
        previous=previous,
        growth=growths,
        share=share,
        chapters=data.chapters(months),
        rate_dates=tuple(sorted(rate_dates)),
    )


def latest_month(reporter: Reporter, partner: str) -> dt.date | None:
    """The last month with any figure for the pair."""
    last = TradeFigure.objects.filter(reporter=reporter, partner=partner).order_by("-month").first()
    return last.month if last else None
