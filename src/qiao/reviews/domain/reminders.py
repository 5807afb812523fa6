"""Deadline reminders: experts with an open assignment due within two days, or overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from qiao.core.tasks import send_email_to_user
from qiao.notifications.domain.notify import absolute_url
from qiao.reviews.enums import AssignmentStatus
from qiao.reviews.models import Assignment

#: An open assignment is reminded of when its deadline is at most this many days away.
DUE_WITHIN_DAYS = 2


def due_assignments(today: dt.date) -> list[Assignment]:
    """Open assignments due within two days or overdue, of experts with an account, not yet reminded today."""
    return list(
        Assignment.objects.filter(
            status=AssignmentStatus.ASSIGNED,
            request__deadline__lte=today + dt.timedelta(days=DUE_WITHIN_DAYS),
            expert__person__isnull=False,
            expert__person__is_active=True,
        )
        .filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=today))
        .select_related("request__project", "expert__person")
        .order_by("pk")
    )


def remind_due_assignments(today: dt.date | None = None) -> int:
    """E-mail each expert once a day about every open assignment that is due soon or overdue.

    Side effects: per assignment, `reminded_on` set to today and one e-mail enqueued (after
    commit) in the expert's language; returns how many reminders went out.
    """
    today = today or timezone.localdate()
    sent = 0
    for assignment in due_assignments(today):
        person = assignment.expert.person
        assert person is not None
        with transaction.atomic():
            claimed = (
                Assignment.objects.filter(pk=assignment.pk, status=AssignmentStatus.ASSIGNED)
                .filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=today))
                .update(reminded_on=today)
            )
            if not claimed:
                continue  # another worker reminded (or the expert submitted) meanwhile
            with translation.override(person.language or "en"):
                context = {
                    "assignment": assignment,
                    "overdue": assignment.request.deadline < today,
                    "days": (assignment.request.deadline - today).days,
                    "url": absolute_url(reverse("reviews:review", args=[assignment.pk])),
                }
                subject = " ".join(render_to_string("reviews/email/reminder_subject.txt", context).split())
                body = render_to_string("reviews/email/reminder_body.txt", context).strip()
            transaction.on_commit(_sender(person.pk, subject, body))
        sent += 1
    return sent


def _sender(user_pk: int, subject: str, body: str) -> Callable[[], None]:
    def send() -> None:
        send_email_to_user.enqueue(user_pk, subject, body)

    return send
