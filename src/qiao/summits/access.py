"""Chokepoints for events: every page fetches events through these."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from qiao.accounts.rules import is_organiser
from qiao.summits.enums import EventStatus
from qiao.summits.models import Event


def events_visible_to(user: Any) -> QuerySet[Event]:
    events = Event.objects.all()
    return events if is_organiser(user) else events.exclude(status=EventStatus.DRAFT)


def get_event_for_user(user: Any, key: str) -> Event:
    try:
        return events_visible_to(user).get(key=key)
    except Event.DoesNotExist as missing:
        raise Http404(key) from missing


def current_event_for_user(user: Any) -> Event | None:
    """The next summit that has not ended yet, else the most recent one."""
    events = events_visible_to(user)
    upcoming = events.filter(ends_at__gte=timezone.now()).order_by("starts_at").first()
    return upcoming or events.order_by("-starts_at").first()
