"""`qiao trade import` and `qiao trade summary`: one JSON line; errors exit non-zero without a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from qiao.trade.domain.samples import CUMULATIVE_SAMPLE, MONTHLY_SAMPLE
from tests.trade.conftest import HEADER, sample_sum

pytestmark = pytest.mark.django_db


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("trade", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(("path", "layout"), [(MONTHLY_SAMPLE, "monthly"), (CUMULATIVE_SAMPLE, "cumulative")])
def test_import_then_summary_prints_one_json_line(path, layout):
    assert "created" in _run("import", str(path), "--layout", layout)

    output = _run("summary", "--reporter", "浙江", "--partner", "DE", "--from", "2020-01", "--to", "2020-10")

    assert output.count("\n") == 1
    line = json.loads(output)
    assert line["total"] == 16_530_000_000
    assert line["exports"] == 13_080_000_000
    assert line["imports"] == float(sample_sum("import", "2020-01", "2020-10"))
    assert line["growth_percent"]["exports"] == 8.8
    assert line["compared_with"] == {"from": "2019-01", "to": "2019-10"}
    assert line["currency"] == "USD"
    assert line["rate_dates"] == []


@pytest.mark.parametrize("reporter", ["ZJ", "Zhejiang", "330000", "浙江省"])
def test_summary_accepts_the_reporter_by_name_or_code(reporter):
    _run("import", str(MONTHLY_SAMPLE))

    line = json.loads(
        _run("summary", "--reporter", reporter, "--partner", "de", "--from", "2020-01", "--to", "2020-10")
    )

    assert line["reporter"] == "330000"


def test_bad_file_is_a_command_error_naming_the_row(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "ZJ,DE,2020-01,export,ten,USD,\n", encoding="utf-8")

    with pytest.raises(CommandError, match="Row 2"):
        _run("import", str(bad))


def test_summary_errors_are_command_errors():
    with pytest.raises(CommandError, match="Atlantis"):
        _run("summary", "--reporter", "Atlantis", "--partner", "DE", "--from", "2020-01", "--to", "2020-10")
    _run("import", str(MONTHLY_SAMPLE))
    with pytest.raises(CommandError, match="YYYY-MM"):
        _run("summary", "--reporter", "ZJ", "--partner", "DE", "--from", "2020-1", "--to", "2020-10")


@pytest.mark.parametrize(
    ("content", "expected"),
    [(HEADER + "ZJ,DE,2020-01,export,-3,USD,\n", "Row 2"), (None, "No such file")],
)
def test_the_console_command_exits_non_zero_without_a_traceback(tmp_path, content, expected):
    path = tmp_path / "file.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "qiao.cli", "trade", "import", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={"QIAO_VAR_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )

    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
