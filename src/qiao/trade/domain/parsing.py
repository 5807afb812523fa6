"""Reading an uploaded trade file (CSV or XLSX, told apart by content) into checked figures.

Every problem is collected with its row number (the file's line, header = row 1, as a
spreadsheet shows it); any problem rejects the whole file. See ../FORMAT.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext as _

from qiao.core.validators import ISO_COUNTRIES
from qiao.currencies.enums import Currency
from qiao.trade.domain.registry import hs_chapters, reporter_code
from qiao.trade.models import WORLD, Flow, Layout

REQUIRED_COLUMNS = ("reporter", "partner", "period", "flow", "value", "currency")
OPTIONAL_COLUMNS = ("hs_chapter",)
MAX_ERRORS = 100
CENT = Decimal("0.01")
PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
NUMBER = re.compile(r"^\d{1,16}(\.\d+)?$")
FLOWS = {
    "export": Flow.EXPORT,
    "exports": Flow.EXPORT,
    "出口": Flow.EXPORT,
    "ausfuhr": Flow.EXPORT,
    "import": Flow.IMPORT,
    "imports": Flow.IMPORT,
    "进口": Flow.IMPORT,
    "einfuhr": Flow.IMPORT,
}


@dataclass(frozen=True)
class RowError:
    """One reason the file is rejected; `row` is None for the file as a whole."""

    row: int | None
    reason: str

    def __str__(self) -> str:
        if self.row is None:
            return self.reason
        return _("Row %(row)d: %(reason)s") % {"row": self.row, "reason": self.reason}


class TradeFileError(ValueError):
    """The file is rejected; nothing of it may be stored."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


@dataclass(frozen=True)
class Figure:
    """One checked monthly value, ready to store."""

    row: int
    reporter: str
    partner: str
    month: dt.date
    flow: str
    hs_chapter: str
    value: Decimal
    currency: str

    @property
    def key(self) -> tuple[str, str, dt.date, str, str]:
        return (self.reporter, self.partner, self.month, self.flow, self.hs_chapter)


# Reading tables -------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(Decimal(repr(value)), "f")
    return str(value).strip()


