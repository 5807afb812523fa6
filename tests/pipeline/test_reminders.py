"""Reminders: one e-mail per due task and day, in the recipient's language, sent by the worker."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from qiao.core.periodic import PERIODIC_TASKS, enqueue_periodic
from qiao.pipeline.domain.cases import delete_case, open_case
from qiao.pipeline.domain.followups import add_task, complete_task, send_reminder
from qiao.pipeline.models import FollowUpTask
from qiao.pipeline.tasks import send_due_task_reminders
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def _old_case(world):
    """A case opened a month ago, so tasks may be overdue."""
    opened = timezone.now() - dt.timedelta(days=30)
    return open_case(ProjectFactory(), world.district, world.officer, owner=world.officer, at=opened)


def test_due_task_reminds_the_assignee_once_a_day_in_their_language(world) -> None:
    world.officer.language = "de"
    world.officer.email = "wang@yuecheng.example.cn"
    world.officer.save()
    task = add_task(world.case, "Standortangebot schicken", timezone.localdate(), world.officer, assignee=world.officer)

    first = send_due_task_reminders.call()
    second = send_due_task_reminders.call()

    assert (first, second) == (1, 0)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["wang@yuecheng.example.cn"]
    assert mail.outbox[0].subject == "Heute fällig: Standortangebot schicken"
    assert f"/de/pipeline/cases/{world.case.pk}/" in mail.outbox[0].body
    assert FollowUpTask.objects.get(pk=task.pk).reminded_on == timezone.localdate()


def test_overdue_task_is_reminded_again_the_next_day(world) -> None:
    case = _old_case(world)
    today = timezone.localdate()
    task = add_task(case, "Call the company", today - dt.timedelta(days=3), world.officer)

    sent = [
        send_reminder(task.pk, today),
        send_reminder(task.pk, today),
        send_reminder(task.pk, today + dt.timedelta(days=1)),
    ]

    assert sent == [True, False, True]
    assert len(mail.outbox) == 2
    assert mail.outbox[0].subject.startswith("Overdue since")


def test_task_without_assignee_reminds_the_case_owner_in_chinese(world) -> None:
    world.officer.language = "zh-hans"
    world.officer.save()
    add_task(world.case, "打电话", timezone.localdate(), world.officer)

    send_due_task_reminders.call()

    assert [m.to for m in mail.outbox] == [[world.officer.email]]
    assert mail.outbox[0].subject == "今日到期：打电话"


def test_done_future_and_deleted_tasks_are_not_reminded(world) -> None:
    today = timezone.localdate()
    complete_task(add_task(world.case, "Done already", today, world.officer), world.officer)
    add_task(world.case, "Next week", today + dt.timedelta(days=7), world.officer)
    gone = _old_case(world)
    add_task(gone, "On a deleted case", today, world.officer)
    delete_case(gone, world.officer)

    assert send_due_task_reminders.call() == 0
    assert mail.outbox == []


def test_periodic_registry_names_the_reminder_task() -> None:
    assert "qiao.pipeline.tasks.send_due_task_reminders" in PERIODIC_TASKS


@pytest.mark.django_db(transaction=True)  # the worker closes its connection after a batch
def test_periodic_command_enqueues_for_the_worker_which_sends(world) -> None:
    add_task(world.case, "Call", timezone.localdate(), world.officer)
    out = io.StringIO()

    call_command("periodic", stdout=out)

    assert "Enqueued qiao.pipeline.tasks.send_due_task_reminders" in out.getvalue()
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == len(PERIODIC_TASKS)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert len(mail.outbox) == 1


def test_enqueue_periodic_takes_an_explicit_list(world) -> None:
    assert enqueue_periodic(["qiao.pipeline.tasks.send_due_task_reminders"]) == [
        "qiao.pipeline.tasks.send_due_task_reminders"
    ]
    assert DBTaskResult.objects.count() == 1
