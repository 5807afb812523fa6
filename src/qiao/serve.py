"""Run the development server and the background-task worker together (used by `make demo`)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading

#: Seconds between two `qiao periodic` runs (the same as qiao.core.periodic.PERIOD_SECONDS,
#: repeated so this launcher does not import Django).
PERIOD_SECONDS = 15 * 60


def _run_periodic(command: list[str], env: dict[str, str], stop: threading.Event) -> None:
    """Run `qiao periodic` now and then every period until `stop` is set."""
    while not stop.is_set():
        subprocess.call([*command, "periodic"], env=env)  # noqa: S603 - our own CLI
        stop.wait(PERIOD_SECONDS)


def main(argv: list[str] | None = None) -> int:
    """Start `qiao worker` (the database queue) beside `qiao runserver`, and enqueue periodic tasks every 15 minutes.

    Stopping the server stops the worker and the periodic thread.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    command = [sys.executable, "-m", "qiao.cli"]
    env = dict(os.environ)
    worker = subprocess.Popen([*command, "worker"], env=env)  # noqa: S603 - our own CLI
    stop = threading.Event()
    periodic = threading.Thread(target=_run_periodic, args=(command, env, stop), name="qiao-periodic", daemon=True)
    periodic.start()
    try:
        return subprocess.call([*command, "runserver", f"{args.host}:{args.port}"], env=env)  # noqa: S603
    except KeyboardInterrupt:
        return 0
    finally:
        stop.set()
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()


if __name__ == "__main__":
    raise SystemExit(main())
