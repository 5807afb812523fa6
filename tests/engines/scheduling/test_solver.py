"""Solver invariants: feasibility (ours and check.py), never worse than greedy, seeds."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qiao.engines.scheduling import check_schedule, load_instance, parse_instance, schedule_to_dict, solve
from qiao.engines.scheduling.greedy import greedy
from qiao.engines.scheduling.problem import Problem
from tests.engines.scheduling.builders import SHARED, instance, judge, person, request, slot

MODE_SETS = [[], ["onsite"], ["online"], ["onsite", "online"]]


@st.composite
def instances(draw: st.DrawFn) -> dict[str, Any]:
    """Random small instances: mixed modes, tight tables/rooms, max_meetings, 2 sessions."""
    n_slots = draw(st.integers(1, 6))
    split = draw(st.integers(0, n_slots))
    tables = draw(st.integers(0, 2))
    rooms = draw(st.one_of(st.none(), st.integers(0, 2)))
    slots = [slot(k, "am" if k < split else "pm", tables, rooms) for k in range(n_slots)]
    n_people = draw(st.integers(2, 6))
    people = []
    for i in range(n_people):
        avail = {}
        for k in range(n_slots):
            modes = draw(st.sampled_from(MODE_SETS))
            if modes:
                avail[f"s{k}"] = modes
        people.append(person(f"p{i}", avail, draw(st.one_of(st.none(), st.integers(0, 3)))))
    pairs = list(itertools.combinations(range(n_people), 2))
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=12))
    reqs = [request(f"r{k}", f"p{a}", f"p{b}", draw(st.integers(1, 3))) for k, (a, b) in enumerate(chosen)]
    return instance(slots, people, reqs)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_solution_always_feasible_and_at_least_greedy(raw: dict[str, Any]) -> None:
    inst = parse_instance(raw)
    result = solve(inst, seconds=2.0, max_iterations=3)
    ours = check_schedule(inst, result.schedule)
    assert ours.feasible, ours.violations
    assert (ours.weight, ours.holes) == (result.weight, result.holes)
    shared = judge()
    if shared is not None:
        verdict = shared.score(raw, schedule_to_dict(result.schedule))
        assert verdict["feasible"], verdict["violations"]
        assert verdict["weight"] == result.weight
        assert verdict["holes"] == result.holes
    pb = Problem(inst)
    assert result.weight >= pb.weight(greedy(pb))
    assert result.weight <= result.upper_bound
    assert len(result.explanations) == len(inst.requests) - result.count


def _random_instance(seed: int) -> dict[str, Any]:
    import random

    rng = random.Random(seed)
    slots = [slot(k, "am" if k < 4 else "pm", 1) for k in range(8)]
    people = [
        person(f"p{i}", {f"s{k}": rng.choice(MODE_SETS[1:]) for k in range(8) if rng.random() < 0.7}, 3)
        for i in range(12)
    ]
    pairs = rng.sample(list(itertools.combinations(range(12), 2)), 30)
    return instance(
        slots, people, [request(f"r{k}", f"p{a}", f"p{b}", rng.randint(1, 3)) for k, (a, b) in enumerate(pairs)]
    )


def test_deterministic_for_a_seed() -> None:
    inst = parse_instance(_random_instance(7))
    first = solve(inst, seconds=5.0, seed=3, max_iterations=5)
    second = solve(inst, seconds=5.0, seed=3, max_iterations=5)
    assert first.schedule == second.schedule
    assert first.weight == first.upper_bound  # the LP bound is reached on this small case


def test_optimality_gap_is_zero_on_shared_small_instance() -> None:
    path = SHARED / "instances" / "hybrid-s-1.json"
    if not path.exists():
        pytest.skip("shared instances not present")
    inst = load_instance(path)
    result = solve(inst, seconds=4.0, max_iterations=5)
    assert result.gap == 0.0
    assert check_schedule(inst, result.schedule).feasible


def test_onsite_filled_when_tables_free() -> None:
    both = {"s0": ["onsite", "online"]}
    raw = instance([slot(0, tables=1)], [person("a", both), person("b", both)], [request("r", "a", "b")])
    result = solve(parse_instance(raw), seconds=1.0)
    assert [m.mode for m in result.schedule.meetings] == ["onsite"]


def test_fresh_generated_instance(tmp_path: Any) -> None:
    """An instance from the shared generator (not one of the benchmark files)."""
    import subprocess
    import sys

    gen = SHARED / "generate.py"
    if not gen.exists():
        pytest.skip("shared generator not present")
    out = subprocess.run(
        [sys.executable, str(gen), "--participants", "30", "--requests", "150", "--seed", "11"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    import json

    raw = json.loads(out)
    inst = parse_instance(raw)
    result = solve(inst, seconds=3.0, max_iterations=4)
    shared = judge()
    assert shared is not None
    verdict = shared.score(raw, schedule_to_dict(result.schedule))
    assert verdict["feasible"]
    pb = Problem(inst)
    assert result.weight >= pb.weight(greedy(pb))
    assert result.holes <= pb.holes(greedy(pb))
