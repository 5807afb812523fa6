"""The RQ worker class Qiao runs on Redis: RQ's own, with a maintenance that loses no job.

* RQ finds the jobs of a killed worker (abandoned: its heartbeat lapsed, about 90 s after the
  kill) only in its periodic maintenance, every 10 minutes by default; every
  RQ_MAINTENANCE_SECONDS (60) gets such a job onto the retry path within minutes.
* A worker killed between taking a job off the queue and starting it leaves the job in RQ's
  intermediate list, which RQ's maintenance marks failed without calling any failure callback,
  so no retry would follow. `requeue_stuck` puts such a job back onto its queue first.
* An idle worker blocks waiting for a job for at most RQ_MAINTENANCE_SECONDS, so the
  maintenance runs on a quiet queue too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.utils import timezone
from rq.queue import Queue
from rq.worker import Worker as RQWorker

#: A job this long in the intermediate list without being started has lost its worker
#: (a living one starts it within milliseconds; RQ itself gives up on it after a minute).
STUCK_SECONDS = 30


def requeue_stuck(queue: Queue) -> int:
    """Put jobs taken off `queue` by a worker that died before starting them back onto it."""
    waiting = queue.intermediate_queue
    requeued = 0
    for job_id in waiting.get_job_ids():
        if job_id in queue.started_job_registry or waiting.set_first_seen(job_id):
            continue  # started after all, or seen for the first time now
        first_seen = waiting.get_first_seen(job_id)
        if first_seen is None or timezone.now() - first_seen <= dt.timedelta(seconds=STUCK_SECONDS):
            continue
        job = queue.fetch_job(job_id)
        waiting.remove(job_id)
        if job is not None:
            queue.enqueue_job(job)  # runs again: delivery is at least once
            requeued += 1
    return requeued


class Worker(RQWorker):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("maintenance_interval", int(getattr(settings, "RQ_MAINTENANCE_SECONDS", 60)))
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self) -> int:
        """An idle worker waits for a job at most one maintenance interval: RQ checks for due
        maintenance only between waits, and its own wait (worker TTL - 15 s, 405 s) would leave a
        lost worker's job untouched for minutes on a quiet queue."""
        return max(1, min(int(super().dequeue_timeout), int(self.maintenance_interval)))

    def clean_registries(self) -> None:
        for queue in self.queues:
            count = requeue_stuck(queue)
            if count:
                self.log.warning(
                    "Worker %s: %d job(s) of a lost worker queued again on %s", self.name, count, queue.name
                )
        super().clean_registries()  # type: ignore[no-untyped-call]  # rq ships this method unannotated
