"""Tasks run periodically while Qiao serves: `qiao periodic` enqueues each once; the worker runs them.

Apps add the dotted path of a django_tasks task (taking no arguments) to `PERIODIC_TASKS`.
"""

from __future__ import annotations

from django.utils.module_loading import import_string

#: Dotted paths of argument-less tasks, enqueued every period (see qiao.serve).
PERIODIC_TASKS: list[str] = [
    "qiao.pipeline.tasks.send_due_task_reminders",
    "qiao.privacy.tasks.enforce_retention",
    "qiao.reviews.tasks.send_review_reminders",
]

#: Seconds between two rounds while the demo serves.
PERIOD_SECONDS = 15 * 60


def enqueue_periodic(paths: list[str] | None = None) -> list[str]:
    """Enqueue each periodic task once; returns the paths enqueued."""
    enqueued = []
    for path in PERIODIC_TASKS if paths is None else paths:
        import_string(path).enqueue()
        enqueued.append(path)
    return enqueued
