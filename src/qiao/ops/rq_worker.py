"""The RQ worker class Qiao runs on Redis: RQ's own, with its clean-up every minute.

RQ finds the jobs of a killed worker (abandoned: its heartbeat lapsed, about 90 s after the
kill) only in its periodic maintenance, every 10 minutes by default; every minute gets such a
job back onto the retry path within about two and a half minutes.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rq.worker import Worker as RQWorker


class Worker(RQWorker):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("maintenance_interval", int(getattr(settings, "RQ_MAINTENANCE_SECONDS", 60)))
        super().__init__(*args, **kwargs)
