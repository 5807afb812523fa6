"""Shared list and detail behaviour: chokepoint querysets, declared filters, whitelisted ordering."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from django.db.models import QuerySet
from rest_framework import generics
from rest_framework.request import Request

from qiao.api.filters import Filter, apply, check_known

MAX_PK = 2**63 - 1


class FilteredListView(generics.ListAPIView, ABC):  # type: ignore[misc]  # DRF ships no types
    """A list whose queryset comes from a chokepoint (`visible`) and whose parameters are declared."""

    api_filters: Sequence[Filter] = ()
    api_ordering: Sequence[str] = ()
    default_ordering: Sequence[str] = ("pk",)

    @abstractmethod
    def visible(self) -> QuerySet[Any]:
        """The chokepoint's queryset for the requesting person."""

    def get_queryset(self) -> QuerySet[Any]:
        return self.visible()

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        return apply(self.request, queryset, self.api_filters, self.api_ordering, self.default_ordering)


class DetailView(generics.RetrieveAPIView, ABC):  # type: ignore[misc]  # DRF ships no types
    """One object, fetched only through the app's `get_<thing>_for_user` chokepoint (`fetch`)."""

    @abstractmethod
    def fetch(self) -> Any:
        """The object through the app's chokepoint (404 for what the person may not see)."""

    def get_object(self) -> Any:
        check_known(self.request, set())
        return self.fetch()


def no_query(request: Request) -> None:
    check_known(request, set())
