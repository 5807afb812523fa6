"""Retention: each kind of data older than its period is deleted by the periodic task."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from qiao.accounts.models import User
from qiao.core.domain import audit
from qiao.core.models import AuditEntry
from qiao.core.periodic import PERIODIC_TASKS
from qiao.notifications.models import Notification
from qiao.privacy import tasks
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def _days_ago(days: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


def test_the_task_is_registered_as_periodic():
    assert "qiao.privacy.tasks.enforce_retention" in PERIODIC_TASKS


def test_old_read_rows_go_and_change_rows_stay(settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "audit_reads": 730}
    reader, person = UserFactory(), UserFactory()
    old_read, new_read = audit.record_read(reader, [person, reader], kind="page")
    AuditEntry.objects.filter(pk=old_read.pk).update(at=_days_ago(731))
    change = AuditEntry.objects.create(action="account.profile_changed", object_type="accounts.user")
    AuditEntry.objects.filter(pk=change.pk).update(at=_days_ago(2000))

    counts = tasks.enforce_retention.call()

    assert counts["audit_reads"] == 1
    assert set(AuditEntry.objects.values_list("pk", flat=True)) >= {new_read.pk, change.pk}
    assert not AuditEntry.objects.filter(pk=old_read.pk).exists()


def test_notifications_older_than_a_year_go():
    person = UserFactory()
    old = Notification.objects.create(recipient=person, kind="t", subject="old")
    Notification.objects.filter(pk=old.pk).update(created_at=_days_ago(366))
    recent = Notification.objects.create(recipient=person, kind="t", subject="recent")

    counts = tasks.enforce_retention.call()

    assert counts["notifications"] == 1
    assert list(Notification.objects.values_list("pk", flat=True)) == [recent.pk]


def test_only_old_unconfirmed_self_signups_go():
    def person(name: str, *, joined_days: int, verified: bool | None, logged_in: bool = False) -> User:
        user = UserFactory(username=name)
        User.objects.filter(pk=user.pk).update(
            date_joined=_days_ago(joined_days), last_login=NOW if logged_in else None
        )
        if verified is not None:
            EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
        return user

    person("stale", joined_days=31, verified=False)
    person("fresh", joined_days=5, verified=False)
    person("confirmed", joined_days=400, verified=True)
    person("imported", joined_days=400, verified=None)
    person("used", joined_days=400, verified=False, logged_in=True)

    counts = tasks.enforce_retention.call()

    assert counts["unconfirmed_signups"] == 1
    assert sorted(User.objects.values_list("username", flat=True)) == ["confirmed", "fresh", "imported", "used"]


def test_pending_uploads_older_than_a_day_go(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    old = default_storage.save("trade-pending/old.bin", ContentFile(b"x"))
    new = default_storage.save("bulk-pending/new.bin", ContentFile(b"y"))
    stamp = (NOW - dt.timedelta(days=2)).timestamp()
    os.utime(default_storage.path(old), (stamp, stamp))

    counts = tasks.enforce_retention.call()

    assert counts["pending_uploads"] == 1
    assert (default_storage.exists(old), default_storage.exists(new)) == (False, True)


def test_old_sign_in_attempts_go():
    old = AccessAttempt.objects.create(username="anna", ip_address="127.0.0.1", failures_since_start=3)
    AccessAttempt.objects.filter(pk=old.pk).update(attempt_time=_days_ago(91))
    AccessAttempt.objects.create(username="bert", ip_address="127.0.0.1", failures_since_start=1)

    counts = tasks.enforce_retention.call()

    assert counts["login_attempts"] == 1
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["bert"]


def test_a_run_that_deletes_something_is_audited_and_an_empty_run_is_not():
    person = UserFactory()
    old = Notification.objects.create(recipient=person, kind="t", subject="old")
    Notification.objects.filter(pk=old.pk).update(created_at=_days_ago(400))

    tasks.enforce_retention.call()
    tasks.enforce_retention.call()

    entries = AuditEntry.objects.filter(action="privacy.retention_enforced")
    assert [entry.data["removed"]["notifications"] for entry in entries] == [1]
