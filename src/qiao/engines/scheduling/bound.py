"""Upper bound on the weight: LP relaxation of the slot-indexed model (GLOP).

The LP is also a primal guide: its (often integral) optimum is rounded into a schedule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ortools.linear_solver import pywraplp

from qiao.engines.scheduling.problem import Problem, State


@dataclass
class LpResult:
    """LP outcome: proven integer upper bound, fractional values per (request, option)."""

    upper_bound: int
    objective: float
    values: dict[tuple[int, int], float]
    optimal: bool


def trivial_bound(pb: Problem) -> int:
    """Weight of every request that has at least one common option (always valid)."""
    return sum(w for w, opts in zip(pb.rw, pb.options, strict=True) if opts)


def lp_bound(pb: Problem, seconds: float = 60.0) -> LpResult:
    """Solve the LP relaxation; ``upper_bound`` is floor(LP) (weights are integers)."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:  # pragma: no cover - GLOP ships with OR-Tools
        return LpResult(trivial_bound(pb), float(trivial_bound(pb)), {}, False)
    solver.SetTimeLimit(int(seconds * 1000))
    inf = solver.infinity()
    per_request = [solver.Constraint(-inf, 1.0) for _ in range(pb.n_requests)]
    person_slot: dict[tuple[int, int], pywraplp.Constraint] = {}
    per_person: dict[int, pywraplp.Constraint] = {}
    demand = [0] * pb.n_people
    for r in range(pb.n_requests):
        if pb.options[r]:
            demand[pb.ra[r]] += 1
            demand[pb.rb[r]] += 1
    for p in range(pb.n_people):
        if demand[p] > pb.max_meetings[p]:
            per_person[p] = solver.Constraint(-inf, float(pb.max_meetings[p]))
    per_cap: dict[int, pywraplp.Constraint] = {}
    for o, cap in enumerate(pb.cap):
        if cap is not None:
            per_cap[o] = solver.Constraint(-inf, float(cap))
    objective = solver.Objective()
    objective.SetMaximization()
    xs: dict[tuple[int, int], pywraplp.Variable] = {}
    for r in range(pb.n_requests):
        a, b = pb.ra[r], pb.rb[r]
        ca, cb = per_person.get(a), per_person.get(b)
        for o in pb.options[r]:
            v = solver.NumVar(0.0, 1.0, "")
            xs[r, o] = v
            objective.SetCoefficient(v, float(pb.rw[r]))
            per_request[r].SetCoefficient(v, 1.0)
            s = o >> 1
            for p in (a, b):
                c = person_slot.get((p, s))
                if c is None:
                    c = person_slot[p, s] = solver.Constraint(-inf, 1.0)
                c.SetCoefficient(v, 1.0)
            if ca is not None:
                ca.SetCoefficient(v, 1.0)
            if cb is not None:
                cb.SetCoefficient(v, 1.0)
            cc = per_cap.get(o)
            if cc is not None:
                cc.SetCoefficient(v, 1.0)
    status = solver.Solve()
    if status != pywraplp.Solver.OPTIMAL:
        ub = trivial_bound(pb)
        return LpResult(ub, float(ub), {}, False)
    value = objective.Value()
    values = {k: v.solution_value() for k, v in xs.items() if v.solution_value() > 1e-6}
    # GLOP's dual bound equals its primal value at optimality; guard float noise.
    return LpResult(min(trivial_bound(pb), math.floor(value + 1e-6)), value, values, True)


def round_lp(pb: Problem, values: dict[tuple[int, int], float]) -> list[int]:
    """Schedule from LP values: place options by descending value while they fit."""
    state = State(pb)
    for (r, o), _v in sorted(values.items(), key=lambda kv: (-kv[1], -pb.rw[kv[0][0]], kv[0])):
        if state.asg[r] < 0 and state.can_place(r, o):
            state.place(r, o)
    return state.asg
