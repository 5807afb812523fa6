"""Shared list and detail behaviour: chokepoint querysets, declared filters, whitelisted ordering, read audit."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, QuerySet
from django.utils.translation import get_language
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from qiao.api.filters import PAGINATION_PARAMS, Filter, apply, check_known
from qiao.core.domain import audit
from qiao.core.shared_values import shared

MAX_PK = 2**63 - 1


class AuditedRead:
    """Declares the personal data an operation shows, so each successful read writes audit rows.

    A view that sets ``audit_kind`` (and names the ``personal_fields`` its answer contains)
    records one read per object shown, in one bulk insert; views without it record nothing.
    """

    audit_kind: str = ""
    personal_fields: Sequence[str] = ()
    request: Request

    def audit_read(self, objects: Sequence[Model]) -> None:
        """Record that the requesting person read these objects' personal fields (nothing if none declared)."""
        if self.audit_kind and objects:
            audit.record_read(self.request.user, objects, kind=self.audit_kind, fields=self.personal_fields)


@dataclass(frozen=True)
class PublicRows:
    """A list's public rows, who sees only those, and their shared count."""

    name: str
    rows: QuerySet[Any]
    only_public: Callable[[Any], bool]
    count: Callable[[], int]


class FilteredListView(AuditedRead, generics.ListAPIView, ABC):  # type: ignore[misc]  # DRF ships no types
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

    def public_rows(self) -> PublicRows | None:
        """The rows every reader who sees only public ones gets, if this list shares them (see `list`)."""
        return None

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """DRF's list, keeping the page's objects so the read of exactly those is audited.

        An unfiltered page asked by a reader who sees only the public rows is serialised once
        per catalogue version for all of them (qiao.core.shared_values), as the web lists are.
        """
        public = self.public_rows()
        if (
            public is not None
            and not self.audit_kind
            and set(request.query_params) <= PAGINATION_PARAMS
            and public.only_public(request.user)
        ):
            page = self.paginator.page_of(self.filter_queryset(public.rows), request, public.count)
            name = f"api:{public.name}:{get_language()}:{page.number}:{page.paginator.per_page}"
            data = shared(name, lambda: [dict(row) for row in self.get_serializer(list(page), many=True).data])
            return self.get_paginated_response(data)
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        shown = list(page if page is not None else queryset)
        data = self.get_serializer(shown, many=True).data
        response = self.get_paginated_response(data) if page is not None else Response(data)
        self.audit_read(shown)
        return response


class DetailView(AuditedRead, generics.RetrieveAPIView, ABC):  # type: ignore[misc]  # DRF ships no types
    """One object, fetched only through the app's `get_<thing>_for_user` chokepoint (`fetch`)."""

    @abstractmethod
    def fetch(self) -> Any:
        """The object through the app's chokepoint (404 for what the person may not see)."""

    def get_object(self) -> Any:
        check_known(self.request, set())
        return self.fetch()

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """DRF's retrieve; a refused or missing object raises before anything is audited."""
        found = self.get_object()
        response = Response(self.get_serializer(found).data)
        self.audit_read([found])
        return response


def no_query(request: Request) -> None:
    check_known(request, set())
