"""Background tasks of the pipeline. Tasks take primary keys (or nothing), never model instances."""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from qiao.pipeline.domain.followups import due_tasks, send_reminder


@task()
def send_due_task_reminders() -> int:
    """E-mail every open follow-up task due today or overdue, once a day; returns the mails sent."""
    today = timezone.localdate()
    return sum(1 for pk in due_tasks(today) if send_reminder(pk, today))
