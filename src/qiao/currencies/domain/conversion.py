"""Converting money between CNY, EUR and USD with the platform's dated rates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from qiao.currencies.enums import Currency
from qiao.currencies.models import ExchangeRate

CENT = Decimal("0.01")


class NoRateError(LookupError):
    """No exchange rate is on record for the currency on or before the date."""


@dataclass(frozen=True)
class Converted:
    """A converted amount and the date of the rate(s) it used (None: same currency)."""

    amount: Decimal
    currency: str
    rate_date: dt.date | None


def _cny_rate(currency: str, on: dt.date) -> tuple[Decimal, dt.date | None]:
    if currency == Currency.CNY:
        return Decimal(1), None
    if currency not in Currency.values:
        raise NoRateError(_("Unknown currency “%(currency)s”.") % {"currency": currency})
    rate = ExchangeRate.objects.filter(currency=currency, valid_on__lte=on).order_by("-valid_on").first()
    if rate is None:
        raise NoRateError(
            _("No exchange rate for %(currency)s on or before %(date)s.") % {"currency": currency, "date": on}
        )
    return rate.cny_per_unit, rate.valid_on


def convert(amount: Decimal, source: str, target: str, on: dt.date) -> Converted:
    """Convert `amount` from `source` to `target` at the latest rates on or before `on`.

    The reported rate date is the older of the two rates used, so it never overstates
    how current the figure is.
    """
    if source == target:
        return Converted(amount, target, None)
    source_rate, source_date = _cny_rate(source, on)
    target_rate, target_date = _cny_rate(target, on)
    value = (amount * source_rate / target_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    dates = [d for d in (source_date, target_date) if d is not None]
    return Converted(value, target, min(dates) if dates else None)
