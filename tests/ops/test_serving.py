"""Gunicorn serves Qiao with the production configuration: health, pages and hashed, compressed static files."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.ops.conftest import ROOT, qiao, qiao_env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - http to our own loopback server
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.status, dict(response.headers), response.read()


def wait_until_up(url: str, server: subprocess.Popen[bytes], limit: float = 90) -> None:
    """Poll until the server answers (the limit only bounds a broken start; nothing is timed)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"gunicorn exited with {server.returncode}")
        try:
            fetch(url)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
        else:
            return
    raise AssertionError("gunicorn did not answer")


@pytest.mark.slow
def test_gunicorn_serves_health_pages_and_hashed_compressed_static_files(migrated_sqlite, tmp_path):
    env = qiao_env(migrated_sqlite)
    collected = qiao("collectstatic", "--noinput", "-v", "0", env=env)
    assert collected.returncode == 0, collected.stderr
    manifest = json.loads((migrated_sqlite / "static" / "staticfiles.json").read_text())["paths"]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "gunicorn.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "python:qiao.gunicorn_conf", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**env, "WEB_CONCURRENCY": "2"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(f"{base}/healthz", server)

        health_status, _, health_body = fetch(f"{base}/healthz")
        page_status, _, page = fetch(f"{base}/en/")
        hashed = manifest["admin/css/base.css"]
        static_status, static_headers, _ = fetch(f"{base}/static/{hashed}", **{"Accept-Encoding": "gzip"})
        metrics_status, _, metrics = fetch(f"{base}/metrics")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    assert (health_status, json.loads(health_body)["status"]) == (200, "ok")
    assert page_status == 200
    assert any(f"/static/{name}" in page.decode() for name in manifest.values() if name.endswith(".css"))
    assert hashed != "admin/css/base.css"
    assert static_status == 200
    assert static_headers["Content-Encoding"] == "gzip"
    assert "immutable" in static_headers["Cache-Control"]
    assert metrics_status == 200
    assert b'view="ops:healthz"' in metrics


_BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "WSGI_BLAS_THREADS")
_BLAS_PROBE = (
    "import json, qiao.wsgi, numpy\n"
    "from threadpoolctl import threadpool_info\n"
    "print(json.dumps([i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas']))\n"
)


@pytest.mark.parametrize(("setting", "threads"), [({}, 1), ({"WSGI_BLAS_THREADS": "2"}, 2)])
def test_the_wsgi_entry_point_sets_the_blas_threads_before_numpy_loads(tmp_path, setting, threads):
    """numpy is first imported long after qiao.wsgi: a limit applied then would find no BLAS to limit,
    and a second BLAS thread busy-waits beside the request threads (twice the CPU per request)."""
    env = {k: v for k, v in qiao_env(tmp_path).items() if k not in _BLAS_VARIABLES} | setting
    probe = subprocess.run(
        [sys.executable, "-c", _BLAS_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )

    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout.strip().splitlines()[-1]) == [threads]


@pytest.mark.parametrize(
    ("setting", "expected"), [({}, [100000, 10000]), ({"GUNICORN_MAX_REQUESTS": "500"}, [500, 50])]
)
def test_workers_are_recycled_rarely_unless_configured(tmp_path, setting, expected):
    """A new worker builds its own match index (about a minute of CPU at 50,000 profiles)."""
    env = {k: v for k, v in qiao_env(tmp_path).items() if k != "GUNICORN_MAX_REQUESTS"} | setting
    code = "import json, qiao.gunicorn_conf as c; print(json.dumps([c.max_requests, c.max_requests_jitter]))"
    probe = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)

    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout.strip().splitlines()[-1]) == expected


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({}, ["sync", 1, 2 * (os.cpu_count() or 1)]),
        ({"GUNICORN_THREADS": "4", "WEB_CONCURRENCY": "3"}, ["gthread", 4, 3]),
    ],
)
def test_workers_are_sync_processes_unless_threads_are_asked_for(tmp_path, setting, expected):
    """CPU-bound pages share one process's threads under the GIL: two sync workers per core did
    better than threads in the load bench; GUNICORN_THREADS > 1 still gives gthread workers."""
    env = {k: v for k, v in qiao_env(tmp_path).items() if k not in ("GUNICORN_THREADS", "WEB_CONCURRENCY")} | setting
    code = "import json, qiao.gunicorn_conf as c; print(json.dumps([c.worker_class, c.threads, c.workers]))"
    probe = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)

    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout.strip().splitlines()[-1]) == expected
