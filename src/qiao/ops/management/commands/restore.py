"""`qiao restore PATH`: replace the database's contents with a backup from `qiao backup`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from qiao.ops.domain.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore the database from a backup made by `qiao backup`. Stop the web server and workers first."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, help="The backup file to read.")
        parser.add_argument("--force", action="store_true", help="Replace a database that already holds data.")
        parser.add_argument("--database", default="default", help="The database alias (default: default).")

    def handle(self, *args: Any, path: Path, force: bool, database: str, **options: Any) -> None:
        try:
            outcome = restore(path, force=force, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Restored %(engine)s database %(name)s from %(path)s.")
            % {"engine": outcome.engine, "name": outcome.database, "path": outcome.path}
        )
