"""Tasks whose worker died mid-run: found and handed to the retry path, so none is lost.

The database queue marks a claimed task RUNNING, and nothing looks at it again if its worker
is killed (SIGKILL, out of memory, a lost machine). `qiao worker` names each database worker
`<host>:<pid>`; a RUNNING task whose worker on this host no longer exists, or which has run
longer than TASK_LEASE_SECONDS (any host), is marked failed with `WorkerLostError` and announced
with `task_finished`, so the retries with backoff and the dead-letter list of
qiao.ops.domain.retries apply. Delivery is therefore at least once: tasks are written to be
safe to run again.

On Redis, RQ finds abandoned jobs itself (its StartedJobRegistry, once the dead worker's
heartbeat has lapsed) and calls the same failure path; `recover_rq` runs that clean-up now.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)


class WorkerLostError(RuntimeError):
    """The worker running this task stopped before the task finished."""


def worker_id(pid: int | None = None) -> str:
    """The id `qiao worker` gives a database worker: this host and its process id (≤ 64 characters)."""
    return f"{socket.gethostname()[:50]}:{os.getpid() if pid is None else pid}"


def lease() -> dt.timedelta:
    """How long a task may run before any worker may presume its worker dead."""
    return dt.timedelta(seconds=int(getattr(settings, "TASK_LEASE_SECONDS", 3600)))


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just not ours
    return True


def _is_orphan(
    worker_ids: list[str], started_at: dt.datetime | None, now: dt.datetime, alive: Callable[[int], bool]
) -> bool:
    if started_at is not None and now - started_at > lease():
        return True
    host, _, pid = (worker_ids[-1] if worker_ids else "").rpartition(":")
    return host == socket.gethostname()[:50] and pid.isdigit() and not alive(int(pid))


def recover_database_queue(alias: str = "default", alive: Callable[[int], bool] = process_alive) -> list[str]:
    """Fail every orphaned RUNNING task of the database queue with WorkerLostError; returns their ids.

    Side effects: each such row becomes FAILED and `task_finished` is sent for it, which (through
    qiao.ops.domain.retries) enqueues a retry after the backoff or writes a dead letter.
    """
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    recovered: list[str] = []
    running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, backend_name=alias)
    for pk in running.values_list("pk", flat=True):
        with transaction.atomic():
            # Locked and read again: the worker may have finished it since the list was made.
            row = running.select_for_update(skip_locked=True).filter(pk=pk).first()
            if row is None or not _is_orphan(list(row.worker_ids), row.started_at, now, alive):
                continue
            last = row.worker_ids[-1] if row.worker_ids else "?"
            row.set_failed(WorkerLostError(f"worker {last} stopped while running this task"))
            logger.warning("Task %s (%s) lost its worker %s; handed to the retry path", row.pk, row.task_path, last)
            task_finished.send(sender=type(row.task.get_backend()), task_result=row.task_result)
            recovered.append(str(row.pk))
    return recovered


def recover_rq(queue_names: list[str] | None = None, at: float | None = None) -> int:
    """Run RQ's clean-up of abandoned jobs now; returns how many jobs were abandoned before it.

    `at` (a Unix time) stands for "now" in RQ's expiry check: a test uses a later time to act as
    if the dead worker's heartbeat had lapsed.
    """
    import django_rq
    from django_tasks_rq.backend import Job
    from rq.registry import StartedJobRegistry

    count = 0
    for name in queue_names or list(django_rq.settings.QUEUES):
        # Qiao's job class: its failure callback turns the job back into a task result.
        queue = django_rq.get_queue(name, job_class=Job)
        registry = StartedJobRegistry(queue=queue, job_class=Job)
        count += len(registry.get_expired_job_ids(at))
        registry.cleanup(timestamp=at)
    return count


def recover(alias: str = "default") -> int:
    """Recover orphaned tasks on whichever backend `alias` uses; returns how many were found."""
    backend = settings.TASKS[alias]["BACKEND"]
    if backend == "django_tasks_db.DatabaseBackend":
        return len(recover_database_queue(alias))
    if backend == "django_tasks_rq.RQBackend":
        return recover_rq(list(settings.TASKS[alias].get("QUEUES") or []) or None)
    return 0
