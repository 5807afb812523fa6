"""Whole-database backups and restores: SQLite's online backup API, or pg_dump/pg_restore.

A backup is written beside its destination and renamed into place only when complete and
verified, so a failed run leaves no half-written file. A restore checks the file first
(right kind for this database, readable, a Qiao database) and replaces the data in one
step: SQLite's backup API copies every page under one lock, pg_restore runs in a single
transaction.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections
from django.utils.translation import gettext as _

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class Outcome:
    """What was written or restored."""

    path: Path
    engine: str
    database: str
    size: int


def _database(using: str) -> tuple[str, dict[str, Any]]:
    config = connections[using].settings_dict
    engine = str(config["ENGINE"])
    if engine.endswith("sqlite3"):
        return "sqlite", config
    if engine.endswith("postgresql"):
        return "postgresql", config
    raise BackupError(_("Backups support SQLite and PostgreSQL, not %(engine)s.") % {"engine": engine})


def _sqlite_file(config: dict[str, Any]) -> Path:
    name = str(config["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError(_("The database lives in memory only; there is no file to back up or restore."))
    return Path(name)


def backup(path: Path, *, force: bool = False, using: str = "default") -> Outcome:
    """Copy the whole database to `path`; refuses to replace an existing file unless `force`."""
    kind, config = _database(using)
    path = Path(path)
    if path.is_dir():
        raise BackupError(_("%(path)s is a directory; give a file name for the backup.") % {"path": path})
    if path.exists() and not force:
        raise BackupError(_("%(path)s already exists. Choose another name or pass --force.") % {"path": path})
    if not path.parent.is_dir():
        raise BackupError(_("The folder %(folder)s does not exist.") % {"folder": path.parent})
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        if kind == "sqlite":
            _sqlite_backup(_sqlite_file(config), partial)
        else:
            _pg_dump(config, partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return Outcome(path, kind, str(config["NAME"]), path.stat().st_size)


def restore(path: Path, *, force: bool = False, using: str = "default") -> Outcome:
    """Replace the database's contents with the backup at `path`; a database with tables needs `force`."""
    kind, config = _database(using)
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("There is no backup file at %(path)s.") % {"path": path})
    with path.open("rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    found = "sqlite" if head == SQLITE_MAGIC else "postgresql" if head.startswith(PGDUMP_MAGIC) else ""
    if not found:
        raise BackupError(
            _("%(path)s is not a Qiao backup (neither SQLite nor pg_dump custom format).") % {"path": path}
        )
    if found != kind:
        raise BackupError(
            _("%(path)s is a %(found)s backup, but this database is %(engine)s.")
            % {"path": path, "found": found, "engine": kind}
        )
    if connections[using].introspection.table_names() and not force:
        raise BackupError(
            _("The database %(name)s already holds data, which the restore replaces. Pass --force to go ahead.")
            % {"name": config["NAME"]}
        )
    connections[using].close()
    if kind == "sqlite":
        _sqlite_restore(path, _sqlite_file(config))
    else:
        _pg_restore(config, path)
    return Outcome(path, kind, str(config["NAME"]), path.stat().st_size)


def _sqlite_backup(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupError(_("The database file %(path)s does not exist.") % {"path": source})
    # Read-write, not mode=ro: a read-only connection cannot join a WAL database's shared memory.
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _check_sqlite(target)


def _check_sqlite(path: Path) -> None:
    """The file is an intact SQLite database with Django's migration table."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (result,) = db.execute("PRAGMA integrity_check").fetchone()
            has_migrations = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'"
            ).fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(
            _("%(path)s is not a readable SQLite database (%(error)s).") % {"path": path, "error": error}
        ) from error
    if result != "ok":
        raise BackupError(_("%(path)s failed SQLite's integrity check: %(result)s") % {"path": path, "result": result})
    if not has_migrations:
        raise BackupError(_("%(path)s is a SQLite database, but not a Qiao one.") % {"path": path})


def _sqlite_restore(backup_file: Path, target: Path) -> None:
    _check_sqlite(backup_file)
    src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _pg_env(config: dict[str, Any]) -> dict[str, str]:
    env = dict(os.environ)
    options = config.get("OPTIONS") or {}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if config.get(key):
            env[variable] = str(config[key])
    if options.get("sslmode"):
        env["PGSSLMODE"] = str(options["sslmode"])
    return env


def _pg_program(setting: str, default: str) -> str:
    program = str(getattr(settings, setting, default))
    found = shutil.which(program)
    if found is None:
        raise BackupError(
            _(
                "%(program)s was not found. Install the PostgreSQL client programs "
                "(the server's major version) or set %(setting)s."
            )
            % {"program": program, "setting": setting}
        )
    return found


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - fixed programs, no shell
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        raise BackupError(
            _("%(program)s failed (exit status %(status)d): %(detail)s")
            % {"program": Path(command[0]).name, "status": result.returncode, "detail": " ".join(detail)}
        )


def _pg_dump(config: dict[str, Any], target: Path) -> None:
    program = _pg_program("PG_DUMP", "pg_dump")
    _run(
        [program, "--format=custom", "--no-owner", "--file", str(target), "--dbname", str(config["NAME"])],
        _pg_env(config),
    )
    with target.open("rb") as file:
        if not file.read(len(PGDUMP_MAGIC)) == PGDUMP_MAGIC:
            raise BackupError(_("pg_dump wrote something that is not a custom-format dump."))


def _pg_restore(config: dict[str, Any], backup_file: Path) -> None:
    program = _pg_program("PG_RESTORE", "pg_restore")
    _run(
        [
            program,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            str(config["NAME"]),
            str(backup_file),
        ],
        _pg_env(config),
    )
