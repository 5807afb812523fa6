"""Page-number pagination with validated ``page`` and ``page_size`` (at most 100)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.paginator import InvalidPage, Page
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.views import APIView

from qiao.api.errors import ApiError
from qiao.core.paging import CountedPaginator

MAX_PAGE_SIZE = 100


def positive_int(request: Request, name: str, default: int, maximum: int | None = None) -> int:
    """A query parameter that must be a whole number from 1 (to `maximum`); else a 400 naming it."""
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1 or (maximum is not None and int(raw) > maximum):
        message = (
            _("Enter a whole number from 1 to %(max)d.") % {"max": maximum}
            if maximum
            else _("Enter a whole number from 1.")
        )
        raise ApiError("invalid_parameter", message, fields={name: [message]})
    return int(raw)


class Pagination(PageNumberPagination):  # type: ignore[misc]  # DRF ships no types
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def paginate_queryset(self, queryset: QuerySet[Any], request: Request, view: APIView | None = None) -> Any:
        return list(self.page_of(queryset, request))

    def page_of(self, queryset: QuerySet[Any], request: Request, count: Callable[[], int] | None = None) -> Page[Any]:
        """The asked page (not yet read); `count` gives the list's length when known more cheaply."""
        number = positive_int(request, self.page_query_param, 1, maximum=10**9)
        size = positive_int(request, self.page_size_query_param, self.page_size, maximum=self.max_page_size)
        paginator = (
            self.django_paginator_class(queryset, size) if count is None else CountedPaginator(queryset, size, count)
        )
        try:
            self.page = paginator.page(number)
        except InvalidPage as empty:
            raise ApiError("page_not_found", _("This page does not exist."), status_code=404) from empty
        self.request = request
        return self.page

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = super().get_paginated_response_schema(schema)
        result["properties"]["count"]["minimum"] = 0
        return result

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "Page number, from 1.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 10**9},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Results per page, 1 to {MAX_PAGE_SIZE} (default {self.page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
        ]
