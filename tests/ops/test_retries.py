"""A failing task is retried with backoff on the database queue, then dead-lettered, never lost."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from qiao.core.models import AuditEntry
from qiao.ops.domain import retries
from qiao.ops.models import DeadLetter, FailedAttempt
from tests.factories import UserFactory
from tests.ops import tasks

# The worker loop closes "old" connections like a request does; inside a test's transaction
# that would end it on PostgreSQL, so these tests commit for real and are flushed afterwards.
pytestmark = pytest.mark.django_db(transaction=True)


def run_worker() -> None:
    """The `qiao db_worker --batch` loop: run every task that is due, then stop."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


@pytest.fixture(autouse=True)
def _database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.TASK_MAX_ATTEMPTS = 3
    settings.TASK_RETRY_BASE_SECONDS = 30
    settings.TASK_RETRY_MAX_SECONDS = 100


def test_backoff_doubles_per_attempt_up_to_the_cap():
    assert [retries.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 100, 100]


def test_failed_task_is_enqueued_again_after_the_backoff():
    tasks.always_fails.enqueue(7, reason="no stock")

    run_worker()

    failure = FailedAttempt.objects.get()
    retry = DBTaskResult.objects.get(status=TaskResultStatus.READY)
    assert (failure.attempt, failure.exception_class_path, failure.retried_as) == (
        1,
        "builtins.ValueError",
        str(retry.id),
    )
    assert retry.run_after == failure.retry_at
    assert retry.run_after - failure.failed_at >= dt.timedelta(seconds=29)
    assert retry.args_kwargs == {"args": [7], "kwargs": {"reason": "no stock"}}
    assert DeadLetter.objects.count() == 0


def test_task_failing_every_attempt_ends_in_the_dead_letter_list(settings):
    settings.TASK_RETRY_BASE_SECONDS = 0  # every retry is due at once, so one worker run sees all three
    first = tasks.always_fails.enqueue(7, reason="no stock")

    run_worker()

    assert list(FailedAttempt.objects.order_by("attempt").values_list("attempt", "chain_id")) == [
        (1, str(first.id)),
        (2, str(first.id)),
        (3, str(first.id)),
    ]
    letter = DeadLetter.objects.get()
    assert (letter.task_path, letter.attempts, letter.state) == (
        "tests.ops.tasks.always_fails",
        3,
        DeadLetter.State.OPEN,
    )
    assert (letter.args, letter.kwargs) == ([7], {"reason": "no stock"})
    assert letter.exception_class_path == "builtins.ValueError"
    assert "cannot process order 7: no stock" in letter.traceback
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 0


def test_task_that_succeeds_on_retry_leaves_no_dead_letter(settings):
    settings.TASK_RETRY_BASE_SECONDS = 0
    tasks.fails_first_time.enqueue("retry-then-succeed")

    run_worker()

    assert FailedAttempt.objects.count() == 1
    assert DeadLetter.objects.count() == 0
    assert list(DBTaskResult.objects.values_list("status", flat=True).order_by("status")) == ["FAILED", "SUCCESSFUL"]
    assert DBTaskResult.objects.get(status=TaskResultStatus.SUCCESSFUL).return_value == "sent on run 2"


def test_backend_that_cannot_defer_dead_letters_at_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

    result = tasks.always_fails.enqueue(9)

    assert result.status == TaskResultStatus.FAILED
    assert list(DeadLetter.objects.values_list("attempts", "args")) == [(1, [9])]


def test_requeue_runs_a_dead_letter_again_and_is_audited(settings):
    settings.TASK_MAX_ATTEMPTS = 1
    tasks.fails_first_time.enqueue("requeued-letter")
    run_worker()
    letter = DeadLetter.objects.get()
    organiser = UserFactory(is_staff=True, is_superuser=True)

    retries.requeue(letter, organiser)
    run_worker()

    letter.refresh_from_db()
    assert letter.state == DeadLetter.State.REQUEUED
    assert DBTaskResult.objects.get(id=letter.requeued_as).status == TaskResultStatus.SUCCESSFUL
    assert AuditEntry.objects.filter(action="ops.dead_letter_requeued", actor=organiser).count() == 1


def test_dismissed_dead_letter_cannot_be_requeued(settings):
    settings.TASK_MAX_ATTEMPTS = 1
    tasks.always_fails.enqueue(3)
    run_worker()
    letter = DeadLetter.objects.get()
    organiser = UserFactory(is_staff=True, is_superuser=True)

    retries.dismiss(letter, organiser)
    after = retries.requeue(letter, organiser)

    assert (after.state, after.requeued_as) == (DeadLetter.State.DISMISSED, "")
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 0


def test_admin_lists_dead_letters_and_requeues_them(client, settings):
    settings.TASK_MAX_ATTEMPTS = 1
    tasks.fails_first_time.enqueue("admin-letter")
    run_worker()
    letter = DeadLetter.objects.get()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = reverse("admin:ops_deadletter_changelist")

    listing = client.get(url)
    response = client.post(url, {"action": "requeue_letters", "_selected_action": [letter.pk]})

    assert listing.status_code == 200
    assert "tests.ops.tasks.fails_first_time" in listing.content.decode()
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.state == DeadLetter.State.REQUEUED


def test_organiser_sees_dead_letters_in_the_admin_but_a_company_rep_does_not(client, settings):
    settings.TASK_MAX_ATTEMPTS = 1
    tasks.always_fails.enqueue(11)
    run_worker()
    organiser = UserFactory(role="organiser", approved=True, is_staff=True)
    outsider = UserFactory(role="company", approved=True, is_staff=True)
    url = reverse("admin:ops_deadletter_changelist")

    client.force_login(organiser)
    seen = client.get(url)
    index = client.get(reverse("admin:index"))
    client.force_login(outsider)
    refused = client.get(url)

    assert seen.status_code == 200
    assert "tests.ops.tasks.always_fails" in seen.content.decode()
    assert url in index.content.decode()
    assert refused.status_code == 403
