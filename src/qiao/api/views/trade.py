"""Trade series (public, read-only): the reporter–partner pairs and their monthly values."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from qiao.api import serializers as s
from qiao.api.errors import ApiError
from qiao.api.filters import check_known
from qiao.currencies.domain.conversion import NoRateError
from qiao.currencies.enums import Currency
from qiao.trade.domain.dashboard import pairs
from qiao.trade.domain.figures import FLOWS, latest_month, months_between, parse_month, series
from qiao.trade.models import Reporter

#: At most this many months in one answer (twenty years).
MAX_MONTHS = 240
MONTH_PATTERN = r"^\d{4}-\d{2}$"


class TradePairList(generics.ListAPIView):  # type: ignore[misc]  # DRF ships no types
    """Every reporter–partner pair with trade figures, with its latest month."""

    serializer_class = s.TradePairSerializer

    def get_queryset(self) -> Any:
        return [
            {
                "reporter": row.reporter_code,
                "reporter_name": row.reporter_name,
                "partner": row.partner,
                "latest": row.latest,
                "figures": row.figures,
            }
            for row in pairs(get_language() or "en")
        ]

    def filter_queryset(self, queryset: Any) -> Any:
        check_known(self.request, {"page", "page_size"})
        return queryset


def _month(request: Request, name: str) -> dt.date | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        if not re.match(MONTH_PATTERN, raw):
            raise ValueError(_("“%(value)s” is not a month written YYYY-MM.") % {"value": raw})
        return parse_month(raw)
    except ValueError as bad:
        raise ApiError("invalid_parameter", str(bad), fields={name: [str(bad)]}) from bad


def _label(month: dt.date) -> str:
    return f"{month:%Y-%m}"


class TradeSeries(APIView):  # type: ignore[misc]  # DRF ships no types
    @extend_schema(
        operation_id="trade_series_retrieve",
        parameters=[
            OpenApiParameter(
                "from", OpenApiTypes.STR, description="First month, YYYY-MM (default: 11 months before to)."
            ),
            OpenApiParameter(
                "to", OpenApiTypes.STR, description="Last month, YYYY-MM (default: the latest with data)."
            ),
            OpenApiParameter("currency", OpenApiTypes.STR, enum=Currency.values, description="Default USD."),
        ],
        responses={200: s.TradeSeriesSerializer},
    )
    def get(self, request: Request, reporter: str, partner: str) -> Response:
        """Monthly exports and imports between a Chinese reporter and a partner, in one currency."""
        check_known(request, {"from", "to", "currency"})
        found = Reporter.objects.filter(code=reporter).first()
        partner = partner.upper()
        last = latest_month(found, partner) if found is not None else None
        if found is None or last is None:
            raise ApiError("not_found", _("No trade figures for this reporter and partner."), 404)
        end = _month(request, "to") or last
        start = _month(request, "from") or dt.date(end.year - (end.month < 12), (end.month % 12) + 1, 1)
        if start > end:
            raise ApiError("invalid_parameter", _("The period starts after it ends."), fields={"from": []})
        months = months_between(start, end) if (end.year - start.year) * 12 <= MAX_MONTHS + 12 else []
        if not months or len(months) > MAX_MONTHS:
            message = _("Ask for at most %(max)d months.") % {"max": MAX_MONTHS}
            raise ApiError("invalid_parameter", message, fields={"from": [message]})
        currency = request.query_params.get("currency", Currency.USD)
        if currency not in Currency.values:
            message = _("Choose one of: %(choices)s.") % {"choices": ", ".join(Currency.values)}
            raise ApiError("invalid_parameter", message, fields={"currency": [message]})
        try:
            data = series(found, partner, start, end, currency)
        except NoRateError as missing:
            raise ApiError("no_exchange_rate", str(missing), 400, fields={"currency": [str(missing)]}) from missing
        export, import_ = FLOWS
        body = {
            "reporter": found.code,
            "partner": partner,
            "currency": currency,
            "start": _label(start),
            "end": _label(end),
            "months": [
                {"month": _label(m), "exports": data.value(m, export), "imports": data.value(m, import_)}
                for m in months
            ],
            "rate_dates": list(data.rate_dates),
        }
        return Response(s.TradeSeriesSerializer(body).data)
