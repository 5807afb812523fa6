"""The check-in desk: one scanned or typed code in, one clear answer out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q

from qiao.core.domain import audit
from qiao.summits.enums import AttendanceMode
from qiao.summits.models import Event, Registration
from qiao.tickets.domain.codes import normalise_code
from qiao.tickets.enums import CheckInOutcome
from qiao.tickets.models import CheckIn, Ticket


@dataclass(frozen=True)
class CheckInResult:
    """The desk's answer; ``ticket`` and ``checkin`` are set when the code was found."""

    outcome: CheckInOutcome
    ticket: Ticket | None = None
    checkin: CheckIn | None = None
    mode: str = ""

    @property
    def admitted(self) -> bool:
        return self.outcome == CheckInOutcome.CHECKED_IN


def check_in(event: Event, typed_code: str, by: Any) -> CheckInResult:
    """Admit the holder of a ticket for this event, once.

    Refuses (without writing) unknown codes, tickets of other events, cancelled
    registrations and tickets already checked in. Side effects on success: a CheckIn row;
    audit ``ticket.checked_in``.
    """
    code = normalise_code(typed_code)
    if code is None:
        return CheckInResult(CheckInOutcome.UNKNOWN)
    with transaction.atomic():
        ticket = (
            Ticket.objects.select_for_update(of=("self",))
            .select_related("event", "person", "registration", "checkin__by")
            .filter(code=code)
            .first()
        )
        if ticket is None:
            return CheckInResult(CheckInOutcome.UNKNOWN)
        if ticket.event_id != event.pk:
            return CheckInResult(CheckInOutcome.WRONG_EVENT, ticket=ticket)
        if not ticket.is_active:
            return CheckInResult(CheckInOutcome.CANCELLED, ticket=ticket)
        assert ticket.registration is not None
        mode = ticket.registration.mode
        existing = CheckIn.objects.select_related("by").filter(ticket=ticket).first()
        if existing is not None:
            return CheckInResult(CheckInOutcome.ALREADY, ticket=ticket, checkin=existing, mode=mode)
        try:
            with transaction.atomic():  # a savepoint: another desk may have been a moment faster
                checkin = CheckIn.objects.create(
                    ticket=ticket, by=by if getattr(by, "is_authenticated", False) else None
                )
        except IntegrityError:
            first = CheckIn.objects.select_related("by").get(ticket=ticket)
            return CheckInResult(CheckInOutcome.ALREADY, ticket=ticket, checkin=first, mode=mode)
        audit.record(by, "ticket.checked_in", ticket, person=ticket.person_id, mode=mode)
    return CheckInResult(CheckInOutcome.CHECKED_IN, ticket=ticket, checkin=checkin, mode=mode)


@dataclass(frozen=True)
class CheckInFigures:
    """Registered and checked-in people of one event, in total and by attendance mode."""

    registered: int
    checked_in: int
    registered_onsite: int
    registered_online: int
    checked_in_onsite: int
    checked_in_online: int


def checkin_figures(event: Event) -> CheckInFigures:
    """Counts for the desk and the organisers' workspace (two queries)."""
    registered = Registration.objects.filter(event=event).aggregate(
        total=Count("id"),
        onsite=Count("id", filter=Q(mode=AttendanceMode.ONSITE)),
        online=Count("id", filter=Q(mode=AttendanceMode.ONLINE)),
    )
    checked = CheckIn.objects.filter(ticket__event=event, ticket__registration__isnull=False).aggregate(
        total=Count("id"),
        onsite=Count("id", filter=Q(ticket__registration__mode=AttendanceMode.ONSITE)),
        online=Count("id", filter=Q(ticket__registration__mode=AttendanceMode.ONLINE)),
    )
    return CheckInFigures(
        registered=registered["total"],
        checked_in=checked["total"],
        registered_onsite=registered["onsite"],
        registered_online=registered["online"],
        checked_in_onsite=checked["onsite"],
        checked_in_online=checked["online"],
    )
