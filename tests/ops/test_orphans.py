"""A worker killed mid-task loses nothing: the task goes through the retry path and runs again."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from qiao.ops.domain import orphans
from qiao.ops.models import DeadLetter, FailedAttempt
from tests.ops import tasks
from tests.ops.conftest import ROOT, qiao, qiao_env

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.TASK_MAX_ATTEMPTS = 3
    settings.TASK_RETRY_BASE_SECONDS = 30
    settings.TASK_LEASE_SECONDS = 3600


def _dead_pid() -> int:
    finished = subprocess.Popen(["true"])  # gone once waited for
    finished.wait()
    return finished.pid


def _running(worker: str, started_ago: dt.timedelta = dt.timedelta(seconds=5)) -> DBTaskResult:
    result = tasks.always_fails.enqueue(3, reason="never runs here")
    row = DBTaskResult.objects.get(pk=result.id)
    row.claim(worker)
    DBTaskResult.objects.filter(pk=row.pk).update(started_at=timezone.now() - started_ago)
    return row


def test_task_of_a_dead_worker_on_this_host_is_failed_and_retried():
    row = _running(f"{socket.gethostname()}:{_dead_pid()}")

    recovered = orphans.recover_database_queue()

    row.refresh_from_db()
    failure = FailedAttempt.objects.get(result_id=str(row.pk))
    retry = DBTaskResult.objects.get(pk=failure.retried_as)
    assert recovered == [str(row.pk)]
    assert (row.status, row.exception_class_path) == (
        TaskResultStatus.FAILED,
        "qiao.ops.domain.orphans.WorkerLostError",
    )
    assert (retry.status, retry.args_kwargs["args"]) == (TaskResultStatus.READY, [3])
    assert retry.run_after > timezone.now() + dt.timedelta(seconds=20)  # after the backoff


def test_task_of_a_live_worker_is_left_running():
    row = _running(orphans.worker_id())  # this test process: alive

    assert orphans.recover_database_queue() == []
    row.refresh_from_db()
    assert row.status == TaskResultStatus.RUNNING
    assert not FailedAttempt.objects.exists()


def test_task_on_another_host_is_recovered_only_after_the_lease():
    fresh = _running("other-host:12", started_ago=dt.timedelta(minutes=30))
    stale = _running("other-host:13", started_ago=dt.timedelta(minutes=61))

    assert orphans.recover_database_queue() == [str(stale.pk)]
    fresh.refresh_from_db()
    assert fresh.status == TaskResultStatus.RUNNING


def test_lost_task_on_its_last_attempt_becomes_a_dead_letter(settings):
    settings.TASK_MAX_ATTEMPTS = 1
    row = _running(f"{socket.gethostname()}:{_dead_pid()}")

    orphans.recover_database_queue()

    letter = DeadLetter.objects.get()
    assert (letter.last_result_id, letter.exception_class_path, letter.args) == (
        str(row.pk),
        "qiao.ops.domain.orphans.WorkerLostError",
        [3],
    )
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 0


def test_worker_command_refuses_a_negative_interval():
    with pytest.raises(CommandError, match="interval"):
        call_command("worker", "--interval", "-1")


def test_worker_command_says_the_immediate_backend_needs_no_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

    with pytest.raises(CommandError, match="needs no worker"):
        call_command("worker", "--burst")


# ---------------------------------------------------------------------------------------------
# Real processes, killed with SIGKILL (once in CI: they start several interpreters).


def _scratch(migrated_sqlite: Path, tmp_path: Path) -> Path:
    var = tmp_path / "var"
    shutil.copytree(migrated_sqlite, var)
    return var


def _shell(code: str, env: dict[str, str]) -> str:
    done = qiao("shell", "-c", code, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _start_and_kill_worker(env: dict[str, str], folder: Path, log: Path) -> None:
    """Start `qiao worker`, and SIGKILL it (with any child) once the task has started."""
    with log.open("wb") as out:
        # A session of its own, so SIGKILL reaches RQ's work-horse child too (as when a machine dies).
        worker = subprocess.Popen(
            [sys.executable, "-m", "qiao.cli", "worker", "--interval", "0.2"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 90
        try:
            while not (folder / "started").exists():
                assert worker.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "the worker never started the task:\n" + log.read_text()
                time.sleep(0.1)
        finally:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=30)


def _failures(var: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(var / "qiao.sqlite3") as db:
        return db.execute("SELECT task_path, exception_class_path FROM ops_failedattempt").fetchall()


ENQUEUE = "from tests.ops.tasks import blocks_first_run as t; print(t.enqueue({folder!r}).id)"


@pytest.mark.once
def test_killed_database_worker_loses_no_task(migrated_sqlite, tmp_path):
    var, folder = _scratch(migrated_sqlite, tmp_path), tmp_path / "task"
    folder.mkdir()
    env = qiao_env(var, TASK_RETRY_BASE_SECONDS="0", PYTHONPATH=str(ROOT))
    _shell(ENQUEUE.format(folder=str(folder)), env)

    _start_and_kill_worker(env, folder, tmp_path / "worker.log")
    assert not (folder / "done").exists()

    again = qiao("worker", "--burst", "--interval", "0", env=env)

    assert again.returncode == 0, again.stderr
    assert "1 task(s) had lost their worker" in again.stderr
    assert (folder / "done").exists()
    assert _failures(var) == [("tests.ops.tasks.blocks_first_run", "qiao.ops.domain.orphans.WorkerLostError")]


def _redis_url() -> str:
    url = os.environ.get("QIAO_TEST_REDIS", "redis://127.0.0.1:6379/9")
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(url).flushdb()
    except redis.RedisError as error:
        pytest.skip(f"no Redis at {url}: {error}")
    return url


@pytest.mark.once
def test_killed_rq_worker_loses_no_task(migrated_sqlite, tmp_path):
    url = _redis_url()
    var, folder = _scratch(migrated_sqlite, tmp_path), tmp_path / "task"
    folder.mkdir()
    env = qiao_env(var, TASK_RETRY_BASE_SECONDS="0", PYTHONPATH=str(ROOT), REDIS_URL=url)
    _shell(ENQUEUE.format(folder=str(folder)), env)

    _start_and_kill_worker(env, folder, tmp_path / "worker.log")
    # RQ presumes the worker dead once its heartbeat lapsed (about 90 s); act as if that time had passed.
    found = _shell(
        "import time; from qiao.ops.domain.orphans import recover_rq; print(recover_rq(at=time.time() + 3600))", env
    )
    # Likewise its scheduler's lock, which lapses 61 s after its last refresh; the retry is a scheduled job.
    pytest.importorskip("redis").Redis.from_url(url).delete("rq:scheduler-lock:default")
    again = qiao("worker", "--burst", env=env)

    assert found.strip().splitlines()[-1] == "1"
    assert again.returncode == 0, again.stderr
    assert (folder / "done").exists(), again.stderr[-3000:]
    assert _failures(var) == [("tests.ops.tasks.blocks_first_run", "")]  # RQ passes no exception class


@pytest.mark.once
def test_rq_workers_look_for_abandoned_jobs_every_minute(migrated_sqlite, tmp_path):
    url = _redis_url()
    env = qiao_env(_scratch(migrated_sqlite, tmp_path), REDIS_URL=url)

    out = _shell(
        "from django_rq.workers import get_worker; w = get_worker('default'); "
        "print(type(w).__module__, w.maintenance_interval, w.dequeue_timeout)",
        env,
    )

    # An idle worker wakes for its maintenance at least once a minute (RQ alone: every 405 s).
    assert out.strip().splitlines()[-1] == "qiao.ops.rq_worker 60 60"


def test_job_taken_by_a_worker_that_died_before_starting_it_is_queued_again():
    redis = pytest.importorskip("redis")
    from rq.queue import Queue

    from qiao.ops.rq_worker import requeue_stuck

    connection = redis.Redis.from_url(_redis_url())
    queue = Queue("default", connection=connection)
    lost, fresh = queue.enqueue("os.getpid"), queue.enqueue("os.getpid")
    for _ in (lost, fresh):  # what a worker does when it takes a job, before it dies here
        connection.lmove(queue.key, queue.intermediate_queue_key, "LEFT", "RIGHT")
    connection.set(queue.intermediate_queue.get_first_seen_key(lost.id), time.time() - 120)

    requeued = requeue_stuck(queue)

    assert requeued == 1
    assert queue.job_ids == [lost.id]
    assert queue.intermediate_queue.get_job_ids() == [fresh.id]  # seen now for the first time: waits
