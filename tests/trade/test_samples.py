"""The samples in both layouts give the figures the 2020 summit reported, to the published precision."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from qiao.core.models import AuditEntry
from qiao.trade.domain.figures import summarise
from qiao.trade.domain.headline import amount_text
from qiao.trade.domain.importing import import_file
from qiao.trade.domain.samples import MONTHLY_SAMPLE, load_samples
from qiao.trade.models import ImportBatch, Reporter, TradeFigure
from tests.trade.conftest import sample_rows, sample_sum

pytestmark = pytest.mark.django_db

JAN, OCT = dt.date(2020, 1, 1), dt.date(2020, 10, 1)


def _zhejiang_summary():
    return summarise(Reporter.objects.get(code="330000"), "DE", JAN, OCT)


def _assert_reported_figures(summary):
    assert amount_text(summary.total, "USD", "en") == "16.53 bn USD"
    assert amount_text(summary.total, "USD", "zh-hans") == "165.3亿美元"
    assert amount_text(summary.exports, "USD", "en") == "13.08 bn USD"
    assert amount_text(summary.exports, "USD", "zh-hans") == "130.8亿美元"
    assert summary.growth["export"] == Decimal("8.8")
    assert (summary.compared_start, summary.compared_end) == (dt.date(2019, 1, 1), dt.date(2019, 10, 1))


def test_monthly_sample_gives_the_reported_figures(monthly_bytes):
    import_file(monthly_bytes, "monthly.csv", "monthly")

    _assert_reported_figures(_zhejiang_summary())


def test_cumulative_sample_gives_the_reported_figures(cumulative_bytes):
    import_file(cumulative_bytes, "cumulative.csv", "cumulative")

    _assert_reported_figures(_zhejiang_summary())


def test_both_layouts_store_the_same_monthly_figures(monthly_bytes, cumulative_bytes):
    import_file(monthly_bytes, "monthly.csv", "monthly")
    batch = import_file(cumulative_bytes, "cumulative.csv", "cumulative")

    assert (batch.created, batch.changed, batch.removed) == (0, 0, 0)
    assert batch.unchanged == len(sample_rows())


def test_sample_sums_are_exact_and_the_summary_equals_them(monthly_bytes):
    import_file(monthly_bytes, "monthly.csv", "monthly")
    summary = _zhejiang_summary()
    exports = sample_sum("export", "2020-01", "2020-10")
    imports = sample_sum("import", "2020-01", "2020-10")

    assert exports == Decimal("13080000000")
    assert exports + imports == Decimal("16530000000")
    assert (summary.exports, summary.imports, summary.total) == (exports, imports, exports + imports)
    assert summary.previous["export"] == sample_sum("export", "2019-01", "2019-10")


def test_february_2020_shows_the_covid_dip():
    values = {r["period"]: Decimal(r["value"]) for r in sample_rows() if r["flow"] == "export" and not r["hs_chapter"]}

    assert values["2020-02"] < values["2019-02"] * Decimal("0.8")
    assert values["2020-02"] < min(v for k, v in values.items() if k != "2020-02")


def test_xlsx_upload_reads_the_same_figures(monthly_bytes):
    workbook = Workbook()
    sheet = workbook.active
    rows = sample_rows()
    sheet.append(list(rows[0].keys()))
    for row in rows:
        year, month = row["period"].split("-")
        # Spreadsheets turn 2020-01 into a date, values into floats and chapter 02 into 2: all read back.
        sheet.append(
            [
                row["reporter"],
                row["partner"],
                dt.datetime(int(year), int(month), 1),
                row["flow"],
                float(row["value"]),
                row["currency"],
                int(row["hs_chapter"]) if row["hs_chapter"] else None,
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)

    import_file(buffer.getvalue(), "sample.xlsx", "monthly")

    _assert_reported_figures(_zhejiang_summary())


def test_load_samples_is_idempotent():
    first = load_samples()
    batches, audits = ImportBatch.objects.count(), AuditEntry.objects.count()

    assert first == len(sample_rows())
    assert load_samples() == 0
    assert (ImportBatch.objects.count(), AuditEntry.objects.count()) == (batches, audits)


def test_import_writes_a_batch_and_an_audit_entry(monthly_bytes):
    batch = import_file(monthly_bytes, MONTHLY_SAMPLE.name, "monthly")

    entry = AuditEntry.objects.get(action="trade.imported")
    assert entry.object_id == str(batch.pk)
    assert entry.data["created"] == len(sample_rows()) == TradeFigure.objects.count()
