"""Benchmark: how soon a freshly started server answers its first match page.

Usage: .venv/bin/python benchmarks/bench_server.py [--quick]

Loads the demo into a throw-away database, then starts `qiao runserver` (which imports
qiao.wsgi, where the model loads and the match index builds in a background thread) and
polls a project's match page from the moment the process starts. Printed: seconds to the
first answer (a page, possibly the "starting up" one) and to the first page with matches;
once with the embedding store still empty (first start after the demo load) and once with
it filled (every later start). The baseline, measured in the same run, is a server that
builds the engine inside the first request (QIAO_WARM_MATCHING=0).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QIAO = str(Path(sys.executable).parent / "qiao")
WARMING = "Matching is starting up"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(var_dir: str, warm: bool) -> dict[str, str]:
    return {**os.environ, "QIAO_VAR_DIR": var_dir, "DEBUG": "1", "QIAO_WARM_MATCHING": "1" if warm else "0"}


def _project_key(var_dir: str) -> str:
    code = "from qiao.projects.access import public_projects; print(public_projects().order_by('key')[0].key)"
    out = subprocess.run(
        [QIAO, "shell", "-c", code], env=_env(var_dir, False), capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def measure(var_dir: str, key: str, warm: bool, timeout: float = 120.0) -> tuple[float, float]:
    """Seconds from process start to the first answer and to the first page with matches."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/en/projects/{key}/matches/"
    started = time.perf_counter()
    server = subprocess.Popen(
        [QIAO, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=_env(var_dir, warm),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    first_answer = first_matches = float("nan")
    try:
        while time.perf_counter() - started < timeout:
            try:
                with urllib.request.urlopen(url, timeout=timeout) as response:
                    body = response.read().decode()
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.02)
                continue
            now = time.perf_counter() - started
            if first_answer != first_answer:  # NaN: not answered yet
                first_answer = now
            if WARMING not in body:
                first_matches = now
                break
            time.sleep(0.05)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return first_answer, first_matches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="accepted for make bench --quick; the run is short anyway")
    parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qiao-bench-server-") as var_dir:
        env = _env(var_dir, False)
        t0 = time.perf_counter()
        subprocess.run([QIAO, "migrate", "--noinput"], env=env, check=True, capture_output=True)
        subprocess.run([QIAO, "loaddemo"], env=env, check=True, capture_output=True)
        print(f"(demo loaded into a fresh database in {time.perf_counter() - t0:.1f} s; not part of the figures)")
        key = _project_key(var_dir)
        cold_answer, cold_matches = measure(var_dir, key, warm=True)
        print(
            f"first start, empty embedding store : first answer {cold_answer:.2f} s, first matches {cold_matches:.2f} s"
        )
        answer, matches = measure(var_dir, key, warm=True)
        print(f"later start, embeddings stored      : first answer {answer:.2f} s, first matches {matches:.2f} s")
        _, base_matches = measure(var_dir, key, warm=False)
        print(f"baseline: engine built inside the first request: answer with matches {base_matches:.2f} s")
        print(
            f"first answer x{base_matches / answer:.1f} sooner than the baseline's; "
            f"target: a fresh server answers its first match page within 2 s: {'held' if answer <= 2 else 'missed'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
