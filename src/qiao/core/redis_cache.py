"""Django's Redis cache with one client object per connection pool instead of one per operation.

Django's RedisCacheClient builds a `redis.Redis` for every cache call, and each one copies
redis-py's table of response callbacks (a few hundred dict entries): about a tenth of a
millisecond a call, several calls a page. A client only wraps its pool (which is thread-safe and
reopens its connections after a fork), so one per pool serves every thread of a process.
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    """RedisCacheClient that keeps the client it makes for each pool."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        this: Any = self  # django-stubs leave RedisCacheClient's pool helpers out
        pool = this._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), this._client(connection_pool=pool))
        return client


class ReusedClientRedisCache(RedisCache):
    """The `default` cache backend in production (settings: REDIS_URL)."""

    def __init__(self, server: Any, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
