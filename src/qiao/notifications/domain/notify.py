"""Telling people what happened: an inbox entry in their language, and an e-mail on commit."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from qiao.accounts.models import User
from qiao.notifications.models import Notification

#: The kinds of notification there are; each has notifications/<kind>/subject.txt and body.txt.
KINDS = frozenset({"meeting_requested", "meeting_answered", "agenda_published", "waitlist_promoted"})
KINDS |= {"review_declined", "advice_message"}  # templates in qiao/reviews/templates/notifications/

SUBJECT_MAX = 200


def notify(recipient: User, kind: str, context: dict[str, Any], url: str = "") -> Notification:
    """Store a notification for `recipient`, rendered in their language; e-mail it on commit.

    Side effects: creates a Notification; after the surrounding transaction commits, enqueues
    the task that e-mails it (nothing is sent if the transaction rolls back).
    Raises ValueError for an unknown kind.
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind: {kind!r}")
    data = {**context, "recipient": recipient, "url": url}
    with translation.override(recipient.language or "en"):
        subject = " ".join(render_to_string(f"notifications/{kind}/subject.txt", data).split())
        body = render_to_string(f"notifications/{kind}/body.txt", data).strip()
    with transaction.atomic():
        notification = Notification.objects.create(
            recipient=recipient, kind=kind, subject=subject[:SUBJECT_MAX], body=body, url=url[:500]
        )
        transaction.on_commit(lambda: _enqueue_email(notification.pk))
    return notification


def _enqueue_email(notification_pk: int) -> None:
    from qiao.notifications.tasks import send_notification_email

    send_notification_email.enqueue(notification_pk)


def send_email(notification_pk: int) -> bool:
    """E-mail a stored notification once; False when already sent or the person has no address.

    Side effects: sends one e-mail via django.core.mail; sets ``emailed_at``.
    """
    from django.core.mail import send_mail

    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("recipient")
            .filter(pk=notification_pk, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return False
        recipient = notification.recipient
        if not recipient.is_active or not recipient.email:
            return False
        body = notification.body
        if notification.url:
            body = f"{body}\n\n{absolute_url(notification.url)}"
        send_mail(notification.subject, body, None, [recipient.email])
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return True


def absolute_url(url: str) -> str:
    """A site path made absolute with ``settings.SITE_URL`` when that is configured."""
    base = str(getattr(settings, "SITE_URL", "") or "").rstrip("/")
    return f"{base}{url}" if base and url.startswith("/") else url


def mark_read(notification: Notification) -> Notification:
    """Mark one notification read (idempotent). Side effects: sets ``read_at``."""
    if notification.read_at is None:
        with transaction.atomic():
            notification.read_at = timezone.now()
            Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=notification.read_at)
    return notification


def mark_all_read(recipient: User) -> int:
    """Mark every unread notification of a person read; returns how many changed."""
    with transaction.atomic():
        return Notification.objects.filter(recipient=recipient, read_at__isnull=True).update(read_at=timezone.now())


def unread_count(recipient: Any) -> int:
    """How many unread notifications a person has (0 for anonymous visitors)."""
    if not getattr(recipient, "is_authenticated", False):
        return 0
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True).count()
