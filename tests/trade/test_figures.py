"""Re-import replaces months with a record; conversion by dated rates; shares; chapters; HS links."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from qiao.currencies.models import ExchangeRate
from qiao.sectors.domain.taxonomy import DATA_DIR as SECTORS_DATA
from qiao.trade.domain.figures import summarise
from qiao.trade.domain.importing import import_file
from qiao.trade.domain.registry import hs_chapters
from qiao.trade.models import Reporter, TradeFigure
from tests.trade.conftest import HEADER

pytestmark = pytest.mark.django_db

JAN, FEB = dt.date(2020, 1, 1), dt.date(2020, 2, 1)


def _import(text: str, layout: str = "monthly"):
    return import_file((HEADER + text).encode(), "figures.csv", layout)


def test_reimporting_a_month_replaces_it_and_records_each_change():
    _import(
        "ZJ,DE,2020-01,export,100,USD,\nZJ,DE,2020-01,import,40,USD,\n"
        "ZJ,DE,2020-01,export,30,USD,84\nZJ,DE,2020-02,export,90,USD,\n"
    )

    batch = _import("ZJ,DE,2020-01,export,110,USD,\nZJ,DE,2020-01,import,40,USD,\n")

    assert (batch.created, batch.changed, batch.removed, batch.unchanged) == (0, 1, 1, 1)
    assert batch.months == ["330000 DE 2020-01"]
    changes = {(c["change"], c["hs_chapter"]): c for c in batch.changes}
    assert changes[("changed", "")]["old"] == "100.00 USD"
    assert changes[("changed", "")]["new"] == "110.00 USD"
    assert changes[("removed", "84")]["old"] == "30.00 USD"
    # February was not in the file: untouched.
    assert TradeFigure.objects.get(month=FEB).value == 90
    assert TradeFigure.objects.filter(month=JAN).count() == 2


def test_values_convert_month_by_month_at_that_months_rate_and_name_the_rate_dates():
    ExchangeRate.objects.create(currency="USD", valid_on=dt.date(2019, 12, 31), cny_per_unit=Decimal("7.0"))
    ExchangeRate.objects.create(currency="USD", valid_on=dt.date(2020, 2, 15), cny_per_unit=Decimal("7.2"))
    ExchangeRate.objects.create(currency="EUR", valid_on=dt.date(2019, 12, 31), cny_per_unit=Decimal("8.0"))
    _import(
        "ZJ,DE,2020-01,export,100,USD,\nZJ,DE,2020-01,import,10,USD,\n"
        "ZJ,DE,2020-02,export,100,USD,\nZJ,DE,2020-02,import,10,USD,\n"
    )
    zhejiang = Reporter.objects.get(code="330000")

    in_cny = summarise(zhejiang, "DE", JAN, FEB, "CNY")
    in_eur = summarise(zhejiang, "DE", JAN, FEB, "EUR")

    assert in_cny.exports == Decimal("1420.00")  # 100 × 7.0 + 100 × 7.2
    assert in_cny.rate_dates == (dt.date(2019, 12, 31), dt.date(2020, 2, 15))
    assert in_eur.exports == Decimal("87.50") + Decimal("90.00")
    assert in_eur.rate_dates == (dt.date(2019, 12, 31),)  # the older of the two rates used


def test_share_of_the_reporters_trade_with_all_partners():
    _import(
        "ZJ,DE,2020-01,export,25,USD,\nZJ,DE,2020-01,import,10,USD,\n"
        "ZJ,WLD,2020-01,export,500,USD,\nZJ,WLD,2020-01,import,200,USD,\n"
    )

    summary = summarise(Reporter.objects.get(code="330000"), "DE", JAN, JAN)

    assert summary.share == {"total": Decimal("5.0"), "export": Decimal("5.0"), "import": Decimal("5.0")}


def test_growth_is_none_without_the_year_before_and_totals_fall_back_to_chapter_sums():
    _import("ZJ,DE,2020-01,export,30,USD,84\nZJ,DE,2020-01,export,20,USD,85\nZJ,DE,2020-01,import,5,USD,\n")

    summary = summarise(Reporter.objects.get(code="330000"), "DE", JAN, JAN)

    assert summary.exports == 50
    assert summary.growth["export"] is None
    assert summary.chapters == {"84": {"export": Decimal("30.00")}, "85": {"export": Decimal("20.00")}}


def test_hs_chapters_cover_01_to_97_and_link_only_to_platform_sectors():
    with (SECTORS_DATA / "nace_gbt4754.csv").open(encoding="utf-8") as handle:
        nace = {row["nace"] for row in csv.DictReader(line for line in handle if not line.startswith("#"))}
    chapters = hs_chapters()

    assert sorted(chapters) == [f"{n:02d}" for n in range(1, 98)]
    assert all(set(c.nace) <= nace for c in chapters.values())
    assert chapters["84"].nace == ("C28",)
    assert set(chapters["85"].nace) == {"C26", "C27"}
    assert chapters["87"].nace[0] == "C29"
    assert set(chapters["90"].nace) == {"C26", "C32"}
    assert chapters["39"].nace[0] == "C22"
    assert (chapters["72"].nace, chapters["73"].nace) == (("C24",), ("C25",))
    assert all(set(chapters[f"{n}"].nace) & {"C13", "C14"} for n in range(50, 64))
    assert all(set(chapters[f"{n}"].nace) & {"C20", "C21"} for n in range(28, 39))
