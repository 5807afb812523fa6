"""Scale-out: two gunicorn processes and one RQ worker on one PostgreSQL and one Redis act as one site.

Nothing that must be shared lives in process memory: a session made on A works on B, the API
rate limit (counted in the Redis cache) and the sign-in lockout (axes, in PostgreSQL) counted on
A hold on B, and a task enqueued by a request runs in the separate worker. Needs PostgreSQL on
127.0.0.1 and a Redis: a private redis-server when the binary exists, else QIAO_SCALEOUT_REDIS
(skipped when either is unreachable); every process is started here and stopped afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.once

requests = pytest.importorskip("requests")

BIN = Path(sys.executable).parent
PG_HOST, PG_PORT = "127.0.0.1", 5432
# Used only where there is no redis-server binary to start a private one.
REDIS_URL = os.environ.get("QIAO_SCALEOUT_REDIS", "redis://127.0.0.1:6379/7")
PASSWORD = "Scale-Out-Pass-2026"
THROTTLE = 3  # anonymous API requests per hour
LOCKOUT = 3  # failed sign-ins before a lock

SETUP = """
import datetime as dt
from allauth.account.models import EmailAddress
from django.utils import timezone
from qiao.accounts.models import Membership, User
from qiao.core import translated
from qiao.organisations.models import Organisation
from qiao.summits.models import Event
def person(name, org):
    user = User.objects.create_user(name, f"{name}@scaleout.example", "PASSWORD", role="company", approved=True)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    if org is not None:
        Membership.objects.create(person=user, organisation=org)
    return user
home = Organisation.objects.create(key="so-home", kind="company", country="DE",
    name=translated.make("en", en="Home GmbH"))
other = Organisation.objects.create(key="so-other", kind="park", country="CN",
    name=translated.make("en", en="Other Park"))
now = timezone.now()
Event.objects.create(key="so-summit", name=translated.make("en", en="Scale-out summit"),
    starts_at=now + dt.timedelta(days=20), ends_at=now + dt.timedelta(days=21), status="published")
person("alice", home)
person("bob", other)
person("carol", None)
""".replace("PASSWORD", PASSWORD)

CHECK = """
import json
from qiao.meetings.models import MeetingRequest
from qiao.notifications.models import Notification
requests = list(MeetingRequest.objects.values_list("requester__username", "requester_organisation__key",
    "recipient_organisation__key", "status"))
notes = list(Notification.objects.filter(recipient__username="bob").values_list("kind", "emailed_at"))
print(json.dumps({"requests": requests, "notes": [[k, e is not None] for k, e in notes]}))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _admin_connection():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(
        host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", autocommit=True, connect_timeout=3
    )


