"""Structured reasons for unscheduled requests: a ``kind`` code plus data (no prose).

Kinds: ``no_common_time``, ``no_common_mode``, ``participant_full`` (cause
``max_meetings`` or ``slots_taken``), ``capacity_full`` and ``fits`` (a free option
exists; the solver stopped before using it). ``data["alternative"]`` is a concrete change
that makes the request schedulable; :func:`apply_alternative` applies it to JSON dicts.
"""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

from qiao.engines.scheduling.model import MODES, Explanation, Instance, Mode, Schedule


class _Occupancy:
    """Who meets when in a schedule, and how full each slot/mode is."""

    def __init__(self, instance: Instance, schedule: Schedule) -> None:
        self.requests = {r.id: r for r in instance.requests}
        self.slots = {s.id: s for s in instance.slots}
        self.busy: dict[tuple[str, str], str] = {}
        self.meetings: dict[str, list[str]] = {}
        self.used: Counter[tuple[str, str]] = Counter()
        self.where: dict[str, tuple[str, Mode]] = {}
        self.at: dict[tuple[str, str], list[str]] = {}
        for m in schedule.meetings:
            r = self.requests[m.request]
            self.where[m.request] = (m.slot, m.mode)
            self.at.setdefault((m.slot, m.mode), []).append(m.request)
            self.used[m.slot, m.mode] += 1
            for pid in (r.a, r.b):
                self.busy[pid, m.slot] = m.request
                self.meetings.setdefault(pid, []).append(m.request)

    def cap_left(self, slot: str, mode: str) -> int | None:
        """Remaining tables/rooms of slot in mode (None: unlimited)."""
        s = self.slots[slot]
        cap = s.tables if mode == "onsite" else s.rooms
        return None if cap is None else cap - self.used[slot, mode]


def explain_unscheduled(instance: Instance, schedule: Schedule) -> list[Explanation]:
    """One Explanation per request not in ``schedule`` (instance order)."""
    occ = _Occupancy(instance, schedule)
    people = {p.id: p for p in instance.participants}
    slot_order = [s.id for s in instance.slots]
    out: list[Explanation] = []
    for r in instance.requests:
        if r.id in occ.where:
            continue
        out.append(_explain(r.id, occ, people, slot_order))
    return out


def _explain(rid: str, occ: _Occupancy, people: dict[str, Any], slot_order: list[str]) -> Explanation:
    """Classify one unscheduled request, most fundamental reason first."""
    r = occ.requests[rid]
    pa, pb = people[r.a], people[r.b]
    both = [s for s in slot_order if s in pa.available and s in pb.available]
    common = [(s, m) for s in both for m in MODES if m in pa.available[s] and m in pb.available[s]]
    if not both:
        return Explanation(
            rid,
            "no_common_time",
            {
                "a": r.a,
                "b": r.b,
                "a_slots": [s for s in slot_order if s in pa.available],
                "b_slots": [s for s in slot_order if s in pb.available],
                "alternative": _extend_availability(r.a, r.b, occ, people, slot_order),
            },
        )
    if not common:
        return Explanation(
            rid,
            "no_common_mode",
            {
                "a": r.a,
                "b": r.b,
                "slots": [
                    {"slot": s, "a_modes": sorted(pa.available[s]), "b_modes": sorted(pb.available[s])} for s in both
                ],
                "alternative": _allow_mode(r.a, r.b, both, occ, people),
            },
        )
    full = [
        pid
        for pid in (r.a, r.b)
        if people[pid].max_meetings is not None and len(occ.meetings.get(pid, [])) >= people[pid].max_meetings
    ]
    blocked: list[dict[str, Any]] = []
    cap_only: list[tuple[str, Mode]] = []
    for s, m in common:
        busy = {pid: occ.busy[pid, s] for pid in (r.a, r.b) if (pid, s) in occ.busy}
        left = occ.cap_left(s, m)
        if busy:
            blocked.append({"slot": s, "mode": m, "busy": busy})
        elif left is not None and left <= 0:
            cap_only.append((s, m))
        elif not full:
            return Explanation(rid, "fits", {"alternative": {"action": "add", "slot": s, "mode": m}})
    if full:
        return Explanation(
            rid,
            "participant_full",
            {
                "cause": "max_meetings",
                "participants": full,
                "max_meetings": {pid: people[pid].max_meetings for pid in full},
                "meetings": {pid: sorted(occ.meetings.get(pid, [])) for pid in full},
                "alternative": _replace(rid, common, occ, people),
            },
        )
    if not cap_only:
        return Explanation(
            rid,
            "participant_full",
            {"cause": "slots_taken", "slots": blocked, "alternative": _replace(rid, common, occ, people)},
        )
    switch = _switch_mode(r.a, r.b, occ, people, slot_order)
    return Explanation(
        rid,
        "capacity_full",
        {
            "full": [{"slot": s, "mode": m} for s, m in cap_only],
            "alternative": switch if switch is not None else _replace(rid, common, occ, people),
        },
    )


