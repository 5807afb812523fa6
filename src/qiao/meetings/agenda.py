"""A person's agenda — the summit sessions they attend and their published 1:1 meetings —
as a page and as one iCalendar file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from qiao.core import translated
from qiao.meetings.models import Meeting
from qiao.summits.enums import AttendanceMode
from qiao.summits.models import Registration, Session
from qiao.summits.online import may_join_online, session_link
from qiao.tickets.enums import SeatStatus
from qiao.tickets.models import SessionRegistration


@dataclass(frozen=True)
class AgendaSession:
    """A session on a person's agenda, with the join link when they may join online."""

    session: Session
    join_link: str


def sessions_for_person(user: Any) -> list[AgendaSession]:
    """Sessions the person attends: open sessions of the events they registered for (online
    registrants: the online ones) and every session in which they hold a confirmed seat."""
    if not user.is_authenticated:
        return []
    registrations = {r.event_id: r for r in Registration.objects.filter(person=user).select_related("event")}
    seated = set(
        SessionRegistration.objects.filter(person=user, status=SeatStatus.CONFIRMED).values_list(
            "session_id", flat=True
        )
    )
    sessions = (
        Session.objects.filter(Q(event_id__in=registrations) | Q(pk__in=seated))
        .select_related("event")
        .order_by("starts_at")
    )
    joinable = {event_id: may_join_online(user, r.event) for event_id, r in registrations.items()}
    out = []
    for session in sessions:
        registration = registrations.get(session.event_id)
        if session.pk not in seated:
            if registration is None or session.capacity is not None:
                continue  # sessions with seats need a confirmed seat
            if registration.mode == AttendanceMode.ONLINE and not session.online:
                continue
        link = session_link(session) if session.online and joinable.get(session.event_id) else ""
        out.append(AgendaSession(session, link))
    return out


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
    """One iCalendar file with the person's sessions and published meetings (times in UTC)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Qiao//Sino-German cooperation exchange platform//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("My summit agenda"))
    for item in sessions_for_person(user):
        session = item.session
        entry = CalendarEvent()
        entry.add("uid", f"qiao-session-{session.pk}@qiao")
        entry.add("dtstamp", dt.datetime.now(dt.UTC))
        entry.add("dtstart", session.starts_at.astimezone(dt.UTC))
        entry.add("dtend", session.ends_at.astimezone(dt.UTC))
        title = translated.resolve(session.title, language).text
        entry.add("summary", f"{translated.resolve(session.event.name, language).text}: {title}")
        venue = translated.resolve(session.venue, language).text
        if item.join_link:
            entry.add("url", item.join_link)
            entry.add("description", _("Video link: %(link)s") % {"link": item.join_link})
            entry.add("location", _("Online"))
        elif venue:
            entry.add("location", venue)
        calendar.add_component(entry)
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
