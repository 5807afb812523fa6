"""Deadline reminders: open assignments due within two days or overdue, once a day."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from qiao.core.periodic import PERIODIC_TASKS
from qiao.reviews.domain.reminders import remind_due_assignments
from qiao.reviews.domain.requests import assign, request_review
from qiao.reviews.domain.reviewing import submit_review
from qiao.reviews.models import Assignment
from qiao.reviews.tasks import send_review_reminders
from tests.reviews.conftest import make_expert
from tests.reviews.test_domain import values

pytestmark = pytest.mark.django_db(transaction=True)

TODAY = dt.date(2026, 6, 10)


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def _assignment(world, expert, deadline):
    request = request_review(world["project"], world["organiser"], deadline, today=deadline - dt.timedelta(days=30))
    return assign(request, expert, world["organiser"])


def test_due_and_overdue_assignments_are_reminded_and_others_not(world):
    soon = _assignment(world, world["laser"], TODAY + dt.timedelta(days=2))
    overdue = _assignment(world, world["textile"], TODAY - dt.timedelta(days=3))
    later_expert = make_expert("later", "Spätere Frist.", lang="de")
    _assignment(world, later_expert, TODAY + dt.timedelta(days=3))
    done_expert = make_expert("done", "Schon fertig.", lang="de")
    done = _assignment(world, done_expert, TODAY)
    submit_review(done, done_expert.person, values())

    sent = remind_due_assignments(TODAY)

    assert sent == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([world["laser"].person.email, world["textile"].person.email])
    assert set(Assignment.objects.filter(reminded_on=TODAY).values_list("pk", flat=True)) == {soon.pk, overdue.pk}


def test_reminders_go_out_once_a_day(world):
    _assignment(world, world["laser"], TODAY)

    first = remind_due_assignments(TODAY)
    again = remind_due_assignments(TODAY)
    next_day = remind_due_assignments(TODAY + dt.timedelta(days=1))

    assert (first, again, next_day) == (1, 0, 1)
    assert len(mail.outbox) == 2


def test_reminder_is_written_in_the_experts_language(world):
    person = world["laser"].person
    person.language = "de"
    person.save()
    _assignment(world, world["laser"], TODAY - dt.timedelta(days=1))

    remind_due_assignments(TODAY)

    (message,) = mail.outbox
    assert message.subject.startswith("Überfälliges Gutachten")
    assert "/de/reviews/assignments/" in message.body


def test_reminder_task_is_registered_and_runs(world):
    _assignment(world, world["laser"], dt.date.today())

    result = send_review_reminders.enqueue()

    assert "qiao.reviews.tasks.send_review_reminders" in PERIODIC_TASKS
    assert result.return_value == 1
