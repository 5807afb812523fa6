"""Values read from the whole catalogue (the sectors or places present) shared between readers.

Lists and match pages offer filter choices found in tens of thousands of rows; those are the
same for every reader, so they are kept in the cache (Redis in production, shared by every
process) until a project, offer or organisation changes (`bump_catalogue_version`, connected
in qiao.web.apps; other processes see it within VERSION_REUSE_SECONDS) or SHARED_VALUES_SECONDS pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

T = TypeVar("T")

#: The longest a cached value is reused, even without a change signal (a bulk update sends none).
SHARED_VALUES_SECONDS = 600
_VERSION_KEY = "qiao:catalogue-version"


#: How long a process reuses its reading of the version: a change made through another process
#: shows within this time, and a busy page saves a cache round trip per shared value.
VERSION_REUSE_SECONDS = 1.0
_read: tuple[int, float] = (0, float("-inf"))


def bump_catalogue_version(**kwargs: Any) -> None:
    """Signal receiver: the catalogue changed, so every shared value is found again."""
    global _read
    try:
        version = cache.incr(_VERSION_KEY)
    except ValueError:  # not in the cache (yet, or evicted)
        version = 1
        cache.set(_VERSION_KEY, version, None)
    _read = (version, time.monotonic())


def forget_version() -> None:
    """Read the version from the cache next time (tests, after emptying the cache)."""
    global _read
    _read = (0, float("-inf"))


def _version() -> int:
    global _read
    version, read_at = _read
    now = time.monotonic()
    if now - read_at >= VERSION_REUSE_SECONDS:
        version = int(cache.get_or_set(_VERSION_KEY, 0, None) or 0)
        _read = (version, now)
    return version


def shared(name: str, build: Callable[[], T]) -> T:
    """The value `build()` returns, computed once per catalogue version for every reader."""
    key = f"qiao:shared:{name}:v{_version()}"
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, SHARED_VALUES_SECONDS)
    return found  # type: ignore[no-any-return]
