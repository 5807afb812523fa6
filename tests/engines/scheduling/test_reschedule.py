"""Incremental re-scheduling: unaffected meetings keep slot and mode; the diff is exact."""

from __future__ import annotations

from typing import Any

import pytest

from qiao.engines.scheduling import (
    Change,
    InstanceError,
    Request,
    Schedule,
    check_schedule,
    parse_instance,
    reschedule,
    schedule_from_dict,
    schedule_to_dict,
    solve,
)
from tests.engines.scheduling.builders import instance, judge, person, request, slot

ON = ["online"]


def _raw() -> dict[str, Any]:
    """Five people, four slots; max 2 meetings each so that not everything fits."""
    avail = {f"s{k}": ON for k in range(4)}
    people = [person(p, dict(avail), max_meetings=2) for p in "abcde"]
    reqs = [
        request("r1", "a", "b", 3),
        request("r2", "a", "c", 3),
        request("r3", "b", "c", 2),
        request("r4", "d", "e", 2),
        request("r5", "a", "d", 1),
        request("r6", "c", "e", 1),
    ]
    return instance([slot(k) for k in range(4)], people, reqs)


def _meetings(schedule: Schedule) -> dict[str, tuple[str, str]]:
    return {m.request: (m.slot, m.mode) for m in schedule.meetings}


def _feasible(raw_requests: list[dict[str, Any]], raw: dict[str, Any], schedule: Schedule) -> None:
    shared = judge()
    inst = {**raw, "requests": raw_requests}
    if shared is not None:
        assert shared.score(inst, schedule_to_dict(schedule))["feasible"]
    assert check_schedule(parse_instance(inst), schedule).feasible


def test_cancellation_keeps_unaffected_meetings() -> None:
    raw = _raw()
    inst = parse_instance(raw)
    published = solve(inst, seconds=2.0, max_iterations=3).schedule
    before = _meetings(published)
    victim = "r1" if "r1" in before else next(iter(before))
    result = reschedule(inst, published, Change("cancel_meeting", request=victim), seconds=2.0)
    after = _meetings(result.schedule)
    assert victim not in after
    assert result.removed == (victim,)
    assert result.moved == ()
    for rid, where in before.items():
        if rid != victim:
            assert after[rid] == where
    assert {m.request for m in result.added} == set(after) - set(before)
    _feasible([r for r in raw["requests"] if r["id"] != victim], raw, result.schedule)


def test_freed_slot_takes_a_new_meeting() -> None:
    raw = instance(
        [slot(0)],
        [person("a", {"s0": ON}), person("b", {"s0": ON}), person("c", {"s0": ON})],
        [request("r1", "a", "b", 3), request("r2", "a", "c", 1)],
    )
    inst = parse_instance(raw)
    published = schedule_from_dict({"instance": "t", "meetings": [{"request": "r1", "slot": "s0", "mode": "online"}]})
    result = reschedule(inst, published, Change("cancel_meeting", request="r1"))
    assert [m.request for m in result.added] == ["r2"]
    assert result.participants_gaining == ("a", "c")
    assert result.moved == ()


def test_drop_participant_removes_their_meetings_only() -> None:
    raw = _raw()
    inst = parse_instance(raw)
    published = solve(inst, seconds=2.0, max_iterations=3).schedule
    before = _meetings(published)
    result = reschedule(inst, published, Change("drop_participant", participant="a"))
    after = _meetings(result.schedule)
    gone = {r["id"] for r in raw["requests"] if "a" in (r["a"], r["b"])}
    assert set(result.removed) == gone & set(before)
    for rid, where in before.items():
        if rid not in gone:
            assert after[rid] == where
    assert not gone & set(after)


def test_late_request_is_added_without_moving_others() -> None:
    raw = _raw()
    raw["participants"].append(person("f", {"s0": ON, "s3": ON}))
    inst = parse_instance(raw)
    published = solve(inst, seconds=2.0, max_iterations=3).schedule
    before = _meetings(published)
    late = Request("r9", "f", "e", 3)
    result = reschedule(inst, published, Change("add_request", new_request=late))
    after = _meetings(result.schedule)
    for rid, where in before.items():
        assert after[rid] == where
    assert "r9" in after
    assert [m.request for m in result.added] == ["r9"]
    _feasible([*raw["requests"], {"id": "r9", "a": "f", "b": "e", "weight": 3}], raw, result.schedule)


def test_conflicting_meeting_moves_and_is_reported() -> None:
    avail = {"s0": ON, "s1": ON}
    raw = instance(
        [slot(0), slot(1)],
        [person("a", dict(avail)), person("b", dict(avail)), person("c", dict(avail))],
        [request("r1", "a", "b"), request("r2", "b", "c")],
    )
    inst = parse_instance(raw)
    published = schedule_from_dict(
        {
            "instance": "t",
            "meetings": [
                {"request": "r1", "slot": "s0", "mode": "online"},
                {"request": "r2", "slot": "s1", "mode": "online"},
            ],
        }
    )
    result = reschedule(inst, published, Change("unavailable", participant="c", slot="s1"))
    assert [mv.request for mv in result.moved] == ["r2"]
    mv = result.moved[0]
    assert mv.new is None  # b is busy in s0 and c is gone from s1: it cannot be kept
    assert _meetings(result.schedule) == {"r1": ("s0", "online")}
    assert result.participants_moved == ("b", "c")


def test_unknown_change_target_raises() -> None:
    inst = parse_instance(_raw())
    with pytest.raises(InstanceError) as info:
        reschedule(inst, Schedule("t", ()), Change("cancel_meeting", request="nope"))
    assert info.value.code == "unknown_request"
