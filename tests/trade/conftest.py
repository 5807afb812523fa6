"""Fixtures for trade statistics: the committed samples, read independently of the app's parser."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from qiao.trade.domain.samples import CUMULATIVE_SAMPLE, MONTHLY_SAMPLE

HEADER = "reporter,partner,period,flow,value,currency,hs_chapter\n"


def sample_rows(path: Path = MONTHLY_SAMPLE) -> list[dict[str, str]]:
    """The sample's data rows, read with the csv module alone."""
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def sample_sum(flow: str, start: str, end: str) -> Decimal:
    """Sum of the all-goods monthly values of the monthly sample for a flow and months (inclusive)."""
    return sum(
        (
            Decimal(r["value"])
            for r in sample_rows()
            if r["flow"] == flow and not r["hs_chapter"] and start <= r["period"] <= end
        ),
        Decimal(0),
    )


@pytest.fixture
def monthly_bytes() -> bytes:
    return MONTHLY_SAMPLE.read_bytes()


@pytest.fixture
def cumulative_bytes() -> bytes:
    return CUMULATIVE_SAMPLE.read_bytes()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
