"""The only place that turns an event's ORM data into a scheduling-engine instance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from django.utils.translation import get_language

from qiao.core import translated
from qiao.engines.scheduling.model import Instance, Mode, Participant, Request, Slot
from qiao.meetings.domain.availability import Presence, SlotSpec, availability
from qiao.meetings.enums import RequestStatus
from qiao.meetings.models import MeetingRequest, MeetingSlot
from qiao.summits.enums import AttendanceMode
from qiao.summits.models import Event, Registration, Talk


def slot_id(slot: MeetingSlot) -> str:
    return f"s{slot.pk}"


def person_id(user_pk: int) -> str:
    return f"p{user_pk}"


def request_id(request: MeetingRequest) -> str:
    return f"r{request.pk}"


@dataclass(frozen=True)
class InstanceContext:
    """What the platform needs to map engine ids back and to explain results to people."""

    instance: Instance
    slots: dict[str, MeetingSlot]
    requests: dict[str, MeetingRequest]
    presences: dict[str, Presence]
    names: dict[str, str]
    unregistered: frozenset[str]


def _presence(registration: Registration | None, time_zone: str, busy: tuple[Any, ...]) -> Presence:
    if registration is None:
        return Presence(time_zone, dt.time(0), dt.time(0), online=False, onsite_dates=frozenset(), busy=busy)
    dates: set[dt.date] = set()
    if registration.mode == AttendanceMode.ONSITE and registration.onsite_from:
        last = registration.onsite_to or registration.onsite_from
        day = registration.onsite_from
        while day <= last:
            dates.add(day)
            day += dt.timedelta(days=1)
    return Presence(
        time_zone=time_zone,
        business_start=registration.business_hours_start,
        business_end=registration.business_hours_end,
        online=True,  # onsite participants can also take an online meeting in their hours
        onsite_dates=frozenset(dates),
        busy=busy,
    )


def _display_name(person: Any) -> str:
    """'Anna Berger (Hallberg GmbH)': who the other side will meet."""
    membership = next(iter(person.memberships.all()), None)
    name = str(person)
    if membership is None:
        return name
    organisation = translated.resolve(membership.organisation.name, get_language() or "en").text
    return f"{name} ({organisation})"


def build_instance(event: Event) -> InstanceContext:
    """Slots, people (with per-slot availability) and accepted requests of an event."""
    slots = list(event.meeting_slots.order_by("starts_at"))
    requests = list(
        MeetingRequest.objects.filter(event=event, status=RequestStatus.ACCEPTED, answered_by__isnull=False)
        .select_related("requester", "answered_by")
        .order_by("pk")
    )
    people = {r.requester for r in requests} | {cast(Any, r.answered_by) for r in requests}
    registrations = {
        reg.person_id: reg for reg in Registration.objects.filter(event=event, person__in=[p.pk for p in people])
    }
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for talk in Talk.objects.filter(session__event=event, speaker__person__in=people).select_related("session"):
        busy.setdefault(cast(int, talk.speaker.person_id), []).append((talk.session.starts_at, talk.session.ends_at))
    specs = [SlotSpec(slot_id(s), s.starts_at, s.ends_at, s.tables, s.rooms) for s in slots]
    participants = []
    presences = {}
    for person in sorted(people, key=lambda p: p.pk):
        registration = registrations.get(person.pk)
        presence = _presence(registration, person.time_zone or event.time_zone, tuple(busy.get(person.pk, ())))
        presences[person_id(person.pk)] = presence
        available = availability(specs, presence, event.time_zone)
        participants.append(
            Participant(
                id=person_id(person.pk),
                available={k: cast(frozenset[Mode], v) for k, v in available.items()},
                max_meetings=registration.max_meetings if registration else None,
                tz=person.time_zone,
            )
        )
    instance = Instance(
        name=event.key,
        slots=tuple(
            Slot(id=slot_id(s), start=s.starts_at, end=s.ends_at, session=s.block, tables=s.tables, rooms=s.rooms)
            for s in slots
        ),
        participants=tuple(participants),
        requests=tuple(
            Request(
                id=request_id(r),
                a=person_id(r.requester_id),
                b=person_id(cast(int, r.answered_by_id)),
                weight=r.priority,
            )
            for r in requests
        ),
    )
    return InstanceContext(
        instance=instance,
        slots={slot_id(s): s for s in slots},
        requests={request_id(r): r for r in requests},
        presences=presences,
        names={person_id(p.pk): _display_name(p) for p in people},
        unregistered=frozenset(person_id(p.pk) for p in people if p.pk not in registrations),
    )
