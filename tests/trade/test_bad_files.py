"""A bad row rejects the whole file, with its row number and reason; nothing of it is stored."""

from __future__ import annotations

import io
import zipfile

import pytest

from qiao.core.models import AuditEntry
from qiao.trade.domain.importing import import_file
from qiao.trade.domain.parsing import TradeFileError
from qiao.trade.models import ImportBatch, Reporter, TradeFigure
from tests.trade.conftest import HEADER

pytestmark = pytest.mark.django_db

GOOD = "浙江,DE,2020-01,export,100,USD,\n"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return buffer.getvalue()


CASES = [
    ("missing column", b"reporter,partner,period,flow,currency\nZJ,DE,2020-01,export,USD\n", "monthly", 1, "value"),
    ("text in a number", (HEADER + GOOD + "ZJ,DE,2020-02,export,12abc,USD,\n").encode(), "monthly", 3, "not a number"),
    ("thousands separator", (HEADER + 'ZJ,DE,2020-02,export,"1,200",USD,\n').encode(), "monthly", 2, "not a number"),
    ("duplicate month", (HEADER + GOOD + "Zhejiang,DE,2020-01,export,5,USD,\n").encode(), "monthly", 3, "row 2"),
    ("unknown country", (HEADER + GOOD + "ZJ,XX,2020-02,export,5,USD,\n").encode(), "monthly", 3, "XX"),
    ("unknown flow", (HEADER + GOOD + "ZJ,DE,2020-02,transit,5,USD,\n").encode(), "monthly", 3, "transit"),
    ("period not YYYY-MM", (HEADER + GOOD + "ZJ,DE,2020/02,export,5,USD,\n").encode(), "monthly", 3, "YYYY-MM"),
    ("month 13", (HEADER + GOOD + "ZJ,DE,2020-13,export,5,USD,\n").encode(), "monthly", 3, "YYYY-MM"),
    ("negative value", (HEADER + GOOD + "ZJ,DE,2020-02,export,-5,USD,\n").encode(), "monthly", 3, "negative"),
    ("unknown currency", (HEADER + GOOD + "ZJ,DE,2020-02,export,5,GBP,\n").encode(), "monthly", 3, "GBP"),
    ("unknown reporter", (HEADER + GOOD + "Atlantis,DE,2020-02,export,5,USD,\n").encode(), "monthly", 3, "Atlantis"),
    ("HS chapter 77", (HEADER + GOOD + "ZJ,DE,2020-02,export,5,USD,77\n").encode(), "monthly", 3, "77"),
    ("empty file", b"", "monthly", None, "empty"),
    ("blank lines only", b"\n\n  \n", "monthly", None, "empty"),
    ("header only", HEADER.encode(), "monthly", None, "no data rows"),
    ("PNG named .csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "monthly", None, "neither"),
    ("zip that is no workbook", _zip_bytes(), "monthly", None, "XLSX"),
    (
        "cumulative decreases",
        (
            HEADER + "ZJ,DE,2020-01,export,100,USD,\nZJ,DE,2020-02,export,250,USD,\nZJ,DE,2020-03,export,240,USD,\n"
        ).encode(),
        "cumulative",
        4,
        "below",
    ),
    (
        "cumulative gap",
        (HEADER + "ZJ,DE,2020-01,export,100,USD,\nZJ,DE,2020-03,export,250,USD,\n").encode(),
        "cumulative",
        3,
        "2020-02",
    ),
    ("cumulative not from January", (HEADER + "ZJ,DE,2020-02,export,100,USD,\n").encode(), "cumulative", 2, "2020-01"),
]


@pytest.mark.parametrize(("name", "content", "layout", "row", "reason"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_rejected_whole_with_row_and_reason(name, content, layout, row, reason):
    with pytest.raises(TradeFileError) as rejected:
        import_file(content, f"{name}.csv", layout)

    error = rejected.value.errors[0]
    assert error.row == row
    assert reason.casefold() in str(error).casefold()
    if row is not None:
        assert str(error).startswith(f"Row {row}: ")
    assert TradeFigure.objects.count() == ImportBatch.objects.count() == Reporter.objects.count() == 0
    assert not AuditEntry.objects.filter(action="trade.imported").exists()


def test_every_bad_row_is_reported_not_only_the_first():
    content = (HEADER + GOOD + "ZJ,XX,2020-02,export,5,USD,\nZJ,DE,2020-03,export,-1,EUR,\n").encode()

    with pytest.raises(TradeFileError) as rejected:
        import_file(content, "two.csv", "monthly")

    assert [e.row for e in rejected.value.errors] == [3, 4]


def test_a_rejected_reimport_leaves_the_stored_figures_alone():
    import_file((HEADER + GOOD).encode(), "good.csv", "monthly")

    with pytest.raises(TradeFileError):
        import_file(
            (HEADER + "ZJ,DE,2020-01,export,999,USD,\nZJ,DE,2020-02,export,x,USD,\n").encode(), "bad.csv", "monthly"
        )

    assert list(TradeFigure.objects.values_list("value", flat=True)) == [100]
    assert ImportBatch.objects.count() == 1


def test_row_numbers_count_comment_lines_like_a_spreadsheet():
    content = ("# a comment\n" + HEADER + GOOD + "ZJ,DE,2020-02,export,oops,USD,\n").encode()

    with pytest.raises(TradeFileError) as rejected:
        import_file(content, "commented.csv", "monthly")

    assert rejected.value.errors[0].row == 4


def test_semicolon_csv_in_gb18030_and_names_and_codes_of_reporters_are_read():
    content = (
        "reporter;partner;period;flow;value;currency\n"
        "浙江省;de;2020-01;出口;100;USD\n"
        "CN-ZJ;DE;2020-01;import;50;USD\n"
        "330600;DE;2020-01;export;7;USD\n"
    ).encode("gb18030")

    batch = import_file(content, "gbk.csv", "monthly")

    assert batch.created == 3
    assert set(Reporter.objects.values_list("code", flat=True)) == {"330000", "330600"}
