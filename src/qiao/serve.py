"""Run the development server and the background-task worker together (used by `make demo`)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def main(argv: list[str] | None = None) -> int:
    """Start `qiao db_worker` beside `qiao runserver`; stopping one stops both."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    command = [sys.executable, "-m", "qiao.cli"]
    env = dict(os.environ)
    worker = subprocess.Popen([*command, "db_worker"], env=env)  # noqa: S603 - our own CLI
    try:
        return subprocess.call([*command, "runserver", f"{args.host}:{args.port}"], env=env)  # noqa: S603
    except KeyboardInterrupt:
        return 0
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()


if __name__ == "__main__":
    raise SystemExit(main())
