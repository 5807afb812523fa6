"""Background tasks of the reviews app (they take primary keys or nothing, never instances)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_review_reminders() -> int:
    """Once a day: remind experts of open assignments due within two days or overdue."""
    from qiao.reviews.domain.reminders import remind_due_assignments

    return remind_due_assignments()
