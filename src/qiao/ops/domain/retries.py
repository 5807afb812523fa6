"""Retries with backoff and a dead-letter list for every background task.

django_tasks records a failure (the database queue keeps a FAILED row, RQ a failed job)
but never runs the task again. Qiao listens to `task_finished` on every backend: a failed
run is written down as a FailedAttempt and enqueued again after an exponential backoff;
the run that fails on the last allowed attempt becomes a DeadLetter with its arguments and
traceback, listed in the admin until someone queues it again or dismisses it.

Backends that cannot defer a task (the immediate backend of tests and one-off commands)
are not retried: their failure goes straight to the dead-letter list.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResult, TaskResultStatus
from django_tasks.base import Task

from qiao.core.domain import audit
from qiao.ops.models import DeadLetter, FailedAttempt

logger = logging.getLogger(__name__)


def max_attempts() -> int:
    """How many times a task runs before it is dead-lettered (at least once)."""
    return max(1, int(getattr(settings, "TASK_MAX_ATTEMPTS", 5)))


def backoff(attempt: int) -> dt.timedelta:
    """The wait before retrying after failed attempt number `attempt`: base·2^(attempt−1), capped."""
    base = float(getattr(settings, "TASK_RETRY_BASE_SECONDS", 30))
    cap = float(getattr(settings, "TASK_RETRY_MAX_SECONDS", 3600))
    return dt.timedelta(seconds=min(cap, base * 2 ** (attempt - 1)))


def on_task_finished(sender: Any, task_result: TaskResult[Any], **kwargs: Any) -> None:
    """`task_finished` receiver: never raises, since it runs inside the worker's error handling."""
    if task_result.status != TaskResultStatus.FAILED:
        return
    try:
        record_failure(task_result)
    except Exception:
        logger.exception("Could not record the failure of task %s (%s)", task_result.id, _path(task_result))


def record_failure(task_result: TaskResult[Any]) -> FailedAttempt | None:
    """Write down a failed run, then retry it later or dead-letter it; None if already recorded.

    Side effects: one FailedAttempt; either a new enqueued run (run_after = now + backoff)
    or one DeadLetter. All in one transaction, so a crash leaves neither half.
    """
    error = task_result.errors[-1] if task_result.errors else None
    task = task_result.task
    with transaction.atomic():
        if FailedAttempt.objects.filter(result_id=str(task_result.id)).exists():
            return None
        previous = FailedAttempt.objects.filter(retried_as=str(task_result.id)).first()
        attempt = previous.attempt + 1 if previous else 1
        failure = FailedAttempt.objects.create(
            result_id=str(task_result.id),
            chain_id=previous.chain_id if previous else str(task_result.id),
            task_path=_path(task_result),
            attempt=attempt,
            exception_class_path=error.exception_class_path[:255] if error else "",
        )
        if attempt < max_attempts() and task.get_backend().supports_defer:
            failure.retry_at = timezone.now() + backoff(attempt)
            retry = task.using(run_after=failure.retry_at).enqueue(*task_result.args, **task_result.kwargs)
            failure.retried_as = str(retry.id)
            failure.save(update_fields=["retry_at", "retried_as"])
            logger.warning(
                "Task %s (%s) failed on attempt %d; retrying at %s as %s",
                task_result.id,
                failure.task_path,
                attempt,
                failure.retry_at.isoformat(),
                retry.id,
            )
        else:
            DeadLetter.objects.create(
                chain_id=failure.chain_id,
                last_result_id=failure.result_id,
                task_path=failure.task_path,
                backend=task_result.backend,
                queue_name=task.queue_name,
                args=list(task_result.args),
                kwargs=dict(task_result.kwargs),
                attempts=attempt,
                exception_class_path=failure.exception_class_path,
                traceback=error.traceback if error else "",
            )
            logger.error("Task %s (%s) failed on attempt %d; dead-lettered", task_result.id, failure.task_path, attempt)
    return failure


def requeue(letter: DeadLetter, actor: Any) -> DeadLetter:
    """Queue a dead-lettered task again with a fresh set of attempts.

    Side effects: a new enqueued run; the letter becomes REQUEUED; an audit entry.
    """
    with transaction.atomic():
        letter = DeadLetter.objects.select_for_update().get(pk=letter.pk)
        if letter.state != DeadLetter.State.OPEN:
            return letter
        task = import_string(letter.task_path)
        if not isinstance(task, Task):
            raise TypeError(f"{letter.task_path} is not a task")
        result = task.using(queue_name=letter.queue_name).enqueue(*letter.args, **letter.kwargs)
        letter.state = DeadLetter.State.REQUEUED
        letter.requeued_as = str(result.id)
        letter.resolved_at = timezone.now()
        letter.save(update_fields=["state", "requeued_as", "resolved_at"])
        audit.record(actor, "ops.dead_letter_requeued", letter, result=letter.requeued_as)
    return letter


def dismiss(letter: DeadLetter, actor: Any) -> DeadLetter:
    """Mark a dead-lettered task as looked at and not to be run. Side effects: an audit entry."""
    with transaction.atomic():
        letter = DeadLetter.objects.select_for_update().get(pk=letter.pk)
        if letter.state != DeadLetter.State.OPEN:
            return letter
        letter.state = DeadLetter.State.DISMISSED
        letter.resolved_at = timezone.now()
        letter.save(update_fields=["state", "resolved_at"])
        audit.record(actor, "ops.dead_letter_dismissed", letter)
    return letter


def _path(task_result: TaskResult[Any]) -> str:
    try:
        return str(task_result.task.module_path)[:255]
    except (ImportError, AttributeError):
        return "?"
