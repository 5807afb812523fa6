"""`qiao worker`: the background worker for whichever queue the settings choose.

The database queue (embedded default) runs `db_worker` named `<host>:<pid>`; Redis runs
`rqworker` with its scheduler (needed for retries after a backoff) and Qiao's job class.
Before starting, tasks left RUNNING by a worker that died are handed to the retry path
(qiao.ops.domain.orphans), so a killed worker loses nothing.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from qiao.ops.domain import orphans


class Command(BaseCommand):
    help = "Run the background-task worker (database queue or Redis, as configured)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--burst", action="store_true", help="Run the tasks that are due, then stop.")
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between two looks at the database queue."
        )

    def handle(self, *args: Any, burst: bool, interval: float, **options: Any) -> None:
        if interval < 0:
            raise CommandError("--interval must not be negative.")
        backend = settings.TASKS["default"]["BACKEND"]
        queues = list(settings.TASKS["default"].get("QUEUES") or ["default"])
        found = orphans.recover()
        if found:
            self.stderr.write(f"{found} task(s) had lost their worker; they go through the retry path.")
        if backend == "django_tasks_db.DatabaseBackend":
            options = {"worker_id": orphans.worker_id(), "reload": False, "interval": interval}
            call_command("db_worker", queue_name=",".join(queues), batch=burst, **options)
        elif backend == "django_tasks_rq.RQBackend":
            extra = ["--burst"] if burst else []
            call_command("rqworker", *queues, "--with-scheduler", "--job-class", "django_tasks_rq.Job", *extra)
        else:
            raise CommandError(f"The task backend {backend} runs tasks in the caller; it needs no worker.")
