"""Command line for the matching engine: ``evaluate`` a pair file, ``query`` a corpus.

``evaluate PAIRS.jsonl`` prints one JSON line: recall@1, recall@5, MRR and n, overall
and under ``by_direction`` (keys such as ``de→zh``).

``query "TEXT" --corpus FILE.jsonl -k 10`` prints one JSON line per match (rank, id,
score, explanation), or one line with ``not_matchable`` when the text is refused.
Corpus format: JSON lines, each ``{"id": str, "text": str}`` with optional ``nace``
(list of codes), ``country``, ``region``, ``side``, ``quantities`` ({field: number}),
``requirements`` ([{"field", "min", "max", "hard"}]), ``regions`` (list) and
``regions_hard`` (bool). The query takes ``--nace``, ``--side``, ``--country`` and
``--region``; give corpus rows and the query a ``side`` (e.g. project/offer) to get the
two-sided Sinkhorn reciprocity instead of CSLS. An unreadable file exits with code 2
and a JSON error on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import Any

from qiao.engines.matching.evaluate import evaluate, load_pairs
from qiao.engines.matching.features import Profile, Requirement
from qiao.engines.matching.ranking import MatchEngine


def profile_from_json(row: Mapping[str, Any]) -> Profile:
    """Build a ``Profile`` from a corpus line (see the module docstring)."""
    reqs = tuple(
        Requirement(str(r["field"]), r.get("min"), r.get("max"), bool(r.get("hard", False)))
        for r in row.get("requirements", ())
    )
    quantities = {str(k): float(v) for k, v in dict(row.get("quantities", {})).items() if isinstance(v, int | float)}
    return Profile(
        id=str(row["id"]),
        text=str(row.get("text", "")),
        nace=tuple(str(c) for c in row.get("nace", ())),
        country=row.get("country"),
        region=row.get("region"),
        quantities=quantities,
        requirements=reqs,
        regions=tuple(str(r) for r in row.get("regions", ())),
        regions_hard=bool(row.get("regions_hard", False)),
        side=row.get("side"),
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qiao-match", description="Cross-lingual profile matching.")
    sub = parser.add_subparsers(dest="command", required=True)
    ev = sub.add_parser("evaluate", help="recall@1/@5 and MRR on a pair file")
    ev.add_argument("pairs")
    q = sub.add_parser("query", help="rank a corpus for one text")
    q.add_argument("text")
    q.add_argument("--corpus", required=True)
    q.add_argument("-k", type=int, default=10)
    q.add_argument("--nace", action="append", default=[])
    q.add_argument("--side")
    q.add_argument("--country")
    q.add_argument("--region")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "evaluate":
            pairs = load_pairs(args.pairs)
        else:
            with open(args.corpus, encoding="utf-8") as handle:
                rows = [json.loads(line) for line in handle if line.strip()]
    except (OSError, ValueError, KeyError) as exc:
        print(json.dumps({"error": type(exc).__name__, "detail": str(exc)}, ensure_ascii=False), file=sys.stderr)
        return 2
    if args.command == "evaluate":
        print(json.dumps(evaluate(pairs), ensure_ascii=False))
        return 0
    engine = MatchEngine()
    refused = engine.add([profile_from_json(r) for r in rows])
    for item in refused:
        print(
            json.dumps({"corpus_not_matchable": item.to_dict()}, ensure_ascii=False),
            file=sys.stderr,
        )
    query = Profile(
        id="__query__",
        text=args.text,
        nace=tuple(args.nace),
        side=args.side,
        country=args.country,
        region=args.region,
    )
    found = engine.query(query, k=args.k)
    if found.not_matchable is not None:
        print(json.dumps({"not_matchable": found.not_matchable.to_dict()}, ensure_ascii=False))
        return 0
    for match in found.matches:
        print(json.dumps(match.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
