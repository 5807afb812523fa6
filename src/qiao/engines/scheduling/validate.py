"""Instance validation (typed InstanceError) and our own schedule checker/scorer."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

from qiao.engines.scheduling.model import Instance, InstanceError, Limits, Schedule


def validate_instance(instance: Instance, limits: Limits) -> None:
    """Raise InstanceError naming the first offending item; return None when valid."""
    if len(instance.slots) > limits.max_slots:
        raise InstanceError("too_large", "slots", {"count": len(instance.slots), "limit": limits.max_slots})
    if len(instance.participants) > limits.max_participants:
        raise InstanceError(
            "too_large", "participants", {"count": len(instance.participants), "limit": limits.max_participants}
        )
    if len(instance.requests) > limits.max_requests:
        raise InstanceError("too_large", "requests", {"count": len(instance.requests), "limit": limits.max_requests})
    slot_ids: set[str] = set()
    for s in instance.slots:
        if s.id in slot_ids:
            raise InstanceError("duplicate_slot", s.id)
        slot_ids.add(s.id)
        if s.end <= s.start:
            raise InstanceError("slot_ends_before_start", s.id)
    ordered = sorted(instance.slots, key=lambda s: (s.start, s.end))
    for prev, cur in itertools.pairwise(ordered):
        if cur.start < prev.end:
            raise InstanceError("slots_overlap", cur.id, {"other": prev.id})
    people: set[str] = set()
    for p in instance.participants:
        if p.id in people:
            raise InstanceError("duplicate_participant", p.id)
        people.add(p.id)
        for sid in p.available:
            if sid not in slot_ids:
                raise InstanceError("availability_unknown_slot", p.id, {"slot": sid})
    request_ids: set[str] = set()
    pairs: dict[frozenset[str], str] = {}
    for r in instance.requests:
        if r.id in request_ids:
            raise InstanceError("duplicate_request", r.id)
        request_ids.add(r.id)
        for pid in (r.a, r.b):
            if pid not in people:
                raise InstanceError("unknown_participant", r.id, {"participant": pid})
        if r.a == r.b:
            raise InstanceError("self_request", r.id, {"participant": r.a})
        if not 1 <= r.weight <= 3:
            raise InstanceError("weight_out_of_range", r.id, {"weight": r.weight})
        pair = frozenset((r.a, r.b))
        if pair in pairs:
            raise InstanceError("duplicate_request", r.id, {"other": pairs[pair]})
        pairs[pair] = r.id


@dataclass(frozen=True)
class CheckReport:
    """Our validator's verdict, with the same fields as the shared check.py."""

    feasible: bool
    violations: tuple[str, ...]
    weight: int
    count: int
    holes: int


def check_schedule(instance: Instance, schedule: Schedule) -> CheckReport:
    """Check feasibility and score a schedule exactly as FORMAT.md defines it."""
    slots = {s.id: s for s in instance.slots}
    order = {s.id: k for k, s in enumerate(instance.slots)}
    people = {p.id: p for p in instance.participants}
    requests = {r.id: r for r in instance.requests}
    violations: list[str] = []
    busy: dict[tuple[str, str], str] = {}
    used: Counter[tuple[str, str]] = Counter()
    per_person: Counter[str] = Counter()
    seen: set[str] = set()
    weight = 0
    meetings_of: dict[str, list[str]] = defaultdict(list)
    for m in schedule.meetings:
        r, s = requests.get(m.request), slots.get(m.slot)
        if r is None or s is None or m.mode not in ("onsite", "online"):
            violations.append(f"unknown request/slot/mode in {m}")
            continue
        if m.request in seen:
            violations.append(f"{m.request} scheduled twice")
            continue
        seen.add(m.request)
        ok = True
        for pid in (r.a, r.b):
            if m.mode not in people[pid].available.get(m.slot, frozenset()):
                violations.append(f"{pid} cannot meet {m.mode} in {m.slot} ({m.request})")
                ok = False
            if (pid, m.slot) in busy:
                violations.append(f"{pid} double-booked in {m.slot}: {busy[pid, m.slot]} and {m.request}")
                ok = False
            busy[pid, m.slot] = m.request
            per_person[pid] += 1
            meetings_of[pid].append(m.slot)
        used[m.slot, m.mode] += 1
        if ok:
            weight += r.weight
    for (sid, mode), n in used.items():
        cap = slots[sid].tables if mode == "onsite" else slots[sid].rooms
        if cap is not None and n > cap:
            violations.append(f"{sid}: {n} {mode} meetings, capacity {cap}")
    for pid, n in per_person.items():
        mx = people[pid].max_meetings
        if mx is not None and n > mx:
            violations.append(f"{pid}: {n} meetings, max {mx}")
    holes = 0
    for sids in meetings_of.values():
        by_session: dict[str, list[int]] = defaultdict(list)
        for sid in sids:
            by_session[slots[sid].session].append(order[sid])
        for ks in by_session.values():
            holes += (max(ks) - min(ks) + 1) - len(set(ks))
    return CheckReport(not violations, tuple(violations), weight, len(seen), holes)