@pytest.fixture(scope="module")
def services() -> Iterator[dict[str, str]]:
    """A scratch PostgreSQL database (dropped afterwards) and an empty Redis of the test's own."""
    try:
        admin = _admin_connection()
    except Exception as error:
        pytest.skip(f"PostgreSQL is not reachable on {PG_HOST}:{PG_PORT} ({type(error).__name__})")
    import redis

    server, url = _private_redis()
    try:
        store = redis.Redis.from_url(url, socket_connect_timeout=3)
        store.ping()
    except redis.RedisError as error:
        admin.close()
        _stop(server)
        pytest.skip(f"Redis is not reachable at {url} ({type(error).__name__})")
    name = f"qiao_scaleout_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    store.flushdb()
    try:
        yield {"database": f"postgres://postgres@{PG_HOST}:{PG_PORT}/{name}", "redis": url}
    finally:
        store.flushdb()
        store.close()
        _stop(server)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _private_redis() -> tuple[subprocess.Popen[bytes] | None, str]:
    """A redis-server of this test's own (so parallel runs share no queue or counter), else REDIS_URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        return None, REDIS_URL
    port = _free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    return server, f"redis://127.0.0.1:{port}/0"


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is not None:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def site(services: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """Migrated database with three accounts; processes A and B (gunicorn) and one RQ worker."""
    var = tmp_path_factory.mktemp("scaleout")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "qiao.settings",
        "DATABASE_URL": services["database"],
        "REDIS_URL": services["redis"],
        "QIAO_VAR_DIR": str(var),
        "DEBUG": "0",
        "SECRET_KEY": "scale-out-test-only",
        "QIAO_WARM_MATCHING": "0",
        "API_RATE_ANON": f"{THROTTLE}/hour",
        "AXES_FAILURE_LIMIT": str(LOCKOUT),
        "EMAIL_URL": "dummymail://",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("TASK_BACKEND", None)
    qiao = str(BIN / "qiao")

    def shell(code: str) -> str:
        done = subprocess.run(
            [qiao, "shell", "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True
        )
        return done.stdout

    subprocess.run([qiao, "migrate", "--noinput"], env=env, capture_output=True, timeout=600, check=True)
    shell(SETUP)
    processes: list[subprocess.Popen[bytes]] = []
    logs = []
    urls = []
    try:
        for label in ("a", "b"):
            port = _free_port()
            log = (var / f"gunicorn-{label}.log").open("wb")
            logs.append(log)
            processes.append(
                subprocess.Popen(
                    [
                        str(BIN / "gunicorn"),
                        "qiao.wsgi:application",
                        "-w",
                        "1",
                        "-k",
                        "gthread",
                        "--threads",
                        "2",
                        "-b",
                        f"127.0.0.1:{port}",
                        "--no-control-socket",
                    ],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        worker_log = (var / "worker.log").open("wb")
        logs.append(worker_log)
        processes.append(
            subprocess.Popen(
                [qiao, "worker"],
                env=env,
                stdout=worker_log,
                stderr=subprocess.STDOUT,
            )
        )
        for url in urls:
            _wait_for(url, processes)
        yield {"a": urls[0], "b": urls[1], "shell": shell, "var": var}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        for log in logs:
            log.close()


def _wait_for(url: str, processes: list[subprocess.Popen[bytes]], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            raise AssertionError("a server or worker process exited during start-up")
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code in (200, 503):
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {timeout:.0f} s")


def _sign_in(client: requests.Session, base: str, name: str, password: str) -> requests.Response:
    client.get(f"{base}/en/accounts/login/", timeout=30)
    return client.post(
        f"{base}/en/accounts/login/",
        data={"login": name, "password": password, "csrfmiddlewaretoken": client.cookies.get("csrftoken", "")},
        headers={"Referer": f"{base}/en/accounts/login/"},
        allow_redirects=False,
        timeout=30,
    )


def test_session_from_a_writes_through_b_and_worker_runs_the_task(site: dict[str, object]) -> None:
    a, b, shell = str(site["a"]), str(site["b"]), site["shell"]
    client = requests.Session()

    signed_in = _sign_in(client, a, "alice", PASSWORD)
    form_url = f"{b}/en/meetings/requests/new/?to=so-other"
    form = client.get(form_url, timeout=30, allow_redirects=False)
    sent = client.post(
        form_url,
        data={
            "event": "so-summit",
            "from_organisation": "so-home",
            "to_organisation": "so-other",
            "priority": "1",
            "message": "Signed in on A, sent through B.",
            "csrfmiddlewaretoken": client.cookies.get("csrftoken", ""),
        },
        headers={"Referer": form_url},
        allow_redirects=False,
        timeout=30,
    )

    assert signed_in.status_code == 302
    assert form.status_code == 200
    assert sent.status_code == 302
    assert json.loads(shell(CHECK).splitlines()[-1])["requests"] == [["alice", "so-home", "so-other", "pending"]]
    # The invited organisation's member is told; the worker process sends the e-mail.
    deadline = time.monotonic() + 60
    notes: list[list[object]] = []
    while time.monotonic() < deadline:
        notes = json.loads(shell(CHECK).splitlines()[-1])["notes"]
        if notes and all(emailed for _, emailed in notes):
            break
        time.sleep(1)
    assert notes == [["meeting_requested", True]]


def test_api_rate_limit_counted_on_a_holds_on_b(site: dict[str, object]) -> None:
    a, b = str(site["a"]), str(site["b"])

    counted = [requests.get(f"{a}/api/v1/events/", timeout=30).status_code for _ in range(THROTTLE)]
    over = requests.get(f"{b}/api/v1/events/", timeout=30)

    assert counted == [200] * THROTTLE
    assert over.status_code == 429


def test_sign_in_lockout_counted_on_a_holds_on_b(site: dict[str, object]) -> None:
    a, b = str(site["a"]), str(site["b"])

    failures = [_sign_in(requests.Session(), a, "carol", "wrong-password").status_code for _ in range(LOCKOUT)]
    locked = _sign_in(requests.Session(), b, "carol", PASSWORD)

    assert 302 not in failures
    assert locked.status_code == 429
