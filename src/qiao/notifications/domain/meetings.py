"""Who hears about what happens to meeting requests and agendas (called by meetings.domain)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.urls import reverse
from django.utils import translation

from qiao.accounts.models import User
from qiao.notifications.domain.notify import notify


def _agenda_url(person: User) -> str:
    with translation.override(person.language or "en"):
        return reverse("meetings:agenda")


def meeting_requested(request: Any) -> int:
    """Tell every member of the invited organisation; returns how many were told."""
    people = User.objects.filter(memberships__organisation_id=request.recipient_organisation_id, is_active=True)
    count = 0
    for person in people.distinct().order_by("pk"):
        notify(person, "meeting_requested", {"request": request}, url=_agenda_url(person))
        count += 1
    return count


def meeting_answered(request: Any) -> int:
    """Tell the person who asked that their request was accepted or declined."""
    requester = User.objects.filter(pk=request.requester_id, is_active=True).first()
    if requester is None:
        return 0
    notify(requester, "meeting_answered", {"request": request}, url=_agenda_url(requester))
    return 1


def agenda_published(event: Any, request_ids: list[int]) -> int:
    """Tell every person with a meeting in the published agenda how many they have."""
    from qiao.meetings.models import MeetingRequest

    counts: Counter[int] = Counter()
    pairs = MeetingRequest.objects.filter(pk__in=request_ids).values_list("requester_id", "answered_by_id")
    for requester_id, answered_by_id in pairs:
        counts.update({requester_id, answered_by_id} - {None})
    for person in User.objects.filter(pk__in=counts, is_active=True).order_by("pk"):
        notify(person, "agenda_published", {"event": event, "count": counts[person.pk]}, url=_agenda_url(person))
    return len(counts)
