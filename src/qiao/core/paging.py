"""Paging a list whose length is known more cheaply than COUNT(*) over it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from django.core.paginator import Paginator


class CountedPaginator(Paginator[Any]):
    """A paginator told its count (for example the shared count of the public rows)."""

    def __init__(self, object_list: Any, per_page: int, count: Callable[[], int]) -> None:
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count()
