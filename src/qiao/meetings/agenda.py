"""A person's published agenda, and the same as an iCalendar file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from qiao.core import translated
from qiao.meetings.models import Meeting


def meetings_for_person(user: Any) -> QuerySet[Meeting]:
    """Published meetings in which the person takes part (as requester or as the answering side)."""
    if not user.is_authenticated:
        return Meeting.objects.none()
    return (
        Meeting.objects.filter(run__published_at__isnull=False)
        .filter(Q(request__requester=user) | Q(request__answered_by=user))
        .select_related("slot", "request__requester_organisation", "request__recipient_organisation", "run__event")
        .order_by("slot__starts_at")
    )


def counterpart(meeting: Meeting, user: Any, language: str) -> str:
    request = meeting.request
    other = request.recipient_organisation if request.requester_id == user.pk else request.requester_organisation
    return translated.resolve(other.name, language).text


def agenda_ics(user: Any, language: str) -> bytes:
    """An iCalendar file with every published meeting of the person (times in UTC)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Qiao//Sino-German cooperation exchange platform//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("My summit agenda"))
    for meeting in meetings_for_person(user):
        event = CalendarEvent()
        event.add("uid", f"qiao-meeting-{meeting.pk}@qiao")
        event.add("dtstamp", dt.datetime.now(dt.UTC))
        event.add("dtstart", meeting.slot.starts_at.astimezone(dt.UTC))
        event.add("dtend", meeting.slot.ends_at.astimezone(dt.UTC))
        event.add("summary", _("Meeting with %(other)s") % {"other": counterpart(meeting, user, language)})
        if meeting.mode == "online":
            event.add("location", _("Online"))
            if meeting.video_link:
                event.add("url", meeting.video_link)
                event.add("description", _("Video link: %(link)s") % {"link": meeting.video_link})
        else:
            event.add("location", _("Table %(table)s") % {"table": meeting.table})
        calendar.add_component(event)
    return bytes(calendar.to_ical())
