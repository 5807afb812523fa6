"""After a load run: is every accepted meeting request in the database, and have the worker's
e-mail tasks run? Prints one JSON object.

Usage: .venv/bin/python benchmarks/load/verify.py WRITES_DIR [--since EPOCH] [--down FROM TO]
  --since  only writes and notifications after this moment (one run of several)
  --down   the worker's outage: notifications created then must have been e-mailed afterwards
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("writes", type=Path)
    parser.add_argument("--since", type=float, default=0.0)
    parser.add_argument("--down", type=float, nargs=2, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qiao.settings")
    import django

    django.setup()
    from qiao.meetings.models import MeetingRequest
    from qiao.notifications.models import Notification

    accepted = []
    for path in sorted(args.writes.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                record = json.loads(line)
                if record["t"] >= args.since:
                    accepted.append(record)
    found = {
        (e, f, t): pk
        for pk, e, f, t in MeetingRequest.objects.filter(
            requester_organisation__key__in={r["from"] for r in accepted}
        ).values_list("pk", "event__key", "requester_organisation__key", "recipient_organisation__key")
    }
    lost = [
        r
        for r in accepted
        if (r["event"], r["from"], r["to"]) not in found
        or (r["id"] is not None and found[(r["event"], r["from"], r["to"])] != r["id"])
    ]
    since = dt.datetime.fromtimestamp(args.since, tz=dt.UTC)
    notes = Notification.objects.filter(
        kind="meeting_requested", created_at__gte=since, recipient__username__startswith="load-user-"
    )
    out = {
        "accepted": len(accepted),
        "in_database": len(accepted) - len(lost),
        "lost": len(lost),
        "lost_examples": lost[:5],
        "notifications": notes.count(),
        "notifications_emailed": notes.filter(emailed_at__isnull=False).count(),
    }
    if args.down:
        start, end = (dt.datetime.fromtimestamp(x, tz=dt.UTC) for x in args.down)
        during = notes.filter(created_at__gte=start, created_at__lt=end)
        out["queued_while_worker_down"] = during.count()
        out["queued_while_worker_down_emailed"] = during.filter(emailed_at__isnull=False).count()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
