"""1:1 meeting scheduling engine for the hybrid summit (pure Python, no Django).

Public entry points: :func:`load_instance`, :func:`solve`, :func:`reschedule`,
:func:`explain_unscheduled`, :func:`check_schedule`.

Pipeline (``solver.solve``): priority greedy (first answer in well under a second, also
the benchmark baseline) -> LP relaxation with GLOP (the proven upper bound; its optimum
is rounded and re-timed hole-aware) -> exact CP-SAT on small instances (weight, then
holes + fairness with the weight fixed) -> CP-SAT large-neighbourhood search over
connected groups of participants, optionally one session at a time.

Determinism: every CP-SAT call gets ``random_seed``; LNS sub-solves use one worker and a
deterministic-time limit, and the LNS draws neighbourhoods from ``random.Random(seed)``.
With ``workers=1`` and ``max_iterations`` set, equal seeds give equal schedules; with a
wall-clock limit only, where the search is cut off depends on machine speed, and
``workers > 1`` makes the full-model CP-SAT phase non-deterministic (parallel portfolio).
"""

from qiao.engines.scheduling.explain import explain_unscheduled
from qiao.engines.scheduling.io import load_instance, parse_instance, schedule_from_dict, schedule_to_dict
from qiao.engines.scheduling.model import (
    Explanation,
    Instance,
    InstanceError,
    Limits,
    Meeting,
    Participant,
    Request,
    Schedule,
    Slot,
    SolveResult,
)
from qiao.engines.scheduling.reschedule import Change, RescheduleResult, reschedule
from qiao.engines.scheduling.solver import solve
from qiao.engines.scheduling.validate import CheckReport, check_schedule

__all__ = [
    "Change",
    "CheckReport",
    "Explanation",
    "Instance",
    "InstanceError",
    "Limits",
    "Meeting",
    "Participant",
    "Request",
    "RescheduleResult",
    "Schedule",
    "Slot",
    "SolveResult",
    "check_schedule",
    "explain_unscheduled",
    "load_instance",
    "parse_instance",
    "reschedule",
    "schedule_from_dict",
    "schedule_to_dict",
    "solve",
]