def _free(pid: str, slot: str, occ: _Occupancy, people: dict[str, Any]) -> bool:
    """True when pid is below max_meetings and has no meeting in slot."""
    p = people[pid]
    under = p.max_meetings is None or len(occ.meetings.get(pid, [])) < p.max_meetings
    return under and (pid, slot) not in occ.busy


def _extend_availability(
    a: str, b: str, occ: _Occupancy, people: dict[str, Any], slot_order: list[str]
) -> dict[str, Any] | None:
    """A slot one side could add to its availability so that the meeting fits."""
    for who, other in ((a, b), (b, a)):
        for s in slot_order:
            if s not in people[other].available or not _free(other, s, occ, people) or not _free(who, s, occ, people):
                continue
            for m in MODES:
                left = occ.cap_left(s, m)
                if m in people[other].available[s] and (left is None or left > 0):
                    return {"action": "extend_availability", "participant": who, "slot": s, "mode": m}
    return None


def _allow_mode(a: str, b: str, both: list[str], occ: _Occupancy, people: dict[str, Any]) -> dict[str, Any] | None:
    """A slot where one side accepting the other's mode makes the meeting fit."""
    for s in both:
        if not (_free(a, s, occ, people) and _free(b, s, occ, people)):
            continue
        for who, other in ((a, b), (b, a)):
            for m in sorted(people[other].available[s]):
                left = occ.cap_left(s, m)
                if left is None or left > 0:
                    return {"action": "extend_availability", "participant": who, "slot": s, "mode": m}
    return None


def _switch_mode(
    a: str, b: str, occ: _Occupancy, people: dict[str, Any], slot_order: list[str]
) -> dict[str, Any] | None:
    """Slots where the other mode has room and both are free: who must accept that mode."""
    for m in MODES:
        slots = []
        needs: set[str] = set()
        for s in slot_order:
            if s not in people[a].available or s not in people[b].available:
                continue
            if not (_free(a, s, occ, people) and _free(b, s, occ, people)):
                continue
            left = occ.cap_left(s, m)
            if left is not None and left <= 0:
                continue
            lacking = [pid for pid in (a, b) if m not in people[pid].available[s]]
            if lacking:
                slots.append(s)
                needs.update(lacking)
        if slots:
            return {"action": "switch_mode", "mode": m, "slots": slots, "participants": sorted(needs)}
    return None


def _replace(
    rid: str, common: list[tuple[str, Mode]], occ: _Occupancy, people: dict[str, Any]
) -> dict[str, Any] | None:
    """Cheapest set of meetings to cancel so that ``rid`` fits in one of its common options."""
    r = occ.requests[rid]
    best: tuple[int, list[str], str, Mode] | None = None
    for s, m in common:
        remove = {occ.busy[pid, s] for pid in (r.a, r.b) if (pid, s) in occ.busy}
        for pid in (r.a, r.b):
            mx = people[pid].max_meetings
            mine = occ.meetings.get(pid, [])
            if mx is not None and len([x for x in mine if x not in remove]) >= mx:
                keep = sorted((x for x in mine if x not in remove), key=lambda x: (occ.requests[x].weight, x))
                remove.update(keep[: len(keep) - mx + 1])
        left = occ.cap_left(s, m)
        if left is not None and left + sum(1 for x in remove if occ.where[x] == (s, m)) <= 0:
            same = sorted(
                (x for x in occ.at.get((s, m), []) if x not in remove),
                key=lambda x: (occ.requests[x].weight, x),
            )
            if not same:
                continue
            remove.add(same[0])
        cost = sum(occ.requests[x].weight for x in remove)
        if best is None or cost < best[0]:
            best = (cost, sorted(remove), s, m)
    if best is None:
        return None
    cost, removed, s, m = best
    return {"action": "replace", "remove": removed, "slot": s, "mode": m, "weight_change": r.weight - cost}


def apply_alternative(
    instance: dict[str, Any], schedule: dict[str, Any], explanation: Explanation
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Apply ``explanation.data['alternative']`` to FORMAT.md dicts (copies are returned).

    ``switch_mode`` uses the first listed slot. Raises ValueError if there is none.
    """
    alt = explanation.data.get("alternative")
    if not alt:
        raise ValueError(f"no alternative for {explanation.request}")
    inst = copy.deepcopy(instance)
    sched = copy.deepcopy(schedule)
    people = {p["id"]: p for p in inst["participants"]}
    action = alt["action"]
    if action == "add":
        slot, mode = alt["slot"], alt["mode"]
    elif action == "replace":
        slot, mode = alt["slot"], alt["mode"]
        sched["meetings"] = [m for m in sched["meetings"] if m["request"] not in set(alt["remove"])]
    elif action == "extend_availability":
        slot, mode = alt["slot"], alt["mode"]
        modes = people[alt["participant"]]["available"].setdefault(slot, [])
        if mode not in modes:
            modes.append(mode)
    elif action == "switch_mode":
        slot, mode = alt["slots"][0], alt["mode"]
        for pid in alt["participants"]:
            modes = people[pid]["available"].setdefault(slot, [])
            if mode not in modes:
                modes.append(mode)
    else:
        raise ValueError(f"unknown action {action}")
    sched["meetings"].append({"request": explanation.request, "slot": slot, "mode": mode})
    return inst, sched
