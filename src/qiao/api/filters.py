"""Explicit, validated list filters and ``ordering`` with a whitelist (no django-filter).

Each list endpoint declares its parameters; anything else in the query string, or a value
that does not fit, is a 400 with a code naming the parameter. The same declarations
produce the OpenAPI parameters, so the schema and the checks cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.request import Request

from qiao.api.errors import ApiError

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,64}$")
SLUG_PATTERN = SLUG.pattern
PAGINATION_PARAMS = frozenset({"page", "page_size"})


def _slug(raw: str) -> str:
    if not SLUG.match(raw):
        raise ValueError(_("Enter a key made of letters, digits, hyphens and underscores."))
    return raw


def _bool(raw: str) -> bool:
    if raw in ("true", "false"):
        return raw == "true"
    raise ValueError(_("Enter true or false."))


def _date(raw: str) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError(raw)
        return dt.date.fromisoformat(raw)
    except ValueError as bad:
        raise ValueError(_("Enter a date written YYYY-MM-DD.")) from bad


@dataclass(frozen=True)
class Filter:
    """One query parameter: its name, how it narrows the queryset, and the values it accepts."""

    name: str
    apply: Callable[[QuerySet[Any], Any], QuerySet[Any]]
    description: str
    kind: str = "slug"  # slug, choice, bool, date
    choices: Sequence[str] = field(default_factory=tuple)

    def parse(self, raw: str) -> Any:
        if self.kind == "choice":
            if raw not in self.choices:
                raise ValueError(_("Choose one of: %(choices)s.") % {"choices": ", ".join(self.choices)})
            return raw
        if self.kind == "bool":
            return _bool(raw)
        if self.kind == "date":
            return _date(raw)
        return _slug(raw)

    def parameter(self) -> OpenApiParameter:
        types = {"bool": OpenApiTypes.BOOL, "date": OpenApiTypes.DATE}
        return OpenApiParameter(
            self.name,
            types.get(self.kind, OpenApiTypes.STR),
            OpenApiParameter.QUERY,
            description=self.description,
            enum=list(self.choices) if self.kind == "choice" else None,
            pattern=SLUG_PATTERN if self.kind == "slug" else None,
        )


def field_filter(name: str, lookup: str, description: str, **kwargs: Any) -> Filter:
    """A filter that compares one model field (or path) with the parsed value."""
    return Filter(name, lambda qs, value: qs.filter(Q(**{lookup: value})), description, **kwargs)


def ordering_parameter(fields: Sequence[str]) -> OpenApiParameter:
    values = [v for f in fields for v in (f, f"-{f}")]
    return OpenApiParameter(
        "ordering",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        description="Sort by one of these fields; a leading minus sorts descending.",
        enum=values,
    )


def list_parameters(filters: Sequence[Filter], ordering: Sequence[str]) -> list[OpenApiParameter]:
    params = [f.parameter() for f in filters]
    if ordering:
        params.append(ordering_parameter(ordering))
    return params


def check_known(request: Request, allowed: set[str]) -> None:
    """Refuse query parameters the endpoint does not know (a typo should not silently list everything)."""
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        message = _("Unknown query parameter: %(names)s.") % {"names": ", ".join(unknown)}
        raise ApiError("unknown_parameter", message, fields={name: [message] for name in unknown})


def apply(
    request: Request,
    queryset: QuerySet[Any],
    filters: Sequence[Filter],
    ordering: Sequence[str],
    default: Sequence[str],
) -> QuerySet[Any]:
    """Check every parameter, then filter and order; every problem becomes a 400 naming the parameter."""
    check_known(request, {f.name for f in filters} | ({"ordering"} if ordering else set()) | PAGINATION_PARAMS)
    problems: dict[str, list[str]] = {}
    for declared in filters:
        values = request.query_params.getlist(declared.name)
        if not values:
            continue
        if len(values) > 1:
            problems[declared.name] = [_("Give this parameter once.")]
            continue
        try:
            queryset = declared.apply(queryset, declared.parse(values[0]))
        except ValueError as bad:
            problems[declared.name] = [str(bad)]
    order = list(default)
    if ordering and "ordering" in request.query_params:
        wanted = request.query_params.getlist("ordering")
        allowed = {v for f in ordering for v in (f, f"-{f}")}
        if len(wanted) > 1 or wanted[0] not in allowed:
            problems["ordering"] = [_("Choose one of: %(choices)s.") % {"choices": ", ".join(sorted(allowed))}]
        else:
            order = [wanted[0], *[o for o in default if o.lstrip("-") != wanted[0].lstrip("-")]]
    if problems:
        raise ApiError("invalid_parameter", _("Some query parameters are not valid."), fields=problems)
    return queryset.order_by(*order)
