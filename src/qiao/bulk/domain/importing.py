"""Importing a spreadsheet: a preview that writes nothing, then all rows or none.

Rows are numbered as the spreadsheet shows them (the header is row 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from qiao.bulk.domain.files import BulkFileError, read_table
from qiao.bulk.domain.kinds import KINDS, PlannedRow, RowCheck, RowError
from qiao.core.domain import audit


@dataclass
class Preview:
    """What importing the file would do, or why it cannot."""

    kind: str
    file_format: str
    columns: list[str]
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    row_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    @property
    def created(self) -> int:
        return sum(1 for row in self.rows if row.is_new)

    @property
    def updated(self) -> int:
        return sum(1 for row in self.rows if not row.is_new)


class ImportRefusedError(Exception):
    """The file had errors; nothing was written."""

    def __init__(self, preview: Preview) -> None:
        super().__init__(f"{len(preview.errors)} errors")
        self.preview = preview


def preview(kind_name: str, content: bytes, actor: Any = None) -> Preview:
    """Read and check every row without writing (BulkFileError for an unreadable file)."""
    kind = KINDS.get(kind_name)
    if kind is None:
        raise BulkFileError([_("Unknown kind of data “%(kind)s”.") % {"kind": kind_name}])
    table = read_table(content)
    known = [column.name for column in kind.columns]
    unknown = [name for name in table.header if name and name not in known]
    missing = [column.name for column in kind.columns if column.required and column.name not in table.header]
    problems = []
    if unknown:
        problems.append(_("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)})
    if missing:
        problems.append(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    repeated = sorted({name for name in table.header if name and table.header.count(name) > 1})
    if repeated:
        problems.append(_("Repeated columns: %(columns)s.") % {"columns": ", ".join(repeated)})
    if problems:
        raise BulkFileError(problems)
    result = Preview(kind_name, table.file_format, known, row_count=len(table.rows))
    seen: dict[tuple[str, ...], int] = {}
    for number, cells in table.rows:
        values = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(table.header) if name}
        check = RowCheck(number)
        for column in kind.columns:
            if column.required and not values.get(column.name):
                check.add(column.name, _("This column must not be empty."))
        if len(cells) > len(table.header) and any(cells[len(table.header) :]):
            check.add("", _("This row has more cells than the header has columns."))
        key = kind.key(values)
        if all(key) and key in seen:
            check.add(
                ", ".join(kind.key_columns), _("Same as row %(row)d; each row must be unique.") % {"row": seen[key]}
            )
        elif all(key):
            seen[key] = number
        planned = None if check.errors else kind.plan(check, values, actor)
        result.errors.extend(check.errors)
        if planned is not None:
            result.rows.append(planned)
    if not table.rows:
        result.errors.append(RowError(1, "", _("The file has a header but no data rows.")))
    return result


def run_import(kind_name: str, content: bytes, actor: Any, filename: str) -> Preview:
    """Write every row of a file that has no errors, in one transaction, with an audit entry.

    Side effects: creates/updates the kind's records (organisations; people and their
    memberships; registrations) and writes audit entry ``bulk.imported``. Raises
    ImportRefusedError (nothing written) when any row has an error.
    """
    with transaction.atomic():
        result = preview(kind_name, content, actor)
        if result.errors:
            raise ImportRefusedError(result)
        for row in result.rows:
            row.save()
        audit.record(
            actor,
            "bulk.imported",
            None,
            kind=kind_name,
            filename=filename[:200],
            file_format=result.file_format,
            created=result.created,
            updated=result.updated,
        )
    return result
