"""Background tasks of the notifications app (they take primary keys, never instances)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_notification_email(notification_pk: int) -> bool:
    """E-mail one stored notification; False when it was already sent or cannot be."""
    from qiao.notifications.domain.notify import send_email

    return send_email(notification_pk)
