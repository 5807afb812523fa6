"""Typed value objects of the scheduling engine: instance, schedule, result, errors.

Everything is an immutable dataclass so the Django layer can map it 1:1 to models/JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Mode = Literal["onsite", "online"]
MODES: tuple[Mode, Mode] = ("onsite", "online")


@dataclass(frozen=True)
class Slot:
    """A bookable time slot; ``tables``/``rooms`` cap onsite/online meetings (None: unlimited)."""

    id: str
    start: datetime
    end: datetime
    session: str
    tables: int | None
    rooms: int | None


@dataclass(frozen=True)
class Participant:
    """A participant with the modes they can meet in per slot id."""

    id: str
    available: dict[str, frozenset[Mode]]
    max_meetings: int | None = None
    country: str | None = None
    tz: str | None = None


@dataclass(frozen=True)
class Request:
    """An unordered pair ``a``/``b`` wishing to meet once, with priority weight 1..3."""

    id: str
    a: str
    b: str
    weight: int


@dataclass(frozen=True)
class Instance:
    """A complete scheduling problem; slots are kept in the order given (holes use it)."""

    name: str
    slots: tuple[Slot, ...]
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...]


@dataclass(frozen=True)
class Meeting:
    """One scheduled request: its slot and mode."""

    request: str
    slot: str
    mode: Mode


@dataclass(frozen=True)
class Schedule:
    """A set of meetings for the named instance."""

    instance: str
    meetings: tuple[Meeting, ...]


@dataclass(frozen=True)
class Explanation:
    """Why a request is not scheduled: a machine ``kind`` plus structured ``data`` (no prose)."""

    request: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SolveResult:
    """A schedule with its score, proven upper bound on weight and the remaining gap."""

    schedule: Schedule
    weight: int
    count: int
    holes: int
    max_unscheduled_must: int
    upper_bound: int
    gap: float
    seconds: float
    status: str
    explanations: tuple[Explanation, ...] = ()
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Limits:
    """Size limits an instance must respect before any solver runs."""

    max_slots: int = 1_000
    max_participants: int = 20_000
    max_requests: int = 200_000


class InstanceError(ValueError):
    """An invalid instance; ``code`` is machine-readable, ``item`` the offending id."""

    def __init__(self, code: str, item: str, detail: dict[str, Any] | None = None) -> None:
        self.code = code
        self.item = item
        self.detail: dict[str, Any] = dict(detail or {})
        super().__init__(f"{code}: {item}" + (f" {self.detail}" if self.detail else ""))
