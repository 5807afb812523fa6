"""Health checks for load balancers and monitors: the database, the task queue, the search index.

Each check answers a dict with "status" ("ok" or "fail") and a few figures; a failing
check names the error class only (details go to the log, not to an anonymous caller).
The match engines are reported but never fail the check: they are rebuilt in the
background, and a process that has not built one yet is still healthy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection

from qiao.ops.domain import state

logger = logging.getLogger(__name__)

OK = "ok"
FAIL = "fail"


@dataclass(frozen=True)
class Health:
    """The outcome of every check; healthy when none failed."""

    checks: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(check["status"] == OK for check in self.checks.values())

    def as_dict(self) -> dict[str, Any]:
        return {"status": OK if self.ok else FAIL, "checks": self.checks}


def check_database() -> dict[str, Any]:
    """A round trip to the database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": OK, "vendor": connection.vendor}


def check_queue() -> dict[str, Any]:
    """The task store answers (database table or Redis) and how much work waits in it."""
    queue = state.queue_state()
    from qiao.ops.models import DeadLetter

    return {
        "status": OK,
        "backend": queue.backend,
        "ready": queue.total("ready"),
        "scheduled": queue.total("scheduled"),
        "running": queue.total("running"),
        "dead_letters": DeadLetter.objects.filter(state=DeadLetter.State.OPEN).count(),
    }


def check_search() -> dict[str, Any]:
    """The search index answers, with its size."""
    return {"status": OK, "backend": state.search_backend(), "documents": state.search_documents()}


def matching_report() -> dict[str, Any]:
    """This process's match engines (informative: never a failure)."""
    return {
        "status": OK,
        "engines": {engine.name: {"state": engine.state, "size": engine.size} for engine in state.engine_states()},
    }


CHECKS: dict[str, Callable[[], dict[str, Any]]] = {
    "database": check_database,
    "queue": check_queue,
    "search": check_search,
    "matching": matching_report,
}


def run_checks() -> Health:
    """Run every check; one failing check does not stop the others."""
    results: dict[str, dict[str, Any]] = {}
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as error:
            logger.exception("Health check %s failed", name)
            results[name] = {"status": FAIL, "error": type(error).__name__}
    return Health(results)
