"""Organisers approve or reject officers and experts who signed up."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from qiao.accounts.enums import APPLICATION_TRANSITIONS, ApplicationStatus, Role
from qiao.accounts.models import Application
from qiao.accounts.rules import is_organiser
from qiao.core.domain import audit

REASON_MAX = 1000

logger = logging.getLogger(__name__)


class ApprovalError(Exception):
    """A decision the rules refuse; the message is for the organiser who tried."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def pending_applications() -> QuerySet[Application]:
    """Officers and experts waiting for a decision, oldest first."""
    return (
        Application.objects.filter(status=ApplicationStatus.PENDING)
        .select_related("person")
        .order_by("created_at", "pk")
    )


def approve_application(application: Application, by: Any, *, site_url: str = "") -> Application:
    """Let the person act in the role they asked for.

    Side effects: application approved; person approved; audit ``account.approved``; after
    commit, an e-mail to the person in their language.
    """
    return _decide(application, by, ApplicationStatus.APPROVED, "", site_url)


def reject_application(application: Application, by: Any, reason: str, *, site_url: str = "") -> Application:
    """Refuse the role; the person keeps a visitor's account. A reason is required.

    Side effects: application rejected with the reason; person becomes an approved visitor;
    audit ``account.rejected``; after commit, an e-mail with the reason in their language.
    """
    if not reason.strip():
        raise ApprovalError("reason", _("Please give a reason for the rejection."))
    return _decide(application, by, ApplicationStatus.REJECTED, reason, site_url)


def _decide(application: Application, by: Any, target: str, reason: str, site_url: str) -> Application:
    if not is_organiser(by):
        raise ApprovalError("not_organiser", _("Only organisers can decide on applications."))
    with transaction.atomic():
        locked = Application.objects.select_for_update(of=("self",)).select_related("person").get(pk=application.pk)
        if target not in APPLICATION_TRANSITIONS[locked.status]:
            raise ApprovalError(
                "decided",
                _("This application has already been decided (“%(status)s”).")
                % {"status": locked.get_status_display()},
            )
        person = locked.person
        if target == ApplicationStatus.APPROVED:
            person.role = locked.role
        else:
            person.role = Role.VISITOR
        person.approved = True
        person.save(update_fields=["role", "approved"])
        locked.status = target
        locked.decided_by = by
        locked.decided_at = timezone.now()
        locked.reason = reason.strip()[:REASON_MAX]
        locked.save(update_fields=["status", "decided_by", "decided_at", "reason", "updated_at"])
        audit.record(by, f"account.{target}", person, role=locked.role, reason=locked.reason)
        transaction.on_commit(lambda: _send_decision_email_safely(locked.pk, site_url))
    return locked


def _send_decision_email_safely(application_pk: int, site_url: str) -> None:
    # The decision is committed; a mail server hiccup must not turn it into an error page.
    try:
        send_decision_email(application_pk, site_url)
    except OSError:
        logger.exception("Could not e-mail the decision on application %s", application_pk)


def send_decision_email(application_pk: int, site_url: str = "") -> bool:
    """E-mail the person the decision on their application, in their own language.

    `site_url` (e.g. https://qiao.example.cn) makes the sign-in link absolute.

    Returns False when the person has no e-mail address. Side effects: sends one e-mail.
    """
    application = Application.objects.select_related("person").get(pk=application_pk)
    person = application.person
    if not person.email:
        return False
    with translation.override(person.language or "en"):
        context = {
            "person": person,
            "application": application,
            "role": application.get_role_display(),
            "approved": application.status == ApplicationStatus.APPROVED,
            "login_url": site_url.rstrip("/") + reverse("account_login"),
        }
        subject = " ".join(render_to_string("accounts/email/decision_subject.txt", context).split())
        body = render_to_string("accounts/email/decision_message.txt", context).strip()
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
    return True
