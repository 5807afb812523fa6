"""Registering for a summit, onsite or online, and cancelling; each registration has a ticket."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from qiao.core.domain import audit
from qiao.summits.enums import AttendanceMode, EventStatus, SessionKind
from qiao.summits.models import Event, Registration
from qiao.tickets.domain.codes import new_code
from qiao.tickets.domain.errors import RegistrationError
from qiao.tickets.domain.seats import cancel_seat
from qiao.tickets.enums import SeatStatus
from qiao.tickets.models import SessionRegistration, Ticket

_CODE_ATTEMPTS = 8


def _require_open(event: Event) -> None:
    if event.status in (EventStatus.DRAFT, EventStatus.PAST):
        raise RegistrationError("closed", _("Registration for this event is closed."))


@dataclass(frozen=True)
class MeetingPreferences:
    """What the 1:1 meeting scheduler needs to know: business hours, days at the venue, a cap."""

    business_hours_start: dt.time = dt.time(8, 0)
    business_hours_end: dt.time = dt.time(18, 0)
    onsite_from: dt.date | None = None
    onsite_to: dt.date | None = None
    max_meetings: int | None = None


MAX_MEETINGS = 40


def _check_preferences(event: Event, mode: str, wish: MeetingPreferences) -> None:
    if wish.business_hours_end <= wish.business_hours_start:
        raise RegistrationError("business_hours_end", _("Business hours must end after they start."))
    if mode == AttendanceMode.ONLINE and (wish.onsite_from or wish.onsite_to):
        raise RegistrationError("onsite_from", _("Online participants have no days at the venue."))
    if wish.onsite_from and wish.onsite_to and wish.onsite_to < wish.onsite_from:
        raise RegistrationError("onsite_to", _("The last day at the venue cannot be before the first."))
    first_day = event.starts_at.astimezone(event.zone).date()
    last_day = event.ends_at.astimezone(event.zone).date()
    arrive, leave = wish.onsite_from or wish.onsite_to, wish.onsite_to or wish.onsite_from
    if arrive and leave and (leave < first_day or arrive > last_day):
        raise RegistrationError(
            "onsite_from",
            _("Your days at the venue must include at least one day of the event (%(first)s to %(last)s).")
            % {"first": first_day.isoformat(), "last": last_day.isoformat()},
        )
    if wish.max_meetings is not None and not 0 < wish.max_meetings <= MAX_MEETINGS:
        raise RegistrationError(
            "max_meetings", _("Choose between 1 and %(most)d meetings, or leave it empty.") % {"most": MAX_MEETINGS}
        )


def preferences_of(registration: Registration | None) -> MeetingPreferences:
    if registration is None:
        return MeetingPreferences()
    return MeetingPreferences(
        business_hours_start=registration.business_hours_start,
        business_hours_end=registration.business_hours_end,
        onsite_from=registration.onsite_from,
        onsite_to=registration.onsite_to,
        max_meetings=registration.max_meetings,
    )


_PREFERENCE_FIELDS = ("business_hours_start", "business_hours_end", "onsite_from", "onsite_to", "max_meetings")


def register_for_event(
    person: Any, event: Event, mode: str, preferences: MeetingPreferences | None = None
) -> Registration:
    """Register a person for an event, or change their attendance mode and meeting preferences.

    Without ``preferences`` the stored ones stay (new registrations get the defaults); moving
    to online attendance drops the days at the venue. Side effects: creates or updates the
    summits Registration; issues a ticket when there is none; audit ``registration.created``
    or ``registration.changed``.
    """
    if mode not in AttendanceMode.values:
        raise RegistrationError("mode", _("Choose onsite or online attendance."))
    if mode == AttendanceMode.ONLINE and not event.hybrid:
        raise RegistrationError("online", _("This event can only be attended onsite."))
    _require_open(event)
    with transaction.atomic():
        registration = Registration.objects.select_for_update().filter(event=event, person=person).first()
        wish = preferences or preferences_of(registration)
        if mode == AttendanceMode.ONLINE and preferences is None:
            wish = replace(wish, onsite_from=None, onsite_to=None)
        _check_preferences(event, mode, wish)
        values = {field: getattr(wish, field) for field in _PREFERENCE_FIELDS}
        if registration is None:
            registration = Registration.objects.create(event=event, person=person, mode=mode, **values)
            audit.record(person, "registration.created", registration, mode=mode, **values)
        else:
            changed = {
                field: value
                for field, value in {"mode": mode, **values}.items()
                if getattr(registration, field) != value
            }
            if changed:
                if changed.get("mode") == AttendanceMode.ONLINE:
                    _refuse_if_site_visits(person, event)
                previous = {field: getattr(registration, field) for field in changed}
                for field, value in changed.items():
                    setattr(registration, field, value)
                registration.save(update_fields=[*changed, "updated_at"])
                audit.record(person, "registration.changed", registration, **changed, previous=previous)
        ensure_ticket(registration)
    return registration


def _refuse_if_site_visits(person: Any, event: Event) -> None:
    visits = SessionRegistration.objects.filter(
        person=person,
        session__event=event,
        session__kind=SessionKind.SITE_VISIT,
        status__in=[SeatStatus.CONFIRMED, SeatStatus.WAITING],
    )
    if visits.exists():
        raise RegistrationError(
            "site_visits",
            _("Site visits are onsite only. Cancel your site visits before switching to online attendance."),
        )


def cancel_event_registration(person: Any, event: Event) -> None:
    """Cancel a person's registration for an event, with their session seats.

    Side effects: deletes the Registration; cancels its ticket (kept so that the check-in
    desk can say it was cancelled); cancels the person's seats and waiting places in the
    event's sessions, moving waiting people up; audit ``registration.cancelled``.
    """
    with transaction.atomic():
        registration = Registration.objects.select_for_update().filter(event=event, person=person).first()
        if registration is None:
            raise RegistrationError("not_registered", _("You are not registered for this event."))
        seats = SessionRegistration.objects.filter(
            person=person, session__event=event, status__in=[SeatStatus.CONFIRMED, SeatStatus.WAITING]
        ).select_related("session")
        for seat in seats:
            cancel_seat(seat, by=person)
        Ticket.objects.filter(registration=registration, cancelled_at__isnull=True).update(
            cancelled_at=timezone.now(), updated_at=timezone.now()
        )
        audit.record(person, "registration.cancelled", registration, mode=registration.mode)
        registration.delete()


def ensure_ticket(registration: Registration) -> Ticket:
    """The registration's ticket, issued now if it has none.

    Side effects: may create a Ticket with a fresh random code; audit ``ticket.issued``.
    """
    existing = Ticket.objects.filter(registration=registration).first()
    if existing is not None:
        return existing
    # A ticket whose registration was deleted elsewhere is stale: it no longer admits anyone.
    Ticket.objects.filter(
        event_id=registration.event_id, person_id=registration.person_id, registration__isnull=True
    ).filter(cancelled_at__isnull=True).update(cancelled_at=timezone.now(), updated_at=timezone.now())
    for _attempt in range(_CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                ticket = Ticket.objects.create(
                    event_id=registration.event_id,
                    person_id=registration.person_id,
                    registration=registration,
                    code=new_code(),
                )
                audit.record(registration.person, "ticket.issued", ticket)
                return ticket
        except IntegrityError:  # a code collision, astronomically rare: draw again
            continue
    raise RegistrationError("code", _("No ticket code could be issued; please try again."))


def ensure_tickets_for(person: Any) -> None:
    """Issue tickets for registrations made without one (imports, the demo loader)."""
    for registration in Registration.objects.filter(person=person, ticket__isnull=True):
        with transaction.atomic():
            ensure_ticket(registration)
