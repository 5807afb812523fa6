"""Priority greedy: a fast, deterministic first schedule and the benchmark baseline.

Requests are taken by weight, then scarcity (few common options, busy partners); each is
put in the feasible slot that adds the fewest holes for both participants.
"""

from __future__ import annotations

from qiao.engines.scheduling.problem import Problem, State


def priority_order(pb: Problem) -> list[int]:
    """Requests by descending weight, then fewest options, then lowest partner pressure."""
    demand = [len(rs) for rs in pb.person_requests]
    pressure = [demand[p] / max(1, pb.max_meetings[p]) for p in range(pb.n_people)]

    def key(r: int) -> tuple[int, int, float, int]:
        return (-pb.rw[r], len(pb.options[r]), pressure[pb.ra[r]] + pressure[pb.rb[r]], r)

    return sorted(range(pb.n_requests), key=key)


def best_option(state: State, r: int) -> int:
    """The feasible option of r adding the fewest holes (earliest slot on ties), or -1."""
    pb = state.pb
    a, b = pb.ra[r], pb.rb[r]
    best, best_key = -1, (0, 0)
    for o in pb.options[r]:
        if not state.can_place(r, o):
            continue
        s = o >> 1
        k = (state.hole_delta(a, s) + state.hole_delta(b, s), o)
        if best < 0 or k < best_key:
            best, best_key = o, k
    return best


def greedy(pb: Problem, asg: list[int] | None = None, order: list[int] | None = None) -> list[int]:
    """Complete ``asg`` (default: empty) greedily; returns a new feasible assignment."""
    state = State(pb, asg)
    for r in order if order is not None else priority_order(pb):
        if state.asg[r] >= 0:
            continue
        o = best_option(state, r)
        if o >= 0:
            state.place(r, o)
    return state.asg
