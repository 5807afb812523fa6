"""The exhibition's moderation: organisers publish or reject submitted projects."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_organiser
from qiao.core.domain import audit
from qiao.projects.enums import MODERATION_TRANSITIONS, Moderation
from qiao.projects.models import Project

MAX_REASON_LENGTH = 500


class ModerationError(Exception):
    """A moderation decision the rules refuse; the message is for the person who tried."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _decide(project: Project, by: Any, target: str, reason: str) -> Project:
    if not is_organiser(by):
        raise ModerationError("not_organiser", _("Only organisers moderate the exhibition."))
    with transaction.atomic():
        locked = Project.objects.select_for_update().get(pk=project.pk)
        if target not in MODERATION_TRANSITIONS[locked.moderation]:
            raise ModerationError(
                "illegal_transition",
                _("This project is already “%(status)s”.") % {"status": locked.get_moderation_display()},
            )
        locked.moderation = target
        locked.moderation_reason = reason
        locked.save(update_fields=["moderation", "moderation_reason", "updated_at"])
        audit.record(by, f"project.moderation.{target}", locked, reason=reason)
    return locked


def publish_project(project: Project, by: Any) -> Project:
    """Show a project in the exhibition. Side effects: moderation published; audit entry."""
    return _decide(project, by, Moderation.PUBLISHED, "")


def reject_project(project: Project, by: Any, reason: str) -> Project:
    """Keep a project out of the exhibition, telling the company why.

    Side effects: moderation rejected with the reason; audit entry. A reason is required.
    """
    reason = reason.strip()
    if not reason:
        raise ModerationError("no_reason", _("Tell the company why the project is rejected."))
    if len(reason) > MAX_REASON_LENGTH:
        raise ModerationError(
            "too_long", _("The reason may have at most %(max)d characters.") % {"max": MAX_REASON_LENGTH}
        )
    return _decide(project, by, Moderation.REJECTED, reason)


def moderation_queue() -> list[Project]:
    """Projects waiting for a decision, oldest first."""
    return list(
        Project.objects.select_related("organisation").filter(moderation=Moderation.SUBMITTED).order_by("created_at")
    )
