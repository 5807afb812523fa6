"""Top-level solve: greedy first answer, LP bound + LP rounding, exact CP-SAT on small
instances, LNS on large ones, then onsite preference and explanations.
"""

from __future__ import annotations

import time

from qiao.engines.scheduling.bound import lp_bound, round_lp, trivial_bound
from qiao.engines.scheduling.cpsat import solve_cpsat
from qiao.engines.scheduling.explain import explain_unscheduled
from qiao.engines.scheduling.greedy import greedy, priority_order
from qiao.engines.scheduling.lns import lns, score
from qiao.engines.scheduling.model import Instance, SolveResult
from qiao.engines.scheduling.problem import Problem, prefer_onsite

#: Up to this many requests the whole model goes to CP-SAT; above, LNS does the work.
FULL_MODEL_REQUESTS = 600


def solve(
    instance: Instance,
    *,
    seconds: float = 60.0,
    seed: int = 0,
    workers: int = 1,
    max_iterations: int | None = None,
    use_lp: bool = True,
    explain: bool = True,
) -> SolveResult:
    """Schedule ``instance`` within ``seconds``; lexicographic weight, holes, fairness.

    Deterministic for a given ``seed`` when ``workers == 1`` and the time limit is not
    what stops the search (set ``max_iterations``); CP-SAT with several workers is not.
    """
    t0 = time.monotonic()
    # keep time for the explanations (about 0.5 ms per request) inside the limit
    reserve = min(0.1 * seconds, 0.0006 * len(instance.requests)) if explain else 0.0
    deadline = t0 + seconds - reserve
    pb = Problem(instance)
    stats: dict[str, object] = {}
    best = greedy(pb)
    stats["greedy_weight"] = pb.weight(best)
    stats["first_feasible_seconds"] = round(time.monotonic() - t0, 3)
    upper = trivial_bound(pb)
    # LP bound and LP-guided start
    if use_lp and seconds > 0.5:
        lp = lp_bound(pb, seconds=max(1.0, 0.5 * (deadline - time.monotonic())))
        upper = min(upper, lp.upper_bound)
        stats["lp_objective"] = round(lp.objective, 3)
        stats["lp_seconds"] = round(time.monotonic() - t0, 3)
        if lp.values:
            best = _from_lp(pb, round_lp(pb, lp.values), best, deadline, seed, max_iterations)
    small = pb.n_requests <= FULL_MODEL_REQUESTS
    proven = False  # True once weight, holes and fairness are all proven optimal
    if small and pb.weight(best) < upper and deadline - time.monotonic() > 0.2:
        res = solve_cpsat(
            pb,
            best,
            list(range(pb.n_requests)),
            seconds=0.6 * (deadline - time.monotonic()),
            seed=seed,
            workers=workers,
        )
        if res.improved:
            cand = [res.values.get(r, -1) for r in range(pb.n_requests)]
            if score(pb, cand) > score(pb, best):
                best = cand
            upper = min(upper, pb.weight(best)) if res.status == "OPTIMAL" else min(upper, int(res.bound + 1e-06))
    if pb.weight(best) >= upper:
        stats["gap0_seconds"] = round(time.monotonic() - t0, 3)
    if small and pb.weight(best) >= upper and deadline - time.monotonic() > 0.2:
        res = solve_cpsat(
            pb,
            best,
            list(range(pb.n_requests)),
            seconds=0.8 * (deadline - time.monotonic()),
            seed=seed,
            workers=workers,
            holes=True,
            fairness=True,
            min_weight=pb.weight(best),
            deterministic_seconds=None if max_iterations is None else 5.0 * max_iterations,
        )
        if res.improved:
            cand = [res.values.get(r, -1) for r in range(pb.n_requests)]
            if score(pb, cand) > score(pb, best):
                best = cand
        proven = res.status == "OPTIMAL"
    if not proven and deadline - time.monotonic() > 0.2:
        best, lstats = lns(pb, best, upper_bound=upper, deadline=deadline, seed=seed, max_iterations=max_iterations)
        stats["lns_iterations"] = lstats.iterations
        stats["lns_improved"] = lstats.improved
        if lstats.reached_bound_at is not None and "gap0_seconds" not in stats:
            stats["gap0_seconds"] = round(lstats.reached_bound_at - t0, 3)
    best = prefer_onsite(pb, greedy(pb, best))
    weight = pb.weight(best)
    upper = max(upper, weight)
    schedule = pb.to_schedule(best)
    return SolveResult(
        schedule=schedule,
        weight=weight,
        count=sum(1 for o in best if o >= 0),
        holes=pb.holes(best),
        max_unscheduled_must=pb.max_unscheduled_must(best),
        upper_bound=upper,
        gap=0.0 if upper == 0 else round((upper - weight) / upper, 6),
        seconds=round(time.monotonic() - t0, 3),
        status="optimal" if proven else "optimal_weight" if weight >= upper else "feasible",
        explanations=tuple(explain_unscheduled(instance, schedule)) if explain else (),
        stats=stats,
    )


def _from_lp(
    pb: Problem, rounded: list[int], best: list[int], deadline: float, seed: int, max_iterations: int | None
) -> list[int]:
    """Best schedule from the LP's choice of requests, re-timed hole-aware.

    The LP places meetings in arbitrary slots (many holes), so its chosen requests are
    re-placed greedily, most constrained first; if a few no longer fit, a short targeted
    LNS tries to restore the LP weight before falling back to the raw rounding.
    """
    filled = greedy(pb, rounded)
    chosen = {r for r, o in enumerate(rounded) if o >= 0}
    rest = [r for r in priority_order(pb) if r not in chosen]
    orders = (
        sorted(chosen, key=lambda r: (len(pb.options[r]), -pb.rw[r], r)) + rest,
        [r for r in priority_order(pb) if r in chosen] + rest,
    )
    retimed = max((greedy(pb, order=order) for order in orders), key=lambda a: score(pb, a))
    if pb.weight(retimed) < pb.weight(filled):
        missing = [r for r in chosen if retimed[r] < 0]
        budget = 0.15 * max(0.0, deadline - time.monotonic())
        iterations = None if max_iterations is None else max(1, max_iterations // 2)
        retimed, _ = lns(
            pb,
            retimed,
            upper_bound=pb.weight(filled),
            deadline=time.monotonic() + budget,
            seed=seed,
            max_iterations=iterations,
            targets=missing,
        )
    return max((best, filled, retimed), key=lambda a: score(pb, a))
