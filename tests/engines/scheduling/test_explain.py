"""Each explanation kind holds on a hand-built instance, and its alternative, applied,
is confirmed feasible (and schedules the request) by the shared check.py."""

from __future__ import annotations

from typing import Any

import pytest

from qiao.engines.scheduling import Explanation, Schedule, explain_unscheduled, parse_instance, schedule_to_dict, solve
from qiao.engines.scheduling.explain import apply_alternative
from qiao.engines.scheduling.validate import check_schedule
from tests.engines.scheduling.builders import instance, judge, person, request, slot

ON = ["online"]
SITE = ["onsite"]
BOTH = ["onsite", "online"]


def _explain(raw: dict[str, Any], rid: str) -> tuple[Explanation, dict[str, Any]]:
    result = solve(parse_instance(raw), seconds=1.0, max_iterations=2)
    by_id = {e.request: e for e in result.explanations}
    assert rid in by_id, by_id
    return by_id[rid], schedule_to_dict(result.schedule)


def _confirm(raw: dict[str, Any], schedule: dict[str, Any], expl: Explanation) -> dict[str, Any]:
    """Apply the alternative; the request is then scheduled feasibly (check.py and ours)."""
    inst2, sched2 = apply_alternative(raw, schedule, expl)
    assert expl.request in {m["request"] for m in sched2["meetings"]}
    shared = judge()
    if shared is not None:
        verdict = shared.score(inst2, sched2)
        assert verdict["feasible"], verdict["violations"]
    from qiao.engines.scheduling import schedule_from_dict

    assert check_schedule(parse_instance(inst2), schedule_from_dict(sched2)).feasible
    alt = expl.data["alternative"]
    assert isinstance(alt, dict)
    return alt


def test_no_common_time() -> None:
    raw = instance([slot(0), slot(1)], [person("a", {"s0": ON}), person("b", {"s1": ON})], [request("r", "a", "b")])
    expl, sched = _explain(raw, "r")
    assert expl.kind == "no_common_time"
    assert expl.data["a_slots"] == ["s0"]
    assert expl.data["b_slots"] == ["s1"]
    alt = _confirm(raw, sched, expl)
    assert alt["action"] == "extend_availability"


def test_no_common_mode() -> None:
    raw = instance([slot(0)], [person("a", {"s0": SITE}), person("b", {"s0": ON})], [request("r", "a", "b")])
    expl, sched = _explain(raw, "r")
    assert expl.kind == "no_common_mode"
    assert expl.data["slots"] == [{"slot": "s0", "a_modes": ["onsite"], "b_modes": ["online"]}]
    _confirm(raw, sched, expl)


def test_participant_full_max_meetings() -> None:
    avail = {"s0": ON, "s1": ON}
    raw = instance(
        [slot(0), slot(1)],
        [person("a", dict(avail), max_meetings=1), person("b", dict(avail)), person("c", dict(avail))],
        [request("r1", "a", "b", 3), request("r2", "a", "c", 1)],
    )
    expl, sched = _explain(raw, "r2")
    assert expl.kind == "participant_full"
    assert expl.data["cause"] == "max_meetings"
    assert expl.data["participants"] == ["a"]
    assert expl.data["max_meetings"] == {"a": 1}
    alt = _confirm(raw, sched, expl)
    assert alt["action"] == "replace"
    assert alt["remove"] == ["r1"]
    assert alt["weight_change"] == -2


def test_participant_full_slots_taken() -> None:
    raw = instance(
        [slot(0)],
        [person("a", {"s0": ON}), person("b", {"s0": ON}), person("c", {"s0": ON})],
        [request("r1", "a", "b", 3), request("r2", "a", "c", 1)],
    )
    expl, sched = _explain(raw, "r2")
    assert expl.kind == "participant_full"
    assert expl.data["cause"] == "slots_taken"
    assert expl.data["slots"] == [{"slot": "s0", "mode": "online", "busy": {"a": "r1"}}]
    _confirm(raw, sched, expl)


def test_capacity_full_suggests_switch_to_online() -> None:
    raw = instance(
        [slot(0, tables=1, rooms=None), slot(1, tables=1, rooms=None)],
        [person(p, {"s0": SITE}) for p in "abcd"],
        [request("r1", "a", "b", 3), request("r2", "c", "d", 1)],
    )
    expl, sched = _explain(raw, "r2")
    assert expl.kind == "capacity_full"
    assert expl.data["full"] == [{"slot": "s0", "mode": "onsite"}]
    alt = _confirm(raw, sched, expl)
    assert alt == {"action": "switch_mode", "mode": "online", "slots": ["s0"], "participants": ["c", "d"]}


def test_capacity_full_without_other_mode_suggests_replacement() -> None:
    raw = instance(
        [slot(0, tables=1, rooms=0)],
        [person(p, {"s0": BOTH}) for p in "abcd"],
        [request("r1", "a", "b", 3), request("r2", "c", "d", 1)],
    )
    expl, sched = _explain(raw, "r2")
    assert expl.kind == "capacity_full"
    alt = _confirm(raw, sched, expl)
    assert alt["action"] == "replace"
    assert alt["remove"] == ["r1"]


def test_fits_when_schedule_left_room() -> None:
    raw = instance([slot(0)], [person("a", {"s0": BOTH}), person("b", {"s0": BOTH})], [request("r", "a", "b")])
    inst = parse_instance(raw)
    (expl,) = explain_unscheduled(inst, Schedule("t", ()))
    assert expl.kind == "fits"
    _confirm(raw, {"instance": "t", "meetings": []}, expl)


def test_apply_without_alternative_raises() -> None:
    with pytest.raises(ValueError, match="no alternative"):
        apply_alternative({}, {}, Explanation("r", "no_common_time", {"alternative": None}))
