import datetime as dt
from decimal import Decimal

import pytest

from qiao.currencies.domain.conversion import NoRateError, convert
from qiao.currencies.models import ExchangeRate

pytestmark = pytest.mark.django_db


@pytest.fixture
def rates():
    ExchangeRate.objects.create(currency="EUR", valid_on=dt.date(2020, 12, 1), cny_per_unit=Decimal("7.9"))
    ExchangeRate.objects.create(currency="EUR", valid_on=dt.date(2020, 12, 14), cny_per_unit=Decimal("8.0"))
    ExchangeRate.objects.create(currency="USD", valid_on=dt.date(2020, 12, 10), cny_per_unit=Decimal("6.5"))


def test_convert_uses_latest_rate_on_or_before_date_and_reports_it(rates):
    result = convert(Decimal("1000000"), "EUR", "CNY", dt.date(2020, 12, 13))

    assert (result.amount, result.currency, result.rate_date) == (Decimal("7900000.00"), "CNY", dt.date(2020, 12, 1))


def test_cross_conversion_reports_older_of_both_rate_dates(rates):
    result = convert(Decimal("650"), "USD", "EUR", dt.date(2020, 12, 20))

    assert (result.amount, result.rate_date) == (Decimal("528.13"), dt.date(2020, 12, 10))


def test_same_currency_needs_no_rate():
    assert convert(Decimal("5"), "USD", "USD", dt.date(2020, 1, 1)).rate_date is None


def test_missing_rate_is_refused_with_reason(rates):
    with pytest.raises(NoRateError, match="USD"):
        convert(Decimal("1"), "USD", "CNY", dt.date(2020, 1, 1))


def test_unknown_currency_is_refused():
    with pytest.raises(NoRateError, match="GBP"):
        convert(Decimal("1"), "GBP", "CNY", dt.date(2020, 1, 1))
