"""`qiao backup` / `qiao restore` round-trip a database on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from tests.ops.conftest import qiao, qiao_env

MIGRATIONS = "SELECT app, name FROM django_migrations ORDER BY id"


@pytest.fixture(autouse=True)
def _english():
    """The messages below are matched in English, whatever an earlier test left active."""
    with translation.override("en"):
        yield


def tamper(cursor) -> None:
    """Lose the record of the ops app's migrations and add one that never existed."""
    cursor.execute("DELETE FROM django_migrations WHERE app = 'ops'")
    cursor.execute(
        "INSERT INTO django_migrations (app, name, applied) VALUES ('intruder', '0001_oops', CURRENT_TIMESTAMP)"
    )


@pytest.mark.slow
def test_sqlite_backup_then_restore_brings_back_the_data(migrated_sqlite, tmp_path):
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    shutil.copy(migrated_sqlite / "qiao.sqlite3", var_dir / "qiao.sqlite3")
    env = qiao_env(var_dir)
    database = var_dir / "qiao.sqlite3"
    with sqlite3.connect(database) as db:
        original = db.execute(MIGRATIONS).fetchall()
    backup_file = tmp_path / "qiao-backup.sqlite3"

    made = qiao("backup", str(backup_file), env=env)
    with sqlite3.connect(database) as db:
        tamper(db.cursor())
    refused = qiao("restore", str(backup_file), env=env)
    restored = qiao("restore", str(backup_file), "--force", env=env)

    assert made.returncode == 0, made.stderr
    assert backup_file.read_bytes().startswith(b"SQLite format 3\x00")
    assert refused.returncode != 0
    assert "Pass --force" in refused.stderr
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(database) as db:
        assert db.execute(MIGRATIONS).fetchall() == original
    assert ("ops", "0001_initial") in original


def test_backup_refuses_to_overwrite_without_force(tmp_path, db):
    existing = tmp_path / "old-backup.sqlite3"
    existing.write_bytes(b"an older backup")

    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", str(existing))

    assert existing.read_bytes() == b"an older backup"


def test_restore_rejects_a_file_that_is_not_a_backup(tmp_path, db):
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database")

    with pytest.raises(CommandError, match="not a Qiao backup"):
        call_command("restore", str(junk), "--force")


def test_restore_rejects_a_missing_file(tmp_path, db):
    with pytest.raises(CommandError, match="no backup file"):
        call_command("restore", str(tmp_path / "missing.dump"), "--force")


def test_backup_into_a_missing_folder_writes_nothing(tmp_path, db):
    target = tmp_path / "no-such-folder" / "backup.sqlite3"

    with pytest.raises(CommandError, match="does not exist"):
        call_command("backup", str(target))

    assert not target.parent.exists()


def _postgres_server() -> str:
    """The PostgreSQL server to make a scratch database on: DATABASE_URL's, or the local one."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    return url


@pytest.mark.slow
def test_postgresql_backup_then_restore_brings_back_the_data(tmp_path):
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore are not installed (Debian: postgresql-client)")
    psycopg = pytest.importorskip("psycopg")
    server = urlsplit(_postgres_server())
    admin_url = server._replace(path="/postgres").geturl()
    name = f"qiao_backup_pf_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(admin_url, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.skip(f"no PostgreSQL server to test against: {error}")
    admin.execute(f'CREATE DATABASE "{name}"')
    database_url = server._replace(path=f"/{name}").geturl()
    env = qiao_env(tmp_path, DATABASE_URL=database_url)
    backup_file = tmp_path / "qiao.dump"
    try:
        migrated = qiao("migrate", "--noinput", "-v", "0", env=env)
        assert migrated.returncode == 0, migrated.stderr
        with psycopg.connect(database_url) as conn:
            original = conn.execute(MIGRATIONS).fetchall()

        made = qiao("backup", str(backup_file), env=env)
        with psycopg.connect(database_url) as conn:
            tamper(conn.cursor())
        restored = qiao("restore", str(backup_file), "--force", env=env)

        assert made.returncode == 0, made.stderr
        assert backup_file.read_bytes().startswith(b"PGDMP")
        assert restored.returncode == 0, restored.stderr
        with psycopg.connect(database_url) as conn:
            assert conn.execute(MIGRATIONS).fetchall() == original
        assert ("ops", "0001_initial") in original
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_restore_refuses_a_backup_of_the_other_database_engine(tmp_path, db):
    from django.db import connection

    other = tmp_path / "other-engine.backup"
    if connection.vendor == "sqlite":
        other.write_bytes(b"PGDMP" + bytes(100))
        expected = "is a postgresql backup, but this database is sqlite"
    else:
        other.write_bytes(b"SQLite format 3\x00" + bytes(100))
        expected = "is a sqlite backup, but this database is postgresql"

    with pytest.raises(CommandError, match=expected):
        call_command("restore", str(other), "--force")
