"""CP-SAT model of (part of) the problem: the requests in ``free`` are decided, all other
scheduled meetings stay fixed. Used for the whole instance and for LNS neighbourhoods.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from qiao.engines.scheduling.problem import Problem


@dataclass
class SubResult:
    """Outcome of one CP-SAT call: status name, new options for ``free``, bounds."""

    status: str
    values: dict[int, int]
    objective: float
    bound: float
    improved: bool


def solve_cpsat(
    pb: Problem,
    asg: list[int],
    free: list[int],
    *,
    seconds: float,
    seed: int = 0,
    workers: int = 1,
    holes: bool = False,
    fairness: bool = False,
    min_weight: int | None = None,
    hint: bool = True,
    slots_allowed: set[int] | None = None,
    deterministic_seconds: float | None = None,
    log: bool = False,
) -> SubResult:
    """Re-decide requests ``free`` given the rest of ``asg``; maximise weight (then holes).

    ``holes``: objective ``weight * B - holes`` (lexicographic); with ``min_weight`` the
    weight of the free part is constrained instead and only holes (then fairness) are
    minimised. Deterministic for fixed seed and ``workers``.
    """
    free_set = set(free)
    fixed_busy: list[dict[int, int]] = [{} for _ in range(pb.n_people)]
    fixed_count = [0] * pb.n_people
    used = [0] * (2 * pb.n_slots)
    fixed_weight = 0
    for r, o in enumerate(asg):
        if o >= 0 and r not in free_set:
            s = o >> 1
            for p in (pb.ra[r], pb.rb[r]):
                fixed_busy[p][s] = r
                fixed_count[p] += 1
            used[o] += 1
            fixed_weight += pb.rw[r]
    model = cp_model.CpModel()
    xs: dict[tuple[int, int], cp_model.IntVar] = {}
    by_request: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    by_person: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    by_cap: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for r in free:
        a, b = pb.ra[r], pb.rb[r]
        if fixed_count[a] >= pb.max_meetings[a] or fixed_count[b] >= pb.max_meetings[b]:
            continue
        for o in pb.options[r]:
            s = o >> 1
            if s in fixed_busy[a] or s in fixed_busy[b]:
                continue
            if slots_allowed is not None and s not in slots_allowed and asg[r] != o:
                continue
            cap = pb.cap[o]
            if cap is not None and used[o] >= cap:
                continue
            v = model.new_bool_var(f"x{r}_{o}")
            xs[r, o] = v
            by_request[r].append(v)
            by_person_slot[a, s].append(v)
            by_person_slot[b, s].append(v)
            by_person[a].append(v)
            by_person[b].append(v)
            if cap is not None:
                by_cap[o].append(v)
    for vs in by_request.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for vs in by_person_slot.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for p, vs in by_person.items():
        room = pb.max_meetings[p] - fixed_count[p]
        if len({id(v) for v in vs}) > room:
            model.add(sum(vs) <= room)
    for o, vs in by_cap.items():
        cap = pb.cap[o]
        assert cap is not None
        if len(vs) > cap - used[o]:
            model.add(sum(vs) <= cap - used[o])
    weight_expr = sum(pb.rw[r] * v for (r, _o), v in xs.items())
    hole_vars: list[cp_model.IntVar] = []
    if holes:
        cur_busy = {(p, o >> 1) for r, o in enumerate(asg) if o >= 0 for p in (pb.ra[r], pb.rb[r])}
        hole_vars = _hole_vars(model, pb, by_person_slot, fixed_busy, cur_busy if hint else None)
    unfair: cp_model.IntVar | None = None
    if fairness:
        unfair = _fairness_var(model, pb, asg, free, by_request)
    if min_weight is not None:
        model.add(weight_expr >= min_weight - fixed_weight)
        obj: cp_model.LinearExpr | int = sum(hole_vars)
        if unfair is not None:
            obj = obj * (pb.n_requests + 1) + unfair
        model.minimize(obj)
        sense = -1
    elif holes:
        big = len(hole_vars) + 1
        model.maximize(big * weight_expr - sum(hole_vars))
        sense = 1
    else:
        model.maximize(weight_expr)
        sense = 1
    if hint:
        for (r, o), v in xs.items():
            model.add_hint(v, 1 if asg[r] == o else 0)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, seconds)
    solver.parameters.random_seed = seed
    solver.parameters.num_workers = workers
    if deterministic_seconds is not None:
        solver.parameters.max_deterministic_time = deterministic_seconds
    solver.parameters.log_search_progress = log
    code = solver.solve(model)
    status = solver.status_name(code)
    if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SubResult(status, {}, 0.0, 0.0, False)
    values = dict.fromkeys(free, -1)
    for (r, o), v in xs.items():
        if solver.boolean_value(v):
            values[r] = o
    return SubResult(status, values, sense * solver.objective_value, sense * solver.best_objective_bound, True)


def _hole_vars(
    model: cp_model.CpModel,
    pb: Problem,
    by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]],
    fixed_busy: list[dict[int, int]],
    cur_busy: set[tuple[int, int]] | None,
) -> list[cp_model.IntVar]:
    """Exact hole count: prefix-OR f, suffix-OR g, hole_t >= f_t + g_t - busy_t - 1."""
    sessions: dict[tuple[int, int], set[int]] = defaultdict(set)
    for p, s in by_person_slot:
        sessions[p, pb.slot_session[s]].add(s)
    out: list[cp_model.IntVar] = []
    for (p, sess), var_slots in sessions.items():
        fixed = [t for t in fixed_busy[p] if pb.slot_session[t] == sess]
        first = min(list(var_slots) + fixed)
        last = max(list(var_slots) + fixed)
        busy: list[cp_model.LinearExpr | int] = []
        for t in range(first, last + 1):
            if pb.slot_session[t] != sess:
                busy.append(0)
            elif t in fixed_busy[p]:
                busy.append(1)
            else:
                vs = by_person_slot.get((p, t), [])
                busy.append(sum(vs) if vs else 0)
        n = len(busy)
        if n <= 2:
            continue
        f = [model.new_bool_var("") for _ in range(n)]
        g = [model.new_bool_var("") for _ in range(n)]
        for i in range(n):
            model.add(f[i] >= busy[i])
            model.add(g[i] >= busy[i])
            if i:
                model.add(f[i] >= f[i - 1])
                model.add(g[i - 1] >= g[i])
        hs = [model.new_bool_var("") for _ in range(1, n - 1)]
        for i in range(1, n - 1):
            model.add(hs[i - 1] >= f[i - 1] + g[i + 1] - busy[i] - 1)
        out.extend(hs)
        if cur_busy is not None:  # complete the hint so CP-SAT starts from it at once
            now = [(p, first + i) in cur_busy for i in range(n)]
            for i in range(n):
                model.add_hint(f[i], any(now[: i + 1]))
                model.add_hint(g[i], any(now[i:]))
            for i in range(1, n - 1):
                model.add_hint(hs[i - 1], any(now[:i]) and any(now[i + 1 :]) and not now[i])
    return out


def _fairness_var(
    model: cp_model.CpModel,
    pb: Problem,
    asg: list[int],
    free: list[int],
    by_request: dict[int, list[cp_model.IntVar]],
) -> cp_model.IntVar:
    """Max over participants of their unscheduled weight-3 requests."""
    free_set = set(free)
    fixed = [0] * pb.n_people
    for r, o in enumerate(asg):
        if o < 0 and pb.rw[r] == 3 and r not in free_set:
            fixed[pb.ra[r]] += 1
            fixed[pb.rb[r]] += 1
    per: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    for r in free:
        if pb.rw[r] != 3:
            continue
        vs = by_request.get(r, [])
        miss: cp_model.LinearExprT = 1 - sum(vs) if vs else 1
        per[pb.ra[r]].append(miss)
        per[pb.rb[r]].append(miss)
    floor = max((fixed[p] for p in range(pb.n_people) if p not in per), default=0)
    worst = model.new_int_var(floor, pb.n_requests, "unfair")
    for p, terms in per.items():
        model.add(worst >= fixed[p] + sum(terms))
    now = [0] * pb.n_people
    for r, o in enumerate(asg):
        if o < 0 and pb.rw[r] == 3:
            now[pb.ra[r]] += 1
            now[pb.rb[r]] += 1
    model.add_hint(worst, max([floor] + [now[p] for p in per]))
    return worst
