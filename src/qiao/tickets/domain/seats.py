"""Seats in sessions: confirmed while seats remain, else a waiting list that moves up by itself.

Every change locks the session row first (``select_for_update``), so two registrations or
cancellations for the same session run one after the other and never over-fill it. The
waiting order is the order of registration (the row id); positions are counted, never
stored, so they renumber themselves when someone leaves the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.summits.enums import AttendanceMode, EventStatus, SessionKind
from qiao.summits.models import Event, Registration, Session
from qiao.tickets.domain.errors import RegistrationError
from qiao.tickets.domain.notify import waitlist_promoted
from qiao.tickets.enums import ACTIVE_SEAT_STATUSES, SeatStatus
from qiao.tickets.models import SessionRegistration


@dataclass(frozen=True)
class SeatSummary:
    """A session's seats as shown next to its register button."""

    capacity: int | None
    confirmed: int
    waiting: int

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)


def seat_summary(session: Session) -> SeatSummary:
    seats = SessionRegistration.objects.filter(session=session)
    return SeatSummary(
        capacity=session.capacity,
        confirmed=seats.filter(status=SeatStatus.CONFIRMED).count(),
        waiting=seats.filter(status=SeatStatus.WAITING).count(),
    )


@dataclass(frozen=True)
class SessionRow:
    """One line of an event's session list for one person: seats, and their own place."""

    session: Session
    seats: SeatSummary
    mine: SessionRegistration | None
    position: int | None


def session_rows(event: Event, person: Any) -> list[SessionRow]:
    """The event's sessions with seat counts and the person's own seat (a fixed number of queries)."""
    sessions = event.sessions.order_by("starts_at", "key").annotate(
        confirmed_count=Count("seats", filter=Q(seats__status=SeatStatus.CONFIRMED)),
        waiting_count=Count("seats", filter=Q(seats__status=SeatStatus.WAITING)),
    )
    mine = {
        seat.session_id: seat
        for seat in _with_people_ahead(
            SessionRegistration.objects.filter(
                person_id=person.pk, session__event=event, status__in=ACTIVE_SEAT_STATUSES
            )
        )
    }
    rows = []
    for session in sessions:
        seat = mine.get(session.pk)
        position = _position(seat) if seat is not None else None
        summary = SeatSummary(session.capacity, session.confirmed_count, session.waiting_count)
        rows.append(SessionRow(session, summary, seat, position))
    return rows


def _with_people_ahead(seats: QuerySet[SessionRegistration]) -> QuerySet[SessionRegistration]:
    """Annotate ``ahead``: how many people wait before each seat in its session's list."""
    return seats.annotate(
        ahead=Count(
            "session__seats",
            filter=Q(session__seats__status=SeatStatus.WAITING, session__seats__id__lt=F("id")),
        )
    )


def _position(seat: SessionRegistration) -> int | None:
    ahead: int = getattr(seat, "ahead", 0)
    return ahead + 1 if seat.status == SeatStatus.WAITING else None


def waiting_list(session: Session) -> QuerySet[SessionRegistration]:
    """The people waiting for a seat, first in line first."""
    return SessionRegistration.objects.filter(session=session, status=SeatStatus.WAITING).order_by("id")


def waiting_position(seat: SessionRegistration) -> int | None:
    """1 for the first in line; None when the seat is not waiting."""
    if seat.status != SeatStatus.WAITING:
        return None
    return waiting_list(seat.session).filter(id__lt=seat.pk).count() + 1


def _lock(session: Session) -> Session:
    return Session.objects.select_for_update(of=("self",)).select_related("event").get(pk=session.pk)


