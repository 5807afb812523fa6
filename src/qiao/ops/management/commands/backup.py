"""`qiao backup PATH`: copy the whole database into one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from qiao.ops.domain.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database to a file (SQLite backup API or pg_dump custom format)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="The backup file to write.")
        parser.add_argument("--force", action="store_true", help="Replace the file if it exists.")
        parser.add_argument("--database", default="default", help="The database alias (default: default).")

    def handle(self, *args: Any, path: Path, force: bool, database: str, **options: Any) -> None:
        try:
            outcome = backup(path, force=force, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Backed up %(engine)s database %(name)s to %(path)s (%(size)d bytes).")
            % {"engine": outcome.engine, "name": outcome.database, "path": outcome.path, "size": outcome.size}
        )
