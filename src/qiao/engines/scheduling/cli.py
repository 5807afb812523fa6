"""Command line: ``solve INSTANCE --out SCHEDULE --seconds N [--seed S]`` and
``check INSTANCE SCHEDULE``; each prints one JSON line. Wired to ``qiao schedule`` later.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from qiao.engines.scheduling.io import load_instance, schedule_from_dict, write_schedule
from qiao.engines.scheduling.model import InstanceError
from qiao.engines.scheduling.solver import solve
from qiao.engines.scheduling.validate import check_schedule


def _parser() -> argparse.ArgumentParser:
    """Argument parser with the ``solve`` and ``check`` sub-commands."""
    ap = argparse.ArgumentParser(prog="schedule", description="1:1 meeting scheduling engine")
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("solve", help="solve an instance and write the schedule")
    s.add_argument("instance")
    s.add_argument("--out", required=True)
    s.add_argument("--seconds", type=float, default=60.0)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--workers", type=int, default=1, help="CP-SAT workers (1: deterministic)")
    s.add_argument("--explain", action="store_true", help="include explanation kinds in the summary")
    c = sub.add_parser("check", help="validate and score a schedule")
    c.add_argument("instance")
    c.add_argument("schedule")
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; exit 0 on success/feasible, 1 on infeasible, 2 on bad input."""
    args = _parser().parse_args(argv)
    try:
        instance = load_instance(args.instance)
    except InstanceError as exc:
        print(json.dumps({"error": exc.code, "item": exc.item, "detail": exc.detail}, ensure_ascii=False))
        return 2
    except (OSError, ValueError) as exc:
        print(json.dumps({"error": "unreadable", "detail": str(exc)}, ensure_ascii=False))
        return 2
    if args.command == "solve":
        result = solve(instance, seconds=args.seconds, seed=args.seed, workers=args.workers)
        write_schedule(result.schedule, args.out)
        summary: dict[str, object] = {
            "instance": instance.name,
            "weight": result.weight,
            "count": result.count,
            "holes": result.holes,
            "max_unscheduled_must": result.max_unscheduled_must,
            "upper_bound": result.upper_bound,
            "gap": result.gap,
            "seconds": result.seconds,
            "status": result.status,
        }
        if args.explain:
            kinds: dict[str, int] = {}
            for e in result.explanations:
                kinds[e.kind] = kinds.get(e.kind, 0) + 1
            summary["unscheduled"] = kinds
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    try:
        with open(args.schedule, encoding="utf-8") as f:
            schedule = schedule_from_dict(json.load(f))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(json.dumps({"error": "unreadable", "detail": str(exc)}, ensure_ascii=False))
        return 2
    report = check_schedule(instance, schedule)
    out = {"instance": instance.name, **asdict(report)}
    out["violations"] = list(report.violations)[:20]
    out["n_violations"] = len(report.violations)
    print(json.dumps(out, ensure_ascii=False))
    return 0 if report.feasible else 1


if __name__ == "__main__":
    sys.exit(main())
