"""Per-slot availability of summit participants: business hours across time zones,
onsite days, and times they are busy speaking or attending. Pure: no ORM, no Django.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ONSITE = "onsite"
ONLINE = "online"


@dataclass(frozen=True)
class SlotSpec:
    """A meeting slot: an interval in UTC, with onsite tables and online rooms."""

    id: str
    start: dt.datetime
    end: dt.datetime
    tables: int
    rooms: int | None


@dataclass(frozen=True)
class Presence:
    """When and how a person can meet.

    Online meetings fall inside their business hours in their own time zone; onsite
    meetings on the dates they are at the venue (in the event's time zone).
    """

    time_zone: str
    business_start: dt.time
    business_end: dt.time
    online: bool
    onsite_dates: frozenset[dt.date]
    busy: tuple[tuple[dt.datetime, dt.datetime], ...] = ()


def _within_hours(start: dt.datetime, end: dt.datetime, presence: Presence) -> bool:
    zone = zoneinfo.ZoneInfo(presence.time_zone)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if local_start.date() != local_end.date() and local_end.time() != dt.time(0):
        return False
    end_time = dt.time(23, 59, 59) if local_end.time() == dt.time(0) else local_end.time()
    return presence.business_start <= local_start.time() and end_time <= presence.business_end


def _overlaps(start: dt.datetime, end: dt.datetime, busy: Iterable[tuple[dt.datetime, dt.datetime]]) -> bool:
    return any(b_start < end and start < b_end for b_start, b_end in busy)


def modes_for(slot: SlotSpec, presence: Presence, event_zone: str) -> frozenset[str]:
    """The modes in which the person can meet in this slot (empty: not available)."""
    if _overlaps(slot.start, slot.end, presence.busy):
        return frozenset()
    modes = set()
    if presence.online and (slot.rooms is None or slot.rooms > 0) and _within_hours(slot.start, slot.end, presence):
        modes.add(ONLINE)
    local_date = slot.start.astimezone(zoneinfo.ZoneInfo(event_zone)).date()
    if slot.tables > 0 and local_date in presence.onsite_dates:
        modes.add(ONSITE)
    return frozenset(modes)


def availability(slots: Sequence[SlotSpec], presence: Presence, event_zone: str) -> dict[str, frozenset[str]]:
    """For every slot the person can meet in, the modes possible then."""
    result = {}
    for slot in slots:
        modes = modes_for(slot, presence, event_zone)
        if modes:
            result[slot.id] = modes
    return result


def describe_hours(presence: Presence) -> str:
    """'08:00–11:00 Europe/Berlin': used in explanations of unplaced meetings."""
    return f"{presence.business_start:%H:%M}–{presence.business_end:%H:%M} {presence.time_zone}"
