"""Prometheus metrics: request latency by view, and figures read from the system at scrape time.

Request metrics live in this process (or, under gunicorn with PROMETHEUS_MULTIPROC_DIR,
in files shared by its workers). Queue depth, task failures, dead letters and index
sizes are read when scraped, so every process answers the same for the shared stores.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

from django.db.models import Count
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector

logger = logging.getLogger(__name__)

REQUEST_LATENCY = Histogram(
    "qiao_http_request_duration_seconds",
    "Time to answer a request, by view name (not path) and method.",
    ["view", "method"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
REQUESTS = Counter(
    "qiao_http_requests",
    "Requests answered, by view name, method and status class.",
    ["view", "method", "status"],
)


class SystemCollector:
    """Figures read from the database, Redis and this process's match engines on each scrape."""

    def collect(self) -> Iterator[Metric]:
        for section in (self._queue, self._failures, self._engines, self._search):
            try:
                yield from section()
            except Exception:
                logger.exception("Metrics section %s failed", section.__name__)

    def _queue(self) -> Iterator[Metric]:
        from qiao.ops.domain.state import queue_state

        queue = queue_state()
        depth = GaugeMetricFamily("qiao_task_queue_depth", "Tasks ready to run now, per queue.", labels=["queue"])
        tasks = GaugeMetricFamily(
            "qiao_task_queue_tasks",
            "Unfinished and failed task results, per queue and state.",
            labels=["queue", "state"],
        )
        for name, counts in sorted(queue.queues.items()):
            depth.add_metric([name], counts.get("ready", 0))
            for task_state, count in sorted(counts.items()):
                tasks.add_metric([name, task_state], count)
        yield depth
        yield tasks

    def _failures(self) -> Iterator[Metric]:
        from qiao.ops.models import DeadLetter, FailedAttempt

        failures = CounterMetricFamily(
            "qiao_task_failures", "Failed task runs (each attempt), per task.", labels=["task"]
        )
        for row in FailedAttempt.objects.values("task_path").annotate(n=Count("id")).order_by("task_path"):
            failures.add_metric([row["task_path"]], row["n"])
        yield failures
        letters = GaugeMetricFamily("qiao_task_dead_letters", "Tasks that gave up, per state.", labels=["state"])
        counts = dict(DeadLetter.objects.values_list("state").annotate(n=Count("id")).order_by())
        for letter_state in DeadLetter.State.values:
            letters.add_metric([letter_state], counts.get(letter_state, 0))
        yield letters

    def _engines(self) -> Iterator[Metric]:
        from qiao.ops.domain.state import engine_states

        size = GaugeMetricFamily(
            "qiao_matching_index_size", "Profiles in this process's match engine index.", labels=["engine"]
        )
        ready = GaugeMetricFamily(
            "qiao_matching_engine_ready", "1 when this process has built the engine.", labels=["engine"]
        )
        for engine in engine_states():
            size.add_metric([engine.name], engine.size)
            ready.add_metric([engine.name], 1 if engine.state == "ready" else 0)
        yield size
        yield ready

    def _search(self) -> Iterator[Metric]:
        from qiao.ops.domain.state import search_documents

        yield GaugeMetricFamily("qiao_search_documents", "Documents in the search index.", value=search_documents())


def multiprocess_dir() -> str:
    """The directory gunicorn's workers share their request metrics in ("" when single-process)."""
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")


def render() -> bytes:
    """Every metric in the Prometheus text format."""
    if multiprocess_dir():
        requests = CollectorRegistry()
        MultiProcessCollector(requests)  # type: ignore[no-untyped-call]
    else:
        requests = REGISTRY
    system = CollectorRegistry(auto_describe=False)
    system.register(SystemCollector())
    return generate_latest(requests) + generate_latest(system)


def observe(view: str, method: str, status: int, seconds: float) -> None:
    """Count one answered request."""
    method = method if method in {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"} else "other"
    REQUEST_LATENCY.labels(view, method).observe(seconds)
    REQUESTS.labels(view, method, f"{status // 100}xx").inc()
