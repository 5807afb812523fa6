"""Read-only views of the running system: the task queue, the search index and the match engines.

Health checks and Prometheus metrics both read these, so they never disagree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils import timezone
from django_tasks import task_backends


@dataclass(frozen=True)
class QueueState:
    """Task counts per state for each queue of the default backend."""

    backend: str
    queues: dict[str, dict[str, int]]

    def total(self, state: str) -> int:
        return sum(counts.get(state, 0) for counts in self.queues.values())


def queue_state() -> QueueState:
    """Counts from the database queue (one query) or RQ (Redis); raises when the store is unreachable."""
    backend = task_backends["default"]
    kind = type(backend).__name__
    if kind == "DatabaseBackend":
        return QueueState("database", _database_queue_counts(backend.alias, sorted(backend.queues)))
    if kind == "RQBackend":
        return QueueState("rq", _rq_queue_counts(sorted(backend.queues)))
    return QueueState(kind.removesuffix("Backend").lower(), {})


def _database_queue_counts(alias: str, names: list[str]) -> dict[str, dict[str, int]]:
    from django.db.models import Count, Q
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()
    future = Q(run_after__gt=now) & ~Q(run_after=get_date_max())
    rows = (
        DBTaskResult.objects.filter(backend_name=alias)
        .exclude(status=TaskResultStatus.SUCCESSFUL)
        .values("queue_name")
        .annotate(
            ready=Count("id", filter=Q(status=TaskResultStatus.READY) & ~future),
            scheduled=Count("id", filter=Q(status=TaskResultStatus.READY) & future),
            running=Count("id", filter=Q(status=TaskResultStatus.RUNNING)),
            failed=Count("id", filter=Q(status=TaskResultStatus.FAILED)),
        )
    )
    states = ("ready", "scheduled", "running", "failed")
    counts = {name: dict.fromkeys(states, 0) for name in names}
    for row in rows:
        counts[row["queue_name"]] = {
            "ready": row["ready"],
            "scheduled": row["scheduled"],
            "running": row["running"],
            "failed": row["failed"],
        }
    return counts


@functools.cache
def _rq_queue(name: str) -> Any:
    """One queue object (and Redis connection pool) per process: django_rq builds a new client per
    call, which costs a connection and its handshake on every health check."""
    import django_rq

    return django_rq.get_queue(name)


def _rq_queue_counts(names: list[str]) -> dict[str, dict[str, int]]:
    counts = {}
    for name in names:
        queue = _rq_queue(name)
        queue.connection.ping()
        counts[name] = {
            "ready": queue.count,
            "scheduled": queue.scheduled_job_registry.count,
            "running": queue.started_job_registry.count,
            "failed": queue.failed_job_registry.count,
        }
    return counts


def search_documents() -> int:
    """Documents in the search index (the same table on SQLite and PostgreSQL)."""
    from qiao.search.models import SearchDocument

    return SearchDocument.objects.count()


def search_backend() -> str:
    """Which search backend answers queries on this database."""
    return "postgres-fts" if connection.vendor == "postgresql" else "token-table"


@dataclass(frozen=True)
class EngineState:
    """A match engine of this process: 'ready' with its size, 'building' or 'cold' (not built yet)."""

    name: str
    state: str
    size: int


def engine_states() -> list[EngineState]:
    """The state of this process's match engines, read without building or waiting for them."""
    from qiao.matchmaking.domain import experts, service

    return [_engine_state(name, module._cache) for name, module in (("matching", service), ("experts", experts))]


def _engine_state(name: str, cache: Any) -> EngineState:
    # EngineCache has no public "peek": reading its fields must not build an engine
    # (current() would, and would load the language model).
    engine = getattr(cache, "_engine", None)
    if engine is not None:
        return EngineState(name, "ready", int(engine.size()))
    return EngineState(name, "building" if getattr(cache, "_building", False) else "cold", 0)
