"""Reading instances and writing schedules in the shared FORMAT.md JSON format."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from qiao.engines.scheduling.model import (
    MODES,
    Instance,
    InstanceError,
    Limits,
    Meeting,
    Mode,
    Participant,
    Request,
    Schedule,
    Slot,
)
from qiao.engines.scheduling.validate import validate_instance


def _time(value: Any, item: str) -> datetime:
    """ISO-8601 time (``Z`` accepted) or InstanceError naming the slot."""
    if not isinstance(value, str):
        raise InstanceError("malformed", item, {"field": "time"})
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InstanceError("malformed", item, {"field": "time", "value": value}) from None


def _cap(value: Any, item: str) -> int | None:
    """A capacity: None (unlimited) or a non-negative int."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InstanceError("capacity_invalid", item, {"value": value})
    return value


def parse_instance(raw: dict[str, Any], limits: Limits | None = None) -> Instance:
    """Convert a FORMAT.md dict into a validated :class:`Instance` (raises InstanceError)."""
    try:
        slots = tuple(
            Slot(
                id=str(s["id"]),
                start=_time(s["start"], str(s["id"])),
                end=_time(s["end"], str(s["id"])),
                session=str(s.get("session", "")),
                tables=_cap(s.get("tables"), str(s["id"])),
                rooms=_cap(s.get("rooms"), str(s["id"])),
            )
            for s in raw["slots"]
        )
        people = []
        for p in raw["participants"]:
            pid = str(p["id"])
            available: dict[str, frozenset[Mode]] = {}
            for sid, modes in dict(p.get("available", {})).items():
                for m in modes:
                    if m not in MODES:
                        raise InstanceError("invalid_mode", pid, {"slot": sid, "mode": m})
                available[str(sid)] = frozenset(cast(Mode, m) for m in modes)
            mm = p.get("max_meetings")
            if mm is not None and (isinstance(mm, bool) or not isinstance(mm, int) or mm < 0):
                raise InstanceError("max_meetings_invalid", pid, {"value": mm})
            people.append(
                Participant(
                    id=pid,
                    available=available,
                    max_meetings=mm,
                    country=p.get("country"),
                    tz=p.get("tz"),
                )
            )
        requests = []
        for r in raw["requests"]:
            w = r.get("weight", 1)
            if isinstance(w, bool) or not isinstance(w, int):
                raise InstanceError("weight_out_of_range", str(r.get("id")), {"weight": w})
            requests.append(Request(id=str(r["id"]), a=str(r["a"]), b=str(r["b"]), weight=w))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InstanceError("malformed", str(exc)) from None
    instance = Instance(
        name=str(raw.get("name", "")),
        slots=slots,
        participants=tuple(people),
        requests=tuple(requests),
    )
    validate_instance(instance, limits or Limits())
    return instance


def load_instance(path: str | Path, limits: Limits | None = None) -> Instance:
    """Read and validate an instance JSON file."""
    with open(path, encoding="utf-8") as f:
        return parse_instance(json.load(f), limits)


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """Schedule as a FORMAT.md dict."""
    return {
        "instance": schedule.instance,
        "meetings": [{"request": m.request, "slot": m.slot, "mode": m.mode} for m in schedule.meetings],
    }


def schedule_from_dict(raw: dict[str, Any]) -> Schedule:
    """Schedule from a FORMAT.md dict (no feasibility check; see ``check_schedule``)."""
    return Schedule(
        instance=str(raw.get("instance", "")),
        meetings=tuple(
            Meeting(request=str(m["request"]), slot=str(m["slot"]), mode=cast(Mode, m["mode"]))
            for m in raw.get("meetings", [])
        ),
    )


def write_schedule(schedule: Schedule, path: str | Path) -> None:
    """Write a schedule JSON file."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(schedule_to_dict(schedule), f, ensure_ascii=False)
        f.write("\n")
