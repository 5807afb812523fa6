"""Reading and writing spreadsheets: CSV (UTF-8, with or without BOM) and XLSX.

The file type is decided by content, never by name: an XLSX file is a zip archive with a
``[Content_Types].xml`` member; anything else must decode as UTF-8 text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
# Cells starting with these are formulas in spreadsheet programs; exports quote them.
FORMULA_STARTS = ("=", "+", "-", "@")


class BulkFileError(ValueError):
    """A file that cannot be read at all; `errors` are messages for the person."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Table:
    """A file's header and its data rows as text, each row with its number in the file."""

    file_format: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


def detect_format(content: bytes) -> str:
    """CSV or XLSX by content, or BulkFileError saying what the file is not."""
    if len(content) > MAX_BYTES:
        raise BulkFileError([_("The file is larger than %(limit)d MB.") % {"limit": MAX_BYTES // (1024 * 1024)}])
    if not content.strip():
        raise BulkFileError([_("The file is empty.")])
    if zipfile.is_zipfile(io.BytesIO(content)):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if "[Content_Types].xml" in archive.namelist() and any(
                name.startswith("xl/") for name in archive.namelist()
            ):
                return XLSX
        raise BulkFileError([_("This is a zip archive but not an Excel workbook (XLSX).")])
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as undecodable:
        raise BulkFileError(
            [_("This is neither an XLSX workbook nor a CSV file in UTF-8; please save it as one of those.")]
        ) from undecodable
    if "\x00" in text:
        raise BulkFileError(
            [_("This is neither an XLSX workbook nor a CSV file in UTF-8; please save it as one of those.")]
        )
    return CSV


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person would type (dates ISO, times HH:MM)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    text = str(value).strip()
    if text.startswith("'") and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


def _csv_rows(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8-sig")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # Excel writes ";" in German locales
    try:
        return [[cell_text(cell) for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as broken:
        raise BulkFileError([_("The CSV file is malformed: %(problem)s") % {"problem": broken}]) from broken


def _xlsx_rows(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # imported here: only uploads need it

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as broken:
        raise BulkFileError([_("The Excel workbook cannot be read; it may be damaged.")]) from broken
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([cell_text(cell) for cell in row])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        workbook.close()


def read_table(content: bytes) -> Table:
    """The file's first sheet (or the CSV) as text rows; blank rows are skipped."""
    file_format = detect_format(content)
    raw = _xlsx_rows(content) if file_format == XLSX else _csv_rows(content)
    numbered = [(number, row) for number, row in enumerate(raw, start=1) if any(cell for cell in row)]
    if not numbered:
        raise BulkFileError([_("The file has no rows.")])
    if len(numbered) > MAX_ROWS + 1:
        raise BulkFileError([_("The file has more than %(max)d rows; please split it.") % {"max": MAX_ROWS}])
    (_number, header), *rows = numbered
    return Table(file_format, [cell.strip().lower() for cell in header], rows)


def _safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_table(file_format: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A CSV (UTF-8 with BOM, for Excel) or an XLSX file of the rows."""
    if file_format == CSV:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_safe(cell) for cell in row] for row in rows)
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append([_safe(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
