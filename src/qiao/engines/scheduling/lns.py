"""Large-neighbourhood search: free the meetings of a connected group of participants
(optionally within one session) and re-solve that part exactly with CP-SAT.

Moves are accepted when the score (weight, -holes, -unfairness) does not get worse, so
the schedule stays feasible throughout and can be returned at any time.
"""

from __future__ import annotations

import random
import time
from collections import deque
from dataclasses import dataclass

from qiao.engines.scheduling.cpsat import solve_cpsat
from qiao.engines.scheduling.problem import Problem


@dataclass
class LnsStats:
    """Counters of one LNS run."""

    iterations: int = 0
    accepted: int = 0
    improved: int = 0
    reached_bound_at: float | None = None


def score(pb: Problem, asg: list[int]) -> tuple[int, int, int]:
    """Lexicographic score to maximise: (weight, -holes, -max unscheduled must-meets)."""
    return (pb.weight(asg), -pb.holes(asg), -pb.max_unscheduled_must(asg))


def person_holes(pb: Problem, asg: list[int]) -> list[int]:
    """Holes of every participant."""
    spans: dict[tuple[int, int], list[int]] = {}
    for r, o in enumerate(asg):
        if o < 0:
            continue
        s = o >> 1
        for p in (pb.ra[r], pb.rb[r]):
            v = spans.setdefault((p, pb.slot_session[s]), [s, s, 0])
            v[0], v[1], v[2] = min(v[0], s), max(v[1], s), v[2] + 1
    out = [0] * pb.n_people
    for (p, _sess), (lo, hi, n) in spans.items():
        out[p] += hi - lo + 1 - n
    return out


def _group(
    pb: Problem, rng: random.Random, seeds: list[int], size: int, asg: list[int], session: int | None
) -> set[int]:
    """BFS over the request graph from ``seeds`` until ~``size`` requests are touched."""
    taken: set[int] = set()
    touched = 0
    queue: deque[int] = deque(seeds)
    while queue and touched < size:
        p = queue.popleft()
        if p in taken:
            continue
        taken.add(p)
        touched += len(pb.person_requests[p])
        nbrs = []
        for r in pb.person_requests[p]:
            if session is not None and (asg[r] < 0 or pb.slot_session[asg[r] >> 1] != session):
                continue
            nbrs.append(pb.rb[r] if pb.ra[r] == p else pb.ra[r])
        rng.shuffle(nbrs)
        queue.extend(nbrs)
    return taken


def lns(
    pb: Problem,
    asg: list[int],
    *,
    upper_bound: int,
    deadline: float,
    seed: int = 0,
    max_iterations: int | None = None,
    group_size: int = 150,
    sub_effort: float = 1.0,
    targets: list[int] | None = None,
) -> tuple[list[int], LnsStats]:
    """Improve ``asg`` until ``deadline`` (time.monotonic) or ``max_iterations``.

    While the weight is below ``upper_bound`` neighbourhoods target unscheduled requests;
    once it is proven optimal they target holes with the weight constrained to stay.
    ``targets``: requests to favour as seeds of weight neighbourhoods (e.g. LP-chosen).
    Sub-solves use one worker and a deterministic-time limit, so a run with
    ``max_iterations`` is reproducible for a given seed.
    """
    rng = random.Random(seed)
    stats = LnsStats()
    cur = list(asg)
    cur_score = score(pb, cur)
    size = group_size
    stall = 0
    while time.monotonic() < deadline and (max_iterations is None or stats.iterations < max_iterations):
        stats.iterations += 1
        weight_mode = cur_score[0] < upper_bound
        session: int | None = None
        if weight_mode:
            wanted = [r for r in targets or [] if cur[r] < 0]
            candidates = wanted if wanted and rng.random() < 0.8 else []
            if not candidates:
                candidates = [r for r, o in enumerate(cur) if o < 0 and pb.options[r]]
            if not candidates:
                break
            r0 = rng.choice(candidates)
            seeds = [pb.ra[r0], pb.rb[r0]]
        else:
            holes = person_holes(pb, cur)
            bad = [p for p in range(pb.n_people) if holes[p] > 0]
            if not bad and -cur_score[2] == 0:
                break
            p0 = rng.choice(bad) if bad and rng.random() < 0.8 else rng.randrange(pb.n_people)
            seeds = [p0]
            if rng.random() < 0.5:
                sess = [pb.slot_session[cur[r] >> 1] for r in pb.person_requests[p0] if cur[r] >= 0]
                session = rng.choice(sess) if sess else None
        group = _group(pb, rng, seeds, size, cur, session)
        free = sorted({r for p in group for r in pb.person_requests[p]})
        slots_allowed = None
        if session is not None:
            free = [r for r in free if cur[r] >= 0 and pb.slot_session[cur[r] >> 1] == session]
            slots_allowed = {s for s in range(pb.n_slots) if pb.slot_session[s] == session}
        if not free:
            continue
        left = deadline - time.monotonic()
        res = solve_cpsat(
            pb,
            cur,
            free,
            seconds=min(left, 10.0),
            seed=seed + stats.iterations,
            workers=1,
            holes=True,
            fairness=not weight_mode,
            min_weight=None if weight_mode else cur_score[0],
            slots_allowed=slots_allowed,
            deterministic_seconds=sub_effort,
        )
        if not res.improved:
            size = max(20, int(size * 0.8))
            continue
        cand = list(cur)
        for r, o in res.values.items():
            cand[r] = o
        cand_score = score(pb, cand)
        if cand_score >= cur_score:
            if cand_score > cur_score:
                stats.improved += 1
                stall = 0
            else:
                stall += 1
            stats.accepted += 1
            cur, cur_score = cand, cand_score
            if cur_score[0] >= upper_bound and stats.reached_bound_at is None:
                stats.reached_bound_at = time.monotonic()
        size = min(pb.n_requests, int(size * 1.15) + 1) if res.status == "OPTIMAL" else max(20, int(size * 0.85))
    return cur, stats
