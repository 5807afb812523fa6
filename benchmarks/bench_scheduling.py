"""Benchmark of qiao.engines.scheduling on the shared instances (2 cores).

Usage: .venv/bin/python benchmarks/bench_scheduling.py [--quick] [--seconds-small N]
       [--seconds-large N] [--workers W] [--only NAME]

For every instance in /work/shared/scheduling/instances/: the engine and a priority-greedy
baseline measured in the same run, both validated by the shared check.py; weight, count,
holes, own upper bound, gap, seconds, reference weight and ratios. Then re-scheduling
after one cancellation on an m instance, and the xl first-feasible time and peak memory
(fresh subprocess, resource.getrusage).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from qiao.engines.scheduling.greedy import greedy
from qiao.engines.scheduling.io import load_instance, schedule_to_dict
from qiao.engines.scheduling.problem import Problem
from qiao.engines.scheduling.reschedule import Change, reschedule
from qiao.engines.scheduling.solver import solve

SHARED = Path("/work/shared/scheduling")


def _check_module() -> ModuleType:
    """The shared judge check.py, imported from its file."""
    spec = importlib.util.spec_from_file_location("shared_check", SHARED / "check.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _first_feasible_probe(path: Path) -> dict[str, Any]:
    """Load + compile + greedy in a fresh process: seconds and peak RSS."""
    code = (
        "import json,resource,time\n"
        "t=time.monotonic()\n"
        "from qiao.engines.scheduling.io import load_instance\n"
        "from qiao.engines.scheduling.problem import Problem\n"
        "from qiao.engines.scheduling.greedy import greedy\n"
        f"inst=load_instance({str(path)!r})\n"
        "pb=Problem(inst)\n"
        "a=greedy(pb)\n"
        "hwm=[int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')]\n"
        "print(json.dumps({'seconds':round(time.monotonic()-t,3),'weight':pb.weight(a),"
        "'peak_mb':round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,1),"
        "'hwm_mb':round(hwm[0]/1024,1) if hwm else None}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short time limits (10 s / 30 s)")
    ap.add_argument("--seconds-small", type=float, help="limit for s/m instances (default 60)")
    ap.add_argument("--seconds-large", type=float, help="limit for l/xl instances (default 300)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", help="substring filter on instance names")
    args = ap.parse_args(argv)
    if not (SHARED / "instances").is_dir():
        print(f"{SHARED} missing: nothing to benchmark")
        return 0
    small = args.seconds_small or (10.0 if args.quick else 60.0)
    large = args.seconds_large or (30.0 if args.quick else 300.0)
    check = _check_module()
    reference = json.loads((SHARED / "reference.json").read_text()) if (SHARED / "reference.json").exists() else {}
    files = sorted((SHARED / "instances").glob("*.json"), key=lambda p: (p.stat().st_size, p.name))
    if args.only:
        files = [f for f in files if args.only in f.name]
    # before any solve: a forked child inherits the parent's ru_maxrss on Linux
    xl = [p for p in files if "-xl-" in p.name]
    probe = _first_feasible_probe(xl[0]) if xl else None
    header = (
        f"{'instance':<14}{'algo':<8}{'ok':>3}{'weight':>8}{'count':>7}{'holes':>7}{'unfair':>7}"
        f"{'bound':>8}{'gap%':>7}{'sec':>8}{'ref':>7}{'w/ref':>7}{'w/grd':>7}{'h/grd':>7}"
    )
    print(header)
    print("-" * len(header))
    notes: list[str] = []
    rows: list[dict[str, Any]] = []
    for path in files:
        raw = json.loads(path.read_text())
        inst = load_instance(path)
        ref = reference.get(inst.name)
        t = time.monotonic()
        pb = Problem(inst)
        g = greedy(pb)
        g_sec = time.monotonic() - t
        g_sched = schedule_to_dict(pb.to_schedule(g))
        g_chk = check.score(raw, g_sched)
        seconds = large if len(inst.requests) > 3000 else small
        res = solve(inst, seconds=seconds, seed=args.seed, workers=args.workers)
        chk = check.score(raw, schedule_to_dict(res.schedule))
        for algo, c, bound, sec, unfair in (
            ("greedy", g_chk, None, g_sec, pb.max_unscheduled_must(g)),
            ("engine", chk, res.upper_bound, res.seconds, res.max_unscheduled_must),
        ):
            gap = "" if bound is None else f"{100 * (bound - c['weight']) / bound:.2f}"
            ratio_ref = f"{c['weight'] / ref:.4f}" if ref else ""
            print(
                f"{inst.name:<14}{algo:<8}{'Y' if c['feasible'] else 'N':>3}{c['weight']:>8}{c['count']:>7}"
                f"{c['holes']:>7}{unfair:>7}{'' if bound is None else bound:>8}{gap:>7}{sec:>8.1f}"
                f"{ref or '':>7}{ratio_ref:>7}{c['weight'] / max(1, g_chk['weight']):>7.4f}"
                f"{c['holes'] / max(1, g_chk['holes']):>7.3f}",
                flush=True,
            )
        notes.append(
            f"{inst.name}: limit {seconds:.0f} s, gap 0 reached at {res.stats.get('gap0_seconds', '-')} s, "
            f"LP done at {res.stats.get('lp_seconds', '-')} s, "
            f"first feasible {res.stats.get('first_feasible_seconds')} s, "
            f"status {res.status}, LNS iterations {res.stats.get('lns_iterations', 0)}"
        )
        rows.append({"instance": inst.name, "engine": chk, "greedy": g_chk, "result": res, "path": path})
    print()
    for note in notes:
        print(note)
    m_rows = [row for row in rows if "-m-" in row["instance"]]
    if m_rows:
        row = m_rows[0]
        inst = load_instance(row["path"])
        published = row["result"].schedule
        counts: dict[str, int] = {}
        req = {r.id: r for r in inst.requests}
        for m in published.meetings:
            for pid in (req[m.request].a, req[m.request].b):
                counts[pid] = counts.get(pid, 0) + 1
        # cancel a meeting of the busiest participant: the freed slot is the most useful
        busiest = max(sorted(counts), key=lambda p: counts[p])
        victim = next(m for m in published.meetings if busiest in (req[m.request].a, req[m.request].b))
        rr = reschedule(inst, published, Change("cancel_meeting", request=victim.request), seconds=10.0)
        raw_new = {
            "name": inst.name,
            **{k: v for k, v in json.loads(row["path"].read_text()).items() if k != "requests"},
            "requests": [{"id": r.id, "a": r.a, "b": r.b, "weight": r.weight} for r in rr.instance.requests],
        }
        chk = check.score(raw_new, schedule_to_dict(rr.schedule))
        kept = sum(1 for m in published.meetings if m.request != victim.request) - len(rr.moved)
        print(
            f"\nreschedule {inst.name}: cancel {victim.request} -> moved {len(rr.moved)}, "
            f"added {len(rr.added)} (gaining {len(rr.participants_gaining)} participants), kept {kept}, "
            f"weight {row['result'].weight} -> {rr.weight}, holes {rr.holes}, feasible {chk['feasible']}, "
            f"{rr.seconds:.2f} s ({rr.status})"
        )
    if probe is not None:
        print(
            f"xl first feasible ({xl[0].stem}, fresh process, load+compile+greedy): {probe['seconds']:.2f} s, "
            f"weight {probe['weight']}, peak RSS {probe['peak_mb']:.0f} MB (getrusage), VmHWM {probe['hwm_mb']} MB"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"benchmark process peak RSS (all solves incl. LP): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
