"""Meeting requests: ask, accept, decline, withdraw — each one transaction with an audit entry."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.accounts.rules import is_member
from qiao.core.domain import audit
from qiao.meetings.enums import TRANSITIONS, Priority, RequestStatus
from qiao.meetings.models import MeetingRequest
from qiao.notifications.domain import meetings as notify_meetings
from qiao.organisations.models import Organisation
from qiao.projects.models import Offer, Project
from qiao.summits.models import Event


class MeetingRequestError(Exception):
    """A request or answer that the rules refuse; the message is for the person who tried."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _require_transition(request: MeetingRequest, target: str) -> None:
    if target not in TRANSITIONS[request.status]:
        raise MeetingRequestError(
            "illegal_transition",
            _("This request is already “%(status)s” and can no longer be changed that way.")
            % {"status": request.get_status_display()},
        )


def request_meeting(
    *,
    requester: Any,
    event: Event,
    from_organisation: Organisation,
    to_organisation: Organisation,
    priority: int = Priority.SHOULD,
    message: str = "",
    project: Project | None = None,
    offer: Offer | None = None,
    from_match: bool = False,
) -> MeetingRequest:
    """Ask another organisation for a 1:1 meeting at an event.

    Side effects: creates a pending MeetingRequest; audit entry ``meeting_request.created``;
    notifies the invited organisation's members.
    """
    if not is_member(requester, from_organisation):
        raise MeetingRequestError("not_member", _("You can only ask on behalf of your own organisation."))
    if from_organisation.pk == to_organisation.pk:
        raise MeetingRequestError("self", _("An organisation cannot ask itself for a meeting."))
    if priority not in Priority.values:
        raise MeetingRequestError("priority", _("Choose must, should or nice to meet."))
    with transaction.atomic():
        duplicate = MeetingRequest.objects.select_for_update().filter(
            event=event,
            requester_organisation=from_organisation,
            recipient_organisation=to_organisation,
            status__in=[RequestStatus.PENDING, RequestStatus.ACCEPTED],
        )
        if duplicate.exists():
            raise MeetingRequestError(
                "duplicate", _("There is already an open request between these two organisations at this event.")
            )
        request = MeetingRequest.objects.create(
            event=event,
            requester=requester,
            requester_organisation=from_organisation,
            recipient_organisation=to_organisation,
            priority=priority,
            message=message.strip(),
            project=project,
            offer=offer,
            from_match=from_match,
        )
        audit.record(requester, "meeting_request.created", request, priority=priority)
        notify_meetings.meeting_requested(request)
    return request


def _answer(request: MeetingRequest, by: Any, target: str, reason: str) -> MeetingRequest:
    if not is_member(by, request.recipient_organisation):
        raise MeetingRequestError("not_recipient", _("Only the invited organisation can answer this request."))
    with transaction.atomic():
        locked = MeetingRequest.objects.select_for_update().get(pk=request.pk)
        _require_transition(locked, target)
        locked.status = target
        locked.answered_by = by
        locked.answered_at = timezone.now()
        locked.reason = reason.strip()[:500]
        locked.save(update_fields=["status", "answered_by", "answered_at", "reason", "updated_at"])
        audit.record(by, f"meeting_request.{target}", locked, reason=locked.reason)
        notify_meetings.meeting_answered(locked)
    return locked


def accept_request(request: MeetingRequest, by: Any) -> MeetingRequest:
    """Accept a pending request. Side effects: status accepted; audit; notifies the requester."""
    return _answer(request, by, RequestStatus.ACCEPTED, "")


def decline_request(request: MeetingRequest, by: Any, reason: str = "") -> MeetingRequest:
    """Decline with an optional reason. Side effects: status declined; audit; notifies the requester."""
    return _answer(request, by, RequestStatus.DECLINED, reason)


def withdraw_request(request: MeetingRequest, by: Any) -> MeetingRequest:
    """The asking side withdraws. Side effects: status withdrawn; audit ``meeting_request.withdrawn``."""
    if not is_member(by, request.requester_organisation):
        raise MeetingRequestError("not_requester", _("Only the asking organisation can withdraw this request."))
    with transaction.atomic():
        locked = MeetingRequest.objects.select_for_update().get(pk=request.pk)
        _require_transition(locked, RequestStatus.WITHDRAWN)
        locked.status = RequestStatus.WITHDRAWN
        locked.save(update_fields=["status", "updated_at"])
        audit.record(by, "meeting_request.withdrawn", locked)
    return locked
