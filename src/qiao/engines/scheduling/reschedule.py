"""Incremental re-scheduling of a published schedule after a change, with minimal change:
meetings not in conflict keep their slot and mode; conflicting ones may move; freed
capacity may take new meetings. The result lists exactly who moves and who gains.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from qiao.engines.scheduling.cpsat import solve_cpsat
from qiao.engines.scheduling.model import MODES, Instance, InstanceError, Limits, Meeting, Request, Schedule
from qiao.engines.scheduling.problem import MODE_BIT, Problem, State, prefer_onsite
from qiao.engines.scheduling.validate import validate_instance


@dataclass(frozen=True)
class Change:
    """A change to a published schedule.

    kind: ``cancel_meeting`` (request), ``drop_participant`` (participant),
    ``add_request`` (new_request) or ``unavailable`` (participant no longer free in slot).
    """

    kind: str
    request: str | None = None
    participant: str | None = None
    slot: str | None = None
    new_request: Request | None = None


@dataclass(frozen=True)
class Move:
    """A meeting that had to move: old and new slot/mode (new None: could not be kept)."""

    request: str
    old: Meeting
    new: Meeting | None


@dataclass(frozen=True)
class RescheduleResult:
    """New schedule and instance plus the exact difference to the published schedule."""

    instance: Instance
    schedule: Schedule
    removed: tuple[str, ...]
    moved: tuple[Move, ...]
    added: tuple[Meeting, ...]
    participants_moved: tuple[str, ...]
    participants_gaining: tuple[str, ...]
    weight: int
    holes: int
    seconds: float
    status: str
    stats: dict[str, object] = field(default_factory=dict)


def apply_change(instance: Instance, change: Change) -> tuple[Instance, set[str]]:
    """The instance after ``change`` and the request ids withdrawn by it."""
    withdrawn: set[str] = set()
    if change.kind == "cancel_meeting":
        if change.request not in {r.id for r in instance.requests}:
            raise InstanceError("unknown_request", str(change.request))
        withdrawn = {change.request}
    elif change.kind == "drop_participant":
        if change.participant not in {p.id for p in instance.participants}:
            raise InstanceError("unknown_participant", str(change.participant))
        withdrawn = {r.id for r in instance.requests if change.participant in (r.a, r.b)}
    elif change.kind == "add_request":
        if change.new_request is None:
            raise InstanceError("malformed", "new_request")
        new = replace(instance, requests=(*instance.requests, change.new_request))
        validate_instance(new, Limits())
        return new, withdrawn
    elif change.kind == "unavailable":
        people = []
        found = False
        for p in instance.participants:
            if p.id == change.participant:
                found = True
                avail = {s: m for s, m in p.available.items() if s != change.slot}
                p = replace(p, available=avail)
            people.append(p)
        if not found:
            raise InstanceError("unknown_participant", str(change.participant))
        return replace(instance, participants=tuple(people)), withdrawn
    else:
        raise InstanceError("unknown_change", change.kind)
    requests = tuple(r for r in instance.requests if r.id not in withdrawn)
    return replace(instance, requests=requests), withdrawn


def reschedule(
    instance: Instance,
    published: Schedule,
    change: Change,
    *,
    seconds: float = 10.0,
    seed: int = 0,
) -> RescheduleResult:
    """Re-optimise after ``change``; unaffected meetings are fixed, not merely preferred."""
    t0 = time.monotonic()
    new_inst, withdrawn = apply_change(instance, change)
    pb = Problem(new_inst)
    old_by_request = {m.request: m for m in published.meetings}
    state = State(pb)
    conflicts: list[int] = []
    for m in published.meetings:
        r = pb.request_index.get(m.request)
        s = pb.slot_index.get(m.slot)
        if r is None or s is None:
            continue
        o = 2 * s + (0 if m.mode == "onsite" else 1)
        bit = MODE_BIT[m.mode]
        ok = pb.avail[pb.ra[r]].get(s, 0) & pb.avail[pb.rb[r]].get(s, 0) & bit
        if ok and state.can_place(r, o):
            state.place(r, o)
        else:
            conflicts.append(r)
    kept = list(state.asg)
    # Who can gain: people whose schedule changed, capacity freed, new requests, conflicts.
    touched: set[int] = set()
    for rid in withdrawn:
        old = old_by_request.get(rid)
        req = next((q for q in instance.requests if q.id == rid), None)
        if old is not None and req is not None:
            touched.update(pb.person_index[x] for x in (req.a, req.b) if x in pb.person_index)
    freed_slots = {pb.slot_index[old_by_request[rid].slot] for rid in withdrawn if rid in old_by_request}
    for r in conflicts:
        touched.update((pb.ra[r], pb.rb[r]))
    if change.kind == "add_request" and change.new_request is not None:
        touched.update(pb.person_index[x] for x in (change.new_request.a, change.new_request.b))
    free = set(conflicts)
    for r in range(pb.n_requests):
        if kept[r] >= 0 or not pb.options[r]:
            continue
        if pb.ra[r] in touched or pb.rb[r] in touched or any((o >> 1) in freed_slots for o in pb.options[r]):
            free.add(r)
    free_list = sorted(free)
    status = "unchanged"
    asg = kept
    if free_list:
        res = solve_cpsat(pb, kept, free_list, seconds=seconds, seed=seed, workers=1, holes=True)
        status = res.status
        if res.improved:
            asg = list(kept)
            for r, o in res.values.items():
                asg[r] = o
    asg = prefer_onsite(pb, asg, only=free)
    schedule = pb.to_schedule(asg)
    moved: list[Move] = []
    added: list[Meeting] = []
    new_by_request = {m.request: m for m in schedule.meetings}
    for m in schedule.meetings:
        old = old_by_request.get(m.request)
        if old is None:
            added.append(m)
        elif (old.slot, old.mode) != (m.slot, m.mode):
            moved.append(Move(m.request, old, m))
    for r in conflicts:
        rid = new_inst.requests[r].id
        if rid not in new_by_request:
            moved.append(Move(rid, old_by_request[rid], None))
    req_of = {q.id: q for q in new_inst.requests}
    return RescheduleResult(
        instance=new_inst,
        schedule=schedule,
        removed=tuple(sorted(rid for rid in withdrawn if rid in old_by_request)),
        moved=tuple(moved),
        added=tuple(added),
        participants_moved=tuple(sorted({x for mv in moved for x in (req_of[mv.request].a, req_of[mv.request].b)})),
        participants_gaining=tuple(sorted({x for m in added for x in (req_of[m.request].a, req_of[m.request].b)})),
        weight=pb.weight(asg),
        holes=pb.holes(asg),
        seconds=round(time.monotonic() - t0, 3),
        status=status,
        stats={"conflicts": len(conflicts), "free_requests": len(free_list), "modes": list(MODES)},
    )
