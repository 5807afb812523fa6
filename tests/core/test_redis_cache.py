"""The production cache backend on a real Redis: Django's behaviour, with one client per pool."""

from __future__ import annotations

import os
import threading

import pytest

from qiao.core.redis_cache import ReusedClientRedisCache

URL = os.environ.get("QIAO_TEST_CACHE_REDIS", "redis://127.0.0.1:6379/8")


@pytest.fixture
def cache():
    redis = pytest.importorskip("redis")
    with redis.Redis.from_url(URL) as admin:
        try:
            admin.flushdb()
        except redis.RedisError as error:
            pytest.skip(f"no Redis at {URL}: {error}")
        backend = ReusedClientRedisCache(URL, {})
        yield backend
        for pool in backend._cache._pools.values():
            pool.disconnect()
        admin.flushdb()


def test_values_round_trip_through_redis(cache):
    cache.set("plain", {"a": [1, 2]}, 60)
    cache.set_many({"one": 1, "two": "二"}, 60)
    assert cache.incr("one") == 2

    assert cache.get("plain") == {"a": [1, 2]}
    assert cache.get_many(["one", "two", "missing"]) == {"one": 2, "two": "二"}
    assert cache.get_or_set("made", lambda: "once", 60) == "once"
    assert cache.add("made", "twice", 60) is False
    cache.delete("plain")
    assert cache.get("plain", "gone") == "gone"


def test_one_client_per_pool_for_every_call_and_thread(cache):
    seen = []

    def use() -> None:
        cache.set("k", 1, 60)
        seen.append(cache._cache.get_client(write=True))

    threads = [threading.Thread(target=use) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seen.append(cache._cache.get_client())

    assert len({id(client) for client in seen}) == 1
    assert seen[0].connection_pool is cache._cache._get_connection_pool(True)
