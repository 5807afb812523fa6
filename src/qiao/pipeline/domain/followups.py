"""Follow-up tasks on cases and their e-mail reminders on (and after) the due day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from qiao.core import translated
from qiao.core.domain import audit
from qiao.pipeline.domain.cases import eligible_owners, opened_at
from qiao.pipeline.domain.errors import PipelineError
from qiao.pipeline.models import Case, FollowUpTask

MAX_TITLE_LENGTH = 200


def add_task(case: Case, title: str, due_on: dt.date, by: Any, *, assignee: Any = None) -> FollowUpTask:
    """Add a follow-up task; due no earlier than the case was opened, for a district member or organiser.

    Side effects: the task and an audit entry.
    """
    title = title.strip()
    if not title:
        raise PipelineError("title", _("Please say what has to be done."))
    if len(title) > MAX_TITLE_LENGTH:
        raise PipelineError("title", _("A task may have at most %(max)d characters.") % {"max": MAX_TITLE_LENGTH})
    opened = timezone.localdate(opened_at(case))
    if due_on < opened:
        raise PipelineError(
            "due_on",
            _("The due date cannot be before the case was opened (%(date)s).")
            % {"date": date_format(opened, "SHORT_DATE_FORMAT")},
        )
    if assignee is not None and not eligible_owners(case.district).filter(pk=assignee.pk).exists():
        raise PipelineError("assignee", _("Only members of the district or organisers can be given its tasks."))
    with transaction.atomic():
        if not Case.objects.filter(pk=case.pk, deleted_at__isnull=True).exists():
            raise PipelineError("deleted", _("This case has been deleted."))
        task = FollowUpTask.objects.create(
            case=case, title=title, due_on=due_on, assignee=assignee, created_by=_person(by)
        )
        audit.record(by, "pipeline.task_added", task, case=case.pk, due_on=due_on, assignee=task.assignee_id)
    return task


def complete_task(task: FollowUpTask, by: Any) -> FollowUpTask:
    """Mark a task done (once); later reminders skip it. Side effects: done time and person, audit entry."""
    with transaction.atomic():
        locked = FollowUpTask.objects.select_for_update().get(pk=task.pk)
        if locked.done_at is not None:
            raise PipelineError("done", _("This task is done already."))
        locked.done_at = timezone.now()
        locked.done_by = _person(by)
        locked.save(update_fields=["done_at", "done_by", "updated_at"])
        audit.record(by, "pipeline.task_completed", locked, case=locked.case_id)
    return locked


def due_tasks(today: dt.date) -> list[int]:
    """Primary keys of open tasks of live cases due today or earlier and not reminded today."""
    return list(
        FollowUpTask.objects.filter(done_at__isnull=True, due_on__lte=today, case__deleted_at__isnull=True)
        .exclude(reminded_on=today)
        .order_by("due_on", "pk")
        .values_list("pk", flat=True)
    )


def send_reminder(task_pk: int, today: dt.date) -> bool:
    """E-mail one due task's assignee (or the case's owner) in their language, at most once a day.

    The row is locked and `reminded_on` set in the same transaction as the sending, so two
    runs on one day send one mail. Returns whether a mail went out. Side effects: the mail,
    `reminded_on`, an audit entry.
    """
    with transaction.atomic():
        task = (
            FollowUpTask.objects.select_for_update(of=("self",))
            .select_related("case", "case__project", "assignee", "case__owner")
            .filter(pk=task_pk, done_at__isnull=True, case__deleted_at__isnull=True)
            .first()
        )
        if task is None or task.reminded_on == today or task.due_on > today:
            return False
        recipient = task.assignee or task.case.owner
        if recipient is None or not recipient.is_active or not recipient.email:
            return False
        language = recipient.language or settings.LANGUAGE_CODE
        with translation.override(language):
            subject, body = _reminder_text(task, today, language)
            send_mail(subject, body, None, [recipient.email])
        task.reminded_on = today
        task.save(update_fields=["reminded_on", "updated_at"])
        audit.record(None, "pipeline.task_reminded", task, case=task.case_id, to=recipient.pk)
    return True


def _reminder_text(task: FollowUpTask, today: dt.date, language: str) -> tuple[str, str]:
    project = translated.resolve(task.case.project.title, language).text
    if task.due_on < today:
        subject = _("Overdue since %(date)s: %(task)s") % {
            "date": date_format(task.due_on, "SHORT_DATE_FORMAT"),
            "task": task.title,
        }
    else:
        subject = _("Due today: %(task)s") % {"task": task.title}
    body = _(
        "A follow-up task on the investment case “%(project)s” is due.\n\n"
        "Task: %(task)s\nDue on: %(date)s\n\nOpen the case: %(url)s\n"
    ) % {
        "project": project,
        "task": task.title,
        "date": date_format(task.due_on, "SHORT_DATE_FORMAT"),
        "url": _absolute(reverse("pipeline:case", args=[task.case_id])),
    }
    return subject, body


def _absolute(path: str) -> str:
    base = str(getattr(settings, "SITE_URL", "") or "").rstrip("/")
    return f"{base}{path}"


def _person(actor: Any) -> Any:
    return actor if getattr(actor, "is_authenticated", False) else None
