"""Background tasks that fail on purpose, for the retry and dead-letter tests."""

from __future__ import annotations

from django.core.cache import cache
from django_tasks import task


@task()
def always_fails(order_pk: int, reason: str = "") -> None:
    raise ValueError(f"cannot process order {order_pk}: {reason}")


@task()
def fails_first_time(key: str) -> str:
    """Fails on its first run for `key`, succeeds afterwards (runs are counted in the cache)."""
    runs = cache.get_or_set(key, 0) + 1
    cache.set(key, runs)
    if runs == 1:
        raise ConnectionError("the mail server did not answer")
    return f"sent on run {runs}"


@task()
def blocks_first_run(folder: str) -> str:
    """On its first run writes `started` and hangs (to be killed); later runs write `done`."""
    import time
    from pathlib import Path

    started, done = Path(folder) / "started", Path(folder) / "done"
    if not started.exists():
        started.write_text("1")
        time.sleep(600)
    done.write_text("1")
    return "done"