def register_for_session(person: Any, session: Session) -> SessionRegistration:
    """Take a seat in a session, or a place on its waiting list when it is full.

    Side effects: first moves people already waiting into seats that became free; creates a
    SessionRegistration (confirmed or waiting); audit ``session_registration.confirmed`` or
    ``session_registration.waiting``.
    """
    with transaction.atomic():
        locked = _lock(session)
        event = locked.event
        if event.status in (EventStatus.DRAFT, EventStatus.PAST):
            raise RegistrationError("closed", _("Registration for this event is closed."))
        registration = Registration.objects.filter(event=event, person=person).first()
        if registration is None:
            raise RegistrationError("not_registered", _("Please register for the summit first."))
        if locked.kind == SessionKind.SITE_VISIT and registration.mode == AttendanceMode.ONLINE:
            raise RegistrationError(
                "onsite_only",
                _(
                    "Site visits take place onsite only. You are registered to attend online; "
                    "change your registration to onsite to join a site visit."
                ),
            )
        mine = SessionRegistration.objects.filter(session=locked, person=person, status__in=ACTIVE_SEAT_STATUSES)
        if mine.exists():
            raise RegistrationError("duplicate", _("You are already registered for this session."))
        fill_free_seats(locked, by=None)  # people already waiting come first (e.g. after more seats)
        confirmed = SessionRegistration.objects.filter(session=locked, status=SeatStatus.CONFIRMED).count()
        has_seat = locked.capacity is None or confirmed < locked.capacity
        status = SeatStatus.CONFIRMED if has_seat else SeatStatus.WAITING
        seat = SessionRegistration.objects.create(session=locked, person=person, status=status)
        audit.record(person, f"session_registration.{status}", seat, capacity=locked.capacity)
    return seat


def cancel_seat(seat: SessionRegistration, by: Any) -> SessionRegistration:
    """Give up a seat or a waiting place; a freed seat goes to the first in line.

    Side effects: the SessionRegistration becomes cancelled; each promoted person's waiting
    place becomes a confirmed seat and they are notified; audit
    ``session_registration.cancelled`` and ``session_registration.promoted``.
    """
    with transaction.atomic():
        locked_session = _lock(seat.session)
        current = SessionRegistration.objects.get(pk=seat.pk)
        if current.status == SeatStatus.CANCELLED:
            raise RegistrationError("cancelled", _("This registration is already cancelled."))
        previous = current.status
        current.status = SeatStatus.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at", "updated_at"])
        audit.record(by, "session_registration.cancelled", current, previous=previous)
        fill_free_seats(locked_session, by=by)
    return current


def fill_free_seats(session: Session, by: Any) -> list[SessionRegistration]:
    """Move people up from the waiting list while seats are free. Call with the session locked.

    Side effects: waiting places become confirmed seats; audit
    ``session_registration.promoted``; a notification to each promoted person (e-mailed after
    the commit).
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("fill_free_seats must run inside the transaction that locked the session")
    confirmed = SessionRegistration.objects.filter(session=session, status=SeatStatus.CONFIRMED).count()
    free = None if session.capacity is None else session.capacity - confirmed
    line = waiting_list(session).select_related("person", "session__event")
    promoted = list(line if free is None else line[: max(free, 0)])
    now = timezone.now()
    for seat in promoted:
        seat.status = SeatStatus.CONFIRMED
        seat.promoted_at = now
        seat.save(update_fields=["status", "promoted_at", "updated_at"])
        audit.record(by, "session_registration.promoted", seat, person=seat.person_id)
        waitlist_promoted(seat)
    return promoted


def session_capacity_changed(session_pk: int) -> list[SessionRegistration]:
    """After a session was edited: give newly free seats to the waiting list.

    Side effects: as :func:`fill_free_seats` (audit without an actor: the system moved them up).
    """
    if not SessionRegistration.objects.filter(session_id=session_pk, status=SeatStatus.WAITING).exists():
        return []
    with transaction.atomic():
        locked = Session.objects.select_for_update().filter(pk=session_pk).first()
        return fill_free_seats(locked, by=None) if locked is not None else []


def seats_for_person(person: Any) -> list[tuple[SessionRegistration, int | None]]:
    """A person's active seats and waiting places, each with its waiting position."""
    seats = _with_people_ahead(
        SessionRegistration.objects.filter(person=person, status__in=ACTIVE_SEAT_STATUSES)
        .select_related("session", "session__event")
        .order_by("session__starts_at", "id")
    )
    return [(seat, _position(seat)) for seat in seats]
