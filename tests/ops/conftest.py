"""A migrated SQLite database in a folder of its own, for tests that run `qiao` in subprocesses."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def qiao_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a `qiao` subprocess: its own var folder and SQLite file, no DEBUG."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DEBUG", "SECURE", "TASK_BACKEND")}
    env.update({"QIAO_VAR_DIR": str(var_dir), "QIAO_WARM_MATCHING": "0", "DJANGO_SETTINGS_MODULE": "qiao.settings"})
    env.update(extra)
    return env


def qiao(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `qiao ARGS` and return what it printed (never raises on a non-zero exit)."""
    return subprocess.run(
        [sys.executable, "-m", "qiao.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """A var folder whose qiao.sqlite3 has every migration applied (made once per session)."""
    var_dir = tmp_path_factory.mktemp("qiao-var")
    result = qiao("migrate", "--noinput", "-v", "0", env=qiao_env(var_dir))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(var_dir / "qiao.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return var_dir
