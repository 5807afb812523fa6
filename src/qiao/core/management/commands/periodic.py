"""`qiao periodic`: enqueue every periodic task once (the background worker then runs them)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from qiao.core.periodic import enqueue_periodic
from qiao.ops.domain import orphans


class Command(BaseCommand):
    help = "Enqueue the periodic tasks (reminders and the like) once; run it from cron or `qiao serve`."

    def handle(self, *args: Any, **options: Any) -> None:
        # Tasks whose worker died on another machine are found here once their lease is over.
        found = orphans.recover()
        if found:
            self.stdout.write(f"{found} task(s) had lost their worker; they go through the retry path.")
        for path in enqueue_periodic():
            self.stdout.write(f"Enqueued {path}")
