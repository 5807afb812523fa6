"""Middleware: a request id for the logs, latency metrics by view name, and static files."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from whitenoise.middleware import WhiteNoiseMiddleware

from qiao.ops import metrics
from qiao.ops.logging import request_id_from, request_id_var

logger = logging.getLogger(__name__)


class RequestMetricsMiddleware:
    """Times every request (first in MIDDLEWARE, so it sees the whole stack) and tags its log lines."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.static_prefix = "/" + str(settings.STATIC_URL or "static/").lstrip("/")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request.headers.get("X-Request-ID"))
        request.request_id = request_id  # type: ignore[attr-defined]
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response.headers.setdefault("X-Request-ID", request_id)
            metrics.observe(
                self.view_name(request), request.method or "", response.status_code, time.perf_counter() - started
            )
            return response
        finally:
            request_id_var.reset(token)

    def view_name(self, request: HttpRequest) -> str:
        """The matched view's name: a bounded label set, unlike raw paths."""
        match = getattr(request, "resolver_match", None)
        if match is not None:
            return str(match.view_name)
        if request.path.startswith(self.static_prefix):
            return "<static>"
        return "<unmatched>"


class StaticFilesMiddleware(WhiteNoiseMiddleware):  # type: ignore[misc]
    """WhiteNoise, logging instead of warning when STATIC_ROOT does not exist yet.

    WhiteNoise raises a Python warning for a missing STATIC_ROOT; before the first
    collectstatic (tests, a fresh checkout) that is expected, and warnings are errors in tests.
    """

    def add_files(self, root: str, prefix: str | None = None) -> None:
        if not self.autorefresh and not os.path.isdir(root):
            logger.warning("No static files at %s: run `qiao collectstatic`", root)
            return
        super().add_files(root, prefix)
