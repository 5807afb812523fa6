"""Chokepoint: the meeting requests a person may see (their organisations' in and out)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from qiao.accounts.rules import is_organiser
from qiao.meetings.models import MeetingRequest


def requests_for_user(user: Any) -> QuerySet[MeetingRequest]:
    """Requests sent or received by the person's organisations; organisers see all."""
    requests = MeetingRequest.objects.select_related(
        "event", "requester", "requester_organisation", "recipient_organisation", "project", "offer"
    )
    if is_organiser(user):
        return requests
    if not user.is_authenticated:
        return requests.none()
    organisations = user.memberships.values("organisation")
    return requests.filter(Q(requester_organisation__in=organisations) | Q(recipient_organisation__in=organisations))


def incoming_for_user(user: Any) -> QuerySet[MeetingRequest]:
    return requests_for_user(user).filter(recipient_organisation__memberships__person=user)


def outgoing_for_user(user: Any) -> QuerySet[MeetingRequest]:
    return requests_for_user(user).filter(requester_organisation__memberships__person=user)
