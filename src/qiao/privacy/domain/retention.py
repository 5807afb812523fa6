"""Retention: each kind of personal data is kept for a set number of days, then deleted.

The periods live in settings.RETENTION_DAYS; ``enforce_retention`` (a periodic task) applies
them. Each kind is one function here so the list in the privacy page and the task agree.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone

from qiao.core.domain import audit
from qiao.core.models import AuditEntry

Purger = Callable[[datetime.datetime], int]

# Where previewed uploads wait for confirmation (qiao.core.pending_upload.PendingUpload users).
PENDING_UPLOAD_DIRECTORIES = ("bulk-pending", "trade-pending")


def _purge_audit_reads(cutoff: datetime.datetime) -> int:
    return AuditEntry.objects.filter(action=audit.READ_ACTION, at__lt=cutoff).delete()[0]


def _purge_notifications(cutoff: datetime.datetime) -> int:
    from qiao.notifications.models import Notification

    return Notification.objects.filter(created_at__lt=cutoff).delete()[0]


def _purge_unconfirmed_signups(cutoff: datetime.datetime) -> int:
    """Self-made accounts whose e-mail was never confirmed and which never signed in.

    Accounts made by organisers or imports (no unconfirmed sign-up address) and accounts
    that anything protected refers to are kept.
    """
    from allauth.account.models import EmailAddress  # type: ignore[import-untyped,unused-ignore]

    from qiao.accounts.models import User

    confirmed = EmailAddress.objects.filter(verified=True).values("user_id")
    unconfirmed = EmailAddress.objects.filter(verified=False).values("user_id")
    stale = (
        User.objects.filter(date_joined__lt=cutoff, last_login__isnull=True, is_staff=False, is_superuser=False)
        .filter(pk__in=unconfirmed)
        .exclude(pk__in=confirmed)
    )
    deleted = 0
    for user in stale.iterator():
        try:
            with transaction.atomic():
                user.delete()
        except ProtectedError:
            continue
        deleted += 1
    return deleted


def _purge_pending_uploads(cutoff: datetime.datetime) -> int:
    deleted = 0
    for directory in PENDING_UPLOAD_DIRECTORIES:
        try:
            _folders, files = default_storage.listdir(directory)
        except FileNotFoundError:
            continue
        for name in files:
            path = f"{directory}/{name}"
            try:
                modified = default_storage.get_modified_time(path)
            except FileNotFoundError:
                continue
            if modified < cutoff:
                default_storage.delete(path)
                deleted += 1
    return deleted


def _purge_login_attempts(cutoff: datetime.datetime) -> int:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog  # type: ignore[import-untyped,unused-ignore]

    return sum(
        int(model.objects.filter(attempt_time__lt=cutoff).delete()[0])
        for model in (AccessAttempt, AccessLog, AccessFailureLog)
    )


PURGERS: dict[str, Purger] = {
    "audit_reads": _purge_audit_reads,
    "notifications": _purge_notifications,
    "unconfirmed_signups": _purge_unconfirmed_signups,
    "pending_uploads": _purge_pending_uploads,
    "login_attempts": _purge_login_attempts,
}


def retention_days() -> dict[str, int]:
    """The configured period per data kind (days)."""
    configured: dict[str, int] = dict(settings.RETENTION_DAYS)
    return {kind: int(configured[kind]) for kind in PURGERS if kind in configured}


def enforce_retention(now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete every row older than its kind's period; returns how many went per kind.

    Side effects: deletes rows and files; audit ``privacy.retention_enforced`` with the counts
    when anything was deleted (the task runs every period).
    """
    now = now or timezone.now()
    counts: dict[str, int] = {}
    for kind, days in retention_days().items():
        counts[kind] = PURGERS[kind](now - datetime.timedelta(days=days))
    if any(counts.values()):
        with transaction.atomic():
            audit.record(None, "privacy.retention_enforced", None, removed=counts)
    return counts