def _xlsx_rows(content: bytes) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # imported here: only uploads of spreadsheets need it

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as broken:  # openpyxl raises many kinds of errors on malformed workbooks
        raise TradeFileError([RowError(None, _("The file is not a readable XLSX workbook."))]) from broken
    try:
        sheet = workbook.worksheets[0]
        rows = [
            (number, [_cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
    return rows


def _decode(content: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(ord(c) < 32 and c not in "\t\r\n" for c in text):
            return text
    raise TradeFileError([RowError(None, _("The file is neither a CSV text file nor an XLSX workbook."))])


def _csv_rows(content: bytes) -> list[tuple[int, list[str]]]:
    text = _decode(content)
    lines = text.splitlines()
    header = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    delimiter = max(",;\t", key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for values in reader:
            if values and values[0].startswith("#"):
                continue
            rows.append((reader.line_num, [v.strip() for v in values]))
    except csv.Error as broken:
        raise TradeFileError([RowError(reader.line_num, _("The line is not valid CSV."))]) from broken
    return rows


def read_table(content: bytes) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The header and the data rows (with their row numbers) of a CSV or XLSX file."""
    if not content.strip():
        raise TradeFileError([RowError(None, _("The file is empty."))])
    if content.startswith(b"PK\x03\x04"):
        table = _xlsx_rows(content)
    elif b"\x00" in content[:4096]:
        raise TradeFileError([RowError(None, _("The file is neither a CSV text file nor an XLSX workbook."))])
    else:
        table = _csv_rows(content)
    table = [(number, values) for number, values in table if any(values)]
    if not table:
        raise TradeFileError([RowError(None, _("The file is empty."))])
    header_row, header_values = table[0]
    header = [h.strip().lstrip("\ufeff").casefold() for h in header_values]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise TradeFileError(
            [
                RowError(
                    header_row,
                    _("Missing column(s): %(columns)s. Required: %(required)s.")
                    % {"columns": ", ".join(missing), "required": ", ".join(REQUIRED_COLUMNS)},
                )
            ]
        )
    rows = []
    for number, values in table[1:]:
        padded = values + [""] * (len(header) - len(values))
        rows.append((number, {name: padded[i] for i, name in enumerate(header) if name}))
    if not rows:
        raise TradeFileError([RowError(None, _("The file has a header but no data rows."))])
    return header, rows


# Checking rows --------------------------------------------------------------------------


def _check_row(number: int, row: dict[str, str], errors: list[RowError]) -> Figure | None:
    problems: list[str] = []
    reporter = reporter_code(row.get("reporter", ""))
    if reporter is None:
        problems.append(
            _("unknown reporter “%(value)s” (a province or city name or code).") % {"value": row["reporter"]}
        )
    partner = row.get("partner", "").upper()
    if partner not in ISO_COUNTRIES and partner != WORLD:
        problems.append(
            _("unknown partner country “%(value)s” (an ISO 3166-1 alpha-2 code such as DE, or WLD).")
            % {"value": row["partner"]}
        )
    period = PERIOD.match(row.get("period", ""))
    if period is None:
        problems.append(_("period “%(value)s” is not a month written YYYY-MM.") % {"value": row["period"]})
    flow = FLOWS.get(row.get("flow", "").casefold())
    if flow is None:
        problems.append(_("unknown flow “%(value)s” (export or import).") % {"value": row["flow"]})
    raw_value = row.get("value", "").replace(" ", "").replace("\u00a0", "")
    value: Decimal | None = None
    if raw_value.startswith("-") and NUMBER.match(raw_value[1:]):
        problems.append(_("value %(value)s is negative.") % {"value": raw_value})
    elif not NUMBER.match(raw_value):
        problems.append(
            _("value “%(value)s” is not a number (digits and a decimal point only).") % {"value": row["value"]}
        )
    else:
        try:
            value = Decimal(raw_value).quantize(CENT, rounding=ROUND_HALF_UP)
        except InvalidOperation:  # pragma: no cover - the pattern already ensures a number
            problems.append(_("value “%(value)s” is not a number.") % {"value": row["value"]})
    currency = row.get("currency", "").upper()
    if currency not in Currency.values:
        problems.append(
            _("unknown currency “%(value)s” (one of %(known)s).")
            % {"value": row["currency"], "known": ", ".join(Currency.values)}
        )
    chapter = row.get("hs_chapter", "")
    if chapter:
        chapter = chapter.zfill(2)
        if chapter not in hs_chapters() or chapter == "77":
            problems.append(_("HS chapter “%(value)s” is not a chapter 01–97.") % {"value": row["hs_chapter"]})
    errors.extend(RowError(number, p) for p in problems)
    if problems:
        return None
    assert reporter is not None
    assert period is not None
    assert flow is not None
    assert value is not None
    month = dt.date(int(period.group(1)), int(period.group(2)), 1)
    return Figure(number, reporter, partner, month, str(flow), chapter, value, currency)


def _to_monthly(figures: list[Figure], errors: list[RowError]) -> list[Figure]:
    """Cumulative year-to-date values → monthly values; series must start in January."""
    series: dict[tuple[str, str, str, str, int], list[Figure]] = {}
    for figure in figures:
        key = (figure.reporter, figure.partner, figure.flow, figure.hs_chapter, figure.month.year)
        series.setdefault(key, []).append(figure)
    monthly: list[Figure] = []
    for items in series.values():
        items.sort(key=lambda f: f.month)
        previous: Figure | None = None
        for figure in items:
            expected = 1 if previous is None else previous.month.month + 1
            if figure.month.month != expected:
                errors.append(
                    RowError(
                        figure.row,
                        _("cumulative series lacks %(month)s: it must run month by month from January.")
                        % {"month": f"{figure.month.year}-{expected:02d}"},
                    )
                )
                break
            if previous is not None and figure.currency != previous.currency:
                errors.append(
                    RowError(
                        figure.row,
                        _("currency %(currency)s differs from row %(other)d of the same cumulative series.")
                        % {"currency": figure.currency, "other": previous.row},
                    )
                )
                break
            if previous is not None and figure.value < previous.value:
                errors.append(
                    RowError(
                        figure.row,
                        _("cumulative value %(value)s is below the previous month's %(previous)s (row %(other)d).")
                        % {"value": figure.value, "previous": previous.value, "other": previous.row},
                    )
                )
                break
            before = previous.value if previous is not None else Decimal(0)
            monthly.append(
                Figure(
                    figure.row,
                    figure.reporter,
                    figure.partner,
                    figure.month,
                    figure.flow,
                    figure.hs_chapter,
                    figure.value - before,
                    figure.currency,
                )
            )
            previous = figure
    return sorted(monthly, key=lambda f: f.row)


def parse(content: bytes, layout: str) -> list[Figure]:
    """The file's monthly figures, or TradeFileError listing every problem with its row."""
    if layout not in Layout.values:
        raise TradeFileError([RowError(None, _("Unknown layout “%(layout)s”.") % {"layout": layout})])
    _header, rows = read_table(content)
    errors: list[RowError] = []
    figures: list[Figure] = []
    seen: dict[tuple[str, str, dt.date, str, str], int] = {}
    for number, row in rows:
        figure = _check_row(number, row, errors)
        if figure is None:
            continue
        if figure.key in seen:
            errors.append(
                RowError(
                    number,
                    _("duplicate: row %(other)d already gives %(flow)s for %(month)s.")
                    % {"other": seen[figure.key], "flow": figure.flow, "month": f"{figure.month:%Y-%m}"},
                )
            )
            continue
        seen[figure.key] = number
        figures.append(figure)
    if not errors and layout == Layout.CUMULATIVE:
        figures = _to_monthly(figures, errors)
    if errors:
        raise TradeFileError(_first(errors, MAX_ERRORS))
    return figures


def _first(errors: Iterable[RowError], limit: int) -> list[RowError]:
    result = sorted(errors, key=lambda e: e.row or 0)
    if len(result) > limit:
        more = len(result) - limit
        result = [*result[:limit], RowError(None, _("… and %(count)d more problems.") % {"count": more})]
    return result
