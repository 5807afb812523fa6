"""Exporting the stored records of a kind as CSV or XLSX, in the import's columns."""

from __future__ import annotations

from qiao.bulk.domain.files import write_table
from qiao.bulk.domain.kinds import KINDS


def export(kind_name: str, file_format: str) -> bytes:
    """The file's bytes; re-importing it unchanged updates every row to what it already is."""
    kind = KINDS[kind_name]
    header = [column.name for column in kind.columns]
    rows = [[row.get(name, "") for name in header] for row in kind.export_rows()]
    return write_table(file_format, header, rows)
