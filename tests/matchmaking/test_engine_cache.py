"""EngineCache: built in the caller when cold, rebuilt in the background when stale."""

from __future__ import annotations

import threading

from qiao.matchmaking.domain.engine_cache import EngineCache, shared_model


def test_cold_builds_in_caller_stale_answers_at_once_and_rebuilds_in_background():
    stamp = {"value": 1}
    release = threading.Event()
    built: list[int] = []

    def build():
        if built:  # every rebuild after the first waits until the test lets it finish
            release.wait(timeout=10)
        built.append(stamp["value"])
        return f"engine-{stamp['value']}"

    cache = EngineCache("test", build, lambda: stamp["value"])

    assert cache.current() == "engine-1"
    stamp["value"] = 2
    assert cache.current() == "engine-1"  # stale engine answers while the rebuild runs
    assert cache.current() == "engine-1"  # and a second caller starts no second rebuild
    release.set()
    for thread in threading.enumerate():
        if thread.name == "qiao-test":
            thread.join(timeout=10)
    assert cache.current() == "engine-2"
    assert built == [1, 2]


def test_wait_rebuilds_a_stale_engine_in_the_caller():
    stamp = {"value": 1}
    cache = EngineCache("test-wait", lambda: f"engine-{stamp['value']}", lambda: stamp["value"])
    cache.current()
    stamp["value"] = 2

    assert cache.current(wait=True) == "engine-2"


def test_the_model_is_shared_by_the_process():
    assert shared_model() is shared_model()


def test_stamp_is_read_at_most_once_per_recheck_interval(monkeypatch):
    from qiao.matchmaking.domain import engine_cache

    clock = {"now": 100.0}
    monkeypatch.setattr(engine_cache.time, "monotonic", lambda: clock["now"])
    stamp = {"value": 1, "reads": 0}

    def read():
        stamp["reads"] += 1
        return stamp["value"]

    cache = EngineCache("test-recheck", lambda: f"engine-{stamp['value']}", read, lambda: 5.0)
    assert cache.current(wait=True) == "engine-1"
    stamp["value"] = 2
    clock["now"] += 4.9
    within = cache.current(wait=True)
    clock["now"] += 0.2
    after = cache.current(wait=True)

    assert (within, after, stamp["reads"]) == ("engine-1", "engine-2", 2)


def test_after_build_runs_once_per_engine_put_in_place():
    stamp = {"value": 1}
    seen: list[str | None] = []
    cache = EngineCache("test-after", lambda: f"engine-{stamp['value']}", lambda: stamp["value"])
    cache._after_build = lambda: seen.append(cache._engine)  # what is in place when it runs

    cache.current(wait=True)
    cache.current(wait=True)  # same stamp: no build, no call
    stamp["value"] = 2
    cache.current(wait=True)

    assert seen == ["engine-1", "engine-2"]
