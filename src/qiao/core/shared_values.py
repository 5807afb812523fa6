"""Values read from the whole catalogue (the sectors or places present) shared between readers.

Lists and match pages offer filter choices found in tens of thousands of rows; those are the
same for every reader, so they are kept in the cache (Redis in production, shared by every
process) until a project, offer or organisation changes (`bump_catalogue_version`, connected
in qiao.web.apps) or SHARED_VALUES_SECONDS pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

T = TypeVar("T")

#: The longest a cached value is reused, even without a change signal (a bulk update sends none).
SHARED_VALUES_SECONDS = 600
_VERSION_KEY = "qiao:catalogue-version"


def bump_catalogue_version(**kwargs: Any) -> None:
    """Signal receiver: the catalogue changed, so every shared value is found again."""
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:  # not in the cache (yet, or evicted)
        cache.set(_VERSION_KEY, 1, None)


def shared(name: str, build: Callable[[], T]) -> T:
    """The value `build()` returns, computed once per catalogue version for every reader."""
    key = f"qiao:shared:{name}:v{cache.get_or_set(_VERSION_KEY, 0, None)}"
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, SHARED_VALUES_SECONDS)
    return found  # type: ignore[no-any-return]
