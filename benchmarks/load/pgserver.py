"""A private PostgreSQL server for the load benchmark, so its fault test can stop and start the
database without disturbing anyone else's (the system cluster stays untouched).

Uses the machine's PostgreSQL binaries (pg_config --bindir, else /usr/lib/postgresql/*/bin);
as root, the server runs as the `postgres` user, which PostgreSQL requires.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import time
from pathlib import Path


def _bindir() -> Path:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        if out and (Path(out) / "initdb").exists():
            return Path(out)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not candidates:
        raise RuntimeError("No PostgreSQL server binaries (initdb) found on this machine.")
    return Path(candidates[-1]).parent


class PrivateServer:
    """initdb/start/stop of one data directory listening on 127.0.0.1:`port` (trust auth)."""

    def __init__(self, datadir: Path, port: int) -> None:
        self.datadir = datadir
        self.port = port
        self.bin = _bindir()
        self.log = datadir.parent / "postgres.log"
        self.as_root = os.geteuid() == 0

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(a) for a in args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def ensure(self) -> None:
        """Create the data directory once (kept between runs when the caller keeps it)."""
        if (self.datadir / "PG_VERSION").exists():
            return
        self.datadir.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(self.datadir, "postgres", "postgres")
            shutil.chown(self.datadir.parent, "postgres", "postgres")
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.datadir),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )

    def running(self) -> bool:
        return self._run(str(self.bin / "pg_ctl"), "-D", str(self.datadir), "status", check=False).returncode == 0

    def start(self) -> None:
        if self.running():  # left over from an interrupted run, maybe on another port
            self.stop()
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=300 "
            "-c shared_buffers=512MB -c work_mem=16MB"
        )
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        """Fast shutdown: open transactions are rolled back, connections cut."""
        if self.running():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w", "stop")

    def wait_ready(self, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = subprocess.run(
                [str(self.bin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)], check=False
            )
            if ready.returncode == 0:
                return True
            time.sleep(0.3)
        return False

    def createdb(self, name: str) -> None:
        subprocess.run(
            [str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name], check=True
        )

    def dropdb(self, name: str) -> None:
        subprocess.run(
            [str(self.bin / "dropdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "--if-exists", name],
            check=True,
        )
