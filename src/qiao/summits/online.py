"""Who sees the video link of an online session, and which link that is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qiao.accounts.rules import is_organiser
from qiao.meetings.video import video_link
from qiao.summits.enums import AttendanceMode
from qiao.summits.models import Event, Registration, Session
from qiao.summits.programme import Programme


@dataclass(frozen=True)
class SessionRow:
    """A programme line: the session, and for online ones whether and where to join."""

    session: Session
    may_join: bool
    join_link: str


def may_join_online(user: Any, event: Event) -> bool:
    """Organisers, and people registered for the event to take part online."""
    if not getattr(user, "is_authenticated", False):
        return False
    if is_organiser(user):
        return True
    return Registration.objects.filter(event=event, person=user, mode=AttendanceMode.ONLINE).exists()


def session_link(session: Session) -> str:
    """The organiser's link if typed in, else a room of the configured video provider."""
    if session.online_link:
        return str(session.online_link)
    return video_link(f"{session.event.key}-{session.key}")


def session_rows(programme: Programme, user: Any) -> list[SessionRow]:
    """The programme's sessions with join links only for those who may join (one query)."""
    has_online = any(session.online for session in programme.sessions)
    may_join = has_online and may_join_online(user, programme.event)
    return [
        SessionRow(
            session=session,
            may_join=may_join and session.online,
            join_link=session_link(session) if may_join and session.online else "",
        )
        for session in programme.sessions
    ]
